"""When 'good' is a rating: the words around a rating word that make it one ('rated good', 'a Good rating',
quoted, capitalised inside a sentence) and not praise ('good work'); and what a rating "for" something is of."""

from __future__ import annotations

from typing import TYPE_CHECKING

from . import lazy_re as re
from .rating_idioms import SCOPED_ENDS

if TYPE_CHECKING:
    from .matcher import Match
    from .tag_type import Tag


#: rating words that are a rating only in some contexts (see rating_context)
CONTEXTUAL = frozenset({"good", "ri", *SCOPED_ENDS})
#: (what makes "the worst mark" the worst given somewhere or so far, not the scale's end)
_SCOPE_AFTER = re.compile(r"(?i)\s*(?:in|of|among|across|amongst|so\s+far|yet|to\s+date|this\s+year|nationally|given|"
                          r"handed|awarded|recorded|seen|ever|at\s+the\s+time|on\s+record|anywhere|any)\b")


def rating_context(text: str, at: int, word: str) -> bool:
    """'Good' is a rating when capitalised inside a sentence, quoted, or after a rating verb; 'good work' is not.
    'RI' is one only in capitals."""
    if word.lower() == "ri":
        return word == "RI"
    if " ".join(word.lower().split()) in SCOPED_ENDS:
        return not _SCOPE_AFTER.match(text, at + len(word))
    before = text[max(0, at - 30): at]
    if word[0].isupper() and before.strip() and not before.rstrip().endswith((".", "\n", "\"", "\u201c")):
        return True
    if at > 0 and text[at - 1] in "\"'\u2018\u201c":
        return True
    if word[0].isupper() and re.match(r"(?i)\s+(?:was|is|remained|remains)\s+(?:by\s+far\s+)?(?:the|a)\s+(?:[\w-]+\s+)"
                                      r"{0,3}?(?:rating|verdict|grade|mark|judgement)s?\b", text[at + len(word):]):
        return True  # "Good was the commonest verdict", "Good is the second-highest grade": the rating named
    if word[0].isupper() and re.match(r"(?i)\s+the\s+(?:most|least)\s+(?:common|frequent|usual)\s+(?:rating|verdict|"
                                      r"grade)\b|\s+for\s+[A-Z]", text[at + len(word):]):
        return True  # a headline's or a wire's "Good the most common rating ...", "Good for Wigan PDU"
    after = text[at + len(word): at + len(word) + 40]
    if word[0].isupper() and re.match(r"\s+(?:ratings?|grades?|verdicts?)\b", after):
        return True  # "Good ratings outnumbered Requires improvement ratings": the rating, opening the sentence
    if re.search(r"(?i)\b(?:improved|improv(?:es|ing)|mov(?:ed|es|ing)|rises|rose|risen|falls|fell|fallen|drops|"
                 r"dropped|slips|slipped|climbs|climbed|upgraded|"
                 r"downgraded|slid|recovered|gone|went|up|down|back)\s+(?:\w+,?\s+){0,3}(?:to|from)\s+$", before):
        return True  # "improved to good", "fell from good", "improved its rating to good"
    if re.search(r"(?i)\bfrom\s+['\u2018\u201c\"]?(?:[\w']+\s+){1,2}['\u2019\u201d\"]?\s*to\s+$", before):
        return True  # "has gone from requires improvement to good"
    if re.search(r"(?i)\b(?:short\s+of|(?:fail(?:ed|s|ing)?|manag(?:ed|es))\s+to\s+(?:achieve|reach|attain|secure)|"
                 r"(?:achieved|reached|attained)|missed\s+out\s+on)\s+(?:even\s+)?$", before) and \
            re.match(r"(?i)\s*(?:[,.;]|overall\b|and\b|in\b|for\b|$)", after):
        return True  # "fell short of good.", "failed to achieve good in 2018-19": a level reached or not
    if re.search(r"(?i)\b(?:unchanged|remains?|remained|stays?|stayed|steady|held|kept)\s+at\s+$", before):
        return True  # "its rating is unchanged at good", "remains at good"
    if re.search(r"(?i)\b\d+\s+standards\s+$|\bstandards\s+(?:were\s+|was\s+)?$", before):
        return True  # "seven of 10 standards good", "half its standards good": a count of standards so rated
    finds = re.search(r"(?i)\b(?:finds|found|deemed|deems)\s+(?:[\w']+\s+){0,3}(?:service|services|unit|pdu|crc|"
                      r"division|provider|region|it|them)\s+$", text[max(0, at - 60): at])
    if (finds or re.search(r"(?i)\b(?:rated|judged|graded|rates|rate)\s+(?:[\w']+\s+){1,4}$",
                           text[max(0, at - 60): at])) and \
            re.match(r"\s*(?:[,.;]|overall\b|and\b|in\b|for\b|on\b|after\b|following\b|when\b|$)", after):
        # "rated its overall performance good, ...", "rated five divisions good and two ...", "rated the region good
        # in May 2024"
        return True
    if re.search(r"(?i)\bstandards?\s+$", before) and re.search(r"(?i)\b(?:rated|judged|graded)\b[^.;]*$",
                                                                 text[max(0, at - 120): at]):
        return True  # "rated all four of its case supervision standards good"
    if re.search(r"(?i)\b(?:rated|judged|graded|was|were|is|are)\b[^.;]*\b(?:inadequate|good|outstanding|improvement)"
                 r"['\u2019\"]?(?:\s+in\s+[\w-]+)?,?\s+(?:and|but|while|yet)\s+(?:its|the|their)\s+(?:[\w'-]+\s+){1,4}$",
                 text[max(0, at - 120): at]) and \
            re.match(r"\s*(?:[,.;]|$)", after):
        return True  # "rated its reviewing inadequate and its through-the-gate work good": a second pair
    if re.search(r"(?i)\b(?:yet|but|and|while|though)\s+$", before) and re.match(r"(?i)\s+(?:for|on)\b", after) and \
            re.search(r"(?i)\b(?:rated|judged|graded)\b[^.;]*$", text[max(0, at - 120): at]):
        return True  # "rated Inadequate on ..., yet good for unpaid work": a second rating after a first
    if re.search(r"(?i)\b(?:rated|judged|graded)\s+['\u2018\u201c\"]?(?:inadequate|good|outstanding|"
                 r"requires\s+improvement)\b[^.;]*\b(?:and|then|but)\s+$", text[max(0, at - 120): at]) and \
            re.match(r"(?i)\s+(?:in\s+(?:20\d\d|its|the\s+(?:following|next))|the\s+(?:following|next)\s+year|"
                     r"a\s+year\s+later|at\s+(?:its|the)\s+(?:next|following|second|later)|when\b)", after):
        return True  # "rated Requires improvement in 2018-19 and good in 2019-20": a second rating, of another time
    if word[0].isupper() and (at == 0 or text[at - 1] == "\n") and \
            re.match(r"[ \t]*(?:[,:]|[ \t][-\u2013\u2014][ \t]|\n|$)", after):
        # a subheading that opens with the rating: "Good, but stretched by high caseloads", "Good: the verdict on X"
        return True
    count = r"(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|[0-9]+)"
    if re.search(rf"(?i)\b{count}\s+$", before) and (
            re.match(rf"(?i)\s*(?:,|and)\s+{count}\b", after) or
            re.search(r"(?i)\b(?:rated|ratings?|judged|graded)\b[^.;]*$", text[max(0, at - 80): at])):
        return True  # "four good and six requiring improvement", "rated 19 requires improvement, one good and ..."
    if re.search(rf"(?i)\b(?:{count}|all|none|each)\s+of\s+(?:them|these|those)\s+$", before) and \
            re.search(r"(?i)\b(?:rated|ratings?|rating|judged|graded|inspected)\b[^.;]*$", text[max(0, at - 120): at]):
        return True  # "gave ten services an overall rating, four of them good"
    if re.search(r"(?i)\b(?:rating|grade)\s+of\s+$", before):
        return True  # "given a rating of good"
    if re.match(r"(?i)\s+(?:overall\s+)?(?:rating|grade|category|categories|band)s?\b", after) and \
            re.search(r"(?i)\b(?:the|a|its|their|two|three|four|five|six|seven|eight|nine|ten|\d+)\s+$", before):
        return True  # "dropped from the good rating it was given", "five of the six good ratings", "the good category"
    if word[0].isupper() and re.match(r"(?i)\s+(?:rating|grade|(?:was|is|were|remains?)\s+(?:by\s+far\s+|easily\s+|"
                                      r"far\s+and\s+away\s+|by\s+some\s+distance\s+|comfortably\s+)?the\s+(?:most|least|"
                                      r"lowest|highest|second|only|rating))\b", after):
        return True  # "Good was the most common rating": a rating named as the subject
    return bool(re.search(r"(?i)(?:rated|rating|judged|graded|called|as|received|got|earned|achieved|be|been|was|were|"
                          r"is|are|remains?|now)\W*$", before))


# after "rated R for": a reason or a time, not an area of the work ("for failing to", "for the second time")
_FOR_REASON = re.compile(r"(?i)^for\s+(?:(?:(?:the|a)\s+)?(?:first|second|third|fourth|\w+th)\s+(?:time|year)|"
                         r"(?:its|their|the)\s+(?:failure|failings|lack|poor|weak)|fail|not\b|lack|poor|weak|"
                         r"being|having|too\b|its\s+(?:overall|whole)|(?:its|the)\s+(?:work|performance)\s*$|"
                         r"(?:19|20)\d\d)")


def rated_for_other(after: list[Tag], m: Match) -> str | None:
    """'rated Inadequate for its work to protect the public', 'rated Good for keeping people safe': the rating of an
    area of the unit's work that no standard in the data names (its words), not plainly the overall rating."""
    if not after or after[0].words.lower() != "for" or m.has("after", "T") or \
            any(t.code in "TKYNQP" for t in after[1:]) or len(after) < 2:
        return None
    words = " ".join(t.words for t in after)
    return None if _FOR_REASON.match(words) else words[len("for "):]
