"""Help menu dialogs: the keyboard shortcuts (built from the window's own actions, so it is
never out of date) and About (version, data version, where the data comes from)."""

from __future__ import annotations

from collections import Counter

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QSize, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QTextBrowser, QVBoxLayout, QWidget

from models.entry import Source
from ui.common.html_text import esc
from ui.common.screen_fit import fit_to_screen
from ui.i18n import translations
from ui.i18n.dates import format_date

# Keys that belong to a widget rather than to a menu action.
# Translated where shown (context "HelpDialogs").
WIDGET_KEYS = (
    ("/", QT_TRANSLATE_NOOP("HelpDialogs", "Search (when the reading pane or a list has focus)")),
    (QT_TRANSLATE_NOOP("HelpDialogs", "\u2193 in the search field"),
     QT_TRANSLATE_NOOP("HelpDialogs", "Move to the results")),
    ("Enter", QT_TRANSLATE_NOOP("HelpDialogs", "Open the current result, timeline entry or bookmark")),
    (QT_TRANSLATE_NOOP("HelpDialogs", "Escape in the search field"),
     QT_TRANSLATE_NOOP("HelpDialogs", "Clear the search")),
    (QT_TRANSLATE_NOOP("HelpDialogs", "Enter or Space in Filters"),
     QT_TRANSLATE_NOOP("HelpDialogs", "Turn a filter on or off")),
    ("Tab / Shift+Tab", QT_TRANSLATE_NOOP("HelpDialogs", "Move between the search field, results, filters and "
                                                         "the reading pane; in the reading pane, between its links "
                                                         "(Enter follows a link)")),
    (QT_TRANSLATE_NOOP("HelpDialogs", "Ctrl+Tab / Ctrl+Shift+Tab in the reading pane"),
     QT_TRANSLATE_NOOP("HelpDialogs", "Leave the page for the next or previous control")),
    (QT_TRANSLATE_NOOP("HelpDialogs", "Delete in Bookmarks"),
     QT_TRANSLATE_NOOP("HelpDialogs", "Remove the selected bookmark")),
    (QT_TRANSLATE_NOOP("HelpDialogs", "Ctrl+S in a bookmark's note"),
     QT_TRANSLATE_NOOP("HelpDialogs", "Save the note")),
)
translate = QCoreApplication.translate


def _tr(text: str) -> str:
    return QCoreApplication.translate("HelpDialogs", text)


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
        fit_to_screen(self, QSize(*size))  # never taller than a 1366x768 or 1024x640 screen
        buttons.button(QDialogButtonBox.Close).setFocus(Qt.OtherFocusReason)


def shortcuts_html(menus: list[tuple[str, list[tuple[str, str]]]]) -> str:
    """Two columns, key → action: the keys on the left, what they do on the right. `menus` is
    shortcut_table()'s (menu title, [(action text, keys)])."""
    key, action = translate("HelpDialogs", "Key"), translate("HelpDialogs", "Action")
    rows = [f'<tr><th align="left">{esc(key)}</th><th align="left">{esc(action)}</th></tr>']
    for menu, items in menus:
        rows.append(f'<tr><td colspan="2"><h3>{esc(menu)}</h3></td></tr>')
        rows += [f'<tr><td nowrap><b>{esc(keys)}</b></td><td>{esc(text)}</td></tr>' for text, keys in items]
    rows.append('<tr><td colspan="2"><h3>' + esc(translate("HelpDialogs", "In lists and fields")) + "</h3></td></tr>")
    rows += [f"<tr><td><b>{esc(_tr(keys))}</b></td><td>{esc(_tr(text))}</td></tr>" for keys, text in WIDGET_KEYS]
    return '<table width="100%" cellspacing="0" cellpadding="4">' + "".join(rows) + "</table>"


class ShortcutsDialog(_HtmlDialog):
    def __init__(self, menus: list[tuple[str, list[tuple[str, str]]]], parent: QWidget | None = None):
        super().__init__(translate("HelpDialogs", "Keyboard shortcuts"), shortcuts_html(menus), parent)
        self.setObjectName("shortcutsDialog")


def about_html(app_name: str, version: str, data_version: str, data_as_of: str, entry_count: str,
               sources: list[Source]) -> str:
    publishers = Counter(s.publisher for s in sources if s.publisher)
    top = ", ".join(esc(name) for name, _ in publishers.most_common(12))
    kinds = Counter(s.kind for s in sources if s.kind)
    kind_text = ", ".join(f"{n} {esc(kind)}" for kind, n in kinds.most_common())
    def para(text: str) -> str:
        return f"<p>{esc(text)}</p>"

    reviewed = ""
    if data_as_of:
        reviewed = "<br/>" + esc(translate("HelpDialogs", "Data reviewed as of {date}").format(
            date=format_date(data_as_of)))
    compiled = translate("HelpDialogs", "Every entry, figure and power relation cites its sources; they are listed "
                                        "under each entry. The atlas is compiled from {count} public sources: "
                                        "official texts of the Constitution and laws, government and parliament "
                                        "publications, news agencies and international organisations.")
    lines = [f"<h2>{esc(app_name)}</h2>",
             "<p>" + esc(translate("HelpDialogs", "Version {version}").format(version=version)) + "<br/>"
             + esc(translate("HelpDialogs", "Data version {version}").format(version=data_version)) + reviewed
             + "<br/>" + esc(translate("HelpDialogs", "Entries: {count}").format(count=entry_count)) + "</p>",
             "<h3>" + esc(translate("HelpDialogs", "Where the data comes from")) + "</h3>",
             "<p>" + esc(compiled.format(count=len(sources))) + (f" ({kind_text})" if kind_text else "") + " "
             + esc(translate("HelpDialogs", "Among the publishers:")) + f" {top}.</p>",
             para(translate("HelpDialogs", "Where the founding article (2024) and later sources disagree, both are "
                                           "kept and the entry says so in its Note on sources. Confidence (high, "
                                           "medium, low) is shown with each entry.")),
             para(translate("HelpDialogs", "The app works offline: it reads a database bundled with it and never "
                                           "connects to the network. Your bookmarks and notes are kept in a "
                                           "separate file on this computer."))]
    if translations.current_language() != "en":
        lines.append("<p><i>" + esc(translate("HelpDialogs", "The interface and the entries are translated from "
                                                           "English; the English text is authoritative."))
                     + "</i></p>")
    return "\n".join(lines)


class AboutDialog(_HtmlDialog):
    def __init__(self, html: str, parent: QWidget | None = None):
        super().__init__(translate("HelpDialogs", "About"), html, parent, size=(560, 520))
        self.setObjectName("aboutDialog")
