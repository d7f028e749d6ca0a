"""The unified Probation Service's later rounds (issue 22): PDUs, regions and the national inspection.

Expected values were counted by hand from HMIP's releases and the reference research (later-rounds-2019-2026),
not from what the code prints: e.g. HMIP's September 2023 annual report covered "31 probation inspections",
one Good and 15 Inadequate; its March 2025 report 24 PDUs (10 Requires improvement, 14 Inadequate) and three
regions, all Requires improvement.
"""

from __future__ import annotations

import pandas as pd
import pytest

from probstat import schema
from probstat.analysis.changes import reinspections
from probstat.analysis.league_points import points_league
from probstat.analysis.providers import provider_figures, providers
from probstat.analysis.ratings import ratings
from probstat.claims.vocabulary import providers_and_aliases
from probstat.errors import DataError, ExitCode
from probstat.loader import load, load_sources
from probstat.published import load_rounds


def _cell(table, column, **where):
    rows = table
    for key, value in where.items():
        rows = rows[rows[key] == value]
    assert len(rows) == 1, where
    return rows[column].iloc[0]


# --- 2022-23: every one of HMIP's 31 held ------------------------------------------------------------------

def test_2022_23_is_31_pdus_1_good_15_ri_15_inadequate(bundled_frame):
    table = ratings(bundled_frame, round_="2022-23")
    counts = {r: _cell(table, "count", sector="PDU", rating=r) for r in schema.RATINGS}
    assert counts == {"Outstanding": 0, "Good": 1, "Requires improvement": 15, "Inadequate": 15}
    # HMIP: 31 inspections, one Good, 15 Inadequate; nothing missing
    assert _cell(table, "rated_published", sector="all", rating="Good") == 31
    assert _cell(table, "published", sector="all", rating="Good") == 1
    assert _cell(table, "missing", sector="all", rating="Good") == 0
    assert _cell(table, "missing", sector="all", rating="Inadequate") == 0
    # the source does not split the other 15 between Requires improvement and Outstanding
    assert pd.isna(_cell(table, "published", sector="all", rating="Requires improvement"))
    assert not any("lower bounds" in note for note in table.attrs["notes"])


def test_the_one_good_pdu_of_2022_23_is_south_tyneside_and_gateshead(bundled_frame):
    rows = bundled_frame[(bundled_frame["round"] == "2022-23") & (bundled_frame["overall"] == "Good")]
    assert rows["provider"].tolist() == ["South Tyneside and Gateshead PDU"]


# --- 2024-25: bounds -------------------------------------------------------------------------------------

def test_2024_25_pdus_held_22_of_24_and_regions_2_of_3(bundled_frame):
    table = ratings(bundled_frame, round_="2024-25")
    assert _cell(table, "n", sector="PDU", rating="Inadequate") == 22
    assert _cell(table, "rated_published", sector="PDU", rating="Inadequate") == 24
    # 13 of HMIP's 14 Inadequate and 9 of its 10 Requires improvement are held: one of each is missing
    assert (_cell(table, "count", sector="PDU", rating="Inadequate"),
            _cell(table, "missing", sector="PDU", rating="Inadequate")) == (13, 1)
    assert (_cell(table, "count", sector="PDU", rating="Requires improvement"),
            _cell(table, "missing", sector="PDU", rating="Requires improvement")) == (9, 1)
    assert (_cell(table, "count", sector="region", rating="Requires improvement"),
            _cell(table, "missing", sector="region", rating="Requires improvement")) == (2, 1)
    assert any("22 of the 24" in n and "lower bounds" in n for n in
               ratings(bundled_frame, round_="2024-25", unit="pdu").attrs["notes"])


def test_rounds_csv_holds_hmips_2024_25_totals():
    rounds = load_rounds().set_index(["round", "sector"])
    pdu = rounds.loc[("2024-25", "PDU")]
    assert (pdu["rated"], pdu["requires_improvement"], pdu["inadequate"], pdu["good"]) == (24, 10, 14, 0)
    region = rounds.loc[("2024-25", "region")]
    assert (region["rated"], region["requires_improvement"]) == (3, 3)
    assert rounds.loc[("2022-23", "all"), "basis"] == "stated"
    assert rounds.loc[("2022-23", "PDU"), "basis"] == "inferred"


