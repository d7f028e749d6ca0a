"""Fisher's exact test for a 2x2 table and the Wilson and Newcombe intervals for proportions."""

from __future__ import annotations

import math
import operator
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
