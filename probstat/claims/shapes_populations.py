"""The shapes of sentences about a population a count before in the sentence named: the rest of it, all or so
many of them, the same predicate of another population ("and so was every CRC"), a breakdown by sector, how
many were inspected, and the size of a population. Rows of the table in shapes.py, last of its rating rows, in its
order."""

from __future__ import annotations

from .build_composition import (
    _all_of_them,
    _and_count,
    _and_inspected,
    _breakdown,
    _neither_was,
    _rated_all_of_them,
    _so_was,
    _some_of_them,
)
from .build_distribution import _majority_rating
from .build_portions import (
    _appositive_bare,
    _appositive_count,
    _at_least_in_region,
    _of_them,
    _only,
    _only_named,
    _the_only_one,
    _the_rest,
)
from .build_sizes import (
    _inspected,
    _inspections_done,
    _member_of,
    _only_inspected,
    _rated_of_those,
    _ratings_there,
    _size,
    _there_are,
)
from .build_standards import _standards_of_them
from .shape_parts import Shape, _renamed

POPULATION_SHAPES: tuple[Shape, ...] = (
    Shape("the rest", r"(?P<o>O)(?P<mid>[wBV]{0,3})(?P<r>R)", _the_rest,
          "'five NPS divisions were rated Good and the rest Requires improvement': all but those counted before",
          "In 2018-19 five NPS divisions were rated Good and the rest Requires improvement.",
          "In 2018-19 five NPS divisions were rated Good and the rest Inadequate."),
    Shape("all of them", r"(?P<q>Q)F(?P<them>w)[B]?(?P<pop>S)", _all_of_them,
          "'six were rated Requires improvement (all of them CRCs)': all those the count before counts are of it",
          "In 2019-20 HMIP rated ten providers. Six were rated Requires improvement, all of them CRCs.",
          "In 2019-20 HMIP rated ten providers. Six were rated Requires improvement, all of them NPS divisions."),
    Shape("given a rating, of those named before", r"^F(?:w)?N?(?P<pop>S)(?:I(?:wY)?)?,(?P<n>N)[wB]{0,3}V[w]{0,2}K"
          r"(?![wF]{0,2}R)", _rated_of_those,
          "'Of the ten CRCs inspected in 2019-20, nine received an overall rating': so many of them rated",
          "Of the ten CRCs inspected in 2019-20, nine received an overall rating.",
          "Of the ten CRCs inspected in 2019-20, eight received an overall rating.", consumes=("n",)),
    Shape("a count with its figure beside it", r"(?P<q>[NQ])Fw?(?P<m>N)?(?P<pop>S)(?P<i>I?(?:wY)?),(?P<n2>N)(?:Fw)?,"
          r"(?P<mid>B[wV]{0,2})(?P<r>R)", _appositive_count,
          "'Fewer than half of the seven NPS divisions, just two, were rated R': the words and the figure, each read",
          "Fewer than half of the seven NPS divisions, just two, were rated Requires improvement in 2018-19.",
          "Fewer than half of the seven NPS divisions, just three, were rated Requires improvement in 2018-19."),
    Shape("a share with its figure beside it", r"^(?P<q>N),(?P<n2>N),(?P<mid>B[wV]{0,2})(?P<r>R)", _appositive_bare,
          "'Nearly half, 15 of the 31, were found Inadequate': the figure a count of the population the sentence "
          "before named, the share read where it fits the figure",
          "In 2022-23 inspectors completed 31 PDU inspections.\nNearly half, 15 of the 31, were found Inadequate.",
          "In 2022-23 inspectors completed 31 PDU inspections.\nNearly half, 16 of the 31, were found Inadequate."),
    Shape("only one, named, of those named before",
          r"(?P<n>N),(?P<s>P),B[wV]{0,2}(?P<r>R)|(?P<only>w)(?P<s2>P)B[wV]{0,2}(?P<r2>R)",
          lambda m, s: _only_named(_renamed(m), s),
          "'Of the 21 CRCs rated in 2018-19, only one, X, was rated Good', '... and only X was rated Inadequate'",
          "Of the 21 CRCs rated in 2018-19, only one, Hampshire and Isle of Wight CRC, was rated Good.",
          "Of the 21 CRCs rated in 2018-19, only one, Essex CRC, was rated Good.", consumes=("n", "only")),
    Shape("so many of them of a population", r"(?P<n>N)F(?P<them>w)B?(?P<pop>S)", _some_of_them,
          "'six were rated Good, five of them NPS divisions': how many of those counted are of it",
          "In 2018-19 six providers were rated Good, five of them NPS divisions.",
          "In 2018-19 six providers were rated Good, four of them NPS divisions."),
    Shape("and N in R", r"(?<=[RKVS])(?P<and>[w,])(?P<n>N)(?P<link>(?:Fw|w)?)(?P<r>R)(?![TK])", _and_count,
          "'14 ended in an Inadequate rating and 13 in Requires improvement': a second count of the population",
          "Of the 31 PDUs inspected in 2022-23, 15 were rated Inadequate and one Good.",
          "Of the 31 PDUs inspected in 2022-23, 15 were rated Inadequate and two Good."),
    Shape("so was", r"(?P<so>w)B(?:(?P<q>Q)?(?P<n>N)?(?P<o>O)?[wFO]{0,2}(?P<pop>S)|(?P<p>P)|(?P<self>A)(?P<k>K|www))",
          _so_was,
          "'..., and so was every CRC': the predicate before, of another population",
          "In 2018-19 five NPS divisions were rated Good, and so was one CRC.",
          "In 2018-19 five NPS divisions were rated Good, and so were two CRCs."),
    Shape("neither was", r"(?P<nor>X)B(?:(?P<any>w)?(?P<pop>S)|(?P<p>P))", _neither_was,
          "'..., and neither was any NPS division', '..., nor was C': the negative predicate before, of another",
          "In 2018-19 no CRC was rated Outstanding, and neither was any NPS division.",
          "In 2018-19 no CRC was rated Inadequate, and neither was any NPS division.",
          consumes=("nor", "any", "pop", "p")),
    # (a pair followed by a rating is the next count of a list, not a part of this one)
    Shape("breakdown", r"[,:](?:[wF]{0,3}|(?P<cmp>G))(?P<n1>N)w?(?P<pop1>S)(?:[,w]{1,2}(?P<n2>N)w?(?P<pop2>S)(?!w?R))?"
          r"(?:[,w]{1,2}(?P<n3>N)w?(?P<pop3>S)(?!w?R))?", _breakdown,
          "'..., made up of five NPS divisions and one CRC', '..., compared with five NPS divisions': the count "
          "before, by sector",
          "In 2018-19 six services were judged Good, made up of five NPS divisions and one CRC.",
          "In 2018-19 six services were judged Good, made up of four NPS divisions and two CRCs."),
    Shape("inspected", r"(?P<v6>V)(?P<n6>N)(?P<pop6>S)(?P<k6>K)|"  # "gave ten services an overall rating"
          r"(?P<all>Q)?(?P<n>N)[wF]{0,3}(?P<pop>S)B[wB]{0,2}(?P<v>[IV])|"
          r"(?P<v2>[IV])(?P<all2>Q)?[w]{0,2}(?P<n2>N)[w]{0,2}(?P<pop2>S)|(?P<n3>N)(?P<v3>I)F(?P<pop3>S)|(?P<v4>V)K?(?P<k4>V)?w(?P<n4>N)(?P<pop4>S)"
          r"|(?<=B)(?P<n5>N)(?P<pop5>S)(?P<v5>I)"  # "London had six PDUs inspected in 2022-23"
          r"|(?:^|(?<=,))(?P<n7>N)(?P<pop7>S)(?P<v7>I)(?=,|$)",  # "2024-25: 24 PDUs inspected, ..." (a note's)
          lambda m, s: _at_least_in_region(_inspected(_renamed(m), s)),
          "how many providers were inspected or given an overall rating",
          "In 2018-19 HMIP inspected 28 providers.", "In 2018-19 HMIP inspected 30 providers."),
    Shape("the majority rating", r"(?P<r>R)B(?:w)?(?P<maj>w)(?P<noun>V)F(?:w)?N?(?P<pop>S)I?"
          r"|(?P<maj2>w)(?P<noun2>V)F(?:w)?N?(?P<pop2>S)I?[wY,]{0,3}B(?P<r2>R)",
          lambda m, s: _majority_rating(_renamed(m), s),
          "'Good was the majority rating among the NPS divisions': more than half of them had it",
          "Good was the majority rating among the NPS divisions inspected in 2018-19.",
          "Requires improvement was the majority rating among the NPS divisions inspected in 2018-19."),
    Shape("inspections done", r"(?P<n>N)w?(?P<pop>S)?(?P<i>I)w?", _inspections_done,
          "how many inspections the inspectorate did or published: 'HMIP published 31 probation inspections'",
          "In 2022-23 the Inspectorate published 31 probation inspections.",
          "In 2022-23 the Inspectorate published 35 probation inspections."),
    Shape("and so many more inspected", r"(?P<and>[wG])(?P<n>N)(?:Fw?)?(?P<pop>S)", _and_inspected,
          "'HMIP inspected 10 CRCs and one NPS division': a second count of those inspected",
          "In 2019-20 HMIP inspected 10 CRCs and one NPS division.",
          "In 2019-20 HMIP inspected 10 CRCs and two NPS divisions."),
    Shape("the only one inspected", r"(?P<q>Q)(?P<pop>S)I(?P<mid>[wBVY]{0,4})(?P<r>R)", _the_only_one,
          "'the only NPS division inspected was rated Good': one inspected, and it had the rating",
          "In 2019-20 the only NPS division inspected was rated Good.",
          "In 2019-20 the only NPS division inspected was rated Requires improvement."),
    Shape("so many of them", r"(?P<n>N)F(?P<them>w)(?P<mid>[wBV]{0,3})(?P<r>R)", _of_them,
          "'HMIP rated ten services, four of them Good': a count of those the count before counted",
          "In 2019-20 HMIP rated ten services, four of them Good.",
          "In 2019-20 HMIP rated ten services, five of them Good."),
    Shape("standards: so many of them", r"(?P<n>N)F(?P<them>w)(?P<r>R)(?:w(?P<n2>N)(?P<r2>R))?", _standards_of_them,
          "'looked at 10 aspects of its work and rated half of them Good and half Requires improvement'",
          "In 2018-19 the Inspectorate looked at 10 aspects of London CRC's work and rated half of them Good and half "
          "Requires improvement.", "In 2018-19 the Inspectorate looked at 10 aspects of London CRC's work and rated "
          "half of them Good and half Inadequate."),
    Shape("rated all of them", r"(?P<q>Q)F(?P<them>w)[BV]{0,2}(?P<r>R)|(?<=w)(?P<q2>Q)(?=BV?R)(?P<one2>B)V?(?P<r2>R)",
          lambda m, s: _rated_all_of_them(_renamed(m), s),
          "'inspected three regions, and rated all of them Requires improvement': all of the population counted",
          "In 2024-25 HMIP inspected three regions, and rated all of them Requires improvement.",
          "In 2024-25 HMIP inspected three regions, and rated all of them Inadequate."),
    Shape("ratings there were",
          r"(?P<there>w[B]{1,2})(?P<n>[NQ])(?P<r>R)(?P<k>V)(?:,?w(?P<n2>[NQ])(?P<r2>R)(?P<k2>V))?", _ratings_there,
          "'there were no Inadequate ratings': how many units of the round had that overall rating",
          "In 2019-20 there were no Inadequate ratings.", "In 2019-20 there were no Good ratings."),
    Shape("there are", r"(?P<there>w[B])(?P<n>N)[w]{0,2}(?P<pop>S)", _there_are, "'there were 21 CRCs'",
          "In 2018-19 there were 21 CRCs.", "In 2018-19 there were 25 CRCs."),
    Shape("population size", r"(?P<n>N)[w]{0,2}(?P<pop>S|(?<=N)I)(?P<rest>w{0,2})", _size,
          "the size of a population: 'the 21 CRCs', 'the 31 inspections in 2022-23'",
          "In 2018-19 the 21 CRCs were inspected by HMIP.", "In 2018-19 the 25 CRCs were inspected by HMIP.",
          reads_span=True),  # ("all 21 CRCs": the "all" with it)
)

