"""The sentence shapes check-claims reads, one row each, and the shapes it recognises but refuses.

Each row of ``SHAPES`` is a pattern over tag codes (tagger.py), a builder that turns a match into readings
(readings.py) and a true and a false example sentence about the bundled data; tests run every example and the
docs list the table. A builder may decline a match (None): the tags stay free for a later row. A refusal row
claims its tags and says why they are not read, so the sentence can be no better than "partly checked".

Rows are tried in order; a tag read by one row is not read again.
"""

from __future__ import annotations

from .build_changes import _change
from .build_composition import (
    _all_of_them,
    _all_those,
    _and_inspected,
    _breakdown,
    _composition,
    _except_count,
    _neither_was,
    _rated_all_of_them,
    _share_of_ratings,
    _so_was,
)
from .build_counts import (
    _bare_count,
    _coordinated,
    _declared,
    _inspected,
    _rated,
    _size,
    _there_are,
    _went_to,
)
from .build_distribution import _distribution, _likelihood, _more_rated, _rated_extreme
from .build_figures import (
    _inspection_date,
    _owner,
    _owner_of,
    _people,
    _places,
    _region_count,
    _region_of,
    _sector_figure,
    _time,
    _unheld,
)
from .build_named import (
    _heading_rating,
    _headline_but,
    _member_rated,
    _rated_adjective,
    _rating_first,
    _rating_named,
    _rating_of,
)
from .build_portions import _at_least_in_region, _count_shape, _of_them, _the_rest
from .build_ratings import (
    _and_predicate,
    _apposition,
    _as_was,
    _clause_subject,
    _ellipsis,
    _except_named,
    _group_rating,
    _neither_nor,
    _only,
    _only_that,
    _others_named,
    _provider_rating,
    _providers_listed,
    _rating_ellipsis,
    _rating_for,
    _ratings_by_round,
    _scale,
    _scale_size,
)
from .build_standards import (
    _method,
    _ratings_counted,
    _standard_opening,
    _standards_continued,
    _standards_count,
    _standards_first,
    _standards_of_them,
    _standards_rated,
    _standards_some,
)
from .shape_parts import Shape, _refuse, _renamed

# --- the table -------------------------------------------------------------------------------------------------

