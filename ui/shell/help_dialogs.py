"""Help menu dialogs: the keyboard shortcuts (built from the window's own actions, so it is
never out of date) and About (version, data version, where the data comes from)."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from models.entry import Source
from ui.common.html_text import esc

# Keys that belong to a widget rather than to a menu action.
WIDGET_KEYS = (
    ("/", "Search (when the reading pane or a list has focus)"),
    ("\u2193 in the search field", "Move to the results"),
    ("Enter", "Open the current result, timeline entry or bookmark"),
    ("Escape in the search field", "Clear the search"),
    ("Enter or Space in Filters", "Turn a filter on or off"),
    ("Tab / Shift+Tab", "Move between the search field, results, filters and the reading pane; "
                        "in the reading pane, between its links (Enter follows a link)"),
    ("Delete in Bookmarks", "Remove the selected bookmark"),
    ("Ctrl+S in a bookmark's note", "Save the note"),
)


class _HtmlDialog(QDialog):
    def __init__(self, title: str, html: str, parent: QWidget | None = None, size=(560, 620)):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.browser = QTextBrowser(self)
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(title)
        self.browser.setHtml(html)
        buttons = QDialogButtonBox(QDialogButtonBox.Close, self)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(*size)
        buttons.button(QDialogButtonBox.Close).setFocus(Qt.OtherFocusReason)


def shortcuts_html(menus: list[tuple[str, list[tuple[str, str]]]]) -> str:
    rows = []
    for menu, items in menus:
        rows.append(f'<tr><td colspan="2"><h3>{esc(menu)}</h3></td></tr>')
        rows += [f"<tr><td><b>{esc(keys)}</b></td><td>{esc(text)}</td></tr>" for text, keys in items]
    rows.append('<tr><td colspan="2"><h3>In lists and fields</h3></td></tr>')
    rows += [f"<tr><td><b>{esc(keys)}</b></td><td>{esc(text)}</td></tr>" for keys, text in WIDGET_KEYS]
    return '<table cellspacing="0" cellpadding="4">' + "".join(rows) + "</table>"


class ShortcutsDialog(_HtmlDialog):
    def __init__(self, menus: list[tuple[str, list[tuple[str, str]]]], parent: QWidget | None = None):
        super().__init__("Keyboard shortcuts", shortcuts_html(menus), parent)
        self.setObjectName("shortcutsDialog")


def about_html(app_name: str, version: str, data_version: str, data_as_of: str, entry_count: str,
               sources: list[Source]) -> str:
    publishers = Counter(s.publisher for s in sources if s.publisher)
    top = ", ".join(esc(name) for name, _ in publishers.most_common(12))
    kinds = Counter(s.kind for s in sources if s.kind)
    kind_text = ", ".join(f"{n} {esc(kind)}" for kind, n in kinds.most_common())
    return f"""
<h2>{esc(app_name)}</h2>
<p>Version {esc(version)}<br/>Data version {esc(data_version)}
{f"<br/>Data reviewed as of {esc(data_as_of)}" if data_as_of else ""}<br/>{esc(entry_count)} entries</p>
<h3>Where the data comes from</h3>
<p>Every entry, figure and power relation cites its sources; they are listed under each entry.
The atlas is compiled from {len(sources)} public sources{f" ({kind_text})" if kind_text else ""}:
official texts of the Constitution and laws, government and parliament publications, news agencies
and international organisations. Among the publishers: {top}.</p>
<p>Where the founding article (2024) and later sources disagree, both are kept and the entry says so
in its <i>Note on sources</i>. Confidence (high, medium, low) is shown with each entry.</p>
<p>The app works offline: it reads a database bundled with it and never connects to the network.
Your bookmarks and notes are kept in a separate file on this computer.</p>
"""


class AboutDialog(_HtmlDialog):
    def __init__(self, html: str, parent: QWidget | None = None):
        super().__init__("About", html, parent, size=(560, 520))
        self.setObjectName("aboutDialog")
