"""Builders of how many units there are, were inspected or were rated: "the 21 CRCs", "HMIP inspected 28
providers", "ten services received an overall rating", and a number of units said in passing."""

from __future__ import annotations

import itertools

from . import lazy_re as re
from .count_scope import _RESTRICT, _inspected_in_round
from .matcher import Match
from .quantifiers import Reading
from .quantifiers import interpret as _interpret
from .readings import (
    Part,
    Predicate,
    Statement,
)
from .shape_parts import (
    Sentence,
    _count,
    _lead,
    _listed,
    _population,
    _ratings,
    _span,
    everywhere,
)
from .tag_type import clause_of
from .unit_facts import unit_kind, unit_region, unit_rounds

_THEM = ("them", "which", "those", "these")


def _inspected(m: Match, s: Sentence) -> list[Part] | None:
    """'28 providers were inspected', 'HMIP inspected all 28 services', 'rated 10 services'."""
    a, b, phrase = _span(m, s)
    got = _count(m.one("n"), s)
    if got is None or got[2] == "share":
        return None
    if any(t.code == "R" for t in s.tags[: m.first]):
        return None  # "Good was the rating given to five divisions": which rating is counted is not read here
    verb = (m.one("v") or m.one("v2"))
    later = s.tags[m.last:]
    clause_end = next((k for k, t in enumerate(later) if t.code == ","), len(later))
    # "inspected 24 PDUs and rated 14 of them Inadequate", "... and rated all of them R": the rating is of a
    # count of those counted here
    clause_end = next((k for k in range(clause_end - 2) if later[k].code in "NQ" and (
        later[k + 1].code == "F" and later[k + 2].words.lower() in _THEM or  # ("every one of them")
        k + 3 < len(later) and later[k + 1].words.lower() == "one" and later[k + 2].code == "F" and
        later[k + 3].words.lower() in _THEM) or later[k].code == "Q" and k and later[k - 1].words.lower() == "and"
        and re.search(r"(?i)\bone$", later[k].words)), clause_end)  # ("and every single one was rated R")
    # ("... were inspected in 2021-22 and both were rated R": a new clause, whose count the count shapes read)
    clause_end = next((k for k in range(clause_end) if later[k].words.lower() == "and" and k + 2 < len(later) and
                       later[k + 1].code in "NQ" and later[k + 2].code in "BV"), clause_end)
    if any(t.code == "R" for t in later[:clause_end]):
        # "rated five divisions Good", "rated 19 of the 21 CRCs it inspected in 2018-19 Requires improvement":
        # which rating they were given is the count shapes' to read
        return None
    if verb.code == "I" and m.tags[m.tags.index(verb) - 1].code == "S" and m.first and \
            s.tags[m.first - 1].words.lower() not in ("had", "has", "have", "saw", "sees", "see", ":", ","):
        return None  # (only "had six PDUs inspected": a population noun before "inspected" is otherwise a clause's)
    kind = "inspected" if verb.code == "I" else "rated"
    # "gave overall ratings to ten CRCs", "awarded an overall rating to ten services": those rated
    given = m.tags[m.first + 1: m.last - 3]
    to_them = verb.words.lower() in ("gave", "give", "gives", "awarded", "issued") and given and \
        re.search(r"(?i)\bratings?$", given[-1].words) and m.tags[m.last - 3].words.lower() == "to"
    # ("gave ten services an overall rating": the rating after the population)
    to_them = to_them or verb.words.lower() in ("gave", "give", "gives", "awarded", "issued") and \
        m.one("k") is not None and m.one("k").code == "K" and m.tags.index(m.one("k")) == m.last - 1
    if kind == "rated" and verb.words.lower() not in ("rated", "given", "awarded") and not to_them:
        return None
    sector, words = _population(m.one("pop"))
    k = m.last + (m.last + 1 < len(s.tags) and s.tags[m.last + 1].words.lower() == "the")
    if sector == "PDU" and k + 1 < len(s.tags) and s.tags[m.last].words.lower() in ("in", "across") and \
            s.tags[k + 1].code == "P" and unit_kind(str(s.tags[k + 1].value)) == "region":
        # "six PDUs were inspected in the East Midlands": the region's PDUs, not every PDU of the round
        region = unit_region(str(s.tags[k + 1].value))
        if region is None:
            return None
        sector, words, b = f"PDU#{region}", f"{region} PDUs", s.tags[k + 1].end
        phrase = s.text[a:b]
    st = Statement(a, b, phrase, "count", stated=got[0], denominator=got[1], sector=sector, population_words=words,
                   predicate=Predicate(kind))
    parts = [Part(a, b, phrase, "count", st)]
    every = m.one("all")
    if every is not None and str(every.value) == "all" and got[0].rule == "exact count" and \
            (sector is not None or re.fullmatch(r"(?i)(?:probation\s+)?(?:services|providers)", words)):
        # "inspected all 10 CRCs": those inspected were every CRC there was, so the CRCs numbered ten
        whole = Statement(a, b, phrase, "count", stated=got[0], sector=sector, population_words=words,
                          predicate=_size_of(words), subset=False)
        parts.append(Part(a, b, phrase, "population size", whole))
    return parts


