"""One wording, one reading: `published`, `gap`, `caseloads` and `check-claims` give the same interval for the
same phrase (issue 24 found "up to 25 percentage points" read as (0, 25] by one command and [24.5, 25.5) by
another). Every command is run through the CLI; the expected bounds are worked out by hand from the rules:

* "more than a quarter of a million": a lower bound, (250000, inf).
* "up to 25 percentage points": a maximum, [0, 25].
* "one in 20": a rate that rounds to 1/20, [100/20.5, 100/19.5] = [4.878, 5.128].
* "nearly 6,000": [0.9 x 6000, 6000) = [5400, 6000).
* "over 106,000": (106000, inf); stored in a data file as '>106000'.
* "approximately 224,000": [201600, 246400]; stored as '~224000'.
"""

from __future__ import annotations

import csv
import io
import math
import re

import pytest

from probstat import schema
from probstat.claims.quantifiers import PREFIX_RULES, interpret

HAND = {
    "more than a quarter of a million": (250_000, math.inf, False, False),
    "up to 25 percentage points": (0, 25, True, True),
    "one in 20": (100 / 20.5, 100 / 19.5, True, True),
    "nearly 6,000": (5400, 6000, True, False),
    "over 106,000": (106_000, math.inf, False, False),
    "approximately 224,000": (201_600, 246_400, True, True),
}


def _rows(text: str) -> list[dict]:
    return list(csv.DictReader(io.StringIO(text)))


def _bounds(text: str) -> tuple[float, float, bool, bool]:
    """'(250000, no upper bound)' -> (250000, inf, False, False)."""
    low, high = text[1:-1].split(", ")
    return float(low), float("inf") if high == "no upper bound" else float(high), text[0] == "[", text[-1] == "]"


def _approx(a, b, shown: bool = False) -> bool:
    """Equal bounds and ends; ``shown`` allows the one-decimal rounding of an interval printed as text."""
    return all(math.isclose(x, y, rel_tol=1e-9, abs_tol=0.05 if shown else 1e-9) if not isinstance(x, bool)
               else x == y for x, y in zip(a, b, strict=True))


@pytest.mark.parametrize("phrase", list(HAND))
def test_the_table_itself(phrase):
    unit = "points" if "points" in phrase else ("percent" if "in 20" in phrase else "count")
    r = interpret(phrase, unit)
    assert _approx((r.low, r.high, r.low_closed, r.high_closed), HAND[phrase])


def test_published_reads_each_wording_by_the_table(probstat):
    result = probstat("published", "--format", "csv")
    assert result.code == 0
    seen = {row["wording"].lower(): _bounds(row["bounds"]) for row in _rows(result.stdout)
            if row["wording"].lower() in HAND}
    assert set(seen) == set(HAND)  # every phrase above is one of the bundled figures' wordings
    for phrase, bounds in seen.items():
        assert _approx(bounds, HAND[phrase], shown=True), phrase


def test_gap_shows_the_same_bounds_for_published_figures(probstat):
    result = probstat("gap", "--domain", "risk", "--format", "csv")
    assert result.code == 0
    rows = {row["published"]: row["bounds"] for row in _rows(result.stdout) if row["kind"] == "published"}
    assert _approx(_bounds(rows["CRC: up to 25 percentage points"]), HAND["up to 25 percentage points"])


def test_check_claims_states_the_same_interval(probstat, tmp_path):
    # SYNTHETIC claims file: the phrases above, each against a metric so the stated interval is printed.
    entries = []
    for i, phrase in enumerate(HAND):
        unit = "points" if "points" in phrase else ("percent" if "in 20" in phrase else "count")
        entries.append(f'[[claims]]\nid = "w{i}"\nclaim = "synthetic"\nphrase = "{phrase}"\nunit = "{unit}"\n'
                       'metric = { name = "people_supervised_total", round = "2018-19" }\n')
    path = tmp_path / "synthetic-claims.toml"
    path.write_text('[meta]\ntitle = "synthetic"\npublisher = "synthetic"\npublished = "2019-10-10"\n'
                    'source_url = "https://example.org/synthetic"\n\n' + "\n".join(entries), encoding="utf-8")
    result = probstat("check-claims", "--claims", str(path), "--format", "csv")
    assert result.code in (0, 1), result
    for row in _rows(result.stdout):
        phrase = row["phrase"]
        interval = re.match(r"[\[(][^\])]*[\])]", row["reading"]).group(0)  # '[0, 25] percentage points'
        _, _, low_closed, high_closed = _bounds(interval)
        high = float(row["stated_high"]) if row["stated_high"] else math.inf
        assert _approx((float(row["stated_low"]), high, low_closed, high_closed), HAND[phrase]), phrase


SYNTHETIC = """round,provider_id,provider,sector,overall,people_supervised
2020-21,syn-nps-a,Synthetic NPS A,NPS,Good,>106000
2020-21,syn-nps-b,Synthetic NPS B,NPS,Good,<~6000
2020-21,syn-crc-c,Synthetic CRC C,CRC,Good,~224000
"""


def test_caseloads_reads_stored_prefixes_as_the_words(probstat, tmp_path):
    # SYNTHETIC providers file: '>106000', '<~6000' and '~224000' stored as the data grammar writes them.
    path = tmp_path / "synthetic.csv"
    path.write_text(SYNTHETIC, encoding="utf-8")
    result = probstat("caseloads", "--data", str(path), "--round", "2020-21", "--format", "csv")
    assert result.code == 0, result
    got = {row["provider_id"]: (row["people_low"], row["people_high"]) for row in _rows(result.stdout)}
    for pid, phrase in (("syn-nps-a", "over 106,000"), ("syn-nps-b", "nearly 6,000"),
                        ("syn-crc-c", "approximately 224,000")):
        low, high = got[pid]
        want = HAND[phrase]
        assert math.isclose(float(low), want[0])
        assert (high == "" and math.isinf(want[1])) or math.isclose(float(high), want[1])


@pytest.mark.parametrize("prefix", list(PREFIX_RULES))
def test_every_data_prefix_means_its_row_of_the_table(prefix):
    # schema.QUALIFIERS (the data grammar) and quantifiers.RULES (the words) must not drift apart.
    word = {"over": "more than", "less than": "less than", "around": "around", "nearly": "nearly"}[PREFIX_RULES[prefix]]
    reading = interpret(f"{word} 6,000", "count")
    _, down, up = schema.QUALIFIERS[prefix]
    assert reading.rule == PREFIX_RULES[prefix]
    assert (reading.low, reading.high) == (pytest.approx(6000 * down), pytest.approx(6000 * up))
