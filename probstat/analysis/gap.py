"""`probstat gap`: NPS minus CRC, per measure, with an exact test and an interval where they make sense.

Rating domains compare ratings (mean score and share Good or better); key-question domains compare the
percentages of inspected cases that met a key question (mean over providers, and weighted by cases).
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from .. import schema
from ..errors import UnknownChoice, did_you_mean
from ..output import Chart, View
from ..stats import fisher_exact, newcombe_interval
from .common import add_note, qualified_text, select_round, with_view

OVERALL = schema.OVERALL_DOMAIN
GAP_COLUMNS = ("round", "domain", "measure", "kind", "unit", "nps_column", "crc_column", "nps", "crc", "gap",
               "nps_n", "crc_n", "nps_k", "crc_k", "nps_cases", "crc_cases", "ci_low", "ci_high", "p_value",
               "nps_coverage", "crc_coverage")
#: The columns a text table keeps (csv and json carry them all).
COMPACT = ("measure", "nps", "crc", "gap", "unit", "nps_n", "crc_n", "ci_low", "ci_high", "p_value")
_INT_COLUMNS = ("nps_n", "crc_n", "nps_k", "crc_k", "nps_cases", "crc_cases")
_FLOAT_COLUMNS = ("nps", "crc", "gap", "ci_low", "ci_high", "p_value")
POINTS = "points"
PP = "percentage points"


def needs(domain: str) -> tuple[str, ...]:
    """Columns `gap` reads for ``domain``; an unknown domain is a usage error here, before any data is read."""
    name = _canonical(domain)
    if name in schema.KQ_DOMAINS:
        return (*schema.KQ_DOMAINS[name], "cases_inspected")
    return ("overall", *schema.STANDARD_COLUMNS)


def _canonical(domain: str) -> str:
    name = schema.normalise_domain(domain)
    if name is None:
        choices = (OVERALL, *schema.RATING_DOMAINS, *schema.KQ_DOMAINS, *schema.STANDARD_COLUMNS)
        hint = did_you_mean(domain, choices)
        raise UnknownChoice(f"no domain {domain!r}{hint}; domains: {', '.join((OVERALL, *schema.RATING_DOMAINS))} "
                            f"(ratings), {', '.join(schema.KQ_DOMAINS)} (key questions), or one standard: "
                            f"{', '.join(schema.STANDARD_COLUMNS)}")
    return name


@dataclass(frozen=True)
class _Pair:
    """What one rating measure compares: NPS's column against CRC's (the same column unless sector-specific)."""

    label: str
    nps_column: str
    crc_column: str

    @property
    def columns_text(self) -> str:
        if self.nps_column == OVERALL:
            return "overall rating"
        if self.nps_column == self.crc_column:
            return self.nps_column
        return f"{self.nps_column} (NPS) / {self.crc_column} (CRC)"


def _standard_pair(column: str) -> _Pair:
    std = schema.STANDARDS_BY_COLUMN[column]
    if std.sectors == schema.BOTH:
        return _Pair(f"{std.code} {std.name}", column, column)
    # NPS and CRCs have different third-domain standards; HMIP numbers them alike (3.1, 3.2), so the only
    # comparison available is by position, and the measure name must say it is not like with like.
    nps, crc = (next(s for s in schema.STANDARDS if s.code == std.code and s.sectors == (sector,))
                for sector in schema.SECTORS)
    return _Pair(f"{std.code} {nps.name} (NPS) vs {crc.name} (CRC), different standards", nps.column, crc.column)


def _resolve(domain: str) -> tuple[str, list[_Pair] | tuple[str, ...]]:
    """(canonical domain name, rating pairs or key-question columns)."""
    name = _canonical(domain)
    if name == OVERALL:
        return OVERALL, [_Pair("Overall rating", OVERALL, OVERALL)]
    if name in schema.KQ_DOMAINS:
        return name, schema.KQ_DOMAINS[name]
    if name in schema.RATING_DOMAINS:
        pairs: list[_Pair] = []
        for column in schema.RATING_DOMAINS[name]:
            pair = _standard_pair(column)
            if pair not in pairs:  # sector-specific: four columns make two positional pairs
                pairs.append(pair)
        return name, pairs
    return name, [_standard_pair(name)]


def _column(rows: pd.DataFrame, name: str) -> pd.Series:
    """A column, or all-unknown when the file does not have it (a user's file may leave columns out)."""
    if name in rows:
        return rows[name]
    return pd.Series(float("nan"), index=rows.index, dtype=float)


def _blank(rnd: str, domain: str, measure: str, kind: str, unit: str, nps_column: str | None,
           crc_column: str | None) -> dict:
    record: dict = dict.fromkeys(GAP_COLUMNS)
    record.update(round=rnd, domain=domain, measure=measure, kind=kind, unit=unit, nps_column=nps_column,
                  crc_column=crc_column)
    return record


def _coverage_clause(counts: dict[str, tuple[int, int]]) -> str:
    """'0 of 7 NPS and 0 of 21 CRC providers'."""
    return " and ".join(f"{known} of {total} {sector}" for sector, (known, total) in counts.items()) + " providers"


def _rating_rows(rows: pd.DataFrame, rnd: str, domain: str, pair: _Pair, notes: list[str]) -> list[dict]:
    stats: dict[str, dict] = {}
    for sector, column in (("NPS", pair.nps_column), ("CRC", pair.crc_column)):
        mine = rows[rows["sector"] == sector]
        known = _column(mine, column).dropna()
        n = len(known)
        stats[sector] = {
            "n": n, "providers": len(mine), "coverage": f"{n} of {len(mine)}",
            "k": int(known.isin(schema.GOOD_OR_BETTER).sum()),
            "mean": float(known.map(schema.SCORES).mean()) if n else None,
        }
    nps, crc = stats["NPS"], stats["CRC"]
    both = nps["n"] > 0 and crc["n"] > 0

    mean = _blank(rnd, domain, f"{pair.label}: mean score (0-3)", "mean_score", POINTS,
                  pair.nps_column, pair.crc_column)
    share = _blank(rnd, domain, f"{pair.label}: share Good or better", "share_good_or_better", PP,
                   pair.nps_column, pair.crc_column)
    for record in (mean, share):
        record.update(nps_n=nps["n"], crc_n=crc["n"], nps_coverage=nps["coverage"], crc_coverage=crc["coverage"])
    mean.update(nps=nps["mean"], crc=crc["mean"])
    if nps["n"]:
        share.update(nps=100.0 * nps["k"] / nps["n"], nps_k=nps["k"])
    if crc["n"]:
        share.update(crc=100.0 * crc["k"] / crc["n"], crc_k=crc["k"])
    if both:
        mean["gap"] = nps["mean"] - crc["mean"]
        share["gap"] = share["nps"] - share["crc"]
        low, high = newcombe_interval(nps["k"], nps["n"], crc["k"], crc["n"])
        share.update(ci_low=100.0 * low, ci_high=100.0 * high,
                     p_value=fisher_exact(nps["k"], nps["n"] - nps["k"], crc["k"], crc["n"] - crc["k"]))

    prefix = "" if domain in (pair.nps_column, pair.crc_column) else f"{domain}: "
    clause = _coverage_clause({"NPS": (nps["n"], nps["providers"]), "CRC": (crc["n"], crc["providers"])})
    if not both:
        notes.append(f"{prefix}{pair.columns_text} known for {clause} in {rnd}; load fuller data with --data to "
                     "compute this gap")
    elif nps["n"] < nps["providers"] or crc["n"] < crc["providers"]:
        # The ratings we hold are the ones press releases quoted, not a random sample of providers.
        notes.append(f"{prefix}{pair.columns_text} known for {clause} in {rnd}: the gap is between known "
                     "ratings only")
    return [mean, share]


def column_summary(rows: pd.DataFrame, column: str) -> dict:
    """Provider mean and case-weighted share of a percentage column over ``rows`` (one sector, one round).

    Keys: n (providers with an exact figure), providers, mean, weighted (None unless every provider with a
    figure has cases_inspected), cases, cases_known, qualified (figures left out as bounds).
    """
    values = _column(rows, column)
    qualifier = _column(rows, schema.qualifier_suffix(column)).astype(object).fillna("")
    exact = values.notna() & qualifier.eq("")
    qualified = values.notna() & ~exact
    pct = values[exact].astype(float)
    cases = _column(rows, "cases_inspected")[exact]
    out = {
        "n": int(exact.sum()), "providers": len(rows), "mean": float(pct.mean()) if exact.any() else None,
        "qualified": [f"{pid} {qualified_text(v, q)}" for pid, v, q in
                      zip(rows.loc[qualified, "provider_id"], values[qualified], qualifier[qualified], strict=True)],
        "cases_known": int(cases.notna().sum()), "cases": None, "weighted": None,
    }
    # Weighting by a subset's cases would describe a different population from the provider mean, so the
    # case-weighted figure needs the case count of every provider that has a percentage.
    if exact.any() and cases.notna().all():
        total = int(cases.astype(int).sum())
        out["cases"] = total
        if total > 0:
            out["weighted"] = float((pct * cases.astype(float)).sum() / total)
    return out


def _kq_rows(rows: pd.DataFrame, rnd: str, domain: str, column: str, notes: list[str]) -> list[dict]:
    nps, crc = (column_summary(rows[rows["sector"] == s], column) for s in schema.SECTORS)
    label = f"{schema.kq_label(column)} ({column})"
    mean = _blank(rnd, domain, f"{label}: mean of providers' percentages", "provider_mean", PP, column, column)
    weighted = _blank(rnd, domain, f"{label}: share of all inspected cases (case-weighted)", "case_weighted", PP,
                      column, column)
    for record in (mean, weighted):
        record.update(nps_n=nps["n"], crc_n=crc["n"], nps_coverage=f"{nps['n']} of {nps['providers']}",
                      crc_coverage=f"{crc['n']} of {crc['providers']}")
    mean.update(nps=nps["mean"], crc=crc["mean"])
    weighted.update(nps=nps["weighted"], crc=crc["weighted"], nps_cases=nps["cases"], crc_cases=crc["cases"])
    if nps["mean"] is not None and crc["mean"] is not None:
        mean["gap"] = nps["mean"] - crc["mean"]
    if nps["weighted"] is not None and crc["weighted"] is not None:
        weighted["gap"] = nps["weighted"] - crc["weighted"]

    clause = _coverage_clause({"NPS": (nps["n"], nps["providers"]), "CRC": (crc["n"], crc["providers"])})
    if not (nps["n"] and crc["n"]):
        notes.append(f"{domain}: {column} known for {clause} in {rnd}; load fuller data with --data to compute "
                     "this gap")
    else:
        if nps["n"] < nps["providers"] or crc["n"] < crc["providers"]:
            notes.append(f"{domain}: {column} known for {clause} in {rnd}: the gap is between the providers "
                         "with figures only")
        if weighted["gap"] is None:
            notes.append(f"{domain}: {column} case-weighted share not computed for {rnd}: cases_inspected known "
                         f"for {nps['cases_known']} of {nps['n']} NPS and {crc['cases_known']} of {crc['n']} CRC "
                         "providers with a percentage")
    qualified = nps["qualified"] + crc["qualified"]
    if qualified:
        notes.append(f"{domain}: {column} in {rnd} leaves out {len(qualified)} qualified figure(s) "
                     f"({', '.join(qualified)}): they are bounds, not exact values, so they are not in the means")
    return [mean, weighted]


def _largest(kq: list[dict], rnd: str, domain: str, notes: list[str]) -> dict:
    """The key question with the largest NPS minus CRC provider-mean gap ('up to N points' claims)."""
    means = [r for r in kq if r["kind"] == "provider_mean"]
    known = [r for r in means if r["gap"] is not None]
    if not known:
        return _blank(rnd, domain, "largest provider-mean gap: unknown (no key question has figures for both "
                      "sectors)", "largest_gap", PP, None, None)
    best = max(known, key=lambda r: r["gap"])  # max() keeps the first of equal gaps: the lower-numbered question
    record = dict(best)
    record.update(kind="largest_gap", measure=f"largest provider-mean gap: {schema.kq_label(best['nps_column'])} "
                  f"({best['nps_column']})")
    if len(known) < len(means):
        notes.append(f"{domain}: the largest gap in {rnd} is over {len(known)} of {len(means)} key questions only; "
                     "a larger one may be among the others")
    return record


def gap(frame: pd.DataFrame, *, domain: str = OVERALL, round_: str | None = schema.DEFAULT_ROUND) -> pd.DataFrame:
    """NPS minus CRC for each measure of ``domain``: one row per measure (per round when ``round_`` is 'all').

    Rating domains (``overall``, ``organisation``, ``case-supervision``, ``sector-specific`` or one standard
    column such as ``leadership``) give two rows per standard: ``mean_score`` (Outstanding 3 to Inadequate
    0; unit 'points') and ``share_good_or_better`` (percent; gap in 'percentage points', with Fisher's exact
    two-sided p-value for Good-or-better vs not and the 95% Newcombe interval ``ci_low``/``ci_high``).
    Sector-specific standards differ between NPS and CRCs, so they are compared by position (3.1 court
    reports vs unpaid work, 3.2 victim work vs Through the Gate) and the measure name says so.

    Key-question domains (``risk``, ``desistance``, ``engagement``) give per key question a ``provider_mean``
    row (mean of the providers' percentages) and a ``case_weighted`` row (sum(pct * cases) / sum(cases)),
    then one ``largest_gap`` row. Qualified percentages such as '>80' are left out of the means.

    Where a sector has no figure (n = 0) that sector's value, the gap, interval and p-value are empty and a
    note says how thin the data are; nothing is raised.

    >>> from probstat.loader import load
    >>> share = gap(load()).set_index("kind").loc["share_good_or_better"]
    >>> float(round(share["gap"], 2)), int(share["nps_k"]), share["nps_coverage"], int(share["crc_k"])
    (66.67, 5, '7 of 7', 1)
    """
    name, measures = _resolve(domain)
    # Rounds are never pooled: a later round re-inspects providers of an earlier one.
    rounds = sorted(select_round(frame, round_)["round"].unique())
    records: list[dict] = []
    notes: list[str] = []
    for rnd in rounds:
        rows = frame[frame["round"] == rnd]
        if name in schema.KQ_DOMAINS:
            kq = [r for column in measures for r in _kq_rows(rows, rnd, name, column, notes)]
            records.extend([*kq, _largest(kq, rnd, name, notes)])
        else:
            for pair in measures:
                records.extend(_rating_rows(rows, rnd, name, pair, notes))

    result = pd.DataFrame.from_records(records, columns=list(GAP_COLUMNS))
    for column in _INT_COLUMNS:
        result[column] = result[column].astype("Int64")
    for column in _FLOAT_COLUMNS:
        result[column] = result[column].astype(float)
    for note in notes:
        add_note(result, note)
    return with_view(result, View(title=f"Gap: {name}", compact=COMPACT, chart=Chart(value="gap", label=("measure",),
                                                                                compare=("nps", "crc"), unit="unit",
                                                                                low="ci_low", high="ci_high")))
