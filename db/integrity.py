"""Self-test of a built database: schema, version stamp, search index, every citation resolves."""

from __future__ import annotations

import sqlite3

from db.connection import SCHEMA_VERSION
from db.value_checks import value_problems

# (description, SQL returning offending rows) — each must return nothing in a sound database.
_DANGLING = (
    ("entry cites an unknown source",
     "SELECT entry_id, source_id FROM entry_sources WHERE source_id NOT IN (SELECT id FROM sources)"),
    ("figure cites an unknown source",
     "SELECT entry_id, source_id FROM entry_figures WHERE source_id NOT IN (SELECT id FROM sources)"),
    ("entry without any source",
     "SELECT id FROM entries WHERE id NOT IN (SELECT entry_id FROM entry_sources)"),
    ("related entry does not exist",
     "SELECT entry_id, related_id FROM entry_related WHERE related_id NOT IN (SELECT id FROM entries)"),
    ("superseding entry does not exist",
     "SELECT id, superseded_by FROM entries WHERE superseded_by != '' "
     "AND superseded_by NOT IN (SELECT id FROM entries)"),
    ("entry names an unknown institution",
     "SELECT entry_id, institution_id FROM entry_institutions "
     "WHERE institution_id NOT IN (SELECT id FROM institutions)"),
    ("entry has an unknown category",
     "SELECT id, category FROM entries WHERE category NOT IN (SELECT id FROM categories)"),
    ("power cites an unknown source",
     "SELECT power_id, source_id FROM power_sources WHERE source_id NOT IN (SELECT id FROM sources)"),
    ("power without any source",
     "SELECT id FROM powers WHERE id NOT IN (SELECT power_id FROM power_sources WHERE role = 'supports')"),
    ("power names an unknown institution or entry",
     "SELECT id FROM powers WHERE holder_id NOT IN (SELECT id FROM institutions) "
     "OR target_id NOT IN (SELECT id FROM institutions) "
     "OR (introduced_by != '' AND introduced_by NOT IN (SELECT id FROM entries)) "
     "OR (ended_by != '' AND ended_by NOT IN (SELECT id FROM entries))"),
    ("indicator point cites an unknown source",
     "SELECT indicator_id, year, source_id FROM indicator_points "
     "WHERE source_id NOT IN (SELECT id FROM sources)"),
    ("indicator links an unknown entry",
     "SELECT indicator_id, entry_id FROM indicator_entries WHERE entry_id NOT IN (SELECT id FROM entries)"),
    ("assessment names an unknown entry",
     "SELECT entry_id, position FROM assessments WHERE entry_id NOT IN (SELECT id FROM entries)"),
    ("assessment cites an unknown source",
     "SELECT a.entry_id, j.value FROM assessments a, json_each(a.sources) j "
     "WHERE j.value NOT IN (SELECT id FROM sources)"),
    ("source has neither an address nor a document number",
     "SELECT id FROM sources WHERE trim(coalesce(url, '')) = '' AND trim(coalesce(doc_number, '')) = ''"),
    ("translation of an unknown entry",
     "SELECT lang, id, field FROM translations WHERE kind = 'entries' AND id NOT IN (SELECT id FROM entries)"),
    ("figure names an unknown indicator series",
     "SELECT entry_id, indicator_id FROM entry_figures "
     "WHERE indicator_id != '' AND indicator_id NOT IN (SELECT id FROM indicators)"),
)


def check(conn: sqlite3.Connection) -> list[str]:
    problems: list[str] = []
    try:
        result = conn.execute("PRAGMA integrity_check").fetchone()[0]
        if result != "ok":
            problems.append(f"SQLite integrity check: {result}")
        meta = {r[0]: r[1] for r in conn.execute("SELECT key, value FROM meta")}
        for key in ("schema_version", "data_version", "content_hash", "data_as_of"):
            if not meta.get(key):
                problems.append(f"version stamp lacks '{key}'")
        if meta.get("schema_version") != str(SCHEMA_VERSION):
            problems.append(f"schema version {meta.get('schema_version')} (this app reads {SCHEMA_VERSION})")
        entries = conn.execute("SELECT count(*) FROM entries").fetchone()[0]
        if entries == 0:
            problems.append("no entries")
        if meta.get("entry_count") and meta["entry_count"] != str(entries):
            problems.append(f"stamp says {meta['entry_count']} entries, table has {entries}")
        indexed = conn.execute("SELECT count(*) FROM entry_text").fetchone()[0]
        if indexed != entries:
            problems.append(f"search index covers {indexed} of {entries} entries")
        problems += _fts_integrity(conn)
        # Every entry must be findable by the words of its own title.
        unfindable = conn.execute(
            "SELECT count(*) FROM entry_text t WHERE t.entry_rowid NOT IN "
            "(SELECT rowid FROM entry_search WHERE entry_search MATCH '\"' || replace(t.title, '\"', '') || '\"')"
        ).fetchone()[0]
        if unfindable:
            problems.append(f"{unfindable} entries cannot be found by their title")
        for description, sql in _DANGLING:
            for row in conn.execute(sql):
                problems.append(f"{description}: {' / '.join(str(v) for v in row)}")
        problems += value_problems(conn)
    except sqlite3.DatabaseError as exc:
        problems.append(f"database unreadable: {exc}")
    return problems


def _fts_integrity(conn: sqlite3.Connection) -> list[str]:
    """FTS5's own integrity check is an INSERT, which a read-only connection refuses; run it on
    an in-memory copy (the bundled database is small)."""
    copy = sqlite3.connect(":memory:")
    try:
        conn.backup(copy)
        tables = ["entry_search", "title_search"]
        if copy.execute("SELECT count(*) FROM sqlite_master WHERE name = 'translation_search'").fetchone()[0]:
            tables.append("translation_search")
        for table in tables:
            copy.execute(f"INSERT INTO {table}({table}, rank) VALUES ('integrity-check', 1)")
    except sqlite3.DatabaseError as exc:
        return [f"search index integrity: {exc}"]
    finally:
        copy.close()
    return []
