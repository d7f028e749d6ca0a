"""validate's key-question rule takes each row's lowest figure column by column (np.minimum keeps a NaN): the same
findings, rows and messages, as the figures stacked into rows x columns and reduced (the plain path, kept here),
on synthetic frames of random figures, qualifiers and ratings, held as floats, as text and as categories."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from probstat import schema
from probstat.analysis import consistency
from probstat.analysis.findings import picked

FIGURES = st.sampled_from([np.nan, 0.0, 12.5, 49.9, 50.0, 64.9, 65.0, 79.9, 80.0, 100.0, 33.3])
RATINGS = st.sampled_from([None, *schema.RATINGS, "n/a"])
QUALIFIERS = st.sampled_from(["", "", "", ">", "~", None])
N_KQ = len(schema.KQ_STANDARDS) * len(schema.KQ_ASPECTS)
N_STD = len(schema.KQ_STANDARDS)


def _plain(frame: pd.DataFrame) -> list[tuple[list[int], str, list[str]]]:
    """The rule as written before: the figures stacked, their NaNs and minimum found along each row."""
    out = []
    for code, std in schema.KQ_STANDARDS:
        cols = [f"kq{code}_{a}" for a in schema.KQ_ASPECTS]
        values = np.column_stack([consistency._numbers(frame[c]) for c in cols])
        exact = ~np.isnan(values).any(axis=1)
        for c in cols:
            exact &= frame[schema.qualifier_suffix(c)].eq("").to_numpy(dtype=bool)
        rows = np.flatnonzero(exact & consistency._is_text(frame[std]).to_numpy())
        lowest = values[rows].min(axis=1) if len(rows) else np.zeros(0)
        expected = np.array([schema.band_for_percentage(v) for v in lowest], dtype=object)
        rating = picked(frame[std], rows)
        wrong = expected != rating
        messages = [consistency._kq_message(r, v) for r, v in zip(rating[wrong], lowest[wrong], strict=True)]
        out.append((rows[wrong].tolist(), std, messages))
    return out


@settings(max_examples=150, deadline=None)
@given(st.integers(1, 25).flatmap(lambda n: st.tuples(
    st.lists(st.lists(FIGURES, min_size=n, max_size=n), min_size=N_KQ, max_size=N_KQ),
    st.lists(st.lists(QUALIFIERS, min_size=n, max_size=n), min_size=N_KQ, max_size=N_KQ),
    st.lists(st.lists(RATINGS, min_size=n, max_size=n), min_size=N_STD, max_size=N_STD))), st.booleans())
def test_key_question_findings_are_the_stacked_figures_findings(data, categories):
    figures, qualifiers, ratings = data
    columns = {}
    kq = [f"kq{code}_{a}" for code, _ in schema.KQ_STANDARDS for a in schema.KQ_ASPECTS]
    for j, col in enumerate(kq):
        columns[col] = pd.Series(figures[j], dtype="float64")
        columns[schema.qualifier_suffix(col)] = pd.Series(qualifiers[j], dtype=object)
    for k, (_, std) in enumerate(schema.KQ_STANDARDS):
        columns[std] = pd.Series(ratings[k], dtype=object)
    frame = pd.DataFrame(columns)
    if categories:
        frame = frame.astype({c: "category" for c in frame.columns if frame[c].dtype == object})
    got = [(f.rows.tolist(), f.column, list(f.message(None))) for f in consistency._key_question_findings(frame)]
    assert got == _plain(frame)


@pytest.mark.parametrize("categories", [False, True])
def test_off_band_by_hand(categories):
    from probstat.analysis.findings import off_band

    column = pd.Series(["Good", "Inadequate", None, "Good", "Outstanding"], dtype=object)
    if categories:
        column = column.astype("category")
    rows = np.array([0, 1, 3, 4])
    # bands: Good for rows 0 and 3, Inadequate for row 1, Requires improvement (no category) for row 4
    wrong, values = off_band(column, rows, ["Good", "Inadequate", "Requires improvement"], np.array([0, 1, 0, 2]))
    assert wrong.tolist() == [False, False, False, True]
    assert values.tolist() == ["Outstanding"] and values.dtype == object
