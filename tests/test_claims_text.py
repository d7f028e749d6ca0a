"""check-claims --text judged from each sentence's own reading.

The sentences (tests/fixtures/sentences.csv) and the restated texts (tests/fixtures/texts/) are in our own
words, with verdicts decided by hand from providers.csv and HMIP's published round totals (see the `why`
column of each gold file). Real published texts are kept outside the repository; tools/score_claims.py
measures them.
"""

from __future__ import annotations

import csv
import sys
from pathlib import Path

import pandas as pd
import pytest

from probstat.claims.verify import check_text
from probstat.errors import ExitCode
from probstat.loader import load

HERE = Path(__file__).parent
SENTENCES = list(csv.DictReader((HERE / "fixtures" / "sentences.csv").open(encoding="utf-8")))
TEXTS = HERE / "fixtures" / "texts"
sys.path.insert(0, str(HERE.parent / "tools"))
from score_claims import _predict, sentence_verdict  # noqa: E402

FRAME = load()


def _opposite(got: str, want: str) -> bool:
    return {got, want} == {"supported", "contradicted"}


@pytest.mark.parametrize("row", SENTENCES, ids=[r["sentence"][:60] for r in SENTENCES])
def test_sentence_verdict(row):
    # The gold was written for the old reader, whose "unverifiable" often meant "not read"; the shape reader
    # now decides some of those (e.g. "not all"), so a decided verdict must match and none may be opposite.
    got = sentence_verdict(FRAME, row["sentence"])
    assert not _opposite(got, row["verdict"]), row["why"]
    if row["verdict"] in ("supported", "contradicted"):
        assert got == row["verdict"], row["why"]


def _gold_rows():
    for gold in sorted(TEXTS.glob("*.gold.csv")):
        for row in csv.DictReader(gold.open(encoding="utf-8")):
            yield gold.name[:2], row


# Where the reader holds back on a restated text: it says unverifiable (or not a claim), never the opposite of
# the gold. Each is listed by hand with its reason; the list can only shrink.
HELD_BACK = {
    # circular: the figure's only source in the data is the document the text restates (its 'source:' line)
    ("05", 7): "circular", ("05", 10): "circular", ("13", 5): "circular", ("20", 5): "circular",
    # no round: the restatement writes none and carries no date
    ("09", 5): "no round", ("10", 4): "no round", ("10", 6): "no round", ("16", 4): "no round",
    ("16", 5): "no round",
    # a part of a population, or a count at a date inside the round
    ("04", 4): "part", ("04", 5): "part", ("10", 5): "part", ("11", 6): "part", ("20", 6): "part",
    # shapes not read: 'four were rated Good' after a group, 'every one of those six', a change of rating,
    # standards of one provider, an ordinal ('the first CRC', 'the second lowest')
    ("05", 8): "shape", ("05", 9): "shape", ("05", 11): "shape", ("13", 6): "shape", ("11", 5): "shape",
    ("20", 4): "shape", ("08", 5): "shape",
}


@pytest.fixture(scope="module")
def tables():
    out = {}
    for text in sorted(TEXTS.glob("*.txt")):
        body = text.read_text(encoding="utf-8")
        out[text.name[:2]] = (check_text(FRAME, body), body.splitlines())
    return out


@pytest.mark.parametrize("key,row", list(_gold_rows()), ids=[f"{k}:{r['line']}:{r['phrase'][:30]}"
                                                                for k, r in _gold_rows()])
def test_restated_text_verdict(tables, key, row):
    table, lines = tables[key]
    got = _predict(table, lines, int(row["line"]), row["phrase"])
    # never the opposite of the gold; the share decided right is measured by tools/score_claims.py
    assert not _opposite(got, row["verdict"]), (row, got)


def _rows(text, **kw):
    table = check_text(FRAME, text, **kw)
    return [r for r in table.to_dict("records") if r["verdict"] != "not a claim"]


def test_the_wrong_rating_is_never_supported_by_a_matching_phrase():
    # The old engine matched "five of the seven" to the bundled claim about Good; five NPS divisions were Good
    # and two Requires improvement, so this is contradicted.
    [row] = _rows("In 2018-19, five of the seven NPS divisions were rated Requires improvement.")
    assert (row["verdict"], row["computed"]) == ("contradicted", "2")
    assert "rated Requires improvement" in row["reading"]