def _ratings_there(m: Match, s: Sentence) -> list[Part] | None:
    """'in 2019-20 there were no Inadequate ratings', 'there were six Good ratings': how many units of the round
    had that overall rating. Not in a text about one unit, whose own standards' ratings the words may count."""
    if not re.fullmatch(r"there (?:are|were|was|is|have been|had been)", m.words("there")) or \
            not re.fullmatch(r"(?i)ratings?|grades?", m.words("k")) or s.subject is not None:
        return None
    a, b, phrase = _span(m, s)
    parts = []
    for n, r in ((m.one("n"), m.one("r")), (m.one("n2"), m.one("r2"))):  # "... six Good ratings and one Inadequate"
        if n is None:
            continue
        if n.code == "Q":
            if str(n.value) != "none":
                return None
            stated = Reading(0, 0, True, True, "count", "exact count", 0)
        else:
            got = _count(n, s)
            if got is None or got[1] is not None or got[2] is not None:
                return None
            stated = got[0]
        parts.append(Part(a, b, phrase, "count", Statement(a, b, phrase, "count", stated=stated,
                                                           population_words="providers",
                                                           predicate=Predicate("rating", "overall", _ratings(r)))))
    return parts


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
                   predicate=_size_of(words))
    return [Part(a, b, phrase, "population size", st)]


def _size_of(words: str) -> Predicate:
    """What a population's size counts: its providers, or, said as "inspections", those inspected."""
    return Predicate("inspected" if re.search(r"(?i)\binspections$", words) else "providers")


def _mentioned(m: Match, s: Sentence) -> list[Part] | None:
    """'the work went to 21 CRCs', 'the NPS with 7 divisions and 21 CRCs': a number of providers said in passing,
    with nothing they are counted by (no rating, quantifier, negation or change in the sentence). It may be all
    of them or a part: the data support it only when it is the whole, and refute it only when it is more."""
    rest = m.groups.get("rest", [])
    clause = clause_of(s.tags)
    mine = clause[s.tags.index(m.one("n"))]
    here = [t for t, c in zip(s.tags, clause, strict=True) if c == mine]
    # a rating, negation or comparison anywhere may be what they are counted by; a quantifier only in their clause
    # ("... 14 CRCs, to deal with all other services")
    # an owner anywhere ("run by Sodexo, which owns six CRCs"): the owner's portfolio, read by its own shape
    if any(t.code in "RXLW" for t in s.tags) or any(t.code in "HIMVZPQ" for t in here) or \
            rest and rest[0].words.lower() not in ("in", "and"):
        return None  # "... by 28 probation services in this round": a place or time after it restricts nothing
    following = s.tags[m.last] if m.last < len(s.tags) else None
    if rest and rest[0].words.lower() == "and":
        following = rest[0]  # "the NPS with seven divisions and 21 CRCs": the next of a list
    if [t.words.lower() for t in rest][1:] in (["this"], ["that"], ["the"]) and following is not None \
            and following.words.lower() in ("round", "year"):
        following = s.tags[m.last + 1] if m.last + 1 < len(s.tags) else None  # "in this round" names its time
    elif [t.words.lower() for t in rest] == ["in"] and following is not None and following.code == "Y":
        following = s.tags[m.last + 1] if m.last + 1 < len(s.tags) else None  # "in 2018-19"
    if following is not None and following.code not in ",w" or \
            following is not None and following.code == "w" and following.words.lower() not in ("and", "in"):
        return None
    sector, words = _population(m.one("pop"))
    if "#" in (sector or ""):
        return None  # "reports on three London PDUs": some of the region's units, no claim of how many it has
    got = _count(m.one("n"), s)
    every = re.fullmatch(r"(?i)(?:probation\s+)?(?:services|providers)", words)  # all providers of the round
    if sector is None and not every or got is None or got[0].rule != "exact count":
        return None
    # (a list's "and" after the noun is not part of this count)
    a, b, phrase = _span(Match(m.first, s.tags.index(m.one("pop")) + 1, m.groups, m.tags), s)
    # "split probation into the NPS and 14 CRCs", "creating 21 CRCs": what a system was made of is all of it
    whole = bool(_MADE_OF.search(s.text[s.start: m.one("n").start]))
    st = Statement(a, b, phrase, "count", stated=got[0], sector=sector, population_words=words,
                   predicate=_size_of(words), subset=not whole)
    return [Part(a, b, phrase, "population size", st)]


