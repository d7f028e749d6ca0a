"""What a text is about: the unit its opening names or refers to ("a probation service in Wales", a headline's
bare "Probation provider judged inadequate", "probation in the borough"), and whether it speaks of the years
since unification, when a PDU's or region's place name is the unit itself."""

from __future__ import annotations

from . import lazy_re as re
from . import vocabulary as vocab
from .tag_type import Tag
from .tagger import tag
from .unit_facts import unit_kind

# A text about the unified service (since June 2021): its units and years.
_LATER = re.compile(r"(?i)\b(?:PDUs?|probation\s+delivery\s+units?|probation\s+regions?|20(?:2[1-9]|3\d)(?:-\d\d)?)\b")


_A_SERVICE = re.compile(r"(?i)^(?:a|an|another)$")


_LOCAL = vocab.LOCAL_PLACE


def _local_probation(tags: list[Tag]) -> list[Tag]:
    """'Probation in the borough has been rated ...': the text's unit, said by its place ("the borough",
    "the county", "the area"), as "the service" says it, or in its own statement by "our" before a standard; a
    place opening a sentence that counts units of one kind as that kind's unit there ("Wales was one of five NPS
    divisions ..."); and a region's name as where a unit is ("In the East of England, ...", "X PDU in the East
    Midlands was rated ..."), no unit rated."""
    k = 2 if len(tags) > 3 and tags[1].words.lower() == "the" else 1
    if len(tags) > k + 2 and tags[0].words.lower() in ("in", "across", "within") and tags[k].code == "P" and \
            tags[k + 1].words == "," and unit_kind(str(tags[k].value)) == "region" and \
            tags[k + 2].words.lower() not in ("which", "whose"):
        # "In the East of England, A, B and C were all rated Inadequate": where they are, no unit rated ("Across
        # the North East region, which was rated ...": the region, rated)
        return [*tags[:k], Tag("w", tags[k].start, tags[k].end, tags[k].words), *tags[k + 1:]]
    tags = _sister_unit(_unit_in_region(tags))
    if any(t.code in "PA" for t in tags):
        return tags
    placed = _place_of_kind(tags)
    if placed is not None:
        return placed
    ours = [i for i, t in enumerate(tags[:-1]) if t.words.lower() == "our" and tags[i + 1].code == "T"
            and tags[i + 1].value != "assessment"]
    if ours:
        # "inspectors rated our Through the Gate work as Good": only a unit's own work is rated, so in its own
        # statement "our" before a standard is the text's unit ("our assessment" may be the inspectorate's view);
        # the first "our" only ("both our unpaid work and our resettlement work": one subject, a list of standards)
        k = ours[0]
        both = k > 0 and tags[k - 1].code == "Q" and tags[k - 1].words.lower() in ("both", "all")
        return [Tag("A", t.start, t.end, t.words, None) if i == k else
                Tag("w", t.start, t.end, t.words) if both and i == k - 1 else t for i, t in enumerate(tags)]
    if len(tags) >= 4 and tags[0].code == "w" and tags[0].words.lower() == "probation" and \
            tags[1].words.lower() in ("in", "across") and tags[2].words.lower() == "the" and \
            _LOCAL.match(tags[3].words):
        return [Tag("A", tags[0].start, tags[3].end, " ".join(t.words for t in tags[:4]), None), *tags[4:]]
    for i, t in enumerate(tags):
        if t.code != "S" or t.value is not None or not re.fullmatch(r"(?i)(?:probation\s+)?services?", t.words):
            continue
        after = [x.words.lower() for x in tags[i + 1: i + 5]]
        before = tags[i - 1].words if i else ""
        # "probation services in the area", "the county's probation services": the place's own, the text's unit
        placed = len(after) >= 3 and after[0] in ("in", "across", "covering") and after[1] == "the" and \
            bool(_LOCAL.match(after[2])) and (len(after) < 4 or after[3] != "of")
        owned = bool(re.fullmatch(r"(?i)\w+['\u2019]s?", before)) and \
            bool(_LOCAL.match(re.sub(r"['\u2019]s?$", "", before)))
        if placed or owned:
            k = i + 4 if placed else i + 1
            return [*tags[:i], Tag("A", t.start, tags[k - 1].end, " ".join(x.words for x in tags[i:k]), None),
                    *tags[k:]]
    return tags


