"""The command line: parse options, load, call one analysis, render. Nothing else lives here.

pandas, rich and the analyses are imported inside the commands so that `--help` and `--version` start fast.
"""

from __future__ import annotations

import click

from . import __version__
from .cli_options import (
    INPUT_PATH,
    check_output,
    data_options,
    no_totals_option,
    output_options,
    pattern,
    round_option,
    sector_option,
    sources_option,
    sources_table_option,
    unit_option,
    without_totals,
)
from .errors import ExitCode
from .output import DataSource, OutputOptions
from .schema import ALL_SECTORS, DEFAULT_ROUND, UNIT_CHOICES

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}


def _load(data: DataSource, columns=None, provider_id=None, collect=None):
    """Load --data (or the bundled data), validating only ``columns`` (each analysis declares its NEEDS) and,
    with ``provider_id``, only that provider's rows; a large file's low-cardinality columns as categories."""
    from .loader import load

    return load(data.path, encoding=data.encoding, columns=columns, delimiter=data.delimiter,
                provider_id=provider_id, categories="auto", collect=collect)


def _sources(frame, path: str | None):
    from .loader import sources_for

    return sources_for(frame, path)


@click.group(context_settings=CONTEXT)
@click.version_option(__version__, "-V", "--version", prog_name="probstat")
def cli():
    """Work with HM Inspectorate of Probation ratings from the shell.

    Rating distributions, NPS vs CRC gaps with exact tests, caseloads, league tables and a claim-by-claim
    check of HMIP's October 2019 press release, on bundled, sourced data (or your own with --data).

    \b
    Examples:
      probstat ratings
      probstat gap --domain overall
      probstat check-claims
      probstat providers --sector CRC --format csv | head
    """


@round_option(default="all")
@click.option("--sector", type=click.Choice(ALL_SECTORS, case_sensitive=False),
              help="Only this sector (NPS, CRC) or unit type (PDU, region, national).")
@unit_option
@click.option("--rating", metavar="RATING", help="Only providers with this overall rating, e.g. Good.")
@data_options
@output_options
def _providers(round_, sector, unit, rating, data, out):
    """List providers and later units (PDUs, regions), one row per unit and round.

    \b
    Examples:
      probstat providers --round 2018-19 --sector NPS
      probstat providers --rating Good --format csv
      probstat units --unit pdu --round 2024-25
    """
    from .analysis import providers as analysis
    from .render import render

    render(analysis.providers(_load(data, analysis.NEEDS), round_=round_, sector=sector, rating=rating,
                              unit=unit), out)


# `units` is the same command under the name the later rounds suggest; `providers` stays for scripts.
providers = cli.command("providers")(_providers)
cli.add_command(providers, name="units")


@cli.command()
@click.argument("provider_id")
@round_option(default="all")
@sources_option("Sources CSV for --data (round, provider_id, field, source_url, note).")
@data_options
@output_options
def show(provider_id, round_, sources_path, data, out):
    """Every figure known for one provider, each with its source; unknown figures listed as unknown.

    \b
    Examples:
      probstat show hampshire-iow-crc --round 2018-19
      probstat show nps-wales --format json
    """
    from .analysis import providers as analysis
    from .render import render

    frame = _load(data, provider_id=provider_id)
    render(analysis.provider_figures(frame, provider_id, round_=round_, sources=_sources(frame, sources_path)), out)


@cli.command()
@click.option("--strict", is_flag=True, help="Fail (exit 3) on warnings too, not only on errors.")
@click.option("--report", type=click.Choice(["coverage", "findings"]), default="coverage", show_default=True,
              help="What goes to stdout: the coverage table, or the findings table.")
@sources_option("Sources CSV to check --data against (the bundled one is checked for the bundled data).")
@click.option("--coverage", "show_coverage", is_flag=True,
              help="On a terminal, show the coverage table under the verdict and findings (pipes and files always "
              "get the --report table).")
@click.option("--all-findings", is_flag=True,
              help="List every finding on stderr, not only the first 10 of each level and column.")
