"""Builders of the shapes that read ratings: a provider's rating overall or on a standard, ratings said of
several units together, a place on the rating scale, "the only" or "the first" (its standards:
build_standards.py; its change since the previous inspection: build_changes.py; shapes.py holds the table that
names them)."""

from __future__ import annotations

from . import lazy_re as re
from .build_named import _headline_rating
from .matcher import Match
from .rating_context import rated_for_other
from .readings import (
    Change,
    Part,
    ProviderRating,
    StandardsCount,
)
from .shape_parts import (
    _PAST,
    UNCLEAR_COLUMN,
    Sentence,
    _also_for,
    _backshifted,
    _closes_aside,
    _column,
    _count,
    _group_of,
    _intended,
    _population,
    _rated_standards,
    _rating_before,
    _ratings,
    _span,
    _subject,
)
from .tag_type import Tag
from .unit_facts import unit_kind as _unit_kind

# --- builders --------------------------------------------------------------------------------------------------


_FRONTED_NOT = re.compile(r"(?i)at\s+no\s+(?:point|time|stage)|on\s+no\s+occasion|never")


def _provider_rating(m: Match, s: Sentence) -> list[Part] | None:
    mid = m.words("mid")
    if m.groups.get("gap") and not _FRONTED_NOT.fullmatch(m.words("neg")):
        return None  # a negation words before the verb: only a fronted one ("at no point did HMIP give X R") is its
    if "pre" not in m.groups and m.first > 1 and m.tags[m.first - 1].code == "V" and \
            (m.tags[m.first - 2].code == "X" or any(t.code == "X" and _FRONTED_NOT.fullmatch(t.words)
                                                     for t in m.tags[max(0, m.first - 7): m.first - 1])):
        return None  # "did not rate the CRC 'requires improvement'": the object shape reads it, negation and all
    if m.first >= 3 and m.tags[m.first - 1].words == "," and m.tags[m.first - 2].code == "P" and \
            m.tags[m.first - 3].code == "E":
        return None  # "Unlike A, B was rated Good": the contrast shape reads both
    after = []
    for t in m.tags[m.last: m.last + 7]:
        if t.code in ",BVR" or t.code == "w" and t.words.lower() in ("but", "and", "while", "although", "though"):
            break
        after.append(t)
    # "in all four areas": areas of its work, as standards are
    if any((t.code == "Z" or t.code == "S" and t.words.lower() in ("areas", "area")) and
           not (i == 0 and (t.words.lower() == "category" or m.tags[m.last - 1].code == "T"))
           for i, t in enumerate(after)) or any(t.code == "Z" for t in m.groups.get("mid", [])):
        # "rated Good on three standards", "had more standards rated Outstanding": its standards, not the overall
        # rating ("placed in the 'Inadequate' category" is the rating)
        return None
    if any(t.code == "T" for t in after) and not m.has("after", "T") and \
            not any(t.code == "K" for t in m.tags[m.first: m.last]):
        # "rated Good in the area of leadership": a standard named further after the rating, which it may be of
        a, b, phrase = _span(m, s)
        return [Part(a, b, phrase, "provider-rating", problem="a standard named after the rating: its rating or "
                     "the overall one")]
    if rated_for_other(after, m) is not None:
        a, b, phrase = _span(m, s)
        return [Part(a, b, phrase, "provider-rating", problem="a rating for an area of the work the data hold no "
                     f"rating of ('{rated_for_other(after, m)}'), or the overall one: the readings differ")]
    r_tag = m.one("r")
    nxt = m.tags[m.tags.index(r_tag) + 1] if r_tag in m.tags and m.tags.index(r_tag) + 1 < len(m.tags) else None
    if [t.words.lower() for t in m.groups.get("mid", []) if t.code != "h"] in (["has"], ["have"], ["had"]) and \
            r_tag.words[:1].islower() and nxt is not None and nxt.code in "TwJ" and nxt.start - r_tag.end <= 1:
        return None  # "has inadequate staffing levels", "has outstanding issues": an adjective, no rating
    # "X requires improvement" is a verb; in "rated the standard at X as 'Requires improvement'" a rating's name
    verbal = re.match(r"(?i)requires?|needs?|needing|requiring|told|ordered|urged", m.one("r").words) and \
        not (m.words("mid").lower() == "as" and m.first > 0 and m.tags[m.first - 1].words.lower() in ("at", "of"))
    at = m.tags.index(r_tag)
    k = next((k for k in range(at - 1, m.first, -1) if m.tags[k].code not in "BVh"), m.first)
    if k > m.first and re.fullmatch(r"(?i)case.supervision", m.tags[k].words) and not m.has("after", "T"):
        return None  # "In X, case supervision was judged Inadequate": its casework's, no rating of the unit
    # "Lambeth PDU: Inadequate", "Surrey: Inadequate, report out in June": a list's line, rated up to a comma
    cut = next((j for j in range(at + 1, len(m.tags)) if m.tags[j].code == ","), len(m.tags))
    # (or "Tameside PDU (Greater Manchester) - Inadequate": a dash, and a place in brackets before it)
    listed = at >= 2 and m.tags[at - 1].words in (":", "-", "\u2013", "\u2014") and r_tag.words[:1].isupper() and \
        (m.tags[at - 2] is m.one("s") or m.tags[at - 2].words == ")" and bool(m.groups.get("aside"))) \
        and all(t.code in "KY" for t in m.tags[at + 1: cut])
    # "Wigan PDU Inadequate in 2022-23.", "NPS London Good, ...": a wire's or a list's clause of a name and a rating
    bare = not m.groups.get("mid") and r_tag.words[:1].isupper() and m.first == 0 and \
        all(t.code == "Y" or t.words.lower() in ("in", "during", "for") for t in s.tags[at + 1: cut])
    if not (m.has("mid", "B") or m.has("mid", "V") or m.has("pre", "V") or m.has("mid", "X")
            or m.has("after", "V") or verbal or listed or bare or _headline_rating(m, s)):
        return None  # a name beside a rating word with no verb between: not a statement of its rating
    subject = m.one("s")
    if subject is not None and subject in m.tags and _closes_aside(m.tags, m.tags.index(subject)):
        return None  # "X, one of five PDUs in the Y region, was rated R": X's rating, read without the aside
    if subject is not None and subject in m.tags:
        i = m.tags.index(subject)
        rest = m.tags[i + 1: i + 3]
        possessive = subject.words.lower() in ("its", "their") or (rest and rest[0].words.lower() in ("s", "'s"))
        following = [t for t in m.tags[i + 1: i + 5] if t.words.lower() not in ("s", "'s") and t.code != "Y"]
        # "its case supervision was judged inadequate" is no rating of the unit; "the CRC's management of
        # information and facilities" names a standard, which the rating is of
        named_standard = m.has("mid", "T") and any(x.code == "T" for x in m.tags[i + 1: i + 6])
        # "X's latest rating is R", "its first rating": the rating at one of its inspections (which_round.py)
        dated = len(following) > 1 and re.fullmatch(r"(?i)latest|current|first|new|standing|present|existing",
                                                    following[0].words) and \
            following[1].code in "VKI"
        # "X's performance was rated R", "its work was judged Good", "X's national arrangements": its overall rating
        # ("HMPPS's national inspection of April 2025 was rated R": the unit's rating at it)
        said = " ".join(t.code if t.code in "BVI" else t.words.lower() for t in m.tags[i + 1: i + 7]
                        if t.words.lower() not in ("s", "'s"))
        whole = bool(re.match(r"(?:(?:national|overall|latest|last) )?(?:performance|work|arrangements|I(?: [a-z]+ "
                              r"\d{4})?) [BV]", said))
        # ("its case supervision was rated inadequate for assessment, planning, ...": the standards named after)
        listed = m.groups.get("after", [])[:1]
        listed = bool(listed) and listed[0].words.lower() in ("for", "on", "in", "across") and m.has("after", "T")
        if possessive and not (following and following[0].code in "TVKI" or named_standard or dated or whole or
                               listed):
            return None  # "its case supervision was judged inadequate": a rating of something the provider has
    pid = _subject(subject, s)
    a, b, phrase = _span(m, s)
    if pid is None:
        return [Part(a, b, phrase, "provider-rating", problem="the subject (\"the CRC\", \"it\") is not named in "
                     "the text")]
    k = m.first
    if k >= 2 and m.tags[k - 1].words.lower() in ("of", "at") and m.tags[k - 2].code == "S" and \
            re.fullmatch(r"(?i)services", m.tags[k - 2].words):
        # "the services of X were rated R": its services standard, or its work as a whole: the two readings differ
        return [Part(a, b, phrase, "provider-rating", problem="'the services of' a unit: the services standard "
                     "or its work as a whole")]
    head = _before_unit(m, s)
    if head is not None and not m.has("mid", "T") and not m.has("after", "T"):
        standards = {str(t.value) for t in head if t.code == "T"}
        if len(standards) == 1:
            # "Information and facilities at the CRC were outstanding", "Assessment work at X", "the reviewing of
            # cases at X": the standard named before the unit
            first = head[0].start
            return [Part(first, b, s.text[first: b], "provider-rating",
                         ProviderRating(pid, standards.pop(), _ratings(m.one("r"))))]
        if standards or any(t.words.lower() not in _WHOLE_WORK for t in head):
            # "Case supervision at X was rated Inadequate", "Management at X": something of the unit's, which may
            # be no standard of its own, rated: not its overall rating
            return [Part(a, b, phrase, "provider-rating", problem="the rating of something at the unit, not of "
                         "the unit")]
    said = re.sub(r"\bhad\b", "", mid) if _backshifted(s) else mid  # "inspectors said it had been rated ..."
    past = bool(_PAST.search(said)) and not m.has("mid", "H") and not _intended(mid)
    if past:
        # "it was last rated Inadequate in 2022": a rating had before, at the inspection the year names;
        # "previously rated Inadequate": at one before the one the text reports (which_round.py)
        column, denied = _column(m, s, ("mid", "after")), sum(1 for t in m.groups.get("mid", []) if t.code == "X")
        if column is None or denied > 1:  # ("had been spared an Inadequate verdict": one negation, read with it)
            return None
        return [Part(a, b, phrase, "provider-rating", ProviderRating(pid, column, _ratings(m.one("r")), bool(denied)),
                     past=True, earlier=True)]
    if m.has("mid", "H") or _PAST.search(said) or _intended(mid):
        return None  # a rating hoped for, expected or had before is not the rating given
    # "inspectors did not rate it Good", "stopped short of rating it Inadequate": a negation before the verb
    negations = sum(1 for g in ("mid", "neg") for t in _own_predicate(m.groups.get(g, [])) if t.code == "X")
    # "moved out of the Inadequate category" is not Inadequate; "failed to climb out of" it, a double negation
    negations += sum(1 for t in m.groups.get("mid", []) if t.code == "F" and t.words.lower() == "out of")
    own = [t for g in ("mid", "neg") for t in _own_predicate(m.groups.get(g, [])) if t.code in "XF"]
    if negations == 2 and len(own) == 2 and own[0].code == "X" and (
            _ESCAPING.search(own[1].words) or own[1].words.lower() == "out of"):
        # "did not escape an Inadequate rating", "failed to avoid it", "failed to climb out of" it: given
        negations = 0
    ratings = _ratings(m.one("r"))
    if m.one("r2") is not None:
        # "rated neither Good nor Inadequate": neither of the two
        if not (negations == 1 and m.words("mid").split()[-1:] == ["neither"] and m.words("nor") == "nor"):
            return None
        ratings = ratings + _ratings(m.one("r2"))
    if negations > 1:
        return [Part(a, b, phrase, "provider-rating", problem="a double negation")]
    listed = [str(t.value) for t in _rated_standards(m, s, ("mid", "after"))]
    if len(set(listed)) > 1 and not any(t.code == "K" for g in ("mid", "after") for t in m.groups.get(g, [])):
        # "rated Good for assessment and planning", "its leadership and staffing were Good": each standard named
        return [Part(a, b, phrase, "provider-rating", ProviderRating(pid, c, ratings, negated=negations == 1))
                for c in dict.fromkeys(listed)]
    column = _column(m, s, ("mid", "after"))
    if column is None:
        return [Part(a, b, phrase, "provider-rating", problem=UNCLEAR_COLUMN)]
    if negations == 1 and any(t.code == "X" and t.words.lower() == "no longer" for t in m.groups.get("mid", [])):
        # "no longer rated Inadequate": rated so at the inspection before, and not now
        return [Part(a, b, phrase, "change", Change(pid, "changed", before=ratings, column=column))]
    # "rated Inadequate overall and for leadership": the standards joined to the overall rating have it too
    also = [(b, column)] + [(t.end, str(t.value)) for t in (_also_for(m) if column == "overall" else [])]
    return [Part(a, e, phrase if e == b else s.text[a: e], "provider-rating",
                 ProviderRating(pid, c, ratings, negated=negations == 1)) for e, c in also]


