"""`validate`'s consistency checks, computed for all rows at once, against the per-row rules written out plainly.

The reference functions below are the rules as HMIP states them, one row and one standard at a time (a
dynamic programme over the standards for the score range). The vectorised checks must give the same
findings, in the same order, on the bundled data and on synthetic files full of contradictions.
"""

from __future__ import annotations

import random

import pandas as pd
import pytest

from probstat import schema
from probstat.analysis.consistency import (
    consistency_findings,
    feasible_overall,
    feasible_scores,
    findings_table,
    source_findings,
)
from probstat.loader import load, load_sources

# --- the reference: the rules row by row -----------------------------------------------------------------


def reference_feasible_scores(sector, ratings, counts):
    """Lowest and highest total over every way of rating the unknown standards that meets the stated counts."""
    constrained = [r for r in schema.RATINGS if counts.get(r) is not None]
    index = {r: i for i, r in enumerate(constrained)}
    target = tuple(int(counts[r]) for r in constrained)
    states = {tuple(0 for _ in constrained): (0, 0)}
    for std in schema.standards_for(sector):
        known = ratings.get(std.column)
        nxt = {}
        for state, (lo, hi) in states.items():
            for rating in (known,) if known else schema.RATINGS:
                new = list(state)
                if rating in index:
                    new[index[rating]] += 1
                    if new[index[rating]] > target[index[rating]]:
                        continue
                score, key = schema.SCORES[rating], tuple(new)
                old = nxt.get(key)
                nxt[key] = (lo + score, hi + score) if old is None else (min(old[0], lo + score),
                                                                         max(old[1], hi + score))
        states = nxt
    return states.get(target)


def _finding(row, column, message):
    return {"level": "warning", "round": row["round"], "provider_id": row["provider_id"], "column": column,
            "message": message}


def reference_findings(frame):
    found = []
    std_cols = [c for c in schema.STANDARD_COLUMNS if c in frame]
    for row in frame.to_dict("records"):
        ratings = {c: row[c] if isinstance(row[c], str) else None for c in std_cols}
        counts = {r: (None if pd.isna(row.get(c)) else int(row[c]))
                  for r, c in schema.STANDARD_COUNT_COLUMNS.items() if c in frame}
        span = reference_feasible_scores(row["sector"], ratings, counts)
        if row["sector"] not in schema.SECTORS:
            pass  # the 2018-21 score bands do not apply to PDUs, regions or the national inspection
        elif span is None:
            found.append(_finding(row, "n_std_*",
                                  "the stated counts of standards by rating contradict the known standard ratings"))
        elif isinstance(row.get("overall"), str):
            allowed = [r for r, lo, hi in schema.OVERALL_BANDS if lo <= span[1] and span[0] <= hi]
            if row["overall"] not in allowed:
                found.append(_finding(row, "overall", f"{row['overall']!r} is outside what the known standards "
                                      f"allow: total score {span[0]}-{span[1]} of 30 gives {' or '.join(allowed)}"))
        for code, std in schema.KQ_STANDARDS:
            cols = [f"kq{code}_{a}" for a in schema.KQ_ASPECTS]
            values = [row.get(c) for c in cols]
            exact = all(not pd.isna(v) and row.get(schema.qualifier_suffix(c)) == "" for c, v in
                        zip(cols, values, strict=True))
            if exact and isinstance(row.get(std), str):
                expected = schema.band_for_percentage(min(values))
                if expected != row[std]:
                    found.append(_finding(row, std, f"rated {row[std]!r} but its lowest key question is "
                                          f"{min(values):g}%, which HMIP's bands rate {expected!r}"))
        start, published = row.get("fieldwork_start"), row.get("published")
        if isinstance(start, str) and isinstance(published, str) and start[:7] > published[:7]:
            found.append(_finding(row, "fieldwork_start",
                                  f"fieldwork started ({start}) after the report was published ({published})"))
    sectors = frame.groupby("provider_id")["sector"].nunique()
    for pid in sectors[sectors > 1].index:
        row = frame[frame["provider_id"] == pid].iloc[0]
        found.append(_finding(row, "sector", "the same provider_id has different sectors in different rounds"))
    return found


