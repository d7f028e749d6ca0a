"""What reporting sets beside a name, read with it (issue 21; probstat/claims/tag_asides.py), and the year of an
earlier rating kept to that rating (clause_dates, which_round).

Facts from probstat/data/providers.csv, looked up by hand: bench-crc 2018-19 overall Requires improvement,
through_the_gate Inadequate, unpaid_work empty; thames-valley-crc 2018-19 overall Requires improvement, unpaid_work
empty; northumbria-crc 2019-20 assessment, planning, implementation_delivery and reviewing all Requires
improvement, swm-crc 2019-20 all four Inadequate; west-kent-pdu 2022-23 Inadequate (published 2022-05) and 2024-25
Requires improvement; sheffield-pdu 2022-23 Inadequate (published 2023-03-30) and 2024-25 Inadequate;
gateshead-south-tyneside-pdu 2022-23 Good (published 2022-12) and 2025-26 Requires improvement; surrey-pdu 2024-25
Inadequate, published 2024-03.
"""

from __future__ import annotations

import pytest

from probstat.claims.verify import check_text

_BENCH = "BeNCH CRC report published\n\n"



# "its programme for people leaving prison, called 'Through the Gate', ...": the thing described is the standard
# named between the commas; the overall rating (Requires improvement) is never what the rating is checked against
@pytest.mark.parametrize("sentence,want", [
    ("The report gives its programme for people leaving prison, called 'Through the Gate', the lowest rating "
     "there is, 'inadequate'.", "supported"),
    ("The report gives its programme for people leaving prison, called 'Through the Gate', a rating of 'good'.",
     "contradicted"),
    ("Its resettlement scheme, known as 'Through the Gate', was rated requires improvement.", "contradicted"),
    ("Its community sentences scheme, dubbed 'Community Payback', was rated good.", "unverifiable"),
    ("The report gives its unpaid work, called 'Community Payback', a rating of 'good'.", "unverifiable"),
    ("The report gives its unpaid work, called 'Community Payback', a rating of 'requires improvement'.",
     "unverifiable"),
])
def test_a_thing_described_then_named_as_a_standard(sentence_verdict, sentence, want):
    assert sentence_verdict(_BENCH + sentence + "\n") == want



# "All four case supervision standards (A, B, C and D) were rated R": the list bears out the four, so nothing is
# left unread; a list of four counted as three is not read as a whole
@pytest.mark.parametrize("sentence,want", [
    ("All four case supervision standards (assessment, planning, implementation and delivery, and reviewing) were "
     "rated requires improvement in 2019-20.", "supported"),
    ("All four of the standards covering work with individual cases (assessment, planning, implementation and "
     "reviewing) were rated requires improvement in 2019-20.", "supported"),
    ("All four case supervision standards - assessment, planning, implementation and delivery, and reviewing - were "
     "rated inadequate in 2019-20.", "contradicted"),
    ("Inspectors rated all four case supervision standards (assessment, planning, implementation and delivery, and "
     "reviewing) as requires improvement in 2019-20.", "supported"),
    ("All three case supervision standards (assessment, planning, implementation and delivery, and reviewing) were "
     "rated requires improvement in 2019-20.", "partly checked"),
])
def test_a_count_of_standards_with_its_list(sentence_verdict, sentence, want):
    assert sentence_verdict("Northumbria CRC report\n\n" + sentence + "\n") == want


@pytest.mark.parametrize("rating,want", [("inadequate", "supported"), ("good", "contradicted")])
def test_all_four_of_its_standards_for_work_with_individual_cases(sentence_verdict, rating, want):
    text = ("Staffordshire and West Midlands CRC report\n\nIn 2019-20 inspectors rated all four of its standards for "
            f"work with individual cases as {rating}.\n")
    assert sentence_verdict(text) == want


@pytest.mark.parametrize("sentence", [
    "Inspectors praised the company's unpaid work schemes, rating them outstanding.",
    "Inspectors praised the company's unpaid work schemes, rating them requires improvement.",
])
def test_them_after_a_standard_is_the_standard(sentence_verdict, sentence):
    """Unpaid work's rating is empty: never checked against the overall Requires improvement."""
    assert sentence_verdict("Thames Valley CRC report\n\n" + sentence + "\n") == "unverifiable"


# "rated R, after it was judged Inadequate in 2022": the year is the earlier rating's; the rating beside it is of
# the inspection after it
@pytest.mark.parametrize("rating,want", [("requires improvement", "supported"), ("good", "contradicted"),
                                         ("inadequate", "contradicted")])
