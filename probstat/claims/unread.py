"""Which of the words no shape read make a claim: a negation or quantifier beside something the data speak of,
a comparison of ratings; and whether one of them could turn a read part around (the sentence verdict's scope)."""

from __future__ import annotations

from . import lazy_re as re
from . import vocabulary as vocab
from .anchored import Anchored
from .readings import Part
from .tag_type import Tag, clause_of


def _claiming(tags: list[Tag], unread: list[Tag]) -> list[Tag]:
    """The unread tags that make a claim: a negation only where its clause holds something the data speak of
    ('not rated Good', not 'were not effective enough')."""
    clause = clause_of(tags)
    where = {id(t): c for t, c in zip(tags, clause, strict=True)}
    topical = {where[id(t)] for t in tags if t.code in "RNQPSIYVZ"}
    # a standard's name alone does not make its clause one the data speak of: "the assessment of risk was not
    # effective enough" says nothing of a rating
    at = {id(t): i for i, t in enumerate(tags)}
    # a quantifier or a change word claims something only beside a rating, figure, population or standards
    # ("staff at every level deserved credit", "public protection fell short" claim nothing the data hold)
    # a quantifier over standards with no rating in its clause ("fell short in every area") claims nothing the
    # data hold either
    rated = {where[id(t)] for t in tags if t.code in "RNSK" or t.code == "V" and _RATING_VERB.search(t.words)}
    with_rating = {where[id(t)] for t in tags if t.code == "R"}
    enough = _judged_enough(tags, at)
    unread = [t for t in unread if not _one_of_named(tags, at.get(id(t))) and not _between_its(tags, at.get(id(t)))]
    return [t for t in unread if (t.code != "X" or where.get(id(t), -1) in topical and not enough(t))
            and (t.code not in "QH" or where.get(id(t), -1) in rated
                 or str(t.value) in ("first", "only") or _quantifies_unheld(tags, at.get(id(t))))
            # "inspectors had once more seen a PDU held back by ...": a repetition claims a rating only beside one
            and not (t.code == "H" and _REPEAT.match(t.words) and where.get(id(t), -1) not in with_rating)
            and not _change_of_other(tags, at.get(id(t))) and not _fails_at_other(tags, at.get(id(t)))
            and not _over_standards_unrated(tags, at.get(id(t)), where, with_rating)]


_REPEAT = re.compile(r"(?i)^(?:again|once more|once again|still)$")


# "found", "judged", "considered": verbs of finding that say nothing of a rating without one beside them
_RATING_VERB = re.compile(r"(?i)rat|grad|score|mark|award|given|verdict")


_COMPARATIVE = re.compile(r"(?i)^(?:lower|higher|worse|better|weaker|stronger|poorer)$")


_MORE_FEWER = re.compile(r"(?i)^(?:more|fewer|less|higher|lower|larger|smaller|bigger|greater|better|worse|heavier|"
                         r"lighter)$")


def _ratings_compared(tags: list[Tag]) -> list[Tag]:
    """'where our ratings were lower', 'its rating was worse': a comparison of ratings with nothing to compare
    them with in the data; and 'supervised fewer people than any other division', a comparison the shapes do not
    read: claims left unread."""
    # (the codes around it asked before the word's pattern: most words have no "B" before them)
    out = [t for i, t in enumerate(tags) if t.code == "w" and i >= 2 and tags[i - 1].code == "B"
           and tags[i - 2].code in "VK" and _COMPARATIVE.match(t.words)
           and re.search(r"(?i)rating|grade", tags[i - 2].words)]
    for i, t in enumerate(tags):
        if t.code == "g" and t.words.lower() == "than":
            # the comparative word within six words before it ("fared no better at its second inspection than"),
            # with no figure or rating between them ("more than 20,000" is a bound, read with its figure)
            for x in reversed(tags[max(0, i - 6): i]):
                if x.code in "NRL" or x.code == "w" and _MORE_FEWER.match(x.words):
                    break
            else:
                x = None
            if x is not None and x.code == "w":
                out.append(t)  # "fewer people than any other NPS division"
    return out


