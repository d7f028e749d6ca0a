"""The shape table of check-claims --text: every row's true example is supported and its false example
contradicted (refusals: unverifiable), sentence verdicts follow the rule, and the tagger and matcher do what
their docstrings say. The examples' truth was worked out by hand from providers.csv and rounds.csv: see each
example's sentence (they name the provider, rating and round they rest on)."""

from __future__ import annotations

import pytest

from probstat.claims.judge import sentence_verdict
from probstat.claims.shapes import SHAPES
from probstat.claims.verify import check_text
from probstat.loader import load

FRAME = load()
EXAMPLES = [(shape.name, which, text) for shape in SHAPES for which, text in (("true", shape.true),
                                                                             ("false", shape.false)) if text]


def _last_sentence_verdict(text: str) -> str:
    table = check_text(FRAME, text)
    assert len(table), f"nothing read in {text!r}"
    last = table[table["sentence"] == table["sentence"].iloc[-1]]
    return set(last["sentence_verdict"]).pop() if last["sentence_verdict"].nunique() == 1 else "mixed"


# shapes that say a figure is no claim: their example gives no row
NO_CLAIM = ("time", "method count", "the others named", "places")
# Shapes whose false example cannot be contradicted, only left undecided.
# "Parts of its work were rated R" is false only if every standard is known and none is R: no unit in the data
# has all its standards listed (nps-north-west 2018-19: staff Requires improvement, the rest unlisted).
# "One of six inspections in the region": another number may count other rounds or only the reports out then.
# "Found an inadequate leadership team": a finding in words as much as a rating.
ONE_SIDED = ("some of the unit's standards", "inspections in a region", "a standard's rating found")


@pytest.mark.parametrize("name,which,text", EXAMPLES, ids=[f"{n}:{w}" for n, w, _ in EXAMPLES])
def test_every_shape_example(name, which, text):
    if name in NO_CLAIM:
        assert check_text(FRAME, text).empty
        return
    refusal = name.startswith("refused")
    want = "unverifiable" if refusal else {"true": "supported", "false": "contradicted"}[which]
    if name in ONE_SIDED and which == "false":
        want = "unverifiable"
    assert _last_sentence_verdict(text) == want


def test_every_read_shape_has_a_true_and_a_false_example():
    for shape in SHAPES:
        if shape.name.startswith("refused"):
            assert shape.false, shape.name
        elif shape.name not in (*NO_CLAIM, "unheld figure"):
            assert shape.true and shape.false, shape.name


@pytest.mark.parametrize("verdicts,unread,scope,want", [
    (["supported"], [], False, "supported"),
    (["supported", "supported"], ["five"], False, "partly checked"),
    (["supported", "contradicted"], [], False, "contradicted"),
    (["contradicted"], ["not"], True, "unverifiable"),  # an unread negation may turn the reading around
    (["supported"], ["not"], True, "partly checked"),
    ([], ["five"], False, "unverifiable"),
])
def test_sentence_verdict_rule(verdicts, unread, scope, want):
    assert sentence_verdict(verdicts, unread, scope) == want


def test_the_subject_named_once_is_what_the_crc_and_it_refer_to():
    # hampshire-iow-crc: Good overall in 2018-19, its only inspection in the data
    text = ("Hampshire and Isle of Wight CRC praised by inspectors\n\nThe CRC was rated Good. "
            "It was not rated Inadequate.")
    table = check_text(FRAME, text)
    assert list(table["verdict"]) == ["supported", "supported"]
    assert table["round"].str.startswith("2018-19").all()


def test_a_standard_is_not_read_as_the_overall_rating():
    # dtv-crc 2018-19: overall Requires improvement, leadership Outstanding
    table = check_text(FRAME, "In 2018-19 Durham Tees Valley CRC's leadership was rated Outstanding.")
    assert list(table["verdict"]) == ["supported"]
    assert "on leadership" in table["reading"].iloc[0]
    table = check_text(FRAME, "In 2018-19 Durham Tees Valley CRC was rated Outstanding overall.")
    assert list(table["verdict"]) == ["contradicted"]


def test_readings_that_differ_by_round_give_no_verdict():
    # dtv-crc: Requires improvement in 2018-19, Good in 2019-20; no round written, no date
    table = check_text(FRAME, "Durham Tees Valley CRC was rated Good.")
    assert list(table["verdict"]) == ["unverifiable"]
    assert "differ by round" in table["explanation"].iloc[0]
    # a dateline picks the inspection current at the text's date (the 2019-20 report came out in 2020-04)
    table = check_text(FRAME, "Published 20 May 2020\n\nDurham Tees Valley CRC was rated Good.")
    assert list(table["verdict"]) == ["supported"]


def test_more_than_is_literal_for_counts_and_people():
    # london-crc supervised 28,819 people in 2018-19: "more than 20,000" is true, whatever it suggests
    table = check_text(FRAME, "In 2018-19 London CRC supervised more than 20,000 people.")
    assert list(table["verdict"]) == ["supported"]


def test_a_false_side_figure_is_never_carried_by_a_true_one():
    # 5 NPS divisions were Good (true); the 30 CRCs is false (21): the sentence is contradicted
    t = check_text(FRAME, "In 2018-19 five of the seven NPS divisions were rated Good, and the 30 CRCs were inspected.")
    assert set(t["sentence_verdict"]) == {"contradicted"}


def test_a_claim_left_unread_keeps_the_sentence_from_support():
    # the count is true; "worse than" between providers is not read
    t = check_text(FRAME, "In 2018-19 five of the seven NPS divisions were rated Good, and Essex CRC did worse "
                          "than NPS Wales.")
    assert set(t["sentence_verdict"]) == {"partly checked"}
    assert t["unread"].notna().any() or (t["shape"] == "refused").any()


def test_the_text_dating_its_inspection_picks_which_one_it_reports():
    # west-yorkshire-crc: fieldwork began 2018-07 (2018-19, 8,136 people supervised) and 2019-10 (2019-20, no
    # people figure in the data). "In July" fits only the first, so the undated figure is judged there.
    table = check_text(FRAME, "West Yorkshire CRC was inspected in July. It was supervising 8,136 people.")
    people = table[table["shape"] == "people"].iloc[0]
    assert people["verdict"] == "supported" and people["round"].startswith("2018-19")
    # neither inspection began in March
    table = check_text(FRAME, "West Yorkshire CRC was inspected in March.")
    assert list(table["verdict"]) == ["contradicted"]
