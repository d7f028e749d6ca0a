"""The shell contract of issue #11: output chosen for the reader, writes that go where the user means, text from
the data shown as data, input read as the user wrote it. Every file written here is synthetic or a copy of the
bundled data."""

from __future__ import annotations

import csv
import io
import json
import os
import stat
import subprocess
import sys
import threading
from pathlib import Path

import pandas as pd
import pytest
from rich.console import Console

from probstat import charts
from probstat import render as render_module
from probstat.errors import ExitCode
from probstat.loader import bundled_path
from probstat.output import OutputOptions, View, clean_text

posix = pytest.mark.skipif(sys.platform == "win32", reason="POSIX terminals, devices and signals")
RATINGS_COLUMNS = ["round", "sector", "rating", "count", "percent", "n", "providers", "rated_published", "published",
                   "missing"]
EVIL = "Evil [/] [bold]x[/bold] [link=https://example.org]l[/link] \x1b[2J\x9b31m end"


def _env(**extra) -> dict[str, str]:
    # PAGER=cat: a terminal view longer than the screen must not wait for keys in a test
    env = dict(os.environ, PYTHONWARNINGS="ignore", PAGER="cat")
    env.update(extra)
    env.pop("PROBSTAT_DATA", None)
    return env


def _proc(args, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-m", "probstat", *args], capture_output=True, env=kwargs.pop("env", _env()),
                          **kwargs)


def on_terminal(args, *, env=None, columns: int = 100) -> tuple[int, str]:
    """Run probstat with stdout on a pseudo-terminal of ``columns`` columns; (exit code, what it showed)."""
    from probstat.testing import run_on_terminal

    env = env or _env()
    env.update(COLUMNS=str(columns), LINES="50")
    result = run_on_terminal(list(args), env)
    return result.code, result.stdout


def evil_copy(tmp_path: Path, text: str = EVIL) -> Path:
    """A copy of the bundled data with one provider's name replaced by hostile text (synthetic)."""
    rows = list(csv.reader(io.StringIO(bundled_path().read_text(encoding="utf-8"))))
    rows[1][rows[0].index("provider")] = text
    rows[1][rows[0].index("owner")] = "[/bold]"
    path = tmp_path / "evil.csv"
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8")
    return path


def _no_controls(text: str, allowed: str = "\n") -> None:
    bad = [ch for ch in text if (ord(ch) < 32 or 0x7F <= ord(ch) <= 0x9F) and ch not in allowed]
    assert not bad, [hex(ord(c)) for c in bad[:5]]


# --- the format follows the reader ---------------------------------------------------------------------------

def test_piped_output_is_csv_with_the_ratings_columns(probstat):
    result = probstat("ratings")
    assert result.code == ExitCode.OK, result
    rows = list(csv.reader(io.StringIO(result.stdout)))
    assert rows[0] == RATINGS_COLUMNS
    # 2018-19: NPS Good 5 of 7 (from the HMIP ratings in the bundled data)
    good = [r for r in rows[1:] if r[1] == "NPS" and r[2] == "Good"]
    assert good[0][3] == "5" and good[0][5] == "7"


@pytest.mark.parametrize(("name", "check"), [
    ("x.json", lambda t: isinstance(json.loads(t), list) and set(json.loads(t)[0]) == set(RATINGS_COLUMNS)),
    ("x.jsonl", lambda t: all(set(json.loads(line)) == set(RATINGS_COLUMNS) for line in t.splitlines())),
    ("x.csv", lambda t: t.splitlines()[0] == ",".join(RATINGS_COLUMNS)),
    ("x.tsv", lambda t: t.splitlines()[0] == "\t".join(RATINGS_COLUMNS)),
    ("x.md", lambda t: t.splitlines()[0].startswith("| round") and set(t.splitlines()[1]) <= set("|-: ")),
    ("x", lambda t: t.splitlines()[0] == ",".join(RATINGS_COLUMNS)),  # no extension (a device, a FIFO): csv
])
def test_output_file_format_follows_its_extension(probstat, tmp_path, name, check):
    target = tmp_path / name
    result = probstat("ratings", "-o", str(target))
    assert result.code == ExitCode.OK, result
    assert check(target.read_text(encoding="utf-8"))


