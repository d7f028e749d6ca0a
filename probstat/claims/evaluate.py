"""Evaluate a reading on the data: the interval the data allow for what a statement speaks of.

Counts over a round with providers missing from the data are intervals [known, known + missing], where
missing comes from the published round totals (rounds.csv); when those totals give the very count, they
decide it and are named as the evidence. Nothing is estimated: an unknown number of missing providers gives
an interval with no upper end.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
import pandas as pd

from .. import schema
from ..analysis.common import bounds
from ..output import format_figure as _fig
from ..published import load_rounds
from .ranks import position_verdict
from .readings import Statement


@dataclass(frozen=True)
class Interval:
    """A closed or half-open interval of what the data allow; ``exact`` when low == high."""

    low: float
    high: float
    low_closed: bool = True
    high_closed: bool = True

    @property
    def exact(self) -> bool:
        return self.low == self.high and self.low_closed and self.high_closed

    def text(self) -> str:
        if self.exact:
            return _fig(self.low)
        if math.isinf(self.high):
            return f"{'at least' if self.low_closed else 'more than'} {_fig(self.low)}"
        return f"{'[' if self.low_closed else '('}{_fig(self.low)}, {_fig(self.high)}{']' if self.high_closed else ')'}"



@dataclass(frozen=True)
class Outcome:
    """What the data say about a statement's subject."""

    interval: Interval | None  # None: the data cannot say
    detail: str  # in words: "1 of 21 CRCs in 2018-19 rated Good"
    evidence: str  # "data", "published totals", "data and published totals"
    n: int | None = None
    size: Interval | None = None  # the population's size, where the statement also speaks of it
    document: str | None = None  # the document the evidence rests on, beyond providers.csv
    document_url: str | None = None
    needs: str | None = None
    members: tuple[tuple[str, str | None, str | None], ...] = ()  # (provider_id, value, published) in scope


class Context:
    """The data a text is checked against: providers, published round totals, the document's own URL."""

    def __init__(self, frame: pd.DataFrame, rounds: pd.DataFrame | None = None, source: str | None = None):
        self.frame = frame
        self.rounds = rounds if rounds is not None else load_rounds()
        self.source = source
        self.reinspected: set[str] = set()  # providers the text speaks of as re-inspected (reader.read_text)
        self.first_inspected: set[str] = set()  # providers whose first inspection the text says it reports
        self.inspection_of: dict[str, str] = {}  # provider -> the one inspection the text's dates fit
        self.date_bounds: tuple[str | None, str | None] = (None, None)  # months an undated text was written in
        # A text repeats the same few subjects; each is computed once per check (texts of 1 MB stay fast).
        self._memo: dict = {}

    def memo(self, key, compute):
        """compute(), once per key for the life of this context."""
        if key not in self._memo:
            self._memo[key] = compute()
        return self._memo[key]

    def row(self, pid: str, round_: str) -> pd.Series | None:
        """The provider's first row of the round, or None; once per pair and context."""
        def find() -> pd.Series | None:
            f = self.frame
            if isinstance(pid, str) and isinstance(round_, str):
                # the provider's rows from one pass over the frame: a text names hundreds of (provider, round)
                # pairs, and a mask of the whole frame for each cost a millisecond
                rounds = f["round"]
                at = next((k for k in self.positions().get(pid, ()) if rounds.iat[k] == round_), None)
                return None if at is None else f.iloc[at]
            rows = f[(f["provider_id"] == pid) & (f["round"] == round_)]
            return None if rows.empty else rows.iloc[0]
        return self.memo(("row", pid, round_), find)

    def positions(self) -> dict[object, list[int]]:
        """provider_id -> the positions of its rows in the frame, in order (one pass, once per context)."""
        def find() -> dict[object, list[int]]:
            out: dict[object, list[int]] = {}
            for k, pid in enumerate(self.frame["provider_id"]):
                out.setdefault(pid, []).append(k)
            return out
        return self.memo("row positions", find)

    def round_row(self, round_: str, sector: str | None) -> pd.Series | None:
        """The published totals of a round for a sector (or all), once per context; none for one owner's."""
        def find() -> pd.Series | None:
            if portion_of(sector)[1] or month_of(sector):
                return None
            r = self.rounds
            rows = r[(r["round"] == round_) & (r["sector"] == (sector or "all"))]
            return None if rows.empty else rows.iloc[0]
        return self.memo(("round row", round_, sector), find)

    def scope(self, round_: str, sector: str | None) -> pd.DataFrame:
        def rows() -> pd.DataFrame:
            # one mask of the frame, taken once: each selection copies every column of the frame, and a text asks
            # for dozens of scopes (the same rows as selecting round, owner and sector in turn; a missing value,
            # as there, selects nothing)
            f = self.frame
            mask = _hits(f["round"] == round_)
            base, owner = portion_of(sector)
            month = month_of(sector)
            if month:
                mask = mask & _hits(f["published"].astype(str).str.startswith(month))
            if owner:
                column = "region" if "#" in sector else "owner"
                mask = mask & _hits(f[column].astype(str).str.lower() == owner.lower())
            if base:
                mask = mask & _hits(f["sector"] == base)
            return f[mask]
        return self.memo(("scope", round_, sector), rows)


