"""Tests for probstat.analysis.league.

Pinned values were worked out by hand from probstat/data/providers.csv (working in the comments), not
copied from the code's output. A provider's total is the sum of its ten standards' scores (Outstanding 3,
Good 2, Requires improvement 1, Inadequate 0); HMIP's bands: Inadequate 0-5, Requires improvement 6-15,
Good 16-25, Outstanding 26-30. An unknown standard may score 0-3.
rank_best = 1 + (providers whose lowest total is above this one's highest);
rank_worst = providers, itself included, whose highest total is at or above this one's lowest.
"""

from __future__ import annotations

import csv
import io

import pandas as pd
import pytest

from probstat import schema
from probstat.analysis.consistency import feasible_scores
from probstat.analysis.league import league, rank_bounds, reachable_totals, score_range
from probstat.errors import UnknownChoice
from probstat.loader import load


@pytest.fixture(scope="module")
def table(bundled_frame) -> pd.DataFrame:
    return league(bundled_frame)


def rows_by_id(frame: pd.DataFrame) -> pd.DataFrame:
    return frame.set_index("provider_id")


# --- bundled 2018-19 -------------------------------------------------------------------------------------

def test_good_providers_could_be_in_any_of_the_top_six_places(table):
    # Good band 16-25. Known standards:
    #   nps-midlands, nps-north-east: staff RI (1) + 9 unknown (0-27) -> 1-28 -> in band 16-25
    #   nps-north-west: staff RI + victim work O = 4, 8 unknown (0-24) -> 4-28 -> 16-25
    #   nps-wales: staff RI + reviewing O = 4 -> 16-25
    #   nps-south-west-south-central: staff RI 1 + assessment O 3 + planning G 2 + victim work G 2 = 8,
    #       6 unknown (0-18) -> 8-26 -> 16-25
    #   hampshire-iow-crc: staff RI 1, information O 3, assessment G 2, planning G 2, implementation RI 1,
    #       reviewing I 0, through the gate RI 1 = 10, 3 unknown (0-9) -> 10-19 -> 16-19
    # Best: nobody's lowest (16 at most among the others; RI at most 15) is above any Good one's highest
    # (19 or 25) -> 1. Worst: all six Good ones can reach 16 or more, no RI provider can -> 6.
    rows = rows_by_id(table)
    good = rows[rows["overall"] == "Good"]
    assert sorted(good.index) == ["hampshire-iow-crc", "nps-midlands", "nps-north-east", "nps-north-west",
                                  "nps-south-west-south-central", "nps-wales"]
    assert good["rank_best"].tolist() == [1] * 6
    assert good["rank_worst"].tolist() == [6] * 6
    assert good["rank"].isna().all()
    assert rows.loc["hampshire-iow-crc", ["score_min", "score_max"]].tolist() == [16, 19]
    for pid in ("nps-midlands", "nps-north-east", "nps-north-west", "nps-south-west-south-central", "nps-wales"):
        assert rows.loc[pid, ["score_min", "score_max"]].tolist() == [16, 25]
    assert set(table.head(6)["overall"]) == {"Good"}


def test_inadequate_provider_is_last_for_certain(table):
    # ddc-crc: nothing known but Inadequate -> 0-5; all 27 others score 6 or more -> 28 at both ends
    last = table.iloc[-1]
    assert last["provider_id"] == "ddc-crc"
    assert [last["score_min"], last["score_max"], last["rank_best"], last["rank_worst"], last["rank"]] == [
        0, 5, 28, 28, 28]
    assert not last["tied"]
    assert set(table["compared"]) == {28}


