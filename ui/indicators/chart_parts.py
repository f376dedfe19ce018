"""The indicator chart's parts that need no chart: colours and looks, what one drawing depends on
(ChartSpec), axes with readable ticks, and the placement of reform-event labels (pure geometry).
Imported by indicator_plot.py only (it imports pyqtgraph, so it loads with the chart).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainterPath, QPalette

from models.entry import Source
from models.indicators import Indicator, Point, ReformEvent, whole_number_step
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
    data_version: str = ""

    @property
    def series(self) -> list[Indicator]:
        return [self.primary] + ([self.compare] if self.compare else [])

    @property
    def log_active(self) -> bool:
        return self.log_scale and all(s.log_scale_ok for s in self.series)

    @property
    def whole_numbers(self) -> bool:
        """Ranks: ticks on whole numbers only (a rank of 141.5 does not exist)."""
        return all(s.is_rank for s in self.series)


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


MIN_POINT_SIZE = 9.0  # no chart text is drawn smaller (issue 15: legible at any zoom)


class ValueAxis(pg.AxisItem):
    """Plain numbers with thousands separators; in log mode the real values, not exponents.

    Tick spacing follows the tick font: as many numbers as fit with a line of air between them,
    so a larger font gives fewer numbers rather than none. `whole_numbers` keeps every tick on a
    whole number (ranks)."""

    whole_numbers = False

    def _room(self, size: float) -> int:
        font = self.style.get("tickFont") or QFont()
        return max(3, int(size / (QFontMetricsF(font).height() * 1.6)))

    def tickSpacing(self, minVal, maxVal, size):
        if self.logMode or self._tickSpacing is not None:
            return super().tickSpacing(minVal, maxVal, size)
        span = abs(maxVal - minVal)
        if span <= 0:
            return super().tickSpacing(minVal, maxVal, size)
        room = self._room(size)
        if self.whole_numbers:
            return [(float(whole_number_step(span, room)), 0)]
        exponent = math.floor(math.log10(span / room))
        step = next(base * 10 ** exponent for base in (1, 2, 2.5, 5, 10) if span / (base * 10 ** exponent) <= room)
        return [(step, 0)]

    def tickStrings(self, values, scale, spacing):
        if self.logMode:
            return [_format_tick(10 ** v, 10 ** v / 10 if v < 1 else 1) for v in values]
        return [_format_tick(v, spacing) for v in values]



def small_font(base: QFont, factor: float) -> QFont:
    """A font `factor` times the base size, never below MIN_POINT_SIZE."""
    font = QFont(base)
    size = base.pointSizeF() if base.pointSizeF() > 0 else 10.0
    font.setPointSizeF(max(MIN_POINT_SIZE, size * factor))
    return font


def axis_width(font: QFont, samples: list[str]) -> int:
    """Room for the widest tick label plus the rotated axis title, in pixels at this font."""
    metrics = QFontMetricsF(font)
    widest = max((metrics.horizontalAdvance(s) for s in samples), default=metrics.horizontalAdvance("000"))
    return int(widest + metrics.height() * 1.6 + 12)




def place_event_labels(spans: list[tuple[float, float]], x_lo: float, x_hi: float,
                       rows: int, lines_block: bool = True) -> list[tuple[int, bool]]:
    """(row, right-aligned) for each label, given (line x, label width) in data units: the top-most
    row where it overlaps no other label and no other event's line crosses it; near the right
    edge a label sits left of its line. Row 0 is the top."""
    return _place_labels(spans, x_lo, x_hi, rows, lines_block)[0]


def rows_for_event_labels(spans: list[tuple[float, float]], x_lo: float, x_hi: float, fewest: int,
                          most: int) -> tuple[int, bool]:
    """(rows, lines block labels): the fewest rows in which every label finds a clean place, a
    larger font or a narrower chart getting more rows instead of overlapping labels. Keeping
    other events' lines out of labels may cost one extra row; beyond that lines may pass behind
    a label (its backing hides them) but labels still never overlap each other."""
    for rows in range(fewest, fewest + 2):
        if _place_labels(spans, x_lo, x_hi, rows)[1]:
            return rows, True
    return next((rows for rows in range(fewest, most) if _place_labels(spans, x_lo, x_hi, rows, False)[1]),
                most), False


def _place_labels(spans: list[tuple[float, float]], x_lo: float, x_hi: float,
                  rows: int, lines_block: bool = True) -> tuple[list[tuple[int, bool]], bool]:
    placed: list[tuple[int, float, float, float]] = []  # row, span start, span end, line x

    def fits(row: int, start: float, end: float, x: float) -> bool:
        for other_row, a, b, other_x in placed:
            if other_row == row and not (end <= a or start >= b):
                return False
            if lines_block and other_row < row and start < other_x < end:  # its line runs up through this row
                return False
            if lines_block and other_row > row and a < x < b:  # this line would run up through that label
                return False
        return True

    result = []
    clean = True
    for x, width in spans:
        sides = [True] if x + width > x_hi else [False, True] if x - width >= x_lo else [False]
        choice = next(((n, right) for right in sides for n in range(rows)
                       if fits(n, *((x - width, x) if right else (x, x + width)), x)), None)
        if choice is None:  # no clean place: the least crowded row
            clean = False
            choice = (min(range(rows), key=lambda n: sum(1 for p in placed if p[0] == n)), sides[0])
        row, right_aligned = choice
        start, end = (x - width, x) if right_aligned else (x, x + width)
        placed.append((row, start, end, x))
        result.append(choice)
    return result, clean


def arrow_symbol(up: bool) -> QPainterPath:
    """The marker of a bound: an arrow from the point the way the true value lies (symbols are
    drawn y-down, so 'up' points to negative y)."""
    sign = -1 if up else 1
    path = QPainterPath()
    path.moveTo(0, 0)
    path.lineTo(0, 0.5 * sign)
    path.moveTo(-0.16, 0.3 * sign)
    path.lineTo(0, 0.5 * sign)
    path.lineTo(0.16, 0.3 * sign)
    return path
