"""Phrasings of a count, a points score, a region and a standard's rating, each read with a true and a false
example. Synthetic sentences (our own words), each after the headline "Probation ratings", checked against facts
read by hand:

- rounds.csv: 2018-19 CRCs 21 inspected, 19 Requires improvement; 2019-20 CRCs 10 inspected, 9 rated; 2022-23
  PDUs 31 inspected, 1 Good; 2024-25 PDUs 24 inspected, 14 Inadequate.
- providers.csv: essex-north-pdu 2022-23 Inadequate with 1 point (of 27), lambeth-pdu 2022-23 3 points;
  cheshire-west-pdu in the North West region; nps-wales 2018-19 staff Requires improvement, reviewing
  Outstanding; doncaster-pdu one inspection (2024-25), Inadequate.
- providers.csv: nottingham-city-pdu and nottinghamshire-pdu 2025-26 Inadequate; lambeth-pdu 2022-23 Inadequate,
  wigan-pdu 2022-23 Requires improvement.
- inspection_ordinals.csv: doncaster-pdu's 2024-25 inspection its first since unification (a local paper
  repeating HMIP's release).
- rounds.csv: 2018-19 NPS 7 in scope, 7 rated, 5 Good, 0 Outstanding, 0 Inadequate; 2019-20 NPS 1 rated; 2019-20
  CRCs 21 in scope.
- providers.csv: wigan-pdu 2022-23 published 2023-05-25; northamptonshire-pdu Requires improvement in 2022-23
  (published 2022-05-17), Inadequate in 2024-25; north-tyneside-northumberland-pdu 2025-26 Requires improvement
  overall, Inadequate on reviewing; south-yorkshire-crc 2018-19 owner Sodexo.
- providers.csv: nps-midlands 2018-19 Good, published 2018-12-18, people_supervised '>17000';
  swansea-neath-port-talbot-pdu Inadequate in 2021-22, Requires improvement in 2025-26.
- rounds.csv: 2019-20 all 10 rated, 4 Good, 6 Requires improvement; CRCs 9 rated, 6 Requires improvement;
  2018-19 NPS 5 of 7 Good, CRCs 1 of 21.
- providers.csv: derby-city-pdu 2025-26 Requires improvement, in the East Midlands region (Inadequate in 2025-26),
  as are nottingham-city-pdu, nottinghamshire-pdu and derbyshire-pdu; hampshire-iow-crc one of 6 services rated Good
  in 2018-19 (rounds.csv); nps-wales 2018-19 Good; rounds.csv 2024-25: 3 regions, all Requires improvement.
- providers.csv: west-kent-pdu Inadequate in 2022-23, Requires improvement in 2024-25; gateshead-south-tyneside-pdu the
  one PDU rated Good in 2022-23 (rounds.csv: 1 of 31).
- providers.csv: kirklees-pdu Inadequate in 2022-23 and 2024-25; dtv-crc Requires improvement in 2018-19, Good in
  2019-20; west-yorkshire-crc Requires improvement in both, its four case supervision standards Inadequate in 2019-20
  (empty in 2018-19), fieldwork of 2018-19 begun 2018-07.
- providers.csv: cumbria-lancashire-crc 2018-19 n_std_good 1, n_std_requires_improvement 5, n_std_inadequate 4;
  wwm-crc 2018-19 n_std_good 3; northamptonshire-pdu 2022-23 court_reports Outstanding; the
  2021-22 PDUs (both of that round's two, rounds.csv) are swansea-neath-port-talbot-pdu (Inadequate) and gwent-pdu
  (Requires improvement), both in the Wales region.
- sector_figures.csv: CRC staff_caseload_over_40_pct '86 per cent', its round not stated (HMIP's 2020 spending
  review submission, quoted by Russell Webster).
"""

from __future__ import annotations

import pytest

from probstat.claims.verify import check_text

