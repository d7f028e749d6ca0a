"""league's note on contradictory providers names the same ids, and counts the same, whichever way the ids are
held (Arrow text, Python objects)."""

from __future__ import annotations

import heapq

import pandas as pd
from hypothesis import given, settings
from hypothesis import strategies as st

from probstat.analysis.common import NAMED_IN_NOTES
from probstat.analysis.league import _first_names

IDS = st.text(alphabet=st.sampled_from("ab-9\u00e9\u4e2d\U0001f600"), max_size=4)


@settings(max_examples=300, deadline=None)
@given(st.lists(IDS, max_size=60), st.lists(IDS, max_size=5))
def test_first_names_as_a_python_set_gives_them(ids, more):
    names = set(ids).union(more)
    expected = (heapq.nsmallest(NAMED_IN_NOTES, names), len(names))
    assert _first_names(pd.Series(ids, dtype="str"), more) == expected
    assert _first_names(pd.Series(ids, dtype=object), more) == expected
