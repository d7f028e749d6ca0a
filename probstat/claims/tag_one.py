"""One word or phrase the tagger's lexicon matched -> its tag, with the contexts that unmake it: a rating word that is
praise, a change word that is a task, a standard's name used as a population; and the verbs a finding follows."""

from __future__ import annotations

import re

from . import vocabulary as vocab
from .rating_context import CONTEXTUAL, rating_context
from .tag_type import Tag
from .tag_words import INSPECTORS_SAID, Lexicon
from .tag_words import NO_FALL as _NO_FALL

_POPULATION_KEYS = frozenset(w.lower() for w in vocab.POPULATION_WORDS)
# the verbs after which "that" opens what was found or said ("Inspectors found that CRC staff ..."), no pointer
SAYS = re.compile(r"(?i)^(?:found|finds?|said|says?|reported|reports?|showed|shows?|shown|noted|notes?|concluded|"
                  r"stated|states?|revealed|reveals?|suggested|suggests?|argued|claimed|explained|added|warned|"
                  r"believed?|believes|thought|thinks?|learned|learnt|discovered|confirmed|confirms?|felt|noticed)$")


def one_tag(m: re.Match[str], lex: Lexicon, text: str) -> Tag:
    """The tag of one word or phrase the lexicon matched, or a plain word where its context unmakes it ('room to
    improve', 'good in parts', 'the worst they had seen')."""
    words, group = m.group(0), m.lastgroup  # (the outermost group that matched; None for the trie's words)
    if group == "round":
        name = vocab.round_name(vocab.ROUND_RE.match(words))
        return Tag("Y" if name else "w", m.start(), m.end(), words, name)
    if group == "punct":
        return Tag(",", m.start(), m.end(), words)
    key = words.lower() if words.isalpha() else re.sub(r"\s+", " ", words.lower()).replace("\u2019", "'")
    hit = lex.words.get(key)
    if hit is None and group != "word":
        hit = lex.words.get(key.replace("-", " ")) or lex.words.get(key.replace(" ", "-"))
    elif hit is None:
        # a word the trie left (a third of the tags) holds no white space: its one other form has a space for a hyphen
        hit = lex.words.get(key.replace("-", " ")) if "-" in key else None
        if hit is None:
            return Tag("w", m.start(), m.end(), words)
    if hit is None:
        hit = lex.words.get(key.replace("-", "")) or ("w", None)
    code, value = hit
    if key in ("described", "describes") and not INSPECTORS_SAID.search(text, max(0, m.start() - 40), m.start()):
        return Tag("w", m.start(), m.end(), words)  # ("the union described it as good": an opinion, no rating)
    if code == "T" and key in _POPULATION_KEYS and not re.search(r"(?i)\b(?:for|on|in|its|their)\s+$",
                                                                 text[max(0, m.start() - 6): m.start()]) \
            and not re.match(r"\s+standard\b", text[m.end(): m.end() + 10]):
        # "services" is a standard after "for"/"on"/"in" or before "standard", a population otherwise
        return Tag("S", m.start(), m.end(), words, vocab.POPULATION_WORDS.get(key, None))
    if code == "H" and (key in ("improve", "change") and
                        re.search(r"(?i)\b(?:to|must|should|could|would|will|can|may|might)\s+(?:[a-z]+\s+){0,2}$",
                                  text[max(0, m.start() - 30): m.start()]) and
                        not re.search(r"(?i)\b(?:fail(?:ed|s)?|managed|been\s+able)\s+to\s+$",
                                      text[max(0, m.start() - 20): m.start()]) or
                        key in _NO_FALL and _NO_FALL[key].match(text, m.end())):
        # "room to improve", "would prompt real change", "Wigan falls within the North West region": no change said
        return Tag("w", m.start(), m.end(), words)
    if code == "R" and key.endswith(" to improve") and \
            re.match(r"(?i)[ \t]+(?:its|their|the|how|on)\b", text[m.end(): m.end() + 8]):
        return Tag("w", m.start(), m.end(), words)  # "needs to improve its risk work" (one line): a task, no rating
    if code == "D" and re.match(r"(?i)\s+(?:\w+\s+){0,3}?(?:(?:had|have|has|'ve)\s+)?(?:ever\s+)?seen\b",
                                text[m.end(): m.end() + 40]):
        return Tag("w", m.start(), m.end(), words)  # "the worst they had seen": experience, not a rank in the data
    if code == "R" and re.match(r"(?i)\s+(?:in\s+(?:parts|places|some\b)|enough\b)", text[m.end(): m.end() + 12]):
        # "good in parts", "good enough in only a third of cases": a judgement of some of the work, no rating
        return Tag("w", m.start(), m.end(), words)
    if code == "R" and (key in CONTEXTUAL and not rating_context(text, m.start(), words) or key.endswith(" possible")
                        and re.match(r"\s+[a-z]", text[m.end(): m.end() + 3])):  # "the lowest possible caseload"
        return Tag("w", m.start(), m.end(), words)
    if code == "T" and key == "staff" and re.match(r"(?i)\s+(?:news|survey|members?|room|bulletin|newsletter|update|"
                                                   r"briefing|carried|carry|carries|said|told|reported|described|felt|"
                                                   r"interviewed|surveyed|spoke|held|hold|had|have|managed|manage)\b",
                                                   text[m.end(): m.end() + 14]):
        return Tag("w", m.start(), m.end(), words)  # "Staff news:", "where staff carried 70 cases": people, no standard
    if code == "T" and key == "assessment" and re.search(r"(?i)\b(?:an|this|latest|recent|new|damning)\s+$",
                                                        text[max(0, m.start() - 10): m.start()]):
        return Tag("w", m.start(), m.end(), words)  # "in an assessment the chief inspector called ...": no standard
    if code == "Q" and key in ("no", "none") and text[m.end(): m.end() + 7].lower().startswith(" longer"):
        return Tag("X", m.start(), m.end(), words)
    return Tag(code, m.start(), m.end(), words, value)
