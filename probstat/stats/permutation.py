"""The exact permutation test of a difference in mean scores, its shift interval, and the ordinal effect size
(superiority) with its bootstrap interval."""

from __future__ import annotations

import math
import operator
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction
from functools import lru_cache

from .fisher import _Z95

# --- Exact permutation test for a difference in mean scores ------------------------------------------------
#
# Under "sector makes no difference" every way of choosing which n_a of the N pooled scores belong to group a
# is equally likely. The statistic |mean_a - mean_b| depends on a split only through S, the sum of group a's
# scores, so the exact null distribution is the number of splits giving each S. Scores take few values (0-3
# for ratings), so that count comes from a dynamic programme over the score levels, with exact integers:
# no split is enumerated, and C(28, 7) = 1,184,040 splits cost a few hundred additions.

#: The exact path runs while n_small * (max score * n_small + 1) * levels * n_small, a bound on the additions
#: the dynamic programme makes, stays under this (n_small is the smaller group). Beyond it (for example 100
#: against 900 providers) the normal approximation to the same permutation distribution is used instead.
PERMUTATION_EXACT_WORK = 5_000_000
#: The shift interval's programme tracks one more count per state, so it has its own work budget; beyond
#: it the interval is Welch's normal interval.
SHIFT_EXACT_WORK = 5_000_000


def _score_counts(scores) -> dict[int, int]:
    """How many times each score occurs, from the scores themselves or from a mapping score -> count.

    Only the distinct values are checked, so 10^6 scores cost little.
    """
    counts: dict[int, int] = {}
    pairs = scores.items() if isinstance(scores, Mapping) else Counter(scores).items()
    for value, count in pairs:
        if operator.index(count) < 0:
            raise ValueError(f"a score cannot occur {count} times")
        if count == 0:
            continue
        score = operator.index(value)  # TypeError for 1.5 or 2.0: scores are whole numbers
        if score < 0:
            raise ValueError(f"scores must be non-negative integers, got {score}")
        counts[score] = counts.get(score, 0) + count
    return counts


def _moments(counts: dict[int, int]) -> tuple[int, int, float]:
    """(n, sum, sum of squared deviations from the mean) of a score distribution given as counts."""
    n = sum(counts.values())
    total = sum(s * c for s, c in counts.items())
    mean = total / n
    return n, total, math.fsum(c * (s - mean) ** 2 for s, c in counts.items())


def _split_work(counts: dict[int, int], n_pick: int) -> int:
    top = max(counts, default=0)
    return n_pick * (top * n_pick + 1) * max(len(counts), 1) * max(n_pick, 1)


def _sum_distribution(levels: list[tuple[int, int, int]], n_pick: int) -> dict[tuple[int, int], int]:
    """Ways to choose ``n_pick`` items, by (items chosen from tagged levels, sum of chosen scores).

    ``levels`` holds (score, count, tag) with tag 1 or 0; only tagged items add to the first key. Values are
    exact integer counts of subsets (products of binomial coefficients).
    """
    states: dict[tuple[int, int, int], int] = {(0, 0, 0): 1}  # (chosen, tagged chosen, sum) -> ways
    for score, count, tag in levels:
        new: dict[tuple[int, int, int], int] = {}
        for (chosen, tagged, total), ways in states.items():
            for i in range(min(count, n_pick - chosen) + 1):
                key = (chosen + i, tagged + tag * i, total + score * i)
                new[key] = new.get(key, 0) + ways * math.comb(count, i)
        states = new
    return {(tagged, total): ways for (chosen, tagged, total), ways in states.items() if chosen == n_pick}


@lru_cache(maxsize=4096)
def _split_sums(pooled: tuple[tuple[int, int], ...], n_pick: int) -> tuple[tuple[int, int], ...]:
    """(sum, ways) over the splits choosing ``n_pick`` of the pooled (score, count) items.

    Kept per process: a fragility search tests hundreds of neighbouring tables, and moving a provider in
    either group leaves the same pooled scores, so most tables share a distribution already counted."""
    return tuple((total, ways) for (_, total), ways in _sum_distribution([(s, c, 0) for s, c in pooled],
                                                                           n_pick).items())


