"""Contracts of probstat.writing: an output file is replaced whole or left as it was, never a temporary file
left behind (a full disk, Ctrl-C, a signal), its owner and mode kept, devices written through, and files it
must not take over refused. Files written here are SYNTHETIC test files or the CLI's output on the bundled data.
"""

from __future__ import annotations

import csv
import io
import os
import shutil
import signal
import stat
import sys
import tempfile
from pathlib import Path

import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st
from test_hardening import COMMANDS

from probstat import cli_run, writing
from probstat.errors import ExitCode, OutputError
from probstat.loader import bundled_path
from probstat.testing import run_cli

posix = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file modes, owners and signals")
FUZZ = settings(deadline=None, suppress_health_check=list(HealthCheck), print_blob=True)
TENTH = max(10, settings().max_examples // 10)
_ANY_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)


def one_error_line(result, *fragments: str) -> None:
    assert result.code == ExitCode.DATA and result.stdout == "", result
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: "), result
    assert all(fragment in lines[0] for fragment in fragments), result


def _no_temporaries(directory: Path) -> None:
    assert [p.name for p in directory.iterdir() if p.name.startswith(".probstat-")] == []


def test_output_over_an_existing_file_replaces_it_atomically(tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("old content\n", encoding="utf-8")
    target.chmod(0o640)
    inode = target.stat().st_ino
    result = run_cli("providers", "--round", "2018-19", "--format", "csv", "-o", str(target))
    assert result.code == ExitCode.OK and result.stdout == "", result
    text = target.read_text(encoding="utf-8")
    assert text.startswith("round,provider_id") and "old content" not in text
    assert len(list(csv.DictReader(io.StringIO(text)))) == 28
    # replaced by a rename of a complete temporary file, not rewritten in place
    assert target.stat().st_ino != inode
    assert stat.S_IMODE(target.stat().st_mode) == 0o640  # the file keeps its permissions
    _no_temporaries(tmp_path)


def test_a_new_output_file_gets_ordinary_permissions(tmp_path):
    reference = tmp_path / "reference"
    reference.write_text("x")
    target = tmp_path / "new.csv"
    assert run_cli("league", "--format", "csv", "-o", str(target)).code == ExitCode.OK
    assert stat.S_IMODE(target.stat().st_mode) == stat.S_IMODE(reference.stat().st_mode)


@pytest.mark.parametrize("where", ["write", "replace"])
def test_a_failed_output_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch, where):
    import probstat.writing as writing

    target = tmp_path / "out.csv"
    target.write_text("old content\n", encoding="utf-8")

    def boom(*args, **kwargs):
        raise OSError(28, "No space left on device")

    if where == "replace":
        monkeypatch.setattr(writing.os, "replace", boom)
    else:
        real_fdopen = writing.os.fdopen

        class FullDisk:
            """The temporary file's handle, on a disk that fills up at the first write."""

            def __init__(self, handle):
                self.handle = handle

            def __enter__(self):
                return self

            def __exit__(self, *exc):
                self.handle.close()

            def write(self, text):
                raise OSError(28, "No space left on device")

        def fdopen(fd, *args, **kwargs):
            return FullDisk(real_fdopen(fd, *args, **kwargs))

        monkeypatch.setattr(writing.os, "fdopen", fdopen)
    result = run_cli("providers", "--format", "csv", "-o", str(target))
    one_error_line(result, str(target), "cannot write: No space left on device")
    assert target.read_text(encoding="utf-8") == "old content\n"
    _no_temporaries(tmp_path)


def test_ctrl_c_while_writing_output_leaves_no_temporary(tmp_path, monkeypatch):
    import probstat.writing as writing

    target = tmp_path / "out.csv"
    target.write_text("old content\n", encoding="utf-8")

    def interrupted(*args, **kwargs):
        raise KeyboardInterrupt

    monkeypatch.setattr(writing.os, "replace", interrupted)
    result = run_cli("providers", "--format", "csv", "-o", str(target))
    assert result.code == ExitCode.INTERRUPTED, result
    assert target.read_text(encoding="utf-8") == "old content\n"
    _no_temporaries(tmp_path)