def test_requires_improvement_ranges(table):
    # Exact totals from stated counts that cover all ten standards:
    #   london-crc G5 RI5 -> 15; nps-south-east-eastern G5 RI5 -> 15; wwm-crc G3 RI7 -> 13;
    #   cumbria-lancashire-crc G1 RI5 I4 -> 7. The other 17 RI providers: 6-15 (their known ratings never
    #   lift the lowest total above 6 nor cap the highest below 15, e.g. norfolk-suffolk O + 4 I = 3,
    #   5 unknown -> 3-18 -> 6-15).
    # london-crc: best 1 + 6 Good = 7; worst: 6 Good + 17 ranged + both 15s = 25; rank 7 certain, maybe shared.
    # wwm-crc: best 1 + 6 + 2 (the two 15s) = 9; worst 6 + 17 + 2 + itself = 26.
    # cumbria: best 1 + 6 + 3 (15, 15, 13) = 10; worst 6 + 17 + 3 + itself = 27.
    # ranged ones: best 7; worst 27 (everyone but ddc-crc can reach 6).
    rows = rows_by_id(table)
    assert rows.loc["london-crc", ["score_min", "score_max", "rank_best", "rank_worst", "rank"]].tolist() == [
        15, 15, 7, 25, 7]
    assert rows.loc["london-crc", "tied"]
    assert rows.loc["nps-south-east-eastern", ["score_min", "rank_best", "rank_worst"]].tolist() == [15, 7, 25]
    assert rows.loc["wwm-crc", ["score_min", "score_max", "rank_best", "rank_worst"]].tolist() == [13, 13, 9, 26]
    assert pd.isna(rows.loc["wwm-crc", "rank"])
    assert rows.loc["cumbria-lancashire-crc", ["score_min", "rank_best", "rank_worst"]].tolist() == [7, 10, 27]
    ranged = rows[(rows["overall"] == "Requires improvement") & (rows["score_min"] == 6)]
    assert len(ranged) == 17
    assert set(ranged["score_max"]) == {15}
    assert set(ranged["rank_best"]) == {7} and set(ranged["rank_worst"]) == {27}


def test_every_good_provider_ranks_above_every_worse_one(table):
    good = table[table["overall"] == "Good"]
    worse = table[table["overall"].isin(["Requires improvement", "Inadequate"])]
    assert good["rank_worst"].max() < worse["rank_best"].min()


def test_notes_say_what_the_order_can_tell(table):
    notes = table.attrs["notes"]
    assert any("the 6 Good providers could be in any order (positions 1-6)" in n and "16-25" in n for n in notes)
    assert any("the 21 Requires improvement providers" in n and "only partly ordered" in n for n in notes)
    assert any("ddc-crc: position 28" in n for n in notes)
    # known standard ratings: 21 NPS + 49 CRC (listed, or the stated n_std_* counts) = 70 of 280
    assert any("70 of 280 standard ratings known" in n for n in notes)


def test_known_counts_use_stated_figures(table):
    rows = rows_by_id(table)
    # london-crc lists no standard but states n_std_good 5, n_std_requires_improvement 5
    assert rows.loc["london-crc", ["outstanding", "good", "requires_improvement", "inadequate",
                                   "standards_known"]].tolist() == [0, 5, 5, 0, 10]
    assert rows.loc["cgm-crc", ["standards_known", "standards_unknown"]].tolist() == [0, 10]


def test_sector_filter_reranks(bundled_frame):
    nps = rows_by_id(league(bundled_frame, sector="nps"))
    assert len(nps) == 7 and set(nps["sector"]) == {"NPS"}
    # five Good divisions 16-25 -> 1-5; nps-south-east-eastern 15 exact -> best 6, worst 7 (london can reach 15),
    # rank 6 certain; nps-london 6-15 -> 6-7
    good = nps[nps["overall"] == "Good"]
    assert set(good["rank_best"]) == {1} and set(good["rank_worst"]) == {5}
    assert nps.loc["nps-south-east-eastern", ["rank_best", "rank_worst", "rank"]].tolist() == [6, 7, 6]
    assert nps.loc["nps-london", ["rank_best", "rank_worst"]].tolist() == [6, 7]
    assert list(nps.index[-2:]) == ["nps-south-east-eastern", "nps-london"]  # exact 15 before 6-15


