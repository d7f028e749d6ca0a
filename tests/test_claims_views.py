"""Claims set beside a true fact that the data never hold, found in the nineteenth claims round (issue 21): a
writer's view of why a rating came out as it did ("a tribute to", "thanks to", "an outcome many expected", "we
believe this shows"), how long the fieldwork took, a history reaching back before 2018-19, a subset of the people
supervised ("many of whom") and a judgement of a figure ("far too many"). Each leaves a true sentence partly
checked; a false fact beside it still contradicts; a view written before the fact only hedges it. Then the shapes the
seventh fresh sentence sets called for: a negated "a single point" is none; a list of standards ends at a turn
("although", "despite") or at ", and" after a rating of its first standards; "slid", "bounced back" and "marked
down" are changes, whose direction the two ratings must bear out; a month after a change's first rating dates that
rating's report; a fieldwork month read leaves the report's month to be read; "X's Requires improvement report" is the
unit's rating; "on the books of X" counts X's people; who leads an owner is a claim of its own; "one of the 31
probation inspections" counts inspections.

Facts looked up by hand in probstat/data/providers.csv: nps-north-west 2018-19 overall Good; kss-crc 2018-19
overall Requires improvement, owner Seetec; london-crc 2018-19 people_supervised 28819; points 2022-23: sheffield-pdu
1, hammersmith-fulham-kensington-chelsea-westminster-pdu 0; hampshire-iow-crc 2018-19 planning Good, through_the_gate
Requires improvement; west-kent-pdu 2022-23 Inadequate (published 2022-05), 2024-25 Requires improvement;
northamptonshire-pdu 2022-23 Requires improvement, 2024-25 Inadequate; merseyside-crc 2019-20 fieldwork_start
2020-01-27, published 2020-06. rounds.csv 2022-23: 31 inspected, 1 Good.
"""

from __future__ import annotations

import pytest

_TRUE_BESIDE_A_VIEW = [
    "NPS North West was rated Good in 2018-19, a tribute to the hard work of its probation officers.",
    "NPS North West was rated Good in 2018-19, which is a testament to its managers.",
    "KSS CRC was rated Requires improvement in 2018-19 thanks to its high caseloads, we think.",
    "KSS CRC was rated Requires improvement in 2018-19, an outcome many staff expected.",
    "NPS North West was rated Good in 2018-19, and we believe this shows what public ownership can do.",
    "Inspectors, who spent three weeks in the region, rated NPS North West Good in 2018-19.",
    "Seetec, which has owned KSS CRC since 2015, saw it rated Requires improvement in 2018-19.",
    "London CRC supervised 28,819 people in 2018-19, many of whom had been in prison.",
    "London CRC supervised 28,819 people in 2018-19, far too many for one company.",
]


@pytest.mark.parametrize("sentence", _TRUE_BESIDE_A_VIEW)
def test_a_view_or_a_fact_the_data_lack_keeps_a_true_one_from_carrying_the_sentence(sentence_verdict, sentence):
    assert sentence_verdict(sentence + "\n") == "partly checked"


@pytest.mark.parametrize("sentence", [
    "NPS North West was rated Inadequate in 2018-19, a tribute to the hard work of its probation officers.",
    "KSS CRC was rated Good in 2018-19, an outcome many staff expected.",
    "NPS North West was rated Requires improvement in 2018-19, and we believe this shows what public ownership "
    "can do.",
    "Inspectors, who spent three weeks in the region, rated NPS North West Inadequate in 2018-19.",
    "Seetec, which has owned KSS CRC since 2015, saw it rated Good in 2018-19.",
    "London CRC supervised 18,819 people in 2018-19, many of whom had been in prison.",
])
def test_the_false_fact_beside_a_view_still_contradicts(sentence_verdict, sentence):
    assert sentence_verdict(sentence + "\n") == "contradicted"


@pytest.mark.parametrize("sentence,want", [
    ("We believe NPS North West was rated Good in 2018-19.", "supported"),
    ("We think NPS North West was rated Requires improvement in 2018-19.", "contradicted"),
    ("We welcome the report, which rated NPS North West Good in 2018-19.", "supported"),
])
def test_a_view_before_the_fact_only_hedges_it(sentence_verdict, sentence, want):
    assert sentence_verdict(sentence + "\n") == want