def _rating_for(m: Match, s: Sentence) -> list[Part] | None:
    """'a Good rating for X': the rating named first, then the provider it is for."""
    link = m.tags[m.tags.index(m.one("s")) - 1].words.lower()
    if link not in ("for", "to", "of") or m.one("s").words.lower() in ("its", "their"):
        return None  # "Inadequate ratings for its casework": the rating of a part of its work, not of the unit
    pid = _subject(m.one("s"), s)
    if pid is None or any(t.code == "X" for t in s.tags[max(0, m.first - 3): m.first]):
        return None
    a, b, phrase = _span(m, s)
    no = m.first > 0 and s.tags[m.first - 1].code == "Q" and s.tags[m.first - 1].words.lower() in ("no", "not one")
    a, phrase = (s.tags[m.first - 1].start, s.text[s.tags[m.first - 1].start: b]) if no else (a, phrase)  # "No R ..."
    rest = s.tags[s.tags.index(m.one("s")) + 1:]
    if rest and rest[0].words.lower() in ("s", "'s", "\u2019s"):
        # "the Good ratings for the CRC's unpaid work and for its court work": the ratings of those standards
        columns = []
        for t in rest[1:]:
            if t.code == "T":
                columns.append(str(t.value))
            elif not (t.code == "," or t.words.lower() in ("and", "for", "its", "their", "the", "on")):
                break
        return [Part(a, t.end, s.text[a: t.end], "standard rating", ProviderRating(pid, c, _ratings(m.one("r"))))
                for c in dict.fromkeys(columns)] or None
    return [Part(a, b, phrase, "provider-rating", ProviderRating(pid, "overall", _ratings(m.one("r")), negated=no))]