def _lede_subject(tags: list[Tag], headline: bool = True) -> list[Tag]:
    """In a text's first sentences, 'a probation service in Wales ...' is the text's subject, as 'the CRC' is;
    so is a headline's bare 'Probation provider judged inadequate' or 'Probation services in the county ...',
    when the sentence names no unit: reporting names it a line or two later. Not in a comparison of likelihoods
    ("an NPS division was more likely than a CRC to be rated Good"), whose nouns are any unit of their sector."""
    if any(t.code == "L" for t in tags):
        return tags
    out: list[Tag] = []
    for t in tags:
        if t.code == "S" and t.value in (None, "CRC", "NPS") and out and not t.words.lower().endswith("s"):
            # "a probation service", "another CRC", "one more private probation company" (adjectives between)
            k = len(out)
            while k > 0 and out[k - 1].code == "w" and not _A_SERVICE.match(out[k - 1].words) and len(out) - k < 2 \
                    and out[k - 1].words[:1].islower() and out[k - 1].words.lower() != "more":
                k -= 1
            det = out[k - 1] if k > 0 else None
            one_more = k >= 2 and out[k - 1].words.lower() == "more" and out[k - 2].words.lower() == "one"
            # "a national probation service" is any service; "another (private) CRC" is the one reported
            direct = k == len(out) or one_more or (det is not None and det.words.lower() == "another")
            if det is not None and direct and (det.code == "w" and _A_SERVICE.match(det.words) or one_more):
                k = k - 2 if one_more else k - 1
                out[k:] = [Tag("A", out[k].start, t.end, " ".join(x.words for x in (*out[k:], t)), t.value)]
                continue
        out.append(t)
    if not headline or any(t.code in "PA" for t in out):
        return out
    first = next((i for i, t in enumerate(out) if t.code != "w"), None)
    if first is not None and 3 <= first <= 6 and out[first].code in "BV" and out[0].words.lower() == "probation" \
            and out[1].words.lower() in ("in", "across") and any(t.code == "R" for t in out[first:]):
        # "Probation in south-west England branded 'inadequate'": the place stands for the unit named next
        return [Tag("A", out[0].start, out[first - 1].end, " ".join(t.words for t in out[:first]), None),
                *out[first:]]
    if first is not None and out[first].code == "V":
        # "Inspectors find probation service 'inadequate'": the bare subject is the verb's object
        after = next((i for i in range(first + 1, len(out)) if out[i].code != "w"), None)
        if after is None or out[after].code != "S" or not any(t.code == "R" for t in out[after + 1:]):
            return out
        first = after
    elif first is None or out[first].code != "S" or not any(t.code in "BV" for t in out[first + 1:]) and not (
            first + 1 < len(out) and out[first + 1].code == "R"):
        return out  # a headline's "X's probation service 'requires improvement'" has its rating for a verb
    t = out[first]
    if first + 1 < len(out) and out[first + 1].words.lower() in vocab.MODIFIED_NOUNS:
        return out  # "CRC staff did not ...": the noun is a modifier, not the unit
    single = not t.words.lower().endswith("s")
    local = [x for x in out[first + 1: first + 5] if x.code == "w" and _LOCAL.match(x.words)]
    # "Region's probation services rated inadequate", "County's probation service ...": the place's own
    local += [x for x in out[max(0, first - 1): first] if re.fullmatch(r"(?i)(\w+)['\u2019]s?", x.words)
              and _LOCAL.match(re.sub(r"['\u2019]s?$", "", x.words))]
    if single or local:
        out[first] = Tag("A", t.start, t.end, t.words, t.value)
    return out


_EARLIER = re.compile(r"(?i)\b(?:CRCs?|NPS|community\s+rehabilitation\s+compan(?:y|ies)|national\s+probation\s+service|"
                      r"private\s+(?:probation\s+)?(?:providers?|companies|company|firms?)|divisions?)\b")


def _units_of_later_years(text: str, lex) -> bool:
    """An undated text that names a PDU's or region's place ("Probation services in West Kent judged
    inadequate") and speaks of no CRC, NPS division or private provider anywhere is about the years since
    2021: before then, no unit the inspectorate rated was named for such a place alone."""
    if re.search(r"\b20(?:1\d|20)\b", text):
        return False  # a year before unification written (none after: _LATER)
    head = text[:20_000]  # bounded: the opening pages of a long text are enough to say what it is about
    _, providers = vocab.providers_and_aliases()
    named = [providers[str(t.value)].sector for t in tag(head, 0, len(head), [], lex, True)
             if t.code == "P" and str(t.value) in providers]
    # a CRC or division named or spoken of, unless as history ("since the CRCs and the NPS were merged in 2021")
    present = [m for m in _EARLIER.finditer(head) if not _HISTORY.search(head, max(0, m.start() - 60), m.end() + 60)]
    if any(sector in ("CRC", "NPS") for sector in named) or present:
        return False
    return any(sector in ("PDU", "region") for sector in named)


