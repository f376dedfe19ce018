"""The indicator chart's parts that need no chart: colours and looks, what one drawing depends on
(ChartSpec), axes with readable ticks, and the placement of reform-event labels (pure geometry).
Imported by indicator_plot.py only (it imports pyqtgraph, so it loads with the chart).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QPalette

from models.entry import Source
from models.indicators import Indicator, Point, ReformEvent
from ui.i18n.dates import format_number

_SERIES_LIGHT = ("#1f5fa8", "#c2570c", "#2e7d32", "#8e24aa")
_SERIES_DARK = ("#76aef5", "#f5a25d", "#7fcf83", "#d29be0")


@dataclass(frozen=True)
class KindLook:
    symbol: str
    size: int
    filled: bool
    line: Qt.PenStyle


KIND_LOOKS = {
    "actual": KindLook("o", 8, True, Qt.SolidLine),
    "estimate": KindLook("s", 9, True, Qt.DashDotLine),
    "forecast": KindLook("t1", 11, True, Qt.DashLine),
    "claim": KindLook("star", 17, False, Qt.DotLine),
    "target": KindLook("d", 13, False, Qt.DashLine),
}


@dataclass(frozen=True)
class ChartStyle:
    background: QColor
    text: QColor
    muted: QColor
    grid: QColor
    series: tuple[QColor, ...]
    dark: bool = False
    line_scale: float = 1.0  # pens are cosmetic (device pixels): scaled up for 2x images

    def pen(self, color, width: float = 1.0, style: Qt.PenStyle = Qt.SolidLine):
        return pg.mkPen(color, width=width * self.line_scale, style=style)

    @classmethod
    def from_palette(cls, palette: QPalette) -> ChartStyle:
        background = palette.color(QPalette.Base)
        dark = background.lightness() < 128
        text = palette.color(QPalette.Text)
        muted = QColor("#9d9d98") if dark else QColor("#6b6b66")
        grid = QColor(text)
        grid.setAlpha(40)
        series = tuple(QColor(c) for c in (_SERIES_DARK if dark else _SERIES_LIGHT))
        return cls(background, text, muted, grid, series, dark)

    @classmethod
    def light(cls, line_scale: float = 1.0) -> ChartStyle:
        """Paper and exported images are always light, whatever the screen theme."""
        return cls(QColor("#ffffff"), QColor("#1d1d1b"), QColor("#6b6b66"), QColor(0, 0, 0, 40),
                   tuple(QColor(c) for c in _SERIES_LIGHT), False, line_scale)


@dataclass
class ChartSpec:
    """Everything one drawing of the chart depends on."""
    primary: Indicator
    compare: Indicator | None = None
    events: list[ReformEvent] = field(default_factory=list)
    show_events: bool = True
    log_scale: bool = False
    sources: dict[str, Source] = field(default_factory=dict)

    @property
    def series(self) -> list[Indicator]:
        return [self.primary] + ([self.compare] if self.compare else [])

    @property
    def log_active(self) -> bool:
        return self.log_scale and all(s.log_scale_ok for s in self.series)


@dataclass(frozen=True)
class DrawnPoint:
    indicator: Indicator
    point: Point


def _format_tick(value: float, spacing: float) -> str:
    if spacing >= 1 or (float(value).is_integer() and abs(value) >= 1):
        return format_number(round(value))
    decimals = min(4, max(0, -math.floor(math.log10(spacing)))) if spacing > 0 else 2
    return format_number(value, decimals)


class YearAxis(pg.AxisItem):
    """Whole years only, spaced so labels never crowd."""

    def tickSpacing(self, minVal, maxVal, size):
        span = max(maxVal - minVal, 1e-9)
        step = next((s for s in (1, 2, 5, 10) if size / (span / s) >= 42), 10)
        return [(step, 0)]

    def tickStrings(self, values, scale, spacing):
        return [str(round(v)) if abs(v - round(v)) < 1e-6 else "" for v in values]


class ValueAxis(pg.AxisItem):
    """Plain numbers with thousands separators; in log mode the real values, not exponents."""

    def tickStrings(self, values, scale, spacing):
        if self.logMode:
            return [_format_tick(10 ** v, 10 ** v / 10 if v < 1 else 1) for v in values]
        return [_format_tick(v, spacing) for v in values]



def small_font(base: QFont, factor: float) -> QFont:
    font = QFont(base)
    size = base.pointSizeF() if base.pointSizeF() > 0 else 9.0
    font.setPointSizeF(max(7.0, size * factor))
    return font




def place_event_labels(spans: list[tuple[float, float]], x_lo: float, x_hi: float,
                       rows: int) -> list[tuple[int, bool]]:
    """(row, right-aligned) for each label, given (line x, label width) in data units: the top-most
    row where it overlaps no other label and no other event's line crosses it; near the right
    edge a label sits left of its line. Row 0 is the top."""
    placed: list[tuple[int, float, float, float]] = []  # row, span start, span end, line x

    def fits(row: int, start: float, end: float, x: float) -> bool:
        for other_row, a, b, other_x in placed:
            if other_row == row and not (end <= a or start >= b):
                return False
            if other_row < row and start < other_x < end:  # its line runs up through this row
                return False
            if other_row > row and a < x < b:  # this line would run up through that label
                return False
        return True

    result = []
    for x, width in spans:
        sides = [True] if x + width > x_hi else [False, True] if x - width >= x_lo else [False]
        choice = next(((n, right) for right in sides for n in range(rows)
                       if fits(n, *((x - width, x) if right else (x, x + width)), x)), None)
        if choice is None:  # no clean place: the least crowded row
            choice = (min(range(rows), key=lambda n: sum(1 for p in placed if p[0] == n)), sides[0])
        row, right_aligned = choice
        start, end = (x - width, x) if right_aligned else (x, x + width)
        placed.append((row, start, end, x))
        result.append(choice)
    return result
