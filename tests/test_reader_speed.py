"""What the claims reader does to go faster must not change what it reads: the tagger's words as a trie match what
their plain alternation matches, and a shape skipped for a sentence's codes could not have matched them."""

from __future__ import annotations

import random
import re

import pytest

from probstat.claims import vocabulary as vocab
from probstat.claims.matcher import required_codes
from probstat.claims.shapes import SHAPES
from probstat.claims.tagger import lexicon
from probstat.claims.word_trie import trie_pattern, word_pattern

# the tagger's pattern around its words (tagger.lexicon)
_TAIL = (r")(?![\w-])|(?P<round>" + vocab.ROUND_RE.pattern + r")|(?P<punct>[,;:()\u2013\u2014]|(?<=\s)-(?=\s))"
         r"|(?P<word>\w(?:[\w'\u2019-]*\w)?)")
# characters re treats as letters under IGNORECASE, spaces that are not " ", and the words' own punctuation
_ODD = ["\u212a", "\u017f", "\u0130", "\u0131", "\xa0", "\u2009", "\t", "\n", "-", " ", "  ", "'", "\u2019", "5",
        "\xe9", "(", ")", ",", "&", "%", "x", "s"]


def _both(words: list[str]) -> tuple[re.Pattern, re.Pattern]:
    plain = re.compile(r"(?<![\w-])(?:" + "|".join(word_pattern(w) for w in words) + _TAIL, re.IGNORECASE)
    return plain, re.compile(r"(?<![\w-])(?:" + trie_pattern(words) + _TAIL, re.IGNORECASE)


def _texts(words: list[str], n: int, seed: int) -> list[str]:
    """Runs of the words, cut short, in mixed case, their spaces and hyphens changed, odd characters put in."""
    rnd = random.Random(seed)
    out = []
    for _ in range(n):
        parts = []
        for _ in range(rnd.randint(1, 5)):
            w = rnd.choice(words)
            w = w[: rnd.randint(1, len(w))] if rnd.random() < 0.3 else w
            w = "".join(c.upper() if rnd.random() < 0.3 else c for c in w)
            w = "".join(rnd.choice(["-", " ", "", "  ", "\xa0", "- ", "\n"]) if c in " -" and rnd.random() < 0.5
                        else c for c in w)
            if rnd.random() < 0.3:
                at = rnd.randint(0, len(w))
                w = w[:at] + rnd.choice(_ODD) + w[at:]
            parts.append(w)
        out.append(rnd.choice(["", " ", "-", "'"]).join(parts) + rnd.choice(["", " ", "x", "-", "5", "\u2019s"]))
    return out


