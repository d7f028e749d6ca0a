"""Tests for probstat.analysis.caseloads.

Pinned values were worked out by hand from probstat/data/providers.csv (working in the comments), not
copied from the code's output.
"""

from __future__ import annotations

import math

import numpy as np
import pandas as pd
import pytest

from probstat.analysis.caseloads import caseloads
from probstat.errors import DataError, UnknownChoice
from probstat.loader import load


@pytest.fixture(scope="module")
def by_provider(bundled_frame) -> pd.DataFrame:
    return caseloads(bundled_frame).set_index("provider_id")


@pytest.fixture(scope="module")
def by_sector(bundled_frame) -> pd.DataFrame:
    return caseloads(bundled_frame, by="sector").set_index("sector")


def _none(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value)) or value is pd.NA


# --- by provider -----------------------------------------------------------------------------------------

def test_provider_columns_and_rows(bundled_frame, by_provider):
    assert list(caseloads(bundled_frame).columns) == [
        "round", "provider_id", "provider", "sector", "people_supervised", "people_low", "people_high",
        "qualifier", "share_of_sector_stated", "avg_caseload", "staff_caseload_over_50_pct",
        "staff_workload_unmanageable_pct", "staff_workload_manageable_pct"]
    assert len(by_provider) == 28  # 7 NPS divisions + 21 CRCs in 2018-19
    assert set(by_provider["round"]) == {"2018-19"}


@pytest.mark.parametrize(("pid", "stated", "low", "high", "words"), [
    ("nps-london", ">17000", 17000, None, "more than"),      # 'more than': factors 1 and inf
    ("nps-north-east", "<~19000", 17100, 19000, "nearly"),  # 'nearly': 0.9 * 19000 = 17100, 1.0 * 19000
    ("nps-wales", "<~7000", 6300, 7000, "nearly"),          # 0.9 * 7000 = 6300
    ("kss-crc", "~8600", 7740, 9460, "around"),             # 0.9 * 8600 = 7740, 1.1 * 8600 = 9460
    ("london-crc", "28819", 28819, 28819, "exact"),
])
def test_provider_figure_as_stated_with_bounds(by_provider, pid, stated, low, high, words):
    row = by_provider.loc[pid]
    assert row["people_supervised"] == stated
    assert row["people_low"] == pytest.approx(low)
    if high is None:
        assert _none(row["people_high"])  # unbounded above: empty, never inf
    else:
        assert row["people_high"] == pytest.approx(high)
    assert row["qualifier"] == words


def test_unknown_figure_stays_empty(by_provider):
    row = by_provider.loc["nps-north-west"]  # people_supervised is empty in the 2018-19 row
    for col in ("people_supervised", "people_low", "people_high", "qualifier", "share_of_sector_stated"):
        assert _none(row[col]), col


def test_share_of_sector_stated(by_provider):
    # NPS stated sum = 17000 + 17000 + 19000 + 16000 + 13000 + 7000 = 89000
    assert by_provider.loc["nps-london", "share_of_sector_stated"] == 19.1  # 17000 / 89000 = 19.10%
    assert by_provider.loc["nps-wales", "share_of_sector_stated"] == 7.9  # 7000 / 89000 = 7.87%
    # CRC stated sum = 115565 (worked in test_crc_totals)
    assert by_provider.loc["london-crc", "share_of_sector_stated"] == 24.9  # 28819 / 115565 = 24.94%


def test_workload_indicators_as_stated(by_provider):
    see = by_provider.loc["nps-south-east-eastern"]
    assert see["avg_caseload"] == "43"
    assert see["staff_workload_unmanageable_pct"] == ">50"
    assert by_provider.loc["hampshire-iow-crc", "avg_caseload"] == "~70"
    assert by_provider.loc["essex-crc", "staff_workload_unmanageable_pct"] == "69"
    assert by_provider.loc["wwm-crc", "staff_workload_manageable_pct"] == "<50"
    assert _none(by_provider.loc["nps-london", "avg_caseload"])


