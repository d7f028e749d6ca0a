"""`probstat changes`: how ratings moved between two inspection rounds, for providers inspected in both.

Only pairs of known ratings are compared. A rating known in one round and missing in the other is not a
change (nor 'no change'); the notes name the providers whose ratings could not be compared.
"""

from __future__ import annotations

import pandas as pd

from .. import schema
from ..errors import UnknownChoice
from ..output import View
from .common import add_note, select_round, with_view
from .completeness import PARTIAL, completeness_notes, round_completeness

#: Columns this analysis reads, so the CLI loads and validates only these (plus the required ones).
NEEDS = ("overall", *schema.STANDARD_COLUMNS)


CHANGE_COLUMNS: tuple[str, ...] = (
    "provider_id", "provider", "sector", "field", "before_round", "before", "after_round", "after", "change",
)


def _direction(before: str, after: str) -> str:
    diff = schema.SCORES[after] - schema.SCORES[before]
    return "up" if diff > 0 else "down" if diff < 0 else "same"


def _rating(row: pd.Series, field: str) -> str | None:
    value = row.get(field)
    return value if isinstance(value, str) and value in schema.SCORES else None


def changes(frame: pd.DataFrame, *, before: str = schema.DEFAULT_ROUND, after: str = "2019-20",
            published_totals: pd.DataFrame | None = None) -> pd.DataFrame:
    """One row per provider inspected in both rounds and per field (overall, then each of its standards)
    whose rating is known in both: the two ratings and ``change`` ('up', 'down' or 'same' by HMIP score).

    The notes also say how much of each round the data hold against HMIP's published totals
    (``published_totals``: a rounds.csv table, by default the bundled one): services HMIP rated that the
    data do not hold cannot be compared, so the rows are not every move between the rounds.

    >>> from probstat.loader import load
    >>> table = changes(load())
    >>> table.loc[table["provider_id"] == "dtv-crc", ["field", "before", "after", "change"]].values.tolist()
    [['overall', 'Requires improvement', 'Good', 'up'], ['leadership', 'Outstanding', 'Outstanding', 'same']]
    """
    for name, value in (("before", before), ("after", after)):
        if value in (None, "all"):
            raise UnknownChoice(f"{name} must name one round, not {value!r}")
    if before == after:
        raise UnknownChoice(f"before and after are the same round ({before}); choose two different rounds")
    rounds = sorted(frame["round"].unique())
    for name, value in (("before", before), ("after", after)):
        if value not in rounds:
            # Name the option: on a one-round file it is the default --after that fails, which the bare
            # "no round '2019-20'" of select_round left the user to guess.
            raise UnknownChoice(f"no round {value!r} in the data for --{name}; rounds present: {', '.join(rounds)}")
    first = select_round(frame, before).drop_duplicates("provider_id").set_index("provider_id", drop=False)
    second = select_round(frame, after)

    records = []
    both, missing_before, overall_gaps, no_standards, some_standards = [], [], [], [], []
    for _, new in second.iterrows():
        pid = new["provider_id"]
        if pid not in first.index:
            missing_before.append(pid)
            continue
        both.append(pid)
        old = first.loc[pid]
        compared = 0
        fields = ("overall", *(s.column for s in schema.standards_for(new["sector"])))
        for field in fields:
            was, now = _rating(old, field), _rating(new, field)
            if was is None or now is None:
                if field == "overall":
                    overall_gaps.append(pid)
                continue
            compared += field != "overall"
            records.append({
                "provider_id": pid, "provider": new["provider"], "sector": new["sector"], "field": field,
                "before_round": before, "before": was, "after_round": after, "after": now,
                "change": _direction(was, now),
            })
        if compared == 0:
            no_standards.append(pid)
        else:
            some_standards.append(f"{pid} ({compared} of {len(fields) - 1})")

    out = pd.DataFrame.from_records(records, columns=list(CHANGE_COLUMNS))
    if before > after:  # rounds are named YYYY-YY, so text order is time order
        add_note(out, f"before ({before}) is later than after ({after}): 'up' and 'down' run backwards in time")
    add_note(out, f"{len(both)} provider(s) inspected in both {before} and {after}; only ratings known in both "
                  "rounds are compared")
    if overall_gaps:
        add_note(out, f"overall rating not known in both rounds for: {', '.join(overall_gaps)}")
    if no_standards:
        add_note(out, f"no standard rating known in both rounds, so standards could not be compared for: "
                      f"{', '.join(no_standards)}")
    if some_standards:
        add_note(out, f"standards compared only where known in both rounds: {', '.join(some_standards)}")
    if missing_before:
        add_note(out, f"inspected in {after} with no {before} row, so not compared: {', '.join(missing_before)}")
    completeness = round_completeness(frame[frame["round"].isin([before, after])], published_totals)
    for note in completeness_notes(completeness):
        add_note(out, note)
    if (completeness["status"] == PARTIAL).any():
        add_note(out, "services HMIP rated that the data do not hold are not compared: the changes listed are not "
                      "all the moves between the rounds")
    return with_view(out, View(title="Changes between rounds"))
