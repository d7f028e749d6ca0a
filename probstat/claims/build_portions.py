"""Counts of a part of a population: one owner's CRCs ("none of Sodexo's six CRCs") and one region's PDUs ("three
London PDUs"), written as the populations "CRC@Sodexo" and "PDU#London" that evaluate.py narrows the round's rows
to; and parts of a population a count before named: the rest of it ("... and the rest Requires improvement"), so
many of them ("four of them Good"), the only one inspected; and the only or first unit of its kind with a rating
("X was the only CRC rated Good")."""

from __future__ import annotations

from dataclasses import replace

from .. import schema
from . import lazy_re as re
from . import vocabulary as vocab
from .build_counts import _bare_count, _count_of
from .matcher import Match
from .measure_words import MEASURES, measures_named
from .quantifiers import Reading
from .quantifiers import interpret as _interpret
from .readings import Part, Predicate, ProviderRating, StandardsCount, Statement
from .shape_parts import (
    _DOWN,
    _PAST,
    _UP,
    Sentence,
    _column,
    _count,
    _listed,
    _population,
    _ratings,
    _refused_subject,
    _span,
    _subject,
)
from .unit_facts import unit_kind


def _count_shape(m: Match, s: Sentence) -> list[Part] | None:
    """'five of the seven NPS divisions were rated Good', 'no CRC was rated Outstanding', 'most CRCs ...';
    'none of Sodexo's six CRCs were rated Good': a count of one owner's CRCs."""
    k = m.first
    pop = m.one("pop")
    e = m.one("e")
    if m.one("exc") is not None and not (e.words.lower() == "with" and
                                         re.fullmatch(r"(?i)exceptions?", m.words("exc"))):
        return None  # ", with one exception,": all but one; any other word between the commas is not an exception
    after = m.tags[m.tags.index(e) + 2: m.tags.index(e) + 3] if e is not None and e.words == "," else []
    if after and after[0].code in "BVh":
        return None  # "Across all 28 services, 21 were rated R": 21 of the 28, read as such; no "all but 21"
    if pop is not None and pop.code == "I" and pop.words.lower() != "inspections":
        return None  # "two of the 31 inspections were rated Good": those inspected; "inspection" alone is no count
    r = m.one("r")
    n = m.one("n") or m.one("n1")
    if n is not None and re.match(r"(?i)one\s+of\s+(?!the\s+)\w", n.words) and m.first > 0 and \
            s.tags[m.first - 1].words == "," and any(t.code == "P" for t in s.tags[: m.first - 1]) and \
            s.tags[m.first - 2].code not in "PA":  # ("X, one of four ...": the unit's own aside, read as such)
        # "X was rated Inadequate in October, one of three London PDUs given that rating on the same day": X one of
        # the three, said beside the clause about X (no share "one in three"); of a month's or a day's reports, as
        # "X was one of three ..." is, not read
        if _MONTH.search(s.text, s.start, s.end):
            return [Part(*_span(m, s), "count", problem="a count of one month's reports, not read")]
        return None
    if r is not None and _ROSE_TO.search(s.text, max(s.start, r.start - 40), r.start):
        # "four services saw their rating rise to Good": a count of changes to a rating, not of units rated it (the
        # published sector figures may hold it: left to their shape)
        if any(w.measure == "services_improved_to_good" for w in measures_named(MEASURES, s.text.lower())):
            return None
        return [Part(*_span(m, s), "count", problem="a count of units whose rating rose or fell to it, not read")]
    if _rated_then_said(m, s):
        return [Part(*_span(m, s), "count", problem="a count of the units with that rating of which something "
                     "else is said")]
    inside = [t for t in m.tags[m.first: m.tags.index(pop)] if t.code == "W"] if pop is not None else []
    if inside:
        w = inside[-1]  # "none of Sodexo's six CRCs", "two of Purple Futures' five CRCs"
    elif k >= 2 and s.tags[k - 1].words.lower() in ("s", "'s", "\u2019s") and s.tags[k - 2].code == "W":
        w = s.tags[k - 2]  # "Sodexo's six CRCs were ..."
    else:
        return _at_least_in_region(_count_of(m, s), s)
    sector, _ = _population(pop)
    if sector not in (None, "CRC") or len(inside) > 1:
        return [Part(*_span(m, s), "count", problem="a count of one owner's units that are not CRCs, not read")]
    owner = str(w.value or w.words)
    parts = _count_of(m, s, owner=True)
    return None if parts is None else [
        replace(p, reading=replace(p.reading, sector=f"CRC@{owner}", population_words=f"CRCs run by {owner}"))
        if isinstance(p.reading, Statement) and p.reading.sector in (None, "CRC") else p for p in parts]


