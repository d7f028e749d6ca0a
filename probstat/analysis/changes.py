"""`probstat changes`: how ratings moved between two inspection rounds, for providers inspected in both.

Only pairs of known ratings are compared. A rating known in one round and missing in the other is not a
change (nor 'no change'); the notes name the providers whose ratings could not be compared.
"""

from __future__ import annotations

import numpy as np
import pandas as pd

from .. import schema
from ..errors import UnknownChoice, excerpt
from ..output import View
from .common import NAMED_IN_NOTES, add_note, listed, rating_codes, with_view
from .completeness import PARTIAL, completeness_notes, round_completeness

#: Columns this analysis reads, so the CLI loads and validates only these (plus the required ones).
NEEDS = ("overall", "published", *schema.STANDARD_COLUMNS)


CHANGE_COLUMNS: tuple[str, ...] = (
    "provider_id", "provider", "sector", "field", "before_round", "before", "after_round", "after", "change",
)


#: The fields compared, in the order a provider's rows come: overall, then each standard.
FIELDS: tuple[str, ...] = ("overall", *schema.STANDARD_COLUMNS)
_SCORE_BY_CODE = np.array([schema.SCORES[r] for r in schema.RATINGS])


def _field_codes(frame: pd.DataFrame, positions: np.ndarray) -> np.ndarray:
    """common.rating_codes of each field (rows x FIELDS) at ``positions`` of ``frame``; -1 throughout for a
    column the file lacks."""
    out = np.full((len(positions), len(FIELDS)), -1, dtype=np.int8)
    for j, field in enumerate(FIELDS):
        if field in frame:
            out[:, j] = rating_codes(frame[field].take(positions))
    return out


def _spread_text(words, codes: np.ndarray):
    """``words[code]`` for each code, as pandas text: the few words typed once and taken by code, not a Python
    string per row typed."""
    return pd.array(list(words), dtype="str").take(codes)


def _compare(frame: pd.DataFrame, first: np.ndarray, second: np.ndarray, before: str,
             after: str) -> tuple[pd.DataFrame, dict]:
    """Rows at positions ``second`` of ``frame`` whose provider has a row at positions ``first`` (its first one),
    field by field: the table in second's row order, then overall and each standard of the provider's
    sector; and the lists the notes name."""
    ids = frame["provider_id"]
    earlier_at = _earlier_rows(ids, first, second)
    in_first = earlier_at >= 0
    matched = second[in_first]
    was, now = _field_codes(frame, earlier_at[in_first]), _field_codes(frame, matched)
    sector_codes, sectors = pd.factorize(frame["sector"].take(matched), use_na_sentinel=True)
    applies = np.ones((len(matched), len(FIELDS)), dtype=bool)
    for j, field in enumerate(FIELDS[1:], start=1):
        std = schema.STANDARDS_BY_COLUMN[field]
        applies[:, j] = np.array([std.applies_to(s) for s in sectors] + [False])[sector_codes]
    both = (was >= 0) & (now >= 0)
    compared = (both & applies)[:, 1:].sum(axis=1)
    row, field = np.nonzero(both & applies)  # row by row, each row's fields in FIELDS order
    before_code, after_code = was[row, field], now[row, field]
    diff = _SCORE_BY_CODE[after_code] - _SCORE_BY_CODE[before_code]
    ratings = np.array(schema.RATINGS, dtype=object)
    at = matched[row]
    out = pd.DataFrame({
        "provider_id": ids.take(at).array, "provider": frame["provider"].take(at).array,
        "sector": frame["sector"].take(at).array,
        "field": _spread_text(FIELDS, field),
        "before_round": _spread_text([before], np.zeros(len(row), dtype=np.intp)),
        "before": pd.Series(ratings[before_code], dtype=object),
        "after_round": _spread_text([after], np.zeros(len(row), dtype=np.intp)),
        "after": pd.Series(ratings[after_code], dtype=object),
        "change": pd.Series(np.select([diff > 0, diff < 0], ["up", "down"], "same"), dtype=object),
    })[list(CHANGE_COLUMNS)]
    some = compared > 0
    shown = matched[some][:NAMED_IN_NOTES]
    # Each list as the notes name it (common.listed): its first ids, and how many there are. The ids of every
    # provider compared (200,000 at 10^6 rows) were made Python strings for the notes' first few.
    counts = {
        "both": len(matched), "missing_before": _first_ids(ids, second[~in_first]),
        "overall_gaps": _first_ids(ids, matched[~both[:, 0]]),
        "no_standards": _first_ids(ids, matched[~some]),
        "some_standards": ([f"{pid} ({n} of {schema.N_STANDARDS})"
                            for pid, n in zip(ids.take(shown).tolist(), compared[some][:len(shown)].tolist(),
                                              strict=True)], int(some.sum())),
    }
    return out, counts


