"""Counts of a part of a sector the data can still count whole: one owner's CRCs ("none of Sodexo's six CRCs")
and one region's PDUs ("three London PDUs"), written as the populations "CRC@Sodexo" and "PDU#London" that
evaluate.py narrows the round's rows to."""

from __future__ import annotations

from dataclasses import replace

from .build_counts import _count_of
from .matcher import Match
from .readings import Part, Statement
from .shape_parts import Sentence, _population, _span


def _count_shape(m: Match, s: Sentence) -> list[Part] | None:
    """'five of the seven NPS divisions were rated Good', 'no CRC was rated Outstanding', 'most CRCs ...';
    'none of Sodexo's six CRCs were rated Good': a count of one owner's CRCs."""
    k = m.first
    pop = m.one("pop")
    inside = [t for t in m.tags[m.first: m.tags.index(pop)] if t.code == "W"] if pop is not None else []
    if inside:
        w = inside[-1]  # "none of Sodexo's six CRCs", "two of Purple Futures' five CRCs"
    elif k >= 2 and s.tags[k - 1].words.lower() in ("s", "'s", "\u2019s") and s.tags[k - 2].code == "W":
        w = s.tags[k - 2]  # "Sodexo's six CRCs were ..."
    else:
        return _at_least_in_region(_count_of(m, s))
    sector, _ = _population(pop)
    if sector not in (None, "CRC") or len(inside) > 1:
        return [Part(*_span(m, s), "count", problem="a count of one owner's units that are not CRCs, not read")]
    owner = str(w.value or w.words)
    parts = _count_of(m, s, owner=True)
    return None if parts is None else [
        replace(p, reading=replace(p.reading, sector=f"CRC@{owner}", population_words=f"CRCs run by {owner}"))
        if isinstance(p.reading, Statement) and p.reading.sector in (None, "CRC") else p for p in parts]


def _at_least_in_region(parts: list[Part] | None) -> list[Part] | None:
    """'three London PDUs were rated Inadequate': at least three were. Reporting counts the reports of a day or a
    week, and a region's other inspections that round may have added more."""
    if parts is None:
        return None
    return [replace(p, reading=replace(p.reading, quantifier="at least", amount=p.reading.stated.value))
            if isinstance(p.reading, Statement) and "#" in (p.reading.sector or "") and p.reading.quantifier is None
            and p.reading.denominator is None and p.reading.stated is not None
            and p.reading.stated.rule == "exact count" else p for p in parts]
