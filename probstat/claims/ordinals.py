"""Which of a unit's inspections a sentence speaks of: its first ("the PDU's first inspection"), a second or later
one ("re-inspected", "for the second time"), and "again", "still" or "remains" beside a rating, which say the one
before had that rating too."""

from __future__ import annotations

from dataclasses import replace

from . import lazy_re as re
from .anchored import Anchored
from .readings import Change, Part, ProviderRating
from .tag_type import Tag

_SECOND = re.compile(r"(?i)\b(?:second|third|latest|most\s+recent|follow-up)\s+(?:inspection|rating)\b|"
                     r"\bre-?inspect(?:ed|ion)\b|\binspected\s+(?:again|for\s+a\s+second\s+time)\b")
_TIME_INSPECTED = r"\s+time\s+(?:that\s+)?(?:it|the\s+\w+)\s+(?:had|has|was)\s+(?:been\s+)?inspected\b"
_SECOND = re.compile(_SECOND.pattern + r"|\bsecond" + _TIME_INSPECTED +
                     r"|\bfor\s+(?:(?:a|the)\s+)?(?:second|third)\s+time\b"  # "rated Inadequate for (the) second time"
                     r"|\b(?:inspectors|we|they)\s+(?:have\s+|had\s+)?returned\b"  # "when inspectors returned to X"
                     r"|\binspection\s+(?:was|is)\s+the\s+second\b(?!\s+(?:of|in|to|for)\b)"
                     r"|\binspection\s+(?:was|is)\s+its\s+(?:second|third|fourth)\b", re.I)
_FIRST = re.compile(r"(?i)\bfirst" + _TIME_INSPECTED + r"|\binspection\s+(?:was|is)\s+(?:the|its)\s+first\b(?!\s+(?:of|"
                    r"in|to|for)\b)|"
                    r"\bfirst\s+(?:full\s+|formal\s+)?(?:inspection|rating)\b|\binspected\s+for\s+the\s+first\s+time\b|"
                    r"\binspection\s+(?:was|is)\s+(?:the\s+)?(?:PDU|unit|CRC|division|region|service)['\u2019]s\s+first\b|"
                    r"\bfirst\s+inspected\b|"
                    r"\bfirst\s+(?:PDU|unit|service|region)\s+(?:to\s+be\s+|we\s+have\s+)?inspected\b")


def _ordinal(text: str, start: int, end: int, named: list[Tag], subject: str | None,
             cue: re.Pattern) -> tuple[str, ...]:
    """The unit a sentence calls re-inspected or inspected for the first time: the one it names, else the text's
    subject."""
    if not cue.search(text, start, end):
        return ()
    ids = list(dict.fromkeys(str(t.value) for t in named))
    if len(ids) == 1:
        return (ids[0],)
    return (subject,) if subject and not ids else ()


