"""Read and validate a providers CSV into a typed DataFrame.

Every problem becomes a DataError naming the file, the row (the header is row 1, as in a spreadsheet) and
the column. Validation is vectorised so that a million-row file is checked at pandas speed.
"""

from __future__ import annotations

import codecs
import csv
import difflib
import io
import os
import re
import sys
import warnings
from collections.abc import Iterable
from importlib import resources
from pathlib import Path

import pandas as pd

from . import schema
from .errors import DataError

ENV_VAR = "PROBSTAT_DATA"
BUNDLED_NAME = "providers.csv"
STDIN = "-"

# [0-9], not \d: \d also matches other scripts' digits (e.g. Arabic-Indic), which pandas' to_numeric turns into
# NaN, so such a figure passed validation and was then silently read as unknown.
_QUALIFIED = re.compile(r"^(>|<~|<|~)?([0-9]+(?:\.[0-9]+)?)$")
_ROUND = re.compile(r"^([0-9]{4})-([0-9]{2})$")  # [0-9] as above: a round in Arabic-Indic digits was accepted
_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$")
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_COUNT = re.compile(r"^[0-9]+$")
#: Figures at or above this are refused: they would overflow Int64 (a crash) or become inf (printed as 'inf',
#: and as the invalid JSON token Infinity) rather than being read as a number.
_TOO_LARGE = 10**15
#: Cell values and column names quoted in error messages are cut to this many characters, so that a 100 KB
#: cell gives a readable one-line error.
_SHOWN = 60
#: Byte-order marks of encodings whose text is full of NUL bytes, checked longest first.
_WIDE_BOMS = ((codecs.BOM_UTF32_LE, "UTF-32", "utf-32"), (codecs.BOM_UTF32_BE, "UTF-32", "utf-32"),
              (codecs.BOM_UTF16_LE, "UTF-16", "utf-16"), (codecs.BOM_UTF16_BE, "UTF-16", "utf-16"))


def _short(text: str) -> str:
    """``text`` cut to _SHOWN characters for an error message."""
    return text if len(text) <= _SHOWN else text[: _SHOWN - 3] + "..."


def _label(column: str) -> str:
    """A column name as shown in an error: (blank), or repr()'d when it holds a newline or other control
    character (the CLI promises exactly one error line), cut to a readable length."""
    if not column:
        return "(blank)"
    return _short(column) if column.isprintable() else repr(_short(column))


def bundled_path(name: str = BUNDLED_NAME) -> Path:
    """Path of a data file shipped inside the package (works from a wheel or a checkout)."""
    return Path(str(resources.files("probstat") / "data" / name))


def resolve_source(source: str | os.PathLike | None) -> str | None:
    """The data source to read: the argument, else $PROBSTAT_DATA, else None for the bundled file.

    An empty argument is an error: `--data "$FILE"` with FILE unset used to fall back to the bundled data
    without a word. (An empty $PROBSTAT_DATA still means unset, as is usual for environment variables.)
    """
    if source is not None and str(source) == "":
        raise DataError("is an empty path; give a CSV file, '-' for stdin, or leave --data out for the bundled "
                        "data", file="--data")
    if source is not None:
        return str(source)
    return os.environ.get(ENV_VAR) or None


