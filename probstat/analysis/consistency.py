"""`probstat validate`: consistency checks under HMIP's rating rules, source completeness, coverage.

Schema errors are the loader's job (they stop everything); here we look for figures that load fine but
disagree with each other. The rules only ever flag; they never fill a gap.
"""

from __future__ import annotations

import pandas as pd

from .. import schema
from ..output import View
from .common import select_round, with_view

FINDING_COLUMNS = ("level", "round", "provider_id", "column", "message")


def feasible_scores(sector: str, ratings: dict[str, str | None],
                    counts: dict[str, int | None]) -> tuple[int, int] | None:
    """Lowest and highest total score (0-30) the known standard ratings and standard counts allow.

    ``ratings`` maps standard column -> rating or None; ``counts`` maps rating -> how many of the ten
    standards have it, or None when not stated. None when the facts contradict each other.
    """
    constrained = [r for r in schema.RATINGS if counts.get(r) is not None]
    index = {r: i for i, r in enumerate(constrained)}
    target = tuple(int(counts[r]) for r in constrained)
    states: dict[tuple[int, ...], tuple[int, int]] = {tuple(0 for _ in constrained): (0, 0)}
    for std in schema.standards_for(sector):
        known = ratings.get(std.column)
        options = (known,) if known else schema.RATINGS
        nxt: dict[tuple[int, ...], tuple[int, int]] = {}
        for state, (lo, hi) in states.items():
            for rating in options:
                new = list(state)
                if rating in index:
                    new[index[rating]] += 1
                    if new[index[rating]] > target[index[rating]]:
                        continue
                score = schema.SCORES[rating]
                key = tuple(new)
                old = nxt.get(key)
                nxt[key] = (lo + score, hi + score) if old is None else (min(old[0], lo + score),
                                                                         max(old[1], hi + score))
        states = nxt
    return states.get(target)


def feasible_overall(low: int, high: int) -> list[str]:
    """Overall ratings whose score band meets [low, high]."""
    return [r for r, lo, hi in schema.OVERALL_BANDS if lo <= high and low <= hi]


def _finding(level: str, row, column: str, message: str) -> dict:
    return {"level": level, "round": row["round"], "provider_id": row["provider_id"], "column": column,
            "message": message}


def consistency_findings(frame: pd.DataFrame) -> list[dict]:
    """Warnings for figures that contradict HMIP's rules or each other (with partial data as a range)."""
    found = []
    std_cols = [c for c in schema.STANDARD_COLUMNS if c in frame]
    for row in frame.to_dict("records"):  # plain dicts: far cheaper than iterrows' Series per row
        ratings = {c: row[c] if isinstance(row[c], str) else None for c in std_cols}
        counts = {r: (None if pd.isna(row.get(c)) else int(row[c]))
                  for r, c in schema.STANDARD_COUNT_COLUMNS.items() if c in frame}
        span = feasible_scores(row["sector"], ratings, counts)
        if span is None:
            found.append(_finding("warning", row, "n_std_*",
                                  "the stated counts of standards by rating contradict the known standard ratings"))
        elif isinstance(row.get("overall"), str):
            allowed = feasible_overall(*span)
            if row["overall"] not in allowed:
                found.append(_finding(
                    "warning", row, "overall",
                    f"{row['overall']!r} is outside what the known standards allow: total score {span[0]}-"
                    f"{span[1]} of 30 gives {' or '.join(allowed)}"))
        for code, std in schema.KQ_STANDARDS:
            cols = [f"kq{code}_{a}" for a in schema.KQ_ASPECTS]
            values = [row.get(c) for c in cols]
            exact = all(not pd.isna(v) and row.get(schema.qualifier_suffix(c)) == "" for c, v in
                        zip(cols, values, strict=True))
            if exact and isinstance(row.get(std), str):
                expected = schema.band_for_percentage(min(values))
                if expected != row[std]:
                    found.append(_finding("warning", row, std,
                                          f"rated {row[std]!r} but its lowest key question is {min(values):g}%, "
                                          f"which HMIP's bands rate {expected!r}"))
        start, published = row.get("fieldwork_start"), row.get("published")
        if isinstance(start, str) and isinstance(published, str) and start[:7] > published[:7]:
            found.append(_finding("warning", row, "fieldwork_start",
                                  f"fieldwork started ({start}) after the report was published ({published})"))
    sectors = frame.groupby("provider_id")["sector"].nunique()
    for pid in sectors[sectors > 1].index:
        row = frame[frame["provider_id"] == pid].iloc[0]
        found.append(_finding("warning", row, "sector",
                              "the same provider_id has different sectors in different rounds"))
    return found


