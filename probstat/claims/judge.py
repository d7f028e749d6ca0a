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
from .evaluate import (
    Context,
    Interval,
    Outcome,
    _who,
    count,
    league_position,
    people,
    population_size,
    provider_rating,
    same_url,
)
from .quantifiers import Reading
from .readings import (
    Change,
    Distribution,
    InspectionDate,
    Likelihood,
    OwnerCount,
    Part,
    ProviderFigure,
    ProviderOwner,
    ProviderRating,
    SectorFigure,
    StandardsCount,
    Statement,
)


@dataclass(frozen=True)
class Judgement:
    """The verdict on one statement and its working."""

    verdict: str  # supported | contradicted | unverifiable | not a claim
    computed: str | None
    n: int | None
    evidence: str | None
    explanation: str


def _inside(c: Interval, s: Reading) -> bool:
    low_ok = c.low > s.low or (c.low == s.low and (s.low_closed or not c.low_closed))
    high_ok = c.high < s.high or (c.high == s.high and (s.high_closed or not c.high_closed))
    return low_ok and high_ok


def _disjoint(c: Interval, s: Reading) -> bool:
    if c.high < s.low or c.low > s.high:
        return True
    if c.high == s.low and not (c.high_closed and s.low_closed):
        return True
    return c.low == s.high and not (c.low_closed and s.high_closed)


def _compare(c: Interval, s: Reading) -> str:
    if _inside(c, s):
        return "supported"
    if _disjoint(c, s):
        return "contradicted"
    return "unverifiable"


def _evidence(o: Outcome) -> str:
    if o.evidence == "published totals" and o.document:
        return f"published totals: {o.document} ({o.document_url})"
    return "data: providers.csv" if o.evidence == "data" else o.evidence


def _rated_total(ctx: Context, st: Statement) -> int | None:
    """How many of the statement's population HMIP published as rated in its round (None: not published)."""
    row = ctx.round_row(st.round, st.sector) if st.round else None
    if row is None:
        return None
    value = row.get("rated")
    return None if value is None or pd.isna(value) else int(value)


