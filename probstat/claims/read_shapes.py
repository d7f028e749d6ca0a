"""Run the shape table (shapes.py) over one sentence: every shape in order, each tag read at most once, the
asides a sentence puts between its subject and verb read around, and the names listed after a count's colon."""

from __future__ import annotations

from dataclasses import replace
from functools import lru_cache

from . import lazy_re as re
from .readings import Part, ProviderFigure, ProviderRating, StandardsCount, Statement
from .shape_parts import CLAIM_CODES, Sentence, Shape
from .shapes import SHAPES
from .tag_type import Tag, codes


class _Index:
    """A shape table with the codes every match of each row's pattern holds, so that a sentence is run through only
    the rows it could match (most sentences lack a figure, a rating or a count); a row's pattern is compiled once,
    when a sentence first could match it (a short text's sentences could match a few of the 139: 18 ms for all)."""

    def __init__(self, shapes: tuple[Shape, ...]) -> None:
        from .matcher import required_codes

        self.shapes = shapes
        self.rows = [(shape, required_codes(shape.pattern)) for shape in shapes]
        # each code a set names as a bit, and each set as the bits of its codes: a sentence's codes meet a set
        # where their bits and its bits share one (a text has thousands of sets of codes, each tried on every row)
        self.bit = {code: 1 << k for k, code in enumerate(sorted({c for *_, needs in self.rows
                                                                  for one in needs for c in one}))}
        self.masked = [(shape, tuple(self.mask(one) for one in needs)) for shape, needs in self.rows]
        # the rows a set of codes could match depend on nothing else: worked out once per set
        self.rows_for = lru_cache(maxsize=4096)(self._rows_for)

    def mask(self, codes: frozenset[str]) -> int:
        """The bits of the codes (none for a code no row asks for)."""
        bit = self.bit
        return sum(bit.get(c, 0) for c in codes)

    def _rows_for(self, present: frozenset[str]) -> list[tuple[Shape, re.Pattern]]:
        have = self.mask(present)
        out = []
        for shape, needs in self.masked:
            for one in needs:
                if not have & one:
                    break
            else:
                out.append((shape, shape.compiled))
        return out


_INDEXES: dict[int, _Index] = {}


def _index(shapes: tuple[Shape, ...]) -> _Index:
    got = _INDEXES.get(id(shapes))
    if got is None or got.shapes is not shapes:  # (the index holds the table, so its id is not reused)
        got = _INDEXES[id(shapes)] = _Index(shapes)
    return got


def _match_shapes(s: Sentence, shapes: tuple[Shape, ...], taken: set[int]) -> None:
    """Run every shape over the sentence in table order; ``taken`` holds the ids of the tags already read."""
    from .matcher import find

    for shape, pattern in _index(shapes).rows_for(frozenset(s.code)):
        for m in find(pattern, s.code, s.tags):
            if shape.consumes:
                own = {id(t) for g in shape.consumes for t in m.groups.get(g, [])}
                claim = [t for t in s.tags[m.first: m.last] if id(t) in own]
            else:
                claim = [t for t in s.tags[m.first: m.last] if t.code in CLAIM_CODES]
            if any(id(t) in taken for t in claim):
                continue
            parts = shape.build(m, s)
            if parts is None:
                continue
            taken.update(id(t) for t in claim)
            for p in parts if shape.reads_span else ():
                taken.update(id(t) for t in s.tags if t.code in CLAIM_CODES and p.start <= t.start
                             and t.end <= p.end and p.problem is None)
            s.parts.extend(parts)


_RELATIVE = frozenset(("which", "who", "whose", "where", "that"))
_PARTICIPLE = re.compile(r"(?i)^(?:\w+ed|known|seen|run|led|covering|serving|having|being)(?:\s+(?:as|by))?$")


# Words set off by commas that only link the sentence to the one before: "X's leadership, by contrast, was rated
# Good" is X's leadership rated Good.
_ADVERBIALS = frozenset(("however", "by contrast", "in contrast", "meanwhile", "by comparison", "in comparison",
                         "for its part", "moreover", "in turn", "in addition", "on the other hand"))


