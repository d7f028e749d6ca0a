"""Pipes and signals, with real processes: `probstat ... | head -1` is quiet, and Ctrl-C exits 130 without a
traceback."""

from __future__ import annotations

import os
import shlex
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest

from probstat.cli import cli
from probstat.errors import ExitCode

# Every test here starts the CLI as a process: slow, so `pytest -m "not slow"` leaves them out.
pytestmark = [pytest.mark.skipif(sys.platform == "win32", reason="POSIX pipes and signals"), pytest.mark.slow]

#: Arguments a command cannot run without; every other command runs on its defaults.
REQUIRED_ARGS = {"show": ["nps-wales"]}


def _commands() -> list[list[str]]:
    """Every command the CLI has (so a command added later is covered too), with --format csv if it has it."""
    found = []
    for name, command in sorted(cli.commands.items()):
        args = [name, *REQUIRED_ARGS.get(name, [])]
        if any(param.name == "format_" for param in command.params):
            args += ["--format", "csv"]
        found.append(args)
    return found


def _env() -> dict[str, str]:
    env = dict(os.environ, PYTHONWARNINGS="ignore")
    env.pop("PROBSTAT_DATA", None)
    return env


def _default_sigint() -> None:
    # A background job of a non-interactive shell (CI runners, `cmd &`) starts with SIGINT ignored, and Python
    # keeps it ignored; a user at a terminal has the default, which is what these tests are about. Under
    # `nohup` SIGHUP starts ignored too, and probstat rightly leaves it so.
    signal.signal(signal.SIGINT, signal.SIG_DFL)
    signal.signal(signal.SIGHUP, signal.SIG_DFL)


def _probstat(args: list[str]) -> str:
    return " ".join(shlex.quote(a) for a in [sys.executable, "-m", "probstat", *args])


@pytest.mark.parametrize("args", _commands(), ids=lambda a: a[0])
def test_piped_into_head_prints_one_line_and_nothing_else(args, tmp_path):
    alone = subprocess.run([sys.executable, "-m", "probstat", *args], capture_output=True, text=True, env=_env(),
                           cwd=tmp_path)
    # CONTRADICTED: check-claims found a contradicted claim
    assert alone.returncode in (ExitCode.OK, ExitCode.CONTRADICTED), alone.stderr
    status = tmp_path / "status"
    piped = subprocess.run(f"{_probstat(args)} | head -1; echo \"${{PIPESTATUS[0]}}\" > {shlex.quote(str(status))}",
                           shell=True, executable="/bin/bash", capture_output=True, text=True, env=_env(),
                           cwd=tmp_path)
    assert piped.returncode == ExitCode.OK, piped.stderr  # the pipeline's status is head's
    assert piped.stdout.count("\n") == 1 and piped.stdout == alone.stdout.splitlines(keepends=True)[0]
    # Nothing on stderr but what the command always says there (notes; `validate`'s summary): for most
    # commands that is nothing at all. No BrokenPipeError, no "Exception ignored", no traceback.
    assert piped.stderr == alone.stderr
    assert "Traceback" not in piped.stderr and "BrokenPipe" not in piped.stderr
    # probstat itself either finished (its output fitted the pipe) or died of SIGPIPE like any Unix filter
    assert status.read_text().strip() in ("0", "1", str(128 + signal.SIGPIPE))
    # (`gap` is not among them: it writes its sentence in words under every table.)
    if args[0] in ("providers", "show", "ratings"):
        assert piped.stderr == ""


def test_a_large_output_into_head_dies_quietly_of_sigpipe(tmp_path):
    """Output far larger than a pipe's buffer, so that probstat really writes into a closed pipe."""
    data = tmp_path / "many.csv"
    with data.open("w", encoding="utf-8") as fh:
        fh.write("round,provider_id,provider,sector,overall\n")
        for i in range(40_000):
            fh.write(f"2018-19,p-{i},Provider number {i} with a longish name,CRC,Good\n")
    status = tmp_path / "status"
    command = f"{_probstat(['providers', '--data', str(data), '--format', 'csv'])} | head -1; " \
              f"echo \"${{PIPESTATUS[0]}}\" > {shlex.quote(str(status))}"
    piped = subprocess.run(command, shell=True, executable="/bin/bash", capture_output=True, text=True, env=_env())
    assert piped.returncode == ExitCode.OK
    # Columns the file lacks are listed, empty: the output's shape does not depend on the input's.
    # (region and round_basis: every round is listed, the later units' included; issue 22)
    assert piped.stdout == ("round,provider_id,provider,sector,owner,published,overall,region,round_basis,"
                            "standards_known\n")
    assert piped.stderr == ""
    assert status.read_text().strip() in ("0", str(128 + signal.SIGPIPE))


