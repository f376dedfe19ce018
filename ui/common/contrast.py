"""WCAG 2.2 contrast ratio between two colours (1:1 to 21:1): text needs 4.5, marks and edges 3."""

from __future__ import annotations

from PySide6.QtGui import QColor


def _channel(value: float) -> float:
    return value / 12.92 if value <= 0.04045 else ((value + 0.055) / 1.055) ** 2.4


def luminance(color: QColor) -> float:
    """Relative luminance of an opaque colour (sRGB), 0 for black to 1 for white."""
    return (0.2126 * _channel(color.redF()) + 0.7152 * _channel(color.greenF())
            + 0.0722 * _channel(color.blueF()))


def ratio(a: QColor, b: QColor) -> float:
    light, dark = sorted((luminance(a), luminance(b)), reverse=True)
    return (light + 0.05) / (dark + 0.05)
