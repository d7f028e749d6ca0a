"""What every shape builder works with: the sentence as a builder sees it, the shape row, and the small
readings they share (whose subject, which rating, which standard, how many).

The shapes themselves and their table are in shapes.py; the builders, by what they read, in build_ratings.py,
build_counts.py and build_figures.py.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field

from . import lazy_re as re
from .matcher import Match, compile_shape
from .mood import _INTENT, _intended  # noqa: F401  (the builders take them from here)
from .numbers import read_number
from .quantifiers import Reading
from .quantifiers import interpret as _interpret
from .readings import Part, ProviderRating
from .tag_type import Tag
from .unit_facts import of_kind_named
from .vocabulary import LOCAL_PLACE

#: Codes that make a claim: a sentence is checked only when every tag with one of these codes was read.
CLAIM_CODES = frozenset("NRQHXGLDE")
_INF = float("inf")


@dataclass
class Sentence:
    """What a builder sees: the sentence's tags and codes, and the subject a pronoun refers to."""

    text: str
    start: int
    end: int
    tags: list[Tag]
    code: str
    subject: str | None  # provider id that "the CRC", "it" refer to here
    previous_pop: tuple[str | None, str] | None  # the last population named in an earlier sentence
    parts: list[Part]  # read so far in this sentence
    memo: dict = field(default_factory=dict)  # what builders work out once per sentence
    # the units a neighbouring sentence names together, that "each", "both", "all three" may refer to: (units
    # named in the sentence before, units named in the sentence after)
    groups: tuple[tuple[str, ...], ...] = ((), ())  # the units named before, after, and over the last sentences
    # the one rating the sentence before named, that "that rating" refers to (empty: none, or more than one)
    previous_ratings: tuple[str, ...] = ()
    # the one sector a text's headline and opening name, with no unit ("Inspectors find National Probation Service
    # stretched"): whose a sector figure is when its own sentence names nobody
    text_sector: str | None = None
    # the sentence before counted a whole population, with no rating, owner or unit ("Inspectors rated 31 PDUs in
    # 2022-23"): what "15 of them" counts next
    sized_before: bool = False


@dataclass(frozen=True)
class Shape:
    """One sentence shape: its pattern over tag codes, its builder, and a true and a false example."""

    name: str
    pattern: str
    build: Callable[[Match, Sentence], list[Part] | None]
    reads: str
    true: str
    false: str
    refusal: bool = False
    consumes: tuple[str, ...] = ()  # the groups whose tags this shape reads; empty: the whole match
    reads_span: bool = False  # the builder reads words beyond its match (a measure's negation): its parts' spans

    @property
    def compiled(self) -> re.Pattern:
        return _compiled(self.pattern)


_CACHE: dict[str, re.Pattern] = {}


def _compiled(pattern: str) -> re.Pattern:
    if pattern not in _CACHE:
        _CACHE[pattern] = compile_shape(pattern)
    return _CACHE[pattern]


# --- helpers ---------------------------------------------------------------------------------------------------


def _span(m: Match, s: Sentence) -> tuple[int, int, str]:
    a, b = m.tags[m.first].start, m.tags[m.last - 1].end
    return a, b, re.sub(r"\s+", " ", s.text[a:b])


