"""`probstat ratings`: how many providers got each rating, by sector, owner or round."""

from __future__ import annotations

import numpy as np
import pandas as pd

from .. import schema
from ..errors import UnknownChoice, excerpt
from ..output import Chart, View
from .common import add_note, listed, rating_codes, records_table, sector_masks, select_round, with_view
from .completeness import completeness_records, notes_of

#: Columns this analysis reads, so the CLI loads and validates only these (plus the required ones).
NEEDS = ("owner", "overall", "region", *schema.STANDARD_COLUMNS)


BY_CHOICES = ("sector", "owner", "round", "region")
#: Said under any table that holds ratings of the later units (PDUs, regions, the national inspection).
FRAMEWORK_NOTE = ("PDU, regional and national ratings (from 2021) come from HMIP's later inspection frameworks, "
                  "not the 2018-21 one of NPS divisions and CRCs: counts may sit side by side, but a change between "
                  "the two is not a change in the same measure (docs/data.md)")


def unit_rows(frame: pd.DataFrame, unit: str | None) -> pd.DataFrame:
    """The rows of one kind of unit: 'provider' (NPS and CRC), 'pdu', 'region' or 'national'; None keeps all."""
    if unit is None:
        return frame
    key = unit.strip().lower()
    if key not in schema.UNIT_CHOICES:
        raise UnknownChoice(f"{unit!r} is not a unit; expected one of {', '.join(schema.UNIT_CHOICES)}")
    return frame[frame["sector"].isin(schema.UNIT_CHOICES[key]).to_numpy(dtype=bool)]


def unit_rounds(rounds: pd.DataFrame | None, unit: str | None) -> pd.DataFrame | None:
    """The published totals that go with ``unit``: for one unit type, its own totals stand for the whole."""
    if unit is None:
        return rounds
    from ..published import bundled_rounds

    rounds = bundled_rounds() if rounds is None else rounds
    types = schema.UNIT_CHOICES[unit.strip().lower()]
    if len(types) != 1:
        return rounds
    mine = rounds[rounds["sector"] == types[0]]
    return pd.concat([mine, mine.assign(sector=ALL)], ignore_index=True)
#: Group value of the total rows (every provider of the round, whatever its sector or owner).
ALL = "all"


def standard_columns(standard: str | None) -> list[str]:
    """The rating columns ``standard`` names: ['overall'] for None, every standard for 'all', else one.

    Accepts a column name in any case, with hyphens or spaces for underscores (``through-the-gate``).

    >>> standard_columns("Through-the-Gate")
    ['through_the_gate']
    """
    if standard is None or standard.strip().lower() == "overall":
        return ["overall"]
    key = "_".join(standard.strip().lower().replace("-", " ").split())
    if key == ALL:
        return list(schema.STANDARD_COLUMNS)
    if key not in schema.STANDARDS_BY_COLUMN:
        raise UnknownChoice(f"no standard {excerpt(standard)}; standards: {', '.join(schema.STANDARD_COLUMNS)} "
                            "(or 'all', or 'overall')")
    return [key]


def _rated_rows(rows: pd.DataFrame, column: str) -> pd.DataFrame:
    """Rows that are rated on ``column``: a sector-specific standard does not exist for the other sector (a
    later unit type holds it where the later frameworks rate it: a region's victim work, a PDU's court work)."""
    std = schema.STANDARDS_BY_COLUMN.get(column)
    if std is None or std.sectors == schema.BOTH:
        return rows
    return rows[rows["sector"].isin([*std.sectors, *std.units])]


def _groups(rows: pd.DataFrame, by: str) -> list[tuple[object, np.ndarray]]:
    """(group value, mask of its rows) in display order; owner None is an unknown owner, kept so totals add up."""
    if by == "sector":
        return [(s, mask) for s, mask in sector_masks(rows, schema.ALL_SECTORS).items() if mask.any()]
    owners = rows[by]
    known = sorted(owners.dropna().unique())
    out: list[tuple[object, np.ndarray]] = [(o, owners.eq(o).to_numpy(dtype=bool, na_value=False)) for o in known]
    missing = owners.isna().to_numpy()
    if missing.any():
        out.append((None, missing))
    return out


