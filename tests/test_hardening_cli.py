"""Hostile input to the command line: one clear line and a non-zero exit, never a traceback.

Each test is a case from the fault-injection pass of issue 11 that used to end in a traceback,
a silent wrong answer, or control characters on the terminal.
"""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import ROOT, cli_json, one_clear_line, run_cli
from hostile_db import ENTRY, crafted, damaged_index, damaged_index_structure


def _bytes_arg(raw: bytes) -> str:
    """An argument as the shell passes undecodable bytes: Python sees surrogate escapes, and
    subprocess turns them back into the same bytes."""
    return os.fsdecode(raw)


# -- query nesting ---------------------------------------------------------------------------------

@pytest.mark.parametrize("depth", [21, 250, 300, 499, 5000])
def test_deeply_nested_parentheses_are_searched_as_words(db_path, depth):
    query = "(" * depth + "akim" + ")" * depth
    result = run_cli("search", query, "--json", db=db_path)
    data = cli_json(result)
    assert "Traceback" not in result.stderr
    if depth < 490:  # longer input is cut at 500 characters, the word with it
        assert data["total"] > 0 and "not understood" in data["notice"]


@pytest.mark.parametrize("depth", range(1, 700, 23))
def test_the_compiler_survives_any_nesting_and_operator_chains(atlas, depth):
    from models.search import SearchQuery
    for text in ("(" * depth + "akim", "(" * depth + "akim" + ")" * depth, "akim " + "NOT x " * depth,
                 "(akim OR " * depth + "senate" + ")" * depth, "a AND (" * depth):
        atlas.search(SearchQuery(text=text))  # no RecursionError, no FTS5 "expression tree too large"
        atlas.search(SearchQuery(text=text, typing=True))


def test_nesting_within_the_limit_is_still_honoured(atlas):
    from models.search import MAX_NESTING, SearchQuery
    nested = "(" * MAX_NESTING + "akim OR senate" + ")" * MAX_NESTING
    results = atlas.search(SearchQuery(text=nested))
    assert results.notice == "" and results.total == atlas.search(SearchQuery(text="akim OR senate")).total


# -- arguments that are not text --------------------------------------------------------------------

@pytest.mark.parametrize("args, named", [
    (["show", _bytes_arg(b"death\xff")], "entry id"),
    (["search", _bytes_arg(b"\xff\xfeakim")], "query"),
    (["search", "akim", "--package", _bytes_arg(b"first\xff")], "--package"),
    (["search", "akim", "--institution", _bytes_arg(b"\xc3\x28")], "--institution"),
    (["search", "akim", "--category", _bytes_arg(b"\xed\xa0\x80")], "--category"),
    (["indicators", _bytes_arg(b"gdp\xff")], "indicator id"),
    (["powers", "--at", _bytes_arg(b"2022\xff")], "--at"),
    (["powers", "--institution", _bytes_arg(b"senate\xff")], "--institution"),
    (["print", _bytes_arg(b"x\xff"), "--pdf", "out.pdf"], "entry ids"),
])
def test_invalid_utf8_arguments_are_one_clear_line(db_path, args, named):
    line = one_clear_line(run_cli(*args, db=db_path))
    assert named in line and "not valid UTF-8" in line and "\\x" in line


def test_a_file_name_may_be_any_bytes(db_path, tmp_path):
    """Paths are not text: a PDF name with a Latin-1 byte is written, and its name printed."""
    target = os.fsencode(tmp_path) + b"/r\xe9sum\xe9.pdf"
    result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db_path), "print", ENTRY,
                             "--pdf", target], capture_output=True, cwd=ROOT, timeout=120)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith(target + b": 1 entry")
    assert sorted(os.listdir(os.fsencode(tmp_path))) == [b"r\xe9sum\xe9.pdf"]  # no stray temporary


# -- output that cannot be written ------------------------------------------------------------------

@pytest.mark.parametrize("args", [["search", "akim"], ["show", ENTRY, "--json"], ["indicators", "--csv"],
                                  ["powers", "--json"], ["--version"], ["--help"], ["check"]])