def source_findings(frame: pd.DataFrame, sources: pd.DataFrame) -> list[dict]:
    """Errors for figures with no source row; warnings for source rows that name no figure."""
    found = []
    have = set(sources[["round", "provider_id", "field"]].itertuples(index=False, name=None))
    needed = set()
    columns = [c for c in schema.COLUMN_NAMES if c not in schema.KEY_COLUMNS and c in frame]
    # Every known cell at once, column by column (the order errors are listed in).
    col_idx, row_idx = frame[columns].notna().to_numpy().T.nonzero()
    rounds, pids = frame["round"].to_numpy(), frame["provider_id"].to_numpy()
    for c, r in zip(col_idx, row_idx, strict=True):
        key = (rounds[r], pids[r], columns[c])
        needed.add(key)
        if key not in have:
            found.append({"level": "error", "round": key[0], "provider_id": key[1], "column": key[2],
                          "message": "figure has no source row in sources.csv"})
    for rnd, pid, col in sorted(have - needed):
        found.append({"level": "warning", "round": rnd, "provider_id": pid, "column": col,
                      "message": "sources.csv has a source for a figure that providers.csv leaves empty"})
    return found


def basis_counts(frame: pd.DataFrame, sources: pd.DataFrame) -> dict[str, int]:
    """How many of ``frame``'s known figures rest on each basis (schema.BASES order; 'unknown' last).

    Only source rows that name a known figure count, so the counts add up to the figures that have a source.
    A sources file without a basis column gives every figure the basis 'unknown'.
    """
    columns = [c for c in schema.COLUMN_NAMES if c not in schema.KEY_COLUMNS and c in frame]
    col_idx, row_idx = frame[columns].notna().to_numpy().T.nonzero()
    rounds, pids = frame["round"].to_numpy(), frame["provider_id"].to_numpy()
    known = {(rounds[r], pids[r], columns[c]) for c, r in zip(col_idx, row_idx, strict=True)}
    basis = sources["basis"] if "basis" in sources else pd.Series(schema.UNKNOWN_BASIS, index=sources.index)
    keys = sources[["round", "provider_id", "field"]].itertuples(index=False, name=None)
    counts = dict.fromkeys([*schema.BASES, schema.UNKNOWN_BASIS], 0)
    seen = set()
    for key, b in zip(keys, basis, strict=True):
        if key in known and key not in seen:
            seen.add(key)
            counts[b] = counts.get(b, 0) + 1
    return {b: n for b, n in counts.items() if n or b in schema.BASES}


def basis_note(counts: dict[str, int]) -> str:
    """One line for stderr: 'figures by basis: 251 stated, 35 wording, ...'."""
    return "figures by basis: " + ", ".join(f"{n} {b}" for b, n in counts.items())


def findings_table(frame: pd.DataFrame, sources: pd.DataFrame | None = None) -> pd.DataFrame:
    """All validation findings as a table: level (error|warning), round, provider_id, column, message."""
    found = consistency_findings(frame)
    if sources is not None:
        found += source_findings(frame, sources)
    return with_view(pd.DataFrame.from_records(found, columns=list(FINDING_COLUMNS)), View(title="Findings"))


def validation_summary(findings: pd.DataFrame, *, sources_checked: bool, strict: bool = False) -> tuple[bool, str]:
    """(failed, 'N errors, M warnings') for a findings table: errors fail, warnings fail only when ``strict``."""
    errors = int((findings["level"] == "error").sum())
    warnings = int((findings["level"] == "warning").sum())
    summary = f"{errors} errors, {warnings} warnings" + ("" if sources_checked else " (no sources file: sources "
                                                         "not checked)")
    failed = bool(errors or (strict and warnings))
    if failed and not errors:
        summary += " (--strict)"
    return failed, summary


def coverage(frame: pd.DataFrame, *, round_: str | None = None) -> pd.DataFrame:
    """For each round and column: how many rows know it, by sector, out of the rows it applies to.

    >>> from probstat import load
    >>> table = coverage(load(), round_="2018-19")
    >>> table.loc[table["column"] == "overall", ["known", "applicable"]].values.tolist()
    [[28, 28]]
    """
    rows = select_round(frame, round_)
    columns = [c for c in schema.COLUMN_NAMES if c not in schema.KEY_COLUMNS and c in rows]
    # One pass: known cells counted by round and sector for every column at once.
    known = rows[columns].notna().groupby([rows["round"], rows["sector"]]).sum().to_dict("index")
    sizes = rows.groupby(["round", "sector"]).size().to_dict()  # plain dicts: cheap lookups in the loop
    records = []
    for rnd in sorted(rows["round"].unique()):
        for col in columns:
            std = schema.STANDARDS_BY_COLUMN.get(col)
            rec = {"round": rnd, "column": col}
            for sector in schema.SECTORS:
                applies = std is None or sector in std.sectors
                present = (rnd, sector) in sizes and applies
                rec[f"{sector.lower()}_known"] = int(known[(rnd, sector)][col]) if present else 0
                rec[f"{sector.lower()}_rows"] = int(sizes[(rnd, sector)]) if present else 0
            rec["known"] = rec["nps_known"] + rec["crc_known"]
            rec["applicable"] = rec["nps_rows"] + rec["crc_rows"]
            rec["percent"] = round(100 * rec["known"] / rec["applicable"], 1) if rec["applicable"] else None
            records.append(rec)
    return with_view(pd.DataFrame.from_records(records), View(title="Coverage"))
