"""The verdict rule for an owner's portfolio: how many units an owner ran ("Sodexo ran six CRCs"), and whether it
ran more (or fewer) than any other owner ("more than any other owner")."""

from __future__ import annotations

from .evaluate import Context, Interval, _who, population_size
from .outcomes import _compare
from .readings import OwnerCount
from .unit_facts import owners_named


def _ranges(ctx: Context, round_: str, sector: str | None) -> dict[str, tuple[int, int]]:
    """Each owner's count of the round's units as a range: at least the units no one else is named as running, at
    most those it is named as running at some time (CRCs changed hands during 2018-19)."""
    scope = ctx.scope(round_, sector)
    names = [owners_named(pid) for pid in scope["provider_id"]]
    shown = {x.lower(): x for ws in names for x in ws}
    shown.update({x.lower(): x for x in scope["owner"].dropna().astype(str) if x})
    named = [{x.lower() for x in ws} for ws in names]
    return {w: (sum(ws == {key} for ws in named), sum(key in ws for ws in named)) for key, w in shown.items()}


def _rank_outcome(ctx: Context, r: OwnerCount, round_: str, detail: str) -> tuple[str, str, str | None]:
    ranges = _ranges(ctx, round_, r.sector)
    w = r.owner.lower()
    low, high = next((v for o, v in ranges.items() if o.lower() == w), (0, 0))
    others = {o: v for o, v in ranges.items() if o.lower() != w}
    if not others:
        return "unverifiable", f"{detail}; no other owner in the data", None
    tops = ", ".join(f"{o} {lo}" if lo == hi else f"{o} {lo}-{hi}" for o, (lo, hi) in
                     sorted(others.items(), key=lambda kv: -kv[1][1])[:2])
    detail = f"{detail}; next: {tops}"
    if r.rank == "most":
        if low > max(hi for _, hi in others.values()):
            return "supported", detail, str(low)
        if high < max(lo for lo, _ in others.values()):
            return "contradicted", detail, str(low)
    else:
        if high < min(lo for lo, _ in others.values()):
            return "supported", detail, str(low)
        if low > min(hi for _, hi in others.values()):
            return "contradicted", detail, str(low)
    # (a tie, or an order that turns on the date: "the most" of two owners with six each is neither true nor false
    # as the words mean it)
    return "unverifiable", detail + "; another owner ran as many, at some date in the round", None


def owner_outcome(ctx: Context, r: OwnerCount, round_: str) -> tuple[str, str, str | None]:
    """How many units the owner ran in the round (or whether it ran the most or the fewest), against the data."""
    size = population_size(ctx, round_, r.sector)
    scope = ctx.scope(round_, r.sector)
    if size.interval is None or not size.interval.exact or size.interval.low != len(scope):
        return "unverifiable", f"the data do not hold every provider of {round_}", None
    owners = scope["owner"].astype(str).str.lower()
    k = int((owners == r.owner.lower()).sum())
    detail = f"{k} {_who(r.sector)} run by {r.owner} at their {round_} inspections"
    if r.rank is not None:
        return _rank_outcome(ctx, r, round_, detail)
    verdict = _compare(Interval(k, k), r.stated)
    if verdict == "contradicted" and r.stated.low > len(scope):
        return verdict, f"{detail}; there were {len(scope)} {_who(r.sector)} in all", str(k)
    if verdict == "contradicted":
        # the owner column records the owner at each inspection, and CRCs changed hands during the round
        # (Working Links' three went to Seetec in 2019): at any date the owner ran at least the CRCs no one else is
        # named as running and at most those it is named as running at some time (unit_facts.owners_named)
        w = r.owner.lower()
        named = [{x.lower() for x in owners_named(pid)} for pid in scope["provider_id"]]
        low, high = sum(ws == {w} for ws in named), sum(w in ws for ws in named)
        if _compare(Interval(low, high), r.stated) == "contradicted":
            span = str(low) if low == high else f"between {low} and {high}"
            return verdict, f"{detail}; {span} at any date, by the owners the data and their sources name", str(k)
        return "unverifiable", f"{detail}; the data record each CRC's owner at its inspection, and owners changed " \
            "during the round, so another count may hold at another date", str(k)
    return verdict, detail, str(k)