def test_provider_coverage_note(bundled_frame):
    notes = caseloads(bundled_frame).attrs["notes"]
    assert ("people_supervised known for 21 of 28 providers in 2018-19 (NPS 6 of 7, CRC 15 of 21); totals cover "
            "only those providers") in notes


# --- by sector -------------------------------------------------------------------------------------------

def test_sector_columns(bundled_frame, by_sector):
    assert list(caseloads(bundled_frame, by="sector").columns) == [
        "round", "sector", "providers", "n_known", "total_stated", "total_low", "total_high", "bound",
        "share_of_total_stated",
        "avg_caseload_mean", "avg_caseload_n",
        "staff_caseload_over_50_pct_mean", "staff_caseload_over_50_pct_n",
        "staff_workload_unmanageable_pct_mean", "staff_workload_unmanageable_pct_n",
        "staff_workload_manageable_pct_mean", "staff_workload_manageable_pct_n"]
    assert list(by_sector.index) == ["NPS", "CRC", "all"]


def test_nps_totals(by_sector):
    nps = by_sector.loc["NPS"]
    # known: london >17000, midlands >17000, north-east <~19000, south-east-eastern >16000,
    #        south-west-south-central <~13000, wales <~7000; north-west unknown -> 6 of 7
    assert (nps["providers"], nps["n_known"]) == (7, 6)
    # face value: 17000 + 17000 + 19000 + 16000 + 13000 + 7000 = 89000
    assert nps["total_stated"] == 89000
    # low: 'more than' at face value, 'nearly' at 0.9: 17000 + 17000 + 16000 + 0.9 * (19000 + 13000 + 7000)
    #      = 50000 + 0.9 * 39000 = 50000 + 35100 = 85100
    assert nps["total_low"] == pytest.approx(85100)
    assert _none(nps["total_high"])  # three 'more than' terms: no upper bound
    assert nps["bound"] == "approximate"  # mixes 'more than' with 'nearly'


def test_crc_totals(by_sector):
    crc = by_sector.loc["CRC"]
    # known (15): bench >7000, bgsw >6000, cumbria-lancashire >5500, dtv 3729, essex >4000, hampshire-iow <~4000,
    #   kss ~8600, london 28819, merseyside >6500, norfolk-suffolk >3000, swm 13531, thames-valley 4750,
    #   wales ~9000, west-yorkshire 8136, wwm <~3000
    # unknown (6): cgm, ddc, dlnr, hlny, northumbria, south-yorkshire
    assert (crc["providers"], crc["n_known"]) == (21, 15)
    # face value: more-than 7000+6000+5500+4000+6500+3000 = 32000; exact 3729+28819+13531+4750+8136 = 58965;
    #   nearly 4000+3000 = 7000; around 8600+9000 = 17600; 32000 + 58965 + 7000 + 17600 = 115565
    assert crc["total_stated"] == 115565
    # low: 32000 + 58965 + 0.9 * 7000 + 0.9 * 17600 = 32000 + 58965 + 6300 + 15840 = 113105
    assert crc["total_low"] == pytest.approx(113105)
    assert _none(crc["total_high"])
    assert crc["bound"] == "approximate"


def test_all_sector_totals_and_shares(by_sector):
    every = by_sector.loc["all"]
    assert (every["providers"], every["n_known"]) == (28, 21)
    assert every["total_stated"] == 204565  # 89000 + 115565
    assert every["total_low"] == pytest.approx(198205)  # 85100 + 113105
    assert _none(every["total_high"])
    assert by_sector.loc["NPS", "share_of_total_stated"] == 43.5  # 89000 / 204565 = 43.51%
    assert by_sector.loc["CRC", "share_of_total_stated"] == 56.5  # 115565 / 204565 = 56.49%
    assert every["share_of_total_stated"] == 100.0


