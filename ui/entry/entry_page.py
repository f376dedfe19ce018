"""The reading pane's browser: shows HTML built by ui/entry_html.py and decides what links do.

Nothing is loaded or followed by itself: `loadResource` refuses every resource (no local file
or image named in the data is ever read), internal links (`entry:`, `institution:`, `indicator:`,
`source:`, `term:`, `search:`) become signals, `#name` links scroll the page to that anchor (an
entry's `[n]` markers to its Sources list), and an http(s) address is handed to the system browser
only when the reader clicks it. The Sources and Glossary views use the same browser.
"""

from __future__ import annotations

from collections.abc import Callable
from urllib.parse import unquote

from PySide6.QtCore import QByteArray, Qt, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QImage, QKeyEvent, QTextCursor, QTextDocument
from PySide6.QtWidgets import QTextBrowser, QWidget

from ui.entry.entry_html import (
    ENTRY_SCHEME,
    INDICATOR_SCHEME,
    INSTITUTION_SCHEME,
    SEARCH_SCHEME,
    SOURCE_SCHEME,
    TERM_SCHEME,
    safe_external_url,
)


class EntryPage(QTextBrowser):
    entryRequested = Signal(str)
    institutionRequested = Signal(str)
    indicatorRequested = Signal(str)
    sourceRequested = Signal(str)
    termRequested = Signal(str)
    searchRequested = Signal(str)
    linkHovered = Signal(str)       # what a link under the pointer or keyboard focus would do
    externalOpened = Signal(str)

    def __init__(self, parent: QWidget | None = None,
                 open_external: Callable[[QUrl], bool] | None = None):
        super().__init__(parent)
        # Looked up at the click, not at import: the system browser is asked only then.
        self._open_external = open_external or (lambda url: QDesktopServices.openUrl(url))
        # What hovering a `#name` link says (the citation an `[n]` marker points to); set by the owner.
        self.anchor_previews: dict[str, str] = {}
        self.setObjectName("entryPage")
        self.setAccessibleName(self.tr("Entry"))
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.setSearchPaths([])
        self.document().setDocumentMargin(14)
        self.anchorClicked.connect(self.follow)
        self.highlighted.connect(self._hovered)

    def loadResource(self, kind: int, name: QUrl):
        """Refuse everything: the page never needs a resource, and data must not name one.

        The answer must not be empty: for an empty answer QTextDocument falls back to reading
        local files itself, and for an image that does not decode the image handler loads the
        file by name. So images get a blank 1x1 picture, everything else a byte of nothing.
        """
        if kind == QTextDocument.ImageResource:
            blank = QImage(1, 1, QImage.Format_ARGB32)
            blank.fill(0)
            return blank
        return QByteArray(b" ")

    def follow(self, url: QUrl) -> None:
        scheme = url.scheme().lower()
        if not scheme and not url.path() and url.hasFragment():
            self.show_anchor(url.fragment())  # an `[n]` marker: to its place in the Sources list
            return
        target = unquote(url.path())
        if scheme == ENTRY_SCHEME:
            self.entryRequested.emit(target)
        elif scheme == INSTITUTION_SCHEME:
            self.institutionRequested.emit(target)
        elif scheme == INDICATOR_SCHEME:
            self.indicatorRequested.emit(target)
        elif scheme == SOURCE_SCHEME:
            self.sourceRequested.emit(target)
        elif scheme == TERM_SCHEME:
            self.termRequested.emit(target)
        elif scheme == SEARCH_SCHEME:
            self.searchRequested.emit(target)
        elif scheme in ("http", "https") and safe_external_url(url.toString()) and self._open_external(url):
            self.externalOpened.emit(url.toString())
        # Anything else (file:, javascript:, data:, relative paths) is not followed at all.

    def show_anchor(self, name: str) -> bool:
        """Scroll to the named anchor and select its paragraph (the cited source), so the eye finds it."""
        block = self.document().begin()
        while block.isValid():
            it = block.begin()
            while not it.atEnd():
                if name in it.fragment().charFormat().anchorNames():
                    self.scrollToAnchor(name)
                    cursor = QTextCursor(block)
                    cursor.movePosition(QTextCursor.EndOfBlock, QTextCursor.KeepAnchor)
                    self.setTextCursor(cursor)
                    return True
                it += 1
            block = block.next()
        return False

    def keyPressEvent(self, event: QKeyEvent) -> None:
        """Tab walks the page's links (Enter follows one); Ctrl+Tab and Ctrl+Shift+Tab leave the
        page at once for the next or previous control, however many links it has."""
        if event.key() in (Qt.Key_Tab, Qt.Key_Backtab) and event.modifiers() & Qt.ControlModifier:
            forward = event.key() == Qt.Key_Tab and not event.modifiers() & Qt.ShiftModifier
            self.leave(forward)
            return
        super().keyPressEvent(event)

    def leave(self, forward: bool = True) -> None:
        """Give the focus to the next (previous) control of the Tab chain."""
        widget = self.nextInFocusChain() if forward else self.previousInFocusChain()
        while widget is not None and widget is not self:
            if widget.window() is self.window() and widget.isVisible() and widget.isEnabled() \
                    and widget.focusPolicy() & Qt.TabFocus and widget.focusProxy() is None:
                widget.setFocus(Qt.TabFocusReason if forward else Qt.BacktabFocusReason)
                return
            widget = widget.nextInFocusChain() if forward else widget.previousInFocusChain()

    def _hovered(self, url: QUrl) -> None:
        if url.isEmpty():
            self.linkHovered.emit("")
        elif not url.scheme() and url.hasFragment():
            self.linkHovered.emit(self.anchor_previews.get(url.fragment(), ""))
        elif url.scheme() == ENTRY_SCHEME:
            self.linkHovered.emit(self.tr("Open entry: {target}").format(target=unquote(url.path())))
        elif url.scheme() == INSTITUTION_SCHEME:
            self.linkHovered.emit(self.tr("Entries about this institution: {target}").format(
                target=unquote(url.path())))
        elif url.scheme() == INDICATOR_SCHEME:
            self.linkHovered.emit(self.tr("Plot this series in Indicators: {target}").format(
                target=unquote(url.path())))
        elif url.scheme() == SOURCE_SCHEME:
            self.linkHovered.emit(self.tr("Show in Sources: ") + unquote(url.path()))
        elif url.scheme() == TERM_SCHEME:
            self.linkHovered.emit(self.tr("Show in the Glossary: ") + unquote(url.path()))
        elif url.scheme() == SEARCH_SCHEME:
            self.linkHovered.emit(self.tr("Search for: ") + unquote(url.path()))
        elif url.scheme() in ("http", "https"):
            self.linkHovered.emit(self.tr("Opens in your web browser: {target}").format(target=url.toString()))
        else:
            self.linkHovered.emit("")
