"""Builders for where ratings stand within a population: sector likelihoods ('five times as likely'), the most
common or lowest rating, the lowest-rated unit's rating, two ratings' counts compared, and two units' ratings
compared."""

from __future__ import annotations

from . import lazy_re as re
from .matcher import Match
from .quantifiers import interpret as _interpret
from .readings import (
    Distribution,
    Likelihood,
    Part,
    Predicate,
    ProviderFigure,
    ProviderRating,
    RatedExtreme,
    RatingComparison,
    Statement,
)
from .shape_parts import Sentence, _count, _population, _ratings, _span, _subject

# "a far better chance of being rated Good", "better odds of", "ran less risk than a PDU of being rated R": the
# same comparison of shares ("a better chance" and "more risk" of the rating's happening)
_MORE_ODDS = re.compile(r"(?i)\b(?:better|greater|higher|more)\s+(?:chance|odds|risk)\b|\bmore\s+(?:often|frequently)")
_LESS_ODDS = re.compile(r"(?i)\b(?:worse|smaller|lower|less)\s+(?:chance|odds|risk)\b|\bless\s+(?:often|frequently)")


def _likelihood(m: Match, s: Sentence) -> list[Part] | None:
    """'CRCs were more likely than NPS divisions to be rated Good', 'twice as likely as a CRC'."""
    words = m.words("l")
    a, b, phrase = _span(m, s)
    if any(t.code == "X" for t in m.tags[m.first: m.last]):
        return [Part(a, b, phrase, "likelihood", problem="a negated comparison")]
    ratio = bound = None
    if "more likely" in words and "times" not in words or _MORE_ODDS.search(words):
        kind = "more"
    elif "less likely" in words or _LESS_ODDS.search(words):
        kind = "less"
    elif "twice" in words:
        kind, ratio = "ratio", 2.0
    elif "times" in words and m.one("k") is not None:
        try:
            said = _interpret(m.one("k").words, "count")
        except ValueError:
            return None
        ratio, kind = float(said.value), "ratio"
        # "more than ten times as likely": the words bound the ratio; a bare "five times" is one that rounds to five
        bound = said if said.rule not in ("exact count", "bare number") else None
    else:
        return [Part(a, b, phrase, "likelihood", problem="a comparison of likelihoods, not read")]
    first, second = _population(m.one("a"))[0], _population(m.one("b"))[0]
    if first == second:
        return None
    return [Part(a, b, phrase, "likelihood", Likelihood(first, second, _ratings(m.one("r")), kind, ratio, bound))]


def _distribution(m: Match, s: Sentence) -> list[Part] | None:
    """'Requires improvement was the most common rating', 'the lowest rating given to any NPS division was
    Requires improvement'."""
    d = m.one("d") or m.one("ext")
    words = re.sub(r"commonest|most frequent|most often|most usual|prevailing|predominant|dominant|typical",
                   "most common",
                   re.sub(r"rarest|least frequent|least often|least usual", "least common", d.words.lower()))
    kind = next((k for k in ("most common", "least common", "lowest", "highest") if k in words), None)
    if kind is None or m.tags.index(d) + 1 < len(m.tags) and m.tags[m.tags.index(d) + 1].code == "B" and \
            not re.search(r"(?i)\b(?:rating|verdict|grade)\b", d.words):
        return None  # "the most common was R" names no rating ("the rating given most often was R" does)
    a, b, phrase = _span(m, s)
    if any(t.code in "XT" for t in m.tags[m.first: m.last]):
        return [Part(a, b, phrase, "distribution", problem="a standard or a negation in a superlative")]
    pop = m.one("pop") or _fronted_population(s, m.first)
    sector, words = _population(pop) if pop is not None else (None, "")
    if pop is None and m.last == len(s.tags) and s.previous_pop is not None and \
            not any(t.code == "S" for t in s.tags):
        # "The inspectors looked at three regions. Inadequate was the rating they gave most often.": among those
        sector, words = s.previous_pop
    rating = _ratings(m.one("r"))
    if len(rating) != 1:
        return None
    return [Part(a, b, phrase, "distribution", Distribution(sector, rating[0], kind))] + \
        (_with_count(s, m.tags[m.last - 1].end, sector, words, rating[0]) if kind == "most common" else [])


