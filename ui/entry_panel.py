"""The reading pane: one entry (or an institution's entries) with bookmark, note and citation actions.

Takes the atlas (to read entries) and the user store (bookmarks and notes); the window decides
where links lead, through the signals.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QDialog, QToolBar, QToolButton, QVBoxLayout, QWidget

from db import indicator_queries
from db.atlas import Atlas
from db.errors import NotFound
from db.user_store import UserDataError, UserStore
from models import paths
from models.citation import entry_citation
from models.entry import Entry
from ui import theme
from ui.entry_html import DARK_PAGE, LIGHT_PAGE, e, entry_page_html, institution_page_html
from ui.entry_page import EntryPage
from ui.messages import warn
from ui.navigation import Location
from ui.note_dialog import NoteDialog

WELCOME_HTML = """<h2>Kazakhstan Reform Atlas</h2>
<p>Choose a result to read it here. Type to search; the filters on the left narrow the list.</p>
<p>Keys: <b>Ctrl+F</b> or <b>/</b> search, <b>\u2193</b> results, <b>Enter</b> open,
<b>Alt+\u2190</b> back, <b>Ctrl+D</b> bookmark, <b>Ctrl+P</b> print. Help \u2192 Keyboard shortcuts lists them all.</p>"""


class EntryPanel(QWidget):
    entryRequested = Signal(str)
    institutionRequested = Signal(str)
    indicatorRequested = Signal(str)
    bookmarksChanged = Signal()
    message = Signal(str)

    def __init__(self, atlas: Atlas, store: UserStore, parent: QWidget | None = None):
        super().__init__(parent)
        self.atlas = atlas
        self.store = store
        self.entry: Entry | None = None
        self.location: Location | None = None
        self._institutions: dict[str, dict] | None = None
        self._stale = False

        self.page = EntryPage(self)
        self.page.entryRequested.connect(self.entryRequested)
        self.page.institutionRequested.connect(self.institutionRequested)
        self.page.indicatorRequested.connect(self.indicatorRequested)
        self.page.linkHovered.connect(self.message)

        self.bookmark_action = QAction("Bookmark", self)
        self.bookmark_action.setCheckable(True)
        self.bookmark_action.setShortcut(QKeySequence("Ctrl+D"))
        self.bookmark_action.setToolTip("Bookmark this entry (Ctrl+D)")
        self.bookmark_action.triggered.connect(self.toggle_bookmark)
        self.note_action = QAction("Note\u2026", self)
        self.note_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.note_action.setToolTip("Write a note on this entry; bookmarks it (Ctrl+Shift+N)")
        self.note_action.triggered.connect(self.edit_note)
        self.copy_citation_action = QAction("Copy citation", self)
        self.copy_citation_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.copy_citation_action.setToolTip("Copy a plain-text citation with the data version (Ctrl+Shift+C)")
        self.copy_citation_action.triggered.connect(self.copy_citation)

        self.toolbar = QToolBar("Entry", self)
        self.toolbar.setObjectName("entryToolbar")
        self.toolbar.setAccessibleName("Entry actions")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonTextOnly)
        for action in (self.bookmark_action, self.note_action, self.copy_citation_action):
            self.toolbar.addAction(action)
        for button in self.toolbar.findChildren(QToolButton):
            button.setFocusPolicy(Qt.TabFocus)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.page, 1)
        self.show_welcome()

    # -- what is shown ------------------------------------------------------------------------
    def _colors(self):
        return DARK_PAGE if theme.is_dark(self.palette()) else LIGHT_PAGE

    def show_welcome(self) -> None:
        self.entry, self.location = None, None
        self.page.setHtml(WELCOME_HTML)
        self._update_actions()

    def show_entry(self, entry_id: str) -> Entry | None:
        try:
            entry = self.atlas.entry(entry_id)
        except NotFound:
            self.entry, self.location = None, None
            self.page.setHtml(f"<h2>Not found</h2><p>There is no entry \u201c{e(entry_id)}\u201d in this "
                              "version of the data.</p>")
            self._update_actions()
            return None
        self.entry = entry
        self.location = Location("entry", entry.id, entry.title)
        self._render()
        self.page.verticalScrollBar().setValue(0)
        return entry

    def show_institution(self, institution_id: str) -> Location | None:
        institution = self.institutions().get(institution_id)
        self.entry = None
        if institution is None:
            self.location = None
            self.page.setHtml(f"<h2>Not found</h2><p>No institution \u201c{e(institution_id)}\u201d.</p>")
        else:
            self.location = Location("institution", institution_id, institution["name"])
            refs = self.atlas.entries_for_institution(institution_id)
            self.page.setHtml(institution_page_html(institution, refs, self._colors()))
            self.page.verticalScrollBar().setValue(0)
        self._update_actions()
        return self.location

    def show_location(self, location: Location) -> None:
        if location.kind == "institution":
            self.show_institution(location.id)
        else:
            self.show_entry(location.id)

    def refresh(self) -> None:
        """Re-render (theme, zoom or bookmark changed), keeping the scroll position."""
        if self.location is None:
            return
        position = self.page.verticalScrollBar().value()
        if self.entry is not None:
            self._render()
        else:
            self.show_institution(self.location.id)
        self.page.verticalScrollBar().setValue(position)

    def institutions(self) -> dict[str, dict]:
        if self._institutions is None:
            self._institutions = {i["id"]: i for i in self.atlas.institutions()}
        return self._institutions

    def _render(self) -> None:
        assert self.entry is not None
        bookmark = self.store.bookmark(self.entry.id)
        series = [(s.id, s.name) for s in indicator_queries.series_for_entry(self.atlas.conn, self.entry.id)]
        self.page.setHtml(entry_page_html(self.entry, self._colors(), note=bookmark.note if bookmark else None,
                                          bookmarked=bookmark is not None, series=series))
        self._update_actions()

    def _update_actions(self) -> None:
        has_entry = self.entry is not None
        for action in (self.bookmark_action, self.note_action, self.copy_citation_action):
            action.setEnabled(has_entry)
        if self.store.read_only:  # the bookmarks file can be read, not written: say so where it matters
            for action in (self.bookmark_action, self.note_action):
                action.setEnabled(False)
                action.setToolTip("The bookmarks file is read-only: bookmarks and notes cannot be saved")
        marked = has_entry and self.store.is_bookmarked(self.entry.id)  # type: ignore[union-attr]
        self.bookmark_action.setChecked(bool(marked))
        self.bookmark_action.setText("Bookmarked \u2605" if marked else "Bookmark \u2606")

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.PaletteChange:
            # The page's colours come from the theme; a hidden pane catches up when shown.
            if self.isVisible():
                self.refresh()
            else:
                self._stale = True
        super().changeEvent(event)

    def showEvent(self, event) -> None:
        if self._stale:
            self._stale = False
            self.refresh()
        super().showEvent(event)

    # -- actions ------------------------------------------------------------------------------
    def toggle_bookmark(self) -> None:
        if self.entry is None:
            return
        try:
            if self.store.is_bookmarked(self.entry.id):
                self.store.remove(self.entry.id)
                self.message.emit(f"Bookmark removed: {self.entry.title}")
            else:
                self.store.add(self.entry.id, self.entry.title, self.entry.date)
                self.message.emit(f"Bookmarked: {self.entry.title}")
        except UserDataError as exc:
            warn(self, "Bookmark not saved", str(exc))
        self._render()
        self.bookmarksChanged.emit()

    def edit_note(self) -> None:
        if self.entry is None:
            return
        bookmark = self.store.bookmark(self.entry.id)
        dialog = NoteDialog(self.entry.title, bookmark.note if bookmark else "", self)
        if dialog.exec() != QDialog.Accepted:
            return
        self.save_note(dialog.note())

    def save_note(self, note: str) -> bool:
        if self.entry is None:
            return False
        try:
            if not self.store.is_bookmarked(self.entry.id):
                self.store.add(self.entry.id, self.entry.title, self.entry.date)
            self.store.set_note(self.entry.id, note)
            self.message.emit("Note saved")
            ok = True
        except UserDataError as exc:
            warn(self, "Note not saved", str(exc))
            ok = False
        self._render()
        self.bookmarksChanged.emit()
        return ok

    def citation(self) -> str:
        return entry_citation(self.entry, paths.APP_NAME, self.atlas.data_version) if self.entry else ""

    def copy_citation(self) -> None:
        if self.entry is None:
            return
        QGuiApplication.clipboard().setText(self.citation())
        self.message.emit("Citation copied to the clipboard")
