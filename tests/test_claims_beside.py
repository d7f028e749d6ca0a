"""Claims set beside a true rating that the data never hold, and shapes found in the eighteenth claims round (issue
21): a size rank, an owner's contract, a later event, another scale's grade; a casework rating that is not the
unit's; a change whose "when" clause rates something else; "one of only N"; "close to N"; "the whole of England and
Wales"; a unit speaking of itself as "we" inside a count.

Facts looked up by hand in probstat/data/providers.csv and rounds.csv: london-crc 2018-19 people_supervised 28819;
essex-crc, south-yorkshire-crc and nps-london 2018-19 Requires improvement; barnsley-rotherham-pdu 2024-25
Inadequate; essex-north-pdu 2022-23 Inadequate, 2024-25 Requires improvement; nps-north-east 2018-19
people_supervised <~19000 ("nearly 19,000"); rounds 2018-19: CRC Requires improvement 19 of 21, NPS Requires
improvement 2 of 7; 2022-23: PDU Good 1 of 31.
"""

from __future__ import annotations

import pytest


@pytest.mark.parametrize("sentence", [
    "London CRC was responsible for 28,819 people in 2018-19, making it the largest CRC in the country.",
    "London CRC supervised 28,819 people in 2018-19 and was the second-biggest provider in England and Wales.",
    "Essex CRC was rated Requires improvement in 2018-19; its owner's contract was later cut short.",
    "Barnsley and Rotherham PDU was rated Inadequate in 2024-25, and its head of service has since moved on.",
    "Barnsley and Rotherham PDU was rated Inadequate in 2024-25; managers have already introduced a new process.",
    "The county's police force was graded adequate by its own inspectorate, while Barnsley and Rotherham PDU was "
    "rated Inadequate in 2024-25.",
    "The local prison was judged poor, and Barnsley and Rotherham PDU was rated Inadequate in 2024-25.",
])
def test_a_claim_the_data_do_not_hold_keeps_a_true_one_from_carrying_the_sentence(sentence_verdict, sentence):
    assert sentence_verdict(sentence + "\n") == "partly checked"


@pytest.mark.parametrize("sentence", [
    "London CRC was responsible for 18,819 people in 2018-19, making it the largest CRC in the country.",
    "Essex CRC was rated Good in 2018-19; its owner's contract was later cut short.",
    "Barnsley and Rotherham PDU was rated Good in 2024-25, and its head of service has since moved on.",
    "The local prison was judged poor, and Barnsley and Rotherham PDU was rated Good in 2024-25.",
])
def test_the_false_part_still_contradicts(sentence_verdict, sentence):
    assert sentence_verdict(sentence + "\n") == "contradicted"


def test_the_contract_package_area_names_a_patch_not_a_contract(sentence_verdict):
    assert sentence_verdict("Essex CRC, across its contract package area, was rated Requires improvement in "
                            "2018-19.\n") == "supported"


_ESSEX_NORTH = "Essex North PDU inspection report 2024-25\n\n"


@pytest.mark.parametrize("sentence", [
    "In Essex North PDU, case supervision was judged Inadequate in 2024-25.",
    "In Essex North PDU, case supervision was judged Requires improvement in 2024-25.",
])
def test_a_casework_rating_is_not_the_units_overall_rating(sentence_verdict, sentence):
    # Requires improvement is the unit's overall rating in 2024-25, Inadequate is not: neither decides this
    assert sentence_verdict(_ESSEX_NORTH + sentence + "\n") == "unverifiable"


@pytest.mark.parametrize("sentence,want", [
    ("Essex North PDU's overall rating had risen, though case supervision was still judged Inadequate.",
     "partly checked"),
    ("Essex North PDU's overall rating had fallen, though case supervision was still judged Inadequate.",
     "contradicted"),
    ("The overall rating had risen when case supervision was still judged Inadequate.", "supported"),
])
def test_a_rating_after_when_or_though_is_not_where_the_change_went(sentence_verdict, sentence, want):
    # the change, Inadequate (2022-23) to Requires improvement (2024-25), is up; "improved to Inadequate" was the
    # old reading
    assert sentence_verdict(_ESSEX_NORTH + sentence + "\n") == want


