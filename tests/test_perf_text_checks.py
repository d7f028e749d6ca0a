"""The quick text checks of the writers give the slow ones' verdicts: output.printable is str.isprintable, and
arrowtext._formula_first is the regular expression ``^[=+@\\t\\r-]`` over every value, whatever the text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from probstat.output import printable

#: Characters on each side of every edge: ASCII controls, space, tilde, DEL, the C1 controls, non-ASCII spaces and
#: separators, a bidirectional override, letters, an emoji, a lone surrogate, and the formula prefixes.
EDGES = ("a Z0~=+-@\t\r\n\x00\x01\x1b\x1f\x20\x21\x7e\x7f\x80\x9f\xa0\xa1\xad\u2028\u202e\u3000\u00e9\u4e2d"
         "\U0001f600\ud800")
TEXT = st.text(alphabet=st.sampled_from(EDGES), max_size=12)


@settings(max_examples=500, deadline=None)
@given(TEXT)
def test_printable_is_isprintable(text):
    assert printable(text) is text.isprintable()


@pytest.mark.parametrize("text, expected", [("", True), ("syn-000001,Good", True), ("a\x7fb", False),
                                            ("a\tb", False), ("~ ~", True), ("caf\u00e9", True),
                                            ("x\u202e", False), ("\x1f", False)])
def test_printable_by_hand(text, expected):
    assert printable(text) is expected


@settings(max_examples=300, deadline=None)
@given(st.lists(TEXT.filter(lambda t: "\ud800" not in t), max_size=8), st.integers(0, 3), st.integers(0, 3))
def test_formula_first_is_the_regular_expression(values, start, stop):
    pa = pytest.importorskip("pyarrow")
    import pyarrow.compute as pc

    from probstat.arrowtext import _formula_first

    array = pa.array(["=x", "", *values, "-"], type=pa.large_string())
    array = array.slice(start, max(len(array) - start - stop, 0))
    expected = bool(pc.any(pc.match_substring_regex(array, "^[=+@\\t\\r-]")).as_py())
    assert _formula_first(array) is expected


def test_formula_first_by_hand():
    pa = pytest.importorskip("pyarrow")
    from probstat.arrowtext import _formula_first

    assert _formula_first(pa.array(["a-b", "", "c=d"], type=pa.large_string())) is False
    assert _formula_first(pa.array(["a", "@b"], type=pa.large_string())) is True
    assert _formula_first(pa.array(["=a", "b"], type=pa.large_string()).slice(1)) is False
    assert _formula_first(pa.array(["", ""], type=pa.large_string())) is False
