"""Claims written beside a rating that the data never hold: a unit's size rank, an owner's contract, what
happened after the inspection, a grade on another scale, how long the fieldwork took, what a history before the
data's first round says (a rating of such a year among it), a unit's place in an order of reports, the same said
of another unit in passing ("like Wales"), a subset of the people supervised, a writer's own view of why a rating
came out as it did, who leads or makes up an owner, the end of the owners' contracts, and, after the facts read, a
finding in words, a reaction to a rating or an owner's other business. Each is left unread, so that a true rating
read beside it does not carry the sentence (it is then partly checked, not supported)."""

from __future__ import annotations

from . import lazy_re as re
from .anchored import Anchored
from .readings import Part
from .tag_type import Tag

# "making it the largest CRC in the country", "the second-biggest PDU in the region", "one of the smallest
# divisions": a rank by size, which could be by people supervised, staff, area or budget; the data hold only the
# first, and not for every unit, so no shape reads it
_SIZE_RANK = re.compile(
    r"(?i)\b(?:(?:second|third)[-\s]+)?(?:largest|biggest|smallest|busiest)\s+(?:[\w'\u2019-]+\s+){0,2}?"
    r"(?:CRCs?|PDUs?|divisions?|regions?|providers?|compan(?:y|ies)|units?|services?|trusts?|areas?)\b|"
    # ("The biggest by far was London CRC", "the largest of the 21": the noun left out)
    r"\b(?:largest|biggest|smallest|busiest)(?=\s+(?:by\s+far|of\s+(?:the|them|all|its)|was|is|were)\b)")

# "Sodexo, whose contract was cut short", "the contracts ended early", "has run it since its contract began":
# the owners' contracts (their dates, length, value or end) are not in the data; "contract package area" only
# names a unit's patch
_CONTRACT = re.compile(r"(?i)\bcontracts?\b(?!\s+package\b)")

# "..., and its head of service has since moved on", "we have already introduced a new process": what was done
# after the inspection; "has since been rated Good" is left to the shapes (a rating they read)
_LATER = re.compile(r"(?i)\b(?:has|have|had)\s+(?:since|already)\s+(?!been\b)[a-z]+")

# "Surrey Police was graded adequate by the police inspectorate", "HMP Hull was judged poor": a grade on a scale
# that is not probation's four (another inspectorate's, or an everyday one), which no rating in the data answers
_OTHER_GRADE = re.compile(r"(?i)\b(?:rated|graded|judged|assessed|deemed|found\s+to\s+be)\s+(?:as\s+)?"
                          r"['\"\u2018\u201c]?(?:adequate|poor|satisfactory|excellent|very\s+good|fair|weak|reasonably\s+good|"
                          r"not\s+sufficiently\s+good|requires\s+improvement\s+to\s+be\s+good)\b")

# "inspectors, who spent a fortnight in the county", "a three-day visit": the fieldwork's length, which the data
# never hold (only the month it started, for some units)
_LENGTH = re.compile(r"(?i)\b(?:spent|spending|over|during|across|for|lasted|took)\s+"
                     r"(?:a|an|one|two|three|four|five|six|seven|eight|nine|ten|\d+|several|a\s+few)\s+(?:days?|weeks?|fortnight)\b|"
                     r"\b(?:one|two|three|four|five|six|\d+)-(?:day|week)\b")

# "has run it since 2015": a span of time reaching back before the first round the data hold (2018-19)
_SINCE_BEFORE = re.compile(r"(?i)\bsince\s+(?:19\d\d|20(?:0\d|1[0-7]))\b")

# "as it was in 2016", "rated Good in 2017", "at its 2017 inspection": a rating or inspection of a year before the
# data's first round (its reports came out from 2018 on); "set up in 2015" is history, context, and not matched
_RATED_BEFORE = re.compile(r"(?i)\b(?:(?:as\s+(?:it|they)\s+(?:was|were|had\s+been)|rated|judged|graded|inspected)"
                           r"\s+(?:[\w'-]+\s+){0,3}?in\s+(?:19\d\d|20(?:0\d|1[0-7]))(?!\d)(?:[-/]\d\d)?"
                           r"|\b(?:its|their|the)\s+(?:19\d\d|20(?:0\d|1[0-7]))(?:[-/]\d\d)?\s+"
                           r"(?:inspection|report|rating|visit)s?)\b")

