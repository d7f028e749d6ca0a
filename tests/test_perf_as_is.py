"""arrowcsv.as_is reads its verdict off the values' bytes where it can: the same verdict as pyarrow's regular
expressions (arrowcsv._matches) for every column, whatever its values, chunks and string type."""

from __future__ import annotations

import pytest

pa = pytest.importorskip("pyarrow")

import pandas as pd  # noqa: E402
from hypothesis import given, settings  # noqa: E402
from hypothesis import strategies as st  # noqa: E402

from probstat import arrowcsv  # noqa: E402

#: Characters near every edge the byte check draws: slug characters, ASCII and non-ASCII spaces, their
#: neighbours, and characters whose UTF-8 shares a lead byte with a space.
EDGES = ("az09-_A. \t\n\r\x0b\x0c\x1b\x1c\x1f\x20\x21\x84\x85\x86\x9f\xa0\xa1\u167f\u1680\u1681\u1fff\u2000\u200a"
         "\u200b\u2027\u2028\u2029\u202e\u202f\u205f\u2060\u2fff\u3000\u3001\u00e9\u4e2d\U0001f600")
VALUES = st.text(alphabet=st.sampled_from(EDGES), max_size=6)


@settings(max_examples=400, deadline=None)
@given(st.lists(st.lists(VALUES, max_size=5), min_size=1, max_size=3), st.sampled_from(["id", "text"]),
       st.booleans(), st.integers(0, 2))
def test_bytes_give_the_regular_expressions_verdict(chunks, kind, large, sliced):
    kind_type = pa.large_string() if large else pa.string()
    arrays = [pa.array(["x", "y", *values][sliced:], type=kind_type).slice(min(sliced, 2)) for values in chunks]
    chunked = pa.chunked_array(arrays, type=kind_type)
    expected = arrowcsv._matches(chunked, kind)
    for chunk in chunked.chunks:
        verdict = arrowcsv._bytes_verdict(chunk, kind)
        assert verdict is None or verdict == arrowcsv._matches(chunk, kind)
    column = pd.Series(pd.arrays.ArrowStringArray(chunked.cast(pa.large_string())), dtype="str")
    if column.dtype.storage == "pyarrow":
        assert arrowcsv.as_is(column, kind) == expected


def test_a_column_of_plain_ids_and_names_is_decided_by_its_bytes():
    ids = pa.array([f"unit-{i:04d}" for i in range(1000)], type=pa.large_string())
    names = pa.array([f"Unit {i}, the north" for i in range(1000)], type=pa.large_string())
    assert arrowcsv._bytes_verdict(ids, "id") is True
    assert arrowcsv._bytes_verdict(names, "text") is True
    assert arrowcsv._bytes_verdict(pa.array(["a ", "b"]), "text") is False
    assert arrowcsv._bytes_verdict(pa.array(["-a"]), "id") is False
    assert arrowcsv._bytes_verdict(pa.array(["caf\u00e9"]), "text") is None
