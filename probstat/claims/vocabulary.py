"""The words statements about these inspections are made of, kept as data so a new shape is one row.

* provider names: every name in providers.csv, plain variants of it ("and"/"&", commas dropped, "CRC" spelt
  out, "NPS X" as "X NPS" or "the X division"), and the hand-made short forms in data/aliases.csv;
* population nouns ("NPS divisions", "CRCs", "probation services") and the sector each names;
* rating words ("Good", "requiring improvement", "the lowest possible rating") and the ratings each means;
* standard words ("for assessment", "on staffing") naming a standard column;
* predicate words (inspected, rated, supervised) and quantifier words (all, every, none, most).

The reader (reader.py) matches these tables; it holds no domain words of its own.
"""

from __future__ import annotations

import csv
import io
from dataclasses import dataclass
from functools import lru_cache
from itertools import product

from .. import schema
from ..bundled import bundled_path, read_table
from ..files import read_text
from . import lazy_re as re
from .anchored import whole_word_in
from .rating_idioms import IDIOMS
from .round_words import (  # noqa: F401 (read as vocab.ROUND_RE and so on across the reader)
    ROUND_RE,
    ROUND_WINDOWS,
    month_far_from_round,
    round_for_date,
    round_name,
)

GOOD_OR_BETTER = ("Outstanding", "Good")
BELOW_GOOD = ("Requires improvement", "Inadequate")

#: Population nouns -> sector (None: all providers). Matched case-insensitively, longest first.
POPULATION_WORDS: dict[str, str | None] = {
    "NPS divisions": "NPS", "NPS division": "NPS", "divisions of the NPS": "NPS", "NPS areas": "NPS",
    "divisions": "NPS", "division": "NPS", "NPS regions": "NPS", "NPS": "NPS",
    "public sector divisions": "NPS", "public divisions": "NPS", "regional divisions": "NPS",
    "National Probation Service divisions": "NPS", "National Probation Service division": "NPS",
    "divisions of the National Probation Service": "NPS", "National Probation Service": "NPS",
    "Community Rehabilitation Companies": "CRC", "Community Rehabilitation Company": "CRC",
    "CRCs": "CRC", "CRC": "CRC", "privately-owned CRCs": "CRC", "private CRCs": "CRC",
    "private providers": "CRC", "private companies": "CRC", "private probation companies": "CRC",
    "CRC services": "CRC", "CRC service": "CRC", "CRC providers": "CRC", "CRC areas": "CRC", "CRC area": "CRC",
    "CRC contracts": "CRC",  # one contract per CRC (one per contract package area)
    "NPS area": "NPS",
    "NPS services": "NPS", "NPS service": "NPS", "NPS providers": "NPS",
    "private probation services": "CRC", "private probation providers": "CRC",
    "probation services": None, "probation service": None, "services": None, "service": None,
    "probation providers": None, "probation provider": None, "providers": None, "provider": None,
    "organisations": None, "organisation": None, "areas": None, "area": None,
    "rehabilitation services": None, "rehabilitation service": None, "probation companies": None,
    "probation company": None,
    # the CRCs were private firms: "a private probation firm", "probation firms"
    "private probation firms": "CRC", "private probation firm": "CRC", "probation firms": "CRC",
    "probation firm": "CRC", "private probation company": "CRC", "private firms": "CRC",
    # the sectors of the years the CRCs ran: "the private sector had 20 providers rated below Good"
    "the private sector": "CRC", "private sector": "CRC", "the public sector": "NPS",
    # since June 2021: the unified Probation Service's delivery units and regions
    "PDUs": "PDU", "PDU": "PDU", "Probation Delivery Units": "PDU", "Probation Delivery Unit": "PDU",
    "delivery units": "PDU", "delivery unit": "PDU", "regions": "region", "probation regions": "region",
    "probation units": "PDU", "probation unit": "PDU", "probation region": "region", "units": "PDU", "unit": "PDU",
    # (any one region, as in "a region ran less risk than a PDU"; "the region" is the text's own)
    "a region": "region",
}  # fmt: skip