# the words before a count that say it is the whole system: "split ... into", "divided into", "made up of", and a
# verb of creating just before it ("creating 21 privately owned CRCs")
_MADE_OF = re.compile(r"(?i)(?:\b(?:split|divided|broken\s+up|carved\s+up)\b[^.;]{0,80}?\binto\b[^.;]{0,80}|"
                      r"\b(?:made\s+up\s+of|consist(?:s|ed|ing)\s+of|compris(?:es|ed|ing))\s+[^.;]{0,60}|"
                      r"\b(?:creat(?:e|ed|ing)|set(?:ting)?\s+up|establish(?:ed|ing)?)\s+(?:the\s+)?)$")


# Words after "all 21 CRCs" that say when or how, not which: "to end all 21 CRC contracts early"
_NOT_RESTRICTING = frozenset(("and", "&", "early", "now", "today", "then", "altogether", "too", "also"))


def _size(m: Match, s: Sentence) -> list[Part] | None:
    """'the 21 CRCs', 'all seven NPS divisions': the size of a population, unless words after it restrict it."""
    n = m.one("n")
    lead = _lead(s, n)
    listed = lead.endswith("and") and any(p.shape == "population size" for p in s.parts)
    if not listed and not re.search(r"(?:^|\s)(?:the|all|all the|all of the|there were|there are|were|are)$",
                                    lead):
        return _mentioned(m, s)
    rest = m.groups.get("rest", [])
    following = s.tags[m.last] if m.last < len(s.tags) else None
    if not rest and following is not None and (following.code in "IM" or following.code == "V" and
                                                following.words.lower() == "rated") and \
            not _inspected_in_round(s.tags, m.last):
        a, b, phrase = _span(m, s)
        return [Part(a, b, phrase, "population size", problem="a part of the population (words after it restrict "
                     "it)")]
    i = s.tags.index(rest[0]) if rest else -1
    in_round = rest and rest[0].words.lower() == "in" and i + 1 < len(s.tags) and s.tags[i + 1].code in "Yw" and \
        (s.tags[i + 1].code == "Y" or s.tags[i + 1].words.lower() in ("this", "that", "the")
         or everywhere(s, rest[0])) or [t.words.lower() for t in rest][:1] in (["that"], ["this"]) and \
        i + 1 < len(s.tags) and s.tags[i + 1].words.lower() in ("year", "round", "programme")  # "31 ... that year"
    if rest and _RESTRICT.match(rest[0].words) and not in_round:
        a, b, phrase = _span(m, s)
        return [Part(a, b, phrase, "population size", problem="a part of the population (words after it restrict "
                     "it)")]
    after_noun = s.tags[s.tags.index(m.one("pop")) + 1] if s.tags.index(m.one("pop")) + 1 < len(s.tags) else None
    if not (after_noun is None or after_noun.code in ",BVY" or in_round or (listed and after_noun.code == "w")
            or after_noun.words.lower() in _NOT_RESTRICTING
            or _inspected_in_round(s.tags, s.tags.index(after_noun))):
        return None  # "the six CRCs HM Inspectorate has inspected": words after the noun may restrict it
    sector, words = _population(m.one("pop"))
    # "the 31 PDUs inspected in 2022-23": the round's inspections, not every unit there is
    inspected = after_noun is not None and _inspected_in_round(s.tags, s.tags.index(after_noun))
    if "#" in (sector or "") and not inspected:
        return None  # "the three London PDUs": those a text reports, not how many the region has
    if m.one("pop").code == "I" and (words.lower() != "inspections" or not in_round):
        return None  # ("of the 31 inspections in 2022-23": a round's inspections; not "the two inspections")
    if sector is None and not re.fullmatch(r"(?i)(?:probation\s+)?(?:services|providers|inspections)", words):
        return None  # "areas", "organisations": not a population of providers
    got = _count(n, s)
    if got is None or got[0].rule != "exact count":
        return None
    a, b, phrase = _span(m, s)
    i = s.tags.index(n)
    if after_noun is not None and after_noun.code == "w" and after_noun.words.lower() in _NOT_RESTRICTING:
        b = m.one("pop").end  # (the when or how after the noun is no part of the count)
    if i and s.tags[i - 1].code == "Q" and s.tags[i - 1].words.lower() == "all":
        a = s.tags[i - 1].start  # "all 21 CRCs": the whole population, which the count reads
    phrase = re.sub(r"\s+", " ", s.text[a:b])
    # ("the nine CRCs rated in 2019-20", "... HMIP rated ...": those rated, one fewer than those inspected)
    verb = next((t.words.lower() for t in s.tags[s.tags.index(after_noun): s.tags.index(after_noun) + 4]
                 if t.words.lower() in ("rated", "inspected", "visited", "reviewed") or t.code == "I"), "") \
        if after_noun is not None else ""
    kind = ("rated" if verb == "rated" else "inspected") if inspected else \
        "inspected" if m.one("pop").code == "I" else "providers"
    st = Statement(a, b, phrase, "count", stated=got[0], sector=sector, population_words=words,
                   predicate=Predicate(kind))
    return [Part(a, b, phrase, "population size", st)]


