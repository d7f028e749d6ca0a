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


# One table of the round's shapes, each a list of true and false sentences (and what is left undecided), keyed by
# what the shape is: a newcomer adds a shape as a key and its sentences.
_SHAPES: dict[str, list[tuple[str, str]]] = {
    "a_view_or_a_fact_the_data_lack_beside_a_true_one": [
        ("NPS North West was rated Good in 2018-19, a tribute to the hard work of its probation officers.",
         "partly checked"),
        ("NPS North West was rated Good in 2018-19, which is a testament to its managers.", "partly checked"),
        ("KSS CRC was rated Requires improvement in 2018-19 thanks to its high caseloads, we think.", "partly checked"),
        ("KSS CRC was rated Requires improvement in 2018-19, an outcome many staff expected.", "partly checked"),
        ("NPS North West was rated Good in 2018-19, and we believe this shows what public ownership can do.",
         "partly checked"),
        ("Inspectors, who spent three weeks in the region, rated NPS North West Good in 2018-19.", "partly checked"),
        ("Seetec, which has owned KSS CRC since 2015, saw it rated Requires improvement in 2018-19.",
         "partly checked"),
        ("London CRC supervised 28,819 people in 2018-19, many of whom had been in prison.", "partly checked"),
        ("London CRC supervised 28,819 people in 2018-19, far too many for one company.", "partly checked"),
    ],
    "a_finding_a_reaction_or_an_owners_other_business_after_the_facts_read": [
        ("NPS Midlands was rated Good in 2018-19, which will come as a relief to its staff.", "partly checked"),
        ("Leeds PDU was rated Inadequate in 2024-25, the council calling it a wake-up call.", "partly checked"),
        ("Cumbria and Lancashire CRC was run by Sodexo in 2018-19, which also runs catering on many campuses.",
         "partly checked"),
        ("West Sussex PDU was rated Inadequate in 2022-23, and inspectors found many of the same problems again.",
         "partly checked"),
        ("A Good rating for NPS Midlands in 2018-19 hides staffing strain.", "partly checked"),
        ("DLNR CRC was rated Requires improvement in 2019-20, a result which the union finds deeply concerning.",
         "partly checked"),
        # the finding before the facts read is what they say: nothing left over
        ("Inspectors found many problems at Leeds PDU, which was rated Inadequate in 2024-25.", "supported"),
        # an owner's other CRC is a fact read, not another business
        ("The CRC is owned by the Reducing Reoffending Partnership, which also runs Staffordshire and West Midlands "
         "CRC.", "supported"),
        ("NPS Midlands was rated Inadequate in 2018-19, which will come as a relief to its staff.", "contradicted"),
        ("Leeds PDU was rated Good in 2024-25, the council calling it a wake-up call.", "contradicted"),
        ("Cumbria and Lancashire CRC was run by Seetec in 2018-19, which also runs catering on many campuses.",
         "contradicted"),
        ("Inspectors found many problems at Leeds PDU, which was rated Good in 2024-25.", "contradicted"),
    ],
    "the_next_inspection_after_a_dated_one": [
        ("Northamptonshire PDU, whose advice to courts had been rated outstanding in May 2022, was rated inadequate "
         "when inspectors returned.", "partly checked"),
        ("Northamptonshire PDU, rated requires improvement in May 2022, was rated inadequate at its next inspection.",
         "supported"),
        ("Northamptonshire PDU, rated requires improvement in May 2022, was rated good at its next inspection.",
         "contradicted"),
        ("Northamptonshire PDU, whose advice to courts had been rated outstanding in May 2022, was rated good when "
         "inspectors returned.", "contradicted"),
        ("Durham Tees Valley CRC was rated requires improvement in 2018-19 and good the following year.",
         "partly checked"),
        ("Durham Tees Valley, run by ARCC, was rated outstanding for leadership in 2018-19 and was rated good the "
         "following year.", "supported"),
        ("Durham Tees Valley, run by ARCC, was rated outstanding for leadership in 2018-19 and was rated inadequate "
         "the following year.", "contradicted"),
        # each rating takes the round written right after it
        ("Durham Tees Valley CRC was rated outstanding for leadership in 2018-19 and was rated good in 2019-20.",
         "supported"),
        ("Durham Tees Valley CRC was rated requires improvement in 2018-19 and good in 2019-20.", "supported"),
        ("Durham Tees Valley CRC was rated requires improvement in 2018-19 and inadequate in 2019-20.",
         "contradicted"),
    ],
    "the_courts_standard_in_other_words": [
        ("Northamptonshire PDU's advice to courts was rated outstanding in 2022-23.", "supported"),
        ("Northamptonshire PDU's pre-sentence reports were rated inadequate in 2022-23.", "contradicted"),
        ("Northamptonshire PDU, whose work with the courts was rated good in 2022-23, was rated requires "
         "improvement.", "contradicted"),
    ],
    "a_report_that_followed_another_is_dated": [
        # (the month a unit "followed in" is its visit's or its report's: Gwent's report came out in February 2022)
        ("Swansea Neath Port Talbot PDU's report came out in January 2022, and Gwent PDU followed in March 2022.",
         "partly checked"),
    ],
    "which_inspection_after_an_aside": [
        # cambridgeshire-peterborough-pdu: one inspection, 2024-25, Inadequate, its first (inspection_ordinals.csv)
        ("The 2024-25 inspection of Cambridgeshire and Peterborough was, the inspectorate noted, the first it had "
         "carried out at the unit since unification, and it ended in an 'inadequate' rating.", "supported"),
        ("The 2024-25 inspection of Cambridgeshire and Peterborough was, the inspectorate noted, the second it had "
         "carried out at the unit since unification, and it ended in an 'inadequate' rating.", "contradicted"),
    ],
    "a_count_of_changes_to_a_rating_is_not_a_count_rated_it": [
        # rounds.csv 2019-20: four rated Good; sector_figures.csv services_improved_to_good: three rose to Good
        ("Four probation services saw their overall rating rise to 'good' in the 2019-20 inspections.",
         "contradicted"),
        ("Four CRCs saw their rating fall to Inadequate in 2019-20.", "unverifiable"),
    ],
    "a_figure_dated_by_its_first_inspection_in_a_sentence_with_a_round": [
        # swm-crc: 13,531 people in 2018-19, >12600 in 2019-20, Requires improvement both times
        ("Staffordshire and West Midlands CRC supervised 13,531 people at its first inspection and more than 12,600 "
         "at its second, in 2019-20, when it was again rated 'requires improvement'.", "supported"),
        ("Staffordshire and West Midlands CRC supervised 14,531 people at its first inspection and more than 12,600 "
         "at its second, in 2019-20, when it was again rated 'requires improvement'.", "contradicted"),
        ("Staffordshire and West Midlands CRC was rated Requires improvement in 2018-19 and again in 2019-20.",
         "supported"),
    ],
    "so_was_the_unit_overall": [
        # hampshire-iow-crc 2018-19: assessment Good, overall Good; dtv-crc 2018-19: leadership Outstanding,
        # overall Requires improvement
        ("Hampshire and Isle of Wight CRC's assessment work was rated good in 2018-19, and so was the company "
         "overall.", "supported"),
        ("Durham Tees Valley CRC's leadership was rated outstanding in 2018-19, and so was the company overall.",
         "contradicted"),
    ],
    "every_unit_of_a_region_after_a_quantifier": [
        # 2022-23 West Midlands PDUs: Warwickshire Requires improvement, the other two Inadequate
        ("Apart from Warwickshire, every West Midlands probation delivery unit inspected in 2022-23 was rated "
         "'inadequate'.", "supported"),
        ("Apart from Warwickshire, every West Midlands probation delivery unit inspected in 2022-23 was rated "
         "'good'.", "contradicted"),
        ("Every West Midlands probation delivery unit inspected in 2022-23 was rated 'inadequate'.", "contradicted"),
    ],
    "the_most_common_rating_of_a_population_set_first": [
        # rounds.csv 2024-25 region: 3 inspected, 3 Requires improvement
        ("Among the three probation regions inspected in 2024-25, the most common rating was 'requires "
         "improvement'.", "supported"),
        ("Among the three probation regions inspected in 2024-25, the most common rating was 'inadequate'.",
         "contradicted"),
    ],
    "a_second_rating_or_a_pronoun_for_it_left_unread_is_no_support": [
        # south-yorkshire-crc 2018-19: leadership Outstanding, unpaid work not held; essex-crc: no 2019-20 row
        ("South Yorkshire CRC's leadership was outstanding in 2018-19, and its unpaid work good.", "partly checked"),
        ("Essex CRC fell short of Good in 2018-19 and failed to reach it again in 2019-20.", "partly checked"),
        # (the unread negation could turn the read part around: no verdict, never support)
        ("Essex CRC fell short of Requires improvement in 2018-19 and failed to reach it again in 2019-20.",
         "unverifiable"),
    ],
    "contracts_ended_beside_a_count_of_them": [
        # rounds.csv 2018-19: 21 CRCs in scope; the ending of their contracts is not in the data
        ("In 2019 ministers decided to end all 21 CRC contracts early.", "partly checked"),
        ("In 2019 ministers decided to end all 24 CRC contracts early.", "contradicted"),
    ],
    "a_relative_clause_after_a_list_is_the_last_ones": [
        # kss-crc and bgsw-crc: both Seetec's in 2018-19; bgsw-crc planning Inadequate, kss-crc's not held
        ("Seetec ran Kent, Surrey and Sussex CRC and Bristol, Gloucestershire, Somerset and Wiltshire CRC, which was "
         "rated inadequate for planning.", "supported"),
        ("Seetec ran Kent, Surrey and Sussex CRC and Bristol, Gloucestershire, Somerset and Wiltshire CRC, which was "
         "rated good for planning.", "contradicted"),
    ],
    "an_owners_count_after_another_owners_sentence": [
        # 2018-19 owners: Sodexo six CRCs, Purple Futures five
        ("Sodexo ran six of the 21 CRCs.\nPurple Futures ran five, including Cheshire and Greater Manchester CRC.",
         "supported"),
        ("Sodexo ran six of the 21 CRCs.\nPurple Futures ran four, including Cheshire and Greater Manchester CRC.",
         "contradicted"),
    ],
    "a_second_rating_or_count_by_ellipsis": [
        # nps-south-west-south-central 2018-19: assessment Outstanding, overall Good; rounds.csv 2022-23 PDU: 31
        # inspected, 15 Inadequate, 1 Good
        ("NPS South West and South Central was 'Outstanding' for assessment and 'Good' overall.", "supported"),
        ("NPS South West and South Central was 'Outstanding' for assessment and 'Inadequate' overall.",
         "contradicted"),
        ("Of the 31 PDUs inspected in 2022-23, 15 were rated Inadequate and one Good.", "supported"),
        ("Of the 31 PDUs inspected in 2022-23, 15 were rated Inadequate and two Good.", "contradicted"),
    ],
    "a_named_exception_after_the_round": [
        # 2022-23 (31 of 31 PDU rows held): London six PDUs, four Inadequate, Newham and Barking, Dagenham and
        # Havering Requires improvement; North West: Liverpool North and Knowsley and St Helens Inadequate, the
        # other two Requires improvement
        ("All the London delivery units inspected in 2022-23 bar Newham were rated 'inadequate'.", "contradicted"),
        ("Every North West delivery unit inspected in 2022-23, with the exception of Liverpool North and Knowsley "
         "and St Helens, was rated 'requires improvement'.", "supported"),
        ("Every North West delivery unit inspected in 2022-23, with the exception of Liverpool North, was rated "
         "'requires improvement'.", "contradicted"),
    ],
    "the_inspectorate_rates_its_subjects_work_as_r_overall": [
        # hmpps-national 2025-26: overall Requires improvement
        ("HMPPS national inspection\n\nWe have therefore rated the sufficiency of these arrangements as 'Requires "
         "improvement' overall.", "supported"),
        ("HMPPS national inspection\n\nWe have therefore rated the sufficiency of these arrangements as 'Good' "
         "overall.", "contradicted"),
    ],
    "a_region_set_first_then_rated_in_a_relative_clause": [
        # north-east-region 2025-26: Requires improvement
        # (what is said of its work in words alone is context, as elsewhere)
        ("Across the North East region, which was rated 'requires improvement' in 2025-26, risk was assessed well.",
         "supported"),
        ("Across the North East region, which was rated 'inadequate' in 2025-26, risk was assessed well.",
         "contradicted"),
        ("The national inspection of HM Prison and Probation Service, published in April 2025, rated its "
         "arrangements 'requires improvement' overall.", "supported"),
        ("The national inspection of HM Prison and Probation Service, published in April 2025, rated its "
         "arrangements 'good' overall.", "contradicted"),
    ],
    "an_owner_saw_both_its_units_rated": [
        # 2018-19: wales-crc Requires improvement, ddc-crc Inadequate (both Working Links')
        ("Working Links, which owned both Wales CRC and Dorset, Devon and Cornwall CRC, saw both companies rated "
         "'inadequate' in 2018-19.", "contradicted"),
        ("Working Links, which owned Wales CRC and Dorset, Devon and Cornwall CRC, saw both companies rated "
         "'requires improvement' in 2018-19.", "contradicted"),
    ],
    "a_dated_inspection_that_is_not_the_first": [
        # kirklees-pdu: 2022-23 (March 2023) and 2024-25 (November 2024), both Inadequate; the second is its second
        ("Members noted that Kirklees PDU was graded Inadequate in November 2024 at its first inspection since "
         "unification.", "partly checked"),
        ("Members noted that Kirklees PDU was graded Good in November 2024.", "contradicted"),
    ],
    "a_change_up_from_the_rating_it_got_before": [
        # swansea-neath-port-talbot-pdu: Inadequate in 2021-22, Requires improvement in 2025-26
        ("Swansea Neath Port Talbot PDU has been rated 'requires improvement', up from the 'inadequate' rating it got "
         "at its previous inspection.", "supported"),
        ("Swansea Neath Port Talbot PDU has been rated 'good', up from the 'inadequate' rating it got at its previous "
         "inspection.", "contradicted"),
    ],
    "the_crc_in_a_text_about_a_pdu_is_the_crc_named_lately": [
        # hampshire-iow-crc 2018-19: owner Purple Futures, overall Good
        ("Portsmouth and the Isle of Wight PDU was rated Inadequate in 2023-24.\nBefore 2021 the work was done by "
         "Hampshire and Isle of Wight CRC, rated Good in 2018-19.\nThe CRC was owned by Purple Futures at the time.",
         "supported"),
        ("Portsmouth and the Isle of Wight PDU was rated Inadequate in 2023-24.\nBefore 2021 the work was done by "
         "Hampshire and Isle of Wight CRC, rated Good in 2018-19.\nThe CRC was owned by Sodexo at the time.",
         "contradicted"),
    ],
    "a_second_predicate_names_the_region": [
        # staffordshire-stoke-pdu: West Midlands region
        ("Staffordshire and Stoke PDU was rated Inadequate in 2022-23.\nThe PDU covers Stoke-on-Trent and the whole "
         "of Staffordshire, and is part of the West Midlands region.", "supported"),
        ("Staffordshire and Stoke PDU was rated Inadequate in 2022-23.\nThe PDU covers Stoke-on-Trent and the whole "
         "of Staffordshire, and is part of the North West region.", "contradicted"),
    ],
    "at_the_first_inspection_and_then": [
        # west-yorkshire-crc: 2018-19 (published 2018-10-31, 8,136 people, Purple Futures) and 2019-20
        ("West Yorkshire CRC was inspected twice.\nAt the first inspection, published at the end of October 2018, "
         "the CRC was supervising 8,136 people. The company was then owned by Purple Futures.", "supported"),
        ("West Yorkshire CRC was inspected twice.\nAt the first inspection, published at the end of October 2018, "
         "the CRC was supervising 9,136 people.", "contradicted"),
        ("West Yorkshire CRC was inspected twice.\nAt the first inspection, published at the end of October 2018, "
         "the CRC was supervising 8,136 people.\nThe company was then owned by Sodexo.", "contradicted"),
    ],
    "standards_named_after_including": [
        # nps-south-east-eastern 2018-19: 5 Good (assessment, planning, victim work Good; staff Requires
        # improvement; reviewing not held); wwm-crc 2018-19: 3 Good (unpaid work, Through the Gate Good)
        ("NPS South East and Eastern was rated good on five of its standards in 2018-19, including its work with "
         "victims.", "supported"),
        ("NPS South East and Eastern was rated good on five of its standards in 2018-19, including reviewing.",
         "partly checked"),
        ("NPS South East and Eastern was rated good on five of its standards in 2018-19, including staffing.",
         "contradicted"),
        ("WWM CRC was rated good on three of its standards in 2018-19, including unpaid work and Through the Gate.",
         "supported"),
    ],
    "told_to_a_board_is_asserted_not_hedged": [
        # surrey-pdu 2023-24 (published 2024-03) Inadequate; swansea-neath-port-talbot-pdu 2021-22 (2022-01)
        # Inadequate; sheffield-pdu's 2024-25 inspection is its second (inspection_ordinals.csv)
        ("It was reported to the Board that Surrey PDU was graded Inadequate in the inspection report published in "
         "March 2024.", "supported"),
        ("It was reported to the Board that Swansea Neath Port Talbot PDU was assessed as Requires improvement in the "
         "inspection report published in January 2022.", "contradicted"),
        ("NPS Wales is said to be rated Good.", "unverifiable"),
        # rounds.csv 2018-19: 28 inspected, none Outstanding, 21 Requires improvement
        ("Of the 28 services inspected in 2018/19, none attained an Outstanding rating.", "supported"),
        ("Of the 28 services inspected in 2018/19, none attained a Requires improvement rating.", "contradicted"),
        ("It was reported to the Board that Sheffield PDU's inspection in the 2024/25 programme, its third since "
         "unification, resulted in a grade of Inadequate.", "contradicted"),
        ("It was reported to the Board that Sheffield PDU's inspection in the 2024/25 programme, its second since "
         "unification, resulted in a grade of Inadequate.", "supported"),
    ],
    "the_false_fact_beside_a_view_still_contradicts": [
        ("NPS North West was rated Inadequate in 2018-19, a tribute to the hard work of its probation officers.",
         "contradicted"),
        ("KSS CRC was rated Good in 2018-19, an outcome many staff expected.", "contradicted"),
        ("NPS North West was rated Requires improvement in 2018-19, and we believe this shows what public "
         "ownership can do.", "contradicted"),
        ("Inspectors, who spent three weeks in the region, rated NPS North West Inadequate in 2018-19.",
         "contradicted"),
        ("Seetec, which has owned KSS CRC since 2015, saw it rated Good in 2018-19.", "contradicted"),
        ("London CRC supervised 18,819 people in 2018-19, many of whom had been in prison.", "contradicted"),
    ],
    "a_single_point_denied_is_none": [
        (f"{_HFKCW} never scored a single point out of 27 in 2022-23.", "supported"),
        (f"{_HFKCW} failed to earn a single point out of 27 in 2022-23.", "supported"),
        ("In 2022-23 Sheffield PDU did not win a single point out of 27.", "contradicted"),
        ("In 2022-23 Sheffield PDU won a single point out of 27.", "supported"),
        (f"{_HFKCW} scored not a single point out of 27 in 2022-23.", "supported"),
    ],
    "a_list_of_standards_ends_at_a_turn": [
        (f"{_HIOW} was rated Good for planning in 2018-19, although through the gate was Requires improvement.",
         "supported"),
        (f"{_HIOW} was rated Good for planning in 2018-19, although through the gate was Good.", "contradicted"),
        (f"{_HIOW} was rated Good for planning, and through the gate was Requires improvement, in 2018-19.",
         "supported"),
        (f"{_HIOW} was rated Good for planning, and through the gate was Good, in 2018-19.", "contradicted"),
        # the rating after "despite" is another standard's, said before it: left unread, never planning's
        (f"{_HIOW} got a Good rating for planning despite Requires improvement work on through the gate in 2018-19.",
         "partly checked"),
        # (false, and never supported: the unread rating beside it holds the verdict back)
        (f"{_HIOW} got an Inadequate rating for planning despite Requires improvement work on through the gate in "
         "2018-19.", "unverifiable"),
    ],
    "changes_said_with_other_verbs": [
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
    ],
    "a_month_inside_a_change_dates_the_first_rating": [
        # the month after the first rating is when the earlier report came out: checked, not carried by the change
        ("West Kent PDU went from Inadequate in May 2022 to Requires improvement in 2024-25.", "supported"),
        ("West Kent PDU went from Inadequate in July 2022 to Requires improvement in 2024-25.", "contradicted"),
        ("Northamptonshire PDU slid from Requires improvement in May 2022 to Inadequate at its 2024-25 inspection.",
         "supported"),
        ("Northamptonshire PDU, rated Requires improvement in June 2022, had slipped to Inadequate by 2024-25.",
         "contradicted"),
    ],
    "a_report_named_by_its_rating_is_the_units_rating": [
        # derby-city-pdu 2022-23 Requires improvement, published 2023-02-09
        ("Derby City PDU's Requires improvement report was published in February 2023.", "supported"),
        ("Derby City PDU's Inadequate report was published in February 2023.", "contradicted"),
        ("Derby City PDU's Requires improvement report was published in March 2023.", "contradicted"),
    ],
    "people_on_the_books_of_a_unit": [
        # wales-crc 2018-19 people_supervised ~9000
        ("About 9,000 people were on the books of Wales CRC in 2018-19.", "supported"),
        ("Fewer than 6,000 people were on the books of Wales CRC in 2018-19.", "contradicted"),
        ("Around 9,000 people were under the supervision of Wales CRC in 2018-19.", "supported"),
    ],
    "who_leads_an_owner_is_a_claim_of_its_own": [
        # cgm-crc 2018-19 owner Purple Futures; who leads the partnership is not in the data
        ("Cheshire and Greater Manchester CRC is owned by Purple Futures, a partnership led by a large outsourcing "
         "firm.", "partly checked"),
        ("Cheshire and Greater Manchester CRC is owned by Sodexo, a partnership led by a large outsourcing firm.",
         "contradicted"),
    ],
    "a_count_of_inspections_with_a_word_before_the_noun": [
        # rounds 2022-23: 31 inspected, 1 Good
        ("Only one of the 31 probation inspections covered in 2022-23 was rated Good.", "supported"),
        ("Only two of the 31 probation inspections covered in 2022-23 were rated Good.", "contradicted"),
    ],
    "over_capacity_is_not_within_it": [
        # sector_figures.csv NPS 2019-20 staff_workload_over_capacity_pct 60: the share over capacity, not within it
        ("Sixty per cent of NPS staff had workloads over their expected capacity in 2019-20.", "supported"),
        ("Seventy per cent of NPS staff had workloads above capacity in 2019-20.", "contradicted"),
        ("Sixty per cent of NPS staff had workloads within their expected capacity in 2019-20.", "unverifiable"),
    ],
    "a_figure_after_a_units_possessive_is_that_units": [
        # swm-crc 2019-20 avg_caseload 64, dlnr-crc 58: each figure is its possessor's
        ("SWM CRC's average caseload of 64 in 2019-20 was higher than DLNR CRC's 60.", "contradicted"),
        # (true: each figure checked as its own unit's, and 64 is higher than 58, so the comparison is borne out)
        ("SWM CRC's average caseload of 64 in 2019-20 was higher than DLNR CRC's 58.", "supported"),
        # (both figures true, but "lower" is not what they say: the comparison is left unread)
        ("SWM CRC's average caseload of 64 in 2019-20 was lower than DLNR CRC's 58.", "partly checked"),
    ],
    "inspected_once_before_is_a_second_inspection": [
        # inspection_ordinals.csv 2025-26 derbyshire-pdu 1 (its first since unification); 2024-25 kirklees-pdu 2
        ("Derbyshire PDU, rated Inadequate in 2025-26, had been inspected once before since unification.",
         "contradicted"),
        ("Derbyshire PDU, rated Inadequate in 2025-26, had never been inspected before.", "supported"),
        ("Kirklees PDU, rated Inadequate in 2024-25, had been inspected once before.", "supported"),
        ("Kirklees PDU, rated Inadequate in 2024-25, had never been inspected before.", "contradicted"),
    ],
    # essex-north-pdu 2022-23 Inadequate, 2024-25 Requires improvement; doncaster-pdu 2024-25 Inadequate, its first
    "the_rating_its_first_or_latest_inspection_ended_with": [
        ("Essex North PDU's first inspection ended with an Inadequate rating.", "supported"),
        ("Essex North PDU's first inspection ended with a Requires improvement rating.", "contradicted"),
        ("Essex North PDU's latest inspection ended with a Requires improvement rating.", "supported"),
        ("Doncaster PDU's first inspection, published in October 2024, ended with a Good rating.", "contradicted"),
    ],
    # swm-crc people_supervised 2018-19 13531, 2019-20 >12600: "no more than" and "no fewer than" read whole
    "no_more_than_and_no_fewer_than_people": [
        ("No more than 15,000 people were supervised by SWM CRC in 2018-19.", "supported"),
        ("No more than 10,000 people were supervised by SWM CRC in 2018-19.", "contradicted"),
        ("No fewer than 13,000 people were supervised by SWM CRC in 2018-19.", "supported"),
        ("No fewer than 14,000 people were supervised by SWM CRC in 2018-19.", "contradicted"),
    ],
    # portsmouth-isle-of-wight-pdu 2023-24 Requires improvement; lambeth-pdu 2022-23 Inadequate: no CRC of those
    # names, so no verdict on one, where the place alone would have been read as the PDU
    "a_place_before_another_sectors_noun_names_no_unit": [
        ("The Isle of Wight CRC was rated Requires improvement in 2023-24.", "unverifiable"),
        ("Lambeth CRC was rated Inadequate in 2022-23.", "unverifiable"),
        ("The Lambeth division was rated Inadequate in 2022-23.", "supported"),
        ("Lambeth PDU was rated Good in 2022-23.", "contradicted"),
    ],
    # north-east-region 2025-26 Requires improvement, kq2_1_safety 35
    "kept_people_safe_is_no_rating_kept": [
        ("The North East region was rated Requires improvement in 2025-26, and its assessment work kept other people "
         "safe in 35 per cent of cases.", "supported"),
        ("The North East region was rated Requires improvement in 2025-26, and its assessment work kept other people "
         "safe in 45 per cent of cases.", "contradicted"),
    ],
    # --- the twentieth round's rules ---
    "an_owner_ranked_among_owners": [
        # providers.csv 2018-19 owner: Sodexo 6 CRCs, Purple Futures 5, ARCC 1 and PeoplePlus 1
        ("In 2018-19 Sodexo ran more CRCs than any other owner.", "supported"),
        ("In 2018-19 Purple Futures ran the most CRCs.", "contradicted"),
        # (ARCC ran one as well: "the fewest" of a tie is neither)
        ("In 2018-19 PeoplePlus ran the fewest CRCs.", "unverifiable"),
    ],
    "an_owners_count_after_another_owners": [
        ("In 2018-19 Sodexo ran six CRCs, while Purple Futures ran five.", "supported"),
        ("In 2018-19 Sodexo ran six CRCs, while Purple Futures ran four.", "contradicted"),
    ],
    "a_second_people_figure_without_its_noun": [
        # dtv-crc people_supervised 2018-19 3729, 2019-20 '>3600'
        ("Durham Tees Valley CRC supervised 3,729 people at its 2018-19 inspection, and more than 3,600 when it was "
         "inspected again in 2019-20.", "supported"),
        ("Durham Tees Valley CRC supervised 3,729 people in 2018-19 and fewer than 3,000 in 2019-20.",
         "contradicted"),
    ],
    "another_units_people_figure_beside": [
        # london-crc 2018-19 people_supervised 28819, thames-valley-crc 4750
        ("London CRC supervised 28,819 people, far more than the 4,750 on Thames Valley CRC's books.", "supported"),
        ("London CRC supervised 28,819 people, compared with 5,750 at Thames Valley CRC.", "contradicted"),
        # (two true figures, but "fewer" is not what they say)
        ("London CRC supervised 28,819 people, fewer than the 4,750 at Thames Valley CRC.", "partly checked"),
    ],
    "the_rounds_inspections_are_all_of_them": [
        # rounds.csv 2022-23 PDU: inspected 31, good 1, inadequate 15
        ("Of the 31 PDU inspections in 2022-23, 15 were judged inadequate.", "supported"),
        ("Only one of the 31 PDU inspections in 2022-23 came out as good, and as many as 16 were judged "
         "inadequate.", "contradicted"),
    ],
    "one_standing_for_a_noun": [
        # hlny-crc 2019-20 home_visit_pct '1/4'
        ("HLNY CRC recorded home visits in just a quarter of the cases that needed one in 2019-20.", "supported"),
        ("HLNY CRC recorded home visits in just a third of the cases that needed one in 2019-20.", "contradicted"),
    ],
    "standards_counted_as_rated_standards": [
        # london-crc 2018-19 n_std_good 5; dtv-crc 2019-20 n_std_outstanding 3
        ("In 2018-19 London CRC had five Good standards.", "supported"),
        ("In 2018-19 London CRC had six Good standards.", "contradicted"),
        ("In 2019-20 Durham Tees Valley CRC received one Outstanding rating.", "contradicted"),
    ],
    "a_rating_at_its_nth_inspection": [
        # inspection_ordinals.csv 2024-25 north-north-east-lincolnshire-pdu 2; providers.csv 2022-23 overall
        # Requires improvement (published 2023-03-30), 2024-25 Inadequate
        ("North and North East Lincolnshire PDU, rated Requires improvement in March 2023, was judged Inadequate at "
         "its second inspection.", "supported"),
        ("North and North East Lincolnshire PDU, rated Requires improvement in March 2023, was judged Good at its "
         "second inspection.", "contradicted"),
    ],
    "both_inspections_with_a_round_written": [
        # north-north-east-lincolnshire-pdu: Requires improvement in 2022-23, Inadequate in 2024-25
        ("North and North East Lincolnshire PDU was rated Inadequate at both of its inspections, the second in "
         "2024-25.", "contradicted"),
    ],
    "an_owner_after_an_aside": [
        # kss-crc 2018-19 owner Seetec
        ("Kent, Surrey and Sussex CRC, which supervised approximately 8,600 people, was owned by Seetec.",
         "supported"),
        ("Kent, Surrey and Sussex CRC, which supervised approximately 8,600 people, was owned by Sodexo.",
         "contradicted"),
    ],
    "a_count_after_another_counts_population": [
        # rounds.csv 2022-23 PDU: inspected 31, good 1, inadequate 15
        ("One of the 31 inspections in 2022-23 produced a Good rating, while 15 ended in an Inadequate one.",
         "supported"),
        ("One of the 31 inspections in 2022-23 produced a Good rating, while 16 ended in an Inadequate one.",
         "contradicted"),
        # providers.csv 2024-25: 24 PDUs, 14 Inadequate, 10 Requires improvement
        ("Fourteen of the 24 PDUs inspected in 2024-25 were rated Inadequate, so none of them achieved Good.",
         "supported"),
        ("Fourteen of the 24 PDUs inspected in 2024-25 were rated Inadequate and the other ten Requires "
         "improvement, so not one of them reached Inadequate.", "contradicted"),
        # (of Sodexo's six, not of all 21 CRCs: the one Good CRC of 2018-19 was Purple Futures')
        ("Sodexo, which owned six CRCs, saw one of them rated Good in 2018-19.", "partly checked"),
    ],
    "people_under_its_supervision": [
        # merseyside-crc 2019-20 people_supervised '>6200'
        ("Merseyside CRC was rated Requires improvement in 2019-20, when more than 6,200 people were under its "
         "supervision.", "supported"),
        ("Merseyside CRC was rated Requires improvement in 2019-20, when fewer than 5,000 people were under its "
         "supervision.", "contradicted"),
    ],
    "the_first_report_opening_a_sentence": [
        # merseyside-crc 2018-19 published 2018-09, 2019-20 published 2020-06
        ("Merseyside CRC report\n\nThe first report, published in September 2018, rated the CRC Requires "
         "improvement.", "supported"),
        ("Merseyside CRC report\n\nThe first report, published in September 2019, rated the CRC Requires "
         "improvement.", "contradicted"),
    ],
    "no_points_at_all": [
        # 2022-23 points: hammersmith-fulham-kensington-chelsea-westminster-pdu 0, lambeth-pdu 3
        ("Hammersmith, Fulham, Kensington, Chelsea and Westminster PDU scored no points at all in its 2022-23 "
         "inspection.", "supported"),
        ("Lambeth PDU scored no points at all in 2022-23.", "contradicted"),
    ],
    "reported_in_the_present_tense": [
        # nps-wales 2018-19 overall Good, its one inspection in the data: "had been" is backshift, not an earlier
        # rating
        ("The answer adds that NPS Wales had been rated Good.", "supported"),
        ("The answer adds that NPS Wales had been rated Outstanding.", "contradicted"),
    ],
    "fared_better_or_worse": [
        # 2018-19 overall: essex-crc Requires improvement, ddc-crc Inadequate
        ("Dorset, Devon and Cornwall CRC fared worse than Essex CRC in 2018-19.", "supported"),
        ("Essex CRC fared worse than Dorset, Devon and Cornwall CRC in 2018-19.", "contradicted"),
        # dtv-crc Requires improvement -> Good; derby-city-pdu Requires improvement at both; north-north-east-
        # lincolnshire-pdu Requires improvement -> Inadequate
        ("Durham Tees Valley CRC fared better in 2019-20 than in 2018-19.", "supported"),
        ("Derby City PDU fared worse at its second inspection than at its first.", "contradicted"),
        ("Derby City PDU fared no worse at its second inspection than at its first.", "supported"),
        ("North and North East Lincolnshire PDU fared no worse at its second inspection than at its first.",
         "contradicted"),
    ],
    "two_units_shared_the_same_rating": [
        # 2018-19 overall: nps-midlands and nps-north-east Good, nps-london Requires improvement, nps-wales Good
        ("NPS Midlands and NPS North East shared the same rating in 2018-19: good.", "supported"),
        ("NPS London and NPS Wales shared the same rating in 2018-19.", "contradicted"),
        # (which rating, said after a colon, is a claim of its own)
        ("NPS Midlands and NPS North East shared the same rating in 2018-19: outstanding.", "contradicted"),
    ],
    "a_majority_of_a_count": [
        # providers.csv 2024-25: 14 of the 24 PDUs Inadequate; 2018-19: 6 of 28 services Good
        ("A majority of the 24 PDUs inspected in 2024-25 were rated inadequate.", "supported"),
        ("A majority of the 28 services inspected in 2018-19 were rated good.", "contradicted"),
    ],
    "both_units_named": [
        # 2025-26 overall: wales-region and gwent-pdu Requires improvement
        ("Both the Welsh probation region and Gwent PDU were rated requires improvement in 2025-26.", "supported"),
        ("Both the Welsh probation region and Gwent PDU were rated inadequate in 2025-26.", "contradicted"),
    ],
    "two_ratings_counted_against_each_other": [
        # 2018-19 NPS: 5 Good, 2 Requires improvement; 2024-25 PDUs: 14 Inadequate, 10 Requires improvement
        ("More NPS divisions were rated Good than Requires Improvement in 2018-19: five against two.", "supported"),
        ("More PDUs were rated Inadequate than Requires Improvement in 2024-25, fifteen against nine.",
         "contradicted"),
    ],
    "a_number_of_inspections_is_no_figure": [
        # dlnr-crc avg_caseload: 2019-20 58, 2018-19 empty ("two" counts its inspections, not its caseload)
        ("DLNR CRC's average caseload rose between its two inspections, reaching 58 in 2019-20.", "unverifiable"),
    ],
    "more_standards_rated_is_no_overall_rating": [
        # dtv-crc 2019-20 overall Good, n_std_outstanding 3; the other CRCs' counts are not all held
        ("Durham Tees Valley CRC had more standards rated Outstanding in 2019-20 than any other CRC.",
         "unverifiable"),
    ],
    "a_rating_that_was_its_first": [
        # inspection_ordinals.csv 2025-26 derby-city-pdu 2
        ("Derby City PDU's requires improvement rating in 2025-26 was its first since unification.", "contradicted"),
    ],
    "a_place_inside_a_relative_clause": [
        # derbyshire-pdu 2025-26 overall Inadequate (Derby City PDU, named by its place inside the aside, is no
        # subject of the rating)
        ("Derbyshire PDU, which covers the county outside Derby, has been rated 'inadequate'.", "supported"),
        ("Derbyshire PDU, which covers the county outside Derby, has been rated 'good'.", "contradicted"),
    ],
    "an_owners_other_units": [
        # 2018-19 owner Sodexo: six CRCs, essex-crc among them; wales-crc was Working Links'
        ("Sodexo, which ran Essex CRC, also ran five other CRCs in 2018-19.", "supported"),
        ("Sodexo, which ran Essex CRC, also ran six other CRCs in 2018-19.", "contradicted"),
        ("Sodexo, which ran Wales CRC, also ran five other CRCs in 2018-19.", "contradicted"),
    ],
    "times_as_many_rated": [
        # 2018-19 Good: 5 NPS divisions, 1 CRC; Requires improvement: 19 CRCs, 2 NPS divisions
        ("In 2018-19 five times as many NPS divisions as CRCs were rated Good.", "supported"),
        ("In 2018-19 twice as many NPS divisions as CRCs were rated Good.", "contradicted"),
        ("In 2018-19 twice as many CRCs as NPS divisions were rated Requires improvement.", "contradicted"),
    ],
    "a_units_national_arrangements": [
        # hmpps-national overall Requires improvement (published 2025-04-29)
        ("HMPPS's national arrangements were rated Requires improvement in April 2025.", "supported"),
        ("HMPPS's national arrangements were rated GOOD in April 2025.", "contradicted"),
    ],
    "both_after_units_named_in_the_sentence": [
        # 2022-23: lambeth-pdu and ealing-hillingdon-pdu Inadequate, 3 points each; newham-pdu Requires improvement
        ("Lambeth and Ealing and Hillingdon each scored three points, and both were rated Inadequate in October "
         "2022.", "supported"),
        ("Lambeth PDU and Newham PDU were inspected in 2022-23, and both were rated Inadequate.", "contradicted"),
    ],
    "a_count_of_one_months_reports": [
        # 2022-23 London PDUs: four Inadequate in the round, three of them (Ealing and Hillingdon; Hammersmith,
        # Fulham, Kensington, Chelsea and Westminster; Lambeth) reported on 2022-10-18, Lewisham and Bromley in
        # 2022-11; the Greater Manchester PDUs reported on 2023-05-25 (Manchester North, Tameside, Wigan) all
        # Requires improvement
        ("Three London PDUs were rated Inadequate in the reports of October 2022.", "supported"),
        ("Four London PDUs were rated Inadequate in the reports of October 2022.", "contradicted"),
        ("Of the three Greater Manchester PDUs reported on in May 2023, two were rated Requires improvement and "
         "one Inadequate.", "contradicted"),
        # (a month beside a named unit's rating dates that rating, not the count after it)
        ("Lambeth PDU, rated Inadequate in October 2022, was one of 15 inspections rated Inadequate in 2022-23.",
         "supported"),
    ],
    "the_best_rating_a_unit_has_had": [
        # nps-wales 2018-19 Good (its only row); surrey-pdu 2024-25 Inadequate: "the highest rating it has ever
        # received" places the rating among the unit's own, not on the scale
        ("NPS Wales was rated Good, the highest rating it has ever received.", "partly checked"),
        ("Surrey PDU was rated Good, the highest rating it has ever received.", "contradicted"),
        ("In 2018-19 NPS Wales was rated Good, the highest rating.", "contradicted"),
    ],
    "a_year_before_the_data": [
        # essex-crc's one inspection was reported on 2018-10-10: no rating of 2016 is in the data
        ("Essex CRC was rated Requires improvement in 2018.", "supported"),
        ("Essex CRC was rated Requires improvement, as it was in 2016.", "partly checked"),
        ("Essex CRC was rated Good, as it was in 2016.", "contradicted"),
    ],
    "a_year_beside_the_report_not_the_one_before": [
        # surrey-pdu has one inspection (2024-25, Inadequate, 2024-03); west-kent-pdu Inadequate in 2022-23
        # (2022-05) and Requires improvement in 2024-25: the year dates the report, "its previous inspection" the
        # one before it
        ("Surrey PDU, rated Inadequate in March 2024, had been rated Requires improvement at its previous "
         "inspection.", "partly checked"),
        ("West Kent PDU, rated Requires improvement in 2024, had been rated Inadequate at its previous inspection.",
         "supported"),
        ("West Kent PDU, rated Requires improvement in 2024, had been rated Good at its previous inspection.",
         "contradicted"),
    ],
    "a_region_the_subject_of_had": [
        # 2022-23 (all 31 inspections held): London's six PDUs, four Inadequate (Ealing and Hillingdon; Hammersmith,
        # Fulham, Kensington, Chelsea and Westminster; Lambeth; Lewisham and Bromley)
        ("London had four PDUs rated Inadequate in 2022-23.", "supported"),
        ("London had five PDUs rated Inadequate in 2022-23.", "contradicted"),
    ],
    "the_others_figure_and_a_unit_like_another": [
        # 2022-23 points: hammersmith-fulham-kensington-chelsea-westminster-pdu 0, ealing-hillingdon-pdu and
        # lambeth-pdu 3; "the other two" is not the unit named; wales-region 2025-26 victim work is empty
        ("Hammersmith, Fulham, Kensington, Chelsea and Westminster PDU scored no points out of a possible 27, and "
         "the other two scored three points each.", "partly checked"),
        ("Hammersmith, Fulham, Kensington, Chelsea and Westminster PDU scored two points out of a possible 27, and "
         "the other two scored three points each.", "contradicted"),
        ("The North East region was rated requires improvement in 2025-26 and, like Wales, was rated outstanding "
         "for its work with victims.", "partly checked"),
        ("The North East region was rated Good in 2025-26 and, like Wales, was rated outstanding for its work with "
         "victims.", "contradicted"),
    ],
    "the_round_an_of_the_m_count_numbers": [
        # rounds.csv 2022-23: 31 inspections, 15 Inadequate, 1 Good; 2024-25: 24 PDUs, 10 Requires improvement;
        # "in that round", "they visited in that programme" are every inspection of it
        ("Lambeth PDU was rated Inadequate in 2022-23.\nNationally, 15 of the 31 probation inspections in that "
         "round ended in an inadequate rating.", "supported"),
        ("Lambeth PDU was rated Inadequate in 2022-23.\nNationally, 16 of the 31 probation inspections in that "
         "round ended in an inadequate rating.", "contradicted"),
        ("Across England and Wales, only one of the 31 inspections in the same programme was rated good.",
         "supported"),
        ("Nationally, inspectors rated 10 of the 24 units they visited in that programme requires improvement.",
         "supported"),
        # (barking-dagenham-havering-pdu: one inspection, 2022-23, the text's subject and "the same programme")
        ("Barking, Dagenham and Havering PDU was rated Requires improvement.\nAcross England and Wales, only one of "
         "the 31 inspections in the same programme was rated good.", "supported"),
    ],
    "a_unit_named_in_words_the_data_do_not_hold": [
        # rounds.csv 2018-19 NPS: 5 of 7 Good; "The Midlands" is one of them, not a share of one in five
        ("The Midlands was one of five NPS divisions rated Good in 2018-19.", "partly checked"),
        ("The Midlands was one of four NPS divisions rated Good in 2018-19.", "contradicted"),
    ],
    "a_clear_majority_of": [
        # rounds.csv 2018-19: NPS 5 of 7 Good, CRCs 1 of 21; "a clear majority" is a majority (literal truth)
        ("In 2018-19 a clear majority of NPS divisions were rated Good.", "supported"),
        ("In 2018-19 a clear majority of CRCs were rated Good.", "contradicted"),
        ("In 2018-19 a clear majority of NPS divisions, six of the seven, were rated Good.", "contradicted"),
    ],
    "no_fewer_than": [
        # 2018-19: Sodexo ran six CRCs (bench, cumbria-lancashire, essex, norfolk-suffolk, northumbria,
        # south-yorkshire); 19 of the 21 CRCs Requires improvement; "no fewer than N" is at least N
        ("Sodexo owned no fewer than six of the 21 CRCs inspected in 2018-19.", "supported"),
        ("Sodexo owned no fewer than seven of the 21 CRCs inspected in 2018-19.", "contradicted"),
        ("In 2018-19 no fewer than 19 CRCs were rated requires improvement.", "supported"),
        ("In 2018-19 no fewer than 20 CRCs were rated requires improvement.", "contradicted"),
    ],
    "not_one_region": [
        # 2024-25 regions (rounds.csv): 3 rated, all Requires improvement; 2025-26: east-midlands-region Inadequate
        ("No region inspected in 2024-25 was rated Inadequate.", "supported"),
        ("Every region inspected in 2024-25 was rated Good.", "contradicted"),
        ("Not one region inspected in 2025-26 was rated Inadequate.", "contradicted"),
    ],
    "a_units_place_in_an_order_of_reports": [
        # surrey-pdu 2024-25 Inadequate; which report of the year it was is not in the data
        ("Surrey PDU was rated Inadequate, the 12th PDU to be rated Inadequate that year.", "partly checked"),
        ("Surrey PDU was rated Good, the 12th PDU to be rated Good that year.", "contradicted"),
    ],
    "a_year_after_before_bounds_the_time_and_dates_no_inspection": [
        # hampshire-iow-crc: one inspection, 2018-19, Good; swansea-neath-port-talbot-pdu: Inadequate in 2021-22,
        # Requires improvement in 2025-26 (both before and after 2024 would be readings)
        ("Portsmouth and the Isle of Wight PDU was rated Inadequate.\nBefore 2021, most of the work on the island "
         "was done by Hampshire and Isle of Wight CRC, which inspectors rated 'good'.", "supported"),
        ("Portsmouth and the Isle of Wight PDU was rated Inadequate.\nBefore 2021, most of the work on the island "
         "was done by Hampshire and Isle of Wight CRC, which inspectors rated 'inadequate'.", "contradicted"),
        ("Prior to 2024, Swansea Neath Port Talbot PDU was rated good.", "contradicted"),
    ],
    "a_name_written_without_the_article_after_and": [
        # portsmouth-isle-of-wight-pdu 2023-24: Requires improvement
        ("Portsmouth and Isle of Wight PDU was rated requires improvement in 2023-24.", "supported"),
        ("Portsmouth and Isle of Wight PDU was rated inadequate in 2023-24.", "contradicted"),
    ],
    "the_same_verdict_it_reached_on_another_unit": [
        # birmingham-north-east-solihull-pdu and staffordshire-stoke-pdu: Inadequate in 2022-23; warwickshire-pdu:
        # Requires improvement in 2022-23
        ("The inspectorate rated Birmingham North, East and Solihull PDU 'inadequate' in 2022-23, the same verdict it "
         "reached on Staffordshire and Stoke PDU.", "supported"),
        ("The inspectorate rated Birmingham North, East and Solihull PDU 'inadequate' in 2022-23, a verdict it also "
         "reached on neighbouring Warwickshire PDU.", "contradicted"),
    ],
    "improved_between_two_inspections_is_the_ratings_change": [
        # west-kent-pdu: Inadequate in 2022-23, Requires improvement in 2024-25; northamptonshire-pdu: Requires
        # improvement in 2022-23, Inadequate in 2024-25
        ("West Kent PDU improved between its 2022-23 and 2024-25 inspections.", "supported"),
        ("West Kent PDU deteriorated between 2022-23 and 2024-25.", "contradicted"),
        ("Northamptonshire PDU improved between its inspection in May 2022 and its next, in 2024-25.", "contradicted"),
    ],
    "a_share_of_the_rounds_inspections_its_annual_report_named": [
        # rounds.csv 2022-23 all: 31 inspected and rated, 15 Inadequate (48%), 1 Good
        ("More than half of the 31 inspections covered by the inspectorate's 2022-23 annual report ended in an "
         "'inadequate' rating.", "contradicted"),
        ("Fewer than half of the 31 inspections covered by the inspectorate's 2022-23 annual report ended in an "
         "'inadequate' rating.", "supported"),
        ("Only one of the 31 probation inspections in its 2022-23 annual report produced a 'good' rating.",
         "supported"),
    ],
    "key_questions_in_other_words": [
        # providers.csv: knowsley-st-helens-pdu 2022-23 kq2_1_safety 24; stockton-hartlepool-pdu 2025-26 kq2_1_safety
        # 33; north-east-region 2025-26 kq2_1_safety 35, kq2_3_safety 33; hmpps-national 2025-26 kq2_3_desistance 32
        ("Only 24% of cases at Knowsley and St Helens PDU had a good enough assessment of the risk to other people.",
         "supported"),
        ("In Stockton and Hartlepool PDU, the risk to others was properly assessed in just 23% of cases.",
         "contradicted"),
        ("In the North East region, probation work kept other people safe in 33% of cases.", "supported"),
        ("In the North East region, probation work kept other people safe in 35% of cases.", "contradicted"),
        ("Inspectors found HMPPS supported people to stop offending in just 32% of cases nationally.", "supported"),
        ("Inspectors found HMPPS supported people to stop offending in just 42% of cases nationally.", "contradicted"),
    ],
    "a_region_had_n_units_inspected_and_every_single_one_rated": [
        # providers.csv 2022-23: six London PDUs, four Inadequate; three West Midlands PDUs, Warwickshire Requires
        # improvement; three Greater Manchester PDUs, all Requires improvement
        ("London had 6 PDUs inspected in 2022-23 - and 4 of them were rated Inadequate.", "supported"),
        ("London had 7 PDUs inspected in 2022-23.", "contradicted"),
        ("The West Midlands had 3 PDUs inspected in 2022-23 and every single one was rated Inadequate.",
         "contradicted"),
        ("Three Greater Manchester PDUs were inspected in 2022-23 and every one was rated Requires improvement.",
         "supported"),
    ],
    "none_of_either_population": [
        # rounds.csv 2019-20: 4 Good, 6 Requires improvement, none Inadequate; 2018-19: one Inadequate (ddc-crc)
        ("No CRC or NPS division was rated inadequate in 2019-20.", "supported"),
        ("Not a single CRC or NPS division was branded inadequate in 2018-19.", "contradicted"),
    ],
    "gave_n_units_an_overall_rating_so_many_of_them_r": [
        # rounds.csv 2019-20 all: 10 rated, 4 Good
        ("The inspectorate gave ten probation services an overall rating in 2019-20, four of them good.",
         "supported"),
        ("The inspectorate gave ten probation services an overall rating in 2019-20, five of them good.",
         "contradicted"),
        ("The inspectorate gave eleven probation services an overall rating in 2019-20.", "contradicted"),
    ],
    "the_total_written_names_the_round_a_carried_round_cannot_be": [
        # rounds.csv: 2018-19 all 28 inspected; 2022-23 all 31 inspected, 15 Inadequate (48%); a false share is
        # not contradicted, as rounds whose totals HMIP did not publish (2023-24, 2025-26) may have had 31
        ("Bristol and South Gloucestershire PDU was rated Requires improvement.\nBristol, Gloucestershire, Somerset "
         "and Wiltshire CRC was rated Requires improvement in 2019.\nNationally, almost half of the 31 inspections in "
         "the round ended with an 'inadequate' rating.", "supported"),
        ("Bristol and South Gloucestershire PDU was rated Requires improvement.\nBristol, Gloucestershire, Somerset "
         "and Wiltshire CRC was rated Requires improvement in 2019.\nNationally, more than half of the 31 inspections "
         "in the round ended with an 'inadequate' rating.", "unverifiable"),
    ],
    "how_many_ratings_rose_to_good_a_published_figure": [
        # sector_figures.csv all 2019-20 services_improved_to_good: 3 ("three probation services")
        ("Three services saw their rating rise to good in 2019-20.", "supported"),
        ("Four services saw their rating rise to good in 2019-20.", "contradicted"),
        ("In 2019-20 three probation services improved their rating to Good.", "supported"),
    ],
    "the_only_unit_rated_r_was_of_a_kind": [
        # 2018-19: one provider rated Inadequate (ddc-crc, a CRC); no provider rated Outstanding
        ("The only service rated Inadequate in 2018-19 was a CRC.", "supported"),
        ("The only service rated Inadequate in 2018-19 was an NPS division.", "contradicted"),
        ("The only service rated Outstanding in 2018-19 was a CRC.", "contradicted"),
    ],
    "by_far_the_most_common_rating_of_a_population": [
        # rounds.csv 2018-19 CRC: 1 Good, 19 Requires improvement, 1 Inadequate; 2022-23 PDU: 1 Good of 31
        ("Requires improvement was by far the most common rating for CRCs in 2018-19.", "supported"),
        ("Good was by far the most common rating for CRCs in 2018-19.", "contradicted"),
        ("In 2022-23, Good was the most common PDU rating.", "contradicted"),
    ],
    "a_round_named_by_its_year_of_work": [
        # west-kent-pdu: Inadequate in 2022-23, Requires improvement in 2024-25
        ("West Kent PDU improved from Inadequate in the 2022/23 inspection year to Requires improvement in the "
         "2024/25 programme.", "supported"),
        ("West Kent PDU improved from Inadequate in the 2022/23 inspection year to Good in the 2024/25 programme.",
         "contradicted"),
    ],
    "a_wrong_count_of_standards_whatever_their_number": [
        # cambridgeshire-peterborough-pdu 2024-25: n_std_inadequate 6; the framework's number of standards is not held
        ("Cambridgeshire and Peterborough PDU was graded Inadequate on five of its seven standards in 2024-25.",
         "contradicted"),
        ("Cambridgeshire and Peterborough PDU was graded Inadequate on six of its seven standards in 2024-25.",
         "unverifiable"),
    ],
    "did_not_rate_a_single_unit_r": [
        # 2018-19: no NPS division rated Inadequate; one CRC rated Inadequate (ddc-crc)
        ("Inspectors didn't rate a single NPS division Inadequate in 2018-19.", "supported"),
        ("HMIP did not rate any CRC Inadequate in 2018-19.", "contradicted"),
    ],
    "a_year_or_split_in_two_counts_nothing": [
        # rounds.csv 2018-19: 21 CRCs in scope (the year 2014 and "two" are no figures to check)
        ("In 2014 probation was split in two, and in 2018-19 HMIP inspected all 21 CRCs.", "supported"),
        ("In 2014 probation was split in two, and in 2018-19 HMIP inspected all 20 CRCs.", "contradicted"),
    ],
    "the_services_standard_in_other_words": [
        # hmpps-national 2025-26: services Inadequate
        ("Inspectors rated the national arrangements for providing services at HMPPS 'Inadequate' in 2025-26.",
         "supported"),
        ("Inspectors rated the national arrangements for providing services at HMPPS 'Good' in 2025-26.",
         "contradicted"),
    ],
    "a_reports_place_in_its_kinds_order": [
        # providers.csv published: swansea-neath-port-talbot-pdu 2022-01, gwent-pdu 2022-02 (rounds.csv 2021-22: two
        # PDUs inspected); nps-south-west-south-central 2018-11, the earliest of the seven 2018-19 divisions
        ("Swansea Neath Port Talbot PDU's report, published in January 2022, was the first of any probation delivery "
         "unit in England and Wales.", "supported"),
        ("Gwent PDU's report, published in February 2022, was the first of any probation delivery unit in England "
         "and Wales.", "contradicted"),
        ("Gwent PDU was inspected in 2021-22.\nThis is the second inspection of a PDU under the new methodology.",
         "supported"),
        ("NPS South West and South Central's report was the first report of a new programme.", "supported"),
        ("NPS Midlands' report was the first report of a new programme.", "contradicted"),
    ],
    "one_of_a_trio_of_units_rated_on_the_same_day": [
        # 2022-23: four London PDUs Inadequate, three of them (Ealing and Hillingdon, Hammersmith ..., Lambeth)
        # published on 2022-10-18; lambeth-pdu 3 points
        ("Lambeth PDU, one of a trio of London units rated 'inadequate' on the same day in the autumn of 2022, "
         "managed just three of the 27 points available.", "partly checked"),
        ("Lambeth PDU was one of a trio of London units rated Inadequate in 2022-23.", "contradicted"),
        ("Lambeth PDU was one of four London units rated Inadequate in 2022-23.", "supported"),
    ],
    "one_of_the_companies_an_owner_ran": [
        # providers.csv 2018-19: essex-crc owner Sodexo (Purple Futures ran five other CRCs)
        ("Essex CRC, rated Requires improvement in October 2018, was one of the companies run by Sodexo.",
         "supported"),
        ("Essex CRC, rated Requires improvement in October 2018, was one of the companies run by Purple Futures.",
         "contradicted"),
    ],
    "only_one_named_of_a_population_named_before": [
        # 2018-19: one CRC rated Good (hampshire-iow-crc), one provider rated Inadequate (ddc-crc); five NPS
        # divisions rated Good
        ("Of the 28 services inspected in 2018-19, none was rated Outstanding and only DDC CRC was rated "
         "Inadequate.", "supported"),
        ("Of the seven NPS divisions inspected in 2018-19, only NPS Wales was rated Good.", "contradicted"),
    ],
    "a_count_with_its_figure_beside_it": [
        # rounds.csv 2018-19 NPS: 5 Good, 2 Requires improvement of 7; 2024-25 PDU: 14 Inadequate of 24
        ("Fewer than half of the seven NPS divisions, just two, were rated requires improvement in 2018-19.",
         "supported"),
        ("More than half of the seven NPS divisions, just two, were rated requires improvement in 2018-19.",
         "contradicted"),
        ("In 2024-25 a clear majority of the 24 PDUs inspected, 14 of them, were rated inadequate.", "supported"),
        ("In 2024-25 a clear majority of the 24 PDUs inspected, 15 of them, were rated inadequate.", "contradicted"),
    ],
    "the_rating_kept_named_after_the_words": [
        # northumbria-crc and dlnr-crc: Requires improvement in 2018-19 and 2019-20
        ("Northumbria CRC kept the same rating, requires improvement, at its second inspection.", "supported"),
        ("Northumbria CRC kept the same rating, good, at its second inspection.", "contradicted"),
        ("DLNR CRC's rating didn't change: 'requires improvement' at both inspections.", "supported"),
        ("DLNR CRC's rating didn't change: 'good' at both inspections.", "contradicted"),
    ],
    "its_pdu_is_the_unit_of_that_kind_named_before": [
        # northamptonshire-pdu 2024-25: Inadequate, East of England region (the region itself: Requires improvement)
        ("Northamptonshire is counted in the East of England region, and its PDU was rated Inadequate in 2024-25.",
         "supported"),
        ("Northamptonshire is counted in the North West region, and its PDU was rated Inadequate in 2024-25.",
         "contradicted"),
    ],
    "a_place_inside_another_proper_name_is_no_unit": [
        # blackburn-with-darwen-pdu 2022-23: Requires improvement; "Westminster" alone would be the Hammersmith ...
        # PDU (Inadequate)
        ("Westminster Hall debate: Blackburn with Darwen Probation Delivery Unit\nThe honourable member will know "
         "that the PDU was rated Requires improvement by the inspectorate.", "supported"),
        ("Westminster Hall debate: Blackburn with Darwen Probation Delivery Unit\nThe honourable member will know "
         "that the PDU was rated Inadequate by the inspectorate.", "contradicted"),
    ],
    "its_cases_are_the_unit_named_last": [
        # essex-south-pdu 2024-25: kq2_3_safety 23
        ("East of England region inspection\nWithin the region, Essex South PDU was rated 'requires improvement', "
         "but in only 23 per cent of its cases did the delivery of work keep other people safe.", "supported"),
        ("East of England region inspection\nWithin the region, Essex South PDU was rated 'requires improvement', "
         "but in only 33 per cent of its cases did the delivery of work keep other people safe.", "contradicted"),
    ],
    "a_place_on_the_scale_among_the_inspectorates_grades": [
        # east-berkshire-pdu 2023-24: Inadequate, the lowest of the four ratings
        ("East Berkshire PDU was rated Inadequate in 2023-24 - the lowest of the inspectorate's four grades.",
         "supported"),
        ("East Berkshire PDU was rated Inadequate in 2023-24 - the highest of the inspectorate's four grades.",
         "contradicted"),
    ],
    "one_of_n_units_to_receive_that_grade_counts_n": [
        # rounds.csv / providers.csv 2018-19: 5 of the 7 NPS divisions rated Good, nps-north-east among them
        ("NPS North East, rated 'good' in June 2019, was one of five NPS divisions to receive that grade in 2018-19.",
         "supported"),
        ("NPS North East, rated 'good' in June 2019, was one of four NPS divisions to receive that grade in 2018-19.",
         "contradicted"),
    ],
    "nearly_and_around_hold_a_rounded_figure_whose_face_value_they_hold": [
        # sector_figures CRC 2018-19 risk_assessment_insufficient_pct: '45 per cent' (44.5 to 45.5); "nearly half"
        # reads [45, 50), "around half" [45, 55]: the face value 45 is inside both; "nearly 45 per cent" is not
        # decided (45 may be 44.6), "nearly 40 per cent" [36, 40) is false
        ("Across the CRCs inspected in 2018-19, risks were not assessed sufficiently in nearly half of cases.",
         "supported"),
        ("In 2018-19, risks were not assessed sufficiently in around half of cases at CRCs.", "supported"),
        ("In 2018-19, risks were not assessed sufficiently in nearly 45 per cent of cases at CRCs.", "unverifiable"),
        ("In 2018-19, risks were not assessed sufficiently in nearly 40 per cent of cases at CRCs.", "contradicted"),
    ],
    "a_note_line_below_the_opening_headers_is_a_claim": [
        # essex-north-pdu 2022-23 overall Inadequate, published 2022-05; a lower-case "note:" in the opening lines
        # describes the text, "Note:" is a chart's note
        ("Chart: overall ratings by PDU.\nNote: Essex North PDU was rated Inadequate in May 2022.", "supported"),
        ("Chart: overall ratings by PDU.\nNote: Essex North PDU was rated Good in May 2022.", "contradicted"),
        ("note: a restatement\n\nNote: Essex North PDU was rated Good in May 2022.", "contradicted"),
        ("Note: Essex North PDU was rated Good in May 2022.", "contradicted"),
    ],
    "the_second_best_or_worst_of_the_four_grades": [
        # gateshead-south-tyneside-pdu 2022-23 Good (2022-12); sheffield-pdu 2022-23 Inadequate (2023-03);
        # newham-pdu 2022-23 Requires improvement (2022-11): Good is second from the top, RI second from the bottom
        ("Gateshead and South Tyneside PDU got the second best of the four ratings in December 2022.", "supported"),
        ("Sheffield PDU got the second best of the four ratings in March 2023.", "contradicted"),
        ("Newham PDU got the second-worst of four grades in November 2022.", "supported"),
        ("Newham PDU got the worst of the four grades in November 2022.", "contradicted"),
    ],
    "all_after_a_count_made_in_the_clause_before": [
        # rounds.csv 2024-25 region: 3 inspected, all 3 Requires improvement; 2018-19 NPS: 7 inspected, 5 Good, 2 RI
        ("Three regions were inspected in 2024-25; all were rated Requires improvement.", "supported"),
        ("Three regions were inspected in 2024-25; all were rated Inadequate.", "contradicted"),
        ("In 2018-19 HMIP inspected seven NPS divisions; all were rated Good or Requires improvement.", "supported"),
        ("In 2018-19 HMIP inspected seven NPS divisions, and all were rated Good.", "contradicted"),
    ],
    "the_rest_after_counts_of_a_round_s_inspections": [
        # rounds.csv 2022-23 all: 31 rated, 1 Good, 15 Inadequate; providers.csv holds all 31 rows, 15 of them RI
        ("Of the 31 inspections in 2022-23, 15 were rated Inadequate.", "supported"),
        ("Of the 31 inspections in 2022-23, 13 were rated Inadequate.", "contradicted"),
        ("Of the 30 inspections in 2022-23, 15 were rated Inadequate.", "contradicted"),
        ("In 2022-23, 15 of the 31 inspections were rated Inadequate, one was rated Good and the rest Requires "
         "improvement.", "supported"),
        ("In 2022-23, 14 of the 31 inspections were rated Inadequate, one was rated Good and the rest Requires "
         "improvement.", "contradicted"),
        ("Of the 31 inspections in 2022-23, 15 were rated Inadequate, one was rated Good and the rest Outstanding.",
         "contradicted"),
        ("In 2018-19, five of the seven NPS divisions were rated Good and the rest Requires improvement.", "supported"),
        ("In 2018-19, five of the seven NPS divisions were rated Good and the rest Inadequate.", "contradicted"),
    ],
    "a_report_published_alongside_one_on_another_unit": [
        # liverpool-north-pdu and knowsley-st-helens-pdu 2022-23: both published 2023-06-29
        ("Liverpool North PDU was rated Inadequate.\nThe report was published at the end of June, alongside one on "
         "Knowsley and St Helens.", "supported"),
        ("Liverpool North PDU was rated Inadequate.\nThe report was published at the end of May, alongside one on "
         "Knowsley and St Helens.", "contradicted"),
    ],
    "one_of_the_round_s_inspections": [
        # rounds.csv 2022-23 all inspected 31; liverpool-north-pdu's one inspection is of 2022-23
        ("Liverpool North PDU was rated Inadequate in June 2023.\nIt was one of 31 inspections in 2022-23.",
         "supported"),
        ("Liverpool North PDU was rated Inadequate in June 2023.\nIt was one of 30 inspections in 2022-23.",
         "contradicted"),
        # a part of them ("recent", "in the Merseyside area") is not the round's number
        ("Knowsley and St Helens PDU was rated Inadequate.\nIt was one of two recent inspections in the Merseyside "
         "area.", "unverifiable"),
    ],
    "a_bracketed_figure_is_the_unit_s_it_follows": [
        # providers.csv 2025-26 kq2_1_safety: north-east-region 35, stockton-hartlepool-pdu 33 (the region's 33 is
        # its kq2_3_safety); the comparison itself is not read, so the true sentence is partly checked, not contradicted
        ("Risk of harm was assessed sufficiently in a higher share of cases across the North East region (35%) than "
         "at Stockton and Hartlepool PDU (33%).", "partly checked"),
        ("Risk of harm was assessed sufficiently in a higher share of cases across the North East region (35%) than "
         "at Stockton and Hartlepool PDU (38%).", "contradicted"),
    ],
    "a_units_inspection_rated": [
        # hmpps-national 2024-25 (report April 2025) Requires improvement; county-durham-darlington-pdu 2025-26
        # Inadequate; gateshead-south-tyneside-pdu 2022-23 Good, 2025-26 Requires improvement
        ("HMPPS's national inspection of April 2025 was rated requires improvement overall.", "supported"),
        ("HMPPS's national inspection of April 2025 was rated Inadequate overall.", "contradicted"),
        ("County Durham and Darlington PDU was placed in the bottom category in 2025-26.", "supported"),
        ("County Durham and Darlington PDU was placed in the top category in 2025-26.", "contradicted"),
        ("Gateshead and South Tyneside PDU, rated Good in 2022-23, slipped all the way to Inadequate in 2025-26.",
         "contradicted"),
        ("Gateshead and South Tyneside PDU, rated Good in 2022-23, slipped all the way to requires improvement in "
         "2025-26.", "supported"),
    ],
    "times_as_many_points": [
        # points 2022-23: lambeth-pdu 3, sheffield-pdu 1, staffordshire-stoke-pdu 2 (whole numbers: "three times as
        # many" is exactly three times)
        ("Lambeth PDU scored three times as many points as Sheffield PDU in 2022-23.", "supported"),
        ("Lambeth PDU scored twice as many points as Sheffield PDU in 2022-23.", "contradicted"),
        ("Lambeth PDU scored more than twice as many points as Sheffield PDU in 2022-23.", "supported"),
        ("Staffordshire and Stoke PDU scored three times as many points as Sheffield PDU in 2022-23.",
         "contradicted"),
    ],
    "declined_to_rate": [
        # barnsley-rotherham-pdu 2024-25 Inadequate; derbyshire-pdu 2025-26 Inadequate; ddc-crc 2018-19 Inadequate
        ("The watchdog declined to rate Barnsley and Rotherham PDU Inadequate in 2024-25.", "contradicted"),
        ("The watchdog refused to rate Derbyshire PDU Good in 2025-26.", "supported"),
        ("Inspectors stopped short of handing DDC CRC the lowest grade in 2018-19.", "contradicted"),
        ("Inspectors stopped short of handing DDC CRC the top grade in 2018-19.", "supported"),
    ],
    "landed_and_judged_by_whom_when": [
        # leeds-pdu 2024-25 Inadequate; dyfed-powys-pdu 2025-26 Requires improvement
        ("True: Leeds PDU landed in the bottom grade of four when HMIP inspected it in 2024-25.", "supported"),
        ("Leeds PDU landed a Good rating in 2024-25.", "contradicted"),
        ("Fact file: Dyfed Powys PDU, judged by HMIP in 2025-26 to require improvement.", "supported"),
        ("Fact file: Dyfed Powys PDU, judged by HMIP in 2025-26 to be inadequate.", "contradicted"),
    ],
    "the_commonest_verdict": [
        # rounds.csv 2024-25 all: 14 Inadequate, 13 Requires improvement, no Good; 2018-19 NPS: 5 Good, 2 Requires
        # improvement
        ("Inadequate was the commonest verdict in 2024-25.", "supported"),
        ("Good was the commonest verdict in 2024-25.", "contradicted"),
        ("Good was the most common rating in 2018-19 among NPS divisions.", "supported"),
        ("Requires improvement was the most common rating in 2018-19 among NPS divisions.", "contradicted"),
        ("Requires improvement was the most frequent verdict in 2018-19.", "supported"),
    ],
    "exception_set_off_after_inspected": [
        # 2018-19 CRCs: 19 Requires improvement, one Good, one Inadequate
        ("Every CRC inspected in 2018-19, with two exceptions, was rated requires improvement.", "supported"),
        ("Every CRC inspected in 2018-19, with a single exception, was rated requires improvement.", "contradicted"),
    ],
    "a_label_that_calls_it_false": [
        # hampshire-iow-crc 2018-19 Good: "False: S" claims S is false; "True: S" claims S
        ("False: Hampshire and Isle of Wight CRC was rated Good in 2018-19.", "contradicted"),
        ("False: Hampshire and Isle of Wight CRC was rated Inadequate in 2018-19.", "supported"),
        ("True: Hampshire and Isle of Wight CRC was rated Good in 2018-19.", "supported"),
        ("Myth: Hampshire and Isle of Wight CRC was rated Good in 2018-19.", "contradicted"),
    ],
    "a_division_in_a_text_before_2021": [
        # nps-north-east 2018-19 Good, report 2019-06; in a text of 2019 "the North East probation division" is the
        # NPS division (the region was rated only from 2025-26), "a probation service in Wales" no unit at all
        ("Published in June 2019: the North East probation division was rated Good by inspectors.", "supported"),
        ("Published in June 2019: the North East probation division was rated Inadequate by inspectors.",
         "contradicted"),
    ],
    "verbless_rating_lines": [
        # surrey-pdu 2024-25 Inadequate, report 2024-03, in the Kent, Surrey and Sussex region;
        # bristol-south-gloucestershire-pdu 2022-23 Requires improvement
        ("Surrey PDU inadequate, March 2024", "supported"),
        ("Surrey PDU requires improvement, March 2024", "contradicted"),
        ("Surrey PDU (South Central region) inadequate, March 2024", "contradicted"),
        ("Bristol and South Gloucestershire PDU, a South West unit, told it needs to improve", "supported"),
        ("Surrey PDU, a Kent, Surrey and Sussex unit, told it needs to improve", "supported"),
    ],
    "owner_set_off_by_an_aside": [
        # 2018-19 owners: Sodexo six CRCs, Seetec two (bgsw-crc, kss-crc)
        ("In 2018-19 Sodexo, the largest owner, ran six CRCs.", "supported"),
        ("In 2018-19 Sodexo, the largest owner, ran seven CRCs, none of them rated good.", "contradicted"),
        ("In 2018-19 Seetec, a Kent firm, ran two of the country's 21 CRCs.", "supported"),
    ],
    "both_its_inspections": [
        # leicester-leicestershire-rutland-pdu 2022-23 and 2025-26 Inadequate; northamptonshire-pdu 2022-23 Requires
        # improvement, 2024-25 Inadequate
        ("Leicester, Leicestershire and Rutland PDU was rated 'inadequate' at both its 2022-23 and its 2025-26 "
         "inspections.", "supported"),
        ("Leicester, Leicestershire and Rutland PDU was rated 'requires improvement' at both its 2022-23 and its "
         "2025-26 inspections.", "contradicted"),
        ("Northamptonshire PDU was rated 'inadequate' at both its 2022-23 and its 2024-25 inspections.",
         "contradicted"),
    ],
    "bounds_at_most_and_upwards": [
        # lambeth-pdu 2022-23 points 3; west-yorkshire-crc 2018-19 people_supervised 8136; 2018-19 CRCs: one Good
        ("Lambeth PDU got at most 3 points out of 27.", "supported"),
        ("Lambeth PDU got at most 1 point out of 27.", "contradicted"),
        ("West Yorkshire CRC supervised upwards of 8,000 people in 2018-19.", "supported"),
        ("West Yorkshire CRC supervised upwards of 9,000 people in 2018-19.", "contradicted"),
        ("At most 3 CRCs were rated Good in 2018-19.", "supported"),
    ],
    "gaps_set_off_and_in_points": [
        # 8,136 - 4,750 = 3,386 (west-yorkshire-crc, thames-valley-crc 2018-19); points 2022-23: ealing-hillingdon-pdu
        # 3, staffordshire-stoke-pdu 2
        ("In 2018-19 West Yorkshire CRC supervised 8,136 people, over 3,000 more than Thames Valley CRC.",
         "supported"),
        ("In 2018-19 West Yorkshire CRC supervised 8,136 people, over 4,000 more than Thames Valley CRC.",
         "contradicted"),
        # avg_caseload 2019-20: swm-crc 64, dlnr-crc 58
        ("In 2019-20 SWM CRC's caseloads averaged 64, six more than at DLNR CRC.", "supported"),
        ("In 2019-20 SWM CRC's caseloads averaged 64, ten more than at DLNR CRC.", "contradicted"),
        ("Ealing and Hillingdon PDU scored 1 point more than Staffordshire and Stoke PDU.", "supported"),
        ("Ealing and Hillingdon PDU scored 2 points more than Staffordshire and Stoke PDU.", "contradicted"),
        ("Staffordshire and Stoke PDU scored 1 point fewer than Ealing and Hillingdon PDU.", "supported"),
        ("Staffordshire and Stoke PDU scored 1 point more than Ealing and Hillingdon PDU.", "contradicted"),
    ],
    "unlike_b_after_a_rating": [
        # 2025-26: east-midlands-region Inadequate, north-east-region Requires improvement
        ("east midlands region got inad. in 25/26, unlike the north east region, which got RI.", "supported"),
        ("east midlands region got inad. in 25/26, unlike the north east region, which got inad.", "contradicted"),
        ("In 2025-26 the East Midlands region was rated Inadequate, unlike the North East region.", "supported"),
        ("In 2025-26 the East Midlands region was rated Inadequate, like the North East region.", "contradicted"),
    ],
    "the_same_again_at_each_round": [
        # redcar-cleveland-middlesbrough-pdu 2022-23 and 2025-26 Requires improvement
        ("Redcar, Cleveland and Middlesbrough PDU was rated RI in 2022-23 and RI again in 2025-26.", "supported"),
        ("Redcar, Cleveland and Middlesbrough PDU was rated RI in 2022-23 and Inadequate again in 2025-26.",
         "contradicted"),
    ],
    "caption_fields": [
        # south-yorkshire-crc 2018-19 Requires improvement; northumbria-crc 2019-20 Requires improvement; nps-midlands
        # 2018-19 Good
        ("Alt text: South Yorkshire CRC, 2018-19, overall Good.", "contradicted"),
        ("Alt text: Northumbria CRC, 2019-20, RI overall.", "supported"),
        ("Alt text: NPS Midlands, 2018-19, overall Good.", "supported"),
    ],
    "so_did_b": [
        # suffolk-pdu and hertfordshire-pdu 2024-25 Requires improvement; lambeth-pdu 2022-23 Inadequate
        ("Suffolk PDU got a mark that means it must get better, and so did Hertfordshire PDU.", "supported"),
        ("Suffolk PDU got a mark that means it must get better, and so did Lambeth PDU.", "contradicted"),
    ],
    "inspected_then_a_count_of_them": [
        # rounds.csv 2021-22 PDU: 2 inspected, 1 Inadequate, 1 Requires improvement; 2024-25 region: 3, all
        # Requires improvement; 2019-20 CRC: 10 inspected
        ("Two PDUs were inspected in 2021-22 and both were rated Inadequate.", "contradicted"),
        ("Two PDUs were inspected in 2021-22 and one was rated Inadequate.", "supported"),
        ("Three regions were inspected in 2024-25 and all were rated requires improvement.", "supported"),
        ("In 2019-20 inspectors looked at 10 CRCs.", "supported"),
        ("In 2019-20 inspectors looked at 12 CRCs.", "contradicted"),
        ("in 22/23, 15 of the 31 pdu inspections came back inad. and just 1 came back Good.", "supported"),
        ("in 22/23, 15 of the 31 pdu inspections came back inad. and just 2 came back Good.", "contradicted"),
    ],
    "points_in_short": [
        # sheffield-pdu 2022-23 points 1
        ("sheffield pdu got under 2 pts out of 27 in 22/23.", "supported"),
        ("sheffield pdu got under 1 pt out of 27 in 22/23.", "contradicted"),
    ],
    "short_round_years": [
        # providers.csv: cgm-crc 2018-19 Requires improvement; doncaster-pdu 2024-25 Inadequate; tameside-pdu
        # 2022-23 Requires improvement ("18/19" is the round 2018-19; "21/28" is no round)
        ("cgm crc came out RI in 18/19.", "supported"),
        ("cgm crc came out Good in 18/19.", "contradicted"),
        ("Doncaster PDU got inadequate in 24/25.", "supported"),
        ("Doncaster PDU got 'good' in 24/25.", "contradicted"),
        ("Tameside PDU was rated Inadequate in 22/23.", "contradicted"),
    ],
    "abbreviated_ratings": [
        # tameside-pdu and wigan-pdu 2022-23 Requires improvement, lambeth-pdu and liverpool-north-pdu Inadequate;
        # cheshire-west-pdu Requires improvement; south-yorkshire-crc 2018-19 leadership Outstanding, overall
        # Requires improvement
        ("fyi tameside pdu came out req. imp. in 22/23, same as wigan pdu.", "supported"),
        ("fyi tameside pdu came out req. imp. in 22/23, same as lambeth pdu.", "contradicted"),
        ("fyi cheshire west pdu came out inad. in 22/23.", "contradicted"),
        ("lambeth pdu came out inad. in 22/23.", "supported"),
        ("south yorkshire crc got Outst. for leadership in 18/19.", "supported"),
        ("south yorkshire crc got Outst. overall in 18/19.", "contradicted"),
    ],
    "a_mark_for_a_rating": [
        ("Inspectors looked at Lambeth PDU in 2022-23 and gave it the worst mark.", "supported"),
        ("Inspectors looked at Tameside PDU in 2022-23 and gave it the worst mark.", "contradicted"),
        ("Inspectors looked at Tameside PDU in 2022-23 and gave it a mark that means it must get better.",
         "supported"),
        ("Inspectors looked at Liverpool North PDU in 2022-23 and gave it a mark that means it must get better.",
         "contradicted"),
        ("NPS London got a good mark in 2018-19.", "contradicted"),
        ("Inspectors looked at South Yorkshire CRC in 2018-19 and gave its leaders the best mark.", "supported"),
        ("Inspectors looked at South Yorkshire CRC in 2018-19 and gave its leaders the worst mark.", "contradicted"),
    ],
    "exception_after_a_qualifier_or_aside": [
        # providers.csv 2018-19 CRCs: 21, one Good, 19 Requires improvement, one Inadequate (20 below Good);
        # rounds.csv 2024-25 PDU: 24 inspected, 14 Inadequate, 10 Requires improvement
        ("All 21 CRCs inspected in 2018-19 except one were rated below good.", "supported"),
        ("All 21 CRCs inspected in 2018-19 except two were rated below good.", "contradicted"),
        ("In 2024-25 every PDU inspected apart from ten was placed in the bottom band.", "supported"),
        ("In 2024-25 every PDU inspected apart from two was placed in the bottom band.", "contradicted"),
        ("In 2018-19 all the CRCs, with one exception, were rated below good.", "supported"),
        ("In 2018-19 all the CRCs, with two exceptions, were rated below good.", "contradicted"),
        ("In 2018-19 all 21 CRCs, with a single exception, were rated good.", "contradicted"),
    ],
    "all_of_them_fell_short": [
        # a verb's negation leaves no doubt of scope with "all" ("all fell short of Good": each did); 2018-19 NPS
        # divisions: 5 Good, 2 Requires improvement, none Outstanding
        ("In 2018-19 all 21 CRCs, with a single exception, fell short of 'good'.", "supported"),
        ("In 2018-19 all CRCs but two fell short of a good rating.", "contradicted"),
        ("In 2018-19 all seven NPS divisions fell short of outstanding.", "supported"),
        ("In 2018-19 all seven NPS divisions fell short of good.", "contradicted"),
        ("In 2018-19 all the NPS divisions were not rated good.", "unverifiable"),
    ],
    "round_after_an_aside": [
        # providers.csv: northamptonshire-pdu 2022-23 Requires improvement, 2024-25 Inadequate
        ("Northamptonshire PDU fell from 'requires improvement' in 2022-23 to 'inadequate', the bottom band, in "
         "2024-25.", "supported"),
        ("Northamptonshire PDU fell from 'good' in 2022-23 to 'inadequate', the bottom band, in 2024-25.",
         "contradicted"),
        ("Northamptonshire PDU was rated 'inadequate', the lowest grade, in 2022-23.", "contradicted"),
    ],
    "two_units_figures_compared": [
        # providers.csv: london-crc 2018-19 people_supervised 28819, swm-crc 13531; 2019-20 avg_caseload dlnr-crc
        # 58, swm-crc 64; nps-london and nps-midlands 2018-19 both '>17000' (ranges overlap: undecided)
        ("London CRC supervised more people than Staffordshire and West Midlands CRC in 2018-19.", "supported"),
        ("London CRC supervised fewer people than Staffordshire and West Midlands CRC in 2018-19.", "contradicted"),
        ("In 2020 the average caseload at DLNR CRC was lower than at Staffordshire and West Midlands CRC.",
         "supported"),
        ("DLNR CRC had a higher average caseload than Staffordshire and West Midlands CRC in 2019-20.",
         "contradicted"),
        ("NPS London supervised more people than NPS Midlands in 2018-19.", "unverifiable"),
        # the gap said: 13,531 - 8,136 = 5,395 (swm-crc, west-yorkshire-crc 2018-19); nps-london '>17000' against
        # swm-crc's 13,531 is a gap above 3,469, which "at least 3,000 more" covers and "about 4,000 more" may not
        ("Staffordshire and West Midlands CRC supervised at least 5,000 more people than West Yorkshire CRC in "
         "2018-19.", "supported"),
        ("Staffordshire and West Midlands CRC supervised at least 9,000 more people than West Yorkshire CRC in "
         "2018-19.", "contradicted"),
        ("In 2018-19 West Yorkshire CRC supervised about 5,400 fewer people than Staffordshire and West Midlands "
         "CRC.", "supported"),
        ("In 2018-19 West Yorkshire CRC supervised about 5,400 more people than Staffordshire and West Midlands "
         "CRC.", "contradicted"),
        ("In 2018-19 NPS London supervised at least 3,000 more people than Staffordshire and West Midlands CRC.",
         "supported"),
        ("In 2018-19 NPS London supervised about 4,000 more people than Staffordshire and West Midlands CRC.",
         "unverifiable"),
        ("In 2018-19 NPS London supervised 2,000 fewer people than Staffordshire and West Midlands CRC.",
         "contradicted"),
        # 28,819 against 13,531: more than twice (27,062), not more than three times (40,593); "twice as many" alone
        # (about twice?) is not read
        ("London CRC supervised more than twice as many people as Staffordshire and West Midlands CRC in 2018-19.",
         "supported"),
        ("London CRC supervised more than three times as many people as Staffordshire and West Midlands CRC in "
         "2018-19.", "contradicted"),
        ("London CRC supervised twice as many people as Staffordshire and West Midlands CRC in 2018-19.",
         "unverifiable"),
        ("Staff at SWM CRC carried heavier average caseloads than those at DLNR CRC in 2019-20.", "supported"),
        ("Staff at DLNR CRC carried heavier average caseloads than those at SWM CRC in 2019-20.", "contradicted"),
    ],
    "of_the_n_inspected_in_the_round_the_text_gives": [
        # rounds.csv 2024-25 PDU: 24 inspected, 10 Requires improvement, 14 Inadequate
        ("In 2024-25 probation was inspected again.\nOf the 24 PDUs inspected, 14 were rated Inadequate.", "supported"),
        ("In 2024-25 probation was inspected again.\nOf the 24 PDUs inspected, 14 were rated Requires improvement.",
         "contradicted"),
        # 2019-20: ten CRCs inspected, nine rated: "completed and rated" is a claim no part reads
        ("In 2019-20 three probation services improved their rating to Good.\nAll ten CRC inspections were completed "
         "and rated.", "unverifiable"),
    ],
    "the_writer_is_the_unit_that_supervises": [
        # kss-crc 2018-19 people_supervised '~8600', published 2019-06
        ("Kent, Surrey and Sussex CRC was rated Requires improvement in June 2019.\nWe supervise approximately 8,600 "
         "people on community orders and licences.", "supported"),
        ("Kent, Surrey and Sussex CRC was rated Requires improvement in June 2019.\nIn 2018-19 we supervised "
         "approximately 4,600 people on community orders and licences.", "contradicted"),
        # (present tense, no round: the figure may have changed since, so only the held figure itself is decided)
        ("Kent, Surrey and Sussex CRC was rated Requires improvement in June 2019.\nWe supervise approximately 4,600 "
         "people on community orders and licences.", "unverifiable"),
    ],
    "caseloads_of_n_each": [
        # hampshire-iow-crc 2018-19 avg_caseload '~70'; dlnr-crc 2019-20 avg_caseload 58
        ("Hampshire and Isle of Wight CRC was rated Good.\nStaff were carrying caseloads of around 70 each.",
         "supported"),
        ("Hampshire and Isle of Wight CRC was rated Good.\nStaff were carrying caseloads of around 40 each.",
         "contradicted"),
        ("In 2019-20 DLNR CRC staff had caseloads of 58 each.", "supported"),
    ],
    "a_standards_count_with_its_standards_listed": [
        # bgsw-crc 2018-19: planning, implementation_delivery and reviewing Inadequate, leadership empty
        # (three known Inadequate, four cells empty: "three" is not decided, and leadership is not held)
        ("Bristol, Gloucestershire, Somerset and Wiltshire CRC was rated Requires improvement in 2018-19.\nThree of "
         "its standards, planning, leadership and reviewing cases, were rated inadequate.", "partly checked"),
        ("Bristol, Gloucestershire, Somerset and Wiltshire CRC was rated Requires improvement in 2018-19.\nThree of "
         "its standards, planning and reviewing cases, were rated good.", "contradicted"),
    ],
    "a_figure_restated_after_a_dash": [
        # sector_figures CRC 2018-19 risk_assessment_insufficient_pct '45 per cent': "nearly half" [45, 50) holds it
        ("The inspectorate found that in 2018-19 CRC staff had not assessed risks sufficiently in 45 per cent of "
         "cases - nearly half.", "supported"),
        ("The inspectorate found that in 2018-19 CRC staff had not assessed risks sufficiently in 45 per cent of "
         "cases - nearly two thirds.", "contradicted"),
        ("The inspectorate found that in 2018-19 CRC staff had not assessed risks sufficiently in 55 per cent of "
         "cases - more than half.", "contradicted"),
    ],
    "the_only_one_inspected_with_its_round": [
        # rounds.csv 2019-20 NPS: 1 inspected, 1 Good (nps-north-west)
        ("The only NPS division inspected in 2019-20 was rated Good.", "supported"),
        ("The only NPS division inspected in 2019-20 was rated Requires improvement.", "contradicted"),
    ],
    "the_other_of_a_part_of_the_units_without_a_traceback": [
        # 2021-22: swansea-neath-port-talbot-pdu Inadequate, gwent-pdu Requires improvement; "the other" counted the
        # rest of a part of the PDUs with no number, and the judge read a number that was not there (AttributeError)
        ("Both PDU inspections of 2021-22 came in below Good: one Inadequate, the other Requires improvement.",
         "unverifiable"),
    ],
    "the_people_it_supervised_is_no_subject": [
        # nps-south-west-south-central 2018-19 assessment Outstanding, overall Good
        ("NPS South West and South Central was inspected in 2018.\nIts assessment of the people it supervised was "
         "rated outstanding.", "supported"),
        ("NPS South West and South Central was inspected in 2018.\nIts assessment of the people it supervised was "
         "rated good.", "contradicted"),
    ],
    "a_bracketed_figure_after_a_possessive": [
        # 2019-20 avg_caseload: swm-crc 64, dlnr-crc 58
        ("SWM CRC's average caseload in 2019-20 (64) was higher than DLNR CRC's (58).", "supported"),
        ("SWM CRC's average caseload in 2019-20 (64) was higher than DLNR CRC's (68).", "contradicted"),
    ],
    "a_rating_line_with_a_dash_a_bracketed_region_and_a_month": [
        # liverpool-north-pdu 2022-23 Inadequate, published 2023-06, region North West; tameside-pdu 2022-23
        # Requires improvement, published 2023-05, region Greater Manchester
        ("Liverpool North PDU - Inadequate, June 2023", "supported"),
        ("Liverpool North PDU - Inadequate, May 2023", "contradicted"),
        ("Liverpool North PDU - Good, June 2023", "contradicted"),
        ("Tameside PDU (Greater Manchester) - Requires improvement, May 2023", "supported"),
        ("Liverpool North PDU (Greater Manchester region) - Inadequate, June 2023", "contradicted"),
    ],
    "a_season_or_part_of_a_year_after_a_rating": [
        # lambeth-pdu published 2022-10 (autumn); dorset-pdu 2022-23 has no month; "early", "late" and "winter"
        # are left unread, never judged
        ("Lambeth PDU was rated Inadequate in the autumn of 2022.", "supported"),
        ("Lambeth PDU was rated Inadequate in the spring of 2022.", "contradicted"),
        ("Dorset PDU was rated Inadequate in autumn 2022.", "partly checked"),
        ("Lambeth PDU was rated Inadequate in early 2022.", "partly checked"),
    ],
    "a_note_s_telegraphic_counts_and_labels": [
        # rounds.csv 2024-25 PDU: 24 inspected, 14 Inadequate; east-kent-pdu 2024-25 Inadequate (one inspection);
        # barking-dagenham-havering-pdu 2022-23 Requires improvement, published 2022-11
        ("2024-25 in one line: 24 PDUs inspected, 14 of them rated Inadequate.", "supported"),
        ("2024-25 in one line: 24 PDUs inspected, a dozen of them rated Inadequate.", "contradicted"),
        ("2024-25: 25 PDUs inspected, 14 of them rated Inadequate.", "contradicted"),
        ("Kent again: East Kent PDU got the bottom grade.", "supported"),
        ("Kent again: East Kent PDU got the top grade.", "contradicted"),
        ("Thread: 1/ Barking, Dagenham and Havering PDU was rated Requires improvement in November 2022.",
         "supported"),
        ("Thread: 1/ Barking, Dagenham and Havering PDU was rated Inadequate in November 2022.", "contradicted"),
    ],
    "second_from_bottom_and_steered_clear_of": [
        # gwent-pdu Requires improvement at both inspections; dyfed-powys-pdu 2025-26 Requires improvement;
        # cardiff-vale-pdu 2025-26 Inadequate
        ("Gwent PDU got Requires improvement, second from bottom.", "supported"),
        ("Gwent PDU got Inadequate, second from bottom.", "contradicted"),
        ("Dyfed Powys PDU steered clear of the bottom grade.", "supported"),
        ("Cardiff and the Vale PDU steered clear of the bottom grade.", "contradicted"),
    ],
    "a_unit_of_one_sector_more_likely_than_a_unit_of_another": [
        # rounds.csv 2018-19: NPS 5 of 7 Good, CRC 1 of 21
        ("In 2018-19 an NPS division was more likely to be rated Good than a CRC.", "supported"),
        ("In 2018-19 a CRC was more likely to be rated Good than an NPS division.", "contradicted"),
    ],
    "two_units_shares_of_cases_compared": [
        # providers.csv 2024-25 kq2_3_safety: kss-region 22, essex-south-pdu 23; 2025-26 kq2_1_safety:
        # stockton-hartlepool-pdu 33, north-east-region 35
        ("The KSS region's delivery work kept other people safe in a higher share of cases than Essex South PDU's "
         "did.", "contradicted"),
        ("Essex South PDU's delivery work kept other people safe in a higher share of cases than the KSS region's "
         "did.", "supported"),
        ("Stockton and Hartlepool PDU assessed risk of harm sufficiently in a higher share of cases than the North "
         "East region as a whole.", "contradicted"),
    ],
    "two_ratings_each_dated_by_its_year_or_month": [
        # essex-north-pdu: Inadequate 2022-23 (2022-05), Requires improvement 2024-25 (2024-08)
        ("Essex North PDU was rated Inadequate in May 2022 and Requires improvement in August 2024.", "supported"),
        ("Essex North PDU was rated Inadequate in May 2022 and Good in August 2024.", "contradicted"),
        ("Essex North PDU was rated Inadequate in 2022 but Requires improvement in 2024.", "supported"),
        ("Essex North PDU was rated Requires improvement in 2022 but Inadequate in 2024.", "contradicted"),
    ],
    "a_count_over_a_part_settled_by_the_whole": [
        # providers.csv 2022-23: ealing-hillingdon, hammersmith-fulham-..., lambeth Inadequate, published 2022-10-18
        # (London's only October reports); manchester-north, tameside, wigan Requires improvement, 2023-05-25 (all
        # three Greater Manchester PDUs of the round)
        ("The three London PDUs whose reports came out in October 2022 were all rated Inadequate.", "supported"),
        ("The three London PDUs whose reports came out in October 2022 were all rated Requires improvement.",
         "contradicted"),
        ("Two Greater Manchester PDUs whose reports came out in May 2023 were both rated Requires improvement.",
         "supported"),
        ("Two Greater Manchester PDUs whose reports came out in May 2023 were both rated Inadequate.", "contradicted"),
        ("Of the three Greater Manchester PDUs whose reports appeared in May 2023, none was rated Requires "
         "improvement.", "contradicted"),
    ],
    # providers.csv 2024-25: leeds-pdu Inadequate, wakefield-pdu Requires improvement; 2022-23: wigan-pdu Requires
    # improvement, published 2023-05-25; London's six PDUs, four Inadequate
    "a_headline_idiom_for_a_rating": [
        ("In 2024-25 Leeds PDU was handed the failing grade.", "supported"),
        ("In 2024-25 Wakefield PDU was handed the failing grade.", "contradicted"),
        ("Wakefield PDU was rated one grade below Good in 2024-25.", "supported"),
        ("Leeds PDU was rated one notch up from the bottom in 2024-25.", "contradicted"),
        ("Wakefield PDU told it must improve in 2024-25", "supported"),
    ],
    "a_headline_negation_in_the_present_tense": [
        ("Leeds PDU fails to keep off the failing grade in 2024-25", "supported"),
        ("Wakefield PDU fails to keep off the failing grade in 2024-25", "contradicted"),
        ("Wakefield PDU keeps clear of the bottom grade in 2024-25", "supported"),
        ("Leeds PDU dodges the worst possible rating in 2024-25", "contradicted"),
    ],
    "a_label_naming_the_region_of_a_count": [
        ("London: four of six PDUs inspected in 2022-23 rated inadequate", "supported"),
        ("London, 2022-23: five of six PDUs rated inadequate", "contradicted"),
    ],
    "a_rating_taken_back_by_the_speaker": [
        ("Wigan PDU was rated Good, or rather Requires improvement, in May 2023.", "supported"),
        ("Wigan PDU was rated Requires improvement - sorry, Good - in May 2023.", "contradicted"),
        ("Wigan PDU came out inadequate - sorry, requires improvement - in May 2023.", "supported"),
    ],
    # providers.csv 2018-19: nps-wales Good, published 2019-04-17; nps-north-west victim_work Outstanding,
    # published 2019-02-22; swm-crc Requires improvement, published 2018-12-19; ddc-crc Inadequate, fieldwork
    # 2018-11, published 2019-02-15; 2021-22: gwent-pdu Requires improvement, published 2022-02
    "a_month_after_the_rating_s_own_words": [
        ("NPS Wales was given a Good rating by inspectors in April 2019.", "supported"),
        ("NPS Wales was given a Good rating by inspectors in May 2019.", "contradicted"),
        ("Gwent PDU fell short of a Good rating in February 2022.", "supported"),
        ("Gwent PDU fell short of a Good rating in March 2022.", "contradicted"),
        ("NPS North West won an 'Outstanding' rating for its work with victims in February 2019.", "supported"),
    ],
    "a_month_naming_the_report_or_the_inspection": [
        ("Staffordshire and West Midlands CRC was rated Requires improvement in its December 2018 report.",
         "supported"),
        ("Staffordshire and West Midlands CRC was rated Requires improvement in its January 2019 report.",
         "contradicted"),
        ("The November 2018 inspection rated Dorset, Devon and Cornwall CRC Inadequate.", "supported"),
        ("The September 2018 inspection rated Dorset, Devon and Cornwall CRC Inadequate.", "contradicted"),
        ("In February 2019 NPS North West was rated Outstanding for its work with victims.", "supported"),
        ("In March 2019 NPS North West was rated Outstanding for its work with victims.", "contradicted"),
    ],
    # providers.csv gateshead-south-tyneside-pdu: Good 2022-23, Requires improvement 2025-26;
    # north-north-east-lincolnshire-pdu: Requires improvement 2022-23, Inadequate 2024-25; wigan-pdu: Greater Manchester
    "a_headline_change_in_the_present_tense": [
        ("Gateshead and South Tyneside PDU falls from Good to Requires improvement", "supported"),
        ("Gateshead and South Tyneside PDU falls from Good to Inadequate", "contradicted"),
        ("North and North East Lincolnshire PDU drops a grade, to Inadequate", "supported"),
        ("North and North East Lincolnshire PDU drops a grade, to good", "contradicted"),
        ("Wigan PDU falls within the North West region.", "contradicted"),
    ],
    # providers.csv 2018-19 hampshire-iow-crc: overall Good, staff Requires improvement, information_facilities
    # Outstanding
    "a_label_s_ratings_with_no_verb": [
        ("- HIOW CRC: information and facilities outstanding; good overall", "supported"),
        ("- HIOW CRC: information and facilities outstanding; inadequate overall", "contradicted"),
        ("Hampshire and Isle of Wight CRC: staff good, overall good", "contradicted"),
    ],
    # providers.csv 2022-23 points: staffordshire-stoke-pdu 2, essex-north-pdu 1
    "a_score_s_two_figures_are_the_two_units": [
        ("Staffordshire and Stoke PDU outscored Essex North PDU on points, 2 to 1", "supported"),
        ("Staffordshire and Stoke PDU outscored Essex North PDU on points, 2 to 0", "contradicted"),
    ],
    # providers.csv 2018-19 london-crc: n_std_good 5, n_std_requires_improvement 5
    "a_count_of_standards_rated_with_no_verb": [
        ("MTCnovo's London CRC: five of 10 standards good", "supported"),
        ("MTCnovo's London CRC: seven of 10 standards good", "contradicted"),
    ],
    # rounds.csv 2019-20 NPS: 1 inspected; providers.csv 2019-20 nps-north-west Good
    "the_sole_unit_of_a_sector_inspected": [
        ("The sole NPS division inspected in 2019-20 was rated Good.", "supported"),
        ("The sole NPS division inspected in 2019-20 was rated Inadequate.", "contradicted"),
    ],
    # providers.csv 2019-20 avg_caseload: swm-crc 64, dlnr-crc 58
    "a_figure_set_off_after_the_second_unit_is_its": [
        ("In 2019-20 Staffordshire and West Midlands CRC's average caseload, 64, was higher than that of Derbyshire, "
         "Leicestershire, Nottinghamshire and Rutland CRC, 58.", "supported"),
        ("In 2019-20 Staffordshire and West Midlands CRC's average caseload, 64, was higher than that of Derbyshire, "
         "Leicestershire, Nottinghamshire and Rutland CRC, 54.", "contradicted"),
    ],
    # providers.csv 2024-25: leeds-pdu Inadequate, wakefield-pdu Requires improvement
    "a_band_for_a_rating": [
        ("Leeds PDU was placed in the bottom band in 2024-25.", "supported"),
        ("Wakefield PDU was placed in the lowest of the four bands in 2024-25.", "contradicted"),
    ],
    # providers.csv 2022-23 West Midlands: staffordshire-stoke-pdu and birmingham-north-east-solihull-pdu Inadequate,
    # warwickshire-pdu Requires improvement
    "only_so_many_of_them": [
        ("Three West Midlands PDUs were inspected in 2022-23, and only one of them was rated Requires improvement.",
         "supported"),
        ("Three West Midlands PDUs were inspected in 2022-23, and only one of them was rated Inadequate.",
         "contradicted"),
    ],
    # rounds.csv 2019-20 CRC inspected 10; 2018-19 NPS inspected 7, good 5
    "a_round_that_saw_or_covered_so_many": [
        ("The 2019-20 round saw 10 CRCs inspected.", "supported"),
        ("The 2019-20 round saw 11 CRCs inspected.", "contradicted"),
        ("The 2018-19 round covered seven NPS divisions, five of which were rated good.", "supported"),
        ("The 2018-19 round covered seven NPS divisions, six of which were rated good.", "contradicted"),
    ],
    "came_out_with_a_rating_and_its_month": [
        ("Wigan PDU came out Requires improvement - in May 2023.", "supported"),
        ("Wigan PDU came out Requires improvement - in April 2023.", "contradicted"),
    ],
    # round 27: a rating bounded by a verb ("could not rise above R", "managed nothing better than R": R at best,
    # literally true of a lower rating too); lambeth-pdu 2022-23 Inadequate, wigan-pdu Requires improvement,
    # gateshead-south-tyneside-pdu Good
    "a_rating_at_best_by_its_verb": [
        ("Wigan PDU could not rise above Requires improvement in 2022-23.", "supported"),
        ("Gateshead and South Tyneside PDU could not rise above Requires improvement in 2022-23.", "contradicted"),
        ("Lambeth PDU never climbed above the lowest grade in 2022-23.", "supported"),
        ("Wigan PDU never climbed above the lowest grade in 2022-23.", "contradicted"),
        ("Lambeth PDU managed nothing better than Requires improvement in 2022-23.", "supported"),
        ("Gateshead and South Tyneside PDU managed nothing better than Requires improvement in 2022-23.",
         "contradicted"),
        ("Wigan PDU could manage nothing better than the bottom grade in 2022-23.", "contradicted"),
    ],
    # "did not spare X R", "was not spared R": a double negation, the rating given
    "not_spared_a_rating": [
        ("Inspectors did not spare Lambeth PDU the lowest grade in 2022-23.", "supported"),
        ("Inspectors did not spare Wigan PDU the lowest grade in 2022-23.", "contradicted"),
        ("Lambeth PDU was not spared an Inadequate rating in 2022-23.", "supported"),
        ("Lambeth PDU was spared an Inadequate rating in 2022-23.", "contradicted"),
    ],
    # "told it required improvement" names the rating (rounds.csv 2024-25 regions: 3 of 3 Requires improvement)
    "told_it_required_improvement": [
        ("In 2024-25 every region inspected was told it required improvement.", "supported"),
        ("In 2024-25 every region inspected, with one exception, was told it required improvement.", "contradicted"),
        ("London CRC was told it required improvement in 2018-19.", "supported"),
        ("NPS Wales was told it required improvement in 2018-19.", "contradicted"),
    ],
    # an exception before the whole, the whole picked out by who rated it (rounds.csv 2019-20 all: 10 rated, 6
    # Requires improvement; 2018-19 CRC: 21 rated, 19 Requires improvement)
    "an_exception_first_of_the_units_someone_rated": [
        ("With the exception of four, every service the inspectorate rated in 2019-20 was rated Requires "
         "improvement.", "supported"),
        ("With the exception of two, every service the inspectorate rated in 2019-20 was rated Requires "
         "improvement.", "contradicted"),
        ("Apart from two, all the CRCs HMIP inspected in 2018-19 were rated Requires improvement.", "supported"),
        ("Apart from three, all the CRCs HMIP inspected in 2018-19 were rated Requires improvement.", "contradicted"),
    ],
    # the odds of a rating, as a comparison of two sectors' shares (2018-19: NPS 5 of 7 Good, CRCs 1 of 21; 2024-25:
    # regions 3 of 3 Requires improvement, PDUs 10 of 24)
    "odds_and_risk_of_a_rating": [
        ("In 2018-19 an NPS division had a much better chance than a CRC of a Good rating.", "supported"),
        ("In 2018-19 a CRC had a much better chance than an NPS division of a Good rating.", "contradicted"),
        ("In 2018-19 CRCs had worse odds of being rated Good than NPS divisions.", "supported"),
        ("In 2018-19 NPS divisions had worse odds of being rated Good than CRCs.", "contradicted"),
        ("In 2024-25 a region ran more risk than a PDU of a Requires improvement rating.", "supported"),
        ("In 2024-25 a region ran less risk than a PDU of a Requires improvement rating.", "contradicted"),
    ],
    # a superlative by how often given, and the count it was handed to (2018-19: 21 of 28 Requires improvement, 6
    # Good, 1 Inadequate)
    "the_rating_given_most_often_and_to_how_many": [
        ("In 2018-19 the rating awarded most often was Requires improvement.", "supported"),
        ("In 2018-19 the rating awarded most often was Good.", "contradicted"),
        ("Requires improvement was the commonest rating in 2018-19, given to 21 services.", "supported"),
        ("Requires improvement was the commonest rating in 2018-19, given to 19 services.", "contradicted"),
    ],
    # a report's month in brackets after the unit (lambeth-pdu 2022-23 published 2022-10-18)
    "a_report_month_in_brackets": [
        ("Lambeth PDU (report published October 2022) was rated Inadequate.", "supported"),
        ("Lambeth PDU (report published November 2022) was rated Inadequate.", "contradicted"),
    ],
    # the visit and the report in two clauses (merseyside-crc 2019-20 fieldwork 2020-01-27, published 2020-06)
    "the_visit_then_the_report_in_two_clauses": [
        ("Inspectors began their work at Merseyside CRC on 27 January 2020 and the report came out in June 2020.",
         "supported"),
        ("Inspectors began their work at Merseyside CRC on 27 January 2020 and the report came out in July 2020.",
         "contradicted"),
    ],
    # "the weakest/strongest of the four": the scale's ends, like "the lowest of the four" (lambeth-pdu 2022-23
    # Inadequate, gateshead-south-tyneside-pdu Good); a place whose words are not read carries nothing
    "the_weakest_of_the_four": [
        ("Lambeth PDU was given the weakest of the four grades in 2022-23.", "supported"),
        ("Wigan PDU was given the weakest of the four grades in 2022-23.", "contradicted"),
        ("Gateshead and South Tyneside PDU was given the second-strongest of the four ratings in 2022-23.",
         "supported"),
        ("Gateshead and South Tyneside PDU was given the strongest of the four ratings in 2022-23.", "contradicted"),
        ("Wigan PDU was given the feeblest of the four ratings in 2022-23.", "unverifiable"),
    ],
    # a standard fronting the second clause names what its rating is on (nps-wales 2018-19 Good, reviewing
    # Outstanding)
    "a_standard_fronting_the_second_clause": [
        ("NPS Wales was rated Good in 2018-19, and for reviewing it was rated Outstanding.", "supported"),
        ("NPS Wales was rated Good in 2018-19, and for reviewing it was rated Good.", "contradicted"),
    ],
    # a fronted negation before an inverted verb (london-crc 2018-19 Requires improvement)
    "a_fronted_negation_before_the_verb": [
        ("At no point in 2018-19 did inspectors give London CRC a Good rating.", "supported"),
        ("At no point in 2018-19 did inspectors give London CRC a Requires improvement rating.", "contradicted"),
    ],
    # "the N points of B": B's figure (lambeth-pdu 2022-23 3 points, leicester-leicestershire-rutland-pdu 2)
    "a_figure_of_the_unit_after_of": [
        ("Lambeth PDU scored 3 points in 2022-23, more than the 2 points of Leicester, Leicestershire and Rutland "
         "PDU.", "supported"),
        ("Lambeth PDU scored 3 points in 2022-23, more than the 1 point of Leicester, Leicestershire and Rutland "
         "PDU.", "contradicted"),
    ],
    # a correction: what was wrongly said is false
    "a_correction_calls_what_it_said_false": [
        ("We wrongly said that Lambeth PDU was rated Good in 2022-23.", "supported"),
        ("We wrongly said that Lambeth PDU was rated Inadequate in 2022-23.", "contradicted"),
    ],
    # the National Probation Service's division in a place is that NPS division (nps-wales 2018-19 Good)
    "the_nps_division_in_a_place": [
        ("The National Probation Service division in Wales was rated Good in 2018-19.", "supported"),
        ("The National Probation Service division in Wales was rated Requires improvement in 2018-19.",
         "contradicted"),
    ],
    # a share in brackets after a count restates it, over the population the sentence sizes (rounds.csv 2018-19
    # NPS: 5 of 7 Good, 2 Requires improvement; 5/7 = 71.4%)
    "a_share_in_brackets_after_a_count": [
        ("Of the seven NPS divisions inspected in 2018-19, five (71%) were rated Good.", "supported"),
        ("Of the seven NPS divisions inspected in 2018-19, five (81%) were rated Good.", "contradicted"),
        ("Of the seven NPS divisions inspected in 2018-19, five were rated Good and the remainder Requires "
         "improvement.", "supported"),
        ("Of the seven NPS divisions inspected in 2018-19, five (71%) were rated Good and the remainder Inadequate.",
         "contradicted"),
    ],
    # how many places a change moved, with no rating said (dtv-crc 2018-19 Requires improvement, 2019-20 Good;
    # west-kent-pdu 2022-23 Inadequate, 2024-25 Requires improvement)
    "moved_by_so_many_grades": [
        ("Durham Tees Valley CRC went up one grade between 2018-19 and 2019-20.", "supported"),
        ("Durham Tees Valley CRC went up two grades between 2018-19 and 2019-20.", "contradicted"),
        ("West Kent PDU rose by one grade between its 2022-23 and 2024-25 inspections.", "supported"),
        ("West Kent PDU dropped one grade between its 2022-23 and 2024-25 inspections.", "contradicted"),
        ("Durham Tees Valley CRC went up one grade between 2018-19 and 2019-20 and got Good.", "supported"),
        ("Durham Tees Valley CRC went up one grade between 2018-19 and 2019-20 and got Outstanding.", "contradicted"),
    ],
    # "R2 in Y2, down from R1 in Y1": the round after the rating before is the earlier inspection's
    # (gateshead-south-tyneside-pdu 2022-23 Good, 2025-26 Requires improvement)
    "down_from_a_rating_in_an_earlier_round": [
        ("Gateshead and South Tyneside PDU was rated Requires improvement in 2025-26, down from Good in 2022-23.",
         "supported"),
        ("Gateshead and South Tyneside PDU was rated Requires improvement in 2025-26, down from Outstanding in "
         "2022-23.", "contradicted"),
    ],
    # a unit's "most recent" inspection is its latest (nps-north-west 2019-20 Good; west-yorkshire-crc 2019-20
    # Requires improvement)
    "its_most_recent_inspection": [
        ("NPS North West was rated Good at its most recent inspection.", "supported"),
        ("West Yorkshire CRC's most recent inspection rated it Good.", "contradicted"),
    ],
    # "rated R more often than" another sector: their shares compared (2018-19: NPS 5 of 7 Good, CRCs 1 of 21;
    # 2024-25: PDUs 14 of 24 Inadequate, regions 0 of 3); "the most usual" rating is the most common
    "more_often_and_most_usual": [
        ("In 2018-19 NPS divisions were rated Good more often than CRCs.", "supported"),
        ("In 2018-19 CRCs were rated Good more often than NPS divisions.", "contradicted"),
        ("In 2024-25 regions were rated Inadequate less frequently than PDUs.", "supported"),
        ("In 2024-25 PDUs were rated Inadequate less frequently than regions.", "contradicted"),
        ("Requires improvement was the most usual rating in 2018-19.", "supported"),
        ("Good was the most usual rating in 2018-19.", "contradicted"),
    ],
    # two units' people with the round between the noun and "than" (essex-crc 2018-19 >4000, hampshire-iow-crc
    # <~4000: above and below 4,000, the edge left out by both)
    "more_people_than_with_the_round_between": [
        ("Essex CRC supervised more people in 2018-19 than Hampshire and Isle of Wight CRC.", "supported"),
        ("Hampshire and Isle of Wight CRC supervised more people in 2018-19 than Essex CRC.", "contradicted"),
        ("Essex CRC had more people on probation in 2018-19 than Hampshire and Isle of Wight CRC.", "supported"),
    ],
    # "the lowest available grade", "one grade off the top" (lambeth-pdu 2022-23 Inadequate,
    # gateshead-south-tyneside-pdu Good, wigan-pdu Requires improvement)
    "the_lowest_available_and_one_off_the_top": [
        ("Lambeth PDU was given the lowest available grade in 2022-23.", "supported"),
        ("Wigan PDU was given the lowest available grade in 2022-23.", "contradicted"),
        ("Gateshead and South Tyneside PDU was one grade off the top in 2022-23.", "supported"),
        ("Wigan PDU was one grade off the top in 2022-23.", "contradicted"),
    ],
    # a change of one step, or none (dtv-crc 2018-19 Requires improvement, 2019-20 Good; northumbria-crc
    # Requires improvement at both)
    "moved_a_step_or_stayed_where_it_was": [
        ("Durham Tees Valley CRC moved up a step between 2018-19 and 2019-20.", "supported"),
        ("Durham Tees Valley CRC slipped a step between 2018-19 and 2019-20.", "contradicted"),
        ("Northumbria CRC stayed where it was, at Requires improvement, between 2018-19 and 2019-20.", "supported"),
        ("Northumbria CRC stayed where it was, at Good, between 2018-19 and 2019-20.", "contradicted"),
    ],
    # "..., and so was the unit as a whole": its overall rating (northumbria-crc 2019-20 assessment and overall
    # Requires improvement; north-tyneside-northumberland-pdu 2025-26 reviewing Inadequate, overall Requires
    # improvement)
    "so_was_the_unit_as_a_whole": [
        ("Northumbria CRC's assessment was rated Requires improvement in 2019-20, and so was the CRC as a whole.",
         "supported"),
        ("North Tyneside and Northumberland PDU's reviewing was rated Inadequate in 2025-26, and so was the PDU as a "
         "whole.", "contradicted"),
    ],
    # "when inspectors visited in M": the unit's fieldwork month (west-yorkshire-crc 2018-19 fieldwork 2018-07)
    "when_inspectors_visited": [
        ("West Yorkshire CRC had 8,136 people on its books when inspectors visited in July 2018.", "supported"),
        ("West Yorkshire CRC had 8,136 people on its books when inspectors visited in June 2018.", "contradicted"),
        # (nps-midlands 2018-19 fieldwork 2018-08)
        ("NPS Midlands was rated Good after fieldwork that began in August 2018.", "supported"),
        ("NPS Midlands was rated Good after fieldwork that began in July 2018.", "contradicted"),
    ],
    # the held standards with a rating are a floor where the framework's are not listed (bradford-calderdale-pdu
    # 2024-25: six standards held Inadequate)
    "a_floor_of_standards_held": [
        ("Bradford and Calderdale PDU was rated Inadequate on no fewer than six standards in 2024-25.", "supported"),
        ("Bradford and Calderdale PDU was rated Inadequate on four standards in 2024-25.", "contradicted"),
        ("Bradford and Calderdale PDU was rated Inadequate on at least seven standards in 2024-25.", "unverifiable"),
    ],
    # points compared: "ahead of B on points", "three times as many points out of 27 as B" (2022-23 points:
    # ealing-hillingdon-pdu 3, west-kent-pdu 1, essex-north-pdu 1, lambeth-pdu 3)
    "points_ahead_or_so_many_times": [
        ("In 2022-23 Ealing and Hillingdon PDU finished ahead of West Kent PDU on points out of 27.", "supported"),
        ("In 2022-23 Essex North PDU finished ahead of West Kent PDU on points out of 27.", "contradicted"),
        ("Ealing and Hillingdon PDU scored three times as many points out of 27 as West Kent PDU in 2022-23.",
         "supported"),
        ("Ealing and Hillingdon PDU scored three times as many points out of 27 as Lambeth PDU in 2022-23.",
         "contradicted"),
    ],
    # "inspectors went into" units: inspected (rounds.csv 2019-20 CRC: 10 inspected, 3 Good)
    "went_into_and_came_out": [
        ("The inspectors went into ten CRCs in 2019-20, and three of them came out Good.", "supported"),
        ("The inspectors went into ten CRCs in 2019-20, and four of them came out Good.", "contradicted"),
    ],
    # a standard's rating set beside the overall one as the same or not (2024-25: bradford-calderdale-pdu leadership
    # and overall Inadequate; east-of-england-region victim work Outstanding, overall Requires improvement)
    "the_overall_rating_alike_or_not": [
        ("In 2024-25 Bradford and Calderdale PDU's leadership was rated Inadequate, matching the PDU's overall "
         "rating.", "supported"),
        ("In 2024-25 Bradford and Calderdale PDU's leadership was rated Inadequate, unlike the PDU's overall "
         "rating.", "contradicted"),
        ("The East of England region's victim work was rated Outstanding in 2024-25, in contrast to its overall "
         "rating.", "supported"),
        ("The East of England region's victim work was rated Outstanding in 2024-25, matching the region's overall "
         "rating.", "contradicted"),
    ],
    # a change said by a participle after the clause that names the unit (2022-23 -> 2024-25:
    # north-north-east-lincolnshire-pdu Requires improvement -> Inadequate; kirklees-pdu Inadequate both times)
    "a_change_as_a_participle": [
        ("North and North East Lincolnshire PDU went the other way, slipping from Requires improvement to "
         "Inadequate.", "supported"),
        ("Kirklees PDU went the other way, slipping from Requires improvement to Inadequate.", "contradicted"),
        ("Kirklees PDU stayed in the lowest grade, dropping back to Inadequate.", "contradicted"),
    ],
    # two inspections named by their order in one sentence: each part is of the one named next after it
    # (essex-north-pdu: 2022-23 Inadequate with 1 point, its first; 2024-25 Requires improvement, its second)
    "each_clause_its_own_inspection": [
        ("Essex North PDU, which scored one point out of 27 at its first inspection, was rated Requires improvement "
         "at its second inspection.", "supported"),
        ("Essex North PDU, which scored one point out of 27 at its first inspection, was rated Inadequate at its "
         "second inspection.", "contradicted"),
        ("Essex North PDU, which scored one point out of 27 at its first inspection, was rated Requires improvement "
         "on its second visit.", "supported"),
    ],
    # "found that CRC staff ...": a finding's "that", no pointer to the unit before (sector_figures CRC 2018-19
    # risk_assessment_insufficient_pct 45)
    "found_that_opens_a_finding": [
        ("NPS North West was rated Good in 2018-19.\nInspectors found that CRC staff had not assessed risk "
         "sufficiently in 45% of cases in 2018-19.", "supported"),
        ("NPS North West was rated Good in 2018-19.\nInspectors found that CRC staff had not assessed risk "
         "sufficiently in 55% of cases in 2018-19.", "contradicted"),
    ],
    # both sectors are every provider, and "the two sectors" counts nothing the data hold (rounds.csv 2018-19: 28
    # providers, none Outstanding, six Good; five of the seven NPS divisions Good)
    "either_sector_is_every_provider": [
        ("In 2018-19 no provider in either sector was rated Outstanding overall.", "supported"),
        ("In 2018-19 no provider in either sector was rated Good overall.", "contradicted"),
        ("The contrast between the two sectors was stark in 2018-19: five of the seven NPS divisions were rated Good.",
         "supported"),
        ("The contrast between the two sectors was stark in 2018-19: four of the seven NPS divisions were rated "
         "Good.", "contradicted"),
    ],
    # a count of reports or units said beside the units it names: read where it is their number (2022-23:
    # barking-dagenham-havering-pdu and newham-pdu Requires improvement, lewisham-bromley-pdu Inadequate)
    "a_count_of_the_units_named": [
        ("In 2022-23 three reports followed, when Barking, Dagenham and Havering PDU and Newham PDU were rated "
         "Requires improvement and Lewisham and Bromley PDU Inadequate.", "supported"),
        ("In 2022-23 three reports followed, when Barking, Dagenham and Havering PDU and Newham PDU were rated "
         "Inadequate and Lewisham and Bromley PDU Inadequate.", "contradicted"),
    ],
    # "the national inspection": the one national inspection the data hold (hmpps-national 2025-26, published
    # 2025-04-29: kq2_3_desistance 32, kq2_3_safety 18); "the poorest of the four ratings" is Inadequate
    # (nottingham-city-pdu 2025-26 Inadequate)
    "the_national_inspection_and_the_poorest_rating": [
        ("The April 2025 national inspection found desistance sufficiently supported in 32% of cases.", "supported"),
        ("The April 2025 national inspection found desistance sufficiently supported in 42% of cases.",
         "contradicted"),
        ("Nottingham City PDU received the poorest of the four ratings in 2025-26.", "supported"),
        ("Nottingham City PDU received the second-lowest of the four ratings in 2025-26.", "contradicted"),
    ],
    # people supervised as "working with" (2018-19 people_supervised: london-crc 28,819, swm-crc 13,531); a report
    # that "appeared" (doncaster-pdu published 2024-10-09); "N PDU inspections were completed" (rounds.csv
    # 2021-22 PDU: 2 inspected; 2019-20 CRC: 10 inspected)
    "working_with_appeared_and_inspections_done": [
        ("London CRC was working with 28,819 people in 2018-19.", "supported"),
        ("Staffordshire and West Midlands CRC was working with 15,531 people in 2018-19.", "contradicted"),
        ("The report on Doncaster PDU appeared in October 2024.", "supported"),
        ("The report on Doncaster PDU appeared in November 2024.", "contradicted"),
        ("Two PDU inspections were completed in 2021-22.", "supported"),
        ("Three PDU inspections were completed in 2021-22.", "contradicted"),
        ("HMIP carried out ten CRC inspections in 2019-20.", "supported"),
        ("HMIP carried out nine CRC inspections in 2019-20.", "contradicted"),
    ],
    # a change said again by its ratings, and "held its R rating" (swansea-neath-port-talbot-pdu Inadequate 2021-22,
    # Requires improvement 2025-26; swm-crc Requires improvement 2018-19 and 2019-20; dtv-crc Requires improvement
    # 2018-19, Good 2019-20)
    "a_change_restated_and_held": [
        ("Swansea Neath Port Talbot PDU improved by one grade between 2021-22 and 2025-26, from Inadequate to "
         "Requires improvement.", "supported"),
        ("Swansea Neath Port Talbot PDU improved by one grade between 2021-22 and 2025-26, from Requires "
         "improvement to Good.", "contradicted"),
        ("Staffordshire and West Midlands CRC held its Requires improvement rating from 2018-19 to 2019-20.",
         "supported"),
        ("Durham Tees Valley CRC held its Requires improvement rating from 2018-19 to 2019-20.", "contradicted"),
    ],
    # two ratings' counts compared as "R1 ratings outnumbered R2 ratings" (2024-25 PDUs: Inadequate 14, Requires
    # improvement 10 of 24; rounds.csv 2019-20 all: Good 4, Requires improvement 6)
    "ratings_outnumbered": [
        ("Inadequate ratings outnumbered Requires improvement ratings among the PDUs inspected in 2024-25.",
         "supported"),
        ("Requires improvement ratings outnumbered Inadequate ratings among the PDUs inspected in 2024-25.",
         "contradicted"),
        ("Requires improvement ratings outnumbered Good ratings among the services rated in 2019-20.", "supported"),
        ("Good ratings outnumbered Requires improvement ratings among the services rated in 2019-20.", "contradicted"),
        ("In 2024-25 there were more Inadequate ratings than Requires improvement ratings among PDUs.", "supported"),
    ],
    # "the majority rating": more than half had it, of those the round rated (2018-19 NPS: 5 of 7 Good; 2022-23
    # PDUs: 15 of 31 Inadequate, 15 Requires improvement; rounds.csv 2024-25 PDU: 14 of 24 rated Inadequate)
    "the_majority_rating": [
        ("Good was the majority rating among the NPS divisions inspected in 2018-19.", "supported"),
        ("Requires improvement was the majority rating among the NPS divisions inspected in 2018-19.",
         "contradicted"),
        ("In 2022-23, Inadequate was the majority rating among the 31 PDU inspections.", "contradicted"),
        ("In 2024-25 the majority rating among PDUs was Inadequate.", "supported"),
        ("In 2024-25 most PDUs were rated Requires improvement.", "contradicted"),
    ],
    # a figure said of the whole country in a text about one unit is the country's (sector_figures all 2018-19
    # people_under_supervision: more than a quarter of a million, 258,157)
    "the_countrys_figure_in_a_units_text": [
        ("NPS North East was rated Good in 2018-19.\nAcross England and Wales that year, more than a quarter of a "
         "million people were under probation supervision.", "supported"),
        ("NPS North East was rated Good in 2018-19.\nAcross England and Wales that year, fewer than 200,000 people "
         "were under probation supervision.", "contradicted"),
    ],
    # "since" giving a reason is no span of time (rounds.csv 2024-25 PDU: 14 of 24 rated Inadequate); a round carried
    # from the sentence before supports a count but never contradicts it
    "since_as_a_reason": [
        ("In 2024-25 probation was inspected again.\nThe claim was true, since 14 of the 24 PDUs were rated "
         "Inadequate.",
         "supported"),
        ("In 2024-25 probation was inspected again.\nThe claim was true, since 15 of the 24 PDUs were rated "
         "Inadequate.",
         "unverifiable"),
    ],
    # a label's number claims nothing ("Finding 1:", "Table 2 shows"); "managing the cases of N people" is people
    # supervised (east-kent-pdu 2024-25 Inadequate; west-yorkshire-crc 2018-19 people_supervised 8,136)
    "label_numbers_and_the_cases_managed": [
        ("Finding 1: East Kent PDU was judged Inadequate in the 2024-25 inspections.", "supported"),
        ("Finding 1: East Kent PDU was judged Good in the 2024-25 inspections.", "contradicted"),
        ("Table 2 shows that West Yorkshire CRC was managing the cases of 8,136 people in 2018-19.", "supported"),
        ("Table 2 shows that West Yorkshire CRC was managing the cases of 9,136 people in 2018-19.", "contradicted"),
    ],
    # "Staff news:", "where staff carried 70 cases": people, not the staffing standard (hampshire-iow-crc 2018-19
    # overall Good, staff not Requires improvement overall); "the same verdict the region received overall"
    # (north-east-region 2025-26 victim work Outstanding, overall Requires improvement)
    "staff_as_people_and_the_same_verdict_overall": [
        ("Staff news: Hampshire and Isle of Wight CRC was judged Good in 2018-19.", "supported"),
        ("Staff news: Hampshire and Isle of Wight CRC, where staff carried many cases, was judged Requires "
         "improvement in 2018-19.", "contradicted"),
        ("The North East region's victim work was graded Outstanding in 2025-26, the same verdict the region "
         "received overall.", "contradicted"),
        ("In 2024-25 Bradford and Calderdale PDU's leadership was rated Inadequate, the same verdict the PDU "
         "received overall.", "supported"),
    ],
    # "save X" after a comma as an exception; "placed X in the R band"; "placing the unit in the R band" after the
    # unit is named in the sentence (2018-19: NPS London the one NPS division not Good; barnsley-rotherham-pdu and
    # norfolk-pdu 2024-25 Inadequate, norfolk-pdu published 2024-05)
    "save_and_placed_in_a_band": [
        ("In 2018-19 every NPS division, save NPS London, was graded Good.", "contradicted"),
        ("In 2018-19 every NPS division, save two, was graded Good.", "supported"),
        ("In 2018-19 every NPS division, except three, was graded Good.", "contradicted"),
        ("In 2018-19 all CRCs, bar two, were rated Requires improvement.", "supported"),
        ("In 2024-25 inspectors placed Barnsley and Rotherham PDU in the Inadequate band.", "supported"),
        ("In 2024-25 inspectors placed Barnsley and Rotherham PDU in the Good band.", "contradicted"),
        ("In May 2024 the report on Norfolk PDU was published, placing the unit in the Inadequate band.", "supported"),
        ("In May 2024 the report on Norfolk PDU was published, placing the unit in the Good band.", "contradicted"),
    ],
    # "the prevailing verdict", and the count said after it, "with five of the seven" (2018-19 NPS divisions: Good
    # 5 of 7; CRCs: Requires improvement 19 of 21)
    "prevailing_with_its_count": [
        ("Good was the prevailing verdict among the NPS divisions inspected in 2018-19, with five of the seven.",
         "supported"),
        ("Good was the prevailing verdict among the NPS divisions inspected in 2018-19, with six of the seven.",
         "contradicted"),
        ("Requires improvement was the majority rating among the CRCs inspected in 2018-19, with 19 of the 21.",
         "supported"),
        ("Requires improvement was the prevailing verdict among the NPS divisions inspected in 2018-19.",
         "contradicted"),
    ],
    # "None of the three (neither) was rated R": each of the units named just before, not so rated (2022-23:
    # manchester-north-pdu, tameside-pdu, wigan-pdu all Requires improvement)
    "none_of_the_group": [
        ("Manchester North PDU, Tameside PDU and Wigan PDU were inspected in 2022-23.\nNone of the three was rated "
         "Good.", "supported"),
        ("Manchester North PDU, Tameside PDU and Wigan PDU were inspected in 2022-23.\nNone of the three was rated "
         "Requires improvement.", "contradicted"),
        ("Manchester North PDU and Tameside PDU were inspected in 2022-23.\nNeither was rated Inadequate.",
         "supported"),
        ("Manchester North PDU and Tameside PDU were inspected in 2022-23.\nNeither was rated Requires improvement.",
         "contradicted"),
    ],
    # a count of PDUs on a standard counts the standard's PDU cells (2022-23 West Midlands PDUs: leadership empty;
    # bradford-calderdale-pdu, Yorkshire and the Humber, 2024-25 leadership Inadequate)
    "pdus_counted_on_a_standard": [
        ("In 2024-25 at least one Yorkshire and the Humber PDU was rated Inadequate on leadership.", "supported"),
        ("In 2024-25 no Yorkshire and the Humber PDU was rated Inadequate on leadership.", "contradicted"),
        ("In 2022-23 all three West Midlands PDUs were rated Inadequate on leadership.", "unverifiable"),
    ],
    # "the standing verdict", "the verdict in force": the rating current at the text's date (essex-north-pdu
    # Requires improvement 2024-08; west-kent-pdu Inadequate 2022-05, Requires improvement 2024-25, month not held)
    "the_standing_verdict": [
        ("Research note, May 2025\nEssex North PDU's standing verdict was Requires improvement.", "supported"),
        ("Research note, May 2025\nEssex North PDU's standing verdict was Inadequate.", "contradicted"),
        ("Funding bid, November 2024\nThe verdict in force for West Kent PDU was Inadequate.", "unverifiable"),
        # ("currently", "right now": the same; swansea-neath-port-talbot-pdu Inadequate 2022-01, Requires
        # improvement in 2025-26 with no month held)
        ("Committee minutes, May 2025\nEssex North PDU currently requires improvement.", "supported"),
        ("Committee minutes, May 2025\nEssex North PDU is rated Inadequate right now.", "contradicted"),
        ("Committee minutes, May 2025\nEssex North PDU holds a Requires improvement grade as things stand.",
         "supported"),
        ("Committee minutes, November 2025\nSwansea Neath Port Talbot PDU currently requires improvement.",
         "unverifiable"),
    ],
    # "advanced to R": a change up to it (2018-19 -> 2019-20: dtv-crc Requires improvement -> Good; hlny-crc
    # Requires improvement both times)
    "advanced_to": [
        ("Durham Tees Valley CRC advanced to Good in 2019-20.", "supported"),
        ("Humberside, Lincolnshire and North Yorkshire CRC advanced to Good in 2019-20.", "contradicted"),
    ],
    # who did a round's inspections, between the noun and the round, says which none (rounds.csv: 2022-23 31
    # inspections, one Good; 2024-25 27 inspections, 14 Inadequate)
    "inspections_done_in_a_round": [
        ("Of the 31 inspections the inspectorate completed in 2022-23, just one was graded Good.", "supported"),
        ("Of the 31 inspections the inspectorate completed in 2022-23, just two were graded Good.", "contradicted"),
        ("Of the 27 inspections carried out in 2024-25, 14 were rated Inadequate.", "supported"),
        ("Of the 27 inspections carried out in 2024-25, 15 were rated Inadequate.", "contradicted"),
        ("Of the 30 inspections conducted by HMIP in 2024-25, 14 were rated Inadequate.", "contradicted"),
    ],
    # "the same rating" with no "as", after another unit's rating in the sentence: that unit's rating, not a change;
    # across sentences it stays a change against the unit's own last inspection (2022-23:
    # tameside-pdu, wigan-pdu, manchester-north-pdu Requires improvement; 2025-26 nottingham-city-pdu and
    # nottinghamshire-pdu Inadequate; essex-north-pdu Inadequate 2022-23, Requires improvement 2024-25)
    "the_same_rating_as_the_unit_before": [
        ("Nottingham City PDU was rated Inadequate, and Nottinghamshire PDU received the same grade.", "supported"),
        ("Nottingham City PDU was rated Good, and Nottinghamshire PDU was given the same rating.", "contradicted"),
        ("Tameside PDU was rated Requires improvement.\nWigan PDU was given the same rating.", "unverifiable"),
        ("Tameside PDU was rated Requires improvement, and Manchester North PDU and Wigan PDU received the same "
         "rating.", "supported"),
        ("Tameside PDU was rated Requires improvement, and Nottinghamshire PDU received the same rating.",
         "contradicted"),
        ("Essex North PDU was rated Inadequate in 2022-23.\nIn 2024-25 it was given the same rating again.",
         "contradicted"),
    ],
    # a verb that bounds the figure after it, as "more than" does (providers.csv: swm-crc avg_caseload 64 in
    # 2019-20; london-crc people_supervised 28819 in 2018-19)
    "a_bound_said_by_a_verb": [
        ("Average caseload at Staffordshire and West Midlands CRC topped 60 in 2019-20.", "supported"),
        ("Average caseload at Staffordshire and West Midlands CRC topped 65 in 2019-20.", "contradicted"),
        ("In 2019-20 the average caseload at Staffordshire and West Midlands CRC exceeded 60.", "supported"),
        ("In 2018-19 the number of people London CRC supervised surpassed 30,000.", "contradicted"),
    ],
    # two figures said, each its own unit's, and compared (providers.csv 2019-20 avg_caseload: swm-crc 64,
    # dlnr-crc 58)
    "two_figures_said_and_compared": [
        ("In 2019-20 Staffordshire and West Midlands CRC's average caseload of 64 was heavier than DLNR CRC's 58.",
         "supported"),
        ("In 2019-20 Staffordshire and West Midlands CRC's average caseload of 64 was lighter than DLNR CRC's 58.",
         "contradicted"),
        ("In 2019-20 Staffordshire and West Midlands CRC's average caseload of 64 was heavier than the 60 recorded "
         "at DLNR CRC.", "contradicted"),
    ],
    # a standard "in" or "at" the unit is the unit's standard, never its overall rating (bradford-calderdale-pdu
    # 2024-25: leadership Inadequate, overall Inadequate; essex-south-pdu 2024-25: leadership empty, overall RI)
    "a_standard_in_the_unit": [
        ("Report: Bradford and Calderdale PDU\nIn 2024-25 leadership in the unit was judged Inadequate.",
         "supported"),
        ("Report: Bradford and Calderdale PDU\nIn 2024-25 leadership in the unit was judged Good.", "contradicted"),
        ("Report: Essex South PDU\nIn 2024-25 leadership in the unit was judged Good.", "unverifiable"),
        ("In 2024-25 leadership at Essex South PDU was judged Requires improvement.", "unverifiable"),
        # (a negation with it: bradford-calderdale-pdu leadership Inadequate)
        ("In 2024-25 the leadership of Bradford and Calderdale PDU was not rated Good.", "supported"),
        ("In 2024-25 the leadership of Bradford and Calderdale PDU was spared an Inadequate verdict.",
         "contradicted"),
    ],
    # "the rating they gave most often", among the population the sentence before counted (rounds.csv 2024-25:
    # three regions, all Requires improvement)
    "the_rating_given_most_often": [
        ("The inspectors looked at three regions in 2024-25.\nRequires improvement was the rating they gave most "
         "often.", "supported"),
        ("The inspectors looked at three regions in 2024-25.\nInadequate was the rating they gave most often.",
         "contradicted"),
        ("In 2018-19 Good was the verdict inspectors handed out most frequently.", "contradicted"),
    ],
    # the word "region" between a region's name and its PDUs (2022-23 South West PDUs: three inspected, two
    # Requires improvement and one Inadequate)
    "a_region_said_before_its_pdus": [
        ("Two of three South West region PDUs inspected in 2022-23 came out as Requires improvement.", "supported"),
        ("In 2022-23 all three South West region PDUs were rated Requires improvement.", "contradicted"),
        ("In 2022-23 one South West region PDU was rated Inadequate.", "supported"),
    ],
    # "..., while C, <aside>, was rated R": the unit that opens the clause, not the sentence's first (2022-23:
    # newham-pdu Requires improvement, lewisham-bromley-pdu Inadequate)
    "the_unit_that_opens_the_clause": [
        ("In 2022-23 Newham PDU was rated Requires improvement, while Lewisham and Bromley PDU, reported on the same "
         "day, was rated Inadequate.", "supported"),
        ("In 2022-23 Newham PDU was rated Requires improvement, while Lewisham and Bromley PDU, reported on the same "
         "day, was rated Requires improvement.", "contradicted"),
    ],
    # "with one exception" before the count, or set off after the population and its round, as "bar one" (2018-19
    # CRCs: 19 Requires improvement, 1 Inadequate, 1 Good; NPS divisions: 5 Good, 2 Requires improvement)
    "with_n_exceptions": [
        ("With one exception, every CRC inspected in 2018-19 came out as Requires improvement or Inadequate.",
         "supported"),
        ("With one exception, every CRC inspected in 2018-19 was rated Requires improvement.", "contradicted"),
        ("With two exceptions, every NPS division inspected in 2018-19 was rated Good.", "supported"),
        ("Every CRC inspected in 2018-19, except two, was rated Requires improvement or Inadequate.", "contradicted"),
    ],
    # a rating "before its <round> inspection" is the one before that round's (essex-north-pdu: Inadequate 2022-23,
    # Requires improvement 2024-25; cumbria-pdu: one row, 2023-24 Requires improvement)
    "a_rating_before_a_rounds_inspection": [
        ("Essex North PDU had been rated Inadequate before its 2024-25 inspection.", "supported"),
        ("Essex North PDU had been rated Requires improvement prior to its 2024-25 inspection.", "contradicted"),
        ("Cumbria PDU had been rated Inadequate before its 2023-24 inspection.", "unverifiable"),
    ],
    # wire copy and lists with no verb: a name and a rating, "R for X", "no R rating for X", "R the most common
    # rating" (wigan-pdu 2022-23 Requires improvement; birmingham-north-east-solihull-pdu 2022-23 Inadequate;
    # cwm-taf-morgannwg-pdu one row, Requires improvement; 2018-19 CRCs: 19 Requires improvement)
    "verbless_wire_copy": [
        ("Wigan PDU Requires improvement in 2022-23.", "supported"),
        ("Wigan PDU Inadequate in 2022-23.", "contradicted"),
        ("Inadequate for Birmingham North, East and Solihull PDU in 2022-23.", "supported"),
        ("Good for Birmingham North, East and Solihull PDU in 2022-23.", "contradicted"),
        ("No Inadequate rating for Cwm Taf Morgannwg PDU.", "supported"),
        ("No Requires improvement rating for Cwm Taf Morgannwg PDU.", "contradicted"),
        ("Requires improvement the most common rating among CRCs inspected in 2018-19.", "supported"),
        ("Good the most common rating among CRCs inspected in 2018-19.", "contradicted"),
    ],
    # a list of places ended by a plural "CRCs" names a unit each, bare places among them (2019-20: northumbria-crc,
    # west-yorkshire-crc, merseyside-crc Requires improvement)
    "places_listed_before_a_plural": [
        ("In 2019-20 Northumbria, West Yorkshire and Merseyside CRCs were all rated Requires improvement.",
         "supported"),
        ("In 2019-20 Northumbria, West Yorkshire and Merseyside CRCs were all rated Good.", "contradicted"),
        ("Inspectors returned to Northumbria and Merseyside CRCs in 2019-20.\nBoth were rated Good.",
         "contradicted"),
    ],
    # a label's number claims nothing ("Panel two"), and "the 31 inspections that year" are the round's (rounds.csv
    # 2024-25: 24 PDUs, 14 Inadequate; 2022-23: 31 inspections, 15 Inadequate; newham-pdu 2022-23)
    "labels_and_that_year": [
        ("Panel three: of the 24 PDUs inspected in 2024-25, 14 were rated inadequate.", "supported"),
        ("Panel three: of the 24 PDUs inspected in 2024-25, 15 were rated inadequate.", "contradicted"),
        ("Newham PDU was rated Requires improvement in 2022-23.\nOf the 31 inspections that year, 15 were rated "
         "Inadequate.", "supported"),
    ],
    # "trailed", "beat" on points: the two units' points (2022-23: lambeth-pdu 3, staffordshire-stoke-pdu 2)
    "points_trailed_or_beaten": [
        ("Staffordshire and Stoke PDU trailed Lambeth PDU on points out of 27.", "supported"),
        ("Lambeth PDU trailed Staffordshire and Stoke PDU on points out of 27.", "contradicted"),
        ("Lambeth PDU beat Staffordshire and Stoke PDU on points.", "supported"),
        ("Staffordshire and Stoke PDU beat Lambeth PDU on points.", "contradicted"),
    ],
    # "apart from a single unit", and a negation after a pluperfect "had been" (2024-25 PDUs: 14 Inadequate of 24;
    # 2022-23: newham-pdu Requires improvement, ealing-hillingdon-pdu Inadequate)
    "apart_from_a_single_unit_and_had_been_spared": [
        ("Apart from a single unit, every PDU inspected in 2024-25 was placed in the Inadequate band.",
         "contradicted"),
        ("Apart from a single unit, every CRC inspected in 2018-19 was rated Requires improvement or Inadequate.",
         "supported"),
        ("Newham PDU had been spared an Inadequate verdict in 2022-23.", "supported"),
        ("Ealing and Hillingdon PDU had been spared an Inadequate verdict in 2022-23.", "contradicted"),
    ],
    # two ratings' counts compared, with words between ("placed in the R1 band than in the R2 band"), or as
    # "R1 verdicts were more numerous" (2024-25 PDUs: 14 Inadequate, 10 Requires improvement; 2018-19: 6 Good,
    # 21 Requires improvement)
    "two_ratings_counted_and_compared": [
        ("In 2024-25, more PDUs were placed in the Inadequate band than in the Requires improvement band.",
         "supported"),
        ("In 2024-25, more PDUs were placed in the Requires improvement band than in the Inadequate band.",
         "contradicted"),
        ("Requires improvement verdicts were more numerous than Good verdicts across the 2018-19 round.",
         "supported"),
        ("Good verdicts were more numerous than Requires improvement verdicts across the 2018-19 round.",
         "contradicted"),
        # (2019-20 rated services: four Good, six Requires improvement)
        ("In 2019-20, Requires improvement outnumbered Good among rated services.", "supported"),
        ("In 2019-20, Good outnumbered Requires improvement among rated services.", "contradicted"),
    ],
    # a share with its figure set beside it, of the population the sentence before counted (2022-23: 31
    # inspections, 15 Inadequate, 48 per cent)
    "a_share_with_its_figure_beside_it": [
        ("In 2022-23 inspectors completed 31 PDU inspections.\nNearly half, 15 of the 31, were found inadequate.",
         "supported"),
        ("In 2022-23 inspectors completed 31 PDU inspections.\nNearly half, 16 of the 31, were found inadequate.",
         "contradicted"),
        ("In 2022-23 inspectors completed 31 PDU inspections.\nTwo-thirds, 15 of the 31, were found inadequate.",
         "partly checked"),
    ],
    # "only one CRC, in X, was rated R": the unit by its place, of the kind counted (2018-19: ddc-crc the one
    # Inadequate CRC; essex-crc Requires improvement)
    "a_count_with_its_unit_by_place": [
        ("In 2018-19 only one CRC, in Dorset, Devon and Cornwall, was rated inadequate.", "supported"),
        ("In 2018-19 only one CRC, in Dorset, Devon and Cornwall, was rated good.", "contradicted"),
        ("In 2018-19 only one CRC, in Essex, was rated inadequate.", "unverifiable"),
    ],
    # a round's whole count of inspections, then a count of them in the next sentence (rounds.csv 2022-23: 31
    # inspections, one Good, 15 Inadequate)
    "a_rounds_inspections_then_counted": [
        ("The 2022-23 programme covered 31 inspections.\nOf those, only one was rated Good.", "supported"),
        ("The 2022-23 programme covered 31 inspections.\nOf those, only two were rated Good.", "contradicted"),
        ("The 2022-23 programme covered 30 inspections.", "contradicted"),
        ("HMIP completed 31 inspections in 2022-23.\nFifteen were rated Inadequate.", "supported"),
    ],
    # two units' figures set after them, "N1 cases against N2", each its unit's in order (2019-20 avg_caseload:
    # swm-crc 64, dlnr-crc 58); "the predominant grade among the three regions" (2024-25: all three RI)
    "figures_against_and_the_predominant_grade": [
        ("In 2019-20 the average caseload at Staffordshire and West Midlands CRC was higher than at DLNR CRC, 64 "
         "cases against 58.", "supported"),
        ("In 2019-20 the average caseload at Staffordshire and West Midlands CRC was higher than at DLNR CRC, 58 "
         "cases against 64.", "contradicted"),
        ("Inadequate was the predominant grade among the three regions inspected in 2024-25.", "contradicted"),
        ("Requires improvement was the predominant grade among the three regions inspected in 2024-25.",
         "supported"),
    ],
    # "came away with a R grade", "had charge of N people" (kss-region 2024-25 Requires improvement; london-crc
    # 28,819 people in 2018-19)
    "came_away_with_and_had_charge_of": [
        ("The Kent, Surrey and Sussex region came away with a Requires improvement grade in 2024-25.", "supported"),
        ("The Kent, Surrey and Sussex region came away with a Good grade in 2024-25.", "contradicted"),
        ("In 2018-19 London CRC had charge of 28,819 people.", "supported"),
        ("In 2018-19 London CRC had charge of 26,819 people.", "contradicted"),
    ],
    # "the 31 inspections of 2022-23": the round's, as "in 2022-23" (15 Inadequate of 31)
    "inspections_of_a_round": [
        ("Nearly half of the 31 inspections of 2022-23 ended in an Inadequate rating.", "supported"),
        ("Most of the 31 inspections of 2022-23 ended in an Inadequate rating.", "contradicted"),
        ("Of the 31 inspections of 2022-23, 15 were rated Inadequate.", "supported"),
        ("Of the 31 inspections of 2022-23, 16 were rated Inadequate.", "contradicted"),
    ],
    # "it is a big organisation, supervising N people": what the unit is, no population (london-crc 28,819 in
    # 2018-19)
    "a_kind_said_of_the_unit": [
        ("London CRC was rated Requires improvement in 2018-19.\nIt is a big organisation, supervising almost "
         "29,000 people at the time.", "supported"),
        ("London CRC was rated Requires improvement in 2018-19.\nIt is a big organisation, supervising almost "
         "25,000 people at the time.", "contradicted"),
    ],
    # "every X region PDU": the region's PDUs after a quantifier or count (2022-23 North East PDUs:
    # gateshead-south-tyneside-pdu Good, redcar-cleveland-middlesbrough-pdu Requires improvement)
    "every_named_region_pdu": [
        ("Apart from Gateshead and South Tyneside PDU, every North East region PDU inspected in 2022-23 was judged "
         "Requires improvement.", "supported"),
        ("Apart from Gateshead and South Tyneside PDU, every North East region PDU inspected in 2022-23 was judged "
         "Inadequate.", "contradicted"),
    ],
    # "the bulk of" is most; a count with its figure beside it, the round after the noun (2024-25: 14 of 24 PDUs
    # Inadequate, 10 Requires improvement)
    "the_bulk_of_with_its_figure": [
        ("The bulk of the 24 PDUs inspected in 2024-25, 14 of them, were judged Inadequate.", "supported"),
        ("The bulk of the 24 PDUs inspected in 2024-25, 15 of them, were judged Inadequate.", "contradicted"),
        ("The bulk of the 24 PDUs inspected in 2024-25 were judged Requires improvement.", "contradicted"),
    ],
    # "in the same round" in a text about a unit inspected once in the data, and no round written before: that
    # inspection's round (nps-north-east: 2018-19 only; dtv-crc: Requires improvement 2018-19, Good 2019-20)
    "the_same_round_as_the_text_s_unit": [
        ("North East probation division rated Good\nNPS North East was rated Good.\nDurham Tees Valley CRC was rated "
         "Requires improvement in the same round.", "supported"),
        ("North East probation division rated Good\nNPS North East was rated Good.\nDurham Tees Valley CRC was rated "
         "Good in the same round.", "contradicted"),
    ],
    # "the current rating" under a dateline: the latest report out by then, undecided where a later report's month
    # is not held (essex-north-pdu: Inadequate 2022-05, Requires improvement 2024-08; west-kent-pdu: Inadequate
    # 2022-05, Requires improvement in 2024-25 with no month held)
    "the_current_rating_under_a_dateline": [
        ("Research report, September 2024\nThe current rating of Essex North PDU is Requires improvement.",
         "supported"),
        ("Research report, September 2024\nThe current rating of Essex North PDU is Inadequate.", "contradicted"),
        ("Funding bid, November 2024\nThe current rating of West Kent PDU is Inadequate.", "unverifiable"),
        ("Funding bid, November 2024\nThe current rating of West Kent PDU is Requires improvement.", "unverifiable"),
    ],
    # "N of them" in the sentence after one that counted a whole population (rounds.csv 2022-23 PDU: 31 rated,
    # 15 Inadequate; 2019-20 CRC: 10 inspected, 3 Good); after an owner's CRCs (Sodexo's six) it is not all CRCs
    "so_many_of_them_next_sentence": [
        ("In 2022-23 inspectors rated 31 PDUs.\n15 of them were rated Inadequate.", "supported"),
        ("In 2022-23 inspectors rated 31 PDUs.\n14 of them were rated Inadequate.", "contradicted"),
        ("Inspectors visited ten CRCs in 2019-20.\nThree of them were rated Good.", "supported"),
        ("Inspectors visited ten CRCs in 2019-20.\nFour of them were rated Good.", "contradicted"),
        ("Sodexo ran six CRCs.\nIn 2018-19 two of them were rated Requires improvement.", "unverifiable"),
    ],
    # the size of the population a count is judged over, said beside it: read where it is that size (2022-23: the
    # three West Midlands PDUs reported in August 2022, two Inadequate and one Requires improvement; the North
    # West's four PDUs, every one of the round in the data, two Inadequate)
    "the_population_size_beside_a_count": [
        ("In 2022-23 the three West Midlands PDUs, all reported on in August 2022, split two Inadequate to one "
         "Requires improvement.", "supported"),
        ("In 2022-23 the three West Midlands PDUs, all reported on in August 2022, split one Inadequate to two "
         "Requires improvement.", "contradicted"),
        ("In 2022-23 inspectors visited the four PDUs of the North West.\nTwo of them were rated Inadequate.",
         "supported"),
        ("In 2022-23 inspectors visited the four PDUs of the North West.\nThree of them were rated Inadequate.",
         "contradicted"),
    ],
}


