"""The vocabulary of the data: ratings and scores, standards per sector, domains, column types, HMIP rules.

Everything here is a fact about HMIP's framework or about providers.csv's layout. It is kept in one place
so that the loader, the analyses, validation and the docs all read the same table.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

# --- Rounds and sectors --------------------------------------------------------------------------------

#: The round every command and claim reads when none is named: the one round in which HMIP inspected and
#: rated all 28 providers.
DEFAULT_ROUND = "2018-19"
SECTORS: tuple[str, ...] = ("NPS", "CRC")
#: Units HMIP rated after the unified Probation Service began in June 2021: they go in the ``sector`` column
#: of the same table (a PDU, a region, or the one national inspection of HMPPS). Their rounds are HMIP's
#: annual-report periods, and their framework is not the 2018-21 one: NPS and CRC comparisons (gap, the
#: ten-standard score bands) never include them.
UNIT_TYPES: tuple[str, ...] = ("PDU", "region", "national")
#: Every value the sector column may hold: the 2018-21 provider sectors, then the later unit types.
ALL_SECTORS: tuple[str, ...] = (*SECTORS, *UNIT_TYPES)
#: The first round (HMIP annual-report period) of the unified Probation Service: from it on HMIP rated PDUs and
#: regions. Round names are YYYY-YY, so text order is time order.
UNIFIED_FROM = "2021-22"
#: HMIP's first round of ratings: no unit had a rating before it.
FIRST_RATED_ROUND = "2018-19"
#: How sentences name the units of a sector or unit type ('3 of 7 NPS divisions'); the national inspection is
#: one unit and has no plural. Units of no sector or of several are 'providers'.
SECTOR_PLURALS: dict[str, str] = {"NPS": "NPS divisions", "CRC": "CRCs", "PDU": "PDUs", "region": "regions"}


def shows_later_units(round_: str | None) -> bool:
    """Whether a table for ``round_`` (None or 'all' for every round) has the later units' columns. Decided by
    the round asked for, never by the rows a file holds, so that a command's columns do not depend on the file;
    the 2018-19 to 2020-21 rounds of NPS divisions and CRCs keep their own columns."""
    return round_ in (None, "all") or str(round_) >= UNIFIED_FROM


#: Names for --unit: 'provider' is an NPS division or CRC (2018-21), the others a unit type.
UNIT_CHOICES: dict[str, tuple[str, ...]] = {"provider": SECTORS, "pdu": ("PDU",), "region": ("region",),
                                            "national": ("national",)}


def canonical_sector(text: str) -> str | None:
    """The spelling of a sector or unit type as stored ('pdu' -> 'PDU', 'Region' -> 'region'); None if unknown."""
    return {s.lower(): s for s in ALL_SECTORS}.get(str(text).strip().lower())

# --- Ratings -------------------------------------------------------------------------------------------

RATINGS: tuple[str, ...] = ("Outstanding", "Good", "Requires improvement", "Inadequate")
#: HMIP's points per rating (inspection framework: each standard scores 0-3).
SCORES: dict[str, int] = {"Outstanding": 3, "Good": 2, "Requires improvement": 1, "Inadequate": 0}
GOOD_OR_BETTER = frozenset({"Outstanding", "Good"})
#: Each rating's name in column names and keys ('requires_improvement'): rounds.csv's counts, the
#: completeness table's and league's columns. STANDARD_COUNT_COLUMNS below prefixes them with n_std_.
RATING_KEYS: dict[str, str] = {r: r.lower().replace(" ", "_") for r in RATINGS}

#: Overall rating from the sum of the ten standards' scores (0-30), as (rating, low, high) inclusive.
OVERALL_BANDS: tuple[tuple[str, int, int], ...] = (
    ("Inadequate", 0, 5),
    ("Requires improvement", 6, 15),
    ("Good", 16, 25),
    ("Outstanding", 26, 30),
)
#: A case-supervision standard follows its lowest key-question percentage: (rating, low, high-exclusive).
KEY_QUESTION_BANDS: tuple[tuple[str, float, float], ...] = (
    ("Inadequate", 0.0, 50.0),
    ("Requires improvement", 50.0, 65.0),
    ("Good", 65.0, 80.0),
    ("Outstanding", 80.0, math.inf),
)


def band_for_percentage(pct: float) -> str:
    """The rating a case-supervision standard gets when its lowest key question scores ``pct``."""
    for rating, low, high in KEY_QUESTION_BANDS:
        if low <= pct < high:
            return rating
    raise ValueError(f"percentage {pct} is outside 0-100")


def normalise_rating(text: str) -> str | None:
    """The canonical spelling of a rating, accepting any case and spacing; None if it is not a rating."""
    key = " ".join(text.split()).lower()
    for rating in RATINGS:
        if rating.lower() == key:
            return rating
    return None


# --- Standards -----------------------------------------------------------------------------------------

@dataclass(frozen=True)
class Standard:
    """One of HMIP's ten standards as a column of providers.csv."""

    column: str
    code: str
    name: str
    sectors: tuple[str, ...]  # the 2018-21 sectors it is rated for
    #: the later unit types a source may state it for (the PDU and regional frameworks name these standards too)
    units: tuple[str, ...] = ()

    def applies_to(self, sector: str) -> bool:
        """Whether a row of ``sector`` (a sector or unit type) can hold a rating for this standard."""
        return sector in self.sectors or sector in self.units

    @property
    def domain(self) -> str:
        return {"1": "organisation", "2": "case-supervision", "3": "sector-specific"}[self.code[0]]


