"""Builders of the shapes that read a unit's standards: one standard rated ("Work with victims was rated Outstanding"),
several standards given one rating, and how many of its standards had a rating ("five of its ten standards",
"parts of its work"); shapes.py holds the table that names them."""

from __future__ import annotations

from . import lazy_re as re
from .matcher import Match
from .quantifiers import Reading
from .quantifiers import interpret as _interpret
from .readings import Part, ProviderRating, StandardsCount
from .shape_parts import (
    _INF,
    _INTENT,
    _PAST,
    _TURN,
    Sentence,
    _count,
    _intended,
    _lead,
    _ratings,
    _refused_subject,
    _span,
    _subject,
    standards_of_last_clause,
)
from .tag_type import Tag

_CLAUSE_OPENERS = frozenset(("that", "and", "but", "while", "whereas", "although", "though", ",", ";", ":"))


def _standard_opening(m: Match, s: Sentence) -> list[Part] | None:
    """A sentence that opens with a standard and rates it ("Work with victims was rated Outstanding") speaks of
    the unit the text is about; a unit named in it (P, A) is left to the shapes with a subject."""
    named = [t for t in s.tags[: m.first] if t.code in "PA"]
    if any(t.code in "PA" for t in m.tags[m.first: m.last]):
        return None
    pid = _subject(named[-1] if named else None, s)  # "its work ..., and that the planning was good": the same unit
    if pid is None:
        return None
    k = m.first
    while k > 0 and m.tags[k - 1].code == "w" and m.first - k < 4 and \
            m.tags[k - 1].words.lower() not in _CLAUSE_OPENERS:
        k -= 1
    if k > 0 and m.tags[k - 1].words.lower() not in _CLAUSE_OPENERS and m.tags[k - 1].code != ",":
        return None  # the standard opens neither the sentence nor a clause ("... said that the planning was good")
    mid = m.words("mid")
    if m.has("mid", "X") or m.has("mid", "H") or _PAST.search(mid) or _intended(mid):
        return None  # negated, hoped for or had before: left unread
    a, b, phrase = _span(m, s)
    return [Part(a, b, phrase, "provider-rating",
                 ProviderRating(pid, str(m.one("t").value), _ratings(m.one("r"))))]


def _standard_line(m: Match, s: Sentence) -> list[Part] | None:
    """'Assessment: Outstanding', '- Leadership - Good': a line of a report's summary or a list, the rating of the
    text's unit on that standard."""
    pid = _subject(None, s)
    if m.one("colon").words not in (":", "-", "\u2013", "\u2014") or pid is None:
        return None
    a, b, phrase = _span(m, s)
    return [Part(a, b, phrase, "provider-rating", ProviderRating(pid, str(m.one("t").value), _ratings(m.one("r"))))]


def _rating_for_standard(m: Match, s: Sentence) -> list[Part] | None:
    """'A Good rating was given for leadership', 'the Inadequate rating for reviewing ...': a rating named for a
    standard, with no unit in the sentence: the text's unit's."""
    if not re.fullmatch(r"(?i)ratings?|grades?|marks?|verdicts?", m.words("k")) or \
            not re.search(r"\b(?:for|on|in)\b", m.words("mid")) or \
            any(t.code in "PASXHN" for t in s.tags) or _PAST.search(m.words("mid")):
        return None
    pid = _subject(None, s)
    if pid is None:
        return None
    a, b, phrase = _span(m, s)
    return [Part(a, b, phrase, "provider-rating", ProviderRating(pid, str(m.one("t").value), _ratings(m.one("r"))))]