_ROSE_TO = re.compile(r"(?i)\b(?:rise|rising|risen|rose|fall|falling|fallen|fell|drop|dropping|dropped|climb|climbing|"
                      r"climbed|slip|slipping|slipped|improve|improving|improved|move|moving|moved|go|going|gone|went|"
                      r"upgraded|downgraded)\s+(?:up\s+|down\s+|back\s+)?to\s*['\"\u2018\u201c]?\s*$")


def _rated_then_said(m: Match, s: Sentence) -> bool:
    """'Two of the three CRCs rated Good in 2019-20 were owned by W', '... were in the north': the rating, with no
    verb of its own before it, picks out the units, and the sentence's verb says something else of them."""
    mid = m.groups.get("mid", [])
    if not mid or any(t.code != "V" for t in mid) or not re.fullmatch(r"(?i)rated|judged|graded|given|awarded",
                                                                     mid[-1].words):
        return False
    rest = s.tags[m.last:]
    i = 0
    while i < len(rest) and (rest[i].code in "Y" or rest[i].code == "w" and not rest[i].words.isalpha()
                             or rest[i].words.lower() in ("in", "at", "overall", "by", "the", "inspectors")):
        i += 1
    # ("all six services rated Requires improvement were CRCs": a composition, read by its own shape)
    # (nor "the only service rated Inadequate was a CRC", whose "a CRC" is a kind, whatever tag it has)
    return i < len(rest) and rest[i].code == "B" and not any(t.code == "R" for t in rest[i:]) and \
        not any(t.code == "S" or t.code == "A" and re.match(r"(?i)an?\s", t.words) for t in rest[i + 1: i + 3])


def _at_least_in_region(parts: list[Part] | None, s: Sentence | None = None) -> list[Part] | None:
    """'three London PDUs were rated Inadequate': at least three were. Reporting counts the reports of a day or a
    week, and a region's other inspections that round may have added more (literal truth: three were). But "X was
    one of five PDUs in the region rated Inadequate" says five in all, unless a month says which reports."""
    if parts is None:
        return None
    if s is not None and any(isinstance(p.reading, ProviderRating) for p in parts):
        if not _MONTH.search(s.text, s.start, s.end):
            return parts
        # ("X was one of two London PDUs rated Inadequate in October 2022": so many of that month's reports, in all)
        return [Part(p.start, p.end, p.phrase, p.shape, problem="a count of one month's reports, not read")
                if isinstance(p.reading, Statement) and "#" in (p.reading.sector or "") else p for p in parts]
    # ("the other four Welsh PDUs": all the rest, as many as that)
    return [replace(p, reading=replace(p.reading, quantifier="at least", amount=p.reading.stated.value))
            if isinstance(p.reading, Statement) and "#" in (p.reading.sector or "") and p.reading.quantifier is None
            and p.reading.denominator is None and p.reading.stated is not None
            and p.reading.stated.rule == "exact count" and not (s is not None and _THE_OTHER.search(
                s.text, max(s.start, p.start - 12), p.start + 10)) else p for p in parts]


_THE_OTHER = re.compile(r"(?i)\bthe\s+other\b")


# (a month, or a day or week the reports shared: "rated Inadequate on the same day", "that week")
_MONTH = re.compile(r"(?i)\b(?:" + "|".join(vocab.MONTHS) + r")\b|\b(?:on\s+)?(?:the\s+same|that|one)\s+(?:day|week)\b")


_REST = frozenset(("the rest", "the others", "all the others", "the remainder"))


def _exact(st: Statement) -> bool:
    """Whether a count states one number ("five", "five of the seven")."""
    return st.stated is not None and st.stated.rule in ("exact count", "out of") and st.stated.low == st.stated.high