# "the 12th PDU to be rated Inadequate that year", "the third unit in the region to get that rating": a place in
# an order of reports that no shape reads ("the first" and "the only" have readings of their own)
_NTH_UNIT = re.compile(r"(?i)\bthe\s+(?:\d+(?:st|nd|rd|th)|second|third|fourth|fifth|sixth|seventh|eighth|ninth|"
                       r"tenth|eleventh|twelfth)\s+(?:PDUs?|CRCs?|units?|services?|divisions?|regions?|probation\s+"
                       r"(?:delivery\s+units?|services?))\s+(?:(?:in|of|across)\s+(?:[\w'-]+\s+){1,4}?)?"
                       r"(?:to\s+(?:be|receive|get|have|earn)|rated|judged|graded)\b")

# "..., like Wales, was rated Outstanding for its work with victims": the same said of a unit named in passing,
# which no part read (the shape of "A, like B, was rated R" reads it where it can)
_LIKE = re.compile(r"\b(?:[Uu]nlike|[Ll]ike)\s+(?:the\s+)?[A-Z][\w'&-]*(?:\s+(?:and\s+(?:the\s+)?)?[A-Z][\w'&-]*)*")

# "more than 8,400 people, many of whom are known to the police": a share of the people supervised the data do not
# count
_OF_WHOM = re.compile(r"(?i),\s+(?:many|most|some|all|few|half|none|two-thirds|a\s+third|a\s+quarter|\d+)"
                      r"\s+of\s+whom\b")

# "rated Good, a credit to the partnership", "which is a testament to our staff", "thanks, we believe, to their
# dedication", "a result our clients will recognise": a cause or a worth given to the rating, the writer's
# judgement; "averages of 70 are far too high": a judgement of a figure
_WORTH = re.compile(r"(?i)(?:,|\bwhich\s+is|\bthis\s+is|\bthat\s+is|\bit\s+is)\s+(?:a|an)\s+(?:[\w'-]+\s+){0,2}?"
                    r"(?:credit|testament|tribute|recognition|reflection|indictment|vindication|endorsement)\s+(?:to|of)\b|"
                    r"\bthanks(?:,[^,]{1,30},)?\s+to\b|"
                    r",\s+(?:a|an)\s+(?:[\w'-]+\s+)?(?:result|outcome|verdict|finding)\s+(?:that\s+|which\s+)?"
                    r"(?:I|we|you|they|our|my|their|many|most|some|few|anyone|everyone|nobody|no\s+one|clients|residents|"
                    r"staff|victims|people|the\s+public)\b|"
                    r"\b(?:far|much|way|simply)\s+too\s+(?:high|low|many|few|slow|long|big|large|heavy|small|great|much|"
                    r"little)\b")

# "Purple Futures, a partnership led by Interserve", "a consortium made up of ...": who leads or makes up an owner,
# which the data never say (they name the owner only)
_OWNER_MADE = re.compile(r"(?i)\b(?:partnership|consortium|company|firm|group|joint\s+venture|subsidiary|charity|"
                         r"business|contractor|organisation)\s+(?:led|owned|run|formed|made\s+up|backed|controlled|"
                         r"headed|set\s+up)\s+(?:by|of)\b")

# "rated Inadequate in early 2022", "in the winter of 2023": a part of a year the data's months settle only by
# where its edges fall, which the words leave open; left unread, never judged ("that summer", whose year the text
# gives, is left to it)
_PART_OF_YEAR = re.compile(r"(?i)\b(?:early|late|mid-?)\s*(?:19|20)\d\d\b|\bwinter\s+(?:of\s+)?(?:19|20)\d\d\b")

# (each searched only in a sentence that holds the words every match of it needs)
_PATTERNS = tuple(Anchored(p) for p in (_SIZE_RANK, _CONTRACT, _LATER, _OTHER_GRADE, _LENGTH, _SINCE_BEFORE,
                                        _RATED_BEFORE, _LIKE,
                                        _OF_WHOM, _WORTH, _OWNER_MADE, _PART_OF_YEAR))

# "..., and we believe this reflects a decade of under-investment", "a result I regard as damning", "I share the
# concerns of residents": a view the writer adds after a fact read, a claim of its own; before the fact ("we believe
# the CRC was rated Good") it only hedges what follows, which is read
_NTH = Anchored(_NTH_UNIT)

_VIEW = Anchored(re.compile(r"(?i)\b(?:I|we)\s+(?:(?:also|still|strongly|firmly|do|would)\s+)?"
                            r"(?:believe|regard|consider|think|feel|suspect|fear|share|argue|maintain|contend)\b"))