BOTH = SECTORS
STANDARDS: tuple[Standard, ...] = (
    Standard("leadership", "1.1", "Leadership", BOTH, UNIT_TYPES),
    Standard("staff", "1.2", "Staff", BOTH, UNIT_TYPES),
    Standard("services", "1.3", "Services", BOTH, UNIT_TYPES),
    Standard("information_facilities", "1.4", "Information and facilities", BOTH, UNIT_TYPES),
    Standard("assessment", "2.1", "Assessment", BOTH, UNIT_TYPES),
    Standard("planning", "2.2", "Planning", BOTH, UNIT_TYPES),
    Standard("implementation_delivery", "2.3", "Implementation and delivery", BOTH, UNIT_TYPES),
    Standard("reviewing", "2.4", "Reviewing", BOTH, UNIT_TYPES),
    Standard("unpaid_work", "3.1", "Unpaid work", ("CRC",)),
    Standard("through_the_gate", "3.2", "Through the Gate", ("CRC",)),
    # A PDU's court work and a region's victim work are rated under the later frameworks (docs/data.md).
    Standard("court_reports", "3.1", "Court reports and case allocation", ("NPS",), ("PDU",)),
    Standard("victim_work", "3.2", "Statutory victim work", ("NPS",), ("region",)),
)
STANDARD_COLUMNS: tuple[str, ...] = tuple(s.column for s in STANDARDS)
STANDARDS_BY_COLUMN = {s.column: s for s in STANDARDS}
N_STANDARDS = 10  # every provider is rated on ten: eight common and two of its sector's


def standards_for(sector: str) -> tuple[Standard, ...]:
    """The ten standards a provider of ``sector`` is rated on."""
    return tuple(s for s in STANDARDS if sector in s.sectors)


#: Rating domains of `probstat gap`: name -> standard columns.
RATING_DOMAINS: dict[str, tuple[str, ...]] = {
    "organisation": ("leadership", "staff", "services", "information_facilities"),
    "case-supervision": ("assessment", "planning", "implementation_delivery", "reviewing"),
    "sector-specific": ("unpaid_work", "through_the_gate", "court_reports", "victim_work"),
}

# --- Key questions -------------------------------------------------------------------------------------

KQ_STANDARDS = (("2_1", "assessment"), ("2_2", "planning"), ("2_3", "implementation_delivery"),
                ("2_4", "reviewing"))
KQ_ASPECTS = {
    "engagement": "engaging the person on probation",
    "desistance": "supporting desistance (the factors linked to offending)",
    "safety": "keeping other people safe",
}
#: Key-question domains of `probstat gap`: name -> columns, one per case-supervision standard.
KQ_DOMAINS: dict[str, tuple[str, ...]] = {
    "risk": tuple(f"kq{code}_safety" for code, _ in KQ_STANDARDS),
    "desistance": tuple(f"kq{code}_desistance" for code, _ in KQ_STANDARDS),
    "engagement": tuple(f"kq{code}_engagement" for code, _ in KQ_STANDARDS),
}
OVERALL_DOMAIN = "overall"


def normalise_domain(text: str) -> str | None:
    """The canonical name of a domain written in any case with spaces, dashes or underscores; None if unknown.

    Domains are dashed ('case-supervision'), standards underscored ('information_facilities'): both spellings
    of either are accepted, so 'victim work', 'victim-work' and 'Victim_Work' all name ``victim_work``.
    """
    words = " ".join(str(text).strip().lower().replace("_", " ").replace("-", " ").split())
    dashed, underscored = words.replace(" ", "-"), words.replace(" ", "_")
    if dashed == OVERALL_DOMAIN or dashed in RATING_DOMAINS or dashed in KQ_DOMAINS:
        return dashed
    if underscored in STANDARDS_BY_COLUMN:
        return underscored
    return None


KQ_COLUMNS: tuple[str, ...] = tuple(f"kq{code}_{aspect}" for code, _ in KQ_STANDARDS for aspect in KQ_ASPECTS)


