"""A tool button that opens a menu, with room for its arrow.

Fusion draws the little menu arrow of an InstantPopup QToolButton in the bottom-right corner but
does not widen the button for it, so the arrow touched the last letter ("Export", "Экспорт"). The
size hint adds half the width of the style's menu indicator (the text is centred, so the arrow
gains that much room on its side); asked each time, it follows the font and a retranslation.
"""

from __future__ import annotations

from PySide6.QtCore import QSize
from PySide6.QtWidgets import QStyle, QToolButton


class MenuToolButton(QToolButton):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setPopupMode(QToolButton.InstantPopup)

    def sizeHint(self) -> QSize:
        hint = super().sizeHint()
        arrow = self.style().pixelMetric(QStyle.PM_MenuButtonIndicator, None, self)
        return QSize(hint.width() + arrow // 2, hint.height())

    def minimumSizeHint(self) -> QSize:
        return self.sizeHint()
