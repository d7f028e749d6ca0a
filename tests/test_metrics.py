"""The metrics registry: parameter checking, and each metric on the bundled data with values worked out by hand
from providers.csv (2018-19: 7 NPS divisions, 21 CRCs; see tests/gold/claims_gold.csv for the working)."""

from __future__ import annotations

import math
import tomllib

import pytest

from probstat.claims.metrics import REGISTRY, MetricResult, check_params, run_metric
from probstat.loader import load

DAYS_PER_MONTH = 365.25 / 12


def run(bundled_frame, **spec) -> MetricResult:
    return run_metric(bundled_frame, spec)


# --- check_params --------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("spec", "key", "fragment"), [
    ({}, "name", "None is not a metric"),
    ({"name": "nonesuch"}, "name", "'nonesuch' is not a metric; expected one of"),
    ({"name": 3}, "name", "3 is not a metric"),
    ({"name": "providers", "colour": "red"}, "colour", "unknown parameter for metric providers"),
    ({"name": "providers", "round": 2018}, "round", "must be str, not int"),
    ({"name": "providers", "sector": True}, "sector", "must be str, not a boolean"),
    ({"name": "providers", "rated": "yes"}, "rated", "must be bool, not str"),
    ({"name": "providers", "rated": 1}, "rated", "must be bool, not int"),
    ({"name": "providers", "sector": "Private"}, "sector", "'Private' is not one of NPS, CRC"),
    ({"name": "providers", "rating": "good"}, "rating", "'good' is not one of Outstanding, Good"),
    ({"name": "providers", "standard": "overall"}, "standard", "'overall' is not one of leadership"),
    ({"name": "share"}, "column", "is required by metric share"),
    ({"name": "share", "column": "overall"}, "column", "'overall' is not one of"),
    ({"name": "share", "column": "home_visit_pct", "weight": "people_supervised"}, "weight",
     "'people_supervised' is not one of cases_inspected"),
    ({"name": "share", "column": "home_visit_pct", "complement": "true"}, "complement", "must be bool, not str"),
    ({"name": "largest_gap"}, "domain", "is required by metric largest_gap"),
    ({"name": "largest_gap", "domain": "overall"}, "domain", "'overall' is not one of risk, desistance, engagement"),
    ({"name": "date_span", "field": "overall"}, "field", "'overall' is not one of published, fieldwork_start"),
    ({"name": "rating_gap_p_value", "domain": "staffing"}, "domain", "'staffing' is not one of overall"),
    ({"name": "people_supervised_total", "sector": ["NPS"]}, "sector", "must be str, not list"),
])
def test_check_params_errors(spec, key, fragment):
    problem = check_params(spec)
    assert problem is not None
    assert problem[0] == key
    assert fragment in problem[1]


@pytest.mark.parametrize("spec", [
    {"name": "providers"},
    {"name": "providers", "round": "2019-20", "sector": "CRC", "rating": "Good", "standard": "leadership"},
    {"name": "providers", "rated": True},
    {"name": "share", "column": "kq2_1_safety", "sector": "CRC", "weight": "cases_inspected", "complement": True},
    {"name": "people_supervised_total", "sector": "NPS"},
    {"name": "cases_inspected_total"},
    {"name": "date_span", "field": "fieldwork_start"},
    {"name": "rating_gap_p_value", "domain": "leadership"},
    {"name": "largest_gap", "domain": "risk"},
])
def test_check_params_accepts_valid_tables(spec):
    assert check_params(spec) is None


def test_registry_names_and_examples():
    assert {"providers", "share", "people_supervised_total", "cases_inspected_total", "date_span",
            "rating_gap_p_value", "largest_gap"} <= set(REGISTRY)
    for name, entry in REGISTRY.items():
        # Each documented example is a valid claims-file line for its own metric.
        table = tomllib.loads(entry.example)["metric"]
        assert table["name"] == name
        assert check_params(table) is None, name


# --- providers ------------------------------------------------------------------------------------------------

