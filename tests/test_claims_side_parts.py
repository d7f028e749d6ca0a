"""A sentence with a true part and a false (or unknown) one is never supported: the false part is read and
contradicted, or listed unread. Synthetic sentences (our own words), each after the headline "Probation ratings".

The facts they are false against, read by hand from probstat/data/providers.csv, rounds.csv and the schema:
- 2018-19: CRCs 1 Good (hampshire-iow-crc), 19 Requires improvement, 1 Inadequate (ddc-crc), 21 in all; NPS
  divisions 5 Good, 2 Requires improvement, 7 in all; no service Outstanding; 28 inspected.
- hampshire-iow-crc 2018-19 (its only inspection): Good; run by Purple Futures; people supervised '<~4000';
  published 2019-05-08; staff, implementation and delivery, through the gate Requires improvement; assessment,
  planning Good; reviewing Inadequate; its other standards not in the data.
- london-crc 2018-19: Requires improvement, MTCnovo, 28,819 people, published 2019-08.
- nps-wales 2018-19: Good, staff Requires improvement, reviewing Outstanding, people '<~7000'.
- dtv-crc: Requires improvement 2018-19, Good 2019-20, leadership Outstanding at both; owner ARCC.
- sheffield-pdu: Inadequate 2022-23 (1 point, published 2023-03-30) and 2024-25; Yorkshire and the Humber region,
  whose 2022-23 PDUs were Sheffield, Kirklees, North and North East Lincolnshire (Inadequate) and Hull and East
  Riding (Requires improvement).
- derby-city-pdu Requires improvement 2022-23 and 2025-26; leicester-leicestershire-rutland-pdu Inadequate 2022-23
  and 2025-26; regions 2025-26: East Midlands Inadequate, North East and Wales Requires improvement.
- 2022-23 PDUs: 31, 1 Good, 15 Requires improvement, 15 Inadequate; 2024-25: 24 PDUs (10 Requires improvement, 14
  Inadequate) and 3 regions (all Requires improvement).
- northamptonshire-pdu Requires improvement 2022-23, Inadequate 2024-25; west-kent-pdu Inadequate 2022-23, Requires
  improvement 2024-25; gateshead-south-tyneside-pdu Good 2022-23, Requires improvement 2025-26.
- 2018-19 owners: Sodexo ran six CRCs, all Requires improvement; Purple Futures five, one of them Good.
- 2022-23: lambeth-pdu and ealing-hillingdon-pdu Inadequate; warwickshire-pdu and newham-pdu Requires improvement.
"""

from __future__ import annotations

import pytest

from probstat.claims.verify import check_text

