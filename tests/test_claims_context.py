"""What a text around a sentence decides: how it names its unit, which inspection it speaks of, asides.

Each case is a short synthetic text (our own words) and the verdict its last sentence must get. The facts
were read by hand from probstat/data/providers.csv:
- regions (the region column): swansea-neath-port-talbot-pdu in Wales, lambeth-pdu in London.
- northumbria-crc: Requires improvement in 2018-19 and 2019-20; nps-south-west: Good in 2020-21;
  bgsw-crc: 2018-19 only, Requires improvement; Through the Gate Good; planning, implementation and
  delivery, reviewing Inadequate.
- kss-region: 2024-25 only, Requires improvement; key question 2.3 (implementation and delivery) keeping
  people safe: 22.
- sector_figures.csv, all, 2019-20: people_under_supervision_jun_2020 ~224000 (no undated figure that round).
- sector_figures.csv, all, 2018-19: ro_workload_reasonable_pct 'less than half'.
- nps-wales 2018-19: people supervised 'nearly 7,000'; reviewing Outstanding.
- stockton-hartlepool-pdu 2025-26: key question 2.1 (assessment) keeping people safe: 33.
- east-west-lincolnshire-pdu 2025-26: Inadequate; kirklees-pdu, sheffield-pdu 2022-23: Inadequate;
  hull-east-riding-pdu 2022-23: Requires improvement; nps-south-east-eastern 2018-19: staff workload
  unmanageable '>50'.
- dlnr-crc: Requires improvement in 2018-19 (fieldwork from 2018-09) and in 2019-20; average caseload 58 in
  2019-20.
- hampshire-iow-crc: Good in 2018-19, its only inspection.
- Greater Manchester region, 2022-23: manchester-north-pdu, tameside-pdu and wigan-pdu (both Requires
  improvement); no other round.
- nps-south-west-south-central: 2018-19 only, planning Good; hampshire-iow-crc information and facilities
  Outstanding.
- somerset-pdu: Requires improvement, its only inspection in the data.
- derby-city-pdu: Requires improvement in 2022-23 and in 2025-26; lambeth-pdu: Inadequate, 2022-23 only.
- 2022-23, PDUs: 31 inspected and rated, 15 Inadequate, 15 Requires improvement, 1 Good.
- 2018-19, NPS divisions: 7 rated, 5 Good, 2 Requires improvement.
- nps-midlands: 2018-19 only, Good, fieldwork from 2018-08, report published 2018-12-18.
- swansea-neath-port-talbot-pdu: Inadequate in 2021-22 (published 2022-01), Requires improvement in 2025-26.
- dtv-crc: leadership Outstanding in 2018-19 and in 2019-20; overall Requires improvement, then Good.
- northamptonshire-pdu: Requires improvement in 2022-23 (published 2022-05-17), Inadequate in 2024-25.
- knowsley-st-helens-pdu: 2022-23 only, Inadequate; key question 2.1 (assessment) keeping people safe: 24.
- hammersmith-fulham-kensington-chelsea-westminster-pdu: 2022-23, 0 points; lambeth-pdu 3 points; essex-north-pdu
  1 point.
- london-crc 2018-19: 5 standards Good, 5 Requires improvement (n_std columns).
- merseyside-crc: run by Purple Futures at both inspections (2018-19, 2019-20).
- wwm-crc: 2018-19 only, people supervised 'nearly 3,000'; of its ten standards 7 Requires improvement, 3 Good.
- east-of-england-region: 2024-25, Requires improvement; victim work Outstanding.
- cambridgeshire-peterborough-pdu: 2024-25, Inadequate.
- wigan-pdu: 2022-23 only, Requires improvement; barnsley-rotherham-pdu and bradford-calderdale-pdu: 2024-25
  only, Inadequate; stockton-hartlepool-pdu: 2025-26 only, Requires improvement.
- bradford-calderdale-pdu 2024-25: leadership, staff, assessment, planning, implementation and delivery,
  reviewing Inadequate; services Requires improvement. hampshire-iow-crc 2018-19: staff, implementation and
  delivery, through the gate Requires improvement.
- west-kent-pdu: Inadequate in 2022-23, Requires improvement in 2024-25; northamptonshire-pdu: Requires
  improvement in 2022-23, Inadequate in 2024-25.
- west-yorkshire-crc 2019-20: assessment, planning, implementation and delivery, reviewing Inadequate; swm-crc
  2018-19: Requires improvement, 13,531 people supervised, staff workload unmanageable 2/3; nps-midlands
  2018-19: Good. leicester-leicestershire-rutland-pdu 2022-23: 2 points. 2018-19: 21 CRCs (rounds.csv).
"""

from __future__ import annotations

import pytest

from probstat.claims.verify import check_text
from probstat.loader import load

FRAME = load()


def _last(text: str) -> str:
    table = check_text(FRAME, text)
    last = text.rstrip().count("\n") + 1
    rows = table[table["line"] == last]
    return str(rows["sentence_verdict"].iloc[0]) if len(rows) else "no row"


