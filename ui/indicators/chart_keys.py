"""The chart by keyboard and screen reader. The chart takes focus (Tab); Left and Right step
through the points of one series in time order, Up and Down move to the nearest point of the
series above or below, Home and End go to the first and last point, Escape leaves the points.
The focused point is ringed, its hover text shown beside it and made the chart's accessible
description (with an event, so a screen reader reads it out). With no point focused the
description is the text alternative: a summary of every series shown.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QEvent, QObject, QPoint, Qt
from PySide6.QtGui import QAccessible, QAccessibleEvent, QPalette
from PySide6.QtWidgets import QToolTip

from ui.common.html_text import esc
from ui.indicators.chart_parts import DrawnPoint
from ui.indicators.indicator_html import hover_lines, summary_text

translate = QCoreApplication.translate
_STEPS = {Qt.Key_Left: -1, Qt.Key_Right: 1}
_ROWS = {Qt.Key_Up: -1, Qt.Key_Down: 1}


def tooltip_html(blocks: list[list[str]]) -> str:
    """Hover text blocks as the tooltip shows them: first line bold, text escaped."""
    rich = "<hr>".join("<b>" + esc(lines[0]) + "</b><br>" + "<br>".join(esc(line) for line in lines[1:])
                       for lines in blocks)
    return f"<div style='max-width: 420px'>{rich}</div>"


class ChartKeys(QObject):
    """Keyboard focus over a chart's drawn points (rows = series or parts, in legend order)."""

    def __init__(self, chart):
        super().__init__(chart)
        self.chart = chart
        self.row = 0
        self.index = -1  # -1: no point focused
        chart.setFocusPolicy(Qt.StrongFocus)
        chart.view.setFocusPolicy(Qt.NoFocus)  # the chart itself is the one focus stop, with a name
        chart.installEventFilter(self)
        self.ring = pg.ScatterPlotItem(symbol="o", size=22, brush=pg.mkBrush(None))
        self.ring.setZValue(50)
        self.ring.setVisible(False)
        chart.plot.addItem(self.ring)

    def rows(self) -> list[list[DrawnPoint]]:
        """The drawn points by series (and part), each in time order."""
        grouped: dict[tuple[str, str], list[DrawnPoint]] = {}
        for drawn in self.chart.drawn:
            grouped.setdefault((drawn.indicator.id, drawn.point.part), []).append(drawn)
        return [sorted(points, key=lambda d: d.point.x) for points in grouped.values()]

    @property
    def focused(self) -> DrawnPoint | None:
        rows = self.rows()
        if self.index < 0 or self.row >= len(rows) or self.index >= len(rows[self.row]):
            return None
        return rows[self.row][self.index]

    def series_changed(self) -> None:
        self.row, self.index = 0, -1
        self.ring.setVisible(False)
        self._describe(self.summary())

    def summary(self) -> str:
        spec = self.chart.spec
        if spec is None:
            return ""
        return summary_text(spec.series) + " " + translate(
            "Indicators", "Arrow keys step through the points; Up and Down change series.")

    def eventFilter(self, obj, event) -> bool:
        if obj is self.chart and event.type() == QEvent.KeyPress:
            return self.key(event.key())
        if obj is self.chart and event.type() == QEvent.FocusOut:
            self.ring.setVisible(False)
            QToolTip.hideText()
            self.chart.view.setStyleSheet("")
        if obj is self.chart and event.type() == QEvent.FocusIn:
            # A visible focus ring round the plot: keyboard users see where they are.
            color = self.chart.palette().color(QPalette.Highlight).name()
            self.chart.view.setStyleSheet(f"QGraphicsView {{ border: 2px solid {color}; }}")
            if self.focused is not None:
                self._show()
        return False

    def key(self, key: int) -> bool:
        """Handle one key; True when it moved the focus between points (or left them)."""
        rows = self.rows()
        if not rows:
            return False
        if key == Qt.Key_Escape and self.index >= 0:
            self.index = -1
            self.ring.setVisible(False)
            QToolTip.hideText()
            self._describe(self.summary())
            return True
        if key in _STEPS:
            if self.index < 0:
                self.index = 0 if _STEPS[key] > 0 else len(rows[self.row]) - 1
            else:
                self.index = max(0, min(len(rows[self.row]) - 1, self.index + _STEPS[key]))
        elif key in (Qt.Key_Home, Qt.Key_End):
            self.index = 0 if key == Qt.Key_Home else len(rows[self.row]) - 1
        elif key in _ROWS:
            x = self.focused.point.x if self.focused else rows[self.row][0].point.x
            self.row = max(0, min(len(rows) - 1, self.row + _ROWS[key]))
            self.index = min(range(len(rows[self.row])), key=lambda n: abs(rows[self.row][n].point.x - x))
        else:
            return False
        self._show()
        return True

    def _show(self) -> None:
        drawn = self.focused
        if drawn is None:
            return
        chart = self.chart
        log = chart.spec.log_active if chart.spec else False
        y = chart.y_value(drawn.point.value, log)
        self.ring.setData([drawn.point.x], [y], pen=chart.style_.pen(chart.style_.text, 2.0))
        self.ring.setVisible(True)
        lines = hover_lines(drawn.indicator, drawn.point, chart.spec.sources.get(drawn.point.source_id))
        chart.hover_text = "\n".join(lines)
        at = chart.view.mapFromScene(chart.scene_pos_of(drawn.point))
        QToolTip.showText(chart.view.mapToGlobal(at + QPoint(12, 12)), tooltip_html([lines]), chart.view)
        rows = self.rows()
        position = translate("Indicators", "Point {n} of {count}.").format(n=self.index + 1,
                                                                          count=len(rows[self.row]))
        self._describe(" ".join(line if line.endswith(".") else line + "." for line in lines) + " " + position)

    def _describe(self, text: str) -> None:
        self.chart.setAccessibleDescription(text)
        if QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleEvent(self.chart, QAccessible.DescriptionChanged))
