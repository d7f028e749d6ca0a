"""Tests for probstat.stats.fisher: Fisher's exact test, the Wilson and Newcombe intervals.

Pinned values were worked out independently of the code under test: by hand (working shown in comments) and
cross-checked against scipy 1.17.1 / statsmodels 0.15.0 in a throwaway venv; some tests compare against
enumeration written here, and a few import scipy (a test-only dependency) for the normal and Fisher
references.
"""

from __future__ import annotations

import math
import random
import sys
import time
import tracemalloc
from fractions import Fraction

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import probstat.stats.fisher
from probstat.stats.fisher import (
    _fisher_exact_float,
    _fisher_exact_integer,
    _fisher_log_p_float,
    fisher_exact,
    newcombe_interval,
    wilson_interval,
)


def _sig4(x: float) -> str:
    return f"{x:.4g}"


def _brute_force_fisher(a: int, b: int, c: int, d: int) -> Fraction:
    """Reference two-sided Fisher p-value: enumerate every table, exact rationals."""
    row1, row2, col1 = a + b, c + d, a + c
    n = row1 + row2

    def prob(x: int) -> Fraction:
        return Fraction(math.comb(row1, x) * math.comb(row2, col1 - x), math.comb(n, col1))

    observed = prob(a)
    cutoff = observed * (1 + Fraction(1, 10**7))
    tables = range(max(0, col1 - row2), min(row1, col1) + 1)
    return sum((prob(x) for x in tables if prob(x) <= cutoff), Fraction(0))


# --- Fisher exact: pinned values -------------------------------------------------------


def test_fisher_hmip_2018_19_nps_vs_crc() -> None:
    # NPS 5 of 7 rated Good or better, CRCs 1 of 21: [[5, 2], [1, 20]].
    # Margins: rows 7, 21; Good column 6; n = 28; C(28, 6) = 376740.
    # Tables are indexed by x = NPS-Good count, weight C(7, x) * C(21, 6 - x):
    #   x=0: 1*54264 = 54264   x=1: 7*20349 = 142443   x=2: 21*5985 = 125685
    #   x=3: 35*1330 = 46550   x=4: 35*210  = 7350     x=5: 21*21   = 441  (observed)
    #   x=6: 7*1     = 7
    # Weights <= 441: x=5 and x=6, so p = 448 / 376740 = 0.0011891...
    # scipy.stats.fisher_exact gives 0.0011891490152359714.
    p = fisher_exact(5, 2, 1, 20)
    assert _sig4(p) == "0.001189"
    assert p == pytest.approx(448 / 376740, rel=1e-12)


def test_fisher_lady_tasting_tea() -> None:
    # Margins all 4, n = 8; weights C(4, x) * C(4, 4 - x) for x = 0..4: 1, 16, 36, 16, 1 (sum 70).
    # Observed x = 3 has weight 16; tables <= 16 are x = 0, 1, 3, 4: (1 + 16 + 16 + 1) / 70 = 34/70.
    assert fisher_exact(3, 1, 1, 3) == pytest.approx(34 / 70, rel=1e-12)
    assert _sig4(fisher_exact(3, 1, 1, 3)) == "0.4857"


def test_fisher_scipy_docs_example() -> None:
    # The example in SciPy's fisher_exact docs; SciPy reports 0.0027594561852200836.
    assert _sig4(fisher_exact(1, 9, 11, 3)) == "0.002759"


def test_fisher_large_table_does_not_overflow() -> None:
    # n = 5000: factorials far exceed float range. scipy gives 1.9871463551939776e-17.
    assert fisher_exact(1500, 1000, 1200, 1300) == pytest.approx(1.98714635519e-17, rel=1e-9)
    # A perfectly balanced table is the most likely one, so every table counts: p = 1.
    assert fisher_exact(5000, 5000, 5000, 5000) == 1.0


# --- Fisher exact: edge cases -----------------------------------------------------------


@pytest.mark.parametrize(
    "table",
    [
        (0, 5, 0, 7),  # no successes at all: zero column margin
        (3, 4, 0, 0),  # empty second group: zero row margin
        (0, 0, 0, 0),
    ],
)
def test_fisher_zero_margin_gives_one(table: tuple[int, int, int, int]) -> None:
    # With a zero margin only one table is possible, so it is the whole distribution.
    assert fisher_exact(*table) == 1.0