def test_a_number_not_understood_is_unverifiable_with_the_reason():
    [row] = _rows("In 2018-19 there were four.")
    assert row["verdict"] == "unverifiable"
    assert row["explanation"].startswith("Not read: ")


def test_incomplete_round_gives_bounds_not_false_verdicts():
    # 2019-20: the data hold 8 of the 10 rated services (Good: dtv-crc, nps-north-west); HMIP's published
    # totals are 4 Good (3 CRC + 1 NPS), 6 Requires improvement (all CRCs).
    [four] = _rows("In 2019-20, four services were rated Good.")
    assert (four["verdict"], four["computed"]) == ("supported", "4")
    assert four["evidence"].startswith("published totals: ") and "par2020" in four["evidence"]
    # Without the published totals (the text is that very release) the data give only bounds [2, 4]: not a
    # contradiction, and not support either.
    url = "https://www.justiceinspectorates.gov.uk/hmiprobation/media/press-releases/2020/12/par2020/"
    [circular] = _rows("In 2019-20, four services were rated Good.", source=url)
    assert (circular["verdict"], circular["computed"]) == ("unverifiable", "[2, 4]")
    [five] = _rows("In 2019-20, five services were rated Good.", source=url)
    assert five["verdict"] == "contradicted"  # even with both unknowns Good, at most 4


def test_the_misreport_of_eight_inadequate_crcs_is_contradicted():
    text = ("In 2018-19, eight out of the 10 CRCs inspected in the last year received the lowest possible rating, "
            "inadequate.")
    rows = _rows(text)
    [eight] = [r for r in rows if r["phrase"].startswith("eight")]
    assert eight["verdict"] == "contradicted"  # one CRC (ddc-crc) was Inadequate overall in 2018-19


def test_quantifier_words():
    cases = {
        "In 2018-19 all but two of the 21 CRCs were rated Requires improvement.": "supported",  # 19
        "In 2018-19 no NPS division was rated Inadequate.": "supported",
        "In 2018-19 every NPS division was rated Good.": "contradicted",  # London, SE&E RI
        "In 2018-19 most CRCs were rated Good.": "contradicted",  # 1 of 21
        "In 2019-20 no service was rated Inadequate.": "supported",  # published totals: 0
    }
    for sentence, verdict in cases.items():
        assert sentence_verdict(FRAME, sentence) == verdict, sentence


def test_provider_aliases_and_provider_figures():
    assert sentence_verdict(FRAME, "DDC CRC was rated Inadequate in 2018-19.") == "supported"
    assert sentence_verdict(FRAME, "The Wales division was rated Good in 2018-19.") == "supported"
    assert sentence_verdict(FRAME, "Wales CRC was rated Good in 2018-19.") == "contradicted"  # the CRC: RI
    assert sentence_verdict(FRAME, "Merseyside CRC supervises more than 6,500 people in 2018-19.") == "supported"


def test_round_is_said_and_an_implied_round_never_contradicts_alone():
    [row] = _rows("Five of the seven NPS divisions were rated Good.", as_of="2019-10-10")
    assert row["round"] == "2018-19 (implied by --as-of 2019-10-10)" and row["verdict"] == "supported"
    # Dated in 2020, the same words are false of 2019-20 but true of 2018-19: not contradicted on a guess.
    [row] = _rows("Five of the seven NPS divisions were rated Good.", as_of="2020-07-16")
    assert row["verdict"] == "unverifiable" and "supported in 2018-19" in row["explanation"]
    [row] = _rows("Five of the seven NPS divisions were rated Good.", round_="2018-19")
    assert row["round"] == "2018-19 (given with --round)"


def test_size_cap_is_a_clear_error(probstat, tmp_path):
    path = tmp_path / "long.txt"
    path.write_text("In 2018-19 six providers were rated Good. " * 100, encoding="utf-8")
    result = probstat("check-claims", "--text", str(path), "--max-chars", "1000")
    assert result.code == ExitCode.DATA
    assert "over the limit of 1,000" in result.stderr and "--max-chars" in result.stderr


def test_bad_round_option_is_a_usage_error(probstat, tmp_path):
    path = tmp_path / "t.txt"
    path.write_text("Six providers were rated Good.", encoding="utf-8")
    assert probstat("check-claims", "--text", str(path), "--round", "2019").code == ExitCode.USAGE
    assert probstat("check-claims", "--text", str(path), "--as-of", "10/10/2019").code == ExitCode.USAGE


