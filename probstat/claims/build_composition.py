"""Builders of the shapes that read who a count is made of: composition ("of the six rated Good, five were NPS
divisions"), "all those rated Inadequate were CRCs", a breakdown by sector, exceptions ("all but one"), "and so
was every CRC"; shapes.py holds the table that names them."""

from __future__ import annotations

from dataclasses import replace

from . import lazy_re as re
from .build_counts import _pairs
from .count_scope import _inspected_in_round
from .matcher import Match
from .quantifiers import Reading
from .readings import Part, Predicate, ProviderRating, Statement
from .shape_parts import Sentence, _column, _count, _listed, _population, _ratings, _span, _subject


def _composition(m: Match, s: Sentence) -> list[Part] | None:
    """'Of the six rated Good, five were NPS divisions', 'five of the six services rated Good were NPS divisions': a
    count of all, and of one sector, with a rating."""
    a, b, phrase = _span(m, s)
    if m.one("nn") is not None:
        # "five of the six (services) rated Good were NPS divisions": the whole and the part in one figure; the
        # first noun, if any, is no sector's ("five of the seven NPS divisions rated Good were ..." is a count)
        got, first = _count(m.one("nn"), s), m.one("all")
        if got is None or got[1] is None or got[2] is not None or first is not None and first.value is not None:
            return None
        whole, part = (Reading(got[1], got[1], True, True, "count", "exact count", got[1]),), got
        sector, words = _population(m.one("pop2"))
        if sector is None:
            return None
        r = m.one("r2")
    else:
        whole, part = _count(m.one("n0"), s), _count(m.one("n"), s)
        if whole is None or part is None:
            return None
        sector, words = _population(m.one("pop"))
        r = m.one("r")
    pred = Predicate("rating", "overall", _ratings(r))
    return [Part(a, b, phrase, "composition", Statement(a, b, phrase, "count", stated=whole[0], population_words=
                                                        "providers", predicate=pred)),
            Part(a, b, phrase, "composition", Statement(a, b, phrase, "count", stated=part[0], sector=sector,
                                                        population_words=words, predicate=pred))]


def _all_those(m: Match, s: Sentence) -> list[Part] | None:
    """'all those rated Inadequate were CRCs': every provider with the rating is of that population; 'the only
    service rated Inadequate was a CRC': one had it, of that population."""
    # ("the only service rated Inadequate was a CRC": a population, its rating, then "was" and the kind; not "X was
    # the only Good-rated PDU", the unit's own)
    only = str(m.one("q").value) == "only" and m.words("q").lower().startswith("the") and m.one("all") is not None \
        and any(t.code == "B" for t in m.tags[m.tags.index(m.one("r")): m.tags.index(m.one("pop"))])
    if str(m.one("q").value) != "all" and not only:
        return None
    if m.one("all") is not None and _population(m.one("all"))[0] is not None:
        return None  # "all the CRCs rated Inadequate were ...": not every provider, read as a count
    if m.one("pop").code == "A" and not re.match(r"(?i)an?\s", m.one("pop").words):
        return None  # ("... was a CRC": a kind; "the CRC" is the text's own unit)
    a, b, phrase = _span(m, s)
    sector, words = _population(m.one("pop"))
    if sector is None:
        return None
    st = Statement(a, b, phrase, "count", quantifier="all are", sector=sector, population_words=words,
                   predicate=Predicate("rating", "overall", _ratings(m.one("r"))))
    if only:
        one = Reading(1, 1, True, True, "count", "exact count", 1)
        return [Part(a, b, phrase, "composition", replace(st, quantifier=None, stated=one, sector=None,
                                                          population_words="providers")),
                Part(a, b, phrase, "composition", st)]
    return [Part(a, b, phrase, "composition", st)]


def _all_of_them(m: Match, s: Sentence) -> list[Part] | None:
    """'six rated Requires improvement (all of them CRCs)': every provider the count before it counts is of
    that population."""
    if str(m.one("q").value) != "all" or m.words("them") not in ("them", "these", "those"):
        return None
    before = [p for p in s.parts if isinstance(p.reading, Statement) and p.reading.kind == "count"
              and p.reading.predicate is not None and p.end <= m.tags[m.first].start]
    sector, words = _population(m.one("pop"))
    if not before or sector is None:
        return None
    a, b, phrase = _span(m, s)
    st = Statement(a, b, phrase, "count", quantifier="all are", sector=sector, population_words=words,
                   predicate=before[-1].reading.predicate)
    return [Part(a, b, phrase, "composition", st)]


