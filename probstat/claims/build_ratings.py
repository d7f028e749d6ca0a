"""Builders of the shapes that read ratings: a provider's rating overall or on a standard, its change since its
previous inspection, a place on the rating scale, "the only" or "the first" (its standards: build_standards.py;
shapes.py holds the table that names them)."""

from __future__ import annotations

import re

from .. import schema
from .build_named import _headline_rating
from .matcher import Match
from .readings import (
    Change,
    Part,
    Predicate,
    ProviderRating,
    Statement,
)
from .shape_parts import (
    _DOWN,
    _INTENT,
    _PAST,
    _SAME,
    _UP,
    Sentence,
    _column,
    _count,
    _population,
    _rated_standards,
    _ratings,
    _refused_subject,
    _span,
    _subject,
)
from .tagger import clause_of

# --- builders --------------------------------------------------------------------------------------------------


def _provider_rating(m: Match, s: Sentence) -> list[Part] | None:
    mid = m.words("mid")
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
           not (t.words.lower() == "category" and i == 0) for i, t in enumerate(after)):
        # "rated Good on three standards": a count of standards, not the overall rating ("placed in the
        # 'Inadequate' category" is the rating)
        return None
    verbal = re.match(r"(?i)requires?|needs?|needing|requiring", m.one("r").words)
    if not (m.has("mid", "B") or m.has("mid", "V") or m.has("pre", "V") or m.has("mid", "X")
            or m.has("after", "V") or verbal or _headline_rating(m, s)):
        return None  # a name beside a rating word with no verb between: not a statement of its rating
    subject = m.one("s")
    if subject is not None and subject in m.tags:
        i = m.tags.index(subject)
        rest = m.tags[i + 1: i + 3]
        possessive = subject.words.lower() in ("its", "their") or (rest and rest[0].words.lower() in ("s", "'s"))
        following = [t for t in m.tags[i + 1: i + 4] if t.words.lower() not in ("s", "'s") and t.code != "Y"]
        # "its case supervision was judged inadequate" is no rating of the unit; "the CRC's management of
        # information and facilities" names a standard, which the rating is of
        named_standard = m.has("mid", "T") and any(x.code == "T" for x in m.tags[i + 1: i + 6])
        # "X's latest rating is R", "its first rating": the rating at one of its inspections (which_round.py)
        dated = len(following) > 1 and re.fullmatch(r"(?i)latest|current|first|new", following[0].words) and \
            following[1].code in "VK"
        if possessive and not (following and following[0].code in "TVKI" or named_standard or dated):
            return None  # "its case supervision was judged inadequate": a rating of something the provider has
    pid = _subject(subject, s)
    a, b, phrase = _span(m, s)
    if pid is None:
        return [Part(a, b, phrase, "provider-rating", problem="the subject (\"the CRC\", \"it\") is not named in "
                     "the text")]
    k = m.first
    if k >= 2 and m.tags[k - 1].code == "w" and m.tags[k - 1].words.lower() in ("at", "in", "of", "for") and \
            m.tags[k - 2].code == "T" and not m.has("mid", "T") and not m.has("after", "T"):
        # "Information and facilities at the CRC were outstanding": the standard named before the unit
        return [Part(m.tags[k - 2].start, b, s.text[m.tags[k - 2].start: b], "provider-rating",
                     ProviderRating(pid, str(m.tags[k - 2].value), _ratings(m.one("r"))))]
    past = bool(_PAST.search(mid)) and not m.has("mid", "H") and not _INTENT.search(mid)
    if past:
        # "it was last rated Inadequate in 2022": a rating had before, at the inspection the year names;
        # "previously rated Inadequate": at one before the one the text reports (which_round.py)
        column = _column(m, s, ("mid", "after"))
        if column is None or sum(1 for t in m.groups.get("mid", []) if t.code == "X"):
            return None
        return [Part(a, b, phrase, "provider-rating", ProviderRating(pid, column, _ratings(m.one("r"))),
                     past=True, earlier=True)]
    if m.has("mid", "H") or _PAST.search(mid) or _INTENT.search(mid):
        return None  # a rating hoped for, expected or had before is not the rating given
    negations = sum(1 for t in m.groups.get("mid", []) if t.code == "X")
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
        return [Part(a, b, phrase, "provider-rating", problem="both a standard and 'overall' named")]
    return [Part(a, b, phrase, "provider-rating", ProviderRating(pid, column, ratings, negated=negations == 1))]


