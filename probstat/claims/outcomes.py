"""One verdict rule per reading type (a provider's rating, a count of its standards, a change, an owner, a
figure, a date, a sector comparison): what the data give for one round, and whether the reading agrees.

judge.py asks every round a reading may mean (which_round.py) and combines the answers."""

from __future__ import annotations

import math
from dataclasses import replace

import pandas as pd

from .. import schema
from .evaluate import (
    Context,
    Interval,
    _who,
    population_size,
)
from .outcomes_compared import figures_compared, points_compared
from .quantifiers import Reading
from .readings import (
    Change,
    Distribution,
    InspectionDate,
    InspectionOrdinal,
    Likelihood,
    ProviderFigure,
    ProviderOwner,
    ProviderRating,
    ProviderRegion,
    RatedExtreme,
    RatingComparison,
    RegionCount,
)
from .unit_facts import owners_named, stated_ordinal


def _same(a: float, b: float) -> bool:
    # two bounds worked out two ways (a data fraction 2/3 and the words "two-thirds") may differ in the last bit
    return a == b or math.isclose(a, b, rel_tol=1e-12, abs_tol=1e-12)


def _inside(c: Interval, s: Reading) -> bool:
    low_ok = (c.low > s.low and not _same(c.low, s.low)) or (_same(c.low, s.low) and (s.low_closed or not c.low_closed))
    high_ok = (c.high < s.high and not _same(c.high, s.high)) or \
        (_same(c.high, s.high) and (s.high_closed or not c.high_closed or math.isinf(c.high)))
    # (no figure is infinite: an open and a closed end at infinity are the same end, "more than 17,000" is inside
    # "more than 15,000")
    return low_ok and high_ok


def _disjoint(c: Interval, s: Reading) -> bool:
    if (c.high < s.low or c.low > s.high) and not (_same(c.high, s.low) or _same(c.low, s.high)):
        return True
    if _same(c.high, s.low) and not (c.high_closed and s.low_closed):
        return True
    return _same(c.low, s.high) and not (c.low_closed and s.high_closed)


def _compare(c: Interval, s: Reading) -> str:
    if _inside(c, s):
        return "supported"
    if _disjoint(c, s):
        return "contradicted"
    return "unverifiable"


def _rounds(ctx: Context) -> list[str]:
    return ctx.memo("rounds", lambda: sorted(set(ctx.frame["round"])))


# --- the readings of one-inspection reporting -------------------------------------------------------------------

_RATING_COUNT_COLUMNS = {"Outstanding": "n_std_outstanding", "Good": "n_std_good",
                         "Requires improvement": "n_std_requires_improvement", "Inadequate": "n_std_inadequate"}


def _row(ctx: Context, pid: str, round_: str) -> pd.Series | None:
    return ctx.row(pid, round_)


def provider_rounds(ctx: Context, pid: str) -> list[tuple[str, str]]:
    """(round, published) of each inspection of a provider in the data, oldest first."""
    def find():
        f = ctx.frame
        if isinstance(pid, str):
            rounds, published = f["round"], f["published"]  # (its rows found as _row finds them)
            at = ctx.positions().get(pid, ())
            return sorted((str(rounds.iat[k]), str(p) if isinstance(p := published.iat[k], str) else "") for k in at)
        rows = f[f["provider_id"] == pid]
        pairs = [(str(r), str(p) if isinstance(p, str) else "") for r, p in zip(rows["round"], rows["published"],
                                                                                   strict=True)]
        return sorted(pairs)
    return ctx.memo(("rounds of", pid), find)


def _rating_outcome(ctx: Context, r: ProviderRating, round_: str) -> tuple[str, str, str | None]:
    row = _row(ctx, r.provider, round_)
    if row is None:
        return "unverifiable", f"{r.provider} has no inspection in {round_} in the data", None
    value = row.get(r.column)
    what = "overall" if r.column == "overall" else f"on {schema.STANDARDS_BY_COLUMN[r.column].name.lower()}"
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return "unverifiable", f"{r.provider}'s rating {what} in {round_} is not in the data", None
    holds = (value in r.ratings) != r.negated
    if not holds and r.finding:
        # "inspectors found an outstanding leadership team": read as the standard's rating it is false, read as a
        # finding in words it claims nothing the data hold
        return "unverifiable", f"{r.provider} was rated {value} {what} in {round_}; the words may be a finding, " \
            "not the rating: the readings differ", str(value)
    return ("supported" if holds else "contradicted"), f"{r.provider} was rated {value} {what} in {round_}", str(value)


