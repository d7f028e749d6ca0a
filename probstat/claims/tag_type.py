"""The tag a sentence is made of (tagger.py), and the two views of a tag list every builder uses: its code string
and its clauses."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True, init=False)
class Tag:
    """One token: its code, where it stands in the text, its words and what they mean."""

    code: str
    start: int
    end: int
    words: str
    value: object = None

    def __init__(self, code: str, start: int, end: int, words: str, value: object = None) -> None:
        # the fields set at once, as a frozen dataclass's own __init__ sets them one call each: a text has 10^5 tags
        self.__dict__.update(code=code, start=start, end=end, words=words, value=value)


def codes(tags: list[Tag]) -> str:
    """The sentence as a string of tag codes, one character per tag."""
    return "".join(t.code for t in tags)


def clause_of(tags: list[Tag]) -> list[int]:
    """For each tag, the number of its clause (a new clause after each ',' ';' ':' or bracket tag, or 'but')."""
    out, n = [], 0
    for t in tags:
        if t.code == "," or (t.code == "E" and t.words.lower() == "but"):
            n += 1
        out.append(n)
    return out