def _subject(tag: Tag | None, s: Sentence) -> str | None:
    """The provider a subject tag names: its own id, or for 'the CRC', 'it', the last provider named before it
    in the sentence, else the text's current subject."""
    if tag is None:
        return s.subject
    if tag.code == "P":
        return str(tag.value)
    i = s.tags.index(tag) if tag in s.tags else -1
    owner = next((t for t in s.tags[max(0, i - 2): max(0, i)][::-1] if t.code == "W"), None) \
        if tag.code == "A" and i > 0 and (s.tags[i - 1].code == "W" or s.tags[i - 1].words.lower() in ("s", "'s")) \
        else None
    from .vocabulary import owned_by, owners

    inside = [o for o in owners() if tag.code == "A" and o.lower() in tag.words.lower()]
    if owner is not None or inside:
        # "Sodexo's CRC", "the Working Links-run company": the text's unit only if the data have the owner running it
        return s.subject if s.subject in owned_by(str(owner.value) if owner is not None else inside[0]) else None
    services = re.match(r"(?i)probation\s+(?:services?|(?:delivery\s+)?units?)\s+(?:in|across|covering)\s+(.+)$",
                        tag.words)
    if services:
        return s.subject if _subject_place(s.subject, services.group(1)) else None
    after = s.tags[i + 1] if 0 <= i < len(s.tags) - 1 else None
    # "A probation service in Wales ...", a headline's "Probation unit for the district ...": the text's subject
    lede = not tag.words.lower().startswith(("the ", "this ", "that ", "its ")) and tag.words.lower() != "it"
    place = [t.words for t in s.tags[i + 2: i + 5]] if i >= 0 else []
    local = len(place) >= 2 and place[0].lower() == "the" and bool(LOCAL_PLACE.match(place[1])) and \
        (len(place) < 3 or place[2].lower() != "of") or bool(place) and place[0].lower() == "question"
    # "the CRC in 2018", "the CRC in the autumn": a time after the link, no place and no other unit
    following = " ".join(t.words.lower() for t in s.tags[i + 2: i + 4]) if i >= 0 else ""
    dated = i >= 0 and i + 2 < len(s.tags) and (s.tags[i + 2].code in "YN" or s.tags[i + 2].words[:1].isdigit()
                                                or bool(re.match(r"the (?:spring|summer|autumn|winter)\b", following)))
    if not lede and tag.words.lower() not in ("it", "its") and after is not None and after.code == "w" and \
            after.words.lower() in ("in", "covering", "serving", "for", "across", "based") and not local and \
            not dated and not _names_subject_place(s, i + 2) and not any(t.code == "R" for t in s.tags[i + 2: i + 4]):
        # "the service in the west of the county": another unit, not the text's subject; "the service in the
        # town" is the text's own, and so is "placing the unit in the Inadequate band"
        return None
    # a unit named after "unlike", "apart from", "other than" is set against the one "it" refers to
    earlier = [t for k, t in enumerate(s.tags) if t.code == "P" and t.end <= tag.start
               and not (k > 0 and s.tags[k - 1].code == "E")]
    # ("X is counted in the Y region, and its PDU was rated R": the unit of the kind the words name, not the region)
    return str(of_kind_named(tag.words, earlier)[-1].value) if earlier else s.subject


def _name_words(subject: str | None) -> set[str] | None:
    """The words of the subject's name in lower case ("swansea", "neath", "port", "talbot", "pdu"), or None."""
    from .vocabulary import providers_and_aliases

    name = providers_and_aliases()[1].get(subject) if subject else None
    return None if name is None else set(re.findall(r"[a-z]+", name.name.lower()))


def _subject_place(subject: str | None, place: str) -> bool:
    """Whether every word of a place ("Kent, Surrey and Sussex") is in the name of the text's subject."""
    if re.fullmatch(r"(?i)the\s+(\w+)", place.strip()) and LOCAL_PLACE.match(place.split()[-1]):
        return subject is not None  # "probation services in the area": the text's own
    own = _name_words(subject)
    words = [w for w in re.findall(r"[a-z]+", place.lower()) if w not in ("and", "the")]
    return own is not None and bool(words) and all(w in own for w in words)


def _names_subject_place(s: Sentence, i: int) -> bool:
    """Whether the capitalised words from tag i on ("Swansea", "Suffolk and Norfolk") are all places in the name of
    the text's subject: 'the probation service in Swansea' is then the subject, not another unit."""
    own = _name_words(s.subject)
    if own is None:
        return False
    words = []
    for t in s.tags[i:]:
        if t.code != "w" or not (t.words[:1].isupper() or t.words.lower() in ("and", "&")):
            break
        words.append(t.words.lower())
    places = [w for w in words if w not in ("and", "&")]
    return bool(places) and all(w in own for w in places)


def _ratings(tag: Tag) -> tuple[str, ...]:
    return tuple(tag.value)


def _lead(s: Sentence, tag: Tag) -> str:
    """The two words before a tag, lower case: 'at least', 'no more', 'all but'."""
    i = s.tags.index(tag)
    return " ".join(t.words.lower() for t in s.tags[max(0, i - 2): i])


_RATIO = re.compile(r"(?i)^(?P<n>.+?)\s+(?:(?:out\s+)?of|in)\s+(?:the\s+|its\s+|their\s+)?(?P<m>(?:a\s+)?[\w,.-]+)$")