@settings(FUZZ, max_examples=TENTH)
@given(kind=st.sampled_from(["new", "existing", "symlink", "hardlink", "devnull"]), text=_ANY_TEXT)
def test_output_paths_get_the_text_and_keep_what_they_are(kind, text):
    from probstat.writing import write_file

    with tempfile.TemporaryDirectory(prefix="probstat-out-") as tmp:
        target, path = Path(tmp) / "target.csv", Path(tmp) / "out.csv"
        if kind != "new":
            target.write_text("old", encoding="utf-8")
        if kind == "symlink":
            path.symlink_to(target)
        elif kind == "hardlink":
            # refused (issue 26): writing through cannot be atomic, replacing would part the names
            os.link(target, path)
            with pytest.raises(OutputError, match="hard link"):
                write_file(str(path), text)
            assert target.read_text(encoding="utf-8") == path.read_text(encoding="utf-8") == "old"
            return
        elif kind == "existing":
            path = target
        elif kind == "devnull":
            path = Path(os.devnull)
            # Another process on the machine may have replaced the device; that is not this write's doing.
            assume(stat.S_ISCHR(os.stat(path).st_mode))
        write_file(str(path), text)
        if kind == "devnull":
            assert stat.S_ISCHR(os.stat(path).st_mode)
            return
        assert path.read_bytes() == text.encode("utf-8")
        assert path.is_symlink() == (kind == "symlink")
        assert not [p for p in Path(tmp).iterdir() if p.name.startswith(".probstat-")]


@pytest.fixture
def restore_signals():
    names = [n for n in cli_run._ENDING_SIGNALS if hasattr(signal, n)]
    saved = {n: signal.getsignal(getattr(signal, n)) for n in names}
    yield
    for name, handler in saved.items():
        signal.signal(getattr(signal, name), handler)


class _Wrapped:
    """A file the writer opens, standing in for the real one so that a test can fail its writes (synthetic)."""

    def __init__(self, fh):
        self.fh = fh

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.fh.close()


