"""Shared fixtures. Files written here are synthetic unless they are copies of the bundled data."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner

from probstat.loader import bundled_path


@pytest.fixture
def runner() -> CliRunner:
    return CliRunner()


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


class Result:
    """What one CLI run gave: exit code, stdout and stderr as text."""

    def __init__(self, code: int, stdout: str, stderr: str):
        self.code, self.stdout, self.stderr = code, stdout, stderr

    def __repr__(self) -> str:
        return f"Result(code={self.code}, stderr={self.stderr[-300:]!r})"


@pytest.fixture
def probstat(runner: CliRunner):
    """Run the CLI through main() (so exit-code mapping is exercised): probstat(*args, input=None)."""
    from probstat.cli import main

    def run(*args: str, input: str | bytes | None = None) -> Result:
        with runner.isolation(input=input) as streams:
            code = main(list(args))
        return Result(code, streams[0].getvalue().decode("utf-8"), streams[1].getvalue().decode("utf-8"))

    return run
