"""read_shapes._Index: the rows a sentence's codes could match, found by bits, are those its sets of codes say."""

from __future__ import annotations

import random

from probstat.claims import read_shapes
from probstat.claims.shapes import SHAPES


def test_rows_by_bits_are_the_rows_by_sets() -> None:
    idx = read_shapes._index(SHAPES)
    letters = sorted({c for *_, needs in idx.rows for one in needs for c in one} | set("w,gh"))
    rng = random.Random(20261206)
    for _ in range(5000):
        present = frozenset(rng.sample(letters, rng.randint(0, len(letters))))
        want = [(shape, shape.compiled) for shape, needs in idx.rows
                if all(not present.isdisjoint(one) for one in needs)]
        assert idx._rows_for(present) == want