CASES = [
    # a unit named again: "X's probation service", "the service covering X"
    ("Derby City's probation service has been rated requires improvement in 2022-23.", "supported"),
    ("Derby City's probation service has been rated good in 2022-23.", "contradicted"),
    ("Inspectors rated the probation service covering Lambeth as inadequate in 2022.", "supported"),
    ("Inspectors rated the probation service covering Lambeth as good in 2022.", "contradicted"),
    # a PDU's place name is the unit only in a text about the years since 2021 (PDUs, regions or such a year
    # named, or such a date or round given, or no CRC, division or year before 2021 named); else it is a place
    ("Inspectors rated the probation service covering Lambeth in 2019 as inadequate.", "unverifiable"),
    # a standard rated before its unit is the standard, not the overall rating
    ("Inspectors publish their report on Durham Tees Valley CRC\n\nInspectors rated leadership at the CRC as "
     "Outstanding.", "supported"),
    ("Inspectors publish their report on Durham Tees Valley CRC\n\nInspectors rated leadership at the CRC as "
     "Requires improvement.", "contradicted"),
    # an aside between subject and verb
    ("Report on NPS Midlands\n\nThe division, which works across a large and complex area, was rated 'Good'.",
     "supported"),
    ("Report on NPS Midlands\n\nThe division \u2013 which works with courts and prisons \u2013 was rated inadequate.",
     "contradicted"),
    ("Report on NPS Midlands\n\nNPS Midlands, described by inspectors as well led, was rated 'Good'.", "supported"),
    ("Report on NPS Midlands\n\nNPS Midlands, known for its court work, was rated 'Inadequate'.", "contradicted"),
    # a count of the unit's standards by "every category"; "required improvements" is the rating
    ("Warwickshire and West Mercia CRC 'required improvements' in seven of the ten categories it assessed.",
     "supported"),
    ("Warwickshire and West Mercia CRC 'required improvements' in eight of the ten categories it assessed.",
     "contradicted"),
    ("Warwickshire and West Mercia CRC was rated Requires improvement in every category in 2018-19.",
     "contradicted"),
    ("Warwickshire and West Mercia CRC was rated Good in three categories in 2018-19.", "supported"),
    # a unit said again in apposition
    ("HM Inspectorate of Probation has rated the probation service in Knowsley and St Helens, its Probation "
     "Delivery Unit (PDU), as 'Inadequate'.", "supported"),
    ("HM Inspectorate of Probation has rated the probation service in Knowsley and St Helens, its Probation "
     "Delivery Unit (PDU), as 'Good'.", "contradicted"),
    # a year beside a statement names the inspection it fits
    ("Swansea Neath Port Talbot PDU was last rated Inadequate in 2022.", "supported"),
    ("Swansea Neath Port Talbot PDU was last rated Good in 2022.", "contradicted"),
    ("Swansea Neath Port Talbot PDU was last rated Good in 2019.", "unverifiable"),  # no inspection then
    ("Report on Swansea Neath Port Talbot PDU\n\nLast time, in 2022, it was rated 'Inadequate'.", "supported"),
    # a change from a rating, and a change on a standard
    ("Swansea Neath Port Talbot PDU has moved up from the inadequate rating it was given in 2022.", "supported"),
    ("Swansea Neath Port Talbot PDU has moved up from the good rating it was given in 2022.", "contradicted"),
    ("Durham Tees Valley CRC has kept its 'Outstanding' rating for leadership.", "supported"),
    ("Durham Tees Valley CRC has kept its 'Good' rating for leadership.", "contradicted"),
    ("NPS Midlands: good, with room to improve\n\nIt was rated Good.", "supported"),  # "to improve": no change
    # a report's date, with its day
    ("A report on NPS Midlands was published today (18 December 2018).", "supported"),
    ("A report on NPS Midlands was published today (19 December 2018).", "contradicted"),
    ("HM Inspectorate of Probation inspected NPS Midlands in August 2018.", "supported"),
    ("HM Inspectorate of Probation inspected NPS Midlands in March 2018.", "contradicted"),
    # the monarch's title bounds an undated text: before September 2022, Northamptonshire's first inspection
    ("Her Majesty's Inspectorate of Probation has rated Northamptonshire PDU 'Requires improvement'.",
     "supported"),
    ("Her Majesty's Inspectorate of Probation has rated Northamptonshire PDU 'Inadequate'.", "contradicted"),
    ("HM Inspectorate of Probation has rated Northamptonshire PDU 'Inadequate'.", "unverifiable"),  # either
    # a key question's share of cases
    ("Knowsley and St Helens PDU\n\nIn only 24 per cent of the cases inspected was the risk of serious harm "
     "assessed well enough.", "supported"),
    ("Knowsley and St Helens PDU\n\nIn only 34 per cent of the cases inspected was the risk of serious harm "
     "assessed well enough.", "contradicted"),
    # "One of them, X," names the unit; the scale's top is no claim
    ("Three London PDUs were inspected in 2022-23.\nOne of them, Hammersmith, Fulham, Kensington, Chelsea and "
     "Westminster PDU, received zero of a possible 27 inspection points.", "supported"),
    ("Three London PDUs were inspected in 2022-23.\nOne of them, Hammersmith, Fulham, Kensington, Chelsea and "
     "Westminster PDU, received three of a possible 27 inspection points.", "contradicted"),
    # who runs a provider: judged at the inspections the text may report (merseyside-crc: Purple Futures at both),
    # supported only if every one had that owner, contradicted only by an owner neither the data nor their sources
    # ever name for it (CRCs changed hands between inspections: bgsw-crc, Working Links then Seetec)
    ("Merseyside CRC was run by Purple Futures in 2019-20.", "supported"),
    ("Merseyside CRC was run by Sodexo in 2019-20.", "contradicted"),
    ("Bristol, Gloucestershire, Somerset and Wiltshire CRC was run by Working Links.", "unverifiable"),
    ("Report on Merseyside CRC\n\nThe Purple Futures consortium runs Merseyside CRC.", "supported"),  # undated
    ("Report on Merseyside CRC\n\nSodexo runs Merseyside CRC.", "contradicted"),
    # a rating had before, with no year to say which inspection
    ("Report on NPS Midlands\n\nIt had been rated Inadequate.", "unverifiable"),
    ("Report on NPS Midlands\n\nTwo years ago inspectors found the division 'good' overall.", "unverifiable"),
    # a region by its name, in a text about the years since 2021; a place in a text about 2018-19
    ("East of England probation service rated in 2024\n\nEast of England probation service 'requires "
     "improvement'", "supported"),
    ("East of England probation service rated in 2024\n\nEast of England probation service is 'inadequate'",
     "contradicted"),
    # "His Majesty's" (from September 2022) puts a text in the years since 2021: a region's name is the region
    ("Probation services in the East of England have been rated 'requires improvement' by His Majesty's "
     "Inspectorate of Probation.", "supported"),
    ("Probation services in the East of England have been rated 'inadequate' by His Majesty's Inspectorate of "
     "Probation.", "contradicted"),
    # a duration is a claim the data cannot check; a period that sets the claim's time is none
    ("East of England probation service rated in 2024\n\nThe report came six weeks after Cambridgeshire and "
     "Peterborough PDU was rated 'inadequate'.", "partly checked"),
    ("East of England probation service rated in 2024\n\nThe report came six weeks after Cambridgeshire and "
     "Peterborough PDU was rated 'good'.", "contradicted"),
    ("East of England probation service rated in 2024\n\nIn the past six months Cambridgeshire and "
     "Peterborough PDU was rated 'inadequate'.", "supported"),
    # the region a unit belongs to (the data's region column); how many units a region has is not read
    ("Report on Swansea Neath Port Talbot PDU\n\nThe PDU is part of the Probation Service's Wales region.",
     "supported"),
    ("Report on Swansea Neath Port Talbot PDU\n\nThe PDU is part of the Probation Service's London region.",
     "contradicted"),
    ("Lambeth PDU is one of six PDUs in the London region.", "partly checked"),
    # "had improved" is a change, not a rating had before: "still rated" is the rating now (and before); the
    # work's improvement, found in words beside no rating, is the inspectors' judgement, no claim the data hold
    ("Report on Northumbria CRC\n\nInspectors found it had improved, and it is still rated 'requires "
     "improvement'.", "supported"),
    ("Report on Northumbria CRC\n\nInspectors found it had improved, and it is still rated 'good'.",
     "contradicted"),
    # a rating placed on the scale after 'overall'; work with people leaving prison is Through the Gate
    ("NPS South West was rated 'Good' overall in 2020-21, the second-highest rating.", "supported"),
    ("NPS South West was rated 'Good' overall in 2020-21, the lowest rating.", "contradicted"),
    ("Report on BGSW CRC\n\nIts work to support people leaving prison was rated 'good'.", "supported"),
    ("Report on BGSW CRC\n\nIts work to support people leaving prison was rated 'inadequate'.", "contradicted"),
    # a key question's stage named in the clause before the figure's, when the sentence names two stages
    ("Report on the Kent, Surrey and Sussex region\n\nWork to assess risk needed to improve, and was poor in "
     "implementation and delivery, where only 22 per cent of the cases inspected did enough to keep other people "
     "safe.", "supported"),
    ("Report on the Kent, Surrey and Sussex region\n\nWork to assess risk needed to improve, and was poor in "
     "implementation and delivery, where only 32 per cent of the cases inspected did enough to keep other people "
     "safe.", "contradicted"),
    # a name with its bracket, then 'probation service'; the inspectorate's name is one word of the gap
    ("Probation here is run by the Kent, Surrey and Sussex (KSS) probation service, which His Majesty's "
     "Inspectorate of Probation has given an overall regional rating of Requires improvement.", "supported"),
    ("Probation here is run by the Kent, Surrey and Sussex (KSS) probation service, which His Majesty's "
     "Inspectorate of Probation has given an overall regional rating of Good.", "contradicted"),
    # a sector figure published for a round only at a dated point, when the sentence names its month
    ("In 2019-20, by June, approximately 224,000 people were under probation supervision.", "supported"),
    ("In 2019-20, by June, approximately 324,000 people were under probation supervision.", "contradicted"),
    ("In 2019-20 approximately 224,000 people were under probation supervision.", "unverifiable"),
    # "unmanageable" is not the published "reasonable or manageable" share, nor is "not reasonable" its rest
    ("In 2018-19 less than half of responsible officers said their workload was manageable.", "supported"),
    ("In 2018-19 more than half of responsible officers said their workload was manageable.", "contradicted"),
    ("In 2018-19 more than half of responsible officers said their workload was unmanageable.", "unverifiable"),
    ("In 2018-19 more than half of responsible officers said their workload was not reasonable.", "unverifiable"),
    # "had last inspected it in September 2018" dates the previous inspection, not the one the text reports
    ("Report on DLNR CRC\n\nInspectors had last inspected DLNR CRC in September 2018.\nThe overall rating had "
     "not changed.", "supported"),
    ("Report on DLNR CRC\n\nInspectors had last inspected DLNR CRC in September 2018.\nThe overall rating had "
     "improved.", "contradicted"),
    # a change of something else ("sweeping staff changes") is no change of rating; "&" and "IOW" in a name
    ("Inspectors rate Hampshire & IOW CRC as good but worry about sweeping staff changes.", "supported"),
    ("Inspectors rate Hampshire & IOW CRC as inadequate but praise its staff changes.", "contradicted"),
    ("Inspectors branded Hampshire and IOW CRC 'inadequate'.", "contradicted"),
    # "the other two were A and B, both rated R": each named unit rated; the number counts the names
    ("The other two were of Tameside PDU and Wigan PDU, which were both rated 'Requires improvement' overall.",
     "supported"),
    ("The other two were of Tameside PDU and Wigan PDU, which were both rated 'Inadequate' overall.",
     "contradicted"),
    ("The other three were Tameside PDU and Wigan PDU, both rated 'Requires improvement'.", "partly checked"),
    # the number of a region's inspections in the round of the text's unit
    ("Report on Manchester North PDU\n\nThis was one of three inspections in the Probation Service - Greater "
     "Manchester region.", "supported"),
    ("Report on Manchester North PDU\n\nThis was one of five inspections in the Probation Service - Greater "
     "Manchester region.", "unverifiable"),
    # a list of counts under a colon, each line "N 'R'", with a breakdown in brackets (2019-20: 10 rated, none
    # Outstanding, 4 Good, 6 Requires improvement, all CRCs, none Inadequate)
    ("In 2019-20 HMIP rated ten providers. It rated:\nfour 'Good' (three CRCs and one NPS division)\nsix "
     "'Requires improvement' (all of them CRCs)", "supported"),
    ("In 2019-20 HMIP rated ten providers. It rated:\nfour 'Good' (three CRCs and one NPS division)\nseven "
     "'Requires improvement' in 2019-20", "contradicted"),
    ("In 2019-20 HMIP rated ten providers. It rated:\nnone 'Inadequate'", "supported"),
    # a count after a restricted population ("of the ten CRCs inspected so far") is of a part: only an
    # impossible number contradicts it (2018-19: 1 CRC Inadequate, 19 Requires improvement)
    ("In 2018-19, of the ten CRCs inspected so far, eight were rated Inadequate.", "contradicted"),
    ("In 2018-19, of the thirteen CRCs inspected so far, twelve required improvement.", "unverifiable"),
    # "the first organisation of its kind to reach the second-highest grade"
    ("Hampshire and Isle of Wight CRC is the first organisation of its kind to reach the second-highest grade.",
     "supported"),
    ("NPS Midlands is the first organisation of its kind to reach the second-highest grade.", "contradicted"),
    ("In 2018-19 Dorset, Devon and Cornwall CRC was the first CRC in HMIP's programme of inspections to be rated "
     "'Inadequate'.", "supported"),
    # a text dated early in a round (an annual report of 18 March 2025) counts the round just ended (2024-25:
    # 3 regions, all Requires improvement; 24 PDUs, 10 Requires improvement, 14 Inadequate), not one whose
    # reports had not begun to come out
    ("Today (18 March 2025) the Chief Inspector published his annual report.\nIt inspected 24 Probation Delivery "
     "Units (PDUs), rating 10 'Requires improvement' and 14 'Inadequate'.", "supported"),
    # (a false count is not contradicted: a round implied by a date is not sure, and other rounds differ)
    ("Today (18 March 2025) the Chief Inspector published his annual report.\nIt inspected 24 Probation Delivery "
     "Units (PDUs), rating 12 'Requires improvement' and 12 'Inadequate'.", "partly checked"),
    ("Today (18 March 2025) the Chief Inspector published his annual report.\nThe Inspectorate inspected three "
     "probation regions, and rated all of them 'Requires improvement'.", "supported"),
    # a standard rated in a unit's possessive, or opening a clause after "that"
    ("Report on Hampshire and Isle of Wight CRC\n\nInspectors rated the CRC's management of information and "
     "facilities 'outstanding'.", "supported"),
    ("Report on Hampshire and Isle of Wight CRC\n\nInspectors rated the CRC's management of information and "
     "facilities 'inadequate'.", "contradicted"),
    ("Report on NPS South West and South Central\n\nThe Chief Inspector said staff were short, and that the "
     "planning of supervision was good.", "supported"),
    ("Report on NPS South West and South Central\n\nThe Chief Inspector said staff were short, and that the "
     "planning of supervision was inadequate.", "contradicted"),
    # the places a unit covers are description, not a finding; "rated its overall performance good"
    ("Warwickshire and West Mercia CRC supervises nearly 3,000 people in four counties.", "supported"),
    ("Warwickshire and West Mercia CRC supervises nearly 30,000 people in four counties.", "contradicted"),
    ("Report on NPS Midlands\n\nInspectors found it well led and rated its overall performance good, the second "
     "highest rating.", "supported"),
    ("Report on NPS Midlands\n\nInspectors found it well led and rated its overall performance good, the lowest "
     "rating.", "contradicted"),
    # the rating named in passing ("the overall rating of R"); a quantifier beside no rating claims nothing; a
    # "had" in another clause does not make the rating one had before
    ("Report on Somerset PDU\n\nHe said staff at every level had worked hard, and that this led to the overall "
     "rating of 'Requires improvement'.", "supported"),
    ("Report on Somerset PDU\n\nHe said staff at every level had worked hard, and that this led to the overall "
     "rating of 'Inadequate'.", "contradicted"),
    ("Report on Somerset PDU\n\nHe hoped the next inspection would lead to the rating of 'Good'.", "unverifiable"),
    # a standard after a contrast is not what the rating is of (cumbria-lancashire-crc: Requires improvement
    # overall, leadership Good)
    ("Cumbria and Lancashire CRC 'requires improvement' despite good leadership and motivated staff",
     "supported"),
    ("Cumbria and Lancashire CRC 'inadequate' despite good leadership and motivated staff", "contradicted"),
    # "last September": a month without its year (northumbria-crc: 2019-20 fieldwork from 2019-09-16; 2018-19
    # fieldwork not in the data)
    ("HM Inspectorate of Probation visited Northumbria CRC last September.", "supported"),
    ("HM Inspectorate of Probation visited Northumbria CRC last March.", "unverifiable"),
    # "told it requires improvement" is the rating Requires improvement, as reporting uses it (Lambeth PDU:
    # Inadequate; Derby City PDU: Requires improvement)
    ("Derby City PDU has been told it requires improvement.", "supported"),
    ("Lambeth PDU has been told it requires improvement.", "contradicted"),
    # "the work of X"; "the lowest rating of R"; "provides services to"
    ("Inspectors rated the work of Lambeth PDU as 'inadequate'.", "supported"),
    ("Inspectors rated the work of Lambeth PDU as 'good'.", "contradicted"),
    ("Lambeth PDU got the lowest rating of 'good'.", "contradicted"),
    ("Report on NPS Midlands\n\nIt provides services to more than 17,000 offenders.", "supported"),
    ("Report on NPS Midlands\n\nIt provides services to fewer than 7,000 offenders.", "contradicted"),
    # a standard named before its unit, or after "a rating for its": opposite verdicts when read as overall
    ("Report on Hampshire and Isle of Wight CRC\n\nInformation and facilities at the CRC were outstanding.",
     "supported"),
    ("Report on Hampshire and Isle of Wight CRC\n\nInformation and facilities at the CRC were good.",
     "contradicted"),
    ("Report on Hampshire and Isle of Wight CRC\n\nIt received an outstanding rating for its facilities.",
     "supported"),
    ("Report on Hampshire and Isle of Wight CRC\n\nBoth assessment and planning were rated good.", "supported"),
    # a count of a place's units ("two of the county's PDUs") is of a part of the population: the data's count of
    # all PDUs (15 of 31 Inadequate in 2022-23) does not decide it; a region's are its own population: of the six
    # London PDUs inspected in 2022-23, four were Inadequate (Lewisham and Bromley; Hammersmith, Fulham,
    # Kensington, Chelsea and Westminster; Lambeth; Ealing and Hillingdon), so not all of them
    ("In 2022-23 two of the county's PDUs were rated inadequate.", "unverifiable"),
    ("In 2022-23 all of London's PDUs were rated inadequate.", "contradicted"),
    ("In 2022-23 four of London's PDUs were rated inadequate.", "supported"),
    ("In 2022-23 four of London's PDUs were rated good.", "contradicted"),
    ("Four probation services in London were rated inadequate in 2022-23.", "supported"),
    ("In 2022-23 three parts of London have each been rated 'Inadequate'.", "supported"),
    ("In 2022-23 three parts of London have each been rated 'Good'.", "contradicted"),
    ("In 2022-23 fifteen of the PDUs were rated inadequate.", "supported"),
    ("In 2022-23 twelve of the PDUs were rated inadequate.", "contradicted"),
    # "nearly all" reads as "nearly" reads a figure: at least 90% of the whole and not all (19 of 21 CRCs
    # Requires improvement in 2018-19; 5 of 7 NPS divisions Good); it was read as "all" (an opposite verdict)
    ("In 2018-19 nearly all CRCs were rated requires improvement.", "supported"),
    ("In 2018-19 almost all NPS divisions were rated good.", "contradicted"),
    ("In 2018-19 all CRCs were rated requires improvement.", "contradicted"),
    # changes said with "to" and "from" and lower-case ratings (dtv-crc: Requires improvement, then Good;
    # northamptonshire-pdu: Requires improvement, then Inadequate; northumbria-crc: Requires improvement twice)
    ("Durham Tees Valley CRC has gone from requires improvement to good.", "supported"),
    ("Durham Tees Valley CRC has gone from good to requires improvement.", "contradicted"),
    ("Northamptonshire PDU has fallen to inadequate.", "supported"),
    ("Northamptonshire PDU has risen to good.", "contradicted"),
    ("Northumbria CRC improved to good.", "contradicted"),
    # "previously rated R, it is now R2": R at an inspection before the last, R2 at the last (west-kent-pdu:
    # Inadequate in 2022-23, Requires improvement in 2024-25)
    ("West Kent PDU, previously rated inadequate, is now rated requires improvement.", "supported"),
    ("West Kent PDU, previously rated good, is now rated requires improvement.", "contradicted"),
    ("West Kent PDU was previously rated inadequate.", "supported"),
    ("Lambeth PDU was previously rated good.", "unverifiable"),  # one inspection in the data: none before it
    # a change said of something else ("the quality of supervision overall had fallen") is no change of rating
    ("Report on Merseyside CRC\n\nHe said the quality of supervision overall had fallen since the last "
     "inspection.", "no row"),
    # a figure takes its measure's words from its own clause or one with no other figure: "almost a third" is
    # no share of workloads (nps-south-west: staff_workload_unmanageable_pct ~50, which "half" does not settle)
    ("Report on NPS South West\n\nHalf of the officers interviewed thought their workload was unmanageable, and "
     "almost a third felt their wellbeing was neglected.", "unverifiable"),
    # a round caseload ("the 3,000 offenders it manages") is read as "around" reads it (nps-midlands: more
    # than 17,000)
    ("Report on NPS Midlands\n\nThe division supervises 17,000 offenders.", "unverifiable"),
    ("Report on NPS Midlands\n\nThe division supervises 10,000 offenders.", "contradicted"),
    # a negation in a contracted verb ("wasn't", "didn't"): it was read as no negation (opposite verdicts)
    ("In 2018-19 NPS Wales wasn't rated inadequate.", "supported"),
    ("In 2018-19 NPS Wales didn't get a good rating.", "contradicted"),
    # "both A and B were rated R": each named unit's rating, "both" no claim of its own
    ("In 2018-19 both NPS Wales and NPS Midlands were rated good.", "supported"),
    ("In 2018-19 both NPS Wales and NPS London were rated good.", "contradicted"),
    # a share of "the PDUs inspected" in a round the sentence writes is of the units the round rated (2022-23:
    # 15 of 31 Inadequate, 48 per cent; 2024-25: 14 of 24)
    ("In 2022-23 almost half the PDUs inspected were rated inadequate.", "supported"),
    ("In 2022-23 more than half the PDUs inspected were rated inadequate.", "contradicted"),
    ("In 2024-25 more than half of the PDUs inspected were rated inadequate.", "supported"),
    ("In 2024-25 a third of the PDUs inspected were rated inadequate.", "contradicted"),
    ("In 2022-23 half of PDUs were rated inadequate.", "unverifiable"),  # of all PDUs, whose number is unknown
    # a date after other units are named is theirs, not the text's unit's (lambeth-pdu published 2022-10-18;
    # the text's unit, lewisham-bromley-pdu, 2022-11-23)
    ("Report on Lewisham and Bromley PDU\n\nIt joins Lambeth PDU, rated Inadequate in a report published in "
     "October 2022.", "supported"),
    # "<place> probation services" is the place's unit (sheffield-pdu: Inadequate in 2022-23 and 2024-25)
    ("Published March 2023\n\nInspectors rated Sheffield probation services inadequate.", "supported"),
    ("Published March 2023\n\nInspectors rated Sheffield probation services good.", "contradicted"),
    # "seven of its ten standards": seven, of ten (wwm-crc: 7 Requires improvement, 3 Good); the ten was read as
    # the count
    ("Report on Warwickshire and West Mercia CRC, 2018-19\n\nSeven of its ten standards were rated requires "
     "improvement.", "supported"),
    ("Report on Warwickshire and West Mercia CRC, 2018-19\n\nFour of its ten standards were rated good.",
     "contradicted"),
    # a region's PDUs are a population of their own, counted at least as many as said (reporting counts one day's
    # reports): London 2022-23, six PDUs inspected, four Inadequate, two Requires improvement
    ("Three London PDUs were rated Inadequate in 2022-23.", "supported"),
    ("Five London PDUs were rated Inadequate in 2022-23.", "contradicted"),
    ("In 2022-23 none of the London PDUs was rated 'inadequate'.", "contradicted"),
    ("In 2022-23 all three Greater Manchester PDUs were rated 'requires improvement'.", "supported"),
    ("In 2022-23 all four Greater Manchester PDUs were rated 'requires improvement'.", "contradicted"),
    # "reports on three London PDUs": at least three inspected; the data hold every inspection of 2022-23
    ("In 2022 HMIP published reports on three London PDUs.", "supported"),
    ("In 2022-23 HMIP inspected seven London PDUs.", "contradicted"),
    ("NPS Midlands covers the East Midlands and the West Midlands.\n\nThe division was rated Good.", "supported"),
    # names after a count's colon are each given its rating (nps-london and nps-south-east-eastern were the
    # two NPS divisions rated Requires improvement in 2018-19; nps-wales was Good)
    ("Two NPS divisions were rated Requires improvement in 2018-19: London and South East and Eastern.",
     "supported"),
    ("Two NPS divisions were rated Requires improvement in 2018-19: London and Wales.", "contradicted"),
    # "X is one of N PDUs rated R": N were (15 PDUs rated Inadequate in 2022-23), and X among them
    ("Lambeth PDU is one of 15 PDUs rated Inadequate in 2022-23.", "supported"),
    ("Lambeth PDU is one of 16 PDUs rated Inadequate in 2022-23.", "contradicted"),
    ("Derby City PDU is one of 15 PDUs rated Inadequate in 2022-23.", "contradicted"),
    # a contrast: "Unlike A, B was rated R" says B was and A was not
    ("Unlike NPS London, NPS Wales was rated Good in 2018-19.", "supported"),
    ("Unlike NPS Wales, NPS London was rated Good in 2018-19.", "contradicted"),
    # the unit said by its place
    ("Lambeth probation service inspected in 2022\n\nProbation in the borough has been rated inadequate.",
     "supported"),
    ("Lambeth probation service inspected in 2022\n\nProbation in the borough has been rated good.",
     "contradicted"),
    # a headline's bare subject refers to the unit named next
    # (and "inspected in 2022" is a claim of its own: lambeth-pdu's fieldwork month is not in the data)
    ("Probation provider judged inadequate\n\nLambeth PDU was inspected in 2022.", "unverifiable"),
    # the subject's rating named in passing, after a possessive; a hope about what it does is no hope for it
    ("Report on Wigan PDU\n\nThe PDU's 'Requires improvement' rating reflects staff shortages.", "supported"),
    ("Report on Wigan PDU\n\nThe PDU's 'Inadequate' rating reflects staff shortages.", "contradicted"),
    ("Report on Wigan PDU\n\nThe chief inspector hoped its 'Requires improvement' rating would prompt change.",
     "supported"),
    ("Report on Wigan PDU\n\nThe chief inspector hoped its 'Good' rating would prompt change.", "contradicted"),
    ("Report on Wigan PDU\n\nThe PDU hopes to earn a Good rating next time.", "unverifiable"),
    # "found <the unit> <rating>": the rating is the object's
    ("Report on Wigan PDU\n\nAn inspection has found probation services in Wigan inadequate.", "contradicted"),
    ("Report on Wigan PDU\n\nInspectors have found the probation service in Wigan requires improvement.",
     "supported"),
    # "the service in the town", "probation services in the area": the text's own unit
    ("Report on Wigan PDU\n\nThe probation service in the town was rated as requiring improvement.", "supported"),
    ("Report on Wigan PDU\n\nProbation services in the area were rated as inadequate.", "contradicted"),
    # a subheading or caption, not only the first line, may state the rating without a verb
    ("Report on Wigan PDU\n\nWigan probation service 'requires improvement'", "supported"),
    ("Report on Wigan PDU\n\nWigan probation service 'inadequate'", "contradicted"),
    # a place a PDU's name lists is the PDU, in a text about the years since 2021
    ("Probation report, 2024\n\nProbation services in Rotherham have been rated inadequate.", "supported"),
    ("Probation report, 2024\n\nProbation services in Calderdale have been rated good.", "contradicted"),
    ("Probation report, 2025\n\nThe probation unit covering Hartlepool was rated as requiring improvement.",
     "supported"),
    # "rated five divisions good and two ...": the ratings counted, not how many were rated
    ("In 2018-19 inspectors rated five NPS divisions good and two as requiring improvement.", "supported"),
    ("In 2018-19 inspectors rated five NPS divisions good and three as requiring improvement.", "contradicted"),
    # "the 31 PDUs inspected in 2022-23": the round's inspections, which the data count
    ("Of the 31 PDUs inspected in 2022-23, 15 were rated inadequate.", "supported"),
    ("Of the 32 PDUs inspected in 2022-23, 15 were rated inadequate.", "contradicted"),
    # either of two ratings
    ("In 2022-23, 30 of the 31 PDUs were rated inadequate or requires improvement.", "supported"),
    ("In 2022-23 no PDU was rated good or outstanding.", "contradicted"),
    # the four case supervision standards, counted under the PDU framework too
    ("Report on Bradford and Calderdale PDU, 2024\n\nAll four case supervision standards were rated inadequate.",
     "supported"),
    ("Report on Bradford and Calderdale PDU, 2024\n\nEach of the four case supervision standards was rated "
     "requires improvement.", "contradicted"),
    # a list of standards read to its end: the last one is no population ("services")
    ("Report on Bradford and Calderdale PDU, 2024\n\nIt received the lowest rating for leadership, staffing, "
     "assessment and reviewing.", "supported"),
    ("Report on Bradford and Calderdale PDU, 2024\n\nIt received the lowest rating for leadership, staffing, "
     "assessment, and services.", "contradicted"),
    ("Report on Hampshire and Isle of Wight CRC, 2019\n\nInspectors said staff, implementation and delivery, and "
     "the Through the Gate services all require improvement.", "supported"),
    # a standard's longer name ("the planning of work with people on probation"), and "found the quality of X R"
    ("Report on Bradford and Calderdale PDU, 2024\n\nThe planning of work with people on probation was rated "
     "inadequate.", "supported"),
    ("Report on Bradford and Calderdale PDU, 2024\n\nInspectors found the quality of assessment to be "
     "requiring improvement.", "contradicted"),
    # a change said with more words: "improved its rating to", "a decline since its last inspection", "down from
    # R at its last inspection", "no longer rated R"
    ("Probation inspection report, 2025\n\nWest Kent PDU has improved its rating to requires improvement.",
     "supported"),
    ("Probation inspection report, 2025\n\nWest Kent PDU has improved its rating to good.", "contradicted"),
    ("Probation inspection report, 2025\n\nNorthamptonshire PDU has been rated inadequate, a decline since its "
     "last inspection.", "supported"),
    ("Probation inspection report, 2025\n\nNorthamptonshire PDU has been rated inadequate, an improvement since "
     "its last inspection.", "contradicted"),
    ("Probation inspection report, 2025\n\nNorthamptonshire PDU was rated inadequate, down from requires "
     "improvement at its last inspection.", "supported"),
    ("Probation inspection report, 2025\n\nWest Kent PDU is no longer rated inadequate.", "supported"),
    ("Probation inspection report, 2025\n\nWest Kent PDU is no longer rated requires improvement.", "contradicted"),
    # the rating named first, then the unit: "R is the rating X received", "R was the verdict on X", "X's rating: R"
    ("Probation report, 2023\n\nRequires improvement is the rating Wigan PDU received.", "supported"),
    ("Probation report, 2023\n\nInadequate was the verdict on Wigan PDU.", "contradicted"),
    ("Probation report, 2023\n\nWigan PDU's rating: requires improvement.", "supported"),
    ("Probation report, 2023\n\nGood is the rating Wigan PDU hopes for.", "unverifiable"),
    # an average caseload said per officer: "58 cases each on average", "each officer managed 58 cases"
    ("Probation report, 2020\n\nIn 2019-20 staff at DLNR CRC held 58 cases each on average.", "supported"),
    ("Probation report, 2020\n\nIn 2019-20 each officer at DLNR CRC managed about 78 cases.", "contradicted"),
    # an initialism run into "CRC"
    ("In 2018-19 BGSWCRC was rated requires improvement.", "supported"),
    ("In 2018-19 BGSWCRC was rated good.", "contradicted"),
    # "another CRC", "one more private probation company" in a lede: the unit the text reports; "a national
    # probation service" is any
    ("Warwickshire and West Mercia CRC\n\nOne more private probation company is officially rated as "
     "\"requiring improvement\" by probation inspectors.", "supported"),
    ("Warwickshire and West Mercia CRC\n\nAnother probation company is rated good.", "contradicted"),
    # "called R": a rating verb; "good in parts" is no rating
    ("Report on Lambeth PDU, 2022\n\nThe service in Lambeth was called inadequate.", "supported"),
    ("Report on Lambeth PDU, 2022\n\nThe service in Lambeth was called good.", "contradicted"),
    ("Report on NPS Wales, 2019\n\nInspectors called the division \"good in parts\".", "no row"),
    # "all four aspects of the service": its four case supervision standards
    ("West Yorkshire CRC inspected in 2019-20\n\nAll four aspects of the service were rated Inadequate.",
     "supported"),
    ("West Yorkshire CRC inspected in 2019-20\n\nAll four aspects of the service were rated Good.", "contradicted"),
    # "rated Inadequate and told to improve": an order, not a second rating
    ("Report on Lambeth PDU, 2022\n\nLambeth PDU was rated 'Inadequate' and told to improve.", "supported"),
    # a unit named in a contrast does not become what "the CRC" means next
    ("Report on Staffordshire and West Midlands CRC, 2018-19\n\nThe CRC was rated requires improvement, in "
     "contrast to NPS Midlands, which was rated good.\n\nThe CRC supervised 13,531 people in 2018-19.",
     "supported"),
    # a fraction in the data (2/3) and the same fraction in words are one figure
    ("In 2018-19 two-thirds of staff at Staffordshire and West Midlands CRC said their workload was "
     "unmanageable.", "supported"),
    ("In 2018-19 a third of staff at Staffordshire and West Midlands CRC said their workload was unmanageable.",
     "contradicted"),
    # "only 2 of the 27 points": the scale's top is no part of the figure
    ("In 2022-23 Leicester, Leicestershire and Rutland PDU scored only 2 of the 27 inspection points available.",
     "supported"),
    ("In 2022-23 Leicester, Leicestershire and Rutland PDU scored only 5 of the 27 inspection points available.",
     "contradicted"),
    # a number of providers said in passing: the whole population supports it, more than it refutes it, fewer
    # may be a part
    ("In 2018-19 the work went to 21 CRCs.", "supported"),
    ("In 2018-19 the work went to 22 CRCs.", "contradicted"),
    ("In 2018-19 the work went to 12 CRCs.", "unverifiable"),
    # an undated text that names a PDU's place in its opening and no CRC, NPS division or private provider
    # anywhere is about the years since 2021; one that speaks of a CRC is not
    ("Probation services in Wigan judged to require improvement\n\nAn inspection has found probation services in "
     "Wigan require improvement.", "supported"),
    ("Probation services in Wigan judged inadequate\n\nAn inspection has found probation services in Wigan "
     "inadequate.", "contradicted"),
    ("Probation services in Wigan judged inadequate\n\nThe local CRC covers the town. An inspection has found "
     "probation services in Wigan inadequate.", "unverifiable"),
    # "some of its work": at least one of the unit's standards (nps-wales: reviewing Outstanding in 2018-19)
    ("Report on NPS Wales, 2019\n\nSome of its work was rated outstanding.", "supported"),
    ("Report on NPS Wales, 2019\n\nThe quality of its work was good.", "unverifiable"),
    # "the supervision of N offenders" in a text about one unit: the people it supervises
    ("Report on NPS Wales, 2019\n\nThe supervision of nearly 7,000 high-risk offenders in Wales was done well.",
     "supported"),
    ("Report on NPS Wales, 2019\n\nThe supervision of nearly 17,000 high-risk offenders in Wales was done well.",
     "contradicted"),
    # "the other two, A and B, ...": the number counts the names after it
    ("Tameside PDU report, 2023\n\nThe other two, Manchester North PDU and Wigan PDU, were both given an overall "
     "rating of 'Requires improvement'.", "supported"),
    ("Tameside PDU report, 2023\n\nThe other two, Manchester North PDU and Wigan PDU, were both given an overall "
     "rating of 'Inadequate'.", "contradicted"),
    # the PDU framework's "service delivery standards" are the four case supervision standards
    ("In 2024-25 casework at Bradford and Calderdale PDU on all four of the service delivery standards was "
     "'Inadequate'.", "supported"),
    ("In 2024-25 casework at Bradford and Calderdale PDU on all four of the service delivery standards was "
     "'Good'.", "contradicted"),
    # "none of / most of the 24 PDUs inspected": of the units the round rated (2024-25: 24 PDUs, 14 Inadequate,
    # 10 Requires improvement, none Good; rounds.csv)
    ("In 2024-25 none of the 24 PDUs inspected was rated good.", "supported"),
    ("In 2024-25 none of the 25 PDUs inspected was rated good.", "contradicted"),
    ("In 2024-25 most of the 24 PDUs inspected were rated inadequate.", "supported"),
    ("In 2024-25 most of the PDUs inspected were rated requires improvement.", "contradicted"),
    # "examined 10 aspects of its work and rated it R": the number is the method's, not a count rated R
    ("Report on BGSW CRC, 2019\n\nHM Inspectorate of Probation examined 10 aspects of its work and rated it "
     "'Requires improvement' overall.", "supported"),
    # standards and their rating far apart ("the planning ... of the cases they looked at as 'inadequate'"); "the
    # worst they had seen" is experience, no rank; "before the takeover" is before an event, not an inspection
    ("Report on BGSW CRC, 2019\n\nBefore the takeover, inspectors rated the planning, implementation and review "
     "of the cases they looked at as \"inadequate\", and called it among the worst they had seen.", "supported"),
    ("Report on BGSW CRC, 2019\n\nBefore the takeover, inspectors rated the planning, implementation and review "
     "of the cases they looked at as \"good\".", "contradicted"),
    ("Report on BGSW CRC, 2019\n\nIt had been rated good before.", "unverifiable"),
    # a key question's share said of the cases done badly, in a clause after the figure's: the rest of the share
    # (stockton-hartlepool-pdu 2025-26: assessment keeping people safe 33 per cent)
    ("Stockton and Hartlepool PDU inspection, 2025\n\nIn two-thirds of cases, assessment did not focus enough on "
     "keeping people safe.", "supported"),
    ("Stockton and Hartlepool PDU inspection, 2025\n\nIn a third of cases, assessment did not focus enough on "
     "keeping people safe.", "contradicted"),
    ("Stockton and Hartlepool PDU inspection, 2025\n\nOnly 33 per cent of assessments focused sufficiently on "
     "keeping people safe.", "supported"),
    # the sentence's only year dates a rating in another clause ("in its 2019 report, ... had rated"), and a year
    # before "report" is no figure (london-crc: 2018-19 only, published 2019-08)
    ("London CRC\n\nIn its 2019 report, the inspectorate had rated London CRC as requiring improvement.",
     "supported"),
    ("London CRC\n\nIn its 2019 report, the inspectorate had rated London CRC as good.", "contradicted"),
    ("London CRC\n\nIn its 2017 report, the inspectorate had rated London CRC as good.", "unverifiable"),
    # a programme-1 PDU's points out of 27 bound how many of its nine standards were Inadequate (each standard
    # scores 0-3): 0 points is all nine; Essex North's 1 point is eight; Lambeth's 3 points six to eight
    ("In 2022-23 every area of Hammersmith, Fulham, Kensington, Chelsea and Westminster PDU was rated "
     "inadequate.", "supported"),
    ("In 2022-23 every area of Lambeth PDU was rated inadequate.", "contradicted"),
    ("In 2022-23 most of Lambeth PDU's standards were rated inadequate.", "supported"),
    ("In 2022-23 eight of Essex North PDU's nine standards were rated inadequate.", "supported"),
    ("In 2022-23 seven of Essex North PDU's nine standards were rated inadequate.", "contradicted"),
    # "the lowest of four ratings" is a place on the scale, neither a figure nor a league position
    ("Probation report, 2023\n\nWigan PDU has been given the lowest of four ratings.", "contradicted"),
    ("Probation report, 2023\n\nWigan PDU has been given the second lowest of four ratings.", "supported"),
    # a PDU's place in a league is not computed (its standards are not listed): no verdict, and no failure
    ("Probation report, 2023\n\nWigan PDU was the second lowest of the four PDUs.", "unverifiable"),
    # "placed in the 'R' category", "came out as R", a heading's "X: R"
    ("Probation report, 2023\n\nWigan PDU was placed in the 'requires improvement' category.", "supported"),
    ("Probation report, 2023\n\nWigan PDU came out as inadequate.", "contradicted"),
    ("Probation report, 2023\n\nWigan PDU: inadequate", "contradicted"),
    # "rated half of them Good and half R": counts of the standards counted before; with five Good and five
    # Requires improvement of ten, none was Inadequate (london-crc 2018-19)
    ("London CRC, 2019\n\nThe Inspectorate looked at 10 aspects of the CRC's work and rated half of them 'good' "
     "and half 'requiring improvement'.", "supported"),
    ("London CRC, 2019\n\nThe Inspectorate looked at 10 aspects of the CRC's work and rated half of them 'good' "
     "and half 'inadequate'.", "contradicted"),
    ("London CRC, 2019\n\nNone of the CRC's ten standards was rated inadequate.", "supported"),
    ("London CRC, 2019\n\nNone of the CRC's ten standards was rated good.", "contradicted"),
    # "rated the <unit's full name> R"; "this led to an overall rating of R"; "good enough" is no rating
    ("Report, 2025\n\nInspectors have rated the East and West Lincolnshire Probation Delivery Unit Inadequate.",
     "supported"),
    ("East and West Lincolnshire PDU report, 2025\n\nThe problems were great, and this led to an overall rating "
     "of good.", "contradicted"),
    ("Stockton and Hartlepool PDU inspection, 2025\n\nAssessment of how to keep other people safe was good "
     "enough in only 33 per cent of the cases we inspected.", "supported"),
    # "the other three are A (rated R), B (...) and C": the names counted past their brackets
    ("Report, 2023\n\nThe other three are Kirklees PDU (rated 'Inadequate'), Sheffield PDU (rated 'Inadequate') "
     "and Hull and East Riding PDU (rated 'Requires improvement').", "supported"),
    # staff whose workloads "could not be managed"; a bound with no end ('>50') is within "more than half"
    ("NPS South East and Eastern report, 2019\n\nMore than half of staff said their workloads could not be "
     "managed.", "supported"),
    ("NPS South East and Eastern report, 2019\n\nFewer than half of staff said their workloads could not be "
     "managed.", "contradicted"),
    # a heading that ends on a quoted rating after "but"
    ("Report on NPS Midlands, 2018\n\nNPS Midlands has work to do but 'Good'", "supported"),
    ("Report on NPS Midlands, 2018\n\nNPS Midlands has work to do but 'Inadequate'", "contradicted"),
    # "fell short in every area": a finding in words; the rating after it is read
    ("Report on NPS Midlands, 2018\n\nInspectors found the work fell short in every area, and this led to the "
     "overall rating of 'Good'.", "supported"),
    # "the rest of the work went to 21 CRCs": no standards; "28 probation services in this round"; "10
    # inspections of CRCs"
    ("In 2018-19 the NPS handled high-risk cases, and the rest of the work went to 21 CRCs.", "supported"),
    ("In 2018-19 probation was delivered by 28 probation services in England and Wales.", "supported"),
    ("In 2018-19 probation was delivered by 29 probation services in England and Wales.", "contradicted"),
    ("In 2019-20 the Inspectorate managed 10 inspections of CRCs.", "supported"),
    ("In 2019-20 the Inspectorate managed 12 inspections of CRCs.", "contradicted"),
    # counts of the unit's standards with the rating first ("rated good in three areas and requires improvement
    # in seven"), and "the other seven" (wwm-crc 2018-19: 3 Good, 7 Requires improvement)
    ("Warwickshire and West Mercia CRC report, 2019\n\nWarwickshire and West Mercia CRC was rated good in three "
     "areas and requires improvement in seven.", "supported"),
    ("Warwickshire and West Mercia CRC report, 2019\n\nWarwickshire and West Mercia CRC was rated good in four "
     "areas and requires improvement in six.", "contradicted"),
    ("Warwickshire and West Mercia CRC report, 2019\n\nThree of the ten standards were rated good and the other "
     "seven required improvement.", "supported"),
    ("Warwickshire and West Mercia CRC report, 2019\n\nThree of the ten standards were rated good and the other "
     "seven were inadequate.", "contradicted"),
    # "the other three are A, rated R, and B and C, both rated R": every unit named after it counts
    ("Report, 2023\n\nIn 2022-23 the other three were Kirklees PDU, rated 'Inadequate', and Hull and East Riding PDU "
     "and North and North East Lincolnshire PDU, both rated 'Requires improvement'.", "supported"),
    ("Report, 2023\n\nIn 2022-23 the other three were Kirklees PDU, rated 'Inadequate', and Hull and East Riding PDU "
     "and North and North East Lincolnshire PDU, both rated 'Good'.", "contradicted"),
    # "services in the area": the text's unit; "the NPS victim contact scheme" names the standard
    ("Report on Wigan PDU\n\nInspectors found services in the area required improvement.", "supported"),
    ("Report on NPS Wales, 2019\n\nThe division's work with the NPS victim contact scheme was rated good.",
     "unverifiable"),
    # "unchanged at good": the rating stayed at, which was read as no rating (a false sentence was supported)
    ("Probation news, 2020\n\nNorthumbria CRC's rating is unchanged at requires improvement.", "supported"),
    ("Probation news, 2020\n\nNorthumbria CRC's rating is unchanged at good.", "contradicted"),
    # "X was the only one of the 21 CRCs to be rated R": one of them was, and X is it (the unit was not checked:
    # a false sentence was supported)
    ("In 2018-19 Hampshire and Isle of Wight CRC was the only one of the 21 CRCs to be rated good.", "supported"),
    ("In 2018-19 Hampshire and Isle of Wight CRC was the only one of the 21 CRCs to be rated inadequate.",
     "contradicted"),
    # an aside that opens with "inspected" is read around ("The PDU, inspected for the first time, was rated R");
    # the first inspection itself stays undecided (the data may lack an earlier one) unless a source states it
    # (inspection_ordinals.csv: HMIP's release on North Yorkshire PDU; none found for Wakefield PDU, Requires
    # improvement in 2024-25, its one row)
    ("Wakefield PDU report, 2024\n\nThe PDU, inspected for the first time, was rated as requiring "
     "improvement.", "partly checked"),
    ("North Yorkshire PDU report, 2024\n\nThe PDU, inspected for the first time, was rated as requiring "
     "improvement.", "supported"),
    # "Doncaster's adult probation service", "Doncaster and the surrounding area" (doncaster-pdu: 2024-25,
    # Inadequate)
    ("Probation report, 2024\n\nDoncaster's adult probation service was rated inadequate.", "supported"),
    ("Probation report, 2024\n\nInspectors rated Doncaster's adult probation service as good.", "contradicted"),
    ("Probation report, 2024\n\nProbation services in Doncaster and the surrounding area were rated good.",
     "contradicted"),
    # "the Inadequate-rated PDU": the rating as an adjective (sheffield-pdu: Inadequate in both its inspections)
    ("Probation report, 2025\n\nThe inadequate-rated Sheffield PDU must now improve.", "supported"),
    ("Probation report, 2025\n\nThe good-rated Sheffield PDU must now improve.", "contradicted"),
    # "X is among the PDUs rated R", "X was one of those rated R": X was rated R
    ("Probation report, 2025\n\nSheffield PDU is among the PDUs rated inadequate.", "supported"),
    ("Probation report, 2025\n\nSheffield PDU was one of those rated good.", "contradicted"),
    # "when first inspected", "its latest rating", "its first rating" name one of a unit's inspections
    # (northamptonshire-pdu: Requires improvement in 2022-23, Inadequate in 2024-25)
    ("Probation report\n\nWhen first inspected, Northamptonshire PDU was rated as requiring improvement.",
     "supported"),
    ("Probation report\n\nWhen first inspected, Northamptonshire PDU was rated inadequate.", "contradicted"),
    ("Probation report\n\nNorthamptonshire PDU's latest rating is inadequate.", "supported"),
    ("Probation report\n\nNorthamptonshire PDU's first rating was inadequate.", "contradicted"),
    # a count of a CRC's standards is bounded by its overall rating: the ten scores' total lies in its band
    # (Norfolk and Suffolk CRC, Requires improvement, 6-15 points: four Inadequate and unpaid work Outstanding
    # are known, 3 points; the five others must add at least 3, so at most 4 + 4 = 8 are Inadequate)
    ("Inspectors rate Norfolk and Suffolk CRC\n\nNine of its ten standards were rated inadequate.", "contradicted"),
    ("Inspectors rate Norfolk and Suffolk CRC\n\nEight of its ten standards were rated inadequate.", "unverifiable"),
    ("Inspectors rate Norfolk and Suffolk CRC\n\nThe CRC was rated inadequate in every category.", "contradicted"),
    ("West Yorkshire CRC\n\nIn 2019-20 West Yorkshire CRC was rated inadequate in all areas.", "contradicted"),
    # a number of providers said in passing, with its round after it (28 providers in 2018-19, rounds.csv)
    ("Probation\n\nProbation in England and Wales was delivered by 28 probation services in 2018-19.", "supported"),
    ("Probation\n\nProbation in England and Wales was delivered by 29 probation services in 2018-19.",
     "contradicted"),
    ("Probation\n\nIn 2018-19 probation was split into the NPS for high-risk offenders and 22 private "
     "CRCs.", "contradicted"),
    # a participle's aside with its preposition ("described as ...") between the subject and its verb
    # (west-kent-pdu: Inadequate in 2022-23)
    ("West Kent PDU\n\nIn 2022-23 the PDU, described as being in survival mode, was rated inadequate.", "supported"),
    ("West Kent PDU\n\nIn 2022-23 the PDU, described as being in survival mode, was rated good.", "contradicted"),
    # "the probation service in <places of the subject's name>" is the subject; another place is not
    # (norfolk-suffolk-crc: Requires improvement, its one inspection)
    ("Norfolk and Suffolk CRC\n\nThe probation service in Suffolk and Norfolk was rated requires improvement.",
     "supported"),
    ("Norfolk and Suffolk CRC\n\nThe probation service in Suffolk and Norfolk was rated good.", "contradicted"),
    ("Norfolk and Suffolk CRC\n\nThe probation service in Essex was rated good.", "unverifiable"),
    # "this inspection is one of N in the X region" (2022-23: four Yorkshire and the Humber PDUs, Hull and East Riding,
    # Kirklees, North and North East Lincolnshire, Sheffield); another number may count other rounds
    ("Report on North and North East Lincolnshire PDU\n\nIn 2022-23 the inspection is one of four in the Yorkshire "
     "and the Humber region.", "supported"),
    ("Report on North and North East Lincolnshire PDU\n\nIn 2022-23 the inspection is one of five in the Yorkshire "
     "and the Humber region.", "unverifiable"),
    # a quantifier over things the data do not count is a claim left unread, beside a rating that is read
    # (west-sussex-pdu: Inadequate in 2022-23)
    ("West Sussex PDU\n\nIn 2022-23 the PDU was rated 'Inadequate', with too little progress on most of the "
     "recommendations.", "partly checked"),
    ("West Sussex PDU\n\nIn 2022-23 the PDU was rated 'Inadequate', and in the cases reviewed all victims had been "
     "able to contribute.", "partly checked"),
    # a count after a clause that named its population as "CRC services" counts CRCs (2018-19: 1 Good, 19 Requires
    # improvement of 21; of all 28 providers 21 were Requires improvement)
    ("x\n\nIn 2018-19, only one of the 21 CRC services was rated good, and 19 were rated as requiring improvement.",
     "supported"),
    ("x\n\nIn 2018-19, only one of the 21 CRC probation services was rated good, and 21 were rated as requiring "
     "improvement.", "contradicted"),
    # "had" before another verb ("had in part led to the rating") and a time cue in a clause before a reported one
    # ("the two years before the inspection had been hard, and that ...") do not make the rating an earlier one
    # (lambeth-pdu: one inspection, Inadequate in 2022-23)
    ("Lambeth PDU\n\nHe said staff shortages were made worse in 2021, and that these events had in part led to the "
     "'Inadequate' rating.", "supported"),
    ("Lambeth PDU\n\nHe said staff shortages were made worse in 2021, and that these events had in part led to the "
     "'Good' rating.", "contradicted"),
    ("Lambeth PDU\n\nHe said the two years before the inspection had been hard, and that staffing partly explained "
     "the rating of 'Inadequate'.", "supported"),
    # a named exception after the population (2018-19: Hampshire and Isle of Wight CRC the one CRC rated Good, the
    # other 20 Requires improvement or Inadequate; NPS London and NPS South East and Eastern both Requires improvement)
    ("x\n\nIn 2018-19 every CRC except Hampshire and Isle of Wight CRC was rated requires improvement or worse.",
     "supported"),
    ("x\n\nIn 2018-19 all CRCs apart from Durham Tees Valley CRC were rated requires improvement or worse.",
     "contradicted"),
    ("x\n\nIn 2018-19 every NPS division bar NPS London was rated good.", "contradicted"),
    # "neither was", "nor was": the negative predicate before, of another (no provider Outstanding in 2018-19)
    ("x\n\nIn 2018-19 no CRC was rated outstanding, nor were any NPS divisions.", "supported"),
    ("x\n\nIn 2018-19 NPS London was not rated good, and nor was NPS Wales.", "contradicted"),
    # how many of a rating's holders a sector had (2018-19: 6 Good, 5 of them NPS; 21 Requires improvement, 19 CRCs)
    ("x\n\nIn 2018-19 CRCs received 19 of the 21 requires improvement ratings.", "supported"),
    ("x\n\nIn 2018-19 the NPS accounted for five of the seven good ratings.", "contradicted"),
    # HMPPS is the body the national inspection of April 2025 rated (Requires improvement overall); a unit's rating
    # is not given to a body named in an aside before the verb (lambeth-pdu: Inadequate in 2022-23)
    ("Probation\n\nThe national inspection rated HMPPS requires improvement overall.", "supported"),
    ("Probation\n\nThe national inspection rated HM Prison and Probation Service inadequate overall.",
     "contradicted"),
    ("Probation\n\nIn 2022-23 Lambeth PDU, run by HMPPS, was rated inadequate.", "supported"),
    # "the delivery of services" is the work done, not a population: the text's unit's key-question figures are read
    # (hmpps-national 2025-26: implementation and delivery, desistance 32, keeping people safe 18)
    ("HMPPS national inspection\n\nThe implementation and delivery of services supported desistance well enough in "
     "only 32 per cent of cases, and helped keep people safe in only 18 per cent.", "supported"),
    ("HMPPS national inspection\n\nThe implementation and delivery of services supported desistance well enough in "
     "only 32 per cent of cases, and helped keep people safe in only 28 per cent.", "contradicted"),
    # points out of 27 with no "points" written (hammersmith-...-pdu 2022-23: 0 points)
    ("Hammersmith, Fulham, Kensington, Chelsea and Westminster PDU\n\nIn 2022-23 the PDU scored zero out of 27.",
     "supported"),
    ("Hammersmith, Fulham, Kensington, Chelsea and Westminster PDU\n\nIn 2022-23 the PDU scored three out of a "
     "possible 27.", "contradicted"),
    # two ratings' counts compared, from HMIP's totals (2024-25: 24 PDUs, 10 Requires improvement, 14 Inadequate) or
    # from the rows when they are all the round rated (2022-23: 31 PDUs, 1 Good, 15 and 15: a tie)
    ("x\n\nIn 2024-25 more PDUs were rated inadequate than requires improvement.", "supported"),
    ("x\n\nIn 2024-25 fewer PDUs were rated inadequate than requires improvement.", "contradicted"),
    ("x\n\nIn 2018-19 more CRCs were rated good than inadequate.", "contradicted"),
    ("x\n\nIn 2024-25 the most common rating among PDUs was inadequate.", "supported"),
    ("x\n\nIn 2022-23 the most common rating among PDUs was inadequate.", "unverifiable"),
    # "none of the 27 points": no points (hammersmith-...-pdu 0, lambeth-pdu 3, in 2022-23)
    ("Hammersmith, Fulham, Kensington, Chelsea and Westminster PDU\n\nIn 2022-23 the PDU was awarded none of the 27 "
     "inspection points available.", "supported"),
    ("Lambeth PDU\n\nIn 2022-23 the PDU was awarded none of the 27 inspection points available.", "contradicted"),
    # a unit named after "of" and rated in brackets is still the one rated (sheffield-pdu, kirklees-pdu: Inadequate in
    # 2022-23)
    ("Hull and East Riding PDU\n\nIn 2022-23 the other two are of Sheffield PDU (rated 'Inadequate') and Kirklees "
     "PDU (rated 'Inadequate').", "supported"),
    # "not good enough" judges the work; it claims no rating (north-wales-pdu: Requires improvement in 2025-26)
    ("North Wales PDU\n\nIn 2025-26 public protection work was not good enough, which led to the overall rating of "
     "'Requires improvement'.", "supported"),
    ("North Wales PDU\n\nIn 2025-26 public protection work was not good enough, which led to the overall rating of "
     "'Inadequate'.", "contradicted"),
    # "moved up to R2 from R1", "moved up to R2, from the R1 it was given", and a second predicate after "and"
    # (west-kent-pdu: Inadequate in 2022-23, Requires improvement in 2024-25)
    ("West Kent PDU report\n\nWest Kent PDU has moved up to requires improvement from inadequate.", "supported"),
    ("West Kent PDU report\n\nWest Kent PDU has moved down to inadequate from requires improvement.",
     "contradicted"),
    ("West Kent PDU report\n\nWest Kent PDU has moved up to 'requires improvement', from the 'inadequate' it was "
     "given in 2022.", "supported"),
    ("West Kent PDU report\n\nWest Kent PDU has moved up to 'requires improvement', from the 'good' it was given in "
     "2022.", "contradicted"),
    ("West Kent PDU report\n\nWest Kent PDU was previously rated inadequate and is now rated requires improvement.",
     "supported"),
    ("West Kent PDU report\n\nWest Kent PDU was previously rated inadequate and is now rated good.", "contradicted"),
    # the lowest (highest) rating in a population, said of its lowest-rated (best-performing) unit (2018-19: NPS
    # divisions 5 Good and 2 Requires improvement; CRCs 1 Good, 19 Requires improvement, 1 Inadequate)
    ("x\n\nIn 2018-19 the lowest-rated NPS division was rated requires improvement.", "supported"),
    ("x\n\nIn 2018-19 the lowest-rated NPS division was rated inadequate.", "contradicted"),
    ("x\n\nIn 2018-19 the best-performing CRC was rated outstanding.", "contradicted"),
    # a rank among owners beside a true figure is a claim of its own (Sodexo ran six CRCs in 2018-19, Purple
    # Futures five): false here, so the sentence is
    ("x\n\nPurple Futures ran five CRCs in 2018-19, more than any other owner.", "contradicted"),
    ("x\n\nSodexo ran six CRCs in 2018-19, more than any other owner.", "supported"),
    # "where our ratings were lower": a comparison of ratings the data cannot make, left unread beside a true count
    ("x\n\nIn 2018-19, of the seven NPS divisions, we rated five 'good' overall, although with facilities "
     "contracts our ratings were lower.", "partly checked"),
    # "ratings for its casework" are of a part of its work, not its overall rating (essex-north-pdu 2024-25: Requires
    # improvement overall, the four case supervision standards Inadequate)
    ("Essex North PDU report\n\nIn 2024-25 the PDU was rated requires improvement despite inadequate ratings for its "
     "casework.", "partly checked"),
    # "nobody", "hardly" negate the rating (nps-wales: Good in 2018-19)
    ("NPS Wales report\n\nIn 2018-19 nobody rated NPS Wales good.", "contradicted"),
    # a negation before "rate ... X R" ("did not rate", "stopped short of rating"), and "spared" (london-crc
    # 2018-19: Requires improvement)
    ("London CRC report\n\nInspectors stopped short of rating the CRC 'inadequate'.", "supported"),
    ("London CRC report\n\nInspectors did not rate the CRC 'requires improvement'.", "contradicted"),
    ("London CRC report\n\nThe CRC was spared an 'inadequate' rating.", "supported"),
    ("London CRC report\n\nThe CRC was spared a 'requires improvement' rating.", "contradicted"),
    ("NPS Wales report\n\nIn 2018-19 NPS Wales was hardly rated good.", "contradicted"),
    # "each", "both", "all three" refer to the units a neighbouring sentence names together, when it names as many
    # (2022-23: Manchester North, Wigan and Tameside PDUs all Requires improvement; Lambeth and Lewisham and Bromley
    # PDUs both Inadequate)
    ("Greater Manchester\n\nInspectors visited Manchester North PDU, Wigan PDU and Tameside PDU in 2022-23. Each was "
     "rated as requiring improvement.", "supported"),
    ("Greater Manchester\n\nInspectors visited Manchester North PDU, Wigan PDU and Tameside PDU in 2022-23. Each was "
     "rated inadequate.", "contradicted"),
    ("London\n\nIn 2022-23 inspectors concluded that all three units were inadequate. They were Lambeth PDU, "
     "Lewisham and Bromley PDU and Hammersmith, Fulham, Kensington, Chelsea and Westminster PDU.", "supported"),
    ("London\n\nIn 2022-23 inspectors visited Lambeth PDU and Lewisham and Bromley PDU. Both were rated Good.",
     "contradicted"),
    # "the second lowest assessment" places a rating on the scale (Requires improvement is the second lowest of four)
    ("Staffordshire and West Midlands CRC report\n\nIn 2018-19 the CRC was rated 'requires improvement', the second "
     "lowest assessment.", "supported"),
    ("Staffordshire and West Midlands CRC report\n\nIn 2018-19 the CRC was rated 'requires improvement', the second "
     "highest assessment.", "contradicted"),
    # "the planning of supervision": a standard named with what it is of (nps-south-west-south-central 2018-19:
    # planning Good)
    ("NPS South West and South Central report\n\nIn 2018-19 the planning of supervision was good.", "supported"),
    ("NPS South West and South Central report\n\nIn 2018-19 the planning of supervision was inadequate.",
     "contradicted"),
    # a standard named inside a longer phrase, or in an aside that names it (norfolk-suffolk-crc 2018-19: unpaid work
    # Outstanding; bench-crc 2018-19: through the gate Inadequate)
    ("Norfolk and Suffolk CRC\n\nIn 2018-19 inspectors called the CRC's supervision of people sentenced to unpaid "
     "work in the community 'outstanding'.", "supported"),
    ("Norfolk and Suffolk CRC\n\nIn 2018-19 inspectors called the CRC's supervision of people sentenced to unpaid "
     "work in the community 'inadequate'.", "contradicted"),
    ("BeNCH CRC\n\nIn 2018-19 the CRC's work to support people leaving prison, known as 'Through the Gate', was found "
     "to be inadequate.", "supported"),
    ("BeNCH CRC\n\nIn 2018-19 the CRC's work to support people leaving prison, known as 'Through the Gate', was found "
     "to be good.", "contradicted"),
    # "A joins B and C at the bottom of the scale": the units joined share the rating (2022-23: Lewisham and Bromley,
    # Lambeth, Ealing and Hillingdon PDUs Inadequate; Newham PDU Requires improvement)
    ("Lewisham and Bromley PDU report\n\nIn 2022-23 it joins Lambeth PDU and Ealing and Hillingdon PDU at the bottom "
     "of the scale.", "supported"),
    ("Lewisham and Bromley PDU report\n\nIn 2022-23 it joins Lambeth PDU and Newham PDU at the bottom of the scale.",
     "contradicted"),
    # a rating "in N of its standards" or "in all four areas" is of standards, never the overall rating
    # (essex-north-pdu 2024-25: Requires improvement overall; assessment, planning, implementation and reviewing
    # Inadequate)
    ("Essex North PDU report\n\nIn 2024-25 inspectors found the PDU inadequate in all four areas of case "
     "supervision.", "supported"),
    ("Essex North PDU report\n\nIn 2024-25 the PDU was rated inadequate in four of its nine standards.",
     "unverifiable"),
    # a second count of those inspected after "and" (2019-20: 10 CRCs and one NPS division inspected)
    ("Annual report\n\nIn 2019-20 HMIP inspected 10 CRCs and one NPS division.", "supported"),
    ("Annual report\n\nIn 2019-20 HMIP inspected 10 CRCs and two NPS divisions.", "contradicted"),
    # a share of a unit's standards is compared as a share ("half of its standards"): northumbria-crc has at most 7
    # of 10 Good in the data, so half is possible (was contradicted); norfolk-suffolk-crc 2018-19 has 4 to 8 of 10
    # Inadequate (its band), so "over a third" holds and "over 90 per cent" cannot
    ("Inspection of Northumbria CRC\n\nHalf of its standards were rated good.", "unverifiable"),
    ("Inspection of Norfolk and Suffolk CRC\n\nIn 2018-19 over a third of its standards were rated inadequate.",
     "supported"),
    ("Inspection of Norfolk and Suffolk CRC\n\nIn 2018-19 over 90 per cent of its standards were rated inadequate.",
     "contradicted"),
    # "the vast majority" is literally a majority (2018-19: 19 of 21 CRCs Requires improvement, 1 Good)
    ("x\n\nIn 2018-19 the vast majority of CRCs were rated requires improvement.", "supported"),
    ("x\n\nIn 2018-19 the vast majority of CRCs were rated good.", "contradicted"),
    # "for the second time" claims the inspection before had the same rating (leicester-leicestershire-rutland-pdu:
    # Inadequate in 2022-23 and 2025-26; doncaster-pdu: one inspection in the data, so the earlier one is unknown)
    ("Leicester, Leicestershire and Rutland PDU report\n\nIt is the second time the unit has been rated "
     "inadequate.", "supported"),
    ("Leicester, Leicestershire and Rutland PDU report\n\nThe PDU has been rated requires improvement for the "
     "second time.", "contradicted"),
    ("Doncaster probation service rated inadequate\n\nIt is the second time the unit has been rated inadequate.",
     "partly checked"),
    # a count of one owner's providers is not a count of the sector (it was read as "six CRCs were rated good",
    # contradicted by 1 of 21): it counts the owner's CRCs at their inspections, in a round whose data hold every
    # CRC (2018-19: Sodexo's six all Requires improvement; Purple Futures' five: four Requires improvement, and
    # Hampshire and Isle of Wight Good; 2019-20 holds only the CRCs inspected again)
    ("x\n\nIn 2018-19 none of Sodexo's six CRCs was rated good.", "supported"),
    ("x\n\nIn 2018-19 two of Sodexo's six CRCs were rated inadequate.", "contradicted"),
    ("x\n\nIn 2018-19 none of Sodexo's five CRCs was rated good.", "contradicted"),
    ("x\n\nIn 2018-19 one of Purple Futures' five CRCs was rated good.", "supported"),
    ("x\n\nIn 2018-19 most of Purple Futures' CRCs were rated good.", "contradicted"),
    ("x\n\nIn 2018-19 Sodexo's six CRCs were all rated requires improvement.", "supported"),
    ("x\n\nIn 2019-20 none of Sodexo's CRCs was rated good.", "unverifiable"),
    # the NPS's share of the whole probation caseload, a published sector figure (2019-20: about 42 per cent)
    ("x\n\nIn 2019-20 the NPS held around 42 per cent of the probation caseload.", "supported"),
    ("x\n\nThe NPS held around 52 per cent of the total probation caseload in 2019-20.", "contradicted"),
    # a bound before a share: "at least half", "at most a third", "no more than half" (2024-25: 14 of 24 PDUs
    # Inadequate; 2018-19: 19 of 21 CRCs Requires improvement, 5 of 7 NPS divisions Good)
    ("x\n\nAt least half of the 24 PDUs inspected in 2024-25 were rated Inadequate.", "supported"),
    ("x\n\nAt most a third of the CRCs were rated requires improvement in 2018-19.", "contradicted"),
    ("x\n\nAt most half of the CRCs were rated good in 2018-19.", "supported"),
    ("x\n\nNo more than half of the NPS divisions were rated good in 2018-19.", "contradicted"),
    # sector likelihoods from HMIP's round totals when the rows are not the whole population (2019-20: 3 of 9 CRCs
    # rated were Good, the one NPS division rated was Good)
    ("x\n\nIn 2019-20 CRCs were more likely than the NPS to be rated Good.", "contradicted"),
    ("x\n\nIn 2019-20 NPS divisions were more likely than CRCs to be rated Good.", "supported"),
    # a comparison the shapes do not read is a claim left unread beside a true figure
    ("x\n\nNPS Wales, which supervised nearly 7,000 people, supervised fewer people than any other NPS division in "
     "2018-19.", "partly checked"),
    # "its" after a sector names the sector's own figure (NPS 2019-20: 615 probation officer vacancies)
    ("x\n\nThe NPS had 615 probation officer vacancies at the time of its 2019-20 inspection.", "supported"),
    ("x\n\nThe NPS had 516 probation officer vacancies at the time of its 2019-20 inspection.", "contradicted"),
    # a year beside a rating that fits none of the unit's dated inspections names one the data do not hold
    # (hampshire-iow-crc: one rated inspection, published 2019-05-08; its 2020 visit was cut short, unrated)
    ("HIOW report\n\nHampshire and Isle of Wight CRC was rated Good again in 2020.", "unverifiable"),
    ("HIOW report\n\nHampshire and Isle of Wight CRC was rated Good in 2019.", "supported"),
    # the size of all providers inspected in a round, before a count of them (2018-19: 28 inspected, 6 Good)
    ("x\n\nOf the 28 probation services inspected in 2018-19, six were rated Good.", "supported"),
    ("x\n\nOf the 29 probation services inspected in 2018-19, six were rated Good.", "contradicted"),
    # "N of the M given a rating ... were rated R": of those rated, so many had R (2019-20: 10 rated, 4 Good)
    ("x\n\nFour of the ten probation services given a rating in 2019-20 were rated Good.", "supported"),
    ("x\n\nFive of the ten probation services given a rating in 2019-20 were rated Good.", "contradicted"),
    # a headline that ends with its month dates the text, which picks the unit's inspection current then
    # (sheffield-pdu: 1 point of 27 in 2022-23, published 2023-03-30; inspected again in 2024-25)
    ("Sheffield Probation Delivery Unit report, March 2023\n\nThe unit scored one point out of a possible 27.",
     "supported"),
    ("Sheffield Probation Delivery Unit report, March 2023\n\nThe unit scored two points out of a possible 27.",
     "contradicted"),
    # ... and with no date, a score out of 27 is of its first-programme inspection (2022-23), not of 2024-25's
    ("Sheffield Probation Delivery Unit report\n\nThe unit scored one point out of a possible 27.", "supported"),
    ("Sheffield Probation Delivery Unit report\n\nThe unit scored four points out of a possible 27.", "contradicted"),
    # "no more than N points" is at most N (ealing-hillingdon-pdu 2022-23: 3 points); a round written before the
    # comma of a composition (2018-19: 6 rated Good, 5 of them NPS divisions)
    ("x\n\nEaling and Hillingdon PDU scored no more than three points out of 27.", "supported"),
    ("x\n\nEaling and Hillingdon PDU scored no more than two points out of 27.", "contradicted"),
    ("x\n\nOf the six services rated Good in 2018-19, five were NPS divisions.", "supported"),
    ("x\n\nOf the six services rated Good in 2018-19, four were NPS divisions.", "contradicted"),
    # a later-framework unit's own count of its standards with a rating (cambridgeshire-peterborough-pdu 2024-25:
    # n_std_inadequate 6; its standards are not listed one by one)
    ("Cambridgeshire and Peterborough Probation Delivery Unit report\n\nSix of the unit's standards were rated "
     "Inadequate.", "supported"),
    ("Cambridgeshire and Peterborough Probation Delivery Unit report\n\nSeven of the unit's standards were rated "
     "Inadequate.", "contradicted"),
    ("Cambridgeshire and Peterborough Probation Delivery Unit report\n\nAll of the unit's standards were rated "
     "Inadequate.", "unverifiable"),
    # "but only R overall" after a standard's rating (norfolk-suffolk-crc 2018-19: unpaid work Outstanding, overall
    # Requires improvement)
    ("x\n\nNorfolk and Suffolk CRC was rated Outstanding for unpaid work but only Requires improvement overall.",
     "supported"),
    ("x\n\nNorfolk and Suffolk CRC was rated Outstanding for unpaid work but only Good overall.", "contradicted"),
    # "all four of X's case supervision standards" (northumbria-crc 2019-20: all four Requires improvement)
    ("x\n\nAll four of Northumbria CRC's case supervision standards were rated Requires improvement in 2019-20.",
     "supported"),
    ("x\n\nAll four of Northumbria CRC's case supervision standards were rated Inadequate in 2019-20.",
     "contradicted"),
    # "W owned six of the 21 CRCs": six is W's portfolio (Sodexo: 6 CRCs at their 2018-19 inspections, none named
    # as changing hands; another number is contradicted)
    ("x\n\nSodexo owned six of the 21 CRCs inspected in 2018-19.", "supported"),
    ("x\n\nSodexo owned seven of the 21 CRCs inspected in 2018-19.", "contradicted"),
    # a date beside a figure that fits one inspection settles its round, whatever the text's implied round
    # (west-yorkshire-crc 2018-19, published 2018-10-31: 8,136 people); a long unit name between a measure's words
    # and its figure (swm-crc 2019-20: average caseload 64)
    ("x\n\nWest Yorkshire CRC was supervising 9,136 people when inspectors reported in October 2018.",
     "contradicted"),
    ("x\n\nWest Yorkshire CRC was supervising 8,136 people when inspectors reported in October 2018.", "supported"),
    ("x\n\nThe average caseload at Staffordshire and West Midlands CRC was 64 when it was inspected in 2019-20.",
     "supported"),
    ("x\n\nThe average caseload at Staffordshire and West Midlands CRC was 46 when it was inspected in 2019-20.",
     "contradicted"),
    # people supervised in an aside or an opening phrase (merseyside-crc 2018-19: more than 6,500; Requires
    # improvement)
    ("Merseyside CRC inspection, September 2018\n\nThe CRC, which has more than 6,500 people on its books, needs to "
     "improve.", "supported"),
    ("Merseyside CRC inspection, September 2018\n\nWith more than 6,500 people under supervision, the CRC was rated "
     "requires improvement.", "supported"),
    ("Merseyside CRC inspection, September 2018\n\nWith more than 6,500 people under supervision, the CRC was rated "
     "good.", "contradicted"),
    # "got that rating" names a rating said before, not any rating (it was read as "rated at all": 21 of 21);
    # "without precedent" negates nothing (gwent-pdu 2021-22: Requires improvement, its report of February 2022)
    ("x\n\nIn 2018-19 only one of the 21 CRC services got that rating.", "unverifiable"),
    ("Gwent PDU, February 2022\n\nHe said the two years before the inspection had been without precedent, and that "
     "Covid partly explained the rating of 'Requires improvement'.", "supported"),
    # "an 'inadequate' rating was given to X" (lambeth-pdu 2022-23: Inadequate)
    ("Lambeth probation service report\n\nAn 'inadequate' rating was given to the PDU.", "supported"),
    ("Lambeth probation service report\n\nA 'good' rating was given to the PDU.", "contradicted"),
    # "The CRC, with N people on its books, was rated R": a definite unit noun before an aside is the subject
    # (london-crc 2018-19: 28,819 people, Requires improvement; its report of August 2019)
    ("London CRC inspection, August 2019\n\nThe CRC, with 28,819 people on its books, was rated requires "
     "improvement.", "supported"),
    ("London CRC inspection, August 2019\n\nThe CRC, with 28,819 people on its books, was rated Inadequate.",
     "contradicted"),
    # "the CRC covering P", "the division for P": a place that names no unit alone names the one unit of that kind
    # (kss-crc 2018-19: Requires improvement; essex-crc 2018-19: Requires improvement; nps-london 2018-19:
    # Requires improvement; "Essex" alone is a county, two PDUs and a CRC)
    ("Probation watchdog publishes inspection\n\nThe CRC covering Kent, Surrey and Sussex has been rated "
     "'requires improvement'.", "supported"),
    ("Probation watchdog publishes inspection\n\nThe CRC covering Kent, Surrey and Sussex has been rated 'good'.",
     "contradicted"),
    ("Probation watchdog publishes inspection\n\nThe CRC for Essex was rated 'inadequate'.", "contradicted"),
    ("Probation watchdog publishes inspection\n\nThe division for London was rated 'requires improvement'.",
     "supported"),
    ("Probation watchdog publishes inspection\n\nThe National Probation Service's London division was rated "
     "'good'.", "contradicted"),
    # "S was given a rating of R": the standard's rating, not the unit's (hampshire-iow-crc 2018-19: Good overall,
    # implementation_delivery Requires improvement, reviewing Inadequate)
    ("Hampshire and Isle of Wight CRC report\n\nImplementation and delivery was given a rating of 'requires "
     "improvement'.", "supported"),
    ("Hampshire and Isle of Wight CRC report\n\nReviewing was given a rating of 'good'.", "contradicted"),
    # "X's performance was rated R": the unit's whole work (kss-crc 2018-19: Requires improvement)
    ("Kent, Surrey and Sussex CRC report\n\nKent, Surrey and Sussex CRC's performance was rated 'requires "
     "improvement'.", "supported"),
    ("Kent, Surrey and Sussex CRC report\n\nKent, Surrey and Sussex CRC's performance was rated 'good'.",
     "contradicted"),
    # changes (dtv-crc: Requires improvement in 2018-19, Good in 2019-20; derby-city-pdu: Requires improvement in
    # 2022-23 and 2025-26): "which was rated R1 in 2018, is now R2" judges "now" after that inspection
    ("Durham Tees Valley CRC report\n\nDurham Tees Valley CRC, which was rated 'requires improvement' in 2018, is "
     "now rated 'good'.", "supported"),
    ("Durham Tees Valley CRC report\n\nDurham Tees Valley CRC, which was rated 'requires improvement' in 2018, is "
     "now rated 'inadequate'.", "contradicted"),
    # "At its previous inspection, X was rated R": a fronted phrase turns the clause to the earlier inspection
    ("Derby City PDU report\n\nAt its previous inspection, Derby City PDU was rated 'requires improvement'.",
     "supported"),
    ("Derby City PDU report\n\nAt its previous inspection, Derby City PDU was rated 'good'.", "contradicted"),
    # "no longer rated R": rated R before, and not now
    ("Durham Tees Valley CRC report\n\nDurham Tees Valley CRC is no longer rated 'requires improvement'.",
     "supported"),
    ("Durham Tees Valley CRC report\n\nDurham Tees Valley CRC is no longer rated 'inadequate'.", "contradicted"),
    # "improved on its R rating", "failed to improve on its R rating": R is the earlier rating
    ("Durham Tees Valley CRC report\n\nThe CRC has improved on its 'requires improvement' rating.", "supported"),
    ("Durham Tees Valley CRC report\n\nThe CRC has improved on its 'good' rating.", "contradicted"),
    ("Derby City PDU report\n\nDerby City PDU has failed to improve on its 'requires improvement' rating.",
     "supported"),
    ("Durham Tees Valley CRC report\n\nDurham Tees Valley CRC failed to improve on its 'requires improvement' "
     "rating.", "contradicted"),
    # "this time R2; last time it was R1": the rating after the turn to the past is the earlier one
    ("Durham Tees Valley CRC report\n\nThis time the CRC was rated 'good'; last time it was 'requires "
     "improvement'.", "supported"),
    ("Durham Tees Valley CRC report\n\nThis time the CRC was rated 'good'; last time it was 'good'.",
     "contradicted"),
    ("Derby City PDU report\n\nThis time the PDU was rated 'requires improvement'; last time it was 'requires "
     "improvement'.", "supported"),
    # "the overall rating was R", "its overall rating is R": the rating of the text's subject (london-crc 2018-19:
    # Requires improvement; five standards Good and five Requires improvement); "a rating was" names none
    ("Inspectors publish report on London CRC\n\nThe overall rating was 'requires improvement'.", "supported"),
    ("Inspectors publish report on London CRC\n\nIts overall rating is 'good'.", "contradicted"),
    ("Inspectors publish report on London CRC\n\nA rating was 'good'.", "unverifiable"),
    # "probation services in P": the text's subject when P is a place in its name, else no unit
    ("Inspectors publish report on London CRC\n\nProbation services in London have been rated 'good'.",
     "contradicted"),
    ("Inspectors publish report on London CRC\n\nProbation services in London have been rated 'requires "
     "improvement'.", "supported"),
    ("Inspectors publish report on London CRC\n\nProbation services in England and Wales have been rated 'good'.",
     "unverifiable"),
    # "rated R on N of its M standards"
    ("Inspectors publish report on London CRC\n\nThe CRC was rated 'good' on five of its ten standards.",
     "supported"),
    ("Inspectors publish report on London CRC\n\nThe CRC was rated 'good' on six of its ten standards.",
     "contradicted"),
    # "three in five" is a share as "three out of five" is; "the National Probation Service" is the sector, and
    # a pronoun after it is the sector's (sector_figures.csv: NPS 2019-20 staff_workload_over_capacity_pct 60)
    ("Probation staff overworked, says watchdog\n\nThree in five staff in the National Probation Service are "
     "overworked, leaving it unable to do its job.", "supported"),
    ("Probation staff overworked, says watchdog\n\nFour in five staff in the National Probation Service are "
     "overworked, leaving it unable to do its job.", "contradicted"),
    # "received three Good ratings": a count of the unit's standards; "the remaining seven" continues it
    # (wwm-crc 2018-19: three standards Good, seven Requires improvement)
    ("Warwickshire and West Mercia CRC inspection\n\nInspectors gave the CRC three 'good' ratings and seven "
     "'requires improvement' ratings.", "supported"),
    ("Warwickshire and West Mercia CRC inspection\n\nThe CRC received four 'good' ratings.", "contradicted"),
    ("Warwickshire and West Mercia CRC inspection\n\nThree of its standards were rated 'good' and the remaining "
     "seven 'requires improvement'.", "supported"),
    ("Warwickshire and West Mercia CRC inspection\n\nThree of its standards were rated 'good' and the remaining "
     "seven 'inadequate'.", "contradicted"),
    # "each of the three PDUs" after the three are named (manchester-north-pdu, wigan-pdu and tameside-pdu 2022-23:
    # all Requires improvement)
    ("Greater Manchester probation report\n\nInspectors visited Manchester North PDU, Wigan PDU and Tameside PDU."
     "\n\nEach of the three PDUs was rated 'requires improvement'.", "supported"),
    ("Greater Manchester probation report\n\nInspectors visited Manchester North PDU, Wigan PDU and Tameside PDU."
     "\n\nEach of the three PDUs was rated 'inadequate'.", "contradicted"),
    # "... and not one was R": none of the population the clause before counted (NPS 2018-19: 5 Good,
    # 2 Requires improvement, none Inadequate)
    ("x\n\nIn 2018-19 five of the seven NPS divisions were rated 'good' and not one was 'inadequate'.",
     "supported"),
    ("x\n\nIn 2018-19 five of the seven NPS divisions were rated 'good' and not one was 'requires "
     "improvement'.", "contradicted"),
    # a rating beside each round written: each in its own round (dtv-crc: Requires improvement in 2018-19, Good in
    # 2019-20; merseyside-crc: Requires improvement in both)
    ("x\n\nDurham Tees Valley CRC was rated Requires improvement in 2018-19 and Good in 2019-20.", "supported"),
    ("x\n\nDurham Tees Valley CRC was rated Good in 2018-19 and Requires improvement in 2019-20.", "contradicted"),
    # "in both Y1 and Y2", "in Y1 and again in Y2": true only if true in each
    ("x\n\nMerseyside CRC was rated Requires improvement in both 2018-19 and 2019-20.", "supported"),
    ("x\n\nDurham Tees Valley CRC was rated Requires improvement in both 2018-19 and 2019-20.", "contradicted"),
    ("x\n\nDurham Tees Valley CRC was rated Requires improvement in 2018-19 or 2019-20.", "unverifiable"),
    # "At its previous inspection X was rated R1; in Y2 it was rated R2": R1 is of the inspection before Y2's
    ("x\n\nAt its previous inspection Durham Tees Valley CRC was rated Requires improvement; in 2019-20 it was "
     "rated Good.", "supported"),
    ("x\n\nAt its previous inspection Durham Tees Valley CRC was rated Good; in 2019-20 it was rated Good.",
     "contradicted"),
    ("x\n\nAt its previous inspection in 2018-19, Durham Tees Valley CRC was rated Good.", "contradicted"),
    # "the average caseload of probation officers was N": the measure's words a little further from the figure
    # (nps-south-east-eastern 2018-19: avg_caseload 43)
    ("NPS South East and Eastern report\n\nThe average caseload of probation officers was 43.", "supported"),
    ("NPS South East and Eastern report\n\nThe average caseload of probation officers in the division was 44.",
     "contradicted"),
    # an inspection's year alone (merseyside-crc: fieldwork 2018-06 and 2020-01; dtv-crc: fieldwork 2018-11,
    # report 2019-03, and fieldwork 2019-11); outside the years of its inspections in the data, another may have been
    ("Merseyside CRC report, June 2020\n\nThe CRC was last inspected in 2018.", "supported"),
    ("Merseyside CRC report, June 2020\n\nThe CRC was last inspected in 2019.", "contradicted"),
    ("Merseyside CRC report, June 2020\n\nThe CRC was last inspected in 2016.", "unverifiable"),
    ("Durham Tees Valley CRC report\n\nThe CRC was inspected in 2021.", "unverifiable"),
    # "the CRC in 2018": a year after the unit is no place naming another unit
    ("Merseyside CRC report, June 2020\n\nWe last inspected the CRC in 2018.", "supported"),
    ("Merseyside CRC report, June 2020\n\nWe last inspected the CRC in 2019.", "contradicted"),
    # "of the 24 PDUs inspected, 14 were ...": the round's inspected units (rounds.csv 2024-25 PDU: 24 inspected,
    # 14 Inadequate, 10 Requires improvement); "reviewed" says the same
    ("Annual report, March 2025\n\nIn 2024-25, of the 24 probation units reviewed, 14 were rated inadequate and 10 "
     "requires improvement.", "supported"),
    ("Annual report, March 2025\n\nIn 2024-25, of the 25 PDUs inspected, 14 were rated inadequate.",
     "contradicted"),
    ("Annual report, March 2025\n\nIn 2024-25, of the 24 probation units reviewed in the year to February 2025, "
     "14 were rated inadequate.", "supported"),
    ("Annual report, March 2025\n\nIn 2024-25, of the 26 probation units reviewed in the year to February 2025, "
     "14 were rated inadequate.", "contradicted"),
    # a rating bounded from one side across quotes: "'requires improvement' or worse", "below 'good'", "worse than
    # 'good'" (CRC 2018-19: 1 Good, 19 Requires improvement, 1 Inadequate; hampshire-iow-crc the Good one)
    ("x\n\nIn 2018-19 every CRC bar one was rated 'requires improvement' or worse.", "supported"),
    ("x\n\nIn 2018-19 every CRC bar two was rated 'requires improvement' or worse.", "contradicted"),
    ("x\n\nIn 2018-19 all CRCs apart from Hampshire and Isle of Wight were rated below 'good'.", "supported"),
    ("x\n\nHampshire and Isle of Wight CRC was rated below 'good' in 2018-19.", "contradicted"),
    ("x\n\nIn 2018-19 20 CRCs were rated worse than 'good'.", "supported"),
    ("x\n\nIn 2018-19 21 CRCs were rated worse than 'good'.", "contradicted"),
    # a month beside a sector figure picks the figure published for that month where the round's own do not
    # settle it (sector_figures.csv 2018-19: people_under_supervision '>250000' and '258,157'; the dated
    # people_under_supervision_mar_2019 '255,264')
    ("x\n\nIn March 2019, 255,264 people were under probation supervision.", "supported"),
    ("x\n\nIn March 2019, 265,264 people were under probation supervision.", "contradicted"),
    # "the first inspection since unification": the data hold every PDU inspection before 2022-23 (rounds.csv:
    # 2021-22, two, Swansea Neath Port Talbot's and Gwent's; HMIP's 17 PDU reports of 2022 are the 17 in the data)
    ("Sheffield PDU report, March 2023\n\nIt is the first inspection of Sheffield PDU since probation services were "
     "unified in 2021.", "supported"),
    ("Gwent PDU report\nPublished: 10 February 2022\n\nIt is the first inspection of Gwent PDU since probation "
     "services were unified in 2021.", "supported"),
    ("Gwent PDU report\nPublished: 10 February 2022\n\nIt is the second inspection of Gwent PDU since probation "
     "services were unified in 2021.", "contradicted"),
    # a season dates an inspection (west-yorkshire-crc: fieldwork 2018-07 and 2019-10-28); a month next to the
    # season is its loose edge
    ("West Yorkshire CRC report, March 2020\n\nInspectors visited the CRC in the autumn of 2019.", "supported"),
    ("West Yorkshire CRC report, March 2020\n\nInspectors visited the CRC in the summer of 2019.", "contradicted"),
    ("West Yorkshire CRC report, March 2020\n\nThe inspection of the CRC took place in the spring.",
     "contradicted"),
    # "S of P was rated R": the standard's rating (north-east-region 2025-26: Requires improvement overall, its
    # leadership not in the data; hampshire-iow-crc 2018-19: planning Good, reviewing Inadequate)
    ("x\n\nLeadership of the North East region was rated 'requires improvement'.", "unverifiable"),
    ("x\n\nThe reviewing of Hampshire and Isle of Wight CRC was rated 'good'.", "contradicted"),
    ("x\n\nThe planning of Hampshire and Isle of Wight CRC was rated 'good'.", "supported"),
    # "the services of X": the services standard or X's work as a whole (bradford-calderdale-pdu 2024-25: services
    # Requires improvement, overall Inadequate): the readings differ
    ("x\n\nIn 2024-25, the services of Bradford and Calderdale PDU was rated Requires improvement.", "unverifiable"),
    # a spaced hyphen sets off an aside as a dash does (kss-crc 2018-19: Seetec, Requires improvement)
    ("x\n\nIn a report published on Thursday, Kent, Surrey and Sussex CRC - run by Seetec - was rated 'requires "
     "improvement'.", "supported"),
    ("x\n\nIn a report published on Thursday, Kent, Surrey and Sussex CRC - run by Seetec - was rated 'good'.",
     "contradicted"),
    # "the rest R": all but those counted before (NPS 2018-19: 5 Good, 2 Requires improvement; CRC: 19 Requires
    # improvement, 1 Good, 1 Inadequate; wwm-crc: 3 of 10 standards Good, 7 Requires improvement)
    ("x\n\nIn 2018-19 five NPS divisions were rated 'good' and the rest 'requires improvement'.", "supported"),
    ("x\n\nIn 2018-19 five NPS divisions were rated 'good' and the rest 'inadequate'.", "contradicted"),
    ("x\n\nIn 2018-19 19 CRCs were rated 'requires improvement'; the rest were rated 'good'.", "contradicted"),
    ("Warwickshire and West Mercia CRC inspection\n\nThree of its ten standards were rated 'good', the rest "
     "'requires improvement'.", "supported"),
    # ... but "the service in the west of the county" is another unit still
    ("Report on Wigan PDU\n\nThe service in the west of the county was rated 'good'.", "unverifiable"),
    # "..., four of them Good": a count of those the count before counted (rounds.csv 2019-20: 10 rated, 4 Good;
    # 2018-19: 21 CRCs, 1 Good)
    ("x\n\nIn 2019-20 HMIP rated ten services, four of them 'good'.", "supported"),
    ("x\n\nIn 2019-20 HMIP rated ten services, five of them 'good'.", "contradicted"),
    ("x\n\nIn 2018-19 HMIP inspected 21 CRCs, two of them rated 'good'.", "contradicted"),
    # "the only NPS division inspected was rated R" (rounds.csv 2019-20: one NPS division inspected and rated,
    # Good; 2018-19: seven)
    ("x\n\nIn 2019-20 the only NPS division inspected was rated 'good'.", "supported"),
    ("x\n\nIn 2019-20 the only NPS division inspected was rated 'requires improvement'.", "contradicted"),
    ("x\n\nIn 2018-19 the only NPS division inspected was rated 'good'.", "contradicted"),
    # two units' overall ratings compared (2018-19: nps-wales Good, wales-crc Requires improvement, nps-london
    # Requires improvement, essex-crc Requires improvement); "outperformed" stays refused
    ("x\n\nIn 2018-19 NPS Wales was rated higher than Wales CRC.", "supported"),
    ("x\n\nIn 2018-19 Wales CRC was rated higher than NPS Wales.", "contradicted"),
    ("x\n\nIn 2018-19 Wales CRC received a lower rating than NPS Wales.", "supported"),
    ("x\n\nIn 2018-19 NPS London was rated higher than Essex CRC.", "contradicted"),
    ("x\n\nIn 2018-19 NPS Wales outperformed Wales CRC.", "unverifiable"),
    # "X was the highest-rated CRC": its rating the top of its population's, alone (2018-19: hampshire-iow-crc the
    # one Good CRC, ddc-crc the one Inadequate; five NPS divisions Good, so none is the highest alone; 2019-20 holds
    # 7 of 9 CRCs)
    ("x\n\nIn 2018-19 Hampshire and Isle of Wight CRC was the highest-rated CRC.", "supported"),
    ("x\n\nIn 2018-19 Essex CRC was the highest-rated CRC.", "contradicted"),
    ("x\n\nIn 2018-19 Dorset, Devon and Cornwall CRC was the lowest-rated CRC.", "supported"),
    ("x\n\nIn 2018-19 NPS Wales was the highest-rated NPS division.", "unverifiable"),
    ("x\n\nIn 2019-20 Durham Tees Valley CRC was the highest-rated CRC.", "unverifiable"),
    # a year alone dates a named unit's inspection, not reports in general (it was read as the text's subject's:
    # lambeth-pdu's report of 2022-10-18, "partly checked")
    ("Lambeth PDU report\n\nOf the 17 PDU reports we published in 2022, 10 gave a rating of 'Inadequate'.",
     "unverifiable"),
    # a standard's noun after a unit's possessive is the standard ("Services", which wigan-pdu's row of 2022-23
    # does not hold) or the overall rating (Requires improvement): the readings differ; after a place's
    # possessive it is another unit's, not read
    ("Wigan PDU report\n\nThe PDU's services were rated as requiring improvement.", "unverifiable"),
    ("Wigan PDU report\n\nLondon's services were rated Good.", "unverifiable"),
    # "for the first time" says something of earlier inspections, but cannot turn the rating round: kss-crc was
    # Requires improvement in 2018-19, its one inspection in the data
    ("Kent, Surrey and Sussex CRC report\n\nIt has been rated 'outstanding' for the first time.", "contradicted"),
    ("Kent, Surrey and Sussex CRC report\n\nIt has been rated 'requires improvement' for the first time.",
     "partly checked"),
    # counts in other words (2018-19: 5 of 7 NPS divisions Good, 1 of 21 CRCs Good): "given an overall rating of",
    # the total after the population or after the rating, "gave ... ratings to", "had been rated" in a sentence
    # whose round is written (the narrative's past, not an earlier rating)
    ("x\n\nDuring 2018-19, five NPS divisions were given an overall rating of 'good'.", "supported"),
    ("x\n\nDuring 2018-19, four NPS divisions were given an overall rating of 'good'.", "contradicted"),
    ("x\n\nIn 2018-19, one CRC out of 21 was rated 'good'.", "supported"),
    ("x\n\nIn 2018-19, two CRCs out of 21 were rated 'good'.", "contradicted"),
    ("x\n\nFive NPS divisions were rated 'good' out of seven inspected in 2018-19.", "supported"),
    ("x\n\nFive NPS divisions were rated 'good' out of eight inspected in 2018-19.", "contradicted"),
    ("x\n\nIn 2018-19, the inspectorate gave 'good' ratings to five NPS divisions.", "supported"),
    ("x\n\nIn 2018-19, the inspectorate gave 'good' ratings to six NPS divisions.", "contradicted"),
    ("x\n\nBy the end of 2018-19, one CRC had been rated 'good'.", "supported"),
    ("x\n\nBy the end of 2018-19, two CRCs had been rated 'good'.", "contradicted"),
    ("x\n\nThe number of PDUs rated inadequate in 2022-23 was 15.", "supported"),
    ("x\n\nThe number of PDUs rated inadequate in 2022-23 was 16.", "contradicted"),
    # a rating fronted before its unit, and the text's own "local probation services" (kss-crc Requires
    # improvement in 2018-19, wigan-pdu Requires improvement in 2022-23); "last week" dates the report, not an
    # earlier inspection; "the same grade as many others" compares units, not times
    ("Kent, Surrey and Sussex CRC report\n\nRated 'requires improvement', the CRC must now act.", "supported"),
    ("Kent, Surrey and Sussex CRC report\n\nRated 'good', the CRC must now act.", "contradicted"),
    ("Kent, Surrey and Sussex CRC report\n\nWith an 'inadequate' rating, the CRC faces scrutiny.", "contradicted"),
    ("Kent, Surrey and Sussex CRC report\n\nThe CRC was last week rated 'requires improvement'.", "supported"),
    ("Kent, Surrey and Sussex CRC report\n\nThe CRC was last week rated 'good'.", "contradicted"),
    ("Kent, Surrey and Sussex CRC report\n\nInspectors rated the CRC as 'good' - the same grade given to many "
     "others.", "contradicted"),
    ("Wigan PDU report\n\nLocal probation services were rated as requiring improvement.", "supported"),
    ("Wigan PDU report\n\nProbation services here were rated as inadequate.", "contradicted"),
    # an owner's portfolio said without a noun or with the owner before the noun: Sodexo ran six CRCs at their
    # 2018-19 inspections (south-yorkshire-crc among them), and no change of owner is named for any of them: another
    # count is contradicted, and so is a CRC Sodexo never ran (merseyside-crc, Purple Futures's)
    ("South Yorkshire CRC report\n\nThe CRC is one of six run by Sodexo.", "supported"),
    ("South Yorkshire CRC report\n\nThe CRC is one of seven run by Sodexo.", "contradicted"),
    ("Report\n\nMerseyside CRC was one of six CRCs run by Sodexo in 2018-19.", "contradicted"),
    ("Report\n\nSouth Yorkshire CRC was one of six CRCs run by Sodexo in 2018-19.", "supported"),
    ("South Yorkshire CRC report\n\nThe CRC is one of six Sodexo CRCs.", "supported"),
    ("South Yorkshire CRC report\n\nIt is run by Sodexo, which owns six CRCs.", "supported"),
    # a count of the unit's standards fronted, or after "ratings for": wwm-crc had three standards Good and seven
    # Requires improvement in 2018-19 (overall Requires improvement, which the fronted count must not be read as)
    ("Warwickshire and West Mercia CRC inspected\n\nIn three of the ten standards, the CRC was rated 'good'.",
     "supported"),
    ("Warwickshire and West Mercia CRC inspected\n\nIn eight of the ten standards, the CRC was rated 'requires "
     "improvement'.", "contradicted"),
    ("Warwickshire and West Mercia CRC inspected\n\nThe CRC was given 'good' ratings for three standards.",
     "supported"),
    ("Warwickshire and West Mercia CRC inspected\n\nThe CRC was given 'good' ratings for four standards.",
     "contradicted"),
    # a standard opening the sentence in longer words than "On X," is what the rating after it is on: nps-wales
    # 2018-19 reviewing Outstanding, staffing Requires improvement, overall Good (the overall reading made both
    # the opposite verdict); a rating named for a standard with no unit is the text's unit's; a standard further
    # after a rating may be what it is of: not read
    ("NPS Wales inspected\n\nWhen it came to reviewing, the division was rated 'outstanding'.", "supported"),
    ("NPS Wales inspected\n\nWhen it came to reviewing, the division was rated 'good'.", "contradicted"),
    ("NPS Wales inspected\n\nIn terms of staffing, it was rated 'good'.", "contradicted"),
    ("NPS Wales inspected\n\nIn terms of staffing, it was rated 'requires improvement'.", "supported"),
    ("NPS Wales inspected\n\nAn 'outstanding' rating was given for reviewing.", "supported"),
    ("NPS Wales inspected\n\nThe 'good' rating for reviewing reflected the work of staff.", "contradicted"),
    ("NPS Wales inspected\n\nThe division was rated 'good' in the area of staffing.", "unverifiable"),
    ("NPS Wales inspected\n\nThe division was given an overall rating of 'good' despite the pressure on its "
     "staffing.", "supported"),
    # which of its inspections a text reports, in other words: wigan-pdu has one inspection in the data
    # (2022-23), a round the data hold in full, so it is the first
    ("Wigan PDU report\n\nIt was the first time the PDU had been inspected.", "supported"),
    ("Wigan PDU report\n\nThe inspection was the first since unification in 2021.", "supported"),
    ("Wigan PDU report\n\nIt was the second time the PDU had been inspected.", "contradicted"),
    # an owner's possessive before a unit noun ("Working Links' community rehabilitation company") names who ran
    # the text's unit, and is the text's unit only if the data have that owner running it (ddc-crc: Working
    # Links, Inadequate in 2018-19); an owner far before "runs X" still names X's
    ("Dorset, Devon and Cornwall CRC report\n\nCases are handled by Working Links' community rehabilitation "
     "company.", "supported"),
    ("Dorset, Devon and Cornwall CRC report\n\nCases are handled by Sodexo's community rehabilitation company.",
     "no row"),
    ("Dorset, Devon and Cornwall CRC report\n\nSodexo's CRC was rated Good.", "unverifiable"),
    ("Dorset, Devon and Cornwall CRC report\n\nWorking Links' CRC was rated Inadequate.", "supported"),
    ("Dorset, Devon and Cornwall CRC report\n\nThe Working Links group of private and voluntary businesses "
     "runs Dorset, Devon and Cornwall CRC.", "supported"),
    # two sectors' ratings compared: in 2018-19 5 of 7 NPS divisions and 1 of 21 CRCs were Good (71.4% and 4.8%
    # Good or better; mean 2.71 and 2.00 on Outstanding 4 to Inadequate 1): both readings agree; "more likely to be
    # rated Good than" in its other order; "performed better" may be of anything and stays unread
    ("x\n\nNPS divisions were rated more highly than CRCs in 2018-19.", "supported"),
    ("x\n\nCRCs were rated more highly than NPS divisions in 2018-19.", "contradicted"),
    ("x\n\nCRCs received lower ratings than NPS divisions in 2018-19.", "supported"),
    ("x\n\nNPS divisions were more likely to be rated Good than CRCs in 2018-19.", "supported"),
    ("x\n\nCRCs were more likely to be rated Good than NPS divisions in 2018-19.", "contradicted"),
    ("x\n\nThe NPS performed better than the CRCs in 2018-19.", "unverifiable"),
    # an NPS division named as a report's cover names it: nps-north-west's 2019-20 fieldwork began on 2020-01-20
    ("An inspection of: North West Division, National Probation Service\n\nThe fieldwork for this inspection "
     "began on 20 January 2020.", "supported"),
    ("National Probation Service - North West\n\nThe fieldwork for this inspection began on 20 January 2020.",
     "supported"),
    ("An inspection of: North West Division, National Probation Service\n\nThe fieldwork for this inspection "
     "began on 20 March 2020.", "contradicted"),
    # "the most dangerous offenders" is a superlative, no quantifier whose scope went unread: nps-south-east-eastern's
    # average caseload was 43 in 2018-19
    ("NPS South East and Eastern report\n\nOfficers who look after the most dangerous offenders are juggling 42 "
     "cases each.", "contradicted"),
    ("NPS South East and Eastern report\n\nOfficers who look after the most dangerous offenders are juggling 43 "
     "cases each.", "supported"),
    # a kind of unit, a link and a place that together name one unit: nps-south-east-eastern was Requires
    # improvement in 2018-19 (its one inspection in the data)
    ("Report on the NPS in the South East and Eastern region\n\nIt was rated Requires improvement.", "supported"),
    ("Report on the NPS division for the South East and Eastern region\n\nIt was rated Good.", "contradicted"),
    ("Report on the National Probation Service (NPS) South East and Eastern Division\n\nIt was rated Requires "
     "improvement.", "supported"),
    # a place's possessive or a dash before the place: essex-crc was Requires improvement in 2018-19, nps-north-east
    # Good (the North East region of the Probation Service is a later unit: after "the NPS in" it is the division's
    # place)
    ("Probation watchdog report\n\nEssex's community rehabilitation company has been rated 'requires "
     "improvement'.", "supported"),
    ("Probation watchdog report\n\nEssex's community rehabilitation company has been rated 'good'.", "contradicted"),
    ("Probation watchdog report, 2019\n\nThe NPS in the North East region has been rated 'good'.", "supported"),
    ("Probation watchdog report, 2019\n\nThe NPS in the North East region has been rated 'inadequate'.",
     "contradicted"),
    ("National Probation Service - South East and Eastern\n\nIt has been rated 'requires improvement'.",
     "supported"),
    # CRCs spoken of as history do not make a text about a PDU's place one about the years before 2021 (wigan-pdu:
    # Requires improvement in 2022-23); spoken of in the present, they do
    ("Probation services in Wigan judged to require improvement\n\nThe CRCs were abolished when probation was "
     "unified. An inspection has found probation services in Wigan require improvement.", "supported"),
    ("Probation services in Wigan judged to require improvement\n\nThe local CRC covers the town. An inspection "
     "has found probation services in Wigan require improvement.", "unverifiable"),
    # "verdict" as a rating noun, and a place's "probation" in a heading (wigan-pdu: Requires improvement)
    ("NPS Wales inspected\n\nThe division received an 'Inadequate' verdict.", "contradicted"),
    ("NPS Wales inspected\n\nThe division received a 'Good' verdict.", "supported"),
    # "the Working Links-owned CRC" is the text's unit if Working Links ran it (ddc-crc: yes, Inadequate in
    # 2018-19), "the Sodexo-owned CRC" not; "the CRC in question" is the text's unit, not one in a place
    ("Dorset, Devon and Cornwall CRC report\n\nThe Working Links-owned CRC was rated Inadequate.", "supported"),
    ("Dorset, Devon and Cornwall CRC report\n\nThe Sodexo-owned CRC was rated Good.", "unverifiable"),
    ("Dorset, Devon and Cornwall CRC report\n\nThe CRC in question was rated Good.", "contradicted"),
    ("Wigan PDU report\n\nIt was the first full inspection of the PDU.", "supported"),
    ("Wigan PDU report\n\nThis inspection was the PDU's first.", "supported"),
    ("Wigan PDU report\n\nIt was the second inspection of the PDU.", "contradicted"),
    ("Wigan PDU report\n\nIt was the first inspection of a PDU in the region.", "no row"),
    # "that rating" is the one rating the sentence before named (2018-19: 1 of 21 CRCs Good); with two ratings
    # before, which one is not said
    ("x\n\nFive of the seven NPS divisions were rated Good in 2018-19.\n\nOnly one of the 21 CRCs got that rating.",
     "supported"),
    ("x\n\nFive of the seven NPS divisions were rated Good in 2018-19.\n\nOnly two of the 21 CRCs got that rating.",
     "contradicted"),
    ("x\n\nIn 2018-19 five NPS divisions were rated Good and two Requires improvement.\n\nOnly one of the 21 CRCs "
     "got that rating.", "unverifiable"),
    ("Essex CRC report\n\nThe CRC area was rated Requires improvement.", "supported"),
    ("Essex CRC report\n\nThe CRC area was rated Good.", "contradicted"),
    # "N in M" is a share as "N out of M" is, and a share of M other than the population's size is no count
    # (2018-19: 19 of 21 CRCs Requires improvement, 90.5%; 5 of 7 NPS divisions Good, 71.4%; 2 of 7 Requires
    # improvement, 28.6%; "two in three" rounds to [50, 83.3) per cent)
    ("x\n\nNine in ten CRCs were rated Requires improvement in 2018-19.", "supported"),
    ("x\n\nIn 2018-19 two in three NPS divisions were rated Requires improvement.", "contradicted"),
    ("x\n\nIn 2018-19 seven in ten NPS divisions were rated Good.", "supported"),
    ("x\n\nSeven out of ten NPS divisions were rated Good in 2018-19.", "supported"),
    ("x\n\nIn 2018-19 nine in ten NPS divisions were rated Good.", "contradicted"),
    # units named as members of a count are rated as the count says, each a part of its own (2018-19: five NPS
    # divisions Good, Wales and Midlands among them, London Requires improvement; 2022-23: 15 PDUs Inadequate,
    # Lambeth among them, Somerset and Wigan Requires improvement): the count alone made the false ones supported
    ("Report\n\nNPS Wales - one of five NPS divisions rated Good in 2018-19 - covers the whole of Wales.",
     "supported"),
    ("Report\n\nNPS Wales - one of two NPS divisions rated Requires improvement in 2018-19 - covers Wales.",
     "contradicted"),
    ("Report\n\nNPS Wales and NPS Midlands were two of the five NPS divisions rated Good in 2018-19.",
     "supported"),
    ("Report\n\nLambeth PDU was among the 15 PDUs rated Inadequate in 2022-23.", "supported"),
    ("Report\n\nSomerset PDU was among the 15 PDUs rated Inadequate in 2022-23.", "contradicted"),
    ("Report\n\nWigan PDU was part of the group of 15 PDUs rated Inadequate in 2022-23.", "contradicted"),
    ("Report\n\nEssex CRC joined five NPS divisions in being rated Good in 2018-19.", "contradicted"),
    ("Report\n\nNPS London was among the six services rated Good in 2018-19.", "contradicted"),
    # what a sentence does not assert is not judged (essex-crc: Requires improvement in 2018-19; nps-wales Good):
    # another's claim called false, a denial, a yes-or-no question, a wish, a risk, a condition; both the true and
    # the false sentence came out the opposite way when the frame was passed over. A report's finding is asserted,
    # and so is what a "why" question presupposes
    ("Report\n\nIt is wrong to say that Essex CRC was rated Good.", "unverifiable"),
    ("Report\n\nIt is wrong to say that Essex CRC was rated Requires improvement.", "unverifiable"),
    ("Report\n\nClaims that NPS Wales was rated Inadequate are false.", "unverifiable"),
    ("Report\n\nThe CRC's owner denied that Essex CRC was Inadequate.", "unverifiable"),
    ("Report\n\nWas Essex CRC rated Good in 2018-19?", "unverifiable"),
    ("Report\n\nLeaders hope Essex CRC will be rated Good.", "unverifiable"),
    ("Report\n\nEssex CRC risks being rated Inadequate at its next inspection.", "unverifiable"),
    ("Report\n\nIf Essex CRC is rated Good, it will be the second CRC to achieve that.", "unverifiable"),
    ("Report\n\nA damning report has found that Essex CRC was rated Good.", "contradicted"),
    ("Report\n\nSo why was Essex CRC rated Good?", "contradicted"),
    ("Report\n\nNPS Wales, which faces staff shortages, was rated Good.", "supported"),
    # "at least R" is R or better, "at best R" R or worse, quoted or not (2018-19: 5 NPS divisions Good, 2
    # Requires improvement; 20 of 21 CRCs Requires improvement or better, ddc-crc Inadequate)
    ("x\n\nAll seven NPS divisions were rated at least Requires improvement in 2018-19.", "supported"),
    ("x\n\nAll seven NPS divisions were rated at least Good in 2018-19.", "contradicted"),
    ("x\n\nAll 21 CRCs were rated at least 'Requires improvement' in 2018-19.", "contradicted"),
    ("Essex CRC report\n\nEssex CRC was rated at best 'Requires improvement'.", "supported"),
    ("Essex CRC report\n\nEssex CRC was rated no better than Inadequate.", "contradicted"),
    # what opens the sentence before "at X" is what was rated: a standard (bgsw-crc through the gate Good, overall
    # Requires improvement; nps-south-west-south-central assessment Outstanding, overall Good; dtv-crc leadership
    # Outstanding, overall Requires improvement), or something of the unit's that is no standard ("case
    # supervision", four standards; "management"), never its overall rating; the work as a whole is the unit's
    ("Report\n\nResettlement work at Bristol, Gloucestershire, Somerset and Wiltshire CRC was rated Good.",
     "supported"),
    ("Report\n\nAssessment work at NPS South West and South Central was rated Outstanding.", "supported"),
    ("Report\n\nAssessment work at NPS South West and South Central was rated Good.", "contradicted"),
    ("Report\n\nLeaders at Durham Tees Valley CRC were rated Outstanding in 2018-19.", "supported"),
    ("Report\n\nCase supervision at Staffordshire and West Midlands CRC was rated Inadequate in 2019-20.",
     "unverifiable"),
    ("Report\n\nManagement at South Yorkshire CRC was rated Outstanding.", "unverifiable"),
    ("Report\n\nThe quality of work at Essex CRC was rated 'requires improvement'.", "supported"),
    ("Report\n\nDurham Tees Valley CRC was not rated Good until 2019-20.", "unverifiable"),
    # a lower-case rating word as an adjective after "has" is no rating (nps-wales: staffing Requires improvement)
    ("Report\n\nNPS Wales has inadequate staffing levels, inspectors said.", "unverifiable"),
    ("Report\n\nEssex CRC still has outstanding issues with its IT systems.", "unverifiable"),
    # an exception of several named units: 2018-19 CRCs, all but hampshire-iow-crc (Good) and ddc-crc
    # (Inadequate) Requires improvement; NPS divisions, all but London and South East and Eastern Good
    ("x\n\nOther than Hampshire and Isle of Wight CRC and Dorset, Devon and Cornwall CRC, every CRC was rated "
     "Requires improvement in 2018-19.", "supported"),
    ("x\n\nOther than Hampshire and Isle of Wight CRC and Essex CRC, every CRC was rated Requires improvement in "
     "2018-19.", "contradicted"),
    ("x\n\nEvery NPS division except NPS London and NPS South East and Eastern was rated Good in 2018-19.",
     "supported"),
    ("x\n\nEvery NPS division except NPS London and NPS Wales was rated Good in 2018-19.", "contradicted"),
    ("x\n\nOther than NPS London and NPS South East and Eastern, no NPS division was rated Requires improvement "
     "in 2018-19.", "supported"),
    ("x\n\nOther than NPS London and NPS Wales, no NPS division was rated Requires improvement in 2018-19.",
     "contradicted"),
    # a count with its rating before the noun (2022-23: 15 of 31 PDUs Inadequate)
    ("x\n\nRated Inadequate in 2022-23 were 15 PDUs.", "supported"),
    ("x\n\nRated Inadequate in 2022-23 were 14 PDUs.", "contradicted"),
    ("x\n\nHMIP found 15 Inadequate PDUs in 2022-23.", "supported"),
    ("x\n\nHMIP found 16 Inadequate PDUs in 2022-23.", "contradicted"),
    # "Among those rated R was X"; "Rather than R1, X was rated R2" (X had R2 and not R1)
    ("Report\n\nAmong the PDUs rated Inadequate in 2022-23 were Lambeth PDU and Newham PDU.", "contradicted"),
    ("Report\n\nFar from being Good, Essex CRC was rated Requires improvement.", "supported"),
    ("Report\n\nRather than Requires improvement, Essex CRC was rated Good.", "contradicted"),
    # "again", "remains", "once more" say the inspection before had the rating too (swansea-neath-port-talbot-pdu:
    # Inadequate in 2021-22, Requires improvement in 2025-26; sheffield-pdu Inadequate twice; north-north-east-
    # lincolnshire-pdu Requires improvement, then Inadequate); "still" may mean that or "nevertheless" (after
    # "despite" or "though" only the second): a unit whose rating changed is then undecided, never supported
    ("Report\n\nSwansea Neath Port Talbot PDU was rated Requires improvement again in 2025-26.", "contradicted"),
    ("Report\n\nSheffield PDU was rated Inadequate again in 2024-25.", "supported"),
    ("Report\n\nNorth and North East Lincolnshire PDU remains Inadequate.", "contradicted"),
    ("Report\n\nNorthamptonshire PDU is still rated Inadequate.", "partly checked"),
    ("Report\n\nNorthumbria CRC is still rated Requires improvement.", "supported"),
    ("Durham Tees Valley CRC report\n\nDespite these strengths, inspectors still rated the CRC 'Requires "
     "improvement'.", "unverifiable"),  # dtv-crc: Requires improvement in 2018-19, Good in 2019-20; no round said
    ("Durham Tees Valley CRC report\n\nDespite these strengths, in 2018-19 inspectors still rated the CRC "
     "'Requires improvement'.", "supported"),
    # negation in other words ("nowhere near", "a long way from"): gateshead-south-tyneside-pdu Good in 2022-23,
    # bradford-calderdale-pdu Inadequate in 2024-25
    ("Report\n\nBradford and Calderdale PDU was a long way from Good in 2024-25.", "supported"),
    ("Report\n\nGateshead and South Tyneside PDU was a long way from Good in 2022-23.", "contradicted"),
    ("Report\n\nGateshead and South Tyneside PDU was nowhere near a Good rating in 2022-23.", "contradicted"),
    # two populations joined by "and" are every unit of both (2024-25: 24 PDUs and 3 regions, 27 inspections)
    ("x\n\nThe inspectorate carried out 27 inspections of regions and PDUs in 2024-25.", "supported"),
    ("x\n\nThe inspectorate carried out 25 inspections of regions and PDUs in 2024-25.", "contradicted"),
    # a count with a rating of a part of a population is not supported by the whole's count: in 2022-23 one PDU
    # of 31 was Good (Gateshead and South Tyneside, in the North East), none of those in Yorkshire
    ("x\n\nOne of the PDUs in Yorkshire inspected in 2022-23 was rated Good.", "unverifiable"),
    # hedged or reported claims, a worth ("deserved") and a forecast ("heading for"), and a heading's question,
    # are not asserted: never judged (essex-crc Requires improvement in 2018-19)
    ("Report\n\nEssex CRC was reportedly rated Good in 2018-19.", "unverifiable"),
    ("Report\n\nEssex CRC is said to have been rated Good.", "unverifiable"),
    ("Report\n\nThe union claimed that Essex CRC was rated Good.", "unverifiable"),
    ("Report\n\nManagers insisted that Essex CRC deserved a Good rating.", "unverifiable"),
    ("Report\n\nEssex CRC appears to be heading for a rating of Good at its next inspection.", "unverifiable"),
    ("Report\n\nEssex CRC: Good again?", "unverifiable"),
    ("Report\n\nAccording to inspectors, Essex CRC requires improvement.", "supported"),
    # a report "released", "issued" or "out" in a month is its publication (newham-pdu's: 2022-11-23); a superlative
    # beside a figure is a claim of its own (lambeth-pdu scored 3 of 27 points in 2022-23; Hammersmith ... 0)
    ("Report\n\nThe report on Newham PDU, released in July 2022, rated it Requires improvement.", "contradicted"),
    ("Report\n\nThe report on Newham PDU, released in November 2022, rated it Requires improvement.", "supported"),
    ("Report\n\nLambeth PDU had the lowest score of the PDUs inspected in 2022-23, with 3 points.",
     "partly checked"),
    # every unit of a list is rated, and "A, like B" / "A, unlike B" rate both (2024-25: leeds-pdu Inadequate,
    # wakefield-pdu Requires improvement; the rating was pinned on the unit in the aside alone)
    ("Report 2025\n\nWakefield and Leeds were among the PDUs rated Inadequate in 2024-25.", "contradicted"),
    ("Report 2025\n\nWakefield PDU, like Leeds PDU, was rated Inadequate in 2024-25.", "contradicted"),
    ("Report 2025\n\nWakefield PDU, unlike Leeds PDU, was rated Requires improvement in 2024-25.", "supported"),
    # "Unlike X, it was rated R": "it" is the text's unit (leeds-pdu Inadequate in 2024-25), X the other
    ("Leeds PDU report 2025\n\nUnlike Wakefield PDU, it was rated Inadequate.", "supported"),
    ("Leeds PDU report 2025\n\nUnlike Wakefield PDU, it was rated Requires improvement.", "contradicted"),
    # "at both its inspections", "twice": the rating at every inspection of the unit (sheffield-pdu Inadequate in
    # 2022-23 and 2024-25; essex-north-pdu Inadequate, then Requires improvement; lambeth-pdu one inspection)
    ("Report\n\nSheffield PDU has been rated Inadequate in both of its inspections.", "supported"),
    ("Report\n\nEssex North PDU has been rated Inadequate in both of its inspections.", "contradicted"),
    ("Report\n\nSheffield PDU has been rated Requires improvement twice.", "contradicted"),
    ("Report\n\nLambeth PDU has been rated Inadequate twice.", "unverifiable"),
    # "rated N of the M CRCs it inspected in Y R": the rating after the relative clause is the count's (2018-19:
    # 19 of 21 CRCs Requires improvement); it was read as how many were rated at all
    ("x\n\nHMIP rated 19 of the 21 CRCs it inspected in 2018-19 Requires improvement.", "supported"),
    ("x\n\nHMIP rated 21 of the 21 CRCs it inspected in 2018-19 Requires improvement.", "contradicted"),
    # "just over X" keeps its wording: above X and not far above (19 of 21 CRCs, 90.5%, Requires improvement)
    ("x\n\nJust over 60 per cent of CRCs were rated Requires improvement in 2018-19.", "contradicted"),
    ("x\n\nJust over 90 per cent of CRCs were rated Requires improvement in 2018-19.", "supported"),
    # "the rest" after two counts is all but both (2018-19 CRCs: 1 Good, 1 Inadequate, 19 Requires improvement);
    # a count by "any standard" is not of the overall rating (durham tees valley and south yorkshire CRCs were
    # Outstanding for leadership in 2018-19; no CRC overall)
    ("x\n\nOne CRC was rated Good and one Inadequate in 2018-19; the rest were rated Requires improvement.",
     "supported"),
    ("x\n\nOne CRC was rated Good and one Inadequate in 2018-19; the rest were rated Good.", "contradicted"),
    ("x\n\nNo CRC was rated Outstanding for any standard in 2018-19.", "unverifiable"),
    # a condition only in the part's own clause: "Even if staff were stretched, X was rated R" asserts the rating
    ("Report\n\nEven if staff were stretched, Essex CRC was rated Good.", "contradicted"),
    # "a minority of": some, and fewer than half (2018-19: 1 of 21 CRCs Good, 19 Requires improvement; 2 of 7
    # NPS divisions Requires improvement, none Inadequate)
    ("x\n\nA minority of the CRCs inspected in 2018-19 were rated Good.", "supported"),
    ("x\n\nA minority of the CRCs inspected in 2018-19 were rated Requires improvement.", "contradicted"),
    ("x\n\nA minority of NPS divisions were rated Inadequate in 2018-19.", "contradicted"),
    # small plural quantifiers (2018-19: CRCs 1 Good, 19 Requires improvement, 1 Inadequate of 21; NPS 5 Good and 2
    # Requires improvement of 7): "some" two or more, "several" three or more, "a few" two to five; none denies all
    ("x\n\nSome NPS divisions were rated Good in 2018-19.", "supported"),
    ("x\n\nSome CRCs were rated Outstanding in 2018-19.", "contradicted"),
    ("x\n\nSome of the CRCs were rated Good in 2018-19.", "unverifiable"),
    ("x\n\nSeveral CRCs were rated Requires improvement in 2018-19.", "supported"),
    ("x\n\nSeveral CRCs were rated Inadequate in 2018-19.", "contradicted"),
    ("x\n\nA few NPS divisions were rated Requires improvement in 2018-19.", "supported"),
    ("x\n\nA handful of NPS divisions were rated Inadequate in 2018-19.", "contradicted"),
    ("x\n\nA few CRCs were rated Requires improvement in 2018-19.", "contradicted"),
    # "a handful" of a population is fewer than half of it: five of the seven divisions is most of them
    ("x\n\nOnly a handful of the NPS divisions inspected in 2018-19 were rated Good.", "contradicted"),
    ("x\n\nIn 2018-19 the work of some staff was rated Good by managers.", "unverifiable"),
    # a plural with no count: some of them or all of them, a verdict only where both agree (London's six PDUs of
    # 2022-23: four Inadequate, two Requires improvement)
    ("x\n\nIn 2018-19 NPS divisions were rated Good or Requires improvement.", "supported"),
    ("x\n\nIn 2018-19 NPS divisions were rated Inadequate.", "contradicted"),
    ("x\n\nIn 2018-19 CRCs were rated Inadequate.", "unverifiable"),
    ("London report, November 2022\n\nPDUs in London have been rated Inadequate.", "unverifiable"),
    ("London report\n\nIn 2022-23 probation services in parts of London were rated Inadequate.", "supported"),
    ("London report\n\nIn 2022-23 probation services in parts of London were rated Good.", "contradicted"),
    # PDUs were first inspected in 2021-22: a count of PDUs in a text that implies an earlier round speaks of theirs
    ("London report\n\nSince June 2021 there has been one service.\n\nProbation services in parts of London have "
     "been rated Inadequate.", "supported"),
    # "an assessment" is no standard: the rating is overall
    ("London report, November 2022\n\nLambeth PDU has been rated Inadequate in an assessment published today.",
     "supported"),
    # ... but "found that assessment was good" is the standard (Hampshire and Isle of Wight CRC: assessment Good)
    ("Hampshire and Isle of Wight CRC report\n\nIn 2018-19 the Chief Inspector said that assessment was good.",
     "supported"),
    ("Hampshire and Isle of Wight CRC report\n\nIn 2018-19 the Chief Inspector said that assessment was inadequate.",
     "contradicted"),
    # a place named by a relative clause; a rating settled "after being rated", whatever is wished before it; a
    # wish with an aside between its verb and the rating (Lambeth PDU: Inadequate in 2022-23, its only inspection)
    ("Lambeth report\n\nThe probation service that covers Lambeth was rated Inadequate.", "supported"),
    ("Lambeth report\n\nThe service which covers Lambeth was rated Good.", "contradicted"),
    ("Lambeth report\n\nLambeth PDU must improve after being rated Inadequate.", "supported"),
    ("Lambeth report\n\nLambeth PDU must improve after being rated Requires improvement.", "contradicted"),
    ("Lambeth report\n\nLambeth PDU hopes, after the changes, to be rated Good.", "unverifiable"),
    ("Lambeth report\n\nLambeth PDU, which hopes to improve, was rated Inadequate.", "supported"),
    # an undated text's lede reports inspections that came out together: North and North East Lincolnshire PDU was
    # rated Requires improvement in 2022-23 (report of March 2023) and Inadequate in 2024-25; Hull and East Riding PDU,
    # inspected once, Requires improvement in the same batch of March 2023
    ("Humber report\n\nInspectors rated Hull and East Riding PDU and North and North East Lincolnshire PDU "
     "Requires improvement.", "supported"),
    ("Humber report\n\nInspectors rated Hull and East Riding PDU and North and North East Lincolnshire PDU "
     "Inadequate.", "contradicted"),
    ("Humber report\n\nInspectors rated North and North East Lincolnshire PDU Requires improvement.", "unverifiable"),
    # a list's line; a rating, then whose verdict it is; "its lowest rating" given to a unit; a negated verb of
    # something else beside a rating (Lambeth PDU: Inadequate)
    ("Lambeth report\n\nLambeth PDU: Inadequate.", "supported"),
    ("Lambeth report\n\nLambeth PDU: Good.", "contradicted"),
    ("Lambeth report\n\nInadequate: that was the verdict on Lambeth PDU.", "supported"),
    ("Lambeth report\n\nGood: that was the verdict on Lambeth PDU.", "contradicted"),
    ("Lambeth report\n\nThe inspectorate gave Lambeth PDU its lowest rating.", "supported"),
    ("Lambeth report\n\nThe inspectorate gave Lambeth PDU its highest rating.", "contradicted"),
    ("Lambeth report\n\nLambeth PDU is failing to keep the public safe and has been rated Inadequate.", "supported"),
    # a summary line; "overall judgement"; a quoted or capitalised rating right before the unit; a PDU's
    # "probation services"; "the lowest of four possible ratings" (Lambeth PDU: Inadequate)
    ("Lambeth report\n\nOverall rating: Inadequate.", "supported"),
    ("Lambeth report\n\nOverall rating - Good", "contradicted"),
    ("Lambeth report\n\nIn the latest inspection of Lambeth PDU, the overall judgement was Inadequate.", "supported"),
    ("Lambeth report\n\nWatchdog slams 'inadequate' Lambeth probation service.", "supported"),
    ("Lambeth report\n\nStaff at the Good Lambeth PDU are leaving.", "contradicted"),
    ("Lambeth report\n\nLambeth's probation services received an overall rating of 'Inadequate'.", "supported"),
    ("Lambeth report\n\nLambeth's probation services were rated Good.", "contradicted"),
    ("Lambeth report\n\nLambeth PDU was rated Inadequate overall, the lowest of four possible ratings.",
     "supported"),
    # "all" denied by one member known to be rated otherwise, however many the data lack (Welsh PDUs of 2025-26 in
    # the data: five Requires improvement and Cardiff and Vale Inadequate; HMIP's total for the region not held);
    # a quantifier floated after the verb; "since its last inspection, when it was rated ..." (Essex North PDU:
    # Inadequate in 2022-23, Requires improvement in 2024-25)
    ("Wales report\n\nAll of the PDUs in Wales inspected in 2025-26 were rated Requires improvement.", "contradicted"),
    ("Wales report\n\nAll Welsh PDUs inspected in 2025-26 were rated Requires improvement or Inadequate.",
     "unverifiable"),
    ("x\n\nIn 2018-19 the NPS divisions were all rated Good or Requires improvement.", "supported"),
    ("x\n\nIn 2018-19 the NPS divisions were all rated Good.", "contradicted"),
    ("x\n\nIn 2018-19 HMIP inspected three NPS divisions in the north.\n\nThe divisions were all rated Good.",
     "unverifiable"),
    ("Essex North report\n\nThe service has improved since its last inspection, when it was rated Inadequate.",
     "supported"),
    ("Essex North report\n\nThe service has improved since its last inspection, when it was rated Good.",
     "contradicted"),
    # "carried out in November" is the fieldwork, not the report's month (Derby City PDU's 2022-23 report came out
    # on 9 February 2023; its fieldwork month is not in the data)
    ("Derby City PDU report\n\nIn 2022-23 our inspection of Derby City PDU was carried out in November 2022.",
     "unverifiable"),
    ("Derby City PDU report\n\nIn 2022-23 the report on Derby City PDU came out in February 2023.", "supported"),
    ("Derby City PDU report\n\nIn 2022-23 the report on Derby City PDU, out in March 2023, judged it Requires "
     "improvement.", "contradicted"),
    # "it" opening a sentence is the subject of both its predicates; "standards of case supervision" (Wales CRC:
    # Requires improvement in 2018-19; Hampshire and Isle of Wight CRC: assessment and planning Good,
    # implementation and delivery Requires improvement, reviewing Inadequate)
    ("Wales CRC report\n\nIt manages offenders in Wales and was rated Requires improvement in 2018-19.", "supported"),
    ("Wales CRC report\n\nIt manages offenders in Wales and was rated Inadequate in 2018-19.", "contradicted"),
    ("Hampshire and Isle of Wight CRC report\n\nIn 2018-19 two of the four standards of case supervision were rated "
     "Good.", "supported"),
    ("Hampshire and Isle of Wight CRC report\n\nIn 2018-19 all four standards of case supervision were rated Good.",
     "contradicted"),
    # a negation in a first predicate does not reach the rating of a second ("is failing to protect the public and
    # has been rated ..."): Kent, Surrey and Sussex CRC was rated Requires improvement in 2018-19
    ("KSS CRC report\n\nIn 2018-19 Kent, Surrey and Sussex CRC was failing to protect the public and was rated "
     "'requires improvement'.", "supported"),
    ("KSS CRC report\n\nIn 2018-19 Kent, Surrey and Sussex CRC was failing to protect the public and was rated "
     "'inadequate'.", "contradicted"),
    ("KSS CRC report\n\nIn 2018-19 Kent, Surrey and Sussex CRC was doing well and was not rated Inadequate.",
     "supported"),
    # the CRCs as "private probation firms" (19 of 21 rated Requires improvement in 2018-19)
    ("x\n\nIn 2018-19 most private probation firms were rated Requires improvement.", "supported"),
    ("x\n\nIn 2018-19 most private probation firms were rated Inadequate.", "contradicted"),
    # a date opening the clause before "published" (Derby City PDU's 2022-23 report: 9 February 2023)
    ("Derby City PDU report\n\nOn 9 February 2023 HM Inspectorate of Probation published its report on Derby City "
     "PDU.", "supported"),
    ("Derby City PDU report\n\nYesterday (9 February 2023) the inspectorate published its inspection of Derby City "
     "PDU.", "supported"),
    ("Derby City PDU report\n\nIn 2022-23, on 9 March 2023, the inspectorate published its report on Derby City PDU.",
     "contradicted"),
    # "One, X, ...": a unit named, no count (Lambeth PDU: 3 of 27 points in 2022-23)
    ("London report\n\nOne, Lambeth PDU, scored three of the 27 points available.", "supported"),
    ("London report\n\nOne, Lambeth PDU, scored none of the 27 points available.", "contradicted"),
    # a year after the unit the inspection words name, and "our last inspection in 2018" (West Yorkshire CRC:
    # fieldwork July 2018, and October 2019 for 2019-20)
    ("West Yorkshire CRC report\n\nInspectors visited West Yorkshire CRC in 2018.", "supported"),
    ("West Yorkshire CRC report\n\nInspectors visited West Yorkshire CRC in 2016.", "unverifiable"),
    ("West Yorkshire CRC report\n\nAt our last inspection in 2018 we found problems.", "supported"),
    ("West Yorkshire CRC report\n\nInspectors visited West Yorkshire CRC in March 2018.", "contradicted"),
    # a region with its article after its PDUs (North East PDUs in 2022-23: Gateshead and South Tyneside, Redcar,
    # Cleveland and Middlesbrough, the round's total in the data)
    ("x\n\nIn 2022-23 two PDUs in the North East were inspected.", "supported"),
    ("x\n\nIn 2022-23 four PDUs in the North East were inspected.", "contradicted"),
    # a PDU's area with its compass word first (Manchester North PDU: Requires improvement in 2022-23)
    ("Manchester report, 2023\n\nInspectors have rated probation services in North Manchester requires "
     "improvement.", "supported"),
    ("Manchester report, 2023\n\nNorth Manchester PDU was rated Inadequate.", "contradicted"),
    # a region's name inside a longer place names no region (the North East region: Requires improvement in 2025-26)
    ("x\n\nIn 2025-26 probation services in North East Lincolnshire were rated Requires improvement.", "unverifiable"),
    ("x\n\nIn 2025-26 probation services in the North East were rated Requires improvement.", "supported"),
    # "rated R for" an area of the work no standard in the data names: that area's rating or the overall one
    # (Sheffield PDU: Inadequate overall in 2022-23 and 2024-25)
    ("Sheffield report\n\nSheffield PDU was rated Inadequate for its work to protect the public.", "unverifiable"),
    ("Sheffield report\n\nSheffield PDU was rated Good for keeping the public safe.", "unverifiable"),
    ("Sheffield report\n\nSheffield PDU was rated Inadequate for failing to protect the public.", "supported"),
    ("Sheffield report\n\nSheffield PDU was rated Good for failing to protect the public.", "contradicted"),
    # the Chief Inspector a text quotes bounds its date: Dame Glenys Stacey until May 2019, so of an undated text on
    # Durham Tees Valley CRC (Requires improvement in 2018-19, Good in 2019-20) the 2018-19 inspection, and of one
    # quoting Justin Russell (from June 2019) either; "the former Chief Inspector" dates nothing
    ("Durham Tees Valley CRC inspected\n\nDame Glenys Stacey, HM Chief Inspector of Probation, said the CRC was "
     "rated Requires improvement.", "supported"),
    ("Durham Tees Valley CRC inspected\n\nDame Glenys Stacey, HM Chief Inspector of Probation, said the CRC was "
     "rated Good.", "contradicted"),
    ("Durham Tees Valley CRC inspected\n\nThe former Chief Inspector, Dame Glenys Stacey, said the CRC was rated "
     "Good.", "unverifiable"),
    # the interim Chief Inspector, Sue McAllister (October 2023 to February 2024): of Essex North PDU (Inadequate in
    # 2022-23, Requires improvement in a report of August 2024) the 2022-23 inspection
    ("Essex North report\n\nInterim Chief Inspector Sue McAllister said Essex North PDU was rated Inadequate.",
     "supported"),
    ("Essex North report\n\nInterim Chief Inspector Sue McAllister said Essex North PDU was rated Requires "
     "improvement.", "contradicted"),
    # a change is judged at any inspection but the unit's first, whichever the text's dates keep (Essex North PDU:
    # Inadequate, then Requires improvement; Martin Jones quoted: from March 2024)
    ("Essex North report\n\nChief Inspector Martin Jones said Essex North PDU had improved to Requires improvement.",
     "supported"),
    # "Good ratings in three areas": areas of its work, the rating's noun between (Warwickshire and West Mercia CRC:
    # three standards Good in 2018-19)
    ("Warwickshire and West Mercia CRC report\n\nIn 2018-19 it received Good ratings in three areas.", "supported"),
    ("Warwickshire and West Mercia CRC report\n\nIn 2018-19 it received Good ratings in four areas.", "contradicted"),
    # "once more" of something other than a rating claims nothing unread (North Wales PDU: Requires improvement)
    ("North Wales PDU report\n\nInspectors had once more seen a PDU held back by weak work, which led to the "
     "overall rating of 'Requires improvement'.", "supported"),
    ("North Wales PDU report\n\nInspectors had once more seen a PDU held back by weak work, which led to the "
     "overall rating of 'Good'.", "contradicted"),
    # "one of the Working Links CRCs, X": the unit after the comma is the owner's (DDC CRC: Working Links in 2018-19)
    ("DDC report\n\nIn 2018-19 inspectors visited one of the Working Links CRCs, Dorset, Devon and Cornwall.",
     "supported"),
    # (another owner is never supported, and contradicted where the data and their sources name no change of
    # owner: ddc-crc went from Working Links to Seetec, never to Sodexo)
    ("DDC report\n\nIn 2018-19 inspectors visited one of the Sodexo CRCs, Dorset, Devon and Cornwall.",
     "contradicted"),
    # a range of days is one date, its month the fieldwork's (NPS Wales: fieldwork began in December 2018)
    ("NPS Wales report\n\nFieldwork took place between 3 and 7 December 2018.", "supported"),
    ("NPS Wales report\n\nFieldwork took place from 3 to 7 March 2018.", "contradicted"),
    # "All four reports came out on ...": each report of the units the sentence before names (the four Humber PDUs'
    # 2022-23 reports: 30 March 2023)
    ("Humber report\n\nInspectors visited Hull and East Riding PDU, Kirklees PDU, Sheffield PDU and North and North "
     "East Lincolnshire PDU. All four reports came out on 30 March 2023.", "supported"),
    ("Humber report\n\nInspectors visited Hull and East Riding PDU, Kirklees PDU, Sheffield PDU and North and North "
     "East Lincolnshire PDU. All four reports came out on 30 April 2023.", "contradicted"),
    # "the second time in three years": the unit's last two reports at most so far apart (Leicester, Leicestershire
    # and Rutland PDU: Inadequate in reports of February 2023 and May 2025, 27 months apart)
    ("LLR report\n\nFor the second time in three years, inspectors have rated the probation service in "
     "Leicestershire and Rutland inadequate.", "supported"),
    ("LLR report\n\nFor the second time in two years, inspectors have rated the probation service in "
     "Leicestershire and Rutland inadequate.", "contradicted"),
    ("LLR report\n\nLeicester, Leicestershire and Rutland PDU has been rated inadequate twice in the past three "
     "years.", "supported"),
    # "the PDUs in the region", "the region's PDUs": the PDUs of the region of the text's unit (Derbyshire PDU: East
    # Midlands, whose six PDUs in the data for 2025-26 are five Inadequate and Derby City Requires improvement)
    ("Derbyshire PDU report, 2025\n\nIn 2025-26 five of the PDUs in the region were rated Inadequate.", "supported"),
    ("Derbyshire PDU report, 2025\n\nIn 2025-26 all of the region's PDUs were rated Inadequate.", "contradicted"),
    # "X was one of N ... rated R" with no round written: the round of X's one inspection (Derbyshire PDU: 2025-26,
    # Inadequate; in 2022-23 the data hold only two East Midlands PDUs, one Inadequate). "One of five" is five in
    # all, and rounds.csv has no 2025-26 total for the region to say no sixth was, so only X's part is checked
    ("Derbyshire PDU report, 2025\n\nDerbyshire PDU was one of five PDUs in the region rated inadequate.",
     "partly checked"),
    ("Derbyshire PDU report, 2025\n\nDerbyshire PDU was one of five PDUs in the region rated Good.", "contradicted"),
    # "standards of probation supervision", "an overall inspection rating" (Cardiff and the Vale PDU, 2025-26:
    # Inadequate overall and on all four case supervision standards)
    ("Cardiff and the Vale PDU report, 2025\n\nAll four standards of probation supervision were rated inadequate.",
     "supported"),
    ("Cardiff and the Vale PDU report, 2025\n\nAll four standards of probation supervision were rated good.",
     "contradicted"),
    ("Cardiff and the Vale PDU report, 2025\n\nIt received an overall inspection rating of Inadequate.", "supported"),
    ("Cardiff and the Vale PDU report, 2025\n\nIt received an overall inspection rating of Good.", "contradicted"),
    # reported speech backshifts: "inspectors said the unit had been rated Inadequate" is its rating then current,
    # unless the sentence sets an earlier rating against a later one (Cambridgeshire and Peterborough PDU:
    # Inadequate in 2024-25, its only inspection)
    ("Cambridgeshire and Peterborough PDU report\n\nInspectors said the unit had been rated inadequate overall.",
     "supported"),
    ("Cambridgeshire and Peterborough PDU report\n\nThe unit had been rated good overall, inspectors said.",
     "contradicted"),
    ("Cambridgeshire and Peterborough PDU report\n\nHe said the PDU, which had been rated Good, was now rated "
     "Inadequate.", "partly checked"),
    # a place on the scale counted from either end, "second" never dropped (Essex CRC: Requires improvement in
    # 2018-19, the second lowest of the four ratings and the third highest)
    ("Essex CRC inspected\n\nThe CRC has been given the second lowest possible rating by inspectors.", "supported"),
    ("Essex CRC inspected\n\nThe CRC has been given the second highest possible rating by inspectors.",
     "contradicted"),
    ("Essex CRC inspected\n\nIt received the third-highest overall rating.", "supported"),
    ("Essex CRC inspected\n\nIt received the lowest possible overall rating.", "contradicted"),
    # a relative clause and a second verb between the unit and its rating
    ("Essex CRC inspected\n\nThe company that runs probation in the county was criticised and rated Requires "
     "improvement.", "supported"),
    ("Essex CRC inspected\n\nThe company that runs probation in the county was criticised and rated Inadequate.",
     "contradicted"),
    # "rating it R on four of them": counts of the unit's standards (Cumbria and Lancashire CRC, 2018-19: 1 Good,
    # 5 Requires improvement, 4 Inadequate of 10)
    ("Cumbria and Lancashire CRC report\n\nThe report rated 10 standards of the CRC's work, rating it Inadequate on "
     "four of them and Requires improvement on five.", "supported"),
    ("Cumbria and Lancashire CRC report\n\nThe report rated 10 standards of the CRC's work, rating it Inadequate on "
     "four of them and Requires improvement on six.", "contradicted"),
    # another sector's count set beside the first, and a count restated between dashes or in brackets (2018-19:
    # CRCs 1 Good, 19 Requires improvement, 1 Inadequate of 21; NPS 5 Good, 2 Requires improvement of 7)
    ("Probation in 2018-19\n\nJust one CRC achieved a Good rating, compared with five NPS divisions.", "supported"),
    ("Probation in 2018-19\n\nJust one CRC achieved a Good rating, compared with four NPS divisions.",
     "contradicted"),
    ("Probation in 2018-19\n\nThe majority of CRCs - 19 out of 21 - were rated Requires improvement.", "supported"),
    ("Probation in 2018-19\n\nThe majority of CRCs - 18 out of 21 - were rated Requires improvement.",
     "contradicted"),
    ("Probation in 2018-19\n\nMost NPS divisions (five) were rated Good.", "supported"),
    ("Probation in 2018-19\n\nMost NPS divisions (six) were rated Good.", "contradicted"),
    ("Essex CRC inspected\n\nThe firm running probation in Essex was rated as requiring improvement.", "supported"),
    ("Essex CRC inspected\n\nThe firm running probation in Essex was rated Good.", "contradicted"),
    # "X was among the five NPS divisions rated Good": the count is of the round of X's one inspection (NPS Wales:
    # 2018-19 only, when 5 of the 7 divisions were rated Good)
    ("Report on NPS Wales\n\nNPS Wales was among the five NPS divisions rated Good.", "supported"),
    ("Report on NPS Wales\n\nNPS Wales was among the four NPS divisions rated Good.", "contradicted"),
    # shaking off a rating is losing it (West Kent PDU: Inadequate in 2022-23, Requires improvement in 2024-25)
    ("West Kent PDU report\n\nThe PDU has shaken off its Inadequate rating.", "supported"),
    ("West Kent PDU report\n\nThe PDU has shed its Requires improvement rating.", "contradicted"),
    # "a dozen" is 12 give or take one; "more than a dozen" is more than 12 (2022-23: 15 of 31 PDUs Inadequate)
    ("Probation in 2022-23\n\nMore than a dozen PDUs were rated Inadequate in 2022-23.", "supported"),
    ("Probation in 2022-23\n\nFewer than a dozen PDUs were rated Inadequate in 2022-23.", "contradicted"),
    ("Probation in 2022-23\n\nHalf a dozen PDUs were rated Inadequate in 2022-23.", "contradicted"),
    # "<Place> City PDU": the city named alone is the unit, in a text since 2021 (Nottingham City and
    # Nottinghamshire PDUs: both Inadequate in 2025-26; Derby City PDU: Requires improvement in 2022-23 and 2025-26)
    ("Probation services inspected, 2025\n\nProbation services in Nottingham and Nottinghamshire were rated "
     "Inadequate.", "supported"),
    ("Probation services inspected, 2025\n\nProbation services in Nottingham were rated Good.", "contradicted"),
    ("Probation services inspected, 2025\n\nThe probation service in Derby was rated Requires improvement.",
     "supported"),
    # a rating as a cause's effect ("this led to an Inadequate rating"): the text's unit's (Lambeth PDU: Inadequate
    # in 2022-23, its one inspection); "a second consecutive R rating" says the one before was R too (Kirklees PDU:
    # Inadequate in 2022-23 and 2024-25; Lambeth PDU has no earlier inspection in the data)
    ("Lambeth PDU inspected\n\nThis led to an Inadequate rating.", "supported"),
    ("Lambeth PDU inspected\n\nHigh workloads contributed to the Good rating.", "contradicted"),
    ("Kirklees PDU inspected, November 2024\n\nIt was the second Inadequate rating in a row.", "supported"),
    ("Kirklees PDU inspected, November 2024\n\nIt received a second consecutive 'requires improvement' rating.",
     "contradicted"),
    ("Lambeth PDU inspected\n\nIt received a second consecutive Inadequate rating.", "partly checked"),
    # a count of standards with no rating in its clause is the method, "all" included
    ("Lambeth PDU inspected\n\nInspectors found failings in all four standards, which led to the overall rating "
     "of Inadequate.", "supported"),
    # places listed before one plural kind noun: each unit of that kind (Nottingham City and Nottinghamshire PDUs:
    # Inadequate in 2025-26, their one inspection each); a kind the units are not leaves the list unread
    ("Probation report, 2025\n\nThe Nottingham City and Nottinghamshire PDUs were both rated Inadequate.",
     "supported"),
    ("Probation report, 2025\n\nThe Nottingham City and Nottinghamshire PDUs were both rated Good.", "contradicted"),
    ("Probation report, 2025\n\nThe Nottingham City and Nottinghamshire CRCs were rated Inadequate.",
     "unverifiable"),
    # "carried out in" dates the fieldwork even where a reading starts at "out in" (NPS Wales: fieldwork from
    # December 2018, report published 17 April 2019)
    ("Report on NPS Wales\n\nThe fieldwork for this inspection was carried out in December 2018.", "supported"),
    ("Report on NPS Wales\n\nThe fieldwork for this inspection was carried out in April 2019.", "contradicted"),
    # an owner and the units listed after it: each of them (MTCnovo ran London and Thames Valley CRCs; Essex CRC
    # was Sodexo's at its 2018-19 inspection, and no other owner of it is named: "MTCnovo ran Essex CRC" is false)
    ("Probation in 2018-19\n\nMTCnovo ran London CRC and Thames Valley CRC.", "supported"),
    ("Probation in 2018-19\n\nMTCnovo ran the London CRC and Essex CRC.", "contradicted"),
    # two units rated the same, or not (2018-19: NPS London and Essex CRC Requires improvement, NPS Wales Good)
    ("Probation in 2018-19\n\nNPS London was rated the same as Essex CRC.", "supported"),
    ("Probation in 2018-19\n\nNPS London got the same rating as NPS Wales.", "contradicted"),
    ("Probation in 2018-19\n\nNPS London did not get the same rating as NPS Wales.", "supported"),
    ("Probation in 2018-19\n\nNPS London did not get the same rating as Essex CRC.", "contradicted"),
    # a share stated by two sources lies where both allow it (CRC staff with over 50 cases, 2018-19: "over
    # two-thirds" in the release, "two thirds" (64.2-69.2 by the wording table) in the 2020 lecture: 66.7-69.2);
    # a count of people supervised is dated, and each source's figure is judged on its own
    ("Probation in 2018-19\n\nTwo thirds of CRC staff had caseloads above 50.", "supported"),
    ("Probation in 2018-19\n\nThree quarters of CRC staff had caseloads above 50.", "contradicted"),
    ("Probation in 2018-19\n\nIn March 2019, 255,264 people were under probation supervision.", "supported"),
    # a change after a fronted phrase: its subject is the one inside the clause (Sheffield PDU: Inadequate in
    # 2022-23 and 2024-25)
    ("Sheffield PDU inspection, 2025\n\nSince its last inspection, the service has not improved its rating.",
     "supported"),
    ("Sheffield PDU inspection, 2025\n\nSince its last inspection, the service has improved its rating.",
     "contradicted"),
    # "the only CRC to improve to Good" is a claim about changes, not about who was rated Good (three CRCs were
    # rated Good in 2019-20, two of them not in the data): not read
    ("Probation in 2019-20\n\nDurham Tees Valley CRC was the only CRC to improve to Good in 2019-20.",
     "unverifiable"),
    ("Probation in 2019-20\n\nDurham Tees Valley CRC was the only CRC to be rated Good in 2019-20.",
     "contradicted"),
    # "at the last inspection" beside a change is read with it (West Kent PDU: Inadequate in 2022-23, Requires
    # improvement in 2024-25)
    ("West Kent PDU report, 2024\n\nWest Kent PDU was rated Requires improvement, up from Inadequate at the last "
     "inspection.", "supported"),
    ("West Kent PDU report, 2024\n\nWest Kent PDU was rated Good, up from Inadequate at the last inspection.",
     "contradicted"),
    # of two figures, the one counting people is the published count of people under supervision (more than a
    # quarter of a million in 2018-19); a count of units beside it is a claim of its own, left unread if no shape
    # reads it
    ("Probation in 2018-19\n\nMore than a quarter of a million individuals are being supervised on probation, their "
     "cases managed by 28 probation services.", "partly checked"),
    ("Probation in 2018-19\n\nFewer than 200,000 individuals are being supervised on probation, their cases managed "
     "by 28 probation services.", "contradicted"),
    # two sectors' published figures in one sentence, each of the sector named beside it (staff with over 50 cases,
    # 2018-19: CRC "over two-thirds", NPS "one in 20")
    ("Probation in 2018-19\n\nCaseloads were heavier at the CRCs: over two-thirds of their staff held more than 50 "
     "cases, against just one in 20 of NPS staff.", "supported"),
    ("Probation in 2018-19\n\nOver two-thirds of NPS staff held more than 50 cases, compared with one in 20 CRC "
     "staff.", "contradicted"),
    # several published shares in one sentence, each of the measure its own clause names (CRC 2018-19: risk not
    # assessed well enough 45 per cent, public safety not properly considered 59 per cent, home visit recorded
    # 32 per cent); "CRC staff" is staff of CRCs, not a CRC the text is about
    ("Probation in 2018-19\n\nCRC staff did not assess risk well enough in 45 per cent of cases, public safety was "
     "not properly considered in 59 per cent and a home visit was recorded in only 32 per cent.", "supported"),
    ("Probation in 2018-19\n\nCRC staff did not assess risk well enough in 45 per cent of cases, public safety was "
     "not properly considered in 59 per cent and a home visit was recorded in only 52 per cent.", "contradicted"),
    ("Probation in 2018-19\n\nCRC staff did not assess risk well enough in 45 per cent of cases, and where a home "
     "visit was needed, just a third (32 per cent) show a visit on record.", "supported"),
    # a list of counts, each broken down by sector in brackets: each breakdown of the count just before it
    # (2018-19: Good 5 NPS + 1 CRC; Requires improvement 19 CRCs + 2 NPS; Inadequate 1 CRC)
    ("Probation in 2018-19\n\nThe ratings came out as six services Good (five NPS divisions and one CRC), 21 services "
     "as Requires improvement (19 CRCs and two NPS divisions) and one CRC Inadequate.", "supported"),
    ("Probation in 2018-19\n\nThe ratings came out as six services Good (five NPS divisions and one CRC), 21 services "
     "as Requires improvement (18 CRCs and three NPS divisions) and one CRC Inadequate.", "contradicted"),
    # how far CRCs' public protection scores fell below the NPS's: "up to 25 percentage points" (2018-19 release);
    # the sectors the other way round are not that figure
    ("Probation in 2018-19\n\nOn protecting the public from serious harm, CRC scores ran up to 25 percentage "
     "points below the NPS.", "supported"),
    ("Probation in 2018-19\n\nOn public protection, NPS scores ran up to 25 percentage points below the CRCs.",
     "unverifiable"),
    # "... and Requires improvement on the others": the rest of the standards counted (Cumbria and Lancashire CRC,
    # 2018-19: 4 Inadequate, 5 Requires improvement, 1 Good of 10; so "the others" (6) were not all RI)
    ("Cumbria and Lancashire CRC report\n\nThe report rated 10 standards of the CRC's work, rating it variously as "
     "Inadequate on four of them and as Requires improvement on the others.", "contradicted"),
    # a kind of place between a PDU's place and "probation service(s)": the PDU (Lambeth PDU: Inadequate, 2022-23)
    ("Probation report, 2023\n\nLambeth borough probation services received an overall rating of Inadequate.",
     "supported"),
    ("Probation report, 2023\n\nThe Lambeth borough probation service was rated Good.", "contradicted"),
    # "the overall rating for the service is R": the text's unit's (Lambeth PDU: Inadequate, 2022-23); for another
    # population it is not read
    ("Lambeth PDU inspected\n\nAs a result, the overall rating for probation is Inadequate.", "supported"),
    ("Lambeth PDU inspected\n\nAs a result, the overall rating for the service is Good.", "contradicted"),
    ("Lambeth PDU inspected\n\nThe overall rating for other PDUs was Good.", "unverifiable"),
    # the inspectors or their report naming the unit "as" a rating with another verb; a union's words are not the
    # rating (Lambeth PDU: Inadequate, 2022-23)
    ("Lambeth PDU inspected\n\nInspectors slammed the service as Inadequate.", "supported"),
    ("Lambeth PDU inspected\n\nThe watchdog hailed the service as Good.", "contradicted"),
    ("Lambeth PDU inspected\n\nThe union described the service as good.", "unverifiable"),
    # the rating scale described: its four ratings listed, "one of four ratings"
    ("Probation inspections\n\nProviders are rated on a four-point scale: Outstanding, Good, Requires improvement or "
     "Inadequate.", "supported"),
    ("Probation inspections\n\nServices were given one of four ratings: Outstanding, Good, Requires improvement or "
     "Inadequate.", "supported"),
    ("Probation inspections\n\nServices were given one of five ratings: Outstanding, Good, Requires improvement or "
     "Inadequate.", "contradicted"),
    # "X, one of five PDUs in the Y region, was rated R": X's rating, not the region's (Surrey PDU: Inadequate in
    # 2024-25; the Kent, Surrey and Sussex region: Requires improvement)
    ("Probation report, 2024\n\nSurrey PDU, one of five PDUs in the Kent, Surrey and Sussex region, was rated Good.",
     "contradicted"),
    ("Probation report, 2024\n\nSurrey PDU, one of the PDUs in the region, was rated Inadequate.", "partly checked"),
    # "no R ratings": none of the unit's standards had it (Warwickshire and West Mercia CRC, 2018-19: 3 Good, 7
    # Requires improvement)
    ("Warwickshire and West Mercia CRC report, 2019\n\nThe CRC had no Inadequate ratings.", "supported"),
    ("Warwickshire and West Mercia CRC report, 2019\n\nThe CRC had no Good ratings.", "contradicted"),
    # "A was rated R; B fared worse, being rated R2": the second rating is the later unit's (Derby City PDU:
    # Requires improvement, Leicester, Leicestershire and Rutland PDU: Inadequate, 2022-23)
    ("Probation report, February 2023\n\nDerby City PDU was rated Requires improvement; Leicester, Leicestershire "
     "and Rutland PDU fared worse, being rated Inadequate.", "supported"),
    ("Probation report, February 2023\n\nDerby City PDU was rated Requires improvement; Leicester, Leicestershire "
     "and Rutland PDU did better, being rated Good.", "contradicted"),
    # "none of the 24 PDUs" in a round that rated 24 PDUs (2024-25: 24 rated, 14 Inadequate, 10 Requires
    # improvement), where the number of PDUs there are is not in the data: the 24 rated
    ("Probation inspections 2024-25\n\nNone of the 24 PDUs was rated Good or Outstanding in 2024-25.", "supported"),
    ("Probation inspections 2024-25\n\nNone of the 24 PDUs was rated Inadequate in 2024-25.", "contradicted"),
    ("Probation inspections 2024-25\n\nNone of the 25 PDUs was rated Good in 2024-25.", "unverifiable"),
    # "Good overall and Outstanding for reviewing": a second rating of the same unit with no comma (NPS Wales,
    # 2018-19: Good overall, Outstanding on reviewing)
    ("NPS Wales inspected, 2019\n\nNPS Wales was rated Good overall and Outstanding for reviewing.", "supported"),
    ("NPS Wales inspected, 2019\n\nNPS Wales was rated Good overall and Good for reviewing.", "contradicted"),
    # a count of people read as a published figure does not take a share beside it into its span (NPS 2019-20:
    # over 106,000 people supervised, about 42 per cent of the probation caseload)
    ("Probation\n\nThe NPS supervised over 106,000 people at its central functions inspection, about 52 per cent of "
     "the total probation caseload.", "contradicted"),
    # "unit" counts PDUs; "the Wigan unit" is the PDU (2022-23: 0 of 31 PDUs Outstanding; Wigan PDU Requires
    # improvement)
    ("Probation inspections 2022-23\n\nNo unit was rated Outstanding in 2022-23.", "supported"),
    ("Probation inspections 2022-23\n\nOnly one unit was rated Inadequate in 2022-23.", "contradicted"),
    ("Probation report\n\nThe Wigan unit was rated Requires improvement.", "supported"),
    ("Probation report\n\nThe Wigan unit was rated Good.", "contradicted"),
    # a share restating a count between dashes or commas (2018-19: 19 of 21 CRCs Requires improvement, 90.5 per cent)
    ("Probation in 2018-19\n\nThe majority of CRCs - 90 per cent - were rated Requires improvement in 2018-19.",
     "supported"),
    ("Probation in 2018-19\n\nNineteen CRCs, some 60 per cent, were rated Requires improvement in 2018-19.",
     "contradicted"),
    # "there were N R ratings" in a text about no one unit: how many units had that overall rating (2018-19: 6
    # Good, 1 Inadequate of 28)
    ("Probation inspections\n\nIn 2018-19 there were six Good ratings and one Inadequate rating.", "supported"),
    ("Probation inspections\n\nIn 2018-19 there were six Good ratings and two Inadequate ratings.", "contradicted"),
    # "Sodexo-run Essex CRC": the owner is checked too (Essex CRC was Sodexo's at its 2018-19 inspection, when it
    # was rated Requires improvement; MTCnovo never ran it)
    ("Essex CRC inspected\n\nSodexo-run Essex CRC was rated Requires improvement.", "supported"),
    ("Essex CRC inspected\n\nMTCnovo-run Essex CRC was rated Requires improvement.", "contradicted"),
    # a sector figure whose sentence names nobody is of the sector the headline names, alone (sector_figures.csv:
    # NPS 2019-20, 615 probation officer vacancies; CRC 2018-19, risk assessment insufficient in 45 per cent)
    ("Inspectors find National Probation Service stretched\n\nThere were 615 probation officer vacancies.",
     "supported"),
    ("Inspectors find National Probation Service stretched\n\nThere were 700 probation officer vacancies.",
     "contradicted"),
    ("Private probation companies criticised\n\nIn 45 per cent of cases, risk was not assessed well enough.",
     "supported"),
    ("Private probation companies criticised\n\nIn 55 per cent of cases, risk was not assessed well enough.",
     "contradicted"),
    # ... not when the headline names both sectors, or none
    ("NPS and CRCs compared\n\nThere were 615 probation officer vacancies.", "unverifiable"),
    ("Probation inspected\n\nThere were 700 probation officer vacancies.", "unverifiable"),
    # what a system was split into or created as is the whole of it: 21 CRCs in 2018-19 (rounds.csv, from the
    # release) and in 2019-20 (rounds.csv, from a written answer of June 2021: 21 CRCs until unification)
    ("Probation reform\n\nThe reforms split probation into a National Probation Service and 21 community "
     "rehabilitation companies (CRCs).", "supported"),
    ("Probation reform\n\nThe reforms split probation into a National Probation Service and 14 private community "
     "rehabilitation companies (CRCs).", "contradicted"),
    ("Probation reform\n\nIn 2014 the Ministry created 20 community rehabilitation companies.", "contradicted"),
    # ... not a number said in passing, which may be a part of them
    ("Probation reform\n\nThe work went to 14 CRCs.", "unverifiable"),
    # a score out of 27 is of the first PDU programme's inspection (leicester-leicestershire-rutland-pdu: 2 points
    # in 2022-23; its 2025-26 inspection has none, as no inspection of the second programme does)
    ("Leicester probation rated Inadequate\n\nLeicester, Leicestershire and Rutland PDU scored only 2 of the 27 "
     "inspection points available.", "supported"),
    ("Leicester probation rated Inadequate\n\nLeicester, Leicestershire and Rutland PDU scored only 4 of the 27 "
     "inspection points available.", "contradicted"),
    # an owner in apposition ("its owner, X,"; "X, the company that runs Y,"), and a one-word name written in two
    # (london-crc was MTCnovo's at its 2018-19 inspection, and no other owner of it is named)
    ("London CRC inspected\n\nLondon CRC's owner, MTCnovo, said it would act on the report.", "supported"),
    ("London CRC inspected\n\nLondon CRC's owner, Sodexo, said it would act on the report.", "contradicted"),
    ("London CRC inspected\n\nMTC Novo, the company that runs the London CRC, responded.", "supported"),
    # a season as far from the inspection words as a month may be (west-yorkshire-crc: fieldwork 2018-07 and
    # 2019-10-28)
    ("West Yorkshire CRC report\n\nThe annual inspection of West Yorkshire Community Rehabilitation Company by "
     "the inspectorate took place in the autumn.", "supported"),
    ("West Yorkshire CRC report\n\nThe annual inspection of West Yorkshire Community Rehabilitation Company by "
     "the inspectorate took place in the spring.", "contradicted"),
    # how many places a change moved: the rating before is that many places the other way (northamptonshire-pdu:
    # Requires improvement in 2022-23, Inadequate in 2024-25)
    ("Northamptonshire probation\n\nNorthamptonshire PDU fell one grade to Inadequate.", "supported"),
    ("Northamptonshire probation\n\nNorthamptonshire PDU fell two grades to Inadequate.", "contradicted"),
    # an undated text's first date (a visit in July 2018, round 2018-19) does not hold a published figure named by
    # its own words to that round: 615 NPS vacancies are published for 2019-20, the round next to it
    ("NPS inspected\n\nInspectors visited in July 2018. The NPS had 615 probation officer vacancies.", "supported"),
    ("NPS inspected\n\nInspectors visited in July 2018. The NPS had 700 probation officer vacancies.", "contradicted"),
    # ... a sentence that dates itself keeps its date (about 224,000 under supervision in June 2020: 2019-20)
    ("Probation\n\nAround 224,000 people were under probation supervision in June 2020.", "supported"),
    # how many providers a round has in scope is known before its reports are out: a text dated in February 2019,
    # mid-round, may say how many CRCs there were (21), not how many were rated what
    ("Published 20 February 2019\n\nProbation reform\n\nThe rest of the work went to the 21 CRCs.", "supported"),
    ("Published 20 February 2019\n\nProbation reform\n\nThe rest of the work went to the 24 CRCs.", "contradicted"),
    # a text dated in 2019-20 quoting a figure published only for 2018-19 (NPS responsible officers with 40 cases or
    # fewer: two thirds) quotes the latest one published before it
    ("Chief Inspector's lecture, July 2020\n\nTwo thirds of NPS responsible officers had caseloads of 40 or fewer.",
     "supported"),
    ("Chief Inspector's lecture, July 2020\n\nA third of NPS responsible officers had caseloads of 40 or fewer.",
     "contradicted"),
    # "N of the M inspections" counts the units inspected (2022-23: 31, 15 Inadequate); "the ten rated services"
    # are those given a rating (2019-20: 10, 4 Good); "six of the CRCs" an owner ran (Sodexo: six in 2018-19)
    ("Annual report\n\nFifteen of the 31 inspections in 2022-23 were rated Inadequate.", "supported"),
    ("Annual report\n\nTwelve of the 31 inspections in 2022-23 were rated Inadequate.", "contradicted"),
    ("Annual report\n\nIn 2019-20, four of the ten rated services were rated Good.", "supported"),
    ("Annual report\n\nIn 2019-20, five of the ten rated services were rated Good.", "contradicted"),
    ("Owners\n\nSodexo owned six of the CRCs inspected in 2018-19.", "supported"),
    # (Reducing Reoffending Partnership ran two, dlnr-crc and swm-crc, with no other owner named for either)
    ("Owners\n\nReducing Reoffending Partnership owned three of the CRCs inspected in 2018-19.", "contradicted"),
    # (Seetec: kss-crc throughout, and the three Working Links CRCs from 2019: between one and four)
    ("Owners\n\nSeetec owned three of the CRCs inspected in 2018-19.", "unverifiable"),
    ("Owners\n\nSeetec owned five of the CRCs inspected in 2018-19.", "contradicted"),
    # a unit in a last clause whose verb stands for the rating before ("while B was not", "and B was too") is read
    # (2022-23: staffordshire-stoke-pdu and lambeth-pdu Inadequate, warwickshire-pdu Requires improvement) ...
    ("PDUs\n\nStaffordshire and Stoke PDU was rated Inadequate in 2022-23, while Warwickshire PDU was not.",
     "supported"),
    ("PDUs\n\nStaffordshire and Stoke PDU was rated Inadequate in 2022-23, whereas Lambeth PDU was not.",
     "contradicted"),
    ("PDUs\n\nStaffordshire and Stoke PDU was rated Inadequate in 2022-23, and Lambeth PDU was too.", "supported"),
    ("PDUs\n\nStaffordshire and Stoke PDU was rated Inadequate in 2022-23, and Warwickshire PDU was too.",
     "contradicted"),
    # ... or, where no shape reads it, left unread, so the true first part does not make the sentence supported
    ("PDUs\n\nStaffordshire and Stoke PDU was rated Inadequate in 2022-23, and Warwickshire PDU was not.",
     "partly checked"),
    # "..., as were B and C", "..., along with B", "..., the same as B": each unit named has the rating before
    # (2022-23: ealing-hillingdon-pdu and staffordshire-stoke-pdu Inadequate, warwickshire-pdu Requires improvement)
    ("PDUs\n\nLambeth PDU was rated Inadequate in 2022-23, as were Ealing and Hillingdon PDU and Staffordshire and "
     "Stoke PDU.", "supported"),
    ("PDUs\n\nLambeth PDU was rated Inadequate in 2022-23, as were Ealing and Hillingdon PDU and Warwickshire PDU.",
     "contradicted"),
    ("PDUs\n\nLambeth PDU was rated Inadequate in 2022-23, along with Ealing and Hillingdon PDU.", "supported"),
    ("PDUs\n\nLambeth PDU was rated Inadequate in 2022-23, the same as Warwickshire PDU.", "contradicted"),
    # with the round written, "its first inspection" beside a rating is checked too (leicester-leicestershire-rutland-
    # pdu: inspected in 2022-23 and 2025-26, so 2025-26's is its second)
    ("LLR probation\n\nLeicester, Leicestershire and Rutland PDU was rated Inadequate in 2025-26, its first "
     "inspection since 2021.", "contradicted"),
    ("LLR probation\n\nLeicester, Leicestershire and Rutland PDU was rated Inadequate in 2022-23, its first "
     "inspection since 2021.", "supported"),
    # a unit's region in apposition is read (sheffield-pdu: Yorkshire and the Humber; Inadequate in 2022-23)
    ("PDUs\n\nSheffield PDU, part of the Probation Service's Yorkshire and the Humber region, was rated Inadequate "
     "in 2022-23.", "supported"),
    ("PDUs\n\nSheffield PDU, part of the Probation Service's North West region, was rated Inadequate in 2022-23.",
     "contradicted"),
    # who ran a unit more than a year after its last report is not what the data record (hampshire-iow-crc: run
    # by Purple Futures at its one inspection, reported 2019-05-08)
    ("Published 20 July 2020\n\nHampshire and Isle of Wight CRC is owned by Purple Futures.", "unverifiable"),
    ("Published 20 May 2019\n\nHampshire and Isle of Wight CRC is owned by Purple Futures.", "supported"),
    # a sentence that is only a unit and "so was", "too", "neither was": the rating the sentence before gave one
    # unit, the same way (2025-26: derbyshire-pdu Inadequate, derby-city-pdu and sunderland-pdu Requires improvement)
    ("Derby PDUs\n\nDerbyshire PDU was rated Inadequate in 2025-26.\nSo was Derby City PDU.", "contradicted"),
    ("Derby PDUs\n\nDerby City PDU was rated Requires improvement in 2025-26.\nSunderland PDU was too.", "supported"),
    ("Derby PDUs\n\nDerby City PDU was not rated Inadequate in 2025-26.\nNeither was Derbyshire PDU.",
     "contradicted"),
    ("Derby PDUs\n\nDerby City PDU was not rated Inadequate in 2025-26.\nNeither was Sunderland PDU.", "supported"),
    # "of the 21 CRCs in 2018-19, one ...": a round after the population restricts nothing (1 Good of 21); an owner
    # after it does ("of the six CRCs Sodexo ran": none of Sodexo's six was rated Good, so "one" is not the round's)
    ("Owners\n\nOf the 21 CRCs in 2018-19, one was rated Good.", "supported"),
    ("Owners\n\nOf the 21 CRCs in 2018-19, two were rated Good.", "contradicted"),
    ("Owners\n\nOf the six CRCs Sodexo ran in 2018-19, one was rated Good.", "partly checked"),
    # ... and a place in a text of 2019 (Leicestershire was also in a CRC's name)
    ("Probation report, 2019\n\nProbation services in Leicestershire have been rated inadequate.", "unverifiable"),
    # a long headline with no full stop ends at its line when the next begins a sentence ("The unit ..."): the
    # sentence is read on its own line (north-north-east-lincolnshire-pdu Requires improvement in 2022-23,
    # Inadequate in 2024-25)
    ("North and North East Lincolnshire Probation Delivery Unit report, December 2024\nThe unit held on to its "
     "Requires improvement rating.", "contradicted"),
    ("North and North East Lincolnshire Probation Delivery Unit report, December 2024\nThe unit lost its "
     "Requires improvement rating.", "supported"),
    # in a text about a PDU, "the region" is its region (stockton-hartlepool-pdu in the North East;
    # north-east-region 2025-26 Requires improvement, victim work Outstanding)
    ("Stockton and Hartlepool PDU report\n\nStockton and Hartlepool PDU was inspected in 2025.\n\nThe region "
     "itself was rated requires improvement, and its work with victims was judged outstanding.", "supported"),
    ("Stockton and Hartlepool PDU report\n\nStockton and Hartlepool PDU was inspected in 2025.\n\nThe region "
     "itself was rated good.", "contradicted"),
    # "The report appeared in May 2023, alongside those for A and B": the text's report and theirs
    # (knowsley-st-helens-pdu and liverpool-north-pdu published 2023-06-29; wigan-pdu and tameside-pdu 2023-05-25)
    ("Knowsley and St Helens PDU report\n\nThe report appeared in June 2023, alongside those for Liverpool North.",
     "supported"),
    ("Knowsley and St Helens PDU report\n\nThe report appeared in May 2023, alongside those for Wigan and "
     "Tameside.", "contradicted"),
    # "The report was published in ..." after a sentence about another unit: the report the text is news of
    # (doncaster-pdu published 2024-10; wakefield-pdu's month not held)
    ("Doncaster PDU inspection\n\nDoncaster PDU was rated inadequate.\n\nWakefield PDU fared better.\n\nThe "
     "report was published in October 2024.", "supported"),
    ("Doncaster PDU inspection\n\nDoncaster PDU was rated inadequate.\n\nWakefield PDU fared better.\n\nThe "
     "report was published in September 2024.", "contradicted"),
    # a month years from one of a unit's inspections names the other ("published in February 2022" is no report
    # of 2025-26; swansea-neath-port-talbot-pdu 2021-22 published 2022-01)
    ("Swansea Neath Port Talbot PDU report\n\nIts previous report was published in January 2022.", "supported"),
    ("Swansea Neath Port Talbot PDU report\n\nIts previous report was published in February 2022.",
     "contradicted"),
    # a headline's "Swansea probation unit": the one unit whose name begins with the place (swansea-neath-port-
    # talbot-pdu Inadequate in 2021-22, Requires improvement in 2025-26; Gwent named later)
    ("Swansea probation unit no longer rated Inadequate\n\nIts report came out, in January 2022, rated it "
     "Inadequate.", "supported"),
    ("Swansea probation unit no longer rated Inadequate\n\nIts report came out, in February 2022, rated it "
     "Inadequate.", "contradicted"),
    # "In the East of England, A, B and C were all rated ...": where they are, not the region rated (norfolk-pdu
    # and cambridgeshire-peterborough-pdu Inadequate, east-of-england-region Requires improvement, all 2024-25)
    ("Probation in 2024-25\n\nIn the East of England, Norfolk and Cambridgeshire and Peterborough were both rated "
     "Inadequate in 2024-25.", "supported"),
    ("Probation in 2024-25\n\nIn the East of England, Norfolk and Cambridgeshire and Peterborough were both rated "
     "Good in 2024-25.", "contradicted"),
    # ", as were the North East and East Midlands regions": a claim about each, not carried by the first; read since
    # round 16, and false of the East Midlands (east-midlands-region Inadequate in 2025-26; it was "partly checked"
    # while the two regions went unread)
    ("Wales report\n\nThe Wales region was rated Requires improvement in 2025-26, as were the North East and East "
     "Midlands regions.", "contradicted"),
    # "At the first, reported in March 2023, ...": the unit's first inspection (sheffield-pdu 2022-23: 1 point)
    ("Sheffield PDU report\n\nSheffield PDU was inspected again in 2024. At the first, reported in March 2023, "
     "it scored one point out of 27.", "supported"),
    ("Sheffield PDU report\n\nSheffield PDU was inspected again in 2024. At the first, reported in March 2023, "
     "it scored two points out of 27.", "contradicted"),
    # "the only Welsh PDU rated Good" of a unit rated Inadequate, in a text about two rounds: in a round whose
    # every PDU inspection the data hold (2021-22: Swansea Neath Port Talbot and Gwent, of 2), a unit not
    # inspected had no rating (cardiff-vale-pdu Inadequate in 2025-26, not inspected in 2021-22)
    ("Swansea probation improves\n\nSwansea Neath Port Talbot PDU was rated requires improvement, up from "
     "inadequate at its last inspection.\n\nCardiff and the Vale was the only Welsh PDU rated good in this round.",
     "contradicted"),
    # a line that is a date alone at the top dates the text: the inspection reported that month is the one meant
    # (north-north-east-lincolnshire-pdu 2024-25, published 2024-12, its second since unification)
    ("North and North East Lincolnshire probation downgraded\n\nDecember 2024\n\nThis was the unit's first "
     "inspection since probation was reunified in 2021.", "contradicted"),
    ("North and North East Lincolnshire probation downgraded\n\nDecember 2024\n\nThis was the unit's second "
     "inspection since probation was reunified in 2021.", "supported"),
    # "the region" after a sentence about one of its PDUs is the text's region again (kss-region 2024-25, published
    # 2024-05; brighton-east-sussex-pdu 2024-25 Requires improvement)
    ("Kent, Surrey and Sussex probation region requires improvement\n\nMay 2024\n\nBrighton and East Sussex PDU "
     "was rated requires improvement.\n\nThe region's report was published in May 2024.", "supported"),
    ("Kent, Surrey and Sussex probation region requires improvement\n\nMay 2024\n\nBrighton and East Sussex PDU "
     "was rated requires improvement.\n\nThe region's report was published in April 2024.", "contradicted"),
    # "... in January 2022 and again when inspectors returned in 2025": the month dates the first inspection, not
    # the text, and "again" is the later one (swansea-neath-port-talbot-pdu Inadequate in 2021-22, published
    # 2022-01; Requires improvement in 2025-26; sheffield-pdu Inadequate in 2022-23, published 2023-03, and 2024-25)
    ("Inspections\n\nSwansea Neath Port Talbot PDU was rated Inadequate in January 2022 and again when inspectors "
     "returned in 2025.", "contradicted"),
    ("Inspections\n\nSheffield PDU was rated Inadequate in March 2023 and again when inspectors returned in "
     "2024.", "supported"),
    # the inspectors describing one of the text's unit's standards "as" a rating; a union's description is an
    # opinion (norfolk-suffolk-crc 2018-19: assessment Inadequate, planning Inadequate)
    ("Norfolk and Suffolk CRC inspected\n\nInspectors described the assessments as inadequate.", "supported"),
    ("Norfolk and Suffolk CRC inspected\n\nInspectors described its planning as good.", "contradicted"),
    ("Norfolk and Suffolk CRC inspected\n\nThe union described the assessments as inadequate.", "unverifiable"),
    # "had been rated" after a verb of telling is the rating then current, not an earlier one (nottingham-city-pdu
    # and nottinghamshire-pdu: one inspection each, 2025-26, Inadequate)
    ("Probation scrutiny\n\nMembers were informed that both Nottingham City and Nottinghamshire PDUs had been "
     "rated Inadequate.", "supported"),
    ("Probation scrutiny\n\nMembers heard that Nottingham City PDU had been rated Requires improvement.",
     "contradicted"),
    # "Two years earlier, ...", "The year before, ...": so many rounds back from the one the sentence before wrote
    # (rounds.csv 2022-23: 31 inspected, 15 Inadequate, 1 Good; 2018-19: 21 CRCs rated)
    ("Ratings\n\nIn 2024-25, 14 of 27 inspections were rated Inadequate.\n\nTwo years earlier, 15 of 31 inspections "
     "were rated Inadequate and one was rated Good.", "supported"),
    ("Ratings\n\nIn 2024-25, 14 of 27 inspections were rated Inadequate.\n\nTwo years earlier, 15 of 31 inspections "
     "were rated Inadequate and two were rated Good.", "contradicted"),
    ("Ratings\n\nIn 2019-20 nine CRCs were rated.\n\nThe year before, 21 CRCs were rated.", "supported"),
    ("Ratings\n\nIn 2019-20 nine CRCs were rated.\n\nThe year before, 20 CRCs were rated.", "contradicted"),
    # a unit's own statement: "our" before a standard is the unit, and two names of one standard are one
    # (bgsw-crc 2018-19: through_the_gate Good)
    ("Seetec statement on BGSW CRC\n\nWe are pleased that inspectors rated our Through the Gate resettlement work "
     "as Good.", "supported"),
    ("Seetec statement on BGSW CRC\n\nWe are pleased that inspectors rated our Through the Gate resettlement work "
     "as Outstanding.", "contradicted"),
    # the units named after a count's colon are judged in the count's round, not at each of their inspections
    # (rounds.csv 2022-23: 1 PDU Good, gateshead-south-tyneside-pdu, rated Requires improvement in 2025-26)
    ("Annual report 2022-23\n\nOnly one PDU was rated Good: Gateshead and South Tyneside.", "supported"),
    ("Annual report 2022-23\n\nOnly one PDU was rated Good: Lambeth.", "contradicted"),
    # a place opening a sentence that counts units of one kind is that kind's unit there (rounds.csv 2018-19: 5 of
    # 7 NPS divisions Good; nps-wales Good, nps-london Requires improvement; essex-crc Sodexo's, Requires improvement)
    ("Probation inspections\n\nWales was one of five NPS divisions to be rated Good.", "supported"),
    ("Probation inspections\n\nLondon was one of five NPS divisions to be rated Good.", "contradicted"),
    ("Probation inspections\n\nEssex was one of six Sodexo CRCs rated Requires improvement.", "supported"),
    ("Probation inspections\n\nEssex was one of six Sodexo CRCs rated Good.", "contradicted"),
    # and the round that unit's one inspection gives the first count is the next count's too (2018-19: 2 of 7 NPS
    # divisions Requires improvement)
    ("Probation inspections\n\nNPS Wales was one of five NPS divisions rated Good, against two rated Requires "
     "improvement.", "supported"),
    ("Probation inspections\n\nNPS Wales was one of five NPS divisions rated Good, against three rated Requires "
     "improvement.", "contradicted"),
    # "X was the only area rated R": X's rating, and one standard so rated (cumbria-lancashire-crc 2018-19:
    # leadership Good, n_std_good 1, n_std_inadequate 4; norfolk-suffolk-crc: assessment Inadequate, 4 to 8 so)
    ("Cumbria and Lancashire CRC inspected\n\nIts leadership was the only standard rated Good.", "supported"),
    ("Cumbria and Lancashire CRC inspected\n\nLeadership was the only area rated Inadequate.", "contradicted"),
    ("Norfolk and Suffolk CRC inspected\n\nAssessment was the only area rated Inadequate.", "contradicted"),
    # a round set off by commas with the rating before a change is the earlier inspection's, and the aside is read
    # (gateshead-south-tyneside-pdu Good in 2022-23, the one Good PDU of 31; Requires improvement in 2025-26)
    ("Probation inspections\n\nGateshead and South Tyneside PDU, the only PDU rated Good in 2022-23, has slipped "
     "to Requires improvement.", "supported"),
    ("Probation inspections\n\nGateshead and South Tyneside PDU, rated Good in 2022-23, has slipped to "
     "Inadequate.", "contradicted"),
    ("Probation inspections\n\nLambeth PDU, the only PDU rated Good in 2022-23, has slipped to Requires "
     "improvement.", "contradicted"),
    # "... and the rest R", "the other half R": the unit's standards the count before did not count
    # (nps-south-east-eastern 2018-19: 5 Good, 5 Requires improvement, none Inadequate)
    ("NPS South East and Eastern inspected\n\nFive of its ten standards were rated Good and the rest Requires "
     "improvement.", "supported"),
    ("NPS South East and Eastern inspected\n\nFive of its ten standards were rated Good and the rest "
     "Inadequate.", "contradicted"),
    # a count written while the round's reports were still coming out: a verdict where the reports out by the
    # text's date and the whole round agree (2018-19: one CRC rated Good, hampshire-iow-crc, published 2019-05-08)
    ("BeNCH CRC inspected\n\n30 May 2019\n\nOnly one of the 21 CRCs has been rated Good this year.", "supported"),
    ("BeNCH CRC inspected\n\n30 May 2019\n\nTwo of the 21 CRCs have been rated Good this year.", "contradicted"),
    ("BeNCH CRC inspected\n\n1 May 2019\n\nOnly one of the 21 CRCs has been rated Good this year.",
     "unverifiable"),
    # "rated R at its inspection in <month>" with no word of visiting may be the visit's month or the rating's
    # report's: a verdict where the two agree; "its inspection in <month> found ..." is the visit's (merseyside-crc
    # 2018-19: fieldwork 2018-06, report 2018-09)
    ("Purple Futures review\n\nMerseyside CRC was rated Requires improvement at its inspection in September 2018.",
     "partly checked"),
    ("Purple Futures review\n\nMerseyside CRC was rated Requires improvement at its inspection in March 2018.",
     "contradicted"),
    ("Purple Futures review\n\nMerseyside CRC's inspection in June 2018 found problems.", "supported"),
    ("Purple Futures review\n\nMerseyside CRC was inspected in September 2018.", "contradicted"),
    # "prison release work": Through the Gate (bench-crc 2018-19: through_the_gate Inadequate)
    ("BeNCH CRC inspected, 2019\n\nThe company's prison release work was rated Inadequate.", "supported"),
    ("BeNCH CRC inspected, 2019\n\nThe company's prison release work was rated Good.", "contradicted"),
    # "both our X and our Y": one subject and a list of its standards (wwm-crc 2018-19: unpaid_work Good,
    # through_the_gate Good)
    ("PeoplePlus statement on Warwickshire and West Mercia CRC\n\nBoth our unpaid work and our Through the Gate "
     "resettlement services were rated Good.", "supported"),
    ("PeoplePlus statement on Warwickshire and West Mercia CRC\n\nBoth our unpaid work and our Through the Gate "
     "resettlement services were rated Outstanding.", "contradicted"),
    # "its sister CRC in Merseyside": the unit of that kind at that place, not the text's own (merseyside-crc and
    # essex-crc 2018-19: Requires improvement, published 2018-10-10); "rated R last October" is the month of its
    # report
    ("Humberside, Lincolnshire and North Yorkshire CRC report\n\nIts sister CRC in Merseyside was rated Requires "
     "improvement in 2018-19.", "supported"),
    ("Humberside, Lincolnshire and North Yorkshire CRC report\n\nIts sister CRC in Merseyside was rated Good in "
     "2018-19.", "contradicted"),
    ("BeNCH CRC report, May 2019\n\nIts sister company in Essex was rated Requires improvement last October.",
     "supported"),
    ("BeNCH CRC report, May 2019\n\nIts sister company in Essex was rated Requires improvement last December.",
     "contradicted"),
]


