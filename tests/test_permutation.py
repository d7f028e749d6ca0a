"""Tests for probstat.stats.permutation: the permutation test, shift interval and ordinal effect size.

Each p-value is checked against an enumeration of every split written here (exact fractions), and the
normal path against scipy (a test-only dependency); pinned values are worked out by hand in the comments.
"""

from __future__ import annotations

import itertools
import math
import random
from fractions import Fraction

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import probstat.stats.permutation
from probstat.stats import (
    permutation_test,
    shift_interval,
)

# --- Permutation test of mean scores ---------------------------------------------------------------------
#
# References below enumerate splits directly (itertools.combinations) or walk count vectors with products
# of binomial coefficients: neither uses the dynamic programme under test.

NPS_2018 = [2] * 5 + [1] * 2  # 5 Good, 2 Requires improvement
CRC_2018 = [2] + [1] * 19 + [0]  # 1 Good, 19 Requires improvement, 1 Inadequate


def _brute_permutation_p(a: list, b: list, shift: Fraction = Fraction(0)) -> Fraction:
    """Share of all splits of the pooled (a - shift, b) values with |mean difference| >= the observed one."""
    values = [Fraction(x) - shift for x in a] + [Fraction(x) for x in b]
    n_a, total = len(a), sum(values)
    observed = abs(sum(values[:n_a]) / n_a - (total - sum(values[:n_a])) / len(b))
    hits = count = 0
    for chosen in itertools.combinations(range(len(values)), n_a):
        s = sum(values[i] for i in chosen)
        count += 1
        hits += abs(s / n_a - (total - s) / len(b)) >= observed
    return Fraction(hits, count)


def _counts_permutation_p(a: list, b: list, shift: Fraction = Fraction(0)) -> Fraction:
    """The same p-value by walking how many of each distinct (value, origin) the first group takes."""
    groups: dict[Fraction, int] = {}
    for x in a:
        groups[Fraction(x) - shift] = groups.get(Fraction(x) - shift, 0) + 1
    for x in b:
        groups[Fraction(x)] = groups.get(Fraction(x), 0) + 1
    values, counts = list(groups), list(groups.values())
    n_a, n_b = len(a), len(b)
    total = sum(v * c for v, c in groups.items())
    s_obs = sum(Fraction(x) - shift for x in a)
    observed = abs(s_obs / n_a - (total - s_obs) / n_b)
    hits = 0
    for take in itertools.product(*(range(c + 1) for c in counts)):
        if sum(take) != n_a:
            continue
        s = sum(v * t for v, t in zip(values, take, strict=True))
        if abs(s / n_a - (total - s) / n_b) >= observed:
            hits += math.prod(math.comb(c, t) for c, t in zip(counts, take, strict=True))
    return Fraction(hits, math.comb(n_a + n_b, n_a))


def test_permutation_hmip_2018_19_overall() -> None:
    # Pooled: six 2s, twenty-one 1s, one 0; N = 28, total T = 33; NPS n = 7 with sum 12.
    # |mean_a - mean_b| >= observed  <=>  |28 S - 7 * 33| >= |28 * 12 - 231| = 105  <=>  S >= 12 or S <= 4.
    # Taking j2 twos, j0 zeros and 7 - j2 - j0 ones gives S = j2 - j0 + 7, so S >= 12 needs j2 - j0 >= 5:
    #   (5, 0): C(6,5) C(1,0) C(21,2) = 6 * 210 = 1260;  (6, 0): C(21,1) = 21;  (6, 1): C(21,0) = 1.
    # S <= 4 needs j2 - j0 <= -3: impossible. p = 1282 / C(28, 7) = 1282 / 1184040 = 0.0010827.
    result = permutation_test(NPS_2018, CRC_2018)
    assert result.exact and result.splits == 1184040 == math.comb(28, 7)
    assert result.p_value == 1282 / 1184040
    assert f"{result.p_value:.3g}" == "0.00108"
    assert result.difference == pytest.approx(12 / 7 - 1)
    assert float(_counts_permutation_p(NPS_2018, CRC_2018)) == result.p_value


