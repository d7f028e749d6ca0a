"""Pathological text for `check-claims --text`: no input may cost more than linear work in its length.

Issue 26 found "1 ", "one in " and "nearly " repeated to 1 MB running past 120 s. Each test here times the text
reader on growing repetitions of one word of its vocabulary (and, under hypothesis, of random mixtures of
them) and fails when four times the text costs clearly more than four times the time (superlinear growth).
It times CPU, not the wall clock, and asserts only the growth: how fast the reader is (1 MB in under 10 s) is
bench/bench.py's to measure, since a fixed budget in seconds fails on a busy machine. Sizes are small in the
README's run and four times larger under `--hypothesis-profile=ci`. The texts are synthetic.
"""

from __future__ import annotations

import time

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from probstat.claims.verify import check_text
from probstat.loader import load

#: Words and short phrases the reader treats specially: figures, number words, quantifiers, ratings,
#: sectors, rounds, units. Written out here (not imported) so that the test outlives a rewrite of the reader.
WORDS = ("1 ", "one in ", "nearly ", "twenty ", "half ", "per cent ", "out of ", "more than ", "around ",
         "Good ", "NPS ", "CRC ", "rated ", "2018-19 ", "people ", "of the ", "three-quarters ", "1,000 ", "45% ",
         "one ", "hundred ", "and ", "a third ", "in ", ". ", "the CRC ")
#: Four times the text may take this many times as long (4 for linear work, 16 for quadratic): room for noise.
GROWTH_LIMIT = 8.0
#: Timings below this are noise, not growth.
FLOOR = 0.05


def _size() -> int:
    return 16_000 if settings.default.max_examples >= 1000 else 2_000


@pytest.fixture(scope="module")
def frame():
    return load()


def _seconds(frame, text: str, runs: int = 1) -> float:
    """The best of ``runs`` CPU timings of reading ``text``."""
    best = float("inf")
    for _ in range(runs):
        start = time.process_time()
        check_text(frame, text, max_chars=len(text) + 1)
        best = min(best, time.process_time() - start)
    return best


def _check_growth(frame, unit: str) -> None:
    small_n = _size()
    small = unit * (small_n // len(unit))
    large = unit * (4 * small_n // len(unit))
    t_small = _seconds(frame, small, runs=2)  # the first run also warms caches
    t_large = _seconds(frame, large, runs=2)  # (the best of two: one run on a loaded machine may be slowed alone)
    assert t_large <= GROWTH_LIMIT * max(t_small, FLOOR), (
        f"{unit!r}: {len(small):,} characters took {t_small:.3f} s, {len(large):,} took {t_large:.3f} s")


@pytest.mark.parametrize("word", WORDS, ids=[repr(w) for w in WORDS])
def test_repeating_one_word_costs_linear_time(frame, word):
    _check_growth(frame, word)


@settings(deadline=None, max_examples=5, suppress_health_check=[HealthCheck.too_slow])
@given(st.lists(st.sampled_from(WORDS), min_size=2, max_size=5))
def test_repeating_a_mixture_of_words_costs_linear_time(frame, words):
    _check_growth(frame, "".join(words))


def test_a_text_of_one_sentence_per_line_is_linear(frame):
    # Many short sentences, each a true-or-false statement: the ordinary shape of a long document.
    _check_growth(frame, "28 probation services were inspected in 2018-19.\n")