def test_unit_and_region_groupings(bundled_frame):
    pdus = ratings(bundled_frame, round_="2024-25", unit="pdu")
    assert set(pdus["sector"]) == {"PDU", "all"}
    # the PDU totals stand for 'all' when only PDUs are shown
    assert _cell(pdus, "rated_published", sector="all", rating="Good") == 24
    by_region = ratings(bundled_frame, round_="2022-23", by="region")
    # London: six PDUs in 2022-23, four Inadequate (HFKCW, Lambeth, Ealing and Hillingdon, Lewisham and Bromley)
    assert _cell(by_region, "count", region="London", rating="Inadequate") == 4
    assert _cell(by_region, "n", region="London", rating="Inadequate") == 6
    assert providers(bundled_frame, unit="region")["provider_id"].tolist() == [
        "kss-region", "east-of-england-region", "east-midlands-region", "north-east-region", "wales-region"]
    assert providers(bundled_frame, round_="2018-19", unit="pdu").empty


# --- re-inspections --------------------------------------------------------------------------------------

#: The 13 PDUs inspected twice, each (first, second) overall rating, from HMIP's releases.
TWICE = {
    "swansea-neath-port-talbot-pdu": ("Inadequate", "Requires improvement"),
    "gwent-pdu": ("Requires improvement", "Requires improvement"),
    "west-kent-pdu": ("Inadequate", "Requires improvement"),
    "west-sussex-pdu": ("Inadequate", "Inadequate"),
    "essex-north-pdu": ("Inadequate", "Requires improvement"),
    "northamptonshire-pdu": ("Requires improvement", "Inadequate"),
    "kirklees-pdu": ("Inadequate", "Inadequate"),
    "sheffield-pdu": ("Inadequate", "Inadequate"),
    "north-north-east-lincolnshire-pdu": ("Requires improvement", "Inadequate"),
    "leicester-leicestershire-rutland-pdu": ("Inadequate", "Inadequate"),
    "derby-city-pdu": ("Requires improvement", "Requires improvement"),
    "gateshead-south-tyneside-pdu": ("Good", "Requires improvement"),
    "redcar-cleveland-middlesbrough-pdu": ("Requires improvement", "Requires improvement"),
}


def test_the_13_pdus_inspected_twice(bundled_frame):
    table = reinspections(bundled_frame, unit="pdu")
    overall = table[table["field"] == "overall"].set_index("provider_id")
    assert sorted(overall.index) == sorted(TWICE)
    assert {pid: (row["before"], row["after"]) for pid, row in overall.iterrows()} == TWICE
    same = sorted(pid for pid, (a, b) in TWICE.items() if a == b)
    assert sorted(overall.index[overall["change"] == "same"]) == same and len(same) == 7
    notes = table.attrs["notes"]
    assert any(n.startswith("overall rating did not change for 7:") and "sheffield-pdu" in n for n in notes)
    sheffield = overall.loc["sheffield-pdu"]
    assert (sheffield["before_round"], sheffield["after_round"]) == ("2022-23", "2024-25")


def test_show_sheffield_gives_both_inspections_with_sources(bundled_frame):
    shown = provider_figures(bundled_frame, "sheffield-pdu", sources=load_sources())
    overall = shown[shown["field"] == "overall"]
    assert overall[["round", "value"]].values.tolist() == [["2022-23", "Inadequate"], ["2024-25", "Inadequate"]]
    points = shown[(shown["field"] == "points") & (shown["round"] == "2022-23")].iloc[0]
    # HMIP, March 2023: "scoring just one point out of a possible 27"
    assert (points["value"], points["basis"]) == ("1", "stated")
    assert shown.loc[shown["value"].notna(), "source_url"].notna().all()


def test_show_a_region(bundled_frame):
    shown = provider_figures(bundled_frame, "kss-region", sources=load_sources()).set_index("field")
    # HMIP, May 2024: KSS region Requires improvement, victim work Outstanding, 22% on implementation (safety)
    assert shown.loc["overall", "value"] == "Requires improvement"
    assert shown.loc["victim_work", "value"] == "Outstanding"
    assert shown.loc["kq2_3_safety", "value"] == "22"
    assert "unpaid_work" not in shown.index  # a CRC standard is not a gap for a region


# --- league by points ------------------------------------------------------------------------------------