#: Nouns after a figure that make it a count of people on probation, not of providers.
PEOPLE_WORDS = ("people", "individuals", "offenders", "service users", "people on probation")
#: Nouns that turn a population word before them into a modifier: "three CRC staff" counts staff, not CRCs.
MODIFIED_NOUNS = ("staff", "workers", "employees", "officers", "practitioners", "managers", "caseloads",
                  "caseload", "cases", "owners", "owner", "budgets", "leaders")
#: Nouns after a figure that make it a span of time: not a claim about the data.
TIME_WORDS = ("months", "month", "years", "year", "weeks", "week", "days", "day", "hours")
#: Nouns after a figure that the data hold no figure for; the reader says so.
UNHELD_WORDS = ("cases", "case", "site visits", "interviews", "aspects", "domains", "standards", "categories",
                "partners", "trusts", "probation trusts", "contracts", "inspections of", "reports", "staff",
                "officers", "per cent", "percent", "headings", "types", "times", "ratings", "repairs")

#: Parts of the inspection method: counted with no rating in the clause, the method ("ten aspects"), no claim.
METHOD_WORDS = ("aspects", "categories", "types", "domains", "headings", "standards", "ratings", "core domains",
                "main headings", "different domains")
#: Rating words -> the overall ratings they mean. Case-insensitive; longest first.
RATING_WORDS: dict[str, tuple[str, ...]] = {
    "Outstanding": ("Outstanding",), "Good": ("Good",),
    "Requires improvement": ("Requires improvement",), "Require improvement": ("Requires improvement",),
    "requiring improvement": ("Requires improvement",), "required improvement": ("Requires improvement",),
    "needing improvement": ("Requires improvement",), "required improvements": ("Requires improvement",),
    "requires improvements": ("Requires improvement",), "requiring improvements": ("Requires improvement",),
    "needs improvement": ("Requires improvement",), "need improvement": ("Requires improvement",),
    "Inadequate": ("Inadequate",),
    "Good or better": GOOD_OR_BETTER, "Good or Outstanding": GOOD_OR_BETTER, "at least Good": GOOD_OR_BETTER,
    "below Good": BELOW_GOOD, "less than Good": BELOW_GOOD,
    # what "needs to improve" is not: Good or better
    "needs to improve": BELOW_GOOD, "need to improve": BELOW_GOOD, "needing to improve": BELOW_GOOD,
    "needs to be improved": BELOW_GOOD, "Requires improvement or worse": BELOW_GOOD,
    "told to improve": BELOW_GOOD, "ordered to improve": BELOW_GOOD, "urged to improve": BELOW_GOOD,
    "Requires improvement or Inadequate": BELOW_GOOD, "Requires improvement or below": BELOW_GOOD,
    "its second lowest assessment": ("Requires improvement",),
    "the top grade": ("Outstanding",),
    "at the bottom of the scale": ("Inadequate",), "the bottom of the scale": ("Inadequate",),
    "at the top of the scale": ("Outstanding",), "the top of the scale": ("Outstanding",),
    "second from bottom": ("Requires improvement",), "second from the bottom": ("Requires improvement",),
    "second from top": ("Good",), "second from the top": ("Good",),
}  # fmt: skip
# "told by the watchdog to improve", "ordered by inspectors to improve": the order with who gave it
for _verb, _by in product(("told", "ordered", "urged"), ("watchdog", "the watchdog", "a watchdog", "inspectors",
                                                       "the inspectors", "the inspectorate", "the chief inspector",
                                                       "HMIP", "the probation watchdog")):
    RATING_WORDS[f"{_verb} by {_by} to improve"] = BELOW_GOOD
# "the second-lowest possible rating": a place on the scale from either end, every form, "second" never left out
_SCALE_UP = ("Inadequate", "Requires improvement", "Good", "Outstanding")
# ("the best rating" is not among them: in reporting it is as often the best given so far, or in a region)
for _end, _places in (("lowest", (0, 1, 2)), ("highest", (3, 2, 1)), ("bottom", (0,)), ("top", (3,))):
    for _nth, _place in zip(("", "second", "third"), _places, strict=False):
        for _sep, _extra in product((" ", "-") if _nth else ("",), ("", "possible ", "overall ", "possible overall ",
                                                                   "available ")):
            RATING_WORDS[f"the {_nth}{_sep}{_end} {_extra}rating"] = (_SCALE_UP[_place],)
        RATING_WORDS[f"the {_nth}{_sep}{_end} possible"] = (_SCALE_UP[_place],)  # no noun after it: see tagger
