"""caseloads' quick paths give what the plain ones give: a figure's text (caseloads._figure_text) is
common.qualified_text's, and a categorical text column (caseloads._text_column) is the column typed as its labels,
with pandas' text in Python objects and in Arrow."""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from probstat import schema
from probstat.analysis.caseloads import _figure_text, _text_column
from probstat.analysis.common import qualified_text

QUALIFIERS = st.sampled_from([None, *schema.QUALIFIERS, schema.FRACTION])
FIGURES = st.one_of(st.floats(allow_nan=True, allow_infinity=True), st.integers(0, 10**15).map(float),
                    st.integers(1, 12).flatmap(lambda d: st.integers(1, d).map(lambda n: 100 * n / d)))


@settings(max_examples=1000, deadline=None)
@given(FIGURES, QUALIFIERS)
def test_figure_text_is_qualified_text(value, qualifier):
    assert _outcome(_figure_text, value, qualifier) == _outcome(qualified_text, value, qualifier)


def _outcome(func, value, qualifier):
    """func's text, or the type of what it raised (an infinite fraction cannot be one, either way)."""
    try:
        return func(value, qualifier)
    except (OverflowError, ValueError) as exc:
        return type(exc)


@pytest.mark.parametrize("value, qualifier, text", [(17000.0, ">", ">17000"), (12.5, "~", "~12.5"),
                                                    (math.nan, ">", None), (250.0, None, "250"),
                                                    (100 * 2 / 3, schema.FRACTION, "2/3"),
                                                    (1e16, "", "10000000000000000")])
def test_figure_text_by_hand(value, qualifier, text):
    assert _figure_text(value, qualifier) == text


@settings(max_examples=200, deadline=None)
@given(st.lists(st.one_of(st.none(), st.sampled_from(["NPS", "CRC", "2018-19", "Good", "é"])), max_size=20),
       st.sampled_from(["python", "pyarrow"]))
def test_text_column_of_categories_is_the_column_typed_as_its_labels(values, storage):
    if storage == "pyarrow":
        pytest.importorskip("pyarrow")
    dtype = pd.StringDtype(storage, na_value=np.nan)
    column = pd.Series(pd.Categorical(values, categories=pd.Index(sorted({v for v in values if v} | {"unused"}),
                                                                   dtype=dtype)))
    got, expected = _text_column(column), column.astype(dtype).array
    assert got.dtype == expected.dtype
    assert got.equals(expected)
    assert [None if pd.isna(v) else v for v in got] == values
