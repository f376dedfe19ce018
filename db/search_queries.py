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
    by_rowid = {r["rowid"]: r for r in conn.execute(
        f"SELECT e.rowid AS rowid, {_COLUMNS} FROM entries e LEFT JOIN categories c ON c.id = e.category "
        "WHERE e.rowid IN (SELECT value FROM json_each(?))", (json.dumps(page),))}
    return total, lower_bound, [by_rowid[rowid] for rowid in page]
