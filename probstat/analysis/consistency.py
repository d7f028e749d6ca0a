"""`probstat validate`: consistency checks under HMIP's rating rules, source completeness, coverage.

Schema errors are the loader's job (they stop everything); here we look for figures that load fine but
disagree with each other. The rules only ever flag; they never fill a gap.
"""

from __future__ import annotations

import re

import numpy as np
import pandas as pd

from .. import schema
from ..output import View
from .common import add_note, packed_tally, sector_masks, select_round, unpacked_tally, with_view
from .findings import Found, as_table, first_found, found, off_band, picked

FINDING_COLUMNS = ("level", "round", "provider_id", "column", "message")


def feasible_scores(sector: str, ratings: dict[str, str | None],
                    counts: dict[str, int | None]) -> tuple[int, int] | None:
    """Lowest and highest total score (0-30) the known standard ratings and standard counts allow.

    ``ratings`` maps standard column -> rating or None; ``counts`` maps rating -> how many of the ten
    standards have it, or None when not stated. None when the facts contradict each other.
    """
    known = [ratings.get(std.column) for std in schema.standards_for(sector)]
    tally = [sum(k == r for k in known) for r in schema.RATINGS]
    stated = [-1 if counts.get(r) is None else int(counts[r]) for r in schema.RATINGS]
    low, high = _spans(np.array([tally]), np.array([sum(not k for k in known)]),
                       np.array([stated]))
    return None if low[0] < 0 else (int(low[0]), int(high[0]))


#: Scores in the order of schema.RATINGS.
SCORE_VECTOR = np.array([schema.SCORES[r] for r in schema.RATINGS], dtype=np.int64)


