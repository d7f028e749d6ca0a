"""The data files shipped in the package, found and read here and nowhere else.

Finding a file imports nothing heavy (``probstat --help`` and the claims vocabulary ask for paths without
loading pandas); ``read_table`` is the one reader of the small tables beside providers.csv (sources, rounds,
sector figures, corroboration, aliases), bundled or a user's own, so that each is checked the same way.
"""

from __future__ import annotations

import csv
import io
import os
from collections.abc import Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from .errors import DataError
from .files import read_text

if TYPE_CHECKING:
    import pandas as pd

BUNDLED_NAME = "providers.csv"


@lru_cache(maxsize=64)
def bundled_path(name: str = BUNDLED_NAME) -> Path:
    """Path of a data file shipped inside the package (works from a wheel or a checkout)."""
    return _data_dir() / name  # (remembered per name: the reader asks for providers.csv per sentence)


@lru_cache(maxsize=1)
def _data_dir() -> Path:
    # Beside this module: the package is installed as files (pyproject ships the data as package data), and
    # importlib.resources would add its imports to every run. Resolved once: the claims reader asks for a path
    # per sentence, and resolving it is a system call per part of the path.
    return Path(__file__).resolve().parent / "data"


def read_table(name: str, columns: Sequence[str], *, path: str | os.PathLike | None = None,
               required: Sequence[str] | None = None, only: bool = True, allow_empty: bool = False,
               encoding: str = "utf-8-sig") -> pd.DataFrame:
    """The CSV table ``name`` (the bundled file, or the file at ``path``) as text, every cell stripped.

    The header is checked before any row is read: each of ``required`` (default: every one of ``columns``)
    present, none of ``columns`` twice and, with ``only``, no column outside ``columns``. The result holds the
    ``columns`` the file has, in that order; a malformed row, or no data row unless ``allow_empty``, is a
    DataError naming the file (``path`` as given, else ``name``) and the row.
    """
    import pandas as pd

    from .parsing import parse

    label = str(path) if path is not None else name
    text = read_text(path if path is not None else bundled_path(name), encoding=encoding, label=label)
    if not text.strip():
        raise DataError("file is empty", file=label)
    try:
        header = [h.strip().lower() for h in next(csv.reader(io.StringIO(text)))]
    except csv.Error as exc:  # e.g. a header cell over the csv module's field limit
        raise DataError(f"cannot parse the header row: {exc}", file=label, row=1) from None
    missing = [c for c in (columns if required is None else required) if c not in header]
    if missing:
        raise DataError(f"missing column(s): {', '.join(missing)}", file=label, row=1)
    for col in columns:
        if header.count(col) > 1:  # one column per name, or selecting it would give a frame
            raise DataError("duplicated column name", file=label, row=1, column=col)
    extra = [c for c in header if c not in columns]
    if only and extra:
        raise DataError(f"unknown column; expected only {', '.join(columns)}", file=label, row=1, column=extra[0])
    # A header-only file is decided by parsing, so a file without a final newline keeps its last row.
    present = [c for c in columns if c in header]
    table = parse(io.StringIO(text), label, header, present, allow_empty=allow_empty)
    # Column by column into a new frame: DataFrame.apply cost a third of reading a small table.
    return pd.DataFrame({name: column.str.strip() for name, column in table.items()}, index=table.index)
