"""Builders of when a unit was inspected or its report published: "X was inspected in January", "the report,
published on 26 September 2018", "the reports on A and B were published on ...", "all four reports came out on
30 March 2023"."""

from __future__ import annotations

from . import lazy_re as re
from . import vocabulary as vocab
from .matcher import Match
from .quantifiers import interpret as _interpret
from .readings import InspectionDate, Part, ProviderRating
from .shape_parts import _PAST, Sentence, _column, _group_of, _ratings, _subject

_MONTH_NAME = re.compile(r"(?i)\b(?:" + "|".join(vocab.MONTHS) + r")\b")
_MONTHS = {m: i for i, m in enumerate(vocab.MONTHS, start=1)}
# ("between 7 and 11 November": a range of days, its month the date's, no day of it)
_DAY_RANGE = re.compile(r"[0-9]\s*(?:-|\u2013|\u2014|to|and)\s*[0-9]")
# ("on Thursday 30 March 2023", "in late March", "at the end of March": the month, the words about it aside)
# (or in brackets, with the report's verb: "X (report published June 2025) was ...")
_MONTH_IN = re.compile(r"(?i)(?:\b(?:in|on|during|last|between|from|at)\s+(?:[a-z]+day,?\s+)?"
                       r"(?:(?:early|late|mid-?|the\s+(?:end|start|beginning|middle)\s+of)\s*)?"
                       r"|\(\s*(?:[a-z]+day,?\s+)?"
                       r"|(?<=\()report\s+(?:published|released|issued)\s+)"
                       r"(?:[0-9]{1,2}(?:st|nd|rd|th)?\s*(?:-|\u2013|\u2014|to|and)\s*)?"
                       r"(?:([0-9]{1,2})(?:st|nd|rd|th)?\s+)?(" + "|".join(_MONTHS) + r")(?:\s+((?:19|20)[0-9]{2}))?\b")


_YEAR_IN = re.compile(r"\s*(?:(?:the|it|them|us|(?:[\w'&,-]+\s+){1,6}?(?:CRC|PDU|division))\s+)?"
                      r"in\s+((?:19|20)[0-9]{2})\b(?![-/\u2013]\d)")


# A season's months (spring to autumn; winter straddles two years): a season is a date too loose for a day.
_SEASONS = {"spring": (3, 4, 5), "summer": (6, 7, 8), "autumn": (9, 10, 11)}
_SEASON_IN = re.compile(r"(?i)\b(?:in|during)\s+(?:the\s+)?(spring|summer|autumn)"
                        r"(?:\s+(?:of\s+)?((?:19|20)[0-9]{2}))?\b")


# a month right after a rating verb and its rating dates the rating (the report), not the inspection words after it
_RATED_THEN = re.compile(r"(?i)\b(?:rated|judged|graded|c(?:ame|omes?)\s+out)\s+(?:as\s+)?['\u2018\"]?[a-z ]{4,25}"
                         r"['\u2019\"]?\s*$")


# ("when inspectors visited in July 2018", "rated R after fieldwork that began in June 2025": the unit's visit)
_WHEN_VISITED = re.compile(r"(?i)(?:\b(?:when|as|while)\s+(?:the\s+)?inspectors|\b(?:after|following)"
                           r"(?:\s+(?:the|its|a))?)\s+$")
_IN_A_REPORT = re.compile(r"(?i)\bin\s+(?:a|an|its|the|their)\s+(?:new\s+|latest\s+|recent\s+)?$")


