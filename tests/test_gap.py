"""Tests for probstat.analysis.gap.

Expected values are worked out by hand (arithmetic in the comments) from the bundled data or from the
synthetic fixture below, never copied from the function's output.
"""

from __future__ import annotations

import pandas as pd
import pytest

from probstat.analysis.gap import ALL_DOMAINS, GAP_COLUMNS, domains, gap
from probstat.errors import ExitCode, UnknownChoice
from probstat.loader import load
from probstat.published import load_rounds, load_sector_figures

#: gap() uses the bundled published tables by default, as the command does; these empty ones stand for none,
#: for tests of what the provider data alone give.
NO_FIGURES = load_sector_figures().iloc[0:0]
NO_ROUNDS = load_rounds().iloc[0:0]


def _row(table: pd.DataFrame, **where) -> pd.Series:
    mask = pd.Series(True, index=table.index)
    for key, value in where.items():
        mask &= table[key] == value
    assert mask.sum() == 1, f"expected one row for {where}, got {int(mask.sum())}"
    return table[mask].iloc[0]


def test_overall_2018_19_anchors(bundled_frame):
    table = gap(bundled_frame, domain="overall")
    assert list(table.columns) == list(GAP_COLUMNS)
    assert list(table["kind"]) == ["mean_score", "share_good_or_better"]

    share = _row(table, kind="share_good_or_better")
    assert share["unit"] == "percentage points"
    # Good or better: NPS 5 of 7, CRC 1 of 21 (hampshire-iow-crc).
    assert (share["nps_k"], share["nps_n"], share["crc_k"], share["crc_n"]) == (5, 7, 1, 21)
    assert share["nps"] == pytest.approx(500 / 7)  # 71.43
    assert share["crc"] == pytest.approx(100 / 21)  # 4.76
    assert share["gap"] == pytest.approx(500 / 7 - 100 / 21)  # 66.67
    # Fisher, table [[5, 2], [1, 20]], margins rows 7 and 21, first column 6. Weights C(7,x)*C(21,6-x) for
    # x = 0..6: 54264, 142443, 125685, 46550, 7350, 441, 7 (sum 376740 = C(28,6)). Observed x = 5 (441);
    # as or less likely: x = 5 and x = 6 -> (441 + 7) / 376740 = 0.001189.
    assert share["p_value"] == pytest.approx(448 / 376740, rel=1e-9)
    # Newcombe hybrid score interval for 5/7 - 1/21, from HMIP's figures worked through the Wilson bounds.
    assert share["ci_low"] == pytest.approx(26.87, abs=0.005)
    assert share["ci_high"] == pytest.approx(87.39, abs=0.005)
    assert (share["nps_coverage"], share["crc_coverage"]) == ("7 of 7", "21 of 21")

    mean = _row(table, kind="mean_score")
    assert mean["unit"] == "points"
    # NPS (5 Good * 2 + 2 RI * 1) / 7 = 12/7 = 1.714; CRC (1*2 + 19*1 + 1*0) / 21 = 21/21 = 1.000.
    assert mean["nps"] == pytest.approx(12 / 7)
    assert mean["crc"] == pytest.approx(1.0)
    assert mean["gap"] == pytest.approx(5 / 7)  # 0.714 points
    # Exact permutation test over C(28, 7) = 1184040 splits: 1282 of them give |difference| >= 5/7 (worked
    # by hand in tests/test_permutation.py), p = 1282/1184040 = 0.00108.
    assert mean["p_value"] == 1282 / 1184040
    # No interval on the mean of band codes (issue 24: the inverted shift interval assumed a constant shift,
    # which cannot hold on 0-3). The ordinal effect instead: NPS pairs above CRC: 5 Good x (19 RI + 1 Inad)
    # = 100, 2 RI x 1 Inad = 2; ties: 5 Good x 1 Good + 2 RI x 19 RI = 43; (102 + 43/2) / (7 x 21) = 247/294.
    assert pd.isna(mean["ci_low"]) and pd.isna(mean["ci_high"])
    assert mean["effect"] == pytest.approx(247 / 294)  # 0.840
    assert 0 <= mean["effect_low"] <= mean["effect"] <= mean["effect_high"] <= 1
    assert "bootstrap percentile 95% interval" in mean["method"]
    # The smallest p any ratings could give 7 against 21: 1 / C(28, 7) (stats.min_attainable_p).
    assert mean["min_p"] == share["min_p"] == pytest.approx(1 / 1184040)
    assert pd.isna(mean["nps_k"])
    # Fragility: 2 one-step rating changes for the mean (one NPS division Good -> Inadequate gives 0.075);
    # 3 providers across the Good line for Fisher (tables 1 and 2 flips away all stay below 0.05; scipy).
    assert (mean["fragility"], share["fragility"]) == (2, 3)
    # Holm over the two tests: sorted 0.00108, 0.00119 -> 2 * 0.00108 = 0.00217 and max(0.00217, 0.00119).
    assert mean["p_holm"] == pytest.approx(2 * 1282 / 1184040)
    assert share["p_holm"] == pytest.approx(2 * 1282 / 1184040)
    assert mean["method"].startswith("exact permutation test over all 1,184,040 ways of labelling")
    assert "two-sided" in mean["method"] and "two-sided" in share["method"]
    # No coverage notes (every provider is known): the headline sentence, the Holm family and fragility.
    notes = table.attrs["notes"]
    assert len(notes) == 3 and notes[0] == mean["summary"]
    assert notes[1].startswith("p_holm: Holm's adjustment over a family of 2 two-sided test(s), those of overall")
    assert notes[2].startswith("fragility:")


