"""Key-question rows of `probstat gap`: the percentages of inspected cases that met a key question, NPS against
CRC, as a mean over providers and weighted by cases, and the key question with the largest gap.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .. import schema
from ..output import format_number
from . import wording
from .common import NAMED_IN_NOTES, exact_figures, listed, python_text, qualified_text, sector_masks
from .gap_measures import PP, blank, column_or_unknown, coverage_clause


def column_summary(rows: pd.DataFrame, column: str, ids: pd.Series | None = None) -> dict:
    """Provider mean and case-weighted share of a percentage column over ``rows`` (one sector, one round).
    ``ids``, the provider_id column of a frame that ``rows`` are rows of, stands in for rows["provider_id"].

    Keys: n (providers with an exact figure), providers, mean, weighted (None unless every provider with a
    figure has cases_inspected), cases, cases_known, qualified_n (figures left out as bounds) and qualified
    (the first NAMED_IN_NOTES of them as text: a note names a few and counts the rest).
    """
    number, exact, qualifier, cases = _arrays(rows, column)

    def named(shown: np.ndarray) -> np.ndarray:
        if ids is None:
            return rows["provider_id"].iloc[shown].to_numpy(dtype=object)
        return ids.loc[rows.index[shown]].to_numpy(dtype=object)

    return _summary(number, exact, cases, lambda shown: zip(
        named(shown), number[shown], qualifier.iloc[shown].astype(object).to_numpy(), strict=True))


def _arrays(rows: pd.DataFrame, column: str) -> tuple[np.ndarray, np.ndarray, pd.Series, np.ndarray]:
    """A percentage column's figures, which of them are exact, its qualifiers and the cases inspected."""
    # On arrays: this runs per key question and sector, so on small data its cost is the count of pandas
    # calls, not the rows, and numpy calls cost less than Series operations.
    values = column_or_unknown(rows, column)
    qualifier = column_or_unknown(rows, schema.qualifier_suffix(column))
    number = values.to_numpy(dtype=float, na_value=np.nan)
    if python_text(qualifier):
        # NumPy on the values: the Series operations of exact_figures cost 0.3 ms on a round's 28 rows
        marks = qualifier.to_numpy(dtype=object, na_value=None)
        exact = ~np.isnan(number) & (pd.isna(marks) | (marks == ""))
    else:
        exact = exact_figures(values, qualifier).to_numpy(dtype=bool)
    cases = column_or_unknown(rows, "cases_inspected").to_numpy(dtype=float, na_value=np.nan)
    return number, exact, qualifier, cases


def _summary(number: np.ndarray, exact: np.ndarray, cases: np.ndarray, figures) -> dict:
    """column_summary's dict from one sector's arrays; ``figures(positions)`` gives (id, number, qualifier) of
    the rows at those positions, for the qualified figures a note names."""
    qualified = np.flatnonzero(~np.isnan(number) & ~exact)
    pct = number[exact]
    cases = cases[exact]
    out = {
        "n": len(pct), "providers": len(number), "mean": float(pct.sum() / len(pct)) if len(pct) else None,
        "qualified_n": len(qualified),
        # Only the rows named are converted: a whole column of Arrow text would go to Python strings.
        # (asked only when there are some: each sector's ids and qualifiers are pandas selections)
        "qualified": [f"{pid} {qualified_text(v, q)}" for pid, v, q in figures(qualified[:NAMED_IN_NOTES])]
        if len(qualified) else [],
        "cases_known": int((~np.isnan(cases)).sum()), "cases": None, "weighted": None,
    }
    # Weighting by a subset's cases would describe a different population from the provider mean, so the
    # case-weighted figure needs the case count of every provider that has a percentage.
    if len(pct) and not np.isnan(cases).any():
        total = int(cases.astype(np.int64).sum())
        out["cases"] = total
        if total > 0:
            out["weighted"] = float((pct * cases).sum() / total)
    return out