_ESCAPING = re.compile(r"(?i)^(?:escap|avoid|dodg|evad|miss|sidestep|(?:keep|kept|stay|steer)\w*\s+(?:clear\s+of|off))")
_JOINED = re.compile(r"(?i)(?:and|but|yet|despite|with|while|though|although)(?:\s+(?:a|an))?")


def _rating_ellipsis(m: Match, s: Sentence) -> list[Part] | None:
    """', but Inadequate for reviewing': a rating without a verb after a provider's rating in the same sentence
    is that provider's too; so is '... and its planning Good', the standard first."""
    if m.one("r2") is not None:
        # (the unit named first: the rating before may be read by a shape later in the table)
        named = [t for t in s.tags[: m.first] if t.code in "PA"]
        pid = _subject(named[0], s) if named else None
        if pid is None or m.words("and2").lower() not in ("and", "but", "while", "yet", "whereas"):
            return None
        a, b, phrase = _span(m, s)
        return [Part(a, b, phrase, "rating ellipsis", ProviderRating(pid, str(m.one("t2").value),
                                                                     _ratings(m.one("r2"))))]
    # ("despite an Outstanding rating for reviewing", "with a Good rating for ...": the same unit's other standard)
    if m.one("and") is not None and not _JOINED.fullmatch(m.words("and")):
        return None
    if m.groups.get("mid") and m.groups["mid"][-1].code == "A" and m.groups["mid"][-1].words.lower() != "its":
        return None  # "..., praising its outstanding reviewing", not "their"
    at = m.tags[m.first + 1].start if m.one("and") is not None else m.tags[m.first].start
    # (or a count of its standards: "Inadequate on all four case supervision standards, yet Outstanding for ...")
    earlier = [p for p in s.parts if isinstance(p.reading, (ProviderRating, StandardsCount)) and p.end <= at]
    if not earlier or not m.groups.get("after"):
        return None
    pid = earlier[-1].reading.provider
    a, b, phrase = _span(m, s)
    columns = list(dict.fromkeys(str(t.value) for t in m.groups["after"] if t.code == "T"))
    if not columns and any(t.code == "K" for t in m.groups["after"]) and \
            getattr(earlier[-1].reading, "column", "") != "overall":
        columns = ["overall"]  # "rated Outstanding for unpaid work, but only Requires improvement overall"
    if not columns:
        return None
    return [Part(a, b, phrase, "rating ellipsis", ProviderRating(pid, c, _ratings(m.one("r")))) for c in columns]