# "..., with five of the seven", "..., with 19 of the 21": the count of the rating just named, of its population
_WITH = re.compile(r"(?i)[^,;]{0,40},\s*with\s+(?P<n>[\w-]+)\s+(?:of|out\s+of)\s+(?:the\s+|its\s+)?(?P<m>[\w-]+)"
                   r"(?=\s*[.;,]|\s*$)")


def _with_count(s: Sentence, at: int, sector: str | None, words: str, rating: str) -> list[Part]:
    """'Good was the prevailing verdict among the NPS divisions in 2018-19, with five of the seven': so many of
    the population had the rating named, a claim of its own."""
    tail = _WITH.match(s.text, at, s.end)
    if tail is None or sector is None:
        return []
    try:
        stated, whole = _interpret(tail.group("n"), "count"), _interpret(tail.group("m"), "count")
    except ValueError:
        return []
    if stated.rule != "exact count" or whole.rule != "exact count":
        return []
    a, b = tail.start("n"), tail.end("m")
    return [Part(a, b, s.text[a:b], "count", Statement(
        a, b, s.text[a:b], "count", stated=stated, denominator=int(whole.low), sector=sector, population_words=words,
        predicate=Predicate("rating", "overall", (rating,))))]


def _fronted_population(s: Sentence, first: int):
    """'Among the three regions inspected in 2024-25, the most common rating was ...': the population set before
    the clause, between "among", "of" or "across" and a comma."""
    comma = next((k for k in range(first - 1, -1, -1) if s.tags[k].words == ","), None)
    if comma is None or not s.tags or s.tags[0].words.lower() not in ("among", "amongst", "of", "across"):
        return None
    pops = [t for t in s.tags[1: comma] if t.code == "S"]
    return pops[0] if len(pops) == 1 else None


def _times_as_many(m: Match, s: Sentence) -> list[Part] | None:
    """'twice as many NPS divisions as CRCs were rated Good', 'five times as many ...': one population's count of a
    rating a multiple of the other's."""
    words = " ".join(t.words.lower() for t in m.groups["x"])
    got = re.fullmatch(r"(?:(?P<n>[\w-]+)\s+times|(?P<twice>twice)|(?P<half>half))\s+as\s+many", words)
    if got is None or m.words("as") != "as" or any(t.code in "XT" for t in m.tags[m.first: m.last]):
        return None
    if got.group("n"):
        try:
            times = _interpret(got.group("n"), "count")
        except ValueError:
            return None
        if times.rule != "exact count":
            return None
        ratio = float(times.value)
    else:
        ratio = 2.0 if got.group("twice") else 0.5
    sector, other, rating = _population(m.one("pop"))[0], _population(m.one("other"))[0], _ratings(m.one("r"))
    if sector is None or other is None or sector == other or len(rating) != 1:
        return None
    a, b, phrase = _span(m, s)
    return [Part(a, b, phrase, "distribution", Distribution(sector, rating[0], "ratio", than_sector=other,
                                                            ratio=ratio))]


def _rated_extreme(m: Match, s: Sentence) -> list[Part] | None:
    """'the lowest-rated NPS division was rated Requires improvement': the lowest (or highest) rating given in the
    population, whichever unit had it."""
    words = m.words("d").lower()
    kind = "lowest" if re.search(r"lowest-rated|worst", words) else (
        "highest" if re.search(r"highest-rated|top-rated|best", words) else None)
    if kind is None:
        return None
    a, b, phrase = _span(m, s)
    if any(t.code in "XT" for t in m.tags[m.first: m.last]):
        return [Part(a, b, phrase, "distribution", problem="a standard or a negation in a superlative")]
    rating = _ratings(m.one("r"))
    sector = _population(m.one("pop"))[0]
    if len(rating) != 1 or sector is None:
        return None
    return [Part(a, b, phrase, "distribution", Distribution(sector, rating[0], kind))]


