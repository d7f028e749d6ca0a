"""`probstat league`: what a league table of providers can and cannot say, given the ratings known.

HMIP scores each of a provider's ten standards 0-3 (Inadequate 0 ... Outstanding 3) and rates it overall by
the total (0-30): Inadequate 0-5, Requires improvement 6-15, Good 16-25, Outstanding 26-30. League tables
rank providers by that total. Most standard ratings are missing from the bundled data, so a provider's total
is known only as a range: the totals its known standard ratings, its stated counts of standards by rating
and its overall rating allow. From those ranges follow the best and worst rank each provider could hold.
Nothing here guesses an unknown rating; with every standard known, the ranges shrink to the exact totals
and the table is the familiar league table.
"""

from __future__ import annotations

import heapq

import numpy as np
import pandas as pd

from .. import schema
from ..errors import UnknownChoice
from ..output import Chart, View
from . import consistency
from .common import NAMED_IN_NOTES, add_note, listed, rating_codes, select_round, with_view
from .consistency import feasible_scores
from .league_points import points_league, rank_bounds_of

#: Columns this analysis reads, so the CLI loads and validates only these (plus the required ones).
NEEDS = ("overall", "points", *schema.STANDARD_COLUMNS, *schema.STANDARD_COUNT_COLUMNS.values())
#: Columns of rank_bounds(), in order.
BOUND_COLUMNS: tuple[str, ...] = (
    "rank_best", "rank_worst", "rank", "tied", "round", "provider_id", "provider", "sector", "overall",
    "score_min", "score_max", "compared",
)
#: Columns of league(), in order.
LEAGUE_COLUMNS: tuple[str, ...] = (
    *BOUND_COLUMNS[:-1], *schema.RATING_KEYS.values(), "standards_known", "standards_unknown", "compared",
)
#: The columns a text table keeps (csv and json carry them all).
COMPACT = ("rank_best", "rank_worst", "provider_id", "sector", "overall", "score_min", "score_max",
           "standards_known")
#: Each provider's possible total as a bar from score_min to score_max, grouped by overall rating.
CHART = Chart(value="score_max", label=("provider_id",), low="score_min", high="score_max", group="overall",
              scale=(0, 30))

_BANDS = {rating: (low, high) for rating, low, high in schema.OVERALL_BANDS}
_TOP = 3 * schema.N_STANDARDS  # highest possible total


def _standard_codes(rows: pd.DataFrame) -> np.ndarray:
    """rating_codes of every standard column (rows x schema.STANDARD_COLUMNS), -1 throughout for one the
    frame lacks."""
    out = np.full((len(rows), len(schema.STANDARD_COLUMNS)), -1, dtype=np.int8)
    for j, col in enumerate(schema.STANDARD_COLUMNS):
        if col in rows:
            out[:, j] = rating_codes(rows[col])
    return out


#: A count per rating, then one of standards without a rating, packed 4 bits each into one integer (there
#: are twelve standard columns, so no count passes 15): _UNIT[code] adds one to a code's count, and
#: _UNIT[-1], the last, to the unrated count.
_UNIT = np.array([1 << 4 * i for i in range(len(schema.RATINGS) + 1)], dtype=np.int64)


def _packed_tally(codes: np.ndarray, applies: np.ndarray | None = None) -> np.ndarray:
    """Per row, how many standards (those ``applies`` marks, else all) have each rating and how many none,
    packed as _UNIT sets out: one integer a row, so that equal tallies can be found by hashing."""
    packed = np.zeros(len(codes), dtype=np.int64)
    for j in range(codes.shape[1]):
        packed += _UNIT[codes[:, j]] if applies is None else _UNIT[codes[:, j]] * applies[:, j]
    return packed


def _unpack(packed: np.ndarray) -> np.ndarray:
    """The counts _packed_tally packed (rows x ratings, then the unrated count)."""
    return (packed[:, None] >> (4 * np.arange(len(_UNIT)))) & 15