def read_text(source: str | os.PathLike, *, encoding: str = "utf-8-sig", label: str | None = None) -> str:
    """Read a whole text file (or stdin for '-') and decode it, turning every failure into a DataError."""
    name = label or ("<stdin>" if str(source) == STDIN else str(source))
    try:
        if str(source) == STDIN:
            data = sys.stdin.buffer.read()
        else:
            data = Path(source).read_bytes()
    except FileNotFoundError:
        raise DataError("no such file", file=name) from None
    except IsADirectoryError:
        raise DataError("is a directory, not a file", file=name) from None
    except PermissionError:
        raise DataError("permission denied", file=name) from None
    except OSError as exc:
        raise DataError(f"cannot read: {exc.strerror or exc}", file=name) from None
    # UTF-16/32 text is full of NUL bytes, so the binary check below must not apply when the user asked for
    # it with --encoding (before this, --encoding utf-16 could never work); without it, a byte-order mark
    # gets a clear error naming the encoding rather than "looks like a binary file".
    wide = encoding.replace("-", "").replace("_", "").lower().startswith(("utf16", "utf32"))
    if not wide:
        for bom, shown, option in _WIDE_BOMS:
            if data.startswith(bom):
                raise DataError(f"is {shown} text (it starts with a {shown} byte-order mark); re-save it as UTF-8 "
                                f"or pass --encoding {option}", file=name)
        nul = data.find(b"\x00", 0, 65536)
        if nul >= 0:
            raise DataError(f"looks like a binary file (NUL byte at offset {nul}), not a CSV text file", file=name)
    try:
        text = data.decode(encoding)
    except LookupError:
        raise DataError(f"unknown encoding {encoding!r}", file=name) from None
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        shown = "UTF-8" if encoding.replace("-", "").lower().startswith("utf8") else encoding
        raise DataError(
            f"not valid {shown}: byte 0x{data[exc.start]:02X} at offset {exc.start}; re-save the file as "
            "UTF-8 or pass --encoding (e.g. --encoding latin-1)",
            file=name, row=line,
        ) from None
    if wide and "\x00" in text:
        raise DataError(f"looks like a binary file (NUL character at offset {text.index(chr(0))} after decoding "
                        f"as {encoding}), not a CSV text file", file=name)
    return text


def _header(text: str, name: str) -> list[str]:
    if not text.strip():
        raise DataError("file is empty; expected a header row starting "
                        f"{','.join(schema.REQUIRED_COLUMNS)}", file=name)
    try:
        header = next(csv.reader(io.StringIO(text)))
    except csv.Error as exc:
        raise DataError(f"cannot parse the header row: {exc}", file=name, row=1) from None
    header = [h.strip().lower() for h in header]
    seen: set[str] = set()
    for col in header:
        if col in seen:
            raise DataError("duplicated column name", file=name, row=1, column=_label(col))
        seen.add(col)
    missing = [c for c in schema.REQUIRED_COLUMNS if c not in seen]
    if missing:
        raise DataError(f"missing required column(s): {', '.join(missing)}", file=name, row=1)
    for col in header:
        if col not in schema.COLUMNS_BY_NAME:
            hint = difflib.get_close_matches(col, schema.COLUMN_NAMES, n=1)
            extra = f"; did you mean {hint[0]!r}?" if hint else "; see `probstat template` for the columns"
            raise DataError(f"unknown column{extra}", file=name, row=1, column=_label(col))
    return header


def _parse(text: str, name: str, header: list[str], usecols: list[str], *, allow_empty: bool = False) -> pd.DataFrame:
    try:
        # All columns, header=0 and index_col=False, with pandas' "data will be lost" warning made an error:
        # this is the combination under which a row with extra fields is refused rather than silently
        # shifted into an index or truncated (usecols= would hide it).
        with warnings.catch_warnings():
            warnings.simplefilter("error", pd.errors.ParserWarning)
            frame = pd.read_csv(io.StringIO(text), dtype=str, keep_default_na=False, na_filter=False,
                                header=0, index_col=False, engine="c")
    except (pd.errors.ParserError, pd.errors.ParserWarning, csv.Error, ValueError) as exc:
        msg = str(exc).strip().splitlines()[-1] if str(exc).strip() else type(exc).__name__
        if isinstance(exc, pd.errors.ParserWarning):
            msg = "a row has more fields than the header"
        match = re.search(r"line (\d+)", msg)
        row = int(match.group(1)) if match else None
        raise DataError(f"malformed CSV: {msg}", file=name, row=row) from None
    if frame.empty and not allow_empty:
        raise DataError("has a header but no data rows", file=name)
    frame.columns = header
    return frame[usecols]


def _first_bad(mask: pd.Series) -> int | None:
    """Spreadsheet row number of the first True in ``mask`` (header is row 1)."""
    if not mask.any():
        return None
    return int(mask.to_numpy().nonzero()[0][0]) + 2


