"""Fusion with edges people can see: field, date, check-box and button borders and the focus ring
drawn in the theme's colours (3:1 against window and field, WCAG 2.2 non-text contrast).

Fusion derives its outlines from the window colour (window.darker(140)), which gives 2:1 in the
light theme and 1.1:1 in the dark one, and its focus ring from the selection colour; no palette
role changes either. So Fusion draws everything as usual and this proxy redraws the edge on top,
on the same geometry, in the theme's border colour or, with keyboard focus, a two-pixel ring in
its focus colour. A style sheet would do the same but takes the widgets out of Fusion's
drawing (check marks, arrows, gradients) and fights the palette.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QPlainTextEdit,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QStyleOptionButton,
    QTextEdit,
)

ColorFor = Callable[[QPalette], QColor]

_ROUNDED = (QStyle.PE_FrameLineEdit, QStyle.PE_PanelButtonCommand)


class AccessibleStyle(QProxyStyle):
    """`border` and `focus` give the edge and focus-ring colours for a palette (the theme's)."""

    def __init__(self, border: ColorFor, focus: ColorFor):
        super().__init__(QStyleFactory.create("Fusion"))
        self._border, self._focus = border, focus
        self.setObjectName("accessibleFusion")

    def drawPrimitive(self, element, option: QStyleOption, painter: QPainter, widget=None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element in _ROUNDED:
            focus = bool(option.state & QStyle.State_HasFocus)
            if not focus and isinstance(option, QStyleOptionButton) and \
                    option.features & QStyleOptionButton.DefaultButton:
                # Fusion marks a dialog's default button with the selection colour; keep that cue.
                rect = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
                self._ring(painter, option, rect, 2.0, width=1)
                return
            self._edge(painter, option, radius=2.0, focus=focus)
        elif element == QStyle.PE_IndicatorCheckBox:
            self._edge(painter, option, radius=0.0, focus=_keyboard_focus(option))
        elif element == QStyle.PE_IndicatorRadioButton:
            self._edge(painter, option, radius=-1.0, focus=_keyboard_focus(option))
        elif element == QStyle.PE_Frame and _is_text_field(widget):  # a note or other multi-line field
            self._edge(painter, option, radius=0.0, focus=bool(option.state & QStyle.State_HasFocus))
        elif element == QStyle.PE_FrameFocusRect and _keyboard_focus(option):
            self._ring(painter, option, QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5), 1.0, width=1)

    def drawComplexControl(self, control, option, painter: QPainter, widget=None) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control == QStyle.CC_SpinBox and getattr(option, "frame", True):  # date and number fields
            self._edge(painter, option, radius=2.0, focus=bool(option.state & QStyle.State_HasFocus))

    # -- drawing ----------------------------------------------------------------------------------
    def _edge(self, painter: QPainter, option: QStyleOption, radius: float, focus: bool) -> None:
        """The outline Fusion drew (a 1px line half a pixel inside the rect), in our colour; with
        focus a second, inner line makes a 2px ring."""
        rect = QRectF(option.rect).adjusted(0.5, 0.5, -0.5, -0.5)
        if not focus:
            self._ring(painter, option, rect, radius, width=1, color=self._border(option.palette))
            return
        self._ring(painter, option, rect, radius, width=1)
        self._ring(painter, option, rect.adjusted(1, 1, -1, -1), max(radius - 1, 0) if radius >= 0 else radius,
                   width=1)

    def _ring(self, painter: QPainter, option: QStyleOption, rect: QRectF, radius: float, width: int,
              color=None) -> None:
        painter.save()
        painter.setRenderHint(QPainter.Antialiasing, radius != 0)
        painter.setBrush(Qt.NoBrush)
        painter.setPen(QPen(color if color is not None else self._focus(option.palette), width))
        if radius < 0:
            painter.drawEllipse(rect)
        elif radius:
            painter.drawRoundedRect(rect, radius, radius)
        else:
            painter.drawRect(rect)
        painter.restore()


def _is_text_field(widget) -> bool:
    """A multi-line text box the user types into (lists, tables and read-only pages are panels,
    whose content, not their frame, shows where they are)."""
    return isinstance(widget, (QTextEdit, QPlainTextEdit)) and not widget.isReadOnly()


def _keyboard_focus(option: QStyleOption) -> bool:
    return bool(option.state & QStyle.State_HasFocus and option.state & QStyle.State_KeyboardFocusChange)
