"""Keyboard and screen-reader access to the Search, Bookmarks, Glossary and Sources views, the
reading pane, the window's toolbar, status line and dialogs, and the window on small screens.
(The power graph and the indicator chart have their own tests.)"""

from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QRect, QSize, Qt
from PySide6.QtGui import QAccessible, QTextDocument
from PySide6.QtWidgets import QApplication, QWidget

from tests.ui_helpers import type_text, window  # noqa: F401 - fixture
from ui.common.announce import accessible_name
from ui.common.screen_fit import FRAME, fit_to_screen, fitted_size
from ui.shell import window_access

MY_VIEWS = ("search", "bookmarks", "glossary", "sources")
SYMBOLS = ("\u2190", "\u2192", "\u2605", "\u2606")
SMALL_SCREENS = (QRect(0, 0, 1024, 640), QRect(0, 0, 1366, 768))
ENTRIES = ("death-penalty-abolished", "senate-presidential-quota", "freedom-ratings")


def _bookmark(window, *entry_ids: str) -> None:
    for entry_id in entry_ids:
        entry = window.atlas.entry(entry_id)
        window.store.add(entry.id, entry.title, entry.date)


def _tab(qtbot, backwards: bool = False) -> QWidget:
    """Press (Shift+)Tab where the focus is; the widget that has the focus afterwards."""
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_Backtab if backwards else Qt.Key_Tab,
                   Qt.ShiftModifier if backwards else Qt.NoModifier)
    return QApplication.focusWidget()


def _focus(qtbot, window, widget: QWidget) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    widget.setFocus(Qt.TabFocusReason)
    qtbot.waitUntil(widget.hasFocus, timeout=3000)


def _focusable(root: QWidget) -> list[QWidget]:
    """What Tab can reach under `root`: visible, enabled, accepting Tab focus."""
    return [w for w in root.findChildren(QWidget)
            if w.isVisible() and w.isEnabled() and w.focusPolicy() & Qt.TabFocus
            and not w.focusProxy()]


def _tables(window, name: str) -> list[QWidget]:
    view = window.show_view(name)
    if name == "search":
        window.search.update_facets()  # the counts follow the results after a pause
        return [window.search.list, window.search.facets.tree]
    return [view.list] if name == "glossary" else [view.table]


@pytest.mark.parametrize("name", MY_VIEWS)
def test_tab_leaves_every_list_and_table_in_one_press(qtbot, window, name):
    _bookmark(window, *ENTRIES)
    for table in _tables(window, name):
        assert table.model().rowCount() > 1, table.objectName()
        _focus(qtbot, window, table)
        presses = 0
        while QApplication.focusWidget() is table and presses < 20:
            _tab(qtbot)
            presses += 1
        assert presses == 1, f"{table.objectName()} kept the focus for {presses} Tab presses"
        _focus(qtbot, window, table)  # and Shift+Tab leaves backwards
        assert _tab(qtbot, backwards=True) is not table


def test_arrows_still_move_between_bookmark_cells(qtbot, window):
    _bookmark(window, *ENTRIES)
    table = window.show_view("bookmarks").table
    _focus(qtbot, window, table)
    table.setCurrentIndex(table.model().index(0, 0))
    qtbot.keyClick(table, Qt.Key_Right)
    assert table.currentIndex().column() == 1
    qtbot.keyClick(table, Qt.Key_Down)
    assert table.currentIndex().row() == 1


def test_search_tab_order_runs_field_results_filters_reading_pane_toolbar(qtbot, window):
    window.show_view("search")
    window.search.facets.set_filter("year", "2022", "2022")  # Clear filters becomes reachable
    qtbot.waitUntil(lambda: window.search.results.query.year_from == 2022)
    _focus(qtbot, window, window.search.field)
    order = [_tab(qtbot) for _ in range(6)]
    panel = window.entry_panel
    assert order == [window.search.list, window.search.facets.clear_button, window.search.facets.tree,
                     *panel.toolbar_buttons()[:2], panel.toolbar_buttons()[2]]
    assert _tab(qtbot) is panel.page
    # Tab walks the page's links, then the navigation toolbar, and comes round to the search field.
    toolbar_buttons = set(_focusable(window.toolbar))
    reached, seen = set(), 0
    while QApplication.focusWidget() is not window.search.field and seen < 200:
        widget = _tab(qtbot)
        seen += 1
        if widget in toolbar_buttons:
            reached.add(widget)
    assert QApplication.focusWidget() is window.search.field
    assert reached == toolbar_buttons and len(toolbar_buttons) >= 8  # the views, Print (Back is disabled)


