"""Joins of a sentence's tags made for what reporting sets beside a name: a standard described, then named between
commas ("its programme for people leaving prison, called 'Through the Gate'"); a count of standards with the list
that bears it out; "them" for the standards just named; "the lowest rating of any PDU" (a superlative, not the
scale's lowest); "services" beside the organisation's other standards; another service of the place ("the city's
youth offending service"), no unit; "the one bright spot", "the weakest area was ...", "across the two areas", no
counts; "and one, X, was rated ..." after a count; "no fewer than six", one figure; "not one region", the regions;
"rated R with four standards R2", the count's own rating; "good - sorry, requires improvement", the rating said
last."""

from __future__ import annotations

from . import lazy_re as re
from .rating_idioms import PLAIN_RATINGS as _PLAIN_RATINGS
from .tag_type import Tag, codes


def aside_joins(tags: list[Tag]) -> list[Tag]:
    """The joins of this module, in the order they build on each other."""
    code = codes(tags)
    for join, needs in _JOINS:
        # a join changes no tag of a sentence that lacks a code it needs: most sentences pass most joins by, and a
        # look at the code string costs less than the join's walk over the tags (its answer would equal the tags)
        if all(map(code.__contains__, needs)):
            got = join(tags)
            if got is not tags:
                tags, code = got, codes(got)
    return tags


_ORGANISATIONAL = frozenset(("leadership", "staff", "information_facilities"))


def _services_standard(tags: list[Tag]) -> list[Tag]:
    """"rated its leadership and staffing Inadequate, while services were rated Good": beside the other standards of
    the organisation, "services" is the services standard, not a population of services."""
    if not any(t.code == "T" and t.value in _ORGANISATIONAL for t in tags):
        return tags
    return [Tag("T", t.start, t.end, t.words, "services") if t.code == "S" and t.words.lower() == "services" and
            i + 2 < len(tags) and tags[i + 1].code in "BV" and (i == 0 or tags[i - 1].code in ",w") and
            (i == 0 or tags[i - 1].words.lower() != "probation") else t for i, t in enumerate(tags)]


_SPOT = re.compile(r"(?i)^(?:spot|spots|point|points|light|note|exception|area|strength|positive|success)$")


def _the_one_bright_spot(tags: list[Tag]) -> list[Tag]:
    """"The one bright spot was leadership, rated Good": a figure of speech, no count of anything."""
    out = list(tags)
    for i in range(1, len(out) - 2):
        if out[i].code == "N" and out[i].words.lower() == "one" and out[i - 1].words.lower() == "the" and \
                (_SPOT.match(out[i + 1].words) or out[i + 1].code == "w" and _SPOT.match(out[i + 2].words)):
            out[i] = Tag("w", out[i].start, out[i].end, out[i].words)
    return out


def _with_a_count(tags: list[Tag]) -> list[Tag]:
    """"X rated Requires improvement with four standards Inadequate": the count set after the rating, as if after a
    comma (a clause of its own, with its own rating)."""
    for i in range(len(tags) - 3):
        if tags[i].code == "R" and tags[i + 1].words.lower() == "with" and tags[i + 2].code in "NQ" and \
                any(t.code == "Z" for t in tags[i + 3: i + 6]):
            return [*tags[: i + 1], Tag(",", tags[i + 1].start, tags[i + 1].start, ","), *tags[i + 1:]]
    return tags


def _one_named(tags: list[Tag]) -> list[Tag]:
    """"19 of the 21 CRCs were rated Requires improvement and one, Dorset, Devon and Cornwall, was rated
    Inadequate": the one is the unit named between the commas."""
    for i in range(len(tags) - 3):
        if tags[i].code == "N" and tags[i].words.lower() == "one" and tags[i + 1].words == "," and \
                tags[i + 2].code == "P" and tags[i + 3].words == "," and (i == 0 or tags[i - 1].words.lower() in
                                                                          ("and", ",", "but", "while")):
            return [*tags[:i], tags[i + 2], *tags[i + 4:]]
    return tags


def _no_fewer_than(tags: list[Tag]) -> list[Tag]:
    """"no fewer than six", "no less than 40 per cent": one figure, at least so many (the "no" is not a
    quantifier of its own; "no more than" is read where its count is)."""
    for i in range(len(tags) - 1):
        if tags[i].code == "Q" and tags[i].words.lower() == "no" and tags[i + 1].code == "N" and \
                re.match(r"(?i)(?:fewer|less)\s+than\b", tags[i + 1].words):
            words = f"{tags[i].words} {tags[i + 1].words}"
            return [*tags[:i], Tag("N", tags[i].start, tags[i + 1].end, words, tags[i + 1].value), *tags[i + 2:]]
    return tags


