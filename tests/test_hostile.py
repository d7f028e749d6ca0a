"""Hostile input, round three (issue 26): each reported case, as a user runs it.

Every input here is synthetic (a copy of the bundled data with cells changed, or text made up for the test).
Expected values are worked out by hand in the comments. Cases that need real standard input, a closed stdin
or a signal run the CLI as a process; the rest run in-process through run_cli. Large inputs are small in the
README's run and full size under `--hypothesis-profile=ci` (see full_size()).
"""

from __future__ import annotations

import csv
import io
import os
import subprocess
import sys
import time
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from hypothesis import settings
from tabulate import tabulate_formats

from probstat.errors import MAX_LINE, ExitCode, did_you_mean, excerpt, one_line
from probstat.loader import bundled_path

posix = pytest.mark.skipif(sys.platform == "win32", reason="POSIX file descriptors and signals")


def full_size() -> bool:
    """True under the CI fuzzing profile: the big inputs are then as large as the attack's."""
    return settings.default.max_examples >= 1000


def _env() -> dict[str, str]:
    env = dict(os.environ, PYTHONWARNINGS="ignore")
    env.pop("PROBSTAT_DATA", None)
    return env


def run_process(args, *, stdin=None, cwd=None, preexec_fn=None, timeout=60) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "probstat", *args], stdin=stdin, capture_output=True, text=True,
                          env=_env(), cwd=cwd, preexec_fn=preexec_fn, timeout=timeout)


def one_error(stderr: str, *fragments: str) -> str:
    """The one Error line of ``stderr`` (other lines may be click's usage lines), under 300 characters."""
    errors = [line for line in stderr.splitlines() if line.startswith("Error")]
    assert len(errors) == 1, stderr[-2000:]
    assert len(errors[0]) < 300, errors[0]
    assert "Traceback" not in stderr
    for fragment in fragments:
        assert fragment in errors[0], errors[0]
    return errors[0]


def bundled_rows() -> list[list[str]]:
    return list(csv.reader(io.StringIO(bundled_path().read_text(encoding="utf-8"))))


def write_rows(path: Path, rows: list[list[str]]) -> Path:
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8")
    return path


def edited(tmp_path: Path, column: str, value: str, row: int = 2, name: str = "edited.csv") -> Path:
    rows = bundled_rows()
    rows[row - 1][rows[0].index(column)] = value
    return write_rows(tmp_path / name, rows)


# --- no input lost through stdin --------------------------------------------------------------------------

CLAIMS = bundled_path("claims-2019-10-10.toml")


@posix
@pytest.mark.parametrize(("name", "args"), [
    ("d.csv", ["providers", "--data", "-", "-o", "d.csv"]),
    ("d.csv", ["providers", "--data", "-", "--export-html", "d.csv"]),
    ("d.csv", ["providers", "--data", "-", "--export-svg", "d.csv"]),
    # --format: an output named .toml is otherwise refused for its extension first (exit 2)
    ("c.toml", ["check-claims", "--claims", "-", "-o", "c.toml", "--format", "csv"]),
    ("t.txt", ["check-claims", "--text", "-", "-o", "t.txt"]),
])
@pytest.mark.slow
def test_an_input_on_stdin_is_never_the_output(tmp_path, name, args):
    source = {"d.csv": bundled_path(), "c.toml": CLAIMS}.get(name)
    content = source.read_bytes() if source else b"28 probation services were inspected.\n"
    path = tmp_path / name
    path.write_bytes(content)
    with open(path, "rb") as stdin:
        result = run_process(args, stdin=stdin, cwd=tmp_path)
    assert result.returncode == ExitCode.DATA
    one_error(result.stderr, name, "standard input")
    assert result.stdout == ""
    assert path.read_bytes() == content
    assert sorted(p.name for p in tmp_path.iterdir()) == [name]  # no temporary file left either


@pytest.mark.slow
@posix
def test_a_hard_link_to_the_input_on_stdin_is_refused(tmp_path):
    path, link = tmp_path / "d.csv", tmp_path / "link.csv"
    path.write_bytes(bundled_path().read_bytes())
    os.link(path, link)
    with open(path, "rb") as stdin:
        result = run_process(["providers", "--data", "-", "-o", str(link)], stdin=stdin)
    assert result.returncode == ExitCode.DATA
    one_error(result.stderr)
    assert path.read_bytes() == bundled_path().read_bytes()


