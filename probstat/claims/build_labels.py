"""The builder of a label line's ratings: a unit named, a colon, then its ratings with no verb, as headlines, list
items and key-points bullets give them ("Northamptonshire PDU: court reports Outstanding, overall Requires
improvement", "- HIOW CRC: information and facilities outstanding; good overall")."""

from __future__ import annotations

from .matcher import Match
from .rating_idioms import PLAIN_RATINGS as _PLAIN
from .readings import Part, ProviderRating
from .shape_parts import Sentence, _ratings, _subject
from .tag_type import Tag

_LABEL_COLONS = (":", "-", "\u2013", "\u2014")
#: plain words a rated item may hold besides its standards, its rating and "overall"
_ITEM_WORDS = frozenset(("and", "its", "the", "for", "on", "work", "rated", "judged", "but", "while", "with"))


def _label_items(m: Match, s: Sentence) -> list[Part] | None:
    """Each item after the label's colon, split at commas and semicolons: standards and a rating (each standard
    rated so), or "overall" and a rating (the unit's overall rating); a first item of a rating alone is overall.
    An item holding anything else (a figure, a change, a negation, another unit) leaves the line to other shapes;
    one with no rating (a round, a month) claims nothing here."""
    colon = m.one("colon")
    pid = _subject(m.one("s"), s)
    if colon.words not in _LABEL_COLONS or pid is None:
        return None
    items: list[list[Tag]] = [[]]
    for t in m.groups.get("rest", []):
        if t.code == ",":
            items.append([])
        else:
            items[-1].append(t)
    parts: list[Part] = []
    for k, item in enumerate(items):
        # ("court reports good": a plain rating word after a standard is its rating, in lower case too)
        rated = [t for t in item if t.code == "R" or t.code == "w" and t.words.lower() in _PLAIN and
                 any(x.code in "TK" for x in item)]
        if not rated:
            continue
        standards = [t for t in item if t.code == "T"]
        overall = any(t.code == "K" for t in item)
        if len(rated) > 1 or standards and overall or \
                any(t.code == "w" and t not in rated and t.words.lower() not in _ITEM_WORDS for t in item) or \
                not standards and not overall and (k > 0 or len(items) == 1):
            return None  # (a rating alone on one line is the apposition's)
        a, b = item[0].start, item[-1].end
        columns = [str(t.value) for t in standards] or ["overall"]
        ratings = _ratings(rated[0]) if rated[0].code == "R" else (_PLAIN[rated[0].words.lower()],)
        parts += [Part(a, b, s.text[a:b], "provider-rating", ProviderRating(pid, c, ratings)) for c in columns]
    return parts if len(parts) > 1 or any(p.reading.column != "overall" for p in parts) else None


def _caption_overall(m: Match, s: Sentence) -> list[Part] | None:
    """'Alt text: X, 2018-19, overall Good', 'X, report December 2018, Good overall': a caption's or a table row's
    fields after the unit, set off by commas, the last its overall rating (the other fields are other shapes' to
    read, or claim nothing)."""
    pid = _subject(m.one("s"), s)
    if pid is None:
        return None
    k, r = m.one("k"), m.one("r")
    a, b = min(k.start, r.start), max(k.end, r.end)
    return [Part(a, b, s.text[a:b], "provider-rating", ProviderRating(pid, "overall", _ratings(r)))]


def _verbless_rating(m: Match, s: Sentence) -> list[Part] | None:
    """'Surrey PDU inadequate, March 2024', 'X (its region) inadequate', 'X, a South West unit, told it
    needs to improve': a line that names a unit, perhaps an aside, then a rating, and has no verb anywhere (or whose
    rating is itself the verb, "told it must improve"), rates the unit overall. "Good" needs a capital or quotes."""
    r = m.one("r")
    pid = _subject(m.one("s"), s)
    verbal = r.words.lower().startswith(("told", "ordered", "urged"))
    if pid is None or not verbal and any(t.code in "BVXH" for t in s.tags) or \
            r.words == "good" or any(t.code in "NTK" for t in s.tags):
        return None
    a, b = m.one("s").start, r.end
    return [Part(a, b, s.text[a:b], "provider-rating", ProviderRating(pid, "overall", _ratings(r)))]