def _without_adverbials(tags: list[Tag]) -> list[Tag] | None:
    """The tags less a linking adverbial between commas after a unit or a standard, or the span a group of
    standards runs over ("from assessment to reviewing"); None when there is none."""
    drop: set[int] = set()
    for i, t in enumerate(tags):
        if t.words != "," or i == 0 or tags[i - 1].code not in "PATZ":
            continue
        for k in range(i + 2, min(i + 8, len(tags))):
            if tags[k].words == ",":
                words = " ".join(x.words.lower() for x in tags[i + 1: k])
                if words in _ADVERBIALS and all(x.code in "wh" for x in tags[i + 1: k]) or \
                        tags[i - 1].code == "Z" and re.fullmatch(r"from .+ to .+", words) and \
                        all(x.code in "whT" for x in tags[i + 1: k]):
                    # (", from assessment through to reviewing," after "the four standards": which they are)
                    drop.update(range(i, k + 1))
                break
    return [t for i, t in enumerate(tags) if i not in drop] if drop else None


def _without_asides(tags: list[Tag]) -> list[Tag] | None:
    """The tags less the asides a sentence puts between its subject and its verb: ", which ... ," or a pair of
    dashes, or a figure set off by commas after a population. None when there is none. Brackets stay, unless they
    hold a figure alone: they hold names and abbreviations ("Kent, Surrey and Sussex (KSS)") that a reading
    without them would bind to the wrong unit."""
    drop: set[int] = set()
    i = 0
    while i < len(tags):
        t = tags[i]
        close = None
        if t.words == "," and i + 1 < len(tags) and tags[i + 1].words.lower() in _RELATIVE:
            close = next((k for k in range(i + 2, len(tags)) if tags[k].words == ","), None)
            if close is None and i > 0 and tags[i - 1].code in "PA":
                # "Kent, Surrey and Sussex, which inspectors have given a rating of Good": the clause is about
                # the unit just named, so it reads as if the unit were its subject
                drop.update((i, i + 1))
                i += 2
                continue
        elif t.words == "," and i > 0 and tags[i - 1].code in "PA":
            # "the probation service in Cumbria, its Probation Delivery Unit (PDU), as ...": the unit said again
            k = i + 1
            # ("Surrey PDU, one of five PDUs in the region, was rated ...": a unit said to be one of a group)
            codes_ok = "wSAFNP" if i + 1 < len(tags) and tags[i + 1].code == "N" and \
                re.match(r"(?i)one\b", tags[i + 1].words) else "wSAF"
            if i + 1 < len(tags) and tags[i + 1].code == "Q" and tags[i + 1].words.lower() == "the only":
                codes_ok = "wSAFQVRY"  # "X, the only PDU rated Good in 2022-23, slipped to ...": what X was
            if i + 1 < len(tags) and tags[i + 1].words.lower() in ("in", "within", "part"):
                codes_ok += "P"  # "Derby City PDU, in the East Midlands region, was rated ...": where the unit is
            while k < len(tags) and k - i <= 8 and (tags[k].code in codes_ok or tags[k].words in "()"):
                k += 1
            if k < len(tags) and k > i + 1 and tags[k].words == "," and \
                    not any(x.words.lower() in _RELATIVE or x.code == "w" and x.words[:1].isupper()
                            for x in tags[i + 1: k]):
                close = k
            elif i + 1 < len(tags) and tags[i + 1].code in "wIV" and _PARTICIPLE.match(tags[i + 1].words):
                # "West Kent, described as being in survival mode, was rated ...": a participle's aside, closed
                # by a comma before the sentence's verb (or its verb of supervising: "..., supervised 9,000 people")
                close = next((k for k in range(i + 2, min(len(tags) - 1, i + 12)) if tags[k].words == ","
                              and tags[k + 1].code in "BVM"), None)
        elif (t.words == "(" and i + 2 < len(tags) and tags[i + 1].code == "N" and tags[i + 2].words == ")") or (
                t.words == "," and i > 0 and tags[i - 1].code == "S" and i + 2 < len(tags) and
                tags[i + 1].code == "N" and tags[i + 2].words == ","):
            close = i + 2  # "most CRCs (19) were rated ...", "15 units, almost half, were ...": a figure alone
        elif t.words in ("\u2013", "\u2014", "-"):  # a spaced hyphen is a dash too
            close = next((k for k in range(i + 1, len(tags)) if tags[k].words == t.words), None)
        elif t.code == "A" and i + 2 < len(tags) and tags[i + 1].words.lower() in ("that", "which", "who"):
            # "The private company that supervises 3,000 people has been rated ...": a relative clause, no commas
            verb = next((k for k in range(i + 2, min(len(tags) - 1, i + 10)) if tags[k].code == "B"
                         and tags[k + 1].code in "VR"), None)
            if verb is not None and not any(x.code == "R" for x in tags[i + 1: verb]):
                drop.update(range(i + 1, verb))
                i = verb
                continue
        if close is not None:
            drop.update(range(i, close + 1))
            i = close + 1
            continue
        i += 1
    return [t for k, t in enumerate(tags) if k not in drop] if drop else None


