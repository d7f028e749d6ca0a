"""The shapes of sentences that say who a count of one rating is made of ("of the six rated Good, five were NPS
divisions", "five of the six services rated Good were NPS divisions", "all those rated Inadequate were CRCs"; a
superlative's rating "handed to 21 services"): rows of the table in shapes.py, in its order (before the plain counts,
which would read the whole as a share)."""

from __future__ import annotations

from .build_composition import _all_those, _composition, _the_only_went_to
from .build_counts import _went_to
from .build_portions import _count_named
from .shape_parts import Shape

COMPOSITION_SHAPES: tuple[Shape, ...] = (
    Shape("composition", r"Fw?(?P<n0>N)S?[wBV]{0,3}(?P<r>R)[wY]{0,2},(?P<n>N)[wB]{0,3}(?P<pop>S)"
          r"|(?P<nn>N)(?P<all>S)?[wBV]{0,3}(?P<r2>R)[wY]{0,2}B(?P<pop2>S)$", _composition,
          "'of the six rated Good, five were NPS divisions', 'five of the six services rated Good were NPS divisions'",
          "In 2018-19, of the six providers rated Good, five were NPS divisions.",
          "In 2018-19, of the six providers rated Good, four were NPS divisions."),
    Shape("all those rated", r"(?P<q>Q)w?(?P<all>S)?[wBV]{0,2}(?P<r>R)[wY]{0,2}?[wB]{0,3}(?P<pop>[SA])", _all_those,
          "'all those rated Inadequate were CRCs', 'all the providers rated Inadequate in 2018-19 were CRCs', 'the "
          "only service rated Inadequate was a CRC'",
          "In 2018-19 all those rated Inadequate were CRCs.", "In 2018-19 all those rated Good were CRCs."),
    Shape("the only rating went to", r"(?P<q>Q)(?P<r>R)[VK]?(?:wY)?(?P<went>[wBV]{1,3})(?P<pop>[SAP])",
          _the_only_went_to, "'the only Inadequate rating went to a CRC': one had it, of that population",
          "The only Inadequate rating in 2018-19 went to a CRC.",
          "The only Inadequate rating in 2018-19 went to an NPS division."),
    Shape("count, then the units named", r"(?P<n>N)(?P<pop>S)(?P<mid>[wBVh]{1,4}?)(?P<r>R)(?P<after>[wY]{0,3}),w[Aw]B"
          r"(?P<ss>P(?:[,w]{1,2}P){0,8})$", _count_named,
          "'only one CRC got Good in 2018-19, and it was X': the count, and the rating of each unit it names",
          "Only one CRC was rated Good in 2018-19, and it was Hampshire and Isle of Wight CRC.",
          "Only one CRC was rated Good in 2018-19, and it was London CRC."),
    # (after the superlative's own row, which reads the rating: this one takes only the count after it)
    Shape("superlative, handed to a count", r"(?P<r>R)B(?P<d>D)[wVFYS]{0,5}?,(?P<v>V)w(?P<n>N)w{0,2}(?P<pop>S)",
          _went_to, "'Requires improvement was the most common verdict, handed to 21 of the 28 services': the count "
          "the rating went to", "Requires improvement was the most common rating in 2018-19, handed to 21 services.",
          "Requires improvement was the most common rating in 2018-19, handed to 20 services.",
          consumes=("v", "n", "pop")),
)
