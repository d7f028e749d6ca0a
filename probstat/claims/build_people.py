"""Builders of the people a unit supervised: its figure ("X supervised 8,400 people"), the same unit's figure at
another inspection with the noun left out, another unit's figure set beside it, and "under its supervision"."""

from __future__ import annotations

from dataclasses import replace

from .. import schema
from . import lazy_re as re
from . import vocabulary as vocab
from .matcher import Match
from .quantifiers import Reading
from .readings import Part, Predicate, Statement
from .shape_parts import Sentence, _count, _span, _subject


def _people(m: Match, s: Sentence) -> list[Part] | None:
    """'X supervised 8,400 people', 'more than 5,000 offenders on its books': the unit's people supervised."""
    a, b, phrase = _span(m, s)
    pid = _subject(m.one("s"), s)
    n = m.one("n")
    got = _count(n, s)
    if got is None or got[2] == "share":
        return None
    stated = got[0]
    if stated.rule == "exact count" and stated.value >= 1000 and stated.value % 1000 == 0:
        # "the 3,000 offenders it manages": a round caseload is a rounded one, as "around" reads it
        c = schema.CLOSENESS
        stated = Reading(stated.value * (1 - c), stated.value * (1 + c), True, True, "count", "around", stated.value)
    lead = re.search(r"(?i)\bno\s+$", s.text[max(s.start, n.start - 6): n.start])
    if lead and a == n.start and stated.rule != "over":
        # "No more than 10,000 people were supervised by X": the "no" the count read is part of the figure said
        a = n.start - len(lead.group(0))
        phrase = s.text[a: b]
    if pid is None:
        return [Part(a, b, phrase, "people", problem="people supervised, but by whom is not named")]
    st = Statement(n.start, n.end, n.words, "people", stated=stated, providers=(pid,),
                   predicate=Predicate("people_supervised"))
    return [Part(a, b, phrase, "people", st)]


def _people_its(m: Match, s: Sentence) -> list[Part] | None:
    """'X was rated R in 2019-20, when more than 6,200 people were under its supervision': the figure is the unit's
    named before (its span only the figure's words, so that the words between stay to be read by others)."""
    if not re.search(r"\b(?:its|their)\b", m.words("its")):
        return None
    parts = _people(m, s)
    if not parts or parts[0].reading is None:
        return parts
    a, b = m.one("n").start, m.one("its").end
    return [replace(parts[0], start=a, end=b, phrase=s.text[a:b])]


def _people_and(m: Match, s: Sentence) -> list[Part] | None:
    """'X was rated R in 2018-19 and was supervising 4,750 people': a second predicate of the unit whose rating the
    clause before read (its span from the verb, so that the rating stays the rating shape's)."""
    parts = _people(m, s)
    if not parts or parts[0].reading is None:
        return parts
    a = m.one("m").start
    return [replace(parts[0], start=a, phrase=s.text[a: parts[0].end])]


def _second_people(m: Match, s: Sentence) -> list[Part] | None:
    """'X supervised 3,729 people in 2018-19, and more than 3,600 when it was inspected again': the same unit's
    figure at another inspection, the noun left out after "and" (or "but", "while"); the clause after it dates it."""
    mid = m.groups.get("mid", [])
    if not mid or mid[-1].words.lower() not in ("and", "but", "while", "whereas") or any(t.code in "XGH" for t in mid):
        return None
    n = m.one("n")
    k = s.tags.index(n) + 1
    if k < len(s.tags) and s.tags[k].code == "w" and s.tags[k].words.lower() not in (
            "in", "at", "when", "during", "by", "a", "the", "after", "before"):
        return None  # "and 3,600 staff": a noun of its own
    end = next((t.start for t in s.tags[k:] if t.code in ",;"), s.end)
    parts = _people(Match(m.first, m.last, {"s": m.groups["s"], "n": [n]}, m.tags), s)
    if not parts or parts[0].reading is None:
        return None
    text = s.text[n.start: end].rstrip().rstrip(".")
    got = replace(parts[0], start=n.start, end=n.start + len(text), phrase=text)
    own = {r for x in vocab.ROUND_RE.finditer(text) if (r := vocab.round_name(x))}
    if len(own) == 1:
        # (its own round, though no comma parts it from the first figure's: "... in 2018-19 and 3,600 in 2019-20")
        got = replace(got, rounds=(own.pop(),), round_how="written in its clause", round_sure=True)
    return [got]


_BESIDE = re.compile(r"(?i)(?:(?:far|much|many|well|considerably|substantially|a\s+lot)\s+)?(?:(?P<more>more|larger|"
                     r"bigger|greater|higher)|(?P<fewer>fewer|less|smaller|lower))\s+than|compared\s+(?:with|to)|"
                     r"against|versus|vs\.?|while|whereas")


def _people_beside(m: Match, s: Sentence) -> list[Part] | None:
    """'X supervised 28,819 people, far more than the 4,750 at Y': Y's figure, read as Y's people supervised; the
    comparison is read with it only where the two stated figures bear it out (else it is left unread)."""
    g = _BESIDE.fullmatch(m.words("g"))
    if g is None or m.words("at") not in ("", "at", "on", "in", "for", "by", "across"):
        return None
    first, second = _count(m.one("f"), s), _count(m.one("n"), s)
    if first is None or second is None or first[2] == "share" or second[2] == "share":
        return None
    parts = _people(Match(m.first, m.last, {"s": m.groups["s"], "n": m.groups["n"]}, m.tags), s)
    if not parts or parts[0].reading is None:
        return None
    one, two = first[0].value, second[0].value
    a, b = m.groups["g"][0].start, max(m.one("n").end, m.one("s").end)
    got = [replace(parts[0], start=a, end=b, phrase=s.text[a:b])]
    if g.group("more") and not one > two or g.group("fewer") and not one < two:
        g_end = m.groups["g"][-1].end
        got.append(Part(a, g_end, s.text[a:g_end], "people", problem="a comparison the two figures said do not "
                                                                            "bear out"))
    return got


def _bare_people(m: Match, s: Sentence) -> bool:
    """'it supervised 13,531' with no noun after the figure: people, where the verb is of supervising, the figure a
    whole number in the hundreds at least and no noun follows it (a place, a time or the clause's end may)."""
    n = m.one("n8")
    got = _count(n, s)
    nxt = s.tags[s.tags.index(n) + 1: s.tags.index(n) + 2]
    return re.search(r"(?i)supervis|manag", m.one("bare").words) is not None and got is not None and \
        got[0].unit == "count" and got[0].value >= 100 and \
        (not nxt or nxt[0].code == "," or nxt[0].words.lower() in ("at", "in", "across", "when", "during", "by"))