_IDIOM_AFTER_NEGATION = frozenset(("enough", "precedent", "doubt", "question"))


def _judged_enough(tags: list[Tag], at: dict[int, int]):
    """A test on the negation tags: 'not good enough', 'not enough', 'without precedent', 'without doubt': a
    judgement or an idiom, no negated claim."""
    def test(t: Tag) -> bool:
        i = at.get(id(t))
        return i is not None and any(x.words.lower() in _IDIOM_AFTER_NEGATION for x in tags[i + 1: i + 3])
    return test


def _quantifies_unheld(tags: list[Tag], i: int | None) -> bool:
    """'most of the recommendations', 'all victims': a quantifier over things the data do not count (cases,
    recommendations, people) claims something the data cannot check."""
    if i is None or tags[i].code != "Q":
        return False
    k = i + 1
    while k < len(tags) and k <= i + 3 and (tags[k].code == "F" or tags[k].words.lower() in ("the", "its", "their")):
        k += 1
    if k >= len(tags):
        return False
    t = tags[k]
    # ("every case inspected", "no person on probation": one of them, counted all the same)
    return t.code in "JU" or t.code == "w" and t.words.isalpha() and t.words.islower() and (t.words.endswith("s") or
                                                                                         t.words in _ONE_COUNTED) \
        and t.words not in ("was", "is", "has", "this", "these", "those", "us", "as", "its", "his")


_ONE_COUNTED = frozenset(("case", "person", "victim", "recommendation", "offender", "officer", "file", "plan"))


def _over_standards_unrated(tags: list[Tag], i: int | None, where: dict[int, int], with_rating: set[int]) -> bool:
    """'the work fell short in every area': a quantifier over the unit's standards, or a fall, with no rating in
    its clause says nothing the data hold."""
    if i is None:
        return False
    t = tags[i]
    if where.get(id(t), -1) in with_rating:
        return False
    if t.code == "Q" and i + 1 < len(tags) and tags[i + 1].code == "Z":
        return True
    return t.code == "H" and i + 1 < len(tags) and tags[i + 1].words.lower() == "short"


def unread_beside(tags: list[Tag], parts: list[Part]) -> list[Tag]:
    """The claims beside the parts read that no shape reads: units named elliptically or as companions, owners the
    data do not know, dates of other things, and verdicts the text gives to others."""
    return _elliptic_units(tags, parts) + _companion_units(tags, parts) + _owners_unknown(tags, parts) + \
        _units_unread(tags, parts) + _dates_unread(tags, parts) + _others_verdict(tags, parts) + \
        _prisons_named(tags, parts) + _months_in_change(tags, parts)


def _months_in_change(tags: list[Tag], parts: list[Part]) -> list[Tag]:
    """'slid from Requires improvement in May 2022 to Inadequate in 2024-25': a month that dates the rating before,
    which neither the change read (the two ratings and their order) nor a date read from it checks: a claim of its
    own."""
    out = []
    dated = [p for p in parts if p.shape == "inspection date"]
    for p in parts:
        if p.shape != "change" or p.reading is None or getattr(p.reading, "before", None) is None:
            continue
        ratings = [t for t in tags if t.code == "R" and p.start <= t.start < p.end]
        out += [t for t in tags if t.code == "w" and _MONTH_WORD.match(t.words) and re.search(r"\d{4}", t.words)
                and ratings and ratings[0].end <= t.start < p.end and any(r.start > t.end for r in ratings[1:])
                and not any(d.start <= t.start < d.end for d in dated)]
    return out


_PRISON = re.compile(r"^(?:HMP|HMYOI|HMPYOI)$")


def _prisons_named(tags: list[Tag], parts: list[Part]) -> list[Tag]:
    """'... services, which help prisoners leaving HMP Hewell, were rated Good': a prison the unit serves, which
    the data do not hold, beside what was read."""
    if not any(p.reading is not None for p in parts):
        return []
    # (every match begins "HM", as does "hm prison" in any case: asked of the two letters first)
    return [t for t in tags if t.words[:2].upper() == "HM" and (_PRISON.match(t.words) or
                                                                t.words.lower() == "hm prison")][:1]


