"""The window's size, splitters, text zoom and theme, kept in QSettings between sessions.

Takes the MainWindow (its settings, splitters, zoom and theme) without importing it: shell modules
form no import cycle.
"""

from __future__ import annotations

from PySide6.QtCore import QByteArray
from PySide6.QtWidgets import QMainWindow

from ui.common.screen_fit import fit_to_screen


def restore(window: QMainWindow) -> None:
    if window.settings is None:
        return
    s = window.settings
    for key, apply_state in (("window/geometry", window.restoreGeometry), ("window/state", window.restoreState),
                         ("splitters/main", window.splitter.restoreState),
                         ("splitters/search", window.search.splitter.restoreState)):
        value = s.value(key)
        if isinstance(value, QByteArray) and not value.isEmpty():
            apply_state(value)
    # Saved on a larger monitor (or before the task bar grew): cut to this screen, moved onto it.
    if not window.isMaximized() and not window.isFullScreen():
        fit_to_screen(window)
    zoom = s.value("view/zoom", 0)
    try:
        zoom = int(zoom)
    except (TypeError, ValueError):
        zoom = 0
    if zoom:
        window.set_zoom(zoom)

def save(window: QMainWindow) -> None:
    if window.settings is None:
        return
    s = window.settings
    s.setValue("window/geometry", window.saveGeometry())
    s.setValue("window/state", window.saveState())
    s.setValue("splitters/main", window.splitter.saveState())
    s.setValue("splitters/search", window.search.splitter.saveState())
    s.setValue("view/zoom", window.zoom)
    if window.theme is not None:
        s.setValue("view/theme", window.theme.mode)
    s.sync()
