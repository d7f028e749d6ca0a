"""Read and validate a providers CSV into a typed DataFrame.

Every problem becomes a DataError naming the file, the row (the header is row 1, as in a spreadsheet) and
the column. Only the columns a caller asks for are parsed (_parse_columns), most of them as categories, and
every check runs once per distinct value of a column, so that a million-row file is read and checked at
pandas speed. Whatever is parsed, a row with more fields than the header is refused.
"""

from __future__ import annotations

import codecs
import csv
import difflib
import io
import os
import re
import warnings
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

import numpy as np
import pandas as pd

from . import schema
from .errors import DataError
from .files import STDIN, check_encoding, read_text  # noqa: F401  (read_text: part of this module's API)
from .files import decode as _decode
from .files import is_wide as _is_wide
from .files import read_bytes as _read_bytes
from .files import refuse_binary as _refuse_binary
from .output import DELIMITERS

ENV_VAR = "PROBSTAT_DATA"
BUNDLED_NAME = "providers.csv"

# [0-9], not \d: \d also matches other scripts' digits (e.g. Arabic-Indic), which pandas' to_numeric turns into
# NaN; every figure that passes these patterns converts to the number written.
#: A qualified figure: qualifier, whole part (commas only as thousands separators: 1,234,567), fraction.
_QUALIFIED = re.compile(r"^(>|<~|<|~)?([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(\.[0-9]+)?$")
#: A figure written with a decimal comma (5,5 or 1.234,5), refused with its own message.
_DECIMAL_COMMA = re.compile(r"^(>|<~|<|~)?[0-9][0-9.]*,[0-9]+$")
#: A share written as a fraction, e.g. 2/3 for "two-thirds" (percentage columns only; see schema.FRACTION).
_FRACTION = re.compile(r"^([1-9][0-9]?)/([1-9][0-9]?)$")
_ROUND = re.compile(r"^([0-9]{4})-([0-9]{2})$")  # [0-9], not \d: only ASCII digits make a round
_DATE = re.compile(r"^[0-9]{4}-[0-9]{2}(-[0-9]{2})?$")
_SLUG = re.compile(r"^[a-z0-9][a-z0-9-]*$")
_COUNT = re.compile(r"^[0-9]+$")
#: Figures at or above this are refused: they would overflow Int64 (a crash) or become inf (printed as 'inf',
#: and as the invalid JSON token Infinity) rather than being read as a number.
_TOO_LARGE = 10**15
#: Cell values and column names quoted in error messages are cut to this many characters, so that a 100 KB
#: cell gives a readable one-line error.
_SHOWN = 60
#: Bytes decoded at a time when checking a file and reading its header.
_CHUNK = 1 << 22


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
    # Beside this module: the package is installed as files (pyproject ships the data as package data), and
    # importlib.resources would cost 9 ms of imports on every run.
    return Path(__file__).resolve().parent / "data" / name


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


def _decoded_chunks(data: bytes, encoding: str) -> Iterator[str]:
    """``data`` decoded _CHUNK bytes at a time: the text of a large file is never held whole (a str of the
    whole file is up to four times its size in bytes)."""
    decoder = codecs.getincrementaldecoder(encoding)()
    for start in range(0, len(data), _CHUNK):
        yield decoder.decode(data[start:start + _CHUNK], start + _CHUNK >= len(data))


def _decodable(data: bytes, encoding: str, name: str) -> tuple[bytes, str]:
    """Check what _decode checks, without keeping the text; returns the bytes and encoding to parse."""
    try:
        for chunk in _decoded_chunks(data, encoding):
            if _is_wide(encoding) and "\x00" in chunk:
                break
        else:
            return data, encoding
    except Exception:  # whatever it was, decoding the whole file below reports it with its exact place
        pass
    # Decoding the whole file gives the error's exact offset, row and message. Or, rarely, it works where
    # decoding a chunk at a time failed: UTF-16/32 without a byte-order mark, which Python's incremental
    # decoders (and so pandas) refuse; then that text, as UTF-8, is what is parsed.
    return _decode(data, encoding, name).encode("utf-8"), "utf-8"


def _lines(data: bytes, encoding: str) -> Iterator[str]:
    """The decoded lines of ``data`` as iterating io.StringIO(text) gives them (split after each \\n only),
    decoded as they are asked for."""
    pending: list[str] = []
    for chunk in _decoded_chunks(data, encoding):
        start = 0
        while (end := chunk.find("\n", start)) >= 0:
            pending.append(chunk[start:end + 1])
            yield "".join(pending)
            pending, start = [], end + 1
        pending.append(chunk[start:])
    if any(pending):
        yield "".join(pending)


def _sniff_delimiter(data: bytes, encoding: str, given: str | None) -> str:
    """The field separator: ``given``, else the first of DELIMITERS that splits the header row into fields
    holding every required column, else the one giving the most fields (so the error names what is missing)."""
    if given:
        return given
    first = next(_lines(data, encoding), "")
    fields = {}
    for delimiter in DELIMITERS:
        try:
            row = next(csv.reader([first], delimiter=delimiter), [])
        except csv.Error:
            continue
        names = {cell.strip().lower() for cell in row}
        if all(c in names for c in schema.REQUIRED_COLUMNS):
            return delimiter
        fields[delimiter] = len(row)
    return max(fields, key=fields.get) if fields else ","


