"""What reporting says beside a unit's rating that is not the unit's rating (issue 21): another service of the
place, a neighbour set beside the text's unit, someone's view of the rating, a hope.

Facts looked up by hand in probstat/data/providers.csv: sunderland-pdu 2025-26 Requires improvement;
bradford-calderdale-pdu 2024-25 Inadequate, wakefield-pdu 2024-25 Requires improvement; ealing-hillingdon-pdu 2022-23
Inadequate, newham-pdu 2022-23 Requires improvement.
"""

from __future__ import annotations

import pytest

_SUNDERLAND = "Sunderland probation rated requires improvement\n\nSunderland PDU was rated requires improvement.\n\n"


@pytest.mark.parametrize("sentence", [
    "The city's youth offending service was rated outstanding by inspectors in 2023.",
    "The city's youth offending service was rated requires improvement by inspectors in 2023.",
    "The council's children's services were rated inadequate by Ofsted.",
    "The local youth justice service was rated good in its own inspection.",
])
def test_another_service_of_the_place_is_not_the_unit(sentence_verdict, sentence):
    assert sentence_verdict(_SUNDERLAND + sentence + "\n") not in ("supported", "contradicted")


@pytest.mark.parametrize("sentence", [
    "We hope to see the unit re-inspected within a year and rated Good.",
    "We would like to see the unit rated requires improvement again next time.",
])
def test_a_hope_is_no_claim(sentence_verdict, sentence):
    assert sentence_verdict(_SUNDERLAND + sentence + "\n") not in ("supported", "contradicted")


@pytest.mark.parametrize("view", ['a grade local councillors said was "disappointing but fair"',
                                  'a verdict one probation officer described as "harsh but fair"'])
def test_someone_s_view_of_the_rating_is_left_unread(sentence_verdict, view):
    assert sentence_verdict(_SUNDERLAND + f"The unit was rated requires improvement, {view}.\n") == \
        "partly checked"
    assert sentence_verdict(_SUNDERLAND + f"The unit was rated good, {view}.\n") == "contradicted"


@pytest.mark.parametrize("aside", ["Wakefield, by contrast, was rated requires improvement.",
                                   "Neighbouring Wakefield PDU was rated requires improvement.",
                                   "Wakefield PDU was also rated requires improvement."])
@pytest.mark.parametrize("rating,want", [("inadequate", "supported"), ("requires improvement", "contradicted")])
def test_a_neighbour_set_beside_the_unit_is_not_the_next_subject(sentence_verdict, aside, rating, want):
    text = ("Bradford probation rated inadequate\n\nBradford and Calderdale PDU was inspected by HMIP.\n\n"
            f"{aside}\n\nThe unit was rated {rating}.\n")
    assert sentence_verdict(text) == want


# bradford-calderdale-pdu 2024-25: leadership and staff Inadequate, services Requires improvement
@pytest.mark.parametrize("rating,want", [("requires improvement", "supported"), ("good", "contradicted")])
def test_services_beside_the_other_standards_is_the_services_standard(sentence_verdict, rating, want):
    text = ("Bradford and Calderdale PDU report 2024-25\n\nInspectors rated its leadership and staffing inadequate, "
            f"while services were rated {rating}.\n")
    assert sentence_verdict(text) == want


# swansea-neath-port-talbot-pdu: 2021-22 Inadequate, 2025-26 Requires improvement
@pytest.mark.parametrize("rating,want", [("requires improvement", "supported"), ("inadequate", "contradicted")])
def test_this_time_is_the_later_inspection(sentence_verdict, rating, want):
    text = f"Welsh probation\n\nSwansea Neath Port Talbot, our neighbours to the west, were rated {rating} this time.\n"
    assert sentence_verdict(text) == want


def test_a_prison_named_beside_a_rating_is_left_unread(sentence_verdict):
    """wwm-crc 2018-19 unpaid work and through the gate both Good; which prison it serves the data do not hold."""
    head = "Warwickshire and West Mercia CRC report\n\n"
    assert sentence_verdict(head + "Unpaid work and through-the-gate services, which help prisoners leaving "
                    "HMP Hewell, were both rated good.\n") == "partly checked"
    assert sentence_verdict(head + "Unpaid work and through-the-gate services were both rated good.\n") == \
        "supported"
