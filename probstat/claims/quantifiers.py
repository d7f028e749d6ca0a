"""Turn a figure phrase ("nearly half", "one in 20", "45 per cent") into the interval its words allow.

Every reading comes from one row of ``RULES``. A phrase is read as::

    [qualifier] number-form [unit words] [trailing nouns, ignored]

where the qualifier is a word from the "nearly", "over", "at least", "less than", "up to", "just" or
"around" rows and the number form is a plain number, a fraction word, "N out of M",
"one in N" or a vague plural. The qualifier, when present, names the rule; it is applied
to the face value X of the number form. Shares are in per cent (0-100).

Literal truth decides: words that name a bound ("more than", "over", "at least", "in excess of",
"up to", "less than") give the interval the words make true, so "more than 20,000" is (20000, inf) and
true of 28,819. What such words merely suggest (that the figure is not far above X) is carried apart as
``Reading.suggested_high``, for a note and never for a verdict. Words that name a value ("around",
"nearly", "about", "45 per cent") keep a closeness interval around it. An open upper end is 100 for a
share or percentage-point figure (neither can pass 100) and infinity for a count.
"""

from __future__ import annotations

import math
from collections.abc import Callable
from dataclasses import dataclass, replace

from probstat import schema
from probstat.claims.numbers import DENOMINATORS, Parsed, read_number
from probstat.claims.quick_init import quick_init

from ..output import format_figure
from . import lazy_re as re

# How far "nearly", "over" and "around" may stray from the face value, as a fraction of it. Defined once in
# the schema, because the data's own qualifiers ('<~13000' nearly, '~9000' around) use the same closeness.
CLOSENESS = schema.CLOSENESS

UNITS = ("count", "percent", "points")
_UNIT_LABELS = {"count": "", "percent": "per cent", "points": "percentage points"}

VAGUE_PLURALS: dict[str, tuple[float, float]] = {
    "hundreds": (200.0, 1_000.0),
    "thousands": (2_000.0, 1_000_000.0),
    "tens of thousands": (20_000.0, 100_000.0),
    "hundreds of thousands": (200_000.0, 1_000_000.0),
    "millions": (2_000_000.0, 1_000_000_000.0),
}


@dataclass(frozen=True)
class Rule:
    """One row of the interpretation table: what selects it and the interval it builds."""

    name: str
    words: tuple[str, ...]
    interval: str
    example: str
    example_interval: str


RULES: tuple[Rule, ...] = (
    Rule("exact count", (), "a whole number of things written as an integer: exactly [X, X]",
         "28 probation services", "[28, 28]"),
    Rule("zero", ("zero",), "zero with no unit word: exactly [0, 0]", "zero", "[0, 0]"),
    Rule("bare number", (), "[X - p, X + p) where p is half the last written digit (see numbers.precision)",
         "16.7", "[16.65, 16.75)"),
    Rule("per cent", ("per cent", "percent", "%"), "[X - p, X + p) per cent, p from how X is written",
         "45 per cent", "[44.5, 45.5) per cent"),
    Rule("percentage points", ("percentage points", "percentage point"),
         "[X - p, X + p) percentage points", "25 percentage points", "[24.5, 25.5) percentage points"),
    Rule("out of", ("out of", "of the", "of", "in"),
         "the share N/M as rounded to 1/M: [(N - 0.5)/M, (N + 0.5)/M) x 100; exactly N when read as a count "
         "('three in five' too)",
         "six out of 10", "[55, 65) per cent"),
    Rule("one in N", ("one in", "1 in"), "a rate that rounds to 1 in N: [100/(N + 0.5), 100/(N - 0.5)]",
         "one in 20", "[4.9, 5.1] per cent"),
    Rule("fraction", tuple(DENOMINATORS), "the fraction in per cent, plus or minus 2.5 points, closed",
         "two-thirds", "[64.2, 69.2] per cent"),
    Rule("vague plural", tuple(VAGUE_PLURALS), "a fixed range for each word, e.g. hundreds [200, 1000)",
         "thousands", "[2000, 1000000)"),
    Rule("nearly", ("nearly", "almost", "just under"), "[X(1 - CLOSENESS), X)", "nearly half",
         "[45, 50) per cent"),
    Rule("just over", ("just over", "slightly more than", "slightly over", "a little over", "a little more than",
                       "just above", "just more than", "marginally more than", "fractionally more than"),
         "(X, X(1 + CLOSENESS)]: above X, and not far above it, as the words say", "just over 40 per cent",
         "(40, 44] per cent"),
    Rule("over", ("over", "more than", "above", "greater than", "in excess of", "upwards of",
                  # a verb that says the same of the figure after it: "caseloads topped 60", "exceeded 60"
                  "exceeded", "exceeding", "exceeds", "topped", "topping", "tops", "surpassed", "surpassing"),
         "(X, top]: a lower bound (top is 100 for shares and points, inf for counts); that it is not far "
         "above X is only suggested (suggested_high X(1 + CLOSENESS), for a note)", "more than 20,000",
         "(20000, no upper bound)"),
    Rule("at least", ("at least", "no fewer than", "no less than"), "[X, top]: a lower bound that includes X",
         "at least 6", "[6, no upper bound)"),
    Rule("less than", ("less than", "under", "fewer than", "below"), "[0, X)", "less than half",
         "[0, 50) per cent"),
    Rule("up to", ("up to", "at most", "a maximum of"), "a maximum: [0, X]", "up to 25 percentage points",
         "[0, 25] percentage points"),
    Rule("just", ("just", "only", "a mere", "merely"), "emphasis only: the reading of X, unchanged",
         "just a third", "[30.8, 35.8] per cent"),
    Rule("around", ("around", "about", "approximately", "roughly", "some", "circa", "close to", "in the region of"),
         "[X(1 - CLOSENESS), X(1 + CLOSENESS)]", "around 6,000", "[5400, 6600]"),
)  # fmt: skip

