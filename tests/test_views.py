"""What a person sees: the terminal views (views.py), the pager, and what files and pipes carry (notes, empty
interval ends, --quiet, --verdict, repeated --domain). Figures asserted are worked out by hand from the
bundled data (2018-19: NPS 5 Good and 2 Requires improvement of 7; CRC 1 Good, 19 Requires improvement and 1
Inadequate of 21)."""

from __future__ import annotations

import io
import json
import os
import re
import subprocess
import sys

import pytest
from rich.console import Console

from probstat import charts
from probstat import render as render_module
from probstat.errors import ExitCode
from probstat.output import OutputOptions

posix = pytest.mark.skipif(not hasattr(os, "openpty") or sys.platform == "win32", reason="needs a POSIX pty")
URL = re.compile(r"https?://\S+")


def _shown(bundled_frame, width: int, **options) -> str:
    console = Console(width=width, file=io.StringIO(), color_system=None, force_terminal=True)
    render_module.render(bundled_frame, OutputOptions(**options), console=console)
    return console.file.getvalue()


def on_terminal(args, *, columns: int, lines: int = 24, env=None, stdin_tty: bool = False) -> tuple[int, str, str]:
    """Run probstat with stdout (and, with ``stdin_tty``, stdin) on a pseudo-terminal; (code, shown, stderr)."""
    from probstat.testing import run_on_terminal

    env = {**os.environ, "PYTHONWARNINGS": "ignore", "PAGER": "cat", "NO_COLOR": "1", "COLUMNS": str(columns),
           "LINES": str(lines), **(env or {})}
    env.pop("PROBSTAT_DATA", None)
    result = run_on_terminal(list(args), env, stdin_tty=stdin_tty)
    return result.code, result.stdout, result.stderr


def _machine_words(args) -> set[str]:
    """Every whitespace-separated word of the command's full machine output (json), and of its values."""
    from probstat.testing import run_cli

    result = run_cli(*args, "--format", "json")
    words = set()
    for row in json.loads(result.stdout):
        for value in row.values():
            if isinstance(value, str):
                words.update(value.split())
    return words


COMMANDS = [
    ["ratings"], ["ratings", "--by", "owner"], ["ratings", "--standard", "all", "--round", "all"],
    ["gap"], ["gap", "--domain", "risk"], ["check-claims"], ["show", "hampshire-iow-crc"], ["validate"],
    ["validate", "--coverage"], ["providers"], ["league"], ["caseloads"], ["changes"], ["published"],
]


