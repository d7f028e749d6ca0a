"""The shapes that compare: two units' figures (people supervised, average caseloads), two populations' ratings,
two units' ratings (the same, higher or lower), and the comparisons between units the data do not rate, recognised
and refused. They sit in the rating shapes' table (shapes.py) before the change shapes, which would otherwise read
"the same rating" as a unit's own."""

from __future__ import annotations

from .build_distribution import (
    _compared,
    _compared_same,
    _figures_compared,
    _gap_after,
    _like_unlike_after,
    _more_rated,
    _points_compared,
    _sectors_compared,
    _shared_same,
    _two_figures_compared,
)
from .shape_parts import Shape, _refuse, _renamed

#: Two units' figures compared; it comes before the refusal of likelihoods ("more than twice as many people as").
FIGURES_COMPARED = Shape(
    "figures compared",
    r"(?P<s>[PA])[MB](?P<cmp>w)(?P<u>U)(?:wY)?g(?P<o>[PA])|(?P<s2>[PA])B(?P<cmp2>G)w?(?P<o2>[PA])"
    r"|(?P<s3>[PA])[BwV]w??(?P<cmp3>w)w{1,2}g(?:ww)?(?P<o3>[PA])"
    r"|(?P<s4>[PA])B?M(?:(?P<cmp4>G)|(?P<n4>N))(?P<times>L)(?P<u4>U)(?:wY)?w(?P<o4>[PA])"
    r"|(?P<s5>[PA])[wFTHOUB]{0,8}?ww(?P<cmp5>w)(?P<l>L)Jgw?(?P<o5>[PA])"  # "... in a higher share of cases than B"
    r"|(?P<s6>[PA])Mw{0,2}(?P<by>N)(?P<cmp6>w)(?P<u6>U)g(?P<o6>[PA])"  # "supervised 5,000 more people than B"
    r"|(?P<s7>[PA])V(?:(?P<cmp7>G)|(?P<n7>N))?(?P<times7>L)(?P<pts>w)(?:FN)?w(?P<o7>[PA])"  # "times as many points as"
    r"|(?P<s8>[PA])w(?P<cmp8>G)(?P<o8>[PA])w(?P<pts8>w)(?:FN)?",  # "finished ahead of B on points (out of 27)"
    lambda m, s: _figures_compared(_renamed(m), s),
    "'A supervised more people than B', 'the average caseload at A was higher than at B', 'more than twice as many "
    "people as', 'assessed risk of harm sufficiently in a larger share of cases than B': two units' figures",
    "In 2018-19 London CRC supervised more people than Staffordshire and West Midlands CRC.",
    "In 2018-19 London CRC supervised fewer people than Staffordshire and West Midlands CRC.")

#: Two units' figures said, and compared between them: "A's caseload of 64 was heavier than the 58 recorded at B".
FIGURES_SAID_COMPARED = Shape(
    "two figures said and compared",
    r"(?P<s>[PA])[wM]{0,4}(?P<n>N)[BwV]{0,2}?(?P<cmp>w)(?P<than>g)(?:w?(?P<n2>N)w{0,2}(?P<o>[PA])|"
    r"(?P<o2>[PA])w(?P<n3>N))", _two_figures_compared,
    "'A's average caseload of 64 was heavier than the 58 recorded at B', '... lighter than B's 58': the comparison "
    "of the two figures, each read as its unit's",
    "In 2019-20 Staffordshire and West Midlands CRC's average caseload of 64 was heavier than the 58 recorded at "
    "DLNR CRC.",
    "In 2019-20 Staffordshire and West Midlands CRC's average caseload of 64 was lighter than the 58 recorded at "
    "DLNR CRC.", consumes=("cmp", "than"))

#: Two ratings' counts in one population compared, or one rating's counts in two populations.
MORE_RATED = Shape(
    "more rated one way than another", r"(?P<k>w)(?P<pop>S)[BV]{1,2}w?(?P<r>R)w?g[BVw]{0,3}(?P<rb>R)"
    r"|(?P<k1>w)(?P<pop1>S)g(?P<other1>S)[BV]{1,2}(?P<r1>R)|(?P<k3>w)(?P<pop3>S)[BV]{1,2}(?P<r3>R)g(?P<other3>S)$"
    # ("R1 ratings outnumbered R2 ratings among the PDUs", "there were more R1 ratings than R2 ratings", "R1
    # verdicts were more numerous than R2 verdicts")
    r"|(?P<r4>R)V?(?P<k4>w)(?P<rb4>R)V?F?[wV]?(?P<pop4>S)|(?P<k5>w)(?P<r5>R)V?g(?P<rb5>R)V?F?w?(?P<pop5>S)"
    r"|(?P<r6>R)VB(?P<k6>w)(?P<how6>w)?g(?P<rb6>R)V?",
    lambda m, s: _more_rated(_renamed(m), s),
    "'more PDUs were rated Inadequate than Requires improvement': two ratings' counts compared; 'more NPS "
    "divisions than CRCs were rated Good': two populations' counts of one rating",
    "In 2024-25 more PDUs were rated Inadequate than Requires improvement.",
    "In 2024-25 fewer PDUs were rated Inadequate than Requires improvement.", reads_span=True)