def test_ctrl_tab_leaves_the_reading_pane_however_many_links_it_has(qtbot, window):
    window.open_entry("freedom-ratings")
    page = window.entry_panel.page
    _focus(qtbot, window, page)
    links = 0
    while QApplication.focusWidget() is page and links < 100:  # Tab walks the links first
        _tab(qtbot)
        links += 1
    assert links > 5  # so the page needs a quicker way out:
    _focus(qtbot, window, page)
    qtbot.keyClick(page, Qt.Key_Tab, Qt.ControlModifier)
    assert QApplication.focusWidget() in _focusable(window.toolbar)
    _focus(qtbot, window, page)
    qtbot.keyClick(page, Qt.Key_Backtab, Qt.ControlModifier | Qt.ShiftModifier)
    assert QApplication.focusWidget() is window.entry_panel.toolbar_buttons()[-1]


def test_navigation_toolbar_buttons_take_tab_focus_and_have_plain_names(qtbot, window):
    for entry_id in ENTRIES[:2]:
        window.open_entry(entry_id)
    buttons = {accessible_name(b): b for b in window.toolbar.findChildren(QWidget)
               if b.focusPolicy() & Qt.TabFocus}
    for name in ("Back", "Forward", "Search", "Bookmarks", "Glossary", "Sources", "Print Entry"):
        assert name in buttons, sorted(buttons)
    back = buttons["Back"]
    assert back.text() == "\u2190 Back"  # the eye still sees the arrow
    _focus(qtbot, window, back)
    qtbot.keyClick(back, Qt.Key_Space)
    assert window.entry_panel.entry.id == ENTRIES[0]


def _unnamed_and_symbols(widgets: list[QWidget]) -> tuple[list[str], list[str]]:
    unnamed, symbols = [], []
    for widget in widgets:
        name = accessible_name(widget)
        label = f"{type(widget).__name__}#{widget.objectName()}:{name!r}"
        if not name.strip():
            unnamed.append(label)
        if any(s in name for s in SYMBOLS):
            symbols.append(label)
    return unnamed, symbols


def test_every_focusable_control_has_a_natural_name(qtbot, window):
    _bookmark(window, *ENTRIES)
    window.open_entry(ENTRIES[0])
    window.open_entry(ENTRIES[1])  # Back enabled
    window.search.facets.set_filter("year", "2022", "2022")  # Clear filters enabled
    checked = 0
    for name in MY_VIEWS:
        window.show_view(name)
        window.set_reading_pane(True)
        widgets = _focusable(window)
        checked += len(widgets)
        unnamed, symbols = _unnamed_and_symbols(widgets)
        assert unnamed == [] and symbols == [], name
    assert checked > 40
    # The bookmark button in both states: "Bookmark ☆" / "Bookmarked ★" are read without the stars.
    button = window.entry_panel.toolbar_buttons()[0]
    window.entry_panel.toggle_bookmark()
    names = {accessible_name(button)}
    window.entry_panel.toggle_bookmark()
    names.add(accessible_name(button))
    assert names == {"Bookmark", "Bookmarked"}
    assert button.accessibleDescription()


def test_dialogs_name_their_controls(qtbot, window):
    from ui.entry.note_dialog import NoteDialog
    note = NoteDialog("A title", "", window)
    note.show()
    dialogs = [note, window.show_shortcuts(), window.show_about()]
    for dialog in dialogs:
        qtbot.waitExposed(dialog)
        unnamed, symbols = _unnamed_and_symbols(_focusable(dialog))
        assert unnamed == [] and symbols == [], dialog.objectName()
        dialog.close()


def test_labels_are_the_buddies_of_their_fields(window):
    from ui.entry.note_dialog import NoteDialog
    bookmarks = window.show_view("bookmarks")
    assert bookmarks.note_label.buddy() is bookmarks.note
    assert window.search.facets.title.buddy() is window.search.facets.tree
    note = NoteDialog("A title", "", window)
    assert note.heading.buddy() is note.editor
    note.close()


def test_enter_opens_what_double_click_opens(qtbot, window):
    _bookmark(window, *ENTRIES)
    # Search results: Enter opens the entry in the reading pane.
    window.show_view("search")
    results = window.search.list
    _focus(qtbot, window, results)
    results.setCurrentIndex(window.search.model.index(2))
    with qtbot.waitSignal(window.search.entryActivated) as opened:
        qtbot.keyClick(results, Qt.Key_Return)
    assert window.entry_panel.entry.id == opened.args[0]
    # Bookmarks: Enter opens the bookmarked entry.
    view = window.show_view("bookmarks")
    view.select(ENTRIES[2])
    _focus(qtbot, window, view.table)
    with qtbot.waitSignal(view.entryRequested) as requested:
        qtbot.keyClick(view.table, Qt.Key_Return)
    assert requested.args == [ENTRIES[2]] and window.entry_panel.entry.id == ENTRIES[2]
    # Glossary: Enter (like a double click) searches for the term.
    glossary = window.show_view("glossary")
    _focus(qtbot, window, glossary.list)
    term = glossary.current_term()["term"]
    qtbot.keyClick(glossary.list, Qt.Key_Return)
    assert window.views.current_name == "search" and window.search.field.text() == term
    # Sources: Enter (like a double click) moves to the selected source's details.
    sources = window.show_view("sources")
    _focus(qtbot, window, sources.table)
    qtbot.keyClick(sources.table, Qt.Key_Return)
    assert sources.details.hasFocus()