@dataclass(frozen=True)
class PermutationResult:
    """A two-sided permutation test of a difference in means, and how it was computed.

    ``p_value`` is exact (a correctly rounded ratio of integers) when ``exact``; otherwise it comes from the
    normal approximation. ``splits`` is C(N, n_a), the number of equally likely splits under the null, on
    the exact path (None on the approximate one, where it can have hundreds of thousands of digits).
    """

    difference: float
    p_value: float
    exact: bool
    splits: int | None


def permutation_test(scores_a, scores_b) -> PermutationResult:
    """Two-sided exact permutation test of mean(scores_a) - mean(scores_b) for non-negative integer scores.

    Each group is given as its scores or as a mapping score -> count (the same for every function below).

    The p-value is the share of all C(N, n_a) ways of splitting the pooled scores into groups of the same
    sizes whose absolute difference in means is at least the observed one. Comparisons are made in exact
    integers (|N*S - n_a*T| against the observed value, S a split's sum for group a and T the total), so
    equal differences are never lost to rounding.

    Above PERMUTATION_EXACT_WORK (large groups) the same distribution is approximated by a normal one with
    the permutation mean n_a*T/N and variance n_a*n_b*sum((x - mean)^2) / (N*(N - 1)): p = erfc(|z| / sqrt 2).
    ``exact`` in the result says which path answered.

    Raises ValueError for an empty group or a negative or non-integer score.
    """
    counts_a, counts_b = _score_counts(scores_a), _score_counts(scores_b)
    if not counts_a or not counts_b:
        raise ValueError("both groups need at least one score")
    return _test_counts(counts_a, counts_b)


def _test_counts(counts_a: dict[int, int], counts_b: dict[int, int]) -> PermutationResult:
    """permutation_test of two groups already given as checked score -> count mappings (no zero counts, neither
    empty): a fragility search runs it on hundreds of tables it builds itself."""
    pooled = dict(counts_a)
    for score, count in counts_b.items():
        pooled[score] = pooled.get(score, 0) + count
    n_a, observed_sum = sum(counts_a.values()), sum(s * c for s, c in counts_a.items())
    n_b, sum_b = sum(counts_b.values()), sum(s * c for s, c in counts_b.items())
    n = n_a + n_b
    total = observed_sum + sum_b
    difference = observed_sum / n_a - sum_b / n_b
    # Choosing group a or its complement is the same split: count over the smaller side.
    small, pick_a = (n_a, True) if n_a <= n_b else (n_b, False)
    if _split_work(pooled, small) > PERMUTATION_EXACT_WORK:
        return PermutationResult(difference, _permutation_normal_p(counts_a, pooled), False, None)
    splits = math.comb(n, n_a)
    small_sum = observed_sum if pick_a else total - observed_sum
    threshold = abs(n * small_sum - small * total)
    extreme = sum(w for s, w in _split_sums(tuple(sorted(pooled.items())), small)
                  if abs(n * s - small * total) >= threshold)
    return PermutationResult(difference, float(Fraction(extreme, splits)), True, splits)


def _permutation_normal_p(counts_a: dict[int, int], pooled: dict[int, int]) -> float:
    n_a, sum_a, _ = _moments(counts_a)
    n, total, squares = _moments(pooled)
    if squares == 0.0:
        return 1.0
    mean = total / n
    sd = math.sqrt(n_a * (n - n_a) * squares / (n * (n - 1)))
    z = (sum_a - n_a * mean) / sd
    return min(1.0, math.erfc(abs(z) / math.sqrt(2)))


@dataclass(frozen=True)
class ShiftInterval:
    """A 95% interval for a difference in means; ``method`` says how it was found (see shift_interval)."""

    low: float
    high: float
    exact: bool
    method: str