@pytest.mark.parametrize("name", ["x.unknown", "x.xlsx", "x.html", "x.svg"])
def test_an_extension_no_format_has_is_refused_naming_the_formats(probstat, tmp_path, name):
    result = probstat("ratings", "-o", str(tmp_path / name))
    assert result.code == ExitCode.USAGE, result
    assert ".csv (csv)" in result.stderr and ".json (json)" in result.stderr and ".md (markdown)" in result.stderr
    assert "--export-svg" in result.stderr
    assert not (tmp_path / name).exists()
    assert probstat("ratings", "-o", str(tmp_path / name), "--format", "csv").code == ExitCode.OK


def test_format_option_wins_over_the_extension(probstat, tmp_path):
    target = tmp_path / "x.json"
    assert probstat("ratings", "-o", str(target), "--format", "csv").code == ExitCode.OK
    assert target.read_text(encoding="utf-8").startswith(",".join(RATINGS_COLUMNS))


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "markdown"])
def test_no_headers_prints_data_rows_only(probstat, fmt):
    result = probstat("ratings", "--format", fmt, "--no-headers")
    lines = result.stdout.splitlines()
    assert len(lines) == 12  # 2018-19: 4 ratings x (NPS, CRC, all)
    assert not any(set(line) <= set("-|: ") for line in lines)
    assert "round" not in result.stdout and "Outstanding" in lines[0]


@pytest.mark.slow
@posix
def test_terminal_gets_a_table_and_no_color_means_no_escape_codes():
    code, shown = on_terminal(["providers"], columns=200)
    assert code == ExitCode.OK and "┃" in shown
    assert "\x1b[" in shown  # a colour terminal gets bold headers...
    for env in (_env(NO_COLOR="1"), _env(TERM="dumb")):
        code, shown = on_terminal(["ratings"], env=env)
        assert code == ExitCode.OK and "Outstanding" in shown
        assert "\x1b" not in shown  # ...NO_COLOR and TERM=dumb none at all
    code, shown = on_terminal(["ratings", "--no-color"])
    assert "\x1b" not in shown


@pytest.mark.slow
@posix
@pytest.mark.parametrize("env", [{"PYTHONIOENCODING": "ascii"}, {"LC_ALL": "C", "LANG": "C"}])
def test_non_utf8_terminals_get_ascii_not_a_crash(tmp_path, env):
    data = evil_copy(tmp_path, "Ynys Môn – ✓")
    code, shown = on_terminal(["providers", "--data", str(data)], env=_env(**env))
    assert code == ExitCode.OK, shown
    assert "Ynys M" in shown
    result = _proc(["providers", "--data", str(data), "--format", "table"], env=_env(**env))
    assert result.returncode == ExitCode.OK, result.stderr
    assert b"Ynys M" in result.stdout


# --- writes go where the user means --------------------------------------------------------------------------

@posix
def test_output_onto_a_symlink_writes_its_target_and_keeps_the_link(probstat, tmp_path):
    target, link = tmp_path / "real.csv", tmp_path / "link.csv"
    target.write_text("old", encoding="utf-8")
    link.symlink_to(target)
    assert probstat("ratings", "-o", str(link)).code == ExitCode.OK
    assert link.is_symlink()
    assert target.read_text(encoding="utf-8").startswith(",".join(RATINGS_COLUMNS))


@posix
def test_output_onto_a_hard_link_is_refused_and_both_names_kept(probstat, tmp_path):
    # Writing through a hard link cannot be atomic (a failure mid-write cuts every name short) and replacing
    # one name would part it from the others: refused, as an input is (issue 26).
    first, second = tmp_path / "a.csv", tmp_path / "b.csv"
    first.write_text("old", encoding="utf-8")
    os.link(first, second)
    result = probstat("ratings", "-o", str(second))
    assert result.code == ExitCode.DATA
    assert result.stderr.count("Error:") == 1 and "hard link" in result.stderr
    assert first.read_text(encoding="utf-8") == "old"
    assert os.stat(first).st_ino == os.stat(second).st_ino


@posix
def _null_device(tmp_path: Path) -> str:
    """A character device that discards writes: a private one where the system allows it, else /dev/null
    (which another process on the machine may have turned into a file, so it is checked first)."""
    private = tmp_path / "null"
    try:
        os.mknod(private, 0o666 | stat.S_IFCHR, os.makedev(1, 3))
        with open(private, "w") as fh:  # a filesystem mounted nodev refuses to open it
            fh.write("")
        return str(private)
    except OSError:
        private.unlink(missing_ok=True)
    if not stat.S_ISCHR(os.stat(os.devnull).st_mode):
        pytest.skip("no null device to write to")
    return os.devnull


