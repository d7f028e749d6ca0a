"""Regular expressions searched once per sentence, each skipped where the sentence lacks every word one of which
any match holds ("that" for "claims that ..."). re cannot skip ahead in a pattern that begins with ``\\b`` and an
alternation of words blind to case, so it tries every branch at every position; most sentences hold none of the
words, which ``in`` on the lower-cased sentence finds many times faster. The answer is the pattern's own: the
words only say where no match can be.

Why the check is exact: the words are the pattern's runs of ASCII literals, lower-cased. A character of the text
matches an ASCII literal (blind to case or not) only if it lower-cases to that literal's lower case, once the four
characters that re folds onto ASCII letters but ``str.lower`` does not (or not to one character) are folded first
(``_FOLD``; tests/test_anchored.py checks every code point). Folding and lower-casing keep each character in
its place, so a match's run of literals stands, lower-cased, in the folded text.
"""

from __future__ import annotations

import re
from bisect import bisect_left
from collections.abc import Iterator

#: Non-ASCII characters that re, blind to case, matches with an ASCII letter: dotted capital I (whose
#: ``str.lower`` is two characters), dotless i, long s and the Kelvin sign.
_FOLD = {0x130: "i", 0x131: "i", 0x17F: "s", 0x212A: "k"}
_FOLDED = tuple(map(chr, _FOLD))


class Anchored:
    """A compiled pattern with the words one of which every match of it holds. ``search`` and ``finditer``
    answer as the pattern's own do, looking for the words first; anything else (``match``, ``sub``,
    ``pattern``) is the pattern's."""

    __slots__ = ("compiled", "words", "_at", "_any")

    def __init__(self, compiled: re.Pattern) -> None:
        self.compiled = compiled
        self.words = anchors(compiled)
        self._at: tuple[str | None, list[int], list[int]] = (None, [], [])
        # in a short string, one search of the words as a trie of literals: a dozen finds cost more
        self._any = re.compile(_literal_trie(self.words)).search if self.words else None

    def __getattr__(self, name: str):
        if name.startswith("__") or name in Anchored.__slots__:  # (copy and pickle ask before __init__)
            raise AttributeError(name)
        return getattr(self.compiled, name)

    def search(self, string: str, pos: int = 0, endpos: int | None = None) -> re.Match[str] | None:
        """``compiled.search(string, pos, endpos)``; None at once where the span holds none of the words (a
        match lies within the span: what re looks at behind ``pos`` is an assertion, which holds no word)."""
        end = len(string) if endpos is None else endpos
        at = self._at  # (one tuple, read once, as _TEXT is)
        if at[0] is string:
            # the long text this pattern's words were last found in (most calls: one per sentence, a dozen patterns
            # a sentence): _held's answer without the call, looked up as there
            i = bisect_left(at[1], pos if pos > 0 else 0)
            if i == len(at[1]) or at[2][i] > (end if end > 0 else 0):
                return None
        elif self.words and not self._held(string, pos, endpos):
            return None
        return self.compiled.search(string, pos, end)

    def finditer(self, string: str, pos: int = 0, endpos: int | None = None) -> Iterator[re.Match[str]]:
        """``compiled.finditer(string, pos, endpos)``, empty at once where the span holds none of the words."""
        end = len(string) if endpos is None else endpos
        at = self._at
        if at[0] is string:  # (as in search)
            i = bisect_left(at[1], pos if pos > 0 else 0)
            if i == len(at[1]) or at[2][i] > (end if end > 0 else 0):
                return iter(())
        elif self.words and not self._held(string, pos, endpos):
            return iter(())
        return self.compiled.finditer(string, pos, end)

    def holds(self, span: str) -> bool:
        """Whether ``span`` holds one of the words (always true for a pattern with none)."""
        return not self.words or self._held(span, 0, None)

    def holds_within(self, text: str, start: int, end: int) -> bool:
        """``holds(text[start:end])``, looked up in the text's own index (a long text is folded and indexed once)
        rather than in a new slice folded again."""
        return not self.words or self._held(text, start, end)

    def _held(self, string: str, pos: int, endpos: int | None) -> bool:
        # (re takes a negative pos or endpos as 0; find, like a slice, would count it from the end)
        end = len(string) if endpos is None else endpos if endpos > 0 else 0
        if pos < 0:
            pos = 0
        at = self._at  # (one tuple, read once, as _TEXT is)
        if at[0] is not string:
            held, low = _TEXT
            if held is not string:
                low = _folded(string)
            if len(low) <= _LONG:
                return self._any(low, pos, end) is not None
            # a long text is asked of once per sentence, a dozen words each time: where its words stand is found
            # once (the text held here, so that its id is no other string's while it is)
            at = self._at = (string, *_places(low, self.words))
        # a span holds a word where an occurrence starts in it and ends in it too: where one starting at or after
        # pos ends by the span's end (an occurrence that ends there starts before it)
        i = bisect_left(at[1], pos)
        return i < len(at[1]) and at[2][i] <= end


def _literal_trie(words: tuple[str, ...]) -> str:
    """A pattern that matches the words as they are and nothing else, shaped as a trie (a branch per next
    character), so that re tries one branch at each character of the text, not every word."""
    branches: dict[str, list[str]] = {}
    for w in words:
        branches.setdefault(w[:1], []).append(w[1:])
    alts = [re.escape(c) + _literal_trie(tuple(rest)) if c else "" for c, rest in branches.items()]
    return alts[0] if len(alts) == 1 else "(?:" + "|".join(alts) + ")"