def _others_named(m: Match, s: Sentence) -> list[Part] | None:
    """'The other two were Tameside PDU and Wigan PDU': the number counts the names listed after it."""
    got = _count(m.one("n"), s)
    if got is None or got[0].rule != "exact count":
        return None
    # every unit named after it in the sentence: "Kirklees PDU (rated 'Inadequate'), Sheffield PDU, rated ..., and
    # Hull and East Riding PDU": the asides between the names are skipped
    names, depth = 0, 0
    for t in m.tags[m.last:]:
        if t.words == ";":
            break
        depth += (t.words == "(") - (t.words == ")")
        names += t.code == "P" and depth == 0
    return [] if names == int(got[0].value) else None


def _object_as(m: Match, s: Sentence) -> list[Part] | None:
    """'Inspectors slammed the service as Inadequate', 'hailed the division as Good': a verb in the past that
    names the unit as the rating, read as 'rated' when the inspectors or their report say it (not after a
    negation or a change word)."""
    pre = m.one("pre")
    before = " ".join(t.words.lower() for t in s.tags[: m.first])
    if m.words("as") != "as" or not re.fullmatch(r"(?i)[a-z]{3,}ed", pre.words) or \
            any(t.code in "XHh" for t in s.tags[: m.first]) or \
            not re.search(r"\b(?:inspectors?|inspectorate|hmip|watchdog|report|chief inspector)$", before):
        return None  # (the inspectors' verdict; a union or an MP calling it inadequate is an opinion)
    return _provider_rating(Match(m.first, m.last, {**m.groups, "pre": [Tag("V", pre.start, pre.end, pre.words)]},
                                  m.tags), s)


