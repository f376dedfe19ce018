"""Indicator series data: every point sourced, units consistent, broken sources caught with file:line."""

from __future__ import annotations

import csv
import re
import tomllib

import pytest

from db import indicator_queries
from db.build.database import build_database
from db.errors import BuildFailed, NotFound
from db.freshness import DATA_DIR
from models.indicators import POINT_KINDS, Point, decimal_year, joined_to_next, points_csv, step_path

INDICATORS = DATA_DIR / "indicators"
CATALOGUE_IDS = {
    "gdp-per-capita-wb", "gdp-per-capita-article", "gdp-growth", "inflation", "fdi-gross-nbk",
    "fdi-net-unctad", "fdi-article-claim", "shadow-economy", "middle-corridor-cargo",
    "party-registration-threshold", "mazhilis-entry-threshold", "senate-presidential-appointees",
    "mazhilis-seats-by-system", "parties-in-parliament", "rural-akims-elected",
    "constitutional-court-appeals", "referendum-turnout", "referendum-yes-share",
    "rsf-press-freedom-rank", "freedom-house-score", "cpi-rank",
    # Figures from other publishers, kept out of the official series (issue 9):
    "gdp-per-capita-2025-other", "gdp-growth-2025-other", "shadow-economy-targets",
    "shadow-economy-article", "middle-corridor-article", "kurultai-seats",
}


def _metadata() -> list[dict]:
    return tomllib.loads((INDICATORS / "indicators.toml").read_text(encoding="utf-8"))["indicator"]


def test_every_catalogue_series_is_built(atlas):
    built = {i.id for i in indicator_queries.indicators(atlas.conn)}
    assert built == CATALOGUE_IDS == {r["id"] for r in _metadata()}


def test_every_point_in_the_files_is_sourced_numeric_and_of_a_known_kind():
    sources = set(re.findall(r'^id = "([^"]+)"', (DATA_DIR / "sources.toml").read_text(encoding="utf-8"), re.M))
    for record in _metadata():
        with (INDICATORS / f"{record['id']}.csv").open(encoding="utf-8", newline="") as handle:
            rows = list(csv.DictReader(handle))
        assert rows, record["id"]
        for row in rows:
            assert row["source"] in sources, (record["id"], row)
            assert row["kind"] in POINT_KINDS, (record["id"], row)
            float(row["value"])
            assert "unit" not in row  # the unit lives once per series, in indicators.toml


def test_built_points_all_cite_existing_sources(atlas):
    dangling = atlas.conn.execute(
        "SELECT indicator_id, position, source_id FROM indicator_points "
        "WHERE source_id NOT IN (SELECT id FROM sources)").fetchall()
    assert [tuple(r) for r in dangling] == []
    empty = atlas.conn.execute("SELECT count(*) FROM indicator_points WHERE source_id = ''").fetchone()[0]
    assert empty == 0


def test_series_compared_on_one_axis_share_a_unit(atlas):
    by_group: dict[str, set[str]] = {}
    for item in indicator_queries.indicators(atlas.conn):
        if item.compare_group:
            by_group.setdefault(item.compare_group, set()).add(item.unit)
    assert by_group and all(len(units) == 1 for units in by_group.values()), by_group
    # Annual flows and the article's multi-year totals must never share an axis.
    gross = indicator_queries.indicator(atlas.conn, "fdi-gross-nbk")
    claim = indicator_queries.indicator(atlas.conn, "fdi-article-claim")
    assert gross.compare_group != claim.compare_group or not claim.compare_group


