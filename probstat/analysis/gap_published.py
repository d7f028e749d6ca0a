"""Published sector-level figures for `probstat gap`: what HMIP said about a whole sector, never recomputed.

Where providers.csv cannot give a domain's gap, `gap` shows the figures of sector_figures.csv for that domain
instead, each labelled as published with its document and source URL, and with the interval its wording
allows. The figures come in as a DataFrame with the columns of probstat.published.load_sector_figures.
"""

from __future__ import annotations

import math

import pandas as pd

from .. import schema

#: Units of sector_figures.csv as `gap` words them.
UNIT_WORDS = {"pct": "percent", "pp": "percentage points", "count": "count", "people": "people", "cases": "cases"}


def figures_for(figures: pd.DataFrame | None, domain: str, round_: str | None) -> pd.DataFrame:
    """The rows of ``figures`` for ``domain`` and ``round_`` (None: any round), file order kept.

    Figures whose source ties them to no round (empty ``round``) are kept for every round: the source does
    not say which round they describe, and the row says so.
    """
    if figures is None:
        return pd.DataFrame(columns=["domain", "round"])
    mine = figures[figures["domain"] == domain]
    if round_ is not None:
        mine = mine[(mine["round"] == round_) | (mine["round"] == "")]
    return mine


def bounds_text(number: float, qualifier: str, wording: str, unit: str) -> str:
    """The interval a published figure stands for, as text.

    The source's own words decide, read by the one wording table every command uses
    (probstat.claims.quantifiers): "up to 25 percentage points" is [0, 25], "over two-thirds" (66.7, 100],
    "one in 20" [4.88, 5.13], "45 per cent" [44.5, 45.5). Only when the words hold no figure the table can
    read, or one that is not the stored value (e.g. "every division"), does the value's qualifier give the
    interval (schema.QUALIFIERS: '>50' -> (50, 100] for a percentage, '~9000' -> [8100, 9900]), and an
    exact value stands as stated.
    """
    from ..published import reading

    read = reading(wording, unit)
    if read is not None and math.isclose(read.value, number, rel_tol=1e-9, abs_tol=1e-9):
        return f"{_n(number)} as stated" if read.low == read.high else read.interval_text()
    top = 100.0 if unit == "pct" else math.inf
    _, low, high = schema.QUALIFIERS[qualifier]
    if qualifier == "":
        return f"{_n(number)} as stated"
    lo, hi = number * low, min(number * high, top)
    left = "(" if qualifier == ">" else "["
    right = ")" if qualifier in ("<", "<~") or math.isinf(hi) else "]"
    return f"{left}{_n(lo)}, {'no upper bound' if math.isinf(hi) else _n(hi)}{right}"


def _n(value: float) -> str:
    # Fixed-point, never 2.464e+05: a bound is read beside its figure's wording. Rounding first drops float
    # noise (224000 * 1.1 is 246400.00000000003).
    value = round(float(value), 4)
    return f"{int(value)}" if value.is_integer() else f"{value:.4f}".rstrip("0").rstrip(".")


def description(row: pd.Series) -> str:
    """What a figure measures: the note's first clause (the file's plain-words description), else the name."""
    note = str(row.get("note") or "").split(";")[0].strip()
    return note or str(row["measure"]).replace("_", " ")


def _read_as(bounds: str, unit: str) -> str:
    if bounds.endswith(" as stated"):
        return f"stated as {bounds.removesuffix(' as stated')} {unit}"
    return f"read as {bounds} {unit}"


def summary(row: pd.Series, bounds: str) -> str:
    """One pasteable sentence for a published figure, labelled as published and sourced."""
    when = f"for {row['round']}" if row["round"] else "(the source does not tie it to a round)"
    return (f"Published, not computed by probstat: {row['document']} gives {row['scope']} {row['wording']} "
            f"{when}: {description(row)}; {_read_as(bounds, UNIT_WORDS.get(row['unit'], row['unit']))}; "
            f"source {row['source_url']}.")


#: The columns `probstat published` shows in a text table.
LISTING_COMPACT = ("scope", "round", "domain", "measure", "value", "unit", "bounds", "document")


def listing(figures: pd.DataFrame, *, domain: str | None = None, round_: str | None = None) -> pd.DataFrame:
    """The published sector figures as a table for `probstat published`, optionally of some domains (a
    comma-separated list) and one round.

    Adds ``bounds`` (the interval each figure's wording allows) to the file's columns; figures the source
    ties to no round are kept whatever ``round_`` is. An unknown domain or round is an UnknownChoice.
    """
    from ..errors import UnknownChoice, excerpt
    from ..output import View
    from .common import with_view

    known = list(dict.fromkeys(figures["domain"]))
    wanted = None if domain is None else [d.strip() for d in domain.split(",") if d.strip()]
    for one in wanted or ():
        if one not in known:
            raise UnknownChoice(f"no published figures for domain {excerpt(one)}; domains: {', '.join(known)}")
    rounds = sorted(r for r in set(figures["round"]) if r)
    if round_ not in (None, "all") and round_ not in rounds:
        raise UnknownChoice(f"no published figures for round {excerpt(round_)}; rounds: {', '.join(rounds)}")
    rows = figures
    if wanted:
        rows = rows[rows["domain"].isin(wanted)]
    if round_ not in (None, "all"):
        rows = rows[(rows["round"] == round_) | (rows["round"] == "")]
    table = rows[["scope", "round", "domain", "measure", "value", "unit", "basis", "wording", "note",
                  "document", "source_url"]].copy()
    table.insert(6, "bounds", [bounds_text(float(r["number"]), r["qualifier"], r["wording"], r["unit"])
                               for _, r in rows.iterrows()])
    table = table.reset_index(drop=True)
    return with_view(table, View(title="Published sector figures", compact=LISTING_COMPACT))
