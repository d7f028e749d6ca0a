"""The words that name HMIP's published figures in a sentence: a sector's (sector_figures.csv, "45 per cent of
CRC cases ...") or one provider's own columns (home visits, workloads, points, key questions), and the words that
make a sentence speak of a failure. Words as data, read by build_figures.py."""

from __future__ import annotations

from dataclasses import dataclass

from . import lazy_re as re
from .anchored import required_strings


@dataclass(frozen=True)
class MeasureWords:
    """The words that say a sentence's figure is one of HMIP's published sector figures (sector_figures.csv).

    ``needs``: regular expressions that must all match the sentence (lower case); ``threshold``: the figure that
    is part of the measure's definition ("over 50" cases), so it is not the figure stated; ``negative``: the
    measure counts a failure ("did not assess risk sufficiently"), so a sentence with no negative word speaks
    of the rest (100 minus it)."""

    measure: str
    needs: tuple[str, ...]
    threshold: str | None = None
    negative: bool = False

    def named_in(self, text: str) -> bool:
        """Whether ``text`` (lower case) holds every one of the measure's words (``needs``)."""
        # (a loop rather than all() over a generator: asked of 35 measures in every sentence with a figure)
        for need in _NEEDS_OF.get(self.needs) or _needs_of(self.needs):  # noqa: SIM110
            if not need.search(text):
                return False
        return True


def measures_named(measures: tuple[MeasureWords, ...], text: str) -> list[MeasureWords]:
    """``[w for w in measures if w.named_in(text)]``, each pattern searched once: measures share their words (the
    stages of the key questions, "cases"), and every sentence with a figure is asked of each measure."""
    seen: dict[_Need, bool] = {}
    out = []
    for w in measures:
        for need in _NEEDS_OF.get(w.needs) or _needs_of(w.needs):
            got = seen.get(need)
            if got is None:
                got = seen[need] = need.search(text)
            if not got:
                break
        else:
            out.append(w)
    return out


_COMPILED: dict[str, tuple[re.Pattern, tuple[str, ...]]] = {}


class _Need:
    """One of a measure's patterns, compiled once, with words one of which any match of it holds: every sentence
    with a figure is searched for every measure's words, and most hold none of them, which ``in`` finds faster
    than the pattern's search."""

    def __init__(self, need: str) -> None:
        self.pattern = re.compile(need)
        self.anchors = _anchors(need)

    def search(self, text: str) -> bool:
        for a in self.anchors:
            if a in text:
                return self.pattern.search(text) is not None
        return not self.anchors and self.pattern.search(text) is not None


_NEEDS: dict[str, _Need] = {}
_NEEDS_OF: dict[tuple[str, ...], tuple[_Need, ...]] = {}


def _needs_of(needs: tuple[str, ...]) -> tuple[_Need, ...]:
    got = _NEEDS_OF[needs] = tuple(_compiled(need) for need in needs)
    return got


def _compiled(need: str) -> _Need:
    got = _NEEDS.get(need)
    if got is None:
        got = _NEEDS[need] = _Need(need)
    return got


def _anchors(need: str) -> tuple[str, ...]:
    """Strings one of which every match of ``need`` holds as it is (no IGNORECASE), the longest found; empty when
    none is known, so that a construct this does not follow costs a search, never a match."""
    try:
        from re import _constants as c
        from re import _parser

        parsed = _parser.parse(need)
        return required_strings(parsed, fold=False) if not parsed.state.flags & c.SRE_FLAG_IGNORECASE else ()
    except Exception:  # re's parser is private, and may give another shape in another Python: always searched
        return ()


_OVER = r"(?:more than|over|above|in excess of)"
#: Provider columns named by the same kind of words, for a figure said of one provider.
# The key questions of case supervision (kq2_1 assessment ... kq2_4 reviewing), each asked of three aims: the
# share of cases inspected where the work did well enough. A sentence names the stage and the aim, and cases.
# (with no stage named, work that "kept other people safe" or "supported" desistance is the work delivered: HMIP's
# key question 2.3 asks whether delivery "effectively supports" safety and desistance; the other three ask whether
# assessment, planning or reviewing "focuses on" them)
_STAGES = {"kq2_1": r"\bassess\w*", "kq2_2": r"\bplan(?:s|ned|ning)?\b",
           "kq2_3": r"\bimplement\w*|\bdeliver\w*|^(?![\s\S]*\b(?:assess\w*|plan(?:s|ned|ning)?|review\w*)\b)[\s\S]*"
                    r"\b(?:kept|keeps?|keeping|support\w*)\b",
           "kq2_4": r"\breview\w*"}
_AIMS = {"engagement": r"\bengag\w*|\binvolv\w*", "desistance": r"\bdesist\w*|\bstop(?:ping|ped|s)? offending\b",
         "safety": r"\bsafe\w*|risk of (?:serious )?harm|protect\w* (?:the public|other people)|"
                   r"\brisks? (?:to|posed to|for) (?:others|other people|the public)\b"}
# a share "of cases", or of the stage's own work ("33 per cent of assessments"), which is a share of cases too
_KEY_QUESTIONS = tuple(MeasureWords(f"{stage}_{aim}", (stage_words, aim_words,
                                                      r"\b(?:cases?|assessments|plans|reviews)\b"))
                       for stage, stage_words in _STAGES.items() for aim, aim_words in _AIMS.items())