def kq_rows(rows: pd.DataFrame, rnd: str, domain: str, column: str, notes: list[str]) -> list[dict]:
    # The round's arrays are read once and split by sector mask: selecting each sector's rows as a frame
    # cost more than the sums on 28 rows.
    number, exact, qualifier, cases = _arrays(rows, column)
    ids = rows["provider_id"]

    def sector(mask: np.ndarray) -> dict:
        at = np.flatnonzero(mask)  # the rows taken by position: a boolean mask would find them once per array
        return _summary(number[at], exact[at], cases[at], lambda shown: zip(
            ids.iloc[at[shown]].to_numpy(dtype=object), number[at[shown]],
            qualifier.iloc[at[shown]].astype(object).to_numpy(), strict=True))

    nps, crc = (sector(mask) for mask in sector_masks(rows).values())
    label = f"{schema.kq_label(column)} ({column})"
    mean = blank(rnd, domain, f"{label}: mean of providers' percentages", "provider_mean", PP, column, column)
    weighted = blank(rnd, domain, f"{label}: share of all inspected cases (case-weighted)", "case_weighted", PP,
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

    clause = coverage_clause({"NPS": (nps["n"], nps["providers"]), "CRC": (crc["n"], crc["providers"])})
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
    for record in (mean, weighted):
        record["summary"] = _kq_summary(record, label, nps, crc)
    qualified = nps["qualified_n"] + crc["qualified_n"]
    if qualified:
        named = listed(nps["qualified"] + crc["qualified"], qualified)
        notes.append(f"{domain}: {column} in {rnd} leaves out {qualified} qualified figure(s) "
                     f"({named}): they are bounds, not exact values, so they are not in the means")
    return [mean, weighted]


def _kq_summary(record: dict, label: str, nps: dict, crc: dict) -> str:
    what = "averaged over providers" if record["kind"] == "provider_mean" else "of all inspected cases"
    if record["gap"] is None:
        return (f"{record['round']}: no NPS minus CRC gap on {label} ({what}) can be computed: the percentage is "
                f"known for {nps['n']} of {nps['providers']} NPS and {crc['n']} of {crc['providers']} CRC "
                "providers.")
    n = format_number
    partial = nps["n"] < nps["providers"] or crc["n"] < crc["providers"]
    return (f"In {record['round']} {label} was met in {n(record['nps'])}% of cases for NPS divisions and "
            f"{n(record['crc'])}% for CRCs ({what}), a gap of {n(record['gap'])} percentage points; no test or "
            f"interval is computed for percentages of cases here; it rests on "
            f"{wording.coverage_clause(nps['n'], nps['providers'], crc['n'], crc['providers'])}; "
            f"{wording.cannot_say(partial)}.")


def largest(kq: list[dict], rnd: str, domain: str, notes: list[str]) -> dict:
    """The key question with the largest NPS minus CRC provider-mean gap ('up to N points' claims)."""
    means = [r for r in kq if r["kind"] == "provider_mean"]
    known = [r for r in means if r["gap"] is not None]
    if not known:
        record = blank(rnd, domain, "largest provider-mean gap: unknown (no key question has figures for both "
                        "sectors)", "largest_gap", PP, None, None)
        record["summary"] = (f"{rnd}: no key question of {domain} has percentages for both sectors, so the "
                             "largest gap is unknown.")
        return record
    best = max(known, key=lambda r: r["gap"])  # max() keeps the first of equal gaps: the lower-numbered question
    record = dict(best)
    record.update(kind="largest_gap", measure=f"largest provider-mean gap: {schema.kq_label(best['nps_column'])} "
                  f"({best['nps_column']})")
    record["summary"] = (f"In {rnd} the largest NPS minus CRC gap in {domain}, over {len(known)} of {len(means)} "
                         f"key questions with figures, is {format_number(best['gap'])} percentage points "
                         f"({schema.kq_label(best['nps_column'])}).")
    if len(known) < len(means):
        notes.append(f"{domain}: the largest gap in {rnd} is over {len(known)} of {len(means)} key questions only; "
                     "a larger one may be among the others")
    return record
