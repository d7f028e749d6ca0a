"""Tags the tagger joins into one after its pass, where punctuation or spacing kept the words apart: a region's PDUs
("three London PDUs", "three PDUs in London", "three parts of London"), and an NPS division named with the service
("the Midlands division of the NPS", "North West Division, National Probation Service"). A rating bounded from one
side is tag_bounds.py's."""

from __future__ import annotations

from . import lazy_re as re
from . import vocabulary as vocab
from .tag_asides import aside_joins, rating_restated
from .tag_idioms import no_count, one_of_a_group, other_names, rated_none, round_named
from .tag_regions import _units_of_region, fronted_region
from .tag_type import Tag, codes
from .tag_words import PLACE_LINKS

_REGION_ADJECTIVES = {"Welsh": "Wales"}


def _region_before(out: list[Tag], noun: Tag) -> tuple[int, str | None]:
    """How many tags before a noun name a region ("London", "Greater Manchester", "Yorkshire and the Humber",
    "Welsh"), and the region: (0, None) if none. A region's name may have been tagged as a unit of its own, and the
    word "region" may follow it ("three South West region PDUs", "the South West region's PDUs")."""
    if len(out) >= 2 and out[-1].code == "P" and str(out[-1].value).endswith("-region") and \
            out[-2].code in "QN" and re.search(r"(?i)\sregion$", out[-1].words) and noun.start - out[-1].end <= 1:
        name = re.sub(r"(?i)^the\s+|\s+region$", "", out[-1].words)
        if name in vocab.region_names():
            return 1, name  # ("every North East region PDU": the region's name and its word, one unit's tag)
    said = 1 if out and re.fullmatch(r"(?i)region(?:['\u2019]s)?", out[-1].words) and \
        noun.start - out[-1].end <= 1 else 0
    end = len(out) - said
    for k in (5, 4, 3, 2, 1):
        words = out[end - k: end] if end >= k else []
        if len(words) == k and all(x.code in "wP" for x in words) and words[0].words[:1].isupper() and \
                (out[-1] if said else noun).start - words[-1].end <= 1:
            name = re.sub(r"\s+", " ", " ".join(x.words for x in words))
            name = _REGION_ADJECTIVES.get(name, name)
            if name in vocab.region_names():
                return k + said, name
    return 0, None


def _region_of(out: list[Tag], t: Tag, later: bool = True) -> tuple[int, str | None]:
    """The region a PDU population noun is of, and how many tags before it name the region: "three London PDUs"
    (one), "the Welsh PDUs" or "South West PDUs" (none: the noun's own words hold it). In a text about the years
    since 2021 a region's "probation services" are its PDUs too."""
    if t.code != "S":
        return 0, None
    named = re.fullmatch(r"(.+?)\s+(?:PDUs|Probation Delivery Units)", t.words)
    if named and _REGION_ADJECTIVES.get(named.group(1), named.group(1)) in vocab.region_names():
        return 0, _REGION_ADJECTIVES.get(named.group(1), named.group(1))
    if t.value == "PDU" and not _units_of_region(t, later):
        # "every West Midlands probation delivery unit": one unit after a quantifier stands for each of the region's
        k, region = _region_before(out, t)
        return (k, region) if region and len(out) > k and out[-k - 1].code == "Q" else (0, None)
    return _region_before(out, t) if _units_of_region(t, later) else (0, None)


_PLACE_AFTER = ("in", "across", "covering")