def test_fisher_perfect_separation() -> None:
    # [[3, 0], [0, 3]]: weights C(3, x) * C(3, 3 - x) = 1, 9, 9, 1 (sum 20); the two
    # weight-1 tables are as extreme as the observed one, so p = 2/20.
    assert fisher_exact(3, 0, 0, 3) == pytest.approx(0.1, rel=1e-12)


def test_fisher_symmetry_pinned() -> None:
    p = fisher_exact(5, 2, 1, 20)
    assert fisher_exact(1, 20, 5, 2) == p  # swap rows
    assert fisher_exact(2, 5, 20, 1) == p  # swap columns
    assert fisher_exact(5, 1, 2, 20) == p  # transpose


@pytest.mark.parametrize("table", [(-1, 2, 3, 4), (1, -2, 3, 4), (1, 2, -3, 4), (1, 2, 3, -4)])
def test_fisher_rejects_negative_counts(table: tuple[int, int, int, int]) -> None:
    with pytest.raises(ValueError):
        fisher_exact(*table)


# --- Fisher exact: the floating-point path for large tables ---------------------------
#
# Tables with n <= 10,000 take the exact integer path; larger ones the floating-point
# path. The floating-point path is tested directly on small tables against exact
# integer arithmetic, and at n = 10^6 against references computed independently:
# "exact" values by streaming every table's big-integer weight (keeping only the two
# running sums, ~4 minutes per table) and reducing Fraction(extreme, total) exactly;
# SciPy 1.17.1 (throwaway venv) agrees with them to about 3e-11 relative, the float
# path to 2e-14.


def _exact_log_p(a: int, b: int, c: int, d: int) -> float:
    """Log of the exact two-sided p-value, finite even when the p-value underflows."""
    row1, row2, col1 = a + b, c + d, a + c
    weights = [math.comb(row1, x) * math.comb(row2, col1 - x) for x in range(max(0, col1 - row2), min(row1, col1) + 1)]
    observed = math.comb(row1, a) * math.comb(row2, col1 - a)
    extreme = sum(w for w in weights if w * 10**7 <= observed * (10**7 + 1))
    total = sum(weights)
    shift = total.bit_length() - extreme.bit_length()  # scale into [1/2, 2) before the float
    return math.log(Fraction(extreme << shift, total)) - shift * math.log(2)


@st.composite
def mid_tables(draw: st.DrawFn) -> tuple[int, int, int, int]:
    """Tables with 200 <= n <= 3000: the observed cell anywhere, or within ~4 sd of the mode."""
    row1 = draw(st.integers(min_value=100, max_value=1500))
    row2 = draw(st.integers(min_value=100, max_value=1500))
    n = row1 + row2
    col1 = draw(st.integers(min_value=0, max_value=n))
    lo, hi = max(0, col1 - row2), min(row1, col1)
    mode = (row1 + 1) * (col1 + 1) // (n + 2)
    sd = math.sqrt(row1 * row2 * col1 * (n - col1) / n**3) + 1
    near = st.integers(min_value=-int(4 * sd), max_value=int(4 * sd)).map(lambda k: min(hi, max(lo, mode + k)))
    x = draw(st.one_of(near, st.integers(min_value=lo, max_value=hi)))
    return x, row1 - x, col1 - x, row2 - col1 + x


def _assert_paths_agree(table: tuple[int, int, int, int]) -> None:
    exact = _fisher_exact_integer(*table)
    # Below the smallest normal float (2.2e-308) a subnormal carries fewer digits, so
    # the relative comparison gives way to an absolute one there.
    assert _fisher_exact_float(*table) == pytest.approx(exact, rel=1e-9, abs=1e-9 * sys.float_info.min)


@settings(max_examples=300, deadline=None)
@given(mid_tables())
def test_fisher_float_path_matches_integer_path(table: tuple[int, int, int, int]) -> None:
    _assert_paths_agree(table)
    # The log agrees too, even where the p-value itself underflows to 0.0.
    assert _fisher_log_p_float(*table) == pytest.approx(_exact_log_p(*table), rel=1e-12, abs=1e-9)


