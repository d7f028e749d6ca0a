"""Finding figures in prose. Expected phrases and bounds are worked out by hand."""

from __future__ import annotations

import math

import pytest
from hypothesis import given
from hypothesis import strategies as st

from probstat.claims.extract import NumericExpression, find_numeric_expressions

# Synthetic text in our own words carrying the release's figure phrases.
FIXTURE = (
    "Over 2018-19 inspectors visited 28 probation services: 21 CRCs and seven NPS divisions, over the past "
    "12 months, reading nearly 6,000 cases. They rated zero services Outstanding, six Good (five NPS "
    "divisions and one CRC), 21 Requires improvement (19 CRCs and two NPS divisions) and one Inadequate. "
    "Five of the seven NPS divisions were Good but only one of the 21 CRCs. Over two-thirds of CRC staff "
    "held more than 50 cases, against just one in 20 in the NPS. Less than half of responsible officers "
    "found workloads reasonable. Scores were up to 25 percentage points lower. Risk was not assessed well "
    "in nearly half (45 per cent) of cases, and public safety was missed in six out of 10 cases (59 per "
    "cent). Just a third (32 per cent) of needed home visits happened. More than a quarter of a million "
    "people are supervised; the exact figure is 255,264. The summary was published on 10 October 2019 "
    "00.01; call 07889 405930."
)

EXPECTED_PHRASES = [
    ("2018-19", "year-range"),
    ("28", "quantity"),
    ("21", "quantity"),
    ("seven", "quantity"),
    ("12", "quantity"),
    ("nearly 6,000", "quantity"),
    ("zero", "quantity"),
    ("six", "quantity"),
    ("five", "quantity"),
    ("one", "quantity"),
    ("21", "quantity"),
    ("19", "quantity"),
    ("two", "quantity"),
    ("one", "quantity"),
    ("Five of the seven", "quantity"),
    ("only one of the 21", "quantity"),
    ("Over two-thirds", "quantity"),
    ("more than 50", "quantity"),
    ("just one in 20", "quantity"),
    ("Less than half", "quantity"),
    ("up to 25 percentage points", "quantity"),
    ("nearly half", "quantity"),
    ("45 per cent", "quantity"),
    ("six out of 10", "quantity"),
    ("59 per cent", "quantity"),
    ("Just a third", "quantity"),
    ("32 per cent", "quantity"),
    ("More than a quarter of a million", "quantity"),
    ("255,264", "quantity"),
    ("10 October 2019", "date"),
    ("00.01", "time"),
    ("07889 405930", "phone"),
]


@pytest.fixture(scope="module")
def found() -> list[NumericExpression]:
    return find_numeric_expressions(FIXTURE)


def by_phrase(found: list[NumericExpression], phrase: str) -> NumericExpression:
    matches = [item for item in found if item.phrase == phrase]
    assert len(matches) == 1, phrase
    return matches[0]


def test_fixture_phrases_in_order(found: list[NumericExpression]) -> None:
    assert [(item.phrase, item.kind) for item in found] == EXPECTED_PHRASES


def test_offsets_point_at_the_phrase(found: list[NumericExpression]) -> None:
    for item in found:
        assert FIXTURE[item.start : item.end] == item.phrase
    starts = [item.start for item in found]
    assert starts == sorted(starts)


def test_only_quantities_have_readings(found: list[NumericExpression]) -> None:
    for item in found:
        assert (item.reading is None) == (item.kind != "quantity")


@pytest.mark.parametrize(
    ("phrase", "low", "high", "low_closed", "high_closed", "unit", "rule"),
    [
        ("nearly half", 45, 50, True, False, "percent", "nearly"),
        ("45 per cent", 44.5, 45.5, True, False, "percent", "per cent"),
        ("six out of 10", 55, 65, True, False, "percent", "out of"),
        ("59 per cent", 58.5, 59.5, True, False, "percent", "per cent"),
        ("just one in 20", 100 / 20.5, 100 / 19.5, True, True, "percent", "just"),
        # bound words are read literally (issue 24): "over X" is (X, 100] for a share, (X, inf) for a count
        ("Over two-thirds", 200 / 3, 100, False, True, "percent", "over"),
        ("Just a third", 100 / 3 - 2.5, 100 / 3 + 2.5, True, True, "percent", "just"),
        ("32 per cent", 31.5, 32.5, True, False, "percent", "per cent"),
        ("More than a quarter of a million", 250_000, math.inf, False, False, "count", "over"),
        ("255,264", 255_264, 255_264, True, True, "count", "exact count"),
        ("up to 25 percentage points", 0, 25, True, True, "points", "up to"),
        ("zero", 0, 0, True, True, "count", "zero"),
        ("six", 6, 6, True, True, "count", "exact count"),
        ("nearly 6,000", 5400, 6000, True, False, "count", "nearly"),
        ("Less than half", 0, 50, True, False, "percent", "less than"),
        ("more than 50", 50, math.inf, False, False, "count", "over"),
        ("Five of the seven", 450 / 7, 550 / 7, True, False, "percent", "out of"),
        ("only one of the 21", 50 / 21, 150 / 21, True, False, "percent", "just"),
        ("28", 28, 28, True, True, "count", "exact count"),
    ],
)
def test_fixture_readings(found, phrase, low, high, low_closed, high_closed, unit, rule) -> None:
    reading = by_phrase(found, phrase).reading
    assert reading is not None
    assert (reading.low, reading.high) == (pytest.approx(low), pytest.approx(high))
    assert (reading.low_closed, reading.high_closed, reading.unit, reading.rule) == (
        low_closed, high_closed, unit, rule,
    )  # fmt: skip