def _fail(mask: pd.Series, frame: pd.DataFrame, name: str, column: str, message) -> None:
    row = _first_bad(mask)
    if row is not None:
        value = frame[column].iloc[row - 2] if column in frame else ""
        if isinstance(value, str):
            value = _short(value)  # a 100 KB cell must not make a 100 KB error line
        raise DataError(message(value) if callable(message) else message, file=name, row=row, column=column)


def _check_and_type(raw: pd.DataFrame, name: str) -> pd.DataFrame:
    frame = raw.apply(lambda s: s.str.strip())
    present = frame.ne("")
    out = pd.DataFrame(index=frame.index)
    for col in frame.columns:
        spec = schema.COLUMNS_BY_NAME[col]
        values, known = frame[col], present[col]
        if spec.required:
            _fail(~known, frame, name, col, "is empty; this column is required")
        if spec.kind == "round":
            parts = values.str.extract(_ROUND)
            ok = parts[0].notna() & (
                (parts[0].str[2:].astype(float) + 1) % 100 == parts[1].astype(float))
            _fail(~ok, frame, name, col, lambda v: f"{v!r} is not a round like 2018-19")
            out[col] = values
        elif spec.kind == "id":
            _fail(~values.str.match(_SLUG), frame, name, col,
                  lambda v: f"{v!r} is not an id (lower-case letters, digits and hyphens)")
            out[col] = values
        elif spec.kind == "sector":
            upper = values.str.upper()
            _fail(~upper.isin(schema.SECTORS), frame, name, col,
                  lambda v: f"{v!r} is not a sector; expected NPS or CRC")
            out[col] = upper
        elif spec.kind == "rating":
            canon = values.str.lower().str.split().str.join(" ")
            lookup = {r.lower(): r for r in schema.RATINGS}
            mapped = canon.map(lookup)
            _fail(known & mapped.isna(), frame, name, col,
                  lambda v: f"{v!r} is not a rating; expected one of {', '.join(schema.RATINGS)}")
            out[col] = mapped.where(known, None)
        elif spec.kind == "date":
            shape = values.str.match(_DATE)
            parsed = pd.to_datetime(values.where(values.str.len() != 7, values + "-01"), format="%Y-%m-%d",
                                    errors="coerce")
            _fail(known & (~shape | parsed.isna()), frame, name, col,
                  lambda v: f"{v!r} is not a date; expected YYYY-MM-DD or YYYY-MM")
            out[col] = values.where(known, None)
        elif spec.kind == "count":
            ok = values.str.match(_COUNT)
            _fail(known & ~ok, frame, name, col, lambda v: f"{v!r} is not a whole number >= 0")
            _fail(known & values.str.lstrip("0").str.len().gt(len(str(_TOO_LARGE)) - 1), frame, name, col,
                  lambda v: f"{v!r} is too large for a count")
            numbers = pd.to_numeric(values.where(known, None), errors="coerce")
            if col.startswith("n_std_"):
                _fail(numbers > schema.N_STANDARDS, frame, name, col,
                      lambda v: f"{v} is out of range; a provider has {schema.N_STANDARDS} standards")
            out[col] = numbers.astype("Int64")
        elif spec.kind in ("qcount", "qpercent"):
            parts = values.str.replace(",", "", regex=False).str.extract(_QUALIFIED)
            _fail(known & parts[1].isna(), frame, name, col,
                  lambda v: f"{v!r} is not a number; write 1234, or >1234 (more than), <1234 (less than), "
                  "~1234 (around), <~1234 (nearly)")
            numbers = pd.to_numeric(parts[1], errors="coerce")
            if spec.kind == "qpercent":
                _fail(numbers > 100, frame, name, col, lambda v: f"{v!r} is out of range 0-100 for a percentage")
            else:
                _fail(known & (numbers >= _TOO_LARGE), frame, name, col, lambda v: f"{v!r} is too large a figure")
            out[col] = numbers
            out[schema.qualifier_suffix(col)] = parts[0].fillna("").where(known, None)
        elif spec.kind == "url":
            _fail(known & ~values.str.match(r"^https?://\S+$"), frame, name, col,
                  lambda v: f"{v!r} is not an http(s) URL")
            out[col] = values.where(known, None)
        else:  # free text
            out[col] = values.where(known, None)
    _check_rows(out, name)
    return out