@posix
@pytest.mark.slow
@pytest.mark.parametrize("columns", [60, 80, 120])
@pytest.mark.parametrize("args", COMMANDS, ids=" ".join)
def test_every_command_fits_the_terminal_and_breaks_no_word(args, columns):
    code, shown, stderr = on_terminal(args, columns=columns)
    assert code == ExitCode.OK, stderr
    lines = shown.splitlines()
    assert lines, stderr
    for line in lines:
        # only a URL alone on its line may be wider than the terminal
        assert len(line) <= columns or URL.fullmatch(line.strip()), line
    # a URL is never split: each one shown is a whole URL the data hold
    words = set(" ".join(lines).split())
    machine = set() if args[0] == "validate" else _machine_words(args)
    for url in URL.findall(shown):
        assert any(url.rstrip(".,;)") in word for word in machine), url
    # and a word of the data shown is never split: each long word of the data, where any part of it is shown,
    # is shown whole
    for word in machine:
        if len(word) >= 8 and word.isalnum() and word[: len(word) // 2] in words:
            assert word in shown, word


@posix
@pytest.mark.slow
@pytest.mark.parametrize("args", [["ratings"], ["validate"], ["ratings", "--by", "owner"]])
def test_short_views_fit_one_screen(args):
    code, shown, _ = on_terminal(args, columns=80, lines=24)
    assert code == ExitCode.OK
    assert len(shown.splitlines()) <= 24, shown


@posix
@pytest.mark.slow
@pytest.mark.parametrize("args", [["check-claims"], ["gap"]])
def test_long_views_go_through_the_pager_unless_no_pager(tmp_path, args):
    paged = tmp_path / "paged.txt"
    code, shown, _ = on_terminal(args, columns=80, stdin_tty=True, env={"PAGER": f"cat > {paged}"})
    assert code == ExitCode.OK
    assert shown.strip() == "" and len(paged.read_text(encoding="utf-8").splitlines()) > 24
    paged.unlink()
    code, shown, _ = on_terminal([*args, "--no-pager"], columns=80, stdin_tty=True,
                                 env={"PAGER": f"cat > {paged}"})
    assert not paged.exists() and len(shown.splitlines()) > 24


@posix
@pytest.mark.slow
def test_pipes_keep_the_long_table():
    result = subprocess.run([sys.executable, "-m", "probstat", "ratings"], capture_output=True, text=True,
                            env=dict(os.environ, PAGER="cat"))
    assert result.stdout.splitlines()[0].startswith("round,sector,rating,count,percent,n")


# --- the views, in-process -----------------------------------------------------------------------------------

def test_ratings_view_is_a_crosstab_with_counts_percentages_and_n(bundled_frame):
    from probstat.analysis import ratings

    shown = _shown(ratings.ratings(bundled_frame, round_="2018-19", by="sector", standard=None), 80)
    rows = {line.split()[0]: line for line in shown.splitlines() if line.split()[:1] in (["NPS"], ["CRC"], ["all"])}
    # NPS: 0 Outstanding, 5 of 7 Good (71.4%), 2 of 7 RI (28.6%), 0 Inadequate; CRC: 1 of 21 Good (4.8%),
    # 19 of 21 RI (90.5%), 1 of 21 Inadequate (4.8%); all: 6 of 28 (21.4%), 21 of 28 (75%), 1 of 28 (3.6%)
    assert rows["NPS"].split() == ["NPS", "0", "(0%)", "5", "(71.4%)", "2", "(28.6%)", "0", "(0%)", "7"]
    assert rows["CRC"].split() == ["CRC", "0", "(0%)", "1", "(4.8%)", "19", "(90.5%)", "1", "(4.8%)", "21"]
    assert rows["all"].split() == ["all", "0", "(0%)", "6", "(21.4%)", "21", "(75%)", "1", "(3.6%)", "28"]
    assert "2018-19" in shown.splitlines()[0]  # the one round is in the title, not in every row
    assert len(shown.splitlines()) < 12


def test_ratings_view_falls_back_to_a_line_per_group_when_narrow(bundled_frame):
    from probstat.analysis import ratings

    shown = _shown(ratings.ratings(bundled_frame, round_="2018-19", by="owner", standard=None), 60)
    assert max(len(line) for line in shown.splitlines()) <= 60
    # Working Links held 2 CRCs in 2018-19: one Requires improvement, one Inadequate (DDC)
    text = " ".join(line.strip() for line in shown.splitlines())
    assert "Working Links (n = 2): Requires\u00a0improvement\u00a01\u00a0(50%); Inadequate\u00a01\u00a0(50%)" in text


def test_gap_view_answers_in_words_and_drops_empty_rows(bundled_frame):
    from probstat.analysis import gap
    from probstat.published import load_rounds, load_sector_figures

    table = gap.gap(bundled_frame, domain="overall,organisation,risk", round_="2018-19", figures=load_sector_figures(),
                    rounds=load_rounds())
    shown = _shown(table, 80)
    # overall, 5 of 7 NPS against 1 of 21 CRC rated Good: Fisher's exact p = 0.00119, below 5%
    assert "significant at 5%: yes" in shown
    # Staff is known for only 1 CRC: no test
    assert "cannot be tested: n = 1" in shown
    # leadership is known for 0 NPS divisions: no empty row, one counting line instead
    assert "Leadership" not in shown and "cannot be computed" in shown
    # risk: the published gap first, labelled as a gap, with its whole URL on a line of its own
    risk = shown[shown.index("risk (2018-19)"):]
    assert risk.splitlines()[1].strip().startswith("published gap (NPS minus CRC), not computed: up to 25")
    assert "    https://www.justiceinspectorates.gov.uk/hmiprobation/media/press-releases/2019/10/ic1/" in \
        risk.splitlines()


def test_gap_view_wide_gives_the_full_table(bundled_frame):
    from probstat.analysis import gap

    shown = _shown(gap.gap(bundled_frame, domain="overall", round_="2018-19"), 200, wide=True)
    assert "p_holm" in shown and "fragility" in shown


def test_claims_view_one_line_per_claim_with_a_symbol_that_survives_no_color(bundled_frame):
    from probstat.claims import verify
    from probstat.claims.claimsfile import load_claims
    from probstat.loader import load_sources

    table = verify.check_claims(bundled_frame, load_claims(None), sources=load_sources())
    shown = _shown(table, 80)
    heads = [line for line in shown.splitlines() if not line.startswith(" ")]
    assert len(heads) == len(table) == 45
    assert sum(line.startswith("✔ supported") for line in heads) == 28
    assert sum(line.startswith("? unverifiable") for line in heads) == 17
    assert "✔ supported  five [good-nps]" in heads
    assert "\x1b" not in shown


def test_claims_view_groups_rows_by_sentence_when_the_table_has_sentences():
    import pandas as pd

    # synthetic: the columns a text reader gives, two claims in one sentence
    table = pd.DataFrame({"sentence": ["Six were Good, five of them NPS."] * 2, "sentence_verdict": ["supported"] * 2,
                          "phrase": ["Six", "five"], "verdict": ["supported", "supported"],
                          "explanation": ["six of 28", "five of seven"]})
    lines = _shown(table, 60).splitlines()
    assert lines[1] == "✔ supported: Six were Good, five of them NPS."
    assert lines[2].startswith("  ✔ supported  Six")


def test_show_view_groups_known_figures_and_counts_the_unknown(bundled_frame):
    from probstat.analysis import providers
    from probstat.loader import load_sources, sources_for

    del load_sources
    table = providers.provider_figures(bundled_frame, "hampshire-iow-crc", round_="2018-19",
                                       sources=sources_for(bundled_frame, None))
    shown = _shown(table, 80)
    assert "  ratings" in shown.splitlines() and "    Overall rating: Good" in shown.splitlines()
    unknown = int((table["status"] == "unknown").sum())
    assert f"unknown ({unknown}):" in shown
    for url in set(table["source_url"].dropna()) - {""}:
        assert any(line.strip() == url for line in shown.splitlines()), url


# --- files, pipes and options --------------------------------------------------------------------------------

def test_markdown_file_carries_its_notes_below_the_table(probstat, tmp_path):
    target = tmp_path / "gap.md"
    assert probstat("gap", "--domain", "overall", "-o", str(target)).code == ExitCode.OK
    text = target.read_text(encoding="utf-8")
    table_end = text.index("\n\n")
    assert text[:table_end].startswith("| ") and "- note: p_holm: Holm's adjustment" in text[table_end:]


def test_json_file_keeps_its_rows_and_gets_a_notes_sidecar(probstat, tmp_path):
    target = tmp_path / "gap.json"
    assert probstat("gap", "--domain", "overall", "-o", str(target)).code == ExitCode.OK
    assert isinstance(json.loads(target.read_text(encoding="utf-8")), list)
    notes = (tmp_path / "gap.json.notes.txt").read_text(encoding="utf-8").splitlines()
    assert any(n.startswith("p_holm: Holm's adjustment") for n in notes)


def test_quiet_drops_the_notes(probstat):
    assert "note:" in probstat("gap", "--domain", "overall", "--format", "csv").stderr
    result = probstat("gap", "--domain", "overall", "--format", "csv", "--quiet")
    assert result.code == ExitCode.OK and result.stderr == ""


def test_repeated_domain_values_combine(probstat):
    both = probstat("gap", "-d", "overall", "-d", "staff", "--format", "csv")
    assert both.stdout == probstat("gap", "-d", "overall,staff", "--format", "csv").stdout
    assert {line.split(",")[1] for line in both.stdout.splitlines()[1:]} == {"overall", "staff"}
    published = probstat("published", "-d", "risk", "-d", "caseload", "--format", "csv")
    assert published.code == ExitCode.OK, published


def test_bounds_are_never_in_scientific_notation(probstat):
    out = probstat("published", "--format", "csv").stdout
    assert not re.search(r"\de[+-]\d", out)
    # 'approximately 224,000' is read within 10%: [201600, 246400]
    assert "[201600, 246400]" in out


def test_an_unbounded_interval_end_is_empty_in_every_format_with_a_note(probstat):
    # A total that adds a 'more than' figure has no upper end: caseloads' total_high (NPS 2018-19 adds
    # nps-london's and nps-midlands' '>17000').
    args = ("caseloads", "--by", "sector")
    csv_out = probstat(*args, "--format", "csv")
    header, nps = csv_out.stdout.splitlines()[:2]
    import csv as csv_module

    cells = dict(zip(header.split(","), next(csv_module.reader([nps])), strict=True))
    assert cells["total_high"] == "" and cells["total_low"] != ""
    assert "inf" not in csv_out.stdout.replace("information", "")
    assert "total_high is empty when a term is only 'more than'" in csv_out.stderr
    records = json.loads(probstat(*args, "--format", "json").stdout)
    assert records[0]["total_high"] is None
    assert "inf" not in probstat(*args, "--format", "markdown").stdout.replace("information", "")


def test_an_infinite_cell_is_written_empty_with_a_note(tmp_path):
    # Synthetic: a table holding an infinite interval end, as an analysis might return it.
    import pandas as pd

    from probstat.output import OutputOptions
    from probstat.render import render

    table = pd.DataFrame({"measure": ["synthetic"], "ci_low": [-float("inf")], "ci_high": [3.0]})
    target = tmp_path / "t.csv"
    render(table, OutputOptions(format="csv", output=str(target)))
    assert target.read_text(encoding="utf-8").splitlines()[1] == "synthetic,,3"


def test_verdict_filter_works_in_every_format_and_keeps_the_exit_status(probstat):
    result = probstat("check-claims", "--verdict", "unverifiable", "--format", "json")
    assert result.code == ExitCode.OK
    rows = json.loads(result.stdout)
    assert len(rows) == 17 and {r["verdict"] for r in rows} == {"unverifiable"}
    assert "showing the 17 of 45 rows" in result.stderr
    both = probstat("check-claims", "--verdict", "supported", "--verdict", "contradicted", "--format", "csv")
    assert len(both.stdout.splitlines()) == 1 + 28
    assert probstat("check-claims", "--verdict", "nonsense").code == ExitCode.USAGE


def test_no_totals_leaves_out_the_all_rows(probstat):
    full = probstat("ratings", "--format", "csv").stdout.splitlines()
    bare = probstat("ratings", "--no-totals", "--format", "csv").stdout.splitlines()
    # 2018-19: NPS and CRC rows (4 ratings each) stay; the 4 'all' rows go
    assert len(full) == 1 + 12 and len(bare) == 1 + 8
    assert not any(",all," in line for line in bare)
    sectors = probstat("caseloads", "--by", "sector", "--no-totals", "--format", "csv").stdout.splitlines()
    assert [line.split(",")[1] for line in sectors[1:]] == ["NPS", "CRC"]


def test_league_chart_draws_each_range_as_a_range_on_the_whole_0_to_30_scale(bundled_frame):
    from probstat.analysis import league

    # the table and its chart
    shown = _shown(league.league(bundled_frame, round_="2018-19", sector=None), 120, wide=True)
    line = next(line for line in shown.splitlines() if line.startswith("ddc-crc ") and line.endswith("0 to 5"))
    # ddc-crc is Inadequate: total 0-5 of 30; on a 40-cell bar 0 to round(5 / 30 * 40) = 7, so cells 0-7
    assert line.count("─") == round(5 / 30 * charts.BAR_WIDTH) + 1
    assert "●" not in shown  # the top of a range is not drawn as a point
    assert "scale: 0 to 30" in shown


# --- --plot (matplotlib, an optional extra) ------------------------------------------------------------------

def test_plot_draws_each_bar_on_its_measure_scale(bundled_frame):
    pytest.importorskip("matplotlib")
    from probstat import plot
    from probstat.analysis import gap

    table = gap.gap(bundled_frame, domain="overall", round_="2018-19")
    fig = plot.figure(table, table.attrs["view"].chart)
    mean, share = fig.axes
    # NPS 12/7 = 1.714 and CRC 21/21 = 1 on 0-3; NPS 5/7 = 71.43% and CRC 1/21 = 4.76% on 0-100
    assert [round(p.get_width(), 3) for p in mean.patches] == [round(12 / 7, 3), 1.0]
    assert mean.get_xlim() == (0.0, 3.0) and "scale 0 to 3" in mean.get_xlabel()
    assert [round(p.get_width(), 2) for p in share.patches] == [round(500 / 7, 2), round(100 / 21, 2)]
    assert share.get_xlim() == (0.0, 100.0)


@pytest.mark.slow
def test_plot_files_open_as_pictures_with_the_expected_bars(probstat, tmp_path):
    pytest.importorskip("matplotlib")
    import xml.etree.ElementTree as ET

    from PIL import Image

    svg, png = tmp_path / "gap.svg", tmp_path / "league.png"
    assert probstat("gap", "--domain", "overall", "--plot", str(svg), "--format", "csv").code == ExitCode.OK
    ids = {e.get("id") for e in ET.parse(svg).iter() if e.get("id", "").startswith("bar-")}
    assert ids == {"bar-0-nps", "bar-0-crc", "bar-1-nps", "bar-1-crc"}
    assert probstat("league", "--plot", str(png), "--format", "csv").code == ExitCode.OK
    with Image.open(png) as image:
        assert image.format == "PNG" and image.width > 100 and image.height > 100
        assert len(image.convert("RGB").getcolors(maxcolors=1 << 20) or []) > 2  # something is drawn
    # the league's 28 providers in 2018-19: one range bar each
    svg_league = tmp_path / "league.svg"
    assert probstat("league", "--plot", str(svg_league), "--format", "csv").code == ExitCode.OK
    bars = [e.get("id") for e in ET.parse(svg_league).iter() if e.get("id", "").startswith("bar-")]
    assert len(bars) == 28


def test_plot_refuses_what_it_cannot_draw(probstat, tmp_path):
    result = probstat("ratings", "--plot", str(tmp_path / "x.jpg"))
    assert result.code == ExitCode.USAGE and ".png or .svg" in result.stderr
    pytest.importorskip("matplotlib")
    result = probstat("providers", "--plot", str(tmp_path / "x.png"))
    assert result.code == ExitCode.DATA and "draws no chart" in result.stderr


@posix
@pytest.mark.slow
def test_validate_on_a_terminal_gives_the_verdict_first_then_grouped_findings(tmp_path):
    import csv

    from probstat.loader import bundled_path

    # synthetic: the bundled data with Hampshire and Isle of Wight CRC's 2018-19 overall rating set to
    # Inadequate, which its known standards (total 10-19 of 30) cannot give
    rows = list(csv.reader(io.StringIO(bundled_path().read_text(encoding="utf-8"))))
    at, pid = rows[0].index("overall"), rows[0].index("provider_id")
    for row in rows[1:]:
        if row[pid] == "hampshire-iow-crc" and row[0] == "2018-19":
            row[at] = "Inadequate"
    path = tmp_path / "synthetic.csv"
    with path.open("w", encoding="utf-8", newline="") as fh:
        csv.writer(fh, lineterminator="\n").writerows(rows)
    code, shown, stderr = on_terminal(["validate", "--data", str(path), "--strict"], columns=80)
    assert code == ExitCode.DATA and "Error:" in stderr
    lines = shown.splitlines()
    verdict = " ".join(lines[:lines.index("")])  # the verdict, wrapped at spaces, up to the first blank line
    assert verdict.startswith("✘ failed: 120 rows") and "0 errors, 1 warnings" in verdict  # the bundled rows
    assert verdict.endswith("(--strict)")
    assert "1 warning(s)" in lines and "  overall (1)" in lines
    assert any("2018-19 hampshire-iow-crc" in line for line in lines)


def test_league_view_one_line_per_provider_with_its_range(bundled_frame):
    from probstat.analysis import league

    shown = _shown(league.league(bundled_frame, round_="2018-19", sector=None), 80)
    lines = shown.splitlines()
    # 6 Good providers share positions 1-6 and the Good band's totals 16-25; DDC, the one Inadequate, is 28th
    # with a total in the Inadequate band 0-5 and none of its ten standards known
    assert lines[lines.index("Good") + 1].split()[:4] == ["1-6", "nps-midlands", "NPS", "16-25"]
    ddc = next(line for line in lines if " ddc-crc " in line).split()
    assert ddc[:5] == ["28", "ddc-crc", "CRC", "0-5", "0/10"]
    assert len(lines) < 40 and max(len(line) for line in lines) <= 80


def test_published_view_gives_each_figure_its_bounds_and_whole_url(probstat):
    from probstat.analysis.gap_published import listing
    from probstat.published import load_sector_figures

    table = listing(load_sector_figures())
    shown = _shown(table, 60)
    text = " ".join(line.strip() for line in shown.splitlines())
    # 'approximately 224,000' read within 10%: [201600, 246400]
    assert "Approximately 224,000 (read as [201600, 246400] people)" in text
    for url in set(table["source_url"]):
        assert any(line.strip() == url for line in shown.splitlines()), url


def test_gap_view_says_when_a_measure_has_no_test_rather_than_blaming_n(tmp_path):
    from probstat.analysis import gap
    from probstat.loader import load

    # synthetic: made-up providers; risk percentages have no test in probstat, whatever n
    path = tmp_path / "synthetic.csv"
    path.write_text("round,provider_id,provider,sector,overall,cases_inspected,kq2_1_safety\n"
                    "2018-19,nps-a,Synthetic NPS A,NPS,Good,40,80\n"
                    "2018-19,nps-b,Synthetic NPS B,NPS,Good,60,60\n"
                    "2018-19,crc-c,Synthetic CRC C,CRC,Requires improvement,50,40\n"
                    "2018-19,crc-d,Synthetic CRC D,CRC,Requires improvement,30,50\n", encoding="utf-8")
    shown = _shown(gap.gap(load(path), domain="risk"), 80)
    text = " ".join(line.strip() for line in shown.splitlines())
    # provider means: NPS (80 + 60) / 2 = 70, CRC (40 + 50) / 2 = 45, a gap of 25 points
    assert "NPS" in text and "70% (n = 2)" in text and "45% (n = 2)" in text
    assert "gap (NPS minus CRC): 25 percentage points, no 95% interval computed for this measure" in text
    assert "not tested (no test is computed for this measure)" in text and "cannot be tested" not in text