# "the second-highest grade", "the lowest mark": the same places on the scale, by other nouns
RATING_WORDS.update({k.replace(" rating", f" {noun}"): v for k, v in list(RATING_WORDS.items())
                     if k.startswith("the ") and k.endswith(" rating")
                     for noun in ("grade", "mark", "judgement", "verdict", "band", "category")})
# "the lowest rating there is", "the second highest grade of the four", "the worst rating inspectors can give":
# the same places, said to be on the scale
RATING_WORDS.update({f"{k} {q}": v for k, v in list(RATING_WORDS.items())
                     if k.startswith("the ") and k.endswith((" rating", " grade")) and "possible" not in k
                     for q in ("there is", "available", "possible", "on offer", "of the four", "of four",
                               "inspectors can give", "inspectors can award", "the inspectorate can give",
                               "it can give", "they can give", "that can be given", "it could be given")})
# "Requires improvement, the second lowest assessment": not "the lowest assessment", which may be of risk
RATING_WORDS.update({k.replace(" rating", " assessment"): v for k, v in list(RATING_WORDS.items())
                     if k.startswith("the second") and k.endswith(" rating")})
# "the Inadequate-rated PDU": the rating as an adjective before the unit
RATING_WORDS.update({f"{r}-rated": (r,) for r in ("Outstanding", "Good", "Inadequate")})
RATING_WORDS["Requires improvement-rated"] = ("Requires improvement",)
# "the lowest of four ratings", "the second highest of the four grades": the place named among the scale's ratings
RATING_WORDS.update({f"{k[: -len(' rating')]} of {the}{four} {adj}{noun}": v for k, v in list(RATING_WORDS.items())
                     if k.startswith("the ") and k.endswith(" rating") and "possible" not in k and "overall" not in k
                     for the in ("", "the ", "its ", "the inspectorate's ", "the watchdog's ", "HMIP's ",
                                 "the inspectors' ")
                     for four in ("four", "4") for adj in ("", "possible ")
                     for noun in ("ratings", "grades", "bands")})
# "the second best of the four grades", "the worst rating there is": "best" and "worst" only where the scale is
# named ("the best rating" alone may be the best given so far, or in a region)
# (and "the weakest (poorest) of the four ratings", "the strongest of the four grades", in the same places)
RATING_WORDS.update({k.replace("highest", best).replace("lowest", worst): v for k, v in list(RATING_WORDS.items())
                     if ("highest" in k or "lowest" in k) and k.startswith("the ") and "'" not in k
                     and k.endswith(("of four ratings", "of the four ratings", "of four grades", "of the four grades",
                                     "of the four", "of four", "there is"))
                     for best, worst in (("best", "worst"), ("strongest", "weakest"), ("best", "poorest"))})
RATING_WORDS.update(IDIOMS)

#: Words naming a standard after "for", "on" or "in". Longest first when matched.
STANDARD_WORDS: dict[str, str] = {
    "leadership": "leadership", "staffing": "staff", "staff": "staff", "services": "services",
    "information and facilities": "information_facilities", "assessment": "assessment",
    "planning": "planning", "implementation and delivery": "implementation_delivery",
    "reviewing": "reviewing", "unpaid work": "unpaid_work", "through the gate": "through_the_gate",
    "court reports": "court_reports", "victim work": "victim_work", "statutory victim work": "victim_work",
}  # fmt: skip

#: Words that make a clause speak of a change of rating, which the reader does not read.
CHANGE_WORDS = ("moved", "up from", "down from", "improved", "improving", "rose", "fell", "dropped", "upgraded",
                "downgraded", "raised", "lowered", "went up", "went down", "from")