def _count_verdict(st: Statement, o: Outcome, ctx: Context) -> tuple[str, str]:
    """(verdict, why) for a count statement with its quantifier."""
    c = o.interval
    q = st.quantifier
    if st.size_stated is not None:
        size = population_size(ctx, st.round, st.sector).interval
        if size is not None and size.exact and size.low != st.size_stated:
            return "contradicted", f"there are {size.text()} {st.population_words} in {st.round}, not {st.size_stated}"
        if size is None or not size.exact:
            return "unverifiable", f"{o.detail}; the number of {st.population_words} is not known"
    if q == "share":
        size = population_size(ctx, st.round, st.sector).interval
        if size is None or not size.exact or size.low == 0:
            return "unverifiable", f"{o.detail}; the number of {st.population_words} is not known"
        share = Interval(c.low / size.low * 100, c.high / size.low * 100)
        return _compare(share, st.stated), f"{o.detail}: {share.text()} per cent of {size.text()}"
    if q == "all are":
        whole = count(ctx, replace(st, sector=None))
        w = whole.interval
        if w is None:
            return "unverifiable", f"{o.detail}; {whole.detail}"
        if c.exact and w.exact:
            return ("supported" if c.low == w.low else "contradicted"), f"{o.detail}; {whole.detail}"
        if w.low > c.high:
            return "contradicted", f"{o.detail}; {whole.detail}"
        return "unverifiable", f"{o.detail}; {whole.detail}"
    if q in ("all", "none", "most", "all but", "all N") or st.denominator is not None:
        size = population_size(ctx, st.round, st.sector).interval if st.predicate.kind != "providers" else c
    else:
        size = None
    if st.subset and st.denominator is None:
        # "the two NPS divisions that have been inspected": a part of the population; only impossible counts fail
        if c.high < st.stated.low:
            return "contradicted", f"{o.detail}: fewer than {st.stated.describe()} in the whole population"
        return "unverifiable", f"{o.detail}; the statement speaks of a part of them, which is not said"
    if size is None and q in ("all", "most", "all but"):
        # the population's size is unknown: more rows in the data than the round's published total
        return "unverifiable", f"{o.detail}; {population_size(ctx, st.round, st.sector).detail}"
    rated_total = _rated_total(ctx, st)
    if st.denominator is not None and rated_total is not None and st.denominator == rated_total and \
            q in (None, "of a part") and st.stated is not None and st.predicate.kind == "rating":
        # "15 of the 31 PDUs inspected": of the units the round rated, whose number HMIP published
        return _compare(c, st.stated), f"{o.detail}; of the {rated_total} rated in {st.round}"
    if st.denominator is not None and size is not None and q == "all but":
        if size.exact and size.low != st.denominator:
            return "contradicted", f"there are {size.text()} {st.population_words}, not {st.denominator}"
    elif st.denominator is not None and size is not None:
        m = st.denominator
        if c.high < st.stated.low and q != "one of N":
            return "contradicted", f"{o.detail}: fewer than {st.stated.describe()} in the whole population"
        if size.exact and size.low == m and q != "of a part":
            return _compare(c, st.stated), f"{o.detail}; of {m}"
        if size.exact and size.low != m and st.proportion is not None and q != "of a part" and size.low > 0:
            # "eight out of 10 CRCs": as a proportion of all of them
            share = Interval(c.low / size.low * 100, c.high / size.low * 100)
            return _compare(share, st.proportion), (f"{o.detail}: {share.text()} per cent of {size.text()}, against "
                                                    f"{st.proportion.describe()}")
        if size.low > m or q == "of a part":
            # "eight out of the 10 CRCs": a part of the population; the data can only say it is impossible
            if c.high < st.stated.low:
                return "contradicted", f"{o.detail}: fewer than {st.stated.describe()} in the whole population"
            return "unverifiable", f"{o.detail}; which {m} of them are meant is not said"
        if size.exact and size.low < m:
            return "contradicted", f"there are {size.text()} {st.population_words}, not {m}"
        return "unverifiable", f"{o.detail}; the population's size is not known"
    if q == "all N":
        if size is not None and size.exact and not st.stated.contains(size.low):
            return "contradicted", f"there are {size.text()} {st.population_words}, not {st.phrase}"
        return _compare(c, st.stated), o.detail
    if q == "all":
        if c.exact and size.exact:
            return ("supported" if c.low == size.low else "contradicted"), f"{o.detail}; {size.text()} in all"
        if c.high < size.low:
            return "contradicted", f"{o.detail}; {size.text()} in all"
        if not math.isinf(size.high) and c.low >= size.high:
            return "supported", f"{o.detail}; {size.text()} in all"
        return "unverifiable", f"{o.detail}; {size.text()} in all"
    if q == "none":
        if c.high == 0:
            return "supported", o.detail
        if c.low > 0:
            return "contradicted", o.detail
        return "unverifiable", o.detail
    if q == "most":
        if not math.isinf(size.high) and c.low > size.high / 2:
            return "supported", f"{o.detail}, of {size.text()}"
        if c.high <= size.low / 2:
            return "contradicted", f"{o.detail}, of {size.text()}"
        return "unverifiable", f"{o.detail}, of {size.text()}"
    if q == "at least":
        if c.low >= st.amount:
            return "supported", o.detail
        if c.high < st.amount:
            return "contradicted", o.detail
        return "unverifiable", o.detail
    if q == "all but":
        if not (size.exact and c.exact):
            if c.high < size.low - st.amount and not math.isinf(size.low):
                return "contradicted", f"{o.detail}; {size.text()} in all"
            return "unverifiable", f"{o.detail}; {size.text()} in all"
        return ("supported" if c.low == size.low - st.amount else "contradicted"), f"{o.detail}; {size.text()} in all"
    return _compare(c, st.stated), o.detail


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


def _rounds(ctx: Context) -> list[str]:
    return ctx.memo("rounds", lambda: sorted(set(ctx.frame["round"])))


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
        for r in held:
            # a round in which the population has no member cannot be the one meant ("NPS divisions" after 2021)
            if r != st.round and (st.sector is None or len(ctx.scope(r, st.sector))):
                v, _, _ = _evaluate(_with_round(st, r), ctx)
                others[r] = v
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


