"""Where a unit's report came in the order of its kind's reports: "the first PDU inspected under the new
methodology", "the second inspection of a probation delivery unit", "the first of any PDU in England and Wales",
"the first report of a new programme". Read from the words, judged on the report dates in the data.

The order is known only where the data hold every report of the kind up to the unit's (rounds.csv's published
number inspected equals the rows held) and the dates tell the reports apart (a report dated to the month only
shares its month with no other). CRCs and NPS divisions were inspected before the data begin, so their order is
read only within a programme ("the first report of the new programme"); PDUs' reports begin with the data.
"""

from __future__ import annotations

from dataclasses import dataclass

from .. import schema
from . import lazy_re as re
from .anchored import Anchored
from .readings import Part
from .tag_type import Tag

_NTH = ("first", "second", "third", "fourth", "fifth")
_KINDS = {"pdu": "PDU", "probation delivery unit": "PDU", "delivery unit": "PDU", "crc": "CRC",
          "community rehabilitation company": "CRC", "nps division": "NPS", "division": "NPS", "region": "region"}
_KIND = r"(?P<{}>pdu|probation\s+delivery\s+unit|delivery\s+unit|crc|community\s+rehabilitation\s+company|" \
        r"nps\s+division|division|region)s?"
_PROGRAMME = r"(?:new\s+|current\s+|latest\s+)?(?:probation\s+)?(?:methodology|framework|programme|round)"
_ORDER = Anchored(re.compile(
    r"(?i)\b(?:is|was|became|marks|marked|were|publish\w*(?:\s+today)?)\s+the\s+(?P<n>" + "|".join(_NTH) + r")\s+(?:"
    # "the first PDU (to be) inspected (under the new methodology)", "the second probation delivery unit reported on"
    # (not "the first CRC to be rated Good", the first with that rating: the only-or-first shapes' to read)
    + _KIND.format("kind") + r"\s+(?:to\s+be\s+|we\s+have\s+|it\s+has\s+)?(?:inspected|reported\s+on)"
    r"(?!\s+(?:and\s+)?rated)"
    r"(?P<under>\s+(?:under|in)\s+(?:the|a|its)\s+" + _PROGRAMME + r")?"
    # "the first of any PDU", "the second inspection of a probation delivery unit", "the first report of a PDU"
    r"|(?:(?:report|inspection)\s+)?of\s+(?:any|a)\s+" + _KIND.format("kind2") +
    # "the first report of a new programme", "the first inspection under the new framework"
    r"|(?:report|inspection)\s+(?:of|in|under)\s+(?:a|the)\s+(?P<programme>" + _PROGRAMME + r"))\b"))


_PART_OF = re.compile(r"(?i)\s+(?:in|across|within)\s+(?!england\b|the\s+country\b|(?:the\s+)?20\d\d)")


@dataclass(frozen=True)
class ReportOrder:
    """'X was the first PDU inspected': X's report came n-th among its kind's (within its round when ``round_only``:
    "of the new programme")."""

    provider: str
    n: int
    kind: str | None  # PDU, CRC, NPS, region; None: the unit's own kind
    round_only: bool

    def describe(self) -> str:
        among = f"{self.kind or 'its kind'}'s reports" + (" of its round" if self.round_only else "")
        return f"{self.provider}'s report number {self.n} among {among}"


def report_order_parts(text: str, start: int, end: int, named: list[Tag], subject: str | None) -> list[Part]:
    """The order a sentence gives the unit it names (or the text's subject) among its kind's reports."""
    m = _ORDER.search(text, start, end)
    if m is None or _PART_OF.match(text, m.end(), end):
        return []  # ("the first inspection of a PDU in the region": of a part of the kind, which is not read)
    ids = list(dict.fromkeys(str(t.value) for t in named if t.code == "P"))
    pid = ids[0] if len(ids) == 1 else (subject if not ids else None)
    if pid is None:
        return []
    said = m.group("kind") or m.group("kind2")
    kind = _KINDS.get(re.sub(r"\s+", " ", said.lower())) if said else None
    within = bool(m.group("programme") or m.group("under"))
    reading = ReportOrder(pid, _NTH.index(m.group("n").lower()) + 1, kind, within)
    return [Part(m.start(), m.end(), m.group(0), "report order", reading)]


def report_order_outcome(ctx, r: ReportOrder, round_: str) -> tuple[str, str, str | None]:
    """Supported or contradicted only where every report of the kind up to the unit's is in the data, dated apart."""
    f = ctx.frame
    own = f[(f["provider_id"] == r.provider) & (f["round"] == round_)]
    if own.empty or not isinstance(own["published"].iat[0], str):
        return "unverifiable", f"{r.provider}'s {round_} report date is not in the data", None
    kind = r.kind or str(own["sector"].iat[0])
    if str(own["sector"].iat[0]) != kind:
        return "contradicted", f"{r.provider} is no {kind}", None
    if kind in schema.SECTORS and not r.round_only:
        return "unverifiable", f"{kind}s were inspected before the data begin (2018-19)", None
    date = str(own["published"].iat[0])
    rounds = [round_] if r.round_only else sorted(rd for rd in set(f.loc[f["sector"] == kind, "round"]) if rd <= round_)
    rows = f[(f["sector"] == kind) & f["round"].isin(rounds) & (f["provider_id"] != r.provider)]
    before = unknown = 0
    for p in rows["published"]:
        p = p if isinstance(p, str) else ""
        at = min(len(p), len(date))
        if not p or p[:at] == date[:at]:
            unknown += 1  # no date, or one the data cannot tell apart from the unit's (the same month or day)
        elif p[:at] < date[:at]:
            before += 1
    detail = f"{before} {kind} report(s) dated before {r.provider}'s ({date}) in {', '.join(rounds)}"
    if before >= r.n:
        return "contradicted", detail, str(before + 1)
    complete = all(_held_all(ctx, rd, kind) for rd in rounds)
    if unknown or not complete:
        why = "some dated alike or not dated" if unknown else "the data may not hold every report of the kind"
        return "unverifiable", f"{detail}; {why}", None
    return ("supported" if before + 1 == r.n else "contradicted"), detail, str(before + 1)


def _held_all(ctx, round_: str, kind: str) -> bool:
    row = ctx.round_row(round_, kind)
    inspected = None if row is None else row.get("inspected")
    if inspected is None or inspected != inspected:
        return False
    f = ctx.frame
    return int(inspected) == int(((f["round"] == round_) & (f["sector"] == kind)).sum())
