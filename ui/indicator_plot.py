"""The indicator chart. The only module that imports pyqtgraph and numpy: the indicators view
imports it when it is first shown, so the rest of the app starts without them.

Each kind of point has its own look (actual: solid line and filled dots; target: hollow diamond
with a dashed guide at the target level; estimate, forecast, claim: their own markers and line
styles), listed in a legend under the plot. Annual series join neighbouring years only; rules
are steps; dated observations are never joined. Reform events are labelled vertical lines.
"""

from __future__ import annotations

import html
import math
from dataclasses import dataclass, field

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QCursor, QFont, QFontMetricsF, QImage, QPainter, QPalette, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QToolTip, QVBoxLayout, QWidget

from models.entry import Source
from models.indicators import (KIND_LABELS, Indicator, Point, ReformEvent, group_points, hover_lines,
                               joined_to_next, step_path)


# The reforms run from 2019 to the 2026 Constitution: every chart shows at least these years so
# the reform events are always in view.
ERA_START, ERA_END = 2019.0, 2026.6
HOVER_RADIUS_PX = 10
LEFT_AXIS_WIDTH = 66
EVENT_ROWS = 3
EVENT_ROW_PX = 15

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
    def from_palette(cls, palette: QPalette) -> "ChartStyle":
        background = palette.color(QPalette.Base)
        dark = background.lightness() < 128
        text = palette.color(QPalette.Text)
        muted = QColor("#9d9d98") if dark else QColor("#6b6b66")
        grid = QColor(text)
        grid.setAlpha(40)
        return cls(background, text, muted, grid, tuple(QColor(c) for c in (_SERIES_DARK if dark else _SERIES_LIGHT)), dark)

    @classmethod
    def light(cls, line_scale: float = 1.0) -> "ChartStyle":
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
    if spacing >= 1 or float(value).is_integer() and abs(value) >= 1:
        return f"{value:,.0f}"
    decimals = min(4, max(0, -int(math.floor(math.log10(spacing))))) if spacing > 0 else 2
    return f"{value:,.{decimals}f}"


class YearAxis(pg.AxisItem):
    """Whole years only, spaced so labels never crowd."""

    def tickSpacing(self, minVal, maxVal, size):  # noqa: N802 - pyqtgraph API
        span = max(maxVal - minVal, 1e-9)
        step = next((s for s in (1, 2, 5, 10) if size / (span / s) >= 42), 10)
        return [(step, 0)]

    def tickStrings(self, values, scale, spacing):  # noqa: N802
        return [str(int(round(v))) if abs(v - round(v)) < 1e-6 else "" for v in values]


class ValueAxis(pg.AxisItem):
    """Plain numbers with thousands separators; in log mode the real values, not exponents."""

    def tickStrings(self, values, scale, spacing):  # noqa: N802
        if self.logMode:
            return [_format_tick(10 ** v, 10 ** v / 10 if v < 1 else 1) for v in values]
        return [_format_tick(v, spacing) for v in values]


