"""The main window: switchable views on the left, the reading pane on the right, menus,
back/forward, status bar, remembered geometry, text zoom and theme.

The window composes; it does not do the views' work. Each view takes what it needs in its
constructor (the atlas, the user store) and talks back through signals.
"""

from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QSettings, QSize, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import QApplication, QMainWindow, QSplitter, QWidget

from db.atlas import Atlas
from db.user_store import UserStore
from models import paths
from models.search import SearchResults
from ui.common.navigation import History, Location
from ui.common.screen_fit import fit_to_screen
from ui.common.theme import TextZoom, ThemeController
from ui.entry.entry_panel import EntryPanel
from ui.i18n import languages, translations
from ui.search.search_panel import SearchPanel
from ui.shell import window_access, window_state
from ui.shell.menus import build_menus, retitle_menus, shortcut_table
from ui.shell.status_line import StatusLine
from ui.shell.view_host import ViewSpec, ViewStack, module_factory
from ui.shell.window_language import reload_content
from ui.shell.window_menus import app_title, menu_table

# Labels are translated where they are shown (MainWindow context); QT_TRANSLATE_NOOP marks them
# for pyside6-lupdate.
VIEWS = (
    ViewSpec("search", QT_TRANSLATE_NOOP("MainWindow", "Search"), "Ctrl+1"),
    ViewSpec("timeline", QT_TRANSLATE_NOOP("MainWindow", "Timeline"), "Ctrl+2", wide=True),
    ViewSpec("powers", QT_TRANSLATE_NOOP("MainWindow", "Power balance"), "Ctrl+3", wide=True),
    ViewSpec("indicators", QT_TRANSLATE_NOOP("MainWindow", "Indicators"), "Ctrl+4", wide=True),
    ViewSpec("bookmarks", QT_TRANSLATE_NOOP("MainWindow", "Bookmarks"), "Ctrl+5"),
    ViewSpec("glossary", QT_TRANSLATE_NOOP("MainWindow", "Glossary"), "Ctrl+6", wide=True),
    ViewSpec("sources", QT_TRANSLATE_NOOP("MainWindow", "Sources"), "Ctrl+7", wide=True),
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
        self.text_zoom = TextZoom(self)  # the whole window's text follows the system font and the zoom
        self.setObjectName("mainWindow")
        self.language = translations.current_language()

        self.history = History(self)
        self.entry_panel = EntryPanel(atlas, store, self)
        self.entry_panel.setObjectName("readingPane")
        self.entry_panel.setMinimumWidth(320)
        self.views = ViewStack(self)
        self.views.setMinimumWidth(380)
        self.search = SearchPanel(atlas, self.views)
        self.views.register("search", lambda parent: self.search)
        self.views.register("timeline", module_factory("ui.timeline.timeline_view", "TimelineView", atlas))
        self.views.register("powers", module_factory("ui.powers.power_balance_view", "PowerBalanceView", atlas))
        self.views.register("indicators", module_factory("ui.indicators.indicators_view", "IndicatorsView", atlas))
        self.views.register("bookmarks", module_factory("ui.bookmarks.bookmarks_view", "BookmarksView", store,
                                                        atlas.data_version))
        self.views.register("glossary", module_factory("ui.glossary.glossary_view", "GlossaryView", atlas))
        self.views.register("sources", module_factory("ui.sources.sources_view", "SourcesView", atlas))
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
        self.status = StatusLine(self.statusBar())
        self.result_count = self.status.count

        self._build_actions()
        self._connect()
        self.views.show_view("search")
        self._view_actions["search"].setChecked(True)
        fit_to_screen(self, QSize(1280, 800))  # first run: as large as that, never larger than the screen
        self.splitter.setSizes([660, 620])
        self.restore_state()
        self.retranslateUi()
        self.search.run_query()
        self.search.field.setFocus(Qt.OtherFocusReason)  # where the window opens: typing searches

    # -- construction -------------------------------------------------------------------------
    def _build_actions(self) -> None:
        self.view_group = QActionGroup(self)
        self.view_group.setExclusive(True)
        self._view_actions: dict[str, QAction] = {}
        theme_mode = self.theme.mode if self.theme else "light"
        self.menu_actions = build_menus(self, menu_table(self, VIEWS))
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
        self.history_menu = self.menu_actions["history"].menu()
        self.history_menu.aboutToShow.connect(self._fill_history_menu)
        self.language_group = QActionGroup(self)
        self.language_group.setExclusive(True)
        for code in languages.LANGUAGES:
            action = self.menu_actions[f"lang:{code}"]
            self.language_group.addAction(action)
            action.setChecked(code == self.language)

        self.toolbar = window_access.navigation_toolbar(self, [
            self.menu_actions["back"], self.menu_actions["forward"], None,
            *(self._view_actions[spec.name] for spec in VIEWS), None, self.menu_actions["print"]])
        self.addToolBar(Qt.TopToolBarArea, self.toolbar)
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
        self.entry_panel.sourceRequested.connect(self.open_source)
        self.entry_panel.message.connect(self.show_message)
        self.entry_panel.bookmarksChanged.connect(self._bookmarks_changed)
        self.history.changed.connect(self._update_navigation)
        self.views.viewShown.connect(self.status.set_view)
        panel = self.entry_panel
        window_access.chain([self.search.facets.tree, *panel.toolbar_buttons(), panel.page,
                             *(window_access.toolbar_button(self.toolbar, a) for a in self.toolbar.actions()
                               if not a.isSeparator()), self.search.field])
        self._window_keys = {name: list(self.menu_actions[name].shortcuts())
                             for name in ("zoom-in", "zoom-out", "zoom-reset")}
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
            widget.printRequested.connect(lambda: self.print_scope("bookmarks", "print"))
            widget.message.connect(self.show_message)
        elif name in ("glossary", "sources"):
            widget.entryRequested.connect(lambda entry_id: self.open_entry(entry_id, focus=True))
            widget.institutionRequested.connect(self.open_institution)
            widget.message.connect(self.show_message)
            if name == "sources":
                widget.indicatorRequested.connect(self.open_indicator)
                widget.termRequested.connect(self.open_term)
            else:
                widget.sourceRequested.connect(self.open_source)
                widget.searchRequested.connect(self.search_for)
        elif hasattr(widget, "entryRequested"):  # power balance, indicators
            widget.entryRequested.connect(lambda entry_id: self.open_entry(entry_id, focus=True))

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
        elif name in ("glossary", "sources"):
            widget.focus_filter()
        return widget

    def set_reading_pane(self, visible: bool) -> None:
        self.entry_panel.setVisible(bool(visible))
        self.menu_actions["reading-pane"].setChecked(bool(visible))

    def open_entry(self, entry_id: str, focus: bool = False) -> bool:
        entry = self.entry_panel.show_entry(entry_id)
        if entry is None:
            return False
        self.history.visit(self._with_search(Location("entry", entry.id, entry.title)))
        self._after_page_change(focus)
        return True

    def _prefetch_indicators(self) -> None:
        if self.views.view("indicators") is None:
            import ui.indicators.indicators_view
            ui.indicators.indicators_view.warm_up()

    def open_indicator(self, indicator_id: str) -> bool:
        """Show one indicator series (from an entry's figures) in the Indicators view."""
        return bool(self.show_view("indicators").show_indicator(indicator_id))

    def open_source(self, source_id: str) -> bool:
        """Show one source, with what cites it, in the Sources view."""
        return self.show_view("sources").select_source(source_id)

    def open_term(self, term_id: str) -> bool:
        return self.show_view("glossary").select_term(term_id)

    def search_for(self, text: str) -> None:
        self.show_view("search")
        self.search.set_text(text)

    def open_institution(self, institution_id: str) -> None:
        location = self.entry_panel.show_institution(institution_id)
        if location is not None:
            self.history.visit(self._with_search(location))
        self._after_page_change(True)

    def _with_search(self, location: Location) -> Location:
        """The place with the search it was found with (Back brings both back)."""
        query, filters = self.search.state()
        return replace(location, query=query, filters=filters)

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
        self.search.restore_state(location.query, location.filters)
        self.entry_panel.show_location(location)
        self._after_page_change(False)

    def _fill_history_menu(self) -> None:
        self.history_menu.clear()
        items = self.history.items
        for index in range(len(items) - 1, max(-1, len(items) - 21), -1):
            item = items[index]
            prefix = "\u2022 " if index == self.history.index else ""
            label = (self.tr("Institution: {name}") if item.kind == "institution" else "{name}").format(
                name=item.title or item.id)
            action = self.history_menu.addAction(prefix + label)
            action.triggered.connect(lambda _=False, i=index: self._show_history(self.history.go_to(i)))
        if not items:
            self.history_menu.addAction(self.tr("(nothing visited yet)")).setEnabled(False)

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
        self.status.set_results(results, list(self.search.facets.active_labels().values()))

    def show_message(self, text: str) -> None:
        self.status.show_message(text)

    def _bookmarks_changed(self) -> None:
        view = self.views.view("bookmarks")
        if view is not None:
            view.reload()

    def bookmarks_view(self):
        return self.views.ensure("bookmarks")  # type: ignore[return-value]

    # -- printing --------------------------------------------------------------------------
    @property
    def printer(self):
        if self._printer is None:
            from ui.paper.print_controller import PrintController
            self._printer = PrintController(self.atlas, self, self.store)
            self._printer.message.connect(self.show_message)
        return self._printer

    def print_current(self) -> None:
        self.print_scope("entry", "print")

    def preview_current(self) -> None:
        self.print_scope("entry", "preview")

    def export_current(self) -> None:
        self.print_scope("entry", "export")

    def print_ids(self, scope: str) -> tuple[list[str], str]:
        if scope == "entry":
            entry = self.entry_panel.entry
            return ([entry.id] if entry else []), self.tr("this entry")
        if scope == "results":
            ids = self.search.selected_ids()
            return ids, (self.tr("1 selected result") if len(ids) == 1
                         else self.tr("{n} selected results").format(n=len(ids)))
        ids = [b.entry_id for b in self.store.bookmarks()]
        return ids, (self.tr("1 bookmarked entry") if len(ids) == 1
                     else self.tr("{n} bookmarked entries").format(n=len(ids)))

    def print_scope(self, scope: str, how: str) -> None:
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
        self.text_zoom.set_factor(1 + 0.1 * self.zoom)  # views made later inherit the window's font
        self.show_message(self.tr("Text size {percent}%").format(percent=100 + 10 * self.zoom))

    def set_dark(self, checked: bool) -> None:
        if self.theme is not None:
            self.theme.set_mode("dark" if checked else "light")
        self.menu_actions["follow-system"].setChecked(False)

    def set_follow_system(self, checked: bool) -> None:
        if self.theme is not None:
            self.theme.set_mode("system" if checked else ("dark" if self.theme.dark else "light"))

    def _theme_changed(self, dark: bool) -> None:
        self.menu_actions["dark"].setChecked(dark)
        self.entry_panel.refresh()

    # -- dialogs ---------------------------------------------------------------------------
    def show_shortcuts(self):
        from ui.shell.help_dialogs import ShortcutsDialog
        dialog = ShortcutsDialog(shortcut_table(self), self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_about(self):
        from ui.shell.help_dialogs import AboutDialog, about_html
        meta = self.atlas.meta
        html = about_html(app_title(), paths.VERSION, self.atlas.data_version, meta.get("data_as_of", ""),
                          meta.get("entry_count", "?"), self.atlas.sources())
        dialog = AboutDialog(html, self)
        dialog.setAttribute(Qt.WA_DeleteOnClose)
        dialog.open()
        return dialog

    # -- language --------------------------------------------------------------------------
    def retranslateUi(self) -> None:
        """Every text the window itself shows, in the current language (views do their own)."""
        self.setWindowTitle(app_title())
        retitle_menus(self, menu_table(self, VIEWS), self.menu_actions)
        window_access.arrow_texts(self.menu_actions["back"], self.menu_actions["forward"],
                                  self.tr("Back"), self.tr("Forward"))
        self.toolbar.setWindowTitle(self.tr("Navigation"))
        self.toolbar.setAccessibleName(self.tr("Navigation"))
        window_access.name_buttons(self.toolbar)
        self.status.retranslate()
        for code in languages.LANGUAGES:
            self.menu_actions[f"lang:{code}"].setChecked(code == self.language)

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.LanguageChange and hasattr(self, "menu_actions"):
            self.retranslateUi()
        super().changeEvent(event)

    def set_language(self, lang: str, remember: bool = True) -> None:
        """Switch the interface and the content to `lang` without losing the reader's place: the
        query, filters, the entry or institution shown, the view and the scroll position stay."""
        lang = languages.normalise(lang) or languages.DEFAULT
        if remember and self.settings is not None:
            self.settings.setValue(languages.SETTINGS_KEY, lang)
        if lang == self.language and lang == translations.current_language():
            return
        self.language = lang
        self.atlas.set_language(lang)
        translations.install(lang)  # every widget gets LanguageChange and retranslates itself
        reload_content(self)
        self.retranslateUi()

    # -- state -----------------------------------------------------------------------------
    def restore_state(self) -> None:
        window_state.restore(self)

    def save_state(self) -> None:
        window_state.save(self)

    def closeEvent(self, event: QCloseEvent) -> None:
        if self._printer is not None:
            self._printer.cancel_and_wait()
        self.save_state()
        super().closeEvent(event)
