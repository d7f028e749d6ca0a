"""Builders of the facts about units other than their ratings and figures: who ran a unit and how many units an
owner ran (a CRC's owner is recorded at each inspection), and which region a unit is in and how many inspections
a region had."""

from __future__ import annotations

from functools import lru_cache

from . import lazy_re as re
from . import vocabulary as vocab
from .matcher import Match
from .quantifiers import interpret as _interpret
from .readings import (
    OwnerCount,
    Part,
    Predicate,
    ProviderOwner,
    ProviderRegion,
    RegionCount,
    Statement,
)
from .shape_parts import _RATIO, Sentence, _count, _population, _span, _subject


def _owner(m: Match, s: Sentence, elided: bool = False) -> list[Part] | None:
    """'Sodexo ran six CRCs', 'one of six run by Sodexo': how many units an owner ran (``elided``: '..., while
    Purple Futures ran five', the units named before)."""
    a, b, phrase = _span(m, s)
    n = m.one("n")
    ratio = _RATIO.match(n.words)
    whole = None
    if m.one("whole") is not None:
        # "Sodexo owns five of the country's 21 CRCs": the portfolio, then all the CRCs, the two figures apart
        got, total = _count(n, s), _count(m.one("whole"), s)
        if got is None or total is None or got[1] is not None or total[1] is not None:
            return None
        stated, whole = got[0], total[0]
    elif ratio and m.one("w").start < n.start:
        # "Sodexo owned six of the 21 CRCs": six is the portfolio, 21 all the CRCs (a claim of its own, checked as
        # the population's size)
        try:
            stated, whole = _interpret(ratio.group("n"), "count"), _interpret(ratio.group("m"), "count")
        except ValueError:
            return None
    elif ratio:
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
    # "one of six run by Sodexo": no noun, the owner's units of any kind (every owner ran CRCs only)
    sector = _population(m.one("pop"))[0] if m.one("pop") is not None else None
    if elided:
        # "Sodexo ran six CRCs, while Purple Futures ran five": the units of the portfolio before it
        before = [t for t in s.tags[: m.first] if t.code == "S"]
        if m.first == 0 and s.previous_pop and s.previous_pop[0] == "CRC":
            sector = "CRC"  # "Sodexo ran six of the 21 CRCs. Purple Futures ran five, including ...": the CRCs again
        elif not before or not any(t.code == "W" for t in s.tags[: s.tags.index(before[-1])]):
            return None
        else:
            sector = _population(before[-1])[0]
    if m.one("other") is not None:
        # "five other CRCs": the unit named before them (or the text's) is the owner's too, and one more
        named = [t for t in s.tags[: m.last] if t.code in "PA"]
        pid = _subject(named[0], s) if named else s.subject
        if pid is None or stated.rule != "exact count":
            return None
        stated = _interpret(str(int(stated.value) + 1), "count")
        parts = [Part(a, b, phrase, "owner", OwnerCount(str(m.one("w").value), sector, stated)),
                 Part(a, b, phrase, "owner", ProviderOwner(pid, str(m.one("w").value)))]
        return parts
    parts = [Part(a, b, phrase, "owner", OwnerCount(str(m.one("w").value), sector, stated))]
    if whole is not None:
        if sector is None:
            return parts + [Part(a, b, phrase, "population size", problem="a total of units of no kind said")]
        words = _population(m.one("pop"))[1]
        parts.append(Part(a, b, phrase, "population size", Statement(
            a, b, phrase, "count", stated=whole, sector=sector, population_words=words,
            predicate=Predicate("providers"))))
    return parts


# "more than any other owner", "the most CRCs", "fewer CRCs than any other company": the words that rank an owner
_RANK_NOUN = re.compile(r"(?i)(?:owner|company|firm|provider|operator|contractor|group|organisation|business|"
                        r"consortium|partnership|one)s?")


