"""What a sentence is read as: one typed reading per claim-making part.

A count of a population (``Statement`` with kind "count"), people supervised ("people"), a league position
("rank") and a place on the rating scale ("scale") keep the record they had; the shapes added for reporting on
one inspection have their own types: a provider's rating (overall or on a named standard), a count of a
provider's own standards, a change of rating between inspections, and an owner's portfolio. Each type has one
verdict rule in judge.py. Nothing here looks at the data.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from .. import schema
from ..output import format_figure
from . import vocabulary as vocab
from .quantifiers import Reading
from .quick_init import quick_init


@quick_init
@dataclass(frozen=True)
class Predicate:
    """What is counted or stated: kind 'rating' (column, ratings), 'inspected', 'rated', 'providers',
    'people_supervised'."""

    kind: str
    column: str = "overall"
    ratings: tuple[str, ...] = ()

    def describe(self) -> str:
        """'rated Good', 'rated Inadequate on assessment', 'inspected'."""
        if self.kind == "rating":
            left = [r for r in schema.RATINGS if r not in self.ratings]
            names = f"anything but {left[0]}" if len(left) == 1 and len(self.ratings) > 1 else " or ".join(self.ratings)
            on = "" if self.column == "overall" else f" on {vocab.standard_label(self.column).lower()}"
            return f"rated {names}{on}"
        return {"inspected": "inspected", "rated": "given an overall rating", "providers": "in the round",
                "people_supervised": "people supervised"}[self.kind]


@quick_init
@dataclass(frozen=True)
class Statement:
    """One statement read from the text; ``problem`` says what could not be understood (then it is not judged)."""

    start: int
    end: int
    phrase: str
    kind: str  # "count", "provider", "people", "share", "not a claim"
    stated: Reading | None = None
    quantifier: str | None = None  # all, none, most, all but, at least, only, first, of the M, one of N
    amount: float | None = None  # the N of "all but N" / "at least N"
    denominator: int | None = None  # the M of "N of the M"
    subset: bool = False  # "N of M" where M may be a part of the population ("eight out of the 10 CRCs")
    size_stated: int | None = None  # the N of "none of the N", which states the population's size too
    proportion: Reading | None = None  # "eight out of 10 CRCs" read as a share, for when 10 is not the total
    round_sure: bool = False  # the round is written in the sentence or given with --round
    sector: str | None = None
    population_words: str | None = None
    providers: tuple[str, ...] = ()
    predicate: Predicate | None = None
    round: str | None = None
    round_how: str = ""
    problem: str | None = None
    consistency: Reading | None = None  # a figure in brackets restating this one ("nearly half (45 per cent)")
    consistency_phrase: str | None = None
    notes: tuple[str, ...] = field(default=())

    def describe(self) -> str:
        """The reading in words, e.g. 'count of CRCs rated Good in 2018-19; stated "only one of the 21"'."""
        if self.problem:
            return f"not understood: {self.problem}"
        if self.kind == "not a claim":
            return self.notes[0] if self.notes else "not a claim"
        pop = _PLURAL.get(self.sector, self.population_words or "providers")
        rnd = f" in {self.round}" if self.round else ""
        what = self.predicate.describe() if self.predicate else ""
        if self.kind == "provider":
            who = ", ".join(self.providers)
            if self.quantifier in ("only", "first"):
                return f"{who} {what}{rnd}, and the {self.quantifier} of the {pop} so"
            return f"{who} {what}{rnd}"
        if self.kind == "people":
            who = ", ".join(self.providers) if self.providers else pop
            return f"{what} by {who}{rnd}; stated \"{self.phrase}\" -> {self.stated.describe()}"
        if self.kind == "share":
            return f"a share, stated \"{self.phrase}\""
        if self.kind == "scale":
            return f"{self.notes[0]} is {self.phrase} on the rating scale"
        if self.kind == "scale size":
            return f"the number of ratings on the scale: stated \"{self.phrase}\""
        if self.kind == "rank":
            return (f"league position of {self.providers[0]} among the {pop}{rnd} by total score: stated "
                    f"\"{self.phrase}\" -> {self.notes[0]}")
        q = self.quantifier
        if q == "share":
            return f"share of {pop} {what}{rnd}; stated \"{self.phrase}\" -> {self.stated.describe()}"
        if q == "all are":
            return f"every provider {what}{rnd} is one of the {pop}; stated \"{self.phrase}\""
        lead = {"all": f"all {pop}", "none": f"no {pop}", "most": f"most {pop}",
                "at least": f"at least {_num(self.amount)} of the {pop}",
                "all but": f"all but {_num(self.amount)} of the {pop}"}.get(q or "", f"count of {pop}")
        if q in ("all", "none", "most", "at least", "all but"):
            return f"{lead} {what}{rnd}; stated \"{self.phrase}\""
        of = f" of {self.denominator}" if self.denominator is not None else ""
        stated = f" -> {self.stated.describe()}{of}" if self.stated else ""
        part = " (of a part of them)" if self.subset or q == "of a part" else ""
        return f"{lead} {what}{rnd}{part}; stated \"{self.phrase}\"{stated}"


_PLURAL = schema.SECTOR_PLURALS


def _num(x: float | None) -> str:
    return "?" if x is None else format_figure(x, grouped=False)




@dataclass(frozen=True)
class ProviderRating:
    """A named provider's rating on one column (overall or a standard), or, negated, any rating but these."""

    provider: str
    column: str
    ratings: tuple[str, ...]
    negated: bool = False
    finding: bool = False  # "found an outstanding leadership team": the rating, or a finding in words

    def describe(self) -> str:
        on = "overall" if self.column == "overall" else f"on {vocab.standard_label(self.column).lower()}"
        names = " or ".join(self.ratings)
        return f"{self.provider} {'not ' if self.negated else ''}rated {names} {on}"


