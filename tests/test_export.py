"""--export-svg and --export-html: the terminal table is saved as an image or a web page, and the normal
output still goes to stdout."""

from __future__ import annotations

from pathlib import Path

from probstat.errors import ExitCode


def test_export_svg_writes_an_svg_and_still_prints(probstat, tmp_path: Path) -> None:
    svg = tmp_path / "ratings.svg"
    result = probstat("ratings", "--export-svg", str(svg))
    assert result.code == ExitCode.OK, result
    text = svg.read_text(encoding="utf-8")
    assert text.lstrip().startswith("<svg")
    assert text.rstrip().endswith("</svg>")
    assert "improvement" in text  # the table's text is in the image (rich writes spaces as &#160;)
    assert "Requires improvement" in result.stdout
    assert "NPS" in result.stdout and "CRC" in result.stdout


def test_export_html_writes_a_page_with_the_table_and_still_prints(probstat, tmp_path: Path) -> None:
    html = tmp_path / "ratings.html"
    result = probstat("ratings", "--export-html", str(html))
    assert result.code == ExitCode.OK, result
    text = html.read_text(encoding="utf-8")
    assert "<html" in text.lower()
    for cell in ("Requires improvement", "Outstanding", "Inadequate", "NPS", "CRC", "71.43"):
        assert cell in text, cell
    assert "Requires improvement" in result.stdout


def test_both_exports_at_once_hold_the_same_table(probstat, tmp_path: Path) -> None:
    svg, html = tmp_path / "r.svg", tmp_path / "r.html"
    result = probstat("ratings", "--by", "owner", "--export-svg", str(svg), "--export-html", str(html))
    assert result.code == ExitCode.OK, result
    assert svg.read_text(encoding="utf-8").lstrip().startswith("<svg")
    page = html.read_text(encoding="utf-8")
    assert "owner" in page
    assert "owner" in result.stdout


def test_export_replaces_an_existing_file(probstat, tmp_path: Path) -> None:
    svg = tmp_path / "ratings.svg"
    svg.write_text("stale", encoding="utf-8")
    assert probstat("ratings", "--export-svg", str(svg)).code == ExitCode.OK
    assert svg.read_text(encoding="utf-8").lstrip().startswith("<svg")


def test_export_to_a_missing_folder_is_a_clear_error(probstat, tmp_path: Path) -> None:
    target = tmp_path / "no-such-folder" / "ratings.svg"
    result = probstat("ratings", "--export-svg", str(target))
    assert result.code == ExitCode.DATA, result
    assert result.stderr.startswith("Error: ")
    assert "no-such-folder" in result.stderr
    assert not target.exists()
