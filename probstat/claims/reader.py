"""Read a text: split it into sentences, tag each (tagger.py), match the shapes (shapes.py), and give every
claim-making part of a sentence a typed reading (readings.py) or the reason it is not read.

A text is a document: its subject (the provider or unit named in its title or first lines, then the last one
named) is what "the CRC", "the service" or "it" refer to; a round written in a sentence is certain, one
written earlier in the text or implied by the text's date is not. Nothing here looks at the data: which of a
provider's inspections an undated statement speaks of is the judge's question.

Work is linear in the length of the text: every pattern runs once over the text or over one sentence's tags,
and a sentence's tags are bounded by its length.
"""

from __future__ import annotations

import bisect
from dataclasses import dataclass, replace

from . import lazy_re as re
from . import vocabulary as vocab
from .anchored import Anchored
from .build_dates import rating_months
from .build_named import previous_ellipsis
from .clause_dates import THAT_INSPECTION, at_that, clause_rounds, dated_parts, moved_round, subject_round, turned_back
from .count_scope import whole_counted
from .count_time import SPAN as _SPAN
from .count_time import counts_in_time
from .document import DATELINE, ROUND_WORDS_RE, Document, bounded_sentences, header_end, is_header
from .extract import find_numeric_expressions
from .mood import not_asserted
from .ordinals import (
    _CONCESSIVE,
    _FIRST,
    _SECOND,
    _SECOND_TIME,
    _ordinal,
    _ordinal_parts,
    _rated_again,
    _reinspected,
    again_word,
    at_first,
)
from .part_round import with_round
from .ranks import positions_in
from .read_shapes import read_sentence
from .readings import Change, Part, Predicate, ProviderRating, Statement
from .report_order import report_order_parts
from .shape_parts import Sentence, reported_speech
from .tag_joins import own_region_pdus
from .tag_type import Tag, clause_of, codes
from .tagger import lexicon, tag
from .text_subject import _LATER, _first_named, _lede_subject, _local_probation, _units_of_later_years
from .unit_facts import region_unit, unit_kind, unit_region, unit_rounds
from .unread import _claiming, _ratings_compared, _scope_unread, _sums_and_averages, months_read, unread_beside
from .unread_events import events_beside


@dataclass(frozen=True)
class ReadSentence:
    """One sentence with the parts read in it and the words that make a claim but were not read."""

    start: int
    end: int
    text: str
    parts: list[Part]
    unread: list[Tag]
    round_: str | None
    round_how: str
    round_sure: bool
    scope_unread: bool = False  # an unread negation, exception, quantifier, figure or rating where a part was read
    reinspected: tuple[str, ...] = ()  # providers it speaks of as inspected before ("the same mark as last year")
    first_inspected: tuple[str, ...] = ()  # providers whose first inspection it says this is


_THE_REPORT = re.compile(r"\s*(?:The|This)\s+(?:full\s+|inspection\s+|latest\s+|new\s+)?report\b")


