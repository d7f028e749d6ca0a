"""Builders of the shapes that read a rating named in passing: a headline's or subheading's rating with no verb
("Lambeth probation service 'inadequate'"), "its Inadequate rating", "the rating of Requires improvement", "R was
the verdict on X", a rating fronted before its unit ("Rated Good, the division ...") or left out after a first one
("... and B for work with victims"), or placed on the rating scale ("Good, the second highest rating") (shapes.py
holds the table that names them)."""

from __future__ import annotations

from .. import schema
from . import lazy_re as re
from .matcher import Match
from .quantifiers import Reading
from .quantifiers import interpret as _interpret
from .readings import Part, Predicate, ProviderRating, Statement
from .shape_parts import (
    _INTENT,
    _PAST,
    Sentence,
    _count,
    _listed,
    _rating_before,
    _ratings,
    _span,
    _subject,
)
from .tag_type import Tag, clause_of


def _is_heading(s: Sentence) -> bool:
    """Whether the sentence is a whole line near the top of the text with no full stop: a headline, subheading
    or caption."""
    line_start = s.text.rfind("\n", 0, s.start) + 1
    line_end = s.text.find("\n", s.start)
    line = s.text[line_start: line_end if line_end >= 0 else len(s.text)].strip()
    return line == s.text[s.start: s.end].strip() and not line.endswith(".") and s.text.count("\n", 0, s.start) <= 8


def _quoted(s: Sentence, tag) -> bool:
    return tag.start > 0 and s.text[tag.start - 1] in "'\"\u2018\u201c"


def _headline_rating(m: Match, s: Sentence) -> bool:
    """A headline, subheading or caption states a rating without a verb: "Lambeth probation service
    'inadequate'". A whole short line near the top without a full stop, with the rating quoted and nothing
    between the name and it."""
    r = m.one("r")
    heading = _is_heading(s)
    quoted = _quoted(s, r)
    mid = m.groups.get("mid", [])
    # "Sheffield probation 'inadequate' again", "X still inadequate, say inspectors": 'still', 'again' or 'now'
    # make the rating the headline's predicate, quoted or not
    plain = all(t.words.lower() == "probation" for t in mid)
    # "Wigan PDU: Inadequate": a heading's colon says what the unit was rated
    quoted = quoted or (s.text[s.start: r.start].rstrip().endswith(":") and plain)
    marked = all(t.code == "h" or t.words.lower() == "probation" for t in mid) and \
        any(t.code == "h" for t in (*mid, *s.tags[m.last: m.last + 1]))
    return heading and len(s.tags) <= 12 and (quoted and plain or marked)


def _heading_rating(m: Match, s: Sentence) -> list[Part] | None:
    """A subheading near the top that is a rating and a comment ("Good, with room to improve") states the
    overall rating of the unit the text is about. Only a whole line without a full stop, in the first lines."""
    if not _is_heading(s) or s.subject is None:
        return None
    a, b, phrase = _span(m, s)
    return [Part(a, b, phrase, "provider-rating", ProviderRating(s.subject, "overall", _ratings(m.one("r"))))]


def _rating_named(m: Match, s: Sentence) -> list[Part] | None:
    """'the good overall rating', 'its Inadequate rating', 'the PDU's Inadequate rating': the overall rating of
    the subject (or of the unit named as its owner), said in passing."""
    det = m.one("det")
    k = m.one("k").words.lower()
    r = m.one("r")
    # "Derby City PDU's Requires improvement report", "its 'Inadequate' inspection": the report named by its rating,
    # a rating's name (capitalised or quoted), not "its good report"
    report = k in ("report", "inspection", "inspection report") and (r.words[:1].isupper() or _quoted(s, r))
    if "rating" not in k and "grade" not in k and not report:
        return None
    i = s.tags.index(det)
    owner = s.tags[i - 1] if det.words.lower() in ("s", "'s", "’s") and i > 0 else None
    if owner is None and det.words.lower() not in ("the", "its", "their"):
        return None
    if owner is not None and owner.code not in "PA":
        return None
    clause = clause_of(s.tags)
    mine = clause[s.tags.index(m.one("r"))]
    here = [t for t, c in zip(s.tags, clause, strict=True) if c == mine]
    before = s.text[here[0].start: m.one("r").start].lower() if here else ""
    j = s.tags.index(m.one("k"))
    after = s.tags[j + 1: j + 3]
    if after and after[0].words.lower() in ("for", "on", "in"):
        after = after[1:]
    # a standard before the rating, or right after it ("its Good rating for leadership"): not the overall one
    near = [t for t in here if t.start < m.one("r").start] + after[:1]
    # "hoped (that) its Good rating would ...": the hope is about what the rating does, not the rating
    hoped = _INTENT.search(re.sub(r"\b\w+\s+(?:that\s+)?(?:its|their)\b.*", "", before))
    if any(t.code in "HhXG" for t in here) or any(t.code in "TSNQ" for t in near) or hoped:
        # a change, a count, a standard, or a rating hoped for: not the subject's rating itself
        return None
    return _overall_rating(m, s, owner or (det if det.code == "A" else None), m.one("r"))