def _quantified_region(tags: list[Tag]) -> list[Tag]:
    """"Not one region", "every region inspected in 2024-25": the regions counted (alone, "the region" is a unit the
    text speaks of, and the lexicon leaves the word as it is)."""
    return [Tag("S", t.start, t.end, t.words, "region") if t.code == "w" and t.words.lower() == "region" and k and
            tags[k - 1].code == "Q" and str(tags[k - 1].value) in ("all", "none") else t for k, t in enumerate(tags)]


# services other inspectorates (or HMIP's youth programme) rate: "the city's youth offending service", "the council's
# children's services", "the local police force"
_ANOTHER = re.compile(r"(?i)\b(?:youth|offending|children'?s?|social|police|prisons?|courts?|health|mental|drugs?|"
                      r"alcohol|housing|fire|ambulance|education|care|custody|hospital|nhs)\b")


def _another_service(tags: list[Tag]) -> list[Tag]:
    """"The city's youth justice service was rated ...": another service, not the text's unit."""
    return [Tag("w", t.start, t.end, t.words) if t.code == "A" and len(t.words.split()) > 2 and
            _ANOTHER.search(t.words) else t for t in tags]


def _area_that_was(tags: list[Tag]) -> list[Tag]:
    """"The weakest area was reviewing, ...": the area is the standard named after the verb, no population."""
    return [Tag("w", t.start, t.end, t.words) if t.code == "S" and t.words.lower() in ("area", "part") and
            i + 2 < len(tags) and tags[i + 1].code == "B" and tags[i + 2].code == "T" else t
            for i, t in enumerate(tags)]


_PLACES = frozenset(("areas", "counties", "cities", "boroughs", "towns", "places", "islands", "nations"))


def _the_places(tags: list[Tag]) -> list[Tag]:
    """"across the two areas", "in both counties": the places a unit covers, said again, no count of anything."""
    out = list(tags)
    for i in range(1, len(out) - 1):
        if out[i].code == "N" and out[i - 1].words.lower() in ("the", "its", "their", "these", "those") and \
                out[i + 1].words.lower() in _PLACES:
            out[i] = Tag("w", out[i].start, out[i].end, out[i].words)
            out[i + 1] = Tag("w", out[i + 1].start, out[i + 1].end, out[i + 1].words)
    return out


_OPENS = {"(": ")", "-": "-", "\u2013": "\u2013", "\u2014": "\u2014", ":": None}


def _counted_list(tags: list[Tag]) -> list[Tag]:
    """"All four case supervision standards (assessment, planning, ... and reviewing) were rated ...": the
    standards listed, when the list bears out the number; the words that count them said once, by the list."""
    for i in range(len(tags) - 4):
        k = i + 1 if tags[i].code == "Q" and tags[i].words.lower() in ("all", "both", "each") else i
        reading = getattr(tags[k].value, "reading", None)
        if tags[k].code != "N" or reading is None or reading.rule != "exact count":
            continue
        z = next((j for j in range(k + 1, min(k + 4, len(tags))) if tags[j].code == "Z"), None)
        if z is None:
            continue
        while z + 1 < len(tags) and z - k < 9 and tags[z + 1].code in "wMFJU" and \
                tags[z + 1].words.lower() not in ("namely", "and"):
            z += 1  # "all four standards covering the supervision of individual cases, namely ...": words about them
        # (", namely A, B, C and D,": the list set off by commas)
        first = z + 3 if z + 3 < len(tags) and tags[z + 1].words == "," and tags[z + 2].words.lower() == "namely" \
            else z + 2
        if first >= len(tags) or tags[first - 1].words not in (*_OPENS, "namely") or \
                tags[first].code != "T":
            continue
        j = first
        while j < len(tags) and (tags[j].code == "T" or j + 1 < len(tags) and tags[j].words in (",", "and")
                                 and tags[j + 1].code in "Tw,"):
            j += 1
        listed = {x.value for x in tags[first: j] if x.code == "T"}
        close = "," if first == z + 3 else _OPENS[tags[z + 1].words]
        if len(listed) != reading.value or (close and (j >= len(tags) or tags[j].words != close)):
            continue
        return [*tags[:i], *tags[first: j], *tags[j + (1 if close else 0):]]
    return tags