@pytest.mark.parametrize(("spec", "count", "n"), [
    ({}, 28, 28),
    ({"sector": "NPS"}, 7, 7),
    ({"sector": "CRC"}, 21, 21),
    ({"rated": True}, 28, 28),
    ({"rating": "Good"}, 6, 28),
    ({"rating": "Good", "sector": "NPS"}, 5, 7),  # midlands, north-east, north-west, SWSC, wales
    ({"rating": "Good", "sector": "CRC"}, 1, 21),  # hampshire-iow-crc
    ({"rating": "Outstanding"}, 0, 28),
    ({"rating": "Requires improvement"}, 21, 28),
    ({"rating": "Requires improvement", "sector": "NPS"}, 2, 7),  # london, south-east-eastern
    ({"rating": "Inadequate", "sector": "CRC"}, 1, 21),  # ddc-crc
    # 2019-20 is held only in part, so its counts are bounds: test_counts_over_a_partly_held_round_are_bounds
    ({"standard": "staff", "rating": "Requires improvement", "sector": "NPS"}, 7, 7),
])
def test_providers_exact_counts(bundled_frame, spec, count, n):
    result = run(bundled_frame, name="providers", **spec)
    assert (result.value, result.n, result.needs) == (count, n, None)
    assert result.interval == (count, count)


def test_providers_with_partly_unknown_standard_is_bounded(bundled_frame):
    # staff known for 7 NPS + hampshire = 8 of 28, all Requires improvement: between 8 and 8 + 20 = 28.
    result = run(bundled_frame, name="providers", standard="staff", rating="Requires improvement")
    assert result.value is None
    assert (result.low, result.high, result.n) == (8, 28, 8)
    assert result.needs == "staff for providers: known for 8 of 28"
    # leadership known for cumbria (Good), dtv and south-yorkshire (Outstanding): Good between 1 and 26.
    lead = run(bundled_frame, name="providers", standard="leadership", rating="Good")
    assert (lead.value, lead.low, lead.high) == (None, 1, 26)
    assert "known for 3 of 28" in lead.needs


def test_providers_cells_point_at_the_rated_rows(bundled_frame):
    cells = run(bundled_frame, name="providers", rating="Good", sector="NPS").cells
    assert len(cells) == 7
    assert ("2018-19", "nps-wales", "overall") in cells


# --- rating_gap_p_value ---------------------------------------------------------------------------------------

def test_rating_gap_p_value(bundled_frame):
    # Good or better NPS 5 of 7, CRC 1 of 21. Hypergeometric over C(28, 7) = 1,184,040 tables with 6 Good:
    # P(5) = 6 * C(22, 2) = 1386, P(6) = 22; every other count is more likely, so p = 1408 / 1184040.
    result = run(bundled_frame, name="rating_gap_p_value")
    assert result.value == pytest.approx(0.001189, abs=5e-7)
    assert result.value == pytest.approx(1408 / 1184040, rel=1e-9)
    assert result.n == 28
    assert "NPS 5 of 7, CRC 1 of 21" in result.detail


def test_rating_gap_without_ratings_for_a_sector(bundled_frame):
    # leadership: no NPS division has a known leadership rating.
    result = run(bundled_frame, name="rating_gap_p_value", domain="leadership")
    assert result.value is None and result.interval is None
    assert "NPS 0 of 7" in result.needs and "CRC 3 of 21" in result.needs


# --- date_span ------------------------------------------------------------------------------------------------

def test_date_span_partial_names_the_undated_provider(bundled_frame):
    result = run(bundled_frame, name="date_span")
    # merseyside 2018-09 (to 30 Sep) ... bgsw 2019-09-26: at least 361 days; thames-valley-crc has no date.
    assert result.value is None
    assert "thames-valley-crc" in result.needs
    assert "known for 27 of 28" in result.needs
    assert result.low == pytest.approx(361 / DAYS_PER_MONTH)
    assert math.isinf(result.high)
    assert result.n == 27