def test_status_changes_reach_the_screen_reader(qtbot, window, monkeypatch):
    events: list[tuple[QWidget, QAccessible.Event]] = []
    original = QAccessible.updateAccessibility
    monkeypatch.setattr(QAccessible, "updateAccessibility",
                        lambda event: (events.append((event.object(), event.type())), original(event)))
    window.show_view("search")
    count = window.result_count
    before = accessible_name(count)
    assert re.fullmatch(r"\d+ entries", before)
    type_text(window.search.field, "senate")
    qtbot.waitUntil(lambda: window.search.results.query.text == "senate", timeout=3000)
    after = accessible_name(count)
    assert after != before and after == count.text() == f"{window.search.results.total} entries"
    assert (count, QAccessible.Event.NameChanged) in events
    assert count.accessibleDescription() == "Result count"
    # A passing message ("Note saved") is heard on the status bar.
    window.show_message("Note saved")
    assert accessible_name(window.statusBar()) == "Note saved"
    assert (window.statusBar(), QAccessible.Event.NameChanged) in events
    # "No entries match" is announced where it is shown.
    type_text(window.search.field, "zzzzqx")
    qtbot.waitUntil(lambda: window.search.results.total == 0, timeout=3000)
    assert accessible_name(window.search.empty).startswith("No entries match")
    assert (window.search.empty, QAccessible.Event.NameChanged) in events


def test_view_counts_are_announced(qtbot, window, monkeypatch):
    events = []
    original = QAccessible.updateAccessibility
    monkeypatch.setattr(QAccessible, "updateAccessibility",
                        lambda event: (events.append(event.object()), original(event)))
    glossary = window.show_view("glossary")
    glossary.filter.setText("senat")
    assert re.fullmatch(r"\d+ of \d+", accessible_name(glossary.count)) and glossary.count in events
    sources = window.show_view("sources")
    sources.filter.setText("akorda")
    assert re.fullmatch(r"\d+ of \d+", accessible_name(sources.count)) and sources.count in events


def test_status_count_belongs_to_the_search_view(window):
    window.show_view("search")
    count = window.result_count.text()
    assert count.endswith("entries")
    for name in ("bookmarks", "glossary", "sources"):
        window.show_view(name)
        assert window.result_count.text() == "", name
    window.show_view("search")
    assert window.result_count.text() == count


@pytest.mark.parametrize("screen", SMALL_SCREENS, ids=lambda r: f"{r.width()}x{r.height()}")
def test_window_and_dialogs_fit_small_screens(qtbot, window, screen):
    room = screen.size() - FRAME
    assert fitted_size(QSize(1280, 800), screen) == QSize(min(1280, room.width()), min(800, room.height()))
    window.move(400, 300)
    fit_to_screen(window, QSize(1280, 800), available=screen)
    assert window.width() <= room.width() and window.height() <= room.height()
    assert screen.contains(window.frameGeometry().topLeft())
    assert window.x() + window.width() <= screen.right() + 1
    for name in MY_VIEWS:  # the layout can shrink that far with each view shown
        window.show_view(name)
        window.set_reading_pane(True)
        hint = window.minimumSizeHint()
        assert hint.width() <= room.width() and hint.height() <= room.height(), (name, hint)
    from ui.entry.note_dialog import NoteDialog
    for dialog in (window.show_shortcuts(), window.show_about(), NoteDialog("t", "", window)):
        fit_to_screen(dialog, QSize(560, 620), available=screen)
        assert dialog.height() <= room.height() and dialog.minimumSizeHint().height() <= room.height()
        dialog.close()


def test_the_window_opens_within_the_screen(qtbot, qapp, atlas):
    from tests.ui_helpers import user_store
    from ui.common.screen_fit import available_geometry
    from ui.shell.main_window import MainWindow
    store = user_store()
    win = MainWindow(atlas, store, settings=None, theme=None)  # first run: no saved geometry
    qtbot.addWidget(win)
    room = available_geometry(win).size() - FRAME  # the offscreen screen: 800x800
    assert win.width() <= room.width() and win.height() <= room.height()
    win.close()
    store.close()


