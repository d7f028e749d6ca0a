"""The sentence shapes check-claims reads, one row each, and the shapes it recognises but refuses.

Each row of ``SHAPES`` is a pattern over tag codes (tagger.py), a builder that turns a match into readings
(readings.py) and a true and a false example sentence about the bundled data; tests run every example and the
docs list the table. A builder may decline a match (None): the tags stay free for a later row. A refusal row
claims its tags and says why they are not read, so the sentence can be no better than "partly checked".

Rows are tried in order; a tag read by one row is not read again.
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass, field, replace

from .. import schema
from .matcher import Match, compile_shape
from .numbers import read_number
from .quantifiers import Reading
from .quantifiers import interpret as _interpret
from .readings import (
    Change,
    Distribution,
    InspectionDate,
    Likelihood,
    OwnerCount,
    Part,
    Predicate,
    ProviderFigure,
    ProviderOwner,
    ProviderRating,
    SectorFigure,
    StandardsCount,
    Statement,
)
from .tagger import Tag, clause_of, codes

#: Codes that make a claim: a sentence is checked only when every tag with one of these codes was read.
CLAIM_CODES = frozenset("NRQHXGLDE")
_INF = float("inf")


@dataclass
class Sentence:
    """What a builder sees: the sentence's tags and codes, and the subject a pronoun refers to."""

    text: str
    start: int
    end: int
    tags: list[Tag]
    code: str
    subject: str | None  # provider id that "the CRC", "it" refer to here
    previous_pop: tuple[str | None, str] | None  # the last population named in an earlier sentence
    parts: list[Part]  # read so far in this sentence
    memo: dict = field(default_factory=dict)  # what builders work out once per sentence


@dataclass(frozen=True)
class Shape:
    """One sentence shape: its pattern over tag codes, its builder, and a true and a false example."""

    name: str
    pattern: str
    build: Callable[[Match, Sentence], list[Part] | None]
    reads: str
    true: str
    false: str
    refusal: bool = False
    consumes: tuple[str, ...] = ()  # the groups whose tags this shape reads; empty: the whole match
    reads_span: bool = False  # the builder reads words beyond its match (a measure's negation): its parts' spans

    @property
    def compiled(self) -> re.Pattern:
        return _compiled(self.pattern)


_CACHE: dict[str, re.Pattern] = {}


def _compiled(pattern: str) -> re.Pattern:
    if pattern not in _CACHE:
        _CACHE[pattern] = compile_shape(pattern)
    return _CACHE[pattern]


# --- helpers ---------------------------------------------------------------------------------------------------


def _span(m: Match, s: Sentence) -> tuple[int, int, str]:
    a, b = m.tags[m.first].start, m.tags[m.last - 1].end
    return a, b, re.sub(r"\s+", " ", s.text[a:b])


def _subject(tag: Tag | None, s: Sentence) -> str | None:
    """The provider a subject tag names: its own id, or for 'the CRC', 'it', the last provider named before it
    in the sentence, else the text's current subject."""
    if tag is None:
        return s.subject
    if tag.code == "P":
        return str(tag.value)
    i = s.tags.index(tag) if tag in s.tags else -1
    after = s.tags[i + 1] if 0 <= i < len(s.tags) - 1 else None
    # "A probation service in Wales ...", a headline's "Probation unit for the district ...": the text's subject
    lede = not tag.words.lower().startswith(("the ", "this ", "that ", "its ")) and tag.words.lower() != "it"
    if not lede and tag.words.lower() not in ("it", "its") and after is not None and after.code == "w" and \
            after.words.lower() in ("in", "covering", "serving", "for", "across", "based"):
        return None  # "the service in the west of the county": another unit, not the text's subject
    earlier = [t for t in s.tags if t.code == "P" and t.end <= tag.start]
    return str(earlier[-1].value) if earlier else s.subject


def _ratings(tag: Tag) -> tuple[str, ...]:
    return tuple(tag.value)


def _lead(s: Sentence, tag: Tag) -> str:
    """The two words before a tag, lower case: 'at least', 'no more', 'all but'."""
    i = s.tags.index(tag)
    return " ".join(t.words.lower() for t in s.tags[max(0, i - 2): i])


_RATIO = re.compile(r"(?i)^(?P<n>.+?)\s+(?:out\s+)?of\s+(?:the\s+|its\s+|their\s+)?(?P<m>[\w,.-]+)$")


def _count(tag: Tag, s: Sentence) -> tuple[Reading, int | None, str | None] | None:
    """A figure tag read as a count: (stated, denominator, quantifier) with the words before it applied."""
    phrase = tag.words
    total = None
    ratio = _RATIO.match(phrase)
    if ratio:
        try:
            total = int(read_number(ratio.group("m")).value)
        except ValueError:
            return None
    try:
        stated = _interpret(phrase, "count")
    except ValueError:
        try:
            share = _interpret(phrase)
        except ValueError:
            return None
        if share.unit != "percent":
            return None
        if share.rule == "over":  # literal truth: "more than half" is any share above a half
            share = Reading(share.value, _INF, False, False, "percent", "over", share.value)
        return share, None, "share"
    if stated.unit == "percent":  # "50 per cent of CRCs": the phrase states its own unit, a share
        if stated.rule == "over":
            stated = Reading(stated.value, _INF, False, False, "percent", "over", stated.value)
        return stated, None, "share"
    if stated.unit != "count":
        return None
    before = _lead(s, tag)
    x = stated.value
    q = None
    if ratio and total is not None and re.fullmatch(r"(?i)one", ratio.group("n").strip()) and \
            re.search(r"(?:^|\s)(?:every|each)$", before):
        # "every one of the 21 CRCs": all of them, and 21 in all
        return Reading(total, total, True, True, "count", "exact count", total), None, "all N"
    if before.endswith("upwards of") or before.endswith("in excess of"):
        stated = Reading(x, _INF, False, False, "count", "over", x)
    elif before.endswith("at least") or before.endswith("no fewer") or before.endswith("no less"):
        stated = Reading(x, _INF, True, False, "count", "at least", x)
        q = "at least"
    elif before.endswith("no") and stated.rule == "over":  # "no more than 5"
        stated = Reading(0, x, True, True, "count", "at most", x)
    elif before.endswith("no") and stated.rule == "less than":  # "no fewer than 5"
        stated = Reading(x, _INF, True, False, "count", "at least", x)
    elif before.endswith("at most") or before.endswith("up to"):
        stated = Reading(0, x, True, True, "count", "at most", x)
    elif before.endswith("all but") or before.endswith("all bar"):
        q = "all but"
    elif stated.rule in ("over",) and stated.high != _INF:
        # literal truth: "more than N" of a count is any count above N (the words' suggestion is not a bound)
        stated = Reading(x, _INF, False, False, "count", "over", x)
    return stated, total, q


def _column(m: Match, s: Sentence, groups: tuple[str, ...]) -> str | None:
    """The standard a rating is on: a standard tag in the named groups, else one opening the sentence
    ("On leadership, ..."), else overall. None when both a standard and 'overall' are named."""
    named = [t for g in groups for t in m.groups.get(g, []) if t.code == "T"]
    overall = any(t.code == "K" for g in groups for t in m.groups.get(g, []))
    if named and overall:
        return None
    if named:
        if len({t.value for t in named}) > 1:
            return None
        return str(named[0].value)
    if overall:
        return "overall"
    head = s.code.split(",", 1)[0] if "," in s.code else ""
    if head and len(head) <= 3 and "T" in head and m.first > len(head):
        return str(s.tags[head.index("T")].value)
    return "overall"


#: Words that put a rating in a wish, a forecast or a condition rather than a fact.
_INTENT = re.compile(r"(?i)\b(?:would|could|might|may|should|must|if|unless|whether|hop\w*|aim\w*|expect\w*|"
                     r"want\w*|target\w*|seek\w*|strive\w*|plan\w*|intend\w*|likely|unlikely|predict\w*|"
                     r"aspir\w*|bid|goal|ambition\w*|on course|on track|towards?|ready|chance|prospect\w*|try\w*|"
                     r"tried|attempt\w*)\b")
_PAST = re.compile(r"\b(?:previous(?:ly)?|before|earlier|last|at the time|then|had)\b")  # "had been rated": earlier
_WRITTEN_YEAR = re.compile(r"(?<![\d,.\-/])\b20[0-4]\d\b(?![\-/\u2013]\d)")
_SAME = re.compile(r"\b(?:same|unchanged|kept|keeps|retained|retains|retain|maintained|maintains|again|still|"
                   r"remains?|remained|stays|stayed)\b")
_UP = re.compile(r"\b(?:improved|improve|improves|improving|upgraded|moved up|rose|climbed|went up|raised|up from)\b")
_DOWN = re.compile(r"\b(?:declined|deteriorated|downgraded|moved down|fell|dropped|slipped|went down|lowered|"
                   r"lost|loses|lose|down from)\b")


# --- builders --------------------------------------------------------------------------------------------------


def _provider_rating(m: Match, s: Sentence) -> list[Part] | None:
    mid = m.words("mid")
    if any(t.code == "Z" for t in m.tags[m.last: m.last + 3]):
        return None  # "rated Good on three standards": a count of standards, not the overall rating
    verbal = re.match(r"(?i)requires?|needs?|needing|requiring", m.one("r").words)
    if not (m.has("mid", "B") or m.has("mid", "V") or m.has("pre", "V") or m.has("mid", "X")
            or m.has("after", "V") or verbal):
        return None  # a name beside a rating word with no verb between: not a statement of its rating
    subject = m.one("s")
    if subject is not None and subject in m.tags:
        i = m.tags.index(subject)
        rest = m.tags[i + 1: i + 3]
        possessive = subject.words.lower() in ("its", "their") or (rest and rest[0].words.lower() in ("s", "'s"))
        following = [t for t in m.tags[i + 1: i + 4] if t.words.lower() not in ("s", "'s") and t.code != "Y"]
        if possessive and not (following and following[0].code in "TVKI"):
            return None  # "its case supervision was judged inadequate": a rating of something the provider has
    pid = _subject(subject, s)
    a, b, phrase = _span(m, s)
    if pid is None:
        return [Part(a, b, phrase, "provider-rating", problem="the subject (\"the CRC\", \"it\") is not named in "
                     "the text")]
    past = bool(_PAST.search(mid)) and not m.has("mid", "H") and not _INTENT.search(mid)
    if past and _WRITTEN_YEAR.search(s.text, s.start, s.end):
        # "it was last rated Inadequate in 2022": a rating had before, at the inspection the year names
        column = _column(m, s, ("mid", "after"))
        if column is None or sum(1 for t in m.groups.get("mid", []) if t.code == "X"):
            return None
        return [Part(a, b, phrase, "provider-rating", ProviderRating(pid, column, _ratings(m.one("r"))),
                     past=True)]
    if m.has("mid", "H") or _PAST.search(mid) or _INTENT.search(mid):
        return None  # a rating hoped for, expected or had before is not the rating given
    negations = sum(1 for t in m.groups.get("mid", []) if t.code == "X")
    ratings = _ratings(m.one("r"))
    if m.one("r2") is not None:
        # "rated neither Good nor Inadequate": neither of the two
        if not (negations == 1 and m.words("mid").split()[-1:] == ["neither"] and m.words("nor") == "nor"):
            return None
        ratings = ratings + _ratings(m.one("r2"))
    if negations > 1:
        return [Part(a, b, phrase, "provider-rating", problem="a double negation")]
    listed = [str(t.value) for g in ("mid", "after") for t in m.groups.get(g, []) if t.code == "T"]
    if len(set(listed)) > 1 and not any(t.code == "K" for g in ("mid", "after") for t in m.groups.get(g, [])):
        # "rated Good for assessment and planning", "its leadership and staffing were Good": each standard named
        return [Part(a, b, phrase, "provider-rating", ProviderRating(pid, c, ratings, negated=negations == 1))
                for c in dict.fromkeys(listed)]
    column = _column(m, s, ("mid", "after"))
    if column is None:
        return [Part(a, b, phrase, "provider-rating", problem="both a standard and 'overall' named")]
    return [Part(a, b, phrase, "provider-rating", ProviderRating(pid, column, ratings, negated=negations == 1))]


