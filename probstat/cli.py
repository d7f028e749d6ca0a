"""The command line: parse options, load, call one analysis, render. Nothing else lives here.

pandas, rich and the analyses are imported inside the commands so that `--help` and `--version` start fast.
"""

from __future__ import annotations

import contextlib
import functools
import os
import signal
import sys

import click

from . import __version__
from .errors import ExitCode, ProbstatError
from .output import DELIMITERS, FORMATS, DataSource, OutputOptions, extension_list, format_for_file
from .schema import ALL_SECTORS, DEFAULT_ROUND, SECTORS, UNIT_CHOICES

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
# A path type for shell completion only: the loaders check existence themselves so that a bad path is a
# data error (exit 3, one Error line) rather than a usage error.
INPUT_PATH = click.Path(allow_dash=True, readable=False)


#: The options of a command that name files it reads (never to be written by -o or an export).
_INPUT_OPTIONS = ("sources_path", "claims_path", "text_path")


def _inputs(kwargs) -> tuple[str, ...]:
    """The files a command reads, from its parsed options; the bundled data when --data is not given."""
    from .bundled import bundled_path

    source = kwargs.get("source")
    paths = [kwargs.get(name) for name in _INPUT_OPTIONS]
    if source is not None:
        paths.append(source.path or str(bundled_path()))
    paths = [str(p) for p in paths if p]
    if paths.count("-") > 1:
        raise click.UsageError("'-' (stdin) may be given to one option only; save the other input to a file")
    from .files import refuse_shared_stdin

    refuse_shared_stdin(paths)  # '-' and /dev/stdin: the second reader would get nothing
    return tuple(paths)


def output_options(func):
    """The output options every command shares, so that every table can go to every format."""

    @click.option("--format", "-f", "format_", type=click.Choice(FORMATS), default=None,
                  help="Output format. Default: a view for people on a terminal, csv in a pipe, and for -o the "
                  "format its extension names (.csv .tsv .json .jsonl .md .txt; a name without an extension: csv; "
                  "any other extension is refused).")
    @click.option("--fmt", metavar="NAME",
                  help="Any tabulate table format (e.g. grid, latex, html); overrides --format.")
    @click.option("--no-headers", is_flag=True, help="Data rows only: no header row, no rules.")
    @click.option("--wide", is_flag=True, help="Show every column in text tables (csv/json always have all).")
    @click.option("--output", "-o", metavar="FILE", type=click.Path(dir_okay=False),
                  help="Write the table to FILE instead of stdout: a regular file is replaced atomically, a "
                  "device or FIFO is written through; an input file or a hard-linked one is refused.")
    @click.option("--no-escape-formulas", is_flag=True,
                  help="In CSV/TSV, do not prefix text cells starting with = + - @ with a quote.")
    @click.option("--no-color", is_flag=True, help="No colour or other escape codes (also: NO_COLOR, TERM=dumb).")
    @click.option("--quiet", "-q", is_flag=True, help="No notes on stderr (-o .md files and json sidecars keep "
                  "them).")
    @click.option("--no-pager", is_flag=True, help="Never page a long terminal view (default: $PAGER, else "
                  "'less -FRX', when stdout is a terminal; PAGER='' or cat turns it off too).")
    @click.option("--plot", metavar="FILE", type=click.Path(dir_okay=False),
                  help="Also draw the command's chart (ratings, gap, league) as a .png or .svg picture, each bar on "
                  "its measure's whole scale; needs matplotlib (pip install \"probstat[plot]\").")
    @click.option("--export-svg", metavar="FILE", type=click.Path(dir_okay=False),
                  help="Also save the terminal table, chart and notes as an SVG image.")
    @click.option("--export-html", metavar="FILE", type=click.Path(dir_okay=False),
                  help="Also save the terminal table, chart and notes as an HTML page.")
    @functools.wraps(func)
    def wrapper(*args, format_, fmt, no_headers, wide, output, no_escape_formulas, no_color, quiet, no_pager,
                plot, export_svg, export_html, **kwargs):
        if fmt:
            from tabulate import tabulate_formats

            if fmt not in tabulate_formats:
                raise click.BadParameter(f"{fmt!r} is not a tabulate format; try one of: "
                                         f"{', '.join(sorted(tabulate_formats))}", param_hint="--fmt")
        if output and output != "-" and not (fmt or format_) and format_for_file(output) is None:
            import os.path

            # the extension, not the whole path, so that the one error line stays short
            ext = os.path.splitext(output)[1][:20]
            raise click.BadParameter(f"no format has the extension {ext!r}: use {extension_list()}, or "
                                     "--format; pictures: --export-svg, --export-html", param_hint="--output")
        if plot and not plot.lower().endswith((".png", ".svg")):
            raise click.BadParameter(f"{plot!r}: --plot draws .png or .svg pictures", param_hint="--plot")
        kwargs["out"] = OutputOptions(format=format_, fmt=fmt, headers=not no_headers,
                                      output=None if output == "-" else output,
                                      escape_formulas=not no_escape_formulas,
                                      color=False if no_color else None, export_svg=export_svg,
                                      export_html=export_html, wide=wide, inputs=_inputs(kwargs), quiet=quiet,
                                      pager=False if no_pager else None, plot=plot)
        _refuse_inputs_as_outputs(kwargs["out"])
        return func(*args, **kwargs)

    return wrapper


