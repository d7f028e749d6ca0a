"""What `probstat gap` compares: its domains, the measures (column pairs) of each, the columns a gap table has
and a blank row of it. Shared by gap.py (rating rows, the whole table) and gap_kq.py (key-question rows).
"""

from __future__ import annotations

from dataclasses import dataclass

import pandas as pd

from .. import schema
from ..errors import UnknownChoice, did_you_mean, excerpt

OVERALL = schema.OVERALL_DOMAIN
GAP_COLUMNS = ("round", "domain", "measure", "kind", "unit", "nps_column", "crc_column", "nps", "crc", "gap",
               "nps_n", "crc_n", "nps_k", "crc_k", "nps_cases", "crc_cases", "ci_low", "ci_high", "effect",
               "effect_low", "effect_high", "p_value", "min_p", "nps_coverage", "crc_coverage", "p_holm",
               "fragility", "fragility_more_than", "method", "published", "bounds", "source_url", "document",
               "summary")
#: What ``--domain all`` compares, in this order. sector-specific is left out: its NPS and CRC standards are
#: different standards, so it is no sector gap (ask for it by name).
ALL_DOMAINS: tuple[str, ...] = (OVERALL, "organisation", "case-supervision", *schema.KQ_DOMAINS)
ALL = "all"
POINTS = "points"
PP = "percentage points"


def domains(text: str) -> tuple[str, ...]:
    """The canonical domains of a --domain value: one domain, 'all', or a comma-separated list (order kept).

    >>> domains("all") == ALL_DOMAINS, domains("Risk, overall")
    (True, ('risk', 'overall'))
    """
    if str(text).strip().lower() == ALL:
        return ALL_DOMAINS
    names: list[str] = []
    for part in str(text).split(","):
        if not part.strip():
            continue
        name = canonical(part)
        if name not in names:
            names.append(name)
    if not names:
        raise UnknownChoice(f"no domain in {excerpt(text)}; give a domain, a comma-separated list or 'all'")
    return tuple(names)


def needs(domain: str) -> tuple[str, ...]:
    """Columns `gap` reads for ``domain`` (or 'all', or a list); an unknown domain is a usage error here,
    before any data is read."""
    columns: list[str] = []
    for name in domains(domain):
        wanted = (*schema.KQ_DOMAINS[name], "cases_inspected") if name in schema.KQ_DOMAINS else \
            ("overall", *schema.STANDARD_COLUMNS)
        columns.extend(c for c in wanted if c not in columns)
    return tuple(columns)


def canonical(domain: str) -> str:
    name = schema.normalise_domain(domain)
    if name is None:
        hint = did_you_mean(domain, (ALL, OVERALL, *schema.RATING_DOMAINS, *schema.KQ_DOMAINS,
                                     *schema.STANDARD_COLUMNS))
        raise UnknownChoice(f"no domain {excerpt(domain)}{hint}; domains: {ALL} (every one below but sector-specific), "
                            f"{', '.join((OVERALL, *schema.RATING_DOMAINS))} "
                            f"(ratings), {', '.join(schema.KQ_DOMAINS)} (key questions), or one standard: "
                            f"{', '.join(schema.STANDARD_COLUMNS)}")
    return name


@dataclass(frozen=True)
class Pair:
    """What one rating measure compares: NPS's column against CRC's (the same column unless sector-specific)."""

    label: str
    nps_column: str
    crc_column: str

    @property
    def columns_text(self) -> str:
        if self.nps_column == OVERALL:
            return "overall rating"
        if self.nps_column == self.crc_column:
            return self.nps_column
        return f"{self.nps_column} (NPS) / {self.crc_column} (CRC)"


def standard_pair(column: str) -> Pair:
    std = schema.STANDARDS_BY_COLUMN[column]
    if std.sectors == schema.BOTH:
        return Pair(f"{std.code} {std.name}", column, column)
    # NPS and CRCs have different third-domain standards; HMIP numbers them alike (3.1, 3.2), so the only
    # comparison available is by position, and the measure name must say it is not like with like.
    nps, crc = (next(s for s in schema.STANDARDS if s.code == std.code and s.sectors == (sector,))
                for sector in schema.SECTORS)
    return Pair(f"{std.code} {nps.name} (NPS) vs {crc.name} (CRC), different standards", nps.column, crc.column)


def resolve(domain: str) -> tuple[str, list[Pair] | tuple[str, ...]]:
    """(canonical domain name, rating pairs or key-question columns)."""
    name = canonical(domain)
    if name == OVERALL:
        return OVERALL, [Pair("Overall rating", OVERALL, OVERALL)]
    if name in schema.KQ_DOMAINS:
        return name, schema.KQ_DOMAINS[name]
    if name in schema.RATING_DOMAINS:
        pairs: list[Pair] = []
        for column in schema.RATING_DOMAINS[name]:
            pair = standard_pair(column)
            if pair not in pairs:  # sector-specific: four columns make two positional pairs
                pairs.append(pair)
        return name, pairs
    return name, [standard_pair(name)]


def column_or_unknown(rows: pd.DataFrame, name: str) -> pd.Series:
    """A column, or all-unknown when the file does not have it (a user's file may leave columns out)."""
    if name in rows:
        return rows[name]
    return pd.Series(float("nan"), index=rows.index, dtype=float)


def blank(rnd: str, domain: str, measure: str, kind: str, unit: str, nps_column: str | None,
           crc_column: str | None) -> dict:
    record: dict = dict.fromkeys(GAP_COLUMNS)
    record.update(round=rnd, domain=domain, measure=measure, kind=kind, unit=unit, nps_column=nps_column,
                  crc_column=crc_column)
    return record


def coverage_clause(counts: dict[str, tuple[int, int]]) -> str:
    """'0 of 7 NPS and 0 of 21 CRC providers'."""
    return " and ".join(f"{known} of {total} {sector}" for sector, (known, total) in counts.items()) + " providers"


def columns_of(name: str) -> tuple[str, ...]:
    _, measures = resolve(name)
    if name in schema.KQ_DOMAINS:
        return tuple(measures)
    return tuple(dict.fromkeys(c for pair in measures for c in (pair.nps_column, pair.crc_column)))
