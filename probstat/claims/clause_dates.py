"""Which year, month or round a part of a sentence is dated by: the one its own clause writes ("last time, in 2022,
it was rated ..."; "X, rated Inadequate in 2021-22, was rated ... in 2025-26"), the sentence's only year, or the
inspection the sentence before dated ("... at that inspection")."""

from __future__ import annotations

from dataclasses import replace

from . import lazy_re as re
from . import vocabulary as vocab
from .anchored import Anchored
from .readings import Change, Part, ProviderRating
from .unit_facts import unit_rounds

_MONTHS = vocab.MONTHS
# A year written as a date ("in 2022", "in March 2023"), not a round ("2022-23") nor a figure ("2,022").
_YEAR = re.compile(r"(?i)(?:\b(?P<month>" + "|".join(_MONTHS) + r")\s+)?(?<![\d,.\-/])\b(?P<year>20[0-4]\d)\b"
                   r"(?![\-/\u2013]\d)")
_BARE_YEAR = re.compile(r"[,;:()\u2013\u2014]?\s*(?:(?:back\s+)?in\s+|during\s+)?(?:[A-Za-z]+\s+)?20[0-4]\d\s*$")
_CLAUSE_MARK = re.compile(r"[,;:()\u2013\u2014]|\bbut\b")
# (a clause that says its rating holds on from the time the sentence's year names: "..., has stayed Inadequate
# this time", "is still Inadequate")
_NOW = re.compile(r"(?i)\b(?:now|currently|today|still|(?:has|have)\s+(?:stayed|remained)|remains|stays)\b")
# (a clause that speaks of the next inspection: "X, whose courts work had been rated Outstanding in May 2022, was
# rated Inadequate when inspectors returned", "at its next inspection", "on their return")
_RETURN = re.compile(r"(?i)\bwhen\s+(?:the\s+)?inspectors\s+(?:returned|went\s+back|came\s+back|revisited)\b|"
                     r"\bon\s+(?:their|its|the\s+inspectors')\s+return\b|"
                     r"\b(?:at|in|by)\s+(?:its|their|the)\s+(?:next|following|subsequent)\s+(?:inspection|visit|report)\b|"
                     r"\bwhen\s+(?:it|they)\s+(?:was|were)\s+(?:next\s+inspected|re-?inspected|inspected\s+again)\b")
# searched in every sentence: skipped at once where it holds none of the words a match needs (anchored.py)
_YEAR, _NOW, _RETURN = Anchored(_YEAR), Anchored(_NOW), Anchored(_RETURN)


# "Before 2021, the work was done by X CRC, which inspectors rated Good": a year that bounds a time rather than
# dating it names no inspection; the unit's own inspections decide, each a reading
_UNTIL = re.compile(r"(?i)\b(?:before|prior\s+to|until|till|up\s+to)\s+(?:[A-Za-z]+\s+)?$")

# (a clause that names the inspection before the one reported)
_BEFORE_THAT = re.compile(r"(?i)\b(?:previous|last|earlier|prior|former)\s+(?:inspection|report|visit)|\bpreviously\b")


def dated_parts(text: str, start: int, end: int, parts: list[Part]) -> list[Part]:
    """Each part with the year its clause writes ("last time, in 2022, it was rated ..."), or the sentence's
    only year; the judge takes it as naming one of the provider's inspections when exactly one fits."""
    parts = _before_round(text, start, end, _following(text, start, end, parts))
    years = [(m.start(), int(m.group("year")), _MONTHS.index(m.group("month").lower()) + 1 if m.group("month")
              else None) for m in _YEAR.finditer(text, start, end)
             if not _UNTIL.search(text, max(start, m.start() - 12), m.start())]
    if not years or not parts:
        return parts
    cuts = [start, *(m.start() for m in _CLAUSE_MARK.finditer(text, start, end)), end]
    out = []
    for p in parts:
        lo, hi = _clause(cuts, p, end)
        after = [(y, mo) for at, y, mo in years if at > p.end and _AFTER_RATED.search(text, p.end, at)]
        if after and len(years) == 1:
            # "rated R, after it was judged Inadequate in 2022": the year dates the rating it came after
            out.append(replace(p, since=after[0]))
            continue
        own = [(y, mo) for at, y, mo in years if lo <= at < hi]
        if not own:
            # "last time, in 2022, it was rated ...": a year set off on its own dates the clause after it; a
            # year inside another clause ("the previous inspection in 2018") dates that clause's own subject
            before = max((c for c in cuts if c < lo), default=None)
            own = [(y, mo) for at, y, mo in years
                   if before is not None and before <= at < lo and _BARE_YEAR.match(text, before, lo)]
        if not own and p.past and p.earlier and _BEFORE_THAT.search(text, lo, hi):
            # "X, rated Inadequate in March 2024, had been rated R at its previous inspection": the year outside the
            # clause dates the inspection reported, not the one before it
            out.append(p)
            continue
        if not own and len({y for _, y, _ in years}) == 1 and not vocab.ROUND_RE.search(text, lo, hi):
            if _NOW.search(text, lo, hi) or _RETURN.search(text, lo, hi) or \
                    any(_AS_THEN.match(text, *_clause_at(cuts, at, end)) for at, _, _ in years):
                # "X, rated R in 2018, is now rated ...", "still R, as it was in 2023": after the inspection that year
                out.append(replace(p, since=years[0][1:]))
                continue
            own = [(y, mo) for _, y, mo in years]  # "in its 2019 report, the inspectorate had rated it ..."
        out.append(replace(p, dated=own[0]) if len({y for y, _ in own}) == 1 else p)
    return out