def _more_rated(m: Match, s: Sentence) -> list[Part] | None:
    """'more PDUs were rated Inadequate than Requires improvement', 'fewer CRCs were rated Good than ...': two
    ratings' counts in one population, compared."""
    kind = m.words("k").lower()
    kind = "more" if kind in ("outnumbered", "exceeded", "outstripped", "outweighed") else kind
    if kind not in ("more", "fewer", "less") or m.one("how") is not None and \
            m.words("how").lower() not in ("numerous", "common", "frequent", "plentiful"):
        return None
    a, b, phrase = _span(m, s)
    if any(t.code in "XT" for t in m.tags[m.first: m.last]):
        return [Part(a, b, phrase, "distribution", problem="a standard or a negation in a comparison of ratings")]
    if m.one("other") is not None:
        # "more NPS divisions than CRCs were rated Good": one rating's counts in two populations
        sector, other, rating = _population(m.one("pop"))[0], _population(m.one("other"))[0], _ratings(m.one("r"))
        if sector is None or other is None or sector == other or len(rating) != 1:
            return None
        return [Part(a, b, phrase, "distribution", Distribution(sector, rating[0], "more" if kind == "more" else
                                                                "fewer", than_sector=other))]
    first, second = _ratings(m.one("r")), _ratings(m.one("rb"))
    if len(first) != 1 or len(second) != 1 or first == second:
        return None
    sector, words = _population(m.one("pop")) if m.one("pop") is not None else (None, "")
    parts = [Part(a, b, phrase, "distribution", Distribution(sector, first[0], "more" if kind == "more" else
                                                             "fewer", than=second[0]))]
    return parts + _against(s, m, sector, words, (first[0], second[0]))


# "..., fourteen against ten", ": five to two": the two counts the comparison rests on, in its order
_AGAINST = re.compile(r"(?:\s+(?:in|during)\s+[\w-]+)?\s*[,:;(\u2013\u2014-]\s*(?:with\s+|by\s+)?(?P<one>[\w-]+)\s+"
                      r"(?:against|to|versus|vs\.?)\s+(?P<two>[\w-]+)\s*\)?\s*[.;]?\s*$")


def _against(s: Sentence, m: Match, sector: str | None, words: str, ratings: tuple[str, str]) -> list[Part]:
    """'More PDUs were rated Inadequate than Requires improvement in 2024-25, fourteen against ten': a count of the
    population with each rating."""
    tail = _AGAINST.match(s.text, m.tags[m.last - 1].end, s.end)
    if tail is None or sector is None:
        return []
    out = []
    for g, rating in zip(("one", "two"), ratings, strict=True):
        try:
            stated = _interpret(tail.group(g), "count")
        except ValueError:
            return []
        if stated.rule != "exact count":
            return []
        a, b = tail.start(g), tail.end(g)
        out.append(Part(a, b, s.text[a:b], "count", Statement(
            a, b, s.text[a:b], "count", stated=stated, sector=sector, population_words=words,
            predicate=Predicate("rating", "overall", (rating,)))))
    return out


_HIGHER = re.compile(r"(?i)^(?:higher|better)(?:\s+than)?$")
_LOWER = re.compile(r"(?i)^(?:lower|worse)(?:\s+than)?$")