def test_date_span_nps_is_a_range_from_month_only_dates(bundled_frame):
    # SWSC 2018-11 (1-30 Nov) to south-east-eastern 2019-09 (1-30 Sep): 275 to 333 days.
    result = run(bundled_frame, name="date_span", sector="NPS")
    assert (result.value, result.needs, result.n) == (None, None, 7)
    assert result.low == pytest.approx(275 / DAYS_PER_MONTH)
    assert result.high == pytest.approx(333 / DAYS_PER_MONTH)


def test_date_span_fieldwork_start(bundled_frame):
    # 13 of 28 have fieldwork_start: merseyside 2018-06 (to 30 Jun) ... norfolk / south-east-eastern 2019-05.
    result = run(bundled_frame, name="date_span", field="fieldwork_start")
    assert result.n == 13
    assert result.low == pytest.approx(305 / DAYS_PER_MONTH)
    assert "known for 13 of 28" in result.needs and "nps-london" in result.needs


# --- share ----------------------------------------------------------------------------------------------------

def test_share_needs_kq_figures(bundled_frame):
    result = run(bundled_frame, name="share", column="kq2_1_safety", sector="CRC", weight="cases_inspected",
                 complement=True)
    assert result.value is None and result.interval is None
    assert result.needs == "kq2_1_safety for CRCs: known exactly for 0 of 21"
    assert result.n == 0


def test_share_home_visits_mentions_the_approximate_figure(bundled_frame):
    # cumbria-lancashire-crc says "1/3" (a fraction): a bound, kept out of a mean, but reported.
    result = run(bundled_frame, name="share", column="home_visit_pct", sector="CRC")
    assert result.value is None
    # Cumbria and Lancashire CRC: "only a third" of needed home visits, stored as the fraction 1/3.
    assert result.needs == ("home_visit_pct for CRCs: known exactly for 0 of 21, and only approximately for "
                            "cumbria-lancashire-crc 1/3")


def test_share_workload_one_exact_one_approximate(bundled_frame):
    # staff_workload_unmanageable_pct: essex-crc 69 exact, swm-crc 2/3 approximate.
    result = run(bundled_frame, name="share", column="staff_workload_unmanageable_pct", sector="CRC")
    assert result.value is None
    assert result.n == 1
    # Essex CRC 69 exactly; Staffordshire and West Midlands CRC "two-thirds", stored as the fraction 2/3.
    assert "known exactly for 1 of 21, and only approximately for swm-crc 2/3" in result.needs
    assert len(result.cells) == 2


def test_share_staff_caseload_unknown_everywhere(bundled_frame):
    for sector, total in (("NPS", 7), ("CRC", 21)):
        result = run(bundled_frame, name="share", column="staff_caseload_over_50_pct", sector=sector)
        assert result.value is None
        assert result.needs.endswith(f"known exactly for 0 of {total}")


# --- people_supervised_total, cases_inspected_total -----------------------------------------------------------

@pytest.mark.parametrize(("sector", "known", "total", "stated"), [
    (None, 21, 28, "204,565"),  # nps-north-west and six CRCs have no figure
    ("NPS", 6, 7, "89,000"),  # 17000 + 17000 + 19000 + 16000 + 13000 + 7000
    ("CRC", 15, 21, "115,565"),
])
def test_people_supervised_needs_every_provider(bundled_frame, sector, known, total, stated):
    spec = {"sector": sector} if sector else {}
    result = run(bundled_frame, name="people_supervised_total", **spec)
    assert result.value is None and result.interval is None
    assert f"known for {known} of {total}" in result.needs
    assert stated in result.needs
    assert result.n == known


def test_people_supervised_more_than_gives_an_open_interval(bundled_frame):
    # 2019-20 NPS: only nps-north-west, '>17000'.
    result = run(bundled_frame, name="people_supervised_total", round="2019-20", sector="NPS")
    assert result.value == 17000
    assert result.low == 17000 and math.isinf(result.high)
    assert result.interval == (17000, math.inf)
    assert "lower bound" in result.detail


def test_cases_inspected_total_unknown(bundled_frame):
    result = run(bundled_frame, name="cases_inspected_total")
    assert result.value is None
    assert result.needs == "cases_inspected for providers: known for 0 of 28"