def region_after(out: list[Tag], tags: list[Tag], i: int, later: bool) -> tuple[int, Tag] | None:
    """A region named after its PDUs ("three PDUs in London", "two probation services across Greater
    Manchester") or as their parts ("three parts of London", later texts only), where a count or quantifier
    came before: how many tags from tags[i] it takes in, and the population tag "PDU#<region>" it makes."""
    t = tags[i]
    counted = out and out[-1].code in "NQO" or len(out) >= 2 and out[-1].code == "w" and out[-2].code in "NQ"
    parts = later and re.fullmatch(r"(?i)parts|areas", t.words) is not None and \
        i + 1 < len(tags) and tags[i + 1].code == "F"
    # "PDUs inspected in the East Midlands": the region's PDUs (those inspected), not the region itself
    seen = int(not parts and i + 2 < len(tags) and tags[i + 1].words.lower() in ("inspected", "visited", "rated")
               and tags[i + 2].words.lower() in _PLACE_AFTER)
    if parts and not counted or not (parts or _units_of_region(t, later) and i + 1 + seen < len(tags) and (
            tags[i + 1 + seen].words.lower() in _PLACE_AFTER or counted and tags[i + 1 + seen].words.lower() == "of")):
        return None  # ("the five PDUs of the North West": counted, the region's)
    # "PDUs in parts of London": some of the region's PDUs (with no count before, a plural's shape reads it)
    some = not parts and i + 3 + seen < len(tags) and tags[i + 2 + seen].words.lower() == "parts" and \
        tags[i + 3 + seen].code == "F"
    at = i + seen + (4 if some else 2)
    if at < len(tags) and tags[at].words.lower() == "the":
        at += 1  # "PDUs in the East Midlands"
    for k in (6, 5, 4, 3, 2, 1):
        words = tags[at: at + k]
        if len(words) == k and all(x.code in "wP," for x in words) and words[0].words[:1].isupper():
            name = re.sub(r"\s+", " ", " ".join(x.words for x in words)).replace(" ,", ",")
            if name in vocab.region_names():
                noun = "PDUs" if parts else t.words
                return at - i + k, Tag("S", t.start, words[-1].end, f"{name} {noun}", f"PDU#{name}")
    return None


_NPS = re.compile(r"(?i)(?:the\s+)?(?:national\s+probation\s+service|nps)")
# (and its division: "the National Probation Service division in Wales")
_NPS_KIND = re.compile(r"(?i)(?:the\s+)?(?:national\s+probation\s+service|nps)(?:\s+division)?")


def _division_named(out: list[Tag], tags: list[Tag], i: int) -> tuple[int, int, Tag] | None:
    """An NPS division named by its place and the service, the way report covers write it: "North West Division,
    National Probation Service" (the place before "Division"), "National Probation Service - North West" (the
    place after a dash or colon). How many tags before tags[i] it takes in, how many from tags[i], and the tag."""
    t = tags[i]
    if t.code == "S" and t.value == "NPS" and re.fullmatch(r"(?i)division", t.words):
        k = 0
        while k < len(out) and k < 6 and out[-1 - k].code == "w" and (
                out[-1 - k].words[:1].isupper() or out[-1 - k].words.lower() in ("and", "of") and k > 0):
            k += 1
        while k and not out[-k].words[:1].isupper():
            k -= 1  # the place starts on a capital ("South East and Eastern")
        place = " ".join(x.words for x in out[len(out) - k:])
        unit = vocab.unit_by_place(place, "NPS") if k else None
        if unit is None:
            return None
        # "the National Probation Service (NPS) South East and Eastern Division": the service's name before it
        before = [x.words for x in out[max(0, len(out) - k - 4): len(out) - k]]
        for lead in (4, 1):
            if len(before) >= lead and _NPS.fullmatch(before[-lead]) and (lead == 1 or before[-3:] == ["(", "NPS", ")"]
                                                                            or [w.upper() for w in before[-3:]] ==
                                                                            ["(", "NPS", ")"]):
                k += lead
                break
        n = 1
        if i + 2 < len(tags) and tags[i + 1].words == "," and _NPS.fullmatch(tags[i + 2].words):
            n = 3
        return k, n, Tag("P", out[-k].start, tags[i + n - 1].end, f"{place} {t.words}", unit)
    if t.code == "S" and _NPS.fullmatch(t.words) and i + 2 < len(tags) and tags[i + 1].words in ("-", "\u2013", ":"):
        k = 0
        while i + 2 + k < len(tags) and k < 6 and tags[i + 2 + k].code == "w" and (
                tags[i + 2 + k].words[:1].isupper() or tags[i + 2 + k].words.lower() in ("and", "of") and k > 0):
            k += 1
        while k and not tags[i + 1 + k].words[:1].isupper():
            k -= 1
        place = " ".join(x.words for x in tags[i + 2: i + 2 + k])
        unit = vocab.unit_by_place(place, "NPS") if k else None
        if unit is None:
            return None
        return 0, 2 + k, Tag("P", t.start, tags[i + 1 + k].end, f"{t.words} - {place}", unit)
    return None