# --- feasible scores ----------------------------------------------------------------------------------------

def test_feasible_scores_hand_worked():
    nps = [s.column for s in schema.standards_for("NPS")]
    # all ten standards Good: 10 x 2 points
    assert feasible_scores("NPS", dict.fromkeys(nps, "Good"), {}) == (20, 20)
    # nothing known, nothing stated: 0 (all Inadequate) to 30 (all Outstanding)
    assert feasible_scores("CRC", {}, {}) == (0, 30)
    # three Good stated, the other seven free but not Good: 6 + 7 x 0 = 6 to 6 + 7 x 3 = 27
    assert feasible_scores("CRC", {}, {"Good": 3}) == (6, 27)
    # every count stated: the total is fixed, 1 x 3 + 4 x 2 + 5 x 1 + 0 = 16
    assert feasible_scores("CRC", {}, {"Outstanding": 1, "Good": 4, "Requires improvement": 5,
                                       "Inadequate": 0}) == (16, 16)
    # stated counts adding up to nine of ten standards cannot all hold
    assert feasible_scores("CRC", {}, {"Outstanding": 1, "Good": 4, "Requires improvement": 4,
                                       "Inadequate": 0}) is None
    # two standards known Outstanding but only one stated
    assert feasible_scores("NPS", {nps[0]: "Outstanding", nps[1]: "Outstanding"}, {"Outstanding": 1}) is None
    # 16-25 is Good's band only; 15-16 meets Requires improvement's and Good's
    assert feasible_overall(16, 25) == ["Good"]
    assert feasible_overall(15, 16) == ["Requires improvement", "Good"]


def test_feasible_scores_matches_the_dynamic_programme():
    rng = random.Random(20191010)
    for _ in range(3000):
        sector = rng.choice(schema.SECTORS)
        ratings = {s.column: rng.choice([None, None, *schema.RATINGS]) for s in schema.STANDARDS}
        counts = {r: rng.choice([None, None, rng.randint(0, 4), rng.randint(0, 11)]) for r in schema.RATINGS}
        assert feasible_scores(sector, ratings, counts) == reference_feasible_scores(sector, ratings, counts), \
            (sector, ratings, counts)


# --- all findings --------------------------------------------------------------------------------------------

def synthetic_csv(path, n: int, seed: int) -> None:
    """A synthetic providers file (made-up ids and figures) whose rows contradict each other often."""
    rng = random.Random(seed)
    header = list(schema.COLUMN_NAMES)
    lines = [",".join(header)]
    for i in range(n):
        sector = rng.choice(schema.SECTORS)
        row = dict.fromkeys(header, "")
        # the last ten rows re-inspect the first ten providers, in a later round, with a random sector
        row.update({"round": "2018-19" if i < n - 10 else "2019-20", "provider_id": f"syn-{i % (n - 10)}",
                    "provider": f"Synthetic {i}", "sector": sector, "overall": rng.choice(["", *schema.RATINGS])})
        for std in schema.standards_for(sector):
            row[std.column] = rng.choice(["", "", *schema.RATINGS])
        if rng.random() < 0.6:
            split = [0] * 4
            for _ in range(rng.randint(0, 10)):  # at most ten standards in all, as the loader requires
                split[rng.randrange(4)] += 1
            for col, count in zip(schema.STANDARD_COUNT_COLUMNS.values(), split, strict=True):
                row[col] = rng.choice(["", str(count), str(count)])
        for col in schema.KQ_COLUMNS:
            row[col] = rng.choice(["", f"{rng.uniform(30, 100):.1f}", f"{rng.randint(30, 100)}", "~70"])
        row["published"] = rng.choice(["", "2019-05", "2019-05-10", "2018-12-01"])
        row["fieldwork_start"] = rng.choice(["", "2019-01", "2019-06-03", "2018-11"])
        lines.append(",".join(row[c] for c in header))
    path.write_text("\n".join(lines) + "\n")


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_findings_match_the_row_by_row_rules_on_synthetic_files(tmp_path, seed):
    path = tmp_path / "synthetic.csv"
    synthetic_csv(path, 1500, seed)
    frame = load(path)
    found = consistency_findings(frame)
    assert found == reference_findings(frame)
    kinds = {f["column"] for f in found}
    # the synthetic data exercise every kind of finding, so the comparison above is not vacuous
    assert {"n_std_*", "overall", "fieldwork_start", "sector"} <= kinds and kinds & {c for _, c in schema.KQ_STANDARDS}