def _rating_for(m: Match, s: Sentence) -> list[Part] | None:
    """'a Good rating for X': the rating named first, then the provider it is for."""
    link = m.tags[m.tags.index(m.one("s")) - 1].words.lower()
    if link not in ("for", "to", "of"):
        return None
    pid = _subject(m.one("s"), s)
    if pid is None or any(t.code == "X" for t in s.tags[max(0, m.first - 3): m.first]):
        return None
    a, b, phrase = _span(m, s)
    return [Part(a, b, phrase, "provider-rating", ProviderRating(pid, "overall", _ratings(m.one("r"))))]


def _rating_ellipsis(m: Match, s: Sentence) -> list[Part] | None:
    """', but Inadequate for reviewing': a rating without a verb after a provider's rating in the same sentence
    is that provider's too."""
    earlier = [p for p in s.parts if isinstance(p.reading, ProviderRating) and p.end <= m.tags[m.first].start]
    if not earlier or not m.groups.get("after"):
        return None
    pid = earlier[-1].reading.provider
    a, b, phrase = _span(m, s)
    columns = list(dict.fromkeys(str(t.value) for t in m.groups["after"] if t.code == "T"))
    if not columns:
        return None
    return [Part(a, b, phrase, "rating ellipsis", ProviderRating(pid, c, _ratings(m.one("r")))) for c in columns]


def _standards_first(m: Match, s: Sentence) -> list[Part] | None:
    """Standards named before their rating, of the provider named in the sentence or referred to."""
    before = [t for t in s.tags[: m.first] if t.code in "PAS"]
    named_after_standard = {id(s.tags[i + 1]) for i, t in enumerate(s.tags[:-1]) if t.code == "T"}
    if any(t.code == "S" and id(t) not in named_after_standard for t in s.tags):
        return None  # "leadership was rated Good in most CRCs": a population, not one provider
    verbal = re.match(r"(?i)requires?|needs?|needing|requiring", m.one("r").words)
    if not (m.groups.get("mid") or verbal):
        return None
    subject = m.one("s") or (before[-1] if before else None)
    pid = _subject(subject, s)
    a, b, phrase = _span(m, s)
    if pid is None:
        return None
    if sum(t.code == "X" for t in m.groups.get("mid", [])) > 0:
        return [Part(a, b, phrase, "standard rating", problem="a negated standard rating, not read")]
    if any(t.code == "h" for t in m.tags[m.first: m.last]) or _PAST.search(m.words("mid")):
        return None
    columns = list(dict.fromkeys(str(t.value) for t in m.groups["ts"] if t.code == "T"))
    rating = _ratings(m.one("r"))
    return [Part(a, b, phrase, "standard rating", ProviderRating(pid, c, rating)) for c in columns]


def _providers_listed(m: Match, s: Sentence) -> list[Part] | None:
    names = [t for t in m.groups["ss"] if t.code == "P"]
    if any(t.code == "w" and t.words.lower() not in ("and", "&", "or") for t in m.groups["ss"]):
        return None
    if any(t.words.lower() == "or" for t in m.groups["ss"]):
        return None  # "A or B was rated Good": which one is not said
    parts = []
    for t in names:
        got = _provider_rating(Match(m.first, m.last, {**m.groups, "s": [t]}, m.tags), s)
        if got is None:
            return None
        parts.extend(got)
    return parts


def _rating_named(m: Match, s: Sentence) -> list[Part] | None:
    """'the good overall rating', 'its Inadequate rating': the subject's overall rating, said in passing."""
    det = m.one("det").words.lower()
    k = m.one("k").words.lower()
    if det not in ("the", "its", "their") or "rating" not in k and "grade" not in k:
        return None
    if any(t.code in "PSNQTHhXG" for t in s.tags) or _INTENT.search(s.text[s.start: s.end].lower()):
        return None  # another unit, a count, a standard, a change or a hope: not the subject's rating itself
    pid = _subject(None, s)
    if pid is None:
        return None
    a, b, phrase = _span(m, s)
    return [Part(a, b, phrase, "provider-rating", ProviderRating(pid, "overall", _ratings(m.one("r"))))]


def _clause_subject(m: Match, s: Sentence) -> list[Part] | None:
    """', ..., was rated Good': a rating after a clause that interrupts its subject ('X, which supervised
    3,000 people, was rated Good') belongs to the sentence's subject: the first provider named in it."""
    named = [t for t in s.tags[: m.first] if t.code in "PA"]
    if not named:
        return None
    first = named[0]
    if any(t.code in "SN" and t.start < first.start for t in s.tags[: m.first]) or first.code == "A":
        return None
    m2 = Match(m.first, m.last, {**m.groups, "s": [first]}, m.tags)
    return _provider_rating(m2, s)


def _as_was(m: Match, s: Sentence) -> list[Part] | None:
    """'..., as was C': C has the rating the sentence gave before."""
    if m.words("as") != "as":
        return None
    earlier = [p for p in s.parts if isinstance(p.reading, ProviderRating)]
    if not earlier:
        return None
    a, b, phrase = _span(m, s)
    r = earlier[-1].reading
    return [Part(a, b, phrase, "as-was", ProviderRating(str(m.one("s").value), r.column, r.ratings, r.negated))]


def _ellipsis(m: Match, s: Sentence) -> list[Part] | None:
    """'X was rated Good, and Y Requires improvement': a second name and rating after a first rated one."""
    if not any(isinstance(p.reading, ProviderRating) for p in s.parts):
        return None
    a, b, phrase = _span(m, s)
    return [Part(a, b, phrase, "rating-list", ProviderRating(str(m.one("s").value), "overall",
                                                              _ratings(m.one("r"))))]


def _change(m: Match, s: Sentence) -> list[Part] | None:
    """A rating against the previous inspection: 'improved from R to R', 'kept its Good rating', 'lost its Good
    rating', 'was downgraded to R', 'has not changed', 'the same rating as last time'."""
    pid = _subject(m.one("s"), s)
    a, b, phrase = _span(m, s)
    span = m.tags[m.first: m.last]
    words = " ".join(t.words.lower() for t in span)
    ratings = [t for t in span if t.code == "R"]
    negated = sum(t.code == "X" for t in span)
    if not ratings and not any(t.code in "VK" for t in (*span, *m.tags[m.last: m.last + 2])) and \
            not re.search(r"same rating|same grade|same mark|downgraded|upgraded", words):
        return None  # "making big changes", "kept improving": not a change of rating
    if pid is None:
        return [Part(a, b, phrase, "change", problem="the subject is not named in the text")]
    if negated > 1:
        return [Part(a, b, phrase, "change", problem="a double negation")]
    up, down, same = bool(_UP.search(words)), bool(_DOWN.search(words)), bool(_SAME.search(words))
    lost = bool(re.search(r"\b(?:lost|loses?|losing)\b", words))
    changed = bool(re.search(r"\bchang(?:e|ed|es|ing)\b", words))
    before = after = None
    if changed and negated and len(ratings) <= 1 and not (up or down or lost):
        # "its rating did not change", "has not changed": the same rating (whatever 'again' says besides)
        r = _ratings(ratings[0]) if ratings else None
        return [Part(a, b, phrase, "change", Change(pid, "same", r, r, since=_since(s, a)))]
    if len(ratings) >= 2:
        first, second = ratings[0], ratings[1]
        between = " ".join(t.words.lower() for t in span if first.end <= t.start < second.start)
        lead = " ".join(t.words.lower() for t in span if t.end <= first.start)[-30:]
        if re.search(r"\b(?:up|down)\s+from$", between) or re.search(r"\bafter\b", between):
            before, after = _ratings(second), _ratings(first)
        elif re.search(r"\bfrom$", lead) or re.search(r"\bto\b", between) or _PAST.search(between):
            before, after = _ratings(first), _ratings(second)
        else:
            return [Part(a, b, phrase, "change", problem="two ratings whose order in time is not said")]
        kind = "changed"
    else:
        r = _ratings(ratings[0]) if ratings else None
        if lost:
            kind, before = "changed", r
        elif same and not (up or down):
            kind, before, after = "same", r, r
        elif (up or down) and not (up and down):
            kind, after = ("up" if up else "down"), r
            lead = " ".join(t.words.lower() for t in span if ratings and t.end <= ratings[0].start)
            if r is not None and re.search(r"\bfrom(?:\s+(?:the|its|an?|their))?$", lead):
                before, after = r, None  # "moved up from the Inadequate rating it was given"
        elif changed:
            kind = "changed"
            if r is not None:
                # "its Good rating has not changed": the rating is the one kept
                before = after = r if negated else None
                if not negated:
                    return [Part(a, b, phrase, "change", problem="a change whose direction is not said")]
        else:
            return None
    if negated:
        if kind == "changed" and before is not None and before == after:
            kind = "same"  # "its Good rating has not changed"
        elif kind in ("same", "changed") and not (before or after) or kind == "changed" and lost:
            kind = {"same": "changed", "changed": "same"}[kind]
            if lost:
                before, after = before, before  # "did not lose its Good rating": kept it
        else:
            return [Part(a, b, phrase, "change", problem="a negated change")]
    column = _changed_column(m, s)
    if column is None:
        return [Part(a, b, phrase, "change", problem="a change on several standards at once")]
    return [Part(a, b, phrase, "change", Change(pid, kind, before, after, since=_since(s, a), column=column))]


def _changed_column(m: Match, s: Sentence) -> str | None:
    """What a change is of: the overall rating, or the one standard named in or just after the match ("kept its
    Outstanding rating for leadership"); None when several standards are named."""
    clause = clause_of(s.tags)
    last = m.last - 1 if m.last > m.first else m.first
    near = [t for i, t in enumerate(s.tags)
            if t.code == "T" and clause[i] == clause[last] and m.first - 3 <= i < m.last + 4]
    columns = {str(t.value) for t in near}
    return "overall" if not columns else (columns.pop() if len(columns) == 1 else None)


def _since(s: Sentence, at: int) -> bool:
    """Whether the round the sentence writes is the one a change is counted from ('since 2018-19')."""
    return bool(re.search(r"(?i)\bsince\s+(?:its\s+|the\s+)?(?:inspection\s+(?:in|of)\s+)?(?:20[0-9]{2})",
                          s.text[at: s.end]))


def _refused_subject(m: Match, s: Sentence, shape: str) -> tuple[str | None, list[Part] | None]:
    """The provider a shape about one provider speaks of, or the part saying why it is not read: no subject
    named in the text, or a negation inside the shape that the shape does not read."""
    pid = _subject(m.one("s"), s)
    a, b, phrase = _span(m, s)
    if pid is None:
        return None, [Part(a, b, phrase, shape, problem="the subject is not named in the text")]
    if any(t.code == "X" for t in m.tags[m.first: m.last]):
        return None, [Part(a, b, phrase, shape, problem="a negation, not read")]
    return pid, None