def test_fisher_float_path_matches_integer_path_seeded() -> None:
    # A fixed sample as well as hypothesis's, so a regression shows on every run.
    rng = random.Random(20240501)
    worst = 0.0
    for _ in range(400):
        row1, row2 = rng.randint(100, 1500), rng.randint(100, 1500)
        col1 = rng.randint(0, row1 + row2)
        lo, hi = max(0, col1 - row2), min(row1, col1)
        x = rng.randint(lo, hi)
        table = (x, row1 - x, col1 - x, row2 - col1 + x)
        exact = _fisher_exact_integer(*table)
        if exact >= sys.float_info.min:
            worst = max(worst, abs(_fisher_exact_float(*table) - exact) / exact)
        _assert_paths_agree(table)
    assert worst < 1e-11  # measured 3e-13


@pytest.mark.parametrize(
    "table",
    [
        (2550, 2450, 2500, 2500),  # n = 10,000: still the integer path
        (2550, 2450, 2500, 2501),  # n = 10,001: the first float-path size
        (2600, 2400, 2500, 2501),
        (5001, 4000, 1000, 0),
        (3, 4997, 12, 4989),  # rare events, small expected counts
        (0, 5000, 9, 4992),
    ],
)
def test_fisher_paths_agree_at_the_threshold(table: tuple[int, int, int, int]) -> None:
    _assert_paths_agree(table)
    assert fisher_exact(*table) == pytest.approx(_fisher_exact_integer(*table), rel=1e-9)


def test_fisher_path_chosen_by_n(monkeypatch: pytest.MonkeyPatch) -> None:
    def boom(*table: int) -> float:
        raise AssertionError(f"wrong path for {table}")

    monkeypatch.setattr(probstat.stats.fisher, "_fisher_exact_float", boom)
    assert fisher_exact(5, 2, 1, 20) == pytest.approx(448 / 376740, rel=1e-12)
    fisher_exact(2550, 2450, 2500, 2500)  # n = 10,000
    monkeypatch.undo()
    monkeypatch.setattr(probstat.stats.fisher, "_fisher_exact_integer", boom)
    fisher_exact(2550, 2450, 2500, 2501)  # n = 10,001


# n = 10^6 tables: (table, exact p-value, exact natural log of the p-value).
MILLION = [
    # Near-null: rows 50.02% vs 50.00% Good. SciPy: 0.8430450730552606.
    ((250100, 249900, 250000, 250000), 0.8430450730357207, -0.1707348549888294),
    # SciPy: 5.790622547070933e-07.
    ((252500, 247500, 250000, 250000), 5.790622547027155e-07, -14.36185584407789),
    # SciPy: 1.8995037452075764e-72.
    ((259000, 241000, 250000, 250000), 1.899503745148113e-72, -165.14453403027824),
    # A zero cell with rare events. SciPy: 1.265323296879235e-20.
    ((0, 600000, 50, 399950), 1.2653232967119982e-20, -45.81637419983069),
    # Unequal rows, 1.7% vs 2.3%. SciPy: 9.650163316159959e-96.
    ((10000, 590000, 9000, 391000), 9.650163315216852e-96, -218.78119408836403),
]


@pytest.mark.parametrize("table,p,log_p", MILLION)
def test_fisher_million_pinned(table: tuple[int, int, int, int], p: float, log_p: float) -> None:
    assert 0.0 < fisher_exact(*table) <= 1.0
    # Measured: within 2e-14 relative of the exact values; SciPy is within 3e-11.
    assert fisher_exact(*table) == pytest.approx(p, rel=1e-12)
    assert _fisher_log_p_float(*table) == pytest.approx(log_p, rel=1e-12, abs=1e-13)


def test_fisher_million_fast_and_small() -> None:
    # The integer path took 1.5 s and 450 MB at n = 10^5 and ~22 GB at n = 10^6; the
    # float path takes about 2 ms and under 1 kB here. The bounds are generous for CI.
    tables = [table for table, _, _ in MILLION] + [(300000, 200000, 250000, 250000)]
    start = time.perf_counter()
    for table in tables:
        fisher_exact(*table)
    assert time.perf_counter() - start < 1.0
    tracemalloc.start()
    try:
        for table in tables:
            fisher_exact(*table)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 64 * 1024


def test_fisher_million_symmetric() -> None:
    a, b, c, d = 252500, 247500, 250000, 250000
    p = fisher_exact(a, b, c, d)
    for table in [(c, d, a, b), (b, a, d, c), (a, c, b, d), (d, c, b, a)]:
        assert fisher_exact(*table) == pytest.approx(p, rel=1e-11)


