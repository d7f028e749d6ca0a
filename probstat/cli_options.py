"""The options commands share, each defined once: output, --data and its reading, --round, --sources, --sector,
--unit and --no-totals. Each is a decorator or an option factory; cli.py puts them on its commands.

Nothing heavy is imported here, so that `probstat --help` starts without pandas.
"""

from __future__ import annotations

import functools

import click

from .output import DELIMITERS, FORMATS, DataSource, OutputOptions, extension_list, format_for_file
from .schema import DEFAULT_ROUND, SECTORS, UNIT_CHOICES

# A path type for shell completion only: the loaders check existence themselves so that a bad path is a
# data error (exit 3, one Error line) rather than a usage error.
INPUT_PATH = click.Path(allow_dash=True, readable=False)


#: The options of a command that name files it reads (never to be written by -o or an export).
_INPUT_OPTIONS = ("sources_path", "claims_path", "text_path")


def inputs(kwargs) -> tuple[str, ...]:
    """The files a command reads, from its parsed options; the bundled data when --data is not given."""
    from .bundled import bundled_path

    data = kwargs.get("data")
    paths = [kwargs.get(name) for name in _INPUT_OPTIONS]
    if data is not None:
        paths.append(data.path or str(bundled_path()))
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
                                      export_html=export_html, wide=wide, inputs=inputs(kwargs), quiet=quiet,
                                      pager=False if no_pager else None, plot=plot)
        refuse_inputs_as_outputs(kwargs["out"])
        return func(*args, **kwargs)

    return wrapper


def refuse_inputs_as_outputs(out: OutputOptions) -> None:
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


def check_output(output: str | None) -> None:
    """-o of a command without the shared output options: an empty or directory-like name is an error, not
    stdout or a file named like the directory."""
    from .files import check_target

    if output is not None:
        check_target(output)


def delimiter_value(ctx, param, value):
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
    @click.option("--delimiter", metavar="CHAR", callback=delimiter_value,
                  help="Field separator of --data: ',' ';' or tab ('\\t'); default: sniffed from the header row.")
    @functools.wraps(func)
    def wrapper(*args, data, encoding, delimiter, **kwargs):
        kwargs["data"] = DataSource(path=data, encoding=encoding, delimiter=delimiter)
        return func(*args, **kwargs)

    return wrapper


def round_option(default: str | None = DEFAULT_ROUND, help: str | None = None, *, checked: bool = False):
    """--round, the one inspection round option: ``default`` (None: no round), its ``help`` when it means
    something narrower than every command's round, and ``checked`` to refuse a value not shaped like a round
    (where 'all' means nothing)."""
    callback = (lambda ctx, param, v: pattern(v, r"[0-9]{4}-[0-9]{2}", "a round such as 2019-20")) if checked \
        else None
    return click.option("--round", "round_", metavar="ROUND", default=default, show_default=True, callback=callback,
                        help=help or "Inspection round, e.g. 2018-19 or 2019-20; 'all' for every round.")


def sources_option(help: str):
    """--sources, the one option naming a sources CSV (round, provider_id, field, source_url, note) to read."""
    return click.option("--sources", "sources_path", metavar="PATH", type=INPUT_PATH, help=help)


def sources_table_option(help: str):
    """--sources as a flag of the commands that write a bundled table (template, export): the sources CSV
    instead of the providers CSV."""
    return click.option("--sources", "which", flag_value="sources", help=help)


def pattern(value: str | None, regex: str, what: str) -> str | None:
    """An option value that must match ``regex``, else a usage error naming what was expected."""
    import re

    from .errors import excerpt

    if value is not None and not re.fullmatch(regex, value):
        raise click.BadParameter(f"{excerpt(value)} is not {what}")
    return value


no_totals_option = click.option("--no-totals", is_flag=True,
                                help="Leave out the 'all' rows (totals of the rows above them), e.g. before summing "
                                "a CSV.")


def without_totals(table, column: str):
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
