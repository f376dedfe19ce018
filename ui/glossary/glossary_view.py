"""The Glossary view: terms with their definitions and all spellings, filtered as you type.

The filter folds text as the search does (case, Kazakh letters, Cyrillic to Latin), so Мәжіліс,
Мажилис and mazhilis all find the Mazhilis; terms whose name or spellings match come before
those matched only in their definition. The selected term shows the entries a search for it
finds, the institution it names with that institution's entries, and its sources; Enter (or a
double click) on a term runs the search for it in the Search view.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QAbstractListModel,
    QEvent,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListView,
    QWidget,
)

from db.atlas import Atlas
from models.bibliography import glossary_rank
from models.entry import EntryRef
from models.search import SearchQuery
from ui.common import theme
from ui.common.adaptive_splitter import filtered_master_detail
from ui.common.announce import announce
from ui.common.html_text import esc
from ui.entry.entry_html import DARK_PAGE, LIGHT_PAGE
from ui.entry.entry_page import EntryPage
from ui.glossary.glossary_html import term_page_html

ID_ROLE = Qt.UserRole + 1
MENTIONS_SHOWN = 12


class GlossaryModel(QAbstractListModel):
    """The terms that match the filter, best matches first, then alphabetical."""

    def __init__(self, terms: list[dict], parent=None):
        super().__init__(parent)
        self._terms = list(terms)
        self._shown = list(self._terms)

    def set_filter(self, text: str) -> None:
        ranked = [(rank, n) for n, t in enumerate(self._terms) if (rank := glossary_rank(t, text)) is not None]
        self.beginResetModel()
        self._shown = [self._terms[n] for _rank, n in sorted(ranked)]
        self.endResetModel()

    def term(self, row: int) -> dict | None:
        return self._shown[row] if 0 <= row < len(self._shown) else None

    def row_of(self, term_id: str) -> int:
        return next((n for n, t in enumerate(self._shown) if t["id"] == term_id), -1)

    def total(self) -> int:
        return len(self._terms)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._shown)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.DisplayRole):
        term = self.term(index.row()) if index.isValid() else None
        if term is None:
            return None
        if role == Qt.DisplayRole:
            return term["term"]
        if role == ID_ROLE:
            return term["id"]
        if role == Qt.ToolTipRole:  # rich text in Qt: escaped
            return f"<p>{esc(term.get('definition', ''))}</p>"
        return None


class GlossaryView(QWidget):
    entryRequested = Signal(str)
    institutionRequested = Signal(str)
    sourceRequested = Signal(str)
    searchRequested = Signal(str)
    message = Signal(str)

    def __init__(self, atlas: Atlas, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("glossaryView")
        self.atlas = atlas
        self._institutions = {i["id"]: i for i in atlas.institutions()}
        self._sources = {s.id: s for s in atlas.sources()}
        self.model = GlossaryModel(atlas.glossary(), self)

        self.filter = QLineEdit(self)
        self.filter.setObjectName("glossaryFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(self.tr("Filter terms (any spelling: English, Russian, Kazakh)"))
        self.filter.setAccessibleName(self.tr("Filter glossary"))
        self.filter.textChanged.connect(self._filter_changed)
        self.filter.installEventFilter(self)
        self.count = QLabel(self)
        self.count.setObjectName("glossaryCount")

        self.list = QListView(self)
        self.list.setObjectName("glossaryList")
        self.list.setAccessibleName(self.tr("Glossary terms"))
        self.list.setModel(self.model)
        self.list.setSelectionMode(QAbstractItemView.SingleSelection)
        self.list.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.list.setUniformItemSizes(True)
        self.list.setTabKeyNavigation(False)  # arrows move within the list, Tab leaves it
        self.list.selectionModel().currentChanged.connect(lambda *_: self._render())
        self.list.activated.connect(self._activated)

        self.details = EntryPage(self)
        self.details.setObjectName("termDetails")
        self.details.setAccessibleName(self.tr("Term details"))
        self.details.entryRequested.connect(self.entryRequested)
        self.details.institutionRequested.connect(self.institutionRequested)
        self.details.sourceRequested.connect(self.sourceRequested)
        self.details.searchRequested.connect(self.searchRequested)
        self.details.linkHovered.connect(self.message)

        self.splitter = filtered_master_detail(self, self.filter, self.count, self.list, self.details,
                                               560, (1, 2), "glossarySplitter")
        self._filter_changed("")

    # -- what is shown ------------------------------------------------------------------------
    def current_term(self) -> dict | None:
        index = self.list.currentIndex()
        return self.model.term(index.row()) if index.isValid() else None

    def select_term(self, term_id: str) -> bool:
        if self.model.row_of(term_id) < 0:
            self.filter.clear()
        row = self.model.row_of(term_id)
        if row >= 0:
            self._select(row)
        return row >= 0

    def _select(self, row: int) -> None:
        index = self.model.index(row)
        self.list.selectionModel().setCurrentIndex(index, QItemSelectionModel.ClearAndSelect)
        self.list.scrollTo(index)

    def _filter_changed(self, text: str) -> None:
        self.model.set_filter(text)
        shown, total = self.model.rowCount(), self.model.total()
        announce(self.count, self.tr("%1 of %2").replace("%1", str(shown)).replace("%2", str(total))
                           if text.strip() else self.tr("%1 terms").replace("%1", str(total)))
        if shown:
            self._select(0)
        else:
            nothing = self.tr("No term matches the filter.")
            self.details.setHtml(f"<p>{esc(nothing)}</p>")

    def _render(self) -> None:
        term = self.current_term()
        if term is None:
            return
        results = self.atlas.search(SearchQuery(text=term["term"], limit=MENTIONS_SHOWN))
        mentions = [EntryRef(hit.id, hit.title, hit.date, hit.category, hit.status) for hit in results.hits]
        institution = self._institutions.get(term.get("institution_id") or "")
        linked = self.atlas.entries_for_institution(institution["id"]) if institution else []
        sources = [self._sources[s] for s in term.get("sources", []) if s in self._sources]
        colors = DARK_PAGE if theme.is_dark(self.palette()) else LIGHT_PAGE
        self.details.setHtml(term_page_html(term, institution=institution, mentions=mentions,
                                            mention_total=results.total, institution_entries=linked,
                                            sources=sources, colors=colors))

    def _activated(self, index: QModelIndex) -> None:
        term = self.model.term(index.row())
        if term is not None:
            self.searchRequested.emit(term["term"])

    # -- keys and theme -----------------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:
        """Down or Enter in the filter moves to the list."""
        if watched is self.filter and event.type() == QEvent.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key_Down, Qt.Key_Return, Qt.Key_Enter) and self.model.rowCount():
            self.list.setFocus(Qt.TabFocusReason)
            return True
        return super().eventFilter(watched, event)

    def focus_filter(self) -> None:
        self.filter.setFocus(Qt.ShortcutFocusReason)
        self.filter.selectAll()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.PaletteChange:
            self._render()
        super().changeEvent(event)
