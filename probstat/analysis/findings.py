"""validate's findings as arrays: each rule's warnings (the positions of its rows, its column, a message per row)
and the one table they make.

A million-row file can hold over a million findings. Each rule's are kept as arrays and the table is built once
at the end, each row's round and provider_id taken as the frame stores them (category codes, Arrow text), so
that no Python string is made per finding; bench/README.md (validate, round 12) has the figures.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import NamedTuple

import numpy as np
import pandas as pd


class Found(NamedTuple):
    """One rule's warnings: the rows at positions ``rows``, the rule's place among a row's findings (``order``),
    the column they are on and one message (a Python object) per row, or a function that words the messages
    of the findings at the positions it is given (None: every one)."""
    rows: np.ndarray
    order: int
    column: str
    message: np.ndarray | Callable[[np.ndarray | None], np.ndarray]


def found(rows, order: int, column: str, message) -> Found:
    """Warnings for the rows at positions ``rows``; ``message`` is one text, one per row, or a function that
    words those at given positions in ``rows`` (so that findings never listed are never worded)."""
    # Messages are Python objects from the start, as the finished table holds them: built as pandas' text
    # (Arrow, with pyarrow), the findings' sort took them and converted them back.
    rows = np.asarray(rows, dtype=np.int64)
    return Found(rows, order, column, message if callable(message) else objects(message, len(rows)))


def _layout(per_row: list[Found], after: list[Found]):
    """The table's order of the findings: per finding, its row, the rule it comes from (an index into ``every``)
    and its position among that rule's; with the rules' column names and each finding's name code."""
    rows = np.concatenate([np.zeros(0, dtype=np.int64), *(f.rows for f in per_row)])
    order = np.repeat([f.order for f in per_row], [len(f.rows) for f in per_row])
    sort = np.lexsort((order, rows))
    every = [*per_row, *after]
    sizes = [len(f.rows) for f in every]
    which = np.repeat(np.arange(len(every), dtype=np.intp), sizes)
    at = np.concatenate([np.zeros(0, dtype=np.int64), *(np.arange(n, dtype=np.int64) for n in sizes)])
    which[:len(sort)], at[:len(sort)] = which[:len(sort)][sort], at[:len(sort)][sort]
    rows = np.concatenate([rows[sort], *(f.rows for f in after)])
    # A rule's column is one name for all its findings: numbered per rule, each name typed as text once.
    names = list(dict.fromkeys(f.column for f in every))
    named = np.array([names.index(f.column) for f in every], dtype=np.intp)[which]
    return every, rows, which, at, names, named


def _table(every: list[Found], rows, which, at, names, named, frame: pd.DataFrame, *, whole: bool) -> pd.DataFrame:
    """The findings laid out by _layout as a table; with ``whole``, they are every finding of every rule."""
    messages = np.empty(len(rows), dtype=object)
    for i, f in enumerate(every):
        sel = np.flatnonzero(which == i)
        if len(sel):
            lazy = callable(f.message)
            # a rule's every message worded at once (per distinct key), or only those of the findings listed
            messages[sel] = (objects(f.message(at[sel]), len(sel)) if lazy and not whole
                             else (objects(f.message(None), len(f.rows)) if lazy else f.message)[at[sel]])
    return pd.DataFrame({"level": texts(["warning"], np.zeros(len(rows), dtype=np.intp)),
                         "round": values_at(frame["round"], rows),
                         "provider_id": values_at(frame["provider_id"], rows),
                         "column": texts(names, named), "message": pd.Series(messages, dtype=object, copy=False)},
                        copy=False)


def as_table(per_row: list[Found], after: list[Found], frame: pd.DataFrame) -> pd.DataFrame:
    """The findings as a table (level, round, provider_id, column, message): ``per_row``'s sorted by row and,
    within a row, by order (stable), then ``after``'s as they come."""
    # Sorted and joined as arrays: a frame per rule, concatenated and sorted, copied every column of a million
    # findings twice over.
    every, rows, which, at, names, named = _layout(per_row, after)
    return _table(every, rows, which, at, names, named, frame, whole=True)


def first_found(per_row: list[Found], after: list[Found], frame: pd.DataFrame,
                limit: int) -> tuple[pd.DataFrame, pd.Series]:
    """The rows of as_table's table that are among the first ``limit`` of their column (its rules are all
    warnings), in table order; and how many findings each column has, in order of first appearance. Only the
    findings kept are worded and looked up in ``frame``: a million-row file's million findings never are."""
    every, rows, which, at, names, named = _layout(per_row, after)
    by_name = np.argsort(named, kind="stable")
    counts = np.bincount(named, minlength=len(names))
    rank = np.empty(len(named), dtype=np.int64)
    rank[by_name] = np.arange(len(named)) - np.repeat(np.cumsum(counts) - counts, counts)
    kept = np.flatnonzero(rank < limit)
    table = _table(every, rows[kept], which[kept], at[kept], names, named[kept], frame, whole=False)
    appearing = pd.unique(named)
    return table, pd.Series(counts[appearing], index=[names[k] for k in appearing], dtype=np.int64)


def values_at(column: pd.Series, rows: np.ndarray) -> pd.Series:
    """The values at positions ``rows`` (in any order, repeated) as pandas' text, taken as stored: categories by
    their codes, Arrow text in Arrow. Any other column's values are taken as the objects they are."""
    if isinstance(column.dtype, pd.CategoricalDtype):
        return texts(column.cat.categories, column.cat.codes.to_numpy()[rows])
    if isinstance(column.dtype, pd.StringDtype):
        return pd.Series(column.array.take(rows), copy=False)
    return pd.Series(column.to_numpy(dtype=object)[rows], dtype=object, copy=False)


def texts(names, codes: np.ndarray) -> pd.Series:
    """``names[codes]`` as pandas' text (code -1: missing): each name typed once, then taken; a categorical typed
    as text makes a Python string of every value first."""
    return pd.Series(pd.array(list(names), dtype="str").take(codes, allow_fill=True), copy=False)


def objects(values, n: int) -> np.ndarray:
    """``values`` (one text, or one per finding) as an array of Python objects."""
    return np.full(n, values, dtype=object) if isinstance(values, str) else np.asarray(values, dtype=object)


def picked(column: pd.Series, rows: np.ndarray) -> np.ndarray:
    """The values at positions ``rows`` as an object array, converting only those."""
    return column.iloc[rows].to_numpy(dtype=object)


def off_band(column: pd.Series, rows: np.ndarray, bands: list, which: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Per row at positions ``rows``: is ``column``'s value other than ``bands[which]`` (one per row)? And the
    values where it is, as Python objects. A categorical is compared by its codes, so only those values are
    converted (a million-row file has half a million rows to compare, each converted from Arrow as picked does)."""
    if isinstance(column.dtype, pd.CategoricalDtype):
        code_of = {name: i for i, name in enumerate(column.cat.categories.tolist())}
        expected = np.array([code_of.get(band, -2) for band in bands], dtype=np.int64)[which]
        wrong = expected != column.cat.codes.to_numpy()[rows]
        return wrong, picked(column, rows[wrong])
    values = picked(column, rows)
    wrong = np.array(bands, dtype=object)[which] != values
    return wrong, values[wrong]