_VERDICT_NOUN = re.compile(r"(?i)^(?:rating|grade|verdict|judgement|judgment|mark|overall rating)$")


def _rating_first(m: Match, s: Sentence) -> list[Part] | None:
    """'Requires improvement is the rating X received', 'Inadequate was the verdict on X', "X's rating:
    Inadequate": a rating and the unit it was given to, joined by a noun that says it is its rating."""
    if not _VERDICT_NOUN.match(m.words("k")):
        return None
    if any(t.code in "XHhQN" for t in s.tags) or _INTENT.search(s.text[s.start: s.end]) or \
            _PAST.search(s.text[s.start: s.end].lower()):
        return None  # negated, changed, counted, hoped for or had before: not the rating given
    rest = s.tags[m.last: m.last + 2]
    if any(t.code in "PAST" for t in rest):
        return None  # another unit or a standard follows: whose rating this is is not plain
    return _overall_rating(m, s, m.one("s"), m.one("r"))


def _rating_of(m: Match, s: Sentence) -> list[Part] | None:
    """'this led to the overall rating of Requires improvement', 'disappointed with the rating of ...': the
    rating of the unit the sentence or the text is about, named in passing."""
    dets = ("the", "its", "their", "this", "that", "an", "a")
    det = m.words("det").lower()
    det = det if det in dets else m.words("k").split(" ")[0].lower()  # "an overall rating of"
    if det not in dets or not re.search(r"rating|grade|verdict|judge?ment", m.words("k")):
        return None
    if m.one("b") is not None and not (det in ("its", "their") or "overall" in m.words("k").lower()):
        return None  # "the rating was Good" may be any rating the text has named; "a rating was" is none
    clause = clause_of(s.tags)
    here = [t for t, c in zip(s.tags, clause, strict=True) if c == clause[s.tags.index(m.one("r"))]]
    words = " ".join(t.words.lower() for t in here)
    # "reviewing was given a rating of ...": a standard's rating, not the unit's
    std_subject = any(a.code == "T" and b.code == "B" and b.start < m.one("r").start
                     for a, b in zip(here, here[1:], strict=False)) or \
        [t.words.lower() for t in here if t.code != ","][:1] == ["with"] and _standard_spoken_of(s.tags[: m.first])
    if any(t.code in "XHhSN" for t in here) or std_subject or _PAST.search(words) or \
            re.search(r"\b(?:hope\w*|aim\w*|target\w*|previous|last|next|future)\b", words):
        return None  # negated, changed, counted, had before or hoped for: not the rating given
    named = [t for t in s.tags[: m.first] if t.code in "PA"]
    return _overall_rating(m, s, named[-1] if named else None, m.one("r"))


def _standard_spoken_of(tags: list[Tag]) -> bool:
    """Whether the clauses before are about a standard and no unit: "the services standard escaped the bottom
    grade, with a rating of R" (a unit's possessive before the standard, "its services standard", is no unit of
    its own)."""
    owners = [i for i, t in enumerate(tags) if t.code in "PA"]
    return any(t.code == "T" for t in tags) and all(
        any(t.code == "T" for t in tags[i + 1: i + 3]) for i in owners)


# "led to an Inadequate rating", "the reasons for the Good rating": the rating as a cause's effect
_CAUSE = re.compile(r"\b(?:led|leads|leading|resulted|results|resulting|contributed|contributing|reasons?|behind|"
                    r"explains?|explained|justif(?:y|ies|ied)|earned|earning)(?:\s+(?:to|in|for))?$")