# --- Fisher exact: p-values at the bottom of float range --------------------------------
#
# The p-value is returned as 0.0 only when it rounds to zero as a float, i.e. when it is
# below half the smallest subnormal, 2^-1075 (log = -745.13). The floating-point path
# keeps the log finite however small the p-value, so the boundary falls where it should.


@pytest.mark.parametrize(
    "table,p,log_p",
    [
        ((259500, 240500, 240500, 259500), 5.2333217e-316, -725.9618431930928),  # subnormal
        ((259624, 240376, 240376, 259624), 5e-324, -744.9540683995201),  # the smallest subnormal, 5e-324
        ((259626, 240374, 240374, 259626), 0.0, -745.2624122124475),  # just below: rounds to 0.0
        # ~5e-2200, far below float range; SciPy also gives 0.0.
        ((300000, 200000, 250000, 250000), 0.0, -5064.023263893885),
    ],
)
def test_fisher_million_underflow(table: tuple[int, int, int, int], p: float, log_p: float) -> None:
    assert fisher_exact(*table) == pytest.approx(p, rel=1e-9, abs=1e-9 * sys.float_info.min)
    assert (fisher_exact(*table) == 0.0) == (p == 0.0)
    assert _fisher_log_p_float(*table) == pytest.approx(log_p, rel=1e-12)


def test_fisher_integer_path_underflow_is_zero() -> None:
    # n = 10,000: p = 2 / C(10000, 5000) ~ 6e-3009; the exact Fraction rounds to 0.0.
    assert fisher_exact(5000, 0, 0, 5000) == 0.0
    assert _fisher_log_p_float(5000, 0, 0, 5000) == pytest.approx(
        math.log(2) - math.log(math.comb(10000, 5000)), rel=1e-12
    )


@settings(deadline=None)
@given(
    st.integers(min_value=0, max_value=10**6),
    st.integers(min_value=0, max_value=10**6),
    st.integers(min_value=0, max_value=10**6),
    st.integers(min_value=0, max_value=10**6),
)
def test_fisher_large_p_in_unit_interval(a: int, b: int, c: int, d: int) -> None:
    log_p = _fisher_log_p_float(a, b, c, d)
    assert math.isfinite(log_p) and log_p <= 0.0
    assert 0.0 <= fisher_exact(a, b, c, d) <= 1.0
    assert _fisher_exact_float(a, b, c, d) == min(1.0, math.exp(log_p))


# --- Wilson ----------------------------------------------------------------------------
#
# Wilson: centre = (k + z^2/2) / (n + z^2), half = z / (n + z^2) * sqrt(k(n - k)/n + z^2/4),
# z = 1.959964, z^2 = 3.841459.


def test_wilson_nps_5_of_7() -> None:
    # centre = 6.920729 / 10.841459 = 0.638358
    # half   = 0.180784 * sqrt(10/7 + 0.960365) = 0.180784 * 1.545618 = 0.279423
    # -> (0.358935, 0.917781); statsmodels wilson: (0.3589344518, 0.9177810760).
    lo, hi = wilson_interval(5, 7)
    assert lo == pytest.approx(0.3589, abs=5e-5)
    assert hi == pytest.approx(0.9178, abs=5e-5)


def test_wilson_crc_1_of_21() -> None:
    # centre = 2.920729 / 24.841459 = 0.117575
    # half   = 0.078899 * sqrt(20/21 + 0.960365) = 0.078899 * 1.383020 = 0.109119
    # -> (0.008456, 0.226694); statsmodels wilson: (0.0084559878, 0.2266936007).
    lo, hi = wilson_interval(1, 21)
    assert lo == pytest.approx(0.0085, abs=5e-5)
    assert hi == pytest.approx(0.2267, abs=5e-5)


def test_wilson_k_zero_and_k_n() -> None:
    # k = 0: half == centre, so lower = 0 and upper = z^2 / (n + z^2) = 3.841459 / 13.841459.
    assert wilson_interval(0, 10) == (0.0, pytest.approx(0.2775, abs=5e-5))
    # k = n mirrors it: (1 - 0.277533, 1).
    assert wilson_interval(10, 10) == (pytest.approx(0.7225, abs=5e-5), 1.0)


@pytest.mark.parametrize("k,n,z", [(0, 0, 1.96), (1, -1, 1.96), (-1, 5, 1.96), (6, 5, 1.96), (1, 5, 0.0)])
def test_wilson_rejects_bad_input(k: int, n: int, z: float) -> None:
    with pytest.raises(ValueError):
        wilson_interval(k, n, z)


