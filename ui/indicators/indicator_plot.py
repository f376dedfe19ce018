"""The indicator chart. The only module that imports pyqtgraph and numpy: the indicators view
imports it when it is first shown, so the rest of the app starts without them.

Each kind of point has its own look (actual: solid line and filled dots; target: hollow diamond
with a dashed guide at the target level; estimate, forecast, claim: their own markers and line
styles), listed in a legend under the plot. Annual series join neighbouring years only; rules
are steps; dated observations are never joined. Reform events are labelled vertical lines.
"""

from __future__ import annotations

import math

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QPointF, Qt
from PySide6.QtGui import QColor, QCursor, QFontMetricsF, QPalette
from PySide6.QtWidgets import QGraphicsItem, QLabel, QToolTip, QVBoxLayout, QWidget

from models.indicators import (
    Indicator,
    Point,
    bound_prefix,
    group_points,
    joined_to_next,
    step_path,
    whole_number_range,
)
from ui.common.html_text import esc
from ui.indicators.chart_events import EventMarks
from ui.indicators.chart_keys import ChartKeys, tooltip_html
from ui.indicators.chart_parts import (
    KIND_LOOKS,
    ChartSpec,
    ChartStyle,
    DrawnPoint,
    ValueAxis,
    YearAxis,
    _format_tick,
    arrow_symbol,
    axis_width,
    small_font,
)
from ui.indicators.indicator_html import caution_lines, hover_lines, legend_name

# The reforms run from 2019 to the 2026 Constitution: every chart shows at least these years so
# the reform events are always in view.
ERA_START, ERA_END = 2019.0, 2026.6
HOVER_RADIUS_PX = 10
LEFT_AXIS_WIDTH = 66  # until the first drawing measures the tick labels in the chart's font