def _them(tags: list[Tag]) -> list[Tag]:
    """"its unpaid work schemes, rating them Good": "them" after a verb, the standard just named, as "it" would be
    (the subject's, not a list of units)."""
    out = list(tags)
    for i, t in enumerate(out):
        if t.code == "w" and t.words.lower() == "them" and i >= 2 and out[i - 1].code == "V":
            before = next((x for x in reversed(out[: i - 1]) if x.code not in "w,"), None)
            if before is not None and before.code == "T":
                out[i] = Tag("A", t.start, t.end, t.words)
    return out


_SCALE_PLACE = re.compile(r"(?i)\b(?:lowest|highest|top|bottom|worst|best)\b")
_AMONG = re.compile(r"(?i)^(?:among|amongst|of\s+(?:any|all|every))$")


def _among(tags: list[Tag]) -> list[Tag]:
    """"the lowest rating of any PDU in the region", "the highest grade among the CRCs", "the worst rating of the
    London PDUs": the lowest of the ratings given to a population (a superlative, unread), not the scale's lowest
    ("the lowest rating of the four" is the scale's)."""
    out = list(tags)
    for i, t in enumerate(out[:-2]):
        a, b = out[i + 1], out[i + 2]
        if t.code == "R" and _SCALE_PLACE.search(t.words) and (
                _AMONG.match(a.words) or _AMONG.match(f"{a.words} {b.words}")
                or f"{a.words} {b.words}".lower() == "of the" and i + 3 < len(out) and out[i + 3].code in "SP"):
            out[i] = Tag("D", t.start, t.end, t.words)
    return out


_NAMING = re.compile(r"(?i)^(?:also\s+)?(?:called|named|dubbed|branded|known(?:\s+as)?|as|also)$")
_DETERMINER = re.compile(r"(?i)^(?:the|a|an|its|their|this|that)$")


def _named_as(tags: list[Tag]) -> list[Tag]:
    """"its programme for people leaving prison, called 'Through the Gate', ...": a thing described, then named
    as a standard between commas, is that standard (a standard named twice, once)."""
    for c in range(1, len(tags) - 2):
        if tags[c].words != ",":
            continue
        j = c + 1
        while j < len(tags) and tags[j].code != "T" and _NAMING.match(tags[j].words) and j - c <= 3:
            j += 1
        if j == c + 1 or j >= len(tags) or tags[j].code != "T" or \
                not re.match(r"(?i)^(?:also\s+)?(?:called|named|dubbed|branded|known)", " ".join(
                    x.words for x in tags[c + 1: j])) or j + 1 < len(tags) and tags[j + 1].words not in (",", ")"):
            continue
        named, end = tags[j], min(j + 2, len(tags))
        if tags[c - 1].code == "T":
            if tags[c - 1].value != named.value:
                continue  # two standards: which the words mean is not for a join to say
            return [*tags[:c], *tags[end:]]
        k = c
        while k > 0 and c - k < 8 and tags[k - 1].code in "wUF" and not _DETERMINER.match(tags[k - 1].words):
            k -= 1
        if k == c or k == 0 or not (tags[k - 1].code == "A" or _DETERMINER.match(tags[k - 1].words)):
            continue
        return [*tags[:k], Tag("T", tags[k].start, named.end, " ".join(x.words for x in tags[k: j + 1]),
                               named.value), *tags[end:]]
    return tags


_CUES = frozenset(("sorry", "no", "i", "mean", "meant", "or", "rather", "correction", "wait", "make", "that", "-",
                   ",", "\u2013", "\u2014"))
_TAKING_BACK = frozenset(("sorry", "mean", "meant", "rather", "correction", "wait"))