def _standards_count(m: Match, s: Sentence) -> list[Part] | None:
    pid, refused = _refused_subject(m, s, "standards-count")
    if refused:
        return refused
    a, b, phrase = _span(m, s)
    n = m.one("n")
    r = _ratings(m.one("r"))
    z = next(t for t in m.tags[m.first: m.last] if t.code == "Z")
    group = "case" if z.value == "case" else None
    numbers = [t for t in m.tags[m.first: m.last] if t.code == "N" and t is not n]
    if n.code == "Q":
        q = str(n.value)
        if q not in ("all", "none", "most"):
            return None
        total = None
        if numbers:
            got = _count(numbers[0], s)
            total = int(got[0].value) if got and got[0].rule == "exact count" else None
        return [Part(a, b, phrase, "standards-count", StandardsCount(pid, r, Reading(0, _INF, True, False, "count",
                                                                                     q, 0), quantifier=q,
                                                                     total=total, group=group))]
    got = _count(n, s)
    if got is None:
        return None
    stated, total, _ = got
    totals = [t for t in m.groups.get("mid", []) if t.code == "N"]
    if total is None and totals:
        try:
            total = int(_interpret(totals[0].words, "count").value)
        except ValueError:
            total = None
    return [Part(a, b, phrase, "standards-count", StandardsCount(pid, r, stated, total=total, group=group))]


def _standards_continued(m: Match, s: Sentence) -> list[Part] | None:
    """'... and another four were Inadequate' after a count of a provider's standards in the same sentence."""
    before = [p for p in s.parts if isinstance(p.reading, StandardsCount) and p.end <= m.tags[m.first].start]
    if not before or any(t.code in "PSZ" for t in m.tags[m.first: m.last]):
        return None
    lead = _lead(s, m.one("n"))
    if not re.search(r"\b(?:and|another|while|with|a further|further)$", lead):
        return None
    got = _count(m.one("n"), s)
    if got is None or got[1] is not None:
        return None
    prev = before[-1].reading
    a, b, phrase = _span(m, s)
    return [Part(a, b, phrase, "standards-count", StandardsCount(prev.provider, _ratings(m.one("r")), got[0],
                                                                 total=prev.total, group=prev.group))]


def _population(tag: Tag) -> tuple[str | None, str]:
    return tag.value, re.sub(r"\s+", " ", tag.words)


_GENERIC = {"areas", "area", "organisation", "organisations", "service", "services", "provider", "providers",
            "probation services", "probation providers"}


def _count_shape(m: Match, s: Sentence) -> list[Part] | None:
    """'five of the seven NPS divisions were rated Good', 'no CRC was rated Outstanding', 'most CRCs ...'."""
    q_tag, n_tag, pop = m.one("q"), m.one("n"), m.one("pop")
    a, b, phrase = _span(m, s)
    mid = m.groups.get("mid", [])
    restricted = bool(mid) and (bool(_RESTRICT.match(mid[0].words)) or mid[0].code == "I")
    if not restricted and (any(t.code == "H" for t in mid) or _PAST.search(m.words("mid"))):
        return [Part(a, b, phrase, "count", problem="a count of changes of rating, not read")]
    before = m.one("neg") or (s.tags[m.first - 1] if m.first > 0 else None)
    if before is not None and before.code == "X":
        if q_tag is not None and str(q_tag.value) == "all" and n_tag is None and not any(t.code == "X" for t in mid):
            # "not all CRCs were rated Good": at least one was rated something else
            sector, words = _population(pop)
            column = _column(m, s, ("mid", "after")) or "overall"
            other = tuple(r for r in schema.RATINGS if r not in _ratings(m.one("r")))
            st = Statement(a, b, phrase, "count", quantifier="at least", amount=1.0, sector=sector,
                           population_words=words, predicate=Predicate("rating", column, other))
            return [Part(before.start, b, s.text[before.start: b], "count", st)]
        return [Part(a, b, phrase, "count", problem="a negation before the count, not read")]
    negations = [t for t in mid if t.code == "X"]
    rating = _ratings(m.one("r"))
    column = _column(m, s, ("mid", "after"))
    if column is None:
        return [Part(a, b, phrase, "count", problem="both a standard and 'overall' named")]
    if negations:
        if len(negations) > 1 or q_tag is not None and str(q_tag.value) in ("all", "most"):
            # "not all CRCs were rated ...", "most were not ...": scope of the negation not read
            return [Part(a, b, phrase, "count", problem="a negation whose scope is not read")]
        rating = tuple(r for r in schema.RATINGS if r not in rating)
    sector, words = _population(pop)
    pred = Predicate("rating", column, rating)
    q = str(q_tag.value) if q_tag is not None else None
    if q == "none" and n_tag is not None and re.match(r"(?i)(?:more|fewer|less)\b", n_tag.words):
        q = None  # "no more than two": the "no" belongs to the figure
    other = m.one("o") is not None
    if other:
        return [Part(a, b, phrase, "count", problem="'the other' providers: which are meant is not read")]
    stated = denominator = amount = proportion = None
    if n_tag is not None:
        got = _count(n_tag, s)
        if got is None:
            return [Part(a, b, phrase, "count", problem=f"the figure '{n_tag.words}' is not a count")]
        stated, denominator, lead_q = got
        total = m.one("total")
        if total is not None and denominator is None:
            t = _count(total, s)
            if t is None or t[0].rule != "exact count":
                return [Part(a, b, phrase, "count", problem="a total that is not a whole number")]
            denominator = int(t[0].value)
            if lead_q == "share":
                st = Statement(a, b, phrase, "count", stated=stated, quantifier="share", sector=sector,
                               population_words=words, predicate=pred, size_stated=denominator)
                return [Part(a, b, phrase, "count", st)]
        if denominator is not None:
            try:
                proportion = _interpret(n_tag.words)
            except ValueError:
                proportion = None
        if lead_q == "share":
            q = "share"
        elif lead_q == "all N":
            q = "all N"
        elif lead_q == "all but" or q == "all but":
            q, amount = "all but", stated.value
        elif lead_q == "at least":
            q, amount = "at least", stated.value
        elif q in ("all", "all N"):
            q = "all N"
        elif q == "none":
            # "none of the seven NPS divisions": none of them, and seven in all
            size = int(stated.value) if stated.rule == "exact count" else None
            st = Statement(a, b, phrase, "count", quantifier="none", sector=sector, population_words=words,
                           predicate=pred, size_stated=size)
            return [Part(a, b, phrase, "count", st)]
        elif q is not None and q not in ("only",):
            q = None
        if q == "only":
            q = None
    elif q is None:
        return None
    if q == "at least one":
        q, amount = "at least", 1.0
    elif q == "one":
        q, stated = None, _interpret("1", "count")
    elif q in ("only", "first"):
        return None
    if m.one("e") is not None:
        exc = m.one("en")
        if q != "all" or exc is None:
            return [Part(a, b, phrase, "count", problem="an exception not read")]
        got = _count(exc, s)
        if got is None:
            return [Part(a, b, phrase, "count", problem="an exception not read")]
        q, amount = "all but", got[0].value
    if words.lower() in _GENERIC and sector is None and s.previous_pop and s.previous_pop[0] is not None \
            and words.lower() in ("areas", "area"):
        sector, words = s.previous_pop
    if restricted:
        # "eight of the ten CRCs inspected so far": a part of the population; only an impossible count fails
        if stated is None or q not in (None, "all N"):
            return [Part(a, b, phrase, "count", problem=f"a part of the {words} (words after it restrict it)")]
        q = "of a part" if denominator is not None else None
    st = Statement(a, b, phrase, "count", stated=stated, quantifier=q, amount=amount, denominator=denominator,
                   sector=sector, population_words=words, predicate=pred, subset=restricted,
                   proportion=proportion if proportion is not None and proportion.unit == "percent" else None)
    return [Part(a, b, phrase, "count", st)]


def _bare_count(m: Match, s: Sentence) -> list[Part] | None:
    """'six were rated Good', after a sentence or clause that named the population."""
    pops = [t for t in s.tags[: m.first] if t.code == "S"]
    pop = (pops[-1].value, pops[-1].words) if pops else s.previous_pop
    if pop is None or pop[0] is None and pop[1].lower() in ("areas", "area", "organisation", "organisations"):
        return None
    a, b, phrase = _span(m, s)
    got = _count(m.one("n"), s)
    if got is None:
        return None
    stated, denominator, lead_q = got
    if lead_q == "share":
        return None
    mid = m.groups.get("mid", [])
    if any(t.code in "XH" for t in mid):
        return [Part(a, b, phrase, "count", problem="a negated or changed count, not read")]
    column = _column(m, s, ("mid", "after"))
    if column is None:
        return None
    q = "at least" if lead_q == "at least" else None
    st = Statement(a, b, phrase, "count", stated=stated, quantifier=q, amount=stated.value if q else None,
                   denominator=denominator, sector=pop[0], population_words=re.sub(r"\s+", " ", pop[1]),
                   predicate=Predicate("rating", column, _ratings(m.one("r"))))
    return [Part(a, b, phrase, "count", st)]


def _inspected(m: Match, s: Sentence) -> list[Part] | None:
    """'28 providers were inspected', 'HMIP inspected all 28 services', 'rated 10 services'."""
    a, b, phrase = _span(m, s)
    got = _count(m.one("n"), s)
    if got is None or got[2] == "share":
        return None
    if any(t.code == "R" for t in s.tags[: m.first]):
        return None  # "Good was the rating given to five divisions": which rating is counted is not read here
    verb = (m.one("v") or m.one("v2"))
    kind = "inspected" if verb.code == "I" else "rated"
    if kind == "rated" and verb.words.lower() not in ("rated", "given", "awarded"):
        return None
    sector, words = _population(m.one("pop"))
    st = Statement(a, b, phrase, "count", stated=got[0], denominator=got[1], sector=sector, population_words=words,
                   predicate=Predicate(kind))
    return [Part(a, b, phrase, "count", st)]


def _there_are(m: Match, s: Sentence) -> list[Part] | None:
    """'there were 21 CRCs': the size of a population."""
    if not re.fullmatch(r"there (?:are|were|was|is)", m.words("there")):
        return None
    a, b, phrase = _span(m, s)
    got = _count(m.one("n"), s)
    if got is None:
        return None
    sector, words = _population(m.one("pop"))
    st = Statement(a, b, phrase, "count", stated=got[0], sector=sector, population_words=words,
                   predicate=Predicate("providers"))
    return [Part(a, b, phrase, "population size", st)]


def _declared(m: Match, s: Sentence) -> list[Part] | None:
    """'Of the 21 CRCs, only one was rated Good': a count within a group the sentence opened with."""
    parts = _count_shape(m, s) if (m.one("q") or m.one("n")) else None
    if not parts or parts[0].problem:
        return parts
    n0 = m.one("n0")
    st = parts[0].reading
    if n0 is not None:
        got = _count(n0, s)
        if got is None or got[0].rule != "exact count":
            return None
        if st.quantifier in ("all N", "all"):
            st = Statement(st.start, st.end, st.phrase, "count", stated=got[0], quantifier="all N",
                           sector=st.sector, population_words=st.population_words, predicate=st.predicate)
        else:
            from dataclasses import replace
            st = replace(st, denominator=int(got[0].value))
    a, b, phrase = _span(m, s)
    return [Part(a, b, phrase, "count", st)]


_RESTRICT = re.compile(r"(?i)^(?:that|which|who|whose|run|owned|under|inspected|so|covering|with|reported|"
                       r"published|by|since|including|such|among|like|led|operated|in|of|we|it|they|have|had)$")