def _share_bound(share: Reading, before: str) -> Reading:
    """A share with the words before it applied: "at least half" is a half or more, "at most a third" a third or
    less; literal truth: "more than half" is any share above a half."""
    x = share.value
    if share.rule == "over" and before.endswith("no"):  # "no more than half"
        return Reading(0.0, x, True, True, "percent", "at most", x)
    if share.rule == "over":
        return Reading(x, _INF, False, False, "percent", "over", x)
    if before.endswith("at least") or before.endswith("no less") or before.endswith("no fewer"):
        return Reading(x, _INF, True, False, "percent", "at least", x)
    if before.endswith("at most") or before.endswith("up to"):
        return Reading(0.0, x, True, True, "percent", "at most", x)
    return share


def _count(tag: Tag, s: Sentence) -> tuple[Reading, int | None, str | None] | None:
    """A figure tag read as a count: (stated, denominator, quantifier) with the words before it applied."""
    phrase = tag.words
    total = None
    ratio = _RATIO.match(phrase)
    if ratio:
        try:
            total = int(read_number(ratio.group("m")).value)
        except ValueError:
            return None
    try:
        stated = _interpret(phrase, "count")
    except ValueError:
        try:
            share = _interpret(phrase)
        except ValueError:
            return None
        if share.unit != "percent":
            return None
        return _share_bound(share, _lead(s, tag)), None, "share"
    if stated.unit == "percent":  # "50 per cent of CRCs": the phrase states its own unit, a share
        return _share_bound(stated, _lead(s, tag)), None, "share"
    if stated.unit != "count":
        return None
    before = _lead(s, tag)
    x = stated.value
    q = None
    if ratio and total is not None and re.fullmatch(r"(?i)one", ratio.group("n").strip()) and \
            re.search(r"(?:^|\s)(?:every|each)$", before):
        # "every one of the 21 CRCs": all of them, and 21 in all
        return Reading(total, total, True, True, "count", "exact count", total), None, "all N"
    if before.endswith("upwards of") or before.endswith("in excess of"):
        stated = Reading(x, _INF, False, False, "count", "over", x)
    elif before.endswith("at least") or before.endswith("no fewer") or before.endswith("no less"):
        stated = Reading(x, _INF, True, False, "count", "at least", x)
        q = "at least"
    elif before.endswith("no") and stated.rule == "over":  # "no more than 5"
        stated = Reading(0, x, True, True, "count", "at most", x)
    elif before.endswith("no") and stated.rule == "less than":  # "no fewer than 5"
        stated = Reading(x, _INF, True, False, "count", "at least", x)
    elif before.endswith("at most") or before.endswith("up to"):
        stated = Reading(0, x, True, True, "count", "at most", x)
    elif before.endswith("all but") or before.endswith("all bar"):
        q = "all but"
    elif stated.rule in ("over",) and stated.high != _INF:
        # literal truth: "more than N" of a count is any count above N (the words' suggestion is not a bound)
        stated = Reading(x, _INF, False, False, "count", "over", x)
    return stated, total, q


_CONTRAST = re.compile(r"(?i)\b(?:despite|although|though|but|while|whereas|yet|however|and)\b")

# the words that turn a sentence to another claim: a list of standards does not run on across one
_TURN = frozenset(("despite", "although", "though", "but", "while", "whilst", "whereas", "yet", "however"))


def _comma_and(tags: list[Tag], i: int) -> bool:
    """Whether tags[i] opens a new clause with ', and' (a comma, then 'and')."""
    return tags[i].words == "," and i + 1 < len(tags) and tags[i + 1].words.lower() == "and"


def standards_of_last_clause(ts: list[Tag], tags: list[Tag]) -> list[Tag]:
    """The standard tags of a list that a rating after it is of: those after the last turn ("through the gate,
    although planning was Inadequate" rates planning only), and after ', and' where a rating before the list is of
    its first standards ("rated Good for through the gate, and planning was Inadequate")."""
    cut = max((i for i, t in enumerate(ts) if t.code in ",w" and t.words.lower() in _TURN), default=-1)
    at = next((k for k, t in enumerate(tags) if t is ts[0]), None) if ts else None
    if cut < 0 and at is not None and at >= 2 and tags[at - 1].words.lower() in ("for", "on", "in") and \
            (tags[at - 2].code == "R" or tags[at - 2].code == "V" and at >= 3 and tags[at - 3].code == "R"):
        cut = next((i for i in range(len(ts)) if _comma_and(ts, i)), -1)
    return [t for t in ts[cut + 1:] if t.code == "T"]