def _rating_for_its_standard(m: Match, s: Sentence) -> list[Part] | None:
    """'Despite an Outstanding rating for its court work, X was rated ...': a rating named for the standard of the
    one unit the sentence names (before or after it), or of the text's unit when it names none."""
    if not re.fullmatch(r"(?i)ratings?|grades?|marks?", m.words("k")) or \
            m.words("for").lower() not in ("for", "on", "in") or m.words("its").lower() not in ("its", "their") or \
            any(t.code in "XH" for t in s.tags) or _PAST.search(s.text[s.start: m.tags[m.first].start]):
        return None
    named = list(dict.fromkeys(str(t.value) for t in s.tags if t.code == "P"))
    if len(named) > 1:
        return None
    pid = named[0] if named else _subject(None, s)
    if pid is None:
        return None
    a, b, phrase = _span(m, s)
    return [Part(a, b, phrase, "standard rating", ProviderRating(pid, str(m.one("t").value), _ratings(m.one("r"))))]


def _standards_first(m: Match, s: Sentence) -> list[Part] | None:
    """Standards named before their rating, of the provider named in the sentence or referred to."""
    before = [t for t in s.tags[: m.first] if t.code in "PAS"]
    named_after_standard = {id(s.tags[i + 1]) for i, t in enumerate(s.tags[:-1]) if t.code == "T"}
    # "the NPS victim contact scheme": a population word that names the standard's scheme, not a population
    named_after_standard |= {id(t) for i, t in enumerate(s.tags[:-1]) if t.code == "S" and (
        s.tags[i + 1].code == "T" or i + 2 < len(s.tags) and s.tags[i + 1].words.lower() in ("s", "'s", "\u2019s")
        and s.tags[i + 2].code == "T")}  # "the NPS's victim contact scheme"
    if any(t.code == "S" and id(t) not in named_after_standard for t in s.tags):
        return None  # "leadership was rated Good in most CRCs": a population, not one provider
    verbal = re.match(r"(?i)requires?|needs?|needing|requiring", m.one("r").words)
    if not (m.groups.get("mid") or verbal):
        return None
    ts, mid, rel = m.groups.get("ts", []), m.groups.get("mid", []), m.words("rel")
    if rel and rel not in ("which", "that"):
        return None
    if m.first >= 2 and s.tags[m.first - 1].words.lower() in ("for", "on", "in") and s.tags[m.first - 2].code == "R":
        return None  # "rated Outstanding for leadership and was rated Good": the standard was the first rating's
    # ("reviewing, which was rated Requires improvement, ...": a relative clause of the standard's)
    if ts and mid and not rel and any(t.words == "," and ts[-1].end <= t.start < mid[0].start for t in m.tags):
        # "..., known as 'Through the Gate', was found inadequate": an aside that names the standard is read; one
        # that describes the unit ("NPS Midlands, known for its court work, was rated ...") is not
        last = next(t for t in reversed(ts) if t.code == "T")
        lead = s.text[max(s.start, last.start - 20): last.start]
        # ("The one bright spot was leadership, rated Good": a participle of the standard's, right after it)
        participle = len(mid) == 1 and mid[0].code == "V" and ts[-1] is last and \
            re.fullmatch(r"(?i)rated|judged|graded|assessed\s+as", mid[0].words)
        if not re.search(r"(?i)\b(?:known as|called|named|termed)\W*$", lead) and not participle:
            return None
    subject = m.one("s") or (before[-1] if before else None)
    pid = _subject(subject, s)
    a, b, phrase = _span(m, s)
    if pid is None:
        return None
    if sum(t.code == "X" for t in m.groups.get("mid", [])) > 0:
        return [Part(a, b, phrase, "standard rating", problem="a negated standard rating, not read")]
    if any(t.code == "h" for t in m.tags[m.first: m.last]) or _PAST.search(m.words("mid")):
        return None
    last = [t for t in m.groups["ts"] if t.code == "T"][-1]
    if any(t.words.lower() in _TURN and last.end <= t.start < m.one("r").start for t in m.tags):
        return None  # "Good for planning despite Requires improvement work on ...": the rating is another's
    columns = list(dict.fromkeys(str(t.value) for t in standards_of_last_clause(m.groups["ts"], s.tags)))
    rating = _ratings(m.one("r"))
    return [Part(a, b, phrase, "standard rating", ProviderRating(pid, c, rating)) for c in columns]