def _change_outcome(ctx: Context, r: Change, round_: str) -> tuple[str, str, str | None]:
    visits = [rd for rd, _ in provider_rounds(ctx, r.provider)]
    if r.since and round_ in visits and visits.index(round_) + 1 < len(visits):
        round_ = visits[visits.index(round_) + 1]  # "not changed since 2018-19": the inspection after it
    if r.kind == "still" and round_ == schema.FIRST_RATED_ROUND and visits[:1] == [round_]:
        # no unit was rated before the first round: "still rated R" at it can only mean "nevertheless"
        return "supported", f"{round_} is the first round HMIP rated, so 'still' means 'nevertheless' here", None
    if round_ not in visits or visits.index(round_) == 0:
        return "unverifiable", f"no earlier inspection of {r.provider} before {round_} in the data", None
    before_round = visits[visits.index(round_) - 1]
    a, b = _row(ctx, r.provider, before_round).get(r.column), _row(ctx, r.provider, round_).get(r.column)
    on = "" if r.column == "overall" else f" on {r.column}"
    if not (isinstance(a, str) and isinstance(b, str)):
        return "unverifiable", f"{r.provider}'s rating{on} in {before_round} or {round_} is not in the data", None
    detail = f"{r.provider} was rated {a}{on} in {before_round} and {b} in {round_}"
    order = schema.RATINGS  # best first
    moved = "same" if a == b else ("up" if order.index(b) < order.index(a) else "down")
    ok = {"same": moved == "same", "still": moved == "same", "changed": moved != "same", "up": moved == "up",
          "down": moved == "down", "not up": moved != "up", "not down": moved != "down"}[r.kind]
    if r.before is not None and a not in r.before:
        ok = False
    if r.after is not None and b not in r.after:
        ok = False
    if r.steps is not None and abs(order.index(a) - order.index(b)) != r.steps:
        ok = False  # "went up one grade": by that many places, no more
    if r.kind == "still" and not ok and (r.after is None or b in r.after):
        # "still rated R": as before, or "nevertheless"; the second reading holds when the first does not
        return "unverifiable", f"{detail}; 'still' may mean 'as before' or 'nevertheless': the readings differ", None
    return ("supported" if ok else "contradicted"), detail, f"{a} -> {b}"


def _owner_of_outcome(ctx: Context, r: ProviderOwner, round_: str) -> tuple[str, str, str | None]:
    row = _row(ctx, r.provider, round_)
    owner = None if row is None else row.get("owner")
    if not isinstance(owner, str) or not owner:
        return "unverifiable", f"{r.provider}'s owner in {round_} is not in the data", None
    if owner.lower() == r.owner.lower():
        return "supported", f"{r.provider} was run by {owner} at its {round_} inspection", owner
    named = owners_named(r.provider)
    if named and r.owner.lower() not in {w.lower() for w in named}:
        return "contradicted", f"{r.provider} was run by {owner} at its {round_} inspection, and the data and " \
            f"their sources name no other owner of it than {', '.join(sorted(named))}", owner
    # the data hold the owner at each inspection, and CRCs changed hands between inspections
    return "unverifiable", f"{r.provider} was run by {owner} at its {round_} inspection; the data do not say who " \
        "ran it at other dates", owner


def _region_outcome(ctx: Context, r: ProviderRegion, round_: str) -> tuple[str, str, str | None]:
    row = _row(ctx, r.provider, round_)
    region = None if row is None else row.get("region")
    if not isinstance(region, str) or not region:
        return "unverifiable", f"{r.provider}'s region is not in the data", None
    verdict = "supported" if region.lower() == r.region.lower() else "contradicted"
    return verdict, f"{r.provider} is in the {region} region", region


