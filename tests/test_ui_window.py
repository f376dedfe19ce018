"""The main window: back/forward, views, timeline, remembered layout, zoom, theme, dialogs, start-up."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.conftest import run_cli
from tests.ui_helpers import app_names, make_window, user_store, window  # noqa: F401 - fixture
from ui.common.navigation import History, HistoryModel, Location


def test_back_and_forward_with_alt_arrows_and_toolbar(qtbot, window):
    for entry_id in ("death-penalty-abolished", "senate-presidential-quota", "constitutional-referendum-2022"):
        window.open_entry(entry_id)
    assert not window.menu_actions["forward"].isEnabled() and window.menu_actions["back"].isEnabled()
    qtbot.keyClick(window.entry_panel.page, Qt.Key_Left, Qt.AltModifier)
    assert window.entry_panel.entry.id == "senate-presidential-quota"
    qtbot.keyClick(window.entry_panel.page, Qt.Key_Left, Qt.AltModifier)
    assert window.entry_panel.entry.id == "death-penalty-abolished"
    assert not window.menu_actions["back"].isEnabled()
    qtbot.keyClick(window.entry_panel.page, Qt.Key_Right, Qt.AltModifier)
    assert window.entry_panel.entry.id == "senate-presidential-quota"
    window.menu_actions["forward"].trigger()  # the toolbar button's action
    assert window.entry_panel.entry.id == "constitutional-referendum-2022"
    window.go_back()
    window.open_entry("death-penalty-abolished")  # a new visit drops the forward part
    assert [loc.id for loc in window.history.items] == [
        "death-penalty-abolished", "senate-presidential-quota", "death-penalty-abolished"]
    assert not window.menu_actions["forward"].isEnabled()


def test_history_list_and_model(qtmodeltester):
    history = History()
    model = HistoryModel(history)
    history.visit(Location("entry", "a", "A"))
    history.visit(Location("entry", "a", "A"))  # the same page twice is one visit
    history.visit(Location("institution", "senate", "Senate"))
    assert [i.id for i in history.items] == ["a", "senate"]
    assert model.rowCount() == 2 and model.index(1).data() == "Institution: Senate"
    qtmodeltester.check(model)
    history.back()
    assert model.index(0).data(Qt.FontRole).bold()


def test_view_switching_keeps_one_reading_pane(qtbot, window):
    timeline = window.show_view("timeline")
    assert window.views.current_name == "timeline"  # a wide view: the pane waits for an entry
    qtbot.keyClick(window, Qt.Key_1, Qt.ControlModifier)
    assert window.views.current_name == "search"
    qtbot.keyClick(window, Qt.Key_5, Qt.ControlModifier)
    assert window.views.current_name == "bookmarks"
    window.show_view("timeline")
    timeline.scroll_to_year(2022)
    current = timeline.current_id()
    assert timeline.canvas.entries[current].day.year == 2022
    timeline.canvas.setFocus()
    qtbot.keyClick(timeline.canvas, Qt.Key_Return)
    assert window.entry_panel.isVisible() and window.entry_panel.entry.id == current


@pytest.mark.parametrize("name, class_name", [("powers", "PowerBalanceView"), ("indicators", "IndicatorsView")])
def test_plot_views_are_hosted_and_open_entries(qtbot, window, name, class_name):
    view = window.show_view(name)
    assert type(view).__name__ == class_name
    assert not window.entry_panel.isVisible()  # the wide views get the whole width
    view.entryRequested.emit("senate-presidential-quota")
    assert window.entry_panel.isVisible()
    assert window.entry_panel.entry.id == "senate-presidential-quota"


def test_timeline_shows_entries_packages_and_eras(qtbot, atlas):
    from ui.timeline.timeline_view import ERAS, TimelineView
    view = TimelineView(atlas)
    qtbot.addWidget(view)
    assert len(view.canvas.entries) == len(atlas.entry_refs())
    labels = [band.label for band in view.canvas.bands]
    assert [era.name for era in ERAS] == labels[:3]
    assert len(labels) - 3 == len([p for p in atlas.packages() if p[2]])


def test_geometry_splitters_and_zoom_are_remembered(qtbot, qapp, atlas, tmp_path):
    app_names(qapp)
    settings = QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat)
    store = user_store()
    first = make_window(qtbot, atlas, store, settings)
    first.resize(760, 560)  # within the offscreen screen (800x600)
    first.splitter.setSizes([400, 360])
    first.search.splitter.setSizes([200, 200])
    first.menu_actions["zoom-in"].trigger()
    first.menu_actions["zoom-in"].trigger()
    page_size = first.entry_panel.page.font().pointSizeF()
    sizes, search_sizes = first.splitter.sizes(), first.search.splitter.sizes()
    first.close()
    second = make_window(qtbot, atlas, store, QSettings(str(tmp_path / "settings.ini"), QSettings.IniFormat))
    assert (second.width(), second.height()) == (760, 560)
    assert second.splitter.sizes() == sizes and second.search.splitter.sizes() == search_sizes
    assert second.zoom == 2 and second.entry_panel.page.font().pointSizeF() == page_size
    second.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is second)
    qtbot.keyClick(second, Qt.Key_Minus, Qt.ControlModifier)
    assert second.zoom == 1 and second.entry_panel.page.font().pointSizeF() < page_size
    second.settings = None
    second.close()
    store.close()


def test_dark_mode_toggle_recolours_the_page(qtbot, qapp, atlas):
    from ui.common.theme import ThemeController, is_dark
    from ui.entry.entry_html import DARK_PAGE
    app_names(qapp)
    saved = qapp.palette()
    controller = ThemeController(qapp, "light")
    store = user_store()
    from ui.shell.main_window import MainWindow
    win = MainWindow(atlas, store, None, controller)
    qtbot.addWidget(win)
    win.show()
    try:
        win.open_entry("senate-presidential-quota")
        win.menu_actions["dark"].trigger()
        assert controller.mode == "dark" and is_dark(qapp.palette())
        qtbot.waitUntil(lambda: DARK_PAGE.muted in win.entry_panel.page.toHtml().lower())
        win.menu_actions["follow-system"].trigger()
        assert controller.mode == "system"
    finally:
        qapp.setPalette(saved)
        qtbot.wait(10)
        win.close()
        store.close()


def test_shortcuts_and_about_dialogs(qtbot, window, atlas):
    dialog = window.show_shortcuts()
    text = dialog.browser.toPlainText()
    for expected in ("Back", "Alt+Left", "Ctrl+F", "Ctrl+P", "Ctrl+D", "Ctrl+=", "Search", "Enter"):
        assert expected in text, expected
    dialog.close()
    about = window.show_about()
    text = about.browser.toPlainText()
    assert "1.0.0" in text and atlas.data_version in text and "Where the data comes from" in text
    about.close()


def test_widgets_have_accessible_names(window):
    for widget in (window.search.field, window.search.list, window.search.facets.tree,
                   window.search.facets.clear_button, window.entry_panel.page, window.result_count):
        assert widget.accessibleName(), widget.objectName()


def test_a_missing_or_corrupt_database_shows_a_message_not_a_traceback(qapp, tmp_path, monkeypatch):
    import argparse

    from ui.shell import app
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda parent, title, text: shown.append(text))
    broken = tmp_path / "broken.db"
    broken.write_bytes(b"this is not sqlite" * 100)
    saved = qapp.palette()
    try:
        assert app.run_gui(argparse.Namespace(db=str(broken))) == 2
        assert app.run_gui(argparse.Namespace(db=str(tmp_path / "missing.db"))) == 2
    finally:
        qapp.setPalette(saved)
    assert "damaged" in shown[0] and "not found" in shown[1]


def test_startup_probe_reports_first_results(db_path, tmp_path):
    result = run_cli(env={"REFORM_ATLAS_STARTUP_PROBE": "1", "QT_QPA_PLATFORM": "offscreen"}, db=db_path)
    assert result.returncode == 0, result.stderr
    lines = result.stdout.splitlines()
    assert lines[-1].startswith("first-results-painted ")
    # The milestones bench/package.py splits the launch by, in the order the app reaches them, on
    # one monotonic clock.
    marks = [line.split() for line in lines[:-1]]
    assert [name for _, name, _ in marks] == ["window-code", "run-gui", "application", "database", "window", "shown"]
    clock = [float(value) for _, _, value in marks]
    assert clock == sorted(clock)


def test_screenshot_command_renders_the_window(db_path, tmp_path):
    out = tmp_path / "shot.png"
    result = run_cli("screenshot", str(out), "--view", "entry", "--query", "Мажилис", "--size", "1000x700",
                     "--theme", "dark", db=db_path)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1000, 700)
    assert image.pixelColor(500, 690).lightness() < 100  # dark theme
    out2 = tmp_path / "timeline.png"
    result = run_cli("screenshot", str(out2), "--view", "timeline", "--entry", "death-penalty-abolished",
                     db=db_path)
    assert result.returncode == 0 and QImage(str(out2)).width() == 1280


def test_screenshot_errors_are_one_line(db_path, tmp_path):
    result = run_cli("screenshot", str(tmp_path / "x.png"), "--size", "huge", db=db_path)
    assert result.returncode == 2 and result.stderr.count("\n") == 1 and "window size" in result.stderr
    result = run_cli("screenshot", str(tmp_path / "x.png"), "--entry", "nope", db=db_path)
    assert result.returncode == 2 and result.stderr.strip() == "error: no entry with id 'nope'"
    result = run_cli("screenshot", str(tmp_path / "no" / "x.png"), db=db_path)
    assert result.returncode == 2 and "cannot save" in result.stderr and "folder does not exist" in result.stderr


def test_a_focused_view_keeps_its_own_zoom_keys(qtbot, window):
    """The power graph zooms itself with Ctrl++/-; the window's text zoom must not make those
    keys ambiguous (Qt would then run neither and warn, which fails this test)."""
    from PySide6.QtWidgets import QGraphicsView
    view = window.show_view("powers")
    graph = view.findChild(QGraphicsView)
    window.activateWindow()
    graph.setFocus()
    qtbot.waitUntil(lambda: graph.hasFocus())
    before = window.zoom
    qtbot.keyClick(graph, Qt.Key_Plus, Qt.ControlModifier)
    assert window.zoom == before and graph.zoom > 1.0
    window.show_view("search")
    window.search.list.setFocus()
    qtbot.waitUntil(lambda: window.search.list.hasFocus())
    qtbot.keyClick(window.search.list, Qt.Key_Plus, Qt.ControlModifier)
    assert window.zoom == before + 1


def test_entry_figures_link_to_their_indicator_series(qtbot, window):
    from PySide6.QtCore import QUrl
    window.open_entry("middle-corridor-transit")
    html = window.entry_panel.page.toHtml()
    assert "Indicator series" in html and "indicator:middle-corridor-cargo" in html
    window.entry_panel.page.follow(QUrl("indicator:middle-corridor-cargo"))
    view = window.views.view("indicators")
    assert view is not None and view.isVisible()
    assert view.current_id() == "middle-corridor-cargo"


def test_pointing_at_indicators_prefetches_the_plotting_library(qtbot, window, monkeypatch):
    import ui.indicators.indicators_view
    started = []
    monkeypatch.setattr(ui.indicators.indicators_view, "warm_up", lambda: started.append(True))
    window._view_actions["search"].hover()
    assert started == []
    window._view_actions["indicators"].hover()
    assert started == [True]


def test_window_icon_comes_from_every_rendered_png_size(qapp):
    from ui.shell.app import window_icon

    sizes = {size.width() for size in window_icon().availableSizes()}
    # The PNGs packaging/render_icons.py draws; PNG is built into QtGui, SVG would need a plugin.
    assert {16, 24, 32, 48, 64, 128, 256} <= sizes
    assert not window_icon().pixmap(48, 48).isNull()