def _rating_for(m: Match, s: Sentence) -> list[Part] | None:
    """'a Good rating for X': the rating named first, then the provider it is for."""
    link = m.tags[m.tags.index(m.one("s")) - 1].words.lower()
    if link not in ("for", "to", "of") or m.one("s").words.lower() in ("its", "their"):
        return None  # "Inadequate ratings for its casework": the rating of a part of its work, not of the unit
    pid = _subject(m.one("s"), s)
    if pid is None or any(t.code == "X" for t in s.tags[max(0, m.first - 3): m.first]):
        return None
    a, b, phrase = _span(m, s)
    return [Part(a, b, phrase, "provider-rating", ProviderRating(pid, "overall", _ratings(m.one("r"))))]


def _rating_ellipsis(m: Match, s: Sentence) -> list[Part] | None:
    """', but Inadequate for reviewing': a rating without a verb after a provider's rating in the same sentence
    is that provider's too."""
    earlier = [p for p in s.parts if isinstance(p.reading, ProviderRating) and p.end <= m.tags[m.first].start]
    if not earlier or not m.groups.get("after"):
        return None
    pid = earlier[-1].reading.provider
    a, b, phrase = _span(m, s)
    columns = list(dict.fromkeys(str(t.value) for t in m.groups["after"] if t.code == "T"))
    if not columns and any(t.code == "K" for t in m.groups["after"]) and earlier[-1].reading.column != "overall":
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


def _providers_listed(m: Match, s: Sentence) -> list[Part] | None:
    names = [t for t in m.groups["ss"] if t.code in "PA"]
    # "A joins B and C at the bottom of the scale", "A, along with B, ...": words that join units under one rating
    if any(t.code == "w" and t.words.lower() not in ("and", "&", "or", "joins", "joined", "join", "alongside")
           for t in m.groups["ss"]):
        return None
    if any(t.words.lower() == "or" for t in m.groups["ss"]):
        return None  # "A or B was rated Good": which one is not said
    if m.first > 0 and m.tags[m.first - 1].code == "E":
        return None  # "Unlike A, B was rated Good": a contrast, not a list (the exception shapes read it)
    if any(t.words == "," for t in m.groups["ss"]) and not any(t.words.lower() in ("and", "&") for t in m.groups["ss"]):
        return None  # "A, B was rated Good": an apposition or a contrast, not a list ending in "and"
    joined = any(t.words.lower() in ("joins", "joined", "join") for t in m.groups["ss"])
    pids = [_subject(t, s) for t in names]
    if joined and not m.groups.get("mid") and None not in pids:
        # "A joins B and C at the bottom of the scale", "it joins B ...": the verb that joins them is the statement's
        a, b, phrase = _span(m, s)
        return [Part(a, b, phrase, "provider-rating", ProviderRating(str(pid), "overall", _ratings(m.one("r"))))
                for pid in dict.fromkeys(pids)]
    if names[0].code == "A":
        return None  # "it and B were rated ...": read only with a joining verb
    parts = []
    for t in names:
        got = _provider_rating(Match(m.first, m.last, {**m.groups, "s": [t]}, m.tags), s)
        if got is None:
            return None
        parts.extend(got)
    return parts


def _clause_subject(m: Match, s: Sentence) -> list[Part] | None:
    """', ..., was rated Good': a rating after a clause that interrupts its subject ('X, which supervised
    3,000 people, was rated Good') belongs to the sentence's subject: the first provider named in it."""
    named = [t for t in s.tags[: m.first] if t.code in "PA"]
    if not named:
        return None
    first = named[0]
    if any(t.code in "SN" and t.start < first.start for t in s.tags[: m.first]) or first.code == "A":
        return None
    m2 = Match(m.first, m.last, {**m.groups, "s": [first]}, m.tags)
    return _provider_rating(m2, s)


_GROUP_WORDS = ("each", "both", "all", "the")