def test_score_spans_worked_out_once_per_distinct_tally_match_the_row_by_row_rules(tmp_path, monkeypatch):
    # a large file's spans are worked out once per distinct (tally, stated counts): the same findings
    from probstat.analysis import consistency

    path = tmp_path / "synthetic.csv"
    synthetic_csv(path, 1500, 4)
    frame = load(path)
    monkeypatch.setattr(consistency, "_DISTINCT_FROM", 0)
    assert consistency_findings(frame) == reference_findings(frame)


def test_findings_match_on_the_bundled_data_and_a_contradicting_edit(edited_copy):
    frame = load()
    assert consistency_findings(frame) == reference_findings(frame) == []
    # hampshire-iow-crc (row 17) is Good overall; rated Inadequate it contradicts its standards
    edited = load(edited_copy(17, "overall", "Inadequate"))
    found = consistency_findings(edited)
    assert found == reference_findings(edited)
    assert [(f["provider_id"], f["column"]) for f in found] == [("hampshire-iow-crc", "overall")]


def test_findings_table_has_the_finding_columns_when_empty():
    table = findings_table(load())
    assert table.empty and list(table.columns) == ["level", "round", "provider_id", "column", "message"]


def reference_source_findings(frame, sources):
    """Every known cell looked up in the set of source rows, one at a time."""
    found, needed = [], set()
    have = set(sources[["round", "provider_id", "field"]].itertuples(index=False, name=None))
    for col in [c for c in schema.COLUMN_NAMES if c not in schema.KEY_COLUMNS and c in frame]:
        for rnd, pid in frame.loc[frame[col].notna(), ["round", "provider_id"]].itertuples(index=False, name=None):
            needed.add((rnd, pid, col))
            if (rnd, pid, col) not in have:
                found.append({"level": "error", "round": rnd, "provider_id": pid, "column": col,
                              "message": "figure has no source row in sources.csv"})
    for rnd, pid, col in sorted(have - needed):
        found.append({"level": "warning", "round": rnd, "provider_id": pid, "column": col,
                      "message": "sources.csv has a source for a figure that providers.csv leaves empty"})
    return found


@pytest.mark.parametrize("limit", [0, 10**9])  # a column at a time, and a cell at a time
@pytest.mark.parametrize("seed", range(5))
def test_source_findings_match_the_cell_by_cell_lookup(seed, limit, monkeypatch):
    from probstat.analysis import consistency
    monkeypatch.setattr(consistency, "CELL_BY_CELL_LIMIT", limit)
    frame, sources = load(), load_sources()
    rng = random.Random(seed)
    # a random part of the real sources, plus made-up rows for figures that are empty or not columns at all
    kept = sources.sample(frac=rng.uniform(0.5, 0.95), random_state=seed)
    made_up = pd.DataFrame([{"round": rng.choice(["2018-19", "2019-20", "2020-21"]),
                             "provider_id": rng.choice([*frame["provider_id"], "no-such-provider"]),
                             "field": rng.choice(["overall", "owner", "people_supervised", "no_such_field", "staff"]),
                             "source_url": "https://example.org/synthetic", "note": ""} for _ in range(20)])
    sources = pd.concat([kept, made_up], ignore_index=True)
    found = source_findings(frame, sources)
    assert found == reference_source_findings(frame, sources)
    assert {f["level"] for f in found} == {"error", "warning"}


