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
        # the fields stored straight into __dict__, as a frozen dataclass's own __init__ sets them one call each (and
        # without the keywords' dict an update would take): a text has 10^5 tags
        d = self.__dict__
        d["code"], d["start"], d["end"], d["words"], d["value"] = code, start, end, words, value

    def __eq__(self, other: object) -> bool:
        # the dataclass's own comparison, fields in another order: tags are compared by the thousand in
        # ``list.index``, and two tags at different places differ in their start (the generated method builds two
        # tuples first); a field is equal where it is the same object, as in a tuple's comparison
        if other.__class__ is not self.__class__:
            return NotImplemented
        a, b = self.__dict__, other.__dict__
        x, y = a["start"], b["start"]
        if x is not y and not x == y:
            return False  # (most end here, before the loop: ``list.index`` passes every tag before its own)
        for k in _FIELDS:
            x, y = a[k], b[k]
            if x is not y and not x == y:
                return False
        return True


_FIELDS = ("end", "code", "words", "value")  # (and "start" first)


def codes(tags: list[Tag]) -> str:
    """The sentence as a string of tag codes, one character per tag."""
    # (a list, not a generator: join makes a list of it anyway, and a text asks for some 10^5 of these strings)
    return "".join([t.code for t in tags])


def clause_of(tags: list[Tag]) -> list[int]:
    """For each tag, the number of its clause (a new clause after each ',' ';' ':' or bracket tag, or 'but')."""
    out, n = [], 0
    for t in tags:
        if t.code == "," or (t.code == "E" and t.words.lower() == "but"):
            n += 1
        out.append(n)
    return out