def _group_rating(m: Match, s: Sentence) -> list[Part] | None:
    """'Each was rated Requires improvement', 'all three units "require improvement"', 'the three PDUs were each
    rated Inadequate': the units a neighbouring sentence names together, each given the rating. Read only when
    that sentence names exactly as many units as the words say ("both": two)."""
    g = m.words("g").lower()
    n_tag = m.one("n")
    if g not in _GROUP_WORDS or (g in ("all", "the") and n_tag is None):
        return None
    if g == "the" and not any(t.words.lower() in ("each", "all", "both") for t in m.groups.get("mid", [])):
        return None  # "the three PDUs were rated ...": the words may count a part of a population, not a group
    want = 2 if g == "both" else None
    if n_tag is not None:
        got = _count(n_tag, s)
        if got is None or got[0].rule != "exact count" or got[1] is not None:
            return None
        want = int(got[0].value)
    mid = m.groups.get("mid", [])
    if any(t.code in "XH" for t in mid):
        return None
    before, after = s.groups
    group = next((g_ for g_ in (before, after) if len(g_) >= 2 and (want is None or len(g_) == want)), None)
    if group is None:
        return None
    column = _column(m, s, ("mid", "after"))
    if column is None:
        return None
    a, b, phrase = _span(m, s)
    return [Part(a, b, phrase, "group rating", ProviderRating(pid, column, _ratings(m.one("r")))) for pid in group]


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
    return _clause_subject(m, s)


def _apposition(m: Match, s: Sentence) -> list[Part] | None:
    """'X, rated Good in 2019, ...': X's rating; not when X closes a phrase set off before the verb ("Lambeth PDU,
    run by HMPPS, was rated ..."), whose rating is the unit's before it."""
    i = s.tags.index(m.one("s"))
    mid = m.groups.get("mid", [])
    if i > 0 and s.tags[i - 1].code in "wF" and s.tags[i - 1].words.lower() in ("by", "of", "from", "with", "under",
                                                                                 "for", "within", "across") \
            and mid and mid[0].code == "B":
        return None  # "..., run by HMPPS, was rated": the verb is the sentence's, its subject the unit before
    return _provider_rating(m, s)


def _as_was(m: Match, s: Sentence) -> list[Part] | None:
    """'..., as was C': C has the rating the sentence gave before."""
    if m.words("as") != "as":
        return None
    earlier = [p for p in s.parts if isinstance(p.reading, ProviderRating)]
    if not earlier:
        return None
    a, b, phrase = _span(m, s)
    r = earlier[-1].reading
    return [Part(a, b, phrase, "as-was", ProviderRating(str(m.one("s").value), r.column, r.ratings, r.negated))]


def _ellipsis(m: Match, s: Sentence) -> list[Part] | None:
    """'X was rated Good, and Y Requires improvement': a second name and rating after a first rated one."""
    if not any(isinstance(p.reading, ProviderRating) for p in s.parts):
        return None
    a, b, phrase = _span(m, s)
    return [Part(a, b, phrase, "rating-list", ProviderRating(str(m.one("s").value), "overall",
                                                              _ratings(m.one("r"))))]