_ONLY_ASIDE = r"(?P<s>[PA]),(?P<q>Q)(?P<pop>S)[wBVYFI]{0,10}?(?P<r>R)[wY]{0,3}(?:,|$)"

#: A unit as one of a population, after every other shape, so that one reading the unit's rating or figures comes
#: first.
MEMBER_SHAPES: tuple[Shape, ...] = (
    Shape("the only or first, set off by commas", _ONLY_ASIDE, _only,
          "'X, the only PDU rated Good in 2022-23, ...': X was, and no other",
          "Hampshire and Isle of Wight CRC, the only CRC rated Good in 2018-19, is run by Purple Futures.",
          "Essex CRC, the only CRC rated Good in 2018-19, is run by Sodexo."),
    # (the same, its rating already read as the one before a change: "X, the only PDU rated Good in 2022-23, has
    # slipped to Requires improvement")
    Shape("the only or first, set off by commas, its rating read", _ONLY_ASIDE, _only,
          "the same, where a change read its rating as the one before",
          "Probation inspections\n\nGateshead and South Tyneside PDU, the only PDU rated Good in 2022-23, has "
          "slipped to Requires improvement.",
          "Probation inspections\n\nLambeth PDU, the only PDU rated Good in 2022-23, has slipped to Requires "
          "improvement.", consumes=("q", "pop")),
    Shape("the only one of its kind inspected", r"(?P<s>[PA])[wB]{0,3}(?P<q>Q)(?P<pop>S)(?P<i>I)", _only_inspected,
          "'X was the only NPS division inspected in 2019-20': one of its kind inspected that round",
          "NPS North West was the only NPS division inspected in 2019-20.",
          "NPS North West was the only NPS division inspected in 2018-19."),
    Shape("member of a population", r"(?P<s>[PA])[,wB]{0,3}(?P<n>N)(?:F[w]{0,3}(?P<n2>N))?[w]{0,2}(?P<pop>S|I)",
          _member_of, "a unit one of a population of so many: 'Essex CRC was one of 21 CRCs'",
          "In 2018-19 Essex CRC was one of the country's 21 CRCs.",
          "In 2018-19 Essex CRC was one of the country's 25 CRCs.", consumes=("n", "n2", "pop")),  # (the unit is
    # free for whatever else the sentence says of it)
)