def test_a_window_saved_on_a_larger_screen_is_restored_within_this_one(qtbot, qapp, atlas, tmp_path):
    from PySide6.QtCore import QSettings

    from tests.ui_helpers import make_window, user_store
    from ui.common.screen_fit import available_geometry
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)
    store = user_store()
    big = make_window(qtbot, atlas, store, settings)
    big.setGeometry(600, 400, 1700, 1000)  # a larger monitor, further right
    big.close()  # saves the geometry
    again = make_window(qtbot, atlas, store, QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat))
    screen = available_geometry(again)  # offscreen: 800x800, smaller than the saved 1700x1000
    room = screen.size() - FRAME
    assert again.width() <= room.width() and again.height() <= room.height()
    assert screen.contains(again.geometry().topLeft()) and again.geometry().right() <= screen.right()
    again.settings = None
    again.close()
    qapp.processEvents()  # focus moves as the windows close: let them land while the store is open
    store.close()


def test_back_and_forward_restore_query_filters_and_entry(qtbot, window):
    search = window.search
    search.set_text("akim")
    search.facets.set_filter("year", "2022", "2022")
    search.run_query()
    first = search.results.hits[0].id
    window.open_entry(first)
    search.facets.clear()
    search.set_text("senate")
    second = next(h.id for h in search.results.hits if h.id != first)
    window.open_entry(second)
    window.go_back()
    assert window.entry_panel.entry.id == first
    assert search.field.text() == "akim" and search.facets.filters == {"year": "2022"}
    assert search.results.query.text == "akim" and search.results.query.year_from == 2022
    assert "filtered by 2022" in window.result_count.text()
    window.go_forward()
    assert window.entry_panel.entry.id == second
    assert search.field.text() == "senate" and search.facets.filters == {}
    assert search.results.query.text == "senate"


def test_shortcuts_dialog_lists_key_then_action(window):
    dialog = window.show_shortcuts()
    document = dialog.browser.document()
    rows = []
    block = document.begin()
    table = None
    while block.isValid():  # the one table: read it cell by cell
        cursor_table = dialog.browser.textCursor()
        cursor_table.setPosition(block.position())
        table = cursor_table.currentTable() or table
        block = block.next()
    assert table is not None and table.columns() == 2
    for row in range(table.rows()):
        if table.cellAt(row, 0) == table.cellAt(row, 1):
            continue  # a menu's title across both columns
        cells = []
        for column in range(2):
            cell = table.cellAt(row, column)
            cursor = cell.firstCursorPosition()
            cursor.setPosition(cell.lastCursorPosition().position(), cursor.MoveMode.KeepAnchor)
            cells.append(cursor.selectedText().strip())
        rows.append(tuple(cells))
    assert rows[0] == ("Key", "Action")
    by_action = {action: key for key, action in rows[1:] if action}
    assert by_action["Find"] == "Ctrl+F"
    assert by_action["Back"].startswith("Alt+Left")
    assert by_action["Keyboard shortcuts"].startswith("F1")
    key_like = re.compile(r"^(Ctrl|Alt|Shift|F\d|Enter|Delete|Esc|Tab|/|\u2193)")
    keyed = [(key, action) for key, action in rows[1:] if action]
    assert all(key_like.match(key) for key, _ in keyed), [k for k, _ in keyed if not key_like.match(k)]
    assert not any(key_like.match(action) and "+" in action.split()[0] for _, action in keyed)
    dialog.close()


@pytest.mark.parametrize("entry_id", ["freedom-ratings", "tax-code-2026", "kurultai-unicameral-parliament"])
def test_figure_headings_never_break_in_a_narrow_pane(window, entry_id):
    """"Unit" was drawn as "Uni/t" where the column was squeezed: headings keep on one line."""
    window.open_entry(entry_id)
    shown = window.entry_panel.page.document()
    headings = {"Figure", "Before", "After", "Unit", "Source"}
    for width in range(320, 720, 20):  # the reading pane's widths, from its minimum
        document: QTextDocument = shown.clone()
        document.setTextWidth(width)
        document.size()  # lays the document out
        found, block = set(), document.begin()
        while block.isValid():
            if block.text() in headings:
                found.add(block.text())
                assert block.layout().lineCount() == 1, f"{block.text()!r} broken at {width}px"
                assert not block.blockFormat().alignment() & (Qt.AlignRight | Qt.AlignHCenter)
            block = block.next()
        assert found == headings


def test_plain_names_drop_symbols_and_mnemonics():
    assert window_access.plain_name("\u2190 &Back") == "Back"
    assert window_access.plain_name("Forward \u2192") == "Forward"
    assert window_access.plain_name("Bookmarked \u2605") == "Bookmarked"
    assert window_access.plain_name("Export CSV\u2026") == "Export CSV"
