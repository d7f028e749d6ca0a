"""The pager: a terminal view taller than the screen goes through $PAGER (else less -FRX), as git does."""

from __future__ import annotations

import contextlib
import os
import shutil
import subprocess
import sys
from collections.abc import Iterator

from .output import OutputOptions

# --- paging -------------------------------------------------------------------------------------------------

def _pager_command() -> str | None:
    """$PAGER (empty or 'cat': none), else less that quits on one screen and keeps colours, as git does."""
    pager = os.environ.get("PAGER")
    if pager is not None:
        return pager.strip() if pager.strip() not in ("", "cat") else None
    return "less -FRX" if shutil.which("less") else None


@contextlib.contextmanager
def paging(console, opts: OutputOptions) -> Iterator[None]:
    """Send what is printed inside through a pager when it is taller than the terminal, which must be the real
    stdout (a console given by a test never pages); --no-pager turns it off."""
    # a pager needs a person at the keyboard: stdin a terminal too
    real = console.file is sys.stdout and is_tty(sys.stdout) and is_tty(sys.stdin)
    command = _pager_command() if real and opts.pager is not False else None
    if command is None:
        yield
        return
    with console.capture() as captured:
        yield
    text = captured.get()
    if text.count("\n") < console.height:
        console.file.write(text)
        return
    env = dict(os.environ)
    env.setdefault("LESS", "FRX")
    try:
        process = subprocess.Popen(command, shell=True, stdin=subprocess.PIPE, env=env, encoding="utf-8",
                                   errors="backslashreplace")
    except OSError:
        console.file.write(text)
        return
    with contextlib.suppress(BrokenPipeError):
        process.stdin.write(text)
    with contextlib.suppress(BrokenPipeError):
        process.stdin.close()
    process.wait()


def is_tty(stream) -> bool:
    """Whether ``stream`` is a terminal (False when it is closed or is no file)."""
    try:
        return stream is not None and stream.isatty()
    except (ValueError, OSError):
        return False
