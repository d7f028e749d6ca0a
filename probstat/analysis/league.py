"""`probstat league`: providers ranked the way unofficial league tables rank them, gaps and all.

Commentators rank providers by overall rating and then by how their standards were rated. Most standard
ratings are missing from the bundled data, so the table counts only the known ones, says how many are
unknown, and never reads a gap as any rating. Ties are kept as ties.
"""

from __future__ import annotations

import pandas as pd

from .. import schema
from ..errors import UnknownChoice
from ..output import View
from .common import add_note, select_round, with_view

#: Columns this analysis reads, so the CLI loads and validates only these (plus the required ones).
NEEDS = ("overall", *schema.STANDARD_COLUMNS, *schema.STANDARD_COUNT_COLUMNS.values())


RATING_COUNT_COLUMNS: dict[str, str] = {
    "Outstanding": "outstanding",
    "Good": "good",
    "Requires improvement": "requires_improvement",
    "Inadequate": "inadequate",
}
LEAGUE_COLUMNS: tuple[str, ...] = (
    "rank", "tied", "round", "provider_id", "provider", "sector", "overall", *RATING_COUNT_COLUMNS.values(),
    "standards_known", "standards_unknown",
)


#: The columns a text table keeps (csv and json carry them all).
COMPACT = ("rank", "tied", "provider_id", "sector", "overall", "outstanding", "good", "requires_improvement",
           "inadequate", "standards_known")


def known_rating_counts(rows: pd.DataFrame) -> pd.DataFrame:
    """How many of each provider's ten standards are known to be rated Outstanding, Good, Requires improvement
    and Inadequate, with ``standards_known`` and ``standards_unknown`` (they add up to ten).

    A count comes from the stated n_std_* column when there is one (it is exact even where the standards
    themselves are not listed); otherwise it is the number of standard columns with that rating.
    """
    std_cols = [c for c in schema.STANDARD_COLUMNS if c in rows]
    out = pd.DataFrame(index=rows.index)
    for rating, name in RATING_COUNT_COLUMNS.items():
        listed = rows[std_cols].eq(rating).sum(axis=1).astype("int64")
        stated_col = schema.STANDARD_COUNT_COLUMNS[rating]
        if stated_col in rows:
            stated = pd.to_numeric(rows[stated_col], errors="coerce")
            listed = stated.where(stated.notna(), listed).astype("int64")
        out[name] = listed
    known = out.sum(axis=1)
    out["standards_known"] = known.clip(upper=schema.N_STANDARDS).astype("int64")
    out["standards_unknown"] = (schema.N_STANDARDS - out["standards_known"]).astype("int64")
    out.attrs["contradictory"] = list(rows.loc[known > schema.N_STANDARDS, "provider_id"])
    return out


def _sort_key(row) -> tuple:
    # best first: higher overall score, more Outstanding, more Good, fewer Inadequate, fewer RI
    return (-schema.SCORES[row["overall"]], -row["outstanding"], -row["good"], row["inadequate"],
            row["requires_improvement"])


def league(frame: pd.DataFrame, *, round_: str | None = schema.DEFAULT_ROUND,
           sector: str | None = None) -> pd.DataFrame:
    """Providers ranked by overall rating (Outstanding 3 ... Inadequate 0), then by their KNOWN standard
    ratings: more Outstanding, then more Good, then fewer Inadequate, then fewer Requires improvement.

    Providers equal on all of these share a rank (1, 2, 2, 4) and are marked ``tied``. A provider whose
    overall rating is unknown is listed last with no rank. With several rounds, each round is ranked on its
    own.

    >>> from probstat.loader import load
    >>> table = league(load())
    >>> table["provider_id"].head(3).tolist()
    ['nps-south-west-south-central', 'hampshire-iow-crc', 'nps-north-west']
    """
    rows = select_round(frame, round_)
    if sector:
        wanted = sector.upper()
        if wanted not in schema.SECTORS:
            raise UnknownChoice(f"{sector!r} is not a sector; expected one of {', '.join(schema.SECTORS)}")
        rows = rows[rows["sector"] == wanted]
    rows = rows.reset_index(drop=True)
    if "overall" not in rows:
        # A user's file may leave the optional overall column out (the loader then leaves it out too): every
        # overall rating is unknown, rather than a KeyError.
        rows = rows.assign(overall=None)
    counts = known_rating_counts(rows)
    base = pd.concat([rows[["round", "provider_id", "provider", "sector", "overall"]], counts], axis=1)
    base["overall"] = base["overall"].where(base["overall"].isin(list(schema.SCORES)), None)
    records = []
    unranked_notes = []
    for rnd, group in base.groupby("round", sort=True):
        rated = group[group["overall"].notna()].copy()
        # Built as a Series rather than with rated.apply(axis=1): on a round where no provider has a known
        # overall rating, apply() on the empty frame returns a DataFrame and the assignment raised ValueError.
        rated["_key"] = pd.Series([_sort_key(rec) for rec in rated.to_dict("records")], index=rated.index,
                                  dtype=object)
        # provider_id only orders rows inside a tie, so the output does not depend on the file's row order
        rated = rated.sort_values(["_key", "provider_id"], kind="stable")
        sizes = rated["_key"].value_counts()
        rank, previous = 0, None
        for position, rec in enumerate(rated.to_dict("records"), start=1):
            if rec["_key"] != previous:
                rank, previous = position, rec["_key"]
            rec["rank"] = rank
            rec["tied"] = bool(sizes[rec["_key"]] > 1)
            records.append(rec)
        unrated = group[group["overall"].isna()].sort_values("provider_id", kind="stable")
        for rec in unrated.to_dict("records"):
            rec["rank"], rec["tied"] = None, False
            records.append(rec)
        if len(unrated):
            unranked_notes.append(f"{rnd}: {', '.join(unrated['provider_id'])}")
    out = pd.DataFrame.from_records(records, columns=list(LEAGUE_COLUMNS))
    out["rank"] = out["rank"].astype("Int64")
    out["tied"] = out["tied"].astype(bool)
    for col in (*RATING_COUNT_COLUMNS.values(), "standards_known", "standards_unknown"):
        out[col] = out[col].astype("int64")

    for rnd, group in out.groupby("round", sort=True):
        possible = schema.N_STANDARDS * len(group)
        none_known = int((group["standards_known"] == 0).sum())
        all_known = int((group["standards_known"] == schema.N_STANDARDS).sum())
        add_note(out, f"ranks rest on partial standard ratings: {int(group['standards_known'].sum())} of {possible} "
                      f"standard ratings known in {rnd} ({len(group)} providers x {schema.N_STANDARDS}); all ten known "
                      f"for {all_known} providers, none for {none_known}. Unknown standards count as nothing, so a "
                      "provider with fewer known ratings can rank above one with more")
    add_note(out, "the counts of standards by rating use the n_std_* figures where the source states them, else "
                  "the standard ratings listed")
    if unranked_notes:
        add_note(out, "overall rating unknown, listed last without a rank: " + "; ".join(unranked_notes))
    if counts.attrs["contradictory"]:
        add_note(out, "the stated counts of standards contradict the listed ratings for "
                      f"{', '.join(counts.attrs['contradictory'])}; run `probstat validate`")
    return with_view(out, View(title="League table", compact=COMPACT))