def test_round_all_gives_one_block_per_round(bundled_frame):
    table = gap(bundled_frame, domain="overall", round_="all")
    # 2020-21 holds NPS South West alone; the PDU and regional rounds are left out (issue 22)
    assert list(table["round"]) == ["2018-19", "2018-19", "2019-20", "2019-20", "2020-21", "2020-21"]
    # 2019-20: NPS 1 of 1 Good (nps-north-west); CRC 1 of 7 Good (dtv-crc) -> 100 - 100/7 = 85.71.
    share = _row(table, round="2019-20", kind="share_good_or_better")
    assert share["gap"] == pytest.approx(100 - 100 / 7)


def test_organisation_domain_with_no_nps_leadership(bundled_frame):
    table = gap(bundled_frame, domain="organisation")
    assert list(table["nps_column"]) == ["leadership", "leadership", "staff", "staff", "services", "services",
                                         "information_facilities", "information_facilities"]
    lead = _row(table, nps_column="leadership", kind="share_good_or_better")
    # Leadership known for 0 of 7 NPS and 3 of 21 CRCs (all Good or better): the CRC side is known,
    # the NPS side and the gap are not.
    assert pd.isna(lead["nps"]) and pd.isna(lead["gap"]) and pd.isna(lead["p_value"]) and pd.isna(lead["ci_low"])
    assert lead["crc"] == pytest.approx(100.0) and lead["crc_k"] == 3
    assert (lead["nps_coverage"], lead["crc_coverage"]) == ("0 of 7", "3 of 21")
    notes = table.attrs["notes"]
    assert ("organisation: leadership known for 0 of 7 NPS and 3 of 21 CRC providers in 2018-19; load fuller "
            "data with --data to compute this gap") in notes
    # Staff: 7 NPS and hampshire-iow-crc, all Requires improvement: mean 1 - 1 = 0, share 0 - 0 = 0, and
    # Fisher on [[0, 7], [0, 1]] has only one possible table, so p = 1.
    staff = _row(table, nps_column="staff", kind="share_good_or_better")
    assert staff["gap"] == 0 and staff["p_value"] == pytest.approx(1.0)
    assert any(note.startswith("organisation: staff known for 7 of 7 NPS and 1 of 21 CRC") for note in notes)


