"""Malformed claims files: each gives one ClaimsError naming the file, the claim and the key, and through the
CLI exit 3 with exactly one 'Error:' line on stderr and nothing on stdout. A claims file is data, never code.

All claims files here are SYNTHETIC, written to tmp_path.
"""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from probstat.claims.claimsfile import MAX_BYTES, load_claims
from probstat.claims.verify import check_claims
from probstat.errors import ClaimsError, ExitCode
from probstat.loader import load

GOOD = """
[[claims]]
id = "ok"
claim = "Six services were rated Good."
phrase = "six"
unit = "count"
metric = { name = "providers", round = "2018-19", rating = "Good" }
"""

DEFAULT_METRIC = '{ name = "providers" }'


def one(cid: str = "ok", phrase: str = "six", extra: str = "", metric: str | None = None,
        evidence: str | None = None) -> str:
    """A synthetic claim; ``metric`` replaces the metric table, ``evidence`` the whole evidence line."""
    lines = ["[[claims]]", f'id = "{cid}"', 'claim = "A synthetic claim."', f"phrase = {phrase!r}",
             'unit = "count"']
    lines.append(evidence if evidence is not None else f"metric = {metric or DEFAULT_METRIC}")
    if extra:
        lines.append(extra)
    return "\n".join(lines) + "\n"


# (case, file content, fragments str(error) must contain besides the file name). Bytes are written as they are.
MALFORMED = [
    ("not-toml", "[[claims]]\nid = = 3\n", ["not valid TOML"]),
    ("empty", "", ["key claims", "no [[claims]] entries found"]),
    ("no-claims", '[meta]\ntitle = "Only metadata"\n', ["key claims", "no [[claims]] entries found"]),
    ("claims-not-a-list", 'claims = "six"\n', ["key claims", "no [[claims]] entries found"]),
    ("unknown-top-level-key", 'colour = "red"\n' + GOOD, ["key colour", "unknown top-level key"]),
    ("missing-id", GOOD.replace('id = "ok"\n', ""), ["claim #1, key id", "is required"]),
    ("blank-id", GOOD.replace('id = "ok"', 'id = "  "'), ["claim #1, key id", "is required"]),
    ("duplicate-id", GOOD + GOOD, ["claim ok, key id", "used by an earlier claim"]),
    ("unknown-claim-key", GOOD + 'colour = "red"\n', ["claim ok, key colour", "unknown key"]),
    ("two-evidence-kinds", GOOD + 'needs = "a count of something"\n', ["claim ok", "needs exactly one of",
                                                                         "(found 2)"]),
    ("no-evidence", one(evidence=""), ["claim ok", "needs exactly one of", "(found 0)"]),
    ("missing-phrase", GOOD.replace('phrase = "six"\n', ""), ["claim ok, key phrase", "is required"]),
    ("missing-claim-text", GOOD.replace('claim = "Six services were rated Good."\n', ""),
     ["claim ok, key claim", "is required"]),
    ("phrase-not-a-string", GOOD.replace('phrase = "six"', "phrase = 6"), ["claim ok, key phrase",
                                                                          "must be a non-empty string"]),
    ("bad-unit", GOOD.replace('unit = "count"', 'unit = "furlongs"'), ["claim ok, key unit", "'furlongs'"]),
    ("also-not-a-list", GOOD + 'also = "six"\n', ["claim ok, key also", "list of phrases"]),
    ("unknown-metric", one(metric='{ name = "nonesuch" }'), ["claim ok, key metric.name",
                                                            "'nonesuch' is not a metric"]),
    ("unknown-metric-parameter", one(metric='{ name = "providers", colour = "red" }'),
     ["claim ok, key metric.colour", "unknown parameter for metric providers"]),
    ("wrong-parameter-type", one(metric='{ name = "providers", round = 2018 }'),
     ["claim ok, key metric.round", "must be str, not int"]),
    ("boolean-for-text", one(metric='{ name = "providers", sector = true }'),
     ["claim ok, key metric.sector", "not a boolean"]),
    ("text-for-boolean", one(metric='{ name = "providers", rated = "yes" }'),
     ["claim ok, key metric.rated", "must be bool, not str"]),
    ("bad-choice", one(metric='{ name = "providers", sector = "Private" }'),
     ["claim ok, key metric.sector", "'Private' is not one of NPS, CRC"]),
    ("missing-required-parameter", one(metric='{ name = "share" }'),
     ["claim ok, key metric.column", "is required by metric share"]),
    ("metric-not-a-table", one(metric='"providers"'), ["claim ok, key metric", "must be a table"]),
    ("reading-low-above-high", GOOD + "reading = { low = 5, high = 1 }\n",
     ["claim ok, key reading.low", "greater than reading.high"]),
    ("reading-missing-high", GOOD + "reading = { low = 5 }\n",
     ["claim ok, key reading.high", "must be a finite number"]),
    ("reading-unknown-key", GOOD + "reading = { low = 1, high = 2, middle = 1.5 }\n",
     ["claim ok, key reading.middle", "unknown key"]),
    ("context-without-phrase", GOOD + 'context = "seven services were rated"\n',
     ["claim ok, key context", "must contain the phrase 'six'"]),
    ("consistency-both", one(evidence='consistency = { matches = "6", parts = ["5", "1"] }'),
     ["claim ok, key consistency", "exactly one of matches"]),
    ("consistency-empty-parts", one(evidence="consistency = { parts = [] }"),
     ["claim ok, key consistency.parts", "non-empty list"]),
    ("over-size", GOOD + "# " + "x" * MAX_BYTES + "\n", ["is larger than 1,000,000 bytes"]),
    ("too-deep", one(metric='{ name = "providers", a = { b = { c = 1 } } }'), ["nested more than 5 levels deep"]),
    ("pathologically-deep", "x = " + "[" * 50_000 + "]" * 50_000 + "\n", ["nested more than 5 levels deep"]),
    ("not-utf8", b'[[claims]]\nid = "caf\xe9"\n', ["not valid UTF-8", "0xE9"]),
    ("binary", b"\x00\x01\x02[[claims]]", ["binary"]),
]
CASE_IDS = [case for case, _, _ in MALFORMED]


