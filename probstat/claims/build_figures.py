"""Builders of the shapes that read figures and facts of one provider or sector: published sector figures,
a provider's own figures and key questions, people supervised, owners, sector comparisons (shapes.py holds the
table that names them; inspection dates are build_dates.py's)."""

from __future__ import annotations

import re

from .anchored import Anchored
from .build_dates import _MONTH_NAME
from .matcher import Match
from .measure_words import MEASURES, NEGATIVE_WORDS, PROVIDER_MEASURES, measures_named
from .quantifiers import Reading
from .quantifiers import interpret as _interpret
from .readings import (
    Part,
    ProviderFigure,
    SectorFigure,
)
from .shape_parts import _INF, Sentence, _count, _span, _subject
from .tag_type import Tag

# asked of every sector figure's sentence: most hold no month and no negative word, which ``in`` finds first
_MONTHS_IN, _NEGATIVE = Anchored(_MONTH_NAME), Anchored(NEGATIVE_WORDS)


def _services_done(tags: list[Tag], i: int) -> bool:
    """'the delivery of services', 'arrangements for providing services': services as the work done, not a
    population of providers."""
    t = tags[i]
    return t.value is None and t.words.lower() in ("services", "service") and i > 0 and \
        tags[i - 1].words.lower() in ("of", "for", "providing", "delivering", "provide", "deliver")


def _beside(tags: list[Tag], n: Tag) -> str | None:
    """The sector a figure is of, in a sentence naming two: the one named just after it ("one in 20 of NPS staff"),
    else the last one named before it ("at the CRCs: over two-thirds of their staff"); "86 per cent of staff in
    CRCs" names it four words on."""
    i = tags.index(n)
    for t in tags[i + 1: i + 5]:
        if t.code == ",":
            break
        if t.code == "S" and t.value is not None:
            return str(t.value)
    return next((str(t.value) for t in reversed(tags[:i]) if t.code == "S" and t.value is not None), None)


# where one clause of a list of figures ends: a comma, semicolon or colon, "while", "but", or "and" before a new
# subject or place ("... in 59 per cent and a home visit was recorded in ...")
_CLAUSE_END = re.compile(r"[,;:]|\b(?:while|whereas|but)\b|\band\s+(?=(?:a|an|the|in|where|only|just)\b)")


def _clause(s: Sentence, n: Tag, back: int = 0) -> str:
    """The words of a figure's clause, lower case (brackets stay inside), with ``back`` clauses before it."""
    # asked for every figure of a sentence by every measure it names: the clauses are found once per sentence
    key = ("clause", n.start, n.end, back)
    if key in s.memo:
        return s.memo[key]
    if "clause ends" not in s.memo:
        text = s.text[s.start: s.end].lower()
        s.memo["clause ends"] = text, [(x.start(), x.end()) for x in _CLAUSE_END.finditer(text)]
    text, ends = s.memo["clause ends"]
    at, end = n.start - s.start, n.end - s.start
    heads = sorted((e for b, e in ends if e <= at), reverse=True) + [0]
    tail = min((b for b, e in ends if b >= end), default=len(text))
    s.memo[key] = got = text[heads[min(back, len(heads) - 1)]: tail]
    return got


def _restated(s: Sentence, a: Tag, b: Tag) -> bool:
    """Whether figure b restates figure a in brackets or after a dash right after it ("nearly half (45 per cent)",
    "45 per cent - nearly half")."""
    return a.end <= b.start and bool(_RESTATING.fullmatch(s.text, a.end, b.start))


# what stands between a figure and its restatement: a bracket, or a dash after the figure's noun ("45 per cent of
# cases - nearly half")
_RESTATING = re.compile(r"\s*\(\s*|(?:\s+of\s+(?:the\s+|their\s+|its\s+)?(?:cases|them|staff))?\s+[-\u2013\u2014]\s+")


# nouns a figure beside a measure's words may count instead of the measure ("its two inspections")
_OTHER_NOUNS = frozenset(("inspections", "inspection", "reports", "report", "visits", "rounds", "years", "times",
                          "months", "offices", "areas", "teams"))
