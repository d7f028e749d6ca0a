"""Read what a sentence says: from each figure or quantifier, a structured ``Statement``.

A statement is read as a population ("the 21 CRCs", "NPS Wales"), a predicate (rated Good overall or on a
standard, inspected, given a rating, the number of people supervised), a quantity (the interval the words
allow, from quantifiers.py), a quantifier ("all", "none", "most", "all but N", "N of the M") and a round
(written in the sentence, written earlier in the text, given by the caller, or implied by a date; which of
these is recorded). What is not understood is kept as ``problem`` so that the judge can say so; nothing
here looks at the data.

The words come from vocabulary.py. Work per sentence is bounded by the sentence, and every pattern runs
once over the whole text, so reading is linear in the length of the text.
"""

from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, field, replace
from functools import lru_cache

from .. import schema
from . import vocabulary as vocab
from .document import HEADER_LINE, ROUND_WORDS_RE, Document, clauses, sentences
from .extract import NumericExpression, find_numeric_expressions
from .numbers import read_number
from .quantifiers import Reading
from .quantifiers import interpret as _interpret_uncached
from .ranks import find_positions

# --- patterns built once from the vocabulary --------------------------------------------------------------

_NOUNS = re.compile(
    r"(?P<pop>" + vocab.alternation(vocab.POPULATION_WORDS) + r")(?![\w-])"
    r"(?!\s+(?:" + vocab.alternation(vocab.MODIFIED_NOUNS) + r")\b)"
    r"|(?P<people>" + vocab.alternation(vocab.PEOPLE_WORDS) + r")(?![\w-])"
    r"|(?P<time>" + vocab.alternation(vocab.TIME_WORDS) + r")(?![\w-])"
    r"|(?P<unheld>" + vocab.alternation(vocab.UNHELD_WORDS) + r")(?![\w-])",
    re.IGNORECASE,
)
# Between a figure and its noun: up to four words such as "privately-owned", "low and medium-risk", or quotes.
_FILLER = re.compile(r"(?:[\s\"'\u2018\u2019\u201c\u201d(]+"
                     r"(?:(?!of\b|and\b|but\b|were\b|was\b|are\b|is\b)[\w-]+)){0,4}?"
                     r"[\s\"'\u2018\u2019\u201c\u201d(]+", re.IGNORECASE)  # fmt: skip
_CHANGE = re.compile(r"(?<![\w-])(?:" + vocab.alternation(vocab.CHANGE_WORDS) + r")(?![\w-])", re.IGNORECASE)
_RATING_VERB = re.compile(r"(?<![\w-])(?:" + vocab.alternation(vocab.RATING_VERBS) + r")(?![\w-])", re.IGNORECASE)
_DECLARED = re.compile(r"^\s*of\s+the\s+([\w,-]+)\s+(" + vocab.alternation(vocab.POPULATION_WORDS) + r")\b([^,]*),",
                       re.IGNORECASE)
_EXCEPT = re.compile(r"\s+(?:except|but)\s+(?:for\s+)?([\w-]+)\b", re.IGNORECASE)
_ORDINAL_OF = re.compile(r"\b[A-Za-z]+(?:th|st|nd|rd)\s+of\s+(?:the\s+)?$")
_RATING_MEANING = {k.lower(): v for k, v in vocab.RATING_WORDS.items()}
_SECTOR_OF = {k.lower(): v for k, v in vocab.POPULATION_WORDS.items()}
# "... were not rated Good", "... was not judged 'Inadequate'": a verb, "not", an optional rating verb, then the
# rating itself (the rating must be the first one after the figure).
_PLAIN_NOT = re.compile(r"^[^,;:]*?\b(?:were|was|are|is)\s+not\s+(?:(?:" + vocab.alternation(vocab.RATING_VERBS)
                        + r")\s+)?(?:as\s+)?[\"'\u2018\u201c]?(?=\w)", re.IGNORECASE)
_NEGATION = re.compile(r"(?i)\b(?:not|never|no\s+longer|neither|nor|none\s+but)\b|n['\u2019]t\b")
_GAP = re.compile(r"[\s\"'\u2018\u2019\u201c\u201d(]+")
_BLOCKERS = re.compile(r"(?i)\b(?:of|were|was|are|is|by|to|the|as|in|on|for|at|from|with|had|have|has)\b|[,;:)]")
_RESTRICT_AFTER = re.compile(r"[\s,]*(?:" + vocab.alternation(vocab.RESTRICTORS) + r")\b", re.IGNORECASE)
_POSSESSIVE_BEFORE = re.compile(r"\b(?:" + vocab.alternation(vocab.POSSESSIVES) + r")\s+(?:the\s+|its\s+)?$",
                                re.IGNORECASE)
_PAREN_TOTAL = re.compile(r"\s*\(\s*out\s+of\s+[\w-]+\s*\)", re.IGNORECASE)
_NEAR_RATING = re.compile(r"[\s\"'\u2018\u2019\u201c\u201d]*(?:(?:were|was|are|is|been|had\s+been|have\s+been)\s+)?"
                          r"(?:(?:rated|judged|graded)\s+)?(?:as\s+)?[\s\"'\u2018\u2019\u201c\u201d]*", re.IGNORECASE)
_RATED_AS = re.compile(r"\s*(?:rated|judged|graded)\s+(?:as\s+)?[\"'\u2018\u201c]?", re.IGNORECASE)
# Only these make a round certain; one carried from another sentence, the text or a date may be wrong
# ("In the next round, ..."), so a statement on such a round is contradicted only if false in every round.
_SURE_ROUNDS = frozenset({"written in the sentence", "given with --round"})
_NUMBER_OF = re.compile(r"(?i)\bthe\s+(?:total\s+)?number\s+of\s+(?:" + vocab.alternation(vocab.POPULATION_WORDS)
                        + r")\b[^,;:]*?\b(?:was|is|were|stood\s+at|came\s+to|totalled|reached)\s+(?:just\s+|only\s+)?$")
_NAMES_AFTER = re.compile(r"\s*[,(:\u2013\u2014-]\s*([A-Z][\w-]*)")
_RESPECTIVELY = re.compile(r"(?i)\brespectively\b")
_SHARE_OF = re.compile(r"\s+of\s+(?:the\s+|all\s+|all\s+the\s+)?(?:(?P<size>[0-9]+|[a-z]+(?:-[a-z]+)?)\s+)??(?P<pop>"
                       + vocab.alternation(vocab.POPULATION_WORDS) + r")(?![\w-])", re.IGNORECASE)