class IndicatorChart(QWidget):
    """One chart: a primary series, optionally a second of the same unit, and reform events.

    Items are kept by role so tests (and the export) can read back what was drawn:
    `series_items[(indicator_id, part, kind)]` holds the markers (x = decimal years, y = values),
    `target_guides` the dashed target levels, `event_lines` the reform events.
    """

    def __init__(self, parent: QWidget | None = None, style: ChartStyle | None = None):
        super().__init__(parent)
        self._fixed_style = style
        self.style_ = style or ChartStyle.from_palette(self.palette())
        self.view = pg.GraphicsLayoutWidget()
        self.view.setMinimumSize(320, 220)
        self.view.ci.setContentsMargins(4, 4, 12, 4)
        self.view.ci.layout.setVerticalSpacing(0)
        self.strip = self._event_strip()
        self.plot = self.view.addPlot(row=1, col=0, axisItems={"bottom": YearAxis("bottom"), "left": ValueAxis("left")})
        self.plot.setXLink(self.strip)
        self.plot.setMenuEnabled(False)
        self.plot.hideButtons()
        self.plot.setMouseEnabled(x=False, y=False)
        self.plot.getAxis("left").enableAutoSIPrefix(False)
        # Major ticks and grid lines only: a calmer chart, and each repaint draws far fewer lines.
        self.plot.getAxis("left").setStyle(maxTickLevel=0)
        self.plot.getAxis("left").setWidth(LEFT_AXIS_WIDTH)
        self.legend = pg.LegendItem(colCount=3, horSpacing=18, verSpacing=-4)
        # pyqtgraph legends float over the plot at a fixed pixel size; this one lives in the layout
        # and must scale with the rest when the chart is drawn at 2x.
        self.legend.setFlag(QGraphicsItem.GraphicsItemFlag.ItemIgnoresTransformations, False)
        self.view.addItem(self.legend, row=2, col=0)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)

        self.spec: ChartSpec | None = None
        self.series_items: dict[tuple[str, str, str], pg.PlotDataItem] = {}
        self.line_items: dict[tuple[str, str, str], pg.PlotDataItem] = {}
        self.target_guides: list[pg.PlotDataItem] = []
        self.target_labels: list[pg.TextItem] = []
        self.event_lines: list[pg.InfiniteLine] = []
        self.event_labels: list[pg.TextItem] = []
        self._event_key: tuple | None = None
        self._label_layout: tuple | None = None
        self._series_graphics: list = []
        self.drawn: list[DrawnPoint] = []
        self.hover_text = ""
        self.view.scene().sigMouseMoved.connect(self._mouse_moved)
        self.strip.vb.sigResized.connect(self._place_event_labels)
        self._apply_style()

    def _event_strip(self) -> pg.PlotItem:
        """A band above the plot for the event labels, so they never cover a data point."""
        strip = self.view.addPlot(row=0, col=0)
        strip.hideAxis("bottom")
        left = strip.getAxis("left")
        left.setWidth(LEFT_AXIS_WIDTH)
        left.setStyle(showValues=False, tickLength=0)
        left.setTicks([[]])
        strip.setMenuEnabled(False)
        strip.hideButtons()
        strip.setMouseEnabled(x=False, y=False)
        height = EVENT_ROWS * EVENT_ROW_PX + 6
        strip.setMinimumHeight(height)
        strip.setMaximumHeight(height)
        strip.setYRange(0, EVENT_ROWS, padding=0)
        return strip

    # -- style ----------------------------------------------------------------------------------
    def _apply_style(self) -> None:
        s = self.style_
        self.view.setBackground(s.background)
        for name in ("left", "bottom"):
            axis = self.plot.getAxis(name)
            axis.setPen(s.pen(s.muted))
            axis.setTextPen(pg.mkPen(s.text))
        self.strip.getAxis("left").setPen(pg.mkPen(None))
        self.plot.showGrid(x=False, y=True, alpha=s.grid.alphaF())
        self.legend.setLabelTextColor(s.text)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.PaletteChange and self._fixed_style is None:
            self.style_ = ChartStyle.from_palette(self.palette())
            self._apply_style()
            self._event_key = None  # event graphics carry the old colours
            if self.spec is not None:
                self.draw(self.spec)
        super().changeEvent(event)

    # -- drawing --------------------------------------------------------------------------------
    def _y(self, value: float, log: bool) -> float:
        return math.log10(value) if log else value

    def _add(self, item) -> None:
        """Add a series graphic (removed again on the next draw; events stay)."""
        self.plot.addItem(item)
        self._series_graphics.append(item)

    def draw(self, spec: ChartSpec) -> None:
        log = spec.log_active
        log_changed = self.spec is None or self.spec.log_active != log
        self.spec = spec
        for item in self._series_graphics:
            self.plot.removeItem(item)
        self._series_graphics.clear()
        self.legend.clear()
        self.series_items.clear()
        self.line_items.clear()
        self.target_guides.clear()
        self.target_labels.clear()
        self.drawn.clear()
        if log_changed:
            self.plot.setLogMode(x=False, y=log)
        self.plot.invertY(spec.primary.invert_axis)
        axis = self.plot.getAxis("left")
        axis.setLabel(spec.primary.unit + (" (log scale)" if log else ""), color=self.style_.text.name())

        several = len(spec.series) > 1
        color_index = 0
        for indicator in spec.series:
            parts = [p for p, _ in indicator.parts] or [""]
            for part in parts:
                color = self.style_.series[color_index % len(self.style_.series)]
                color_index += 1
                points = [p for p in indicator.points if p.part == part]
                self._draw_series(indicator, part, points, color, several)
        self._sync_events(spec.events, spec.show_events)
        self._set_ranges(spec, log)

    def _legend_name(self, indicator: Indicator, part: str, kind: str, several: bool) -> str:
        kind_label = KIND_LABELS.get(kind, kind)
        if part:
            name = indicator.part_name(part)
            return name if kind == "actual" else f"{name}: {kind_label.lower()}"
        if several:
            return f"{indicator.label}: {kind_label.lower()}"
        return kind_label

    def _draw_series(self, indicator: Indicator, part: str, points: list[Point], color: QColor,
                     several: bool) -> None:
        background = self.style_.background
        for group in group_points(points):
            look = KIND_LOOKS[group.kind]
            key = (indicator.id, part, group.kind)
            xs = np.array(group.xs, dtype=float)
            ys = np.array(group.ys, dtype=float)
            line_pen = self.style_.pen(color, 2.2 if group.kind == "actual" else 1.6, look.line)
            marker = dict(symbol=look.symbol, symbolSize=look.size,
                          symbolPen=self.style_.pen(color, 1 if look.filled else 1.8),
                          symbolBrush=pg.mkBrush(color if look.filled else background), antialias=True)
            if indicator.series_kind == "rule" and group.kind == "actual" and len(group.points) > 1:
                sx, sy = step_path(group.points)
                steps = pg.PlotDataItem(np.array(sx), np.array(sy), pen=line_pen, antialias=True)
                self._add(steps)
                self.line_items[key] = steps
                item = pg.PlotDataItem(xs, ys, pen=line_pen, connect=np.zeros(len(xs), dtype=bool), **marker)
                item.curve.hide()  # the steps are the line; this item keeps markers and the legend sample
            elif group.kind == "target":
                item = pg.PlotDataItem(xs, ys, pen=None, **marker)
                self._draw_target_guides(indicator, points, group.points, color, several)
            else:
                joins = np.array(joined_to_next(group.points, indicator.series_kind), dtype=bool)
                pen = line_pen if joins.any() else None
                item = pg.PlotDataItem(xs, ys, pen=pen, connect=joins if pen else "all", **marker)
            self._add(item)
            self.series_items[key] = item
            self.legend.addItem(item, self._legend_name(indicator, part, group.kind, several))
            self.drawn += [DrawnPoint(indicator, p) for p in group.points]

    def _draw_target_guides(self, indicator: Indicator, points: list[Point], targets: tuple[Point, ...],
                            color: QColor, several: bool) -> None:
        """A dashed level from the last observed point before each target to the target itself."""
        xs: list[float] = []
        ys: list[float] = []
        for target in targets:
            before = [p.x for p in points if p.kind != "target" and p.x < target.x]
            start = max(before) if before else target.x - 1
            xs += [start, target.x]
            ys += [target.value, target.value]
        guide = pg.PlotDataItem(np.array(xs), np.array(ys), connect="pairs",
                                pen=self.style_.pen(color, 1.4, Qt.DashLine), antialias=True)
        self._add(guide)
        self.target_guides.append(guide)
        log = self.spec.log_active if self.spec else False
        for target in targets:
            prefix = f"{indicator.label} target" if several else "Target"
            label = pg.TextItem(f"{prefix} {target.display_value}", color=color, anchor=(0.5, 1.25))
            label.setFont(_small_font(self.font(), 0.92))
            label.setPos(target.x, self._y(target.value, log))
            self._add(label)
            self.target_labels.append(label)

    def _sync_events(self, events: list[ReformEvent], visible: bool) -> None:
        """Event lines and labels are made once (they are the same on every chart) and only
        shown or hidden afterwards; switching series then costs no event graphics."""
        key = tuple((e.entry_id, e.date, e.label) for e in events)
        if key != self._event_key:
            for line in self.event_lines:
                self.plot.removeItem(line)
            for label in self.event_labels:
                self.strip.removeItem(label.stub)
                self.strip.removeItem(label)
            self.event_lines.clear()
            self.event_labels.clear()
            self._draw_events(events)
            self._event_key = key
            self._label_layout = None
        for label in self.event_labels:
            label.setVisible(visible)
            label.stub.setVisible(visible)
        for line in self.event_lines:
            line.setVisible(visible)

    def _draw_events(self, events: list[ReformEvent]) -> None:
        muted = QColor(self.style_.muted)
        pen = self.style_.pen(muted, 1, Qt.DashLine)
        font = _small_font(self.font(), 0.85)
        for event in events:
            line = pg.InfiniteLine(pos=event.x, angle=90, movable=False, pen=pen)
            line.entry_id = event.entry_id
            self.plot.addItem(line)
            line.setZValue(-10)
            self.event_lines.append(line)
            # The line continues into the label band, up to its own label.
            stub = pg.InfiniteLine(pos=event.x, angle=90, movable=False, pen=pen)
            self.strip.addItem(stub)
            stub.setZValue(-10)
            label = pg.TextItem(" " + event.label + " ", color=muted, anchor=(0, 0.5))
            label.setFont(font)
            # A backing rectangle hides other events' lines behind the text. (TextItem's own `fill`
            # is not used: it is misplaced when the chart is drawn at 2x for export.)
            backing = QGraphicsRectItem(label.textItem.boundingRect(), label.textItem)
            backing.setBrush(QBrush(self.style_.background))
            backing.setPen(QPen(Qt.NoPen))
            backing.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent, True)
            label.reform_event = event
            label.stub = stub
            self.strip.addItem(label)
            label.setZValue(10)
            self.event_labels.append(label)

    def _place_event_labels(self, *_args) -> None:
        """Put each label beside its line in the top-most band row where it overlaps no other label
        and no other event's line crosses it; near the right edge a label sits left of its line."""
        if not self.event_labels:
            return
        (x_lo, x_hi), _ = self.strip.vb.viewRange()
        layout_key = (round(x_lo, 6), round(x_hi, 6), round(self.strip.vb.width(), 1))
        if layout_key == self._label_layout:
            return
        self._label_layout = layout_key
        per_px = (x_hi - x_lo) / max(self.strip.vb.width(), 1.0)
        metrics = QFontMetricsF(self.event_labels[0].textItem.font())
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

        for label in self.event_labels:
            x = label.reform_event.x
            width = (metrics.horizontalAdvance(label.reform_event.label) + 10) * per_px
            sides = [True] if x + width > x_hi else [False, True] if x - width >= x_lo else [False]
            choice = next(((n, right) for right in sides for n in range(EVENT_ROWS)
                           if fits(n, *((x - width, x) if right else (x, x + width)), x)), None)
            if choice is None:  # no clean place: the least crowded row
                choice = (min(range(EVENT_ROWS), key=lambda n: sum(1 for p in placed if p[0] == n)), sides[0])
            row, right_aligned = choice
            start, end = (x - width, x) if right_aligned else (x, x + width)
            placed.append((row, start, end, x))
            label.setAnchor((1, 0.5) if right_aligned else (0, 0.5))
            label.setPos(x, EVENT_ROWS - row - 0.5)
            label.stub.setSpan(0, (EVENT_ROWS - row - 0.5) / EVENT_ROWS)
            label.row = row

    def _set_ranges(self, spec: ChartSpec, log: bool) -> None:
        xs = [p.x for s in spec.series for p in s.points]
        if spec.show_events and spec.events:
            xs += [e.x for e in spec.events]
        x_lo = min(xs + [ERA_START]) - 0.6
        x_hi = max(xs + [ERA_END]) + 0.6
        self.plot.setXRange(x_lo, x_hi, padding=0)
        self._place_event_labels()
        values = [self._y(p.value, log) for s in spec.series for p in s.points]
        if not values:  # a series whose points a damaged database lost: an empty chart, not a crash
            values = [0.0, 1.0]
        lo, hi = min(values), max(values)
        span = hi - lo
        if span == 0:
            span = abs(hi) * 0.2 or 1.0
        # Headroom above for target labels, a little below so the lowest marker is not cut.
        self.plot.setYRange(lo - span * 0.1, hi + span * 0.18, padding=0)

    # -- hover ------------------------------------------------------------------------------------
    def points_near(self, scene_pos: QPointF, radius: float = HOVER_RADIUS_PX) -> list[DrawnPoint]:
        """Drawn points within `radius` pixels of a scene position, nearest first."""
        if self.spec is None:
            return []
        log = self.spec.log_active
        vb = self.plot.vb
        found = []
        for drawn in self.drawn:
            at = vb.mapViewToScene(QPointF(drawn.point.x, self._y(drawn.point.value, log)))
            distance = math.hypot(at.x() - scene_pos.x(), at.y() - scene_pos.y())
            if distance <= radius:
                found.append((distance, drawn))
        return [d for _, d in sorted(found, key=lambda item: item[0])]

    def scene_pos_of(self, point: Point) -> QPointF:
        log = self.spec.log_active if self.spec else False
        return self.plot.vb.mapViewToScene(QPointF(point.x, self._y(point.value, log)))

    def hover_lines_at(self, scene_pos: QPointF) -> list[list[str]]:
        sources = self.spec.sources if self.spec else {}
        return [hover_lines(d.indicator, d.point, sources.get(d.point.source_id))
                for d in self.points_near(scene_pos)]

    def _mouse_moved(self, scene_pos: QPointF) -> None:
        blocks = self.hover_lines_at(scene_pos)
        text = "\n\n".join("\n".join(lines) for lines in blocks)
        if text == self.hover_text:
            return
        self.hover_text = text
        if not text:
            QToolTip.hideText()
            return
        rich = "<hr>".join(
            "<b>" + html.escape(lines[0]) + "</b><br>" + "<br>".join(html.escape(line) for line in lines[1:])
            for lines in blocks)
        QToolTip.showText(QCursor.pos(), f"<div style='max-width: 420px'>{rich}</div>", self.view)

    # -- output -----------------------------------------------------------------------------------
    def settle(self) -> None:
        """Finish the layout now rather than at the next event-loop turn (off-screen rendering)."""
        # Deliver only the pending layout requests (nested legend and axis layouts), nothing else.
        for _ in range(3):
            QCoreApplication.sendPostedEvents(None, QEvent.LayoutRequest)
            self.view.ci.layout.activate()
        self._place_event_labels()

    def render_image(self, scale: float = 2.0) -> QImage:
        """The chart as it stands, at `scale` times its size in pixels (drawn, not screen-grabbed,
        so it is sharp at any scale)."""
        viewport = self.view.viewport().rect()
        image = QImage(int(viewport.width() * scale), int(viewport.height() * scale), QImage.Format_ARGB32)
        image.fill(self.style_.background)
        painter = QPainter(image)
        # As pyqtgraph's own exporter does, scatter items in export mode draw their pixel-sized
        # symbols at the output resolution instead of as 1x bitmaps. (Other items are left alone:
        # in export mode the text labels are clipped.)
        items = [i for i in self.view.scene().items() if isinstance(i, pg.ScatterPlotItem)]
        try:
            for item in items:
                item.setExportMode(True, {"antialias": True, "background": None, "painter": painter,
                                          "resolutionScale": scale})
            painter.setRenderHints(QPainter.Antialiasing | QPainter.TextAntialiasing)
            painter.scale(scale, scale)
            source = self.view.mapToScene(viewport).boundingRect()
            self.view.scene().render(painter, QRectF(0, 0, viewport.width(), viewport.height()), source)
        finally:
            painter.end()
            for item in items:
                item.setExportMode(False)
        return image


def _small_font(base: QFont, factor: float) -> QFont:
    font = QFont(base)
    size = base.pointSizeF() if base.pointSizeF() > 0 else 9.0
    font.setPointSizeF(max(7.0, size * factor))
    return font


def render_light_chart(spec: ChartSpec, width: int = 900, height: int = 500, scale: float = 2.0) -> QImage:
    """Draw the chart off screen in the light style (for paper and exported images)."""
    chart = IndicatorChart(style=ChartStyle.light(line_scale=scale))
    chart.setAttribute(Qt.WA_DontShowOnScreen, True)
    chart.resize(width, height)
    chart.show()  # lays out the scene; nothing appears on screen
    chart.draw(spec)
    chart.settle()
    image = chart.render_image(scale)
    chart.close()
    chart.deleteLater()
    return image