def _rating_caused(m: Match, s: Sentence) -> list[Part] | None:
    """'this led to an Inadequate rating': the rating of the one unit the sentence or text is about. Not in a text
    about a region or a group, whose units' ratings the words may mean, nor with a unit or round after it."""
    if not _CAUSE.search(" ".join(t.words.lower() for t in s.tags[: m.first])) or \
            any(t.code in "PAY" for t in s.tags[m.first:]) or any(t.code in "QWS" for t in s.tags):
        return None
    named = [t for t in s.tags[: m.first] if t.code in "PA"]
    pid = _subject(named[-1] if named else None, s)
    if pid is None or pid.endswith("-region"):
        return None
    return _rating_of(m, s)


def _rating_line(m: Match, s: Sentence) -> list[Part] | None:
    """'Overall rating: Inadequate', 'Rating - Good': a line of a report's summary, the rating of the text's unit."""
    head = " ".join(t.words for t in m.tags[m.first: m.tags.index(m.one("colon"))])
    if m.one("colon").words not in (":", "-", "\u2013", "\u2014") or \
            not re.fullmatch(r"(?i)(?:the\s+|its\s+)?(?:overall(?:\s+(?:rating|grade|verdict|judge?ment))?|ratings?|"
                             r"grades?|verdicts?)", head):
        return None
    return _overall_rating(m, s, None, m.one("r"))


def _headline_but(m: Match, s: Sentence) -> list[Part] | None:
    """"Northamptonshire probation service has a 'bright future' but 'Requires improvement'": a heading that ends
    on a quoted rating after "but" gives its subject that rating."""
    r = m.one("r")
    comma = s.tags[s.tags.index(r) - 1]
    if comma.words.lower() != "but" or not _quoted(s, r) or not _is_heading(s) or \
            any(t.code in "XHhNQ" for t in s.tags):
        return None
    return _overall_rating(m, s, m.one("s"), r)


def _rated_adjective(m: Match, s: Sentence) -> list[Part] | None:
    """'the Inadequate-rated Sheffield PDU': the rating said as an adjective before the unit it is of."""
    r = m.one("r")
    # "'Inadequate' Lambeth PDU", "the Inadequate Lambeth PDU": a quoted or capitalised rating right before the unit
    adjective = (_quoted(s, r) or r.words[:1].isupper() and m.first > 0) and \
        m.one("s").start - r.end <= 2 and not re.search(r"(?i)improvement|to improve", r.words)
    if not (r.words.lower().endswith("-rated") or adjective) or any(t.code in "XH" for t in s.tags[: m.first]):
        return None
    return _overall_rating(m, s, m.one("s"), r)


def _member_rated(m: Match, s: Sentence) -> list[Part] | None:
    """'X is among the PDUs rated R', 'X was one of those rated R': X was rated R (how many were is not said)."""
    one, f = m.one("one"), m.one("f")
    if not (one is None and f.words.lower() in ("among", "amongst") or
            one is not None and one.words.lower() == "one" and f.words.lower() == "of"):
        return None
    if any(t.code in "XH" for t in s.tags[: m.last]):
        return None
    units = _listed(m.groups.get("s", []), "PA")
    if units is None:
        return None
    out: list[Part] = []
    for u in units:  # "A and B were among the PDUs rated Inadequate": each of them
        got = _overall_rating(m, s, u, m.one("r"))
        if got is None:
            return None
        out += got
    return out


def _overall_rating(m: Match, s: Sentence, subject, rating) -> list[Part] | None:
    """The part saying the unit a subject tag names (or the text's subject) was rated ``rating`` overall."""
    pid = _subject(subject, s)
    if pid is None:
        return None
    a, b, phrase = _span(m, s)
    return [Part(a, b, phrase, "provider-rating", ProviderRating(pid, "overall", _ratings(rating)))]


def _verdict_after(m: Match, s: Sentence) -> list[Part] | None:
    """'Inadequate: that was the verdict on X', 'Good - the rating given to X': the rating, then whose it is."""
    k, subject = m.one("k"), m.one("s")
    link = s.tags[s.tags.index(subject) - 1].words.lower()
    if m.tags[m.first + 1].words not in (":", "-", "\u2013", "\u2014") or link not in ("on", "for", "to", "of") or \
            not re.fullmatch(r"(?i)verdicts?|ratings?|grades?|judg(?:e)?ments?", k.words) or \
            any(t.code in "XHQN" for t in s.tags):
        return None
    return _overall_rating(m, s, subject, m.one("r"))