def _standards_rated(m: Match, s: Sentence) -> list[Part] | None:
    """Several standards given one rating: 'rated the planning, implementation and review ... Inadequate'."""
    subject = m.one("s") or m.one("s2") or m.one("s3")
    if subject is None:
        after = [t for t in s.tags[m.last:] if t.code in "PA"]
        subject = after[0] if after else None
    pid = _subject(subject, s)
    a, b, phrase = _span(m, s)
    last = [t for t in m.groups["ts"] if t.code == "T"][-1]
    if any(t.words.lower() in _TURN and last.end <= t.start < m.one("r").start for t in m.tags):
        return None  # "a Good rating for through the gate despite Inadequate planning": the rating is another's
    if pid is None:
        return [Part(a, b, phrase, "standards rated", problem="whose standards is not said")]
    columns = list(dict.fromkeys(str(t.value) for t in standards_of_last_clause(m.groups["ts"], s.tags)))
    # "rated its assessment and planning both Inadequate", "all four case supervision standards (A, B, C and D)":
    # a word of the whole that says they were all rated so, and a number of them that the list must bear out
    told = [t for t in m.groups.get("all", []) + m.groups.get("each", []) if t.code in "QN"]
    numbers = [_count(t, s) for t in told if t.code == "N"]
    if any(t.code == "Q" and t.words.lower() not in ("all", "both", "each", "all of") for t in told) or any(
            got is None or got[0].value != len(columns) for got in numbers):
        return [Part(a, b, phrase, "standards rated", problem="a number of standards the list does not bear out")]
    rating = _ratings(m.one("r"))
    return [Part(a, b, phrase, "standards rated", ProviderRating(pid, c, rating)) for c in columns]


def _rating_given_to(m: Match, s: Sentence) -> list[Part] | None:
    """'gave the lowest rating to the unit's leadership and its staffing': one rating given to a list of the unit's
    standards, the rating before them."""
    if not re.fullmatch(r"(?i)gave|gives|give|awarded|awards|assigned|handed", m.words("v")) or \
            m.words("to").lower() != "to":
        return None
    return _standards_rated(m, s)


def _standards_rated_twice(m: Match, s: Sentence) -> list[Part] | None:
    """'rated our information and facilities Outstanding, and our assessment and planning Good': a second list of
    the same unit's standards with a rating of its own, the verb left out."""
    if m.words("join") not in ("and", "while", "but", "with"):
        return None
    first = _standards_rated(m, s)
    if not first or first[0].reading is None:
        return first
    pid, rating = first[0].reading.provider, _ratings(m.one("r2"))
    columns = list(dict.fromkeys(str(t.value) for t in m.groups["ts2"] if t.code == "T"))
    a, b, phrase = _span(m, s)
    return first + [Part(a, b, phrase, "standards rated", ProviderRating(pid, c, rating)) for c in columns]


