"""How much a finding rests on: the smallest attainable p-value, Holm's adjustment, and fragility (the fewest
changes to the data that move a p-value across 0.05)."""

from __future__ import annotations

import math
from dataclasses import dataclass

from .fisher import fisher_exact
from .permutation import _score_counts, _split_work, _test_counts, permutation_test

# --- Multiple testing and fragility ------------------------------------------------------------------------


def min_attainable_p(n_a: int, n_b: int) -> float:
    """The smallest two-sided p-value any data can give a relabelling test of groups of n_a and n_b.

    Every labelling of the N = n_a + n_b providers is equally likely under the null, and the observed one is
    among those counted, so p >= 1 / C(N, n_a); the most extreme data (one group all at the top, the other
    all at the bottom) reach it, and its mirror image counts too when n_a == n_b. The same holds for Fisher's
    test, which is the relabelling test of a 2x2 table: 7 NPS against 1 CRC can never go below 1/8, so such
    a test cannot reach 5% whatever the ratings. 0.0 when the bound is below about 1e-304 (large groups).
    Raises ValueError for an empty group.
    """
    if n_a < 1 or n_b < 1:
        raise ValueError(f"both groups need at least one member, got {n_a} and {n_b}")
    n, k = n_a + n_b, min(n_a, n_b)
    # C(10^6, 5 x 10^5) has 300,000 digits, slow to build; past e^700 the answer is below any float
    # that matters (about 1e-304), so the exact integer is only built when it is small.
    if math.lgamma(n + 1) - math.lgamma(k + 1) - math.lgamma(n - k + 1) > 700:
        return 0.0
    return (2 if n_a == n_b else 1) / math.comb(n, k)


def holm(p_values) -> list[float | None]:
    """Holm's step-down adjusted p-values, in the input order; None entries stay None and are not counted.

    With m p-values sorted ascending, the i-th (from 1) becomes max over j <= i of min(1, (m - j + 1) p_(j)).
    """
    indexed = [(p, i) for i, p in enumerate(p_values) if p is not None and not math.isnan(p)]
    out: list[float | None] = [None] * len(p_values)
    m = len(indexed)
    running = 0.0
    for rank, (p, i) in enumerate(sorted(indexed)):
        running = max(running, min(1.0, (m - rank) * p))
        out[i] = running
    return out


#: Fragility searches stop after this many recomputed tests; the answer is then "more than" the last number
#: of changes searched in full.
FRAGILITY_BUDGET = 4000
#: ... or once the tests they recompute add up to this much dynamic-programme work (permutation test).
FRAGILITY_WORK = 20_000_000
#: Fisher fragility is searched only for tables of at most this many providers; larger ones give None.
FRAGILITY_FISHER_MAX_N = 2000


@dataclass(frozen=True)
class Fragility:
    """What a fragility search found.

    ``changes`` is the fewest changes that move p across alpha, None when none was found. When the search
    stopped on its budget before finding one, ``more_than`` is the largest number of changes it searched in
    full (every table that many changes away was tested), so the answer is larger than that; ``searched``
    is False when the search was not run at all (groups too large, or the test not exact).
    """

    changes: int | None
    more_than: int | None = None
    searched: bool = True


def fisher_fragility(a: int, b: int, c: int, d: int, alpha: float = 0.05) -> int | None:
    """The fewest providers whose Good-or-better status must flip for Fisher's p to cross ``alpha``.

    The table is [[a, b], [c, d]] (rows are groups, columns Good or better / not). One change moves one
    provider between the columns within its own row, so row totals stay fixed and a table k changes away has
    |a' - a| + |c' - c| = k. When p < alpha the answer is the smallest k giving p >= alpha (how many
    ratings the finding rests on); when p >= alpha, the smallest k giving p < alpha. None when no table
    crosses, the search stops at FRAGILITY_BUDGET tests first, or the table has more than
    FRAGILITY_FISHER_MAX_N providers (then a handful of changes cannot matter and the search is not run);
    fisher_fragility_search tells these apart.
    """
    return fisher_fragility_search(a, b, c, d, alpha).changes


