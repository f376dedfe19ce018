"""Search as you type, result rendering data, facet filters and the status bar count."""

from __future__ import annotations

import subprocess
import sys
import time
from pathlib import Path

from PySide6.QtCore import Qt

from models.search import SearchQuery
from tests.ui_helpers import type_text, window  # noqa: F401 - fixture

ROOT = Path(__file__).resolve().parent.parent


def wait_results(qtbot, win, predicate, timeout=3000):
    qtbot.waitUntil(lambda: predicate(win.search.results), timeout=timeout)


def test_first_results_are_every_entry_newest_first(window, atlas):
    total = atlas.search(SearchQuery()).total
    assert window.search.model.rowCount() > 0
    assert window.search.results.total == total
    assert window.result_count.text() == f"{total} entries"


def test_typing_cyrillic_updates_results_and_count(qtbot, window, atlas):
    window.search.focus_field()
    type_text(window.search.field, "Мажилис")
    assert window.search.field.text() == "Мажилис"
    expected = atlas.search(SearchQuery(text="Мажилис", typing=True))
    wait_results(qtbot, window, lambda r: r.query.text == "Мажилис")
    assert window.search.results.total == expected.total > 0
    assert window.search.model.ids()[:5] == [h.id for h in expected.hits[:5]]
    assert window.result_count.text().startswith(f"{expected.total} ")
    # the title or snippet of the top hit carries a highlighted match
    hit = window.search.model.hit(0)
    assert any(is_match for _, is_match in hit.snippet + hit.title_marks)


def test_keystrokes_are_coalesced_into_one_query(qtbot, window, monkeypatch):
    calls = []
    original = window.atlas.search
    monkeypatch.setattr(window.atlas, "search", lambda q, **kw: calls.append(q.text) or original(q, **kw))
    window.search.field.setText("s")
    window.search.field.setText("se")
    window.search.field.setText("sen")
    assert calls == []  # nothing ran while the events were still queued
    qtbot.waitUntil(lambda: calls == ["sen"], timeout=2000)
    qtbot.waitUntil(lambda: window.search.facets_query is not None and window.search.facets_query.text == "sen",
                    timeout=2000)
    assert window.search.results.query.typing is True


def test_facet_counts_wait_for_a_pause_in_typing(qtbot, window, monkeypatch):
    counted = []
    original = window.atlas.facets
    monkeypatch.setattr(window.atlas, "facets", lambda q: counted.append(q.text) or original(q))
    for text in ("c", "co", "con", "cons"):
        window.search.field.setText(text)
        qtbot.wait(20)  # a fast typist: results follow each key
        assert window.search.results.query.text == text
    qtbot.waitUntil(lambda: counted == ["cons"], timeout=2000)


def test_setText_with_prefix_finds_entries(qtbot, window):
    window.search.field.setText("referend")
    wait_results(qtbot, window, lambda r: r.query.text == "referend")
    titles = [window.search.model.hit(r).title.lower() for r in range(window.search.model.rowCount())]
    assert any("referendum" in t for t in titles)


def test_unknown_word_shows_the_empty_message(qtbot, window):
    window.search.field.setText("zzzqqqxx")
    wait_results(qtbot, window, lambda r: r.query.text == "zzzqqqxx")
    assert window.search.model.rowCount() == 0
    assert window.search.list_stack.currentWidget() is window.search.empty
    assert "zzzqqqxx" in window.search.empty.text()
    assert window.result_count.text() == "0 entries"


def wait_facets(qtbot, win):
    qtbot.waitUntil(lambda: win.search.facets_query == win.search.results.query, timeout=3000)


def _facet_index(panel, dimension, value=None):
    from ui.search.facet_panel import DIMENSION_ROLE, VALUE_ROLE
    model = panel.model
    for row in range(model.rowCount()):
        head = model.index(row, 0)
        if head.data(DIMENSION_ROLE) != dimension:
            continue
        for child in range(model.rowCount(head)):
            index = model.index(child, 0, head)
            if value is None or index.data(VALUE_ROLE) == value:
                return index
    raise AssertionError(f"no facet {dimension}={value}")


def test_clicking_a_category_facet_filters_and_clear_restores(qtbot, window, atlas):
    panel = window.search.facets
    everything = window.search.results.total
    wait_facets(qtbot, window)
    index = _facet_index(panel, "category", "economy")
    expected = atlas.search(SearchQuery(category="economy")).total
    assert 0 < expected < everything
    rect = panel.tree.visualRect(index)
    qtbot.mouseClick(panel.tree.viewport(), Qt.LeftButton, pos=rect.center())
    wait_results(qtbot, window, lambda r: r.query.category == "economy")
    assert window.search.results.total == expected
    assert all(window.search.model.hit(r).category == "economy" for r in range(window.search.model.rowCount()))
    assert "filtered by Economic reforms" in window.result_count.text()
    assert panel.clear_button.isEnabled() and panel.clear_button.isVisible()

    qtbot.mouseClick(panel.clear_button, Qt.LeftButton)
    wait_results(qtbot, window, lambda r: r.query.category == "")
    assert window.search.results.total == everything
    assert not panel.clear_button.isEnabled()


