"""Bookmarks and notes: kept across restarts, exported, and never lost to a failed write."""

from __future__ import annotations

import csv
import io
import os
import shutil
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox

from db.user_store import FILE_NAME, UserDataError, UserStore
from models import paths
from tests.ui_helpers import app_names, make_window, user_store, window  # noqa: F401 - fixture

NOTE = "Проверить цифры: 15 → 10.\nSecond line with <b>markup</b>."


def test_bookmark_and_note_survive_a_restart_of_the_window(qtbot, qapp, atlas):
    app_names(qapp)
    store = user_store()
    first = make_window(qtbot, atlas, store)
    first.search.focus_field()
    first.search.field.setText("senate quota")
    qtbot.keyClick(first.search.field, Qt.Key_Return)  # opens the top result
    entry = first.entry_panel.entry
    assert entry is not None
    qtbot.keyClick(first.entry_panel.page, Qt.Key_D, Qt.ControlModifier)  # Ctrl+D bookmarks

    def write_note():
        dialog = QApplication.activeModalWidget()
        dialog.editor.setPlainText(NOTE)
        dialog.accept()
    QTimer.singleShot(0, write_note)
    first.entry_panel.note_action.trigger()  # the dialog is modal; write_note fills and saves it
    assert store.bookmark(entry.id).note == NOTE
    first.close()
    store.close()

    store = user_store()
    second = make_window(qtbot, atlas, store)
    view = second.show_view("bookmarks")
    assert view.ids() == [entry.id]
    assert view.note.toPlainText() == NOTE
    qtbot.keyClick(view.table, Qt.Key_Return)
    assert second.entry_panel.entry.id == entry.id
    text = second.entry_panel.page.toPlainText()
    assert "Your note" in text and "Проверить цифры" in text and "<b>markup</b>" in text
    assert second.entry_panel.bookmark_action.isChecked()
    second.close()
    store.close()


def test_bookmarks_view_edits_removes_and_exports(qtbot, window, tmp_path, atlas):
    for entry_id in ("death-penalty-abolished", "senate-presidential-quota"):
        window.open_entry(entry_id)
        window.entry_panel.bookmark_action.trigger()
    view = window.show_view("bookmarks")
    assert sorted(view.ids()) == ["death-penalty-abolished", "senate-presidential-quota"]
    assert view.select("death-penalty-abolished")
    view.note.setPlainText("Абсолютно | *важно*")
    qtbot.keyClick(view.note, Qt.Key_S, Qt.ControlModifier)
    assert window.store.bookmark("death-penalty-abolished").note == "Абсолютно | *важно*"

    md, table = tmp_path / "b.md", tmp_path / "b.csv"
    view.export_markdown(md)
    view.export_csv(table)
    text = md.read_text(encoding="utf-8")
    assert "## Death penalty abolished" in text and "Абсолютно \\| \\*важно\\*" in text
    assert atlas.data_version in text
    rows = list(csv.DictReader(io.StringIO(table.read_text(encoding="utf-8-sig"))))
    assert {r["entry_id"] for r in rows} == {"death-penalty-abolished", "senate-presidential-quota"}
    assert next(r for r in rows if r["entry_id"] == "death-penalty-abolished")["note"] == "Абсолютно | *важно*"
    assert all(r["data_version"] == atlas.data_version for r in rows)

    view.select("senate-presidential-quota")
    qtbot.keyClick(view.table, Qt.Key_Delete)
    assert view.ids() == ["death-penalty-abolished"]
    assert not window.store.is_bookmarked("senate-presidential-quota")


def test_bookmarks_model_passes_the_model_tester(qtmodeltester, window):
    window.open_entry("death-penalty-abolished")
    window.entry_panel.bookmark_action.trigger()
    view = window.show_view("bookmarks")
    qtmodeltester.check(view.model)
    qtmodeltester.check(view.proxy)


def test_a_failed_write_leaves_the_file_intact_and_the_window_working(qtbot, window):
    window.open_entry("death-penalty-abolished")
    window.entry_panel.save_note("first note")
    path = window.store.path
    before = path.read_bytes()
    # Simulate a full disk: the file may not grow by a single page.
    pages = window.store._conn.execute("PRAGMA page_count").fetchone()[0]
    window.store._conn.execute(f"PRAGMA max_page_count = {pages}")
    assert window.entry_panel.save_note("x" * 200_000) is False
    box = window.entry_panel.findChild(QMessageBox, "warningMessage")
    assert box is not None and box.isVisible()
    assert "nothing was changed" in box.text()
    assert path.read_bytes() == before
    assert window.store.bookmark("death-penalty-abolished").note == "first note"
    reopened = UserStore.open(path.parent)
    assert reopened.bookmark("death-penalty-abolished").note == "first note"
    reopened.close()
    box.close()
    window.search.field.setText("senate")  # the window still works
    qtbot.waitUntil(lambda: window.search.results.query.text == "senate")


def test_an_unwritable_location_gives_a_message_and_an_unsaved_store(tmp_path, monkeypatch, qapp):
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    monkeypatch.setenv(paths.USER_DATA_ENV, str(blocker / "user-data"))
    from ui.shell.app import open_user_store
    store, problem = open_user_store()
    assert not store.persistent
    assert str(blocker) in problem and "lost when it closes" in problem
    store.add("death-penalty-abolished", "Death penalty abolished")
    assert store.is_bookmarked("death-penalty-abolished")
    with pytest.raises(UserDataError):
        UserStore.open(blocker / "user-data")


def test_the_atlas_database_is_never_used_as_user_data(tmp_path, db_path):
    folder = tmp_path / "ud"
    folder.mkdir()
    shutil.copy(db_path, folder / FILE_NAME)
    before = (folder / FILE_NAME).read_bytes()
    with pytest.raises(UserDataError, match="atlas database"):
        UserStore.open(folder)
    assert (folder / FILE_NAME).read_bytes() == before


def test_store_keeps_notes_and_orders_newest_first(tmp_path):
    store = UserStore.open(tmp_path)
    store.add("a", "A", "2020")
    store.add("b", "B", "2021-05")
    store.set_note("a", "note a")
    with pytest.raises(UserDataError):
        store.set_note("zzz", "x")
    store.close()
    store = UserStore.open(tmp_path)
    assert {b.entry_id for b in store.bookmarks()} == {"a", "b"}
    assert store.bookmark("a").note == "note a"
    assert os.path.exists(tmp_path / FILE_NAME) and not Path(tmp_path / (FILE_NAME + "-journal")).exists()
    store.close()
