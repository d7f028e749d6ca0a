"""The verdict on a count of one unit's own standards ("five of its ten standards were rated Good", "rated
Inadequate in every area"): what the data hold of its standards, bounded by HMIP's scoring rules."""

from __future__ import annotations

import math

import pandas as pd

from .. import schema
from .evaluate import Context, Interval
from .outcomes import _RATING_COUNT_COLUMNS, _compare, _row
from .readings import StandardsCount

#: Programme-1 PDU inspections scored each standard 0-3 (schema.SCORES) out of a possible 27 (schema: points):
#: nine standards.
_POINTS_STANDARDS = 27 // max(schema.SCORES.values())


def _inadequate_by_points(row: pd.Series, r: StandardsCount) -> tuple[int, int] | None:
    """How many of a unit's nine standards were Inadequate, bounded by its points out of 27 (every standard
    rated better scores at least 1, and at most 3): 0 points is every standard Inadequate. None when the data
    hold no points or the count is of another rating."""
    points = pd.to_numeric(row.get("points"), errors="coerce")
    if pd.isna(points) or tuple(r.ratings) != ("Inadequate",) or r.group is not None:
        return None
    p = int(points)
    return max(0, _POINTS_STANDARDS - p), _POINTS_STANDARDS - math.ceil(p / 3)


def _sums(n: int, scores: set[int]) -> set[int]:
    """Every total n standards can score with ratings of the given scores."""
    totals = {0}
    for _ in range(n):
        totals = _add(totals, scores)
    return totals


def _add(a: set[int], b: set[int]) -> set[int]:
    return {x + y for x in a for y in b}


def _count_by_band(row: pd.Series, cols: list[str], ratings: tuple[str, ...]) -> tuple[int, int] | None:
    """How many of ``cols`` can have one of ``ratings``, given the provider's overall rating: under the 2018-21
    framework the overall rating is the band of the ten standards' total score (schema.OVERALL_BANDS), so a CRC
    rated Requires improvement (6-15 points) cannot have had all ten standards Inadequate. None when the row has
    no overall rating or is not of that framework, or the data break the rule (validate reports those)."""
    band = next(((lo, hi) for rating, lo, hi in schema.OVERALL_BANDS if rating == row.get("overall")), None)
    sector = str(row.get("sector"))
    if band is None or sector not in schema.SECTORS:
        return None
    every = [st.column for st in schema.standards_for(sector)]
    if not set(cols) <= set(every):
        return None

    def known(c: str) -> bool:
        return isinstance(row.get(c), str) and row.get(c) in schema.SCORES

    fixed = sum(schema.SCORES[row.get(c)] for c in every if known(c))
    counted = sum(not known(c) for c in cols)  # unknown standards the count is about
    free = sum(not known(c) for c in every if c not in cols)  # unknown standards outside it: any rating
    inside = {schema.SCORES[x] for x in ratings}
    outside = set(schema.SCORES.values()) - inside
    others = _sums(free, set(schema.SCORES.values()))
    fits = [c for c in range(counted + 1)
            if any(band[0] <= fixed + t <= band[1] for t in _add(_add(_sums(c, inside), _sums(counted - c, outside)),
                                                                others))]
    if not fits:
        return None
    k = sum(known(c) and row.get(c) in ratings for c in cols)
    return k + min(fits), k + max(fits)


