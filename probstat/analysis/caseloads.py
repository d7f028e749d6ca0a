"""`probstat caseloads`: people supervised and workload indicators, per provider or summed per sector.

The sources state most caseload figures loosely ('more than 17,000', 'nearly 13,000'). We keep each figure
as stated, carry its qualifier, and turn it into an interval with schema.QUALIFIERS; sums are given at face
value and as the sum of those intervals, so nobody mistakes a sum of 'more than' figures for a count.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd

from .. import schema
from ..errors import DataError, UnknownChoice
from ..output import View
from .common import (
    add_note,
    bounds,
    equal_to,
    exact_figures,
    qualified_text,
    records_table,
    sector_masks,
    select_round,
    with_view,
)

#: Columns this analysis reads, so the CLI loads and validates only these (plus the required ones).
NEEDS = ("people_supervised", "avg_caseload", "staff_caseload_over_50_pct", "staff_workload_unmanageable_pct",
         "staff_workload_manageable_pct")


#: Every column of a frame this analysis reads (the qualifiers beside their figures).
_READS = frozenset((*schema.REQUIRED_COLUMNS, *NEEDS, *(schema.qualifier_suffix(c) for c in NEEDS)))

WORKLOAD_COLUMNS: tuple[str, ...] = (
    "avg_caseload",
    "staff_caseload_over_50_pct",
    "staff_workload_unmanageable_pct",
    "staff_workload_manageable_pct",
)
BY_CHOICES = ("provider", "sector")
ALL_SECTORS = "all"

PROVIDER_COLUMNS: tuple[str, ...] = (
    "round", "provider_id", "provider", "sector", "people_supervised", "people_low", "people_high", "qualifier",
    "share_of_sector_stated", *WORKLOAD_COLUMNS,
)
SECTOR_COLUMNS: tuple[str, ...] = (
    "round", "sector", "providers", "n_known", "total_stated", "total_low", "total_high", "bound",
    "share_of_total_stated", *(f"{c}_{part}" for c in WORKLOAD_COLUMNS for part in ("mean", "n")),
)


#: The columns a text table keeps (csv and json carry them all).
PROVIDER_COMPACT = ("round", "provider_id", "sector", "people_supervised", "qualifier", "avg_caseload",
                    "staff_workload_unmanageable_pct")
SECTOR_COMPACT = ("round", "sector", "providers", "n_known", "total_stated", "total_low", "total_high", "bound",
                  "share_of_total_stated")


#: At most this many figures are named in the note on figures left out of the workload means (a million-row
#: file would otherwise make a note of millions of names); the note gives how many more there are.
LEFT_OUT_SHOWN = 20


def _qualified(rows: pd.DataFrame, column: str) -> tuple[pd.Series, pd.Series]:
    """A qualified column's numbers and qualifiers; all unknown when the frame was loaded without it."""
    if column not in rows:
        # built from arrays: a Series filled from a scalar (None above all) costs 20 ms per million rows
        return (pd.Series(np.full(len(rows), math.nan), index=rows.index, copy=False),
                pd.Series(pd.Categorical.from_codes(np.full(len(rows), -1, dtype=np.int8), categories=[]),
                          index=rows.index, copy=False))
    values = pd.to_numeric(rows[column], errors="coerce").astype("float64")
    suffix = schema.qualifier_suffix(column)
    stated = rows[suffix] if suffix in rows else pd.Series(None, index=rows.index, dtype="object")
    # a known number is exact ('') unless qualified; a frame built by hand may leave its qualifier empty
    if isinstance(stated.dtype, pd.CategoricalDtype):  # as loaded: its codes already number its values
        codes, uniques = stated.cat.codes.to_numpy(), stated.cat.categories.to_numpy(dtype=object)
    else:
        codes, uniques = pd.factorize(stated.astype(object))
    text = [q if isinstance(q, str) else "" for q in uniques] + [""]
    # Kept as codes (a categorical, missing where the figure is unknown): every later step groups by qualifier,
    # and would otherwise hash a million qualifier strings again.
    labels, text_codes = np.unique(np.array(text, dtype=object).astype(str), return_inverse=True)
    row_codes = np.where(values.isna().to_numpy(), -1, text_codes[codes])
    qualifiers = pd.Series(pd.Categorical.from_codes(row_codes, categories=pd.Index(labels, dtype=object)),
                           index=rows.index)
    return values, qualifiers


