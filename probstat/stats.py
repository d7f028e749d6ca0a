"""Exact tests, intervals, multiple-testing adjustment and fragility for small counts, without scipy.

Inspection data are tiny (a handful of providers per group), so large-sample
approximations such as the chi-squared test or the Wald interval are misleading.
scipy is deliberately not a dependency: the routines needed here are short (scipy checks them in tests).
Only the bootstrap of superiority_interval uses numpy (already a dependency through pandas).

HMIP rates every provider, so its ratings are a census, not a sample: a gap between the sectors is known
exactly. The tests here answer a narrower question, how unusual the gap is among all the ways of labelling
the same providers NPS or CRC (a permutation, or Fisher's conditional test); they model neither what causes
a gap nor the sampling of cases behind each rating.
"""

from __future__ import annotations

import math
import operator
from collections import Counter
from collections.abc import Mapping
from dataclasses import dataclass
from fractions import Fraction

# Two-sided 95% normal quantile, norm.ppf(0.975), written out so callers need no scipy.
_Z95 = 1.959963984540054

# R's fisher.test and SciPy treat tables within this relative distance of the observed
# probability as "as extreme"; matching them keeps our p-values comparable with theirs.
_FISHER_RTOL = Fraction(1, 10**7)
_LOG_FISHER_RTOL = math.log1p(1e-7)

# Tables with at most this many observations take the exact integer path, which keeps
# every weight as a big integer: its time and memory grow with the square of n, too fast
# past this size. Larger tables take the floating-point path, which needs O(sqrt(n)) time
# and constant memory.
_FISHER_EXACT_MAX_N = 10_000

_LOG_2PI = math.log(2 * math.pi)


def fisher_exact(a: int, b: int, c: int, d: int) -> float:
    """Two-sided Fisher exact p-value for the 2x2 table [[a, b], [c, d]].

    Rows are groups and columns are success/failure. The p-value is the total
    hypergeometric probability of every table with the same margins that is no more
    likely than the observed one (relative tolerance 1e-7, as in R and SciPy).

    Two paths give the same answer:

    * n = a + b + c + d <= 10,000: exact rational arithmetic on big integers, so the
      result is the correctly rounded float of the true p-value.
    * n > 10,000: floating point. Log-probabilities come from Loader's saddle-point
      formula (as in R's dhyper), accurate to about 1e-13 in the log; the table where
      the probability peaks is bracketed by binary search and only the two tails are
      summed, relative to the observed table's probability. Time grows as sqrt(n)
      and memory is constant. Against exact arithmetic the
      p-value agrees to a relative 1e-12 or better.

    A p-value smaller than the smallest positive float (about 4.9e-324) is returned as
    0.0; one below 2.2e-308 is a subnormal float with fewer significant digits. Both
    happen only for tables far from independence: [[300000, 200000], [250000, 250000]]
    has a p-value of about 5e-2200 and gives 0.0.

    Raises ValueError if any count is negative, TypeError if one is not an integer.
    """
    a, b, c, d = (operator.index(v) for v in (a, b, c, d))
    if min(a, b, c, d) < 0:
        raise ValueError(f"counts must be non-negative, got {[[a, b], [c, d]]}")
    if a + b + c + d <= _FISHER_EXACT_MAX_N:
        return _fisher_exact_integer(a, b, c, d)
    return _fisher_exact_float(a, b, c, d)


