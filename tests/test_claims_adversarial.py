"""Adversarial sentences (tests/fixtures/claims_sentences/adversarial.csv): true and false statements about the
bundled data in forms chosen to trip the reader (changes between inspections, negation in other words, hedges,
members of a count, regions, publication dates), written by a second tester from the data with each verdict
worked out by hand (the `why` column). The reader was corrected on their failures, so they guard against
regressions rather than measure it: a false sentence is never supported and a true one never contradicted."""

from __future__ import annotations

import csv
from pathlib import Path

from probstat.claims.verify import check_text
from probstat.loader import load

ROWS = list(csv.DictReader((Path(__file__).parent / "fixtures" / "claims_sentences" / "adversarial.csv")
                           .open(encoding="utf-8")))


def _text_verdict(text: str) -> str:
    table = check_text(FRAME, text + "\n")
    verdicts = set(table["sentence_verdict"].astype(str)) if len(table) else set()
    if "contradicted" in verdicts:
        return "contradicted"
    return "supported" if verdicts == {"supported"} else "undecided"


FRAME = load()


def test_the_set_is_balanced_and_cites_the_data():
    counts = {v: sum(r["verdict"] == v for r in ROWS) for v in ("supported", "contradicted")}
    assert len(ROWS) == counts["supported"] + counts["contradicted"] > 900
    assert min(counts.values()) > 400
    assert all(r["why"].strip() for r in ROWS)


def test_no_opposite_verdict():
    opposite = [(r["verdict"], got, r["text"].splitlines()[-1]) for r in ROWS
                if (got := _text_verdict(r["text"])) in ("supported", "contradicted") and got != r["verdict"]]
    assert not opposite, opposite[:10]
