"""One renderer for every command: a rich table on a terminal, CSV in a pipe, or the format asked for.

It chooses the format and where each part goes; formats.py writes the cells of each text format, charts.py
the bars under a terminal table, writing.py the bytes. It never computes. Notes an analysis attaches in
``frame.attrs['notes']`` go to stderr, so stdout stays pure data. Invariants:

* text from the data is data: it is never read as rich markup, and control characters (C0, DEL, C1) never
  reach the output raw;
* a terminal table never breaks a number, id or word across lines: columns that do not fit are left out,
  with a note saying so;
* every failure to write (stdout, a file) is an OutputError, so the CLI exits 3 with one line.
"""

from __future__ import annotations

import io
import os
import re
import shutil
import sys
import textwrap

import numpy as np
import pandas as pd

from .charts import chart_text
from .errors import OutputError
from .formats import cell_text, escape_formula, resolve_format, text_lines, to_text
from .output import FORMATS, NOTES_SIDECAR, OutputOptions, View, clean_text, format_number
from .writing import reported, write_file, write_stdout

__all__ = ["FORMATS", "OutputOptions", "render", "to_text", "text_lines", "format_number", "escape_formula",
           "clean_text", "resolve_format"]
#: Terminal width the exports (and any non-terminal rich console) are laid out for.
EXPORT_WIDTH = 120
#: The most table cells an SVG or HTML export draws: rich lays out and styles every cell, about a millisecond a
#: row, so 35,000 rows took a minute and made a 230 MB image. Larger tables go to -o as data instead.
EXPORT_CELLS = 40_000


# --- the terminal table -------------------------------------------------------------------------------------

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
    cells = [[show(cell_text(v)) for v in row] for row in frame.itertuples(index=False, name=None)]
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
        bars = chart_text(console, frame, view.chart)
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
    from . import pager, views

    console = console or _console(opts)
    with reported("<stdout>"), pager.paging(console, opts):
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
