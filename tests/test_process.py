"""The process-wide choices the command line makes for itself (probstat.process), and when it makes them."""

from __future__ import annotations

import pytest

from probstat import cli_run, process


@pytest.mark.parametrize(("argv", "expected"), [
    (["gap", "--data", "providers.csv"], True),
    (["gap", "--data=providers.csv", "--format", "csv"], True),
    (["gap"], False),
    (["--help"], False),
    (["ratings", "--sector", "--data"], True),  # an option's value: padding a small run costs nothing wrong
])
def test_a_user_file_is_recognised_from_the_arguments(monkeypatch, argv, expected):
    monkeypatch.delenv("PROBSTAT_DATA", raising=False)
    assert cli_run._user_data(argv) is expected


def test_a_user_file_from_the_environment(monkeypatch):
    monkeypatch.setenv("PROBSTAT_DATA", "providers.csv")
    assert cli_run._user_data(["gap"]) is True


def test_padding_the_heap_changes_no_value():
    # glibc takes the settings; another C library has no mallopt and nothing happens
    assert process.pad_heap() is None