def _the_rest(m: Match, s: Sentence) -> list[Part] | None:
    """'five NPS divisions were rated Good and the rest Requires improvement': all but the five counted before
    had the second rating; of a unit's standards, the rest of those it has ('three of its ten standards ..., the
    rest ...')."""
    # ("one was rated Inadequate and the other Requires improvement": of two, the other one)
    other = m.words("o").lower() == "other" and m.first > 0 and s.tags[m.first - 1].words.lower() == "the"
    if m.words("o") not in _REST and not other or any(t.code in "XH" for t in m.groups.get("mid", [])):
        return None
    before = [p for p in s.parts if p.end <= m.tags[m.first].start and p.reading is not None]
    prev = before[-1].reading if before else None
    a, b, phrase = _span(m, s)
    ratings = _ratings(m.one("r"))
    if isinstance(prev, Statement) and prev.kind == "count" and prev.quantifier is None and _exact(prev) \
            and prev.predicate is not None and prev.predicate.kind == "rating":
        column = _column(m, s, ("mid",)) or prev.predicate.column
        # "one was rated Good, 15 Inadequate and the rest Requires improvement": all but every one counted before
        counted = [p.reading for p in before if isinstance(p.reading, Statement) and p.reading.kind == "count"
                   and p.reading.sector == prev.sector and p.reading.quantifier is None and _exact(p.reading)
                   and p.reading.predicate is not None and p.reading.predicate.kind == "rating"]  # (not "of the four")
        amount = sum(c.stated.value for c in counted) if len(counted) > 1 else prev.stated.value
        # ("15 of the 31 inspections were ..., one ... and the rest ...", "Of the 31 inspections in 2022-23, 15
        # were ...": the rest of the 31)
        sizes = [r for n, t in zip(s.tags[: max(m.first - 1, 0)], s.tags[1: m.first], strict=True) if n.code == "N"
                 and t.code == "I"
                 and t.words.lower() == "inspections" and (r := getattr(n.value, "reading", None)) is not None
                 and r.rule == "exact count"]
        denominator = next((c.denominator for c in counted if c.denominator), int(sizes[-1].low) if sizes else None)
        return [Part(a, b, phrase, "count", replace(
            prev, start=a, end=b, phrase=phrase, quantifier="all but", amount=amount, stated=None,
            denominator=denominator, predicate=Predicate("rating", column, ratings)))]
    if isinstance(prev, StandardsCount) and prev.total and prev.stated.rule == "exact count":
        rest = prev.total - int(prev.stated.value)
        return [Part(a, b, phrase, "standards-count", replace(
            prev, ratings=ratings, stated=Reading(rest, rest, True, True, "count", "exact count", rest)))]
    return None


def _of_them(m: Match, s: Sentence) -> list[Part] | None:
    """'HMIP rated ten services, four of them Good': a count of the population the count before it counted."""
    if m.words("them") not in ("them", "those", "these", "which") or \
            any(t.code in "XH" for t in m.groups.get("mid", [])):
        return None
    before = [p for p in s.parts if p.end <= m.tags[m.first].start and isinstance(p.reading, Statement)
              and p.reading.kind == "count"]
    if not before:
        return None
    got = _count(m.one("n"), s)
    # ("only one of them", "just two of them": so many exactly, as "one of them" is)
    if got is None or got[0].rule not in ("exact count", "just") or got[0].low != got[0].high or got[1] is not None:
        return None
    a, b, phrase = _span(m, s)
    whole = them_population(before, s)
    if whole is None:
        return [Part(a, b, phrase, "count", problem="'them' after counts of two populations: which is meant")]
    column = _column(m, s, ("mid",)) or "overall"
    return [Part(a, b, phrase, "count", Statement(
        a, b, phrase, "count", stated=got[0], sector=whole[0], population_words=whole[1],
        predicate=Predicate("rating", column, _ratings(m.one("r")))))]