class IndicatorChart(QWidget):
    """One chart: a primary series, optionally a second of the same unit, and reform events.

    Plot items are created once and updated with setData when the series changes; the legend's
    rows are relabelled, not rebuilt. Items are kept by role so tests (and the export) can read
    back what was drawn:
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
        self.events = EventMarks(self.view, LEFT_AXIS_WIDTH)
        self.strip = self.events.strip
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
        # The cautions sit right under the legend, each naming the series it concerns.
        self.note_label = QLabel()
        self.note_label.setTextFormat(Qt.PlainText)
        self.note_label.setWordWrap(True)
        self.note_label.setVisible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.view)
        layout.addWidget(self.note_label)
        self.setAccessibleName(QCoreApplication.translate("Indicators", "Chart of the selected series"))
        self.setProperty("followsTextZoom", True)  # the window's text zoom reaches axis numbers and labels

        self.spec: ChartSpec | None = None
        self.series_items: dict[tuple[str, str, str], pg.PlotDataItem] = {}
        self.line_items: dict[tuple[str, str, str], pg.PlotDataItem] = {}
        self.target_guides: list[pg.PlotDataItem] = []
        self.target_labels: list[pg.TextItem] = []
        self._pools: dict[str, list] = {}   # kind of graphic -> the graphics made so far, in order
        self._used: dict[str, int] = {}      # how many of each kind the current drawing uses
        self.drawn: list[DrawnPoint] = []
        self.bound_labels: list[pg.TextItem] = []
        self.bound_arrows: list[pg.ScatterPlotItem] = []
        self.hover_text = ""
        self.view.scene().sigMouseMoved.connect(self._mouse_moved)
        self.keys = ChartKeys(self)
        self.events.rows_changed = self._keep_plot_readable
        self._apply_style()

    @property
    def event_lines(self) -> list[pg.InfiniteLine]:
        return self.events.lines

    @property
    def event_labels(self) -> list[pg.TextItem]:
        return self.events.labels

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
        warning = QColor("#f0b060") if s.dark else QColor("#8a3b00")
        palette = self.note_label.palette()
        palette.setColor(QPalette.WindowText, warning)
        self.note_label.setPalette(palette)
        self._apply_fonts()

    def _apply_fonts(self) -> None:
        """Axis numbers, legend and labels in the chart's own font (the application's, with the
        window's text zoom), never below 9 pt."""
        font = small_font(self.font(), 1.0)
        for name in ("left", "bottom"):
            self.plot.getAxis(name).setStyle(tickFont=font)
            self.plot.getAxis(name).label.setFont(font)
        self.legend_font = font
        # LegendItem writes its own size into each label's HTML (9 pt by default): give it ours.
        self.legend.opts["labelTextSize"] = f"{font.pointSizeF():g}pt"
        for _sample, label in self.legend.items:
            label.setText(label.text, size=self.legend.opts["labelTextSize"])

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.PaletteChange and self._fixed_style is None:
            self.style_ = ChartStyle.from_palette(self.palette())
            self._apply_style()
            self.events.invalidate()  # event graphics carry the old colours
            if self.spec is not None:
                self.draw(self.spec)
        elif event.type() == QEvent.FontChange:
            self._apply_fonts()
            if self.spec is not None:
                self.draw(self.spec)
        super().changeEvent(event)

    # -- drawing --------------------------------------------------------------------------------
    def y_value(self, value: float, log: bool) -> float:
        return math.log10(value) if log else value

    def _take(self, kind: str, make):
        """The next unused graphic of a kind (created and added to the plot the first time). Plot
        items are made once per chart and re-used with setData on every drawing after that."""
        pool = self._pools.setdefault(kind, [])
        used = self._used.get(kind, 0)
        if used == len(pool):
            item = make()
            self.plot.addItem(item)
            pool.append(item)
        item = pool[used]
        self._used[kind] = used + 1
        item.setVisible(True)
        return item

    def draw(self, spec: ChartSpec) -> None:
        log = spec.log_active
        log_changed = self.spec is None or self.spec.log_active != log
        self.spec = spec
        self._used = {}
        self.series_items.clear()
        self.line_items.clear()
        self.target_guides.clear()
        self.target_labels.clear()
        self.bound_labels.clear()
        self.bound_arrows.clear()
        self.drawn.clear()
        self._legend_keys: list[tuple[Indicator, str, str]] = []
        if log_changed:
            self.plot.setLogMode(x=False, y=log)
        self.plot.invertY(spec.primary.invert_axis)
        axis = self.plot.getAxis("left")
        axis.whole_numbers = spec.whole_numbers
        axis.setLabel(self._axis_title(spec, log), color=self.style_.text.name())

        several = len(spec.series) > 1
        color_index = 0
        legend_names: list[str] = []
        for indicator in spec.series:
            parts = [p for p, _ in indicator.parts] or [""]
            for part in parts:
                color = self.style_.series[color_index % len(self.style_.series)]
                color_index += 1
                points = [p for p in indicator.points if p.part == part]
                legend_names += self._draw_series(indicator, part, points, color, several)
        for kind, pool in self._pools.items():
            for item in pool[self._used.get(kind, 0):]:
                item.setVisible(False)
        if several and len(set(legend_names)) < len(legend_names):  # same publisher and kind in both
            sources = spec.sources
            legend_names = [legend_name(i, part, kind, [d.point for d in self.drawn if d.indicator is i
                                                         and d.point.part == part and d.point.kind == kind],
                                        sources, with_series=True)
                            for (i, part, kind) in self._legend_keys]
        self._update_legend(legend_names)
        notes = caution_lines(spec.series)
        self.note_label.setText("\n".join(notes))
        self.note_label.setVisible(bool(notes))
        self.events.sync(self.plot, spec.events, spec.show_events, self.style_, small_font(self.font(), 1.0))
        self._set_ranges(spec, log)
        self.keys.series_changed()

    @staticmethod
    def _axis_title(spec: ChartSpec, log: bool) -> str:
        """The unit; for ranks 'rank (of 180)' where the data gives how many were ranked."""
        unit = spec.primary.unit
        if spec.whole_numbers:
            totals = sorted({n for s in spec.series for n in s.rank_totals()})
            if totals:
                of = str(totals[0]) if len(totals) == 1 else f"{totals[0]}\u2013{totals[-1]}"
                unit = QCoreApplication.translate("Indicators", "{unit} (of {total})").format(unit=unit, total=of)
        return unit + (QCoreApplication.translate("Indicators", " (log scale)") if log else "")

    def _update_legend(self, names: list[str]) -> None:
        """Row n of the legend always shows series graphic n of the pool: rows are relabelled and
        repainted, added or removed at the end only, never rebuilt."""
        markers = self._pools.get("markers", [])
        while len(self.legend.items) > len(names):
            self.legend.removeItem(self.legend.items[-1][0].item)
        for number, name in enumerate(names):
            text = esc(name)  # LabelItem renders rich text; names come from data
            if number < len(self.legend.items):
                sample, label = self.legend.items[number]
                if label.text != text or label.opts.get("size") != self.legend.opts["labelTextSize"]:
                    label.setText(text, size=self.legend.opts["labelTextSize"])
                sample.update()
            else:
                self.legend.addItem(markers[number], text)
        self._fit_legend()

    def _fit_legend(self) -> None:
        """As many legend columns as fit the chart's width (long publisher names get one column
        each rather than pushing the plot wider than the window)."""
        if not self.legend.items:
            return
        widest = max(label.item.boundingRect().width() for _sample, label in self.legend.items) + 60
        columns = max(1, min(3, int((self.view.width() - 24) // widest)))
        if columns != self.legend.columnCount:
            self.legend.setColumnCount(columns)

        self._keep_plot_readable()

    def _keep_plot_readable(self) -> None:
        """Ask for enough height that the plot itself keeps about eight lines of the font once
        the event band and the legend have theirs (a larger font grows the chart, not squeezes
        its plot to a strip); the splitter takes the room from the panel below."""
        if not hasattr(self, "legend_font"):
            return  # still being built
        line = QFontMetricsF(self.legend_font).height()
        legend_rows = math.ceil(len(self.legend.items) / max(self.legend.columnCount, 1))
        band = self.strip.minimumHeight() if self.spec is not None and self.spec.show_events else 0
        self.view.setMinimumHeight(int(band + legend_rows * line * 1.25 + line * 10))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_legend()

    def _draw_series(self, indicator: Indicator, part: str, points: list[Point], color: QColor,
                     several: bool) -> list[str]:
        """Markers (and lines) of one series or part, one graphic per kind; returns legend names."""
        background = self.style_.background
        names = []
        for group in group_points(points):
            look = KIND_LOOKS[group.kind]
            key = (indicator.id, part, group.kind)
            xs = np.array(group.xs, dtype=float)
            ys = np.array(group.ys, dtype=float)
            line_pen = self.style_.pen(color, 2.2 if group.kind == "actual" else 1.6, look.line)
            marker = {"symbol": look.symbol, "symbolSize": look.size,
                      "symbolPen": self.style_.pen(color, 1 if look.filled else 1.8),
                      "symbolBrush": pg.mkBrush(color if look.filled else background), "antialias": True}
            item = self._take("markers", pg.PlotDataItem)
            line_shown = True
            if indicator.series_kind == "rule" and group.kind == "actual" and len(group.points) > 1:
                sx, sy = step_path(group.points)
                steps = self._take("steps", pg.PlotDataItem)
                steps.setData(np.array(sx), np.array(sy), pen=line_pen, connect="all", antialias=True)
                self.line_items[key] = steps
                # The steps are the line; this graphic keeps the markers and the legend sample.
                item.setData(xs, ys, pen=line_pen, connect=np.zeros(len(xs), dtype=bool), **marker)
                line_shown = False
            elif group.kind == "target":
                item.setData(xs, ys, pen=None, connect="all", **marker)
                self._draw_target_guides(indicator, points, group.points, color, several)
            else:
                joins = np.array(joined_to_next(group.points, indicator.series_kind), dtype=bool)
                pen = line_pen if joins.any() else None
                item.setData(xs, ys, pen=pen, connect=joins if pen else "all", **marker)
            item.curve.setVisible(line_shown)
            self.series_items[key] = item
            self._legend_keys.append((indicator, part, group.kind))
            names.append(legend_name(indicator, part, group.kind, group.points,
                                     self.spec.sources if self.spec else {}))
            self.drawn += [DrawnPoint(indicator, p) for p in group.points]
            self._draw_bounds(group.points, color)
        return names

    def _draw_bounds(self, points: tuple[Point, ...], color: QColor) -> None:
        """A bound is not a value: an arrow from the marker the way the truth lies, and the value
        written with its sign ('\u2265 15,000')."""
        bounded = [p for p in points if p.bound]
        if not bounded:
            return
        log = self.spec.log_active if self.spec else False
        for bound in (">=", "<="):
            chosen = [p for p in bounded if p.bound == bound]
            arrows = self._take("bound-arrows", pg.ScatterPlotItem)
            up = (bound == ">=") != (self.spec is not None and self.spec.primary.invert_axis)
            arrows.setData([p.x for p in chosen], [self.y_value(p.value, log) for p in chosen],
                           symbol=arrow_symbol(up), size=30,
                           pen=self.style_.pen(color, 2.0), brush=pg.mkBrush(None))
            arrows.setVisible(bool(chosen))
            self.bound_arrows.append(arrows)
        for p in bounded:
            label = self._take("bound-labels", lambda: pg.TextItem("", anchor=(0.0, 0.5)))
            label.setText(f"  {bound_prefix(p.bound)}{p.display_value}", color=color)
            label.setFont(small_font(self.font(), 0.95))
            label.setPos(p.x, self.y_value(p.value, log))
            self.bound_labels.append(label)

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
        guide = self._take("guides", pg.PlotDataItem)
        guide.setData(np.array(xs), np.array(ys), connect="pairs", pen=self.style_.pen(color, 1.4, Qt.DashLine),
                      antialias=True)
        self.target_guides.append(guide)
        log = self.spec.log_active if self.spec else False
        for target in targets:
            prefix = (QCoreApplication.translate("Indicators", "{series} target").format(series=indicator.label)
                      if several else QCoreApplication.translate("Indicators", "Target"))
            label = self._take("target-labels", lambda: pg.TextItem("", anchor=(0.5, 1.25)))
            label.setText(f"{prefix} {target.display_value}", color=color)
            label.setFont(small_font(self.font(), 0.95))
            label.setPos(target.x, self.y_value(target.value, log))
            self.target_labels.append(label)

    def _set_ranges(self, spec: ChartSpec, log: bool) -> None:
        xs = [p.x for s in spec.series for p in s.points]
        if spec.show_events and spec.events:
            xs += [e.x for e in spec.events]
        x_lo = min([*xs, ERA_START]) - 0.6
        x_hi = max([*xs, ERA_END]) + 0.6
        self.plot.setXRange(x_lo, x_hi, padding=0)
        self.events.place()
        values = [self.y_value(p.value, log) for s in spec.series for p in s.points]
        if not values:  # a series whose points a damaged database lost: an empty chart, not a crash
            values = [0.0, 1.0]
        if spec.whole_numbers:
            lo, hi = whole_number_range(values, floor=0.0 if min(values) >= 1 else None)
            lo, hi = lo - 0.4, hi + 0.4  # the end ticks stay inside the plot
        else:
            lo, hi = min(values), max(values)
            span = hi - lo
            if span == 0:
                span = abs(hi) * 0.2 or 1.0
            # Headroom above for target and bound labels, a little below so the lowest marker is not cut.
            lo, hi = lo - span * 0.1, hi + span * 0.18
        self.plot.setYRange(lo, hi, padding=0)
        samples = [_format_tick(10 ** v if log else v, 1 if log or spec.whole_numbers else (hi - lo) / 5)
                   for v in (lo, hi, (lo + hi) / 2)]
        width = max(LEFT_AXIS_WIDTH, axis_width(small_font(self.font(), 1.0), samples))
        if width != self.plot.getAxis("left").width():
            self.plot.getAxis("left").setWidth(width)
            self.strip.getAxis("left").setWidth(width)
            self.settle()  # lay out now, so positions read back at once are where points are drawn

    # -- hover ------------------------------------------------------------------------------------
    def points_near(self, scene_pos: QPointF, radius: float = HOVER_RADIUS_PX) -> list[DrawnPoint]:
        """Drawn points within `radius` pixels of a scene position, nearest first."""
        if self.spec is None:
            return []
        log = self.spec.log_active
        vb = self.plot.vb
        found = []
        for drawn in self.drawn:
            at = vb.mapViewToScene(QPointF(drawn.point.x, self.y_value(drawn.point.value, log)))
            distance = math.hypot(at.x() - scene_pos.x(), at.y() - scene_pos.y())
            if distance <= radius:
                found.append((distance, drawn))
        return [d for _, d in sorted(found, key=lambda item: item[0])]

    def scene_pos_of(self, point: Point) -> QPointF:
        log = self.spec.log_active if self.spec else False
        return self.plot.vb.mapViewToScene(QPointF(point.x, self.y_value(point.value, log)))

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
        QToolTip.showText(QCursor.pos(), tooltip_html(blocks), self.view)

    # -- output -----------------------------------------------------------------------------------
    def settle(self) -> None:
        """Finish the layout now rather than at the next event-loop turn (off-screen rendering)."""
        # Deliver only the pending layout requests (nested legend and axis layouts), nothing else.
        for _ in range(3):
            QCoreApplication.sendPostedEvents(None, QEvent.LayoutRequest)
            self.view.ci.layout.activate()
        self.events.place()