def _spans(tally: np.ndarray, unknown: np.ndarray, stated: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Lowest and highest total score per row, -1 for both where the facts contradict each other.

    ``tally`` (rows x ratings) counts the standards known at each rating, ``unknown`` those not known, and
    ``stated`` (rows x ratings) is the stated count of standards at each rating, -1 when not stated. The
    order of the standards does not matter, so this is arithmetic: each stated count fixes how many unknown
    standards have that rating (it cannot be below the known ones); the rest (exactly none when every count
    is stated) take the lowest or highest score of the ratings without a stated count.
    """
    constrained = stated >= 0
    filled = np.where(constrained, stated - tally, 0)  # unknown standards a stated count assigns
    rest = unknown - filled.sum(axis=1)
    feasible = (filled >= 0).all(axis=1) & np.where(constrained.all(axis=1), rest == 0, rest >= 0)
    fixed = (tally + filled) @ SCORE_VECTOR
    free_low = np.where(constrained, np.iinfo(np.int64).max, SCORE_VECTOR).min(axis=1)
    free_high = np.where(constrained, -1, SCORE_VECTOR).max(axis=1)
    spare = np.maximum(rest, 0)
    low = fixed + np.where(spare > 0, spare * np.where(constrained.all(axis=1), 0, free_low), 0)
    high = fixed + np.where(spare > 0, spare * np.maximum(free_high, 0), 0)
    return np.where(feasible, low, -1), np.where(feasible, high, -1)


def feasible_overall(low: int, high: int) -> list[str]:
    """Overall ratings whose score band meets [low, high]."""
    return [r for r, lo, hi in schema.OVERALL_BANDS if lo <= high and low <= hi]


#: Order of a row's findings (a row's findings are listed together, in this order, rows in frame order).
_FEASIBILITY, _KEY_QUESTIONS, _DATES = 0, 1, 1 + len(schema.KQ_STANDARDS)


def _is_text(column: pd.Series) -> pd.Series:
    """Per row: is the value a string (a stated rating or date; unknown cells are None or NaN)?"""
    codes, uniques = pd.factorize(column, use_na_sentinel=True)
    text = np.array([isinstance(u, str) for u in uniques] + [False], dtype=bool)
    return pd.Series(text[codes], index=column.index)  # code -1 (missing) takes the final False


def rating_tally(frame: pd.DataFrame) -> pd.DataFrame:
    """Per row: how many of its sector's standards are known to have each rating, and how many are unknown."""
    return pd.DataFrame(unpacked_tally(packed_tally(frame)), index=frame.index, columns=[*schema.RATINGS, "unknown"])


def stated_counts(frame: pd.DataFrame) -> np.ndarray:
    """Per row (rows x schema.STANDARD_COUNT_COLUMNS), the n_std_* count of each rating, -1 where not stated (or
    the column is absent)."""
    # filled a column at a time: a frame of the four columns, then its array, was two more copies of each
    out = np.full((len(frame), len(schema.STANDARD_COUNT_COLUMNS)), -1, dtype=np.int64)
    for j, col in enumerate(schema.STANDARD_COUNT_COLUMNS.values()):
        if col in frame:  # (a loaded frame's counts are numbers already; a frame built by hand may hold text)
            values = frame[col] if pd.api.types.is_numeric_dtype(frame[col].dtype) else pd.to_numeric(
                frame[col], errors="coerce")
            out[:, j] = values.to_numpy(dtype=np.float64, na_value=-1)
    return out


#: From this many rows, score_spans works out each distinct (tally, stated counts) once.
_DISTINCT_FROM = 10_000


def score_spans(frame: pd.DataFrame) -> tuple[pd.Series, pd.Series]:
    """Per row, the lowest and highest total score that feasible_scores gives (-1 for both where it gives
    None), computed for every row at once."""
    packed = packed_tally(frame)
    stated = stated_counts(frame)
    if len(frame) > _DISTINCT_FROM and stated.min() >= -1 and stated.max() < 255:
        # A span depends only on the tally and the stated counts, and a million rows hold a few thousand
        # different ones: each is worked out once (the arithmetic over every row was 0.4 s at 10^6 rows).
        key = packed.copy()  # the tally's 5 counts in 4 bits each, then each stated count (-1 to 254) in 8
        for j in range(stated.shape[1]):
            key |= (stated[:, j] + 1) << (4 * (len(schema.RATINGS) + 1) + 8 * j)
        which, distinct = pd.factorize(key)
        example = np.empty(len(distinct), dtype=np.intp)
        example[which] = np.arange(len(key))
        tally = unpacked_tally(packed[example])
        low, high = _spans(tally[:, :-1], tally[:, -1], stated[example])
        low, high = low[which], high[which]
    else:
        tally = unpacked_tally(packed)
        low, high = _spans(tally[:, :-1], tally[:, -1], stated)
    return pd.Series(low, index=frame.index), pd.Series(high, index=frame.index)


def _worded(keys: pd.DataFrame, word) -> np.ndarray:
    """``word(*key)`` for each row of ``keys``, computed once per distinct key."""
    if keys.empty:
        return np.array([], dtype=object)
    combo = keys.groupby(list(keys.columns), sort=False).ngroup().to_numpy()
    distinct = keys.drop_duplicates()
    texts = np.array([word(*key) for key in distinct.itertuples(index=False, name=None)], dtype=object)
    return texts[combo]


def _wording(keys: pd.DataFrame, word):
    """A Found's messages for ``keys`` (a row per finding) worded only when wanted: _worded at the positions
    asked for (None: every one)."""
    return lambda at: _worded(keys if at is None else keys.iloc[at], word)


def _overall_message(overall: str, low: int, high: int) -> str:
    return (f"{overall!r} is outside what the known standards allow: total score {low}-{high} of 30 gives "
            f"{' or '.join(feasible_overall(low, high))}")


def _kq_message(rating: str, lowest: float) -> str:
    return (f"rated {rating!r} but its lowest key question is {lowest:g}%, which HMIP's bands rate "
            f"{schema.band_for_percentage(lowest)!r}")


def _feasibility_findings(frame: pd.DataFrame) -> list[Found]:
    low, high = score_spans(frame)
    # The ten-standard bands are the 2018-21 framework's: a PDU or region is scored otherwise (out of 27,
    # then without points), so its rows are not checked against them.
    provider = np.logical_or.reduce(list(sector_masks(frame).values()))
    low, high = low.where(provider, -2), high.where(provider, -2)
    contradicted = np.flatnonzero((low == -1).to_numpy())
    warned = [found(contradicted, _FEASIBILITY, "n_std_*",
                    "the stated counts of standards by rating contradict the known standard ratings")]
    if "overall" not in frame:
        return warned
    # Each distinct (overall, low, high) judged once, keyed as one integer: grouped by three columns, the half
    # million rows a random million-row file checks took 0.1 s.
    codes, names = pd.factorize(frame["overall"], use_na_sentinel=True)
    checked = np.flatnonzero((low >= 0).to_numpy() & _is_text(frame["overall"]).to_numpy())
    lows, highs = low.to_numpy()[checked], high.to_numpy()[checked]
    which, distinct = pd.factorize((codes[checked].astype(np.int64) * 64 + lows) * 64 + highs)
    example = np.empty(len(distinct), dtype=np.intp)
    example[which] = np.arange(len(which))
    allowed = np.array([names[codes[checked[e]]] in feasible_overall(lows[e], highs[e]) for e in example], dtype=bool)
    rows = checked[~allowed[which]] if len(checked) else checked
    outside = pd.DataFrame({"overall": frame["overall"].iloc[rows], "low": low.iloc[rows], "high": high.iloc[rows]})
    warned.append(found(rows, _FEASIBILITY, "overall", _wording(outside, _overall_message)))
    return warned


def _numbers(column: pd.Series) -> np.ndarray:
    """A column as floats, NaN where unknown or not a number (a frame built by hand may hold text)."""
    if not pd.api.types.is_numeric_dtype(column.dtype):
        column = pd.to_numeric(column, errors="coerce")
    return column.to_numpy(dtype=float, na_value=np.nan)


def _key_question_findings(frame: pd.DataFrame) -> list[Found]:
    # On arrays, and each band worked out once per distinct lowest figure: on the bundled file, pandas calls
    # per standard were half of what all the consistency checks take.
    warned = []
    for i, (code, std) in enumerate(schema.KQ_STANDARDS):
        cols = [f"kq{code}_{a}" for a in schema.KQ_ASPECTS]
        if std not in frame or not all(c in frame and schema.qualifier_suffix(c) in frame for c in cols):
            continue  # a figure or qualifier the frame lacks is unknown, so never exact
        # Each row's lowest figure column by column (np.minimum keeps a NaN: unknown), not stacked and reduced
        lowest = _numbers(frame[cols[0]])
        for c in cols[1:]:
            lowest = np.minimum(lowest, _numbers(frame[c]))
        exact = ~np.isnan(lowest)
        for c in cols:
            exact &= frame[schema.qualifier_suffix(c)].eq("").to_numpy(dtype=bool)
        rows = np.flatnonzero(exact & _is_text(frame[std]).to_numpy())
        lowest = lowest[rows]
        distinct, which = np.unique(lowest, return_inverse=True)
        wrong, rating = off_band(frame[std], rows, [schema.band_for_percentage(v) for v in distinct], which)
        keys = pd.DataFrame({"rating": pd.Series(rating, dtype=object), "lowest": lowest[wrong]})  # only worded
        warned.append(found(rows[wrong], _KEY_QUESTIONS + i, std, _wording(keys, _kq_message)))
    return warned


def _month_ranks(*columns: pd.Series) -> list[np.ndarray]:
    """Each row's date as the rank of its YYYY-MM among every month in ``columns`` (-1 where no date is
    stated), worked out once per distinct date."""
    # Ranks, not month texts: a million dates are then never compared or converted as Python strings.
    factorized = [pd.factorize(column, use_na_sentinel=True) for column in columns]
    months = [[u[:7] if isinstance(u, str) else None for u in uniques] for _, uniques in factorized]
    rank = {m: i for i, m in enumerate(sorted({m for part in months for m in part if m is not None}))}
    return [np.array([rank.get(m, -1) for m in part] + [-1], dtype=np.int64)[codes]  # code -1 takes the last
            for part, (codes, _) in zip(months, factorized, strict=True)]


def _date_findings(frame: pd.DataFrame) -> list[Found]:
    if "fieldwork_start" not in frame or "published" not in frame:
        return []
    start, published = _month_ranks(frame["fieldwork_start"], frame["published"])
    rows = np.flatnonzero((start >= 0) & (published >= 0) & (start > published))
    # worded only for the findings listed: a random million-row file has 200,000, 0.1 s to word
    return [found(rows, _DATES, "fieldwork_start", lambda at: _date_message(frame, rows if at is None else rows[at]))]


def _date_message(frame: pd.DataFrame, rows: np.ndarray) -> np.ndarray:
    return ("fieldwork started (" + picked(frame["fieldwork_start"], rows) + ") after the report was published ("
            + picked(frame["published"], rows) + ")")


def _sector_findings(frame: pd.DataFrame) -> Found:
    """A warning on the first row of each provider_id (in id order) that has rows of more than one sector."""
    ids, id_names = pd.factorize(frame["provider_id"], use_na_sentinel=True)
    sectors, _ = pd.factorize(frame["sector"], use_na_sentinel=True)
    stated = (ids >= 0) & (sectors >= 0)  # as nunique: a missing sector is no sector
    # An id is in two sectors when its lowest sector code is below its highest: a pass over the rows, where the
    # distinct (id, sector) pairs were a sort of a million of them.
    lowest = np.full(len(id_names), np.iinfo(np.int64).max, dtype=np.int64)
    highest = np.full(len(id_names), -1, dtype=np.int64)
    np.minimum.at(lowest, ids[stated], sectors[stated])
    np.maximum.at(highest, ids[stated], sectors[stated])
    mixed = np.flatnonzero(highest > lowest)
    first = np.full(len(id_names), -1, dtype=np.int64)
    first[ids[::-1][ids[::-1] >= 0]] = np.flatnonzero(ids >= 0)[::-1]  # the last write of each id is its first row
    # only the mixed ids' names converted to Python text: all million of them took 0.27 s
    rows = first[mixed[np.argsort(np.asarray(id_names[mixed], dtype=object), kind="stable")]]
    return found(rows, 0, "sector", "the same provider_id has different sectors in different rounds")


def _spelling_key(name: str) -> str:
    return re.sub(r"[^a-z0-9]", "", name.lower())


def _owner_findings(frame: pd.DataFrame) -> Found:
    """A warning for each pair of owner spellings that look like one owner: equal but for case, spaces and
    punctuation, or one a leading part of the other ('MTC' and 'MTCnovo'), which `ratings --by owner` would
    count as two owners. On the first row of the shorter spelling; the message names both."""
    if "owner" not in frame:
        return found(np.array([], dtype=np.int64), 0, "owner", "")
    # Each spelling's first row from its codes, not a loop over the rows (with pyarrow installed, the column
    # is then never converted to Python objects).
    codes, spellings = pd.factorize(frame["owner"], use_na_sentinel=True)
    stated = np.flatnonzero(codes >= 0)
    rows_first = np.zeros(len(spellings), dtype=np.int64)
    rows_first[codes[stated][::-1]] = stated[::-1]  # the last write of each spelling is its first row
    first = {name: int(row) for name, row in zip(np.asarray(spellings, dtype=object), rows_first, strict=True)
             if isinstance(name, str) and name.strip()}
    names = sorted(first, key=lambda n: (len(_spelling_key(n)), n))
    rows, messages = [], []
    for i, short in enumerate(names):
        key = _spelling_key(short)
        if len(key) < 3:  # 'A' or 'NP' would prefix too much to mean anything
            continue
        for long in names[i + 1:]:
            if _spelling_key(long).startswith(key):
                rows.append(first[short])
                messages.append(f"owner {short!r} and {long!r} look like one owner spelled two ways; "
                                "`ratings --by owner` counts them apart: use one spelling")
    return found(np.array(rows, dtype=np.int64), 0, "owner", np.array(messages, dtype=object))


def _rules(frame: pd.DataFrame) -> tuple[list[Found], list[Found]]:
    per_row = [*_feasibility_findings(frame), *_key_question_findings(frame), *_date_findings(frame)]
    return per_row, [_sector_findings(frame), _owner_findings(frame)]


def consistency_table(frame: pd.DataFrame) -> pd.DataFrame:
    """Warnings for figures that contradict HMIP's rules or each other (with partial data as a range), as a
    table of FINDING_COLUMNS: a row's findings together, rows in frame order, then providers whose sector
    changes between rounds, then owners spelled two ways."""
    return as_table(*_rules(frame), frame)


def consistency_findings(frame: pd.DataFrame) -> list[dict]:
    """consistency_table's findings as a list of dicts."""
    return consistency_table(frame).to_dict("records")


#: Below this many known cells, source rows are looked up one cell at a time (a set lookup per cell); above
#: it, a column at a time (a fixed cost per column, then vectorised).
CELL_BY_CELL_LIMIT = 50_000


def source_findings(frame: pd.DataFrame, sources: pd.DataFrame) -> list[dict]:
    """Errors for figures with no source row (column by column, rows in frame order); then warnings, sorted,
    for source rows that name no figure."""
    columns = [c for c in schema.COLUMN_NAMES if c not in schema.KEY_COLUMNS and c in frame]
    known = frame[columns].notna()
    lookup = _unsourced_by_cell if int(known.to_numpy().sum()) <= CELL_BY_CELL_LIMIT else _unsourced_by_column
    missing, unused = lookup(frame, known, sources)
    return ([{"level": "error", "round": rnd, "provider_id": pid, "column": col,
              "message": "figure has no source row in sources.csv"} for rnd, pid, col in missing]
            + [{"level": "warning", "round": rnd, "provider_id": pid, "column": col,
                "message": "sources.csv has a source for a figure that providers.csv leaves empty"}
               for rnd, pid, col in sorted(unused)])


def _unsourced_by_cell(frame: pd.DataFrame, known: pd.DataFrame, sources: pd.DataFrame) -> tuple[list, list]:
    """(known cells without a source row, source rows without a known cell), as (round, provider_id, column)."""
    have = set(sources[["round", "provider_id", "field"]].itertuples(index=False, name=None))
    rounds, pids = frame["round"].to_numpy(), frame["provider_id"].to_numpy()
    col_idx, row_idx = known.to_numpy().T.nonzero()  # column by column, the order errors are listed in
    cells = [(rounds[r], pids[r], known.columns[c]) for c, r in zip(col_idx, row_idx, strict=True)]
    return [cell for cell in cells if cell not in have], list(have - set(cells))


def _unsourced_by_column(frame: pd.DataFrame, known: pd.DataFrame, sources: pd.DataFrame) -> tuple[list, list]:
    """As _unsourced_by_cell, with each column's cells looked up in that field's source rows at once."""
    rounds, pids = frame["round"].to_numpy(dtype=object), frame["provider_id"].to_numpy(dtype=object)
    have = sources[["round", "provider_id", "field"]].drop_duplicates()
    by_field = {f: pd.MultiIndex.from_frame(g[["round", "provider_id"]]) for f, g in have.groupby("field", sort=False)}
    missing, unused = [], []
    for col in known.columns:
        rows = known[col].to_numpy()
        cells = pd.MultiIndex.from_arrays([rounds[rows], pids[rows]])
        sourced = by_field.pop(col, None)
        ok = cells.isin(sourced) if sourced is not None else np.zeros(len(cells), dtype=bool)
        missing += [(rnd, pid, col) for rnd, pid in cells[~ok]]
        if sourced is not None:
            unused += [(rnd, pid, col) for rnd, pid in sourced[~sourced.isin(cells)]]
    for field, sourced in by_field.items():  # fields that are not figure columns of this frame
        unused += [(rnd, pid, field) for rnd, pid in sourced]
    return missing, unused


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
    table = consistency_table(frame)
    if sources is not None:
        found = pd.DataFrame.from_records(source_findings(frame, sources), columns=list(FINDING_COLUMNS))
        table = pd.concat([table, found], ignore_index=True) if len(found) else table
        add_note(table, basis_note(basis_counts(frame, sources)))
    return with_view(table, View(title="Findings"))


def validation_summary(findings: pd.DataFrame, *, sources_checked: bool, strict: bool = False,
                       more_warnings: int = 0) -> tuple[bool, str]:
    """(failed, 'N errors, M warnings') for a findings table (and ``more_warnings`` left out of it): errors
    fail, warnings fail only when ``strict``."""
    errors = int((findings["level"] == "error").sum())
    warnings = int((findings["level"] == "warning").sum()) + more_warnings
    summary = f"{errors} errors, {warnings} warnings" + ("" if sources_checked else " (no sources file: sources "
                                                         "not checked)")
    failed = bool(errors or (strict and warnings))
    if failed and not errors:
        summary += " (--strict)"
    return failed, summary


#: Findings listed per rule (level and column) unless every one is asked for: a random million-row file has
#: over a million findings, 184 MB of lines that no one reads past the first few of each kind.
FIRST_PER_RULE = 10


def first_per_rule(findings: pd.DataFrame, limit: int | None = FIRST_PER_RULE) -> tuple[pd.DataFrame, pd.DataFrame]:
    """(the first ``limit`` findings of each level and column, in table order; how many more each has), the
    second a table of level, column and omitted, in order of first appearance. ``limit`` None keeps all.

    >>> table = pd.DataFrame({"level": ["warning"] * 3 + ["error"], "column": ["overall"] * 3 + ["sector"]})
    >>> shown, more = first_per_rule(table, 2)
    >>> len(shown), more.values.tolist()
    (3, [['warning', 'overall', 1]])
    """
    return _first_per_rule(findings, limit)


def _first_per_rule(findings: pd.DataFrame, limit: int | None, left_out: pd.Series | None = None):
    """first_per_rule, where the warnings of some columns (``left_out``: how many per column, columns in order of
    first appearance) come before ``findings`` and are left out of it."""
    if limit is None or (findings.empty and (left_out is None or not left_out.any())):
        return findings, pd.DataFrame({"level": [], "column": [], "omitted": []})
    rule = findings.groupby(["level", "column"], sort=False, dropna=False)
    kept = (rule.cumcount() < limit).to_numpy()
    counts = rule.size()
    if left_out is not None and len(left_out):
        before = pd.MultiIndex.from_arrays([["warning"] * len(left_out), left_out.index])
        index = before.append(counts.index[~counts.index.isin(before)])
        counts = (counts.reindex(index, fill_value=0)
                  + pd.Series(left_out.to_numpy(), index=before).reindex(index, fill_value=0))
    omitted = (counts - limit)[counts > limit]
    more = pd.DataFrame({"level": omitted.index.get_level_values(0), "column": omitted.index.get_level_values(1),
                         "omitted": omitted.to_numpy(dtype=np.int64)})
    return findings[kept], more


def listed_findings(frame: pd.DataFrame, sources: pd.DataFrame | None, limit: int | None, *, strict: bool = False,
                    findings: pd.DataFrame | None = None) -> tuple[pd.DataFrame, pd.DataFrame, bool, str]:
    """first_per_rule(findings_table(frame, sources), limit) and validation_summary of that table, from
    ``findings`` when given; else, with a limit, without the table of every finding (nor a message worded but
    for the findings listed)."""
    if findings is None and limit is not None:
        found, totals = first_found(*_rules(frame), frame, limit)
        left_out = totals - found.groupby("column", sort=False).size().reindex(totals.index, fill_value=0)
        if sources is not None:
            more = pd.DataFrame.from_records(source_findings(frame, sources), columns=list(FINDING_COLUMNS))
            found = pd.concat([found, more], ignore_index=True) if len(more) else found
        listed, more = _first_per_rule(found, limit, left_out)
        return (listed, more, *validation_summary(found, sources_checked=sources is not None, strict=strict,
                                                  more_warnings=int(left_out.sum())))
    findings = findings_table(frame, sources) if findings is None else findings
    return (*first_per_rule(findings, limit),
            *validation_summary(findings, sources_checked=sources is not None, strict=strict))


def coverage(frame: pd.DataFrame, *, round_: str | None = None, sources: pd.DataFrame | None = None) -> pd.DataFrame:
    """For each round and column: how many rows know it, by sector, out of the rows it applies to; with
    ``sources``, a note counts the figures on each basis (stated, wording, ...).

    >>> from probstat import load
    >>> table = coverage(load(), round_="2018-19")
    >>> table.loc[table["column"] == "overall", ["known", "applicable"]].values.tolist()
    [[28, 28]]
    """
    rows = select_round(frame, round_)
    columns = [c for c in schema.COLUMN_NAMES if c not in schema.KEY_COLUMNS and c in rows]
    # Known cells counted per round and sector for every column at once, on arrays: a group-by cost nearly
    # three times as much on the bundled file.
    known = rows[columns].notna().to_numpy()
    # The later units (PDUs, regions, national) get columns of their own unless a 2018-21 round is asked for.
    shown = schema.shows_later_units(round_)  # by the round asked for, so that the columns never depend on the file
    groups = [(s.lower(), (s,)) for s in schema.SECTORS] + ([("later", schema.UNIT_TYPES)] if shown else [])
    unit_masks = sector_masks(rows, schema.ALL_SECTORS)
    records = []
    for rnd in sorted(rows["round"].unique()):
        in_round = rows["round"].eq(rnd).to_numpy(dtype=bool)
        counts = {}  # per sector or unit type: rows in the round, and known cells per column
        for sector in schema.ALL_SECTORS:
            group = in_round & unit_masks[sector]
            counts[sector] = int(group.sum()), known[group].sum(axis=0)
        for j, col in enumerate(columns):
            std = schema.STANDARDS_BY_COLUMN.get(col)
            if col in schema.LATER_COLUMNS and not any(counts[u][0] for u in schema.UNIT_TYPES) and not any(
                    counts[s][1][j] for s in schema.SECTORS):
                continue  # a later units' column in a round of NPS and CRC rows only: not applicable
            rec = {"round": rnd, "column": col}
            for name, members in groups:
                applying = [m for m in members if std is None or std.applies_to(m)]
                rec[f"{name}_known"] = sum(int(counts[m][1][j]) for m in applying)
                rec[f"{name}_rows"] = sum(counts[m][0] for m in applying)
            rec["known"] = sum(rec[f"{name}_known"] for name, _ in groups)
            rec["applicable"] = sum(rec[f"{name}_rows"] for name, _ in groups)
            rec["percent"] = round(100 * rec["known"] / rec["applicable"], 1) if rec["applicable"] else None
            records.append(rec)
    table = pd.DataFrame.from_records(records)
    if sources is not None:
        add_note(table, basis_note(basis_counts(frame, sources)))
    return with_view(table, View(title="Coverage"))
