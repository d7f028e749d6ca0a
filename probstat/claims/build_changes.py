"""Builders of the shape that reads a change of rating against the previous inspection: improved, fell,
unchanged, lost, "from R1 to R2", "moved up to R2, from the R1 it was given"."""

from __future__ import annotations

from dataclasses import replace

from .. import schema
from . import lazy_re as re
from . import vocabulary as vocab
from .matcher import Match
from .quantifiers import interpret as _interpret
from .readings import Change, InspectionDate, Part, ProviderRating
from .shape_parts import _DOWN, _PAST, _SAME, _UP, Sentence, _ratings, _span, _subject
from .tag_type import Tag, clause_of

# "fared better in 2019-20 than in 2018-19", "fared worse at its second inspection than at its first", "than it had",
# "than last time": a unit against its own earlier inspection
_OWN_EARLIER = re.compile(r"(?i)(?:(?:in|at)\s+(?:its\s+|the\s+)?\S+(?:\s+inspection)?\s+)?than\s+"
                          r"(?:it\s+(?:had|did)|in\s+20|at\s+its|at\s+the|last\s+time|before|previously|in\s+its|"
                          r"on\s+its)")
# "X improved between its 2022-23 and 2024-25 inspections", "deteriorated between its inspection in May 2022 and its
# next": a change from one inspection to the other, which only the rating measures
_BETWEEN_TWO = re.compile(r"(?i)\s+between\s+(?:its|the)\s+(?:inspections?\b|(?:first|last|previous|"
                          r"\d{4}(?:-\d{2})?)\b)|\s+between\s+\d{4}(?:-\d{2})?\s+and\s+\d{4}")
_SUBORDINATE = re.compile(r"(?i)when|while|whilst|though|although|because|whereas|where|yet")