_SAID = re.compile(r"(?i)^(?:said|says|say|warned|warns|reported|reports|added|adds|noted|notes)$")


def sentence_measures(s: Sentence) -> None:
    """Which sector and provider measures the sentence's words name, kept in its memo: asked once per sentence,
    not once per figure in it."""
    if "measures" not in s.memo:
        text = s.text[s.start: s.end].lower()
        s.memo["measures"] = measures_named(MEASURES, text)
        s.memo["provider measures"] = measures_named(PROVIDER_MEASURES, text)


_NATIONWIDE = re.compile(r"\b(?:across|in|throughout)\s+(?:all\s+of\s+)?(?:england\s+(?:and|&)\s+wales|the\s+country)"
                         r"\b|\bnationally\b|\bnationwide\b")


_OF_UNIT = frozenset(("of", "for", "by", "at", "in"))
_SET_AGAINST = frozenset(("to", "against", "versus", "vs", "vs."))


def _sector_figure(m: Match, s: Sentence) -> list[Part] | None:
    """A figure of a published sector measure: the sentence's words name the measure (measure_words.MEASURES)."""

    text = s.text[s.start: s.end].lower()
    sentence_measures(s)
    if not s.memo["measures"] and not s.memo["provider measures"]:
        return None  # (asked first: what follows is worked out only for a sentence that names a measure, once)
    if "figures" not in s.memo:
        s.memo["figures"] = [t for t in s.tags if t.code == "N"]
        # ("It said staff were struggling, with 86 per cent of ...": "it" the source, not whom the figures are of)
        # (nor "its inspectors": the inspectorate's)
        # "the CRC staff" in a text with no unit of its own: the sector's staff, a sector named like "CRC staff"
        s.memo["sectored"] = [Tag("S", t.start, t.end, t.words, t.value) if t.code == "A" and t.value in ("CRC", "NPS")
                              and _subject(t, s) is None else t for t in s.tags]
        s.memo["named"] = [t for k, t in enumerate(s.tags) if t.code in "PA" and not (
            t.code == "A" and k + 1 < len(s.tags) and (_SAID.match(s.tags[k + 1].words) or
                                                       t.words.lower() == "its" and
                                                       s.tags[k + 1].words.lower() == "inspectors"))
            and not (t.code == "A" and _subject(t, s) is None)]
        sector_at = [t.start for t in s.tags if t.code == "S" and t.value is not None]
        if sector_at and all(t.code == "A" and (t.words.lower() in ("its", "their") or t.words.lower() == "it"
                                                and t.start > sector_at[0]) for t in s.memo["named"]):
            # "the NPS had 615 vacancies at the time of its inspection", "staff in the NPS are overworked, leaving
            # it unable to ...": the pronoun is the sector's
            s.memo["named"] = []
    figures, named = s.memo["figures"], s.memo["named"]
    # ("Across England and Wales that year, more than a quarter of a million people were under supervision": the
    # country's figure, not the text's unit's)
    if named or (s.subject and not _NATIONWIDE.search(text) and
                 not any(t.code == "S" and not _services_done(s.tags, i) for i, t in enumerate(s.tags))):
        # a figure said of one provider (named, referred to, or the text's subject); "... higher than DLNR CRC's 58":
        # the unit whose possessive stands right before the figure
        k = next((k for k, t in enumerate(s.tags) if t is m.one("n")), 0)
        # (or the unit a bracketed figure follows: "... across the North East region (35%) than at X PDU (33%)")
        # (and a figure set off by a comma right after a later unit: "... than that of B, 58")
        # ("..., 64 cases against 58": a pair of figures, each its own unit's)
        at = k + 2 if k + 1 < len(s.tags) and s.tags[k + 1].code in "UJ" else k + 1
        paired = at + 1 < len(s.tags) and s.tags[at].words.lower() in _SET_AGAINST and s.tags[at + 1].code == "N"
        owner = s.tags[k - 2] if k >= 2 and s.tags[k - 2].code == "P" and (
            s.tags[k - 1].words.lower() in ("s", "'s", "\u2019s", "(") or s.tags[k - 1].words == "," and k > 2 and
            not paired and any(t.code == "P" for t in s.tags[: k - 2])) else \
            s.tags[k - 3] if k >= 3 and s.tags[k - 3].code == "P" and s.tags[k - 1].words == "(" and \
            s.tags[k - 2].words.lower() in ("s", "'s", "\u2019s") else None  # ("DLNR CRC's (58)")
        j = k + 1
        while j < min(k + 4, len(s.tags)) and s.tags[j].code in "wMU" and s.tags[j].words.lower() not in _OF_UNIT:
            j += 1
        if owner is None and k >= 1 and s.tags[k - 1].words.lower() == "the" and j + 1 < len(s.tags) and \
                s.tags[j].words.lower() in _OF_UNIT and s.tags[j + 1].code == "P":
            # "more than the 2 points of B", "than the nearly 3,000 supervised by B", "the 58 recorded at B": the
            # unit the figure is of
            owner = s.tags[j + 1]
        # ("Within the region, X was rated R, but in only 23 per cent of its cases ...": "its" is the unit named last)
        its = next((t for t in s.tags[k + 1: k + 4] if t.code == "A" and t.words.lower() in ("its", "their")), None)
        units = list({str(t.value): t for t in named if t.code == "P"}.values())
        if owner is None and its is None and len(units) == 2:
            # "A outscored B on points, 2 to 1": a score's figures are the two units', in the order they were named
            # ("..., 64 cases against 58": the two figures in the order the units were named)
            if paired:
                owner = units[0]
            elif k >= 2 and s.tags[k - 1].words.lower() in _SET_AGAINST and (s.tags[k - 2].code == "N" or k >= 3 and
                                                                           s.tags[k - 2].code in "UJ" and
                                                                           s.tags[k - 3].code == "N"):
                owner = units[1]
        return _provider_figure(m, s, text, figures, _subject(owner or its or (named[0] if named else None), s))
    if "shares" not in s.memo:
        s.memo["shares"] = {id(t): _is_share(t) for t in figures}  # once per sentence, not once per figure
    shares = s.memo["shares"]
    # several shares named in one sentence ("... for 45 per cent of cases, public safety ... for 59 per cent, and
    # a home visit ... in a third"): each figure is of the measure its own clause names
    several = sum(w.measure.endswith("_pct") for w in s.memo["measures"]) > 1
    clause = _clause(s, m.one("n")) if several else text
    if several and not any(w.named_in(clause) for w in s.memo["measures"]):
        clause = _clause(s, m.one("n"), back=1)  # "where a home visit was needed, just a third show one"
    for words in s.memo["measures"]:
        if several and not words.named_in(clause):
            continue
        stated_tags = [t for t in figures if not (words.threshold and re.search(words.threshold, t.words.lower()))
                       and (words.measure.endswith("_pct") <= shares[id(t)])
                       and (not several or _clause(s, t) in clause)]
        if len(stated_tags) == 2 and _restated(s, *stated_tags) and m.one("n") in stated_tags:
            stated_tags = [m.one("n")]  # "nearly half (45 per cent)": each figure read, each against the measure
        if words.measure == "cases_analysed":
            # "almost 6,000 cases across the 28 providers": the figure that counts cases ("60 cases in each PDU"
            # is a sample per unit, not the round's total)
            nxt = {id(t): s.tags[k + 1].words.lower() for k, t in enumerate(s.tags[:-1])}
            stated_tags = [t for t in stated_tags if nxt.get(id(t)) == "cases"
                           and not re.search(r"\b(?:each|every|per|a)\s+(?:of\s+the\s+)?(?:unit|pdu|crc|division|"
                                             r"provider|service|inspection|region)", text)]
        if len(stated_tags) > 1 and words.measure.startswith("people_"):
            # "a quarter of a million individuals ..., managed by 28 services": the figure that counts people
            nxt = {id(t): s.tags[k + 1].code for k, t in enumerate(s.tags[:-1])}
            stated_tags = [t for t in stated_tags if nxt.get(id(t)) == "U"]
        sectored = s.memo["sectored"]
        two = {t.value for t in sectored if t.code == "S"} == {"CRC", "NPS"}
        if len(stated_tags) > 1 and two:
            # "over two-thirds of CRC staff ..., against one in 20 of NPS staff": each figure of its own sector
            stated_tags = [t for t in stated_tags if _beside(sectored, t) == _beside(sectored, m.one("n"))]
        if len(stated_tags) != 1 or stated_tags[0] is not m.one("n"):
            continue
        n = stated_tags[0]
        if _AS_MANY.match(s.text, n.end):
            # "half as many of the cases ... as NPS divisions did": a ratio of two figures, neither of them stated
            return [Part(n.start, n.end, n.words, "sector figure", problem="a ratio of two figures ('half as many "
                         "... as'), not a figure of its own")]
        unit = "count" if words.measure in ("po_vacancies", "people_under_supervision", "people_supervised",
                                            "cases_analysed", "services_improved_to_good") \
            else "points" if words.measure.endswith("_pp") else "percent"
        got = _count(n, s) if unit == "count" else None
        try:
            stated = got[0] if got else _interpret(n.words)
        except ValueError:
            return None
        if stated.unit != unit:
            continue
        if unit == "percent" and stated.rule == "over":
            stated = Reading(stated.value, _INF, False, False, "percent", "over", stated.value)
        sectors = {_beside(sectored, n)} if two else {t.value for t in sectored if t.code == "S"}
        if sectors <= {None} and s.text_sector and not s.subject:
            sectors = {s.text_sector}  # the sentence names no sector and no unit: the text's sector (its headline's)
        if words.measure.endswith("_below_nps_max_pp"):
            # how far CRCs' scores fell below the NPS's: the CRCs named first, the NPS after
            order = [t.value for t in sectored if t.code == "S" and t.value in ("CRC", "NPS")]
            if order[:1] != ["CRC"] or "NPS" not in order:
                return None
            sectors = {"CRC"}
        scope = {frozenset({"NPS"}): "NPS", frozenset({"CRC"}): "CRC", frozenset(): "all",
                 frozenset({None}): "all"}.get(frozenset(sectors))
        if scope is None:
            return None
        if not words.negative and _NEGATIVE.search(clause):
            continue  # "workloads were not reasonable": the measure counts the others, who may not all agree
        complement = words.negative and not _NEGATIVE.search(clause)
        a, b = n.start, n.end
        # the threshold figures and the negation are read as part of the measure's words
        # (not a figure counting units or people: "managed by 28 probation services" is a claim of its own)
        after = {id(t): s.tags[k + 1].code for k, t in enumerate(s.tags[:-1])}
        # (nor a share when the figure read is a count: "over 106,000 people, about 52 per cent of the caseload")
        # (a figure of another clause is no threshold: "..., and inspectors made 12 recommendations")
        for t in [t for t in figures if after.get(id(t)) not in ("S", "U") and _clause(s, t) == _clause(s, n)
                  and not _restated(s, n, t) and not _restated(s, t, n) and (unit != "count" or not shares[id(t)])
                  and (not two or _beside(sectored, t) == _beside(sectored, n))
                  and (t is n or not _cases_counted(s, t, words))] + \
                [t for t in s.tags if t.code == "X" and words.negative and (not several or _clause(s, t) == clause)]:
            a, b = min(a, t.start), max(b, t.end)
        if words.measure == "services_improved_to_good":
            # ("three services improved to Good": the rating is the measure's own word, no claim of its own)
            b = max([b, *(t.end for t in s.tags if t.code in "RH" and _clause(s, t) == _clause(s, n))])
        # every measure the words name with the same unit and sense: the data say which one the scope publishes
        # (the cases analysed are never another name for people supervised)
        also = tuple(w.measure for w in s.memo["measures"] if w is not words and w.negative == words.negative
                     and w.measure.endswith("_pct") == words.measure.endswith("_pct")
                     and "cases_analysed" not in (w.measure, words.measure)
                     and (not several or w.named_in(clause)))
        months = tuple(sorted({mo.group(0)[:3].lower() for mo in _MONTHS_IN.finditer(text)}))
        return [Part(a, b, n.words, "sector figure", SectorFigure(words.measure, scope, stated, complement, also,
                                                                  months))]
    return None


