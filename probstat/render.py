"""One renderer for every command: a rich table on a terminal, or csv/tsv/json/jsonl/markdown/any tabulate
format for pipes. It formats; it never computes. Notes an analysis attaches in ``frame.attrs['notes']``
go to stderr, so stdout stays pure data.
"""

from __future__ import annotations

import csv
import io
import json
import math
import numbers
import os
import sys
import tempfile
from pathlib import Path

import numpy as np
import pandas as pd

from .errors import OutputError
from .output import FORMATS, Chart, OutputOptions, View

__all__ = ["FORMATS", "OutputOptions", "render", "to_text", "format_number", "escape_formula"]
#: Text cells starting with these are read as formulas by spreadsheets (OWASP CSV injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")


def _is_missing(value) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float) and math.isnan(value)


def format_number(value: float) -> str:
    """Human formatting for text tables: whole numbers as they are, others to 2 decimals (3 significant digits
    below 1, so that p-values stay readable). Machine formats (csv, json) keep full precision."""
    if float(value).is_integer() and abs(value) < 1e15:
        return f"{int(value)}"
    if abs(value) >= 1:
        return f"{value:.2f}".rstrip("0").rstrip(".")
    text = f"{value:.3g}"
    if "e" in text:  # very small p-values
        text = f"{value:.2e}"
    return text


def _cell_text(value) -> str:
    if _is_missing(value):
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, float):
        return format_number(value)
    return str(value)


def _machine_value(value):
    """A JSON-ready value: None for missing, ints for whole-number counts, floats untouched."""
    if _is_missing(value):
        return None
    if hasattr(value, "item"):  # numpy scalar
        value = value.item()
    if isinstance(value, float):
        if not math.isfinite(value):
            return None  # JSON has no infinity; an unbounded end is simply absent
        if value.is_integer() and abs(value) < 2**53:
            return int(value)  # counts held in float columns (because of gaps) print as counts
    return value


def escape_formula(text: str) -> str:
    """Prefix a text cell that a spreadsheet would run as a formula.

    Only text cells come here: numeric cells (-12.5) are never escaped, which `_delimited` decides by the
    value's type. Deciding by whether the text parses as a number, as this function once did, let a text cell
    such as a provider named '+1' (or '-inf', '-1_000') through unescaped.
    """
    if text and text.startswith(FORMULA_PREFIXES):
        return "'" + text
    return text


def _delimited_cell(value, escape: bool) -> str:
    """One cell of csv/tsv output."""
    # numbers.Number, not int | float: nullable Int64 columns give numpy integers, which are neither;
    # repr(float(...)), not repr(): numpy 2 writes a numpy float as 'np.float64(1.5)'.
    if _is_missing(value):
        return ""
    numeric = isinstance(value, numbers.Number)
    if isinstance(value, numbers.Real) and not isinstance(value, numbers.Integral):
        text = str(int(value)) if float(value).is_integer() else repr(float(value))
    else:
        text = str(value)
    return escape_formula(text) if escape and not numeric else text


def _column_cells(column: pd.Series, escape: bool) -> list[str]:
    """_delimited_cell of every value of ``column``, worked out once per distinct value where that is safe."""
    if (column.dtype == object or isinstance(column.dtype, pd.StringDtype)
            or pd.api.types.is_numeric_dtype(column.dtype)):
        try:
            codes, uniques = pd.factorize(column, use_na_sentinel=True)
        except TypeError:  # unhashable values: cell by cell
            return [_delimited_cell(v, escape) for v in column]
        # Equal values of different types (1, 1.0, True) share a code but not a text: only a column of one
        # kind of value is worded per distinct value.
        if isinstance(column.dtype, pd.StringDtype) or (column.dtype == object and {type(u) for u in uniques} <= {str}):
            # text only: _delimited_cell reduced to its text branch, for columns of a million distinct names
            words = [escape_formula(u) for u in uniques] if escape else list(uniques)
            return np.array([*words, ""], dtype=object)[codes].tolist()  # code -1 (missing) takes the final ""
        if column.dtype != object:
            texts = np.array([_delimited_cell(u, escape) for u in uniques] + [""], dtype=object)
            return texts[codes].tolist()  # code -1 (missing) takes the final ""
    # the values itertuples would give, so cells read exactly as they always did
    return [_delimited_cell(v, escape) for v in column]


