"""What load() gives each column, and that every analysis answers the same whichever it is given.

load(categories=True) gives round, sector, the ratings and the qualifier columns as categories, so that analyses
compare integer codes (the commands ask for that on large files); load() gives text, and a frame a user builds
by hand holds text or None. All must give the same tables.
"""

from __future__ import annotations

import csv

import pandas as pd
import pytest
from hypothesis import HealthCheck, given, settings
from test_hardening import to_csv, valid_table

from probstat import schema
from probstat.analysis.caseloads import caseloads
from probstat.analysis.changes import changes
from probstat.analysis.consistency import coverage, findings_table
from probstat.analysis.gap import gap
from probstat.analysis.league import league
from probstat.analysis.providers import provider_figures, providers
from probstat.analysis.ratings import ratings
from probstat.claims.verify import check_claims
from probstat.errors import ProbstatError
from probstat.loader import bundled_path, load

CATEGORY_COLUMNS = ["round", "sector", "overall", *(s.column for s in schema.STANDARDS),
                    *(schema.qualifier_suffix(c) for c in schema.QUALIFIED_COLUMNS)]


def _plain(frame: pd.DataFrame) -> pd.DataFrame:
    """``frame`` with its categories as text and missing cells None, as a frame built by hand would hold them."""
    out = frame.copy()
    for col in out.columns:
        if isinstance(out[col].dtype, pd.CategoricalDtype):
            out[col] = pd.Series(out[col].to_numpy(dtype=object), index=out.index, dtype=object)
            out[col] = out[col].where(out[col].notna(), None)
    return out