def read_text(text: str, doc: Document) -> list[ReadSentence]:
    """Every sentence of ``text`` that makes a claim, in order, with its parts and what went unread."""
    lex = lexicon().for_text(text)
    figures = find_numeric_expressions(text)
    starts = [f.start for f in figures]
    out: list[ReadSentence] = []
    subject = doc_subject = last_named = None
    # a text written after unification (its date, or "His Majesty's" / a Chief Inspector who took office
    # since) speaks of PDUs and regions when it names their places
    later = (bool(_LATER.search(text)) or (doc.round or "") >= "2021"
             or max(doc.date or "", doc.bounds[0] or "") >= "2021-06")
    if not later and not min(doc.date or "9", doc.bounds[1] or "9") < "2021-06":
        later = _units_of_later_years(text, lex)
    lede = _first_named(text, lex, later)
    current: tuple[str, str] | None = (doc.round, doc.round_how) if doc.round else None
    given = doc.round_how.startswith("given")
    previous_pop, sized = None, False
    text_sector: set = set()  # the sectors the opening names (see Sentence.text_sector)
    previous_ratings: tuple[str, ...] = ()
    rated_before = None  # the one unit's rating the sentence before read, that "So was Y." gives Y
    carried: tuple[str, int] | None = None
    past_before: Part | None = None  # the earlier inspection the sentence before spoke of ("at its last inspection")
    spans = bounded_sentences(text)
    group_before: tuple[str, ...] = ()
    named_lately: tuple[tuple[str, ...], ...] = ()  # the units each of the last three sentences named
    counted = (0, 0)  # a position and the line ends before it, so that the text is counted through once
    datelines = 0  # the dateline sentences so far ("Published: 3 October 2025"), which do not push the lede down
    opening_end = header_end(text)
    for n, (start, end) in enumerate(spans):
        if is_header(text, start, opening_end):
            continue
        if DATELINE.fullmatch(text, start, end):
            datelines += 1
            continue
        lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
        tags = tag(text, start, end, figures[lo:hi], lex, later)
        if n < 5:
            tags = _lede_subject(tags, headline=n < 3)
        tags = _local_probation(tags)
        named = [t for t in tags if t.code == "P"]
        named_here = tuple(dict.fromkeys(str(t.value) for t in named))
        if n < 3:
            text_sector |= {t.value for t in tags if t.code == "S"} | ({"unit"} if named else set())
        last_named = str(named[-1].value) if named and not (subject or doc_subject or lede) else last_named
        if doc_subject is None and named and n < 4:
            doc_subject = str(named[0].value)
        rounds = {str(t.value) for t in tags if t.code == "Y" and t.value}
        rounds |= {vocab.ROUND_WORDS[re.sub(r"\s+", " ", m.group(0).lower())]
                   for m in ROUND_WORDS_RE.finditer(text, start, end)}
        if given:
            rnd = (doc.round, doc.round_how, True)
        elif len(rounds) == 1:
            rnd = (next(iter(rounds)), "written in the sentence", True)
            if not [t for t in tags if t.code in "PSNR"]:
                counted = (start, counted[1] + text.count("\n", counted[0], start))  # (on from the last counted)
                current = (rnd[0], f"written in the text (line {counted[1] + 1})")
        elif len(rounds) > 1:
            ys = [t for t in tags if t.code == "Y" and t.value]
            between = text[ys[0].end: ys[-1].start] if len(ys) > 1 else ""
            # "in both 2018-19 and 2019-20", "in 2018-19 and again in 2019-20": true only if true in each
            # ("at both its 2022-23 and its 2025-26 inspections")
            each = len(ys) == 2 and bool(re.fullmatch(r"(?i)\s*(?:,\s*)?and\s+(?:again\s+)?(?:(?:in|at)\s+)?"
                                                      r"(?:its\s+)?\s*", between))
            rnd = (",".join(sorted(rounds)), "several rounds written in the sentence" + (", each of them" if each
                                                                                        else ""), False)
        elif carried and ("\n\n" not in text[carried[1]: start] or _SAME_ROUND.search(text, start, end)):
            # the round of the sentence before holds unless this one moves in time ("in the next round"); "in the
            # same round" holds it past a paragraph's end
            moved = bool(_TIME_WORDS.search(text, start, end)) and not _SAME_ROUND.search(text, start, end)
            rnd = moved_round(text, start, end, (carried[0], "written in the previous sentence", not moved))
        elif same := subject_round(doc_subject, bool(_SAME_ROUND.search(text, start, end))):
            rnd = same if current is None else (*same[:2], False)  # (sure only where the text wrote no round)
        elif current:
            rnd = moved_round(text, start, end, (current[0], current[1], False))
        else:
            rnd = moved_round(text, start, end, (None, "", False))
        carried = (rnd[0], end) if rnd[1] == "written in the sentence" else None
        groups: tuple[tuple[str, ...], ...] = ((), ())
        if _GROUP_WORD.search(text, start, end) and (any(t.code == "R" for t in tags) or
                                                     _REPORTS_OUT.search(text, start, end)):
            # "Each was rated ...", "all three units require improvement", "both reports were published in May":
            # the units named together next door, or over the last sentences ("A scored ..., the same as B. C
            # scored zero. All three were rated ...")
            recent = tuple(dict.fromkeys(u for named_then in named_lately for u in named_then))
            groups = (group_before, _units_named(text, spans, n + 1, figures, starts, lex, later), recent)
        kinds = {t.value for t in tags if t.code == "A" and t.value}
        current_unit = subject or doc_subject
        if current_unit and len(kinds) == 1 and unit_kind(current_unit) not in kinds:
            # "The region supervises ..." after a sentence about one of its PDUs: the text's region again; in a
            # text about a PDU, "the region" is the PDU's own
            # ("... Hampshire and Isle of Wight CRC ... The CRC was owned by Sodexo" in a text about a PDU: the unit
            # of that kind named lately)
            lately_of_kind = [u for g in reversed(named_lately) for u in reversed(g) if unit_kind(u) in kinds]
            subject = doc_subject if unit_kind(doc_subject) in kinds else \
                region_unit(unit_region(current_unit)) if kinds == {"region"} else \
                lately_of_kind[0] if lately_of_kind else None
            subject = subject or current_unit
        # "The inspectors visited Wigan PDU in March. The unit was rated ...": with no subject yet, the unit named
        # last is the one "the unit" means
        about = subject or doc_subject or lede or last_named
        if doc_subject and _THE_REPORT.match(text, start, end) and not any(t.code in "PA" for t in tags):
            about = doc_subject  # "The report was published in ...": the report the text is news of
        tags = own_region_pdus(tags, unit_region(about) if later else None)  # "the PDUs in the region"
        s = Sentence(text, start, end, tags, codes(tags), about, previous_pop, [], groups=groups,
                     previous_ratings=previous_ratings,
                     text_sector=next(iter(text_sector)) if text_sector in ({"NPS"}, {"CRC"}) and n >= 1 else None,
                     sized_before=sized)
        rated_here = {t.value for t in tags if t.code == "R" and isinstance(t.value, tuple)}
        previous_ratings = next(iter(rated_here)) if len(rated_here) == 1 else ()
        group_before = named_here
        named_lately = (*named_lately[-2:], named_here)
        parts, unread = read_sentence(s)
        if not parts:
            parts = previous_ellipsis(tags, rated_before)  # "... So was Y.", "... Neither was Y."
            if parts:
                unread = []  # "neither", "too": the words that stand for the rating are read with it
        sized = whole_counted(tags, parts)
        rated = [p.reading for p in parts if isinstance(p.reading, ProviderRating) and not p.past]
        rated_before = rated[0] if len(rated) == 1 else None
        compared = [(p.start, p.end) for p in parts if p.shape in ("comparison", "change", "distribution", "owner")
                    and p.problem is None]
        claiming = _claiming(tags, unread) if unread else []  # (with none unread, its clause tables are not built)
        unread = sorted(claiming + [t for t in _ratings_compared(tags) if not _overlaps(
            t.start, t.end, compared)] + unread_beside(tags, parts), key=lambda t: t.start)
        unread = sorted(unread + _sums_and_averages(text, start, end, parts, unread), key=lambda t: t.start)
        unread = sorted(unread + events_beside(text, start, end, parts, unread), key=lambda t: t.start)
        ranked = _ranks(text, start, end, tags, s.subject)
        if ranked:
            # a league position read by ranks.py is no unread superlative
            spans = [(p.start, p.end) for p in ranked]
            parts = [p for p in parts if not (p.shape == "refused" and _overlaps(p.start, p.end, spans))] + ranked
            unread = [t for t in unread if not _overlaps(t.start, t.end, spans)]
        parts = not_asserted(text, start, end, _earlier(tags, dated_parts(text, start, end, parts))) if parts else parts
        parts = parts + rating_months(text, parts, start, end)
        unread = months_read(unread, parts)
        parts, unread = at_first(text, start, end, parts, unread, written=bool(rounds))
        if _EVERY_INSPECTION.search(text, start, end):
            # "rated Inadequate at both its inspections", "twice": at each inspection of the unit
            parts = [replace(p, every=True) if isinstance(p.reading, ProviderRating) else p for p in parts]
            unread = [t for t in unread if not (t.code == "Q" and t.words.lower() in ("both", "each", "all"))]
        if rnd[2] and rnd[1] == "written in the sentence" and any(p.past and p.earlier for p in parts):
            # "At its previous inspection X was rated R1; in 2019-20 it was rated R2": the round written in
            # another clause is the later inspection, and the earlier rating is of the one before it
            clause = clause_of(tags)
            at = {t.start: clause[k] for k, t in enumerate(tags)}
            cue_clauses = {clause[k] for k, t in enumerate(tags)
                           if t.code in "hH" and _turns_back(t)}
            year_clauses = {clause[k] for k, t in enumerate(tags) if t.code == "Y"}
            later = bool(year_clauses) and not year_clauses & cue_clauses  # "in 2018-19" beside "previous" is its own
            parts = [replace(p, before=rnd[0]) if later and p.past and p.earlier and not any(
                at.get(t.start) in year_clauses for t in tags if p.start <= t.start < p.end) else p for p in parts]
        if rnd[1].startswith("several"):
            parts = clause_rounds(text, start, end, parts)
            # "rated Good in both 2018-19 and 2019-20": every round written is a reading, all of which must agree
            nxt = {id(t): tags[k + 1] for k, t in enumerate(tags[:-1])}
            unread = [t for t in unread if not (t.code == "Q" and t.words.lower() == "both" and id(t) in nxt and (
                nxt[id(t)].code == "Y" or nxt[id(t)].words.lower() == "its" and id(nxt[id(t)]) in nxt and
                nxt[id(nxt[id(t)])].code == "Y"))]
        if any(p.past or isinstance(p.reading, Change) for p in parts):
            # "rated R at its last inspection", "up from R at the last inspection": the words that turn to an
            # earlier inspection are read with it
            unread = [t for t in unread if not (t.code in "hH" and _turns_back(t))]
        again = _SECOND_TIME.search(text, start, end)
        # (not "inspected for the second time": which inspection it is, read below)
        if again and not re.search(r"(?i)\binspected\s+(?:for\s+)?$", text[max(start, again.start() - 20):
                                                                          again.start()]):
            parts = parts + _rated_again(parts)
        elif any(t.code in "hBV" and again_word(t) and not (k and tags[k - 1].code == "I") for k, t in enumerate(tags)):
            # "rated Inadequate again", "remains Inadequate": the inspection before had that rating too; "still
            # rated" may mean that, or "nevertheless" (a contradiction of the first is left undecided)
            still = not any(t.code in "hBV" and again_word(t) not in (None, "still") for t in tags)
            # after "despite", "though", "but": "still" is "nevertheless", no claim about the inspection before
            conceded = still and bool(_CONCESSIVE.search(text, start, end))
            parts = parts if conceded else parts + _rated_again(parts, "still" if still else "same")
        # ("of the nine PDUs inspected since unification, two thirds ...": a count over several rounds)
        parts = _distinct(counts_in_time(parts, text, start, end, not rnd[2] and bool(_SPAN.search(text, start, end))))
        if past_before and not rnd[2] and THAT_INSPECTION.search(text, start, end):
            # "At its previous inspection it was rated R. Inspectors scored it two points at that inspection.":
            # the inspection the sentence before turned back to
            parts = [at_that(p, past_before) for p in parts]
        past_before = turned_back(parts) if parts else past_before
        order = report_order_parts(text, start, end, named, s.subject)  # "the first PDU inspected"
        if parts or any(t.code in "NR" for t in unread):
            if n - datelines < 2 and not _PRESENT_STATE.search(text, start, end):
                # the headline and the sentence after it (not "the current rating is R": any report out by then)
                parts = [replace(p, news=True) for p in parts]
            ordinals = _ordinal_parts(text, start, end, named, s.subject)
            if rnd[2] or all(len(unit_rounds(p.reading.provider)) == 1 for p in ordinals):
                # "rated Inadequate in 2025-26, its first inspection": with the round written, or a unit with one
                # inspection in the data, which of its inspections it is is a claim of its own (otherwise it says
                # which inspection the text means, and checking it against the one it picks would be circular)
                parts = parts + [replace(p, news=n - datelines < 2) for p in ordinals]
                unread = [t for t in unread if not _overlaps(t.start, t.end, [(p.start, p.end) for p in ordinals])]
            order = dated_parts(text, start, end, order) if order else order
            parts, unread = parts + order, [t for t in unread if not _overlaps(t.start, t.end,
                                                                               [(p.start, p.end) for p in order])]
            out.append(ReadSentence(start, end, text[start:end], [with_round(p, rnd) for p in parts], unread,
                                    *rnd, scope_unread=_scope_unread(tags, parts, unread),
                                    reinspected=_reinspected(tags, parts, s.subject,
                                                             bool(_CONCESSIVE.search(text, start, end)))
                                    + _ordinal(text, start, end, named, s.subject, _SECOND),
                                    first_inspected=_ordinal(text, start, end, named, s.subject, _FIRST)))
        elif _SECOND.search(text, start, end) or _FIRST.search(text, start, end) or order:
            # "It is the PDU's second inspection": which of its inspections the text reports, a claim the data
            # check, and a cue to which inspection its other statements speak of
            out.append(ReadSentence(start, end, text[start:end],
                                    [with_round(replace(p, news=n - datelines < 2), rnd)
                                     for p in _ordinal_parts(text, start, end, named, s.subject)
                                     + order],
                                    [], *rnd,
                                    reinspected=_ordinal(text, start, end, named, s.subject, _SECOND),
                                    first_inspected=_ordinal(text, start, end, named, s.subject, _FIRST)))
        verbs = [i for i, t in enumerate(tags) if t.code in "BVMI"]
        first_verb = verbs[0] if verbs else len(tags)
        contrasted = any(t.code in "EG" for t in tags[: tags.index(named[0])]) or _ASIDE_UNIT.search(
            text, start, end) if named else False
        if len({t.value for t in named}) == 1 and tags.index(named[0]) < first_verb and not contrasted:
            # a sentence whose subject is one provider makes it what "the CRC" means next; providers named in
            # passing ("Seetec also runs KSS CRC") or in a contrast ("in contrast to NPS Midlands") do not
            subject = str(named[0].value)
        # a breakdown in brackets ("four 'Good' (three CRCs and one NPS division)") keeps the population a list
        # of counts is of
        depth, pops = 0, []
        for k, t in enumerate(tags):  # (and "covered 31 inspections", a round's whole count read: those inspections)
            depth += (t.words == "(") - (t.words == ")")
            if depth <= 0 and (t.code == "S" or t.code == "I" and k and tags[k - 1].code == "N" and any(
                    p.shape == "inspected" and p.start < t.end <= p.end for p in parts)):
                pops.append(t)
        if pops:
            sectors = {t.value for t in pops}
            previous_pop = (pops[-1].value, pops[-1].words) if len(sectors) == 1 else None
    return out


