"""Parsing a providers CSV's bytes with pandas: every cell as written, only the columns asked for.

A row with more fields than the header is refused whatever is parsed: pandas' usecols= would drop its extra
fields silently, so fields_fit scans the bytes for such a row first.
"""

from __future__ import annotations

import codecs
import csv
import io
import re
import warnings

import numpy as np
import pandas as pd

from . import arrowcsv, sniff
from .errors import DataError


def parse(source: io.IOBase, name: str, header: list[str], usecols: list[str], *, encoding: str | None = None,
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


def fields_fit(data: bytes, width: int, encoding: str | None, sep: str = ",") -> bool:
    """True when no record of ``data`` has more than ``width`` fields; False when one has, or may have.

    Records are split as RFC 4180 says, which is how pandas' C parser splits them whenever every quote is
    where RFC 4180 puts it: an opening quote starts a field, a closing one ends it (or is doubled). Any other
    quote, a quote left open, a line break other than \n or \r\n, or an encoding that is not a superset of
    ASCII gives False, never a wrong True; the caller then parses every column and lets pandas judge.
    Runs over sniff.CHUNK bytes at a time with numpy, so a million-row file costs a fraction of a second.
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
    for lo in range(first, len(arr), sniff.CHUNK):
        chunk = arr[lo:lo + sniff.CHUNK]
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


def quotes_fit(data: bytes, encoding: str | None, sep: str = ",") -> bool:
    """True when every quote of ``data`` is where RFC 4180 puts it and no line ends in a bare \\r: the part of
    fields_fit that pyarrow needs, since it refuses a record of any other width than the header's by itself.

    Only the quotes are looked at (a few per row at most), not every delimiter, so it costs a fraction of
    fields_fit. False, never a wrong True, for anything it cannot tell.
    """
    if encoding is None or codecs.lookup(encoding).name not in _ASCII_SUPERSETS or len(sep.encode()) != 1:
        return False
    arr = np.frombuffer(data, dtype=np.uint8)
    first = len(codecs.BOM_UTF8) if data.startswith(codecs.BOM_UTF8) else 0
    last = len(arr) - 1
    bounds = np.array([ord(sep), _LF, _CR, _QUOTE], dtype=np.uint8)
    quotes_before = 0
    carriages = b"\r" in data
    few = True  # quotes found one by one until a chunk holds too many for that
    for lo in range(first, len(arr), sniff.CHUNK):
        chunk = arr[lo:lo + sniff.CHUNK]
        carriage = np.flatnonzero(chunk == _CR) if carriages else ()
        if len(carriage) and not (arr[np.minimum(carriage + lo + 1, last)] == _LF).all():
            return False
        at = _few_quotes(data, lo, lo + len(chunk)) if few else None
        if at is None:
            few = False
            at = np.flatnonzero(chunk == _QUOTE) + lo
        if at.size:
            # an opening quote follows a field's start; a closing one (or the first of a doubled pair) ends it
            opening = (quotes_before + np.arange(at.size)) % 2 == 0
            before_ok = (at == first) | np.isin(arr[np.maximum(at - 1, 0)], bounds)
            after_ok = (at == last) | np.isin(arr[np.minimum(at + 1, last)], bounds)
            if not np.where(opening, before_ok, after_ok).all():
                return False
        quotes_before += at.size
    return quotes_before % 2 == 0


#: Quotes in a chunk of sniff.CHUNK bytes up to which bytes.find (memchr) finds them for less than comparing every
#: byte in numpy: at 10^6 rows with a quoted figure in one row of seven, 0.15 -> 0.06 s.
_FIND_LIMIT = 4096


def _few_quotes(data: bytes, lo: int, hi: int) -> np.ndarray | None:
    """The positions of the quotes in data[lo:hi], or None when there are more than _FIND_LIMIT."""
    found = []
    find = data.find
    at = find(b'"', lo, hi)
    while at >= 0:
        if len(found) == _FIND_LIMIT:
            return None
        found.append(at)
        at = find(b'"', at + 1, hi)
    return np.array(found, dtype=np.int64)


def record_lines(data: bytes, rows: int, encoding: str | None, sep: str = ",") -> np.ndarray | None:
    """Where each line of ``data`` starts (and, last, where the last one ends), when every line after the header
    is one of the ``rows`` records a parser found in it: quotes where RFC 4180 puts them (quotes_fit), no line
    break inside a quoted field, and as many lines as records. None otherwise.

    With no line break inside a field, a parser's records differ from the lines only by lines it skipped
    (blank ones): as many lines as records leaves none skipped, so record i is line i + 1.
    """
    if not quotes_fit(data, encoding, sep):
        return None
    arr = np.frombuffer(data, dtype=np.uint8)
    pieces = [(np.flatnonzero(arr[lo:lo + sniff.CHUNK] == _LF) + lo, np.flatnonzero(arr[lo:lo + sniff.CHUNK] == _QUOTE)
               + lo) for lo in range(0, len(arr), sniff.CHUNK)]
    breaks = np.concatenate([b for b, _ in pieces] or [np.zeros(0, dtype=np.int64)])
    quotes = np.concatenate([q for _, q in pieces] or [np.zeros(0, dtype=np.int64)])
    # quotes_fit paired them: the bytes between quote 2k and 2k+1 are inside a field (a doubled quote in a
    # field is a pair of its own, its bytes none)
    if np.any(np.searchsorted(breaks, quotes[0::2]) != np.searchsorted(breaks, quotes[1::2])):
        return None
    bounds = np.concatenate(([0], breaks + 1, [len(data)] if len(data) and data[-1] != _LF else []))
    return bounds.astype(np.int64) if len(bounds) - 2 == rows else None


def record_bytes(data: bytes, bounds: np.ndarray, records: np.ndarray) -> bytes:
    """The header line of ``data`` and its records at positions ``records`` (record_lines' ``bounds``), each
    ending in a line break."""
    lines = [data[bounds[0]:bounds[1]], *(data[bounds[i + 1]:bounds[i + 2]] for i in records.tolist())]
    return b"".join(line if line.endswith(b"\n") else line + b"\n" for line in lines)


#: Below this many bytes a file's columns are read as plain text, not categories (see _column_dtypes).
SMALL_FILE = 1 << 18


def _column_dtypes(usecols: list[str], size: int) -> dict[str, str]:
    """How parse_columns reads each column of a file of ``size`` bytes: as categories (codes and the distinct
    values: what distinct.Distinct needs, with one Python string per distinct value rather than per cell), except the
    columns whose every value is usually distinct, which would only add a sort of a million strings. A small
    file's columns are all plain text: building 44 categoricals costs more than checking every cell."""
    if size < SMALL_FILE:
        return dict.fromkeys(usecols, "object")
    return {c: "object" if c in ("provider_id", "provider") else "category" for c in usecols}


def parse_columns(data: bytes, name: str, header: list[str], usecols: list[str], *,
                   encoding: str, delimiter: str = ",", decoded: bool = False) -> pd.DataFrame:
    """Parse only the ``usecols`` of ``data``, refusing a malformed file exactly as parse does. ``decoded``: the
    caller has checked that ``data`` decodes in ``encoding`` (sniff.decodable).

    pandas' usecols= (and names=, for a trailing empty field) silently drops the fields of a row longer than the
    header, so such rows are looked for first (fields_fit); when one may be there, every column is parsed by
    parse, which refuses it.
    """
    every = len(usecols) == len(header)
    dtypes = _column_dtypes(usecols, len(data))
    # pyarrow parses a large file for less, once the byte scan has shown it reads it as the C parser would: its
    # quotes where RFC 4180 puts them (pyarrow refuses a row of another width itself, included columns or not).
    if len(data) >= SMALL_FILE and arrowcsv.available() and quotes_fit(data, encoding, delimiter):
        frame = arrowcsv.read_columns(data, header, dtypes, delimiter, encoding, decoded=decoded)
        if frame is not None:
            return frame[usecols]
    # A long row is looked for even when every column is read: with names= pandas drops a trailing empty field
    # ("...,101,") without a word, so validate passed a file the other commands refused.
    if not fields_fit(data, len(header), encoding, delimiter):
        return parse(io.BytesIO(data), name, header, usecols, encoding=encoding, delimiter=delimiter)
    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", pd.errors.ParserWarning)
            frame = _read_columns(data, header, dtypes, encoding, delimiter, every=every)
        # pandas turns categories that are all true/false spellings into booleans, losing the text as written
        lost = [c for c in usecols if isinstance(frame[c].dtype, pd.CategoricalDtype)
                and not pd.api.types.is_string_dtype(frame[c].cat.categories.dtype)]
        if lost:
            frame[lost] = _read_columns(data, header, dict.fromkeys(lost, "object"), encoding, delimiter)
    except (pd.errors.ParserError, pd.errors.ParserWarning, csv.Error, ValueError):
        # its error, worded as usual
        return parse(io.BytesIO(data), name, header, usecols, encoding=encoding, delimiter=delimiter)
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