def _computed(o: Outcome | None) -> str | None:
    return None if o is None or o.interval is None else o.interval.text()


def _with_round(st: Statement, round_: str) -> Statement:
    return replace(st, round=round_)


# --- the readings of one-inspection reporting -------------------------------------------------------------------

_RATING_COUNT_COLUMNS = {"Outstanding": "n_std_outstanding", "Good": "n_std_good",
                         "Requires improvement": "n_std_requires_improvement", "Inadequate": "n_std_inadequate"}


def _row(ctx: Context, pid: str, round_: str) -> pd.Series | None:
    def find():
        f = ctx.frame
        rows = f[(f["provider_id"] == pid) & (f["round"] == round_)]
        return None if rows.empty else rows.iloc[0]
    return ctx.memo(("row", pid, round_), find)


def provider_rounds(ctx: Context, pid: str) -> list[tuple[str, str]]:
    """(round, published) of each inspection of a provider in the data, oldest first."""
    def find():
        f = ctx.frame
        rows = f[f["provider_id"] == pid]
        pairs = [(str(r), str(p) if isinstance(p, str) else "") for r, p in zip(rows["round"], rows["published"],
                                                                                   strict=True)]
        return sorted(pairs)
    return ctx.memo(("rounds of", pid), find)


def _rating_outcome(ctx: Context, r: ProviderRating, round_: str) -> tuple[str, str, str | None]:
    row = _row(ctx, r.provider, round_)
    if row is None:
        return "unverifiable", f"{r.provider} has no inspection in {round_} in the data", None
    value = row.get(r.column)
    what = "overall" if r.column == "overall" else f"on {schema.STANDARDS_BY_COLUMN[r.column].name.lower()}"
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return "unverifiable", f"{r.provider}'s rating {what} in {round_} is not in the data", None
    holds = (value in r.ratings) != r.negated
    return ("supported" if holds else "contradicted"), f"{r.provider} was rated {value} {what} in {round_}", str(value)


def _standards_outcome(ctx: Context, r: StandardsCount, round_: str) -> tuple[str, str, str | None]:
    row = _row(ctx, r.provider, round_)
    if row is None:
        return "unverifiable", f"{r.provider} has no inspection in {round_} in the data", None
    if str(row["sector"]) not in schema.SECTORS:
        return "unverifiable", (f"{r.provider} was inspected under the framework of {round_}, whose standards "
                                "the data do not list one by one"), None
    cols = [st.column for st in schema.standards_for(str(row["sector"]))]
    group = r.group
    if group is None and r.total == len(schema.KQ_STANDARDS):
        group = "case"  # "all four aspects": the four case supervision standards, the only group of four
    if group == "case":
        cols = [c for _, c in schema.KQ_STANDARDS]
    values = [row.get(c) for c in cols]
    known = [v for v in values if isinstance(v, str)]
    k = sum(v in r.ratings for v in known)
    low, high = k, k + (len(cols) - len(known))
    declared = [row.get(_RATING_COUNT_COLUMNS[x]) for x in r.ratings]
    if group is None and all(d is not None and not pd.isna(d) for d in declared):
        total = int(sum(int(d) for d in declared))
        low = high = total
    if r.total is not None and r.total != len(cols):
        return "unverifiable", f"which {r.total} of {r.provider}'s {len(cols)} standards are meant is not said", None
    names = " or ".join(r.ratings)
    got = Interval(low, high)
    detail = f"{got.text()} of {r.provider}'s {len(cols)} standards rated {names} in {round_}"
    if r.quantifier == "all":
        verdict = "supported" if low == len(cols) else ("contradicted" if high < len(cols) else "unverifiable")
    elif r.quantifier == "none":
        verdict = "supported" if high == 0 else ("contradicted" if low > 0 else "unverifiable")
    elif r.quantifier == "most":
        verdict = "supported" if low > len(cols) / 2 else ("contradicted" if high <= len(cols) / 2 else "unverifiable")
    else:
        verdict = _compare(got, r.stated)
    return verdict, detail, got.text()