#: The small plural quantifiers ("some", "several", "a few", "a couple of"): the least and most each reads as
#: (vocabulary.QUANTIFIERS maps their words to these keys).
SMALL_NUMBERS: dict[str, tuple[int, float]] = {"some": (2, math.inf), "several": (3, math.inf), "few": (2, 5),
                                              "couple": (2, 3)}

QUALIFIER_RULES = ("nearly", "just over", "over", "less than", "up to", "just", "around")
#: Qualifiers interpret() reads but the text extractor does not start a figure at: the claims reader reads
#: "at least N of the M" as a quantifier of its own.
BOUND_ONLY_RULES = ("at least",)
#: The data files' value prefixes (e.g. '>17000' in providers.csv) and the row of RULES each one means, so
#: a stored '>17000' and the words "more than 17,000" have one reading (tests/test_wording_table.py).
PREFIX_RULES: dict[str, str] = {">": "over", "<": "less than", "~": "around", "<~": "nearly"}
_RULE = {rule.name: rule for rule in RULES}


def _phrases(*names: str) -> list[tuple[tuple[str, ...], str]]:
    """Word sequences of the named rows, longest first so "just over" beats "just"."""
    pairs = [(tuple(words.split()), name) for name in names for words in _RULE[name].words]
    return sorted(pairs, key=lambda pair: -len(pair[0]))


_QUALIFIERS = _phrases(*QUALIFIER_RULES, *BOUND_ONLY_RULES)
_UNIT_WORDS = [(words, "percent" if name == "per cent" else "points")
               for words, name in _phrases("per cent", "percentage points")]  # fmt: skip
_RATIO_WORDS = [words for words, _ in _phrases("out of")]


def _by_first_word(pairs: list[tuple[tuple[str, ...], str]]) -> dict[str, list[tuple[tuple[str, ...], str]]]:
    """The pairs grouped by their phrase's first word, in their order: a phrase can match only words that begin
    with its first word, so each figure read looks at a few phrases rather than all of them."""
    out: dict[str, list[tuple[tuple[str, ...], str]]] = {}
    for phrase, name in pairs:
        out.setdefault(phrase[0], []).append((phrase, name))
    return out


_QUALIFIERS_BY_FIRST = _by_first_word(_QUALIFIERS)
_UNIT_WORDS_BY_FIRST = _by_first_word(_UNIT_WORDS)
_ONE_IN = {words for words, _ in _phrases("one in N")}


#: The most words a figure phrase's number form takes (two long written numbers and "out of" between them).
MAX_FIGURE_WORDS = 30


@quick_init
@dataclass(frozen=True)
class Reading:
    """The interval a figure phrase allows, its unit, the rule used and the face value.

    ``suggested_high`` is what bound words such as "more than X" suggest without saying (X plus
    CLOSENESS): None for every other rule. It may be used for a note, never for a contradiction.
    """

    low: float
    high: float
    low_closed: bool
    high_closed: bool
    unit: str
    rule: str
    value: float
    suggested_high: float | None = None

    def contains(self, x: float) -> bool:
        """True if ``x`` lies inside the interval, honouring open and closed ends."""
        above = x > self.low or (x == self.low and self.low_closed)
        below = x < self.high or (x == self.high and self.high_closed)
        return above and below

    def overlaps(self, other: Reading) -> bool:
        """True if the two intervals share at least one value; both must be in the same unit."""
        if self.unit != other.unit:
            raise ValueError(f"cannot compare {self.unit} with {other.unit}")
        low, low_closed = _tighter(self.low, self.low_closed, other.low, other.low_closed, max)
        high, high_closed = _tighter(self.high, self.high_closed, other.high, other.high_closed, min)
        return low < high or (low == high and low_closed and high_closed)

    def interval_text(self) -> str:
        """Interval notation without the unit, e.g. "[44.5, 45.5)"; an open top is "no upper bound"."""
        left = "[" if self.low_closed else "("
        right = "]" if self.high_closed else ")"
        high = "no upper bound" if math.isinf(self.high) else format_figure(self.high, grouped=False)
        return f"{left}{format_figure(self.low, grouped=False)}, {high}{right}"

    def describe(self) -> str:
        """Interval notation with the unit, e.g. "[44.5, 45.5) per cent"."""
        text = self.interval_text()
        label = _UNIT_LABELS.get(self.unit, self.unit)  # months, p-value: named as they are
        return f"{text} {label}" if label else text