def _division_of_nps(tags: list[Tag]) -> list[Tag]:
    """'the Midlands division of the National Probation Service (NPS)' is still the division's name."""
    if not any(t.code in "AS" for t in tags):
        return tags  # (both joins below begin only at a population noun or the subject: no other tag is changed)
    out: list[Tag] = []
    i = 0
    while i < len(tags):
        t = tags[i]
        if t.code not in "AS":  # (both joins below begin only at a population noun or the subject)
            out.append(t)
            i += 1
            continue
        the = 1 if len(out) >= 3 and out[-1].words.lower() == "the" else 0
        named = _division_named(out, tags, i)
        if named is not None:
            # "North West Division, National Probation Service", "National Probation Service - North West"
            out[len(out) - named[0]:] = [named[2]]
            i += named[1]
            continue
        if t.code in "AS" and len(out) >= 2 + the and out[-1 - the].code == "F" and out[-2 - the].code == "P" and \
                _NPS.fullmatch(t.words.strip()):
            p = out[-2 - the]
            del out[-2 - the:]
            out.append(Tag("P", p.start, t.end, f"{p.words} of {t.words}", p.value))
            if i + 3 < len(tags) and tags[i + 1].words == "(" and tags[i + 2].words.upper() == "NPS" and \
                    tags[i + 3].words == ")":
                i += 3
            i += 1
            continue
        out.append(t)
        i += 1
    return out


_LINKS = PLACE_LINKS - {"of"}  # "the NPS of London" names no division


def place_after_kind(out: list[Tag], tags: list[Tag], i: int) -> tuple[int, Tag] | None:
    """A kind of unit, a link and a place that names one unit of that kind: "the NPS division for the South East
    and Eastern region", "the NPS in the South East and Eastern region", "the CRC covering Durham Tees Valley".
    How many tags from tags[i] (the link) it takes in, and the unit's tag that replaces the kind's."""
    if not out or tags[i].code != "w" or tags[i].words.lower() not in _LINKS:
        return None
    kind = out[-1]
    if not (kind.code == "A" and kind.value in ("NPS", "CRC", "PDU", "region") or
            kind.code == "S" and kind.value == "NPS" and _NPS_KIND.fullmatch(kind.words)):
        return None
    j = i + 1 + (i + 1 < len(tags) and tags[i + 1].words.lower() == "the")
    best = None
    for k in range(1, 8):
        words = tags[j: j + k]
        if len(words) < k or any(x.code not in "wP," for x in words) or \
                not re.sub(r"(?i)^the\s+", "", words[0].words)[:1].isupper():
            break
        place = re.sub(r"\s+", " ", " ".join(x.words for x in words)).replace(" ,", ",")
        place = re.sub(r"(?i)\s+(?:region|area|division)$", "", place)
        unit = vocab.unit_by_place(place, str(kind.value))
        if unit is not None:
            best = (j + k - i, Tag("P", kind.start, words[-1].end, f"{kind.words} {tags[i].words} {place}", unit))
    return best


