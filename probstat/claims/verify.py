"""Claim -> verdict: read the figure's words, gather the evidence, compare, explain.

Evidence kinds (each labelled in the output):
- data: recomputed from providers.csv through a metric;
- consistency: the text against itself (a verbal form against its number, parts against their total);
- corroboration: a figure from a different document, shipped as sourced data and labelled as such;
- unverifiable: no evidence available; the explanation names the data that would be needed.
"""

from __future__ import annotations

import bisect
import math
from collections import Counter
from dataclasses import dataclass
from typing import TYPE_CHECKING

import pandas as pd

from .. import schema
from ..analysis.common import records_table
from ..bundled import read_table
from ..errors import ClaimsError, ProbstatError
from ..loader import sources_for
from ..output import View
from ..output import format_figure as _fig
from . import lazy_re as re
from .quantifiers import Reading

if TYPE_CHECKING:
    from .claimsfile import Claim, ClaimsFile
    from .metrics import MetricResult

# The claims file's reading and its metrics (claimsfile, metrics, and the analyses these import) are imported by
# the functions that check a claims file: reading a text (check_text) needs none of them.

VERDICTS = ("supported", "contradicted", "unverifiable")
#: The columns a text table keeps (csv and json carry them all).
CLAIM_COMPACT = ("id", "phrase", "reading", "computed", "n", "evidence", "verdict", "label")
OUTPUT_COLUMNS = ("id", "claim", "phrase", "reading", "rule", "stated_low", "stated_high", "computed",
                  "computed_low", "computed_high", "n", "evidence", "verdict", "label", "explanation", "source")
ROUNDING_RULES = frozenset({"bare number", "per cent", "percentage points", "out of", "one in N", "fraction", "just"})


@dataclass(frozen=True)
class Verdict:
    """The outcome for one claim, before it becomes a table row."""

    verdict: str
    label: str
    explanation: str
    evidence: str
    computed: float | None = None
    computed_low: float | None = None
    computed_high: float | None = None
    n: int | None = None
    source: str | None = None


def _data_verdict(claim: Claim, reading: Reading, result: MetricResult, meta_url: str | None,
                  sources: pd.DataFrame | None) -> Verdict:
    base = {"evidence": "data", "n": result.n, "computed": result.value,
            "source": f"providers.csv ({result.n} rows)" if result.n is not None else "providers.csv"}
    interval = result.interval
    if interval is not None:
        base.update(computed_low=interval[0], computed_high=interval[1])
    if interval is None:
        return Verdict("unverifiable", "missing data", f"Cannot be recomputed from the data: needs {result.needs}.",
                       **base)
    low, high = interval
    stated = f"'{claim.phrase}' ({reading.describe()})"
    found = _fig(result.value) if result.value is not None else f"between {_fig(low)} and {_fig(high)}"
    disjoint = high < reading.low or low > reading.high or (high == reading.low and not reading.low_closed) or \
        (low == reading.high and not reading.high_closed)
    if result.needs is not None:
        if disjoint:
            return Verdict("contradicted", "contradicted by bounds", f"{stated} cannot hold: even with the gaps "
                           f"({result.needs}), the data give {found}: {result.detail}.", **base)
        return Verdict("unverifiable", "partial data", f"The data so far give {found}, which does not settle "
                       f"{stated}: needs {result.needs}.", **base)
    if claim.sense == "everyday":
        return _everyday_verdict(stated, found, result, reading, low, high, base)
    circular = _circular(result, meta_url, sources)
    if result.value is not None and result.low is None and result.high is None:
        if not reading.contains(result.value):
            return Verdict("contradicted", "contradicted", f"{stated} does not match the data: {result.detail} "
                           f"({_fig(result.value)}).", **base)
        # Only a figure read by its rounding (45 per cent, six out of 10) can be right "by rounding".
        rounded = reading.rule in ROUNDING_RULES and not math.isclose(result.value, reading.value)
        label = "supported by rounding" if rounded else "supported"
        explanation = f"The data give {_fig(result.value)} ({result.detail}), within {stated}."
    elif reading.contains(low) and (reading.contains(high) or (math.isinf(high) and math.isinf(reading.high))):
        # a sum with a 'more than' term has no upper end; neither has "more than X": both open upwards
        label, explanation = "supported", f"The data give {found} ({result.detail}), within {stated}."
    elif disjoint:
        return Verdict("contradicted", "contradicted", f"{stated} does not match the data: {result.detail}.",
                       **base)
    else:
        return Verdict("unverifiable", "inconclusive", f"The data give {found} ({result.detail}), which partly "
                       f"overlaps {stated}; the figures are too approximate to decide.", **base)
    if reading.suggested_high is not None and low > reading.suggested_high:
        # literal truth decides; what "more than X" merely suggests is worth a note, never a contradiction
        explanation += (f" The words are true of it, though they may suggest a figure not far above "
                        f"{_fig(reading.value)} (up to about {_fig(reading.suggested_high)}).")
    if circular:
        return Verdict("unverifiable", "circular", f"{explanation} But every figure used comes from this same "
                       "release, so this is not independent evidence.", **base)
    return Verdict("supported", label, explanation, **base)


