"""Read and validate a providers CSV into a typed DataFrame: ``load()``, and the sources that go with it.

Every problem becomes a DataError naming the file, the row (the header is row 1, as in a spreadsheet) and
the column. The steps live beside this entry point: sniff (decoding, delimiter, header), parsing (only the
columns a caller asks for, most of them as categories), distinct (every check once per distinct value of a
column) with kinds (the checks per kind of column), and collector (raise at the first error, or collect them
all), so that a million-row file is read and checked at pandas speed.
"""

from __future__ import annotations

import os
from collections.abc import Iterable

import numpy as np
import pandas as pd

from . import arrowcsv, parsing, schema, sniff
from .bundled import BUNDLED_NAME, bundled_path, read_table
from .collector import Collected, Reporter, first_true, short
from .distinct import Batch, Distinct
from .errors import DataError
from .files import (
    STDIN,
    check_encoding,
    read_bytes,
    read_text,  # noqa: F401  (part of this module's API)
    refuse_binary,
)
from .kinds import CATEGORY_KINDS, KINDS, text

__all__ = ["BUNDLED_NAME", "CATEGORY_KINDS", "ENV_VAR", "Collected", "bundled_path", "load", "load_sources",
           "resolve_source", "sources_for"]

ENV_VAR = "PROBSTAT_DATA"


def resolve_source(source: str | os.PathLike | None) -> str | None:
    """The data source to read: the argument, else $PROBSTAT_DATA, else None for the bundled file.

    An empty argument is an error, so that `--data "$FILE"` with FILE unset never means the bundled data.
    (An empty $PROBSTAT_DATA still means unset, as is usual for environment variables.)
    """
    if source is not None and str(source) == "":
        raise DataError("is an empty path; give a CSV file, '-' for stdin, or leave --data out for the bundled "
                        "data", file="--data")
    if source is not None:
        return str(source)
    return os.environ.get(ENV_VAR) or None


def _batch_key(column: str, kind: str) -> tuple[str, bool]:
    # n_std_* counts have a range check the other counts do not: a batch of its own
    return kind, column.startswith("n_std_")


def _typed(raw: pd.DataFrame, name: str, reporter: Reporter, categories: bool = False) -> pd.DataFrame:
    """Check every cell of ``raw`` and type it: a column per column, and each qualified one's qualifier after it;
    with ``categories``, the CATEGORY_KINDS and qualifier columns as categories."""
    batches: dict[tuple[str, bool], list[Distinct]] = {}
    failures = []
    typed: dict[tuple[str, str], pd.Series] = {}
    for position, col in enumerate(raw.columns):
        spec = schema.COLUMNS_BY_NAME[col]
        column = raw[col]
        if arrowcsv.is_arrow_text(column):
            # Checked in Arrow: a column of ids or names (a million distinct values) that passes as it is is
            # typed as it is, never converted to Python strings and back; any other is checked as they are.
            if arrowcsv.as_is(column, spec.kind):
                typed[col, ""] = column
                continue
            column = pd.Series(column.to_numpy(dtype=object), index=column.index, name=col, dtype=object)
        distinct = Distinct(column, spec.kind, name, position, reporter)
        batches.setdefault(_batch_key(col, spec.kind), []).append(distinct)
    for (kind, _), members in batches.items():
        batch = Batch(members, kind)
        for member in members:
            if schema.COLUMNS_BY_NAME[member.column].required and not member.known.all():
                failures.append((member.position, -1, member, ~member.known, "is empty; this column is required"))
        for key, values in KINDS.get(kind, text)(batch).items():
            as_category = categories and (kind in CATEGORY_KINDS or key == "qualifier")
            for member, column in zip(members, batch.spread(values, raw.index, as_category), strict=True):
                typed[member.column, key] = column
        failures += batch.failures
    for _, _, member, bad, message in sorted(failures, key=lambda f: f[:2]):
        member.fail(bad, message)
    out = {}
    for col in raw.columns:
        out[col] = typed[col, ""]
        if (col, "qualifier") in typed:
            out[schema.qualifier_suffix(col)] = typed[col, "qualifier"]
    # One constructor call: inserting the columns one at a time was a measurable part of a small file's load.
    return pd.DataFrame(out, index=raw.index, copy=False)