def write(tmp_path: Path, content: str | bytes, name: str = "synthetic-claims.toml") -> Path:
    path = tmp_path / name
    if isinstance(content, bytes):
        path.write_bytes(content)
    else:
        path.write_text(content, encoding="utf-8")
    return path


def test_the_good_template_is_valid(tmp_path):
    claims = load_claims(write(tmp_path, GOOD))
    assert [c.id for c in claims.claims] == ["ok"]
    assert claims.claims[0].evidence == "data"
    assert load_claims(write(tmp_path, one(), "one.toml")).claims[0].metric == {"name": "providers"}


@pytest.mark.parametrize(("case", "content", "fragments"), MALFORMED, ids=CASE_IDS)
def test_malformed_claims_file_gives_one_located_error(tmp_path, case, content, fragments):
    path = write(tmp_path, content)
    with pytest.raises(ClaimsError) as info:
        load_claims(path)
    text = str(info.value)
    assert text.startswith(f"{path}")
    assert info.value.file == str(path)
    for fragment in fragments:
        assert fragment in text
    assert "\n" not in text
    assert info.value.exit_code == ExitCode.DATA


@pytest.mark.parametrize(("case", "content", "fragments"), MALFORMED, ids=CASE_IDS)
def test_cli_malformed_claims_file_exit_3_one_error_line(probstat, tmp_path, case, content, fragments):
    path = write(tmp_path, content)
    result = probstat("check-claims", "--claims", str(path), "--format", "csv")
    assert result.code == ExitCode.DATA, result
    assert result.stdout == ""
    lines = result.stderr.splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"Error: {path}")
    assert result.stderr.count("Error:") == 1
    for fragment in fragments:
        assert fragment in lines[0]


# Figure words that cannot be read are refused when the file is loaded, before anything is computed.
AT_LOAD_TIME = [
    ("unreadable-phrase", one(phrase="a great many"), ["claim ok, key phrase", "cannot read a figure",
                                                     "give a reading table"]),
    ("unreadable-consistency", one(evidence='consistency = { matches = "lots and lots" }'),
     ["claim ok, key consistency", "cannot read a figure"]),
]