def _everyday_verdict(stated: str, found: str, result: MetricResult, reading: Reading, low: float, high: float,
                      base: dict) -> Verdict:
    """A word used in its everyday sense (claims file: sense = "everyday"): the source made no statistical
    claim, so a statistic can only show the data consistent with it (or not), never support it."""
    inside = reading.contains(low) and reading.contains(high)
    words = "consistent with" if inside else "not borne out by"
    return Verdict("unverifiable", "consistent with" if inside else "not shown",
                   f"The source uses {stated.split(' (')[0]} in its everyday sense and makes no statistical claim, "
                   f"so no test can support it; the data are {words} the statistical reading {stated}: {found} "
                   f"({result.detail}).", **base)


def _source_index(sources: pd.DataFrame) -> dict[tuple[str, str, str], str]:
    return {(r, p, f): u for r, p, f, u in sources[["round", "provider_id", "field", "source_url"]].itertuples(
        index=False, name=None)}


def _circular(result: MetricResult, meta_url: str | None, sources: pd.DataFrame | None) -> bool:
    from .metrics import cached

    if not meta_url or sources is None or not result.cells:
        return False
    # Indexed once per sources table, not once per claim.
    lookup = cached(_source_index, sources)
    urls = {lookup.get(cell) for cell in result.cells}
    return urls == {meta_url}


def _same_unit(reading: Reading, other: Reading, name: str, claim_id: str, key: str) -> None:
    if reading.unit != other.unit:
        raise ClaimsError(f"cannot compare a figure in {reading.unit} with one in {other.unit}; set unit",
                          file=name, claim=claim_id, key=key)


def _consistency_verdict(claim: Claim, reading: Reading, name: str) -> Verdict:
    from .claimsfile import interpret_phrase

    spec = claim.consistency or {}
    unit = spec.get("unit", claim.unit)
    if "matches" in spec:
        other = interpret_phrase(spec["matches"], unit, name, claim.id, "consistency.matches")
        _same_unit(reading, other, name, claim.id, "consistency.matches")
        low, high, what = other.low, other.high, f"'{spec['matches']}' ({other.describe()})"
        value = other.value
        agree = reading.overlaps(other)
    else:
        parts = [interpret_phrase(p, unit, name, claim.id, "consistency.parts") for p in spec["parts"]]
        for part in parts:
            _same_unit(reading, part, name, claim.id, "consistency.parts")
        low, high = sum(p.low for p in parts), sum(p.high for p in parts)
        value = sum(p.value for p in parts)
        what = f"the parts {' + '.join(spec['parts'])} = {_fig(low) if low == high else f'{_fig(low)}-{_fig(high)}'}"
        agree = not (high < reading.low or low > reading.high)
    stated = f"'{claim.phrase}' ({reading.describe()})"
    base = {"evidence": "consistency", "computed": value, "computed_low": low, "computed_high": high,
            "source": "the text itself"}
    if agree:
        return Verdict("supported", "consistent", f"The text agrees with itself: {stated} and {what}.", **base)
    return Verdict("contradicted", "inconsistent", f"The text disagrees with itself: {stated} but {what}.", **base)


