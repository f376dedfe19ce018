"""The Sources view (bibliography): every source, what cites it, its address; filtered as you type.

Above, the sources as a sortable table; below, the selected source in full with its address (a
link the system browser opens on a click, never before) and every entry, figure, assessment,
power, indicator and glossary term that cites it, each a link into the atlas.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QLabel,
    QLineEdit,
    QTableView,
    QWidget,
)

from db.atlas import Atlas
from models.bibliography import BibliographyItem
from ui.common import theme
from ui.common.adaptive_splitter import filtered_master_detail
from ui.common.announce import announce
from ui.common.html_text import esc
from ui.entry.entry_html import DARK_PAGE, LIGHT_PAGE
from ui.entry.entry_page import EntryPage
from ui.sources.sources_html import source_page_html
from ui.sources.sources_model import CITED, DATE, PUBLISHER, TITLE, SourcesFilter, SourcesModel


class SourcesView(QWidget):
    entryRequested = Signal(str)
    institutionRequested = Signal(str)
    indicatorRequested = Signal(str)
    termRequested = Signal(str)
    message = Signal(str)

    def __init__(self, atlas: Atlas, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sourcesView")
        self.atlas = atlas
        self.model = SourcesModel(atlas.bibliography(), self)
        self.proxy = SourcesFilter(self)
        self.proxy.setSourceModel(self.model)

        self.filter = QLineEdit(self)
        self.filter.setObjectName("sourcesFilter")
        self.filter.setClearButtonEnabled(True)
        self.filter.setPlaceholderText(self.tr("Filter by title, publisher, id or address"))
        self.filter.setAccessibleName(self.tr("Filter sources"))
        self.filter.textChanged.connect(self._filter_changed)
        self.filter.installEventFilter(self)
        self.count = QLabel(self)
        self.count.setObjectName("sourcesCount")

        self.table = QTableView(self)
        self.table.setObjectName("sourcesTable")
        self.table.setAccessibleName(self.tr("Sources"))
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setWordWrap(False)
        self.table.setTextElideMode(Qt.ElideRight)
        self.table.setTabKeyNavigation(False)  # Tab leaves the table for the details
        self.table.installEventFilter(self)
        self.table.verticalHeader().hide()
        self._fit_rows()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(TITLE, QHeaderView.Stretch)
        header.setSectionResizeMode(PUBLISHER, QHeaderView.Interactive)
        for column in (DATE, CITED):
            header.setSectionResizeMode(column, QHeaderView.ResizeToContents)
        header.setHighlightSections(False)
        self.table.sortByColumn(PUBLISHER, Qt.AscendingOrder)
        self.table.selectionModel().currentRowChanged.connect(self._current_changed)
        self.table.activated.connect(lambda _index: self.details.setFocus(Qt.OtherFocusReason))

        self.details = EntryPage(self)
        self.details.setObjectName("sourceDetails")
        self.details.setAccessibleName(self.tr("Source details"))
        self.details.entryRequested.connect(self.entryRequested)
        self.details.institutionRequested.connect(self.institutionRequested)
        self.details.indicatorRequested.connect(self.indicatorRequested)
        self.details.termRequested.connect(self.termRequested)
        self.details.linkHovered.connect(self.message)

        self.splitter = filtered_master_detail(self, self.filter, self.count, self.table, self.details,
                                               860, (3, 2), "sourcesSplitter")
        self._fit_publisher_column()
        self._filter_changed("")

    # -- what is shown ------------------------------------------------------------------------
    def current_item(self) -> BibliographyItem | None:
        index = self.table.currentIndex()
        return self.model.item(self.proxy.mapToSource(index).row()) if index.isValid() else None

    def select_source(self, source_id: str) -> bool:
        """Show one source (from a link elsewhere); clears a filter that hides it."""
        row = self.model.row_of(source_id)
        if row < 0:
            return False
        index = self.proxy.mapFromSource(self.model.index(row, TITLE))
        if not index.isValid():
            self.filter.clear()
            index = self.proxy.mapFromSource(self.model.index(row, TITLE))
        self._select(index)
        return True

    def _select(self, index: QModelIndex) -> None:
        self.table.selectionModel().setCurrentIndex(
            index, QItemSelectionModel.ClearAndSelect | QItemSelectionModel.Rows)
        self.table.scrollTo(index)

    def _filter_changed(self, text: str) -> None:
        self.proxy.set_text(text)
        shown, total = self.proxy.rowCount(), self.model.rowCount()
        announce(self.count, self.tr("%1 of %2").replace("%1", str(shown)).replace("%2", str(total))
                           if text.strip() else self.tr("%1 sources").replace("%1", str(total)))
        if shown and not self.table.currentIndex().isValid():
            self._select(self.proxy.index(0, TITLE))
        elif not shown:
            nothing = self.tr("No source matches the filter.")
            self.details.setHtml(f"<p>{esc(nothing)}</p>")

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        self._render()

    def _render(self) -> None:
        item = self.current_item()
        if item is None:
            return
        colors = DARK_PAGE if theme.is_dark(self.palette()) else LIGHT_PAGE
        self.details.setHtml(source_page_html(item, colors))

    def _fit_rows(self) -> None:
        """One line of text per row, not the style's tall default: more sources fit at 1024x640."""
        self.table.verticalHeader().setDefaultSectionSize(self.table.fontMetrics().height() + 8)

    def _fit_publisher_column(self) -> None:
        """The publisher gets what it needs up to a quarter of the table; the title keeps the rest.
        Never narrower than its heading with the sort arrow (Kazakh 'Басып шығарушы' is long)."""
        wanted = self.table.sizeHintForColumn(PUBLISHER) + 12
        heading = self.table.horizontalHeader().sectionSizeHint(PUBLISHER)
        self.table.setColumnWidth(PUBLISHER, max(80, heading, min(wanted, 200, self.table.viewport().width() // 4)))

    # -- keys and theme -----------------------------------------------------------------------
    def eventFilter(self, watched, event) -> bool:
        """Down or Enter in the filter moves to the table, as in the search view."""
        if watched is self.table and event.type() == QEvent.Resize:
            self._fit_publisher_column()
        elif watched is self.table and event.type() == QEvent.FontChange:  # text zoom
            self._fit_rows()
            self._fit_publisher_column()
        if watched is self.filter and event.type() == QEvent.KeyPress and isinstance(event, QKeyEvent) \
                and event.key() in (Qt.Key_Down, Qt.Key_Return, Qt.Key_Enter) and self.proxy.rowCount():
            if not self.table.currentIndex().isValid():
                self._select(self.proxy.index(0, TITLE))
            self.table.setFocus(Qt.TabFocusReason)
            return True
        return super().eventFilter(watched, event)

    def focus_filter(self) -> None:
        self.filter.setFocus(Qt.ShortcutFocusReason)
        self.filter.selectAll()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.PaletteChange:
            self._render()
        super().changeEvent(event)
