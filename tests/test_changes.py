"""Tests for probstat.analysis.changes.

Pinned values were worked out by hand from probstat/data/providers.csv (working in the comments), not
copied from the code's output.
"""

from __future__ import annotations

import pandas as pd
import pytest

from probstat.analysis.changes import changes
from probstat.errors import UnknownChoice
from probstat.loader import load

# The 2019-20 rows (all with an overall rating, all with a 2018-19 row):
#   nps-north-west Good (2018-19 Good); dtv-crc Good (2018-19 Requires improvement);
#   dlnr, hlny, merseyside, northumbria, swm, west-yorkshire CRCs Requires improvement (2018-19 the same).
# Standards known in both rounds: only dtv-crc leadership (Outstanding in both). dlnr, northumbria, swm and
# west-yorkshire have case-supervision ratings in 2019-20 but none in 2018-19.
SIX_CRCS = ["dlnr-crc", "hlny-crc", "merseyside-crc", "northumbria-crc", "swm-crc", "west-yorkshire-crc"]


@pytest.fixture(scope="module")
def table(bundled_frame) -> pd.DataFrame:
    return changes(bundled_frame)


def test_columns(table):
    assert list(table.columns) == ["provider_id", "provider", "sector", "field", "before_round", "before",
                                   "after_round", "after", "change"]
    assert set(table["before_round"]) == {"2018-19"}
    assert set(table["after_round"]) == {"2019-20"}


def test_overall_rows(table):
    overall = table[table["field"] == "overall"].set_index("provider_id")
    assert len(overall) == 8  # all eight 2019-20 providers have an overall rating and a 2018-19 row
    assert overall.loc["dtv-crc", ["before", "after", "change"]].tolist() == [
        "Requires improvement", "Good", "up"]  # score 1 -> 2
    assert overall.loc["nps-north-west", ["before", "after", "change"]].tolist() == ["Good", "Good", "same"]
    for pid in SIX_CRCS:
        assert overall.loc[pid, ["before", "after", "change"]].tolist() == [
            "Requires improvement", "Requires improvement", "same"], pid


def test_standard_rows(table):
    standards = table[table["field"] != "overall"]
    assert standards[["provider_id", "field", "before", "after", "change"]].values.tolist() == [
        ["dtv-crc", "leadership", "Outstanding", "Outstanding", "same"]]
    assert len(table) == 9  # 8 overall + 1 standard


def test_notes(table):
    notes = table.attrs["notes"]
    gaps = next(n for n in notes if "could not be compared" in n)
    for pid in ["nps-north-west", *SIX_CRCS]:
        assert pid in gaps
    assert "dtv-crc" not in gaps
    assert not any("with no 2018-19 row" in n for n in notes)


def test_unknown_rounds(table):
    frame = load()
    with pytest.raises(UnknownChoice):
        changes(frame, before="2017-18")
    with pytest.raises(UnknownChoice):
        changes(frame, after="2030-31")
    with pytest.raises(UnknownChoice):
        changes(frame, before="2018-19", after="2018-19")


# --- synthetic data --------------------------------------------------------------------------------------

SYNTHETIC = """round,provider_id,provider,sector,overall,leadership,staff,court_reports
2020-21,syn-a,Synthetic A,NPS,Good,Good,Good,Outstanding
2020-21,syn-b,Synthetic B,NPS,,Good,,
2021-22,syn-a,Synthetic A,NPS,Requires improvement,Inadequate,,Good
2021-22,syn-b,Synthetic B,NPS,Good,Outstanding,,
2021-22,syn-new,Synthetic New,NPS,Good,,,
"""


def test_synthetic_moves_and_gaps(tmp_path):
    """SYNTHETIC data: down and up moves, an unknown overall, and a provider with no earlier row."""
    path = tmp_path / "synthetic_changes.csv"
    path.write_text(SYNTHETIC, encoding="utf-8")
    result = changes(load(path), before="2020-21", after="2021-22")
    rows = result[["provider_id", "field", "before", "after", "change"]].values.tolist()
    assert rows == [
        ["syn-a", "overall", "Good", "Requires improvement", "down"],  # 2 -> 1
        ["syn-a", "leadership", "Good", "Inadequate", "down"],  # 2 -> 0
        ["syn-a", "court_reports", "Outstanding", "Good", "down"],  # 3 -> 2
        ["syn-b", "leadership", "Good", "Outstanding", "up"],  # 2 -> 3; overall unknown in 2020-21: no row
    ]
    notes = result.attrs["notes"]
    assert any("overall rating not known in both rounds" in n and "syn-b" in n for n in notes)
    assert any("with no 2020-21 row" in n and "syn-new" in n for n in notes)


