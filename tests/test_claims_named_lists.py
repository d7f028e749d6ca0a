"""Names listed beside a number ("the two CRCs, A and B, ..."), standards joined to an overall rating ("rated
Inadequate overall and for leadership") and which inspection of a unit a text says it reports ("the PDU's first
inspection"). Synthetic sentences (our own words) checked against facts read by hand:

- providers.csv 2018-19: kss-crc and dtv-crc Requires improvement; nps-wales and nps-midlands Good, nps-london
  Requires improvement; 21 CRCs and 7 NPS divisions in the round; nps-wales staff Requires improvement and
  reviewing Outstanding; hampshire-iow-crc Good overall, assessment and planning Good, reviewing Inadequate.
- providers.csv 2024-25: bradford-calderdale-pdu Inadequate overall and on leadership, staff, assessment,
  planning, implementation and delivery and reviewing; sheffield-pdu Inadequate (and Inadequate in 2022-23);
  essex-south-pdu Requires improvement, its only row.
- providers.csv 2022-23: sheffield-pdu and kirklees-pdu published 2023-03-30, lambeth-pdu 2022-10-18; sheffield-pdu,
  kirklees-pdu and lambeth-pdu Inadequate, hull-east-riding-pdu Requires improvement (published 2023-03-30).
- providers.csv 2025-26: hmpps-national Requires improvement overall, services Inadequate, leadership empty.
- inspection_ordinals.csv, from HMIP's releases: essex-south-pdu's 2024-25 inspection its first since
  unification in 2021, sheffield-pdu's its second.
"""

from __future__ import annotations

import csv
import io

import pytest

from probstat.bundled import bundled_path
from probstat.claims.verify import check_text


def _verdict(frame, text: str) -> tuple[str, list[str]]:
    """The sentence verdict of the text's last sentence and the verdicts of its rows."""
    rows = check_text(frame, text)
    last = rows[rows["line"] == rows["line"].max()]
    return last["sentence_verdict"].iloc[0], list(last["verdict"])


TRUE = [
    # a number that counts the names beside it claims nothing of its own (not the 21 CRCs of the round)
    "In 2018-19 the two CRCs, Kent, Surrey and Sussex CRC and Durham Tees Valley CRC, were both rated Requires "
    "improvement.",
    "In 2018-19 the two divisions, NPS Wales and NPS Midlands, were both rated Good.",
    "NPS Wales and NPS Midlands, the two divisions, were rated Good in 2018-19.",
    "In 2018-19 all three units, Kent, Surrey and Sussex CRC, Durham Tees Valley CRC and London CRC, were rated "
    "Requires improvement.",
    # standards joined to the overall rating
    "In 2024-25 Bradford and Calderdale PDU was rated Inadequate overall and for leadership.",
    "In 2024-25 Bradford and Calderdale PDU was rated Inadequate overall, and also for leadership, staffing, "
    "assessment, planning, implementation and delivery, and reviewing.",
    "In 2018-19 Hampshire and Isle of Wight CRC was rated Good overall and for assessment and planning.",
    # a date shared by the units listed before the verb
    "The reports on Sheffield PDU and Kirklees PDU were published on 30 March 2023.",
    # "the other two are A and B. All three ...": the two named and the text's own unit
    "Sheffield PDU was rated Inadequate in 2022-23. The other two are Kirklees PDU and Lambeth PDU.\n"
    "All three were rated Inadequate.",
    "Sheffield PDU was rated Inadequate in 2022-23. The other two are Kirklees PDU and Hull and East Riding PDU.\n"
    "All three reports came out on 30 March 2023.",
    # a standard named before the unit, rated "as" a rating whose name is also a verb ("requires improvement")
    "Probation ratings\n\nIn its national inspection, HMIP rated the services standard at HMPPS as Inadequate.",
    # which inspection, as HMIP's release states it
    "Essex South PDU was rated Requires improvement in 2024-25.\nIt was the PDU's first inspection.",
    "Sheffield PDU was rated Inadequate in 2024-25.\nIt was the PDU's second inspection.",
]

