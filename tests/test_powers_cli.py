"""`powers` on the command line: JSON shapes, the done-when diffs, one-line errors."""

from __future__ import annotations

import datetime as dt

import pytest
from conftest import cli_json, one_clear_line, run_cli

POWER_KEYS = {"id", "holder", "target", "relation", "detail", "valid_from", "valid_to", "entry",
              "introduced_by", "ended_by", "sources", "disputed_by", "confidence", "note"}




def _assert_sourced(power):
    assert set(power) >= POWER_KEYS
    assert power["sources"] and all(s["id"] and s["citation"] for s in power["sources"])


@pytest.mark.parametrize("first, second", [("2021-12-31", "2023-06-30"), ("2023-06-30", "2026-08-01")])
def test_diff_json_lists_changes_with_sources(db_path, first, second):
    data = cli_json(run_cli("powers", "--diff", first, second, "--json", db=db_path))
    assert data["from"] == first and data["to"] == second
    assert {"gained", "lost", "changed", "unclear"} <= set(data)
    assert data["gained"] and data["lost"] and data["changed"]
    for power in data["gained"] + data["lost"]:
        _assert_sourced(power)
    for change in data["changed"]:
        assert change["what"]
        _assert_sourced(change["before"])
        _assert_sourced(change["after"])
    for item in data["unclear"]:
        assert item["reason"]
        _assert_sourced(item["power"])


def test_diff_2022_shows_the_senate_quota_cut(db_path):
    data = cli_json(run_cli("powers", "--diff", "2021-12-31", "2023-06-30", "--institution", "senate",
                         "--json", db=db_path))
    change = next(c for c in data["changed"] if c["after"]["id"] == "president-appoints-senators-10")
    assert change["before"]["count"] == 15 and change["after"]["count"] == 10
    assert change["after"]["entry"] == "senate-presidential-quota"
    assert all("senate" in (p["holder"], p["target"]) for p in data["gained"] + data["lost"])


def test_state_json_for_one_institution_with_tally(db_path):
    data = cli_json(run_cli("powers", "--at", "2020-06-01", "--institution", "regional-akims", "--json", db=db_path))
    assert data["date"] == "2020-06-01" and data["count"] == len(data["relations"]) > 0
    appoint = next(p for p in data["relations"] if p["relation"] == "appoints")
    assert appoint["holder"] == "president" and "Prime Minister" in appoint["detail"]
    assert data["tally"]["subject_to"]["appoints"] == 1
    assert any("not a measure of strength" in line for line in data["tally"]["explanation"])


def test_default_date_is_today(db_path):
    data = cli_json(run_cli("powers", "--json", db=db_path))
    assert data["date"] == dt.date.today().isoformat()
    assert any(p["holder"] == "kurultai" for p in data["relations"]) == (data["date"] >= "2026-07-01")


def test_text_output_lists_sources_with_citations(db_path):
    result = run_cli("powers", "--diff", "2023-06-30", "2026-08-01", db=db_path)
    assert result.returncode == 0, result.stderr
    assert "Gained" in result.stdout and "Lost" in result.stdout and "Unclear" in result.stdout
    assert "\nSources\n" in result.stdout and "gazeta-kg-2026-02: Gazeta.kg" in result.stdout


@pytest.mark.parametrize("args, expected", [
    (("--at", "2023-13-01"), "not a valid calendar date"),
    (("--at", "30/06/2023"), "is not a date"),
    (("--diff", "2021-12-31", "soon"), "is not a date"),
    (("--at", "1990-01-01"), "outside the period"),
    (("--institution", "presidnt"), "unknown institution 'presidnt' (did you mean president"),
    (("--at", "2023-01-01", "--diff", "2021-01-01", "2022-01-01"), "either --at or --diff"),
])
def test_bad_input_getsone_clear_line(db_path, args, expected):
    line = one_clear_line(run_cli("powers", *args, db=db_path))
    assert line.startswith("error: ") and expected in line


def test_diff_reads_earlier_to_later_whichever_date_comes_first(db_path):
    """`--diff LATER EARLIER` must not report the 2022 reform's gains as losses."""
    forward = cli_json(run_cli("powers", "--diff", "2021-12-31", "2023-06-30", "--json", db=db_path))
    backward = cli_json(run_cli("powers", "--diff", "2023-06-30", "2021-12-31", "--json", db=db_path))
    assert backward["from"] == "2021-12-31" and backward["to"] == "2023-06-30"
    assert backward == forward
    assert "citizens-apply-constitutional-court" in {p["id"] for p in backward["gained"]}
    text = run_cli("powers", "--diff", "2023-06-30", "2021-12-31", db=db_path)
    assert text.returncode == 0, text.stderr
    assert text.stdout.startswith("Changes from 2021-12-31 to 2023-06-30")
    gained = text.stdout.split("\nGained")[1].split("\nLost")[0]
    assert "Constitutional Court" in gained or "Const. Court" in gained


def test_screenshot_power_options_reject_a_bad_date_in_one_line(db_path, tmp_path):
    line = one_clear_line(run_cli("screenshot", str(tmp_path / "x.png"), "--view", "powers",
                                  "--compare", "2023-13-01", db=db_path))
    assert "not a valid calendar date" in line
    assert not (tmp_path / "x.png").exists()