# "eight out of the 10 CRCs", "two of the NPS's seven divisions": the figure finder reads these apart
_OUT_OF_THE = re.compile(r"\s+(?:out\s+of\s+the|of\s+(?:the\s+)?(?:[\w]+['\u2019]s|its|their))\s+([\w,-]+)",
                         re.IGNORECASE)
_OF_THE_OTHER = re.compile(r"\s+of\s+the\s+(?:other|remaining)\s+([\w-]+)", re.IGNORECASE)
_ANAPHORA = re.compile(r"(?i)\b(?:the|this|that)\s+(?:CRC|division|NPS|company|organisation|service|provider)\b"
                       r"|\bwhich\b|\bit\b|\bits\b")
_RATING = re.compile(r"(?<![\w-])(?:" + vocab.alternation(vocab.RATING_WORDS) + r")(?![\w-])", re.IGNORECASE)
_STANDARD_AFTER = re.compile(r"[\s\"'\u2019\u201d,]*(?:for|on|in)\s+(?:the\s+)?(?:its\s+)?(?P<std>"
                             + vocab.alternation(vocab.STANDARD_WORDS) + r")(?![\w-])", re.IGNORECASE)  # fmt: skip
_STANDARD_RATING = re.compile(r"[\s\"'\u2019\u201d]+(?P<std>" + vocab.alternation(vocab.STANDARD_WORDS)
                              + r")\s+(?:rating|standard|grade)\b", re.IGNORECASE)
_QUANT = re.compile(r"(?<![\w-])(?:" + vocab.alternation(vocab.QUANTIFIERS) + r")(?![\w-])", re.IGNORECASE)
_INSPECTED = re.compile(r"(?<![\w-])(?:" + vocab.alternation(vocab.INSPECTED_WORDS) + r")(?![\w-])", re.IGNORECASE)
_RATED = re.compile(r"(?<![\w-])(?:" + vocab.alternation(vocab.RATED_WORDS) + r")(?![\w-])", re.IGNORECASE)
_SUPERVISE = re.compile(r"(?<![\w-])(?:" + vocab.alternation(vocab.SUPERVISE_WORDS) + r")(?![\w-])",
                        re.IGNORECASE)
_RATIO = re.compile(r"^(?P<n>.+?)\s+(?:out\s+)?of\s+(?P<the>the\s+|a\s+total\s+of\s+)?(?P<m>[\w,.-]+)$",
                    re.IGNORECASE)
_BEFORE_ANCHOR = re.compile(r"(?:(?P<allbut>all\s+but)|(?P<other>the\s+(?:other|remaining))|(?P<all>all|every)"
                            r"|(?P<ofthe>\bof\s+the|\bof\s+(?:the\s+)?[\w]+['\u2019]s|\bof\s+(?:its|their))"
                            r"|(?P<atleast>at\s+least)|(?P<only>only|just)"
                            r"|(?P<none>none\s+of\s+the|no))\s+$", re.IGNORECASE)  # fmt: skip
_GENERIC_NOUNS = frozenset({"areas", "area"})
_GERUND_BEFORE = re.compile(r"(?i)\b(?!during\b|nothing\b|something\b)[a-z]{3,}ing\s+$")


#: Predicates the reader recognises but does not read; a statement with one is unverifiable with the reason.
_UNREAD = {"change": "a change of rating, not read", "unknown": "a rating word not in the vocabulary",
           "ambiguous": "no predicate in its clause, and a rating later in the sentence may be what it counts",
           "negated": "a negated statement, not read"}


@lru_cache(maxsize=4096)
def interpret(phrase: str, unit: str | None = None, *, whole: bool = False) -> Reading:
    """quantifiers.interpret, remembered: a long text repeats the same few figure phrases."""
    return _interpret_uncached(phrase, unit, whole=whole)


@dataclass(frozen=True)
class Predicate:
    """What is counted or stated: kind 'rating' (column, ratings), 'inspected', 'rated', 'providers',
    'people_supervised'."""

    kind: str
    column: str = "overall"
    ratings: tuple[str, ...] = ()

    def describe(self) -> str:
        """'rated Good', 'rated Inadequate on assessment', 'inspected'."""
        if self.kind == "rating":
            left = [r for r in schema.RATINGS if r not in self.ratings]
            names = f"anything but {left[0]}" if len(left) == 1 and len(self.ratings) > 1 else " or ".join(self.ratings)
            on = "" if self.column == "overall" else f" on {vocab.standard_label(self.column).lower()}"
            return f"rated {names}{on}"
        return {"inspected": "inspected", "rated": "given an overall rating", "providers": "in the round",
                "people_supervised": "people supervised"}[self.kind]