def _compared(m: Match, s: Sentence) -> list[Part] | None:
    """'A was rated higher than B', 'A received a lower rating than B': the two units' overall ratings at the same
    round; 'A fared worse than B', of how the units came out of their inspections. ('Outperformed' and 'did better
    than' may be of anything; they stay refused.)"""
    # ("fared worse than B": the verb and the comparison in one word)
    words = [re.sub(r"(?i)^fared\s+", "", t.words) for t in m.groups.get("cmp", []) if t.code in "Gw" or
             t.code == "H" and re.fullmatch(r"(?i)fared\s+(?:better|worse)", t.words)]
    rel = "higher" if any(_HIGHER.match(w) for w in words) else "lower" if any(_LOWER.match(w) for w in words) \
        else None
    mid = m.groups.get("mid", [])
    if rel is None or any(t.code in "XT" or t.code == "H" and not t.words.lower().startswith("fared")
                          for t in (*mid, *m.groups.get("cmp", []))) or \
            not any(t.code in "BV" and re.search(r"(?i)rat|grad|given|received|judged", t.words) or
                    re.match(r"(?i)fared|fares", t.words) for t in (*mid, *m.groups.get("cmp", []))):
        return None
    a, b = _subject(m.one("s"), s), _subject(m.one("o"), s)
    if a is None or b is None or a == b:
        return None
    st, en, phrase = _span(m, s)
    return [Part(st, en, phrase, "comparison", RatingComparison(a, b, rel))]


_MORE_POINTS = re.compile(r"(?i)^(?:more|higher|fewer|lower|less)$")


def _points_compared(m: Match, s: Sentence) -> list[Part] | None:
    """'A scored more points than B', 'A outscored B': the two units' points out of 27 at the same round."""
    words = [t.words.lower() for t in m.groups.get("cmp", [])]
    by = _count(m.one("by"), s) if m.one("by") is not None else None
    if m.one("by") is not None:
        # "A scored 2 points more than B": the gap between the two
        if by is None or by[2] == "share" or words[0] not in ("point", "points") or not (_MORE.match(words[1]) or
                                                                       _FEWER.match(words[1])):
            return None
        words = ["points", "more" if _MORE.match(words[1]) else "fewer"]
    # ("... on points (out of 27)": the scale's top is the points' own, read with them)
    on_points = _ON_POINTS.match(s.text, m.one("o").end, s.end) if m.one("o") is not None else None
    if "outscored" in words:
        rel = "higher"
    elif words and on_points and re.fullmatch(r"trail(?:ed|s)|beat|beats|led|leads|topped|tops|outpointed", words[0]):
        rel = "lower" if words[0].startswith("trail") else "higher"  # "A trailed B on points", "A beat B on points"
    elif any(_MORE_POINTS.match(w) for w in words) and any(w in ("points", "a score") for w in words):
        rel = "higher" if any(w in ("more", "higher") for w in words) else "lower"
    else:
        return None
    if any(t.code == "X" for t in m.tags[max(0, m.first - 2): m.last]):
        return None  # "did not score more points than": left to the refusal
    a, b = _subject(m.one("s"), s), _subject(m.one("o"), s)
    if a is None or b is None or a == b:
        return None
    st, en, phrase = _span(m, s)
    en = on_points.end() if on_points else en
    return [Part(st, en, s.text[st:en], "comparison", RatingComparison(a, b, rel, column="points",
                                                                       by=by[0] if by else None))]


_ON_POINTS = re.compile(r"(?i)\s+(?:on|in)\s+(?:the\s+)?(?:points|score)\b(?:\s+out\s+of\s+(?:a\s+possible\s+)?27)?")


_MORE = re.compile(r"(?i)^(?:more|higher|larger|bigger|greater|heavier)(?:\s+than)?$|^ahead\s+of$")
_FEWER = re.compile(r"(?i)^(?:fewer|lower|smaller|less|lighter)(?:\s+than)?$|^behind$")
# "more than twice as many people as": only "more than" so many times, read literally
_TIMES = re.compile(r"(?i)(twice|three\s+times|four\s+times)\s+as\s+many$")
_MORE_THAN = re.compile(r"(?i)more\s+than\s+(?:twice|three|four)\b")