def phrases(text: str) -> list[tuple[str, str]]:
    return [(item.phrase, item.kind) for item in find_numeric_expressions(text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("1. Inspectors met 40 staff.", [("1.", "list-marker"), ("40", "quantity")]),
        ("Notes\n2) See above", [("2)", "list-marker")]),
        ("It opened in 2019 with 40 staff", [("2019", "date"), ("40", "quantity")]),
        ("the 2018-2019 round", [("2018-2019", "year-range")]),
        ("at 14:30 on 3 May", [("14:30", "time"), ("3 May", "date")]),
        ("the 3rd inspection", [("3rd", "ordinal")]),
        ("ring +44 20 7946 0000 now", [("+44 20 7946 0000", "phone")]),
        ("No one was seen, and a report was late", []),
        ("in the second half of the year", []),
        ("they helped one another", []),
        ("visits were made where one was needed", []),
        ("32 per cent of the cases that needed one, it said", [("32 per cent", "quantity")]),
        ("the cases that needed one CRC", [("one", "quantity")]),
        ("where one CRC was rated", [("one", "quantity")]),
        ("a dozen PDUs and half a dozen regions", [("a dozen", "quantity"), ("half a dozen", "quantity")]),
        ("someone's tone", []),
        ("one CRC", [("one", "quantity")]),
        ("hundreds of cases and thousands of hours", [("hundreds", "quantity"), ("thousands", "quantity")]),
        ("45% of staff", [("45%", "quantity")]),
        ("a hundred and twenty-five people", [("a hundred and twenty-five", "quantity")]),
        ("about one in five", [("about one in five", "quantity")]),
        ("rated 16.7 on average", [("16.7", "quantity")]),
    ],
)
def test_small_cases(text: str, expected: list[tuple[str, str]]) -> None:
    assert phrases(text) == expected


def test_list_marker_only_at_line_start() -> None:
    assert phrases("it scored 1. Then") == [("1", "quantity")]


def test_references_urls_and_lower_case_dates_are_not_quantities() -> None:
    found = phrases("See slide 5 and https://example.org/2019/10/report-28 from 8 may 2019 (the 2014 reforms).")
    assert ("slide 5", "reference") in found
    assert ("https://example.org/2019/10/report-28", "url") in found
    assert ("8 may 2019", "date") in found
    assert not any(kind == "quantity" and text in ("5", "28", "8") for text, kind in found)


FRAGMENTS = [
    "nearly", "over", "half", "a", "third", "one", "in", "20", "of", "the", "21", "per", "cent", "%",
    "6,000", "16.7", "2018-19", "10 October 2019", "00.01", "07889 405930", "up to", "just", "-", "(",
    "zero", "No", "hundreds", "million", "quarter", "out", "percentage points", "\n1.", ".", ",",
]  # fmt: skip


@given(st.text())
def test_never_raises_and_offsets_match(text: str) -> None:
    for item in find_numeric_expressions(text):
        assert item.phrase == text[item.start : item.end]


@given(st.lists(st.sampled_from(FRAGMENTS), max_size=30), st.sampled_from([" ", "", "  "]))
def test_figure_like_text_never_raises_and_spans_do_not_overlap(parts: list[str], joiner: str) -> None:
    text = joiner.join(parts)
    found = find_numeric_expressions(text)
    for item in found:
        assert item.phrase == text[item.start : item.end]
        assert item.phrase.strip() == item.phrase != ""
    for earlier, later in zip(found, found[1:], strict=False):
        assert earlier.end <= later.start


def test_the_tokens_that_open_a_figure_are_asked_once_per_distinct_token():
    """_Tokens.openers tells a token that can open a figure once per distinct token: the same tokens as asking
    each in turn, on a text that repeats its words with their cases and hyphens changed."""
    from pathlib import Path

    from probstat.claims.extract import _STARTERS, _non_claims, _Tokens

    release = (Path(__file__).parent / "fixtures" / "release_paraphrase.txt").read_text(encoding="utf-8")
    text = release + release.upper() + " Twenty-one one-third A-half 3rd 45% 1,200 half-time " + release
    taken = bytearray(len(text) + 1)
    _non_claims(text, taken)
    tokens = _Tokens(text, taken)
    each = [k for k, t in enumerate(tokens.text) if (t[0].isdigit() or t.lower().split("-")[0] in _STARTERS)
            and tokens.usable(k)]
    assert tokens.openers() == each and len(each) > 50