SENTENCES = (
    'In 2018-19, 19 CRCs were rated Requires improvement and two were rated Good.',
    'In 2018-19, 19 CRCs were rated Requires improvement, with two rated Good.',
    'In 2018-19, 19 CRCs were rated Requires improvement, two Good and one Inadequate.',
    'In 2018-19, 19 CRCs were rated Requires improvement; two were Good.',
    'In 2018-19, five NPS divisions were rated Good, as were two CRCs.',
    'In 2018-19, five NPS divisions were rated Good and so were two CRCs.',
    'In 2018-19, five NPS divisions were rated Good, compared with two CRCs.',
    'In 2018-19, five NPS divisions were rated Good, against two CRCs.',
    'In 2018-19, five of the seven NPS divisions were rated Good but only two of the 21 CRCs were.',
    'In 2018-19, five NPS divisions and two CRCs were rated Good.',
    'In 2018-19, six services were rated Good: five NPS divisions and two CRCs.',
    'In 2018-19, six services were rated Good, five of them NPS divisions and two of them CRCs.',
    'In 2018-19, 21 services were rated Requires improvement and two Inadequate.',
    'In 2018-19, 21 services were rated Requires improvement, while two were rated Inadequate.',
    'In 2018-19, one CRC was rated Inadequate and three NPS divisions Requires improvement.',
    'In 2018-19, one CRC was rated Inadequate; no NPS division was rated Good.',
    'In 2018-19, one CRC was rated Inadequate, and no NPS division was rated Requires improvement.',
    'In 2018-19, all 28 services were inspected and seven were rated Good.',
    'In 2018-19, 28 services were inspected, of which seven were rated Good.',
    'In 2018-19, HMIP inspected 28 services and rated seven of them Good.',
    'Of the 28 services inspected in 2018-19, six were rated Good and two Inadequate.',
    'Of the 28 services inspected in 2018-19, six were rated Good, 20 Requires improvement and one Inadequate.',
    'In 2018-19 Hampshire and Isle of Wight CRC was the only CRC rated Good, and two CRCs were rated Inadequate.',
    'In 2018-19 only one CRC was rated Good, while two were rated Inadequate.',
    'In 2018-19 the NPS had five Good divisions and three Requires improvement divisions.',
    'In 2018-19 five NPS divisions were rated Good and the other three Requires improvement.',
    'In 2018-19 five NPS divisions were rated Good and the remaining three were rated Requires improvement.',
    'In 2018-19 five NPS divisions were rated Good, the rest Inadequate.',
    'In 2018-19 most NPS divisions were rated Good and most CRCs were rated Good.',
    'In 2018-19 most NPS divisions were rated Good, unlike most CRCs, which were rated Inadequate.',
    'In 2018-19 five NPS divisions were rated Good, compared with just one CRC, and two CRCs were Inadequate.',
    'Five NPS divisions were rated Good in 2018-19, more than the two CRCs rated Good.',
    'In 2018-19 NPS divisions were five times as likely as CRCs to be rated Good, with two CRCs rated Good.',
    'In 2018-19, 19 of the 21 CRCs required improvement and the other two were rated Good.',
    'In 2018-19, 19 of the 21 CRCs required improvement, the other two being rated Good.',
    'In 2018-19, 19 of 21 CRCs were rated Requires improvement, and the remaining two Good.',
    'Hampshire and Isle of Wight CRC was rated Good in 2018-19, with reviewing rated Good.',
    'Hampshire and Isle of Wight CRC was rated Good in 2018-19, although reviewing was rated Requires improvement.',
    'Hampshire and Isle of Wight CRC was rated Good in 2018-19; its assessment was Outstanding.',
    'Hampshire and Isle of Wight CRC was rated Good in 2018-19 and was Outstanding for planning.',
    'Hampshire and Isle of Wight CRC, run by Sodexo, was rated Good in 2018-19.',
    'Hampshire and Isle of Wight CRC, which supervises about 9,000 people, was rated Good in 2018-19.',
    'Hampshire and Isle of Wight CRC was rated Good in 2018-19, supervising more than 10,000 people.',
    'Hampshire and Isle of Wight CRC was rated Good in a report published in March 2019.',
    'Hampshire and Isle of Wight CRC was rated Good in 2018-19, up from Inadequate.',
    'Hampshire and Isle of Wight CRC was rated Good in 2018-19, the only CRC rated Outstanding.',
    'Hampshire and Isle of Wight CRC was rated Good in 2018-19, one of three CRCs to be rated Good.',
    'Hampshire and Isle of Wight CRC was rated Good in 2018-19, one of two Good CRCs.',
    'Hampshire and Isle of Wight CRC was rated Good in 2018-19, with two of its standards rated Outstanding.',
    'Hampshire and Isle of Wight CRC was rated Good in 2018-19 despite three Inadequate standards.',
    'Hampshire and Isle of Wight CRC was rated Good in 2018-19, and Purple Futures also ran London CRC.',
    'London CRC, which supervised more than 40,000 people, was rated Requires improvement in 2018-19.',
    'London CRC was rated Requires improvement in 2018-19; it supervises some 50,000 people.',
    'London CRC was rated Requires improvement in 2018-19, the same as every other CRC.',
    'London CRC was rated Requires improvement in 2018-19, like all but one of the CRCs.',
    'London CRC was rated Requires improvement in 2018-19, as were 20 other CRCs.',
    'London CRC was rated Requires improvement in 2018-19, along with Durham Tees Valley CRC and '
    'Hampshire and Isle of Wight CRC.',
    'NPS Wales was rated Good in 2018-19, with reviewing rated Good and staff rated Outstanding.',
    'NPS Wales was rated Good in 2018-19; it was the only NPS division rated Good.',
    'NPS Wales was rated Good in 2018-19, one of seven NPS divisions rated Good.',
    'NPS Wales, which supervised nearly 10,000 people, was rated Good in 2018-19.',
    'Durham Tees Valley CRC was rated Good in 2019-20, up from Inadequate in 2018-19.',
    'Durham Tees Valley CRC was rated Good in 2019-20, and its leadership was rated Good too.',
    'Durham Tees Valley CRC was rated Good in 2019-20, keeping its Outstanding rating for leadership, '
    'and was run by Sodexo.',
    'Sheffield PDU was rated Inadequate in 2022-23, scoring three of a possible 27 points.',
    'Sheffield PDU was rated Inadequate in 2022-23 in a report published in June 2023.',
    'Sheffield PDU was rated Inadequate in 2022-23, one of four Yorkshire and the Humber PDUs inspected, '
    'all of them rated Inadequate.',
    'Sheffield PDU was rated Inadequate in 2022-23; Hull and East Riding PDU was rated Inadequate too.',
    'Sheffield PDU, in the North East region, was rated Inadequate in 2022-23.',
    "Sheffield PDU, part of the Probation Service's North West region, was rated Inadequate in 2022-23.",
    'Sheffield PDU was rated Inadequate in 2024-25, up from Requires improvement in 2022-23.',
    'Sheffield PDU was rated Inadequate in 2024-25, the same as in 2022-23, when it scored five points.',
    'Derby City PDU was rated Requires improvement in 2025-26, while Leicester, Leicestershire and '
    'Rutland PDU was rated Good.',
    'Derby City PDU was rated Requires improvement in 2025-26, as was the East Midlands region.',
    'Derby City PDU was rated Requires improvement in 2025-26; the East Midlands region was rated '
    'Requires improvement too.',
    'The East Midlands region was rated Inadequate in 2025-26, the only region rated Requires improvement.',
    'The North East region was rated Requires improvement in 2025-26, like the East Midlands region.',
    'The North East region was rated Requires improvement in 2025-26, unlike the Wales region.',
    'Leicester, Leicestershire and Rutland PDU was rated Inadequate in 2022-23, and Derby City PDU was '
    'also rated Inadequate.',
    'In 2022-23, 15 of the 31 inspections ended in an Inadequate rating and two in a Good rating.',
    'In 2022-23, 15 of 31 PDUs were rated Inadequate, one was rated Good and 16 Requires improvement.',
    'In 2024-25, 14 PDUs were rated Inadequate and ten Requires improvement, and one was rated Good.',
    'In 2024-25, 14 of the 24 PDUs inspected were rated Inadequate, and the three regions were all rated Inadequate.',
    'Leicester, Leicestershire and Rutland PDU was rated Inadequate for the second time in 2025-26, '
    'after a Good rating in 2022-23.',
    'Leicester, Leicestershire and Rutland PDU was rated Inadequate in 2025-26, its first inspection since 2021.',
    'Durham Tees Valley CRC, rated Inadequate in 2018-19, improved to Good in 2019-20.',
    'Durham Tees Valley CRC improved to Good in 2019-20, having been rated Inadequate the year before.',
    'Durham Tees Valley CRC was rated Good in 2019-20; a year earlier it had been rated Inadequate.',
    'Durham Tees Valley CRC was rated Good in 2019-20, up from Inadequate.',
    'Durham Tees Valley CRC was rated Good in 2019-20, two grades higher than in 2018-19.',
    'Durham Tees Valley CRC rose two grades to Good in 2019-20.',
    'Durham Tees Valley CRC was rated Good in 2019-20, after Outstanding in 2018-19.',
    'Durham Tees Valley CRC kept its Requires improvement rating in 2019-20.',
    'Durham Tees Valley CRC was rated Good in 2019-20 and lost its Outstanding rating for leadership.',
    'Northamptonshire PDU fell from Good to Inadequate in 2024-25.',
    'Northamptonshire PDU was rated Inadequate in 2024-25, down from Good in 2022-23.',
    'Northamptonshire PDU, previously rated Good, was rated Inadequate in 2024-25.',
    'Northamptonshire PDU was rated Inadequate in 2024-25, having been rated Good at its last inspection.',
    'Northamptonshire PDU was rated Inadequate in 2024-25; at its previous inspection it was rated Good.',
    'Northamptonshire PDU was rated Inadequate in 2024-25, the same rating it received in 2022-23.',
    'Northamptonshire PDU was rated Inadequate for the second time in 2024-25.',
    'Northamptonshire PDU remained Inadequate in 2024-25.',
    'West Kent PDU improved from Inadequate to Good in 2024-25.',
    'West Kent PDU improved to Requires improvement in 2024-25, from the Good rating it was given in 2022.',
    'West Kent PDU was rated Requires improvement in 2024-25, an improvement on its Requires improvement '
    'rating in 2022-23.',
    'Sheffield PDU improved in 2024-25.',
    "Sheffield PDU's rating improved from Inadequate to Requires improvement in 2024-25.",
    'Sheffield PDU was rated Inadequate in 2024-25, unchanged from 2022-23, when it scored four points.',
    'Gateshead and South Tyneside PDU kept its Good rating in 2025-26.',
    'Gateshead and South Tyneside PDU was rated Requires improvement in 2025-26, down from Outstanding.',
    'Gateshead and South Tyneside PDU, the only PDU rated Good in 2022-23, fell to Inadequate in 2025-26.',
    'In 2018-19 CRCs were more likely than NPS divisions to be rated Good.',
    'In 2018-19 NPS divisions were less likely than CRCs to be rated Good.',
    'In 2018-19 an NPS division was twice as likely as a CRC to be rated Good.',
    'In 2018-19 the most common rating for NPS divisions was Requires improvement.',
    'In 2018-19 the most common rating for CRCs was Good.',
    'In 2018-19 Good was the most common rating among CRCs.',
    'In 2018-19 every NPS division was rated Good.',
    'In 2018-19 no CRC was rated Good.',
    'In 2018-19 none of the NPS divisions was rated Requires improvement.',
    'In 2018-19 only one NPS division was rated Good.',
    'In 2018-19 the only service rated Inadequate was an NPS division.',
    'In 2018-19 the only CRC rated Good was London CRC.',
    'In 2018-19 London CRC was the only CRC rated Good.',
    'In 2018-19 Dorset, Devon and Cornwall CRC was the only NPS division rated Inadequate.',
    'In 2018-19 all CRCs but one were rated Good.',
    'In 2018-19 apart from Hampshire and Isle of Wight CRC, every CRC was rated Requires improvement.',
    'In 2018-19 with the exception of Dorset, Devon and Cornwall CRC, no CRC was rated Requires improvement.',
    'In 2018-19 the NPS outperformed the CRCs, with every division rated Good.',
    'In 2018-19 NPS divisions were rated higher than CRCs, and no CRC was rated Good.',
    'In 2018-19 the lowest-rated NPS division was rated Inadequate.',
    'In 2018-19 the best-rated CRC was rated Outstanding.',
    'In 2018-19 the highest rating given to any CRC was Requires improvement.',
    'In 2018-19 the highest rating any NPS division received was Outstanding.',
    'In 2018-19 no service was rated Outstanding, and no NPS division was rated below Good.',
    'In 2018-19 no service was rated Outstanding and only one was rated Good.',
    'In 2018-19 a majority of NPS divisions and a majority of CRCs were rated Good.',
    'In 2018-19 most services were rated Good.',
    'In 2018-19 half of the NPS divisions were rated Good.',
    'In 2018-19 a third of services were rated Good.',
    'In 2018-19 nearly all CRCs were rated Good.',
    'In 2018-19 fewer than half of the NPS divisions were rated Good.',
    'In 2018-19 more than half of the CRCs were rated Good or better.',
    'In 2018-19 at least three CRCs were rated Good.',
    'In 2018-19 no more than four NPS divisions were rated Good.',
    'In 2018-19 at most one NPS division was rated Requires improvement.',
    'Neither Lambeth PDU nor Warwickshire PDU was rated Inadequate in 2022-23.',
    'Neither Warwickshire PDU nor Lambeth PDU was rated Inadequate in 2022-23.',
    'Warwickshire PDU was not rated Inadequate in 2022-23, and nor was Lambeth PDU.',
    'Warwickshire PDU was not rated Inadequate in 2022-23, nor was Lambeth PDU.',
    'Warwickshire PDU was not rated Inadequate in 2022-23, and neither was Lambeth PDU.',
    "Warwickshire PDU was not rated Inadequate in 2022-23; Lambeth PDU wasn't either.",
    'Warwickshire PDU was not rated Inadequate in 2022-23, and Lambeth PDU was not either.',
    'Warwickshire PDU avoided an Inadequate rating in 2022-23, as did Lambeth PDU.',
    'Warwickshire PDU avoided an Inadequate rating in 2022-23, and so did Lambeth PDU.',
    'Warwickshire PDU escaped an Inadequate rating in 2022-23, like Lambeth PDU.',
    'Both Warwickshire PDU and Lambeth PDU avoided an Inadequate rating in 2022-23.',
    'Warwickshire PDU and Newham PDU avoided Inadequate ratings in 2022-23, but Lambeth PDU did too.',
    'Lambeth PDU was rated Inadequate in 2022-23, unlike Ealing and Hillingdon PDU.',
    'Unlike Ealing and Hillingdon PDU, Lambeth PDU was rated Inadequate in 2022-23.',
    'Lambeth PDU was rated Inadequate in 2022-23, whereas Ealing and Hillingdon PDU was rated Requires improvement.',
    'Lambeth PDU was rated Inadequate in 2022-23, while Ealing and Hillingdon PDU received a better rating.',
    'Lambeth PDU was rated Inadequate in 2022-23; Ealing and Hillingdon PDU did better.',
    'Lambeth PDU was rated Inadequate in 2022-23, but Ealing and Hillingdon PDU was not.',
    'Of the six CRCs Sodexo ran in 2018-19, one was rated Good.',
    'Of the five CRCs Purple Futures ran in 2018-19, two were rated Good.',
    "Of Sodexo's six CRCs, one was rated Good in 2018-19.",
)