def test_workload_means_use_exact_figures_only(by_sector):
    # avg_caseload 2018-19: nps-south-east-eastern 43 (exact), hampshire-iow-crc ~70 (not exact: left out)
    assert by_sector.loc["NPS", ["avg_caseload_mean", "avg_caseload_n"]].tolist() == [43.0, 1]
    assert by_sector.loc["CRC", "avg_caseload_n"] == 0
    assert _none(by_sector.loc["CRC", "avg_caseload_mean"])
    # unmanageable: essex-crc 69 (exact); swm-crc 2/3 and nps-south-east-eastern >50 left out
    assert by_sector.loc["CRC", ["staff_workload_unmanageable_pct_mean", "staff_workload_unmanageable_pct_n"]
                         ].tolist() == [69.0, 1]
    assert by_sector.loc["NPS", "staff_workload_unmanageable_pct_n"] == 0
    assert by_sector.loc["all", "staff_workload_unmanageable_pct_n"] == 1
    # no provider states the share of staff with caseloads over 50
    assert by_sector.loc["all", "staff_caseload_over_50_pct_n"] == 0
    assert _none(by_sector.loc["all", "staff_caseload_over_50_pct_mean"])


def test_sector_notes(bundled_frame):
    notes = caseloads(bundled_frame, by="sector").attrs["notes"]
    assert ("people_supervised known for 21 of 28 providers in 2018-19 (NPS 6 of 7, CRC 15 of 21); totals cover "
            "only those providers") in notes
    assert any(n.startswith("totals are bounds") for n in notes)
    assert any("hampshire-iow-crc" in n and "exact figures only" in n for n in notes)


def test_2019_20_is_a_lower_bound(bundled_frame):
    table = caseloads(bundled_frame, round_="2019-20", by="sector").set_index("sector")
    crc = table.loc["CRC"]
    # dlnr >8400, dtv >3600, hlny >5000, merseyside >6200, northumbria >3700, swm >12600; west-yorkshire unknown
    # 8400 + 3600 + 5000 + 6200 + 3700 + 12600 = 39500
    assert (crc["providers"], crc["n_known"], crc["total_stated"]) == (7, 6, 39500)
    assert crc["total_low"] == 39500
    assert _none(crc["total_high"])
    assert crc["bound"] == "lower bound"  # every term is 'more than'
    # avg_caseload: dlnr 58, swm 64, both exact: (58 + 64) / 2 = 61
    assert crc[["avg_caseload_mean", "avg_caseload_n"]].tolist() == [61.0, 2]


def test_unknown_choices(bundled_frame):
    with pytest.raises(UnknownChoice):
        caseloads(bundled_frame, round_="2030-31")
    with pytest.raises(UnknownChoice):
        caseloads(bundled_frame, by="owner")


def test_pure_function(bundled_frame):
    before = bundled_frame.copy()
    caseloads(bundled_frame, by="sector")
    pd.testing.assert_frame_equal(bundled_frame, before)
    assert "notes" not in bundled_frame.attrs


# --- synthetic data --------------------------------------------------------------------------------------

SYNTHETIC_EXACT = """round,provider_id,provider,sector,overall,people_supervised,avg_caseload
2020-21,syn-nps-a,Synthetic NPS A,NPS,Good,1000,40
2020-21,syn-nps-b,Synthetic NPS B,NPS,Good,2500,
2020-21,syn-nps-c,Synthetic NPS C,NPS,Good,,
2020-21,syn-crc-d,Synthetic CRC D,CRC,Good,4000,~50
"""


def test_exact_only_total_is_exact(tmp_path):
    """SYNTHETIC data: every stated figure is exact, so the sum is a count and its bounds coincide."""
    path = tmp_path / "synthetic_exact.csv"
    path.write_text(SYNTHETIC_EXACT, encoding="utf-8")
    table = caseloads(load(path), round_="2020-21", by="sector").set_index("sector")
    nps = table.loc["NPS"]
    # 1000 + 2500 = 3500 from 2 of 3 providers
    assert (nps["providers"], nps["n_known"]) == (3, 2)
    assert nps["total_stated"] == nps["total_low"] == nps["total_high"] == 3500
    assert nps["bound"] == "exact"
    every = table.loc["all"]
    assert every["total_stated"] == every["total_low"] == every["total_high"] == 7500  # 3500 + 4000
    assert every["bound"] == "exact"
    assert table.loc["NPS", "share_of_total_stated"] == 46.7  # 3500 / 7500 = 46.67%
    assert table.loc["CRC", "share_of_total_stated"] == 53.3  # 4000 / 7500 = 53.33%
    # avg_caseload: NPS A 40 exact; CRC D ~50 is not exact, so the CRC mean is unknown rather than 50
    assert table.loc["NPS", ["avg_caseload_mean", "avg_caseload_n"]].tolist() == [40.0, 1]
    assert table.loc["CRC", "avg_caseload_n"] == 0
    assert not any(n.startswith("totals are bounds") for n in table.attrs["notes"])