#: The columns of corroboration.csv.
CORROBORATION_COLUMNS = ("id", "scope", "measure", "stated", "unit", "source_url", "published", "note")


def load_corroboration(source=None) -> pd.DataFrame:
    """Figures from documents other than the release (bundled corroboration.csv by default)."""
    return read_table("corroboration.csv", CORROBORATION_COLUMNS, path=source or None, only=False)


def _corroboration_verdict(claim: Claim, reading: Reading, table: pd.DataFrame, name: str) -> Verdict:
    from .claimsfile import interpret_phrase

    rows = table[table["id"] == claim.corroboration]
    if rows.empty:
        raise ClaimsError(f"no corroborating figure {claim.corroboration!r}; known: {', '.join(table['id'])}",
                          file=name, claim=claim.id, key="corroboration")
    row = rows.iloc[0]
    other = interpret_phrase(row["stated"], row["unit"], "corroboration.csv", row["id"], "stated")
    _same_unit(reading, other, name, claim.id, "corroboration")
    base = {"evidence": "corroboration", "computed": other.value, "computed_low": other.low,
            "computed_high": other.high, "source": row["source_url"]}
    said = (f"A different document ({row['note']}; {row['published']}) says '{row['stated']}' "
            f"({other.describe()})")
    if reading.overlaps(other):
        return Verdict("supported", "corroborated", f"{said}, which agrees with '{claim.phrase}' "
                       f"({reading.describe()}).", **base)
    return Verdict("contradicted", "contradicted by another source", f"{said}, which does not fit "
                   f"'{claim.phrase}' ({reading.describe()}).", **base)


def _rounds_present(frame: pd.DataFrame) -> list[str]:
    return sorted(frame["round"].unique())


def verify_claim(claim: Claim, frame: pd.DataFrame, *, claims_name: str, meta_url: str | None = None,
                 sources: pd.DataFrame | None = None, corroboration: pd.DataFrame | None = None) -> dict:
    """One claim checked: a dict with the OUTPUT_COLUMNS."""
    from .claimsfile import reading_for
    from .metrics import cached, run_metric

    reading = reading_for(claim, claims_name)
    if claim.metric is not None:
        wanted = claim.metric.get("round", schema.DEFAULT_ROUND)
        present = cached(_rounds_present, frame)
        if wanted != "all" and wanted not in present:
            # One claim about a round these data lack is unverifiable; it must not stop the other checks.
            verdict = Verdict("unverifiable", "round not in data", f"Cannot be checked against these data: they "
                              f"have no round {wanted} (rounds present: {', '.join(present)}).", evidence="data",
                              source=str(frame.attrs.get("source", "providers data")))
        else:
            try:
                result = run_metric(frame, claim.metric)
            except ProbstatError as exc:  # a parameter the data cannot serve: the claims file must change
                raise ClaimsError(exc.message, file=claims_name, claim=claim.id, key="metric") from None
            verdict = _data_verdict(claim, reading, result, meta_url, sources)
    elif claim.consistency is not None:
        verdict = _consistency_verdict(claim, reading, claims_name)
    elif claim.corroboration is not None:
        table = corroboration if corroboration is not None else load_corroboration()
        verdict = _corroboration_verdict(claim, reading, table, claims_name)
    else:
        verdict = Verdict("unverifiable", "not in data", f"Cannot be checked from provider data: needs "
                          f"{claim.needs}.", evidence="unverifiable")
    return {
        "id": claim.id, "claim": claim.claim, "phrase": claim.phrase, "reading": reading.describe(),
        "rule": reading.rule, "stated_low": reading.low, "stated_high": reading.high,
        "computed": verdict.computed, "computed_low": verdict.computed_low, "computed_high": verdict.computed_high,
        "n": verdict.n, "evidence": verdict.evidence, "verdict": verdict.verdict, "label": verdict.label,
        "explanation": verdict.explanation, "source": verdict.source,
    }


