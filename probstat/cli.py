"""The command line: parse options, load, call one analysis, render. Nothing else lives here.

pandas, rich and the analyses are imported inside the commands so that `--help` and `--version` start fast.
"""

from __future__ import annotations

import functools
import os
import signal
import sys

import click

from . import __version__
from .errors import ExitCode, ProbstatError
from .output import FORMATS, DataSource, OutputOptions
from .schema import DEFAULT_ROUND, SECTORS

CONTEXT = {"help_option_names": ["-h", "--help"], "max_content_width": 100}
# A path type for shell completion only: the loaders check existence themselves so that a bad path is a
# data error (exit 3, one Error line) rather than a usage error.
INPUT_PATH = click.Path(allow_dash=True, readable=False)


def output_options(func):
    """The output options every command shares, so that every table can go to every format."""

    @click.option("--format", "-f", "format_", type=click.Choice(FORMATS), default="table",
                  show_default=True, help="Output format. 'table' is a rich table on a terminal, plain text in a pipe.")
    @click.option("--fmt", metavar="NAME",
                  help="Any tabulate table format (e.g. grid, latex, html); overrides --format.")
    @click.option("--no-headers", is_flag=True, help="Leave out the header row.")
    @click.option("--wide", is_flag=True, help="Show every column in text tables (csv/json always have all).")
    @click.option("--output", "-o", metavar="FILE", type=click.Path(dir_okay=False),
                  help="Write the table to FILE (atomically) instead of stdout.")
    @click.option("--no-escape-formulas", is_flag=True,
                  help="In CSV/TSV, do not prefix text cells starting with = + - @ with a quote.")
    @click.option("--no-color", is_flag=True, help="No colour (also honoured: NO_COLOR, TERM=dumb).")
    @click.option("--export-svg", metavar="FILE", type=click.Path(dir_okay=False),
                  help="Also save the terminal table (and chart) as an SVG image.")
    @click.option("--export-html", metavar="FILE", type=click.Path(dir_okay=False),
                  help="Also save the terminal table (and chart) as an HTML page.")
    @functools.wraps(func)
    def wrapper(*args, format_, fmt, no_headers, wide, output, no_escape_formulas, no_color, export_svg,
                export_html, **kwargs):
        if fmt:
            from tabulate import tabulate_formats

            if fmt not in tabulate_formats:
                raise click.BadParameter(f"{fmt!r} is not a tabulate format; try one of: "
                                         f"{', '.join(sorted(tabulate_formats))}", param_hint="--fmt")
        kwargs["out"] = OutputOptions(format=format_, fmt=fmt, headers=not no_headers,
                                      output=None if output == "-" else output,
                                      escape_formulas=not no_escape_formulas,
                                      color=False if no_color else None, export_svg=export_svg,
                                      export_html=export_html, wide=wide)
        return func(*args, **kwargs)

    return wrapper


def data_options(func):
    """--data and --encoding, on every command that reads providers data."""

    @click.option("--data", "data", metavar="PATH", envvar="PROBSTAT_DATA", show_envvar=True, type=INPUT_PATH,
                  help="Providers CSV to use instead of the bundled data ('-' reads stdin).")
    @click.option("--encoding", default="utf-8-sig", show_default=True,
                  help="Text encoding of --data (e.g. latin-1 for old spreadsheet exports).")
    @functools.wraps(func)
    def wrapper(*args, data, encoding, **kwargs):
        kwargs["source"] = DataSource(path=data, encoding=encoding)
        return func(*args, **kwargs)

    return wrapper


def _load(source: DataSource, columns=None):
    """Load --data (or the bundled data), validating only ``columns`` (each analysis declares its NEEDS)."""
    from .loader import load

    return load(source.path, encoding=source.encoding, columns=columns)


def _sources(frame, path: str | None):
    from .loader import sources_for

    return sources_for(frame, path)


def round_option(default: str | None = DEFAULT_ROUND):
    return click.option("--round", "round_", metavar="ROUND", default=default, show_default=True,
                        help="Inspection round, e.g. 2018-19 or 2019-20; 'all' for every round.")


sector_option = click.option("--sector", type=click.Choice(SECTORS, case_sensitive=False),
                             help="Only this sector.")


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


