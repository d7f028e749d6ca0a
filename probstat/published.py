"""Published totals and sector-level figures: the bundled rounds.csv and sector_figures.csv.

providers.csv holds what is known provider by provider; these two tables hold what HMIP (or a report of
HMIP's words) published about a whole round or sector. They say how many providers a round covered, so that
code can tell how many of them providers.csv is missing, and they keep the sector figures (risk, caseloads,
home visits) that cannot be recomputed from the provider data.

Both tables are validated on loading: a bad cell raises DataError naming the file, the row (the header is
row 1) and the column. Nothing here prints.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from functools import lru_cache

import pandas as pd

from . import schema
from .bundled import read_table
from .errors import DataError

ROUNDS_NAME = "rounds.csv"
SECTOR_FIGURES_NAME = "sector_figures.csv"

#: Scopes of a rounds.csv or sector_figures.csv row: one sector or later unit type (PDU, region, national),
#: or every service HMIP rated in the round together.
SCOPES: tuple[str, ...] = (*schema.ALL_SECTORS, "all")
#: The count columns of rounds.csv, in order; empty means the source does not state the figure.
ROUND_COUNTS: tuple[str, ...] = ("providers_in_scope", "inspected", "rated", *schema.RATING_KEYS.values())
ROUND_COLUMNS: tuple[str, ...] = ("round", "sector", *ROUND_COUNTS, "basis", "source_url", "note")

#: Domains of sector_figures.csv -> what they cover.
DOMAINS: dict[str, str] = {
    "risk": "work to assess and manage risk of serious harm (keeping other people safe)",
    "desistance": "work on the factors linked to offending",
    "engagement": "engaging the person on probation",
    "caseload": "cases held per member of staff",
    "workload": "staff views of their workload",
    "supervision": "how many people were supervised",
    "ratings": "counts of ratings other than the overall totals in rounds.csv",
    "home_visits": "home visits done where one was needed",
    "other": "the scale of the inspections, staffing",
}
#: Units of sector_figures.csv -> meaning.
UNITS: dict[str, str] = {
    "pct": "per cent of the group the measure names",
    "pp": "percentage points",
    "count": "a number of services, standards, reports or posts",
    "people": "people under supervision",
    "cases": "cases",
}
SECTOR_FIGURE_COLUMNS: tuple[str, ...] = ("scope", "round", "domain", "measure", "value", "unit", "basis",
                                          "wording", "source_url", "document", "note")

_ROUND = re.compile(r"^([0-9]{4})-([0-9]{2})$")
_COUNT = re.compile(r"^[0-9]{1,6}$")
_MEASURE = re.compile(r"^[a-z][a-z0-9]*(_[a-z0-9]+)*$")
_URL = re.compile(r"^https?://\S+$")
#: A figure: optional qualifier prefix, then a number (commas allowed) or a fraction N/D.
_VALUE = re.compile(r"^(>|<~|<|~)?(?:([0-9]+(?:\.[0-9]+)?)|([1-9][0-9]?)/([1-9][0-9]?))$")


def _read(path: str | os.PathLike | None, bundled: str, columns: tuple[str, ...]) -> tuple[pd.DataFrame, str]:
    return read_table(bundled, columns, path=path), str(path) if path is not None else bundled


def _check(frame: pd.DataFrame, name: str, column: str, ok, message: str) -> None:
    """Raise for the first row whose ``column`` fails ``ok`` (a function of the cell text)."""
    for i, value in enumerate(frame[column]):
        if not ok(value):
            shown = value if len(value) <= 60 else value[:57] + "..."
            raise DataError(f"{shown!r} {message}", file=name, row=i + 2, column=column)


def _is_round(value: str, *, optional: bool = False) -> bool:
    if value == "":
        return optional
    m = _ROUND.match(value)
    return bool(m) and (int(m.group(1)[2:]) + 1) % 100 == int(m.group(2))


def _check_common(frame: pd.DataFrame, name: str, scope_column: str) -> None:
    _check(frame, name, scope_column, lambda v: v in SCOPES, f"is not a scope; expected one of {', '.join(SCOPES)}")
    _check(frame, name, "basis", lambda v: v in schema.BASES,
           f"is not a basis; expected one of {', '.join(schema.BASES)}")
    _check(frame, name, "source_url", lambda v: bool(_URL.match(v)), "is not an http(s) URL")


def load_rounds(path: str | os.PathLike | None = None) -> pd.DataFrame:
    """Published totals per inspection round and sector (the bundled rounds.csv by default).

    One row per round and scope (NPS, CRC or all): providers in scope, inspected, rated (given an overall
    rating) and the count per overall rating, as nullable integers (missing = not stated by the source),
    with the row's basis, source URL and note. Checks that every count is a whole number, that a row's
    rating counts add up to its ``rated`` and never exceed ``inspected`` or the providers in scope, and that
    no round and scope appears twice.

    >>> rounds = load_rounds()
    >>> int(rounds.query("round == '2018-19' and sector == 'all'")["good"].iloc[0])
    6
    """
    if path is None:
        return bundled_rounds()
    return _load_rounds(path)


def _load_rounds(path: str | os.PathLike | None) -> pd.DataFrame:
    frame, name = _read(path, ROUNDS_NAME, ROUND_COLUMNS)
    _check(frame, name, "round", _is_round, "is not a round like 2018-19")
    _check_common(frame, name, "sector")
    for col in ROUND_COUNTS:
        _check(frame, name, col, lambda v: v == "" or bool(_COUNT.match(v)), "is not a whole number >= 0")
        frame[col] = pd.array([int(v) if v else pd.NA for v in frame[col]], dtype="Int64")
    # Rows as dicts of plain values: iterrows built a Series per row, most of the read of an eleven-row table.
    for i, row in enumerate(frame.to_dict("records")):
        where = {"file": name, "row": i + 2}
        counts = [row[c] for c in schema.RATING_KEYS.values()]
        if not pd.isna(row["rated"]) and all(not pd.isna(c) for c in counts) and sum(counts) != row["rated"]:
            raise DataError(f"the rating counts add up to {sum(counts)}, not the {row['rated']} rated",
                            column="rated", **where)
        for small, big in (("rated", "inspected"), ("inspected", "providers_in_scope")):
            if not pd.isna(row[small]) and not pd.isna(row[big]) and row[small] > row[big]:
                raise DataError(f"{small} ({row[small]}) is more than {big} ({row[big]})", column=small, **where)
    dup = frame.duplicated(["round", "sector"])
    if dup.any():
        i = int(dup.to_numpy().argmax())
        raise DataError(f"round {frame['round'].iloc[i]} sector {frame['sector'].iloc[i]} appears twice",
                        file=name, row=i + 2, column="sector")
    frame.attrs["source"] = name
    return frame


@lru_cache(maxsize=1)
def _bundled_rounds() -> pd.DataFrame:
    return _load_rounds(None)


def bundled_rounds() -> pd.DataFrame:
    """The bundled rounds.csv as load_rounds() gives it, read and checked once per process: a claims check
    consults it once per ratings table and count claim. A copy each call, so that a caller's change never
    reaches the next."""
    return _bundled_rounds().copy()


def parse_value(text: str) -> tuple[float, str, bool]:
    """(number, qualifier prefix, is_fraction) of a figure such as '45', '>2/3', '<~6000'.

    A fraction N/D is returned in per cent (2/3 -> 66.67). Raises ValueError for anything else.
    """
    m = _VALUE.match(text.replace(",", ""))
    if not m:
        raise ValueError(text)
    prefix, number, num, den = m.groups()
    if number is not None:
        return float(number), prefix or "", False
    if int(num) > int(den):
        raise ValueError(text)
    return 100 * int(num) / int(den), prefix or "", True


def load_sector_figures(path: str | os.PathLike | None = None) -> pd.DataFrame:
    """Sector-level figures HMIP published (the bundled sector_figures.csv by default).

    Columns as in the file (see docs/data.md), plus ``number`` (the face value; a fraction N/D in per cent),
    ``qualifier`` (the value's prefix: '', '>', '<', '~' or '<~') and ``fraction`` (True for N/D). The
    ``wording`` column keeps the source's figure phrase; ``reading`` turns it into an interval with the same
    table that reads claims. ``round`` may be empty when a source does not tie a figure to a round.

    >>> figures = load_sector_figures()
    >>> float(figures.query("measure == 'risk_assessment_insufficient_pct'")["number"].iloc[0])
    45.0
    """
    if path is None:
        return _bundled_sector_figures().copy()
    return _load_sector_figures(path)


@lru_cache(maxsize=1)
def _bundled_sector_figures() -> pd.DataFrame:
    """The bundled sector_figures.csv, read and checked once per process (a claims check's two gap metrics
    and its outcomes each asked for it); callers get a copy."""
    return _load_sector_figures(None)


def _load_sector_figures(path: str | os.PathLike | None) -> pd.DataFrame:
    frame, name = _read(path, SECTOR_FIGURES_NAME, SECTOR_FIGURE_COLUMNS)
    _check_common(frame, name, "scope")
    _check(frame, name, "round", lambda v: _is_round(v, optional=True), "is not a round like 2018-19 (or empty)")
    _check(frame, name, "domain", lambda v: v in DOMAINS, f"is not a domain; expected one of {', '.join(DOMAINS)}")
    _check(frame, name, "measure", lambda v: bool(_MEASURE.match(v)), "is not a snake_case measure name")
    _check(frame, name, "unit", lambda v: v in UNITS, f"is not a unit; expected one of {', '.join(UNITS)}")
    _check(frame, name, "wording", bool, "is empty; give the source's figure phrase")
    _check(frame, name, "document", bool, "is empty; name the document and its date")

    def valid(value: str) -> bool:
        try:
            parse_value(value)
        except ValueError:
            return False
        return True

    _check(frame, name, "value", valid, "is not a figure; write 45, >4000, <50, ~9000, <~13000 or a fraction "
           "such as 2/3 (optionally with a prefix)")
    parsed = [parse_value(v) for v in frame["value"]]
    frame["number"] = [p[0] for p in parsed]
    frame["qualifier"] = [p[1] for p in parsed]
    frame["fraction"] = [p[2] for p in parsed]
    for i, (value, unit, number, fraction) in enumerate(zip(frame["value"], frame["unit"], frame["number"],
                                                            frame["fraction"], strict=True)):
        if fraction and unit != "pct":
            raise DataError(f"{value!r} is a fraction, which is a share: its unit must be pct",
                            file=name, row=i + 2, column="unit")
        if unit == "pct" and number > 100:
            raise DataError(f"{value!r} is out of range 0-100 for a percentage", file=name,
                            row=i + 2, column="value")
    dup = frame.duplicated(["scope", "round", "measure", "source_url"])
    if dup.any():
        i = int(dup.to_numpy().argmax())
        raise DataError("the same scope, round, measure and source appear twice", file=name, row=i + 2,
                        column="measure")
    frame.attrs["source"] = name
    return frame


def reading(wording: str, unit: str):
    """The interval a sector figure's ``wording`` allows, read by the claims wording table.

    ``unit`` is the row's unit; pct and pp become the table's percent and points. None when the words hold
    no figure the table can read (e.g. "every division", where the count comes from the note).
    """
    from .claims.quantifiers import interpret

    try:
        return interpret(wording, {"pct": "percent", "pp": "points"}.get(unit, "count"))
    except ValueError:
        return None


@dataclass(frozen=True)
class Completeness:
    """How a round and scope of providers.csv compares with the published totals."""

    round: str
    sector: str
    in_scope: int | None  # providers in the round's scope, None where not stated
    inspected: int | None
    rated: int | None  # given an overall rating, per the published totals
    known: int  # rows of providers.csv with an overall rating

    @property
    def missing(self) -> int | None:
        """Rated providers the data lack (None when the published number rated is not known)."""
        return None if self.rated is None else max(self.rated - self.known, 0)


def _opt(value) -> int | None:
    return None if pd.isna(value) else int(value)


def round_totals(rounds: pd.DataFrame, round_: str, sector: str = "all") -> pd.Series:
    """The rounds.csv row of one round and scope; KeyError when the table has none."""
    rows = rounds[(rounds["round"] == round_) & (rounds["sector"] == sector)]
    if rows.empty:
        raise KeyError(f"no published totals for round {round_!r} sector {sector!r}")
    return rows.iloc[0]


def scope_completeness(rounds: pd.DataFrame, round_: str, sector: str = "all",
                       providers: pd.DataFrame | None = None) -> Completeness:
    """Published in-scope, inspected and rated counts of a round and scope, and how many rated providers
    ``providers`` (a loaded providers frame) knows; ``known`` is 0 without it.

    >>> c = scope_completeness(load_rounds(), "2019-20", "CRC")
    >>> c.inspected, c.rated
    (10, 9)
    """
    row = round_totals(rounds, round_, sector)
    known = 0
    if providers is not None:
        mine = providers[providers["round"] == round_]
        if sector != "all":
            mine = mine[mine["sector"] == sector]
        known = int(mine["overall"].notna().sum()) if "overall" in mine else 0
    return Completeness(round_, sector, _opt(row["providers_in_scope"]), _opt(row["inspected"]),
                        _opt(row["rated"]), known)
