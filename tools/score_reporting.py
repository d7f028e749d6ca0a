"""Score `check_text` on the reporting set (tests/fixtures/reporting): one verdict per gold sentence.

A gold row names a sentence by its line and an anchor phrase. The output rows for it are those on that
line whose `sentence` contains the anchor; where the output has no `sentence` column (the reader before
issue 21), those whose `phrase` lies inside the anchor's sentence. Their sentence verdict is the
`sentence_verdict` column when present, else derived: contradicted if any row is, else supported if any
is, else unverifiable. No row means the tool made no claim of the sentence ("not a claim").

Counted per half: decidable right (gold supported or contradicted, and the tool agrees), opposite verdicts
(one says supported, the other contradicted: must be 0), and verdicts (supported or contradicted) given on
sentences gold calls unverifiable or not a claim. Each half is also reported for the new texts alone and
for the new texts about the bundled rounds (PDU and regional inspections are not bundled yet).
"""

from __future__ import annotations

import csv
import re
from collections import Counter
from pathlib import Path

from probstat.claims.verify import check_text
from probstat.loader import load

DECIDED = ("supported", "contradicted")
BUNDLED_ROUNDS = ("2018-19", "2019-20")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'”’)]?\s+(?=[\"'“‘(]?[A-Z0-9£])")
_DATE = re.compile(r"^\d{4}-\d{2}(?:-\d{2})?")


def _sentence_span(line: str, anchor: str) -> tuple[int, int]:
    """Where the sentence holding the anchor starts and ends on its line."""
    at = line.find(anchor)
    start = 0
    for m in _SENTENCE_END.finditer(line):
        if m.end() <= at:
            start = m.end()
        elif m.start() >= at + len(anchor):
            return start, m.start()
    return start, len(line)


def _rows_for(table, lines: list[str], line: int, anchor: str):
    rows = table[table["line"] == line]
    if "sentence" in table.columns:
        return rows[[anchor in str(s) for s in rows["sentence"]]]
    text = lines[line - 1]
    start, end = _sentence_span(text, anchor)
    keep, cursor = [], 0
    for phrase in rows["phrase"]:
        at = text.find(phrase, cursor)
        if at < 0:
            at = text.find(phrase)
        else:
            cursor = at + len(phrase)
        keep.append(at >= 0 and start <= at < end)
    return rows[keep]


def sentence_verdict(rows) -> str:
    """One verdict for a gold sentence from its output rows."""
    if rows.empty:
        return "not a claim"
    if "sentence_verdict" in rows.columns:
        return str(rows["sentence_verdict"].iloc[0])
    verdicts = set(rows["verdict"])
    for v in ("contradicted", "supported"):
        if v in verdicts:
            return v
    return "unverifiable"


def _judge_text(frame, text_path: Path, as_of: str | None) -> list[dict]:
    text = text_path.read_text(encoding="utf-8")
    table, lines = check_text(frame, text, as_of=as_of), text.splitlines()
    out = []
    with text_path.with_name(text_path.stem + ".gold.csv").open(encoding="utf-8", newline="") as f:
        for g in csv.DictReader(f):
            got = sentence_verdict(_rows_for(table, lines, int(g["line"]), g["anchor"]))
            out.append({**g, "got": got})
    return out


def _summary(items: list[dict]) -> str:
    decidable = [i for i in items if i["verdict"] in DECIDED]
    right = sum(i["got"] == i["verdict"] for i in decidable)
    opposite = sum({i["got"], i["verdict"]} == set(DECIDED) for i in items)
    on_unverifiable = sum(i["got"] in DECIDED for i in items if i["verdict"] == "unverifiable")
    on_non_claims = sum(i["got"] in DECIDED for i in items if i["verdict"] == "not a claim")
    share = f"{right / len(decidable):.0%}" if decidable else "-"
    return (f"decidable right {right}/{len(decidable)} ({share}); opposite {opposite}; "
            f"verdicts on unverifiable {on_unverifiable}; on non-claims {on_non_claims}")


def score_reporting(folder: Path, verbose: bool = False, rows_out: Path | None = None) -> None:
    """Print each half's score without and with each text's date as as_of; ``rows_out`` gets every
    judged gold row as CSV, to compare two versions of the reader row by row."""
    frame = load()
    every = []
    with (folder / "index.csv").open(encoding="utf-8", newline="") as f:
        index = list(csv.DictReader(f))
    for dated in (False, True):
        print("with each text's date as --as-of" if dated else "without --as-of")
        for half in ("tune", "heldout"):
            items = []
            for entry in (e for e in index if e["half"] == half):
                m = _DATE.match(entry["date"])
                as_of = m.group(0) if dated and m else None
                judged = _judge_text(frame, folder / entry["file"], as_of)
                new = not entry["note"].startswith("converted")
                items += [{**j, "new": new} for j in judged]
                every += [{"as_of": as_of or "", "half": half, "file": entry["file"], **j} for j in judged]
                if verbose:
                    print(f"    {entry['file']} (as_of {as_of}): {_summary(judged)}")
                    for j in judged:
                        if j["got"] != j["verdict"]:
                            print(f"      line {j['line']} {j['anchor']!r}: gold {j['verdict']}, got {j['got']}")
            new = [i for i in items if i["new"]]
            print(f"  {half} ({len(items)} sentences): {_summary(items)}")
            print(f"    new texts: {_summary(new)}")
            print(f"    new texts, bundled rounds: {_summary([i for i in new if i['round'] in BUNDLED_ROUNDS])}")
            print("    confusion (gold -> got):", dict(Counter((i["verdict"], i["got"]) for i in items)))
    if rows_out:
        with rows_out.open("w", encoding="utf-8", newline="") as f:
            writer = csv.DictWriter(f, fieldnames=["as_of", "half", "file", "line", "anchor", "verdict", "got",
                                                   "round", "why"])
            writer.writeheader()
            writer.writerows(every)


def score_synthetic(folder: Path, verbose: bool = False) -> None:
    """Print the score of each half (``tune``, ``held``) of a synthetic set: NN-slug.txt with NN-slug.gold.csv,
    no index and no dates (tests/fixtures/synthetic_reporting/README.md)."""
    frame = load()
    for half in sorted(p for p in folder.iterdir() if p.is_dir()):
        items = []
        for text in sorted(half.glob("*.txt")):
            judged = _judge_text(frame, text, None)
            items += judged
            if verbose:
                for j in judged:
                    if j["got"] != j["verdict"]:
                        print(f"    {text.name}:{j['line']} {j['anchor']!r}: gold {j['verdict']}, got {j['got']}")
        print(f"  {folder.name}/{half.name} ({len(items)} sentences): {_summary(items)}")