def _owner_rank(m: Match, s: Sentence) -> list[Part] | None:
    """'Sodexo ran more CRCs than any other owner', 'Sodexo ran the most CRCs', '..., more than any other owner':
    the owner ran more (or fewer) units than every other owner."""
    word = m.words("most")
    if m.one("o") is not None:
        # "more CRCs than any other owner", "six CRCs, more than any other company": "than any other <owner noun>"
        if m.words("any") != "any" or not _RANK_NOUN.fullmatch(m.words("noun")):
            return None
        rank = {"more": "most", "more than": "most", "fewer": "fewest", "fewer than": "fewest",
                "less than": "fewest"}.get(word)
    else:
        # "the most CRCs", "the fewest CRCs" (not "most CRCs": a majority of them)
        before = s.tags[s.tags.index(m.one("most")) - 1]
        rank = {"most": "most", "fewest": "fewest"}.get(word) if before.words.lower() == "the" else None
    if rank is None or any(t.code == "X" for t in s.tags[max(0, m.first - 2): m.last]):
        return None
    owner = m.one("w")
    if owner is None:
        # "Sodexo ran six CRCs, more than any other owner": the owner of the portfolio just before the comma
        k = m.first - 1
        near = s.tags[max(0, k - 8): k]
        if not near or not [t for t in near if t.code == "N"] or near[-1].code not in "SYIw":
            return None
        owners = [t for t in near if t.code == "W"]
        if len(owners) != 1:
            return None
        owner = owners[0]
    pops = [t for t in s.tags[s.tags.index(owner): m.last] if t.code == "S"]
    if not pops:
        return None
    a, b = m.tags[m.first].start, m.tags[m.last - 1].end
    return [Part(a, b, s.text[a:b], "owner", OwnerCount(str(owner.value), _population(pops[-1])[0], None, rank))]


_OWNS = re.compile(r"(?i)\b(?:owns|owned|runs|ran|operates|operated|manages|managed|took\s+over|takes\s+over|"
                   r"bought|acquired|in\s+charge\s+of)\b")
_OWNER_CHANGE = re.compile(r"(?i)\b(?:until|taken\s+over|took\s+over|takes\s+over|administration|sold|"
                           r"transferred|handed\s+over|new\s+owners?|bought|acquired)\b")
# "London CRC's owner, MTCnovo, ...": the owner in apposition
_OWNER_NOUN = re.compile(r"(?i)^\W*(?:'s|s|\u2019s)?\s*(?:owner|parent\s+company|operator)\s*,?\s*$")
_OWNED_BY = re.compile(r"(?i)\b(?:owned|run|operated|managed|taken\s+over|bought|acquired|led)\s+by\b")


def _owner_of(m: Match, s: Sentence) -> list[Part] | None:
    """'A private company, PeoplePlus, owns it'; 'Merseyside CRC is run by the Purple Futures consortium'."""
    anchor = max(m.tags.index(m.one("s")), m.tags.index(m.one("w"))) if m.one("s") is not None else m.last - 1
    between = " ".join(t.words for t in m.tags[m.first + 1: anchor])
    # "Working Links' community rehabilitation company", "Sodexo's CRC", "Sodexo-run Essex CRC": the owner's
    possessive = between.strip().lower() in ("", "s", "'s", "\u2019s") and m.one("s") is not None and \
        m.tags.index(m.one("s")) > m.tags.index(m.one("w")) and (
            m.one("s").code == "A" or re.search(r"(?i)-(?:run|owned|led|operated|managed)$", m.one("w").words)
            or s.text[m.one("w").end: m.one("s").start].strip().lower() in ("'s", "\u2019s", "'", "\u2019"))
    # ("Sodexo's Essex CRC", "Working Links' Wales CRC": the owner's unit)
    # "Run by Purple Futures, a consortium of ..., the CRC supervises ...": a participle opening the sentence
    fronted = re.fullmatch(r"(?i)\W*(?:run|owned|operated|managed|led)\s+by\s+", s.text[s.start: m.one("w").start])
    if fronted and m.one("s") is not None and m.tags.index(m.one("s")) > m.tags.index(m.one("w")):
        pass
    elif m.one("s") is not None and m.tags.index(m.one("s")) > m.tags.index(m.one("w")) and not possessive:
        if not _OWNS.search(between) or _OWNED_BY.search(between):
            return None
    elif not _OWNED_BY.search(between) and not possessive and not _OWNER_NOUN.match(between):
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
    more = m.groups.get("more", [])
    if any(t.code == "w" and t.words.lower() not in ("and", "&") for t in more):
        return None  # "Sodexo ran Essex CRC, unlike London CRC": not a list of what it ran
    a, b, phrase = _span(m, s)
    # "MTCnovo ran London CRC and Thames Valley CRC": each one named
    pids = dict.fromkeys([pid, *(str(t.value) for t in more if t.code == "P")])
    return [Part(a, b, phrase, "owner", ProviderOwner(p, str(m.one("w").value))) for p in pids]