def test_rank_bounds_is_the_claims_interface(bundled_frame):
    bounds = rank_bounds(bundled_frame, "2018-19", None)
    assert list(bounds.columns) == ["rank_best", "rank_worst", "rank", "tied", "round", "provider_id", "provider",
                                    "sector", "overall", "score_min", "score_max", "compared"]
    midlands = rows_by_id(bounds).loc["nps-midlands"]
    # "Midlands top of the league": possible (best 1), not certain (no certain rank)
    assert (midlands["rank_best"], midlands["rank_worst"], pd.isna(midlands["rank"])) == (1, 6, True)


def test_two_rounds_are_ranked_apart(bundled_frame):
    both = league(bundled_frame, round_="all")
    # 2020-21: NPS South West alone; the PDU and regional rounds are not in a table of totals out of 30
    assert dict(both.groupby("round")["compared"].first()) == {"2018-19": 28, "2019-20": 8, "2020-21": 1}
    # 2019-20: two Good (dtv-crc, nps-north-west) -> 1-2; six RI -> 3-8
    later = both[both["round"] == "2019-20"]
    assert set(later.loc[later["overall"] == "Good", "rank_worst"]) == {2}
    assert set(later.loc[later["overall"] == "Requires improvement", "rank_best"]) == {3}


def test_view_has_a_range_chart(table):
    chart = table.attrs["view"].chart
    assert (chart.low, chart.high, chart.group) == ("score_min", "score_max", "overall")


def test_unknown_choices(bundled_frame):
    with pytest.raises(UnknownChoice):
        league(bundled_frame, round_="2030-31")
    with pytest.raises(UnknownChoice):
        league(bundled_frame, sector="private")


# --- the score rules -------------------------------------------------------------------------------------

def test_reachable_totals_ends_match_the_validate_rule(bundled_frame):
    # consistency.feasible_scores (validate's rule) and reachable_totals must agree on every bundled row
    for row in bundled_frame.to_dict("records"):
        if row["sector"] not in schema.SECTORS:
            continue  # a PDU or region is not scored out of 30 (issue 22)
        ratings = {c: row.get(c) if isinstance(row.get(c), str) else None for c in schema.STANDARD_COLUMNS}
        counts = {r: (None if pd.isna(row.get(c)) else int(row[c])) for r, c in schema.STANDARD_COUNT_COLUMNS.items()}
        span = feasible_scores(row["sector"], ratings, counts)
        totals = reachable_totals(row["sector"], ratings, counts)
        assert span == (min(totals), max(totals)), row["provider_id"]


def test_stated_counts_can_leave_gaps():
    # SYNTHETIC: no Good and no Requires improvement among the ten -> each scores 3 or 0: totals 0, 3, ..., 30;
    # overall Good (16-25) leaves 18, 21, 24
    counts = {"Good": 0, "Requires improvement": 0}
    assert sorted(reachable_totals("NPS", {}, counts)) == list(range(0, 31, 3))
    assert score_range({"sector": "NPS", "overall": "Good", "n_std_good": 0, "n_std_requires_improvement": 0}) == (
        18, 24)


def test_contradictions_have_no_range():
    # SYNTHETIC: stated one Good, but two standards listed Good
    assert score_range({"sector": "CRC", "leadership": "Good", "staff": "Good", "n_std_good": 1}) is None
    # SYNTHETIC: eight Inadequate stated (at most 2 x 3 = 6 from the other two) cannot be Good
    assert score_range({"sector": "CRC", "overall": "Good", "n_std_inadequate": 8}) is None


# --- synthetic data --------------------------------------------------------------------------------------

CRC_STANDARDS = ("leadership,staff,services,information_facilities,assessment,planning,implementation_delivery,"
                 "reviewing,unpaid_work,through_the_gate")
NPS_STANDARDS = ("leadership,staff,services,information_facilities,assessment,planning,implementation_delivery,"
                 "reviewing,court_reports,victim_work")