def place_possessive(out: list[Tag], t: Tag) -> tuple[int, Tag] | None:
    """A place's possessive before a singular unit noun that names one unit of that kind: "Essex's community
    rehabilitation company", "Lambeth's probation delivery unit". How many tags before t it takes in, and the
    unit's tag."""
    if t.code != "S" or t.value not in ("NPS", "CRC", "PDU", "region") or not out:
        return None
    k = 2 if len(out) >= 2 and out[-1].words.lower() in ("s", "'s", "\u2019s") else 1
    words = out[-k].words if k == 2 else re.sub(r"['\u2019]s?$", "", out[-1].words)
    if k == 1 and words == out[-1].words or out[-k].code not in "wP" or not words[:1].isupper():
        return None
    unit = vocab.unit_by_place(words, str(t.value))
    return None if unit is None else (k, Tag("P", out[-k].start, t.end, f"{out[-k].words} {t.words}", unit))


def pdu_services(out: list[Tag], t: Tag) -> tuple[int, Tag] | None:
    """"Lambeth's probation services", "the Lambeth borough probation service": a PDU's services, the PDU itself (a
    place's possessive or kind of place before the noun)."""
    if t.code == "S" and re.fullmatch(r"(?i)(?:probation\s+|delivery\s+)?unit", t.words) and out and \
            out[-1].code == "P" and str(out[-1].value).endswith("-pdu"):
        return 1, Tag("P", out[-1].start, t.end, f"{out[-1].words} {t.words}", out[-1].value)  # "the Wigan unit"
    if t.code != "S" or not re.fullmatch(r"(?i)(?:probation\s+)?services?", t.words) or len(out) < 2 or \
            out[-1].words.lower() not in ("s", "'s", "\u2019s", "borough", "county", "city", "district", "town",
                                          "area") or out[-2].code != "P" or not str(out[-2].value).endswith("-pdu"):
        return None  # ("Lambeth borough probation services": the place's own)
    return 2, Tag("P", out[-2].start, t.end, f"{out[-2].words}'s {t.words}", out[-2].value)


def both_populations(out: list[Tag], t: Tag) -> Tag | None:
    """Two populations joined by "and" with no figure between ("regions and PDUs", "CRCs and NPS divisions"): the
    units of both, one population of every sector (a count of it is of the round's units of any kind)."""
    # ("No CRC or NPS division was rated Inadequate": none of either, so none of both)
    none_or = len(out) >= 3 and out[-1].words.lower() == "or" and out[-3].code == "Q" and str(out[-3].value) == "none"
    if t.code != "S" or len(out) < 2 or out[-2].code != "S" or out[-1].words.lower() not in ("and", "&") and \
            not none_or or t.value is None or out[-2].value is None or t.value == out[-2].value or \
            "#" in str(t.value) + str(out[-2].value) or "@" in str(t.value) + str(out[-2].value):
        return None
    if not (t.words.endswith("s") and out[-2].words.endswith("s")) and not none_or:
        return None  # plurals only: "the NPS and CRCs" names two things
    return Tag("S", out[-2].start, t.end, f"{out[-2].words} {out[-1].words.lower()} {t.words}", None)


def _possessor(out: list[Tag]) -> str | None:
    """The words before a possessive that ends ``out`` ("London's", "the county 's"), or None."""
    last = out[-1]
    m = re.fullmatch(r"(?i)(.+?)['\u2019]s?", last.words)
    if last.code == "w" and m:
        return m.group(1)
    if last.words.lower() in ("s", "'s", "\u2019s") and len(out) >= 2:
        return out[-2].words
    return None


_THE_REGION = re.compile(r"(?i)^(?:the|this|our)\s+(?:probation\s+)?region$")


def own_region_pdus(tags: list[Tag], region: str | None) -> list[Tag]:
    """"the PDUs in the region", "the region's probation services" in a text about a PDU or region: the PDUs of
    its own region (the text's subject's, from the data)."""
    if region is None:
        return tags
    out, i = [], 0
    while i < len(tags):
        t = tags[i]
        if _units_of_region(t, True) and i + 2 < len(tags) and tags[i + 1].words.lower() in _PLACE_AFTER and \
                tags[i + 2].code == "A" and _THE_REGION.match(tags[i + 2].words):
            out.append(Tag("S", t.start, tags[i + 2].end, f"{region} {t.words}", f"PDU#{region}"))
            i += 3
            continue
        if t.code == "A" and _THE_REGION.match(t.words) and i + 2 < len(tags) and \
                tags[i + 1].words.lower() in ("s", "'s", "\u2019s") and \
                re.fullmatch(r"(?i)pdus|probation\s+delivery\s+units|(?:probation\s+)?services", tags[i + 2].words):
            out.append(Tag("S", t.start, tags[i + 2].end, f"{region} {tags[i + 2].words}", f"PDU#{region}"))
            i += 3
            continue
        out.append(t)
        i += 1
    return out


