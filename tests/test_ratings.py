"""Tests for probstat.analysis.ratings.

Expected values are counted by hand from probstat/data/providers.csv (and HMIP's 2018-19 release it
transcribes), never copied from the function's output.
"""

from __future__ import annotations

import pandas as pd
import pytest

from probstat.analysis.completeness import round_completeness
from probstat.analysis.ratings import ratings
from probstat.errors import ExitCode, UnknownChoice
from probstat.loader import load

ORDER = ["Outstanding", "Good", "Requires improvement", "Inadequate"]


def _cell(table: pd.DataFrame, column: str, **where) -> object:
    mask = pd.Series(True, index=table.index)
    for key, value in where.items():
        mask &= table[key] == value
    assert mask.sum() == 1, f"expected one row for {where}, got {int(mask.sum())}"
    return table.loc[mask, column].iloc[0]


def test_overall_2018_19_counts_match_hmip_release(bundled_frame):
    table = ratings(bundled_frame, round_="2018-19")
    assert list(table.columns) == ["round", "sector", "rating", "count", "percent", "n", "providers",
                                   "rated_published", "published", "missing"]
    # NPS: Good 5 (midlands, north-east, north-west, south-west-south-central, wales), RI 2 (london,
    # south-east-eastern). CRC: Good 1 (hampshire-iow), Inadequate 1 (ddc), RI 21 - 1 - 1 = 19.
    expected = {
        "NPS": {"Outstanding": 0, "Good": 5, "Requires improvement": 2, "Inadequate": 0},
        "CRC": {"Outstanding": 0, "Good": 1, "Requires improvement": 19, "Inadequate": 1},
        "all": {"Outstanding": 0, "Good": 6, "Requires improvement": 21, "Inadequate": 1},
    }
    for sector, counts in expected.items():
        for rating, count in counts.items():
            assert _cell(table, "count", sector=sector, rating=rating) == count
    # 7 NPS + 21 CRC = 28 providers, every overall rating known.
    for sector, total in {"NPS": 7, "CRC": 21, "all": 28}.items():
        rows = table[table["sector"] == sector]
        assert list(rows["rating"]) == ORDER
        assert set(rows["n"]) == {total} and set(rows["providers"]) == {total}
    assert _cell(table, "percent", sector="NPS", rating="Good") == pytest.approx(5 / 7 * 100)  # 71.428...
    assert _cell(table, "percent", sector="CRC", rating="Requires improvement") == pytest.approx(19 / 21 * 100)
    assert _cell(table, "percent", sector="all", rating="Inadequate") == pytest.approx(1 / 28 * 100)
    # all 28 known and HMIP's release of 10 October 2019 gives the same totals (0 / 6 / 21 / 1): nothing missing
    assert table["published"].tolist() == table["count"].tolist()
    assert set(table["missing"]) == {0}
    assert table.attrs.get("notes", []) == []  # all 28 held, as published: nothing to warn about


def test_by_owner_groups_sodexo_six_crcs(bundled_frame):
    table = ratings(bundled_frame, round_="2018-19", by="owner")
    assert list(table.columns) == ["round", "owner", "rating", "count", "percent", "n", "providers",
                                   "rated_published", "published", "missing"]
    # Sodexo ran bench, cumbria-lancashire, essex, norfolk-suffolk, northumbria and south-yorkshire
    # CRCs in 2018-19; all six were Requires improvement.
    sodexo = table[table["owner"] == "Sodexo"]
    assert list(sodexo["rating"]) == ORDER
    assert list(sodexo["count"]) == [0, 0, 6, 0]
    assert _cell(table, "percent", owner="Sodexo", rating="Requires improvement") == pytest.approx(100.0)
    assert set(sodexo["n"]) == {6}
    # Working Links: ddc (Inadequate) and wales (Requires improvement) -> 1 of 2 = 50%.
    assert _cell(table, "percent", owner="Working Links", rating="Inadequate") == pytest.approx(50.0)
    assert _cell(table, "count", owner="all", rating="Good") == 6  # the total row still covers all 28


def test_by_owner_keeps_providers_with_unknown_owner(bundled_frame):
    table = ratings(bundled_frame, round_="2019-20", by="owner")
    # northumbria-crc and west-yorkshire-crc have no owner in 2019-20: both Requires improvement.
    unknown = table[table["owner"].isna()]
    assert list(unknown["count"]) == [0, 0, 2, 0]
    assert any("owner unknown for 2 of 8 providers in 2019-20" in note for note in table.attrs["notes"])


def test_by_round_ignores_round_option_and_counts_2019_20(bundled_frame):
    table = ratings(bundled_frame, round_="2018-19", by="round")
    assert list(table.columns) == ["round", "rating", "count", "percent", "n", "providers", "rated_published",
                                   "published", "missing"]
    # 2018-20 providers, then the later units' HMIP annual-report periods (issue 22)
    assert sorted(table["round"].unique()) == ["2018-19", "2019-20", "2020-21", "2021-22", "2022-23", "2023-24",
                                               "2024-25", "2025-26"]
    # 2019-20: 8 providers; Good = dtv-crc and nps-north-west, the other 6 Requires improvement.
    r19 = table[table["round"] == "2019-20"]
    assert list(r19["count"]) == [0, 2, 6, 0]
    assert list(r19["percent"]) == pytest.approx([0.0, 25.0, 75.0, 0.0])  # 2/8, 6/8
    assert set(r19["providers"]) == {8}
    assert _cell(table, "count", round="2018-19", rating="Requires improvement") == 21