def _delimited(frame: pd.DataFrame, opts: OutputOptions, delimiter: str) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\n")
    # Python's csv writer quotes a field holding "\n" (the line terminator) but not one holding a bare "\r",
    # which every reader then takes for a line break: a provider name with a carriage return broke the CSV.
    # Rows with one are written with every field quoted.
    quoting_writer = csv.writer(buf, delimiter=delimiter, lineterminator="\n", quoting=csv.QUOTE_ALL)
    if opts.headers:
        writer.writerow(list(frame.columns))
    # Column by column, each distinct value formatted once; numbers are never formula-escaped, which is
    # decided by each value's type.
    columns = [_column_cells(frame.iloc[:, i], opts.escape_formulas) for i in range(frame.shape[1])]
    rows = zip(*columns, strict=True) if columns else ([] for _ in range(len(frame)))
    if not any("\r" in "".join(col) for col in columns):
        writer.writerows(rows)
    else:
        for cells in rows:
            (quoting_writer if any("\r" in cell for cell in cells) else writer).writerow(cells)
    return buf.getvalue()


def _records(frame: pd.DataFrame) -> list[dict]:
    cols = list(frame.columns)
    values = [_machine_values(frame.iloc[:, i]) for i in range(frame.shape[1])]
    return [dict(zip(cols, row, strict=True)) for row in zip(*values, strict=True)] if cols else \
        [{} for _ in range(len(frame))]


def _machine_values(column: pd.Series) -> list:
    """_machine_value of every value of ``column``, once per distinct value where that is safe."""
    if column.dtype != object and pd.api.types.is_numeric_dtype(column.dtype):
        codes, uniques = pd.factorize(column, use_na_sentinel=True)
        results = [_machine_value(u) for u in uniques] + [None]  # code -1 (missing) takes the None
        return [results[c] for c in codes.tolist()]
    return [_machine_value(v) for v in column]


def _tabulate(frame: pd.DataFrame, tablefmt: str, headers: bool) -> str:
    from tabulate import tabulate

    rows = [[_cell_text(v) for v in row] for row in frame.itertuples(index=False, name=None)]
    return tabulate(rows, headers=list(frame.columns) if headers else (), tablefmt=tablefmt,
                    disable_numparse=True) + "\n"


def to_text(frame: pd.DataFrame, opts: OutputOptions) -> str:
    """The table as plain text in the chosen format (everything but the rich terminal table)."""
    if opts.fmt == "tsv":  # tabulate's tsv neither quotes nor escapes: use the safe writer for it too
        return _delimited(frame, opts, "\t")
    if opts.fmt:
        return _tabulate(frame, opts.fmt, opts.headers)
    if opts.format == "csv":
        return _delimited(frame, opts, ",")
    if opts.format == "tsv":
        return _delimited(frame, opts, "\t")
    if opts.format == "json":
        return json.dumps(_records(frame), indent=2, ensure_ascii=False) + "\n"
    if opts.format == "jsonl":
        return "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in _records(frame))
    if opts.format == "markdown":
        return _tabulate(frame, "github", opts.headers)
    return _tabulate(frame, "simple", opts.headers)


def _mode_for(target: Path) -> int:
    """Permissions for a file written over ``target``: the existing file's, else what open() would give."""
    try:
        return target.stat().st_mode & 0o7777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _write_file(path: str, text: str) -> None:
    """Write atomically: a failure part-way leaves any earlier file as it was."""
    target = Path(path)
    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent if str(target.parent) else ".", prefix=".probstat-")
    except OSError as exc:
        raise OutputError(f"cannot write: {exc.strerror or exc}", file=path) from None
    try:
        with os.fdopen(fd, "w", encoding="utf-8", newline="") as fh:
            # mkstemp makes the file 0600; without this, -o gave a new file (or an existing one it replaced)
            # owner-only permissions instead of the existing file's mode, or the umask's default for a new one.
            os.chmod(tmp, _mode_for(target))
            fh.write(text)
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise OutputError(f"cannot write: {exc.strerror or exc}", file=path) from None
    except BaseException:
        # Ctrl-C (or any other error) part-way must not leave a .probstat-* temporary file behind either.
        Path(tmp).unlink(missing_ok=True)
        raise