def test_one_owner_spelled_two_ways_is_a_warning(edited_copy):
    # London CRC (row 20) back to "MTC" while Thames Valley stays "MTCnovo": issue 24's split owner.
    found = consistency_findings(load(edited_copy(20, "owner", "MTC")))
    assert [(f["provider_id"], f["column"]) for f in found] == [("london-crc", "owner")]
    assert "'MTC' and 'MTCnovo' look like one owner spelled two ways" in found[0]["message"]
    # Spacing and case alone also count; different owners do not.
    assert [f["column"] for f in consistency_findings(load(edited_copy(20, "owner", "mtc novo")))] == ["owner"]
    assert consistency_findings(load(edited_copy(20, "owner", "Seetec"))) == []


def test_validate_lists_the_first_findings_of_each_rule_and_counts_the_rest(probstat, bundled_text, tmp_path):
    # Synthetic edit: every bundled row with a publication date gets fieldwork starting in 2030, after it.
    import csv
    import io

    lines = list(csv.reader(io.StringIO(bundled_text)))
    start, published = lines[0].index("fieldwork_start"), lines[0].index("published")
    dated = [r for r in lines[1:] if r[published]]
    for r in dated:
        r[start] = "2030-01-01"
    assert len(dated) > 10  # else the edit would not show the limit
    path = tmp_path / "late.csv"
    buf = io.StringIO()
    csv.writer(buf, lineterminator="\n").writerows(lines)
    path.write_text(buf.getvalue(), encoding="utf-8")

    result = probstat("validate", "--data", str(path), "--format", "csv")
    late = [line for line in result.stderr.splitlines() if "after the report was published" in line]
    assert late == [f"warning: {r[0]} {r[1]} fieldwork_start: fieldwork started (2030-01-01) after the report was "
                    f"published ({r[published]})" for r in dated[:10]]
    assert f"warning: {len(dated) - 10:,} more on fieldwork_start (--all-findings lists every one)" in result.stderr
    assert f"0 errors, {len(dated)} warnings" in result.stderr

    every = probstat("validate", "--data", str(path), "--format", "csv", "--all-findings")
    assert sum("after the report was published" in line for line in every.stderr.splitlines()) == len(dated)
    assert "more on" not in every.stderr
    assert len(rows_of(probstat("validate", "--data", str(path), "--report", "findings", "--format", "csv"))) \
        == len(dated)  # the findings table on stdout is always whole


def rows_of(result) -> list[dict]:
    import csv
    import io

    return list(csv.DictReader(io.StringIO(result.stdout)))


@pytest.mark.parametrize("limit", [0, 1, 10, 10**6])
@pytest.mark.parametrize("with_sources", [False, True])
def test_findings_listed_without_the_whole_table_are_those_of_the_table(tmp_path, limit, with_sources):
    # validate lists the first findings of each rule without the table of all of them: the same rows, counts and
    # verdict as first_per_rule and validation_summary over that table, source findings (sharing a rule's
    # column) included.
    from probstat.analysis.consistency import first_per_rule, listed_findings, validation_summary

    path = tmp_path / "synthetic.csv"
    synthetic_csv(path, 1500, 5)
    for categories in (False, True):
        frame = load(path, categories=categories)
        sources = None
        if with_sources:
            known = frame[frame["overall"].notna()].head(30)
            sources = pd.DataFrame({"round": known["round"].astype(object), "field": "overall",
                                    "provider_id": known["provider_id"].astype(object),
                                    "source_url": "https://example.org/synthetic", "basis": "stated", "note": ""})
            sources.loc[:4, "field"] = "leadership"  # some name figures the frame may leave empty
        table = findings_table(frame, sources)
        for strict in (False, True):
            listed, more, failed, summary = listed_findings(frame, sources, limit, strict=strict)
            want_listed, want_more = first_per_rule(table, limit)
            assert listed.astype(object).values.tolist() == want_listed.astype(object).values.tolist()
            assert more.astype(object).values.tolist() == want_more.astype(object).values.tolist()
            assert (failed, summary) == validation_summary(table, sources_checked=with_sources, strict=strict)
        assert len(table) > 100 and (with_sources or not (table["level"] == "error").any())
