"""Builders of the shapes that read counts of a population: with a rating, inspected or rated, its size (who a
count is made of: build_composition.py; a count of one provider's own standards: build_standards.py; shapes.py
holds the table that names them)."""

from __future__ import annotations

from dataclasses import replace

from .. import schema
from . import lazy_re as re
from .count_scope import _RESTRICT, _aside_before, _inspected_in_round, floating_all, in_regions, size_before
from .count_time import round_after
from .matcher import Match
from .quantifiers import Reading
from .quantifiers import interpret as _interpret
from .readings import (
    Part,
    Predicate,
    ProviderRating,
    Statement,
)
from .shape_parts import (
    _PAST,
    UNCLEAR_COLUMN,
    Sentence,
    _column,
    _count,
    _population,
    _ratings,
    _span,
    _subject,
    everywhere,
)
from .tag_type import Tag
from .unit_facts import unit_rounds

_GENERIC = {"areas", "area", "organisation", "organisations", "service", "services", "provider", "providers",
            "probation services", "probation providers"}


_AMONG = re.compile(r"(?i)^(?:(?:was|is|were|are|has\s+been|have\s+been)\s+)?(?:among|amongst|in|part\s+of|one\s+of|"
                    r"part\s+of\s+the\s+group\s+of|joined|joins|joining)(?:\s+the)?$")


def _one_of(m: Match, s: Sentence, n: Tag | None, restricted: bool) -> tuple[list[str], int | None, bool] | None:
    """Units a count says are among those it counts: (the units, N, only) of "<unit> is one of N <population>
    rated R", "<unit> - one of N ... -", "<A> and <B> were two of the N ...", "<unit> was the only one of N ...
    to be rated R"; (the units, None, False) of "<unit> was among the N ...", "<unit> joined N ... in being
    rated R" (the count stands as said). None when no unit is named before the count."""
    k = m.first
    if k >= 1 and s.tags[k - 1].code == "w" and s.tags[k - 1].words.lower() == "the":
        k -= 1  # "was the only one of 21 CRCs"
    if n is None or k < 2:
        return None
    # the words between the units and the count: a verb, a dash or bracket, "among", "joined"
    j = k
    while j > 0 and k - j < 6 and s.tags[j - 1].code in "wBF,":
        j -= 1
        if s.tags[j].code == "," and s.tags[j].words not in ("-", "\u2013", "\u2014", "(", ","):
            return None
    link = " ".join(t.words.lower() for t in s.tags[j: k] if t.code != ",")
    opened = _aside_before(s.tags, k)
    if opened is not None:
        j, link = opened, s.tags[k - 1].words.lower()  # "Doncaster PDU, rated Inadequate in October 2024, was one of"
    units = []
    i = j - 1
    while i >= 0 and s.tags[i].code in "PA":
        units.insert(0, s.tags[i])
        if i >= 2 and s.tags[i - 1].words.lower() in ("and", ",") and s.tags[i - 2].code in "PA":
            i -= 2
        else:
            break
    # ("We were one of 19 CRCs rated R": a unit the words do not name, one of the 19; no share "one in 19")
    # ("The Midlands was one of five NPS divisions rated Good": a unit named in words the data do not hold)
    bare = not units and s.tags[k - 1].code == "B" and s.tags[k - 1].words.lower() in ("was", "is") and \
        s.tags[k - 2].code == "w" and s.tags[k - 2].words[:1].isupper()
    we = not units and re.fullmatch(r"(?i)(?:we|they)\s+(?:were|are)", link) or bare
    link = s.tags[k - 1].words.lower() if bare else re.sub(r"(?i)^(?:we|they)\s+", "", link)
    if not (units or we) or j == k or not (_AMONG.match(link) or re.fullmatch(r"(?i)was|is|were|are|", link)):
        return None
    pids = [_subject(u, s) for u in units]
    if any(pid is None for pid in pids):
        return None
    words = n.words.strip()
    total = m.one("total")
    if total is not None and re.fullmatch(r"(?i)only\s+\S+", total.words) and \
            s.tags.index(total) == s.tags.index(n) + 2 and s.tags[s.tags.index(n) + 1].words.lower() == "of":
        words = f"{words} of {total.words.split(None, 1)[1]}"  # "one of only three CRCs": one of three
    got = re.fullmatch(r"(?i)(only\s+)?(one|two|three|four|five|\d+)\s+of\s+(?:the\s+)?((?:an?\s+)?[\w,-]+)", words)
    if got is None:
        if not _AMONG.match(link) or not link.strip() or re.fullmatch(r"(?i)was|is|were|are", link.strip()):
            return None
        return pids, None, False  # "X was among the 15 PDUs rated Inadequate": the 15 as said, X one of them
    try:
        part, total = _interpret(got.group(2), "count"), _interpret(got.group(3), "count")
    except ValueError:
        return None
    if restricted or total.rule != "exact count" or part.value != (len(pids) or 1):  # ("we": one unit)
        return None
    return pids, int(total.value), bool(got.group(1))


