"""Menu bar and toolbar built from one table of actions, so the Keyboard shortcuts dialog can
list exactly what the menus offer."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QMainWindow, QMenu


@dataclass
class MenuItem:
    text: str
    slot: Callable | None = None
    shortcuts: tuple[str | QKeySequence.StandardKey, ...] = ()
    tip: str = ""
    checkable: bool = False
    name: str = ""            # key in the window's `actions` dict
    action: QAction | None = None  # an existing action (owned by a view) to place in the menu


SEPARATOR = None


def make_action(window: QMainWindow, item: MenuItem) -> QAction:
    if item.action is not None:
        return item.action
    action = QAction(item.text, window)
    if item.shortcuts:
        # A standard key may be the same as the explicit one on this platform (Back is Alt+Left
        # on Linux); the same sequence twice would make the shortcut ambiguous and dead.
        sequences: dict[str, QKeySequence] = {}
        for shortcut in item.shortcuts:
            for sequence in ([QKeySequence(shortcut)] if isinstance(shortcut, str)
                             else QKeySequence.keyBindings(shortcut)):
                if not sequence.isEmpty():
                    sequences.setdefault(sequence.toString(), sequence)
        action.setShortcuts(list(sequences.values()))
    if item.tip:
        action.setToolTip(item.tip)
        action.setStatusTip(item.tip)
    action.setCheckable(item.checkable)
    if item.slot is not None:
        action.triggered.connect(item.slot)
    return action


def build_menus(window: QMainWindow, menus: list[tuple[str, list]]) -> dict[str, QAction]:
    """`menus`: (title, items) with items a MenuItem, SEPARATOR, or (submenu title, items) or
    (submenu title, items, name): a named submenu's action (`.menu()`) is returned under its name."""
    actions: dict[str, QAction] = {}

    def fill(menu: QMenu, items: list) -> None:
        for item in items:
            if item is SEPARATOR:
                menu.addSeparator()
            elif isinstance(item, tuple):
                submenu = menu.addMenu(item[0])
                fill(submenu, item[1])
                if len(item) > 2:
                    actions[item[2]] = submenu.menuAction()
            else:
                action = make_action(window, item)
                menu.addAction(action)
                window.addAction(action)  # shortcuts work even when the menu bar is hidden
                actions[item.name or item.text] = action

    for title, items in menus:
        fill(window.menuBar().addMenu(title), items)
    return actions


def retitle_menus(window: QMainWindow, menus: list[tuple[str, list]], actions: dict[str, QAction]) -> None:
    """Give the menus built from `menus` the texts of a new table of the same shape (the same
    table made again after the language changed): menu titles, submenu titles, action texts
    and tips. Actions owned by a view (`item.action`) are retranslated by their view."""

    def walk(menu: QMenu, items: list) -> None:
        submenus = [a for a in menu.actions() if a.menu() is not None]
        for item in items:
            if isinstance(item, tuple):
                submenu = submenus.pop(0)
                submenu.setText(item[0])
                walk(submenu.menu(), item[1])
            elif item is not SEPARATOR and item.action is None:
                action = actions.get(item.name or item.text)
                if action is not None:
                    action.setText(item.text)
                    action.setToolTip(item.tip or item.text.replace("&", "").rstrip("\u2026"))
                    action.setStatusTip(item.tip)

    tops = [a for a in window.menuBar().actions() if a.menu() is not None]
    for top, (title, items) in zip(tops, menus, strict=False):
        top.setText(title)
        walk(top.menu(), items)


def on_a_keyboard(sequence: QKeySequence) -> bool:
    """Keys a reader can find on a keyboard: with a modifier, or a plain key up to the F-keys.
    Standard keys also bind media and browser keys (Qt's Back, Forward, Find, ZoomIn), whose
    names, listed in the key column, read like action names ("Back — Back")."""
    if sequence.isEmpty():
        return False
    combination = sequence[0]
    return bool(combination.keyboardModifiers()) or combination.key().value < Qt.Key.Key_Back.value


def shortcut_table(window: QMainWindow) -> list[tuple[str, list[tuple[str, str]]]]:
    """(menu title, [(action text, keys)]) for every action with a shortcut, in menu order."""
    table = []

    def walk(menu: QMenu, prefix: str, rows: list) -> None:
        for action in menu.actions():
            if action.menu() is not None:
                walk(action.menu(), f"{prefix}{action.text().replace('&', '')} \u203a ", rows)
            elif not action.isSeparator() and action.shortcuts():
                shown = [s for s in action.shortcuts() if on_a_keyboard(s)] or action.shortcuts()
                keys = ", ".join(s.toString(QKeySequence.NativeText) for s in shown)
                rows.append((prefix + action.text().replace("&", "").rstrip("\u2026 \u2606\u2605"), keys))

    for top in window.menuBar().actions():
        if top.menu() is not None:
            rows: list[tuple[str, str]] = []
            walk(top.menu(), "", rows)
            if rows:
                table.append((top.text().replace("&", ""), rows))
    return table