def test_stdout_that_cannot_be_written_is_an_error(db_path, args):
    """The GNU rule: `> /dev/full` must not look like success."""
    with open("/dev/full", "w") as full:
        result = subprocess.run([sys.executable, str(ROOT / "main.py"), "--db", str(db_path), *args],
                                stdout=full, stderr=subprocess.PIPE, text=True, cwd=ROOT, timeout=120)
    line = one_clear_line(result)
    assert line == "error: cannot write the output: No space left on device"


def test_a_closed_pipe_is_still_quiet(db_path):
    reader = subprocess.Popen([sys.executable, str(ROOT / "main.py"), "--db", str(db_path), "indicators", "--csv"],
                              stdout=subprocess.PIPE, stderr=subprocess.PIPE, cwd=ROOT)
    reader.stdout.read(10)
    reader.stdout.close()
    assert reader.wait(timeout=60) == 0
    with reader.stderr:
        assert reader.stderr.read() == b""


# -- damaged search index -----------------------------------------------------------------------------

@pytest.mark.parametrize("damage", [damaged_index, damaged_index_structure])
def test_a_damaged_search_index_is_one_line_suggesting_a_rebuild(db_path, tmp_path, damage):
    broken = damage(db_path, tmp_path)
    for args in (["search", "akim"], ["search", "death", "--json"]):
        line = one_clear_line(run_cli(*args, db=broken))
        assert "search index" in line and "damaged" in line and "db.build" in line and "reinstall" in line
    result = run_cli("check", db=broken)
    assert result.returncode == 1 and "Traceback" not in result.stderr and "search index" in result.stderr


def test_other_database_errors_are_one_line_too(db_path, tmp_path):
    """Damage outside the index (a table's pages): whatever command meets it says so in one line."""
    broken = crafted(db_path, tmp_path, "DROP TABLE entry_figures")
    line = one_clear_line(run_cli("show", ENTRY, db=broken))
    assert "database" in line and ("rebuild" in line or "damaged" in line)


# -- newer schema ------------------------------------------------------------------------------------

@pytest.mark.parametrize("args", [["show", ENTRY], ["search", "akim"], ["check"], ["powers"], ["indicators"]])
def test_a_database_from_a_newer_schema_is_refused(db_path, tmp_path, args):
    newer = crafted(db_path, tmp_path, "UPDATE meta SET value = '7' WHERE key = 'schema_version'")
    line = one_clear_line(run_cli(*args, db=newer))
    assert "schema version 7" in line and "version 1" in line and "newer" in line


def test_the_window_refuses_a_newer_database_too(db_path, tmp_path):
    from db.errors import DatabaseTooNew
    from ui.shell.app import open_database
    newer = crafted(db_path, tmp_path, "UPDATE meta SET value = '2' WHERE key = 'schema_version'")
    with pytest.raises(DatabaseTooNew, match="schema version 2"):
        open_database(str(newer))


# -- NULL and impossible values --------------------------------------------------------------------

BAD_VALUES = (f"UPDATE entries SET title = NULL, date = '2021-13-45', summary = NULL, body = NULL, "
              f"status = 'abolished', confidence = NULL, source_note = NULL WHERE id = '{ENTRY}'",
              "UPDATE sources SET title = NULL, date = '2020-02-30' WHERE id = "
              f"(SELECT source_id FROM entry_sources WHERE entry_id = '{ENTRY}' LIMIT 1)")


def test_check_reports_null_and_impossible_values(db_path, tmp_path):
    bad = crafted(db_path, tmp_path, *BAD_VALUES)
    result = run_cli("check", db=bad)
    assert result.returncode == 1 and "Traceback" not in result.stderr
    for fragment in (f"entries {ENTRY}: title is missing", f"entries {ENTRY}: summary is missing",
                     f"entries {ENTRY}: date '2021-13-45' is not a possible date",
                     f"entries {ENTRY}: status 'abolished' is not one of",
                     f"entries {ENTRY}: confidence is missing", "title is missing",
                     "date '2020-02-30' is not a possible date"):
        assert fragment in result.stderr, fragment