@pytest.mark.parametrize(("case", "content", "fragments"), AT_LOAD_TIME, ids=[c for c, _, _ in AT_LOAD_TIME])
def test_unreadable_figures_are_refused_at_load(probstat, tmp_path, case, content, fragments):
    path = write(tmp_path, content)
    with pytest.raises(ClaimsError) as info:
        load_claims(path)
    for fragment in fragments:
        assert fragment in str(info.value)
    result = probstat("check-claims", "--claims", str(path))
    assert (result.code, result.stdout) == (ExitCode.DATA, "")
    assert len(result.stderr.splitlines()) == 1 and result.stderr.startswith(f"Error: {path}")


# Problems only found when the claim is checked: a cross-reference to a figure that does not exist.
AT_CHECK_TIME = [
    ("unknown-corroboration", one(evidence='corroboration = "no-such-figure"'),
     ["claim ok, key corroboration", "no corroborating figure 'no-such-figure'"]),
]


@pytest.mark.parametrize(("case", "content", "fragments"), AT_CHECK_TIME, ids=[c for c, _, _ in AT_CHECK_TIME])
def test_problems_found_when_checking(probstat, tmp_path, case, content, fragments):
    path = write(tmp_path, content)
    claims = load_claims(path)  # the file itself is well formed
    with pytest.raises(ClaimsError) as info:
        check_claims(load(), claims)
    assert str(info.value).startswith(str(path))
    for fragment in fragments:
        assert fragment in str(info.value)
    result = probstat("check-claims", "--claims", str(path))
    assert (result.code, result.stdout) == (ExitCode.DATA, "")
    assert len(result.stderr.splitlines()) == 1 and result.stderr.startswith(f"Error: {path}")


def test_a_reading_table_makes_an_unreadable_phrase_checkable(tmp_path):
    path = write(tmp_path, one(phrase="a great many", extra="reading = { low = 5, high = 10 }",
                               metric='{ name = "providers", rating = "Good" }'))
    row = check_claims(load(), load_claims(path)).iloc[0]
    assert (row["verdict"], row["computed"], row["rule"]) == ("supported", 6, "override: given in the claims file")


def test_missing_claims_file(probstat, tmp_path):
    result = probstat("check-claims", "--claims", str(tmp_path / "absent.toml"))
    assert (result.code, result.stdout) == (ExitCode.DATA, "")
    assert result.stderr == f"Error: {tmp_path / 'absent.toml'}: no such file\n"


# --- A claims file cannot run code ----------------------------------------------------------------------------

PAYLOAD = "__import__('os').system('touch PWNED')"


@pytest.mark.parametrize("content", [
    one(phrase=PAYLOAD, evidence='needs = "nothing"'),
    one(metric=f'{{ name = "{PAYLOAD}" }}'),
    one(metric=f'{{ name = "providers", sector = "{PAYLOAD}" }}'),
    one(metric=f'{{ name = "providers", "{PAYLOAD}" = 1 }}'),
    one(evidence=f'corroboration = "{PAYLOAD}"'),
], ids=["phrase", "metric-name", "metric-value", "metric-key", "corroboration"])
def test_code_in_a_claims_file_is_only_text(probstat, tmp_path, monkeypatch, content):
    monkeypatch.chdir(tmp_path)
    path = write(tmp_path, content)
    result = probstat("check-claims", "--claims", str(path), "--format", "csv")
    assert result.code == ExitCode.DATA, result
    assert "__import__" in result.stderr  # quoted back as text
    assert not (tmp_path / "PWNED").exists()
    assert not Path("PWNED").exists()


