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


#: How many providers a note names before it only counts the rest (a million-row file would name them all).
NAMED_IN_NOTES = 20


def _listed(items: list[str]) -> str:
    shown = ", ".join(items[:NAMED_IN_NOTES])
    return shown if len(items) <= NAMED_IN_NOTES else f"{shown} and {len(items) - NAMED_IN_NOTES} more"


def _known(rows: pd.DataFrame, field: str) -> pd.Series:
    """The field's ratings, with anything that is not a rating (or a column the file lacks) as missing."""
    if field not in rows:
        return pd.Series(None, index=rows.index, dtype=object)
    values = rows[field].astype(object)
    return values.where(values.isin(list(schema.SCORES)), None)


def _compare(first: pd.DataFrame, second: pd.DataFrame, before: str, after: str) -> tuple[pd.DataFrame, dict]:
    """Rows of ``second`` whose provider has a row in ``first`` (its first one), field by field: the table in
    second's row order, then overall and each standard of the provider's sector; and the lists the notes name."""
    first = first.drop_duplicates("provider_id")
    second = second.reset_index(drop=True)
    in_first = second["provider_id"].isin(first["provider_id"])
    matched = second[in_first].reset_index(drop=True)
    old = first.set_index("provider_id").reindex(matched["provider_id"]).reset_index(drop=True)
    pieces, compared = [], pd.Series(0, index=matched.index)
    overall_known = pd.Series(True, index=matched.index)
    for order, field in enumerate(("overall", *schema.STANDARD_COLUMNS)):
        was, now = _known(old, field), _known(matched, field)
        both = was.notna() & now.notna()
        if field == "overall":
            overall_known = both
        else:
            both &= matched["sector"].isin(schema.STANDARDS_BY_COLUMN[field].sectors)
            compared += both.astype(int)
        pieces.append(pd.DataFrame({"_pos": matched.index[both], "_order": order,
                                    "provider_id": matched.loc[both, "provider_id"],
                                    "provider": matched.loc[both, "provider"], "sector": matched.loc[both, "sector"],
                                    "field": field, "before_round": before, "before": was[both],
                                    "after_round": after, "after": now[both]}))
    out = pd.concat(pieces).sort_values(["_pos", "_order"], kind="stable") if pieces else pd.DataFrame()
    diff = out["after"].map(schema.SCORES) - out["before"].map(schema.SCORES)
    out["change"] = diff.map(lambda d: "up" if d > 0 else "down" if d < 0 else "same").astype(object)
    out = out.reset_index(drop=True)[list(CHANGE_COLUMNS)]
    ids = matched["provider_id"]
    counts = {
        "both": len(matched), "missing_before": second.loc[~in_first, "provider_id"].tolist(),
        "overall_gaps": ids[~overall_known].tolist(), "no_standards": ids[compared == 0].tolist(),
        "some_standards": [f"{pid} ({n} of {schema.N_STANDARDS})"
                           for pid, n in zip(ids[compared > 0], compared[compared > 0], strict=True)],
    }
    return out, counts


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
    out, counts = _compare(select_round(frame, before), select_round(frame, after), before, after)
    if before > after:  # rounds are named YYYY-YY, so text order is time order
        add_note(out, f"before ({before}) is later than after ({after}): 'up' and 'down' run backwards in time")
    add_note(out, f"{counts['both']} provider(s) inspected in both {before} and {after}; only ratings known in "
                  "both rounds are compared")
    if counts["overall_gaps"]:
        add_note(out, f"overall rating not known in both rounds for: {_listed(counts['overall_gaps'])}")
    if counts["no_standards"]:
        add_note(out, f"no standard rating known in both rounds, so standards could not be compared for: "
                      f"{_listed(counts['no_standards'])}")
    if counts["some_standards"]:
        add_note(out, f"standards compared only where known in both rounds: {_listed(counts['some_standards'])}")
    if counts["missing_before"]:
        add_note(out, f"inspected in {after} with no {before} row, so not compared: "
                      f"{_listed(counts['missing_before'])}")
    completeness = round_completeness(frame[frame["round"].isin([before, after])], published_totals)
    for note in completeness_notes(completeness):
        add_note(out, note)
    if (completeness["status"] == PARTIAL).any():
        add_note(out, "services HMIP rated that the data do not hold are not compared: the changes listed are not "
                      "all the moves between the rounds")
    return with_view(out, View(title="Changes between rounds"))