def test_points_league_2022_23(bundled_frame):
    table = points_league(bundled_frame[bundled_frame["round"] == "2022-23"]).set_index("provider_id")
    # Points out of 27, from HMIP: Lambeth 3, Ealing and Hillingdon 3, LLR 2, Staffordshire and Stoke 2, West Kent 1,
    # Essex North 1, Sheffield 1, Hammersmith, Fulham, Kensington, Chelsea and Westminster 0: eight ranked
    expected = {"lambeth-pdu": (1, 2), "ealing-hillingdon-pdu": (1, 2), "leicester-leicestershire-rutland-pdu": (3, 4),
                "staffordshire-stoke-pdu": (3, 4), "west-kent-pdu": (5, 7), "essex-north-pdu": (5, 7),
                "sheffield-pdu": (5, 7), "hammersmith-fulham-kensington-chelsea-westminster-pdu": (8, 8)}
    ranked = table[table["rank_best"].notna()]
    assert {pid: (int(r["rank_best"]), int(r["rank_worst"])) for pid, r in ranked.iterrows()} == expected
    assert set(table["compared"]) == {8} and len(table) == 31


# --- CLI -------------------------------------------------------------------------------------------------

def test_gap_on_a_later_round_is_one_error_line(probstat):
    result = probstat("gap", "--round", "2022-23")
    assert result.code == ExitCode.USAGE
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith("Error: gap compares NPS divisions with CRCs")


def test_cli_later_rounds(probstat):
    result = probstat("ratings", "--round", "2024-25", "--unit", "pdu", "--format", "csv")
    assert result.code == ExitCode.OK and "2024-25,PDU,Inadequate,13," in result.stdout
    units = probstat("units", "--unit", "region", "--format", "csv")
    assert units.code == ExitCode.OK and len(units.stdout.strip().splitlines()) == 1 + 5
    changed = probstat("changes", "--unit", "pdu", "--format", "csv")
    # one overall row per PDU: West Sussex's and Essex North's casework standards are known only in 2024-25
    assert changed.code == ExitCode.OK and len(changed.stdout.strip().splitlines()) == 1 + 13
    league = probstat("league", "--round", "2022-23", "--format", "csv")
    assert league.code == ExitCode.OK and "points" in league.stdout.splitlines()[0]
    assert probstat("show", "kss-region").code == ExitCode.OK


# --- data model ------------------------------------------------------------------------------------------

def test_every_later_row_says_how_its_round_is_known(bundled_frame):
    later = bundled_frame[bundled_frame["sector"].isin(schema.UNIT_TYPES)]
    assert len(later) == 84 - 1  # 77 PDU inspections, 5 regions, the national inspection (NPS South West aside)
    assert later["round_basis"].isin(schema.ROUND_BASES).all()
    assert (later["sector"] == "PDU").sum() == 77 and later.loc[later["sector"] == "PDU", "provider_id"].nunique() == 64


def test_aliases_name_the_same_pdu():
    aliases, _ = providers_and_aliases()
    for name in ("south tyneside and gateshead pdu", "gateshead and south tyneside",
                 "gateshead and south tyneside pdu"):
        assert aliases[name] == "gateshead-south-tyneside-pdu"
    assert aliases["sheffield"] == aliases["sheffield pdu"] == "sheffield-pdu"
    assert aliases["kss region"] == "kss-region"


def test_loader_reads_unit_types_and_keeps_standards_to_their_units(tmp_path):
    # SYNTHETIC rows (made-up ids): a lower-case unit type is read as schema spells it; victim work is a
    # regional standard in the later frameworks, not a PDU's
    path = tmp_path / "units.csv"
    path.write_text("round,provider_id,provider,sector,victim_work\n"
                    "2024-25,syn-a,Synthetic A,pdu,\n2024-25,syn-b,Synthetic B,Region,Good\n")
    assert load(path)["sector"].tolist() == ["PDU", "region"]
    path.write_text("round,provider_id,provider,sector,victim_work\n2024-25,syn-a,Synthetic A,PDU,Good\n")
    with pytest.raises(DataError, match="victim_work"):
        load(path)
    path.write_text("round,provider_id,provider,sector\n2024-25,syn-a,Synthetic A,Borough\n")
    with pytest.raises(DataError, match="is not a sector"):
        load(path)


def test_regional_victim_work_counts_as_a_standard(bundled_frame):
    # HMIP: statutory victim work Outstanding in KSS (May 2024) and East of England (2024)
    table = ratings(bundled_frame, round_="2024-25", standard="victim_work")
    assert _cell(table, "count", sector="region", rating="Outstanding") == 2
    assert _cell(table, "n", sector="region", rating="Outstanding") == 2
    assert set(table["sector"]) == {"region", "all"}  # not a PDU standard