_ONE_OF_N = re.compile(r"(?i)one\s+of\s+(?!the\b)([\w,]+)")


def _rated(m: Match, s: Sentence) -> list[Part] | None:
    """'Ten services received an overall rating', 'every provider was given an overall rating'."""
    q_tag, n_tag = m.one("q"), m.one("n")
    a, b, phrase = _span(m, s)
    sector, words = _population(m.one("pop"))
    k = s.tags.index(n_tag) if n_tag is not None else 0
    one = next((s.tags[j - 1] for j, t in enumerate(s.tags[max(0, k - 4): k], start=max(0, k - 4))
                if t.words.lower() == "of" and j and s.tags[j - 1].code == "N"), None) if k else None
    if one is not None and re.match(r"(?i)(?:only|just)\s", n_tag.words):
        a = one.start  # "X, one of only two divisions to achieve that grade": the two the count, X one of them
        phrase = re.sub(r"\s+", " ", s.text[a:b])
    elif one is not None:
        # "the only one of England and Wales's 21 CRCs to achieve that grade": the 21 are the whole, not the count
        return [Part(a, b, phrase, "count", problem="a count of part of a population, the whole named after 'of'")]
    noun = m.tags[m.last - 1].start
    if re.search(r"(?i)\b(?:that|this|the same|such an?|the)\s*$", s.text[max(s.start, noun - 12): noun]):
        # "only one of the 21 CRCs got that rating": the one rating the sentence before named, not any rating
        # ("rated Good, the only one of the 21 CRCs to achieve that grade": the one this sentence named before it)
        own = [t for t in s.tags[: m.first] if t.code == "R"]
        ratings = _ratings(own[-1]) if own else s.previous_ratings
        if m.last < len(s.tags) and s.tags[m.last].words.lower() == "as":
            # "five of the seven earned the same overall grade as the North East": that one's rating, which only
            # the data hold, not the one the sentence before named
            return [Part(a, b, phrase, "count", problem="a rating named as another unit's ('the same grade as X')")]
        got = _count(n_tag, s) if n_tag is not None and ratings else None
        of_n = _ONE_OF_N.fullmatch(n_tag.words) if n_tag is not None else None
        if of_n and ratings:
            # "X, one of five divisions to achieve that grade": the five achieved it, X one of them
            try:
                got = (_interpret(of_n.group(1), "count"), None, None)
            except ValueError:
                got = None
        if got is None or got[2]:
            return [Part(a, b, phrase, "count", problem="a rating named in an earlier sentence ('that rating')")]
        return [Part(a, b, phrase, "count", Statement(
            a, b, phrase, "count", stated=got[0], denominator=got[1], sector=sector, population_words=words,
            predicate=Predicate("rating", "overall", ratings)))]
    later = s.tags[m.last: m.last + 8]
    k = next((i for i, t in enumerate(later) if t.code not in "wYF"), None)
    if k is not None and later[k].code == "B" and any(t.code == "R" for t in later[k + 1: k + 3]):
        # "four of the ten services given a rating in 2019-20 were rated Good": of those rated, so many had R
        r = next(t for t in later[k + 1: k + 3] if t.code == "R")
        got = _count(n_tag, s) if n_tag is not None else None
        if got is None or got[1] is None or got[2]:
            return None
        b = r.end
        stated = Reading(got[0].low, got[0].high, True, True, "count", "exact count", got[0].value)
        st = Statement(a, b, s.text[a:b], "count", stated=stated, denominator=got[1], sector=sector,
                       population_words=words, predicate=Predicate("rating", "overall", _ratings(r)))
        return [Part(a, b, s.text[a:b], "count", st)]
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


