"""The command line as scripts use it: output shapes, errors as one line, hostile input."""

from __future__ import annotations

import pytest
from conftest import cli_json, one_clear_line, run_cli


def test_search_json_shape(db_path):
    data = cli_json(run_cli("search", "referendum", "--json", db=db_path))
    assert set(data) >= {"query", "total", "results"}
    assert data["query"] == "referendum" and data["total"] >= len(data["results"]) > 0
    for hit in data["results"]:
        assert set(hit) >= {"id", "title", "date", "category", "summary", "snippet"}


def test_search_filters_by_category_and_years(db_path):
    data = cli_json(run_cli("search", "", "--category", "economy", "--from", "2023", "--to", "2024",
                         "--limit", "100", "--json", db=db_path))
    assert data["total"] == len(data["results"]) > 0
    # An entry whose date is unknown is filtered by its sort year (docs/data-format.md) and says so.
    assert all(h["category"] == "economy" and (2023 <= int(h["date"][:4]) <= 2024 if h["date"] else
                                               h["date_precision"] == "unknown") for h in data["results"])


def test_empty_query_lists_newest_first(db_path):
    data = cli_json(run_cli("search", "", "--limit", "100", "--json", db=db_path))
    dates = [h["date"] for h in data["results"] if h["date"]]  # unknown dates sort by their sort year
    padded = [(d + "-01-01")[:10] if len(d) == 4 else (d + "-01")[:10] for d in dates]
    assert padded == sorted(padded, reverse=True)


HOSTILE = ['"unbalanced', "AND", "OR", "NOT", "NEAR", "a OR", "*", "col:val", "x" * 20000,
           "tab\there\x01\x02", "😀 🇰🇿 Қазақстан", "'; DROP TABLE entries; --", "1=1 OR 1=1",
           "((((", ")", "^", "title:*", "NEAR(a b", '""', "   "]


@pytest.mark.parametrize("text", HOSTILE)
def test_hostile_queries_never_fail(db_path, text):
    data = cli_json(run_cli("search", text, "--json", db=db_path))
    assert isinstance(data["total"], int)


def test_dash_words_after_double_dash(db_path):
    data = cli_json(run_cli("search", "--json", "--", "-x", db=db_path))
    assert data["total"] >= 0


def test_show_json_has_everything(db_path):
    data = cli_json(run_cli("show", "death-penalty-abolished", "--json", db=db_path))
    assert data["id"] == "death-penalty-abolished"
    assert data["sources"] and all(s["citation"] for s in data["sources"])
    assert {"figures", "institutions", "related", "source_note", "status", "data_version"} <= set(data)


def test_show_text(db_path):
    result = run_cli("show", "death-penalty-abolished", db=db_path)
    assert result.returncode == 0 and "Sources" in result.stdout


def test_check_passes_on_the_bundled_build(db_path):
    result = run_cli("check", db=db_path)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("ok:")


@pytest.mark.parametrize("args, fragment", [
    (("show", "no-such-entry"), "no entry with id 'no-such-entry'"),
    (("search", "x", "--from", "20x"), "is not a year"),
    (("search", "x", "--from", "2024", "--to", "2020"), "is after"),
    (("search", "x", "--limit", "0"), "not a number"),
    (("search", "x", "--category", "sport"), "unknown category 'sport'"),
    (("frobnicate",), "invalid choice"),
])
def test_errors_areone_clear_line(db_path, args, fragment):
    line = one_clear_line(run_cli(*args, db=db_path))
    assert fragment in line


def test_missing_database_is_reported_and_never_created(tmp_path):
    missing = tmp_path / "nowhere.db"
    line = one_clear_line(run_cli("check", db=missing))
    assert "not found" in line
    assert not missing.exists()


@pytest.mark.parametrize("content, fragment", [
    (b"", "empty"),
    (b"this is not sqlite at all" * 100, "damaged"),
])
def test_corrupt_databases_are_reported(tmp_path, content, fragment):
    bad = tmp_path / "bad.db"
    bad.write_bytes(content)
    line = one_clear_line(run_cli("search", "x", db=bad))
    assert fragment in line
    assert bad.read_bytes() == content


def test_truncated_database_is_reported(tmp_path, db_path):
    bad = tmp_path / "truncated.db"
    bad.write_bytes(db_path.read_bytes()[: 3 * 4096])
    result = run_cli("check", db=bad)
    assert result.returncode != 0 and "Traceback" not in result.stderr


def test_foreign_sqlite_file_is_not_an_atlas(tmp_path):
    import sqlite3
    other = tmp_path / "other.db"
    conn = sqlite3.connect(other)
    conn.execute("CREATE TABLE t (x)")
    conn.commit()
    conn.close()
    assert "not an atlas database" in one_clear_line(run_cli("check", db=other))


@pytest.mark.parametrize("argv, expected_db", [([], None), (["--db", "x.db"], "x.db"), (["--db=y.db"], "y.db")])
def test_window_launch_arguments_skip_the_command_parser(argv, expected_db):
    from cli.main import _window_args
    args = _window_args(argv)
    assert args is not None and args.db == expected_db and args.command is None


@pytest.mark.parametrize("argv", [["search", "x"], ["--db"], ["--version"], ["--db", "x", "check"], ["-h"]])
def test_anything_else_goes_through_the_full_parser(argv):
    from cli.main import _window_args
    assert _window_args(argv) is None


def test_check_finds_a_dangling_indicator_source(tmp_path, db_path):
    import shutil
    import sqlite3
    broken = tmp_path / "broken.db"
    shutil.copy(db_path, broken)
    conn = sqlite3.connect(broken)
    conn.execute("UPDATE indicator_points SET source_id = 'no-such-source' WHERE rowid = 1")
    conn.commit()
    conn.close()
    result = run_cli("check", db=broken)
    assert result.returncode == 1
    assert "indicator point cites an unknown source" in result.stderr