def _size(m: Match, s: Sentence) -> list[Part] | None:
    """'the 21 CRCs', 'all seven NPS divisions': the size of a population, unless words after it restrict it."""
    n = m.one("n")
    lead = _lead(s, n)
    listed = lead.endswith("and") and any(p.shape == "population size" for p in s.parts)
    if not listed and not re.search(r"(?:^|\s)(?:the|all|all the|all of the|there were|there are|were|are)$",
                                    lead):
        return None
    rest = m.groups.get("rest", [])
    following = s.tags[m.last] if m.last < len(s.tags) else None
    if not rest and following is not None and following.code in "IM":
        a, b, phrase = _span(m, s)
        return [Part(a, b, phrase, "population size", problem="a part of the population (words after it restrict "
                     "it)")]
    i = s.tags.index(rest[0]) if rest else -1
    in_round = rest and rest[0].words.lower() == "in" and i + 1 < len(s.tags) and s.tags[i + 1].code in "Yw" and \
        (s.tags[i + 1].code == "Y" or s.tags[i + 1].words.lower() in ("this", "that", "the"))
    if rest and _RESTRICT.match(rest[0].words) and not in_round:
        a, b, phrase = _span(m, s)
        return [Part(a, b, phrase, "population size", problem="a part of the population (words after it restrict "
                     "it)")]
    after_noun = s.tags[s.tags.index(m.one("pop")) + 1] if s.tags.index(m.one("pop")) + 1 < len(s.tags) else None
    if not (after_noun is None or after_noun.code in ",BVY" or in_round or (listed and after_noun.code == "w")
            or after_noun.words.lower() in ("and", "&")):
        return None  # "the six CRCs HM Inspectorate has inspected": words after the noun may restrict it
    sector, words = _population(m.one("pop"))
    if sector is None:
        return None
    got = _count(n, s)
    if got is None or got[0].rule != "exact count":
        return None
    a, b, phrase = _span(m, s)
    st = Statement(a, b, phrase, "count", stated=got[0], sector=sector, population_words=words,
                   predicate=Predicate("providers"))
    return [Part(a, b, phrase, "population size", st)]


def _composition(m: Match, s: Sentence) -> list[Part] | None:
    """'Of the six rated Good, five were NPS divisions': a count of all, and of one sector, with a rating."""
    a, b, phrase = _span(m, s)
    whole, part = _count(m.one("n0"), s), _count(m.one("n"), s)
    if whole is None or part is None:
        return None
    sector, words = _population(m.one("pop"))
    pred = Predicate("rating", "overall", _ratings(m.one("r")))
    return [Part(a, b, phrase, "composition", Statement(a, b, phrase, "count", stated=whole[0], population_words=
                                                        "providers", predicate=pred)),
            Part(a, b, phrase, "composition", Statement(a, b, phrase, "count", stated=part[0], sector=sector,
                                                        population_words=words, predicate=pred))]


def _scale(m: Match, s: Sentence) -> list[Part] | None:
    """"rated 'Good', the second-highest rating": a rating placed on the scale."""
    first, second = m.one("r1"), m.one("r2")
    if re.search(r"highest|lowest", first.words, re.IGNORECASE) and not re.search(r"highest|lowest", second.words,
                                                                                 re.IGNORECASE):
        first, second = second, first  # "the second lowest rating, 'Requires improvement'"
    if not re.search(r"highest|lowest", second.words, re.IGNORECASE):
        return None
    a, b = second.start, second.end
    st = Statement(a, b, second.words, "scale", predicate=Predicate("rating", "overall", _ratings(first)),
                   notes=(first.words, ",".join(_ratings(second))))
    return [Part(a, b, second.words, "scale", st)]


def _only(m: Match, s: Sentence) -> list[Part] | None:
    """'X was the only CRC rated Good', 'X became the first CRC to be rated Good'."""
    q = str(m.one("q").value)
    if q not in ("only", "first"):
        return None
    pid, refused = _refused_subject(m, s, "only")
    if refused:
        return refused
    a, b, phrase = _span(m, s)
    sector, words = _population(m.one("pop"))
    if re.search(r"(?i)\bof its (?:kind|type)\b", s.text[m.one("pop").end: m.tags[m.last - 1].end]):
        # "the first organisation of its kind": of the subject's own sector
        from . import vocabulary as vocab

        provider = vocab.providers_and_aliases()[1].get(pid)
        if provider is None:
            return None
        sector, words = provider.sector, {"CRC": "CRCs", "NPS": "NPS divisions"}.get(provider.sector, words)
    st = Statement(a, b, phrase, "provider", providers=(pid,), quantifier=q, sector=sector, population_words=words,
                   predicate=Predicate("rating", "overall", _ratings(m.one("r"))))
    return [Part(a, b, phrase, "only", st)]


def _only_that(m: Match, s: Sentence) -> list[Part] | None:
    """'... the first organisation of its kind to achieve that grade': 'that grade' is the rating named before."""
    v = m.one("v")
    i = m.tags.index(v)
    if i == 0 or m.tags[i - 1].words.lower() not in ("that", "this", "the same"):
        return None
    earlier = [t for t in s.tags[: m.first] if t.code == "R"]
    if not earlier:
        return None
    m2 = Match(m.first, m.last, {**m.groups, "r": [earlier[-1]]}, m.tags)
    return _only(m2, s)


def _rated(m: Match, s: Sentence) -> list[Part] | None:
    """'Ten services received an overall rating', 'every provider was given an overall rating'."""
    q_tag, n_tag = m.one("q"), m.one("n")
    a, b, phrase = _span(m, s)
    sector, words = _population(m.one("pop"))
    if n_tag is not None:
        got = _count(n_tag, s)
        if got is None:
            return None
        st = Statement(a, b, phrase, "count", stated=got[0], denominator=got[1], sector=sector,
                       population_words=words, predicate=Predicate("rated"))
    elif q_tag is not None and str(q_tag.value) in ("all", "none"):
        st = Statement(a, b, phrase, "count", quantifier=str(q_tag.value), sector=sector, population_words=words,
                       predicate=Predicate("rated"))
    else:
        return None
    return [Part(a, b, phrase, "count", st)]


def _all_those(m: Match, s: Sentence) -> list[Part] | None:
    """'all those rated Inadequate were CRCs': every provider with the rating is of that population."""
    if str(m.one("q").value) != "all":
        return None
    a, b, phrase = _span(m, s)
    sector, words = _population(m.one("pop"))
    if sector is None:
        return None
    st = Statement(a, b, phrase, "count", quantifier="all are", sector=sector, population_words=words,
                   predicate=Predicate("rating", "overall", _ratings(m.one("r"))))
    return [Part(a, b, phrase, "composition", st)]


def _people(m: Match, s: Sentence) -> list[Part] | None:
    a, b, phrase = _span(m, s)
    pid = _subject(m.one("s"), s)
    n = m.one("n")
    got = _count(n, s)
    if got is None or got[2] == "share":
        return None
    stated = got[0]
    if pid is None:
        return [Part(a, b, phrase, "people", problem="people supervised, but by whom is not named")]
    st = Statement(n.start, n.end, n.words, "people", stated=stated, providers=(pid,),
                   predicate=Predicate("people_supervised"))
    return [Part(a, b, phrase, "people", st)]


def _owner(m: Match, s: Sentence) -> list[Part] | None:
    a, b, phrase = _span(m, s)
    n = m.one("n")
    ratio = _RATIO.match(n.words)
    if ratio:
        # "one of six CRCs run by Sodexo": six is the portfolio, one the provider spoken of
        if not re.fullmatch(r"(?i)one", ratio.group("n").strip()):
            return None
        try:
            stated = _interpret(ratio.group("m"), "count")
        except ValueError:
            return None
    else:
        got = _count(n, s)
        if got is None:
            return None
        stated = got[0]
    sector, _ = _population(m.one("pop"))
    return [Part(a, b, phrase, "owner", OwnerCount(str(m.one("w").value), sector, stated))]


def _except_count(m: Match, s: Sentence) -> list[Part] | None:
    """'With the exception of one CRC, all CRCs were rated ...': all but N."""
    if str(m.one("q").value) != "all":
        return None
    got = _count(m.one("en"), s)
    if got is None or got[0].rule != "exact count":
        return None
    a, b, phrase = _span(m, s)
    column = _column(m, s, ("mid", "after"))
    if column is None or any(t.code in "XH" for t in m.groups.get("mid", [])):
        return [Part(a, b, phrase, "exception", problem="an exception with a negation or change, not read")]
    sector, words = _population(m.one("pop"))
    st = Statement(a, b, phrase, "count", quantifier="all but", amount=got[0].value, sector=sector,
                   population_words=words, predicate=Predicate("rating", column, _ratings(m.one("r"))))
    return [Part(a, b, phrase, "exception", st)]


def _except_named(m: Match, s: Sentence) -> list[Part] | None:
    """'Other than X, no CRC was rated Inadequate' (X was, and the only one); 'Apart from X, all CRCs were
    rated ...' (X was not, every other was); 'Unlike X, Y was rated Good' (Y was, X was not)."""
    a, b, phrase = _span(m, s)
    ex = str(m.one("ex").value)
    e_words = m.words("e")
    column = _column(m, s, ("mid", "after"))
    mid = m.groups.get("mid", [])
    if column is None or any(t.code in "XH" for t in mid):
        return [Part(a, b, phrase, "exception", problem="an exception with a negation or change, not read")]
    rating = _ratings(m.one("r"))
    if m.one("s") is not None:
        if e_words not in ("unlike", "in contrast to"):
            return None
        pid = _subject(m.one("s"), s)
        return [Part(a, b, phrase, "contrast", ProviderRating(pid, column, rating)),
                Part(a, b, phrase, "contrast", ProviderRating(ex, column, rating, negated=True))]
    q = str(m.one("q").value)
    sector, words = _population(m.one("pop"))
    pred = Predicate("rating", column, rating)
    if q == "none":
        st = Statement(a, b, phrase, "provider", providers=(ex,), quantifier="only", sector=sector,
                       population_words=words, predicate=pred)
        return [Part(a, b, phrase, "exception", st)]
    if q == "all":
        st = Statement(a, b, phrase, "count", quantifier="all but", amount=1.0, sector=sector,
                       population_words=words, predicate=pred)
        return [Part(a, b, phrase, "exception", st),
                Part(a, b, phrase, "exception", ProviderRating(ex, column, rating, negated=True))]
    return None


def _pairs(m: Match, names: tuple[tuple[str, str], ...]) -> list[tuple[Tag | None, Tag | None, Tag]]:
    return [(m.one(q) if q else None, m.one(n), m.one(p)) for q, n, p in names if m.one(p) is not None]


