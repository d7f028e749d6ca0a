"""The tagger's words as one regular expression shaped like a trie: a branch per next character, so that a word
of the text is compared with the few words that share its first letters rather than with every word in turn.

Each word's own pattern is its characters, with a space matching any run of white space and a hyphen a hyphen,
a white space or nothing (tagger.lexicon). The words come longest first and the plain alternation of them picks
the first that matches; the trie matches the same text: at each branch point only one branch can go on (their
first characters are told apart exactly), the words that end there are tried after the longer ones, as in the
list, and where a branch point holds anything else (a hyphen, a character outside ASCII, a word ending where
a longer one is still to come) the words from there on are written as the plain alternation, in the list's order.

``re`` tries a branch that begins with a case-sensitive character or class only when the text's character is
one of them; under ``re.IGNORECASE`` a letter is no such class, so a letter's branch begins with a class of both
its cases and every character outside ASCII, and a look-behind under the pattern's IGNORECASE then confirms the
character (a Kelvin sign is a "k" to ``re``).
"""

from __future__ import annotations

import re
import sys
from functools import lru_cache

_PIECES = {" ": r"\s+", "-": r"[-\s]?"}


def _piece(ch: str) -> str:
    return _PIECES.get(ch) or re.escape(ch)


def word_pattern(word: str) -> str:
    """One word's own pattern: a space matches any run of white space, a hyphen a hyphen, a space or nothing."""
    return "".join(_piece(ch) for ch in word)


def trie_pattern(words: list[str]) -> str:
    """The alternation of ``words``' patterns, in their order, written as a trie; compile it with re.IGNORECASE.
    It matches what ``"|".join(word_pattern(w) for w in words)`` matches, in any order of the words; longest
    first (as the tagger orders them) leaves no branch point to be written plainly for a word that ends early."""
    return _node(list(words))


# Below this many branches, trying each letter in turn costs no more than the class and look-behind would, and
# the pattern stays shorter (so quicker to compile): measured on 1 MB of text, 5 gave the same speed as 1
_FEW = 5


@lru_cache(maxsize=64)
def _letter(key: str) -> str:
    """A branch's head for an ASCII letter: every character but the rest of ASCII (a negated class of a few
    ranges, cheap to compile), then the letter under IGNORECASE, looking back."""
    low, up = ord(key), ord(key.upper())
    spans = [(0, up - 1), (up + 1, low - 1), (low + 1, 0x7F)]
    return "(?-i:[^" + "".join(f"\\x{a:02x}-\\x{b:02x}" for a, b in spans if a <= b) + f"])(?<={key})"


def _branch_key(ch: str) -> str | None:
    """What a branch point tells this character apart by, or None when it cannot (see the module's docstring)."""
    if ch == "-" or not ch.isascii() or (ch.isspace() and ch != " "):
        return None
    return ch.lower()


def _branches(rests: list[str]) -> dict[str, list[str]] | None:
    """The words' rests grouped by their first character (its branch key), in order; None when they must be tried
    one by one as they stand (a word ends before a longer one is tried, or a character has no branch key)."""
    ended = [k for k, r in enumerate(rests) if not r]
    going = [k for k, r in enumerate(rests) if r]
    if ended and going and max(going) > min(ended):
        return None  # a word ends before a longer one is tried
    branches: dict[str, list[str]] = {}
    for k in going:
        key = _branch_key(rests[k][0])
        # after a run of white space the next character must not be white space too, or the run gives back
        # characters in an order the trie does not keep
        if key is None or key == " " and (len(rests[k]) < 2 or _branch_key(rests[k][1]) in (None, " ")):
            return None
        branches.setdefault(key, []).append(rests[k][1:])
    return branches


def _node(rests: list[str]) -> str:
    """The pattern of what is left of each word after the characters already matched, in the words' order."""
    if len(rests) == 1:
        return word_pattern(rests[0])
    branches = _branches(rests)
    if branches is None:
        return "|".join(word_pattern(r) for r in rests)
    out = []
    for key, tails in branches.items():
        if key == " ":
            head = r"\s+"
        elif key.isalpha() and len(branches) > _FEW:
            # a case-sensitive class (tried only on a character in it), then the exact test under IGNORECASE
            head = _letter(key)
        else:
            head = _piece(key)  # no case, or no other branch to skip: the character as the words have it
        out.append(head + (f"(?:{_node(tails)})" if len(tails) > 1 else word_pattern(tails[0])))
    if not all(rests):
        out.append("")  # the words that end here, after every longer one
    return "|".join(out)