def test_the_unread_words_name_the_view_not_its_comma(bundled_frame):
    from probstat.claims.verify import check_text

    table = check_text(bundled_frame, "NPS North West was rated Good in 2018-19, a tribute to the hard work of its "
                                      "probation officers.\n")
    assert table["unread"].iloc[0] == "a tribute to"


_HFKCW = "Hammersmith, Fulham, Kensington, Chelsea and Westminster PDU"
_HIOW = "Hampshire and Isle of Wight CRC"
_MERSEYSIDE = "Merseyside CRC, whose fieldwork began in January 2020, was rated Requires improvement in "


@pytest.mark.parametrize("sentence,want", [
    (f"{_HFKCW} never scored a single point out of 27 in 2022-23.", "supported"),
    (f"{_HFKCW} failed to earn a single point out of 27 in 2022-23.", "supported"),
    ("In 2022-23 Sheffield PDU did not win a single point out of 27.", "contradicted"),
    ("In 2022-23 Sheffield PDU won a single point out of 27.", "supported"),
    (f"{_HFKCW} scored not a single point out of 27 in 2022-23.", "supported"),
])
def test_a_single_point_denied_is_none(sentence_verdict, sentence, want):
    assert sentence_verdict(sentence + "\n") == want


@pytest.mark.parametrize("sentence,want", [
    (f"{_HIOW} was rated Good for planning in 2018-19, although through the gate was Requires improvement.",
     "supported"),
    (f"{_HIOW} was rated Good for planning in 2018-19, although through the gate was Good.", "contradicted"),
    (f"{_HIOW} was rated Good for planning, and through the gate was Requires improvement, in 2018-19.", "supported"),
    (f"{_HIOW} was rated Good for planning, and through the gate was Good, in 2018-19.", "contradicted"),
    # the rating after "despite" is another standard's, said before it: left unread, never planning's
    (f"{_HIOW} got a Good rating for planning despite Requires improvement work on through the gate in 2018-19.",
     "partly checked"),
    # (false, and never supported: the unread rating beside it holds the verdict back)
    (f"{_HIOW} got an Inadequate rating for planning despite Requires improvement work on through the gate in "
     "2018-19.", "unverifiable"),
])
def test_a_list_of_standards_ends_at_a_turn(sentence_verdict, sentence, want):
    assert sentence_verdict(sentence + "\n") == want


@pytest.mark.parametrize("sentence,want", [
    ("West Kent PDU bounced back from Inadequate to Requires improvement in 2024-25.", "supported"),
    ("Northamptonshire PDU was marked down from Requires improvement to Inadequate in 2024-25.", "supported"),
    ("Northamptonshire PDU slid from Requires improvement to Inadequate in 2024-25.", "supported"),
    ("Northamptonshire PDU slid from Good to Inadequate in 2024-25.", "contradicted"),
    ("West Kent PDU recovered to Requires improvement in 2024-25.", "supported"),
    ("West Kent PDU slid to Requires improvement in 2024-25.", "contradicted"),
    # the word's direction and the two ratings' order disagree: the direction is a claim too, false here
    ("West Kent PDU slid from Inadequate to Requires improvement in 2024-25.", "contradicted"),
    ("West Kent PDU fell from Inadequate to Requires improvement in 2024-25.", "contradicted"),
    ("Northamptonshire PDU was marked up from Requires improvement to Inadequate in 2024-25.", "contradicted"),
])
def test_changes_said_with_other_verbs(sentence_verdict, sentence, want):
    assert sentence_verdict(sentence + "\n") == want


@pytest.mark.parametrize("sentence,want", [
    ("West Kent PDU went from Inadequate in May 2022 to Requires improvement in 2024-25.", "supported"),
    ("West Kent PDU went from Inadequate in July 2022 to Requires improvement in 2024-25.", "contradicted"),
    ("Northamptonshire PDU slid from Requires improvement in May 2022 to Inadequate at its 2024-25 inspection.",
     "supported"),
    ("Northamptonshire PDU, rated Requires improvement in June 2022, had slipped to Inadequate by 2024-25.",
     "contradicted"),
])
def test_a_month_inside_a_change_dates_the_first_rating(sentence_verdict, sentence, want):
    # the month after the first rating is when the earlier report came out: checked, not carried by the change
    assert sentence_verdict(sentence + "\n") == want


@pytest.mark.parametrize("month,want", [("June 2020", "supported"), ("July 2020", "contradicted"),
                                        ("May 2020", "contradicted")])