def kq_label(column: str) -> str:
    """A readable name for a key-question column, e.g. 'Assessment: keeping other people safe'."""
    prefix, minor, aspect = column.split("_", 2)  # kq2_1_safety -> kq2, 1, safety
    standard = dict(KQ_STANDARDS)[f"{prefix[-1]}_{minor}"]
    return f"{STANDARDS_BY_COLUMN[standard].name}: {KQ_ASPECTS[aspect]}"


# --- Columns -------------------------------------------------------------------------------------------

#: Approximate figures keep their qualifier as a prefix of the value. Qualifier -> (meaning, factor of the
#: stated value giving the lower and upper bound). '~' and '<~' use the same 10% closeness as the claims
#: reading table, which takes CLOSENESS from here.
CLOSENESS = 0.10
#: A share written as a fraction word ("two-thirds", "only a quarter") is stored as N/D (e.g. 2/3) and read as
#: the fraction in per cent plus or minus this many hundredths, as the claims wording table reads fraction
#: words (probstat.claims.numbers takes FRACTION_PRECISION from here).
FRACTION_TOLERANCE = 0.025
#: The qualifier a loaded N/D figure carries in its ``<column>_qualifier`` column.
FRACTION = "/"
QUALIFIERS: dict[str, tuple[str, float, float]] = {
    "": ("exact", 1.0, 1.0),
    ">": ("more than", 1.0, math.inf),
    "<": ("less than", 0.0, 1.0),
    "~": ("around", 1.0 - CLOSENESS, 1.0 + CLOSENESS),
    "<~": ("nearly", 1.0 - CLOSENESS, 1.0),
}
# A fraction N/D (e.g. 2/3 for "two-thirds") is not a prefix, so it is not in QUALIFIERS: its bounds are the
# share plus or minus FRACTION_TOLERANCE of 100 (fraction_bounds), as the claims table reads fraction words.


def qualifier_meaning(qualifier: str | None) -> str:
    """'more than', 'around', ... for a loaded qualifier; 'fraction' for an N/D figure."""
    return "fraction" if qualifier == FRACTION else QUALIFIERS[qualifier or ""][0]


def fraction_bounds(percent: float) -> tuple[float, float]:
    """The interval a fraction figure stands for, in per cent: e.g. 2/3 -> (64.17, 69.17)."""
    return percent - 100 * FRACTION_TOLERANCE, percent + 100 * FRACTION_TOLERANCE


@dataclass(frozen=True)
class Column:
    """A column of providers.csv: its kind drives parsing and validation."""

    name: str
    kind: str  # id | text | sector | round | rating | date | count | qcount | qpercent | url
    unit: str
    description: str
    required: bool = False


def _standard_columns() -> list[Column]:
    cols = []
    for s in STANDARDS:  # described by their 2018-21 sectors; docs/data.md says what later units may hold
        only = "" if s.sectors == BOTH else f"; {s.sectors[0]} only, empty for the other sector"
        cols.append(Column(s.column, "rating", "rating",
                           f"Standard {s.code} {s.name} ({s.sectors[0] if len(s.sectors) == 1 else 'both sectors'})"
                           f"{only}"))
    return cols


