"""Match shapes over a sentence's tag codes (tagger.py): a shape is a regular expression over one-letter codes.

Written as regular expressions over codes rather than over words, a shape says "a subject, then an auxiliary
or a rating verb, then a rating" once for every provider name, pronoun and rating word the vocabulary knows.
Patterns hold no nested repetition, and every gap between named parts is bounded ({0,8} at most), so matching a
sentence is linear in its number of tags.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

from .tag_type import Tag


@dataclass(frozen=True)
class Match:
    """One match of a shape: the tags it spans and its named groups as tag lists."""

    first: int
    last: int  # exclusive
    groups: dict[str, list[Tag]]
    tags: list[Tag]

    def one(self, name: str) -> Tag | None:
        """The first tag of a named group, or None when the group did not take part."""
        got = self.groups.get(name)
        return got[0] if got else None

    def words(self, name: str) -> str:
        """The words of a named group, lower case, one space between tags."""
        return " ".join(t.words.lower() for t in self.groups.get(name, []))

    def has(self, name: str, code: str) -> bool:
        """Whether a named group holds a tag with this code."""
        return any(t.code == code for t in self.groups.get(name, []))


def compile_shape(pattern: str) -> re.Pattern:
    """A shape's pattern, compiled; whitespace in the pattern is layout only."""
    return re.compile("".join(pattern.split()))


def find(pattern: re.Pattern, code: str, tags: list[Tag]) -> Iterator[Match]:
    """Every non-overlapping match of a shape over the sentence's code string, left to right."""
    for m in pattern.finditer(code):
        if m.end() == m.start():
            continue
        groups = {name: tags[m.start(name): m.end(name)] for name in pattern.groupindex if m.start(name) >= 0}
        yield Match(m.start(), m.end(), groups, tags)
