"""A large table's CSV and TSV rows joined in Arrow are the text the Python path writes.

The rows are synthetic (made up to hold every kind of cell that is quoted, escaped or left as it is); the
expected lines are written out by hand from RFC 4180 and the formula rule, and repeated to pass
arrowtext.MIN_ROWS.
"""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from probstat import arrowtext
from probstat.formats import to_text
from probstat.output import OutputOptions

REPEAT = arrowtext.MIN_ROWS // 4 + 1


def _frame(storage: str) -> pd.DataFrame:
    text = pd.StringDtype(storage, na_value=np.nan)
    rows = pd.DataFrame({
        "name": pd.array(["Plain", 'Say "hi"', "a,b", None], dtype=text),
        "id": pd.array(["x-1", "=SUM(A1)", "-3", "y"], dtype=text),
        "rating": pd.Categorical(["Good", None, "Good", "Inadequate"]),
        "count": pd.array([3, None, 0, 12], dtype="Int64"),
        "share": [0.5, np.nan, 12.25, 3.0],
        "flag": [True, False, True, False],
    })
    return pd.concat([rows] * REPEAT, ignore_index=True)


EXPECTED_ROWS = [
    "Plain,x-1,Good,3,0.5,True",
    "\"Say \"\"hi\"\"\",'=SUM(A1),,,,False",
    "\"a,b\",'-3,Good,0,12.25,True",
    ",y,Inadequate,12,3,False",
]


@pytest.mark.parametrize("storage", ["python", "pyarrow"])
def test_large_csv_is_the_same_text_with_and_without_arrow(storage):
    pytest.importorskip("pyarrow")
    frame = _frame(storage)
    expected = "name,id,rating,count,share,flag\n" + "\n".join(EXPECTED_ROWS * REPEAT) + "\n"
    assert to_text(frame, OutputOptions(format="csv")) == expected


def test_large_tsv_unescaped():
    pytest.importorskip("pyarrow")
    frame = _frame("pyarrow")
    rows = ["Plain\tx-1\tGood\t3\t0.5\tTrue",
            "\"Say \"\"hi\"\"\"\t=SUM(A1)\t\t\t\tFalse",
            "a,b\t-3\tGood\t0\t12.25\tTrue",
            "\ty\tInadequate\t12\t3\tFalse"]
    text = to_text(frame, OutputOptions(format="tsv", escape_formulas=False, headers=False))
    assert text == "\n".join(rows * REPEAT) + "\n"


def test_a_carriage_return_leaves_the_rows_to_the_python_writer():
    pytest.importorskip("pyarrow")
    frame = pd.DataFrame({"a": pd.array(["x\ry"] * arrowtext.MIN_ROWS, dtype="str"), "b": 1})
    assert arrowtext.joined_rows(frame, True, ",") is None
    assert to_text(frame, OutputOptions(format="csv")).split("\n")[1] == '"x\ry","1"'


@pytest.mark.parametrize("escape", [True, False])
@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_object_words_taken_by_code_are_the_python_writers_cells(escape, fmt):
    # Python strings with a few distinct values (as an analysis's words come) are worded once each and taken by
    # code in Arrow: the same text as the Python writer gives, whatever the words hold. Synthetic words.
    pytest.importorskip("pyarrow")
    from unittest import mock

    rng = np.random.default_rng(16)
    for words in (["Good", "same", None, "a,b", 'q"q'], ["=SUM(A1)", "ok", np.nan], ["x\x1by", "l\nm", "plain"],
                  ["+1", "-", "@", "\tt", "fine"]):
        picks = rng.integers(0, len(words), 4 * arrowtext.MIN_ROWS)
        frame = pd.DataFrame({"word": pd.Series([words[k] for k in picks], dtype=object), "n": picks})
        assert arrowtext.joined_rows(frame, escape, "," if fmt == "csv" else "\t") is not None
        opts = OutputOptions(format=fmt, escape_formulas=escape)
        with mock.patch.object(arrowtext, "_available", lambda: False):
            python = to_text(frame, opts)
        assert to_text(frame, opts) == python