# --- largest_gap ----------------------------------------------------------------------------------------------

def test_largest_gap_needs_key_question_figures(bundled_frame):
    result = run(bundled_frame, name="largest_gap", domain="risk")
    assert result.value is None and result.interval is None
    for column in ("kq2_1_safety", "kq2_2_safety", "kq2_3_safety", "kq2_4_safety"):
        assert column in result.needs
    assert "NPS 0 of 7, CRC 0 of 21" in result.needs


# --- MetricResult.interval ------------------------------------------------------------------------------------

@pytest.mark.parametrize(("result", "interval"), [
    (MetricResult(5, "count", ""), (5, 5)),
    (MetricResult(None, "count", ""), None),
    (MetricResult(None, "count", "", low=2, high=4), (2, 4)),
    (MetricResult(None, "count", "", low=2), (2, math.inf)),
    (MetricResult(10, "count", "", low=10, high=math.inf), (10, math.inf)),
])
def test_metric_result_interval(result, interval):
    assert result.interval == interval


def test_counts_over_a_partly_held_round_are_bounds(tmp_path):
    # HMIP rated 10 services in 2019-20 (rounds.csv, release of 3 December 2020); the data hold 8 of them, with
    # 2 Good (dtv-crc, nps-north-west). So "four Good" can only be bounded: [2, 2 + 2], never contradicted.
    from probstat.claims.metrics import run_metric
    from probstat.loader import load

    frame = load()
    good = run_metric(frame, {"name": "providers", "round": "2019-20", "rating": "Good"})
    assert (good.value, good.low, good.high) == (None, 2, 4)
    assert "HMIP rated 2 more" in good.needs
    rated = run_metric(frame, {"name": "providers", "round": "2019-20", "rated": True})
    assert (rated.low, rated.high) == (8, 10)
    # The one NPS division HMIP rated is in the data: that count is exact.
    nps = run_metric(frame, {"name": "providers", "round": "2019-20", "sector": "NPS", "rating": "Good"})
    assert (nps.value, nps.low, nps.high) == (1, None, None)
    # 2018-19 is complete: unchanged.
    assert run_metric(frame, {"name": "providers", "round": "2018-19", "rating": "Good"}).value == 6


# --- the columns each metric reads ------------------------------------------------------------------------------

def _specs_covering_every_metric():
    """Metric tables over every metric and every parameter that changes which columns are read."""
    from probstat import schema

    specs = [{"name": "providers"}, {"name": "providers", "rated": True}, {"name": "providers", "rating": "Good"},
             {"name": "providers", "sector": "CRC", "rating": "Inadequate"},
             {"name": "people_supervised_total"}, {"name": "people_supervised_total", "sector": "NPS"},
             {"name": "cases_inspected_total"}, {"name": "rating_gap_p_value"},
             {"name": "date_span"}, {"name": "date_span", "field": "fieldwork_start", "sector": "CRC"}]
    specs += [{"name": "providers", "standard": s, "rating": "Good"} for s in schema.STANDARD_COLUMNS]
    specs += [{"name": "rating_gap_p_value", "domain": s} for s in schema.STANDARD_COLUMNS]
    specs += [{"name": "largest_gap", "domain": d} for d in schema.KQ_DOMAINS]
    for column in REGISTRY["share"].params["column"].choices:
        specs += [{"name": "share", "column": column, "sector": "CRC"},
                  {"name": "share", "column": column, "weight": "cases_inspected", "complement": True}]
    return specs