def _change(m: Match, s: Sentence) -> list[Part] | None:
    """A rating against the previous inspection: 'improved from R to R', 'kept its Good rating', 'lost its Good
    rating', 'was downgraded to R', 'has not changed', 'the same rating as last time'."""
    pid = _subject(m.one("s"), s)
    a, b, phrase = _span(m, s)
    span = m.tags[m.first: m.last]
    words = " ".join(t.words.lower() for t in span)
    ratings = [t for t in span if t.code == "R"]
    negated = sum(t.code == "X" for t in span)
    if not ratings and m.one("s") is None and not any(
            t.code in "KHV" and re.search(r"(?i)rating|grade|mark", t.words) for t in span):
        return None  # "the quality of supervision overall had fallen": neither a unit's nor a rating's change
    hx = next((i for i, t in enumerate(span) if t.code == "H"), None)
    if hx is not None and re.fullmatch(r"(?i)changes?", span[hx].words) and hx > 0 and \
            span[hx - 1].code in "wT" and not ratings[1:]:
        return None  # "sweeping staff changes", "positive change": a change of something, not of the rating
    h = next((i for i, t in enumerate(span) if t.code in "PA"), 0)
    # a rating verb before the subject ("inspectors found it had improved") rates nothing
    if not ratings and not any(t.code == "K" or t.code == "V" and i >= h
                               for i, t in enumerate((*span, *m.tags[m.last: m.last + 2]))) and \
            not re.search(r"same rating|same grade|same mark|downgraded|upgraded", words):
        return None  # "making big changes", "kept improving": not a change of rating
    if pid is None:
        return [Part(a, b, phrase, "change", problem="the subject is not named in the text")]
    if negated > 1:
        return [Part(a, b, phrase, "change", problem="a double negation")]
    up, down, same = bool(_UP.search(words)), bool(_DOWN.search(words)), bool(_SAME.search(words))
    lost = bool(re.search(r"\b(?:lost|loses?|losing)\b", words))
    changed = bool(re.search(r"\bchang(?:e|ed|es|ing)\b", words))
    before = after = None
    if changed and negated and len(ratings) <= 1 and not (up or down or lost):
        # "its rating did not change", "has not changed": the same rating (whatever 'again' says besides)
        r = _ratings(ratings[0]) if ratings else None
        return [Part(a, b, phrase, "change", Change(pid, "same", r, r, since=_since(s, a)))]
    if len(ratings) >= 2:
        first, second = ratings[0], ratings[1]
        between = " ".join(t.words.lower() for t in span if first.end <= t.start < second.start)
        lead = " ".join(t.words.lower() for t in span if t.end <= first.start)[-30:]
        if re.search(r"\b(?:up|down)\s+from$", between) or re.search(r"\bafter\b", between) or \
                re.search(r"\bto$", lead) and re.search(r"(?:^|\s)from(?:\s+(?:the|its|an?|their))?$", between):
            # "R2, up from R1"; "moved up to R2, from the R1 it was given"
            before, after = _ratings(second), _ratings(first)
        elif re.search(r"\bfrom$", lead) or re.search(r"\bto\b", between) or _PAST.search(between):
            before, after = _ratings(first), _ratings(second)
        else:
            return [Part(a, b, phrase, "change", problem="two ratings whose order in time is not said")]
        kind = "changed"
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
            lead = " ".join(t.words.lower() for t in span if ratings and t.end <= ratings[0].start)
            if r is not None and re.search(r"\bfrom(?:\s+(?:the|its|an?|their))?$", lead):
                before, after = r, None  # "moved up from the Inadequate rating it was given"
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
        else:
            return [Part(a, b, phrase, "change", problem="a negated change")]
    column = _changed_column(m, s)
    if column is None:
        return [Part(a, b, phrase, "change", problem="a change on several standards at once")]
    return [Part(a, b, phrase, "change", Change(pid, kind, before, after, since=_since(s, a), column=column))]


def _changed_column(m: Match, s: Sentence) -> str | None:
    """What a change is of: the overall rating, or the one standard named in or just after the match ("kept its
    Outstanding rating for leadership"); None when several standards are named."""
    clause = clause_of(s.tags)
    last = m.last - 1 if m.last > m.first else m.first
    near = [t for i, t in enumerate(s.tags)
            if t.code == "T" and clause[i] == clause[last] and m.first - 3 <= i < m.last + 4]
    columns = {str(t.value) for t in near}
    return "overall" if not columns else (columns.pop() if len(columns) == 1 else None)


def _since(s: Sentence, at: int) -> bool:
    """Whether the round the sentence writes is the one a change is counted from ('since 2018-19')."""
    return bool(re.search(r"(?i)\bsince\s+(?:its\s+|the\s+)?(?:inspection\s+(?:in|of)\s+)?(?:20[0-9]{2})",
                          s.text[at: s.end]))


def _scale(m: Match, s: Sentence) -> list[Part] | None:
    """"rated 'Good', the second-highest rating": a rating placed on the scale."""
    first, second = m.one("r1"), m.one("r2")
    if re.search(r"highest|lowest", first.words, re.IGNORECASE) and not re.search(r"highest|lowest", second.words,
                                                                                 re.IGNORECASE):
        first, second = second, first  # "the second lowest rating, 'Requires improvement'"
    if not re.search(r"highest|lowest", second.words, re.IGNORECASE):
        return None
    a, b = second.start, second.end
    st = Statement(a, b, second.words, "scale", predicate=Predicate("rating", "overall", _ratings(first)),
                   notes=(first.words, ",".join(_ratings(second))))
    return [Part(a, b, second.words, "scale", st)]