# "rated Inadequate, a verdict one officer described as 'harsh but fair'": what someone else made of the rating
_VERDICT_NOUN = re.compile(r"(?i)^(?:verdict|result|rating|grade|outcome|judgement|judgment|decision|finding|score)$")
_OTHERS_VERB = re.compile(r"(?i)^(?:described(?:\s+as)?|called|said|branded|labelled|termed|dismissed|welcomed|"
                          r"criticised|condemned|slammed|hailed|praised|blamed)$")


def _others_verdict(tags: list[Tag], parts: list[Part]) -> list[Tag]:
    """'..., a verdict one probation officer described as "harsh but fair"', '..., a grade councillors said was
    disappointing': someone's view of the rating just read, a claim of its own the data do not hold."""
    for i in range(1, len(tags) - 3):
        if tags[i].words == "," and tags[i - 1].code == "R" and tags[i + 1].words.lower() in ("a", "an", "the") and \
                _VERDICT_NOUN.match(tags[i + 2].words):
            said = next((t for t in tags[i + 3: i + 10] if _OTHERS_VERB.match(t.words)), None)
            if said is not None and not any(p.start <= said.start < p.end for p in parts):
                words = " ".join(x.words for x in tags[i + 2: tags.index(said) + 1])
                return [Tag("w", tags[i + 2].start, said.end, words)]
    return []


_OWNED_BY = re.compile(r"(?i)^(?:owned|run|operated)$")
_OWNED_BY_NAME = re.compile(r"^[A-Z][\w&]*-(?:owned|run|operated)$")


def _owners_unknown(tags: list[Tag], parts: list[Part]) -> list[Tag]:
    """'X, run by Interserve, was rated ...', 'the Interserve-owned CRC', '..., which Interserve leads': an owner
    named with a word the vocabulary does not know (not one of the data's owners) is a claim no shape reads; left
    unread, so a true rating beside it does not carry it."""
    out = []
    for i, t in enumerate(tags):
        name = None
        if t.code != "w":
            continue  # (every name below is found at a plain word)
        if "-" in t.words and _OWNED_BY_NAME.match(t.words):  # (a hyphen first: most words have none)
            name = t
        elif _asked(t.words, "oOrR") and _OWNED_BY.match(t.words) and i + 2 < len(tags) and \
                tags[i + 1].words.lower() == "by" and (tags[i + 2].code == "W" or tags[i + 2].code == "w" and
                                                       tags[i + 2].words[:1].isupper()):
            name = tags[i + 2]  # (a known owner too, where no shape read who ran the unit)
        elif t.words.lower() in ("which", "that") and i + 2 < len(tags) and \
                tags[i + 1].code == "w" and tags[i + 1].words[:1].isupper() and \
                re.fullmatch(r"(?i)leads|owns|runs|heads|operates|controls", tags[i + 2].words):
            name = tags[i + 1]  # "the Purple Futures consortium, which Interserve leads"
        if name is not None and not any(p.start <= name.start < p.end for p in parts):
            out.append(name)
    return out


_MONTH_WORD = re.compile(r"(?i)^(?:(?:early|late|mid-?)\s*)?(?:" + "|".join(vocab.MONTHS) + r")\b")
_MONTH_INITIALS = "".join(sorted({w[0] for w in ("early", "late", "mid", *vocab.MONTHS)})).upper() + \
    "".join(sorted({w[0] for w in ("early", "late", "mid", *vocab.MONTHS)}))


def _asked(words: str, initials: str) -> bool:
    """Whether a pattern that must begin with one of the ASCII letters ``initials`` (in either case) is worth
    running over ``words``: not where the first character is another ASCII character. A first character outside
    ASCII is always asked (re, blind to case, matches a few of them with an ASCII letter)."""
    first = words[:1]
    return not first.isascii() or first in initials


_INSPECTING_VERB = re.compile(r"(?i)\b(?:visit|inspect)(?:ed|ing|s)?\b|\bwent\s+in\b")
# "X: Inadequate, report out in June 2024": the report of the unit whose rating was just read, its month a claim;
# before the rating ("The report came out in May, a month after X was rated ...") it may be another report's
_PUBLISHING_WORD = re.compile(r"(?i)\b(?:out|published|released)\b")


