"""Status changes a screen reader hears: the text shown becomes the widget's accessible name,
and Qt is told the name changed (QAccessible NameChanged), which AT-SPI, UI Automation and
NSAccessibility pass on as a property change — Qt 6's nearest thing to a live region.

The widget's purpose goes in its accessible description ("Result count"), so a reader that
lands on it hears both: "93 entries, Result count".
"""

from __future__ import annotations

from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QLabel, QWidget


def announce(widget: QWidget, text: str) -> None:
    """Show `text` (on a label) and make it the accessible name; tell assistive technology."""
    if isinstance(widget, QLabel):
        widget.setText(text)
    if widget.accessibleName() == text:
        return
    widget.setAccessibleName(text)
    QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.NameChanged))


def accessible_name(widget: QWidget) -> str:
    """The name assistive technology reads for `widget`: its accessible name, else the visible
    text Qt exposes (a button's or label's text)."""
    interface = QAccessible.queryAccessibleInterface(widget)
    return interface.text(QAccessible.Text.Name) if interface is not None else widget.accessibleName()
