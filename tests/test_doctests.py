"""Run the examples in docs/api.md and in the package's docstrings as tests.

Modules are found and imported by name, so this works against an installed package as well as a checkout;
the docs page is skipped when docs/ is not there (a wheel without the checkout).
"""

from __future__ import annotations

import doctest
import importlib
import pkgutil
from pathlib import Path

import pytest

import probstat

ROOT = Path(__file__).resolve().parent.parent
API_DOC = ROOT / "docs" / "api.md"
FLAGS = doctest.ELLIPSIS | doctest.NORMALIZE_WHITESPACE
#: Never imported here: running the module runs the CLI.
NOT_IMPORTABLE = {"probstat.__main__"}


def _module_names() -> list[str]:
    names = ["probstat"]
    for info in pkgutil.walk_packages(probstat.__path__, prefix="probstat."):
        if info.name not in NOT_IMPORTABLE:
            names.append(info.name)
    return sorted(names)


def _has_examples(name: str) -> bool:
    module = importlib.import_module(name)
    return any(test.examples for test in doctest.DocTestFinder().find(module))


MODULES_WITH_DOCTESTS = [name for name in _module_names() if _has_examples(name)]


def test_modules_with_doctests_are_found() -> None:
    # An empty list would pass silently; the package docstring and the claim checker both have examples.
    assert {"probstat", "probstat.claims.verify"} <= set(MODULES_WITH_DOCTESTS)
    assert len(MODULES_WITH_DOCTESTS) >= 5


@pytest.mark.parametrize("name", MODULES_WITH_DOCTESTS)
def test_module_doctests(name: str) -> None:
    module = importlib.import_module(name)
    result = doctest.testmod(module, optionflags=FLAGS, report=True)
    assert result.failed == 0, f"{result.failed} of {result.attempted} doctest examples failed in {name}"


@pytest.mark.skipif(not API_DOC.is_file(), reason="docs/api.md is only in a checkout")
def test_api_doc_examples() -> None:
    result = doctest.testfile(str(API_DOC), module_relative=False, optionflags=FLAGS, report=True,
                              encoding="utf-8")
    assert result.attempted > 20, "docs/api.md should be full of examples"
    assert result.failed == 0, f"{result.failed} of {result.attempted} examples in docs/api.md failed"