def _listed(s: Sentence, colon: Tag, count: Statement) -> list[Part]:
    """The units named after a count's colon ("two NPS divisions were rated Requires improvement: London and
    Wales"), each given the count's rating: by name, or by the place its name holds within the count's sector.
    Empty unless every name is found."""
    from . import vocabulary as vocab
    from .readings import ProviderRating

    if count.predicate is None or count.predicate.kind != "rating" or count.quantifier not in (None, "exact"):
        return []
    aliases, providers = vocab.providers_and_aliases()
    places: dict[str, set[str]] = {}
    for pid, p in providers.items():
        if count.sector is None or p.sector == count.sector:
            places.setdefault(re.sub(r"^NPS\s+|\s+(?:CRC|PDU|region)$", "", p.name).lower(), set()).add(pid)
    for alias, pid in aliases.items():
        if count.sector is None or providers[pid].sector == count.sector:
            places.setdefault(alias, set()).add(pid)
    words = re.sub(r"[.;]+\s*$", "", s.text[colon.end: s.end]).replace(",", " , ").split()
    found, names, i = [], [], 0
    while i < len(words):
        if words[i].lower() in (",", "and", "&"):
            i += 1
            continue
        # the longest run of words from here that names one unit ("South East and Eastern" before "South East")
        for j in range(len(words), i, -1):
            ids = places.get(" ".join(words[i:j]).lower())
            if ids and len(ids) == 1:
                found.append(next(iter(ids)))
                names.append(" ".join(words[i:j]))
                i = j
                break
        else:
            return []
    at = s.text.find(names[0], colon.end)
    return [Part(at, s.end, s.text[at: s.end].strip(" ."), "names listed",
                 ProviderRating(pid, count.predicate.column, count.predicate.ratings)) for pid in found]


def _restated(s: Sentence, counted: list[Part], unread: list[Tag]) -> list[Part]:
    """A figure alone between dashes, brackets or commas straight after a count's population ("the majority of
    CRCs - 19 out of 21 - were rated ...", "15 units, almost half, were ...") or a share in brackets after the
    count ("15 (48%) were ..."): the same count said again, read with the count's population and predicate."""
    from .shape_parts import _count

    out = []
    for n in unread:
        if n.code != "N":
            continue
        i = s.tags.index(n)
        got = _count(n, s)
        # "15 were rated Inadequate, more than half of the total": a share after the count restates it too
        tail = " ".join(t.words.lower() for t in s.tags[i + 1:])
        after = i >= 2 and s.tags[i - 1].words == "," and got is not None and got[2] == "share" and \
            tail in ("", "of the total", "of them", "of the whole", "of all of them", "of those") and \
            [p for p in counted if p.start <= s.tags[i - 2].start < p.end and p.problem is None]
        # (or a share in brackets straight after the count itself: "15 (48%) were rated Inadequate")
        if not after and not (0 < i < len(s.tags) - 1 and s.tags[i - 1].words in ("\u2013", "\u2014", "-", "(", ",")
                              and s.tags[i + 1].words in ("\u2013", "\u2014", "-", ")", ",") and i >= 2 and
                              (s.tags[i - 2].code == "S" or s.tags[i - 2].code == "N" and s.tags[i - 1].words == "("
                               and s.tags[i + 1].words == ")" and got is not None and got[2] == "share")):
            continue
        around = after or [p for p in counted if p.start <= s.tags[i - 2].start and n.end <= p.end and
                           p.problem is None]
        if not around or got is None or got[2] not in (None, "share") or around[-1].reading.predicate is None:
            continue
        # ("15 units, almost half, were ...": a share of the population restates the count too)
        out.append(Part(n.start, n.end, n.words, "count", replace(
            around[-1].reading, start=n.start, end=n.end, phrase=n.words, stated=got[0], quantifier=got[2],
            amount=None, denominator=got[1] or (around[-1].reading.denominator if after else None) or
            (_declared_size(s, around[-1].reading.sector) if s.tags[i - 2].code == "N" else None), subset=False,
            size_stated=None, proportion=None)))
    return out


