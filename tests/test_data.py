"""The bundled data: one source of truth, a source for every figure, figures that match HMIP's release."""

from __future__ import annotations

from pathlib import Path

import pandas as pd

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
    # 300 rows for the 2018-20 providers, 506 for the later units (issue 22); a new figure needs a new source row
    assert len(sources) == 806


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


# --- How each figure is known (issue 14) ----------------------------------------------------------------------

#: Counted by hand with `grep -c ",BASIS," probstat/data/sources.csv` (806 source rows, one per figure).
BASIS_COUNTS = {"stated": 573, "wording": 44, "arithmetic": 3, "later-source": 9, "coverage-date": 15, "inferred": 162}


def test_every_source_row_has_a_basis():
    sources = load_sources()
    assert sources["basis"].isin(list(schema.BASES)).all()
    assert sources["basis"].value_counts().to_dict() == BASIS_COUNTS


def test_validate_reports_the_basis_counts_counted_by_hand():
    from probstat.analysis.consistency import basis_counts, basis_note

    counts = basis_counts(load(), load_sources())
    assert counts == BASIS_COUNTS
    assert basis_note(counts) == ("figures by basis: 573 stated, 44 wording, 3 arithmetic, 9 later-source, "
                                  "15 coverage-date, 162 inferred")


def test_show_wwm_crc_standard_counts_rest_on_wording():
    from probstat.analysis.providers import provider_figures

    shown = provider_figures(load(), "wwm-crc", round_="2018-19", sources=load_sources()).set_index("field")
    assert shown.loc["n_std_good", "value"] == "3" and shown.loc["n_std_good", "basis"] == "wording"
    assert shown.loc["n_std_requires_improvement", "basis"] == "wording"
    assert shown.loc["overall", "basis"] == "stated"
    assert pd.isna(shown.loc["services", "basis"])  # unknown figures have no basis


def test_dlnr_2018_19_rating_rests_on_the_2020_release():
    # No January 2019 source stating DLNR CRC's first rating was found: the figure comes from the March 2020
    # release's "has not changed", and says so.
    row = load_sources().query("round == '2018-19' and provider_id == 'dlnr-crc' and field == 'overall'").iloc[0]
    assert row["basis"] == "later-source"
    assert row["source_url"] == "https://justiceinspectorates.gov.uk/hmiprobation/media/press-releases/2020/03/dlnrcrc-2"
    assert "has not changed" in row["note"]


def test_owners_from_outside_the_round_are_marked():
    sources = load_sources().set_index(["round", "provider_id", "field"])
    for pid in ("essex-crc", "hlny-crc", "merseyside-crc", "swm-crc", "dlnr-crc"):
        assert sources.loc[("2018-19", pid, "owner"), "basis"] == "later-source", pid
    assert sources.loc[("2018-19", "west-yorkshire-crc", "owner"), "basis"] == "wording"
    # London CRC's owner is spelled as Thames Valley's (issue 24: "MTC" and "MTCnovo" split one owner in
    # `ratings --by owner`); the source names both CRCs as run by MTCnovo.
    owners = load().query("provider_id in ['london-crc', 'thames-valley-crc'] and round == '2018-19'")["owner"]
    assert set(owners) == {"MTCnovo"}
    assert "run by MTCnovo" in sources.loc[("2018-19", "london-crc", "owner"), "note"]
    for pid in ("nps-london", "cgm-crc"):
        assert sources.loc[("2018-19", pid, "published"), "basis"] == "coverage-date"


def test_every_wording_note_gives_the_words():
    sources = load_sources()
    wording = sources[sources["basis"] == "wording"]
    assert wording["note"].str.contains("'").all()  # the figure phrase is quoted


def test_fractions_are_stored_as_the_words_and_read_as_claims_read_them():
    from probstat.analysis.common import bounds, qualified_text
    from probstat.claims.quantifiers import interpret

    frame = load().set_index(["round", "provider_id"])
    cases = {("2018-19", "cumbria-lancashire-crc", "home_visit_pct"): ("1/3", "only a third"),
             ("2018-19", "swm-crc", "staff_workload_unmanageable_pct"): ("2/3", "two-thirds"),
             ("2019-20", "hlny-crc", "home_visit_pct"): ("1/4", "only a quarter")}
    for (rnd, pid, col), (stored, words) in cases.items():
        value, qualifier = frame.loc[(rnd, pid), col], frame.loc[(rnd, pid), schema.qualifier_suffix(col)]
        assert qualified_text(value, qualifier) == stored
        reading = interpret(words)
        low, high = bounds(value, qualifier)
        assert (round(low, 6), round(high, 6)) == (round(reading.low, 6), round(reading.high, 6)), words