def _hits(test: pd.Series) -> np.ndarray:
    return test.to_numpy(dtype=bool, na_value=False)


def portion_of(sector: str | None) -> tuple[str | None, str | None]:
    """A population of one owner's providers is written "CRC@Sodexo", one region's "PDU#London": (sector, the
    owner or region); else (sector, None)."""
    sector = sector.partition("~")[0] if sector else sector
    for mark in "@#":
        if sector and mark in sector:
            base, part = sector.split(mark, 1)
            return base, part
    return sector, None


def month_of(sector: str | None) -> str | None:
    """The month ("2022-10") of a population of the reports of one month, written "PDU#London~2022-10"."""
    return sector.partition("~")[2] or None if sector else None


def _whole_sector_held(ctx: Context, round_: str, sector: str | None) -> bool:
    """Whether the data hold every provider of the owner's sector in the round (its published number in scope):
    only then is one owner's part of it known in full. The reports of one month are known in full when the
    population they are a part of is, each with its report's month."""
    if month_of(sector):
        whole = sector.partition("~")[0] or None
        base, part = portion_of(whole)
        dated = ctx.scope(round_, whole)["published"].astype(str).str.len().ge(7).all()
        return bool(dated) and (_whole_sector_held(ctx, round_, whole) if part else _round_held(ctx, round_, base))
    base = portion_of(sector)[0]
    held = len(ctx.scope(round_, base))
    size = population_size(ctx, round_, base).interval
    if size is not None and size.exact and size.low == held:
        return True
    # a region's PDUs are those the round inspected: the data hold them all when they hold every inspection
    row = ctx.round_row(round_, base) if "#" in (sector or "") else None
    return row is not None and _opt(row["inspected"]) == held


def _round_held(ctx: Context, round_: str, sector: str | None) -> bool:
    """Whether the data hold every inspection of the round in the sector (its published number inspected)."""
    row = ctx.round_row(round_, sector)
    return row is not None and _opt(row["inspected"]) == len(ctx.scope(round_, sector))


def _opt(value) -> int | None:
    return None if value is None or pd.isna(value) else int(value)


def _document(row: pd.Series) -> tuple[str, str]:
    note = str(row.get("note", ""))
    title = note.split(":")[0] if note else "HMIP published totals"
    return title, str(row.get("source_url", ""))


def population_size(ctx: Context, round_: str, sector: str | None) -> Outcome:
    """See _population_size; computed once per subject and context."""
    return ctx.memo(("size", round_, sector), lambda: _population_size(ctx, round_, sector))


def _population_size(ctx: Context, round_: str, sector: str | None) -> Outcome:
    """How many providers the round covers in a sector: published in-scope count, else at least the rows held."""
    scope = ctx.scope(round_, sector)
    row = ctx.round_row(round_, sector)
    published = _opt(row["providers_in_scope"]) if row is not None else None
    who = _who(sector)
    if (portion_of(sector)[1] or month_of(sector)) and _whole_sector_held(ctx, round_, sector):
        return Outcome(Interval(len(scope), len(scope)), f"{len(scope)} {who} at their {round_} inspections",
                       "data", n=len(scope))
    if published is not None:
        title, url = _document(row)
        if len(scope) > published:
            return Outcome(None, f"{len(scope)} {who} in the data but {published} published", "data",
                           needs="data and published totals that agree")
        evidence = "data" if len(scope) == published else "published totals"
        return Outcome(Interval(published, published), f"{published} {who} in {round_}", evidence,
                       n=len(scope), document=title, document_url=url)
    return Outcome(Interval(len(scope), math.inf), f"{len(scope)} {who} of {round_} in the data; the round's "
                   f"number in scope is not published in rounds.csv", "data", n=len(scope),
                   needs=f"the number of {who} in scope in {round_}")


def _who(sector: str | None) -> str:
    if month_of(sector):
        return f"{_who(sector.partition('~')[0] or None)} reported in {month_of(sector)}"
    base, owner = portion_of(sector)
    if owner:
        return f"{_who(base)} in {owner}" if "#" in sector else f"{_who(base)} run by {owner}"
    return "providers" if sector is None else schema.SECTOR_PLURALS.get(sector, f"{sector}s")