_PRESENT_STATE = re.compile(r"(?i)\b(?:current|present|standing)\s+(?:rat|grad|score|verdict)|\bin\s+force\b|"
                            r"\b(?:currently|right\s+now|at\s+present|at\s+the\s+moment|as\s+(?:things|it)\s+stands?)\b")
# "Wakefield, by contrast, was rated Good", "Neighbouring Kirklees PDU ...": a unit set beside the text's, not its next
# subject
_ASIDE_UNIT = Anchored(re.compile(r"(?i)\b(?:by\s+contrast|in\s+contrast|neighbouring|meanwhile|elsewhere|also|"
                                  r"too|likewise)\b"))


_EVERY_INSPECTION = re.compile(r"(?i)\b(?:in|at|on|for)\s+(?:both|each|all)\s+(?:of\s+)?(?:its|their|the)\s+"
                               r"(?:two\s+|three\s+)?(?:inspections|occasions|visits|reports)\b|\btwice\b|"
                               r"\bon\s+both\s+occasions\b|\bboth\s+times\b|\bevery\s+time\s+it\s+(?:has\s+been|was)\s+"
                               r"inspected\b")
_SAME_ROUND = re.compile(r"(?i)\b(?:the\s+same|that)\s+(?:round|programme|inspection\s+(?:round|programme))\b")
_TIME_WORDS = re.compile(r"(?i)\b(?:next|following|previous|prior|later|earlier|then|since|before|after|last|"
                         r"this year|that year|years?|months?|round|period|programme|(?:19|20)[0-9]{2})\b")