def _coordinated(m: Match, s: Sentence) -> list[Part] | None:
    """'every one of the 21 CRCs and all seven NPS divisions had been inspected'."""
    verb = m.one("v")
    joint = m.tags[m.tags.index(m.one("pop1")) + 1]
    if joint.words.lower() not in ("and", "&"):
        return None  # "two of the NPS's seven divisions": not two counts
    column = _column(m, s, ("mid", "after"))
    if column is None or any(t.code in "XH" for t in m.groups.get("mid", [])):
        return None
    pred = Predicate("inspected") if verb.code == "I" else Predicate("rating", column, _ratings(verb))
    if verb.code == "I" and not m.has("mid", "B"):
        return None
    a, b, phrase = _span(m, s)
    parts = []
    for q_tag, n_tag, pop in _pairs(m, (("q1", "n1", "pop1"), ("q", "n", "pop"))):
        n_tag = n_tag or (m.one("m1") if pop is m.one("pop1") else m.one("m"))
        sector, words = _population(pop)
        q = str(q_tag.value) if q_tag is not None else None
        stated = amount = denominator = None
        if n_tag is not None:
            got = _count(n_tag, s)
            if got is None or got[2] == "share":
                return None
            stated, denominator, lead = got
            q = "all N" if lead == "all N" or q == "all" else (None if q in ("one", "only") else q)
            if q not in (None, "all N"):
                return None
        elif q not in ("all", "none", "most"):
            return None
        parts.append(Part(a, b, phrase, "count", Statement(a, b, phrase, "count", stated=stated, quantifier=q,
                                                           amount=amount, denominator=denominator, sector=sector,
                                                           population_words=words, predicate=pred)))
    return parts


def _went_to(m: Match, s: Sentence) -> list[Part] | None:
    if not re.search(r"\b(?:went|given|awarded|handed)\b", m.words("r") + " " + " ".join(
            t.words.lower() for t in m.tags[m.first + 1: m.last])):
        return None
    got = _count(m.one("n"), s)
    if got is None or got[2] == "share":
        return None
    a, b, phrase = _span(m, s)
    sector, words = _population(m.one("pop"))
    st = Statement(a, b, phrase, "count", stated=got[0], denominator=got[1], sector=sector, population_words=words,
                   predicate=Predicate("rating", "overall", _ratings(m.one("r"))))
    return [Part(a, b, phrase, "count", st)]


def _breakdown(m: Match, s: Sentence) -> list[Part] | None:
    """A count read before in the sentence, broken down by sector after it: each part has the same predicate."""
    counted = [p for p in s.parts if isinstance(p.reading, Statement) and p.reading.kind == "count"
               and p.reading.predicate is not None and p.reading.predicate.kind == "rating" and p.end <=
               m.tags[m.first].start]
    if not counted:
        return None
    whole = counted[-1].reading
    a, b, phrase = _span(m, s)
    parts = []
    for _, n_tag, pop in _pairs(m, ((None, "n1", "pop1"), (None, "n2", "pop2"), (None, "n3", "pop3"))):
        got = _count(n_tag, s)
        if got is None or got[2]:
            return None
        sector, words = _population(pop)
        if sector is None:
            return None
        parts.append(Part(a, b, phrase, "breakdown", Statement(a, b, phrase, "count", stated=got[0], sector=sector,
                                                               population_words=words, predicate=whole.predicate)))
    return parts


def _so_was(m: Match, s: Sentence) -> list[Part] | None:
    """'..., and so was every CRC', '..., as were two CRCs': the predicate before, said of another population."""
    if m.words("so") not in ("so", "as") or m.one("o") is not None:
        return None  # "as were four other divisions": others than which is not read
    earlier = [p for p in s.parts if isinstance(p.reading, (ProviderRating, Statement)) and not p.problem]
    if not earlier:
        return None
    r = earlier[-1].reading
    pred = r.predicate if isinstance(r, Statement) else Predicate("rating", r.column, r.ratings)
    if pred is None or pred.kind != "rating" or getattr(r, "negated", False):
        return None
    a, b, phrase = _span(m, s)
    if m.one("p") is not None:
        return [Part(a, b, phrase, "as was", ProviderRating(str(m.one("p").value), pred.column, pred.ratings))]
    q_tag, n_tag, pop = m.one("q"), m.one("n"), m.one("pop")
    sector, words = _population(pop)
    q = str(q_tag.value) if q_tag is not None else None
    stated = None
    if n_tag is not None:
        got = _count(n_tag, s)
        if got is None or got[2]:
            return None
        stated = got[0]
    elif q not in ("all", "none", "most"):
        return None
    st = Statement(a, b, phrase, "count", stated=stated, quantifier=q, sector=sector, population_words=words,
                   predicate=pred)
    return [Part(a, b, phrase, "as was", st)]


def _likelihood(m: Match, s: Sentence) -> list[Part] | None:
    """'CRCs were more likely than NPS divisions to be rated Good', 'twice as likely as a CRC'."""
    words = m.words("l")
    a, b, phrase = _span(m, s)
    if any(t.code == "X" for t in m.tags[m.first: m.last]):
        return [Part(a, b, phrase, "likelihood", problem="a negated comparison")]
    ratio = None
    if "more likely" in words and "times" not in words:
        kind = "more"
    elif "less likely" in words:
        kind = "less"
    elif "twice" in words:
        kind, ratio = "ratio", 2.0
    elif "times" in words and m.one("k") is not None:
        try:
            ratio = float(_interpret(m.one("k").words, "count").value)
        except ValueError:
            return None
        kind = "ratio"
    else:
        return [Part(a, b, phrase, "likelihood", problem="a comparison of likelihoods, not read")]
    first, second = _population(m.one("a"))[0], _population(m.one("b"))[0]
    if first == second:
        return None
    return [Part(a, b, phrase, "likelihood", Likelihood(first, second, _ratings(m.one("r")), kind, ratio))]


def _distribution(m: Match, s: Sentence) -> list[Part] | None:
    """'Requires improvement was the most common rating', 'the lowest rating given to any NPS division was
    Requires improvement'."""
    d = m.one("d") or m.one("ext")
    words = d.words.lower()
    kind = next((k for k in ("most common", "least common", "lowest", "highest") if k in words), None)
    if kind is None:
        return None
    a, b, phrase = _span(m, s)
    if any(t.code in "XT" for t in m.tags[m.first: m.last]):
        return [Part(a, b, phrase, "distribution", problem="a standard or a negation in a superlative")]
    pop = m.one("pop")
    sector = _population(pop)[0] if pop is not None else None
    rating = _ratings(m.one("r"))
    if len(rating) != 1:
        return None
    return [Part(a, b, phrase, "distribution", Distribution(sector, rating[0], kind))]


def _sector_figure(m: Match, s: Sentence) -> list[Part] | None:
    """A figure of a published sector measure: the sentence's words name the measure (vocabulary.MEASURES)."""
    from . import vocabulary as vocab

    text = s.text[s.start: s.end].lower()
    if "measures" not in s.memo:
        # which measures the sentence's words name is asked once per sentence, not once per figure in it
        s.memo["measures"] = [w for w in vocab.MEASURES if all(re.search(p, text) for p in w.needs)]
        s.memo["provider measures"] = [w for w in vocab.PROVIDER_MEASURES if all(re.search(p, text) for p in w.needs)]
        s.memo["figures"] = [t for t in s.tags if t.code == "N"]
        s.memo["named"] = [t for t in s.tags if t.code in "PA"]
    figures, named = s.memo["figures"], s.memo["named"]
    if not s.memo["measures"] and not s.memo["provider measures"]:
        return None
    if named or (s.subject and not any(t.code == "S" for t in s.tags)):
        # a figure said of one provider (named, referred to, or the text's subject)
        return _provider_figure(m, s, text, figures, _subject(named[0] if named else None, s))
    if "shares" not in s.memo:
        s.memo["shares"] = {id(t): _is_share(t) for t in figures}  # once per sentence, not once per figure
    shares = s.memo["shares"]
    for words in s.memo["measures"]:
        stated_tags = [t for t in figures if not (words.threshold and re.search(words.threshold, t.words.lower()))
                       and (words.measure.endswith("_pct") <= shares[id(t)])]
        if len(stated_tags) != 1 or stated_tags[0] is not m.one("n"):
            continue
        n = stated_tags[0]
        unit = "count" if words.measure in ("po_vacancies", "people_under_supervision", "people_supervised") \
            else "percent"
        got = _count(n, s) if unit == "count" else None
        try:
            stated = got[0] if got else _interpret(n.words)
        except ValueError:
            return None
        if stated.unit != unit:
            continue
        if unit == "percent" and stated.rule == "over":
            stated = Reading(stated.value, _INF, False, False, "percent", "over", stated.value)
        sectors = {t.value for t in s.tags if t.code == "S"}
        scope = {frozenset({"NPS"}): "NPS", frozenset({"CRC"}): "CRC", frozenset(): "all",
                 frozenset({None}): "all"}.get(frozenset(sectors))
        if scope is None:
            return None
        complement = words.negative and not vocab.NEGATIVE_WORDS.search(text)
        a, b = n.start, n.end
        # the threshold figures and the negation are read as part of the measure's words
        for t in figures + [t for t in s.tags if t.code == "X" and words.negative]:
            a, b = min(a, t.start), max(b, t.end)
        # every measure the words name with the same unit and sense: the data say which one the scope publishes
        also = tuple(w.measure for w in s.memo["measures"] if w is not words and w.negative == words.negative
                     and w.measure.endswith("_pct") == words.measure.endswith("_pct"))
        return [Part(a, b, n.words, "sector figure", SectorFigure(words.measure, scope, stated, complement, also))]
    return None


def _method(m: Match, s: Sentence) -> list[Part] | None:
    near = s.tags[max(0, m.first - 4): m.last + 4]
    if any(t.code == "R" for t in near):
        return None  # "rated Good on three standards": a count of standards with a rating
    return []


_OWNS = re.compile(r"(?i)\b(?:owns|owned|runs|ran|operates|operated|manages|managed|took\s+over|takes\s+over|"
                   r"bought|acquired|in\s+charge\s+of)\b")
_OWNER_CHANGE = re.compile(r"(?i)\b(?:until|taken\s+over|took\s+over|takes\s+over|administration|sold|"
                           r"transferred|handed\s+over|new\s+owners?|bought|acquired)\b")
_OWNED_BY = re.compile(r"(?i)\b(?:owned|run|operated|managed|taken\s+over|bought|acquired|led)\s+by\b")


def _owner_of(m: Match, s: Sentence) -> list[Part] | None:
    """'A private company, PeoplePlus, owns it'; 'Merseyside CRC is run by the Purple Futures consortium'."""
    between = " ".join(t.words for t in m.tags[m.first + 1: m.last - 1])
    if m.one("s") is not None and m.tags.index(m.one("s")) > m.tags.index(m.one("w")):
        if not _OWNS.search(between) or _OWNED_BY.search(between):
            return None
    elif not _OWNED_BY.search(between):
        return None
    if any(t.code == "X" for t in m.tags[m.first: m.last]) or re.search(r"(?i)\b(?:until|before|from|since|no longer|"
                                                                        r"formerly|previously|new)\b", between):
        return None  # a change of owner or an owner denied: not who ran it at the inspection
    sentence = s.text[s.start: s.end]
    if _OWNER_CHANGE.search(sentence) or re.search(r"(?i)\bowner\s+of\s*$|^\W*(?:'s|s)?\s*owner\b",
                                                    s.text[max(s.start, m.one("w").start - 12): m.one("w").start]):
        a, b, phrase = _span(m, s)
        return [Part(a, b, phrase, "owner", problem="a change of owner, or who owns the owner")]
    pid = _subject(m.one("s"), s)
    if pid is None:
        return None
    a, b, phrase = _span(m, s)
    return [Part(a, b, phrase, "owner", ProviderOwner(pid, str(m.one("w").value)))]