def test_synthetic_provider_table(tmp_path):
    """SYNTHETIC data: exact figures give equal low and high, and shares of the sector's stated sum."""
    path = tmp_path / "synthetic_exact.csv"
    path.write_text(SYNTHETIC_EXACT, encoding="utf-8")
    table = caseloads(load(path), round_="2020-21").set_index("provider_id")
    a = table.loc["syn-nps-a"]
    assert (a["people_supervised"], a["people_low"], a["people_high"], a["qualifier"]) == ("1000", 1000, 1000, "exact")
    assert a["share_of_sector_stated"] == 28.6  # 1000 / 3500 = 28.57%
    assert table.loc["syn-crc-d", "share_of_sector_stated"] == 100.0
    assert _none(table.loc["syn-nps-c", "people_supervised"])


def test_sector_with_no_known_figure(tmp_path):
    """SYNTHETIC data: a sector with no stated figure has unknown totals, not zero."""
    path = tmp_path / "synthetic_unknown.csv"
    path.write_text("round,provider_id,provider,sector,overall,people_supervised\n"
                    "2020-21,syn-nps-a,Synthetic NPS A,NPS,Good,\n"
                    "2020-21,syn-crc-b,Synthetic CRC B,CRC,Good,>900\n", encoding="utf-8")
    table = caseloads(load(path), round_="2020-21", by="sector").set_index("sector")
    nps = table.loc["NPS"]
    assert nps["n_known"] == 0
    for col in ("total_stated", "total_low", "total_high", "bound", "share_of_total_stated"):
        assert _none(nps[col]), col
    assert table.loc["CRC", "bound"] == "lower bound"


def test_each_qualifier_gives_its_interval_for_every_row_at_once():
    # Synthetic figures, one per qualifier; CLOSENESS is 0.1: ~ is +-10%, <~ is up to 10% below.
    from probstat.analysis.caseloads import _spans

    values = pd.Series([17000.0, 17000.0, 500.0, 9000.0, 19000.0, 66.5, float("nan"), 0.0])
    qualifiers = pd.Series(["", ">", "<", "~", "<~", "/", None, ">"], dtype=object)
    low, high = _spans(values, qualifiers)
    assert low[:6].tolist() == pytest.approx([17000, 17000, 0, 8100, 17100, 64])
    assert high[:6].tolist() == pytest.approx([17000, float("inf"), 500, 9900, 19000, 69])
    assert np.isnan(low[6]) and np.isnan(high[6])  # unknown stays unknown
    assert low[7] == 0 and np.isnan(high[7])  # '>0': 0 times no upper bound, as bounds() gives it


def test_exact_total_of_whole_figures_on_arrays_and_beyond_int64():
    """Whole figures are totalled exactly, on arrays or (past what int64 can hold) as Python integers."""
    from probstat.analysis.caseloads import _exact_total

    assert _exact_total(np.array([17000.0, 13000.0, 9000.0]), "x") == 39000.0
    # 2**52 - 1 and 1: exact as integers (the float sum is exact here too, but only because the total fits)
    assert _exact_total(np.array([4503599627370495.0, 1.0]), "x") == 4503599627370496.0
    # 3,000 figures of 9e15 could pass int64 (2.7e19): the Python path, which refuses the total as too large
    with pytest.raises(DataError, match="too large to total exactly"):
        _exact_total(np.full(3000, 9e15), "x")