def _known_counts(rows: pd.DataFrame, codes: np.ndarray, stated: np.ndarray | None = None) -> pd.DataFrame:
    """How many of each provider's ten standards are known to be rated Outstanding, Good, Requires improvement
    and Inadequate, with ``standards_known`` and ``standards_unknown`` (they add up to ten), from the
    standards' rating codes (_standard_codes).

    A count comes from the stated n_std_* column when there is one (it is exact even where the standards
    themselves are not listed); otherwise it is the number of standard columns with that rating.
    """
    # on arrays, the frame built once: columns set into a frame one by one were each copied again
    counts = _unpack(_packed_tally(codes))[:, :len(schema.RATINGS)].astype(np.int64)
    stated = consistency.stated_counts(rows) if stated is None else stated
    counts = np.where(stated >= 0, stated, counts)  # -1: not stated (a stated count is never negative)
    known = counts.sum(axis=1)
    clipped = np.minimum(known, schema.N_STANDARDS)
    out = pd.DataFrame({**{name: counts[:, j] for j, name in enumerate(schema.RATING_KEYS.values())},
                        "standards_known": clipped, "standards_unknown": schema.N_STANDARDS - clipped},
                       index=rows.index, copy=False)
    out.attrs["contradictory"] = rows["provider_id"][known > schema.N_STANDARDS].tolist()
    return out


def reachable_totals(sector: str, ratings: dict[str, str | None], counts: dict[str, int | None]) -> frozenset[int]:
    """Every total score (0-30) the known standard ratings and stated counts allow; empty when they contradict.

    ``ratings`` maps standard column -> rating or None, ``counts`` maps rating -> how many of the ten
    standards have it (None: not stated), as for consistency.feasible_scores, whose lowest and highest total
    these sets share. The set, not only its ends, is needed because stated counts can leave gaps: with
    n_std_good and n_std_requires_improvement both 0, every unknown standard scores 3 or 0.

    >>> sorted(reachable_totals("NPS", {}, {"Good": 0, "Requires improvement": 0}))[:4]
    [0, 3, 6, 9]
    """
    listed = [ratings.get(s.column) for s in schema.standards_for(sector)]
    known = [r for r in listed if r in schema.SCORES]
    base = sum(schema.SCORES[r] for r in known)
    free = [r for r in schema.RATINGS if counts.get(r) is None]
    open_slots = schema.N_STANDARDS - len(known)
    for rating in schema.RATINGS:
        stated = counts.get(rating)
        if stated is None:
            continue
        extra = int(stated) - known.count(rating)  # unknown standards that must have this rating
        if extra < 0:
            return frozenset()
        base += extra * schema.SCORES[rating]
        open_slots -= extra
    if open_slots < 0 or (open_slots and not free):
        return frozenset()
    sums = {0}
    for _ in range(open_slots):
        sums = {s + schema.SCORES[r] for s in sums for r in free}
    return frozenset(base + s for s in sums)


def score_range(row: dict) -> tuple[int, int] | None:
    """(lowest, highest) total score a providers.csv row allows, its overall rating included; None when its
    figures contradict each other (``probstat validate`` names the contradiction).

    >>> score_range({"sector": "NPS", "overall": "Good", "staff": "Requires improvement"})
    (16, 25)
    """
    ratings = {c: row.get(c) if isinstance(row.get(c), str) else None for c in schema.STANDARD_COLUMNS}
    counts = {r: (None if pd.isna(row.get(c)) else int(row[c])) for r, c in schema.STANDARD_COUNT_COLUMNS.items()}
    # The shared feasibility rule decides what is a contradiction, so league and validate never disagree.
    if feasible_scores(row["sector"], ratings, counts) is None:
        return None
    totals = reachable_totals(row["sector"], ratings, counts)
    band = _BANDS.get(row.get("overall"))
    if band is not None:
        totals = frozenset(t for t in totals if band[0] <= t <= band[1])
    return (min(totals), max(totals)) if totals else None


def _select(frame: pd.DataFrame, round_: str | None, sector: str | None) -> pd.DataFrame:
    rows = select_round(frame, round_)
    if sector:
        wanted = sector.upper()
        if wanted not in schema.SECTORS:
            raise UnknownChoice(f"{sector!r} is not a sector; expected one of {', '.join(schema.SECTORS)}")
        rows = rows[rows["sector"] == wanted]
    rows = rows.reset_index(drop=True)
    # A user's file may leave optional columns out (the loader then leaves them out too): unknown throughout.
    absent = [c for c in ("overall", *schema.STANDARD_COLUMNS, *schema.STANDARD_COUNT_COLUMNS.values())
              if c not in rows]
    rows = rows.assign(**dict.fromkeys(absent)) if absent else rows
    rows["overall"] = rows["overall"].where(rows["overall"].isin(list(schema.SCORES)), None)
    return rows