_OWN_ORDINAL = re.compile(r"(?i)\b(?:its|the\s+(?:PDU|unit|CRC|division|region|service)['\u2019]s|[\w-]+['\u2019]s)\s+"
                          r"(?P<n>first|second|third|fourth)\s+inspection\b(?!\s+of\s+an?\b)|"
                          r"\bthe\s+(?P<n2>first|second|third|fourth)\s+inspection\s+of\s+(?!an?\b|any\b)|"
                          r"\bthe\s+(?P<n3>first|second|third|fourth)\s+time\s+(?:that\s+)?(?:it|the\s+(?:PDU|unit|CRC|division|"
                          r"region|service))\s+(?:had|has|was)\s+(?:been\s+)?inspected\b|"
                          r"\b(?:the|this)\s+inspection\s+(?:was|is)\s+the\s+(?P<n4>first|second|third|fourth)\b"
                          r"(?!\s+(?:of|in|to|for)\b)|"
                          # "It was the first full inspection of the PDU" (not "... under the new framework")
                          r"\b(?:it|this|that)\s+(?:is|was)\s+the\s+(?P<n5>first|second|third|fourth)\s+(?:full\s+|formal\s+)?"
                          r"inspection\b(?!\s+(?:of\s+(?:an?|any)|under|in|for|to|by)\b)|"
                          r"\binspection\s+(?:was|is)\s+(?:the\s+)?(?:PDU|unit|CRC|division|region|service)['\u2019]s\s+"
                          r"(?P<n6>first|second|third|fourth)\b|"
                          r"\binspected\s+for\s+the\s+(?P<n7>first|second|third|fourth)\s+time\b|"
                          r"\binspection\s+(?:was|is)\s+its\s+(?P<n8>first|second|third|fourth)\b|"
                          # "X's Requires improvement rating in 2024-25 was its first since unification"
                          r"\b(?:rating|report)(?:\s+in\s+[\w-]+)?\s+(?:was|is)\s+its\s+(?P<n11>first|second|third|fourth)\b"
                          r"(?!\s+(?:of|in|to|for)\b)|"
                          # "had been inspected once before": this is its second; "had never been inspected before"
                          r"\b(?:had|has|have)\s+(?:only\s+)?been\s+inspected\s+(?P<n9>once|twice|three\s+times)\s+"
                          r"(?:before|previously)\b|\b(?:had|has|have)\s+(?P<n10>never)\s+been\s+inspected\s+before\b|"
                          # "The 2024-25 inspection of X was, the inspectorate noted, the second it had carried out"
                          r"\binspection\s+(?:of\s+[^,.;]{1,60}?\s+)?(?:was|is)\s*(?:,[^,.;]{1,50},)?\s+(?:the|its)\s+"
                          r"(?P<n12>first|second|third|fourth)\b(?!\s+(?:of|in|to|for)\b)|"
                          r"\bthe\s+(?P<n13>first|second|third|fourth)\s+(?:(?:one|inspection)\s+)?(?:it|they|we|inspectors|"
                          r"the\s+inspectorate)\s+(?:had\s+|has\s+|have\s+)?(?:carried\s+out|conducted|undertaken|made)\b|"
                          # "X's inspection in the 2024/25 programme, its third since unification, ..."
                          r"\binspection\b[^,.;]{0,40},\s+its\s+(?P<n14>first|second|third|fourth)\b"
                          r"(?!\s+(?:of|in|to|for)\b)")

_TIMES_BEFORE = {"never": "first", "once": "second", "twice": "third", "three times": "fourth"}


# a figure (not a year) right before "at its first inspection"
_FIGURE_AT = re.compile(r"(?i)(?:(?<!\d)(?!(?:19|20)\d\d\b)\d[\d,.]*|\bpeople|\bcases|\boffenders|\bindividuals)\s+"
                        r"(?:at|during|by)\s+$")


def _ordinal_parts(text: str, start: int, end: int, named: list[Tag], subject: str | None) -> list[Part]:
    """'It was the PDU's first inspection', 'its second inspection': which of the unit's inspections it is."""
    from .readings import InspectionOrdinal

    m = _OWN_ORDINAL.search(text, start, end)
    if m is not None and _FIGURE_AT.search(text[max(start, m.start() - 30): m.start()]):
        return []  # "supervised 13,531 people at its first inspection": the words date the figure (at_first)
    ids = list(dict.fromkeys(str(t.value) for t in named))
    pid = ids[0] if len(ids) == 1 else (subject if not ids else None)
    if m is None or pid is None:
        return []
    said = next(g for g in m.group("n", "n2", "n3", "n4", "n5", "n6", "n7", "n8", "n9", "n10", "n11", "n12",
                               "n13", "n14") if g)
    said = _TIMES_BEFORE.get(re.sub(r"\s+", " ", said.lower()), said)
    n = ("first", "second", "third", "fourth").index(said.lower()) + 1
    return [Part(m.start(), m.end(), m.group(0), "inspection ordinal", InspectionOrdinal(pid, n))]