def _change(m: Match, s: Sentence) -> list[Part] | None:
    """A rating against the previous inspection: 'improved from R to R', 'kept its Good rating', 'lost its Good
    rating', 'was downgraded to R', 'has not changed', 'the same rating as last time'."""
    span = m.tags[m.first: m.last]
    cut = next((k for k, t in enumerate(span) if t.code == "w" and _SUBORDINATE.fullmatch(t.words)
                and any(x.code == "H" for x in span[:k]) and any(x.code == "R" for x in span[k:])), None)
    if cut:
        # "the rating had risen when case supervision was still judged Inadequate": the rating after "when" is
        # another clause's, not where the change went
        return _change(replace(m, last=m.first + cut), s)
    comma = next((k for k in range(1, len(span)) if span[k].code == "," and span[k - 1].code == "H"), None)
    if comma and not (re.search(r"(?i)\bwhere\s+it\b", span[comma - 1].words) or
                      _ONE_STEP.search(span[comma - 1].words)):
        # a rating after a comma belongs to the change only after "stayed where it was, at R" or "moved up a step,
        # from R1 to R2" (not "its rating didn't change: R at both inspections", read by _kept_named)
        return _change(replace(m, last=m.first + comma), s)
    # (a match may start before its subject: ", the service has not improved")
    subj = m.one("s") or next((t for t in span if t.code in "PA"), None)
    if subj is None and len(s.tags) > 2 and s.tags[0].code == "P" and s.tags[1].words == "," and \
            not any(t.code in "PA" for t in s.tags[2: m.first]):
        subj = s.tags[0]  # "X, the only PDU rated Good in 2022-23, slipped to ...": the unit the sentence opens with
    preceding = s.tags[: m.first]
    if (subj is None or subj.words.lower() == "their") and any(
            t.code == "S" and t.words.lower().endswith("s") and k and preceding[k - 1].code in "NQ"
            for k, t in enumerate(preceding)):
        return None  # "Three probation services improved their rating": units counted, not the text's own
    pid = _subject(subj, s)
    a, b, phrase = _span(m, s)
    words = " ".join(t.words.lower() for t in span)
    ratings = [t for t in span if t.code == "R"]
    # ("fared no better": the negation inside the change's words)
    negated = sum(t.code == "X" or t.code == "H" and re.search(r"(?i)\bno (?:better|worse)$", t.words) is not None
                  for t in span)
    if not ratings and subj is None and not any(
            t.code in "KHV" and re.search(r"(?i)rating|grade|mark", t.words) for t in span):
        return None  # "the quality of supervision overall had fallen": neither a unit's nor a rating's change
    hx = next((i for i, t in enumerate(span) if t.code == "H"), None)
    if hx is not None and re.match(r"(?i)fare[sd]?\b", span[hx].words) and not _OWN_EARLIER.match(
            " ".join(t.words for t in m.tags[m.tags.index(span[hx]) + 1:])):
        # "Y fared worse, rated Inadequate", "..., and Y fared no better": than the unit before it, not than its own
        # last inspection; a claim about Y all the same, listed as not read
        # (with the unit's own rating said after it, "fared worse, rated Inadequate", that rating is the claim read)
        if any(t.code == "R" for t in s.tags[s.tags.index(span[hx]) + 1:]):
            return None
        a, b, phrase = _span(m, s)
        return [Part(a, b, phrase, "change", problem="a unit compared with another one, not read")]
    if hx is not None and re.fullmatch(r"(?i)changes?", span[hx].words) and hx > 0 and \
            span[hx - 1].code in "wT" and not ratings[1:]:
        return None  # "sweeping staff changes", "positive change": a change of something, not of the rating
    noun = m.tags[m.tags.index(span[hx]) + 1:][:1] if hx is not None else []
    if noun and re.fullmatch(r"(?i)plans?|programmes?|notices?|boards?|journey|priorit(?:y|ies)", noun[0].words):
        return None  # "had put in place an improvement plan": a noun that names a plan, no change of rating
    if noun and _KEPT.search(span[hx].words.lower()) and (noun[0].code in "OUJM" or
                                                          noun[0].words.lower() in ("people", "victims")):
        return None  # "its assessment work kept other people safe": kept people so, no rating kept
    if hx is not None and re.search(r"(?i)\bsame\b", span[hx].words) and any(
            t.code in "SPQ" and t.value != pid or re.fullmatch(r"(?i)others?|many|most|rest", t.words)
            for t in m.tags[m.tags.index(span[hx]) + 1: m.tags.index(span[hx]) + 5]):
        return None  # "the same grade as many others", "the same rating as most CRCs": units compared, not times
    alike = _same_as_another(m, s, span[hx]) if hx is not None and re.search(r"(?i)\bsame\b", span[hx].words) \
        else None
    if alike is not None:
        return alike
    h = next((i for i, t in enumerate(span) if t.code in "PA"), 0)
    # a rating verb before the subject ("inspectors found it had improved") rates nothing
    if not ratings and not any(t.code == "K" or t.code == "V" and i >= h
                               for i, t in enumerate((*span, *m.tags[m.last: m.last + 2]))) and \
            not re.search(r"same rating|same grade|same mark|downgraded|upgraded|fare[sd]? (?:no )?(?:better|worse)|"
                          r"\b(?:a|one) (?:step|grade|notch|rung|place|level)\b|where it",
                          words) and not _BETWEEN_TWO.match(s.text, m.tags[m.last - 1].end, s.end):
        return None  # "making big changes", "kept improving": not a change of rating
    if any(t.code == "H" and re.fullmatch(r"(?i)lost|loses?|losing", t.words) and k + 1 < len(m.tags) and
           (m.tags[k + 1].code == "N" or re.match(r"[\u00a3$\u20ac\d]", m.tags[k + 1].words))
           for k, t in enumerate(m.tags)):
        return None  # "after the service lost \u00a310m", "lost 40 staff": no rating lost
    steps = _steps(span)
    if steps == 0:
        return None  # a figure in the span that counts no places on the scale ("improved 3 standards to Good")
    if pid is None:
        return [Part(a, b, phrase, "change", problem="the subject is not named in the text")]
    if negated > 1:
        return [Part(a, b, phrase, "change", problem="a double negation")]
    up, down, same = bool(_UP.search(words)), bool(_DOWN.search(words)), bool(_SAME.search(words))
    lost = bool(re.search(r"\b(?:lost|loses?|losing|shaken off|shook off|shaking off|shed|sheds|shedding)\b", words))
    changed = bool(re.search(r"\bchang(?:e|ed|es|ing)\b", words))
    before = after = None
    if changed and negated and len(ratings) <= 1 and not (up or down or lost):
        # "its rating did not change", "has not changed": the same rating (whatever 'again' says besides)
        r = _ratings(ratings[0]) if ratings else None
        kept = _kept_named(m, s) if r is None else None
        if kept:
            r, b = kept  # "did not change: R"
            phrase = s.text[a:b]
        return [Part(a, b, phrase, "change", Change(pid, "same", r, r, since=_since(s, a)))]
    if len(ratings) >= 2:
        first, second = ratings[0], ratings[1]
        between = " ".join(t.words.lower() for t in span if first.end <= t.start < second.start)
        lead = " ".join(t.words.lower() for t in span if t.end <= first.start)[-30:]
        if re.search(r"\b(?:up|down)\s+from(?:\s+(?:the|its|an?))?$", between) or re.search(r"\bafter\b", between) or \
                re.search(r"\bto$", lead) and re.search(r"(?:^|\s)from(?:\s+(?:the|its|an?|their))?$", between):
            # "R2, up from R1"; "moved up to R2, from the R1 it was given"
            before, after = _ratings(second), _ratings(first)
        elif (tail := re.split(r"[;,]", between)[-1]) != between and _PAST.search(tail) and \
                not _PAST.search(between[: len(between) - len(tail)]) and not re.search(r"\bnow\b", tail) and \
                not re.search(r"\bto$", tail.strip()):  # "X, rated R1 in May 2022, had slipped to R2": R2 after
            # "rated Good this time; last time it was R1": the rating after the turn to the past is the earlier
            before, after = _ratings(second), _ratings(first)
            if before == after and not (up or down or lost or changed):
                # two ratings side by side claim no change: the same one twice is the same rating
                return [Part(a, b, phrase, "change", Change(pid, "same", before, after, since=_since(s, a),
                                                            column=_changed_column(m, s) or "overall"))]
        elif re.search(r"\bfrom$", lead) or re.search(r"\bto\b", between) or _PAST.search(between) or \
                lost and re.search(r"\bnow\b", between):  # "lost its R1 rating and is now R2"
            before, after = _ratings(first), _ratings(second)
        else:
            return [Part(a, b, phrase, "change", problem="two ratings whose order in time is not said")]
        kind = "changed"
        if up != down and not lost and before is not None and after is not None and len(before) == len(after) == 1 and \
                before != after:
            # "fell from Inadequate to Requires improvement": the word's direction is a claim too; where the two
            # ratings' order goes the other way, the change is read with the word's direction, which no data bear out
            rose = schema.RATINGS.index(after[0]) < schema.RATINGS.index(before[0])  # RATINGS run best first
            if rose != up:
                kind = "up" if up else "down"
    else:
        r = _ratings(ratings[0]) if ratings else None
        if ratings and re.search(r"\b(?:improved|improving|improvement|better)\b.*[,;]\s*(?:\w+\s+){0,3}(?:still|"
                                 r"remains?|remained)(?:\s+\w+)?\s*$",
                                 " ".join(t.words.lower() for t in span if t.end <= ratings[0].start)):
            # "it had improved, and it is still rated R": the work got better, the rating stayed
            up = down = False
            same = True
        if lost:
            kind, before = "changed", r
        elif same and not (up or down):
            kind, before, after = "same", r, r
        elif (up or down) and not (up and down):
            kind, after = ("up" if up else "down"), r
            if steps and r is not None and len(r) == 1:
                # "fell two grades to Inadequate": the rating before is that many places the other way
                at = schema.RATINGS.index(r[0]) + (steps if up else -steps)  # RATINGS run best first
                if not 0 <= at < len(schema.RATINGS):
                    return [Part(a, b, phrase, "change", problem="more places on the scale than it has")]
                before = (schema.RATINGS[at],)
            lead = " ".join(t.words.lower() for t in span if ratings and t.end <= ratings[0].start)
            if r is not None and re.search(r"\b(?:from|on|out\s+of|off)(?:\s+(?:the|its|an?|their))?"
                                           r"(?:\s+(?:previous|last|earlier|former|old))?(?:\s+20[0-4]\d)?$", lead):
                # "moved up from the Inadequate rating it was given", "improved on its (previous) Requires improvement
                # rating", "climbed off the bottom grade"
                before, after = r, None
            elif r is not None and re.search(r"\bto$", lead):
                # "moved up to R2, from the R1 it was given in 2022": the earlier rating after a comma
                nxt = m.tags[m.last: m.last + 6]
                k = 2
                while k < len(nxt) and (nxt[k].words.lower() in ("the", "its", "an", "a", "their")
                                        or nxt[k].code == "'"):
                    k += 1
                if k < len(nxt) and [t.words.lower() for t in nxt[:2]] == [",", "from"] and nxt[k].code == "R":
                    before, b = _ratings(nxt[k]), nxt[k].end
                    phrase = s.text[a:b]
        elif changed:
            kind = "changed"
            if r is not None:
                # "its Good rating has not changed": the rating is the one kept
                before = after = r if negated else None
                if not negated:
                    return [Part(a, b, phrase, "change", problem="a change whose direction is not said")]
        else:
            return None
    if negated:
        if kind == "changed" and before is not None and before == after:
            kind = "same"  # "its Good rating has not changed"
        elif kind in ("same", "changed") and not (before or after) or kind == "changed" and lost:
            kind = {"same": "changed", "changed": "same"}[kind]
            if lost:
                before, after = before, before  # "did not lose its Good rating": kept it
        elif kind == "same" and before is not None and before == after and _KEPT.search(words):
            kind, after = "changed", None  # "failed to keep its Good rating", "did not hold on to it": lost it
        elif kind in ("up", "down") and after is None:
            kind = "not " + kind  # "failed to improve on its R rating": no better than R (the same, or worse)
        else:
            return [Part(a, b, phrase, "change", problem="a negated change")]
    column = _changed_column(m, s)
    if column is None:
        return [Part(a, b, phrase, "change", problem="a change on several standards at once")]
    kept = _kept_named(m, s) if kind == "same" and before is None else None
    if kept:
        (before, b), after = kept, kept[0]
        phrase = s.text[a:b]
    # ("went up one grade": how far, with no rating to say where to; with one, the rating before says it)
    by = steps if steps and kind in ("up", "down") and not ratings else None
    # "R2 in 2024-25, up from R1 in 2022-23": the round right after the rating before is the earlier inspection's
    since = _since(s, a) or before is not None and bool(ratings) and _ratings(ratings[-1]) == before and \
        _ROUND_NEXT.match(s.text, b, s.end) is not None
    return [Part(a, b, phrase, "change", Change(pid, kind, before, after, since=since, column=column, steps=by)),
            *_first_rating_month(span, pid, before, after)]