def _figures_compared(m: Match, s: Sentence) -> list[Part] | None:
    """'A supervised more people than B', 'the average caseload at A was higher than at B', 'A had a higher average
    caseload than B': the two units' figures at the same round."""
    words = " ".join(t.words.lower() for t in m.tags[m.first: m.last])
    before = " ".join(t.words.lower() for t in s.tags[max(0, m.first - 4): m.first])
    points = m.one("pts") is not None and m.words("pts").lower() in ("points", "points out of 27")
    column = "points" if points else "avg_caseload" if "caseload" in f"{before} {words}" else \
        "people_supervised" if m.one("u") is not None else _share_compared(m, s) if m.one("l") is not None else None
    cmp = [t.words for t in m.groups.get("cmp", [])]
    # ("more than three times as many": the count's words are a figure's, "more than" and "three")
    said = f"{m.words('n')} {m.words('times')}".strip()
    cmp += ["more"] if _MORE_THAN.match(said) else []
    rel = "higher" if any(_MORE.match(w) for w in cmp) else "lower" if any(_FEWER.match(w) for w in cmp) else None
    times = _TIMES.search(said) if m.one("times") is not None else None
    # ("scored three times as many points as B": whole numbers, so exactly so many times)
    rel = "same" if points and rel is None and times is not None else rel
    by = _count(m.one("by"), s) if m.one("by") is not None else None
    if m.one("by") is not None and (by is None or by[2] == "share" or column != "people_supervised"):
        return None
    if column is None or rel is None or any(t.code == "X" for t in s.tags[: m.last]) or \
            m.one("times") is not None and (times is None or rel not in ("higher", "same" if points else "")):
        return None
    a, b = _subject(m.one("s"), s), _subject(m.one("o"), s)
    if a is None or b is None or a == b:
        return None
    st, en, phrase = _span(m, s)
    factor = float({"twice": 2, "three": 3, "four": 4}[times.group(1).split()[0].lower()]) if times else 1.0
    return [Part(st, en, phrase, "comparison", RatingComparison(a, b, rel, column=column, times=factor,
                                                                by=by[0] if by else None))]


def _two_figures_compared(m: Match, s: Sentence) -> list[Part] | None:
    """'A's average caseload of 64 was heavier than the 58 recorded at B', '... lighter than B's 58': the two
    figures are read as the units' own; the comparison between them is a claim of its own, of the same figures."""
    rel = "higher" if _MORE.match(m.words("cmp")) else "lower" if _FEWER.match(m.words("cmp")) else None
    said = s.text[s.start: s.end].lower()
    column = "avg_caseload" if "caseload" in said else "points" if re.search(r"\bpoints?\b", said) else \
        "people_supervised" if re.search(r"\bpeople\b|\bsupervis", said) else None
    a, b = _subject(m.one("s"), s), _subject(m.one("o") or m.one("o2"), s)
    if rel is None or column is None or a is None or b is None or a == b or \
            any(t.code == "X" for t in s.tags[: m.last]):
        return None
    st, en = m.one("cmp").start, m.one("than").end
    return [Part(st, en, s.text[st:en], "comparison", RatingComparison(a, b, rel, column=column))]


def _gap_after(m: Match, s: Sentence) -> list[Part] | None:
    """'X supervised 8,136 people, over 3,000 more than B': the gap, set off after the figure the sentence read for
    X, between X's figure and B's."""
    # (the figure read last before the gap: a unit's people supervised, or its average caseload, "caseloads
    # averaged 64, six more than at B")
    earlier = [(p.reading.providers[0], "people_supervised") for p in s.parts if isinstance(p.reading, Statement)
               and p.reading.predicate is not None and p.reading.predicate.kind == "people_supervised"
               and len(p.reading.providers) == 1 and p.end <= m.one("by").start] + \
        [(p.reading.provider, p.reading.column) for p in s.parts if isinstance(p.reading, ProviderFigure)
         and p.reading.column == "avg_caseload" and p.end <= m.one("by").start]
    cmp = m.words("cmp").lower()
    rel = "higher" if _MORE.match(cmp) else "lower" if _FEWER.match(cmp) else None
    by = _count(m.one("by"), s)
    b = _subject(m.one("o"), s)
    if not earlier or rel is None or by is None or by[2] == "share" or b is None or b == earlier[-1][0]:
        return None
    st, en, phrase = _span(m, s)
    st = m.one("by").start
    a, column = earlier[-1]
    return [Part(st, en, s.text[st:en], "comparison", RatingComparison(a, b, rel, column=column, by=by[0]))]


