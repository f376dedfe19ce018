"""The window with a damaged or crafted database: it says what is wrong and keeps working."""

from __future__ import annotations

import pytest
from hostile_db import ENTRY, crafted, damaged_index
from ui_helpers import app_names, make_window, user_store


@pytest.fixture
def open_window(qtbot, qapp):
    opened = []

    def open_on(path):
        from db.atlas import Atlas
        app_names(qapp)
        atlas, store = Atlas(path), user_store()
        window = make_window(qtbot, atlas, store)
        opened.append((window, atlas, store))
        return window
    yield open_on
    for window, atlas, store in opened:
        window.settings = None
        window.close()
        store.close()
        atlas.close()


def test_a_damaged_index_shows_a_notice_in_the_window(open_window, db_path, tmp_path):
    window = open_window(damaged_index(db_path, tmp_path))
    window.search.set_text("akim")
    window.search.update_facets()
    notice = window.search.notice
    assert notice.isVisible() or not notice.isHidden()
    assert "damaged" in notice.text() and "db.build" in notice.text() and "reinstall" in notice.text()
    assert window.search.model.rowCount() == 0


BAD = (f"UPDATE entries SET title = NULL, date = NULL, summary = NULL, body = NULL, status = NULL, "
       f"category = 'no-such-category' WHERE id = '{ENTRY}'",
       "UPDATE entry_keys SET year = NULL WHERE id = 'death-penalty-abolished'",
       "UPDATE entries SET date = '2021-13-45' WHERE id = 'anti-torture-measures'",
       "UPDATE packages SET date = NULL, name = NULL WHERE id = 'first-package'")


def test_null_and_impossible_values_show_as_unknown_in_every_view(open_window, db_path, tmp_path):
    window = open_window(crafted(db_path, tmp_path, *BAD))
    window.search.set_text("")
    assert window.open_entry(ENTRY)
    page = window.entry_panel.page.toPlainText()
    assert page.startswith("unknown") and "date unknown" in page
    # An entry whose date is NULL or impossible is placed where an undated one is: in the
    # timeline's undated lane, never at a guessed year.
    canvas = window.show_view("timeline").canvas
    undated = {e.id for e in canvas.entries.values() if not e.dated}
    assert {ENTRY, "anti-torture-measures"} <= undated
    assert all(e.day is None for e in canvas.entries.values() if e.id in undated)
    for name in ("timeline", "bookmarks", "indicators", "powers", "search"):
        view = window.show_view(name)
        assert view is not None and view.objectName() != "viewError", name


def test_plot_views_cope_with_nulls_everywhere(open_window, db_path, tmp_path):
    from test_hardening_cli import NULLS_EVERYWHERE
    window = open_window(crafted(db_path, tmp_path, *NULLS_EVERYWHERE))
    indicators = window.show_view("indicators")
    assert indicators.objectName() != "viewError"
    for series in ("gdp-growth", "inflation"):
        indicators.show_indicator(series)
        assert indicators.current_id() == series
    powers = window.show_view("powers")
    assert powers.objectName() != "viewError"
    powers.select_institution("senate")
    assert window.open_entry(ENTRY)
