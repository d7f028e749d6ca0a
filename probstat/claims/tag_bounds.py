"""A rating bounded from one side, joined into one rating tag where the words kept it apart: "'Requires improvement'
or worse", "below 'Good'", "no better than the lowest grade", "managed nothing better than R", "could not rise above
R"; and the double negation "did not spare X the lowest grade" (the rating given)."""

from __future__ import annotations

from .. import schema
from . import lazy_re as re
from .tag_type import Tag

SIDES = {"worse": 1, "below": 1, "lower": 1, "better": -1, "above": -1, "higher": -1}


def bounded(out: list[Tag], t: Tag) -> tuple[int, Tag] | None:
    """A rating bounded from one side across quotes: "'Requires improvement' or worse" (the rating, "or", the
    side), "below 'Good'" or "worse than 'Good'" (the side, the rating), "nothing better than R" and "could not
    rise above R" (R at best), or "not spared" (a verb of rating): how many tags before t it takes in, and the tag
    it makes."""
    if t.code == "w" and t.words.lower() in SIDES and len(out) >= 2 and out[-1].words.lower() == "or" and \
            out[-2].code == "R" and isinstance(out[-2].value, tuple) and len(out[-2].value) == 1:
        at = schema.RATINGS.index(out[-2].value[0])
        side = schema.RATINGS[at:] if SIDES[t.words.lower()] > 0 else schema.RATINGS[: at + 1]
        return 2, Tag("R", out[-2].start, t.end, f"{out[-2].words} or {t.words}", tuple(side))
    if t.code == "X" and t.words.lower() in ("spare", "spared") and out and out[-1].code == "X" and \
            out[-1].words.lower() in _NOT:
        # "did not spare X the lowest grade", "was not spared it": the rating given, a verb of rating
        return 1, Tag("V", out[-1].start, t.end, f"{out[-1].words} {t.words}")
    if t.code == "R" and out and out[-1].code == "w" and out[-1].words.lower() in ("nothing", "none") and \
            re.match(r"(?i)(?:better|higher)\s+than\s", t.words) and isinstance(t.value, tuple) and t.value:
        # "managed nothing better than Requires improvement" (the lexicon's "better than R" after "nothing"): R at best
        _verb_before(out, 1)
        at = schema.RATINGS.index(t.value[-1]) + 1
        return 1, Tag("R", out[-1].start, t.end, f"{out[-1].words} {t.words}", tuple(schema.RATINGS[at:]))
    if t.code == "R" and isinstance(t.value, tuple) and len(t.value) == 1 and out:
        before = out[-1].words.lower()
        two = " ".join(x.words.lower() for x in out[-2:]) if len(out) >= 2 else ""
        at = schema.RATINGS.index(t.value[0])
        three = " ".join(x.words.lower() for x in out[-3:]) if len(out) >= 3 else ""
        for words, k in ((before, 1), (two, 2), (three, 3)):
            # "at least 'Requires improvement'": that rating or better; "at best 'Good'": that or worse
            if words in ("at least", "at worst", "no worse than", "at best", "no better than", "at most"):
                side = schema.RATINGS[: at + 1] if words in ("at least", "at worst", "no worse than") else \
                    schema.RATINGS[at:]
                return k, Tag("R", out[-k].start, t.end, f"{words} {t.words}", tuple(side))
        if before in ("below", "worse than", "lower than") or two in ("worse than", "lower than"):
            k, side = (1 if before in ("below", "worse than", "lower than") else 2), schema.RATINGS[at + 1:]
        elif before in ("above", "better than", "higher than") or two in ("better than", "higher than"):
            k, side = (1 if before in ("above", "better than", "higher than") else 2), schema.RATINGS[:at]
            if len(out) > k and out[-k - 1].code == "w" and out[-k - 1].words.lower() in ("nothing", "none"):
                # "managed nothing better than R", "got nothing higher than R": R at best
                k, side = k + 1, schema.RATINGS[at:]
                _verb_before(out, k)
            elif len(out) > k + 1 and out[-k - 2].code == "X" and out[-k - 1].words.lower() in _RISE:
                # "could not rise above R", "never climbed above R": the verb a rating's, not a change's, so that
                # the negation before it bounds the rating ("rose above R" alone stays a change)
                x = out[-k - 1]
                out[-k - 1] = Tag("V", x.start, x.end, x.words)
        else:
            return None
        if not side or any(x.code not in "wgG" for x in out[-k:]):
            return None
        return k, Tag("R", out[-k].start, t.end, " ".join(x.words for x in out[-k:]) + f" {t.words}", tuple(side))


_NOT = frozenset(("not", "never", "n't", "didn't", "wasn't", "weren't", "hasn't", "haven't", "hadn't"))
# verbs that rise to a rating ("could not rise above R") and that get one ("could manage nothing better than R")
_RISE = frozenset(("rise", "rose", "risen", "rising", "climb", "climbed", "climbing"))
_GET = frozenset(("manage", "managed", "manages", "achieve", "achieved", "achieves", "get", "got", "gets", "earn",
                  "earned", "earns", "secure", "secured", "receive", "received", "obtain", "obtained", "do", "did"))


def _verb_before(out: list[Tag], k: int) -> None:
    """The verb before a bound's k tags (``out[-k - 1]``), when it gets a rating, made a rating verb: "X could manage
    nothing better than R" states X's rating."""
    if len(out) > k and out[-k - 1].words.lower() in _GET and out[-k - 1].code in "wMV":
        x = out[-k - 1]
        out[-k - 1] = Tag("V", x.start, x.end, x.words)
    return None
