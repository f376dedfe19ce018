"""SQL for translated content: the current texts of one language, stale fields, translated search text."""

from __future__ import annotations

import sqlite3


def has_translations(conn: sqlite3.Connection) -> bool:
    return conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'translations'").fetchone()[0] > 0


def current_texts(conn: sqlite3.Connection, lang: str) -> dict[tuple[str, str, str], str]:
    """(kind, id, field) -> text for every translation of `lang` whose English has not changed."""
    if not has_translations(conn):
        return {}
    return {(r["kind"], r["id"], r["field"]): r["text"] for r in conn.execute(
        # A NULL text (a damaged or crafted database) is no translation: the English is shown.
        "SELECT kind, id, field, text FROM translations WHERE lang = ? AND stale = 0 "
        "AND text IS NOT NULL AND kind IS NOT NULL AND id IS NOT NULL AND field IS NOT NULL", (lang,))}


def stale_fields(conn: sqlite3.Connection) -> list[tuple[str, str, str, str]]:
    """(lang, kind, id, field) of every translation made from an older English text."""
    if not has_translations(conn):
        return []
    return [(r["lang"], r["kind"], r["id"], r["field"]) for r in conn.execute(
        "SELECT lang, kind, id, field FROM translations WHERE stale = 1 ORDER BY lang, kind, id, field")]


def counts(conn: sqlite3.Connection) -> list[tuple[str, str, str, int, int]]:
    """(lang, kind, field, current, stale) counts of translated fields."""
    if not has_translations(conn):
        return []
    return [(r[0], r[1], r[2], r[3], r[4]) for r in conn.execute(
        "SELECT lang, kind, field, sum(stale = 0), sum(stale) FROM translations "
        "GROUP BY lang, kind, field ORDER BY lang, kind, field")]