def _inspection_date(m: Match, s: Sentence) -> list[Part] | None:
    """'X was inspected in January', 'the report, published on 26 September 2018', 'a report published today
    (3 July 2019)': the month (and year, and day if said)."""
    last = m.one("last")
    if last is not None and not re.fullmatch(r"(?i)(?:last|previous)\s+inspection", last.words):
        return None  # a change word; only "our last inspection in 2022" dates an inspection
    a, b = m.tags[m.first].start, m.tags[m.last - 1].end
    stop = s.text.find(";", b, s.end)
    when = _MONTH_IN.search(s.text, a, min(s.end if stop < 0 else stop, b + 120))
    i_at = next((t.start for t in m.tags[m.first: m.last] if t.code == "I"), None)
    if when is not None and i_at is not None and when.end() <= i_at and \
            any(t.code == "I" and t.end <= when.start() for t in s.tags) and \
            re.search(r"\b(?:and|but|while|whereas)\b", s.text[when.end(): i_at]):
        # "started the work in X on 28 October 2019 and the report came out in March 2020": the report's month is
        # the one after its own words, the first another clause's (the visit's, whose words come before it)
        when = _MONTH_IN.search(s.text, i_at, min(s.end if stop < 0 else stop, b + 120))
    bare = season = None
    if when is None:
        season = _SEASON_IN.search(s.text, a, min(s.end if stop < 0 else stop, b + 120))  # as a month
    if when is None and season is None:
        # "it was last inspected in 2018": a year alone, right after the inspection words
        i_end = max(t.end for t in m.tags[m.first: m.last] if t.code == "I" or t is last)
        after_i = [t for t in m.tags[m.first: m.last] if t.start >= i_end]
        bare = _YEAR_IN.match(s.text, after_i[0].start - 1 if after_i else i_end, s.end)
        if bare is None:
            # "On 9 February 2023 the inspectorate published its report", "Yesterday (29 April 2025) HMIP
            # published ...": the date opening the clause, before the inspection words
            # (not across a rating or a round: "from R1 in May 2022 to R2 at its 2024-25 inspection" dates R1)
            before = [w for w in _MONTH_IN.finditer(s.text, max(s.start, a - 60), a)
                      if not re.search(r"[;.]", s.text[w.end(): a])
                      and not any(t.code in "RY" and w.end() <= t.start < a for t in s.tags)]
            if not before or before[-1].group(3) is None:
                return None
            when, a = before[-1], before[-1].start()
    if when is not None and _RATED_THEN.search(s.text, max(s.start, when.start() - 60), when.start()):
        return None  # "X, rated Inadequate in October 2024, was inspected for the first time": the rating's month
    end = max(when.end(), b) if when is not None and when.start() < m.tags[m.first].start else \
        when.end() if when is not None else season.end() if season is not None else bare.end()
    # ("rated R after fieldwork that began in June 2025": the visit itself, dated)
    words = re.sub(r"^(?:after|following)\s+(?:(?:the|its|a)\s+)?(?=fieldwork|inspection|visit)", "",
                   s.text[a: end].lower())
    if re.search(r"\b(?:not|never|until|before|after|since|would|will|next|due|expected|planned)\b", words):
        return None
    subject = m.one("s")
    together: list[str] = []
    if subject is None:
        # "inspected the North West division ... in January", "an inspection of Merseyside CRC in January"
        named = [t for t in m.tags[m.last: m.last + 2] if t.code in "PA"]
        subject = named[0] if named else None
        i_at = next((t.start for t in m.tags[m.first: m.last] if t.code == "I"), a)
        before = {str(t.value): t for t in s.tags[: m.first] if t.code == "P"} or \
            {str(t.value): t for t in s.tags[: m.first] if t.code == "A"}
        if subject is None and len(before) == 1 and (_IN_A_REPORT.search(s.text, max(s.start, i_at - 30), i_at) or
                                                     _WHEN_VISITED.search(s.text, max(s.start, i_at - 30), i_at)):
            # "Surrey PDU was rated Inadequate in a report published in February 2024": the unit rated, its report;
            # "X had 8,136 people on its books when inspectors visited in July 2018": the unit's visit
            subject = next(iter(before.values()))
        elif subject is None and m.first >= 2 and s.tags[m.first - 1].words in (",", "(") and \
                s.tags[m.first - 2].code == "P" and s.tags[m.first].code in "IwB":
            # "Barking, Dagenham and Havering, reported on in December 2022, was ...", "X (report published June
            # 2025) was ..."
            subject = s.tags[m.first - 2]
        others = {str(t.value) for t in s.tags if t.code == "P"} - {s.subject}
        if subject is None and others and _ALONGSIDE.match(s.text, end, s.end):
            # "The report appeared in May 2023, alongside those for A, B and C": the text's report, and theirs
            together = [str(t.value) for t in s.tags if t.code == "P" and t.start >= end]
        elif subject is None and others:
            return None  # "their reports were published in October", after other units named: theirs, not the text's
    ours = re.search(r"(?i)\b(?:our|its|this)\s+(?:(?:last|previous|first|latest|most\s+recent)\s+)?inspection\s+in\s+"
                     r"(?:19|20)\d\d\b", s.text[a: max(end, b)])
    if subject is None and bare is not None and not ours:
        # "the 17 PDU reports we published in 2022": a year alone dates a named unit's inspection only, or the text's
        # own ("our last inspection in 2022")
        return None
    i_tag = next((k for k in range(m.first, m.last) if s.tags[k].code == "I"), None)
    if subject is None and i_tag is not None and not any(t.code in "PA" for t in s.tags) and any(
            t.code == "S" and k and s.tags[k - 1].code in "NQ" and all(x.code in ",Q" for x in s.tags[k + 1: i_tag])
            for k, t in enumerate(s.tags[: i_tag])):
        return None  # "The three West Midlands units, all reported on in August 2022, ...": theirs, not the text's
    pid = _subject(subject, s)
    if pid is None:
        return None
    pids = list(dict.fromkeys([*_listed_before(s.tags, subject), pid, *together]))
    # "the report came out in March", not "the inspection was carried out in November"
    # (the words before the span too: the span may start at "out in" itself)
    # ("its previous inspection, reported in February 2023": the report's month)
    column = "published" if re.search(r"\b(?:publish|released|issued|reported\s+(?:in|on)\b|reports?\s+appeared|"
                                      r"appeared\s+(?:in|on)\b|made\s+public|\bc(?:ame|omes?)\s+out\b|"
                                      r"(?<!carried\s)(?<!set\s)(?<!laid\s)"
                                      r"out,?\s+(?:in|on))",
                                      s.text[max(s.start, a - 8): max(end, b)].lower()) else "fieldwork_start"
    if column == "fieldwork_start" and not _VISITED.search(s.text, s.start, max(end, b)) and \
            _RATED_AT.search(s.text, s.start, max(end, b)):
        column = "inspection"  # "rated R at its inspection, in September 2018": the visit's month or the report's
    if column == "fieldwork_start" and re.search(r"\bfollowed\s+in\b", s.text[max(s.start, a - 8): max(end, b)]):
        column = "inspection"  # "A's report came out in January; B followed in March": B's visit or report
    if season is not None:
        year = int(season.group(2)) if season.group(2) else None
        dates = [InspectionDate(p, column, None, year, months=_SEASONS[season.group(1).lower()]) for p in pids]
    elif when is None:
        dates = [InspectionDate(p, column, None, int(bare.group(1))) for p in pids]
    else:
        year = int(when.group(3)) if when.group(3) else None
        # a range of days ("between 7 and 11 November") names its month, not one day of it
        ranged = _DAY_RANGE.search(when.group(0))
        day = int(when.group(1)) if when.group(1) and year and not ranged else None
        dates = [InspectionDate(p, column, _MONTHS[when.group(2).lower()], year, day) for p in pids]
    return [Part(a, end, s.text[a: end], "inspection date", d) for d in dates]


