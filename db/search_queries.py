"""SQL for full-text search (facet counts: db/facet_index.py). Every value is a bound parameter."""

from __future__ import annotations

import json
import sqlite3

from models.search import CompiledQuery, SearchQuery

# bm25 column weights: title, summary, body, extra (keywords, figure labels, institution names)
_BM25 = "bm25(entry_search, 10.0, 4.0, 1.0, 2.0)"
# Above this many matches, ranking every row costs more than a keystroke allows: the results
# are then listed newest first and the total is reported as "at least".
RANK_CAP = 500

# bm25 column weights of the translation index: title_ru, text_ru, title_kk, text_kk
_BM25_TRANSLATED = "bm25(translation_search, 10.0, 2.0, 10.0, 2.0)"

_COLUMNS = "e.id, e.title, e.date, e.category, c.name AS category_name, e.status, e.summary, e.body"


def cross_language_rows(conn: sqlite3.Connection) -> list[tuple[str, str]]:
    """(pattern, spelling) rows of the cross-language table; none in a database built without it."""
    try:
        return [(r[0], r[1]) for r in conn.execute("SELECT pattern, spelling FROM search_stems")]
    except sqlite3.DatabaseError:
        return []


def _filters(query: SearchQuery) -> tuple[str, list]:
    clauses, params = [], []
    if query.category:
        clauses.append("e.category = ?")
        params.append(query.category)
    if query.package:
        clauses.append("e.package = ?")
        params.append(query.package)
    if query.year_from is not None:
        clauses.append("e.year >= ?")
        params.append(query.year_from)
    if query.year_to is not None:
        clauses.append("e.year <= ?")
        params.append(query.year_to)
    if query.institution:
        clauses.append("e.rowid IN (SELECT entry_rowid FROM entry_institution_keys WHERE institution_id = ?)")
        params.append(query.institution)
    return "".join(f" AND {c}" for c in clauses), params


def run(conn: sqlite3.Connection, query: SearchQuery,
        compiled: CompiledQuery) -> tuple[int, bool, list[sqlite3.Row]]:
    """Return (total, total_is_lower_bound, rows) for one page of results."""
    where, params = _filters(query)
    if not compiled.match:
        total = conn.execute(f"SELECT count(*) FROM entry_keys e WHERE 1{where}", params).fetchone()[0]
        rows = conn.execute(
            f"SELECT {_COLUMNS} FROM entries e LEFT JOIN categories c ON c.id = e.category "
            f"WHERE 1{where} ORDER BY e.rowid DESC LIMIT ? OFFSET ?",
            [*params, query.limit, query.offset]).fetchall()
        return total, False, rows

    if compiled.translated and has_translation_index(conn):
        return _run_with_translations(conn, query, compiled, where, params)
    # The join to entries is only needed to filter; without filters the index alone answers.
    match_from = "entry_search JOIN entry_keys e ON e.rowid = entry_search.rowid" if where else "entry_search"
    # Count first without scoring (cheap: the doclists alone); score only when ranking is affordable.
    capped = conn.execute(
        f"SELECT count(*) FROM (SELECT 1 FROM {match_from} WHERE entry_search MATCH ?{where} LIMIT ?)",
        [compiled.match, *params, RANK_CAP + 1]).fetchone()[0]
    lower_bound = capped > RANK_CAP
    total = min(capped, RANK_CAP)
    if lower_bound or compiled.broad:
        page = [r[0] for r in conn.execute(
            f"SELECT entry_search.rowid FROM {match_from} WHERE entry_search MATCH ?{where} "
            "ORDER BY entry_search.rowid DESC LIMIT ? OFFSET ?",
            [compiled.match, *params, query.limit, query.offset])]
    else:
        scored = conn.execute(
            f"SELECT entry_search.rowid, {_BM25} FROM {match_from} WHERE entry_search MATCH ?{where}",
            [compiled.match, *params]).fetchall()
        # Entries whose title alone satisfies the query come first, then bm25 (negative: lower
        # is better), then newest.
        in_title = {r[0] for r in conn.execute(
            "SELECT rowid FROM title_search WHERE title_search MATCH ?", (compiled.match,))}
        ranked = sorted(scored, key=lambda r: (r[0] not in in_title, r[1], -r[0]))
        page = [r[0] for r in ranked[query.offset:query.offset + query.limit]]
    return total, lower_bound, _page_rows(conn, page)


