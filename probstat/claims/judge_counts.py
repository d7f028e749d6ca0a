"""The verdict on a count statement: its quantifier ("all", "most", "none", "some", "five of the seven", "all
but two") read against how many of the population the data hold with the predicate, and the population's size."""

from __future__ import annotations

import math
from dataclasses import replace

import pandas as pd

from .. import schema
from .evaluate import (
    Context,
    Interval,
    Outcome,
    count,
    population_size,
)
from .outcomes import _compare
from .quantifiers import SMALL_NUMBERS
from .readings import Statement


def _rated_total(ctx: Context, st: Statement) -> int | None:
    """How many of the statement's population HMIP published as rated in its round (None: not published)."""
    row = ctx.round_row(st.round, st.sector) if st.round else None
    if row is None:
        return None
    value = row.get("rated")
    return None if value is None or pd.isna(value) else int(value)


def _inspected_size(ctx: Context, st: Statement, size: Interval | None) -> Interval | None:
    """The size of "the PDUs inspected" ("none of the 24 PDUs inspected", "most of the PDUs inspected"): the
    units the round rated, whose number HMIP published, where the population's own size is not known."""
    rated = _rated_total(ctx, st)
    if (size is None or not size.exact) and rated and (st.population_words or "").endswith(" inspected"):
        return Interval(rated, rated)
    return size


def _part_settled(ctx: Context, st: Statement, o: Outcome, m: int) -> tuple[str, str] | None:
    """(verdict, why) for a count over m units of a part of the population ("the three regions inspected were all
    rated ...", "of the three units reported that day, none ..."), where the whole settles it: the part is as large
    as the whole, or every unit of the whole is rated so, or none is (then so is any part). None: it does not."""
    c, stated = o.interval, st.stated
    size = _inspected_size(ctx, st, population_size(ctx, st.round, st.sector).interval)
    if size is None or not size.exact or c is None or not c.exact or stated is None or \
            stated.rule not in ("exact count", "zero") or m > size.low:
        return None
    if size.low == m:
        return _compare(c, stated), f"{o.detail}; {m} in all, so the part is all of them"
    if c.low in (0, size.low):
        part = m if c.low else 0
        return _compare(Interval(part, part), stated), \
            f"{o.detail}: {'every one' if part else 'none'} of the {size.text()} rated so, so {part} of any {m}"
    return None


def _rated_otherwise(ctx: Context, st: Statement) -> Interval | None:
    """How many of the population the data know to have a rating other than the statement's."""
    other = replace(st.predicate, ratings=tuple(r for r in schema.RATINGS if r not in st.predicate.ratings))
    return count(ctx, replace(st, predicate=other)).interval


def _all_of_a_day(ctx: Context, st: Statement, c: Interval, size: Interval | None, o: Outcome) -> tuple[str, str]:
    """'All three London PDUs were rated Inadequate', no round written: all the region's PDUs, three in all, or
    three of them (the reports of a day), all rated so. A verdict only where the two readings agree."""
    n = st.stated.low
    known = _rated_otherwise(ctx, st)
    whole_true = size is not None and size.exact and size.low == n and c.exact and c.low == n
    whole_false = size is not None and size.exact and size.low != n or known is not None and known.low > 0 or \
        c.high < n
    if whole_true and c.low >= n:
        return "supported", o.detail
    if whole_false and c.high < n:
        return "contradicted", o.detail
    return "unverifiable", f"{o.detail}: readings differ: all the region's units, {n:g} in all, or {n:g} of them " \
        "(a day's reports), each rated so"