def them_population(before: list[Part], s: Sentence) -> tuple[str | None, str | None] | None:
    """The population "them" takes from the counts before it: the last count's; the NPS divisions and the CRCs
    together ("seven NPS divisions and 21 CRCs were inspected, and six of them were rated Good"); None when the
    last two counted two other populations joined by "and"."""
    last = before[-1].reading
    if len(before) < 2 or before[-2].reading.sector == last.sector:
        return last.sector, last.population_words
    first, second = before[-2], before[-1]
    # (joined: the second count's words begin inside the first's, or only "and" or a comma stands between)
    joined = second.start < first.end or re.fullmatch(r"[\s,]*(?:and|&)?\s*", s.text[first.end: second.start])
    if not joined:
        return last.sector, last.population_words
    if {before[-2].reading.sector, last.sector} == {"NPS", "CRC"}:
        return None, "providers"
    return None


def _the_only_one(m: Match, s: Sentence) -> list[Part] | None:
    """'the only NPS division inspected was rated Good': one of the sector was inspected, and one was rated so."""
    if m.words("q").lower() not in ("the only", "the sole", "the single") or \
            any(t.code in "XH" for t in m.groups.get("mid", [])):
        return None
    sector, words = _population(m.one("pop"))
    if sector is None:
        return None
    a, b, phrase = _span(m, s)
    one = Reading(1, 1, True, True, "count", "exact count", 1)
    column = _column(m, s, ("mid",)) or "overall"
    return [Part(a, b, phrase, "count", Statement(a, b, phrase, "count", stated=one, sector=sector,
                                                  population_words=f"{words} inspected",
                                                  predicate=Predicate("inspected"))),
            Part(a, b, phrase, "count", Statement(a, b, phrase, "count", stated=one, sector=sector,
                                                  population_words=words,
                                                  predicate=Predicate("rating", column, _ratings(m.one("r")))))]


def _only(m: Match, s: Sentence) -> list[Part] | None:
    """'X was the only CRC rated Good', 'X became the first CRC to be rated Good'."""
    q = str(m.one("q").value)
    if q not in ("only", "first"):
        return None
    pid, refused = _refused_subject(m, s, "only")
    if refused:
        return refused
    a, b, phrase = _span(m, s)
    pop = m.one("pop")
    if _UP.search(phrase.lower()) or _DOWN.search(phrase.lower()):  # "the only CRC to improve to Good"
        return [Part(a, b, phrase, "only", problem="the only one whose rating changed")]
    sector, words = _population(pop) if pop is not None else (None, "")
    if pop is None or re.search(r"(?i)\bof its (?:kind|type)\b", s.text[pop.end: m.tags[m.last - 1].end]):
        # "the first organisation of its kind", "X was the first to be rated Good": of the subject's own sector
        provider = vocab.providers_and_aliases()[1].get(pid)
        if provider is None:
            return None
        sector, words = provider.sector, schema.SECTOR_PLURALS.get(provider.sector, words)
    st = Statement(a, b, phrase, "provider", providers=(pid,), quantifier=q, sector=sector, population_words=words,
                   predicate=Predicate("rating", "overall", _ratings(m.one("r"))))
    return [Part(a, b, phrase, "only", st)]


def _only_that(m: Match, s: Sentence) -> list[Part] | None:
    """'... the first organisation of its kind to achieve that grade': 'that grade' is the rating named before."""
    v = m.one("v")
    i = m.tags.index(v)
    if i == 0 or m.tags[i - 1].words.lower() not in ("that", "this", "the same"):
        return None
    q = m.tags.index(m.one("q"))
    earlier = [t for t in s.tags[: q] if t.code == "R"]  # "X was rated Good, the first PDU to reach that rating"
    if not earlier:
        return None
    m2 = Match(m.first, m.last, {**m.groups, "r": [earlier[-1]]}, m.tags)
    return _only(m2, s)


