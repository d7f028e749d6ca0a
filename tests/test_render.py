"""Contracts of probstat.render, called in-process on small SYNTHETIC frames (made-up values).

Expected texts are worked out by hand from the contracts in render.py's docstrings and the README (numbers
to 2 decimals or 3 significant digits, RFC 4180 quoting, formula cells prefixed with "'", JSON with null for
missing and unbounded values, notes on stderr), not copied from the code's output. The terminal views are
tested in test_views.py and test_shell.py; writing files in test_writing.py.
"""

from __future__ import annotations

import csv
import io
import json
import math
from pathlib import Path

import pandas as pd
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from test_hardening import FUZZ, TENTH, _raw_controls, _strict_json
from test_input_edges import HEADER

from probstat import formats
from probstat.errors import ExitCode
from probstat.formats import escape_formula, resolve_format, to_text
from probstat.output import OutputOptions, clean_text, format_number
from probstat.render import render
from probstat.testing import run_cli


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


# --- CSV formula injection ----------------------------------------------------------------------------------

INJECTIONS = ('=HYPERLINK("http://x","y")', "+1", "-cmd", "@SUM(1)", "-1e5", "=1+1", "-12.5")


def _injection_file(tmp_path: Path) -> Path:
    rows = [["round", "provider_id", "provider", "sector", "overall", "owner", "avg_caseload",
             "staff_caseload_over_50_pct", "people_supervised"]]
    for i, name in enumerate(INJECTIONS):
        rows.append(["2018-19", f"p-{i}", name, "CRC" if i % 2 else "NPS", "Good" if i % 3 else "Inadequate",
                     "-owner", str(12.5 + i), "40", str(1000 + i)])
    path = tmp_path / "inject.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerows(rows)
    return path


@pytest.mark.parametrize(("fmt", "delimiter"), [("csv", ","), ("tsv", "\t")])
def test_formula_cells_are_escaped_in_csv_and_tsv(tmp_path, fmt, delimiter):
    path = _injection_file(tmp_path)
    out = run_cli("providers", "--data", str(path), "--format", fmt)
    assert out.code == ExitCode.OK, out
    table = list(csv.DictReader(io.StringIO(out.stdout), delimiter=delimiter))
    assert [r["provider"] for r in table] == ["'" + name for name in INJECTIONS]
    assert {r["owner"] for r in table} == {"'-owner"}
    raw = run_cli("providers", "--data", str(path), "--format", fmt, "--no-escape-formulas")
    table = list(csv.DictReader(io.StringIO(raw.stdout), delimiter=delimiter))
    assert [r["provider"] for r in table] == list(INJECTIONS)


@pytest.mark.parametrize("fmt", ["json", "jsonl"])
def test_json_output_is_never_escaped(tmp_path, fmt):
    out = run_cli("providers", "--data", str(_injection_file(tmp_path)), "--format", fmt).stdout
    records = json.loads(out) if fmt == "json" else [json.loads(line) for line in out.splitlines()]
    assert [r["provider"] for r in records] == list(INJECTIONS)


@pytest.mark.parametrize("fmt", ["csv", "tsv"])
def test_negative_numbers_are_never_escaped(tmp_path, fmt):
    delimiter = "," if fmt == "csv" else "\t"
    # gap: NPS all Inadequate-or-Good vs CRC: a negative gap is a number, not a formula
    path = tmp_path / "gap.csv"
    path.write_text(HEADER + "\n2018-19,a-nps,=A,NPS,Inadequate\n2018-19,b-crc,B,CRC,Good\n"
                    "2018-19,c-crc,C,CRC,Outstanding\n", encoding="utf-8")
    gap = list(csv.DictReader(io.StringIO(run_cli("gap", "--data", str(path), "--format", fmt).stdout),
                              delimiter=delimiter))
    assert gap[0]["gap"] == "-2.5" and gap[1]["gap"] == "-100"
    assert float(gap[1]["ci_low"]) < 0 and not gap[1]["ci_low"].startswith("'")
    # caseloads: averages stay plain numbers, while the provider names are escaped
    caseloads = run_cli("caseloads", "--data", str(_injection_file(tmp_path)), "--by", "sector", "--format", fmt)
    table = list(csv.DictReader(io.StringIO(caseloads.stdout), delimiter=delimiter))
    assert [r["avg_caseload_mean"] for r in table] == ["15.5", "15.5", "15.5"]
    for row in table:
        for value in row.values():
            assert not value.startswith("'"), row




