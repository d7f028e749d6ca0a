"""Judge a statement from its reading and what the data allow, and word the verdict.

A verdict is supported or contradicted only when the reading's population, predicate, round and quantity are
all understood and the data (or a published total from another document) settle it; otherwise it is
unverifiable, with the reason. A statement whose round is not written in the sentence itself (nor given with --round) is
contradicted only if it is false in every round the data hold.
"""

from __future__ import annotations

import math
from dataclasses import dataclass, replace

import pandas as pd

from .. import schema
from . import lazy_re as re
from .evaluate import (
    Context,
    Outcome,
    count,
    league_position,
    people,
    population_size,
    provider_rating,
    same_url,
)
from .inspection_gap import gap_outcome
from .judge_counts import _count_verdict, agreed_at_date
from .outcomes import (
    _change_outcome,
    _compare,
    _comparison_outcome,
    _date_outcome,
    _distribution_outcome,
    _extreme_outcome,
    _figure_outcome,
    _first_report,
    _last_report,
    _likelihood_outcome,
    _ordinal_outcome,
    _owner_of_outcome,
    _rating_outcome,
    _region_count_outcome,
    _region_outcome,
    _rounds,
    provider_rounds,
)
from .outcomes_owners import owner_outcome
from .part_round import replaced
from .quick_init import quick_init
from .readings import (
    Change,
    Distribution,
    InspectionDate,
    InspectionGap,
    InspectionOrdinal,
    Likelihood,
    OwnerCount,
    Part,
    ProviderFigure,
    ProviderOwner,
    ProviderRating,
    ProviderRegion,
    RatedExtreme,
    RatingComparison,
    RegionCount,
    SectorFigure,
    StandardsCount,
    Statement,
)
from .report_order import ReportOrder, report_order_outcome
from .sector_outcome import _sector_outcome
from .standards_outcome import _standards_outcome
from .which_round import _about_provider, _whole, candidate_rounds


@quick_init
@dataclass(frozen=True)
class Judgement:
    """The verdict on one statement and its working."""

    verdict: str  # supported | contradicted | unverifiable | not a claim
    computed: str | None
    n: int | None
    evidence: str | None
    explanation: str


def _evidence(o: Outcome) -> str:
    if o.evidence == "published totals" and o.document:
        return f"published totals: {o.document} ({o.document_url})"
    return "data: providers.csv" if o.evidence == "data" else o.evidence


def _people_verdict(st: Statement, o: Outcome) -> tuple[str, str]:
    c, s = o.interval, st.stated
    rule_to_qualifier = {"over": ">", "nearly": "<~", "around": "~", "less than": "<", "exact count": ""}
    pid, qualifier, value = o.members[0]
    if rule_to_qualifier.get(s.rule) == qualifier and math.isclose(float(value), s.value):
        return "supported", f"{o.detail}: the same figure and qualifier"
    return _compare(c, s), o.detail


def _provider_verdict(st: Statement, o: Outcome, ctx: Context) -> tuple[str, str, Outcome]:
    has = o.interval.low == 1
    if not has:
        return "contradicted", o.detail, o
    if st.quantifier is None:
        return "supported", o.detail, o
    group = Statement(st.start, st.end, st.phrase, "count", sector=st.sector, population_words=st.population_words,
                      predicate=st.predicate, round=st.round)
    g = count(ctx, group)
    pid = st.providers[0]
    if g.interval is None:
        return "unverifiable", f"{o.detail}; {g.detail}", o
    if st.quantifier == "only":
        if g.interval.exact and g.interval.low == 1:
            return "supported", f"{o.detail}; {g.detail}", o
        if g.interval.low >= 2:
            return "contradicted", f"{o.detail}; {g.detail}", o
        return "unverifiable", f"{o.detail}; {g.detail}", o
    # first: no other member with the predicate published earlier
    mine = next((p for m, _, p in g.members if m == pid), None)
    others = [(m, p) for m, v, p in g.members if m != pid and v in st.predicate.ratings]
    if g.interval.exact and not others:
        return "supported", f"{o.detail}; no other {st.population_words} {st.predicate.describe()} in {st.round}", o
    if mine and any(p and p < mine[: len(p)] for _, p in others):
        return "contradicted", f"{o.detail}; another was {st.predicate.describe()} earlier", o
    return "unverifiable", f"{o.detail}; the order of publication is not settled", o


