"""The one object that owns the database connection. Views and the CLI talk to this."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from db import entry_queries, search_queries
from db.connection import open_readonly
from db.entry_queries import text
from db.errors import DatabaseCorrupt
from models.entry import UNKNOWN, Entry, EntryRef, Source
from models.highlight import Matcher
from models.search import FacetCount, QueryCompiler, SearchHit, SearchQuery, SearchResults

FACET_DIMENSIONS = ("category", "package", "year", "institution")


class Atlas:
    """Read-only access to one atlas database.

    A single connection serves the GUI thread; background jobs (printing many entries) open
    their own with `reopen()`, as sqlite3 connections must not be shared across threads at once.
    """

    def __init__(self, path: Path):
        self.path = Path(path)
        self.conn: sqlite3.Connection = open_readonly(self.path)
        try:
            self.meta = entry_queries.meta(self.conn)
            self.compiler = QueryCompiler(entry_queries.alias_groups(self.conn))
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise DatabaseCorrupt(f"database file is damaged: {self.path} ({exc})") from exc

    def damaged_message(self, exc: Exception) -> str:
        return (f"the search index of {self.path} is damaged ({exc}); rebuild the database with "
                "`python -m db.build`, or reinstall the app")

    def reopen(self) -> "Atlas":
        return Atlas(self.path)

    def close(self) -> None:
        self.conn.close()

    @property
    def data_version(self) -> str:
        return self.meta.get("data_version", "unknown")

    # -- search -------------------------------------------------------------------------------
    def search(self, query: SearchQuery, with_facets: bool = False) -> SearchResults:
        compiled = self.compiler.compile(query.text, typing=query.typing)
        try:
            total, lower_bound, rows = search_queries.run(self.conn, query, compiled)
            facet_counts = self.facets(query) if with_facets else {}
        except sqlite3.OperationalError as exc:
            # Compiled queries are always well formed; this guards against the unforeseen.
            return SearchResults(query, 0, (), notice=f"Search failed: {exc}")
        except sqlite3.DatabaseError as exc:
            # A damaged index (SQLITE_CORRUPT): the window shows the notice, commands fail with it.
            message = self.damaged_message(exc)
            return SearchResults(query, 0, (), notice=message, error=message)
        matcher = Matcher(compiled.terms)
        texts = ((lambda r: (text(r["summary"]), text(r["body"]))) if compiled.terms
                 else (lambda r: (text(r["summary"]),)))
        hits = tuple(
            SearchHit(id=text(r["id"]), title=text(r["title"], UNKNOWN), date=text(r["date"]),
                      category=text(r["category"]), category_name=text(r["category_name"], UNKNOWN),
                      status=text(r["status"]), summary=text(r["summary"]), texts=texts(r), matcher=matcher)
            for r in rows)
        return SearchResults(query, total, hits, compiled.notice, lower_bound, facet_counts)

    def facets(self, query: SearchQuery) -> dict[str, tuple[FacetCount, ...]]:
        compiled = self.compiler.compile(query.text, typing=query.typing)
        try:
            counts = search_queries.facet_counts(self.conn, query, compiled, FACET_DIMENSIONS)
        except sqlite3.DatabaseError:
            return {}  # the search itself has said what is wrong
        return {dim: tuple(FacetCount(v, label, n) for v, label, n in rows) for dim, rows in counts.items()}

    # -- entries and reference data -----------------------------------------------------------
    def entry(self, entry_id: str) -> Entry:
        return entry_queries.entry(self.conn, entry_id)

    def entry_refs(self, ids: list[str] | None = None) -> list[EntryRef]:
        return entry_queries.entry_refs(self.conn, ids)

    def entries_for_institution(self, institution_id: str) -> list[EntryRef]:
        return entry_queries.entries_for_institution(self.conn, institution_id)

    def sources(self) -> list[Source]:
        return entry_queries.all_sources(self.conn)

    def institutions(self) -> list[dict]:
        return entry_queries.institutions(self.conn)

    def glossary(self) -> list[dict]:
        return entry_queries.glossary(self.conn)

    def categories(self) -> list[tuple[str, str]]:
        return entry_queries.categories(self.conn)

    def packages(self) -> list[tuple[str, str, str]]:
        return entry_queries.packages(self.conn)

    def seed_coverage(self) -> dict[str, list[str]]:
        return entry_queries.seed_coverage(self.conn)