def _header(data: bytes, encoding: str, name: str, delimiter: str = ",") -> list[str]:
    """The header row, normalised and checked, read from the start of the (already checked) file."""
    # Empty if every character is whitespace; any() stops decoding at the first chunk with something else.
    if not any(chunk.strip() for chunk in _decoded_chunks(data, encoding)):
        raise DataError("file is empty; expected a header row starting "
                        f"{','.join(schema.REQUIRED_COLUMNS)}", file=name)
    try:
        header = next(csv.reader(_lines(data, encoding), delimiter=delimiter))
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


def _parse(source: io.IOBase, name: str, header: list[str], usecols: list[str], *, encoding: str | None = None,
           allow_empty: bool = False, delimiter: str = ",") -> pd.DataFrame:
    """Parse ``source`` (text, or bytes in ``encoding``) into a frame of every cell as written."""
    try:
        # All columns, header=0 and index_col=False, with pandas' "data will be lost" warning made an error:
        # this is the combination under which a row with extra fields is refused rather than silently
        # shifted into an index or truncated (usecols= would hide it).
        with warnings.catch_warnings():
            warnings.simplefilter("error", pd.errors.ParserWarning)
            frame = pd.read_csv(source, encoding=encoding, dtype=str, keep_default_na=False, na_filter=False,
                                header=0, index_col=False, engine="c", sep=delimiter)
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


#: Encodings in which every byte below 0x80 is the ASCII character, so that delimiters, quotes and line ends
#: can be found in the undecoded bytes.
_ASCII_SUPERSETS = {"utf-8", "utf-8-sig", "ascii", "latin-1", "iso8859-1", "cp1252", "iso8859-15"}
_QUOTE, _LF, _CR = ord('"'), ord("\n"), ord("\r")


def _fields_fit(data: bytes, width: int, encoding: str | None, sep: str = ",") -> bool:
    """True when no record of ``data`` has more than ``width`` fields; False when one has, or may have.

    Records are split as RFC 4180 says, which is how pandas' C parser splits them whenever every quote is
    where RFC 4180 puts it: an opening quote starts a field, a closing one ends it (or is doubled). Any other
    quote, a quote left open, a line break other than \n or \r\n, or an encoding that is not a superset of
    ASCII gives False, never a wrong True; the caller then parses every column and lets pandas judge.
    Runs over _CHUNK bytes at a time with numpy, so a million-row file costs a fraction of a second.
    """
    if encoding is None or codecs.lookup(encoding).name not in _ASCII_SUPERSETS or len(sep.encode()) != 1:
        return False
    arr = np.frombuffer(data, dtype=np.uint8)
    first = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    last = len(arr) - 1
    delim = ord(sep)
    bounds = np.array([delim, _LF, _CR, _QUOTE], dtype=np.uint8)
    quotes_before = 0  # quotes in arr[:lo]: odd means arr[lo] is inside a quoted field
    pending = 0  # delimiters outside quotes since the last record ended
    carriages = b"\r" in data  # one search of the file, not a comparison per byte, when (as usual) there are none
    for lo in range(first, len(arr), _CHUNK):
        chunk = arr[lo:lo + _CHUNK]
        carriage = np.flatnonzero(chunk == _CR) if carriages else ()
        if len(carriage) and not (arr[np.minimum(carriage + lo + 1, last)] == _LF).all():
            return False  # a bare \r, which pandas may take for a line end
        quotes = np.flatnonzero(chunk == _QUOTE)
        delims = np.flatnonzero(chunk == delim)
        ends = np.flatnonzero(chunk == _LF)
        # Delimiters before each record end, counted by position (a search per line end, not per delimiter).
        before_end = np.searchsorted(delims, ends)
        if quotes.size or quotes_before % 2:
            at = quotes + lo
            opening = (quotes_before + np.arange(quotes.size)) % 2 == 0
            before_ok = (at == first) | np.isin(arr[np.maximum(at - 1, 0)], bounds)
            after_ok = (at == last) | np.isin(arr[np.minimum(at + 1, last)], bounds)
            if not np.where(opening, before_ok, after_ok).all():
                return False
            # Quoted spans within the chunk: [start, stop) from an opening quote to its closing one (a span
            # still open at either edge of the chunk runs to that edge).
            starts = quotes[opening] if quotes_before % 2 == 0 else np.concatenate(([0], quotes[opening]))
            stops = quotes[~opening]
            if stops.size < starts.size:
                stops = np.concatenate((stops, [len(chunk)]))
            inside_end = np.searchsorted(starts, ends, side="right") > np.searchsorted(stops, ends, side="right")
            # Delimiters inside quotes are not field separators: take them off the count of their record.
            hidden = np.searchsorted(delims, stops) - np.searchsorted(delims, starts)
            record_of_span = np.searchsorted(ends[~inside_end], starts)
            ends, before_end = ends[~inside_end], before_end[~inside_end]
            hidden_before_end = np.concatenate(([0], np.cumsum(hidden)))[np.searchsorted(record_of_span,
                                                                                         np.arange(ends.size),
                                                                                         side="right")]
            outside = np.concatenate((before_end - hidden_before_end, [delims.size - hidden.sum()]))
        else:
            outside = np.concatenate((before_end, [delims.size]))
        per_record = np.diff(outside, prepend=0)
        per_record[0] += pending
        if per_record.max() > width - 1:
            return False
        pending = int(per_record[-1])
        quotes_before += quotes.size
    return quotes_before % 2 == 0


