"""Counts over a span of time ("of the nine PDUs inspected since unification, two thirds ..."), which the data,
counting by round, do not read; and counts of the reports of one month ("four London PDUs were rated Inadequate in
the reports of October 2022", "of the three Greater Manchester PDUs reported on in May 2023, two ..."). The month
narrows the count's population to the units whose report came out in it (evaluate.month_of); a month beside a
named unit's rating ("Doncaster, rated Inadequate in October 2024, was one of 14 ...") dates that rating, not the
count."""

from __future__ import annotations

from dataclasses import replace

from . import lazy_re as re
from . import vocabulary as vocab
from .anchored import Anchored
from .readings import Part, Statement

_MONTH_NUMBER = {m: i for i, m in enumerate(vocab.MONTHS, start=1)}

# a month and year after the words of a report or a rating ("reported on in May 2023", "the reports of October
# 2022", "rated Inadequate on 18 October 2022"); not "in the year to February 2025" nor an event's month
_REPORTED_IN = re.compile(r"(?i)\b(?:reported(?:\s+on)?|published|reports?(?:\s+(?:published|out|issued))?|rated|"
                          r"judged|graded)\s+(?:[\w'-]+\s+){0,3}?(?:in|on|of)\s+(?:[0-9]{1,2}(?:st|nd|rd|th)?\s+)?"
                          r"(" + "|".join(vocab.MONTHS) + r")\s+(20[0-9]{2})\b")

#: Words that make a count one over a span of time ("since 2021", "so far", "to date", "in the past three years");
#: not the "since" of a reason ("true, since 14 of the 24 PDUs were rated Inadequate")
SPAN = re.compile(r"(?i)\bsince\s+(?!(?:its|the|their)\s+(?:last|previous))(?!(?:only\s+|just\s+)?(?:\d+|one|two|"
                  r"three|four|five|six|seven|eight|nine|ten|eleven|twelve|\w+teen|twenty\S*)\s+(?:of|out\s+of)\b)|"
                  r"\bso\s+far\b|\bto\s+date\b|"
                  r"\bin\s+(?:the\s+)?(?:last|past)\s+(?:\w+\s+)?(?:years|months)\b")
SPAN = Anchored(SPAN)  # (asked of every sentence; few hold "since", "far", "date", "last" or "past")



def _is_count(p: Part) -> bool:
    return isinstance(p.reading, Statement) and p.reading.kind == "count" and p.reading.predicate is not None


def counts_of_month(parts: list[Part], text: str, start: int, end: int) -> list[Part]:
    """The sentence's counts narrowed to the reports of the one month written after report or rating words, when
    the nearest part before that month is a count (or none is); other parts as they are."""
    if not any(_is_count(p) for p in parts):
        return parts  # (most sentences: no count, no search)
    months = list(_REPORTED_IN.finditer(text, start, end))
    if len({(m.group(1).lower(), m.group(2)) for m in months}) != 1:
        return parts
    at = months[0].start(1)
    before = [p for p in parts if p.start < at]
    if before and not _is_count(max(before, key=lambda p: p.end)):
        return parts  # "Doncaster PDU, rated Inadequate in October 2024, was one of 14 ...": that unit's month
    month = f"{months[0].group(2)}-{_MONTH_NUMBER[months[0].group(1).lower()]:02d}"
    return [replace(p, reading=replace(p.reading, sector=f"{p.reading.sector or ''}~{month}"))
            if _is_count(p) and "~" not in (p.reading.sector or "") else p for p in parts]


def counts_in_time(parts: list[Part], text: str, start: int, end: int, over_span: bool) -> list[Part]:
    """The sentence's counts left unread when they run over a span of several rounds, else narrowed to one month's
    reports where the sentence says so (counts_of_month)."""
    if over_span:
        return [replace(p, reading=None, problem="a count over a span of time, not one round")
                if isinstance(p.reading, Statement) and p.reading.kind == "count" else p for p in parts]
    return counts_of_month(parts, text, start, end)


def round_after(tags: list, i: int) -> bool:
    """Whether the tags after i name the round a count's noun is of: "in 2022-23", "of 2022-23", "that year"."""
    nxt = [t.words.lower() for t in tags[i + 1: i + 3]]
    return len(nxt) == 2 and (nxt[0] in ("in", "of") and tags[i + 2].code == "Y" or
                              nxt in (["that", "year"], ["this", "year"]))
