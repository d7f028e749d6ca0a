"""Run the command line in-process, as the tests and the docs generator do, and see what a user would see."""

from __future__ import annotations

import sys
from dataclasses import dataclass


@dataclass(frozen=True)
class CliResult:
    """One CLI run: the arguments, the exit code and what went to stdout and stderr (decoded as UTF-8)."""

    args: tuple[str, ...]
    code: int
    stdout: str
    stderr: str

    def __repr__(self) -> str:
        return f"CliResult({self.args!r}, code={self.code}, stderr={self.stderr[-500:]!r})"


def run_cli(*args: str, input: str | bytes | None = None, env: dict[str, str | None] | None = None) -> CliResult:
    """Run ``probstat ARGS`` through ``main()`` (so the exit-code mapping is exercised) with captured streams."""
    from click.testing import CliRunner

    from .cli import main

    with CliRunner().isolation(input=input, env=env) as streams:
        code = main(list(args))
        sys.stdout.flush()
        sys.stderr.flush()
    return CliResult(tuple(args), int(code), streams[0].getvalue().decode("utf-8", "replace"),
                     streams[1].getvalue().decode("utf-8", "replace"))


def run_on_terminal(args: list[str], env: dict[str, str], *, stdin_tty: bool = False) -> CliResult:
    """Run ``python -m probstat ARGS`` with stdout (and, with ``stdin_tty``, stdin) on a pseudo-terminal, as a
    person at a terminal runs it; stdout is what the terminal showed, line ends as ``\\n`` (POSIX only)."""
    import os
    import pty
    import select
    import subprocess

    master, slave = pty.openpty()
    proc = subprocess.Popen([sys.executable, "-m", "probstat", *args], stdout=slave, stderr=subprocess.PIPE,
                            stdin=slave if stdin_tty else subprocess.DEVNULL, env=env)
    os.close(slave)
    chunks = []
    while select.select([master], [], [], 60)[0]:
        try:
            data = os.read(master, 65536)
        except OSError:  # the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    code = proc.wait(60)
    stderr = proc.stderr.read().decode("utf-8", "replace")
    os.close(master)
    shown = b"".join(chunks).decode("utf-8", "replace").replace("\r\n", "\n")
    return CliResult(tuple(args), code, shown, stderr)