@dataclass(frozen=True)
class StandardsCount:
    """How many of one provider's standards carry a rating: 'five of its ten standards were Good'."""

    provider: str
    ratings: tuple[str, ...]
    stated: Reading
    quantifier: str | None = None  # "all", "none", "most"
    total: int | None = None  # the M of "five of its ten"
    group: str | None = None  # "case": the four case supervision standards; None: all ten

    def describe(self) -> str:
        of = f" of {self.total}" if self.total else ""
        how = self.quantifier or self.stated.describe()
        return f"count of {self.provider}'s standards rated {' or '.join(self.ratings)}: {how}{of}"


@dataclass(frozen=True)
class Change:
    """A provider's rating (overall or on a standard) at one inspection against its previous one."""

    provider: str
    kind: str  # "up", "down", "same", "changed", "not up", "not down"; "still": the same, or "nevertheless"
    before: tuple[str, ...] | None = None
    after: tuple[str, ...] | None = None
    since: bool = False  # the round written is the earlier inspection ("has not changed since 2018-19")
    column: str = "overall"  # or a standard: "kept its Outstanding rating for leadership"
    steps: int | None = None  # places on the scale it moved, where said with no rating ("went up one grade")

    def describe(self) -> str:
        words = {"up": "improved", "down": "fell", "same": "unchanged", "still": "still", "changed": "changed",
                 "not up": "did not improve", "not down": "did not fall"}[self.kind]
        b = f" from {' or '.join(self.before)}" if self.before else ""
        a = f" to {' or '.join(self.after)}" if self.after else ""
        by = f" by {self.steps} place{'s' if self.steps != 1 else ''} on the scale" if self.steps else ""
        what = "overall rating" if self.column == "overall" else f"rating on {self.column}"
        return f"{self.provider}'s {what} {words}{by}{b}{a} since its previous inspection"


@dataclass(frozen=True)
class ProviderOwner:
    """Who ran a provider: 'PeoplePlus owns it', 'Merseyside CRC is run by Purple Futures'."""

    provider: str
    owner: str

    def describe(self) -> str:
        return f"{self.provider} run by {self.owner}"


@dataclass(frozen=True)
class ProviderRegion:
    """The region a unit belongs to: 'The PDU is part of the Probation Service's Wales region'."""

    provider: str
    region: str

    def describe(self) -> str:
        return f"{self.provider} in the {self.region} region"


@dataclass(frozen=True)
class RegionCount:
    """How many inspections a region had in the round of a unit's inspection: 'one of four inspections in the
    North West region' (the unit is the text's)."""

    provider: str
    region: str
    count: int

    def describe(self) -> str:
        return f"{self.count} inspections in the {self.region} region in {self.provider}'s round"


@dataclass(frozen=True)
class OwnerCount:
    """How many providers an owner ran: 'Sodexo ran six CRCs'."""

    owner: str
    sector: str | None
    stated: Reading | None
    rank: str | None = None  # "most" or "fewest": more (fewer) than any other owner ran, and no number stated

    def describe(self) -> str:
        units = _PLURAL.get(self.sector, 'providers')
        if self.rank is not None:
            return f"{self.owner} ran the {self.rank} {units} of any owner"
        return f"number of {units} run by {self.owner}: {self.stated.describe()}"