#: Below this many bytes a file's columns are read as plain text, not categories (see _column_dtypes).
_SMALL_FILE = 1 << 18

#: Kinds of column that load(categories=...) gives as categories, as it does the qualifier columns: few distinct
#: values, compared and counted over every row by the analyses, which a category does on its integer codes
#: (0.2 ms per million rows against 50 ms for text).
CATEGORY_KINDS = frozenset({"round", "sector", "rating"})


def _column_dtypes(usecols: list[str], size: int) -> dict[str, str]:
    """How _parse_columns reads each column of a file of ``size`` bytes: as categories (codes and the distinct
    values: what _Distinct needs, with one Python string per distinct value rather than per cell), except the
    columns whose every value is usually distinct, which would only add a sort of a million strings. A small
    file's columns are all plain text: building 44 categoricals cost more than checking every cell (8.7 ms
    against 3.4 ms to read the bundled file)."""
    if size < _SMALL_FILE:
        return dict.fromkeys(usecols, "object")
    return {c: "object" if c in ("provider_id", "provider") else "category" for c in usecols}


def _parse_columns(data: bytes, name: str, header: list[str], usecols: list[str], *,
                   encoding: str, delimiter: str = ",") -> pd.DataFrame:
    """Parse only the ``usecols`` of ``data``, refusing a malformed file exactly as _parse does.

    pandas' usecols= silently drops the fields of a row longer than the header, so such rows are looked for
    first (_fields_fit); when one may be there, every column is parsed by _parse, which refuses it.
    """
    every = len(usecols) == len(header)
    # Without usecols= pandas refuses a long row itself, so the scan for one is needed only when columns are left out.
    if not every and not _fields_fit(data, len(header), encoding, delimiter):
        return _parse(io.BytesIO(data), name, header, usecols, encoding=encoding, delimiter=delimiter)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", pd.errors.ParserWarning)
            frame = _read_columns(data, header, _column_dtypes(usecols, len(data)), encoding, delimiter,
                                  every=every)
        # pandas turns categories that are all true/false spellings into booleans, losing the text as written
        lost = [c for c in usecols if isinstance(frame[c].dtype, pd.CategoricalDtype)
                and not pd.api.types.is_string_dtype(frame[c].cat.categories.dtype)]
        if lost:
            frame[lost] = _read_columns(data, header, dict.fromkeys(lost, "object"), encoding, delimiter)
    except (pd.errors.ParserError, pd.errors.ParserWarning, csv.Error, ValueError):
        # its error, worded as usual
        return _parse(io.BytesIO(data), name, header, usecols, encoding=encoding, delimiter=delimiter)
    if frame.empty:
        raise DataError("has a header but no data rows", file=name)
    return frame[usecols]


def _read_columns(data: bytes, header: list[str], dtypes: dict[str, str], encoding: str,
                  delimiter: str = ",", *, every: bool = False) -> pd.DataFrame:
    """The columns named in ``dtypes`` (all of them when ``every``), every cell as written (empty cells as '')."""
    # thousands= set (to a character no cell uses for it) keeps pandas from turning categories that all look
    # like numbers into numbers ('007' into 7, '1.50' into 1.5); it never touches text cells.
    return pd.read_csv(io.BytesIO(data), encoding=encoding, header=0, names=header,
                       usecols=None if every else list(dtypes),
                       dtype=dtypes, keep_default_na=False, na_filter=False, thousands="\x01", index_col=False,
                       engine="c", sep=delimiter)


def _first_true(mask: pd.Series) -> int | None:
    """Position of the first True in ``mask``."""
    if not mask.any():
        return None
    return int(mask.to_numpy().nonzero()[0][0])


def _first_bad(mask: pd.Series) -> int | None:
    """Spreadsheet row number of the first True in ``mask`` (header is row 1; the index holds file positions)."""
    first = _first_true(mask)
    return None if first is None else int(mask.index[first]) + 2


class Collected:
    """The cell errors of a file found while collecting (see collecting_errors): the first LISTED, and a count."""

    LISTED = 100

    def __init__(self):
        self.errors: list[DataError] = []
        self.count = 0

    def add(self, error: DataError) -> None:
        self.count += 1
        if len(self.errors) < self.LISTED:
            self.errors.append(error)


#: While collecting_errors() is active, where cell errors go instead of being raised.
_collected: Collected | None = None


@contextmanager
def collecting_errors():
    """Within the block, load() records every bad cell and row (header faults still stop it) instead of
    raising at the first: ``with collecting_errors() as found: load(...)``, then ``found.errors``."""
    global _collected
    outer, _collected = _collected, Collected()
    try:
        yield _collected
    finally:
        _collected = outer