_REPORTS_OUT = re.compile(r"(?i)\breports?\b.*\b(?:published|came\s+out|released)\b")
_GROUP_WORD = re.compile(r"(?i)\b(?:each|both|neither|(?:all|none\s+of\s+the)\s+(?:two|three|four|five|six|[2-6])|"
                         r"the\s+(?:two|three|four|five|six|[2-6])\b.*\beach)\b")


def _units_named(text: str, spans: list[tuple[int, int]], k: int, figures, starts: list[int], lex,
                 later: bool) -> tuple[str, ...]:
    """The units sentence k names, in order, once each (none past the text's end)."""
    if k >= len(spans):
        return ()
    start, end = spans[k]
    lo, hi = bisect.bisect_left(starts, start), bisect.bisect_left(starts, end)
    return tuple(dict.fromkeys(str(t.value) for t in tag(text, start, end, figures[lo:hi], lex, later)
                               if t.code == "P"))


def _overlaps(a: int, b: int, spans: list[tuple[int, int]]) -> bool:
    return any(a < y and x < b for x, y in spans)


_PREVIOUS = re.compile(r"(?i)^(?:previous(ly)?|before|earlier|last (?:inspect(?:ion|ed)|time)|(?:at|since) its last)$")


def _turns_back(t: Tag) -> bool:
    """Whether a tag's words turn to an earlier inspection ("previously", "at its last", "last time")."""
    return bool(_PREVIOUS.match(re.sub(r"\s+", " ", t.words)))