def test_output_onto_devices_and_fifos_writes_through(probstat, tmp_path):
    device = _null_device(tmp_path)
    assert probstat("ratings", "-o", device).code == ExitCode.OK
    assert stat.S_ISCHR(os.stat(device).st_mode)
    assert not [p for p in Path(device).parent.iterdir() if p.name.startswith(".probstat-")]
    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    got = []
    reader = threading.Thread(target=lambda: got.append(fifo.read_text(encoding="utf-8")))
    reader.start()
    assert probstat("ratings", "-o", str(fifo)).code == ExitCode.OK
    reader.join(30)
    assert got and got[0].startswith("round,")
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


@posix
def test_read_only_output_is_refused_and_untouched(probstat, tmp_path):
    target = tmp_path / "ro.csv"
    target.write_text("keep", encoding="utf-8")
    target.chmod(0o444)
    result = probstat("ratings", "-o", str(target))
    assert result.code == ExitCode.DATA and "read-only" in result.stderr
    assert target.read_text(encoding="utf-8") == "keep"


@pytest.mark.parametrize("option", ["-o", "--export-svg", "--export-html"])
def test_output_naming_the_data_file_is_refused_and_leaves_it_byte_identical(probstat, tmp_path, option):
    data = tmp_path / "mine.csv"
    data.write_bytes(bundled_path().read_bytes())
    before = data.read_bytes()
    result = probstat("ratings", "--data", str(data), option, str(data))
    assert result.code == ExitCode.DATA, result
    assert result.stderr.startswith(f"Error: {data}: is also an input") and len(result.stderr.splitlines()) == 1
    assert data.read_bytes() == before


@pytest.mark.slow
@posix
def test_full_stdout_is_exit_3_with_one_line():
    with open("/dev/full", "w") as full:
        result = subprocess.run([sys.executable, "-m", "probstat", "ratings"], stdout=full, stderr=subprocess.PIPE,
                                env=_env(), text=True)
    assert result.returncode == ExitCode.DATA
    assert result.stderr.startswith("Error: <stdout>: cannot write") and len(result.stderr.splitlines()) == 1


@pytest.mark.slow
@posix
def test_closed_stdout_is_exit_3_with_one_line():
    result = subprocess.run(f"{sys.executable} -m probstat ratings >&-", shell=True, capture_output=True, text=True,
                            env=_env())
    assert result.returncode == ExitCode.DATA, result.stderr
    assert result.stderr.startswith("Error: <stdout>") and len(result.stderr.splitlines()) == 1


@pytest.mark.slow
@posix
def test_full_stderr_is_exit_3():
    with open("/dev/full", "w") as full:
        result = subprocess.run([sys.executable, "-m", "probstat", "validate"], stdout=subprocess.PIPE, stderr=full,
                                env=_env())
    assert result.returncode == ExitCode.DATA


# --- text from the data is data ------------------------------------------------------------------------------

@pytest.mark.slow
@posix
def test_markup_and_escapes_in_a_provider_print_safely_on_a_terminal(tmp_path):
    data = evil_copy(tmp_path)
    code, shown = on_terminal(["providers", "--data", str(data), "--no-color"], columns=200)
    assert code == ExitCode.OK, shown
    assert "Evil [/] [bold]x[/bold]" in shown  # the markup shown as written...
    assert "\\x1b[2J" in shown and "\x1b" not in shown  # ...the escapes shown, not acted on


@pytest.mark.parametrize("fmt", ["table", "csv", "tsv", "markdown", "json", "jsonl"])
def test_markup_and_escapes_in_a_provider_are_safe_in_every_format(probstat, tmp_path, fmt):
    data = evil_copy(tmp_path)
    result = probstat("providers", "--data", str(data), "--format", fmt, "--wide")
    assert result.code == ExitCode.OK, result
    _no_controls(result.stdout, "\n\t")
    if fmt in ("json", "jsonl"):
        records = json.loads(result.stdout) if fmt == "json" else [json.loads(x) for x in result.stdout.splitlines()]
        names = [r["provider"] for r in records]
        assert EVIL in names  # JSON escapes the controls, so the name comes back exactly
    else:
        assert "Evil [/] [bold]x[/bold]" in result.stdout and "\\x1b[2J" in result.stdout