def _refuse_inputs_as_outputs(out: OutputOptions) -> None:
    """Exit 3 before reading anything when -o or an export names a file the command reads (stdin included,
    by device and inode), names no file, or names the same file as another output."""
    from .files import check_target, refuse_input_as_output, refuse_shared_outputs

    targets = {"-o": out.output, "--export-svg": out.export_svg, "--export-html": out.export_html,
               "--plot": out.plot}
    for option, target in targets.items():
        if target is not None:
            check_target(target, option)
        refuse_input_as_output(target, out.inputs)
    refuse_shared_outputs(targets.values())


def _check_output(output: str | None) -> None:
    """-o of a command without the shared output options: an empty or directory-like name is an error, not
    stdout or a file named like the directory."""
    from .files import check_target

    if output is not None:
        check_target(output)


def _delimiter(ctx, param, value):
    if value is None:
        return None
    value = {"tab": "\t", "\\t": "\t", "comma": ",", "semicolon": ";"}.get(value, value)
    if value not in DELIMITERS:
        raise click.BadParameter("choose ',' ';' or tab ('\\t' or 'tab')", ctx=ctx, param=param)
    return value


def data_options(func):
    """--data, --encoding and --delimiter, on every command that reads providers data."""

    @click.option("--data", "data", metavar="PATH", envvar="PROBSTAT_DATA", show_envvar=True, type=INPUT_PATH,
                  help="Providers CSV to use instead of the bundled data ('-' reads stdin).")
    @click.option("--encoding", default="utf-8-sig", show_default=True,
                  help="Text encoding of --data (e.g. latin-1 for old spreadsheet exports).")
    @click.option("--delimiter", metavar="CHAR", callback=_delimiter,
                  help="Field separator of --data: ',' ';' or tab ('\\t'); default: sniffed from the header row.")
    @functools.wraps(func)
    def wrapper(*args, data, encoding, delimiter, **kwargs):
        kwargs["source"] = DataSource(path=data, encoding=encoding, delimiter=delimiter)
        return func(*args, **kwargs)

    return wrapper


def _load(source: DataSource, columns=None, provider_id=None, collect=None):
    """Load --data (or the bundled data), validating only ``columns`` (each analysis declares its NEEDS) and,
    with ``provider_id``, only that provider's rows; a large file's low-cardinality columns as categories."""
    from .loader import load

    return load(source.path, encoding=source.encoding, columns=columns, delimiter=source.delimiter,
                provider_id=provider_id, categories="auto", collect=collect)