def _region_count_outcome(ctx: Context, r: RegionCount, round_: str) -> tuple[str, str, str | None]:
    rows = ctx.frame[(ctx.frame["round"].astype(str) == round_) & (ctx.frame["region"].astype(str) == r.region)]
    k = len(rows)
    detail = f"{k} inspection{'s' if k != 1 else ''} of the {r.region} region's units in {round_} in the data"
    if k == r.count:
        return "supported", detail, str(k)
    # another number may count other rounds' inspections, or only the reports out when it was written
    return "unverifiable", detail + "; the text may count other rounds, or only the reports out by then", str(k)


def _missing_inspections(ctx: Context, sector: str, round_: str) -> str:
    """The rounds before ``round_`` whose data may not hold every inspection of the sector: fewer rows than
    the published number inspected, or no published number ('' when none)."""
    gaps = []
    for rd in _rounds(ctx):
        if rd >= round_:
            continue
        held = len(ctx.scope(rd, sector))
        if not held:
            continue
        totals = ctx.round_row(rd, sector)
        inspected = None if totals is None or pd.isna(totals.get("inspected")) else int(totals["inspected"])
        if inspected is None or held < inspected:
            of = inspected if inspected is not None else "a number not published"
            gaps.append(f"{rd}: {held} in the data, of {of}")
    return "; ".join(gaps)


def _ordinal_outcome(ctx: Context, r: InspectionOrdinal, round_: str) -> tuple[str, str, str | None]:
    visits = [rd for rd, _ in provider_rounds(ctx, r.provider)]
    if round_ not in visits:
        return "unverifiable", f"{r.provider} has no inspection in {round_} in the data", None
    stated = stated_ordinal(r.provider, round_)
    if stated is not None:
        n, since, url = stated
        verdict = "supported" if n == r.n else "contradicted"
        return verdict, f"{r.provider}'s {round_} inspection was its number {n} since {since}, as {url} states", \
            str(n)
    k = visits.index(round_) + 1
    detail = f"{r.provider}'s {round_} inspection is number {k} of {len(visits)} in the data"
    row = _row(ctx, r.provider, round_)
    sector = str(row.get("sector")) if row is not None else ""
    if k == r.n and sector in schema.SECTORS:
        # CRCs and NPS divisions were inspected before 2018-19, when the data begin; PDUs and regions were not
        return "unverifiable", detail + "; CRCs and NPS divisions had inspections before the data begin", str(k)
    if k == r.n:
        gaps = _missing_inspections(ctx, sector, round_)
        if gaps:
            return "unverifiable", f"{detail}; the data may lack an earlier one ({gaps})", str(k)
        return "supported", detail, str(k)
    if k > r.n:
        return "contradicted", detail, str(k)
    if sector not in schema.SECTORS and not _missing_inspections(ctx, sector, round_):
        # fewer before it than the text says, in data that hold every inspection of the kind before it
        return "contradicted", detail + f"; the data hold every {sector} inspection before {round_}", str(k)
    # fewer inspections before it in the data than the text says: the data may lack an earlier one
    return "unverifiable", detail + "; the data may lack an earlier inspection", str(k)


def _report_dates(ctx: Context, round_: str) -> list[str]:
    """The publication dates of the round's reports the data hold, earliest first (read once per round)."""
    def find():
        return sorted(p for p in ctx.scope(round_, None)["published"] if isinstance(p, str) and p)
    return ctx.memo(("report dates", round_), find)


def _last_report(ctx: Context, round_: str) -> str:
    """The latest publication date of the round's reports in the data ('' when none is known)."""
    dates = _report_dates(ctx, round_)
    return dates[-1] if dates else ""


def _first_report(ctx: Context, round_: str) -> str:
    """The earliest publication date of the round's reports in the data ('' when none is known)."""
    dates = _report_dates(ctx, round_)
    return dates[0] if dates else ""


def _complete_rounds(ctx: Context) -> list[str]:
    """Rounds whose data hold every provider in scope (the published count): an owner's portfolio needs one."""
    def find():
        out = []
        for rd in _rounds(ctx):
            size = population_size(ctx, rd, None).interval
            if size is not None and size.exact and size.low == len(ctx.scope(rd, None)):
                out.append(rd)
        return out
    return ctx.memo("complete rounds", find)


