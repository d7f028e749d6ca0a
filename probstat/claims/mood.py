"""Sentences that speak of a rating without asserting it: a question, someone else's claim ("claims that X was
rated Good"), a claim called false or denied ("it is wrong to say that ...", "the owner denied that ..."), a wish
or a risk ("wants X to be rated Good", "risks being rated Inadequate"), a condition ("if X is rated Good"); and a rating
denied "until" a time, which asserts it at that time. The parts read in them are left unread with the reason,
never judged: the data can check what is asserted only, and only as it is asserted."""

from __future__ import annotations

from dataclasses import replace

from . import lazy_re as re
from .anchored import Anchored
from .readings import Part

# a claim reported as another's, called false or denied: what follows "that" is not the text's own
_REPORTED = re.compile(
    r"(?i)\b(?:claims?|suggestions?|rumou?rs?|allegations?|the\s+idea|the\s+notion|assertions?)\s+that\b|"
    r"\b(?:reports?|claims?|stories|articles?|posts?)\s+(?:suggesting|claiming|alleging|saying)\s+that\b|"
    r"\b(?:wrong|untrue|false|a\s+myth|not\s+true|incorrect|nonsense|misleading|inaccurate|a\s+lie)\s+"
    r"(?:to\s+(?:say|suggest|claim|think|believe)\s+)?that\b|"
    r"\b(?:denied|denies|deny|denying|rejected|rejects|reject|disputed|disputes|dispute|doubted|doubts|doubt)\s+"
    r"(?:the\s+(?:claim|suggestion|idea)\s+)?that\b|"
    # another party's claim, or the text's hedge: "the union claimed that", "X was reportedly rated"
    r"\b(?:claimed|claims|insisted|insists|argued|argues|alleged|alleges|maintained|maintains)\s+that\b|"
    r"\b(?:reportedly|supposedly|allegedly|apparently|purportedly|rumoured)\b|"
    # ("X is said to be", not "it was reported to the Board that ...", which is told, not hedged)
    r"\b(?:is|are|was|were)\s+(?:said|understood|thought|believed|reported|alleged|rumoured)\s+to\s+"
    r"(?:be|have|be\s+rated)\b|"
    r"\bit\s+is\s+(?:thought|believed|understood|said|reported|rumoured)\s+that\b|\bsources\s+say\b")
# a condition in the part's own clause: "if X is rated Good, ..." (not "Even if staff were stretched, X was ...")
_CONDITION = re.compile(r"(?i)\b(?:whether|if|unless)\b")
# a wish, a risk or a prediction of the rating: "wants X to be rated Good", "risks being rated Inadequate", "will
# be rated"
_WISHED = re.compile(
    r"(?i)\b(?:wants?|wanted|wishe[sd]?|hopes?|hoped|hoping|expects?|expected|aims?|aimed|intends?|plans?)\b"
    r"(?:[\s,]+[\w'-]+){0,6}?[\s,]+(?:to\s+be|will\s+be|would\s+be|rated)\b|"
    r"\b(?:risks?|risked|risking|faces?|facing|threatened\s+with|in\s+danger\s+of|at\s+risk\s+of)\s+"
    r"(?:[\w'-]+\s+){0,2}?being\b|"
    r"\b(?:will|shall)\s+(?:[\w'-]+\s+){0,2}?be\s+(?:rated|judged|graded|given|found)\b|\bgoing\s+to\s+be\b|"
    r"\b(?:deserved?|deserves|deserving|merited?|merits|heading\s+for|on\s+track\s+for|in\s+line\s+for)\b|"
    # "we hope to see the unit re-inspected within a year and rated Good"
    r"\b(?:hopes?|hoped|hoping|wants?|wanted|would\s+like|expects?|expected|longs?)\s+to\s+see\b")
# searched in every sentence: skipped at once where it holds none of the words a match needs (anchored.py)
_REPORTED, _CONDITION, _WISHED = map(Anchored, (_REPORTED, _CONDITION, _WISHED))
# every word of the three: a part whose sentence holds none of them is asked of none of the three (most parts). The
# strings asked below are pieces of the sentence and the part joined by spaces, so they hold a word only where the
# span does, for words with no space in them; with a pattern of no words (always searched), no such word set
_ANY_OF_THREE = None if not all(p.words for p in (_REPORTED, _CONDITION, _WISHED)) or \
    any(" " in w for p in (_REPORTED, _CONDITION, _WISHED) for w in p.words) else \
    Anchored(re.compile("|".join(re.escape(w) for p in (_REPORTED, _CONDITION, _WISHED) for w in p.words)))
