"""Search and browse: the search field, the facet filters and the result list.

Results follow the typing: every keystroke restarts a 0-ms single-shot timer, so a burst of
queued key events is answered by one query once the event queue is drained, and the window
never waits on a query it no longer needs. The queries themselves take about a millisecond on
the bundled database (see bench/startup.py), so they run on the GUI thread.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLabel,
    QLineEdit,
    QListView,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from db.atlas import Atlas
from models.search import SearchQuery, SearchResults
from ui.common.announce import announce
from ui.common.plain_text import plain_label
from ui.search.facet_panel import FacetPanel
from ui.search.results_model import ID_ROLE, ResultDelegate, ResultsModel

PAGE_SIZE = 60


FACET_DELAY_MS = 150


class SearchField(QLineEdit):
    """Down moves into the results, Enter opens the first (or current) one, Escape clears."""

    moveToResults = Signal()
    submitted = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key_Down, Qt.Key_PageDown):
            self.moveToResults.emit()
            return
        if event.key() in (Qt.Key_Return, Qt.Key_Enter):
            self.submitted.emit()
            return
        if event.key() == Qt.Key_Escape and self.text():
            self.clear()
            return
        super().keyPressEvent(event)


class ResultsList(QListView):
    """Enter opens the current result."""

    openRequested = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and self.currentIndex().isValid():
            self.openRequested.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class SearchPanel(QWidget):
    entrySelected = Signal(str)    # the current result changed: show it in the reading pane
    entryActivated = Signal(str)   # Enter or double-click: show it and move to the reading pane
    resultsChanged = Signal(object)  # SearchResults
    facetsChanged = Signal()         # the facet counts now match the results

    def __init__(self, atlas: Atlas, parent: QWidget | None = None):
        super().__init__(parent)
        self.atlas = atlas
        self.results: SearchResults | None = None
        self._query = SearchQuery()

        self.field = SearchField(self)
        self.field.setObjectName("searchField")
        self.field.setClearButtonEnabled(True)
        self.notice = plain_label(QLabel("", self))
        self.notice.setObjectName("searchNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()

        self.model = ResultsModel(self)
        self.list = ResultsList(self)
        self.list.setObjectName("resultsList")
        self.list.setModel(self.model)
        self.list.setItemDelegate(ResultDelegate(self.list))
        self.list.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.list.setUniformItemSizes(True)
        self.list.setVerticalScrollMode(QAbstractItemView.ScrollPerPixel)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.list.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.list.setTabKeyNavigation(False)  # arrows move within the list, Tab leaves it
        self.list.doubleClicked.connect(self._activate)
        self.list.openRequested.connect(self._activate)
        self.list.selectionModel().currentChanged.connect(self._current_changed)

        self.empty = plain_label(QLabel("", self))
        self.empty.setAlignment(Qt.AlignCenter)
        self.empty.setWordWrap(True)
        self.list_stack = QStackedWidget(self)
        self.list_stack.addWidget(self.list)
        self.list_stack.addWidget(self.empty)

        self.facets = FacetPanel(self)
        self.facets.setMinimumWidth(190)
        results_column = QWidget(self)
        column = QVBoxLayout(results_column)
        column.setContentsMargins(0, 6, 0, 0)
        column.setSpacing(4)
        column.addWidget(self.field)
        column.addWidget(self.notice)
        column.addWidget(self.list_stack, 1)

        self.splitter = QSplitter(Qt.Horizontal, self)
        self.splitter.setObjectName("searchSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.facets)
        self.splitter.addWidget(results_column)
        self.splitter.setStretchFactor(0, 0)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([250, 420])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.splitter)

        self.setTabOrder(self.field, self.list)
        self.setTabOrder(self.list, self.facets.clear_button)
        self.setTabOrder(self.facets.clear_button, self.facets.tree)

        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(0)
        self._timer.timeout.connect(self.run_query)
        # Facet counts wait until typing pauses: results must follow every keystroke within a
        # frame, counts need not, and on a large database counting a broad match takes longer
        # than a keystroke allows (bench/search.py).
        self._facet_timer = QTimer(self)
        self._facet_timer.setSingleShot(True)
        self._facet_timer.setInterval(FACET_DELAY_MS)
        self._facet_timer.timeout.connect(self.update_facets)
        self.facets_query: SearchQuery | None = None
        self.field.textChanged.connect(self.schedule)
        self.field.moveToResults.connect(self.focus_results)
        self.field.submitted.connect(self._submit)
        self.facets.filtersChanged.connect(self.schedule)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        # The keys go in the tooltip: in a 1024-pixel window the placeholder had its end cut off.
        self.field.setPlaceholderText(self.tr("Search reforms, institutions, figures\u2026"))
        self.field.setToolTip(self.tr("Search (Ctrl+F or /)"))
        self.field.setAccessibleName(self.tr("Search"))
        self.field.setAccessibleDescription(self.tr("Results update as you type. Down arrow moves to the results."))
        self.list.setAccessibleName(self.tr("Search results"))
        self.empty.setAccessibleDescription(self.tr("No results"))
        if self.results is not None and not self.results.hits:
            self._show_empty()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    def refresh_content(self) -> None:
        """Run the query again after the content language changed, keeping the current result."""
        current = self.list.currentIndex().data(ID_ROLE) if self.list.currentIndex().isValid() else None
        self.run_query()
        self.update_facets()
        if current:
            self.select_entry(current)

    # -- querying -----------------------------------------------------------------------------
    def schedule(self) -> None:
        self._timer.start()

    def query(self) -> SearchQuery:
        filters = self.facets.filters
        year = int(filters["year"]) if filters.get("year") else None
        return SearchQuery(text=self.field.text(), category=filters.get("category", ""),
                           package=filters.get("package", ""), institution=filters.get("institution", ""),
                           year_from=year, year_to=year, limit=PAGE_SIZE, typing=True)

    def run_query(self) -> SearchResults:
        """Show the results now; the facet counts follow in the next turn of the event loop,
        after the list has repainted, so that typing shows results within a frame."""
        self._timer.stop()
        query = self.query()
        results = self.atlas.search(query, with_facets=False)
        self._query = query
        self.results = results
        self.model.set_results(results, self._fetch_page)
        self._facet_timer.start()
        if results.notice:
            self.notice.setText(results.notice)
        self.notice.setVisible(bool(results.notice))
        if results.hits:
            self.list_stack.setCurrentWidget(self.list)
        else:
            self._show_empty()
        self.resultsChanged.emit(results)
        return results

    def _show_empty(self) -> None:
        text = self._query.text.strip()
        if text and self.facets.filters:
            message = self.tr("No entries match \u201c{query}\u201d with the filters chosen.\nTry Clear filters.")
        elif text:
            message = self.tr("No entries match \u201c{query}\u201d")
        elif self.facets.filters:
            message = self.tr("No entries match these filters.\nTry Clear filters.")
        else:
            message = self.tr("No entries match these filters")
        announce(self.empty, message.format(query=text))  # "No entries match …" is heard, not only seen
        self.list_stack.setCurrentWidget(self.empty)

    def update_facets(self) -> None:
        self._facet_timer.stop()
        query = self._query
        self.facets.set_facets(self.atlas.facets(query))
        self.facets_query = query
        self.facetsChanged.emit()

    def _fetch_page(self, offset: int) -> SearchResults:
        return self.atlas.search(replace(self._query, offset=offset), with_facets=False)

    def state(self) -> tuple[str, tuple[tuple[str, str, str], ...]]:
        """The query text and the filters on (what Back and Forward bring back)."""
        return self.field.text(), self.facets.active()

    def restore_state(self, text: str, filters: tuple[tuple[str, str, str], ...]) -> None:
        """Show the search saved with `state()`; nothing is run when it is what is shown."""
        if (text, tuple(filters)) == self.state():
            return
        self.field.setText(text)
        self.facets.set_active(tuple(filters))
        self.run_query()

    def set_text(self, text: str) -> None:
        self.field.setText(text)
        self.run_query()

    # -- selection ----------------------------------------------------------------------------
    def focus_field(self) -> None:
        self.field.setFocus(Qt.ShortcutFocusReason)
        self.field.selectAll()

    def focus_results(self) -> None:
        if self._timer.isActive():
            self.run_query()
        if self.model.rowCount() == 0:
            return
        self.list.setFocus(Qt.TabFocusReason)
        if not self.list.currentIndex().isValid():
            self.list.setCurrentIndex(self.model.index(0))

    def selected_ids(self) -> list[str]:
        rows = sorted(i.row() for i in self.list.selectionModel().selectedRows())
        return [self.model.index(r).data(ID_ROLE) for r in rows]

    def select_entry(self, entry_id: str) -> None:
        """Mark the entry shown elsewhere (history, links) in the list without re-opening it."""
        row = self.model.row_of(entry_id)
        selection = self.list.selectionModel()
        selection.blockSignals(True)
        if row >= 0:
            selection.setCurrentIndex(self.model.index(row), QItemSelectionModel.ClearAndSelect)
        else:
            selection.clearSelection()
        selection.blockSignals(False)
        self.list.viewport().update()

    def _submit(self) -> None:
        if self._timer.isActive():
            self.run_query()
        index = self.list.currentIndex()
        if not index.isValid() and self.model.rowCount():
            index = self.model.index(0)
            self.list.setCurrentIndex(index)
        if index.isValid():
            self._activate(index)

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self.entrySelected.emit(current.data(ID_ROLE))

    def _activate(self, index: QModelIndex) -> None:
        if index.isValid():
            self.entryActivated.emit(index.data(ID_ROLE))
