"""Idioms folded into one tag once a sentence is tagged: a round named by its report or its year of work ("the
inspectorate's 2022-23 annual report", "the 2024/25 programme"), a negated rating verb's quantifier ("did not rate
a single CRC Outstanding": rated none), numbers that count nothing (a year, "split in two", "merged into one"), "one
of a trio of" as "one of three", and a place inside another proper name ("Westminster Hall") as no unit."""

from __future__ import annotations

from . import lazy_re as re
from .tag_type import Tag


def rated_none(tags: list[Tag]) -> list[Tag]:
    """"did not rate a single NPS division Inadequate", "didn't rate any CRC Outstanding": rated none of them so
    (the negation is the quantifier's: "rated no CRC Outstanding")."""
    out = list(tags)
    for k in range(2, len(out) - 2):
        if out[k - 2].code == "X" and out[k - 1].code == "V" and \
                re.fullmatch(r"(?i)rate|give|award", out[k - 1].words) and \
                re.fullmatch(r"(?i)a single|any|one", out[k].words) and out[k + 1].code == "S" and \
                out[k + 2].code == "R":
            out[k - 2] = Tag("w", out[k - 2].start, out[k - 2].end, out[k - 2].words)
            out[k] = Tag("Q", out[k].start, out[k].end, out[k].words, "none")
    return out


_REPORT_OWNER = ("inspectorate's", "hmip's", "watchdog's", "its", "their")


def round_named(tags: list[Tag]) -> list[Tag]:
    """"the 31 inspections covered by the inspectorate's 2022-23 annual report": the report names its round, the one
    tag the round's words are (so the count reads as one "in 2022-23")."""
    out: list[Tag] = []
    k = 0
    while k < len(tags):
        lead = 1 if tags[k].words.lower() == "the" else 0
        words = [x.words.lower() for x in tags[k + lead: k + lead + 4]]
        if len(words) == 4 and words[0] in _REPORT_OWNER and tags[k + lead + 1].code == "Y" and \
                words[2:] == ["annual", "report"]:
            y, end = tags[k + lead + 1], tags[k + lead + 3]
            out.append(Tag("Y", tags[k].start, end.end, " ".join(x.words for x in tags[k: k + lead + 4]), y.value))
            k += lead + 4
            continue
        if lead and tags[k + 1: k + 2] and tags[k + 1].code == "Y":
            # "in the 2022/23 inspection year", "in the 2024/25 programme": the round, named by its year of work
            rest = [x.words.lower() for x in tags[k + 2: k + 4]]
            n = 2 if rest[:2] in (["inspection", "year"], ["inspection", "programme"], ["inspection", "round"]) \
                else 1 if rest[:1] in (["programme"], ["round"]) else 0
            if n:
                end = tags[k + 1 + n]
                out.append(Tag("Y", tags[k].start, end.end, " ".join(x.words for x in tags[k: k + 2 + n]),
                               tags[k + 1].value))
                k += 2 + n
                continue
        out.append(tags[k])
        k += 1
    return out


_YEAR = re.compile(r"(?:19[89]\d|20[0-3]\d)")
_SPLIT = re.compile(r"(?i)split|cut|divided|broken|broke|torn")


_GROUP = re.compile(r"(?i)one\s+of\s+an?\s+(?:trio|pair|couple|quartet|handful|dozen)")


def one_of_a_group(tags: list[Tag]) -> list[Tag]:
    """"X, one of a trio of London units rated Inadequate": one of three London units, the "of" after the group's
    word no population's own (so the count reads as "one of three London units" does)."""
    out: list[Tag] = []
    for t in tags:
        if out and t.code == "F" and t.words.lower() == "of" and out[-1].code == "N" and \
                _GROUP.fullmatch(out[-1].words):
            out[-1] = Tag("N", out[-1].start, t.end, out[-1].words, out[-1].value)
            continue
        out.append(t)
    return out


_LABEL = re.compile(r"(?i)finding|point|table|figure|chart|graph|recommendation|item|step|section|paragraph|annex|"
                    r"appendix|chapter|question|page|slide|box|map|exhibit|lesson|fact|number|panel|card|tile|"
                    r"frame|note|footnote|part|stage|bullet|diagram|graphic|infographic")


def no_count(tags: list[Tag]) -> list[Tag]:
    """Numbers that are no figure: a year written alone ("the changes of 2014", "since 2010"), the halves of "split
    in two", the one of "merged into one service" and the two of "the two sectors"
    (a figure the data could hold is never one of these: no count
    of units or people reaches 1990, and the thousands are written with a comma)."""
    out = list(tags)
    for k, t in enumerate(out):
        if t.code != "N":
            continue
        nxt = out[k + 1].code if k + 1 < len(out) else ""
        split = k >= 2 and out[k - 1].words.lower() in ("in", "into") and _SPLIT.fullmatch(out[k - 2].words) and \
            t.words.lower() in ("two", "half", "three") or \
            k >= 1 and out[k - 1].words.lower() == "into" and t.words.lower() == "one" or \
            t.words.lower() == "two" and k + 1 < len(out) and out[k + 1].words.lower() == "sectors"  # (public, private)
        # ("Finding 1:", "Table 2 shows", "As Figure 3 illustrates", "Point four:": a label's number)
        label = k >= 1 and _LABEL.fullmatch(out[k - 1].words) is not None and t.end - t.start <= 6 and \
            (k + 1 == len(out) or out[k + 1].code in ",w")
        if _YEAR.fullmatch(t.words) and nxt not in ("S", "U", "Z", "I") or split or label:
            out[k] = Tag("w", t.start, t.end, t.words)
    return out


_KIND_WORDS = frozenset(("pdu", "pdus", "crc", "crcs", "probation", "division", "region", "nps", "community",
                         "delivery", "unit", "service", "and", "&"))


def other_names(tags: list[Tag]) -> list[Tag]:
    """A place of a unit's name inside another proper name ("Westminster Hall", "Sheffield City Council",
    "Surrey Police") names no unit: a one-word place tag right before a capitalised word that is no kind of unit."""
    out = list(tags)
    for k, t in enumerate(out[:-1]):
        nxt = out[k + 1]
        if t.code == "P" and " " not in t.words.strip() and nxt.code == "w" and nxt.words[:1].isupper() and \
                nxt.words.isalpha() and nxt.words.lower() not in _KIND_WORDS:
            out[k] = Tag("w", t.start, t.end, t.words)
    return out