# A rating said at the inspection, before its month ("rated Requires improvement at both of its inspections, in
# September 2018 and June 2020"): the month may be the rating's, its report's; "an inspection in May found ..." is
# the visit's
_RATED_AT = re.compile(r"(?i)\b(?:rated|judged|graded)\b[^.;]*\b(?:at|in)\s+(?:both\s+of\s+)?(?:its|their|the)\s+"
                       r"(?:\w+\s+)?inspections?\b")


# Words that date the visit itself, not the report: "inspected in", "visited", "the fieldwork", "carried out"
_VISITED = re.compile(r"(?i)\b(?:inspect(?:ed|ing|s)?|visit(?:ed|ing|s)?|fieldwork|carried\s+out|took\s+place|"
                      r"went\s+in|on\s+site|spent)\b")


_ALONGSIDE = re.compile(r"\s*,?\s*(?:alongside|along\s+with|together\s+with|at\s+the\s+same\s+time\s+as)\s+"
                        r"(?:those|one|that|the\s+reports?|reports?)\s+(?:for|on|of|into)\b", re.I)


_LAST_MONTH_AFTER = re.compile(r"(?i)['\u2019\"]?\s*(?:overall\s+)?(?:last|this\s+past)\s+(" + "|".join(_MONTHS) +
                               r")\b")