@pytest.mark.parametrize("text,want", CASES)
def test_context(text, want):
    assert _last(text) == want


@pytest.mark.parametrize("headline,want", [("Lambeth probation service 'inadequate'", "supported"),
                                           ("Lambeth probation service 'good'", "contradicted"),
                                           ("Lambeth probation: inadequate", "supported"),
                                           ("Lambeth probation: Good", "contradicted")])
def test_headline_rating_without_a_verb(headline, want):
    table = check_text(FRAME, f"{headline}\n\nInspectors published the report in October 2022.\n")
    assert str(table[table["line"] == 1]["sentence_verdict"].iloc[0]) == want


@pytest.mark.parametrize("headline,want", [
    # sheffield-pdu: Inadequate in 2022-23 and in 2024-25; a headline's 'still', 'again' or 'now' makes the
    # rating its predicate, quoted or not, and says the unit was inspected before (its later inspection)
    ("Sheffield probation 'inadequate' again", "supported"),
    ("Sheffield probation 'good' again", "contradicted"),
    ("Sheffield's probation service still inadequate, say inspectors", "supported"),
    ("Sheffield's probation service now requires improvement, say inspectors", "contradicted"),
    # "finds the service good": a rating after a finding about the unit, not about its morale
    ("Glowing report finds Sheffield probation service good", "contradicted"),
])
def test_headline_rating_with_still_or_again(headline, want):
    # dated 2025 (--as-of): a text about the years since 2021, where "Sheffield" is the PDU
    table = check_text(FRAME, headline + "\n", as_of="2025-03-01")
    assert str(table["sentence_verdict"].iloc[0]) == want


