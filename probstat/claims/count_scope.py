"""Whether words after a population noun pick out a part of it ("the CRCs that Sodexo ran", "the PDUs we have
inspected") or name all of it ("the 31 PDU inspections in 2022-23", "the nine CRCs rated in 2019-20"): a count of
a part is checked only for being possible."""

from __future__ import annotations

from . import lazy_re as re
from .quantifiers import Reading
from .readings import Part, Statement
from .shape_parts import Sentence, _count
from .tag_type import Tag

_RESTRICT = re.compile(r"(?i)^(?:that|which|who|whose|run|owned|under|inspected|so|covering|with|reported|"
                       r"published|by|since|including|such|among|like|led|operated|in|of|we|it|they|have|had)$")


# "Across the North East and Wales regions, 10 PDUs were ...": a population within regions set before the count (one
# region so set is tag_regions.fronted_region's)
_FRONTED_REGION = re.compile(r"(?i)\s*(?:across|in|within|among)\s+(?:the\s+)?[A-Z][\w ,&'-]*\bregions\s*,")


# ("The Yorkshire and the Humber region had seven PDUs rated R": the region's units)
_REGION_HAD = re.compile(r"(?i)\bregions?\s+(?:had|has|saw)\s+$")
def in_regions(text: str, start: int, at: int) -> bool:
    """Whether words before a count (text[start:at]) put its units within regions the population noun does not
    name: "Across the North East and Wales regions, 10 PDUs ...", "The Yorkshire and the Humber region had seven
    PDUs ..."."""
    return bool(_FRONTED_REGION.match(text, start, at) or _REGION_HAD.search(text, start, at))


_THE_ROUND = re.compile(r"(?i)(?:(?:in|during|over)\s+(?:the|that|this)\s+(?:(?:first|second|latest|last|same|"
                        r"most\s+recent)\s+)?(?:round|year|programme)(?:\s+of\s+inspections)?|(?:that|this)\s+"
                        r"(?:year|round))")


# who inspects, in a relative clause after the noun ("the PDUs the inspectorate rated in 2024-25")
_AGENTS = frozenset(("we", "they", "inspectors", "hmip", "it", "inspectorate", "watchdog", "hmi probation"))


def _inspected_in_round(tags: list[Tag], i: int) -> bool:
    """'the PDUs inspected in 2022-23', 'the nine CRCs rated in 2019-20': every unit of the round inspected (or
    rated), not a part of them picked out by other words (units are rated when inspected)."""
    # ("the 31 PDU inspections in 2022-23": the round's inspections, every one of them)
    k = i + 1 if i + 1 < len(tags) and tags[i].words.lower() == "the" else i
    if k + 1 < len(tags) and tags[k].words.lower() in _AGENTS and (
            tags[k + 1].code == "I" or tags[k + 1].words.lower() in ("rated", "inspected", "visited", "reviewed")):
        i = k + 1  # "the 24 units they visited in that programme", "the services HMIP rated in 2019-20": every one
    if i < len(tags) and tags[i].words.lower() in ("in", "during", "over") and _THE_ROUND.fullmatch(
            " ".join(t.words for t in tags[i: next((k for k in range(i, len(tags)) if tags[k].code != "w"),
                                                  len(tags))])):
        return True  # "16 of the 31 probation inspections in that round", "the 31 inspections in the same programme"
    if not (i < len(tags) and tags[i].words.lower() in ("inspected", "reviewed", "rated", "inspections", "visited")):
        return False
    if i + 2 < len(tags) and tags[i + 1].words.lower() == "in" and tags[i + 2].code == "Y":
        return True
    upto = next((k for k in range(i + 1, min(len(tags), i + 9)) if tags[k].code == ","), None)
    if upto is not None and upto > i + 2 and tags[i + 1].words.lower() in ("in", "during", "over", "between") and \
            all(t.code in "wFNY" for t in tags[i + 1: upto]) and \
            any(re.fullmatch(r"(?i)year|months?|period|20\d\d|20\d\d-\d\d", t.words) for t in tags[i + 1: upto]):
        return True  # "of the 24 PDUs reviewed in the year to February 2025, 14 were ...": a period of inspections
    stop = upto if upto is not None else min(len(tags), i + 8)
    if _THE_ROUND.fullmatch(" ".join(t.words for t in tags[i + 1: stop])):
        return True  # "the seven NPS divisions inspected in the round", "the 31 PDUs inspected that year"
    # "In 2022-23 nearly half the PDUs inspected were rated Inadequate", "In 2024-25, of the 24 PDUs inspected,
    # 14 were ...": the round is the sentence's own
    # ("Of the 24 PDUs inspected, 14 were ...", no round written: the round the text or the sentence before gives)
    return i + 1 < len(tags) and (tags[i + 1].code in "BV,E" and sum(t.code == "Y" for t in tags) == 1 and
                                  any(t.code == "Y" for t in tags[:i]) or
                                  tags[i + 1].code == "," and tags[i].words.lower() in ("inspected", "rated") and
                                  not any(t.code in "YP" for t in tags))


def _aside_before(tags: list[Tag], k: int) -> int | None:
    """Where an aside set off by commas opens, between a unit and "was one of ..." at k ("Doncaster PDU, rated
    Inadequate in October 2024, was one of 14 ..."): the opening comma's position, or None."""
    if k < 4 or tags[k - 1].code != "B" or tags[k - 2].words != ",":
        return None
    for o in range(k - 3, max(-1, k - 14), -1):
        if tags[o].words == ",":
            return o if o >= 1 and tags[o - 1].code in "PA" and o < k - 3 and \
                not any(t.code in "BN" for t in tags[o + 1: k - 2]) else None
    return None


def floating_all(mid: list[Tag]) -> bool:
    """True for an "all", "each" or "both" in a count's verb ("were all rated", "have each been", "all were"):
    every one of those counted, as "all three" says."""
    return any(t.code == "w" and t.words.lower() in ("all", "each", "both") and
               (k + 1 < len(mid) and mid[k + 1].code in "BV" or k > 0 and mid[k - 1].code == "B")
               for k, t in enumerate(mid))


def size_before(s: Sentence, pops: list[Tag]) -> Reading | None:
    """The exact number just before the last population named ("the nine CRCs"), or None."""
    k = s.tags.index(pops[-1]) if pops else 0
    sized = [t for t in s.tags[max(0, k - 2): k] if t.code == "N"]
    got = _count(sized[-1], s) if sized else None
    return got[0] if got is not None and got[0].rule == "exact count" and got[2] is None else None


def whole_counted(tags: list[Tag], parts: list[Part]) -> bool:
    """Whether a sentence counted a whole population inspected or rated, with no rating, owner, unit or exception
    ("Inspectors rated 31 PDUs in 2022-23"): what "15 of them" in the next sentence counts."""
    return not any(t.code in "RWPE" for t in tags) and any(
        isinstance(r := p.reading, Statement) and r.kind == "count" and not r.subset and r.predicate is not None and
        r.predicate.kind in ("inspected", "rated") for p in parts)
