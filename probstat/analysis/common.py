"""Small helpers the analyses share: round selection, qualified figures, notes."""

from __future__ import annotations

from fractions import Fraction

import numpy as np
import pandas as pd

from .. import schema
from ..errors import UnknownChoice, did_you_mean, excerpt
from ..output import View


def select_round(frame: pd.DataFrame, round_: str | None) -> pd.DataFrame:
    """Rows of one round ('all' or None keeps every round); an unknown round is an error, not an empty table."""
    if round_ in (None, "all"):
        return frame
    rounds = sorted(frame["round"].unique())
    if round_ not in rounds:
        hint = did_you_mean(round_, rounds)
        present = ", ".join(excerpt(r, quote=False) for r in rounds[:20])
        raise UnknownChoice(f"no round {excerpt(round_)} in the data{hint}; rounds present: {present}")
    chosen = equal_to(frame["round"], round_)
    if chosen.all():
        # Every row is the round's (an analysis handed rows already selected, as check-claims' metrics do):
        # selecting them again would copy every column; a shallow copy shares them, as the selection's values.
        return frame.copy(deep=False)
    return frame[chosen]


def rating_codes(values: pd.Series) -> np.ndarray:
    """Per value, the position of its rating in schema.RATINGS; -1 for anything else (missing included)."""
    # One hash lookup a value, rather than a string comparison with each rating (a million rows, 12 columns);
    # for categories (as loaded), one a category.
    if isinstance(values.dtype, pd.CategoricalDtype):
        by_code = np.append(pd.Index(schema.RATINGS).get_indexer(values.cat.categories), -1).astype(np.int8)
        return by_code[values.cat.codes.to_numpy()]  # code -1 (missing) takes the final -1
    return pd.Index(schema.RATINGS).get_indexer(values).astype(np.int8)


def equal_to(values: pd.Series, value: str) -> np.ndarray:
    """``values.eq(value).to_numpy(dtype=bool)`` (missing is never equal). Text held as Python objects is compared
    by NumPy: pandas' comparison costs some 0.05-0.1 ms however few the rows, and an analysis of a small file
    makes dozens. Categories (a comparison of integer codes) and Arrow text (which would be converted) keep
    pandas' own."""
    if python_text(values):
        return values.to_numpy(dtype=object, na_value=None) == value
    return values.eq(value).to_numpy(dtype=bool)


def python_text(values: pd.Series) -> bool:
    """Whether ``values`` are held as Python objects (object, or text of Python storage), so that NumPy compares
    them as they are."""
    return values.dtype == object or getattr(values.dtype, "storage", None) == "python"


def sector_masks(rows: pd.DataFrame, sectors: tuple[str, ...] = schema.SECTORS) -> dict[str, np.ndarray]:
    """Per sector (schema.SECTORS order, or ``sectors``, e.g. schema.ALL_SECTORS for the later unit types too), a
    boolean mask of the rows in it; on categories (as loaded from a large file) each is one comparison of
    integer codes."""
    column = rows["sector"]
    if python_text(column):
        values = column.to_numpy(dtype=object, na_value=None)  # once for every sector
        return {s: values == s for s in sectors}
    return {s: equal_to(column, s) for s in sectors}


#: A standard's code (its rating's position in schema.RATINGS; one past them when it applies but is not known to be
#: rated; -1 when it does not apply, which takes the final 0) as a count of one, packed 4 bits per code.
_PACK = np.array([1 << 4 * k for k in range(len(schema.RATINGS) + 1)] + [0], dtype=np.int64)


def packed_tally(frame: pd.DataFrame) -> np.ndarray:
    """consistency.rating_tally's counts, packed as _PACK sets out (no sector has 16 standards): one integer a
    row, so that equal tallies are found by hashing. The standards that apply to the same sectors are added up
    first and the rows outside those sectors then cleared, once per set of sectors rather than once per
    standard: a rows x standards table of codes compared with each rating touched ten times the memory, and
    the codes worked out and masked per standard cost twice this (0.17 -> 0.08 s at 10^6 rows)."""
    applies = sector_masks(frame)  # once per sector
    sums: dict[tuple[str, ...], np.ndarray] = {}
    for std in schema.STANDARDS:
        counted = _counted(frame[std.column]) if std.column in frame else np.full(len(frame), _UNKNOWN)
        if std.sectors in sums:
            sums[std.sectors] += counted
        else:
            sums[std.sectors] = counted.astype(np.int64, copy=True)
    packed = np.zeros(len(frame), dtype=np.int64)
    for sectors, total in sums.items():
        packed += np.where(np.logical_or.reduce([applies[s] for s in sectors]), total, 0)
    return packed