def _count_of(m: Match, s: Sentence, owner: bool = False, members: bool = True) -> list[Part] | None:
    q_tag, n_tag, pop = m.one("q"), m.one("n"), m.one("pop")
    total = m.one("total")
    if total is not None and any(t.code == "A" and t.words.lower() not in ("its", "their")
                                 for t in s.tags[s.tags.index(total) - 2: s.tags.index(total)]):
        return None  # "five of the CRC's seven ...": a unit's, not the sector's
    if q_tag is not None and n_tag is None and total is not None and str(q_tag.value) in ("none", "all"):
        n_tag, total = total, None  # "none of Sodexo's six CRCs": the six after "of" is the quantified number
    a, b, phrase = _span(m, s)
    if "#" not in str(pop.value) and in_regions(s.text, s.start, m.tags[m.first].start):
        return [Part(a, b, phrase, "count", problem="a count within the region(s) named before it, not read")]
    mid = m.groups.get("mid", [])
    # ("have" restricts as in "the PDUs we have inspected", not as the auxiliary of "have each been rated")
    # (not a round: "all East Midlands PDUs in 2025-26 were ...")
    restricted = bool(mid) and (bool(_RESTRICT.match(mid[0].words)) and mid[0].code != "B" or mid[0].code == "I") \
        and not _inspected_in_round(s.tags, s.tags.index(mid[0])) and \
        not (mid[0].words.lower() in ("in", "of") and (len(mid) > 1 and mid[1].code == "Y" or everywhere(s, mid[0])))
    # "had been rated" in a sentence with its round written is the narrative's past, not an earlier rating
    past = _PAST.search(re.sub(r"\bhad\b", "", m.words("mid")) if any(t.code == "Y" for t in s.tags)
                        else m.words("mid"))
    if not restricted and (any(t.code == "H" for t in mid) or past):
        return [Part(a, b, phrase, "count", problem="a count of changes of rating, not read")]
    k = m.first
    if not owner and k >= 2 and s.tags[k - 1].words.lower() in ("s", "'s", "\u2019s") and s.tags[k - 2].code in "WP":
        # "none of Sodexo's six CRCs were rated ...": a count of one owner's providers, which no count of a sector
        # reads
        return [Part(a, b, phrase, "count", problem="a count of one owner's or unit's providers, not read")]
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
    r_at = s.tags.index(m.one("r")) if m.one("r") in s.tags else len(s.tags)
    rest = s.tags[r_at + 1:]
    rest = rest[: next((k for k, t in enumerate(rest) if t.code == ","), len(rest))]
    if any(t.code == "Z" or t.code == "S" and re.fullmatch(r"(?i)areas?|aspects?", t.words) for t in rest):
        # "no CRC was rated Outstanding for any standard": a count of units by their standards, not their overall
        # rating (it was read as the overall rating)
        return [Part(a, b, phrase, "count", problem="a count of units by any of their standards, not read")]
    if column is None:
        return [Part(a, b, phrase, "count", problem=UNCLEAR_COLUMN)]
    if negations:
        if len(negations) > 1 or q_tag is not None and str(q_tag.value) in ("all", "most") and \
                re.search(r"(?i)\b(?:not|never)\b|n't", negations[0].words):
            # "not all CRCs were rated ...", "most were not ...": scope of the negation not read ("all fell short
            # of Good" has no such doubt: each of them did)
            return [Part(a, b, phrase, "count", problem="a negation whose scope is not read")]
        rating = tuple(r for r in schema.RATINGS if r not in rating)
    sector, words = _population(pop)
    k = m.first
    if sector is None and k >= 2 and s.tags[k - 1].words.lower() in ("had", "has") and s.tags[k - 2].code == "S" \
            and s.tags[k - 2].value is not None:
        sector, words = _population(s.tags[k - 2])  # "the private sector had 20 providers rated ...": its own
    if not restricted and (mid and _inspected_in_round(s.tags, s.tags.index(mid[0])) or m.one("e") is not None and
                           _inspected_in_round(s.tags, s.tags.index(pop) + 1)):  # "every PDU inspected apart from"
        words = f"{words} inspected"  # the units the round rated, whose number HMIP published
    pred = Predicate("rating", column, rating)
    # ("X was one of three divisions not rated Good": the negation is the predicate's, read above)
    member = _one_of(m, s, n_tag, restricted or bool(m.groups.get("neg"))) if members else None
    if member is not None:
        # "Lambeth PDU is one of 15 PDUs rated Inadequate": 15 were, and Lambeth among them; "X was the only one
        # of the 21 CRCs to be rated Inadequate": one of the 21 was, and X is it
        pids, total, only = member
        units = [Part(a, b, phrase, "count", ProviderRating(pid, column, rating)) for pid in pids] or \
            [Part(a, b, phrase, "count", problem="the unit said to be one of those counted is not named")]
        if total is None:
            # the count as said, and each unit named one of those it counts, of the round the unit was inspected
            return [_at_members_inspection(p, pids, s) if isinstance(p.reading, Statement) else p
                    for p in _count_of(m, s, owner=owner, members=False) or []] + units
        n = 1 if only else total  # "the only one of the 21": one of 21; "one of 15 PDUs rated R": 15 were
        st = Statement(a, b, phrase, "count", stated=Reading(n, n, True, True, "count", "exact count", n),
                       denominator=total if only else None, sector=sector, population_words=words, predicate=pred)
        return [_at_members_inspection(Part(a, b, phrase, "count", st), pids, s), *units]
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
        if total is not None and denominator is None:
            t = _count(total, s)
            whole = t[0].value if t is not None and t[0].rule == "exact count" else None
            if whole is None and re.fullmatch(r"(?i)only\s+\S+", total.words):
                # "one of only two CRCs": "only" stresses the total, which is still two
                try:
                    alone = _interpret(total.words.split(None, 1)[1], "count")
                except ValueError:
                    alone = None
                whole = alone.value if alone is not None and alone.rule == "exact count" else None
            if whole is None:
                return [Part(a, b, phrase, "count", problem="a total that is not a whole number")]
            denominator = int(whole)
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
        if q in (None, "at least") and restricted and stated.rule == "exact count" and floating_all(mid):
            q, amount = "all N", None  # "the three London PDUs reported that day were all rated ...": all three
    elif q is None:
        return None
    if q == "at least one":
        q, amount = "at least", 1.0
    elif q == "one":
        q, stated = None, _interpret("1", "count")
    elif q in ("only", "first"):
        return None
    size = None
    if m.one("e") is not None:
        exc = m.one("en")
        if q not in ("all", "all N") or exc is None or q == "all N" and stated.rule != "exact count":
            return [Part(a, b, phrase, "count", problem="an exception not read")]
        got = _count(exc, s) if exc.code == "N" else None if str(exc.value) != "one" else \
            (Reading(1, 1, True, True, "count", "exact count", 1), None, None)  # "with a single exception"
        if got is None:
            return [Part(a, b, phrase, "count", problem="an exception not read")]
        # "all seven NPS divisions bar one": all but one, of seven in all
        size = int(stated.value) if q == "all N" else None
        q, amount, stated = "all but", got[0].value, None if q == "all N" else stated
    if words.lower() in _GENERIC and sector is None and s.previous_pop and s.previous_pop[0] is not None \
            and words.lower() in ("areas", "area"):
        sector, words = s.previous_pop
    if restricted:
        # "eight of the ten CRCs inspected so far": a part of the population; only an impossible count fails
        if stated is None or q not in (None, "all N"):
            return [Part(a, b, phrase, "count", problem=f"a part of the {words} (words after it restrict it)")]
        q = "of a part" if denominator is not None else q
    st = Statement(a, b, phrase, "count", stated=stated, quantifier=q, amount=amount, denominator=denominator,
                   sector=sector, population_words=words, predicate=pred, subset=restricted, size_stated=size,
                   proportion=proportion if proportion is not None and proportion.unit == "percent" else None)
    return [Part(a, b, phrase, "count", st)]


