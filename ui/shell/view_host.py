"""The window's switchable views, each built the first time it is shown.

Building lazily keeps start-up to what the first view needs; for the plot views it is also
what keeps pyqtgraph and numpy out of the process until a plot is actually shown (their
modules import pyqtgraph at module level, and are imported here only inside the factory).
"""

from __future__ import annotations

import importlib
from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QStackedWidget, QVBoxLayout, QWidget


@dataclass(frozen=True)
class ViewSpec:
    name: str          # search, timeline, powers, indicators, bookmarks
    label: str         # menu and toolbar text
    shortcut: str
    wide: bool = False  # wants the whole width: the reading pane hides until an entry is opened


def module_factory(module: str, class_name: str, *args) -> Callable[[QWidget], QWidget]:
    """A factory that imports `module` only when called: `Class(*args, parent)`."""
    def build(parent: QWidget) -> QWidget:
        cls = getattr(importlib.import_module(module), class_name)
        return cls(*args, parent)
    return build


class ViewStack(QStackedWidget):
    """Pages by name; a page's widget is made by its factory on first `show_view`."""

    viewCreated = Signal(str, QWidget)
    viewShown = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._factories: dict[str, Callable[[QWidget], QWidget]] = {}
        self._pages: dict[str, QWidget] = {}
        self._views: dict[str, QWidget] = {}
        self.current_name = ""

    def register(self, name: str, factory: Callable[[QWidget], QWidget]) -> None:
        page = QWidget(self)
        page.setObjectName(f"{name}Page")
        QVBoxLayout(page).setContentsMargins(0, 0, 0, 0)
        self._factories[name] = factory
        self._pages[name] = page
        self.addWidget(page)

    def names(self) -> list[str]:
        return list(self._pages)

    def view(self, name: str) -> QWidget | None:
        """The view's widget if it has been built (None before it was first shown)."""
        return self._views.get(name)

    def ensure(self, name: str) -> QWidget:
        if name not in self._views:
            page = self._pages[name]
            try:
                widget = self._factories[name](page)
            except Exception as exc:
                widget = QLabel(self.tr("This view could not be opened:") + f"\n{type(exc).__name__}: {exc}", page)
                widget.setObjectName("viewError")
                widget.setTextFormat(Qt.PlainText)
                widget.setAlignment(Qt.AlignCenter)
                widget.setWordWrap(True)
                widget.setTextInteractionFlags(Qt.TextSelectableByMouse)
            page.layout().addWidget(widget)
            self._views[name] = widget
            self.viewCreated.emit(name, widget)
        return self._views[name]

    def rebuild(self, name: str) -> QWidget | None:
        """Make a built view again (after a language switch, for views that read their texts from
        the atlas once). Its place is kept: `view_state()` of the old widget is handed to
        `restore_view_state(state)` of the new one, where the view offers them."""
        old = self._views.pop(name, None)
        if old is None:
            return None
        state = old.view_state() if hasattr(old, "view_state") else None
        page = self._pages[name]
        page.layout().removeWidget(old)
        old.hide()
        old.deleteLater()
        widget = self.ensure(name)
        if state is not None and hasattr(widget, "restore_view_state"):
            widget.restore_view_state(state)
        return widget

    def show_view(self, name: str) -> QWidget:
        widget = self.ensure(name)
        self.setCurrentWidget(self._pages[name])
        self.current_name = name
        self.viewShown.emit(name)
        return widget
