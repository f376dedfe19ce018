"""Reform events on the indicator chart: a dashed line through the plot for each event, and its
label in a band above the plot (so labels never cover a data point), laid out by
`place_event_labels`. Made once per chart (the events are the same on every chart) and only
shown or hidden when the series changes.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem

from models.indicators import ReformEvent
from ui.common.plain_text import tooltip
from ui.indicators.chart_parts import ChartStyle, place_event_labels, rows_for_event_labels, small_font
from ui.indicators.event_labels import event_label

EVENT_ROWS = 3      # the fewest rows of labels; more are added when labels would overlap
MOST_EVENT_ROWS = 6


class EventMarks:
    """The band (`strip`, a PlotItem x-linked to the plot) with `labels`, and `lines` on the plot."""

    def __init__(self, view: pg.GraphicsLayoutWidget, left_axis_width: int):
        self.rows = EVENT_ROWS
        self.row_px = 15.0
        self.rows_changed = None  # called when the band's height changes (the chart keeps its plot readable)
        self.strip = strip = view.addPlot(row=0, col=0)
        strip.hideAxis("bottom")
        left = strip.getAxis("left")
        left.setWidth(left_axis_width)
        left.setStyle(showValues=False, tickLength=0)
        left.setTicks([[]])
        strip.setMenuEnabled(False)
        strip.hideButtons()
        strip.setMouseEnabled(x=False, y=False)
        self._set_rows(EVENT_ROWS)
        self.lines: list[pg.InfiniteLine] = []
        self.labels: list[pg.TextItem] = []
        self._key: tuple | None = None
        self._label_layout: tuple | None = None
        strip.vb.sigResized.connect(self.place)

    def _set_rows(self, rows: int) -> None:
        """Make the band `rows` label rows high (each row one line of the label font)."""
        self.rows = rows
        height = int(rows * self.row_px + 6)
        self.strip.setMinimumHeight(height)
        self.strip.setMaximumHeight(height)
        self.strip.setYRange(0, rows, padding=0)
        if self.rows_changed is not None:
            self.rows_changed()

    def invalidate(self) -> None:
        """Make the graphics again at the next `sync` (they carry the old colours)."""
        self._key = None

    def sync(self, plot: pg.PlotItem, events: list[ReformEvent], visible: bool, style: ChartStyle,
             font: QFont) -> None:
        key = (tuple((e.entry_id, e.date, event_label(e)) for e in events), font.pointSizeF(), font.family())
        if key != self._key:
            for line in self.lines:
                plot.removeItem(line)
            for label in self.labels:
                self.strip.removeItem(label.stub)
                self.strip.removeItem(label)
            self.lines.clear()
            self.labels.clear()
            self._make(plot, events, style, font)
            self._key = key
            self._label_layout = None
        for label in self.labels:
            label.setVisible(visible)
            label.stub.setVisible(visible)
        for line in self.lines:
            line.setVisible(visible)

    def _make(self, plot: pg.PlotItem, events: list[ReformEvent], style: ChartStyle, base_font: QFont) -> None:
        muted = QColor(style.muted)
        pen = style.pen(muted, 1, Qt.DashLine)
        font = small_font(base_font, 0.9)
        self.row_px = QFontMetricsF(font).height() + 2
        self._set_rows(self.rows)
        for event in events:
            line = pg.InfiniteLine(pos=event.x, angle=90, movable=False, pen=pen)
            line.entry_id = event.entry_id
            plot.addItem(line)
            line.setZValue(-10)
            self.lines.append(line)
            # The line continues into the label band, up to its own label.
            stub = pg.InfiniteLine(pos=event.x, angle=90, movable=False, pen=pen)
            self.strip.addItem(stub)
            stub.setZValue(-10)
            label = pg.TextItem(" " + event_label(event) + " ", color=muted, anchor=(0, 0.5))
            label.setFont(font)
            # A backing rectangle hides other events' lines behind the text. (TextItem's own `fill`
            # is not used: it is misplaced when the chart is drawn at 2x for export.)
            backing = QGraphicsRectItem(label.textItem.boundingRect(), label.textItem)
            backing.setBrush(QBrush(style.background))
            backing.setPen(QPen(Qt.NoPen))
            backing.setFlag(QGraphicsItem.GraphicsItemFlag.ItemStacksBehindParent, True)
            label.setToolTip(tooltip(f"{event.title} ({event.date})" if event.title else event_label(event)))
            label.reform_event = event
            label.stub = stub
            self.strip.addItem(label)
            label.setZValue(10)
            self.labels.append(label)

    def place(self, *_args) -> None:
        """Lay the labels out in the band for the current x range and width."""
        if not self.labels:
            return
        (x_lo, x_hi), _ = self.strip.vb.viewRange()
        layout_key = (round(x_lo, 6), round(x_hi, 6), round(self.strip.vb.width(), 1))
        if layout_key == self._label_layout:
            return
        self._label_layout = layout_key
        per_px = (x_hi - x_lo) / max(self.strip.vb.width(), 1.0)
        metrics = QFontMetricsF(self.labels[0].textItem.font())
        spans = [(label.reform_event.x, (metrics.horizontalAdvance(event_label(label.reform_event)) + 10) * per_px)
                 for label in self.labels]
        rows, lines_block = rows_for_event_labels(spans, x_lo, x_hi, EVENT_ROWS, MOST_EVENT_ROWS)
        if rows != self.rows:
            self._set_rows(rows)
        for label, (row, right_aligned) in zip(self.labels, place_event_labels(spans, x_lo, x_hi, rows, lines_block),
                                               strict=True):
            label.setAnchor((1, 0.5) if right_aligned else (0, 0.5))
            label.setPos(label.reform_event.x, rows - row - 0.5)
            label.stub.setSpan(0, (rows - row - 0.5) / rows)
            label.row = row
