"""The searchable list of indicator series: a list model over plain Indicator summaries and a
filter proxy that matches every typed word against name, unit, category and description."""

from __future__ import annotations

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QSortFilterProxyModel, Qt

from models.indicators import Indicator
from models.text_folding import fold
from ui.common.plain_text import tooltip

IdRole = Qt.UserRole + 1
SearchTextRole = Qt.UserRole + 2


class IndicatorListModel(QAbstractListModel):
    def __init__(self, series: list[Indicator], category_names: dict[str, str] | None = None, parent=None):
        super().__init__(parent)
        self._series = list(series)
        self._categories = category_names or {}

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._series)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._series):
            return None
        item = self._series[index.row()]
        if role == Qt.DisplayRole:
            return item.name
        if role == Qt.ToolTipRole:
            return tooltip(f"{item.name} ({item.unit})\n{self._categories.get(item.category, item.category)}")
        if role == IdRole:
            return item.id
        if role == SearchTextRole:
            return fold(" ".join([item.id, item.name, item.short, item.unit, item.description,
                                  self._categories.get(item.category, item.category)]))
        return None

    def row_of(self, indicator_id: str) -> int:
        return next((n for n, s in enumerate(self._series) if s.id == indicator_id), -1)


class IndicatorFilterProxy(QSortFilterProxyModel):
    """Keeps rows whose text contains every word typed (accents and case ignored)."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._words: list[str] = []

    def set_query(self, text: str) -> None:
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, source_row: int, source_parent) -> bool:
        if not self._words:
            return True
        text = self.sourceModel().index(source_row, 0, source_parent).data(SearchTextRole) or ""
        return all(word in text for word in self._words)