def _count_verdict(st: Statement, o: Outcome, ctx: Context) -> tuple[str, str]:
    """(verdict, why) for a count statement with its quantifier."""
    c = o.interval
    q = st.quantifier
    if st.size_stated is not None:
        size = _inspected_size(ctx, st, population_size(ctx, st.round, st.sector).interval)
        if (size is None or not size.exact) and _rated_total(ctx, st) == st.size_stated:
            # "none of the 24 PDUs" in a round that rated 24 and whose number of PDUs is not known: those rated
            size = Interval(st.size_stated, st.size_stated)
        if size is not None and size.exact and size.low != st.size_stated:
            return "contradicted", f"there are {size.text()} {st.population_words} in {st.round}, not {st.size_stated}"
        if size is None or not size.exact:
            return "unverifiable", f"{o.detail}; the number of {st.population_words} is not known"
    if q == "share":
        # "half the PDUs inspected": of the units the round rated
        size = _inspected_size(ctx, st, population_size(ctx, st.round, st.sector).interval)
        written = st.denominator or st.size_stated
        if (size is None or not size.exact) and written and _rated_total(ctx, st) == written:
            # "15 of 31 inspections were rated Inadequate, almost half", "more than half of the 31 inspections":
            # of the 31 the round rated
            size = Interval(written, written)
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
    if q in ("all", "nearly all", "none", "most", "minority", "all but", "all N", "generic") or \
            st.denominator is not None:
        size = _inspected_size(ctx, st, population_size(ctx, st.round, st.sector).interval) \
            if st.predicate.kind != "providers" else c
    else:
        size = None
    if st.subset and st.denominator is None:
        # "the two NPS divisions that have been inspected": a part of the population; only impossible counts fail
        if st.stated is None:  # ("... one Inadequate, the other Requires improvement": the rest of a part)
            return "unverifiable", f"{o.detail}; the statement speaks of a part of them, which is not said"
        if c.high < st.stated.low:
            return "contradicted", f"{o.detail}: fewer than {st.stated.describe()} in the whole population"
        if q == "all N" and st.stated.rule == "exact count":
            settled = _part_settled(ctx, st, o, int(st.stated.low))
            if settled is not None:
                return settled
        if st.predicate.kind == "providers" and c.exact and st.stated.contains(c.low) and \
                st.stated.low == st.stated.high:
            return "supported", f"{o.detail}: all of them"  # "the work went to 21 CRCs": every one of them
        # (a count with a rating fitting the whole's says nothing of a part: it may hold none of those counted)
        return "unverifiable", f"{o.detail}; the statement speaks of a part of them, which is not said"
    if q in ("most", "minority") and st.predicate.kind == "rating" and size is not None and not size.exact and \
            (rated := _rated_total(ctx, st)) is not None:
        size = Interval(rated, rated)  # ("most PDUs were rated Inadequate in 2024-25": of the 24 the round rated)
    if size is None and q in ("all", "nearly all", "most", "minority", "all but"):
        # the population's size is unknown: more rows in the data than the round's published total
        return "unverifiable", f"{o.detail}; {population_size(ctx, st.round, st.sector).detail}"
    rated_total = _rated_total(ctx, st)
    if st.denominator is not None and rated_total is not None and st.denominator == rated_total and \
            q in (None, "of a part") and st.stated is not None and st.predicate.kind == "rating":
        # "15 of the 31 PDUs inspected": of the units the round rated, whose number HMIP published
        return _compare(c, st.stated), f"{o.detail}; of the {rated_total} rated in {st.round}"
    if st.denominator is not None and rated_total is not None and st.denominator == rated_total and \
            st.predicate.kind == "rating" and (size is None or not size.exact or size.low != rated_total):
        # "none of the 24 PDUs inspected", "all but two of the 31", "of the nine CRCs rated in 2019-20, all bar
        # three": of the units the round rated (not the 21 in scope)
        size = Interval(rated_total, rated_total)
    if st.denominator is not None and size is not None and q == "all but":
        if size.exact and size.low != st.denominator:
            return "contradicted", f"there are {size.text()} {st.population_words}, not {st.denominator}"
    elif st.denominator is not None and size is not None:
        m = st.denominator
        # "seven in ten NPS divisions" (of seven): a share, whose numerator is no count of them
        as_share = size.exact and size.low != m and st.proportion is not None and q != "of a part" and size.low > 0
        if c.high < st.stated.low and q != "one of N" and not as_share:
            return "contradicted", f"{o.detail}: fewer than {st.stated.describe()} in the whole population"
        if size.exact and size.low == m and q != "of a part":
            return _compare(c, st.stated), f"{o.detail}; of {m}"
        if as_share:
            # "eight out of 10 CRCs": as a proportion of all of them
            share = Interval(c.low / size.low * 100, c.high / size.low * 100)
            return _compare(share, st.proportion), (f"{o.detail}: {share.text()} per cent of {size.text()}, against "
                                                    f"{st.proportion.describe()}")
        if size.low > m or q == "of a part":
            # "eight out of the 10 CRCs": a part of the population; the data can only say it is impossible
            if c.high < st.stated.low:
                return "contradicted", f"{o.detail}: fewer than {st.stated.describe()} in the whole population"
            settled = _part_settled(ctx, st, o, m) if q == "of a part" else None
            if settled is not None:
                return settled
            return "unverifiable", f"{o.detail}; which {m} of them are meant is not said"
        if size.exact and size.low < m:
            return "contradicted", f"there are {size.text()} {st.population_words}, not {m}"
        return "unverifiable", f"{o.detail}; the population's size is not known"
    if q == "all N" and "#" in (st.sector or "") and st.predicate is not None and st.predicate.kind == "rating" and \
            "written in the sentence" not in st.round_how:
        return _all_of_a_day(ctx, st, c, size, o)
    if q in ("all", "all N") and st.sector and st.predicate is not None and st.predicate.kind == "rating":
        # a member known to have another rating denies "all" and "all six", however many the data lack (of a
        # sector named: "all the services" in a local text may be its own few)
        known = _rated_otherwise(ctx, st)
        if known is not None and known.low > 0:
            return "contradicted", f"{o.detail}; {known.text()} known rated otherwise"
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
    if q == "nearly all":
        # "nearly all": as "nearly" reads a figure, [size x (1 - CLOSENESS), size) (schema.CLOSENESS)
        if c.exact and size.exact:
            near = size.low * (1 - schema.CLOSENESS) <= c.low < size.low
            return ("supported" if near else "contradicted"), f"{o.detail}; {size.text()} in all"
        return "unverifiable", f"{o.detail}; {size.text()} in all"
    if q == "none":
        if c.high == 0:
            return "supported", o.detail
        if c.low > 0:
            return "contradicted", o.detail
        return "unverifiable", o.detail
    if q == "minority":
        # "a minority of": some of them, and fewer than half
        if c.high >= 1 and c.low >= 1 and not math.isinf(size.low) and c.high < size.low / 2:
            return "supported", f"{o.detail}, of {size.text()}"
        if c.high < 1 or not math.isinf(size.high) and c.low >= size.high / 2:
            return "contradicted", f"{o.detail}, of {size.text()}"
        return "unverifiable", f"{o.detail}, of {size.text()}"
    if q == "generic":
        # a plural with no count: "some of them" and "all of them" must agree
        if c.high == 0:
            return "contradicted", f"{o.detail}: none, so neither some nor all of them"
        if c.exact and size is not None and size.exact and c.low == size.low:
            return "supported", f"{o.detail}: all of them"
        return "unverifiable", (f"{o.detail}: a plural with no count may mean some of them or all of them, and the "
                                f"readings differ")
    if q in SMALL_NUMBERS:
        # "some", "several", "a few", "a couple of": plural words, so one (or for "several", two) is what they only
        # suggest against; none, or far more than a few, is what they deny
        least, most = SMALL_NUMBERS[q]
        reads = f"'{st.phrase}' reads as {least} or more" if math.isinf(most) else \
            f"'{st.phrase}' reads as {least} to {most:g}"
        # "a few" of a small population is fewer than half of it: five of seven is most of them, not a few
        whole = population_size(ctx, st.round, st.sector).interval if not math.isinf(most) else None
        half = whole.low / 2 if whole is not None and whole.exact else None
        if c.high < least - 1 or c.high < 1 or c.low > 2 * most or half is not None and c.low > half:
            return "contradicted", f"{o.detail}: {reads}" + (", fewer than half" if half is not None else "")
        if c.low >= least and c.high <= most and (math.isinf(most) or half is not None and c.high < half):
            return "supported", o.detail
        return "unverifiable", f"{o.detail}: {reads}"
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