@pytest.mark.parametrize("sentence, verdict", [
    # 2018-19 by hand: NPS 5 Good + 2 RI of 7; CRC 1 Good + 19 RI + 1 Inadequate of 21.
    ("In 2018-19 none of the seven NPS divisions was rated Inadequate.", "supported"),
    ("In 2018-19 none of the six NPS divisions was rated Inadequate.", "contradicted"),  # there are seven
    ("More than half of the NPS divisions were rated Good in 2018-19.", "supported"),  # 5/7 = 71%
    ("More than half of the CRCs were rated Good in 2018-19.", "contradicted"),  # 1/21
    ("Two thirds of CRCs were rated Requires improvement in 2018-19.", "contradicted"),  # 19/21 = 90.5%
    ("In 2018-19, every CRC but one was rated below Good.", "supported"),  # 19 RI + 1 Inadequate = 20
    ("In 2018-19, 21 of the 28 providers were rated below Good.", "contradicted"),  # 21 RI + 1 Inadequate = 22
])
def test_shares_of_providers_and_none_of_the_n(sentence, verdict):
    assert sentence_verdict(FRAME, sentence) == verdict


@pytest.mark.parametrize("sentence, verdict", [
    # A negation other than the plain "were not rated X" is recognised and left unread: never judged as if the
    # "not" were absent.
    ("In 2018-19 the 21 CRCs were not all rated Requires improvement.", "unverifiable"),
    # The plain shape counts every other rating: Hampshire and Isle of Wight, the one CRC rated Good.
    ("Only one of the 21 CRCs was not rated Requires improvement or Inadequate in 2018-19.", "supported"),
    ("Three of the 21 CRCs were not rated Requires improvement or Inadequate in 2018-19.", "contradicted"),
    ("Merseyside CRC was not rated Good in 2018-19.", "unverifiable"),
    # "of the NPS's seven": a denominator, so the count is of NPS divisions rated RI (two in 2018-19)
    ("In 2018-19, three of the NPS's seven divisions were rated Requires improvement.", "contradicted"),
    ("In 2018-19, two of the NPS's seven divisions were rated Requires improvement.", "supported"),
])
def test_negations_and_possessive_denominators(sentence, verdict):
    assert not _opposite(sentence_verdict(FRAME, sentence), verdict)


def test_a_claims_file_for_the_december_2020_release_has_no_false_contradictions(probstat, tmp_path):
    # Synthetic claims in our own words for HMIP's release of 3 December 2020 (round 2019-20): 4 Good, of which
    # 3 CRCs; 10 rated. The data hold 8 of the 10 rated services, so these are bounds, never contradictions.
    claims = tmp_path / "dec2020.toml"
    claims.write_text(
        '[meta]\ntitle = "synthetic: release of 3 December 2020"\n'
        + "".join(f'[[claims]]\nid = "{cid}"\nclaim = "synthetic"\nphrase = "{phrase}"\nunit = "count"\n'
                  f'metric = {{ name = "providers", round = "2019-20"{extra} }}\n'
                  for cid, phrase, extra in (("good", "four", ', rating = "Good"'),
                                             ("good-crc", "three", ', sector = "CRC", rating = "Good"'),
                                             ("rated", "ten", ", rated = true"))),
        encoding="utf-8")
    result = probstat("check-claims", "--claims", str(claims), "--format", "csv")
    assert result.code == ExitCode.OK, result
    assert "0 contradicted" in result.stderr


def test_a_rating_placed_on_the_scale():
    # The scale, best first: Outstanding, Good, Requires improvement, Inadequate.
    rows = {r["phrase"]: r for r in _rows("In 2018-19 NPS Wales was rated 'Good', the second-highest rating.")}
    assert rows["the second-highest rating"]["verdict"] == "supported"
    rows = {r["phrase"]: r for r in _rows("In 2018-19 Essex CRC was rated Good, the highest rating.")}
    assert rows["the highest rating"]["verdict"] == "contradicted"


@pytest.mark.parametrize("sentence, verdict", [
    ("Half of the seven NPS divisions were rated Good in 2018-19.", "contradicted"),  # 5 of 7 = 71%
    ("More than half of the seven NPS divisions were rated Good in 2018-19.", "supported"),
    ("Two thirds of the 21 CRCs were rated Good in 2018-19.", "contradicted"),  # 1 of 21
    ("In 2018-19 the CRCs fared badly: 19 were rated Requires improvement and one Inadequate.", "supported"),
])
def test_shares_with_a_stated_total_and_counts_without_a_noun(sentence, verdict):
    assert sentence_verdict(FRAME, sentence) == verdict


