"""Counts of a round in a text about one inspection (issue 21): the round the text's unit was judged in, and a unit
as one of the units a round inspected.

Facts looked up by hand in probstat/data: rounds.csv 2018-19 CRC 21 rated, 19 Requires improvement, 1 Good; NPS 7
inspected, 5 Good, 2 Requires improvement; 2021-22 PDU 2 inspected; 2024-25 PDU 24 inspected. providers.csv:
wwm-crc 2018-19 Requires improvement (its only inspection); nps-south-east-eastern 2018-19 Requires improvement;
gwent-pdu 2021-22 and 2025-26; west-kent-pdu 2022-23 and 2024-25.
"""

from __future__ import annotations

import pytest

_WWM = ("Warwickshire probation firm told to improve\n\nWarwickshire and West Mercia CRC was rated requires "
        "improvement overall.\n\n")


@pytest.mark.parametrize("sentence,want", [
    ("Across England and Wales, 19 of the 21 community rehabilitation companies were rated requires improvement.",
     "supported"),
    ("Across England and Wales, 17 of the 21 community rehabilitation companies were rated requires improvement.",
     "contradicted"),
    ("Only one CRC was rated good.", "supported"),
    ("Only two CRCs were rated good.", "contradicted"),
])
def test_a_count_with_no_round_is_of_the_round_reported(sentence_verdict, sentence, want):
    """wwm-crc's one inspection is of 2018-19: the count is of that round, not also of 2019-20."""
    assert sentence_verdict(_WWM + sentence + "\n") == want


# (a false count whose round is not written is not contradicted: the judge keeps that for a round written)
@pytest.mark.parametrize("sentence,want", [
    ("Of the seven NPS divisions inspected in the round, five were rated good.", {"supported"}),
    ("Of the seven NPS divisions inspected in the round, four were rated good.", {"partly checked", "contradicted"}),
    ("Of the eight NPS divisions inspected in the round, five were rated good.", {"partly checked", "contradicted"}),
])
def test_the_units_inspected_in_the_round(sentence_verdict, sentence, want):
    text = "NPS South East and Eastern report\n\nNPS South East and Eastern was rated requires improvement.\n\n"
    assert sentence_verdict(text + sentence + "\n") in want


@pytest.mark.parametrize("sentence,want", [
    ("Gwent PDU was one of only two PDUs inspected in 2021-22.", "supported"),
    ("Gwent PDU was one of only three PDUs inspected in 2021-22.", "contradicted"),
    ("Gwent PDU was one of the two PDUs inspected in 2021-22.", "supported"),
    ("West Kent PDU was one of 24 PDUs inspected in 2024-25.", "supported"),
    ("West Kent PDU was one of 22 PDUs inspected in 2024-25.", "contradicted"),
])
def test_one_of_the_units_a_round_inspected(sentence_verdict, sentence, want):
    assert sentence_verdict("Probation inspections\n\n" + sentence + "\n") == want


# rounds.csv 2018-19 CRC: 19 Requires improvement, 1 Inadequate (ddc-crc); essex-crc Requires improvement
@pytest.mark.parametrize("unit,want", [("Dorset, Devon and Cornwall", "supported"), ("Essex CRC", "contradicted")])
def test_one_named_between_commas_after_a_count(sentence_verdict, unit, want):
    text = ("Probation inspections\n\nAcross the country, 19 of the 21 CRCs were rated requires improvement in "
            f"2018-19 and one, {unit}, was rated inadequate.\n")
    assert sentence_verdict(text) == want


# hlny-crc 2019-20: '>5000' people supervised (providers.csv)
@pytest.mark.parametrize("figure,want", [("more than 5,000", "supported"), ("more than 9,000", "partly checked")])
def test_people_supervised_in_the_unit_s_place(sentence_verdict, figure, want):
    text = (f"Probation inspections\n\nA company responsible for supervising {figure} offenders in Humberside, "
            "Lincolnshire and North Yorkshire was rated requires improvement in 2019-20.\n")
    assert sentence_verdict(text) == want