def _taken_back(tags: list[Tag]) -> list[Tag]:
    """'rated good - sorry, requires improvement', 'inadequate, I mean good', 'Good, or rather Outstanding': a rating
    the speaker takes back is no claim, and neither are the words that take it back; the rating after them is."""
    if not any(t.words.lower() in _TAKING_BACK for t in tags):
        # (every rating taken back has one of these words after it: a sentence with none, most with a rating, is
        # given back as it came, as the walk below would give it, without a look at each tag's next six)
        return tags
    out: list[Tag] = []
    k, given = 0, tags
    while k < len(tags):
        t = tags[k]
        nxt = next((j for j in range(k + 1, min(k + 7, len(tags))) if tags[j].words.lower() not in _CUES), None)
        if nxt is not None and {x.words.lower() for x in tags[k + 1: nxt]} & _TAKING_BACK and \
                "R" in (t.code + tags[nxt].code) and all(x.code == "R" or x.words.lower() in _PLAIN_RATINGS
                                                        for x in (t, tags[nxt])):
            new = tags[nxt]
            if new.code != "R":  # ("inadequate - sorry, good": the rating put in its place)
                new = Tag("R", new.start, new.end, new.words, (_PLAIN_RATINGS[new.words.lower()],))
            tags = [*tags[:k], new, *tags[nxt + 1:]]  # (which may be taken back in turn: "good, I meant good")
            continue
        out.append(t)
        k += 1
    return out if tags is not given else given


def _came_out_rated(tags: list[Tag]) -> list[Tag]:
    """'X came out Inadequate': a rating given, as "came out as" is (alone the words date a report: "came out in
    May")."""
    return [Tag("V", t.start, t.end, t.words) if t.code == "I" and k + 1 < len(tags) and tags[k + 1].code == "R" and
            re.fullmatch(r"(?i)c(?:ame|omes?)\s+out", t.words) else t for k, t in enumerate(tags)]


def _change_then_to(tags: list[Tag]) -> list[Tag]:
    """'drops a grade, to Inadequate': the rating a change ends at, set off by a comma, is the change's."""
    drop = {k for k, t in enumerate(tags[:-2]) if t.code == "," and t.words == "," and tags[k + 1].words.lower() == "to"
            and tags[k + 2].code == "R" and any(x.code == "H" for x in tags[max(0, k - 4): k])}
    return [t for k, t in enumerate(tags) if k not in drop] if drop else tags


_ROUND_SAW = frozenset(("saw", "covered", "included", "spanned"))


def _round_saw(tags: list[Tag]) -> list[Tag]:
    """'The 2019-20 round saw 10 CRCs inspected', 'the 2018-19 round covered seven NPS divisions': a round whose
    inspections took in so many units (not "saw ten CRCs rated R", a count of a rating)."""
    out = list(tags)
    for k, t in enumerate(tags):
        v = k + 1
        while v < len(tags) and tags[v].words.lower() in ("round", "programme", "inspection", "inspections"):
            v += 1  # ("the 2019-20 round saw": the round's name, before or after its tagging as one)
        after = tags[v + 3] if v + 3 < len(tags) else None
        if t.code == "Y" and v + 2 < len(tags) and tags[v].code == "w" and tags[v].words.lower() in _ROUND_SAW and \
                tags[v + 1].code == "N" and tags[v + 2].code == "S" and (after is None or after.code in ",I"):
            out[v] = Tag("I", tags[v].start, tags[v].end, tags[v].words)
    return out if out != tags else tags


# each join, in the order they build on each other, with the codes every change it makes needs in the sentence
_JOINS = ((_services_standard, "TS"), (_the_one_bright_spot, "N"), (_with_a_count, "RZ"), (_one_named, "NP"),
          (_no_fewer_than, "QN"), (_quantified_region, "Q"), (_another_service, "A"), (_area_that_was, "SBT"),
          (_the_places, "N"), (_counted_list, "NZT"), (_them, "VT"), (_among, "R"), (_named_as, "T"),
          (_taken_back, "R"), (_came_out_rated, "IR"), (_change_then_to, "HR"),
          (_round_saw, "YNS"))


def rating_restated(tags: list[Tag]) -> list[Tag]:
    """'got the top grade, Outstanding, for its work with victims': a rating restated between commas is one rating,
    so that the standard after it is its standard."""
    out: list[Tag] = []
    k = 0
    while k < len(tags):
        r, c1, r2, c2, nxt = (tags[k: k + 5] + [None] * 5)[:5]
        if nxt is not None and r.code == r2.code == "R" and c1.words == c2.words == "," and r.value == r2.value \
                and (nxt.code == "T" or nxt.words.lower() in ("for", "on", "in")):
            out.append(Tag("R", r.start, c2.end, f"{r.words}, {r2.words},", r.value))
            k += 4
        else:
            out.append(r)
            k += 1
    return out
