"""A CSV file's bytes before parsing: decoding checked a chunk at a time, the delimiter sniffed, the header read.

The text of a large file is never held whole: pandas parses the bytes, and what is checked here is decoded
CHUNK bytes at a time.
"""

from __future__ import annotations

import codecs
import csv
from collections.abc import Iterator

from . import schema
from .collector import label
from .errors import DataError
from .files import decode, is_wide
from .output import DELIMITERS

#: Bytes decoded at a time when checking a file and reading its header.
CHUNK = 1 << 22


#: Encodings (as codecs names them) that decode ASCII bytes as themselves and need no byte-order mark.
_ASCII_SUPERSETS = frozenset({"utf-8", "utf-8-sig", "ascii"})


def decoded_chunks(data: bytes, encoding: str) -> Iterator[str]:
    """``data`` decoded CHUNK bytes at a time: the text of a large file is never held whole (a str of the
    whole file is up to four times its size in bytes)."""
    decoder = codecs.getincrementaldecoder(encoding)()
    for start in range(0, len(data), CHUNK):
        yield decoder.decode(data[start:start + CHUNK], start + CHUNK >= len(data))


def decodable(data: bytes, encoding: str, name: str) -> tuple[bytes, str]:
    """Check what files.decode checks, without keeping the text; returns the bytes and encoding to parse."""
    if codecs.lookup(encoding).name in _ASCII_SUPERSETS and data.isascii():
        return data, encoding  # every byte below 128 decodes as itself: nothing to check (a 10th of the decode)
    try:
        for chunk in decoded_chunks(data, encoding):
            if is_wide(encoding) and "\x00" in chunk:
                break
        else:
            return data, encoding
    except Exception:  # whatever it was, decoding the whole file below reports it with its exact place
        pass
    # Decoding the whole file gives the error's exact offset, row and message. Or, rarely, it works where
    # decoding a chunk at a time failed: UTF-16/32 without a byte-order mark, which Python's incremental
    # decoders (and so pandas) refuse; then that text, as UTF-8, is what is parsed.
    return decode(data, encoding, name).encode("utf-8"), "utf-8"


def lines(data: bytes, encoding: str) -> Iterator[str]:
    """The decoded lines of ``data`` as iterating io.StringIO(text) gives them (split after each \\n only),
    decoded as they are asked for."""
    pending: list[str] = []
    for chunk in decoded_chunks(data, encoding):
        start = 0
        while (end := chunk.find("\n", start)) >= 0:
            pending.append(chunk[start:end + 1])
            yield "".join(pending)
            pending, start = [], end + 1
        pending.append(chunk[start:])
    if any(pending):
        yield "".join(pending)


def sniff_delimiter(data: bytes, encoding: str, given: str | None) -> str:
    """The field separator: ``given``, else the first of DELIMITERS that splits the header row into fields
    holding every required column, else the one giving the most fields (so the error names what is missing)."""
    if given:
        return given
    first = next(lines(data, encoding), "")
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


def header(data: bytes, encoding: str, name: str, delimiter: str = ",") -> list[str]:
    """The header row, normalised and checked, read from the start of the (already checked) file."""
    # Empty if every character is whitespace; any() stops decoding at the first chunk with something else.
    if not any(chunk.strip() for chunk in decoded_chunks(data, encoding)):
        raise DataError("file is empty; expected a header row starting "
                        f"{','.join(schema.REQUIRED_COLUMNS)}", file=name)
    try:
        header = next(csv.reader(lines(data, encoding), delimiter=delimiter))
    except csv.Error as exc:
        raise DataError(f"cannot parse the header row: {exc}", file=name, row=1) from None
    header = [h.strip().lower() for h in header]
    seen: set[str] = set()
    for col in header:
        if col in seen:
            raise DataError("duplicated column name", file=name, row=1, column=label(col))
        seen.add(col)
    missing = [c for c in schema.REQUIRED_COLUMNS if c not in seen]
    if missing:
        raise DataError(f"missing required column(s): {', '.join(missing)}", file=name, row=1)
    for col in header:
        if col not in schema.COLUMNS_BY_NAME:
            import difflib  # only for this error: an import every command would otherwise pay

            hint = difflib.get_close_matches(col, schema.COLUMN_NAMES, n=1)
            extra = f"; did you mean {hint[0]!r}?" if hint else "; see `probstat template` for the columns"
            raise DataError(f"unknown column{extra}", file=name, row=1, column=label(col))
    return header