def _providers_listed(m: Match, s: Sentence) -> list[Part] | None:
    names = [t for t in m.groups["ss"] if t.code in "PA"]
    # "A joins B and C at the bottom of the scale", "A alongside B ...": words that join units under one rating
    if any(t.code == "w" and t.words.lower() not in ("and", "&", "or", "joins", "joined", "join", "alongside")
           for t in m.groups["ss"]):
        return None
    if any(t.words.lower() == "or" for t in m.groups["ss"]):
        return None  # "A or B was rated Good": which one is not said
    if m.first > 0 and m.tags[m.first - 1].code == "E":
        return None  # "Unlike A, B was rated Good": a contrast, not a list (the exception shapes read it)
    if any(t.words == "," for t in m.groups["ss"]) and not any(t.words.lower() in ("and", "&") for t in m.groups["ss"]):
        return None  # "A, B was rated Good": an apposition or a contrast, not a list ending in "and"
    if re.match(r"(?i)\s*,\s*(?:which|who)\s+(?:was|is|has\s+been|had\s+been)\b", s.text[names[-1].end: s.end]):
        return None  # "A and B, which was rated R": the relative clause is the last one's (a shape of its own reads it)
    if re.match(r"(?i)\s*,\s*(?:which|who)\s+(?:was|is|has\s+been|had\s+been)\b", s.text[names[-1].end: s.end]):
        return None  # "A and B, which was rated R": the relative clause is the last one's (a shape of its own reads it)
    joined = any(t.words.lower() in ("joins", "joined", "join") for t in m.groups["ss"])
    pids = [_subject(t, s) for t in names]
    if joined and not m.groups.get("mid") and None not in pids:
        # "A joins B and C at the bottom of the scale", "it joins B ...": the verb that joins them is the statement's
        a, b, phrase = _span(m, s)
        return [Part(a, b, phrase, "provider-rating", ProviderRating(str(pid), "overall", _ratings(m.one("r"))))
                for pid in dict.fromkeys(pids)]
    if names[0].code == "A" or m.one("kind") is not None and _population(m.one("kind"))[0] not in (
            None, *{_unit_kind(p) for p in pids}) or len({_unit_kind(p) for p in pids}) > 1 and m.one("kind"):
        return None  # "it and B were rated ...": read only with a joining verb; "A and B PDUs": PDUs both
    parts = []
    for t in names:
        got = _provider_rating(Match(m.first, m.last, {**m.groups, "s": [t]}, m.tags), s)
        if got is None:
            return None
        parts.extend(got)
    return parts