def test_commands_show_unknown_for_bad_values(db_path, tmp_path):
    bad = crafted(db_path, tmp_path, *BAD_VALUES)
    result = run_cli("show", ENTRY, db=bad)
    assert result.returncode == 0, result.stderr
    assert result.stdout.startswith("unknown\n") and "date unknown" in result.stdout
    data = cli_json(run_cli("show", ENTRY, "--json", db=bad))
    assert data["title"] == "unknown" and data["summary"] == "unknown"
    # an impossible date is given the way an unknown one is: no date, precision "unknown"
    assert data["date"] is None and data["date_precision"] == "unknown"
    result = run_cli("search", "death penalty", db=bad)
    assert result.returncode == 0, result.stderr
    assert f"unknown  [{ENTRY}]" in result.stdout and "date unknown" in result.stdout


def test_the_reading_pane_and_citation_survive_bad_values(db_path, tmp_path):
    from db.atlas import Atlas
    from models.citation import entry_citation
    from ui.entry.entry_html import entry_page_html
    from ui.paper.entry_print import entry_print_html
    bad = crafted(db_path, tmp_path, *BAD_VALUES)
    atlas = Atlas(bad)
    try:
        entry = atlas.entry(ENTRY)
        assert entry.title == "unknown" and entry.year is None
        assert "date unknown" in entry_page_html(entry)
        assert "date unknown" in entry_print_html(entry, "v", dt.date.today())
        # the citation names the atlas entry and the access date, not the entry's own date
        assert entry_citation(entry, "Atlas", "v").startswith("\u201cunknown\u201d. In Atlas")
    finally:
        atlas.close()


NULLS_EVERYWHERE = (
    "UPDATE powers SET detail = NULL, valid_from = '2022-02-31', confidence = NULL WHERE rowid % 3 = 0",
    "UPDATE indicators SET name = NULL, unit = NULL, parts = NULL WHERE id = 'gdp-growth'",
    "UPDATE indicator_points SET value = NULL, kind = NULL WHERE indicator_id = 'inflation'",
    "UPDATE institutions SET name = NULL, short = NULL WHERE id = 'senate'",
    "UPDATE sources SET title = NULL, publisher = NULL",
    "UPDATE entry_figures SET label = NULL, before = NULL",
    *BAD_VALUES,
)


@pytest.mark.parametrize("args", [
    ["powers"], ["powers", "--json"], ["powers", "--institution", "senate"],
    ["powers", "--diff", "2019-01-01", "2024-01-01"], ["indicators"], ["indicators", "gdp-growth"],
    ["indicators", "inflation"], ["indicators", "--csv"], ["indicators", "inflation", "--json"],
    ["show", ENTRY], ["show", ENTRY, "--json"], ["search", "senate"], ["search", "", "--json"],
])
def test_every_command_copes_with_nulls_everywhere(db_path, tmp_path, args):
    bad = crafted(db_path, tmp_path, *NULLS_EVERYWHERE)
    result = run_cli(*args, db=bad)
    assert result.returncode == 0 and result.stderr == "", result.stderr


# -- --version and the file commands read ----------------------------------------------------------

def test_version_describes_the_file_commands_read(db_path, tmp_path, monkeypatch):
    """A stale bundled database whose folder cannot be written: commands rebuild into the user
    cache and read that copy; --version must report the copy's data version, not the stale one's.
    (In-process, with the folder's refusal simulated: root may write into any folder.)"""
    from cli.version import version_text
    from db import location
    from db.atlas import Atlas
    from db.errors import AtlasError
    from models import paths
    resources = tmp_path / "resources"
    resources.mkdir()
    stale = crafted(db_path, resources, "UPDATE meta SET value = 'stale' WHERE key = 'content_hash'",
                    "UPDATE meta SET value = 'old-data-version' WHERE key = 'data_version'", name="reforms.db")
    monkeypatch.setattr(paths, "bundled_database_path", lambda: stale)
    monkeypatch.delenv(paths.DB_ENV, raising=False)
    real_build = location.ensure_built

    def read_only_bundle(path, *args):
        if Path(path) == stale:
            raise AtlasError(f"cannot write the database {path}: Read-only file system")
        return real_build(path, *args)
    monkeypatch.setattr(location, "ensure_built", read_only_bundle)
    monkeypatch.setattr(location.os, "access", lambda path, mode: Path(path) != resources)
    assert "old-data-version" in version_text(None) or "unknown" in version_text(None)  # nothing built yet
    used = location.resolve_database(None)
    assert used != stale and used.is_file()
    atlas = Atlas(used)
    try:
        assert atlas.data_version != "old-data-version"
        assert version_text(None).endswith(f"(data version {atlas.data_version})")
    finally:
        atlas.close()