def _complete_file(tmp_path) -> str:
    """SYNTHETIC providers, every standard known; totals worked out by hand in the comments."""
    o, g, r, i = "Outstanding", "Good", "Requires improvement", "Inadequate"
    crc = CRC_STANDARDS.split(",")
    nps = NPS_STANDARDS.split(",")
    providers = [
        ("syn-g", "NPS", o, [o] * 10),                 # 30
        ("syn-a", "CRC", g, [o] + [g] * 9),            # 3 + 18 = 21
        ("syn-b", "CRC", g, [g] * 10),                 # 20
        ("syn-c", "CRC", g, [g] * 8 + [r] * 2),        # 16 + 2 = 18
        ("syn-d", "NPS", g, [g] * 9 + [i]),            # 18 (ties with syn-c)
        ("syn-e", "CRC", r, [r] * 10),                 # 10
        ("syn-f", "CRC", i, [r] * 5 + [i] * 5),        # 5
    ]
    columns = ["round", "provider_id", "provider", "sector", "overall", *dict.fromkeys(crc + nps)]
    out = io.StringIO()
    writer = csv.DictWriter(out, fieldnames=columns, lineterminator="\n")
    writer.writeheader()
    for pid, sector, overall, ratings in providers:
        names = crc if sector == "CRC" else nps
        writer.writerow({"round": "2020-21", "provider_id": pid, "provider": f"Synthetic {pid}", "sector": sector,
                         "overall": overall, **dict(zip(names, ratings, strict=True))})
    path = tmp_path / "synthetic_complete.csv"
    path.write_text(out.getvalue(), encoding="utf-8")
    return str(path)


def test_complete_synthetic_file_gives_exact_ranks(tmp_path):
    """SYNTHETIC data with every standard known: ranks are exact, ties share a rank and span their places."""
    result = league(load(_complete_file(tmp_path)), round_="2020-21")
    # totals g 30, a 21, b 20, c 18, d 18, e 10, f 5 -> ranks 1, 2, 3, 4, 4, 6, 7 (c and d tied in places 4-5)
    assert result["provider_id"].tolist() == ["syn-g", "syn-a", "syn-b", "syn-c", "syn-d", "syn-e", "syn-f"]
    assert result["score_min"].tolist() == [30, 21, 20, 18, 18, 10, 5]
    assert result["score_max"].tolist() == result["score_min"].tolist()
    assert result["rank"].tolist() == [1, 2, 3, 4, 4, 6, 7]
    assert result["rank_best"].tolist() == [1, 2, 3, 4, 4, 6, 7]
    assert result["rank_worst"].tolist() == [1, 2, 3, 5, 5, 6, 7]
    assert result["tied"].tolist() == [False, False, False, True, True, False, False]
    assert (result["standards_known"] == 10).all()
    assert any("5 of 7 providers have a single possible position and 7 a certain rank" in n
               for n in result.attrs["notes"])


SYNTHETIC_PARTIAL = """round,provider_id,provider,sector,overall,leadership,staff,n_std_good
2020-21,syn-a,Synthetic A,CRC,Good,Outstanding,,
2020-21,syn-b,Synthetic B,CRC,Requires improvement,,,
2020-21,syn-c,Synthetic C,CRC,,Outstanding,Outstanding,
2020-21,syn-d,Synthetic D,CRC,Good,Good,Good,1
"""


def test_synthetic_unknown_overall_and_contradiction(tmp_path):
    """SYNTHETIC data: an unknown overall rating is bounded by the standards alone; a contradiction has no range."""
    path = tmp_path / "synthetic_partial.csv"
    path.write_text(SYNTHETIC_PARTIAL, encoding="utf-8")
    result = rows_by_id(league(load(path), round_="2020-21"))
    # a: Good, O known -> 3-27 -> 16-25. b: RI -> 6-15. c: two O = 6, 8 unknown -> 6-30.
    # d: two Good listed but one stated -> contradiction: no range, compared as 0-30.
    assert result.loc["syn-a", ["score_min", "score_max"]].tolist() == [16, 25]
    assert result.loc["syn-b", ["score_min", "score_max"]].tolist() == [6, 15]
    assert result.loc["syn-c", ["score_min", "score_max"]].tolist() == [6, 30]
    assert result.loc["syn-d", ["score_min", "score_max"]].isna().all()
    # a: best 1 (no one's lowest > 25: c 6, d 0); worst: a, c (30 >= 16), d (30) -> 3
    assert result.loc["syn-a", ["rank_best", "rank_worst"]].tolist() == [1, 3]
    # b: best 1 + (a: 16 > 15) = 2; worst: all four reach 6 -> 4
    assert result.loc["syn-b", ["rank_best", "rank_worst"]].tolist() == [2, 4]
    # c: best 1 (nobody's lowest above 30); worst 4. d (0-30): best 1, worst 4
    assert result.loc["syn-c", ["rank_best", "rank_worst"]].tolist() == [1, 4]
    assert result.loc["syn-d", ["rank_best", "rank_worst"]].tolist() == [1, 4]
    assert list(result.index) == ["syn-a", "syn-d", "syn-b", "syn-c"]  # by overall (unknown last), then rank_best
    notes = league(load(path), round_="2020-21").attrs["notes"]
    assert any("overall rating unknown" in n and "syn-c" in n for n in notes)
    assert any("syn-d contradict" in n for n in notes)