#: _PACK's count of one standard not known to be rated.
_UNKNOWN = _PACK[len(schema.RATINGS)]


def _counted(values: pd.Series) -> np.ndarray:
    """Per value, _PACK's count of one standard at its rating, or of one not known to be rated (anything else,
    missing included); for categories, worked out once a category."""
    if isinstance(values.dtype, pd.CategoricalDtype):
        by_code = np.append(pd.Index(schema.RATINGS).get_indexer(values.cat.categories), -1)
        return np.where(by_code >= 0, _PACK[by_code], _UNKNOWN)[values.cat.codes.to_numpy()]
    codes = rating_codes(values)
    return np.where(codes >= 0, _PACK[codes], _UNKNOWN)


def unpacked_tally(packed: np.ndarray) -> np.ndarray:
    """The counts packed_tally packed (rows x ratings, then the unknown count)."""
    return (packed[:, None] >> (4 * np.arange(len(_PACK) - 1))) & 15


def exact_figures(values: pd.Series, qualifiers: pd.Series) -> pd.Series:
    """Per row: is the figure known and stated exactly? Its qualifier is '' as loaded, and may be missing in a
    frame built by hand; on categories (as loaded from a large file) this compares codes, not strings."""
    return values.notna() & (qualifiers.isna() | qualifiers.eq("")).to_numpy(dtype=bool)


def records_table(records: list[dict], columns: tuple[str, ...] | list[str], *, ints: tuple[str, ...] = (),
                  floats: tuple[str, ...] = ()) -> pd.DataFrame:
    """``pd.DataFrame.from_records(records, columns=columns)`` with ``ints`` as Int64 and ``floats`` as float64
    (None missing in both); every record holds every column. Each column is built once from its values:
    converting the inferred columns one at a time afterwards cost 0.1-0.2 ms a column, three quarters of a gap
    table's 4 ms."""
    typed = {**dict.fromkeys(ints, "Int64"), **dict.fromkeys(floats, "float")}
    if not records:  # no values to infer from: from_records' empty columns are object, a dict's of lists float
        return pd.DataFrame.from_records(records, columns=list(columns)).astype(typed)
    out = {}
    for column in columns:
        values = [r[column] for r in records]
        kind = typed.get(column)
        out[column] = (values if kind is None else pd.array(values, dtype="Int64") if kind == "Int64"
                       else np.array(values, dtype=float))
    return pd.DataFrame(out, columns=list(columns))


def with_view(frame: pd.DataFrame, view: View) -> pd.DataFrame:
    """Attach how the table should be shown (title, compact columns, chart); the renderer reads it."""
    frame.attrs["view"] = view
    return frame


#: How many providers a note names before it only counts the rest (a million-row file would name them all).
NAMED_IN_NOTES = 20


def listed(items: list[str], total: int | None = None) -> str:
    """The first NAMED_IN_NOTES of ``items``, then how many more; ``total`` is how many there are in all when
    ``items`` holds only the first ones."""
    total = len(items) if total is None else total
    shown = ", ".join(items[:NAMED_IN_NOTES])
    return shown if total <= NAMED_IN_NOTES else f"{shown} and {total - NAMED_IN_NOTES} more"


def add_note(frame: pd.DataFrame, note: str) -> pd.DataFrame:
    """Attach a message for stderr to a result table (the renderer prints it; analyses never print)."""
    frame.attrs.setdefault("notes", []).append(note)
    return frame


def qualified_text(value: float, qualifier: str | None) -> str | None:
    """A qualified figure as written in the data, e.g. '>17000'; None when unknown."""
    if value is None or pd.isna(value):
        return None
    if qualifier == schema.FRACTION:  # stored as N/D: give the fraction back as written
        frac = Fraction(float(value) / 100).limit_denominator(12)
        return f"{frac.numerator}/{frac.denominator}"
    number = f"{int(value)}" if float(value).is_integer() else f"{value}"
    return f"{qualifier or ''}{number}"


def bounds(value: float, qualifier: str | None) -> tuple[float, float]:
    """The interval a qualified figure stands for, from schema.QUALIFIERS (upper may be inf); a fraction N/D
    stands for its share plus or minus schema.FRACTION_TOLERANCE, as the claims table reads fraction words."""
    if qualifier == schema.FRACTION:
        return schema.fraction_bounds(value)
    _, low, high = schema.QUALIFIERS[qualifier or ""]
    return value * low, value * high
