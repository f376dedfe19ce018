"""The window's keyboard and screen-reader wiring: the navigation toolbar in the Tab chain, its
buttons named without their arrows, and the Tab order of the Search view with the reading pane.

Tab order (Search): search field → results → Clear filters → filters → the reading pane's
actions (Bookmark, Note…, Copy citation) → the page (Tab then walks its links) → the navigation
toolbar (Back, Forward, the views, Print) → back to the search field.
"""

from __future__ import annotations

import itertools

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMainWindow, QToolBar, QToolButton, QWidget


def navigation_toolbar(window: QMainWindow, actions: list[QAction | None]) -> QToolBar:
    """A toolbar of `actions` (None: a separator) whose buttons Tab reaches (a toolbar's buttons
    take no focus by default, so keyboard users could not press them)."""
    toolbar = QToolBar(window)
    toolbar.setObjectName("navigationToolbar")
    toolbar.setMovable(False)
    toolbar.setToolButtonStyle(Qt.ToolButtonTextOnly)
    for action in actions:
        if action is None:
            toolbar.addSeparator()
        else:
            toolbar.addAction(action)
            toolbar_button(toolbar, action).setFocusPolicy(Qt.TabFocus)
    return toolbar


def toolbar_button(toolbar: QToolBar, action: QAction) -> QWidget:
    return toolbar.widgetForAction(action)


def arrow_texts(back: QAction, forward: QAction, back_text: str, forward_text: str) -> None:
    """The buttons show "← Back" and "Forward →" (the icon text, which tool buttons show); the
    menus keep the plain texts, and name_buttons() gives the buttons plain accessible names."""
    back.setIconText("\u2190 " + back_text)
    forward.setIconText(forward_text + " \u2192")


def name_buttons(toolbar: QToolBar) -> None:
    """Each button's accessible name is its action's text without mnemonics or symbols."""
    for button in toolbar.findChildren(QToolButton):
        action = button.defaultAction()
        if action is not None:
            button.setAccessibleName(plain_name(action.iconText()))
            button.setAccessibleDescription(action.toolTip() if action.toolTip() != action.text() else "")


def plain_name(text: str) -> str:
    """A label as a screen reader should say it: no "&" mnemonic, arrows, stars or ellipsis."""
    for symbol in ("&", "\u2190", "\u2192", "\u2197", "\u2605", "\u2606", "\u2026"):
        text = text.replace(symbol, "")
    return " ".join(text.split())


def chain(widgets: list[QWidget]) -> None:
    """Set the Tab order along `widgets` (each to the next)."""
    for first, second in itertools.pairwise(widgets):
        QWidget.setTabOrder(first, second)