def _raise(value, name: str, row: int, column: str, message) -> None:
    """Raise (or, while collecting, record) the DataError for a bad ``value``; ``message`` is text, or a
    function of the value giving it."""
    if isinstance(value, str):
        value = _short(value)  # a 100 KB cell must not make a 100 KB error line
    error = DataError(message(value) if callable(message) else message, file=name, row=row, column=column)
    if _collected is None:
        raise error
    _collected.add(error)


def _fail(mask: pd.Series, frame: pd.DataFrame, name: str, column: str, message) -> None:
    """Raise (or record) for the first row of ``frame`` where ``mask`` holds (every such row while collecting)."""
    first = _first_true(mask)
    if first is None:
        return
    for position in ([first] if _collected is None else mask.to_numpy().nonzero()[0]):
        _raise(frame[column].iloc[position] if column in frame else "", name, int(frame.index[position]) + 2,
               column, message)


class _Distinct:
    """One column as its distinct values and each row's code into them; ``position`` is the column's place in
    the file, which orders its errors among the other columns'.

    Checks and conversions run once per distinct value and are then spread back over the rows: a column of a
    million rows holds a few thousand distinct ratings, dates or figures, and pandas' .str methods make one
    Python call per value. A categorical column (as _parse_columns reads most columns) already is codes and
    distinct values; any other column is factorized here.
    """

    def __init__(self, column: pd.Series, kind: str, name: str, position: int = 0):
        self.column, self.kind, self.file, self.position = str(column.name), kind, name, position
        self.labels = column.index  # each row's position in the file, for error messages
        if isinstance(column.dtype, pd.CategoricalDtype):
            # Categories come sorted, so a lower code is not an earlier row: fail() searches the rows.
            self.codes = column.cat.codes.to_numpy()
            uniques = column.cat.categories.to_numpy(dtype=object)
            self.in_row_order = False
        elif column.dtype == object:
            # Read as plain objects because nearly every value is distinct (_column_dtypes): each row is its
            # own value, which spares hashing a million strings to find the few repeats.
            self.codes, uniques = np.arange(len(column)), column.to_numpy()
            self.in_row_order = True
        else:
            # Not sorted: codes number distinct values in order of first appearance. The object array
            # factorizes in about half the time of the string array that holds it.
            self.codes, uniques = pd.factorize(column.to_numpy(dtype=object), sort=False)
            self.in_row_order = True
        self.uniques = uniques
        # Set by the _Batch the column is checked in: the batch, and where this column's values lie in it.
        self.batch: _Batch | None = None
        self.lo = self.hi = 0

    @property
    def values(self) -> pd.Series:
        """The distinct values, whitespace stripped (this column's part of its batch's)."""
        return self.batch.part(self.batch.values, self)

    @property
    def known(self) -> pd.Series:
        """Per distinct value: is it known (not empty)?"""
        return self.batch.part(self.batch.known, self)

    def fail(self, bad: pd.Series, message) -> None:
        """Raise for the first row whose distinct value is ``bad`` (a mask over the distinct values)."""
        if _collected is not None:
            self._record_all(bad, message)
            return
        code = _first_true(bad)
        if code is None:
            return
        if self.in_row_order:
            # The lowest bad code is the bad value that appears first, so its first row is the first bad row.
            row = int((self.codes == code).argmax())
        else:
            row = int(bad.to_numpy(dtype=bool)[self.codes].argmax())
            code = int(self.codes[row])
        _raise(self.values.iloc[code], self.file, int(self.labels[row]) + 2, self.column, message)

    def _record_all(self, bad: pd.Series, message) -> None:
        """Record every row whose distinct value is ``bad``, in row order."""
        bad_codes = bad.to_numpy().nonzero()[0]
        if len(bad_codes):
            for position in np.flatnonzero(np.isin(self.codes, bad_codes)):
                code = self.codes[position]
                _raise(self.values.iloc[code], self.file, int(self.labels[position]) + 2, self.column, message)

    def spread(self, batch_values, index: pd.Index) -> pd.Series:
        """This column's part of ``batch_values`` (an array, one per distinct value of its batch) as one per row."""
        # copy=False: the array is new (or, when every value is distinct, a temporary's); copying it took ~15 ms
        # a column per million rows.
        if self.in_row_order and self.hi - self.lo == len(self.codes):  # all distinct, in order: codes are 0..n-1
            return pd.Series(batch_values[self.lo:self.hi], index=index, copy=False)
        codes = np.add(self.codes, self.lo, dtype=np.intp) if self.lo else self.codes  # int8 codes would overflow
        return pd.Series(batch_values.take(codes), index=index, copy=False)

    def spread_categories(self, values: pd.Series, index: pd.Index) -> pd.Series:
        """``values`` (one per distinct value) as one per row, as categories sorted as text (missing: NaN)."""
        inverse, categories = pd.factorize(values.to_numpy(dtype=object), sort=True)
        codes = inverse if self.in_row_order and len(inverse) == len(self.codes) else inverse.take(self.codes)
        return pd.Series(pd.Categorical.from_codes(codes, categories=pd.Index(categories, dtype="str")),
                         index=index, copy=False)


