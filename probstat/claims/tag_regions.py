"""A region's PDUs in a sentence that sets the region before them: "In London, four of the six PDUs inspected were
rated Inadequate" (a region fronted), "London: four of six PDUs ..." (a region as a label), "Yorkshire and the Humber
had seven PDUs rated Inadequate" (a region as the subject of "had"); and whether a population noun can be a region's
PDUs at all."""

from __future__ import annotations

from functools import lru_cache

from . import lazy_re as re
from . import vocabulary as vocab
from .tag_type import Tag


def _units_of_region(t: Tag, later: bool) -> bool:
    """Whether a population noun can be a region's PDUs: "PDUs" always; "probation services" in a text about
    the years since 2021 (before, a region had a CRC and an NPS division, which no region count reads)."""
    return t.code == "S" and (t.value == "PDU" and not _SINGLE.search(t.words) or
                              later and re.fullmatch(r"(?i)(?:probation\s+)?services", t.words) is not None)


_SINGLE = re.compile(r"(?i)unit$")
_FRONTING = ("in", "across", "within", "throughout")
# words after "In" that place nothing, or place everywhere: "In March, ...", "In England and Wales, ..."
_NOT_A_PART = re.compile(r"(?i)^(?:(?:England|Britain|the UK|the country)\b.*|January|February|March|April|May|June|"
                         r"July|August|September|October|November|December|Total|Addition|Particular|Contrast|"
                         r"Summary|Short|Practice|Fact|Comparison|General|All)$")


def fronted_region(tags: list[Tag], later: bool) -> list[Tag]:
    """"In London, four of the six PDUs inspected were rated Inadequate": a region set before the clause, the one
    whose PDUs the clause's populations are (not the country's); "In Essex, ..." of a place with one unit, that
    unit; of a place with none or several, a part of each population that no count reads."""
    had = _region_had(tags)
    if had is not None:
        name, verb = had
        return tags[: verb + 1] + [_of_region(t, name, later) for t in tags[verb + 1:]]
    label = _label(tags)
    if label is not None:  # "London: four of six PDUs ...", "West Midlands, 2022-23: two of three PDUs ..."
        return tags[: label[0] + 1] + [_of_region(t, label[1], later) for t in tags[label[0] + 1:]]
    if len(tags) < 3 or tags[0].words.lower() not in _FRONTING:
        return tags
    at = 2 if tags[1].words.lower() == "the" else 1
    comma = next((k for k in range(at + 1, min(at + 6, len(tags))) if tags[k].words == ","), None)
    if comma is None or not all(x.code in "wP" for x in tags[at: comma]):
        return tags
    name = re.sub(r"\s+", " ", " ".join(x.words for x in tags[at: comma]))
    if name not in vocab.region_names():
        # "In Essex, 69 per cent of staff ...": the one unit at that place, of the kinds the text's years had
        units = {vocab.unit_by_place(name, kind) for kind in (("PDU",) if later else ("CRC", "NPS"))} - {None}
        if any(x.code == "P" for x in tags[at: comma]) or not name[:1].isupper() or _NOT_A_PART.match(name):
            return tags
        if len(units) == 1:
            return tags[:at] + [Tag("P", tags[at].start, tags[comma - 1].end, name, units.pop())] + tags[comma:]
        # ("In Essex, two PDUs were rated Inadequate": the place's units, a part that no count of the data reads)
        return tags[: comma + 1] + [Tag("w", t.start, t.end, t.words) if t.code == "S" and
                                    t.words.lower().endswith("s") else t for t in tags[comma + 1:]]
    return tags[: comma + 1] + [_of_region(t, name, later) for t in tags[comma + 1:]]


def _label(tags: list[Tag]) -> tuple[int, str] | None:
    """A label naming a region before a colon, a round after it or not ("London:", "West Midlands, 2022-23:"): where
    the colon is, and the region."""
    colon = next((k for k, t in enumerate(tags[:9]) if t.code == "," and t.words == ":"), None)
    run = next((k for k, t in enumerate(tags[:colon]) if t.code not in "wP"), colon) if colon else 0
    if not run or not all(t.code in ",Y" for t in tags[run:colon]):
        return None
    name = re.sub(r"\s+", " ", " ".join(t.words for t in tags[:run]))
    return (colon, name) if name in vocab.region_names() else None


def _of_region(t: Tag, name: str, later: bool) -> Tag:
    """A population noun after a region set before it: the region's PDUs; any other tag as it is."""
    if _units_of_region(t, later) and t.value in ("PDU", None) and t.words.lower().endswith("s"):
        return Tag("S", t.start, t.end, f"{name} {t.words}", f"PDU#{name}")
    return t


# ("Yorkshire and the Humber had seven PDUs rated Inadequate", "London saw four ...": the region the subject)
_HAD = ("had", "has", "have", "saw", "sees", "recorded")


def _region_had(tags: list[Tag]) -> tuple[str, int] | None:
    """The region named as the sentence's subject before "had" or "saw", and where that verb is."""
    k = next((k for k, t in enumerate(tags[:7]) if t.words.lower() in _HAD), None)
    if not k or not all(t.code in "wA" for t in tags[:k]):
        return None
    name = re.sub(r"\s+", " ", " ".join(t.words for t in tags[1 if tags[0].words.lower() == "the" else 0: k]))
    return (name, k) if name in vocab.region_names() else None


@lru_cache(maxsize=1)
def _nps_of_region() -> dict[str, str]:
    """region id -> the NPS division of the same place ("Wales region" -> "NPS Wales"), where one has its name."""
    _, providers = vocab.providers_and_aliases()
    nps = {p.name.lower(): p.provider_id for p in providers.values() if p.sector == "NPS"}
    return {p.provider_id: nps[f"nps {p.name[: -len(' region')].lower()}"] for p in providers.values()
            if p.sector == "region" and p.name.endswith(" region") and
            f"nps {p.name[: -len(' region')].lower()}" in nps}


def early_places(tags: list[Tag], later_only: frozenset[str]) -> list[Tag]:
    """In a text about 2018-21, a later unit's place name is a place, no unit ("a probation service in Wales" may be
    the CRC or the NPS division); but a region's place called a division ("the North East probation division") is
    the NPS division of that place."""
    out = []
    for k, t in enumerate(tags):
        if t.code != "P":
            out.append(t)
            continue
        key = " ".join(t.words.lower().split())
        after = " ".join(x.words.lower() for x in tags[k + 1: k + 3])
        # ("the North East probation division")
        called = "division" in key or re.match(r"(?:probation )?divisions?\b", after)
        nps = _nps_of_region().get(str(t.value)) if called else None
        if nps:
            t = Tag("P", t.start, t.end, t.words, nps)
        elif key in later_only:
            t = Tag("w", t.start, t.end, t.words)
        out.append(t)
    return out