def _change_outcome(ctx: Context, r: Change, round_: str) -> tuple[str, str, str | None]:
    visits = [rd for rd, _ in provider_rounds(ctx, r.provider)]
    if r.since and round_ in visits and visits.index(round_) + 1 < len(visits):
        round_ = visits[visits.index(round_) + 1]  # "not changed since 2018-19": the inspection after it
    if round_ not in visits or visits.index(round_) == 0:
        return "unverifiable", f"no earlier inspection of {r.provider} before {round_} in the data", None
    before_round = visits[visits.index(round_) - 1]
    a, b = _row(ctx, r.provider, before_round).get(r.column), _row(ctx, r.provider, round_).get(r.column)
    on = "" if r.column == "overall" else f" on {r.column}"
    if not (isinstance(a, str) and isinstance(b, str)):
        return "unverifiable", f"{r.provider}'s rating{on} in {before_round} or {round_} is not in the data", None
    detail = f"{r.provider} was rated {a}{on} in {before_round} and {b} in {round_}"
    order = schema.RATINGS  # best first
    moved = "same" if a == b else ("up" if order.index(b) < order.index(a) else "down")
    ok = {"same": moved == "same", "changed": moved != "same", "up": moved == "up", "down": moved == "down"}[r.kind]
    if r.before is not None and a not in r.before:
        ok = False
    if r.after is not None and b not in r.after:
        ok = False
    return ("supported" if ok else "contradicted"), detail, f"{a} -> {b}"


def _owner_of_outcome(ctx: Context, r: ProviderOwner, round_: str) -> tuple[str, str, str | None]:
    row = _row(ctx, r.provider, round_)
    owner = None if row is None else row.get("owner")
    if not isinstance(owner, str) or not owner:
        return "unverifiable", f"{r.provider}'s owner in {round_} is not in the data", None
    if owner.lower() == r.owner.lower():
        return "supported", f"{r.provider} was run by {owner} at its {round_} inspection", owner
    # the data hold the owner at each inspection, and CRCs changed hands between inspections
    return "unverifiable", f"{r.provider} was run by {owner} at its {round_} inspection; the data do not say who " \
        "ran it at other dates", owner


def _owner_outcome(ctx: Context, r: OwnerCount, round_: str) -> tuple[str, str, str | None]:
    size = population_size(ctx, round_, r.sector)
    scope = ctx.scope(round_, r.sector)
    if size.interval is None or not size.interval.exact or size.interval.low != len(scope):
        return "unverifiable", f"the data do not hold every provider of {round_}", None
    owners = scope["owner"].astype(str).str.lower()
    k = int((owners == r.owner.lower()).sum())
    detail = f"{k} {_who(r.sector)} run by {r.owner} at their {round_} inspections"
    verdict = _compare(Interval(k, k), r.stated)
    if verdict == "contradicted" and r.stated.low > len(scope):
        return verdict, f"{detail}; there were {len(scope)} {_who(r.sector)} in all", str(k)
    if verdict == "contradicted":
        # the owner column records the owner at each inspection, and CRCs changed hands during the round
        # (Working Links' three went to Seetec in 2019): a different count may be true at another date
        return "unverifiable", f"{detail}; the data record each CRC's owner at its inspection, and owners changed " \
            "during the round, so another count may hold at another date", str(k)
    return verdict, detail, str(k)


def _last_report(ctx: Context, round_: str) -> str:
    """The latest publication date of the round's reports in the data ('' when none is known)."""
    def find():
        pub = ctx.scope(round_, None)["published"]
        known = [p for p in pub if isinstance(p, str) and p]
        return max(known) if known else ""
    return ctx.memo(("last report", round_), find)


def _complete_rounds(ctx: Context) -> list[str]:
    """Rounds whose data hold every provider in scope (the published count): an owner's portfolio needs one."""
    def find():
        out = []
        for rd in _rounds(ctx):
            size = population_size(ctx, rd, None).interval
            if size is not None and size.exact and size.low == len(ctx.scope(rd, None)):
                out.append(rd)
        return out
    return ctx.memo("complete rounds", find)


