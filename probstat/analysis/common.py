"""Small helpers the analyses share: round selection, qualified figures, notes."""

from __future__ import annotations

from fractions import Fraction

import numpy as np
import pandas as pd

from .. import schema
from ..errors import UnknownChoice, did_you_mean
from ..output import View


def select_round(frame: pd.DataFrame, round_: str | None) -> pd.DataFrame:
    """Rows of one round ('all' or None keeps every round); an unknown round is an error, not an empty table."""
    if round_ in (None, "all"):
        return frame
    rounds = sorted(frame["round"].unique())
    if round_ not in rounds:
        hint = did_you_mean(round_, rounds)
        raise UnknownChoice(f"no round {round_!r} in the data{hint}; rounds present: {', '.join(rounds)}")
    return frame[frame["round"] == round_]


_RATING_INDEX = {rating: i for i, rating in enumerate(schema.RATINGS)}


def rating_codes(values: pd.Series) -> np.ndarray:
    """Per value, the position of its rating in schema.RATINGS; -1 for anything else (missing included)."""
    # Worked out once per distinct value: a million-row column holds a handful, and comparing every cell with
    # every rating costs a string comparison each.
    codes, uniques = pd.factorize(values, use_na_sentinel=True)
    lookup = [_RATING_INDEX.get(u, -1) if isinstance(u, str) else -1 for u in uniques]
    return np.array([*lookup, -1], dtype=np.int8)[codes]  # code -1 (missing) takes the final -1


def with_view(frame: pd.DataFrame, view: View) -> pd.DataFrame:
    """Attach how the table should be shown (title, compact columns, chart); the renderer reads it."""
    frame.attrs["view"] = view
    return frame


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