def _check_and_type(raw: pd.DataFrame, name: str, reporter: Reporter, categories: bool = False) -> pd.DataFrame:
    """Every row of ``raw`` checked and typed, and the checks across columns and rows run."""
    out = _typed(raw, name, reporter, categories)
    _check_rows(out, name, reporter)
    return out


def _check_and_type_provider(raw: pd.DataFrame, name: str, provider_id: str, reporter: Reporter,
                             categories: bool = False, rows_of=None) -> pd.DataFrame:
    """The rows of ``provider_id`` checked and typed; of the other rows only the required columns are checked.

    The required columns are what tells rows apart (and a duplicate row), so they are checked everywhere; the
    figures of other providers are neither read into the result nor checked, as a column left out is not.
    With ``rows_of``, ``raw`` may hold the required columns only: ``rows_of(positions, labels)`` parses every
    column of the rows at those positions.
    """
    required = [c for c in raw.columns if schema.COLUMNS_BY_NAME[c].required]
    keys = _typed(raw[required], name, reporter, categories)
    _check_duplicates(keys, name, reporter)
    at = (keys["provider_id"] == provider_id).to_numpy()
    mine = raw[at] if rows_of is None or not at.any() else rows_of(np.flatnonzero(at), raw.index[at])
    if mine.empty:
        # No such provider: every row's ids, for the caller's "no provider X (did you mean Y?)"
        return keys
    # A subset keeps every category of the whole column: drop the others, or a bad value in another provider's
    # row would be checked (and blamed on one of these rows).
    rest = pd.DataFrame({c: mine[c].cat.remove_unused_categories() if isinstance(mine[c].dtype, pd.CategoricalDtype)
                         else mine[c] for c in mine.columns if c not in required}, index=mine.index)
    out = pd.concat([keys.loc[mine.index], _typed(rest, name, reporter, categories)], axis=1)
    _check_rows(out, name, reporter, duplicates=False)
    return out[[c for c in _typed_order(mine.columns) if c in out]]


def _one_provider(data: bytes, name: str, header: list[str], usecols: list[str], encoding: str, delimiter: str,
                  provider_id: str, reporter: Reporter, categories: bool) -> pd.DataFrame:
    """_check_and_type_provider over a large file: every row's required columns parsed, then every column of
    the provider's rows only, when each line is one record (parsing.record_lines); else every column of every
    row, as for a small file."""
    required = [c for c in usecols if schema.COLUMNS_BY_NAME[c].required]
    # A few columns parse for a fraction of all of them (bench/README.md has the figures).
    raw = parsing.parse_columns(data, name, header, required, encoding=encoding, delimiter=delimiter,
                                 decoded=True)
    bounds = parsing.record_lines(data, len(raw), encoding, delimiter) if required != usecols else None
    if bounds is None:
        raw = parsing.parse_columns(data, name, header, usecols, encoding=encoding, delimiter=delimiter,
                                    decoded=True)
        return _check_and_type_provider(raw, name, provider_id, reporter, categories)

    def rows_of(positions: np.ndarray, labels: pd.Index) -> pd.DataFrame:
        part = parsing.record_bytes(data, bounds, positions)
        rows = parsing.parse_columns(part, name, header, usecols, encoding=encoding, delimiter=delimiter,
                                     decoded=True)
        rows.index = labels
        return rows

    return _check_and_type_provider(raw, name, provider_id, reporter, categories, rows_of)


def _typed_order(columns) -> list[str]:
    """The typed frame's columns for raw ``columns``, each qualified one's qualifier after it."""
    order = []
    for col in columns:
        order.append(col)
        if col in schema.QUALIFIED_COLUMNS:
            order.append(schema.qualifier_suffix(col))
    return order


