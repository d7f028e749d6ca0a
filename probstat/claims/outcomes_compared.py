"""The verdict rules for two units' figures set side by side: points out of 27 ("scored more points than"), people
supervised or average caseloads ("supervised more people than", "more than twice as many as") and the gap between
two figures ("5,000 more people than")."""

from __future__ import annotations

import pandas as pd

from .readings import RatingComparison


def points_compared(r: RatingComparison, round_: str, mine, theirs) -> tuple[str, str, str | None]:
    """'A scored more points than B', 'A scored 2 points more than B' (the gap), 'three times as many points as B'
    (exactly so many times, the points being whole numbers): the two units' points out of 27 at one round."""
    a = mine.get("points") if mine is not None else None
    b = theirs.get("points") if theirs is not None else None
    if a is None or b is None or pd.isna(a) or pd.isna(b):
        return "unverifiable", f"the points of {r.provider} and {r.other} in {round_} are not both in the data", None
    a, b = int(a), int(b)
    if r.by is not None:
        gap = (a - b) if r.relation == "higher" else (b - a)
        return ("supported" if r.by.contains(gap) else "contradicted"), f"{r.provider} scored {a} and {r.other} " \
            f"{b} in {round_}: a gap of {a - b}", f"{a} / {b}"
    if r.times != 1:  # "three times as many points as B" (exactly), "more than twice as many"
        ok = a == b * r.times if r.relation == "same" else a > b * r.times
        return ("supported" if ok else "contradicted"), f"{r.provider} scored {a} and {r.other} {b} in {round_}", \
            f"{a} / {b}"
    ok = a > b if r.relation == "higher" else a < b
    return ("supported" if ok else "contradicted"), f"{r.provider} scored {a} point{'s' * (a != 1)} and " \
        f"{r.other} {b} in {round_}", f"{a} / {b}"


def figures_compared(r: RatingComparison, round_: str, mine, theirs) -> tuple[str, str, str | None]:
    """Two units' figures at one round, each held as a value and a qualifier (">17000", "~8600"): a verdict only
    where what the two cells allow does not overlap."""
    from ..analysis.common import bounds

    got, opens = [], []
    for row in (mine, theirs):
        value = row.get(r.column) if row is not None else None
        if value is None or pd.isna(value):
            return "unverifiable", f"the {r.column} of {r.provider} and {r.other} in {round_} are not both in the " \
                "data", None
        qualifier = row.get(f"{r.column}_qualifier")
        qualifier = qualifier if isinstance(qualifier, str) else ""
        got.append((bounds(float(value), qualifier), f"{'' if qualifier == '/' else qualifier}{float(value):g}"))
        opens.append((qualifier.startswith(">"), qualifier.startswith("<")))  # (low, high) left out: "more than X"
    ((a_low, a_high), a), ((b_low, b_high), b) = got
    if r.by is not None:
        return gap_outcome(r, (a_low, a_high, a), (b_low, b_high, b), round_)
    # (">4000" against "<~4000": the one above 4000, the other below it, the same edge left out by both)
    above = a_low > b_high * r.times or a_low == b_high * r.times and (opens[0][0] or opens[1][1])
    below = a_high < b_low * r.times or a_high == b_low * r.times and (opens[0][1] or opens[1][0])
    detail = f"{r.provider}'s {r.column} was {a} and {r.other}'s {b} in {round_} (providers.csv)"
    detail += f", against {r.times:g} times {r.other}'s" if r.times != 1 else ""
    if not (above or below):
        return "unverifiable", detail + "; the two figures' ranges overlap", f"{a} / {b}"
    ok = above if r.relation == "higher" else below
    return ("supported" if ok else "contradicted"), detail, f"{a} / {b}"


def gap_outcome(r: RatingComparison, mine: tuple, theirs: tuple, round_: str) -> tuple[str, str, str | None]:
    """'A supervised 5,000 more people than B': the gap the two figures allow against the gap stated; a verdict
    only where every gap they allow is inside the stated interval, or none is."""
    (a_low, a_high, a), (b_low, b_high, b) = mine, theirs
    sign = 1 if r.relation == "higher" else -1
    ends = sorted((sign * (a_low - b_high), sign * (a_high - b_low)))
    detail = f"{r.provider}'s {r.column} was {a} and {r.other}'s {b} in {round_} (providers.csv)"
    if ends[0] == ends[1]:
        detail += f": a gap of {ends[0]:,.0f}"
        return ("supported" if r.by.contains(ends[0]) else "contradicted"), detail, f"{ends[0]:g}"
    if not (r.by.contains(ends[0]) or r.by.contains(ends[1])) and \
            (ends[1] < r.by.low or ends[0] > r.by.high):
        return "contradicted", detail, None
    if r.by.contains(ends[0]) and (r.by.contains(ends[1]) or ends[1] == r.by.high == float("inf")):
        return "supported", detail, None
    return "unverifiable", detail + "; the gap the two figures allow is not settled by them", None