def count(ctx: Context, st: Statement) -> Outcome:
    """See _count; computed once per subject and context."""
    return ctx.memo(("count", st.round, st.sector, st.predicate), lambda: _count(ctx, st))


def _count(ctx: Context, st: Statement) -> Outcome:
    """How many providers of the statement's population and round meet its predicate."""
    round_, sector, pred = st.round, st.sector, st.predicate
    scope = ctx.scope(round_, sector)
    row = ctx.round_row(round_, sector)
    who = _who(sector)
    if pred.kind == "providers":
        return population_size(ctx, round_, sector)
    if pred.kind == "inspected":
        published = _opt(row["inspected"]) if row is not None else None
        if (portion_of(sector)[1] or month_of(sector)) and _whole_sector_held(ctx, round_, sector):
            # every inspection of the round is in the data: theirs are all there
            return Outcome(Interval(len(scope), len(scope)), f"{len(scope)} {who} inspected in {round_} (every "
                           "inspection of the round is in the data)", "data", n=len(scope))
        if published is not None:
            title, url = _document(row)
            return Outcome(Interval(published, published), f"{published} {who} inspected in {round_}",
                           "published totals", n=len(scope), document=title, document_url=url)
        return Outcome(Interval(len(scope), math.inf), f"{len(scope)} {who} of {round_} in the data", "data",
                       n=len(scope), needs=f"how many {who} were inspected in {round_}")
    column = pred.column if pred.kind == "rating" else "overall"
    if column != "overall":
        # (the later unit types too: a PDU's leadership is rated under its own framework)
        scope = scope[scope["sector"].map(schema.STANDARDS_BY_COLUMN[column].applies_to).astype(bool)]
    values = scope[column] if column in scope else pd.Series([None] * len(scope), dtype=object)
    known = int(values.notna().sum())
    k = int(values.isin(pred.ratings).sum()) if pred.kind == "rating" else known
    rated_published = _opt(row["rated"]) if row is not None else None
    in_scope = _opt(row["providers_in_scope"]) if row is not None else None
    rated_known = int(scope["overall"].notna().sum())
    # How many providers of the population could still have the predicate without being known to.
    if column == "overall" and rated_published is not None:
        open_ = max(rated_published - rated_known, 0)
    elif column != "overall" and in_scope is not None and in_scope == len(scope):
        open_ = len(scope) - known
    elif column != "overall" and rated_published is not None and row is not None:
        open_ = (len(scope) - known) + max(rated_published - rated_known, 0)
    else:
        open_ = None
    if (portion_of(sector)[1] or month_of(sector)) and _whole_sector_held(ctx, round_, sector):
        open_ = len(scope) - known
    what = pred.describe()
    label = f"{k} {who} known {what} in {round_}"
    members = tuple((pid, v if isinstance(v, str) else None, p if isinstance(p, str) else None)
                    for pid, v, p in zip(scope["provider_id"], values, scope["published"], strict=True))
    if open_ == 0:
        return Outcome(Interval(k, k), f"{k} of {len(scope)} {who} {what} in {round_}", "data", n=len(scope),
                       members=members)
    high = math.inf if open_ is None else k + open_
    needs = (f"{column} for {open_} more {who}" if open_ is not None
             else f"how many {who} were rated in {round_}")
    data_interval = Interval(k, high)
    if pred.kind == "rating" and column == "overall" and row is not None:
        cols = [schema.RATING_KEYS[r] for r in pred.ratings]
        vals = [_opt(row[c]) for c in cols]
        if all(v is not None for v in vals):
            published = sum(vals)
            title, url = _document(row)
            if not (k <= published <= high):
                return Outcome(None, f"{label}, but the published total is {published}", "data",
                               needs="data and published totals that agree")
            circular = ctx.source is not None and same_url(ctx.source, url)
            if circular:
                return Outcome(data_interval, f"{label}; the only other source, the published total of "
                               f"{published}, is the document being checked (circular)", "data",
                               n=len(scope), needs=needs + " (the published total is this same document)",
                               members=members)
            return Outcome(Interval(published, published), f"{published} {who} {what} in {round_} "
                           f"({k} known in the data, {open_} not in them)", "published totals", n=len(scope),
                           document=title, document_url=url, members=members)
    if pred.kind == "rated" and rated_published is not None:
        title, url = _document(row)
        return Outcome(Interval(rated_published, rated_published), f"{rated_published} {who} rated in {round_}",
                       "published totals", n=len(scope), document=title, document_url=url)
    return Outcome(data_interval, f"{label}; {needs}", "data", n=len(scope), needs=needs, members=members)