#: Joins distinct values for one regular-expression pass over all of them. It cannot start or end a value
#: that the checks accept, so a pattern that holds over the joined text holds for each value.
_JOIN = "\x00"
_PADDED = re.compile(r"\x00\s")
#: What _stripped removes around a value.
_PADDING = " \t\r\n"


def _joined(values: pd.Series) -> str:
    """``values`` end to end, each one between two _JOIN."""
    return _JOIN + _JOIN.join(values) + _JOIN


def _stripped(values: pd.Series) -> tuple[pd.Series, str | None]:
    """``values`` with surrounding whitespace removed, and their _joined text when (as usual) none had any (two
    regex passes over it tell), else None."""
    joined = _joined(values)
    # Whitespace after a separator starts a value; reversed, whitespace after a separator ends one. (A
    # literal first character lets the regex engine skip ahead; a leading \s would be tried everywhere.)
    if not _PADDED.search(joined) and not _PADDED.search(joined[::-1]):
        return values, joined
    # Only the blanks a spreadsheet pads with: a vertical tab, form feed or other exotic space before a figure
    # is not padding, and left in place it makes the value fail its check instead of passing as the figure.
    return values.str.strip(_PADDING), None


def _all_match(values: pd.Series, pattern: re.Pattern, joined: str) -> pd.Series:
    """Per value: does ``pattern`` (anchored, not matching _JOIN) match it whole? One regex pass over their
    ``joined`` text when all do."""
    whole = f"(?:{pattern.pattern.strip('^$')})"
    if re.compile(f"{whole}(?:{_JOIN}{whole})*").fullmatch(joined, 1, len(joined) - 1):
        return pd.Series(True, index=values.index)
    return values.str.fullmatch(pattern.pattern.strip("^$"))


def _extract(values: pd.Series, pattern: re.Pattern, joined: str) -> pd.DataFrame:
    """``values.str.extract(pattern)`` (a column per group, NaN where a value does not match or a group takes no
    part) for an anchored ``pattern`` none of whose groups matches an empty string, found in one regex pass
    over the values' ``joined`` text (str.extract calls the regex engine once per value from Python: 0.33 s
    against 0.21 s for 250,000 distinct figures)."""
    if joined.count(_JOIN) != len(values) + 1:  # a value holds the separator: one by one
        return values.str.extract(pattern)
    # Each value is the pattern (whose $ also matches before a final newline), or else anything up to the next
    # separator (all groups '').
    each = re.compile(f"{_JOIN}(?:{pattern.pattern.strip('^$')}\n?(?={_JOIN})|[^{_JOIN}]*(?={_JOIN}))")
    found = np.array(each.findall(joined), dtype=object).reshape(len(values), pattern.groups)
    found[found == ""] = None
    return pd.DataFrame(found, index=values.index)


def _round(d: _Batch) -> dict[str, pd.Series]:
    parts = _extract(d.values, _ROUND, d.joined)
    ok = parts[0].notna() & ((parts[0].str[2:].astype(float) + 1) % 100 == parts[1].astype(float))
    d.fail(~ok, lambda v: f"{v!r} is not a round like 2018-19")
    return {"": d.values}


def _id(d: _Batch) -> dict[str, pd.Series]:
    d.fail(~_all_match(d.values, _SLUG, d.joined),
           lambda v: f"{v!r} is not an id (lower-case letters, digits and hyphens)")
    return {"": d.values}


def _sector(d: _Batch) -> dict[str, pd.Series]:
    # Any letter case, as before; stored as schema spells it (NPS, CRC, PDU, region, national).
    canon = d.values.str.lower().map({s.lower(): s for s in schema.ALL_SECTORS})
    d.fail(canon.isna(), lambda v: f"{v!r} is not a sector; expected NPS or CRC (2018-21) or, for later "
           f"units, {', '.join(schema.UNIT_TYPES)}")
    return {"": canon}


def _rating(d: _Batch) -> dict[str, pd.Series]:
    canon = d.values.str.lower().str.split().str.join(" ")
    mapped = canon.map({r.lower(): r for r in schema.RATINGS})
    d.fail(d.known & mapped.isna(), lambda v: f"{v!r} is not a rating; expected one of {', '.join(schema.RATINGS)}")
    return {"": mapped.where(d.known, None)}


def _date(d: _Batch) -> dict[str, pd.Series]:
    values = d.values
    shape = values.str.match(_DATE)
    parsed = pd.to_datetime(values.where(values.str.len() != 7, values + "-01"), format="%Y-%m-%d",
                            errors="coerce")
    d.fail(d.known & (~shape | parsed.isna()), lambda v: f"{v!r} is not a date; expected YYYY-MM-DD or YYYY-MM")
    return {"": values.where(d.known, None)}


def _count(d: _Batch) -> dict[str, pd.Series]:
    values, known = d.values, d.known
    d.fail(known & ~values.str.match(_COUNT), lambda v: f"{v!r} is not a whole number >= 0")
    too_large = values.str.lstrip("0").str.len().gt(len(str(_TOO_LARGE)) - 1)
    d.fail(known & too_large, lambda v: f"{v!r} is too large for a count")
    numbers = pd.to_numeric(values.where(known & values.str.match(_COUNT) & ~too_large, None), errors="coerce")
    if d.column.startswith("n_std_"):
        d.fail(numbers > schema.N_STANDARDS,
               lambda v: f"{v} is out of range; a provider has {schema.N_STANDARDS} standards")
    return {"": numbers.astype("Int64")}


