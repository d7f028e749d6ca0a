"""Score `check-claims --text` against hand-made gold: accuracy and opposite verdicts.

    python tools/score_claims.py texts DIR GOLD.csv      # gold columns text,line,phrase,verdict
    python tools/score_claims.py fixtures DIR             # DIR/NAME.txt with DIR/NAME.gold.csv (line,phrase,verdict)
    python tools/score_claims.py sentences SENTENCES.csv  # columns sentence,verdict[,text]
    python tools/score_claims.py reporting DIR            # DIR/index.csv, DIR/{tune,heldout}/NN-slug.txt + .gold.csv
    python tools/score_claims.py synthetic DIR            # DIR/{tune,held}/NN-slug.txt + .gold.csv, undated
    --rows FILE (reporting): write every judged gold row to FILE as CSV
    --no-source: hide each text's "source:" line, to see how many verdicts the circularity rule holds back

A gold row is matched to the output row on the same line whose phrase overlaps it most; no row means
"not a claim". A sentence's verdict is contradicted if any row is, else supported if any row is, else
unverifiable. "Decidable" rows are those whose gold verdict is supported or contradicted; "opposite" counts
rows where one says supported and the other contradicted (must be 0).

`reporting` scores each half of the reporting set twice, without and with each text's date (index.csv) as
`as_of`, and matches each gold row (line, anchor) to one sentence of the output (`reporting.py` says how).
"""

from __future__ import annotations

import csv
import sys
from collections import Counter
from pathlib import Path

from probstat.claims.verify import check_text
from probstat.loader import load


def _spans(text: str, phrases: list[str]) -> list[tuple[int, int]]:
    """Where each phrase stands in the line; rows come in text order, so each is looked for after the last."""
    out, cursor = [], 0
    for p in phrases:
        at = text.find(p, cursor)
        if at < 0:
            at = text.find(p)
        else:
            cursor = at + len(p)
        out.append((at, at + len(p)) if at >= 0 else (-1, -1))
    return out


def _predict(table, lines: list[str], line: int, phrase: str, occurrence: int = 0) -> str:
    rows = table[table["line"] == line]
    text = lines[line - 1] if line <= len(lines) else ""
    at = -1
    for _ in range(occurrence + 1):
        at = text.find(phrase, at + 1)
    gold = (at, at + len(phrase)) if at >= 0 else (-1, -1)
    best, score = None, 0
    for (a, b), verdict in zip(_spans(text, list(rows["phrase"])), rows["verdict"], strict=True):
        s = max(0, min(b, gold[1]) - max(a, gold[0])) if a >= 0 and gold[0] >= 0 else 0
        if s > score:
            best, score = verdict, s
    return best or "not a claim"


def _same(gold: str, predicted: str) -> bool:
    # "partly checked" decides nothing, so it is the right answer where the data cannot decide
    return gold == predicted or (gold == "unverifiable" and predicted == "partly checked")


def _score(pairs: list[tuple[str, str, str]], title: str) -> None:
    decidable = [(g, p) for _, g, p in pairs if g in ("supported", "contradicted")]
    right = sum(g == p for g, p in decidable)
    allright = sum(_same(g, p) for _, g, p in pairs)
    opposite = [(n, g, p) for n, g, p in pairs if {g, p} == {"supported", "contradicted"}]
    print(f"{title}: decidable {right}/{len(decidable)} = {right / max(len(decidable), 1):.0%}; "
          f"all rows {allright}/{len(pairs)} = {allright / max(len(pairs), 1):.0%}; opposite {len(opposite)}")
    for item in opposite:
        print("  OPPOSITE", item)
    print("  confusion (gold -> predicted):", dict(Counter((g, p) for _, g, p in pairs)))


