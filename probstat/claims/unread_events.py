"""Claims written beside a rating that the data never hold: a unit's size rank, an owner's contract, what
happened after the inspection, and a grade on another scale. Each is left unread, so that a true rating read
beside it does not carry the sentence (it is then partly checked, not supported)."""

from __future__ import annotations

import re

from .anchored import Anchored
from .readings import Part
from .tag_type import Tag

# "making it the largest CRC in the country", "the second-biggest PDU in the region", "one of the smallest
# divisions": a rank by size, which could be by people supervised, staff, area or budget; the data hold only the
# first, and not for every unit, so no shape reads it
_SIZE_RANK = re.compile(
    r"(?i)\b(?:(?:second|third)[-\s]+)?(?:largest|biggest|smallest|busiest)\s+(?:[\w'\u2019-]+\s+){0,2}?"
    r"(?:CRCs?|PDUs?|divisions?|regions?|providers?|compan(?:y|ies)|units?|services?|trusts?|areas?)\b")

# "Sodexo, whose contract was cut short", "the contracts ended early", "has run it since its contract began":
# the owners' contracts (their dates, length, value or end) are not in the data; "contract package area" only
# names a unit's patch
_CONTRACT = re.compile(r"(?i)\bcontracts?\b(?!\s+package\b)")

# "..., and its head of service has since moved on", "we have already introduced a new process": what was done
# after the inspection; "has since been rated Good" is left to the shapes (a rating they read)
_LATER = re.compile(r"(?i)\b(?:has|have|had)\s+(?:since|already)\s+(?!been\b)[a-z]+")

# "Surrey Police was graded adequate by the police inspectorate", "HMP Hull was judged poor": a grade on a scale
# that is not probation's four (another inspectorate's, or an everyday one), which no rating in the data answers
_OTHER_GRADE = re.compile(r"(?i)\b(?:rated|graded|judged|assessed|deemed|found\s+to\s+be)\s+(?:as\s+)?"
                          r"['\"\u2018\u201c]?(?:adequate|poor|satisfactory|excellent|very\s+good|fair|weak|reasonably\s+good|"
                          r"not\s+sufficiently\s+good|requires\s+improvement\s+to\s+be\s+good)\b")

# (each searched only in a sentence that holds the words every match of it needs)
_PATTERNS = tuple(Anchored(p) for p in (_SIZE_RANK, _CONTRACT, _LATER, _OTHER_GRADE))


def events_beside(text: str, start: int, end: int, parts: list[Part], unread: list[Tag]) -> list[Tag]:
    """A size rank, an owner's contract, a later event or another scale's grade in a sentence where something was
    read, and which no part read: claims of their own, left unread."""
    if not any(p.reading is not None for p in parts):
        return []
    out = []
    for pattern in _PATTERNS:
        for m in pattern.finditer(text, start, end):
            if not any(p.start <= m.start() < p.end for p in parts) and \
                    not any(t.start < m.end() and m.start() < t.end for t in unread + out):
                out.append(Tag("w", m.start(), m.end(), m.group(0)))
    return out
