"""The bibliography as a table: title, publisher, date, how often cited; filtered and sorted by a proxy.

Cells are plain text (item views never read them as markup); tooltips are rich text in Qt, so
each is escaped and wrapped in <p> to be read as such.
"""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from models.bibliography import BibliographyItem
from ui.common.html_text import esc

ID_ROLE = Qt.UserRole + 1
SORT_ROLE = Qt.UserRole + 2
TITLE, PUBLISHER, DATE, CITED = range(4)


class SourcesModel(QAbstractTableModel):
    def __init__(self, items: list[BibliographyItem], parent=None):
        super().__init__(parent)
        self._items = list(items)
        self._headers = (self.tr("Title"), self.tr("Publisher"), self.tr("Date"), self.tr("Cited"))

    def item(self, row: int) -> BibliographyItem | None:
        return self._items[row] if 0 <= row < len(self._items) else None

    def row_of(self, source_id: str) -> int:
        return next((n for n, i in enumerate(self._items) if i.source.id == source_id), -1)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        if orientation == Qt.Horizontal and 0 <= section < len(self._headers):
            if role == Qt.DisplayRole:
                return self._headers[section]
            if role == Qt.TextAlignmentRole:
                return int(Qt.AlignLeft | Qt.AlignVCenter)
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.DisplayRole):
        item = self.item(index.row()) if index.isValid() else None
        if item is None or not 0 <= index.column() < len(self._headers):
            return None
        source, column = item.source, index.column()
        if role == Qt.DisplayRole:
            # ISO dates (2023-01, 2022-06-05): as precise as the source, and narrow.
            return (source.title_text, source.publisher, source.date, str(len(item.citations)))[column]
        if role == SORT_ROLE:
            return (source.title.casefold(), source.publisher.casefold(), source.date, len(item.citations))[column]
        if role == ID_ROLE:
            return source.id
        if role == Qt.ToolTipRole:
            return f"<p>{esc(source.citation())}</p>"
        if role == Qt.TextAlignmentRole:
            return int((Qt.AlignRight if column == CITED else Qt.AlignLeft) | Qt.AlignVCenter)
        return None


class SourcesFilter(QSortFilterProxyModel):
    """Keeps the sources whose title, publisher, id, address or document number contain every
    typed word (folded, so Cyrillic and Latin spellings meet); sorts by the SORT_ROLE values."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._text = ""
        self.setSortRole(SORT_ROLE)
        self.setDynamicSortFilter(True)

    def set_text(self, text: str) -> None:
        self.beginFilterChange()
        self._text = text
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent: QModelIndex | QPersistentModelIndex) -> bool:
        model = self.sourceModel()
        item = model.item(source_row) if isinstance(model, SourcesModel) else None
        return item is not None and (not self._text.strip() or item.matches(self._text))
