"""The reporting development set itself (tests/fixtures/reporting): complete, well formed, split as stated.

These tests check the set, not the tool's score on it; the score is reported by
`python tools/score_claims.py reporting tests/fixtures/reporting`.
"""

from __future__ import annotations

import csv
import random
import re
from collections import Counter
from pathlib import Path

import pytest

ROOT = Path(__file__).parent / "fixtures" / "reporting"
HALVES = ("tune", "heldout")
VERDICTS = {"supported", "contradicted", "unverifiable", "not a claim"}
ROUND = re.compile(r"^(|other|\d{4}|\d{4}-\d{2})$")


def _index() -> list[dict[str, str]]:
    with (ROOT / "index.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def _texts() -> list[Path]:
    return sorted(p for half in HALVES for p in (ROOT / half).glob("*.txt"))


def _gold(text: Path) -> list[dict[str, str]]:
    with text.with_name(text.stem + ".gold.csv").open(encoding="utf-8", newline="") as f:
        return list(csv.DictReader(f))


def test_index_lists_every_text_once_in_its_half():
    rows = _index()
    files = [r["file"] for r in rows]
    assert len(files) == len(set(files))
    assert sorted(files) == sorted(f"{p.parent.name}/{p.name}" for p in _texts())
    for r in rows:
        assert r["half"] == r["file"].split("/")[0]
        assert r["kind"] and r["date"] and r["source_url"].startswith(("http://", "https://"))


def test_at_least_thirty_new_texts():
    new = [r for r in _index() if not r["note"].startswith("converted")]
    assert len(new) >= 30


def test_every_text_has_a_gold_and_nothing_else_lies_around():
    for half in HALVES:
        for p in (ROOT / half).iterdir():
            assert p.name.endswith((".txt", ".gold.csv")), p
            if p.name.endswith(".gold.csv"):
                assert p.with_name(p.name.replace(".gold.csv", ".txt")).exists(), p
    for text in _texts():
        assert text.with_name(text.stem + ".gold.csv").exists(), text


@pytest.mark.parametrize("text", _texts(), ids=lambda p: p.stem)
def test_gold_rows_name_a_sentence_on_their_line(text):
    lines = text.read_text(encoding="utf-8").splitlines()
    rows = _gold(text)
    assert rows, text
    for r in rows:
        assert list(r) == ["line", "anchor", "verdict", "round", "why"]
        n = int(r["line"])
        assert 1 <= n <= len(lines)
        assert r["anchor"] and lines[n - 1].count(r["anchor"]) == 1, (n, r["anchor"])
        assert r["verdict"] in VERDICTS
        assert ROUND.match(r["round"]), r["round"]
        assert r["why"].strip()


def test_bodies_carry_no_source_header():
    for text in _texts():
        first = text.read_text(encoding="utf-8").splitlines()[0]
        assert not first.lower().startswith(("source:", "note:")), text


BATCH = re.compile(r"^- texts (\d+)-(\d+): seed (\d+)", re.M)


def _deal(rows: list[dict[str, str]], seed: int) -> dict[str, str]:
    """The README's deal: per kind (alphabetical), names sorted then shuffled, dealt alternately."""
    rng = random.Random(seed)
    dealt, count = {}, {"tune": 0, "heldout": 0}
    for kind in sorted({r["kind"] for r in rows}):
        names = sorted(Path(r["file"]).stem for r in rows if r["kind"] == kind)
        rng.shuffle(names)
        first = "tune" if count["tune"] <= count["heldout"] else "heldout"
        other = "heldout" if first == "tune" else "tune"
        for k, name in enumerate(names):
            dealt[name] = first if k % 2 == 0 else other
            count[dealt[name]] += 1
    return dealt


def _batches() -> list[tuple[int, int, int]]:
    # texts added after the first split are dealt batch by batch, each with the seed README.md states,
    # so a new batch never moves a text already dealt
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return [(int(a), int(b), int(s)) for a, b, s in BATCH.findall(text)]


def _number(row: dict[str, str]) -> int:
    return int(Path(row["file"]).name.split("-")[0])


def test_halves_are_the_stated_seeded_split_balanced_by_kind():
    rows = _index()
    batches = _batches()
    groups = [[r for r in rows if not any(a <= _number(r) <= b for a, b, _ in batches)]]
    seeds = [21]
    for a, b, seed in batches:
        groups.append([r for r in rows if a <= _number(r) <= b])
        seeds.append(seed)
    for group, seed in zip(groups, seeds, strict=True):
        assert {Path(r["file"]).stem: r["half"] for r in group} == _deal(group, seed), seed
        per_kind = Counter((r["kind"], r["half"]) for r in group)
        for kind in {r["kind"] for r in group}:
            assert abs(per_kind[kind, "tune"] - per_kind[kind, "heldout"]) <= 1, (seed, kind)
        halves = Counter(r["half"] for r in group)
        assert abs(halves["tune"] - halves["heldout"]) <= 1, seed
