"""Shared fixtures. Files written here are synthetic unless they are copies of the bundled data."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import settings

from probstat.loader import bundled_path

# Fuzzing sizes: the README's test command (a newcomer's run) uses "dev"; CI selects the full size with
# `--hypothesis-profile=ci` in .ci/run. Tests that fuzz a smaller share scale from max_examples.
settings.register_profile("dev", max_examples=60)
settings.register_profile("ci", max_examples=1000)
settings.load_profile("dev")


@pytest.fixture(scope="session")
def bundled_frame():
    """The bundled providers as load() gives them, loaded once for the whole run: tests must not change it
    (copy it first)."""
    from probstat.loader import load

    return load()


@pytest.fixture(scope="session")
def sentence_verdict(bundled_frame):
    """check-claims --text on a text, against the bundled data: sentence_verdict(text, line=None) -> the sentence
    verdict of the first sentence on that line (the text's last line when none is given)."""
    from probstat.claims.verify import check_text

    def verdict(text: str, line: int | None = None) -> str:
        table = check_text(bundled_frame, text)
        on = table[table["line"] == (line or table["line"].max())]
        return str(on["sentence_verdict"].iloc[0])

    return verdict


@pytest.fixture
def bundled_text() -> str:
    return bundled_path().read_text(encoding="utf-8")


@pytest.fixture
def edited_copy(tmp_path: Path, bundled_text: str):
    """Write a copy of the bundled CSV with one cell changed: edited_copy(row, column, value) -> path.

    ``row`` is the spreadsheet row (header = 1), matching the row numbers in error messages.
    """
    import csv
    import io

    def make(row: int, column: str, value: str) -> Path:
        rows = list(csv.reader(io.StringIO(bundled_text)))
        rows[row - 1][rows[0].index(column)] = value
        path = tmp_path / "edited.csv"
        buf = io.StringIO()
        csv.writer(buf, lineterminator="\n").writerows(rows)
        path.write_text(buf.getvalue(), encoding="utf-8")
        return path

    return make


@pytest.fixture
def probstat():
    """Run the CLI through main() (so exit-code mapping is exercised): probstat(*args, input=None)."""
    from probstat.testing import run_cli

    return run_cli
