"""`probstat gap`: NPS minus CRC, per measure, with exact tests, intervals and a sentence in words.

Rating domains compare ratings: on the whole four-point scale (the mean band code, an exact permutation test,
and the ordinal effect size P(NPS above CRC) + ties/2 with a bootstrap interval) and the share Good or better
(Fisher's exact test, Newcombe interval). HMIP rates every provider, so on its data a gap is a census figure,
known exactly; the p-values say how unusual it is among all relabellings of the same providers. Key-question domains
compare the percentages of inspected cases that met a key question (mean over providers, and weighted by
cases); where no provider's percentages are known, the sector figures HMIP published stand in, labelled as
published. ``domain='all'`` (or a comma-separated list) stacks domains, with Holm-adjusted p-values over a
family of tests that is printed: by default the tests shown that can reach 5% at all.
"""

from __future__ import annotations

from collections import Counter

import numpy as np
import pandas as pd

from .. import schema
from ..errors import UnknownChoice
from ..output import Chart, View, format_number
from ..stats import (
    fisher_exact,
    fisher_fragility_search,
    holm,
    min_attainable_p,
    newcombe_interval,
    permutation_fragility_search,
    permutation_test,
    superiority_interval,
)
from . import gap_published as published
from . import wording
from .common import add_note, equal_to, listed, python_text, records_table, select_round, with_view
from .gap_kq import column_summary, kq_rows, largest
from .gap_measures import (
    ALL,
    ALL_DOMAINS,
    GAP_COLUMNS,
    OVERALL,
    POINTS,
    PP,
    Pair,
    blank,
    column_or_unknown,
    columns_of,
    coverage_clause,
    domains,
    needs,
    resolve,
)

#: What callers import from here (claims/metrics reads column_summary and needs; the CLI needs and gap).
__all__ = ["ALL", "ALL_DOMAINS", "COMPACT", "GAP_COLUMNS", "OVERALL", "column_summary", "domains", "gap", "needs"]

#: The columns a text table keeps (csv and json carry them all); ``domain`` leads when several are shown and
#: ``published``/``bounds`` follow when published figures are in the table.
COMPACT = ("measure", "nps", "crc", "gap", "unit", "nps_n", "crc_n", "ci_low", "ci_high", "effect", "p_value",
           "p_holm", "fragility")
_INT_COLUMNS = ("nps_n", "crc_n", "nps_k", "crc_k", "nps_cases", "crc_cases", "fragility", "fragility_more_than")
_FLOAT_COLUMNS = ("nps", "crc", "gap", "ci_low", "ci_high", "effect", "effect_low", "effect_high", "p_value",
                  "min_p", "p_holm")


def _rated(rounds: pd.DataFrame | None, rnd: str, rows: pd.DataFrame, notes: list[str]) -> dict[str, int | None]:
    """HMIP's published number of providers rated per sector in ``rnd`` (None where not stated or not given).

    Only when ``rows`` (the data's rows of the round) can be HMIP's providers: a file holding more rows of a
    sector than HMIP inspected in that round counts something else (a user's 200-row file is not "33 of the
    7 NPS divisions HMIP rated"), so it is not measured against the published totals and a note says why.
    """
    out: dict[str, int | None] = dict.fromkeys(schema.SECTORS)
    if rounds is None:
        return out
    held, most = {}, {}
    # The first row of each sector in the round, read as plain values: a table of a dozen rows filtered per
    # sector and column cost more than the whole gap of a domain.
    found: dict[str, tuple] = {}
    for r, sector, *figures in zip(rounds["round"], rounds["sector"], rounds["providers_in_scope"],
                                   rounds["inspected"], rounds["rated"], strict=True):
        if r == rnd and sector in out and sector not in found:
            found[sector] = tuple(figures)
    for sector in schema.SECTORS:
        if sector not in found:
            continue
        counts = [int(v) for v in found[sector] if not pd.isna(v)]
        # Compared as the column is stored (category codes from a large file), not as a Python string a row.
        held[sector] = int(equal_to(rows["sector"], sector).sum())
        most[sector] = max(counts, default=None)
        if not pd.isna(found[sector][2]):
            out[sector] = int(found[sector][2])
    over = [s for s in held if most[s] is not None and held[s] > most[s]]
    if over:
        notes.append(f"the data hold {' and '.join(f'{held[s]} {s}' for s in over)} rows in {rnd}, more than the "
                     f"{' and '.join(f'{most[s]} {s}' for s in over)} providers HMIP published for the round, so "
                     "they are not HMIP's providers one row each and are not compared with HMIP's totals")
        return dict.fromkeys(schema.SECTORS)
    return out


