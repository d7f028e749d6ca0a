"""Metamorphic tests of whole documents: undated reports on one unit, as local papers and releases write them.

Reporting of one inspection names its unit once (in a headline or the first sentence) and then says "the
CRC", "the service", "it"; it rarely writes the round. This file generates such documents for every unit in
the bundled data: a headline naming the unit one of several ways, then ONE body sentence in one of many
wordings (overall rating, a standard's rating, a negation, lower-case ratings, a PDU's region). The truth of each body
sentence is worked out here with plain pandas over the bundled frame, not with probstat's claims code; a
unit inspected more than once makes a sentence true only if it is true of every inspection, false only if
false of every one (else the sentence is left out: the reader should not decide it, which
test_mixed_rounds_undecided checks).

- a false sentence is never `supported`; a true one is never `contradicted`;
- a floor on the share of true sentences supported keeps the reader from passing by reading nothing.

The README's run judges every fifth document; .ci/run's full-size profile judges all of them.

`python tests/test_claims_documents.py` prints the counts per wording.
"""

from __future__ import annotations

import os
import re
from collections import Counter
from dataclasses import dataclass

import pandas as pd
import pytest
from hypothesis import settings

from probstat.claims.verify import check_text
from probstat.loader import load

FRAME = load()
# The README's run judges every fifth document (all wordings, all units, cut evenly); .ci/run's hypothesis
# profile "ci" (or PROBSTAT_METAMORPHIC=full) judges them all.
FULL = os.environ.get("PROBSTAT_METAMORPHIC") == "full" or settings.default.max_examples >= 1000
RATINGS = ("Outstanding", "Good", "Requires improvement", "Inadequate")
# Our own words for the standards (not the reader's vocabulary).
STANDARD_WORDS = {
    "leadership": "leadership", "staff": "staffing", "assessment": "assessment", "planning": "planning",
    "implementation_delivery": "implementation and delivery", "reviewing": "reviewing",
    "unpaid_work": "unpaid work", "victim_work": "work with victims", "court_reports": "court work",
}
# How a body sentence refers back to the unit, by sector (subject form, object form).
BACK = {"CRC": ("The CRC", "the CRC"), "NPS": ("The division", "the division"), "PDU": ("The PDU", "the PDU"),
        "region": ("The region", "the region")}
# Another way each kind of unit is referred to ("The company" for a CRC), so that no one word carries the tests.
OTHER = {"CRC": "The company", "NPS": "The NPS division", "PDU": "The delivery unit", "region": "The probation region"}
SUPPORTED_FLOOR = 0.80


@dataclass(frozen=True)
class Doc:
    text: str
    true: bool
    wording: str


def _place(name: str) -> str:
    return re.sub(r"\s+(PDU|CRC|region)$", "", name)


def _headlines(name: str, sector: str) -> list[str]:
    """Ways a report's first line names its unit, none of them stating a rating."""
    out = [f"Inspectors publish their report on {name}", f"{name}: inspection findings published"]
    if sector == "PDU":
        out.append(f"Inspection of probation services in {_place(name)}")
    return out


def _lower(rating: str) -> str:
    # "good" in lower case is a rating only after a rating verb; the forms below always have one
    return rating.lower()