def rank_bounds(frame: pd.DataFrame, round_: str | None = schema.DEFAULT_ROUND,
                sector: str | None = None) -> pd.DataFrame:
    """Each provider's possible total score and its best and worst possible rank, round by round.

    A rank is a position in the league table of the providers compared (one round; one sector when
    ``sector`` is given), the one with the highest total first. Each provider's total is known only as a
    range: ``score_min``-``score_max`` (0-30), the totals that its known standard ratings, its stated counts
    of standards by rating and HMIP's band for its overall rating allow (see score_range). Providers'
    unknown ratings are independent of each other, so:

    - ``rank_best`` = 1 + the number of providers that MUST score strictly higher (score_min above this
      provider's score_max): the position it takes if it scores its most, the others their least, and every
      tie falls its way;
    - ``rank_worst`` = the number of providers, itself included, that CAN score at least as much (score_max
      at or above this provider's score_min): the position it takes if it scores its least, the others their
      most, and every tie falls against it;
    - ``rank`` = the rank in the usual sense (1 + the number scoring strictly higher; equal totals share a
      rank, 1, 2, 2, 4) when the data fix it, else empty; ``tied`` is True when such a rank may be shared
      (other providers could have the same total).

    With every total exact, ``rank_best`` = ``rank_worst`` except within a tie, where they span the tied
    positions (two providers tied for first: 1 and 2 each, ``rank`` 1, ``tied``). So a claim that a provider
    "came top" is possible when ``rank_best`` is 1 and certain when ``rank`` is 1; "second-worst" is possible
    when ``rank_best`` <= ``compared`` - 1 <= ``rank_worst``. ``compared`` is how many providers were ranked.

    A provider whose figures contradict each other gets no score range (empty) and is compared as if its
    total could be anything from 0 to 30. Rows come best first by what is certain: overall rating (unknown
    last), then rank_best, rank_worst, the higher score_min, the higher score_max, and provider_id.

    >>> from probstat.loader import load
    >>> table = rank_bounds(load()).set_index("provider_id")
    >>> table.loc["ddc-crc", ["score_min", "score_max", "rank_best", "rank_worst"]].tolist()
    [0, 5, 28, 28]
    """
    rows = _select(frame, round_, sector)
    return _bounds(rows)[0]


def _reachable_masks() -> np.ndarray:
    """REACH[free, k]: bit t set when k unknown standards, each rated one of the ratings in bit set ``free``
    (bit i for schema.RATINGS[i]), can add up to t points; the bit-set form of reachable_totals' sums."""
    scores = [schema.SCORES[r] for r in schema.RATINGS]
    table = np.zeros((1 << len(scores), schema.N_STANDARDS + 1), dtype=np.int64)
    for free in range(1 << len(scores)):
        sums = {0}
        for k in range(schema.N_STANDARDS + 1):
            table[free, k] = sum(1 << s for s in sums)
            sums = {s + scores[i] for s in sums for i in range(len(scores)) if free >> i & 1}
    return table


_REACH = _reachable_masks()
#: Bit set of the totals each overall rating's band allows; an unknown overall rating allows 0-30.
_BAND_MASKS = {rating: sum(1 << t for t in range(low, high + 1)) for rating, low, high in schema.OVERALL_BANDS}


#: _BAND_MASKS by position in schema.RATINGS, then the mask of an unknown overall rating (code -1).
_BAND_BY_CODE = np.array([*(_BAND_MASKS.get(r, (1 << 31) - 1) for r in schema.RATINGS), (1 << 31) - 1],
                         dtype=np.int64)


def _applies(sector: pd.Series) -> np.ndarray:
    """Per row and standard column: is the standard one the row's sector is rated on?"""
    sector_codes, sectors = pd.factorize(sector, use_na_sentinel=True)
    table = np.array([[s in schema.STANDARDS_BY_COLUMN[c].sectors for c in schema.STANDARD_COLUMNS] for s in sectors]
                     + [[False] * len(schema.STANDARD_COLUMNS)])
    return table[sector_codes]  # code -1 (no sector) takes the final row