def _rated_standards(m: Match, s: Sentence, groups: tuple[str, ...]) -> list[Tag]:
    """The standard tags of the named groups that the rating is of: a standard after a contrast ("'requires
    improvement' despite good leadership") is not."""
    r = m.one("r")
    out: list[Tag] = []
    for g in groups:
        listed = False  # in a list of standards ("for leadership, staffing, and services"), "and" adds one more
        for t in m.groups.get(g, []):
            if t.code != "T":
                # (a preposition said again joins too: "for reviewing and for staff")
                listed = listed and (t.code == "," and t.words.lower() not in _TURN or
                                     t.words.lower() in ("and", "&", "for", "on", "in"))
                continue
            if g == "after" and r is not None and not listed and _CONTRAST.search(s.text[r.end: t.start]):
                break
            out.append(t)
            listed = True
    # "rated Good for through the gate, and planning and reviewing were Inadequate": the standards after ', and'
    # are the subject of a rating of their own
    at = next((k for k, t in enumerate(s.tags) if out and t is out[-1]), None)
    if at is not None and len(out) > 1 and at + 2 < len(s.tags) and s.tags[at + 1].code in "BV" and \
            "R" in [t.code for t in s.tags[at + 2: at + 4]]:
        first = next((k for k, t in enumerate(s.tags) if t is out[0]), at)
        boundary = next((s.tags[k].start for k in range(first, at) if _comma_and(s.tags, k)), None)
        if boundary is not None:
            out = [t for t in out if t.start < boundary]
    return out


def _column(m: Match, s: Sentence, groups: tuple[str, ...]) -> str | None:
    """The standard a rating is on: a standard tag in the named groups, else one opening the sentence
    ("On leadership, ..."), else overall. None when both a standard and 'overall' are named."""
    named = _rated_standards(m, s, groups)
    overall = any(t.code == "K" for g in groups for t in m.groups.get(g, []))
    if named and overall:
        return None
    if named:
        if len({t.value for t in named}) > 1:
            return None
        return str(named[0].value)
    if overall:
        return "overall"
    # "On leadership, ...", "When it came to leadership, ...", "In terms of staffing, ...": a standard opening the
    # sentence before a comma, with no verb or rating of its own, is what the rating after it is on
    head = s.code.split(",", 1)[0] if "," in s.code else ""
    if head and len(head) <= 6 and "T" in head and m.first > len(head) and not re.search(r"[RNSPBV]", head):
        standards = {s.tags[i].value for i, c in enumerate(head) if c == "T"}
        return str(standards.pop()) if len(standards) == 1 else None
    k = m.first - (2 if m.first >= 3 and s.tags[m.first - 1].words == "," else 1)  # "..., and for reviewing it got R"
    if k >= 1 and s.tags[k].code == "T" and s.tags[k - 1].words.lower() in ("for", "on", "in", "across") and \
            (k == 1 or s.tags[k - 2].words.lower() in (",", "and", "but", "while", "whereas", "yet")):
        return str(s.tags[k].value)
    r = m.one("r")
    if r is not None and _ON_DOING.match(s.text, r.end):
        return None  # "rated Inadequate on supporting people to change": a part of the work the data do not rate
    return "overall"


#: Why a rating's column is not read (``_column`` gave None).
UNCLEAR_COLUMN = "which standard or overall the rating is on: both named, or a part of the work the data do not rate"
# a rating "on" or "for" doing something: no standard the data hold, and not the unit's overall rating
# ("rated Inadequate for failing to protect the public" gives a reason: "for" is left alone)
_ON_DOING = re.compile(r"['\u2019\"]?\s+(?:on|in)\s+(?:its\s+|their\s+)?(?!being\b)[a-z]+ing\b")




# "inspectors said the unit had been rated Inadequate": a pluperfect in reported speech, the present perfect
# backshifted, no earlier rating
_REPORTED_SPEECH = re.compile(r"(?i)\b(?:said|told|concluded|reported|explained|added|stated|warned|noted|wrote|"
                              r"confirmed|announced|revealed|informed|heard|advised|reminded|briefed|acknowledged|"
                              r"admitted|claimed|insisted|argued|commented|highlighted|emphasised|emphasized|"
                              r"stressed|observed|recorded|minuted|"
                              # (and in the present: "the answer adds that X had been rated ...")
                              r"says|tells|concludes|explains|adds|states|warns|notes|writes|confirms|"
                              r"reveals|acknowledges|admits|claims|observes)\b")


