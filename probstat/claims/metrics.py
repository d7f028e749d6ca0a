"""Named, parameterised computations over the providers data, for claims files to point at.

A claims file says `metric = { name = "providers", round = "2018-19", rating = "Good" }`; this module
checks the parameters and runs the metric. Each metric reuses an analysis function (or, for a count of
ratings, the rating codes that `ratings` counts) so that nothing is computed in two ways, and says what it
could not compute (`needs`) rather than guessing.
"""

from __future__ import annotations

import calendar
import heapq
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from functools import lru_cache

import numpy as np
import pandas as pd

from .. import schema
from ..analysis.caseloads import caseloads
from ..analysis.common import NAMED_IN_NOTES, equal_to, listed, rating_codes, sector_masks, select_round
from ..analysis.gap import column_summary, gap
from ..analysis.gap import needs as gap_needs
from .cells import Cells, known_cells
from .check_cache import analyses_cached as analyses_cached
from .check_cache import cached


@dataclass(frozen=True)
class MetricResult:
    """What a metric found: a value (or an interval when the data are approximate), the n behind it, and
    ``needs`` when the data cannot answer (then value is None or only partial)."""

    value: float | None
    unit: str
    detail: str
    n: int | None = None
    low: float | None = None
    high: float | None = None
    needs: str | None = None
    cells: Cells = field(default_factory=lambda: Cells())  # (round, provider_id, column) the figure rests on

    @property
    def interval(self) -> tuple[float, float] | None:
        """(low, high) the figure may lie in: the bounds when given (high may be inf), else the value twice."""
        if self.low is None and self.high is None:
            return None if self.value is None else (self.value, self.value)
        low = self.low if self.low is not None else (self.value if self.value is not None else 0.0)
        return low, self.high if self.high is not None else float("inf")


@dataclass(frozen=True)
class Param:
    kind: type | tuple[type, ...]
    required: bool = False
    choices: tuple | None = None


@dataclass(frozen=True)
class Metric:
    name: str
    func: Callable[..., MetricResult]
    params: dict[str, Param]
    description: str
    unit: str
    example: str = ""
    #: The optional providers columns the metric reads, from its parameters (the required ones always come).
    reads: Callable[..., tuple[str, ...]] = lambda **_: ()


REGISTRY: dict[str, Metric] = {}
_RATING_CHOICES = schema.RATINGS
_SECTOR_CHOICES = schema.SECTORS


def metric(name: str, description: str, unit: str, example: str = "", *,
           reads: Callable[..., tuple[str, ...]], **params: Param):
    """Register a metric function under ``name`` with its parameter schema and ``reads``, which gives the
    columns it reads from its parameters (so a check loads only those)."""

    def wrap(func):
        REGISTRY[name] = Metric(name, func, {"round": Param(str), **params}, description, unit, example, reads)
        return func

    return wrap


def check_params(spec: dict) -> tuple[str | None, str] | None:
    """Problems with a claims file's metric table, as (key, message), or None when it is fine."""
    name = spec.get("name")
    if not isinstance(name, str) or name not in REGISTRY:
        return "name", f"{name!r} is not a metric; expected one of {', '.join(sorted(REGISTRY))}"
    known = REGISTRY[name].params
    for key, value in spec.items():
        if key == "name":
            continue
        if key not in known:
            return key, f"unknown parameter for metric {name}; expected some of {', '.join(sorted(known))}"
        param = known[key]
        if isinstance(value, bool) and param.kind is not bool:
            return key, f"must be {getattr(param.kind, '__name__', 'text')}, not a boolean"
        if not isinstance(value, param.kind):
            return key, f"must be {getattr(param.kind, '__name__', 'a value')}, not {type(value).__name__}"
        if param.choices is not None and value not in param.choices:
            return key, f"{value!r} is not one of {', '.join(map(str, param.choices))}"
    for key, param in known.items():
        if param.required and key not in spec:
            return key, f"is required by metric {name}"
    return None


def metric_columns(spec: dict) -> tuple[str, ...]:
    """The optional providers columns a validated metric table reads (the required ones are always loaded)."""
    params = {k: v for k, v in spec.items() if k != "name"}
    return tuple(REGISTRY[spec["name"]].reads(**params))


def run_metric(frame: pd.DataFrame, spec: dict) -> MetricResult:
    """Run a validated metric table against the data."""
    params = {k: v for k, v in spec.items() if k != "name"}
    params.setdefault("round", schema.DEFAULT_ROUND)
    # Claims files repeat metric tables (the bundled one asks for five NPS divisions rated Good three times).
    return cached(_run, frame, name=spec["name"], params=tuple(sorted(params.items())))