def _at_members_inspection(part: Part, pids: list[str], s: Sentence) -> Part:
    """'X was one of five PDUs rated Inadequate', with no round written: the count is of the round of X's one
    inspection in the data (a unit inspected more than once leaves the round open)."""
    if len(pids) != 1 or any(t.code == "Y" for t in s.tags):
        return part
    rounds = unit_rounds(pids[0])
    if len(rounds) != 1:
        return part
    return replace(part, rounds=rounds, round_sure=True,
                   round_how=f"the one inspection of {pids[0]} in the data, one of those counted")


def _bare_count(m: Match, s: Sentence) -> list[Part] | None:
    """'six were rated Good', after a sentence or clause that named the population."""
    narrowed = "#" in str((s.previous_pop or (None,))[0])  # (then "the 31 inspections" are no region's PDUs)
    # ("Of the 31 inspections in 2022-23 (that year), 15 were ...": the round's inspections, counted)
    pops = [t for i, t in enumerate(s.tags[: m.first]) if t.code == "S" or t.words.lower().endswith("inspections")
            and (narrowed or t.code == "I" and i > 0 and s.tags[i - 1].code == "N" and round_after(s.tags, i))]
    if len(pops) > 1 and pops[-1].value is None and pops[-2].value is not None and \
            s.tags.index(pops[-2]) + 1 == s.tags.index(pops[-1]):
        pops.pop()  # "the 21 CRC probation services": the sector named before the noun
    compared = [t for t in pops[1:] if s.tags.index(t) > 0 and
                s.tags[s.tags.index(t) - 1].words.lower().split()[-1:] == ["than"]]
    if compared:
        # "NPS divisions fared better than CRCs: five of the seven were ...": the count is of the subject, not of
        # the population it was compared with
        pops = [t for t in pops if t not in compared]
    earlier = [p.reading for p in s.parts if isinstance(p.reading, Statement) and p.reading.kind == "count" and
               p.reading.population_words and p.end <= s.tags[m.first].start]
    # ("One of the 31 inspections in 2022-23 produced a Good rating, while 15 ...": the count before it named them)
    pop = (pops[-1].value, pops[-1].words) if pops else (earlier[-1].sector, earlier[-1].population_words) \
        if earlier else s.previous_pop
    restricted = False
    if pops and pops[-1].code == "S":  # ("the 31 probation inspections reported": the inspections are the round's)
        # "of the thirteen CRCs inspected so far, twelve ...": a count of a part of the population, which only an
        # impossible number contradicts
        k = s.tags.index(pops[-1]) + 1
        # (so does an owner after it: "of the six CRCs Sodexo ran"; not a round: "of the 21 CRCs in 2018-19")
        restricted = k < len(s.tags) and bool(_RESTRICT.match(s.tags[k].words) or s.tags[k].code in "IhW") and \
            not _inspected_in_round(s.tags, k) and not (s.tags[k].words.lower() == "in" and k + 1 < len(s.tags) and
                                                        (s.tags[k + 1].code == "Y" or everywhere(s, s.tags[k]))) or \
            any(t.code == "W" for t in s.tags[max(0, k - 4): k - 1])  # "of Sodexo's six CRCs"
    of_them = any(t.code == "F" for t in m.groups.get("mid", [])[:1])
    if of_them and m.one("n").code != "Q" and (pops or earlier or not s.sized_before):
        # ("six of them": other shapes read "them"; read here: "none of them", "15 of them" after "We rated 31 PDUs")
        return None
    if of_them and pops and any(t.code == "W" for t in s.tags[: s.tags.index(pops[-1])]):
        restricted = True  # "Sodexo ran six CRCs, and none of them was rated Good": of the owner's CRCs
    if pop is None or pop[0] is None and pop[1].lower() in ("areas", "area", "organisation", "organisations"):
        return None
    a, b, phrase = _span(m, s)
    n = m.one("n")
    if n.code == "Q":
        # a list item "none 'Outstanding'" under a count's colon: none of the population; "five were rated Good
        # and not one was Inadequate": none of the population the clause before counted
        joined = m.first > 0 and s.tags[m.first - 1].words.lower() in ("and", "but", "while", ",", ";", "so", "thus",
                                                                       "hence", "meaning") and pops
        told = size_before(s, pops) if joined and not restricted else None
        if str(n.value) == "all" and told is not None:
            got = (told, None, None)  # "Three regions were inspected in 2024-25; all were rated R": all three
        elif str(n.value) != "none" or not (m.first == 0 and n.words.lower() == "none" or joined):
            return None
        else:
            got = (_interpret("0", "count"), None, None)
    else:
        got = _count(n, s)
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
    q = "at least" if lead_q == "at least" else \
        "all N" if restricted and stated.rule == "exact count" and floating_all(mid) else None
    before = s.tags[m.first - 1] if m.first > 0 else None
    if before is not None and before.code == "Q" and str(before.value) == "all" and n.code == "N" and \
            lead_q is None and m.one("e") is None:
        a, phrase = before.start, s.text[before.start: b]  # "..., and all three were rated ...": three, all of them
    if m.one("e") is not None or before is not None and before.code == "Q" and str(before.value) == "all but":
        # "Of the nine CRCs rated in 2019-20, all bar three were ...", "... All but two were rated Good": all but
        # so many of them
        if m.one("e") is not None and str(m.one("all").value) != "all" or lead_q not in (None, "all N", "all but") \
                or stated.rule != "exact count":
            return [Part(a, b, phrase, "count", problem="an exception not read")]
        q = "all but"
        if m.one("e") is None:
            a, phrase = before.start, s.text[before.start: b]
        got_size = size_before(s, pops)
        if got_size is not None:
            denominator = int(got_size.value)  # "of the nine CRCs rated in 2019-20, all bar three": of nine
    if restricted:
        if q not in (None, "all N"):
            return [Part(a, b, phrase, "count", problem=f"a part of the {pop[1]} (words after it restrict it)")]
        part = size_before(s, pops) if denominator is None else None
        denominator = int(part.value) if part is not None else denominator  # "of the three ... whose ...": of three
        q = "of a part" if denominator is not None else q
    amount = stated.value if q in ("at least", "all but") else None
    stated = None if q == "all but" else stated
    st = Statement(a, b, phrase, "count", stated=stated, quantifier=q, amount=amount,
                   denominator=denominator, sector=pop[0], population_words=re.sub(r"\s+", " ", pop[1]),
                   predicate=Predicate("rating", column, _ratings(m.one("r"))), subset=restricted)
    return [Part(a, b, phrase, "count", st)]