def _standards_rated(m: Match, s: Sentence) -> list[Part] | None:
    """Several standards given one rating: 'rated the planning, implementation and review ... Inadequate'."""
    subject = m.one("s") or m.one("s2")
    if subject is None:
        after = [t for t in s.tags[m.last:] if t.code in "PA"]
        subject = after[0] if after else None
    pid = _subject(subject, s)
    a, b, phrase = _span(m, s)
    if pid is None:
        return [Part(a, b, phrase, "standards rated", problem="whose standards is not said")]
    columns = list(dict.fromkeys(str(t.value) for t in m.groups["ts"] if t.code == "T"))
    rating = _ratings(m.one("r"))
    return [Part(a, b, phrase, "standards rated", ProviderRating(pid, c, rating)) for c in columns]


def _is_share(tag: Tag) -> bool:
    """Whether a figure states a share by its own words ('45 per cent', 'a third', 'one in 20')."""
    try:
        return _interpret(tag.words).unit == "percent"
    except ValueError:
        return False


def _provider_figure(m: Match, s: Sentence, text: str, figures: list[Tag], pid: str | None) -> list[Part] | None:

    if pid is None:
        return None
    from .vocabulary import KEY_QUESTION_MEASURES

    asked = _key_question(s, m.one("n"))
    for words in s.memo["provider measures"]:
        if words.measure in KEY_QUESTION_MEASURES and words.measure != asked:
            continue
        stated_tags = [t for t in figures if not (words.threshold and re.search(words.threshold, t.words.lower()))]
        if len(stated_tags) < 1 or m.one("n") not in stated_tags:
            continue
        unit = "count" if words.measure in ("avg_caseload", "points") else "percent"
        near = s.text[max(s.start, m.one("n").start - 40): m.one("n").end + 40].lower()
        if unit == "count" and not all(re.search(p, near) for p in words.needs):
            continue  # "One of them ... received zero points": a count measure's words stand by its figure
        try:
            # a share must say it is one ("45 per cent", "a third"): a bare number is no share
            stated = _interpret(m.one("n").words, None if unit == "percent" else unit)
        except ValueError:
            return None
        if stated.unit != unit:
            continue
        if stated.rule == "over" and stated.high != _INF and unit == "percent":
            stated = Reading(stated.value, _INF, False, False, unit, "over", stated.value)
        n = m.one("n")
        a, b = n.start, n.end
        for t in figures:
            if words.threshold and t is not n and re.search(words.threshold, t.words.lower()) and \
                    0 <= t.start - n.end <= 40:
                b = t.end  # "zero of a possible 27": the scale's top is part of the figure, no claim of its own
        return [Part(a, b, s.text[a:b], "provider figure", ProviderFigure(pid, words.measure, stated))]
    return None


def _key_question(s: Sentence, n: Tag) -> str | None:
    """The one key question a share of cases is of: the stage the sentence names ("assessment") and the aim the
    figure's own clause names ("keeping people safe"), or the sentence's if the clause names none. None when
    two stages or two aims are named, or the clause speaks of cases done badly (its share is the rest)."""
    from .vocabulary import KEY_QUESTION_MEASURES

    measures = [w.measure for w in s.memo["provider measures"] if w.measure in KEY_QUESTION_MEASURES]
    if not measures:
        return None
    cuts = [s.start, *(s.start + m.start() for m in re.finditer(r"[,;:]", s.text[s.start: s.end])), s.end]
    lo = max(c for c in cuts if c <= n.start)
    hi = min((c for c in cuts if c >= n.end), default=s.end)
    clause = s.text[lo:hi].lower()
    if re.search(r"\b(?:not|insufficient\w*|poor\w*|fail\w*|too few|too little)\b", clause):
        return None
    stages = {m.split("_")[0] + "_" + m.split("_")[1] for m in measures}
    if len(stages) != 1:
        return None
    aims = {m.split("_", 2)[2] for m in measures}
    if len(aims) > 1:
        from .vocabulary import KEY_QUESTION_AIMS

        aims = {a for a in aims if re.search(KEY_QUESTION_AIMS[a], clause)}
    return f"{stages.pop()}_{aims.pop()}" if len(aims) == 1 else None


_MONTHS = {m: i for i, m in enumerate(("january", "february", "march", "april", "may", "june", "july", "august",
                                       "september", "october", "november", "december"), start=1)}
_MONTH_IN = re.compile(r"(?i)(?:\b(?:in|on|during)\s+|\(\s*(?:[a-z]+day,?\s+)?)(?:([0-9]{1,2})(?:st|nd|rd|th)?\s+)?("
                       + "|".join(_MONTHS) + r")(?:\s+((?:19|20)[0-9]{2}))?\b")


def _inspection_date(m: Match, s: Sentence) -> list[Part] | None:
    """'X was inspected in January', 'the report, published on 26 September 2018', 'a report published today
    (3 July 2019)': the month (and year, and day if said)."""
    a, b = m.tags[m.first].start, m.tags[m.last - 1].end
    stop = s.text.find(";", b, s.end)
    when = _MONTH_IN.search(s.text, a, min(s.end if stop < 0 else stop, b + 120))
    if when is None:
        return None
    words = s.text[a: when.end()].lower()
    if re.search(r"\b(?:not|never|until|before|after|since|would|will|next|due|expected|planned)\b", words):
        return None
    subject = m.one("s")
    if subject is None:
        # "inspected the North West division ... in January", "an inspection of Merseyside CRC in January"
        named = [t for t in m.tags[m.last: m.last + 2] if t.code in "PA"]
        subject = named[0] if named else None
    pid = _subject(subject, s)
    if pid is None:
        return None
    column = "published" if re.search(r"\bpublish", words) else "fieldwork_start"
    year = int(when.group(3)) if when.group(3) else None
    day = int(when.group(1)) if when.group(1) and year else None
    return [Part(a, when.end(), s.text[a: when.end()], "inspection date",
                 InspectionDate(pid, column, _MONTHS[when.group(2).lower()], year, day))]


def _refuse(reason: str) -> Callable[[Match, Sentence], list[Part]]:
    def build(m: Match, s: Sentence) -> list[Part]:
        a, b, phrase = _span(m, s)
        why = reason
        if any(t.words.lower() == "respectively" for t in m.tags[m.first: m.last]):
            why = "a 'respectively' list: which rating goes with which name is not paired by guess"
        return [Part(a, b, phrase, "refused", problem=why)]
    build.__doc__ = reason
    return build


_TIME_WORDS = re.compile(r"(?i)^(?:months?|years?|weeks?|days?|hours?|minutes?)$")


def _time(m: Match, s: Sentence) -> list[Part] | None:
    nxt = m.one("t")
    if nxt is None or not _TIME_WORDS.match(nxt.words):
        return None
    return []


def _unheld(m: Match, s: Sentence) -> list[Part] | None:
    a, b, phrase = _span(m, s)
    what = m.words("j")
    return [Part(a, b, phrase, "refused", problem=f"a figure about {what}: the data hold no such figure")]


# --- the table -------------------------------------------------------------------------------------------------