@dataclass(frozen=True)
class Statement:
    """One statement read from the text; ``problem`` says what could not be understood (then it is not judged)."""

    start: int
    end: int
    phrase: str
    kind: str  # "count", "provider", "people", "share", "not a claim"
    stated: Reading | None = None
    quantifier: str | None = None  # all, none, most, all but, at least, only, first, of the M, one of N
    amount: float | None = None  # the N of "all but N" / "at least N"
    denominator: int | None = None  # the M of "N of the M"
    subset: bool = False  # "N of M" where M may be a part of the population ("eight out of the 10 CRCs")
    size_stated: int | None = None  # the N of "none of the N", which states the population's size too
    proportion: Reading | None = None  # "eight out of 10 CRCs" read as a share, for when 10 is not the total
    round_sure: bool = False  # the round is written in the sentence or given with --round
    sector: str | None = None
    population_words: str | None = None
    providers: tuple[str, ...] = ()
    predicate: Predicate | None = None
    round: str | None = None
    round_how: str = ""
    problem: str | None = None
    consistency: Reading | None = None  # a figure in brackets restating this one ("nearly half (45 per cent)")
    consistency_phrase: str | None = None
    notes: tuple[str, ...] = field(default=())

    def describe(self) -> str:
        """The reading in words, e.g. 'count of CRCs rated Good in 2018-19; stated "only one of the 21"'."""
        if self.problem:
            return f"not understood: {self.problem}"
        if self.kind == "not a claim":
            return self.notes[0] if self.notes else "not a claim"
        pop = _PLURAL.get(self.sector, self.population_words or "providers")
        rnd = f" in {self.round}" if self.round else ""
        what = self.predicate.describe() if self.predicate else ""
        if self.kind == "provider":
            who = ", ".join(self.providers)
            if self.quantifier in ("only", "first"):
                return f"{who} {what}{rnd}, and the {self.quantifier} of the {pop} so"
            return f"{who} {what}{rnd}"
        if self.kind == "people":
            who = ", ".join(self.providers) if self.providers else pop
            return f"{what} by {who}{rnd}; stated \"{self.phrase}\" -> {self.stated.describe()}"
        if self.kind == "share":
            return f"a share, stated \"{self.phrase}\""
        if self.kind == "scale":
            return f"{self.notes[0]} is {self.phrase} on the rating scale"
        if self.kind == "rank":
            return (f"league position of {self.providers[0]} among the {pop}{rnd} by total score: stated "
                    f"\"{self.phrase}\" -> {self.notes[0]}")
        q = self.quantifier
        if q == "share":
            return f"share of {pop} {what}{rnd}; stated \"{self.phrase}\" -> {self.stated.describe()}"
        if q == "all are":
            return f"every provider {what}{rnd} is one of the {pop}; stated \"{self.phrase}\""
        lead = {"all": f"all {pop}", "none": f"no {pop}", "most": f"most {pop}",
                "at least": f"at least {_num(self.amount)} of the {pop}",
                "all but": f"all but {_num(self.amount)} of the {pop}"}.get(q or "", f"count of {pop}")
        if q in ("all", "none", "most", "at least", "all but"):
            return f"{lead} {what}{rnd}; stated \"{self.phrase}\""
        of = f" of {self.denominator}" if self.denominator is not None else ""
        stated = f" -> {self.stated.describe()}{of}" if self.stated else ""
        part = " (of a part of them)" if self.subset or q == "of a part" else ""
        return f"{lead} {what}{rnd}{part}; stated \"{self.phrase}\"{stated}"


_PLURAL = {"NPS": "NPS divisions", "CRC": "CRCs"}


def _num(x: float | None) -> str:
    return "?" if x is None else (str(int(x)) if float(x).is_integer() else str(x))


@dataclass
class _Sentence:
    start: int
    text: str
    clause: list[int]
    opened: list[int]
    ratings: list[tuple[int, int, tuple[str, ...], str]]  # start, end (relative), ratings, column
    pops: list[tuple[int, int, str | None, str]]  # start, end, sector, words
    providers: list[tuple[int, int, str]]
    round: tuple[str, str] | None
    inspected: list[int]
    rated: list[int]
    supervise: bool

    def clause_at(self, pos: int) -> int:
        return self.clause[min(max(pos, 0), len(self.clause) - 1)] if self.clause else 0


class _Found:
    """Every match of each pattern over the whole text, found once; a sentence takes its slice by position."""

    def __init__(self, text: str, aliases_re: re.Pattern):
        self.kinds: dict[str, tuple[list[int], list[re.Match[str]]]] = {}
        pops = [m for m in _NOUNS.finditer(text) if m.lastgroup == "pop"]
        rounds = [m for m in vocab.ROUND_RE.finditer(text) if vocab.round_name(m)]
        for kind, matches in (("rating", list(_RATING.finditer(text))), ("pop", pops),
                              ("provider", list(aliases_re.finditer(text))), ("round", rounds),
                              ("round_words", list(ROUND_WORDS_RE.finditer(text))),
                              ("inspected", list(_INSPECTED.finditer(text))), ("rated", list(_RATED.finditer(text))),
                              ("supervise", list(_SUPERVISE.finditer(text)))):
            self.kinds[kind] = ([m.start() for m in matches], matches)

    def within(self, kind: str, start: int, end: int) -> list[re.Match[str]]:
        starts, matches = self.kinds[kind]
        lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        return [m for m in matches[lo:hi] if m.end() <= end]


def _analyse(text: str, start: int, end: int, found: _Found, aliases: dict[str, str]) -> _Sentence:
    s = text[start:end]
    ratings = []
    for m in found.within("rating", start, end):
        word = m.group(0)
        a, b = m.start() - start, m.end() - start
        if word.lower() == "good" and not _rating_context(s, a, word):
            continue
        column = "overall"
        after = _STANDARD_AFTER.match(s, b) or _STANDARD_RATING.match(s, b)
        if after:
            column = vocab.STANDARD_WORDS[re.sub(r"\s+", " ", after.group("std").lower())]
        ratings.append((a, b, _RATING_MEANING[re.sub(r"\s+", " ", word.lower())], column))
    pops = []
    for m in found.within("pop", start, end):
        words = re.sub(r"\s+", " ", m.group(0))
        pops.append((m.start() - start, m.end() - start, _SECTOR_OF[words.lower()], words))
    provs = [(m.start() - start, m.end() - start, aliases[re.sub(r"\s+", " ", m.group(0).lower())])
             for m in found.within("provider", start, end)]
    rounds = {vocab.round_name(m) for m in found.within("round", start, end)}
    rounds |= {vocab.ROUND_WORDS[re.sub(r"\s+", " ", m.group(0).lower())]
               for m in found.within("round_words", start, end)}
    written = None
    if len(rounds) == 1:
        written = (next(iter(rounds)), "written in the sentence")
    elif rounds:
        written = ("?", "several rounds written in the sentence")
    return _Sentence(start, s, *clauses(s), ratings, pops, provs, written,
                     [m.start() - start for m in found.within("inspected", start, end)],
                     [m.start() - start for m in found.within("rated", start, end)],
                     bool(found.within("supervise", start, end)))


def _rating_context(s: str, at: int, word: str) -> bool:
    """'Good' is a rating when capitalised, quoted, or after a rating verb; 'good work' is not."""
    before = s[max(0, at - 30): at].lower()
    if word[0].isupper() and at > 0 and s[:at].strip():
        return True
    if at > 0 and s[at - 1] in "\"'\u2018\u201c":
        return True
    return bool(re.search(r"(?:rated|rating|judged|graded|as|received|got|earned|reached|be|been|was|were)\W*$",
                          before))


# --- statements ----------------------------------------------------------------------------------------------