def _qualified(d: _Batch) -> dict[str, pd.Series]:
    numbers, qualifiers = _figures(d)
    if d.kind == "qpercent":
        # Beyond 100 also when the float rounds it to 100 ('100.0000000000000001') or a qualifier puts it there
        # ('>100', more than all of them).
        fraction_digits = _extract(d.values, _QUALIFIED, d.joined)[2].fillna("").str.strip(".0")
        over = (numbers > 100) | ((numbers == 100) & ((fraction_digits != "") | (qualifiers == ">")))
        d.fail(over, lambda v: f"{v!r} is out of range 0-100 for a percentage")
        numbers = numbers.where(~over)
    return {"": numbers, "qualifier": qualifiers.fillna("").where(d.known, None)}


def _figures(d: _Batch) -> tuple[pd.Series, pd.Series]:
    """The numbers and qualifiers of a column of qualified figures (NaN where bad, after reporting it).

    Commas are accepted only as thousands separators; a decimal comma and a figure too large to hold
    exactly are errors, never a different or unknown number.
    """
    parts = _extract(d.values, _QUALIFIED, d.joined)
    fraction = _extract(d.values, _FRACTION, d.joined)
    is_fraction = fraction[0].notna() & (d.kind == "qpercent")  # a fraction is a share: percentages only
    fractions = " or a fraction such as 2/3" if d.kind == "qpercent" else ""
    decimal_comma = d.known & parts[1].isna() & d.values.str.match(_DECIMAL_COMMA)
    d.fail(decimal_comma, lambda v: f"{v!r} has a decimal comma; write the decimal point as '.' (a comma may only "
           "separate thousands, as in 1,234)")
    d.fail(d.known & parts[1].isna() & ~decimal_comma & ~is_fraction, lambda v: f"{v!r} is not a number; write "
           f"1234 or 1,234, or >1234 (more than), <1234 (less than), ~1234 (around), <~1234 (nearly){fractions}")
    whole = parts[1].str.replace(",", "", regex=False)
    too_large = whole.str.lstrip("0").str.len().gt(len(str(_TOO_LARGE)) - 1)
    d.fail(d.known & too_large, lambda v: f"{v!r} is too large a figure")
    numbers = pd.to_numeric((whole + parts[2].fillna("")).where(~too_large.fillna(False), None), errors="coerce")
    qualifiers = parts[0]
    if is_fraction.any():
        num, den = pd.to_numeric(fraction[0]), pd.to_numeric(fraction[1])
        above_one = is_fraction & (num > den)
        d.fail(above_one, lambda v: f"{v!r} is a fraction above 1; a share is at most 1/1")
        # reported once: left as a number it would fail the 0-100 check as well
        numbers = numbers.where(~is_fraction, (100 * num / den).where(~above_one))
        qualifiers = qualifiers.where(~is_fraction, schema.FRACTION)
    return numbers, qualifiers


def _url(d: _Batch) -> dict[str, pd.Series]:
    d.fail(d.known & ~d.values.str.match(r"^https?://\S+$"), lambda v: f"{v!r} is not an http(s) URL")
    return {"": d.values.where(d.known, None)}


def _text(d: _Batch) -> dict[str, pd.Series]:
    return {"": d.values.where(d.known, None)}


#: Column kind -> its checks, giving the typed values (one per distinct value) that go into the frame: key "" for
#: the column itself, "qualifier" for its qualifier column.
_KINDS = {"round": _round, "id": _id, "sector": _sector, "rating": _rating, "date": _date, "count": _count,
          "qcount": _qualified, "qpercent": _qualified, "url": _url}


