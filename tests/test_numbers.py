"""Reading written numbers: digits, words, fractions and scaled forms."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from probstat.claims.numbers import parse_number, precision, read_number

# The test's own spelling of 0..99, kept apart from the tables in the module under test.
SMALL = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
)  # fmt: skip
DECADES = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")


def spell(n: int, joiner: str) -> str:
    if n < 20:
        return SMALL[n]
    decade = DECADES[n // 10 - 2]
    return decade if n % 10 == 0 else f"{decade}{joiner}{SMALL[n % 10]}"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("255,264", 255264),
        ("6,000", 6000),
        ("16.7", 16.7),
        ("0", 0),
        ("1,234,567.25", 1234567.25),
        ("twenty-one", 21),
        ("forty two", 42),
        ("one hundred", 100),
        ("a hundred", 100),
        ("a thousand", 1000),
        ("one hundred and five", 105),
        ("three hundred and twenty-seven thousand", 327000),
        ("two million five hundred thousand", 2_500_000),
        ("1.5 million", 1_500_000),
        ("6 thousand", 6000),
        ("a quarter of a million", 250_000),
        ("half a million", 500_000),
        ("three-quarters of a million", 750_000),
        ("Twenty-One", 21),
        ("a dozen", 12),
        ("two dozen", 24),
        ("half a dozen", 6),
        ("a pair", 2),
        ("a trio", 3),
        ("a quartet", 4),
    ],
)
def test_parse_number_whole_numbers(text: str, expected: float) -> None:
    assert parse_number(text) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("half", 1 / 2),
        ("a half", 1 / 2),
        ("a third", 1 / 3),
        ("one third", 1 / 3),
        ("two-thirds", 2 / 3),
        ("two thirds", 2 / 3),
        ("a quarter", 1 / 4),
        ("three-quarters", 3 / 4),
        ("a fifth", 1 / 5),
        ("one tenth", 1 / 10),
    ],
)
def test_fraction_words_are_fractions_of_one(text: str, expected: float) -> None:
    assert parse_number(text) == pytest.approx(expected)


@pytest.mark.parametrize(
    "text",
    [
        "",
        "a",
        "an",
        "No",
        "none",
        "seven nine",  # two numbers, not one
        "twenty ten",
        "five twenty",
        "hundred",  # needs "a" or "one" in front
        "one hundred and",
        "third",  # an ordinal on its own
        "quarter",
        "half of the 21",
        "1,00",  # comma groups are three digits
        "2018-19",
        "one in five",  # a rate, read by quantifiers
        "zero zero",
        "a million thousand",
        "dozen",  # no count of dozens
        "seven nine dozen",
        "9" * 400,  # would overflow to infinity
    ],
)
def test_parse_number_refuses(text: str) -> None:
    with pytest.raises(ValueError):
        parse_number(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("45", 0.5),
        ("16.7", 0.05),
        ("6,000", 0.5),
        ("3.25", 0.005),
        ("six", 0.5),
        ("forty two", 0.5),
        ("six thousand", 0.5),
        ("1.5 million", 50_000),  # written to a tenth of a million
        ("two million", 500_000),
        ("half", 0.025),
        ("a quarter of a million", 25_000),
        ("a dozen", 1.5),  # said of 11 or 13 as well
    ],
)
def test_precision(text: str, expected: float) -> None:
    assert precision(text) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "kind"),
    [("45", "integer"), ("six", "integer"), ("16.7", "decimal"), ("two-thirds", "fraction"),
     ("1.5 million", "scaled"), ("half a million", "scaled")],
)  # fmt: skip
def test_read_number_kind(text: str, kind: str) -> None:
    assert read_number(text).kind == kind


@given(st.integers(min_value=0, max_value=10**7))
def test_comma_grouped_integers_round_trip(n: int) -> None:
    assert parse_number(f"{n:,}") == n


@given(st.integers(min_value=0, max_value=99), st.sampled_from(["-", " "]))
def test_number_words_up_to_99(n: int, joiner: str) -> None:
    assert parse_number(spell(n, joiner)) == n


def test_spell_helper_itself() -> None:
    assert [spell(n, "-") for n in (0, 13, 40, 99)] == ["zero", "thirteen", "forty", "ninety-nine"]