_BOTH_TIMES = re.compile(r"\W*(?:at|in|for)\s+both(?:\s+of\s+(?:its|the))?\s+inspections\b|\W*both\s+times\b", re.I)


def _kept_named(m: Match, s: Sentence) -> tuple[tuple[str, ...], int] | None:
    """'kept the same rating, Requires improvement, ...', 'its rating did not change: Requires improvement at both
    inspections': the rating kept, named after the words (and where the words end)."""
    named = [t for t in m.tags[m.last: m.last + 3] if t.code not in "w'"]
    if len(named) < 2 or named[0].words not in (",", ":") or named[1].code != "R":
        return None
    both = _BOTH_TIMES.match(s.text, named[1].end, s.end)
    return _ratings(named[1]), both.end() if both else named[1].end


_MONTH_YEAR = re.compile(r"(?i)^(" + "|".join(vocab.MONTHS) + r")\s+((?:19|20)\d\d)$")


def _first_rating_month(span, pid: str, before, after) -> list[Part]:
    """'rated R1 in May 2022, had slipped to R2', 'went from R1 in May 2022 to R2': the month and year after the
    first of the two ratings date the earlier one, a claim of their own about when its report came out."""
    ratings = [t for t in span if t.code == "R"]
    if before is None or after is None or len(ratings) < 2:
        return []
    for t in span:
        m = _MONTH_YEAR.match(t.words) if t.code == "w" and ratings[0].end <= t.start < ratings[1].start else None
        if m and re.search(r"(?i)\b(?:in|on)\s*$", " ".join(x.words for x in span if x.end <= t.start)[-6:]):
            month, year = vocab.MONTHS.index(m.group(1).lower()) + 1, int(m.group(2))
            return [Part(t.start, t.end, t.words, "inspection date", InspectionDate(pid, "published", month, year),
                         past=True, earlier=True, dated=(year, month))]
    return []


