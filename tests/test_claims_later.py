"""check-claims --text on the unified Probation Service's later rounds: PDU and region names, counts over an
annual-report period against HMIP's published totals, a unit's rating and its change on re-inspection.

Worked by hand from probstat/data (providers.csv rows of sector PDU and region; rounds.csv): 2022-23 holds all
31 PDU inspections HMIP rated (1 Good, 15 Requires improvement, 15 Inadequate); 2024-25's published totals are
24 PDUs, 14 Inadequate and 10 Requires improvement, of which the data hold 22; Sheffield PDU was rated
Inadequate in 2022-23 (1 point of 27) and again in 2024-25; South Tyneside and Gateshead PDU (2022-23) and
Gateshead and South Tyneside PDU (2025-26) are one unit, rated Good and then Requires improvement; Lambeth PDU
scored 3 points in 2022-23."""

from __future__ import annotations

import pytest

from probstat.claims.verify import check_text
from probstat.loader import load

FRAME = load()


def _verdict(text: str) -> str:
    table = check_text(FRAME, text)
    assert len(table), text
    return set(table["sentence_verdict"]).pop() if table["sentence_verdict"].nunique() == 1 else "mixed"


@pytest.mark.parametrize("text,want", [
    ("In 2022-23, 15 of the 31 PDUs inspected were rated Inadequate.", "supported"),
    ("In 2022-23, 16 of the 31 PDUs inspected were rated Inadequate.", "contradicted"),
    ("In 2022-23 one PDU was rated Good.", "supported"),
    ("In 2022-23 no PDU was rated Good.", "contradicted"),
    # 2024-25: the published totals decide, though two PDUs are missing from the data
    ("In 2024-25, 14 PDUs were rated Inadequate.", "supported"),
    ("In 2024-25, 15 PDUs were rated Inadequate.", "contradicted"),
    ("Sheffield PDU was rated Inadequate in 2022-23.", "supported"),
    ("Sheffield PDU was rated Good in 2022-23.", "contradicted"),
    ("Sheffield PDU was inspected again and its rating did not change.", "supported"),
    ("Gateshead and South Tyneside PDU was rated Good in 2022-23.", "supported"),
    ("South Tyneside and Gateshead PDU was downgraded in 2025-26.", "supported"),
    ("In 2022-23 Lambeth PDU scored three points.", "supported"),
    ("In 2022-23 Lambeth PDU scored seven points.", "contradicted"),
    ("The Kent, Surrey and Sussex region was rated Requires improvement in 2024-25.", "supported"),
])
def test_later_round_sentences(text, want):
    assert _verdict(text) == want


def test_a_pdu_text_reads_the_pdu_as_its_subject():
    # North Wales PDU: one inspection, 2025-26, Requires improvement
    text = ("North Wales PDU needs to improve, say inspectors\n\nInspectors visited the service in 2025. "
            "The PDU was rated 'Requires improvement'.")
    table = check_text(FRAME, text)
    row = table[table["shape"] == "provider-rating"].iloc[0]
    assert row["verdict"] == "supported" and row["round"].startswith("2025-26")


def test_an_undated_change_of_a_unit_never_inspected_before_is_not_judged():
    # North Wales PDU has one inspection in the data: no earlier rating to compare
    table = check_text(FRAME, "North Wales PDU was downgraded.")
    assert set(table["verdict"]) == {"unverifiable"}