#: Verbs that say a rating was given, without naming one the vocabulary knows: the predicate is then unknown.
RATING_VERBS = ("rated", "graded", "improvement", "improve", "grade", "rating")
#: Verbs and nouns that make a count one of providers inspected.
INSPECTED_WORDS = ("inspected", "inspect", "inspections", "inspection of", "visited", "inspectors looked at")
#: Words that make a count one of providers given an overall rating (any rating).
RATED_WORDS = ("an overall rating", "rated overall", "an overall score")
#: Verbs that make a figure with a named provider the number of people it supervises.
SUPERVISE_WORDS = ("supervises", "supervised", "supervising", "supervise", "manages", "managed", "managing",
                   "works with", "worked with", "working with", "was working with", "were working with",
                   "manages the cases of", "managed the cases of", "managing the cases of", "manage the cases of",
                   "responsible for", "had charge of", "has charge of", "in charge of", "looked after",
                   "looks after", "looking after")

#: The months in lower case, January first (a month's number is its index plus one).
#: A year written as a year ("in 2022"), not a round ("2022-23") nor part of a figure ("2,022").
WRITTEN_YEAR = re.compile(r"(?<![\d,.\-/])\b20[0-4]\d\b(?![\-/\u2013]\d)")
MONTHS: tuple[str, ...] = ("january", "february", "march", "april", "may", "june", "july", "august", "september",
                           "october", "november", "december")

#: Quantifier words that state a count without a number; "all but" is followed by one.
QUANTIFIERS: dict[str, str] = {
    "nearly all": "nearly all", "almost all": "nearly all", "virtually all": "nearly all",
    "nearly every": "nearly all", "almost every": "nearly all",
    "all but": "all but", "every": "all", "every one": "all", "each one": "all", "all": "all", "each of the": "all",
    "every single one": "all", "each and every one": "all", "every last one": "all",
    "each": "all", "both": "all",
    "none of the": "none", "none": "none", "not a single": "none", "no": "none", "not one": "none",
    "most": "most", "the majority of": "most", "a majority of": "most",
    # literal truth: a large majority is a majority; how large is the words' suggestion, never a bound
    "the vast majority of": "most", "a vast majority of": "most", "the great majority of": "most",
    "a large majority of": "most", "an overwhelming majority of": "most", "the overwhelming majority of": "most",
    "a clear majority of": "most", "a substantial majority of": "most", "a significant majority of": "most",
    "a narrow majority of": "most", "a slim majority of": "most", "a bare majority of": "most",
    "the bulk of": "most", "the greater part of": "most", "the larger part of": "most",
    "at least one": "at least one", "a single": "one", "the only": "only", "the sole": "only", "the first": "first",
    # some, and fewer than half
    "a minority of": "minority", "the minority of": "minority", "a small minority of": "minority",
    # more than one; more than two; a small number of them (at least two, and at most a handful)
    "some": "some", "a number of": "some", "several": "several",
    "a few": "few", "a handful of": "few", "a small number of": "few", "a couple of": "couple",
}  # fmt: skip

#: Words that name a round without its years.
ROUND_WORDS: dict[str, str] = {"the first round": "2018-19", "first round of inspections": "2018-19",
                               "the first year of inspections": "2018-19"}
#: After a population noun, words that restrict it to a part ("the two NPS divisions that have been inspected").
RESTRICTORS = ("that", "which", "who", "whose", "run by", "owned by", "under", "inspected so far", "so far",
               "to date", "inspected", "covering", "with published", "with reports", "with a report", "reported",
               "published", "by then", "since", "including", "such as", "among them", "like", "led by", "operated by",
               "in wales", "in the", "of the")
#: Before a figure, words that make its population someone's ("Working Links has three CRCs").
POSSESSIVES = ("has", "have", "had", "its", "their", "owns", "owned", "runs", "ran", "operates", "including")
@dataclass(frozen=True)
class Provider:
    """One provider as the data name it."""

    provider_id: str
    name: str
    sector: str