def _rated_of_those(m: Match, s: Sentence) -> list[Part] | None:
    """'Of the ten CRCs inspected in 2019-20, nine received an overall rating': how many of the population the
    fronted phrase named were given a rating (the population's own size is a part of its own)."""
    sector, words = _population(m.one("pop"))
    n = m.one("n")
    got = _count(n, s)
    if sector is None or got is None or got[1] is not None or got[2]:
        return None
    a, b = n.start, m.tags[m.last - 1].end
    phrase = re.sub(r"\s+", " ", s.text[a:b])
    return [Part(a, b, phrase, "count", Statement(a, b, phrase, "count", stated=got[0], sector=sector,
                                                  population_words=words, predicate=Predicate("rated")))]


def _names_counted(m: Match, s: Sentence) -> list[Part] | None:
    """'the two CRCs, A and B, were ...', 'A and B, the two units inspected, ...': a number set beside a list of
    names counts the names, not every unit of the round. When the number and the kind agree with the names it
    claims nothing of its own; when they do not, it is left unread rather than read as the round's size."""
    got = _count(m.one("n"), s)
    names = _listed(m.groups["ss"], joins=("and", "&"))
    if got is None or got[0].rule != "exact count" or not names:
        return None
    ids = list(dict.fromkeys(str(t.value) for t in names))
    sector, words = _population(m.one("pop"))
    kinds = {unit_kind(p) for p in ids}
    # "units", "services": any kind of unit (the vocabulary reads "units" as PDUs, as later texts mean them)
    generic = re.fullmatch(r"(?i)(?:probation\s+)?(?:units?|services?|providers?|organisations?)", words)
    if len(ids) == got[0].value and (sector is None or generic or kinds == {sector}):
        return []
    a, b, phrase = _span(m, s)
    kind = ", ".join(sorted(str(k) for k in kinds))
    return [Part(a, b, phrase, "names counted", problem=f"a number of units ({int(got[0].value)}) set beside "
                 f"{len(ids)} named, of kind {kind}: the text disagrees with itself")]


