"""Reading a user's file: its bytes under a size cap (Ctrl-C honoured), then its text in a named encoding.

Every failure is a DataError naming the file. The providers loader, the claims file reader and the ``--text``
reader all read through here, so they share one cap, one binary check and one wording of decoding errors.
"""

from __future__ import annotations

import codecs
import os
import stat
import sys
from pathlib import Path

from .errors import DataError, OutputError

STDIN = "-"
#: Environment variable overriding MAX_BYTES (a number of bytes; 0 means no cap).
MAX_BYTES_VAR = "PROBSTAT_MAX_BYTES"
#: The largest input read by default: far above any real providers, claims or press-release file, low enough
#: that `--text /dev/zero` stops with an error instead of filling memory.
MAX_BYTES = 1 << 30
#: Bytes read per call: small enough that Ctrl-C is seen between reads of a slow or endless source.
_READ_SIZE = 1 << 20
#: Byte-order marks of encodings whose text is full of NUL bytes, checked longest first.
_WIDE_BOMS = ((codecs.BOM_UTF32_LE, "UTF-32", "utf-32"), (codecs.BOM_UTF32_BE, "UTF-32", "utf-32"),
              (codecs.BOM_UTF16_LE, "UTF-16", "utf-16"), (codecs.BOM_UTF16_BE, "UTF-16", "utf-16"))


def display_name(source: str | os.PathLike) -> str:
    """How a source is named in messages: '<stdin>' for '-', else the path as given."""
    return "<stdin>" if str(source) == STDIN else str(source)


def max_bytes() -> int | None:
    """The input size cap in bytes from $PROBSTAT_MAX_BYTES, else MAX_BYTES; None when set to 0 (no cap)."""
    raw = os.environ.get(MAX_BYTES_VAR, "").strip()
    if not raw:
        return MAX_BYTES
    try:
        value = int(raw.replace("_", ""))
    except ValueError:
        raise DataError(f"must be a whole number of bytes (0 for no limit), not {raw[:40]!r}",
                        file=f"${MAX_BYTES_VAR}") from None
    return None if value <= 0 else value


def _read_capped(stream, name: str, limit: int | None, already: int = 0) -> bytes:
    """The rest of ``stream``, refused once it and the ``already`` bytes read before it pass ``limit``."""
    chunks, total = [], already
    while True:
        chunk = stream.read(_READ_SIZE)
        if not chunk:
            return b"".join(chunks)
        total += len(chunk)
        if limit is not None and total > limit:
            _too_large(name, limit)
        chunks.append(chunk)


def _too_large(name: str, limit: int) -> None:
    raise DataError(f"is larger than the {limit:,}-byte input limit; set ${MAX_BYTES_VAR} to a larger "
                    "number of bytes (0 for no limit) to read it", file=name)


def read_bytes(source: str | os.PathLike, name: str | None = None) -> bytes:
    """The whole file (or stdin for '-'), up to the size cap, turning every failure into a DataError."""
    name = name or display_name(source)
    limit = max_bytes()
    try:
        if str(source) == STDIN:
            return _read_capped(sys.stdin.buffer, name, limit)
        with open(source, "rb") as fh:
            if not stat.S_ISREG(os.fstat(fh.fileno()).st_mode):
                return _read_capped(fh, name, limit)  # a pipe, FIFO or device: its size is not known
            # A regular file in one read of its size: reading in steps and joining them held the file twice
            # at once (and took a third of a second per 250 MB). A file that grows meanwhile is read on in steps.
            size = os.fstat(fh.fileno()).st_size
            if limit is not None and size > limit:
                _too_large(name, limit)
            data = fh.read(size)
            rest = _read_capped(fh, name, limit, already=len(data))
            return data + rest if rest else data
    except FileNotFoundError:
        raise DataError("no such file", file=name) from None
    except IsADirectoryError:
        raise DataError("is a directory, not a file", file=name) from None
    except PermissionError:
        raise DataError("permission denied", file=name) from None
    except OSError as exc:
        raise DataError(f"cannot read: {exc.strerror or exc}", file=name) from None


def is_wide(encoding: str) -> bool:
    """True for UTF-16/32 encodings, whose text is full of NUL bytes."""
    return encoding.replace("-", "").replace("_", "").lower().startswith(("utf16", "utf32"))


def refuse_binary(data: bytes, encoding: str, name: str) -> None:
    """Refuse UTF-16/32 text read as something else, and binary files, before decoding."""
    # With --encoding utf-16 the NUL bytes are expected; without it, a byte-order mark gets an error naming
    # the encoding to pass rather than "looks like a binary file".
    if is_wide(encoding):
        return
    for bom, shown, option in _WIDE_BOMS:
        if data.startswith(bom):
            raise DataError(f"is {shown} text (it starts with a {shown} byte-order mark); re-save it as UTF-8 "
                            f"or pass --encoding {option}", file=name)
    nul = data.find(b"\x00", 0, 65536)
    if nul >= 0:
        raise DataError(f"looks like a binary file (NUL byte at offset {nul}), not a text file", file=name)


def decode(data: bytes, encoding: str, name: str) -> str:
    """``data`` decoded whole, turning a failure, or a NUL character in UTF-16/32 text, into a DataError."""
    try:
        text = data.decode(encoding)
    except LookupError:
        raise DataError(f"unknown encoding {encoding[:40]!r}", file=name) from None
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        shown = "UTF-8" if encoding.replace("-", "").lower().startswith("utf8") else encoding
        raise DataError(
            f"not valid {shown}: byte 0x{data[exc.start]:02X} at offset {exc.start}; re-save the file as "
            "UTF-8 or pass --encoding (e.g. --encoding latin-1)",
            file=name, row=line,
        ) from None
    if is_wide(encoding) and "\x00" in text:
        raise DataError(f"looks like a binary file (NUL character at offset {text.index(chr(0))} after decoding "
                        f"as {encoding}), not a text file", file=name)
    return text


def read_text(source: str | os.PathLike, *, encoding: str = "utf-8-sig", label: str | None = None) -> str:
    """Read a whole text file (or stdin for '-') under the size cap and decode it; failures are DataErrors."""
    name = label or display_name(source)
    data = read_bytes(source, name)
    refuse_binary(data, encoding, name)
    return decode(data, encoding, name)


def same_file(a: str | os.PathLike, b: str | os.PathLike) -> bool:
    """True when two paths name one file (through links); False when either does not exist."""
    try:
        return Path(a).samefile(b)
    except OSError:
        return False


def refuse_input_as_output(target: str | None, inputs) -> None:
    """Raise OutputError when ``target`` (an output path) names one of ``inputs`` (the files a command reads)."""
    from .output import clean_text

    for source in inputs:
        if target and source and source != STDIN and (same_file(target, source)
                                                      or os.path.abspath(target) == os.path.abspath(source)):
            raise OutputError("is also an input of this command; write the output to another file",
                              file=clean_text(str(target)))
