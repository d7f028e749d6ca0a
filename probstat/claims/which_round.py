"""Which rounds a reading may speak of: the one written or given; for a provider, its inspections, narrowed by
the text's date, the year beside the statement, re-inspection or first-inspection words, or the months the
text's words bound it to; else the rounds a figure is published for."""

from __future__ import annotations

from dataclasses import replace

from . import lazy_re as re
from . import vocabulary as vocab
from .evaluate import (
    Context,
    portion_of,
)
from .outcomes import _complete_rounds, _date_outcome, _ordinal_outcome, _rounds, _row, provider_rounds
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
from .report_order import ReportOrder
from .sector_outcome import _sector_rows
from .unit_facts import stated_ordinal


def inspections_dated(sentences, ctx: Context, date: str | None) -> dict[str, str]:
    """For each provider whose inspection the text dates ('inspected it in July'), the one inspection in the
    data that date fits, when exactly one does (no other reading of the text is needed to say which)."""
    if date:
        return {}
    fits: dict[str, set[str]] = {}
    for sent in sentences:
        dated = [p for p in sent.parts if isinstance(p.reading, InspectionDate) and not p.round_sure and not p.past]
        # "When inspectors visited X in 2018 they had found ...": a pluperfect looks back from the inspection reported
        # (looked for only in a sentence that dates an inspection: few do)
        if not dated or re.search(r"(?i)(?<!have )(?<!has )\bhad\s+(?:\w+ly\s+)?(?:been|found|seen|made|\w+ed)\b|"
                                  r"\bpreviously\b", sent.text):
            continue
        if _EARLIER_REPORT.search(sent.text):
            continue  # "When the unit's first report came out, in January 2022, ...": not the one the text reports
        written = [int(y.group(0)) for y in vocab.WRITTEN_YEAR.finditer(sent.text)] if _AGAIN.search(sent.text) else []
        for part in dated:
            r = part.reading
            if r.year and any(y > r.year for y in written):
                # "rated Inadequate in January 2022 and again when inspectors returned in 2025": two inspections
                continue
            ok = {rd for rd, _ in provider_rounds(ctx, r.provider) if _date_outcome(ctx, r, rd)[0] == "supported"}
            fits.setdefault(r.provider, set()).update(ok)
    return _reported({pid: next(iter(ok)) for pid, ok in fits.items() if len(ok) == 1}, ctx)


def _reported(dated: dict[str, str], ctx: Context) -> dict[str, str]:
    """The inspections dated that may be the ones the text reports: not a unit's first in the data where the text
    speaks of it as inspected before (a change of rating, 'again', 'for the second time'): that date is of the
    inspection before."""
    return {pid: rd for pid, rd in dated.items()
            if not (pid in ctx.reinspected and provider_rounds(ctx, pid)[:1] and rd == provider_rounds(ctx, pid)[0][0])}


# ("X was last inspected in 2023", "its last inspection, published in September 2018": in a text that reports a
# new inspection, the one before it)
_EARLIER_REPORT = re.compile(r"(?i)\b(?:first|previous|earlier|prior|original|last)\s+(?:report|inspection|visit)\b|"
                             r"\blast\s+inspected\b")
_AGAIN = re.compile(r"(?i)\b(?:again|returned|re-?inspect\w*|once more)\b")


def month_number(stamp: str) -> int:
    """A date ('2023-03', '2023-03-30') as a count of months, to subtract; a year alone counts from its middle."""
    return int(stamp[:4]) * 12 + (int(stamp[5:7]) if len(stamp) >= 7 else 6)


def inspections_reported_together(sentences, ctx: Context, date: str | None) -> dict[str, str]:
    """An undated text's headline and lede report inspections that came out together: where they name a unit
    inspected once in the data, the inspection of each other unit they name is the one reported within six months
    of it, when exactly one is ("An inspection has found probation services in A and B inadequate": A inspected
    twice, B once)."""
    if date:
        return {}
    named = {_about_provider(p) for sent in sentences for p in sent.parts if p.news and not p.past}
    visits = {pid: [(rd, pub) for rd, pub in provider_rounds(ctx, pid)] for pid in named if pid}
    anchors = [vs[0][1] for vs in visits.values() if len(vs) == 1 and vs[0][1]]
    if not anchors:
        return {}
    out = {}
    for pid, vs in visits.items():
        near = [rd for rd, pub in vs if pub and all(abs(month_number(pub) - month_number(a)) <= 6 for a in anchors)]
        if len(vs) > 1 and len(near) == 1:
            out[pid] = near[0]
    return _reported(out, ctx)