def _standards_count(m: Match, s: Sentence) -> list[Part] | None:
    if any(t.code == "S" and t.words.lower().endswith("s") for t in m.groups.get("mid", [])):
        return None  # "five of the CRCs' standards": a population's, not one unit's ("none of the CRC's ten")
    i = s.tags.index(m.one("n"))
    r_at = s.tags.index(m.one("r")) if m.one("r") is not None else -1
    if r_at > i and any(t.code == "R" for t in s.tags[max(0, i - 3): i]) and \
            not any(t.code == "," for t in s.tags[max(0, i - 3): i]) and s.tags[i - 1].words.lower() != "with":
        return None  # "rated good in three areas and requires improvement in seven": the rating before is its
    z_at = next((k for k in range(i + 1, min(i + 5, len(s.tags))) if s.tags[k].code == "Z"), None)
    after_z = "".join(t.code for t in s.tags[z_at + 1: z_at + 3]) if z_at is not None else ""
    if 0 <= r_at < i and (after_z[:1] == "R" or after_z in ("VR", "BR")):
        return None  # "rated Requires improvement with four standards Inadequate": the rating after is the count's
    pid, refused = _refused_subject(m, s, "standards-count")
    named = {str(t.value) for t in s.tags[:m.first] if t.code == "P"}
    if m.one("s") is None and len(named) == 1 and not any(t.code == "X" for t in m.tags[m.first: m.last]):
        # "X was rated Inadequate, with all four case supervision standards also rated Inadequate": X's own
        pid, refused = named.pop(), None
    several = _listed_just_before(s.tags[: m.first])
    if m.one("s") is None and len(several) > 1 and not any(t.code == "X" for t in m.tags[m.first: m.last]):
        # "Northumbria CRC and West Yorkshire CRC, where all four ... were rated Inadequate": each of them
        got = [_counted_standards(m, s, p) for p in several]
        return None if any(g is None for g in got) else [q for g in got for q in g]
    if refused:
        return refused
    return _counted_standards(m, s, pid)


def _listed_just_before(tags: list[Tag]) -> list[str]:
    """The units of a list ("A, B and C") that ends the tags, a relative word aside ("A and B, where ..."); empty
    when the tags do not end so."""
    k = len(tags)
    while k > 0 and (tags[k - 1].code == "," or tags[k - 1].words.lower() in ("where", "in", "which", "at", "both")):
        k -= 1
    units = []
    while k > 0 and tags[k - 1].code == "P":
        units.append(str(tags[k - 1].value))
        k -= 1
        if k > 0 and (tags[k - 1].code == "," or tags[k - 1].words.lower() == "and"):
            k -= 1
    return list(dict.fromkeys(reversed(units)))


def _counted_standards(m: Match, s: Sentence, pid: str) -> list[Part] | None:
    """The count of one unit's standards that a standards-count shape matched."""
    a, b, phrase = _span(m, s)
    n = m.one("n")
    r = _ratings(m.one("r"))
    z = next(t for t in m.tags[m.first: m.last] if t.code == "Z")
    group = "case" if z.value == "case" else None
    numbers = [t for t in m.tags[m.first: m.last] if t.code == "N" and t is not n]
    q_tag = m.one("q")
    if q_tag is not None and n.code == "N":
        # "all four of X's case supervision standards": every one of them, and four in all
        got = _count(n, s)
        if str(q_tag.value) != "all" or got is None or got[0].rule != "exact count":
            return None
        return [Part(a, b, phrase, "standards-count", StandardsCount(
            pid, r, Reading(0, _INF, True, False, "count", "all", 0), quantifier="all", total=int(got[0].value),
            group=group))]
    if n.code == "Q":
        q = str(n.value)
        if q not in ("all", "none", "most"):
            return None
        total = None
        if numbers:
            got = _count(numbers[0], s)
            total = int(got[0].value) if got and got[0].rule == "exact count" else None
        return [Part(a, b, phrase, "standards-count", StandardsCount(pid, r, Reading(0, _INF, True, False, "count",
                                                                                     q, 0), quantifier=q,
                                                                     total=total, group=group))]
    got = _count(n, s)
    if got is None:
        return None
    stated, total, _ = got
    totals = [t for t in m.groups.get("mid", []) if t.code == "N"]
    if total is None and totals:
        try:
            total = int(_interpret(totals[0].words, "count").value)
        except ValueError:
            total = None
    return [Part(a, b, phrase, "standards-count", StandardsCount(pid, r, stated, total=total, group=group))]


_SOME = re.compile(r"(?i)^(?:some|several|a few|parts|aspects|areas)\b")


