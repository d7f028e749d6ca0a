"""Exact tests and score intervals for small counts, using only the standard library.

Inspection data are tiny (a handful of providers per group), so large-sample
approximations such as the chi-squared test or the Wald interval are misleading.
scipy is deliberately not a dependency: the three routines needed here are short.
"""

from __future__ import annotations

import math
from fractions import Fraction

# Two-sided 95% normal quantile, norm.ppf(0.975), written out so callers need no scipy.
_Z95 = 1.959963984540054

# R's fisher.test and SciPy treat tables within this relative distance of the observed
# probability as "as extreme"; matching them keeps our p-values comparable with theirs.
_FISHER_RTOL = Fraction(1, 10**7)


def fisher_exact(a: int, b: int, c: int, d: int) -> float:
    """Two-sided Fisher exact p-value for the 2x2 table [[a, b], [c, d]].

    Rows are groups and columns are success/failure. The p-value is the total
    hypergeometric probability of every table with the same margins that is no more
    likely than the observed one (relative tolerance 1e-7, as in R and SciPy).

    Raises ValueError if any count is negative.
    """
    if min(a, b, c, d) < 0:
        raise ValueError(f"counts must be non-negative, got {[[a, b], [c, d]]}")
    row1, row2, col1 = a + b, c + d, a + c
    # Tables sharing the margins are indexed by their top-left cell x. Each weight
    # C(row1, x) * C(row2, col1 - x) is proportional to its probability; working in
    # exact integers avoids both rounding error at small n and overflow at large n.
    lo, hi = max(0, col1 - row2), min(row1, col1)
    weights = [math.comb(row1, lo) * math.comb(row2, col1 - lo)]
    for x in range(lo, hi):
        # Stepping by the ratio of neighbouring terms is ~100x faster than calling
        # math.comb per table at n ~ 5000. The floor division is exact because the
        # result, C(row1, x + 1) * C(row2, col1 - x - 1), is itself an integer.
        weights.append(weights[-1] * (row1 - x) * (col1 - x) // ((x + 1) * (row2 - col1 + x + 1)))
    observed = weights[a - lo]
    cutoff = observed * (1 + _FISHER_RTOL)
    extreme = sum(w for w in weights if w <= cutoff)
    # Fraction -> float rounds correctly even when both integers exceed float range.
    return float(Fraction(extreme, sum(weights)))


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