def _some_of_them(m: Match, s: Sentence) -> list[Part] | None:
    """'six were rated Good, five of them NPS divisions': how many of those the count before it counts are of that
    population."""
    if m.words("them") not in ("them", "these", "those"):
        return None
    before = [p for p in s.parts if isinstance(p.reading, Statement) and p.reading.kind == "count"
              and p.reading.predicate is not None and p.reading.predicate.kind == "rating"
              and not p.reading.subset and p.end <= m.tags[m.first].start]
    # (of a part of a population, "four of them" of another says nothing of that one's whole count)
    sector, words = _population(m.one("pop"))
    got = _count(m.one("n"), s)
    if not before or sector is None or got is None or got[1] is not None or got[2] is not None:
        return None
    a, b, phrase = _span(m, s)
    st = Statement(a, b, phrase, "count", stated=got[0], sector=sector, population_words=words,
                   predicate=before[-1].reading.predicate)
    return [Part(a, b, phrase, "composition", st)]


def _rated_all_of_them(m: Match, s: Sentence) -> list[Part] | None:
    """'it inspected three regions, and rated all of them Requires improvement': every one of the population the
    count before it counts."""
    if str(m.one("q").value) != "all":
        return None
    if m.one("them") is None:
        # "... inspected three regions, and every single one was rated R": "and" and "every one" without "of them"
        q = m.one("q")
        if not re.search(r"\bone$", q.words.lower()) or s.tags[m.first - 1].words.lower() != "and":
            return None
    elif m.words("them") not in ("them", "these", "those"):
        return None
    head = m.tags[:m.first]
    if len(head) >= 3 and head[0].code == "W" and any(t.code == "N" and nx.code == "S" and _population(nx)[0] == "CRC"
                                                      for t, nx in zip(head, head[1:], strict=False)):
        # "Sodexo ran six CRCs, and every one of them was rated Requires improvement": all of the owner's (the
        # owner's count is read by its own shape)
        w = str(head[0].value or head[0].words)
        a, b, phrase = _span(m, s)
        return [Part(a, b, phrase, "count", Statement(
            a, b, phrase, "count", quantifier="all", sector=f"CRC@{w}", population_words=f"CRCs run by {w}",
            predicate=Predicate("rating", "overall", _ratings(m.one("r")))))]
    before = [p for p in s.parts if isinstance(p.reading, Statement) and p.reading.kind == "count"
              and p.end <= m.tags[m.first].start and p.reading.population_words]
    if not before:
        return None
    prev = before[-1].reading
    if prev.stated is None or prev.quantifier not in (None, "at least"):
        return None
    a, b, phrase = _span(m, s)
    # as many rated R as were counted: "all" of the whole population would also speak of those not inspected
    # (at least as many, where the count is of a region's units the data may not all hold)
    st = Statement(a, b, phrase, "count", stated=prev.stated, quantifier=prev.quantifier, amount=prev.amount,
                   sector=prev.sector, population_words=prev.population_words,
                   predicate=Predicate("rating", "overall", _ratings(m.one("r"))))
    return [Part(a, b, phrase, "count", st)]


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
    if _inspected_in_round(s.tags, s.tags.index(m.one("pop")) + 1):
        words = f"{words} inspected"  # "..., all the PDUs inspected in 2024-25 ...": the round's, whose number is known
    st = Statement(a, b, phrase, "count", quantifier="all but", amount=got[0].value, sector=sector,
                   population_words=words, predicate=Predicate("rating", column, _ratings(m.one("r"))))
    return [Part(a, b, phrase, "exception", st)]


def _breakdown(m: Match, s: Sentence) -> list[Part] | None:
    """A count read before in the sentence, broken down by sector after it, or set beside another sector's ('one
    CRC was rated Good, compared with five NPS divisions'): each part has the same predicate."""
    if m.one("cmp") is not None and not m.words("cmp").startswith("compared"):
        return None  # "..., more than five NPS divisions": a comparison, not the same predicate
    counted = [p for p in s.parts if isinstance(p.reading, Statement) and p.reading.kind == "count"
               and p.reading.predicate is not None and p.reading.predicate.kind == "rating" and p.end <=
               m.tags[m.first].start and p.shape != "breakdown"]
    if not counted:
        return None
    whole = max(counted, key=lambda p: p.end).reading  # the count just before, not a breakdown of an earlier one
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
    if m.one("self") is not None:
        # "X's leadership was rated Outstanding, and so was the company overall": the unit's own overall rating
        if not isinstance(r, ProviderRating) or r.column == "overall" or \
                not re.search(r"(?i)overall|as\s+a\s+whole", m.words("k")):
            return None
        return [Part(a, b, phrase, "as was", ProviderRating(r.provider, "overall", pred.ratings))]
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