# After a rating: 'overall', 'rating', or the standards it is on ('for assessment and planning').
_AFTER = r"(?P<after>(?:[wFVA]{0,2}(?:T(?:[,w]{1,2}T){0,4}|[KV]))?)"
# Gaps: inside a clause, between a subject and its rating, anything but another subject, population, rating or
# figure; bounded so that matching stays linear.
_GAP = "[wBVKFXhTOZYIM']"
SHAPES: tuple[Shape, ...] = (
    Shape("time", r"N(?P<t>w)", _time, "a span of time ('six months'): not a claim about the data",
          "The inspection took six months.", ""),
    Shape("likelihood", r"(?P<a>S)[wB]{0,2}(?P<k>N)?(?P<l>L)[wFg]{0,2}(?P<b>S)[w]{0,3}V?[wBV]{0,2}(?P<r>R)",
          _likelihood, "two populations' shares with a rating compared ('more likely', 'twice as likely')",
          "In 2018-19 NPS divisions were more likely than CRCs to be rated Good.",
          "In 2018-19 CRCs were more likely than NPS divisions to be rated Good."),
    Shape("most common rating", r"(?P<r>R)B(?P<d>D)[wKV]{1,3}(?:[wF]{0,2}(?P<pop>S))?|(?P<d2>D)[wKV]{1,3}"
          r"(?:[wF]{0,2}(?P<pop2>S))?[wY,]{0,3}B(?P<r2>R)", lambda m, s: _distribution(_renamed(m), s),
          "the most or least common rating among a population",
          "Requires improvement was the most common overall rating in 2018-19.",
          "Good was the most common overall rating in 2018-19."),
    Shape("lowest or highest rating", r"(?P<ext>R)[wVFQ]{0,4}(?P<pop>S)[wY,]{0,3}B(?P<r>R)", _distribution,
          "the lowest or highest rating given to any of a population",
          "The lowest rating given to any NPS division in 2018-19 was Requires improvement.",
          "The lowest rating given to any NPS division in 2018-19 was Inadequate."),
    Shape("refused: comparison of likelihood", r"[^,;]{0,6}L[^,;]{0,6}",
          _refuse("a comparison of proportions or likelihoods between groups"),
          "a comparison of shares or likelihoods between sectors or groups: recognised, not read",
          "", "The proportion of CRC staff who felt their workload was manageable fell in 2018-19."),
    Shape("refused: superlative", r"D[^,;]{0,6}",
          _refuse("a superlative ('most common', 'lowest-rated')"),
          "a superlative or 'the most common rating': recognised, not read",
          "", "Leadership was the highest-rated standard across CRCs in 2018-19."),
    Shape("refused: comparison between providers", r"[PA][^,;]{0,5}G[^,;]{0,3}[PA]",
          _refuse("a comparison between providers"), "one provider compared with another: recognised, not read",
          "", "Essex CRC was rated better than Merseyside CRC in 2018-19."),
    Shape("published sector figure", r"(?P<n>N)", _sector_figure,
          "a figure HMIP published for a sector (sector_figures.csv), named by its words (vocabulary.MEASURES)",
          "In 2018-19, 45 per cent of CRC cases did not have a sufficient assessment of risk.",
          "In 2018-19, 25 per cent of CRC cases did not have a sufficient assessment of risk.", reads_span=True),
    Shape("method count", r"(?P<n>N)[w]{0,1}Z", _method,
          "a count of the aspects or standards inspected ('looked at 10 aspects of its work'): the method, no claim",
          "Inspectors looked at 10 aspects of the work.", ""),
    Shape("unheld figure", r"N(?P<j>J)", _unheld,
          "a figure counting cases, staff or per cent: the provider data hold none, so unverifiable",
          "", ""),
    Shape("change", r"(?P<s>[PA])?[wBVKXhTOYA',]{0,8}?(?:H(?:[wBVKXhTYA']{0,5}R(?:[wBVKXhTYA']{0,5}R)?)?"
                    r"|R[wBVKXhTYA',]{0,6}?H(?:[wBVKXhYA']{0,4}R)?)", _change,
          "a provider's overall rating against its previous inspection: improved, fell, unchanged, from R to R",
          "Durham Tees Valley CRC improved from Requires improvement to Good in 2019-20.",
          "Northumbria CRC improved from Requires improvement to Good in 2019-20."),
    Shape("standards count, provider inside", r"(?P<n>[NQ])F(?P<s>P)w?(?P<mid>[wN]{0,2})Z[wBVKX]{0,5}?(?P<r>R)",
          _standards_count, "'five of London CRC's ten standards were rated Good'",
          "Five of London CRC's ten standards were rated Good in 2018-19.",
          "Seven of London CRC's ten standards were rated Good in 2018-19."),
    Shape("standards count", r"(?P<s>[PA])?[wBVK']{0,4}?(?P<n>[NQ])(?P<mid>[wFNO']{0,4}?)Z[wBVKXI]{0,5}?(?P<r>R)",
          _standards_count, "how many of a provider's own standards had a rating ('five of its ten standards')",
          "London CRC had five standards rated Good in 2018-19.",
          "London CRC had seven standards rated Good in 2018-19."),
    Shape("standards count, provider after", r"(?P<n>[NQ])(?P<mid>[wFNO']{0,4}?)(?P<z>Z)[wBVKX]{0,5}?(?P<r>R)"
          r"[wY]{0,2}(?P<s>P)", _standards_count, "'all four case supervision standards were Inadequate at X'",
          "All four case supervision standards were rated Inadequate at Staffordshire and West Midlands CRC in "
          "2019-20.", "All four case supervision standards were rated Good at Staffordshire and West Midlands CRC "
          "in 2019-20."),
    Shape("standards count, rating first", r"(?P<s>[PA])[wBVK]{0,4}?(?P<r>R)[wF]{0,2}(?P<n>N)(?P<mid>[wFNO]{0,3})Z",
          _standards_count, "'rated Good on five of its ten standards'",
          "Warwickshire and West Mercia CRC was rated Good on three standards in 2018-19.",
          "Warwickshire and West Mercia CRC was rated Good on six standards in 2018-19."),
    Shape("standards count, continued", r"(?P<n>N)[wB]{0,2}V?w?(?P<r>R)", _standards_continued,
          "a second count of the same provider's standards, its noun left out: '... five standards were Good and "
          "another four Requires improvement'",
          "In 2018-19, five of Cumbria and Lancashire CRC's standards were rated Requires improvement and another "
          "four were classed Inadequate.",
          "In 2018-19, five of Cumbria and Lancashire CRC's standards were rated Requires improvement and another "
          "three were classed Inadequate."),
    Shape("composition", r"Fw?(?P<n0>N)S?[wBV]{0,3}(?P<r>R),(?P<n>N)[wB]{0,3}(?P<pop>S)", _composition,
          "'of the six rated Good, five were NPS divisions'",
          "In 2018-19, of the six providers rated Good, five were NPS divisions.",
          "In 2018-19, of the six providers rated Good, four were NPS divisions."),
    Shape("all those rated", r"(?P<q>Q)w?[wBV]{0,2}(?P<r>R)[wB]{0,3}(?P<pop>S)", _all_those,
          "'all those rated Inadequate were CRCs'",
          "In 2018-19 all those rated Inadequate were CRCs.", "In 2018-19 all those rated Good were CRCs."),
    Shape("the only or first", r"(?P<s>[PA])[wB]{0,3}(?P<q>Q)(?P<pop>S)[wBV]{0,4}(?P<r>R)", _only,
          "'X was the only CRC rated Good', 'the first CRC to be rated Good'",
          "Hampshire and Isle of Wight CRC was the only CRC rated Good in 2018-19.",
          "Essex CRC was the only CRC rated Good in 2018-19."),
    Shape("the only or first, that rating", r"(?P<s>[PA])[wB]{0,3}(?P<q>Q)(?P<pop>S)[wBV]{0,6}(?P<v>V)", _only_that,
          "'X was rated Good, the first CRC to achieve that grade': the rating named before",
          "In 2018-19 Hampshire and Isle of Wight CRC was rated Good, and it was the only CRC to receive that "
          "rating.", "In 2018-19 Essex CRC was rated Good, and it was the only CRC to receive that rating."),
    Shape("given a rating", r"(?:(?P<q>Q)(?P<n>N)?|(?P<n1>N))[wFQ]{0,3}?(?P<pop>S)[wB]{0,3}V[w]{0,2}[KV]",
          lambda m, s: _rated(_renamed(m), s),
          "how many providers were given an overall rating",
          "Every provider received an overall rating in 2018-19.", "Ten providers received an overall rating in "
          "2018-19."),
    Shape("standards rated", r"(?P<v>V)(?P<s>[PA])?[wF]{0,2}(?P<ts>T(?:[,w]{1,2}T){0,4})[wFJ]{0,3}(?P<s2>[PA])?"
          r"[wF]{0,2}(?P<r>R)",
          _standards_rated, "'inspectors rated the planning, implementation and review of cases Inadequate'",
          "In 2019-20 inspectors rated the planning, implementation and reviewing at Staffordshire and West "
          "Midlands CRC Inadequate.",
          "In 2019-20 inspectors rated the planning, implementation and reviewing at Northumbria CRC Inadequate."),
    Shape("standards first", r"(?P<ts>T(?:[,w]{1,3}T){0,5})[wSQhFJ]{0,4}(?P<mid>[BVX][wBVX]{0,3}|)(?P<r>R)"
          r"(?P<after>(?:[wF]{0,2}(?P<s>[PA]))?)", _standards_first,
          "'leadership was rated Good', 'staff, services and reviewing all require improvement': standards of the "
          "subject", "Durham Tees Valley CRC was inspected in 2018-19. Its leadership was rated Outstanding.",
          "Durham Tees Valley CRC was inspected in 2018-19. Its leadership was rated Good."),
    Shape("providers listed", r"(?P<pre>V[wS]{0,4})?(?P<ss>P(?:[,w]{1,2}P){1,8})(?P<mid>" + _GAP + r"{0,8}?)(?P<r>R)"
          + _AFTER, _providers_listed,
          "'A, B and C were each rated Inadequate': the rating of every provider named",
          "In 2018-19 NPS Wales and NPS Midlands were rated Good.",
          "In 2018-19 NPS Wales and NPS London were rated Good."),
    Shape("provider rating", r"(?P<s>[PA])(?P<mid>" + _GAP + r"{0,8}?)(?P<r>R)(?:(?P<nor>X)(?P<r2>R))?"
          + _AFTER,
          _provider_rating, "a provider's rating, overall or on a named standard, or its negation",
          "Hampshire and Isle of Wight CRC was rated Good in 2018-19.",
          "Hampshire and Isle of Wight CRC was rated Inadequate in 2018-19."),
    Shape("rating for a provider", r"(?P<r>R)(?P<after>[wK]{0,1}V)[wF]{1,2}(?P<s>[PA])", _rating_for,
          "'a Good rating for X', 'Requires improvement rating for X'",
          "In 2018-19 there was a Good rating for NPS Wales.", "In 2018-19 there was a Good rating for NPS London."),
    Shape("provider rating, object", r"(?P<pre>V)(?P<s>[PA])(?P<mid>[wKBF]{0,3})(?P<r>R)" + _AFTER,
          _provider_rating, "'inspectors rated the CRC Good'",
          "Inspectors rated NPS Wales Good in 2018-19.", "Inspectors rated NPS Wales Inadequate in 2018-19."),
    Shape("apposition", r"(?P<s>[PA]),(?P<mid>[wBVK]{0,3})(?P<r>R)(?P<after>(?:[wFVA]{0,2}[TK])?)",
          _provider_rating, "'X, rated Good in 2019, ...'",
          "NPS Midlands, rated Good in 2018-19, supervises many people.",
          "NPS Midlands, rated Inadequate in 2018-19, supervises many people."),
    Shape("place on the scale", r"(?P<r1>R)[,w]{0,3}(?P<r2>R)", _scale,
          "a rating named and placed on the scale ('Good, the second-highest rating')",
          "In 2018-19 NPS Wales was rated Good, the second-highest rating.",
          "In 2018-19 NPS Wales was rated Good, the highest rating.", consumes=("r2",)),
    Shape("place on the scale, named after", r"(?P<r1>R)[,w]{0,3}(?P<r2>R)", _scale,
          "the place named first, then the rating ('the second lowest rating, Requires improvement')",
          "In 2018-19 NPS London got the second lowest rating, Requires improvement.",
          "In 2018-19 NPS London got the second highest rating, Requires improvement.", consumes=("r2",)),
    Shape("rating of the sentence's subject", r",(?P<mid>[wh]{0,2}[BVX][wBVKXTh']{0,5}?)(?P<r>R)"
          + _AFTER, _clause_subject,
          "'X, which supervised 3,000 people, was rated Good': the rating of the subject the clause interrupted",
          "London CRC, which supervised 28,819 people in 2018-19, was rated Requires improvement.",
          "London CRC, which supervised 28,819 people in 2018-19, was rated Good."),
    Shape("the subject's rating, named", r"(?P<det>[wA])(?P<r>R)(?P<k>[KV])", _rating_named,
          "the rating a text's subject was given, named in passing: 'despite the good overall rating', "
          "'its Inadequate rating'",
          "Durham Tees Valley CRC was inspected in 2018-19. Despite its Requires improvement rating, inspectors "
          "found much to praise.", "Durham Tees Valley CRC was inspected in 2018-19. Despite its Good rating, "
          "inspectors found much to praise."),
    Shape("rating ellipsis", r",(?P<mid>w{0,2})(?P<r>R)" + _AFTER, _rating_ellipsis,
          "'X was rated Good for assessment, but Inadequate for reviewing': the same provider, another standard",
          "In 2018-19 Hampshire and Isle of Wight CRC was rated Good for assessment, but Inadequate for reviewing.",
          "In 2018-19 Hampshire and Isle of Wight CRC was rated Good for assessment, but Good for reviewing."),
    Shape("as was", r"(?P<as>w)B(?P<s>P)", _as_was, "'..., as was C': the rating before applies to C too",
          "In 2018-19 NPS Wales was rated Good, as was NPS Midlands.",
          "In 2018-19 NPS Wales was rated Good, as was NPS London."),
    Shape("rating list", r"(?P<s>P)w?(?P<r>R)", _ellipsis, "'A was rated Good, and B Requires improvement'",
          "In 2018-19 NPS Wales was rated Good, and NPS London Requires improvement.",
          "In 2018-19 NPS Wales was rated Good, and NPS London Inadequate."),
    Shape("exception first", r"(?P<e>E)w?(?P<en>N)[wS]{0,2},(?P<q>Q)[wF]{0,2}(?P<pop>S)(?P<mid>" + _GAP +
          r"{0,8}?)(?P<r>R)" + _AFTER, _except_count,
          "'With the exception of one CRC, all CRCs were rated ...'",
          "With the exception of two CRCs, all CRCs were rated Requires improvement in 2018-19.",
          "With the exception of one CRC, all CRCs were rated Requires improvement in 2018-19."),
    Shape("exception or contrast named", r"(?P<e>E)(?P<ex>P),(?:(?P<q>Q)[wF]{0,2}(?P<pop>S)|(?P<s>P))(?P<mid>"
          + _GAP + r"{0,8}?)(?P<r>R)" + _AFTER, _except_named,
          "'Other than X, no CRC was rated ...', 'Apart from X, all ...', 'Unlike X, Y was rated ...'",
          "Other than Dorset, Devon and Cornwall CRC, no CRC was rated Inadequate in 2018-19.",
          "Other than Essex CRC, no CRC was rated Inadequate in 2018-19."),
    Shape("coordinated counts", r"(?:(?P<q1>Q)(?P<n1>N)?|(?P<m1>N))[wF]{0,2}(?P<pop1>S)w(?:(?P<q>Q)(?P<n>N)?|(?P<m>N))"
          r"[wF]{0,2}(?P<pop>S)(?P<mid>" + _GAP + r"{0,8}?)(?P<v>[RI])" + _AFTER, _coordinated,
          "'five NPS divisions and one CRC were rated Good': two counts, one predicate",
          "In 2018-19 five NPS divisions and one CRC were rated Good.",
          "In 2018-19 five NPS divisions and two CRCs were rated Good."),
    Shape("rating went to", r"(?P<r>R)[wVB]{1,3}(?P<n>N)[w]{0,2}(?P<pop>S)", _went_to,
          "'Requires improvement went to 21 services'",
          "In 2018-19 Requires improvement went to 21 services.",
          "In 2018-19 Requires improvement went to 20 services."),
    Shape("count with exception", r"(?P<q>Q)[wF]{0,2}(?P<pop>S)(?P<e>[E,])(?P<en>N)(?P<mid>" + _GAP + r"{0,8}?)(?P<r>R)"
          r"(?P<after>(?:[wFVA]{0,2}[TK])?)", _count_shape,
          "'all CRCs but one were rated ...', 'every division apart from two'",
          "In 2018-19 all CRCs but two were rated Requires improvement.",
          "In 2018-19 all CRCs but one were rated Requires improvement."),
    Shape("count", r"(?P<neg>X)?(?:(?P<q>Q)(?P<n>N)?|(?P<n1>N))(?:Fw?(?P<total>N))?(?P<o>O)?[wFQ]{0,3}?(?P<pop>S)"
          r"(?P<mid>" + _GAP + r"{0,8}?)(?P<r>R)"
          r"(?P<after>(?:[wFVA]{0,2}[TK])?)", lambda m, s: _count_shape(_renamed(m), s),
          "a count, share or quantifier ('five of the seven', 'no', 'most', 'at least') of a population with a rating",
          "Five of the seven NPS divisions were rated Good in 2018-19.",
          "Four of the seven NPS divisions were rated Good in 2018-19."),
    Shape("count of a declared group", r"F(?P<n0>N)?[w]{0,2}(?P<pop>S)[w]{0,3},(?P<q>Q)?(?P<n>N)?(?P<mid>"
          + _GAP + r"{0,8}?)(?P<r>R)(?P<after>(?:[wFVA]{0,2}[TK])?)", _declared,
          "'Of the seven NPS divisions, five were rated Good'",
          "In 2018-19, of the seven NPS divisions, five were rated Good.",
          "In 2018-19, of the seven NPS divisions, six were rated Good."),
    Shape("count after its population", r"(?P<n>N)(?P<mid>[wBVKXH]{0,4}?)(?P<r>R)(?P<after>(?:[wFVA]{0,2}[TK])?)",
          _bare_count, "a count whose population was named earlier ('Six were rated Good')",
          "In 2018-19 HMIP inspected seven NPS divisions. Five were rated Good.",
          "In 2018-19 HMIP inspected seven NPS divisions. Three were rated Good."),
    Shape("so was", r"(?P<so>w)B(?:(?P<q>Q)?(?P<n>N)?(?P<o>O)?[wFO]{0,2}(?P<pop>S)|(?P<p>P))", _so_was,
          "'..., and so was every CRC': the predicate before, of another population",
          "In 2018-19 five NPS divisions were rated Good, and so was one CRC.",
          "In 2018-19 five NPS divisions were rated Good, and so were two CRCs."),
    Shape("breakdown", r"[,:][wF]{0,3}(?P<n1>N)w?(?P<pop1>S)(?:[,w]{1,2}(?P<n2>N)w?(?P<pop2>S))?(?:[,w]{1,2}(?P<n3>N)w?"
          r"(?P<pop3>S))?", _breakdown,
          "'..., made up of five NPS divisions and one CRC': the count before, by sector",
          "In 2018-19 six services were judged Good, made up of five NPS divisions and one CRC.",
          "In 2018-19 six services were judged Good, made up of four NPS divisions and two CRCs."),
    Shape("inspected", r"(?P<n>N)[wF]{0,3}(?P<pop>S)B[wB]{0,2}(?P<v>[IV])|(?P<v2>[IV])(?:Q)?[w]{0,2}(?P<n2>N)[w]{0,2}"
          r"(?P<pop2>S)", lambda m, s: _inspected(_renamed(m), s),
          "how many providers were inspected or given an overall rating",
          "In 2018-19 HMIP inspected 28 providers.", "In 2018-19 HMIP inspected 30 providers."),
    Shape("there are", r"(?P<there>w[B])(?P<n>N)[w]{0,2}(?P<pop>S)", _there_are, "'there were 21 CRCs'",
          "In 2018-19 there were 21 CRCs.", "In 2018-19 there were 25 CRCs."),
    Shape("population size", r"(?P<n>N)[w]{0,2}(?P<pop>S)(?P<rest>w{0,2})", _size,
          "the size of a population: 'the 21 CRCs'", "In 2018-19 the 21 CRCs were inspected by HMIP.",
          "In 2018-19 the 25 CRCs were inspected by HMIP."),
    Shape("inspection date", r"(?P<s>[PA])?[wBVhF']{0,8}?I[wBVhFY']{0,6}", _inspection_date,
          "when a provider was inspected or its report published: 'X was inspected in November 2018'",
          "NPS Wales was inspected in December 2018.", "NPS Wales was inspected in March 2018."),
    Shape("people supervised", r"(?P<s>[PA])[^PAS;N]{0,6}?M[wF]{0,3}(?P<n>N)[w]{0,4}U|(?P<n2>N)[w]{0,4}U[wBF]{0,4}"
          r"(?:M[wF]{0,3}(?P<s2>[PA])|(?P<s3>[PA])[w]{0,2}M)|(?P<s4>[PA])[wB]{0,3}(?P<n4>N)[w]{0,4}U[w]{0,2}M",
          lambda m, s: _people(_renamed(m), s),
          "the number of people a provider supervises",
          "In 2018-19 London CRC supervised more than 20,000 people.",
          "In 2018-19 London CRC supervised fewer than 10,000 people."),
    Shape("owner of a provider", r"(?P<w>W)[,wB]{0,6}?(?P<s>[PA])|(?P<s2>[PA])[,wB]{0,5}?(?P<w2>W)",
          lambda m, s: _owner_of(_renamed(m), s),
          "who runs a provider: 'PeoplePlus owns it', 'Merseyside CRC is run by Purple Futures' (another owner is "
          "unverifiable, never contradicted: the data hold the owner at each inspection, and CRCs changed hands "
          "between them)",
          "Merseyside CRC was run by Purple Futures in 2019-20.", "Merseyside CRC was run by Sodexo in 2019-20."),
    Shape("owner portfolio", r"(?P<w>W)[,wBMVF]{0,4}(?P<n>N)[w]{0,2}(?P<pop>S)|(?P<n2>N)[w]{0,2}(?P<pop2>S)[wBV]{0,3}"
          r"(?P<w2>W)", lambda m, s: _owner(_renamed(m), s),
          "how many providers an owner ran ('Sodexo ran six CRCs')",
          "In 2018-19 Sodexo ran six CRCs.", "In 2018-19 Sodexo ran 25 CRCs."),
)