def _known_counts(ctx: Context, round_: str, sector: str | None) -> tuple[dict[str, int], int] | None:
    """Counts of each overall rating in a population, when the data hold every provider of it and every
    rating; None otherwise (then shares and orders are not known)."""
    size = population_size(ctx, round_, sector).interval
    scope = ctx.scope(round_, sector)
    if size is None or not size.exact or size.low != len(scope) or scope["overall"].isna().any() or not len(scope):
        return None
    values = list(scope["overall"].astype(str))
    return {r: values.count(r) for r in schema.RATINGS}, len(values)


def _likelihood_outcome(ctx: Context, r: Likelihood, round_: str) -> tuple[str, str, str | None]:
    # the rows when they hold the whole population, else HMIP's totals for the round
    a = _known_counts(ctx, round_, r.first) or _stated_counts(ctx, round_, r.first)
    b = _known_counts(ctx, round_, r.second) or _stated_counts(ctx, round_, r.second)
    if a is None or b is None:
        return "unverifiable", f"the data do not hold every rating of both groups in {round_}", None
    if r.kind in ("better", "worse"):
        return _better_outcome(a, b, r, round_)
    pa = sum(a[0][x] for x in r.ratings) / a[1]
    pb = sum(b[0][x] for x in r.ratings) / b[1]
    names = " or ".join(r.ratings)
    detail = (f"{pa:.1%} of {_who(r.first)} and {pb:.1%} of {_who(r.second)} were rated {names} in {round_}")
    if r.kind == "more":
        return ("supported" if pa > pb else "contradicted"), detail, f"{pa:.1%} vs {pb:.1%}"
    if r.kind == "less":
        return ("supported" if pa < pb else "contradicted"), detail, f"{pa:.1%} vs {pb:.1%}"
    if pb == 0:
        return "unverifiable", detail + "; no ratio to a share of zero", None
    ratio = pa / pb
    if r.bound is not None:
        # "more than ten times as likely": literal truth, the ratio within the words' interval
        verdict = _compare(Interval(ratio, ratio), r.bound)
        return verdict, f"{detail}: {ratio:.1f} times", f"{ratio:.1f}"
    # "five times as likely": a ratio that rounds to five
    ok = r.ratio - 0.5 <= ratio < r.ratio + 0.5
    return ("supported" if ok else "contradicted"), f"{detail}: {ratio:.1f} times", f"{ratio:.1f}"


def _better_outcome(a: tuple[dict[str, int], int], b: tuple[dict[str, int], int], r: Likelihood,
                    round_: str) -> tuple[str, str, str | None]:
    """'A was rated better than B' has two readings: a larger share rated Good or better, and a better mean rating
    (Outstanding 4 to Inadequate 1). A verdict only when they agree."""
    def share(c: tuple[dict[str, int], int]) -> float:
        return (c[0]["Outstanding"] + c[0]["Good"]) / c[1]

    def mean(c: tuple[dict[str, int], int]) -> float:
        return sum((4 - i) * c[0][x] for i, x in enumerate(schema.RATINGS)) / c[1]

    sign = 1 if r.kind == "better" else -1
    by_share = sign * (share(a) - share(b))
    by_mean = sign * (mean(a) - mean(b))
    detail = (f"{share(a):.1%} of {_who(r.first)} and {share(b):.1%} of {_who(r.second)} rated Good or better in "
              f"{round_}; mean rating {mean(a):.2f} and {mean(b):.2f} (Outstanding 4 to Inadequate 1)")
    if by_share > 0 and by_mean > 0:
        return "supported", detail, None
    if by_share <= 0 and by_mean <= 0:
        return "contradicted", detail, None
    return "unverifiable", f"the readings differ: {detail}", None


def _stated_counts(ctx: Context, round_: str, sector: str | None) -> tuple[dict[str, int], int] | None:
    """Counts of each overall rating among those a round rated, as HMIP's totals give them (rounds.csv); None when
    a count is not given."""
    totals = ctx.round_row(round_, sector or "all")
    if totals is None:
        return None
    got = {x: totals.get(schema.RATING_KEYS[x]) for x in schema.RATINGS}
    if any(v is None or pd.isna(v) for v in got.values()):
        # the rows, when they are every one the round rated (2022-23: HMIP's 31, and 31 rows)
        rated = totals.get("rated")
        scope = ctx.scope(round_, sector)
        if rated is None or pd.isna(rated) or int(rated) != len(scope) or scope["overall"].isna().any():
            return None
        values = list(scope["overall"].astype(str))
        got = {x: values.count(x) for x in schema.RATINGS}
    counts = {x: int(v) for x, v in got.items()}
    return counts, sum(counts.values())


