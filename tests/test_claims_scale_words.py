"""Places on the rating scale, and a standard named twice, as reporting writes them (issue 21).

Facts from probstat/data/providers.csv, looked up by hand: bench-crc 2018-19 overall Requires improvement,
through_the_gate Inadequate, unpaid_work empty; wigan-pdu 2022-23 overall Requires improvement, and in the same
round liverpool-north-pdu, another North West PDU, Inadequate.
"""

from __future__ import annotations

import pytest

_BENCH = "BeNCH CRC report published\n\n"



# "the lowest rating there is", "the lowest grade inspectors can give": the scale's bottom, said with words after it
@pytest.mark.parametrize("sentence,want", [
    ("The report gives its through the gate work the lowest rating there is, inadequate.", "supported"),
    ("The report gives its through the gate work the lowest rating there is, good.", "contradicted"),
    ("Its through the gate work got the lowest grade inspectors can give, inadequate.", "supported"),
    ("Its through the gate work got the highest grade inspectors can give, outstanding.", "contradicted"),
    ("Its through the gate work was given the lowest rating possible, inadequate.", "supported"),
    ("Its through the gate work was given the lowest rating available.", "supported"),
    ("Its through the gate work was given the top rating available.", "contradicted"),
])
def test_a_place_on_the_scale_with_words_after_it(sentence_verdict, sentence, want):
    assert sentence_verdict(_BENCH + sentence + "\n") == want


# "the lowest rating of any PDU in the North West": the lowest given there (Inadequate, Liverpool North), not the
# scale's; Wigan's Requires improvement is not contradicted by reading it as the scale's bottom
@pytest.mark.parametrize("sentence", [
    "Wigan PDU received the lowest rating of any PDU in the North West.",
    "Wigan PDU received the lowest rating among the North West PDUs.",
    "Wigan PDU had the lowest rating of all the PDUs in the region.",
    "Wigan PDU had the lowest rating of the North West PDUs.",
])
def test_the_lowest_of_a_population_is_no_place_on_the_scale(sentence_verdict, sentence):
    assert sentence_verdict("Wigan probation\n\n" + sentence + "\n") not in ("supported", "contradicted")


@pytest.mark.parametrize("sentence,want", [
    ("Wigan PDU was rated requires improvement, the second lowest rating of the four.", "supported"),
    ("Wigan PDU was rated good, the second highest rating of the four.", "contradicted"),
])
def test_the_scale_s_four_ratings_named(sentence_verdict, sentence, want):
    assert sentence_verdict("Wigan probation\n\n" + sentence + "\n") == want
