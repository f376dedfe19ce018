"""Back/forward history of the pages the reader visited (entries and institutions).

A browser's rules: visiting a page while back in history drops the forward part; visiting the
page already shown adds nothing (it only updates what the place remembers). Each place keeps the
search it was found with — the query text and the filters — so that Back restores the search
too, not only the page. The history list (History menu) is a plain model of the same.
"""

from __future__ import annotations

from dataclasses import dataclass, replace

from PySide6.QtCore import QAbstractListModel, QModelIndex, QObject, QPersistentModelIndex, Qt, Signal

from ui.common.plain_text import tooltip

MAX_HISTORY = 200


# A filter as the search panel keeps it: (dimension, value, label shown).
Filter = tuple[str, str, str]


@dataclass(frozen=True)
class Location:
    kind: str   # "entry" | "institution"
    id: str
    title: str = ""
    query: str = ""                     # the search field's text when the page was opened
    filters: tuple[Filter, ...] = ()    # the search filters then

    @property
    def key(self) -> tuple[str, str]:
        return self.kind, self.id


class History(QObject):
    """The visited locations and the current position. Emits `moved` whenever the current changes."""

    moved = Signal(object)   # the Location now current
    changed = Signal()       # list or position changed (enable/disable back and forward)

    def __init__(self, parent: QObject | None = None):
        super().__init__(parent)
        self._items: list[Location] = []
        self._index = -1

    @property
    def items(self) -> list[Location]:
        return list(self._items)

    @property
    def index(self) -> int:
        return self._index

    @property
    def current(self) -> Location | None:
        return self._items[self._index] if self._index >= 0 else None

    def can_go_back(self) -> bool:
        return self._index > 0

    def can_go_forward(self) -> bool:
        return 0 <= self._index < len(self._items) - 1

    def visit(self, location: Location) -> None:
        """Record a new visit (the caller shows the page)."""
        if self.current is not None and self.current.key == location.key:
            if location != self.current:  # the same page, a newer title or search: remember those
                self._items[self._index] = replace(location, title=location.title or self.current.title)
                self.changed.emit()
            return
        del self._items[self._index + 1:]
        self._items.append(location)
        if len(self._items) > MAX_HISTORY:
            del self._items[0]
        self._index = len(self._items) - 1
        self.changed.emit()

    def back(self) -> Location | None:
        return self.go_to(self._index - 1) if self.can_go_back() else None

    def forward(self) -> Location | None:
        return self.go_to(self._index + 1) if self.can_go_forward() else None

    def go_to(self, index: int) -> Location | None:
        if not 0 <= index < len(self._items):
            return None
        self._index = index
        self.changed.emit()
        self.moved.emit(self._items[index])
        return self._items[index]


class HistoryModel(QAbstractListModel):
    """The history as a list, newest last, the current one marked (for the History menu/list)."""

    def __init__(self, history: History, parent: QObject | None = None):
        super().__init__(parent)
        self._history = history
        self._items: list[Location] = []
        self._index = -1
        history.changed.connect(self._reload)
        self._reload()

    def _reload(self) -> None:
        self.beginResetModel()
        self._items = self._history.items
        self._index = self._history.index
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._items)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._items):
            return None
        item = self._items[index.row()]
        if role == Qt.DisplayRole:
            from PySide6.QtCore import QCoreApplication
            name = item.title or item.id
            if item.kind == "institution":
                return QCoreApplication.translate("HistoryModel", "Institution: {name}").format(name=name)
            return name
        if role == Qt.ToolTipRole:
            return tooltip(f"{item.kind}: {item.id}")
        if role == Qt.FontRole and index.row() == self._index:
            from PySide6.QtGui import QFont
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.UserRole:
            return item
        return None