def _distribution(codes: np.ndarray, known: np.ndarray) -> list[dict]:
    """count / percent / n / providers for each of the four ratings, in schema order, from one group's rating
    codes (common.rating_codes) and which of its ratings are known."""
    # Counted on the codes: a selection of the group's rows and a value_counts per group and rating column
    # were most of what the table cost on the bundled file.
    n = int(known.sum())
    counts = np.bincount(codes[codes >= 0], minlength=len(schema.RATINGS))
    records = []
    for i, rating in enumerate(schema.RATINGS):
        # With no known rating both the count and the share are unknown, not 0.
        count = int(counts[i]) if n else None
        records.append({"rating": rating, "count": count,
                        "percent": 100.0 * count / n if n else None,
                        "n": n, "providers": len(codes)})
    return records


def _sector_breakdown(rows: pd.DataFrame, column: str) -> str:
    """' (NPS 0 of 7, CRC 3 of 21)', or ' (CRC only)' for a standard rated for one sector."""
    present = [(s, mask) for s, mask in sector_masks(rows, schema.ALL_SECTORS).items() if mask.any()]
    if len(present) < 2:
        return f" ({present[0][0]} only)" if present else ""
    known = rows[column].notna().to_numpy()
    return f" ({', '.join(f'{s} {int(known[mask].sum())} of {int(mask.sum())}' for s, mask in present)})"


#: Columns added to the overall-rating table from HMIP's published round totals (rounds.csv).


PUBLISHED_COLUMNS = ("rated_published", "published", "missing")


def _add_published(records: list[dict], by: str, completeness: list[dict]) -> None:
    """rated_published, published and missing on each record whose round and group rounds.csv covers (None on
    the others), from completeness.completeness_records: on plain values, where the table's lookups and a
    column added to the result table cost more than the table."""
    lookup = {(c["round"], c["scope"]): c for c in completeness}
    for rec in records:
        rnd = rec["round"]
        group = rnd if by == "round" else rec[by]
        # rounds.csv has totals per sector and for the whole round, none per owner or region
        scope = ALL if by == "round" else group if by == "sector" or group == ALL else None
        found = lookup.get((rnd, scope), {})
        pub, count = found.get(f"{schema.RATING_KEYS[rec['rating']]}_published"), rec["count"]
        rec.update(rated_published=found.get("rated_published"), published=pub,
                   missing=None if pd.isna(pub) or pd.isna(count) else int(pub) - int(count))


