"""Tests for probstat.analysis.league.

Pinned values were worked out by hand from probstat/data/providers.csv (working in the comments), not
copied from the code's output. Sort key, best first: overall score (Outstanding 3, Good 2, Requires
improvement 1, Inadequate 0), then more Outstanding (O), more Good (G), fewer Inadequate (I), fewer
Requires improvement (RI), counting known standards only.
"""

from __future__ import annotations

import pandas as pd
import pytest

from probstat.analysis.common import UnknownChoice
from probstat.analysis.league import league
from probstat.loader import load


@pytest.fixture(scope="module")
def bundled() -> pd.DataFrame:
    return load()


@pytest.fixture(scope="module")
def table(bundled) -> pd.DataFrame:
    return league(bundled)


def test_columns(table):
    assert list(table.columns) == [
        "rank", "tied", "round", "provider_id", "provider", "sector", "overall", "outstanding", "good",
        "requires_improvement", "inadequate", "standards_known", "standards_unknown"]
    assert len(table) == 28
    assert (table["standards_known"] + table["standards_unknown"] == 10).all()


def test_good_group_order(table):
    # The six Good providers of 2018-19 and their known standards:
    #   nps-south-west-south-central: assessment O, planning G, victim work G, staff RI -> O1 G2 I0 RI1
    #   hampshire-iow-crc: information O; assessment G, planning G; staff, implementation, through the gate RI;
    #                      reviewing I                                                  -> O1 G2 I1 RI3
    #   nps-north-west: victim work O, staff RI                                          -> O1 G0 I0 RI1
    #   nps-wales: reviewing O, staff RI                                                 -> O1 G0 I0 RI1
    #   nps-midlands: staff RI                                                           -> O0 G0 I0 RI1
    #   nps-north-east: staff RI                                                         -> O0 G0 I0 RI1
    # south-west-south-central and hampshire tie on O1 G2; south-west has fewer Inadequate (0 < 1) -> 1st, 2nd.
    # north-west and wales are identical (O1 G0 I0 RI1) -> both 3rd; midlands and north-east identical -> both 5th.
    good = table[table["overall"] == "Good"]
    assert good["provider_id"].tolist() == [
        "nps-south-west-south-central", "hampshire-iow-crc", "nps-north-west", "nps-wales", "nps-midlands",
        "nps-north-east"]
    assert good["rank"].tolist() == [1, 2, 3, 3, 5, 5]
    assert good["tied"].tolist() == [False, False, True, True, True, True]
    top = good.iloc[0]
    assert top[["outstanding", "good", "requires_improvement", "inadequate", "standards_known"]].tolist() == [
        1, 2, 1, 0, 4]
    hants = good.iloc[1]
    assert hants[["outstanding", "good", "requires_improvement", "inadequate", "standards_known"]].tolist() == [
        1, 2, 3, 1, 7]


def test_good_group_is_the_top_group(table):
    assert set(table.head(6)["overall"]) == {"Good"}
    assert table.iloc[6]["rank"] == 7  # first Requires improvement provider: six rows above it


def test_inadequate_provider_is_last(table):
    last = table.iloc[-1]
    assert (last["provider_id"], last["overall"], last["rank"], last["tied"]) == ("ddc-crc", "Inadequate", 28, False)


def test_stated_counts_are_used(table):
    rows = table.set_index("provider_id")
    # london-crc lists no standard but states n_std_good 5, n_std_requires_improvement 5: 5 + 5 = 10 known
    assert rows.loc["london-crc", ["outstanding", "good", "requires_improvement", "inadequate",
                                   "standards_known"]].tolist() == [0, 5, 5, 0, 10]
    # cumbria-lancashire-crc lists leadership Good and states G1 RI5 I4 (1 + 5 + 4 = 10)
    assert rows.loc["cumbria-lancashire-crc", ["good", "requires_improvement", "inadequate",
                                               "standards_known"]].tolist() == [1, 5, 4, 10]


def test_unknown_standards_are_not_zero_ratings(table):
    rows = table.set_index("provider_id")
    # cgm-crc has no standard rating and no stated counts
    assert rows.loc["cgm-crc", ["standards_known", "standards_unknown"]].tolist() == [0, 10]