def test_sector_specific_compares_different_standards_by_position(bundled_frame):
    table = gap(bundled_frame, domain="sector-specific")
    pairs = table[["nps_column", "crc_column"]].drop_duplicates().values.tolist()
    assert pairs == [["court_reports", "unpaid_work"], ["victim_work", "through_the_gate"]]
    assert table["measure"].str.contains("different standards").all()
    victim = _row(table, nps_column="victim_work", kind="mean_score")
    # Victim work (NPS): north-west Outstanding, south-east-eastern Good, south-west-south-central Good
    # -> (3 + 2 + 2) / 3 = 7/3. Through the Gate (CRC): bench Inadequate, bgsw Good, hampshire-iow RI,
    # wwm Good -> (0 + 2 + 1 + 2) / 4 = 5/4. Gap 7/3 - 5/4 = 13/12.
    assert victim["gap"] == pytest.approx(13 / 12)
    share = _row(table, nps_column="victim_work", kind="share_good_or_better")
    # 3 of 3 vs 2 of 4: 100 - 50 = 50 points. Fisher [[3, 0], [2, 2]]: weights C(3,x)*C(4,5-x) for x = 1..3
    # are 3, 12, 6 (sum 21); observed x = 3 (6); x = 1 and 3 are no more likely -> 9/21 = 3/7.
    assert share["gap"] == pytest.approx(50.0)
    assert share["p_value"] == pytest.approx(3 / 7)
    # Court reports known for no NPS division: its gap is unknown.
    court = _row(table, nps_column="court_reports", kind="share_good_or_better")
    assert pd.isna(court["gap"]) and court["crc_n"] == 2


def test_single_standard_and_spelling(bundled_frame):
    table = gap(bundled_frame, domain="Case_Supervision")
    assert table["domain"].unique().tolist() == ["case-supervision"]
    one = gap(bundled_frame, domain="victim-work")  # a sector-specific standard brings its positional partner
    assert one[["nps_column", "crc_column"]].drop_duplicates().values.tolist() == [["victim_work",
                                                                                     "through_the_gate"]]


def test_risk_on_bundled_data_is_thin_but_does_not_raise(bundled_frame):
    table = gap(bundled_frame, domain="risk", figures=NO_FIGURES)
    # Four key questions x (provider_mean, case_weighted) + one largest_gap row.
    assert list(table["kind"]) == ["provider_mean", "case_weighted"] * 4 + ["largest_gap"]
    assert table[["nps", "crc", "gap"]].isna().all().all()
    assert table["summary"].str.contains("can be computed|largest gap is unknown").all()
    assert "load fuller data with --data to compute this gap" in table.attrs["notes"][0]
    assert table.attrs["notes"][0] == ("risk: kq2_1_safety known for 0 of 7 NPS and 0 of 21 CRC providers in "
                                       "2018-19; load fuller data with --data to compute this gap")


def test_unknown_domain_lists_valid_ones(bundled_frame):
    with pytest.raises(UnknownChoice) as info:
        gap(bundled_frame, domain="safety")
    message = str(info.value)
    for valid in ("overall", "organisation", "case-supervision", "sector-specific", "risk", "desistance",
                  "engagement", "leadership"):
        assert valid in message
    with pytest.raises(UnknownChoice):
        gap(bundled_frame, round_="2016-17")


# --- Key-question domains on a SYNTHETIC file ---------------------------------------------------------------
# Made-up providers and figures, chosen so every mean is easy to work by hand. Not real HMIP data.
SYNTHETIC = """\
round,provider_id,provider,sector,overall,cases_inspected,kq2_1_safety,kq2_2_safety,kq2_3_safety,kq2_4_safety
2018-19,nps-a,Synthetic NPS A,NPS,Good,40,80,60,70,50
2018-19,nps-b,Synthetic NPS B,NPS,Good,60,60,70,<40,
2018-19,crc-c,Synthetic CRC C,CRC,Requires improvement,50,40,50,60,
2018-19,crc-d,Synthetic CRC D,CRC,Requires improvement,30,50,60,40,
2018-19,crc-e,Synthetic CRC E,CRC,Inadequate,20,70,40,50,
"""