@cli.command()
@round_option(default="all")
@sector_option
@click.option("--rating", metavar="RATING", help="Only providers with this overall rating, e.g. Good.")
@data_options
@output_options
def providers(round_, sector, rating, source, out):
    """List providers, one row per provider and round.

    \b
    Examples:
      probstat providers --round 2018-19 --sector NPS
      probstat providers --rating Good --format csv
    """
    from .analysis import providers as analysis
    from .render import render

    # All columns are checked: listing is how people look at a file before analysing it.
    render(analysis.providers(_load(source), round_=round_, sector=sector, rating=rating), out)


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

    frame = _load(source)
    render(analysis.provider_figures(frame, provider_id, round_=round_, sources=_sources(frame, sources_path)), out)


@cli.command()
@click.option("--strict", is_flag=True, help="Fail (exit 3) on warnings too, not only on errors.")
@click.option("--report", type=click.Choice(["coverage", "findings"]), default="coverage", show_default=True,
              help="What goes to stdout: the coverage table, or the findings table.")
@click.option("--sources", "sources_path", metavar="PATH", type=INPUT_PATH,
              help="Sources CSV to check --data against (the bundled one is checked for the bundled data).")
@round_option(default="all")
@data_options
@output_options
def validate(strict, report, sources_path, round_, source, out):
    """Check a providers CSV: schema (errors), consistency under HMIP's rules (warnings), sources, coverage.

    Schema problems stop with one Error line (exit 3). Findings are listed on stderr; the coverage table
    (how many rows know each column) goes to stdout.

    \b
    Examples:
      probstat validate
      probstat validate --data my-providers.csv --strict
      probstat validate --report findings --format csv
    """
    from .analysis import consistency as analysis
    from .errors import DataError
    from .render import render

    frame = _load(source)
    sources = _sources(frame, sources_path)
    findings = analysis.findings_table(frame, sources)
    render(findings if report == "findings" else analysis.coverage(frame, round_=round_), out)
    # One write for all the findings: one echo per finding cost ~6 µs each (seconds for a million-row file).
    lines = findings[["level", "round", "provider_id", "column", "message"]].itertuples(index=False, name=None)
    if len(findings):
        click.echo("".join(f"{lv}: {rnd} {pid} {col}: {msg}\n" for lv, rnd, pid, col, msg in lines), err=True, nl=False)
    failed, summary = analysis.validation_summary(findings, sources_checked=sources is not None, strict=strict)
    if failed:
        raise DataError(f"validation failed: {summary}", file=frame.attrs["source"])
    click.echo(f"validated {len(frame)} rows from {frame.attrs['source']}: {summary}", err=True)


@cli.command()
@round_option()
@click.option("--by", type=click.Choice(["sector", "owner", "round"]), default="sector", show_default=True,
              help="Group the distribution by sector, owner or round.")
@click.option("--standard", metavar="NAME", help="A standard's ratings instead of the overall rating "
              "(e.g. leadership, assessment; 'all' for every standard).")
@data_options
@output_options
def ratings(round_, by, standard, source, out):
    """Distribution of ratings: counts and percentages by sector, owner or round, with totals.

    \b
    Examples:
      probstat ratings
      probstat ratings --by owner --format csv
      probstat ratings --round all --by round
      probstat ratings --standard leadership
    """
    from .analysis import ratings as analysis
    from .render import render

    render(analysis.ratings(_load(source, analysis.NEEDS), round_=round_, by=by, standard=standard), out)


@cli.command()
@click.option("--domain", "-d", default="overall", show_default=True, metavar="DOMAIN",
              help="overall, organisation, case-supervision, sector-specific, a standard (e.g. leadership), "
              "or a key-question domain: risk, desistance, engagement.")
@round_option()
@data_options
@output_options
def gap(domain, round_, source, out):
    """NPS minus CRC: mean scores, shares rated Good or better, Fisher's exact test, Newcombe intervals.

    For key-question domains (risk, desistance, engagement): provider-mean and case-weighted percentages
    per key question and the largest gap. Where the data cannot answer, it says which columns are missing.

    \b
    Examples:
      probstat gap --domain overall
      probstat gap --domain risk --data my-full-data.csv
      probstat gap --domain case-supervision --format json
    """
    from .analysis import gap as analysis
    from .render import render

    render(analysis.gap(_load(source, analysis.needs(domain)), domain=domain, round_=round_), out)


@cli.command()
@round_option()
@click.option("--by", type=click.Choice(["provider", "sector"]), default="provider", show_default=True,
              help="One row per provider, or per sector with totals as bounds.")
@data_options
@output_options
def caseloads(round_, by, source, out):
    """People supervised and workload indicators, by provider or sector; approximate figures kept as bounds.

    \b
    Examples:
      probstat caseloads --by sector
      probstat caseloads --format csv -o caseloads.csv
    """
    from .analysis import caseloads as analysis
    from .render import render

    render(analysis.caseloads(_load(source, analysis.NEEDS), round_=round_, by=by), out)