# "the previous inspection", not "its previous owner": the earlier thing must be an inspection or its rating
_INSPECTION_NOUN = re.compile(r"(?i)^(?:inspection|inspections|rating|ratings|report|visit|time|one|grade)$")


def _before_an_event(tags: list[Tag], i: int) -> bool:
    """'before the takeover', 'before Covid': 'before' an event, not a turn to an earlier inspection."""
    nxt = tags[i + 1: i + 3]
    if not nxt or nxt[0].code != "w" or nxt[0].words.lower() in ("that", "then", "this", "it"):
        return False
    if nxt[0].words.lower() in ("the", "a", "an", "its", "their"):
        return len(nxt) > 1 and not _INSPECTION_NOUN.match(nxt[1].words)
    return not _INSPECTION_NOUN.match(nxt[0].words)


def _earlier(tags: list[Tag], parts: list[Part]) -> list[Part]:
    """A provider's rating read after a word that turns to an earlier inspection ("..., the previous inspection,
    which found it required improvement") is a rating it had before: judged only at the inspection a year
    beside it names."""
    from .readings import InspectionDate

    cues = [t.start for i, t in enumerate(tags) if t.code in "hHI" and _turns_back(t)
            and not (t.words.lower() in ("previous", "earlier") and i + 1 < len(tags)
                     and not _INSPECTION_NOUN.match(tags[i + 1].words))
            and not (t.words.lower() == "before" and _before_an_event(tags, i))]
    # "had been rated", "had given it": a pluperfect rating; "had improved" is a change, not an earlier rating;
    # a "had" in another clause ("the two years before had been without precedent, ...") dates that clause only
    clause = clause_of(tags)
    had = [i for i, t in enumerate(tags) if t.code == "B" and t.words.lower().startswith("had")]
    said = bool(had) and reported_speech(tags)  # ("inspectors said it had been rated ...": that "had" is no earlier)
    pluperfect = {tags[i].start: clause[i] for i in had
                  if not (i + 1 < len(tags) and tags[i + 1].code == "H") and _rated_before(tags, i) and not said}
    # "two years ago inspectors found it good", "..., two years after it was rated R": before the one reported
    cues += [*pluperfect, *(t.start for i, t in enumerate(tags) if _ago(t.words) or t.words.lower() ==
                            "after" and i > 0 and tags[i - 1].words.lower() in ("year", "years", "months"))]
    if not cues:
        return parts
    clause_at = {t.start: clause[i] for i, t in enumerate(tags)}
    out, last = [], -1
    for p in sorted(parts, key=lambda p: p.start):
        # an inspection date's own words may hold the cue: "inspectors had last inspected it in September 2018"
        upto = p.end if isinstance(p.reading, InspectionDate) else p.start
        # the clause of the part's last word: its rating ("X, previously rated Inadequate, ...")
        own = clause_at.get(max((t.start for t in tags if t.start < p.end), default=-1))
        if any(clause_at.get(t.start) == own and t.words.lower() in ("now", "is now", "was now", "currently")
               for t in tags):
            out.append(p)  # "..., previously rated Inadequate, is now rated ...": the rating now
            last = p.end
            continue
        # "rated Requires improvement at its previous inspection": the cue after the rating, in its clause
        after = (isinstance(p.reading, ProviderRating) or p.people) and any(
            c >= p.end - 1 and clause_at.get(c) == own and c not in pluperfect for c in cues)
        if (isinstance(p.reading, (ProviderRating, InspectionDate)) or p.people) and (after or any(
                last <= c < upto and (c not in pluperfect or pluperfect[c] == own)
                and not _reported_between(tags, c, p.start) for c in cues)):
            # an earlier inspection's rating or date: it dates no other statement; said in its own clause, it is
            # of an inspection before the one the text reports
            # a fronted phrase with no verb of its own ("At its previous inspection, X was rated ...") is the
            # clause's too
            fronted = {c for c in cues if clause_at.get(c) == clause[0]
                       and not any(t.code in "BVR" for t, k in zip(tags, clause, strict=True) if k == clause[0])}
            # "since its last inspection, when it was rated Inadequate": a relative clause of the cue's
            opens = [t.words.lower() for t, k in zip(tags, clause, strict=True) if k == own][:2]
            relative = bool(opens) and opens[-1] in ("when", "where") and own is not None
            near = after or any(last <= c < upto and (clause_at.get(c) == own or c in fronted or
                                                      relative and clause_at.get(c) == own - 1) for c in cues)
            p = replace(p, past=True, earlier=near)
        out.append(p)
        last = p.end
    return out