def _rating_rows(rows: pd.DataFrame, rnd: str, domain: str, pair: Pair, notes: list[str],
                 rated: dict[str, int | None]) -> list[dict]:
    stats: dict[str, dict] = {}
    for sector, column in (("NPS", pair.nps_column), ("CRC", pair.crc_column)):
        # One column of one sector: filtering the whole frame per measure would copy every column each time.
        values, in_sector = column_or_unknown(rows, column), equal_to(rows["sector"], sector)
        providers = int(in_sector.sum())
        # Counting ratings once is enough for every statistic: the tests take scores as counts.
        if python_text(values):
            # Counted in Python, in value_counts' order (most first, equals as first met): its selection and
            # count cost 0.5 ms a sector and measure, a dozen rows' worth.
            met = Counter(v for v in values.to_numpy(dtype=object, na_value=None)[in_sector] if v is not None)
            ratings = dict(sorted(met.items(), key=lambda item: -item[1]))
        else:
            ratings = values[in_sector].value_counts()
        scores = {schema.SCORES[r]: int(c) for r, c in ratings.items() if r in schema.SCORES and c}
        n = sum(scores.values())
        stats[sector] = {
            "n": n, "providers": providers, "coverage": f"{n} of {providers}",
            "k": sum(int(c) for r, c in ratings.items() if r in schema.GOOD_OR_BETTER),
            "mean": sum(s * c for s, c in scores.items()) / n if n else None,
            "scores": scores, "rated": rated.get(sector),
        }
    nps, crc = stats["NPS"], stats["CRC"]
    both = nps["n"] > 0 and crc["n"] > 0

    mean = blank(rnd, domain, f"{pair.label}: mean score (0-3)", "mean_score", POINTS,
                  pair.nps_column, pair.crc_column)
    share = blank(rnd, domain, f"{pair.label}: share Good or better", "share_good_or_better", PP,
                   pair.nps_column, pair.crc_column)
    for record in (mean, share):
        record.update(nps_n=nps["n"], crc_n=crc["n"], nps_coverage=nps["coverage"], crc_coverage=crc["coverage"])
    mean.update(nps=nps["mean"], crc=crc["mean"])
    if nps["n"]:
        share.update(nps=100.0 * nps["k"] / nps["n"], nps_k=nps["k"])
    if crc["n"]:
        share.update(crc=100.0 * crc["k"] / crc["n"], crc_k=crc["k"])
    if both:
        test = permutation_test(nps["scores"], crc["scores"])
        effect = superiority_interval(nps["scores"], crc["scores"])
        fragile = permutation_fragility_search(nps["scores"], crc["scores"])
        floor = min_attainable_p(nps["n"], crc["n"])
        mean.update(gap=nps["mean"] - crc["mean"], p_value=test.p_value, min_p=floor, effect=effect.estimate,
                    effect_low=effect.low, effect_high=effect.high, fragility=fragile.changes,
                    fragility_more_than=fragile.more_than,
                    method=(f"exact permutation test over all {test.splits:,} ways of labelling the same providers"
                            if test.exact else "permutation test, normal approximation (groups too large for the "
                            "exact one)") + "; two-sided: a difference in mean codes at least as large either way; "
                    "effect: P(NPS above CRC) + ties/2, " + effect.method + "; the mean of band codes (0-3) is "
                    "shown for readers who know it, not as an interval scale")
        share["gap"] = share["nps"] - share["crc"]
        low, high = newcombe_interval(nps["k"], nps["n"], crc["k"], crc["n"])
        table = (nps["k"], nps["n"] - nps["k"], crc["k"], crc["n"] - crc["k"])
        fragile = fisher_fragility_search(*table)
        share.update(ci_low=100.0 * low, ci_high=100.0 * high, p_value=fisher_exact(*table), min_p=floor,
                     fragility=fragile.changes, fragility_more_than=fragile.more_than,
                     method="Fisher's exact test, two-sided (every table with these margins no more likely than "
                     "the one observed); Newcombe hybrid score 95% interval")

    prefix = "" if domain in (pair.nps_column, pair.crc_column) else f"{domain}: "
    clause = coverage_clause({"NPS": (nps["n"], nps["providers"]), "CRC": (crc["n"], crc["providers"])})
    in_data = nps["n"] == nps["providers"] and crc["n"] == crc["providers"]
    # The sentence also counts providers HMIP rated that the data lack; the notes speak of the data only.
    partial = not in_data or any(side["rated"] is not None and side["n"] < side["rated"] for side in (nps, crc))
    if not both:
        notes.append(f"{prefix}{pair.columns_text} known for {clause} in {rnd}; load fuller data with --data to "
                     "compute this gap")
    elif not in_data:
        # The ratings we hold are the ones press releases quoted, not a random sample of providers.
        notes.append(f"{prefix}{pair.columns_text} known for {clause} in {rnd}: the gap is between known "
                     "ratings only")
    splits = test.splits if both else None
    for record in (mean, share):
        record["summary"] = _rating_summary(record, pair, nps, crc, clause, partial, splits)
    return [mean, share]