def test_key_figures(atlas):
    wb = indicator_queries.indicator(atlas.conn, "gdp-per-capita-wb")
    article = indicator_queries.indicator(atlas.conn, "gdp-per-capita-article")
    assert {(p.year, p.value) for p in wb.points if p.kind == "actual"} >= {(2022, 11255), (2023, 12919)}
    assert 2024 not in {p.year for p in wb.points}  # a gap stays a gap
    other = indicator_queries.indicator(atlas.conn, "gdp-per-capita-2025-other")
    assert {(p.part, p.kind, p.value) for p in other.points} == {
        ("imf", "forecast", 14770), ("president", "claim", 15000)}
    assert [(p.year, p.value, p.kind) for p in article.points] == [(2022, 11500, "claim"), (2023, 13300, "claim")]
    cargo = indicator_queries.indicator(atlas.conn, "middle-corridor-cargo")
    actual = [(p.year, p.value) for p in cargo.points if p.kind == "actual"]
    assert actual == [(2019, 0.759), (2020, 0.783), (2021, 0.586), (2022, 1.485), (2023, 2.764),
                      (2024, 4.484), (2025, 4.119)]
    assert [(p.year, p.value) for p in cargo.points if p.kind == "target"] == [(2027, 10)]
    growth = indicator_queries.indicator(atlas.conn, "gdp-growth-2025-other")
    assert {(p.part, p.kind, p.value) for p in growth.points} == {("edb", "forecast", 5.9), ("president", "claim", 6)}
    fdi = indicator_queries.indicator(atlas.conn, "fdi-gross-nbk")
    p2021 = next(p for p in fdi.points if p.year == 2021)
    assert "23.7" in p2021.note and "23.8" in p2021.note
    shadow = indicator_queries.indicator(atlas.conn, "shadow-economy")
    assert {(p.year, p.kind, p.value) for p in shadow.points} == {(2022, "actual", 18.78), (2023, "actual", 17.52)}
    targets = indicator_queries.indicator(atlas.conn, "shadow-economy-targets")
    assert {(p.year, p.value) for p in targets.points} == {(2023, 18.2), (2025, 15)}
    assert "action plan" in targets.name.lower() or "action plan" in targets.description.lower()
    threshold = indicator_queries.indicator(atlas.conn, "party-registration-threshold")
    assert [p.value for p in threshold.points] == [40000, 20000, 5000]
    claims = indicator_queries.indicator(atlas.conn, "fdi-article-claim")
    assert {(p.kind, p.value) for p in claims.points} == {("claim", 41.3), ("target", 150)}
    assert claims.caution


def test_official_series_hold_no_article_or_presidential_figures(atlas):
    """The article's figures and speakers' statements live in series of their own, named by publisher."""
    for item in indicator_queries.indicators(atlas.conn):
        full = indicator_queries.indicator(atlas.conn, item.id)
        cited = {p.source_id for p in full.points}
        if "article-2024" in cited:
            assert cited == {"article-2024"}, item.id
            assert "Lithuania Tribune" in full.name, full.name
        if any(p.kind == "claim" for p in full.points) and "article-2024" not in cited:
            assert full.parts, f"{item.id}: a statement mixed into a series without a named part"
    for official in ("gdp-per-capita-wb", "gdp-growth", "inflation", "shadow-economy", "middle-corridor-cargo"):
        kinds = {p.kind for p in indicator_queries.indicator(atlas.conn, official).points}
        assert kinds <= {"actual", "target"}, (official, kinds)


def test_series_of_abolished_bodies_stop_and_are_not_continued(atlas):
    for series_id in ("senate-presidential-appointees", "mazhilis-seats-by-system", "mazhilis-entry-threshold"):
        points = indicator_queries.indicator(atlas.conn, series_id).points
        assert all((p.date or str(p.year)) < "2026-07-01" for p in points), series_id
    senate = indicator_queries.indicator(atlas.conn, "senate-presidential-appointees").points
    assert senate[-1].date == "2026-06-30" and senate[-1].value == 10  # ends; never a 0 for a body that is gone
    kurultai = indicator_queries.indicator(atlas.conn, "kurultai-seats").points
    assert [(p.date, p.value) for p in kurultai] == [("2026-07-01", 145)]


def test_indexes_sit_at_the_year_they_measure(atlas):
    cpi = {p.year: p.value for p in indicator_queries.indicator(atlas.conn, "cpi-rank").points}
    assert cpi == {2024: 88, 2025: 96}  # the CPI 2025, published in February 2026, measures 2025
    rsf = {p.year: p.value for p in indicator_queries.indicator(atlas.conn, "rsf-press-freedom-rank").points}
    assert rsf[2023] == 142 and rsf[2024] == 141  # the 2024 and 2025 editions assess the year before
    fh = {p.year: p.value for p in indicator_queries.indicator(atlas.conn, "freedom-house-score").points}
    assert fh == {2023: 23, 2024: 23}