def _evaluate(st: Statement, ctx: Context) -> tuple[str, str, Outcome | None]:
    if st.kind == "people":
        o = people(ctx, st)
        if o.interval is None:
            return "unverifiable", o.detail, o
        v, why = _people_verdict(st, o)
        return v, why, o
    if st.kind == "rank":
        return league_position(ctx, st)
    if st.kind == "provider":
        o = provider_rating(ctx, st)
        if o.interval is None:
            return "unverifiable", o.detail, o
        return _provider_verdict(st, o, ctx)
    o = count(ctx, st)
    if o.interval is None:
        return "unverifiable", o.detail, o
    v, why = _count_verdict(st, o, ctx)
    return v, why, o


def _circular(st: Statement, o: Outcome | None, ctx: Context) -> bool:
    """True when every providers.csv cell the outcome rests on comes from the document being checked."""
    if ctx.source is None or o is None or o.evidence != "data" or not st.providers:
        return False
    rows = ctx.frame[(ctx.frame["round"] == st.round) & ctx.frame["provider_id"].isin(st.providers)]
    urls = set(rows["source_url"].dropna())
    return bool(urls) and all(same_url(u, ctx.source) for u in urls)


def judge(st: Statement, ctx: Context) -> Judgement:
    """The verdict on one statement, with the working in words."""
    if st.kind == "not a claim":
        return Judgement("not a claim", None, None, None, st.notes[0] if st.notes else "not a quantity")
    if st.kind == "share" and st.consistency is not None:
        agree = st.stated.overlaps(st.consistency)
        said = f"'{st.phrase}' ({st.stated.describe()}) and '{st.consistency_phrase}' ({st.consistency.describe()})"
        return Judgement("supported" if agree else "contradicted", st.consistency.describe(), None,
                         "consistency: both figures are in this text",
                         f"The text {'agrees' if agree else 'disagrees'} with itself: {said}.")
    if st.problem:
        return Judgement("unverifiable", None, None, None, f"not understood: {st.problem}")
    if st.kind == "scale size":
        size = len(schema.RATINGS)
        agree = st.stated.contains(size)
        return Judgement("supported" if agree else "contradicted", str(size), None,
                         f"the rating scale: {', '.join(schema.RATINGS)} (best first)",
                         f"The rating scale has {size} ratings; the text says \"{st.phrase}\".")
    if st.kind == "scale":
        named, placed = st.predicate.ratings, tuple(st.notes[1].split(","))
        agree = set(named) == set(placed)
        return Judgement("supported" if agree else "contradicted", " or ".join(placed), None,
                         f"the rating scale: {', '.join(schema.RATINGS)} (best first)",
                         f"'{st.notes[0]}' is {' or '.join(named)}; {st.phrase} is {' or '.join(placed)}.")
    if st.round is None:
        how = st.round_how or "none written, none given with --round or --as-of"
        return Judgement("unverifiable", None, None, None, f"not understood: no round ({how})")
    held = _rounds(ctx)
    if st.round not in held:
        return Judgement("unverifiable", None, None, None, f"round {st.round} is not in the data ({', '.join(held)})")
    verdict, why, o = _evaluate(st, ctx)
    if verdict == "contradicted" and not st.round_sure:
        others = {}
        # (a round in which the data hold no inspection of a named provider stays a reading: the data do not hold
        # every inspection, e.g. Hampshire and Isle of Wight CRC's unrated part-inspection of 2020)
        kinds = set(ctx.frame.loc[ctx.frame["provider_id"].isin(st.providers), "sector"].astype(str))
        for r in held:
            # a round in which the population has no member cannot be the one meant ("NPS divisions" after 2021),
            # nor one in which the named unit's kind was not inspected at all (an NPS division after 2021)
            if r != st.round and (st.sector is None or len(ctx.scope(r, st.sector))) and not (
                    len(kinds) == 1 and not any(len(ctx.scope(r, k)) or ctx.round_row(r, k) is not None
                                                for k in kinds)) and not _other_size(ctx, st, r):
                v, _, _ = _evaluate(_with_round(st, r), ctx)
                others[r] = "contradicted" if v == "unverifiable" and _uninspected(st, r, ctx) else v
        if any(v != "contradicted" for v in others.values()):
            alt = ", ".join(f"{v} in {r}" for r, v in others.items())
            return Judgement("unverifiable", _computed(o), o.n if o else None, _evidence(o) if o else None,
                             f"The round is not written in the sentence ({st.round_how}): {why} in {st.round}, "
                             f"but {alt}.")
    if verdict == "supported" and _circular(st, o, ctx):
        return Judgement("unverifiable", _computed(o), o.n, "circular: the data's only source is this document",
                         f"{why}; but that figure comes only from the document being checked ({ctx.source}).")
    lead = {"supported": "Agrees with the data", "contradicted": "Does not match the data",
            "unverifiable": "The data do not settle it"}[verdict]
    return Judgement(verdict, _computed(o), o.n if o else None, _evidence(o) if o else None,
                     f"{lead}: {why}." + (f" Needs {o.needs}." if o and o.needs and verdict == "unverifiable" else ""))


