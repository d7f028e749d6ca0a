"""The command line as a user meets it: exit codes, formats, error lines, pipes."""

from __future__ import annotations

import csv
import io
import json
import os
import subprocess
import sys

import pytest

from probstat.errors import ExitCode


def rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


def test_providers_2018_19_csv_has_28_rows_7_nps_21_crc(probstat):
    result = probstat("providers", "--round", "2018-19", "--format", "csv")
    assert result.code == ExitCode.OK
    table = rows(result.stdout)
    assert len(table) == 28
    assert sum(r["sector"] == "NPS" for r in table) == 7
    assert sum(r["sector"] == "CRC" for r in table) == 21


def test_providers_filters(probstat):
    good = rows(probstat("providers", "--round", "2018-19", "--rating", "good", "--format", "csv").stdout)
    # Release: six Good: five NPS divisions and Hampshire and Isle of Wight CRC.
    assert sorted(r["provider_id"] for r in good) == sorted([
        "nps-midlands", "nps-north-east", "nps-north-west", "nps-south-west-south-central", "nps-wales",
        "hampshire-iow-crc"])
    crc = rows(probstat("providers", "--round", "2018-19", "--sector", "crc", "--rating", "Inadequate",
                        "--format", "csv").stdout)
    assert [r["provider_id"] for r in crc] == ["ddc-crc"]


def test_show_gives_each_figure_with_its_source(probstat):
    result = probstat("show", "hampshire-iow-crc", "--round", "2018-19", "--format", "json")
    assert result.code == ExitCode.OK
    figures = {f["field"]: f for f in json.loads(result.stdout)}
    assert figures["overall"]["value"] == "Good"
    assert figures["overall"]["source_url"] == (
        "https://www.justiceinspectorates.gov.uk/hmiprobation/media/press-releases/2019/05/hiowcrc/")
    assert figures["people_supervised"]["value"] == "<~4000"  # "nearly 4,000"
    assert figures["leadership"]["status"] == "unknown"
    assert figures["leadership"]["source_url"] is None
    assert "court_reports" not in figures  # an NPS-only standard is not a gap for a CRC


def test_show_unknown_provider_is_a_usage_error(probstat):
    result = probstat("show", "atlantis-crc")
    assert result.code == ExitCode.USAGE
    assert result.stderr.startswith("Error: no provider 'atlantis-crc'")


def test_unknown_round_is_a_usage_error(probstat):
    result = probstat("providers", "--round", "2030-31")
    assert result.code == ExitCode.USAGE
    assert "rounds present: 2018-19, 2019-20" in result.stderr


def test_bad_rating_gives_one_error_line_and_exit_3(probstat, edited_copy):
    path = edited_copy(5, "overall", "Good-ish")
    result = probstat("providers", "--data", str(path))
    assert result.code == ExitCode.DATA
    assert result.stdout == ""
    assert result.stderr.count("\n") == 1
    assert result.stderr.startswith(f"Error: {path}, row 5, column overall: 'Good-ish' is not a rating")
    assert "Traceback" not in result.stderr


def test_validate_bundled_data_reports_coverage(probstat):
    result = probstat("validate", "--round", "2018-19", "--format", "csv")
    assert result.code == ExitCode.OK
    overall = [r for r in rows(result.stdout) if r["column"] == "overall"][0]
    assert (overall["known"], overall["applicable"]) == ("28", "28")
    assert "0 errors, 0 warnings" in result.stderr


def test_validate_warns_on_an_overall_rating_the_standards_rule_out(probstat, edited_copy, tmp_path):
    # Synthetic edit: London CRC rated Outstanding although its release says
    # five standards Good and five Requires improvement: 5*2 + 5*1 = 15 points, the top of the RI band.
    import csv as _csv

    from probstat.loader import bundled_path

    lines = list(_csv.reader(bundled_path().open(encoding="utf-8")))
    row = next(i for i, r in enumerate(lines, start=1) if r[1] == "london-crc")
    path = edited_copy(row, "overall", "Outstanding")
    result = probstat("validate", "--data", str(path), "--report", "findings", "--format", "csv")
    assert result.code == ExitCode.OK
    found = rows(result.stdout)
    assert len(found) == 1
    assert found[0]["provider_id"] == "london-crc"
    assert "total score 15-15 of 30 gives Requires improvement" in found[0]["message"]
    strict = probstat("validate", "--data", str(path), "--strict")
    assert strict.code == ExitCode.DATA