# "... and was rated Good the following year", "a year later": the inspection after the one the sentence is about
_FOLLOWING = Anchored(re.compile(r"(?i)\b(?:the\s+(?:following|next)\s+year|a\s+year\s+later|the\s+year\s+after|"
                                 r"twelve\s+months\s+later)\b"))


_AFTER_ROUND = re.compile(r"(?i)\bafter\s+(?:its\s+|the\s+)?" + vocab.ROUND_RE.pattern)


# "had been rated Inadequate before its 2023-24 inspection", "prior to the 2024-25 report": the inspection before it
_BEFORE_ROUND = re.compile(r"(?i)\b(?:before|prior\s+to|ahead\s+of|in\s+the\s+run-up\s+to)\s+(?:its|the)\s+(?:"
                           + vocab.ROUND_RE.pattern + r")\s+(?:inspection|report|visit)")


def _before_round(text: str, start: int, end: int, parts: list[Part]) -> list[Part]:
    """A unit's rating said right before "before its 2023-24 inspection": the rating of its inspection before that
    round's (none in the data: undecided), not the one of that round."""
    out = []
    for p in parts:
        m = _BEFORE_ROUND.search(text, p.end, min(end, p.end + 60)) if isinstance(p.reading, ProviderRating) else None
        if m is not None and not any(q is not p and p.end < q.start < m.start() for q in parts) and \
                not _CLAUSE_MARK.search(text, p.end, m.start()):
            rm = vocab.ROUND_RE.search(text, m.start(), m.end())
            p = replace(p, past=True, earlier=True, before=vocab.round_name(rm))
        out.append(p)
    return out


def _following(text: str, start: int, end: int, parts: list[Part]) -> list[Part]:
    """The parts a "the following year" right after them moves to the next inspection: in the part's clause, with
    no other part ending between them ("rated Outstanding for leadership and rated Good the following year": the
    second rating only)."""
    hits = [m.start() for m in _FOLLOWING.finditer(text, start, end)]
    after = _AFTER_ROUND.search(text, start, end)
    if after and len({vocab.round_name(m) for m in vocab.ROUND_RE.finditer(text, start, end)}) == 1:
        # "inspected once more after 2023-24, and this time it got Good": the inspection after that round's
        return [replace(p, following=True) if p.start >= after.end() and isinstance(p.reading, ProviderRating)
                else p for p in parts]
    if not hits:
        return parts
    cuts = [start, *(m.start() for m in _CLAUSE_MARK.finditer(text, start, end)), end]
    out = []
    for p in parts:
        lo, hi = _clause(cuts, p, end)
        # (right after the part: "rated R in 2018-19 and Good the following year" leaves "Good" to no part)
        if any(p.end <= at < hi and len(text[p.end: at].split()) <= 2 and
               not any(q is not p and p.end < q.end <= at for q in parts) for at in hits):
            p = replace(p, following=True)
        out.append(p)
    return out


# "..., after it was judged Inadequate in 2022", "since being rated Good in 2023": a rating before the one beside it
_AFTER_RATED = re.compile(r"(?i)\b(?:after|since|following)\s+(?:(?:it|they|the\s+\w+|being|having|its)\s+)?"
                          r"(?:\w+\s+){0,3}?(?:rated|judged|found|given|deemed|graded|branded|labelled|rating)\b")