def _uninspected(st: Statement, round_: str, ctx: Context) -> bool:
    """Whether the units a statement names were not inspected in a round whose every inspection of their kind the
    data hold (rows as many as HMIP's published number): then they had no rating that round."""
    if not st.providers or st.sector is None:
        return False
    kind = re.split(r"[#@]", st.sector)[0]
    totals = ctx.round_row(round_, kind)
    inspected = None if totals is None or pd.isna(totals.get("inspected")) else int(totals["inspected"])
    held = ctx.scope(round_, kind)
    return inspected is not None and inspected == len(held) and \
        not set(st.providers) & set(held["provider_id"])


def _current_settled(ctx: Context, part: Part, round_: str, date: str) -> bool:
    """Whether the inspection of a part's unit current at ``date`` is surely its ``round_`` one: every later
    round of its kind whose reports had begun by then is held whole in the data (as many rows as HMIP inspected),
    so no later report of it can be missing."""
    row = ctx.row(_about_provider(part), round_)
    if row is None:
        return False
    kind = row.get("sector")
    for rd in _rounds(ctx):
        if rd <= round_ or not _first_report(ctx, rd) or _first_report(ctx, rd)[:7] > date[:7]:
            continue
        totals = ctx.round_row(rd, kind)
        if totals is None or pd.isna(totals.get("inspected")) or int(totals["inspected"]) != len(ctx.scope(rd, kind)):
            return False
    return True


def _computed(o: Outcome | None) -> str | None:
    return None if o is None or o.interval is None else o.interval.text()


def _with_round(st: Statement, round_: str) -> Statement:
    return replace(st, round=round_)


