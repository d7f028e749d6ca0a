"""Tags the tagger joins around a noun: the words between a count's inspections and their round that say who did
them ("the 27 inspections the inspectorate completed in 2024-25"), the rating a verb gave most often ("the rating they
gave most often"), and the places a plural sector noun ends a list of ("Northumbria and Merseyside CRCs")."""

from __future__ import annotations

from . import lazy_re as re
from .tag_type import Tag

# The doing of inspections, and who did them: "the 27 inspections (the inspectorate) completed in 2024-25"
_DONE = frozenset(("completed", "conducted", "undertaken", "counted", "done", "finished", "performed", "made",
                   "carried", "out", "held"))
_DOERS = frozenset(("the", "inspectorate", "inspectors", "hmip", "it", "they", "had", "has", "have", "been", "by",
                    "probation"))


def inspections_done(tags: list[Tag], i: int) -> tuple[list[Tag], int] | None:
    """'the 27 inspections completed in 2024-25', 'the 31 inspections the inspectorate counted in 2022-23': the words
    between the noun and its round say who did them, not which, so they join the noun (a count of the round's
    inspections). The tags that replace the noun's, and how many after it they take in; None unless a doing verb
    comes before "in" and a round."""
    j = i + 1
    done = False
    while j < len(tags) and j - i <= 5 and tags[j].words.lower() in _DONE | _DOERS:
        done = done or tags[j].words.lower() in _DONE
        j += 1
    out_in = j < len(tags) and tags[j].words.lower() == "out in" and tags[j - 1].words.lower() == "carried"
    if not done and not out_in or j + 1 >= len(tags) or tags[j + 1].code != "Y" or \
            tags[j].words.lower() != "in" and not out_in:
        return None
    if out_in:  # ("carried out in": "out in" is a report's coming out elsewhere)
        t = tags[j]
        return [Tag("I", tags[i].start, t.start + 3, tags[i].words), Tag("w", t.end - 2, t.end, "in")], j - i
    return [Tag("I", tags[i].start, tags[j - 1].end, tags[i].words)], j - i - 1


_GIVERS = frozenset(("they", "inspectors", "the", "inspectorate", "hmip", "it", "gave", "given", "awarded", "handed",
                     "out", "issued", "used", "reached", "inspectors'"))


def given_most_often(out: list[Tag], tags: list[Tag], i: int) -> tuple[int, Tag] | None:
    """'the rating they gave most often', 'the verdict inspectors handed out most frequently': the most (or least)
    common rating, as "the most common rating" is; how many tags before it the join takes in, and the tag."""
    if i + 1 >= len(tags) or not re.fullmatch(r"(?i)often|frequently", tags[i + 1].words):
        return None
    for k in range(1, min(6, len(out)) + 1):
        t = out[-k]
        if t.code == "V" and re.fullmatch(r"(?i)rating|verdict|grade|judgement", t.words):
            lead = 1 if k < len(out) and out[-k - 1].words.lower() == "the" else 0
            said = out[len(out) - k - lead:]
            if not any(x.words.lower() in ("gave", "given", "awarded", "handed", "issued", "reached") for x in said):
                return None
            kind = "least often" if tags[i].words.lower() == "least" else "most often"
            return k + lead, Tag("D", said[0].start, tags[i + 1].end, f"{' '.join(x.words for x in said)} {kind}")
        if t.words.lower() not in _GIVERS:
            return None
    return None


def names_before_plural(out: list[Tag], noun: Tag, words_known: dict[str, tuple[str, object]]) -> None:
    """'the inspections of Northumbria, West Yorkshire, Merseyside and Durham Tees Valley CRCs': a list of places
    that a plural "CRCs" or "PDUs" ends names a unit each; a bare place ("Merseyside") becomes the unit whose name,
    in the tagger's own lexicon (``words_known``), is the place and the noun. The tags before the noun are changed in
    place."""
    kind = {"crcs": "CRC", "pdus": "PDU"}.get(noun.words.lower())
    if kind is None or not out:
        return
    k, changed, seen = len(out), [], 0
    while k > 0:
        j = k
        while j > 0 and k - j < 4 and out[j - 1].code == "w" and out[j - 1].words[:1].isupper():
            j -= 1
        if j < k:
            code, pid = words_known.get(f"{' '.join(t.words for t in out[j:k])} {kind}".lower(), ("", None))
            if code != "P":
                return
            changed.append((j, k, Tag("P", out[j].start, out[k - 1].end, " ".join(t.words for t in out[j:k]), pid)))
        elif out[k - 1].code == "P":
            j = k - 1
        else:
            break
        seen += 1
        if j == 0 or not (out[j - 1].code == "," and out[j - 1].words == "," or out[j - 1].words.lower() == "and"):
            break
        k = j - 1
    if seen < 2:
        return  # ("Merseyside CRCs" alone is no list)
    for j, k, tag in changed:  # (last first: the earlier indices stay good)
        out[j:k] = [tag]