def _run(frame: pd.DataFrame, name: str, params: tuple[tuple[str, object], ...]) -> MetricResult:
    return REGISTRY[name].func(frame, **dict(params))


def _positions(frame: pd.DataFrame, round_: str, sector: str | None) -> np.ndarray | None:
    """Positions of the rows of a round (and sector) in ``frame``; None when every row is in scope."""
    if sector:
        base = _scope_positions(frame, round_, None)  # a sector's rows are taken from its round's
        chosen = equal_to(frame["sector"], sector)
        return np.flatnonzero(chosen) if base is None else base[chosen[base]]
    if len(select_round(frame[["round"]], round_)) == len(frame):  # its checks: an unknown round is an error
        return None
    return np.flatnonzero(equal_to(frame["round"], round_))


def _scope_positions(frame: pd.DataFrame, round_: str, sector: str | None) -> np.ndarray | None:
    return cached(_positions, frame, round_=round_, sector=sector)


def _column(frame: pd.DataFrame, round_: str, sector: str | None, column: str):
    """One column's values in scope (its array), selected once per check: a metric reads a few columns of the
    rows it counts, and selecting every loaded column for it was most of a claims check on a large file."""
    return cached(_column_values, frame, round_=round_, sector=sector, column=column)


def _column_values(frame: pd.DataFrame, round_: str, sector: str | None, column: str):
    positions = _scope_positions(frame, round_, sector)
    values = frame[column].array
    return values if positions is None else values.take(positions)


def _index(frame: pd.DataFrame, round_: str, sector: str | None) -> pd.Index:
    return frame.index.take(_scope_positions(frame, round_, sector))


def _rows_in_scope(frame: pd.DataFrame, round_: str, sector: str | None, columns: tuple[str, ...]) -> pd.DataFrame:
    wanted = {*schema.REQUIRED_COLUMNS, *columns, *(schema.qualifier_suffix(c) for c in columns)}
    # From the columns' arrays and their one index (taken once): a frame of Series checks each one's index
    # against the others' (0.3 ms a frame, against 0.1).
    index = frame.index if _scope_positions(frame, round_, sector) is None else \
        cached(_index, frame, round_=round_, sector=sector)
    rows = pd.DataFrame({c: _column(frame, round_, sector, c) for c in frame.columns if c in wanted},
                        index=index, copy=False)
    rows.attrs = dict(frame.attrs)  # as a selection of the frame's rows carries them (the source's name)
    return rows


def _known(frame: pd.DataFrame, round_: str, sector: str | None, column: str) -> int:
    """How many of the rows in scope have ``column`` known, counted once per check (asked per count claim)."""
    return cached(_count_known, frame, round_=round_, sector=sector, column=column)


def _count_known(frame: pd.DataFrame, round_: str, sector: str | None, column: str) -> int:
    values = _column(frame, round_, sector, column)
    return len(values) - int(np.asarray(values.isna()).sum())


def _scope(frame: pd.DataFrame, round_: str, sector: str | None, *columns: str) -> pd.DataFrame:
    """The rows of a round (and sector) with only the required columns and ``columns`` (and their qualifiers),
    the same frame for the same arguments throughout one check (analyses are memoised by frame)."""
    return cached(_rows_in_scope, frame, round_=round_, sector=sector, columns=columns)


def _for_analysis(frame: pd.DataFrame, round_: str, *columns: str) -> pd.DataFrame:
    """The round's rows with only the required columns and ``columns`` (and their qualifiers), for an analysis
    of that round: it selects rows many times over, and each selection copies every column it is given."""
    return _scope(frame, round_, None, *columns)


def _cells(rows: pd.DataFrame, *columns: str) -> Cells:
    return Cells(*((rows, column) for column in columns), lister=_known_cells)


def _known_cells(rows: pd.DataFrame, column: str) -> tuple[tuple[str, str, str], ...]:
    # Once per check: the claims of a round share its few scope frames (19 circular checks, a few frames).
    return cached(_rows_and_cells, rows, column=column)[1]


def _rows_and_cells(rows: pd.DataFrame, column: str) -> tuple[pd.DataFrame, tuple[tuple[str, str, str], ...]]:
    # The rows are kept with their cells: the cache is keyed by id(rows), which a freed frame's successor could take.
    return rows, known_cells(rows, column)