def test_cli_csv_carries_every_column(probstat):
    result = probstat("league", "--format", "csv")
    table = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["provider_id"] for r in table if r["rank_best"] == "28" and r["rank_worst"] == "28"] == ["ddc-crc"]
    assert {"score_min", "score_max", "rank_best", "rank_worst"} <= set(table[0])


def test_score_ranges_for_all_rows_at_once_equal_score_range_row_by_row():
    """Synthetic rows (random ratings, counts and overall ratings, many of them contradictory): the
    vectorised ranges that league uses agree with score_range, the row-by-row rule, on every row."""
    import random

    import pandas as pd

    from probstat import schema
    from probstat.analysis.league import score_range, score_ranges

    rng = random.Random(20191010)
    records = []
    for _ in range(3000):
        sector = rng.choice(schema.SECTORS)
        row = {"sector": sector, "overall": rng.choice([*schema.RATINGS, None])}
        for std in schema.STANDARDS:
            row[std.column] = rng.choice([*schema.RATINGS, None, None]) if sector in std.sectors else None
        for col in schema.STANDARD_COUNT_COLUMNS.values():
            row[col] = rng.choice([None, None, 0, 1, 2, 3, 5])
        records.append(row)
    rows = pd.DataFrame.from_records(records)
    low, high = score_ranges(rows)
    expected = [score_range(r) for r in records]
    assert [None if pd.isna(v) else int(v) for v in low] == [e[0] if e else None for e in expected]
    assert [None if pd.isna(v) else int(v) for v in high] == [e[1] if e else None for e in expected]
    assert sum(e is None for e in expected) > 100 and sum(e is not None for e in expected) > 100


def test_synthetic_names_that_need_quoting_and_a_long_list_of_unrated_providers(probstat, tmp_path):
    """SYNTHETIC file: 25 providers with nothing known, so each total is 0-30 and all 25 tie (best 1, worst
    25), in provider_id order; names with a comma or a quote come back whole from the csv; the note on
    unknown overall ratings names the first 20 and counts the other 5."""
    names = {1: 'Synthetic "Quoted" Ltd', 2: "Synthetic, with a comma"}
    lines = ["round,provider_id,provider,sector"]
    for i in range(25, 0, -1):  # written last first: the table still comes in provider_id order
        name = names.get(i, f"Synthetic {i}")
        lines.append(f'2018-19,syn-{i:02d},"{name.replace(chr(34), chr(34) * 2)}",CRC')
    path = tmp_path / "synthetic_unrated.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = probstat("league", "--data", str(path), "--format", "csv")
    table = list(csv.DictReader(io.StringIO(result.stdout)))
    assert [r["provider_id"] for r in table] == [f"syn-{i:02d}" for i in range(1, 26)]
    assert [r["provider"] for r in table[:2]] == [names[1], names[2]]
    ranges = {(r["score_min"], r["score_max"], r["rank_best"], r["rank_worst"]) for r in table}
    assert ranges == {("0", "30", "1", "25")}
    first_twenty = ", ".join(f"syn-{i:02d}" for i in range(1, 21))
    assert f"overall rating unknown, so the total is bounded by the known standards alone: {first_twenty} and 5 more" \
        in result.stderr