def _own_predicate(mid: list[Tag]) -> list[Tag]:
    """The words of the rating's own predicate: after the last 'and' or 'but' that opens another verb ("X is failing
    to protect the public and has been rated R": the negation is of the first predicate, not the rating)."""
    cut = [i for i, t in enumerate(mid[:-1]) if t.code == "w" and t.words.lower() in ("and", "but", "yet")
           and mid[i + 1].code in "BVh"]
    return mid[cut[-1] + 1:] if cut else mid


def _clause_subject(m: Match, s: Sentence, opening_it: bool = False) -> list[Part] | None:
    """', ..., was rated Good': a rating after a clause that interrupts its subject ('X, which supervised
    3,000 people, was rated Good') belongs to the sentence's subject: the first provider named in it."""
    named = [t for t in s.tags[: m.first] if t.code in "PA"]
    if not named:
        return None
    if m.first > 0 and s.tags[m.first - 1].code == "P" and m.first + 1 < len(s.tags) and \
            s.tags[m.first + 1].words.lower() in ("which", "who"):
        return None  # "A and B are part of the X region, which was itself rated ...": the region's rating
    if m.first > 0 and m.first + 1 < len(s.tags) and s.tags[m.first + 1].words.lower() in ("which", "that") and \
            s.tags[m.first - 1].code not in "PA":
        return None  # "the CRC's Through the Gate work for people leaving prison, which was rated Good": not the CRC's
    first = named[0]
    # "A and B each received R1, while C, reported on the same day, was found R2": the unit the clause opened with
    opened = [k for k in range(1, m.first - 1) if s.tags[k].code == "P" and s.tags[k + 1].code == "," and not any(
        t.code == "R" for t in s.tags[k: m.first]) and s.tags[k - 1].words.lower() in ("while", "whereas", "but",
                                                                                     "though", "although", "whilst")]
    first = s.tags[opened[-1]] if opened else first
    at = m.tags[m.first].start
    rated = {p.reading.provider for p in s.parts if isinstance(p.reading, ProviderRating) and p.end <= at
             and not p.past}  # ("X, previously rated R1, is now rated R2": an earlier rating in the aside)
    if first.code == "P" and str(first.value) in rated:
        # "A was rated R; B fared worse, being rated R2": A's predicate is done, the later unit is the subject
        later = [t for t in named[1:] if t.code == "P" and str(t.value) not in rated]
        first = later[-1] if later else first
    # "The CRC, with 28,819 people on its books, was rated ...": a definite unit noun is as good as its name;
    # "it" or "its" opening a clause is not
    definite = first.code == "A" and bool(re.fullmatch(
        r"(?i)(?:the|this)\s+(?:crc|pdu|unit|division|organisation|company|probation\s+delivery\s+unit)",
        first.words.strip()))
    # ("It manages ... and was rated Inadequate": "it" opening the sentence is the subject of both its predicates)
    opens = opening_it and first is s.tags[0] and first.words.lower() == "it"
    if any(t.code in "SN" and t.start < first.start for t in s.tags[: m.first]) or \
            first.code == "A" and not (definite or opens):
        return None
    m2 = Match(m.first, m.last, {**m.groups, "s": [first]}, m.tags)
    return _provider_rating(m2, s)