def _cases_counted(s: Sentence, t: Tag, words) -> bool:
    """Whether figure ``t`` counts the cases inspectors analysed ("... and its inspectors analysed nearly 6,000
    cases"), a figure of its own, not a threshold of the measure read."""
    if words.measure == "cases_analysed" or words.threshold and re.search(words.threshold, t.words.lower()):
        return False
    k = s.tags.index(t)
    return k + 1 < len(s.tags) and s.tags[k + 1].words.lower() == "cases" and \
        any(w.measure == "cases_analysed" for w in s.memo["measures"])


_AS_MANY = re.compile(r"(?i)\s+as\s+(?:many|much|often|likely|high|low|large|great|few|big|common)\b")


def _is_share(tag: Tag) -> bool:
    """Whether a figure states a share by its own words ('45 per cent', 'a third', 'one in 20')."""
    try:
        return _interpret(tag.words).unit == "percent"
    except ValueError:
        return False


# the subject of a figure's clause when it is not the unit named: "the other two", "the others", "the rest"
_OTHERS = re.compile(r"(?i)\bthe\s+(?:other\s+(?:two|three|four|five|six|\d+|ones?)\b|others\b|rest\b)")


def _provider_figure(m: Match, s: Sentence, text: str, figures: list[Tag], pid: str | None) -> list[Part] | None:

    if pid is None:
        return None
    from .measure_words import KEY_QUESTION_MEASURES

    asked = _key_question(s, m.one("n"))
    rest = False
    if asked is None:
        # "in two-thirds of cases, assessment did not focus enough on ...": the share done well is the rest
        asked = _key_question(s, m.one("n"), complement=True)
        rest = asked is not None
    n = m.one("n")
    cuts = [s.start, *(s.start + c.start() for c in re.finditer(r"[,;:]", s.text[s.start: s.end])), s.end]
    if _OTHERS.search(s.text, max(c for c in cuts if c <= n.start), n.end):
        return None  # "A scored no points, and the other two three each": their figure, not the unit's
    # the clauses a figure may take its measure's words from: its own, or one that holds no other figure
    others = [t.start for t in figures if t is not n]
    near = [s.text[a:b].lower() for a, b in zip(cuts, cuts[1:], strict=False)
            if a <= n.start < b or not any(a <= o < b for o in others)]
    for words in s.memo["provider measures"]:
        if words.measure in KEY_QUESTION_MEASURES and words.measure != asked:
            continue
        if words.measure not in KEY_QUESTION_MEASURES and not any(all(re.search(p, c) for p in words.needs)
                                                                  for c in near):
            # "half thought their workload unmanageable, and almost a third felt ...": the second figure's
            # measure is not said
            continue
        stated_tags = [t for t in figures if not (words.threshold and re.search(words.threshold, t.words.lower()))]
        n = m.one("n")
        zero = words.measure == "points" and n not in stated_tags and \
            (_NONE_OF.search(s.text, max(s.start, n.start - 40), n.start) or
             _ONE_OF.search(s.text, max(s.start, n.start - 40), n.start))
        if zero and all(re.search(p, s.text[zero.start(): n.end + 40].lower()) for p in words.needs):
            # "awarded none of the 27 inspection points", "a single point out of a possible 27": the scale's top
            # said, the points in words
            a, k = zero.start(), float(zero.re is _ONE_OF)
            # "failed to earn a single point", "did not score a single point": not one, the negation read with it
            denied = [t for t in s.tags if t.code == "X" and t.end <= a and "," not in s.text[t.end: a]]
            if k and denied:
                a, k = denied[-1].start, 0.0
            return [Part(a, n.end, s.text[a: n.end], "provider figure",
                         ProviderFigure(pid, "points", Reading(k, k, True, True, "count", "exact count", k)))]
        if len(stated_tags) < 1 or n not in stated_tags:
            continue
        k = s.tags.index(n) + 1 if n in s.tags else len(s.tags)
        if k < len(s.tags) and (s.tags[k].code == "I" or s.tags[k].words.lower() in _OTHER_NOUNS) and not (
                k + 1 < len(s.tags) and s.tags[k + 1].words.lower() in ("points", "point")):
            return None  # "rose between its two inspections": a number of something else ("2 inspection points" not)
        unit = "count" if words.measure in ("avg_caseload", "points") else "percent"
        # a unit's name between the measure's words and the figure does not push them apart ("the average
        # caseload at Staffordshire and West Midlands CRC was 46")
        names = sum(t.end - t.start for t in s.tags if t.code == "P" and n.start - 120 <= t.start < n.start)
        near = s.text[max(s.start, n.start - 70 - names): n.end + 40].lower()
        if unit == "count" and not all(re.search(p, near) for p in words.needs):
            continue  # "One of them ... received zero points": a count measure's words stand by its figure
        said = "zero" if m.one("n").words.lower() == "no" else m.one("n").words  # ("no points": tag_joins)
        top = re.match(r"(?i)(.+?)\s+(?:of|out of)\s+(?:the\s+|a\s+possible\s+)?(\S+)$", said)
        if top and words.threshold and unit == "count" and re.search(words.threshold, top.group(2).lower()):
            said = top.group(1)  # "only 2 of the 27 points": the scale's top is no part of the figure said
        try:
            # a share must say it is one ("45 per cent", "a third"): a bare number is no share
            stated = _interpret(said, None if unit == "percent" else unit)
        except ValueError:
            return None
        if stated.unit != unit:
            continue
        lead_at = max(s.start, m.one("n").start - 12)
        lead = s.text[lead_at: m.one("n").start].lower()
        no = re.search(r"\bno\s*$", lead) if stated.rule in ("over", "less than") else None
        if no:
            # "no more than three points", "no fewer than 40 per cent": the bound's other side, reached
            low, high = (0.0, stated.value) if stated.rule == "over" else (stated.value, _INF)
            stated = Reading(low, high, True, high != _INF, unit, "at most" if stated.rule == "over" else "at least",
                             stated.value)
        elif stated.rule == "over" and stated.high != _INF and unit == "percent":
            stated = Reading(stated.value, _INF, False, False, unit, "over", stated.value)
        if rest and words.measure == asked:
            stated = Reading(100 - stated.high, 100 - stated.low, stated.high_closed, stated.low_closed, unit,
                             stated.rule, 100 - stated.value if stated.value is not None else None)
        n = m.one("n")
        a, b = (lead_at + no.start() if no else n.start), n.end
        for t in figures:
            if words.threshold and t is not n and re.search(words.threshold, t.words.lower()) and \
                    0 <= t.start - n.end <= 40:
                b = t.end  # "zero of a possible 27": the scale's top is part of the figure, no claim of its own
        inside = re.compile(r"(?i)(?:could|can)(?:\s+not|not|n't) (?:be )?managed?").search(s.text, b, s.end)
        if rest or words.measure == "staff_workload_unmanageable_pct" and inside:
            # the negation the share was turned by, or that the measure's words hold ("could not be managed"), is
            # part of the reading
            neg = re.compile(r"(?i)\bnot\b|n't\b").search(s.text, b, s.end)
            b = neg.end() if neg else b
        return [Part(a, b, s.text[a:b], "provider figure", ProviderFigure(pid, words.measure, stated))]
    return None