# "..., as it was in 2023", "just as in 2022": the year of the inspection before, which the rating is compared with
_AS_THEN = re.compile(r"(?i)[,;:(\s]*(?:just\s+)?as\s+(?:in\b|(?:it|they)\s+(?:was|were|had\s+been|did)\b)")


def _clause_at(cuts: list[int], at: int, end: int) -> tuple[int, int]:
    lo = max(c for c in cuts if c <= at)
    return lo, min((c for c in cuts if c > at), default=end)


def _clause(cuts: list[int], p: Part, end: int) -> tuple[int, int]:
    lo = max(c for c in cuts if c <= p.start)
    # (a part whose words end on the comma closing an aside ends its clause there: "X, the only unit rated Good in
    # 2022-23, had slipped to R by 2025-26")
    last = p.end - (len(p.phrase) - len(p.phrase.rstrip(" ,;"))) if p.phrase else p.end
    hi = min(c for c in cuts if c >= last) if any(c >= last for c in cuts) else end
    return lo, hi


_ROUNDS_JOINED = re.compile(r"(?i)\s*,?\s*(?:and|&|or|as\s+well\s+as)\s+(?:again\s+)?(?:(?:in|during)\s+)?(?:the\s+)?"
                          r"20\d\d")


# what may stand between a part and the round written right after it: a closing quote and a short aside set off by
# commas ("to 'inadequate', the bottom band, in 2024-25")
_RIGHT_AFTER = re.compile(r"(?i)['\"\u2019\u201d]?(\s*,\s*[^,;\d]{1,40},)?\s*(?:(?:in|during|for|at)\s+)?(?:the\s+)?")


def clause_rounds(text: str, start: int, end: int, parts: list[Part]) -> list[Part]:
    """In a sentence that writes several rounds, each part whose own clause writes exactly one takes that one: "X,
    rated Inadequate in 2021-22, was rated Requires improvement in 2025-26" is two ratings, each of its round, not
    both of either. A part whose clause writes both ("rated Good in both 2018-19 and 2019-20") keeps them all."""
    cuts = [start, *(m.start() for m in _CLAUSE_MARK.finditer(text, start, end)), end]
    out = []
    for p in parts:
        lo, hi = _clause(cuts, p, end)
        own = {n for m in vocab.ROUND_RE.finditer(text, lo, hi) if (n := vocab.round_name(m))}
        aside = _RIGHT_AFTER.match(text, p.end, end)
        later = vocab.ROUND_RE.match(text, aside.end(), end) if aside and aside.group(1) else None
        if later and later.start() >= hi and vocab.round_name(later):
            own = {vocab.round_name(later)}  # "to 'inadequate', the bottom band, in 2024-25": the aside skipped
        if len(own) > 1:
            # "rated Outstanding for leadership in 2018-19 and Good in 2019-20": the round written right after it
            # (not "in 2018-19 and again in 2019-20": both, each of them; nor "in 2018-19 or 2019-20": either)
            right = [n for m in vocab.ROUND_RE.finditer(text, p.end, hi) if (n := vocab.round_name(m))
                     and _RIGHT_AFTER.fullmatch(text[p.end: m.start()])
                     and not _ROUNDS_JOINED.match(text, m.end(), hi)]
            own = set(right[:1]) or own
        if len(own) == 1 and not (p.round_sure and len(p.rounds) == 1):
            out.append(replace(p, rounds=(own.pop(),), round_how="written in its clause", round_sure=True))
        elif len(own) != 1 and _after_change(p, out):
            # "went up one grade between 2018-19 and 2019-20 and got Good": the rating it went to, the later one's
            rounds = sorted({n for m in vocab.ROUND_RE.finditer(text, start, end) if (n := vocab.round_name(m))})
            out.append(replace(p, rounds=(rounds[-1],), round_how="the later round of the change before it",
                               round_sure=True) if len(rounds) == 2 else p)
        else:
            out.append(p)
    return out


def _after_change(p: Part, before: list[Part]) -> bool:
    """Whether a unit's rating follows a change of the same unit's rating, read earlier in the sentence."""
    return isinstance(p.reading, ProviderRating) and p.reading.column == "overall" and any(
        isinstance(q.reading, Change) and q.reading.provider == p.reading.provider and q.reading.kind in ("up", "down")
        and q.end <= p.start for q in before)