def _ranges(tally: np.ndarray, stated: np.ndarray, overall: np.ndarray) -> tuple[np.ndarray, np.ndarray,
                                                                                   np.ndarray]:
    """(lowest, highest, known) total per row from its tally (consistency.rating_tally), stated counts
    (consistency.stated_counts) and overall rating code."""
    known, unknown = tally[:, :-1], tally[:, -1]
    feasible = consistency._spans(known, unknown, stated)[0] >= 0
    constrained = stated >= 0
    filled = np.where(constrained, stated - known, 0)
    base = (known + filled) @ consistency.SCORE_VECTOR
    open_slots = np.clip(unknown - filled.sum(axis=1), 0, schema.N_STANDARDS)
    free = (~constrained * (1 << np.arange(len(schema.RATINGS)))).sum(axis=1)
    reach = np.where(feasible, _REACH[free, open_slots] << np.clip(base, 0, schema.N_STANDARDS * 3), 0)
    totals = reach & _BAND_BY_CODE[overall]
    ok = totals > 0
    safe = np.where(ok, totals, 1)
    low = np.log2(safe & -safe).astype(np.int64)
    high = np.floor(np.log2(safe)).astype(np.int64)
    return low, high, ok


def _score_ranges(rows: pd.DataFrame, codes: np.ndarray, overall: np.ndarray,
                  stated: np.ndarray | None = None) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """score_ranges as numpy arrays (lowest, highest, known), from the standards' and the overall rating's
    codes (_standard_codes, common.rating_codes); lowest and highest are 0 where not known."""
    packed = _packed_tally(codes, _applies(rows["sector"]))
    stated = consistency.stated_counts(rows) if stated is None else stated
    if len(rows) and stated.min() >= -1 and stated.max() < 15:
        # A range depends only on the tally, the stated counts and the overall rating, and a million rows
        # hold a few thousand different ones: each is worked out once.
        # bits 0-19 the tally, then 4 bits for each stated count (-1 to 14) and the overall rating's code
        stated_bits = ((stated + 1) << (4 * np.arange(len(schema.RATINGS)) + 4 * len(_UNIT))).sum(axis=1)
        key = packed | stated_bits | (overall.astype(np.int64) + 1) << 4 * (len(_UNIT) + len(schema.RATINGS))
        which, distinct = pd.factorize(key)
        example = np.empty(len(distinct), dtype=np.intp)
        example[which] = np.arange(len(key))
        low, high, ok = _ranges(_unpack(packed[example]), stated[example], overall[example])
        return low[which], high[which], ok[which]
    return _ranges(_unpack(packed), stated, overall)


def score_ranges(rows: pd.DataFrame) -> tuple[pd.array, pd.array]:
    """score_range for every row at once: (lowest, highest) as Int64 arrays, empty where the row's figures
    contradict each other. The same rule as feasible_scores decides a contradiction (consistency._spans);
    the totals are then reachable_totals' sums, as bit sets, cut to the overall rating's band."""
    low, high, ok = _score_ranges(rows, _standard_codes(rows), rating_codes(rows["overall"]))
    return _int64(low, ok), _int64(high, ok)


def _int64(values: np.ndarray, known: np.ndarray) -> pd.array:
    """``values`` as a nullable Int64 array, missing where not ``known``."""
    return pd.arrays.IntegerArray(values.astype(np.int64), ~known)