def reported_speech(tags: list[Tag]) -> bool:
    """Whether a sentence reports speech, so that its 'had been rated' is the rating then current: one rating
    only, and nothing set against it ("said it had been rated Good and is now Inadequate" keeps its past)."""
    return sum(t.code == "R" for t in tags) == 1 and not any(t.code in "hH" for t in tags) and \
        not any(re.search(r"(?i)\b(?:now|currently|formerly|once)\b", t.words) for t in tags) and \
        any(_REPORTED_SPEECH.search(t.words) for t in tags)


def _backshifted(s: Sentence) -> bool:
    return reported_speech(s.tags)


# "had been rated": an earlier rating; "last week", "last Tuesday" date the report itself
_PAST = re.compile(r"\b(?:previous(?:ly)?|before|earlier|last(?!\s+(?:week|month|night|weekend|monday|tuesday|"
                   r"wednesday|thursday|friday|saturday|sunday)\b)|at the time|then|had)\b")
_SAME = re.compile(r"\b(?:same|unchanged|kept|keeps|keep|retained|retains|retain|maintained|maintains|maintain|"
                   r"(?:held|holds|holding) its|"
                   r"(?:held|hold|holds|holding|hung|hang|clung|cling) on ?to|again|still|"
                   r"remains?|remained|stays|stayed)\b")
_UP = re.compile(r"\b(?:improved|improve|improves|improving|upgraded|mov(?:ed|es|ing) up|rose|risen|climbed|"
                 r"went up|raised|got better|fare[sd]?(?: no)? better|up from|an upgrade|an improvement|a rise|"
                 r"a step up|"
                 r"jumped|leapt|leaped|"
                 r"soared|recovered|bounc(?:ed|es) back|rebound(?:ed|s)|marked up|edged up|crept up|"
                 r"rises|jumps|climbs|advanc(?:ed|es|ing) to|progress(?:ed|ing) to|"
                 r"(?:lifted|climbed|climbs|climbing|moved|moves|got|gets) (?:out of|off))\b")
_DOWN = re.compile(r"\b(?:declined|deteriorated|worsened|worsens?|got worse|downgraded|mov(?:ed|es|ing) down|fell|"
                   r"fallen|dropped|slipped|went down|fare[sd]?(?: no)? worse|lowered|slumped|slumps|plunged|"
                   r"plummeted|sank|"
                   r"tumbled|dipped|"
                   r"lost|loses|lose|down from|a decline|a deterioration|a drop|a fall|a downgrade|a step down|"
                   r"slid|slides?|sliding|marked down|falls|drops|slips|sinks|tumbles|dips|"
                   r"(?:slipping|dropping|sinking|tumbling|dipping|plunging|slumping) (?:from|to|back))\b")


def _refused_subject(m: Match, s: Sentence, shape: str) -> tuple[str | None, list[Part] | None]:
    """The provider a shape about one provider speaks of, or the part saying why it is not read: no subject
    named in the text, or a negation inside the shape that the shape does not read."""
    pid = _subject(m.one("s"), s)
    a, b, phrase = _span(m, s)
    if pid is None:
        return None, [Part(a, b, phrase, shape, problem="the subject is not named in the text")]
    if any(t.code == "X" for t in m.tags[m.first: m.last]):
        return None, [Part(a, b, phrase, shape, problem="a negation, not read")]
    return pid, None


def _listed(group: list[Tag], codes: str = "P", joins: tuple[str, ...] = ("and", "&")) -> list[Tag] | None:
    """The units a matched list names ("A, B and C"), or None when a word other than its joins stands between
    them ("X in the north and Y": no list of names)."""
    if any(t.code == "w" and t.words.lower() not in joins for t in group):
        return None
    return [t for t in group if t.code in codes]


def _population(tag: Tag) -> tuple[str | None, str]:
    return tag.value, re.sub(r"\s+", " ", tag.words)


def _refuse(reason: str) -> Callable[[Match, Sentence], list[Part]]:
    def build(m: Match, s: Sentence) -> list[Part]:
        a, b, phrase = _span(m, s)
        why = reason
        if any(t.words.lower() == "respectively" for t in m.tags[m.first: m.last]):
            why = "a 'respectively' list: which rating goes with which name is not paired by guess"
        return [Part(a, b, phrase, "refused", problem=why)]
    build.__doc__ = reason
    return build