_PART_OF = re.compile(r"(?i)^(?!one\b)[\w-]+\s+of\s+(?:the\s+)?[\w-]+$")
_SUPERVISION_KIND = re.compile(r"(?i)^(?:case|casework|probation|offender)$")


def noun_joins(out: list[Tag], t: Tag) -> tuple[int, Tag] | None:
    """Nouns a word between splits: "standards of casework supervision" (the four case supervision standards),
    "an overall inspection rating" (the overall rating); and a count's nouns: "31 inspections" (of units),
    "five of the ten rated services". How many tags before t it takes in, and the tag."""
    if t.code == "M" and t.words.lower() == "supervision" and len(out) >= 3 and out[-1].code == "w" and \
            _SUPERVISION_KIND.match(out[-1].words) and out[-2].code == "F" and out[-3].code == "Z" and \
            re.fullmatch(r"(?i)standards?", out[-3].words):
        return 3, Tag("Z", out[-3].start, t.end, " ".join(x.words for x in (*out[-3:], t)), "case")
    n = out[-1] if out and out[-1].code == "N" else out[-2] if len(out) >= 2 and out[-2].code == "N" and \
        out[-1].words.lower() == "probation" else None
    if t.code == "I" and t.words.lower() == "inspections" and n is not None and _PART_OF.match(n.words):
        # "twelve of the 31 inspections", "15 of the 31 probation inspections": the units inspected, one inspection
        # each ("one of four inspections in the region" is the region's count, read as such)
        k = 0 if out[-1].code == "N" else 1
        return k, Tag("S", out[-k].start if k else t.start, t.end, " ".join(x.words for x in (*out[len(out) - k:], t)),
                      None)
    if t.code == "S" and len(out) >= 2 and out[-1].code == "V" and out[-2].code == "N" and \
            out[-1].words.lower() in ("rated", "inspected"):
        out[-1] = Tag("w", out[-1].start, out[-1].end, out[-1].words)  # "five of the ten rated services"
        return None
    if t.code == "V" and re.fullmatch(r"(?i)ratings?|grades?", t.words) and len(out) >= 2 and \
            out[-1].code in "wIS" and out[-2].code == "K" and out[-2].words.lower() == "overall":
        return 2, Tag("K", out[-2].start, t.end, f"{out[-2].words} {out[-1].words} {t.words}")
    return None


def unname_other_sector(out: list[Tag], noun: Tag) -> None:
    """'the Isle of Wight CRC', 'Lambeth CRC': a unit's name right before the sector noun ("CRC", "PDU") of another
    sector names no unit of the data (a later unit's place before "CRC"): the name becomes plain words."""
    if noun.code != "S" or not out or out[-1].code != "P" or noun.start - out[-1].end > 1:
        return
    pid = str(out[-1].value)
    own = "CRC" if pid.endswith("-crc") else "NPS" if pid.startswith("nps-") else \
        "PDU" if pid.endswith("-pdu") else None
    # ("the Lambeth division": "division" is said loosely of a PDU too, so only "CRC" and "PDU" decide)
    if own is not None and noun.value in ("CRC", "PDU") and noun.value != own:
        out[-1] = Tag("w", out[-1].start, out[-1].end, out[-1].words)


