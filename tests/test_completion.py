"""Shell completion through click's built-in mechanism: `_PROBSTAT_COMPLETE=<shell>_source probstat`
prints a script for each shell, and the `<shell>_complete` mode answers with real candidates."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from probstat.errors import ExitCode

# What click 8 puts in each shell's script: the line that registers the completion function.
MARKERS = {
    "bash": "complete -o nosort -F _probstat_completion probstat",
    "zsh": "#compdef probstat",
    "fish": "complete --no-files --command probstat",
}


def _run(env: dict[str, str], timeout: float = 60) -> subprocess.CompletedProcess:
    """probstat in a fresh interpreter (as the shell would start it) with completion variables set."""
    full = {k: v for k, v in os.environ.items() if not k.startswith(("_PROBSTAT_COMPLETE", "COMP_"))}
    full.update(env)
    # `python -m probstat` runs the same entry point as the console script, with prog_name "probstat".
    return subprocess.run([sys.executable, "-m", "probstat"], env=full, capture_output=True, text=True,
                          timeout=timeout, check=False)


# Every test here starts the CLI (or bash) as a process: slow, so `pytest -m "not slow"` leaves them out.
pytestmark = pytest.mark.slow

@pytest.mark.parametrize("shell", sorted(MARKERS))
def test_completion_script_is_printed(shell: str) -> None:
    result = _run({"_PROBSTAT_COMPLETE": f"{shell}_source"})
    assert result.returncode == ExitCode.OK, result.stderr
    assert MARKERS[shell] in result.stdout
    assert "_PROBSTAT_COMPLETE" in result.stdout  # the script calls back into probstat
    assert result.stderr == ""


def _candidates(shell: str, words: str, cword: int | str) -> list[str]:
    """bash and zsh pass the index of the word being completed; fish passes that word's text."""
    result = _run({"_PROBSTAT_COMPLETE": f"{shell}_complete", "COMP_WORDS": words, "COMP_CWORD": str(cword)})
    assert result.returncode == ExitCode.OK, result.stderr
    return result.stdout.splitlines()


def test_bash_completes_command_names() -> None:
    assert _candidates("bash", "probstat ch", 1) == ["plain,changes", "plain,check-claims"]


def test_bash_completes_choices_and_options() -> None:
    assert _candidates("bash", "probstat ratings --by ", 3) == ["plain,sector", "plain,owner", "plain,round",
                                                                      "plain,region"]
    assert "plain,--export-svg" in _candidates("bash", "probstat ratings --ex", 2)


def test_bash_completes_file_names_for_output_files() -> None:
    assert _candidates("bash", "probstat ratings --export-svg ", 3) == ["file,"]


def test_zsh_completion_gives_descriptions() -> None:
    lines = _candidates("zsh", "probstat valid", 1)
    assert lines[:2] == ["plain", "validate"]
    assert lines[2].startswith("Check a providers CSV")


def test_fish_completes_command_names() -> None:
    lines = _candidates("fish", "probstat rat", "rat")
    assert lines and lines[0].startswith("plain,ratings")


@pytest.mark.skipif(shutil.which("bash") is None, reason="bash is not installed")
def test_bash_script_registers_and_completes_in_a_real_bash(tmp_path: Path) -> None:
    """Source the generated script in bash and call the registered function as bash would on Tab."""
    script = _run({"_PROBSTAT_COMPLETE": "bash_source"}).stdout
    (tmp_path / "complete.bash").write_text(script, encoding="utf-8")
    # The script calls `probstat` by name; a stand-in on PATH runs this interpreter's probstat.
    shim = tmp_path / "bin" / "probstat"
    shim.parent.mkdir()
    shim.write_text(f'#!/bin/sh\nexec "{sys.executable}" -m probstat "$@"\n', encoding="utf-8")
    shim.chmod(0o755)
    program = (
        ". ./complete.bash\n"
        "complete -p probstat\n"
        "COMP_WORDS=(probstat lea); COMP_CWORD=1\n"
        "_probstat_completion probstat\n"
        'printf "reply:%s\\n" "${COMPREPLY[@]}"\n'
    )
    env = {**os.environ, "PATH": f"{shim.parent}{os.pathsep}{os.environ.get('PATH', '')}"}
    result = subprocess.run(["bash", "--norc", "--noprofile", "-c", program], cwd=tmp_path, env=env,
                            capture_output=True, text=True, timeout=60, check=False)
    assert result.returncode == ExitCode.OK, result.stderr
    assert "complete -o nosort -F _probstat_completion probstat" in result.stdout
    assert "reply:league" in result.stdout