@pytest.fixture
def synthetic(tmp_path) -> pd.DataFrame:
    path = tmp_path / "synthetic-providers.csv"
    path.write_text(SYNTHETIC)
    return load(path)


def test_risk_provider_mean_and_case_weighted_gaps(synthetic):
    table = gap(synthetic, domain="risk")
    # kq2_1: provider mean NPS (80 + 60) / 2 = 70, CRC (40 + 50 + 70) / 3 = 53.33 -> gap 16.67.
    mean = _row(table, nps_column="kq2_1_safety", kind="provider_mean")
    assert mean["nps"] == pytest.approx(70.0) and mean["crc"] == pytest.approx(160 / 3)
    assert mean["gap"] == pytest.approx(70 - 160 / 3)
    assert (mean["nps_n"], mean["crc_n"], mean["unit"]) == (2, 3, "percentage points")
    # Case-weighted: NPS (80*40 + 60*60) / 100 = 6800 / 100 = 68; CRC (40*50 + 50*30 + 70*20) / 100 =
    # 4900 / 100 = 49 -> gap 19: the weighting moves the gap from 16.67 to 19.
    weighted = _row(table, nps_column="kq2_1_safety", kind="case_weighted")
    assert weighted["nps"] == pytest.approx(68.0) and weighted["crc"] == pytest.approx(49.0)
    assert weighted["gap"] == pytest.approx(19.0)
    assert (weighted["nps_cases"], weighted["crc_cases"]) == (100, 100)
    # kq2_2: means 65 vs 50 -> 15; weighted (60*40 + 70*60)/100 = 66 vs (50*50 + 60*30 + 40*20)/100 = 51 -> 15.
    assert _row(table, nps_column="kq2_2_safety", kind="provider_mean")["gap"] == pytest.approx(15.0)
    assert _row(table, nps_column="kq2_2_safety", kind="case_weighted")["gap"] == pytest.approx(15.0)


def test_qualified_percentage_left_out_and_largest_gap(synthetic):
    table = gap(synthetic, domain="risk")
    # kq2_3: nps-b's '<40' is a bound, not a value, so NPS rests on nps-a alone: 70 (n = 1).
    # CRC (60 + 40 + 50) / 3 = 50 -> gap 20. Had '<40' been read as 40, NPS would be 55 and the gap 5.
    kq3 = _row(table, nps_column="kq2_3_safety", kind="provider_mean")
    assert kq3["nps"] == pytest.approx(70.0) and kq3["nps_n"] == 1 and kq3["gap"] == pytest.approx(20.0)
    # Case-weighted over the same providers: NPS 70*40/40 = 70; CRC (60*50 + 40*30 + 50*20)/100 = 52 -> 18.
    kq3w = _row(table, nps_column="kq2_3_safety", kind="case_weighted")
    assert kq3w["gap"] == pytest.approx(18.0) and kq3w["nps_cases"] == 40
    assert any("nps-b <40" in note and "not in the means" in note for note in table.attrs["notes"])
    # kq2_4: NPS 50 (nps-a), no CRC figure -> unknown gap with a plain note.
    kq4 = _row(table, nps_column="kq2_4_safety", kind="provider_mean")
    assert kq4["nps"] == pytest.approx(50.0) and pd.isna(kq4["crc"]) and pd.isna(kq4["gap"])
    assert ("risk: kq2_4_safety known for 1 of 2 NPS and 0 of 3 CRC providers in 2018-19; load fuller data "
            "with --data to compute this gap") in table.attrs["notes"]
    # Largest provider-mean gap among 16.67 (2.1), 15 (2.2), 20 (2.3): kq2_3 with 20 points.
    largest = _row(table, kind="largest_gap")
    assert largest["nps_column"] == "kq2_3_safety" and largest["gap"] == pytest.approx(20.0)
    assert "kq2_3_safety" in largest["measure"]
    assert any("over 3 of 4 key questions only" in note for note in table.attrs["notes"])