def _check_rows(frame: pd.DataFrame, name: str, reporter: Reporter, *, duplicates: bool = True) -> None:
    """Checks that look across a row's columns, or across rows."""
    # one mask per sector (when loaded as categories, a comparison of integer codes)
    in_sector = {s: frame["sector"].eq(s).to_numpy(dtype=bool) for s in schema.ALL_SECTORS}
    for std in schema.STANDARDS:
        if std.column in frame and len(std.sectors) == 1:
            allowed = np.logical_or.reduce([in_sector[s] for s in (*std.sectors, *std.units)])
            wrong = pd.Series(frame[std.column].notna().to_numpy() & ~allowed, index=frame.index)
            reporter.fail(wrong, frame, name, std.column,
                  f"is rated for {std.sectors[0]}s only; leave it empty for other sectors")
    counts = [c for c in schema.STANDARD_COUNT_COLUMNS.values() if c in frame]
    if counts:
        total = sum(frame[c].to_numpy(dtype=np.int64, na_value=0) for c in counts)
        reporter.fail(pd.Series(total > schema.N_STANDARDS, index=frame.index), frame, name, counts[0],
              f"the n_std_* counts add up to more than {schema.N_STANDARDS} standards")
    if duplicates:
        _check_duplicates(frame, name, reporter)


def _check_duplicates(frame: pd.DataFrame, name: str, reporter: Reporter) -> None:
    """Refuse a second row for the same round and provider."""
    dup = frame.duplicated(["round", "provider_id"], keep="first")
    first_dup = first_true(dup)
    if first_dup is None:
        return
    # Each key's first row found once for all (looking it up per duplicate row was quadratic: 60,000 copies of
    # one row took minutes).
    codes = frame.groupby(["round", "provider_id"], sort=False, observed=True, dropna=False).ngroup().to_numpy()
    _, first_at = np.unique(codes, return_index=True)
    first_of = dict(zip(codes[first_at].tolist(), first_at.tolist(), strict=True))
    rounds, ids = frame["round"].to_numpy(dtype=object), frame["provider_id"].to_numpy(dtype=object)
    for position in ([first_dup] if not reporter.collecting else dup.to_numpy().nonzero()[0].tolist()):
        first = int(frame.index[first_of[codes[position]]]) + 2
        reporter.report(None, name, int(frame.index[position]) + 2, "provider_id",
                        f"duplicate row: round {rounds[position]} provider_id {ids[position]} "
                        f"is already on row {first}")