def _variants(name: str, sector: str) -> set[str]:
    """Plain variants of a provider's name, as people write it."""
    forms = {name, name.replace(",", "")}
    if sector == "CRC" and name.endswith(" CRC"):
        base = name[: -len(" CRC")]
        forms |= {f"{b} Community Rehabilitation Company" for b in (base, base.replace(",", ""))}
    forms |= {f.replace(" and ", " & ") for f in forms}
    if sector == "region" and name.endswith(" region"):
        # a region's bare name ("East of England") is a place too (and was one before regions were inspected):
        # it names the unit only beside a word of probation
        base = name[: -len(" region")]
        for b in {base, base.replace(",", "")}:
            forms |= {f"{b} probation service", f"{b} probation services", f"{b}'s probation service",
                      f"probation services in the {b}", f"probation services in {b}", f"probation in the {b}",
                      f"probation service in the {b}", f"the {b} probation region", f"{b} probation region",
                      f"probation service in {b}", f"the probation service in {b}",
                      f"probation in {b}", f"probation services across {b}", f"probation across {b}",
                      f"probation services across the {b}",
                      f"the Probation Service's {b} region", f"the {b} region", f"{b} Probation Service"}
    if sector == "PDU" and name.endswith(" PDU"):
        # "North Manchester" for Manchester North PDU: the same area in the order local reporting uses (bare, a
        # unit only in a text about the years since 2021)
        compass = re.fullmatch(r"(.+?) (North|South|East|West)", name[: -len(" PDU")])
        alts = {f"{compass.group(2)} {compass.group(1)}"} if compass else set()
        forms |= alts | {f"{a} PDU" for a in alts}
    if sector == "NPS" and name.startswith("NPS "):
        area = name[len("NPS "):]
        for a in {area, area.replace(" and ", " & "), area.replace(" and ", " ")}:
            forms |= {f"{a} NPS", f"the {a} division", f"NPS {a} division", f"National Probation Service {a}",
                      f"{a} National Probation Service", f"{a} division of the NPS", f"the NPS in {a}",
                      f"the NPS {a} division", f"{a} NPS division", f"National Probation Service (NPS) in {a}",
                      f"National Probation Service in {a}", f"NPS in {a}", f"the NPS's {a} division",
                      f"{a} division of the National Probation Service", f"the NPS's {a} region",
                      f"{a} division of the National Probation Service (NPS)",
                      f"National Probation Service's {a} division", f"National Probation Service ({a})",
                      f"NPS ({a})", f"public probation service in {a}", f"NPS division for {a}",
                      f"NPS division covering {a}", f"NPS division in {a}"}
    return forms


@lru_cache(maxsize=4)
def _alias_table(path: str) -> tuple[dict[str, str], dict[str, Provider]]:
    text = read_text(path, label="providers.csv")
    providers: dict[str, Provider] = {}
    for row in csv.DictReader(io.StringIO(text)):
        providers.setdefault(row["provider_id"], Provider(row["provider_id"], row["provider"], row["sector"]))
    aliases: dict[str, str] = {}
    for p in providers.values():
        for form in _variants(p.name, p.sector):
            aliases[form.lower()] = p.provider_id
    extra = read_table("aliases.csv", ("alias", "provider_id", "note"), required=("alias", "provider_id"), only=False)
    for alias, pid in zip(extra["alias"], extra["provider_id"], strict=True):
        if pid in providers:
            aliases[alias.lower()] = pid
    for alias, pid in list(aliases.items()):
        # an initialism run into "CRC" ("BGSWCRC", "KSSCRC"), as some reporting writes it
        if re.fullmatch(r"[a-z]{2,6} crc", alias):
            aliases.setdefault(alias.replace(" ", ""), pid)
        # "Portsmouth and Isle of Wight PDU", "Cardiff and Vale": the article after "and" is often dropped
        if " and the " in alias:
            aliases.setdefault(alias.replace(" and the ", " and "), pid)
    for form, pid in _bare_names(providers, aliases).items():
        aliases.setdefault(form, pid)
    for form, pid in bare_region_names(providers).items():
        aliases.setdefault(form, pid)
    for form, pid in _places_in_names(providers, aliases).items():
        aliases.setdefault(form, pid)
    return aliases, providers


# A compass word or a bare qualifier is no place of its own ("North and North East Lincolnshire").
_NOT_A_PLACE = re.compile(r"(?i)^(?:the\s+)?(?:north|south|east|west|north east|north west|south east|south west|"
                          r"central|city|county|vale|the vale)$")