def _close(proc: subprocess.Popen) -> None:
    """End ``proc`` if a failed assertion left it running, and close its pipes."""
    if proc.poll() is None:
        proc.kill()
        proc.wait()
    for stream in (proc.stdin, proc.stdout, proc.stderr):
        stream.close()


def _wait_until_reading_stdin(proc: subprocess.Popen, timeout: float = 30.0) -> None:
    """Wait until the process is inside probstat's main() (pandas, imported by the command, is mapped in) and
    then blocked; elsewhere just give it time to start."""
    maps = Path(f"/proc/{proc.pid}/maps")
    stat = Path(f"/proc/{proc.pid}/stat")
    deadline = time.monotonic() + timeout
    if not maps.exists():
        time.sleep(5)
        return
    while time.monotonic() < deadline:
        assert proc.poll() is None, proc.stderr.read() if proc.stderr else ""
        try:
            if "pandas" in maps.read_text() and stat.read_text().rsplit(")", 1)[1].split()[0] == "S":
                time.sleep(0.3)  # let pandas' import finish; a Ctrl-C during it must be handled the same anyway
                return
        except (FileNotFoundError, ProcessLookupError, IndexError):
            pass
        time.sleep(0.05)
    pytest.fail("probstat did not start reading stdin in time")


@pytest.mark.parametrize("command", ["ratings", "league"])
def test_ctrl_c_while_reading_stdin_exits_130_without_a_traceback(command):
    proc = subprocess.Popen([sys.executable, "-m", "probstat", command, "--data", "-"], stdin=subprocess.PIPE,
                            stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env(), preexec_fn=_default_sigint)
    try:
        proc.stdin.write(b"round,provider_id,provider,sector,overall\n")
        proc.stdin.flush()  # a partial file, with the pipe kept open: probstat waits for the rest
        _wait_until_reading_stdin(proc)
        proc.send_signal(signal.SIGINT)
        proc.wait(timeout=30)  # stdin stays open: the process must end because of the signal, not of EOF
        stdout, stderr = proc.stdout.read(), proc.stderr.read()
    finally:
        _close(proc)
    text = stderr.decode("utf-8", "replace")
    assert proc.returncode == ExitCode.INTERRUPTED, text
    assert "Traceback" not in text
    assert text.strip() == "Interrupted."  # click writes a newline first, to end the terminal's ^C line
    assert stdout == b""


@pytest.mark.parametrize(("sig", "option"), [(signal.SIGTERM, "--data"), (signal.SIGHUP, "--data"),
                                             (signal.SIGINT, "--text")])
def test_a_signal_while_reading_ends_the_run_and_leaves_no_temporary_file(tmp_path, sig, option):
    """SIGTERM and SIGHUP end a run as the shell reports them (128 + signal), quietly; Ctrl-C is seen while
    reading --text too. Nothing is left in the output's folder."""
    args = [sys.executable, "-m", "probstat", "check-claims", option, "-", "-o", str(tmp_path / "out.csv")]
    proc = subprocess.Popen(args, stdin=subprocess.PIPE, stdout=subprocess.PIPE, stderr=subprocess.PIPE, env=_env(),
                            preexec_fn=_default_sigint)
    try:
        proc.stdin.write(b"round,provider_id,provider,sector,overall\n" if option == "--data" else b"In 2018 ")
        proc.stdin.flush()
        _wait_until_reading_stdin(proc)
        proc.send_signal(sig)
        proc.wait(timeout=30)
        stderr = proc.stderr.read().decode("utf-8", "replace")
    finally:
        _close(proc)
    assert proc.returncode == (ExitCode.INTERRUPTED if sig == signal.SIGINT else 128 + sig), stderr
    assert "Traceback" not in stderr
    assert list(tmp_path.iterdir()) == []