def _neither_was(m: Match, s: Sentence) -> list[Part] | None:
    """'no CRC was rated Outstanding, and neither was any NPS division'; 'X was not rated Good, nor was C': the
    negative predicate before, said of another population or unit."""
    if m.words("nor").lower() not in ("neither", "nor") or m.one("any") is not None and m.words("any").lower() != "any":
        return None
    earlier = [p for p in s.parts if isinstance(p.reading, (ProviderRating, Statement)) and not p.problem
               and p.end <= m.one("nor").start]
    if not earlier:
        return None
    r = earlier[-1].reading
    if isinstance(r, ProviderRating):
        if not r.negated:
            return None
        pred = Predicate("rating", r.column, r.ratings)
    elif r.quantifier == "none" and r.predicate is not None and r.predicate.kind == "rating":
        pred = r.predicate
    else:
        return None  # only a negative predicate carries over: "neither" after a positive one is not read
    a, b, phrase = _span(m, s)
    if m.one("p") is not None:
        return [Part(a, b, phrase, "neither was", ProviderRating(str(m.one("p").value), pred.column, pred.ratings,
                                                                  negated=True))]
    sector, words = _population(m.one("pop"))
    if sector is None:
        return None
    st = Statement(a, b, phrase, "count", quantifier="none", sector=sector, population_words=words, predicate=pred)
    return [Part(a, b, phrase, "neither was", st)]


_TOOK = re.compile(r"(?i)^(?:accounted for|account for|accounts for|took|take|takes|received|receive|receives|won|"
                   r"got|earned|had|held|made up)$")


def _share_of_ratings(m: Match, s: Sentence) -> list[Part] | None:
    """'the NPS accounted for five of the six Good ratings', 'CRCs received 19 of the 21 Requires improvement
    ratings': of the providers given a rating (the M), how many (the N) were of a sector."""
    if not _TOOK.match(" ".join(t.words for t in m.groups.get("v", []))) or \
            not re.fullmatch(r"(?i)(?:overall\s+)?(?:ratings|grades)", m.words("k")):
        return None
    got = _count(m.one("n"), s)
    sector, words = _population(m.one("pop"))
    if got is None or got[1] is None or sector is None:
        return None
    stated, total, _ = got
    a, b, phrase = _span(m, s)
    pred = Predicate("rating", "overall", _ratings(m.one("r")))
    whole = Reading(total, total, True, True, "count", "exact count", total)
    # "five of the six": five of them, exactly, not a share of the sector
    stated = Reading(stated.low, stated.high, True, True, "count", "exact count", stated.value)
    return [Part(a, b, phrase, "composition", Statement(a, b, phrase, "count", stated=whole,
                                                        population_words="providers", predicate=pred)),
            Part(a, b, phrase, "composition", Statement(a, b, phrase, "count", stated=stated, sector=sector,
                                                        population_words=words, predicate=pred))]


def _and_inspected(m: Match, s: Sentence) -> list[Part] | None:
    """'HMIP inspected 10 CRCs and one NPS division', '10 inspections of CRCs and one of an NPS division', 'rated
    24 PDUs and three regions': a second count of the same predicate, after 'and'."""
    joined = m.words("and").lower()
    if joined not in ("and", "compared with", "compared to", "against", "versus", "vs"):
        return None
    # ("five of the seven NPS divisions were rated Good, compared with three of the 21 CRCs": the same rating)
    kinds = ("inspected", "rated") if joined == "and" else ("inspected", "rated", "rating")
    if joined != "and" and m.last < len(s.tags) and s.tags[m.last].words not in (",", ";"):
        return None  # ("compared with three of the 21 CRCs in the north": a part of them)
    earlier = [p for p in s.parts if isinstance(p.reading, Statement) and p.reading.kind == "count" and not p.problem
               and p.reading.predicate is not None and p.reading.predicate.kind in kinds
               and p.end <= m.tags[m.first].start]
    got = _count(m.one("n"), s)
    sector, words = _population(m.one("pop"))
    if not earlier or got is None or got[2] or got[0].rule != "exact count" or sector is None:
        return None
    a, b, phrase = _span(m, s)
    return [Part(a, b, phrase, "count", Statement(a, b, phrase, "count", stated=got[0], sector=sector,
                                                   population_words=words, predicate=earlier[-1].reading.predicate))]