# --- output paths, terminals and locales ----------------------------------------------------------------------

#: Any text a cell may hold, markup and terminal escapes included (surrogates cannot be written as UTF-8).
_ANY_TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)
_HOSTILE = st.sampled_from(["[/]", "[bold]", "[link=https://example.org]x", "\x1b[2J", "\x9b31m", "\r", "a\nb",
                            "=1+1", "0.00119", "Ynys Môn", "✓", "|", '"', ""])


@st.composite
def hostile_frame(draw):
    """A synthetic result table: text cells from _ANY_TEXT and _HOSTILE, floats (with gaps) and counts."""
    import pandas as pd

    n = draw(st.integers(1, 5))
    names = draw(st.lists(st.one_of(_ANY_TEXT, _HOSTILE), min_size=n, max_size=n))
    values = draw(st.lists(st.one_of(st.none(), st.floats(-1e6, 1e6, allow_nan=False)), min_size=n, max_size=n))
    counts = draw(st.lists(st.one_of(st.none(), st.integers(0, 10**9)), min_size=n, max_size=n))
    return pd.DataFrame({"name": names, "value": pd.array(values, dtype="Float64").astype(float),
                         "count": pd.array(counts, dtype="Int64")})


@settings(FUZZ, max_examples=TENTH)
@given(frame=hostile_frame(), headers=st.booleans())
def test_any_cell_text_is_data_in_every_format(frame, headers):
    from probstat.output import FORMATS, OutputOptions
    from probstat.render import to_text

    names = list(frame["name"])
    for fmt in FORMATS:
        text = to_text(frame, OutputOptions(format=fmt, headers=headers, escape_formulas=False), fmt)
        allowed = "\n\r\t" if fmt in ("csv", "tsv") else "\n"
        assert not _raw_controls(text, allowed), (fmt, text)
        if fmt == "json":
            assert [r["name"] for r in _strict_json(text)] == names  # JSON escapes, so text comes back exactly
        elif fmt == "jsonl":
            assert [json.loads(line)["name"] for line in text.splitlines()] == names
        elif fmt in ("csv", "tsv"):
            rows = list(csv.reader(io.StringIO(text), delimiter="," if fmt == "csv" else "\t"))
            assert len(rows) == len(frame) + headers
            assert [r[0] for r in rows[headers:]] == [clean_text(n, keep_newlines=True) for n in names]


@settings(FUZZ, max_examples=TENTH)
@given(frame=hostile_frame(), width=st.integers(30, 160), encoding=st.sampled_from(["utf-8", "ascii", "latin-1"]),
       headers=st.booleans())
def test_any_table_fits_any_terminal_in_any_encoding(frame, width, encoding, headers):
    from rich.cells import cell_len
    from rich.console import Console

    from probstat.output import OutputOptions, View
    from probstat.render import render

    frame.attrs["view"] = View(title="[bold]t\x1b")
    stream = io.TextIOWrapper(io.BytesIO(), encoding=encoding, errors="backslashreplace", newline="")
    console = Console(width=width, file=stream, color_system=None, force_terminal=True)
    render(frame, OutputOptions(headers=headers), console=console)
    stream.flush()
    shown = stream.buffer.getvalue().decode(encoding)
    assert not _raw_controls(shown, "\n"), shown
    # A table, or (when its columns do not fit) a block per row, keeps within the width unless a single word
    # is wider than the terminal; every cell's words are shown whole.
    show = lambda t: t.encode(encoding, "backslashreplace").decode(encoding)  # noqa: E731
    # Words as shown: a character the encoding lacks becomes an escape first, so a no-break space (whitespace
    # to str.split) shown as '\xa0' on an ASCII terminal joins its neighbours into one word.
    words = [w for n in frame["name"] for w in show(clean_text(n)).split()]
    if max(map(cell_len, words), default=0) + 12 <= width:
        assert all(cell_len(line) <= width for line in shown.split("\n")), shown
        assert all(w in shown for w in words), shown  # a word is never broken, so it is on one line


