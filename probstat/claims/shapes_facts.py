"""The shapes of sentences about a unit's facts other than its ratings: when it was inspected, how many people it
supervises, who ran it, its region, a region's inspections and an owner's portfolio. They come last in the table
(shapes.py), after every shape about ratings, counts and changes."""

from __future__ import annotations

from .build_dates import _inspection_date, _reports_dated
from .build_distribution import _points_compared
from .build_owners import _one_of_owners, _owner, _owner_of, _owner_rank, _region_count, _region_of
from .build_people import _bare_people, _people, _people_and, _people_beside, _people_its, _second_people
from .shape_parts import Shape, _renamed
from .shapes_compared import FIGURES_SAID_COMPARED, GAP_AFTER, LIKE_AFTER

FACT_SHAPES: tuple[Shape, ...] = (
    Shape("points compared", r"(?P<s>[PA])(?:(?P<cmp>w)|B?V(?P<cmp2>w{1,2}(?:FN)?)[wY]{0,2}?g)(?P<o>[PA])",
          lambda m, s: _points_compared(_renamed(m), s),
          "'A scored more points than B', 'A outscored B': the two units' points out of 27 at the same round",
          "In 2022-23 Staffordshire and Stoke PDU scored more points than Essex North PDU.",
          "In 2022-23 Essex North PDU scored more points than Staffordshire and Stoke PDU.",
          reads_span=True),  # ("... on points out of 27": the scale's top read with the points)
    Shape("reports of units named together", r"^(?P<q>Q)(?P<n>N)?(?P<rep>w)[wBI]{1,5}$", _reports_dated,
          "'All four reports came out on 30 March 2023': each report of the units a neighbouring sentence names",
          "Humber PDUs\n\nInspectors reported on Hull and East Riding PDU and Sheffield PDU. Both reports were "
          "published on 30 March 2023.",
          "Humber PDUs\n\nInspectors reported on Hull and East Riding PDU and Sheffield PDU. Both reports were "
          "published on 30 May 2023."),
    Shape("inspection date", r"(?P<s>[PA])?[wBVhF']{0,8}?(?:I|(?P<last>H))[wBVhFY']{0,6}", _inspection_date,
          "when a provider was inspected or its report published: 'X was inspected in November 2018'",
          "NPS Wales was inspected in December 2018.", "NPS Wales was inspected in March 2018.", reads_span=True),
    Shape("people supervised", r"(?P<s>[PA])[^PAS;N]{0,6}?M[wF]{0,3}(?P<n>N)[w]{0,4}U|(?P<n2>N)[w]{0,4}U[wBF]{0,4}"
          r"(?:M[wF]{0,3}(?P<s2>[PA])|(?P<s3>[PA])[w]{0,2}M)|(?P<s4>[PA])[wB]{0,3}(?P<n4>N)[w]{0,4}U[w]{0,2}M"
          r"|^w?MF(?P<n5>N)[w]{0,4}U"
          # "the CRC, which has 6,500 people on its books"; "with 6,500 people under supervision, the CRC ..."
          r"|(?P<s6>[PA])[,wB]{0,4}(?P<n6>N)[w]{0,4}U[wF]{0,2}M|^w?(?P<n7>N)[w]{0,2}U[w]{0,2}M,(?P<s7>[PA])"
          # "at its first inspection it supervised 13,531": the people left unsaid after the verb
          r"|(?P<s8>[PA])(?P<bare>M)(?P<n8>N)(?=[,.]|w|$)"
          # "a company responsible for supervising more than 5,000 offenders in Humberside, ...": the unit of the place
          r"|M(?P<n9>N)U(?P<in9>w)(?P<s9>P)",
          lambda m, s: None if m.one("in9") is not None and m.words("in9").lower() not in ("in", "across") else
          _people(_renamed(m), s) if m.one("bare") is None or _bare_people(m, s) else None,
          "the number of people a provider supervises",
          "In 2018-19 London CRC supervised more than 20,000 people.",
          "In 2018-19 London CRC supervised fewer than 10,000 people.", reads_span=True),
    Shape("people supervised, under its supervision", r"(?P<s>[PA])[^PAS;N]{0,12}?(?P<n>N)[w]{0,2}U[wB]{0,2}(?P<its>M)",
          lambda m, s: _people_its(m, s),
          "people under the supervision of the unit named before ('X was rated R in 2019-20, when more than 6,200 "
          "people were under its supervision')",
          "Merseyside CRC was rated Requires improvement in 2019-20, when more than 6,200 people were under its "
          "supervision.",
          "Merseyside CRC was rated Requires improvement in 2019-20, when fewer than 5,000 people were under its "
          "supervision.", consumes=("n",)),
    Shape("people supervised, after the unit's rating", r"(?P<s>[PA])[^PAS;N]{0,7}?R[wY]{0,3}(?P<and>w)B?(?P<m>M)"
          r"[wF]{0,3}(?P<n>N)[w]{0,4}U", _people_and,
          "a second predicate of the unit rated before ('X was rated R in 2018-19 and was supervising 4,750 people')",
          "Thames Valley CRC was rated Requires improvement in 2018-19 and was supervising 4,750 people.",
          "Thames Valley CRC was rated Requires improvement in 2018-19 and was supervising 3,750 people.",
          consumes=("n",)),
    Shape("people supervised, a second figure",
          r"(?P<s>[PA])[^PAS;N]{0,6}?M[wF]{0,3}N[w]{0,4}U(?P<mid>[^N;PSU]{0,8}?)(?P<n>N)(?=[w,]|$)",
          lambda m, s: _second_people(m, s),
          "a second figure for the same unit after its first, the noun left out ('X supervised 3,729 people in "
          "2018-19 and more than 3,600 in 2019-20')",
          "Durham Tees Valley CRC supervised 3,729 people in 2018-19 and more than 3,600 in 2019-20.",
          "Durham Tees Valley CRC supervised 3,729 people in 2018-19 and fewer than 3,000 in 2019-20.",
          consumes=("n",)),
    Shape("people supervised, another unit's beside",
          r"(?P<u>[PA])[^PAS;N]{0,6}?M[wF]{0,3}(?P<f>N)[w]{0,4}U,(?P<g>w?[Gw])w?(?P<n>N)(?P<at>w)(?P<s>P)"
          r"|(?P<u2>[PA])[^PAS;N]{0,6}?M[wF]{0,3}(?P<f2>N)[w]{0,4}U,(?P<g2>w?G)(?P<s2>P)w?(?P<n2>N)",
          lambda m, s: _people_beside(_renamed(m), s),
          "another unit's figure set beside the first ('X supervised 28,819 people, far more than the 4,750 at Y', "
          "'..., compared with 4,750 at Y', '..., more than Y's 4,750'); a comparison the two figures do not bear "
          "out is left unread",
          "London CRC supervised 28,819 people, far more than the 4,750 at Thames Valley CRC.",
          "London CRC supervised 28,819 people, far more than the 7,750 at Thames Valley CRC.",
          consumes=("g", "n", "g2", "n2")),
    Shape("one of an owner's", r"(?P<s>[PA])B(?P<n>N)F?w?(?P<w>W)w?(?P<count>N)?(?P<pop>S)"
          # ("X, rated R in October 2018, was one of the companies run by W": an aside, and the kind in words)
          r"|(?P<s3>[PA])(?:,[wVRYh]{1,6},)?B(?P<n3>N)(?:Fw?)?(?:(?P<pop3>S)|w)?(?P<by>w{1,3})(?P<w3>W)"
          # "an inspection of one of the Working Links CRCs, Dorset, Devon and Cornwall": the unit after the comma
          r"|(?P<n4>N)Fw?(?P<w4>W)w?(?P<pop4>S),(?P<s4>P)", lambda m, s: _one_of_owners(_renamed(m), s),
          "'It is one of the Sodexo CRCs', 'one of Sodexo's six CRCs': who runs the unit, and the owner's portfolio",
          "South Yorkshire CRC report\n\nIn 2018-19 it was one of Sodexo's six CRCs.",
          "South Yorkshire CRC report\n\nIn 2018-19 it was one of Working Links' three CRCs."),
    Shape("owner of a provider",
          r"(?P<w>W)(?:,A)?[,wBF]{0,10}?(?P<s>[PA])(?P<more>(?:[,w]{1,2}P){1,8})?|(?P<s2>[PA])[,wB]{0,5}?(?P<w2>W)",
          lambda m, s: _owner_of(_renamed(m), s),
          "who runs a provider: 'PeoplePlus owns it', 'Merseyside CRC is run by Purple Futures', 'MTCnovo ran A and "
          "B' (each) (another owner is contradicted only where neither the data nor their sources name it as the "
          "CRC's owner at any time: the data hold the owner at each inspection, and CRCs changed hands between them)",
          "Merseyside CRC was run by Purple Futures in 2019-20.", "Merseyside CRC was run by Sodexo in 2019-20."),
    Shape("region of a unit", r"(?P<s>[PA])[Bw][wFNSP']{1,12}|(?P<s2>[PA]),[wFNSP']{1,12}|,(?P<join>w)(?=B)",
          lambda m, s: _region_of(
          _renamed(m), s),
          "the region a unit belongs to ('is part of the Probation Service's Wales region')",
          "Lambeth PDU is part of the Probation Service's London region.",
          "Lambeth PDU is part of the Probation Service's Wales region."),
    Shape("inspections in a region", r"(?P<n>N)(?P<i>I)|(?P<i2>I)[wB]{1,3}(?P<n2>N)",
          lambda m, s: _region_count(_renamed(m), s),
          "how many inspections a region had in the round of the text's unit ('one of four inspections in the "
          "Yorkshire and the Humber region'); another number is unverifiable, never contradicted (it may count "
          "other rounds, or only the reports out by then)",
          "Report on Sheffield PDU\n\nIn 2022-23 it was one of four inspections in the Yorkshire and the Humber "
          "region.",
          "Report on Sheffield PDU\n\nIn 2022-23 it was one of six inspections in the Yorkshire and the Humber "
          "region."),
    Shape("owner portfolio", r"(?P<w>W)(?:,w{1,4},)?[,wABMVF]{0,4}(?P<n>N)(?:Fw{1,2}(?P<whole>N))?[wF]{0,2}(?P<pop>S)"
          r"|(?P<n2>N)[w]{0,2}(?P<pop2>S)?[wBV]{0,3}(?P<w2>W)(?P<pop3>S)?|(?:(?<=[,w])|^)(?P<w4>W)w?(?P<n4>N)(?=[,;]|$)"
          # "Sodexo also ran five other CRCs": five besides the unit the text (or the sentence) names
          r"|(?P<w5>W)[,wBMVFPA]{0,6}(?P<n5>N)(?P<other>O)(?P<pop5>S)",
          lambda m, s: _owner(_renamed(m), s, elided=bool(m.groups.get("w4"))),
          "how many providers an owner ran ('Sodexo ran six CRCs', 'one of six run by Sodexo', 'one of six Sodexo "
          "CRCs'; after one owner's count, '..., while Purple Futures ran five')",
          "In 2018-19 Sodexo ran six CRCs, while Purple Futures ran five.",
          "In 2018-19 Sodexo ran six CRCs, while Purple Futures ran four."),
    Shape("owner rank", r"(?P<w>W)[wBV]{1,2}(?P<most>w)(?P<pop>S)g(?P<any>w)(?P<o>O)(?P<noun>w)"
          r"|(?P<w2>W)[wBV]{1,2}(?P<most2>[Qw])(?P<pop2>S)"
          r"|(?<=,)(?P<most3>G)(?P<any3>w)(?P<o3>O)(?P<noun3>w)",
          lambda m, s: _owner_rank(_renamed(m), s),
          "an owner ran more (or fewer) units than any other owner ('Sodexo ran more CRCs than any other owner', "
          "'ran the most CRCs', 'Sodexo ran six CRCs, more than any other company')",
          "In 2018-19 Sodexo ran more CRCs than any other owner.",
          "In 2018-19 Purple Futures ran more CRCs than any other owner.", reads_span=True),
    GAP_AFTER,  # (after the people figures: the gap set off after one of them)
    FIGURES_SAID_COMPARED,  # (after the figures too: the comparison between two of them)
    LIKE_AFTER,  # (after the rating shapes: the rating read before, for the unit set beside it)
)