@pytest.fixture(scope="module", params=["gaps", "filled"])
def dense_csv(request, tmp_path_factory):
    """SYNTHETIC providers (made-up) from the benchmark's generator, every column mostly filled, so that a column
    a metric reads but does not declare changes its result rather than staying unknown either way; 'filled'
    fills each gap with a value of the same column and sector, so the metrics' complete-data paths run too."""
    import subprocess
    import sys
    from pathlib import Path

    import pandas as pd

    path = tmp_path_factory.mktemp("dense") / "synthetic.csv"
    bench = Path(__file__).parent.parent / "bench" / "bench.py"
    subprocess.run([sys.executable, str(bench), "--generate", str(path), "600", "20191010"], check=True)
    if request.param == "filled":
        raw = pd.read_csv(path, dtype=str, keep_default_na=False)
        for column in raw.columns:
            for sector in raw["sector"].unique():
                mine = raw["sector"] == sector
                known = raw.loc[mine & (raw[column] != ""), column]
                if len(known):
                    raw.loc[mine & (raw[column] == ""), column] = known.iloc[0]
        raw.to_csv(path, index=False)
    return path


def test_specs_cover_every_metric():
    assert {s["name"] for s in _specs_covering_every_metric()} == set(REGISTRY)


@pytest.mark.slow
@pytest.mark.parametrize("spec", _specs_covering_every_metric(), ids=lambda s: "-".join(map(str, s.values())))
def test_a_metric_needs_only_the_columns_it_declares(dense_csv, spec):
    # check-claims loads only the columns the claims' metrics declare: on a frame of just those columns (and
    # the required ones) each metric must give exactly what it gives on every column.
    from probstat.claims.metrics import metric_columns

    assert check_params(spec) is None
    full = run_metric(load(dense_csv), spec)
    narrow = run_metric(load(dense_csv, columns=metric_columns(spec)), spec)
    fields = ("unit", "detail", "n", "low", "high", "needs")
    assert [getattr(narrow, f) for f in fields] == [getattr(full, f) for f in fields]
    assert narrow.value == full.value or (math.isnan(narrow.value) and math.isnan(full.value))
    assert tuple(narrow.cells) == tuple(full.cells)


def test_metric_columns_by_hand():
    from probstat.claims.metrics import metric_columns

    assert metric_columns({"name": "providers", "rating": "Good"}) == ("overall",)
    assert metric_columns({"name": "providers", "standard": "staff"}) == ("overall", "staff")
    assert metric_columns({"name": "share", "column": "home_visit_pct"}) == ("home_visit_pct",)
    assert metric_columns({"name": "share", "column": "kq2_1_safety", "weight": "cases_inspected"}) == \
        ("kq2_1_safety", "cases_inspected")
    assert metric_columns({"name": "date_span", "field": "fieldwork_start"}) == ("fieldwork_start",)
    assert metric_columns({"name": "rating_gap_p_value"}) == ("overall",)
    assert set(metric_columns({"name": "largest_gap", "domain": "risk"})) == \
        {"kq2_1_safety", "kq2_2_safety", "kq2_3_safety", "kq2_4_safety", "cases_inspected"}


def test_repeated_metric_tables_give_the_same_result_within_a_check(bundled_frame):
    from probstat.claims.metrics import analyses_cached

    spec = {"name": "providers", "round": "2018-19", "rating": "Good", "sector": "NPS"}
    with analyses_cached():
        first, again = run_metric(bundled_frame, spec), run_metric(bundled_frame, dict(spec))
    assert first is again
    assert (first.value, len(first.cells)) == (5, 7)


def test_lists_of_providers_in_explanations_name_20_then_count_the_rest(bundled_frame):
    # Synthetic: 30 made-up CRCs without a publication date, added to 2018-19. An explanation naming every one
    # of 80,000 providers was 95 KB long; it names the first 20 in order and counts the rest.
    import pandas as pd

    extra = pd.concat([bundled_frame[bundled_frame["provider_id"] == "ddc-crc"]] * 30, ignore_index=True)
    extra["provider_id"] = [f"synthetic-{i:02d}" for i in range(30)]
    extra["published"] = None
    result = run(pd.concat([bundled_frame, extra], ignore_index=True), name="date_span", round="2018-19")
    # Of the bundled 28, thames-valley-crc has no publication date in providers.csv: 31 missing, sorted by id.
    named = ", ".join(f"synthetic-{i:02d}" for i in range(20))
    assert result.needs == f"published for {named} and 11 more (known for 27 of 58)"