def _fisher_exact_integer(a: int, b: int, c: int, d: int) -> float:
    """Exact path of fisher_exact: every table's weight as a big integer."""
    row1, row2, col1 = a + b, c + d, a + c
    # Tables sharing the margins are indexed by their top-left cell x. Each weight
    # C(row1, x) * C(row2, col1 - x) is proportional to its probability; working in
    # exact integers avoids both rounding error at small n and overflow at large n.
    lo, hi = max(0, col1 - row2), min(row1, col1)
    weights = [math.comb(row1, lo) * math.comb(row2, col1 - lo)]
    for x in range(lo, hi):
        # Stepping by the ratio of neighbouring terms spares a math.comb per table,
        # which dominates at large n. The floor division is exact because the
        # result, C(row1, x + 1) * C(row2, col1 - x - 1), is itself an integer.
        weights.append(weights[-1] * (row1 - x) * (col1 - x) // ((x + 1) * (row2 - col1 + x + 1)))
    observed = weights[a - lo]
    cutoff = observed * (1 + _FISHER_RTOL)
    extreme = sum(w for w in weights if w <= cutoff)
    # Fraction -> float rounds correctly even when both integers exceed float range.
    return float(Fraction(extreme, sum(weights)))


def _fisher_exact_float(a: int, b: int, c: int, d: int) -> float:
    """Floating-point path of fisher_exact; valid for any non-negative table."""
    return min(1.0, math.exp(_fisher_log_p_float(a, b, c, d)))


def _fisher_log_p_float(a: int, b: int, c: int, d: int) -> float:
    """Natural log of the two-sided Fisher p-value, in floating point.

    Finite even when the p-value itself is far below float range.
    """
    row1, row2, col1 = a + b, c + d, a + c
    n = row1 + row2
    lo, hi = max(0, col1 - row2), min(row1, col1)
    if lo == hi:
        return 0.0  # a zero margin: the observed table is the only one

    def log_prob(x: int) -> float:
        return _log_dhyper(x, row1, row2, col1)

    observed = log_prob(a)
    cutoff = observed + _LOG_FISHER_RTOL
    # The probabilities rise to a peak at the mode and fall after it (the distribution
    # is log-concave), so the tables more likely than the cutoff form one interval
    # [first, last] around the mode, and the p-value is the sum of the two tails outside it.
    mode = min(max((row1 + 1) * (col1 + 1) // (n + 2), lo), hi)
    if log_prob(mode) <= cutoff:
        return 0.0  # the observed table is as likely as the mode: every table counts
    left, right = lo, mode  # find first: the smallest x in [lo, mode] above the cutoff
    while left < right:
        mid = (left + right) // 2
        if log_prob(mid) > cutoff:
            right = mid
        else:
            left = mid + 1
    first = left
    left, right = mode, hi  # find last: the largest x in [mode, hi] above the cutoff
    while left < right:
        mid = (left + right + 1) // 2
        if log_prob(mid) > cutoff:
            left = mid
        else:
            right = mid - 1
    last = left
    # Sum each tail relative to the observed probability, so every term is at most
    # 1 + 1e-7 and the sum at most n + 1: nothing overflows, and a p-value too small
    # for a float still has a finite log.
    total = 0.0
    if first > lo:
        total += _tail_sum(first - 1, lo, row1, row2, col1, log_prob(first - 1) - observed)
    if last < hi:
        total += _tail_sum(last + 1, hi, row1, row2, col1, log_prob(last + 1) - observed)
    return min(0.0, observed + math.log(total))


def _tail_sum(start: int, end: int, row1: int, row2: int, col1: int, log_first: float) -> float:
    """Sum of the weights of tables start..end (walking away from the mode), relative to
    a reference: the table at start has weight exp(log_first).

    Neighbouring weights differ by an exact rational ratio, so each step costs one
    division. The ratio only shrinks further from the mode, so once the current term
    times r / (1 - r) is below 1e-17 of the sum, the rest of the tail cannot matter.
    """
    term = math.exp(log_first)
    total = 0.0
    x = start
    step = 1 if end > start else -1
    while True:
        total += term
        if x == end or term == 0.0:
            return total
        if step > 0:  # w(x + 1) / w(x)
            ratio = (row1 - x) * (col1 - x) / ((x + 1) * (row2 - col1 + x + 1))
        else:  # w(x - 1) / w(x)
            ratio = x * (row2 - col1 + x) / ((row1 - x + 1) * (col1 - x + 1))
        if ratio < 1.0 and term * ratio <= 1e-17 * total * (1.0 - ratio):
            return total
        term *= ratio
        x += step


# Log-probabilities by Loader's saddle-point method (C. Loader, "Fast and accurate
# computation of binomial probabilities", 2000), as in R's dbinom and dhyper. Unlike
# differences of math.lgamma values, which lose about 1e-9 in the log at n = 10^6, every
# term here is small, so the log-probability keeps an absolute accuracy near 1e-13.

# Coefficients of the Stirling series for _stirlerr: 1/12, 1/360, 1/1260, 1/1680, 1/1188.
_S0, _S1, _S2, _S3, _S4 = 1 / 12, 1 / 360, 1 / 1260, 1 / 1680, 1 / 1188


def _stirlerr(n: int) -> float:
    """log(n!) - log(sqrt(2 pi n) (n/e)^n), the error of Stirling's formula, for n >= 1."""
    if n <= 15:
        # lgamma(n + 1) <= 28 here, so the subtraction loses nothing that matters.
        return math.lgamma(n + 1) - (n + 0.5) * math.log(n) + n - 0.5 * _LOG_2PI
    nn = float(n) * n
    if n > 500:
        return (_S0 - _S1 / nn) / n
    if n > 80:
        return (_S0 - (_S1 - _S2 / nn) / nn) / n
    if n > 35:
        return (_S0 - (_S1 - (_S2 - _S3 / nn) / nn) / nn) / n
    return (_S0 - (_S1 - (_S2 - (_S3 - _S4 / nn) / nn) / nn) / nn) / n


def _bd0(x: float, m: float) -> float:
    """x log(x / m) + m - x, the binomial deviance term, accurate when x is near m."""
    if abs(x - m) < 0.1 * (x + m):
        # Series in v = (x - m) / (x + m), |v| < 0.1: converges in a few terms.
        v = (x - m) / (x + m)
        s = (x - m) * v
        ej = 2 * x * v
        v2 = v * v
        for j in range(3, 200, 2):
            ej *= v2
            s1 = s + ej / j
            if s1 == s:
                break
            s = s1
        return s
    return x * math.log(x / m) + m - x


def _log_dbinom(x: int, n: int, p: float, q: float) -> float:
    """log P(Binomial(n, p) = x) for 0 <= x <= n, with q = 1 - p supplied separately."""
    if x == 0:
        if n == 0:
            return 0.0
        return -_bd0(n, n * q) - n * p if p < 0.1 else n * math.log(q)
    if x == n:
        return -_bd0(n, n * p) - n * q if q < 0.1 else n * math.log(p)
    lc = _stirlerr(n) - _stirlerr(x) - _stirlerr(n - x) - _bd0(x, n * p) - _bd0(n - x, n * q)
    return lc - 0.5 * (_LOG_2PI + math.log(x) + math.log1p(-x / n))


def _log_dhyper(x: int, row1: int, row2: int, col1: int) -> float:
    """log of the hypergeometric probability C(row1, x) C(row2, col1 - x) / C(n, col1).

    Written as Binomial(row1, p)(x) * Binomial(row2, p)(col1 - x) / Binomial(n, p)(col1),
    which holds for any p; p = col1 / n keeps every term near its own peak. Needs
    0 < col1 < n.
    """
    n = row1 + row2
    p, q = col1 / n, (n - col1) / n
    return _log_dbinom(x, row1, p, q) + _log_dbinom(col1 - x, row2, p, q) - _log_dbinom(col1, n, p, q)


def _check_proportion(k: int, n: int, z: float) -> None:
    if n <= 0:
        raise ValueError(f"n must be positive, got {n}")
    if not 0 <= k <= n:
        raise ValueError(f"k must be in [0, n], got k={k}, n={n}")
    if not (z > 0 and math.isfinite(z)):
        raise ValueError(f"z must be a positive finite number, got {z}")


def wilson_interval(k: int, n: int, z: float = _Z95) -> tuple[float, float]:
    """Wilson score interval for the proportion k/n, as fractions in [0, 1].

    ``z`` is the normal quantile; the default gives a 95% interval.
    Raises ValueError if n <= 0, k is outside [0, n] or z is not positive.
    """
    _check_proportion(k, n, z)
    z2 = z * z
    centre = (k + z2 / 2) / (n + z2)
    half = z / (n + z2) * math.sqrt(k * (n - k) / n + z2 / 4)
    # At k = 0 or k = n the bound is exactly 0 or 1 in theory; pin it so rounding
    # cannot leave a spurious 1e-17 or an interval that misses k/n.
    lower = 0.0 if k == 0 else max(0.0, centre - half)
    upper = 1.0 if k == n else min(1.0, centre + half)
    return lower, upper


def newcombe_interval(k1: int, n1: int, k2: int, n2: int, z: float = _Z95) -> tuple[float, float]:
    """Newcombe hybrid score interval for p1 - p2 (method 10, Newcombe 1998).

    Combines the Wilson intervals (l1, u1) and (l2, u2) of the two proportions:
    lower = d - sqrt((p1 - l1)^2 + (u2 - p2)^2), upper = d + sqrt((u1 - p1)^2 + (p2 - l2)^2),
    where d = p1 - p2. Raises ValueError under the same conditions as wilson_interval.
    """
    l1, u1 = wilson_interval(k1, n1, z)
    l2, u2 = wilson_interval(k2, n2, z)
    p1, p2 = k1 / n1, k2 / n2
    d = p1 - p2
    lower = d - math.hypot(p1 - l1, u2 - p2)
    upper = d + math.hypot(u1 - p1, p2 - l2)
    # Mathematically lower >= l1 - u2 >= -1 (and symmetrically for upper); clamp only
    # guards against the last ulp of rounding.
    return max(-1.0, lower), min(1.0, upper)


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
    pooled = dict(Counter(counts_a) + Counter(counts_b))
    (n_a, observed_sum, _), (n_b, sum_b, _) = _moments(counts_a), _moments(counts_b)
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
    counts = _sum_distribution([(s, c, 0) for s, c in sorted(pooled.items())], small)
    extreme = sum(w for (_, s), w in counts.items() if abs(n * s - small * total) >= threshold)
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
                        if (permutation_test(expand(new[0]), expand(new[1])).p_value < alpha) != significant:
                            return Fragility(k)
                        if tried >= budget:
                            return Fragility(None, more_than=k - 1)
                        nxt.append(new)
        frontier = nxt
    return Fragility(None)