#: What a pluperfect "had" says of a rating: "had been rated", "had given it", not "had in part led to".
_RATED_VERB = re.compile(r"(?i)^(?:been|given|gave|received|awarded|earned|got|gained|achieved|kept|retained|held|"
                         r"judged|rated|found|assessed|graded|scored)\b")


def _rated_before(tags: list[Tag], i: int) -> bool:
    """Whether the "had" at tag i may be a rating's pluperfect ("had been rated Good", "had given it"): not when
    another participle comes first ("these events had in part led to the rating", "had contributed to")."""
    if tags[i].words.lower() != "had":
        return True  # "had been", "had previously been"
    if i + 1 < len(tags) and (tags[i + 1].code == "T" or tags[i + 1].words.lower() in ("its", "their", "our")):
        return False  # "X had its Through the Gate work rated R": the rating it was given, not one before
    for t in tags[i + 1: i + 4]:
        if t.code in "VRB" or _RATED_VERB.match(t.words):
            return True
        if t.code == "w" and (t.words.lower().endswith("ed") or t.words.lower() in ("led", "made", "brought", "meant",
                                                                                    "left", "put", "caused")):
            return False
    return True


def _reported_between(tags: list[Tag], cue: int, start: int) -> bool:
    """Whether a reported clause begins between a cue and a part ("said the two years before the inspection had
    been hard, and that ... explained the rating"): the cue times its own clause, not the one reported after."""
    return any(cue < t.start < start and t.words.lower() == "that" and k > 0 and tags[k - 1].words.lower() in
               ("and", ",", "said", "says", "but") for k, t in enumerate(tags))