#: The gap set off after a unit's people figure: ", over 3,000 more than B".
GAP_AFTER = Shape("a gap set off", r",(?P<by>N)(?:(?P<cmp>w)U?g|(?P<cmp2>G))w?(?P<o>[PA])",
                  lambda m, s: _gap_after(_renamed(m), s),
                  "'X supervised 8,136 people, over 3,000 more than B', 'caseloads averaged 64, six more than at B': "
                  "the gap between the two units' figures",
                  "In 2018-19 West Yorkshire CRC supervised 8,136 people, over 3,000 more than Thames Valley CRC.",
                  "In 2018-19 West Yorkshire CRC supervised 8,136 people, over 4,000 more than Thames Valley CRC.")

#: A unit set beside the rating read before: ", unlike B" (after the rating shapes, whose reading it takes).
LIKE_AFTER = Shape("like or unlike after", r"(?P<r>R)[wY]{0,3},(?P<e>[wE])(?P<o>P)", _like_unlike_after,
                   "'A was rated R, unlike B' (B was not); '..., like B' (B was too)",
                   "In 2025-26 the East Midlands region was rated Inadequate, unlike the North East region.",
                   "In 2025-26 the East Midlands region was rated Inadequate, like the North East region.",
                   consumes=("e",))

COMPARED_SHAPES: tuple[Shape, ...] = (
    Shape("sectors compared", r"(?P<a>S)(?P<mid>[BV]{1,2})(?P<cmp>G|w{1,2}g|w?Vg)w?(?P<b>S)", _sectors_compared,
          "'NPS divisions were rated higher than CRCs': two populations' ratings (share Good or better, mean)",
          "In 2018-19 NPS divisions were rated higher than CRCs.",
          "In 2018-19 CRCs were rated higher than NPS divisions."),
    Shape("two units, the same rating", r"(?P<s>[PA])(?P<and>w)(?P<o>[PA])(?P<mid>[wBV]{1,2})(?P<same>H)",
          _shared_same,
          "'A and B shared the same rating', 'A and B received the same rating': the two units' overall ratings "
          "were equal",
          "In 2018-19 NPS Midlands and NPS North East shared the same rating.",
          "In 2018-19 NPS London and NPS Wales shared the same rating.", reads_span=True),
    Shape("ratings the same", r"(?P<s>[PA])(?P<mid>[wBVX]{1,4}?)(?P<same>w{1,2}|H)(?P<as>w)(?P<o>[PA])", _compared_same,
          "'A was rated the same as B', 'A got the same rating as B': the two units' overall ratings were equal",
          "In 2018-19 NPS London received the same rating as Essex CRC.",
          "In 2018-19 NPS London received the same rating as NPS Wales."),
    Shape("ratings compared", r"(?P<s>[PA])(?P<mid>[BVw]{0,2})(?P<cmp>G|w{1,2}Vg|Hg)(?P<o>[PA])", _compared,
          "'A was rated higher than B', 'A received a lower rating than B', 'A fared worse than B': two units' "
          "overall ratings",
          "In 2018-19 NPS Wales was rated higher than Wales CRC.",
          "In 2018-19 Wales CRC was rated higher than NPS Wales."),
    Shape("points gap", r"(?P<s>[PA])B?V(?P<by>N)(?P<cmp>wG)(?P<o>[PA])", _points_compared,
          "'A scored 2 points more than B': the gap between two units' points out of 27 at one round",
          "In 2022-23 Ealing and Hillingdon PDU scored 1 point more than Staffordshire and Stoke PDU.",
          "In 2022-23 Ealing and Hillingdon PDU scored 2 points more than Staffordshire and Stoke PDU."),
    Shape("refused: comparison between providers", r"[PAS][^,;]{0,5}G[^,;]{0,3}[PAS]",
          _refuse("a comparison between providers"), "one provider compared with another on what the data do not "
          "rate ('outperformed', 'did better than'): recognised, not read",
          "", "Essex CRC outperformed Merseyside CRC in 2018-19."),
)
