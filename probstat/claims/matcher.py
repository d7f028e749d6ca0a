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

from .quick_init import quick_init
from .tag_type import Tag


@quick_init
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


def required_codes(pattern: str) -> tuple[frozenset[str], ...]:
    """Sets of codes of which every match holds at least one each ("R", "PA" for ``[PA]``): a sentence missing
    all of a set cannot match, so the shape need not be run over it. Empty when nothing is known (the pattern is
    then always run), so that a construct this does not follow costs time, never a match."""
    try:
        from re import _constants as c
        from re import _parser
    except ImportError:  # re's parser is private: without it every shape runs, as before
        return ()

    def sets(items) -> list[frozenset[str]]:
        out: list[frozenset[str]] = []
        for op, av in items:
            if op is c.LITERAL:
                out.append(frozenset(chr(av)))
            elif op is c.IN and all(o in (c.LITERAL, c.RANGE) for o, _ in av):  # no negation, no categories
                out.append(frozenset(ch for o, a in av
                                     for ch in ((chr(a),) if o is c.LITERAL else map(chr, range(a[0], a[1] + 1)))))
            elif op is c.SUBPATTERN and not av[1] & c.SRE_FLAG_IGNORECASE:  # (?i:w) would match W too
                out += sets(av[-1])
            elif op in (c.MAX_REPEAT, c.MIN_REPEAT) and av[0] >= 1:
                out += sets(av[2])
            elif op is c.BRANCH:
                # whichever branch matched, one of each branch's sets is there: so is their union. The unions are
                # made a branch at a time, and one that holds another is left out as it is made: every union it
                # would go on to make holds one the other makes, and only the least sets are kept below (the whole
                # product ran to 10^5 unions, a quarter second for the table at every start)
                each = [sets(b) for b in av[1]]
                if all(each):
                    made = [frozenset()]
                    for one in each:
                        made = _least([a | b for a in made for b in one])
                    out += made
        return out

    try:
        parsed = _parser.parse("".join(pattern.split()))
        found = set(sets(parsed)) if not parsed.state.flags & c.SRE_FLAG_IGNORECASE else set()
    except Exception:  # a construct re's parser gives in another shape in another Python: run the shape always
        return ()
    return tuple(sorted(_least(found), key=sorted))


def _least(found) -> list[frozenset[str]]:
    """The sets none of the others is a proper subset of, each once, in their first order."""
    once = list(dict.fromkeys(found))
    return [x for x in once if not any(y < x for y in once)]


def find(pattern: re.Pattern, code: str, tags: list[Tag]) -> Iterator[Match]:
    """Every non-overlapping match of a shape over the sentence's code string, left to right."""
    names = pattern.groupindex.items()
    for m in pattern.finditer(code):
        if m.end() == m.start():
            continue
        spans = m.regs  # every group's (start, end) at once; (-1, -1) for one that took no part
        groups = {name: tags[spans[i][0]: spans[i][1]] for name, i in names if spans[i][0] >= 0}
        yield Match(m.start(), m.end(), groups, tags)