@settings(max_examples=60, deadline=None)
@given(st.lists(st.integers(0, 3), min_size=1, max_size=6), st.lists(st.integers(0, 3), min_size=1, max_size=7))
def test_permutation_matches_enumeration(a: list[int], b: list[int]) -> None:
    assert permutation_test(a, b).p_value == float(_brute_permutation_p(a, b))


def test_permutation_is_symmetric_in_groups_and_bounded() -> None:
    a, b = [3, 2, 2, 1], [1, 1, 0, 2, 1, 0]
    assert permutation_test(a, b).p_value == permutation_test(b, a).p_value
    assert permutation_test([1, 1], [1, 1, 1]).p_value == 1.0  # every split has difference 0


def test_permutation_normal_path_for_large_groups(monkeypatch: pytest.MonkeyPatch) -> None:
    # Forced onto the normal path: mean and variance of the sum of a simple random sample without replacement.
    monkeypatch.setattr(probstat.stats.permutation, "PERMUTATION_EXACT_WORK", 0)
    a, b = NPS_2018, CRC_2018
    pooled = a + b
    mu = sum(pooled) / 28  # 33/28
    ss = sum((x - mu) ** 2 for x in pooled)  # 6(2-33/28)^2 + 21(1-33/28)^2 + (33/28)^2 = 5.10714...
    sd = math.sqrt(7 * 21 * ss / (28 * 27))
    z = (12 - 7 * mu) / sd
    result = permutation_test(a, b)
    assert not result.exact and result.splits is None
    from scipy.stats import norm

    assert result.p_value == pytest.approx(2 * norm.sf(abs(z)), rel=1e-12)


def test_permutation_rejects_bad_scores() -> None:
    with pytest.raises(ValueError):
        permutation_test([], [1])
    with pytest.raises(ValueError):
        permutation_test([-1], [1])
    with pytest.raises(TypeError):
        permutation_test([1.5], [1])


def test_permutation_million_rows_takes_normal_path() -> None:
    rng = random.Random(7)
    a = [rng.randint(0, 3) for _ in range(250_000)]
    b = [rng.randint(0, 3) for _ in range(750_000)]
    result = permutation_test(a, b)
    assert not result.exact and 0.0 <= result.p_value <= 1.0
    assert not shift_interval(a, b).exact


# --- Shift interval ----------------------------------------------------------------------------------------


def _accepted(a: list, b: list, d: Fraction) -> bool:
    return _counts_permutation_p(a, b, d) > Fraction(5, 100)


def test_shift_interval_hmip_2018_19() -> None:
    # Independent check: the enumerated p(d) is above 0.05 at both ends and at most 0.05 just outside.
    ci = shift_interval(NPS_2018, CRC_2018)
    assert ci.exact
    low, high = Fraction(ci.low).limit_denominator(1000), Fraction(ci.high).limit_denominator(1000)
    assert (low, high) == (Fraction(2, 5), Fraction(1))
    eps = Fraction(1, 10**6)
    assert _accepted(NPS_2018, CRC_2018, low) and _accepted(NPS_2018, CRC_2018, high)
    assert not _accepted(NPS_2018, CRC_2018, low - eps) and not _accepted(NPS_2018, CRC_2018, high + eps)
    assert low < Fraction(5, 7) < high


@pytest.mark.parametrize("a,b", [([3, 2, 2], [1, 0, 1, 2]), ([2, 2, 1, 1], [1, 0, 0, 1, 2]),
                                 ([0, 1, 3, 2, 2], [1, 1, 0, 2, 0, 0])])
def test_shift_interval_matches_grid_search(a: list[int], b: list[int]) -> None:
    ci = shift_interval(a, b)
    low, high = (Fraction(x).limit_denominator(10**6) for x in (ci.low, ci.high))
    eps = Fraction(1, 10**6)
    assert _accepted(a, b, low) and _accepted(a, b, high)
    assert not _accepted(a, b, low - eps) and not _accepted(a, b, high + eps)
    # No accepted shift outside the reported hull, on a grid of steps of 1/60 over [-4, 4].
    for i in range(-240, 241):
        d = Fraction(i, 60)
        if d < low or d > high:
            assert not _accepted(a, b, d), d


def test_shift_interval_unbounded_for_tiny_groups() -> None:
    # One score against one: only 2 splits, so p >= 1/2 at every shift and no shift is rejected.
    ci = shift_interval([2], [1])
    assert ci.low == -math.inf and ci.high == math.inf