def test_claims_say_why_in_their_note(atlas):
    rows = atlas.conn.execute("SELECT indicator_id, year FROM indicator_points WHERE kind = 'claim' AND note = ''")
    assert rows.fetchall() == []


def test_entries_that_cite_a_series_are_linked_both_ways(atlas):
    # economic-growth-2023 states GDP figures with an `indicator` field.
    linked = [i.id for i in indicator_queries.series_for_entry(atlas.conn, "economic-growth-2023")]
    assert "gdp-per-capita-wb" in linked and "gdp-per-capita-article" in linked
    citing = [e.id for e in indicator_queries.citing_entries(atlas.conn, "gdp-per-capita-wb")]
    assert "economic-growth-2023" in citing
    figure_links = atlas.conn.execute(
        "SELECT DISTINCT entry_id, indicator_id FROM entry_figures WHERE indicator_id != ''").fetchall()
    stored = {tuple(r) for r in atlas.conn.execute("SELECT entry_id, indicator_id FROM indicator_entries")}
    assert figure_links and {tuple(r) for r in figure_links} <= stored
    assert indicator_queries.series_for_entry(atlas.conn, "no-such-entry") == []


def test_reform_events_come_from_the_entries(atlas):
    events = {e.entry_id: e for e in indicator_queries.reform_events(atlas.conn)}
    assert events["constitutional-referendum-2022"].date == "2022-06-05"
    assert events["constitutional-referendum-2026"].date == "2026-03-15"
    assert events["constitution-2026-in-force"].date == "2026-07-01"
    assert {"first-reform-package-2019", "fourth-reform-package-2021"} <= set(events)


def test_unknown_series_is_not_found(atlas):
    with pytest.raises(NotFound, match="no indicator series with id 'nope'"):
        indicator_queries.indicator(atlas.conn, "nope")


def test_gaps_steps_and_positions():
    points = tuple(Point(y, "", v, "actual", "s") for y, v in ((2019, 1), (2020, 2), (2022, 3), (2023, 4)))
    assert joined_to_next(points, "annual") == [True, False, True, False]
    assert joined_to_next(points, "dated") == [False, False, False, False]
    rule = tuple(Point(y, d, v, "actual", "s") for y, d, v in ((2019, "", 40), (2020, "2020-05", 20), (2022, "", 5)))
    xs, ys = step_path(rule)
    assert ys == [40, 40, 20, 20, 5] and xs[0] == 2019.0 and xs[-1] == 2022.0
    assert decimal_year(2022, "2022-07-02") == pytest.approx(2022.5, abs=0.01)
    assert decimal_year(2022) == 2022.0


def test_csv_export_has_sources_and_data_version(atlas):
    item = indicator_queries.indicator(atlas.conn, "middle-corridor-cargo")
    text = points_csv([item], indicator_queries.sources_for(atlas.conn, [item]), atlas.data_version)
    rows = list(csv.DictReader(text.splitlines()))
    assert len(rows) == len(item.points)
    assert all(r["source"] and r["source_citation"] and r["data_version"] == atlas.data_version for r in rows)
    assert {r["value"] for r in rows if r["year"] == "2027"} == {"10"}


# -- validation: each broken file names its line ------------------------------------------------