def _distribution_outcome(ctx: Context, r: Distribution, round_: str) -> tuple[str, str, str | None]:
    # among those rated: the data's rows when they hold the whole population, else HMIP's totals for the round
    got = _known_counts(ctx, round_, r.sector) or _stated_counts(ctx, round_, r.sector)
    if r.than_sector is not None:
        other = _known_counts(ctx, round_, r.than_sector) or _stated_counts(ctx, round_, r.than_sector)
        if got is None or other is None:
            return "unverifiable", f"the data do not hold every rating of the {_who(r.sector)} and " \
                f"{_who(r.than_sector)} in {round_}", None
        a, b = got[0][r.rating], other[0][r.rating]
        # ("twice as many": the one count exactly that multiple of the other)
        holds = a == r.ratio * b if r.kind == "ratio" else a > b if r.kind == "more" else a < b
        return ("supported" if holds else "contradicted"), f"rated {r.rating} in {round_}: {_who(r.sector)} {a}, " \
            f"{_who(r.than_sector)} {b}", f"{a} and {b}"
    if got is None:
        return "unverifiable", f"the data do not hold every rating of the {_who(r.sector)} in {round_}", None
    counts, n = got
    shown = ", ".join(f"{k} {v}" for k, v in counts.items() if v)
    detail = f"{_who(r.sector)} in {round_}: {shown}"
    if r.than is not None:
        a, b = counts[r.rating], counts[r.than]
        holds = a > b if r.kind == "more" else a < b
        return ("supported" if holds else "contradicted"), detail, f"{a} and {b}"
    if r.kind in ("lowest", "highest"):
        given = [x for x in schema.RATINGS if counts[x]]
        extreme = given[-1] if r.kind == "lowest" else given[0]
        return ("supported" if extreme == r.rating else "contradicted"), detail, extreme
    present = {k: v for k, v in counts.items() if v} if r.kind == "least common" else counts
    best = max(present.values()) if r.kind == "most common" else min(present.values())
    top = [k for k, v in present.items() if v == best]
    if r.rating in top and len(top) == 1:
        return "supported", detail, r.rating
    if r.rating not in top:
        return "contradicted", detail, " or ".join(top)
    return "unverifiable", detail + "; a tie", " or ".join(top)


def _date_outcome(ctx: Context, r: InspectionDate, round_: str) -> tuple[str, str, str | None]:
    if r.column == "inspection":
        # the month of "its inspection" may be its visit's or its report's: a verdict where the two agree
        visit, report = (_date_outcome(ctx, replace(r, column=c), round_) for c in ("fieldwork_start", "published"))
        both = f"{visit[1]}, and its report came out in {report[2]}" if report[2] else visit[1]
        if visit[0] == report[0]:
            return visit[0], both, visit[2]
        return "unverifiable", f"{both}: readings differ, the visit's month or the report's", visit[2]
    row = _row(ctx, r.provider, round_)
    value = None if row is None else row.get(r.column)
    if not isinstance(value, str) or not value:
        return "unverifiable", f"{r.provider}'s {r.column} in {round_} is not in the data", None
    year, month = int(value[:4]), int(value[5:7])
    what = "fieldwork began" if r.column == "fieldwork_start" else "the report was published"
    ok = (r.month is None or month == r.month) and (r.year is None or r.year == year) and \
        (r.months is None or month in r.months)
    if not ok and r.months is not None and (r.year is None or r.year == year) and \
            min(abs(month - x) for x in r.months) == 1:
        # a season's edge is loose: fieldwork begun in late August may be "in the autumn" to a writer
        return "unverifiable", f"{r.provider}'s {round_} fieldwork began in {value}, at the edge of the season", value
    other = row.get("published")
    if not ok and r.month is None and r.months is None and r.column == "fieldwork_start" and \
            isinstance(other, str) and other[:4] == str(r.year):
        # "inspected in 2019" of fieldwork in late 2018 reported in 2019: a year alone may mean either
        return "unverifiable", f"{r.provider}'s {round_} fieldwork began in {value}, its report in {other}", value
    if not ok and r.column == "fieldwork_start" and r.month is not None and \
            (r.year or year) * 12 + r.month - (year * 12 + month) == 1:  # fieldwork may run on into the next month
        return "unverifiable", f"{r.provider}'s {round_} fieldwork began in {value}; it may have run on", value
    if ok and r.day is not None and len(value) >= 10 and int(value[8:10]) != r.day:
        ok = False  # the data give the day too, and it is another
    return ("supported" if ok else "contradicted"), f"{r.provider}'s {round_} {what} in {value}", value


