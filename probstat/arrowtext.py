"""CSV and TSV rows of a large table joined by pyarrow's compute kernels, when pyarrow is installed.

The text is the same, byte for byte, as formats._joined_rows writes: each column's distinct cells are worded
in Python as ever (formats.column_words), but spreading them over a million rows, quoting the cells that need
it and joining the rows happen in Arrow, without a Python string per cell. A column of text that pandas holds
in Arrow (its ``str`` dtype with pyarrow) is used as it is when no cell needs changing (no control character,
no formula prefix with escaping on), instead of being converted to Python strings and back.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

#: Rows from which the Arrow path is taken: below it, importing the kernels costs more than they save.
MIN_ROWS = 10_000


def _available() -> bool:
    try:
        import pyarrow.compute  # noqa: F401
    except ImportError:
        return False
    return True


def _text_of(array) -> str:
    """Every value of a large_string ``array`` (no nulls) end to end, read from its buffer in one go."""
    offsets = np.frombuffer(array.buffers()[1], dtype=np.int64)
    start, end = int(offsets[array.offset]), int(offsets[array.offset + len(array)])
    return str(memoryview(array.buffers()[2])[start:end], "utf-8") if end > start else ""


def _arrow_words(column: pd.Series, escape: bool):
    """``column``'s cells as an Arrow large_string array, and all their text, when pandas holds the column as
    Arrow text whose values need no change; else None."""
    import pyarrow as pa
    import pyarrow.compute as pc

    from .formats import FORMULA_PREFIXES
    from .output import clean_text, printable

    if not (isinstance(column.dtype, pd.StringDtype) and column.dtype.storage == "pyarrow"):
        return None
    array = pc.fill_null(pa.array(column.array), "").cast(pa.large_string())
    array = array.combine_chunks() if isinstance(array, pa.ChunkedArray) else array
    text = _text_of(array)
    if not printable(text) and clean_text(text, keep_newlines=True) != text:
        return None
    # a formula prefix somewhere in the text: is it at the start of a value?
    if escape and any(p in text for p in FORMULA_PREFIXES) and _formula_first(array):
        return None
    return array, text


def _formula_first(array) -> bool:
    """Does a value of the large_string ``array`` (no nulls) start with a formula prefix (formats.FORMULA_PREFIXES,
    each one ASCII character)? Read off each value's first byte: the regular expression ``^[=+@\\t\\r-]`` over a
    million values cost 0.02-0.05 s a column, the bytes a tenth of that."""
    from .formats import FORMULA_PREFIXES

    offsets = np.frombuffer(array.buffers()[1], dtype=np.int64)[array.offset:array.offset + len(array) + 1]
    starts = offsets[:-1][offsets[1:] > offsets[:-1]]  # the first byte of each value that is not empty
    if not starts.size:
        return False
    first = np.frombuffer(array.buffers()[2], dtype=np.uint8)[starts]
    return bool(np.isin(first, np.frombuffer("".join(FORMULA_PREFIXES).encode("ascii"), dtype=np.uint8)).any())


def _cells(column: pd.Series, escape: bool):
    """``column``'s cells (as formats._column_cells words them) as an Arrow large_string array, and their text."""
    import pyarrow as pa

    from .formats import column_words

    found = _arrow_words(column, escape)
    if found is not None:
        return found
    if column.dtype == object:
        # An analysis's words as Python objects (a rating, 'same'): each distinct one worded as column_words words
        # it, then taken by code in Arrow; a million of them converted to Arrow one by one cost 0.18 s a column.
        codes, uniques = pd.factorize(column, use_na_sentinel=True)
        if len(uniques) * 4 <= len(column) and all(type(u) is str for u in uniques):
            words, order, text = column_words(pd.Series(list(uniques), dtype=object), escape)
            words = words if order is None else [words[k] for k in order]
            return _taken(words, codes), text
    words, codes, text = column_words(column, escape)
    if codes is None:
        return pa.array(words, type=pa.large_string()), text
    return _taken(words, codes), text


def _taken(words: list[str], codes) -> object:
    """``words[code]`` for each code (-1: "") as an Arrow large_string array."""
    import pyarrow as pa

    codes = np.asarray(codes)
    # code -1 (missing) takes the final ""
    index = np.where(codes < 0, len(words), codes) if (codes < 0).any() else codes
    return pa.array([*words, ""], type=pa.large_string()).take(pa.array(index))


def joined_rows(frame: pd.DataFrame, escape: bool, delimiter: str, head: str = "") -> str | None:
    """``head`` (the header line, or nothing), then the rows of ``frame`` (two or more columns) as
    formats._joined_rows writes them; or None where that path must write them: pyarrow missing, a small frame,
    or a cell holding a carriage return."""
    if len(frame) < MIN_ROWS or frame.shape[1] < 2 or not _available():
        return None
    import pyarrow as pa
    import pyarrow.compute as pc

    # csv.writer quotes a cell holding the delimiter, a quote or a newline (formats._joined_rows).
    special = "[" + ("\\t" if delimiter == "\t" else delimiter) + '"\\n]'
    quote, sep, empty = (pa.scalar(t, pa.large_string()) for t in ('"', delimiter, ""))
    columns = []
    for i in range(frame.shape[1]):
        cells, text = _cells(frame.iloc[:, i], escape)
        if "\r" in text:
            return None
        if delimiter in text or '"' in text or "\n" in text:
            needs = pc.match_substring_regex(cells, special)
            doubled = pc.replace_substring(cells, '"', '""')
            cells = pc.if_else(needs, pc.binary_join_element_wise(quote, doubled, quote, empty), cells)
        columns.append(cells)
    # Each row's line break joined to its last cell (one column), not to the joined rows (a second copy of the
    # whole text).
    columns[-1] = pc.binary_join_element_wise(columns[-1], pa.scalar("\n", pa.large_string()), empty)
    if head:
        # The header line put before the first row's first cell, so the text comes out whole: added to it
        # afterwards, the whole text was copied once more.
        columns[0] = pa.concat_arrays([pa.array([head + columns[0][0].as_py()], pa.large_string()),
                                       columns[0].slice(1)])
    return _text_of(pc.binary_join_element_wise(*columns, sep))
