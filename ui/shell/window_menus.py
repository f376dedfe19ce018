"""The main window's menus as one table (File, Edit, View, Go, Entry, Language, Help): what each
item does is a public method of the window or an action owned by a view. The Keyboard shortcuts
dialog is generated from the menus built from this table.

The table is made in the current language (context "MainWindow"): once to build the menus, and
again after a language switch to retitle the same menus (MainWindow.retranslateUi). Items whose
action belongs to a view (Bookmark, Note, Copy citation) are retranslated by that view."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QKeySequence
from PySide6.QtWidgets import QMainWindow

from ui.i18n import languages
from ui.shell.menus import SEPARATOR, MenuItem
from ui.shell.view_host import ViewSpec

translate = QCoreApplication.translate


def app_title() -> str:
    return translate("MainWindow", "Kazakhstan Reform Atlas")


def language_items(window: QMainWindow) -> list[MenuItem]:
    """One item per interface language, each named in itself (never translated)."""
    return [MenuItem(languages.NATIVE_NAMES[code], lambda _=False, c=code: window.set_language(c),
                     checkable=True, name=f"lang:{code}") for code in languages.LANGUAGES]


def view_label(spec: ViewSpec) -> str:
    return translate("MainWindow", spec.label)


def view_items(window: QMainWindow, views: tuple[ViewSpec, ...]) -> list[MenuItem]:
    """One checkable item per view (Ctrl+1 ...), labelled in the current language."""
    return [MenuItem(view_label(spec), lambda _=False, n=spec.name: window.show_view(n), (spec.shortcut,),
                     translate("MainWindow", "Show {view}").format(view=view_label(spec)), checkable=True,
                     name=f"view:{spec.name}") for spec in views]


def menu_table(window: QMainWindow, views: tuple[ViewSpec, ...]) -> list:
    """`window` is the MainWindow (not imported here: it imports this module); `views` its views."""
    return [
        (translate("MainWindow", "&File"), [
            MenuItem(translate("MainWindow", "&Print Entry\u2026"), window.print_current, (QKeySequence.Print,),
                     translate("MainWindow", "Print the entry shown"), name="print"),
            MenuItem(translate("MainWindow", "Print Pre&view\u2026"), window.preview_current, ("Ctrl+Shift+P",),
                     name="preview"),
            MenuItem(translate("MainWindow", "&Export Entry as PDF\u2026"), window.export_current,
                     ("Ctrl+Shift+E",), name="export"),
            SEPARATOR,
            (translate("MainWindow", "Selected &results"), [
                MenuItem(translate("MainWindow", "Print\u2026"), lambda: window.print_scope("results", "print"),
                         name="print-results"),
                MenuItem(translate("MainWindow", "Print Preview\u2026"),
                         lambda: window.print_scope("results", "preview"), name="preview-results"),
                MenuItem(translate("MainWindow", "Export as PDF\u2026"),
                         lambda: window.print_scope("results", "export"), name="export-results")]),
            (translate("MainWindow", "All &bookmarks"), [
                MenuItem(translate("MainWindow", "Print\u2026"), lambda: window.print_scope("bookmarks", "print"),
                         name="print-bookmarks"),
                MenuItem(translate("MainWindow", "Print Preview\u2026"),
                         lambda: window.print_scope("bookmarks", "preview"), name="preview-bookmarks"),
                MenuItem(translate("MainWindow", "Export as PDF\u2026"),
                         lambda: window.print_scope("bookmarks", "export"), name="export-bookmarks"),
                MenuItem(translate("MainWindow", "Export as Markdown\u2026"),
                         lambda: window.bookmarks_view().export_markdown_dialog(), name="bookmarks-md"),
                MenuItem(translate("MainWindow", "Export as CSV\u2026"),
                         lambda: window.bookmarks_view().export_csv_dialog(), name="bookmarks-csv")]),
            SEPARATOR,
            MenuItem(translate("MainWindow", "&Quit"), window.close, (QKeySequence.Quit, "Ctrl+Q"), name="quit"),
        ]),
        (translate("MainWindow", "&Edit"), [
            MenuItem(translate("MainWindow", "&Find"), window.focus_search, (QKeySequence.Find,),
                     translate("MainWindow", "Search (also /)"), name="find"),
            MenuItem(translate("MainWindow", "Clear &filters"), window.search.facets.clear, ("Ctrl+Shift+X",),
                     name="clear-filters"),
            SEPARATOR,
            MenuItem("Copy citation", action=window.entry_panel.copy_citation_action, name="copy-citation"),
        ]),
        (translate("MainWindow", "&View"), [
            *view_items(window, views),
            SEPARATOR,
            MenuItem(translate("MainWindow", "&Reading pane"), window.set_reading_pane, ("F6",),
                     translate("MainWindow", "Show or hide the reading pane"), checkable=True, name="reading-pane"),
            SEPARATOR,
            MenuItem(translate("MainWindow", "Zoom &In"), lambda: window.set_zoom(window.zoom + 1),
                     ("Ctrl+=", QKeySequence.ZoomIn), name="zoom-in"),
            MenuItem(translate("MainWindow", "Zoom &Out"), lambda: window.set_zoom(window.zoom - 1),
                     ("Ctrl+-", QKeySequence.ZoomOut), name="zoom-out"),
            MenuItem(translate("MainWindow", "&Actual Size"), lambda: window.set_zoom(0), ("Ctrl+0",),
                     name="zoom-reset"),
            SEPARATOR,
            MenuItem(translate("MainWindow", "&Dark mode"), window.set_dark, ("Ctrl+Shift+D",),
                     translate("MainWindow", "Dark colours on screen (print stays light)"), checkable=True,
                     name="dark"),
            MenuItem(translate("MainWindow", "Follow &system theme"), window.set_follow_system, (),
                     translate("MainWindow", "Use the light or dark setting of the system"), checkable=True,
                     name="follow-system"),
        ]),
        (translate("MainWindow", "&Go"), [
            MenuItem(translate("MainWindow", "&Back"), window.go_back, (QKeySequence.Back, "Alt+Left"), name="back"),
            MenuItem(translate("MainWindow", "&Forward"), window.go_forward, (QKeySequence.Forward, "Alt+Right"),
                     name="forward"),
            (translate("MainWindow", "&History"), [], "history"),
        ]),
        (translate("MainWindow", "E&ntry"), [
            MenuItem("Bookmark", action=window.entry_panel.bookmark_action, name="bookmark"),
            MenuItem("Note", action=window.entry_panel.note_action, name="note"),
            MenuItem("Copy citation", action=window.entry_panel.copy_citation_action, name="copy-citation-2"),
            (translate("MainWindow", "Copy citation &as"), [
                MenuItem(fmt, action=action, name=f"copy-citation-as:{fmt}")
                for fmt, action in window.entry_panel.copy_citation_as_actions.items()], "copy-citation-as"),
        ]),
        (translate("MainWindow", "&Language"), language_items(window)),
        (translate("MainWindow", "&Help"), [
            MenuItem(translate("MainWindow", "&Keyboard shortcuts"), window.show_shortcuts,
                     (QKeySequence.HelpContents, "Ctrl+/"), name="shortcuts"),
            MenuItem(translate("MainWindow", "&About {app}").format(app=app_title()), window.show_about,
                     name="about"),
        ]),
    ]