_FRONTING = re.compile(r"(?:rated|judged|graded|deemed|having been rated|now rated|with an?|with its|given an?)")


def _fronted(m: Match, s: Sentence) -> list[Part] | None:
    """'Rated Good, the division ...', 'With an Inadequate rating, the PDU ...': a rating fronted before its unit,
    overall or on the standard said after it."""
    if not _FRONTING.fullmatch(m.words("pre")) or any(t.code in "XH" for t in s.tags[: m.last]):
        return None
    pid = _subject(m.one("s"), s)
    if pid is None:
        return None
    a, b, phrase = _span(m, s)
    columns = [str(t.value) for t in m.groups.get("after", []) if t.code == "T"] or ["overall"]
    return [Part(a, b, phrase, "provider-rating", ProviderRating(pid, columns[0], _ratings(m.one("r"))))]


def _gapped(m: Match, s: Sentence) -> list[Part] | None:
    """'A was rated Outstanding for reviewing and B for work with victims': B has the rating said before, on the
    standard after it (the verb and the rating left out)."""
    if m.words("and") not in ("and", "while", "whereas") or m.words("link") not in ("for", "on", "in"):
        return None
    earlier = [p for p in s.parts if isinstance(p.reading, ProviderRating) and p.end <= m.tags[m.first].start]
    if not earlier or earlier[-1].reading.negated:
        return None
    a, b, phrase = _span(m, s)
    return [Part(a, b, phrase, "rating ellipsis", ProviderRating(str(m.one("s").value), str(m.one("t").value),
                                                                 earlier[-1].reading.ratings))]


def _among_those(m: Match, s: Sentence) -> list[Part] | None:
    """'Among those rated Inadequate in 2022-23 was Lambeth PDU', 'Among the PDUs rated R were A and B': each unit
    named after the verb has the rating."""
    if m.words("f") not in ("among", "amongst") or any(t.code in "XH" for t in m.tags[m.first: m.last]):
        return None
    names = _listed(m.groups.get("ss", []))
    if names is None:
        return None
    a, b, phrase = _span(m, s)
    return [Part(a, b, phrase, "provider-rating", ProviderRating(str(t.value), "overall", _ratings(m.one("r"))))
            for t in names]


_INSTEAD = re.compile(r"(?i)^(?:far from(?: being)?|rather than(?: being)?|instead of(?: being)?|not)$")


def _instead_of(m: Match, s: Sentence) -> list[Part] | None:
    """'Rather than Good, X was rated Requires improvement', 'Far from being Good, X was ...': X had the second
    rating and not the first."""
    if not _INSTEAD.match(m.words("x")) or any(t.code in "XH" for t in m.groups.get("mid", [])):
        return None
    pid = _subject(m.one("s"), s)
    if pid is None:
        return None
    a, b, phrase = _span(m, s)
    return [Part(a, b, phrase, "provider-rating", ProviderRating(pid, "overall", _ratings(m.one("r")))),
            Part(a, b, phrase, "provider-rating", ProviderRating(pid, "overall", _ratings(m.one("r1")), negated=True))]


def _like_unlike(m: Match, s: Sentence) -> list[Part] | None:
    """'A, like B, was rated R' (both were); 'A, unlike B, was rated R' (A was, B was not)."""
    how = m.words("e")
    if how not in ("like", "unlike") or any(t.code in "XH" for t in m.groups.get("mid", [])):
        return None
    a_id, b_id = _subject(m.one("s"), s), _subject(m.one("o"), s)
    if a_id is None or b_id is None or a_id == b_id:
        return None
    a, b, phrase = _span(m, s)
    rating = _ratings(m.one("r"))
    return [Part(a, b, phrase, "provider-rating", ProviderRating(a_id, "overall", rating)),
            Part(a, b, phrase, "contrast", ProviderRating(b_id, "overall", rating, negated=how == "unlike"))]


def _respectively(m: Match, s: Sentence) -> list[Part] | None:
    """'A and B were rated Inadequate and Requires improvement respectively': each unit its rating, in order."""
    if m.words("resp") != "respectively" or any(t.code in "XH" for t in m.groups.get("mid", [])):
        return None
    units = [t for t in m.groups.get("ss", []) if t.code in "PA"]
    ratings = [t for t in m.groups.get("rs", []) if t.code == "R"]
    pids = [_subject(t, s) for t in units]
    if len(units) != len(ratings) or None in pids or len(set(pids)) != len(pids):
        return None
    a, b, phrase = _span(m, s)
    return [Part(a, b, phrase, "provider-rating", ProviderRating(str(pid), "overall", _ratings(r)))
            for pid, r in zip(pids, ratings, strict=True)]