_GROUP_WORDS = ("each", "both", "all", "the", "none", "neither")  # ("none of the three": each of them not so rated)


def _group_rating(m: Match, s: Sentence) -> list[Part] | None:
    """'Each was rated Requires improvement', 'all three units "require improvement"', 'the three PDUs were each
    rated Inadequate': the units a neighbouring sentence names together, each given the rating. Read only when
    that sentence names exactly as many units as the words say ("both": two)."""
    g = re.sub(r"\s+of(?:\s+the|\s+them)?$", "", m.words("g").lower())  # "each of the three PDUs"
    n_tag = m.one("n")
    if g not in _GROUP_WORDS or (g in ("all", "the", "none") and n_tag is None):
        return None
    if g == "the" and not any(t.words.lower() in ("each", "all", "both") for t in m.groups.get("mid", [])):
        return None  # "the three PDUs were rated ...": the words may count a part of a population, not a group
    want = 2 if g in ("both", "neither") else None
    if n_tag is not None:
        got = _count(n_tag, s)
        if got is None or got[0].rule != "exact count" or got[1] is not None:
            return None
        want = int(got[0].value)
    mid = m.groups.get("mid", [])
    if any(t.code in "XH" for t in mid):
        return None
    group = _group_of(s, want, m.first)
    if group is None:
        return None
    column = _column(m, s, ("mid", "after"))
    if column is None:
        return None
    a, b, phrase = _span(m, s)
    return [Part(a, b, phrase, "group rating", ProviderRating(pid, column, _ratings(m.one("r")),
                                                             negated=g in ("none", "neither"))) for pid in group]


def _neither_nor(m: Match, s: Sentence) -> list[Part] | None:
    """'Neither A nor B was rated Inadequate': each of them was not."""
    if m.words("x").lower() != "neither" or m.words("nor").lower() != "nor":
        return None
    mid = m.groups.get("mid", [])
    if any(t.code in "XH" for t in mid) or not any(t.code in "BV" for t in mid):
        return None
    column = _column(m, s, ("mid", "after"))
    if column is None:
        return None
    a, b, phrase = _span(m, s)
    return [Part(a, b, phrase, "provider-rating", ProviderRating(str(m.one(g).value), column, _ratings(m.one("r")),
                                                                 negated=True)) for g in ("s1", "s2")]


def _and_predicate(m: Match, s: Sentence) -> list[Part] | None:
    """'X was previously rated Inadequate and is now rated Requires improvement': a second predicate of the
    sentence's subject, joined by 'and' with no subject of its own."""
    if m.words("and").lower() != "and":
        return None
    return _clause_subject(m, s, opening_it=True)


