"""A rating said to match, or to differ from, another of the same unit's: "its victim work was rated Outstanding,
matching the region's overall rating", "unlike its overall grade". The sentence's standard rating is read first; this
row reads what it says of the overall rating. And a change said again by its ratings: "improved by one grade, from
Inadequate to Requires improvement"; and a standard named before the unit it is of: "the leadership of X was graded
Good" is X's leadership, not X's overall rating."""

from __future__ import annotations

from .. import schema
from . import lazy_re as re
from .matcher import Match
from .readings import Change, Part, ProviderRating
from .shape_parts import Sentence, Shape, _ratings, _span, _subject

# the words that set a rating beside another of the unit's as the same one, or as a different one
_SAME = re.compile(r"(?i)^(?:matching|mirroring|echoing|equalling|equal\s+to|the\s+same(?:\s+as)?|in\s+line\s+with|"
                   r"like|as\s+was|as\s+did|(?:which|that)\s+(?:was|is)(?:\s+also)?)$")
_OTHER = re.compile(r"(?i)^(?:unlike|different\s+from|differing\s+from|out\s+of\s+step\s+with|in\s+contrast\s+to|"
                    r"(?:which|that)\s+(?:was|is)\s+not)$")


def _overall_alike(m: Match, s: Sentence) -> list[Part] | None:
    """'X's victim work was rated Outstanding, matching the region's overall rating': the overall rating is the
    standard's; 'unlike its overall rating': any other."""
    cue = " ".join(t.words for t in m.groups.get("cue", []))
    same, other = _SAME.match(cue), _OTHER.match(cue)
    if not (same or other) or "overall" not in m.words("k").lower():
        return None
    start = m.tags[m.first].start
    before = [p for p in s.parts if isinstance(p.reading, ProviderRating) and p.end <= start]
    if len(before) != 1 or before[0].reading.column == "overall" or before[0].past:
        return None
    unit = before[0].reading.provider
    if any(t.code == "P" and str(t.value) != unit for t in m.groups.get("own", [])):
        return None  # ("matching Lambeth PDU's overall rating": another unit's)
    rated = before[0].reading.ratings
    ratings = rated if same else tuple(r for r in schema.RATINGS if r not in rated)
    a, b, phrase = _span(m, s)
    return [Part(a, b, phrase, "provider-rating", ProviderRating(unit, "overall", ratings))]


def _change_restated(m: Match, s: Sentence) -> list[Part] | None:
    """'X improved by one grade between 2021-22 and 2025-26, from Inadequate to Requires improvement': the change
    read before, said again by the ratings it went between (each a claim of its own)."""
    if m.words("from").lower() != "from" or m.words("to").lower() != "to":
        return None
    start = m.tags[m.first].start
    before = [p for p in s.parts if isinstance(p.reading, Change) and p.end <= start]
    if len(before) != 1:
        return None
    was, r1, r2 = before[0].reading, _ratings(m.one("r1")), _ratings(m.one("r2"))
    if len(r1) != 1 or len(r2) != 1:
        return None
    order = schema.RATINGS.index(r2[0]) - schema.RATINGS.index(r1[0])  # (Outstanding first: lower is better)
    kind = "up" if order < 0 else "down" if order > 0 else "same"
    a, b, phrase = _span(m, s)
    return [Part(a, b, phrase, "change", Change(was.provider, kind, r1, r2, since=was.since, column=was.column))]


def _standard_of_unit(m: Match, s: Sentence) -> list[Part] | None:
    """'the leadership of NPS North East was graded Good': the unit's rating on that standard."""
    unit = _subject(m.one("s"), s)
    denied = sum(t.code == "X" for t in m.groups.get("mid", []))  # ("... was spared an Inadequate verdict")
    if m.words("of").lower() not in ("of", "in", "at", "within", "across") or unit is None or denied > 1:
        return None
    a, b, phrase = _span(m, s)
    return [Part(a, b, phrase, "standard rating", ProviderRating(unit, str(m.one("t").value), _ratings(m.one("r")),
                                                                bool(denied)))]


#: (tried before the rows that read a unit's rating, which would take "X was graded Good" for its overall one)
STANDARD_OF_UNIT = Shape("a standard of the unit named after it",
                         r"(?P<t>T)(?P<of>[Fw])(?P<s>[PA])(?P<mid>[BVX]{1,3}w?)(?P<r>R)", _standard_of_unit,
                         "'the leadership of X was graded Good', 'leadership at X is Good', 'leadership in the unit "
                         "had been found Good': X's rating on that standard, not its overall one",
                         "In 2024-25 the leadership of Bradford and Calderdale PDU was graded Inadequate.",
                         "In 2024-25 the leadership of Bradford and Calderdale PDU was graded Good.")

ALIKE_SHAPES: tuple[Shape, ...] = (
    Shape("the overall rating the same, in a clause", r",(?P<cue>ww)(?P<noun>V)(?P<own>[AP])?V?(?P<k>K)",
          _overall_alike, "'victim work graded Outstanding, the same verdict the region received overall': the unit's "
          "overall rating is the standard's",
          "In 2024-25 Bradford and Calderdale PDU's leadership was rated Inadequate, the same verdict the PDU "
          "received overall.",
          "In 2024-25 the Kent, Surrey and Sussex region's victim work was rated Outstanding, the same verdict the "
          "region received overall."),
    Shape("the overall rating the same, in a relative clause", r",(?P<cue>wB[wX]?)(?P<own>[AP])(?P<k>K)",
          _overall_alike, "'... Outstanding for its victim work, which was also its overall rating': the unit's "
          "overall rating is the standard's ('which was not': another)",
          "In 2024-25 Bradford and Calderdale PDU's leadership was rated Inadequate, which was also its overall "
          "rating.",
          "In 2024-25 the Kent, Surrey and Sussex region's victim work was rated Outstanding, which was also its "
          "overall rating."),
    Shape("a change said again by its ratings", r",(?P<from>h)(?P<r1>R)(?:wY)?(?P<to>w)(?P<r2>R)(?:wY)?",
          _change_restated,
          "'improved by one grade between 2021-22 and 2025-26, from Inadequate to Requires improvement': the change "
          "just read, said again by the ratings it went between",
          "Swansea Neath Port Talbot PDU improved by one grade between 2021-22 and 2025-26, from Inadequate to "
          "Requires improvement.",
          "Swansea Neath Port Talbot PDU improved by one grade between 2021-22 and 2025-26, from Requires improvement "
          "to Good."),
    Shape("the overall rating the same or not", r"(?P<cue>w{1,4}|E)(?P<own>[AP]?w{0,2})(?P<k>K)", _overall_alike,
          "'rated Outstanding for victim work, matching the region's overall rating', 'unlike its overall rating': "
          "the unit's overall rating is the standard's, or another",
          "In 2024-25 Bradford and Calderdale PDU's leadership was rated Inadequate, matching the PDU's overall "
          "rating.",
          "In 2024-25 Bradford and Calderdale PDU's leadership was rated Inadequate, unlike the PDU's overall rating."),
)
