"""Split a text into sentences and clauses, and find what it says about itself (its source and round).

A sentence may run over line breaks; a break ends one after terminal punctuation, after a short line (a
heading) or before a list item. Header lines ("source: URL", "date: 2020-04") describe the document. Every
pattern runs once over the text, so splitting is linear in its length.
"""

from __future__ import annotations

from dataclasses import dataclass

from . import lazy_re as re
from . import vocabulary as vocab
from .anchored import Anchored

_KNOWN_ROUNDS = frozenset(name for name, _, _ in vocab.ROUND_WINDOWS)
ROUND_WORDS_RE = re.compile(r"\b(?:" + vocab.alternation(vocab.ROUND_WORDS) + r")\b", re.IGNORECASE)
HEADER_LINE = re.compile(r"(?im)^[ \t]*(?:source|title|date|as-of|round|note)\s*:")
# "source:", "date:" and "round:" describe the document wherever they stand; "note:" and "title:" only in the lines
# that open it, and in lower case: "Note: Essex North PDU was rated Inadequate" is a chart's note, a claim
_META_LINE = re.compile(r"(?i)[ \t]*(?:source|date|as-of|round)\s*:")


def header_end(text: str) -> int:
    """Where the text's opening header lines end: at the first blank line after them or the first other line."""
    for line in _LINE.finditer(text):
        if not line.group() or not line.group().strip() or not HEADER_LINE.match(line.group()):
            return line.start()
    return len(text)


_NOTE_LINE = re.compile(r"[ \t]*(?:title|note)\s*:")  # (lower case, as the headers are written: "Note: ..." is a note)


def is_header(text: str, start: int, opening_end: int) -> bool:
    """Whether the sentence at start is a header line, which describes the document and claims nothing."""
    return bool(_META_LINE.match(text, start) or start < opening_end and _NOTE_LINE.match(text, start))
#: A sentence that is only a date ("Published: 3 October 2025", "Monday 9 October 2024").
DATELINE = re.compile(r"(?i)\W*(?:(?:first\s+)?(?:published|updated|posted|dated)\s*(?:on\s*)?:?\s*)?"
                      r"(?:[a-z]+day,?\s+)?(?:\d{1,2}(?:st|nd|rd|th)?\s+[a-z]+,?\s+|[a-z]+\s+\d{1,2},?\s+)\d{4}\W*")
_SENTENCE_END = re.compile(r"(?<=[.!?])[\"'\u2019\u201d)]*\s+(?=[\"'\u2018\u201c(]?[A-Z0-9])")
_LINE = re.compile(r"[^\n]*(?:\n|$)")
_LIST_START = re.compile(r"[ \t]*(?:[-*\u2022]|[0-9]{1,2}[.)]\s)")
_CLAUSE_BREAK = re.compile(r"[,;:\u2013\u2014]|\s-\s|\b(?:but|while|whereas|against|compared with)\b")
_HEADER = re.compile(r"(?im)^(source|date|as-of|round)\s*:\s*(\S[^\n]*)$")
_ISO_DATE = re.compile(r"\b((?:19|20)[0-9]{2})-(0[1-9]|1[0-2])(?:-([0-3][0-9]))?\b")
_MONTHS = {m: i for i, m in enumerate(vocab.MONTHS, start=1)}
_TEXT_DATE = re.compile(r"\b(?:([0-9]{1,2})(?:st|nd|rd|th)?\s+)?(" + "|".join(_MONTHS) + r")\s+((?:19|20)[0-9]{2})\b",
                        re.IGNORECASE)


@dataclass(frozen=True)
class Document:
    """What the text says about itself: its source URL and the round or date it implies."""

    source: str | None
    round: str | None
    round_how: str
    date: str | None = None  # the text's date (YYYY-MM or YYYY-MM-DD): --as-of, a 'date:' line or a dateline
    # When the text has no date: the months it must have been written between, from what it calls things
    # ("Her Majesty's Inspectorate" before September 2022, "His Majesty's" after); None where open.
    bounds: tuple[str | None, str | None] = (None, None)