def _member_of(m: Match, s: Sentence) -> list[Part] | None:
    """'Essex CRC was one of 21 CRCs', 'one of the country's seven NPS divisions': a unit said to be one of a
    population of so many, with nothing they are counted by: the population's size, in the round of the unit's one
    inspection when no round is written; a unit of another kind is left unread."""
    from .build_counts import _at_members_inspection
    from .shape_parts import _subject

    after = s.tags[m.last] if m.last < len(s.tags) else None
    if m.one("pop").code == "I":
        return _one_of_inspections(m, s)
    # ("NPS Wales, one of seven NPS divisions, was rated Good": set off by commas, it holds whatever follows)
    aside = s.tags[s.tags.index(m.one("s")) + 1].words == "," and after is not None and after.words == ","
    # "It was one of 24 PDUs inspected in 2024-25": the units the round inspected, the rest of the clause the round
    clause = list(itertools.takewhile(lambda t: t.code != ",", s.tags[m.last + 1:]))
    inspected = after is not None and after.code == "I" and after.words.lower() in ("inspected", "rated") and \
        all(t.code in "wY" for t in clause) and not any(t.code in "RXHIMVZ" for t in s.tags[m.first: m.last])
    if not inspected and (any(t.code in "RXHIMVZ" for t in s.tags) and not aside or after is not None and
                          after.code not in ",Yw" or m.last < len(s.tags) and s.tags[m.last].code == "w" and
                          s.tags[m.last].words.lower() not in ("in", "and")):
        return None  # "one of 21 CRCs rated ..." is a count of its own; "one of the CRCs that ..." restricts them
    one, total = m.one("n"), m.one("n2")
    whole = re.fullmatch(r"(?i)one\s+of\s+(?:the\s+|only\s+)?(\S+)", one.words)
    if total is None and whole is None or total is not None and one.words.lower() != "one":
        return None
    got = _count(total, s) if total is not None else None
    if total is not None and re.match(r"(?i)(?:only|just)\s+\w+$", total.words) and (
            got is None or got[0].rule != "exact count"):
        whole = re.fullmatch(r"(?i)(?:only|just)\s+(\w+)", total.words)  # "one of only two PDUs": two in all
        total = None
    if total is None:
        try:
            from .quantifiers import interpret
            got = (interpret(whole.group(1), "count"), None, None)
        except ValueError:
            return None
    sector, words = _population(m.one("pop"))
    pid = _subject(m.one("s"), s)
    if got is None or got[0].rule != "exact count" or sector not in ("CRC", "NPS", "PDU", "region") or pid is None:
        return None
    a, b, phrase = _span(m, s)
    if unit_kind(pid) != sector:
        return [Part(a, b, phrase, "population size", problem=f"{pid} said to be one of the {words}")]
    if inspected:
        b = after.end
        phrase = re.sub(r"\s+", " ", s.text[a:b])
    st = Statement(a, b, phrase, "count", stated=got[0], sector=sector, population_words=words,
                   predicate=Predicate(after.words.lower() if inspected else "providers"))
    return [_at_members_inspection(Part(a, b, phrase, "population size", st), [pid], s)]


_THE_ROUND_WORDS = frozenset(("in", "during", "the", "that", "this", "year", "round", "programme"))


def _one_of_inspections(m: Match, s: Sentence) -> list[Part] | None:
    """'It was one of 31 inspections in 2022-23': how many inspections the round of the unit's inspection held."""
    from .build_counts import _at_members_inspection
    from .shape_parts import _subject

    got = _count(m.one("n2"), s) if m.one("n2") is not None else None
    whole = re.fullmatch(r"(?i)one\s+of\s+(\S+)", m.one("n").words)
    # (the round's inspections, no part of them: not "one of two recent inspections in the Merseyside area")
    between = s.tags[s.tags.index(m.one("n2") or m.one("n")) + 1: s.tags.index(m.one("pop"))]
    clause = list(itertools.takewhile(lambda t: t.code != ",", s.tags[m.last:]))
    if m.one("pop").words.lower() != "inspections" or got is not None and m.one("n").words.lower() != "one" or \
            any(t.code in "RXHMVZ" for t in s.tags[m.first: m.last]) or \
            any(t.words.lower() != "probation" for t in between) or \
            any(t.code != "Y" and t.words.lower() not in _THE_ROUND_WORDS for t in clause):
        return None
    if got is None and whole is not None:
        try:
            got = (_interpret(whole.group(1), "count"), None, None)
        except ValueError:
            return None
    pid = _subject(m.one("s"), s)
    if got is None or got[0].rule != "exact count" or pid is None:
        return None
    a, b, phrase = _span(m, s)
    st = Statement(a, b, phrase, "count", stated=got[0], sector=None, population_words="inspections",
                   predicate=Predicate("inspected"))
    return [_at_members_inspection(Part(a, b, phrase, "population size", st), [pid], s)]


