"""The reading pane: one entry (or an institution's entries) with bookmark, note and citation actions.

Takes the atlas (to read entries) and the user store (bookmarks and notes); the window decides
where links lead, through the signals.
"""

from __future__ import annotations

import contextlib

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QToolBar, QToolButton, QVBoxLayout, QWidget

from db.atlas import Atlas
from db.errors import NotFound
from db.user_store import UserDataError, UserStore
from models import paths
from models.citation import FORMATS, cited_work, entry_citation, format_citations
from models.entry import Entry
from ui.common import theme
from ui.common.html_text import esc
from ui.common.navigation import Location
from ui.entry.entry_html import DARK_PAGE, LIGHT_PAGE, entry_page_html, institution_page_html, source_anchor
from ui.entry.entry_page import EntryPage

translate = QCoreApplication.translate


def welcome_html() -> str:
    return ("<h2>" + esc(translate("EntryPanel", "Kazakhstan Reform Atlas")) + "</h2><p>"
            + esc(translate("EntryPanel", "Choose a result to read it here. Type to search; the filters on the left "
                                 "narrow the list.")) + "</p><p>"
            + translate("EntryPanel", "Keys: <b>Ctrl+F</b> or <b>/</b> search, <b>\u2193</b> results, "
                                      "<b>Enter</b> open, "
                               "<b>Alt+\u2190</b> back, <b>Ctrl+D</b> bookmark, <b>Ctrl+P</b> print.") + " "
            + esc(translate("EntryPanel", "Help \u2192 Keyboard shortcuts lists them all.")) + "</p>")