def _figure_outcome(ctx: Context, r: ProviderFigure, round_: str) -> tuple[str, str, str | None]:
    from ..analysis.common import bounds

    row = _row(ctx, r.provider, round_)
    if row is None:
        return "unverifiable", f"{r.provider} has no inspection in {round_} in the data", None
    value = row.get(r.column)
    if value is None or pd.isna(value):
        return "unverifiable", f"{r.provider}'s {r.column} in {round_} is not in the data", None
    qualifier = row.get(f"{r.column}_qualifier")
    qualifier = qualifier if isinstance(qualifier, str) else ""
    low, high = bounds(float(value), qualifier)
    # an open bound (">50": no upper bound) is never reached
    got = Interval(low, high, low_closed=qualifier != ">",
                   high_closed=qualifier not in ("<", "<~") and high != math.inf)
    shown = f"{'' if qualifier == '/' else qualifier}{float(value):g}"
    return _compare(got, r.stated), f"{r.provider}'s {r.column} was {shown} in {round_} (providers.csv)", shown


def _comparison_outcome(ctx: Context, r: RatingComparison, round_: str) -> tuple[str, str, str | None]:
    mine, theirs = _row(ctx, r.provider, round_), _row(ctx, r.other, round_)
    if r.column == "points":
        return points_compared(r, round_, mine, theirs)
    if r.column != "overall":
        return figures_compared(r, round_, mine, theirs)
    a = mine.get("overall") if mine is not None else None
    b = theirs.get("overall") if theirs is not None else None
    if not (isinstance(a, str) and isinstance(b, str)):
        return "unverifiable", f"the overall ratings of {r.provider} and {r.other} in {round_} are not both in the " \
            "data", None
    order = schema.RATINGS  # best first
    higher = order.index(a) < order.index(b)
    ok = {"higher": higher, "same": a == b, "different": a != b}.get(r.relation, order.index(a) > order.index(b))
    return ("supported" if ok else "contradicted"), f"{r.provider} was rated {a} and {r.other} {b} in {round_}", \
        f"{a} / {b}"


def _extreme_outcome(ctx: Context, r: RatedExtreme, round_: str) -> tuple[str, str, str | None]:
    scope = ctx.scope(round_, r.sector)
    ratings = dict(zip(scope["provider_id"], scope["overall"], strict=True))
    mine = ratings.get(r.provider)
    if not isinstance(mine, str):
        return "unverifiable", f"{r.provider}'s overall rating in {round_} is not in the data", None
    rank = {x: i for i, x in enumerate(schema.RATINGS)}  # best first
    sign = 1 if r.kind == "highest" else -1
    others = [v for pid, v in ratings.items() if pid != r.provider and isinstance(v, str)]
    beyond = [v for v in others if sign * rank[v] < sign * rank[mine]]
    tied = [v for v in others if v == mine]
    who = _who(r.sector)
    detail = f"{r.provider} was rated {mine} in {round_}; of the other {who}, {len(beyond)} rated " \
        f"{'higher' if r.kind == 'highest' else 'lower'} and {len(tied)} the same"
    if beyond:
        return "contradicted", detail, mine
    size = population_size(ctx, round_, r.sector).interval
    whole = size is not None and size.exact and size.low == len(scope) and len(others) + 1 == len(scope)
    if tied or not whole:
        return "unverifiable", detail + ("" if whole else "; the data do not hold every one of them"), mine
    return "supported", detail, mine