def test_a_finding_about_something_else_is_no_rating():
    assert _last("Report on NPS Wales, 2019\n\nInspectors found staff morale good.") == "no row"


@pytest.mark.parametrize("headline,want", [("Probation provider judged inadequate", "supported"),
                                           ("Probation provider judged good", "contradicted"),
                                           ("Inspectors find probation service 'inadequate'", "supported"),
                                           ("Inspectors find probation service 'good'", "contradicted"),
                                           # a headline's bare "Probation unit" (no article) is the text's unit
                                           ("Probation unit told by watchdog to improve", "supported"),
                                           ("Probation unit rated good", "contradicted")])
def test_headline_subject_named_later(headline, want):
    table = check_text(FRAME, f"{headline}\n\nInspectors have published a report on Lambeth PDU.\n")
    assert str(table[table["line"] == 1]["sentence_verdict"].iloc[0]) == want


# a headline's "... told to improve" ends at its line: the next line's "The company ..." is no task of improving
# (norfolk-suffolk-crc Requires improvement in 2018-19)
@pytest.mark.parametrize("headline,want", [("Norfolk and Suffolk probation company told to improve", "supported"),
                                           ("Norfolk and Suffolk probation company rated good", "contradicted")])
def test_headline_order_to_improve_before_the_next_line(headline, want):
    table = check_text(FRAME, f"{headline}\n\nThe company was inspected.\n")
    assert str(table[table["line"] == 1]["sentence_verdict"].iloc[0]) == want