_KEPT = re.compile(r"\b(?:kept|keeps?|retain(?:ed|s)?|maintain(?:ed|s)?|"
                   r"(?:held|hold|holds|holding|hung|hang|clung|cling) on ?to)\b")


def _changed_column(m: Match, s: Sentence) -> str | None:
    """What a change is of: the overall rating, or the one standard named in or just after the match ("kept its
    Outstanding rating for leadership"); None when several standards are named."""
    clause = clause_of(s.tags)
    last = m.last - 1 if m.last > m.first else m.first
    near = [t for i, t in enumerate(s.tags)
            if t.code == "T" and clause[i] == clause[last] and m.first - 3 <= i < m.last + 4]
    columns = {str(t.value) for t in near}
    return "overall" if not columns else (columns.pop() if len(columns) == 1 else None)


_ROUND_NEXT = re.compile(r"\s+(?:in|at)\s+(?:its\s+|the\s+)?" + vocab.ROUND_RE.pattern)


def _since(s: Sentence, at: int) -> bool:
    """Whether the round the sentence writes is the one a change is counted from ('since 2018-19'; 'X, rated Good
    in 2022-23, has slipped to ...': the one round, set off by commas with the rating before, ahead of the change)."""
    if re.search(r"(?i)\bsince\s+(?:its\s+|the\s+)?(?:inspection\s+(?:in|of)\s+)?(?:20[0-9]{2})", s.text[at: s.end]):
        return True
    clause = clause_of(s.tags)
    ys = [i for i, t in enumerate(s.tags) if t.code == "Y"]
    hs = [i for i, t in enumerate(s.tags) if t.code == "H"]
    if len(ys) != 1 or not hs or not 0 < clause[ys[0]] < clause[hs[0]]:
        return False
    aside = [t for i, t in enumerate(s.tags) if clause[i] == clause[ys[0]]]
    return any(t.code == "R" for t in aside) and clause[hs[0]] == clause[ys[0]] + 1 and \
        s.tags[[i for i, t in enumerate(s.tags) if clause[i] == clause[ys[0]]][-1] + 1].words == ","