def _known_counts(ctx: Context, round_: str, sector: str | None) -> tuple[dict[str, int], int] | None:
    """Counts of each overall rating in a population, when the data hold every provider of it and every
    rating; None otherwise (then shares and orders are not known)."""
    size = population_size(ctx, round_, sector).interval
    scope = ctx.scope(round_, sector)
    if size is None or not size.exact or size.low != len(scope) or scope["overall"].isna().any() or not len(scope):
        return None
    values = list(scope["overall"].astype(str))
    return {r: values.count(r) for r in schema.RATINGS}, len(values)


def _likelihood_outcome(ctx: Context, r: Likelihood, round_: str) -> tuple[str, str, str | None]:
    a, b = _known_counts(ctx, round_, r.first), _known_counts(ctx, round_, r.second)
    if a is None or b is None:
        return "unverifiable", f"the data do not hold every rating of both groups in {round_}", None
    pa = sum(a[0][x] for x in r.ratings) / a[1]
    pb = sum(b[0][x] for x in r.ratings) / b[1]
    names = " or ".join(r.ratings)
    detail = (f"{pa:.1%} of {_who(r.first)} and {pb:.1%} of {_who(r.second)} were rated {names} in {round_}")
    if r.kind == "more":
        return ("supported" if pa > pb else "contradicted"), detail, f"{pa:.1%} vs {pb:.1%}"
    if r.kind == "less":
        return ("supported" if pa < pb else "contradicted"), detail, f"{pa:.1%} vs {pb:.1%}"
    if pb == 0:
        return "unverifiable", detail + "; no ratio to a share of zero", None
    ratio = pa / pb
    # "five times as likely": a ratio that rounds to five
    ok = r.ratio - 0.5 <= ratio < r.ratio + 0.5
    return ("supported" if ok else "contradicted"), f"{detail}: {ratio:.1f} times", f"{ratio:.1f}"


def _distribution_outcome(ctx: Context, r: Distribution, round_: str) -> tuple[str, str, str | None]:
    got = _known_counts(ctx, round_, r.sector)
    if got is None:
        return "unverifiable", f"the data do not hold every rating of the {_who(r.sector)} in {round_}", None
    counts, n = got
    shown = ", ".join(f"{k} {v}" for k, v in counts.items() if v)
    detail = f"{_who(r.sector)} in {round_}: {shown}"
    if r.kind in ("lowest", "highest"):
        given = [x for x in schema.RATINGS if counts[x]]
        extreme = given[-1] if r.kind == "lowest" else given[0]
        return ("supported" if extreme == r.rating else "contradicted"), detail, extreme
    present = {k: v for k, v in counts.items() if v} if r.kind == "least common" else counts
    best = max(present.values()) if r.kind == "most common" else min(present.values())
    top = [k for k, v in present.items() if v == best]
    if r.rating in top and len(top) == 1:
        return "supported", detail, r.rating
    if r.rating not in top:
        return "contradicted", detail, " or ".join(top)
    return "unverifiable", detail + "; a tie", " or ".join(top)


def _date_outcome(ctx: Context, r: InspectionDate, round_: str) -> tuple[str, str, str | None]:
    row = _row(ctx, r.provider, round_)
    value = None if row is None else row.get(r.column)
    if not isinstance(value, str) or not value:
        return "unverifiable", f"{r.provider}'s {r.column} in {round_} is not in the data", None
    year, month = int(value[:4]), int(value[5:7])
    what = "fieldwork began" if r.column == "fieldwork_start" else "the report was published"
    ok = month == r.month and (r.year is None or r.year == year)
    if ok and r.day is not None and len(value) >= 10 and int(value[8:10]) != r.day:
        ok = False  # the data give the day too, and it is another
    return ("supported" if ok else "contradicted"), f"{r.provider}'s {round_} {what} in {value}", value