def _places_in_names(providers: dict[str, Provider], aliases: dict[str, str]) -> dict[str, str]:
    """The places a PDU's name lists ("Leicestershire and Rutland" for "Leicester, Leicestershire and Rutland
    PDU", "Derby" for "Derby City PDU") where no other unit's name or alias holds the place: local reporting names
    the part it serves. Like every PDU's place name, the tagger takes them as the unit only since 2021."""
    found: dict[str, set[str]] = {}
    for p in providers.values():
        if p.sector != "PDU" or not p.name.endswith(" PDU"):
            continue
        parts = [x.strip() for x in re.split(r",\s*|\s+and\s+", p.name[: -len(" PDU")]) if x.strip()]
        if len(parts) == 1 and parts[0].endswith(" City"):  # "Derby City PDU": the city is "Derby"
            parts = [parts[0][: -len(" City")], "City"]
        if len(parts) == 1 and len(parts[0].split()) > 2:
            # "Swansea Neath Port Talbot PDU": its first place, "Swansea" (unless another unit's name holds it)
            first = parts[0].split()[0]
            if not _NOT_A_PLACE.match(first):
                found.setdefault(first.lower(), set()).add(p.provider_id)
            continue
        if len(parts) < 2:
            continue
        for i in range(len(parts)):
            for j in range(i + 1, len(parts) + 1):
                run = parts[i:j]
                if len(run) == len(parts) or any(_NOT_A_PLACE.match(x) for x in run):
                    continue
                form = ", ".join(run[:-1]) + " and " + run[-1] if len(run) > 1 else run[0]
                for f in {form, re.sub(r"^the\s+", "", form, flags=re.I)}:
                    found.setdefault(f.lower(), set()).add(p.provider_id)
    taken = {a: pid for a, pid in aliases.items()}
    named = [q.name.lower() for q in providers.values()]
    # (a first place no other unit's name holds: "swansea" is in no other name)
    return {form: next(iter(pids)) for form, pids in found.items()
            if len(pids) == 1 and (form not in taken or taken[form] in pids)
            and sum(whole_word_in(form, n) for n in named) == 1}


@lru_cache(maxsize=4)
def _region_names(path: str) -> tuple[str, ...]:
    text = read_text(path, label="providers.csv")
    return tuple(sorted({row.get("region") or "" for row in csv.DictReader(io.StringIO(text))} - {""}))


def region_names(path: str | None = None) -> tuple[str, ...]:
    """The regions the data's region column names ("Wales", "North West")."""
    return _region_names(str(path or bundled_path()))


def bare_region_names(providers: dict[str, Provider]) -> dict[str, str]:
    """A region's name without 'region' ("East of England"): a place as much as a unit, and a unit only since
    the regions were inspected, so the tagger takes it as the unit only in a text about those years."""
    out: dict[str, str] = {}
    for p in providers.values():
        if p.sector == "region" and p.name.endswith(" region"):
            base = p.name[: -len(" region")]
            for form in {base, base.replace(",", "")}:
                if len(form.split()) >= 2:
                    out[form.lower()] = p.provider_id
    return out


def _bare_names(providers: dict[str, Provider], aliases: dict[str, str]) -> dict[str, str]:
    """A CRC's name without 'CRC' ("Hampshire and Isle of Wight"), where it is two words or more and no other
    name or alias uses it: a single word ("Essex", "Wales") is too often a place."""
    out: dict[str, str] = {}
    taken = {a for a in aliases}
    for p in providers.values():
        if p.sector != "CRC" or not p.name.endswith(" CRC"):
            continue
        base = p.name[: -len(" CRC")]
        for form in {base, base.replace(",", ""), base.replace(" and ", " & ")}:
            key = form.lower()
            if len(key.split()) < 2 or any(key in a and aliases[a] != p.provider_id for a in taken):
                continue
            out[key] = p.provider_id
    return out


_KIND_AFFIX = {"CRC": (r"", r" CRC"), "NPS": (r"NPS ", r""), "PDU": (r"", r" PDU"), "region": (r"", r" region")}


def _place_key(words: str) -> str:
    words = re.sub(r"(?i)^the\s+", "", words.replace("&", "and").replace(",", " ").replace("-", " "))
    return " ".join(words.lower().split())


@lru_cache(maxsize=4)
def _units_by_place(path: str) -> dict[tuple[str, str], str | None]:
    out: dict[tuple[str, str], str | None] = {}
    for p in _alias_table(path)[1].values():
        head, tail = _KIND_AFFIX.get(p.sector, ("\0", "\0"))
        if not (p.name.startswith(head) and p.name.endswith(tail)):
            continue
        key = (p.sector, _place_key(p.name[len(head): len(p.name) - len(tail)]))
        # two units of a kind with the same place (none today) would make the place name neither
        out[key] = p.provider_id if key not in out else None
    return out