# "for the second time", "a second consecutive Inadequate rating", "the second Good rating in a row"
_SECOND_TIME = re.compile(r"(?i)\b(?:the|a|for)\s+second\s+(?:consecutive\s+|successive\s+|straight\s+)?time\b|"
                          r"\bsecond\s+(?:consecutive|successive|straight)\s+(?:[\w'\u2018\u2019-]+\s+){0,3}?"
                          r"(?:inspection|rating|grade)\b|"
                          r"\bsecond\s+(?:[\w'\u2018\u2019-]+\s+){0,3}?(?:rating|grade)\s+in\s+a\s+row\b|"
                          # "..., as it had been at its previous inspection", "the same as at its last inspection"
                          r"(?:\bthe\s+same\s+as|\bjust\s+as|\bas\s+(?:it|they)\s+(?:had\s+been|was|were|did))\s+"
                          r"(?:at|in|after)\s+(?:its|their|the)\s+(?:previous|last|earlier|first)\s+inspection\b")
# searched in every sentence: skipped at once where it holds none of the words a match needs (anchored.py)
_SECOND, _FIRST, _OWN_ORDINAL, _SECOND_TIME = map(Anchored, (_SECOND, _FIRST, _OWN_ORDINAL, _SECOND_TIME))


def _rated_again(parts: list[Part], kind: str = "same") -> list[Part]:
    """'rated Inadequate for the second time': the inspection before had the same rating, a claim of its own
    (checked as an unchanged rating; a unit with no earlier inspection in the data leaves it unverifiable)."""
    changed = {p.reading.provider for p in parts if isinstance(p.reading, Change)}
    # ("rated RI in 2022-23 and RI again in 2025-26": the two ratings, each at its round, say it all)
    rounds: dict[str, set] = {}
    for p in parts:
        if isinstance(p.reading, ProviderRating) and p.round_sure and p.rounds:
            rounds.setdefault(p.reading.provider, set()).add(p.rounds)
    changed |= {pid for pid, got in rounds.items() if len(got) > 1}
    return [replace(p, shape="change", reading=Change(p.reading.provider, kind, p.reading.ratings,
                                                       p.reading.ratings))
            for p in parts if isinstance(p.reading, ProviderRating) and p.reading.column == "overall"
            and not p.reading.negated and not p.past and not p.problem and p.reading.provider not in changed]


_AGAIN_WORD = re.compile(r"(?i)^(?:still|again|remains?|remained|stays|stayed|once more)$")
_AGAIN_IN_VERB = re.compile(r"(?i)\b(still|again|once more|remains?|remained|stays|stayed)\b")


def again_word(t: Tag) -> str | None:
    """The word of "still", "again", "remains" a tag is or holds, lower case: the tag alone, or inside a verb the
    tagger joined ("was again", "is still", "remains rated"); None when it holds none."""
    if t.code in "hBH" and _AGAIN_WORD.match(t.words):
        return t.words.lower()
    got = _AGAIN_IN_VERB.search(t.words) if t.code in "BV" else None
    return got.group(1).lower() if got else None

_CONCESSIVE = re.compile(r"(?i)\b(?:despite|in spite of|though|although|but|yet|even|however|nonetheless|while)\b")
_CONCESSIVE = Anchored(_CONCESSIVE)


def _reinspected(tags: list[Tag], parts: list[Part], subject: str | None, conceded: bool = False) -> tuple[str, ...]:
    """The providers a sentence speaks of as inspected before: a change of rating read for them, or 'still' or
    'again' beside a rating read for them ('still' after 'despite' or 'but' is 'nevertheless': no earlier one)."""
    from .readings import Change, InspectionDate, ProviderRating

    # a change read for a unit, or a rating it had before ("previously rated Inadequate, it is now ...")
    out = [p.reading.provider for p in parts if isinstance(p.reading, Change)
           or p.past and isinstance(p.reading, ProviderRating)]
    # ("it supervised 15,531 people at its previous inspection": a figure of an inspection before)
    out += [p.reading.providers[0] for p in parts if p.past and p.earlier and p.people]
    # "it was previously inspected in 2018", "its previous inspection was in 2018": the date of an inspection
    # before the one the text reports ("last inspected" may be the one reported, in a text written after it)
    # (each walk over the tags below adds only parts of one kind: a sentence with none of that kind is not walked)
    if any(isinstance(p.reading, InspectionDate) for p in parts) and \
            any(t.code in "hHI" and re.match(r"(?i)(?:previously|previous|earlier)\b", t.words) for t in tags):
        out += [p.reading.provider for p in parts if isinstance(p.reading, InspectionDate)]
    if any(isinstance(p.reading, ProviderRating) for p in parts) and \
            any(again_word(t) and not (conceded and again_word(t) == "still")
                or t.code == "X" and t.words.lower() == "no longer"
                or t.words.lower() == "time" and k and tags[k - 1].words.lower() == "this" for k, t in enumerate(tags)):
        # "still rated", "rated again", "no longer rated Inadequate", "rated Inadequate this time": a rating since an
        # earlier inspection
        out += [p.reading.provider for p in parts if isinstance(p.reading, ProviderRating)]
    return tuple(dict.fromkeys(out))