@pytest.mark.parametrize("sentence, verdict", [
    # "respectively" pairs the names and ratings in order, which is no guess (2018-19: wales-crc Requires
    # improvement, nps-wales Good); with no "respectively" a list of ratings is not paired
    ("In 2018-19, the Wales CRC and NPS Wales were rated Requires improvement and Good respectively.", "supported"),
    ("In 2018-19, the Wales CRC and NPS Wales were rated Good and Requires improvement respectively.", "contradicted"),
])
def test_respectively_pairs_names_and_ratings_in_order(sentence, verdict):
    assert sentence_verdict(FRAME, sentence) == verdict


@pytest.mark.parametrize("sentence, verdict", [
    # "N out of M" with M not the total is a proportion, rounded to 1/M: 5/7 = 71% is "three out of four"
    # ([62.5, 87.5) per cent); 19/21 = 90.5% is "nine out of 10" ([85, 95)); 1/21 is not "eight out of 10".
    ("In 2018-19 three out of four NPS divisions were rated Good.", "supported"),
    ("In 2018-19 nine out of 10 CRCs were rated Requires improvement.", "supported"),
    ("In 2018-19 eight out of 10 CRCs were rated Inadequate.", "contradicted"),
])
def test_n_out_of_m_as_a_proportion(sentence, verdict):
    assert sentence_verdict(FRAME, sentence) == verdict


@pytest.mark.parametrize("sentence", [
    # Named or listed parts of a population, and figures whose predicate lies in another clause: never judged
    # as the size of the whole population (each of these is true, and none may come out contradicted).
    "In 2018-19 two CRCs, Essex and Merseyside, were rated Requires improvement.",
    "In 2018-19 seven CRCs including Essex were rated Requires improvement.",
    "In 2018-19 six probation services, five NPS divisions and one CRC, were rated Good.",
    "Neither of the two NPS divisions rated Requires improvement in 2018-19 was in Wales.",
])
def test_parts_and_distant_predicates_are_never_contradicted(sentence):
    assert sentence_verdict(FRAME, sentence) != "contradicted"


# Facts worked out by hand from providers.csv and rounds.csv: (round, population, its size, rating, count).
FACTS = [("2018-19", "NPS divisions", 7, "Good", 5), ("2018-19", "NPS divisions", 7, "Requires improvement", 2),
         ("2018-19", "CRCs", 21, "Requires improvement", 19), ("2018-19", "CRCs", 21, "Good", 1),
         ("2018-19", "CRCs", 21, "Inadequate", 1), ("2018-19", "probation services", 28, "Good", 6),
         ("2019-20", "CRCs", None, "Requires improvement", 6), ("2019-20", "probation services", None, "Good", 4)]
TEMPLATES = ["In {r}, {n} {pop} were rated {rating}.", "{n} {pop} were rated {rating} in {r}.",
             "In {r}, {rating} ratings went to {n} {pop}.", "In {r}, {n} of the {size} {pop} were rated {rating}.",
             "In {r} inspectors rated {n} {pop} {rating}.", "In {r}, the number of {pop} rated {rating} was {n}.",
             "In {r}, {rating} was the rating given to {n} {pop}.", "In {r} HMIP judged {n} {pop} to be {rating}.",
             "In {r}, a total of {n} {pop} received a {rating} rating.", "In {r} there were {n} {pop} rated {rating}."]


@pytest.mark.parametrize("fact", FACTS, ids=[f"{f[0]}-{f[1]}-{f[3]}" for f in FACTS])
def test_one_fact_in_many_shapes_true_never_contradicted_false_never_supported(fact):
    round_, pop, size, rating, count = fact
    for template in TEMPLATES:
        if "{size}" in template and size is None:
            continue
        for n, truth in ((count, "supported"), (count + 1, "contradicted")):
            sentence = template.format(r=round_, n=n, pop=pop, size=size, rating=rating)
            got = sentence_verdict(FRAME, sentence)
            assert {got, truth} != {"supported", "contradicted"}, sentence