def _declared_size(s: Sentence, sector: str | None) -> int | None:
    """The size the sentence gives the population a share is of ("Of the 31 PDUs inspected in 2022-23, 15 (48%)
    ..."): an exact count read as that sector's population size."""
    sizes = [p.reading.stated for p in s.parts if isinstance(p.reading, Statement) and p.reading.kind == "count"
             and p.reading.predicate is not None and p.reading.predicate.kind in ("inspected", "rated", "providers")
             and p.reading.sector == sector and p.reading.stated is not None
             and p.reading.stated.low == p.reading.stated.high]
    return int(sizes[0].low) if len(sizes) == 1 else None


def read_sentence(s: Sentence, shapes: tuple[Shape, ...] = SHAPES) -> tuple[list[Part], list[Tag]]:
    """The parts of a sentence read by the shapes, and the claim-making tags no shape read."""
    taken: set[int] = set()
    plain = _without_adverbials(s.tags)
    if plain is not None:
        s = replace(s, tags=plain, code=codes(plain), memo={})
    _match_shapes(s, shapes, taken)
    if any(t.code in CLAIM_CODES and id(t) not in taken or t.code == "W" and not any(
            p.start <= t.start < p.end for p in s.parts) for t in s.tags) or \
            any(p.shape in ("population size", "only") and p.phrase[:1].isupper() for p in s.parts) and \
            any(t.code in "IVW" and not any(p.start <= t.start < p.end for p in s.parts) for t in s.tags):
        # (or an aside read whole, "X, one of 21 CRCs, ..." or "X, the only CRC rated Good, ...", before the rest)
        # "The CRC, which supervises 9,000 people, was rated Good": what the aside parted is read without it
        kept = _without_asides(s.tags)
        if kept is not None:
            _match_shapes(replace(s, tags=kept, code=codes(kept), memo={}), shapes, taken)
    taken_at = [id(t) in taken for t in s.tags]
    unread = [t for i, t in enumerate(s.tags) if t.code in CLAIM_CODES and not taken_at[i]]
    counted = [p for p in s.parts if isinstance(p.reading, Statement) and p.reading.kind == "count"]
    # (a figure a builder read past its match, "..., with five of the seven": read, whatever tag it is)
    unread = [t for t in unread if not (t.code == "N" and any(p.start == t.start and t.end <= p.end for p in counted))]
    restated = _restated(s, counted, unread)
    if restated:
        s.parts.extend(restated)
        unread = [t for t in unread if not any(p.start <= t.start < p.end for p in restated)]
    colon = next((t for t in s.tags if t.words == ":"), None)
    if counted and colon is not None and colon.start > min(p.start for p in counted) and \
            not any(p.start >= colon.start for p in s.parts) and re.search(r"[A-Z]", s.text[colon.end: s.end]):
        # "two were rated Requires improvement: London and Wales": which ones is a claim of its own
        listed = _listed(s, colon, counted[-1].reading)
        if listed:
            s.parts.extend(listed)
            unread = [t for t in unread if t.start < colon.start]
            taken_at = [ok or t.start > colon.start for ok, t in zip(taken_at, s.tags, strict=True)]
        else:
            unread.append(Tag("N", colon.end, s.end, s.text[colon.end: s.end].strip()))
    at = {id(t): i for i, t in enumerate(s.tags)}
    unread = [t for t in unread if not _borne_out(t, s.parts) and not _pronoun_one(s.tags, at.get(id(t))) and
              not _both_read(s.tags, at.get(id(t)), s.parts)]
    if counted:
        # names after a count ("two were rated Good: A and B") are a claim about which ones; not read
        end = min(p.start for p in counted)
        unread += [t for i, t in enumerate(s.tags) if t.code == "P" and not taken_at[i] and t.start > end
                   and not any(p.start <= t.start < p.end and p.reading is not None for p in s.parts)]
    s.parts.extend(_standards_included(s))
    return _members_round(s.parts), sorted(unread, key=lambda t: t.start)


def _standards_included(s: Sentence) -> list[Part]:
    """'rated Good on five of its ten standards, including its work with victims': each standard named after
    'including' (or 'notably') has the count's rating, a claim of its own."""
    out = []
    for p in [p for p in s.parts if isinstance(p.reading, StandardsCount) and p.problem is None]:
        k = next((i for i, t in enumerate(s.tags) if t.start >= p.end), len(s.tags))
        while k < len(s.tags) and (s.tags[k].code == "Y" or s.tags[k].words.lower() in ("in", "at", "during")):
            k += 1  # ("... five of its standards in 2018-19, including ...")
        if k + 1 < len(s.tags) and s.tags[k].words == "," and s.tags[k + 1].words.lower() in ("including", "notably"):
            for t in s.tags[k + 2:]:
                if t.code == "T":
                    out.append(Part(t.start, t.end, t.words, "standard rating",
                                    ProviderRating(p.reading.provider, str(t.value), p.reading.ratings)))
                elif not (t.code in ",A" or t.words.lower() in ("and", "its", "the", "work", "on", "for")):
                    break
    return out