# a headline's bare "Probation company" before "still" is the text's CRC (swm-crc Requires improvement in 2018-19
# and 2019-20)
@pytest.mark.parametrize("headline,want", [("Probation company still requires improvement", "supported"),
                                           ("Probation company still rated good", "contradicted")])
def test_headline_bare_noun_before_still(headline, want):
    table = check_text(FRAME, f"{headline}\n\n5 March 2020\n\nStaffordshire and West Midlands CRC was inspected "
                              "again.\n")
    assert str(table[table["line"] == 1]["sentence_verdict"].iloc[0]) == want


@pytest.mark.parametrize("headline,want", [("Swansea Neath Port Talbot PDU rated 'Requires improvement'", "supported"),
                                           ("Swansea Neath Port Talbot PDU rated 'Inadequate'", "contradicted")])
def test_headline_is_news_of_a_recent_inspection(headline, want):
    # written after March 2024 (it quotes Martin Jones as Chief Inspector): news of the PDU's 2025-26 inspection,
    # not of its report of January 2022; a later sentence without a year stays undecided between the two
    text = f"{headline}\n\nMartin Jones, Chief Inspector of Probation, praised its leaders.\n\nThe PDU was rated " \
           "'Inadequate'.\n"
    table = check_text(FRAME, text)
    assert str(table[table["line"] == 1]["sentence_verdict"].iloc[0]) == want
    assert str(table[table["line"] == 5]["sentence_verdict"].iloc[0]) == "unverifiable"