def _standards_some(m: Match, s: Sentence) -> list[Part] | None:
    """'parts of its work were rated Outstanding', 'some of its standards were Good': at least one of the unit's
    standards had the rating (the unit is the last one named before, else the text's)."""
    q, z = m.one("q"), m.one("z")
    if not (_SOME.match(z.words) or q is not None and _SOME.match(q.words) and z.words.lower().startswith("of ")):
        return None
    zi = s.tags.index(z)
    if zi > 0 and s.tags[zi - 1].code == "N":
        return None  # "good in three areas and requires improvement in seven": counted, not "some areas"
    if any(t.code == "X" for t in m.tags[m.first: m.last]) or _INTENT.search(m.words("mid")):
        return None
    before = [t for t in s.tags[: m.first] if t.code in "PA"]
    pid = _subject(m.one("s") or (before[-1] if before else None), s)
    if pid is None:
        return None
    a, b, phrase = _span(m, s)
    group = "case" if z.value == "case" else None
    # "several" is more than one however few it suggests; "some", "parts" and "areas" may be one
    least = 2 if re.match(r"(?i)several\b", (q or z).words) else 1
    return [Part(a, b, phrase, "standards-count", StandardsCount(pid, _ratings(m.one("r")), Reading(
        least, _INF, True, False, "count", "at least", least), quantifier="some", group=group))]


def _standards_continued(m: Match, s: Sentence) -> list[Part] | None:
    """'... and another four were Inadequate' after a count of a provider's standards in the same sentence."""
    before = [p for p in s.parts if isinstance(p.reading, StandardsCount) and p.end <= m.tags[m.first].start]
    if not before or any(t.code in "PSZ" for t in m.tags[m.first: m.last]):
        return None
    # "... and another four were Inadequate", "... and requires improvement in seven"
    lead = _lead(s, m.one("n")) if m.first == s.tags.index(m.one("n")) else m.tags[m.first].words.lower()
    # (", five Requires improvement and four Inadequate": the next of a list straight after the count before)
    listed = lead.endswith(",") and 0 <= m.tags[m.first].start - before[-1].end <= 2
    if not listed and not re.search(r"\b(?:and|another|while|with|a further|further|the other|other|remaining)$",
                                    lead):
        return None
    got = _count(m.one("n"), s)
    if got is None or got[1] is not None:
        return None
    prev = before[-1].reading
    a, b, phrase = _span(m, s)
    return [Part(a, b, phrase, "standards-count", StandardsCount(prev.provider, _ratings(m.one("r")), got[0],
                                                                 total=prev.total, group=prev.group))]


def _standards_of_them(m: Match, s: Sentence) -> list[Part] | None:
    """'looked at 10 aspects of its work and rated half of them Good and half Requires improvement', 'rating it
    Inadequate on four of them and Requires improvement on the other six': counts of the unit's standards, 'them'
    being the standards the sentence counted before."""
    if m.words("them") not in ("them", "these", "those"):
        return None
    counted = [i for i, t in enumerate(s.tags[: m.first]) if t.code == "Z" and i > 0 and s.tags[i - 1].code == "N"]
    if not counted:
        return None
    got = _count(s.tags[counted[-1] - 1], s)
    if got is None or got[0].rule != "exact count":
        return None
    total = int(got[0].value)
    before = [t for t in s.tags[: m.first] if t.code in "PA"]
    pid = _subject(m.one("s") or (before[-1] if before else None), s)
    if pid is None:
        return None
    parts = []
    for n_name, r_name in (("n", "r"), ("n2", "r2")):
        n, r = m.one(n_name), m.one(r_name)
        if r is not None and n is None and m.one("rest") is not None and parts and \
                parts[0].reading.stated.rule == "exact count":
            # "... and Requires improvement on the others": the rest of the standards counted
            left = total - parts[0].reading.stated.value
            parts.append(Part(m.one("rest").start, r.end, s.text[r.start: m.tags[m.last - 1].end], "standards-count",
                              StandardsCount(pid, _ratings(r), Reading(left, left, True, True, "count", "exact count",
                                                                       left), total=total)))
            continue
        if n is None or r is None:
            continue
        said = _count(n, s)
        if said is None:
            return None
        stated, _, kind = said
        if kind == "share":
            # "half of them": the share of the standards counted
            stated = Reading(stated.low * total / 100, stated.high * total / 100, stated.low_closed,
                             stated.high_closed, "count", stated.rule, stated.value * total / 100)
        a, b = n.start, r.end
        parts.append(Part(a, b, s.text[a:b], "standards-count",
                          StandardsCount(pid, _ratings(r), stated, total=total)))
    return parts or None