def _csv_rows() -> list[dict[str, str]]:
    with open(bundled_path(), encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def test_text_columns_hold_text_unless_categories_are_asked_for():
    frame = load()
    for col in CATEGORY_COLUMNS:
        assert not isinstance(frame[col].dtype, pd.CategoricalDtype), col
    assert frame["overall"].value_counts().to_dict() == load(categories=True)["overall"].value_counts().to_dict()
    # "auto", as the commands load: categories only for a file of 256 KB or more (the bundled file is under 10 KB)
    assert not isinstance(load(categories="auto")["sector"].dtype, pd.CategoricalDtype)
    with pytest.raises(ValueError, match="categories"):
        load(categories="yes")


def test_a_large_file_loads_with_categories_when_auto(tmp_path):
    rows = _csv_rows()
    header = list(rows[0])
    # synthetic: the bundled rows repeated under made-up ids until the file passes 256 KB
    lines = [",".join(header)]
    copies = 0
    while sum(len(line) + 1 for line in lines) < 1 << 18:
        copies += 1
        for r in rows:
            lines.append(",".join(f'"{v}"' if "," in v else v for v in
                                  {**r, "provider_id": f"{r['provider_id']}-copy{copies}"}.values()))
    path = tmp_path / "synthetic-large.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    frame = load(path, categories="auto")
    assert isinstance(frame["sector"].dtype, pd.CategoricalDtype)
    assert len(frame) == copies * len(rows)


def test_low_cardinality_columns_load_as_categories_sorted_as_text():
    frame = load(categories=True)
    for col in CATEGORY_COLUMNS:
        assert isinstance(frame[col].dtype, pd.CategoricalDtype), col
        categories = list(frame[col].cat.categories)
        assert categories == sorted(categories), col
        assert all(isinstance(c, str) for c in categories), col
    # sorted as text: the 2018-21 sectors and the later unit types (issue 22)
    assert list(frame["sector"].cat.categories) == ["CRC", "NPS", "PDU", "national", "region"]
    # text columns with a value per provider stay text
    assert not isinstance(frame["provider_id"].dtype, pd.CategoricalDtype)
    assert not isinstance(frame["provider"].dtype, pd.CategoricalDtype)


def test_categories_hold_the_file_values_and_unknown_cells_are_missing():
    frame = load(categories=True)
    rows = _csv_rows()
    # the same cells as the file (the bundled file writes every rating in its canonical spelling)
    for col in ("round", "sector", "overall", "leadership", "assessment"):
        assert frame[col].astype(object).where(frame[col].notna(), "").tolist() == [r[col] for r in rows], col
    # an empty rating is missing, not a category of its own
    empty_leadership = sum(1 for r in rows if not r["leadership"])
    assert empty_leadership > 0
    assert int(frame["leadership"].isna().sum()) == empty_leadership
    assert "" not in list(frame["leadership"].cat.categories)


def _analyses(frame: pd.DataFrame) -> dict:
    first = frame["provider_id"].iloc[0]
    rounds = sorted(frame["round"].dropna().unique())
    calls = {
        "providers": lambda: providers(frame),
        "provider_figures": lambda: provider_figures(frame, first),
        "coverage": lambda: coverage(frame),
        "findings": lambda: findings_table(frame),
        "ratings by round": lambda: ratings(frame, round_="all", by="round"),
        "ratings by owner": lambda: ratings(frame, round_=rounds[0], by="owner"),
        "ratings of every standard": lambda: ratings(frame, round_=rounds[0], standard="all"),
        "caseloads by sector": lambda: caseloads(frame, round_="all", by="sector"),
        "caseloads by provider": lambda: caseloads(frame, round_=rounds[0]),
        "league": lambda: league(frame, round_="all"),
        "changes": lambda: changes(frame, before=rounds[0], after=rounds[-1]),
        "check-claims": lambda: check_claims(frame),
    }
    for domain in ("overall", "organisation", "case-supervision", "risk", "caseloads"):
        calls[f"gap {domain}"] = lambda domain=domain: gap(frame, domain=domain, round_="all")
    return calls


def _text_cells(table: pd.DataFrame) -> pd.DataFrame:
    """``table`` with every text column (categories, str or object) as objects, missing cells None: a missing
    cell is NaN in a str column and None in an object one, which is the same answer."""
    out = table.copy()
    for col in out.columns:
        column = out[col]
        if isinstance(column.dtype, (pd.CategoricalDtype, pd.StringDtype)) or column.dtype == object:
            values = pd.Series(column.to_numpy(dtype=object), index=out.index, dtype=object)
            out[col] = values.where(values.notna(), None)
    return out


def _outcome(call) -> tuple:
    try:
        table = call()
    except ProbstatError as exc:  # e.g. no rounds to compare: the same refusal either way
        return ("refused", type(exc).__name__, str(exc))
    return ("table", _text_cells(table), table.attrs.get("notes", []))


def _assert_same(loaded: pd.DataFrame, other: pd.DataFrame) -> None:
    other_calls = _analyses(other)
    for name, call in _analyses(loaded).items():
        got, expected = _outcome(call), _outcome(other_calls[name])
        assert got[0] == expected[0], name
        if got[0] == "refused":
            assert got == expected, name
        else:
            pd.testing.assert_frame_equal(got[1], expected[1], check_dtype=False, obj=name)
            assert got[2] == expected[2], name


def test_every_analysis_reads_the_bundled_data_as_text_as_it_reads_categories():
    frame = load(categories=True)
    _assert_same(frame, load())
    _assert_same(frame, _plain(frame))


# A tenth of the profile's examples (each runs every analysis twice): 6 in the README's run, 100 in CI's.
@settings(suppress_health_check=[HealthCheck.too_slow], deadline=None,
          max_examples=max(6, settings().max_examples // 10))
@pytest.mark.slow  # several seconds of fuzzing: left out of the quick loop, run by `python -m pytest`
@given(table=valid_table(min_rows=2, max_rows=8))
def test_every_analysis_reads_any_valid_file_as_text_as_it_reads_categories(tmp_path_factory, table):
    header, rows = table
    path = tmp_path_factory.mktemp("dtypes") / "synthetic.csv"  # synthetic rows from the schema's strategies
    path.write_text(to_csv(header, rows), encoding="utf-8")
    frame = load(path, categories=True)
    _assert_same(frame, load(path))
    _assert_same(frame, _plain(frame))