# --- Newcombe --------------------------------------------------------------------------


def test_newcombe_nps_minus_crc() -> None:
    # p1 = 5/7 = 0.714286, (l1, u1) = (0.358934, 0.917781)
    # p2 = 1/21 = 0.047619, (l2, u2) = (0.008456, 0.226694); d = 0.666667
    # lower = d - sqrt(0.355351^2 + 0.179075^2) = d - 0.397923 = 0.268744
    # upper = d + sqrt(0.203495^2 + 0.039163^2) = d + 0.207230 = 0.873896
    # statsmodels confint_proportions_2indep(method="newcomb"): (0.2687442932, 0.8738962676).
    lo, hi = newcombe_interval(5, 7, 1, 21)
    assert lo == pytest.approx(0.2687, abs=5e-5)
    assert hi == pytest.approx(0.8739, abs=5e-5)


def test_newcombe_extremes() -> None:
    # 0/10 vs 10/10: d = -1, (l1, u1) = (0, 0.277533), (l2, u2) = (0.722467, 1).
    # lower = -1 - sqrt(0^2 + 0^2) = -1
    # upper = -1 + sqrt(0.277533^2 + 0.277533^2) = -1 + 0.392491 = -0.607509
    # statsmodels: (-1.0, -0.6075093504).
    lo, hi = newcombe_interval(0, 10, 10, 10)
    assert lo == -1.0
    assert hi == pytest.approx(-0.6075, abs=5e-5)


def test_newcombe_rejects_empty_group() -> None:
    with pytest.raises(ValueError):
        newcombe_interval(1, 5, 0, 0)


# --- Properties ------------------------------------------------------------------------

counts = st.integers(min_value=0, max_value=100)
small = st.integers(min_value=0, max_value=30)
zs = st.floats(min_value=0.1, max_value=5.0)


@st.composite
def proportion(draw: st.DrawFn) -> tuple[int, int]:
    n = draw(st.integers(min_value=1, max_value=500))
    return draw(st.integers(min_value=0, max_value=n)), n


@settings(deadline=None)  # a shared, loaded machine must not turn slowness into failures
@given(counts, counts, counts, counts)
def test_fisher_p_in_unit_interval(a: int, b: int, c: int, d: int) -> None:
    # Counts stay <= 100 so the smallest possible p (~1/C(400, 200)) is still a normal float.
    assert 0.0 < fisher_exact(a, b, c, d) <= 1.0


@settings(deadline=None)  # a shared, loaded machine must not turn slowness into failures
@given(counts, counts, counts, counts)
def test_fisher_symmetric(a: int, b: int, c: int, d: int) -> None:
    p = fisher_exact(a, b, c, d)
    assert fisher_exact(c, d, a, b) == pytest.approx(p, rel=1e-12)
    assert fisher_exact(b, a, d, c) == pytest.approx(p, rel=1e-12)
    assert fisher_exact(a, c, b, d) == pytest.approx(p, rel=1e-12)


# A shared, loaded machine must not turn slowness into failures; the filter keeps tables small enough to
# enumerate and rejects many draws by design, which must not fail the run on an unlucky seed either.
@settings(deadline=None, suppress_health_check=[HealthCheck.filter_too_much])
@given(st.lists(small, min_size=4, max_size=4).filter(lambda t: sum(t) <= 30))
def test_fisher_matches_brute_force(table: list[int]) -> None:
    assert fisher_exact(*table) == float(_brute_force_fisher(*table))


@settings(deadline=None)  # a shared, loaded machine must not turn slowness into failures
@given(proportion(), zs)
def test_wilson_contains_estimate(kn: tuple[int, int], z: float) -> None:
    k, n = kn
    lo, hi = wilson_interval(k, n, z)
    assert 0.0 <= lo <= k / n <= hi <= 1.0


@settings(deadline=None)  # a shared, loaded machine must not turn slowness into failures
@given(proportion(), proportion(), zs)
def test_newcombe_contains_difference(kn1: tuple[int, int], kn2: tuple[int, int], z: float) -> None:
    (k1, n1), (k2, n2) = kn1, kn2
    lo, hi = newcombe_interval(k1, n1, k2, n2, z)
    assert -1.0 <= lo <= k1 / n1 - k2 / n2 <= hi <= 1.0