def _only_inspected(m: Match, s: Sentence) -> list[Part] | None:
    """'It was the only NPS division inspected in the 2019-20 round': one unit of its kind inspected that round,
    and that unit one of them (a unit of another kind is left unread)."""
    from .build_counts import _at_members_inspection
    from .shape_parts import _subject

    if m.words("q").lower() not in ("the only", "only", "the sole", "the single") or \
            m.words("i").lower() != "inspected" or any(t.code in "RXN" for t in s.tags):
        return None
    sector, words = _population(m.one("pop"))
    pid = _subject(m.one("s"), s)
    if sector not in ("CRC", "NPS", "PDU", "region") or pid is None:
        return None
    a, b, phrase = _span(m, s)
    written = {str(t.value) for t in s.tags if t.code == "Y" and t.value}
    if unit_kind(pid) != sector or written and not written & set(unit_rounds(pid)):
        # (a unit of another kind, or one with no inspection in the round written: which one was, not read)
        return [Part(a, b, phrase, "population size", problem=f"{pid} said to be the only one of the {words} "
                     "inspected")]
    st = Statement(a, b, phrase, "count", stated=Reading(1, 1, True, True, "count", "exact count", 1),
                   sector=sector, population_words=words, predicate=Predicate("inspected"))
    return [_at_members_inspection(Part(a, b, phrase, "population size", st), [pid], s)]


# Verbs that say the inspectorate did or published so many inspections
_DONE_AFTER = re.compile(r"(?i)\s+(?:were|was|had\s+been|have\s+been)\s+(?:published|completed|carried\s+out|"
                         r"conducted|undertaken|done)\b")
_DID = re.compile(r"(?i)(?:published|completed|carried\s+out|conducted|undertook|undertaken|made|did|done|"
                  r"publishes|completes|conducts|carries\s+out|"
                  # ("the 2022-23 programme covered 31 inspections": the round's own)
                  r"(?:round|programme|year)\s+(?:covered|included|saw|comprised|spanned))$")


def _inspections_done(m: Match, s: Sentence) -> list[Part] | None:
    """'the Inspectorate published 31 probation inspections', 'HMIP carried out 28 inspections': how many units the
    round inspected (rounds.csv's 'all' row)."""
    before = s.text[max(s.start, m.one("n").start - 20): m.one("n").start].strip()
    pop = m.one("pop")
    tail = m.tags[m.last - 1]  # ("31 inspection reports"; not "in" after it)
    k = s.tags.index(m.one("i"))
    if k + 2 < len(s.tags) and s.tags[k + 1].words.lower() in ("in", "across", "at") and s.tags[k + 2].code != "Y":
        return None  # ("four inspections in the North West region": a place's, read by another row)
    noun = s.text[(pop or m.one("n")).end: (tail if tail.words.lower() == "reports" else m.one("i")).end]
    # (or after: "three PDU inspections were completed in 2021-22", of the units of that kind)
    after = _DONE_AFTER.match(s.text, m.one("i").end, s.end)
    if after and re.match(r"(?i)\s+and\s+(?:were\s+|was\s+)?\w+ed\b", s.text[after.end(): s.end]):
        return None  # ("... were completed and rated": a second claim of them, no count of inspections alone)
    if not (_DID.search(before) or after) or any(t.code == "X" for t in s.tags) or \
            not re.fullmatch(r"(?i)\s+(?:probation\s+)?inspections?(?:\s+reports)?", noun) or \
            pop is not None and (pop.value is None or not re.fullmatch(r"(?i)PDU|CRC|NPS", pop.words.strip())):
        return None
    got = _count(m.one("n"), s)
    if got is None or got[0].rule != "exact count":
        return None
    a, b, phrase = _span(m, s)
    return [Part(a, b, phrase, "inspected", Statement(a, b, phrase, "count", stated=got[0],
                                                      sector=pop.value if pop is not None else None,
                                                      population_words=pop.words if pop is not None else "providers",
                                                      predicate=Predicate("inspected")))]