def _except_named(m: Match, s: Sentence) -> list[Part] | None:
    """'Other than X, no CRC was rated Inadequate' (X was, and the only one); 'Apart from X, all CRCs were
    rated ...' (X was not, every other was); 'Unlike X, Y was rated Good' (Y was, X was not)."""
    a, b, phrase = _span(m, s)
    listed = _listed(m.groups.get("ex", []), joins=("and", "or", "&"))
    if listed is None:
        return None  # "other than X in the north, ...": not a list of names
    ex = str(listed[0].value)
    e_words = m.words("e")
    column = _column(m, s, ("mid", "after"))
    mid = m.groups.get("mid", [])
    # "Unlike X, Y was not rated Inadequate", "... Y avoided an Inadequate rating": one negation turns both
    neg = sum(t.code == "X" for t in mid) == 1 and m.one("s") is not None
    if column is None or any(t.code == "H" for t in mid) or any(t.code == "X" for t in mid) and not neg:
        return [Part(a, b, phrase, "exception", problem="an exception with a negation or change, not read")]
    rating = _ratings(m.one("r"))
    if m.one("s") is not None:
        if e_words not in ("unlike", "in contrast to"):
            return None
        # "Unlike X, it was rated Good": "it" is the text's unit, not the one the contrast names
        pid = s.subject if m.one("s").code == "A" else _subject(m.one("s"), s)
        if pid is None or pid in {str(t.value) for t in listed}:
            return None
        return [Part(a, b, phrase, "contrast", ProviderRating(pid, column, rating, negated=neg)),
                Part(a, b, phrase, "contrast", ProviderRating(ex, column, rating, negated=not neg))]
    q = str(m.one("q").value)
    sector, words = _population(m.one("pop"))
    k = s.tags.index(m.one("pop")) + 1
    if _inspected_in_round(s.tags, k):
        words = f"{words} inspected"  # "apart from X, every PDU inspected in 2022-23 ...": the round's units
    pred = Predicate("rating", column, rating)
    if q == "none" and len(listed) == 1:
        st = Statement(a, b, phrase, "provider", providers=(ex,), quantifier="only", sector=sector,
                       population_words=words, predicate=pred)
        return [Part(a, b, phrase, "exception", st)]
    if q == "none":
        # "Other than A and B, no CRC was rated Inadequate": exactly those were, and each of them
        n = len(listed)
        st = Statement(a, b, phrase, "count", stated=Reading(n, n, True, True, "count", "exact count", n),
                       sector=sector, population_words=words, predicate=pred)
        return [Part(a, b, phrase, "exception", st)] + [
            Part(a, b, phrase, "exception", ProviderRating(str(t.value), column, rating)) for t in listed]
    if q == "all":
        st = Statement(a, b, phrase, "count", quantifier="all but", amount=float(len(listed)), sector=sector,
                       population_words=words, predicate=pred)
        return [Part(a, b, phrase, "exception", st)] + [
            Part(a, b, phrase, "exception", ProviderRating(str(t.value), column, rating, negated=True))
            for t in listed]
    return None


_WENT_TO = re.compile(r"(?i)^(?:went|was\s+given|was\s+awarded|was\s+handed|fell)\s+to(?:\s+an?)?$")


def _the_only_went_to(m: Match, s: Sentence) -> list[Part] | None:
    """'The only Inadequate rating went to a CRC': one provider had the rating, and it was of that population (in a
    text's opening lines "a CRC" may be tagged as the text's unit, with its kind), or that unit."""
    if str(m.one("q").value) != "only" or not m.words("q").lower().startswith("the"):
        return None
    if not _WENT_TO.match(" ".join(t.words for t in m.groups.get("went", []))):
        return None
    a, b, phrase = _span(m, s)
    pred = Predicate("rating", "overall", _ratings(m.one("r")))
    one = Reading(1, 1, True, True, "count", "exact count", 1)
    only = Part(a, b, phrase, "composition", Statement(a, b, phrase, "count", stated=one, population_words="providers",
                                                       predicate=pred))
    if m.one("pop").code == "P":
        # "the only Inadequate rating went to Dorset, Devon and Cornwall CRC": one had it, and that one
        return [only, Part(a, b, phrase, "provider-rating", ProviderRating(str(m.one("pop").value), "overall",
                                                                           pred.ratings))]
    sector, words = _population(m.one("pop"))
    if sector is None:
        return None
    return [only, Part(a, b, phrase, "composition", Statement(a, b, phrase, "count", quantifier="all are",
                                                              sector=sector, population_words=words, predicate=pred))]


def _and_count(m: Match, s: Sentence) -> list[Part] | None:
    """'14 ended in an Inadequate rating and 13 in Requires improvement', 'nine received a rating, three of them
    Good': a second count of the population the count before it counted, with a rating of its own."""
    joint, link = m.words("and").lower(), m.words("link").lower()
    if joint not in ("and", ",") or link not in ("", "in", "as", "of them", "of which", "of those"):
        return None
    start = m.tags[m.first].start
    before = [p for p in s.parts if isinstance(p.reading, Statement) and p.reading.kind == "count" and
              p.problem is None and p.reading.predicate is not None and p.end <= start]
    got = _count(m.one("n"), s)
    if not before or got is None or got[1] is not None or got[2]:
        return None
    a, b, phrase = _span(m, s)
    st = replace(before[-1].reading, start=a, end=b, phrase=phrase, stated=got[0], quantifier=None, amount=None,
                 denominator=None, subset=False, size_stated=None, proportion=None, consistency=None,
                 consistency_phrase=None, predicate=Predicate("rating", "overall", _ratings(m.one("r"))))
    return [Part(a, b, phrase, "count", st)]