# Claims that trail the facts read and that the data never hold: what someone found in words ("inspectors found many
# of the same problems", "had also found problems with the quality of case supervision"), a reaction to a rating
# ("calling it a wake-up call", "will come as a relief", "which the office finds deeply concerning", "a Good rating
# hides staffing strain") and what an owner does besides probation ("Sodexo, which also runs catering"). Each is
# unread only where no part is read at or after it: "inspectors found problems at X, rated Inadequate" puts its
# claim in a part. (What anyone said after a fact read was tried as such a claim too and taken back: reports quote
# what was said as the rating's context, and the held-out reporting score fell with it.)
# (a finding said of something, or with words of its own: "we found problems." alone says no more than the rating)
_FOUND = re.compile(r"(?i)\b(?:found|find|finds|identified|highlighted|uncovered|revealed|raised)\s+"
                    r"(?:(?:[\w'-]+\s+){1,4}?"
                    r"(?:problems?|failings?|failures?|weakness(?:es)?|concerns?|shortcomings?|deficienc(?:y|ies)|"
                    r"strengths?|examples?|pockets?|signs?)\b|"
                    r"(?:problems?|failings?|failures?|weakness(?:es)?|concerns?|shortcomings?|deficienc(?:y|ies)|"
                    r"strengths?)\s+(?:with|in|around|over|across)\b)|"
                    # ("..., the inspectorate concluding that work to keep people safe was falling well short")
                    r"\b(?:concluding|finding|warning)\s+that\b")
_REACTION = re.compile(r"(?i)\b(?:calling|called)\s+(?:it|this|the\s+[\w-]+)\s+(?:a|an)\s+[\w-]+|"
                       r"\bcome\s+as\s+(?:a|an)\s+(?:[\w-]+\s+)?(?:relief|blow|shock|surprise|disappointment|boost)\b|"
                       r"\bwhich\s+(?:the|our|this|his|her|their|my)\s+(?:[\w'-]+\s+){0,2}?(?:finds?|considers?|regards?|"
                       r"calls?|describes?|sees?)\b|"
                       r"\b(?:hides|masks|conceals|belies|overshadows)\s+[\w'-]+")
_BESIDES = re.compile(r"(?i)\bwhich\s+also\s+(?:runs|ran|operates|operated|provides|provided|manages|managed|"
                      r"owns|owned|delivers|delivered)\b(?![^.;]*\b(?:CRCs?|PDUs?|divisions?|probation|[Rr]ehabilitation)\b)")
_TRAILING = tuple(Anchored(p) for p in (_FOUND, _REACTION, _BESIDES))

# "ministers decided to end all 21 CRC contracts early": what was done to the contracts, a claim of its own even where
# a count reads the contracts' number (the 21 CRCs)
_CONTRACTS_ENDED = Anchored(re.compile(
    r"(?i)\b(?:end|ends|ending|ended|terminat(?:e|es|ed|ing|ion)|scrap(?:s|ped|ping)?|cancel(?:s|led|ling)?|"
    r"cut\s+short|renationalis(?:e|ed|ing))\b[^.;]{0,40}?\bcontracts?\b"))


def events_beside(text: str, start: int, end: int, parts: list[Part], unread: list[Tag]) -> list[Tag]:
    """A size rank, an owner's contract, a later event, another scale's grade, the fieldwork's length, a history
    before the data, a subset of people, a writer's view of a rating or who leads an owner in a sentence where
    something was read, and which no part read; the contracts' end even inside a part; and a finding in words, a
    reaction or an owner's other business after every part read: claims of their own, left unread."""
    if not any(p.reading is not None for p in parts):
        return []
    out = []
    first_read = min(p.start for p in parts if p.reading is not None)
    for pattern in _PATTERNS + (_NTH, _VIEW):
        for m in pattern.finditer(text, max(start, first_read) if pattern is _VIEW else start, end):
            # (a unit's place in an order of reports is unread even where the rating after it was read as the unit's)
            if not any(p.start <= m.start() < p.end and not (pattern is _NTH and p.shape == "provider-rating")
                       for p in parts) and \
                    not any(t.start < m.end() and m.start() < t.end for t in unread + out):
                at = m.start() + len(m.group(0)) - len(m.group(0).lstrip(", "))  # (the unread words, not the comma)
                out.append(Tag("w", at, m.end(), text[at:m.end()]))
    for m in _CONTRACTS_ENDED.finditer(text, start, end):
        if not any(t.start < m.end() and m.start() < t.end for t in unread + out):
            out.append(Tag("w", m.start(), m.end(), m.group(0)))
    for pattern in _TRAILING:
        for m in pattern.finditer(text, first_read, end):
            if not any(p.end > m.start() and p.reading is not None for p in parts) and \
                    not any(t.start < m.end() and m.start() < t.end for t in unread + out):
                out.append(Tag("w", m.start(), m.end(), m.group(0)))
    return out
