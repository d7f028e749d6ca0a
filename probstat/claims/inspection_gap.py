"""How far apart a unit's inspections were: "rated Inadequate for the second time in three years", "twice in two
years". Read from a span of time right after "the second time in" or "twice in", and judged on the report dates
of the inspection a reading speaks of and the one before it."""

from __future__ import annotations

from . import lazy_re as re
from .evaluate import Context
from .matcher import Match
from .outcomes import provider_rounds
from .readings import InspectionGap, Part
from .shape_parts import Sentence, _count, _span
from .which_round import month_number

# "for the second time in three years", "twice in the past two years": the span that holds the repeat
_REPEAT_IN = re.compile(r"(?i)\b(?:(?:second|third|fourth)\s+time|twice|two\s+inspections)\s+in\s+"
                        r"(?:the\s+(?:last|past)\s+|just\s+(?:over\s+)?)?$")


def gap_parts(m: Match, s: Sentence) -> list[Part] | None:
    """'for the second time in three years': how far apart the unit's report and the one before it were (None for
    any other span of time)."""
    unit = m.one("t").words.lower()
    at = m.tags[m.first].start
    if not unit.startswith(("year", "month")) or not _REPEAT_IN.search(s.text[max(s.start, at - 40): at]):
        return None
    got = _count(m.one("n") if m.one("n") is not None else m.tags[m.first], s)
    if got is None or got[0].rule != "exact count":
        return None
    months = int(got[0].value) * (12 if unit.startswith("year") else 1)
    named = list(dict.fromkeys(str(t.value) for t in s.tags if t.code == "P"))
    pid = named[0] if len(named) == 1 else s.subject if not named else None
    if pid is None:
        return None
    a, b, phrase = _span(m, s)
    if "just over" in s.text[max(s.start, a - 40): a].lower():
        return [Part(a, b, phrase, "inspection gap", problem="'just over' a span of time: how far over is not said")]
    return [Part(a, b, phrase, "inspection gap", InspectionGap(pid, months))]


def gap_outcome(ctx: Context, r: InspectionGap, round_: str) -> tuple[str, str, str | None]:
    """Whether the report of the unit's inspection of the round came within so many months of the one before."""
    visits = provider_rounds(ctx, r.provider)
    rounds = [rd for rd, _ in visits]
    if round_ not in rounds or rounds.index(round_) == 0:
        return "unverifiable", f"no inspection of {r.provider} before {round_} in the data", None
    (before, then), (_, now) = visits[rounds.index(round_) - 1], visits[rounds.index(round_)]
    if len(then) < 7 or len(now) < 7:
        return "unverifiable", f"the report months of {r.provider}'s {before} and {round_} inspections are not " \
            "both in the data", None
    gap = month_number(now) - month_number(then)
    detail = f"{r.provider}'s reports of {before} ({then}) and {round_} ({now}) are {gap} months apart"
    return ("supported" if gap <= r.months else "contradicted"), detail, str(gap)