#: "at that inspection", "at the time": the inspection the sentence before spoke of; "that day", "the same month":
#: its date, which other units' reports shared.
THAT_INSPECTION = re.compile(r"(?i)\b(?:at|in|from|after|during|by)\s+(?:that|the\s+same)\s+"
                              r"(?:inspection|visit|time)\b|\bat\s+the\s+time\b|"
                              r"\b(?:that|the\s+same)\s+(?:day|date|week|month)\b|"
                              r"\b(?:was|were|had\s+been)\s+then\b")  # "The company was then owned by ..."


def turned_back(parts: list[Part]) -> Part | None:
    """The one inspection a sentence's parts date or turn back to ('at its previous inspection, reported in
    February 2023, it was rated R'), if every part about a unit speaks of that one."""
    about = [p for p in parts if p.reading is not None and getattr(p.reading, "provider", None)]
    back = {(p.reading.provider, p.dated, p.since, p.before) for p in about if p.past or p.dated is not None}
    if len(back) != 1 or any(not p.past and p.dated is None for p in about):
        return None
    return max((p for p in about if p.past or p.dated is not None), key=lambda p: p.dated is not None)


def at_that(part: Part, back: Part) -> Part:
    """A part of a sentence that says 'at that inspection', set to the inspection ``back`` spoke of; a part about
    another unit ('X's report came out in March 2023. Y's and Z's appeared that day'), to the month it dated."""
    if part.past or part.dated is not None or getattr(part.reading, "provider", None) is None:
        return part
    if part.reading.provider != back.reading.provider:
        return replace(part, dated=back.dated) if back.dated is not None and not back.past else part
    return replace(part, past=back.past, earlier=back.earlier, dated=back.dated, since=back.since,
                   before=back.before)


_STEP = {"a": 1, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6}
# A sentence that opens by stepping back from the round the text is about: "Two years earlier, ...", "The year
# before, ...", "In the previous round, ..." ("ago" counts from today, not from the text's round)
_STEP_BACK = re.compile(r"(?i)\W*(?:(?P<n>an?|one|two|three|four|five|six)\s+years?\s+(?:earlier|before|previously)|"
                        r"(?:in\s+)?the\s+(?:previous|preceding|prior)\s+(?:year|round)|the\s+year\s+before)\s*,")


_SPAN = re.compile(r"(?i)\b(?:between|from)\s+(?P<m1>" + "|".join(_MONTHS) + r")\s+(?P<y1>20[0-4]\d)\s+(?:and|to|until|"
                   r"-|\u2013)\s+(?P<m2>" + "|".join(_MONTHS) + r")\s+(?P<y2>20[0-4]\d)\b")
_SPAN = Anchored(_SPAN)


def moved_round(text: str, start: int, end: int, rnd: tuple) -> tuple:
    """The round a sentence with no round written is about, where its own words of time say: "Between February
    2024 and February 2025 ..." (the round whose reports came out over those months), "Two years earlier, ..." (so
    many years before the round it would otherwise take). ``rnd``: (round, how, sure) it would otherwise take."""
    span = _SPAN.search(text, start, end)
    if span is not None:
        first = f"{span.group('y1')}-{_MONTHS.index(span.group('m1').lower()) + 1:02d}"
        last = f"{span.group('y2')}-{_MONTHS.index(span.group('m2').lower()) + 1:02d}"
        if first <= last and vocab.round_for_date(first) == vocab.round_for_date(last) is not None:
            return vocab.round_for_date(first), f"the months it spans ({span.group(0)})", True
    m = _STEP_BACK.match(text, start, end)
    if m is None or not rnd[0] or "," in rnd[0]:
        return rnd
    back = _STEP[m.group("n").lower()] if m.group("n") else 1
    year = int(rnd[0][:4]) - back
    name = f"{year}-{(year + 1) % 100:02d}"
    if name not in {r for r, _, _ in vocab.ROUND_WINDOWS}:
        return rnd
    # (stepped from the round the sentence before wrote, it is as sure as that one; from the text's, no surer)
    sure = rnd[2] or rnd[1] == "written in the previous sentence"
    return name, f"{back} year{'s' * (back > 1)} before {rnd[0]} ({rnd[1]})", sure


def subject_round(subject: str | None, same_round: bool) -> tuple | None:
    """(round, how, sure) for a sentence with no round written that speaks of "that round" or "the same programme"
    (``same_round``), in a text about a unit inspected once in the data: that inspection's round; else None."""
    if subject is None or not same_round or len(unit_rounds(subject)) != 1:
        return None
    return unit_rounds(subject)[0], f"{subject}'s one inspection in the data (the text's subject; 'that round')", True