def _renamed(m: Match) -> Match:
    """A match of an alternation whose branches name their groups with a trailing digit: one set of names."""
    groups: dict = {}
    for k, v in m.groups.items():
        base = k.rstrip("0123456789")
        if v:
            groups[base] = v
        else:
            groups.setdefault(base, v)
    return Match(m.first, m.last, groups, m.tags)


def _match_shapes(s: Sentence, shapes: tuple[Shape, ...], taken: set[int]) -> None:
    """Run every shape over the sentence in table order; ``taken`` holds the ids of the tags already read."""
    from .matcher import find

    for shape in shapes:
        for m in find(shape.compiled, s.code, s.tags):
            if shape.consumes:
                own = {id(t) for g in shape.consumes for t in m.groups.get(g, [])}
                claim = [t for t in s.tags[m.first: m.last] if id(t) in own]
            else:
                claim = [t for t in s.tags[m.first: m.last] if t.code in CLAIM_CODES]
            if any(id(t) in taken for t in claim):
                continue
            parts = shape.build(m, s)
            if parts is None:
                continue
            taken.update(id(t) for t in claim)
            for p in parts if shape.reads_span else ():
                taken.update(id(t) for t in s.tags if t.code in CLAIM_CODES and p.start <= t.start
                             and t.end <= p.end and p.problem is None)
            s.parts.extend(parts)


_RELATIVE = frozenset(("which", "who", "whose", "where", "that"))


def _without_asides(tags: list[Tag]) -> list[Tag] | None:
    """The tags less the asides a sentence puts between its subject and its verb: ", which ... ," or a pair of
    dashes. None when there is none. Brackets stay: they hold names and abbreviations ("Kent, Surrey and
    Sussex (KSS)") that a reading without them would bind to the wrong unit."""
    drop: set[int] = set()
    i = 0
    while i < len(tags):
        t = tags[i]
        close = None
        if t.words == "," and i + 1 < len(tags) and tags[i + 1].words.lower() in _RELATIVE:
            close = next((k for k in range(i + 2, len(tags)) if tags[k].words == ","), None)
            if close is None and i > 0 and tags[i - 1].code in "PA":
                # "Kent, Surrey and Sussex, which inspectors have given a rating of Good": the clause is about
                # the unit just named, so it reads as if the unit were its subject
                drop.update((i, i + 1))
                i += 2
                continue
        elif t.words == "," and i > 0 and tags[i - 1].code in "PA":
            # "the probation service in Cumbria, its Probation Delivery Unit (PDU), as ...": the unit said again
            k = i + 1
            while k < len(tags) and k - i <= 8 and (tags[k].code in "wSAF" or tags[k].words in "()"):
                k += 1
            if k < len(tags) and k > i + 1 and tags[k].words == "," and \
                    not any(x.words.lower() in _RELATIVE or x.code == "w" and x.words[:1].isupper()
                            for x in tags[i + 1: k]):
                close = k
        elif t.words in ("\u2013", "\u2014"):
            close = next((k for k in range(i + 1, len(tags)) if tags[k].words == t.words), None)
        if close is not None:
            drop.update(range(i, close + 1))
            i = close + 1
            continue
        i += 1
    return [t for k, t in enumerate(tags) if k not in drop] if drop else None


def read_sentence(s: Sentence, shapes: tuple[Shape, ...] = SHAPES) -> tuple[list[Part], list[Tag]]:
    """The parts of a sentence read by the shapes, and the claim-making tags no shape read."""
    taken: set[int] = set()
    _match_shapes(s, shapes, taken)
    if any(t.code in CLAIM_CODES and id(t) not in taken for t in s.tags):
        # "The CRC, which supervises 9,000 people, was rated Good": what the aside parted is read without it
        kept = _without_asides(s.tags)
        if kept is not None:
            _match_shapes(replace(s, tags=kept, code=codes(kept), memo={}), shapes, taken)
    taken_at = [id(t) in taken for t in s.tags]
    unread = [t for i, t in enumerate(s.tags) if t.code in CLAIM_CODES and not taken_at[i]]
    counted = [p for p in s.parts if isinstance(p.reading, Statement) and p.reading.kind == "count"]
    colon = next((t for t in s.tags if t.words == ":"), None)
    if counted and colon is not None and colon.start > min(p.start for p in counted) and \
            not any(p.start >= colon.start for p in s.parts) and re.search(r"[A-Z]", s.text[colon.end: s.end]):
        # "two were rated Requires improvement: London and Wales": which ones is a claim, not read here
        unread.append(Tag("N", colon.end, s.end, s.text[colon.end: s.end].strip()))
    if counted:
        # names after a count ("two were rated Good: A and B") are a claim about which ones; not read
        end = min(p.start for p in counted)
        unread += [t for i, t in enumerate(s.tags) if t.code == "P" and not taken_at[i] and t.start > end]
    return s.parts, sorted(unread, key=lambda t: t.start)