def _and_overall(m: Match, s: Sentence) -> list[Part] | None:
    """'X was Outstanding for assessment and Good overall': after a standard's rating, the same unit's overall one."""
    before = [p for p in s.parts if isinstance(p.reading, ProviderRating) and p.end <= m.tags[m.first].start]
    if m.words("and").lower() not in ("and", "but") or not re.fullmatch(r"(?i)overall", m.words("k")) or \
            len({p.reading.provider for p in before}) != 1 or all(p.reading.column == "overall" for p in before):
        return None
    a, b, phrase = _span(m, s)
    return [Part(a, b, phrase, "provider-rating", ProviderRating(before[0].reading.provider, "overall",
                                                                 _ratings(m.one("r"))))]


def _apposition(m: Match, s: Sentence) -> list[Part] | None:
    """'X, rated Good in 2019, ...': X's rating; not when X closes a phrase set off before the verb ("Lambeth PDU,
    run by HMPPS, was rated ..."), whose rating is the unit's before it."""
    i = s.tags.index(m.one("s"))
    mid = m.groups.get("mid", [])
    aside = m.groups.get("aside", [])
    if aside and (aside[0].words != "(" or aside[-1].words != ")"):
        return None  # (only a place in brackets stands between: "Tameside PDU (Greater Manchester) - R")
    if len(mid) == 4 and mid[0].words.lower() not in ("which", "who"):
        return None  # four words between are a relative clause's ("..., which was itself rated R"), or no apposition
    if i > 0 and s.tags[i - 1].code in "wF" and s.tags[i - 1].words.lower() in ("by", "of", "from", "with", "under",
                                                                                 "for", "within", "across", "in") \
            and mid and mid[0].code == "B":
        # "..., run by HMPPS, was rated", "Derby City PDU, in the East Midlands region, was rated": the verb is the
        # sentence's, its subject the unit before
        return None
    return _provider_rating(m, s)


# words before "at X" that name the unit's work as a whole ("Probation work at X was rated R")
_WHOLE_WORK = frozenset(("the", "probation", "work", "performance", "overall", "its", "practice", "quality", "of",
                         "standard", "standards"))


def _before_unit(m: Match, s: Sentence) -> list[Tag] | None:
    """The words that open the sentence or clause before "at X" / "in X" / "of X" when X is the match's subject:
    what is rated ("Assessment work at X was rated Good"), or None when the subject opens its clause."""
    k = m.first
    if k < 2 or m.tags[k - 1].code not in "wF" or m.tags[k - 1].words.lower() not in ("at", "in", "of", "for",
                                                                                        "across", "within"):
        return None
    if k + 1 < len(m.tags) and m.tags[k + 1].code == ",":
        return None  # '"Fairness and flexibility" at X, rated R': the rating set off after the unit is its own
    j = k - 1
    while j > 0 and k - 1 - j < 5 and m.tags[j - 1].code in "wFJMTU" and m.tags[j - 1].words not in (",",):
        j -= 1
    if j > 0 and m.tags[j - 1].code != ",":
        return None  # "Inspectors at X rated ...", "... said the work at X": not what opens the clause
    head = m.tags[j: k - 1]
    return head if head and any(t.code != "w" or t.words.lower() not in ("the",) for t in head) else None


def _as_was(m: Match, s: Sentence) -> list[Part] | None:
    """'..., as was C': C has the rating the sentence gave before."""
    if m.words("as") != "as":
        return None
    r = _rating_before(s)
    if r is None:
        return None
    a, b, phrase = _span(m, s)
    return [Part(a, b, phrase, "as-was", ProviderRating(str(m.one("s").value), r.column, r.ratings, r.negated))]


def _ellipsis(m: Match, s: Sentence) -> list[Part] | None:
    """'X was rated Good, and Y Requires improvement': a second name and rating after a first rated one."""
    if not any(isinstance(p.reading, ProviderRating) for p in s.parts):
        return None
    a, b, phrase = _span(m, s)
    return [Part(a, b, phrase, "rating-list", ProviderRating(str(m.one("s").value), "overall",
                                                              _ratings(m.one("r"))))]
