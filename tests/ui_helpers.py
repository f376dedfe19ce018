"""What the window tests share: a main window on the test database with its own user data."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from db.user_store import UserStore
from models import paths


def app_names(app: QApplication) -> None:
    app.setOrganizationName(paths.ORGANISATION)
    app.setApplicationName(paths.APP_NAME)


def user_store() -> UserStore:
    return UserStore.open(Path(os.environ[paths.USER_DATA_ENV]))


def make_window(qtbot, atlas, store=None, settings=None):
    from ui.shell.main_window import MainWindow
    store = store or user_store()
    window = MainWindow(atlas, store, settings=settings, theme=None)
    # The offscreen screen is smaller than 1280x800 (800x800), and the window fits itself to the screen; the tests look
    # at it at a desktop's size (tests/test_accessibility.py checks the fitting itself).
    if settings is None:
        window.resize(1280, 800)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    return window


def type_text(widget, text: str) -> None:
    """Type like a keyboard does, one key event per character, text carried in the event.

    qtbot.keyClicks aborts the process with non-ASCII text under PySide6; an event that
    carries the character itself goes through the same path as a real key press.
    """
    for char in text:
        for kind in (QEvent.KeyPress, QEvent.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key_unknown if not char.isascii() else
                                                     Qt.Key(ord(char.upper())), Qt.NoModifier, char))


@pytest.fixture
def window(qtbot, qapp, atlas):
    app_names(qapp)
    store = user_store()
    win = make_window(qtbot, atlas, store)
    yield win
    win.settings = None
    win.close()
    store.close()