@cli.command()
@round_option()
@sector_option
@data_options
@output_options
def league(round_, sector, source, out):
    """Providers ranked by overall rating, then by known standard ratings; ties shown, unknowns counted.

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
@data_options
@output_options
def changes(before, after, source, out):
    """Providers inspected in two rounds: each rating then and now, moved up, down or the same.

    \b
    Examples:
      probstat changes
      probstat changes --format csv
    """
    from .analysis import changes as analysis
    from .render import render

    render(analysis.changes(_load(source, analysis.NEEDS), before=before, after=after), out)


@cli.command("check-claims")
@click.option("--claims", "claims_path", metavar="FILE", type=INPUT_PATH,
              help="Claims file (TOML) to check; default: HMIP's October 2019 press release.")
@click.option("--text", "text_path", metavar="FILE", type=INPUT_PATH,
              help="Find every numeric expression in a text file and check each against the claims.")
@click.option("--sources", "sources_path", metavar="PATH", type=INPUT_PATH,
              help="Sources CSV for --data, so that evidence resting only on the release itself is seen as "
              "circular (the bundled data's sources are used with the bundled data).")
@data_options
@output_options
def check_claims(claims_path, text_path, sources_path, source, out):
    """Verify a press release claim by claim: recomputed from the data, checked against the text itself,
    corroborated by another document, or marked unverifiable with the data it would need.

    Exit status 1 when any claim is contradicted, so it can gate a publishing pipeline.

    \b
    Examples:
      probstat check-claims
      probstat check-claims --format csv -o verdicts.csv
      probstat check-claims --claims my-claims.toml
      probstat check-claims --text release.txt
    """
    from .claims import verify
    from .claims.claimsfile import load_claims
    from .loader import read_text
    from .render import render

    claims = load_claims(claims_path)
    frame = _load(source)
    sources = _sources(frame, sources_path)
    if text_path:
        text = read_text(text_path, encoding=source.encoding)
        table = verify.check_text(frame, text, claims, sources=sources)
    else:
        table = verify.check_claims(frame, claims, sources=sources)
    render(table, out)
    if verify.any_contradicted(table):
        raise SystemExit(ExitCode.CONTRADICTED)


@cli.command()
@click.option("--sources", "which", flag_value="sources", help="The template for a sources CSV instead.")
@click.option("--output", "-o", metavar="FILE", type=click.Path(dir_okay=False),
              help="Write the template to FILE instead of stdout.")
def template(which, output):
    """An empty providers CSV (header only) to fill with your own, fuller data for --data.

    Every column is optional except round, provider_id, provider and sector; empty cells mean unknown.
    See docs/data.md for each column's meaning, unit and allowed values.

    \b
    Examples:
      probstat template -o my-providers.csv
      probstat template --sources -o my-sources.csv
    """
    import pandas as pd

    from . import schema
    from .render import render

    columns = schema.SOURCE_COLUMNS if which == "sources" else schema.COLUMN_NAMES
    render(pd.DataFrame(columns=list(columns)), OutputOptions(format="csv", output=output))


def main(argv=None) -> int:
    """Entry point: run the CLI and map every outcome to one documented exit code."""
    if hasattr(signal, "SIGPIPE"):
        # Die quietly when a reader such as `head` closes the pipe, as Unix tools do.
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    if os.environ.get("TERM") == "dumb":
        os.environ.setdefault("NO_COLOR", "1")
    try:
        cli.main(args=argv, prog_name="probstat", standalone_mode=False)
    except ProbstatError as exc:
        # One line, whatever the file put in an id or a cell.
        click.echo("Error: " + " ".join(str(exc).split()), err=True)
        return int(exc.exit_code)
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except click.ClickException as exc:
        exc.show()
        return ExitCode.USAGE
    except (KeyboardInterrupt, click.exceptions.Abort):
        click.echo("Interrupted.", err=True)
        return ExitCode.INTERRUPTED
    except BrokenPipeError:
        # Where SIGPIPE cannot be restored (Windows), silence the closed pipe instead.
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
        return ExitCode.OK
    except SystemExit as exc:
        return int(exc.code or 0)
    except Exception as exc:  # a bug, not bad input: say so on one line, with a code of its own
        click.echo(f"Error: internal error ({type(exc).__name__}: {' '.join(str(exc).split())[:300]}); "
                   "please report it with the command you ran", err=True)
        return ExitCode.INTERNAL
    return ExitCode.OK


def run() -> None:
    """Console-script entry point."""
    sys.exit(main())
