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


def test_round_notes_are_the_same_with_rounds_as_categories_and_as_text():
    """league tells each round's stretch of its table apart by category code when the rounds are categories:
    the same notes (each round's, none for rows without a round) as with the rounds as text. Synthetic rows."""
    import numpy as np

    from probstat import schema
    from probstat.analysis.league import league

    rng = np.random.default_rng(18)
    ratings = [*schema.RATINGS, None]
    rows = [{"round": rnd, "provider_id": f"syn-{i:03d}", "provider": f"Synthetic {i}",
             "sector": schema.SECTORS[i % 2], "overall": ratings[rng.integers(0, 5)],
             **{c: ratings[rng.integers(0, 5)] for c in schema.STANDARD_COLUMNS}}
            for i, rnd in enumerate(["2019-20", "2018-19", None, "2020-21"] * 15)]
    text = pd.DataFrame.from_records(rows)
    as_categories = text.astype({c: "category" for c in ("round", "sector", "overall", *schema.STANDARD_COLUMNS)})
    expected = league(text, round_="all").attrs["notes"]
    assert league(as_categories, round_="all").attrs["notes"] == expected
    assert sum(note.startswith("2020-21: ") for note in expected) >= 2