def _sources(frame, path: str | None):
    from .loader import sources_for

    return sources_for(frame, path)


def round_option(default: str | None = DEFAULT_ROUND):
    return click.option("--round", "round_", metavar="ROUND", default=default, show_default=True,
                        help="Inspection round, e.g. 2018-19 or 2019-20; 'all' for every round.")


no_totals_option = click.option("--no-totals", is_flag=True,
                                help="Leave out the 'all' rows (totals of the rows above them), e.g. before summing "
                                "a CSV.")


def _without_totals(table, column: str):
    """``table`` without its total rows: those whose grouping ``column`` says 'all' (attrs kept)."""
    if column not in table.columns:
        return table
    kept = table[table[column].astype(str) != "all"].reset_index(drop=True)
    kept.attrs = dict(table.attrs)
    return kept


sector_option = click.option("--sector", type=click.Choice(SECTORS, case_sensitive=False),
                             help="Only this sector.")
unit_option = click.option("--unit", type=click.Choice(tuple(UNIT_CHOICES), case_sensitive=False),
                           help="Only one kind of unit: provider (NPS division or CRC, 2018-21), pdu (probation "
                           "delivery unit), region or national (from 2021).")


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
def _providers(round_, sector, unit, rating, source, out):
    """List providers and later units (PDUs, regions), one row per unit and round.

    \b
    Examples:
      probstat providers --round 2018-19 --sector NPS
      probstat providers --rating Good --format csv
      probstat units --unit pdu --round 2024-25
    """
    from .analysis import providers as analysis
    from .render import render

    render(analysis.providers(_load(source, analysis.NEEDS), round_=round_, sector=sector, rating=rating,
                              unit=unit), out)


# `units` is the same command under the name the later rounds suggest; `providers` stays for scripts.
providers = cli.command("providers")(_providers)
cli.add_command(providers, name="units")


@cli.command()
@click.argument("provider_id")
@round_option(default="all")
@click.option("--sources", "sources_path", metavar="PATH", type=INPUT_PATH,
              help="Sources CSV for --data (round, provider_id, field, source_url, note).")
@data_options
@output_options
def show(provider_id, round_, sources_path, source, out):
    """Every figure known for one provider, each with its source; unknown figures listed as unknown.

    \b
    Examples:
      probstat show hampshire-iow-crc --round 2018-19
      probstat show nps-wales --format json
    """
    from .analysis import providers as analysis
    from .render import render

    frame = _load(source, provider_id=provider_id)
    render(analysis.provider_figures(frame, provider_id, round_=round_, sources=_sources(frame, sources_path)), out)


@cli.command()
@click.option("--strict", is_flag=True, help="Fail (exit 3) on warnings too, not only on errors.")
@click.option("--report", type=click.Choice(["coverage", "findings"]), default="coverage", show_default=True,
              help="What goes to stdout: the coverage table, or the findings table.")
@click.option("--sources", "sources_path", metavar="PATH", type=INPUT_PATH,
              help="Sources CSV to check --data against (the bundled one is checked for the bundled data).")
@click.option("--coverage", "show_coverage", is_flag=True,
              help="On a terminal, show the coverage table under the verdict and findings (pipes and files always "
              "get the --report table).")
@click.option("--all-findings", is_flag=True,
              help="List every finding on stderr, not only the first 10 of each level and column.")