# -- control characters from the data ------------------------------------------------------------

ESCAPES = ("\x1b[2J", "\x1b]0;pwned\x07", "\x9b31m", "\x07", "\x00", "\x08", "\x7f", "\x1bc")


def test_control_characters_never_reach_the_terminal(db_path, tmp_path):
    evil = "".join(ESCAPES)
    sql = (f"UPDATE entries SET title = 'Evil{evil}title', summary = 'sum{evil}mary', "
           f"body = 'bo{evil}dy' WHERE id = '{ENTRY}'")
    conn_sql = sql.replace("\x00", "")  # SQLite text stops at NUL in a literal; the rest is enough
    bad = crafted(db_path, tmp_path, conn_sql,
                  f"UPDATE indicators SET name = 'GDP{evil.replace(chr(0), '')}' WHERE id = 'gdp-growth'")
    outputs = [run_cli(*args, db=bad) for args in (["show", ENTRY], ["search", "death penalty"],
                                                     ["indicators"], ["indicators", "gdp-growth"])]
    for result in outputs:
        assert result.returncode == 0, result.stderr
        assert not any(c in result.stdout for c in "\x1b\x07\x08\x7f\x9b"), repr(result.stdout[:200])
    assert "Eviltitle" in outputs[0].stdout and "summary" in outputs[0].stdout
    # check names bad values on stderr; those lines are cleaned too, as are error messages
    checked = run_cli("check", db=crafted(db_path, tmp_path, f"UPDATE entries SET date = 'x{evil.replace(chr(0), '')}' "
                                                               f"WHERE id = '{ENTRY}'", name="evil-date.db"))
    assert checked.returncode == 1 and "is not a possible date" in checked.stderr
    assert not any(c in checked.stderr for c in "\x1b\x07\x08\x7f\x9b")
    missing = run_cli("show", "\x1b]0;pwned\x07nope", db=db_path)
    assert missing.returncode == 2 and "\x1b" not in missing.stderr and "nope" in missing.stderr
    # JSON keeps the data, escaped: nothing raw for a terminal to act on, the same string when parsed.
    result = run_cli("show", ENTRY, "--json", db=bad)
    assert "\x1b" not in result.stdout and "\x9b" not in result.stdout and "\\u009b" in result.stdout
    assert json.loads(result.stdout)["title"].startswith("Evil\x1b[2J")


def test_clean_strips_sequences_and_keeps_text():
    from cli.terminal import clean
    assert clean("a\x1b[1;31mred\x1b[0m b\tc\nd") == "ared b\tc\nd"
    assert clean("Мажилис \x9b2J\x1b]8;;http://x\x1b\\link") == "Мажилис link"
    assert clean("«quoted» — 2022") == "«quoted» — 2022"


# -- unknown filter values --------------------------------------------------------------------------

@pytest.mark.parametrize("option, valid", [("--category", "democratic-participation"),
                                           ("--package", "first-package"), ("--institution", "senate")])
def test_unknown_filter_values_list_the_valid_ones(db_path, option, valid):
    line = one_clear_line(run_cli("search", "akim", option, "no-such-value", db=db_path))
    assert f"unknown {option[2:]} 'no-such-value'" in line and valid in line
    assert run_cli("search", "akim", option, valid, db=db_path).returncode == 0