def _renamed(m: Match) -> Match:
    """A match of an alternation whose branches name their groups with a trailing digit: one set of names."""
    groups: dict = {}
    for k, v in m.groups.items():
        base = k.rstrip("0123456789")
        if v:
            groups[base] = v
        else:
            groups.setdefault(base, v)
    return Match(m.first, m.last, groups, m.tags)


def _rating_before(s: Sentence) -> ProviderRating | None:
    """The last unit's rating the sentence has read so far, that "as was B", "but B did not", "along with B" give
    to B; None if none."""
    earlier = [p.reading for p in s.parts if isinstance(p.reading, ProviderRating)]
    return earlier[-1] if earlier else None


def _also_for(m: Match) -> list[Tag]:
    """'rated Inadequate overall and for leadership', '... overall, and also for staffing and reviewing': the
    standards joined to the overall rating, which have that rating too."""
    rest = m.tags[m.last: m.last + 24]
    words = [t.words.lower() if t.code in "w," else t.code for t in rest]
    k = 1 if words[:1] == [","] else 0
    if words[k: k + 1] != ["and"]:
        return []
    k += 1 + (words[k + 1: k + 2] in (["also"], ["too"]))
    if words[k: k + 1] not in (["for"], ["on"], ["in"]):
        return []
    out: list[Tag] = []
    for t, w in zip(rest[k + 1:], words[k + 1:], strict=True):
        if w == "T":
            out.append(t)
        elif w not in (",", "and", "&") or not out:
            break
    after = rest[k + 1 + len(out):]
    if any(t.code in "RBVA" for t in after[: next((i for i, t in enumerate(after) if t.words == ";"), len(after))]):
        return []  # "..., and in reviewing it was rated Outstanding": the standards have a predicate of their own
    return out


def _closes_aside(tags: list[Tag], i: int) -> bool:
    """Whether the unit at i ends an aside about another unit: that it is one of a group ("X, one of five PDUs in
    the Y region, was ..."), or a relative clause ("X, which covers the county outside Derby, was ...")."""
    if i + 1 >= len(tags) or tags[i + 1].words != ",":
        return False
    j = next((k for k in range(i - 1, max(-1, i - 9), -1) if tags[k].words == ","), None)
    # (or a relative clause: "X, which covers the county outside Derby, was rated R": Derby is no subject)
    return j is not None and j > 0 and tags[j - 1].code == "P" and (
        tags[j + 1].code == "N" and bool(re.match(r"(?i)one\b", tags[j + 1].words)) or
        tags[j + 1].words.lower() in ("which", "who", "that", "whose", "covering", "serving", "including"))


def _group_of(s: Sentence, want: int | None, upto: int | None = None) -> tuple[str, ...] | None:
    """The units 'each', 'both', 'all four' refer to: those a neighbouring sentence names together, as many as the
    words say (``want``; None: two or more); 'one of four ... The other three are A, B and C. All four ...': the
    text's unit and three named. Units named before ``upto`` come first: 'A and B scored three, and both ...'."""
    here = tuple(dict.fromkeys(str(t.value) for t in s.tags[:upto] if t.code == "P")) if upto else ()
    if len(here) >= 2 and (want is None or len(here) == want) and s.tags[upto - 1].words.lower() in _GROUP_AFTER:
        return here
    before, after, *lately = s.groups
    group = next((g for g in (before, after) if len(g) >= 2 and (want is None or len(g) == want)), None)
    if group is None and want is not None and len(before) == want - 1 >= 1 and s.subject and \
            s.subject not in before:
        group = (s.subject, *before)
    if group is None and want is not None and lately and len(lately[0]) == want:
        group = lately[0]  # "A scored three, as did B. C scored none. All three were ...": as many as named lately
    return group


_GROUP_AFTER = ("and", ",", "saw", "sees", "had", "with")  # ("A and B scored three, and both", "..., saw both rated")
_EVERYWHERE = re.compile(r"(?i)\s+(?:the\s+whole\s+of\s+|the\s+length\s+and\s+breadth\s+of\s+)?"
                         r"(?:England\s+(?:and|&)\s+Wales|the\s+country|(?:either|both|each|any|the\s+two)\s+sectors?)\b")


def everywhere(s: Sentence, at: Tag) -> bool:
    """Whether the word "in" at ``at`` places a population everywhere it is ("the 28 probation services in England
    and Wales"), which restricts it to no part."""
    return bool(_EVERYWHERE.match(s.text, at.end))