def test_leadership_coverage_three_of_28(bundled_frame):
    table = ratings(bundled_frame, round_="2018-19", standard="leadership")
    assert list(table.columns) == ["standard", "round", "sector", "rating", "count", "percent", "n", "providers"]
    # Known: dtv-crc Outstanding, south-yorkshire-crc Outstanding, cumbria-lancashire-crc Good; no NPS.
    assert list(table.loc[table["sector"] == "CRC", "count"]) == [2, 1, 0, 0]
    assert _cell(table, "percent", sector="CRC", rating="Outstanding") == pytest.approx(200 / 3)  # 2 of 3
    assert _cell(table, "n", sector="CRC", rating="Good") == 3
    assert _cell(table, "providers", sector="CRC", rating="Good") == 21
    assert _cell(table, "n", sector="all", rating="Good") == 3
    assert _cell(table, "providers", sector="all", rating="Good") == 28
    # NPS: none known, so counts and shares are unknown rather than zero.
    nps = table[table["sector"] == "NPS"]
    assert nps["count"].isna().all() and nps["percent"].isna().all()
    assert set(nps["n"]) == {0} and set(nps["providers"]) == {7}
    assert table.attrs["notes"] == [
        "standard leadership: known for 3 of 28 providers in 2018-19 (NPS 0 of 7, CRC 3 of 21): "
        "percentages are of known ratings only"]


def test_sector_specific_standard_counts_only_its_sector(bundled_frame):
    table = ratings(bundled_frame, round_="2018-19", standard="unpaid-work")
    # Unpaid work is a CRC standard: no NPS group; known for norfolk-suffolk (Outstanding) and wwm (Good).
    assert list(table["sector"].unique()) == ["CRC", "all"]
    assert list(table.loc[table["sector"] == "all", "count"]) == [1, 1, 0, 0]
    assert set(table["providers"]) == {21}
    assert "(CRC only)" in table.attrs["notes"][0]


def test_all_standards_stack_in_schema_order(bundled_frame):
    table = ratings(bundled_frame, round_="2018-19", standard="all")
    assert list(table["standard"].unique()) == [
        "leadership", "staff", "services", "information_facilities", "assessment", "planning",
        "implementation_delivery", "reviewing", "unpaid_work", "through_the_gate", "court_reports", "victim_work"]
    # staff: all 7 NPS Requires improvement, plus hampshire-iow-crc Requires improvement -> 8 of 28.
    assert _cell(table, "count", standard="staff", sector="all", rating="Requires improvement") == 8
    assert _cell(table, "n", standard="staff", sector="all", rating="Good") == 8


def test_missing_column_in_users_file_is_unknown(tmp_path):
    path = tmp_path / "tiny.csv"  # synthetic: no owner or leadership columns at all
    path.write_text("round,provider_id,provider,sector,overall\n"
                    "2018-19,a,A,NPS,Good\n2018-19,b,B,CRC,Inadequate\n")
    table = ratings(load(path), standard="leadership")
    assert table["count"].isna().all() and set(table["n"]) == {0}
    owners = ratings(load(path), by="owner")
    assert list(owners.loc[owners["owner"] == "all", "count"]) == [0, 1, 0, 1]


@pytest.mark.parametrize("kwargs, word", [
    ({"standard": "leadershp"}, "leadership"),
    ({"by": "county"}, "sector"),
    ({"round_": "2017-18"}, "2018-19"),
])
def test_unknown_choices_raise(bundled_frame, kwargs, word):
    with pytest.raises(UnknownChoice) as info:
        ratings(bundled_frame, **kwargs)
    assert word in str(info.value)  # the message lists what is valid
    assert info.value.exit_code == ExitCode.USAGE


# --- round completeness against HMIP's published totals (probstat/data/rounds.csv) ------------------------
# HMIP's release on its annual report (3 December 2020): 10 services rated in 2019-20 before Covid-19, 4 Good
# (3 CRC + 1 NPS) and 6 Requires improvement (all CRC). The bundled data hold 8: nps-north-west and dtv-crc
# Good, six CRCs Requires improvement. So Good: known 2 of 4 (CRC 1 of 3, NPS 1 of 1); RI 6 of 6.