_HISTORY = re.compile(r"(?i)\b(?:former(?:ly)?|previously|replaced|abolished|scrapped|merged|unified|unification|"
                      r"re-?unif\w*|brought\s+together|taken\s+over|took\s+over|until|old|set\s+up\s+in|was\s+set\s+up|"
                      r"privatis\w*|part-privatis\w*|renationalis\w*)\b")


def _first_named(text: str, lex, later: bool = True) -> str | None:
    """The provider a text is about when its lede only says 'a probation service': the first one named in its
    opening (about its first five sentences); reporting names its subject before the others it mentions."""
    head = text[:1200]
    named = [str(t.value) for t in tag(head, 0, len(head), [], lex, later) if t.code == "P"]
    return named[0] if named else None


def _place_of_kind(tags: list[Tag]) -> list[Tag] | None:
    """'Wales was one of five NPS divisions rated Good', 'Essex was one of six Sodexo CRCs': a place opening the
    sentence as its subject is the unit of that place and of the kind the sentence counts, when exactly one is."""
    k = 0
    while k < len(tags) and k < 5 and tags[k].code == "w" and (tags[k].words[:1].isupper() or
                                                              k and tags[k].words.lower() == "and"):
        k += 1
    kinds = {t.value for t in tags if t.code == "S" and t.value in ("NPS", "CRC")}
    if not k or k >= len(tags) or tags[k].code not in "BV" or len(kinds) != 1:
        return None
    pid = _unit_at(" ".join(t.words for t in tags[:k]), next(iter(kinds)))
    if pid is None:
        return None
    return [Tag("P", tags[0].start, tags[k - 1].end, " ".join(t.words for t in tags[:k]), pid), *tags[k:]]


def _unit_at(place: str, kind: str) -> str | None:
    """The one unit of a kind ("CRC", "NPS") whose name is the place with its kind word taken off, or None."""
    _, providers = vocab.providers_and_aliases()
    ids = [pid for pid, p in providers.items() if p.sector == kind and
           re.sub(r"(?i)^NPS\s+|\s+CRC$", "", p.name).lower() == place.lower()]
    return ids[0] if len(ids) == 1 else None


def _unit_in_region(tags: list[Tag]) -> list[Tag]:
    """'Cardiff and the Vale PDU in East Midlands was rated ...': the region after a unit and "in" says where the unit
    is (a claim the region-of-a-unit shape reads), not which unit was rated."""
    units = [i for i, t in enumerate(tags[:-2]) if t.code == "P"]
    if len(units) < 2:
        return tags
    out = list(tags)
    for i in units:
        k = i + 3 if tags[i + 2].words.lower() == "the" else i + 2
        if k < len(tags) - 1 and tags[i].code == "P" and tags[i + 1].words.lower() == "in" and tags[k].code == "P" \
                and unit_kind(str(tags[k].value)) == "region" and tags[k + 1].code in "BV" \
                and unit_kind(str(tags[i].value)) in ("PDU", "CRC", "NPS"):
            out[k] = Tag("w", tags[k].start, tags[k].end, tags[k].words)
    return out


_SISTER_KINDS = {"crc": "CRC", "company": "CRC", "companies": "CRC", "division": "NPS"}


def _sister_unit(tags: list[Tag]) -> list[Tag]:
    """'Its sister CRC in Merseyside', 'its sister company in Essex': the unit of that kind at that place (another
    of the owner's units, named by its place), not the text's own."""
    for i, t in enumerate(tags[:-3]):
        if t.words.lower() != "sister" or i == 0 or tags[i - 1].code != "A":
            continue
        kind = _SISTER_KINDS.get(tags[i + 1].words.lower())
        k = i + 3
        while k < len(tags) and k < i + 7 and tags[k].code == "w" and (tags[k].words[:1].isupper() or
                                                                      tags[k].words.lower() == "and"):
            k += 1
        if kind is None or tags[i + 2].words.lower() != "in" or k == i + 3:
            continue
        pid = _unit_at(" ".join(x.words for x in tags[i + 3: k]), kind)
        if pid is not None:
            words = " ".join(x.words for x in tags[i - 1: k])
            return [*tags[: i - 1], Tag("P", tags[i - 1].start, tags[k - 1].end, words, pid), *tags[k:]]
    return tags