@round_option(default="all")
@data_options
@output_options
def validate(strict, report, sources_path, show_coverage, all_findings, round_, source, out):
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
    from .collector import Collected
    from .errors import DataError
    from .render import render, text_lines

    found = Collected()
    frame = _load(source, collect=found)
    if found.count == 1:
        raise found.errors[0]
    if found.count:
        for error in sorted(found.errors, key=lambda e: e.row or 0):
            _echo_error(error)
        more = f"; the first {len(found.errors)} are listed" if found.count > len(found.errors) else ""
        raise DataError(f"{found.count} error(s) in all{more}; nothing else was checked",
                        file=frame.attrs["source"])
    sources = _sources(frame, sources_path)
    findings = analysis.findings_table(frame, sources)
    failed, summary = analysis.validation_summary(findings, sources_checked=sources is not None, strict=strict)
    from . import views

    if views.wanted(out) and report == "coverage":
        # a person at a terminal: the verdict first, the findings grouped, the coverage table when asked for
        table = analysis.coverage(frame, round_=round_, sources=sources) if show_coverage else None
        console = views.terminal_console(out)
        with views.paging(console, out):
            views.validation(console, findings, table,
                             f"{'failed' if failed else 'valid'}: {len(frame)} rows from {frame.attrs['source']}: "
                             f"{summary}", failed)
        if failed:
            raise DataError(f"validation failed: {summary}", file=frame.attrs["source"])
        return
    render(findings if report == "findings" else analysis.coverage(frame, round_=round_, sources=sources), out)
    listed, more = analysis.first_per_rule(findings, None if all_findings else analysis.FIRST_PER_RULE)
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
def ratings(round_, by, standard, unit, no_totals, source, out):
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

    table = analysis.ratings(_load(source, analysis.NEEDS), round_=round_, by=by, standard=standard, unit=unit)
    render(_without_totals(table, by) if no_totals else table, out)


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
def gap(domains, family, round_, source, out):
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
    from .published import load_rounds, load_sector_figures
    from .render import render

    domain = ",".join(domains) or "all"
    needs = analysis.needs(domain) + (analysis.needs(family) if family is not None else ())
    frame = _load(source, tuple(dict.fromkeys(needs)))
    render(analysis.gap(frame, domain=domain, round_=round_, figures=load_sector_figures(), totals=load_rounds(),
                        family=family), out)


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
def caseloads(round_, by, no_totals, source, out):
    """People supervised and workload indicators, by provider or sector; approximate figures kept as bounds.

    \b
    Examples:
      probstat caseloads --by sector
      probstat caseloads --format csv -o caseloads.csv
    """
    from .analysis import caseloads as analysis
    from .render import render

    table = analysis.caseloads(_load(source, analysis.NEEDS), round_=round_, by=by)
    render(_without_totals(table, by) if no_totals else table, out)


@cli.command()
@round_option()
@sector_option
@data_options
@output_options
def league(round_, sector, source, out):
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

    render(analysis.league(_load(source, analysis.NEEDS), round_=round_, sector=sector), out)


@cli.command()
@click.option("--before", default=DEFAULT_ROUND, show_default=True, metavar="ROUND", help="Earlier round.")
@click.option("--after", default="2019-20", show_default=True, metavar="ROUND", help="Later round.")
@click.option("--unit", type=click.Choice(tuple(UNIT_CHOICES), case_sensitive=False),
              help="Instead of two rounds: every unit of this kind (pdu, region, national, provider) inspected "
              "more than once, each inspection against the one before it, whatever the rounds.")
@data_options
@output_options
def changes(before, after, unit, source, out):
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

    frame = _load(source, analysis.NEEDS)
    render(analysis.reinspections(frame, unit=unit) if unit else analysis.changes(frame, before=before, after=after),
           out)


def _pattern(value: str | None, pattern: str, what: str) -> str | None:
    """An option value that must match a pattern, else a usage error naming what was expected."""
    import re

    from .errors import excerpt

    if value is not None and not re.fullmatch(pattern, value):
        raise click.BadParameter(f"{excerpt(value)} is not {what}")
    return value


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
@click.option("--round", "round_", metavar="ROUND", callback=lambda ctx, param, v: _pattern(v, r"[0-9]{4}-[0-9]{2}",
              "a round such as 2019-20"),
              help="With --text: the round (e.g. 2019-20) of statements that do not write one.")