def test_notes_say_the_later_round_is_partial(table):
    # rounds.csv: HMIP rated 10 services in 2019-20 (annual report release, December 2020); 8 are in the data.
    # 2018-19: all 28 rated and held, so no note.
    notes = table.attrs["notes"]
    assert any(n.startswith("2019-20: the data hold 8 of the 10 services HMIP rated") for n in notes)
    assert not any(n.startswith("2018-19:") for n in notes)
    assert any("not all the moves between the rounds" in n for n in notes)
    assert not any("lower bounds" in n for n in notes)  # changes has no counts to bound


def test_synthetic_rounds_have_unknown_completeness(tmp_path):
    path = tmp_path / "synthetic_changes.csv"
    path.write_text(SYNTHETIC, encoding="utf-8")
    notes = changes(load(path), before="2020-21", after="2021-22").attrs["notes"]
    assert any(n.startswith("2020-21: completeness unknown") for n in notes)
    assert any(n.startswith("2021-22: completeness unknown") for n in notes)


def test_notes_name_twenty_providers_then_count_the_rest():
    """Synthetic: 25 providers inspected in both rounds with no overall rating in either: the note names 20."""
    import pandas as pd

    from probstat.analysis.changes import changes

    rows = [{"round": rnd, "provider_id": f"syn-{i:02d}", "provider": f"Synthetic {i}", "sector": "CRC",
             "overall": None, "leadership": "Good"} for rnd in ("2018-19", "2019-20") for i in range(25)]
    table = changes(pd.DataFrame.from_records(rows), rounds=pd.DataFrame(columns=["round", "sector"]))
    # leadership Good in both rounds: one 'same' row per provider, in the later round's order
    assert table["provider_id"].tolist() == [f"syn-{i:02d}" for i in range(25)]
    assert set(table["change"]) == {"same"}
    gaps = next(n for n in table.attrs["notes"] if n.startswith("overall rating not known"))
    assert "syn-19" in gaps and "syn-20" not in gaps and gaps.endswith("and 5 more")


def test_every_field_compared_as_a_row_by_row_walk_would_on_synthetic_rows():
    """SYNTHETIC rows (random ratings, some not ratings at all, providers in a shuffled order, some only in
    one round): the table equals a plain walk over the later round's rows, provider by provider and field by
    field, written here without pandas."""
    import random

    from probstat import schema

    rng = random.Random(20191010)
    fields = ("overall", *schema.STANDARD_COLUMNS)
    values = [*schema.RATINGS, None, None, "n/a"]

    def row(rnd, pid):
        sector = rng.choice(schema.SECTORS)
        rec = {"round": rnd, "provider_id": pid, "provider": f"Synthetic {pid}", "sector": sector}
        rec.update({f: rng.choice(values) for f in fields})
        return rec

    earlier = [row("2018-19", f"syn-{i:03d}") for i in range(300)]
    later = [row("2019-20", f"syn-{i:03d}") for i in rng.sample(range(350), 200)]  # some with no 2018-19 row
    frame = pd.DataFrame.from_records(earlier + later)
    by_id = {r["provider_id"]: r for r in earlier}
    expected = []
    for now in later:
        was = by_id.get(now["provider_id"])
        if was is None:
            continue
        for f in fields:
            applies = f == "overall" or now["sector"] in schema.STANDARDS_BY_COLUMN[f].sectors
            if applies and was[f] in schema.SCORES and now[f] in schema.SCORES:
                step = schema.SCORES[now[f]] - schema.SCORES[was[f]]
                expected.append((now["provider_id"], f, was[f], now[f],
                                 "up" if step > 0 else "down" if step < 0 else "same"))
    got = changes(frame)[["provider_id", "field", "before", "after", "change"]]
    assert [tuple(r) for r in got.itertuples(index=False)] == expected
    assert len(expected) > 300