def _ratings_counted(m: Match, s: Sentence) -> list[Part] | None:
    """'the CRC received three Good ratings', 'inspectors gave it three Good ratings': a count of the unit's
    standards with that rating, said as a number of ratings it was given."""
    # ("it had five Good standards", "one Outstanding rating": the standards named as such, one in the singular)
    plural = re.fullmatch(r"(?i)ratings|grades|standards", m.words("k"))
    single = re.fullmatch(r"(?i)rating|grade|standard", m.words("k")) and m.words("n") in ("one", "a single")
    if not (plural or single) or m.one("k").code == "Z" and m.one("k").value is not None or \
            any(t.code == "X" for t in s.tags[: m.first]):
        return None
    n = m.one("n")
    if n.code == "Q":  # "it had no Inadequate ratings"
        got = (Reading(0, 0, True, True, "count", "exact count", 0),) if str(n.value) == "none" else None
    else:
        got = _count(n, s)
    if got is None or got[0].rule != "exact count":
        return None
    pid = _subject(m.one("s"), s)
    if pid is None:
        return None
    a, b, phrase = _span(m, s)
    return [Part(a, b, phrase, "standards-count", StandardsCount(pid, _ratings(m.one("r")), got[0]))]


def _method(m: Match, s: Sentence) -> list[Part] | None:
    """'looked at 10 aspects of its work': a count of the standards inspected, the method and no claim; unless a
    rating beside it makes it a count of standards with that rating."""
    before = s.tags[max(0, m.first - 6): m.first]
    after = []
    for t in s.tags[m.last: m.last + 6]:
        if t.code == "," or t.words.lower() == "and":
            break  # "examined 10 aspects of its work and rated it Good": the rating is another clause's
        after.append(t)
    fronted = m.first == 1 and s.tags[0].words.lower() in ("in", "on", "for", "across") and \
        any(t.code == "R" for t in s.tags[m.last:]) and not any(t.code == "K" for t in s.tags)
    # ("In three of its ten standards, the CRC was rated Good"; "Across 10 aspects ..., an overall R": the method)
    # ("all four case supervision standards (assessment, ...) as Inadequate": the standards listed, rated after)
    listed = [t.code for t in s.tags[m.last: m.last + 2]] == [",", "T"] and any(t.code == "R" for t in s.tags[m.last:])
    if fronted or listed or any(t.code == "R" for t in (*before, *after)):
        # "rated Good on three standards", "all four aspects of the service were rated Good": a count of
        # standards with a rating
        return None
    return []


_FINDING_VERB = re.compile(r"(?i)^(?:found|finds|find|praised|praises|noted|notes|highlighted|identified|saw|"
                           r"described)$")


def _found_rating(m: Match, s: Sentence) -> list[Part] | None:
    """'inspectors found an outstanding leadership team (at X)', 'praised its good victim work': a standard's rating,
    or a finding in words (then it is no claim); true only if the data agree, never contradicted."""
    if not _FINDING_VERB.match(m.words("v")):
        return None
    after = m.one("s")
    named = [after] if after is not None else [t for t in s.tags[: m.first] if t.code in "PA"]
    pid = _subject(named[0], s) if named else s.subject
    if pid is None:
        return None
    a, b, phrase = _span(m, s)
    return [Part(a, b, phrase, "standard rating", ProviderRating(pid, str(m.one("t").value), _ratings(m.one("r")),
                                                                 finding=True))]