def _console(opts: OutputOptions, *, record: bool = False, file=None):
    from rich.console import Console

    no_color = opts.color is False or bool(os.environ.get("NO_COLOR"))
    # A recording console writes to a buffer: give it a terminal's width so exports look like the screen.
    width = 120 if file is not None else None
    return Console(no_color=no_color, record=record, highlight=False, soft_wrap=False, file=file, width=width,
                   force_terminal=True if file is not None else None)


def _rich_table(frame: pd.DataFrame, opts: OutputOptions, title: str | None):
    from rich.table import Table

    table = Table(title=title, show_header=opts.headers, header_style="bold")
    for col in frame.columns:
        numeric = pd.api.types.is_numeric_dtype(frame[col]) and not pd.api.types.is_bool_dtype(frame[col])
        table.add_column(str(col), justify="right" if numeric else "left", overflow="fold")
    for row in frame.itertuples(index=False, name=None):
        table.add_row(*[_cell_text(v) for v in row])
    return table


def _bar_chart(frame: pd.DataFrame, chart: Chart):
    """A horizontal bar chart (rich Text) of ``chart.value`` labelled by the ``chart.label`` columns."""
    from rich.text import Text

    value_col, label_cols = chart.value, [c for c in chart.label if c in frame]
    data = frame.dropna(subset=[value_col])
    if data.empty:
        return None
    top = max(float(data[value_col].abs().max()), 1e-9)
    labels = [" / ".join(_cell_text(v) for v in row) for row in data[label_cols].itertuples(index=False)]
    width = max(len(s) for s in labels)
    text = Text()
    for label, value in zip(labels, data[value_col], strict=True):
        bar = "█" * max(0, round(abs(float(value)) / top * 40))
        text.append(f"{label:<{width}} ")
        text.append(bar, style="cyan" if value >= 0 else "red")
        text.append(f" {format_number(float(value))}{chart.suffix}\n")
    return text


def _print_rich(console, frame: pd.DataFrame, opts: OutputOptions, title: str | None, chart: Chart | None) -> None:
    console.print(_rich_table(frame, opts, title))
    if chart is not None:
        bars = _bar_chart(frame, chart)
        if bars is not None:
            console.print(bars)


def render(frame: pd.DataFrame, opts: OutputOptions | None = None, view: View | None = None) -> None:
    """Write ``frame`` to stdout or ``opts.output`` in the chosen format; notes go to stderr.

    ``view`` (by default the one the analysis attached as ``frame.attrs["view"]``) gives the title, the
    columns a text table keeps and the bar chart drawn under a terminal table. Piped output has no ANSI codes.
    """
    opts = opts or OutputOptions()
    view = view or frame.attrs.get("view") or View()
    title, chart, compact = view.title, view.chart, view.compact
    notes = list(frame.attrs.get("notes", []))
    text_table = opts.format in ("table", "markdown") or opts.fmt is not None
    if compact and text_table and not opts.wide:
        # Wide tables do not fit a terminal: text tables show the key columns, machine formats show all.
        shown = [c for c in compact if c in frame.columns]
        if len(shown) < len(frame.columns):
            notes.append(f"showing {len(shown)} of {len(frame.columns)} columns; --wide or --format csv/json "
                         "for all")
            frame = frame[shown]
    exporting = bool(opts.export_svg or opts.export_html)
    if exporting:
        # Exports are of the terminal view, whatever format goes to stdout or -o.
        recorder = _console(opts, record=True, file=io.StringIO())
        _print_rich(recorder, frame, opts, title, chart)
        if opts.export_svg:
            _write_file(opts.export_svg, recorder.export_svg(title=title or "probstat", clear=False))
        if opts.export_html:
            _write_file(opts.export_html, recorder.export_html(clear=False))
    rich_wanted = opts.format == "table" and not opts.fmt and opts.output is None
    if rich_wanted and sys.stdout.isatty():
        _print_rich(_console(opts), frame, opts, title, chart)
    else:
        text = to_text(frame, opts)
        if opts.output:
            _write_file(opts.output, text)
        else:
            sys.stdout.write(text)
            sys.stdout.flush()
    for note in notes:
        # flush: click.echo(err=True) flushes, so without it an in-process caller (click's CliRunner, the test
        # fixture) saw notes out of order with those lines, or lost them from a stream it read before exit.
        print(f"note: {note}", file=sys.stderr, flush=True)