def _like_unlike_after(m: Match, s: Sentence) -> list[Part] | None:
    """'A was rated R in 2025-26, unlike B(, which ...)' (B was not rated R); '..., like B' (B was too): the rating
    the sentence read before, for B."""
    how = m.words("e").lower()
    # (the rating read before the words, not one a clause after B gives B: "unlike B, which got R2")
    before = [p.reading for p in s.parts if isinstance(p.reading, ProviderRating) and p.end <= m.one("e").start]
    r = before[-1] if before else None
    b_id = _subject(m.one("o"), s)
    if how not in ("like", "unlike") or r is None or b_id is None or b_id == r.provider:
        return None
    a, b = m.one("e").start, m.one("o").end
    return [Part(a, b, s.text[a:b], "contrast", ProviderRating(b_id, r.column, r.ratings,
                                                             negated=r.negated != (how == "unlike")))]


def _share_compared(m: Match, s: Sentence) -> str | None:
    """The key question two units' 'higher share of cases' compares: the one the sentence names ('assessed risk of
    harm sufficiently', 'kept other people safe'), or None."""
    from .build_figures import _key_question, sentence_measures

    if not re.fullmatch(r"(?i)(?:share|proportion) of", m.words("l")):
        return None
    sentence_measures(s)
    return _key_question(s, m.one("l"))


def _shared_same(m: Match, s: Sentence) -> list[Part] | None:
    """'A and B shared the same rating', 'A and B were given the same rating': the two units' overall ratings at
    one round were equal."""
    if m.words("and") not in ("and", "&") or not re.fullmatch(r"(?:the\s+)?same(?:\s+(?:rating|grade|overall "
                                                             r"rating))", m.words("same")) or \
            not re.search(r"(?i)\b(?:shared?|received|got|given|had|earned|awarded|rated)\b", m.words("mid")) or \
            any(t.code == "X" for t in s.tags[: m.last]):
        return None
    a, b = _subject(m.one("s"), s), _subject(m.one("o"), s)
    if a is None or b is None or a == b:
        return None
    st, en, phrase = _span(m, s)
    parts = [Part(st, en, phrase, "comparison", RatingComparison(a, b, "same"))]
    said = _WHICH.match(s.text, m.tags[m.last - 1].end, s.end)
    if said:
        # "... shared the same rating in 2018-19: good": which rating, a claim of its own about each of them
        rating = next(r for r in ("Outstanding", "Good", "Requires improvement", "Inadequate")
                      if said.group(1).lower().startswith(r.lower()[:8]))
        end = said.end(1)
        parts += [Part(st, end, s.text[st:end], "provider-rating", ProviderRating(pid, "overall", (rating,)))
                  for pid in (a, b)]
    return parts


# (what follows "the same rating" up to a colon: a time or place, then the rating said)
_WHICH = re.compile(r"(?i)[^:;.]{0,60}?:\s*['\"\u2018\u201c]?(outstanding|good|requires\s+improvement|"
                    r"inadequate)['\"\u2019\u201d]?\s*[.;]?\s*$")


