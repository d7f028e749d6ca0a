"""The process around the commands: signals, the exit code of every outcome, and the one Error line.

cli.py defines the commands; `main()` runs them and is the only place an exit code is decided.
"""

from __future__ import annotations

import contextlib
import os
import signal
import sys

import click

from . import process
from .errors import ExitCode, ProbstatError


class _Terminated(BaseException):
    """Raised from the SIGTERM/SIGHUP handler so that cleanup (temporary files) runs as on any exception."""

    def __init__(self, signum: int):
        super().__init__(signum)
        self.signum = signum


#: Signals whose default action ends the process without Python's cleanup: each is turned into _Terminated
#: while it still has that default, so a half-written temporary file is removed before the process ends.
_ENDING_SIGNALS = ("SIGTERM", "SIGHUP", "SIGQUIT", "SIGUSR1", "SIGUSR2", "SIGALRM", "SIGVTALRM", "SIGPROF",
                   "SIGXCPU", "SIGXFSZ")


def _terminate(signum, frame):
    raise _Terminated(signum)


def echo_error(exc: Exception) -> bool:
    """The one-line form of an error on stderr: 'Error: ' and the message, control characters shown, the whole
    line at most errors.MAX_LINE characters."""
    from .errors import one_line
    from .output import clean_text

    return _say(one_line("Error: " + clean_text(" ".join(str(exc).split()))))


def _say(line: str) -> bool:
    """Print one line on stderr; False when stderr cannot be written."""
    try:
        click.echo(line, err=True)
        return True
    except OSError:
        return False


def _ascii_safe_streams() -> None:
    """On a terminal or pipe whose encoding is not UTF-8, write what it cannot show as escapes, not crash."""
    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "").replace("_", "")
        if stream is not None and hasattr(stream, "reconfigure") and not encoding.startswith("utf"):
            with contextlib.suppress(ValueError, OSError):
                stream.reconfigure(errors="backslashreplace")


def main(argv=None) -> int:
    """Entry point: run the CLI and map every outcome to one documented exit code."""
    if hasattr(signal, "SIGPIPE"):
        # Die quietly when a reader such as `head` closes the pipe, as Unix tools do.
        signal.signal(signal.SIGPIPE, signal.SIG_DFL)
    for name in _ENDING_SIGNALS:
        if hasattr(signal, name) and signal.getsignal(getattr(signal, name)) == signal.SIG_DFL:
            signal.signal(getattr(signal, name), _terminate)
    if os.environ.get("TERM") == "dumb":
        os.environ.setdefault("NO_COLOR", "1")
    _ascii_safe_streams()
    process.system_allocator = True  # a command-line process owns its allocator; a library caller keeps its own
    if _user_data(argv):
        process.pad_heap()  # before anything is loaded: only a user's file can be large enough for it to matter
    code = None
    try:
        code = _run(argv)
        if sys.stdout is not None:
            sys.stdout.flush()
    except BrokenPipeError:
        return _closed_pipe()
    except OSError as exc:  # stdout failed on the final flush (a full disk, /dev/full)
        # With a buffered stdout (no PYTHONUNBUFFERED) what a failed write left behind fails again here: the
        # failure has its Error line already.
        if code != ExitCode.DATA:
            _say(f"Error: <stdout>: cannot write: {exc.strerror or exc}")
        code = ExitCode.DATA
    return code


def _closed_pipe() -> int:
    """A reader closed the pipe: stop quietly (where SIGPIPE cannot end the process, e.g. on Windows)."""
    try:
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, sys.stdout.fileno())
    except (OSError, ValueError, AttributeError):
        pass
    return ExitCode.OK


def _user_data(argv) -> bool:
    """Does this run read a providers file of the user's (--data, or $PROBSTAT_DATA)?"""
    args = sys.argv[1:] if argv is None else argv
    return bool(os.environ.get("PROBSTAT_DATA")) or any(a == "--data" or a.startswith("--data=") for a in args)


def _show_click_error(exc: click.ClickException) -> None:
    """click's usage error, its Error line held to one line of errors.MAX_LINE characters (click quotes a bad
    value whole, which for a 100,000-character --sector was 100 KB of stderr)."""
    from .errors import one_line

    message = exc.format_message()
    exc.format_message = lambda: one_line(message, 290)  # click adds "Error: " itself
    with contextlib.suppress(OSError):
        exc.show()


def _run(argv) -> int:
    from .cli import cli
    from .output import clean_text

    try:
        cli.main(args=argv, prog_name="probstat", standalone_mode=False)
    except ProbstatError as exc:
        # One line, whatever the file put in an id, a cell or a file name.
        echo_error(exc)
        return int(exc.exit_code)
    except click.exceptions.Exit as exc:
        return int(exc.exit_code)
    except click.ClickException as exc:
        _show_click_error(exc)
        return ExitCode.USAGE
    except (KeyboardInterrupt, click.exceptions.Abort):
        _say("Interrupted.")
        return ExitCode.INTERRUPTED
    except _Terminated as exc:
        return 128 + exc.signum
    except BrokenPipeError:
        raise
    except OSError as exc:  # writing stderr (or stdout outside the renderer) failed
        _say(f"Error: cannot write: {exc.strerror or exc}")
        return ExitCode.DATA
    except SystemExit as exc:
        return int(exc.code or 0)
    except Exception as exc:  # a bug, not bad input: say so on one line, with a code of its own
        from .errors import excerpt

        detail = excerpt(clean_text(" ".join(str(exc).split())), 150, quote=False)
        _say(f"Error: internal error ({type(exc).__name__}: {detail}); please report it with the command you ran")
        return ExitCode.INTERNAL
    return ExitCode.OK


def run() -> None:
    """Console-script entry point."""
    # the process is the command's own: its collector runs less often (process.py; main() is also run in the
    # tests' and the docs generator's process, whose collector stays theirs)
    process.collect_less()
    code = main()
    try:
        if sys.stderr is not None:
            sys.stderr.flush()
    except OSError:
        code = code or ExitCode.DATA
    for stream in (sys.stdout, sys.stderr):
        # Whatever could not be written is reported already: the interpreter's own flush at exit must not
        # report it again (as exit 120) .
        try:
            if stream is not None:
                os.dup2(os.open(os.devnull, os.O_WRONLY), stream.fileno())
        except (OSError, ValueError):
            pass
    _end(code)


def _end(code) -> None:
    """End the process with ``code`` once every stream is flushed: the exit functions run, but not the interpreter's
    teardown, which frees pandas' and the command's objects one by one (about 0.05 s, an eighth of a run on the
    bundled data) for memory the system takes back at once. A thread still running gets the usual exit, which
    waits for it."""
    threading = sys.modules.get("threading")
    if threading is not None and threading.active_count() > 1:
        sys.exit(code)
    import atexit

    atexit._run_exitfuncs()
    os._exit(int(code or 0))
