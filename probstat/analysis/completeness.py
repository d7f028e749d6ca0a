"""How much of each inspection round the data hold, against the totals HMIP published (rounds.csv).

The providers data hold the overall ratings that have a public, provider-level source; HMIP published
round totals by rating. Comparing the two says whether a count is the whole round or a lower bound. It
never says which provider got a rating the data do not hold.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .. import schema
from .common import equal_to, rating_codes, records_table, sector_masks

#: Status of a round: every rated provider held; some missing; data that do not fit the published totals
#: (more of a rating than HMIP gave, so they cannot be that round's providers); no published totals.
COMPLETE, PARTIAL, MISMATCH, UNKNOWN = "complete", "partial", "mismatch", "unknown"
SCOPES = (*schema.ALL_SECTORS, "all")
COMPLETENESS_COLUMNS = ("round", "scope", "status", "held", "rated_published",
                        *(f"{k}_held" for k in schema.RATING_KEYS.values()),
                        *(f"{k}_published" for k in schema.RATING_KEYS.values()),
                        "source_url", "detail")

_COUNT_COLUMNS = tuple(c for c in COMPLETENESS_COLUMNS if c.endswith(("_held", "_published")) or c == "held")


def _bundled_rounds() -> pd.DataFrame:
    from ..published import bundled_rounds

    return bundled_rounds()


def _int_or_none(value) -> int | None:
    return None if pd.isna(value) else int(value)


def round_completeness(frame: pd.DataFrame, rounds: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per round of ``frame`` and scope (NPS, CRC, all): the overall ratings the data hold against
    HMIP's published totals (``rounds``: a rounds.csv table, by default the bundled one).

    ``held`` counts providers with a known overall rating; ``rated_published`` is how many HMIP rated
    (empty when not stated); ``<rating>_held`` and ``<rating>_published`` per rating. ``status`` is the
    round's, the same on its three rows: 'complete' (every published count held), 'partial' (fewer held:
    the counts are lower bounds), 'mismatch' (the data hold more of some rating than HMIP published, so
    they are not that round's providers and the published totals do not apply) or 'unknown' (no published
    totals for the round). Under 'mismatch' and 'unknown' the published columns are left empty.

    >>> from probstat.loader import load
    >>> table = round_completeness(load()).set_index(["round", "scope"])
    >>> row = table.loc[("2019-20", "all")]
    >>> row["status"], int(row["held"]), int(row["rated_published"]), int(row["good_held"]), int(row["good_published"])
    ('partial', 8, 10, 2, 4)
    """
    return records_table(completeness_records(frame, rounds), COMPLETENESS_COLUMNS, ints=_COUNT_COLUMNS)


def completeness_records(frame: pd.DataFrame, rounds: pd.DataFrame | None = None) -> list[dict]:
    """round_completeness's rows as dicts of plain values (None where empty), for a caller that reads them
    rather than shows them (ratings): building the table and reading it back cost more than the counting."""
    rounds = _bundled_rounds() if rounds is None else rounds
    published = {(r["round"], r["sector"]): r for r in rounds.to_dict("records")}
    # Rating codes and numpy masks, each worked out once: comparing text columns row by row for every round,
    # scope and rating cost half a second per million rows.
    codes = (rating_codes(frame["overall"]) if "overall" in frame else np.full(len(frame), -1, dtype=np.int8))
    in_sector = sector_masks(frame, schema.ALL_SECTORS)
    records = []
    for rnd in sorted(frame["round"].unique()):
        in_round = equal_to(frame["round"], rnd)
        round_records = []
        for scope in SCOPES:
            mask = in_round if scope == "all" else in_round & in_sector[scope]
            held = np.bincount(codes[mask].astype(np.int64) + 1, minlength=len(schema.RATINGS) + 1)[1:]
            rec = {"round": rnd, "scope": scope, "held": int(held.sum()), "rated_published": None, "source_url": None}
            pub = published.get((rnd, scope))
            if scope in schema.UNIT_TYPES and pub is None and not mask.any():
                continue  # a later unit type the round neither holds nor has totals for
            for rating, key in schema.RATING_KEYS.items():
                rec[f"{key}_held"] = int(held[schema.RATINGS.index(rating)])
                rec[f"{key}_published"] = _int_or_none(pub[key]) if pub is not None else None
            if pub is not None:
                rated = _int_or_none(pub["rated"])
                counts = [rec[f"{k}_published"] for k in schema.RATING_KEYS.values()]
                if rated is None and None not in counts:
                    rated = sum(counts)
                rec["rated_published"], rec["source_url"] = rated, pub["source_url"]
            round_records.append(rec)
        records.extend(_with_status(round_records))
    return records