def _overall_forms(sector: str) -> list[tuple[str, str]]:
    """(wording, template) for the unit's overall rating; {r} the rating, {rl} in lower case."""
    subj, obj = BACK[sector]
    return [
        ("rated overall", f"{subj} was rated '{{r}}' overall."),
        ("another name", f"{OTHER[sector]} was rated '{{r}}' overall."),
        ("it was rated", "It was rated {r}."),
        ("inspectors rated", f"Inspectors rated {obj} as {{rl}}."),
        ("given overall rating", f"{subj} has been given an overall rating of '{{r}}'."),
        ("received rating", f"{subj} received a rating of {{r}}."),
        ("judged to be", f"Overall, {obj} was judged to be {{rl}}."),
        ("its overall rating", "Its overall rating was {r}."),
        ("inspectorate rated it", "HM Inspectorate of Probation rated it {r}."),
        ("gave a rating", f"Inspectors gave {obj} a rating of '{{r}}'."),
        ("the service", "The service has been rated {rl} by inspectors."),
        ("relative clause", f"{subj}, which supervises people across a large area, was rated '{{r}}'."),
        # (no season: "in the spring" dates the inspection, a claim the data check, which these forms do not vary)
        ("following an inspection", f"Following a recent inspection, {obj} has been rated {{rl}}."),
        ("found to be", f"Inspectors found {obj} to be {{rl}}."),
        ("after an inspection by", f"{subj} has been rated {{rl}} after an inspection by HM Inspectorate of "
                                   "Probation."),
        ("report published today", f"In a report published today, inspectors rated {obj} as {{rl}} overall."),
        ("report rated", f"A report by HM Inspectorate of Probation rated {obj} '{{r}}' overall."),
        ("handed a rating", f"{subj} was handed a '{{r}}' rating."),
        ("graded by inspectors who", f"{subj} was graded {{r}} by inspectors who visited the service."),
        ("dash aside", f"{subj} \u2013 which works with courts, prisons and the police \u2013 was rated {{rl}}."),
        ("participle aside", f"{subj}, described by inspectors as stretched, was rated '{{r}}'."),
        ("subheading", "{r}, with more to do"),
    ]


def _region_forms() -> list[tuple[str, str]]:
    """{g} a region's name."""
    return [("part of region", "The PDU is part of the Probation Service's {g} region."),
            ("one of the PDUs in", "The PDU is one of the PDUs in the {g} region.")]


def _negated_forms(sector: str) -> list[tuple[str, str]]:
    subj, _ = BACK[sector]
    return [("not rated", f"{subj} was not rated '{{r}}'."), ("it was not", "It was not rated {r} overall."),
            ("contraction", f"{subj} wasn't rated '{{r}}'."), ("did not get", "It didn't get a rating of {r}.")]


def _standard_forms(sector: str) -> list[tuple[str, str]]:
    """{s} the standard's words, {r} the rating."""
    subj, obj = BACK[sector]
    return [
        ("its standard was rated", "Its {s} was rated '{r}'."),
        ("rated R for standard", f"{subj} was rated '{{r}}' for {{s}}."),
        ("on standard", f"On {{s}}, {obj} was rated {{r}}."),
        ("inspectors rated it R for", "Inspectors rated it '{r}' for {s}."),
        ("bare standard", "{S} was rated '{r}'."),
        ("standard at", "Inspectors rated {s} at " + obj + " as {r}."),
        ("judged to be, standard", "Its {s} was judged to be {rl}."),
        ("for its standard", f"{subj} was rated {{rl}} for its {{s}}."),
        ("possessive standard", f"Inspectors rated {obj}'s {{s}} '{{r}}'."),
        ("standard in a clause", "The Chief Inspector said staff were stretched, and that {s} was {rl}."),
        ("standard before the unit", "{S} at " + obj + " was rated '{r}'."),
        ("a rating for its standard", "It received a '{r}' rating for its {s}."),
    ]


def _truth(rows: pd.DataFrame, column: str, rating: str, negated: bool = False) -> bool | None:
    """True or false of every inspection of the unit, or None where they differ or one has no rating."""
    values = list(rows[column])
    if any(not isinstance(v, str) for v in values):
        return None
    verdicts = {(v == rating) != negated for v in values}
    return verdicts.pop() if len(verdicts) == 1 else None