def ratings(frame: pd.DataFrame, *, round_: str | None = schema.DEFAULT_ROUND, by: str = "sector",
            standard: str | None = None, rounds: pd.DataFrame | None = None,
            unit: str | None = None) -> pd.DataFrame:
    """Distribution of overall ratings (or of one standard's, or of every standard's) per group.

    One row per group x rating for all four ratings (Outstanding, Good, Requires improvement,
    Inadequate; a rating nobody got has count 0; with no known rating in a group, count and percent are
    empty). Columns: ``round``, the ``by`` column (``sector`` or ``owner``; just ``round`` when
    ``by="round"``; ``region`` groups by a later unit's region), ``rating``, ``count``, ``percent``, ``n`` (providers
    whose rating is known: the percent denominator) and ``providers`` (providers in the group; for a
    sector-specific standard only those of its sector). ``standard`` comes first when one is asked for.
    Each round also gets total rows whose group is 'all'. With ``by="round"`` every round is a group and
    ``round_`` is ignored; rounds are not pooled because later rounds re-inspect the same providers.

    For overall ratings, HMIP's published round totals (``rounds``: a rounds.csv table, by default the
    bundled one; see completeness.round_completeness) add ``rated_published`` (services HMIP rated in the
    group), ``published`` (how many got this rating) and ``missing`` (published minus held: ratings HMIP
    gave that the data do not hold). ``unit`` keeps one kind of unit ('provider': NPS and CRC, 'pdu',
    'region', 'national'; see unit_rows), whose own published totals then stand for 'all'. They are empty where
    the totals are not published (owner and region groups),
    where the round is not in the table and where the data hold more of a rating than HMIP published; the
    notes say which, and when counts are lower bounds. No missing rating is ever assigned to a provider.

    >>> from probstat.loader import load
    >>> table = ratings(load(), round_="2018-19")
    >>> good = table[table["rating"] == "Good"]
    >>> good[["sector", "count", "n"]].values.tolist()
    [['NPS', 5, 7], ['CRC', 1, 21], ['all', 6, 28]]
    """
    if by not in BY_CHOICES:
        raise UnknownChoice(f"cannot group by {by!r}; choose one of {', '.join(BY_CHOICES)}")
    columns = standard_columns(standard)
    # A user's file may leave optional columns out: there every value is simply unknown.
    absent = [c for c in (*columns, "owner", "region") if c not in frame]
    rows = frame.assign(**dict.fromkeys(absent)) if absent else frame
    rows = rows if by == "round" else select_round(rows, round_)
    rows, rounds = unit_rows(rows, unit), unit_rounds(rounds, unit)
    # Only the columns read below: each group is a selection of rows, which copies every column it is given.
    rows = rows[list(dict.fromkeys(("round", "sector", "provider_id", *((by,) if by != "round" else ()), *columns)))]
    round_names = sorted(rows["round"].unique())

    records: list[dict] = []
    notes: list[str] = []
    gaps: dict[str, list[str]] = {}
    for column in columns:
        for rnd in round_names:
            # one round (the usual case) is every row: no selection, which would copy them all
            in_round = _rated_rows(rows if len(round_names) == 1 else rows[rows["round"] == rnd], column)
            if in_round.empty:
                continue
            every = np.ones(len(in_round), dtype=bool)
            groups = [(rnd, every)] if by == "round" else [*_groups(in_round, by), (ALL, every)]
            codes, rated = rating_codes(in_round[column]), in_round[column].notna().to_numpy()
            for value, mask in groups:
                for rec in _distribution(codes[mask], rated[mask]):
                    key = {"round": rnd} if by == "round" else {"round": rnd, by: value}
                    records.append({"standard": column, **key, **rec})
            if by in ("owner", "region") and column == columns[0] and in_round[by].isna().any():
                ids = in_round.loc[in_round[by].isna(), "provider_id"]
                notes.append(f"{by} unknown for {len(ids)} of {len(in_round)} providers in {rnd} "
                             f"({listed(list(ids))}): grouped under an empty {by}")
            known = int(in_round[column].notna().sum())
            if known < len(in_round):
                # Missing ratings are not a random sample (we hold the figures press releases quoted),
                # so the reader must know the percentages describe the known ratings only.
                gaps.setdefault(column, []).append(
                    f"{known} of {len(in_round)} providers in {rnd}{_sector_breakdown(in_round, column)}")

    head = ["standard"] if standard is not None else []
    key_cols = ["round"] if by == "round" else ["round", by]
    order = [*head, *key_cols, "rating", "count", "percent", "n", "providers"]
    counts: tuple[str, ...] = ("count",)
    if columns == ["overall"]:
        completeness = completeness_records(rows, rounds)
        _add_published(records, by, completeness)
        order += PUBLISHED_COLUMNS
        counts += PUBLISHED_COLUMNS
        notes.extend(notes_of(completeness, counts=True))
    result = records_table(records, order, ints=counts, floats=("percent",))
    for column, parts in gaps.items():
        what = "overall rating" if column == "overall" else f"standard {column}"
        notes.append(f"{what}: known for {', '.join(parts)}: percentages are of known ratings only")
    if rows["sector"].isin(schema.UNIT_TYPES).any():
        notes.append(FRAMEWORK_NOTE)
    if rows.empty:
        notes.append(f"no rows{f' of unit {unit}' if unit else ''} in round {round_}")
    for note in notes:
        add_note(result, note)
    labels = tuple(c for c in ("standard", *key_cols[1:], "rating") if c in result)
    chart = Chart(value="percent", label=labels, suffix="%", scale=(0, 100))
    return with_view(result, View(title="Ratings", chart=chart))
