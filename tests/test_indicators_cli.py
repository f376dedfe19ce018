"""`python main.py indicators [ID] [--json | --csv]` as a script would use it."""

from __future__ import annotations

import csv
import json
import tomllib

from conftest import run_cli

from db.freshness import DATA_DIR


def _ids() -> list[str]:
    meta = tomllib.loads((DATA_DIR / "indicators" / "indicators.toml").read_text(encoding="utf-8"))
    return [r["id"] for r in meta["indicator"]]


def test_json_lists_every_series(db_path):
    result = run_cli("indicators", "--json", db=db_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert [s["id"] for s in data["indicators"]] == _ids()
    assert data["count"] == len(_ids())
    assert data["data_version"]
    first = data["indicators"][0]
    assert first["unit"] and first["point_count"] > 0 and first["sources"]


def test_plain_list_names_every_series(db_path):
    result = run_cli("indicators", db=db_path)
    assert result.returncode == 0, result.stderr
    for series_id in _ids():
        assert f"  {series_id} " in result.stdout


def test_one_series_as_csv_has_a_source_column(db_path):
    result = run_cli("indicators", "middle-corridor-cargo", "--csv", db=db_path)
    assert result.returncode == 0, result.stderr
    rows = list(csv.DictReader(result.stdout.splitlines()))
    assert len(rows) == 8
    assert all(r["indicator"] == "middle-corridor-cargo" for r in rows)
    assert all(r["source"] and "https://" in r["source_citation"] for r in rows)
    target = next(r for r in rows if r["kind"] == "target")
    assert (target["year"], target["value"], target["unit"]) == ("2027", "10", "million tonnes per year")
    assert rows[0]["data_version"]


def test_all_points_as_csv(db_path):
    result = run_cli("indicators", "--csv", db=db_path)
    rows = list(csv.DictReader(result.stdout.splitlines()))
    assert {r["indicator"] for r in rows} == set(_ids())
    assert any(r["part"] == "Single-member districts" for r in rows)


def test_one_series_json_has_points_sources_and_citing_entries(db_path):
    result = run_cli("indicators", "gdp-per-capita-wb", "--json", db=db_path)
    data = json.loads(result.stdout)
    assert {(p["year"], p["kind"]) for p in data["points"]} >= {(2022, "actual"), (2023, "actual")}
    assert all(p["kind"] == "actual" for p in data["points"])  # forecasts and statements are other series
    assert all(s["url"] or s["doc_number"] for s in data["sources"])
    cited = {s["id"] for s in data["sources"]}
    assert {p["source"] for p in data["points"]} <= cited
    assert "economic-growth-2023" in {e["id"] for e in data["cited_by"]}


def test_one_series_as_text(db_path):
    result = run_cli("indicators", "shadow-economy-targets", db=db_path)
    assert result.returncode == 0
    assert "Target" in result.stdout and "[kursiv-2024-12-09-shadow-economy]" in result.stdout
    assert "Sources" in result.stdout


def test_unknown_id_is_one_clear_line(db_path):
    result = run_cli("indicators", "no-such-series", db=db_path)
    assert result.returncode == 2
    assert result.stdout == ""
    assert result.stderr.strip().splitlines() == [
        "error: no indicator series with id 'no-such-series' (run `indicators` for the list)"]


def test_json_and_csv_together_are_refused(db_path):
    result = run_cli("indicators", "--json", "--csv", db=db_path)
    assert result.returncode == 2
    assert len(result.stderr.strip().splitlines()) == 1