@posix
@pytest.mark.parametrize("name", ["SIGTERM", "SIGHUP", "SIGQUIT", "SIGUSR1", "SIGUSR2", "SIGALRM"])
def test_a_signal_mid_write_leaves_the_old_file_and_no_temporary(tmp_path, monkeypatch, restore_signals, name):
    signum = getattr(signal, name)
    if signal.getsignal(signum) != signal.SIG_DFL:
        signal.signal(signum, signal.SIG_DFL)
    target = tmp_path / "out.csv"
    target.write_text("old content\n", encoding="utf-8")
    real_fdopen = os.fdopen

    class Interrupted(_Wrapped):
        def write(self, text):
            self.fh.write(text[: len(text) // 2])
            os.kill(os.getpid(), signum)  # the handler runs here, mid-write
            self.fh.write(text[len(text) // 2:])

    monkeypatch.setattr(writing.os, "fdopen", lambda fd, *a, **k: Interrupted(real_fdopen(fd, *a, **k)))
    result = run_cli("providers", "--format", "csv", "-o", str(target))
    assert result.code == 128 + signum
    assert target.read_text(encoding="utf-8") == "old content\n"
    assert [p.name for p in tmp_path.iterdir()] == ["out.csv"]


@posix
def test_a_replaced_file_keeps_its_mode_but_never_a_setuid_bit(probstat, tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("old\n", encoding="utf-8")
    os.chmod(target, 0o6750)
    assert probstat("providers", "-o", str(target)).code == ExitCode.OK
    assert stat.S_IMODE(os.stat(target).st_mode) == 0o750


@posix
@pytest.mark.skipif(not hasattr(os, "geteuid") or os.geteuid() != 0, reason="only root can give a file away")
def test_root_writing_over_a_users_file_leaves_it_the_users(probstat, tmp_path):
    target = tmp_path / "out.csv"
    target.write_text("old\n", encoding="utf-8")
    os.chown(target, 4321, 4322)
    assert probstat("providers", "-o", str(target)).code == ExitCode.OK
    info = os.stat(target)
    assert (info.st_uid, info.st_gid) == (4321, 4322)
    assert target.read_text(encoding="utf-8").startswith("round,")


@posix
def test_another_users_file_is_refused_when_it_cannot_be_given_back(probstat, tmp_path, monkeypatch):
    # As a user who is not root and not the owner, a rename would make the file ours: refused, left as it was.
    target = tmp_path / "theirs.csv"
    target.write_text("theirs\n", encoding="utf-8")
    owner = os.stat(target).st_uid
    monkeypatch.setattr(writing.os, "geteuid", lambda: owner + 1 if owner + 1 != 0 else owner + 2)
    result = probstat("providers", "-o", str(target))
    assert result.code == ExitCode.DATA
    one_error_line(result, "belongs to another user")
    assert target.read_text(encoding="utf-8") == "theirs\n"


def test_signal_during_output_leaves_no_temporary_file(probstat, tmp_path, monkeypatch):

    def killed(*args):
        raise cli_run._Terminated(signal.SIGTERM)

    monkeypatch.setattr(writing.os, "replace", killed)
    result = probstat("ratings", "-o", str(tmp_path / "x.csv"))
    assert result.code == 128 + signal.SIGTERM
    assert list(tmp_path.iterdir()) == []


# --- writes only where asked --------------------------------------------------------------------------------

def _snapshot(*roots: Path) -> dict[str, tuple[int, int]]:
    return {str(p): (p.stat().st_size, p.stat().st_mtime_ns) for root in roots for p in root.rglob("*")}


def test_commands_write_nothing_next_to_the_data_or_in_the_working_directory(tmp_path, monkeypatch):
    data_dir, cwd = tmp_path / "data", tmp_path / "cwd"
    shutil.copytree(bundled_path().parent, data_dir)
    cwd.mkdir()
    for d in (data_dir, cwd):
        for p in d.rglob("*"):
            p.chmod(0o444 if p.is_file() else 0o555)
        d.chmod(0o555)
    monkeypatch.chdir(cwd)
    before = _snapshot(data_dir, cwd)
    try:
        data = str(data_dir / "providers.csv")
        sources = ["--sources", str(data_dir / "sources.csv")]
        for command in COMMANDS:
            args = [*command, "--data", data]
            if command[0] == "show":
                args = ["show", "nps-wales", "--data", data, *sources]
            elif command[0] == "validate":
                args += sources
            for fmt in ("table", "csv", "json"):
                result = run_cli(*args, "--format", fmt)
                assert result.code == ExitCode.OK, result
        # the commands outside the list: the claims check (0, or 1 for a contradicted claim) and template
        claims = run_cli("check-claims", "--data", data, *sources, "--claims",
                         str(data_dir / "claims-2019-10-10.toml"), "--format", "csv")
        assert claims.code in (ExitCode.OK, ExitCode.CONTRADICTED), claims
        assert run_cli("template").code == ExitCode.OK
        monkeypatch.setenv("PROBSTAT_DATA", data)
        assert run_cli("ratings").code == ExitCode.OK
        # a bad -o inside the read-only cwd: refused where permissions bite, and in any case nothing is left over
        result = run_cli("providers", "-o", str(cwd / "nope" / "x.csv"))
        one_error_line(result, "nope")
        assert _snapshot(data_dir, cwd) == before
    finally:
        for d in (data_dir, cwd):
            d.chmod(0o755)


def test_output_to_a_missing_directory_exits_3_and_leaves_nothing(tmp_path):
    before = set(tmp_path.rglob("*"))
    target = tmp_path / "missing" / "deeper" / "out.csv"
    for command in COMMANDS:
        args = ("show", "nps-wales") if command[0] == "show" else command
        one_error_line(run_cli(*args, "--format", "csv", "-o", str(target)), str(target), "cannot write")
    assert set(tmp_path.rglob("*")) == before
    assert not (tmp_path / "missing").exists()