def _is(table: pd.DataFrame, column: str, value: str) -> np.ndarray:
    """Which of a result table's rows hold ``value`` in ``column``: a dozen rows compared as Python objects, where
    pandas' comparison and the selection of the rows cost 0.2-0.5 ms each."""
    return table[column].to_numpy(dtype=object) == value


def _who(sector: str | None) -> str:
    return "providers" if sector is None else schema.SECTOR_PLURALS[sector]


@metric("providers", "How many providers, optionally with a given overall or standard rating.", "count",
        'metric = { name = "providers", round = "2018-19", sector = "NPS", rating = "Good" }',
        reads=lambda standard=None, **_: ("overall", standard) if standard else ("overall",),
        sector=Param(str, choices=_SECTOR_CHOICES), rating=Param(str, choices=_RATING_CHOICES),
        standard=Param(str, choices=schema.STANDARD_COLUMNS), rated=Param(bool))
def providers_metric(frame, round, sector=None, rating=None, standard=None, rated=False):  # noqa: A002
    column = standard or "overall"
    scope = _scope(frame, round, sector, column)
    if standard is not None:  # a sector's own standards (unpaid work, victim work) do not apply to the other
        scope = scope[scope["sector"].isin(schema.STANDARDS_BY_COLUMN[standard].sectors)]
    if column not in scope:
        known = 0
    elif standard is not None:
        known = int(scope[column].notna().sum())
    else:
        known = _known(frame, round, sector, column)
    providers_in_scope = len(scope)
    what = f"{_who(sector)} in {round}"
    # Providers HMIP rated that the data do not hold at all (rounds.csv): each could have any rating.
    absent = _absent(frame, round, sector)
    if absent:
        return _partial_round(scope, round, sector, column, rating, rated, known, absent)
    if rating is None:
        if rated:
            return MetricResult(known, "count", f"{known} of {providers_in_scope} {what} have an overall rating",
                                n=providers_in_scope, cells=_cells(scope, column))
        return MetricResult(providers_in_scope, "count", f"{providers_in_scope} {what} in the data",
                            n=providers_in_scope, cells=_cells(scope, "provider"))
    count = _rated_count(frame, round, sector, column, rating)
    label = f"rated {rating} on {column}" if standard else f"rated {rating}"
    cells = _cells(scope, column)
    if known < providers_in_scope:
        # Unknown ratings could be anything: the count is only bounded.
        return MetricResult(None, "count", f"{count} {what} known to be {label}; {column} known for {known} of "
                            f"{providers_in_scope}", n=known, low=count, high=count + providers_in_scope - known,
                            needs=f"{column} for {_who(sector)}: known for {known} of {providers_in_scope}",
                            cells=cells)
    return MetricResult(count, "count", f"{count} of {providers_in_scope} {what} {label}", n=providers_in_scope,
                        cells=cells)


def _rated_count(frame: pd.DataFrame, round_: str, sector: str | None, column: str, rating: str) -> int:
    """The count `ratings` gives the group ``sector`` (None: 'all') and ``rating`` in ``column`` (0 where it gives
    none), from the rating codes of the round's rows: its whole table (every group and rating, the published
    totals and notes) cost more than the claims' counts that read one cell of it."""
    if column not in frame:
        return 0
    codes = cached(_round_codes, frame, round_=round_, column=column)
    std = schema.STANDARDS_BY_COLUMN.get(column)
    # As ratings' groups: a sector-specific standard is rated only for its sectors and the later units that hold it.
    rated_for = None if std is None or std.sectors == schema.BOTH else {*std.sectors, *std.units}
    if sector is not None:
        if rated_for is not None and sector not in rated_for:
            return 0
        mine = cached(_sector_in_round, frame, round_=round_, sector=sector)
    elif rated_for is not None:
        mine = np.zeros(len(codes), dtype=bool)
        for name in rated_for:
            mine |= cached(_sector_in_round, frame, round_=round_, sector=name)
    else:
        mine = np.ones(len(codes), dtype=bool)
    return int(np.count_nonzero(codes[mine] == schema.RATINGS.index(rating)))


def _round_codes(frame: pd.DataFrame, round_: str, column: str) -> np.ndarray:
    return rating_codes(pd.Series(_column(frame, round_, None, column), copy=False))


def _sector_in_round(frame: pd.DataFrame, round_: str, sector: str) -> np.ndarray:
    return equal_to(pd.Series(_column(frame, round_, None, "sector"), copy=False), sector)


