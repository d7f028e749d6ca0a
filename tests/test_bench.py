"""bench/bench.py: it times every command the README lists, and passes its options on to each setup."""

from __future__ import annotations

import doctest
import importlib.util
import re
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _bench():
    if "probstat_bench" not in sys.modules:  # its dataclasses look their module up there
        spec = importlib.util.spec_from_file_location("probstat_bench", ROOT / "bench" / "bench.py")
        sys.modules["probstat_bench"] = importlib.util.module_from_spec(spec)
        spec.loader.exec_module(sys.modules["probstat_bench"])
    return sys.modules["probstat_bench"]


def test_the_bench_times_every_command_the_readme_lists():
    bench = _bench()
    listed = set(re.findall(r"^\| `probstat (\S+)[^`]*` \|", (ROOT / "README.md").read_text(), flags=re.M))
    timed = {cmd[0] for _, cmd in [*bench.COMMANDS, bench.CHECK_CLAIMS, *bench.BUNDLED_ONLY]}
    assert "validate" in listed and "check-claims" in listed
    assert listed <= timed, listed - timed
    # the forms issue 25 asked for by name
    names = {name for name, _ in bench.COMMANDS}
    assert {"gap", "caseloads --by provider"} <= names
    assert bench.TEXT_FIXTURE.is_file()  # check-claims --text is timed on it with the bundled data


def test_bench_doctests():
    failed, attempted = doctest.testmod(_bench())
    assert attempted and not failed