def shift_interval(scores_a, scores_b, alpha: float = 0.05) -> ShiftInterval:
    """Interval for mean(a) - mean(b) by inverting the exact permutation test over shifts (Lehmann).

    `gap` no longer shows it: on a bounded 0-3 scale no constant shift can hold, so its ends fall where
    ties make p jump, and on some data it passes the [-3, 3] a difference of 0-3 scores can take.
    superiority_interval is the ordinal measure used instead.

    For a shift d, the scores of a are lowered by d and the permutation test of the section above is run on
    the shifted pooled values; the interval is every d the test does not reject (p > alpha), reported as the
    smallest and largest such d (the hull, should the set have gaps). It assumes an additive shift between
    the groups, which on a four-point scale is a model, not a fact; it is exact in the sense that each p(d)
    is an exact count of splits. A split's shifted sum is (its integer score sum) - d * (how many of group
    a's scores it takes), so one exact table of splits by those two integers serves every d, and p(d) only
    changes at finitely many rational d: the bounds are found exactly among those points. A bound is
    infinite when even the most extreme shift leaves p above alpha (tiny groups).

    Above SHIFT_EXACT_WORK (counted for the smaller group, which the programme picks) it returns Welch's
    normal interval, d +/- 1.96 * sqrt(var_a/n_a + var_b/n_b), with ``exact`` False; unbounded if a group
    there has a single score. Raises ValueError as permutation_test does.
    """
    counts_a, counts_b = _score_counts(scores_a), _score_counts(scores_b)
    if not counts_a or not counts_b:
        raise ValueError("both groups need at least one score")
    (n_a, sum_a, _), (n_b, sum_b, _) = _moments(counts_a), _moments(counts_b)
    if n_a > n_b:
        # The programme's size grows with the group it picks: pick the smaller one, and mirror the answer.
        mirrored = shift_interval(counts_b, counts_a, alpha)
        return ShiftInterval(-mirrored.high, -mirrored.low, mirrored.exact, mirrored.method)
    levels = [(s, c, 1) for s, c in sorted(counts_a.items())] + [(s, c, 0) for s, c in sorted(counts_b.items())]
    pick = n_a
    work = _split_work({**counts_a, **counts_b}, pick) * (pick + 1) * 2
    if work > SHIFT_EXACT_WORK:
        return _welch_interval(counts_a, counts_b)
    table = _sum_distribution(levels, pick)
    splits = math.comb(n_a + n_b, n_a)
    total = sum_a + sum_b
    # In units of 1 / (n_a * n_b): a split's difference at shift d is U - d*V, the observed one D - d*n_a*n_b.
    ab = n_a * n_b
    cells = [(n_b * t - n_a * (total - t), n_b * m - n_a * (n_a - m), w) for (m, t), w in table.items()]
    observed = n_b * sum_a - n_a * sum_b
    cutoff = Fraction(alpha) * splits

    def accepted(d: Fraction) -> bool:
        num, den = d.numerator, d.denominator
        edge = abs(observed * den - num * ab)
        return sum(w for u, v, w in cells if abs(u * den - num * v) >= edge) > cutoff

    points: set[Fraction] = set()
    for u, v, _ in cells:
        if v != ab:
            points.add(Fraction(u - observed, v - ab))
        if v != -ab:
            points.add(Fraction(u + observed, v + ab))
    ordered = sorted(points)
    # p(d) is constant between neighbouring points; test each point and a point inside each gap.
    probes = list(ordered)
    probes += [(x + y) / 2 for x, y in zip(ordered, ordered[1:], strict=False)]
    if ordered:
        probes += [ordered[0] - 1, ordered[-1] + 1]
    inside = sorted(d for d in probes if accepted(d))
    centre = Fraction(observed, ab)
    low = float(inside[0]) if inside else float(centre)
    high = float(inside[-1]) if inside else float(centre)
    if ordered and accepted(ordered[0] - 1):
        low = -math.inf
    if ordered and accepted(ordered[-1] + 1):
        high = math.inf
    return ShiftInterval(low, high, True, "inverted exact permutation test over shifts")