def columns_needed(claims: ClaimsFile) -> tuple[str, ...]:
    """The optional providers columns checking ``claims`` reads, in schema order: those its metrics read. The
    required columns are always loaded; a claim without a metric reads no data."""
    from .metrics import metric_columns

    wanted = {c for claim in claims.claims if claim.metric is not None for c in metric_columns(claim.metric)}
    return tuple(c for c in schema.COLUMN_NAMES if c in wanted)


def summary_line(table: pd.DataFrame) -> str:
    """'checked 45 claims: 30 supported, 0 contradicted, 15 unverifiable'."""
    counts = table["verdict"].value_counts()
    parts = ", ".join(f"{int(counts.get(v, 0))} {v}" for v in VERDICTS)
    return f"checked {len(table)} claim{'' if len(table) == 1 else 's'}: {parts}"


def check_claims(frame: pd.DataFrame, claims: ClaimsFile | None = None, *, sources: pd.DataFrame | None = None,
                 corroboration: pd.DataFrame | None = None) -> pd.DataFrame:
    """Check every claim of a claims file against the data; one row per claim with its verdict and working.

    >>> from probstat.loader import load
    >>> table = check_claims(load())
    >>> row = table.set_index("id").loc["good-nps"]
    >>> row["verdict"], int(row["computed"])
    ('supported', 5)
    """
    from .claimsfile import load_claims
    from .metrics import analyses_cached

    claims = claims or load_claims()
    if sources is None:
        sources = sources_for(frame)  # the bundled data carry their sources, so circular evidence can be seen
    meta_url = claims.meta.get("source_url") if isinstance(claims.meta.get("source_url"), str) else None
    if corroboration is None and any(c.corroboration for c in claims.claims):
        corroboration = load_corroboration()
    with analyses_cached():
        rows = [verify_claim(c, frame, claims_name=claims.name, meta_url=meta_url, sources=sources,
                             corroboration=corroboration) for c in claims.claims]
    bounds = ("computed_low", "computed_high", "stated_low", "stated_high")
    # An interval with no upper end (a 'more than' figure) has no upper bound to report: empty, not infinity.
    for row in rows:
        for col in bounds:
            if row[col] is not None and math.isinf(row[col]):
                row[col] = None
    table = records_table(rows, OUTPUT_COLUMNS, ints=("n",), floats=bounds)
    table.attrs["notes"] = [summary_line(table)]
    table.attrs["view"] = View(title=f"Claims: {claims.meta.get('title', claims.name)}", compact=CLAIM_COMPACT)
    return table


def any_contradicted(table: pd.DataFrame) -> bool:
    """Whether any row of a check-claims or check-text table is contradicted (the CLI's exit status 1)."""
    return bool(table["verdict"].astype(str).str.startswith("contradicted").any())


TEXT_COLUMNS = ("line", "sentence", "sentence_verdict", "phrase", "shape", "reading", "round", "computed", "n",
                "verdict", "evidence", "explanation", "unread")
TEXT_COMPACT = ("line", "sentence_verdict", "phrase", "round", "computed", "verdict", "unread")
_NEWLINE, _SPACES = re.compile("\n"), re.compile(r"\s+")


def _one_space(words: str) -> str:
    """``_SPACES.sub(" ", words)``: most phrases hold no white space but single plain spaces, which it leaves as they
    are (every other character ``\\s`` matches is unprintable), so the substitution runs only where it may change
    something (asked of every part's phrase and words, 10^4 a long text)."""
    return words if "  " not in words and words.isprintable() else _SPACES.sub(" ", words)
#: Texts longer than this are refused (override with --max-chars); reading is linear, this only bounds memory.
MAX_TEXT_CHARS = 2_000_000