def score_texts(folder: Path, gold: Path, verbose: bool = False) -> None:
    frame = load()
    rows = list(csv.DictReader(gold.open(encoding="utf-8")))
    pairs = []
    tables = {}
    seen: dict = {}
    for r in rows:
        name = r["text"]
        if name not in tables:
            text = (folder / name).read_text(encoding="utf-8")
            if NO_SOURCE:
                text = text.replace("source:", "origin:", 1)
            tables[name] = (check_text(frame, text), text.splitlines())
        table, lines = tables[name]
        key = (name, r["line"], r["phrase"])
        seen[key] = seen.get(key, -1) + 1
        p = _predict(table, lines, int(r["line"]), r["phrase"], seen[key])
        pairs.append((f"{name}:{r['line']} {r['phrase']}", r["verdict"], p))
        if verbose and p != r["verdict"]:
            print(f"  {name}:{r['line']} {r['phrase']!r}: gold {r['verdict']}, got {p}")
    _score(pairs, f"texts ({len(tables)})")


def score_fixtures(folder: Path, verbose: bool = False) -> None:
    frame = load()
    pairs = []
    for gold in sorted(folder.glob("*.gold.csv")):
        text = gold.with_name(gold.name.replace(".gold.csv", ".txt")).read_text(encoding="utf-8")
        if NO_SOURCE:
            text = text.replace("source:", "origin:", 1)
        table, lines = check_text(frame, text), text.splitlines()
        for r in csv.DictReader(gold.open(encoding="utf-8")):
            p = _predict(table, lines, int(r["line"]), r["phrase"])
            pairs.append((f"{gold.name}:{r['line']} {r['phrase']}", r["verdict"], p))
            if verbose and p != r["verdict"]:
                print(f"  {gold.name}:{r['line']} {r['phrase']!r}: gold {r['verdict']}, got {p}")
    _score(pairs, "fixtures")


def sentence_verdict(frame, sentence: str, text: str = "") -> str:
    """One verdict for a sentence: the new reader's `sentence_verdict` where there is one, else from the rows.

    With ``text`` (a headline, then the sentence), only the rows on the sentence's line count.
    """
    table = check_text(frame, text or sentence)
    if text:
        lines = text.splitlines()
        at = next((i + 1 for i in range(len(lines) - 1, -1, -1) if sentence in lines[i]), len(lines))
        table = table[table["line"] == at]
    column = "sentence_verdict" if "sentence_verdict" in table.columns else "verdict"
    verdicts = set(table[column].dropna())
    for v in ("contradicted", "supported", "partly checked"):
        if v in verdicts:
            return v
    return "unverifiable"


def score_sentences(path: Path, verbose: bool = False) -> None:
    frame = load()
    pairs = []
    for r in csv.DictReader(path.open(encoding="utf-8")):
        sentence = r.get("sentence")
        if sentence is None:
            # (adversarial.csv holds whole texts, each judged on its last sentence by tests/test_claims_adversarial.py)
            sys.exit(f"{path}: row {len(pairs) + 2}: no 'sentence' column; a file of whole texts (text,verdict,...) is "
                     "scored by its own test, e.g. tests/test_claims_adversarial.py")
        p = sentence_verdict(frame, sentence, r.get("text") or "")
        pairs.append((sentence, r["verdict"], p))
        if verbose and not _same(r["verdict"], p):
            print(f"  {sentence!r}: gold {r['verdict']}, got {p}")
    _score(pairs, f"sentences ({path.name})")


NO_SOURCE = "--no-source" in sys.argv  # measure without the texts' own "source:" lines (no circularity check)

if __name__ == "__main__":
    argv = sys.argv[1:]
    rows_out = None
    if "--rows" in argv:
        at = argv.index("--rows")
        rows_out = Path(argv[at + 1])
        del argv[at:at + 2]
    args = [a for a in argv if a not in ("-v", "--no-source")]
    verbose = "-v" in sys.argv
    if args[0] == "texts":
        score_texts(Path(args[1]), Path(args[2]), verbose)
    elif args[0] == "fixtures":
        score_fixtures(Path(args[1]), verbose)
    elif args[0] == "reporting":
        from score_reporting import score_reporting

        score_reporting(Path(args[1]), verbose, rows_out)
    elif args[0] == "synthetic":
        from score_reporting import score_synthetic

        score_synthetic(Path(args[1]), verbose)
    else:
        score_sentences(Path(args[1]), verbose)