_NONE_OF = re.compile(r"(?i)\b(?:none|not one|not a single one|not a single(?:\s+point\s+out)?)\s+of\s+"
                      r"(?:the|a\s+possible|its)?\s*$")
_ONE_OF = re.compile(r"(?i)(?<!not\s)\ba\s+single\s+point\s+(?:out\s+)?of\s+(?:the|a\s+possible|its)?\s*$")


def _key_question(s: Sentence, n: Tag, complement: bool = False) -> str | None:
    """The one key question a share of cases is of: the stage the sentence names ("assessment") and the aim the
    figure's own clause names ("keeping people safe"), or the sentence's if the clause names none. None when
    two stages or two aims are named, or the sentence speaks of cases done badly (its share is the rest) --
    unless ``complement``, where one plain "not" is read: the caller takes the rest of the share."""
    from .measure_words import KEY_QUESTION_MEASURES

    measures = [w.measure for w in s.memo["provider measures"] if w.measure in KEY_QUESTION_MEASURES]
    if not measures:
        return None
    cuts = [s.start, *(s.start + m.start() for m in re.finditer(r"[,;:]", s.text[s.start: s.end])), s.end]
    lo = max(c for c in cuts if c <= n.start)
    hi = min((c for c in cuts if c >= n.end), default=s.end)
    clause = s.text[lo:hi].lower()
    bad = re.compile(r"\b(?:not|insufficient\w*|poor\w*|fail\w*|too few|too little|never|no)\b|n't\b")
    said_badly = []
    for a, b in zip(cuts, cuts[1:], strict=False):
        # "In two-thirds of cases, assessment did not focus enough on ...": the clause that says how the cases
        # were done may follow the figure's; one that holds a figure of its own speaks of that one, and one
        # before it ("especially poor in delivery, where only 22 per cent did enough") sets the scene
        if a < lo:
            continue
        other = a != lo and re.search(r"\d|\b(?:half|third|quarter|fifth|per cent)\b", s.text[a:b].lower())
        if not other:
            said_badly += bad.findall(s.text[a:b].lower())
    if said_badly and not (complement and len(said_badly) == 1 and said_badly[0] in ("not", "n't")):
        return None
    stages = {m.split("_")[0] + "_" + m.split("_")[1] for m in measures}
    if len(stages) > 1:
        # "work to assess risk ... was poor in implementation and delivery, where only 22 per cent ...": the stage
        # of the figure's own clause, else of the nearest clause before it that names one
        from .measure_words import KEY_QUESTION_STAGES

        for a, b in reversed([(c, d) for c, d in zip(cuts, cuts[1:], strict=False) if c <= lo]):
            near = {st for st in stages if re.search(KEY_QUESTION_STAGES[st], s.text[a:b].lower())}
            if near:
                stages = near
                break
    if len(stages) != 1:
        return None
    aims = {m.split("_", 2)[2] for m in measures}
    if len(aims) > 1:
        from .measure_words import KEY_QUESTION_AIMS

        aims = {a for a in aims if re.search(KEY_QUESTION_AIMS[a], clause)}
    return f"{stages.pop()}_{aims.pop()}" if len(aims) == 1 else None