def _rating_summary(record: dict, pair: Pair, nps: dict, crc: dict, clause: str, partial: bool,
                    splits: int | None = None) -> str:
    """The pasteable sentence for one rating row (words only; every figure is already in ``record``)."""
    what = "the overall rating" if pair.nps_column == OVERALL else pair.label
    if record["gap"] is None:
        return (f"{record['round']}: no NPS minus CRC gap on {what} can be computed: {pair.columns_text} is known "
                f"for {clause}.")
    n = format_number
    census = not partial and nps["rated"] is not None and crc["rated"] is not None
    p = record["p_value"]
    if record["kind"] == "mean_score":
        head = (f"In {record['round']} NPS divisions scored {n(record['nps'])} on average on {what} (band codes "
                f"Outstanding 3 to Inadequate 0) against {n(record['crc'])} for CRCs, a gap of {n(record['gap'])}; "
                f"a randomly chosen NPS division was rated above a randomly chosen CRC with probability "
                f"{n(record['effect'])} (ties counted half; "
                f"{wording.interval(record['effect_low'], record['effect_high'], 'bootstrap')})")
        test = "the exact permutation p" if record["method"].startswith("exact") else \
            "the permutation p (normal approximation)"
        change = ("one-step rating change", "one-step rating changes")
    else:
        head = (f"In {record['round']} {n(record['nps'])}% of NPS divisions ({nps['k']} of {nps['n']}) were rated "
                f"Good or better on {what} against {n(record['crc'])}% of CRCs ({crc['k']} of {crc['n']}), a gap "
                f"of {n(record['gap'])} percentage points "
                f"({wording.interval(record['ci_low'], record['ci_high'], 'Newcombe')})")
        test = "Fisher's exact p"
        change = ("provider moved across the Good line", "providers moved across the Good line")
    if census:
        scope = wording.census_clause(nps["n"], crc["n"])
    else:
        scope = "it rests on " + wording.coverage_clause(nps["n"], nps["providers"], crc["n"], crc["providers"],
                                                         nps["rated"], crc["rated"])
    meaning = wording.meaning_of_p(p, test, splits, nps["n"], crc["n"])
    tail = "" if census else f"; {wording.cannot_say(partial)}"
    return (f"{head}. {scope[0].upper()}{scope[1:]}; {meaning}"
            f"{wording.fragility_clause(record['fragility'], p, *change, record.get('fragility_more_than'))}"
            f"{tail}.")


def _published_rows(figures: pd.DataFrame | None, domain: str, rnd: str | None) -> list[dict]:
    """Rows for the figures HMIP published about ``domain`` in ``rnd`` (None: those tied to no round)."""
    if figures is None or figures.empty:
        return []
    # The figures of this domain tied to this round (rnd None: to no round), found by a loop over two columns
    # of a small table: boolean selections of the frame cost more than the rows they found.
    wanted = "" if rnd is None else rnd
    at = [i for i, (d, r) in enumerate(zip(figures["domain"], figures["round"], strict=True))
          if d == domain and r == wanted]
    records = []
    # The rows as dicts of plain values, taken once: a row as a Series (iloc) cost 0.1 ms a figure.
    columns = list(figures.columns)
    for fig in (dict(zip(columns, values, strict=True))
                for values in (figures.iloc[at].itertuples(index=False, name=None) if at else ())):
        bounds = published.bounds_text(float(fig["number"]), fig["qualifier"], fig["wording"], fig["unit"])
        record = blank(fig["round"] or None, domain, f"published: {published.description(fig)}", "published",
                        published.UNIT_WORDS.get(fig["unit"], fig["unit"]), None, None)
        record.update(published=f"{fig['scope']}: {fig['wording']}", bounds=bounds, source_url=fig["source_url"],
                      document=fig["document"], method="published figure, not computed",
                      summary=published.summary(fig, bounds))
        records.append(record)
    return records