def test_markup_in_data_is_text_in_html_and_svg_exports(probstat, tmp_path):
    data = evil_copy(tmp_path)
    html, svg = tmp_path / "p.html", tmp_path / "p.svg"
    result = probstat("providers", "--data", str(data), "--export-html", str(html), "--export-svg", str(svg))
    assert result.code == ExitCode.OK, result
    page = html.read_text(encoding="utf-8")
    assert "[link=https://example.org]" in page and 'href="https://example.org"' not in page
    assert "\x1b" not in page and "\x1b" not in svg.read_text(encoding="utf-8")


def test_escapes_in_a_file_name_are_shown_in_the_error_line(probstat, tmp_path):
    result = probstat("ratings", "--data", str(tmp_path / "no\x1b[2Jsuch.csv"))
    assert result.code == ExitCode.DATA
    assert "\x1b" not in result.stderr and "\\x1b[2J" in result.stderr


def test_exports_keep_the_notes(probstat, tmp_path):
    html = tmp_path / "gap.html"
    result = probstat("gap", "--format", "table", "--export-html", str(html))
    assert result.code == ExitCode.OK, result
    import re

    # The note the terminal gets on stderr about the columns a text table keeps is in the page too.
    shown = re.search(r"note: showing (\d+) of (\d+) columns", result.stderr)
    assert shown and f"note: showing {shown[1]} of {shown[2]} columns" in html.read_text(encoding="utf-8")


# --- terminal width -------------------------------------------------------------------------------------------

def _shown(frame, width: int) -> str:
    console = Console(width=width, file=io.StringIO(), color_system=None, force_terminal=True)
    render_module.render(frame, OutputOptions(), console=console)
    return console.file.getvalue()


@pytest.mark.parametrize("width", [60, 80, 120])
@pytest.mark.parametrize("command", ["gap", "ratings", "check-claims"])
def test_tables_fit_the_terminal_without_breaking_a_word(width, command):
    from probstat.analysis import gap, ratings
    from probstat.claims import verify
    from probstat.claims.claimsfile import load_claims
    from probstat.loader import load, load_sources

    frame = load()
    table = {"gap": lambda: gap.gap(frame, domain="overall", round_="2018-19"),
             "ratings": lambda: ratings.ratings(frame, round_="2018-19", by="sector", standard=None),
             "check-claims": lambda: verify.check_claims(frame, load_claims(None), sources=load_sources())}[command]()
    shown = _shown(table, width)
    lines = shown.splitlines()
    assert max(len(line) for line in lines) <= width
    text = " ".join(lines)
    first = (table.attrs["view"].compact or table.columns)[0]
    for column in [first]:  # the first column shown is always kept: none of its words is broken
        for cell in table[column].dropna().astype(str):
            for word in cell.split():
                assert word in text, (word, width)


def test_the_p_value_prints_whole_where_it_is_shown():
    from probstat.analysis import gap
    from probstat.loader import load

    table = gap.gap(load(), domain="overall", round_="2018-19")
    # Fisher's exact test, NPS 5 of 7 Good vs CRC 1 of 21: p = 0.001189 (scipy.stats.fisher_exact gives the same)
    assert "0.00119" in _shown(table, 120)


def test_gap_chart_draws_each_measure_on_its_own_scale():
    from probstat import views
    from probstat.analysis import gap
    from probstat.loader import load

    table = gap.gap(load(), domain="overall", round_="2018-19")
    for shown, full, scales in ((_shown(table, 120), views.BAR_WIDTH, ["scale: 0 to 3", "scale: 0 to 100%"]),
                                (_shown_wide(table, 120), charts.BAR_WIDTH, ["(scale 0 to 3)",
                                                                                    "(scale 0 to 100%)"])):
        bars = [line for line in shown.splitlines()
                if line.strip().lower().startswith(("nps ", "crc ")) and "█" in line]
        # mean score NPS 12/7 = 1.71 and CRC 21/21 = 1 on 0-3; share Good NPS 5/7 = 71.43% and CRC 1/21 = 4.76%
        # on 0-100%: each bar is its value's share of the scale, not of the larger of the two
        assert [b.count("█") for b in bars] == [round(12 / 7 / 3 * full), round(1 / 3 * full),
                                                round(5 / 7 * full), round(1 / 21 * full)], shown
        assert all(scale in shown for scale in scales)
        assert "26.87 to 87.39" in shown  # the Newcombe interval of the share gap


def _shown_wide(frame, width: int) -> str:
    console = Console(width=width, file=io.StringIO(), color_system=None, force_terminal=True)
    render_module.render(frame, OutputOptions(wide=True), console=console)
    return console.file.getvalue()


