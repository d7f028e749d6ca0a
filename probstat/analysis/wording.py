"""Numbers and sentences in words for `probstat gap`: what a journalist can paste under a table.

Computing lives in gap.py and stats.py; this module only words results it is given. Numbers are written the
way text tables write them (whole numbers as they are, others to 2 decimals, 3 significant digits below 1),
so a sentence and the table beside it never disagree.
"""

from __future__ import annotations

import math

#: Below this a p-value is worded as "not significant at 5%" and fragility as changes needed to reach it.
ALPHA = 0.05


def number(value: float) -> str:
    """A number as text tables show it: 12 -> '12', 1.714 -> '1.71', 0.7143 -> '0.714', 0.00108 -> '0.00108'."""
    if float(value).is_integer() and abs(value) < 1e15:
        return f"{int(value)}"
    if abs(value) >= 1:
        return f"{value:.2f}".rstrip("0").rstrip(".")
    text = f"{value:.3g}"
    if "e" in text:
        text = f"{value:.2e}"
    return text


def interval(low: float, high: float) -> str:
    """'95% interval 0.4 to 1'; an unbounded end is worded 'at least' / 'at most', both as too few to bound."""
    if math.isinf(low) and math.isinf(high):
        return "no 95% interval: too few providers to bound it"
    if math.isinf(low):
        return f"95% interval: at most {number(high)}"
    if math.isinf(high):
        return f"95% interval: at least {number(low)}"
    return f"95% interval {number(low)} to {number(high)}"


def chance(p: float) -> str:
    """How surprising a result is under 'no difference', in words: 'about 1 in 920', or '43% of the time'."""
    if p <= 0:
        return "essentially never"
    if p < ALPHA:
        # 1/p to two significant figures: 1/0.00108 = 923.6 -> 'about 1 time in 920'.
        return f"about 1 time in {number(float(f'{1 / p:.2g}'))}"
    return f"{number(100 * p)}% of the time"


def fragility_clause(fragility: int | None, p: float, one: str, many: str) -> str:
    """'; 3 providers moved ... would make it not significant at 5%', for either side of ALPHA ('' if None).

    ``one`` and ``many`` are the singular and plural wording of a change.
    """
    if fragility is None or (isinstance(fragility, float) and math.isnan(fragility)):
        return ""
    change = one if fragility == 1 else many
    verdict = "not significant" if p < ALPHA else "significant"
    return f"; {fragility} {change} would make it {verdict} at 5%"


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