def test_a_round_carried_from_another_sentence_never_contradicts_alone():
    # "the next round" is 2019-20, where HMIP inspected one NPS division; carried from the sentence before,
    # 2018-19 would make it false (seven were inspected), so it must not come out contradicted.
    text = "In 2018-19, five NPS divisions were rated Good. In the next round, only one NPS division was inspected."
    rows = _rows(text)
    assert [r["verdict"] for r in rows] == ["supported", "unverifiable"]
    assert rows[1]["round"] == "2018-19 (written in the previous sentence)"


@pytest.mark.parametrize("sentence, verdict", [
    # League positions are judged against every position the known ratings allow (league.rank_bounds):
    # ddc-crc, the one Inadequate provider, is 28th of 28 (and 21st of 21 CRCs) whatever its unknown ratings.
    ("In 2018-19 Dorset, Devon and Cornwall CRC came bottom of the league.", "supported"),
    ("In 2018-19 Dorset, Devon and Cornwall CRC was top of the league.", "contradicted"),
    ("In 2018-19 Dorset, Devon and Cornwall CRC was the worst-performing CRC.", "supported"),
    # The six Good providers could be in any order (positions 1-6): 'top' is possible, not certain.
    ("In 2018-19 NPS Midlands finished top of the league.", "unverifiable"),
    # Hampshire and Isle of Wight, the only Good CRC, is certainly first of the 21 CRCs.
    ("In 2018-19 Hampshire and Isle of Wight CRC was the best-performing CRC.", "supported"),
    ("In 2018-19 Essex CRC was ranked first among the CRCs.", "contradicted"),
    # A Good NPS division is above the two Requires improvement ones: at worst 5th of 7, never 6th.
    ("In 2018-19 NPS Wales was the second-worst NPS division.", "contradicted"),
    # Cumbria and Lancashire's total is 7 exactly: positions 10-27 remain possible.
    ("In 2018-19 Cumbria and Lancashire CRC finished 27th.", "unverifiable"),
    ("In 2018-19 Cumbria and Lancashire CRC finished 5th.", "contradicted"),
])
def test_league_positions(sentence, verdict):
    assert sentence_verdict(FRAME, sentence) == verdict


def test_no_false_contradiction_from_a_mixed_population_a_method_or_a_modifier():
    """Three shapes that once read as counts the data contradict, though each sentence is true or no count."""
    # The count after a sentence naming both sectors does not lean on its last noun ("an NPS division").
    text = ("In 2019-20 four were rated Good, three of them CRCs and one an NPS division.\n"
            "In 2019-20 six were rated Requires improvement, and every one of those six was a CRC.\n")
    table = check_text(FRAME, text)
    assert "contradicted" not in set(table["verdict"])
    # "inspecting a single organisation" says how inspections work: not a count of providers inspected.
    method = check_text(FRAME, "In 2018-19 the methodology involved inspecting a single organisation at a time.")
    assert "contradicted" not in set(method["verdict"])
    # "three CRC staff" counts staff, not CRCs.
    staff = check_text(FRAME, "In 2018-19 more than two in three CRC staff held over 50 cases.")
    assert "contradicted" not in set(staff["verdict"])
    # The same words as a count of CRCs are still read: "a single CRC" rated Inadequate is ddc-crc.
    assert sentence_verdict(FRAME, "A single CRC was judged Inadequate in 2018-19.") == "supported"
    assert sentence_verdict(FRAME, "In 2018-19 three CRCs were rated Good.") == "contradicted"


def test_more_rows_than_the_published_total_make_all_and_most_unverifiable_not_a_crash():
    # Synthetic: a 22nd CRC added to 2018-19, where HMIP published 21. "All" and "most" need the population's
    # size, which the data and the published total no longer agree on (it crashed with an internal error).
    extra = FRAME[FRAME["provider_id"] == "ddc-crc"].assign(provider_id="synthetic-crc", provider="Synthetic CRC")
    frame = pd.concat([FRAME, extra], ignore_index=True)
    text = ("In 2018-19, all CRCs were rated Requires improvement. Most CRCs were rated Requires improvement. "
            "All but one CRC were rated Requires improvement.")
    table = check_text(frame, text)
    verdicts = table[table["verdict"] != "not a claim"]
    assert len(verdicts) == 3
    assert set(verdicts["verdict"]) == {"unverifiable"}
    assert verdicts["explanation"].str.contains("22 CRCs in the data but 21 published").all()
