"""Building the database: validation with file:line messages, determinism, stamp, staleness."""

from __future__ import annotations

import re
import sqlite3

import pytest

from db.build.database import build_database
from db.build.database import main as build_main
from db.errors import BuildFailed
from db.freshness import is_stale


def _replace_once(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text, f"{old!r} not in {path.name}"
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


def _first_entry_file(data_copy):
    return sorted((data_copy / "entries").glob("*.toml"))[0]


def test_same_sources_give_identical_bytes(tmp_path, data_copy):
    first, second = tmp_path / "a.db", tmp_path / "b.db"
    build_database(first, data_copy)
    build_database(second, data_copy)
    assert first.read_bytes() == second.read_bytes()


def test_stamp_journal_mode_and_counts(db_path):
    conn = sqlite3.connect(db_path)
    meta = dict(conn.execute("SELECT key, value FROM meta"))
    assert re.fullmatch(r"\d{4}-\d{2}-\d{2}\+[0-9a-f]{12}", meta["data_version"])
    assert meta["data_version"].endswith(meta["content_hash"][:12])
    assert int(meta["entry_count"]) == conn.execute("SELECT count(*) FROM entries").fetchone()[0]
    assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
    conn.close()


def test_unknown_institution_names_file_and_line(tmp_path, data_copy):
    path = _first_entry_file(data_copy)
    _replace_once(path, "institutions = [", 'institutions = ["no-such-body", ')
    with pytest.raises(BuildFailed) as failure:
        build_database(tmp_path / "x.db", data_copy)
    message = "\n".join(failure.value.problems)
    assert re.search(rf"{path.name}:\d+: .*unknown institution 'no-such-body'", message)
    assert not (tmp_path / "x.db").exists()


@pytest.mark.parametrize("old, new, expected", [
    ("sources = [", 'sources = ["no-such-source", ', "unknown source 'no-such-source'"),
    ('category = "', 'category = "nonsense-', "unknown category"),
    ("related = [", 'related = ["no-such-entry", ', "unknown entry 'no-such-entry'"),
])
def test_every_reference_is_validated(tmp_path, data_copy, old, new, expected):
    path = _first_entry_file(data_copy)
    _replace_once(path, old, new)
    with pytest.raises(BuildFailed) as failure:
        build_database(tmp_path / "x.db", data_copy)
    assert any(expected in p and path.name in p for p in failure.value.problems)


def test_toml_syntax_error_reports_its_line(tmp_path, data_copy, capsys):
    path = data_copy / "taxonomy.toml"
    lines = path.read_text(encoding="utf-8").splitlines()
    lines.insert(4, "this is not = = toml")
    path.write_text("\n".join(lines), encoding="utf-8")
    assert build_main(["--data", str(data_copy), "--out", str(tmp_path / "x.db")]) == 1
    err = capsys.readouterr().err
    assert "taxonomy.toml:5: TOML syntax error" in err
    assert "Traceback" not in err


def test_stale_when_sources_change(tmp_path, data_copy):
    out = tmp_path / "r.db"
    assert is_stale(out, data_copy)  # missing
    build_database(out, data_copy)
    assert not is_stale(out, data_copy)
    _replace_once(data_copy / "meta.toml", "data_as_of", "# touched\ndata_as_of")
    assert is_stale(out, data_copy)


def test_frozen_layout_without_sources_is_never_stale(tmp_path, db_path):
    assert not is_stale(db_path, tmp_path / "no-data-here")


def test_freshness_hash_covers_every_file_of_the_build_package(tmp_path, data_copy):
    """No hand-kept module list: a new module in the build package changes the hash."""
    import shutil

    from db.freshness import BUILD_PACKAGE, content_hash

    package = tmp_path / "build"
    shutil.copytree(BUILD_PACKAGE, package, ignore=shutil.ignore_patterns("__pycache__"))
    before = content_hash(data_copy, package)
    assert content_hash(data_copy, package) == before
    (package / "new_section.py").write_text("def load(data_dir, refs, problems):\n    return None\n")
    assert content_hash(data_copy, package) != before


def test_freshness_hash_follows_the_models_the_build_imports():
    from db.freshness import BUILD_PACKAGE, _models_used

    used = _models_used(sorted(BUILD_PACKAGE.rglob("*.py")))
    # text_folding shapes the search index; entry, powers and indicators give statuses and kinds.
    assert {"models.text_folding", "models.entry", "models.power_balance", "models.indicators"} <= set(used)
    assert "models.search" not in used