# --- the text formats' writers: the fast path writes what the csv module writes; text_lines in pieces ----------

_CELL_CHARS = ["a", "Z", "1", " ", ",", ";", "\t", '"', "\r", "\n", "\x00", "\x1b", "\x7f", "\x85", "\x9f", "\xa0",
               "é", "\u2028", "=", "+", "-", "@", "'"]


@given(st.lists(st.lists(st.text(st.sampled_from(_CELL_CHARS), max_size=4), min_size=2, max_size=2), max_size=6),
       st.sampled_from([",", ";", "\t"]), st.booleans())
def test_text_cells_are_written_as_the_csv_module_writes_their_cleaned_text(rows, delimiter, escape):
    # Text columns skip per-cell work when a byte scan finds nothing to clean, escape or quote; the result
    # must be what cleaning every cell and handing it to the csv module gives.
    frame = pd.DataFrame(rows, columns=["a", "b"], dtype="str") if rows else pd.DataFrame({"a": [], "b": []})
    expected = io.StringIO()
    writer = csv.writer(expected, delimiter=delimiter, lineterminator="\n")
    writer.writerow(["a", "b"])
    for row in rows:
        cells = [clean_text(c, keep_newlines=True) for c in row]
        cells = [formats.escape_formula(c) for c in cells] if escape else cells
        quote_all = any("\r" in c for c in cells)
        (csv.writer(expected, delimiter=delimiter, lineterminator="\n", quoting=csv.QUOTE_ALL) if quote_all
         else writer).writerow(cells)
    opts = OutputOptions(format="tsv" if delimiter == "\t" else "csv", escape_formulas=escape)
    written = formats._delimited(frame, opts, delimiter)
    assert written == expected.getvalue()


def test_text_lines_show_control_characters_and_leave_missing_cells_empty():
    level = pd.Series(["warning", "warning"], dtype="str")
    pid = pd.Series(["ok-crc", "evil\x1b[2J\ncrc"], dtype="object")
    count = pd.Series([3, None], dtype="Int64")
    assert "".join(formats.text_lines([level, pid, count], "{}: {} ({})")) == (
        "warning: ok-crc (3)\nwarning: evil\\x1b[2J\\x0acrc ()\n")


def test_text_lines_come_in_pieces_that_join_to_every_line(monkeypatch):
    monkeypatch.setattr(formats, "_LINES_PER_PIECE", 3)
    ids = pd.Series([f"p{i}" for i in range(7)], dtype="str")
    pieces = list(formats.text_lines([ids], "<{}>"))
    assert pieces == ["<p0>\n<p1>\n<p2>\n", "<p3>\n<p4>\n<p5>\n", "<p6>\n"]
    assert list(formats.text_lines([ids.iloc[0:0]], "<{}>")) == []


@settings(max_examples=50, deadline=None)
@given(st.lists(st.floats(allow_nan=True, allow_infinity=True, width=64) | st.integers(-10**6, 10**6),
                min_size=1, max_size=60),
       st.sampled_from(["float64", "float32", "int64", "int32", "uint16"]))
def test_number_columns_are_worded_per_distinct_value_as_cell_by_cell(values, dtype):
    # column_words' NumPy number branch (each distinct value worded without _delimited_cell's checks of its type)
    # gives each cell exactly the text _delimited_cell gives it.
    import numpy as np

    if dtype.startswith(("int", "uint")):
        values = [int(v) % 60000 for v in values if isinstance(v, int) or math.isfinite(v)] or [0]
    with np.errstate(over="ignore"):
        column = pd.Series(np.array(values).astype(dtype))
    words, codes, _ = formats.column_words(column, True)
    cells = np.array([*words, ""], dtype=object)[codes].tolist() if codes is not None else words
    assert cells == [formats._delimited_cell(v, True) for v in column]