def _check_rows(frame: pd.DataFrame, name: str) -> None:
    """Checks that look across a row's columns, or across rows."""
    for std in schema.STANDARDS:
        if std.column in frame and len(std.sectors) == 1:
            wrong = frame[std.column].notna() & frame["sector"].ne(std.sectors[0])
            _fail(wrong, frame, name, std.column,
                  f"is rated for {std.sectors[0]}s only; leave it empty for other sectors")
    counts = [c for c in schema.STANDARD_COUNT_COLUMNS.values() if c in frame]
    if counts:
        total = frame[counts].fillna(0).sum(axis=1)
        _fail(total > schema.N_STANDARDS, frame, name, counts[0],
              f"the n_std_* counts add up to more than {schema.N_STANDARDS} standards")
    dup = frame.duplicated(["round", "provider_id"], keep="first")
    row = _first_bad(dup)
    if row is not None:
        key = frame.iloc[row - 2]
        first = _first_bad((frame["round"] == key["round"]) & (frame["provider_id"] == key["provider_id"]))
        raise DataError(f"duplicate row: round {key['round']} provider_id {key['provider_id']} is already on "
                        f"row {first}", file=name, row=row, column="provider_id")


def load(source: str | os.PathLike | None = None, *, encoding: str = "utf-8-sig",
         columns: Iterable[str] | None = None) -> pd.DataFrame:
    """Load and validate a providers CSV.

    ``source`` is a path, '-' for stdin, or None for $PROBSTAT_DATA or else the bundled data. ``columns``
    limits what is parsed (the required columns are always read) so that a command reads only what it
    needs; with None, every schema column is present, unknown where the file lacks it. Qualified figures
    come as two columns: the stated number and ``<column>_qualifier`` ('' exact, '>' more than,
    '<' less than, '~' around, '<~' nearly). Empty cells are missing, never zero.

    >>> frame = load()
    >>> len(frame[frame["round"] == "2018-19"])
    28
    """
    chosen = resolve_source(source)
    path = chosen if chosen is not None else bundled_path()
    name = str(chosen) if chosen is not None else BUNDLED_NAME
    if name == STDIN:
        name = "<stdin>"
    # --encoding is the encoding of the user's file; the bundled file is UTF-8 whatever it says (before, e.g.
    # `probstat providers --encoding utf-16` failed on the bundled data).
    text = read_text(path, encoding=encoding if chosen is not None else "utf-8-sig", label=name)
    header = _header(text, name)
    # Every column is there afterwards, so analyses never meet a KeyError on a user's narrower file.
    wanted = set(schema.COLUMN_NAMES) if columns is None else set(columns) | set(schema.REQUIRED_COLUMNS)
    usecols = [c for c in header if c in wanted]
    frame = _check_and_type(_parse(text, name, header, usecols), name)
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


def load_sources(source: str | os.PathLike | None = None, *, encoding: str = "utf-8-sig") -> pd.DataFrame:
    """Load a sources CSV (round, provider_id, field, source_url, note); the bundled one by default."""
    name = str(source) if source is not None else "sources.csv"
    text = read_text(source if source is not None else bundled_path("sources.csv"), encoding=encoding,
                     label=name)
    if not text.strip():
        raise DataError("file is empty", file=name)
    try:
        header = [h.strip().lower() for h in next(csv.reader(io.StringIO(text)))]
    except csv.Error as exc:  # e.g. a header cell over the csv module's field limit: was an internal error
        raise DataError(f"cannot parse the header row: {exc}", file=name, row=1) from None
    missing = [c for c in schema.SOURCE_COLUMNS if c not in header]
    if missing:
        raise DataError(f"missing column(s): {', '.join(missing)}", file=name, row=1)
    for col in schema.SOURCE_COLUMNS:
        if header.count(col) > 1:  # was an internal error (ValueError) further on
            raise DataError("duplicated column name", file=name, row=1, column=col)
    # A header-only file is an empty sources table. (Deciding that by counting newlines, as before, silently
    # dropped the only data row of a file without a final newline.)
    frame = _parse(text, name, header, list(schema.SOURCE_COLUMNS), allow_empty=True)
    return frame.apply(lambda s: s.str.strip())