def judge_part(part: Part, ctx: Context, date: str | None = None,
               numbered: list[str] | None = None) -> tuple[Judgement, str | None]:
    """The verdict on one part over every round it may speak of, and the round(s) used; a verdict needs them to
    agree. ``numbered`` are the rounds the sentence's "N of the M" names (which_round.rounds_numbered)."""
    if part.problem:
        return Judgement("unverifiable", None, None, None, f"not read: {part.problem}"), None
    r = part.reading
    if isinstance(r, Statement) and r.kind in ("scale", "scale size"):
        return judge(r, ctx), None  # the rating scale is the same in every round
    rounds, how = candidate_rounds(ctx, part, date)
    # An undated owner claim is judged at the inspections the text may report, as a rating is: the data hold the
    # owner at each inspection, so it is supported only where every one of them had that owner, and contradicted
    # only by an owner the data and their sources never name for the CRC (CRCs changed hands between inspections;
    # unit_facts.owners_named).
    if isinstance(r, InspectionDate) and not part.round_sure:
        # "it was inspected in November 2018", "we last visited in October 2018": the date names the inspection,
        # so every inspection of the provider is a reading, whatever the text's date or re-inspection says
        rounds = [rd for rd, _ in provider_rounds(ctx, r.provider)] or rounds
        # (not an inspection of a round years from the date: "published in February 2022" is no report of 2025-26)
        rounds = [rd for rd in rounds if r.year is None or int(rd[:4]) - 1 <= r.year <= int(rd[:4]) + 2] or rounds
        how = f"{r.provider}'s inspections in the data (the date names one)"
    if date and isinstance(r, Statement) and r.kind == "count" and rounds and \
            not (r.predicate is not None and r.predicate.kind == "providers"):
        # a round that began after the text was written is none it can count, nor one none of whose reports were
        # out by then; a text dated early in a round (an annual report in March) may count the round just ended
        # (how many providers a round has in scope is known before its first report: "21 CRCs" at any date)
        if not part.round_sure and "implied by" in how:
            ended = [rd for rd in _rounds(ctx) if _last_report(ctx, rd) and _last_report(ctx, rd)[:7] <= date[:7]]
            rounds = sorted(set(rounds) | set(ended[-1:]))
        rounds = [rd for rd in rounds if f"{rd[:4]}-04" <= date[:7] and _first_report(ctx, rd)[:7] <= date[:7]] \
            or rounds
        open_ = [rd for rd in rounds if date[:7] < _last_report(ctx, rd)[:7]]
        # a part of a round can still be impossible: more than the whole round holds
        whole = [count(ctx, replace(r, round=rd)) for rd in open_] if r.stated is not None and r.predicate else []
        # (only where every round it may mean is still open: a round already closed may be the one it counts)
        if open_ and len(open_) == len(rounds) and whole and \
                all(o.interval is not None and o.interval.high < r.stated.low for o in whole):
            o = whole[0]
            return Judgement("contradicted", o.interval.text(), o.n, _evidence(o),
                             f"Does not match the data: {o.detail}; a count of the reports out by {date} cannot be "
                             f"more than the whole round's."), ", ".join(rounds)
        agreed = agreed_at_date(ctx, replace(r, round=open_[0]), date) if len(rounds) == len(open_) == 1 else None
        if agreed:
            # the reports out by then and the whole round give the same verdict
            return Judgement(agreed[0], agreed[2].interval.text(), agreed[2].n, _evidence(agreed[2]),
                             ("Agrees with the data: " if agreed[0] == "supported" else "Does not match the data: ")
                             + f"{agreed[1]}."), ", ".join(rounds)
        if open_:
            # a count written while the round's reports were still coming out may count only those published
            return Judgement("unverifiable", None, None, None, f"The text is dated {date}, while the reports of "
                             f"{', '.join(open_)} were still being published: it may count only those out by "
                             "then."), ", ".join(rounds)
    if not rounds:
        return Judgement("unverifiable", None, None, None, f"no round: {how or 'none written or given'}"), None
    if isinstance(r, Statement) and r.kind == "count" and r.sector and not part.round_sure:
        # a round in which the population has no member cannot be the one meant ("21 CRCs" after 2021)
        rounds = [rd for rd in rounds if rd not in _rounds(ctx) or len(ctx.scope(rd, r.sector))] or rounds
    if numbered and isinstance(r, Statement) and r.kind == "count" and not part.round_sure and \
            not set(numbered) & set(rounds) and all(_other_size(ctx, r, rd) for rd in rounds):
        # "Nationally, almost half of the 31 inspections in the round ...", after a sentence about 2018-19: the 31
        # name the round the round carried over cannot be
        rounds, how = list(numbered), f"{how}; not that round: the round whose units numbered as the sentence says"
    if numbered and isinstance(r, Statement) and r.kind == "count" and not part.round_sure and len(rounds) > 1 \
            and set(numbered) & set(rounds):
        # "none of the divisions got the top rating; five of the seven were Good": the seven name the round
        rounds = [rd for rd in rounds if rd in numbered]
        how = f"{how}; the round whose units numbered as the sentence's 'of the' says"
    if isinstance(r, ProviderFigure) and r.column == "points" and not part.round_sure:
        # points out of 27 were given only in the first PDU programme: an inspection of another round is not meant
        rounds = [rd for rd in rounds if rd in schema.POINTS_ROUNDS] or rounds
    if isinstance(r, Change) and not part.round_sure and r.kind in ("same", "still") and \
            (part.dated is None or r.kind == "same"):
        # "rated Inadequate again": an inspection with none before it in the data cannot be the one meant (unless
        # the sentence dates it: "still rated R in March 2019" may be "nevertheless", at a first inspection)
        visits = [rd for rd, _ in provider_rounds(ctx, r.provider)]
        rounds = [rd for rd in rounds if rd not in visits or visits.index(rd) > 0] or rounds
    held = set(_rounds(ctx))
    results = []
    for rd in rounds:
        if rd not in held:
            results.append((rd, Judgement("unverifiable", None, None, None, f"round {rd} is not in the data")))
            continue
        results.append((rd, _judge_in(part, ctx, rd, how, date)))
    verdicts = {j.verdict for _, j in results}
    label = ", ".join(rd for rd, _ in results)
    if isinstance(r, InspectionDate) and "supported" in verdicts and not part.round_sure:
        # "it was inspected in July": true if one of its inspections was, whichever the text means
        rd, j = next((rd, j) for rd, j in results if j.verdict == "supported")
        return replace(j, explanation=j.explanation + " (the date fits this inspection)"), rd
    visits = [rd for rd, _ in provider_rounds(ctx, r.provider)] if isinstance(r, InspectionDate) else []
    if visits and r.year is not None and "supported" not in verdicts and \
            not int(visits[0][:4]) <= r.year <= int(visits[-1][:4]) + 1:
        # "last inspected in 2016": outside the years of its inspections in the data, where another may have been
        return Judgement("unverifiable", None, None, None, f"The data do not settle it: {r.provider}'s inspections "
                         f"in the data are of {visits[0]} to {visits[-1]}; one in {r.year} would not be in them."), None
    shown = f"{label} ({how})" if how else label
    if len(verdicts) == 1:
        j = results[0][1]
        if len(results) > 1:
            j = replace(j, explanation=j.explanation + f" The same in every round it may mean ({label}).")
        return j, shown
    if how.endswith("each of them") and isinstance(r, ProviderRating) and "contradicted" in verdicts:
        # "rated Good in both 2018-19 and 2019-20": false if false in either
        rd, j = next((rd, j) for rd, j in results if j.verdict == "contradicted")
        return replace(j, explanation=j.explanation + f" (the sentence says so of each of {label})"), shown
    alt = "; ".join(f"{j.verdict} in {rd}" for rd, j in results)
    first = results[0][1]
    return Judgement("unverifiable", first.computed, first.n, first.evidence,
                     f"The readings differ by round ({how}): {alt}."), shown