def load(source: str | os.PathLike | None = None, *, encoding: str = "utf-8-sig",
         columns: Iterable[str] | None = None, delimiter: str | None = None,
         provider_id: str | None = None, categories: bool | str = False,
         collect: Collected | None = None) -> pd.DataFrame:
    """Load and validate a providers CSV.

    ``source`` is a path, '-' for stdin, or None for $PROBSTAT_DATA or else the bundled data. ``columns``
    limits what is parsed and checked (the required columns are always read) so that a command reads only
    what it needs: a malformed row is refused whatever is read, but a bad value in a column left out is not
    seen. With None, every schema column is present, unknown where the file lacks it. Qualified figures
    come as two columns: the stated number and ``<column>_qualifier`` ('' exact, '>' more than,
    '<' less than, '~' around, '<~' nearly). Empty cells are missing, never zero. Text columns hold text;
    ``categories=True`` gives round, sector, the ratings and the qualifiers as pandas categories instead
    (values sorted as text), which every analysis reads the same way and much faster on large files (see
    docs/api.md); ``"auto"`` (what the commands use) does so for files of 256 KB or more. ``delimiter``
    (',' ';' or tab) is sniffed from the header row when None. ``provider_id`` keeps only that provider's rows:
    the required columns of every row are still checked (a duplicate row is refused), other providers' figures
    are not. When no row has that id, every row comes back with its required columns only, so that the caller
    can say which ids there are. With ``collect`` (a Collected), every bad cell and row is recorded there
    instead of raising at the first (a fault in the header, or a malformed row, still stops at once).

    >>> frame = load()
    >>> len(frame[frame["round"] == "2018-19"])
    28
    """
    if categories not in (True, False, "auto"):
        raise ValueError(f"categories must be True, False or 'auto', not {categories!r}")
    chosen = resolve_source(source)
    path = chosen if chosen is not None else bundled_path()
    name = str(chosen) if chosen is not None else BUNDLED_NAME
    if name == STDIN:
        name = "<stdin>"
    # --encoding is the encoding of the user's file; the bundled file is UTF-8 whatever it says.
    encoding = encoding if chosen is not None else "utf-8-sig"
    # The file is checked, and its header read, as text; pandas parses the bytes, so the decoded text of the
    # whole file (up to four bytes a character) is never held.
    check_encoding(encoding, name)  # before reading: a stdin read is gone once read
    data = read_bytes(path, name)
    refuse_binary(data, encoding, name)
    data, encoding = sniff.decodable(data, encoding, name)
    delimiter = sniff.sniff_delimiter(data, encoding, delimiter)
    header = sniff.header(data, encoding, name, delimiter)
    # Every column is there afterwards, so analyses never meet a KeyError on a user's narrower file.
    wanted = set(schema.COLUMN_NAMES) if columns is None else set(columns) | set(schema.REQUIRED_COLUMNS)
    usecols = [c for c in header if c in wanted]
    # On a small file categories cost more to build than their comparisons save.
    as_categories = categories is True or (categories == "auto" and len(data) >= parsing.SMALL_FILE)
    reporter = Reporter(collect)
    if provider_id is not None and len(data) >= parsing.SMALL_FILE:
        frame = _one_provider(data, name, header, usecols, encoding, delimiter, provider_id, reporter,
                              as_categories)
    else:
        raw = parsing.parse_columns(data, name, header, usecols, encoding=encoding, delimiter=delimiter,
                                    decoded=True)
        del data  # the file's bytes, as large as the file, are not needed once parsed: free them before typing
        frame = (_check_and_type(raw, name, reporter, as_categories) if provider_id is None
                 else _check_and_type_provider(raw, name, provider_id, reporter, as_categories))
        del raw
    if provider_id is not None:
        frame = frame.reset_index(drop=True)
    for col in sorted(wanted - set(header), key=schema.COLUMN_NAMES.index):
        # optional columns the file lacks are simply unknown everywhere
        kind = schema.COLUMNS_BY_NAME[col].kind
        if kind == "count":
            frame[col] = pd.array([pd.NA] * len(frame), dtype="Int64")
        elif col in schema.QUALIFIED_COLUMNS:
            frame[col] = float("nan")
            frame[schema.qualifier_suffix(col)] = None
        else:
            frame[col] = None
    frame.attrs["source"] = name
    frame.attrs["bundled"] = chosen is None
    return frame


def sources_for(frame: pd.DataFrame, path: str | os.PathLike | None = None, *,
                encoding: str = "utf-8-sig") -> pd.DataFrame | None:
    """The sources that go with ``frame``: the file at ``path`` if given, the bundled sources for the bundled
    data, else None (a user's file without a sources file: its figures' sources cannot be checked)."""
    if path is not None:
        return load_sources(path, encoding=encoding)
    return load_sources() if frame.attrs.get("bundled") else None


def load_sources(path: str | os.PathLike | None = None, *, encoding: str = "utf-8-sig") -> pd.DataFrame:
    """Load a sources CSV (round, provider_id, field, source_url, basis, note); the bundled one by default.

    ``basis`` says how each figure is known (one of schema.BASES). A file without the column, written before
    it existed, still loads: every row's basis is then schema.UNKNOWN_BASIS ('unknown'). An empty or unknown
    basis in a file that has the column is an error.
    """
    frame = read_table("sources.csv", schema.SOURCE_COLUMNS, path=path, required=schema.REQUIRED_SOURCE_COLUMNS,
                       only=False, allow_empty=True, encoding=encoding)
    name = str(path) if path is not None else "sources.csv"
    if "basis" not in frame:
        # A file from before the basis column: every figure's basis is unknown (reported as such), not an error.
        frame["basis"] = schema.UNKNOWN_BASIS
    else:
        bad = ~frame["basis"].isin(list(schema.BASES))
        if bad.any():
            row = int(bad.to_numpy().argmax())
            raise DataError(f"{short(frame['basis'].iloc[row])!r} is not a basis; expected one of "
                            f"{', '.join(schema.BASES)}", file=name, row=row + 2, column="basis")
    return frame[list(schema.SOURCE_COLUMNS)]
