"""The one door into the bundled database: views and commands call Atlas's named methods.

Nothing outside db/ touches the connection (`tests/test_architecture.py` checks that no `.conn`
appears in ui/ or cli/); the query modules (db/*_queries.py) are Atlas's helpers, not an API.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from db import entry_queries, search_queries
from db.connection import open_readonly
from db.entry_queries import text
from db.errors import DatabaseCorrupt, NotFound
from db.facet_index import FacetIndex
from models.bibliography import BibliographyItem, Citation
from models.cross_language import CrossLanguage, LazyCrossLanguage
from models.entry import UNKNOWN, Assessment, Entry, EntryRef, Source
from models.highlight import Matcher
from models.search import FacetCount, QueryCompiler, SearchHit, SearchQuery, SearchResults

if TYPE_CHECKING:  # the power and indicator modules load when first asked for, not at start-up
    from models.indicators import Indicator, ReformEvent
    from models.power_balance import PowerBalance

FACET_DIMENSIONS = ("category", "package", "year", "institution")


class Atlas:
    """Read-only access to one atlas database.

    Thread rule (the only statement of it; docs/architecture.md quotes it): an Atlas is used by
    the thread that opened it -- the GUI thread for the window's. Work on another thread (printing,
    exports) opens its own with `reopen()` and closes it when done: one sqlite3 connection must
    never be used by two threads at once, and opening one costs about a millisecond.
    """

    def __init__(self, path: Path):
        self.path = Path(path)
        self.language = "en"
        self.conn: sqlite3.Connection = open_readonly(self.path)  # db/ and tests only
        self._facet_index: FacetIndex | None = None  # read on the first facet count
        try:
            self.meta = entry_queries.meta(self.conn)
            aliases = entry_queries.alias_groups(self.conn)
            # Read on the first search, not at start-up.
            cross_language = LazyCrossLanguage(
                lambda: CrossLanguage(search_queries.cross_language_rows(self.conn), aliases))
            self.compiler = QueryCompiler(aliases, cross_language)
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise DatabaseCorrupt(f"database file is damaged: {self.path} ({exc})") from exc

    def damaged_message(self, exc: Exception) -> str:
        return (f"the search index of {self.path} is damaged ({exc}); rebuild the database with "
                "`python -m db.build`, or reinstall the app")

    def reopen(self) -> Atlas:
        other = Atlas(self.path)
        other.set_language(self.language)
        return other

    def set_language(self, lang: str) -> None:
        """The language of the text the atlas returns: "en", "ru" or "kk".

        Minimal version on the interface branch: it only records the choice (the content side
        adds the translated text and the per-field fallback to English)."""
        if lang not in ("en", "ru", "kk"):
            raise ValueError(f"unknown language '{lang}' (choose en, ru or kk)")
        self.language = lang

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
            if self._facet_index is None:
                self._facet_index = FacetIndex(self.conn)
            index = self._facet_index
            counts = index.counts(query, index.cell_counts(self.conn, compiled), FACET_DIMENSIONS)
        except sqlite3.DatabaseError:
            return {}  # the search itself has said what is wrong
        return {dim: tuple(FacetCount(v, label, n) for v, label, n in rows) for dim, rows in counts.items()}

    # -- entries and reference data -----------------------------------------------------------
    def entry(self, entry_id: str) -> Entry:
        return entry_queries.entry(self.conn, entry_id)

    def assessments(self, entry_id: str) -> list[Assessment]:
        """Observers' and rights groups' findings on one entry (also on `entry(id).assessments`)."""
        return entry_queries.assessments(self.conn, entry_id)

    def entry_refs(self, ids: list[str] | None = None) -> list[EntryRef]:
        return entry_queries.entry_refs(self.conn, ids)

    def entries_for_institution(self, institution_id: str) -> list[EntryRef]:
        return entry_queries.entries_for_institution(self.conn, institution_id)

    def sources(self) -> list[Source]:
        return entry_queries.all_sources(self.conn)

    def bibliography(self) -> list[BibliographyItem]:
        """Every source with what cites it: entries, figures, assessments, powers, successions,
        indicator series and points, glossary terms, institutions."""
        from db import source_queries
        return source_queries.bibliography(self.conn)

    def citations_of(self, source_id: str) -> tuple[Citation, ...]:
        """What cites one source. Raises NotFound for an unknown id."""
        from db import source_queries
        if not entry_queries.sources_by_id(self.conn, [source_id]):
            raise NotFound(f"no source with id '{source_id}'")
        return tuple(source_queries.citations(self.conn).get(source_id, ()))

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

    # -- powers between institutions ----------------------------------------------------------
    def power_balance(self) -> PowerBalance:
        """Every relation between institutions, read once; the model answers date questions."""
        from db import power_queries
        return power_queries.load_power_balance(self.conn)

    # -- indicator series ---------------------------------------------------------------------
    def indicators(self) -> list[Indicator]:
        """Every series in display order, without points."""
        from db import indicator_queries
        return indicator_queries.indicators(self.conn)

    def indicators_with_points(self) -> list[Indicator]:
        from db import indicator_queries
        return indicator_queries.all_with_points(self.conn)

    def indicator(self, indicator_id: str) -> Indicator:
        """One series with its points. Raises NotFound for an unknown id."""
        from db import indicator_queries
        return indicator_queries.indicator(self.conn, indicator_id)

    def indicator_sources(self, series: list[Indicator]) -> dict[str, Source]:
        """The sources cited by these series and their points, by id."""
        from db import indicator_queries
        return indicator_queries.sources_for(self.conn, series)

    def entries_citing_indicator(self, indicator_id: str) -> list[EntryRef]:
        from db import indicator_queries
        return indicator_queries.citing_entries(self.conn, indicator_id)

    def indicators_for_entry(self, entry_id: str) -> list[Indicator]:
        """The series an entry links to, for its 'See the numbers' links."""
        from db import indicator_queries
        return indicator_queries.series_for_entry(self.conn, entry_id)

    def reform_events(self) -> list[ReformEvent]:
        from db import indicator_queries
        return indicator_queries.reform_events(self.conn)

    # -- self-test ----------------------------------------------------------------------------
    def check(self) -> list[str]:
        """The `check` command's problems; empty when the database is sound."""
        from db import integrity
        return integrity.check(self.conn)

