"""tools/score_reporting.py: how a gold sentence finds its output rows and its verdict, on both output shapes.

The tables here are synthetic (made up for the test), shaped like `check_text` output before and after
issue 21's `sentence` and `sentence_verdict` columns.
"""

from __future__ import annotations

import sys
from pathlib import Path

import pandas as pd

sys.path.insert(0, str(Path(__file__).parent.parent / "tools"))

from score_reporting import _rows_for, _sentence_span, sentence_verdict  # noqa: E402

LINE = "It was rated Good. Nearly 4,000 people are supervised. \"It is fine,\" she said."


def test_sentence_span_picks_the_sentence_holding_the_anchor():
    start, end = _sentence_span(LINE, "Nearly 4,000")
    assert LINE[start:end] == "Nearly 4,000 people are supervised."
    start, end = _sentence_span(LINE, "rated Good")
    assert LINE[start:end] == "It was rated Good."
    start, end = _sentence_span(LINE, "she said")
    assert LINE[start:end] == "\"It is fine,\" she said."


def test_old_output_matches_rows_whose_phrase_lies_in_the_sentence():
    table = pd.DataFrame({"line": [1, 1, 2], "phrase": ["rated Good", "Nearly 4,000", "Nearly 4,000"],
                          "verdict": ["supported", "contradicted", "supported"]})
    rows = _rows_for(table, [LINE, LINE], 1, "people are supervised")
    assert list(rows["phrase"]) == ["Nearly 4,000"]
    assert sentence_verdict(rows) == "contradicted"
    assert sentence_verdict(_rows_for(table, [LINE, LINE], 1, "she said")) == "not a claim"


def test_old_output_derives_the_sentence_verdict():
    def verdict(*vs):
        return sentence_verdict(pd.DataFrame({"verdict": list(vs)}))

    assert verdict("supported", "contradicted") == "contradicted"
    assert verdict("unverifiable", "supported") == "supported"
    assert verdict("unverifiable", "not a claim") == "unverifiable"


def test_new_output_matches_on_sentence_and_takes_its_verdict():
    table = pd.DataFrame({"line": [1, 1], "sentence": ["It was rated Good.", "Nearly 4,000 people are supervised."],
                          "phrase": ["rated Good", "Nearly 4,000"], "verdict": ["supported", "supported"],
                          "sentence_verdict": ["supported", "partly checked"]})
    rows = _rows_for(table, [LINE], 1, "people are supervised")
    assert sentence_verdict(rows) == "partly checked"