def _dates_unread(tags: list[Tag], parts: list[Part]) -> list[Tag]:
    """'X was rated Inadequate after inspectors visited in January 2024': a month beside words of inspecting, in
    a sentence where something was read, dates the inspection; a claim of its own when no part read it (the
    inspection-date shape refuses 'after', 'before' and the like, which place the date only loosely)."""
    if not any(p.reading is not None for p in parts):
        return []
    clause = clause_of(tags)
    # (a verb: "its March 2023 inspection", "its December 2018 report" name the report by its month, which the
    # report's publication usually shares)
    inspecting = {c for t, c in zip(tags, clause, strict=True) if t.code == "I" and (
        _INSPECTING_VERB.search(t.words) or _PUBLISHING_WORD.search(t.words)
        and any(p.reading is not None and p.end <= t.start for p in parts))}
    out, covered = [], False
    for i, (t, c) in enumerate(zip(tags, clause, strict=True)):
        if t.code != "w" or not _asked(t.words, _MONTH_INITIALS) or not _MONTH_WORD.match(t.words):
            continue
        joined = i >= 2 and tags[i - 1].words.lower() in ("and", "to", "-", "\u2013") and \
            _MONTH_WORD.match(tags[i - 2].words)
        covered = any(p.start <= t.start < p.end for p in parts) or joined and covered  # "in January and February"
        # a date placed by "in", "on" or "during" ("by late September", "since May" bound it, and are left alone)
        placed = i >= 1 and re.search(r"(?i)(?:^|\s)(?:in|on|during)$", tags[i - 1].words) is not None or joined
        if c in inspecting and placed and not covered:
            out.append(t)
    return out


def months_read(unread: list[Tag], parts: list[Part]) -> list[Tag]:
    """The unread tags less the months that a part read after them (the dates and the ratings' months, read once
    every other part is in) took in."""
    return [t for t in unread if not (t.code == "w" and _MONTH_WORD.match(t.words) and
                                      any(p.start <= t.start < p.end for p in parts))]


# "£10m", "£3.7bn", "$25 million", "3.7bn": a sum of money, a figure the data never hold (the extractor reads
# "25 million" as a count, and a sign or a glued "m" or "bn" as no figure at all)
_MONEY = re.compile(r"[\u00a3$\u20ac]\s?\d[\d,]*(?:\.\d+)?(?:\s?(?:bn|billion|m|million|k)\b)?|"
                    r"\b\d[\d,]*(?:\.\d+)?(?:bn|m)\b")


_AVERAGE = re.compile(r"(?i)\b(?:the\s+)?(?:national|regional|England|England\s+and\s+Wales|UK)\s+average\b")


# "rated Inadequate for the third time", "for a fourth successive time": how many times a unit had a rating, which
# the data (two inspections at most of a unit) cannot count; "the second time" is read as "again" (reader.py)
_NTH_TIME = re.compile(r"(?i)\bfor\s+(?:the|a)\s+(?:third|fourth|fifth|sixth|[3-9](?:rd|th))\s+(?:\w+\s+)?time\b")


# "rated Requires improvement last December": a month named from the text's own date, which no part reads
_LAST_MONTH = re.compile(r"(?i)\b(?:last|this\s+past)\s+(?:" + "|".join(vocab.MONTHS) + r")\b")
# (searched in every sentence where something was read: skipped where it lacks the words a match needs)
_AVERAGE, _NTH_TIME, _LAST_MONTH = map(Anchored, (_AVERAGE, _NTH_TIME, _LAST_MONTH))


def _rated_just_before(text: str, at: int, parts: list[Part]) -> bool:
    """Whether a unit's rating read ends just before ``at`` ("rated Requires improvement last December"): the month
    is then its report's, which build_dates.rating_months reads."""
    return any(p.reading is not None and hasattr(p.reading, "ratings") and hasattr(p.reading, "provider") and
               re.fullmatch(r"['\u2019\"]?\s*(?:overall\s+)?", text[p.end: at]) is not None for p in parts
               if p.end <= at)