@round_option(default="all")
@data_options
@output_options
def validate(strict, report, sources_path, show_coverage, all_findings, round_, data, out):
    """Check a providers CSV: schema (errors), consistency under HMIP's rules (warnings), sources, coverage.

    Every bad cell and row is listed on stderr, one Error line each (the first 100, then the count), and
    the exit status is 3; a fault in the header row stops at once. Findings are listed on stderr, the first 10
    of each level and column and then how many more (--all-findings lists them all; --report findings puts
    every one on stdout); the coverage table (how many rows know each column) goes to stdout.

    \b
    Examples:
      probstat validate
      probstat validate --data my-providers.csv --strict
      probstat validate --report findings --format csv
    """
    from .analysis import consistency as analysis
    from .cli_run import echo_error
    from .collector import Collected
    from .errors import DataError
    from .formats import text_lines
    from .render import render

    found = Collected()
    frame = _load(data, collect=found)
    if found.count == 1:
        raise found.errors[0]
    if found.count:
        for error in sorted(found.errors, key=lambda e: e.row or 0):
            echo_error(error)
        more = f"; the first {len(found.errors)} are listed" if found.count > len(found.errors) else ""
        raise DataError(f"{found.count} error(s) in all{more}; nothing else was checked",
                        file=frame.attrs["source"])
    sources = _sources(frame, sources_path)
    from . import pager, views

    terminal = views.wanted(out) and report == "coverage"
    # Only the findings listed are worded, unless the table of all of them is shown (a million on a random file)
    findings = analysis.findings_table(frame, sources) if terminal or report == "findings" else None
    listed, more, failed, summary = analysis.listed_findings(frame, sources, None if all_findings else
                                                             analysis.FIRST_PER_RULE, strict=strict, findings=findings)
    if terminal:
        # a person at a terminal: the verdict first, the findings grouped, the coverage table when asked for
        table = analysis.coverage(frame, round_=round_, sources=sources) if show_coverage else None
        console = views.terminal_console(out)
        with pager.paging(console, out):
            views.validation(console, findings, table,
                             f"{'failed' if failed else 'valid'}: {len(frame)} rows from {frame.attrs['source']}: "
                             f"{summary}", failed)
        if failed:
            raise DataError(f"validation failed: {summary}", file=frame.attrs["source"])
        return
    render(findings if report == "findings" else analysis.coverage(frame, round_=round_, sources=sources), out)
    # A write per 100,000 findings: one echo per finding costs seconds for a million-row file.
    for piece in text_lines([listed[c] for c in ("level", "round", "provider_id", "column", "message")],
                            "{}: {} {} {}: {}"):
        click.echo(piece, err=True, nl=False)
    for level, column, omitted in more.itertuples(index=False):
        click.echo(f"{level}: {omitted:,} more on {column} (--all-findings lists every one)", err=True)
    if failed:
        raise DataError(f"validation failed: {summary}", file=frame.attrs["source"])
    click.echo(f"validated {len(frame)} rows from {frame.attrs['source']}: {summary}", err=True)


@cli.command()
@round_option()
@click.option("--by", type=click.Choice(["sector", "owner", "round", "region"]), default="sector", show_default=True,
              help="Group the distribution by sector (or unit type: PDU, region), owner, round or a later unit's "
              "region.")
@click.option("--standard", metavar="NAME", help="A standard's ratings instead of the overall rating "
              "(e.g. leadership, assessment; 'all' for every standard).")
@unit_option
@no_totals_option
@data_options
@output_options
def ratings(round_, by, standard, unit, no_totals, data, out):
    """Distribution of ratings: counts and percentages by sector, owner or round, with totals.

    Later rounds (2021-22 to 2025-26, HMIP's annual-report periods) hold the unified Probation Service's PDUs
    and regions; HMIP's published totals are shown beside the counts, and a count is a bound where ratings are
    missing.

    \b
    Examples:
      probstat ratings
      probstat ratings --by owner --format csv
      probstat ratings --round all --by round
      probstat ratings --standard leadership
      probstat ratings --round 2024-25 --unit pdu
      probstat ratings --round 2022-23 --by region
    """
    from .analysis import ratings as analysis
    from .render import render

    table = analysis.ratings(_load(data, analysis.NEEDS), round_=round_, by=by, standard=standard, unit=unit)
    render(without_totals(table, by) if no_totals else table, out)