def _compared_same(m: Match, s: Sentence) -> list[Part] | None:
    """'A was rated the same as B', 'A received the same rating as B': the two units' overall ratings at one round
    were equal ('A did not get the same rating as B': they differed)."""
    same, mid = m.words("same"), m.groups.get("mid", [])
    negated = sum(t.code == "X" for t in s.tags[: m.last])
    if not re.fullmatch(r"(?:the\s+)?same(?:\s+(?:rating|grade|overall rating))?", same) or m.words("as") != "as" or \
            negated > 1 or \
            not any(re.search(r"(?i)rat|grad|given|received|judged|got", t.words) for t in (*mid, *m.groups["same"])):
        return None
    a, b = _subject(m.one("s"), s), _subject(m.one("o"), s)
    if a is None or b is None or a == b:
        return None
    st, en, phrase = _span(m, s)
    return [Part(st, en, phrase, "comparison", RatingComparison(a, b, "different" if negated else "same"))]


_MORE_HIGHLY = re.compile(r"(?i)^(?:more\s+highly|more\s+favourably|higher|better)$")
_LESS_HIGHLY = re.compile(r"(?i)^(?:less\s+highly|less\s+favourably|lower|worse)$")


def _sectors_compared(m: Match, s: Sentence) -> list[Part] | None:
    """'NPS divisions were rated higher than CRCs', 'CRCs received worse ratings than NPS divisions': two
    populations' overall ratings ('performed better' may be of anything: left to the refusal)."""
    cmp = " ".join(t.words for t in m.groups.get("cmp", []) if t.code in "Gw")
    cmp = re.sub(r"(?i)\s*\bthan$", "", re.sub(r"(?i)\s*\bratings?\b", "", cmp)).strip()
    kind = "better" if _MORE_HIGHLY.match(cmp) else "worse" if _LESS_HIGHLY.match(cmp) else None
    verbs = (*m.groups.get("mid", []), *m.groups.get("cmp", []))
    if kind is None or any(t.code in "XHT" for t in verbs) or \
            not any(t.code in "BV" and re.search(r"(?i)rat|grad|given|received|judged|scored", t.words) for t in verbs):
        return None
    first, second = _population(m.one("a"))[0], _population(m.one("b"))[0]
    if first is None or second is None or first == second:
        return None
    a, b, phrase = _span(m, s)
    return [Part(a, b, phrase, "comparison", Likelihood(first, second, ("Outstanding", "Good"), kind))]


def _unit_extreme(m: Match, s: Sentence) -> list[Part] | None:
    """'X was the highest-rated CRC', 'X was the lowest-rated NPS division': its overall rating the top (or bottom)
    of its population's in the round, and no other's the same."""
    words = m.words("d").lower()
    kind = "lowest" if re.search(r"lowest|worst|bottom", words) else (
        "highest" if re.search(r"highest|top|best", words) else None)
    if kind is None or not re.search(r"rated", words) or any(t.code in "XT" for t in m.tags[m.first: m.last]):
        return None  # "the best-performing": not said of ratings
    sector = _population(m.one("pop"))[0]
    pid = _subject(m.one("s"), s)
    if sector is None or pid is None:
        return None
    a, b, phrase = _span(m, s)
    return [Part(a, b, phrase, "rank", RatedExtreme(pid, sector, kind))]


def _majority_rating(m: Match, s: Sentence) -> list[Part] | None:
    """'Good was the majority rating among the NPS divisions', 'the majority verdict among the 31 PDU inspections
    was Requires improvement': more than half of the population had that rating (not merely the commonest)."""
    if m.words("maj").lower() != "majority" or m.words("noun").lower() not in ("rating", "verdict", "grade"):
        return None
    rating = _ratings(m.one("r"))
    sector, words = _population(m.one("pop"))
    if len(rating) != 1 or sector is None:
        return None
    a, b, phrase = _span(m, s)
    return [Part(a, b, phrase, "count", Statement(a, b, phrase, "count", quantifier="most", sector=sector,
                                                  population_words=words,
                                                  predicate=Predicate("rating", "overall", rating)))] + \
        _with_count(s, m.tags[m.last - 1].end, sector, words, rating[0])
