"""The sentence shapes check-claims reads, one row each, and the shapes it recognises but refuses.

Each row of ``SHAPES`` is a pattern over tag codes (tagger.py), a builder that turns a match into readings
(readings.py) and a true and a false example sentence about the bundled data; tests run every example and the
docs list the table. A builder may decline a match (None): the tags stay free for a later row. A refusal row
claims its tags and says why they are not read, so the sentence can be no better than "partly checked". Rows are
tried in order; a tag read by one row is not read again.
"""

from __future__ import annotations

from .build_alike import ALIKE_SHAPES, STANDARD_OF_UNIT
from .build_changes import _change, _compared_rounds
from .build_composition import _except_count, _except_named, _share_of_ratings
from .build_counts import _bare_count, _bare_plural, _coordinated, _declared, _went_to
from .build_dates import _ratings_by_round
from .build_distribution import (
    _distribution,
    _likelihood,
    _rated_extreme,
    _times_as_many,
    _unit_extreme,
)
from .build_figures import _places, _sector_figure, _time, _unheld
from .build_named import (
    _among_those,
    _clause_ellipsis,
    _fronted,
    _gapped,
    _heading_rating,
    _headline_but,
    _instead_of,
    _like_unlike,
    _likewise,
    _member_rated,
    _rated_adjective,
    _rated_whole_as,
    _rating_caused,
    _rating_first,
    _rating_line,
    _rating_named,
    _rating_of,
    _respectively,
    _scale,
    _scale_listed,
    _scale_size,
    _verdict_after,
)
from .build_portions import _count_named, _count_shape, _only, _only_that
from .build_ratings import (
    _and_overall,
    _and_predicate,
    _apposition,
    _as_was,
    _clause_subject,
    _ellipsis,
    _group_rating,
    _neither_nor,
    _object_as,
    _others_named,
    _provider_rating,
    _providers_listed,
    _rating_ellipsis,
    _rating_for,
)
from .build_sizes import _names_counted, _rated
from .build_standards import (
    _method,
    _rating_for_its_standard,
    _rating_for_standard,
    _standard_opening,
    _standards_count,
    _standards_first,
    _standards_rated,
)
from .inspection_gap import gap_parts
from .shape_parts import Shape, _refuse, _renamed
from .shapes_compared import COMPARED_SHAPES, FIGURES_COMPARED, MORE_RATED
from .shapes_composition import COMPOSITION_SHAPES
from .shapes_facts import FACT_SHAPES
from .shapes_populations import MEMBER_SHAPES, POPULATION_SHAPES
from .shapes_standards import STANDARDS_SHAPES

# --- the table -------------------------------------------------------------------------------------------------

