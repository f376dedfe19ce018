"""Bookmarks with their notes: list, edit a note, open, remove, export as Markdown or CSV."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
    Signal,
)
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from db.errors import AtlasError
from db.safe_save import write_text_safely
from db.user_store import UserDataError, UserStore
from models import paths
from models.bookmarks import Bookmark, bookmarks_csv, bookmarks_markdown
from ui.common.announce import announce
from ui.common.messages import warn
from ui.common.plain_text import plain_label, tooltip
from ui.i18n.dates import format_data_date, format_date

ID_ROLE = Qt.UserRole + 1
SORT_ROLE = Qt.UserRole + 2


class BookmarksModel(QAbstractTableModel):
    COLUMNS = (QT_TRANSLATE_NOOP("BookmarksModel", "Entry"), QT_TRANSLATE_NOOP("BookmarksModel", "Date"),
               QT_TRANSLATE_NOOP("BookmarksModel", "Note"), QT_TRANSLATE_NOOP("BookmarksModel", "Bookmarked"))

    def __init__(self, parent=None):
        super().__init__(parent)
        self._rows: list[Bookmark] = []

    def set_bookmarks(self, bookmarks: list[Bookmark]) -> None:
        self.beginResetModel()
        self._rows = list(bookmarks)
        self.endResetModel()

    def bookmark(self, row: int) -> Bookmark | None:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self.COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < len(self.COLUMNS):
            return QCoreApplication.translate("BookmarksModel", self.COLUMNS[section])
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._rows):
            return None
        b = self._rows[index.row()]
        column = index.column()
        if role in (Qt.DisplayRole, Qt.AccessibleTextRole):
            if column == 0:
                return b.title
            if column == 1:
                return format_data_date(b.entry_date)
            if column == 2:
                return " ".join(b.note.split())
            if column == 3:
                return format_date(b.added[:10])
        if role == Qt.ToolTipRole:
            if column == 0:  # the title, cut in a narrow table, in full
                return tooltip(b.title)
            return tooltip(b.note or QCoreApplication.translate("BookmarksModel", "No note yet"))
        if role == SORT_ROLE:
            return (b.title.lower(), b.entry_date, b.note.lower(), b.added)[column]
        if role == ID_ROLE:
            return b.entry_id
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.NoItemFlags
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemNeverHasChildren


class _BookmarkTable(QTableView):
    openRequested = Signal(QModelIndex)
    removeRequested = Signal()

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and self.currentIndex().isValid():
            self.openRequested.emit(self.currentIndex())
            return
        if event.key() == Qt.Key_Delete and self.currentIndex().isValid():
            self.removeRequested.emit()
            return
        super().keyPressEvent(event)


class BookmarksView(QWidget):
    entryRequested = Signal(str)
    entrySelected = Signal(str)   # the current bookmark changed: show it in the reading pane
    bookmarksChanged = Signal()
    printRequested = Signal()
    message = Signal(str)

    def __init__(self, store: UserStore, data_version: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.store = store
        self.data_version = data_version
        self.model = BookmarksModel(self)
        self.proxy = QSortFilterProxyModel(self)
        self.proxy.setSourceModel(self.model)
        self.proxy.setSortRole(SORT_ROLE)
        self.table = _BookmarkTable(self)
        self.table.setObjectName("bookmarksTable")
        self.table.setModel(self.proxy)
        self.table.setSortingEnabled(True)
        self.table.sortByColumn(3, Qt.DescendingOrder)
        self.table.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.table.setAlternatingRowColors(True)
        self.table.setWordWrap(False)
        # Arrows move between cells; Tab leaves for the note and the buttons (no Tab trap).
        self.table.setTabKeyNavigation(False)
        self.table.verticalHeader().hide()
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeToContents)
        # The title gets the room; the note column a fixed share (its full text is below the table).
        header.setSectionResizeMode(2, QHeaderView.Interactive)
        header.resizeSection(2, self.fontMetrics().averageCharWidth() * 16)
        header.setSectionResizeMode(3, QHeaderView.ResizeToContents)
        self.table.openRequested.connect(self._open)
        self.table.doubleClicked.connect(self._open)
        self.table.removeRequested.connect(self.remove_current)
        self.table.selectionModel().currentRowChanged.connect(self._show_note)

        self.note_label = plain_label(QLabel(self))  # shows a bookmarked title
        self.note = QPlainTextEdit(self)
        self.note.setObjectName("bookmarkNote")
        self.note.setTabChangesFocus(True)
        self.note_label.setBuddy(self.note)
        self.save_button = QPushButton(self)
        self.save_button.clicked.connect(self.save_note)
        QShortcut(QKeySequence.Save, self.note, self.save_note, context=Qt.WidgetShortcut)

        self.open_button = QPushButton(self)
        self.open_button.clicked.connect(lambda: self._open(self.table.currentIndex()))
        self.remove_button = QPushButton(self)
        self.remove_button.clicked.connect(self.remove_current)
        self.markdown_button = QPushButton(self)
        self.markdown_button.clicked.connect(self.export_markdown_dialog)
        self.csv_button = QPushButton(self)
        self.csv_button.clicked.connect(self.export_csv_dialog)
        self.print_button = QPushButton(self)
        self.print_button.clicked.connect(self.printRequested)

        self.count_label = plain_label(QLabel("", self))
        # Two rows: what acts on the selected bookmark, then what takes them all. One row clips
        # the export buttons' labels at a large font or in Russian and Kazakh.
        buttons = QVBoxLayout()
        for group in ((self.open_button, self.remove_button),
                      (self.markdown_button, self.csv_button, self.print_button)):
            row = QHBoxLayout()
            for button in group:
                row.addWidget(button)
            row.addStretch(1)
            buttons.addLayout(row)

        note_box = QWidget(self)
        note_layout = QVBoxLayout(note_box)
        note_layout.setContentsMargins(0, 0, 0, 0)
        note_row = QHBoxLayout()
        note_row.addWidget(self.note_label)
        note_row.addStretch(1)
        note_row.addWidget(self.save_button)
        note_layout.addLayout(note_row)
        note_layout.addWidget(self.note, 1)

        self.splitter = QSplitter(Qt.Vertical, self)
        self.splitter.setObjectName("bookmarksSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(note_box)
        self.splitter.setSizes([380, 160])
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.addWidget(self.count_label)
        layout.addWidget(self.splitter, 1)
        layout.addLayout(buttons)
        self.setTabOrder(self.table, self.note)
        self.setTabOrder(self.note, self.save_button)
        self.retranslateUi()
        self.reload()

    def retranslateUi(self) -> None:
        self.table.setAccessibleName(self.tr("Bookmarks"))
        self.note.setAccessibleName(self.tr("Note on the selected bookmark"))
        self.note.setPlaceholderText(self.tr("Select a bookmark to read or write its note."))
        for button, text, name, tip in (
                (self.save_button, self.tr("Save note"), self.tr("Save note"), self.tr("Save the note (Ctrl+S)")),
                (self.open_button, self.tr("Open"), self.tr("Open bookmark"), ""),
                (self.remove_button, self.tr("Remove"), self.tr("Remove bookmark"),
                 self.tr("Remove the selected bookmark and its note (Delete)")),
                (self.markdown_button, self.tr("Export Markdown\u2026"), self.tr("Export bookmarks as Markdown"), ""),
                (self.csv_button, self.tr("Export CSV\u2026"), self.tr("Export bookmarks as CSV"), ""),
                (self.print_button, self.tr("Print all\u2026"), self.tr("Print all bookmarks"),
                 self.tr("Print or save as PDF the summaries of every bookmarked entry"))):
            button.setText(text)
            button.setAccessibleName(name)
            button.setToolTip(tip)
        self.model.headerDataChanged.emit(Qt.Horizontal, 0, len(self.model.COLUMNS) - 1)
        self._update_labels()  # texts only: the store is read by reload()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.LanguageChange and hasattr(self, "print_button"):
            self.retranslateUi()
        super().changeEvent(event)

    # -- data ---------------------------------------------------------------------------------
    def reload(self) -> None:
        current = self.current_id()
        self.model.set_bookmarks(self.store.bookmarks())
        count = self.model.rowCount()
        has = count > 0
        for button in (self.open_button, self.remove_button, self.markdown_button, self.csv_button,
                       self.print_button):
            button.setEnabled(has)
        self.remove_button.setEnabled(has and not self.store.read_only)
        if current:
            self.select(current)
        elif has and not self.table.currentIndex().isValid():
            self.table.setCurrentIndex(self.proxy.index(0, 0))
        self._show_note(self.table.currentIndex())

    def _update_labels(self) -> None:
        count = self.model.rowCount()
        announce(self.count_label, (self.tr("1 bookmark") if count == 1 else self.tr("{n} bookmarks").format(n=count))
                                 + (" \u2014 " + self.tr("read-only: changes cannot be saved") if self.store.read_only
                                    else "" if self.store.persistent else " \u2014 " + self.tr(
                                        "not saved: the bookmarks file could not be opened")))
        index = self.table.currentIndex()
        bookmark = self.model.bookmark(self.proxy.mapToSource(index).row()) if index.isValid() else None
        self.note_label.setText(self.tr("Note on \u201c{title}\u201d").format(title=bookmark.title) if bookmark
                                else self.tr("Note"))

    def current_id(self) -> str | None:
        index = self.table.currentIndex()
        return index.data(ID_ROLE) if index.isValid() else None

    def select(self, entry_id: str) -> bool:
        for row in range(self.proxy.rowCount()):
            index = self.proxy.index(row, 0)
            if index.data(ID_ROLE) == entry_id:
                self.table.setCurrentIndex(index)
                return True
        return False

    def ids(self) -> list[str]:
        return [self.proxy.index(row, 0).data(ID_ROLE) for row in range(self.proxy.rowCount())]

    # -- actions ------------------------------------------------------------------------------
    def _show_note(self, index: QModelIndex, _previous: QModelIndex | None = None) -> None:
        entry_id = index.data(ID_ROLE) if index.isValid() else None
        bookmark = self.store.bookmark(entry_id) if entry_id else None
        self.note.setEnabled(bookmark is not None)
        self.note.setReadOnly(self.store.read_only)  # still readable and copyable
        self.save_button.setEnabled(bookmark is not None and not self.store.read_only)
        self.note.setPlainText(bookmark.note if bookmark else "")
        self._update_labels()
        if entry_id and _previous is not None:
            self.entrySelected.emit(entry_id)

    def save_note(self) -> bool:
        entry_id = self.current_id()
        if not entry_id:
            return False
        try:
            self.store.set_note(entry_id, self.note.toPlainText())
        except UserDataError as exc:
            warn(self, self.tr("Note not saved"), str(exc))
            return False
        self.message.emit(self.tr("Note saved"))
        self.reload()
        self.bookmarksChanged.emit()
        return True

    def remove_current(self) -> None:
        entry_id = self.current_id()
        if not entry_id:
            return
        row = self.table.currentIndex().row()
        try:
            self.store.remove(entry_id)
        except UserDataError as exc:
            warn(self, self.tr("Bookmark not removed"), str(exc))
            return
        self.table.setCurrentIndex(QModelIndex())
        self.reload()
        if self.proxy.rowCount():
            self.table.setCurrentIndex(self.proxy.index(min(row, self.proxy.rowCount() - 1), 0))
        self.bookmarksChanged.emit()

    def _open(self, index: QModelIndex) -> None:
        if index.isValid():
            self.entryRequested.emit(index.data(ID_ROLE))

    def export_markdown(self, path: Path) -> None:
        text = bookmarks_markdown(self.store.bookmarks(), paths.APP_NAME, self.data_version)
        write_text_safely(path, text)

    def export_csv(self, path: Path) -> None:
        # utf-8-sig so that spreadsheet programs read Cyrillic notes correctly.
        write_text_safely(path, bookmarks_csv(self.store.bookmarks(), self.data_version), encoding="utf-8-sig")

    def export_markdown_dialog(self) -> None:
        self._export(self.tr("Export bookmarks as Markdown"), "bookmarks.md", "Markdown (*.md)", self.export_markdown)

    def export_csv_dialog(self) -> None:
        self._export(self.tr("Export bookmarks as CSV"), "bookmarks.csv", "CSV (*.csv)", self.export_csv)

    def _export(self, title: str, default_name: str, file_filter: str, write) -> None:
        name, _ = QFileDialog.getSaveFileName(self, title, str(Path.home() / default_name), file_filter)
        if not name:
            return
        try:
            write(Path(name))
        except AtlasError as exc:  # one line from safe_save: why, and that the old file was kept
            warn(self, self.tr("Export failed"), str(exc))
            return
        self.message.emit(self.tr("Exported to {name}").format(name=name))