def compile_trie(before: str, words: list[str], after: str, flags: int) -> re.Pattern:
    """``re.compile(before + trie_pattern(words) + after, flags)``, with the trie's part of re's parse tree built
    here as re's parser builds it from the text: the tagger's 2,500 words made a pattern of 84,000 characters,
    and parsing it was most of the time its compiling took (tests/test_reader_speed.py compares the compiled
    code of the two). Where re's private parser is not the one this follows, the text is compiled."""
    flags = int(flags)  # (re.compile's own step: a flag enum makes every test of it in the compiler slow)
    if not words:
        # the trie of no words matches nowhere (as an empty group it would match the empty string everywhere)
        return re.compile(before + "(?!)" + after, flags)
    if sys.version_info[:2] in _FOLLOWED:
        try:
            return _compile_tree(before, words, after, flags)
        except Exception:  # noqa: S110 (a parser of another shape: the text is compiled below)
            pass
    return re.compile(before + trie_pattern(words) + after, flags)


# Up to this many characters a text's own words are picked out for its trie (Lexicon.for_text) by searching the
# text for each: the pick costs about 0.1 ms a KB and keeps fewer words the shorter the text (2 KB: 197 of the
# 4,093 words, compiled in 8 ms against 0.26 s for all; 20 KB: 1,499; 100 KB: 3,567, where picking and compiling
# cost more than all of them). A longer text is picked by its distinct words, and only where it has few of them.
SHORT_TEXT = 32_000
_PIECE = re.compile(r"[^\s-]+")
_FEW_WORDS = 2_000  # a longer text's distinct words (its runs between white space), past which none is picked
_CHUNK = 65_536


def words_in(words, text: str) -> list[str] | None:
    """The words, in their order, that the trie's pattern under re.IGNORECASE could match somewhere in ``text``
    (in any part of it, searched to any end), or None where that is not worked out. A word is kept when each of
    its pieces (the runs between its white space and hyphens, which its pattern matches character for character)
    is in the text, both folded as re compares a character under IGNORECASE: a word left out matches nowhere in
    the text, so the trie of the rest matches there what the trie of all the words matches."""
    fold = _folder()
    if fold is None:
        return None
    if len(text) <= SHORT_TEXT:
        folded = fold(text)
        return [w for w in words if all(fold(p) in folded for p in _PIECE.findall(w))]
    # A long text: a piece holds no white space or hyphen (nor does it folded), so it stands in the text where it
    # stands in one of the runs of the folded text between them; those are looked in, each distinct one once, a
    # line each. Only a text of few distinct words is worth it (the repeated release: 198 words kept, picked in
    # 0.03 s and compiled in 0.01 s, against 0.3 s for all); a text of more keeps most words, and picking them
    # would cost more than compiling all, so none is picked past the limit, which a chunk or two tells.
    own: set[str] = set()
    at = 0
    while at < len(text):
        end = text.find(" ", at + _CHUNK)  # (a chunk ends at a space, so that no word is cut in two)
        end = len(text) if end < 0 else end
        # (folding keeps each character in its place, and makes no white space or hyphen: str.split's white space
        # is re's \s)
        own.update(fold(text[at:end]).split())
        if len(own) > _FEW_WORDS:
            return None
        at = end
    lines = "\n".join(own).replace("-", "\n")

    def held(piece: str) -> bool:
        p = fold(piece)
        if _PIECE.fullmatch(p) is None:  # (no fold makes white space or a hyphen; if one did, the whole text)
            return p in fold(text)
        return p in own or p in lines

    return [w for w in words if all(held(p) for p in _PIECE.findall(w))]


@lru_cache(maxsize=1)
def _folder():
    """A string's characters each as re matches them under IGNORECASE: its simple lower case (``_sre``'s, not
    str.lower's, which makes two characters of some), then the least of the lower cases re takes as the same
    ("s" for the long s); None where this Python's re has not those tables."""
    try:
        from _sre import unicode_tolower
        from re._casefix import _EXTRA_CASES
    except ImportError:
        return None

    def char(c: str) -> str:
        low = unicode_tolower(ord(c))
        return chr(min((low, *_EXTRA_CASES.get(low, ()))))

    def fold(s: str) -> str:
        # (str.lower is the same on ASCII, where "i" and "s" are already the least of their lower cases)
        return s.lower() if s.isascii() else s.translate({ord(c): char(c) for c in set(s)})

    return fold


_FOLLOWED = ((3, 11), (3, 12), (3, 13))  # the Pythons whose re parser's trees this was checked against
_MARK = "\ue000"  # where the trie stands in ``before + _MARK + after`` while the rest is parsed


