"""Claims set beside a true fact that the data never hold, found in the nineteenth claims round (issue 21): a
writer's view of why a rating came out as it did ("a tribute to", "thanks to", "an outcome many expected", "we
believe this shows"), how long the fieldwork took, a history reaching back before 2018-19, a subset of the people
supervised ("many of whom") and a judgement of a figure ("far too many"). Each leaves a true sentence partly
checked; a false fact beside it still contradicts; a view written before the fact only hedges it.

Facts looked up by hand in probstat/data/providers.csv: nps-north-west 2018-19 overall Good; kss-crc 2018-19
overall Requires improvement, owner Seetec; london-crc 2018-19 people_supervised 28819.
"""

from __future__ import annotations

import pytest

_TRUE_BESIDE_A_VIEW = [
    "NPS North West was rated Good in 2018-19, a tribute to the hard work of its probation officers.",
    "NPS North West was rated Good in 2018-19, which is a testament to its managers.",
    "KSS CRC was rated Requires improvement in 2018-19 thanks to its high caseloads, we think.",
    "KSS CRC was rated Requires improvement in 2018-19, an outcome many staff expected.",
    "NPS North West was rated Good in 2018-19, and we believe this shows what public ownership can do.",
    "Inspectors, who spent three weeks in the region, rated NPS North West Good in 2018-19.",
    "Seetec, which has owned KSS CRC since 2015, saw it rated Requires improvement in 2018-19.",
    "London CRC supervised 28,819 people in 2018-19, many of whom had been in prison.",
    "London CRC supervised 28,819 people in 2018-19, far too many for one company.",
]


@pytest.mark.parametrize("sentence", _TRUE_BESIDE_A_VIEW)
def test_a_view_or_a_fact_the_data_lack_keeps_a_true_one_from_carrying_the_sentence(sentence_verdict, sentence):
    assert sentence_verdict(sentence + "\n") == "partly checked"


@pytest.mark.parametrize("sentence", [
    "NPS North West was rated Inadequate in 2018-19, a tribute to the hard work of its probation officers.",
    "KSS CRC was rated Good in 2018-19, an outcome many staff expected.",
    "NPS North West was rated Requires improvement in 2018-19, and we believe this shows what public ownership "
    "can do.",
    "Inspectors, who spent three weeks in the region, rated NPS North West Inadequate in 2018-19.",
    "Seetec, which has owned KSS CRC since 2015, saw it rated Good in 2018-19.",
    "London CRC supervised 18,819 people in 2018-19, many of whom had been in prison.",
])
def test_the_false_fact_beside_a_view_still_contradicts(sentence_verdict, sentence):
    assert sentence_verdict(sentence + "\n") == "contradicted"


@pytest.mark.parametrize("sentence,want", [
    ("We believe NPS North West was rated Good in 2018-19.", "supported"),
    ("We think NPS North West was rated Requires improvement in 2018-19.", "contradicted"),
    ("We welcome the report, which rated NPS North West Good in 2018-19.", "supported"),
])
def test_a_view_before_the_fact_only_hedges_it(sentence_verdict, sentence, want):
    assert sentence_verdict(sentence + "\n") == want


def test_the_unread_words_name_the_view_not_its_comma(bundled_frame):
    from probstat.claims.verify import check_text

    table = check_text(bundled_frame, "NPS North West was rated Good in 2018-19, a tribute to the hard work of its "
                                      "probation officers.\n")
    assert table["unread"].iloc[0] == "a tribute to"