def test_case_weighted_needs_every_case_count(tmp_path):
    # Synthetic again: crc-e's case count is missing, so the CRC case-weighted share would describe only
    # 2 of the 3 providers behind the provider mean; it is left unknown instead.
    path = tmp_path / "synthetic-no-cases.csv"
    path.write_text(SYNTHETIC.replace("Inadequate,20,", "Inadequate,,"))
    table = gap(load(path), domain="risk")
    weighted = _row(table, nps_column="kq2_1_safety", kind="case_weighted")
    assert weighted["nps"] == pytest.approx(68.0) and pd.isna(weighted["crc"]) and pd.isna(weighted["gap"])
    assert _row(table, nps_column="kq2_1_safety", kind="provider_mean")["gap"] == pytest.approx(70 - 160 / 3)
    assert any("cases_inspected known for 2 of 2 NPS and 2 of 3 CRC" in n for n in table.attrs["notes"])


def test_domain_whose_columns_the_file_lacks(synthetic):
    table = gap(synthetic, domain="desistance", figures=NO_FIGURES)  # the synthetic file has no desistance columns
    assert table[["nps", "crc", "gap"]].isna().all().all()
    notes = table.attrs["notes"]
    assert len(notes) == 5
    assert notes[4] == ("desistance: nothing to compare in 2018-19: no provider has figures for both sectors "
                        "(kq2_1_desistance, kq2_2_desistance, kq2_3_desistance, kq2_4_desistance) and no sector "
                        "figures were given")


# --- Several domains, published figures, sentences ---------------------------------------------------------


def test_domain_lists_and_all():
    assert domains("all") == ALL_DOMAINS == ("overall", "organisation", "case-supervision", "risk", "desistance",
                                             "engagement")
    assert domains("Risk, overall,risk") == ("risk", "overall")
    with pytest.raises(UnknownChoice):
        domains("risk,safety")
    with pytest.raises(UnknownChoice):
        domains(" , ")


def test_all_domains_in_order_with_holm_over_the_tests_that_can_reach_5_per_cent(bundled_frame):
    table = gap(bundled_frame, domain="all", figures=load_sector_figures())
    assert list(dict.fromkeys(table["domain"])) == list(ALL_DOMAINS)
    # Issue 24: 7 divisions against 1 CRC (staff) can never give p below 1/8, nor 2 against 2 below 2/6:
    # such tests only inflate Holm's adjustment, so the family is the tests whose smallest p is below 0.05.
    cannot = table[table["p_value"].notna() & (table["min_p"] >= 0.05)]
    assert len(cannot) == 8 and cannot["p_holm"].isna().all()
    assert sorted(cannot["min_p"].round(4).unique()) == [0.1, 0.125, 0.25, 0.3333]  # 2v3, 7v1, 1v3, 2v2
    tested = table[table["p_value"].notna() & (table["min_p"] < 0.05)]
    # Holm by hand from the table's own p-values (sorted, times m - rank, running maximum, capped at 1).
    ps = sorted(tested["p_value"])
    m, running, expected = len(ps), 0.0, {}
    for rank, p in enumerate(ps):
        running = max(running, min(1.0, (m - rank) * p))
        expected.setdefault(p, running)
    for p, adjusted in zip(tested["p_value"], tested["p_holm"], strict=True):
        assert adjusted == pytest.approx(expected[p])
    assert table.loc[table["p_value"].isna(), "p_holm"].isna().all()
    assert any(n.startswith(f"p_holm: Holm's adjustment over a family of {m} two-sided")
               for n in table.attrs["notes"])
    # The same test, the same adjusted p whether shown alone or with every domain.
    alone = gap(bundled_frame, domain="overall")
    assert list(alone["p_holm"]) == list(table.loc[table["domain"] == "overall", "p_holm"])
    # ... and a named family gives one domain the adjustment of a larger table.
    named = gap(bundled_frame, domain="organisation", family="all")
    assert named["p_holm"].isna().all()  # none of organisation's tests can reach 5%
    assert any("those of overall, organisation" in n for n in named.attrs["notes"])
    # One headline per domain that has something to say; desistance says what is missing.
    notes = table.attrs["notes"]
    assert any(n.startswith("overall: In 2018-19 NPS divisions scored 1.71") for n in notes)
    assert any(n.startswith("desistance: nothing to compare in 2018-19") for n in notes)