# --- the document --------------------------------------------------------------------------------------------


def document_facts(text: str, *, round_: str | None = None, as_of: str | None = None,
                   source: str | None = None) -> Document:
    """The text's source, default round and date (see _facts), and when it has no date, the months its
    words bound it to."""
    doc = _facts(text, round_=round_, as_of=as_of, source=source)
    if doc.date:
        return doc
    return Document(doc.source, doc.round, doc.round_how, doc.date, _bounds(text))


def _facts(text: str, *, round_: str | None = None, as_of: str | None = None,
           source: str | None = None) -> Document:
    """The text's source and default round: --round, else a round written in the text's first lines,
    else --as-of, else a 'date:' line or the first date in the text."""
    headers = {m.group(1).lower(): m.group(2).strip() for m in _HEADER.finditer(text[:4000])}
    src = source or headers.get("source")
    # Only a date that dates the text itself (not a date of something it reports) picks an inspection.
    own = as_of or _first_date(headers.get("date", "")) or _dateline(text[:600]) or _own_date(text[:1500])
    if round_:
        return Document(src, round_, "given with --round", own)
    if as_of:
        implied = vocab.round_for_date(as_of)
        return Document(src, implied, f"implied by --as-of {as_of}", own)
    date = own or _first_date(text[:4000])
    if date and not own and _later_year(text[:4000], int(date[:4])):
        # "rated Inadequate in January 2022 and again when inspectors returned in 2025": a text that writes a
        # later year was not written at its first date, which then dates nothing
        date = None
    dated = vocab.round_for_date(date) if date else None
    written = _written_rounds(text)
    if len(written) == 1:
        (name, line), = written.items()
        if dated in (None, name):
            return Document(src, name, f"written in the text (line {line})", own)
        # a text dated in one round that names another: the round stays implied, so that it is checked in both
        return Document(src, name, f"implied: written in the text (line {line}), though dated {date}", own)
    if dated:
        return Document(src, dated, f"implied by the date {date} in the text", own)
    return Document(src, None, "", own)


_DATELINE = re.compile(r"(?im)^[ \t]*(?:published|updated|posted|date|first published)\b[^\n]{0,20}?:?\s*(.{0,40})$")


# a line that is a date and nothing else ("December 2024", "14 March 2023"), or a place and a date as a news
# dateline writes them ("Colchester, 22 August 2024"), among a text's first lines
_DATE_LINE = re.compile(r"(?im)^[ \t]*(?:[a-z][a-z .'\u2019-]{1,30},[ \t]*)?((?:[0-9]{1,2}\s+)?(?:" + "|".join(_MONTHS)
                        + r")\s+(?:19|20)[0-9]{2})[ \t.]*$")


def _dateline(head: str) -> str | None:
    """The date of a 'Published 12 May 2019' line, or of a line that is a date alone, at the top of a text."""
    m = _DATELINE.search(head)
    if m:
        return _first_date(m.group(1))
    lines = [ln for ln in head.splitlines() if ln.strip()][:3]
    m = next((d for ln in lines if (d := _DATE_LINE.match(ln))), None)
    return _first_date(m.group(1)) if m else None


def _written_rounds(text: str) -> dict[str, int]:
    """Each round the text writes, with the line it is first written on."""
    found: dict[str, int] = {}
    for m in vocab.ROUND_RE.finditer(text):
        name = vocab.round_name(m)
        if name and name not in found and name in _KNOWN_ROUNDS:  # "by 2021-22" is no round of these inspections
            found[name] = text.count("\n", 0, m.start()) + 1
    for m in ROUND_WORDS_RE.finditer(text):
        name = vocab.ROUND_WORDS[re.sub(r"\s+", " ", m.group(0).lower())]
        if name not in found:
            found[name] = text.count("\n", 0, m.start()) + 1
    return found


