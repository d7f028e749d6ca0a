"""Interpreting figure phrases as intervals. Expected bounds are worked out by hand from the rules."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from probstat.claims.quantifiers import CLOSENESS, QUALIFIER_RULES, RULES, Reading, interpret


def check(phrase: str, low: float, high: float, low_closed: bool, high_closed: bool, unit: str, rule: str,
          force: str | None = None) -> Reading:  # fmt: skip
    """Interpret ``phrase`` (with ``force`` as the unit argument) and compare with hand-worked bounds."""
    reading = interpret(phrase, unit=force)
    assert reading.low == pytest.approx(low)
    assert reading.high == pytest.approx(high)
    assert (reading.low_closed, reading.high_closed) == (low_closed, high_closed)
    assert (reading.unit, reading.rule) == (unit, rule)
    return reading


def test_closeness_is_ten_per_cent() -> None:
    assert CLOSENESS == 0.10


@pytest.mark.parametrize("rule", RULES, ids=lambda rule: rule.name)
def test_every_rule_example_reads_as_documented(rule) -> None:
    reading = interpret(rule.example)
    assert reading.rule == rule.name
    assert reading.describe() == rule.example_interval


def test_rule_names_are_unique_and_cover_the_qualifiers() -> None:
    names = [rule.name for rule in RULES]
    assert len(names) == len(set(names))
    assert set(QUALIFIER_RULES) <= set(names)


# -- number forms without qualifiers ---------------------------------------------------------------


def test_whole_counts_are_exact() -> None:
    check("28 probation services", 28, 28, True, True, "count", "exact count")
    check("six probation services", 6, 6, True, True, "count", "exact count")
    check("six", 6, 6, True, True, "count", "exact count")
    check("255,264", 255264, 255264, True, True, "count", "exact count")


def test_zero_is_exact() -> None:
    reading = check("zero", 0, 0, True, True, "count", "zero")
    assert reading.contains(0)
    assert not reading.contains(0.001)


def test_decimal_bare_number_uses_precision() -> None:
    check("16.7", 16.65, 16.75, True, False, "count", "bare number")
    check("16.7 months", 16.65, 16.75, True, False, "count", "bare number")


def test_forced_unit_applies_when_the_phrase_names_none() -> None:
    check("45", 44.5, 45.5, True, False, "percent", "bare number", force="percent")
    # a unit the phrase states beats the forced one
    check("45 per cent", 44.5, 45.5, True, False, "percent", "per cent", force="count")


@pytest.mark.parametrize("phrase", ["45 per cent", "45%", "45 percent", "45 Per Cent of cases"])
def test_per_cent_spellings(phrase: str) -> None:
    check(phrase, 44.5, 45.5, True, False, "percent", "per cent")


def test_decimal_per_cent() -> None:
    check("16.7 per cent", 16.65, 16.75, True, False, "percent", "per cent")


def test_percentage_points() -> None:
    check("25 percentage points", 24.5, 25.5, True, False, "points", "percentage points")


def test_out_of_forms() -> None:
    check("six out of 10", 55, 65, True, False, "percent", "out of")
    # 4.5/7 and 5.5/7 of 100
    check("five of the seven", 64.285714, 78.571429, True, False, "percent", "out of")
    check("one of the 21 CRCs", 2.380952, 7.142857, True, False, "percent", "out of")
    check("3 of 4", 62.5, 87.5, True, False, "percent", "out of")


def test_out_of_read_as_a_count() -> None:
    reading = check("five of the seven", 5, 5, True, True, "count", "out of", force="count")
    assert reading.value == 5


def test_one_in_n() -> None:
    reading = check("one in 20", 100 / 20.5, 100 / 19.5, True, True, "percent", "one in N")
    assert reading.value == pytest.approx(5)
    check("1 in 5", 100 / 5.5, 100 / 4.5, True, True, "percent", "one in N")
    check("one in five", 100 / 5.5, 100 / 4.5, True, True, "percent", "one in N")


@pytest.mark.parametrize(
    ("phrase", "share"),
    [("half", 50), ("a third", 100 / 3), ("two-thirds", 200 / 3), ("a quarter", 25),
     ("three-quarters", 75), ("a fifth", 20)],
)  # fmt: skip
def test_fraction_words(phrase: str, share: float) -> None:
    check(phrase, share - 2.5, share + 2.5, True, True, "percent", "fraction")


def test_scaled_forms_are_not_exact_counts() -> None:
    check("a quarter of a million", 225_000, 275_000, True, False, "count", "bare number")
    check("1.5 million", 1_450_000, 1_550_000, True, False, "count", "bare number")


def test_vague_plurals() -> None:
    check("hundreds", 200, 1000, True, False, "count", "vague plural")
    check("thousands", 2000, 1_000_000, True, False, "count", "vague plural")


# -- qualifiers ---------------------------------------------------------------------------------------


def test_nearly() -> None:
    check("nearly half", 45, 50, True, False, "percent", "nearly")
    check("nearly 6,000", 5400, 6000, True, False, "count", "nearly")
    check("almost a third", 30, 100 / 3, True, False, "percent", "nearly")


def test_over_is_a_lower_bound() -> None:
    # Literal truth decides (issue 24): "more than X" is true of anything above X, so the upper end is the
    # largest value the unit allows (100 for a share, none for a count). The old reading, (X, 1.1X], called
    # "more than 20,000" false of 28,819; what the words suggest is kept apart as suggested_high.
    check("over two-thirds", 200 / 3, 100, False, True, "percent", "over")
    big = check("more than a quarter of a million", 250_000, math.inf, False, False, "count", "over")
    assert big.suggested_high == pytest.approx(275_000)
    check("more than 50 cases", 50, math.inf, False, False, "count", "over")
    check("in excess of 4,000", 4000, math.inf, False, False, "count", "over")
    assert interpret("more than 20,000").contains(28_819)


def test_just_over_keeps_its_wording_interval() -> None:
    # issue 21: "'around', 'nearly', 'just over' keep their wording intervals": above X and not far above it,
    # (X, X(1 + CLOSENESS)] ("just over 60 per cent" of 90.5% was supported as a bare lower bound)
    check("just over half", 50, 55, False, True, "percent", "just over")
    check("slightly more than 30 per cent", 30, 33, False, True, "percent", "just over")
    check("just over 20,000", 20_000, 22_000, False, True, "count", "just over")
    assert not interpret("just over 60 per cent").contains(90.5)


def test_at_least_includes_its_bound() -> None:
    reading = check("at least 6", 6, math.inf, True, False, "count", "at least")
    assert reading.contains(6) and reading.suggested_high is None
    check("at least 80 per cent", 80, 100, True, True, "percent", "at least")


def test_only_bound_words_carry_a_suggestion() -> None:
    for phrase in ("nearly half", "around 6,000", "less than half", "up to 25 percentage points", "45 per cent"):
        assert interpret(phrase).suggested_high is None


def test_less_than() -> None:
    check("less than half", 0, 50, True, False, "percent", "less than")
    check("fewer than 40 cases", 0, 40, True, False, "count", "less than")
    check("under 10 per cent", 0, 10, True, False, "percent", "less than")


def test_up_to_is_a_maximum() -> None:
    # "up to X" says the figure is at most X (issue 24: `published` read it as (0, 25] and check-claims as
    # [24.5, 25.5); one reading now): [0, X], whatever the unit.
    check("up to 25 percentage points", 0, 25, True, True, "points", "up to")
    check("up to 28 services", 0, 28, True, True, "count", "up to")


def test_emphasis_words_keep_the_reading() -> None:
    check("just a third", 100 / 3 - 2.5, 100 / 3 + 2.5, True, True, "percent", "just")
    check("just one in 20", 100 / 20.5, 100 / 19.5, True, True, "percent", "just")
    check("only one of the 21", 50 / 21, 150 / 21, True, False, "percent", "just")
    check("a mere 12", 12, 12, True, True, "count", "just")


def test_around() -> None:
    check("around 6,000", 5400, 6600, True, True, "count", "around")
    check("about half", 45, 55, True, True, "percent", "around")
    check("approximately 300 people", 270, 330, True, True, "count", "around")


def test_value_is_the_face_value() -> None:
    assert interpret("nearly half").value == pytest.approx(50)
    assert interpret("six out of 10").value == pytest.approx(60)
    assert interpret("more than a quarter of a million").value == 250_000


# -- refusals -------------------------------------------------------------------------------------------


@pytest.mark.parametrize("phrase", ["", "nearly", "No", "a", "cases", "over the past", "over hundreds"])
def test_unreadable_phrases(phrase: str) -> None:
    with pytest.raises(ValueError):
        interpret(phrase)


@pytest.mark.parametrize(("phrase", "unit"), [("half", "count"), ("one in 20", "count"), ("45", "furlongs")])
def test_impossible_units(phrase: str, unit: str) -> None:
    with pytest.raises(ValueError):
        interpret(phrase, unit=unit)


def test_whole_refuses_trailing_words() -> None:
    with pytest.raises(ValueError):
        interpret("28 probation services", whole=True)
    assert interpret("45 per cent", whole=True).rule == "per cent"


# -- Reading methods --------------------------------------------------------------------------------------


def test_contains_respects_open_and_closed_ends() -> None:
    half_open = Reading(44.5, 45.5, True, False, "percent", "per cent", 45)
    assert half_open.contains(44.5)
    assert not half_open.contains(45.5)
    assert half_open.contains(45.49)
    assert not half_open.contains(44.49)
    open_closed = Reading(50, 55, False, True, "percent", "over", 50)
    assert not open_closed.contains(50)
    assert open_closed.contains(55)


def test_overlaps() -> None:
    nearly_half = interpret("nearly half")  # [45, 50)
    assert nearly_half.overlaps(interpret("45 per cent"))  # [44.5, 45.5)
    assert nearly_half.overlaps(interpret("50 per cent"))  # [49.5, 50.5) shares [49.5, 50)
    assert not nearly_half.overlaps(interpret("51 per cent"))  # [50.5, 51.5)
    assert not nearly_half.overlaps(interpret("44 per cent"))  # [43.5, 44.5)


def test_overlaps_at_touching_ends() -> None:
    left = Reading(0, 50, True, False, "percent", "less than", 50)
    assert not left.overlaps(Reading(50, 55, True, True, "percent", "just", 50))
    closed = Reading(0, 50, True, True, "percent", "x", 50)
    assert closed.overlaps(Reading(50, 55, True, True, "percent", "y", 50))
    assert not Reading(0, 50, True, True, "percent", "x", 50).overlaps(
        Reading(50, 55, False, True, "percent", "over", 50)
    )


def test_overlaps_refuses_mixed_units() -> None:
    with pytest.raises(ValueError):
        interpret("six").overlaps(interpret("six per cent"))


def test_describe() -> None:
    assert interpret("45 per cent").describe() == "[44.5, 45.5) per cent"
    assert interpret("over two-thirds").describe() == "(66.7, 100] per cent"
    assert interpret("more than 20,000").describe() == "(20000, no upper bound)"
    assert interpret("nearly 6,000").describe() == "[5400, 6000)"
    assert interpret("up to 25 percentage points").describe() == "[0, 25] percentage points"


# -- properties -------------------------------------------------------------------------------------------


@given(st.integers(min_value=0, max_value=100), st.sampled_from([" per cent", "%", " percent"]))
def test_integer_per_cent_contains_itself_with_width_one(n: int, suffix: str) -> None:
    reading = interpret(f"{n}{suffix}")
    assert reading.contains(n)
    assert reading.high - reading.low == pytest.approx(1)


@given(st.integers(min_value=2, max_value=1000))
def test_one_in_n_contains_the_rate(n: int) -> None:
    assert interpret(f"one in {n}").contains(100 / n)


@given(st.integers(min_value=1, max_value=10**6))
def test_nearly_excludes_the_face_value_and_over_excludes_it_too(n: int) -> None:
    assert not interpret(f"nearly {n:,}").contains(n)
    assert interpret(f"nearly {n:,}").contains(n * 0.95)
    assert not interpret(f"over {n:,}").contains(n)
    assert interpret(f"over {n:,}").contains(n * 1.05)
    assert interpret(f"over {n:,}").contains(n * 10)  # a bound: far above is still "over"