@click.option("--as-of", "as_of", metavar="DATE", callback=lambda ctx, param, v: _pattern(
              v, r"(?:19|20)[0-9]{2}-[01][0-9](?:-[0-3][0-9])?", "a date YYYY-MM or YYYY-MM-DD"),
              help="With --text: the text's date (YYYY-MM or YYYY-MM-DD); it implies the round of statements "
              "that do not write one.")
@click.option("--source", "document_url", metavar="URL",
              help="With --text: the URL of the document the text is; figures resting only on it are circular "
              "(a 'source:' line in the text does the same).")
@click.option("--max-chars", "max_chars", metavar="N", type=click.IntRange(min=1), default=2_000_000,
              show_default=True, help="With --text: refuse longer texts (an input cap, in characters).")
@click.option("--sources", "sources_path", metavar="PATH", type=INPUT_PATH,
              help="Sources CSV for --data, so that evidence resting only on the release itself is seen as "
              "circular (the bundled data's sources are used with the bundled data).")
@click.option("--verdict", "verdicts", multiple=True, type=click.Choice(CLAIM_VERDICTS, case_sensitive=False),
              help="Show only claims with this verdict (repeat for several); the exit status still counts every "
              "claim.")
@data_options
@output_options
def check_claims(claims_path, text_path, round_, as_of, document_url, max_chars, sources_path, verdicts, source,
                 out):
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
      probstat check-claims --text par2020.txt --round 2019-20 --source "$url"
    """
    from .claims import verify
    from .claims.claimsfile import load_claims
    from .loader import read_text
    from .render import render

    claims = load_claims(claims_path)
    # A claims file's metrics name the columns they read, so only those are parsed and checked; a text may
    # speak of anything in the data, so --text loads every column.
    frame = _load(source, None if text_path else verify.columns_needed(claims))
    sources = _sources(frame, sources_path)
    if text_path:
        text = read_text(text_path, encoding=source.encoding)
        table = verify.check_text(frame, text, claims, sources=sources, round_=round_, as_of=as_of,
                                  source=document_url, max_chars=max_chars)
    else:
        table = verify.check_claims(frame, claims, sources=sources)
    render(_only_verdicts(table, verdicts), out)
    if verify.any_contradicted(table):
        raise SystemExit(ExitCode.CONTRADICTED)


@cli.command()
@click.option("--sources", "which", flag_value="sources", help="The template for a sources CSV instead.")
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
    _check_output(output)
    render(pd.DataFrame(columns=list(columns)), OutputOptions(format="csv", output=output))


@cli.command()
@click.option("--sources", "which", flag_value="sources", help="The bundled sources CSV instead.")
@click.option("--round", "round_", metavar="ROUND", help="Only the rows of this round, e.g. 2018-19.")
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
    _check_output(output)
    text = bundled_rows(name, round_=round_, provider_id=provider_id)
    if output and output != "-":
        write_file(output, text, inputs=(str(bundled_path(name)),))
    else:
        write_stdout(text)


class _Terminated(BaseException):
    """Raised from the SIGTERM/SIGHUP handler so that cleanup (temporary files) runs as on any exception."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


#: Signals whose default action ends the process without Python's cleanup: each is turned into _Terminated
#: while it still has that default, so a half-written temporary file is removed before the process ends.
_ENDING_SIGNALS = ("SIGTERM", "SIGHUP", "SIGQUIT", "SIGUSR1", "SIGUSR2", "SIGALRM", "SIGVTALRM", "SIGPROF",
                   "SIGXCPU", "SIGXFSZ")


def _terminate(signum, frame):
    raise _Terminated(signum)


def _echo_error(exc: Exception) -> bool:
    """The one-line form of an error on stderr: 'Error: ' and the message, control characters shown, the whole
    line at most errors.MAX_LINE characters."""
    from .errors import one_line
    from .output import clean_text

    return _say(one_line("Error: " + clean_text(" ".join(str(exc).split()))))


def _say(line: str) -> bool:
    """Print one line on stderr; False when stderr cannot be written."""
    try:
        click.echo(line, err=True)
        return True
    except OSError:
        return False