def _sums_and_averages(text: str, start: int, end: int, parts: list[Part], unread: list[Tag]) -> list[Tag]:
    """A sum of money, a comparison with an average ("well below the national average"), a count of times ("for
    the third time") or a month counted back from the text's date ("last December"), in a sentence where something
    was read: a claim no part read (the data hold no sums, no averages of case results, and no unit's third
    inspection; the month would need the text's date)."""
    if not any(p.reading is not None for p in parts):
        return []
    out = []
    for m in (*_MONEY.finditer(text, start, end), *_AVERAGE.finditer(text, start, end),
              *_NTH_TIME.finditer(text, start, end), *(m for m in _LAST_MONTH.finditer(text, start, end)
                                                       if not _rated_just_before(text, m.start(), parts))):
        if not any(p.start <= m.start() < p.end for p in parts) and \
                not any(t.start < m.end() and m.start() < t.end for t in unread):
            out.append(Tag("N", m.start(), m.end(), m.group(0)))
    return out


def _units_unread(tags: list[Tag], parts: list[Part]) -> list[Tag]:
    """The claims about named units no part read: 'only' before them, and the kind an apposition gives them."""
    return sorted(_only_units(tags, parts) + _kind_said(tags, parts), key=lambda t: t.start)


def _kind_said(tags: list[Tag], parts: list[Part]) -> list[Tag]:
    """'NPS London, a CRC, was rated ...': the kind an apposition gives a unit, a claim of its own where it is not
    the unit's kind in the data (where it is, it claims nothing the unit's name did not)."""
    from .unit_facts import unit_kind

    if not any(p.reading is not None for p in parts):
        return []
    out = []
    for i in range(len(tags) - 3):
        if tags[i].code != "P" or tags[i + 1].words != ",":
            continue  # (asked first: most tags are no unit before a comma)
        j = i + 3 if tags[i + 2].words.lower() in ("a", "an", "the") else i + 2
        # (in a text's opening lines "a CRC" may be tagged as the text's unit, A, with its kind)
        if j < len(tags) and tags[j].code in "SA" and \
                tags[j].value in ("CRC", "NPS", "PDU", "region") and unit_kind(str(tags[i].value)) != tags[j].value:
            out.append(tags[j])
    return out


def _only_units(tags: list[Tag], parts: list[Part]) -> list[Tag]:
    """'Only NPS Wales was rated Good', 'in 2025-26 only A and B were ...': that no other unit had the rating is a
    claim of its own (among which units is seldom said), which the rating read beside it does not carry."""
    return [t for i, t in enumerate(tags[:-1]) if t.code == "w" and t.words.lower() == "only"
            and tags[i + 1].code in "PA" and any(p.reading is not None for p in parts)
            and not any(p.start <= t.start < p.end for p in parts)]


def _fails_at_other(tags: list[Tag], i: int | None) -> bool:
    """'failing to keep the public safe', 'unable to meet demand': a verb's negation of something other than a
    rating (the verb after it is no rating verb, change or rating)."""
    # ("failed to reach it again in 2019-20": a verb of getting a rating, whose rating is a pronoun)
    return i is not None and i + 1 < len(tags) and tags[i].code == "X" and tags[i + 1].code == "w" and \
        bool(re.fullmatch(r"(?i)fail(?:s|ed|ing)? to|unable to", tags[i].words)) and \
        not _GETTING.fullmatch(tags[i + 1].words)


_GETTING = re.compile(r"(?i)reach|achieve|attain|get|gain|secure|regain|retain|keep|win|earn|obtain|match|hold|"
                      r"repeat|replicate|sustain|maintain")


def _change_of_other(tags: list[Tag], i: int | None) -> bool:
    """'sweeping staff changes', 'positive change': a change of something other than a rating; 'kept other people
    safe': people kept so, no rating kept."""
    if i is not None and tags[i].code == "H" and re.fullmatch(r"(?i)kept|keeps?|keeping", tags[i].words) and \
            i + 1 < len(tags) and (tags[i + 1].code in "OUJM" or tags[i + 1].words.lower() in ("people", "victims")):
        return True
    return i is not None and i > 0 and tags[i].code == "H" and bool(re.fullmatch(r"(?i)changes?", tags[i].words)) \
        and tags[i - 1].code in "wT"