def _tighter(
    a: float, a_closed: bool, b: float, b_closed: bool, pick: Callable[[float, float], float]
) -> tuple[float, bool]:
    """The bound of the intersection; at a tie the end is closed only if both were."""
    if a == b:
        return a, a_closed and b_closed
    return (a, a_closed) if pick(a, b) == a else (b, b_closed)



@quick_init
@dataclass(frozen=True)
class _Core:
    """The number form of a phrase, before unit words and qualifiers are applied."""

    form: str  # "number", "ratio", "one in" or "vague"
    parsed: Parsed | None = None
    n: float = 0.0  # ratio numerator, the N of "one in N", or a vague plural's low end
    m: float = 0.0  # ratio denominator, or a vague plural's high end


def interpret(phrase: str, unit: str | None = None, *, whole: bool = False) -> Reading:
    """Read a figure phrase such as "nearly half" or "28 probation services" as a ``Reading``.

    ``unit`` ("count", "percent" or "points") applies when the phrase names no unit of
    its own; "five of the seven" with ``unit="count"`` is exactly 5. Trailing words after
    the figure are ignored unless ``whole`` is true, when the phrase must be the figure
    and nothing else. Raises ``ValueError`` when no figure can be read.
    """
    key = (phrase, unit, whole)
    got = _READ.get(key)
    if got is None:
        try:
            got = _interpret(phrase, unit, whole)
        except ValueError as error:
            got = str(error)
        if len(_READ) >= _READ_MAX:
            _READ.clear()
        _READ[key] = got
    if got.__class__ is str:
        raise ValueError(got)
    return got


#: The readings of figure phrases (and the message where none is read), by phrase, unit and ``whole``, as
#: extract._interpret_whole keeps its own: the shape builders read a figure's words again and again (whether it
#: is a share, its value, its count), and a text's figure phrases repeat. Keyed on a figure's words, never a
#: sentence's; a Reading is frozen, so one object serves every caller.
_READ: dict[tuple[str, str | None, bool], Reading | str] = {}
_READ_MAX = 8192


def _interpret(phrase: str, unit: str | None, whole: bool) -> Reading:
    if unit is not None and unit not in UNITS:
        raise ValueError(f"unit must be one of {UNITS}, not {unit!r}")
    words = _tokens(phrase)
    qualifier, rest = _split_qualifier(words)
    # The longest figure is a few dozen words ("one hundred and twenty-three thousand ... out of ..."); trying
    # every longer prefix made a 2,000-character phrase of number words cost cubic time in its length. The tail
    # is looked at first: with whole=True only a size whose tail is a unit word (or nothing) can succeed, so
    # the number form is read once or twice, not once per size (text scanning stays linear).
    for size in range(min(len(rest), MAX_FIGURE_WORDS), 0, -1):
        stated, tail = _split_unit(rest[size:])
        if whole and tail:
            continue
        core = _core(rest[:size])
        if core is None:
            continue
        return _build(core, qualifier, stated, unit)
    raise ValueError(f"no figure found in {phrase!r}")


def _tokens(phrase: str) -> list[str]:
    text = phrase.lower()
    if not text.isascii():  # (the dashes are not ASCII)
        text = re.sub("[\u2010-\u2015]", "-", text)
    text = text.replace("%", " % ")
    return [word for word in (raw.strip(".,;:!?()[]\"'") for raw in text.split()) if word]


def _split_qualifier(words: list[str]) -> tuple[str | None, list[str]]:
    for phrase, name in _QUALIFIERS_BY_FIRST.get(words[0], ()) if words else ():
        if tuple(words[: len(phrase)]) == phrase and len(words) > len(phrase):
            return name, words[len(phrase) :]
    return None, words


def _split_unit(words: list[str]) -> tuple[str | None, list[str]]:
    for phrase, unit in _UNIT_WORDS_BY_FIRST.get(words[0], ()) if words else ():
        if tuple(words[: len(phrase)]) == phrase:
            return unit, words[len(phrase) :]
    return None, words