def read_statements(text: str, doc: Document) -> list[Statement]:
    """Every statement in ``text`` in order: figures, quantifier words and named providers with a predicate."""
    aliases, _ = vocab.providers_and_aliases()
    aliases_re = re.compile(r"(?<![\w-])(?:" + vocab.alternation(aliases) + r")(?![\w-])", re.IGNORECASE)
    expressions = find_numeric_expressions(text)
    starts = [e.start for e in expressions]
    out: list[Statement] = []
    current_round: tuple[str, str] | None = (doc.round, doc.round_how) if doc.round else None
    given = doc.round_how.startswith("given")
    previous_pop: tuple[str | None, str] | None = None
    previous_provider: str | None = None
    carried: tuple[str, str, int] | None = None
    newlines = [m.start() for m in re.finditer("\n", text)]
    found = _Found(text, aliases_re)
    for start, end in sentences(text):
        if HEADER_LINE.match(text, start):
            continue  # "source: URL", "date: 2020-04": about the document, not claims
        sent = _analyse(text, start, end, found, aliases)
        if sent.round and sent.round[0] != "?" and not given:
            line = bisect.bisect_right(newlines, start) + 1
            sentence_round = sent.round
            if len(sent.text) < 120 and not sent.pops and not sent.providers:
                # a heading or a line that only names the round sets it for what follows
                current_round = (sent.round[0], f"written in the text{f' (line {line})' if line else ''}")
        else:
            sentence_round = None
        if not sentence_round and carried and "\n\n" not in text[carried[2]: start] and not given:
            sentence_round = (carried[0], "written in the previous sentence")
        carried = (sentence_round[0], sentence_round[1], end) if sentence_round and \
            sentence_round[1] == "written in the sentence" else None
        rnd = sentence_round if sentence_round else (current_round or (None, ""))
        if sent.round and sent.round[0] == "?":
            rnd = (None, sent.round[1])
        lo = bisect.bisect_left(starts, start)
        hi = bisect.bisect_left(starts, end)
        exprs = expressions[lo:hi]
        statements = _sentence_statements(text, sent, exprs, previous_pop, previous_provider)
        for st in statements:
            if st.kind != "not a claim" and st.round is None:
                st = replace(st, round=rnd[0], round_how=rnd[1], round_sure=rnd[1] in _SURE_ROUNDS)
            out.append(st)
        if sent.pops:
            # A later sentence's bare count ("six were rated ...") may lean on this sentence's population only
            # when that is unambiguous: one sector (or all providers) throughout, not "three CRCs and one NPS
            # division", whose last noun would make the next count a count of NPS divisions.
            sectors = {p[2] for p in sent.pops}
            p = sent.pops[-1]
            previous_pop = (p[2], p[3]) if len(sectors) == 1 else None
        if sent.providers:
            previous_provider = sent.providers[-1][2]
    return out


def _sentence_statements(text: str, sent: _Sentence, exprs: list[NumericExpression],
                         previous_pop: tuple[str | None, str] | None, previous_provider: str | None) -> list[Statement]:
    out: list[Statement] = []
    taken: list[tuple[int, int]] = []
    s, base = sent.text, sent.start
    for i, e in enumerate(exprs):
        if e.kind != "quantity":
            out.append(Statement(e.start, e.end, e.phrase, "not a claim", notes=(f"a {e.kind}, not a quantity",)))
            continue
        rel = e.start - base
        follow = exprs[i + 1] if i + 1 < len(exprs) else None
        st = _figure(text, sent, e, rel, previous_pop, follow, previous_provider)
        out.append(st)
        taken.append((st.start, st.end))
    covered = [(e.start, e.end) for e in exprs]
    for m in _QUANT.finditer(s):
        a, b = base + m.start(), base + m.end()
        if any(x <= a < y or a <= x < b for x, y in covered + taken):
            continue
        word = re.sub(r"\s+", " ", m.group(0).lower())
        q = vocab.QUANTIFIERS[word]
        if q in ("all but",):
            continue  # only read with its number (above)
        if q == "one" and _GERUND_BEFORE.search(s, 0, m.start()):
            continue  # "involves inspecting a single organisation": how something is done, not a count
        st = _quantifier(sent, m, q, previous_pop)
        if st is not None:
            # "every CRC but one": the figure inside is the quantifier's, not a count of its own
            out = [x for x in out if not (st.start <= x.start and x.end <= st.end and x.kind != "not a claim")]
            out.append(st)
    ranked = _rank_statements(sent)
    if not any(st.kind == "provider" for st in out):
        placed = {st.providers[0] for st in ranked}
        # a provider whose league position is read is not also reported as "an ordering not read"
        out.extend(st for st in _provider_statements(sent, exprs)
                   if not (st.providers and st.providers[0] in placed and st.problem))
    out.extend(ranked)
    out.extend(_scale_statements(sent))
    if _RESPECTIVELY.search(s):
        # "X and Y were rated A and B respectively": the pairing is not read, so no rating is judged
        out = [replace(st, problem="a 'respectively' list, not read") if st.predicate is not None
               and st.predicate.kind == "rating" and not st.problem else st for st in out]
    return sorted(out, key=lambda st: st.start)


def _noun_after(s: str, pos: int) -> re.Match[str] | None:
    """The noun a figure counts: the first population, people, time or other noun within four words, with no
    verb or preposition between ("21 privately-owned CRCs", "3,600 low and medium-risk offenders")."""
    for gap in _GAP.finditer(s, pos, min(len(s), pos + 80)):
        between = s[pos: gap.start()]
        if len(between.split()) > 4 or _BLOCKERS.search(between):
            return None
        m = _NOUNS.match(s, gap.end())
        if m:
            return m
    return None


def _restricted(s: str, rel: int, noun_end: int) -> bool:
    """True when the counted population is only a part of the sector: 'the two NPS divisions that have been
    inspected', 'Working Links has three CRCs', 'the three CRCs under the wider Working Links banner'."""
    return bool(_RESTRICT_AFTER.match(s, noun_end) or _POSSESSIVE_BEFORE.search(s[max(0, rel - 25): rel]))