def _welch_interval(counts_a: dict[int, int], counts_b: dict[int, int], z: float = _Z95) -> ShiftInterval:
    (n_a, sum_a, ss_a), (n_b, sum_b, ss_b) = _moments(counts_a), _moments(counts_b)
    if n_a < 2 or n_b < 2:  # a single score has no spread to measure
        return ShiftInterval(-math.inf, math.inf, False, "no interval (a group of one is too small for Welch's)")
    half = z * math.sqrt(ss_a / (n_a - 1) / n_a + ss_b / (n_b - 1) / n_b)
    d = sum_a / n_a - sum_b / n_b
    return ShiftInterval(d - half, d + half, False, "Welch normal interval (groups too large for the exact one)")


# --- An effect size for an ordinal scale ---------------------------------------------------------------------
#
# Rating codes 0-3 are ordered but not evenly spaced in any sense the inspectorate defines, and a mean of
# them has no interval that respects the scale (a constant shift cannot hold on 0-3). The probability that a
# random member of group a is rated above a random member of group b, ties counted half, uses only the order.

#: Resamples of the bootstrap interval, and its fixed seed: the same data always give the same interval.
BOOTSTRAP_RESAMPLES = 4000
BOOTSTRAP_SEED = 0


def superiority(scores_a, scores_b) -> float:
    """P(a > b) + P(a = b) / 2 for a random member of each group: 1 when every a is above every b, 0.5 when
    the groups are alike, 0 when every a is below. Groups as for permutation_test (scores or counts).

    Equal to the Mann-Whitney U of group a divided by n_a * n_b.
    """
    counts_a, counts_b = _score_counts(scores_a), _score_counts(scores_b)
    if not counts_a or not counts_b:
        raise ValueError("both groups need at least one score")
    n_a, n_b = sum(counts_a.values()), sum(counts_b.values())
    above = sum(ca * cb for sa, ca in counts_a.items() for sb, cb in counts_b.items() if sa > sb)
    ties = sum(ca * counts_b.get(sa, 0) for sa, ca in counts_a.items())
    return float(Fraction(2 * above + ties, 2 * n_a * n_b))


@dataclass(frozen=True)
class SuperiorityInterval:
    """A 95% interval for superiority(); ``method`` names it in words."""

    estimate: float
    low: float
    high: float
    method: str


def superiority_interval(scores_a, scores_b, resamples: int = BOOTSTRAP_RESAMPLES,
                         seed: int = BOOTSTRAP_SEED) -> SuperiorityInterval:
    """superiority() with a 95% percentile bootstrap interval: each group resampled with replacement from
    its own members, the 2.5th and 97.5th percentiles of the resampled values. Every resampled value is a
    probability, so the interval stays inside [0, 1] (tests/test_stats.py checks it on random data).

    The bootstrap treats each group as drawn from a larger set; for a census (HMIP rated every provider) read
    it as how much the figure leans on particular providers, not as sampling error. A group of one cannot
    vary under resampling, so only the other group's spread shows. Deterministic for a given ``seed``.
    """
    import numpy as np

    counts_a, counts_b = _score_counts(scores_a), _score_counts(scores_b)
    estimate = superiority(counts_a, counts_b)
    levels = sorted(set(counts_a) | set(counts_b))
    n_a, n_b = sum(counts_a.values()), sum(counts_b.values())
    p_a = np.array([counts_a.get(v, 0) for v in levels], dtype=float) / n_a
    p_b = np.array([counts_b.get(v, 0) for v in levels], dtype=float) / n_b
    rng = np.random.default_rng(seed)
    # Resampling n members with replacement is one multinomial draw of the counts per level.
    draw_a = rng.multinomial(n_a, p_a, size=resamples).astype(float)
    draw_b = rng.multinomial(n_b, p_b, size=resamples).astype(float)
    below_b = np.cumsum(draw_b, axis=1) - draw_b  # members of b strictly below each level
    values = ((draw_a * below_b).sum(axis=1) + 0.5 * (draw_a * draw_b).sum(axis=1)) / (n_a * n_b)
    low, high = np.quantile(values, [0.025, 0.975])
    return SuperiorityInterval(estimate, float(low), float(high),
                               f"bootstrap percentile 95% interval ({resamples:,} resamples of providers within "
                               "each sector)")