# an aside inside a part ("X, which will close next year, was rated R") is no wish about the rating
_ASIDE = re.compile(r",\s*(?:which|who|whose|where)\b[^,]*,|\s[-\u2013\u2014]\s[^-\u2013\u2014]*\s[-\u2013\u2014]\s")


#: Words that put a rating in a wish, a forecast or a condition, not a fact ("could not rise above R" is a fact).
_INTENT = re.compile(r"(?i)\b(?:would|could(?!\s*(?:not|n't|only|manage|muster)\b)|might|may|should|must|if|unless|"
                     r"whether|hop\w*|aim\w*|expect\w*|want\w*|target\w*|seek\w*|strive\w*|plan\w*|intend\w*|likely|"
                     r"unlikely|predict\w*|aspir\w*|bid|goal|ambition\w*|on course|on track|towards?|ready|chance|"
                     r"prospect\w*|try\w*|tried|attempt\w*)\b")
# "must improve after being rated Inadequate": the rating a clause of its own settles, whatever is wished before it
_SETTLED = re.compile(r"(?i)\b(?:after|since|following|because\s+of|having)\s+(?:being|been|it\s+was|it\s+had\s+been|"
                      r"it\s+received|receiving|getting)\b")


def _intended(mid: str) -> bool:
    """Whether the words between a unit and its rating make the rating a wish, forecast or condition; words before
    'after being rated', 'having been rated' govern another clause."""
    settled = list(_SETTLED.finditer(mid))
    return bool(_INTENT.search(mid[settled[-1].start():] if settled else mid))


def _without_aside(words: str) -> str:
    """``_ASIDE.sub(" ", words)``, run only where a comma or a dash is (every match holds one): asked of every part
    read, most of which hold neither."""
    if "," in words or "-" in words or "\u2013" in words or "\u2014" in words:
        return _ASIDE.sub(" ", words)
    return words


_ASKS_WHETHER = re.compile(r"(?i)\s*(?:and\s+|but\s+|so\s+)?(?:was|were|is|are|did|does|do|has|have|had|will|would|"
                           r"could|can|should|shall|may|might|isn't|wasn't|aren't|weren't|hasn't|haven't)\b")


_ASKS_WHAT = re.compile(r"(?i)\b(?:why|what|how|when|where|who|whom|which|whose)\b")


def not_asserted(text: str, start: int, end: int, parts: list[Part]) -> list[Part]:
    """The parts with those in a question, another's claim, a denial, a wish or a condition left unread."""
    if not parts:
        return parts
    # a yes-or-no question asks whether; a "why" or "what" question presupposes what it asks about ("What does
    # the report, which rated the CRC inadequate, mean?"): that is asserted
    question = text[start:end].rstrip().rstrip("'\"\u2019\u201d)").endswith("?") and \
        (bool(_ASKS_WHETHER.match(text, start)) or not _ASKS_WHAT.search(text, start, end))
    out = []
    for p in parts:
        if not question and _ANY_OF_THREE is not None and \
                not _ANY_OF_THREE.holds_within(text, min(start, p.start), max(end, p.end)):
            why = None  # (what the chain below gives such a part: none of its patterns can match)
        else:
            why = _why_not_asserted(text, start, end, p, question)
        if why is None and getattr(p.reading, "negated", False) and re.match(r"(?i)[^.;]*?\buntil\b", text[p.end: end]):
            # "was not rated Good until 2019-20": rated Good then, and not before; not the negation in that year
            why = "a rating not had until a later time"
        out.append(p if why is None or p.reading is None else replace(p, reading=None, problem=why))
    return out


def _why_not_asserted(text: str, start: int, end: int, p: Part, question: bool) -> str | None:
    """Why the part is not asserted (a question, another's claim, a condition, a wish), or None."""
    before = text[start: p.start]
    clause = re.split(r"[;:]|,\s+(?:but|and|while|though|although)\b", before)[-1]
    inside = _without_aside(text[p.start: p.end])
    return ("a question" if question else
            "a claim the sentence reports, denies or doubts" if _REPORTED.search(before) or
            _REPORTED.search(text, p.end, end) and re.search(r"(?i)\bthat\b", before) else
            "a claim the sentence reports, denies or doubts" if _REPORTED.search(inside) else
            "a condition" if _CONDITION.search(re.split(r"[,;:]", before)[-1] + " " + inside) else
            "a wish, risk or prediction" if _WISHED.search(_without_aside(clause + " " + inside))
            else None)