def _number(words: list[str]) -> Parsed | None:
    try:
        return read_number(" ".join(words))
    except ValueError:
        return None


def _core(words: list[str]) -> _Core | None:
    joined = " ".join(words)
    if joined in VAGUE_PLURALS:
        low, high = VAGUE_PLURALS[joined]
        return _Core("vague", n=low, m=high)
    if len(words) > 2 and tuple(words[:2]) in _ONE_IN:
        rate = _number(words[2:])
        # N below 1 would put the upper bound at or past infinity.
        ok = rate is not None and rate.kind in ("integer", "decimal") and rate.value >= 1
        return _Core("one in", n=rate.value) if ok else None
    parsed = _number(words)
    if parsed is not None:
        return _Core("number", parsed=parsed)
    for joiner in _RATIO_WORDS:
        for at in range(1, len(words) - len(joiner)):
            if tuple(words[at : at + len(joiner)]) != joiner:
                continue
            part, total = _number(words[:at]), _number(words[at + len(joiner) :])
            if part is None or total is None or part.kind != "integer" or total.kind != "integer":
                continue
            # A part larger than the whole is two separate numbers, not a share.
            if 0 <= part.value <= total.value and total.value > 0:
                return _Core("ratio", n=part.value, m=total.value)
    return None


def _build(core: _Core, qualifier: str | None, stated: str | None, unit: str | None) -> Reading:
    if core.form == "vague":
        if qualifier or stated or unit not in (None, "count"):
            raise ValueError("a vague plural takes no qualifier or unit")
        # The face value of "hundreds" is the least it promises.
        return Reading(core.n, core.m, True, False, "count", "vague plural", core.n)
    base = _base(core, stated, unit)
    x = base.value
    if qualifier is None:
        return base
    if qualifier == "nearly":
        return Reading(x * (1 - CLOSENESS), x, True, False, base.unit, qualifier, x)
    top, top_closed = (100.0, True) if base.unit in ("percent", "points") else (math.inf, False)
    if qualifier == "over":
        return Reading(x, top, False, top_closed, base.unit, qualifier, x, suggested_high=x * (1 + CLOSENESS))
    if qualifier == "just over":
        return Reading(x, min(x * (1 + CLOSENESS), top), False, True, base.unit, qualifier, x)
    if qualifier == "at least":
        return Reading(x, top, True, top_closed, base.unit, qualifier, x)
    if qualifier == "less than":
        return Reading(0.0, x, True, False, base.unit, qualifier, x)
    if qualifier == "up to":
        return Reading(0.0, x, True, True, base.unit, qualifier, x)
    if qualifier == "around":
        return Reading(x * (1 - CLOSENESS), x * (1 + CLOSENESS), True, True, base.unit, qualifier, x)
    return replace(base, rule=qualifier)  # "just" keeps the number's own reading


def _base(core: _Core, stated: str | None, unit: str | None) -> Reading:
    """The reading of the number form alone, before any qualifier."""
    if core.form == "one in":
        if stated or unit not in (None, "percent"):
            raise ValueError("'one in N' is a share and takes no other unit")
        n = core.n
        return Reading(100 / (n + 0.5), 100 / (n - 0.5), True, True, "percent", "one in N", 100 / n)
    if core.form == "ratio":
        n, m = core.n, core.m
        if stated is None and unit == "count":
            return Reading(n, n, True, True, "count", "out of", n)
        if stated or unit not in (None, "percent"):
            raise ValueError("'N out of M' is a share and takes no other unit")
        low, high = (n - 0.5) / m * 100, (n + 0.5) / m * 100
        return Reading(low, high, True, False, "percent", "out of", n / m * 100)
    parsed = core.parsed
    if parsed is None:  # only "number" cores reach here, and they always carry one
        raise ValueError("internal: number form without a parsed number")
    if parsed.kind == "fraction" and stated is None:
        if unit not in (None, "percent"):
            raise ValueError("a fraction word is a share and takes no other unit")
        x, half_width = parsed.value * 100, parsed.precision * 100
        return Reading(x - half_width, x + half_width, True, True, "percent", "fraction", x)
    x, half_width = parsed.value, parsed.precision
    measure = stated or unit or "count"
    if stated == "percent":
        rule = "per cent"
    elif stated == "points":
        rule = "percentage points"
    elif x == 0:
        return Reading(0.0, 0.0, True, True, measure, "zero", 0.0)
    elif measure == "count" and parsed.kind == "integer":
        return Reading(x, x, True, True, measure, "exact count", x)
    else:
        rule = "bare number"
    return Reading(x - half_width, x + half_width, True, False, measure, rule, x)