def _published_near(ctx: Context, r: SectorFigure, round_: str, later: bool) -> list[str]:
    """The rounds up to ``round_`` (and the one after it if ``later``) for which the figure's measure is published
    for its scope; undated ones (``later``) only from the round before ``round_``."""
    order = _rounds(ctx)
    if round_ not in order:
        return []
    at = order.index(round_)
    rows = _sector_rows(ctx)
    rows = rows[rows["measure"].isin((r.measure, *r.also)) & (rows["scope"] == r.scope)]
    return [rd for rd in order[max(0, at - 1) if later else 0: at + (2 if later else 1)] if rd in set(rows["round"])]


def candidate_rounds(ctx: Context, part: Part, date: str | None) -> tuple[list[str], str]:
    """The rounds a part may speak of, and how they were found: the one written or given; else, for a
    provider, its inspections (the one current at the text's date, if known); else the round the text implies;
    else every round in the data. A count of a kind of unit no round of which was inspected in the rounds found
    (PDUs before 2021, CRCs after) speaks of the rounds that inspected that kind, unless its round was written."""
    rounds, how = _candidate_rounds(ctx, part, date)
    r = part.reading
    if not (isinstance(r, Statement) and r.kind == "count" and r.sector) or part.round_sure or not rounds:
        return rounds, how
    kind = portion_of(r.sector)[0]
    held = ctx.memo(("rounds of", kind), lambda: sorted(
        set(ctx.frame.loc[ctx.frame["sector"] == kind, "round"]) |
        set(ctx.rounds.loc[ctx.rounds["sector"] == kind, "round"])))
    if not held or any(rd in held for rd in rounds):
        return rounds, how
    return held, f"no round of {kind}s in {', '.join(rounds)} ({how}): the rounds that inspected {kind}s"


