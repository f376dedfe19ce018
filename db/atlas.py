"""The one door into the bundled database: views and commands call Atlas's named methods.

Nothing outside db/ touches the connection (`tests/test_architecture.py` checks that no `.conn`
appears in ui/ or cli/); the query modules (db/*_queries.py) are Atlas's helpers, not an API.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from db import entry_queries, search_queries, translation_queries
from db.connection import open_readonly
from db.entry_queries import text
from db.errors import DatabaseCorrupt, NotFound
from db.facet_index import FacetIndex
from models.bibliography import BibliographyItem, Citation
from models.cross_language import CrossLanguage, LazyCrossLanguage
from models.entry import UNKNOWN, Assessment, Entry, EntryRef, Source
from models.highlight import Matcher
from models.search import FacetCount, QueryCompiler, SearchHit, SearchQuery, SearchResults
from models.translation import Translation, check_language

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

    Language: `set_language("ru")` makes every method return the Russian (or Kazakh) content
    where a current translation exists, field by field, and the English otherwise; entries and
    search hits list the fields shown in English in `fallback`. Source titles stay as published.
    """

    def __init__(self, path: Path, language: str = "en"):
        self.path = Path(path)
        self.translation = Translation("en", {})
        self.conn: sqlite3.Connection = open_readonly(self.path)  # db/ and tests only
        self._facet_index: FacetIndex | None = None  # read on the first facet count
        try:
            self.meta = entry_queries.meta(self.conn)
            aliases = entry_queries.alias_groups(self.conn)
            # Read on the first search, not at start-up.
            cross_language = LazyCrossLanguage(
                lambda: CrossLanguage(search_queries.cross_language_rows(self.conn), aliases))
            self.compiler = QueryCompiler(aliases, cross_language)
            self.set_language(language)
        except sqlite3.DatabaseError as exc:
            self.conn.close()
            raise DatabaseCorrupt(f"database file is damaged: {self.path} ({exc})") from exc

    def damaged_message(self, exc: Exception) -> str:
        return (f"the search index of {self.path} is damaged ({exc}); rebuild the database with "
                "`python -m db.build`, or reinstall the app")

    def reopen(self) -> Atlas:
        return Atlas(self.path, self.language)

    # -- language -----------------------------------------------------------------------------
    @property
    def language(self) -> str:
        return self.translation.lang

    def set_language(self, lang: str) -> None:
        """'en', 'ru' or 'kk' (ValueError otherwise). Reads that language's current translations."""
        check_language(lang)
        texts = {} if lang == "en" else translation_queries.current_texts(self.conn, lang)
        self.translation = Translation(lang, texts)

    def stale_translations(self) -> list[tuple[str, str, str, str]]:
        """(lang, kind, id, field) of translations made from an older English text (shown in English)."""
        return translation_queries.stale_fields(self.conn)

    def translation_counts(self) -> list[tuple[str, str, str, int, int]]:
        """(lang, kind, field, current, stale) counts of the translated fields."""
        return translation_queries.counts(self.conn)

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
        matcher = Matcher(compiled.terms, compiled.stems)
        hits = tuple(self._hit(r, matcher, bool(compiled.terms or compiled.stems)) for r in rows)
        return SearchResults(query, total, hits, compiled.notice, lower_bound, facet_counts)

    def _hit(self, row: sqlite3.Row, matcher: Matcher, with_body: bool) -> SearchHit:
        """A result in the reader's language: title, summary and the snippet's text translated
        where a current translation exists."""
        tr, rid = self.translation, text(row["id"])
        # NULL columns (a damaged database; `check` names them) read as unknown, never fail.
        english = {"title": text(row["title"], UNKNOWN), "summary": text(row["summary"]), "body": text(row["body"])}
        shown = {f: tr.text("entries", rid, f, value) for f, value in english.items()}
        fallback = tr.fallback("entries", rid, english)
        fields = ("summary", "body") if with_body else ("summary",)
        # The snippet is cut from the text in the reader's language; English only where the
        # entry has no current translation of summary or body.
        texts = tuple(shown[f] for f in fields if f not in fallback) or tuple(english[f] for f in fields)
        category = text(row["category"])
        return SearchHit(id=rid, title=shown["title"], date=text(row["date"]), category=category,
                         category_name=tr.category(category, text(row["category_name"], UNKNOWN)),
                         status=text(row["status"]), summary=shown["summary"], texts=texts, matcher=matcher,
                         lang=tr.lang, fallback=fallback)

    def facets(self, query: SearchQuery) -> dict[str, tuple[FacetCount, ...]]:
        compiled = self.compiler.compile(query.text, typing=query.typing)
        try:
            if self._facet_index is None:
                self._facet_index = FacetIndex(self.conn)
            index = self._facet_index
            counts = index.counts(query, index.cell_counts(self.conn, compiled), FACET_DIMENSIONS)
        except sqlite3.DatabaseError:
            return {}  # the search itself has said what is wrong
        tr = self.translation
        translate = {"category": tr.category, "institution": tr.institution_name,
                     "package": lambda value, label: tr.package(value, label, "short")}
        return {dim: tuple(FacetCount(v, translate[dim](v, label) if dim in translate else label, n)
                           for v, label, n in rows)
                for dim, rows in counts.items()}

    # -- entries and reference data -----------------------------------------------------------
    def entry(self, entry_id: str) -> Entry:
        return self.translation.entry(entry_queries.entry(self.conn, entry_id))

    def assessments(self, entry_id: str) -> list[Assessment]:
        """Observers' and rights groups' findings on one entry (also on `entry(id).assessments`)."""
        return entry_queries.assessments(self.conn, entry_id)

    def entry_refs(self, ids: list[str] | None = None) -> list[EntryRef]:
        return [self.translation.ref(r) for r in entry_queries.entry_refs(self.conn, ids)]

    def entries_for_institution(self, institution_id: str) -> list[EntryRef]:
        return [self.translation.ref(r) for r in entry_queries.entries_for_institution(self.conn, institution_id)]

    def sources(self) -> list[Source]:
        return entry_queries.all_sources(self.conn)

    def bibliography(self) -> list[BibliographyItem]:
        """Every source with what cites it: entries, figures, assessments, powers, successions,
        indicator series and points, glossary terms, institutions."""
        from dataclasses import replace

        from db import source_queries
        items = source_queries.bibliography(self.conn)
        if self.translation.is_english:
            return items
        return [replace(i, citations=tuple(map(self.translation.citation, i.citations))) for i in items]

    def citations_of(self, source_id: str) -> tuple[Citation, ...]:
        """What cites one source. Raises NotFound for an unknown id."""
        from db import source_queries
        if not entry_queries.sources_by_id(self.conn, [source_id]):
            raise NotFound(f"no source with id '{source_id}'")
        return tuple(map(self.translation.citation, source_queries.citations(self.conn).get(source_id, ())))

    def institutions(self) -> list[dict]:
        fields = ("name", "short", "description")
        return [self.translation.record("institutions", i, fields) for i in entry_queries.institutions(self.conn)]

    def glossary(self) -> list[dict]:
        """Terms in the reader's language, sorted by the term as shown."""
        terms = [self.translation.record("glossary", t, ("term", "definition"))
                 for t in entry_queries.glossary(self.conn)]
        return terms if self.translation.is_english else sorted(terms, key=lambda t: t["term"].casefold())

    def categories(self) -> list[tuple[str, str]]:
        return [(cid, self.translation.category(cid, name)) for cid, name in entry_queries.categories(self.conn)]

    def packages(self) -> list[tuple[str, str, str]]:
        return [(pid, self.translation.package(pid, name), date)
                for pid, name, date in entry_queries.packages(self.conn)]

    def relation_labels(self) -> dict[str, tuple[str, str]]:
        """Relation id -> (label, description) in the reader's language, for legends."""
        from models.power_balance import RELATIONS
        tr = self.translation
        return {r.id: (tr.relation(r.id, r.label), tr.relation(r.id, r.description, "description"))
                for r in RELATIONS.values()}

    def seed_coverage(self) -> dict[str, list[str]]:
        return entry_queries.seed_coverage(self.conn)

    # -- powers between institutions ----------------------------------------------------------
    def power_balance(self) -> PowerBalance:
        """Every relation between institutions, read once; the model answers date questions."""
        from db import power_queries
        return self.translation.power_balance(power_queries.load_power_balance(self.conn))

    # -- indicator series ---------------------------------------------------------------------
    def indicators(self) -> list[Indicator]:
        """Every series in display order, without points."""
        from db import indicator_queries
        return [self.translation.indicator(i) for i in indicator_queries.indicators(self.conn)]

    def indicators_with_points(self) -> list[Indicator]:
        from db import indicator_queries
        return [self.translation.indicator(i) for i in indicator_queries.all_with_points(self.conn)]

    def indicator(self, indicator_id: str) -> Indicator:
        """One series with its points. Raises NotFound for an unknown id."""
        from db import indicator_queries
        return self.translation.indicator(indicator_queries.indicator(self.conn, indicator_id))

    def indicator_sources(self, series: list[Indicator]) -> dict[str, Source]:
        """The sources cited by these series and their points, by id."""
        from db import indicator_queries
        return indicator_queries.sources_for(self.conn, series)

    def entries_citing_indicator(self, indicator_id: str) -> list[EntryRef]:
        from db import indicator_queries
        return [self.translation.ref(r) for r in indicator_queries.citing_entries(self.conn, indicator_id)]

    def indicators_for_entry(self, entry_id: str) -> list[Indicator]:
        """The series an entry links to, for its 'See the numbers' links."""
        from db import indicator_queries
        return [self.translation.indicator(i) for i in indicator_queries.series_for_entry(self.conn, entry_id)]

    def reform_events(self) -> list[ReformEvent]:
        from dataclasses import replace

        from db import indicator_queries
        tr = self.translation
        return [replace(e, title=tr.text("entries", e.entry_id, "title", e.title))
                for e in indicator_queries.reform_events(self.conn)]

    # -- self-test ----------------------------------------------------------------------------
    def check(self) -> list[str]:
        """The `check` command's problems; empty when the database is sound."""
        from db import integrity
        return integrity.check(self.conn)