def _standards_outcome(ctx: Context, r: StandardsCount, round_: str) -> tuple[str, str, str | None]:
    row = _row(ctx, r.provider, round_)
    if row is None:
        return "unverifiable", f"{r.provider} has no inspection in {round_} in the data", None
    if r.quantifier == "some":
        # at least one standard: any standard the data hold with the rating settles it, whatever the framework
        every = [st.column for st in schema.STANDARDS if st.column in row.index]
        hits = [c for c in every if row.get(c) in r.ratings]
        if hits:
            return "supported", f"{r.provider} was rated {row.get(hits[0])} on {hits[0]} in {round_}", None
    group = r.group
    if group is None and r.total == len(schema.KQ_STANDARDS):
        group = "case"  # "all four aspects": the four case supervision standards, the only group of four
    if group == "case":
        # every framework rates the four case supervision standards, each in its own column
        cols = [c for _, c in schema.KQ_STANDARDS]
    elif str(row["sector"]) not in schema.SECTORS:
        declared = [row.get(_RATING_COUNT_COLUMNS[x]) for x in r.ratings]
        if all(d is not None and not pd.isna(d) for d in declared) and \
                (r.quantifier is None and r.stated is not None or r.quantifier == "none"):
            # the report's own count of its standards with the rating ("six standards rated Inadequate"), the
            # framework's standards themselves not being listed in the data
            k = int(sum(int(d) for d in declared))
            detail = f"{k} of {r.provider}'s standards rated {' or '.join(r.ratings)} in {round_}"
            verdict = ("supported" if k == 0 else "contradicted") if r.quantifier == "none" else \
                _compare(Interval(k, k), r.stated)
            # ("five of its seven standards": a wrong count is wrong whatever the framework's number of standards)
            if r.total is None or verdict == "contradicted":
                return verdict, detail, str(k)
        held = {c: row.get(c) for c in schema.STANDARD_COLUMNS if isinstance(row.get(c), str)}
        against = [c for c, v in held.items() if (v in r.ratings) == (r.quantifier == "none")]
        if r.quantifier in ("all", "none") and against:
            # "rated Inadequate on all seven standards", one of them rated otherwise in the data: whichever
            # standards the framework has, one of them says no
            c = against[0]
            return "contradicted", f"{r.provider} was rated {held[c]} on {c} in {round_}", None
        bound = _inadequate_by_points(row, r)
        k = sum(v in r.ratings for v in held.values())
        if bound is None and r.quantifier is None and r.stated is not None and k:
            # the standards the data hold with the rating are a floor: "at least six" holds from six held, "four"
            # fails on five held, whatever else the framework rates
            st = r.stated
            above = k > st.low or k == st.low and st.low_closed
            beyond = k > st.high or k == st.high and not st.high_closed
            detail = f"at least {k} of {r.provider}'s standards rated {' or '.join(r.ratings)} in {round_} (held)"
            if beyond:
                return "contradicted", detail, str(k)
            if above and st.high == float("inf"):
                return "supported", detail, str(k)
        if bound is None:
            return "unverifiable", (f"{r.provider} was inspected under the framework of {round_}, whose standards "
                                    "the data do not list one by one"), None
        return _standards_verdict(r, Interval(*bound), _POINTS_STANDARDS, round_)
    else:
        cols = [st.column for st in schema.standards_for(str(row["sector"]))]
    values = [row.get(c) for c in cols]
    known = [v for v in values if isinstance(v, str)]
    k = sum(v in r.ratings for v in known)
    low, high = k, k + (len(cols) - len(known))
    banded = _count_by_band(row, cols, r.ratings)
    if banded is not None:
        low, high = max(low, banded[0]), min(high, banded[1])
    declared = [row.get(_RATING_COUNT_COLUMNS[x]) for x in r.ratings]
    every = {x: row.get(c) for x, c in _RATING_COUNT_COLUMNS.items()}
    given = sum(int(v) for v in every.values() if v is not None and not pd.isna(v))
    if group is None and given == len(cols):
        # "five Good and five Requires improvement" of ten: the ratings not counted had none
        declared = [0 if d is None or pd.isna(d) else d for d in declared]
    if group is None and all(d is not None and not pd.isna(d) for d in declared):
        total = int(sum(int(d) for d in declared))
        low = high = total
    return _standards_verdict(r, Interval(low, high), len(cols), round_)


def _standards_verdict(r: StandardsCount, got: Interval, n: int, round_: str) -> tuple[str, str, str | None]:
    """The verdict on a count of a unit's standards, given how many of its n standards the data allow."""
    if r.total is not None and r.total != n:
        return "unverifiable", f"which {r.total} of {r.provider}'s {n} standards are meant is not said", None
    low, high, shown = got.low, got.high, got.text()
    detail = f"{shown} of {r.provider}'s {n} standards rated {' or '.join(r.ratings)} in {round_}"
    if r.quantifier == "all":
        verdict = "supported" if low == n else ("contradicted" if high < n else "unverifiable")
    elif r.quantifier == "none":
        verdict = "supported" if high == 0 else ("contradicted" if low > 0 else "unverifiable")
    elif r.quantifier == "some":
        verdict = "contradicted" if high == 0 else "unverifiable"
    elif r.quantifier == "most":
        verdict = "supported" if low > n / 2 else ("contradicted" if high <= n / 2 else "unverifiable")
    else:
        stated = r.stated
        if stated is not None and stated.unit == "percent":
            # "half of its standards": the count the data allow, as a share of its n standards
            got = Interval(100 * low / n, 100 * high / n)
        verdict = _compare(got, stated)
    return verdict, detail, shown