def test_risk_falls_back_to_published_figures(bundled_frame):
    table = gap(bundled_frame, domain="risk", figures=load_sector_figures())
    pub = table[table["kind"] == "published"]
    # The bundled sector figures hold four risk figures for 2018-19 (release of 10 October 2019: 45%, 59%,
    # up to 25 points; Chief Inspector's lecture: over half); the 2019-20 ones are not in this round.
    assert list(pub["published"]) == ["CRC: 45 per cent", "CRC: 59 per cent", "CRC: up to 25 percentage points",
                                      "CRC: over half"]
    # Read by the one wording table (issue 24): "45 per cent" is [44.5, 45.5) as in check-claims, "up to 25
    # percentage points" a maximum [0, 25], "over half" a bound (50, 100].
    assert list(pub["bounds"]) == ["[44.5, 45.5)", "[58.5, 59.5)", "[0, 25]", "(50, 100]"]
    assert pub["source_url"].str.startswith("http").all()
    # Published figures are never put in the computed columns.
    assert pub[["nps", "crc", "gap", "p_value"]].isna().all().all()
    assert pub["summary"].str.startswith("Published, not computed by probstat").all()
    assert table.attrs["notes"][-1] == pub["summary"].iloc[0]


# SYNTHETIC sector figures (made up, not HMIP's): one risk figure per round and one tied to no round.
SYNTHETIC_FIGURES = pd.DataFrame({
    "scope": ["CRC", "NPS", "all"], "round": ["2018-19", "2019-20", ""], "domain": ["risk"] * 3,
    "measure": ["synthetic_a_pct", "synthetic_b_pct", "synthetic_c_pct"], "value": ["~40", "<~30", "up to 9"],
    "unit": ["pct", "pct", "pp"], "basis": ["stated"] * 3, "wording": ["around 40%", "nearly 30%", "up to 9 points"],
    "source_url": ["https://example.org/synthetic"] * 3, "document": ["Synthetic document"] * 3,
    "note": ["synthetic share A; more", "", "synthetic gap C"], "number": [40.0, 30.0, 9.0],
    "qualifier": ["~", "<~", ""], "fraction": [False] * 3,
})


def test_published_rows_only_where_nothing_is_computed(synthetic, bundled_frame):
    # The synthetic providers have risk percentages, so no published row is shown for them.
    assert not (gap(synthetic, domain="risk", figures=SYNTHETIC_FIGURES)["kind"] == "published").any()
    table = gap(bundled_frame, domain="risk", round_="all", figures=SYNTHETIC_FIGURES)
    pub = table[table["kind"] == "published"]
    # 2018-19's figure, 2019-20's, then the one tied to no round, once.
    assert list(pub["round"].fillna("")) == ["2018-19", "2019-20", ""]
    # 'around 40%' is within 10% either side; 'nearly 30%' is [27, 30); 'up to 9' points is a maximum, [0, 9].
    assert list(pub["bounds"]) == ["[36, 44]", "[27, 30)", "[0, 9]"]
    assert list(pub["measure"]) == ["published: synthetic share A", "published: synthetic b pct",
                                    "published: synthetic gap C"]
    assert "(the source does not tie it to a round)" in pub["summary"].iloc[2]


