"""No rich text from the data outside the escaped entry page.

A crafted database puts `<img src="FIFO">` into an entry's summary (the results tooltip), a
category name (the facet tooltip and label) and an institution name; the user types the same into
the search field (the "no entries match" label). If Qt read any of it as HTML it would open the
FIFO to load the image, and the window would freeze in open(). A watchdog thread opens the FIFO's
other end whenever someone is reading it: it proves no file was opened (and unfreezes the window
if one was, so that the test fails instead of hanging).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest
from hostile_db import ENTRY, crafted
from PySide6 import QtGui
from PySide6.QtCore import QEvent, QPoint, Qt
from PySide6.QtGui import QHelpEvent
from PySide6.QtWidgets import QApplication, QToolTip
from ui_helpers import app_names, make_window, user_store

from ui.search.results_model import ID_ROLE

WATCHER = """
import errno, os, select, sys
path, opened = sys.argv[1], 0
print("ready", flush=True)
while True:
    try:
        fd = os.open(path, os.O_WRONLY | os.O_NONBLOCK)   # succeeds only while someone reads it
    except OSError as exc:
        if exc.errno != errno.ENXIO:
            raise
    else:
        opened += 1
        os.close(fd)  # the reader sees end of file and carries on
    if select.select([sys.stdin], [], [], 0.002)[0]:  # the test closed our stdin: report
        print(opened, flush=True)
        break
"""


class FifoWatch:
    """Counts the times anybody opened the FIFO for reading while the watch ran. A separate
    process: a window frozen in open() inside Qt may hold Python's GIL, so a thread could not help."""

    def __init__(self, path: Path):
        self.path = path
        self.opened = -1

    def __enter__(self) -> FifoWatch:
        self._process = subprocess.Popen([sys.executable, "-c", WATCHER, str(self.path)], text=True,
                                         stdin=subprocess.PIPE, stdout=subprocess.PIPE)
        assert self._process.stdout.readline().strip() == "ready"
        return self

    def __exit__(self, *exc) -> None:
        out, _ = self._process.communicate(timeout=30)
        self.opened = int(out.strip())


@pytest.fixture
def fifo(tmp_path) -> Path:
    path = tmp_path / "image.png"
    os.mkfifo(path)
    return path


@pytest.fixture
def hostile_atlas(db_path, tmp_path, fifo):
    from db.atlas import Atlas
    img = f'<img src="{fifo}">'
    path = crafted(db_path, tmp_path,
                   f"UPDATE entries SET summary = '{img}' || summary WHERE id = '{ENTRY}'",
                   f"UPDATE categories SET name = '{img}Rights' WHERE id = 'rights-rule-of-law'",
                   f"UPDATE institutions SET name = '{img}Senate' WHERE id = 'senate'",
                   f"UPDATE indicators SET name = '{img}GDP' WHERE id = 'gdp-growth'")
    atlas = Atlas(path)
    yield atlas
    atlas.close()


@pytest.fixture
def hostile_window(qtbot, qapp, hostile_atlas):
    app_names(qapp)
    store = user_store()
    window = make_window(qtbot, hostile_atlas, store)
    yield window
    window.settings = None
    QToolTip.hideText()
    window.close()
    store.close()


def _hover(view, index) -> str:
    """Ask the view for the tooltip of `index` as the mouse would (a ToolTip help event), and
    return the text Qt shows."""
    at = view.visualRect(index).center()
    event = QHelpEvent(QEvent.ToolTip, at, view.viewport().mapToGlobal(at))
    QApplication.sendEvent(view.viewport(), event)
    return QToolTip.text()


def _find(model, predicate, parent=None):
    from PySide6.QtCore import QModelIndex
    parent = parent or QModelIndex()
    for row in range(model.rowCount(parent)):
        index = model.index(row, 0, parent)
        if predicate(index):
            return index
        found = _find(model, predicate, index)
        if found is not None:
            return found
    return None


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the tooltip, offscreen
def test_hovering_crafted_results_and_facets_opens_no_file(hostile_window, qtbot, fifo):
    search = hostile_window.search
    with FifoWatch(fifo) as watch:
        search.set_text("death penalty abolished")
        search.update_facets()
        index = _find(search.model, lambda i: i.data(ID_ROLE) == ENTRY)
        assert index is not None
        results_tip = _hover(search.list, index)
        tree = search.facets.tree
        tree.expandAll()
        facet = _find(search.facets.model, lambda i: "Rights" in (i.data() or "") and "img" in (i.data() or ""))
        assert facet is not None
        facet_tip = _hover(tree, facet)
        senate = _find(search.facets.model, lambda i: "Senate" in (i.data() or ""))
        senate_tip = _hover(tree, senate) if senate is not None else ""
        # The user types HTML into the search field: the "no match" label shows it as typed.
        search.set_text(f'<img src="{fifo}"> zzzqqq')
        assert search.empty.isVisible() or search.list_stack.currentWidget() is search.empty
        QApplication.processEvents()
    assert watch.opened == 0
    assert "&lt;img" in results_tip and "<img" not in results_tip
    assert "&lt;img" in facet_tip and "<img" not in facet_tip
    assert "<img" not in senate_tip
    assert search.empty.textFormat() == Qt.PlainText and search.facets.summary.textFormat() == Qt.PlainText


@pytest.mark.qt_log_ignore("This plugin does not support raise")
def test_every_data_tooltip_is_escaped(hostile_atlas, qtbot, fifo):
    """The item models outside the entry page: whatever ToolTipRole returns shows as text."""
    from ui.indicators.indicator_list_model import IndicatorListModel
    model = IndicatorListModel(hostile_atlas.indicators(), dict(hostile_atlas.categories()))
    tips = [model.index(row, 0).data(Qt.ToolTipRole) for row in range(model.rowCount())]
    gdp = [tip for tip in tips if "GDP" in tip and "img" in tip]
    assert gdp and all("<img" not in tip and "&lt;img" in tip for tip in gdp)
    with FifoWatch(fifo) as watch:
        for tip in gdp:
            QToolTip.showText(QPoint(10, 10), tip)
            QApplication.processEvents()
    assert watch.opened == 0


def test_tooltip_helper_escapes_and_keeps_line_breaks():
    from ui.common.plain_text import tooltip
    assert tooltip("") == ""
    tip = tooltip('<img src="/dev/zero">\n& more')
    assert QtGui.Qt.mightBeRichText(tip)  # explicit rich text, so Qt never guesses
    assert "&lt;img src=&quot;/dev/zero&quot;&gt;\n&amp; more" in tip and "pre-wrap" in tip