@cli.command()
@click.option("--domain", "-d", "domains", multiple=True, metavar="DOMAIN",
              help="all (every domain but sector-specific; the default), overall, organisation, case-supervision, "
              "sector-specific, a standard (e.g. leadership), a key-question domain (risk, desistance, "
              "engagement), or a comma-separated list; repeat the option to combine domains.")
@click.option("--holm-family", "family", metavar="DOMAINS",
              help="The domains whose tests form Holm's family (same values as --domain). Default: the domains "
              "shown. Only tests that can reach 5% with their group sizes join it.")
@round_option()
@data_options
@output_options
def gap(domains, family, round_, data, out):
    """NPS minus CRC, in numbers and words: exact tests and intervals on the whole scale and on Good or better.

    HMIP rates every provider, so on its data a gap is a census figure, known exactly; each p-value says how
    unusual a gap that large (either way) is among all the ways of labelling the same providers NPS or CRC,
    not what causes it, and does not model the cases sampled behind each rating. The whole scale gets an
    exact permutation test and an ordinal effect size, P(NPS above CRC) + ties/2, with a bootstrap interval;
    shares Good or better get Fisher's exact test and Newcombe's interval; p-values are two-sided and
    Holm-adjusted over a printed family, with how many rating changes each finding rests on, and a sentence
    per row (summary column, and under the table).
    Key-question domains (risk, desistance, engagement) compare percentages of cases; where no provider's
    figures are known, HMIP's published sector figures are listed with their sources instead.

    \b
    Examples:
      probstat gap
      probstat gap --domain overall
      probstat gap --domain risk,overall --format json
      probstat gap --domain risk --data my-full-data.csv
      probstat gap --domain overall --holm-family all
    """
    from .analysis import gap as analysis
    from .render import render

    domain = ",".join(domains) or "all"
    needs = analysis.needs(domain) + (analysis.needs(family) if family is not None else ())
    frame = _load(data, tuple(dict.fromkeys(needs)))
    render(analysis.gap(frame, domain=domain, round_=round_, family=family), out)


@cli.command()
@click.option("--domain", "-d", "domains", multiple=True, metavar="DOMAIN",
              help="Only this domain of the figures (e.g. risk, caseload); repeat it (or separate with commas) "
              "for several.")
@round_option(default="all")
@output_options
def published(domains, round_, out):
    """Sector-level figures HMIP published (bundled sector_figures.csv), each with its wording and source.

    These are figures about a whole sector that providers' data cannot give; `gap` shows a domain's
    figures where it cannot compute the gap. bounds is the interval each figure's wording allows.

    \b
    Examples:
      probstat published --domain risk
      probstat published --format csv
    """
    from .analysis.gap_published import listing
    from .published import load_sector_figures
    from .render import render

    render(listing(load_sector_figures(), domain=",".join(domains) or None, round_=round_), out)


@cli.command()
@round_option()
@click.option("--by", type=click.Choice(["provider", "sector"]), default="provider", show_default=True,
              help="One row per provider, or per sector with totals as bounds.")
@no_totals_option
@data_options
@output_options
def caseloads(round_, by, no_totals, data, out):
    """People supervised and workload indicators, by provider or sector; approximate figures kept as bounds.

    \b
    Examples:
      probstat caseloads --by sector
      probstat caseloads --format csv -o caseloads.csv
    """
    from .analysis import caseloads as analysis
    from .render import render

    table = analysis.caseloads(_load(data, analysis.NEEDS), round_=round_, by=by)
    render(without_totals(table, by) if no_totals else table, out)