def _one_of_owners(m: Match, s: Sentence) -> list[Part] | None:
    """'It is one of the Sodexo CRCs', 'one of Sodexo's six CRCs', 'one of two Sodexo CRCs': the unit is run by the
    owner, and the count, if given, is the owner's portfolio (unless a place after it makes it a part of that)."""
    one = m.one("n")
    if not re.fullmatch(r"(?i)one(?:\s+of\s+.+)?", one.words.strip()) or any(
            t.code == "X" for t in s.tags[max(0, m.first - 2): m.last]):
        return None
    if m.groups.get("by") and not _OWNED_BY.search(m.words("by")):
        return None  # "one of six CRCs run by Sodexo", not "one of six CRCs beside Sodexo's"
    pid = _subject(m.one("s"), s)
    if pid is None:
        return None
    owner = str(m.one("w").value)
    a, b, phrase = _span(m, s)
    parts = [Part(a, b, phrase, "owner", ProviderOwner(pid, owner))]
    stated = _RATIO.match(one.words)
    count = m.one("count") if m.one("count") is not None else one if stated else None
    after = s.tags[m.last: m.last + 2]
    if count is not None and any(t.words.lower() in ("in", "across", "outside") for t in after[:1]) and \
            not (len(after) > 1 and (after[1].code in "YN" or after[1].words[:1].isdigit())):
        parts.append(Part(a, b, phrase, "owner", problem="a part of the owner's units (a place after them)"))
    elif count is not None:
        try:
            n = _interpret(stated.group("m") if count is one else count.words, "count")
        except ValueError:
            return parts
        sector = _population(m.one("pop"))[0] if m.one("pop") is not None else None
        parts.append(Part(a, b, phrase, "owner", OwnerCount(owner, sector, n)))
    return parts


# "is part of the Probation Service's Wales region", "is one of four PDUs in the North West region"
# (or in apposition: "Sheffield PDU, part of the Probation Service's North West region, ...", or a relative
# clause: "X PDU, which belongs to the North East region, ...")
_IN_REGION = (r"\s*(?:(?:,\s*(?:which|that)\s+)?(?:is|was|are|were|sits|sat|lies|lay|falls|fell|belongs|belonged)\s+"
              r"(?:both\s+|all\s+)?"
              r"(?:(?:counted|included|placed|grouped)\s+)?|,\s*|"
              r"(?=in\s+(?:the\s+)?(?P<bare>{names})(?:\s+(?:probation\s+)?region)?\s+(?:was|were|is|are|has|had)\b))"
              r"(?:(?:a\s+)?part\s+of|in|within|(?<=belongs\s)to|(?<=belonged\s)to|one\s+of\s+(?:the\s+)?"
              r"(?P<count>(?:[\w-]+\s+){0,3}?)(?:PDUs|probation\s+delivery\s+units|units|areas)\s+(?:in|of|that\s+make\s+up))\s+"
              r"(?:the\s+)?(?:(?:Probation\s+Service|HMPPS)['\u2019]s?\s+)?(?P<region>{names})"
              r"(?:\s+(?:probation\s+)?region\b|(?(bare)|(?!)))")


# "Tameside PDU (Greater Manchester) - Requires improvement": a region in brackets after the unit
_IN_BRACKETS = r"\s*\(\s*(?:the\s+)?(?P<region>{names})(?:\s+(?:probation\s+)?region)?\s*\)(?P<count>)"


