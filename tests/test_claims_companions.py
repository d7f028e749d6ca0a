"""A unit set beside another's rating ("as was B", "like B", "along with B", "B fared no better", "ratings went to
A and B") is a claim about B too: read, or listed unread, never carried by A's true rating.

Synthetic sentences (our own words) from templates. The facts, read by hand from probstat/data/providers.csv
(round 2022-23): lambeth-pdu, ealing-hillingdon-pdu and staffordshire-stoke-pdu were rated Inadequate;
warwickshire-pdu and newham-pdu Requires improvement.
"""

from __future__ import annotations

import pytest

from probstat.claims.verify import check_text

TEMPLATES = (
    "{A} was rated Inadequate in 2022-23, as was {B}.",
    "{A} and {B} were rated Inadequate in 2022-23.",
    "In 2022-23 both {A} and {B} were rated Inadequate.",
    "{A} was rated Inadequate in 2022-23, and so was {B}.",
    "{A}, like {B}, was rated Inadequate in 2022-23.",
    "Like {B}, {A} was rated Inadequate in 2022-23.",
    "{A} was rated Inadequate in 2022-23, as were {B} and {C}.",
    "{A} was rated Inadequate in 2022-23, just as {B} was.",
    "{A} was rated Inadequate in 2022-23, joining {B}.",
    "{A} was rated Inadequate in 2022-23, a rating shared by {B}.",
    "{A} was rated Inadequate in 2022-23, the same rating as {B}.",
    "In 2022-23 Inadequate ratings went to {A} and {B}.",
    "{A} was rated Inadequate in 2022-23, and {B} fared no better.",
    "{A} was rated Inadequate in 2022-23 alongside {B}.",
    "{A} was rated Inadequate in 2022-23, along with {B}.",
    "{A} was rated Inadequate in 2022-23, followed by {B}.",
    "{A} was rated Inadequate in 2022-23, mirroring {B}.",
    "{A} was rated Inadequate in 2022-23, echoing the rating given to {B}.",
    "{A} was rated Inadequate in 2022-23; the same was true of {B}.",
    "{A} was rated Inadequate in 2022-23, and the same went for {B}.",
    "{A} was rated Inadequate in 2022-23, while {B} was too.",
    "{A}, {C} and {B} were all rated Inadequate in 2022-23.",
)
INADEQUATE = ("Lambeth PDU", "Ealing and Hillingdon PDU", "Staffordshire and Stoke PDU")
NOT_INADEQUATE = ("Warwickshire PDU", "Newham PDU")


def _verdict(frame, sentence: str) -> str:
    table = check_text(frame, "PDUs\n\n" + sentence)
    table = table[table["line"] == 3]
    return str(table["sentence_verdict"].iloc[0]) if len(table) else "no row"


@pytest.mark.parametrize("template", TEMPLATES)
@pytest.mark.parametrize("b", NOT_INADEQUATE)
def test_a_false_companion_is_never_carried_by_a_true_rating(bundled_frame, template, b):
    got = _verdict(bundled_frame, template.format(A=INADEQUATE[0], B=b, C=INADEQUATE[2]))
    assert got != "supported"


@pytest.mark.parametrize("template", TEMPLATES)
def test_a_true_companion_is_never_contradicted(bundled_frame, template):
    got = _verdict(bundled_frame, template.format(A=INADEQUATE[0], B=INADEQUATE[1], C=INADEQUATE[2]))
    assert got != "contradicted"