def _scope_unread(tags: list[Tag], parts: list[Part], unread: list[Tag]) -> bool:
    """Whether a word that can turn a reading around (a negation, exception, quantifier, figure or rating) went
    unread in a clause where something was read, or before 'that' ('it is not true that ...')."""
    clause = clause_of(tags)
    where = {id(t): c for t, c in zip(tags, clause, strict=True)}
    read: set[int] = set()
    for p in parts:  # (each part's bounds read once, not once per tag)
        a, b = p.start, p.end
        read.update([where[id(t)] for t in tags if a <= t.start < b])
    for t in unread:
        if t.code not in "XEQNR" or _times_ordinal(tags, t) or t.code == "N" and _ONE_OF.match(t.words) or \
                t.code == "Q" and _before_other(tags, t):
            # (a unit said to be "one of three ..." keeps whatever it is said to be itself; "all other services"
            # claims something of the others, and turns nothing read around)
            continue
        if t.code in "EQ" or where.get(id(t)) in read or not read:
            return True  # an exception or quantifier reaches across commas ("Other than X, no CRC was ...")
        i = tags.index(t) if t in tags else -1
        if t.code == "X" and any(x.words.lower() in ("that", "true", "case", "correct") for x in tags[i + 1: i + 4]):
            return True
    return False


def _one_of_named(tags: list[Tag], i: int | None) -> bool:
    """'One of the services, Lambeth PDU, scored ...': "one of" the units spoken of, named at once after a comma,
    only introduces the unit."""
    if i is None or tags[i].code != "N" or not (_ONE_OF.match(tags[i].words) or tags[i].words.lower() == "one" and
                                                 i + 1 < len(tags) and tags[i + 1].words.lower() == "of"):
        return False
    k = i + 1
    while k < len(tags) and k <= i + 4 and tags[k].code in "wFS":
        k += 1
    return k + 1 < len(tags) and tags[k].code == "," and tags[k + 1].code == "P"


def _before_other(tags: list[Tag], t: Tag) -> bool:
    """Whether a quantifier is followed by "other(s)": "all other services"."""
    i = next((k for k, x in enumerate(tags) if x is t), -1)
    return 0 <= i < len(tags) - 1 and tags[i + 1].words.lower() in ("other", "others")


_ONE_OF = re.compile(r"(?i)^(?:just\s+|only\s+)?one\s+of\b")


def _between_its(tags: list[Tag], i: int | None) -> bool:
    """'climbed from R1 to R2 between its two inspections': the two a change is between, no count of units."""
    return i is not None and 2 <= i < len(tags) - 1 and tags[i].code == "N" and tags[i + 1].code == "I" and \
        tags[i - 1].words.lower() in ("its", "the", "their") and tags[i - 2].words.lower() == "between"


def _times_ordinal(tags: list[Tag], t: Tag) -> bool:
    """'rated Good for the first time': an ordinal of times adds a claim about earlier inspections but cannot turn
    the rating around."""
    i = next((k for k, x in enumerate(tags) if x is t), -1)
    return t.code == "Q" and str(t.value) == "first" and 0 <= i < len(tags) - 1 and \
        tags[i + 1].words.lower() == "time"


# The words of a last clause that only adds units to a rating said before it: "..., while B was not", "..., and C
# did too", "..., as were D and E", "..., along with F", "..., the same as G".
_COMPANION_WORDS = frozenset(("did", "does", "do", "had", "has", "have", "was", "were", "is", "are", "not", "n't",
                              "wasn't", "weren't", "didn't", "hasn't", "hadn't", "isn't", "too", "also", "either",
                              "and", "but", "while", "whereas", "though", "although", "yet", "so", "as", "along",
                              "with", "together", "the", "same", "well", "like", "alongside", "plus", "both", "&",
                              "its", "their"))


