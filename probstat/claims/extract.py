"""Find the figures in a passage of prose and read each one.

Numbers that are not claims (dates, times, phone numbers, year ranges, ordinals and
numbered-note markers) are found first by pattern and reported with their kind and no
reading. The rest of the text is split into word and number tokens; from each token that
could open a figure, the longest run of tokens that ``interpret`` can read *whole* is
taken, so "nearly half (45 per cent)" gives "nearly half" and "45 per cent", and
"five of the seven NPS divisions" gives "five of the seven". Nouns after a figure are
left out of the phrase.

Known limits, chosen to keep this small:

* Months in lower case count only with a year ("8 may 2019"), so "may" and "march" stay verbs.
* URLs and references into a document ("slide 5", "paragraph 3.2") are not claims.
* A bare year is a date only after a preposition ("in 2019", "since 2010"); "2019 cases"
  reads as a count. "Between 2018 and 2019" catches only the first year.
* Dotted times count only as "00.01"-style (leading zero) or with am/pm/hrs; "14.30" is a
  decimal. Colon times ("14:30") are always times.
* Phone numbers are UK-shaped: a leading 0 (or +44) and 10 or 11 digits.
* "K in N" is a share as "K out of N" is ("three in five"); "one in N" is a rate.
* Hyphenated adjectives ("a six-month order") are not read; money ("GBP 5m") is not a kind
  of its own, so "5 million" after a currency sign is a count.
* "one" is dropped only after "no", "any", "every", "each", "that" or "which", or before
  "another", or as the object of a verb of needing ("the cases that needed one"); "half" only
  after "first", "second", "other", "latter" or "former". Other pronoun uses of "one" ("one of
  them") are reported as the count 1.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from itertools import accumulate

from probstat.claims.numbers import DENOMINATORS, GROUP_NOUNS, ONES, SCALES, TENS
from probstat.claims.quantifiers import QUALIFIER_RULES, RULES, VAGUE_PLURALS, Reading, interpret
from probstat.claims.quick_init import quick_init
from probstat.claims.rating_idioms import STEP_NOUNS
from probstat.claims.round_words import SHORT_ROUNDS

from . import lazy_re as re


@quick_init
@dataclass(frozen=True)
class NumericExpression:
    """A figure found in text; ``reading`` is None for kinds other than "quantity"."""

    phrase: str
    start: int
    end: int
    kind: str
    reading: Reading | None


_MONTHS = (
    "January|February|March|April|May|June|July|August|September|October|November|December"
    "|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sept|Sep|Oct|Nov|Dec"
)
_DAY = r"[0-9]{1,2}(?:st|nd|rd|th)?"
_DATE = re.compile(
    # a range of days first: "7 and 11 November 2022", "7-11 November 2022" (fieldwork) is one date
    rf"(?<![\w.,])(?:{_DAY}\s*(?:-|\u2013|\u2014|to|and)\s*{_DAY}\s+(?:{_MONTHS})\.?(?:,?\s+[0-9]{{4}})?"
    rf"|{_DAY}\s+(?:{_MONTHS})\.?(?:,?\s+[0-9]{{4}})?"
    rf"|(?:{_MONTHS})\.?\s+{_DAY}(?:,?\s+[0-9]{{4}})?"
    rf"|(?:{_MONTHS})\s+[0-9]{{4}}"
    r"|[0-9]{4}-[0-9]{2}-[0-9]{2}|[0-9]{1,2}/[0-9]{1,2}/[0-9]{2,4})(?![\w])"
)
_BARE_YEAR = re.compile(r"(?i:\b(?:in|since|by|during|until|from|before|after|between)\s+)((?:19|20)[0-9]{2})"
                        r"(?![\w]|[.,][0-9])")  # fmt: skip
_YEAR_RANGE = re.compile(
    r"(?<![\w.,])((?:19|20)[0-9]{2})\s?[-\u2013\u2014/]\s?((?:19|20)?[0-9]{2})(?![\w]|[.,][0-9])"
)
# "in 18/19": a round in short, only with the years following on ("21/28" stays a fraction)
_SHORT_ROUND = re.compile(r"(?<![\w.,/\u00a3$])(?:" + SHORT_ROUNDS + r")(?![\w%/]|[.,][0-9])")
_TIME = re.compile(
    r"(?i)(?<![\w.:])(?:(?:[01]?[0-9]|2[0-3]):[0-5][0-9](?:\s?[ap]\.?m\b\.?)?"
    r"|0[0-9]\.[0-5][0-9]"
    r"|(?:[01]?[0-9]|2[0-3])(?:[.:][0-5][0-9])?\s?(?:[ap]\.?m\b\.?|hrs\b|hours\b))(?![\w]|[.:][0-9])"
)
_PHONE = re.compile(r"(?<![\w+])(?:\+44\s?|0)[0-9]{2,4}(?:[\s-]?[0-9]{3,4}){1,2}(?![\w])")
_URL = re.compile(r"(?i)\b(?:https?://|www\.)[^\s<>\"')\]]+")
# Numbers that point into a document rather than count anything: "slide 5", "page 12", "paragraph 3.2".
_REFERENCE = re.compile(r"(?i)\b(?:slide|page|p\.|para|paragraph|chapter|section|figure|fig\.|table|note|footnote|annex"
                        r"|appendix|recommendation|question)\s+[0-9]+(?:\.[0-9]+)*[a-z]?(?![\w])")  # fmt: skip
# Dates written in lower case ("8 may 2019") only with a year, so that "may" and "march" stay verbs otherwise.
_LOWER_DATE = re.compile(rf"(?i)(?<![\w.,])(?:{_DAY}\s+(?:{_MONTHS})\.?,?\s+[0-9]{{4}}|(?:{_MONTHS})\.?\s+[0-9]{{4}})"
                         r"(?![\w])")  # fmt: skip
_ORDINAL = re.compile(r"(?<![\w.])[0-9]+(?:st|nd|rd|th)(?![\w])")
# a list's or a thread's number at a line's start: "1.", "2)", "3/"; a report's paragraph number opening a line or
# sentence ("2.1 The PDU was rated ...")
_LIST_MARKER = re.compile(r"(?m)^[ \t]*([0-9]{1,2}[.)/])(?=[ \t])")
# a thread's number after its label: "Thread: 1/ ..." (a slash, so that "Points: 3. The PDU ..." keeps its figure)
_THREAD_MARKER = re.compile(r"(?im)^[ \t]*[a-z]+:[ \t]*([0-9]{1,2}/)(?=[ \t])")
_PARAGRAPH = re.compile(r"(?m)(?:^|(?<=[.!?] ))[ \t]*([0-9]{1,2}\.[0-9]{1,2})(?=[ \t]+[A-Z])")


# The same patterns written so that re scans for the characters a match can begin with in C rather than trying
# the whole pattern at every character of a long text: a case-sensitive class of them comes first (under
# IGNORECASE it also holds every character outside ASCII, a few of which re matches with an ASCII letter), then
# what stood before the match is asked behind it ("(?<![\w.,][\s\S])" for "(?<![\w.,])", "(?<!\w[\s\S])" for
# "\b" before a word), and each branch tests its own first character behind ("(?<=J)anuary"). Each matches
# what its original matches, with the same groups (tests/test_reader_speed.py compares them).
def _after_first(words: str) -> str:
    """The alternation of ``words`` ("a|b|..."), each with its first character tested behind, in their order."""
    return "(?:" + "|".join(f"(?<={re.escape(w[0])}){re.escape(w[1:])}" for w in words.split("|")) + ")"


def _first_of(chars: str, blind: bool) -> str:
    """The class the gate reads, case-sensitive; ``blind``: both cases, and every character outside ASCII, written
    as the ASCII characters it leaves out: re's compiler visits each character of a range one by one, and a range
    up to U+10FFFF made each pattern slow to compile at import."""
    if not blind:
        return "(?-i:[" + re.escape(chars) + "])"
    chars = chars.lower() + chars.upper()
    return "(?-i:[^" + "".join(f"\\x{c:02x}" for c in range(128) if chr(c) not in chars) + "])"


_DAY_ON = r"(?<=[0-9])[0-9]?(?:st|nd|rd|th)?"  # _DAY, its first digit read by the gate
_HOUR_ON = r"(?:(?<=[01])[0-9]||(?<=2)[0-3])"  # "[01]?[0-9]|2[0-3]", its first digit read by the gate
_INITIALS = "".join(sorted({m[0] for m in _MONTHS.split("|")}))
_SCANNED = {
    _DATE: re.compile(
        _first_of("0123456789" + _INITIALS, False) + r"(?<![\w.,][\s\S])"
        rf"(?:{_DAY_ON}\s*(?:-|\u2013|\u2014|to|and)\s*{_DAY}\s+(?:{_MONTHS})\.?(?:,?\s+[0-9]{{4}})?"
        rf"|{_DAY_ON}\s+(?:{_MONTHS})\.?(?:,?\s+[0-9]{{4}})?"
        rf"|{_after_first(_MONTHS)}\.?\s+{_DAY}(?:,?\s+[0-9]{{4}})?"
        rf"|{_after_first(_MONTHS)}\s+[0-9]{{4}}"
        r"|(?<=[0-9])[0-9]{3}-[0-9]{2}-[0-9]{2}|(?<=[0-9])[0-9]?/[0-9]{1,2}/[0-9]{2,4})(?![\w])"),
    _BARE_YEAR: re.compile(
        "(?i:" + _first_of("isbdufa", True) + r"(?<!\w[\s\S])"
        + _after_first("in|since|by|during|until|from|before|after|between") + r"\s+)((?:19|20)[0-9]{2})"
        r"(?![\w]|[.,][0-9])"),
    _URL: re.compile("(?i)" + _first_of("hw", True) + r"(?<!\w[\s\S])(?:(?<=h)ttps?://|(?<=w)ww\.)[^\s<>\"')\]]+"),
    _REFERENCE: re.compile(
        "(?i)" + _first_of("spcftnaqr", True) + r"(?<!\w[\s\S])"
        + _after_first("slide|page|p.|para|paragraph|chapter|section|figure|fig.|table|note|footnote|annex"
                       "|appendix|recommendation|question") + r"\s+[0-9]+(?:\.[0-9]+)*[a-z]?(?![\w])"),
    _LOWER_DATE: re.compile(
        "(?i)" + _first_of("0123456789" + _INITIALS, True) + r"(?<![\w.,][\s\S])"
        rf"(?:{_DAY_ON}\s+(?:{_MONTHS})\.?,?\s+[0-9]{{4}}|{_after_first(_MONTHS)}\.?\s+[0-9]{{4}})(?![\w])"),
    _PHONE: re.compile(r"[+0](?<![\w+][\s\S])(?:(?<=\+)44\s?|(?<=0))[0-9]{2,4}(?:[\s-]?[0-9]{3,4}){1,2}(?![\w])"),
    _YEAR_RANGE: re.compile(
        r"([12](?<![\w.,][\s\S])(?:(?<=1)9|(?<=2)0)[0-9]{2})\s?[-\u2013\u2014/]\s?((?:19|20)?[0-9]{2})"
        r"(?![\w]|[.,][0-9])"),
    _TIME: re.compile(
        # an hour, its first digit read by the gate: "[01]?[0-9]|2[0-3]" tried in re's order
        r"(?i)(?-i:[0-9])(?<![\w.:][\s\S])(?:" + _HOUR_ON + r":[0-5][0-9](?:\s?[ap]\.?m\b\.?)?"
        r"|(?<=0)[0-9]\.[0-5][0-9]"
        r"|" + _HOUR_ON + r"(?:[.:][0-5][0-9])?\s?(?:[ap]\.?m\b\.?|hrs\b|hours\b))(?![\w]|[.:][0-9])"),
    _ORDINAL: re.compile(r"[0-9](?<![\w.][\s\S])[0-9]*(?:st|nd|rd|th)(?![\w])"),
}

_TOKEN = re.compile(
    r"(?P<num>(?<![\w.])(?<![A-Za-z]-)(?:[0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(?:\.[0-9]+)?(?![\w]|\.[0-9]))"
    r"|(?P<word>[A-Za-z]+(?:-[A-Za-z]+)*(?![\w'\u2019]))"
    r"|(?P<pct>%)"
    r"|\w+|\S"
)
_SPLIT = re.compile(f"({_TOKEN.pattern})")
_MAX_TOKENS = 10  # "more than a quarter of a million per cent" is 9 tokens; real figures are shorter

_STARTERS = frozenset(
    # "half" is the only fraction word that may open a figure without "a" or "one".
    {*ONES, *TENS, "a", "an", "half"}
    | {words.split()[0] for rule in RULES if rule.name in QUALIFIER_RULES for words in rule.words}
    | {words.split()[0] for words in VAGUE_PLURALS}
)
# Words a figure phrase can be made of: a run of tokens stops at the first other word, which keeps the
# number of readings tried per figure small (reading is the costly step).
_FIGURE_WORDS = frozenset(
    {*ONES, *TENS, *SCALES, *DENOMINATORS, "a", "an", "and", "of", "the", "in", "out", "per", "cent", "percent",
     "percentage", "point", "points", "half", "halves", "quarter", "quarters", "third", "thirds", "tens", "dozen",
     *GROUP_NOUNS}
    | {w for rule in RULES for words in rule.words for w in words.split()}
    | {w for words in VAGUE_PLURALS for w in words.split()}
)
_BEFORE_PRONOUN_ONE = frozenset({"no", "any", "every", "each", "that", "which"})
_BEFORE_PERIOD_HALF = frozenset({"first", "second", "other", "latter", "former"})


def find_numeric_expressions(text: str) -> list[NumericExpression]:
    """Return every figure in ``text`` in order of position, each found once. Linear in the text's length:
    every pattern runs once, overlaps are looked up in a per-character mask, and each figure is read from
    at most ``_MAX_TOKENS`` tokens."""
    taken = bytearray(len(text) + 1)
    spans = _non_claims(text, taken)
    return sorted(spans + _quantities(text, _Tokens(text, taken)), key=lambda item: item.start)


class _Tokens:
    """The text's tokens (``_TOKEN``'s matches in turn) as lists of their words, starts and ends, each token's
    use (``usable``) looked up when asked for: a text has 10^5 tokens, and only those about a figure's first word
    are read. The split into tokens is re's own (``re.split`` on the token pattern in a group: the text between
    tokens, each token and its groups, in turn), and where each stands is the running sum of those lengths."""

    def __init__(self, text: str, taken: bytearray) -> None:
        parts = _SPLIT.split(text)  # per token: the text before it, the token, then its num, word and pct groups
        self.text = parts[1::5]
        lengths = [0] * (2 * len(self.text) + 1)
        lengths[0::2] = map(len, parts[0::5])
        lengths[1::2] = map(len, self.text)
        at = list(accumulate(lengths))
        self.start, self.end = at[0:-1:2], at[1::2]
        self.parts, self.taken = parts, taken

    def usable(self, k: int) -> bool:
        """Whether token k is a number, word or % sign (a group of ``_TOKEN`` took part) outside every non-claim."""
        p = self.parts
        return (p[5 * k + 2] is not None or p[5 * k + 3] is not None or p[5 * k + 4] is not None) and \
            self.taken.find(1, self.start[k], self.end[k]) < 0

    def openers(self) -> list[int]:
        """The tokens that can open a figure, as ``_longest_at`` asks of its first: usable, and a digit or a word
        of ``_STARTERS`` first."""
        # (a token's first character and first word are asked once per distinct token: a long text repeats its
        # words, 195,000 tokens of 1 MB being a few thousand distinct ones)
        opening = {t for t in set(self.text) if t[0].isdigit() or t.lower().split("-")[0] in _STARTERS}
        return [k for k, t in enumerate(self.text) if t in opening and self.usable(k)]


def _overlaps(span: tuple[int, int], taken: bytearray) -> bool:
    return taken.find(1, span[0], span[1]) >= 0


def _phone_ok(match: re.Match[str]) -> bool:
    digits = re.sub(r"[^0-9]", "", match.group())
    national = digits[2:] if match.group().startswith("+") else digits[1:]
    return len(national) in (9, 10)


def _year_range_ok(match: re.Match[str]) -> bool:
    first, second = match.group(1), match.group(2)
    last = int(second) if len(second) == 4 else int(first[:2] + second)
    return 0 < last - int(first) <= 20


def _non_claims(text: str, taken: bytearray) -> list[NumericExpression]:
    """Dates, times and the like; an earlier pattern wins where two overlap. Marks what it finds in ``taken``."""
    patterns = (
        ("url", _URL, 0, None),
        ("reference", _REFERENCE, 0, None),
        ("list-marker", _LIST_MARKER, 1, None),
        ("list-marker", _THREAD_MARKER, 1, None),
        ("list-marker", _PARAGRAPH, 1, None),
        ("phone", _PHONE, 0, _phone_ok),
        ("date", _DATE, 0, None),
        ("year-range", _YEAR_RANGE, 0, _year_range_ok),
        ("year-range", _SHORT_ROUND, 0, None),
        ("time", _TIME, 0, None),
        ("ordinal", _ORDINAL, 0, None),
        ("date", _BARE_YEAR, 1, None),
        ("date", _LOWER_DATE, 0, None),
    )
    found: list[NumericExpression] = []
    for kind, pattern, group, check in patterns:
        for match in _SCANNED.get(pattern, pattern).finditer(text):
            start, end = match.span(group)
            if (check is None or check(match)) and not _overlaps((start, end), taken):
                found.append(NumericExpression(text[start:end], start, end, kind, None))
                taken[start:end] = b"\x01" * (end - start)
    return found


def _quantities(text: str, tokens: _Tokens) -> list[NumericExpression]:
    found: list[NumericExpression] = []
    index = 0
    # only a token that can open a figure is tried (as _longest_at asks first): most tokens are other words
    for at in tokens.openers():
        if at < index:
            continue
        index = at
        match = _longest_at(text, tokens, index)
        if match is None:
            continue
        end_index, reading = match
        start, end = tokens.start[index], tokens.end[end_index - 1]
        if tokens.text[index].lower() == "one" and (_NOT_ONE_OF.search(text, max(0, start - 4), start + 7) or
                                                    _ONE_STEP.match(text, start)):
            # "not one of the 28 services": "not one" is none, a quantifier; the figure is the 28 after it ("one
            # grade below Good" names a rating: rating_idioms.py)
            index += 1
            continue
        if not _is_pronoun(tokens, index, end_index):
            found.append(NumericExpression(text[start:end], start, end, "quantity", reading))
        index = end_index
    return found


_NOT_ONE_OF = re.compile(r"(?i)\bnot\s+one\s+of\b")
_ONE_STEP = re.compile(r"(?i)one\s+(?:" + "|".join(STEP_NOUNS) + r")\s+(?:below|above|under|up|off)\b")


def _longest_at(text: str, tokens: _Tokens, index: int) -> tuple[int, Reading] | None:
    """The furthest token end (exclusive) giving a whole readable figure from ``index``."""
    words, usable = tokens.text, tokens.usable
    first = words[index]
    if not usable(index) or not (first[0].isdigit() or first.lower().split("-")[0] in _STARTERS):
        return None
    stop = index
    while stop < len(words) and stop - index < _MAX_TOKENS and usable(stop) and (
            stop == index or words[stop][0].isdigit() or words[stop] == "%"
            or words[stop].lower().split("-")[0] in _FIGURE_WORDS):
        if stop > index and _unit(words[stop]) and _unit(words[stop - 1]):
            break  # "1 1", "one two": two bare numbers side by side are never one figure
        stop += 1
    start, ends = tokens.start[index], tokens.end
    for end_index in range(stop, index, -1):
        reading = _interpret_whole(text[start : ends[end_index - 1]])
        if reading is not None:
            return end_index, reading
    return None


def _unit(token: str) -> bool:
    word = token.lower()
    return word.isdigit() or word in ONES


@lru_cache(maxsize=8192)
def _interpret_whole(phrase: str) -> Reading | None:
    """interpret(phrase, whole=True), or None where it reads no figure; remembered, failures too, because a long
    text repeats the same few phrases."""
    try:
        return interpret(phrase, whole=True)
    except ValueError:
        return None


def _is_pronoun(tokens: _Tokens, index: int, end_index: int) -> bool:
    """True for "no one", "one another", "where one was needed", "alongside one on Knowsley" (a report), "the second
    half": words that look like figures but are not."""
    if end_index - index != 1:
        return False
    words = tokens.text
    word = words[index].lower()
    before = words[index - 1].lower() if index > 0 else ""
    after = words[index + 1].lower() if index + 1 < len(words) else ""
    if word == "one":
        # "cases where one was needed": "one" standing for a noun just said, a verb straight after it
        # "the cases that needed one": the object of a verb of needing, with nothing counted after it
        return before in _BEFORE_PRONOUN_ONE or after == "another" or \
            before in ("where", "when", "if", "unless") and after in ("was", "is", "were", "had", "has", "would") or \
            before in ("needed", "need", "needs", "needing", "required", "requires", "require") and \
            after in ("", ".", ",", ";", ":", ")", "and", "but", "or") or \
            before in ("alongside", "with", "beside") and after in ("on", "about", "into", "for") or \
            before == "in" and after in ("line", "word", "sentence", "go", "place")  # (a report; "in one line")
    return word == "half" and before in _BEFORE_PERIOD_HALF