class _Batch:
    """The columns of one kind, checked as one: their distinct values end to end, so that each check is one
    pandas call for all of them (on a small file the calls, not the values, are the cost: 44 columns one by
    one took 70 ms for 28 rows).

    Failures are held, not raised: the caller replays them in column order, then check order, which is the
    order in which checking one column at a time met them.
    """

    def __init__(self, members: list[_Distinct], kind: str):
        self.members, self.kind = members, kind
        self.column = members[0].column  # what _count asks of its column; a batch's columns share it
        self.bounds = np.cumsum([0, *(len(m.uniques) for m in members)])
        self.values, joined = _stripped(pd.Series(np.concatenate([m.uniques for m in members]), dtype=object))
        self.joined = joined if joined is not None else _joined(self.values)
        # Joined, an empty value leaves two separators side by side: none there, none empty. (For a million
        # distinct ids, looking took 12 ms and comparing each with '' 50 ms.)
        self.known = (pd.Series(True, index=self.values.index) if _JOIN * 2 not in self.joined
                      else self.values.ne(""))
        for member, lo, hi in zip(members, self.bounds[:-1], self.bounds[1:], strict=True):
            member.batch, member.lo, member.hi = self, int(lo), int(hi)
        self.failures: list[tuple[int, int, _Distinct, pd.Series, object]] = []

    def part(self, values: pd.Series, member: _Distinct) -> pd.Series:
        """``member``'s part of ``values`` (one per distinct value of the batch)."""
        if len(self.members) == 1:
            return values
        return pd.Series(values.array[member.lo:member.hi], copy=False)

    def spread(self, values: pd.Series, index: pd.Index, categories: bool) -> list[pd.Series]:
        """``values`` (one per distinct value of the batch) as one Series per column, one value per row.

        Text is typed once for the batch, not per column: for a small file the pandas calls are the cost (with
        the frame built in one call, typing the bundled file went from 20.4 to 15.9 ms).
        """
        if categories:
            return [m.spread_categories(self.part(values, m), index) for m in self.members]
        array, present = values.array, None
        if values.dtype == object:
            present = values.notna().to_numpy()
            # Typed as text over the distinct values: a Series built from a million-row object array would
            # check every cell for the same thing (a second per million rows and column).
            text = values.astype("str").array if present.any() else array
        # A column of nothing but None stays object, as a Series built from it always was.
        return [m.spread(text if present is not None and present[m.lo:m.hi].any() else array, index)
                for m in self.members]

    def fail(self, bad, message) -> None:
        """Hold, for each column, the failure of its distinct values that are ``bad``."""
        bad = np.asarray(pd.Series(bad).fillna(False), dtype=bool)
        for member, lo, hi in zip(self.members, self.bounds[:-1], self.bounds[1:], strict=True):
            if bad[lo:hi].any():
                self.failures.append((member.position, len(self.failures), member, pd.Series(bad[lo:hi]), message))


def _batch_key(column: str, kind: str) -> tuple[str, bool]:
    # n_std_* counts have a range check the other counts do not: a batch of its own
    return kind, column.startswith("n_std_")


def _typed(raw: pd.DataFrame, name: str, categories: bool = False) -> pd.DataFrame:
    """Check every cell of ``raw`` and type it: a column per column, and each qualified one's qualifier after it;
    with ``categories``, the CATEGORY_KINDS and qualifier columns as categories."""
    batches: dict[tuple[str, bool], list[_Distinct]] = {}
    failures = []
    for position, col in enumerate(raw.columns):
        spec = schema.COLUMNS_BY_NAME[col]
        distinct = _Distinct(raw[col], spec.kind, name, position)
        batches.setdefault(_batch_key(col, spec.kind), []).append(distinct)
    typed: dict[tuple[str, str], pd.Series] = {}
    for (kind, _), members in batches.items():
        batch = _Batch(members, kind)
        for member in members:
            if schema.COLUMNS_BY_NAME[member.column].required and not member.known.all():
                failures.append((member.position, -1, member, ~member.known, "is empty; this column is required"))
        for key, values in _KINDS.get(kind, _text)(batch).items():
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
    # One constructor call: inserting 62 columns one at a time took 2 ms of the bundled file's 30 ms load.
    return pd.DataFrame(out, index=raw.index, copy=False)


def _check_and_type(raw: pd.DataFrame, name: str, categories: bool = False) -> pd.DataFrame:
    """Every row of ``raw`` checked and typed, and the checks across columns and rows run."""
    out = _typed(raw, name, categories)
    _check_rows(out, name)
    return out


def _check_and_type_provider(raw: pd.DataFrame, name: str, provider_id: str,
                             categories: bool = False) -> pd.DataFrame:
    """The rows of ``provider_id`` checked and typed; of the other rows only the required columns are checked.

    The required columns are what tells rows apart (and a duplicate row), so they are checked everywhere; the
    figures of other providers are neither read into the result nor checked, as a column left out is not.
    """
    required = [c for c in raw.columns if schema.COLUMNS_BY_NAME[c].required]
    keys = _typed(raw[required], name, categories)
    _check_duplicates(keys, name)
    mine = raw[(keys["provider_id"] == provider_id).to_numpy()]
    if mine.empty:
        # No such provider: every row's ids, for the caller's "no provider X (did you mean Y?)"
        return keys
    # A subset keeps every category of the whole column: drop the others, or a bad value in another provider's
    # row would be checked (and blamed on one of these rows).
    rest = pd.DataFrame({c: mine[c].cat.remove_unused_categories() if isinstance(mine[c].dtype, pd.CategoricalDtype)
                         else mine[c] for c in mine.columns if c not in required}, index=mine.index)
    out = pd.concat([keys.loc[mine.index], _typed(rest, name, categories)], axis=1)
    _check_rows(out, name, duplicates=False)
    return out[[c for c in _typed_order(raw.columns) if c in out]]


def _typed_order(columns) -> list[str]:
    """The typed frame's columns for raw ``columns``, each qualified one's qualifier after it."""
    order = []
    for col in columns:
        order.append(col)
        if col in schema.QUALIFIED_COLUMNS:
            order.append(schema.qualifier_suffix(col))
    return order