def _round_reported(every) -> str | None:
    """The one round the text's most rated unit was judged in, where every rating read for it (not one it had
    before) was judged in that round; None otherwise."""
    from .readings import ProviderRating

    rounds: dict[str, set[str]] = {}
    for _, _, judged in every:
        for p, _, rd in judged:
            if isinstance(p.reading, ProviderRating) and not p.past and not p.earlier and rd:
                rounds.setdefault(p.reading.provider, set()).add(rd.split(" (")[0])
    if not rounds:
        return None
    # how often each unit is read, counted in one pass (not one pass over every part per unit)
    times = Counter(getattr(p.reading, "provider", None) for _, _, j in every for p, _, _ in j)
    top = max(rounds, key=times.__getitem__)
    got = rounds[top]
    return next(iter(got)) if len(got) == 1 and "," not in next(iter(got)) else None


def _unsure_count(part, rd: str | None) -> bool:
    """A count with no round of its own that more than one round was tried for."""
    return getattr(part.reading, "kind", None) == "count" and not part.round_sure and bool(rd) and "," in \
        rd.split(" (")[0]


def _one_of(part) -> bool:
    r = part.reading
    return getattr(r, "kind", None) == "count" and bool(re.search(r"(?i)\bone\s+of\b", part.phrase))


def _one_of_its_round(judged) -> str | None:
    """The one round the sentence's unit ratings were judged in, where the sentence also counts "one of" a
    population; None otherwise."""
    from .readings import ProviderRating

    if not any(_one_of(p) for p, _, _ in judged):
        return None
    # (a part's round is written "2018-19 (how it was found)")
    rounds = {rd.split(" (")[0] for p, _, rd in judged if isinstance(p.reading, ProviderRating) and rd}
    return next(iter(rounds)) if len(rounds) == 1 and "," not in next(iter(rounds)) else None


def _sizes_read(unread: list, judged) -> list:
    """The unread tags less a bare count that states the size of a population a read count was judged over, or the
    number of units the sentence names and reads: "The three West Midlands units ... split two Inadequate to one
    Requires improvement", "31 inspections, of which just one was rated Good". Only a count equal to that size is
    read (and so true); any other number stays unread."""
    sizes = {j.n for p, j, _ in judged if getattr(p.reading, "kind", None) == "count" and j.n and
             j.verdict in ("supported", "contradicted")}
    # ("A further three reports followed, when A and B were rated R1 and C R2": as many as the units it names)
    named = {p.reading.provider for p, _, _ in judged if isinstance(getattr(p.reading, "provider", None), str)}
    sizes |= {len(named)} if len(named) > 1 else set()
    if not sizes:
        return unread

    def size(t) -> bool:
        r = getattr(t.value, "reading", None)
        return t.code == "N" and r is not None and r.unit == "count" and r.low == r.high and r.low_closed and \
            r.high_closed and r.low in sizes
    return [t for t in unread if not size(t)]


