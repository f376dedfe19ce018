"""Windows and dialogs never larger than the screen they open on.

A fixed size (1280x800 for the window, 900x1000 for print preview) puts the status bar or a
dialog's buttons off-screen on a 1366x768 laptop; here the wanted size is cut to the screen's
available geometry (without task bars), less room for the window frame, and the window is moved
inside it. `available` may be given (tests simulate small screens with it).
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QWidget

# What the window manager's frame (title bar, borders) takes beyond the client area.
FRAME = QSize(16, 40)


def available_geometry(widget: QWidget | None = None) -> QRect:
    screen = (widget.screen() if widget is not None else None) or QGuiApplication.primaryScreen()
    return screen.availableGeometry() if screen is not None else QRect(0, 0, 1024, 640)


def fitted_size(wanted: QSize, available: QRect) -> QSize:
    """`wanted`, cut to what fits in `available` with the frame around it."""
    room = available.size() - FRAME
    return QSize(max(1, min(wanted.width(), room.width())), max(1, min(wanted.height(), room.height())))


def fit_to_screen(widget: QWidget, wanted: QSize | None = None, available: QRect | None = None) -> QSize:
    """Resize `widget` to `wanted` (default: its current size) cut to the screen, and move it so
    that it lies inside the screen. Returns the size given."""
    available = available if available is not None else available_geometry(widget)
    size = fitted_size(wanted if wanted is not None else widget.size(), available)
    widget.resize(size)
    if widget.isWindow():
        frame = widget.frameGeometry()
        x = min(max(frame.x(), available.x()), available.right() + 1 - size.width() - FRAME.width())
        y = min(max(frame.y(), available.y()), available.bottom() + 1 - size.height() - FRAME.height())
        if (x, y) != (frame.x(), frame.y()):
            widget.move(max(x, available.x()), max(y, available.y()))
    return size