@pytest.mark.slow
@posix
def test_stdin_read_twice_through_dev_stdin_is_refused(tmp_path):
    # `--text /dev/stdin --data -` on a pipe: the second reader would check an empty text.
    text = bundled_path().read_text(encoding="utf-8")
    result = subprocess.run([sys.executable, "-m", "probstat", "check-claims", "--text", "/dev/stdin", "--data", "-"],
                            input=text, capture_output=True, text=True, env=_env(), timeout=60)
    assert result.returncode == ExitCode.DATA
    one_error(result.stderr, "standard input is given to two inputs")


def test_one_file_for_two_outputs_is_refused(probstat, tmp_path):
    target = tmp_path / "x.html"
    result = probstat("providers", "-o", str(target), "--export-html", str(target), "--format", "csv")
    assert result.code == ExitCode.DATA
    one_error(result.stderr, "two output options")
    assert not target.exists()


@pytest.mark.slow
@posix
@pytest.mark.parametrize("option", ["--data", "--text", "--claims"])
def test_a_closed_stdin_is_a_clear_error(option):
    args = ["check-claims", option, "-"] if option != "--data" else ["providers", "--data", "-"]
    result = run_process(args, stdin=subprocess.DEVNULL, preexec_fn=lambda: os.close(0))
    assert result.returncode == ExitCode.DATA
    one_error(result.stderr, "<stdin>", "standard input is closed")


@pytest.mark.parametrize("encoding", ["punycode", "idna", "rot13", "base64", "unicode_escape", "undefined"])
def test_a_codec_no_text_file_is_written_in_is_refused(probstat, encoding):
    result = probstat("providers", "--data", str(bundled_path()), "--encoding", encoding)
    assert result.code == ExitCode.DATA
    one_error(result.stderr, "try utf-8")


@pytest.mark.parametrize("args", [
    ["-o", "missingdir/"], ["-o", ""], ["--export-svg", ""], ["--export-html", "sub/"], ["-o", "sub/.."],
])
def test_an_output_name_that_is_no_file_is_refused(probstat, tmp_path, monkeypatch, args):
    monkeypatch.chdir(tmp_path)
    result = probstat("providers", *args)
    assert result.code == ExitCode.DATA
    one_error(result.stderr)
    assert list(tmp_path.iterdir()) == []