def test_a_rating_after_one_of_a_year_is_of_the_next_inspection(sentence_verdict, rating, want):
    text = (f"West Kent probation\n\nWest Kent PDU has been rated {rating}, after it was judged inadequate in "
            "2022.\n")
    assert sentence_verdict(text) == want


@pytest.mark.parametrize("rating,want", [("inadequate", "supported"), ("good", "contradicted")])
def test_a_date_of_the_inspection_before_does_not_pick_the_one_reported(sentence_verdict, rating, want):
    """A text that says the unit was inspected before dates that earlier inspection (published March 2023): the
    one it reports is the later (2024-25), not the first in the data."""
    text = (f"Sheffield PDU rated {rating} for second time running\n\nSheffield PDU has been rated {rating} again, at "
            "its second inspection since unification in 2021.\n\nThe unit had previously been rated inadequate in a "
            "report published in March 2023.\n")
    assert sentence_verdict(text, 1) == want
    assert sentence_verdict(text, 3) == want


def test_a_change_in_a_text_that_dates_the_earlier_inspection(sentence_verdict):
    text = ("Gateshead and South Tyneside probation loses 'good' rating\n\nThe probation team covering Gateshead and "
            "South Tyneside has slipped to requires improvement.\n\nWhen it was inspected in 2022 it was rated "
            "good.\n")
    assert sentence_verdict(text, 1) == "supported"
    assert sentence_verdict(text, 3) == "supported"


@pytest.mark.parametrize("month,want", [("March", "supported"), ("February", "contradicted")])
def test_rated_in_a_report_published_in_a_month(sentence_verdict, month, want):
    text = (f"KSS region report\n\nWithin the region, Surrey PDU was rated inadequate in a report published in {month} "
            "2024.\n")
    assert sentence_verdict(text) == want


# hampshire-iow-crc 2018-19: Good (the one Good CRC of 21 that round, rounds.csv), owned by Purple Futures, about
# 4,000 people supervised ('<~4000'), reviewing Inadequate
_HIOW = "Hampshire and Isle of Wight CRC report\n\nIt was inspected in 2018-19.\n\n"


@pytest.mark.parametrize("sentence,want", [
    ("Hampshire and Isle of Wight CRC has been rated good overall, the only one of the 21 CRCs to achieve that "
     "grade.", "supported"),
    ("Hampshire and Isle of Wight CRC has been rated requires improvement overall, the only one of the 21 CRCs to "
     "achieve that grade.", "contradicted"),
    # the 21 after "England and Wales's" are the whole, never the count (never contradicted as "21 rated Good")
    ("Hampshire and Isle of Wight CRC has been rated good overall, the only one of England and Wales's 21 CRCs to "
     "achieve that grade.", "partly checked"),
])
def test_the_only_one_to_achieve_that_grade(sentence_verdict, sentence, want):
    assert sentence_verdict(_HIOW + sentence + "\n") == want


@pytest.mark.parametrize("owner,want", [("Purple Futures", "supported"), ("Sodexo", "contradicted")])
def test_the_places_a_unit_covers_are_no_count(sentence_verdict, owner, want):
    text = _HIOW + f"The CRC, owned by {owner}, supervises just under 4,000 people across the two areas.\n"
    assert sentence_verdict(text) == want


@pytest.mark.parametrize("rating,want", [("inadequate", "supported"), ("good", "contradicted")])
def test_the_weakest_area_was_a_standard(sentence_verdict, rating, want):
    text = _HIOW + "The CRC has 300 staff.\n\n" + f"The weakest area was reviewing, which was rated {rating}.\n"
    assert sentence_verdict(text) == want


# bradford-calderdale-pdu 2024-25: leadership and staff Inadequate, services Requires improvement, the four case
# standards Inadequate; cardiff-vale-pdu 2025-26 the four case standards Inadequate; norfolk-suffolk-crc 2018-19
# the four Inadequate; ddc-crc the one CRC rated Inadequate in 2018-19; barking-dagenham-havering-pdu 2022-23
# published 2022-11-23
@pytest.mark.parametrize("head,sentence,want", [
    ("Bradford and Calderdale PDU report 2024-25", "HM Inspectorate of Probation gave the lowest rating to the unit's "
     "leadership and its staffing.", "supported"),
    ("Bradford and Calderdale PDU report 2024-25", "HM Inspectorate of Probation gave the lowest rating to the unit's "
     "leadership and its services.", "contradicted"),
    ("Cardiff and the Vale PDU report 2025-26", "Inspectors gave the lowest rating to all four standards covering "
     "work with individual cases: assessment, planning, delivery and reviewing.", "supported"),
    ("Cardiff and the Vale PDU report 2025-26", "Inspectors gave a good rating to all four standards covering work "
     "with individual cases: assessment, planning, delivery and reviewing.", "contradicted"),
    ("Norfolk and Suffolk CRC report", "All four standards covering casework, namely assessment, planning, delivery "
     "and reviewing, were rated inadequate.", "supported"),
    ("Norfolk and Suffolk CRC report", "All four standards covering casework, namely assessment, planning, delivery "
     "and reviewing, were rated good.", "contradicted"),
    ("Bradford and Calderdale PDU report 2024-25", "All four standards covering work with cases were also found to "
     "be inadequate.", "supported"),
])
def test_a_rating_given_to_a_list_of_standards(sentence_verdict, head, sentence, want):
    assert sentence_verdict(f"{head}\n\n{sentence}\n") == want


