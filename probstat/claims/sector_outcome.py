"""The verdict on a published sector figure (sector_figures.csv) a sentence states: the round's rows for the
measure and scope, a dated figure where the sentence names its month, and every source's statement of it."""

from __future__ import annotations

import numpy as np
import pandas as pd

from . import lazy_re as re
from .evaluate import Context, Interval, same_url
from .outcomes import _compare, _disjoint
from .readings import SectorFigure


def _meet(a: Interval, b: Interval) -> Interval | None:
    """Where two intervals overlap, or None."""
    low, lc = max((a.low, not a.low_closed), (b.low, not b.low_closed))
    high, hc = min((a.high, a.high_closed), (b.high, b.high_closed))
    if low > high or low == high and (lc or not hc):
        return None
    return Interval(low, high, not lc, hc)


def _sector_rows(ctx: Context) -> pd.DataFrame:
    from ..published import load_sector_figures

    return ctx.memo("sector figures", load_sector_figures)


#: Wording rules that name a value with a conventional margin ("nearly half" [45, 50)): their edges are a
#: convention, so a rounded figure whose face value lies inside ("45 per cent" for "nearly half") agrees with them
#: even where its rounding interval ([44.5, 45.5)) crosses the edge. Never used to contradict.
_SOFT_EDGES = ("nearly", "around")
_ROUNDED = ("per cent", "percentage points", "bare number")


def _soft_compare(got: Interval, stated, face) -> str:
    """The verdict on a published figure ``got`` (its reading ``face``) against the words ``stated``."""
    if _disjoint(got, stated):
        return "contradicted"
    verdict = _compare(got, stated)
    if verdict == "unverifiable" and face is not None and stated.rule in _SOFT_EDGES and \
            face.rule in _ROUNDED and stated.contains(face.value):
        return "supported"
    return verdict


def _sector_outcome(ctx: Context, r: SectorFigure, round_: str, written: bool = False) -> tuple[str, str, str | None]:
    """``written``: the sentence names the round itself, which a figure published without a round cannot settle
    (HMIP's 2020 submission gave '86 per cent' of CRC staff over 40 cases from inspections of more than one
    round)."""
    # a long text says the same published figure many times over: each reading is judged once
    return ctx.memo(("sector outcome", r, round_, written), lambda: _sector_outcome_of(ctx, r, round_, written))


def _sector_columns(ctx: Context) -> dict[str, np.ndarray]:
    # the table is a few dozen rows, asked of once per figure a text states: its columns compared as arrays cost
    # a fraction of a pandas mask each (a short text's figures spent 30 ms on the masks)
    every = _sector_rows(ctx)
    return {c: every[c].to_numpy(dtype=object) for c in ("scope", "round", "measure")}


def _sector_outcome_of(ctx: Context, r: SectorFigure, round_: str, written: bool) -> tuple[str, str, str | None]:
    every = _sector_rows(ctx)
    col = ctx.memo("sector figure columns", lambda: _sector_columns(ctx))
    rounds, named = col["round"], (r.measure, *r.also)
    here = (col["scope"] == r.scope) & ((rounds == round_) | (rounds == ""))
    measured = np.fromiter((m in named for m in col["measure"]), dtype=bool, count=len(every))
    if written and not (here & (rounds == round_) & measured).any() and (here & measured).any():
        return "unverifiable", f"HMIP published {r.measure} for {r.scope} without saying its round, and the " \
            f"sentence speaks of {round_}", None
    rows = every[measured & here]
    # a figure published at a dated point ("people_under_supervision_jun_2020"): that one, when the sentence
    # names its month ("by June this year") and it is the only one, where the round's own figures do not settle
    # it (a month may date the report rather than the figure: "its report of March 2019 said 258,157")
    dated = every[pd.Series(here, index=every.index) & every["measure"].str.fullmatch(
        re.escape(r.measure) + r"_(?:" + "|".join(r.months or ("-",)) + r")_\d{4}")] if r.months else rows[:0]
    if len(dated) == 1 and not rows.empty:
        verdict, detail, computed = _sector_verdict(ctx, r, rows, round_)
        return (verdict, detail, computed) if verdict != "unverifiable" else _sector_verdict(ctx, r, dated, round_)
    if len(dated) == 1:
        rows = dated
    return _sector_verdict(ctx, r, rows, round_)


def _sector_verdict(ctx: Context, r: SectorFigure, rows: pd.DataFrame, round_: str) -> tuple[str, str, str | None]:
    from ..published import reading as published_reading

    if rows.empty:
        return "unverifiable", f"no published {r.measure} for {r.scope} in {round_}", None
    meet, said, verdicts, faces = None, [], [], []
    # a share of the round's cases or staff is one figure that every source narrows; a count of people is by month
    shares = set(rows["unit"]) <= {"pct", "pp"}
    for _, row in rows.iterrows():
        p = published_reading(str(row["wording"]), str(row["unit"]))
        if p is None:
            continue
        low, high, lc, hc = p.low, p.high, p.low_closed, p.high_closed
        if r.complement:
            low, high, lc, hc = 100 - high, 100 - low, hc, lc
        got = Interval(low, high, lc, hc)
        said.append(f"'{row['wording']}' ({row['document']}, {row['source_url']})")
        if ctx.source is not None and same_url(ctx.source, str(row["source_url"])):
            verdicts.append("unverifiable")  # the text's own figure: no evidence for itself
            continue
        face = p if not r.complement else None
        verdicts.append(_soft_compare(got, r.stated, face))
        faces.append(face)
        meet = got if meet is None else _meet(meet, got) or False if meet is not False else False
    if not verdicts:
        return "unverifiable", f"the published {r.measure} has no reading", None
    verdict = verdicts[0] if len(set(verdicts)) == 1 else "unverifiable"
    if shares and meet:
        verdict = _soft_compare(meet, r.stated, faces[0] if len(faces) == 1 else None)
    rest = "; 100 minus that is what the sentence speaks of" if r.complement else ""
    when = f"in {round_}" if (rows["round"] == round_).any() else "(the round not stated)"
    return verdict, f"HMIP published {r.measure} for {r.scope} {when}: " + "; ".join(said) + rest, None