# cumbria-lancashire-crc 2018-19: Requires improvement; n_std_inadequate 4, n_std_requires_improvement 5
@pytest.mark.parametrize("count,want", [("four", "supported"), ("five", "contradicted")])
def test_a_count_of_standards_with_its_rating_after_the_unit_s(sentence_verdict, count, want):
    """The rating after the standards is the count's, never the unit's one before it (five standards are Requires
    improvement, so 'five standards Inadequate' read with the first rating would be supported)."""
    text = f"Cumbria and Lancashire CRC report\n\nCumbria and Lancashire CRC rated requires improvement with {count} " \
           "standards inadequate\n"
    assert sentence_verdict(text) == want


# gateshead-south-tyneside-pdu 2022-23 Good (the one Good PDU that round), lambeth-pdu 2022-23 Inadequate;
# newcastle-tyne-pdu inspected in 2025-26 only, Inadequate
@pytest.mark.parametrize("rating,want", [("Inadequate", "supported"), ("Good", "contradicted")])
def test_a_round_the_sentence_before_wrote_is_not_a_unit_s_it_was_not_inspected_in(sentence_verdict, rating, want):
    text = ("North East PDUs\n\nGateshead and South Tyneside PDU was rated Good in 2022-23.\n"
            f"Newcastle upon Tyne PDU was rated {rating}.\n")
    assert sentence_verdict(text) == want


@pytest.mark.parametrize("unit,want", [("Gateshead and South Tyneside PDU", "supported"), ("Lambeth PDU",
                                                                                          "contradicted")])
def test_the_only_good_rated_unit(sentence_verdict, unit, want):
    assert sentence_verdict(f"Probation inspections\n\n{unit} was the only Good-rated PDU in 2022-23.\n") \
        == want


# west-sussex-pdu 2024-25: the four case standards Inadequate
@pytest.mark.parametrize("rating,want", [("Inadequate", "supported"), ("Good", "contradicted")])
def test_a_counted_list_with_words_about_the_standards(sentence_verdict, rating, want):
    text = ("West Sussex PDU report 2024-25\n\nAll four standards covering the supervision of individual cases, "
            "namely assessment, planning, implementation and delivery, and reviewing, were rated "
            f"{rating}.\n")
    assert sentence_verdict(text) == want


# essex-north-pdu: inspected in 2022-23 and 2024-25, the second its number 2 since unification
# (inspection_ordinals.csv)
@pytest.mark.parametrize("sentence,want", [
    ("This was the unit's second inspection.", "supported"),
    ("This was the unit's third inspection.", "contradicted"),
    ("This was the unit's first inspection.", "unverifiable"),
])
def test_which_inspection_a_text_reports(sentence_verdict, sentence, want):
    assert sentence_verdict("Essex North probation\n\n" + sentence + "\n") == want


def test_a_first_inspection_in_a_text_about_a_re_inspection(sentence_verdict):
    text = ("Essex North probation\n\nEssex North PDU has moved up from inadequate to requires improvement.\n\n"
            "This was the unit's first inspection.\n")
    assert sentence_verdict(text) == "contradicted"


# rounds.csv 2019-20 NPS: 1 inspected (nps-north-west, the one NPS row of 2019-20); 2018-19 NPS: 7 inspected
@pytest.mark.parametrize("sentence,want", [
    ("NPS North West was the only NPS division inspected in 2019-20.", "supported"),
    ("NPS North West was the only NPS division inspected in 2018-19.", "contradicted"),
    ("NPS Wales was the only NPS division inspected in 2019-20.", "unverifiable"),
])
def test_the_only_one_of_its_kind_inspected(sentence_verdict, sentence, want):
    assert sentence_verdict("Probation inspections\n\n" + sentence + "\n") == want
