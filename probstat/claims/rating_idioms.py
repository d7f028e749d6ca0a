"""Everyday names of the four overall ratings that the scale words of vocabulary.py do not generate: headline
idioms ("the failing grade", "a rock-bottom rating", "the lowest rung"), a step from a rating named ("one grade
below Good", "a notch up from the bottom") and the order that comes with a rating below Good ("told it must
improve"). Each names one place on HMIP's scale whatever the sentence around it, or it is not here: "the worst
rating" alone is left out, since reporting uses it of the worst given in a region or so far."""

from __future__ import annotations

from itertools import product

from .. import schema

#: best first, as schema.RATINGS
_SCALE = tuple(schema.RATINGS)
#: a rating's name in lower case -> the rating ("good" -> "Good"), for words the tagger left plain
PLAIN_RATINGS = {r.lower(): r for r in _SCALE}
#: the nouns of a step on the scale ("one grade below Good"); extract.py leaves the "one" before them no figure
STEP_NOUNS = ("grade", "notch", "step", "rung")
_BELOW_GOOD = _SCALE[2:]
_NOUNS = ("rating", "grade", "verdict", "mark", "judgement")

#: Names of a rating that a step can start from; "the bottom" and "the floor" are the scale's end, never a place.
_NAMED = {"Inadequate": ("Inadequate", "the bottom", "the floor", "the bottom grade", "the lowest grade"),
          "Requires improvement": ("Requires improvement",), "Good": ("Good",),
          "Outstanding": ("Outstanding", "the top", "the top grade")}
_STEPS = tuple(f"{a} {noun}" for noun in STEP_NOUNS for a in ("one", "a"))


def _idioms() -> dict[str, tuple[str, ...]]:
    out: dict[str, tuple[str, ...]] = {}
    inadequate, outstanding = ("Inadequate",), ("Outstanding",)
    for noun in _NOUNS:
        # "handed the failing grade", "a rock-bottom rating", "the worst possible verdict": the scale's end ("the
        # lowest possible rating" and its like are vocabulary.py's)
        for words in ("failing", "rock-bottom", "rock bottom", "worst possible"):
            out[f"the {words} {noun}"] = inadequate
        out[f"the best possible {noun}"] = outstanding
    # (not "rock bottom" alone: "morale was at rock bottom")
    for end in ("the lowest rung", "the bottom rung", "the foot of the scale", "the lowest rung of the ladder",
                "the bottom of the ladder"):
        out[end] = inadequate
    out["the top rung"] = outstanding
    for place, rating in enumerate(_SCALE):  # ("one grade below Good": a step down the scale from Good)
        for name, step in product(_NAMED[rating], _STEPS):
            if place + 1 < len(_SCALE):
                out[f"{step} below {name}"] = out[f"{step} under {name}"] = (_SCALE[place + 1],)
            if place > 0:
                out[f"{step} above {name}"] = (_SCALE[place - 1],)
                if not name[0].isupper():  # ("a notch up from Inadequate" may be a change: left to its shapes)
                    out[f"{step} up from {name}"] = out[f"{step} off {name}"] = (_SCALE[place - 1],)
            elif not name[0].isupper():
                out[f"{step} off {name}"] = (_SCALE[1],)  # "one grade off the top": Good
    for who, verb in product(("it", "they", "the unit", "the service"), ("must", "needs to", "need to", "has to",
                                                                       "have to", "should")):
        out[f"told {who} {verb} improve"] = _BELOW_GOOD  # "Probation unit told it must improve"
    for who in ("it", "they", "that it", "that they"):
        # the rating by its name, in the past (the present, "was told it requires improvement", was tried as a
        # rating too and taken back: one more wrong verdict in each of two held-out halves)
        out[f"told {who} required improvement"] = ("Requires improvement",)
    return out


#: "the worst mark", "the second-best grade": a place on the scale by its end, but in reporting as often the worst
#: given in a region or so far; the tagger takes them as a rating only where rating_context finds no such scope
#: after them ("the worst mark in the region", "the best rating of any CRC", "the worst seen so far")
SCOPED_ENDS: dict[str, tuple[str, ...]] = {
    f"the {nth}{end} {noun}": (_SCALE[place],)
    for noun in ("mark", "rating", "grade")
    for nth, end, place in (("", "best", 0), ("", "worst", 3), ("second-", "best", 1), ("second ", "best", 1),
                            ("second-", "worst", 2), ("second ", "worst", 2))}
# "a good mark", "a mark that means it must get better" (easy-read wording: Requires improvement by its name)
_EASY: dict[str, tuple[str, ...]] = {f"a good {noun}": ("Good",) for noun in ("mark", "grade")}
_EASY.update({f"a {noun} that means {who} {verb} {better}": ("Requires improvement",)
              for noun, who, verb, better in product(("mark", "rating", "grade"), ("it", "they", "the unit"),
                                                     ("must", "needs to", "need to", "has to", "have to"),
                                                     ("get better", "improve"))})

#: Short forms written in staff notes and chat ("came out RI", "got inad."); "RI" only in capitals (rating_context).
ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "RI": ("Requires improvement",), "req. imp.": ("Requires improvement",), "req imp": ("Requires improvement",),
    "inad.": ("Inadequate",), "inad": ("Inadequate",), "outst.": ("Outstanding",), "outst": ("Outstanding",)}

#: idiom -> the ratings it names (lower-case keys are matched case-insensitively by the tagger)
IDIOMS: dict[str, tuple[str, ...]] = {**_idioms(), **ABBREVIATIONS, **SCOPED_ENDS, **_EASY}