CASES = [
    # points in words: "a single point out of a possible 27"
    ("Essex North PDU was judged Inadequate in 2022-23, scoring a single point out of a possible 27.", "supported"),
    ("Lambeth PDU was judged Inadequate in 2022-23, scoring a single point out of a possible 27.", "contradicted"),
    # the region a unit "sits within" or "belongs to"
    ("Cheshire West PDU sits within the North West probation region.", "supported"),
    ("Cheshire West PDU belongs to the Wales region.", "contradicted"),
    # a count of those counted before: "inspected 24 PDUs and rated 14 of them", "14 of which"
    ("In 2024-25 the inspectorate inspected 24 PDUs and rated 14 of them Inadequate.", "supported"),
    ("In 2024-25 the inspectorate inspected 24 PDUs and rated 15 of them Inadequate.", "contradicted"),
    ("In 2018-19 HMIP inspected 21 CRCs, 19 of which were rated Requires improvement.", "supported"),
    ("In 2018-19 HMIP inspected 21 CRCs, 18 of which were rated Requires improvement.", "contradicted"),
    # those rated: "gave ratings to"
    ("HMIP gave overall ratings to nine CRCs in 2019-20.", "supported"),
    ("HMIP gave overall ratings to ten CRCs in 2019-20.", "contradicted"),
    # a count of inspections, and a rating an inspection "resulted in"
    ("Only one of the 31 inspections in 2022-23 resulted in a Good rating.", "supported"),
    ("Only two of the 31 inspections in 2022-23 resulted in a Good rating.", "contradicted"),
    # a standard named with its noun after the rating: "on its reviewing standard"
    ("NPS Wales was rated Outstanding on its reviewing standard in 2018-19.", "supported"),
    ("NPS Wales was rated Outstanding on its staff standard in 2018-19.", "contradicted"),
    # "inspected for the second time" says which inspection, not that the rating was the same as before; a month
    # after "rated Inadequate" dates the rating, not the inspection
    ("Doncaster PDU, rated Inadequate in October 2024, was being inspected for the first time since unification.",
     "supported"),
    ("Doncaster PDU, rated Inadequate in October 2024, was being inspected for the second time since "
     "unification.", "contradicted"),
    # a contrast with one negation: "Unlike X, Y was not rated R" (X was, Y was not)
    ("Unlike Lambeth PDU, Wigan PDU was not rated Inadequate in 2022-23.", "supported"),
    ("Unlike Nottingham City PDU, Nottinghamshire PDU avoided an Inadequate rating in 2025-26.", "contradicted"),
    ("Unlike Wigan PDU, Lambeth PDU escaped an Inadequate rating in 2022-23.", "contradicted"),
    # "all N": those counted are the whole population, so it numbers N
    ("All seven NPS divisions were inspected in 2018-19.", "supported"),
    ("All ten CRCs were inspected in 2019-20.", "contradicted"),
    # a list of populations said in passing: "the NPS with seven divisions and 21 CRCs"
    ("In 2018-19 probation was split into the NPS, with seven divisions, and 21 CRCs.", "supported"),
    ("In 2018-19 probation was split into the NPS, with six divisions, and 21 CRCs.", "contradicted"),
    # no round written, but "of the seven" names the round whose NPS divisions numbered seven (2018-19, not
    # 2019-20's one); the false count stays undecided, as any count with no round written does
    ("None of the NPS divisions got the top rating; five of the seven were Good and none was Inadequate.",
     "supported"),
    ("None of the NPS divisions got the top rating; four of the seven were Good.", "partly checked"),
    # a month right after a unit's rating dates its report; a month beside one clause is not the round another
    # writes
    ("Wigan PDU was rated Requires improvement in May 2023.", "supported"),
    ("Wigan PDU was rated Requires improvement in June 2023.", "contradicted"),
    ("Northamptonshire PDU, rated Requires improvement in May 2022, was rated Inadequate at its next inspection in "
     "2024-25.", "supported"),
    ("Northamptonshire PDU, rated Inadequate in May 2022, was rated Inadequate at its next inspection in 2024-25.",
     "contradicted"),
    # a rating followed by "overall" is the overall rating, not the standard named before it
    ("North Tyneside and Northumberland PDU was rated Inadequate for reviewing but Requires improvement overall.",
     "supported"),
    ("North Tyneside and Northumberland PDU was rated Inadequate for reviewing but Good overall.", "contradicted"),
    # an owner the data do not know is a claim left unread, not carried by the true rating beside it
    ("South Yorkshire CRC, run by Sodexo, was rated Requires improvement in 2018-19.", "supported"),
    ("South Yorkshire CRC, run by Interserve, was rated Requires improvement in 2018-19.", "partly checked"),
    # "more than 15,000" is literally true of "more than 17,000"
    ("NPS Midlands supervised more than 15,000 people in 2018-19.", "supported"),
    ("NPS Midlands supervised fewer than 15,000 people in 2018-19.", "contradicted"),
    # a participle's aside before a verb of supervising
    ("NPS Midlands, rated Good in December 2018, supervised more than 15,000 people.", "supported"),
    ("NPS Midlands, rated Good in December 2018, supervised fewer than 15,000 people.", "contradicted"),
    # several rounds written, each in its own clause: each rating of its own round
    ("Swansea Neath Port Talbot PDU, rated Inadequate in 2021-22, was rated Requires improvement in 2025-26.",
     "supported"),
    ("Swansea Neath Port Talbot PDU, rated Requires improvement in 2021-22, was rated Requires improvement in "
     "2025-26.", "contradicted"),
    # "the nine CRCs rated in 2019-20" are those rated, not the 21 in scope; "all bar three" of them
    ("Of the nine CRCs rated in 2019-20, all bar three were rated Requires improvement.", "supported"),
    ("Of the nine CRCs rated in 2019-20, all bar two were rated Requires improvement.", "contradicted"),
    ("The ten CRCs rated in 2019-20 included three rated Good.", "contradicted"),
    # "all N X bar M", and "All but M" with the population named before
    ("All seven NPS divisions bar two were rated Good in 2018-19.", "supported"),
    ("All seven NPS divisions bar one were rated Good in 2018-19.", "contradicted"),
    ("In 2018-19 HMIP inspected seven NPS divisions.\nAll but two were rated Good.", "supported"),
    ("In 2018-19 HMIP inspected seven NPS divisions.\nAll but one were rated Good.", "contradicted"),
    # "three standards at X": a count of X's standards, not X's overall rating
    ("In 2018-19 three standards at Warwickshire and West Mercia CRC were rated Good.", "supported"),
    ("In 2018-19 four standards at Warwickshire and West Mercia CRC were rated Good.", "contradicted"),
    # "an NPS division ... than a CRC": any unit of each sector, not the text's subject
    ("An NPS division was far more likely than a CRC to be rated Good in 2018-19.", "supported"),
    ("A CRC was far more likely than an NPS division to be rated Good in 2018-19.", "contradicted"),
    # a rating "for its" standard in a clause before the unit is named
    ("Despite an Outstanding rating for its court work, Northamptonshire PDU was rated Requires improvement overall "
     "in 2022.", "supported"),
    ("Despite a Good rating for its court work, Northamptonshire PDU was rated Requires improvement overall in "
     "2022.", "contradicted"),
    # a region's units inspected in a round, counted, "one ... and the other ..."
    ("Of the two Welsh PDUs inspected in 2021-22, one was rated Inadequate and the other Requires improvement.",
     "supported"),
    ("Of the three Welsh PDUs inspected in 2021-22, one was rated Inadequate.", "contradicted"),
    # a list of a unit's standards counted, each after a comma
    ("In 2018-19 Cumbria and Lancashire CRC had one standard rated Good, five requiring improvement and four "
     "Inadequate.", "supported"),
    ("In 2018-19 Cumbria and Lancashire CRC had one standard rated Good, four requiring improvement and five "
     "Inadequate.", "contradicted"),
    # "again" inside the verb the tagger joins ("was again rated"), and "as it had been at its previous
    # inspection": the inspection before had the same rating
    ("Kirklees PDU was again rated Inadequate in 2024-25.", "supported"),
    ("Durham Tees Valley CRC was again rated Good in 2019-20.", "contradicted"),
    ("Kirklees PDU remains rated Inadequate.", "supported"),
    ("Durham Tees Valley CRC remains rated Good.", "contradicted"),
    ("West Yorkshire CRC was rated Requires improvement in 2019-20, as it had been at its previous inspection.",
     "supported"),
    ("Durham Tees Valley CRC was rated Good in 2019-20, the same as at its previous inspection.", "contradicted"),
    # "previously inspected in 2018": the text reports a later inspection
    ("West Yorkshire CRC was previously inspected in 2018.\nAll four of its case supervision standards were rated "
     "Inadequate.", "supported"),
    ("West Yorkshire CRC was previously inspected in 2018.\nAll four of its case supervision standards were rated "
     "Good.", "contradicted"),
    # "only" before a named unit: that no other unit had the rating is a claim of its own, not carried
    ("Only Hampshire and Isle of Wight CRC was rated Good in 2018-19.", "partly checked"),
    ("Only NPS Wales was rated Inadequate in 2018-19.", "contradicted"),
    # a unit's region in an aside, and the rating of the unit, not of the region
    ("Derby City PDU, in the East Midlands region, was rated Requires improvement in 2025-26.", "supported"),
    ("Derby City PDU, in the East Midlands region, was rated Inadequate in 2025-26.", "contradicted"),
    # a list of units in one region; a relative clause after the region is the region's
    ("Nottingham City PDU and Nottinghamshire PDU are part of the East Midlands region, which was itself rated "
     "Inadequate.", "supported"),
    ("Derby City PDU and Derbyshire PDU are part of the East Midlands region, which was itself rated Requires "
     "improvement.", "contradicted"),
    ("Nottingham City PDU and Nottinghamshire PDU are both in the North East region.", "contradicted"),
    # "..., and all three were rated R": three, every one counted before
    ("In 2024-25 three regions were inspected, and all three were rated Requires improvement.", "supported"),
    ("In 2024-25 three regions were inspected, and all three were rated Inadequate.", "contradicted"),
    # changes: "improved on its previous R rating", "has worsened since", "lost its R1 rating and is now R2"
    ("West Kent PDU improved on its previous Inadequate rating.", "supported"),
    ("Northamptonshire PDU improved on its previous Requires improvement rating.", "contradicted"),
    ("Northamptonshire PDU's rating has worsened since 2022.", "supported"),
    ("Northamptonshire PDU's rating has improved since 2022.", "contradicted"),
    ("Northamptonshire PDU lost its Requires improvement rating and is now Inadequate.", "supported"),
    ("Northamptonshire PDU lost its Inadequate rating and is now Requires improvement.", "contradicted"),
    # "apart from X, every PDU inspected in 2022-23": of the round's 31
    ("Apart from South Tyneside and Gateshead, every PDU inspected in 2022-23 was rated Requires improvement or "
     "Inadequate.", "supported"),
    ("Apart from Lambeth, every PDU inspected in 2022-23 was rated Requires improvement or Inadequate.",
     "contradicted"),
    # "five of its seven divisions": "its" the sector's; a list of counts with lower-case ratings after a colon
    ("In 2018-19 the NPS had five of its seven divisions rated good.", "supported"),
    ("In 2018-19 the NPS had six of its seven divisions rated good.", "contradicted"),
    ("In 2019-20 inspectors rated ten services: four good and six requiring improvement.", "supported"),
    ("In 2019-20 inspectors rated ten services: five good and five requiring improvement.", "contradicted"),
    # a published figure without a round: evidence for a sentence without one, not for a round it names
    ("86 per cent of CRC staff had more than 40 cases.", "supported"),
    ("70 per cent of CRC staff had more than 40 cases.", "contradicted"),
    ("In 2018-19, 86 per cent of CRC staff had more than 40 cases.", "unverifiable"),
    ("In 2018-19, 70 per cent of CRC staff had more than 40 cases.", "unverifiable"),
    # a month beside inspecting words that no part read is a claim left unread ("after inspectors visited in ...")
    ("Kirklees PDU was rated Inadequate after inspectors visited in January 2023.", "partly checked"),
    ("Kirklees PDU was rated Good after inspectors visited in January 2023.", "contradicted"),
    # "reported in <month>": the report's month; "at that inspection": the inspection the sentence before dated
    ("Leicester, Leicestershire and Rutland PDU was rated Inadequate in 2025-26.\nAt its previous inspection, "
     "reported in February 2023, it was also rated Inadequate.", "supported"),
    ("Leicester, Leicestershire and Rutland PDU was rated Inadequate in 2025-26.\nAt its previous inspection, "
     "reported in March 2023, it was also rated Inadequate.", "contradicted"),
    ("Leicester, Leicestershire and Rutland PDU was rated Inadequate in 2025-26.\nAt its previous inspection, "
     "reported in February 2023, it was also rated Inadequate.\nThe inspectorate scored it two points out of 27 "
     "at that inspection.", "supported"),
    ("Leicester, Leicestershire and Rutland PDU was rated Inadequate in 2025-26.\nAt its previous inspection, "
     "reported in February 2023, it was also rated Inadequate.\nThe inspectorate scored it four points out of 27 "
     "at that inspection.", "contradicted"),
    # a region's units counted: at least so many, literally (five are known here, of a number not known)
    ("Five PDUs in the North East were rated Requires improvement in 2025-26.", "supported"),
    ("Four PDUs in the North East were rated Requires improvement in 2025-26.", "supported"),
    ("Two PDUs in the North East were rated Good in 2025-26.", "unverifiable"),
    # "still" dated to a unit's inspection in the first rated round: "nevertheless", no earlier rating
    ("DTV CRC, whose leadership was rated Outstanding, was still rated Requires improvement overall in March 2019.",
     "supported"),
    ("DTV CRC, whose leadership was rated Outstanding, was still rated Good overall in March 2019.", "contradicted"),
    # "half as many ... as": a ratio of two figures, not a share of its own
    ("CRCs recorded home visits in only half as many of the cases needing one as NPS divisions did in 2018-19.",
     "unverifiable"),
    ("CRCs recorded a home visit in only half of the cases needing one in 2018-19.", "contradicted"),
    # a bare "N of the M" after a comparison counts the subject, not the population after "than"
    ("NPS divisions did better than CRCs in 2018-19: five of the seven were rated Good.", "partly checked"),
    ("NPS divisions did better than CRCs in 2018-19: four of the seven were rated Good.", "contradicted"),
    # "failed to climb out of" a rating: the two negations cancel, the rating was given (sheffield-pdu Inadequate
    # in 2022-23 and 2024-25); "the good category" is a rating too
    ("Sheffield PDU failed to climb out of the Inadequate rating in 2024-25.", "supported"),
    ("Sheffield PDU failed to lift itself out of the inadequate category at its second inspection.", "supported"),
    ("Sheffield PDU failed to climb out of the Requires improvement rating in 2024-25.", "contradicted"),
    ("Sheffield PDU failed to lift itself out of the good category in 2024-25.", "contradicted"),
    # change verbs of the news ("slumped", "plunged", "jumped") with a year inside "from R1 in 2023 to R2"
    # (north-north-east-lincolnshire-pdu Requires improvement in 2022-23, Inadequate in 2024-25; essex-north-pdu
    # Inadequate in 2022-23, Requires improvement in 2024-25)
    ("North and North East Lincolnshire PDU slumped from Requires improvement in 2023 to Inadequate at its next "
     "inspection.", "supported"),
    ("North and North East Lincolnshire PDU slumped from Inadequate in 2023 to Requires improvement at its next "
     "inspection.", "contradicted"),
    ("Essex North PDU jumped from Inadequate to Requires improvement between its two inspections.", "supported"),
    ("Essex North PDU plunged from Requires improvement to Inadequate between its two inspections.", "contradicted"),
    ("Essex North PDU improved on its 2022 Inadequate rating.", "supported"),
    ("Essex North PDU improved on its 2022 Requires improvement rating.", "contradicted"),
    # ", coming out as R": the subject's rating in a clause of its own (sunderland-pdu Requires improvement, 2025-26)
    ("Sunderland PDU escaped an Inadequate rating, coming out as Requires improvement.", "supported"),
    ("Sunderland PDU escaped an Inadequate rating, coming out as Good.", "contradicted"),
    # "all the providers rated R were CRCs": who those with the rating are, not all providers counted (2018-19: one
    # Inadequate, a CRC; six Good, five NPS divisions and one CRC)
    ("All the providers rated Inadequate in 2018-19 were CRCs.", "supported"),
    ("All the services rated Good in 2018-19 were NPS divisions.", "contradicted"),
    # a true rating beside what the data cannot check (a sum of money, a case-level result, an average) is only
    # partly checked: never supported (wigan-pdu Requires improvement in 2022-23)
    ("Wigan PDU was rated Requires improvement in 2022-23, after the service lost \u00a310m.", "partly checked"),
    ("Wigan PDU was rated Requires improvement in 2022-23, although every case inspected had been allocated.",
     "partly checked"),
    ("Wigan PDU was rated Requires improvement in 2022-23, well below the national average.", "partly checked"),
    ("Wigan PDU was rated Good in 2022-23, well below the national average.", "contradicted"),
    # "more than ten times as likely": the words bound the ratio (2018-19: 5 of 7 NPS divisions Good, 1 of 21 CRCs,
    # 15 times as likely)
    ("In 2018-19 NPS divisions were more than ten times as likely as CRCs to be rated Good.", "supported"),
    ("In 2018-19 NPS divisions were more than twenty times as likely as CRCs to be rated Good.", "contradicted"),
    ("In 2018-19 NPS divisions were fifteen times as likely as CRCs to be rated Good.", "supported"),
    # "the private sector had 20 providers rated below Good": the sector's own (2018-19: 20 of the 21 CRCs below
    # Good, none of the seven NPS divisions Inadequate)
    ("In 2018-19 the private sector had 20 providers rated below Good.", "supported"),
    ("In 2018-19 the private sector had 19 providers rated below Good.", "contradicted"),
    ("In 2018-19 the public sector had no providers rated Inadequate.", "supported"),
    # "six of them" after counts of two populations joined by "and": of both together (2018-19: six of the 28
    # providers Good, one of the 21 CRCs, five of the seven NPS divisions)
    ("Seven NPS divisions and 21 CRCs were inspected in 2018-19, and six of them were rated Good.", "supported"),
    ("Seven NPS divisions and 21 CRCs were inspected in 2018-19, and seven of them were rated Good.",
     "contradicted"),
    ("In 2018-19 HMIP inspected 21 CRCs, and one of them was rated Good.", "supported"),
    # "its third inspection since unification": a third is more than the data and the inspectorate count
    # (leicester-leicestershire-rutland-pdu 2025-26: its second, inspection_ordinals.csv)
    ("Leicester, Leicestershire and Rutland PDU's 2025-26 inspection was its third since unification in 2021.",
     "contradicted"),
    ("Leicester, Leicestershire and Rutland PDU's 2025-26 inspection was its second since unification in 2021.",
     "supported"),
    # "X was rated R, with all four case supervision standards also rated R": X's standards, not the text's unit
    # (cardiff-vale-pdu 2025-26: all four Inadequate; hampshire-iow-crc 2018-19: two Good)
    ("Wales region report\n\nCardiff and the Vale PDU was rated Inadequate in 2025-26, with all four case "
     "supervision standards also rated Inadequate.", "supported"),
    ("Wales region report\n\nHampshire and Isle of Wight CRC was rated Good in 2018-19, with all four case "
     "supervision standards also rated Inadequate.", "contradicted"),
    # "X, inspected for the second time, was rated R2, up from R1 at its first inspection": the change is counted
    # from the first, judged at the second (kirklees-pdu Inadequate in 2022-23 and 2024-25; essex-north-pdu
    # Inadequate, then Requires improvement)
    ("Kirklees PDU, inspected for the second time, was rated Requires improvement, up from Inadequate at its first "
     "inspection.", "contradicted"),
    ("Essex North PDU, inspected for the second time, was rated Requires improvement, up from Inadequate at its "
     "first inspection.", "supported"),
    # "W ran six CRCs, and every one of them was rated R": all of the owner's (Sodexo's six all Requires
    # improvement in 2018-19; Purple Futures's five, four Requires improvement and hampshire-iow-crc Good)
    ("Sodexo ran six CRCs in 2018-19, and every one of them was rated Requires improvement.", "supported"),
    ("Purple Futures ran five CRCs in 2018-19, and all of them were rated Requires improvement.", "contradicted"),
    # "the private company that supervises ...": the CRC (norfolk-suffolk-crc: more than 3,000 people in 2018-19)
    ("Norfolk and Suffolk CRC report\n\nThe private company that supervises more than 3,000 offenders has been "
     "rated Requires improvement.", "supported"),
    ("Norfolk and Suffolk CRC report\n\nThe private company that supervises more than 3,000 offenders has been "
     "rated Good.", "contradicted"),
    # "lifted out of", "climbed out of" a rating: up from it (essex-north-pdu Inadequate in 2022-23, Requires
    # improvement in 2024-25; sheffield-pdu Inadequate at both)
    ("Essex North PDU was lifted out of Inadequate in 2024-25.", "supported"),
    ("Sheffield PDU climbed out of the Inadequate category in 2024-25.", "contradicted"),
    ("Sheffield PDU has not climbed out of the Inadequate category in 2024-25.", "supported"),
    # "all four standards covering work with people on probation": the four case supervision standards
    # (essex-north-pdu 2024-25: assessment, planning, implementation and delivery, reviewing all Inadequate;
    # hampshire-iow-crc 2018-19: assessment and planning Good, implementation Requires improvement, reviewing
    # Inadequate)
    ("At Essex North PDU in 2024-25, all four standards covering work with people on probation were rated "
     "Inadequate.", "supported"),
    ("At Hampshire and Isle of Wight CRC in 2018-19, all four standards covering work with people on "
     "probation were rated Inadequate.", "contradicted"),
    # "X was one of three divisions not rated Good": three were not, X among them (2018-19: nps-london and
    # nps-south-east-eastern Requires improvement, the other five Good)
    ("NPS South East and Eastern was one of two NPS divisions not rated Good in 2018-19.", "supported"),
    ("NPS South East and Eastern was one of three NPS divisions not rated Good in 2018-19.", "contradicted"),
    ("NPS Wales was one of two NPS divisions not rated Good in 2018-19.", "contradicted"),
    # a linking word between commas ("by contrast", "however") leaves the standard named before it its subject
    # (cwm-taf-morgannwg-pdu 2025-26: leadership Good, overall Requires improvement)
    ("Cwm Taf Morgannwg PDU's leadership, by contrast, was rated Good in 2025-26.", "supported"),
    ("Cwm Taf Morgannwg PDU's leadership, however, was rated Requires improvement in 2025-26.", "contradicted"),
    # points compared (essex-north-pdu 1, staffordshire-stoke-pdu 2, lambeth-pdu 3, ealing-hillingdon-pdu 3, all
    # 2022-23): "more" is strictly more
    ("Lambeth PDU outscored Staffordshire and Stoke PDU.", "supported"),
    ("Lambeth PDU scored more points than Ealing and Hillingdon PDU.", "contradicted"),
    ("Essex North PDU scored fewer points out of 27 in 2022 than Staffordshire and Stoke PDU.", "supported"),
    ("Staffordshire and Stoke PDU scored fewer points than Essex North PDU.", "contradicted"),
    # "told by the watchdog to improve": below Good, whoever gave the order (wigan-pdu Requires improvement in
    # 2022-23; nps-wales Good in 2018-19)
    ("Wigan PDU was told by the watchdog to improve in 2022-23.", "supported"),
    ("NPS Wales was ordered by inspectors to improve in 2018-19.", "contradicted"),
    # "X, rated R1 in May 2022, had slipped to R2": R2 is the later rating (northamptonshire-pdu Requires
    # improvement in 2022-23, published 2022-05; Inadequate in 2024-25)
    ("Northamptonshire PDU, rated Requires improvement in May 2022, had slipped to Inadequate by its 2024-25 "
     "inspection.", "supported"),
    ("Northamptonshire PDU, rated Inadequate in May 2022, had risen to Requires improvement by its 2024-25 "
     "inspection.", "contradicted"),
    # "two of the five NPS divisions rated Good ... were in the north": the rating picks the units out and the verb
    # says something else of them, which the data do not hold; not a share of the divisions rated Good (5 of 7)
    ("Two of the five NPS divisions rated Good in 2018-19 were in the north.", "unverifiable"),
    ("Two of the three CRCs rated Good in 2019-20 were owned by Purple Futures.", "unverifiable"),
    ("Five of the seven NPS divisions rated in 2018-19 were Good.", "supported"),
    ("Four of the seven NPS divisions rated in 2018-19 were Good.", "contradicted"),
    # "failed to keep", "did not hold on to" its rating: it lost it (nps-north-west Good in 2018-19 and 2019-20;
    # north-north-east-lincolnshire-pdu Requires improvement in 2022-23, Inadequate in 2024-25)
    ("NPS North West failed to hold on to its Good rating in 2019-20.", "contradicted"),
    ("NPS North West held on to its Good rating in 2019-20.", "supported"),
    ("North and North East Lincolnshire PDU did not keep its Requires improvement rating in 2024-25.", "supported"),
    ("North and North East Lincolnshire PDU held onto its Requires improvement rating in 2024-25.", "contradicted"),
    # "between 2022 and 2025": two years, no figure (swansea-neath-port-talbot-pdu Inadequate in 2021-22,
    # Requires improvement in 2025-26)
    ("Swansea Neath Port Talbot PDU's rating rose from Inadequate to Requires improvement between 2022 and 2025.",
     "supported"),
    ("Swansea Neath Port Talbot PDU's rating fell from Requires improvement to Inadequate between 2022 and 2025.",
     "contradicted"),
    # "as it was in 2023": the year of the inspection before (leicester-leicestershire-rutland-pdu Inadequate in
    # 2022-23 and 2025-26)
    ("Leicester, Leicestershire and Rutland PDU is still rated Inadequate, as it was in 2023.", "supported"),
    ("Leicester, Leicestershire and Rutland PDU is still rated Good, as it was in 2023.", "contradicted"),
    # a region in an aside after the unit, or after "the PDU"
    ("Leeds PDU was inspected in 2024-25.\nThe PDU, part of the Yorkshire and the Humber region, was rated "
     "Inadequate.", "supported"),
    ("Leeds PDU was inspected in 2024-25.\nThe PDU, part of the North East probation region, was rated Inadequate.",
     "contradicted"),
    # another standard's rating after "despite" or "praising its"
    ("NPS Wales was rated Good despite an Outstanding rating for reviewing.", "supported"),
    ("NPS Wales was rated Good despite a Good rating for reviewing.", "contradicted"),
    ("Inspectors rated the KSS region Requires improvement in May 2024, praising its outstanding victim work.",
     "supported"),
    ("Inspectors rated the KSS region Requires improvement in May 2024, praising its inadequate victim work.",
     "contradicted"),
    # "rated X good in <month>": lower case after "rated" and the unit is the rating
    ("Inspectors rated the KSS region good in May 2024.", "contradicted"),
    ("Inspectors rated the KSS region requires improvement in May 2024.", "supported"),
    # a unit "one of three ..." keeps its own rating's verdict
    ("Tameside PDU, one of three Greater Manchester units whose reports came out in May 2023, was judged "
     "inadequate.", "contradicted"),
    # "inspected three regions and rated every one of them R"
    ("In 2024-25 HMIP inspected three regions and rated every one of them requires improvement.", "supported"),
    ("In 2024-25 HMIP inspected three regions and rated every one of them inadequate.", "contradicted"),
    # "did not escape", "failed to avoid" a rating: two negations, the rating given
    ("Lambeth PDU did not escape an Inadequate rating in 2022-23.", "supported"),
    ("Newham PDU did not escape an Inadequate rating in 2022-23.", "contradicted"),
    # "... and its planning Good": another standard of the same unit, the standard first
    ("NPS South West and South Central's assessment work was rated Outstanding and its planning Good.",
     "supported"),
    ("NPS South West and South Central's assessment work was rated Outstanding and its planning Outstanding.",
     "contradicted"),
    # "all seven standards" of a later framework: one held standard rated otherwise says no
    ("Bradford and Calderdale PDU was rated Inadequate on all seven of its standards.", "contradicted"),
    # the whole and the part in one figure: "five of the six services rated Good were NPS divisions"
    ("Five of the six services rated Good in 2018-19 were NPS divisions.", "supported"),
    ("Four of the six services rated Good in 2018-19 were NPS divisions.", "contradicted"),
    ("Three of the four services rated Good in 2019-20 were CRCs.", "supported"),
    # one rating's counts in two populations compared
    ("In 2018-19 more NPS divisions than CRCs were rated Good.", "supported"),
    ("In 2018-19 more CRCs were rated Good than NPS divisions.", "contradicted"),
    ("In 2018-19 fewer CRCs than NPS divisions were rated Requires improvement.", "contradicted"),
    # a region named after "PDUs inspected in" or after "were inspected in" restricts the PDUs to its own
    ("Six PDUs were inspected in the East Midlands in 2025-26.", "supported"),
    ("Every PDU inspected in the East Midlands in 2025-26 was rated Inadequate.", "contradicted"),
    ("Five PDUs inspected in the East Midlands in 2025-26 were rated Inadequate.", "supported"),
    ("PDUs inspected in the North East in 2025-26 were rated Requires improvement.", "unverifiable"),
    # a year beside "inspection of" or after "late" is no figure
    ("The 2024 inspection of Essex North PDU rated it Requires improvement.", "supported"),
    ("The 2024 inspection of Essex North PDU rated it Inadequate.", "contradicted"),
    # another standard's rating after a count of the unit's standards; lower case after "yet" in a rated clause
    ("Norfolk and Suffolk CRC was rated Inadequate on all four case supervision standards, yet outstanding for "
     "unpaid work.", "supported"),
    ("Norfolk and Suffolk CRC was rated Inadequate on all four case supervision standards, yet good for unpaid "
     "work.", "contradicted"),
    # a dateline does not push the lede out of the news: the lede is news of the report of the year before the date
    ("Published: 3 October 2025\nProbation services in Gateshead and South Tyneside have been told they require "
     "improvement.", "supported"),
    ("Published: 3 October 2025\nProbation services in Gateshead and South Tyneside have been rated Good.",
     "contradicted"),
    # lower case after a count of standards the sentence rates
    ("Inspectors rated all four of West Yorkshire CRC's case supervision standards inadequate in 2019-20.",
     "supported"),
    ("Inspectors rated all four of West Yorkshire CRC's case supervision standards good in 2019-20.",
     "contradicted"),
    # "all three" after units named over the last sentences, as many as it says
    ("Lambeth PDU scored three points out of 27, the same as Ealing and Hillingdon PDU.\nHammersmith, Fulham, "
     "Kensington, Chelsea and Westminster PDU scored zero points out of 27.\nAll three were rated Inadequate.",
     "supported"),
    ("Lambeth PDU scored three points out of 27, the same as Ealing and Hillingdon PDU.\nHammersmith, Fulham, "
     "Kensington, Chelsea and Westminster PDU scored zero points out of 27.\nAll three were rated Requires "
     "improvement.", "contradicted"),
    # "for the second time": a re-inspection, the rating of the later one
    ("Kirklees PDU has been rated Inadequate for the second time.", "supported"),
    ("Derby City PDU has been rated Inadequate for the second time.", "contradicted"),
    # "found an outstanding leadership team": the standard's rating, or a finding in words, so never contradicted
    ("South Yorkshire CRC was rated Requires improvement in 2018-19, but inspectors found an outstanding leadership "
     "team.", "supported"),
    ("South Yorkshire CRC was rated Requires improvement in 2018-19, but inspectors found an inadequate leadership "
     "team.", "partly checked"),
    # "all other services" claims something of the others and turns nothing read around
    ("In 2018-19 probation was split into the NPS and 14 CRCs, which dealt with all other offenders.",
     "contradicted"),
    # two sectors' shares in one sentence, the second after "in"
    ("86 per cent of staff in CRCs and 33 per cent in NPS divisions had more than 40 cases.", "supported"),
    ("86 per cent of staff in CRCs and 43 per cent in NPS divisions had more than 40 cases.", "contradicted"),
    ("It said staff were struggling, with 86 per cent of staff in CRCs and 33 per cent in NPS divisions "
     "responsible for more than 40 cases.", "supported"),
    ("It said staff were struggling, with 86 per cent of staff in CRCs and 23 per cent in NPS divisions "
     "responsible for more than 40 cases.", "contradicted"),
    # case supervision: "standards for the quality of case supervision", "in all four areas", the four named after
    ("West Yorkshire CRC was inspected again in 2019-20.\nAll four standards for the quality of case supervision "
     "were rated Inadequate.", "supported"),
    ("West Yorkshire CRC was inspected again in 2019-20.\nAll four standards for the quality of case supervision "
     "were rated Requires improvement.", "contradicted"),
    ("In 2019-20 Staffordshire and West Midlands CRC's case supervision was rated Inadequate in all four areas.",
     "supported"),
    ("In 2019-20 Staffordshire and West Midlands CRC's case supervision was rated Good in all four areas.",
     "contradicted"),
    ("In 2019-20 Northumbria CRC's case supervision was rated Requires improvement for assessment, planning, "
     "implementation and reviewing.", "supported"),
    ("In 2019-20 Northumbria CRC's case supervision was rated Inadequate for assessment, planning, "
     "implementation and reviewing.", "contradicted"),
    # "when inspectors returned": a re-inspection; "at its first inspection": the first, whichever the text reports
    ("Inspectors returned to Staffordshire and West Midlands CRC and rated all four of its case supervision "
     "standards Inadequate.", "supported"),
    ("Inspectors returned to West Yorkshire CRC and rated its four case supervision standards Inadequate.\nThe "
     "CRC supervised 8,136 people at its first inspection.", "supported"),
    ("Inspectors returned to West Yorkshire CRC and rated its four case supervision standards Inadequate.\nThe "
     "CRC supervised 9,136 people at its first inspection.", "contradicted"),
    # "all three London PDUs ... in October 2022": the London PDUs reported that month (ealing-hillingdon,
    # hammersmith-fulham-kensington-chelsea-westminster and lambeth, on 2022-10-18), all three Inadequate; in the
    # round (no month) "all three" of the region's six is another matter
    ("All three London PDUs were rated Inadequate in October 2022.", "supported"),
    ("All three London PDUs were rated Inadequate in 2022-23.", "contradicted"),
    ("All three London PDUs were rated Good in October 2022.", "contradicted"),
    ("All six Welsh PDUs were rated Requires improvement in 2025-26.", "contradicted"),
    # a rating "on" doing something: a part of the work the data do not rate, not the overall rating
    ("In 2024-25 inspectors rated all three regions 'Inadequate' on supporting people on probation to change.",
     "unverifiable"),
    # who ran the unit, after its rating or in a participle opening the sentence: read, or left unread
    ("Durham Tees Valley CRC was rated Good in 2019-20 and was run by Sodexo.", "partly checked"),
    ("Run by Sodexo, a French company, Essex CRC supervised more than 4,000 people in 2018-19.", "supported"),
    ("Run by Seetec, a French company, Essex CRC supervised more than 4,000 people in 2018-19.", "contradicted"),
    # "One of the services, X, ...": "one of" only introduces the unit named after it
    ("One of the services, Hammersmith, Fulham, Kensington, Chelsea and Westminster PDU, scored none of the 27 "
     "inspection points in 2022-23.", "supported"),
    ("One of the services, Lambeth PDU, scored none of the 27 inspection points in 2022-23.", "contradicted"),
    # the cases the round's inspections analysed, a published figure of its own beside another
    ("More than a quarter of a million people were under probation supervision in 2018-19, HMIP said, and its "
     "inspectors analysed nearly 6,000 cases.", "supported"),
    ("More than a quarter of a million people were under probation supervision in 2018-19, HMIP said, and its "
     "inspectors analysed nearly 8,000 cases.", "contradicted"),
    ("In 2018-19 inspectors examined 60 cases in each CRC.", "unverifiable"),
    # "the Probation Service in Wales": the region, in a text about the years since 2021
    ("The Probation Service in Wales was rated Requires improvement in 2025-26.", "supported"),
    ("The Probation Service in Wales was rated Good in 2025-26.", "contradicted"),
    # "a trio of", "a pair of": a count in words
    ("A trio of London PDUs were rated Inadequate in October 2022.", "supported"),
    ("A trio of London PDUs were rated Good in October 2022.", "contradicted"),
    # "all 21 CRC contracts early": a word of when after the population does not restrict it, and the "all" is
    # read with the count (rounds.csv 2018-19: 21 CRCs); ending the contracts is a claim the data do not hold
    ("Ministers decided in 2018-19 to end all 21 CRC contracts early.", "partly checked"),
    ("Ministers decided in 2018-19 to end all 25 CRC contracts early.", "contradicted"),
    # "not one of the 28": none of them (rounds.csv 2018-19: 28 inspected, 0 Outstanding, 1 CRC Inadequate)
    ("Not one of the 28 services inspected in 2018-19 achieved an Outstanding rating overall.", "supported"),
    ("Not one of the 21 CRCs was rated Inadequate in 2018-19.", "contradicted"),
    # a unit one of a population of so many, with nothing they are counted by; set off by commas, the rest of the
    # sentence is read too (rounds.csv 2018-19: 21 CRCs, 7 NPS divisions; essex-crc >4,000 people supervised)
    ("Essex CRC was one of the country's 21 CRCs.", "supported"),
    ("Essex CRC was one of the country's 25 CRCs.", "contradicted"),
    ("Essex CRC, one of 21 CRCs, supervises more than 4,000 people.", "supported"),
    ("NPS Wales, one of eight NPS divisions, was rated Good in 2018-19.", "contradicted"),
    ("Lambeth PDU is one of 108 PDUs.", "unverifiable"),
    # "X was one of five PDUs in a region rated R": five in all, not five or more (Yorkshire and the Humber 2024-25:
    # seven PDUs known rated Inadequate, bradford-calderdale-pdu among them); with a month, that month's reports,
    # which are not counted (London, October 2022: three reports, all Inadequate)
    ("Bradford and Calderdale PDU was one of five PDUs in Yorkshire and the Humber rated Inadequate in 2024-25.",
     "contradicted"),
    ("Bradford and Calderdale PDU was one of eight PDUs in Yorkshire and the Humber rated Inadequate in 2024-25.",
     "partly checked"),
    ("Lambeth PDU was one of two London PDUs rated Inadequate in October 2022.", "partly checked"),
    # a month opening the sentence dates its ratings, as one after them does (surrey-pdu 2024-25 Inadequate,
    # published 2024-03; norfolk-pdu Inadequate, published 2024-05)
    ("In March 2024, Surrey PDU was rated Inadequate.", "supported"),
    ("In September 2024, Surrey PDU was rated Inadequate.", "contradicted"),
    ("Inspectors said that in March 2024, Surrey PDU and Norfolk PDU were rated Inadequate.", "contradicted"),
    # how many times a unit had a rating past the second is a claim the data cannot count
    ("Surrey PDU was rated Inadequate for the third time in 2024-25.", "partly checked"),
    # "X PDU in <region> was rated R": where the unit is, a claim of its own, and the unit is the one rated
    # (cardiff-vale-pdu: Wales, Inadequate in 2025-26)
    ("Cardiff and the Vale PDU in Wales was rated Inadequate in 2025-26.", "supported"),
    ("Cardiff and the Vale PDU in the East Midlands was rated Inadequate in 2025-26.", "contradicted"),
    # how many inspections the inspectorate did or published, and so many of them rated R (rounds.csv 2022-23: 31
    # inspected, 15 Inadequate; 2018-19: 28)
    ("In 2018-19 HMIP carried out 28 inspections.", "supported"),
    ("In 2018-19 HMIP carried out 30 inspections.", "contradicted"),
    ("In 2022-23 HMIP published 31 inspections, 15 of them rated Inadequate.", "supported"),
    ("In 2022-23 HMIP published 31 inspections, 16 of them rated Inadequate.", "contradicted"),
    # a share after a count restates it, of the count's total (2022-23: 15 of 31 Inadequate, 48.4 per cent; 2018-19:
    # 19 of 21 CRCs Requires improvement, 90.5 per cent)
    ("In 2022-23, 15 of 31 inspections were rated Inadequate, almost half of the total.", "supported"),
    ("In 2022-23, 15 of 31 inspections were rated Inadequate, more than half of the total.", "contradicted"),
    ("In 2018-19, 19 of the 21 CRCs were rated Requires improvement, more than two thirds of them.", "supported"),
    ("In 2018-19, 19 of the 21 CRCs were rated Requires improvement, fewer than half of them.", "contradicted"),
    # months that span one round's reports name it, and a second count after "and" shares the first's predicate
    # (rounds.csv 2024-25, February 2024 to February 2025: 24 PDUs and 3 regions rated)
    ("Between February 2024 and February 2025 inspectors rated 24 probation delivery units and three regions.",
     "supported"),
    ("Between February 2024 and February 2025 inspectors rated 24 probation delivery units and four regions.",
     "contradicted"),
    # "the only R rating went to a CRC": one unit had it, of that population (rounds.csv 2018-19: one Inadequate, a
    # CRC; 2019-20: none)
    ("In 2018-19 the only Inadequate rating went to a CRC.", "supported"),
    ("The only Inadequate rating in 2018-19 went to an NPS division.", "contradicted"),
    ("In 2019-20 the only Inadequate rating went to a CRC.", "contradicted"),
    # "the Welsh region", "the Welsh division": a unit named by its adjective (aliases.csv)
    ("The Welsh region as a whole was rated Requires improvement in 2025-26.", "supported"),
    ("The Welsh division was rated Inadequate in 2018-19.", "contradicted"),
    # a second count after "compared with", "against": the first count's rating (rounds.csv 2018-19: 5 of 7 NPS
    # divisions and 1 of 21 CRCs Good)
    ("In 2018-19 five of the seven NPS divisions were rated Good, compared with one of the 21 CRCs.", "supported"),
    ("In 2018-19 five of the seven NPS divisions were rated Good, compared with three of the 21 CRCs.",
     "contradicted"),
    ("In 2018-19 five of the seven NPS divisions were rated Good, against one of the 21 CRCs.", "supported"),
    # "the CRC staff" in a text with no unit of its own is the sector's staff, each figure of its own sector
    # (sector_figures.csv 2018-19: NPS ro_caseload_40_or_less_pct two thirds; CRC staff_caseload_over_50_pct over
    # two-thirds)
    ("In 2018-19, two thirds of NPS responsible officers had caseloads of 40 or fewer, while among the CRC staff it "
     "was the other way round: two thirds of them had caseloads of more than 50.", "supported"),
    ("In 2018-19, two thirds of NPS responsible officers had caseloads of 40 or fewer, while among the CRC staff it "
     "was the other way round: one third of them had caseloads of more than 50.", "contradicted"),
    # "in England and Wales" places a population everywhere, restricting it to no part (rounds.csv 2018-19: 28
    # inspected, none Outstanding, six Good)
    ("All 28 probation services in England and Wales were inspected in 2018-19, and not one was rated Outstanding.",
     "supported"),
    ("In 2018-19, five of the 28 probation services in England and Wales were rated Good.", "contradicted"),
    # "the only R rating went to <unit>": one unit had it, and that one (2018-19: ddc-crc the one Inadequate)
    ("The only Inadequate rating in 2018-19 went to Dorset, Devon and Cornwall CRC.", "supported"),
    ("The only Inadequate rating in 2018-19 went to London CRC.", "contradicted"),
    # standards listed and rated together, with a word of the whole ("all four ... (A, B, C and D)", "... all R")
    # (dlnr-crc and west-yorkshire-crc 2019-20: assessment, planning, implementation and delivery, reviewing all
    # Inadequate)
    ("In 2019-20 inspectors rated all four case supervision standards (assessment, planning, implementation and "
     "delivery, and reviewing) as Inadequate at DLNR CRC.", "supported"),
    ("In 2019-20 inspectors rated all four case supervision standards (assessment, planning, implementation and "
     "delivery, and reviewing) as Good at DLNR CRC.", "contradicted"),
    ("In 2019-20 inspectors rated West Yorkshire CRC's assessment, planning, delivery and reviewing all "
     "Inadequate.", "supported"),
    ("In 2019-20 inspectors rated West Yorkshire CRC's assessment, planning, delivery and reviewing all Good.",
     "contradicted"),
    # "has stayed R this time" after "rated R in 2022": the rating at the inspection after that year's, and no
    # change since (west-kent-pdu Inadequate in 2022-23, Requires improvement in 2024-25; kirklees-pdu Inadequate
    # in both)
    ("West Kent, rated Inadequate in 2022, has stayed Inadequate this time.", "contradicted"),
    ("West Kent, rated Inadequate in 2022, has stayed Requires improvement this time.", "contradicted"),
    ("Kirklees, rated Inadequate in 2022, has stayed Inadequate this time.", "supported"),
    # "the other four Welsh PDUs": all the rest, as many as that (2025-26: cardiff-vale-pdu Inadequate and five
    # other Welsh PDUs Requires improvement in the data, and no published total for the region)
    ("In 2025-26 Cardiff and the Vale was rated Inadequate and the other four Welsh PDUs Requires improvement.",
     "contradicted"),
    ("In 2025-26 Cardiff and the Vale was rated Inadequate and the other five Welsh PDUs Requires improvement.",
     "partly checked"),
    # a standard's relative clause (hampshire-iow-crc 2018-19 reviewing Inadequate)
    ("At Hampshire and Isle of Wight CRC in 2018-19, reviewing, which was rated Inadequate, needed work.",
     "supported"),
    ("At Hampshire and Isle of Wight CRC in 2018-19, reviewing, which was rated Good, needed work.", "contradicted"),
    # a thread's number ("3/") is no figure; "work for victims" is the victim work standard
    # (east-of-england-region 2024-25 Requires improvement, victim_work Outstanding)
    ("3/ In 2024-25 the East of England region was rated Requires improvement, with its work for victims rated "
     "Outstanding.", "supported"),
    ("3/ In 2024-25 the East of England region was rated Requires improvement, with its work for victims rated "
     "Good.", "contradicted"),
    # a region set before the clause is its PDUs' ("In London, ..."; 2022-23: London 4 of 6 PDUs Inadequate,
    # Greater Manchester 3 of 3 Requires improvement, South West 1 of 3 Inadequate)
    ("In London, four of the six PDUs inspected in 2022-23 were rated Inadequate.", "supported"),
    ("In London, three of the six PDUs inspected in 2022-23 were rated Inadequate.", "contradicted"),
    ("In Greater Manchester, all three PDUs inspected in 2022-23 were rated Requires improvement.", "supported"),
    ("In the South West, two of the three PDUs inspected in 2022-23 were rated Inadequate.", "contradicted"),
    # "climbed off the bottom grade": up from Inadequate (swansea-neath-port-talbot-pdu Inadequate in 2021-22,
    # Requires improvement in 2025-26; kirklees-pdu Inadequate in 2022-23 and 2024-25)
    ("Swansea PDU climbed off the bottom grade in 2025-26.", "supported"),
    ("Kirklees PDU climbed off the bottom grade in 2024-25.", "contradicted"),
    # "the services standard": the standard itself, and "..., with a rating of R" after it is the standard's, not
    # the unit's overall rating (bradford-calderdale-pdu 2024-25: Inadequate overall, services Requires improvement)
    ("In 2024-25 Bradford and Calderdale PDU's services standard was given a rating of Requires improvement.",
     "supported"),
    ("In 2024-25 Bradford and Calderdale PDU's services standard was given a rating of Inadequate.",
     "contradicted"),
    # two units' places before one plural noun: "the North East and Wales regions" (2025-26: east-midlands-region
    # Inadequate, north-east-region and wales-region Requires improvement; 2021-22: swansea-neath-port-talbot-pdu
    # Inadequate, gwent-pdu Requires improvement)
    ("In 2025-26 the East Midlands region was rated Inadequate, and the North East and Wales regions Requires "
     "improvement.", "supported"),
    ("In 2025-26 the East Midlands region was rated Inadequate, and the North East and Wales regions Good.",
     "contradicted"),
    ("In 2021-22 the Swansea and Gwent PDUs were rated Inadequate.", "contradicted"),
    # "X had its T rated R": the rating it was given, no earlier one (bench-crc 2018-19 through_the_gate
    # Inadequate, its one inspection)
    ("BeNCH CRC had its Through the Gate work rated Inadequate.", "supported"),
    ("BeNCH CRC had its Through the Gate work rated Requires improvement.", "contradicted"),
    # a place set before the clause: the one unit there (essex-crc 2018-19 staff_workload_unmanageable_pct 69),
    # or, where it names no one unit, a part of the population that no count reads (2025-26: 8 PDUs known
    # Inadequate in England and Wales, none of them in Essex)
    ("In Essex, 69 per cent of CRC staff interviewed in 2018-19 said their workload was unmanageable.", "supported"),
    ("In Essex, 59 per cent of CRC staff interviewed in 2018-19 said their workload was unmanageable.",
     "contradicted"),
    ("In Essex, two PDUs were rated Inadequate in 2025-26.", "unverifiable"),
    # "the Good ratings for X's T and for its T": those standards' ratings, not the unit's overall one (wwm-crc
    # 2018-19: Requires improvement overall, unpaid_work and through_the_gate Good)
    ("In 2018-19 there were Good ratings for Warwickshire and West Mercia CRC's unpaid work and for its work with "
     "people leaving prison.", "supported"),
    ("In 2018-19 there were Inadequate ratings for Warwickshire and West Mercia CRC's unpaid work and for its work "
     "with people leaving prison.", "contradicted"),
    # "all four of the unit's case supervision standards, A, B, C and D, as R" (essex-north-pdu 2024-25: all four
    # Inadequate)
    ("In 2024-25 inspectors rated all four of Essex North PDU's case supervision standards, assessment, planning, "
     "implementation and delivery, and reviewing, as Inadequate.", "supported"),
    ("In 2024-25 inspectors rated all four of Essex North PDU's case supervision standards, assessment, planning, "
     "implementation and delivery, and reviewing, as Good.", "contradicted"),
    # a headline's "for second time", with no article: again (kirklees-pdu Inadequate in 2022-23 and 2024-25;
    # west-kent-pdu Inadequate, then Requires improvement)
    ("Kirklees probation rated Inadequate for second time", "supported"),
    ("West Kent probation rated Inadequate for second time", "contradicted"),
    # a list of units, then "where ...": each of them (2019-20: west-yorkshire-crc's four case supervision standards
    # Inadequate, northumbria-crc's Requires improvement)
    ("In 2019-20 inspectors reported on West Yorkshire CRC and Northumbria CRC, where all four case supervision "
     "standards were rated Inadequate.", "contradicted"),
    ("In 2019-20 inspectors reported on West Yorkshire CRC and Northumbria CRC, where all four case supervision "
     "standards were rated Requires improvement.", "contradicted"),
    # fieldwork the data date by the month it began may run on into the next (nps-midlands 2018-19 fieldwork began
    # 2018-08)
    ("Inspectors visited NPS Midlands in August 2018.", "supported"),
    ("Inspectors visited NPS Midlands in September 2018.", "unverifiable"),
    ("Inspectors visited NPS Midlands in October 2018.", "contradicted"),
    # "..., as were the A and B regions" (2025-26: wales-region and north-east-region Requires improvement,
    # east-midlands-region Inadequate)
    ("In 2025-26 the Wales region was rated Requires improvement, as were the North East and East Midlands "
     "regions.", "contradicted"),
    ("In 2025-26 the Wales region was rated Requires improvement, as was the North East region.", "supported"),
    # a report's paragraph number opening a sentence is no figure (essex-south-pdu 2024-25 Requires improvement)
    ("2.5 In 2024-25 Essex South PDU was rated Requires improvement.", "supported"),
    ("2.5 In 2024-25 Essex South PDU was rated Inadequate.", "contradicted"),
    # everyday names of standards (hampshire-iow-crc 2018-19: information_facilities Outstanding,
    # through_the_gate Requires improvement)
    ("In 2018-19 inspectors rated Hampshire and Isle of Wight CRC's offices and information systems Outstanding.",
     "supported"),
    ("In 2018-19 Hampshire and Isle of Wight CRC's work in prisons to prepare people for release was rated Good.",
     "contradicted"),
    # "moves up a grade" (swansea-neath-port-talbot-pdu Inadequate, then Requires improvement; kirklees-pdu
    # Inadequate twice)
    ("Swansea probation moves up a grade", "supported"),
    ("Kirklees probation moves up a grade", "contradicted"),
    # "Sodexo ran six of the 21 CRCs": the total is a claim too (rounds.csv 2018-19: 21 CRCs; Sodexo ran six)
    ("In 2018-19 Sodexo ran six of the 21 CRCs.", "supported"),
    ("In 2018-19 Sodexo ran six of the 25 CRCs.", "contradicted"),
    ("In 2018-19 Sodexo owned six of the country's 21 CRCs.", "supported"),
    ("In 2018-19 Sodexo owned five of the country's 21 CRCs.", "contradicted"),
    ("In 2018-19 Sodexo owned six of the country's 25 CRCs.", "contradicted"),
]


@pytest.mark.parametrize("sentence,want", CASES)
def test_phrasing_is_read(bundled_frame, sentence, want):
    rows = check_text(bundled_frame, f"Probation ratings\n\n{sentence}\n")
    last = rows[rows["line"] == rows["line"].max()]
    assert last["sentence_verdict"].iloc[0] == want, list(zip(last["verdict"], last["explanation"], strict=True))


def test_a_single_point_is_one_and_not_a_single_point_is_not_read_as_one(bundled_frame):
    rows = check_text(bundled_frame, "Probation ratings\n\nEssex North PDU scored not a single point out of a "
                                     "possible 27 in 2022-23.\n")
    assert "supported" not in set(rows["sentence_verdict"])