# "a report published today (3 July 2019)", "Yesterday (29 April 2025) the Inspectorate published ...", a blog's
# "11 January 2023: ..." opening line: the text dates itself.
_DAY_MONTH_YEAR = r"[0-9]{1,2}\s+(?:" + "|".join(_MONTHS) + r")\s+(?:19|20)[0-9]{2}"
_OWN_DATE = re.compile(r"\b(?:today|yesterday)\s*\(\s*(?:[a-z]+day,?\s+)?(" + _DAY_MONTH_YEAR + r")\s*\)"
                       r"|^[ \t]*(" + _DAY_MONTH_YEAR + r")\s*[:\u2013\u2014-]", re.IGNORECASE | re.MULTILINE)
# The monarch's title in the inspectorate's name changed on 8 September 2022 (the accession of Charles III).
_MAJESTY = re.compile(r"(?i)\b(her|his)\s+majesty(?:'s|\u2019s)\s+(?:chief\s+)?inspector")


# A headline that ends with its month: "Sheffield PDU report, March 2023", "Inspection of X (April 2020)".
_HEADLINE_MONTH = re.compile(r"\A\s*[^\n]*?(?:,|\(|\u2013|\u2014|-)\s*((?:" + "|".join(_MONTHS)
                             + r")\s+(?:19|20)[0-9]{2})\s*\)?[ \t]*$", re.IGNORECASE | re.MULTILINE)


def _own_date(head: str) -> str | None:
    m = _OWN_DATE.search(head)
    if m:
        return _first_date(m.group(1) or m.group(2))
    m = _HEADLINE_MONTH.match(head)
    return _first_date(m.group(1)) if m else None


# Chief Inspectors of Probation a text may quote, and the months their tenure bounds a text to (docs/claims.md
# gives the sources): Dame Glenys Stacey until 31 May 2019; Justin Russell from June 2019 until an interim Chief
# Inspector, Sue McAllister, took over on 1 October 2023; Martin Jones from 1 March 2024.
_CHIEFS = ((re.compile(r"(?i)\b(?:dame\s+)?glenys\s+stacey\b"), None, "2019-05"),
           (re.compile(r"(?i)\bjustin\s+russell\b"), "2019-06", "2023-09"),
           (re.compile(r"(?i)\bsue\s+mcallister\b"), "2023-10", "2024-02"),
           (re.compile(r"(?i)\bmartin\s+jones\b"), "2024-03", None))
# (each name looked for in the whole text only where its words are: anchored.py)
_CHIEFS = tuple((Anchored(name), lo, hi) for name, lo, hi in _CHIEFS)
_CHIEF = re.compile(r"(?i)\bchief\s+inspector\b")
# "the former Chief Inspector, Dame Glenys Stacey": named as no longer in post, she dates nothing
_FORMER = re.compile(r"(?i)\b(?:former|previous|then|predecessor|ex-|late|outgoing)\W+(?:\w+\W+){0,5}$")


def _bounds(text: str) -> tuple[str | None, str | None]:
    """The months a text without a date was written between, from the monarch's title it gives the
    inspectorate and the Chief Inspector it quotes; (None, None) when it says nothing of either, or when
    what it says disagrees."""
    lows, highs = [], []
    titles = {m.group(1).lower() for m in _MAJESTY.finditer(text)}
    if titles == {"her"}:
        highs.append("2022-09")
    if titles == {"his"}:
        lows.append("2022-09")
    if _CHIEF.search(text):
        for name, lo, hi in _CHIEFS:
            if any(not _FORMER.search(text[max(0, m.start() - 60): m.start()]) for m in name.finditer(text)):
                lows += [lo] if lo else []
                highs += [hi] if hi else []
    lo, hi = max(lows, default=None), min(highs, default=None)
    if lo and hi and lo > hi:
        return None, None  # a text that quotes both (a look back) is bounded by neither
    return lo, hi


def _later_year(text: str, year: int) -> bool:
    """Whether the text writes a year (not a round) after ``year``."""
    return any(int(m.group(0)) > year for m in vocab.WRITTEN_YEAR.finditer(text))


_ANNUAL_REPORT = re.compile(r"(?i)\s+annual\s+report\b")