FALSE = [
    "In 2018-19 the two CRCs, Kent, Surrey and Sussex CRC and Durham Tees Valley CRC, were both rated Good.",
    "NPS Wales and NPS London, the two divisions, were rated Good in 2018-19.",
    "In 2018-19 NPS Wales was rated Good overall and for staffing.",
    "In 2018-19 Hampshire and Isle of Wight CRC was rated Good overall, and also for assessment, planning and "
    "reviewing.",
    "In 2024-25 Bradford and Calderdale PDU was rated Inadequate overall and Good for leadership.",
    "The reports on Lambeth PDU and Kirklees PDU were published on 30 March 2023.",
    "Sheffield PDU was rated Inadequate in 2022-23. The other two are Kirklees PDU and Hull and East Riding PDU.\n"
    "All three were rated Inadequate.",
    "Sheffield PDU was rated Inadequate in 2022-23. The other two are Kirklees PDU and Lambeth PDU.\n"
    "All three reports came out on 30 March 2023.",
    "Probation ratings\n\nIn its national inspection, HMIP rated the services standard at HMPPS as Requires "
    "improvement.",
    "Essex South PDU was rated Requires improvement in 2024-25.\nIt was the PDU's second inspection.",
    "Sheffield PDU was rated Inadequate in 2024-25.\nIt was the PDU's first inspection.",
]

# the text disagrees with itself (a number or a kind that does not fit the names): never supported
SELF_CONTRADICTED = [
    # (not a contradiction either: the data hold no leadership rating of the national inspection; it is never
    # read as the overall rating, which is Requires improvement)
    "Probation ratings\n\nHMIP rated the leadership standard at HMPPS as Requires improvement.",
    "In 2018-19 the three divisions, NPS Wales and NPS Midlands, were both rated Good.",
    "In 2018-19 the two CRCs, NPS Wales and NPS Midlands, were both rated Good.",
]


@pytest.mark.parametrize("sentence", TRUE)
def test_true_sentences_are_supported(bundled_frame, sentence):
    verdict, rows = _verdict(bundled_frame, sentence)
    assert verdict == "supported", (sentence, rows)


@pytest.mark.parametrize("sentence", FALSE)
def test_false_sentences_are_contradicted(bundled_frame, sentence):
    verdict, rows = _verdict(bundled_frame, sentence)
    assert verdict == "contradicted", (sentence, rows)


@pytest.mark.parametrize("sentence", SELF_CONTRADICTED)
def test_a_number_that_does_not_fit_the_names_is_not_supported(bundled_frame, sentence):
    verdict, rows = _verdict(bundled_frame, sentence)
    assert verdict != "supported" and "contradicted" not in rows, (sentence, rows)


def test_every_standard_joined_to_the_overall_rating_is_a_row(bundled_frame):
    rows = check_text(bundled_frame, "In 2024-25 Bradford and Calderdale PDU was rated Inadequate overall, and "
                                     "also for leadership, staffing and reviewing.")
    assert sorted(rows["reading"]) == sorted(f"bradford-calderdale-pdu rated Inadequate {c}" for c in (
        "overall", "on leadership", "on staff", "on reviewing"))


def test_the_numbers_of_the_round_are_not_read_from_a_count_of_names(bundled_frame):
    rows = check_text(bundled_frame, "In 2018-19 the two CRCs, Kent, Surrey and Sussex CRC and Durham Tees "
                                     "Valley CRC, were both rated Requires improvement.")
    assert "population size" not in set(rows["shape"])


def _table(name: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(bundled_path(name).read_text(encoding="utf-8"))))


def test_stated_ordinals_name_inspections_the_data_hold_and_fit_their_rounds():
    units = {(r["provider_id"], r["round"]): r["sector"] for r in _table("providers.csv")}
    rounds: dict[str, list[str]] = {}
    for pid, rnd in units:
        rounds.setdefault(pid, []).append(rnd)
    rows = _table("inspection_ordinals.csv")
    assert len(rows) == 16
    for r in rows:
        assert units.get((r["provider_id"], r["round"])) == "PDU", r
        assert r["source_url"].startswith("https://") and r["note"], r
        assert r["since"] == "unification in 2021", r
        # the data may lack an earlier inspection, never hold more than the source counts
        held_before = sum(1 for x in rounds[r["provider_id"]] if x < r["round"])
        assert int(r["ordinal"]) >= held_before + 1, r
    # the two counted by hand from the releases
    got = {(r["provider_id"], r["round"]): r["ordinal"] for r in rows}
    assert got[("essex-south-pdu", "2024-25")] == "1" and got[("sheffield-pdu", "2024-25")] == "2"


def test_a_standard_with_a_predicate_of_its_own_is_not_joined_to_the_overall_rating(bundled_frame):
    # nps-wales 2018-19: Good overall, Outstanding on reviewing; "in reviewing it was rated Outstanding" is the
    # standard's own rating, not "Good overall and in reviewing"
    rows = check_text(bundled_frame, "In 2018-19 NPS Wales was rated Good overall, and in reviewing it was rated "
                                     "Outstanding.")
    assert "nps-wales rated Good on reviewing" not in set(rows["reading"])