def _ascii_safe_streams() -> None:
    """On a terminal or pipe whose encoding is not UTF-8, write what it cannot show as escapes, not crash."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "")
        if stream is not None and hasattr(stream, "reconfigure") and not encoding.startswith("utf"):
            with contextlib.suppress(ValueError, OSError):
                stream.reconfigure(errors="backslashreplace")


def main(argv=None) -> int:
    """Entry point: run the CLI and map every outcome to one documented exit code."""
    if hasattr(signal, "SIGPIPE"):
        # Die quietly when a reader such as `head` closes the pipe, as Unix tools do.
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    for name in _ENDING_SIGNALS:
        if hasattr(signal, name) and signal.getsignal(getattr(signal, name)) == signal.SIG_DFL:
            signal.signal(getattr(signal, name), _terminate)
    if os.environ.get("TERM") == "dumb":
        os.environ.setdefault("NO_COLOR", "1")
    _ascii_safe_streams()
    code = None
    try:
        code = _run(argv)
        if sys.stdout is not None:
            sys.stdout.flush()
    except BrokenPipeError:
        return _closed_pipe()
    except OSError as exc:  # stdout failed on the final flush (a full disk, /dev/full)
        # With a buffered stdout (no PYTHONUNBUFFERED) what a failed write left behind fails again here: the
        # failure has its Error line already.
        if code != ExitCode.DATA:
            _say(f"Error: <stdout>: cannot write: {exc.strerror or exc}")
        code = ExitCode.DATA
    return code


def _closed_pipe() -> int:
    """A reader closed the pipe: stop quietly (where SIGPIPE cannot end the process, e.g. on Windows)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
    return ExitCode.OK


def _show_click_error(exc: click.ClickException) -> None:
    """click's usage error, its Error line held to one line of errors.MAX_LINE characters (click quotes a bad
    value whole, which for a 100,000-character --sector was 100 KB of stderr)."""
    from .errors import one_line

    message = exc.format_message()
    exc.format_message = lambda: one_line(message, 290)  # click adds "Error: " itself
    with contextlib.suppress(OSError):
        exc.show()


def _run(argv) -> int:
    from .output import clean_text

    try:
        cli.main(args=argv, prog_name="probstat", standalone_mode=False)
    except ProbstatError as exc:
        # One line, whatever the file put in an id, a cell or a file name.
        _echo_error(exc)
        return int(exc.exit_code)
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except click.ClickException as exc:
        _show_click_error(exc)
        return ExitCode.USAGE
    except (KeyboardInterrupt, click.exceptions.Abort):
        _say("Interrupted.")
        return ExitCode.INTERRUPTED
    except _Terminated as exc:
        return 128 + exc.signum
    except BrokenPipeError:
        raise
    except OSError as exc:  # writing stderr (or stdout outside the renderer) failed
        _say(f"Error: cannot write: {exc.strerror or exc}")
        return ExitCode.DATA
    except SystemExit as exc:
        return int(exc.code or 0)
    except Exception as exc:  # a bug, not bad input: say so on one line, with a code of its own
        from .errors import excerpt

        detail = excerpt(clean_text(" ".join(str(exc).split())), 150, quote=False)
        _say(f"Error: internal error ({type(exc).__name__}: {detail}); please report it with the command you ran")
        return ExitCode.INTERNAL
    return ExitCode.OK


def run() -> None:
    """Console-script entry point."""
    code = main()
    try:
        if sys.stderr is not None:
            sys.stderr.flush()
    except OSError:
        code = code or ExitCode.DATA
    for stream in (sys.stdout, sys.stderr):
        # Whatever could not be written is reported already: the interpreter's own flush at exit must not
        # report it again (as exit 120) .
        try:
            if stream is not None:
                os.dup2(os.open(os.devnull, os.O_WRONLY), stream.fileno())
        except (OSError, ValueError):
            pass
    sys.exit(code)