def _first_date(text: str) -> str | None:
    m = _ISO_DATE.search(text)
    if m:
        return m.group(0)[:10]
    m = _TEXT_DATE.search(text)
    while m and _ANNUAL_REPORT.match(text, m.end()):
        m = _TEXT_DATE.search(text, m.end())  # ("the inspectorate's March 2025 annual report": the report's date)
    if m:
        # (with its day where the text gives one: a report out on the 8th was out by a text of the 30th)
        day = f"-{int(m.group(1)):02d}" if m.group(1) and 1 <= int(m.group(1)) <= 31 else ""
        return f"{m.group(3)}-{_MONTHS[m.group(2).lower()]:02d}{day}"
    return None


# --- sentences -----------------------------------------------------------------------------------------------


def sentences(text: str) -> list[tuple[int, int]]:
    """(start, end) of each sentence, heading or list item. A sentence may run over a line break; a line
    break ends one after terminal punctuation, after a short line (a heading) or before a list item."""
    spans = []
    block = 0
    first = True
    for line in _LINE.finditer(text):
        stripped = line.group().strip()
        following = text[line.end(): line.end() + 12]
        if (not stripped or HEADER_LINE.match(line.group()) or HEADER_LINE.match(following)
                or stripped[-1] in ".!?:;\"\u201d" or len(stripped) < 60 or not following.strip()
                or _LIST_START.match(following)
                # a long headline with no full stop, then "The unit ...": no sentence runs on from a headline
                or first and _OPENER.match(following) and stripped[-1] not in ",-("):
            _split(text, block, line.end(), spans)
            block = line.end()
        first = first and not stripped
    _split(text, block, len(text), spans)
    return spans


_OPENER = re.compile(r"[ \t]*(?:The|It|Its|This|These|Those|A|An|In|On|At|Inspectors?|He|She|They|We|But|"
                     r"However|His|Her|Their)\b")


# a list item's bullet, which is no word of its sentence ("- Overall: Inadequate" is a rating line)
_BULLET = re.compile(r"[ \t]*[-*\u2022\u2013\u2014][ \t]+")


def _split(text: str, start: int, end: int, spans: list[tuple[int, int]]) -> None:
    bullet = _BULLET.match(text, start, end)
    at = bullet.end() if bullet else start
    for m in _SENTENCE_END.finditer(text, start, end):
        if text[at: m.start()].strip():
            spans.append((at, m.start()))
        at = m.end()
    if text[at:end].strip():
        spans.append((at, end))


def clauses(sentence: str) -> tuple[list[int], list[int]]:
    """For each character, its clause number and the opening bracket it stands in (-1: none); a
    parenthesis belongs to the clause it opens in."""
    ids = [0] * len(sentence)
    opened = [-1] * len(sentence)
    breaks = {m.start() for m in _CLAUSE_BREAK.finditer(sentence)}
    clause, stack = 0, []
    for i, ch in enumerate(sentence):
        if ch == "(":
            stack.append(i)
        elif ch == ")":
            if stack:
                stack.pop()
        elif not stack and i in breaks:
            clause += 1
        ids[i] = clause
        opened[i] = stack[0] if stack else -1
    return ids, opened


#: A sentence longer than this is read in pieces of at most this length (cut at a clause mark), so that one
#: pathological "sentence" (a run of numbers with no full stop) costs no more than many short ones.
MAX_SENTENCE = 1_500


def bounded_sentences(text: str) -> list[tuple[int, int]]:
    """The sentences, with any longer than MAX_SENTENCE cut at its last clause mark (or space) before the limit,
    so that a run of text with no full stop is read in pieces rather than in one quadratic piece or not at all."""
    out = []
    for start, end in sentences(text):
        while end - start > MAX_SENTENCE:
            window = text[start: start + MAX_SENTENCE]
            cut = max(window.rfind(","), window.rfind(";"), window.rfind(":"))
            if cut < MAX_SENTENCE // 2:
                cut = window.rfind(" ")
            cut = cut + 1 if cut > 0 else MAX_SENTENCE
            out.append((start, start + cut))
            start += cut
        out.append((start, end))
    return out
