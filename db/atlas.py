"""The one object that owns the database connection. Views and the CLI talk to this."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from db import entry_queries, search_queries
from db.connection import open_readonly
from db.errors import DatabaseCorrupt
from db.facet_index import FacetIndex
from models.entry import Entry, EntryRef, Source
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
        self._facet_index: FacetIndex | None = None  # read on the first facet count
        try:
            self.meta = entry_queries.meta(self.conn)
            self.compiler = QueryCompiler(entry_queries.alias_groups(self.conn))
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise DatabaseCorrupt(f"database file is damaged: {self.path} ({exc})") from exc

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
        matcher = Matcher(compiled.terms)
        texts = (lambda r: (r["summary"], r["body"])) if compiled.terms else (lambda r: (r["summary"],))
        hits = tuple(
            SearchHit(id=r["id"], title=r["title"], date=r["date"], category=r["category"],
                      category_name=r["category_name"], status=r["status"], summary=r["summary"],
                      texts=texts(r), matcher=matcher)
            for r in rows)
        return SearchResults(query, total, hits, compiled.notice, lower_bound, facet_counts)

    def facets(self, query: SearchQuery) -> dict[str, tuple[FacetCount, ...]]:
        compiled = self.compiler.compile(query.text, typing=query.typing)
        if self._facet_index is None:
            self._facet_index = FacetIndex(self.conn)
        index = self._facet_index
        counts = index.counts(query, index.cell_counts(self.conn, compiled), FACET_DIMENSIONS)
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
