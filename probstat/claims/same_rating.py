"""'X was rated Inadequate. Y, inspected two months earlier, received the same rating.': "the same rating" said of
another unit than the one the sentence before rated is the same rating as that unit's, not a rating kept since the
unit's own previous inspection."""

from __future__ import annotations

import re

from .readings import Change, Part, ProviderRating, RatingComparison
from .tag_type import Tag

_SAME_AS = re.compile(r"(?i)\b(?:received|receives|was\s+given|were\s+given|got|gets|earned|was\s+awarded|"
                      r"were\s+awarded|was\s+rated|were\s+rated|shared|shares|came\s+away\s+with|attracted|drew)\s+"
                      r"(?:exactly\s+|precisely\s+)?the\s+same\s+(?:overall\s+)?(?:rating|verdict|grade|judgement)\b"
                      r"(?!\s+as\b)")  # ("the same rating as Redcar": the unit it is compared with is named)
# words that tie "the same" to the unit's own earlier inspection, or to a round: then it is a change, read as such
_OWN_PAST = re.compile(r"(?i)\b(?:again|previous(?:ly)?|last\s+time|before|since|kept|retained|still|remain\w*|"
                       r"as\s+(?:in|at|it|its|last|when)|first\s+inspection|earlier\s+inspection)\b")
_CLAUSE = re.compile(r"[,;:]|\b(?:while|whereas|but)\b")


def same_as_before(text: str, start: int, end: int, tags: list[Tag], parts: list[Part], unread: list[Tag],
                   before: ProviderRating | None) -> tuple[list[Part], list[Tag]]:
    """The parts and unread words of a sentence, with "received the same rating" read as rated the same as the unit
    the sentence before rated, for each unit its clause names (or the sentence's subject, an aside between)."""
    # (an overall rating only: "rated its leadership Good. Y was given the same rating" is not surely leadership's)
    m = _SAME_AS.search(text, start, end) if before is not None and before.column == "overall" and \
        not before.negated else None
    if m is None or _OWN_PAST.search(text, start, end) or any(
            t.code == "P" and str(t.value) == before.provider for t in tags):
        return parts, unread
    cut = max([start, *(c.end() for c in _CLAUSE.finditer(text, start, m.start()))])
    units = [t for t in tags if t.code == "P" and cut <= t.start < m.start()]
    named = [t for t in tags if t.code == "P" and t.start < m.start()]
    if not units and len(named) == 1 and all(t.code not in "VBR" for t in tags if t.end <= named[0].start):
        units = named  # "Surrey PDU, whose report was published two months earlier, received the same rating"
    if not units:
        return parts, unread
    kept = [p for p in parts if not (isinstance(p.reading, Change) and p.reading.kind == "same"
                                     and p.start < m.end() and m.start() < p.end + 40)]
    # (the same as that unit's rating in the data, whatever the sentence before said it was)
    got = [Part(u.start, m.end(), text[u.start: m.end()], "comparison",
                RatingComparison(str(u.value), before.provider, "same")) for u in units]
    return kept + got, [t for t in unread if not (units[0].start <= t.start < m.end())]