_ONLY_ONE = re.compile(r"(?i)^(?:the|its|their)\s+(?:only|one|sole)$")
_AREA = re.compile(r"(?i)^(?:areas?|standards?|domains?|parts?|aspects?|ones?)$")


def _only_standard(m: Match, s: Sentence) -> list[Part] | None:
    """'Leadership was the only area rated Good': that standard's rating, and one of the unit's standards so rated."""
    if not _ONLY_ONE.match(m.words("q")) or m.one("noun") is not None and not _AREA.match(m.words("noun")):
        return None
    pid, refused = _refused_subject(m, s, "standard rating")
    if refused:
        return refused
    a, b, phrase = _span(m, s)
    r = _ratings(m.one("r"))
    return [Part(a, b, phrase, "standard rating", ProviderRating(pid, str(m.one("t").value), r)),
            Part(a, b, phrase, "standards-count", StandardsCount(pid, r, Reading(1, 1, True, True, "count",
                                                                                 "exact count", 1)))]


def _standards_rest(m: Match, s: Sentence) -> list[Part] | None:
    """'Half of its ten standards were rated Good and the other half Requires improvement', '... and the rest
    Inadequate': the unit's standards the count before did not count."""
    before = [p for p in s.parts if isinstance(p.reading, StandardsCount) and p.end <= m.tags[m.first].start]
    if not before:
        return None
    prev = before[-1].reading
    a, b, phrase = _span(m, s)
    if m.words("half").lower() == "half":
        if prev.stated.unit != "percent" or not prev.stated.low <= 50 <= prev.stated.high:
            return None  # ("a third ... and the other half": not the rest)
        stated = prev.stated
    elif m.words("half"):
        return None
    else:
        total = prev.total or (4 if prev.group == "case" else None)
        if total is None or prev.stated.rule != "exact count":
            return None
        left = total - int(prev.stated.value)
        stated = Reading(left, left, True, True, "count", "exact count", left)
    n = m.one("n")
    if n is not None and (_count(n, s) is None or _count(n, s)[0].value != stated.value):
        return None  # "... and Requires improvement on the other four": a number the rest does not bear out
    return [Part(a, b, phrase, "standards-count", StandardsCount(prev.provider, _ratings(m.one("r")), stated,
                                                                 total=prev.total, group=prev.group))]


def _overall_and_for(m: Match, s: Sentence) -> list[Part] | None:
    """'X was rated Good overall and for its leadership': the unit's overall rating, given to the standard too (the
    overall rating is the provider rating shape's to read)."""
    mid = m.groups.get("mid", [])
    if m.words("k").lower() != "overall" or m.words("and").lower() != "and" or \
            m.words("for").lower() not in ("for", "on", "in") or not any(t.code in "BV" for t in mid) or \
            any(t.code in "XHPA" for t in mid):
        return None
    pid = _subject(m.one("s"), s)
    if pid is None:
        return None
    a, b = m.one("r").start, m.one("t").end
    return [Part(a, b, s.text[a:b], "provider-rating", ProviderRating(pid, str(m.one("t").value),
                                                                      _ratings(m.one("r"))))]


def _with_listed(parts: list[Part] | None, m: Match) -> list[Part] | None:
    """'three of its standards, planning, delivery and reviewing, were rated Inadequate': the count, and each
    standard named in the list set off after it, with the count's rating."""
    listed = [t for t in m.groups.get("list", []) if t.code == "T"]
    if not parts or not listed or parts[0].problem or not isinstance(parts[0].reading, StandardsCount):
        return parts
    count = parts[0].reading
    return parts + [Part(t.start, t.end, t.words, "provider-rating", ProviderRating(count.provider, str(t.value),
                                                                                     count.ratings)) for t in listed]