def test_range_bars_are_drawn_when_a_chart_has_low_and_high():
    from probstat.output import Chart

    frame = pd.DataFrame({"name": ["a", "b"], "mid": [2.0, 5.0], "lo": [1.0, 4.0], "hi": [3.0, 9.0]})  # synthetic
    frame.attrs["view"] = View(chart=Chart(value="mid", label=("name",), low="lo", high="hi"))
    shown = _shown(frame, 100)
    assert "1 to 3" in shown and "4 to 9" in shown and "●" in shown


# --- input -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("delimiter", "option"), [(";", None), ("\t", None), (";", ";"), ("\t", "tab")])
def test_semicolon_and_tab_files_load(probstat, tmp_path, delimiter, option):
    rows = list(csv.reader(io.StringIO(bundled_path().read_text(encoding="utf-8"))))
    path = tmp_path / "other.csv"
    buf = io.StringIO()
    csv.writer(buf, delimiter=delimiter, lineterminator="\n").writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8")
    extra = ["--delimiter", option] if option else []
    assert probstat("ratings", "--data", str(path), *extra).stdout == probstat("ratings").stdout


@pytest.mark.parametrize(("cell", "message"), [("5,5", "decimal comma"), ("1,,,,2", "is not a number"),
                                               ("12,34", "decimal comma"), ("1,2345", "decimal comma"),
                                               ("9" * 4400, "too large"), ("1" + "0" * 15, "too large")])
def test_badly_written_figures_are_errors(probstat, edited_copy, cell, message):
    path = edited_copy(2, "people_supervised", cell)
    result = probstat("caseloads", "--data", str(path))
    assert result.code == ExitCode.DATA, result
    assert message in result.stderr and "row 2, column people_supervised" in result.stderr


@pytest.mark.parametrize(("cell", "number", "qualifier"), [("12,345", 12345, ""), (">1,234,567.5", 1234567.5, ">"),
                                                        ("~017", 17, "~")])
def test_thousands_separators_are_read(edited_copy, cell, number, qualifier):
    from probstat.loader import load

    frame = load(edited_copy(2, "people_supervised", cell))
    assert frame["people_supervised"].iloc[0] == number
    assert frame["people_supervised_qualifier"].iloc[0] == qualifier


def test_validate_lists_every_error_with_the_count(probstat, tmp_path):
    rows = list(csv.reader(io.StringIO(bundled_path().read_text(encoding="utf-8"))))
    at = rows[0].index("overall")
    for row, value in ((2, "Great"), (5, "Superb"), (9, "Good-ish")):
        rows[row - 1][at] = value
    path = tmp_path / "three.csv"
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(rows)
    path.write_text(buf.getvalue(), encoding="utf-8")
    result = probstat("validate", "--data", str(path))
    assert result.code == ExitCode.DATA
    lines = result.stderr.splitlines()
    assert [line.split(",")[1].strip() for line in lines[:3]] == ["row 2", "row 5", "row 9"]
    assert lines[-1] == f"Error: {path}: 3 error(s) in all; nothing else was checked"


def test_stdin_may_be_given_to_one_option_only(probstat):
    result = probstat("check-claims", "--text", "-", "--data", "-", input="x")
    assert result.code == ExitCode.USAGE
    assert "one option only" in result.stderr


def test_inputs_over_the_size_cap_are_refused(probstat, tmp_path):
    big = tmp_path / "big.txt"
    big.write_text("1st " * 1000, encoding="utf-8")
    result = probstat("check-claims", "--text", str(big), env={"PROBSTAT_MAX_BYTES": "1000"})
    assert result.code == ExitCode.DATA
    assert "larger than the 1,000-byte input limit" in result.stderr
    result = probstat("ratings", "--data", str(bundled_path()), env={"PROBSTAT_MAX_BYTES": "1000"})
    assert result.code == ExitCode.DATA and "PROBSTAT_MAX_BYTES" in result.stderr


@pytest.mark.slow
@posix
def test_an_endless_input_stops_at_the_cap():
    result = _proc(["check-claims", "--text", "/dev/zero"], env=_env(PROBSTAT_MAX_BYTES="5000000"), timeout=120)
    assert result.returncode == ExitCode.DATA
    assert b"input limit" in result.stderr


# --- your own data ---------------------------------------------------------------------------------------------

def test_export_gives_the_bundled_data_that_loads_back(probstat, tmp_path):
    target = tmp_path / "mine.csv"
    assert probstat("export", "-o", str(target)).code == ExitCode.OK
    assert target.read_bytes() == bundled_path().read_bytes()
    assert probstat("ratings", "--data", str(target)).stdout == probstat("ratings").stdout


