"""Read numbers as prose writes them: digits, number words and fraction words.

``parse_number`` gives the value; ``precision`` gives the half-width implied by how
finely the number was written. ``read_number`` returns both plus the form that was
recognised, which ``quantifiers`` needs to choose an interpretation rule.

Fractions come back as a fraction of 1 ("two-thirds" -> 0.666...); the caller decides
whether that is a share in per cent. Rates such as "one in five" and ratios such as
"six out of 10" are phrases, not numbers, and are handled in ``quantifiers``.
"""

from __future__ import annotations

import math
from typing import NamedTuple

from probstat import schema

from . import lazy_re as re

_ONE_WORDS = (
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
    "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen", "nineteen",
)  # fmt: skip
_TEN_WORDS = ("twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
ONES: dict[str, int] = {word: value for value, word in enumerate(_ONE_WORDS)}
TENS: dict[str, int] = {word: 10 * value for value, word in enumerate(_TEN_WORDS, start=2)}
SCALES: dict[str, int] = {"hundred": 100, "thousand": 1_000, "million": 1_000_000, "billion": 1_000_000_000}
#: Nouns of a group of so many, after "a": "a pair of", "a trio of", "a quartet of".
GROUP_NOUNS: dict[str, int] = {"pair": 2, "trio": 3, "quartet": 4}
DENOMINATORS: dict[str, int] = {
    "half": 2, "halves": 2, "third": 3, "thirds": 3, "quarter": 4, "quarters": 4,
    "fifth": 5, "fifths": 5, "sixth": 6, "sixths": 6, "seventh": 7, "sevenths": 7,
    "eighth": 8, "eighths": 8, "ninth": 9, "ninths": 9, "tenth": 10, "tenths": 10,
}  # fmt: skip

# A fraction word is taken as good to +/- 2.5 points of 100 (a "third" of 31% is still a third). Defined once in
# the schema, because the data's fraction figures (stored as 2/3) are read the same way.
FRACTION_PRECISION = schema.FRACTION_TOLERANCE
# Nobody writes "two million" meaning 2,000,000 to the unit, so these scales set the precision.
_COARSE_SCALES = frozenset({"million", "billion"})
_ARTICLES = frozenset({"a", "an"})

_DIGITS = r"(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?"
_DIGITS_RE = re.compile(_DIGITS)
_SCALED_DIGITS_RE = re.compile(rf"({_DIGITS})\s+({'|'.join(SCALES)})")
_DASHES_RE = re.compile("[\u2010-\u2015]")


class Parsed(NamedTuple):
    """A number read from text: its value, half-width precision and written form.

    ``kind`` is "integer" (whole number in digits or words), "decimal", "fraction"
    (a bare fraction word, value in 0..1) or "scaled" (anything times million, or a
    fraction of a hundred/thousand/million).
    """

    value: float
    precision: float
    kind: str


def read_number(text: str) -> Parsed:
    """Read ``text`` as a single number; raise ``ValueError`` if it is not one."""
    cleaned = _DASHES_RE.sub("-", text.strip().lower())
    parsed = _read_digits(cleaned)
    if parsed is None:
        words = _words(cleaned)  # (split once for both readings)
        parsed = _read_fraction(words) or _read_words(words)
    if parsed is None:
        raise ValueError(f"not a number: {text!r}")
    if not math.isfinite(parsed.value):
        raise ValueError(f"number too large: {text!r}")
    return parsed


def parse_number(text: str) -> float:
    """Return the value of a written number ("255,264", "forty two", "two-thirds" -> 0.666...)."""
    return read_number(text).value


def precision(text: str) -> float:
    """Return the half-width implied by how a number is written ("45" -> 0.5, "16.7" -> 0.05)."""
    return read_number(text).precision


def _words(text: str) -> list[str]:
    return [word for word in re.split(r"[\s-]+", text) if word]


def _digit_value(digits: str) -> tuple[float, float, bool]:
    """Value, precision and whether a decimal point was written."""
    whole, _, decimals = digits.partition(".")
    value = float(digits.replace(",", ""))
    # A float power, not an int one, so absurdly long decimals underflow to 0 instead of raising.
    return value, 0.5 * 10.0 ** -len(decimals), bool(decimals)


def _read_digits(text: str) -> Parsed | None:
    if _DIGITS_RE.fullmatch(text):
        value, half_width, is_decimal = _digit_value(text)
        return Parsed(value, half_width, "decimal" if is_decimal else "integer")
    scaled = _SCALED_DIGITS_RE.fullmatch(text)
    if scaled:
        value, half_width, _ = _digit_value(scaled.group(1))
        scale = SCALES[scaled.group(2)]
        return Parsed(value * scale, half_width * scale, "scaled")
    return None


def _read_fraction(words: list[str]) -> Parsed | None:
    """Fraction words, optionally of a scale: "half", "two thirds", "a quarter of a million"."""
    if not words:
        return None
    numerator, at = 1, 0
    if words[0] in _ARTICLES:
        at = 1
    elif words[0] in ONES and 1 <= ONES[words[0]] <= 10:
        numerator, at = ONES[words[0]], 1
    if at >= len(words) or words[at] not in DENOMINATORS:
        return None
    # Without "a"/"one" in front, "third" or "quarter" is an ordinal or a period of the year.
    if at == 0 and words[0] != "half":
        return None
    fraction = numerator / DENOMINATORS[words[at]]
    rest = words[at + 1 :]
    if not rest:
        return Parsed(fraction, FRACTION_PRECISION, "fraction")
    if rest[0] == "of":
        rest = rest[1:]
    if rest and rest[0] in _ARTICLES:
        rest = rest[1:]
    if len(rest) == 1 and rest[0] in SCALES:
        scale = SCALES[rest[0]]
        return Parsed(fraction * scale, FRACTION_PRECISION * scale, "scaled")
    return None


def _read_words(words: list[str]) -> Parsed | None:
    """Whole numbers in words, e.g. "one hundred and twenty-five thousand", "a million"."""
    if words == ["zero"]:
        return Parsed(0.0, 0.5, "integer")
    if len(words) == 2 and words[0] == "a" and words[1] in GROUP_NOUNS:
        return Parsed(float(GROUP_NOUNS[words[1]]), 0.5, "integer")  # "a trio of London PDUs": three
    if words[-1:] == ["dozen"] and len(words) in (2, 3):
        # "a dozen" is said of 11 or 13 too, so it is taken as good to +/- 1.5; "two dozen", "half a dozen" alike
        many = {("a",): 1, ("one",): 1, ("half", "a"): 0.5}.get(tuple(words[:-1]))
        if many is None and len(words) == 2 and words[0] in ONES and ONES[words[0]] > 1:
            many = ONES[words[0]]
        return None if many is None else Parsed(12.0 * many, 1.5, "integer")
    total = current = 0
    last = "start"  # what the previous word was, to refuse sequences like "seven nine"
    smallest_big = math.inf  # thousand/million/billion must come in falling order
    for index, word in enumerate(words):
        following = words[index + 1] if index + 1 < len(words) else None
        if word in _ARTICLES and last == "start" and following in SCALES:
            current, last = 1, "unit"
        elif (
            word in ONES
            and word != "zero"
            and (last in ("start", "hundred", "big", "and") or (last == "tens" and ONES[word] < 10))
        ):
            current, last = current + ONES[word], "unit"
        elif word in TENS and last in ("start", "hundred", "big", "and"):
            current, last = current + TENS[word], "tens"
        elif word == "hundred" and last in ("unit", "tens") and current < 100:
            current, last = current * 100, "hundred"
        elif word in SCALES and word != "hundred" and last in ("unit", "tens", "hundred"):
            if SCALES[word] >= smallest_big:
                return None
            smallest_big = SCALES[word]
            total, current, last = total + current * SCALES[word], 0, "big"
        elif word == "and" and last in ("hundred", "big") and following is not None:
            last = "and"
        else:
            return None
    if last in ("start", "and"):
        return None
    value = float(total + current)
    if words[-1] in _COARSE_SCALES:
        return Parsed(value, 0.5 * SCALES[words[-1]], "scaled")
    return Parsed(value, 0.5, "integer")