@dataclass(frozen=True)
class Likelihood:
    """How two populations' shares with a rating compare: 'CRCs were more likely than NPS divisions to be
    rated Good' (kind "more" or "less"), 'twice as likely' (kind "ratio", ratio 2); 'rated higher than' (kind
    "better" or "worse": the share rated Good or better and the mean rating, which must agree)."""

    first: str | None
    second: str | None
    ratings: tuple[str, ...]
    kind: str
    ratio: float | None = None
    bound: object = None  # the ratio's words as a quantifiers.Reading when they bound it ("more than ten times")

    def describe(self) -> str:
        if self.kind in ("better", "worse"):
            return (f"{_PLURAL.get(self.first, 'providers')} rated {self.kind} than "
                    f"{_PLURAL.get(self.second, 'providers')}")
        how = {"more": "more likely than", "less": "less likely than"}.get(self.kind) or \
            f"{self.bound.describe() if self.bound is not None else f'{self.ratio:g}'} times as likely as"
        return (f"share of {_PLURAL.get(self.first, 'providers')} rated {' or '.join(self.ratings)} {how} that of "
                f"{_PLURAL.get(self.second, 'providers')}")


@dataclass(frozen=True)
class Distribution:
    """Where a rating stands among a population's ratings: the most (or least) common one, or the lowest (or
    highest) one given."""

    sector: str | None
    rating: str
    kind: str  # "most common", "least common", "lowest", "highest"; "more", "fewer" (than another rating)
    than: str | None = None  # the other rating of "more X than Y"
    than_sector: str | None = None  # the other population of "more NPS divisions than CRCs were rated X"
    ratio: float | None = None  # kind "ratio": "twice as many NPS divisions as CRCs were rated X" (2)

    def describe(self) -> str:
        who = _PLURAL.get(self.sector, "providers")
        if self.ratio is not None:
            return f"{self.ratio:g} times as many {who} as {_PLURAL.get(self.than_sector, 'providers')} rated " \
                f"{self.rating}"
        if self.than_sector is not None:
            return f"{self.kind} {who} than {_PLURAL.get(self.than_sector, 'providers')} rated {self.rating}"
        if self.than is not None:
            return f"{self.kind} {who} rated {self.rating} than rated {self.than}"
        return f"{self.rating} is the {self.kind} overall rating among {who}"


@dataclass(frozen=True)
class RatingComparison:
    """Two units' overall ratings at the same round: 'A was rated higher than B', 'A received a lower rating than
    B', 'A was rated the same as B'."""

    provider: str
    other: str
    relation: str  # "higher" (better on the scale), "lower", "same" or "different"
    column: str = "overall"  # or "points": the score out of 27 of the inspections since 2021 ("scored more points"),
    # "people_supervised" or "avg_caseload" ("supervised more people than", "a higher average caseload than")
    times: float = 1.0  # "more than twice as many people as": the other's figure times so many
    by: Reading | None = None  # "5,000 more people than": the gap between the two figures, as stated

    def describe(self) -> str:
        if self.column == "points" and self.times != 1:
            return f"{self.provider} scored {'more than ' if self.relation == 'higher' else ''}{self.times:g} " \
                f"times {self.other}'s points"
        if self.column == "points":
            return f"{self.provider} scored {'more' if self.relation == 'higher' else 'fewer'} points than {self.other}"
        if self.column != "overall":
            times = f"{self.times:g} times " if self.times != 1 else ""
            by = f" by {self.by.value:g}" if self.by is not None else ""
            return f"{self.provider}'s {self.column} {self.relation}{by} than {times}{self.other}'s"
        if self.relation in ("same", "different"):
            return f"{self.provider} rated {'the same as' if self.relation == 'same' else 'differently from'} " \
                f"{self.other}"
        return f"{self.provider} rated {self.relation} than {self.other}"


@dataclass(frozen=True)
class RatedExtreme:
    """One unit's overall rating as the highest (or lowest) of its population's in a round, alone there: 'X was the
    highest-rated CRC'."""

    provider: str
    sector: str
    kind: str  # "highest" or "lowest"

    def describe(self) -> str:
        return f"{self.provider} the {self.kind}-rated of the {_PLURAL.get(self.sector, 'providers')}"


