"""Time `check-claims --text` on about 1 MB of prose built from the restated texts in tests/fixtures/reporting.

    PYTHONPATH=$PWD python tools/bench_text.py [SIZE_IN_CHARACTERS]

Prints the size, the rows read and the seconds taken by each step. Not a test: timings depend on the machine.
"""

from __future__ import annotations

import sys
import time
from pathlib import Path

from probstat.claims import document, evaluate, extract, judge, reader
from probstat.claims.verify import check_text
from probstat.loader import load

HERE = Path(__file__).resolve().parent.parent / "tests" / "fixtures" / "reporting"


def main(size: int = 1_000_000) -> None:
    """Build a text of ``size`` characters and time each step and the whole check."""
    unit = "\n\n".join(p.read_text(encoding="utf-8") for p in sorted(HERE.glob("*/*.txt")))
    text = (unit * (size // len(unit) + 1))[:size]
    frame = load()
    started = time.perf_counter()
    figures = extract.find_numeric_expressions(text)
    found = time.perf_counter()
    sentences = reader.read_text(text, document.document_facts(text))
    read = time.perf_counter()
    ctx = evaluate.Context(frame)
    for sent in sentences:
        for part in sent.parts:
            judge.judge_part(part, ctx)
    judged = time.perf_counter()
    table = check_text(frame, text)
    total = time.perf_counter() - judged
    print(f"{len(text):,} characters: {len(figures):,} figures found in {found - started:.2f} s; "
          f"{len(sentences):,} sentences read in {read - found:.2f} s (finding included); judged in "
          f"{judged - read:.2f} s; check_text end to end {total:.2f} s ({len(table):,} rows)")


if __name__ == "__main__":
    main(int(sys.argv[1]) if len(sys.argv) > 1 else 1_000_000)