_HIGHER = re.compile(r"(?i)^(?:(?:far|much|well|considerably|slightly|a\s+little|a\s+lot)\s+)?(?:(?P<up>higher|more|"
                     r"larger|bigger|greater)|(?P<down>lower|fewer|less|smaller))\s+than$")


_NEEDED = re.compile(r"(?i)^(?:needs?|needed|requires?|required|deserved?|merited|warranted|wanted|lacked|received|"
                     r"got|had|has|have|without|offered|given)$")


def _pronoun_one(tags: list[Tag], i: int | None) -> bool:
    """'the cases that needed one', 'ended in an Inadequate one': "one" standing for a noun said before it, no
    count."""
    if i is None or i == 0 or tags[i].code != "N" or tags[i].words.lower() != "one":
        return False
    if i >= 2 and tags[i - 1].code == "R" and tags[i - 2].words.lower() in ("a", "an", "the", "another"):
        return True
    if not _NEEDED.match(tags[i - 1].words):
        return False
    return i + 1 == len(tags) or tags[i + 1].code in ",;" or tags[i + 1].words.lower() in (
        "in", "at", "by", "from", "during", "and", "but", "when", "after", "before")


def _both_read(tags: list[Tag], i: int | None, parts: list[Part]) -> bool:
    """'Both X and Y were rated R': "both" says no more than the two units' ratings, when each is read."""
    if i is None or tags[i].code != "Q" or tags[i].words.lower() != "both":
        return False
    k = i + 1 + (i + 1 < len(tags) and tags[i + 1].words.lower() == "the")
    if k + 2 >= len(tags) or tags[k].code not in "PA" or tags[k + 1].words.lower() != "and" or \
            tags[k + 2].code not in "PA" and not (tags[k + 2].words.lower() == "the" and k + 3 < len(tags) and
                                                   tags[k + 3].code in "PA"):
        return False
    named = [t for t in tags[k: k + 4] if t.code in "PA"]
    read = [p for p in parts if p.reading is not None and p.problem is None]
    return all(any(getattr(p.reading, "provider", None) == t.value for p in read) for t in named)


def _figure_of(p: Part) -> tuple[object, str, float] | None:
    """(what is measured, whose, the stated figure) of an exact figure a part read, or None."""
    r = p.reading
    if p.problem is not None or r is None or getattr(r, "stated", None) is None or r.stated.low != r.stated.high:
        return None
    if isinstance(r, ProviderFigure):
        return r.column, r.provider, r.stated.low
    if isinstance(r, Statement) and r.kind == "people" and len(r.providers) == 1:
        return "people", r.providers[0], r.stated.low
    return None


def _borne_out(t: Tag, parts: list[Part]) -> bool:
    """'SWM CRC's caseload of 64 was higher than DLNR CRC's 58': a comparison between two units' figures of the same
    measure, both read, which the two stated figures bear out: true when both are (each is checked on its own)."""
    m = _HIGHER.match(t.words) if t.code == "G" else None
    if m is None:
        return False
    before = [f for p in parts if p.end <= t.start and (f := _figure_of(p))]
    after = [f for p in parts if p.start >= t.end and (f := _figure_of(p))]
    if not before or not after or before[-1][:1] != after[0][:1] or before[-1][1] == after[0][1]:
        return False
    one, two = before[-1][2], after[0][2]
    return one > two if m.group("up") else one < two


def _members_round(parts: list[Part]) -> list[Part]:
    """'X was one of five NPS divisions rated Good, against two rated Requires improvement': the round X's one
    inspection gave the first count is the other counts' round too."""
    given = {(p.rounds, p.round_how) for p in parts if p.round_sure and p.round_how.startswith("the one inspection")}
    if len(given) != 1:
        return parts
    (rounds, how), = given
    return [replace(p, rounds=rounds, round_sure=True, round_how=how)
            if isinstance(p.reading, Statement) and p.reading.kind == "count" and not p.rounds else p for p in parts]