def _scale_size(m: Match, s: Sentence) -> list[Part] | None:
    """'the lowest of four possible ratings': how many ratings the scale has (four: Outstanding to Inadequate)."""
    v = m.one("v")
    between = " ".join(t.words.lower() for t in m.tags[m.first + 1: m.last - 1])
    if v.words.lower() != "ratings" or between not in ("", "possible", "available"):
        return None
    got = _count(m.one("n"), s)
    if got is None or got[0].rule != "exact count":
        return None
    a, b, phrase = _span(m, s)
    st = Statement(a, b, phrase, "scale size", stated=got[0])
    return [Part(a, b, phrase, "scale", st)]


def _only(m: Match, s: Sentence) -> list[Part] | None:
    """'X was the only CRC rated Good', 'X became the first CRC to be rated Good'."""
    q = str(m.one("q").value)
    if q not in ("only", "first"):
        return None
    pid, refused = _refused_subject(m, s, "only")
    if refused:
        return refused
    a, b, phrase = _span(m, s)
    sector, words = _population(m.one("pop"))
    if re.search(r"(?i)\bof its (?:kind|type)\b", s.text[m.one("pop").end: m.tags[m.last - 1].end]):
        # "the first organisation of its kind": of the subject's own sector
        from . import vocabulary as vocab

        provider = vocab.providers_and_aliases()[1].get(pid)
        if provider is None:
            return None
        sector, words = provider.sector, schema.SECTOR_PLURALS.get(provider.sector, words)
    st = Statement(a, b, phrase, "provider", providers=(pid,), quantifier=q, sector=sector, population_words=words,
                   predicate=Predicate("rating", "overall", _ratings(m.one("r"))))
    return [Part(a, b, phrase, "only", st)]


def _only_that(m: Match, s: Sentence) -> list[Part] | None:
    """'... the first organisation of its kind to achieve that grade': 'that grade' is the rating named before."""
    v = m.one("v")
    i = m.tags.index(v)
    if i == 0 or m.tags[i - 1].words.lower() not in ("that", "this", "the same"):
        return None
    q = m.tags.index(m.one("q"))
    earlier = [t for t in s.tags[: q] if t.code == "R"]  # "X was rated Good, the first PDU to reach that rating"
    if not earlier:
        return None
    m2 = Match(m.first, m.last, {**m.groups, "r": [earlier[-1]]}, m.tags)
    return _only(m2, s)


def _except_named(m: Match, s: Sentence) -> list[Part] | None:
    """'Other than X, no CRC was rated Inadequate' (X was, and the only one); 'Apart from X, all CRCs were
    rated ...' (X was not, every other was); 'Unlike X, Y was rated Good' (Y was, X was not)."""
    a, b, phrase = _span(m, s)
    ex = str(m.one("ex").value)
    e_words = m.words("e")
    column = _column(m, s, ("mid", "after"))
    mid = m.groups.get("mid", [])
    if column is None or any(t.code in "XH" for t in mid):
        return [Part(a, b, phrase, "exception", problem="an exception with a negation or change, not read")]
    rating = _ratings(m.one("r"))
    if m.one("s") is not None:
        if e_words not in ("unlike", "in contrast to"):
            return None
        pid = _subject(m.one("s"), s)
        return [Part(a, b, phrase, "contrast", ProviderRating(pid, column, rating)),
                Part(a, b, phrase, "contrast", ProviderRating(ex, column, rating, negated=True))]
    q = str(m.one("q").value)
    sector, words = _population(m.one("pop"))
    pred = Predicate("rating", column, rating)
    if q == "none":
        st = Statement(a, b, phrase, "provider", providers=(ex,), quantifier="only", sector=sector,
                       population_words=words, predicate=pred)
        return [Part(a, b, phrase, "exception", st)]
    if q == "all":
        st = Statement(a, b, phrase, "count", quantifier="all but", amount=1.0, sector=sector,
                       population_words=words, predicate=pred)
        return [Part(a, b, phrase, "exception", st),
                Part(a, b, phrase, "exception", ProviderRating(ex, column, rating, negated=True))]
    return None