def fisher_fragility_search(a: int, b: int, c: int, d: int, alpha: float = 0.05) -> Fragility:
    """fisher_fragility, saying whether an empty answer means "none crosses" or "the search stopped"."""
    row1, row2 = a + b, c + d
    if row1 + row2 > FRAGILITY_FISHER_MAX_N:
        return Fragility(None, searched=False)
    significant = fisher_exact(a, b, c, d) < alpha
    tried = 0
    for k in range(1, row1 + row2 + 1):
        for da in range(-k, k + 1):
            for dc in {k - abs(da), abs(da) - k}:
                a2, c2 = a + da, c + dc
                if not (0 <= a2 <= row1 and 0 <= c2 <= row2):
                    continue
                tried += 1
                if (fisher_exact(a2, row1 - a2, c2, row2 - c2) < alpha) != significant:
                    return Fragility(k)
                if tried >= FRAGILITY_BUDGET:
                    return Fragility(None, more_than=k - 1)
    return Fragility(None)


def permutation_fragility(scores_a, scores_b, levels=(0, 1, 2, 3), alpha: float = 0.05) -> int | None:
    """The fewest one-step rating changes for the permutation p to cross ``alpha``.

    One change moves one provider to a neighbouring level of ``levels`` (Good to Requires improvement, say),
    in either group; a provider moved two levels counts as two changes, so a large jump is not priced like
    a small one. When p < alpha it is the smallest k giving p >= alpha; when p >= alpha, the smallest k
    giving p < alpha. The search is breadth-first over distinct pairs of score counts, so it is exact; None
    when no change crosses, when FRAGILITY_BUDGET tests or FRAGILITY_WORK run out first (the answer is then
    larger than searched), or when the test itself is not exact (groups too large);
    permutation_fragility_search tells these apart.
    """
    return permutation_fragility_search(scores_a, scores_b, levels, alpha).changes


def permutation_fragility_search(scores_a, scores_b, levels=(0, 1, 2, 3), alpha: float = 0.05) -> Fragility:
    """permutation_fragility, saying whether an empty answer means "none crosses" or "the search stopped"."""
    def key(counts: dict[int, int]) -> tuple[int, ...]:
        return tuple(counts.get(level, 0) for level in levels)

    def expand(counts: tuple[int, ...]) -> list[int]:
        return [level for level, c in zip(levels, counts, strict=True) for _ in range(c)]

    counts_a, counts_b = _score_counts(scores_a), _score_counts(scores_b)
    first = permutation_test(scores_a, scores_b)
    if not first.exact:
        return Fragility(None, searched=False)
    start = (key(counts_a), key(counts_b))
    _score_counts(dict.fromkeys(levels, 1))  # the levels are the scores of every table tested below: checked once
    significant = first.p_value < alpha
    budget = min(FRAGILITY_BUDGET, FRAGILITY_WORK // max(1, _split_work(
        dict.fromkeys(levels, 1), min(sum(counts_a.values()), sum(counts_b.values())))))
    seen = {start}
    frontier = [start]
    tried = 0
    for k in range(1, len(expand(start[0])) + len(expand(start[1])) + 1):
        nxt = []
        for state in frontier:
            for side in (0, 1):
                for i, ci in enumerate(state[side]):
                    if not ci:
                        continue
                    for j in (i - 1, i + 1):
                        if not 0 <= j < len(levels):
                            continue
                        moved = list(state[side])
                        moved[i] -= 1
                        moved[j] += 1
                        new = (tuple(moved), state[1]) if side == 0 else (state[0], tuple(moved))
                        if new in seen:
                            continue
                        seen.add(new)
                        tried += 1
                        # As score -> count mappings without the empty levels, as the test would count the
                        # scores listed, and without checking them again.
                        test = _test_counts({v: c for v, c in zip(levels, new[0], strict=True) if c},
                                            {v: c for v, c in zip(levels, new[1], strict=True) if c})
                        if (test.p_value < alpha) != significant:
                            return Fragility(k)
                        if tried >= budget:
                            return Fragility(None, more_than=k - 1)
                        nxt.append(new)
        frontier = nxt
    return Fragility(None)
