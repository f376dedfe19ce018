"""Publishing with Datasette: the metadata matches the built schema, and the README's command serves
working search, facets and entry pages (started on loopback, on a free port, killed afterwards)."""

from __future__ import annotations

import json
import socket
import sqlite3
import subprocess
import sys
import time
import urllib.parse
import urllib.request
from pathlib import Path

import pytest
import yaml

from models.text_folding import fold

ROOT = Path(__file__).resolve().parent.parent
METADATA = ROOT / "packaging" / "datasette-metadata.yml"
PLUGINS = ROOT / "packaging" / "datasette_plugins"


def metadata() -> dict:
    return yaml.safe_load(METADATA.read_text(encoding="utf-8"))


def schema(db_path: Path) -> dict[str, set[str]]:
    conn = sqlite3.connect(f"{db_path.as_uri()}?mode=ro", uri=True)
    try:
        tables = [r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table', 'view')")]
        return {t: {r[1] for r in conn.execute("SELECT * FROM pragma_table_info(?)", (t,))} for t in tables}
    finally:
        conn.close()


def test_metadata_names_only_tables_and_columns_that_exist(db_path):
    tables = schema(db_path)
    described = metadata()["databases"][db_path.stem]["tables"]
    for table, meta in described.items():
        assert table in tables, f"metadata describes a table the database lacks: {table}"
        named = set(meta.get("columns", {})) | set(meta.get("facets", []))
        named |= {meta[key] for key in ("label_column", "sort", "sort_desc") if key in meta}
        missing = named - tables[table] - {"rowid"}
        assert not missing, f"{table}: metadata names columns the table lacks: {sorted(missing)}"
        if "fts_table" in meta:
            assert meta["fts_table"] in tables
    # Every table a reader sees is described; the internal ones are hidden.
    shadow = {t for t in tables if t.rsplit("_", 1)[-1] in ("config", "data", "docsize", "idx", "content")
              and t.rsplit("_", 1)[0] in tables}
    assert set(tables) - shadow == set(described)
    for internal in ("entry_text", "entry_keys", "entry_institution_keys", "entry_search", "title_search",
                     "translation_text", "translation_search"):
        assert described[internal].get("hidden") is True


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def wait_for_port(process: subprocess.Popen, port: int, timeout: float = 60.0) -> None:
    """Until the server accepts connections; fails at once if it exits first."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        try:
            socket.create_connection(("127.0.0.1", port), timeout=1).close()
            return
        except OSError:
            try:  # waits on the process, so this returns early (and fails) when it dies
                process.wait(timeout=0.1)
            except subprocess.TimeoutExpired:
                continue
            raise AssertionError(f"datasette exited with {process.returncode}: {process.stderr.read()}") from None
    raise AssertionError(f"datasette did not listen on port {port} within {timeout} s")


@pytest.fixture(scope="module")
def datasette_url(db_path):
    """The README's command, on loopback."""
    port = free_port()
    process = subprocess.Popen(
        [sys.executable, "-m", "datasette", "serve", "-i", str(db_path), "-m", str(METADATA),
         "--plugins-dir", str(PLUGINS), "-h", "127.0.0.1", "-p", str(port)],
        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True, cwd=ROOT)
    try:
        wait_for_port(process, port)
        yield f"http://127.0.0.1:{port}/{db_path.stem}"
    finally:
        process.kill()
        process.wait(timeout=30)
        process.stderr.close()


def get(url: str) -> tuple[int, str]:
    with urllib.request.urlopen(url, timeout=30) as response:
        return response.status, response.read().decode("utf-8")


def get_json(url: str) -> dict:
    status, body = get(url)
    assert status == 200
    return json.loads(body)


def entries_json(base: str, **params: str) -> dict:
    query = urllib.parse.urlencode({"_shape": "objects", "_size": "max", **params})
    return get_json(f"{base}/entries.json?{query}")


def test_search_uses_the_entries_index(datasette_url, db_path):
    everything = entries_json(datasette_url)
    found = entries_json(datasette_url, _search="akim")
    ids = {row["id"] for row in found["rows"]}
    assert 0 < found["filtered_table_rows_count"] < everything["filtered_table_rows_count"]
    assert found["filtered_table_rows_count"] == len(ids)
    # The right ones: every entry whose title names akims is found, and every hit mentions them
    # somewhere in its (folded) text; the index also covers keywords and institution names.
    conn = sqlite3.connect(f"{db_path.as_uri()}?mode=ro", uri=True)
    texts = {r[0]: fold(" ".join(r[1:])) for r in conn.execute(
        "SELECT e.id, t.title, t.summary, t.body, t.extra FROM entries e "
        "JOIN entry_text t ON t.entry_rowid = e.rowid")}
    titled = {r[0] for r in conn.execute("SELECT id FROM entries WHERE title LIKE '%akim%'")}
    conn.close()
    assert titled and titled <= ids
    assert all("akim" in texts[i] for i in ids)


def test_search_folds_kazakh_and_russian_spellings_like_the_app(datasette_url):
    latin = {row["id"] for row in entries_json(datasette_url, _search="akim")["rows"]}
    assert {row["id"] for row in entries_json(datasette_url, _search="әкім")["rows"]} == latin
    assert {row["id"] for row in entries_json(datasette_url, _search="Аким")["rows"]} == latin


def test_default_facets_count_the_search_results(datasette_url, db_path):
    found = entries_json(datasette_url, _search="akim")
    facets = found["facet_results"]
    assert set(facets) == {"category", "package", "year", "status"}
    by_category = {r["value"]: r for r in facets["category"]["results"]}
    expected: dict[str, int] = {}
    for row in found["rows"]:
        expected[row["category"]] = expected.get(row["category"], 0) + 1
    assert {value: r["count"] for value, r in by_category.items()} == expected
    conn = sqlite3.connect(f"{db_path.as_uri()}?mode=ro", uri=True)
    names = dict(conn.execute("SELECT id, name FROM categories"))
    conn.close()
    assert all(r["label"] == names[value] for value, r in by_category.items())  # labels, not ids
    # Clicking a facet value narrows the search.
    value = next(iter(expected))
    narrowed = entries_json(datasette_url, _search="akim", category=value)
    assert narrowed["filtered_table_rows_count"] == expected[value]


def test_entry_page(datasette_url):
    status, html = get(f"{datasette_url}/entries/rural-akim-elections")
    assert status == 200
    assert "Direct elections of rural akims" in html
    row = get_json(f"{datasette_url}/entries/rural-akim-elections.json?_shape=objects")["rows"][0]
    assert row["year"] == 2021 and row["status"] == "in-force"


def test_internal_tables_are_hidden(datasette_url):
    tables = {t["name"]: t["hidden"] for t in get_json(f"{datasette_url}.json")["tables"]}
    assert not tables["entries"] and not tables["sources"]
    assert tables["entry_text"] and tables["entry_keys"] and tables["entry_search"]


def test_the_plugin_works_from_a_copied_plugins_folder(tmp_path):
    """`datasette publish` ships the plugins folder alone: with text_folding.py copied beside it."""
    import importlib.util
    import shutil

    shutil.copy(PLUGINS / "atlas_search_folding.py", tmp_path)
    shutil.copy(ROOT / "models" / "text_folding.py", tmp_path)
    spec = importlib.util.spec_from_file_location("copied_plugin", tmp_path / "atlas_search_folding.py")
    plugin = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(plugin)
    folded = plugin.folded_query_string("_search=Мәжіліс&_sort=date&category=economy".encode())
    assert urllib.parse.parse_qs(folded.decode()) == {"_search": ["mazhilis"], "_sort": ["date"],
                                                      "category": ["economy"]}
    assert plugin.folded_query_string(b"_size=max") == b"_size=max"  # untouched without a search