def _replace_once(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _problems(tmp_path, data_copy) -> str:
    with pytest.raises(BuildFailed) as failure:
        build_database(tmp_path / "x.db", data_copy)
    return "\n".join(failure.value.problems)


@pytest.mark.parametrize("file, old, new, expected", [
    ("inflation.csv", "2019,,5.3,actual,world-bank-wdi,", "2019,,5.3,actual,,",
     r"inflation\.csv:6: point has no source"),
    ("inflation.csv", "2019,,5.3,actual,world-bank-wdi,", "2019,,5.3,actual,no-such-source,",
     r"inflation\.csv:6: unknown source 'no-such-source'"),
    ("inflation.csv", "2019,,5.3,actual,", "2019,,5.3,guess,",
     r"inflation\.csv:6: kind 'guess' is not one of"),
    ("inflation.csv", "2019,,5.3,", "2019,,about 5,",
     r"inflation\.csv:6: value 'about 5' is not a number"),
    ("inflation.csv", "2019,,5.3,", "2018,,5.3,",
     r"inflation\.csv:6: duplicate actual point for 2018 \(first on line 5\)"),
    ("inflation.csv", "2019,,5.3,", "2019,2020-01,5.3,",
     r"inflation\.csv:6: date '2020-01' is not a YYYY\[-MM\[-DD\]\] date in year 2019"),
    ("inflation.csv", "year,date,value,kind,source,note", "year,date,value,unit,kind,source,note",
     r"inflation\.csv:1: unknown column\(s\): unit"),
    ("gdp-per-capita-article.csv", '2022,,11500,claim,article-2024,"Starting',
     '2022,,11500,claim,article-2024,\n2021,,1,actual,article-2024,"x',
     r"gdp-per-capita-article\.csv:2: a claim point needs a note"),
])
def test_broken_points_are_reported_with_file_and_line(tmp_path, data_copy, file, old, new, expected):
    _replace_once(data_copy / "indicators" / file, old, new)
    assert re.search(expected, _problems(tmp_path, data_copy))
    assert not (tmp_path / "x.db").exists()


@pytest.mark.parametrize("old, new, expected", [
    ('unit = "% per year"\ndescription = """Annual inflation', 'unit = "percent"\ndescription = """Annual inflation',
     r"indicators\.toml:\d+: inflation: unit 'percent' differs from '% per year' of gdp-growth"),
    ('related = ["shadow-economy-reduction"]', 'related = ["no-such-entry"]',
     r"indicators\.toml:\d+: shadow-economy: unknown entry 'no-such-entry'"),
    ('sources = ["shepherdgazette-2022-04-06-nbk-fdi", "trend-2023-06-04-fdi"]',
     'sources = ["shepherdgazette-2022-04-06-nbk-fdi", "nowhere"]',
     r"indicators\.toml:\d+: fdi-gross-nbk: unknown source 'nowhere'"),
    ('series_kind = "rule"', 'series_kind = "wiggly"', r"series_kind must be one of annual, rule, dated"),
    ('compare_with = "gdp-per-capita-article"', 'compare_with = "inflation"',
     r"gdp-per-capita-wb: compare_with 'inflation' must be another series of the same compare_group"),
    ('sources = ["world-bank-wdi"]\ncompare_group = "percent-per-year"\nlog_scale_ok = false',
     'sources = ["world-bank-wdi"]\ncompare_group = "percent-per-year"\nlog_scale_ok = true',
     r"gdp-growth: log_scale_ok needs every value above zero"),
])
def test_broken_metadata_is_reported(tmp_path, data_copy, old, new, expected):
    _replace_once(data_copy / "indicators" / "indicators.toml", old, new)
    assert re.search(expected, _problems(tmp_path, data_copy))


def test_a_points_file_without_metadata_and_a_series_without_points(tmp_path, data_copy):
    (data_copy / "indicators" / "stray-series.csv").write_text("year,date,value,kind,source,note\n", encoding="utf-8")
    (data_copy / "indicators" / "cpi-rank.csv").unlink()
    message = _problems(tmp_path, data_copy)
    assert re.search(r"stray-series\.csv:1: no \[\[indicator\]\] with id 'stray-series'", message)
    assert re.search(r"cpi-rank\.csv:1: cpi-rank: no points file", message)


def test_an_entry_figure_naming_an_unknown_series_fails(tmp_path, data_copy):
    path = next(p for p in sorted((data_copy / "entries").glob("*.toml"))
                if 'indicator = "gdp-growth"' in p.read_text(encoding="utf-8"))
    _replace_once(path, 'indicator = "gdp-growth"', 'indicator = "gdp-growht"')
    assert re.search(rf"{path.name}:\d+: .*unknown indicator 'gdp-growht'", _problems(tmp_path, data_copy))