def _names_unit(out: list[Tag], noun: Tag) -> bool:
    """Whether a singular unit noun follows a unit's name ("Lambeth PDU", "Derby City's probation service"),
    so that it says the name again rather than naming a population."""
    if not out:
        return False
    if out[-1].code == "P":
        return noun.start - out[-1].end <= 1
    if len(out) >= 3 and out[-3].code == "P" and out[-2].code == "w" and out[-2].words.lower() in ("s", "'s") and \
            out[-1].code == "w" and re.fullmatch(r"(?i)adult|local|own|main|new", out[-1].words):
        return True  # "Doncaster's adult probation service"
    return len(out) >= 2 and out[-2].code == "P" and out[-1].code == "w" and \
        out[-1].words.lower() in ("s", "probation") and noun.start - out[-2].end <= 12


def _after_rating_in(out: list[Tag]) -> bool:
    """Whether the tags end in a rating and 'in', 'on' or 'across', then perhaps a quantifier: 'rated good in
    (all) ...', before a count of areas."""
    k = len(out) - 1
    if k >= 0 and out[k].code == "Q":
        k -= 1
    # ("Good ratings in three areas": the rating's noun between)
    return k >= 1 and out[k].words.lower() in ("in", "on", "across") and (
        out[k - 1].code == "R" or k >= 2 and out[k - 1].code == "V" and out[k - 2].code == "R")


def one_standard_each(tags: list[Tag]) -> list[Tag]:
    """Two names of one standard side by side are one: "our Through the Gate resettlement work"."""
    out: list[Tag] = []
    for t in tags:
        if t.code == "T" and out and out[-1].code == "T" and out[-1].value == t.value:
            out[-1] = Tag("T", out[-1].start, t.end, f"{out[-1].words} {t.words}", t.value)
        else:
            out.append(t)
    return out


def last_joins(tags: list[Tag], later: bool) -> list[Tag]:
    """The joins made once the sentence's tags are otherwise done: a dateline's place set aside, a standard named
    with the word "standard", two places sharing one plural noun, one standard each, a place set before the
    clause."""
    if len(tags) > 2 and tags[0].code == "P" and tags[0].words.isupper() and tags[1].words in (":", "-", "\u2013") \
            and tags[2].code in "PA" and not re.search(r"(?i)\b(?:nps|crc|pdu|division|region)\b", tags[0].words):
        # "NEWCASTLE: The probation unit covering ...": a news dateline's place, not a unit spoken of (unlike a
        # headline's "NORTH WEST NPS: 'Good' rating")
        tags = [Tag("w", tags[0].start, tags[0].end, tags[0].words), *tags[1:]]
    tags = aside_joins(tags)
    # the joins of a standard change only a sentence holding one, and the shared noun only one holding a population
    # noun (neither join makes or takes away the other's code): most sentences hold neither, and are passed by
    code = codes(tags)
    if "T" in code:
        tags = _standard_noun(tags)
    if "S" in code:
        tags = _shared_noun(tags)
    if "T" in code:
        tags = one_standard_each(tags)
    if "Q" in code:
        tags = _majority_of(tags)
        # "scored no points": a figure of none, read as "zero points" is
        tags = [Tag("N", t.start, t.end, t.words) if t.code == "Q" and t.words.lower() == "no" and k + 1 < len(tags)
                and tags[k + 1].words.lower() in ("points", "point") else
                # ("no points at all", "not at all": the idiom's "all" counts nothing)
                Tag("w", t.start, t.end, t.words) if t.code == "Q" and t.words.lower() == "all" and k > 0 and
                tags[k - 1].words.lower() == "at" else t for k, t in enumerate(tags)]
    if "R" in code and "T" in code:
        tags = rating_restated(tags)
    colon = next((k for k, t in enumerate(tags[:4]) if t.words == ":"), None)
    if colon and ("H" in code or "h" in code):  # "Kent again: East Kent PDU got ...": a label's words change nothing
        tags = [Tag("w", t.start, t.end, t.words) if k < colon and t.code in "Hh" else t for k, t in enumerate(tags)]
    if "M" in code:
        tags = [_who_supervises(tags, k) for k in range(len(tags))]
    if "Y" in code:
        tags = round_named(tags)
    if "X" in code:
        tags = rated_none(tags)
    if "N" in code:
        tags = one_of_a_group(no_count(tags))
    if "P" in code:
        tags = other_names(tags)
    # ("every NPS division, save NPS London, was graded Good": "save" after a comma, before a unit or a count)
    tags = [Tag("E", t.start, t.end, t.words) if t.words.lower() == "save" and 0 < k < len(tags) - 1 and
            tags[k - 1].code == "," and tags[k + 1].code in "PNQ" else t for k, t in enumerate(tags)]
    return fronted_region(tags, later)