@pytest.mark.parametrize("headline,want", [
    # written after March 2024 (Martin Jones): news of the PDU's 2025-26 inspection, its second in the data
    ("Chief Inspector Martin Jones reports on Swansea Neath Port Talbot PDU's first inspection", "contradicted"),
    # the data do not hold every PDU inspection of 2021-22 and 2023-24 (no published totals) or 2024-25 (22
    # of 24), so they cannot say no inspection came between
    ("Chief Inspector Martin Jones reports on Swansea Neath Port Talbot PDU's second inspection", "unverifiable"),
])
def test_which_inspection_a_text_reports(headline, want):
    table = check_text(FRAME, f"{headline}\n\nThe report was published today.\n")
    assert str(table[table["line"] == 1]["sentence_verdict"].iloc[0]) == want


def test_first_inspection_of_a_unit_with_one_inspection_is_undecided():
    # wakefield-pdu has one inspection in the data (2024-25), but the data lack two of that round's 24 PDU
    # inspections and the totals of 2021-22 and 2023-24: an earlier one may be missing
    table = check_text(FRAME, "It is the first inspection of Wakefield PDU since the PDUs were set up.\n")
    assert list(table["verdict"]) == ["unverifiable"]
    assert "may lack an earlier one" in table["explanation"].iloc[0]


