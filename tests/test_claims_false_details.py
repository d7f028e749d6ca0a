"""A true rating with one detail beside it, generated from the bundled data: the detail made false must never
leave the sentence `supported` (a true part must not carry a false one), and the detail kept true must never make
it `contradicted`.

Each family puts one kind of detail beside a unit's true overall rating: the month its report came out (after the
rating, or opening the sentence), its owner (in apposition, or as a possessive), its region, its kind, one of its
standards, the people it supervises, and how many times it had the rating. The truth of each detail is worked out
here from the frame's own columns with plain pandas, not with probstat's claims code.
"""

from __future__ import annotations

import pandas as pd
import pytest

from probstat.claims.verify import check_text
from probstat.loader import load

FRAME = load()
RATINGS = ("Outstanding", "Good", "Requires improvement", "Inadequate")
MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August", "September", "October",
          "November", "December")
KIND_WORDS = {"CRC": "a CRC", "NPS": "an NPS division", "PDU": "a probation delivery unit"}
STANDARD_WORDS = {"leadership": "leadership", "assessment": "assessment", "planning": "planning",
                  "reviewing": "reviewing", "unpaid_work": "unpaid work"}


def _other(value: str, choices) -> str:
    return next(c for c in choices if c != value)


def _cases() -> list[tuple[str, str, str, bool]]:
    """(family, text, round, true) for every rated unit of every round and every detail its row holds."""
    out = []
    rows = FRAME[FRAME["overall"].notna() & FRAME["sector"].isin(["CRC", "NPS", "PDU"])]
    owners = sorted({str(o) for o in FRAME["owner"].dropna() if "public" not in str(o)})
    regions = sorted({str(r) for r in FRAME["region"].dropna()})
    for _, r in rows.iterrows():
        name, rating, rd = r["provider"], str(r["overall"]), str(r["round"])
        said = f"{name} was rated {rating} in {rd}"
        published = r["published"] if isinstance(r["published"], str) else ""
        if len(published) >= 7:
            year, month = published[:4], int(published[5:7])
            for family, form in (("month after", "{name} was rated {rating} in a report published in {m} {y}."),
                                 ("month opening", "In {m} {y}, {name} was rated {rating}.")):
                for m, true in ((MONTHS[month - 1], True), (MONTHS[(month + 5) % 12], False)):
                    out.append((family, form.format(name=name, rating=rating, m=m, y=year), rd, true))
        owner = r["owner"] if isinstance(r["owner"], str) and "public" not in r["owner"] else None
        if owner:
            for w, true in ((owner, True), (_other(owner, owners), False)):
                out.append(("owner apposition", f"{name}, run by {w}, was rated {rating} in {rd}.", rd, true))
                out.append(("owner possessive", f"{w}'s {name} was rated {rating} in {rd}.", rd, true))
        region = r["region"] if isinstance(r["region"], str) and r["sector"] == "PDU" else None
        if region:
            for g, true in ((region, True), (_other(region, regions), False)):
                out.append(("region", f"{name} in the {g} region was rated {rating} in {rd}.", rd, true))
        kinds = list(KIND_WORDS)
        for k, true in ((r["sector"], True), (_other(r["sector"], kinds), False)):
            out.append(("kind", f"{name}, {KIND_WORDS[k]}, was rated {rating} in {rd}.", rd, true))
        for column, words in STANDARD_WORDS.items():
            if isinstance(r[column], str):
                for w, true in ((r[column], True), (_other(r[column], RATINGS), False)):
                    out.append(("standard", f"{said}, with {words} rated {w}.", rd, true))
        if pd.notna(r["people_supervised"]):
            twice = f"{2 * int(r['people_supervised']):,}"
            out.append(("people", f"{said}.\n\nIt supervises more than {twice} people.", rd, False))
        out.append(("third time", f"{name} was rated {rating} for the third time in {rd}.", rd, False))
    return out


CASES = _cases()


def _verdict(text: str) -> str:
    table = check_text(FRAME, f"Probation inspections\n\n{text}\n")
    last = table[table["line"] == table["line"].max()]
    return str(last["sentence_verdict"].iloc[0]) if len(last) else "no row"


def test_the_cases_cover_every_family():
    families = pd.Series([c[0] for c in CASES]).value_counts()
    assert set(families.index) == {"month after", "month opening", "owner apposition", "owner possessive", "region",
                                   "kind", "standard", "people", "third time"}
    assert len(CASES) > 1000


@pytest.mark.parametrize("family", ["month after", "month opening", "owner apposition", "owner possessive",
                                    "region", "kind", "standard", "people", "third time"])
def test_a_false_detail_is_never_carried_and_a_true_one_never_contradicts(family):
    wrong = []
    for fam, text, _rd, true in CASES:
        if fam != family:
            continue
        got = _verdict(text)
        if (got == "supported" and not true) or (got == "contradicted" and true):
            wrong.append((got, text))
    assert not wrong, wrong[:5]