# (or a timeline's entry: "March 2023 - X is rated R", "May 2022: X rated R")
_MONTH_OPENING = re.compile(r"(?i)(?:\b(?:in|on)\s+|(?<![\w,]\s)(?<![\w,]))(?:([0-9]{1,2})(?:st|nd|rd|th)?\s+)?(" +
                            "|".join(_MONTHS) + r")\s+((?:19|20)[0-9]{2})\s*(?:,|\s[-\u2013\u2014]|:)?\s*(?:the\s+)?$")
_MONTH_AFTER_RATING = re.compile(r"['\u2019\"]?\s*(?:[-\u2013\u2014,]\s*)?(?:overall\s+)?(?:in|on)\s+"
                                 r"(?:([0-9]{1,2})(?:st|nd|rd|th)?\s+)?("
                                 + "|".join(_MONTHS) + r")\s+((?:19|20)[0-9]{2})\b", re.I)


_MONTH_AFTER_LINE = re.compile(r"['\u2019\"]?\s*,\s*(?:([0-9]{1,2})(?:st|nd|rd|th)?\s+)?(" + "|".join(_MONTHS)
                               + r")\s+((?:19|20)[0-9]{2})\s*(?:[.;]|$)", re.I)
# a rating's own words and then its month: "an 'Inadequate' rating in July 2023", "by inspectors in April 2019",
# "for its work with victims in February 2019" (lower-case words only: no other unit, figure or clause between)
_MONTH_AFTER_GAP = re.compile(r"['\u2019\"]?(?:\s+(?:[a-z]+|'s)){0,7}?\s+(?:in|on)\s+"
                              r"(?:([0-9]{1,2})(?:st|nd|rd|th)?\s+)?(?i:(" + "|".join(_MONTHS) + r"))\s+"
                              r"((?:19|20)[0-9]{2})\b")
# a report named by its month: "its December 2018 report", "the November 2018 inspection", "its report of July 2019"
# (groups as the other month patterns': day (none), month, year; then whether the inspection is named)
_REPORT_OF_MONTH = ((re.compile(r"(?i)\b(?:its|the|their)\s+()(" + "|".join(_MONTHS) + r")\s+((?:19|20)[0-9]{2})\s+"
                                r"(?:(inspection)(?!\s+report)|(?:inspection\s+)?report)\b"), None),
                    (re.compile(r"(?i)\breport\s+(?:of|dated)\s+()(" + "|".join(_MONTHS) +
                                r")\s+((?:19|20)[0-9]{2})\b"), "published"),
                    # ("inspectors found in August 2018": on the visit; "concluded", on the visit or in the report;
                    # "reported", in the report)
                    *((re.compile(r"(?i)\b(?:inspectors|the\s+inspectorate|HMIP)\s+" + verbs + r"\s+in\s+()(" +
                                  "|".join(_MONTHS) + r")\s+((?:19|20)[0-9]{2})\b"), column)
                      for verbs, column in (("found", "fieldwork_start"), ("concluded", "inspection"),
                                            ("reported", "published"))))
# words that make the month another event's: "rated Good, and the report that followed in May", "rated Good after
# a visit in March", "since", "until", "before"
_NOT_THE_RATINGS = re.compile(r"(?i)\b(?:and|but|while|after|before|since|until|when|which|who|that|followed|"
                              r"previous|last|next|earlier|later|plan|planned|due|expected)\b")
_SEASON_AFTER = re.compile(r"(?i)['\u2019\"]?\s*(?:(?:in|during)\s+(?:the\s+)?|,\s*)(spring|summer|autumn)"
                           r"\s+(?:of\s+)?((?:19|20)[0-9]{2})\b")