def _population(sent: _Sentence, rel_end: int, noun: re.Match[str] | None, before: int,
                previous_pop) -> tuple[str | None, str] | None:
    if noun is not None and noun.lastgroup == "pop":
        words = re.sub(r"\s+", " ", noun.group(0))
        sector = next(v for k, v in vocab.POPULATION_WORDS.items() if k.lower() == words.lower())
        if words.lower() not in _GENERIC_NOUNS:
            return sector, words
    earlier = [p for p in sent.pops if p[1] <= before and p[2] is not None]
    if earlier:
        return earlier[-1][2], earlier[-1][3]
    if noun is not None and noun.lastgroup == "pop":
        return None, re.sub(r"\s+", " ", noun.group(0))
    whole = [p for p in sent.pops if p[1] <= before and p[3].lower() not in _GENERIC_NOUNS]
    if whole:
        return None, whole[-1][3]  # "the number of probation services rated Good was four"
    if previous_pop is not None and previous_pop[0] is not None:
        return previous_pop
    return None


def _predicate(sent: _Sentence, rel: int, rel_end: int) -> Predicate:
    """Rating nearest in the figure's clause (after it first), else the nearest rating before it in the
    sentence; else inspected or rated words in its clause; else a count of providers."""
    clause = sent.clause_at(rel)
    bracket = sent.opened[rel] if 0 <= rel < len(sent.opened) else -1
    if bracket >= 0:
        # a figure in brackets restates the phrase the bracket follows: "Good (five NPS divisions and one CRC)"
        inside = [r for r in sent.ratings if bracket < r[0] < rel_end + 30 and sent.opened[r[0]] == bracket]
        outside = [r for r in sent.ratings if r[1] <= bracket]
        pick = inside[0] if inside else (outside[-1] if outside else None)
        if pick is not None:
            return Predicate("rating", pick[3], pick[2])
    same = [r for r in sent.ratings if sent.clause_at(r[0]) == clause]
    after = [r for r in same if r[0] >= rel_end]
    before = [r for r in same if r[1] <= rel]
    tail = sent.text[rel_end: bisect.bisect_right(sent.clause, clause)]  # clause numbers never decrease
    head = sent.text[bisect.bisect_left(sent.clause, clause): rel]
    plain_not = _PLAIN_NOT.match(tail)
    if (plain_not and after and after[0][0] == rel_end + plain_not.end() and not _NEGATION.search(head)
            and not _NEGATION.search(tail[plain_not.end():])):
        # "nineteen of the 21 CRCs were not rated Good": every known rating but the one named. Only this plain
        # shape is read; "not all", "never" or a second negation stay unread.
        named = after[0]
        return Predicate("rating", named[3], tuple(r for r in schema.RATINGS if r not in named[2]))
    if _NEGATION.search(head) or _NEGATION.search(tail):
        return Predicate("negated")  # "were not all rated ...", "never rated ...": not read, never judged
    if _CHANGE.search(tail):
        return Predicate("change")
    if not after and not before and any(sent.clause_at(p) == clause for p in sent.inspected):
        return Predicate("inspected")
    if not after and not before and any(sent.clause_at(p) == clause for p in sent.rated):
        return Predicate("rated")
    if not after and _RATING_VERB.search(tail[:60]):
        return Predicate("unknown")  # "the other nineteen were graded ...": a rating the vocabulary does not know
    pick = after[0] if after else (before[-1] if before else None)
    if pick is None:
        earlier = [r for r in sent.ratings if r[1] <= rel]
        own_verbs = [p for p in sent.inspected + sent.rated if sent.clause_at(p) == clause]
        if earlier and not own_verbs:
            pick = earlier[-1]
    if pick is not None:
        return Predicate("rating", pick[3], pick[2])
    if any(sent.clause_at(p) == clause for p in sent.inspected):
        return Predicate("inspected")
    if any(sent.clause_at(p) == clause for p in sent.rated):
        return Predicate("rated")
    if any(r[0] >= rel_end for r in sent.ratings):
        # "six probation services, five NPS divisions and one CRC, were rated Good": a rating later in the
        # sentence may be what is counted, so the figure is not read as the size of the population
        return Predicate("ambiguous")
    return Predicate("providers")


def _figure(text: str, sent: _Sentence, e: NumericExpression, rel: int, previous_pop,
            follow: NumericExpression | None, previous_provider: str | None = None) -> Statement:
    s = sent.text
    rel_end = rel + (e.end - e.start)
    reading = e.reading
    phrase = e.phrase
    noun = _noun_after(s, rel_end)
    if s[rel_end: rel_end + 1] == "/" or (rel > 0 and s[rel - 1] == "/"):
        return Statement(e.start, e.end, phrase, "count", problem="a figure written N/M, not read")
    out_of = _OUT_OF_THE.match(s, rel_end)
    if out_of and reading is not None and reading.unit == "count" and reading.rule in ("exact count", "bare number"):
        # "Eight out of the 10 CRCs inspected": the figure finder keeps "out of the" apart; read it whole here
        try:
            m_value = int(read_number(out_of.group(1)).value)
        except ValueError:
            m_value = None
        if m_value is not None:
            noun2 = _noun_after(s, out_of.end())
            st = _figure_core(text, sent, e, rel, previous_pop, previous_provider, follow, reading, phrase, noun2,
                              out_of.end())
            wider = replace(st, end=sent.start + out_of.end(), phrase=text[e.start: sent.start + out_of.end()])
            if st.problem or st.kind != "count":
                return wider
            return replace(wider, denominator=m_value, subset=True)
    other = _OF_THE_OTHER.match(s, rel_end)
    if other and reading is not None and reading.unit == "count":
        # "twelve of the other thirteen": a part of the population, with its own denominator
        try:
            m_value = int(read_number(other.group(1)).value)
        except ValueError:
            m_value = None
        if m_value is not None:
            st = _figure_core(text, sent, e, rel, previous_pop, previous_provider, follow, reading, phrase,
                              _noun_after(s, other.end()), other.end())
            if st.problem or st.kind != "count":
                return replace(st, end=sent.start + other.end(), phrase=text[e.start: sent.start + other.end()])
            return replace(st, end=sent.start + other.end(), phrase=text[e.start: sent.start + other.end()],
                           denominator=m_value, subset=True)
    if rel >= 4 and re.search(r"\bof\s+the\s+(?:other|remaining)\s+$", s[max(0, rel - 25): rel], re.IGNORECASE):
        return Statement(e.start, e.end, phrase, "count", problem="the denominator of the figure before it")
    return _figure_core(text, sent, e, rel, previous_pop, previous_provider, follow, reading, phrase, noun, rel_end)


