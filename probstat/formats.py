"""The text formats: every cell of csv, tsv, json, jsonl, markdown and tabulate output, formatted here.

Invariants: text from the data is data (control characters never reach the output raw: shown as ``\\x1b``
in text, escaped in JSON); csv and tsv follow RFC 4180, and a text cell a spreadsheet would run as a formula
gets a quote in front (``escape_formula``) unless the user turns that off; numbers keep full precision in
machine formats and take ``output.format_number`` in text tables.
"""

from __future__ import annotations

import csv
import io
import itertools
import json
import math
import numbers
import re
from collections.abc import Iterator

import numpy as np
import pandas as pd

from .output import OutputOptions, clean_text, format_for_file, format_number, printable

#: Text cells starting with these are read as formulas by spreadsheets (OWASP CSV injection).
FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r")
#: Characters JSON allows raw inside strings that terminals act on, or that break JavaScript: escaped in JSON.
#: Bidirectional controls and U+FFFE/U+FFFF too (see output.clean_text): escaped, so the value stays exact.
_JSON_RAW = re.compile("[\x7f-\x9f\u2028\u2029\u202a-\u202e\u2066-\u2069\ufffe\uffff]")
#: tabulate formats that write cells raw into a markup language a wiki or browser renders as HTML: their cells
#: are HTML-escaped, so a '<script>' from the data stays text ('html' escapes by itself; 'unsafehtml' is
#: escaped here, as its name warns it is not).
_MARKUP_FORMATS = frozenset({"jira", "mediawiki", "moinmoin", "textile", "unsafehtml", "youtrack"})


def is_missing(value) -> bool:
    if value is None or value is pd.NA or value is pd.NaT:
        return True
    return isinstance(value, float) and math.isnan(value)


def cell_text(value) -> str:
    """A cell as shown in a text table: formatted numbers, yes/no, controls shown as escapes."""
    if is_missing(value):
        return ""
    if isinstance(value, bool):
        return "yes" if value else "no"
    if isinstance(value, numbers.Real) and not isinstance(value, numbers.Integral):
        return format_number(float(value))
    return clean_text(str(value))


def _machine_value(value):
    """A JSON-ready value: None for missing, ints for whole-number counts, floats untouched."""
    if is_missing(value):
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
    if is_missing(value):
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
    if not printable(text) and clean_text(text, keep_newlines=True) != text:
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
    words, codes, text = column_words(column, escape)
    return (words if codes is None else np.array([*words, ""], dtype=object)[codes].tolist()), text


def column_words(column: pd.Series, escape: bool) -> tuple[list[str], np.ndarray | None, str]:
    """The cells of ``column`` as _column_cells gives them, before they are spread over the rows: the words,
    each row's code into them (-1 for a missing value, whose cell is empty) or None when there is a word per
    row, and the text _column_cells gives."""
    if isinstance(column.dtype, pd.CategoricalDtype):
        # worded once per category and spread by code
        words, text = _column_cells(pd.Series(column.cat.categories.to_numpy(dtype=object)), escape)
        return words, column.cat.codes.to_numpy(), text
    plain = _plain_text_cells(column, escape)
    if plain is not None:
        return plain[0], None, plain[1]
    if (column.dtype == object or isinstance(column.dtype, pd.StringDtype)
            or pd.api.types.is_numeric_dtype(column.dtype)):
        try:
            codes, uniques = pd.factorize(column, use_na_sentinel=True)
        except TypeError:  # unhashable values: cell by cell
            cells = [_delimited_cell(v, escape) for v in column]
            return cells, None, "".join(cells)
        # Equal values of different types (1, 1.0, True) share a code but not a text: only a column of one
        # kind of value is worded per distinct value.
        if isinstance(column.dtype, pd.StringDtype) or (column.dtype == object and {type(u) for u in uniques} <= {str}):
            # text only: _delimited_cell reduced to its text branch, for columns of a million distinct names
            texts = [clean_text(u, keep_newlines=True) for u in uniques]
            words = [escape_formula(t) for t in texts] if escape else texts
            return words, codes, "".join(words)
        if isinstance(column.dtype, np.dtype) and column.dtype.kind in "fiu":
            # a NumPy number's words as _delimited_cell gives them, without its checks of each value's type
            texts = ([str(u) for u in uniques.tolist()] if column.dtype.kind != "f" else
                     ["" if not math.isfinite(u) else str(int(u)) if u.is_integer() else repr(u)
                      for u in uniques.tolist()])
            return texts, codes, "".join(texts)
        if column.dtype != object:
            texts = [_delimited_cell(u, escape) for u in uniques]
            return texts, codes, "".join(texts)
    # the values itertuples would give, so cells read exactly as they always did
    cells = [_delimited_cell(v, escape) for v in column]
    return cells, None, "".join(cells)


def _delimited(frame: pd.DataFrame, opts: OutputOptions, delimiter: str) -> str:
    buf = io.StringIO()
    writer = csv.writer(buf, delimiter=delimiter, lineterminator="\n")
    # Python's csv writer quotes a field holding "\n" (the line terminator) but not one holding a bare "\r",
    # which every reader takes for a line break: rows with one are written with every field quoted.
    quoting_writer = csv.writer(buf, delimiter=delimiter, lineterminator="\n", quoting=csv.QUOTE_ALL)
    if opts.headers:
        writer.writerow([clean_text(str(c), keep_newlines=True) for c in frame.columns])
    # A large table's rows are joined in Arrow when pyarrow is installed: the same text without a Python string
    # per cell.
    from .arrowtext import joined_rows

    if (text := joined_rows(frame, opts.escape_formulas, delimiter, head=buf.getvalue())) is not None:
        return text  # not written into buf: a StringIO copies a large text out slowly
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
    only such cells (in the columns ``quoting`` marks) are quoted, as the writer quotes them; the rest are joined
    as they are."""
    special = re.compile(f'[{re.escape(delimiter)}"\n]')
    cells = []
    for column, some_quoted in zip(columns, quoting, strict=True):
        if some_quoted:
            # such a cell as csv.writer writes it (double quotes, each quote in it doubled; no escape character),
            # as arrowtext.joined_rows does too: a writer's row per cell took 2-3 us, and a long text's report has
            # tens of thousands of sentences with a comma
            column = ['"' + c.replace('"', '""') + '"' if special.search(c) else c for c in column]
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
            if not printable(text) and clean_text(text) != text:
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

    rows = [[cell_text(v) for v in row] for row in frame.itertuples(index=False, name=None)]
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
