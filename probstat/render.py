"""One renderer for every command: a rich table on a terminal, CSV in a pipe, or the format asked for.

It formats; it never computes. Notes an analysis attaches in ``frame.attrs['notes']`` go to stderr, so stdout
stays pure data. Invariants:

* text from the data is data: it is never read as rich markup, and control characters (C0, DEL, C1) never
  reach the output raw (shown as ``\\x1b`` in text, escaped in JSON);
* a terminal table never breaks a number, id or word across lines: columns that do not fit are left out,
  with a note saying so;
* every failure to write (stdout, a file) is an OutputError, so the CLI exits 3 with one line.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import math
import numbers
import os
import re
import shutil
import sys
import textwrap
from collections.abc import Iterator

import numpy as np
import pandas as pd

from .errors import OutputError
from .output import FORMATS, NOTES_SIDECAR, Chart, OutputOptions, View, clean_text, format_for_file, format_number
from .writing import reported, write_file, write_stdout

__all__ = ["FORMATS", "OutputOptions", "render", "to_text", "format_number", "escape_formula", "clean_text",
           "resolve_format"]
#: Text cells starting with these are read as formulas by spreadsheets (OWASP CSV injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
#: Characters JSON allows raw inside strings that terminals act on, or that break JavaScript: escaped in JSON.
#: Bidirectional controls and U+FFFE/U+FFFF too (see output.clean_text): escaped, so the value stays exact.
_JSON_RAW = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufffe\uffff]")
#: tabulate formats that write cells raw into a markup language a wiki or browser renders as HTML: their cells
#: are HTML-escaped, so a '<script>' from the data stays text ('html' escapes by itself; 'unsafehtml' is
#: escaped here, as its name warns it is not).
_MARKUP_FORMATS = frozenset({"jira", "mediawiki", "moinmoin", "textile", "unsafehtml", "youtrack"})
#: Terminal width the exports (and any non-terminal rich console) are laid out for.
EXPORT_WIDTH = 120
#: The most table cells an SVG or HTML export draws: rich lays out and styles every cell, about a millisecond a
#: row, so 35,000 rows took a minute and made a 230 MB image. Larger tables go to -o as data instead.
EXPORT_CELLS = 40_000
#: Width of the longest bar in a chart, in characters.
BAR_WIDTH = 40


def _is_missing(value) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float) and math.isnan(value)


def _cell_text(value) -> str:
    """A cell as shown in a text table: formatted numbers, yes/no, controls shown as escapes."""
    if _is_missing(value):
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, numbers.Real) and not isinstance(value, numbers.Integral):
        return format_number(float(value))
    return clean_text(str(value))


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
    value's type, so a text cell such as a provider named '+1' is escaped like any other.
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
        if not math.isfinite(float(value)):
            return ""  # an unbounded interval end: empty, as in every format (render adds a note)
        text = str(int(value)) if float(value).is_integer() else repr(float(value))
    else:
        text = clean_text(str(value), keep_newlines=True)
    return escape_formula(text) if escape and not numeric else text


def _plain_text_cells(column: pd.Series, escape: bool) -> tuple[list[str], str] | None:
    """The cells of a column of text (missing ones empty), and all their text, when no value needs changing:
    no control character and, with ``escape``, no formula prefix; None when some value might, or the column
    is not all text."""
    if not (isinstance(column.dtype, pd.StringDtype)
            or (column.dtype == object and pd.api.types.infer_dtype(column, skipna=True) == "string")):
        return None
    cells = column.to_numpy(dtype=object, na_value="").tolist()
    # All the text at once instead of one regex and one startswith per value: a control character anywhere
    # shows in the whole (isprintable, a quick pass, is False for any), and in the second text every value
    # starts right after a newline.
    text = "".join(cells)
    if not text.isprintable() and clean_text(text, keep_newlines=True) != text:
        return None
    found = [prefix for prefix in FORMULA_PREFIXES if prefix in text] if escape else []
    if found:
        lines = "\n" + "\n".join(cells)
        if any("\n" + prefix in lines for prefix in found):
            return None
    return cells, text


def _column_cells(column: pd.Series, escape: bool) -> tuple[list[str], str]:
    """_delimited_cell of every value of ``column``, worked out once per distinct value where that is safe; and
    a text holding every character the cells hold (e.g. the distinct cells joined), for _delimited to see
    which need quoting without going through them all."""
    if isinstance(column.dtype, pd.CategoricalDtype):
        # worded once per category and spread by code; code -1 (missing) takes the final ""
        words, text = _column_cells(pd.Series(column.cat.categories.to_numpy(dtype=object)), escape)
        return np.array([*words, ""], dtype=object)[column.cat.codes.to_numpy()].tolist(), text
    plain = _plain_text_cells(column, escape)
    if plain is not None:
        return plain
    if (column.dtype == object or isinstance(column.dtype, pd.StringDtype)
            or pd.api.types.is_numeric_dtype(column.dtype)):
        try:
            codes, uniques = pd.factorize(column, use_na_sentinel=True)
        except TypeError:  # unhashable values: cell by cell
            cells = [_delimited_cell(v, escape) for v in column]
            return cells, "".join(cells)
        # Equal values of different types (1, 1.0, True) share a code but not a text: only a column of one
        # kind of value is worded per distinct value.
        if isinstance(column.dtype, pd.StringDtype) or (column.dtype == object and {type(u) for u in uniques} <= {str}):
            # text only: _delimited_cell reduced to its text branch, for columns of a million distinct names
            texts = [clean_text(u, keep_newlines=True) for u in uniques]
            words = [escape_formula(t) for t in texts] if escape else texts
            # code -1 (missing) takes the final ""
            return np.array([*words, ""], dtype=object)[codes].tolist(), "".join(words)
        if column.dtype != object:
            texts = [_delimited_cell(u, escape) for u in uniques]
            return np.array([*texts, ""], dtype=object)[codes].tolist(), "".join(texts)
    # the values itertuples would give, so cells read exactly as they always did
    cells = [_delimited_cell(v, escape) for v in column]
    return cells, "".join(cells)


def _delimited(frame: pd.DataFrame, opts: OutputOptions, delimiter: str) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\n")
    # Python's csv writer quotes a field holding "\n" (the line terminator) but not one holding a bare "\r",
    # which every reader takes for a line break: rows with one are written with every field quoted.
    quoting_writer = csv.writer(buf, delimiter=delimiter, lineterminator="\n", quoting=csv.QUOTE_ALL)
    if opts.headers:
        writer.writerow([clean_text(str(c), keep_newlines=True) for c in frame.columns])
    # Column by column, each distinct value formatted once; numbers are never formula-escaped, which is
    # decided by each value's type.
    columns, quoted = [], []
    for i in range(frame.shape[1]):
        cells, text = _column_cells(frame.iloc[:, i], opts.escape_formulas)
        columns.append(cells)
        quoted.append((delimiter in text or '"' in text or "\n" in text, "\r" in text))
    rows = zip(*columns, strict=True) if columns else ([] for _ in range(len(frame)))
    if not any(has_return for _, has_return in quoted):
        if len(columns) > 1:
            buf.write(_joined_rows(columns, [needs for needs, _ in quoted], delimiter))
        else:  # a row of one empty cell is written '""', which _joined_rows does not do
            writer.writerows(rows)
    else:
        for cells in rows:
            (quoting_writer if any("\r" in cell for cell in cells) else writer).writerow(cells)
    return buf.getvalue()


def _joined_rows(columns: list[list[str]], quoting: list[bool], delimiter: str) -> str:
    """Rows of two or more cells, none holding "\\r", as csv.writer writes them (QUOTE_MINIMAL, "\\n" line
    ends), several times faster: a cell is quoted only when it holds the delimiter, a quote or a newline, so
    only such cells (in the columns ``quoting`` marks) go through the writer; the rest are joined as they
    are."""
    special = re.compile(f'[{re.escape(delimiter)}"\n]')
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\n")

    def quoted(cell: str) -> str:
        buf.seek(0)
        buf.truncate()
        writer.writerow([cell, ""])  # the cell, then an empty one that adds only the delimiter
        return buf.getvalue()[:-1 - len(delimiter)]

    cells = []
    for column, some_quoted in zip(columns, quoting, strict=True):
        if some_quoted:
            column = [quoted(c) if special.search(c) else c for c in column]
        cells.append(column)
    lines = "\n".join(map(delimiter.join, zip(*cells, strict=True)))  # each holds a delimiter: never empty
    return lines + "\n" if lines else ""


#: Rows per piece of text_lines: enough that writing is one call per piece, few enough that a million-row
#: report is never held as text all at once.
_LINES_PER_PIECE = 100_000


def text_lines(columns: list[pd.Series], template: str) -> Iterator[str]:
    """One line per row, ``template`` (literal text with a ``{}`` per column) filled with the row's cells, each
    cell shown as clean_text shows it on one line (missing cells empty); every line ends in a newline. The
    text comes in pieces of _LINES_PER_PIECE lines.

    Built column by column: a million findings written by formatting and cleaning each row took 7 s.
    """
    # Each line is its cells and the template's literal text joined: a third less time than str.format per line.
    literals = template.split("{}")
    rows = len(columns[0]) if columns else 0
    for start in range(0, rows, _LINES_PER_PIECE):
        cells = []
        for column in columns:
            values = column.iloc[start:start + _LINES_PER_PIECE].to_numpy(dtype=object)
            missing = pd.isna(values)
            values = np.where(missing, "", values) if missing.any() else values
            if pd.api.types.infer_dtype(values, skipna=False) != "string":
                values = np.array([str(v) for v in values], dtype=object)
            # as _plain_text_cells decides: a control character anywhere makes the whole text unprintable
            text = "".join(values)
            if not text.isprintable() and clean_text(text) != text:
                values = np.array([clean_text(v) for v in values], dtype=object)
            cells.append(values)
        parts = [part for literal, values in zip(literals[:-1], cells, strict=True)
                 for part in (itertools.repeat(literal), values)]
        yield "".join(map("".join, zip(*parts, itertools.repeat(literals[-1] + "\n"))))


def _records(frame: pd.DataFrame) -> list[dict]:
    cols = [str(c) for c in frame.columns]
    values = [_machine_values(frame.iloc[:, i]) for i in range(frame.shape[1])]
    return [dict(zip(cols, row, strict=True)) for row in zip(*values, strict=True)] if cols else \
        [{} for _ in range(len(frame))]


def _machine_values(column: pd.Series) -> list:
    """_machine_value of every value of ``column``, once per distinct value where that is safe."""
    if isinstance(column.dtype, pd.CategoricalDtype):
        codes, uniques = column.cat.codes.to_numpy(), column.cat.categories.to_numpy(dtype=object)
    elif column.dtype != object and pd.api.types.is_numeric_dtype(column.dtype):
        codes, uniques = pd.factorize(column, use_na_sentinel=True)
    else:
        return [_machine_value(v) for v in column]
    results = [_machine_value(u) for u in uniques] + [None]  # code -1 (missing) takes the None
    return [results[c] for c in codes.tolist()]


def _json(value, **kwargs) -> str:
    # json escapes C0 controls itself; with ensure_ascii=False it leaves DEL, C1 and U+2028/9 raw.
    return _JSON_RAW.sub(lambda m: f"\\u{ord(m.group()):04x}", json.dumps(value, ensure_ascii=False, **kwargs))


def _tabulate(frame: pd.DataFrame, tablefmt: str, headers: bool) -> str:
    from tabulate import tabulate

    rows = [[_cell_text(v) for v in row] for row in frame.itertuples(index=False, name=None)]
    names = [clean_text(str(c)) for c in frame.columns]
    if tablefmt in _MARKUP_FORMATS:
        import html

        rows = [[html.escape(cell, quote=False) for cell in row] for row in rows]
        names = [html.escape(name, quote=False) for name in names]
    if tablefmt == "github":  # a '|' in a cell would end it
        rows = [[cell.replace("|", "\\|") for cell in row] for row in rows]
        names = [name.replace("|", "\\|") for name in names]
        text = tabulate(rows, headers=names, tablefmt=tablefmt, disable_numparse=True)
        return "\n".join(text.splitlines()[0 if headers else 2:]) + "\n"
    if not headers:  # data rows only: no header, and no rules around the rows
        tablefmt = "plain" if tablefmt == "simple" else tablefmt
        return tabulate(rows, tablefmt=tablefmt, disable_numparse=True) + "\n"
    return tabulate(rows, headers=names, tablefmt=tablefmt, disable_numparse=True) + "\n"


def resolve_format(opts: OutputOptions, *, terminal: bool) -> str:
    """The format to write: --format if given, else -o's extension, else a table on a terminal and CSV in a
    pipe (--fmt, a tabulate format, wins over all and gives 'fmt')."""
    if opts.fmt:
        return "fmt"
    if opts.format:
        return opts.format
    if opts.output:
        return format_for_file(opts.output) or "csv"  # the CLI refuses an unknown extension before this
    return "table" if terminal else "csv"


def to_text(frame: pd.DataFrame, opts: OutputOptions, fmt: str | None = None) -> str:
    """The table as plain text in the chosen format (everything but the rich terminal table)."""
    fmt = fmt or resolve_format(opts, terminal=False)
    if fmt == "fmt":
        if opts.fmt == "tsv":  # tabulate's tsv neither quotes nor escapes: use the safe writer for it too
            return _delimited(frame, opts, "\t")
        return _tabulate(frame, opts.fmt, opts.headers)
    if fmt == "csv":
        return _delimited(frame, opts, ",")
    if fmt == "tsv":
        return _delimited(frame, opts, "\t")
    if fmt == "json":
        return _json(_records(frame), indent=2) + "\n"
    if fmt == "jsonl":
        return "".join(_json(r) + "\n" for r in _records(frame))
    if fmt == "markdown":
        return _tabulate(frame, "github", opts.headers)
    return _tabulate(frame, "simple", opts.headers)


# --- the terminal table -------------------------------------------------------------------------------------

def _encodes(console, text: str) -> bool:
    try:
        text.encode(console.encoding or "ascii")
    except (UnicodeEncodeError, LookupError):
        return False
    return True


def _console(opts: OutputOptions, *, record: bool = False, file=None, width: int | None = None):
    from rich.console import Console

    plain = opts.color is False or bool(os.environ.get("NO_COLOR")) or os.environ.get("TERM") == "dumb"
    # color_system=None: no escape codes at all (no_color=True alone still writes bold and italic).
    kwargs = {"color_system": None} if plain and not record else {}
    if file is not None:  # a buffer (an export, a test): lay it out like a terminal of that width
        kwargs.update(force_terminal=True, width=width or EXPORT_WIDTH)
    elif width is not None:
        kwargs["width"] = width
    return Console(record=record, highlight=False, soft_wrap=False, markup=False, emoji=False, file=file,
                   **kwargs)


def _is_numeric(series: pd.Series) -> bool:
    return pd.api.types.is_numeric_dtype(series) and not pd.api.types.is_bool_dtype(series)


def _longest_word(texts) -> int:
    from rich.cells import cell_len

    return max((cell_len(word) for text in texts for word in text.split()), default=0)


def _fit(columns: list[str], cells: list[list[str]], numeric: list[bool], width: int, *, boxed: bool = True):
    """Column widths for a table ``width`` cells wide, and how many leading columns fit (``boxed``: with
    rich's borders; else only two spaces between columns).

    A column is never narrower than its longest word (for numbers, its longest value; for its name, the
    longest part between underscores, where _header_lines breaks it). Columns wider than needed shrink,
    widest first, so words wrap at spaces.
    """
    from rich.cells import cell_len

    natural, least = [], []
    for i, name in enumerate(columns):
        values = [row[i] for row in cells]
        longest = max((cell_len(line) for v in [*values, name] for line in v.splitlines() or [""]), default=1)
        natural.append(max(longest, 1))
        value_least = max((cell_len(v) for v in values), default=0) if numeric[i] else _longest_word(values)
        name_least = max((cell_len(part) for part in _name_parts(name)), default=0)
        least.append(max(1, value_least, name_least))
    # rich's default table: a border each side of every column and one space of padding each side; without
    # borders (SIMPLE_HEAD, no edges), a blank divider and one space of left padding between columns.
    room = (lambda k: width - 3 * k - 1) if boxed else (lambda k: width - 2 * (k - 1))  # noqa: E731
    kept = len(columns)
    while kept > 1 and sum(least[:kept]) > room(kept):
        kept -= 1
    widths = natural[:kept]
    while sum(widths) > room(kept):
        shrinkable = [i for i in range(kept) if widths[i] > least[i]]
        if not shrinkable:
            break
        widest = max(shrinkable, key=lambda i: widths[i])
        widths[widest] -= 1
    return widths, kept


def _name_parts(name: str) -> list[str]:
    """A column name's words, split at spaces and after underscores (e.g. 'standards_' 'known')."""
    return [part for word in name.split() for part in re.findall(r"[^_]*_|[^_]+", word)]


def _header_lines(name: str, width: int) -> str:
    """``name`` broken after underscores into lines of at most ``width`` cells (names never break elsewhere)."""
    from rich.cells import cell_len

    if cell_len(name) <= width or " " in name:
        return name
    lines, line = [], ""
    for part in _name_parts(name):
        if line and cell_len(line + part) > width:
            lines.append(line)
            line = ""
        line += part
    return "\n".join([*lines, line])


def _showable(console):
    """A function giving text as the console's encoding can show it: what it cannot, as escapes (so that the
    layout is measured on what is shown)."""
    encoding = console.encoding or "utf-8"
    if encoding.lower().replace("-", "").startswith("utf"):
        return lambda text: text
    return lambda text: text.encode(encoding, "backslashreplace").decode(encoding)


def _rich_table(console, frame: pd.DataFrame, opts: OutputOptions, title: str | None, notes: list[str]):
    from rich.table import Table
    from rich.text import Text

    show, width = _showable(console), console.width
    columns = [show(clean_text(str(c))) for c in frame.columns]
    numeric = [_is_numeric(frame[c]) for c in frame.columns]
    cells = [[show(_cell_text(v)) for v in row] for row in frame.itertuples(index=False, name=None)]
    title = show(clean_text(title)) if title else title
    widths, kept = _fit(columns, cells, numeric, width)
    boxed = kept == len(columns)
    if not boxed:  # without borders a table takes a column less per column: often enough to fit
        widths, kept = _fit(columns, cells, numeric, width, boxed=False)
    if kept < len(columns):
        notes.append(f"the table is wider than {width} columns, so each row is shown as a block of "
                     "'column value' lines; widen the terminal for a table")
        return _stacked(columns, cells, title, opts)
    from rich import box

    table = Table(title=Text(title) if title else None, show_header=opts.headers, header_style="bold",
                  **({} if boxed else {"box": box.SIMPLE_HEAD, "show_edge": False, "pad_edge": False,
                                      "padding": (0, 0, 0, 1)}))
    for name, is_num, w in zip(columns[:kept], numeric, widths, strict=False):
        table.add_column(Text(_header_lines(name, w)), justify="right" if is_num else "left", width=w, no_wrap=is_num,
                         overflow="fold")
    for row in cells:
        table.add_row(*[Text(cell) for cell in row[:kept]])  # Text: cells are never read as markup
    return table


def _stacked(columns: list[str], cells: list[list[str]], title: str | None, opts: OutputOptions):
    """Each row as a block of 'column value' lines: every value shown, words wrapped at spaces."""
    from rich.console import Group
    from rich.table import Table
    from rich.text import Text

    grid = Table.grid(padding=(0, 1))
    grid.add_column(style="bold" if opts.headers else None, no_wrap=True)
    grid.add_column(overflow="fold")
    for i, row in enumerate(cells):
        if i:
            grid.add_row("", "")
        for name, cell in zip(columns, row, strict=True):
            grid.add_row(Text(name if opts.headers else ""), Text(cell))
    return Group(Text(title, style="bold"), grid) if title else grid


def _label(frame_row, columns) -> str:
    return " / ".join(_cell_text(v) for v in frame_row) if columns else ""


def _bar(console, fraction: float) -> str:
    block = "█" if _encodes(console, "█") else "#"
    return block * max(0, round(abs(fraction) * BAR_WIDTH))


def _simple_bars(console, frame: pd.DataFrame, chart: Chart):
    from rich.text import Text

    label_cols = [c for c in chart.label if c in frame]
    data = frame.dropna(subset=[chart.value])
    if data.empty:
        return None
    top = chart.scale[1] if chart.scale else max(float(data[chart.value].abs().max()), 1e-9)
    labels = [_label(row, label_cols) for row in data[label_cols].itertuples(index=False)]
    width = max(len(s) for s in labels)
    text = Text()
    for label, value in zip(labels, data[chart.value], strict=True):
        text.append(f"{label:<{width}} ")
        text.append(_bar(console, float(value) / top), style="cyan" if value >= 0 else "red")
        text.append(f" {format_number(float(value))}{chart.suffix}\n")
    if chart.scale:
        text.append(f"scale: {format_number(chart.scale[0])} to {format_number(chart.scale[1])}{chart.suffix}\n")
    return text


def _compared_bars(console, frame: pd.DataFrame, chart: Chart):
    """Per row, one bar per ``compare`` column on that row's own scale, in its own unit, with the interval."""
    from rich.text import Text

    from .views import measure_scale

    label_cols = [c for c in chart.label if c in frame]
    compare = [c for c in chart.compare if c in frame]
    names = [clean_text(c) for c in compare]
    pad = max((len(n) for n in names), default=0)
    text = Text()
    for _, row in frame.iterrows():
        values = [row[c] for c in compare]
        known = [float(v) for v in values if not _is_missing(v)]
        if not known:
            continue
        unit = _cell_text(row[chart.unit]) if chart.unit and chart.unit in frame else ""
        scale = measure_scale(row)
        text.append(_label([row[c] for c in label_cols], label_cols), style="bold")
        # the bars on the measure's own scale (0-3, 0-100%), so a bar's length means the same in every row; the
        # unit is the gap's (percentage points), so it stands by the gap, not over the bars (percentages)
        text.append(f" (scale {scale[1]})\n" if scale else "\n")
        top = scale[0] if scale else max(max(abs(v) for v in known), 1e-9)
        for name, value in zip(names, values, strict=True):
            text.append(f"  {name:<{pad}} ")
            if _is_missing(value):
                text.append("unknown\n")
                continue
            text.append(_bar(console, float(value) / top), style="cyan")
            text.append(f" {format_number(float(value))}\n")
        if chart.value in frame and not _is_missing(row[chart.value]):
            line = f"  {clean_text(chart.value)} {format_number(float(row[chart.value]))}"
            low, high = (row[c] if c and c in frame else None for c in (chart.low, chart.high))
            if not _is_missing(low) and not _is_missing(high):
                line += f" (interval {format_number(float(low))} to {format_number(float(high))})"
            text.append(line + (f" {unit}" if unit else "") + "\n")
    return text if text.plain else None


def _range_bars(console, frame: pd.DataFrame, chart: Chart):
    """Per row, a bar from ``low`` to ``high`` on one scale, ``value`` marked; rows grouped by ``group``."""
    from rich.text import Text

    label_cols = [c for c in chart.label if c in frame]
    data = frame.dropna(subset=[chart.low, chart.high])
    if data.empty:
        return None
    lo, hi = chart.scale or (float(data[chart.low].min()), float(data[chart.high].max()))
    span = max(hi - lo, 1e-9)
    fill, mark = ("─", "●") if _encodes(console, "─●") else ("-", "o")
    labels = [_label(row, label_cols) for row in data[label_cols].itertuples(index=False)]
    width = max(len(s) for s in labels)
    text, last_group = Text(), object()
    for label, (_, row) in zip(labels, data.iterrows(), strict=True):
        group = row[chart.group] if chart.group and chart.group in data else None
        if chart.group and group != last_group:  # a heading for each run of rows with one group value
            text.append(("\n" if text.plain else "") + (_cell_text(group) or "unknown") + "\n", style="bold")
        last_group = group
        start = round((float(row[chart.low]) - lo) / span * BAR_WIDTH)
        end = round((float(row[chart.high]) - lo) / span * BAR_WIDTH)
        cells = [" "] * (BAR_WIDTH + 1)
        for i in range(start, end + 1):
            cells[i] = fill
        # a value that is one end of the range would draw the range as a point: only a value inside is marked
        value = row[chart.value] if chart.value in data and chart.value not in (chart.low, chart.high) else None
        if not _is_missing(value):
            cells[min(BAR_WIDTH, max(0, round((float(value) - lo) / span * BAR_WIDTH)))] = mark
        low, high = format_number(float(row[chart.low])), format_number(float(row[chart.high]))
        text.append(f"{label:<{width}} ")
        text.append("".join(cells), style="cyan")
        text.append(f" {low}{chart.suffix}\n" if low == high else f" {low} to {high}{chart.suffix}\n")
    if chart.scale:
        text.append(f"scale: {format_number(lo)} to {format_number(hi)}{chart.suffix}\n")
    return text


def _chart(console, frame: pd.DataFrame, chart: Chart):
    if chart.compare:
        return _compared_bars(console, frame, chart)
    if chart.low and chart.high and chart.low in frame and chart.high in frame:
        return _range_bars(console, frame, chart)
    if chart.value in frame:
        return _simple_bars(console, frame, chart)
    return None


def _stderr_width() -> int | None:
    """The terminal's width when stderr is a terminal (notes are wrapped to it), else None: piped notes stay
    one line each, so tools can read them line by line."""
    try:
        if not sys.stderr.isatty():
            return None
    except (AttributeError, ValueError):
        return None
    return shutil.get_terminal_size().columns


def _print_rich(console, frame: pd.DataFrame, opts: OutputOptions, view: View, notes: list[str],
                *, with_notes: bool = False) -> None:
    from rich.text import Text

    console.print(_rich_table(console, frame, opts, view.title, notes))
    if view.chart is not None:
        bars = _chart(console, frame, view.chart)
        if bars is not None:
            console.print(bars)
    if with_notes:  # exports are read alone: they carry the notes that go to stderr on a terminal
        for note in notes:
            console.print(Text(f"note: {clean_text(note)}", style="italic"))


def _compact(frame: pd.DataFrame, view: View, opts: OutputOptions, notes: list[str]) -> pd.DataFrame:
    shown = [c for c in (view.compact or ()) if c in frame.columns]
    if view.compact and not opts.wide and len(shown) < len(frame.columns):
        # Wide tables do not fit a terminal: text tables show the key columns, machine formats show all.
        notes.append(f"showing {len(shown)} of {len(frame.columns)} columns; --wide or --format csv/json for all")
        return frame[shown]
    return frame


def _refuse_large_export(frame: pd.DataFrame, opts: OutputOptions) -> None:
    """An OutputError, before anything is written, for a table too large to draw as an image or page."""
    cells = len(frame) * max(1, frame.shape[1])
    if cells > EXPORT_CELLS:
        option = "--export-svg" if opts.export_svg else "--export-html"
        raise OutputError(f"{option}: the table has {len(frame):,} rows of {frame.shape[1]} columns, more than the "
                          f"{EXPORT_CELLS:,} cells an export draws; narrow it (e.g. --round, --sector) or write the "
                          "data with -o FILE.csv")


def _is_terminal() -> bool:
    try:
        return sys.stdout is not None and sys.stdout.isatty()
    except (ValueError, OSError):
        return False


def _unbounded_note(frame: pd.DataFrame) -> str | None:
    """A note naming the columns where an infinite value (an interval end with no bound) is shown empty."""
    columns = []
    for name in frame.columns:
        column = frame[name]
        if pd.api.types.is_float_dtype(column.dtype) and np.isinf(column.to_numpy(dtype=float, na_value=np.nan)).any():
            columns.append(clean_text(str(name)))
    if not columns:
        return None
    return (f"an empty {' or '.join(columns)} where the other end is given is an interval end with no bound "
            "(the data cannot limit it, e.g. a group of one)")


def _with_notes(text: str, fmt: str, notes: list[str]) -> str:
    """A markdown file's text with its notes below the table, so the file is read with its caveats."""
    if fmt != "markdown" or not notes:
        return text
    return text + "\n" + "".join(f"- note: {clean_text(note)}\n" for note in notes)


def _sidecar(opts: OutputOptions, fmt: str, notes: list[str]) -> None:
    """Write a json or jsonl file's notes beside it (FILE.notes.txt, one per line): the rows stay as tools
    read them, and the caveats travel with the file."""
    if fmt in ("json", "jsonl") and opts.output and notes:
        write_file(opts.output + NOTES_SIDECAR, "".join(f"{clean_text(note)}\n" for note in notes), opts.inputs)


def render(frame: pd.DataFrame, opts: OutputOptions | None = None, view: View | None = None, *,
           console=None) -> None:
    """Write ``frame`` to stdout or ``opts.output`` in the chosen format; notes go to stderr (and into a
    markdown file, or beside a json file).

    ``view`` (by default the one the analysis attached as ``frame.attrs["view"]``) gives the title, the
    columns a text table keeps and the chart drawn under a terminal table. ``console`` (a rich Console)
    stands for the terminal, e.g. one of a given width in tests.
    """
    opts = opts or OutputOptions()
    view = view or frame.attrs.get("view") or View()
    notes = [str(n) for n in frame.attrs.get("notes", [])]
    if (unbounded := _unbounded_note(frame)) is not None:
        notes.append(unbounded)
    terminal = console is not None or (opts.output is None and _is_terminal())
    fmt = resolve_format(opts, terminal=terminal)
    on_terminal = fmt == "table" and terminal and opts.output is None
    text_table = fmt in ("table", "markdown", "fmt") and not on_terminal  # the terminal decides in views.py
    shown = _compact(frame, view, opts, notes) if text_table else frame
    if opts.export_svg or opts.export_html:
        # Exports are of the terminal view, whatever format goes to stdout or -o, with the notes under it.
        export_notes = [str(n) for n in frame.attrs.get("notes", [])] + ([unbounded] if unbounded else [])
        export_frame = _compact(frame, view, opts, export_notes)
        _refuse_large_export(export_frame, opts)
        recorder = _console(opts, record=True, file=io.StringIO())
        _print_rich(recorder, export_frame, opts, view, export_notes, with_notes=True)
        if opts.export_svg:
            write_file(opts.export_svg, recorder.export_svg(title=clean_text(view.title or "probstat"),
                                                            clear=False), opts.inputs)
        if opts.export_html:
            write_file(opts.export_html, recorder.export_html(clear=False), opts.inputs)
    if opts.plot:
        from .plot import plot_bytes

        write_file(opts.plot, plot_bytes(frame, view.chart, opts.plot, view.title), opts.inputs)
    if on_terminal:
        _print_terminal(frame, opts, view, notes, console)
    else:
        text = to_text(shown, opts, fmt)
        if opts.output:
            write_file(opts.output, _with_notes(text, fmt, notes), opts.inputs)
            _sidecar(opts, fmt, notes)
        else:
            write_stdout(text)
    if not opts.quiet:
        _print_notes(notes)


def _print_terminal(frame, opts: OutputOptions, view: View, notes: list[str], console) -> None:
    """The view for people: the command's own layout where it has one (views.py), else the rich table; paged
    when longer than the screen."""
    from . import views

    console = console or _console(opts)
    with reported("<stdout>"), views.paging(console, opts):
        if not views.show(console, frame, opts, view, notes):
            _print_rich(console, _compact(frame, view, opts, notes), opts, view, notes)


def _print_notes(notes: list[str]) -> None:
    width = _stderr_width()
    for note in notes:
        line = f"note: {clean_text(note)}"
        if width:
            # A terminal would break a long note mid-word; wrapped here, no word or number is ever split.
            line = textwrap.fill(line, width, subsequent_indent="  ", break_long_words=False,
                                 break_on_hyphens=False)
        # flush: an in-process caller (the test fixture) reads stderr interleaved with click's own lines.
        with reported("<stderr>"):
            print(line, file=sys.stderr, flush=True)