def _declared(m: Match, s: Sentence) -> list[Part] | None:
    """'Of the 21 CRCs, only one was rated Good': a count within a group the sentence opened with."""
    from .build_portions import _count_shape  # it builds on this module's counts

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
    # "'Good' went to", "a Good rating was given to", "gave 'Good' ratings to"
    verb = m.tags[m.first - 1].words.lower() if m.first > 0 and m.tags[m.first - 1].code == "V" else ""
    if not re.search(r"\b(?:went|given|awarded|handed)\b", m.words("r") + " " + " ".join(
            t.words.lower() for t in m.tags[m.first + 1: m.last])) and \
            not (re.fullmatch(r"gave|gives|give|awarded|handed", verb) and m.words("r") != "" and
                 any(t.words.lower() == "to" for t in m.tags[m.first + 1: m.last])):
        return None
    got = _count(m.one("n"), s)
    if got is None or got[2] == "share":
        return None
    a, b, phrase = _span(m, s)
    sector, words = _population(m.one("pop"))
    st = Statement(a, b, phrase, "count", stated=got[0], denominator=got[1], sector=sector, population_words=words,
                   predicate=Predicate("rating", "overall", _ratings(m.one("r"))))
    return [Part(a, b, phrase, "count", st)]


# Words before a plural noun that make it no bare plural: a determiner, possessive or count of its own.
_NOT_BARE = re.compile(r"(?i)^(?:the|these|those|its|their|our|his|her|such|other|both|all|many|most|no|any|each|every|"
                       r"which|what|whose|s|'s|\u2019s)$")
