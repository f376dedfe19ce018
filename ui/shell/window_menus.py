"""The main window's menus as one table (File, Edit, View, Go, Entry, Help): what each item does
is a public method of the window or an action owned by a view. The Keyboard shortcuts dialog is
generated from the menus built from this table."""

from __future__ import annotations

from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow

from models import paths
from ui.shell.menus import SEPARATOR, MenuItem


def menu_table(window: QMainWindow, view_items: list[MenuItem]) -> list:
    """`window` is the MainWindow (not imported here: it imports this module)."""
    return [
        ("&File", [
            MenuItem("&Print Entry\u2026", window.print_current, (QKeySequence.Print,), "Print the entry shown",
                     name="print"),
            MenuItem("Print Pre&view\u2026", window.preview_current, ("Ctrl+Shift+P",), name="preview"),
            MenuItem("&Export Entry as PDF\u2026", window.export_current, ("Ctrl+Shift+E",), name="export"),
            SEPARATOR,
            ("Selected &results", [
                MenuItem("Print\u2026", lambda: window.print_scope("results", "print"), name="print-results"),
                MenuItem("Print Preview\u2026", lambda: window.print_scope("results", "preview"),
                         name="preview-results"),
                MenuItem("Export as PDF\u2026", lambda: window.print_scope("results", "export"),
                         name="export-results")]),
            ("All &bookmarks", [
                MenuItem("Print\u2026", lambda: window.print_scope("bookmarks", "print"), name="print-bookmarks"),
                MenuItem("Print Preview\u2026", lambda: window.print_scope("bookmarks", "preview"),
                         name="preview-bookmarks"),
                MenuItem("Export as PDF\u2026", lambda: window.print_scope("bookmarks", "export"),
                         name="export-bookmarks"),
                MenuItem("Export as Markdown\u2026", lambda: window.bookmarks_view().export_markdown_dialog(),
                         name="bookmarks-md"),
                MenuItem("Export as CSV\u2026", lambda: window.bookmarks_view().export_csv_dialog(),
                         name="bookmarks-csv")]),
            SEPARATOR,
            MenuItem("&Quit", window.close, (QKeySequence.Quit, "Ctrl+Q"), name="quit"),
        ]),
        ("&Edit", [
            MenuItem("&Find", window.focus_search, (QKeySequence.Find,), "Search (also /)", name="find"),
            MenuItem("Clear &filters", window.search.facets.clear, ("Ctrl+Shift+X",), name="clear-filters"),
            SEPARATOR,
            MenuItem("Copy citation", action=window.entry_panel.copy_citation_action, name="copy-citation"),
        ]),
        ("&View", [
            *view_items,
            SEPARATOR,
            MenuItem("&Reading pane", window.set_reading_pane, ("F6",), "Show or hide the reading pane",
                     checkable=True, name="reading-pane"),
            SEPARATOR,
            MenuItem("Zoom &In", lambda: window.set_zoom(window.zoom + 1), ("Ctrl+=", QKeySequence.ZoomIn),
                     name="zoom-in"),
            MenuItem("Zoom &Out", lambda: window.set_zoom(window.zoom - 1), ("Ctrl+-", QKeySequence.ZoomOut),
                     name="zoom-out"),
            MenuItem("&Actual Size", lambda: window.set_zoom(0), ("Ctrl+0",), name="zoom-reset"),
            SEPARATOR,
            MenuItem("&Dark mode", window.set_dark, ("Ctrl+Shift+D",),
                     "Dark colours on screen (print stays light)", checkable=True, name="dark"),
            MenuItem("Follow &system theme", window.set_follow_system, (),
                     "Use the light or dark setting of the system", checkable=True, name="follow-system"),
        ]),
        ("&Go", [
            MenuItem("&Back", window.go_back, (QKeySequence.Back, "Alt+Left"), name="back"),
            MenuItem("&Forward", window.go_forward, (QKeySequence.Forward, "Alt+Right"), name="forward"),
            ("&History", [], "history"),
        ]),
        ("&Entry", [
            MenuItem("Bookmark", action=window.entry_panel.bookmark_action, name="bookmark"),
            MenuItem("Note", action=window.entry_panel.note_action, name="note"),
            MenuItem("Copy citation", action=window.entry_panel.copy_citation_action, name="copy-citation-2"),
        ]),
        ("&Help", [
            MenuItem("&Keyboard shortcuts", window.show_shortcuts, (QKeySequence.HelpContents, "Ctrl+/"),
                     name="shortcuts"),
            MenuItem("&About " + paths.APP_NAME, window.show_about, name="about"),
        ]),
    ]