def _figure_outcome(ctx: Context, r: ProviderFigure, round_: str) -> tuple[str, str, str | None]:
    from ..analysis.common import bounds

    row = _row(ctx, r.provider, round_)
    if row is None:
        return "unverifiable", f"{r.provider} has no inspection in {round_} in the data", None
    value = row.get(r.column)
    if value is None or pd.isna(value):
        return "unverifiable", f"{r.provider}'s {r.column} in {round_} is not in the data", None
    qualifier = row.get(f"{r.column}_qualifier")
    qualifier = qualifier if isinstance(qualifier, str) else ""
    low, high = bounds(float(value), qualifier)
    got = Interval(low, high, low_closed=qualifier != ">", high_closed=qualifier not in ("<", "<~"))
    shown = f"{'' if qualifier == '/' else qualifier}{float(value):g}"
    return _compare(got, r.stated), f"{r.provider}'s {r.column} was {shown} in {round_} (providers.csv)", shown


def _sector_rows(ctx: Context) -> pd.DataFrame:
    from ..published import load_sector_figures

    return ctx.memo("sector figures", load_sector_figures)


def _sector_outcome(ctx: Context, r: SectorFigure, round_: str) -> tuple[str, str, str | None]:
    from ..published import reading as published_reading

    rows = _sector_rows(ctx)
    rows = rows[rows["measure"].isin((r.measure, *r.also)) & (rows["scope"] == r.scope)
                & ((rows["round"] == round_) | (rows["round"] == ""))]
    if rows.empty:
        return "unverifiable", f"no published {r.measure} for {r.scope} in {round_}", None
    verdicts, said = [], []
    for _, row in rows.iterrows():
        p = published_reading(str(row["wording"]), str(row["unit"]))
        if p is None:
            continue
        low, high, lc, hc = p.low, p.high, p.low_closed, p.high_closed
        if r.complement:
            low, high, lc, hc = 100 - high, 100 - low, hc, lc
        got = Interval(low, high, lc, hc)
        if ctx.source is not None and same_url(ctx.source, str(row["source_url"])):
            verdicts.append("unverifiable")
        else:
            verdicts.append(_compare(got, r.stated) if not _disjoint(got, r.stated) else "contradicted")
        said.append(f"'{row['wording']}' ({row['document']}, {row['source_url']})")
    if not verdicts:
        return "unverifiable", f"the published {r.measure} has no reading", None
    verdict = verdicts[0] if len(set(verdicts)) == 1 else "unverifiable"
    rest = "; 100 minus that is what the sentence speaks of" if r.complement else ""
    return verdict, f"HMIP published {r.measure} for {r.scope} in {round_}: " + "; ".join(said) + rest, None


def inspections_dated(sentences, ctx: Context, date: str | None) -> dict[str, str]:
    """For each provider whose inspection the text dates ('inspected it in July'), the one inspection in the
    data that date fits, when exactly one does (no other reading of the text is needed to say which)."""
    if date:
        return {}
    fits: dict[str, set[str]] = {}
    for sent in sentences:
        for part in sent.parts:
            r = part.reading
            if isinstance(r, InspectionDate) and not part.round_sure and not part.past:
                ok = {rd for rd, _ in provider_rounds(ctx, r.provider)
                      if _date_outcome(ctx, r, rd)[0] == "supported"}
                fits.setdefault(r.provider, set()).update(ok)
    return {pid: next(iter(ok)) for pid, ok in fits.items() if len(ok) == 1}