def _first_ids(ids: pd.Series, positions: np.ndarray) -> tuple[list, int]:
    """The ids at the first NAMED_IN_NOTES of ``positions``, and how many positions there are (common.listed's
    arguments)."""
    return ids.take(positions[:NAMED_IN_NOTES]).tolist(), len(positions)


def _earlier_rows(ids: pd.Series, first: np.ndarray, second: np.ndarray) -> np.ndarray:
    """For each row at positions ``second``, the position in the frame of the first row among positions ``first``
    with the same id; -1 where there is none.

    Ids held in Arrow are looked up by Arrow's hash join (``index_in`` gives each value's first place in the
    set): a third of the time of a pandas Index of 800,000 Arrow ids checked unique and searched.
    """
    if not len(first):
        return np.full(len(second), -1, dtype=np.intp)
    if isinstance(ids.dtype, pd.StringDtype) and ids.dtype.storage == "pyarrow" and not ids.hasnans:
        import pyarrow as pa
        import pyarrow.compute as pc

        array = pa.array(ids.array)
        earlier = array.take(pa.array(first))
        earlier = earlier.combine_chunks() if isinstance(earlier, pa.ChunkedArray) else earlier
        where = pc.index_in(array.take(pa.array(second)), value_set=earlier).fill_null(-1).to_numpy()
    else:
        earlier = pd.Index(ids.take(first))
        if not earlier.is_unique:  # the loader refuses a provider twice in a round; a caller's frame may not
            keep = ~earlier.duplicated()
            first, earlier = first[keep], earlier[keep]
        where = earlier.get_indexer(ids.take(second))
    return np.where(where >= 0, first[np.maximum(where, 0)], -1)