COLUMNS: tuple[Column, ...] = (
    Column("round", "round", "YYYY-YY", "Inspection round, e.g. 2018-19", required=True),
    Column("provider_id", "id", "slug", "Stable identifier of the provider, e.g. nps-wales", required=True),
    Column("provider", "text", "text", "Provider name", required=True),
    # The description is the 2018-21 one, as `show` prints it; docs/data.md describes the later unit types.
    Column("sector", "sector", "NPS|CRC|PDU|region|national", "NPS (public) division or CRC (private company)",
           required=True),
    Column("owner", "text", "text", "Owner or operator at the time of the inspection"),
    Column("published", "date", "YYYY-MM[-DD]", "Date the inspection report was published"),
    Column("fieldwork_start", "date", "YYYY-MM[-DD]", "Date inspection fieldwork started"),
    Column("overall", "rating", "rating", "Overall rating"),
    *_standard_columns(),
    Column("n_std_outstanding", "count", "standards (0-10)", "How many of the ten standards were Outstanding"),
    Column("n_std_good", "count", "standards (0-10)", "How many of the ten standards were Good"),
    Column("n_std_requires_improvement", "count", "standards (0-10)",
           "How many of the ten standards were Requires improvement"),
    Column("n_std_inadequate", "count", "standards (0-10)", "How many of the ten standards were Inadequate"),
    Column("cases_inspected", "count", "cases", "Cases inspected for the case-supervision standards"),
    *(Column(c, "qpercent", "percent", f"Key question {c[2]}.{c[4]}: {kq_label(c)}; share of inspected cases "
             "answered yes") for c in KQ_COLUMNS),
    Column("home_visit_pct", "qpercent", "percent", "Share of cases needing a home visit where one was done"),
    Column("people_supervised", "qcount", "people", "People supervised, as stated in the source"),
    Column("avg_caseload", "qcount", "cases per case manager", "Average caseload of probation staff"),
    Column("staff_caseload_over_50_pct", "qpercent", "percent",
           "Share of interviewed staff with caseloads over 50"),
    Column("staff_workload_unmanageable_pct", "qpercent", "percent",
           "Share of interviewed staff saying their workload was unmanageable"),
    Column("staff_workload_manageable_pct", "qpercent", "percent",
           "Share of interviewed staff saying their workload was manageable"),
    *(Column(c, kind, unit, text) for c, (kind, unit, text) in {
        "region": ("text", "text", "Probation Service region of a PDU, or the region a regional row rates "
                   "(later units only)"),
        "points": ("count", "points (0-27)", "Inspection points as HMIP states them: programme-1 PDU inspections "
                   "scored out of a possible 27"),
        "round_basis": ("text", "stated|inferred", "How the row's round (HMIP annual-report period) is known: "
                        "stated by a source, or inferred from the publication date or series (sources.csv says how)"),
    }.items()),
    Column("source_url", "url", "URL", "Main source of the row (every figure's own source is in sources.csv)"),
)
#: Columns added for the later units: on an NPS or CRC row they are listed only where known, so that the
#: 2018-21 tables (show, validate's coverage) read as they did.
LATER_COLUMNS: tuple[str, ...] = ("region", "points", "round_basis")
#: The rounds of HMIP's first PDU programme (reports from January 2022 to January 2024), whose inspections HMIP
#: scored out of 27 (nine standards, 0-3 each). The second programme, from February 2024 (2024-25), rates four
#: core case standards (HMIP's Sunderland PDU report, 2025), so a score out of 27 is never one of its inspections.
POINTS_ROUNDS: tuple[str, ...] = ("2021-22", "2022-23", "2023-24")
ROUND_BASES: tuple[str, ...] = ("stated", "inferred")
COLUMNS_BY_NAME = {c.name: c for c in COLUMNS}
COLUMN_NAMES: tuple[str, ...] = tuple(c.name for c in COLUMNS)
REQUIRED_COLUMNS: tuple[str, ...] = tuple(c.name for c in COLUMNS if c.required)
RATING_COLUMNS: tuple[str, ...] = ("overall", *STANDARD_COLUMNS)
QUALIFIED_COLUMNS: tuple[str, ...] = tuple(c.name for c in COLUMNS if c.kind in ("qcount", "qpercent"))
COUNT_COLUMNS: tuple[str, ...] = tuple(c.name for c in COLUMNS if c.kind == "count")
STANDARD_COUNT_COLUMNS: dict[str, str] = {r: f"n_std_{key}" for r, key in RATING_KEYS.items()}
#: Columns whose values are identifiers rather than figures: no source row is needed for them.
KEY_COLUMNS = ("round", "provider_id", "source_url")
SOURCE_COLUMNS: tuple[str, ...] = ("round", "provider_id", "field", "source_url", "basis", "note")
#: Columns a sources file must have; ``basis`` may be missing in a file written before it existed.
REQUIRED_SOURCE_COLUMNS: tuple[str, ...] = ("round", "provider_id", "field", "source_url", "note")

# --- How a figure is known -----------------------------------------------------------------------------

#: The ``basis`` of a figure in sources.csv, rounds.csv and sector_figures.csv: how the figure follows from
#: its source. Value -> meaning (docs/data.md shows this table).
BASES: dict[str, str] = {
    "stated": "the source states the figure itself (a rating, number or date in so many words)",
    "wording": "read from narrative wording rather than a stated figure, e.g. 'performed well on three', "
               "'two-thirds'; the note gives the words",
    "arithmetic": "computed from figures the source states, e.g. ten standards less the five and four "
                  "stated; the note gives the sum",
    "later-source": "taken from a document outside the round, e.g. a later release saying a rating "
                    "'has not changed', or an owner named a year later; the note says which",
    "coverage-date": "a publication date that is the date of a news item about the report, not a date the "
                     "report or HMIP gives",
    "inferred": "placed by reasoning from other facts rather than read: a rating's annual-report period from "
                "its date or series, a PDU's region from the series it was published in; the note gives the "
                "reasoning",
}
#: What a sources file without a basis column (written before the column existed) reports for every figure.
UNKNOWN_BASIS = "unknown"


def qualifier_suffix(column: str) -> str:
    """The name of the companion column holding a qualified column's qualifier."""
    return f"{column}_qualifier"