#: The provider's own key-question measures, which a sentence must name alone (one stage, one aim).
KEY_QUESTION_MEASURES = frozenset(w.measure for w in _KEY_QUESTIONS)
KEY_QUESTION_AIMS = _AIMS
KEY_QUESTION_STAGES = _STAGES

PROVIDER_MEASURES: tuple[MeasureWords, ...] = (
    MeasureWords("home_visit_pct", (r"home visits?",)),
    MeasureWords("staff_workload_unmanageable_pct", (
        r"workloads?", r"unmanageable|not manageable|too high|(?:could|can)(?:\s+not|not|n't) (?:be )?managed?")),
    MeasureWords("staff_workload_manageable_pct", (r"workloads?", r"(?<!un)manageable"), negative=False),
    MeasureWords("staff_caseload_over_50_pct", (r"caseloads?|cases", _OVER + r" (?:50|fifty)"),
                 threshold=r"(?:50|fifty)$"),
    # "2 points out of 27", "scored zero out of a possible 27"
    MeasureWords("points", (r"\bpoints?\b|\bpts?\b|\bscor\w*\b.{0,25}\bof (?:the |a possible )?(?:27|twenty-seven)\b",),
                 threshold=r"^(?:a possible )?(?:27|twenty-seven)$"),
    # "an average caseload of 58", "58 cases each on average", "each officer managed 58 cases", "caseloads of around
    # 70 each"
    MeasureWords("avg_caseload", (r"\baverag\w*\b.{0,30}\b(?:cases|caseloads?)\b|\b(?:cases|caseloads?)\b.{0,20}"
                                  r"\baverag|\bcases (?:each|apiece|per (?:officer|practitioner|head|member of staff))"
                                  r"|\bcaseloads? of (?:[\w,]+ ){1,3}?(?:each|apiece)\b"
                                  r"|\beach (?:probation |responsible )?(?:officer|practitioner|member of staff)\b"
                                  r".{0,30}\bcases\b",)),
    *_KEY_QUESTIONS,
)  # fmt: skip
MEASURES: tuple[MeasureWords, ...] = (
    MeasureWords("risk_assessment_insufficient_pct", (r"\brisk", r"\bassess"), negative=True),
    MeasureWords("public_safety_not_considered_in_delivery_pct",
                 (r"public safety|safety of the public|protect\w* the public", r"deliver|consider|activit|weigh"),
                 negative=True),
    MeasureWords("home_visit_recorded_pct", (r"home visits?",)),
    MeasureWords("ro_caseload_40_or_less_pct", (r"caseloads?|cases", r"\b(?:40|forty)\b", r"or (?:less|fewer|under)"),
                 threshold=r"^(?:40|forty)$"),
    MeasureWords("staff_caseload_over_40_pct", (r"caseloads?|cases", _OVER + r" (?:40|forty)"),
                 threshold=r"(?:40|forty)$"),
    MeasureWords("staff_caseload_over_50_pct", (r"caseloads?|cases", _OVER + r" (?:50|fifty)"),
                 threshold=r"(?:50|fifty)$"),
    MeasureWords("staff_caseload_over_60_pct", (r"caseloads?|cases", _OVER + r" (?:60|sixty)"),
                 threshold=r"(?:60|sixty)$"),
    MeasureWords("ro_workload_reasonable_pct", (r"workloads?", r"(?<!un)(?:reasonable|manageable)")),  # not "un-"
    # "over capacity", "exceeded their expected capacity": not "within their capacity", which is the rest
    MeasureWords("staff_workload_over_capacity_pct", (r"\b(?:over|above|exceed\w*|beyond|more than|in excess of|"
                                                     r"outstripp\w*)\s+(?:[\w-]+\s+){0,3}?capacity|overwork",)),
    MeasureWords("po_vacancies", (r"vacanc",)),
    # "inspectors analysed nearly 6,000 cases": the cases the round's inspections looked at, all sectors together
    MeasureWords("cases_analysed", (r"\bcases\b", r"analys|analyz|inspected|examined|looked at|reviewed")),
    # "42 per cent of the whole probation caseload": a sector's share of everyone on probation
    MeasureWords("share_of_probation_caseload_pct",
                 (r"\bof (?:the |all )?(?:whole |total |entire |overall |national )?probation caseload\b",)),
    # "CRC scores ran up to 25 percentage points below the NPS's on protecting the public"
    MeasureWords("public_protection_score_below_nps_max_pp", (r"protect\w* the public|public protection",
                                                             r"percentage points?", r"below|lower|behind|less than")),
    # "three probation services saw their rating rise to Good": how many ratings rose to it, not how many had it
    MeasureWords("services_improved_to_good", (r"\b(?:ris\w*|rose|improv\w*|mov\w+ up|went up|go\w* up|climb\w*|"
                                               r"upgraded)(?:\s+(?:their|its)\s+(?:overall\s+)?ratings?)?\s+(?:up\s+)?to\s+['\"\u2018\u201c]?good\b",)),
    MeasureWords("people_under_supervision",
                 (r"\b(?:people|offenders|individuals|number under)\b", r"supervis|on probation")),
    MeasureWords("people_supervised", (r"\b(?:people|offenders|individuals)\b", r"supervis|on probation")),
)  # fmt: skip
#: Words that make a sentence speak of a failure ("not", "insufficient"), for the measures that count one.
NEGATIVE_WORDS = re.compile(r"(?i)\b(?:not|no|never|insufficient(?:ly)?|poor(?:ly)?|inadequate(?:ly)?|fail\w*|"
                            r"without|lack\w*|unsatisfactory|weak)\b|n't\b")