def _other_size(ctx: Context, st: Statement, round_: str) -> bool:
    """Whether "N of the M" cannot be of the round: its population numbered other than M there ("two of the 31
    inspections" is not of 2024-25's 24)."""
    m = st.denominator or st.size_stated
    if st.kind != "count" or m is None or st.subset:
        return False
    size = population_size(ctx, round_, st.sector).interval
    if size is not None and size.exact:
        return size.low != m
    # (where the data do not settle the size, HMIP's published totals may: "the 31 inspections" is none of 2018-19's)
    row = ctx.round_row(round_, st.sector)
    # (how many were inspected or rated is the size only of "the 31 inspections", not of "the seven NPS divisions",
    # of which a round may have inspected one)
    of_inspections = re.search(r"(?i)inspect|rated|report", st.population_words or "") is not None
    known = [n for c in ("providers_in_scope", "inspected", "rated")
             if row is not None and (c == "providers_in_scope" or of_inspections)
             and (n := _whole(row.get(c))) is not None]
    return bool(known) and m not in known


def _judge_in(part: Part, ctx: Context, round_: str, how: str, date: str | None = None) -> Judgement:
    r = part.reading
    if isinstance(r, Statement):
        # one inspection of the provider in the data settles the round; a round carried from elsewhere does not
        # so does a date beside the statement that fits one of its inspections ("when inspectors reported in
        # October 2018"), the sentence's "at its first inspection" or "previous inspection", or the text's date
        # where no inspection of the unit after the one current then can be missing from the data
        sure = part.round_sure or any(w in how for w in ("the sentence dates", "the sentence says its first",
                                                         "before its last in the data")) or (
            "current at" in how and date is not None and _current_settled(ctx, part, round_, date)) or (
            bool(_about_provider(part)) and not part.rounds and len(candidate_rounds(ctx, part, None)[0]) == 1)
        # (part_round.replaced: dataclasses.replace's copy, without its walk over the fields, for every part)
        return judge(replaced(r, round=round_, round_how=how, round_sure=sure), ctx)
    rule = {ProviderRating: _rating_outcome, StandardsCount: _standards_outcome, Change: _change_outcome,
            OwnerCount: owner_outcome, Likelihood: _likelihood_outcome, Distribution: _distribution_outcome,
            SectorFigure: _sector_outcome, ProviderFigure: _figure_outcome, InspectionDate: _date_outcome,
            ProviderOwner: _owner_of_outcome, ProviderRegion: _region_outcome,
            RegionCount: _region_count_outcome, InspectionOrdinal: _ordinal_outcome, InspectionGap: gap_outcome,
            RatingComparison: _comparison_outcome, RatedExtreme: _extreme_outcome,
            ReportOrder: report_order_outcome}[type(r)]
    if isinstance(r, SectorFigure):
        verdict, detail, computed = _sector_outcome(ctx, r, round_, "written in the sentence" in how)
    else:
        verdict, detail, computed = rule(ctx, r, round_)
    lead = {"supported": "Agrees with the data", "contradicted": "Does not match the data",
            "unverifiable": "The data do not settle it"}[verdict]
    evidence = "published sector figures: sector_figures.csv" if isinstance(r, SectorFigure) else "data: providers.csv"
    return Judgement(verdict, computed, None, evidence,
                     f"{lead}: {detail}.")