def test_first_inspection_that_a_source_states_is_decided():
    # HMIP's release on North Yorkshire PDU (inspection_ordinals.csv) says its 2024-25 inspection was its first
    # since unification in 2021
    table = check_text(FRAME, "It is the first inspection of North Yorkshire PDU since the PDUs were set up.\n")
    assert list(table["verdict"]) == ["supported"]
    assert "fundamentally-healthy-north-yorkshire-pdu" in table["explanation"].iloc[0]


@pytest.mark.parametrize("headline,want", [("Region's probation services rated inadequate", "supported"),
                                           ("Region's probation services rated good", "contradicted")])
def test_headline_of_a_place_s_services(headline, want):
    # the region the text is about (east-midlands-region: Inadequate in 2025-26, its only inspection)
    table = check_text(FRAME, f"{headline}\n\nInspectors looked at the East Midlands region in 2025.\n")
    assert str(table[table["line"] == 1]["sentence_verdict"].iloc[0]) == want


@pytest.mark.parametrize("rating,want", [("requiring improvement", "supported"), ("inadequate", "contradicted")])
def test_the_unit_named_last_when_the_opening_names_none(rating, want):
    # a long opening that names no unit (over the 1,200 characters the lede is looked for in), then a unit named
    # after its verb: "the unit" is that one (wigan-pdu: Requires improvement in 2022-23, its only inspection)
    opening = "Probation staff work with people who have left prison or been given a community sentence. " * 15
    text = (f"Probation report, 2023\n\n{opening}\n\nInspectors visited Wigan PDU in March.\n\n"
            f"The unit was rated {rating}.\n")
    assert _last(text) == want