@quick_init
@dataclass(frozen=True)
class SectorFigure:
    """A figure HMIP published for a sector or for all providers (sector_figures.csv): 'nearly half of CRC
    cases had no sufficient risk assessment'. ``complement``: the sentence speaks of the rest (100 minus it)."""

    measure: str
    scope: str  # "NPS", "CRC" or "all"
    stated: Reading
    complement: bool = False
    also: tuple[str, ...] = ()  # other measures the same words name ("people supervised" in two tables)
    months: tuple[str, ...] = ()  # the months the sentence names ("jun"): a figure published at a dated point

    def describe(self) -> str:
        rest = "100 minus " if self.complement else ""
        return f"{rest}published figure {self.measure} ({self.scope}): stated {self.stated.describe()}"


@dataclass(frozen=True)
class ProviderFigure:
    """A figure of one provider's own (a share of its cases with a home visit, its staff's workloads)."""

    provider: str
    column: str
    stated: Reading

    def describe(self) -> str:
        return f"{self.provider}'s {self.column}: stated {self.stated.describe()}"


@dataclass(frozen=True)
class InspectionOrdinal:
    """Which of a unit's inspections the text reports: 'It was the PDU's first inspection' (1), 'its second
    inspection' (2)."""

    provider: str
    n: int

    def describe(self) -> str:
        return f"{self.provider}'s inspection number {self.n}"


@dataclass(frozen=True)
class InspectionGap:
    """'for the second time in three years': the unit's inspection and the one before it reported within so many
    months of each other."""

    provider: str
    months: int

    def describe(self) -> str:
        return f"{self.provider}'s inspection and the one before it reported within {self.months} months"


@dataclass(frozen=True)
class InspectionDate:
    """When a provider was inspected (fieldwork began) or its report published: a month, and a year if said."""

    provider: str
    column: str  # "fieldwork_start", "published", or "inspection" (either: "at its inspection in September")
    month: int | None  # None: a year alone ("last inspected in 2018") or a season
    year: int | None = None
    day: int | None = None
    months: tuple[int, ...] | None = None  # a season's months ("in the autumn")

    def describe(self) -> str:
        what = {"fieldwork_start": "inspected", "inspection": "its inspection dated"}.get(self.column,
                                                                                       "its report published")
        when = f"{self.month:02d}/{self.year}" if self.year and self.month else (
            str(self.year) if self.year and not self.months else f"month {self.month}")
        if self.months:
            when = f"months {self.months[0]}-{self.months[-1]}" + (f" of {self.year}" if self.year else "")
        when = f"{self.day}/{when}" if self.day else when
        return f"{self.provider} {what} in {when}"


@quick_init
@dataclass(frozen=True)
class Part:
    """One claim-making part of a sentence: where it is, the shape that read it, and its reading or the reason
    it is not read (``problem``). ``rounds`` are the rounds it may speak of; a verdict needs them to agree."""

    start: int
    end: int
    phrase: str
    shape: str
    reading: object = None
    problem: str | None = None
    rounds: tuple[str, ...] = ()
    round_how: str = ""
    round_sure: bool = False
    dated: tuple[int, int | None] | None = None  # the year (and month) its clause dates it by: "in March 2023"
    past: bool = False  # a rating had before ("last rated ... in 2022"): only the inspection its year names
    news: bool = False  # in a text's headline or lede, which report the inspection the text is news of
    earlier: bool = False  # past, and its own clause says so ("previously rated ..."): before the one reported
    since: tuple[int, int | None] | None = None  # "rated R in 2018, it is now ...": after the inspection of that year
    before: str | None = None  # "at its previous inspection it was R; in 2019-20 it was ...": before that round
    every: bool = False  # "rated Inadequate at both its inspections", "twice": true at each of them, two at least
    first: bool = False  # "... at its first inspection": the unit's first inspection in the data
    nth: int = 0  # "... at its second inspection": the one a source calls its second (inspection_ordinals.csv)
    following: bool = False  # "... was rated Good the following year": the unit's inspection after the sentence's round

    def describe(self) -> str:
        if self.problem:
            return f"not read: {self.problem}"
        return self.reading.describe()

    @property
    def people(self) -> bool:
        """Whether it reads the people a named unit supervises: dated by its inspection, as a rating is."""
        r = self.reading
        return isinstance(r, Statement) and r.kind == "people" and bool(r.providers)