def _without_unknown_measures(records: list[dict], rnd: str, name: str) -> list[dict]:
    """A domain's rows less the measures known for neither sector; if none is left, one row saying what is
    missing. Several domains stacked would otherwise fill a screen with empty rows (24 on the bundled data)."""
    known = [r for r in records if r["nps_n"] or r["crc_n"]]
    if known:
        return known
    record = blank(rnd, name, f"no provider figures: {', '.join(columns_of(name))} known for no provider",
                    "not_known", records[0]["unit"] if records else PP, None, None)
    record.update(nps_n=0, crc_n=0, summary=f"No provider's {name} figures ({', '.join(columns_of(name))}) are in "
                  f"the data for {rnd}, so no gap can be computed; a fuller file can be given with --data.")
    return [record]


def _rows_where(frame: pd.DataFrame, mask: np.ndarray) -> pd.DataFrame:
    """``frame[mask]``; a shallow copy when the mask keeps every row (check-claims hands over one round's rows),
    which a selection would copy column by column."""
    return frame.copy(deep=False) if mask.all() else frame[mask]


def _domain_rows(by_round: dict[str, pd.DataFrame], name: str, figures: pd.DataFrame | None,
                 rounds: pd.DataFrame | None, notes: list[str], stacked: bool = False) -> list[dict]:
    """Every row of one domain: computed rows per round, then published figures where nothing was computed.

    ``stacked`` (several domains in one table) leaves out measures known for neither sector."""
    _, measures = resolve(name)
    records: list[dict] = []
    empty_rounds = []
    for rnd, rows in by_round.items():
        if name in schema.KQ_DOMAINS:
            kq = [r for column in measures for r in kq_rows(rows, rnd, name, column, notes)]
            mine = [*kq, largest(kq, rnd, name, notes)]
        else:
            rated = _rated(rounds, rnd, rows, notes)
            mine = [r for pair in measures for r in _rating_rows(rows, rnd, name, pair, notes, rated)]
        if stacked:
            mine = _without_unknown_measures(mine, rnd, name)
        records.extend(mine)
        if all(r["gap"] is None for r in mine):
            empty_rounds.append(rnd)
            records.extend(_published_rows(figures, name, rnd))
    if empty_rounds:
        records.extend(_published_rows(figures, name, None))
        if not any(r["kind"] == "published" for r in records):
            where = ("no sector figures were given" if figures is None or figures.empty
                     else "sector_figures has none for it")
            notes.append(f"{name}: nothing to compare in {', '.join(empty_rounds)}: no provider has figures for "
                         f"both sectors ({', '.join(columns_of(name))}) and {where}")
    return records


def _headline(records: list[dict]) -> str | None:
    """The sentence under a domain's table: the mean-score test resting on the most providers (the first of
    equals), else its first computed gap, else its first published figure."""
    tested = [r for r in records if r["p_value"] is not None and r["kind"] == "mean_score"]
    if tested:
        return max(tested, key=lambda r: r["nps_n"] + r["crc_n"])["summary"]
    computed = [r for r in records if r["gap"] is not None]
    if computed:
        return computed[0]["summary"]
    pub = [r for r in records if r["kind"] == "published"]
    return pub[0]["summary"] if pub else None