def _compile_tree(before: str, words: list[str], after: str, flags: int) -> re.Pattern:
    from re import _compiler, _parser

    if _MARK in before or _MARK in after:
        raise ValueError("the mark is in the pattern")
    tree = _parser.parse(before + _MARK + after, flags)
    body = list(_tree_node(tree.state, list(words), flags))
    if not _splice(tree, body):
        raise ValueError("the mark was not found once")
    return _compiler.compile(tree, flags)


def _splice(sub, body: list) -> bool:
    """Put ``body``'s items in place of the mark's literal, the one in the tree (how many were replaced is 1)."""
    from re import _constants as c
    from re import _parser

    found = 0

    def walk(node) -> None:
        nonlocal found
        data = node.data
        k = 0
        while k < len(data):
            op, av = data[k]
            if op is c.LITERAL and av == ord(_MARK):
                data[k: k + 1] = body
                found += 1
                k += len(body)
                continue
            for x in (av if isinstance(av, tuple) else ()):
                if isinstance(x, _parser.SubPattern):
                    walk(x)
                elif isinstance(x, list):  # a branch's alternatives
                    for y in x:
                        if isinstance(y, _parser.SubPattern):
                            walk(y)
            k += 1

    walk(sub)
    return found == 1


def _parsed(snippet: str, flags: int) -> list:
    """The items re's parser makes of a short piece of pattern (a head, a space, a hyphen, one character), each
    group in them a new one, as each parse makes its own: the parser moves a first item shared by every
    alternative out of them, and two groups are the same item only where they are one object."""
    from re import _parser

    out = []
    for op, av in _parsed_once(snippet, flags):
        if isinstance(av, tuple):
            av = tuple(_parser.SubPattern(x.state, list(x.data)) if isinstance(x, _parser.SubPattern) else x
                       for x in av)
        out.append((op, av))
    return out


@lru_cache(maxsize=256)
def _parsed_once(snippet: str, flags: int) -> tuple:
    from re import _parser

    return tuple(_parser.parse(snippet, flags).data)


def _word_items(state, rest: str, flags: int):
    from re import _parser

    out = _parser.SubPattern(state)
    data = out.data
    for ch in rest:
        got = _PLAIN.get((ch, flags))
        if got is None:
            got = _parsed_once(_piece(ch), flags)
            if not all(isinstance(av, int) for _, av in got):
                data.extend(_parsed(_piece(ch), flags))  # a space or a hyphen: groups of their own
                continue
            _PLAIN[ch, flags] = got
        data.extend(got)
    return out


# a character the parser makes plain items of (a literal), with the flags: the same items for each use
_PLAIN: dict[tuple[str, int], tuple] = {}


def _alternation(state, items: list):
    """What re's parser makes of alternatives already parsed (its _parse_sub after the loop): a shared first
    item moved out, single characters made one set, else a branch."""
    from re import _constants as c
    from re import _parser

    if len(items) == 1:
        return items[0]
    subpattern = _parser.SubPattern(state)
    while True:
        prefix = None
        for item in items:
            if not item:
                break
            if prefix is None:
                prefix = item[0]
            elif item[0] != prefix:
                break
        else:
            for item in items:
                del item[0]
            subpattern.append(prefix)
            continue
        break
    chars = []
    for item in items:
        if len(item) != 1:
            break
        op, av = item[0]
        if op is c.LITERAL:
            chars.append((op, av))
        elif op is c.IN and av[0][0] is not c.NEGATE:
            chars.extend(av)
        else:
            break
    else:
        subpattern.append((c.IN, _parser._uniq(chars)))
        return subpattern
    subpattern.append((c.BRANCH, (None, items)))
    return subpattern


def _tree_node(state, rests: list[str], flags: int):
    """The parse of ``_node(rests)`` as the alternation of a group ``(?:...)``, built as _node writes it."""
    from re import _parser

    if len(rests) == 1:
        return _alternation(state, [_word_items(state, rests[0], flags)])
    branches = _branches(rests)
    if branches is None:
        return _alternation(state, [_word_items(state, r, flags) for r in rests])
    out = []
    for key, tails in branches.items():
        head = r"\s+" if key == " " else _letter(key) if key.isalpha() and len(branches) > _FEW else _piece(key)
        item = _parser.SubPattern(state, list(_parsed(head, flags)))
        # (a group without flags is unpacked into the sequence around it, as the parser does)
        item.data.extend(_tree_node(state, tails, flags) if len(tails) > 1 else _word_items(state, tails[0], flags))
        out.append(item)
    if not all(rests):
        out.append(_parser.SubPattern(state))
    return _alternation(state, out)