_THAN = {"better": "up", "higher": "up", "worse": "down", "lower": "down", "poorer": "down", "same": "same"}


def _compared_rounds(m: Match, s: Sentence) -> list[Part] | None:
    """'X was given a better overall rating in 2024-25 than in 2022-23', 'the same rating in Y2 as in Y1': its
    rating at the later inspection against the one before."""
    words = m.words("cmp")
    kind = next((k for w, k in _THAN.items() if re.search(rf"\b{w}\b", words)), None)
    y1, y2 = m.one("y1"), m.one("y2")
    if kind is None or not (y1.value and y2.value) or y1.value == y2.value or m.words("g") not in ("than", "as"):
        return None
    pid = _subject(m.one("s"), s)
    if pid is None:
        return None
    a, b, phrase = _span(m, s)
    return [Part(a, b, phrase, "change", Change(pid, kind))]


_ONE_STEP = re.compile(r"(?i)\s(?:a|one)\s+(?:step|grade|notch|rung|place|level)$")
_STEP_NOUN = re.compile(r"(?i)^(?:grades?|places?|notch(?:es)?|levels?|rungs?|ratings?|steps?)$")


def _steps(span: list) -> int | None:
    """'fell two grades to Inadequate': how many places on the scale a change says it moved (None: no figure in
    it; 0: a figure that counts something else); 'moved up a step': one."""
    for i, t in enumerate(span):
        if t.code == "H" and _ONE_STEP.search(t.words):
            return 1
        if t.code == "N":
            nxt = span[i + 1] if i + 1 < len(span) else None
            try:
                n = int(_interpret(t.words, "count").low) if nxt is not None and _STEP_NOUN.match(nxt.words) \
                    else 0
            except (ValueError, TypeError):
                n = 0
            return n if n > 0 else 0
    return None


# words that set "the same rating" against the unit's own earlier inspection, not against another unit's rating
_OWN_TIME = re.compile(r"(?i)\b(?:again|before|previous(?:ly)?|last\s+time|earlier\s+inspection|first|second|both|"
                       r"kept|retain(?:s|ed)?|held|holds|still|remain(?:s|ed)?|stay(?:s|ed)|once\s+more|as\s+in|"
                       r"(?:it|they)\s+(?:had|has|received|got|was\s+given|were\s+given))\b|\bin\s+(?:19|20)\d\d")


def _same_as_another(m: Match, s: Sentence, same: Tag) -> list[Part] | None:
    """'A was rated R, and B received the same grade': with another unit's overall rating said before it, "the same
    rating" is that one, each unit named between them given it (a change against the unit's own last inspection only
    where the words say a time: "again", "as before"). Not across sentences: there "the same rating" is as often the
    unit's own at its last inspection."""
    k = s.tags.index(same)
    nxt = s.tags[k + 1] if k + 1 < len(s.tags) else None
    if nxt is not None and nxt.words.lower() in ("as", "to", "that") or _OWN_TIME.search(s.text, s.start, s.end) \
            or any(t.code == "R" for t in s.tags[k:]):
        return None  # ("the same rating, Inadequate": the rating said)
    rated = [i for i in range(k) if s.tags[i].code == "R"]
    if not rated:
        return None
    i = rated[-1]  # the rating said before it, of the unit named before that
    owners = [j for j in range(i) if s.tags[j].code == "P"]
    ratings = _ratings(s.tags[i])
    if not owners or len(ratings) != 1 or any(t.code in "TZX" for t in s.tags[owners[-1]: i]):
        return None
    before, units = str(s.tags[owners[-1]].value), [t for t in s.tags[i + 1: k] if t.code == "P"]
    if not units or any(str(t.value) == before for t in units):
        return None
    a, b, phrase = _span(m, s)
    return [Part(a, b, phrase, "likewise", ProviderRating(str(t.value), "overall", ratings)) for t in units]