def test_shift_interval_welch_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(probstat.stats.permutation, "SHIFT_EXACT_WORK", 0)
    from scipy import stats as sp

    a, b = NPS_2018, CRC_2018
    ci = shift_interval(a, b)
    half = sp.norm.ppf(0.975) * math.sqrt(sp.tvar(a) / 7 + sp.tvar(b) / 21)
    assert not ci.exact
    assert (ci.low, ci.high) == (pytest.approx(5 / 7 - half), pytest.approx(5 / 7 + half))

def test_shift_interval_mirrors_when_the_first_group_is_larger() -> None:
    # Swapping the groups negates the difference, so the interval is mirrored: (0.4, 1) -> (-1, -0.4).
    ci = shift_interval(CRC_2018, NPS_2018)
    assert (ci.low, ci.high) == (pytest.approx(-1.0), pytest.approx(-0.4)) and ci.exact
    # A huge group against one score: the programme picks the single score, so the exact path stays cheap.
    big = shift_interval({1: 400_000, 2: 600_000}, [2])
    assert big.exact and big.low <= 1.6 - 2 <= big.high
    # On the Welch path a group of one has no spread to measure: no bound, and no error.
    assert probstat.stats.permutation._welch_interval({1: 4, 2: 6}, {2: 1}).low == -math.inf


def test_scores_as_counts_give_the_same_answers() -> None:
    # NPS 2018-19 as counts: five 2s and two 1s; CRC: one 2, nineteen 1s, one 0.
    as_counts = ({2: 5, 1: 2}, {2: 1, 1: 19, 0: 1})
    assert permutation_test(*as_counts) == permutation_test(NPS_2018, CRC_2018)
    assert shift_interval(*as_counts) == shift_interval(NPS_2018, CRC_2018)
    with pytest.raises(ValueError):
        permutation_test({2: -1}, [1])

def test_superiority_by_hand():
    # NPS 5 Good, 2 RI; CRC 1 Good, 19 RI, 1 Inadequate (2018-19 overall ratings). Pairs NPS above CRC:
    # 5 x 20 + 2 x 1 = 102; ties 5 x 1 + 2 x 19 = 43; (102 + 21.5) / 147 = 247/294.
    assert probstat.stats.superiority({2: 5, 1: 2}, {2: 1, 1: 19, 0: 1}) == pytest.approx(247 / 294)
    assert probstat.stats.superiority([3, 3], [0, 0]) == 1.0
    assert probstat.stats.superiority([1, 2], [1, 2]) == 0.5


_GROUP = st.dictionaries(st.integers(0, 3), st.integers(0, 40), min_size=1).filter(lambda d: sum(d.values()) > 0)


@given(_GROUP, _GROUP)
def test_superiority_interval_stays_inside_zero_one(a, b):
    result = probstat.stats.superiority_interval(a, b, resamples=200)
    pairs = [(x, y) for x, cx in a.items() for y, cy in b.items() for _ in range(cx * cy)]
    by_pairs = sum(1.0 if x > y else 0.5 if x == y else 0.0 for x, y in pairs) / len(pairs)
    assert result.estimate == pytest.approx(by_pairs)
    assert 0.0 <= result.low <= result.high <= 1.0


def test_superiority_interval_is_reproducible():
    a, b = {2: 5, 1: 2}, {2: 1, 1: 19, 0: 1}
    assert probstat.stats.superiority_interval(a, b) == probstat.stats.superiority_interval(a, b)

def test_why_gap_left_the_shift_interval():
    # SYNTHETIC: 0, 0 against 0, 3, 2, 1, 2. A difference of 0-3 scores lies in [-3, 3], but inverting the
    # permutation test over constant shifts reaches below -4 (a shift no 0-3 data can have); the ordinal
    # effect and its bootstrap interval stay inside [0, 1].
    assert probstat.stats.shift_interval([0, 0], [0, 3, 2, 1, 2]).low < -3
    ordinal = probstat.stats.superiority_interval([0, 0], [0, 3, 2, 1, 2])
    assert ordinal.estimate == pytest.approx(0.1)  # ties: 2 x 1 of 10 pairs, halved; none above
    assert 0 <= ordinal.low <= ordinal.high <= 1
