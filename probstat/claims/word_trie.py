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


def _node(rests: list[str]) -> str:
    """The pattern of what is left of each word after the characters already matched, in the words' order."""
    if len(rests) == 1:
        return word_pattern(rests[0])
    ended = [k for k, r in enumerate(rests) if not r]
    going = [k for k, r in enumerate(rests) if r]
    plain = bool(ended) and bool(going) and max(going) > min(ended)  # a word ends before a longer one is tried
    branches: dict[str, list[str]] = {}
    for k in going:
        key = _branch_key(rests[k][0])
        # after a run of white space the next character must not be white space too, or the run gives back
        # characters in an order the trie does not keep
        if key is None or key == " " and (len(rests[k]) < 2 or _branch_key(rests[k][1]) in (None, " ")):
            plain = True
            break
        branches.setdefault(key, []).append(rests[k][1:])
    if plain:
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
    if ended:
        out.append("")  # the words that end here, after every longer one
    return "|".join(out)