def _figure_core(text: str, sent: _Sentence, e: NumericExpression, rel: int, previous_pop, previous_provider,
                 follow: NumericExpression | None, reading: Reading | None, phrase: str,
                 noun: re.Match[str] | None, rel_end: int) -> Statement:
    s = sent.text
    paren = _PAREN_TOTAL.match(s, rel_end)
    if paren and reading is not None:
        noun = _noun_after(s, paren.end())  # "one of 19 (out of 21) Community Rehabilitation Companies"
    if reading is not None and reading.unit == "percent" and _RATIO.match(phrase) and (
            (noun is not None and noun.lastgroup in ("pop", "people")) or re.search(r"\bof\s+the\b", phrase, re.I)
            or _has_predicate_near(sent, rel_end)):
        reading = interpret(phrase, "count")  # "five of the seven NPS divisions": a count, not a share
    share_of = _SHARE_OF.match(s, rel_end)
    if reading is not None and reading.unit == "percent" and share_of:
        # "two thirds of CRCs", "more than half of the NPS divisions": a share of a population of providers
        words = re.sub(r"\s+", " ", share_of.group("pop"))
        sector = _SECTOR_OF[words.lower()]
        predicate = _predicate(sent, rel, share_of.end())
        size_stated = None
        if share_of.group("size"):
            try:  # "half of the seven NPS divisions": the share, and the size stated too
                size_stated = int(read_number(share_of.group("size")).value)
            except ValueError:
                return Statement(e.start, e.end, phrase, "share", stated=reading, problem="a share of an unread total")
        if predicate.kind == "providers" or predicate.kind in _UNREAD or _restricted(s, rel, share_of.end()):
            return Statement(e.start, e.end, phrase, "share", stated=reading,
                             problem="a share of providers whose predicate or population is not read")
        if reading.rule == "over":
            # of a population, "more than half" is any share above a half, not "a little above"
            reading = replace(reading, high=100.0, high_closed=True)
        return Statement(e.start, sent.start + share_of.end(), text[e.start: sent.start + share_of.end()], "count",
                         stated=reading, quantifier="share", sector=sector, population_words=words,
                         predicate=predicate, size_stated=size_stated)
    if reading is not None and reading.unit in ("percent", "points"):
        cons = None
        if follow is not None and follow.reading is not None and follow.reading.unit == reading.unit:
            between = text[e.end: follow.start]
            if re.fullmatch(r"\s*\(\s*", between):
                cons = follow
        return Statement(e.start, e.end, phrase, "share", stated=reading,
                         consistency=cons.reading if cons else None, consistency_phrase=cons.phrase if cons else None,
                         problem=None if cons else "a share of cases or staff: the data hold no such figure")
    value = reading.value if reading else None
    if value is not None and re.fullmatch(r"(?:19|20)[0-9]{2}", phrase.strip()):
        return Statement(e.start, e.end, phrase, "not a claim", notes=("a year, not a quantity",))
    # "N inspections of CRCs"
    insp = re.match(r"\s+inspections\s+of\s+", s[rel_end:])
    if insp:
        noun = _NOUNS.match(s, rel_end + insp.end())
    if noun is not None and noun.lastgroup == "time":
        return Statement(e.start, e.end, phrase, "not a claim", notes=("a span of time, not a quantity",))
    ratio = _RATIO.match(phrase)
    denominator, subset, quantifier, amount, stated = None, False, None, None, reading
    proportion = None
    if ratio and reading is not None and reading.unit == "count":
        try:
            num = interpret(ratio.group("n"), "count", whole=True)
            m_value = read_number(ratio.group("m")).value
        except ValueError:
            return Statement(e.start, e.end, phrase, "count", problem="a ratio whose parts cannot be read")
        stated, denominator = num, int(m_value)
        if not ratio.group("the") and re.search(r"(?i)\bout\s+of\b", phrase):
            # "eight out of 10 CRCs": a proportion when 10 is not how many there are
            proportion = e.reading if e.reading is not None and e.reading.unit == "percent" else None
        if num.value == 1 and num.rule == "exact count" and re.match(r"(?i)one\b|1\b", ratio.group("n").strip()) \
                and not ratio.group("the") and _paren_total(s, rel_end):
            # "one of 19 (out of 21) CRCs rated X": 19 is the count, 21 the population
            stated = interpret(ratio.group("m"), "count", whole=True)
            denominator = _paren_total(s, rel_end)
            quantifier = "one of N"
    elif reading is not None and reading.unit == "count":
        stated = interpret(phrase, "count") if reading.rule != "exact count" else reading
        if paren:
            # "the 14 (out of 21) CRCs to be inspected": a count of a part, with the whole in brackets
            denominator, quantifier = _paren_total(s, rel_end), "of a part"
    lead = _BEFORE_ANCHOR.search(s[max(0, rel - 20): rel])
    start = e.start
    size_stated = None
    if denominator is not None and re.match(r"(?i)one\s+of\b", phrase) and re.search(r"(?i)\b(?:every|each)\s+$",
                                                                                     s[max(0, rel - 8): rel]):
        # "every one of the 21 CRCs": all of them, 21 in all
        lead = None
        quantifier, stated = "all N", interpret(str(denominator), "count")
        start = sent.start + s.rfind(" ", 0, rel - 1) + 1 if " " in s[:rel - 1] else sent.start
        phrase = text[start: e.end]
    if lead:
        kind = lead.lastgroup
        if kind == "allbut":
            quantifier, amount = "all but", stated.value if stated else None
        elif kind == "other":
            quantifier = "the other"
        elif kind == "all":
            quantifier = "all N"
        elif kind == "atleast":
            quantifier, amount = "at least", stated.value if stated else None
        elif kind == "none":
            # "none of the seven NPS divisions": none of them, and seven in all
            quantifier = "none"
            size_stated = int(stated.value) if stated is not None and stated.rule == "exact count" else None
        elif kind == "ofthe":
            quantifier = "of the"  # "Of the seven NPS divisions, five ...": the size of the population
        if kind in ("allbut", "other", "all", "atleast", "only", "none"):
            start = base_start = sent.start + max(0, rel - 20) + lead.start()
            phrase = text[base_start: e.end]
    if noun is not None and noun.lastgroup == "people":
        provs = _providers_near(sent)
        if not provs and previous_provider and _ANAPHORA.search(s[:rel]):
            provs = (previous_provider,)  # "The CRC supervises ...": the provider the text is about
        pop = _population(sent, rel_end, None, rel, previous_pop)
        return Statement(start, e.end, phrase, "people", stated=reading, providers=provs,
                         sector=pop[0] if pop and not provs else None,
                         population_words=pop[1] if pop else "all providers",
                         predicate=Predicate("people_supervised"),
                         problem=None if (provs or sent.supervise) else "people, but not said to be supervised")
    if noun is not None and noun.lastgroup == "unheld":
        what = re.sub(r"\s+", " ", noun.group(0))
        clause = sent.clause_at(rel)
        if what.lower() in vocab.METHOD_WORDS and not any(sent.clause_at(r[0]) == clause for r in sent.ratings):
            return Statement(start, e.end, phrase, "not a claim",
                             notes=(f"a count of {what} of the inspection method, not of providers",))
        return Statement(start, e.end, phrase, "count", stated=stated,
                         problem=f"a count of {what}: the data hold no such figure")
    if quantifier == "of the" and noun is not None and noun.lastgroup == "pop":
        pop = _population(sent, rel_end, noun, rel, previous_pop)
        rated = next((r for r in sent.ratings if 0 <= r[0] - noun.end() <= 30
                      and _RATED_AS.fullmatch(s[noun.end(): r[0]])), None)
        if rated is not None:
            # "Neither of the two NPS divisions rated Requires improvement ...": a count of those so rated
            return Statement(start, e.end, phrase, "count", stated=stated, sector=pop[0], population_words=pop[1],
                             predicate=Predicate("rating", rated[3], rated[2]))
        if _restricted(s, rel, noun.end()):
            return Statement(start, e.end, phrase, "count", stated=stated,
                             problem=f"a part of the {pop[1]} (words after the noun restrict it)")
        return Statement(start, e.end, phrase, "count", stated=stated, sector=pop[0], population_words=pop[1],
                         predicate=Predicate("providers"))
    pop = _population(sent, rel_end, noun, rel, previous_pop)
    if pop is None:
        return Statement(start, e.end, phrase, "count", stated=stated, problem="no population")
    explicit = noun is not None and noun.lastgroup == "pop" and noun.group(0).lower() not in _GENERIC_NOUNS
    # "two CRCs, Essex and Merseyside, were ...": the ones counted are named, so they are a part
    listed = _NAMES_AFTER.match(s, noun.end()) if explicit else None
    named_after = listed is not None and not _RATING.match(s, listed.start(1)) and \
        listed.group(1).lower() not in _SECTOR_OF
    restricted = explicit and (named_after or _restricted(s, start - sent.start, noun.end())
                               # "three Working Links CRCs": a name between figure and noun
                               or bool(re.search(r"\b[A-Z][a-z]", s[rel_end: noun.start()])))
    declared = _DECLARED.match(s)
    in_group = noun is None and declared is not None and rel >= declared.end()
    number_of = noun is None and _NUMBER_OF.search(s[:rel]) is not None  # "the number of CRCs rated Good was 1"
    if noun is None and quantifier is None and not (in_group or number_of or _has_predicate_near(sent, rel_end)):
        return Statement(start, e.end, phrase, "count", stated=stated, problem="no population")
    predicate = _predicate(sent, rel, rel_end)
    if predicate.kind in _UNREAD:
        return Statement(start, e.end, phrase, "count", stated=stated, problem=_UNREAD[predicate.kind])
    if in_group and denominator is None:
        # "Of the thirteen CRCs reported on before it, twelve ...": the count is of that declared group
        try:
            denominator = int(read_number(declared.group(1)).value)
        except ValueError:
            return Statement(start, e.end, phrase, "count", stated=stated, problem="a group that cannot be read")
        if declared.group(3).strip():
            restricted = True
    if predicate.kind == "providers" and not explicit:
        return Statement(start, e.end, phrase, "count", stated=stated, problem="no predicate and no population noun")
    if _ORDINAL_OF.search(s[max(0, rel - 30): rel]):
        return Statement(start, e.end, phrase, "count", stated=stated, problem="the total of an ordinal position")
    if predicate.kind == "providers" and restricted:
        return Statement(start, e.end, phrase, "count", stated=stated,
                         problem=f"a part of the {pop[1]} (words after or before the noun restrict it)")
    if stated is None or stated.unit != "count":
        return Statement(start, e.end, phrase, "count", problem="not a count")
    subset = restricted
    if restricted and denominator is not None:
        quantifier = quantifier or "of a part"
    return Statement(start, e.end, phrase, "count", stated=stated, quantifier=quantifier, amount=amount,
                     denominator=denominator, subset=subset, sector=pop[0], population_words=pop[1],
                     predicate=predicate, size_stated=size_stated, proportion=proportion)