def _with_status(records: list[dict]) -> list[dict]:
    """The round's status on each of its scope rows; published figures dropped where they do not apply."""
    over = [text for r in records for text in _over(r)]
    whole = next((r for r in records if r["scope"] == "all"), None)
    # with no total for the whole round, each sector the data hold needs its own
    uncovered = (whole is None or whole["rated_published"] is None) and any(
        r["scope"] != "all" and r["held"] and r["rated_published"] is None for r in records)
    if all(r["rated_published"] is None for r in records) or uncovered:
        status = UNKNOWN
    else:
        short = any(r["rated_published"] is not None and r["held"] < r["rated_published"] for r in records)
        status = MISMATCH if over else PARTIAL if short else COMPLETE
    for rec in records:
        rec["status"] = status
        rec["detail"] = "; ".join(over) if status == MISMATCH else None
        if status in (MISMATCH, UNKNOWN):
            for key in schema.RATING_KEYS.values():
                rec[f"{key}_published"] = None
            rec["rated_published"] = None
    return records


def _over(rec: dict) -> list[str]:
    """'CRC good: 12 held, 3 published' for each count of ``rec`` above its published total."""
    found = []
    if rec["rated_published"] is not None and rec["held"] > rec["rated_published"]:
        found.append(f"{rec['scope']} rated: {rec['held']} held, {rec['rated_published']} published")
    for rating, key in schema.RATING_KEYS.items():
        pub = rec[f"{key}_published"]
        if pub is not None and rec[f"{key}_held"] > pub:
            found.append(f"{rec['scope']} {rating}: {rec[f'{key}_held']} held, {pub} published")
    return found


def _by_rating(rec: dict) -> str:
    parts = []
    for rating, key in schema.RATING_KEYS.items():
        held, pub = rec[f"{key}_held"], rec[f"{key}_published"]
        if pd.isna(pub):
            parts.append(f"{rating}: known {held}, published not stated")
        elif held or pub:
            parts.append(f"{rating}: known {held}, published {pub}")
    return "; ".join(parts)


def completeness_notes(table: pd.DataFrame, *, counts: bool = False) -> list[str]:
    """Sentences for stderr on each round whose completeness is partial or unknown (from round_completeness);
    a complete round needs none. ``counts`` adds, for a partial round, that counts of the data are lower
    bounds and shares are of the services held."""
    return notes_of(table.to_dict("records"), counts=counts)


def notes_of(records: list[dict], *, counts: bool = False) -> list[str]:
    """completeness_notes from the table's rows as dicts (completeness_records, or the table's own)."""
    notes = []
    by_round: dict[str, dict[str, dict]] = {}
    for rec in records:
        by_round.setdefault(rec["round"], {})[rec["scope"]] = rec
    for rnd in sorted(by_round):
        scoped = by_round[rnd]
        every = scoped["all"]
        status = every["status"]
        if status == UNKNOWN:
            notes.append(f"{rnd}: completeness unknown: the rounds table has no published totals for this round, "
                         "so the counts may or may not be the whole round")
        elif status == MISMATCH:
            notes.append(f"{rnd}: completeness unknown: the data hold more ratings than HMIP published for this "
                         f"round ({every['detail']}), so they are not all that round's providers and the published "
                         "totals are not shown")
        elif status == PARTIAL:
            sectors = ", ".join(f"{s} {int(scoped[s]['held'])} of {int(scoped[s]['rated_published'])}"
                                for s in scoped if s != "all" and not pd.isna(scoped[s]["rated_published"]))
            held = int(every["held"])
            bounds = f", so counts are lower bounds and percentages are of the {held} held" if counts else ""
            if pd.isna(every["rated_published"]):
                # a total published for one sector only (the PDUs of 2021-22): no number for the whole round
                notes.append(f"{rnd}: the data hold {held} services, fewer than HMIP rated in {sectors}{bounds}; "
                             f"which services got the missing ratings is not known here")
                continue
            notes.append(f"{rnd}: the data hold {held} of the {int(every['rated_published'])} services HMIP rated"
                         f"{f' ({sectors})' if sectors else ''}{bounds}; {_by_rating(every)}; which services "
                         f"got the missing ratings is not known here ({every['source_url']})")
    return notes