def test_template_syntax_is_printed_verbatim(probstat, tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    path = write(tmp_path, """
[meta]
title = "{{7*7}} ${7*7} %(x)s {0.__class__}"

[[claims]]
id = "{{7*7}}"
claim = "{{7*7}} and ${7*7} and {0.__class__.__mro__} and %s"
phrase = "six"
unit = "count"
metric = { name = "providers", rating = "Good" }
""")
    result = probstat("check-claims", "--claims", str(path), "--format", "csv")
    assert result.code == ExitCode.OK, result
    assert "{{7*7}}" in result.stdout and "{0.__class__.__mro__}" in result.stdout
    assert "49" not in result.stdout
    assert "<class" not in result.stdout


# --- Defects found in review, fixed: each test states the behaviour the docs promise ----------------------------

def test_control_characters_in_ids_and_keys_stay_on_one_line(tmp_path):
    path = write(tmp_path, GOOD.replace('id = "ok"', 'id = "o\\nk"') + '"bad\\nkey" = 1\n')
    with pytest.raises(ClaimsError) as info:
        load_claims(path)
    assert "\n" not in str(info.value)


def test_metric_round_not_in_the_data_is_unverifiable_not_fatal(probstat, tmp_path):
    # A claim about a round the data lack cannot be checked, but the other claims still are.
    path = write(tmp_path, one(metric='{ name = "providers", round = "1999-00" }'))
    result = probstat("check-claims", "--claims", str(path), "--format", "csv")
    assert result.code == ExitCode.OK
    row = list(csv.DictReader(io.StringIO(result.stdout)))[0]
    assert (row["verdict"], row["label"]) == ("unverifiable", "round not in data")
    assert "no round 1999-00 (rounds present: 2018-19, 2019-20, 2020-21, 2021-22, 2022-23, 2023-24, 2024-25, " \
           "2025-26)" in row["explanation"]


@pytest.mark.parametrize("evidence", [
    'consistency = { matches = "45 per cent" }',  # a count against a percentage
    'corroboration = "crc-staff-caseload-over-50"',  # the lecture figure is a percentage
    'consistency = { matches = "45 per cent", unit = "furlongs" }',  # consistency.unit is not validated
])
def test_unit_mismatch_is_a_claims_error(probstat, tmp_path, evidence):
    path = write(tmp_path, one(phrase="five of the seven", evidence=evidence))
    result = probstat("check-claims", "--claims", str(path))
    assert result.code == ExitCode.DATA
    assert result.stderr.startswith(f"Error: {path}") and "claim ok" in result.stderr


def test_nan_reading_is_refused(tmp_path):
    path = write(tmp_path, GOOD + "reading = { low = nan, high = nan }\n")
    with pytest.raises(ClaimsError, match="claim ok, key reading.low"):
        load_claims(path)


def test_metric_not_a_table_example_has_single_braces(tmp_path):
    with pytest.raises(ClaimsError) as info:
        load_claims(write(tmp_path, one(metric='"providers"')))
    assert '{ name = "providers" }' in str(info.value) and "{{" not in str(info.value)


CLAIM = '[[claims]]\nid = "a"\nclaim = "c"\nphrase = "five"\nneeds = "n"\n'


@pytest.mark.parametrize("content, key", [
    (CLAIM + 'reading = { low = 1, high = 2, high_closed = "false" }\n', "reading.high_closed"),
    (CLAIM + 'reading = { low = 1, high = 2, low_closed = 0 }\n', "reading.low_closed"),
    (CLAIM + 'reading = { low = 1, high = 2, rule = 5 }\n', "reading.rule"),
    ('[meta]\ntitle = 5\n' + CLAIM, "meta.title"),
    ('[meta]\nsource_url = ["a"]\n' + CLAIM, "meta.source_url"),
])
def test_strict_types_in_readings_and_meta(probstat, tmp_path, content, key):
    # A string "false" is not false, and a list is not a URL: each is an error naming its key, never a guess.
    path = write(tmp_path, content)
    with pytest.raises(ClaimsError) as err:
        load_claims(path)
    assert f"key {key}" in str(err.value)
    result = probstat("check-claims", "--claims", str(path))
    assert result.code == ExitCode.DATA and result.stderr.count("Error:") == 1


def test_five_hundred_nested_dotted_tables_are_a_clean_error(probstat, tmp_path):
    path = write(tmp_path, "[" + ".".join(["a"] * 500) + "]\nx = 1\n")
    result = probstat("check-claims", "--claims", str(path))
    assert result.code == ExitCode.DATA, result
    assert "nested more than" in result.stderr and "Traceback" not in result.stderr