def _who_supervises(tags: list[Tag], k: int) -> Tag:
    """Tag k as a verb of supervising leaves it: "We supervise 8,600 people" has the writer, the unit, as its subject
    (a company's or a division's own statement); "the people it supervised" is a relative clause, whose "it" and
    verb are no subject and verb of the sentence's."""
    t = tags[k]
    after = tags[k + 1].code if k + 1 < len(tags) else ""
    if t.code == "w" and t.words.lower() == "we" and after == "M":
        return Tag("A", t.start, t.end, t.words)
    relative = t.code == "A" and k > 0 and tags[k - 1].code == "U" and after == "M" or \
        t.code == "M" and k > 1 and after and tags[k - 1].code == "A" and tags[k - 2].code == "U"
    return Tag("w", t.start, t.end, t.words) if relative else t


def _majority_of(tags: list[Tag]) -> list[Tag]:
    """'a majority of the 24 PDUs': the quantifier and its "of" apart before a count, as in 'most of the 24 PDUs'."""
    out = []
    for k, t in enumerate(tags):
        nxt = tags[k + 1: k + 3]
        if t.code == "Q" and t.words.lower().endswith(" of") and nxt and (nxt[0].code == "N" or len(nxt) > 1 and
                                                                         nxt[0].words.lower() == "the" and
                                                                         nxt[1].code == "N"):
            cut = t.end - 2
            head = t.words[:-3].rstrip()
            out += [Tag("Q", t.start, t.start + len(head), head, t.value), Tag("F", cut, t.end, "of")]
        else:
            out.append(t)
    return out


def _shared_noun(tags: list[Tag]) -> list[Tag]:
    """"the North East and Wales regions", "the Swansea and Gwent PDUs": two units of one kind, their noun said
    once after both places (each place must name a unit of that kind)."""
    out = list(tags)
    for i in range(len(out) - 3):
        a, link, b, noun = out[i: i + 4]
        if noun.code != "S" or noun.value not in ("region", "PDU") or not noun.words.lower().endswith("s") or \
                link.words.lower() != "and" or a.code not in "wP" or b.code not in "wP":
            continue
        units = [x.value if x.code == "P" and str(x.value).endswith(f"-{noun.value.lower()}")
                 else vocab.unit_by_place(x.words, str(noun.value)) for x in (a, b)]
        if all(units):
            out[i: i + 4] = [Tag("P", a.start, a.end, a.words, units[0]), link,
                             Tag("P", b.start, noun.end, f"{b.words} {noun.words}", units[1])]
            break
    return out


# nouns a standard's name may stand before and still name it: "its unpaid work schemes, rating them Good"
_STANDARD_HEADS = frozenset(("scheme", "schemes", "programme", "programmes", "project", "projects", "provision",
                             "placements", "arrangements", "activity", "activities", "team", "teams", "function"))


def _standard_noun(tags: list[Tag]) -> list[Tag]:
    """"the services standard was rated ...", "its unpaid work schemes": a standard named with the word "standard"
    or a noun for its work after it is that standard (not a unit whose standards are counted)."""
    out: list[Tag] = []
    for t in tags:
        if (t.code == "Z" and t.words.lower() in ("standard", "standards") or t.code == "w" and t.words.lower() in
                _STANDARD_HEADS) and out and out[-1].code == "T":
            out[-1] = Tag("T", out[-1].start, t.end, f"{out[-1].words} {t.words}", out[-1].value)
            continue
        out.append(t)
    return out