@pytest.mark.parametrize("sentence,want", [
    ("NPS London was rated Requires improvement in 2018-19, one of only two divisions to achieve that grade.",
     "supported"),
    ("NPS London was rated Requires improvement in 2018-19, making it one of only three divisions to achieve that "
     "grade.", "contradicted"),
    ("Essex CRC was rated Requires improvement in 2018-19, one of only two CRCs to achieve that grade.",
     "contradicted"),
])
def test_one_of_only_n_counts_the_n(sentence_verdict, sentence, want):
    assert sentence_verdict(sentence + "\n") == want


_SOUTH_YORKSHIRE = "South Yorkshire CRC statement\n\n"


@pytest.mark.parametrize("sentence,want", [
    ("We were one of 19 CRCs rated requires improvement in 2018-19.", "partly checked"),
    ("We were one of 20 CRCs rated requires improvement in 2018-19.", "contradicted"),
])
def test_we_one_of_n_counts_n_and_leaves_we_unread(sentence_verdict, sentence, want):
    # not "one in 19" (a share of about 5 per cent, which 19 of 21 contradicted)
    assert sentence_verdict(_SOUTH_YORKSHIRE + sentence + "\n") == want


_NORTH_EAST = "NPS North East rated Good\n\n"


@pytest.mark.parametrize("sentence,want", [
    ("The division supervises close to 19,000 people.", "supported"),
    ("The division supervises in the region of 19,000 people.", "supported"),
    ("The division supervises close to 25,000 people.", "contradicted"),
    ("The division supervises close to 12,000 people.", "contradicted"),
])
def test_close_to_reads_as_around(sentence_verdict, sentence, want):
    assert sentence_verdict(_NORTH_EAST + sentence + "\n") == want


@pytest.mark.parametrize("sentence,want", [
    ("Only one probation unit in the whole of England and Wales was rated Good in the 2022-23 round.", "supported"),
    ("Only one probation unit in the whole of England and Wales was rated Inadequate in the 2022-23 round.",
     "contradicted"),
    ("Two PDUs in the whole of the country were rated Good in 2022-23.", "contradicted"),
])
def test_the_whole_of_england_and_wales_restricts_nothing(sentence_verdict, sentence, want):
    assert sentence_verdict(sentence + "\n") == want


# Facts, providers.csv: hull-east-riding-pdu 2022-23 published 2023-03-30, Requires improvement; kirklees-pdu and
# sheffield-pdu Inadequate in 2022-23 (published 2023-03-30) and 2024-25; north-north-east-lincolnshire-pdu
# Requires improvement in 2022-23 (published 2023-03-30), Inadequate in 2024-25.
_HULL = ("Hull probation report\n\nHull and East Riding PDU's report, published on 30 March 2023, rated it Requires "
         "improvement.\n\n")


@pytest.mark.parametrize("sentence,want", [
    ("North and North East Lincolnshire PDU's report appeared that day, rating it requires improvement.",
     "supported"),
    ("North and North East Lincolnshire PDU's report appeared that day, rating it inadequate.", "contradicted"),
    ("North and North East Lincolnshire PDU was rated inadequate.", "unverifiable"),
    ("Kirklees PDU was rated requires improvement on the same day.", "contradicted"),
])
def test_that_day_dates_other_units_by_the_sentence_before(sentence_verdict, sentence, want):
    # undated, the unit's two inspections disagree (Requires improvement, then Inadequate): no verdict
    assert sentence_verdict(_HULL + sentence + "\n") == want


# Facts, providers.csv 2018-19: nps-south-west-south-central overall Good, assessment Outstanding, staff Requires
# improvement; rounds.csv 2018-19: 21 of the 28 providers (19 CRCs, 2 NPS divisions) Requires improvement.
_SWSC = "NPS South West and South Central inspected\n\n"


