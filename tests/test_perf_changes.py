"""changes looks each later row's provider up among the earlier rows by Arrow's hash join when the ids are Arrow
text: the same rows as a pandas Index of them, duplicates and missing ids included; and its notes name the same
providers as the lists of every one they were cut from."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from probstat.analysis.changes import _earlier_rows, changes

IDS = st.lists(st.sampled_from(["a", "b", "c", "d", "syn-1", "é"]), max_size=30)


def _walk(ids: list, first: np.ndarray, second: np.ndarray) -> list[int]:
    """Per row of ``second``: the first row of ``first`` (in its order) with the same id, else -1."""
    seen: dict = {}
    for p in first.tolist():
        seen.setdefault(ids[p], p)
    return [seen.get(ids[p], -1) for p in second.tolist()]


@settings(max_examples=300, deadline=None)
@given(IDS, st.data())
def test_earlier_rows_on_arrow_and_python_ids_are_the_first_row_of_each_id(ids, data):
    positions = st.lists(st.integers(0, max(len(ids) - 1, 0)), unique=True, max_size=len(ids)) if ids else st.just([])
    first = np.array(sorted(data.draw(positions)), dtype=np.intp)
    second = np.array(sorted(data.draw(positions)), dtype=np.intp)
    expected = _walk(ids, first, second)
    assert _earlier_rows(pd.Series(ids, dtype=object), first, second).tolist() == expected
    pytest.importorskip("pyarrow")
    arrow = pd.Series(ids, dtype=pd.StringDtype("pyarrow", na_value=np.nan))
    assert _earlier_rows(arrow, first, second).tolist() == expected


def test_earlier_rows_by_hand():
    ids = pd.Series(["x", "y", "x", "z", "y", "x"], dtype=object)
    # the earlier rows hold x twice: its first one (0) is the one compared
    assert _earlier_rows(ids, np.array([0, 1, 2]), np.array([3, 4, 5])).tolist() == [-1, 1, 0]
    assert _earlier_rows(ids, np.array([], dtype=np.intp), np.array([4, 5])).tolist() == [-1, -1]


@pytest.mark.parametrize("storage", ["python", "pyarrow"])
def test_notes_count_every_provider_and_name_the_first_twenty(storage):
    """Synthetic: 30 providers in 2019-20, 26 of them also in 2018-19 (4 not), overall known for only 3 of
    those, leadership known in both for 24 and no standard known for 2; rated shuffled."""
    if storage == "pyarrow":
        pytest.importorskip("pyarrow")
    order = np.random.default_rng(18).permutation(30)
    rows = [{"round": "2018-19", "provider_id": f"syn-{i:02d}", "provider": f"Synthetic {i}", "sector": "CRC",
             "overall": "Good" if i < 3 else None, "leadership": "Good" if i < 24 else None} for i in range(26)]
    rows += [{"round": "2019-20", "provider_id": f"syn-{i:02d}", "provider": f"Synthetic {i}", "sector": "CRC",
              "overall": "Good", "leadership": "Inadequate"} for i in order]
    frame = pd.DataFrame.from_records(rows)
    frame["provider_id"] = frame["provider_id"].astype(pd.StringDtype(storage, na_value=np.nan))
    notes = changes(frame, rounds=pd.DataFrame(columns=["round", "sector"])).attrs["notes"]
    later = [f"syn-{i:02d}" for i in order]
    gaps = [p for p in later if p < "syn-26" and p >= "syn-03"]
    assert f"overall rating not known in both rounds for: {', '.join(gaps[:20])} and 3 more" in notes
    assert (f"no standard rating known in both rounds, so standards could not be compared for: "
            f"{', '.join(p for p in later if 'syn-24' <= p < 'syn-26')}") in notes
    some = [f"{p} (1 of 10)" for p in later if p < "syn-24"]
    assert f"standards compared only where known in both rounds: {', '.join(some[:20])} and 4 more" in notes
    assert (f"inspected in 2019-20 with no 2018-19 row, so not compared: "
            f"{', '.join(p for p in later if p >= 'syn-26')}") in notes