_SOME_PARTS = re.compile(r"(?i)^in\s+(?:some\s+)?parts\s+of\b")


def _bare_plural(m: Match, s: Sentence) -> list[Part] | None:
    """'CRCs were rated Inadequate', 'London PDUs have been rated Inadequate': a plural with no count, which may
    mean some of them or all of them; 'probation services in parts of London were rated ...': some of them."""
    pop = m.one("pop")
    k = s.tags.index(pop)
    mid = m.groups.get("mid", [])
    # "the NPS divisions were all rated Good": a quantifier floated after the verb, over the plural before it
    floated = [t for t in mid if t.code == "w" and t.words.lower() in ("all", "each", "both")]
    before = s.tags[k - 1].words.lower() if k > 0 else ""
    # ("the PDUs" after a sentence that named some of them may be those: only with no population named before)
    if k > 0 and (s.tags[k - 1].code not in "w,Y" or _NOT_BARE.match(before) and not (
            floated and before == "the" and s.previous_pop is None and
            not any(t.code in "SNQ" for t in s.tags[: k - 1]))):
        return None
    if not any(t.code in "BV" for t in mid) and not re.match(r"(?i)requires?\b", m.one("r").words):
        return None  # "CRCs Good": no predicate
    between = s.text[pop.end: mid[0].start if mid else m.one("r").start].strip()
    if any(t.code == "w" and t not in floated for t in mid) and not _SOME_PARTS.match(between):
        return None  # "CRCs in the north were rated ...": words that may restrict them
    a, b, phrase = _span(m, s)
    if any(t.code in "XHh" for t in mid) or _PAST.search(m.words("mid")):
        return [Part(a, b, phrase, "count", problem="a plural with a negation or change, not read")]
    column = _column(m, s, ("mid", "after"))
    sector, words = _population(pop)
    if column is None or sector is None and words.lower() in _GENERIC:
        return None
    q = "all" if floated else "some" if _SOME_PARTS.match(between) or \
        re.search(r"(?i)\bparts\s+of\b", s.text[pop.start: pop.end]) else "generic"
    st = Statement(a, b, phrase, "count", quantifier=q, sector=sector, population_words=words,
                   predicate=Predicate("rating", column, _ratings(m.one("r"))))
    return [Part(a, b, phrase, "count", st)]