def _places(low: str, words: tuple[str, ...]) -> tuple[list[int], list[int]]:
    """Where the words stand in ``low``: the starts in order, and for each, the least end of it and every
    occurrence after it (so that one look says whether an occurrence from a place on ends by a given end)."""
    starts, ends = _occurrences(low, words)
    least = ends[:]
    for k in range(len(least) - 2, -1, -1):
        if least[k + 1] < least[k]:
            least[k] = least[k + 1]
    return starts, least


def _occurrences(low: str, words: tuple[str, ...]) -> tuple[list[int], list[int]]:
    """Where each of the words stands in ``low`` (overlaps too): the starts in order, and the end of each."""
    global _STARTS
    held, known, lines = _STARTS  # (one tuple, read once, as _TEXT is)
    if held is not low:
        # the text's distinct runs between white space, a line each: a word without white space stands in the
        # text only where it stands in one of them, and most of the patterns' words stand nowhere in a text, so
        # that each is looked for in these (a few KB to tens of KB) before it is looked for through the text
        known, lines = {}, "\n".join(set(low.split()))
        _STARTS = (low, known, lines)
    found = []
    for w in words:
        # (the patterns share words: each one's places are found once per text)
        starts = known.get(w)
        if starts is None:
            absent = w not in lines and not any(map(str.isspace, w))
            starts = known[w] = [] if absent else _starts(low, w)
        n = len(w)
        found.extend([(a, a + n) for a in starts])
    found.sort()
    return [a for a, _ in found], [b for _, b in found]


def _starts(low: str, word: str) -> list[int]:
    starts = []
    at = low.find(word)
    while at >= 0:
        starts.append(at)
        at = low.find(word, at + 1)
    return starts


def _folded(string: str) -> str:
    """The string lower-cased as ``_FOLD`` says. Character for character (checked in tests/test_anchored.py), so
    a span of it is the span folded: a text is folded once and each sentence's span looked up in it. The text
    and the last few short strings asked of are remembered (each held, so that its id is not another's)."""
    global _TEXT
    held, low = _TEXT  # (one tuple, read once: a thread that folds another text meanwhile cannot pair them wrong)
    if held is string:
        return low
    for held, low in _RECENT:
        if held is string:
            return low
    folded = string
    if not folded.isascii() and any(ch in folded for ch in _FOLDED):  # (translate costs a lookup a character)
        folded = folded.translate(_FOLD)
    low = folded.lower()
    if len(string) > _LONG:
        _TEXT = (string, low)
    else:
        _RECENT.insert(0, (string, low))
        del _RECENT[4:]
    return low


_LONG = 4_000  # longer than any sentence the reader reads in one piece (document.MAX_SENTENCE)
_TEXT: tuple[str, str] = ("", "")
_STARTS: tuple[str, dict[str, list[int]], str] = ("", {}, "")  # a long text, its words' starts, its runs
_RECENT: list[tuple[str, str]] = []


def required_strings(items, fold: bool) -> tuple[str, ...]:
    """Strings one of which every match of a parsed pattern (re's parser's items) holds, the set whose shortest
    string is longest (the fewest texts pass it); empty when none is known. ``fold``: ASCII letters lower-cased
    and every group followed (for a pattern searched case-blind in lower-cased text); else the strings as they
    are, and no group that ignores case. Raises ImportError where re's private parser constants are missing."""
    from re import _constants as c

    found, run = [], []
    for op, av in [*items, (None, None)]:
        if op is c.LITERAL and (not fold or av < 128):
            run.append(chr(av).lower() if fold else chr(av))
            continue
        if run:
            found.append(("".join(run),))
            run = []
        if op is c.SUBPATTERN and (fold or not av[1] & c.SRE_FLAG_IGNORECASE):
            found.append(required_strings(av[-1], fold))
        elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
            found.append(required_strings(av[2], fold))
        elif op is c.BRANCH:
            each = [required_strings(b, fold) for b in av[1]]
            found.append(tuple(a for one in each for a in one) if all(each) else ())
        # anything else (a class, an assertion, an optional part) holds no string every match has
    return max((f for f in found if f), key=lambda f: min(map(len, f)), default=())


def anchors(pattern: re.Pattern) -> tuple[str, ...]:
    """Lower-case strings one of which every match of ``pattern`` holds, the set whose shortest is longest;
    empty when none is known (then every search is run), never a wrong one."""
    try:
        from re import _parser

        # a pattern not yet compiled (lazy_re) is parsed with the flags it was given: the parser finds the ones
        # the pattern sets itself, as it did for a compiled pattern's flags, and the pattern stays uncompiled
        flags = getattr(pattern, "source_flags", None)
        flags = pattern.flags if flags is None else flags
        words = tuple(dict.fromkeys(required_strings(_parser.parse(pattern.pattern, flags), fold=True)))
    except Exception:  # re's parser is private, and may give another shape in another Python: always searched
        return ()
    # a word holding another is found only where that one is: looking for the other alone answers the same
    return tuple(w for w in words if not any(v != w and v in w for v in words))


def _is_word(ch: str) -> bool:
    # re's \w for a str pattern without ASCII: a letter or digit of any script, or the underscore
    return ch.isalnum() or ch == "_"


def whole_word_in(word: str, text: str) -> bool:
    """``re.search(rf"\\b{re.escape(word)}\\b", text) is not None``, without compiling a pattern for each word (a
    few hundred words, each asked of every unit's name, cost a new pattern apiece at every start)."""
    n = len(word)
    if not n:
        return re.search(r"\b", text) is not None
    at = text.find(word)
    while at >= 0:
        end = at + n
        if ((at > 0 and _is_word(text[at - 1])) != _is_word(word[0])
                and (end < len(text) and _is_word(text[end])) != _is_word(word[-1])):
            return True
        at = text.find(word, at + 1)
    return False