def _check_rows(frame: pd.DataFrame, name: str, *, duplicates: bool = True) -> None:
    """Checks that look across a row's columns, or across rows."""
    # one mask per sector (when loaded as categories, a comparison of integer codes)
    in_sector = {s: frame["sector"].eq(s).to_numpy(dtype=bool) for s in schema.ALL_SECTORS}
    for std in schema.STANDARDS:
        if std.column in frame and len(std.sectors) == 1:
            allowed = np.logical_or.reduce([in_sector[s] for s in (*std.sectors, *std.units)])
            wrong = pd.Series(frame[std.column].notna().to_numpy() & ~allowed, index=frame.index)
            _fail(wrong, frame, name, std.column,
                  f"is rated for {std.sectors[0]}s only; leave it empty for other sectors")
    counts = [c for c in schema.STANDARD_COUNT_COLUMNS.values() if c in frame]
    if counts:
        total = sum(frame[c].to_numpy(dtype=np.int64, na_value=0) for c in counts)
        _fail(pd.Series(total > schema.N_STANDARDS, index=frame.index), frame, name, counts[0],
              f"the n_std_* counts add up to more than {schema.N_STANDARDS} standards")
    if duplicates:
        _check_duplicates(frame, name)


def _check_duplicates(frame: pd.DataFrame, name: str) -> None:
    """Refuse a second row for the same round and provider."""
    dup = frame.duplicated(["round", "provider_id"], keep="first")
    first_dup = _first_true(dup)
    if first_dup is None:
        return
    # Each key's first row found once for all (looking it up per duplicate row was quadratic: 60,000 copies of
    # one row took minutes).
    codes = frame.groupby(["round", "provider_id"], sort=False, observed=True, dropna=False).ngroup().to_numpy()
    _, first_at = np.unique(codes, return_index=True)
    first_of = dict(zip(codes[first_at].tolist(), first_at.tolist(), strict=True))
    rounds, ids = frame["round"].to_numpy(dtype=object), frame["provider_id"].to_numpy(dtype=object)
    for position in ([first_dup] if _collected is None else dup.to_numpy().nonzero()[0].tolist()):
        first = int(frame.index[first_of[codes[position]]]) + 2
        _raise(None, name, int(frame.index[position]) + 2, "provider_id", f"duplicate row: round {rounds[position]} "
               f"provider_id {ids[position]} is already on row {first}")


def load(source: str | os.PathLike | None = None, *, encoding: str = "utf-8-sig",
         columns: Iterable[str] | None = None, delimiter: str | None = None,
         provider_id: str | None = None, categories: bool | str = False) -> pd.DataFrame:
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
    can say which ids there are.

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
    data = _read_bytes(path, name)
    _refuse_binary(data, encoding, name)
    data, encoding = _decodable(data, encoding, name)
    delimiter = _sniff_delimiter(data, encoding, delimiter)
    header = _header(data, encoding, name, delimiter)
    # Every column is there afterwards, so analyses never meet a KeyError on a user's narrower file.
    wanted = set(schema.COLUMN_NAMES) if columns is None else set(columns) | set(schema.REQUIRED_COLUMNS)
    usecols = [c for c in header if c in wanted]
    raw = _parse_columns(data, name, header, usecols, encoding=encoding, delimiter=delimiter)
    # On a small file categories cost more to build than their comparisons save (3 ms for the bundled file).
    as_categories = categories is True or (categories == "auto" and len(data) >= _SMALL_FILE)
    del data  # the file's bytes, as large as the file, are not needed once parsed: free them before typing
    frame = (_check_and_type(raw, name, as_categories) if provider_id is None
             else _check_and_type_provider(raw, name, provider_id, as_categories))
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
    name = str(path) if path is not None else "sources.csv"
    text = read_text(path if path is not None else bundled_path("sources.csv"), encoding=encoding,
                     label=name)
    if not text.strip():
        raise DataError("file is empty", file=name)
    try:
        header = [h.strip().lower() for h in next(csv.reader(io.StringIO(text)))]
    except csv.Error as exc:  # e.g. a header cell over the csv module's field limit
        raise DataError(f"cannot parse the header row: {exc}", file=name, row=1) from None
    missing = [c for c in schema.REQUIRED_SOURCE_COLUMNS if c not in header]
    if missing:
        raise DataError(f"missing column(s): {', '.join(missing)}", file=name, row=1)
    for col in schema.SOURCE_COLUMNS:
        if header.count(col) > 1:  # one column per name, or selecting it would give a frame
            raise DataError("duplicated column name", file=name, row=1, column=col)
    # A header-only file is an empty sources table (decided by parsing, so a file without a final newline
    # keeps its last row).
    present = [c for c in schema.SOURCE_COLUMNS if c in header]
    frame = _parse(io.StringIO(text), name, header, present, allow_empty=True).apply(lambda s: s.str.strip())
    if "basis" not in header:
        # A file from before the basis column: every figure's basis is unknown (reported as such), not an error.
        frame["basis"] = schema.UNKNOWN_BASIS
    else:
        bad = ~frame["basis"].isin(list(schema.BASES))
        if bad.any():
            row = int(bad.to_numpy().argmax())
            raise DataError(f"{_short(frame['basis'].iloc[row])!r} is not a basis; expected one of "
                            f"{', '.join(schema.BASES)}", file=name, row=row + 2, column="basis")
    return frame[list(schema.SOURCE_COLUMNS)]