def _paren_total(s: str, pos: int) -> int | None:
    m = re.match(r"\s*\(\s*out\s+of\s+([0-9]+|[a-z-]+)\s*\)", s[pos:], re.IGNORECASE)
    if not m:
        return None
    try:
        return int(read_number(m.group(1)).value)
    except ValueError:
        return None


def _has_predicate_near(sent: _Sentence, rel_end: int) -> bool:
    """A figure with no noun counts something only when a rating word follows it closely ('one Inadequate')."""
    for r in sent.ratings:
        gap = sent.text[rel_end: r[0]]
        if 0 <= r[0] - rel_end <= 40 and _NEAR_RATING.fullmatch(gap):
            return True
    return False


def _providers_near(sent: _Sentence) -> tuple[str, ...]:
    return tuple(dict.fromkeys(p[2] for p in sent.providers))


def _quantifier(sent: _Sentence, m: re.Match[str], q: str, previous_pop) -> Statement | None:
    """'every division was rated Requires improvement', 'no NPS division', 'most CRCs'."""
    s = sent.text
    if q in ("only", "first"):
        return None  # read with a named provider
    rel_end = m.end()
    noun = _FILLER.match(s, rel_end)
    at = noun.end() if noun else rel_end
    n = _NOUNS.match(s, at)
    if re.match(r"\s+(?:of\s+)?(?:the\s+)?(?:" + vocab.alternation(vocab.POPULATION_WORDS) + ")", s[rel_end:],
                re.IGNORECASE):
        n = re.compile(r"\s+(?:of\s+)?(?:the\s+)?").match(s, rel_end)
        n = _NOUNS.match(s, n.end()) if n else None
    if n is None or n.lastgroup != "pop":
        return None
    words = re.sub(r"\s+", " ", n.group(0))
    bracket = sent.opened[m.start()] if m.start() < len(sent.opened) else -1
    if q == "all" and bracket >= 0 and re.fullmatch(r"\(\s*", s[bracket: m.start()]) and \
            re.match(r"\s*\)", s[n.end():]):
        # "six services as 'Requires improvement' (all CRCs)": those counted all belong to the population
        sector = next(v for k, v in vocab.POPULATION_WORDS.items() if k.lower() == words.lower())
        predicate = _predicate(sent, m.start(), n.end())
        if predicate.kind == "providers" or sector is None:
            return None
        return Statement(sent.start + m.start(), sent.start + n.end(), s[m.start(): n.end()], "count",
                         quantifier="all are", sector=sector, population_words=words, predicate=predicate)
    sector = next(v for k, v in vocab.POPULATION_WORDS.items() if k.lower() == words.lower())
    if words.lower() in _GENERIC_NOUNS and previous_pop:
        sector, words = previous_pop
    exc = _EXCEPT.match(s, n.end())
    predicate = _predicate(sent, exc.end(), exc.end()) if exc else _predicate(sent, m.start(), n.end())
    stated = None
    if q == "at least one":
        q_name, amount = "at least", 1.0
    elif q == "one":
        q_name, amount, stated = None, None, interpret("1", "count")
    else:
        q_name, amount = q, None
    start, end = sent.start + m.start(), sent.start + n.end()
    phrase = re.sub(r"\s+", " ", s[m.start(): n.end()])
    if predicate.kind in _UNREAD:
        return Statement(start, end, phrase, "count", quantifier=q_name, problem=_UNREAD[predicate.kind])
    if q_name == "all" and exc:
        try:
            q_name, amount = "all but", read_number(exc.group(1)).value
        except ValueError:
            return Statement(start, end, phrase, "count", quantifier=q_name, problem="an exception not read")
        end = sent.start + exc.end()
        phrase = re.sub(r"\s+", " ", s[m.start(): exc.end()])
    if _restricted(s, m.start(), n.end()):
        return Statement(start, end, phrase, "count", quantifier=q_name,
                         problem=f"a part of the {words} (words after the noun restrict it)")
    if predicate.kind == "providers" and q_name != "all":
        return Statement(start, end, phrase, "count", quantifier=q_name, problem="no predicate (rated what?)")
    if predicate.kind == "providers":
        return None  # "all CRCs" with nothing said of them
    return Statement(start, end, phrase, "count", quantifier=q_name, amount=amount, sector=sector,
                     population_words=words, predicate=predicate, stated=stated)