def same_url(a: str, b: str) -> bool:
    """Whether two URLs name the same page (scheme, 'www.' and a trailing slash aside)."""

    def norm(u: str) -> str:
        return u.strip().lower().split("://")[-1].removeprefix("www.").rstrip("/")
    return norm(a) == norm(b)


def people(ctx: Context, st: Statement) -> Outcome:
    """See _people; computed once per subject and context."""
    return ctx.memo(("people", st.round, st.providers), lambda: _people(ctx, st))


def _people(ctx: Context, st: Statement) -> Outcome:
    """People supervised by a named provider (the interval its stated figure allows), or by a population."""
    if not st.providers:
        return Outcome(None, "people supervised by a sector or all providers", "data",
                       needs="people supervised for every provider in scope")
    if len(st.providers) > 1:
        return Outcome(None, "several providers named", "data", needs="one provider per figure")
    pid = st.providers[0]
    r = ctx.row(pid, st.round)
    if r is None:
        return Outcome(None, f"{pid} has no row for {st.round}", "data", needs=f"{pid} in {st.round}")
    value = r.get("people_supervised")
    if value is None or pd.isna(value):
        return Outcome(None, f"people supervised by {pid} in {st.round} not in the data", "data",
                       needs=f"people_supervised for {pid} in {st.round}")
    qualifier = r.get("people_supervised_qualifier")
    qualifier = qualifier if isinstance(qualifier, str) else ""
    low, high = bounds(float(value), qualifier)
    shown = f"{qualifier}{float(value):,.0f}"
    interval = Interval(low, high, low_closed=qualifier not in (">",), high_closed=qualifier not in ("<", "<~"))
    return Outcome(interval, f"{pid} supervised {shown} in {st.round} (providers.csv)", "data", n=1,
                   members=((pid, qualifier, str(float(value))),))


def provider_rating(ctx: Context, st: Statement) -> Outcome:
    """See _provider_rating; computed once per subject and context."""
    return ctx.memo(("rating", st.round, st.providers, st.predicate), lambda: _provider_rating(ctx, st))


def _provider_rating(ctx: Context, st: Statement) -> Outcome:
    """A named provider's overall or standard rating in the round."""
    pid = st.providers[0]
    column = st.predicate.column
    row = ctx.row(pid, st.round)
    if row is None:
        return Outcome(None, f"{pid} has no row for {st.round}", "data", needs=f"{pid}'s {column} rating in {st.round}")
    value = row.get(column)
    if value is None or pd.isna(value):
        return Outcome(None, f"{pid}'s {column} rating in {st.round} is not in the data", "data",
                       needs=f"{pid}'s {column} rating in {st.round}")
    return Outcome(Interval(1, 1) if value in st.predicate.ratings else Interval(0, 0),
                   f"{pid} rated {value} ({column}) in {st.round}", "data", n=1,
                   members=((pid, str(value), row.get("published")),))


def league_position(ctx: Context, st) -> tuple[str, str, Outcome]:
    """(verdict, working, outcome) for a stated league position (claims.ranks), against every position the
    provider's possible total scores allow among the providers of the round (and sector, if one is named)."""
    from ..analysis.league import rank_bounds

    pid = st.providers[0]
    if st.sector is not None and st.sector not in schema.SECTORS:
        # the league is of the ten-standard frameworks' providers; a PDU's or region's place among its peers is not
        # computed (their standards are not listed one by one)
        o = Outcome(None, f"league positions are computed for {' and '.join(schema.SECTORS)} providers, not "
                    f"{st.sector}s", "data", needs=f"every {st.sector}'s standard ratings in {st.round}")
        return "unverifiable", o.detail, o
    bounds = ctx.memo(("ranks", st.round, st.sector), lambda: rank_bounds(ctx.frame, st.round, st.sector))
    mine = bounds[bounds["provider_id"] == pid]
    if mine.empty:
        o = Outcome(None, f"{pid} is not among the {st.sector or 'all'} providers of {st.round} in the data", "data",
                    needs=f"{pid}'s standard ratings in {st.round}")
        return "unverifiable", o.detail, o
    row = mine.iloc[0]
    best, worst, compared = int(row["rank_best"]), int(row["rank_worst"]), int(row["compared"])
    verdict, allowed = position_verdict(int(st.amount), st.quantifier == "from top", best, worst, compared)
    o = Outcome(Interval(best, worst), f"the data allow {pid} {allowed} by total score in {st.round}", "data",
                n=compared, needs=f"the standard ratings that fix {pid}'s total score in {st.round}")
    return verdict, o.detail, o