def test_formats(probstat):
    base = ("providers", "--round", "2019-20", "--sector", "NPS")
    assert json.loads(probstat(*base, "--format", "json").stdout)[0]["provider_id"] == "nps-north-west"
    assert json.loads(probstat(*base, "--format", "jsonl").stdout.splitlines()[0])["overall"] == "Good"
    assert probstat(*base, "--format", "tsv").stdout.splitlines()[0].split("\t")[:2] == ["round", "provider_id"]
    assert probstat(*base, "--format", "markdown").stdout.startswith("| round")
    assert probstat(*base, "--fmt", "grid").stdout.startswith("+")
    assert probstat(*base, "--format", "csv", "--no-headers").stdout.startswith("2019-20,nps-north-west")
    bad = probstat(*base, "--fmt", "nonsense")
    assert bad.code == ExitCode.USAGE


def test_piped_output_is_csv_with_no_ansi(probstat):
    out = probstat("providers", "--round", "2019-20").stdout
    assert "\x1b" not in out
    table = rows(out)
    assert list(table[0])[:4] == ["round", "provider_id", "provider", "sector"]
    # 2019-20 in the bundled data: 8 of HMIP's 10 rated re-inspections
    assert len(table) == 8 and all(r["round"] == "2019-20" for r in table)
    assert "nps-north-west" in {r["provider_id"] for r in table}


def test_format_table_when_piped_is_plain_text_without_ansi(probstat):
    out = probstat("providers", "--round", "2019-20", "--format", "table").stdout
    assert "\x1b" not in out and "," not in out.splitlines()[0]
    assert out.splitlines()[0].split()[:2] == ["round", "provider_id"]


def test_output_file(probstat, tmp_path):
    target = tmp_path / "out.csv"
    result = probstat("providers", "--format", "csv", "-o", str(target))
    assert result.code == ExitCode.OK and result.stdout == ""
    assert len(rows(target.read_text())) == 120  # 36 provider rows 2018-20, 84 later units
    missing_dir = probstat("providers", "-o", str(tmp_path / "no" / "such" / "dir" / "x.csv"))
    assert missing_dir.code == ExitCode.DATA
    assert missing_dir.stderr.startswith("Error: ")


def test_stdin_data(probstat):
    text = "round,provider_id,provider,sector,overall\n2018-19,x-crc,X CRC,CRC,Good\n"
    result = probstat("providers", "--data", "-", "--format", "csv", input=text)
    assert result.code == ExitCode.OK
    assert rows(result.stdout)[0]["provider_id"] == "x-crc"


def test_version_and_help(probstat):
    assert probstat("--version").stdout.strip() == "probstat, version 0.1.0"
    assert "Usage:" in probstat("-h").stdout
    assert "Examples:" in probstat("providers", "--help").stdout


def _run(cmd: str) -> subprocess.CompletedProcess:
    env = dict(os.environ, PYTHONWARNINGS="ignore")
    return subprocess.run(cmd, shell=True, capture_output=True, text=True, env=env)


@pytest.mark.slow
def test_python_dash_m_and_version():
    result = _run(f"{sys.executable} -m probstat --version")
    assert result.returncode == ExitCode.OK and "0.1.0" in result.stdout


@pytest.mark.slow
@pytest.mark.parametrize("flag", ["--help", "--version"])
def test_help_and_version_do_not_import_pandas(flag):
    code = (f"import sys; from probstat.cli import main; main([{flag!r}]); "
            "print('pandas' in sys.modules, 'rich' in sys.modules)")
    result = _run(f"{sys.executable} -c \"{code}\"")
    assert result.stdout.strip().splitlines()[-1] == "False False"


def test_check_claims_text_options_each_mean_one_thing(probstat, tmp_path):
    # --text-url names the document a text is, --text-encoding decodes the text, --encoding only --data
    # (synthetic text; 'é' is one byte, 0xE9, in latin-1 and not valid UTF-8 alone).
    url = "https://example.org/synthetic-release"
    text = tmp_path / "release.txt"
    text.write_bytes("Caf\u00e9 note. In 2018-19, 5 of the 7 NPS divisions were rated Good.\n".encode("latin-1"))
    given = probstat("check-claims", "--text", str(text), "--text-encoding", "latin-1", "--text-url", url,
                     "--format", "csv")
    assert given.code == ExitCode.OK, given.stderr
    assert probstat("check-claims", "--text", str(text), "--encoding", "latin-1").code == ExitCode.DATA
    # The old spelling of --text-url still works, with a warning.
    old = probstat("check-claims", "--text", str(text), "--text-encoding", "latin-1", "--source", url,
                   "--format", "csv")
    assert old.stdout == given.stdout and "use --text-url" in old.stderr


def test_round_is_checked_where_all_means_nothing(probstat):
    assert probstat("check-claims", "--text", "-", "--round", "2019").code == ExitCode.USAGE
    assert probstat("export", "--round", "2018-19").stdout.count("\n2018-19,") == 28
