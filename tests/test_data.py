"""The bundled data: one source of truth, a source for every figure, figures that match HMIP's release."""

from __future__ import annotations

from pathlib import Path

from probstat import schema
from probstat.analysis.consistency import findings_table, source_findings
from probstat.loader import bundled_path, load, load_sources

ROOT = Path(__file__).resolve().parent.parent


def test_top_level_data_is_the_package_data():
    # data/ at the top level is a link to probstat/data: one CSV, two paths, no drift possible. The tests
    # may run against an installed wheel, so compare the shipped bytes with the checkout's too.
    assert (ROOT / "data").resolve() == (ROOT / "probstat" / "data").resolve()
    for name in ("providers.csv", "sources.csv"):
        assert (ROOT / "data" / name).read_bytes() == bundled_path(name).read_bytes()


def test_every_figure_has_a_source_row_and_every_source_row_a_figure():
    frame, sources = load(), load_sources()
    assert source_findings(frame, sources) == []
    assert sources["source_url"].str.match(r"^https?://").all()
    assert len(sources) == 300  # counted when the data was built; a new figure needs a new source row


def test_source_check_catches_a_missing_source():
    frame, sources = load(), load_sources()
    trimmed = sources[~((sources["provider_id"] == "nps-wales") & (sources["field"] == "overall"))]
    found = source_findings(frame, trimmed)
    assert [(f["level"], f["provider_id"], f["column"]) for f in found] == [("error", "nps-wales", "overall")]


def test_bundled_data_is_consistent_with_hmip_rules():
    assert findings_table(load(), load_sources()).empty


def test_release_counts_by_sector():
    # HMIP, 10 Oct 2019: Good = five NPS divisions and one CRC; RI = 19 CRCs and two NPS; Inadequate = one CRC.
    first = load().query("round == '2018-19'")
    counts = first.groupby(["sector", "overall"]).size().to_dict()
    assert counts == {("CRC", "Good"): 1, ("CRC", "Inadequate"): 1, ("CRC", "Requires improvement"): 19,
                      ("NPS", "Good"): 5, ("NPS", "Requires improvement"): 2}


def test_every_nps_division_rated_requires_improvement_on_staffing():
    # Release: "every division was rated 'Requires improvement' on staffing".
    nps = load().query("round == '2018-19' and sector == 'NPS'")
    assert (nps["staff"] == "Requires improvement").all() and len(nps) == 7


def test_reinspections_2019_20():
    # HMIP annual report (Dec 2020): ten overall ratings before Covid; eight are publicly sourced here.
    second = load().query("round == '2019-20'")
    assert sorted(second["provider_id"]) == sorted([
        "dlnr-crc", "dtv-crc", "hlny-crc", "merseyside-crc", "northumbria-crc", "nps-north-west", "swm-crc",
        "west-yorkshire-crc"])
    assert sorted(second.loc[second["overall"] == "Good", "provider_id"]) == ["dtv-crc", "nps-north-west"]


def test_columns_match_the_schema():
    header = bundled_path().read_text(encoding="utf-8").splitlines()[0].split(",")
    assert tuple(header) == schema.COLUMN_NAMES
