"""SQL for entries, sources, institutions and the glossary. Returns models/ objects."""

from __future__ import annotations

import json
import sqlite3

from db.errors import NotFound
from models.entry import UNKNOWN, Assessment, Entry, EntryRef, Figure, InstitutionRef, Source


def text(value, default: str = "") -> str:
    """A text column as shown: NULL (a damaged or crafted database) becomes `default`, a number
    its digits. `check` reports such values; views and commands must not fail on them."""
    return default if value is None else str(value)


def _ref(row: sqlite3.Row) -> EntryRef:
    return EntryRef(text(row["id"]), text(row["title"], UNKNOWN), text(row["date"]), text(row["category"]),
                    text(row["status"]))


def meta(conn: sqlite3.Connection) -> dict[str, str]:
    return {row["key"]: row["value"] for row in conn.execute("SELECT key, value FROM meta")}


def entry_refs(conn: sqlite3.Connection, ids: list[str] | None = None) -> list[EntryRef]:
    """Entries newest first, all or those with the given ids (in that order)."""
    if ids is None:
        rows = conn.execute("SELECT id, title, date, category, status FROM entries ORDER BY rowid DESC")
        return [_ref(r) for r in rows]
    found = {r["id"]: _ref(r) for r in conn.execute(
        "SELECT id, title, date, category, status FROM entries WHERE id IN (SELECT value FROM json_each(?))",
        (json.dumps(ids),))}
    return [found[i] for i in ids if i in found]


def entry(conn: sqlite3.Connection, entry_id: str) -> Entry:
    row = conn.execute(
        "SELECT e.*, c.name AS category_name, coalesce(p.name, '') AS package_name "
        "FROM entries e LEFT JOIN categories c ON c.id = e.category "
        "LEFT JOIN packages p ON p.id = e.package WHERE e.id = ?", (entry_id,)).fetchone()
    if row is None:
        raise NotFound(f"no entry with id '{entry_id}'")
    figures = tuple(Figure(text(r["label"], UNKNOWN), text(r["before"]), text(r["after"]), text(r["unit"]),
                           text(r["source_id"]), text(r["indicator_id"]))
                    for r in conn.execute("SELECT * FROM entry_figures WHERE entry_id = ? ORDER BY position",
                                          (entry_id,)))
    institutions = tuple(InstitutionRef(r["id"], text(r["name"], UNKNOWN), text(r["short"]), text(r["branch"]))
                         for r in conn.execute(
        "SELECT i.id, i.name, i.short, i.branch FROM entry_institutions ei "
        "JOIN institutions i ON i.id = ei.institution_id WHERE ei.entry_id = ? ORDER BY ei.position",
        (entry_id,)))
    related = tuple(_ref(r) for r in conn.execute(
        "SELECT e.id, e.title, e.date, e.category, e.status FROM entry_related r "
        "JOIN entries e ON e.id = r.related_id WHERE r.entry_id = ? ORDER BY r.position", (entry_id,)))
    cited = [r["source_id"] for r in conn.execute(
        "SELECT source_id FROM entry_sources WHERE entry_id = ? ORDER BY position", (entry_id,))]
    # Figures and assessments may cite sources the entry does not list; show those too.
    cited += [f.source_id for f in figures if f.source_id and f.source_id not in cited]
    judged = tuple(assessments(conn, entry_id))
    cited += [s for a in judged for s in a.sources if s not in cited]
    cited = list(dict.fromkeys(cited))
    sources = tuple(sources_by_id(conn, cited))
    seeds = tuple(r["seed_id"] for r in conn.execute(
        "SELECT seed_id FROM entry_seeds WHERE entry_id = ? ORDER BY position", (entry_id,)))
    superseded_by = None
    if row["superseded_by"]:
        refs = entry_refs(conn, [row["superseded_by"]])
        superseded_by = refs[0] if refs else None
    supersedes = tuple(_ref(r) for r in conn.execute(
        "SELECT id, title, date, category, status FROM entries WHERE superseded_by = ? ORDER BY rowid",
        (entry_id,)))
    return Entry(
        id=text(row["id"]), title=text(row["title"], UNKNOWN), date=text(row["date"]),
        date_precision=text(row["date_precision"], UNKNOWN), category=text(row["category"]),
        category_name=text(row["category_name"], UNKNOWN), package=text(row["package"]),
        package_name=text(row["package_name"]), status=text(row["status"], UNKNOWN), superseded_by=superseded_by,
        confidence=text(row["confidence"], UNKNOWN), summary=text(row["summary"], UNKNOWN), body=text(row["body"]),
        source_note=text(row["source_note"]), figures=figures, institutions=institutions, related=related,
        sources=sources, seeds=seeds, supersedes=supersedes, assessments=judged,
        unconfirmed_from=_optional_text(row, "unconfirmed_from"))