def _sort_order(rows: pd.DataFrame, round_codes: np.ndarray, overall: np.ndarray, low: np.ndarray,
                high: np.ndarray, ok: np.ndarray, best: np.ndarray, worst: np.ndarray) -> np.ndarray:
    """Positions of ``rows`` in the table's order: by round (unknown last), overall rating (better first,
    unknown last), rank_best, rank_worst, the higher score_min, the higher score_max (empty ones after 0),
    then provider_id."""
    # Within a round, rank_best and rank_worst follow from the score range alone, so every key but
    # provider_id is fixed by (round, overall, score_min, score_max): a few thousand combinations at most.
    # Those are put in order, and the rows, already in provider_id order, are then sorted stably by theirs.
    n_rounds = int(round_codes.max(initial=-1)) + 2
    smin, smax = np.where(ok, low, 31), np.where(ok, high, 31)
    combo = ((np.where(round_codes >= 0, round_codes, n_rounds - 1) * 5 + np.where(overall >= 0, overall, 4))
             * 32 + smin) * 32 + smax
    inverse, present = pd.factorize(combo)
    example = np.empty(len(present), dtype=np.int64)
    example[inverse] = np.arange(len(combo))
    scores = np.array([*(schema.SCORES[r] for r in schema.RATINGS), -1])
    keys = (np.where(ok, -high, 1)[example], np.where(ok, -low, 1)[example], worst[example], best[example],
            -scores[overall[example]], combo[example] // (5 * 32 * 32))
    rank = np.empty(len(present), dtype=np.int64)
    rank[np.lexsort(keys)] = np.arange(len(present))
    ids = rows["provider_id"]
    if ids.hasnans:  # np.argsort cannot compare a missing id with a text one; sorted last, as sort_values does
        id_codes, _ = pd.factorize(ids, sort=True, use_na_sentinel=True)
        by_id = np.argsort(np.where(id_codes >= 0, id_codes, len(ids)), kind="stable")
    elif isinstance(ids.dtype, pd.StringDtype) and ids.dtype.storage == "pyarrow":
        # Arrow's sort is stable and orders UTF-8 bytes, which is code point order, as Python orders text: the
        # same order without a Python string per id (800,000 ids: 0.15 -> 0.07 s)
        import pyarrow as pa
        import pyarrow.compute as pc

        by_id = pc.array_sort_indices(pa.array(ids.array)).to_numpy().astype(np.intp, copy=False)
    else:
        by_id = np.argsort(ids.to_numpy(dtype=object), kind="stable")
    # few distinct keys: as 16-bit integers numpy sorts them stably by radix sort
    row_rank = rank[inverse].astype(np.int16 if len(present) < 1 << 15 else np.int64)
    return by_id[np.argsort(row_rank[by_id], kind="stable")]


def _bounds(rows: pd.DataFrame, codes: np.ndarray | None = None,
            stated: np.ndarray | None = None) -> tuple[pd.DataFrame, np.ndarray]:
    """rank_bounds of ``rows`` (already selected), and the position in ``rows`` of each of its rows; ``codes`` and
    ``stated`` (consistency.stated_counts) when the caller has them."""
    codes = _standard_codes(rows) if codes is None else codes
    overall = rating_codes(rows["overall"])
    low, high, ok = _score_ranges(rows, codes, overall, stated)
    n = len(rows)
    best, worst, rank = (np.zeros(n, dtype=np.int64) for _ in range(3))
    compared = np.zeros(n, dtype=np.int64)
    tied = np.zeros(n, dtype=bool)
    round_codes, _ = pd.factorize(rows["round"], sort=True, use_na_sentinel=True)
    by_round = np.argsort(round_codes, kind="stable")
    edges = np.searchsorted(round_codes[by_round], np.arange(int(round_codes.max(initial=-1)) + 2))
    for start, end in zip(edges[:-1], edges[1:], strict=True):  # each round is ranked on its own
        idx = by_round[start:end]
        ranks = rank_bounds_of(np.where(ok[idx], low[idx], 0), np.where(ok[idx], high[idx], _TOP))
        best[idx], worst[idx], rank[idx], tied[idx] = (ranks[c] for c in ("rank_best", "rank_worst", "rank", "tied"))
        compared[idx] = len(idx)
    ranked = round_codes >= 0  # a row without a round is in no round's table
    order = _sort_order(rows, round_codes, overall, low, high, ok, best, worst)
    keys = rows[["round", "provider_id", "provider", "sector", "overall"]].take(order).reset_index(drop=True)
    columns = {
        "rank_best": _int64(best, ranked), "rank_worst": _int64(worst, ranked),
        "rank": _int64(rank, ranked & (rank >= 1)),  # _ranks marks an unsettled rank -1
        "tied": tied, "score_min": _int64(low, ok), "score_max": _int64(high, ok),
        "compared": _int64(compared, ranked),
    }
    # one frame of columns already taken in order: each column set into a frame was copied once more
    out = pd.DataFrame({c: keys[c] if c in keys else columns[c][order] for c in BOUND_COLUMNS}, copy=False)
    return out, order


def _first_names(ids: pd.Series, more: list[str]) -> tuple[list[str], int]:
    """The first NAMED_IN_NOTES of the distinct ids in ``ids`` and ``more``, in Python's order, and how many there
    are; in Arrow when ``ids`` is (530,000 ids as a Python set, then heapq.nsmallest, took 0.2 s)."""
    if (isinstance(ids.dtype, pd.StringDtype) and ids.dtype.storage == "pyarrow" and not ids.hasnans
            and all(isinstance(name, str) for name in more)):
        import pyarrow as pa
        import pyarrow.compute as pc

        arrays = [*pa.chunked_array(pa.array(ids.array)).chunks, pa.array(more, type=pa.string())]
        distinct = pc.unique(pa.chunked_array([a.cast(pa.large_string()) for a in arrays]))
        # UTF-8 byte order is code point order, Python's order of text
        first = distinct.take(pc.bottom_k_unstable(distinct, NAMED_IN_NOTES)).to_pylist()
        return sorted(first), len(distinct)
    names = set(ids.tolist()).union(more)
    return heapq.nsmallest(NAMED_IN_NOTES, names), len(names)


def _span(values: pd.Series) -> str:
    lo, hi = int(values.min()), int(values.max())
    return f"{lo}" if lo == hi else f"{lo}-{hi}"


def _order_words(rnd: str, group: pd.DataFrame) -> list[str]:
    """Sentences on what the order of one round's table can and cannot tell."""
    notes = []
    n = len(group)
    certain = int((group["rank_best"] == group["rank_worst"]).sum())
    fixed = int(group["rank"].notna().sum())
    notes.append(f"{rnd}: {certain} of {n} providers have a single possible position and {fixed} a "
                 "certain rank; rank_best-rank_worst is every position the known ratings allow")
    shown = group[["provider_id", "overall", "rank_best", "rank_worst", "score_min", "score_max"]]
    ranged = shown[shown["score_min"].notna()]
    # as text: "unknown" is no rating, so it is not one of the column's categories
    for overall, members in ranged.groupby(ranged["overall"].astype(object).fillna("unknown"), sort=False):
        what = f"{len(members)} {overall} provider{'s' if len(members) > 1 else ''}"
        if overall == "unknown":
            what = f"{len(members)} provider{'s' if len(members) > 1 else ''} of unknown overall rating"
        span = _span(pd.concat([members["rank_best"], members["rank_worst"]]))
        positions = f"position{'s' if '-' in span else ''} {span}"
        scores = f"{int(members['score_min'].min())}-{int(members['score_max'].max())}"
        if len(members) == 1:
            rec = members.iloc[0]
            notes.append(f"{rnd}: the {what}, {rec['provider_id']}: {positions}, total "
                         f"{_span(members[['score_min', 'score_max']].stack())}")
        elif int(members["score_min"].max()) <= int(members["score_max"].min()):
            # every pair's ranges overlap, so no member is certainly above another
            notes.append(f"{rnd}: the {what} could be in any order ({positions}): none is certainly above "
                         f"another; their totals all lie in {scores}")
        else:
            exact = members[members["score_min"] == members["score_max"]]
            first = exact.head(NAMED_IN_NOTES)
            known = listed([f"{pid} {int(total)}" for pid, total in zip(first["provider_id"].tolist(),
                                                                          first["score_min"].tolist(), strict=True)],
                           len(exact))
            notes.append(f"{rnd}: the {what} ({positions}, totals {scores}) are only partly ordered: a provider is "
                         "certainly above another only when its lowest possible total is above the other's highest"
                         + (f"; totals known exactly: {known}" if known else ""))
    return notes


#: The columns league() reads: the keys, the ratings and the stated counts of standards.
_LEAGUE_INPUTS = frozenset({"round", "provider_id", "provider", "sector", "overall", *schema.STANDARD_COLUMNS,
                            *schema.STANDARD_COUNT_COLUMNS.values()})


def league(frame: pd.DataFrame, *, round_: str | None = schema.DEFAULT_ROUND,
           sector: str | None = None) -> pd.DataFrame:
    """The league table the data can support: rank_bounds() with each provider's known standard ratings.

    Columns: those of rank_bounds (``rank_best``, ``rank_worst``, ``rank``, ``tied``, ``score_min``,
    ``score_max``, ``compared``, ...) and, per provider, how many standards are known to be rated
    Outstanding, Good, Requires improvement and Inadequate, ``standards_known`` and ``standards_unknown``.
    The notes say in words what the order can and cannot tell. With several rounds, each round is ranked
    on its own.

    >>> from probstat.loader import load
    >>> table = league(load())
    >>> table.loc[table["overall"] == "Good", ["rank_best", "rank_worst"]].drop_duplicates().values.tolist()
    [[1, 6]]
    """
    later_round = round_ not in (None, "all") and schema.shows_later_units(round_)
    if not later_round:
        # Only the columns the table is built from go through the selection of rows: a million rows of the
        # others (text among them, taken row by row in Arrow) would be copied for nothing.
        frame = frame[[c for c in frame.columns if c in _LEAGUE_INPUTS]]
    rows = _select(frame, round_, sector)
    if later_round:
        return points_league(rows)  # a round of the unified service: chosen by the round, so columns never vary
    later = rows["sector"].isin(schema.UNIT_TYPES).to_numpy(dtype=bool)
    rows = rows[~later].reset_index(drop=True) if later.any() else rows
    codes = _standard_codes(rows)
    stated = consistency.stated_counts(rows)  # read once for the bounds and the counts
    bounds, order = _bounds(rows, codes, stated)
    counts = _known_counts(rows, codes, stated)
    # A provider has one row per round (the loader refuses duplicates), so its counts are those of the row
    # its bounds came from.
    out = pd.concat([bounds, counts.take(order).reset_index(drop=True)], axis=1)[list(LEAGUE_COLUMNS)]

    add_note(out, "a provider's total is HMIP's score (Outstanding 3, Good 2, Requires improvement 1, Inadequate "
                  "0 for each of ten standards); score_min-score_max are the totals its known standard ratings, "
                  "stated counts and overall rating allow; bands: "
                  + ", ".join(f"{r} {lo}-{hi}" for r, lo, hi in schema.OVERALL_BANDS)
                  + ", so a provider with a better overall rating is certainly above one with a worse")
    rounds = out["round"]
    # the table is in round order: each round's rows are one stretch of it (told apart by category code, not by
    # a million rounds made Python text twice; rows without a round, last, are skipped either way)
    marks = rounds.cat.codes.to_numpy() if isinstance(rounds.dtype, pd.CategoricalDtype) else rounds.to_numpy()
    starts = np.flatnonzero(np.r_[True, marks[1:] != marks[:-1]]) if len(out) else []
    for start, end in zip(starts, [*starts[1:], len(out)], strict=True):
        rnd, group = rounds.iloc[start], out.iloc[start:end]
        if pd.isna(rnd):  # rows without a round are in no round's table (groupby left them out too)
            continue
        known = int(group["standards_known"].sum())
        add_note(out, f"{rnd}: {known} of {schema.N_STANDARDS * len(group)} standard ratings known "
                      f"({len(group)} providers x {schema.N_STANDARDS}); unknown ones are never guessed")
        for note in _order_words(rnd, group):
            add_note(out, note)
    unrated = out.loc[out["overall"].isna(), "provider_id"]
    if len(unrated):
        add_note(out, "overall rating unknown, so the total is bounded by the known standards alone: "
                      + listed(unrated.head(NAMED_IN_NOTES).tolist(), len(unrated)))
    broken = out.loc[out["score_min"].isna(), "provider_id"]
    if len(broken) or counts.attrs["contradictory"]:
        first, total = _first_names(broken, counts.attrs["contradictory"])
        add_note(out, f"the ratings of {listed(first, total)} contradict each "
                      "other (run `probstat validate`): no score range, compared as if the total could be anything "
                      "from 0 to 30")
    if later.any():
        add_note(out, "PDUs and regions (from 2021) are not in this table: their framework scores differently; "
                      "`probstat league --round ROUND` on one of their rounds ranks them by their stated points")
    return with_view(out, View(title="League table: possible totals and ranks", compact=COMPACT, chart=CHART))