def _codes(qualifiers: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Each row's code into the distinct qualifiers (-1: none), and those qualifiers."""
    if isinstance(qualifiers.dtype, pd.CategoricalDtype):
        return qualifiers.cat.codes.to_numpy(), qualifiers.cat.categories.to_numpy(dtype=object)
    return pd.factorize(qualifiers.to_numpy(dtype=object), use_na_sentinel=True)


def _present(codes: np.ndarray, labels: np.ndarray, mask: np.ndarray) -> set:
    """The distinct qualifiers of the rows under ``mask`` (None for a row without one), found by counting codes:
    a million qualifiers as Python strings were hashed once per sector and round."""
    counts = np.bincount(codes[mask].astype(np.intp) + 1, minlength=len(labels) + 1)
    each = [None, *labels]
    return {each[i] for i in np.flatnonzero(counts).tolist()}


def _objects(qualifiers: pd.Series, words=None) -> np.ndarray:
    """Each row's qualifier (or ``words[qualifier]``) as a Python object, None where there is none."""
    codes, uniques = _codes(qualifiers)
    each = list(uniques) if words is None else [words.get(q, math.nan) for q in uniques]
    return np.array([*each, None], dtype=object)[codes]


def _exact(rows: pd.DataFrame, column: str, values: pd.Series) -> pd.Series:
    """Per row: is ``values`` (the column's numbers, from _qualified) known and stated exactly (no qualifier)?"""
    suffix = schema.qualifier_suffix(column)
    return exact_figures(values, rows[suffix]) if suffix in rows else values.notna()


def _per_figure(values: pd.Series, qualifiers: pd.Series, word, text: bool = False):
    """``word(value, qualifier)`` for each row, computed once per distinct (value, qualifier). With ``text``,
    words that are all text (or None) come as pandas text, typed once per distinct word, as a table built
    from them would type them."""
    # Each row's (value, qualifier) numbered from the two columns' own codes (-1, missing, becomes 0): integer
    # keys, where a frame of the pairs would first turn a million qualifiers into a string column.
    v_codes, v_uniques = pd.factorize(values.to_numpy(dtype="float64", na_value=math.nan), use_na_sentinel=True)
    q_codes, q_uniques = (v_codes, v_uniques) if qualifiers is values else _codes(qualifiers)
    width = len(q_uniques) + 1
    pair = (v_codes.astype(np.int64) + 1) * width + (q_codes + 1)
    if (len(v_uniques) + 1) * width <= max(len(pair), 1 << 16):
        # The pairs numbered through a table as long as every pair there could be, not hashed: a million rows'
        # pairs factorized cost 30-50 ms a figure.
        seen = np.zeros((len(v_uniques) + 1) * width, dtype=bool)
        seen[pair] = True
        keys = np.flatnonzero(seen)
        number = np.empty(len(seen), dtype=np.intp)
        number[keys] = np.arange(len(keys))
        combo = number[pair]
    else:
        combo, keys = pd.factorize(pair)
    figures = [math.nan, *v_uniques.tolist()]
    quals = [None, *q_uniques.tolist()]
    results = np.empty(len(keys), dtype=object)
    results[:] = [word(figures[k // width], quals[k % width]) for k in keys.tolist()]
    if text and pd.api.types.infer_dtype(results, skipna=True) == "string":
        return pd.array(results, dtype="str").take(combo)
    return results[combo]


def _texts(values: pd.Series, qualifiers: pd.Series):
    """qualified_text of each row's figure."""
    return _per_figure(values, qualifiers, _figure_text, text=True)


def _figure_text(value: float, qualifier: str | None) -> str | None:
    """qualified_text(value, qualifier) for a Python float ``value`` (as _per_figure gives each distinct figure):
    the same text without its checks of the value's type, for the 100,000 distinct figures of a large file."""
    if value != value:  # NaN: unknown
        return None
    if qualifier == schema.FRACTION:
        return qualified_text(value, qualifier)
    return f"{qualifier or ''}{int(value) if value.is_integer() else value}"


def _text_column(column: pd.Series):
    """``column`` as the table's text column: what its values as Python objects would be typed as, without
    converting each value (with pyarrow, text is Arrow: to Python strings and back cost 0.1 s a column per
    million rows)."""
    if isinstance(column.dtype, pd.StringDtype):
        return column.array
    if isinstance(column.dtype, pd.CategoricalDtype) and isinstance(column.cat.categories.dtype, pd.StringDtype):
        # The labels taken by code (code -1, missing, as the labels' missing value): astype to the labels' dtype
        # made every row a Python object and typed it again (0.1-0.3 s a column of a million rows).
        return column.cat.categories.array.take(column.cat.codes.to_numpy(), allow_fill=True)
    return column.to_numpy()


def _spans(values: pd.Series, qualifiers: pd.Series) -> tuple[np.ndarray, np.ndarray]:
    """Each row's bounds() (NaN for both where the figure is unknown)."""
    # A qualifier's bounds are the figure times two factors: one multiplication per qualifier for all rows
    # (a file of a million figures holds a handful of qualifiers but a hundred thousand distinct figures).
    numbers = values.to_numpy(dtype="float64", na_value=math.nan)
    low, high = np.full(len(numbers), math.nan), np.full(len(numbers), math.nan)
    codes, uniques = _codes(qualifiers)
    for code, qualifier in enumerate(uniques):
        rows = (codes == code) & ~np.isnan(numbers)
        if qualifier == schema.FRACTION:  # not a product: each figure's own interval
            spans = [bounds(v, qualifier) for v in numbers[rows]]
            low[rows], high[rows] = [lo for lo, _ in spans], [hi for _, hi in spans]
        else:
            _, down, up = schema.QUALIFIERS[qualifier or ""]
            with np.errstate(invalid="ignore"):  # 0 times an unbounded factor is NaN, as in Python, silently
                low[rows], high[rows] = numbers[rows] * down, numbers[rows] * up
    return low, high


#: Floats hold every whole number up to here exactly; a total of counts beyond it would print a wrong last digit.
_EXACT_LIMIT = 2**53


def _exact_total(figures: np.ndarray, where: str, source: str | None = None) -> float:
    """The sum of people counts: whole numbers added as integers, so the total is exact (pandas' float sum of
    large counts was off in the last digit); other figures with math.fsum. A whole-number total too large for
    a float to hold exactly is refused rather than printed wrong."""
    values = np.asarray(figures, dtype=np.float64)
    if np.isfinite(values).all() and (values == np.floor(values)).all():
        # Whole numbers: added as int64 on arrays when no sum of them can pass int64's range (each is below
        # kinds.TOO_LARGE), else as Python integers; the same exact total either way.
        largest = float(np.abs(values).max(initial=0))
        total = (int(values.astype(np.int64).sum()) if largest * len(values) < 2**62
                 else sum(int(v) for v in values.tolist()))
        if abs(total) > _EXACT_LIMIT:
            raise DataError(f"the {where} people_supervised figures add up to {total:,}, too large to total "
                            f"exactly (the limit is {_EXACT_LIMIT:,})", column="people_supervised", file=source)
        return float(total)
    return math.fsum(values.tolist())


def _clean(x: float) -> float:
    """Drop float noise from qualifier factors (0.9 * 19000 is 17100.000000000004), keep inf and NaN."""
    return x if math.isinf(x) or math.isnan(x) else round(x, 6)


def _bound_label(qualifiers: set[str]) -> str:
    """What a sum of figures with these qualifiers is: an exact count, a bound, or an approximation."""
    if qualifiers <= {""}:
        return "exact"
    if qualifiers <= {"", ">"}:
        return "lower bound"
    if qualifiers <= {"", "<"}:
        return "upper bound"  # the mirror image of 'lower bound'; not in the bundled data
    return "approximate"


def caseloads(frame: pd.DataFrame, *, round_: str | None = schema.DEFAULT_ROUND,
              by: str = "provider") -> pd.DataFrame:
    """People supervised and workload indicators, one row per provider (``by="provider"``) or per sector
    plus 'all' (``by="sector"``).

    Figures are shown as stated, with their qualifier ('>17000'); ``people_low``/``people_high`` and
    ``total_low``/``total_high`` are the intervals the qualifiers allow (high empty when a figure is only
    'more than'). Unknown figures stay empty and are left out of sums; the notes say how many are known.

    >>> from probstat.loader import load
    >>> table = caseloads(load(), by="sector")
    >>> nps = table.set_index("sector").loc["NPS"]
    >>> int(nps["n_known"]), float(nps["total_stated"]), float(nps["total_low"]), nps["bound"]
    (6, 89000.0, 85100.0, 'approximate')
    """
    if by not in BY_CHOICES:
        raise UnknownChoice(f"cannot group caseloads by {by!r}; choose one of: {', '.join(BY_CHOICES)}")
    # The columns read here only: a caller's frame of every column (check-claims) is not copied whole.
    rows = select_round(frame[[c for c in frame.columns if c in _READS]], round_).reset_index(drop=True)
    if by == "provider":
        return with_view(_by_provider(rows), View(title="Caseloads", compact=PROVIDER_COMPACT))
    return with_view(_by_sector(rows), View(title="Caseloads", compact=SECTOR_COMPACT))


def _coverage_note(rows: pd.DataFrame, known: pd.Series) -> list[str]:
    notes = []
    # On masks of the two columns read, each compared once: a group by round and a selection per sector cost
    # more than the table they annotate.
    known_values, in_sector = known.to_numpy(dtype=bool), sector_masks(rows)
    for rnd in sorted(rows["round"].dropna().unique()):
        in_round = equal_to(rows["round"], rnd)
        parts = []
        for sector in schema.SECTORS:
            mask = in_round & in_sector[sector]
            if mask.any():
                parts.append(f"{sector} {int(known_values[mask].sum())} of {int(mask.sum())}")
        notes.append(f"people_supervised known for {int(known_values[in_round].sum())} of {int(in_round.sum())} "
                     f"providers in {rnd} ({', '.join(parts)}); totals cover only those providers")
    return notes


def _by_provider(rows: pd.DataFrame) -> pd.DataFrame:
    value, qualifier = _qualified(rows, "people_supervised")
    known = value.notna()
    # the share is of what the sources state, at face value: a loose figure stays loose
    sector_total = value.groupby([rows["round"], rows["sector"]]).transform(lambda s: s.sum(min_count=1))
    share = (100 * value / sector_total).round(1)
    low, high = _spans(value, qualifier)
    words = {q: schema.qualifier_meaning(q) for q in (*schema.QUALIFIERS, schema.FRACTION)}
    out = pd.DataFrame({
        "round": _text_column(rows["round"]),
        "provider_id": _text_column(rows["provider_id"]),
        "provider": _text_column(rows["provider"]),
        "sector": _text_column(rows["sector"]),
        "people_supervised": _texts(value, qualifier),
        "people_low": _per_figure(lows := pd.Series(low), lows, lambda lo, _: _clean(lo)).astype("float64"),
        "people_high": _per_figure(highs := pd.Series(high), highs,
                                   lambda hi, _: math.nan if math.isinf(hi) else _clean(hi)).astype("float64"),
        "qualifier": _objects(qualifier, words),
        "share_of_sector_stated": share.astype("float64").to_numpy(),
    })
    for col in WORKLOAD_COLUMNS:
        out[col] = _texts(*_qualified(rows, col))
    out = out[list(PROVIDER_COLUMNS)]
    for note in _coverage_note(rows, known):
        add_note(out, note)
    if any(_objects(qualifier)[known.to_numpy()] != ""):
        add_note(out, "people_supervised is as stated in the sources, often 'more than' (>), 'nearly' (<~) or "
                      "'around' (~); people_low/people_high are the range that allows (high empty when unbounded), "
                      "and share_of_sector_stated is a share of the stated figures at face value")
    return out


def _by_sector(rows: pd.DataFrame) -> pd.DataFrame:
    value, qualifier = _qualified(rows, "people_supervised")
    # Plain arrays and boolean masks: each part of the table selects its rows once, in row order.
    stated, (q_codes, q_labels) = value.to_numpy(dtype="float64"), _codes(qualifier)
    low, high = _spans(value, qualifier)
    known_all = ~np.isnan(stated)
    workload = {col: _qualified(rows, col) for col in WORKLOAD_COLUMNS}
    exact_figures = {col: (figures.to_numpy(dtype="float64"), _exact(rows, col, figures).to_numpy(dtype=bool))
                     for col, (figures, _) in workload.items()}
    records = []
    bound_notes = []
    in_sector = sector_masks(rows)
    for rnd in sorted(rows["round"].dropna().unique()):
        # masks from the columns themselves: loaded as categories, each comparison is one on integer codes
        in_round = equal_to(rows["round"], rnd)
        parts = [(s, in_round & mask) for s, mask in in_sector.items()]
        parts = [(s, mask) for s, mask in parts if mask.any()] + [(ALL_SECTORS, in_round)]
        round_records = []
        for sector, mask in parts:
            known = mask & known_all
            rec: dict = {"round": rnd, "sector": sector, "providers": int(mask.sum()), "n_known": int(known.sum())}
            if known.any():
                # Python's sum, term by term in row order, as these figures have always been added
                total_high = sum(high[known].tolist())
                rec["total_stated"] = _clean(_exact_total(stated[known], f"{rnd} {sector}", rows.attrs.get("source")))
                rec["total_low"] = _clean(sum(low[known].tolist()))
                # one 'more than' term leaves the sum without an upper bound: say so rather than print inf
                rec["total_high"] = None if math.isinf(total_high) else _clean(total_high)
                rec["bound"] = _bound_label(_present(q_codes, q_labels, known))
            else:
                rec.update(total_stated=None, total_low=None, total_high=None, bound=None)
            for col, (figures, exact_all) in exact_figures.items():
                exact = mask & exact_all
                rec[f"{col}_mean"] = round(float(pd.Series(figures[exact]).mean()), 1) if exact.any() else None
                rec[f"{col}_n"] = int(exact.sum())
            round_records.append(rec)
            if sector != ALL_SECTORS and rec["bound"] not in (None, "exact"):
                words = sorted({schema.qualifier_meaning(k) for k in _present(q_codes, q_labels, known) if k})
                what = "approximate" if rec["bound"] == "approximate" else f"a {rec['bound']}"
                bound_notes.append(f"the {rnd} {sector} total is {what} (it adds figures stated as "
                                   f"{', '.join(repr(w) for w in words)})")
        grand = round_records[-1]["total_stated"]
        for rec in round_records:
            share = None
            if rec["total_stated"] is not None and grand:
                share = round(100 * rec["total_stated"] / grand, 1)
            rec["share_of_total_stated"] = share
        records += round_records
    out = records_table(records, SECTOR_COLUMNS, floats=("total_stated", "total_low", "total_high",
                                                         "share_of_total_stated",
                                                         *(f"{c}_mean" for c in WORKLOAD_COLUMNS)))
    for note in _coverage_note(rows, value.notna()):
        add_note(out, note)
    if bound_notes:
        add_note(out, "totals are bounds, not counts: " + "; ".join(bound_notes) + ". total_stated adds the "
                      "figures at face value; total_low/total_high add the range each allows (total_high is empty "
                      "when a term is only 'more than')")
    left_out, more = [], 0
    for col, (figures, quals) in workload.items():
        loose = rows.index[figures.notna().to_numpy() & ~exact_figures[col][1]]
        shown = loose[:max(LEFT_OUT_SHOWN - len(left_out), 0)]
        more += len(loose) - len(shown)
        left_out += [f"{col} {rows.at[i, 'provider_id']} {rows.at[i, 'round']} {qualified_text(figures[i], quals[i])}"
                     for i in shown]
    if left_out:
        add_note(out, "workload means use exact figures only (the _n column is how many); left out as not exact: "
                      + "; ".join(left_out) + (f"; and {more} more" if more else ""))
    return out