def _scale_statements(sent: _Sentence) -> list[Statement]:
    """"rated 'Good', the second-highest rating": a rating named and then placed on the scale."""
    out = []
    for first, second in zip(sent.ratings, sent.ratings[1:], strict=False):
        words = sent.text[second[0]: second[1]].lower()
        if ("lowest" in words or "highest" in words) and re.fullmatch(r"[\s\"'\u2019\u201d,\u2013\u2014-]*",
                                                                      sent.text[first[1]: second[0]]):
            out.append(Statement(sent.start + second[0], sent.start + second[1], sent.text[second[0]: second[1]],
                                 "scale", predicate=Predicate("rating", "overall", first[2]),
                                 notes=(sent.text[first[0]: first[1]], ",".join(second[2]))))
    return out


def _rank_statements(sent: _Sentence) -> list[Statement]:
    """'X came top of the league', 'X was the second-worst CRC': a league position of the provider named last
    before it in the sentence."""
    out = []
    for pos in find_positions(sent.text):
        named = [p for p in sent.providers if p[1] <= pos.start]
        if not named:
            continue
        pid = named[-1][2]
        out.append(Statement(sent.start + pos.start, sent.start + pos.end, sent.text[pos.start: pos.end], "rank",
                             providers=(pid,), amount=pos.place, quantifier="from top" if pos.from_top else
                             "from bottom", sector=pos.sector, notes=(pos.describe(),)))
    return out


def _provider_statements(sent: _Sentence, exprs: list[NumericExpression]) -> list[Statement]:
    """'Merseyside CRC was rated Good', 'X was the only CRC rated Good', 'X was the first CRC to be rated Good'."""
    out = []
    seen = set()
    for a, b, pid in sent.providers:
        if pid in seen:
            continue
        seen.add(pid)
        after = [r for r in sent.ratings if r[0] >= b]
        if not after:
            continue
        between = sent.text[b: after[0][0]]
        if re.search(r"\b(?:not|never|n't|no longer)\b", between, re.IGNORECASE):
            out.append(Statement(sent.start + a, sent.start + b, sent.text[a:b], "provider", providers=(pid,),
                                 problem="a negated rating"))
            continue
        if re.search(r"\b(?:from|improv\w*|raised|moved|up|down|previously|last|since|before)\b", between,
                     re.IGNORECASE):
            out.append(Statement(sent.start + a, sent.start + b, sent.text[a:b], "provider", providers=(pid,),
                                 problem="a change of rating, not read"))
            continue
        if len(between) > 80 or re.search(r"[;:]", between) or re.search(r"\b(?:19|20)[0-9]{2}\b", between):
            continue  # too far, or a rating at a date (a rating "in 2018" is not read)
        rating = after[0]
        quant = None
        qm = re.search(r"\bthe\s+(only|sole|first)\s+(" + vocab.alternation(vocab.POPULATION_WORDS) + r")\b",
                       between, re.IGNORECASE)
        pop_sector, pop_words = None, None
        if qm:
            quant = "first" if qm.group(1).lower() == "first" else "only"
            pop_words = re.sub(r"\s+", " ", qm.group(2))
            pop_sector = next(v for k, v in vocab.POPULATION_WORDS.items() if k.lower() == pop_words.lower())
        elif re.search(r"\b(?:first|only|sole|one of|among|second|third|last)\b", between, re.IGNORECASE):
            out.append(Statement(sent.start + a, sent.start + b, sent.text[a:b], "provider", providers=(pid,),
                                 problem="an ordering or comparison not read"))
            continue
        out.append(Statement(sent.start + a, sent.start + rating[1], sent.text[a: rating[1]], "provider",
                             providers=(pid,), quantifier=quant, sector=pop_sector, population_words=pop_words,
                             predicate=Predicate("rating", rating[3], rating[2])))
    return out