# After a rating: 'overall', 'rating', or the standards it is on ('for assessment and planning').
_AFTER = r"(?P<after>(?:[wFVA]{0,3}(?:T(?:[,w]{1,2}T){0,9}|[KV]))?)"
# Gaps in a clause, subject to rating: anything but a subject, population, rating or figure (bounded: linear matching).
_GAP = "[wBVKFXhTOZYIMU']"
RATING_SHAPES: tuple[Shape, ...] = (
    Shape("time between inspections", r"N(?P<t>w)", gap_parts,
          "'rated Inadequate for the second time in three years', 'twice in two years': the unit's report and the one "
          "before it at most so far apart",
          "Leicester, Leicestershire and Rutland PDU was rated Inadequate for the second time in three years.",
          "Leicester, Leicestershire and Rutland PDU was rated Inadequate for the second time in two years."),
    Shape("time", r"N(?P<t>w)", _time, "a span of time: a period ('in the past six months') is no claim about"
          " the data; a duration ('six weeks after the report') is refused, the data hold no durations",
          "In the past six months the service has changed.", ""),
    Shape("places", r"NO?(?P<t>w)", _places, "the places a unit covers ('in the four counties'): no claim about the "
          "data", "Warwickshire and West Mercia CRC works in four counties.", ""),
    STANDARD_OF_UNIT,  # ("the leadership of X was graded R": before the rows that read X's overall rating)
    Shape("likelihood", r"(?P<a>S)[wB]{0,2}(?P<k>N)?(?P<l>L)[wFg]{0,2}(?P<b>S)[wF]{0,3}V?[wBV]{0,2}(?P<r>R)"
          r"|(?P<a2>S)[wB]{0,2}(?P<k2>N)?(?P<l2>L)[wBVF]{0,3}(?P<r2>R)V?gw?(?P<b2>S)"
          r"|(?P<a3>S)[wBV]{1,3}(?P<r3>R)(?P<l3>L)gw?(?P<b3>S)",  # ("... than a CRC"; "rated Good more often than")
          lambda m, s: _likelihood(_renamed(m), s), "two populations' shares with a rating compared ('more likely', "
          "'twice as likely', 'a better chance', 'more often')",
          "In 2018-19 NPS divisions were more likely than CRCs to be rated Good.",
          "In 2018-19 CRCs were more likely than NPS divisions to be rated Good."),
    Shape("respectively", r"(?P<ss>P(?:,?wP|,P){1,5})(?P<mid>[BV]{1,3})(?P<rs>R(?:,?wR|,R){1,5})(?P<resp>L)",
          _respectively, "'A and B were rated R1 and R2 respectively': each unit its rating, in order",
          "In 2018-19 NPS Wales and NPS London were rated Good and Requires improvement respectively.",
          "In 2018-19 NPS Wales and NPS London were rated Requires improvement and Good respectively."),
    Shape("most common rating", r"(?P<r>R)B?(?P<d>D)(?:(?P<pop0>S)[KV]|[wKV]{1,3}(?:[wFYN]{0,4}(?P<pop>S))?|$)|"
          r"(?P<d2>D)[wKV]{0,3}(?:[wF]{0,2}(?P<pop2>S))?[wY,]{0,3}B(?P<r2>R)",
          lambda m, s: _distribution(_renamed(m), s),
          "the most or least common rating among a population",
          "Requires improvement was the most common overall rating in 2018-19.",
          "Good was the most common overall rating in 2018-19."),
    Shape("share of the ratings", r"(?P<pop>S)(?P<v>[wV]{1,2})(?P<n>N)(?P<r>R)(?P<k>V)", _share_of_ratings,
          "'the NPS accounted for five of the six Good ratings': how many of a rating's holders a sector had",
          "In 2018-19 the NPS accounted for five of the six Good ratings.",
          "In 2018-19 the NPS accounted for four of the six Good ratings."),
    MORE_RATED,  # (two ratings' counts, or one rating's in two populations, compared)
    Shape("lowest or highest rating", r"(?P<ext>R)[wVFQ]{0,4}(?P<pop>S)[wY,]{0,3}B(?P<r>R)", _distribution,
          "the lowest or highest rating given to any of a population",
          "The lowest rating given to any NPS division in 2018-19 was Requires improvement.",
          "The lowest rating given to any NPS division in 2018-19 was Inadequate."),
    Shape("as many rated, times over", r"(?P<x>N?L)(?P<pop>S)(?P<as>w)(?P<other>S)[BV]{1,2}(?P<r>R)", _times_as_many,
          "'twice as many NPS divisions as CRCs were rated Good': one rating's counts in two populations, one a "
          "multiple of the other", "In 2018-19 five times as many NPS divisions as CRCs were rated Good.",
          "In 2018-19 twice as many NPS divisions as CRCs were rated Good."),
    FIGURES_COMPARED,  # ("more than twice as many people as": before the refusal of likelihoods)
    Shape("refused: comparison of likelihood", r"[^,;]{0,6}L[^,;]{0,6}",
          _refuse("a comparison of proportions or likelihoods between groups"),
          "a comparison of shares or likelihoods between sectors or groups: recognised, not read",
          "", "The proportion of CRC staff who felt their workload was manageable fell in 2018-19."),
    Shape("lowest-rated unit's rating", r"(?P<d>D)(?P<pop>S)[wBY,]{0,3}V?(?P<r>R)", _rated_extreme,
          "'the lowest-rated NPS division was rated Requires improvement': the lowest rating in the population",
          "In 2018-19 the lowest-rated NPS division was rated Requires improvement.",
          "In 2018-19 the lowest-rated NPS division was rated Inadequate."),
    Shape("unit rated highest", r"(?P<s>[PA])Bw?(?P<d>D)(?P<pop>S)", _unit_extreme,
          "'X was the highest-rated CRC': its overall rating the top of its population's in the round, alone",
          "In 2018-19 Hampshire and Isle of Wight CRC was the highest-rated CRC.",
          "In 2018-19 Essex CRC was the highest-rated CRC."),
    Shape("refused: superlative", r"D[^,;]{0,6}",
          _refuse("a superlative ('most common', 'lowest-rated')"),
          "a superlative or 'the most common rating': recognised, not read",
          "", "Leadership was the highest-rated standard across CRCs in 2018-19."),
    *COMPARED_SHAPES,
    Shape("the rating scale listed", r",(?P<list>R(?:[,w]{1,2}R){1,3})$", _scale_listed,
          "'rated on a four-point scale: Outstanding, Good, Requires improvement or Inadequate': the scale itself",
          "Inspections\n\nProviders are rated on a four-point scale: Outstanding, Good, Requires improvement or "
          "Inadequate.", "Inspections\n\nProviders are rated on a five-point scale: Outstanding, Good, Requires "
          "improvement or Inadequate."),
    Shape("size of the rating scale", r"(?P<n>N)w?(?P<v>V)", _scale_size,
          "how many ratings the scale has: 'the lowest of four possible ratings'",
          "The rating scale has four possible ratings.", "The rating scale has five possible ratings."),
    Shape("published sector figure", r"(?P<n>N)", _sector_figure,
          "a figure HMIP published for a sector (sector_figures.csv), named by its words (measure_words.MEASURES)",
          "In 2018-19, 45 per cent of CRC cases did not have a sufficient assessment of risk.",
          "In 2018-19, 25 per cent of CRC cases did not have a sufficient assessment of risk.", reads_span=True),
    Shape("standards count, declared", r"F[wA]?(?P<mid>N)Z[wIABV]{0,5},(?:w?V)?(?P<n>[NQ])[wB]{0,3}V?w?(?P<r>R)",
          _standards_count,
          "'of the ten standards inspected, seven were rated Requires improvement': the unit's own standards",
          "Report on Warwickshire and West Mercia CRC, 2019\n\nOf its ten standards, seven were rated Requires "
          "improvement.", "Report on Warwickshire and West Mercia CRC, 2019\n\nOf its ten standards, six were rated "
          "Requires improvement."),
    Shape("method count", r"(?P<q>Q)?(?P<n>N)[w]{0,1}Z", _method,
          "a count of the aspects or standards inspected ('looked at 10 aspects of its work'): the method, no claim",
          "Inspectors looked at 10 aspects of the work.", ""),
    Shape("unheld figure", r"N(?P<j>J)", _unheld,
          "a figure counting cases, staff or per cent: the provider data hold none, so unverifiable",
          "", ""),
    Shape("change", r"(?P<s>[PA])?[wBVKXhTOYA',]{0,8}?(?:H(?:,?[wBVKXhTYA']{0,5}(?:N[wBVKXhTYA']{1,3})?R"
                    r"(?:[wBVKXhTYA']{0,5}R)?|w?N[VwK])?"  # (or "rose by one grade", the places it moved)
                    r"|R[wBVKXhTYA',]{0,6}?H(?:[wBVKXhYA']{0,4}R)?)(?:w{0,2}HI)?", _change,
          "a provider's overall rating against its previous inspection: improved, fell, unchanged, from R to R",
          "Durham Tees Valley CRC improved from Requires improvement to Good in 2019-20.",
          "Northumbria CRC improved from Requires improvement to Good in 2019-20.", reads_span=True),
    Shape("rating of two rounds compared",
          r"(?P<s>[PA])[BV]{1,2}(?P<cmp>w{0,2}(?:K|V|H))w(?P<y2>Y)(?P<g>[wg])w(?P<y1>Y)",
          _compared_rounds, "'X was given a better overall rating in 2024-25 than in 2022-23'",
          "Essex North PDU was given a better overall rating in 2024-25 than in 2022-23.",
          "Essex North PDU was given a worse overall rating in 2024-25 than in 2022-23."),
    *STANDARDS_SHAPES,
    *COMPOSITION_SHAPES,
    Shape("the only or first", r"(?P<s>[PA])[wB]{0,3}(?P<q>Q)(?P<pop>S)[wBVYFI]{0,10}?(?P<r>R)", _only,
          "'X was the only CRC rated Good', 'the first CRC to be rated Good'",
          "Hampshire and Isle of Wight CRC was the only CRC rated Good in 2018-19.",
          "Essex CRC was the only CRC rated Good in 2018-19."),
    Shape("the only or first, rating before the noun", r"(?P<s>[PA])[wB]{0,3}(?P<q>Q)(?P<r>R)(?P<pop>S)", _only,
          "'X was the only Good-rated PDU in 2022-23': the rating as an adjective",
          "Gateshead and South Tyneside PDU was the only Good-rated PDU in 2022-23.",
          "Lambeth PDU was the only Good-rated PDU in 2022-23."),
    Shape("the only or first, its unit after", r"(?P<q>Q)(?P<pop>S)[wBVYI]{0,6}?(?P<r>R)K?[wY]{0,3}B(?P<s>P)$", _only,
          "'the only CRC rated Inadequate was X': X was, and no other",
          "In 2018-19 the only CRC rated Inadequate was Dorset, Devon and Cornwall CRC.",
          "In 2018-19 the only CRC rated Inadequate was London CRC."),
    Shape("the only or first, no noun", r"^(?:F[w]{0,2}(?P<pop>S)[wYIN]{0,6},)?(?P<s>[PA])[wB]{0,3}(?P<q>Q)"
          r"(?P<to>w)[BV]{1,3}(?P<r>R)", lambda m, s: _only(m, s) if m.words("to") == "to" else None,
          "'X was the first to be rated Good': of X's own kind, or of the population named before ('Of the CRCs "
          "inspected, X was the first to be rated Good')",
          "Hampshire and Isle of Wight CRC inspected\n\nIt was the first to be rated Good.",
          "Essex CRC inspected\n\nIt was the first to be rated Good."),
    Shape("the only or first, that rating", r"(?P<s>[PA])(?:[wB]{0,3}|[wBV]{0,3}RK?,)(?P<q>Q)(?P<pop>S)"
          r"[wBVYFIN]{0,14}(?P<v>V)", _only_that,
          "'X was rated Good, the first CRC to achieve that grade': the rating named before",
          "In 2018-19 Hampshire and Isle of Wight CRC was rated Good, and it was the only CRC to receive that "
          "rating.", "In 2018-19 Essex CRC was rated Good, and it was the only CRC to receive that rating."),
    Shape("given a rating", r"(?:(?P<q>Q)(?P<n>N)?|(?P<n1>N))[wFQ]{0,3}?(?P<pop>S)[wB]{0,3}V[w]{0,2}[KV](?![wF]{0,2}R)",
          lambda m, s: _rated(_renamed(m), s),
          "how many providers were given an overall rating",
          "Every provider received an overall rating in 2018-19.", "Ten providers received an overall rating in "
          "2018-19.", reads_span=True),
    Shape("standards rated", r"(?P<v>V)(?P<s>[PA])?[wFMU]{0,6}(?:(?P<all>Q?N?(?:F(?P<s3>[PA])w?)?Z),)?"
          r"(?P<ts>T(?:[,w]{1,2}T){0,9})(?(all),?)[wFJZ]{0,6}(?P<s2>[PA])?(?P<each>Q?)[wF]{0,2}(?P<r>R)",
          _standards_rated, "'inspectors rated the planning, implementation and review of cases Inadequate'",
          "In 2019-20 inspectors rated the planning, implementation and reviewing at Staffordshire and West "
          "Midlands CRC Inadequate.",
          "In 2019-20 inspectors rated the planning, implementation and reviewing at Northumbria CRC Inadequate."),
    Shape("standards first", r"(?P<ts>T(?:[,w]{1,5}T){0,9})[wSQhFJM]{0,4},?(?P<rel>w(?=[BV]))?"
          r"(?P<mid>[BVX][wBVXh]{0,6}|B[wBVXh]{0,6}F|)(?P<r>R)(?!K)"
          r"(?P<after>(?:[wF]{0,2}(?P<s>[PA]))?)", _standards_first,
          "'leadership was rated Good', 'staff, services and reviewing all require improvement': standards of the "
          "subject", "Durham Tees Valley CRC was inspected in 2018-19. Its leadership was rated Outstanding.",
          "Durham Tees Valley CRC was inspected in 2018-19. Its leadership was rated Good."),
    Shape("the others named", r"(?P<o>O)(?P<n>N)(?=,?B?F?P)", _others_named,
          "'the other two were A and B': a number that counts the names after it is no claim of its own",
          "The other two were NPS Wales and NPS Midlands.", ""),
    Shape("names counted", r"(?P<q>Q?)w?(?P<n>N)(?P<pop>S),(?P<ss>P(?:,P){0,6},?wP)(?=,|B|V|R)|"
          r"(?P<ss2>P(?:,P){0,6},?wP),w?(?P<n2>N)(?P<pop2>S)",
          lambda m, s: _names_counted(_renamed(m), s),
          "'the two CRCs, A and B, ...', 'A and B, the two units inspected': a number that counts the names beside it",
          "In 2018-19 the two CRCs, Kent, Surrey and Sussex CRC and Durham Tees Valley CRC, were both rated Requires "
          "improvement.", "In 2018-19 the two CRCs, Kent, Surrey and Sussex CRC and Durham Tees Valley CRC, were both "
          "rated Good.", consumes=("q", "n", "pop", "n2", "pop2")),
    Shape("population with a named exception", r"(?P<q>Q)[wF]{0,2}(?P<pop>S)(?P<qual>(?:Iw?Y)?,?)(?P<e>E)"
          r"(?P<ex>P(?:,?wP|,P){0,5}),?"
          r"(?P<mid>" + _GAP + r"{0,8}?)(?P<r>R)" + _AFTER, _except_named,
          "'every CRC except X was rated ...', 'no CRC other than X was rated ...'",
          "In 2018-19 no CRC other than Dorset, Devon and Cornwall CRC was rated Inadequate.",
          "In 2018-19 no CRC other than Essex CRC was rated Inadequate.",
          consumes=("q", "pop", "qual", "e", "ex", "mid", "r", "after")),
    Shape("neither of two named", r"(?P<x>X)(?P<s1>P)(?P<nor>X)(?P<s2>P)(?P<mid>" + _GAP + r"{0,8}?)(?P<r>R)" + _AFTER,
          _neither_nor, "'Neither A nor B was rated Inadequate': each was not",
          "In 2022-23 neither Tameside PDU nor Wigan PDU was rated Inadequate.",
          "In 2022-23 neither Lambeth PDU nor Newham PDU was rated Inadequate.",
          consumes=("x", "s1", "nor", "s2", "mid", "r", "after")),
    Shape("count with its units named", r"(?P<n>N)(?P<pop>S),(?P<in>w)?(?P<ss>P(?:[,w]{1,2}P){0,8}),"
          r"(?P<mid>[wBVh]{1,4}?)(?P<r>R)" + _AFTER, _count_named,
          "'just one CRC, X, was rated Good': the count, and the rating of each unit named beside it",
          "In 2018-19 just one CRC, Hampshire and Isle of Wight CRC, was rated Good.",
          "In 2018-19 just one CRC, London CRC, was rated Good."),
    Shape("providers listed", r"(?P<pre>V[wS]{0,4})?(?P<ss>[PA](?:[,w]{1,2}P){1,8})(?P<kind>S)?"
          r"(?P<app>,wNSI?,)?(?P<mid>,?" + _GAP
          + r"{0,8}?)(?P<r>R)" + _AFTER, _providers_listed,
          "'A, B and C were each rated Inadequate', 'the A and B PDUs were rated ...': the rating of every unit named",
          "In 2018-19 NPS Wales and NPS Midlands were rated Good.",
          "In 2018-19 NPS Wales and NPS London were rated Good.",
          consumes=("pre", "ss", "kind", "mid", "r", "after")),
    Shape("ratings by round", r"(?P<s>[PA])(?P<mid>[wBVK]{0,4}?)(?P<r>R)w(?P<y>[Yw])[,w]{1,2}(?P<r2>R)(?P<h>h?)w"
          r"(?P<y2>[Yw])", _ratings_by_round, "'rated RI in 2018-19 and Good (again) in 2019-20', 'in May 2022 and ... "
          "in 2024': each rating at the inspection of the round or date beside it", "Durham Tees Valley CRC was rated "
          "Requires improvement in 2018-19 and Good in 2019-20.", "Durham Tees Valley CRC was rated Good in 2018-19 "
          "and Requires improvement in 2019-20.", consumes=("s", "mid", "r", "y", "r2", "h", "y2")),
    Shape("like or unlike", r"(?P<s>[PA]),(?P<e>[wE])(?P<o>P),(?P<mid>[BV]{1,3})(?P<r>R)", _like_unlike,
          "'A, like B, was rated R' (both were); 'A, unlike B, was rated R' (A was, B was not)",
          "In 2018-19 NPS Wales, like NPS Midlands, was rated Good.",
          "In 2018-19 NPS Wales, like NPS London, was rated Good."),
    Shape("rather than", r"^(?P<x>XB?)(?P<r1>R),(?P<s>[PA])(?P<mid>[BV]{1,3})(?P<r>R)[wY]{0,3}$", _instead_of,
          "'Rather than Good, X was rated Requires improvement', 'Far from being Good, X ...': the one, not the other",
          "Rather than Good, NPS London was rated Requires improvement in 2018-19.",
          "Rather than Good, NPS Wales was rated Requires improvement in 2018-19."),
    Shape("provider rating", r"(?P<s>[PA])(?P<mid>" + _GAP + r"{0,12}?)(?P<r>R)(?:(?P<nor>X)(?P<r2>R))?" + _AFTER,
          _provider_rating, "a provider's rating, overall or on a named standard, or its negation",
          "Hampshire and Isle of Wight CRC was rated Good in 2018-19.",
          "Hampshire and Isle of Wight CRC was rated Inadequate in 2018-19."),
    Shape("heading rating", r"^(?P<r>R)(?:,[w,]{0,10})?$", _heading_rating,
          "a subheading that is a rating and a comment: the overall rating of the unit the text is about",
          "NPS Midlands inspected\n\nGood, with room to improve",
          "NPS Midlands inspected\n\nInadequate, with much to do"),
    Shape("one of those rated", r"(?P<s>[PA](?:,?wP|,P){0,5})B(?P<one>N)?(?P<f>F)w{1,2}S?V(?P<r>R)", _member_rated,
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
    Shape("rating for a standard", r"(?P<r>R)(?P<k>V)(?P<mid>[wBV]{1,3})(?P<t>T)", _rating_for_standard,
          "'a Good rating was given for leadership': the rating of the text's unit on that standard",
          "NPS Wales inspected\n\nAn Outstanding rating was given for reviewing.",
          "NPS Wales inspected\n\nAn Inadequate rating was given for reviewing."),
    Shape("rating for its standard", r"(?P<r>R)(?P<k>V)(?P<for>w)(?P<its>A)(?P<t>T)", _rating_for_its_standard,
          "'despite an Outstanding rating for its court work, X was ...': the named unit's rating on that standard",
          "Despite an Outstanding rating for its court work, Northamptonshire PDU was rated Requires improvement "
          "overall in 2022-23.", "Despite an Inadequate rating for its court work, Northamptonshire PDU was rated "
          "Requires improvement overall in 2022-23."),
    Shape("rating for a provider", r"(?P<r>R)(?P<after>[wK]{0,1}V)(?:B{1,2}V)?[wF]{1,2}(?P<s>[PA])|"
          r"^(?P<r2>R)(?P<for2>w)(?P<s2>[PA])", lambda m, s: _rating_for(_renamed(m), s),
          "'a Good rating for X', 'Requires improvement rating for X', 'no Inadequate rating for X'; a headline's or a "
          "wire's 'Inadequate for X' with no verb",
          "In 2018-19 there was a Good rating for NPS Wales.", "In 2018-19 there was a Good rating for NPS London.",
          reads_span=True),  # ("No Inadequate rating for X": the "No" with it)
    Shape("provider rating, object", r"(?:(?P<neg>X)(?P<gap>[wY]{0,5}?))?(?P<pre>V)(?:w{1,2}F|Sw{1,2}|w)?"
          r"(?P<s>[PA])(?P<mid>[wKBF]{0,3}T?)(?P<r>R)"
          + _AFTER, _provider_rating, "'inspectors rated the CRC Good', 'found probation services in X inadequate'",
          "Inspectors rated NPS Wales Good in 2018-19.", "Inspectors rated NPS Wales Inadequate in 2018-19."),
    Shape("provider rating, object of a verb 'as'", r"(?P<pre>w)(?P<s>[PA])(?P<as>w)(?P<r>R)" + _AFTER,
          _object_as,
          "'inspectors slammed the service as Inadequate': a verb in the past naming the unit as its rating",
          "NPS Wales inspected, 2019\n\nInspectors hailed the division as Good.",
          "NPS Wales inspected, 2019\n\nInspectors slammed the division as Inadequate."),
    Shape("among those rated", r"^(?P<f>F)w?S?V?(?P<r>R)[wY,]{0,3}B(?P<ss>P(?:,?wP|,P){0,5})", _among_those,
          "'Among those rated Inadequate in 2022-23 was Lambeth PDU': each unit named after the verb",
          "Among those rated Inadequate in 2022-23 was Lambeth PDU.",
          "Among those rated Inadequate in 2022-23 was Newham PDU."),
    Shape("rating line", r"^w?(?P<k>K|V|KV)(?P<colon>,)(?P<r>R)[wY]{0,2}$", _rating_line,
          "'Overall rating: Inadequate': a summary line, the rating of the text's unit",
          "Lambeth PDU inspection\n\nOverall rating: Inadequate.", "Lambeth PDU inspection\n\nOverall rating: Good."),
    Shape("rating, then whose verdict", r"^(?P<r>R),(?:w{0,2}B)?w{0,2}(?P<k>V)(?:w?V)?[wF]{1,2}(?P<s>[PA])",
          _verdict_after, "'Good: that was the verdict on X', 'Inadequate - the rating given to X'",
          "Inadequate: that was the verdict on Lambeth PDU.", "Good: that was the verdict on Lambeth PDU."),
    Shape("fronted rating", r"^(?P<pre>w{1,2}|Vw?|wBV)(?P<r>R)V?(?P<after>[wFTY]{0,4}),(?P<s>[PA])", _fronted,
          "'Rated Good, the division ...', 'With an Inadequate rating, the PDU ...': the unit after the comma's",
          "Rated Good in 2018-19, NPS Wales supervises many people.",
          "Rated Inadequate in 2018-19, NPS Wales supervises many people."),
    Shape("apposition", r"(?P<s>[PA])(?P<aside>,w{1,4},)?,(?P<mid>[wBVKh]{0,3}|(?=w)[wBVKh]{4}|V[wYB]{3,6})(?P<r>R)"
          r"(?P<after>(?:[wFVA]{0,2}[TK])?)", _apposition, "'X, rated Good in 2019, ...', 'X (its region) - R'",
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
    Shape("its work rated as R overall", r"(?P<v>V)(?P<obj>[wFA]{1,7}?)(?P<as>w?)(?P<r>R)(?P<k>K)", _rated_whole_as,
          "'we have rated the sufficiency of these arrangements as Requires improvement overall': the text's unit",
          "HMPPS national inspection\n\nWe have rated these arrangements as 'Requires improvement' overall.",
          "HMPPS national inspection\n\nWe have rated these arrangements as 'Good' overall."),
    *ALIKE_SHAPES,
    Shape("and R overall", r"(?P<and>w)(?P<r>R)(?P<k>K)", _and_overall,
          "'X was Outstanding for assessment and Good overall': the unit's overall rating after a standard's",
          "NPS South West and South Central was Outstanding for assessment and Good overall in 2018-19.",
          "NPS South West and South Central was Outstanding for assessment and Inadequate overall in 2018-19."),
    Shape("a second predicate of the subject", r"(?P<and>w)(?P<mid>h{0,2}[BV][wBVKXTh']{0,5}?)(?P<r>R)" + _AFTER,
          _and_predicate,
          "'X was rated Good in 2018-19 and was rated Good again ...': a rating joined by 'and' to its subject's",
          "NPS Wales was inspected in December 2018 and was rated Good in 2018-19.",
          "NPS Wales was inspected in December 2018 and was rated Inadequate in 2018-19."),
    Shape("the rating of", r"(?P<det>w)?(?P<k>[KV])F(?P<r>R)", _rating_of,
          "'this led to the overall rating of Requires improvement': the rating of the unit spoken of",
          "Report on Gwent PDU\n\nThe Chief Inspector said staffing explained the rating of 'Requires improvement'.",
          "Report on Gwent PDU\n\nThe Chief Inspector said staffing explained the rating of 'Inadequate'."),
    Shape("the R rating", r"(?P<det>w)(?P<r>R)(?P<k>V)",
          _rating_caused,
          "'this led to an Inadequate rating', 'the reasons for the Good rating': the rating of the unit spoken of",
          "Report on Gwent PDU\n\nHigh workloads led to a 'Requires improvement' rating.",
          "Report on Gwent PDU\n\nHigh workloads led to an 'Inadequate' rating."),
    Shape("the rating was", r"(?P<det>[wA])(?P<k>K|V|KV)(?:w|(?P<for>w)[wA]{1,2})?(?P<b>B)(?P<r>R)",
          lambda m, s: _rating_of(m, s) if m.one("for") is None or m.words("for") == "for" else None,
          "'the overall rating was Inadequate', 'its rating is Good', 'the overall rating for the service is R': the "
          "rating of the unit the text is about",
          "Report on Gwent PDU, February 2022\n\nThe overall rating was 'Requires improvement'.",
          "Report on Gwent PDU, February 2022\n\nThe overall rating was 'Good'."),
    Shape("the subject's rating, named", r"(?P<det>[wA])(?P<r>R)(?P<k>[KVwI])", _rating_named,
          "the rating a text's subject was given, named in passing: 'despite the good overall rating', "
          "'its Inadequate rating', 'X's Requires improvement report'",
          "Durham Tees Valley CRC was inspected in 2018-19. Despite its Requires improvement rating, inspectors "
          "found much to praise.", "Durham Tees Valley CRC was inspected in 2018-19. Despite its Good rating, "
          "inspectors found much to praise."),
    Shape("the unit's rating, named first",
          r"^(?P<r>R)Bw(?P<k>[wKV])w?(?P<s>[PA])|^(?P<s2>[PA])w?(?P<k2>[KV]),(?P<r2>R)$",
          lambda m, s: _rating_first(_renamed(m), s),
          "'Requires improvement is the rating X received', 'Inadequate was the verdict on X', \"X's rating: Good\"",
          "Requires improvement was the verdict on London CRC in 2018-19.",
          "Inadequate was the verdict on London CRC in 2018-19."),
    Shape("rating ellipsis", r"(?:,(?P<mid>w{0,2}A?)|[KR](?P<and>w{1,2}))(?P<r>R)" + _AFTER +
          r"|[KR](?P<and2>w)A?(?P<t2>T)(?P<r2>R)(?=,|$)", _rating_ellipsis,
          "'X was rated Good for assessment, but Inadequate for reviewing', 'Good overall and Outstanding for "
          "reviewing', '... and its planning Good': the same provider, another standard",
          "In 2018-19 Hampshire and Isle of Wight CRC was rated Good for assessment, but Inadequate for reviewing.",
          "In 2018-19 Hampshire and Isle of Wight CRC was rated Good for assessment, but Good for reviewing.",
          consumes=("mid", "and", "r", "after", "and2", "t2", "r2")),
    Shape("ellipsis after a rating", r",(?P<but>[,w])(?:(?P<s>P)(?P<tail>wX|BX?|X|Bw|ww)|X(?P<s2>P))$",
          lambda m, s: _clause_ellipsis(_renamed(m), s),
          "'A avoided R, but B did not', 'A was rated R, while B was not': the rating before, the other way, for B; "
          "'..., and B was too': the same for B",
          "In 2022-23 Warwickshire PDU avoided an Inadequate rating, but Staffordshire and Stoke PDU did not.",
          "In 2022-23 Staffordshire and Stoke PDU avoided an Inadequate rating, but Warwickshire PDU did not."),
    Shape("likewise after a rating", r",(?P<with>w{1,3}|wBw?|Hw|[wH]{1,2}V?A?w?Vw{1,2})(?P<s>P)"
          r"(?P<more>(?:[,w]{1,2}P){0,8})B?$", _likewise,
          "'..., along with B', '..., the same as B', '..., as were B and C': the rating before, for each unit named",
          "In 2022-23 Lambeth PDU was rated Inadequate, along with Ealing and Hillingdon PDU.",
          "In 2022-23 Lambeth PDU was rated Inadequate, along with Warwickshire PDU."),
    Shape("as was", r"(?P<as>w)B(?P<s>P)", _as_was, "'..., as was C': the rating before applies to C too",
          "In 2018-19 NPS Wales was rated Good, as was NPS Midlands.",
          "In 2018-19 NPS Wales was rated Good, as was NPS London."),
    Shape("gapped rating", r"(?P<and>w)(?P<s>P)(?P<link>w)(?P<t>T)(?![wBV]{0,3}R)", _gapped,
          "'A was rated Outstanding for reviewing and B for work with victims': B's rating on that standard",
          "In 2018-19 NPS Wales was rated Outstanding for reviewing and NPS North West for work with victims.",
          "In 2018-19 NPS Wales was rated Outstanding for reviewing and NPS South East and Eastern for work "
          "with victims."),
    Shape("rating list", r"(?P<s>P)w?(?P<r>R)", _ellipsis, "'A was rated Good, and B Requires improvement'",
          "In 2018-19 NPS Wales was rated Good, and NPS London Requires improvement.",
          "In 2018-19 NPS Wales was rated Good, and NPS London Inadequate."),
    Shape("units named together", r"(?P<g>[QwX])(?P<n>N)?(?P<pop>[wS])?(?P<mid>[wBVh']{0,6}?)(?P<r>R)" + _AFTER,
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
    Shape("exception or contrast named", r"(?P<e>E)(?P<ex>P(?:,?wP|,P){0,5}),"
          r"(?:(?P<q>Q)[wF]{0,2}(?P<pop>S)|(?P<s>[PA]))(?P<mid>" + _GAP + r"{0,8}?)(?P<r>R)" + _AFTER, _except_named,
          "'Other than X, no CRC was rated ...', 'Apart from X, all ...', 'Unlike X, Y was rated ...'",
          "Other than Dorset, Devon and Cornwall CRC, no CRC was rated Inadequate in 2018-19.",
          "Other than Essex CRC, no CRC was rated Inadequate in 2018-19."),
    Shape("coordinated counts", r"(?:(?P<q1>Q)(?P<n1>N)?|(?P<m1>N))[wF]{0,2}(?P<pop1>S)w(?:(?P<q>Q)(?P<n>N)?|(?P<m>N))"
          r"[wF]{0,2}(?P<pop>S)(?P<mid>" + _GAP + r"{0,8}?)(?P<v>[RI])" + _AFTER, _coordinated,
          "'five NPS divisions and one CRC were rated Good': two counts, one predicate",
          "In 2018-19 five NPS divisions and one CRC were rated Good.",
          "In 2018-19 five NPS divisions and two CRCs were rated Good."),
    Shape("rating went to", r"(?P<r>R)[wVB]{1,5}(?P<n>N)[w]{0,2}(?P<pop>S)", _went_to,
          "'Requires improvement went to 21 services'",
          "In 2018-19 Requires improvement went to 21 services.",
          "In 2018-19 Requires improvement went to 20 services."),
    Shape("count with exception", r"(?P<q>Q)(?P<n>N)?[wF]{0,2}(?P<pop>S)"
          r"(?:(?:I(?:wY)?)?,(?P<e5>E)(?P<en5>N),|(?P<e>[E,])(?P<en>N)|I(?:wY)?(?P<e3>E)(?P<en3>N)|(?:I(?:wY)?)?,(?P<e2>w)(?P<en2>[NQ])"
          r"(?P<exc>w),)"
          r"(?P<mid>" + _GAP + r"{0,8}?)(?P<r>R)"
          r"(?P<after>(?:[wFVA]{0,2}[TK])?)", lambda m, s: _count_shape(_renamed(m), s),
          "'all CRCs but one were rated ...', 'every division apart from two', 'all seven divisions bar one'",
          "In 2018-19 all CRCs but two were rated Requires improvement.",
          "In 2018-19 all CRCs but one were rated Requires improvement."),
    # ("five of its seven divisions": "its" the sector's)
    Shape("count", r"(?P<neg>X)?(?:(?P<q>Q)(?P<n>N)?|(?P<n1>N))(?:F[wWA]{0,2}?(?P<total>N))?(?P<o>O)?[wFQW]{0,3}?"
          r"(?P<pop>S|(?<=N)I|(?<=Nw)I)(?:,?F(?P<total3>N),?)?"
          r"(?P<mid>" + _GAP + r"{0,8}?)(?P<r>R)"
          r"(?P<after>(?:[wFVA]{0,2}[TK])?)(?:F(?P<total2>N)(?=I))?", lambda m, s: _count_shape(_renamed(m), s),
          "a count, share or quantifier ('five of the seven', 'no', 'most', 'at least') of a population with a rating",
          "Five of the seven NPS divisions were rated Good in 2018-19.",
          "Four of the seven NPS divisions were rated Good in 2018-19."),
    Shape("count, rating before the noun",
          r"(?P<n>N)(?P<r>R)(?P<pop>S)|^(?P<v>V)(?P<r2>R)[wY]{0,3}B(?P<n2>N)(?P<pop2>S)",
          lambda m, s: _count_shape(_renamed(m), s),
          "'14 Inadequate PDUs', 'six Good-rated services', 'Rated Inadequate in 2024-25 were 14 PDUs'",
          "In 2018-19 there were five Good NPS divisions.", "In 2018-19 there were four Good NPS divisions."),
    Shape("the number of", r"(?P<num>w)F(?P<pop>S)(?P<mid>[wBVKXTI]{0,4}?)(?P<r>R)(?P<after>[wFTKY]{0,4}?)B(?P<n>N)",
          lambda m, s: _count_shape(m, s) if m.words("num") in ("number", "total") else None,
          "'the number of CRCs rated Good in 2018-19 was one': a count given after its population and rating",
          "The number of NPS divisions rated Good in 2018-19 was five.",
          "The number of NPS divisions rated Good in 2018-19 was four."),
    Shape("count of a declared group", r"F(?P<n0>N)?[w]{0,2}(?P<pop>S)[w]{0,3},(?P<q>Q)?(?P<n>N)?(?P<mid>"
          + _GAP + r"{0,8}?)(?P<r>R)(?P<after>(?:[wFVA]{0,2}[TK])?)", _declared,
          "'Of the seven NPS divisions, five were rated Good'",
          "In 2018-19, of the seven NPS divisions, five were rated Good.",
          "In 2018-19, of the seven NPS divisions, six were rated Good."),
    Shape("count after its population", r"(?:(?P<all>Q)(?P<e>E))?(?P<n>[NQ])(?P<mid>(?:Fw)?[wBVKXH]{0,4}?)(?P<r>R)"
          r"(?P<after>(?:[wFVA]{0,2}[TK])?)",
          _bare_count, "a count whose population was named earlier ('Six were rated Good', 'all bar three were')",
          "In 2018-19 HMIP inspected seven NPS divisions. Five were rated Good.",
          "In 2018-19 HMIP inspected seven NPS divisions. Three were rated Good.",
          reads_span=True),  # ("All but two were ...": the quantifier just before the match)
    Shape("plural with no count", r"(?P<pop>S)(?P<mid>[wFBV]{0,5}?)(?P<r>R)(?P<after>(?:[wFVA]{0,2}[TK])?)",
          _bare_plural, "'CRCs were rated Inadequate': some of them or all of them, a verdict only where the two agree",
          "In 2018-19 NPS divisions were rated Good or Requires improvement.",
          "In 2018-19 NPS divisions were rated Inadequate."),
    *POPULATION_SHAPES,
)

# the facts about units other than ratings (when inspected, whom they supervise, who ran them) come last
SHAPES: tuple[Shape, ...] = RATING_SHAPES + FACT_SHAPES + MEMBER_SHAPES