@pytest.mark.parametrize("sentence", [
    # the London PDUs of 2022-23: four of six Inadequate; never judged as a count of every PDU (15 Inadequate)
    "The London region had four PDUs rated Inadequate in 2022-23.",
    "Across the London and South West regions, four PDUs were rated Inadequate in 2022-23.",
])
def test_a_count_within_regions_set_before_it_is_never_judged_over_all_units(sentence_verdict, sentence):
    assert sentence_verdict(sentence + "\n") != "contradicted"


@pytest.mark.parametrize("sentence,want", [case for cases in _SHAPES.values() for case in cases],
                         ids=[f"{shape}-{n}" for shape, cases in _SHAPES.items() for n in range(len(cases))])
def test_each_shape_of_the_round(sentence_verdict, sentence, want):
    assert sentence_verdict(sentence + "\n") == want


@pytest.mark.parametrize("month,want", [("June 2020", "supported"), ("July 2020", "contradicted"),
                                        ("May 2020", "contradicted")])
def test_a_fieldwork_month_leaves_the_report_month_to_be_read(sentence_verdict, month, want):
    assert sentence_verdict(_MERSEYSIDE + month + ".\n") == want


@pytest.mark.parametrize("scope", ["in the North East region", "of any PDU that year", "so far"])
def test_the_best_mark_with_a_scope_is_no_place_on_the_scale(sentence_verdict, scope):
    # gateshead-south-tyneside-pdu 2022-23 Good: "the best rating in the region" is not Outstanding
    text = f"Gateshead and South Tyneside PDU was rated Good in 2022-23, the best rating {scope}.\n"
    assert sentence_verdict(text) != "contradicted"