def test_2019_20_counts_are_lower_bounds_of_the_published_totals(bundled_frame):
    table = ratings(bundled_frame, round_="2019-20")
    assert _cell(table, "rated_published", sector="all", rating="Good") == 10
    assert (_cell(table, "count", sector="all", rating="Good"), _cell(table, "published", sector="all", rating="Good"),
            _cell(table, "missing", sector="all", rating="Good")) == (2, 4, 2)
    assert (_cell(table, "count", sector="all", rating="Requires improvement"),
            _cell(table, "published", sector="all", rating="Requires improvement")) == (6, 6)
    assert (_cell(table, "rated_published", sector="CRC", rating="Good"),
            _cell(table, "published", sector="CRC", rating="Good"), _cell(table, "missing", sector="CRC", rating="Good")
            ) == (9, 3, 2)
    assert _cell(table, "missing", sector="NPS", rating="Good") == 0
    # the missing ratings add up to the services not held: 10 - 8 = 2
    assert int(table.loc[table["sector"] == "all", "missing"].sum()) == 2
    note = next(n for n in table.attrs["notes"] if n.startswith("2019-20: the data hold"))
    assert "8 of the 10 services HMIP rated (NPS 1 of 1, CRC 7 of 9)" in note
    assert "counts are lower bounds" in note and "Good: known 2, published 4" in note


def test_owner_groups_have_no_published_totals(bundled_frame):
    table = ratings(bundled_frame, round_="2019-20", by="owner")
    owners = table[table["owner"] != "all"]
    assert owners["published"].isna().all() and owners["missing"].isna().all()
    assert _cell(table, "published", owner="all", rating="Good") == 4


def test_standards_have_no_published_columns(bundled_frame):
    assert "published" not in ratings(bundled_frame, round_="2019-20", standard="leadership").columns


def test_a_round_the_totals_do_not_know_has_unknown_completeness(tmp_path):
    path = tmp_path / "synthetic_round.csv"  # SYNTHETIC: a round rounds.csv does not cover
    path.write_text("round,provider_id,provider,sector,overall\n2031-32,syn-a,Synthetic A,CRC,Good\n",
                    encoding="utf-8")
    table = ratings(load(path), round_="2031-32")
    assert table["published"].isna().all() and table["rated_published"].isna().all()
    assert any(n.startswith("2031-32: completeness unknown") for n in table.attrs["notes"])


def test_data_that_do_not_fit_the_published_totals_get_none(tmp_path):
    # SYNTHETIC: four Good CRCs in 2019-20, where HMIP rated only three CRCs Good
    rows = "".join(f"2019-20,syn-{i},Synthetic {i},CRC,Good\n" for i in range(4))
    path = tmp_path / "synthetic_mismatch.csv"
    path.write_text("round,provider_id,provider,sector,overall\n" + rows, encoding="utf-8")
    table = ratings(load(path), round_="2019-20")
    assert table["published"].isna().all() and table["missing"].isna().all()
    note = next(n for n in table.attrs["notes"] if "completeness unknown" in n)
    assert "CRC Good: 4 held, 3 published" in note


def test_cli_says_the_round_is_partial(probstat):
    result = probstat("ratings", "--round", "2019-20", "--format", "csv")
    assert result.code == ExitCode.OK
    assert "rated_published,published,missing" in result.stdout.splitlines()[0]
    assert "the data hold 8 of the 10 services HMIP rated" in result.stderr


def test_round_completeness_statuses(bundled_frame):
    # rounds.csv: 2018-19 all 28 rated (release of 10 October 2019), all 28 in the data; 2019-20 10 rated, 8 held
    table = round_completeness(bundled_frame).set_index(["round", "scope"])
    assert table.loc[("2018-19", "all"), "status"] == "complete"
    assert (int(table.loc[("2018-19", "all"), "held"]), int(table.loc[("2018-19", "all"), "rated_published"])) == (
        28, 28)
    assert table.loc[("2019-20", "CRC"), "status"] == "partial"
    assert (int(table.loc[("2019-20", "CRC"), "held"]), int(table.loc[("2019-20", "CRC"), "rated_published"])) == (
        7, 9)


def test_round_completeness_of_the_first_pdu_rounds(bundled_frame):
    # rounds.csv: 2021-22, two PDU inspections (Swansea Neath Port Talbot, Gwent), both in the data; 2022-23, 31,
    # all in the data; 2023-24 has no published total, so its three rows are of unknown completeness
    table = round_completeness(bundled_frame).set_index(["round", "scope"])
    assert table.loc[("2021-22", "PDU"), "status"] == "complete"
    assert (int(table.loc[("2021-22", "PDU"), "held"]), int(table.loc[("2021-22", "PDU"), "rated_published"])) == (
        2, 2)
    assert table.loc[("2022-23", "PDU"), "status"] == "complete"
    assert table.loc[("2023-24", "PDU"), "status"] == "unknown"


def test_a_sector_without_its_own_total_leaves_the_round_unknown(tmp_path):
    # synthetic: a 2021-22 NPS row, in a round whose only published total is the PDUs' (rounds.csv: 2)
    path = tmp_path / "synthetic_nps_2021.csv"
    path.write_text("round,provider_id,provider,sector,overall\n2021-22,syn-a,Synthetic A,NPS,Good\n",
                    encoding="utf-8")
    table = round_completeness(load(path)).set_index(["round", "scope"])
    assert table.loc[("2021-22", "all"), "status"] == "unknown"