def test_export_with_an_empty_or_directory_name_is_refused(probstat, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    for args in (["export", "-o", ""], ["export", "-o", "dir/"], ["template", "-o", ""], ["template", "-o", "d/"]):
        result = probstat(*args)
        assert result.code == ExitCode.DATA, args
        one_error(result.stderr)
    assert list(tmp_path.iterdir()) == []


# --- every error one short line ---------------------------------------------------------------------------

LONG = "x" * 100_000


@pytest.mark.parametrize("args", [
    ["providers", "--round", LONG],
    ["gap", "--domain", LONG],
    ["show", LONG],
    ["show", "nps-wales", "--round", LONG],
    ["check-claims", "--round", LONG],
    ["providers", "--sector", LONG],
    ["ratings", "--standard", LONG],
    ["changes", "--before", LONG],
    ["published", "--domain", LONG],
    ["export", "--provider", LONG],
    ["providers", "--rating", LONG],
    ["providers", "--data", LONG],
    ["providers", "--data", str(bundled_path()), "--encoding", LONG],
    ["providers", "-o", "y" * 5_000],
])
def test_a_huge_value_gives_one_short_error_line(probstat, args):
    result = probstat(*args)
    assert result.code in (ExitCode.USAGE, ExitCode.DATA)
    line = one_error(result.stderr)
    assert len(result.stderr) < 1_000
    # the excerpt says how long the value was; click's own messages are cut at the end
    assert "characters)" in line or line.endswith("...")


def test_excerpt_and_one_line_are_short_and_escaped():
    assert excerpt("abc") == "'abc'"
    assert excerpt("a\nb\x1b", quote=False) == "a\\nb\\x1b"
    assert excerpt("z" * 100) == "'" + "z" * 60 + "... (100 characters)'"
    assert one_line("Error: " + "w" * 1000) == "Error: " + "w" * 289 + "..."
    assert len(one_line("q " * 10_000)) == MAX_LINE
    assert "\n" not in one_line("a\nb\u202ec")


def test_did_you_mean_is_bounded_in_length_and_work():
    ids = [f"provider-number-{i}" for i in range(10_000)]
    start = time.perf_counter()
    assert did_you_mean("p" * 1_000, ids) == ""  # far longer than any id: no typo of one
    assert did_you_mean("provider-number-" + "9" * 80, ids) == ""
    # One 9 too many: 'provider-number-99999' less a 9 is 'provider-number-9999', which is in the list.
    assert did_you_mean("provider-number-99999", ids) == " (did you mean 'provider-number-9999'?)"
    assert time.perf_counter() - start < 5


def test_did_you_mean_over_ten_thousand_providers_on_the_command_line(probstat, tmp_path):
    rows = bundled_rows()
    header, first = rows[0], rows[1]
    body = [[*first[:1], f"provider-number-{i}", *first[2:]] for i in range(10_000)]
    data = write_rows(tmp_path / "many.csv", [header, *body])
    start = time.perf_counter()
    result = probstat("show", "q" * 1_000, "--data", str(data))
    assert result.code == ExitCode.USAGE
    one_error(result.stderr, "no provider")
    assert time.perf_counter() - start < 30


# --- claims files: values checked for range and type --------------------------------------------------------

def _claims(tmp_path: Path, body: str) -> Path:
    path = tmp_path / "c.toml"
    path.write_text('[[claims]]\nid = "a"\nclaim = "synthetic"\n' + body, encoding="utf-8")
    return path


@pytest.mark.parametrize(("body", "key", "fragment"), [
    ('phrase = "one in zero"\nunit = "percent"\nneeds = "x"\n', "key phrase", "out of zero"),
    ('phrase = "five of zero"\nneeds = "x"\n', "key phrase", "out of zero"),
    ('phrase = "5 out of 0"\nneeds = "x"\n', "key phrase", "out of zero"),
    ('phrase = "1000 per cent"\nneeds = "x"\n', "key phrase", "at most 100 per cent"),
    ('phrase = "5"\nneeds = "x"\nreading = { low = 1, high = ' + "9" * 400 + " }\n", "key reading.high", "1e+15"),
    ('phrase = "5"\nneeds = "x"\nreading = { low = 1, high = 1e300 }\n', "key reading.high", "1e+15"),
    ('phrase = "5"\nunit = "percent"\nneeds = "x"\nreading = { low = 150, high = 160 }\n', "key reading",
     "at most 100 per cent"),
    ('phrase = "5"\nneeds = "x"\nalso = ["' + "y" * 100_000 + '"]\n', "key also", "longer than 2000"),
    ('phrase = "5"\nneeds = "x"\nalso = [' + ", ".join(['"5"'] * 21) + "]\n", "key also", "at most 20"),
    ('phrase = "5"\nmetric = { name = "providers", round = "9999-00" }\n', "key metric.round", "not a round"),
    ('phrase = "5"\nmetric = { name = "providers", round = "2018-20" }\n', "key metric.round", "not a round"),
    ('phrase = "5"\nmetric = { name = "providers", round = "' + "r" * 100_000 + '" }\n', "key metric.round",
     "characters)"),
    ('phrase = "' + "9" * 400 + '"\nneeds = "x"\n', "key phrase", "cannot read a figure"),
])
def test_a_claims_file_value_out_of_range_is_refused(probstat, tmp_path, body, key, fragment):
    result = probstat("check-claims", "--claims", str(_claims(tmp_path, body)))
    assert result.code == ExitCode.DATA
    one_error(result.stderr, "claim a", key, fragment)


def test_a_well_formed_round_the_data_lack_is_reported_not_silent(probstat, tmp_path):
    body = 'phrase = "5"\nmetric = { name = "providers", round = "2030-31" }\n'
    result = probstat("check-claims", "--claims", str(_claims(tmp_path, body)), "--format", "csv")
    row = next(csv.DictReader(io.StringIO(result.stdout)))
    assert (row["verdict"], row["label"]) == ("unverifiable", "round not in data")


# --- validate: numbers --------------------------------------------------------------------------------------

@pytest.mark.parametrize(("value", "fragment"), [
    (">100", "out of range 0-100"),
    ("100.0000000000000001", "out of range 0-100"),
    ("100.5", "out of range 0-100"),
    ("\v45", "is not a number"),
    ("\f45", "is not a number"),
    ("3/2", "a fraction above 1"),  # one error for one cell, not one per check it fails
])
def test_validate_refuses_impossible_percentages(probstat, tmp_path, value, fragment):
    result = probstat("validate", "--data", str(edited(tmp_path, "home_visit_pct", value)))
    assert result.code == ExitCode.DATA
    one_error(result.stderr, "row 2", "home_visit_pct", fragment)


def test_validate_still_accepts_100_and_padding(probstat, tmp_path):
    for value in ("100", "100.000", " 45 ", "\t45"):
        result = probstat("validate", "--data", str(edited(tmp_path, "home_visit_pct", value)))
        assert result.code == ExitCode.OK, (value, result)


def _people(tmp_path: Path, figure: str, count: int) -> Path:
    """The bundled data with people_supervised ``figure`` for the first ``count`` 2018-19 rows, empty elsewhere."""
    rows = bundled_rows()
    at = rows[0].index("people_supervised")
    for i, row in enumerate(rows[1:]):
        row[at] = figure if i < count and row[0] == "2018-19" else ""
    return write_rows(tmp_path / "people.csv", rows)


def test_people_totals_are_exact_integers(probstat, tmp_path):
    # 9 x 999,999,999,999,999 = 8,999,999,999,999,991 (by hand), below 2**53 = 9,007,199,254,740,992.
    result = probstat("caseloads", "--by", "sector", "--round", "2018-19", "--format", "csv",
                      "--data", str(_people(tmp_path, "999999999999999", 9)))
    assert result.code == ExitCode.OK, result
    total = {row["sector"]: row["total_stated"] for row in csv.DictReader(io.StringIO(result.stdout))}
    assert total["all"] == "8999999999999991"


def test_people_totals_beyond_exact_integers_are_refused(probstat, tmp_path):
    # 10 x 999,999,999,999,999 = 9,999,999,999,999,990 > 2**53: a float would print it wrong.
    result = probstat("caseloads", "--by", "sector", "--round", "2018-19", "--format", "csv",
                      "--data", str(_people(tmp_path, "999999999999999", 10)))
    assert result.code == ExitCode.DATA
    one_error(result.stderr, "9,999,999,999,999,990", "too large to total exactly")


# --- a full stdout (the file writer's promises are in test_writing.py) -------------------------------------

@pytest.mark.slow
@posix
def test_a_full_stdout_is_one_error_line():
    if not os.path.exists("/dev/full"):
        pytest.skip("no /dev/full")
    for args in (["providers", "--format", "csv"], ["check-claims"], ["validate"], ["export"]):
        with open("/dev/full", "w") as full:
            result = subprocess.run([sys.executable, "-m", "probstat", *args], stdout=full, stderr=subprocess.PIPE,
                                    text=True, env=_env(), timeout=60)
        assert result.returncode == ExitCode.DATA
        one_error(result.stderr, "<stdout>", "No space left on device")


# --- output injection ---------------------------------------------------------------------------------------

BIDI = "\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069\ufffe\uffff"
HOSTILE_NAME = "Good\u202eevil\u2066x\u2069 <script>alert(1)</script> \ufffe\uffff"


@pytest.fixture
def hostile_data(tmp_path) -> Path:
    return edited(tmp_path, "provider", HOSTILE_NAME)


@pytest.mark.parametrize("args", [["--format", f] for f in ("csv", "tsv", "json", "jsonl", "markdown", "table")]
                         + [["--fmt", f] for f in tabulate_formats])
def test_bidi_controls_never_reach_any_format(probstat, hostile_data, args):
    result = probstat("providers", "--data", str(hostile_data), *args)
    assert result.code == ExitCode.OK, result
    assert "alert(1)" in result.stdout  # the row is there
    assert not set(BIDI) & set(result.stdout), args
    if args[-1] in ("jira", "mediawiki", "moinmoin", "textile", "youtrack", "unsafehtml", "html"):
        assert "<script>" not in result.stdout, args


def test_an_svg_export_of_hostile_text_is_well_formed_xml(probstat, hostile_data, tmp_path):
    svg, page = tmp_path / "t.svg", tmp_path / "t.html"
    result = probstat("providers", "--data", str(hostile_data), "--export-svg", str(svg), "--export-html", str(page))
    assert result.code == ExitCode.OK, result
    ET.fromstring(svg.read_text(encoding="utf-8"))  # raises on U+FFFE or a control character
    for text in (svg.read_text(encoding="utf-8"), page.read_text(encoding="utf-8")):
        assert not set(BIDI) & set(text)
        assert "<script>" not in text


# --- inputs that hung or exploded -----------------------------------------------------------------------------

def test_validate_of_many_duplicated_rows_is_quick(probstat, tmp_path):
    copies = 60_000 if full_size() else 6_000
    rows = bundled_rows()
    data = write_rows(tmp_path / "dup.csv", [rows[0], *[rows[1]] * copies])
    start = time.perf_counter()
    result = probstat("validate", "--data", str(data))
    assert time.perf_counter() - start < 30
    assert result.code == ExitCode.DATA
    # every copy after the first is a duplicate of data row 2: copies - 1 errors, the first 100 listed
    assert f"{copies - 1} error(s) in all; the first 100 are listed" in result.stderr
    assert "row 3, column provider_id: duplicate row: round 2018-19 provider_id nps-london is already on row 2" \
        in result.stderr


def test_an_export_too_large_to_draw_is_refused_at_once(probstat, tmp_path):
    rows = bundled_rows()
    body = [[rows[1][0], f"p{i}-crc", *rows[1][2:]] for i in range(35_000 if full_size() else 6_000)]
    data = write_rows(tmp_path / "big.csv", [rows[0], *body])
    svg = tmp_path / "big.svg"
    start = time.perf_counter()
    result = probstat("providers", "--data", str(data), "--export-svg", str(svg), "-o", str(tmp_path / "o.csv"))
    assert time.perf_counter() - start < 30
    assert result.code == ExitCode.DATA
    one_error(result.stderr, "--export-svg", "cells an export draws")
    assert not svg.exists() and not (tmp_path / "o.csv").exists()


def test_many_claims_over_many_rounds_are_quick(probstat, tmp_path):
    rows = bundled_rows()
    rounds = [f"{y}-{(y + 1) % 100:02d}" for y in range(2000, 2050)]
    data = write_rows(tmp_path / "rounds.csv", [rows[0], *[[r, *row[1:]] for r in rounds for row in rows[1:29]]])
    metrics = ['{ name = "providers", round = "%s" }', '{ name = "people_supervised_total", round = "%s" }',
               '{ name = "providers", round = "%s", sector = "CRC", rating = "Good" }',
               '{ name = "rating_gap_p_value", round = "%s" }',
               '{ name = "largest_gap", domain = "risk", round = "%s" }']
    count = 2_000 if full_size() else 200
    claims = tmp_path / "many.toml"
    claims.write_text("".join(f'[[claims]]\nid = "c{i}"\nclaim = "synthetic"\nphrase = "{i % 30}"\n'
                              f"metric = {metrics[i % len(metrics)] % rounds[i % len(rounds)]}\n"
                              for i in range(count)), encoding="utf-8")
    start = time.perf_counter()
    result = probstat("check-claims", "--claims", str(claims), "--data", str(data), "--format", "csv")
    assert time.perf_counter() - start < 30
    assert result.code in (ExitCode.OK, ExitCode.CONTRADICTED), result
    assert f"checked {count} claims" in result.stderr


def test_claims_with_long_runs_of_number_words_are_quick(probstat, tmp_path):
    count = 450 if full_size() else 45
    phrase = " ".join(["one hundred and twenty"] * 80)  # 1,900 characters, under the 2,000 a string may have
    claims = tmp_path / "words.toml"
    claims.write_text("".join(f'[[claims]]\nid = "c{i}"\nclaim = "synthetic"\nphrase = "{phrase}"\nneeds = "x"\n'
                              for i in range(count)), encoding="utf-8")
    start = time.perf_counter()
    result = probstat("check-claims", "--claims", str(claims), "--format", "csv")
    assert time.perf_counter() - start < 30
    assert result.code == ExitCode.OK, result
    # The figure is the longest run of words that is one number: "one hundred and twenty one" (the next word,
    # "hundred", cannot follow it), 121, read as an exact count.
    row = next(csv.DictReader(io.StringIO(result.stdout)))
    assert (row["stated_low"], row["stated_high"]) == ("121", "121")