# After a rating: 'overall', 'rating', or the standards it is on ('for assessment and planning').
_AFTER = r"(?P<after>(?:[wFVA]{0,3}(?:T(?:[,w]{1,2}T){0,9}|[KV]))?)"
# Gaps: inside a clause, between a subject and its rating, anything but another subject, population, rating or
# figure; bounded so that matching stays linear.
_GAP = "[wBVKFXhTOZYIM']"
SHAPES: tuple[Shape, ...] = (
    Shape("time", r"N(?P<t>w)", _time, "a span of time: a period ('in the past six months') is no claim about"
          " the data; a duration ('six weeks after the report') is refused, the data hold no durations",
          "In the past six months the service has changed.", ""),
    Shape("places", r"N(?P<t>w)", _places, "the places a unit covers ('in the four counties'): no claim about the "
          "data", "Warwickshire and West Mercia CRC works in four counties.", ""),
    Shape("likelihood", r"(?P<a>S)[wB]{0,2}(?P<k>N)?(?P<l>L)[wFg]{0,2}(?P<b>S)[w]{0,3}V?[wBV]{0,2}(?P<r>R)",
          _likelihood, "two populations' shares with a rating compared ('more likely', 'twice as likely')",
          "In 2018-19 NPS divisions were more likely than CRCs to be rated Good.",
          "In 2018-19 CRCs were more likely than NPS divisions to be rated Good."),
    Shape("most common rating", r"(?P<r>R)B(?P<d>D)[wKV]{1,3}(?:[wF]{0,2}(?P<pop>S))?|(?P<d2>D)[wKV]{1,3}"
          r"(?:[wF]{0,2}(?P<pop2>S))?[wY,]{0,3}B(?P<r2>R)", lambda m, s: _distribution(_renamed(m), s),
          "the most or least common rating among a population",
          "Requires improvement was the most common overall rating in 2018-19.",
          "Good was the most common overall rating in 2018-19."),
    Shape("share of the ratings", r"(?P<pop>S)(?P<v>[wV]{1,2})(?P<n>N)(?P<r>R)(?P<k>V)", _share_of_ratings,
          "'the NPS accounted for five of the six Good ratings': how many of a rating's holders a sector had",
          "In 2018-19 the NPS accounted for five of the six Good ratings.",
          "In 2018-19 the NPS accounted for four of the six Good ratings."),
    Shape("more rated one way than another", r"(?P<k>w)(?P<pop>S)[BV]{1,2}(?P<r>R)g[BV]{0,2}(?P<r2>R)", _more_rated,
          "'more PDUs were rated Inadequate than Requires improvement': two ratings' counts compared",
          "In 2024-25 more PDUs were rated Inadequate than Requires improvement.",
          "In 2024-25 fewer PDUs were rated Inadequate than Requires improvement."),
    Shape("lowest or highest rating", r"(?P<ext>R)[wVFQ]{0,4}(?P<pop>S)[wY,]{0,3}B(?P<r>R)", _distribution,
          "the lowest or highest rating given to any of a population",
          "The lowest rating given to any NPS division in 2018-19 was Requires improvement.",
          "The lowest rating given to any NPS division in 2018-19 was Inadequate."),
    Shape("refused: comparison of likelihood", r"[^,;]{0,6}L[^,;]{0,6}",
          _refuse("a comparison of proportions or likelihoods between groups"),
          "a comparison of shares or likelihoods between sectors or groups: recognised, not read",
          "", "The proportion of CRC staff who felt their workload was manageable fell in 2018-19."),
    Shape("lowest-rated unit's rating", r"(?P<d>D)(?P<pop>S)[wBY,]{0,3}V?(?P<r>R)", _rated_extreme,
          "'the lowest-rated NPS division was rated Requires improvement': the lowest rating in the population",
          "In 2018-19 the lowest-rated NPS division was rated Requires improvement.",
          "In 2018-19 the lowest-rated NPS division was rated Inadequate."),
    Shape("refused: superlative", r"D[^,;]{0,6}",
          _refuse("a superlative ('most common', 'lowest-rated')"),
          "a superlative or 'the most common rating': recognised, not read",
          "", "Leadership was the highest-rated standard across CRCs in 2018-19."),
    Shape("refused: comparison between providers", r"[PA][^,;]{0,5}G[^,;]{0,3}[PA]",
          _refuse("a comparison between providers"), "one provider compared with another: recognised, not read",
          "", "Essex CRC was rated better than Merseyside CRC in 2018-19."),
    Shape("size of the rating scale", r"(?P<n>N)w?(?P<v>V)", _scale_size,
          "how many ratings the scale has: 'the lowest of four possible ratings'",
          "The rating scale has four possible ratings.", "The rating scale has five possible ratings."),
    Shape("published sector figure", r"(?P<n>N)", _sector_figure,
          "a figure HMIP published for a sector (sector_figures.csv), named by its words (vocabulary.MEASURES)",
          "In 2018-19, 45 per cent of CRC cases did not have a sufficient assessment of risk.",
          "In 2018-19, 25 per cent of CRC cases did not have a sufficient assessment of risk.", reads_span=True),
    Shape("standards count, declared", r"F[wA]?(?P<mid>N)Z[wIABV]{0,5},(?P<n>[NQ])[wB]{0,3}V?w?(?P<r>R)",
          _standards_count,
          "'of the ten standards inspected, seven were rated Requires improvement': the unit's own standards",
          "Report on Warwickshire and West Mercia CRC, 2019\n\nOf its ten standards, seven were rated Requires "
          "improvement.", "Report on Warwickshire and West Mercia CRC, 2019\n\nOf its ten standards, six were rated "
          "Requires improvement."),
    Shape("method count", r"(?P<n>N)[w]{0,1}Z", _method,
          "a count of the aspects or standards inspected ('looked at 10 aspects of its work'): the method, no claim",
          "Inspectors looked at 10 aspects of the work.", ""),
    Shape("unheld figure", r"N(?P<j>J)", _unheld,
          "a figure counting cases, staff or per cent: the provider data hold none, so unverifiable",
          "", ""),
    Shape("change", r"(?P<s>[PA])?[wBVKXhTOYA',]{0,8}?(?:H(?:[wBVKXhTYA']{0,5}R(?:[wBVKXhTYA']{0,5}R)?)?"
                    r"|R[wBVKXhTYA',]{0,6}?H(?:[wBVKXhYA']{0,4}R)?)(?:w{0,2}HI)?", _change,
          "a provider's overall rating against its previous inspection: improved, fell, unchanged, from R to R",
          "Durham Tees Valley CRC improved from Requires improvement to Good in 2019-20.",
          "Northumbria CRC improved from Requires improvement to Good in 2019-20.", reads_span=True),
    Shape("standards count, provider inside",
          r"(?P<q>Q)?(?P<n>[NQ])F(?P<s>P)w?(?P<mid>[wN]{0,2})Z[wBVKX]{0,5}?(?P<r>R)",
          _standards_count, "'five of London CRC's ten standards were rated Good'",
          "Five of London CRC's ten standards were rated Good in 2018-19.",
          "Seven of London CRC's ten standards were rated Good in 2018-19."),
    Shape("standards count", r"(?P<s>[PA])?[wBVK']{0,4}?(?P<n>[NQ])(?P<mid>[wFNOAS']{0,4}?)Z(?:F(?P<s2>[PA]))?"
          r"[wBVKXI]{0,5}?(?P<r>R)", lambda m, s: _standards_count(_renamed(m), s),
          "how many of a provider's own standards had a rating ('five of its ten standards')",
          "London CRC had five standards rated Good in 2018-19.",
          "London CRC had seven standards rated Good in 2018-19."),
    Shape("standards count, provider after", r"(?P<n>[NQ])(?P<mid>[wFNO']{0,4}?)(?P<z>Z)[wBVKX]{0,5}?(?P<r>R)"
          r"[wY]{0,2}(?P<s>P)", _standards_count, "'all four case supervision standards were Inadequate at X'",
          "All four case supervision standards were rated Inadequate at Staffordshire and West Midlands CRC in "
          "2019-20.", "All four case supervision standards were rated Good at Staffordshire and West Midlands CRC "
          "in 2019-20."),
    Shape("standards count, rating first", r"(?P<s>[PA])[wBVK]{0,4}?(?P<r>R)[wF]{0,2}(?P<n>[NQ])(?P<mid>[wFNOA]{0,3})Z",
          _standards_count, "'rated Good on five of its ten standards'",
          "Warwickshire and West Mercia CRC was rated Good on three standards in 2018-19.",
          "Warwickshire and West Mercia CRC was rated Good on six standards in 2018-19."),
    Shape("some of the unit's standards", r"(?P<q>w)?(?P<z>Z)(?P<mid>[BVw]{1,3})(?P<r>R)", _standards_some,
          "'parts of its work were rated Outstanding': at least one of the unit's standards had the rating (no"
          " unit in the data has every standard listed, so none is contradicted yet)",
          "Report on NPS North West\n\nIn 2018-19 parts of its work were rated Outstanding.",
          "Report on NPS North West\n\nIn 2018-19 parts of its work were rated Inadequate."),
    Shape("ratings counted", r"(?P<s>[PA])[wVB]{0,3}?(?P<n>N)(?P<r>R)(?P<k>V)", _ratings_counted,
          "'the CRC received three Good ratings': a count of the unit's standards with the rating",
          "Warwickshire and West Mercia CRC inspection, 2019\n\nThe CRC received three 'Good' ratings.",
          "Warwickshire and West Mercia CRC inspection, 2019\n\nThe CRC received four 'Good' ratings."),
    Shape("standards count, continued", r"(?P<n>N)[wB]{0,2}V?w?(?P<r>R)|w(?P<r2>R)w(?P<n2>N)",
          lambda m, s: _standards_continued(_renamed(m), s),
          "a second count of the same provider's standards, its noun left out: '... five standards were Good and "
          "another four Requires improvement'",
          "In 2018-19, five of Cumbria and Lancashire CRC's standards were rated Requires improvement and another "
          "four were classed Inadequate.",
          "In 2018-19, five of Cumbria and Lancashire CRC's standards were rated Requires improvement and another "
          "three were classed Inadequate."),
    Shape("composition", r"Fw?(?P<n0>N)S?[wBV]{0,3}(?P<r>R)[wY]{0,2},(?P<n>N)[wB]{0,3}(?P<pop>S)", _composition,
          "'of the six rated Good, five were NPS divisions'",
          "In 2018-19, of the six providers rated Good, five were NPS divisions.",
          "In 2018-19, of the six providers rated Good, four were NPS divisions."),
    Shape("all those rated", r"(?P<q>Q)w?[wBV]{0,2}(?P<r>R)[wB]{0,3}(?P<pop>S)", _all_those,
          "'all those rated Inadequate were CRCs'",
          "In 2018-19 all those rated Inadequate were CRCs.", "In 2018-19 all those rated Good were CRCs."),
    Shape("the only or first", r"(?P<s>[PA])[wB]{0,3}(?P<q>Q)(?P<pop>S)[wBVYFI]{0,10}?(?P<r>R)", _only,
          "'X was the only CRC rated Good', 'the first CRC to be rated Good'",
          "Hampshire and Isle of Wight CRC was the only CRC rated Good in 2018-19.",
          "Essex CRC was the only CRC rated Good in 2018-19."),
    Shape("the only or first, that rating", r"(?P<s>[PA])(?:[wB]{0,3}|[wBV]{0,3}RK?,)(?P<q>Q)(?P<pop>S)"
          r"[wBVYFIN]{0,14}(?P<v>V)", _only_that,
          "'X was rated Good, the first CRC to achieve that grade': the rating named before",
          "In 2018-19 Hampshire and Isle of Wight CRC was rated Good, and it was the only CRC to receive that "
          "rating.", "In 2018-19 Essex CRC was rated Good, and it was the only CRC to receive that rating."),
    Shape("given a rating", r"(?:(?P<q>Q)(?P<n>N)?|(?P<n1>N))[wFQ]{0,3}?(?P<pop>S)[wB]{0,3}V[w]{0,2}[KV]",
          lambda m, s: _rated(_renamed(m), s),
          "how many providers were given an overall rating",
          "Every provider received an overall rating in 2018-19.", "Ten providers received an overall rating in "
          "2018-19.", reads_span=True),
    Shape("standards rated", r"(?P<v>V)(?P<s>[PA])?[wFMU]{0,6}(?P<ts>T(?:[,w]{1,2}T){0,9})[wFJ]{0,6}(?P<s2>[PA])?"
          r"[wF]{0,2}(?P<r>R)",
          _standards_rated, "'inspectors rated the planning, implementation and review of cases Inadequate'",
          "In 2019-20 inspectors rated the planning, implementation and reviewing at Staffordshire and West "
          "Midlands CRC Inadequate.",
          "In 2019-20 inspectors rated the planning, implementation and reviewing at Northumbria CRC Inadequate."),
    Shape("standards first", r"(?P<ts>T(?:[,w]{1,5}T){0,9})[wSQhFJM]{0,4},?"
          r"(?P<mid>[BVX][wBVXh]{0,6}|B[wBVXh]{0,6}F|)(?P<r>R)"
          r"(?P<after>(?:[wF]{0,2}(?P<s>[PA]))?)", _standards_first,
          "'leadership was rated Good', 'staff, services and reviewing all require improvement': standards of the "
          "subject", "Durham Tees Valley CRC was inspected in 2018-19. Its leadership was rated Outstanding.",
          "Durham Tees Valley CRC was inspected in 2018-19. Its leadership was rated Good."),
    Shape("the others named", r"(?P<o>O)(?P<n>N)(?=,?B?F?P)", _others_named,
          "'the other two were A and B': a number that counts the names after it is no claim of its own",
          "The other two were NPS Wales and NPS Midlands.", ""),
    Shape("population with a named exception", r"(?P<q>Q)[wF]{0,2}(?P<pop>S)(?P<e>E)(?P<ex>P),?(?P<mid>" + _GAP
          + r"{0,8}?)(?P<r>R)" + _AFTER, _except_named,
          "'every CRC except X was rated ...', 'no CRC other than X was rated ...'",
          "In 2018-19 no CRC other than Dorset, Devon and Cornwall CRC was rated Inadequate.",
          "In 2018-19 no CRC other than Essex CRC was rated Inadequate.",
          consumes=("q", "pop", "e", "ex", "mid", "r", "after")),
    Shape("neither of two named", r"(?P<x>X)(?P<s1>P)(?P<nor>X)(?P<s2>P)(?P<mid>" + _GAP + r"{0,8}?)(?P<r>R)" + _AFTER,
          _neither_nor, "'Neither A nor B was rated Inadequate': each was not",
          "In 2022-23 neither Tameside PDU nor Wigan PDU was rated Inadequate.",
          "In 2022-23 neither Lambeth PDU nor Newham PDU was rated Inadequate.",
          consumes=("x", "s1", "nor", "s2", "mid", "r", "after")),
    Shape("providers listed", r"(?P<pre>V[wS]{0,4})?(?P<ss>[PA](?:[,w]{1,2}P){1,8})(?P<mid>,?" + _GAP
          + r"{0,8}?)(?P<r>R)" + _AFTER, _providers_listed,
          "'A, B and C were each rated Inadequate': the rating of every provider named",
          "In 2018-19 NPS Wales and NPS Midlands were rated Good.",
          "In 2018-19 NPS Wales and NPS London were rated Good."),
    Shape("ratings by round", r"(?P<s>[PA])(?P<mid>[wBVK]{0,4}?)(?P<r>R)w(?P<y>Y)[,w]{1,2}(?P<r2>R)w(?P<y2>Y)",
          _ratings_by_round, "'rated Requires improvement in 2018-19 and Good in 2019-20': each rating in its round",
          "Durham Tees Valley CRC was rated Requires improvement in 2018-19 and Good in 2019-20.",
          "Durham Tees Valley CRC was rated Good in 2018-19 and Requires improvement in 2019-20."),
    Shape("provider rating", r"(?P<s>[PA])(?P<mid>" + _GAP + r"{0,8}?)(?P<r>R)(?:(?P<nor>X)(?P<r2>R))?"
          + _AFTER,
          _provider_rating, "a provider's rating, overall or on a named standard, or its negation",
          "Hampshire and Isle of Wight CRC was rated Good in 2018-19.",
          "Hampshire and Isle of Wight CRC was rated Inadequate in 2018-19."),
    Shape("heading rating", r"^(?P<r>R)(?:,[w,]{0,10})?$", _heading_rating,
          "a subheading that is a rating and a comment: the overall rating of the unit the text is about",
          "NPS Midlands inspected\n\nGood, with room to improve",
          "NPS Midlands inspected\n\nInadequate, with much to do"),
    Shape("one of those rated", r"(?P<s>[PA])B(?P<one>N)?(?P<f>F)w{1,2}S?V(?P<r>R)", _member_rated,
          "'X is among the PDUs rated R', 'X was one of those rated R': X was rated R",
          "Report, 2022\n\nLambeth PDU was one of those rated Inadequate in 2022-23.",
          "Report, 2022\n\nLambeth PDU was among the PDUs rated Good in 2022-23."),
    Shape("R-rated unit", r"(?P<r>R)(?P<s>[PA])", _rated_adjective,
          "'the Inadequate-rated PDU': the rating said as an adjective before the unit",
          "The Good-rated NPS Midlands covers a large area.", "The Inadequate-rated NPS Midlands covers a large area."),
    Shape("headline: but R", r"^(?P<s>[PA])[wBV']{0,8},(?P<r>R)$", _headline_but,
          "a heading ending on a quoted rating after 'but': the rating of the unit it names",
          "NPS Midlands has work to do but 'Good'", "NPS Midlands has work to do but 'Inadequate'"),
    Shape("standard of the text's unit", r"(?P<t>T)[wFMU]{0,7}(?P<mid>[BVX]{1,3})(?P<r>R)",
          _standard_opening, "a standard rated with no unit named: the unit the text is about",
          "NPS South East and Eastern inspected\n\nWork with victims was rated Good.",
          "NPS South East and Eastern inspected\n\nWork with victims was rated Inadequate."),
    Shape("rating for a provider", r"(?P<r>R)(?P<after>[wK]{0,1}V)(?:B{1,2}V)?[wF]{1,2}(?P<s>[PA])", _rating_for,
          "'a Good rating for X', 'Requires improvement rating for X'",
          "In 2018-19 there was a Good rating for NPS Wales.", "In 2018-19 there was a Good rating for NPS London."),
    Shape("provider rating, object", r"(?P<neg>X)?(?P<pre>V)(?:w{1,2}F|Sw{1,2}|w)?"
          r"(?P<s>[PA])(?P<mid>[wKBF]{0,3}T?)(?P<r>R)"
          + _AFTER, _provider_rating, "'inspectors rated the CRC Good', 'found probation services in X inadequate'",
          "Inspectors rated NPS Wales Good in 2018-19.", "Inspectors rated NPS Wales Inadequate in 2018-19."),
    Shape("apposition", r"(?P<s>[PA]),(?P<mid>[wBVKh]{0,3})(?P<r>R)(?P<after>(?:[wFVA]{0,2}[TK])?)",
          _apposition, "'X, rated Good in 2019, ...'",
          "NPS Midlands, rated Good in 2018-19, supervises many people.",
          "NPS Midlands, rated Inadequate in 2018-19, supervises many people."),
    Shape("place on the scale", r"(?P<r1>R)K?[,wYF]{0,3}(?P<r2>R)", _scale,
          "a rating named and placed on the scale ('Good, the second-highest rating')",
          "In 2018-19 NPS Wales was rated Good, the second-highest rating.",
          "In 2018-19 NPS Wales was rated Good, the highest rating.", consumes=("r2",)),
    Shape("place on the scale, named after", r"(?P<r1>R)[,w]{0,3}(?P<r2>R)", _scale,
          "the place named first, then the rating ('the second lowest rating, Requires improvement')",
          "In 2018-19 NPS London got the second lowest rating, Requires improvement.",
          "In 2018-19 NPS London got the second highest rating, Requires improvement.", consumes=("r2",)),
    Shape("rating of the sentence's subject", r",(?P<mid>[wh]{0,2}[BVX][wBVKXTh']{0,5}?)(?P<r>R)"
          + _AFTER, _clause_subject,
          "'X, which supervised 3,000 people, was rated Good': the rating of the subject the clause interrupted",
          "London CRC, which supervised 28,819 people in 2018-19, was rated Requires improvement.",
          "London CRC, which supervised 28,819 people in 2018-19, was rated Good."),
    Shape("a second predicate of the subject", r"(?P<and>w)(?P<mid>h{0,2}[BV][wBVKXTh']{0,5}?)(?P<r>R)" + _AFTER,
          _and_predicate,
          "'X was rated Good in 2018-19 and was rated Good again ...': a rating joined by 'and' to its subject's",
          "NPS Wales was inspected in December 2018 and was rated Good in 2018-19.",
          "NPS Wales was inspected in December 2018 and was rated Inadequate in 2018-19."),
    Shape("the rating of", r"(?P<det>w)?(?P<k>[KV])F(?P<r>R)", _rating_of,
          "'this led to the overall rating of Requires improvement': the rating of the unit spoken of",
          "Report on Gwent PDU\n\nThe Chief Inspector said staffing explained the rating of 'Requires improvement'.",
          "Report on Gwent PDU\n\nThe Chief Inspector said staffing explained the rating of 'Inadequate'."),
    Shape("the rating was", r"(?P<det>[wA])(?P<k>K|V|KV)w?(?P<b>B)(?P<r>R)", _rating_of,
          "'the overall rating was Inadequate', 'its rating is Good': the rating of the unit the text is about",
          "Report on Gwent PDU, February 2022\n\nThe overall rating was 'Requires improvement'.",
          "Report on Gwent PDU, February 2022\n\nThe overall rating was 'Good'."),
    Shape("the subject's rating, named", r"(?P<det>[wA])(?P<r>R)(?P<k>[KV])", _rating_named,
          "the rating a text's subject was given, named in passing: 'despite the good overall rating', "
          "'its Inadequate rating'",
          "Durham Tees Valley CRC was inspected in 2018-19. Despite its Requires improvement rating, inspectors "
          "found much to praise.", "Durham Tees Valley CRC was inspected in 2018-19. Despite its Good rating, "
          "inspectors found much to praise."),
    Shape("the unit's rating, named first",
          r"^(?P<r>R)Bw(?P<k>[wKV])w?(?P<s>[PA])|^(?P<s2>[PA])w?(?P<k2>[KV]),(?P<r2>R)$",
          lambda m, s: _rating_first(_renamed(m), s),
          "'Requires improvement is the rating X received', 'Inadequate was the verdict on X', \"X's rating: Good\"",
          "Requires improvement was the verdict on London CRC in 2018-19.",
          "Inadequate was the verdict on London CRC in 2018-19."),
    Shape("rating ellipsis", r",(?P<mid>w{0,2})(?P<r>R)" + _AFTER, _rating_ellipsis,
          "'X was rated Good for assessment, but Inadequate for reviewing': the same provider, another standard",
          "In 2018-19 Hampshire and Isle of Wight CRC was rated Good for assessment, but Inadequate for reviewing.",
          "In 2018-19 Hampshire and Isle of Wight CRC was rated Good for assessment, but Good for reviewing."),
    Shape("as was", r"(?P<as>w)B(?P<s>P)", _as_was, "'..., as was C': the rating before applies to C too",
          "In 2018-19 NPS Wales was rated Good, as was NPS Midlands.",
          "In 2018-19 NPS Wales was rated Good, as was NPS London."),
    Shape("rating list", r"(?P<s>P)w?(?P<r>R)", _ellipsis, "'A was rated Good, and B Requires improvement'",
          "In 2018-19 NPS Wales was rated Good, and NPS London Requires improvement.",
          "In 2018-19 NPS Wales was rated Good, and NPS London Inadequate."),
    Shape("units named together", r"(?P<g>[Qw])(?P<n>N)?(?P<pop>[wS])?(?P<mid>[wBVh']{0,6}?)(?P<r>R)" + _AFTER,
          _group_rating,
          "'Each was rated Requires improvement', 'all three units \"require improvement\"': each of the units a "
          "neighbouring sentence names together",
          "In 2022-23 inspectors visited Lambeth PDU and Lewisham and Bromley PDU. Both were rated Inadequate.",
          "In 2022-23 inspectors visited Lambeth PDU and Lewisham and Bromley PDU. Both were rated Good."),
    Shape("exception first", r"(?P<e>E)w?(?P<en>N)[wS]{0,2},(?P<q>Q)[wF]{0,2}(?P<pop>S)(?P<mid>" + _GAP +
          r"{0,8}?)(?P<r>R)" + _AFTER, _except_count,
          "'With the exception of one CRC, all CRCs were rated ...'",
          "With the exception of two CRCs, all CRCs were rated Requires improvement in 2018-19.",
          "With the exception of one CRC, all CRCs were rated Requires improvement in 2018-19."),
    Shape("exception or contrast named", r"(?P<e>E)(?P<ex>P),(?:(?P<q>Q)[wF]{0,2}(?P<pop>S)|(?P<s>P))(?P<mid>"
          + _GAP + r"{0,8}?)(?P<r>R)" + _AFTER, _except_named,
          "'Other than X, no CRC was rated ...', 'Apart from X, all ...', 'Unlike X, Y was rated ...'",
          "Other than Dorset, Devon and Cornwall CRC, no CRC was rated Inadequate in 2018-19.",
          "Other than Essex CRC, no CRC was rated Inadequate in 2018-19."),
    Shape("coordinated counts", r"(?:(?P<q1>Q)(?P<n1>N)?|(?P<m1>N))[wF]{0,2}(?P<pop1>S)w(?:(?P<q>Q)(?P<n>N)?|(?P<m>N))"
          r"[wF]{0,2}(?P<pop>S)(?P<mid>" + _GAP + r"{0,8}?)(?P<v>[RI])" + _AFTER, _coordinated,
          "'five NPS divisions and one CRC were rated Good': two counts, one predicate",
          "In 2018-19 five NPS divisions and one CRC were rated Good.",
          "In 2018-19 five NPS divisions and two CRCs were rated Good."),
    Shape("rating went to", r"(?P<r>R)[wVB]{1,3}(?P<n>N)[w]{0,2}(?P<pop>S)", _went_to,
          "'Requires improvement went to 21 services'",
          "In 2018-19 Requires improvement went to 21 services.",
          "In 2018-19 Requires improvement went to 20 services."),
    Shape("count with exception", r"(?P<q>Q)[wF]{0,2}(?P<pop>S)(?P<e>[E,])(?P<en>N)(?P<mid>" + _GAP + r"{0,8}?)(?P<r>R)"
          r"(?P<after>(?:[wFVA]{0,2}[TK])?)", _count_shape,
          "'all CRCs but one were rated ...', 'every division apart from two'",
          "In 2018-19 all CRCs but two were rated Requires improvement.",
          "In 2018-19 all CRCs but one were rated Requires improvement."),
    Shape("count", r"(?P<neg>X)?(?:(?P<q>Q)(?P<n>N)?|(?P<n1>N))(?:F[wW]{0,2}?(?P<total>N))?(?P<o>O)?[wFQW]{0,3}?"
          r"(?P<pop>S)"
          r"(?P<mid>" + _GAP + r"{0,8}?)(?P<r>R)"
          r"(?P<after>(?:[wFVA]{0,2}[TK])?)", lambda m, s: _count_shape(_renamed(m), s),
          "a count, share or quantifier ('five of the seven', 'no', 'most', 'at least') of a population with a rating",
          "Five of the seven NPS divisions were rated Good in 2018-19.",
          "Four of the seven NPS divisions were rated Good in 2018-19."),
    Shape("count of a declared group", r"F(?P<n0>N)?[w]{0,2}(?P<pop>S)[w]{0,3},(?P<q>Q)?(?P<n>N)?(?P<mid>"
          + _GAP + r"{0,8}?)(?P<r>R)(?P<after>(?:[wFVA]{0,2}[TK])?)", _declared,
          "'Of the seven NPS divisions, five were rated Good'",
          "In 2018-19, of the seven NPS divisions, five were rated Good.",
          "In 2018-19, of the seven NPS divisions, six were rated Good."),
    Shape("count after its population", r"(?P<n>[NQ])(?P<mid>[wBVKXH]{0,4}?)(?P<r>R)(?P<after>(?:[wFVA]{0,2}[TK])?)",
          _bare_count, "a count whose population was named earlier ('Six were rated Good')",
          "In 2018-19 HMIP inspected seven NPS divisions. Five were rated Good.",
          "In 2018-19 HMIP inspected seven NPS divisions. Three were rated Good."),
    Shape("the rest", r"(?P<o>O)(?P<mid>[wBV]{0,3})(?P<r>R)", _the_rest,
          "'five NPS divisions were rated Good and the rest Requires improvement': all but those counted before",
          "In 2018-19 five NPS divisions were rated Good and the rest Requires improvement.",
          "In 2018-19 five NPS divisions were rated Good and the rest Inadequate."),
    Shape("all of them", r"(?P<q>Q)F(?P<them>w)[B]?(?P<pop>S)", _all_of_them,
          "'six were rated Requires improvement (all of them CRCs)': all those the count before counts are of it",
          "In 2019-20 HMIP rated ten providers. Six were rated Requires improvement, all of them CRCs.",
          "In 2019-20 HMIP rated ten providers. Six were rated Requires improvement, all of them NPS divisions."),
    Shape("so was", r"(?P<so>w)B(?:(?P<q>Q)?(?P<n>N)?(?P<o>O)?[wFO]{0,2}(?P<pop>S)|(?P<p>P))", _so_was,
          "'..., and so was every CRC': the predicate before, of another population",
          "In 2018-19 five NPS divisions were rated Good, and so was one CRC.",
          "In 2018-19 five NPS divisions were rated Good, and so were two CRCs."),
    Shape("neither was", r"(?P<nor>X)B(?:(?P<any>w)?(?P<pop>S)|(?P<p>P))", _neither_was,
          "'..., and neither was any NPS division', '..., nor was C': the negative predicate before, of another",
          "In 2018-19 no CRC was rated Outstanding, and neither was any NPS division.",
          "In 2018-19 no CRC was rated Inadequate, and neither was any NPS division.",
          consumes=("nor", "any", "pop", "p")),
    Shape("breakdown", r"[,:][wF]{0,3}(?P<n1>N)w?(?P<pop1>S)(?:[,w]{1,2}(?P<n2>N)w?(?P<pop2>S))?(?:[,w]{1,2}(?P<n3>N)w?"
          r"(?P<pop3>S))?", _breakdown,
          "'..., made up of five NPS divisions and one CRC': the count before, by sector",
          "In 2018-19 six services were judged Good, made up of five NPS divisions and one CRC.",
          "In 2018-19 six services were judged Good, made up of four NPS divisions and two CRCs."),
    Shape("inspected", r"(?P<n>N)[wF]{0,3}(?P<pop>S)B[wB]{0,2}(?P<v>[IV])|(?P<v2>[IV])(?:Q)?[w]{0,2}(?P<n2>N)[w]{0,2}"
          r"(?P<pop2>S)|(?P<n3>N)(?P<v3>I)F(?P<pop3>S)", lambda m, s: _at_least_in_region(_inspected(_renamed(m), s)),
          "how many providers were inspected or given an overall rating",
          "In 2018-19 HMIP inspected 28 providers.", "In 2018-19 HMIP inspected 30 providers."),
    Shape("and so many more inspected", r"(?P<and>w)(?P<n>N)(?:Fw?)?(?P<pop>S)", _and_inspected,
          "'HMIP inspected 10 CRCs and one NPS division': a second count of those inspected",
          "In 2019-20 HMIP inspected 10 CRCs and one NPS division.",
          "In 2019-20 HMIP inspected 10 CRCs and two NPS divisions."),
    Shape("so many of them", r"(?P<n>N)F(?P<them>w)(?P<mid>[wBV]{0,3})(?P<r>R)", _of_them,
          "'HMIP rated ten services, four of them Good': a count of those the count before counted",
          "In 2019-20 HMIP rated ten services, four of them Good.",
          "In 2019-20 HMIP rated ten services, five of them Good."),
    Shape("standards: so many of them", r"(?P<n>N)F(?P<them>w)(?P<r>R)(?:w(?P<n2>N)(?P<r2>R))?", _standards_of_them,
          "'looked at 10 aspects of its work and rated half of them Good and half Requires improvement'",
          "In 2018-19 the Inspectorate looked at 10 aspects of London CRC's work and rated half of them Good and half "
          "Requires improvement.", "In 2018-19 the Inspectorate looked at 10 aspects of London CRC's work and rated "
          "half of them Good and half Inadequate."),
    Shape("rated all of them", r"(?P<q>Q)F(?P<them>w)(?P<r>R)", _rated_all_of_them,
          "'inspected three regions, and rated all of them Requires improvement': all of the population counted",
          "In 2024-25 HMIP inspected three regions, and rated all of them Requires improvement.",
          "In 2024-25 HMIP inspected three regions, and rated all of them Inadequate."),
    Shape("there are", r"(?P<there>w[B])(?P<n>N)[w]{0,2}(?P<pop>S)", _there_are, "'there were 21 CRCs'",
          "In 2018-19 there were 21 CRCs.", "In 2018-19 there were 25 CRCs."),
    Shape("population size", r"(?P<n>N)[w]{0,2}(?P<pop>S)(?P<rest>w{0,2})", _size,
          "the size of a population: 'the 21 CRCs'", "In 2018-19 the 21 CRCs were inspected by HMIP.",
          "In 2018-19 the 25 CRCs were inspected by HMIP."),
    Shape("inspection date", r"(?P<s>[PA])?[wBVhF']{0,8}?I[wBVhFY']{0,6}", _inspection_date,
          "when a provider was inspected or its report published: 'X was inspected in November 2018'",
          "NPS Wales was inspected in December 2018.", "NPS Wales was inspected in March 2018.", reads_span=True),
    Shape("people supervised", r"(?P<s>[PA])[^PAS;N]{0,6}?M[wF]{0,3}(?P<n>N)[w]{0,4}U|(?P<n2>N)[w]{0,4}U[wBF]{0,4}"
          r"(?:M[wF]{0,3}(?P<s2>[PA])|(?P<s3>[PA])[w]{0,2}M)|(?P<s4>[PA])[wB]{0,3}(?P<n4>N)[w]{0,4}U[w]{0,2}M"
          r"|^w?MF(?P<n5>N)[w]{0,4}U"
          # "the CRC, which has 6,500 people on its books"; "with 6,500 people under supervision, the CRC ..."
          r"|(?P<s6>[PA])[,wB]{0,4}(?P<n6>N)[w]{0,4}U[wF]{0,2}M|^w?(?P<n7>N)[w]{0,2}U[w]{0,2}M,(?P<s7>[PA])",
          lambda m, s: _people(_renamed(m), s),
          "the number of people a provider supervises",
          "In 2018-19 London CRC supervised more than 20,000 people.",
          "In 2018-19 London CRC supervised fewer than 10,000 people."),
    Shape("owner of a provider", r"(?P<w>W)[,wB]{0,6}?(?P<s>[PA])|(?P<s2>[PA])[,wB]{0,5}?(?P<w2>W)",
          lambda m, s: _owner_of(_renamed(m), s),
          "who runs a provider: 'PeoplePlus owns it', 'Merseyside CRC is run by Purple Futures' (another owner is "
          "unverifiable, never contradicted: the data hold the owner at each inspection, and CRCs changed hands "
          "between them)",
          "Merseyside CRC was run by Purple Futures in 2019-20.", "Merseyside CRC was run by Sodexo in 2019-20."),
    Shape("region of a unit", r"(?P<s>[PA])B[wFNSP']{1,12}", _region_of,
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
    Shape("owner portfolio", r"(?P<w>W)[,wBMVF]{0,4}(?P<n>N)[w]{0,2}(?P<pop>S)|(?P<n2>N)[w]{0,2}(?P<pop2>S)[wBV]{0,3}"
          r"(?P<w2>W)", lambda m, s: _owner(_renamed(m), s),
          "how many providers an owner ran ('Sodexo ran six CRCs')",
          "In 2018-19 Sodexo ran six CRCs.", "In 2018-19 Sodexo ran 25 CRCs."),
)