def _candidate_rounds(ctx: Context, part: Part, date: str | None) -> tuple[list[str], str]:
    if part.before is not None and _about_provider(part):
        visits = [rd for rd, _ in provider_rounds(ctx, _about_provider(part))]
        earlier = [rd for rd in visits if rd < part.before]
        return earlier[-1:], f"the inspection before the one of {part.before} (the round written in the sentence)"
    if isinstance(part.reading, Change) and len(part.rounds) > 1:
        # "from Requires improvement in 2018-19 to Good in 2019-20": a change is judged at its later inspection
        return [max(part.rounds)], "the later of the rounds written in the sentence"
    if isinstance(part.reading, SectorFigure) and not part.round_sure and part.rounds and \
            part.round_how.startswith("implied") and not part.reading.months:
        # A published figure named by its own words, and not published for the round the text's date implies, is
        # one published before it: the latest such (a text of 2020 quoting 2018-19's caseloads). The first date of
        # an undated text (a fieldwork month, a past event) implies its round only loosely: the round next to it
        # either way may be meant. A sentence that dates itself keeps its date.
        near = _published_near(ctx, part.reading, part.rounds[0], later=date is None)
        if near and part.rounds[0] not in near:
            return near[-1:] if date else near, f"the round the figure is published for, nearest the one " \
                f"{part.round_how}"
    if part.round_how == "written in the previous sentence" and _about_provider(part) and not any(
            rd in part.rounds for rd, _ in provider_rounds(ctx, _about_provider(part))):
        # "A, the only Good-rated PDU of 2022-23, was rated ... this time. B was rated Inadequate.": the round the
        # sentence before wrote is not B's when B was not inspected in it; B's own inspections decide
        part = replace(part, rounds=(), round_how="", round_sure=False)
    pid = _about_provider(part)
    if pid and part.every and isinstance(part.reading, ProviderRating):
        visits = [rd for rd, _ in provider_rounds(ctx, pid)]
        # ("rated R at both of its inspections, ... and again in 2025-26": the rounds written are among them)
        if set(part.rounds) <= set(visits):
            if len(visits) < 2:
                return [], f"{pid}'s inspections in the data: only one, so not every one of two or more"
            return visits, f"every inspection of {pid} in the data, each of them"
    # (the units named after a count's colon are of the count's round: "Only one PDU was rated Good: A")
    if part.round_sure or (part.rounds and (not _about_provider(part) or part.shape == "names listed")) or \
            part.round_how.startswith("several"):
        return list(part.rounds), part.round_how
    if pid and part.first and not (part.rounds and "written" in part.round_how):
        visits = [rd for rd, _ in provider_rounds(ctx, pid)]
        if visits and part.dated is not None and (fits := _dated_by(ctx, part, pid, visits)) and visits[0] not in fits:
            # "graded Inadequate in November 2024 at its first inspection": the date names a later one
            return [], f"{pid}'s inspection dated {part.dated[0]} is not its first in the data"
        if visits:
            return visits[:1], f"{pid}'s first inspection in the data (the sentence says its first)"
    if pid and part.nth and not (part.rounds and "written" in part.round_how):
        said = [rd for rd, _ in provider_rounds(ctx, pid) if (got := stated_ordinal(pid, rd)) and got[0] == part.nth]
        # (none: no source says which inspection was that one, and counting the data's rows may miss one before)
        return said, f"{pid}'s inspection a source calls its number {part.nth} (the sentence says so)" if said else \
            f"no inspection of {pid} that a source calls its number {part.nth}"
    if pid:
        visits = provider_rounds(ctx, pid)
        fits = _dated_by(ctx, part, pid, [rd for rd, _ in visits])
        if fits:
            return fits, f"{pid}'s inspection the sentence dates ({part.dated[0]})"
        year = part.dated[0] if part.dated is not None else None
        if year is not None and not part.past and isinstance(part.reading, ProviderRating) and visits and \
                all(_dates_of(ctx, pid, rd) for rd, _ in visits) and \
                not any(int(d[:4]) - 1 <= year <= int(d[:4]) for rd, _ in visits for d in _dates_of(ctx, pid, rd)):
            # "rated Good again in 2020": every inspection in the data is dated, and none in or just before that
            # year (fieldwork comes months before the report)
            return [], f"{pid}'s inspections in the data, none of them in or just before {year}"
        if part.past and part.earlier and part.dated is None and pid in ctx.reinspected and len(visits) > 1:
            # "previously rated Inadequate, it is now ...": an inspection before the one the text reports
            return [rd for rd, _ in visits][:-1], f"{pid}'s inspections before its last in the data"
        if part.since is not None and not part.past:
            then = _dated_by(ctx, replace(part, dated=part.since), pid, [rd for rd, _ in visits])
            if then:
                later = [rd for rd, _ in visits if rd > then[0]]
                return later, f"{pid}'s inspections after the one of {part.since[0]}"
        if part.past:
            return [], f"a rating {pid} had before, at an inspection whose year fits none of its inspections in " \
                "the data"
        if date and visits:
            out = [rd for rd, pub in visits if pub and pub[:7] <= date[:7]][-1:]
            # an inspection of a round begun by then whose report date the data lack may or may not be out yet:
            # a reading of its own
            out += [rd for rd, pub in visits if not pub and f"{rd[:4]}-04" <= date[:7] and (not out or rd > out[0])]
            if part.news and not part.past and len(out) > 1:
                # a headline or lede is news of a report of the year before the text's date, if one may be
                recent = [rd for rd in out if _report_month(rd, dict(visits).get(rd)) >= _year_before(date[:7])]
                out = recent or out
            published = dict(visits).get(out[-1]) if out else None
            if isinstance(part.reading, ProviderOwner) and published and \
                    month_number(date) - month_number(published) > 12:
                # CRCs changed hands between inspections: who ran one more than a year after its last report is
                # not what the data record
                return [], f"{pid}'s last inspection in the data was reported over a year before {date}, and the " \
                    "data hold its owner at each inspection only"
            if out:
                return out, f"{pid}'s inspection{'s' if len(out) > 1 else ''} current at {date}"
        rounds = _within_bounds(visits, ctx.date_bounds) if not date else []
        if part.news and not part.past and len(rounds) > 1 and ctx.date_bounds[0]:
            # a headline or lede is news: of an inspection reported within the year before the earliest month
            # the text can have been written in, not of one reported years before it
            recent = [rd for rd, pub in visits if rd in rounds and _report_month(rd, pub) >= _year_before(
                ctx.date_bounds[0])]
            rounds = recent or rounds
        rounds = rounds or [rd for rd, _ in visits]
        if pid in ctx.inspection_of and not isinstance(part.reading, InspectionDate):
            return [ctx.inspection_of[pid]], f"the inspection of {pid} the text dates ({ctx.inspection_of[pid]})"
        if isinstance(part.reading, InspectionOrdinal):
            if part.reading.n == 1 and pid in ctx.reinspected and len(rounds) > 1:
                return rounds[1:], f"{pid}'s inspections after its first in the data (the text speaks of one before)"
            # "It was the PDU's second inspection": a text can only call the inspection it reports its second if it
            # is; which of the unit's inspections that is, the data say (the first, the text's say-so cannot settle)
            fits = [rd for rd in rounds if part.reading.n > 1 and _ordinal_outcome(ctx, part.reading, rd)[0] ==
                    "supported"]
            if len(fits) == 1 and len(rounds) > 1:
                return fits, f"{pid}'s inspection number {part.reading.n} in the data, the one the text reports"
            return rounds, f"{pid}'s inspection{'s' if len(rounds) > 1 else ''} in the data (no round written)"
        if pid in ctx.first_inspected and len(rounds) > 1 and not isinstance(part.reading, Change):
            return rounds[:1], f"{pid}'s first inspection in the data (the text says it is its first)"
        if isinstance(part.reading, (Change, InspectionGap)):
            # a change, or the time since the inspection before, needs an inspection before it: any but the
            # provider's first (whether or not the text's dates keep that first one among those it may report)
            rounds = [rd for rd in rounds if visits and rd != visits[0][0]]
        elif pid in ctx.reinspected and len(rounds) > 1:
            # a text that says the rating is the same as last time, or that the provider 'still' has it, is about
            # a re-inspection
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


