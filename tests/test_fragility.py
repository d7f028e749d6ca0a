"""Tests for probstat.stats.fragility: smallest attainable p, Holm's adjustment and fragility.

Fragility is checked by enumerating one-step changes with test_permutation.py's reference; Holm's adjustment and
the smallest attainable p by hand, the working in the comments.
"""

from __future__ import annotations

import itertools
from fractions import Fraction

import pytest

# the permutation test's enumeration reference and the 2018-19 ratings, worked out there
from test_permutation import CRC_2018, NPS_2018, _counts_permutation_p

import probstat.stats.fragility
from probstat.stats import (
    fisher_fragility,
    holm,
    permutation_fragility,
)


def test_holm_by_hand() -> None:
    # Sorted 0.01, 0.03, 0.04 with m = 3: 3*0.01 = 0.03; 2*0.03 = 0.06; 1*0.04 = 0.04 -> max(0.06, 0.04).
    assert holm([0.01, None, 0.04, 0.03]) == [pytest.approx(0.03), None, pytest.approx(0.06), pytest.approx(0.06)]
    assert holm([0.5, 0.9]) == [1.0, 1.0]
    assert holm([]) == []


def test_fisher_fragility_hmip_2018_19() -> None:
    from scipy.stats import fisher_exact as sp_fisher

    # [[5, 2], [1, 20]]: every table 1 or 2 flips away keeps p < 0.05; some table 3 away reaches 0.05.
    def p(a: int, c: int) -> float:
        return sp_fisher([[a, 7 - a], [c, 21 - c]]).pvalue

    def within(k: int) -> list[tuple[int, int]]:
        return [(a, c) for a in range(8) for c in range(22) if abs(a - 5) + abs(c - 1) == k]

    assert all(p(a, c) < 0.05 for k in (1, 2) for a, c in within(k))
    assert any(p(a, c) >= 0.05 for a, c in within(3))
    assert fisher_fragility(5, 2, 1, 20) == 3


def test_fisher_fragility_when_not_significant() -> None:
    from scipy.stats import fisher_exact as sp_fisher

    # [[3, 1], [1, 3]] has p = 34/70; [[4, 0], [0, 4]], 2 flips away, has p = 2/70 = 0.029, and no single
    # flip gets below 0.05 (the four one-flip tables, checked with scipy).
    singles = [(4, 1), (2, 1), (3, 0), (3, 2)]
    assert all(sp_fisher([[a, 4 - a], [c, 4 - c]]).pvalue >= 0.05 for a, c in singles)
    assert sp_fisher([[4, 0], [0, 4]]).pvalue < 0.05
    assert fisher_fragility(3, 1, 1, 3) == 2


def test_permutation_fragility_hmip_2018_19() -> None:
    # One-step changes: every single one keeps p < 0.05 (enumerated with the count-walk reference), and some
    # pair of one-step changes reaches 0.05.
    def neighbours(a: list[int], b: list[int]):
        for side, group in ((0, a), (1, b)):
            for i in range(len(group)):
                for step in (-1, 1):
                    if 0 <= group[i] + step <= 3:
                        moved = group[:i] + [group[i] + step] + group[i + 1:]
                        yield (moved, b) if side == 0 else (a, moved)

    ones = list(neighbours(NPS_2018, CRC_2018))
    assert all(_counts_permutation_p(a, b) < Fraction(5, 100) for a, b in ones)
    # Two steps that cross: one NPS division Good -> Inadequate (two one-step changes), p = 14867/197340 = 0.075
    # (found by enumerating every pair of one-step changes with the reference; two divisions Good ->
    # Requires improvement, by contrast, still give 37/1170 = 0.032).
    assert _counts_permutation_p([2, 2, 2, 2, 1, 1, 0], CRC_2018) == Fraction(14867, 197340)
    assert _counts_permutation_p([2, 2, 2, 1, 1, 1, 1], CRC_2018) == Fraction(37, 1170)
    assert permutation_fragility(NPS_2018, CRC_2018) == 2

# --- issue 24: what the statistics can say ------------------------------------------------------------------


@pytest.mark.parametrize(("n_a", "n_b"), [(1, 1), (1, 2), (2, 2), (1, 3), (2, 3), (3, 3), (2, 4)])
def test_min_attainable_p_is_the_smallest_p_any_data_give(n_a, n_b):
    # Brute force over every table of Good-or-better counts and every assignment of 0-3 scores.
    fisher = min(probstat.stats.fisher_exact(a, n_a - a, c, n_b - c) for a in range(n_a + 1) for c in range(n_b + 1))
    perm = min(probstat.stats.permutation_test(list(xs[:n_a]), list(xs[n_a:])).p_value
               for xs in itertools.product(range(4), repeat=n_a + n_b))
    floor = probstat.stats.min_attainable_p(n_a, n_b)
    assert fisher == pytest.approx(floor) and perm == pytest.approx(floor)


def test_min_attainable_p_of_seven_against_one():
    # 7 NPS divisions against 1 CRC: 8 labellings, so never below 1/8, whatever the ratings (issue 24).
    assert probstat.stats.min_attainable_p(7, 1) == 1 / 8
    assert probstat.stats.min_attainable_p(7, 21) == 1 / 1184040

def test_fragility_says_more_than_when_the_search_stops(monkeypatch):
    # SYNTHETIC: 9 providers all Good against 26 all Requires improvement. The exact breadth-first search
    # finds 6 one-step changes; with a budget of 10 tests it stops inside the second level of changes, so all
    # it may say is "more than 1", never "none would".
    nps, crc = {2: 9}, {1: 26}
    assert probstat.stats.permutation_fragility_search(nps, crc).changes == 6
    monkeypatch.setattr(probstat.stats.fragility, "FRAGILITY_BUDGET", 10)
    stopped = probstat.stats.permutation_fragility_search(nps, crc)
    assert (stopped.changes, stopped.more_than, stopped.searched) == (None, 1, True)
    assert probstat.stats.permutation_fragility(nps, crc) is None  # the old interface keeps its answer
    fisher = probstat.stats.fisher_fragility_search(9, 0, 0, 26)
    assert fisher.changes is None and fisher.more_than is not None and fisher.more_than >= 1