_TIME_WORDS = re.compile(r"(?i)^(?:months?|years?|weeks?|days?|hours?|minutes?)$")


# Before a span that sets the period a claim is about ("in the past 12 months"), not a claim itself.
_PERIOD_BEFORE = re.compile(r"(?i)^(?:the|past|last|previous|next|first|over|within|during|for|every|each|a|per)$")


def _time(m: Match, s: Sentence) -> list[Part] | None:
    nxt = m.one("t")
    if nxt is None or not _TIME_WORDS.match(nxt.words):
        return None
    before = m.tags[m.first - 1].words if m.first else ""
    after = m.tags[m.last].words if m.last < len(m.tags) else ""
    if _PERIOD_BEFORE.match(before) or after.lower() in ("ago", "earlier", "old"):
        return []
    # "six weeks after the report", "spent two weeks inspecting": a duration, which the data do not hold
    a, b, phrase = _span(m, s)
    return [Part(a, b, phrase, "refused", problem="a span of time: the data hold no durations")]


_PLACE_WORDS = re.compile(r"(?i)^(?:counties|county|boroughs|towns|cities|local\s+authorities|council\s+areas|"
                          r"police\s+force\s+areas|districts|nations|countries)$")


def _places(m: Match, s: Sentence) -> list[Part] | None:
    """'in the four counties', 'across five boroughs': the geography a unit covers, which the data do not hold
    and reporting states as description, not as a finding."""
    nxt = m.one("t")
    if nxt is None or not _PLACE_WORDS.match(re.sub(r"\s+", " ", nxt.words)):
        return None
    return []


def _unheld(m: Match, s: Sentence) -> list[Part] | None:
    a, b, phrase = _span(m, s)
    what = m.words("j")
    return [Part(a, b, phrase, "refused", problem=f"a figure about {what}: the data hold no such figure")]
