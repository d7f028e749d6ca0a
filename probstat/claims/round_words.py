"""How a round is written: "2018-19", "2018/19", "2018/2019", "18/19"; and the dates each round's reports came out,
which tie a month or a text's date to its round."""

from __future__ import annotations

from . import lazy_re as re

#: The dates each round's reports came out, so that a text dated inside a window implies its round (an implied
#: round is always said so).
ROUND_WINDOWS: tuple[tuple[str, str, str], ...] = (
    ("2018-19", "2018-01-01", "2019-10-31"),
    ("2019-20", "2019-11-01", "2021-06-30"),
    # HMIP's annual-report periods since unification; their bounds are reconstructed from the reports' dates
    # (docs/data.md, "Later rounds"), so a round implied by a date in them is always said to be implied
    ("2020-21", "2021-07-01", "2021-12-31"),
    ("2021-22", "2022-01-01", "2022-04-30"),
    ("2022-23", "2022-05-01", "2023-06-30"),
    ("2023-24", "2023-07-01", "2024-01-31"),
    ("2024-25", "2024-02-01", "2025-02-28"),
    ("2025-26", "2025-03-01", "2026-03-31"),
)
#: A round written out; the short form, "18/19", only with a slash and the years following on ("21/28" is a fraction)
SHORT_ROUNDS = "|".join(f"{y}/{y + 1}" for y in range(14, 30))
ROUND_RE = re.compile(r"(?<![\w.])(?:(20[0-9]{2})\s?[-/\u2013]\s?(?:20)?([0-9]{2})(?![\w])|"
                      r"(?<![\w.,/\u00a3$])(" + SHORT_ROUNDS + r")(?![\w%/]|[.,][0-9]))")


def round_name(match: re.Match[str]) -> str | None:
    """'2018/19' -> '2018-19' when the years follow on; None otherwise (a range such as 2014-19); '18/19' ->
    '2018-19'."""
    if match.group(3):
        first, second = (int(x) for x in match.group(3).split("/"))
        return f"20{first}-{second:02d}"
    first, second = int(match.group(1)), int(match.group(2))
    return f"{first}-{second:02d}" if (first + 1) % 100 == second else None


def month_far_from_round(year: int, month: int, round_: str) -> bool:
    """Whether a month lies well outside a round's reports (more than six months before its first, for fieldwork,
    or after its last): "rated R in May 2022" is not of the round 2024-25 another clause writes."""
    window = next(((lo, hi) for name, lo, hi in ROUND_WINDOWS if name == round_), None)
    if window is None:
        return False
    at = year * 12 + month
    lo, hi = (int(d[:4]) * 12 + int(d[5:7]) for d in window)
    return at < lo - 6 or at > hi


def round_for_date(iso: str) -> str | None:
    """The round whose reports were coming out on a date (YYYY-MM or YYYY-MM-DD), or None."""
    for name, start, end in ROUND_WINDOWS:
        if start[: len(iso)] <= iso <= end[: len(iso)]:
            return name
    return None