def test_summary_sentence_words_the_numbers(bundled_frame):
    table = gap(bundled_frame, domain="overall", rounds=NO_ROUNDS)  # the wording without published totals
    mean = _row(table, kind="mean_score")["summary"]
    share = _row(table, kind="share_good_or_better")["summary"]
    # 1 / 0.0010827 = 923.6 -> about 1 time in 920; 1 / 0.0011891 = 841 -> 840.
    # What the p-value asks (issue 24): how unusual the gap is among all C(28, 7) = 1,184,040 labellings of
    # the same providers; not the cause, and not the cases sampled behind each rating.
    for text in ("scored 1.71 on average", "against 1 for CRCs", "a gap of 0.714;", "probability 0.84 (ties",
                 "bootstrap 95% interval", "about 1 time in 920", "exact permutation p = 0.00108",
                 "all 1,184,040 ways of labelling the same 28 providers as 7 NPS and 21 CRC",
                 "nothing about what causes the gap", "sampling of cases behind each rating",
                 "all 28 providers in the data (7 NPS, 21 CRC)",
                 "2 one-step rating changes would make it not significant at 5%", "not what causes it"):
        assert text in mean, text
    assert "95% interval 0.4 to 1" not in mean
    for text in ("71.43% of NPS divisions (5 of 7)", "4.76% of CRCs (1 of 21)", "66.67 percentage points",
                 "Newcombe 95% interval 26.87 to 87.39", "about 1 time in 840", "Fisher's exact p = 0.00119",
                 "3 providers moved across the Good line"):
        assert text in share, text


def test_partial_coverage_sentence_says_what_data_cannot(bundled_frame):
    staff = _row(gap(bundled_frame, domain="staff", rounds=NO_ROUNDS), kind="mean_score")
    # Staff: 7 NPS and 1 CRC (all Requires improvement): difference 0, every split gives 0, p = 1.
    assert staff["p_value"] == 1.0
    assert "the 7 of 7 NPS and 1 of 21 CRC providers whose figure is known" in staff["summary"]
    assert "not a random sample" in staff["summary"]


def test_cli_all_json(probstat):
    import json

    result = probstat("gap", "--domain", "all", "--format", "json")
    assert result.code == ExitCode.OK
    rows = json.loads(result.stdout)
    assert {"overall", "organisation", "case-supervision", "risk", "desistance", "engagement"} <= \
        {r["domain"] for r in rows}
    overall = {r["kind"]: r for r in rows if r["domain"] == "overall"}
    assert f"{overall['mean_score']['p_value']:.3g}" == "0.00108"
    assert f"{overall['share_good_or_better']['p_value']:.3g}" == "0.00119"
    risk = [r for r in rows if r["domain"] == "risk" and r["kind"] == "published"]
    assert risk and all(r["source_url"].startswith("http") for r in risk)
    assert all(r["summary"] for r in rows)
    # With no --domain the same table comes out: all is the default.
    assert probstat("gap", "--format", "json").stdout == result.stdout


def test_cli_published_listing(probstat):
    result = probstat("published", "--domain", "risk", "--round", "2018-19", "--format", "csv")
    assert result.code == ExitCode.OK
    lines = result.stdout.splitlines()
    assert lines[0].startswith("scope,round,domain,measure,value,unit,bounds")
    assert len(lines) == 1 + 4  # the four 2018-19 risk figures
    assert probstat("published", "--domain", "nonsense").code == ExitCode.USAGE


def test_sentences_measure_coverage_against_published_totals(bundled_frame):
    table = gap(bundled_frame, domain="overall", round_="all")  # the bundled rounds.csv by default
    # 2018-19: HMIP rated 7 NPS divisions and 21 CRCs, all in the data.
    first = _row(table, round="2018-19", kind="mean_score")["summary"]
    # Every provider HMIP rated is in the data: a census, and the sentence says so.
    assert "HMIP rated all 28 providers in the round (7 NPS, 21 CRC), so these ratings are a census" in first
    # 2019-20: HMIP rated 10 services (1 NPS, 9 CRC; release of 3 December 2020); the data hold 1 NPS, 7 CRC.
    later = _row(table, round="2019-20", kind="share_good_or_better")["summary"]
    assert "the 1 of 1 NPS and 7 of 9 CRC providers HMIP rated whose figure is in the data" in later
    assert "not a random sample" in later