@pytest.mark.parametrize("rating, want", [("requires improvement", "supported"), ("good", "contradicted")])
def test_a_headline_rating_with_no_verb_is_of_the_unit_named_next(rating, want):
    """A headline's "<place>'s probation service 'R'" has no verb and names a place the data do not; the text
    names its unit a line later (norfolk-suffolk-crc: Requires improvement, its one inspection)."""
    table = check_text(FRAME, f"Inspectors say East Anglia's probation service '{rating}'\n\nA routine inspection of "
                              "the Norfolk and Suffolk CRC was published.\n")
    assert table.loc[table["line"] == 1, "sentence_verdict"].tolist() == [want]


# A headline's "Probation service in P", "Probation unit in P": the text's subject when P is its place; "told to
# improve" needs no verb (derby-city-pdu: Requires improvement in 2022-23 and 2025-26).
_DERBY = "HM Inspectorate of Probation has published its report on Derby City Probation Delivery Unit."


@pytest.mark.parametrize("headline,want", [
    ("Probation service in Derby 'requires improvement', say inspectors", "supported"),
    ("Probation service in Derby 'inadequate', say inspectors", "contradicted"),
    ("Probation unit in Derby told to improve", "supported"),
    ("Derby City PDU told to improve", "supported"),
])
def test_headline_naming_the_subject_by_its_place(headline, want):
    table = check_text(FRAME, f"{headline}\n\n{_DERBY}\n")
    assert str(table[table["line"] == 1]["sentence_verdict"].iloc[0]) == want


def test_a_count_written_while_a_round_is_open_may_be_of_the_round_before():
    """NPS 2018-19: 7 rated, 5 Good (rounds.csv); 2019-20, whose reports were still coming out in March 2020,
    holds one NPS division. A text of March 2020 saying 'five of the seven were Good' may mean either round: not
    contradicted by the open one alone (it was, once 'and not one was Inadequate' came to be read); 'six of the
    seven' is true in neither, yet the open round may count only the reports out by then, so it stays open."""
    text = ("HMIP inspected all seven NPS divisions in 2019.\n\nFive of the seven were 'Good' and not one was "
            "'Inadequate'.\n")
    table = check_text(FRAME, text, as_of="2020-03-01")
    assert "contradicted" not in set(table[table["line"] == 3]["sentence_verdict"])
    table = check_text(FRAME, text.replace("Five of", "Six of"), as_of="2020-03-01")
    assert set(table[table["line"] == 3]["sentence_verdict"]) == {"unverifiable"}


def _verdict_on(text: str, line: int) -> str:
    """The sentence verdict of the first sentence on a line of a text."""
    table = check_text(FRAME, text)
    return table[table["line"] == line]["sentence_verdict"].tolist()[0]


# People a unit supervised "at its previous inspection" or "at its first inspection": that inspection's figure,
# whichever one the text reports (swm-crc: 13,531 in 2018-19, '>12600' in 2019-20, providers.csv); "up from ... at
# its first inspection" dates only the figure it follows.
_SWM = "Staffordshire and West Midlands CRC still requires improvement\n\n18 June 2020\n\n"


@pytest.mark.parametrize("sentence,want", [
    ("At the previous inspection the CRC supervised 13,531 people.", "supported"),
    ("At the previous inspection the CRC supervised 15,531 people.", "contradicted"),
    ("The CRC supervised 13,531 people at its previous inspection.", "supported"),
    ("At its first inspection the CRC supervised 13,531 people.", "supported"),
    ("At its first inspection the CRC supervised 15,531 people.", "contradicted"),
    ("It now supervises more than 12,000 people.", "supported"),
    # the people left unsaid after the verb
    ("At its first inspection it supervised 13,531.", "supported"),
    ("At its first inspection it supervised 15,531.", "contradicted"),
])
def test_people_supervised_at_an_earlier_inspection(sentence, want):
    assert _verdict_on(_SWM + sentence + "\n", 5) == want


# A figure in the present tense in a dated text: the inspection current at that date, when no later inspection of
# the unit can be missing from the data (wwm-crc: '<~3000' people in 2018-19, reported July 2019; the 2019-20
# reports began after 12 July 2019; bench-crc '>7000', reported 3 May 2019).
@pytest.mark.parametrize("text,want", [
    ("Warwickshire and West Mercia CRC statement\n\n12 July 2019\n\nThe CRC supervises nearly 3,000 people.",
     "supported"),
    ("Warwickshire and West Mercia CRC statement\n\n12 July 2019\n\nThe CRC supervises more than 3,000 people.",
     "contradicted"),
    ("BeNCH CRC told to improve\n\n3 May 2019\n\nThe company supervises more than 7,000 people.", "supported"),
    ("BeNCH CRC told to improve\n\n3 May 2019\n\nThe company supervises fewer than 5,000 people.", "contradicted"),
])
def test_a_figure_now_is_the_inspection_current_at_the_text_s_date(text, want):
    assert _verdict_on(text + "\n", 5) == want


# "..., with a rating of R" after a clause about a standard is that standard's rating: never the unit's overall
# rating (bradford-calderdale-pdu 2024-25 Inadequate overall, services Requires improvement); "escaped" the
# grade is a negated standard rating, left unread.
def test_a_rating_after_a_clause_about_a_standard_is_not_the_unit_s():
    text = ("Bradford and Calderdale PDU rated Inadequate\n\nOnly the services standard escaped the bottom grade, "
            "with a rating of Requires improvement.\n")
    table = check_text(FRAME, text)
    rows = table[table["line"] == 3]
    assert "contradicted" not in set(rows["verdict"])
    assert not ((rows["reading"].astype(str).str.contains("overall")) & (rows["verdict"] != "unverifiable")).any()


# "..., two years after the service was branded R": a rating before the one the text reports (essex-north-pdu:
# Inadequate in 2022-23, Requires improvement in 2024-25)
@pytest.mark.parametrize("earlier,want", [("Inadequate", "partly checked"), ("Good", "contradicted")])
def test_a_rating_years_before_is_the_earlier_inspection_s(earlier, want):
    text = ("Probation in north Essex improves\n\nProbation in north Essex has been rated Requires improvement by "
            f"inspectors, two years after the service was branded {earlier}.\n")
    assert _verdict_on(text, 3) == want


def test_an_improvement_plan_is_no_change_of_rating():
    """'had put in place an improvement plan' names a plan: no change is read (dlnr-crc Requires improvement in
    2018-19 and 2019-20, so a change read as 'improved' would be contradicted)."""
    text = ("DLNR CRC still requires improvement\n\n12 March 2020\n\nA spokesperson said the company was "
            "disappointed and had put in place an improvement plan.\n")
    table = check_text(FRAME, text)
    assert not set(table[table["line"] == 5]["verdict"]) & {"supported", "contradicted"}


def test_a_dateline_with_a_place_dates_the_text():
    """'Colchester, 22 August 2024': a news dateline, the text's date; the earlier inspection a later line dates
    ('At its last inspection, published in May 2022') is then not the one the text reports (essex-north-pdu:
    Inadequate in 2022-23, Requires improvement in 2024-25, reported 2024-08)."""
    text = ("North Essex probation service climbs out of Inadequate rating\n\nColchester, 22 August 2024\n\n"
            "Probation in north Essex has been rated Requires improvement by inspectors.\n\n"
            "At its last inspection, published in May 2022, the service was rated Inadequate.\n")
    assert _verdict_on(text, 5) == "supported"


def test_an_annual_report_s_date_does_not_date_the_text():
    """'the inspectorate's March 2025 annual report' dates a report the text speaks of: no date of the text's own, so
    no round implied by it (March 2025 would imply 2025-26, a round the report does not cover); a later plain date
    still dates it."""
    from probstat.claims.document import document_facts

    doc = document_facts("A tour of the units in the inspectorate's March 2025 annual report.\n\nMore next week.\n")
    assert (doc.date, doc.round) == (None, None)
    doc = document_facts("The inspectorate's March 2025 annual report, read in June 2025.\n")
    assert doc.round == "2025-26"


def test_units_counted_are_not_the_text_s_unit():
    """'Three probation services improved their overall rating to Good' counts units: no change of the text's own
    unit is read (hlny-crc, Requires improvement in 2018-19 and 2019-20, would be contradicted)."""
    text = "Humberside, Lincolnshire and North Yorkshire CRC report\n\nThree probation services improved their " \
           "overall rating to Good in 2019-20.\n"
    table = check_text(FRAME, text)
    assert "hlny-crc" not in " ".join(table[table["line"] == 3]["reading"].astype(str))


# "X was last inspected in 2023" or "its last inspection, published in September 2018" names the inspection before
# the one the text reports, not the text's own (derby-city-pdu: 2022-23 reported 2023-02, 2025-26 its second since
# 2021; merseyside-crc: Requires improvement in 2018-19, reported 2018-09, and in 2019-20)
@pytest.mark.parametrize("text,line,want", [
    ("Derby probation still requires improvement\n\nDerby City PDU was last inspected in 2023, when a report "
     "published in February gave it the same grade. It was only the second time the unit had been inspected since "
     "2021.\n", 3, {"supported", "partly checked", "unverifiable"}),
    ("Merseyside CRC still requires improvement\n\nThis is the same rating it received at its last inspection, "
     "published in September 2018.\n", 3, {"supported"}),
    ("Merseyside CRC still requires improvement\n\nThis is a better rating than it received at its last "
     "inspection, published in September 2018.\n", 3, {"contradicted", "unverifiable", "partly checked"}),
])
def test_the_last_inspection_is_the_one_before(text, line, want):
    table = check_text(FRAME, text)
    assert set(table[table["line"] == line]["sentence_verdict"]) <= want


def test_a_dateline_s_place_in_capitals_is_no_unit():
    """'NEWCASTLE: The probation unit covering North Tyneside and Northumberland requires improvement': the place of
    the dateline is not Newcastle upon Tyne PDU (Inadequate in 2025-26); north-tyneside-northumberland-pdu is
    Requires improvement."""
    text = ("North Tyneside probation\n\nNEWCASTLE: The probation unit covering North Tyneside and Northumberland "
            "requires improvement, inspectors said.\n")
    assert _verdict_on(text, 3) == "supported"


@pytest.mark.parametrize("rating,want", [("requires improvement", "supported"), ("inadequate", "contradicted")])
def test_our_service_in_a_unit_s_own_statement(rating, want):
    """'which rates our service as R' in a unit's own statement is the unit (cwm-taf-morgannwg-pdu 2025-26
    Requires improvement)."""
    text = ("Cwm Taf Morgannwg PDU statement\n\nWe welcome the inspectorate's report on Cwm Taf Morgannwg PDU, which "
            f"rates our service as {rating} overall.\n")
    assert _verdict_on(text, 3) == want


# A figure of a CRC or NPS division with no round written: not of a round after 2021, when no unit of its kind was
# inspected (nps-london '>17000' and thames-valley-crc 4,750 people in 2018-19, their one inspection in the data;
# the 2019-20 rows hold every inspection of their kinds that round)
@pytest.mark.parametrize("sentence,want", [
    ("NPS London supervises more than 17,000 people.", "supported"),
    ("That division, NPS London, supervises about 7,000 people.", "contradicted"),
    ("Thames Valley CRC supervises 4,750 people.", "supported"),
    ("Thames Valley CRC supervises 4,570 people.", "contradicted"),
])
def test_a_figure_of_a_kind_gone_since_2021(sentence, want):
    assert _verdict_on("London and Thames Valley probation\n\n" + sentence + "\n", 3) == want