def rounds_numbered(parts: list[Part], ctx: Context) -> list[str]:
    """The rounds a sentence's "N of the M" names by its M, when no round is written: "five of the seven were
    Good" speaks of a round whose units of that kind numbered seven (in scope, inspected or rated), so only such a
    round is meant by every count of the sentence. Empty when none names one, or the Ms name different rounds."""
    named: set[str] | None = None
    for part in parts:
        r = part.reading
        # ("almost half of the 31 inspections": the population's size written, as "15 of the 31" writes it)
        m = (r.denominator or r.size_stated) if isinstance(r, Statement) and r.kind == "count" else None
        if part.round_sure or not m:
            continue
        fits = set()
        for rd in _rounds(ctx):
            row = ctx.round_row(rd, r.sector)
            if row is not None and any(_whole(row.get(c)) == m
                                       for c in ("providers_in_scope", "inspected", "rated")):
                fits.add(rd)
        named = fits if named is None else named & fits
    return sorted(named or ())


def _whole(value) -> int | None:
    """A published total as a whole number; None when the cell is empty (a column with gaps is read as float)."""
    try:
        return None if value is None or value != value else int(value)
    except (TypeError, ValueError):
        return None


def _year_before(month: str) -> str:
    return f"{int(month[:4]) - 1}{month[4:7]}"


def _report_month(rd: str, pub: str | None) -> str:
    # an inspection whose report date the data lack counts from the first month of its round's reports (the
    # window of HMIP's annual report it falls in), else from April
    start = next((lo for name, lo, _ in vocab.ROUND_WINDOWS if name == rd), f"{rd[:4]}-04")
    return (pub or start)[:7]


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


def _dates_of(ctx: Context, pid: str, round_: str) -> list[str]:
    """The report and fieldwork dates the data hold for one inspection."""
    row = _row(ctx, pid, round_)
    if row is None:
        return []
    return [v for v in (row.get("published"), row.get("fieldwork_start")) if isinstance(v, str) and v]


def _dated_by(ctx: Context, part: Part, pid: str, rounds: list[str]) -> list[str]:
    """The one inspection of a provider whose report or fieldwork the year (and month) written beside a
    statement fits ("in March 2023 it was rated ..."); empty when none or several fit, or for a change from one
    rating to another or a date, which name their inspections themselves ("still rated R in March 2019" is dated
    by its month)."""
    if part.dated is None or isinstance(part.reading, InspectionDate) or \
            isinstance(part.reading, Change) and part.reading.kind != "still":
        return []
    year, month = part.dated
    stamp = f"{year}-{month:02d}" if month else str(year)
    fits = [rd for rd in rounds if any(d.startswith(stamp) for d in _dates_of(ctx, pid, rd))]
    return fits if len(fits) == 1 else []


def _about_provider(part: Part) -> str | None:
    r = part.reading
    if isinstance(r, (ProviderRating, StandardsCount, Change, ProviderFigure, InspectionDate, ProviderOwner,
                      ProviderRegion, RegionCount, InspectionOrdinal, RatingComparison, RatedExtreme,
                      InspectionGap)):
        return r.provider
    if isinstance(r, Statement) and r.kind in ("people", "rank", "provider") and r.providers:
        return r.providers[0]
    return r.provider if isinstance(r, ReportOrder) else None