_PLACE = re.compile(r"(?i)highest|lowest|\b(?:top|bottom)\b")


# "the highest rating it has ever received", "the lowest given to any PDU so far": a place among a unit's own
# ratings or among other units', not on the scale (the scale is "the highest rating the inspectorate can give")
_OWN_BEST = re.compile(r"(?i)\s*(?:(?:that|which)\s+)?(?:(?:it|they|the\s+(?:pdu|crc|division|service|region|unit|"
                       r"organisation|company))\s+(?:has|have|had)\b"
                       r"(?!\s+(?:to|got\s+to))|ever\b|yet\b|so\s+far\b|to\s+date\b|since\b|among\b|amongst\b"
                       r"|of\s+any\b|in\s+(?:its|their)\s+history\b|(?:given|awarded)\s+to\s+(?:any|a|an)\b)")


def _scale(m: Match, s: Sentence) -> list[Part] | None:
    """"rated 'Good', the second-highest rating": a rating placed on the scale."""
    first, second = m.one("r1"), m.one("r2")
    if _PLACE.search(first.words) and not _PLACE.search(second.words):
        first, second = second, first  # "the second lowest rating, 'Requires improvement'"
    if not _PLACE.search(second.words) or _OWN_BEST.match(s.text, second.end, s.end):
        return None
    a, b = second.start, second.end
    st = Statement(a, b, second.words, "scale", predicate=Predicate("rating", "overall", _ratings(first)),
                   notes=(first.words, ",".join(_ratings(second))))
    return [Part(a, b, second.words, "scale", st)]


def _scale_listed(m: Match, s: Sentence) -> list[Part] | None:
    """'rated on a four-point scale: Outstanding, Good, Requires improvement or Inadequate': the scale's ratings
    listed after a colon, every one of them (a list of some is not read)."""
    listed = [t for t in m.groups["list"] if t.code == "R"]
    named = {r for t in listed for r in _ratings(t)}
    head = " ".join(t.words.lower() for t in s.tags[: m.first])
    if m.tags[m.first].words != ":" or named != set(schema.RATINGS) or len(listed) < 3 or \
            not re.search(r"\b(?:ratings|grades|scale|judgements)\b", head):
        return None
    a, b = listed[0].start, listed[-1].end
    stated = Reading(4, 4, True, True, "count", "exact count", 4)
    points = re.search(r"\b([a-z0-9]+)[- ]point scale\b", head)  # "a four-point scale:" says how many too
    if points:
        try:
            stated = _interpret(points.group(1), "count")
        except ValueError:
            return None
    return [Part(a, b, s.text[a:b], "scale", Statement(a, b, s.text[a:b], "scale size", stated=stated))]


def _scale_size(m: Match, s: Sentence) -> list[Part] | None:
    """'the lowest of four possible ratings': how many ratings the scale has (four: Outstanding to Inadequate)."""
    v = m.one("v")
    between = " ".join(t.words.lower() for t in m.tags[m.first + 1: m.last - 1])
    if v.words.lower() != "ratings" or between not in ("", "possible", "available"):
        return None
    one_of = re.fullmatch(r"(?i)one\s+of\s+(?:the\s+)?(.+)", m.one("n").words)  # "one of four ratings"
    try:
        got = (_interpret(one_of.group(1), "count"),) if one_of else _count(m.one("n"), s)
    except ValueError:
        return None
    if got is None or got[0].rule != "exact count":
        return None
    a, b, phrase = _span(m, s)
    if re.search(r"(?i)\b\w+est\s+of\s+(?:the\s+)?$", s.text[max(s.start, a - 30): a]):  # "feeblest of four ratings"
        return [Part(a, b, phrase, "scale", problem="a place on the scale whose words are not read")]
    return [Part(a, b, phrase, "scale", Statement(a, b, phrase, "scale size", stated=got[0]))]


