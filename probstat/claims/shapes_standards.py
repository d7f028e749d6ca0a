"""The shapes of sentences that count a unit's own standards ("five of its ten standards were rated Good", "rated
Good on three standards", "the other seven Requires improvement"): rows of the table in shapes.py, in its order."""

from __future__ import annotations

from .build_labels import _caption_overall, _label_items, _verbless_rating
from .build_standards import (
    _found_rating,
    _only_standard,
    _overall_and_for,
    _rating_given_to,
    _ratings_counted,
    _standard_line,
    _standards_continued,
    _standards_count,
    _standards_of_them,
    _standards_rated_twice,
    _standards_rest,
    _standards_some,
    _with_listed,
)
from .shape_parts import Shape, _renamed

STANDARDS_SHAPES: tuple[Shape, ...] = (
    Shape("label line", r"^w?(?P<s>[PA])(?P<colon>,)(?P<rest>[wTKRAY,]+)$", _label_items,
          "'X: court reports Outstanding, overall Requires improvement': a label's ratings, with no verb",
          "South Yorkshire CRC: leadership outstanding, overall 'requires improvement'",
          "South Yorkshire CRC: leadership good, overall 'requires improvement'"),
    Shape("caption fields", r"(?P<s>P)(?:,[wYNUMI]{1,4}){0,3},(?:(?P<k>K)(?P<r>R)|(?P<r2>R)(?P<k2>K))$",
          lambda m, s: _caption_overall(_renamed(m), s),
          "'Alt text: X, 2018-19, overall Good': a caption's fields set off by commas, the last an overall rating",
          "Chart: South Yorkshire CRC, 2018-19, overall Requires improvement.",
          "Chart: South Yorkshire CRC, 2018-19, overall Good."),
    Shape("verbless rating line", r"^w?(?P<s>P)(?:,[wSAP]{1,5},)?(?P<r>R)(?:,[wY]{1,3})?$", _verbless_rating,
          "'Surrey PDU inadequate, March 2024', 'X, a South West unit, told it needs to improve': a line with no verb "
          "that rates the unit it names",
          "Surrey PDU (Kent, Surrey and Sussex region) Inadequate, 2024-25",
          "Surrey PDU (Kent, Surrey and Sussex region) Good, 2024-25"),
    Shape("standard line", r"^w?(?P<t>T)(?P<colon>,)(?P<r>R)[wY]{0,2}$", _standard_line,
          "'Assessment: Outstanding', '- Leadership: Good': a summary or list line, the text's unit's rating on it",
          "NPS South West and South Central inspected\n\nAssessment: Outstanding.",
          "NPS South West and South Central inspected\n\nAssessment: Inadequate."),
    Shape("overall and for a standard",
          r"(?P<s>[PA])(?P<mid>[wBVK]{0,5}?)(?P<r>R)(?P<k>K)(?P<and>w)(?P<for>w)A?(?P<t>T)", _overall_and_for,
          "'rated Good overall and for its leadership': the one rating, given to the standard too",
          "In 2018-19 Hampshire and Isle of Wight CRC was rated Good overall and for its assessment work.",
          "In 2018-19 Hampshire and Isle of Wight CRC was rated Good overall and for its staffing.", consumes=("t",)),
    Shape("rating given to standards", r"(?P<v>V)w?(?P<r>R)V?(?P<to>w)(?P<s>[PA])?w?(?P<ts>T(?:[,w]{1,2}A?T){0,9})",
          _rating_given_to, "'gave the lowest rating to its leadership and its staffing': the rating, then the "
          "unit's standards it was given to",
          "In 2018-19 inspectors gave a Good rating to Warwickshire and West Mercia CRC's unpaid work.",
          "In 2018-19 inspectors gave an Inadequate rating to Warwickshire and West Mercia CRC's unpaid work."),
    Shape("standards rated, two lists", r"(?P<v>V)(?P<s>[PA])?[wFMU]{0,6}(?P<ts>T(?:[,w]{1,2}T){0,9})[wFJZ]{0,3}"
          r"(?P<r>R),?(?P<join>w)[Aw]?(?P<ts2>T(?:[,w]{1,2}T){0,9})[wJ]?(?P<r2>R)", _standards_rated_twice,
          "'rated its leadership Good, and its assessment and planning Requires improvement': two lists of the unit's "
          "standards, each with its rating",
          "In 2018-19 inspectors rated Hampshire and Isle of Wight CRC's information and facilities Outstanding, "
          "and its assessment and planning Good.",
          "In 2018-19 inspectors rated Hampshire and Isle of Wight CRC's information and facilities Outstanding, "
          "and its assessment and planning Inadequate."),
    Shape("the only standard so rated", r"(?:(?P<s>[PA])w?)?(?P<t>T)B(?P<q>Q)(?P<noun>[SwZ])?V?(?P<r>R)",
          _only_standard,
          "'leadership was the only area rated Good': that standard's rating, and one standard so rated",
          "Cumbria and Lancashire CRC inspected, 2018-19\n\nLeadership was the only area rated Good.",
          "Cumbria and Lancashire CRC inspected, 2018-19\n\nLeadership was the only area rated Inadequate."),
    Shape("a standard's rating found", r"(?P<v>V)w?A?(?P<r>R)(?P<t>T)w{0,2}?(?:[wF](?P<s>P))?",
          _found_rating, "'inspectors found an outstanding leadership team at X': the standard's rating, or a finding "
          "in words, so never contradicted",
          "Inspectors found an outstanding leadership team at South Yorkshire CRC in 2018-19.",
          "Inspectors found an inadequate leadership team at South Yorkshire CRC in 2018-19.", consumes=("r", "t")),
    Shape("standards count, provider inside",
          r"(?P<q>Q)?(?P<n>[NQ])F(?P<s>P)w?(?P<mid>[wN]{0,2})Z[wBVKX]{0,5}?(?P<r>R)",
          _standards_count, "'five of London CRC's ten standards were rated Good'",
          "Five of London CRC's ten standards were rated Good in 2018-19.",
          "Seven of London CRC's ten standards were rated Good in 2018-19."),
    # ("three standards at X": the unit after "at", "for" or "in" too)
    Shape("standards count", r"(?P<s>[PA])?[wBVK']{0,4}?(?P<n>[NQ])(?P<mid>[wFNOAS']{0,4}?)Z"
          r"(?:(?P<at>[Fw])(?P<s2>[PA]))?(?P<list>,[TwJ,]{1,12}?,)?[wBVKXI]{0,5}?(?P<r>R)",
          lambda m, s: None if m.words("at").lower() not in ("", "of", "at", "for", "in", "across")
          else _with_listed(_standards_count(_renamed(m), s), m),
          "how many of a provider's own standards had a rating ('five of its ten standards')",
          "London CRC had five standards rated Good in 2018-19.",
          "London CRC had seven standards rated Good in 2018-19."),
    Shape("standards count, provider after", r"(?P<n>[NQ])(?P<mid>[wFNO']{0,4}?)(?P<z>Z)[wBVKX]{0,5}?(?P<r>R)"
          r"[wY]{0,2}(?P<s>P)", _standards_count, "'all four case supervision standards were Inadequate at X'",
          "All four case supervision standards were rated Inadequate at Staffordshire and West Midlands CRC in "
          "2019-20.", "All four case supervision standards were rated Good at Staffordshire and West Midlands CRC "
          "in 2019-20."),
    Shape("standards count, rating first", r"(?P<s>[PA])[wBVK]{0,4}?(?P<r>R)[wFV]{0,2}(?P<n>[NQ])(?P<mid>[wFNOA]{0,3})Z"
          r"|^w(?P<n2>[NQ])(?P<mid2>[wFNOA]{0,3})Z,(?P<s2>[PA])[wBVK]{0,4}?(?P<r2>R)",
          lambda m, s: _standards_count(_renamed(m), s),
          "'rated Good on five of its ten standards', 'given Good ratings for three standards', 'In three of its "
          "standards, X was rated Good'",
          "Warwickshire and West Mercia CRC was rated Good on three standards in 2018-19.",
          "Warwickshire and West Mercia CRC was rated Good on six standards in 2018-19."),
    Shape("standards count, rating first, after a turn", r",(?P<r>R)[wF]{0,2}(?P<n>[NQ])(?P<mid>[wFNOA]{0,3})Z",
          lambda m, s: _standards_count(_renamed(m), s),
          "'X was Outstanding on unpaid work, but Inadequate on all four case supervision standards': the rating after "
          "the turn, of the unit named before",
          "Norfolk and Suffolk CRC was rated Outstanding on unpaid work in 2018-19, but Inadequate on all four case "
          "supervision standards.",
          "Norfolk and Suffolk CRC was rated Outstanding on unpaid work in 2018-19, but Good on all four case "
          "supervision standards."),
    Shape("standards count, rating before 'of them'",
          r"(?P<s>[PA])w{0,2}(?P<r>R)w(?P<n>N)F(?P<them>w)(?:w{1,2}(?P<r2>R)w{1,2}(?:O?(?P<n2>N)(?:Fw)?|(?P<rest>O)w?))?",
          _standards_of_them,
          "'rating it Inadequate on four of them and Requires improvement on the other six' (or 'on the others'), "
          "'them' the standards counted before",
          "In 2018-19 inspectors rated 10 standards of Cumbria and Lancashire CRC's work, rating it Inadequate on four "
          "of them and Requires improvement on five.",
          "In 2018-19 inspectors rated 10 standards of Cumbria and Lancashire CRC's work, rating it Inadequate on five "
          "of them and Requires improvement on four."),
    Shape("some of the unit's standards", r"(?P<q>[wQ])?(?P<z>Z)(?P<mid>[BVw]{1,3})(?P<r>R)", _standards_some,
          "'parts of its work were rated Outstanding': at least one of the unit's standards had the rating (no"
          " unit in the data has every standard listed, so none is contradicted yet)",
          "Report on NPS North West\n\nIn 2018-19 parts of its work were rated Outstanding.",
          "Report on NPS North West\n\nIn 2018-19 parts of its work were rated Inadequate."),
    Shape("ratings counted", r"(?P<s>[PA])[wVB]{0,3}?(?P<n>[NQ])(?P<r>R)(?P<k>[VZ])", _ratings_counted,
          "'the CRC received three Good ratings', 'it had no Inadequate ratings': a count of the unit's standards with "
          "the rating",
          "Warwickshire and West Mercia CRC inspection, 2019\n\nThe CRC received three 'Good' ratings.",
          "Warwickshire and West Mercia CRC inspection, 2019\n\nThe CRC received four 'Good' ratings."),
    Shape("standards, the rest, rating first", r"(?P<r>R)(?:w|F){1,2}(?P<o>O)(?P<n>N)?(?=$|[,.;]|w?$)",
          _standards_rest, "'rated Good on five of its ten standards and Requires improvement on the other five'",
          "In 2018-19 NPS South East and Eastern was rated Good on five of its ten standards and Requires improvement "
          "on the other five.",
          "In 2018-19 NPS South East and Eastern was rated Good on five of its ten standards and Inadequate on the "
          "other five."),
    Shape("standards, the rest", r"(?P<o>O)(?P<half>w)?[wBV]{0,2}(?P<r>R)", _standards_rest,
          "'... and the other half Requires improvement', 'the rest Inadequate': the standards not counted before",
          "NPS South East and Eastern inspected, 2019\n\nHalf of its ten standards were rated Good and the other "
          "half Requires improvement.",
          "NPS South East and Eastern inspected, 2019\n\nHalf of its ten standards were rated Good and the other "
          "half Inadequate."),
    Shape("standards count, continued", r"(?P<n>N)[wB]{0,2}V?w?(?P<r>R)|w(?P<r2>R)w(?P<n2>N)",
          lambda m, s: _standards_continued(_renamed(m), s),
          "a second count of the same provider's standards, its noun left out: '... five standards were Good and "
          "another four Requires improvement'",
          "In 2018-19, five of Cumbria and Lancashire CRC's standards were rated Requires improvement and another "
          "four were classed Inadequate.",
          "In 2018-19, five of Cumbria and Lancashire CRC's standards were rated Requires improvement and another "
          "three were classed Inadequate."),
)