def test_year_facet_by_keyboard_and_counts_follow_the_query(qtbot, window, atlas):
    window.search.field.setText("akim")
    wait_results(qtbot, window, lambda r: r.query.text == "akim")
    wait_facets(qtbot, window)
    panel = window.search.facets
    index = _facet_index(panel, "year")
    year = int(index.data(Qt.UserRole + 2))
    count = int(index.siblingAtColumn(1).data())
    assert count == atlas.search(SearchQuery(text="akim", typing=True, year_from=year, year_to=year)).total
    panel.tree.setFocus()
    panel.tree.setCurrentIndex(index)
    qtbot.keyClick(panel.tree, Qt.Key_Space)
    wait_results(qtbot, window, lambda r: r.query.year_from == year)
    assert window.search.results.total == count
    wait_facets(qtbot, window)
    qtbot.keyClick(panel.tree, Qt.Key_Return)  # activating the active filter removes it
    wait_results(qtbot, window, lambda r: r.query.year_from is None)


def test_ctrl_f_and_slash_focus_the_search_field(qtbot, window):
    window.entry_panel.page.setFocus()
    qtbot.waitUntil(lambda: window.entry_panel.page.hasFocus())
    qtbot.keyClick(window.entry_panel.page, Qt.Key_Slash)
    qtbot.waitUntil(lambda: window.search.field.hasFocus())
    assert window.search.field.text() == ""  # the slash was a shortcut, not typed
    window.search.list.setFocus()
    qtbot.keyClick(window.search.list, Qt.Key_F, Qt.ControlModifier)
    qtbot.waitUntil(lambda: window.search.field.hasFocus())


def test_keyboard_only_open_from_search(qtbot, window):
    window.search.focus_field()
    window.search.field.setText("death penalty")
    qtbot.keyClick(window.search.field, Qt.Key_Down)
    assert window.search.list.hasFocus()
    qtbot.keyClick(window.search.list, Qt.Key_Return)
    assert window.entry_panel.entry is not None
    assert window.entry_panel.entry.id == window.search.model.hit(0).id
    assert window.entry_panel.page.hasFocus()


def test_results_and_facet_models_pass_the_model_tester(qtbot, qtmodeltester, window):
    wait_facets(qtbot, window)
    qtmodeltester.check(window.search.model)
    qtmodeltester.check(window.search.facets.model)


def test_results_fetch_more_pages(qtbot, atlas, qtmodeltester):
    from ui.search.results_model import ResultsModel
    model = ResultsModel()
    query = SearchQuery(limit=10)
    first = atlas.search(query)
    from dataclasses import replace
    model.set_results(first, lambda offset: atlas.search(replace(query, offset=offset)))
    assert model.rowCount() == 10
    assert model.canFetchMore()
    model.fetchMore()
    assert model.rowCount() == 20
    assert len(set(model.ids())) == 20
    qtmodeltester.check(model)


def test_keystroke_to_repaint_is_fast(qtbot, window):
    """A keystroke's query and repaint fit in a frame on the bundled data (bench/startup.py
    measures it precisely; this guards against a gross regression)."""
    window.search.focus_field()
    times = []
    for text in ("m", "ma", "maz", "mazh", "mazhi"):
        start = time.perf_counter()
        window.search.field.setText(text)
        window.search.run_query()
        window.search.list.viewport().repaint()
        times.append(time.perf_counter() - start)
    assert sorted(times)[len(times) // 2] < 0.05


def test_pyqtgraph_is_not_imported_when_the_window_shows_results(tmp_path, db_path):
    code = f"""
import sys
from PySide6.QtWidgets import QApplication
app = QApplication(['t', '-platform', 'offscreen'])
from db.atlas import Atlas
from db.user_store import UserStore
from ui.shell.main_window import MainWindow
w = MainWindow(Atlas({str(db_path)!r}), UserStore.in_memory())
w.show()
w.search.set_text('gdp')
app.processEvents()
w.show_view('timeline'); w.show_view('bookmarks'); w.show_view('search')
app.processEvents()
assert w.search.model.rowCount() > 0
print(sorted(m for m in ('pyqtgraph', 'numpy', 'PySide6.QtPrintSupport', 'ui.paper.printing') if m in sys.modules))
"""
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, timeout=60)
    assert out.returncode == 0, out.stderr
    assert out.stdout.strip().splitlines()[-1] == "[]"