def _published_rated(round_: str, sector: str | None) -> int | None:
    """How many providers HMIP gave an overall rating in a round and sector (rounds.csv), or None."""
    return _rated_by_round().get((round_, sector or "all"))


@lru_cache(maxsize=1)
def _rated_by_round() -> dict[tuple[str, str], int]:
    """The bundled published totals of rated providers by (round, sector), read once per process: a claims
    file asks for them once per count claim, which took a filter of the table each time."""
    from ..published import bundled_rounds

    table = bundled_rounds()
    rated = table[table["rated"].notna()]
    return {(r, s): int(n) for r, s, n in zip(rated["round"], rated["sector"], rated["rated"], strict=True)}


def _absent(frame: pd.DataFrame, round_: str, sector: str | None) -> int:
    """How many providers HMIP rated in the round (published totals) that have no overall rating in the data."""
    published = _published_rated(round_, sector)
    if published is None:
        return 0
    return max(published - _known(frame, round_, sector, "overall"), 0)


def _partial_round(scope, round_, sector, column, rating, rated, known, absent) -> MetricResult:
    """A count over a round the data hold only in part: bounded by [known, known + absent], never exact."""
    who = f"{_who(sector)} in {round_}"
    gap = f"HMIP rated {absent} more {_who(sector)} in {round_} than the data hold (rounds.csv)"
    cells = _cells(scope, column)
    if rating is None and not rated:
        return MetricResult(None, "count", f"{len(scope)} {who} in the data; {gap}", n=len(scope), low=len(scope),
                            high=float("inf"), needs=f"every {_who(sector)[:-1]} of {round_} ({gap})", cells=cells)
    if rating is None:
        return MetricResult(None, "count", f"{known} {who} rated in the data; {gap}", n=known, low=known,
                            high=known + absent, needs=gap, cells=cells)
    values = scope[column] if column in scope else pd.Series(dtype=object)
    count = int((values == rating).sum())
    open_ = absent + (len(scope) - known if column != "overall" else 0)
    return MetricResult(None, "count", f"{count} {who} known to be rated {rating}; {gap}", n=known, low=count,
                        high=count + open_, needs=gap, cells=cells)


@metric("share", "A percentage column by sector: mean of providers' figures, or case-weighted; 'complement' "
        "gives 100 minus it (for 'not done well' claims). Needs the figure for every provider in scope.",
        "percent", 'metric = { name = "share", column = "kq2_1_safety", sector = "CRC", complement = true }',
        reads=lambda column, weight=None, **_: (column, "cases_inspected") if weight else (column,),
        column=Param(str, required=True, choices=tuple(c.name for c in schema.COLUMNS if c.kind == "qpercent")),
        sector=Param(str, choices=_SECTOR_CHOICES), weight=Param(str, choices=("cases_inspected",)),
        complement=Param(bool))
def share_metric(frame, round, column, sector=None, weight=None, complement=False):  # noqa: A002
    scope = _scope(frame, round, sector, column, "cases_inspected")
    summary = column_summary(scope, column)
    n, total = summary["n"], summary["providers"]
    how = "case-weighted share" if weight else "mean of providers' figures"
    if n < total:
        # Figures stated only as bounds ("about a third") cannot enter a mean; say they exist.
        approx = (f", and only approximately for {listed(summary['qualified'], summary['qualified_n'])}"
                  if summary["qualified_n"] else "")
        return MetricResult(None, "percent", f"{column} known exactly for {n} of {total} {_who(sector)} in "
                            f"{round}{approx}", n=n,
                            needs=f"{column} for {_who(sector)}: known exactly for {n} of {total}{approx}",
                            cells=_cells(scope, column))
    value = summary["weighted"] if weight else summary["mean"]
    if value is None:
        return MetricResult(None, "percent", f"{column} known for all {total}, but cases_inspected for only "
                            f"{summary['cases_known']}", n=n,
                            needs=f"cases_inspected for {_who(sector)}: known for {summary['cases_known']} of {n}")
    if complement:
        value = 100.0 - value
    return MetricResult(value, "percent", f"{how} of {column}{' (100 minus it)' if complement else ''} over {n} "
                        f"{_who(sector)} in {round}", n=n, cells=_cells(scope, column))


@metric("people_supervised_total", "Sum of people supervised, with bounds from qualified figures. Needs every "
        "provider in scope.", "count", 'metric = { name = "people_supervised_total", round = "2018-19" }',
        reads=lambda **_: ("people_supervised",), sector=Param(str, choices=_SECTOR_CHOICES))