def test_requires_improvement_group_head(table):
    # RI providers with an Outstanding: dtv-crc and south-yorkshire-crc (leadership O, nothing else known:
    # O1 G0 I0 RI0, tied) and norfolk-suffolk-crc (unpaid work O, four case-supervision I: O1 G0 I4) -> 7, 7, 9
    head = table.iloc[6:9]
    assert head["provider_id"].tolist() == ["dtv-crc", "south-yorkshire-crc", "norfolk-suffolk-crc"]
    assert head["rank"].tolist() == [7, 7, 9]


def test_coverage_note(table):
    # known standards per provider, 2018-19 (stated n_std_* counts where given):
    #   NPS: london 1, midlands 1, north-east 1, north-west 2, south-east-eastern 10 (G5 RI5 stated),
    #        south-west-south-central 4, wales 2 -> 21
    #   CRC: bench 1, bgsw 4, cumbria-lancashire 10, dtv 1, hampshire-iow 7, london 10, norfolk-suffolk 5,
    #        south-yorkshire 1, wwm 10 (G3 RI7 stated), the other twelve 0 -> 49
    # 21 + 49 = 70 of 28 x 10 = 280
    assert int(table["standards_known"].sum()) == 70
    assert any("70 of 280 standard ratings known in 2018-19" in n for n in table.attrs["notes"])


def test_sector_filter_reranks(bundled):
    nps = league(bundled, sector="nps")
    assert set(nps["sector"]) == {"NPS"}
    assert len(nps) == 7
    # Good NPS divisions as in test_good_group_order without hampshire; then the two RI divisions:
    # south-east-eastern O0 G5 (stated) before london O0 G0
    assert nps["provider_id"].tolist() == [
        "nps-south-west-south-central", "nps-north-west", "nps-wales", "nps-midlands", "nps-north-east",
        "nps-south-east-eastern", "nps-london"]
    assert nps["rank"].tolist() == [1, 2, 2, 4, 4, 6, 7]


def test_unknown_choices(bundled):
    with pytest.raises(UnknownChoice):
        league(bundled, round_="2030-31")
    with pytest.raises(UnknownChoice):
        league(bundled, sector="private")


# --- synthetic data --------------------------------------------------------------------------------------

SYNTHETIC_TIES = """round,provider_id,provider,sector,overall,leadership,staff,reviewing
2020-21,syn-a,Synthetic A,CRC,Good,Outstanding,,
2020-21,syn-b,Synthetic B,CRC,Good,,Outstanding,
2020-21,syn-c,Synthetic C,CRC,Good,,,
2020-21,syn-d,Synthetic D,CRC,Good,Outstanding,,Inadequate
2020-21,syn-e,Synthetic E,CRC,Requires improvement,Good,,
2020-21,syn-f,Synthetic F,CRC,,Outstanding,,
"""


def test_synthetic_ties_and_unranked(tmp_path):
    """SYNTHETIC data: ties share a rank, the next rank skips, unknown overall goes last unranked."""
    path = tmp_path / "synthetic_league.csv"
    path.write_text(SYNTHETIC_TIES, encoding="utf-8")
    result = league(load(path), round_="2020-21")
    # a: Good O1 I0; b: Good O1 I0 (tie with a); d: Good O1 I1 (fewer Inadequate loses); c: Good, nothing known;
    # e: Requires improvement; f: overall unknown -> last, no rank
    assert result["provider_id"].tolist() == ["syn-a", "syn-b", "syn-d", "syn-c", "syn-e", "syn-f"]
    assert result["rank"].iloc[:5].tolist() == [1, 1, 3, 4, 5]
    assert pd.isna(result["rank"].iloc[5])
    assert result["tied"].tolist() == [True, True, False, False, False, False]
    assert result.set_index("provider_id").loc["syn-c", "standards_unknown"] == 10
    assert any("overall rating unknown" in n and "syn-f" in n for n in result.attrs["notes"])


def test_synthetic_outstanding_beats_fewer_inadequate(tmp_path):
    """SYNTHETIC data: more Outstanding ranks first even with an Inadequate (the commentators' order)."""
    path = tmp_path / "synthetic_order.csv"
    path.write_text("round,provider_id,provider,sector,overall,leadership,staff\n"
                    "2020-21,syn-x,Synthetic X,NPS,Good,Outstanding,Inadequate\n"
                    "2020-21,syn-y,Synthetic Y,NPS,Good,Good,Good\n", encoding="utf-8")
    result = league(load(path), round_="2020-21")
    # x: O1 G0 I1; y: O0 G2 I0 -> x first on Outstanding
    assert result["provider_id"].tolist() == ["syn-x", "syn-y"]
    assert result["rank"].tolist() == [1, 2]