def candidate_rounds(ctx: Context, part: Part, date: str | None) -> tuple[list[str], str]:
    """The rounds a part may speak of, and how they were found: the one written or given; else, for a
    provider, its inspections (the one current at the text's date, if known); else the round the text implies;
    else every round in the data."""
    if isinstance(part.reading, Change) and len(part.rounds) > 1:
        # "from Requires improvement in 2018-19 to Good in 2019-20": a change is judged at its later inspection
        return [max(part.rounds)], "the later of the rounds written in the sentence"
    if part.round_sure or (part.rounds and not _about_provider(part)) or part.round_how.startswith("several"):
        return list(part.rounds), part.round_how
    pid = _about_provider(part)
    if pid:
        visits = provider_rounds(ctx, pid)
        fits = _dated_by(ctx, part, pid, [rd for rd, _ in visits])
        if fits:
            return fits, f"{pid}'s inspection the sentence dates ({part.dated[0]})"
        if part.past:
            return [], f"a rating {pid} had before, at an inspection whose year fits none of its inspections in " \
                "the data"
        if date and visits:
            out = [rd for rd, pub in visits if pub and pub[:7] <= date[:7]][-1:]
            # an inspection of a round begun by then whose report date the data lack may or may not be out yet:
            # a reading of its own
            out += [rd for rd, pub in visits if not pub and f"{rd[:4]}-04" <= date[:7] and (not out or rd > out[0])]
            if out:
                return out, f"{pid}'s inspection{'s' if len(out) > 1 else ''} current at {date}"
        rounds = _within_bounds(visits, ctx.date_bounds) if not date else []
        rounds = rounds or [rd for rd, _ in visits]
        if pid in ctx.inspection_of and not isinstance(part.reading, InspectionDate):
            return [ctx.inspection_of[pid]], f"the inspection of {pid} the text dates ({ctx.inspection_of[pid]})"
        if pid in ctx.first_inspected and len(rounds) > 1 and not isinstance(part.reading, Change):
            return rounds[:1], f"{pid}'s first inspection in the data (the text says it is its first)"
        if isinstance(part.reading, Change) or (pid in ctx.reinspected and len(rounds) > 1):
            # a change needs an inspection before it; a text that says the rating is the same as last time, or
            # that the provider 'still' has it, is about a re-inspection
            rounds = rounds[1:]
        return rounds, f"{pid}'s inspection{'s' if len(rounds) > 1 else ''} in the data (no round written)"
    if isinstance(part.reading, SectorFigure):
        rows = _sector_rows(ctx)
        rows = rows[rows["measure"].isin((part.reading.measure, *part.reading.also))
                    & (rows["scope"] == part.reading.scope)]
        published = sorted({r for r in rows["round"] if r}) or _rounds(ctx)
        return published, "no round written: the rounds the figure is published for"
    if isinstance(part.reading, (OwnerCount, Likelihood, Distribution)):
        return _complete_rounds(ctx), "no round written: the rounds whose data hold every provider"
    return _rounds(ctx), "no round written: every round in the data"


def _report_month(rd: str, pub: str | None) -> str:
    # an inspection whose report date the data lack counts from the start of its round (April)
    return (pub or f"{rd[:4]}-04")[:7]


def _within_bounds(visits: list[tuple[str, str]], bounds: tuple[str | None, str | None]) -> list[str]:
    """The inspections a text written between two months may report: published by the later month, and not
    replaced by a newer one before the earlier month."""
    lo, hi = bounds
    if lo is None and hi is None:
        return []
    months = [_report_month(rd, pub) for rd, pub in visits]
    keep = []
    for i, (rd, _) in enumerate(visits):
        replaced = i + 1 < len(visits) and lo is not None and months[i + 1] <= lo
        if (hi is None or months[i] <= hi) and not replaced:
            keep.append(rd)
    return keep


def _dated_by(ctx: Context, part: Part, pid: str, rounds: list[str]) -> list[str]:
    """The one inspection of a provider whose report or fieldwork the year (and month) written beside a
    statement fits ("in March 2023 it was rated ..."); empty when none or several fit, or for a change or a
    date, which name their inspections themselves."""
    if part.dated is None or isinstance(part.reading, (Change, InspectionDate)):
        return []
    year, month = part.dated
    stamp = f"{year}-{month:02d}" if month else str(year)
    fits = []
    for rd in rounds:
        row = _row(ctx, pid, rd)
        if row is None:
            continue
        dates = [v for v in (row.get("published"), row.get("fieldwork_start")) if isinstance(v, str) and v]
        if any(d.startswith(stamp) for d in dates):
            fits.append(rd)
    return fits if len(fits) == 1 else []


def _about_provider(part: Part) -> str | None:
    r = part.reading
    if isinstance(r, (ProviderRating, StandardsCount, Change, ProviderFigure, InspectionDate, ProviderOwner)):
        return r.provider
    if isinstance(r, Statement) and r.kind in ("people", "rank", "provider") and r.providers:
        return r.providers[0]
    return None


