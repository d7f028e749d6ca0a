"""What providers.csv says of one unit that the reader needs before any judging: the region its rows name and the
rounds of its inspections (the judge reads the data itself, through evaluate.Context)."""

from __future__ import annotations

import csv
import io
from functools import lru_cache

from ..bundled import bundled_path
from ..files import read_text


@lru_cache(maxsize=4)
def _unit_rounds(path: str) -> dict[str, tuple[str, ...]]:
    text = read_text(path, label="providers.csv")
    out: dict[str, set[str]] = {}
    for row in csv.DictReader(io.StringIO(text)):
        out.setdefault(row["provider_id"], set()).add(row["round"])
    return {pid: tuple(sorted(rounds)) for pid, rounds in out.items()}


def unit_rounds(pid: str, path: str | None = None) -> tuple[str, ...]:
    """The rounds of a unit's inspections in providers.csv, oldest first."""
    return _unit_rounds(str(path or bundled_path())).get(pid, ())


def unit_region(pid: str | None, path: str | None = None) -> str | None:
    """The region a unit's rows in providers.csv name (a PDU's or a region's own), or None."""
    return _unit_regions(str(path or bundled_path())).get(pid or "")


@lru_cache(maxsize=4)
def _unit_regions(path: str) -> dict[str, str]:
    text = read_text(path, label="providers.csv")
    return {row["provider_id"]: row["region"] for row in csv.DictReader(io.StringIO(text)) if row.get("region")}


def unit_kind(pid: str | None, path: str | None = None) -> str | None:
    """The sector providers.csv gives a unit ("CRC", "NPS", "PDU", "region"), or None."""
    return _unit_kinds(str(path or bundled_path())).get(pid or "")


@lru_cache(maxsize=4)
def _unit_kinds(path: str) -> dict[str, str]:
    text = read_text(path, label="providers.csv")
    return {row["provider_id"]: row["sector"] for row in csv.DictReader(io.StringIO(text))}
