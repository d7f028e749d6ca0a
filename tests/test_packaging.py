"""The package as built: every subpackage in the wheel, and modules of a size a newcomer can read.

A subpackage left out of pyproject.toml's list installs a probstat that fails with ModuleNotFoundError, which
an editable install (the test run's) never shows."""

from __future__ import annotations

import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def test_every_package_is_listed_in_pyproject():
    listed = set(tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["tool"]["setuptools"]
                 ["packages"])
    found = {".".join(p.parent.relative_to(ROOT).parts) for p in (ROOT / "probstat").rglob("__init__.py")}
    assert found <= listed, f"not in pyproject.toml's packages: {sorted(found - listed)}"


def test_no_module_over_500_lines():
    """ARCHITECTURE.md's rule: a module over 500 lines holds more than one concept; split it by concept."""
    long = {str(p.relative_to(ROOT)): n for p in (ROOT / "probstat").rglob("*.py")
            if (n := len(p.read_text(encoding="utf-8").splitlines())) > 500}
    assert not long, long