@pytest.mark.parametrize("line,want", [
    ("- Overall: Good.", "supported"),
    ("- Overall: Inadequate.", "contradicted"),
    ("* Assessment: Outstanding.", "supported"),
    ("\u2022 Staff: Good.", "contradicted"),
    ("Assessment - Outstanding", "supported"),
])
def test_a_list_or_summary_line_rates_the_texts_unit(sentence_verdict, line, want):
    assert sentence_verdict(_SWSC + line + "\n") == want


@pytest.mark.parametrize("sentence,want", [
    ("Across all 28 services, 21 were rated Requires improvement in 2018-19.", "supported"),
    ("Across all 28 services, 20 were rated Requires improvement in 2018-19.", "contradicted"),
    ("In 2018-19 all CRCs but two were rated Requires improvement.", "supported"),
    ("In 2018-19 all CRCs but one were rated Requires improvement.", "contradicted"),
])
def test_a_comma_then_a_count_is_no_exception(sentence_verdict, sentence, want):
    # "all 28 services, 21 were ..." was read as "all but 21"
    assert sentence_verdict(sentence + "\n") == want


# Facts, providers.csv: west-kent-pdu 2022-23 Inadequate (published 2022-05), 2024-25 Requires improvement;
# east-kent-pdu 2024-25 Inadequate.
_EAST_KENT = "East Kent PDU rated Inadequate\n\nEast Kent PDU was rated Inadequate in the 2024-25 programme.\n\n"


@pytest.mark.parametrize("sentence,want", [
    ("West Kent PDU was rated Requires improvement in the same programme.", "supported"),
    ("West Kent PDU was rated Inadequate in the same programme.", "contradicted"),
])
def test_the_same_programme_is_the_round_of_the_sentence_before(sentence_verdict, sentence, want):
    text = _EAST_KENT + sentence + "\n\nIt had been rated Inadequate at its first inspection in 2022.\n"
    assert sentence_verdict(text, line=5) == want


# Facts, providers.csv: surrey-pdu 2024-25 Inadequate, published 2024-03; north-north-east-lincolnshire-pdu
# 2024-25 published 2024-12; kirklees-pdu 2024-25 Inadequate, published 2024-11.
_KSS = "Kent, Surrey and Sussex PDUs\n\n"


@pytest.mark.parametrize("line,want", [
    ("- Surrey PDU: Inadequate, report out in March 2024.", "supported"),
    ("- Surrey PDU: Good, report out in March 2024.", "contradicted"),
    ("- Surrey PDU: Inadequate, report out in June 2024.", "contradicted"),
    ("- Surrey: Inadequate, report out in June 2024.", ("partly checked", "contradicted")),
])
def test_a_list_line_is_rated_up_to_its_comma_and_its_report_month_is_a_claim(sentence_verdict, line, want):
    # the last: when no shape reads the month, it is left unread rather than carried by the true rating
    assert sentence_verdict(_KSS + line + "\n") in (want if isinstance(want, tuple) else (want,))


def test_a_report_month_before_another_units_rating_is_not_that_units(sentence_verdict):
    text = ("North and North East Lincolnshire PDU downgraded\n\nThe report came out in December 2024, a month after "
            "Kirklees PDU was also rated inadequate.\n")
    assert sentence_verdict(text) == "supported"


@pytest.mark.parametrize("sentence,want", [
    # rounds.csv 2022-23: 31 rated, 15 Inadequate; providers.csv essex-crc 2018-19 Requires improvement
    ("Across the 2022-23 programme, 15 of the 31 inspections ended Inadequate.", "supported"),
    ("Across the 2022-23 programme, 16 of the 31 inspections ended Inadequate.", "contradicted"),
    ("Essex CRC's inspection ended Requires improvement in 2018-19.", "supported"),
    ("Essex CRC's inspection ended Inadequate in 2018-19.", "contradicted"),
])
def test_ended_and_resulted_in_are_verbs_of_rating(sentence_verdict, sentence, want):
    assert sentence_verdict(sentence + "\n") == want