def _read_for(parts: list[Part]) -> tuple[set[str], set[str]]:
    """The units and the standards whose ratings the parts read."""
    units = {str(getattr(p.reading, "provider", "")) for p in parts if p.reading is not None}
    columns = {str(getattr(p.reading, "column", "")) for p in parts if p.reading is not None}
    return units, columns


def _covered(t: Tag, parts: list[Part], read: tuple[set[str], set[str]]) -> bool:
    """Whether a unit (P) or standard (T) tag was read: inside a part, or the subject or standard of one."""
    return str(t.value) in read[0 if t.code == "P" else 1] or any(p.start <= t.start < p.end for p in parts)


def _elliptic_units(tags: list[Tag], parts: list[Part]) -> list[Tag]:
    """'..., while B was not', '..., as were C and D', '..., along with E', '..., and so was reviewing': units or
    standards named in a last clause that only adds them to the rating said before it, a claim about each, unread
    unless a shape read it (so a true first part does not carry a false one)."""
    if not tags or not any(t.code == "R" for t in tags):
        return []
    clause = clause_of(tags)
    body = [t for t, c in zip(tags, clause, strict=True) if c == clause[-1] and t.code != ","]
    units = [t for t in body if t.code in "PT"]
    # ("..., as were the North East and East Midlands regions": the kind of unit after the names)
    if not units or body[-1].code == "R" or \
            not all(t.code in "PT" or t.words.lower() in _COMPANION_WORDS or t is body[-1] and t.code == "S"
                    for t in body):
        return []
    read = _read_for(parts)
    return [u for u in units if not _covered(u, parts, read)]


# Words near a unit that put it beside a rating said of another: "like B", "joining B", "a rating shared by B", "the
# same rating as B", "alongside B", "followed by B", "mirroring B", "B received a better rating", "B did worse".
_COMPANION_CUE = re.compile(r"(?i)^(?:like|unlike|joining|joined|shared|alongside|followed|mirroring|echoing|(?:the )?"
                            r"same(?: rating| grade| mark)?|just|too|also|likewise|similarly|fared|matching|matched|"
                            r"better|worse|higher|lower|poorer|stronger|weaker|either|neither|nor)$")


_FIGURE_CUE = re.compile(r"(?i)^(?:than|exceeded|exceeding|ahead|behind|beat|beating|outscored|outstripped|surpassed|"
                         r"topped|trailed|above|below|double|twice|unlike)$")
_COMPARATIVE_CUE = re.compile(r"(?i)^(?:better|worse|higher|lower|poorer|stronger|weaker|fared)$")


def _companion_units(tags: list[Tag], parts: list[Part]) -> list[Tag]:
    """Named units (or standards) no part covers, set beside one whose rating was read: listed with it ("ratings
    went to A and B", "rated Outstanding for reviewing and for staff" with only the first read) or near a word that
    compares them ("like B", "joining B", "the same rating as B")."""
    rated = any(p.reading is not None and hasattr(p.reading, "ratings") for p in parts)
    if not rated and not parts:
        return []
    # (beside a figure read, only a word that compares: "X's 2 points exceeded the total of Lambeth PDU")
    cue_re = _COMPANION_CUE if rated else _FIGURE_CUE
    read = _read_for(parts)
    out = []
    for i, t in enumerate(tags):
        if t.code not in ("PT" if rated else "P") or _covered(t, parts, read):
            continue
        listed = rated and any(0 <= j < len(tags) and tags[j].code == t.code and _covered(tags[j], parts, read) and
                     any(x.words.lower() in ("and", ",", "&") for x in tags[min(i, j) + 1: max(i, j)])
                     for j in (i - 3, i - 2, i + 2, i + 3))
        # (or just after it: "and B fared no better", "B was too")
        # (a comparison names a unit only: "staff shortages were made worse" rates no standard)
        cued = any(cue_re.match(x.words) and not (t.code == "T" and _COMPARATIVE_CUE.match(x.words))
                   for x in (*tags[max(0, i - 5): i], *tags[i + 1: i + 5]))
        if listed or cued:
            out.append(t)
    return out