def _clause_ellipsis(m: Match, s: Sentence) -> list[Part] | None:
    """'X avoided an Inadequate rating, but Y did not'; 'X was not rated R, but Y was'; 'X was rated R, but not Y'
    (or "while", "whereas"): the unit named after it has the rating the clause before gave, turned the other way;
    '..., and Y was too': the same rating."""
    link = m.words("but").lower()
    tail = m.words("tail").lower().split() if m.groups.get("tail") else []
    same = tail[-1:] in (["too"], ["also"])  # "and B was too", "while B did too"
    if link not in ("and", "but", "while", "whereas") or link == "and" and not same or same and "not" in tail:
        return None
    r = _rating_before(s)
    if r is None:
        return None
    pid = str(m.one("s").value)
    if pid == r.provider:
        return None
    a, b, phrase = _span(m, s)
    return [Part(a, b, phrase, "ellipsis", ProviderRating(pid, r.column, r.ratings, r.negated if same else
                                                         not r.negated))]


_LIKEWISE = re.compile(r"(?i)^(?:along with|together with|(?:the )?same(?: rating| grade| mark)? as|as well as|"
                       r"alongside|as (?:was|were|did)(?: the)?|just as|exactly as|(?:and )?so (?:did|was|were)|"
                       # "..., the same verdict it reached on B", "a verdict it also reached on neighbouring B"
                       r"(?=.*\b(?:same|also|identical)\b)(?:the|a|an|that)(?: same| identical)? "
                       r"(?:verdict|rating|grade|judgement)(?: (?:it|they|inspectors|the inspectorate))?(?: also)? "
                       r"(?:reached|gave|handed|"
                       r"awarded|delivered|passed|given|handed down) (?:on|to)(?: neighbouring| nearby| fellow)?)$")


def _likewise(m: Match, s: Sentence) -> list[Part] | None:
    """'..., along with B', '..., the same as B', '..., as were B and C': each unit named has the rating said before
    it."""
    if not _LIKEWISE.match(m.words("with")):
        return None
    r = _rating_before(s)
    if r is None:
        return None
    listed = _listed([m.one("s"), *m.groups.get("more", [])], joins=("and", "&", ","))
    if listed is None:
        return None
    a, b, phrase = _span(m, s)
    return [Part(a, b, phrase, "likewise", ProviderRating(str(t.value), r.column, r.ratings, r.negated))
            for t in listed if str(t.value) != r.provider]


_SO_WAS = re.compile(r"(?i)^\W*(?:so|neither|nor)\s+(?:was|were|did|is|has)$")
_TOO = re.compile(r"(?i)^(?:(?:was|were|did|is|has)\s+)?(?:too|also|as\s+well)$")


def previous_ellipsis(tags: list, before: ProviderRating | None) -> list[Part]:
    """'X was rated Inadequate. So was Y.', '... Y was too.', '... Neither was Y.': a sentence that is only a unit
    and the words that stand for the rating the sentence before gave one unit, the same way."""
    named = [t for t in tags if t.code == "P"]
    if before is None or len(named) != 1:
        return []
    unit = named[0]
    head = " ".join(t.words for t in tags if t.end <= unit.start)
    tail = " ".join(t.words for t in tags if t.start >= unit.end and t.code != ",")
    if not (_SO_WAS.match(head) and not tail or not head and _TOO.match(tail)) or str(unit.value) == before.provider:
        return []
    a, b = tags[0].start, tags[-1].end
    return [Part(a, b, " ".join(t.words for t in tags), "ellipsis",
                 ProviderRating(str(unit.value), before.column, before.ratings, before.negated))]


def _rated_whole_as(m: Match, s: Sentence) -> list[Part] | None:
    """'We have therefore rated the sufficiency of these arrangements as Requires improvement overall': the
    inspectorate's overall rating of the unit the text is about, its work named in words of the writer's own."""
    if not re.fullmatch(r"(?i)rated|judged|graded|assessed", m.words("v")) or \
            not re.fullmatch(r"(?i)overall", m.words("k")) or any(t.code == "X" for t in s.tags[: m.first]) or \
            any(t.code in "PT" or t.code == "A" and t.words.lower() not in ("its", "their")
                for t in m.tags[m.first: m.last]):
        return None
    # ("The national inspection of HMPPS ... rated its arrangements R overall": the one unit named before the verb)
    named = list(dict.fromkeys(str(t.value) for t in s.tags[: m.first] if t.code == "P"))
    pid = named[0] if len(named) == 1 else _subject(None, s) if not named else None
    if pid is None:
        return None
    a, b, phrase = _span(m, s)
    return [Part(a, b, phrase, "provider-rating", ProviderRating(pid, "overall", _ratings(m.one("r"))))]