@cli.command()
@round_option()
@sector_option
@data_options
@output_options
def league(round_, sector, data, out):
    """Each provider's possible total score (0-30) and its best and worst possible rank.

    Totals are bounded by the known standard ratings, stated counts and the overall rating (HMIP's bands);
    rank_best-rank_worst is every position those bounds allow. The notes say what the order can tell.

    \b
    Examples:
      probstat league
      probstat league --sector CRC --format markdown
    """
    from .analysis import league as analysis
    from .render import render

    render(analysis.league(_load(data, analysis.NEEDS), round_=round_, sector=sector), out)


@cli.command()
@click.option("--before", default=DEFAULT_ROUND, show_default=True, metavar="ROUND", help="Earlier round.")
@click.option("--after", default="2019-20", show_default=True, metavar="ROUND", help="Later round.")
@click.option("--unit", type=click.Choice(tuple(UNIT_CHOICES), case_sensitive=False),
              help="Instead of two rounds: every unit of this kind (pdu, region, national, provider) inspected "
              "more than once, each inspection against the one before it, whatever the rounds.")
@data_options
@output_options
def changes(before, after, unit, data, out):
    """Providers inspected in two rounds: each rating then and now, moved up, down or the same.

    With --unit pdu, the PDUs HMIP inspected twice (2021-26), and which kept the same rating.

    \b
    Examples:
      probstat changes
      probstat changes --format csv
      probstat changes --unit pdu
    """
    from .analysis import changes as analysis
    from .render import render

    frame = _load(data, analysis.NEEDS)
    render(analysis.reinspections(frame, unit=unit) if unit else analysis.changes(frame, before=before, after=after),
           out)


#: The verdicts --verdict can pick ('not-a-claim' stands for the text reader's 'not a claim').
CLAIM_VERDICTS = ("supported", "contradicted", "unverifiable", "not-a-claim")


def _only_verdicts(table, verdicts: tuple[str, ...]):
    """The rows of a check-claims table whose verdict is one of ``verdicts`` (all rows when none is given); a
    verdict with words after it ('contradicted (by rounding)') counts as its first words."""
    if not verdicts:
        return table
    wanted = tuple(v.lower().replace("-", " ") for v in verdicts)
    kept = table[table["verdict"].astype(str).str.lower().str.startswith(wanted)]
    kept.attrs = dict(table.attrs)
    kept.attrs["notes"] = [*table.attrs.get("notes", []),
                           f"showing the {len(kept)} of {len(table)} rows with verdict {' or '.join(wanted)}"]
    return kept


@cli.command("check-claims")
@click.option("--claims", "claims_path", metavar="FILE", type=INPUT_PATH,
              help="Claims file (TOML) to check; default: HMIP's October 2019 press release.")
@click.option("--text", "text_path", metavar="FILE", type=INPUT_PATH,
              help="Read every statement of a text file (figures, quantifiers, named providers) and judge each "
              "on the data from its own words; the claims file decides nothing here.")
@round_option(None, "With --text: the round (e.g. 2019-20) of statements that do not write one.", checked=True)
@click.option("--as-of", "as_of", metavar="DATE", callback=lambda ctx, param, v: pattern(
              v, r"(?:19|20)[0-9]{2}-[01][0-9](?:-[0-3][0-9])?", "a date YYYY-MM or YYYY-MM-DD"),
              help="With --text: the text's date (YYYY-MM or YYYY-MM-DD); it implies the round of statements "
              "that do not write one.")
@click.option("--text-url", metavar="URL",
              help="With --text: the URL of the document the text is; figures resting only on it are circular "
              "(a 'source:' line in the text does the same).")
@click.option("--source", hidden=True, metavar="URL", deprecated="use --text-url (--sources names a sources CSV)")
@click.option("--text-encoding", default="utf-8-sig", show_default=True,
              help="With --text: the text file's encoding (--encoding is --data's).")
@click.option("--max-chars", "max_chars", metavar="N", type=click.IntRange(min=1), default=2_000_000,
              show_default=True, help="With --text: refuse longer texts (an input cap, in characters).")
@sources_option("Sources CSV for --data, so that evidence resting only on the release itself is seen as "
                "circular (the bundled data's sources are used with the bundled data).")