def judge_part(part: Part, ctx: Context, date: str | None = None) -> tuple[Judgement, str | None]:
    """The verdict on one part over every round it may speak of, and the round(s) used; a verdict needs them to
    agree."""
    if part.problem:
        return Judgement("unverifiable", None, None, None, f"not read: {part.problem}"), None
    rounds, how = candidate_rounds(ctx, part, date)
    r = part.reading
    if isinstance(r, ProviderOwner) and not part.round_sure and not date:
        # the data hold the owner at each inspection; an undated text may speak of another time
        return Judgement("unverifiable", None, None, None, f"The data do not settle it: who ran {r.provider} "
                         "changed over time, and the text gives no date or round."), None
    if isinstance(r, InspectionDate) and not part.round_sure:
        # "it was inspected in November 2018", "we last visited in October 2018": the date names the inspection,
        # so every inspection of the provider is a reading, whatever the text's date or re-inspection says
        rounds = [rd for rd, _ in provider_rounds(ctx, r.provider)] or rounds
        how = f"{r.provider}'s inspections in the data (the date names one)"
    if date and isinstance(r, Statement) and r.kind == "count" and rounds:
        open_ = [rd for rd in rounds if date[:7] < _last_report(ctx, rd)[:7]]
        # a part of a round can still be impossible: more than the whole round holds
        whole = [count(ctx, replace(r, round=rd)) for rd in open_] if r.stated is not None and r.predicate else []
        if open_ and whole and all(o.interval is not None and o.interval.high < r.stated.low for o in whole):
            o = whole[0]
            return Judgement("contradicted", o.interval.text(), o.n, _evidence(o),
                             f"Does not match the data: {o.detail}; a count of the reports out by {date} cannot be "
                             f"more than the whole round's."), ", ".join(rounds)
        if open_:
            # a count written while the round's reports were still coming out may count only those published
            return Judgement("unverifiable", None, None, None, f"The text is dated {date}, while the reports of "
                             f"{', '.join(open_)} were still being published: it may count only those out by "
                             "then."), ", ".join(rounds)
    if not rounds:
        return Judgement("unverifiable", None, None, None, f"no round: {how or 'none written or given'}"), None
    held = set(_rounds(ctx))
    results = []
    for rd in rounds:
        if rd not in held:
            results.append((rd, Judgement("unverifiable", None, None, None, f"round {rd} is not in the data")))
            continue
        results.append((rd, _judge_in(part, ctx, rd, how)))
    verdicts = {j.verdict for _, j in results}
    label = ", ".join(rd for rd, _ in results)
    if isinstance(r, InspectionDate) and "supported" in verdicts and not part.round_sure:
        # "it was inspected in July": true if one of its inspections was, whichever the text means
        rd, j = next((rd, j) for rd, j in results if j.verdict == "supported")
        return replace(j, explanation=j.explanation + " (the date fits this inspection)"), rd
    shown = f"{label} ({how})" if how else label
    if len(verdicts) == 1:
        j = results[0][1]
        if len(results) > 1:
            j = replace(j, explanation=j.explanation + f" The same in every round it may mean ({label}).")
        return j, shown
    alt = "; ".join(f"{j.verdict} in {rd}" for rd, j in results)
    first = results[0][1]
    return Judgement("unverifiable", first.computed, first.n, first.evidence,
                     f"The readings differ by round ({how}): {alt}."), shown


def _judge_in(part: Part, ctx: Context, round_: str, how: str) -> Judgement:
    r = part.reading
    if isinstance(r, Statement):
        # one inspection of the provider in the data settles the round; a round carried from elsewhere does not
        sure = part.round_sure or (bool(_about_provider(part)) and not part.rounds
                                   and len(candidate_rounds(ctx, part, None)[0]) == 1)
        return judge(replace(r, round=round_, round_how=how, round_sure=sure), ctx)
    rule = {ProviderRating: _rating_outcome, StandardsCount: _standards_outcome, Change: _change_outcome,
            OwnerCount: _owner_outcome, Likelihood: _likelihood_outcome, Distribution: _distribution_outcome,
            SectorFigure: _sector_outcome, ProviderFigure: _figure_outcome, InspectionDate: _date_outcome,
            ProviderOwner: _owner_of_outcome}[type(r)]
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