_AGO = re.compile(r"(?i)ago|last\s+year|the\s+year\s+before")
_ago = lambda w: (w[:1] in "aAlLtT" or not w[:1].isascii()) and _AGO.fullmatch(w) is not None  # noqa: E731 (letter first)


def _distinct(parts: list[Part]) -> list[Part]:
    """The parts less any that says again what an overlapping one says (two shapes reading "..., as was C")."""
    def same(p: Part, q: Part) -> bool:
        return (p.reading, p.rounds, p.dated, p.past, p.earlier, p.since, p.before, p.every) == \
            (q.reading, q.rounds, q.dated, q.past, q.earlier, q.since, q.before, q.every)

    out: list[Part] = []
    for p in parts:
        # (the spans asked first: most parts of a sentence do not overlap, and comparing two readings builds tuples)
        if p.reading is None or not any(q.start < p.end and p.start < q.end and same(p, q) for q in out):
            out.append(p)
    return out




def _ranks(text: str, start: int, end: int, tags: list[Tag], subject: str | None) -> list[Part]:
    """'X came top of the league', 'the second-worst CRC': a league position of the provider named before it."""
    out = []
    for pos in positions_in(text, start, end):
        a, b = start + pos.start, start + pos.end
        if re.match(r"(?i)\s+(?:rating|grade|mark|possible)\b", text[b: b + 12]) or \
                any(t.code == "R" and t.start <= a < t.end for t in tags):
            # "the second lowest rating", "the second lowest of four ratings": a place on the rating scale, not in
            # a league
            continue
        named = [t for t in tags if t.code in "PA" and t.end <= a]
        pid = str(named[-1].value) if named and named[-1].code == "P" else (subject if named else None)
        if pid is None:
            continue
        st = Statement(a, b, text[a:b], "rank", providers=(pid,), amount=pos.place,
                       quantifier="from top" if pos.from_top else "from bottom", sector=pos.sector,
                       notes=(pos.describe(),))
        out.append(Part(a, b, text[a:b], "league position", st))
    return out


# searched in every sentence: skipped at once where it holds none of the words a match needs (anchored.py)
_EVERY_INSPECTION, _TIME_WORDS, _REPORTS_OUT, _GROUP_WORD, ROUND_WORDS_RE, _SAME_ROUND = map(
    Anchored, (_EVERY_INSPECTION, _TIME_WORDS, _REPORTS_OUT, _GROUP_WORD, ROUND_WORDS_RE, _SAME_ROUND))
__all__ = ["ReadSentence", "read_text", "Predicate"]
