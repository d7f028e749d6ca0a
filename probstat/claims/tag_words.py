"""The tagger's own words: the function words each shape needs to see, with their codes (tagger.py lists the
codes), and the words that refer back to a text's subject. The data's words (names, ratings, standards) come
from vocabulary.py."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from functools import cached_property

from . import lazy_re as re
from . import vocabulary as vocab
from .quantifiers import SMALL_NUMBERS
from .word_trie import words_in


@dataclass(frozen=True)
class Lexicon:
    """The vocabulary as one table: lower-case words -> (code, value), and the regular expression of them."""

    words: dict[str, tuple[str, object]]
    ordered: tuple[str, ...]  # the words as the pattern tries them (tagger.lexicon)
    compile: Callable[[list[str]], re.Pattern]  # the pattern of some of them, in that order
    later_only: frozenset[str] = frozenset()  # place names that are units only in texts about 2021 on ("Lambeth")

    @cached_property
    def pattern(self) -> re.Pattern:
        """The regular expression of the words (compiled at first use: 0.26 s for the bundled data's)."""
        return self.compile(list(self.ordered))

    def may_hold(self, figure: str) -> bool:
        """Whether a quantifier or rating word of the lexicon could hold the words of ``figure`` (the only words
        that win over a figure they run across, tagger.tag): where none could, the tagger need not search past
        the figure for one, once for every word before it. A word's key is its text lower-cased with white space
        as one space, so it holds the figure's text made so; a figure not in ASCII is always searched for. The
        words are looked in as one string, a line each: a key holds no line end, so it stands within one word."""
        known = self.__dict__.get("_holds")
        if known is None:
            known = {}
            object.__setattr__(self, "_holds", known)
            object.__setattr__(self, "_holders", "\n".join(k for k, v in self.words.items() if v[0] in ("Q", "R")))
        got = known.get(figure)
        if got is None:
            got = known[figure] = not figure.isascii() or re.sub(r"\s+", " ", figure.lower()) in self._holders
        return got

    def for_text(self, text: str) -> Lexicon:
        """The lexicon to tag ``text`` and its beginnings with: the same words, its pattern of only the words
        that could match in that text (word_trie.words_in), so that it matches there just what the whole pattern
        matches. Once per lexicon (a command reads one text), where the whole pattern is not compiled yet: a
        program reading many texts compiles the whole once. A long text's words are picked only where it has few
        distinct ones (word_trie.words_in; the bench's 1 MB text is a 2 KB text repeated)."""
        if "pattern" in self.__dict__ or self.__dict__.get("_picked"):
            return self
        object.__setattr__(self, "_picked", True)
        words = words_in(self.ordered, text)
        return self if words is None else replace(self, ordered=tuple(words))


#: Who must say "described ... as" for it to be a rating: the inspectors or their report, not a union or an MP.
INSPECTORS_SAID = re.compile(r"(?i)\b(?:inspectors?|inspectorate|hmip|watchdog|report)(?:\s+(?:had|have|has))?\s+$")

# Function words the shapes need to see; each maps to a code (and a value where it matters).
FUNCTION_WORDS: dict[str, tuple[str, object]] = {
    # the inspectorate's names, one word each: between a unit and its rating they are not five words of gap
    **{w: ("w", None) for w in ("HM Inspectorate of Probation", "His Majesty's Inspectorate of Probation",
                                 "Her Majesty's Inspectorate of Probation", "HMI Probation",
                                 "Her Majesty's Inspectorate", "His Majesty's Inspectorate",
                                 "the Inspectorate of Probation", "HM Inspectorate")},
    # the work of supervising cases, one word: "its case supervision was rated ..." supervises no one
    **{w: ("w", None) for w in ("case supervision", "case-supervision")},
    # "in the whole of England and Wales": a place, one word; its "of" counts nothing
    **{w: ("w", None) for w in ("the whole of", "the length and breadth of")},
    **{w: ("B", None) for w in ("was", "were", "is", "are", "been", "be", "being", "has", "have", "had",
                                 "has been", "have been", "had been", "was again", "were again", "remains",
                                 "remained", "remain", "stays", "stayed", "is now", "was now", "now")},
    **{w: ("V", None) for w in ("rated", "rating", "ratings", "judged", "graded", "grade", "assessed as", "given",
                                 "awarded", "received", "receive", "achieved", "achieve", "reached", "earned", "got",
                                 "scored", "deemed", "found to be", "considered", "gained", "secured", "attained",
                                 "attain", "attains", "placed", "places", "placing",
                                 "rated as", "judged as", "graded as", "declared", "marked", "rates", "rate", "gave",
                                 "give",
                                 "gives", "giving", "awards", "award", "gets", "get", "getting", "handed",
                                 "handing", "hands", "hand",
                                 "judges", "judge", "grades", "receives", "achieves", "earns", "remains rated",
                                 "found", "finds", "find", "classed", "classed as", "classified as",
                                 "branded", "branded as", "labelled", "labelled as",
                                 # "six ended Requires improvement", "inspections that resulted in an Inadequate rating"
                                 "ended", "ended up", "ended up as", "resulted in", "result in",
                                 # "came away with a Good grade", "emerged with", "walked away with"
                                 "came away with", "come away with", "comes away with", "emerged with",
                                 "walked away with", "ended up with", "finished with",
                                 "categorised as", "called", "described as", "described", "describes", "said to be",
                                 "judged to be",
                                 "considered to be", "deemed to be", "came out as", "comes out as", "coming out as",
                                 "come out as", "ending up as", "ended up as", "emerging as", "emerged as",
                                 "placed in", "came back", "came back as", "comes back", "come back",
                                 "landed", "landed in", "lands", "lands in", "landing", "landing in",
                                 "resulted in", "results in", "ended in", "ended with",
                                 "put in", "put into", "placed into", "fell into", "falls into", "verdict",
                                 "verdicts")},
    **{w: ("F", None) for w in ("of", "out of", "among", "amongst")},
    **{w: ("K", None) for w in ("overall", "overall rating", "an overall rating", "overall judgement",
                                 "overall judgment", "overall grade", "overall verdict", "an overall grade",
                                 "an overall judgement", "an overall verdict")},
    **{w: ("X", None) for w in ("wasn't", "weren't", "isn't", "aren't", "hasn't", "haven't", "hadn't",
                                 "didn't", "doesn't", "don't", "won't", "wouldn't", "couldn't", "can't", "cannot")},
    **{w: ("X", None) for w in ("not", "never", "no longer", "at no point", "at no time", "at no stage",
                                 "on no occasion", "n't", "failed to", "fail to", "fails to",
                                 "failing to", "fell short of", "falls short of", "missed out on",
                                 "miss out on", "avoided", "avoid", "escaped", "escape", "neither", "nor",
                                 "spared", "spare", "stopped short of", "stops short of", "stop short of",
                                 "rather than", "instead of", "far from", "short of", "unable to", "none but",
                                 "lacked", "without", "came close to", "come close to", "close to",
                                 "narrowly missed", "just missed", "just short of", "fell just short of",
                                 "within touching distance of", "on the cusp of", "nobody", "no one", "no-one",
                                 "hardly", "scarcely", "nowhere near", "a long way from", "a long way short of",
                                 "by no means", "anything but", "far short of", "a far cry from",
                                 "steered clear of", "steer clear of", "stayed clear of", "kept clear of",
                                 "dodged", "sidestepped", "declined to", "declines to", "refused to", "refuses to",
                                 # a headline's present tense: "X dodges the bottom grade", "keeps clear of it"
                                 "dodges", "dodge", "sidesteps", "avoids", "escapes", "misses out on",
                                 "fall short of", "steers clear of", "stays clear of", "keeps clear of",
                                 "keep clear of", "stay clear of", "stayed off", "stays off", "stay off",
                                 "kept off", "keeps off", "keep off", "kept out of", "keeps out of", "stayed out of",
                                 "stays out of")},
    **{w: ("H", None) for w in ("improved", "improve", "improves", "improving", "declined", "deteriorated",
                                 "worsened", "worsen", "worsens", "got worse", "got better", "fared better",
                                 "fared worse", "fare better", "fare worse", "fares better", "fares worse",
                                 "fared no better", "fared no worse", "fare no better", "fare no worse",
                                 "downgraded", "upgraded", "lost", "loses", "lose", "shaken off", "shook off",
                                 "slumped", "slumps", "plunged", "plummeted", "sank", "tumbled", "dipped",
                                 "jumped", "leapt", "leaped", "soared", "slid", "slide", "slides", "sliding",
                                 "recovered", "bounced back", "bounces back",
                                 "rebounded", "rebounds", "marked down", "marked up", "edged up", "crept up",
                                 # "moved up a step", "slipped a grade": a change of one place on the scale
                                 *(f"{v} {a} {n}" for v in ("moved up", "went up", "rose", "climbed", "stepped up",
                                                            "moved down", "went down", "slipped", "dropped", "fell",
                                                            "slid", "stepped down")
                                   for a in ("a", "one") for n in ("step", "grade", "notch", "rung", "place", "level")),
                                 "stayed where it was", "stayed where it had been", "remained where it was",
                                 "stayed put",
                                 # "lifted out of Inadequate": up from it
                                 "lifted out of", "climbed out of", "climbs out of", "climbing out of",
                                 "moved out of", "moves out of", "got out of", "gets out of",
                                 "shed", "sheds", "shaking off", "shedding", "retained", "retains",
                                 "retain", "kept", "keeps", "keep its", "keep their", "maintained", "maintains",
                                 "held its", "held their", "holds its", "holding its",
                                 "maintain its", "maintain their",
                                 "held on to", "hold on to", "holds on to", "holding on to", "held onto", "hold onto",
                                 "hung on to", "hang on to", "clung on to", "cling on to", "unchanged", "changed",
                                 "same rating", "the same rating", "same grade", "same mark", "the same mark",
                                 "stays the same", "stayed the same", "remains the same", "remained the same",
                                 "previously", "previous",
                                 "last inspection", "re-inspected", "reinspected",
                                 "re-inspection", "reinspection", "moved up", "moved down", "moves up", "moves down",
                                 "moving from", "moving up", "moving down", "rose", "fell",
                                 "dropped", "slipped", "climbed", "climbs", "climbs off", "climbed off", "went up",
                                 # a headline's present tense: "X falls from Good to ...", "drops a grade"
                                 "falls", "drops", "rises", "slips", "sinks", "tumbles", "dips", "jumps",
                                 # a participle after the clause that names the unit: "..., slipping from R1 to R2"
                                 # (with its "from" or "to"; not "rising to", "falling to": said of figures too)
                                 *(f"{v} {p}" for v in ("slipping", "dropping", "sinking", "tumbling", "dipping",
                                                        "plunging", "slumping") for p in ("from", "to", "back to")),
                                 "went down", "raised", "lowered", "change",
                                 "fallen", "risen", "gone from", "went from", "moved from", "dropped to", "fallen to",
                                 "advanced to", "advances to", "advancing to", "progressed to", "progressing to",
                                 "changes", "downgrade", "upgrade", "lose", "losing", "regained", "regain",
                                 "again", "still", "once more", "up from", "down from", "earlier", "before",
                                 "at its last", "since its last", "than last time", "last time", "than before", "from",
                                 # the change said as a noun: "rated Inadequate, a decline since its last ..."
                                 "a decline", "a deterioration", "a drop", "a fall", "a downgrade", "an upgrade",
                                 "an improvement on", "an improvement", "a rise", "a step down", "a step up")},
    **{w: (",", None) for w in ("but", "while", "whereas", "although", "though")},
    **{w: ("E", None) for w in ("except", "except for", "apart from", "other than", "bar", "save for",
                                 "with the exception of", "aside from", "excluding", "barring", "besides", "unlike",
                                 "in contrast to", "not counting", "leaving aside", "setting aside", "leaving out")},
    **{w: ("G", None) for w in ("better than", "worse than", "higher than", "lower than", "outperformed",
                                 "ahead of", "behind", "compared with", "compared to", "than", "more than",
                                 "fewer than", "less than", "greater than", "larger than", "bigger than",
                                 "smaller than")},
    **{w: ("L", None) for w in ("times as likely", "times more likely", "more likely", "less likely",
                                 "as likely", "likelier", "twice as likely", "times as many", "twice as many",
                                 "proportion", "share of", "per cent of", "percent of", "respectively",
                                 # odds and risk: "stood a far better chance than a CRC of being rated Good"
                                 # ("higher-risk offenders" is a kind of case: no "higher" or "lower" risk)
                                 *(f"{a}{b} {c}" for a in ("", "a ") for b in ("better", "far better",
                                                                               "much better", "greater", "worse",
                                                                               "smaller", "lower", "higher")
                                   for c in ("chance", "odds")),
                                 "less risk", "more risk", "a greater risk", "less chance", "more chance",
                                 # "NPS divisions were rated Good more often than CRCs"
                                 "more often", "less often", "more frequently", "less frequently")},
    **{w: ("D", None) for w in ("the most common", "most common", "least common", "the lowest-rated",
                                 "lowest-rated", "highest-rated", "the best", "the worst", "best-performing",
                                 "worst-performing", "top-rated", "bottom", "top", "best-rated", "worst-rated",
                                 "the best-rated", "the worst-rated", "the highest-rated", "the top-rated",
                                 "the lowest", "the highest", "lowest", "highest", "the commonest", "commonest",
                                 "the most frequent", "most frequent", "the least frequent", "least frequent",
                                 "the rarest", "rarest", "the most usual", "most usual", "the least usual",
                                 "the prevailing", "the predominant", "the dominant", "the typical",
                                 # ("by far the most common rating": how far ahead is the words' emphasis)
                                 *(f"{far} the most common" for far in ("by far", "easily", "far and away",
                                                                        "by some distance", "comfortably")),
                                 # "Good was the verdict handed out most often": most common, by how often given
                                 *(f"the {noun} {verb} {often}" for noun in ("verdict", "rating", "grade")
                                   for verb in ("handed out", "given out", "given", "awarded", "handed")
                                   for often in ("most often", "least often")))},
    **{w: ("O", None) for w in ("other", "remaining", "others", "the rest", "the others", "the remainder")},
    **{w: ("w", None) for w in ("of its kind", "of its type", "its kind", "in its own right", "all the way")},
    **{w: ("I", None) for w in (*vocab.INSPECTED_WORDS, "inspection", "fieldwork", "re-inspection visit",
                                 "published", "was published", "report published", "last inspected", "released",
                                 "reported on", "was released", "issued", "was issued", "out in", "came out",
                                 "come out", "comes out", "report appeared", "reports appeared",
                                 # ("the report on X appeared in March 2022": the report named before the unit)
                                 "appeared in", "appeared on",
                                 "report was made public",
                                 # ("A's report came out in January; B followed in March")
                                 "followed in", "went into",
                                 # the fieldwork's start: "inspectors started the work in X on 28 October 2019"
                                 *(f"{v} {w}" for v in ("started", "began", "begun") for w in ("the work",
                                                                                            "their work", "work")))},
    **{w: ("M", None) for w in (*vocab.SUPERVISE_WORDS, "oversees", "oversaw", "oversee", "overseeing",
                                 "looks after", "looked after", "under supervision", "supervision",
                                 "under its supervision", "on its books", "on its caseload", "caseload of",
                                 "on the books of", "on the caseload of", "under the supervision of",
                                 "deals with", "dealt with", "handles", "handled", "manage", "has responsibility for",
                                 "with responsibility for", "responsible for", "is responsible for",
                                 "had responsibility for", "provides services to", "provided services to",
                                 "delivers services to", "delivered services to", "serves", "served")},
    **{w: ("U", None) for w in vocab.PEOPLE_WORDS},
    **{w: ("Z", None) for w in ("standards", "standard", "areas of work", "of its standards",
                                 "organisational standards", "domains", "aspects", "areas inspected", "categories",
                                 "category", "categories it assessed", "aspects of its work", "parts of its work",
                                 "aspect of its work", "part of its work", "of its work", "of the work",
                                 "aspects of the work", "parts of the work")},
    **{w: ("Z", "case") for w in ("case supervision standards", "case-supervision standards",
                                  "standards for case supervision", "case supervision areas",
                                  "standards of case supervision", "standards in case supervision",
                                  "standards relating to case supervision",
                                  "standards on case supervision", "areas of case supervision",
                                  "standards for the quality of case supervision",
                                  "standards for the quality of its case supervision", "areas of its case supervision",
                                  # the PDU framework's name for the same four: its "service delivery" domain
                                  "service delivery standards", "the service delivery standards",
                                  "casework standards",
                                  # "standards covering (the delivery of) work with people on probation"
                                  *(f"{noun} {link} {work}" for noun in ("standards", "areas", "of its standards")
                                    for link in ("covering", "for", "on", "of")
                                    for work in ("work with people on probation", "casework",
                                                 "the delivery of work with people on probation",
                                                 "the work with people on probation", "case supervision",
                                                 "the quality of work with individual cases",
                                                 "work with individual cases", "the quality of case supervision",
                                                 "work with cases", "case work", "case management",
                                                 "the quality of casework", "individual cases")))},
    **{w: ("J", None) for w in ("cases", "case files", "staff", "officers", "interviews", "recommendations",
                                 "per cent", "percent", "%")},
}
# Change words too common to be a claim on their own ("from 2018", "again"): code h, read only inside a shape.
WEAK = {"from": "h", "again": "h", "still": "h", "before": "h", "earlier": "h", "previous": "h",
         "previously": "h", "than": "g"}
for _w, _c in WEAK.items():
    FUNCTION_WORDS[_w] = (_c, None)
for _w in ("top", "bottom"):
    FUNCTION_WORDS.pop(_w, None)
# Words that refer back to the text's subject: the code A, and the kind of unit each can name (None: any).
ANAPHORA = {"the crc": "CRC", "the company": "CRC", "the firm": "CRC", "the nps division": "NPS", "the division": "NPS",
             "the organisation": None, "the organization": None, "the service": None, "the provider": None,
             "the probation service": None, "the pdu": "PDU", "the unit": None, "the region": "region",
             "it": None, "this crc": "CRC", "this division": "NPS", "this pdu": "PDU", "the local service": None,
             "the delivery unit": "PDU", "the probation delivery unit": "PDU", "the trust": None, "its": None,
             "the private company": "CRC", "the private firm": "CRC", "the private provider": "CRC",
             "the privately run company": "CRC",
             # a unit's own statement: "which rates our service as requires improvement"
             "our service": None, "our probation service": None, "our unit": None, "our pdu": "PDU",
             "our division": "NPS", "our crc": "CRC", "our company": "CRC", "our region": "region"}

# What the tagger's joins test words against (tagger._tidy).
DETERMINERS = ("the", "this", "that")
SINGULAR = re.compile(r"(?i)^(?:crc|community rehabilitation company|division|nps division|service|probation service|"
                      r"provider|organisation|organization|company|firm|pdu|probation delivery unit|delivery unit|"
                      r"region|"
                      r"probation unit|probation provider|probation region|probation company|probation firm|crc area|"
                      r"nps area|crc service|"
                      r"nps service)$")
WHOLE_SERVICE = re.compile(r"(?i)\b(?:probation\s+service|nps|hmpps|inspectorate|england|wales|country)$")


# Words between a count and its population that leave the population whole ("the 21 privately run CRCs").
UNRESTRICTING = frozenset(("the", "of", "its", "their", "these", "those", "such", "all", "other", "remaining",
                           "more", "fewer", "further", "individual", "separate", "different", "probation",
                           "inspected", "rated", "private", "public", "privately", "publicly", "owned", "run",
                           "local", "existing", "former", "then"))
GROUP_PRONOUNS = ("them", "these", "those", "the services", "the units", "the pdus", "the crcs")
# Words that tie "the service" to the place that names it: "the probation service covering Lambeth".
PLACE_LINKS = frozenset(("in", "for", "covering", "serving", "across", "of"))


def small_quantifies(t, ahead: list) -> bool:
    """Whether a small plural quantifier ("some", "several", "a few") counts units or standards: 'some CRCs',
    'several of its standards', and not 'some progress', 'the workload some staff carry', 'a few weeks'. Any
    other quantifier passes."""
    if str(t.value) not in SMALL_NUMBERS:
        return True
    ahead = [x for x in ahead if not (x.code == "F" or x.words.lower() in ("the", "its", "their", "these", "those"))]
    return bool(ahead) and ahead[0].code in "SZPOA"


_RELATIVE_LINKS = frozenset(("covers", "covered", "serves", "served", "is responsible for", "was responsible for",
                             "responsible for"))


def place_link(out: list) -> int:
    """How many tags back the text's unit stands before a place that names it: 2 for "the service covering",
    "the CRC for"; 3 for "the service that covers", "the division which served"; 0 if none."""
    if len(out) >= 2 and out[-1].code == "w" and out[-1].words.lower() in PLACE_LINKS and out[-2].code == "A":
        return 2
    if len(out) >= 3 and out[-1].words.lower() in _RELATIVE_LINKS and out[-2].words.lower() in ("that", "which") \
            and out[-3].code == "A":
        return 3
    return 0


_YEAR_NOUN = re.compile(r"(?i)reports?|inspections?(?: of)?|annual|round|visit|review|ratings?")
_YEAR_QUALIFIER = re.compile(r"(?i)late|early|mid-?|spring|summer|autumn|winter")


def year_beside(before: str, after: str) -> bool:
    """Whether a number like 2022 is a year by the words beside it: "its 2019 report", "the 2024 inspection of
    X", "in late 2022"."""
    return bool(_YEAR_NOUN.fullmatch(after) or _YEAR_QUALIFIER.fullmatch(before))


def year_at(out: list, nxt) -> bool:
    """Whether a figure like 2022 is a year by the tags beside it: "its 2019 report", "in late 2022", "between 2022
    and 2025", "its 2023 Inadequate rating"."""
    before = out[-1].words if out else ""
    return year_beside(before, nxt.words if nxt is not None else "") or \
        nxt is not None and nxt.code == "R" and before.lower() in ("its", "their") or \
        len(out) >= 2 and before.lower() in ("and", "to") and re.fullmatch(r"20[0-4]\d", out[-2].words) is not None


def restricts(word: str, figure: str) -> bool:
    """Whether a word between a count and a population noun makes the noun a part of the population ("three London
    PDUs", "two Welsh CRCs"), not the whole one a share is of ("33 per cent in NPS divisions")."""
    low = word.lower()
    # ("public-sector", "privately-run", "state-owned": each part leaves the population whole)
    whole = low in UNRESTRICTING or "-" in low and all(w in UNRESTRICTING or w in ("sector", "state")
                                                       for w in low.split("-"))
    return not whole and not (low in ("in", "at", "among", "across") and
                                            re.search(r"(?i)per\s*cent|%|percent", figure) is not None)


#: The words after "falls" or "fell" that make it no change of rating ("falls within the North West region"):
#: "falls" is one only with where from or to, "fell" unless where it lies follows.
NO_FALL = {"falls": re.compile(r"(?i)\s+(?!(?:from|to|back|down|between|(?:a|one|two)\s+grades?)\b)"),
           "fell": re.compile(r"(?i)\s+(?:within|under|in(?:to)?\s+the)\b")}