def check_text(frame: pd.DataFrame, text: str, claims: ClaimsFile | None = None, *,
               sources: pd.DataFrame | None = None, round_: str | None = None, as_of: str | None = None,
               text_url: str | None = None, max_chars: int = MAX_TEXT_CHARS,
               source: str | None = None) -> pd.DataFrame:
    """Read every statement of ``text`` and judge it on the data: one row per figure, quantifier or named
    provider, with what was read (``reading``), the round and how it was found, what the data give
    (``computed``) and the verdict with its evidence. ``text_url`` is the address of the document the text is
    (``--text-url``; ``source`` is its old name, still accepted). ``claims`` is accepted for the command
    line's sake and decides nothing: verdicts come only from each sentence's own reading.
    """
    from .document import document_facts
    from .evaluate import Context
    from .judge import CALLED_FALSE, called_false, judge_part, sentence_verdict
    from .reader import read_text
    from .which_round import inspections_dated, inspections_reported_together, rounds_numbered

    if len(text) > max_chars:
        raise ClaimsError(f"text is {len(text):,} characters, over the limit of {max_chars:,}; "
                          "raise it with --max-chars")
    doc = document_facts(text, round_=round_, as_of=as_of, source=text_url or source)
    ctx = Context(frame, source=doc.source)
    newlines = [m.start() for m in _NEWLINE.finditer(text)]
    rows = []
    read = read_text(text, doc)
    ctx.reinspected = {pid for sent in read for pid in sent.reinspected}
    ctx.first_inspected = {pid for sent in read for pid in sent.first_inspected} - ctx.reinspected
    ctx.date_bounds = doc.bounds
    ctx.inspection_of = {**inspections_reported_together(read, ctx, doc.date), **inspections_dated(read, ctx, doc.date)}
    every = []
    for sent in read:
        numbered = rounds_numbered(sent.parts, ctx)
        judged = [(p, *judge_part(p, ctx, doc.date, numbered)) for p in sent.parts]
        own = _one_of_its_round(judged)
        if own and (not numbered or own in numbered):
            # "rated Good, the only one of the 21 CRCs to achieve that grade": a count the unit rated is one of
            # speaks of the round its rating was judged in
            judged = [(p, *judge_part(p, ctx, doc.date, [own])) if _one_of(p) else (p, j, rd) for p, j, rd in judged]
        every.append((sent, numbered, judged))
    ours = _round_reported(every)
    for sent, numbered, judged in every:
        if ours and (not numbered or ours in numbered):
            # "19 of the 21 CRCs were rated Requires improvement", no round written, in a text that reports one
            # inspection: the round of that inspection
            judged = [(p, *judge_part(p, ctx, doc.date, [ours])) if _unsure_count(p, rd) else (p, j, rd)
                      for p, j, rd in judged]
        left = _sizes_read(sent.unread, judged) if sent.unread else sent.unread
        unread = "; ".join(dict.fromkeys(_one_space(t.words) for t in left))
        verdict = sentence_verdict([j.verdict for _, j, _ in judged], [t.words for t in left],
                                   sent.scope_unread)
        words = _one_space(sent.text).strip()
        turned = bool(judged) and CALLED_FALSE.match(words) is not None
        if turned:
            verdict = called_false(verdict)  # "False: X was rated Good": true where X was not
        line_of = lambda at: bisect.bisect_right(newlines, at - 1) + 1 if at else 1  # noqa: E731
        for p, j, rnd in judged:
            rows.append({"line": line_of(p.start), "sentence": words, "sentence_verdict": verdict,
                         "phrase": _one_space(p.phrase), "shape": p.shape, "reading": p.describe(),
                         "round": rnd, "computed": j.computed, "n": j.n, "verdict": j.verdict,
                         "evidence": j.evidence, "unread": unread or None,
                         "explanation": j.explanation + (" The sentence calls this false: its verdict is the other "
                                                         "way round." if turned else "")})
        if not judged and sent.unread:
            rows.append({"line": line_of(sent.unread[0].start), "sentence": words, "sentence_verdict": verdict,
                         "phrase": _one_space(sent.unread[0].words), "shape": None,
                         "reading": "not read", "round": None, "computed": None, "n": None,
                         "verdict": "unverifiable", "evidence": None,
                         "explanation": f"Not read: {unread}.", "unread": unread})
    table = pd.DataFrame.from_records(rows, columns=list(TEXT_COLUMNS))
    table["n"] = table["n"].astype("Int64")
    counts = table["verdict"].value_counts()
    per_sentence = table.drop_duplicates("sentence")["sentence_verdict"].value_counts() if len(table) else counts
    table.attrs["notes"] = [f"read {len(table)} part{'' if len(table) == 1 else 's'} of "
                            f"{table['sentence'].nunique()} sentences: "
                            + ", ".join(f"{int(per_sentence.get(v, 0))} {v}" for v in
                                        ("supported", "contradicted", "partly checked", "unverifiable"))
                            + (f"; round {doc.round} {doc.round_how}" if doc.round else "")]
    table.attrs["view"] = View(title="Statements", compact=TEXT_COMPACT)
    return table