def _adjust(records: list[dict], names: tuple[str, ...], family_names: tuple[str, ...],
            by_round: dict[str, pd.DataFrame], figures, rounds, notes: list[str]) -> None:
    """Set ``p_holm`` on ``records`` (the rows shown) by Holm over the family, and append a note naming it.

    The family is every test of ``family_names`` whose smallest possible p is below ALPHA; tests of family
    domains not shown are computed here only for the adjustment.
    """
    extra = [r for name in family_names if name not in names
             for r in _domain_rows(by_round, name, figures, rounds, [], stacked=False)]
    pool = [r for r in records if r["domain"] in family_names] + extra
    tested = [r for r in pool if r["p_value"] is not None]
    members = [r for r in tested if r["min_p"] is not None and r["min_p"] < wording.ALPHA]
    member_ids = {id(r) for r in members}
    left_out = [r for r in records if r["p_value"] is not None and id(r) not in member_ids]
    for record, p in zip(members, holm([r["p_value"] for r in members]), strict=True):
        record["p_holm"] = p
    if not members and not left_out:
        return
    def label(r: dict) -> str:
        return f"{r['measure']} {r['round']}"

    named = listed([label(r) for r in members], len(members))
    text = (f"p_holm: Holm's adjustment over a family of {len(members)} two-sided test(s), those of "
            f"{', '.join(family_names)} that can reach 5% at all ({named})")
    if left_out:
        text += (f"; {len(left_out)} test(s) shown have no p_holm: "
                 + listed([f"{label(r)}, smallest possible p {format_number(r['min_p'])}" if r["min_p"] is not None
                           and r["min_p"] >= wording.ALPHA else f"{label(r)}, not in the family"
                           for r in left_out], len(left_out)))
    notes.append(text + "; a test's adjusted p depends on its family: name one with --holm-family")


