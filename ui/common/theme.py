"""Light and dark palettes, and the switch between them (follow the system, or a fixed choice).

Widgets draw text with palette roles, never hard-coded black or white, so a palette change is
all a theme needs. Printing never uses these: paper is always light (see printing.py).
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QColor, QFont, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

MODES = ("system", "light", "dark")

# Colours beyond the palette roles, indexed by dark? (False, True). tests/test_accessibility_contrast.py
# checks every pair that is drawn together against WCAG 2.2 (4.5:1 text, 3:1 marks and edges).
MUTED_TEXT = ("#5c5c58", "#a9a9a4")
DISABLED_TEXT = ("#636360", "#9a9a96")
BORDER = ("#7a7a75", "#858790")
FOCUS = ("#1f5fa8", "#6fa8ec")
MARK = (("#c87800", "#1d1d1b"), ("#e0b040", "#1b1c1e"))  # (fill, text) of a search match

_LIGHT = {
    QPalette.Window: "#f3f3f1", QPalette.WindowText: "#1d1d1b", QPalette.Base: "#ffffff",
    QPalette.AlternateBase: "#f6f6f4", QPalette.ToolTipBase: "#ffffe8", QPalette.ToolTipText: "#1d1d1b",
    QPalette.PlaceholderText: "#767676", QPalette.Text: "#1d1d1b", QPalette.Button: "#ebebe8",
    QPalette.ButtonText: "#1d1d1b", QPalette.BrightText: "#b00020", QPalette.Light: "#ffffff",
    QPalette.Midlight: "#e0e0dc", QPalette.Mid: "#b8b8b2", QPalette.Dark: "#8a8a84",
    QPalette.Shadow: "#5a5a55", QPalette.Highlight: "#1f5fa8", QPalette.HighlightedText: "#ffffff",
    QPalette.Link: "#1a56a0", QPalette.LinkVisited: "#5b3a99", QPalette.Accent: "#1f5fa8",
}
_DARK = {
    QPalette.Window: "#232427", QPalette.WindowText: "#e6e6e3", QPalette.Base: "#1b1c1e",
    QPalette.AlternateBase: "#26272a", QPalette.ToolTipBase: "#2e3033", QPalette.ToolTipText: "#e6e6e3",
    QPalette.PlaceholderText: "#9a9a96", QPalette.Text: "#e6e6e3", QPalette.Button: "#2e3033",
    QPalette.ButtonText: "#e6e6e3", QPalette.BrightText: "#ff6b6b", QPalette.Light: "#3a3c40",
    QPalette.Midlight: "#323438", QPalette.Mid: "#2a2b2e", QPalette.Dark: "#141517",
    QPalette.Shadow: "#000000", QPalette.Highlight: "#2d69ae", QPalette.HighlightedText: "#ffffff",
    QPalette.Link: "#8ab8f0", QPalette.LinkVisited: "#c0a0f0", QPalette.Accent: "#2d69ae",
}


def palette(dark: bool) -> QPalette:
    result = QPalette()
    for role, color in (_DARK if dark else _LIGHT).items():
        result.setColor(QPalette.All, role, QColor(color))
    # Disabled text must stay readable (4.5:1 on window, base and button) but clearly muted.
    muted = QColor(DISABLED_TEXT[dark])
    for role in (QPalette.WindowText, QPalette.Text, QPalette.ButtonText):
        result.setColor(QPalette.Disabled, role, muted)
    return result


def is_dark(pal: QPalette) -> bool:
    return pal.color(QPalette.Base).lightness() < 128


def mark_colors(pal: QPalette) -> tuple[QColor, QColor]:
    """Fill and text colour for highlighted search matches: the fill stands 3:1 apart from the
    row and the text on it reads at 4.5:1 (WCAG 2.2), in either theme. The delegate adds bold and
    an underline, so a match is never told by colour alone."""
    fill, text = MARK[is_dark(pal)]
    return QColor(fill), QColor(text)


def muted_text(pal: QPalette) -> QColor:
    """Secondary text (dates, categories): between text and background, still legible."""
    return QColor(MUTED_TEXT[is_dark(pal)])


def border_color(pal: QPalette) -> QColor:
    """Edges of fields, check boxes and buttons: 3:1 against the window and the field."""
    return QColor(BORDER[is_dark(pal)])


def focus_color(pal: QPalette) -> QColor:
    """The keyboard focus ring: 3:1 against the window and the field."""
    return QColor(FOCUS[is_dark(pal)])


def system_prefers_dark() -> bool:
    hints = QGuiApplication.styleHints()
    return hints.colorScheme() == Qt.ColorScheme.Dark


class ThemeController(QObject):
    """Applies the palette for a mode and re-applies it when the system scheme changes."""

    changed = Signal(bool)  # dark?

    def __init__(self, app: QApplication, mode: str = "system"):
        super().__init__(app)
        self._app = app
        self._mode = mode if mode in MODES else "system"
        self._dark: bool | None = None
        # Fusion: the same look on every platform, and it honours our palette fully; the proxy
        # redraws its edges and focus ring in colours that reach 3:1 (see accessible_style.py).
        from ui.common.accessible_style import AccessibleStyle
        if not isinstance(app.style(), AccessibleStyle):
            self._style = AccessibleStyle(border_color, focus_color)
            app.setStyle(self._style)
        app.styleHints().colorSchemeChanged.connect(self._system_changed)
        self.apply()

    @property
    def mode(self) -> str:
        return self._mode

    @property
    def dark(self) -> bool:
        return bool(self._dark)

    def set_mode(self, mode: str) -> None:
        if mode not in MODES:
            raise ValueError(f"unknown theme '{mode}'")
        self._mode = mode
        self.apply()

    def apply(self) -> None:
        dark = system_prefers_dark() if self._mode == "system" else self._mode == "dark"
        if dark == self._dark:
            return
        self._dark = dark
        self._app.setPalette(palette(dark))
        self.changed.emit(dark)

    def _system_changed(self, _scheme) -> None:
        if self._mode == "system":
            self.apply()


class TextZoom(QObject):
    """The window's text size: the system font's point size times `factor`, set on the window so
    that every widget in it (labels, buttons, fields, tabs, headers, lists, pages) follows.

    Only the size is set on the window: family and style keep coming from the system font, and
    when that changes (ApplicationFontChange) the size is recomputed from the new one, so the
    zoom never pins an old system size. Widgets that set their own font relative to their
    parent's keep following it; an explicit point size set by a widget does not.
    """

    def __init__(self, window: QWidget):
        super().__init__(window)
        self._window = window
        self.factor = 1.0
        window.installEventFilter(self)

    def set_factor(self, factor: float) -> None:
        self.factor = factor
        self._apply()

    def point_size(self) -> float:
        return QApplication.font().pointSizeF() * self.factor

    def _apply(self) -> None:
        font = QFont()  # nothing set but the size: the rest is inherited from the system font
        if abs(self.factor - 1.0) > 1e-6:
            font.setPointSizeF(self.point_size())
        self._window.setFont(font)  # an empty font drops back to the system font

    def eventFilter(self, watched, event) -> bool:
        if watched is self._window and event.type() == QEvent.ApplicationFontChange and self.factor != 1.0:
            self._apply()
        return False