@pytest.mark.parametrize("sentence,want", [
    ("In 2018-19 the only CRC rated inadequate overall was Dorset, Devon and Cornwall.", "supported"),
    ("In 2018-19 the only CRC rated inadequate overall was Essex CRC.", "contradicted"),
    ("Barking, Dagenham and Havering, reported on in November 2022, was rated requires improvement.", "supported"),
    ("Barking, Dagenham and Havering, reported on in December 2022, was rated requires improvement.",
     "contradicted"),
])
def test_the_unit_after_the_only_and_a_date_set_off_by_commas(sentence_verdict, sentence, want):
    assert sentence_verdict("Probation inspections\n\n" + sentence + "\n") == want


# sheffield-pdu 2022-23 published 2023-03-30 (providers.csv)
@pytest.mark.parametrize("sentence,want", [
    ("The report was published on Thursday 30 March 2023.", "supported"),
    ("The report was published in late March 2023.", "supported"),
    ("The report, published at the end of March, rated the unit inadequate.", "supported"),
    ("The report, published at the end of April, rated the unit inadequate.", "contradicted"),
    # (a month the 2022-23 report was not published in may be that of the 2024-25 report, whose date is empty)
    ("The report was published in early May 2023.", "unverifiable"),
])
def test_a_month_with_words_about_it(sentence_verdict, sentence, want):
    assert sentence_verdict("Sheffield PDU report 2022-23\n\n" + sentence + "\n") == want


# hampshire-iow-crc 2018-19: reviewing Inadequate, through_the_gate Requires improvement; bgsw-crc 2018-19 Requires
# improvement overall, through_the_gate Good; cumbria-lancashire-crc 2018-19 leadership Good, standards 1 Good, 5
# Requires improvement, 4 Inadequate
@pytest.mark.parametrize("head,sentence,want", [
    ("Hampshire and Isle of Wight CRC report", "However, inspectors rated its reviewing of cases inadequate and its "
     "through-the-gate work good.", "contradicted"),
    ("Hampshire and Isle of Wight CRC report", "However, inspectors rated its reviewing of cases inadequate and its "
     "through-the-gate work requires improvement.", "supported"),
    ("Hampshire and Isle of Wight CRC report", "The company has been rated good, making it the only one of 21 "
     "community rehabilitation companies to achieve the grade.", "supported"),
    ("Cumbria and Lancashire CRC report", "Of the ten standards, inspectors rated one good, five requires "
     "improvement and four inadequate.", "supported"),
    ("Cumbria and Lancashire CRC report", "Of the ten standards, inspectors rated one good, five requires "
     "improvement and three inadequate.", "contradicted"),
    ("Cumbria and Lancashire CRC report", "The one bright spot was leadership, rated good.", "supported"),
    ("Cumbria and Lancashire CRC report", "The one bright spot was leadership, rated outstanding.", "contradicted"),
])
def test_second_pairs_counts_declared_and_participles(sentence_verdict, head, sentence, want):
    assert sentence_verdict(f"{head}\n\n{sentence}\n") == want


@pytest.mark.parametrize("rating", ["good", "requires improvement", "outstanding"])
def test_a_relative_clause_of_a_standard_is_not_the_unit_s_rating(bundled_frame, rating):
    """"the CRC's Through the Gate work for people leaving prison, which was rated R": never checked as the CRC's
    overall rating (Requires improvement)."""
    text = ("BGSW CRC report\n\nThe one bright spot was the CRC's Through the Gate work for people leaving prison, "
            f"which was rated {rating}.\n")
    table = check_text(bundled_frame, text)
    assert not ((table["shape"] == "provider-rating") & table["reading"].str.contains("overall")).any()