def rating_months(text: str, parts: list[Part], start: int = 0, end: int | None = None) -> list[Part]:
    """'X was rated Inadequate in June 2023', 'A and B were all rated R in June 2023': a month and year right after
    a unit's rating date it, a claim of its own about when the report came out (its ``published`` month) that no
    inspection-date shape read (no inspection word); so does the month that names its report ("its December 2018
    report") in the sentence (text[start:end]) rating it."""
    end = len(text) if end is None else end
    # (a fieldwork month read already leaves the report's month to be read: "whose fieldwork began in January
    # 2020, was rated R in July 2020")
    dated = {p.reading.provider for p in parts if isinstance(p.reading, InspectionDate)
             and p.reading.column != "fieldwork_start"}
    out = []
    for p in parts:
        r = p.reading
        when = _MONTH_AFTER_RATING.match(text, p.end) if isinstance(r, ProviderRating) else None
        opening = None
        if when is None and isinstance(r, ProviderRating) and all(isinstance(q.reading, ProviderRating) for q in parts):
            # "In September 2024, X was rated Inadequate": the month opening the sentence dates its ratings
            when = opening = _MONTH_OPENING.search(text, max(0, p.start - 40), p.start)
            before = text[max(0, when.start() - 10): when.start()].rstrip(" \t\"'\u201c\u2018") if when else ""
            if before and before[-1] not in ".!?\n;" and not before.lower().endswith(" that"):  # ("said that in ...")
                when = opening = None
        last = _LAST_MONTH_AFTER.match(text, p.end) if when is None and isinstance(r, ProviderRating) else None
        if last is not None and r.provider not in dated and _RATED_THEN.search(text, p.start, p.end) is not None:
            # "rated Requires improvement last December": the month of its report, whose year the text's date gives
            date = InspectionDate(r.provider, "published", _MONTHS[last.group(1).lower()], None)
            out.append(Part(last.start(), last.end(), text[last.start(): last.end()], "inspection date", date))
            dated.add(r.provider)
            continue
        listed = _MONTH_AFTER_LINE.match(text, p.end) if when is None and isinstance(r, ProviderRating) else None
        season = _SEASON_AFTER.match(text, p.end) if when is None and listed is None and \
            isinstance(r, ProviderRating) else None
        if season is not None and r.provider not in dated:
            # "rated Inadequate in autumn 2022", "- Inadequate, autumn 2022": the season its report came out in
            date = InspectionDate(r.provider, "published", None, int(season.group(2)),
                                  months=_SEASONS[season.group(1).lower()])
            out.append(Part(season.start(), season.end(), text[season.start(): season.end()], "inspection date", date))
            dated.add(r.provider)
            continue
        # ("Tameside PDU - Requires improvement, May 2023": a list's line dated after a comma, with no verb)
        when = when or listed
        gap = _MONTH_AFTER_GAP.match(text, p.end) if listed is None and isinstance(r, ProviderRating) and \
            not p.past and opening is None and (when is None or _RATED_THEN.search(text, p.start, p.end) is None) \
            else None
        named = None
        if gap is None and when is None and listed is None and isinstance(r, ProviderRating) and not p.past and \
                len({q.reading.provider for q in parts if isinstance(q.reading, ProviderRating)}) == 1:
            # "rated R in its December 2018 report", "its report of July 2019": the report named by its month, in a
            # sentence that rates one unit
            # ("the November 2018 inspection": the visit's month, as "its December 2018 report" is the report's)
            gap, named = next(((m, column or ("fieldwork_start" if m.group(4) else "published")) for pattern, column
                               in _REPORT_OF_MONTH for m in [pattern.search(text, start, end)] if m), (None, None))
        between = text[p.end: gap.start(1) if gap.group(1) else gap.start(2)] if gap is not None and named is None \
            else ""
        if gap is not None and r.provider not in dated and not _NOT_THE_RATINGS.search(between):
            # "given a Good rating by inspectors in April 2019", "rated R at its second inspection in November 2024":
            # the month of the rating's report, or of its inspection where the words between name the visit
            when, column = gap, "inspection" if _VISITED.search(between) else "published"
        elif when is None or r.provider in dated or listed is None and opening is None and \
                _RATED_THEN.search(text, p.start, p.end) is None:
            continue
        else:
            column = "published"
        day = int(when.group(1)) if when.group(1) else None
        if when is gap and named is not None:
            column = named  # "in its December 2018 report", "the report on the November 2018 inspection"
        date = InspectionDate(r.provider, column, _MONTHS[when.group(2).lower()], int(when.group(3)), day)
        out.append(Part(when.start(), when.end(), text[when.start(): when.end()], "inspection date", date,
                        dated=(date.year, date.month)))
        dated.add(r.provider)
    return out