def documents(frame: pd.DataFrame = FRAME) -> list[Doc]:
    """Every unit, headline and wording; for each wording the true rating and every false one."""
    out: list[Doc] = []
    for _, rows in frame.groupby("provider_id", sort=True):
        name, sector = rows["provider"].iloc[0], str(rows["sector"].iloc[0])
        if sector not in BACK:
            continue  # a national row is not a unit a report is about
        heads = _headlines(name, sector)
        for i, rating in enumerate(RATINGS):
            head = heads[i % len(heads)]
            for wording, form in _overall_forms(sector):
                truth = _truth(rows, "overall", rating)
                if truth is not None:
                    body = form.format(r=rating, rl=_lower(rating))
                    out.append(Doc(f"{head}\n\n{body}\n", truth, wording))
            for wording, form in _negated_forms(sector):
                truth = _truth(rows, "overall", rating, negated=True)
                if truth is not None:
                    out.append(Doc(f"{head}\n\n{form.format(r=rating)}\n", truth, wording))
            if sector == "PDU" and i == 0 and rows["region"].notna().all():
                own = set(rows["region"])
                for region in sorted(set(frame["region"].dropna())):
                    for wording, form in _region_forms():
                        out.append(Doc(f"{head}\n\n{form.format(g=region)}\n", own == {region}, wording))
            for column, words in STANDARD_WORDS.items():
                truth = _truth(rows, column, rating)
                if truth is None:
                    continue
                for wording, form in _standard_forms(sector):
                    body = form.format(s=words, S=words[0].upper() + words[1:], r=rating, rl=_lower(rating))
                    out.append(Doc(f"{head}\n\n{body}\n", truth, wording))
    return out


def mixed() -> list[str]:
    """Documents about a unit whose inspections differ on its overall rating, one per rating it had."""
    out = []
    for _, rows in FRAME.groupby("provider_id", sort=True):
        ratings = set(rows["overall"].dropna())
        name, sector = rows["provider"].iloc[0], str(rows["sector"].iloc[0])
        if len(rows) > 1 and len(ratings) > 1 and sector in BACK:
            for rating in sorted(ratings):
                out.append(f"{_headlines(name, sector)[0]}\n\n{BACK[sector][0]} was rated '{rating}' overall.\n")
    return out


def _verdict(text: str) -> str:
    table = check_text(FRAME, text)
    body = table[table["line"] > 1] if len(table) else table
    return str(body["sentence_verdict"].iloc[0]) if len(body) else "no row"


DOCS = documents() if FULL else documents()[::5]
VERDICTS = [_verdict(d.text) for d in DOCS]


def test_documents_cover_every_kind_of_unit():
    """The generator reaches CRCs, NPS divisions, PDUs and regions, true and false, in every wording."""
    heads = {d.text.split("\n")[0] for d in DOCS}
    assert len(heads) > 60
    assert Counter(d.true for d in DOCS)[True] > 150
    assert {d.wording for d in DOCS} >= {"rated overall", "its standard was rated", "not rated"}


def test_false_sentence_never_supported():
    bad = [d.text for d, v in zip(DOCS, VERDICTS, strict=True) if not d.true and v == "supported"]
    assert not bad, f"{len(bad)} false sentences supported: {bad[:5]}"


def test_true_sentence_never_contradicted():
    bad = [d.text for d, v in zip(DOCS, VERDICTS, strict=True) if d.true and v == "contradicted"]
    assert not bad, f"{len(bad)} true sentences contradicted: {bad[:5]}"


def test_true_sentences_mostly_supported():
    true = [v for d, v in zip(DOCS, VERDICTS, strict=True) if d.true]
    share = sum(v == "supported" for v in true) / len(true)
    assert share >= SUPPORTED_FLOOR, f"only {share:.1%} of {len(true)} true sentences supported"


@pytest.mark.parametrize("text", mixed())
def test_mixed_rounds_undecided(text):
    """An undated report on a unit rated differently at each inspection cannot be decided on its own."""
    assert _verdict(text) not in ("supported", "contradicted")


if __name__ == "__main__":
    tally = Counter((d.wording, d.true, v) for d, v in zip(DOCS, VERDICTS, strict=True))
    for wording in dict.fromkeys(d.wording for d in DOCS):
        print(f"{wording:28}", {f"{'T' if t else 'F'}:{v}": n for (w, t, v), n in sorted(tally.items())
                                 if w == wording})
    true = [v for d, v in zip(DOCS, VERDICTS, strict=True) if d.true]
    print(f"{len(DOCS)} documents; true {len(true)}, supported {sum(v == 'supported' for v in true)}")