def assessments(conn: sqlite3.Connection, entry_id: str) -> list[Assessment]:
    """What observers and rights groups concluded about one entry, oldest first."""
    return [Assessment(text(r["by"], UNKNOWN), text(r["date"]), text(r["finding"], UNKNOWN), text(r["stance"]),
                       _id_list(r["sources"]))
            for r in conn.execute("SELECT * FROM assessments WHERE entry_id = ? ORDER BY position",
                                  (entry_id,))]


def _id_list(value) -> tuple[str, ...]:
    """A JSON list of ids as stored; NULL or damaged JSON reads as none (`check` reports it)."""
    try:
        items = json.loads(value) if value else []
    except ValueError:
        return ()
    return tuple(str(i) for i in items) if isinstance(items, list) else ()


def sources_by_id(conn: sqlite3.Connection, ids: list[str]) -> list[Source]:
    rows = {r["id"]: r for r in conn.execute(
        "SELECT * FROM sources WHERE id IN (SELECT value FROM json_each(?))", (json.dumps(ids),))}
    return [source_from_row(r) for i in ids if (r := rows.get(i)) is not None]


def all_sources(conn: sqlite3.Connection) -> list[Source]:
    return [source_from_row(r) for r in conn.execute("SELECT * FROM sources ORDER BY publisher, date")]


def source_from_row(r: sqlite3.Row) -> Source:
    """A source row as shown (shared with power_queries and source_queries); NULL text reads as
    unknown or empty. title_en, doc_number and described came with the provenance data (issue 9);
    a database built before it has no such columns, and its sources read as having none."""
    return Source(text(r["id"]), text(r["title"], UNKNOWN), text(r["publisher"], UNKNOWN), text(r["date"]),
                  text(r["kind"]), text(r["url"]), text(r["note"]),
                  title_en=_optional_text(r, "title_en"), doc_number=_optional_text(r, "doc_number"),
                  described=bool(_optional_text(r, "described", "0") not in ("", "0")))


def _optional_text(row: sqlite3.Row, name: str, default: str = "") -> str:
    """A column added after the first schema: `default` on a database built before it (a
    sqlite3.Row's `in` looks at values, hence the list of names)."""
    names = row.keys()
    return text(row[name], default) if name in names else default


def institutions(conn: sqlite3.Connection) -> list[dict]:
    return [dict(r) | {"aliases": json.loads(r["aliases"]), "sources": json.loads(r["sources"])}
            for r in conn.execute("SELECT * FROM institutions ORDER BY rowid")]


def entries_for_institution(conn: sqlite3.Connection, institution_id: str) -> list[EntryRef]:
    return [_ref(r) for r in conn.execute(
        "SELECT e.id, e.title, e.date, e.category, e.status FROM entry_institutions ei "
        "JOIN entries e ON e.id = ei.entry_id WHERE ei.institution_id = ? ORDER BY e.rowid DESC",
        (institution_id,))]


def glossary(conn: sqlite3.Connection) -> list[dict]:
    return [dict(r) | {"aliases": json.loads(r["aliases"]), "sources": json.loads(r["sources"])}
            for r in conn.execute("SELECT * FROM glossary ORDER BY term COLLATE NOCASE")]


def alias_groups(conn: sqlite3.Connection) -> dict[str, frozenset[str]]:
    """Folded alias -> every folded spelling of the same term (union over groups sharing it)."""
    groups: dict[str, set[str]] = {}
    for row in conn.execute("SELECT group_id, folded FROM aliases"):
        groups.setdefault(row["group_id"], set()).add(row["folded"])
    index: dict[str, set[str]] = {}
    for spellings in groups.values():
        for spelling in spellings:
            index.setdefault(spelling, set()).update(spellings)
    return {k: frozenset(v) for k, v in index.items()}


def categories(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    return [(r["id"], r["name"]) for r in conn.execute("SELECT id, name FROM categories ORDER BY sort")]


def packages(conn: sqlite3.Connection) -> list[tuple[str, str, str]]:
    return [(r["id"], r["name"], r["date"]) for r in conn.execute("SELECT id, name, date FROM packages ORDER BY sort")]


def seed_coverage(conn: sqlite3.Connection) -> dict[str, list[str]]:
    coverage: dict[str, list[str]] = {}
    for r in conn.execute("SELECT seed_id, entry_id FROM entry_seeds ORDER BY seed_id, entry_id"):
        coverage.setdefault(r["seed_id"], []).append(r["entry_id"])
    return coverage