class EntryPanel(QWidget):
    entryRequested = Signal(str)
    institutionRequested = Signal(str)
    indicatorRequested = Signal(str)
    sourceRequested = Signal(str)
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
        self.page.sourceRequested.connect(self.sourceRequested)
        self.page.linkHovered.connect(self.message)

        self.bookmark_action = QAction(self)
        self.bookmark_action.setCheckable(True)
        self.bookmark_action.setShortcut(QKeySequence("Ctrl+D"))
        self.bookmark_action.triggered.connect(self.toggle_bookmark)
        self.note_action = QAction(self)
        self.note_action.setShortcut(QKeySequence("Ctrl+Shift+N"))
        self.note_action.triggered.connect(self.edit_note)
        self.copy_citation_action = QAction(self)
        self.copy_citation_action.setShortcut(QKeySequence("Ctrl+Shift+C"))
        self.copy_citation_action.triggered.connect(self.copy_citation)
        # Entry → Copy citation as… : one action per format a reference manager imports.
        self.copy_citation_as_actions: dict[str, QAction] = {}
        for fmt in FORMATS:
            action = QAction(self)
            action.triggered.connect(lambda _=False, f=fmt: self.copy_citation_as(f))
            self.copy_citation_as_actions[fmt] = action

        self.toolbar = QToolBar(self)
        self.toolbar.setObjectName("entryToolbar")
        self.toolbar.setToolButtonStyle(Qt.ToolButtonTextOnly)
        for action in (self.bookmark_action, self.note_action, self.copy_citation_action):
            self.toolbar.addAction(action)
        for button in self.toolbar.findChildren(QToolButton):
            button.setFocusPolicy(Qt.TabFocus)
        QWidget.setTabOrder(self.toolbar_buttons()[-1], self.page)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addWidget(self.toolbar)
        layout.addWidget(self.page, 1)
        self.retranslateUi()
        self.show_welcome()

    def retranslateUi(self) -> None:
        self.bookmark_action.setToolTip(self.tr("Bookmark this entry (Ctrl+D)"))
        self.note_action.setText(self.tr("Note\u2026"))
        self.note_action.setToolTip(self.tr("Write a note on this entry; bookmarks it (Ctrl+Shift+N)"))
        self.copy_citation_action.setText(self.tr("Copy citation"))
        self.copy_citation_action.setToolTip(self.tr("Copy a plain-text citation with the data version "
                                                     "(Ctrl+Shift+C)"))
        if self.store.read_only:  # the bookmarks file can be read, not written: say so where it matters
            for action in (self.bookmark_action, self.note_action):
                action.setToolTip(self.tr("The bookmarks file is read-only: bookmarks and notes cannot be saved"))
        # The formats' own names are the same in every language.
        for fmt, text in (("text", self.tr("Plain text")), ("ris", "RIS (Zotero, EndNote, Mendeley)"),
                          ("bibtex", "BibTeX"), ("csl-json", "CSL-JSON (Zotero)")):
            self.copy_citation_as_actions[fmt].setText(text)
        note, copy = self.toolbar_buttons()[1:]
        note.setAccessibleName(self.tr("Note"))
        note.setAccessibleDescription(self.note_action.toolTip())
        copy.setAccessibleName(self.tr("Copy citation"))
        copy.setAccessibleDescription(self.copy_citation_action.toolTip())
        self.toolbar.setWindowTitle(self.tr("Entry"))
        self.toolbar.setAccessibleName(self.tr("Entry actions"))
        self._institutions = None  # institution names follow the content language
        self._set_bookmark_text()  # texts only: the store is read when the entry changes

    # -- what is shown ------------------------------------------------------------------------
    def _colors(self):
        return DARK_PAGE if theme.is_dark(self.palette()) else LIGHT_PAGE

    def show_welcome(self) -> None:
        self.entry, self.location = None, None
        self.page.setHtml(welcome_html())
        self._update_actions()

    def show_entry(self, entry_id: str) -> Entry | None:
        try:
            entry = self.atlas.entry(entry_id)
        except NotFound:
            self.entry, self.location = None, None
            self.page.setHtml("<h2>" + esc(self.tr("Not found")) + "</h2><p>" + esc(self.tr(
                "There is no entry \u201c{id}\u201d in this version of the data.").format(id=entry_id)) + "</p>")
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
            self.page.setHtml("<h2>" + esc(self.tr("Not found")) + "</h2><p>" + esc(self.tr(
                "No institution \u201c{id}\u201d.").format(id=institution_id)) + "</p>")
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
            if self.entry is None:
                self.show_welcome()
            return
        position = self.page.verticalScrollBar().value()
        if self.entry is not None:
            with contextlib.suppress(NotFound):  # the content language may have changed: read it again
                self.entry = self.atlas.entry(self.entry.id)
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
        series = [(s.id, s.name) for s in self.atlas.indicators_for_entry(self.entry.id)]
        self.page.anchor_previews = {
            source_anchor(n): self.tr("Source [%1]: ").replace("%1", str(n)) + source.citation()
            for n, source in enumerate(self.entry.sources, 1)}
        self.page.setHtml(entry_page_html(self.entry, self._colors(), note=bookmark.note if bookmark else None,
                                          bookmarked=bookmark is not None, series=series))
        self._update_actions()

    def _update_actions(self) -> None:
        has_entry = self.entry is not None
        for action in (self.bookmark_action, self.note_action, self.copy_citation_action,
                       *self.copy_citation_as_actions.values()):
            action.setEnabled(has_entry)
        if self.store.read_only:  # their tooltips say why (retranslateUi)
            for action in (self.bookmark_action, self.note_action):
                action.setEnabled(False)
        marked = has_entry and self.store.is_bookmarked(self.entry.id)  # type: ignore[union-attr]
        self.bookmark_action.setChecked(bool(marked))
        self._set_bookmark_text()

    def _set_bookmark_text(self) -> None:
        marked = self.bookmark_action.isChecked()
        self.bookmark_action.setText(self.tr("Bookmarked \u2605") if marked else self.tr("Bookmark \u2606"))
        # The star is for the eye; a screen reader hears the words (and the button's checked state).
        button = self.toolbar.widgetForAction(self.bookmark_action)
        button.setAccessibleName(self.tr("Bookmarked") if marked else self.tr("Bookmark"))
        button.setAccessibleDescription(self.bookmark_action.toolTip())

    def toolbar_buttons(self) -> list[QWidget]:
        """The action buttons above the page, in Tab order."""
        return [self.toolbar.widgetForAction(a) for a in (self.bookmark_action, self.note_action,
                                                          self.copy_citation_action)]

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslateUi()
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
                self.message.emit(self.tr("Bookmark removed: {title}").format(title=self.entry.title))
            else:
                self.store.add(self.entry.id, self.entry.title, self.entry.date)
                self.message.emit(self.tr("Bookmarked: {title}").format(title=self.entry.title))
        except UserDataError as exc:
            from ui.common.messages import warn  # the dialogs' modules load when first needed, not at start
            warn(self, self.tr("Bookmark not saved"), str(exc))
        self._render()
        self.bookmarksChanged.emit()

    def edit_note(self) -> None:
        if self.entry is None:
            return
        from PySide6.QtWidgets import QDialog

        from ui.entry.note_dialog import NoteDialog
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
            self.message.emit(self.tr("Note saved"))
            ok = True
        except UserDataError as exc:
            from ui.common.messages import warn
            warn(self, self.tr("Note not saved"), str(exc))
            ok = False
        self._render()
        self.bookmarksChanged.emit()
        return ok

    def citation(self) -> str:
        return entry_citation(self.entry, paths.APP_NAME, self.atlas.data_version) if self.entry else ""

    def citation_as(self, fmt: str) -> str:
        """The entry's citation in one of models.citation.FORMATS, accessed today."""
        if self.entry is None:
            return ""
        work = cited_work(self.entry, paths.APP_NAME, paths.ORGANISATION, paths.VERSION, self.atlas.data_version,
                          language=self.atlas.language)
        return format_citations([work], fmt)

    def copy_citation_as(self, fmt: str) -> None:
        if self.entry is None:
            return
        QGuiApplication.clipboard().setText(self.citation_as(fmt))
        self.message.emit(self.tr("Citation copied to the clipboard as {format}").format(
            format=self.copy_citation_as_actions[fmt].text()))

    def copy_citation(self) -> None:
        if self.entry is None:
            return
        QGuiApplication.clipboard().setText(self.citation())
        self.message.emit(self.tr("Citation copied to the clipboard"))