def _same(plain: re.Pattern, trie: re.Pattern, texts: list[str]) -> None:
    for text in texts:
        for pos in range(len(text)):
            # the tagger searches up to a figure's start as well as to the sentence's end
            for end in {len(text), (pos + len(text)) // 2, pos + 1}:
                a, b = plain.search(text, pos, end), trie.search(text, pos, end)
                assert (a and (a.span(), a.lastgroup)) == (b and (b.span(), b.lastgroup)), (text, pos, end)


@pytest.mark.parametrize("words", [
    ["e-mail", "email", "e mail", "e", "em"],          # a hyphen: a hyphen, a space or nothing
    ["a b c", "a  b", "a b", "ab", "a", "a-b", "abc"],  # runs of white space
    ["k", "kk", "s", "ss", "i", "is", "K", "Kelvin"],   # letters re matches outside ASCII under IGNORECASE
    ["ab", "abcd", "abc", "a"],                         # a word that ends before a longer one is tried
    ["not one", "not a single", "no", "none", "not", "nor", "n't"],
    [f"{a}{b}{c}" for a in "abcdefgh" for b in "aeiou" for c in "lmnrst"],  # many branches at each point
])
def test_trie_matches_the_plain_alternation(words):
    ordered = sorted(words, key=lambda w: (-len(w), w))
    for order in (ordered, words):
        _same(*_both(order), _texts(words, 150, seed=len(words)))


def test_trie_matches_the_plain_alternation_of_the_lexicon():
    table = lexicon().words
    ordered = sorted(table, key=lambda w: (-len(w), table[w][0] != "P", w))
    _same(*_both(ordered), _texts(ordered, 300, seed=7))



def test_a_texts_own_words_match_there_what_all_the_words_match():
    """Lexicon.for_text compiles only the words that could match in a short text: the two patterns find the same
    in it and its beginnings, searched from any position to any end, with the characters re folds under
    IGNORECASE; and the fold puts together every character re matches with a word's character."""
    from pathlib import Path

    from probstat.claims.word_trie import _folder, words_in

    lex = lexicon()
    fold = _folder()
    every = "".join(chr(i) for i in range(0x110000) if not 0xD800 <= i < 0xE000)
    for c in {c for w in lex.ordered for c in w} | set(_ODD[:4]) - set(" -"):
        assert all(fold(m.group()) == fold(c) for m in re.finditer(re.escape(c), every, re.IGNORECASE)), c
    fixtures = Path(__file__).parent / "fixtures"
    texts = [(fixtures / "release_paraphrase.txt").read_text(encoding="utf-8"),
             *(p.read_text(encoding="utf-8")[:3000] for p in sorted((fixtures / "texts").glob("*.txt"))[:4]),
             "The \u212aent CRC, \u017fodexo and \u0130nspectorate \u0131s rated Good-or-better; HMI\xa0Probation:"
             " case\u2011supervision, NPS  Wales", *_texts(list(lex.ordered), 40, seed=11)]
    for text in texts:
        words = words_in(lex.ordered, text)
        assert words is not None and len(words) < len(lex.ordered)
        _same(lex.pattern, lex.compile(words), [text])


def test_a_long_texts_own_words_are_those_a_short_texts_test_keeps():
    """A long text of few distinct words (a text repeated, as the bench's 1 MB text is) has its words picked by its
    distinct words, not by searching the whole text once a word: the same words as that search keeps, with words
    cut by hyphens, odd white space and characters re folds; a long text of many distinct words picks none."""
    from pathlib import Path

    from probstat.claims.word_trie import _PIECE, SHORT_TEXT, _folder, words_in

    lex = lexicon()
    fold = _folder()
    release = (Path(__file__).parent / "fixtures" / "release_paraphrase.txt").read_text(encoding="utf-8")
    odd = ("The \u212aent CRC, \u017fodexo and \u0130nspectorate \u0131s rated Good-or-better; HMI\xa0Probation:"
           " case\u2011supervision, NPS  Wales, case-\nsupervision")
    for unit in (release, odd + " " + release, " ".join(_texts(list(lex.ordered), 40, seed=3))):
        text = (unit * (3 * SHORT_TEXT // len(unit) + 1))[: 3 * SHORT_TEXT]
        folded = fold(text)
        want = [w for w in lex.ordered if all(fold(p) in folded for p in _PIECE.findall(w))]
        assert words_in(lex.ordered, text) == want
    many = " ".join(f"w{k}" for k in range(SHORT_TEXT))
    assert words_in(lex.ordered, many) is None


def test_a_text_with_none_of_the_words_matches_nowhere():
    """A text in which no word of the lexicon can match ("1 1 1 ...") is tagged with the trie of no words, which
    matches nowhere, as the whole one's words do there: it had matched the empty string everywhere, and as a
    process's first text 2,000 characters took over 100 s of CPU and 6-7 GB (found by the pyarrow run of
    tests/test_pathological.py, whose worker read that text first)."""
    from dataclasses import replace

    from probstat.claims.word_trie import words_in

    fresh = replace(lexicon())  # (a lexicon that has picked no text's words yet)
    text = "1 " * 50
    assert words_in(fresh.ordered, text) == []
    picked = fresh.for_text(text)
    assert picked.ordered == ()
    for probe in (text, "2018-19 1 1 2024/25 ;", ""):  # (texts with none of the words either)
        _same(fresh.pattern, picked.pattern, [probe])  # (the rounds' part of the pattern stays)
    assert fresh.for_text("Essex CRC was rated Good.") is fresh  # (once per lexicon: the whole from then on)


@pytest.mark.parametrize("seed", range(4))
def test_trie_built_in_the_parse_tree_compiles_to_the_same_code(seed):
    """compile_trie builds the trie's part of re's parse tree itself: the compiled code is the code of the pattern
    written out, for the lexicon and for word lists with the characters the trie treats apart."""
    from re import _compiler, _parser

    from probstat.claims import word_trie

    table = lexicon().words
    lists = [sorted(table, key=lambda w: (-len(w), table[w][0] != "P", w))] if seed == 0 else []
    rnd = random.Random(seed)
    for _ in range(60):
        words = {"".join(rnd.choice(_ODD + ["ab", "a", "b", "."]) for _ in range(rnd.randint(1, 6)))
                 for _ in range(rnd.randint(1, 40))}
        lists.append(sorted(words, key=lambda w: (-len(w), w)))
    before, after = r"(?<![\w-])(?:", _TAIL
    flags = int(re.IGNORECASE)
    for words in lists:
        tree = _parser.parse(before + word_trie._MARK + after, flags)
        assert word_trie._splice(tree, list(word_trie._tree_node(tree.state, words, flags)))
        written = _parser.parse(before + word_trie.trie_pattern(words) + after, flags)
        assert _compiler._code(tree, flags) == _compiler._code(written, flags), words
    assert lexicon().pattern.groupindex == re.compile(before + "x" + after, re.IGNORECASE).groupindex


def test_required_codes():
    assert required_codes(r"(?P<s>[PA])B(?P<n>N)?R") == (frozenset("AP"), frozenset("B"), frozenset("R"))
    assert required_codes(r"N(?P<t>w)|(?P<r>R)w") == (frozenset("NR"), frozenset("w"))
    assert required_codes(r"(?P<q>Q)?N{0,2}[^,;]{0,6}") == ()  # nothing every match must hold
    assert required_codes(r"(?i:w)R") == (frozenset("R"),)     # a case-blind part says nothing


def test_no_shape_matches_without_its_required_codes():
    """Every shape's example sentences, and each shape's pattern over random code strings: a match holds a code
    of each required set."""
    rnd = random.Random(3)
    alphabet = "PASWRTZKNQEXHVBIUMYFGLDOJw,g'h"
    strings = ["".join(rnd.choice(alphabet) for _ in range(rnd.randint(1, 14))) for _ in range(3000)]
    for shape in SHAPES:
        needs = required_codes(shape.pattern)
        for code in strings:
            for m in shape.compiled.finditer(code):
                if m.end() > m.start():
                    assert all(set(m.group(0)) & one for one in needs), (shape.name, code, needs)


def test_measure_words_are_found_as_their_patterns_find_them():
    """A measure's words are looked for by a word each match must hold before the pattern is searched: the same
    answer as the search alone, on every sentence of the reporting texts and on the words' own near misses."""
    from pathlib import Path

    from probstat.claims.measure_words import MEASURES, PROVIDER_MEASURES, _anchors, _compiled

    here = Path(__file__).parent / "fixtures" / "reporting"
    texts = [s.lower() for p in sorted(here.glob("*/*.txt")) for s in re.split(r"(?<=[.!?])\s+", p.read_text())]
    texts += ["public protection", "not  manageable", "could not be managed", "unmanageable", "over 40 cases",
              "scored 3 of a possible 27", "average of 40 cases", "cases each", "protecting other people"]
    for need in {n for w in (*MEASURES, *PROVIDER_MEASURES) for n in w.needs}:
        for text in texts:
            assert _compiled(need).search(text) == (re.search(need, text) is not None), (need, text)
    assert _anchors(r"(?:more than|over) (?:40|forty)") == ("more than", "over")
    assert _anchors(r"(?i)risk") == ()  # a pattern blind to case: no word to look for as it is


def test_replaced_is_dataclasses_replace():
    """part_round.replaced copies a Part's or Statement's fields, which holds only while __init__ sets them all."""
    import dataclasses

    from probstat.claims.part_round import replaced as _replaced
    from probstat.claims.readings import Part, Statement

    for cls in (Part, Statement):
        assert not hasattr(cls, "__post_init__") and all(f.init for f in dataclasses.fields(cls))
    st = Statement(0, 5, "three", "count", round="2018-19")
    part = Part(0, 5, "three", "count", st)
    for obj, changes in ((st, {"round": None, "round_how": "given"}), (part, {"reading": None, "rounds": ("x",)})):
        got, want = _replaced(obj, **changes), dataclasses.replace(obj, **changes)
        assert got == want and vars(got) == vars(want) and type(got) is type(want)


def test_extract_scanned_patterns_match_as_their_originals():
    """extract._SCANNED writes nine non-claim patterns so that re scans for their first characters: the same
    matches and groups as the originals on the fixture texts and on texts of dates, months in any case, the
    words before a year or a reference, addresses, times, phone numbers, year ranges, ordinals and the characters
    re folds onto ASCII letters."""
    from pathlib import Path

    from probstat.claims import extract

    here = Path(__file__).parent / "fixtures"
    texts = [p.read_text(encoding="utf-8") for p in sorted(here.glob("**/*.txt"))]
    rnd = random.Random(5)
    pieces = ["1", "7", "12", "2019", "19", "0", "st", "th", "January", "jan", "JAN", "May", "may", "Sept", "Dec",
              "In", "since", "SINCE", "between", "page", "p.", "paragraph", "fig.", "http://x", "www.a", "\u017f",
              "\u0130", "\u0131", "\u212a", "\u017fince", " ", "\n", "-", "\u2013", ",", ".", "/", "x", "_", "and",
              "+44", "+", "01", "020", "7946", "0123", ":", "30", "23", "24", "09", "am", "P.M.", "pm", "hrs", "hours",
              "nd", "rd", "1999", "2020", "21", "\u2014", "1"]
    texts += ["".join(rnd.choice(pieces) + rnd.choice(["", " "]) for _ in range(rnd.randint(1, 12)))
              for _ in range(3000)]
    for original, scanned in extract._SCANNED.items():
        for text in texts:
            assert [(m.span(), m.groups()) for m in original.finditer(text)] == \
                [(m.span(), m.groups()) for m in scanned.finditer(text)], (original.pattern, text)