def changes(frame: pd.DataFrame, *, before: str = schema.DEFAULT_ROUND, after: str = "2019-20",
            rounds: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per provider inspected in both rounds and per field (overall, then each of its standards)
    whose rating is known in both: the two ratings and ``change`` ('up', 'down' or 'same' by HMIP score).

    The notes also say how much of each round the data hold against HMIP's published totals
    (``rounds``: a rounds.csv table, by default the bundled one): services HMIP rated that the
    data do not hold cannot be compared, so the rows are not every move between the rounds.

    >>> from probstat.loader import load
    >>> table = changes(load())
    >>> table.loc[table["provider_id"] == "dtv-crc", ["field", "before", "after", "change"]].values.tolist()
    [['overall', 'Requires improvement', 'Good', 'up'], ['leadership', 'Outstanding', 'Outstanding', 'same']]
    """
    for name, value in (("before", before), ("after", after)):
        if value in (None, "all"):
            raise UnknownChoice(f"{name} must name one round, not {excerpt(value)}")
    if before == after:
        raise UnknownChoice(f"before and after are the same round ({before}); choose two different rounds")
    round_names = sorted(frame["round"].unique())
    for name, value in (("before", before), ("after", after)):
        if value not in round_names:
            # Name the option: on a one-round file it is the default --after that fails, which the bare
            # "no round '2019-20'" of select_round left the user to guess.
            raise UnknownChoice(f"no round {excerpt(value)} in the data for --{name}; "
                                f"rounds present: {', '.join(round_names)}")
    in_before, in_after = (frame["round"].eq(r).to_numpy(dtype=bool) for r in (before, after))
    out, counts = _compare(frame, np.flatnonzero(in_before), np.flatnonzero(in_after), before, after)
    if before > after:  # rounds are named YYYY-YY, so text order is time order
        add_note(out, f"before ({before}) is later than after ({after}): 'up' and 'down' run backwards in time")
    add_note(out, f"{counts['both']} provider(s) inspected in both {before} and {after}; only ratings known in "
                  "both rounds are compared")
    if counts["overall_gaps"][1]:
        add_note(out, f"overall rating not known in both rounds for: {listed(*counts['overall_gaps'])}")
    if counts["no_standards"][1]:
        add_note(out, f"no standard rating known in both rounds, so standards could not be compared for: "
                      f"{listed(*counts['no_standards'])}")
    if counts["some_standards"][1]:
        add_note(out, f"standards compared only where known in both rounds: {listed(*counts['some_standards'])}")
    if counts["missing_before"][1]:
        add_note(out, f"inspected in {after} with no {before} row, so not compared: "
                      f"{listed(*counts['missing_before'])}")
    in_rounds = in_before | in_after
    # round_completeness compares these columns with every round, sector and rating: as categories, each
    # comparison is one of small codes rather than of a million strings.
    typed = frame.astype({c: "category" for c in ("round", "sector", "overall") if c in frame})
    completeness = round_completeness(typed if in_rounds.all() else typed[in_rounds], rounds)
    for note in completeness_notes(completeness):
        add_note(out, note)
    if (completeness["status"] == PARTIAL).any():
        add_note(out, "services HMIP rated that the data do not hold are not compared: the changes listed are not "
                      "all the moves between the rounds")
    return with_view(out, View(title="Changes between rounds"))


def reinspections(frame: pd.DataFrame, *, unit: str = "pdu") -> pd.DataFrame:
    """Units of one kind (``unit``: 'pdu', 'region', 'national' or 'provider', as ratings.unit_rows) inspected
    more than once, each inspection paired with the one before it whatever their rounds: one row per pair and
    field known in both (overall, then each standard), as changes() gives, with each row's own two rounds.

    The notes count the units, name those whose overall rating did not change, and say that the PDU programmes
    of 2021-23 and 2023-25 scored standards differently, so only the rating words are compared.

    >>> from probstat.loader import load
    >>> table = reinspections(load(), unit="pdu")
    >>> table.loc[(table["provider_id"] == "sheffield-pdu") & (table["field"] == "overall"),
    ...           ["before_round", "before", "after_round", "after", "change"]].values.tolist()
    [['2022-23', 'Inadequate', '2024-25', 'Inadequate', 'same']]
    """
    from .ratings import unit_rows

    rows = unit_rows(frame, unit)
    order = rows.assign(_published=rows.get("published"))
    order = order.sort_values(["provider_id", "round", "_published"], kind="stable", na_position="last")
    position = pd.Series(np.arange(len(frame)), index=frame.index)
    parts, same, moved = [], [], []
    for pid, group in order.groupby("provider_id", sort=True):
        if len(group) < 2:
            continue
        at = position.loc[group.index].to_numpy()
        for first, second in zip(at[:-1], at[1:], strict=True):
            before, after = str(frame["round"].iloc[first]), str(frame["round"].iloc[second])
            table, _ = _compare(frame, np.array([first]), np.array([second]), before, after)
            parts.append(table)
            overall = table[table["field"] == "overall"]
            if len(overall):
                (same if overall["change"].iloc[0] == "same" else moved).append(
                    f"{pid} ({overall['before'].iloc[0]} {before}, {overall['after'].iloc[0]} {after})")
    out = (pd.concat(parts, ignore_index=True) if parts
           else pd.DataFrame({c: pd.Series(dtype=object) for c in CHANGE_COLUMNS}))
    units = len({p.split(" ", 1)[0] for p in same + moved})
    add_note(out, f"{units} unit(s) of kind {unit} inspected more than once, each inspection compared with the one "
                  "before it; only ratings known in both inspections are compared")
    if same:
        add_note(out, f"overall rating did not change for {len(same)}: {listed(same)}")
    if moved:
        add_note(out, f"overall rating changed for {len(moved)}: {listed(moved)}")
    if unit.strip().lower() != "provider":
        add_note(out, "HMIP's first PDU programme (2021-23, nine standards and points out of 27) and its second "
                      "(from October 2023) did not rate the same set of standards, so ratings are compared as "
                      "words, never as scores; and no rating from 2021 on is compared with a 2018-21 NPS or CRC one")
    return with_view(out, View(title="Re-inspections"))