SENTENCE_VERDICTS = ("supported", "contradicted", "partly checked", "unverifiable")


def sentence_verdict(verdicts: list[str], unread: list[str], scope_unread: bool = False) -> str:
    """Supported only when every claim-making part was read and is true; contradicted when a read part is
    false; partly checked when some parts are true and the rest were not read; else unverifiable. A negation,
    exception or quantifier left unread may turn what was read around, so then nothing is decided."""
    if scope_unread:
        return "partly checked" if "supported" in verdicts and "contradicted" not in verdicts else "unverifiable"
    if "contradicted" in verdicts:
        return "contradicted"
    if verdicts and all(v == "supported" for v in verdicts) and not unread:
        return "supported"
    if "supported" in verdicts:
        return "partly checked"
    return "unverifiable"


#: A label that calls the statement after it false ("False: X was rated Good", a quiz's answer, "Myth: ...", a
#: correction's "we wrongly said that ..."); "True:" and "Fact:" call it true, which is the statement's own claim.
CALLED_FALSE = re.compile(r"(?i)^\W*(?:false|myth|not\s+true|untrue|wrong|fiction)\s*[:\-\u2013\u2014]\s*\S|"
                          # a correction's "We wrongly said that S", "A feature of 14 March mistakenly stated S"
                          r"^[^.;:]{0,60}?\b(?:wrongly|mistakenly|incorrectly|erroneously)\s+(?:said|stated|reported|"
                          r"wrote|claimed|suggested|described)\b")


def called_false(verdict: str) -> str:
    """The verdict of a sentence that calls the statement after its label false: the statement's verdict turned
    round (a statement partly checked or undecided leaves the label's claim undecided)."""
    return {"supported": "contradicted", "contradicted": "supported"}.get(verdict, "unverifiable")