def test_export_one_provider_has_every_column(probstat):
    result = probstat("export", "--provider", "hampshire-iow-crc", "--round", "2018-19")
    rows = list(csv.reader(io.StringIO(result.stdout)))
    header = next(csv.reader(io.StringIO(bundled_path().read_text(encoding="utf-8"))))
    assert rows[0] == header and len(rows) == 2
    assert rows[1][header.index("overall")] == "Good"  # HMIP 2018-19: the one CRC rated Good


@pytest.mark.parametrize(("args", "hint"), [
    (("show", "nps-wale"), "did you mean 'nps-wales'?"),
    (("gap", "--domain", "risc"), "did you mean 'risk'?"),
    (("ratings", "--round", "2018-9"), "did you mean '2018-19'?"),
    (("export", "--provider", "ddc-cr"), "did you mean 'ddc-crc'?"),
])
def test_did_you_mean(probstat, args, hint):
    result = probstat(*args)
    assert result.code == ExitCode.USAGE
    assert hint in result.stderr


def test_clean_text_shows_every_control_character():
    assert clean_text("a\x1b[2Jb\x9bc\x7f\nd") == "a\\x1b[2Jb\\x9bc\\x7f\\x0ad"
    assert clean_text("a\nb\tc\rd\x07", keep_newlines=True) == "a\nb\tc\rd\\x07"


def test_export_never_writes_over_the_bundled_data(probstat):
    before = bundled_path().read_bytes()
    result = probstat("export", "-o", str(bundled_path()))
    assert result.code == ExitCode.DATA and "is also an input" in result.stderr
    assert bundled_path().read_bytes() == before


def test_notes_on_a_terminal_are_wrapped_without_splitting_words(monkeypatch, capsys):
    import shutil as shutil_module
    import sys as sys_module

    import pandas as pd

    from probstat.analysis.common import add_note
    from probstat.output import OutputOptions
    from probstat.render import render

    table = add_note(pd.DataFrame({"a": [1]}), "p = 0.00119 " + " ".join(f"word{i}" for i in range(40)))
    monkeypatch.setattr(sys_module.stderr, "isatty", lambda: True, raising=False)
    monkeypatch.setattr(shutil_module, "get_terminal_size", lambda *a, **k: os.terminal_size((60, 24)))
    render(table, OutputOptions(format="csv"))
    lines = capsys.readouterr().err.splitlines()
    assert len(lines) > 1 and all(len(line) <= 60 for line in lines)
    words = " ".join(line.strip() for line in lines).split()
    assert words[:4] == ["note:", "p", "=", "0.00119"] and words[-1] == "word39" and len(words) == 44


def test_did_you_mean_among_many_ids_finds_a_single_typo():
    from probstat.errors import did_you_mean

    ids = [f"syn-{i:07d}" for i in range(1, 5001)]  # synthetic ids, more than difflib is asked to compare
    assert did_you_mean("syn-000001", ids) == " (did you mean 'syn-0000001'?)"  # a digit missing
    # one digit too many: dropping one gives syn-0000021, syn-0000001 or syn-0000002; the first in order wins
    assert did_you_mean("syn-00000021", ids) == " (did you mean 'syn-0000001'?)"
    assert did_you_mean("sny-0004999", ids) == " (did you mean 'syn-0004999'?)"  # two letters swapped
    assert did_you_mean("xyz", ids) == ""


def test_a_file_that_grows_past_the_cap_while_read_is_refused_with_the_cap(tmp_path, monkeypatch):
    # A regular file is read in one read of the size it had when opened; what it grew by is read on and
    # counted against the same cap (synthetic: the growth is simulated by reporting a smaller size).
    from probstat import files
    from probstat.errors import DataError

    path = tmp_path / "p.csv"
    path.write_bytes(b"x" * 12)
    monkeypatch.setenv(files.MAX_BYTES_VAR, "10")
    real_fstat = os.fstat

    def shrunk(fd):
        result = real_fstat(fd)
        return os.stat_result((*result[:6], 8, *result[7:]))  # st_size 8 of the 12 bytes

    monkeypatch.setattr(files.os, "fstat", shrunk)
    with pytest.raises(DataError, match="larger than the 10-byte input limit"):
        files.read_bytes(path)
    monkeypatch.setenv(files.MAX_BYTES_VAR, "12")
    assert files.read_bytes(path) == b"x" * 12  # the 4 bytes beyond the size it had are read on
