"""What providers.csv says of one unit that the reader needs before any judging: the region its rows name and the
rounds of its inspections (the judge reads the data itself, through evaluate.Context)."""

from __future__ import annotations

import csv
import io
from functools import lru_cache

from ..bundled import bundled_path
from ..files import read_text
from . import lazy_re as re


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


def region_unit(region: str | None) -> str | None:
    """The id of the regional inspection's unit for a region's name ("North East" -> the North East region)."""
    return next((pid for pid, kind in _unit_kinds(str(bundled_path())).items()
                 if kind == "region" and region and unit_region(pid) == region), None)


#: The columns of inspection_ordinals.csv: which inspection of a unit since unification a source says one was.
ORDINAL_COLUMNS = ("round", "provider_id", "ordinal", "since", "source_url", "note")


@lru_cache(maxsize=1)
def _stated_ordinals() -> dict[tuple[str, str], tuple[int, str, str]]:
    from ..bundled import read_table

    table = read_table("inspection_ordinals.csv", ORDINAL_COLUMNS)
    return {(r["provider_id"], r["round"]): (int(r["ordinal"]), r["since"], r["source_url"])
            for r in table.to_dict("records")}


def stated_ordinal(pid: str, round_: str) -> tuple[int, str, str] | None:
    """Which inspection of the unit since ``since`` its ``round_`` inspection was, as a source states it (HMIP's
    releases say "the first inspection of this PDU since it was set up at unification in 2021"): (ordinal, since,
    source URL), or None where no source found says. The data cannot show it for PDUs inspected in 2024-25 and
    after, as they do not hold every inspection of 2023-24."""
    return _stated_ordinals().get((pid, round_))


@lru_cache(maxsize=1)
def _owners_named() -> dict[str, frozenset[str]]:
    from ..bundled import read_table
    from .vocabulary import owners

    known = owners()
    out: dict[str, set[str]] = {}
    text = read_text(str(bundled_path()), label="providers.csv")
    for row in csv.DictReader(io.StringIO(text)):
        if row.get("owner"):
            out.setdefault(row["provider_id"], set()).add(row["owner"])
    notes = read_table("sources.csv", ("round", "provider_id", "field", "source_url", "basis", "note"),
                       required=("provider_id", "field", "note"), only=False)
    for pid, field, note in zip(notes["provider_id"], notes["field"], notes["note"], strict=True):
        if field == "owner":
            out.setdefault(pid, set()).update(w for w in known if w.lower() in str(note).lower())
    return {pid: frozenset(ws) for pid, ws in out.items()}


def owners_named(pid: str) -> frozenset[str]:
    """Every owner the bundled data name for a CRC: its owner at each inspection, and any other the sources'
    notes on its owner name ("previously Working Links", "then Seetec"). CRCs changed hands rarely, and each
    change the sources report is noted there; an owner outside this set never ran the CRC."""
    return _owners_named().get(pid, frozenset())



_KIND_NAMED = re.compile(r"(?i)^(?:its|the|this|that)\s+(pdu|probation\s+delivery\s+unit|crc|division|region)$")


def of_kind_named(words: str, tags: list) -> list:
    """The unit tags of the kind "its PDU", "the CRC" or "the division" names (all of them where none is, or the
    words name no kind): which earlier unit such words refer to."""
    kind = _KIND_NAMED.match(words.strip())
    if kind is None:
        return tags
    want = {"pdu": "PDU", "crc": "CRC", "division": "NPS", "region": "region"}.get(kind.group(1).lower(), "PDU")
    return [t for t in tags if unit_kind(str(t.value)) == want] or tags