# (and "At the first, reported in March 2023, ...": the first of the inspections the text has just spoken of)
_AT_FIRST = re.compile(r"(?i)\b(?:at|in|during|by|on)\s+(?:(?:its|their|that|the|the\s+\w+['\u2019]s)\s+"
                       r"(?P<nth>first|second|third|fourth)\s+inspection\b|(?:the|its)\s+first\s*(?=,)|"
                       r"(?:its|the\s+\w+['\u2019]s)\s+(?P<nth2>second|third|fourth)\s+visit\b)|"
                       # ("The first report, published in September 2018, ...": opening the sentence only)
                       r"(?P<opening>\b(?:the|its)\s+first\s+(?:report|inspection)\b(?=\s*,|\s+(?:was|had|came|appeared|found|"
                       r"rated|gave|judged)\b))")
_AT_FIRST = Anchored(_AT_FIRST)  # (asked of nearly every sentence; few hold "first", "inspection" or "report")
_NTH = {"first": 1, "second": 2, "third": 3, "fourth": 4}


def at_first(text: str, start: int, end: int, parts: list[Part], unread: list[Tag],
             written: bool = False) -> tuple[list[Part], list[Tag]]:
    """'It supervised 8,136 people at its first inspection', 'judged Inadequate at its second inspection': the parts
    about a unit speak of its first inspection in the data (whichever one the text reports), or of the one a source
    calls its second (third, ...); the words that say so are read with them. In a sentence that writes a round
    (``written``), only the part right before the words, with no year after them: "supervised 13,531 people at its
    first inspection and more than 12,600 at its second, in 2019-20"."""
    every = list(_AT_FIRST.finditer(text, start, end))
    if len(every) > 1 and not written and not any(x.group("opening") for x in every):
        # "X, which scored one point at its first inspection, was rated R at its second visit": each part is of the
        # inspection named next after it
        for k, x in enumerate(every):
            was = every[k - 1].end() if k else start
            inside = [p for p in parts if was <= p.start and p.end <= x.start()]
            got, unread = at_first(text, was, x.end(), inside, unread)
            parts = [got[inside.index(p)] if p in inside else p for p in parts]
        return parts, unread
    m = every[0] if every else None
    if m and m.group("opening") and text[start: m.start()].strip():
        m = None
    if not m or written and (m.group("opening") or re.match(
            r"(?i)\s*(?:(?:in|during)\s+)?(?:the\s+)?(?:20\d\d|[A-Z][a-z]+\s+20\d\d)", text[m.end(): end])):
        return parts, unread
    nth = _NTH[(m.group("nth") or m.group("nth2") or "first").lower()]

    def meant(p: Part) -> bool:
        between = text[p.end: m.start()]
        if written:
            return p.end <= m.start() and not between.strip()  # the part right before the words only
        # (not a change: "up from Inadequate at its first inspection" names the inspection it is counted from)
        # ("It supervises 6,200 people, up from 6,500 at its first inspection": the figure now is not the first's)
        # (an aside before it keeps its own: "X, rated R in March 2023, was judged Inadequate at its second
        # inspection")
        return not re.search(r"(?i)\b(?:from|compared|against)\b", between) and (nth == 1 or "," not in between)

    return [(replace(p, first=True) if nth == 1 else replace(p, nth=nth))
            if (getattr(p.reading, "provider", None) or getattr(p.reading, "providers", None))
            and not p.past and not isinstance(p.reading, Change) and meant(p) else p for p in parts], \
        [t for t in unread if not m.start() <= t.start < m.end()]
