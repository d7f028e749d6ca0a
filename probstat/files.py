"""Reading a user's file: its bytes under a size cap (Ctrl-C honoured), then its text in a named encoding.

Every failure is a DataError naming the file. The providers loader, the claims file reader and the ``--text``
reader all read through here, so they share one cap, one binary check and one wording of decoding errors.
"""

from __future__ import annotations

import codecs
import os
import stat
import sys

from .errors import DataError, OutputError, excerpt

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
            return _read_capped(_stdin_buffer(name), name, limit)
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
    except ValueError:  # a stream closed under us (reading a closed file object)
        raise DataError(_CLOSED, file=name) from None


_CLOSED = "standard input is closed; pipe or redirect a file into it, or give the file's path"


def _stdin_buffer(name: str):
    """The binary stream of standard input; a DataError when the process was started with it closed."""
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None or (_stdin_fd() is not None and stdin_identity() is None):
        raise DataError(_CLOSED, file=name)
    return stream


def _stdin_fd() -> int | None:
    """The descriptor behind sys.stdin, or None when it is no file (closed, or a stream a test put there)."""
    try:
        return sys.stdin.fileno() if sys.stdin is not None else None
    except (OSError, ValueError, AttributeError):
        return None


#: Codecs Python calls text encodings that no text file is written in: they decode bytes as an escape
#: language or a domain-name form, so a CSV read through them is garbage or a crash, never the file.
_NOT_FILE_ENCODINGS = frozenset({"punycode", "idna", "unicode-escape", "raw-unicode-escape", "undefined"})


def check_encoding(encoding: str, name: str) -> None:
    """A DataError unless ``encoding`` names a codec that decodes a text file's bytes into its text."""
    try:
        info = codecs.lookup(encoding)
    except (LookupError, TypeError, ValueError):
        raise DataError(f"unknown encoding {excerpt(encoding)}; try utf-8 or latin-1", file=name) from None
    if not getattr(info, "_is_text_encoding", True) or info.name in _NOT_FILE_ENCODINGS:
        raise DataError(f"{excerpt(encoding)} is not an encoding text files are written in; try utf-8 or "
                        "latin-1", file=name)


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
    check_encoding(encoding, name)
    try:
        text = data.decode(encoding)
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        shown = "UTF-8" if encoding.replace("-", "").lower().startswith("utf8") else encoding
        raise DataError(
            f"not valid {shown}: byte 0x{data[exc.start]:02X} at offset {exc.start}; re-save the file as "
            "UTF-8 or pass --encoding (e.g. --encoding latin-1)",
            file=name, row=line,
        ) from None
    except (UnicodeError, ValueError) as exc:  # a codec that fails without saying where
        raise DataError(f"cannot be decoded as {excerpt(encoding)}: {excerpt(str(exc))}; re-save it as UTF-8",
                        file=name) from None
    if is_wide(encoding) and "\x00" in text:
        raise DataError(f"looks like a binary file (NUL character at offset {text.index(chr(0))} after decoding "
                        f"as {encoding}), not a text file", file=name)
    return text


def read_text(source: str | os.PathLike, *, encoding: str = "utf-8-sig", label: str | None = None) -> str:
    """Read a whole text file (or stdin for '-') under the size cap and decode it; failures are DataErrors."""
    name = label or display_name(source)
    check_encoding(encoding, name)
    data = read_bytes(source, name)
    refuse_binary(data, encoding, name)
    return decode(data, encoding, name)


def stdin_identity() -> tuple[int, int] | None:
    """(device, inode) of standard input, or None when it is closed: a file redirected into it (`< c.toml`) is
    the very file, so it is compared with outputs like any path."""
    fd = _stdin_fd()
    try:
        info = os.fstat(fd) if fd is not None else None
    except (OSError, ValueError):
        return None
    return None if info is None else (info.st_dev, info.st_ino)


def identity(source: str | os.PathLike) -> tuple[int, int] | None:
    """(device, inode) of an input or output: stdin's for '-', the file a path names (through links), or
    None when there is nothing there yet."""
    if str(source) == STDIN:
        return stdin_identity()
    try:
        info = os.stat(source)
    except (OSError, ValueError):
        return None
    return info.st_dev, info.st_ino


def same_file(a: str | os.PathLike, b: str | os.PathLike) -> bool:
    """True when two names (paths, or '-' for stdin) are one file: the same device and inode, or the same path."""
    if str(a) != STDIN and str(b) != STDIN and os.path.abspath(a) == os.path.abspath(b):
        return True
    first = identity(a)
    return first is not None and first == identity(b) and not _is_device(a)


def _is_device(source: str | os.PathLike) -> bool:
    """A terminal or a device such as /dev/null: read and written without either changing the other."""
    try:
        if str(source) == STDIN:
            return _stdin_fd() is not None and stat.S_ISCHR(os.fstat(_stdin_fd()).st_mode)
        return stat.S_ISCHR(os.stat(source).st_mode)
    except (OSError, ValueError):
        return False


def check_target(target: str, what: str = "-o") -> None:
    """An OutputError for an output name that cannot be a file: empty, or ending in a path separator (a
    directory, which would otherwise be created as a file of that name)."""
    if target == "":
        raise OutputError(f"{what} was given an empty file name; name a file (or '-' for stdout)")
    if target.endswith((os.sep, "/")) or os.path.basename(target) in (".", ".."):
        raise OutputError("names a directory, not a file; give a file name", file=target)


def refuse_input_as_output(target: str | None, inputs) -> None:
    """Raise OutputError when ``target`` (an output path) is one of ``inputs`` (the files a command reads,
    '-' for stdin): compared by device and inode, so a file redirected into stdin or linked is seen too."""
    if not target or target == STDIN:
        return
    for source in inputs:
        if source and same_file(target, source):
            shown = "standard input" if source == STDIN else "an input"
            raise OutputError(f"is also {shown} of this command; write the output to another file",
                              file=str(target))


def refuse_shared_outputs(targets) -> None:
    """Raise OutputError when two output options (-o, --export-svg, --export-html) name one file: the second
    write would replace the first."""
    named = [t for t in targets if t and t != STDIN]
    for i, first in enumerate(named):
        for second in named[i + 1:]:
            if same_file(first, second):
                raise OutputError("is named by two output options; give each its own file",
                                  file=str(second))


def refuse_shared_stdin(inputs) -> None:
    """Raise DataError when two inputs read standard input ('-', /dev/stdin, /proc/self/fd/0): the second would
    read nothing. A regular file redirected into stdin can be read twice, so only a pipe or terminal counts."""
    stdin = stdin_identity()
    if stdin is None:
        return
    try:
        if stat.S_ISREG(os.fstat(_stdin_fd()).st_mode):
            return
    except (OSError, TypeError):
        return
    readers = [s for s in inputs if s and identity(s) == stdin]
    if len(readers) > 1:
        raise DataError("standard input is given to two inputs (" + ", ".join(excerpt(r) for r in readers[:2])
                        + "); the second would read nothing: save one of them to a file", file="<stdin>")