@pytest.mark.parametrize("sentence", SENTENCES)
def test_a_false_part_is_never_carried_by_a_true_one(bundled_frame, sentence):
    table = check_text(bundled_frame, "Probation ratings\n\n" + sentence)
    table = table[table["line"] == 3]
    # (no row at all is no verdict either: "Sheffield PDU improved" names no rating)
    assert not len(table) or table["sentence_verdict"].iloc[0] != "supported"


# After a headline naming the unit: its standards beside a rating (hampshire-iow-crc 2018-19: assessment and planning
# Good, reviewing Inadequate; nps-wales: reviewing Outstanding, staff Requires improvement; dtv-crc 2018-19:
# leadership Outstanding, its other standards not in the data).
STANDARDS = (
    ("Hampshire and Isle of Wight CRC report", "Its reviewing was rated Inadequate, as was its planning."),
    ("Hampshire and Isle of Wight CRC report", "Assessment and planning were rated Good, and so was reviewing."),
    ("Hampshire and Isle of Wight CRC report", "Assessment was rated Good, like reviewing."),
    ("Hampshire and Isle of Wight CRC report", "Planning was rated Good, the same as reviewing."),
    ("Hampshire and Isle of Wight CRC report", "Planning was rated Good while reviewing was rated Outstanding."),
    ("Hampshire and Isle of Wight CRC report", "It was rated 'good' overall, and also for reviewing."),
    ("Hampshire and Isle of Wight CRC report", "The CRC was rated Good for assessment, planning and reviewing."),
    ("NPS Wales report", "The division was rated Outstanding for reviewing and for staff."),
    ("NPS Wales report", "The division was rated Good overall, with staffing also rated Good."),
    ("Durham Tees Valley CRC report, 2019", "Leadership was rated Outstanding and assessment was rated Outstanding "
     "too."),
)


@pytest.mark.parametrize(("headline", "sentence"), STANDARDS)
def test_a_false_standard_is_never_carried_by_a_true_one(bundled_frame, headline, sentence):
    table = check_text(bundled_frame, headline + "\n\n" + sentence)
    table = table[table["line"] == 3]
    assert not len(table) or table["sentence_verdict"].iloc[0] != "supported"