def _page_rows(conn: sqlite3.Connection, page: list[int]) -> list[sqlite3.Row]:
    by_rowid = {r["rowid"]: r for r in conn.execute(
        f"SELECT e.rowid AS rowid, {_COLUMNS} FROM entries e LEFT JOIN categories c ON c.id = e.category "
        "WHERE e.rowid IN (SELECT value FROM json_each(?))", (json.dumps(page),))}
    return [by_rowid[rowid] for rowid in page]


def has_translation_index(conn: sqlite3.Connection) -> bool:
    return conn.execute("SELECT count(*) FROM sqlite_master WHERE name = 'translation_search'").fetchone()[0] > 0


def matched_union(compiled: CompiledQuery) -> tuple[str, list]:
    """The rowids the query matches in the English index or in the Russian and Kazakh translations."""
    return ("SELECT rowid FROM entry_search WHERE entry_search MATCH ? "
            "UNION SELECT rowid FROM translation_search WHERE translation_search MATCH ?",
            [compiled.match, compiled.translated])


def _run_with_translations(conn: sqlite3.Connection, query: SearchQuery, compiled: CompiledQuery,
                           where: str, params: list) -> tuple[int, bool, list[sqlite3.Row]]:
    """`run` for a Cyrillic query: entries match in English (through the cross-language expansion)
    or in their own Russian or Kazakh text. Each index is asked on its own, capped, and the
    rowids are merged here: a SQL UNION would collect every match of both before the cap applies
    (bench/search.py: p95 of Russian and Kazakh prefixes at 100,000 entries 322 → 45 ms).
    Each index scores its matches; an entry keeps its better score, and its title counts when
    either title satisfies the query."""
    indexes = (("entry_search", _BM25, compiled.match), ("translation_search", _BM25_TRANSLATED, compiled.translated))

    def source(table: str) -> str:
        return f"{table} JOIN entry_keys e ON e.rowid = {table}.rowid" if where else table

    # Newest first from each index: the same rows give the capped count and, when there are too
    # many to rank, the page. Once one index alone passes the cap, the other is asked only for a page.
    found: list[int] = []
    for table, _, match in indexes:
        limit = RANK_CAP + 1 if len(set(found)) <= RANK_CAP else query.offset + query.limit
        found += [r[0] for r in conn.execute(
            f"SELECT {table}.rowid FROM {source(table)} WHERE {table} MATCH ?{where} "
            f"ORDER BY {table}.rowid DESC LIMIT ?", [match, *params, limit])]
    newest = sorted(set(found), reverse=True)
    lower_bound = len(newest) > RANK_CAP
    total = min(len(newest), RANK_CAP)
    if lower_bound or compiled.broad:
        return total, lower_bound, _page_rows(conn, newest[query.offset:query.offset + query.limit])
    scores: dict[int, float] = {}
    for table, bm25, match in indexes:
        for rowid, score in conn.execute(
                f"SELECT {table}.rowid, {bm25} FROM {source(table)} WHERE {table} MATCH ?{where}", [match, *params]):
            scores[rowid] = min(score, scores.get(rowid, 0.0))
    in_title = {r[0] for r in conn.execute(
        "SELECT rowid FROM title_search WHERE title_search MATCH ? "
        "UNION SELECT rowid FROM translation_search WHERE translation_search MATCH ?",
        (compiled.match, compiled.translated_titles))}
    ranked = sorted(scores.items(), key=lambda r: (r[0] not in in_title, r[1], -r[0]))
    page = [r[0] for r in ranked[query.offset:query.offset + query.limit]]
    return total, lower_bound, _page_rows(conn, page)
