"""The main window: switchable views on the left, the reading pane on the right, menus,
back/forward, status bar, remembered geometry, text zoom and theme.

The window composes; it does not do the views' work. Each view takes what it needs in its
constructor (the atlas, the user store) and talks back through signals.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QSplitter, QToolBar, QWidget

from db.atlas import Atlas
from db.user_store import UserStore
from models import paths
from models.search import SearchResults
from ui.entry_panel import EntryPanel
from ui.menus import SEPARATOR, MenuItem, build_menus, shortcut_table
from ui.navigation import History, Location
from ui.plain_text import plain_label
from ui.search_panel import SearchPanel
from ui.theme import ThemeController
from ui.view_host import ViewSpec, ViewStack, module_factory

VIEWS = (
    ViewSpec("search", "Search", "Ctrl+1"),
    ViewSpec("timeline", "Timeline", "Ctrl+2"),
    ViewSpec("powers", "Power balance", "Ctrl+3", wide=True),
    ViewSpec("indicators", "Indicators", "Ctrl+4", wide=True),
    ViewSpec("bookmarks", "Bookmarks", "Ctrl+5"),
)
ZOOM_RANGE = (-4, 10)


class MainWindow(QMainWindow):
    def __init__(self, atlas: Atlas, store: UserStore, settings: QSettings | None = None,
                 theme: ThemeController | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.atlas = atlas
        self.store = store
        self.settings = settings
        self.theme = theme
        self.zoom = 0
        self._base_point_size = self.font().pointSizeF()
        self.setWindowTitle(paths.APP_NAME)
        self.setObjectName("mainWindow")

        self.history = History(self)
        self.entry_panel = EntryPanel(atlas, store, self)
        self.entry_panel.setObjectName("readingPane")
        self.entry_panel.setMinimumWidth(320)
        self.views = ViewStack(self)
        self.views.setMinimumWidth(380)
        self.search = SearchPanel(atlas, self.views)
        self.views.register("search", lambda parent: self.search)
        self.views.register("timeline", module_factory("ui.timeline_view", "TimelineView", atlas))
        self.views.register("powers", module_factory("ui.power_balance_view", "PowerBalanceView", atlas))
        self.views.register("indicators", module_factory("ui.indicators_view", "IndicatorsView", atlas))
        self.views.register("bookmarks", module_factory("ui.bookmarks_view", "BookmarksView", store,
                                                        atlas.data_version))
        self.views.viewCreated.connect(self._wire_view)

        self.splitter = QSplitter(Qt.Horizontal, self)
        self.splitter.setObjectName("mainSplitter")
        self.splitter.setChildrenCollapsible(False)
        self.splitter.addWidget(self.views)
        self.splitter.addWidget(self.entry_panel)
        self.splitter.setStretchFactor(0, 1)
        self.splitter.setStretchFactor(1, 1)
        self.setCentralWidget(self.splitter)

        self._printer = None  # made on first use: start-up does not need the printing code
        self.result_count = plain_label(QLabel("", self))
        self.result_count.setObjectName("resultCount")
        self.result_count.setAccessibleName("Result count")
        self.statusBar().addPermanentWidget(self.result_count)

        self._build_actions()
        self._connect()
        self.views.show_view("search")
        self._view_actions["search"].setChecked(True)
        self.resize(1280, 800)
        self.splitter.setSizes([660, 620])
        self.restore_state()
        self.search.run_query()

    # -- construction -------------------------------------------------------------------------
    def _build_actions(self) -> None:
        panel = self.entry_panel
        self.view_group = QActionGroup(self)
        self.view_group.setExclusive(True)
        self._view_actions: dict[str, QAction] = {}
        view_items = []
        for spec in VIEWS:
            item = MenuItem(spec.label, lambda _=False, n=spec.name: self.show_view(n), (spec.shortcut,),
                            f"Show {spec.label}", checkable=True, name=f"view:{spec.name}")
            view_items.append(item)
        theme_mode = self.theme.mode if self.theme else "light"
        menus = [
            ("&File", [
                MenuItem("&Print Entry\u2026", self.print_current, (QKeySequence.Print,), "Print the entry shown",
                         name="print"),
                MenuItem("Print Pre&view\u2026", self.preview_current, ("Ctrl+Shift+P",), name="preview"),
                MenuItem("&Export Entry as PDF\u2026", self.export_current, ("Ctrl+Shift+E",), name="export"),
                SEPARATOR,
                ("Selected &results", [
                    MenuItem("Print\u2026", lambda: self._print_scope("results", "print"), name="print-results"),
                    MenuItem("Print Preview\u2026", lambda: self._print_scope("results", "preview"),
                             name="preview-results"),
                    MenuItem("Export as PDF\u2026", lambda: self._print_scope("results", "export"),
                             name="export-results")]),
                ("All &bookmarks", [
                    MenuItem("Print\u2026", lambda: self._print_scope("bookmarks", "print"), name="print-bookmarks"),
                    MenuItem("Print Preview\u2026", lambda: self._print_scope("bookmarks", "preview"),
                             name="preview-bookmarks"),
                    MenuItem("Export as PDF\u2026", lambda: self._print_scope("bookmarks", "export"),
                             name="export-bookmarks"),
                    MenuItem("Export as Markdown\u2026", lambda: self._bookmarks()._export_markdown_dialog(),
                             name="bookmarks-md"),
                    MenuItem("Export as CSV\u2026", lambda: self._bookmarks()._export_csv_dialog(),
                             name="bookmarks-csv")]),
                SEPARATOR,
                MenuItem("&Quit", self.close, (QKeySequence.Quit, "Ctrl+Q"), name="quit"),
            ]),
            ("&Edit", [
                MenuItem("&Find", self.focus_search, (QKeySequence.Find,), "Search (also /)", name="find"),
                MenuItem("Clear &filters", self.search.facets.clear, ("Ctrl+Shift+X",), name="clear-filters"),
                SEPARATOR,
                MenuItem("Copy citation", action=panel.copy_citation_action, name="copy-citation"),
            ]),
            ("&View", [
                *view_items,
                SEPARATOR,
                MenuItem("&Reading pane", self.set_reading_pane, ("F6",), "Show or hide the reading pane",
                         checkable=True, name="reading-pane"),
                SEPARATOR,
                MenuItem("Zoom &In", lambda: self.set_zoom(self.zoom + 1), ("Ctrl+=", QKeySequence.ZoomIn),
                         name="zoom-in"),
                MenuItem("Zoom &Out", lambda: self.set_zoom(self.zoom - 1), ("Ctrl+-", QKeySequence.ZoomOut),
                         name="zoom-out"),
                MenuItem("&Actual Size", lambda: self.set_zoom(0), ("Ctrl+0",), name="zoom-reset"),
                SEPARATOR,
                MenuItem("&Dark mode", self._dark_toggled, ("Ctrl+Shift+D",), "Dark colours on screen (print stays light)",
                         checkable=True, name="dark"),
                MenuItem("Follow &system theme", self._follow_system_toggled, (),
                         "Use the light or dark setting of the system", checkable=True, name="follow-system"),
            ]),
            ("&Go", [
                MenuItem("&Back", self.go_back, (QKeySequence.Back, "Alt+Left"), name="back"),
                MenuItem("&Forward", self.go_forward, (QKeySequence.Forward, "Alt+Right"), name="forward"),
                ("&History", []),
            ]),
            ("&Entry", [
                MenuItem("Bookmark", action=panel.bookmark_action, name="bookmark"),
                MenuItem("Note", action=panel.note_action, name="note"),
                MenuItem("Copy citation", action=panel.copy_citation_action, name="copy-citation-2"),
            ]),
            ("&Help", [
                MenuItem("&Keyboard shortcuts", self.show_shortcuts, (QKeySequence.HelpContents, "Ctrl+/"),
                         name="shortcuts"),
                MenuItem("&About " + paths.APP_NAME, self.show_about, name="about"),
            ]),
        ]
        self.menu_actions = build_menus(self, menus)
        for spec in VIEWS:
            action = self.menu_actions[f"view:{spec.name}"]
            self.view_group.addAction(action)
            self._view_actions[spec.name] = action
        # Pointing at Indicators (toolbar or menu) starts importing the plotting library in the
        # background, so that the click finds it loaded; nothing is imported before that.
        self._view_actions["indicators"].hovered.connect(self._prefetch_indicators)
        self.menu_actions["dark"].setChecked(bool(self.theme and self.theme.dark))
        self.menu_actions["follow-system"].setChecked(theme_mode == "system")
        self.menu_actions["reading-pane"].setChecked(True)
        self.history_menu = next(a.menu() for a in self.menuBar().actions() if a.text() == "&Go").actions()[-1].menu()
        self.history_menu.aboutToShow.connect(self._fill_history_menu)

        toolbar = QToolBar("Navigation", self)
        toolbar.setObjectName("navigationToolbar")
        toolbar.setMovable(False)
        toolbar.setToolButtonStyle(Qt.ToolButtonTextOnly)
        self.menu_actions["back"].setText("\u2190 Back")
        self.menu_actions["forward"].setText("Forward \u2192")
        toolbar.addAction(self.menu_actions["back"])
        toolbar.addAction(self.menu_actions["forward"])
        toolbar.addSeparator()
        for spec in VIEWS:
            toolbar.addAction(self._view_actions[spec.name])
        toolbar.addSeparator()
        toolbar.addAction(self.menu_actions["print"])
        self.addToolBar(Qt.TopToolBarArea, toolbar)
        self.toolbar = toolbar
        # "/" focuses search wherever a text field does not take the character itself.
        QShortcut(QKeySequence("/"), self, self.focus_search)
        self._update_navigation()

    def _connect(self) -> None:
        self.search.entrySelected.connect(self.open_entry)
        self.search.entryActivated.connect(lambda entry_id: self.open_entry(entry_id, focus=True))
        self.search.resultsChanged.connect(self._results_changed)
        self.entry_panel.entryRequested.connect(lambda entry_id: self.open_entry(entry_id, focus=True))
        self.entry_panel.institutionRequested.connect(self.open_institution)
        self.entry_panel.indicatorRequested.connect(self.open_indicator)
        self.entry_panel.message.connect(self.show_message)
        self.entry_panel.bookmarksChanged.connect(self._bookmarks_changed)
        self.history.changed.connect(self._update_navigation)
        self._window_keys = {name: list(self.menu_actions[name].shortcuts()) for name in ("zoom-in", "zoom-out", "zoom-reset")}
        QApplication.instance().focusChanged.connect(self._focus_changed)
        if self.theme is not None:
            self.theme.changed.connect(self._theme_changed)

    def _wire_view(self, name: str, widget: QWidget) -> None:
        """Connect a view when it is first built; each kind speaks through its own signals."""
        if widget.objectName() == "viewError":
            return  # the view could not be built; its page says why, and there is nothing to connect
        if name == "timeline":
            widget.entrySelected.connect(self.open_entry)
            widget.entryActivated.connect(lambda entry_id: self.open_entry(entry_id, focus=True))
        elif name == "bookmarks":
            widget.entryRequested.connect(lambda entry_id: self.open_entry(entry_id, focus=True))
            widget.entrySelected.connect(self.open_entry)
            widget.bookmarksChanged.connect(self.entry_panel.refresh)
            widget.printRequested.connect(lambda: self._print_scope("bookmarks", "print"))
            widget.message.connect(self.show_message)
        elif hasattr(widget, "entryRequested"):  # power balance, indicators
            widget.entryRequested.connect(lambda entry_id: self.open_entry(entry_id, focus=True))
        self._apply_zoom_to(widget)

    # -- views and pages ----------------------------------------------------------------------
    def show_view(self, name: str) -> QWidget:
        spec = next(s for s in VIEWS if s.name == name)
        widget = self.views.show_view(name)
        self._view_actions[name].setChecked(True)
        self.set_reading_pane(not spec.wide)
        if name == "bookmarks":
            widget.reload()
        if name == "search":
            self.search.list.setFocus()
        return widget

    def set_reading_pane(self, visible: bool) -> None:
        self.entry_panel.setVisible(bool(visible))
        self.menu_actions["reading-pane"].setChecked(bool(visible))

    def open_entry(self, entry_id: str, focus: bool = False) -> bool:
        entry = self.entry_panel.show_entry(entry_id)
        if entry is None:
            return False
        self.history.visit(Location("entry", entry.id, entry.title))
        self._after_page_change(focus)
        return True

    def _prefetch_indicators(self) -> None:
        if self.views.view("indicators") is None:
            import ui.indicators_view
            ui.indicators_view.warm_up()

    def open_indicator(self, indicator_id: str) -> bool:
        """Show one indicator series (from an entry's figures) in the Indicators view."""
        return bool(self.show_view("indicators").show_indicator(indicator_id))

    def open_institution(self, institution_id: str) -> None:
        location = self.entry_panel.show_institution(institution_id)
        if location is not None:
            self.history.visit(location)
        self._after_page_change(True)

    def _after_page_change(self, focus: bool) -> None:
        self.set_reading_pane(True)
        current = self.entry_panel.entry
        if current is not None:
            self.search.select_entry(current.id)
            timeline = self.views.view("timeline")
            if timeline is not None:
                timeline.select_entry(current.id)
        if focus:
            self.entry_panel.page.setFocus(Qt.OtherFocusReason)

    def go_back(self) -> None:
        self._show_history(self.history.back())

    def go_forward(self) -> None:
        self._show_history(self.history.forward())

    def _show_history(self, location: Location | None) -> None:
        if location is None:
            return
        self.entry_panel.show_location(location)
        self._after_page_change(False)

    def _fill_history_menu(self) -> None:
        self.history_menu.clear()
        items = self.history.items
        for index in range(len(items) - 1, max(-1, len(items) - 21), -1):
            item = items[index]
            prefix = "\u2022 " if index == self.history.index else ""
            label = ("Institution: " if item.kind == "institution" else "") + (item.title or item.id)
            action = self.history_menu.addAction(prefix + label)
            action.triggered.connect(lambda _=False, i=index: self._show_history(self.history.go_to(i)))
        if not items:
            self.history_menu.addAction("(nothing visited yet)").setEnabled(False)

    def _update_navigation(self) -> None:
        self.menu_actions["back"].setEnabled(self.history.can_go_back())
        self.menu_actions["forward"].setEnabled(self.history.can_go_forward())

    def focus_search(self) -> None:
        if self.views.current_name != "search":
            self.show_view("search")
        self.search.focus_field()

    def _focus_changed(self, _old: QWidget | None, new: QWidget | None) -> None:
        """A focused widget's own shortcuts win over the window's: the power graph zooms
        itself with Ctrl+=/-/0, and the same keys at both levels would be ambiguous (dead)."""
        local: set[str] = set()
        widget = new
        while widget is not None and not isinstance(widget, QMainWindow):
            for action in widget.actions():
                if action.shortcutContext() in (Qt.WidgetShortcut, Qt.WidgetWithChildrenShortcut):
                    local.update(s.toString() for s in action.shortcuts())
            widget = widget.parentWidget()
        for name, keys in self._window_keys.items():
            wanted = [k for k in keys if k.toString() not in local]
            if [k.toString() for k in self.menu_actions[name].shortcuts()] != [k.toString() for k in wanted]:
                self.menu_actions[name].setShortcuts(wanted)

    # -- status ----------------------------------------------------------------------------
    def _results_changed(self, results: SearchResults) -> None:
        count = f"at least {results.total}" if results.total_is_lower_bound else str(results.total)
        noun = "entry" if results.total == 1 and not results.total_is_lower_bound else "entries"
        filters = self.search.facets.active_labels()
        suffix = f" \u00b7 filtered by {', '.join(filters.values())}" if filters else ""
        self.result_count.setText(f"{count} {noun}{suffix}")

    def show_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 6000 if text else 0)

    def _bookmarks_changed(self) -> None:
        view = self.views.view("bookmarks")
        if view is not None:
            view.reload()

    def _bookmarks(self):
        return self.views.ensure("bookmarks")  # type: ignore[return-value]

    # -- printing --------------------------------------------------------------------------
    @property
    def printer(self):
        if self._printer is None:
            from ui.print_controller import PrintController
            self._printer = PrintController(self.atlas, self)
            self._printer.message.connect(self.show_message)
        return self._printer

    def print_current(self) -> None:
        self._print_scope("entry", "print")

    def preview_current(self) -> None:
        self._print_scope("entry", "preview")

    def export_current(self) -> None:
        self._print_scope("entry", "export")

    def print_ids(self, scope: str) -> tuple[list[str], str]:
        if scope == "entry":
            entry = self.entry_panel.entry
            return ([entry.id] if entry else []), "this entry"
        if scope == "results":
            ids = self.search.selected_ids()
            return ids, f"{len(ids)} selected result{'s' if len(ids) != 1 else ''}"
        ids = [b.entry_id for b in self.store.bookmarks()]
        return ids, f"{len(ids)} bookmarked entr{'y' if len(ids) == 1 else 'ies'}"

    def _print_scope(self, scope: str, how: str) -> None:
        ids, what = self.print_ids(scope)
        if how == "print":
            self.printer.print(ids, what)
        elif how == "preview":
            self.printer.preview(ids, what)
        else:
            self.printer.export_pdf(ids, what)

    # -- appearance ------------------------------------------------------------------------
    def set_zoom(self, steps: int) -> None:
        self.zoom = max(ZOOM_RANGE[0], min(ZOOM_RANGE[1], steps))
        for name in self.views.names():
            widget = self.views.view(name)
            if widget is not None:
                self._apply_zoom_to(widget)
        self._apply_zoom_to(self.entry_panel.page)
        self.show_message(f"Text size {100 + 10 * self.zoom}%")

    def _apply_zoom_to(self, widget: QWidget) -> None:
        """Scale the reading text (lists, tables, the page) — not menus and buttons."""
        from PySide6.QtWidgets import QAbstractItemView, QTextEdit
        size = self._base_point_size * (1 + 0.1 * self.zoom)
        targets = [widget] if isinstance(widget, (QAbstractItemView, QTextEdit)) else []
        targets += widget.findChildren(QAbstractItemView) + widget.findChildren(QTextEdit)
        for target in targets:
            font = target.font()
            font.setPointSizeF(size)
            target.setFont(font)
            if isinstance(target, QAbstractItemView):
                target.scheduleDelayedItemsLayout()

    def _dark_toggled(self, checked: bool) -> None:
        if self.theme is not None:
            self.theme.set_mode("dark" if checked else "light")
        self.menu_actions["follow-system"].setChecked(False)

    def _follow_system_toggled(self, checked: bool) -> None:
        if self.theme is not None:
            self.theme.set_mode("system" if checked else ("dark" if self.theme.dark else "light"))

    def _theme_changed(self, dark: bool) -> None:
        self.menu_actions["dark"].setChecked(dark)
        self.entry_panel.refresh()

    # -- dialogs ---------------------------------------------------------------------------
    def show_shortcuts(self):
        from ui.help_dialogs import ShortcutsDialog
        dialog = ShortcutsDialog(shortcut_table(self), self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_about(self):
        from ui.help_dialogs import AboutDialog, about_html
        meta = self.atlas.meta
        html = about_html(paths.APP_NAME, paths.VERSION, self.atlas.data_version, meta.get("data_as_of", ""),
                          meta.get("entry_count", "?"), self.atlas.sources())
        dialog = AboutDialog(html, self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- state -----------------------------------------------------------------------------
    def restore_state(self) -> None:
        if self.settings is None:
            return
        s = self.settings
        for key, restore in (("window/geometry", self.restoreGeometry), ("window/state", self.restoreState),
                             ("splitters/main", self.splitter.restoreState),
                             ("splitters/search", self.search.splitter.restoreState)):
            value = s.value(key)
            if isinstance(value, QByteArray) and not value.isEmpty():
                restore(value)
        zoom = s.value("view/zoom", 0)
        try:
            zoom = int(zoom)
        except (TypeError, ValueError):
            zoom = 0
        if zoom:
            self.set_zoom(zoom)

    def save_state(self) -> None:
        if self.settings is None:
            return
        s = self.settings
        s.setValue("window/geometry", self.saveGeometry())
        s.setValue("window/state", self.saveState())
        s.setValue("splitters/main", self.splitter.saveState())
        s.setValue("splitters/search", self.search.splitter.saveState())
        s.setValue("view/zoom", self.zoom)
        if self.theme is not None:
            s.setValue("view/theme", self.theme.mode)
        s.sync()

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._printer is not None and self._printer.busy():
            self._printer.thread.cancel()  # type: ignore[union-attr]
            self._printer.thread.wait(5000)  # type: ignore[union-attr]
        self.save_state()
        super().closeEvent(event)
