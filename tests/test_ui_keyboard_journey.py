"""The issue's acceptance path, keyboard only: search, filter, open, go back, bookmark with a note,
export the summary to PDF, restart, and find the note still there."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from pypdf import PdfReader
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QFileDialog

from tests.ui_helpers import app_names, make_window, type_text, user_store

NOTE = "Сверить с Конституцией 2026"


def _key(qtbot, window, key, modifier=Qt.NoModifier):
    """A key press where the keyboard focus is (the window itself before anything has focus)."""
    qtbot.keyClick(QApplication.focusWidget() or window, key, modifier)


def test_keyboard_only_journey(qtbot, qapp, atlas, tmp_path, monkeypatch):
    app_names(qapp)
    store = user_store()
    window = make_window(qtbot, atlas, store)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=3000)  # the launch gives focus

    # Search: Ctrl+F, then type (the field updates as you type).
    _key(qtbot, window, Qt.Key_F, Qt.ControlModifier)
    qtbot.waitUntil(window.search.field.hasFocus, timeout=3000)
    type_text(window.search.field, "akim")
    qtbot.waitUntil(lambda: window.search.results.query.text == "akim", timeout=3000)
    unfiltered = window.search.results.total
    qtbot.waitUntil(lambda: window.search.facets_query == window.search.results.query, timeout=3000)

    # Filter: Tab to the filter tree, Down to the first category, Space to apply it.
    tree = window.search.facets.tree
    for _ in range(6):
        if tree.hasFocus():
            break
        _key(qtbot, window, Qt.Key_Tab)
    assert tree.hasFocus()
    _key(qtbot, window, Qt.Key_Down)
    _key(qtbot, window, Qt.Key_Space)
    qtbot.waitUntil(lambda: window.search.results.query.category != "", timeout=3000)
    assert 0 < window.search.results.total < unfiltered

    # Open the first result, then the second, then go back with Alt+Left.
    _key(qtbot, window, Qt.Key_F, Qt.ControlModifier)
    _key(qtbot, window, Qt.Key_Down)
    _key(qtbot, window, Qt.Key_Return)
    first = window.entry_panel.entry.id
    _key(qtbot, window, Qt.Key_F, Qt.ControlModifier)
    _key(qtbot, window, Qt.Key_Down)
    _key(qtbot, window, Qt.Key_Down)
    _key(qtbot, window, Qt.Key_Return)
    second = window.entry_panel.entry.id
    assert second != first
    _key(qtbot, window, Qt.Key_Left, Qt.AltModifier)
    assert window.entry_panel.entry.id == first

    # Bookmark (Ctrl+D) and write a note (Ctrl+Shift+N): type, Tab to Save, Space.
    _key(qtbot, window, Qt.Key_D, Qt.ControlModifier)
    assert store.is_bookmarked(first)

    def type_note():
        dialog = QApplication.activeModalWidget()
        if dialog is None:  # the shortcut has not opened it yet
            QTimer.singleShot(10, type_note)
            return
        type_text(dialog.editor, NOTE)
        qtbot.keyClick(dialog.editor, Qt.Key_Tab)  # Tab leaves the note for the buttons
        # Offscreen, the modal dialog need not become the active window, so the keys go to the
        # widget that has the focus inside the dialog: after Tab, the Save button.
        target = dialog.focusWidget()
        assert target is dialog.buttons.button(QDialogButtonBox.Save)
        qtbot.keyClick(target, Qt.Key_Space)
    QTimer.singleShot(0, type_note)
    _key(qtbot, window, Qt.Key_N, Qt.ControlModifier | Qt.ShiftModifier)
    assert store.bookmark(first).note == NOTE

    # Export the summary to PDF (Ctrl+Shift+E); the file name is what the user types in the dialog.
    out = tmp_path / "summary.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF (*.pdf)"))
    # A desktop gives the activation back to the window when a modal dialog closes; offscreen
    # Qt does not, and shortcuts only reach the active window.
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window, timeout=3000)
    def accept_print_options():  # summaries or full entries, notes or not: Enter takes the default
        dialog = QApplication.activeModalWidget()
        if dialog is None or dialog.objectName() != "printOptions":
            QTimer.singleShot(10, accept_print_options)
            return
        qtbot.keyClick(dialog.focusWidget() or dialog, Qt.Key_Return)
    QTimer.singleShot(0, accept_print_options)
    with qtbot.waitSignal(window.printer.finished, timeout=30000) as done:
        _key(qtbot, window, Qt.Key_E, Qt.ControlModifier | Qt.ShiftModifier)
    assert done.args == [True]
    pages = PdfReader(str(out)).pages
    text = unicodedata.normalize("NFKC", " ".join(" ".join(p.extract_text().split()) for p in pages))
    assert atlas.entry(first).title in text and "page 1 of" in text
    window.close()
    store.close()

    # Restart: the note is still there.
    store = user_store()
    again = make_window(qtbot, atlas, store)
    assert store.bookmark(first).note == NOTE
    view = again.show_view("bookmarks")
    assert first in view.ids()
    again.close()
    store.close()
    assert Path(out).stat().st_size > 1000