@pytest.mark.parametrize("cue", ["exceeded the total of", "was ahead of", "beat"])
def test_a_unit_a_figure_is_compared_with_is_never_read_past(sentence_verdict, cue):
    # 2022-23 points: staffordshire-stoke-pdu 2, lambeth-pdu 3; the comparison is unread, so 2 alone never carries it
    text = f"Staffordshire and Stoke PDU's 2 points in 2022-23 {cue} Lambeth PDU.\n"
    assert sentence_verdict(text) != "supported"


_NEVER = [
    # a rank by size with its noun left out is a claim of its own the data cannot rank (london-crc 28,819 in
    # 2018-19; most CRCs' figures are not held)
    ("The biggest by far was London CRC, which supervised 28,819 people in 2018-19.", ("supported", "contradicted")),
    # a count other than the number of units named stays unread: never true, never false on its own
    ("In 2022-23 four reports followed, when Barking, Dagenham and Havering PDU and Newham PDU were rated "
     "Requires improvement and Lewisham and Bromley PDU Inadequate.", ("supported", "contradicted")),
    # 2022-23: three West Midlands PDUs reported in August 2022; "the four" is not their number
    ("In 2022-23 the four West Midlands PDUs, all reported on in August 2022, split two Inadequate to one "
     "Requires improvement.", ("supported", "contradicted")),
    # 2018-19: nps-wales reviewing Outstanding, overall Good; five of the seven NPS divisions Good (none
    # Outstanding): "the same overall grade as NPS Wales" is its Good, never the Outstanding before it
    ("In 2018-19 NPS Wales's reviewing was rated Outstanding.\nFive of the seven divisions earned the same overall "
     "grade as NPS Wales.", ("contradicted",)),
    # 2018-19: five of the seven NPS divisions Good; "six of the seven" is false, "a clear majority" true
    ("In 2018-19 a clear majority of NPS divisions, six of the seven, were rated Good.", ("supported",)),
    # newcastle-tyne-pdu 2025-26 Inadequate: what the inspectorate concluded besides is not in the data
    ("Newcastle upon Tyne PDU was rated Inadequate in 2025-26, the inspectorate concluding that work to keep "
     "people safe was falling well short.", ("supported", "contradicted", "unverifiable")),
    # nps-north-east 2018-19: overall Good, leadership not held; "the leadership of X" is no claim about overall
    ("It is worth noting that the leadership of NPS North East was graded Good in 2018-19.",
     ("supported", "contradicted", "partly checked")),
]


@pytest.mark.parametrize("text,never", _NEVER, ids=[f"never-{n}" for n in range(len(_NEVER))])
def test_what_is_left_unread_never_decides_the_sentence(sentence_verdict, text, never):
    assert sentence_verdict(text + "\n") not in never


def test_a_month_said_of_a_counted_population_is_not_the_text_units(sentence_verdict):
    # rows 2022-23: the three West Midlands PDUs reported in August 2022, two Inadequate and one Requires
    # improvement; gateshead-south-tyneside-pdu (the text's unit) was reported in another month
    text = ("Gateshead and South Tyneside PDU was rated Good in 2022-23.\n"
            "The three West Midlands PDUs, all reported on in August 2022, split two inadequate to one requires "
            "improvement.\n")
    assert sentence_verdict(text) != "contradicted"