@click.option("--verdict", "verdicts", multiple=True, type=click.Choice(CLAIM_VERDICTS, case_sensitive=False),
              help="Show only claims with this verdict (repeat for several); the exit status still counts every "
              "claim.")
@data_options
@output_options
def check_claims(claims_path, text_path, round_, as_of, text_url, source, text_encoding, max_chars, sources_path,
                 verdicts, data, out):
    """Verify a press release claim by claim: recomputed from the data, checked against the text itself,
    corroborated by another document, or marked unverifiable with the data it would need.

    Exit status 1 when any claim is contradicted, so it can gate a publishing pipeline.

    \b
    Examples:
      probstat check-claims
      probstat check-claims --format csv -o verdicts.csv
      probstat check-claims --claims my-claims.toml
      probstat check-claims --text release.txt
      url=https://www.justiceinspectorates.gov.uk/hmiprobation/media/press-releases/2020/12/par2020/
      probstat check-claims --text par2020.txt --round 2019-20 --text-url "$url"
    """
    from .claims import verify
    from .files import read_text
    from .render import render

    claims = None
    if claims_path or not text_path:
        # (a text is judged on its own words: the bundled claims file is read only without --text)
        from .claims.claimsfile import load_claims

        claims = load_claims(claims_path)
    # A claims file's metrics name the columns they read, so only those are parsed and checked; a text may
    # speak of anything in the data, so --text loads every column.
    frame = _load(data, None if text_path else verify.columns_needed(claims))
    sources = _sources(frame, sources_path)
    if text_path:
        text = read_text(text_path, encoding=text_encoding)
        table = verify.check_text(frame, text, claims, sources=sources, round_=round_, as_of=as_of,
                                  text_url=text_url or source, max_chars=max_chars)
    else:
        table = verify.check_claims(frame, claims, sources=sources)
    render(_only_verdicts(table, verdicts), out)
    if verify.any_contradicted(table):
        raise SystemExit(ExitCode.CONTRADICTED)


@cli.command()
@sources_table_option("The template for a sources CSV instead.")
@click.option("--output", "-o", metavar="FILE", type=click.Path(dir_okay=False),
              help="Write the template to FILE instead of stdout.")
def template(which, output):
    """An empty providers CSV (header only) to fill with your own, fuller data for --data.

    Every column is optional except round, provider_id, provider and sector; empty cells mean unknown.
    See docs/data.md for each column's meaning, unit and allowed values; `probstat export` gives the
    bundled data in the same columns, filled, as a starting point.

    \b
    Examples:
      probstat template -o my-providers.csv
      probstat template --sources -o my-sources.csv
    """
    import pandas as pd

    from . import schema
    from .render import render

    columns = schema.SOURCE_COLUMNS if which == "sources" else schema.COLUMN_NAMES
    check_output(output)
    render(pd.DataFrame(columns=list(columns)), OutputOptions(format="csv", output=output))


@cli.command()
@sources_table_option("The bundled sources CSV instead.")
@round_option(None, "Only the rows of this round, e.g. 2018-19.")
@click.option("--provider", "provider_id", metavar="ID", help="Only the rows of this provider id.")
@click.option("--output", "-o", metavar="FILE", type=click.Path(dir_okay=False),
              help="Write to FILE instead of stdout.")
def export(which, round_, provider_id, output):
    """The bundled data as a CSV file to start your own from: every column, every cell as written.

    Edit the copy and pass it back with --data (and its sources with --sources).

    \b
    Examples:
      probstat export -o my-providers.csv
      probstat export --provider hampshire-iow-crc --round 2018-19
      probstat export --sources -o my-sources.csv
    """
    from .bundled import bundled_path
    from .export import bundled_rows
    from .writing import write_file, write_stdout

    name = "sources.csv" if which == "sources" else "providers.csv"
    check_output(output)
    text = bundled_rows(name, round_=round_, provider_id=provider_id)
    if output and output != "-":
        write_file(output, text, inputs=(str(bundled_path(name)),))
    else:
        write_stdout(text)


# The console script and `python -m probstat` start here (pyproject.toml names probstat.cli:run).
from .cli_run import main, run  # noqa: E402, F401