def gap(frame: pd.DataFrame, *, domain: str = ALL, round_: str | None = schema.DEFAULT_ROUND,
        figures: pd.DataFrame | None = None, rounds: pd.DataFrame | None = None,
        family: str | None = None) -> pd.DataFrame:
    """NPS minus CRC for each measure of ``domain``: one row per measure (per round when ``round_`` is 'all').

    ``domain`` is one domain, 'all' (ALL_DOMAINS, the default, as for `probstat gap`) or a comma-separated
    list; rows come domain by domain in that order, then by round, then by measure.

    Rating domains (``overall``, ``organisation``, ``case-supervision``, ``sector-specific`` or one standard
    column such as ``leadership``) give two rows per standard:

    * ``mean_score`` (band codes Outstanding 3 to Inadequate 0; unit 'points'): the mean code per sector and
      the exact two-sided permutation test over every split of the providers (stats.permutation_test). The
      codes are ordered, not evenly spaced, so no interval is put on the mean difference; ``effect`` is the
      ordinal effect size P(NPS above CRC) + ties/2 with a bootstrap 95% interval ``effect_low``/
      ``effect_high`` inside [0, 1] (stats.superiority_interval). ``fragility`` is the fewest one-step rating
      changes that move p across 0.05 (stats.permutation_fragility_search); when the search stops first,
      ``fragility_more_than`` is how many changes it ruled out.
    * ``share_good_or_better`` (percent; gap in 'percentage points'): Fisher's exact two-sided p-value for
      Good-or-better vs not, the 95% Newcombe interval ``ci_low``/``ci_high``, and ``fragility``, the fewest
      providers moved across the Good line that move p across 0.05 (stats.fisher_fragility).

    All p-values are two-sided. ``min_p`` is the smallest p-value the test could give with these group
    sizes, whatever the ratings (stats.min_attainable_p): 7 against 1 provider can never go below 1/8.
    ``p_holm`` is Holm's adjustment over a family of tests: those of the domains in ``family`` (a --domain
    value; default the domains shown) whose ``min_p`` is below 0.05, since a test that cannot reach 5% only
    inflates the others' adjustment. The family is named in a note; tests outside it have no ``p_holm``.
    Naming the same ``family`` gives a test the same adjusted p whichever domains are shown.
    ``method`` says how each figure was computed; ``summary`` is a sentence in words. Sector-specific
    standards differ between NPS and CRCs, so they are compared by position (3.1 court reports vs unpaid
    work, 3.2 victim work vs Through the Gate) and the measure name says so.

    Key-question domains (``risk``, ``desistance``, ``engagement``) give per key question a ``provider_mean``
    row (mean of the providers' percentages) and a ``case_weighted`` row (sum(pct * cases) / sum(cases)),
    then one ``largest_gap`` row. Qualified percentages such as '>80' are left out of the means.

    Where a domain's round has no computed gap at all, the rows of ``figures`` (a sector-figures table as
    loaded by probstat.published.load_sector_figures; by default the bundled one, as the command uses; an empty
    table for none) for that domain and round follow, as kind
    ``published``: the source's wording in ``published``, the interval it allows in ``bounds``, with
    ``source_url`` and ``document``; their nps, crc and gap stay empty because nothing is computed.

    ``rounds`` (published totals per round and sector, as loaded by probstat.published.load_rounds; by default
    the bundled rounds.csv, as the command uses; an empty table for none) lets the sentences say whether the
    data hold every provider HMIP rated in the round, or only some of them.

    Where a sector has no figure (n = 0) that sector's value, the gap, interval and p-value are empty and a
    note says how thin the data are; nothing is raised.

    >>> from probstat.loader import load
    >>> share = gap(load(), domain="overall").set_index("kind").loc["share_good_or_better"]
    >>> float(round(share["gap"], 2)), int(share["nps_k"]), share["nps_coverage"], int(share["crc_k"])
    (66.67, 5, '7 of 7', 1)
    """
    from ..published import bundled_rounds, load_sector_figures

    figures = load_sector_figures() if figures is None else figures
    rounds = bundled_rounds() if rounds is None else rounds
    names = domains(domain)
    family_names = names if family is None else domains(family)
    # Rounds are never pooled: a later round re-inspects providers of an earlier one.
    # Only the two columns read here: the round's rows of every column are selected once, below.
    chosen = select_round(frame[["round", "sector"]], round_)
    round_names = sorted(chosen["round"].unique())
    providers = chosen["sector"].isin(schema.SECTORS)
    later_only = [r for r in round_names if not providers[equal_to(chosen["round"], r)].any()]
    if later_only and len(later_only) == len(round_names) and round_ not in (None, "all"):
        raise UnknownChoice(f"gap compares NPS divisions with CRCs (2018-21); round {round_} holds the unified "
                            "Probation Service's PDUs and regions (from 2021), which have no such split: try "
                            f"`probstat ratings --round {round_}`")
    round_names = [r for r in round_names if r not in later_only]
    # The columns the domains read only: a caller's frame of every column (check-claims) is not copied whole.
    reads = {*schema.REQUIRED_COLUMNS, *(c for name in {*names, *family_names} for c in needs(name))}
    reads |= {schema.qualifier_suffix(c) for c in reads}
    read = frame[[c for c in frame.columns if c in reads]]
    in_sectors = frame["sector"].isin(schema.SECTORS).to_numpy(dtype=bool)
    by_round = {rnd: _rows_where(read, equal_to(frame["round"], rnd) & in_sectors)
                for rnd in round_names}
    records: list[dict] = []
    notes: list[str] = []
    if later_only:
        notes.append(f"rounds {', '.join(later_only)} left out: they hold PDUs and regions (from 2021), not NPS "
                     "divisions and CRCs")
    headlines: list[str] = []
    for name in names:
        before = len(notes)
        mine = _domain_rows(by_round, name, figures, rounds, notes, stacked=len(names) > 1)
        records.extend(mine)
        line = _headline(mine)
        if line:
            headlines.append(line if len(names) == 1 else f"{name}: {line}")
        else:  # a domain with nothing at all: what is missing is its headline
            missing = next((n for n in notes[before:] if n.startswith(f"{name}: nothing")), None)
            if missing:
                notes.remove(missing)
                headlines.append(missing)

    _adjust(records, names, family_names, by_round, figures, rounds, notes)
    result = records_table(records, GAP_COLUMNS, ints=_INT_COLUMNS, floats=_FLOAT_COLUMNS)
    # Per-column coverage notes would run to dozens of lines when domains are stacked; each row's summary
    # carries them instead.
    family_note = notes.pop() if notes and notes[-1].startswith("p_holm:") else None
    if len(names) > 1:
        notes = [n for n in notes if n.startswith("the data hold")]
    for note in list(dict.fromkeys(notes)) + headlines + ([family_note] if family_note else []):
        add_note(result, note)
    if result["p_value"].notna().any():
        add_note(result, "fragility: the fewest changes that would move p across 0.05; fragility_more_than: how "
                 "many the search ruled out before it stopped (empty in both where no change would, or the groups "
                 "are too large to search)")
    compact = (("round",) if len(round_names) > 1 else ()) + (("domain",) if len(names) > 1 else ()) + COMPACT
    if (result["kind"] == "published").any():
        compact += ("published", "bounds")
    title = f"Gap: {'all domains' if names == ALL_DOMAINS else ', '.join(names)}"
    return with_view(result, View(title=title, compact=compact, chart=Chart(value="gap", label=("measure",),
                                                                          compare=("nps", "crc"), unit="unit",
                                                                          low="ci_low", high="ci_high")))