def people_supervised_metric(frame, round, sector=None):  # noqa: A002
    table = cached(caseloads, _for_analysis(frame, round, "people_supervised"), round_=round, by="sector")
    row = table.iloc[np.flatnonzero(_is(table, "sector", sector or "all"))[0]]
    n, total = int(row["n_known"]), int(row["providers"])
    cells = _cells(_scope(frame, round, sector, "people_supervised"), "people_supervised")
    stated = f"{row['total_stated']:,.0f}"
    if n < total:
        return MetricResult(None, "count", f"stated figures for {n} of {total} {_who(sector)} add up to {stated} "
                            f"({row['bound']})", n=n,
                            needs=f"people_supervised for {_who(sector)}: known for {n} of {total} (those {n} state "
                            f"{stated} in all, {row['bound']})", cells=cells)
    high = None if pd.isna(row["total_high"]) else float(row["total_high"])
    return MetricResult(float(row["total_stated"]), "count", f"sum over {n} {_who(sector)} ({row['bound']})", n=n,
                        low=float(row["total_low"]), high=high if high is not None else float("inf"), cells=cells)


@metric("cases_inspected_total", "Sum of cases inspected. Needs every provider in scope.", "count",
        'metric = { name = "cases_inspected_total", round = "2018-19" }', reads=lambda **_: ("cases_inspected",),
        sector=Param(str, choices=_SECTOR_CHOICES))
def cases_inspected_metric(frame, round, sector=None):  # noqa: A002
    scope = _scope(frame, round, sector, "cases_inspected")
    known = scope["cases_inspected"].notna()
    cells = _cells(scope, "cases_inspected")
    if not known.all():
        return MetricResult(None, "count", f"cases_inspected known for {int(known.sum())} of {len(scope)}",
                            n=int(known.sum()),
                            needs=f"cases_inspected for {_who(sector)}: known for {int(known.sum())} of {len(scope)}",
                            cells=cells)
    total = float(scope["cases_inspected"].sum())
    return MetricResult(total, "count", f"sum over {len(scope)} {_who(sector)}", n=len(scope), cells=cells)


def _date_range(text: str) -> tuple[date, date]:
    """A date written to the day or the month, as the first and last day it can mean."""
    year, month = int(text[:4]), int(text[5:7])
    if len(text) >= 10:
        day = date(year, month, int(text[8:10]))
        return day, day
    return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])


@metric("date_span", "Months from the earliest to the latest date in a date column (month-only dates "
        "widen the span into a range). Needs every provider in scope.", "months",
        'metric = { name = "date_span", round = "2018-19", field = "published" }',
        reads=lambda field="published", **_: (field,),
        field=Param(str, choices=("published", "fieldwork_start")), sector=Param(str, choices=_SECTOR_CHOICES))
def date_span_metric(frame, round, field="published", sector=None):  # noqa: A002
    scope = _scope(frame, round, sector, field)
    values = scope[field].dropna()
    cells = _cells(scope, field)
    if values.empty:
        return MetricResult(None, "months", f"{field} unknown for every provider", n=0,
                            needs=f"{field} for {_who(sector)}: known for 0 of {len(scope)}")
    # A date column holds few distinct dates: the span over them is the span over every row.
    distinct = values.unique()
    ranges = [_date_range(v) for v in distinct]
    earliest_low, earliest_high = min(r[0] for r in ranges), min(r[1] for r in ranges)
    latest_low, latest_high = max(r[0] for r in ranges), max(r[1] for r in ranges)
    days_per_month = 365.25 / 12
    low = max(0, (latest_low - earliest_high).days) / days_per_month
    high = (latest_high - earliest_low).days / days_per_month
    detail = (f"{field} from {min(distinct)} to {max(distinct)}: {low:.1f} to {high:.1f} months "
              f"({len(values)} of {len(scope)} {_who(sector)} dated)")
    if len(values) < len(scope):
        # The note names only the first few ids in order: picked from all of them, not by sorting them all
        # (tens of thousands on a large file, each an Arrow value read into Python).
        ids = scope.loc[scope[field].isna(), "provider_id"].to_numpy(dtype=object)
        missing = listed(heapq.nsmallest(NAMED_IN_NOTES, ids), len(ids))
        return MetricResult(None, "months", detail, n=len(values), low=low, high=float("inf"),
                            needs=f"{field} for {missing} (known for {len(values)} of {len(scope)})", cells=cells)
    return MetricResult(None, "months", detail, n=len(values), low=low, high=high, cells=cells)


