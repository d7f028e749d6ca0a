"""Listing providers and every figure known for one of them."""

from __future__ import annotations

import pandas as pd

from .. import schema
from ..errors import UnknownChoice, did_you_mean, excerpt
from ..output import View
from .common import qualified_text, select_round, with_view

LIST_COLUMNS = ("round", "provider_id", "provider", "sector", "owner", "published", "overall")
#: Listed too unless the round asked for is one of 2018-21 (schema.shows_later_units), so that such a listing
#: keeps its columns.
LATER_LIST_COLUMNS = ("region", "round_basis")
#: What providers() reads: the listed columns and the standards it counts.
NEEDS = (*LIST_COLUMNS, *LATER_LIST_COLUMNS, *schema.STANDARD_COLUMNS)


def providers(frame: pd.DataFrame, *, round_: str | None = None, sector: str | None = None,
              rating: str | None = None, unit: str | None = None) -> pd.DataFrame:
    """One row per provider (or later unit: PDU, region, national) and round, optionally filtered by round,
    sector, kind of unit (see ratings.unit_rows) and overall rating.

    >>> from probstat import load
    >>> table = providers(load(), round_="2018-19", sector="NPS")
    >>> len(table), sorted(table["overall"].unique())
    (7, ['Good', 'Requires improvement'])
    """
    from .ratings import unit_rows

    rows = unit_rows(select_round(frame, round_), unit)
    if sector:
        rows = rows[rows["sector"] == (schema.canonical_sector(sector) or sector)]
    if rating:
        wanted = schema.normalise_rating(rating)
        if wanted is None:
            raise UnknownChoice(f"{excerpt(rating)} is not a rating; expected one of {', '.join(schema.RATINGS)}")
        # A file without the optional overall column knows no overall rating: nobody matches.
        rows = rows[rows["overall"] == wanted] if "overall" in rows else rows.iloc[0:0]
    later = schema.shows_later_units(round_)
    cols = [c for c in (*LIST_COLUMNS, *(LATER_LIST_COLUMNS if later else ())) if c in rows]
    out = rows[cols].reset_index(drop=True)
    out["standards_known"] = rows[[c for c in schema.STANDARD_COLUMNS if c in rows]].notna().sum(axis=1).to_numpy()
    return with_view(out, View(title="Providers"))


def provider_figures(frame: pd.DataFrame, provider_id: str, *, round_: str | None = None,
                     sources: pd.DataFrame | None = None) -> pd.DataFrame:
    """Every column for one provider (all its rounds unless ``round_``), known or not, with its source.

    Unknown figures are listed with status 'unknown' rather than left out, so a reader sees the gaps. Each
    known figure carries its source URL, note and ``basis`` (how it is known: schema.BASES, or 'unknown' for a
    sources file without the column or a figure taken from the row's own source_url).
    """
    rows = frame[frame["provider_id"] == provider_id]
    if rows.empty:
        ids = sorted(frame["provider_id"].unique())
        hint = did_you_mean(provider_id, ids)
        some = ", ".join(excerpt(i, quote=False) for i in ids[:6])
        raise UnknownChoice(f"no provider {excerpt(provider_id)}{hint}; ids include {some}, ... "
                            "(see `probstat providers`)")
    if round_ not in (None, "all"):
        rows = select_round(rows, round_)
    lookup: dict[tuple[str, str], tuple[str, str, str]] = {}
    if sources is not None and not sources.empty:
        mine = sources[sources["provider_id"] == provider_id]
        basis = mine["basis"] if "basis" in mine else pd.Series(schema.UNKNOWN_BASIS, index=mine.index)
        lookup = {(r, f): (u, b, n) for (r, f, u, n), b in zip(
            mine[["round", "field", "source_url", "note"]].itertuples(index=False, name=None), basis, strict=True)}
    records = []
    for _, row in rows.iterrows():
        for col in schema.COLUMN_NAMES:
            if col in ("round", "provider_id", "source_url"):
                continue
            spec = schema.COLUMNS_BY_NAME[col]
            std = schema.STANDARDS_BY_COLUMN.get(col)
            if std is not None and not std.applies_to(row["sector"]):
                continue  # not rated for this sector: not a gap
            if col in schema.QUALIFIED_COLUMNS:
                value = qualified_text(row.get(col), row.get(schema.qualifier_suffix(col)))
            else:
                value = row.get(col)
                value = None if value is None or pd.isna(value) else str(value)
            if value is None and col in schema.LATER_COLUMNS and row["sector"] in schema.SECTORS:
                continue  # a later units' column on an NPS or CRC row: a gap only where it is filled
            url, basis, note = lookup.get((row["round"], col), (None, None, None))
            if value is not None and url is None and not lookup:
                url = row.get("source_url")  # a user's file without sources.csv: the row's own source
                basis = schema.UNKNOWN_BASIS
            records.append({
                "round": row["round"], "field": col, "description": spec.description,
                "value": value, "status": "known" if value is not None else "unknown",
                "source_url": url if value is not None else None,
                "basis": basis if value is not None else None, "note": note if value is not None else None,
            })
    return with_view(pd.DataFrame.from_records(records),
                     View(title=provider_id, compact=("round", "field", "value", "status", "basis", "source_url")))
