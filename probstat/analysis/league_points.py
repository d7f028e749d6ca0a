"""`probstat league` on a round of the unified Probation Service (from 2021): later units ranked by the
inspection points HMIP stated, and the rank bounds both leagues share (a tie spans rank_best-rank_worst).
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from ..output import View
from .common import add_note, with_view

#: Columns of points_league(), in order: a later unit's stated points instead of a range of totals.
POINTS_COLUMNS: tuple[str, ...] = ("rank_best", "rank_worst", "rank", "tied", "round", "provider_id", "provider",
                                   "sector", "overall", "points", "compared")
POINTS_COMPACT = ("rank_best", "rank_worst", "provider_id", "overall", "points")
#: The most points a programme-1 PDU inspection could score ("out of a possible 27", as HMIP writes it).
MAX_POINTS = 27


def rank_bounds_of(low: np.ndarray, high: np.ndarray) -> dict[str, np.ndarray]:
    """Rank bounds of providers whose totals lie in [low, high] (one entry each, higher total ranks first)."""
    n = len(low)
    # Totals are small whole numbers (0-30): how many lows and highs are at or below each one, by counting.
    size = int(max(low.max(initial=0), high.max(initial=0))) + 1
    low_counts, high_counts = np.bincount(low, minlength=size), np.bincount(high, minlength=size)
    lows_upto, highs_upto = np.cumsum(low_counts), np.cumsum(high_counts)
    # must be strictly above: low_j > high_i (never i itself, as low_i <= high_i)
    above_for_sure = n - lows_upto[high]
    # can be at or above: high_j >= low_i (this counts i itself, as high_i >= low_i)
    at_or_above_maybe = n - (highs_upto[low] - high_counts[low])
    # can be strictly above: high_j > low_i, less i itself when its own range is wider than one point
    above_maybe = n - highs_upto[low] - (high > low)
    best = 1 + above_for_sure
    worst = at_or_above_maybe
    certain = best == 1 + above_maybe
    return {"rank_best": best, "rank_worst": worst, "rank": np.where(certain, best, -1),
            "tied": certain & (worst > best)}


def points_league(rows: pd.DataFrame) -> pd.DataFrame:
    """A league of later units (PDUs, regions) by the inspection points HMIP stated, round by round.

    Only units whose points are known are ranked (``compared`` counts them); the others follow with empty
    ranks, since no points are guessed and the data hold no rule turning a later unit's rating into points.
    Ranks are as in rank_bounds: with exact points, ``rank_best`` and ``rank_worst`` span a tie.

    >>> from probstat.loader import load
    >>> table = points_league(load().query("round == '2022-23'"))
    >>> table.loc[table["provider_id"] == "west-kent-pdu", ["rank_best", "rank_worst", "points"]].values.tolist()
    [[5, 7, 1]]
    """
    points = pd.to_numeric(rows["points"] if "points" in rows else pd.Series(np.nan, index=rows.index),
                           errors="coerce")
    parts = []
    for rnd in sorted(rows["round"].unique()):
        mine = rows[(rows["round"] == rnd).to_numpy(dtype=bool)]
        known = points.loc[mine.index].notna().to_numpy()
        ranked = mine[known].assign(points=points.loc[mine.index][known].astype(int))
        ranks = rank_bounds_of(ranked["points"].to_numpy(dtype=np.int64), ranked["points"].to_numpy(dtype=np.int64))
        ranked = ranked.assign(**ranks, compared=len(ranked)).sort_values(
            ["rank_best", "rank_worst", "provider_id"], kind="stable")
        rest = mine[~known].assign(points=None, rank_best=None, rank_worst=None, rank=None, tied=None,
                                   compared=len(ranked)).sort_values("provider_id", kind="stable")
        parts += [ranked, rest]
        if len(rest):
            parts[-1].attrs["unranked"] = (rnd, len(rest), len(mine))
    out = pd.concat(parts, ignore_index=True) if parts else rows.iloc[0:0]
    out = out.reindex(columns=list(POINTS_COLUMNS))
    for col in ("rank_best", "rank_worst", "rank", "points", "compared"):
        out[col] = pd.array(out[col], dtype="Int64")
    out["rank"] = out["rank"].where(out["rank"] != -1, pd.NA)
    add_note(out, f"later units are ranked by the points HMIP stated (programme-1 PDU inspections, out of a possible "
                  f"{MAX_POINTS}); rank_best-rank_worst span a tie")
    for part in parts:
        if "unranked" in part.attrs:
            rnd, n, total = part.attrs["unranked"]
            add_note(out, f"{rnd}: points known for {total - n} of {total} units; the other {n} are listed unranked "
                          "(no points are guessed)")
    add_note(out, "points are not comparable with the 2018-21 totals out of 30 (another framework, other standards)")
    return with_view(out, View(title="League table: later units by stated points", compact=POINTS_COMPACT))