def agreed_at_date(ctx: Context, st: Statement, date: str) -> tuple[str, str, Outcome] | None:
    """A count of a rating written while its round's reports were still coming out ("only one CRC has been rated
    Good this year", in May 2019): its verdict over the reports out by the text's date and over the whole round,
    where the two agree; None where they differ, or where the data do not hold every report of the round with the
    rating, with its date (a report of the text's own month, either date lacking its day, may or may not be out)."""
    if st.predicate is None or st.predicate.kind != "rating" or st.stated is None:
        return None
    o = count(ctx, st)
    if o.interval is None or not o.interval.exact or not o.members:
        return None
    rated = [p for _, v, p in o.members if v in st.predicate.ratings]
    if not all(rated):
        return None
    # out by then: a day against a day; a report of the text's own month, where either lacks its day, may be either
    days = [len(p) >= 10 and len(date) >= 10 for p in rated]
    out = [p <= date if day else p[:7] < date[:7] for p, day in zip(rated, days, strict=True)]
    maybe = [not day and p[:7] == date[:7] for p, day in zip(rated, days, strict=True)]
    before = sum(out)
    then = replace(o, interval=Interval(before, before + sum(maybe)), detail=f"{before} of them out by {date}")
    whole, why = _count_verdict(st, o, ctx)
    early, _ = _count_verdict(st, then, ctx)
    if whole != early or whole not in ("supported", "contradicted"):
        return None
    return whole, f"{why}; the same over the reports out by the text's date, {date}", o
