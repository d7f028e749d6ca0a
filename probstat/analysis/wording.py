"""Numbers and sentences in words for `probstat gap`: what a journalist can paste under a table.

Computing lives in gap.py and stats.py; this module only words results it is given. Numbers are written by
output.format_number, as text tables write them, so a sentence and the table beside it never disagree.
"""

from __future__ import annotations

import math

from ..output import format_number

#: Below this a p-value is worded as "not significant at 5%" and fragility as changes needed to reach it.
ALPHA = 0.05


def interval(low: float, high: float, name: str = "") -> str:
    """'Newcombe 95% interval 26.87 to 87.39' (``name`` says which interval it is, so an approximate one is
    never worded like an exact one); an unbounded end is 'at least' / 'at most', both as too few to bound."""
    label = f"{name} 95% interval" if name else "95% interval"
    if math.isinf(low) and math.isinf(high):
        return f"no {label}: too few providers to bound it"
    if math.isinf(low):
        return f"{label}: at most {format_number(high)}"
    if math.isinf(high):
        return f"{label}: at least {format_number(low)}"
    return f"{label} {format_number(low)} to {format_number(high)}"


def chance(p: float) -> str:
    """How surprising a result is under 'no difference', in words: 'about 1 in 920', or '43% of the time'."""
    if p <= 0:
        return "essentially never"
    if p < ALPHA:
        # 1/p to two significant figures: 1/0.00108 = 923.6 -> 'about 1 time in 920'.
        return f"about 1 time in {format_number(float(f'{1 / p:.2g}'))}"
    return f"{format_number(100 * p)}% of the time"


def _missing(value) -> bool:
    return value is None or (isinstance(value, float) and math.isnan(value))


def fragility_clause(fragility: int | None, p: float, one: str, many: str, more_than: int | None = None) -> str:
    """'; 3 providers moved ... would make it not significant at 5%', for either side of ALPHA; '; more than 5
    ... would be needed ...' when the search stopped before finding the answer ('' when neither is known).

    ``one`` and ``many`` are the singular and plural wording of a change.
    """
    verdict = "not significant" if p < ALPHA else "significant"
    if _missing(fragility):
        if _missing(more_than):
            return ""
        return (f"; more than {more_than} {one if more_than == 1 else many} would be needed to make it {verdict} "
                "at 5% (the search stopped there)")
    change = one if fragility == 1 else many
    return f"; {fragility} {change} would make it {verdict} at 5%"


def meaning_of_p(p: float, test: str, splits: int | None, n_a: int, n_b: int) -> str:
    """What a relabelling p-value answers, in words: how often a gap at least this large either way comes up
    among all the ways of labelling the same providers NPS or CRC."""
    ways = f"all {splits:,} ways" if splits else "all the ways"
    return (f"{test} = {format_number(p)} asks only how unusual a gap this large (either way) is among {ways} of "
            f"labelling the same {n_a + n_b} providers as {n_a} NPS and {n_b} CRC: {chance(p)}; it says nothing "
            "about what causes the gap and does not model the sampling of cases behind each rating")


def census_clause(nps_n: int, crc_n: int) -> str:
    """HMIP rated every provider: the gap is a census figure, not an estimate."""
    return (f"HMIP rated all {nps_n + crc_n} providers in the round ({nps_n} NPS, {crc_n} CRC), so these ratings "
            "are a census and the gap is known, not estimated")


def coverage_clause(nps_n: int, nps_total: int, crc_n: int, crc_total: int, nps_rated: int | None = None,
                    crc_rated: int | None = None) -> str:
    """Which providers a figure rests on, measured against the data and, when given, HMIP's published count
    of providers rated in the round (``*_rated``)."""
    if nps_rated is not None and crc_rated is not None:
        if (nps_n, crc_n) == (nps_rated, crc_rated):
            return f"all {nps_n + crc_n} providers HMIP rated in the round ({nps_n} NPS, {crc_n} CRC)"
        return (f"the {nps_n} of {nps_rated} NPS and {crc_n} of {crc_rated} CRC providers HMIP rated whose "
                "figure is in the data")
    if nps_n == nps_total and crc_n == crc_total:
        return f"all {nps_n + crc_n} providers in the data ({nps_n} NPS, {crc_n} CRC)"
    return f"the {nps_n} of {nps_total} NPS and {crc_n} of {crc_total} CRC providers whose figure is known"


def cannot_say(partial: bool) -> str:
    """What the data cannot say, in one clause."""
    if partial:
        return ("the providers with a known figure are those the sources quoted, not a random sample, so it says "
                "nothing about the others, and it shows an association with sector, not its cause")
    return "it shows an association with sector, not what causes it"