def test_a_fieldwork_month_leaves_the_report_month_to_be_read(sentence_verdict, month, want):
    assert sentence_verdict(_MERSEYSIDE + month + ".\n") == want


@pytest.mark.parametrize("sentence,want", [
    # derby-city-pdu 2022-23 Requires improvement, published 2023-02-09
    ("Derby City PDU's Requires improvement report was published in February 2023.", "supported"),
    ("Derby City PDU's Inadequate report was published in February 2023.", "contradicted"),
    ("Derby City PDU's Requires improvement report was published in March 2023.", "contradicted"),
])
def test_a_report_named_by_its_rating_is_the_units_rating(sentence_verdict, sentence, want):
    assert sentence_verdict(sentence + "\n") == want


@pytest.mark.parametrize("sentence,want", [
    # wales-crc 2018-19 people_supervised ~9000
    ("About 9,000 people were on the books of Wales CRC in 2018-19.", "supported"),
    ("Fewer than 6,000 people were on the books of Wales CRC in 2018-19.", "contradicted"),
    ("Around 9,000 people were under the supervision of Wales CRC in 2018-19.", "supported"),
])
def test_people_on_the_books_of_a_unit(sentence_verdict, sentence, want):
    assert sentence_verdict(sentence + "\n") == want


@pytest.mark.parametrize("sentence,want", [
    # cgm-crc 2018-19 owner Purple Futures; who leads the partnership is not in the data
    ("Cheshire and Greater Manchester CRC is owned by Purple Futures, a partnership led by a large outsourcing "
     "firm.", "partly checked"),
    ("Cheshire and Greater Manchester CRC is owned by Sodexo, a partnership led by a large outsourcing firm.",
     "contradicted"),
])
def test_who_leads_an_owner_is_a_claim_of_its_own(sentence_verdict, sentence, want):
    assert sentence_verdict(sentence + "\n") == want


@pytest.mark.parametrize("sentence,want", [
    # rounds 2022-23: 31 inspected, 1 Good
    ("Only one of the 31 probation inspections covered in 2022-23 was rated Good.", "supported"),
    ("Only two of the 31 probation inspections covered in 2022-23 were rated Good.", "contradicted"),
])
def test_a_count_of_inspections_with_a_word_before_the_noun(sentence_verdict, sentence, want):
    assert sentence_verdict(sentence + "\n") == want


@pytest.mark.parametrize("sentence,want", [
    # sector_figures.csv NPS 2019-20 staff_workload_over_capacity_pct 60: the share over capacity, not within it
    ("Sixty per cent of NPS staff had workloads over their expected capacity in 2019-20.", "supported"),
    ("Seventy per cent of NPS staff had workloads above capacity in 2019-20.", "contradicted"),
    ("Sixty per cent of NPS staff had workloads within their expected capacity in 2019-20.", "unverifiable"),
])
def test_over_capacity_is_not_within_it(sentence_verdict, sentence, want):
    assert sentence_verdict(sentence + "\n") == want


@pytest.mark.parametrize("sentence,want", [
    # swm-crc 2019-20 avg_caseload 64, dlnr-crc 58: each figure is its possessor's
    ("SWM CRC's average caseload of 64 in 2019-20 was higher than DLNR CRC's 60.", "contradicted"),
    # (true: each figure checked as its own unit's; the comparison itself is left unread)
    ("SWM CRC's average caseload of 64 in 2019-20 was higher than DLNR CRC's 58.", "partly checked"),
])
def test_a_figure_after_a_units_possessive_is_that_units(sentence_verdict, sentence, want):
    assert sentence_verdict(sentence + "\n") == want


@pytest.mark.parametrize("sentence,want", [
    # inspection_ordinals.csv 2025-26 derbyshire-pdu 1 (its first since unification); 2024-25 kirklees-pdu 2
    ("Derbyshire PDU, rated Inadequate in 2025-26, had been inspected once before since unification.",
     "contradicted"),
    ("Derbyshire PDU, rated Inadequate in 2025-26, had never been inspected before.", "supported"),
    ("Kirklees PDU, rated Inadequate in 2024-25, had been inspected once before.", "supported"),
    ("Kirklees PDU, rated Inadequate in 2024-25, had never been inspected before.", "contradicted"),
])
def test_inspected_once_before_is_a_second_inspection(sentence_verdict, sentence, want):
    assert sentence_verdict(sentence + "\n") == want
