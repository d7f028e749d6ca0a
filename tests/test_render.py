"""Contracts of probstat.render, called in-process on small SYNTHETIC frames (made-up values).

Expected texts are worked out by hand from the contracts in render.py's docstrings and the README (numbers
to 2 decimals or 3 significant digits, RFC 4180 quoting, formula cells prefixed with "'", JSON with null for
missing and unbounded values, notes on stderr), not copied from the code's output. The terminal views are
tested in test_views.py and test_shell.py; writing files in test_writing.py.
"""

from __future__ import annotations

import json
import math

import pandas as pd
import pytest

from probstat.formats import escape_formula, resolve_format, to_text
from probstat.output import OutputOptions, format_number
from probstat.render import render


@pytest.mark.parametrize(("value", "text"), [
    (28, "28"),              # whole numbers as they are
    (28.0, "28"),
    (-2.5, "-2.5"),          # 2 decimals, trailing zeros dropped
    (12.5, "12.5"),
    (3.14159, "3.14"),
    (0.04567, "0.0457"),     # below 1: 3 significant digits
    (12 / 7, "1.71"),        # the gap sentences' figures (tests/test_gap.py): 1.714...
    (5 / 7, "0.714"),
    (1282 / 1184040, "0.00108"),  # the overall permutation p-value
    (1e-7, "1.00e-07"),      # a tiny p-value keeps its exponent
    (math.inf, ""),          # no bound: empty
])
def test_format_number(value, text):
    assert format_number(value) == text


@pytest.mark.parametrize("text", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
def test_a_cell_a_spreadsheet_would_run_is_prefixed(text):
    assert escape_formula(text) == "'" + text


@pytest.mark.parametrize("text", ["", "a=b", "1-2", "'quoted"])
def test_other_cells_are_left_alone(text):
    assert escape_formula(text) == text


def test_csv_escapes_text_cells_never_numbers():
    frame = pd.DataFrame({"n": pd.array([-3, None], dtype="Int64"), "x": [-12.5, -1.0], "name": ["-3", "ok"]})
    assert to_text(frame, OutputOptions(format="csv")).splitlines() == ["n,x,name", "-3,-12.5,'-3", ",-1,ok"]
    raw = to_text(frame, OutputOptions(format="csv", escape_formulas=False))
    assert raw.splitlines() == ["n,x,name", "-3,-12.5,-3", ",-1,ok"]


def test_csv_quotes_as_rfc_4180_and_tsv_uses_tabs():
    frame = pd.DataFrame({"a": ["x,y", 'say "hi"'], "b": [1, 2]})
    assert to_text(frame, OutputOptions(format="csv")).splitlines() == ["a,b", '"x,y",1', '"say ""hi""",2']
    assert to_text(frame, OutputOptions(format="tsv")).splitlines() == ["a\tb", "x,y\t1", '"say ""hi"""\t2']


def test_no_headers_gives_the_data_rows_only():
    frame = pd.DataFrame({"a": ["x"], "b": [1]})
    assert to_text(frame, OutputOptions(format="csv", headers=False)) == "x,1\n"


def test_json_has_null_for_missing_and_unbounded_and_escapes_controls():
    frame = pd.DataFrame({"name": ["a\x1bb\x85"], "n": [3.0], "high": [math.inf], "gone": [None]})
    line = to_text(frame, OutputOptions(format="jsonl"))
    assert line == '{"name": "a\\u001bb\\u0085", "n": 3, "high": null, "gone": null}\n'
    assert json.loads(to_text(frame, OutputOptions(format="json"))) == [
        {"name": "a\x1bb\x85", "n": 3, "high": None, "gone": None}]


@pytest.mark.parametrize(("opts", "terminal", "fmt"), [
    (OutputOptions(), True, "table"),                          # people get a table
    (OutputOptions(), False, "csv"),                           # a pipe gets CSV
    (OutputOptions(output="out.md"), False, "markdown"),       # a file gets its extension's format
    (OutputOptions(format="json", output="out.csv"), False, "json"),  # --format wins over the extension
    (OutputOptions(fmt="grid", format="csv"), True, "fmt"),    # --fmt wins over all
])
def test_the_format_chosen(opts, terminal, fmt):
    assert resolve_format(opts, terminal=terminal) == fmt


def _with_note() -> pd.DataFrame:
    frame = pd.DataFrame({"a": [1]})
    frame.attrs["notes"] = ["a caveat"]
    return frame


def test_data_goes_to_stdout_and_notes_to_stderr(capsys):
    frame = _with_note()
    render(frame, OutputOptions(format="csv"))
    out, err = capsys.readouterr()
    assert (out, err) == ("a\n1\n", "note: a caveat\n")
    assert frame.attrs["notes"] == ["a caveat"]  # rendering leaves the analysis' frame as it was
    render(frame, OutputOptions(format="csv", quiet=True))
    assert capsys.readouterr() == ("a\n1\n", "")


def test_a_markdown_file_carries_its_notes_and_a_json_file_has_them_beside_it(tmp_path, capsys):
    render(_with_note(), OutputOptions(output=str(tmp_path / "t.md"), quiet=True))
    table, notes = (tmp_path / "t.md").read_text(encoding="utf-8").split("\n\n")
    assert table.startswith("| a") and notes == "- note: a caveat\n"  # the table's layout is tabulate's
    render(_with_note(), OutputOptions(output=str(tmp_path / "t.json"), quiet=True))
    assert json.loads((tmp_path / "t.json").read_text(encoding="utf-8")) == [{"a": 1}]
    assert (tmp_path / "t.json.notes.txt").read_text(encoding="utf-8") == "a caveat\n"
    assert capsys.readouterr() == ("", "")


def test_an_unbounded_end_is_empty_with_a_note(capsys):
    render(pd.DataFrame({"low": [1.0], "high": [math.inf]}), OutputOptions(format="csv"))
    out, err = capsys.readouterr()
    assert out == "low,high\n1,\n"
    assert err.startswith("note: an empty high ")
