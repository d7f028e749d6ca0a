"""Writing output: a file replaced the way a user means it, or stdout; every failure an OutputError.

The renderer formats and draws; this module puts the result where it goes. ``write_file`` holds the promises
listed in docs/cli.md ("Output files"); ``reported`` turns a failed write to a stream into one OutputError.
"""

from __future__ import annotations

import contextlib
import os
import stat
import sys
from collections.abc import Iterator
from pathlib import Path

from .errors import OutputError
from .files import check_target, refuse_input_as_output
from .output import clean_text


def _mode_for(target: Path) -> int:
    """Permissions for a file written over ``target``: the existing file's read, write and execute bits (never
    setuid, setgid or sticky: new content must not inherit a privilege granted to the old), else what open()
    would give."""
    try:
        return target.stat().st_mode & 0o777
    except OSError:
        umask = os.umask(0)
        os.umask(umask)
        return 0o666 & ~umask


def _cannot(path: str, exc: OSError) -> OutputError:
    return OutputError(f"cannot write: {exc.strerror or exc}", file=clean_text(path))


def _opened(target, text: str | bytes):
    """``target`` (a path or a descriptor) opened to write ``text``: binary for bytes (a picture), else UTF-8."""
    if isinstance(text, bytes):
        return open(target, "wb") if not isinstance(target, int) else os.fdopen(target, "wb")
    if isinstance(target, int):
        return os.fdopen(target, "w", encoding="utf-8", newline="")
    return open(target, "w", encoding="utf-8", newline="")


def _write_through(path: str | Path, text: str | bytes, shown: str) -> None:
    """Write into the existing file itself (a device, FIFO or hard-linked file keeps what it is)."""
    try:
        with _opened(path, text) as fh:
            fh.write(text)
    except OSError as exc:
        raise _cannot(shown, exc) from None


def _replace_atomically(target: Path, text: str | bytes, shown: str) -> None:
    """Write a temporary file beside ``target`` and rename it over: a failure leaves any earlier file as it was.
    The temporary file is removed on any exception, including the one the CLI raises on SIGTERM or SIGHUP."""
    import tempfile  # only when a file is written: the import would otherwise slow every run

    try:
        fd, tmp = tempfile.mkstemp(dir=target.parent if str(target.parent) else ".", prefix=".probstat-")
    except OSError as exc:
        raise _cannot(shown, exc) from None
    try:
        _keep_owner(fd, target)
        with _opened(fd, text) as fh:
            # mkstemp makes the file 0600: give it the replaced file's mode, or the umask's default.
            os.chmod(tmp, _mode_for(target))
            fh.write(text)
        os.replace(tmp, target)
    except OSError as exc:
        Path(tmp).unlink(missing_ok=True)
        raise _cannot(shown, exc) from None
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def _keep_owner(fd: int, target: Path) -> None:
    """Give the new file (open as ``fd``) the owner and group of the ``target`` it replaces, so that root
    writing over a user's file leaves it the user's. Only root can give a file away; others keep their own
    (``_refuse_foreign`` has already refused a file another user owns)."""
    try:
        info = target.stat()
    except OSError:
        return
    if hasattr(os, "fchown") and (info.st_uid, info.st_gid) != (os.geteuid(), os.getegid()):
        try:
            os.fchown(fd, info.st_uid, info.st_gid)
        except PermissionError:
            with contextlib.suppress(OSError):
                os.fchown(fd, -1, info.st_gid)  # a group the writer is in


def _refuse_foreign(info: os.stat_result, shown: str) -> None:
    """Refuse to replace a file another user owns when this process cannot give the new file to them: a
    rename would silently make it ours."""
    if hasattr(os, "geteuid") and info.st_uid != os.geteuid() and os.geteuid() != 0:
        raise OutputError("belongs to another user; replacing it would make it yours: write elsewhere or remove "
                          "it first", file=shown)


def write_file(path: str, text: str | bytes, inputs: tuple[str, ...] = ()) -> None:
    """Write ``text`` (or the bytes of a picture) to ``path`` as the user means it (the promises are listed in
    docs/cli.md, "Output files").

    A regular file is replaced atomically (through a symlink, its target is), keeping its owner and its
    permissions but never a setuid, setgid or sticky bit; a failure or a signal leaves the old file whole and
    no temporary file behind. A device or FIFO is written through, so it stays what it is (that write is not
    atomic). Refused, leaving the file untouched: a file with other hard links (writing through would change
    every name, and a failed write would leave all of them cut short), a read-only file, another user's file,
    a directory, and one of ``inputs`` (the files the command reads, stdin included).
    """
    shown = clean_text(path)
    check_target(path)
    refuse_input_as_output(path, inputs)
    try:
        info = os.stat(path)  # follows symlinks: what is there to write into
    except FileNotFoundError:
        info = None
    except OSError as exc:
        raise _cannot(shown, exc) from None
    if info is not None and stat.S_ISDIR(info.st_mode):
        raise OutputError("is a directory, not a file", file=shown)
    if info is not None and not stat.S_ISREG(info.st_mode):
        _write_through(path, text, shown)
        return
    if info is not None and not info.st_mode & 0o222:
        raise OutputError("is read-only; remove it or make it writable first", file=shown)
    if info is not None and info.st_nlink > 1:
        raise OutputError(f"has {info.st_nlink - 1} other hard link(s); replacing it would leave them with the "
                          "old content and writing through it cannot be atomic: write elsewhere, or remove the "
                          "other links first", file=shown)
    if info is not None:
        _refuse_foreign(info, shown)
    _replace_atomically(Path(os.path.realpath(path)), text, shown)


@contextlib.contextmanager
def reported(shown: str) -> Iterator[None]:
    """Turn a failed write to a stream (``shown``: '<stdout>', '<stderr>') into an OutputError naming it. A
    closed pipe is not a failure to write: BrokenPipeError passes through for the CLI to end quietly."""
    try:
        yield
    except BrokenPipeError:
        raise
    except OSError as exc:
        raise _cannot(shown, exc) from None


def write_stdout(text: str) -> None:
    """Write ``text`` to stdout and flush it; a closed or full stdout is an OutputError."""
    if sys.stdout is None:
        raise OutputError("stdout is closed; redirect it or use -o FILE", file="<stdout>")
    with reported("<stdout>"):
        sys.stdout.write(text)
        sys.stdout.flush()