def test_chances_and_intervals_in_words():
    from probstat.analysis import wording

    # 1/0.0010827 = 923.6 -> two significant figures; a p-value of 5% or more is worded as a share of splits.
    assert wording.chance(1282 / 1184040) == "about 1 time in 920"
    assert wording.chance(3 / 7) == "42.86% of the time"
    assert wording.interval(0.4, 1.0) == "95% interval 0.4 to 1"
    assert wording.interval(0.4, 1.0, "bootstrap") == "bootstrap 95% interval 0.4 to 1"
    assert wording.interval(float("-inf"), 2.5) == "95% interval: at most 2.5"
    assert wording.interval(float("-inf"), float("inf")) == "no 95% interval: too few providers to bound it"
    assert wording.fragility_clause(1, 0.01, "change", "changes") == \
        "; 1 change would make it not significant at 5%"
    assert wording.fragility_clause(None, 0.01, "change", "changes") == ""
    # The search stopped after ruling out 5 changes: the answer is more than 5, not "none".
    assert wording.fragility_clause(None, 0.01, "change", "changes", 5) == \
        "; more than 5 changes would be needed to make it not significant at 5% (the search stopped there)"


def test_large_groups_say_they_are_approximate(bundled_frame, monkeypatch):
    import probstat.stats.permutation

    monkeypatch.setattr(probstat.stats.permutation, "PERMUTATION_EXACT_WORK", 0)
    mean = _row(gap(bundled_frame, domain="overall"), kind="mean_score")
    assert mean["method"].startswith("permutation test, normal approximation (groups too large for the exact one)")
    assert "the permutation p (normal approximation)" in mean["summary"]
    assert pd.isna(mean["fragility"])  # not searched off the exact path


def test_stacked_domains_leave_out_measures_known_for_neither_sector():
    from probstat.loader import load

    frame = load()
    stacked = gap(frame, domain="all")
    # No provider's desistance key questions are public: one row says so instead of nine empty ones.
    desistance = stacked[stacked["domain"] == "desistance"]
    assert desistance["kind"].tolist() == ["not_known"]
    assert "kq2_1_desistance" in desistance["measure"].iloc[0]
    # 1.3 Services is known for no provider in 2018-19; 1.2 Staff is known for 7 NPS and 1 CRC.
    measures = set(stacked["measure"])
    assert not any(m.startswith("1.3 Services") for m in measures)
    assert "1.2 Staff: mean score (0-3)" in measures
    # Asked for alone, a domain keeps every measure, known or not (4 questions x 2 kinds + the largest gap).
    alone = gap(frame, domain="desistance")
    assert len(alone[alone["kind"] != "published"]) == 9


def test_a_large_user_file_is_not_measured_against_hmip_totals(probstat, tmp_path):
    # SYNTHETIC 200-row file for 2018-19: 40 NPS and 160 CRC rows, more than the 7 and 21 providers HMIP
    # rated, so they cannot be HMIP's providers one row each (issue 24: "the 33 of 7 NPS ... HMIP rated").
    ratings = ["Good", "Requires improvement", "Inadequate", "Outstanding"]
    lines = ["round,provider_id,provider,sector,overall"]
    for i in range(200):
        sector = "NPS" if i < 40 else "CRC"
        lines.append(f"2018-19,syn-{i},Synthetic {i},{sector},{ratings[i % 4] if sector == 'CRC' else 'Good'}")
    path = tmp_path / "synthetic-200.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = probstat("gap", "--domain", "overall", "--data", str(path), "--format", "csv")
    assert result.code == ExitCode.OK, result
    assert " of 7 NPS" not in result.stdout + result.stderr and "census" not in result.stdout
    assert "all 200 providers in the data (40 NPS, 160 CRC)" in result.stdout
    assert "the data hold 40 NPS and 160 CRC rows in 2018-19, more than the 7 NPS and 21 CRC" in result.stderr



def test_python_gap_says_what_the_command_says(bundled_frame, probstat):
    # probstat.gap(frame) and `probstat gap` share their defaults (every domain, the bundled sector figures and
    # round totals), so the sentences and notes match word for word.
    import json

    import probstat as api

    table = api.gap(bundled_frame)
    result = probstat("gap", "--format", "json")
    assert [row["summary"] for row in json.loads(result.stdout)] == [
        None if pd.isna(s) else s for s in table["summary"]]
    assert [line.removeprefix("note: ") for line in result.stderr.splitlines()] == table.attrs["notes"]