def unit_by_place(place: str, kind: str, path: str | None = None) -> str | None:
    """The unit of a kind ("CRC", "NPS", "PDU", "region") whose name is exactly the place ("the CRC for Essex",
    "the division covering London"), or None. A place alone is not a unit ("Essex" is a county, two PDUs and a
    CRC): only the kind of unit said with it picks one."""
    return _units_by_place(str(path or bundled_path())).get((kind, _place_key(place)))


def providers_and_aliases(path: str | None = None) -> tuple[dict[str, str], dict[str, Provider]]:
    """(alias in lower case -> provider_id, provider_id -> Provider) for the bundled providers.csv."""
    return _alias_table(str(path or bundled_path()))


def alternation(words) -> str:
    """A regex alternation of literal words, longest first, spaces matching any run of spaces."""
    ordered = sorted(set(words), key=lambda w: (-len(w), w))
    return "|".join(re.escape(w).replace(r"\ ", r"\s+") for w in ordered)


def standard_label(column: str) -> str:
    """'implementation_delivery' -> 'Implementation and delivery'."""
    return schema.STANDARDS_BY_COLUMN[column].name

#: More ways to name a standard than "for X" / "on X": the words reporting uses for the standard's subject.
STANDARD_EXTRA: dict[str, str] = {
    "work with victims": "victim_work", "victims work": "victim_work", "victim contact": "victim_work",
    "work for victims": "victim_work", "services for victims": "victim_work", "victim work": "victim_work",
    "court work": "court_reports", "advice to court": "court_reports", "work in courts": "court_reports",
    "advice to courts": "court_reports", "advice to the courts": "court_reports", "court advice": "court_reports",
    "work with courts": "court_reports", "work with the courts": "court_reports", "reports for courts": "court_reports",
    "reports for the courts": "court_reports", "reports to courts": "court_reports", "pre-sentence reports":
    "court_reports",
    "community payback": "unpaid_work", "through-the-gate": "through_the_gate", "resettlement": "through_the_gate",
    "work with people leaving prison": "through_the_gate", "work to support people leaving prison": "through_the_gate",
    "support for people leaving prison": "through_the_gate", "prison release work": "through_the_gate",
    "premises and IT": "information_facilities", "facilities": "information_facilities",
    "information systems": "information_facilities", "prepare people for release": "through_the_gate",
    "preparing people for release": "through_the_gate",
    "implementation": "implementation_delivery", "delivery": "implementation_delivery",
    "review": "reviewing", "reviews": "reviewing", "the assessments": "assessment", "staffing levels": "staff",
    "leaders": "leadership",
    "senior leaders": "leadership", "senior leadership": "leadership", "the leadership team": "leadership",
    # HMIP's standard 1.3 ("a comprehensive range of high-quality services is in place") in other words
    "arrangements for providing services": "services", "arrangements for services": "services",
    "the range of services": "services", "range of services": "services",
}  # fmt: skip


@lru_cache(maxsize=4)
def _owners(path: str) -> tuple[str, ...]:
    text = read_text(path, label="providers.csv")
    names = {row.get("owner", "") for row in csv.DictReader(io.StringIO(text))}
    # The public sector's 'owner' is a description, not a name a sentence would use.
    return tuple(sorted(n for n in names if n and "public sector" not in n))


def owners(path: str | None = None) -> tuple[str, ...]:
    """The owners named in the data's owner column (the companies that ran CRCs)."""
    return _owners(str(path or bundled_path()))


@lru_cache(maxsize=4)
def owned_by(owner: str, path: str | None = None) -> frozenset[str]:
    """The providers the data record the owner as running at any inspection."""
    text = read_text(str(path or bundled_path()), label="providers.csv")
    return frozenset(row["provider_id"] for row in csv.DictReader(io.StringIO(text)) if row.get("owner") == owner)


#: The words a local text uses for the place its unit serves ("probation in the county", "the service in the
#: town"): the text's own unit, not another one.
LOCAL_PLACE = re.compile(r"(?i)^(?:county|district|area|city|borough|town|region|here)$")