def _listed_before(tags: list, subject) -> list[str]:
    """'The reports on A and B were published on ...', 'A, B and C were inspected in May': the units listed before
    the one the date is read for share it (the last of a list is the subject the shape finds)."""
    if subject is None or subject not in tags or subject.code != "P":
        return []
    out, k = [], tags.index(subject)
    while k >= 2 and (tags[k - 1].words == "," or tags[k - 1].words.lower() in ("and", "&")) and \
            tags[k - 2].code == "P":
        out.append(str(tags[k - 2].value))
        k -= 2
    if k >= 1 and tags[k - 1].code == "E":
        return []  # "Unlike A, B was inspected in May": a contrast, not a list
    return [p for p in dict.fromkeys(reversed(out)) if p != str(subject.value)]


_GROUP_REPORTS = re.compile(r"(?i)^(?:all|both|each)(?:\s+(?:of\s+)?(?:the\s+)?(\w+))?\s+(?:inspection\s+)?reports$")


def _reports_dated(m: Match, s: Sentence) -> list[Part] | None:
    """'All four reports came out on 30 March 2023', 'Both reports were published in March 2023': the report of
    each unit the neighbouring sentence names together (as many as the words say), dated."""
    head = " ".join(t.words for t in m.tags[m.first: m.tags.index(m.one("rep")) + 1])
    group = _GROUP_REPORTS.match(head)
    when = _MONTH_IN.search(s.text, m.one("rep").end, s.end)
    if group is None or when is None or when.group(3) is None or any(t.code in "XH" for t in s.tags):
        return None
    try:
        want = 2 if head.lower().startswith("both") else int(_interpret(group.group(1), "count").value) \
            if group.group(1) else None
    except ValueError:
        return None
    units = _group_of(s, want)
    verb = s.text[m.one("rep").end: when.start()].lower()
    if units is None or not re.search(r"\b(?:publish\w*|came\s+out|released|issued|out)\b", verb):
        return None
    a, b = m.tags[m.first].start, when.end()
    ranged = _DAY_RANGE.search(when.group(0))
    day = int(when.group(1)) if when.group(1) and not ranged else None
    return [Part(a, b, s.text[a: b], "inspection date", InspectionDate(
        pid, "published", _MONTHS[when.group(2).lower()], int(when.group(3)), day)) for pid in units]


_YEAR_OR_MONTH = re.compile(r"(?i)(?:(" + "|".join(_MONTHS) + r")\s+)?(20[0-4]\d)")


def _ratings_by_round(m: Match, s: Sentence) -> list[Part] | None:
    """'X was rated Requires improvement in 2018-19 and Good in 2019-20', '... Inadequate in May 2022 and Requires
    improvement in 2024': each rating at the inspection of the round, or the report's year or month, beside it."""
    mid = m.groups.get("mid", [])
    if not any(t.code in "BV" for t in mid) or any(t.code in "XH" for t in mid) or _PAST.search(m.words("mid")):
        return None
    if not all(t.words.lower() in ("in", "for", "and", ",", "but", "then") for t in m.tags[m.first: m.last]
               if t.code in "w," and t is not m.one("y") and t is not m.one("y2")):
        return None
    pid = _subject(m.one("s"), s)
    column = _column(m, s, ("mid",))
    if pid is None or column is None:
        return None
    out = []
    for r, y in (("r", "y"), ("r2", "y2")):
        rt, yt = m.one(r), m.one(y)
        rating = ProviderRating(pid, column, _ratings(rt))
        if yt.code == "Y" and yt.value:
            out.append(Part(rt.start, yt.end, s.text[rt.start: yt.end], "provider-rating", rating,
                            rounds=(str(yt.value),), round_how="written beside the rating", round_sure=True))
            continue
        date = _YEAR_OR_MONTH.fullmatch(yt.words) if yt.code == "w" else None
        if date is None:
            return None
        month = _MONTHS[date.group(1).lower()] if date.group(1) else None
        out.append(Part(rt.start, yt.end, s.text[rt.start: yt.end], "provider-rating", rating,
                        dated=(int(date.group(2)), month)))
    return out
