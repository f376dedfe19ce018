"""Light and dark palettes, and the switch between them (follow the system, or a fixed choice).

Widgets draw text with palette roles, never hard-coded black or white, so a palette change is
all a theme needs. Printing never uses these: paper is always light (see printing.py).
"""

from __future__ import annotations

from PySide6.QtCore import QObject, Qt, Signal
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QWidget

MODES = ("system", "light", "dark")

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
    QPalette.Shadow: "#000000", QPalette.Highlight: "#3d7bc4", QPalette.HighlightedText: "#ffffff",
    QPalette.Link: "#8ab8f0", QPalette.LinkVisited: "#c0a0f0", QPalette.Accent: "#3d7bc4",
}


def palette(dark: bool) -> QPalette:
    result = QPalette()
    for role, color in (_DARK if dark else _LIGHT).items():
        result.setColor(QPalette.All, role, QColor(color))
    # Disabled text must stay readable but clearly muted in both themes.
    muted = QColor("#7c7c78" if dark else "#9c9c98")
    for role in (QPalette.WindowText, QPalette.Text, QPalette.ButtonText):
        result.setColor(QPalette.Disabled, role, muted)
    return result


def is_dark(pal: QPalette) -> bool:
    return pal.color(QPalette.Base).lightness() < 128


def mark_colors(pal: QPalette) -> tuple[QColor, QColor]:
    """Background and text colour for highlighted search matches, readable in either theme."""
    if is_dark(pal):
        return QColor("#6b5310"), QColor("#fff4cc")
    return QColor("#ffe27a"), QColor("#1d1d1b")


def muted_text(pal: QPalette) -> QColor:
    """Secondary text (dates, categories): between text and background, still legible."""
    return QColor("#a9a9a4") if is_dark(pal) else QColor("#5c5c58")


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
        app.setStyle("Fusion")  # the same look on every platform, and it honours our palette fully
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


def scale_reading_text(widget: QWidget, point_size: float) -> None:
    """Set the reading text (lists, tables, pages) of a widget to `point_size`: the window's text
    zoom; menus and buttons keep their size."""
    from PySide6.QtWidgets import QAbstractItemView, QTextEdit
    targets = [widget] if isinstance(widget, (QAbstractItemView, QTextEdit)) else []
    targets += widget.findChildren(QAbstractItemView) + widget.findChildren(QTextEdit)
    # Drawn views (the indicator chart, the timeline) mark themselves: their text is reading text too.
    targets += [w for w in widget.findChildren(QWidget) if w.property("followsTextZoom")]
    for target in targets:
        font = target.font()
        font.setPointSizeF(point_size)
        target.setFont(font)
        if isinstance(target, QAbstractItemView):
            target.scheduleDelayedItemsLayout()