def _only_named(m: Match, s: Sentence) -> list[Part] | None:
    """'Of the 21 CRCs rated in 2018-19, only one, X, was rated Good', '... and only X was rated Inadequate': one of
    the population the sentence named before had the rating, and it was X."""
    if m.one("n") is not None and not re.fullmatch(r"(?i)(?:only|just)\s+one|one", m.one("n").words) or \
            m.one("only") is not None and m.one("only").words.lower() not in ("only", "just"):
        return None
    pops = [t for t in s.tags[: m.first] if t.code == "S"]
    pid = _subject(m.one("s"), s)
    if not pops or pid is None:
        return None
    sector, words = _population(pops[-1])
    if sector is not None and sector not in schema.SECTORS and "#" not in str(sector) and sector != "PDU":
        return None
    a, b, phrase = _span(m, s)
    ratings = _ratings(m.one("r"))
    one = Reading(1, 1, True, True, "count", "exact count", 1)
    # (the unit's own rating is the rating shapes' to read: only the count is this one's)
    return [Part(a, b, phrase, "count", Statement(a, b, phrase, "count", stated=one, sector=sector,
                                                   population_words=words,
                                                   predicate=Predicate("rating", "overall", ratings)))]


def _appositive_count(m: Match, s: Sentence) -> list[Part] | None:
    """'Fewer than half of the seven NPS divisions, just two, were rated R', 'a clear majority of the 24 PDUs
    inspected, 14 of them, were rated R': the words' count and the figure set beside it, each read as a count of
    the population with the rating."""
    lead = m.one("q")
    base = {"total": m.groups.get("m", []), "pop": m.groups["pop"], "mid": m.groups.get("i", []) + m.groups["mid"],
            "r": m.groups["r"]}
    main = Match(m.first, m.last, {**base, ("q" if lead.code == "Q" else "n"): [lead]}, m.tags)
    beside = Match(m.first, m.last, {**base, "n": m.groups["n2"]}, m.tags)
    first, second = _count_of(main, s), _count_of(beside, s)
    if not first or not second or any(p.problem for p in (*first, *second)):
        return None
    return [*first, *second]


def _appositive_bare(m: Match, s: Sentence) -> list[Part] | None:
    """'Nearly half, 15 of the 31, were found Inadequate', after a sentence that named the population: the figure
    is read as a count of that population with the rating; the share before it only says the figure again: read
    where it fits the figure ("nearly half" of 15 of 31), a part not read (so the sentence is never supported) where
    it does not."""
    parts = _bare_count(Match(m.first, m.last, {"n": m.groups["n2"], "mid": m.groups["mid"], "r": m.groups["r"]},
                              m.tags), s)
    st = parts[0].reading if parts and len(parts) == 1 and parts[0].problem is None else None
    if st is None or not st.denominator or st.stated is None or st.stated.value is None:
        return None
    q = m.one("q")
    try:
        share = _interpret(q.words)
    except ValueError:
        return None
    if share.unit != "percent":
        return None
    if share.contains(100 * st.stated.value / st.denominator):
        return parts
    return parts + [Part(q.start, q.end, q.words, "count", problem="a share that does not fit the figure beside it")]


def _count_named(m: Match, s: Sentence) -> list[Part] | None:
    """'Just one CRC, Hampshire and Isle of Wight, was rated Good', 'two NPS divisions, A and B, were rated ...': a
    count of a population, the units it counts named beside it: the count, and each named unit's rating."""
    listed = _listed(m.groups.get("ss", []), joins=("and", "&"))
    got = _count(m.one("n"), s)
    mid = m.groups.get("mid", [])
    if listed is None or got is None or got[1] is not None or got[2] not in (None, "only") or \
            got[0].low != got[0].high or any(t.code in "XH" for t in mid) or _PAST.search(m.words("mid")):
        return None
    column = _column(m, s, ("mid", "after"))
    if column is None:
        return None
    pids = [_subject(t, s) for t in listed]
    sector, words = _population(m.one("pop"))
    # ("only one CRC, in Dorset, Devon and Cornwall, ...": the unit by its place, of the kind counted)
    if any(pid is None for pid in pids) or len(set(pids)) != len(pids) or m.one("in") is not None and (
            m.words("in").lower() != "in" or sector not in ("CRC", "NPS", "PDU") or
            any(unit_kind(pid) != sector for pid in pids)):
        return None
    rating = _ratings(m.one("r"))
    a, b, phrase = _span(m, s)
    st = Statement(a, b, phrase, "count", stated=got[0], sector=sector, population_words=words,
                   predicate=Predicate("rating", column, rating))
    return [Part(a, b, phrase, "count", st)] + [
        Part(a, b, phrase, "provider-rating", ProviderRating(pid, column, rating)) for pid in pids]