@lru_cache(maxsize=8)
def _with_regions(template: str, names: tuple[str, ...]) -> re.Pattern:
    """A pattern with the data's region names put in for its ``{names}``."""
    return re.compile(template.replace("{names}", vocab.alternation(names)), re.IGNORECASE)


def _region_of(m: Match, s: Sentence) -> list[Part] | None:
    """The region a unit is said to belong to, checked against the data's region column."""
    subject, join = m.one("s"), m.one("join")
    names = vocab.region_names()
    if join is not None:
        # "The PDU covers Stoke and the whole of Staffordshire, and is part of the West Midlands region": the
        # sentence's subject, the one unit it names before
        before = [t for t in s.tags[: s.tags.index(join)] if t.code in "PA"]
        if join.words.lower() != "and" or len({t.words for t in before}) != 1:
            return None
        got = _with_regions(_IN_REGION, names).match(s.text, join.end, s.end)
        pid = _subject(before[0], s)
        if got is None or pid is None or got.group("count"):
            return None
        region = next(n for n in names if n.lower() == re.sub(r"\s+", " ", got.group("region")).lower())
        return [Part(before[0].start, got.end(), re.sub(r"\s+", " ", s.text[before[0].start: got.end()]), "region",
                     ProviderRegion(pid, region))]
    # "A and B are part of the X region": each unit of a list
    units, k = [subject], s.tags.index(subject)
    while k + 2 < len(s.tags) and s.tags[k + 1].words.lower() in ("and", ",", "&") and s.tags[k + 2].code == "P":
        units.append(s.tags[k + 2])
        k += 2
    got = _with_regions(_IN_REGION, names).match(s.text, units[-1].end, s.end) or \
        _with_regions(_IN_BRACKETS, names).match(s.text, units[-1].end, s.end)
    if got is None:
        return None
    pids = [_subject(u, s) for u in units]
    if any(pid is None for pid in pids):
        return None
    region = next(n for n in names if n.lower() == re.sub(r"\s+", " ", got.group("region")).lower())
    a, b = subject.start, got.end()
    parts = [Part(a, b, re.sub(r"\s+", " ", s.text[a:b]), "region", ProviderRegion(pid, region)) for pid in pids]
    if got.group("count") and any(t.code == "N" and t.start < got.end("count") and t.end > got.start("count")
                                  for t in s.tags):
        # "one of nine PDUs in the region": how many units a region has is not in the data
        parts.append(Part(got.start("count"), got.end("count"), got.group("count").strip(), "refused",
                          problem="how many units a region has"))
    return parts


_INSPECTIONS_IN = (r"(?:\s+[\w']+){0,4}?\s+in\s+(?:the\s+)?"
                   r"(?:(?:Probation\s+Service|HMPPS)(?:['\u2019]s?|\s*[-\u2013]))?"
                   r"\s*(?P<region>{names})\s+(?:probation\s+)?region\b")


def _region_count(m: Match, s: Sentence) -> list[Part] | None:
    """'one of four inspections carried out in the North West region', 'we have now completed five inspections
    in the region': how many units of the region were inspected, in the round of the text's unit."""
    i, said = m.one("i"), m.one("n")
    after = i.end
    if i.start < said.start and i.words.lower() == "inspection" and _RATIO.match(said.words):
        after = said.end  # "this inspection is one of four in the North West region"
    elif i.words.lower() != "inspections":
        return None
    names = vocab.region_names()
    got = _with_regions(_INSPECTIONS_IN, names).match(s.text, after, s.end)
    if got is None or s.subject is None:
        return None
    counted = _count(m.one("n"), s)
    if counted is None:
        return None
    stated, total, _ = counted
    n = total if total is not None else (int(stated.value) if stated.rule == "exact count" else None)
    if n is None:
        return None
    region = next(x for x in names if x.lower() == re.sub(r"\s+", " ", got.group("region")).lower())
    a, b = min(i.start, said.start), got.end()
    return [Part(a, b, re.sub(r"\s+", " ", s.text[a:b]), "region count", RegionCount(s.subject, region, n))]
