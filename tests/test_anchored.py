"""anchored.py: a pattern searched only where the text holds one of its words answers as the pattern does."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from probstat.claims import document, mood, ordinals, ranks, reader
from probstat.claims.anchored import _FOLD, Anchored, anchors

FIXTURES = Path(__file__).parent / "fixtures"
WRAPPED = [v for m in (mood, ordinals, ranks, reader) for v in vars(m).values() if isinstance(v, Anchored)] + \
    [name for name, _, _ in document._CHIEFS]


def test_fold_covers_every_character_re_matches_with_ascii() -> None:
    # every code point re (blind to case) matches with an ASCII character lower-cases, once folded, to that
    # character's lower case; and no other non-ASCII character lower-cases to anything holding ASCII
    every = "".join(map(chr, range(0x110000)))
    for ch in map(chr, range(128)):
        for m in re.finditer("(?i)" + re.escape(ch), every):
            assert m.group().translate(_FOLD).lower() == ch.lower(), hex(ord(m.group()))
    assert not [i for i in range(128, 0x110000) if i not in _FOLD and any(ord(x) < 128 for x in chr(i).lower())]
    # and folding keeps every character in its place, so that a span of the folded text is the span folded
    assert not [i for i in range(0x110000) if len(chr(i).translate(_FOLD).lower()) != 1]


def test_anchors() -> None:
    assert anchors(re.compile(r"(?i)\b(?:whether|if|unless)\b")) == ("whether", "if", "unless")
    # (re factors the branches' common "s" out of them)
    assert anchors(re.compile(r"(?i)\bsince\s+(?!its)|\bso\s+far\b")) == ("ince", "far")
    assert anchors(re.compile(r"(?i)\b(?:a|)\s+x")) == ("x",)
    assert anchors(re.compile(r"(?i)(?:a|)")) == ()  # a branch that may match nothing holds no word
    assert anchors(re.compile(r"(?i)\w+\s+\d")) == ()
    assert anchors(re.compile(r"ABC\u2019s")) == ("abc",)  # a non-ASCII literal ends a run


@pytest.mark.parametrize("text", [
    "It was said to be GOOD. The CRC claims THAT it is. ſince 2019, ſo far.",
    "The unit was rated Good in both 2018-19 and 2019-20; WHETHER it improves is unclear.",
    "Inſpected for the ſecond time, İt was rated Inadequate aGaın, ıf anything worse.",
    "The KELVIN sign: Kent, SUrrey. Reportedly rated Good; \u201cit is thought that\u201d it was.",
    "\u03a3\u0391\u03a3 CLAIMS THAT \u03a3 was rated Good (a final sigma lower-cases by its place).",
    "x" * 5000 + " Claims that it was rated Good; the second time, ſince 2019. " + "y" * 5000,
])
def test_search_answers_as_the_pattern_does(text: str) -> None:
    for p in WRAPPED:
        for pos, end in ((0, len(text)), (3, len(text) - 2), (10, 40), (-5, 30), (5, -1), (0, 10**6)):
            got, want = p.search(text, pos, end), p.compiled.search(text, pos, end)
            assert (got and got.span()) == (want and want.span()), (p.pattern[:60], text)
            assert [m.span() for m in p.finditer(text, pos, end)] == \
                [m.span() for m in p.compiled.finditer(text, pos, end)]
        assert (p.search(text) and p.search(text).span()) == (p.compiled.search(text) and
                                                             p.compiled.search(text).span())


def test_search_on_the_fixture_texts() -> None:
    texts = [p.read_text(encoding="utf-8") for p in sorted((FIXTURES / "texts").glob("*.txt"))]
    texts.append((FIXTURES / "release_paraphrase.txt").read_text(encoding="utf-8"))
    texts.append("\n\n".join(texts))  # a long text: folded once, its sentences looked up in it
    for text in texts:
        cuts = [m.end() for m in re.finditer(r"[.!?]\s+", text)]
        for a, b in zip([0, *cuts], [*cuts, len(text)], strict=True):
            for p in WRAPPED:
                got, want = p.search(text, a, b), p.compiled.search(text, a, b)
                assert (got and got.span()) == (want and want.span())


def test_delegates_the_rest() -> None:
    p = Anchored(re.compile(r"(?i)\bnow\b"))
    assert p.pattern == r"(?i)\bnow\b" and p.sub("-", "Now or never") == "- or never"
    assert p.match("now") is not None and p.flags & re.IGNORECASE
    with pytest.raises(AttributeError):
        p.__nothing__  # noqa: B018


def test_a_long_texts_word_places_are_every_place_the_word_stands() -> None:
    """_occurrences finds each word once per long text and skips, by the text's distinct runs between white space,
    the words that stand nowhere: the same places as looking for every word through the text, overlaps too."""
    from probstat.claims import anchored

    release = (Path(__file__).parent / "fixtures" / "release_paraphrase.txt").read_text(encoding="utf-8")
    low = anchored._folded((release + " aaaa ab\u00a0c the-rated\n") * 3)
    words = ("the", "aa", "aaa", "b\u00a0c", "ab c", "e-r", "zzz", "rated", "no such", "\u00a0")
    for pick in (words, words[::-1], words[2:5], ("the",)):
        found = sorted((at, at + len(w)) for w in pick for at in range(len(low)) if low.startswith(w, at))
        assert anchored._occurrences(low, pick) == ([a for a, _ in found], [b for _, b in found])
