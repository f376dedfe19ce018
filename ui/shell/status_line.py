"""The status bar's text: it belongs to the view shown, and a screen reader hears it change.

The permanent label holds the search count in Search only; the Bookmarks, Glossary and Sources
views show (and announce) their own counts above their lists, and the other views have none.
Passing messages ("Note saved", "Export failed …") are announced the same way, on the bar.
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt
from PySide6.QtWidgets import QLabel, QStatusBar

from models.search import SearchResults
from ui.common.announce import announce
from ui.common.plain_text import plain_label
from ui.shell.window_language import result_count_text

MESSAGE_MS = 6000


class StatusLine(QObject):
    def __init__(self, bar: QStatusBar):
        super().__init__(bar)
        self.bar = bar
        self.bar.setObjectName("statusBar")
        self.count = plain_label(QLabel("", bar))
        self.count.setObjectName("resultCount")
        bar.addPermanentWidget(self.count)
        bar.messageChanged.connect(self._message_changed)
        self.results: SearchResults | None = None
        self.filters: list[str] = []
        self.view = "search"

    def retranslate(self) -> None:
        self.count.setAccessibleDescription(self.tr("Result count"))
        self.bar.setAccessibleDescription(self.tr("Status"))
        self._show()

    def set_results(self, results: SearchResults, filters: list[str]) -> None:
        self.results, self.filters = results, filters
        self._show()

    def set_view(self, name: str) -> None:
        self.view = name
        self._show()

    def _show(self) -> None:
        shown = self.view == "search" and self.results is not None
        announce(self.count, result_count_text(self.results, self.filters) if shown else "")

    def show_message(self, text: str) -> None:
        # A long preview (a citation with its address) is cut with an ellipsis before the count.
        room = self.bar.width() - self.count.width() - 32
        text = self.bar.fontMetrics().elidedText(text, Qt.ElideRight, max(120, room))
        self.bar.showMessage(text, MESSAGE_MS if text else 0)

    def _message_changed(self, text: str) -> None:
        announce(self.bar, text or self.tr("Status"))