def _gap_table(frame: pd.DataFrame, domain: str, round_: str) -> pd.DataFrame:
    """gap's table of ``domain`` without the published sector figures it adds where nothing was computed: the gap
    metrics read only computed rows, and reading and checking sector_figures.csv for them cost 5 ms a check."""
    return gap(frame, domain=domain, round_=round_, figures=pd.DataFrame())


def _rating_gap_columns(domain: str) -> tuple[str, ...]:
    # gap.needs() names every rating column for any rating domain; the overall rating's gap reads only it.
    return ("overall",) if domain == "overall" else gap_needs(domain)


@metric("rating_gap_p_value", "Fisher's exact two-sided p for NPS vs CRC shares rated Good or better.", "p-value",
        'metric = { name = "rating_gap_p_value", round = "2018-19" }',
        reads=lambda domain="overall", **_: _rating_gap_columns(domain),
        domain=Param(str, choices=("overall", *schema.STANDARD_COLUMNS)))
def rating_gap_metric(frame, round, domain="overall"):  # noqa: A002
    table = cached(_gap_table, _for_analysis(frame, round, *_rating_gap_columns(domain)), domain=domain, round_=round)
    row = table.iloc[np.flatnonzero(_is(table, "kind", "share_good_or_better"))[0]]
    n = int(row["nps_n"] or 0) + int(row["crc_n"] or 0)
    if pd.isna(row["p_value"]):
        return MetricResult(None, "p-value", row["measure"], n=n,
                            needs=f"{domain} ratings for both sectors: known for NPS {row['nps_coverage']}, "
                            f"CRC {row['crc_coverage']}")
    detail = (f"Good or better: NPS {int(row['nps_k'])} of {int(row['nps_n'])}, CRC {int(row['crc_k'])} of "
              f"{int(row['crc_n'])}; Fisher's exact p = {row['p_value']:.2g}")
    cells = _cells(_scope(frame, round, None, domain), domain)
    return MetricResult(float(row["p_value"]), "p-value", detail, n=n, cells=cells)


@metric("largest_gap", "The largest NPS minus CRC gap in a key-question domain (provider means), in "
        "percentage points: what 'up to N points' claims speak of.", "points",
        'metric = { name = "largest_gap", domain = "risk", round = "2018-19" }',
        reads=lambda domain, **_: gap_needs(domain), domain=Param(str, required=True, choices=tuple(schema.KQ_DOMAINS)))
def largest_gap_metric(frame, round, domain):  # noqa: A002
    table = cached(_gap_table, _for_analysis(frame, round, *gap_needs(domain)), domain=domain, round_=round)
    largest = table.iloc[np.flatnonzero(_is(table, "kind", "largest_gap"))[0]]
    cols = schema.KQ_DOMAINS[domain]
    # The provider-mean rows' few values read as arrays: selecting the rows, and reading them as tuples of
    # all 34 columns, cost more than the metric's figures.
    at = np.flatnonzero(_is(table, "kind", "provider_mean"))
    nps_coverage, crc_coverage = (table[c].to_numpy(dtype=object)[at] for c in ("nps_coverage", "crc_coverage"))
    coverage = "; ".join(f"{c}: NPS {nps}, CRC {crc}" for c, nps, crc in
                         zip(cols, nps_coverage, crc_coverage, strict=True))
    scope = _scope(frame, round, None, *cols)
    cells = _cells(scope, *cols)
    if pd.isna(largest["gap"]):
        return MetricResult(None, "points", largest["measure"], n=0,
                            needs=f"{', '.join(cols)} for both sectors ({coverage})", cells=cells)
    nps_n, crc_n = (table[c].iloc[at] for c in ("nps_n", "crc_n"))
    n = int(nps_n.min()) + int(crc_n.min())
    sectors = sector_masks(scope)
    incomplete = (nps_n.to_numpy(dtype=float, na_value=np.nan) < sectors["NPS"].sum()) | \
                 (crc_n.to_numpy(dtype=float, na_value=np.nan) < sectors["CRC"].sum())
    if incomplete.any():
        return MetricResult(None, "points", f"{largest['measure']} (partial coverage)", n=n,
                            needs=f"{', '.join(cols)} for every provider ({coverage})", cells=cells)
    return MetricResult(float(largest["gap"]), "points", largest["measure"], n=n, cells=cells)
