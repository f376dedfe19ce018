"""The power-balance view's own widgets: the fitted graph view, the year scale under the date
slider, and the relations table that copies rows."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QPainter
from PySide6.QtWidgets import QGraphicsView, QSlider, QTableView, QWidget

from models.power_balance import EARLIEST_DATE
from ui.powers.power_graph_scene import PowerGraphScene


def qdate(date: str) -> QDate:
    return QDate.fromString(date, "yyyy-MM-dd")


def iso(date: QDate) -> str:
    return date.toString("yyyy-MM-dd")


def day_index(date: str) -> int:
    """Days since the earliest date the powers cover: the date slider's value."""
    return (dt.date.fromisoformat(date) - dt.date.fromisoformat(EARLIEST_DATE)).days


def date_at(index: int) -> str:
    return (dt.date.fromisoformat(EARLIEST_DATE) + dt.timedelta(days=index)).isoformat()


class PowerGraphView(QGraphicsView):
    """Keeps the whole graph in view at any window size; Ctrl+wheel or Ctrl+=/- zooms, Ctrl+0 fits."""

    MAX_ZOOM = 4.0

    def __init__(self, scene: PowerGraphScene, parent: QWidget | None = None):
        super().__init__(scene, parent)
        self.zoom = 1.0
        self.setRenderHints(QPainter.Antialiasing | QPainter.TextAntialiasing | QPainter.SmoothPixmapTransform)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarAsNeeded)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarAsNeeded)
        self.setTransformationAnchor(QGraphicsView.AnchorUnderMouse)
        self.setFrameShape(QGraphicsView.NoFrame)
        self.setMouseTracking(True)
        self.setMinimumSize(360, 260)
        for keys, step in ((QKeySequence.ZoomIn, 1.25), (QKeySequence.ZoomOut, 0.8), ("Ctrl+0", 0.0)):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, s=step: self.set_zoom(self.zoom * s if s else 1.0))
            self.addAction(action)

    def set_zoom(self, zoom: float) -> None:
        self.zoom = min(max(zoom, 1.0), self.MAX_ZOOM)
        self.setDragMode(QGraphicsView.ScrollHandDrag if self.zoom > 1.0 else QGraphicsView.NoDrag)
        self.fit()

    def fit(self) -> None:
        if self.scene() is not None:
            self.fitInView(self.scene().sceneRect(), Qt.KeepAspectRatio)
            if self.zoom > 1.0:
                self.scale(self.zoom, self.zoom)

    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.ControlModifier:
            self.set_zoom(self.zoom * (1.15 if event.angleDelta().y() > 0 else 1 / 1.15))
            event.accept()
        else:
            super().wheelEvent(event)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.fit()


class YearScale(QWidget):
    """Year labels under the date slider, placed where the slider puts each 1 January."""

    def __init__(self, slider: QSlider, first_year: int, last_year: int, parent: QWidget | None = None):
        super().__init__(parent)
        self._slider = slider
        self._years = list(range(first_year, last_year + 1))
        self.setFixedHeight(self.fontMetrics().height() + 2)
        self.setAccessibleName(self.tr("Years on the date slider"))

    def paintEvent(self, event) -> None:
        from PySide6.QtWidgets import QStyle, QStyleOptionSlider
        option = QStyleOptionSlider()
        self._slider.initStyleOption(option)
        style = self._slider.style()
        groove = style.subControlRect(QStyle.CC_Slider, option, QStyle.SC_SliderGroove, self._slider)
        handle = style.subControlRect(QStyle.CC_Slider, option, QStyle.SC_SliderHandle, self._slider)
        span = groove.width() - handle.width()
        painter = QPainter(self)
        painter.setPen(self.palette().color(self.foregroundRole()))
        metrics = self.fontMetrics()
        offset = self._slider.mapTo(self.parentWidget(), self._slider.rect().topLeft()).x() - self.x()
        for year in self._years:
            days = (dt.date(year, 1, 1) - dt.date.fromisoformat(EARLIEST_DATE)).days
            if days > self._slider.maximum():
                break
            x = offset + groove.x() + handle.width() / 2 + QStyle.sliderPositionFromValue(
                self._slider.minimum(), self._slider.maximum(), days, span)
            text = str(year)
            width = metrics.horizontalAdvance(text)
            left = min(max(0, int(x - width / 2)), self.width() - width)
            painter.drawText(left, metrics.ascent(), text)
        painter.end()


class PowerTableView(QTableView):
    """Ctrl+C copies the selected rows, in the order shown, as tab-separated text with a header."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        copy = QAction(self.tr("Copy rows"), self)
        copy.setShortcut(QKeySequence.Copy)
        copy.setShortcutContext(Qt.WidgetShortcut)
        copy.triggered.connect(self.copy_selection)
        self.addAction(copy)
        self.copy_action = copy

    def selected_tsv(self) -> str:
        model = self.model()
        if model is None:
            return ""
        rows = sorted({index.row() for index in self.selectionModel().selectedIndexes()})
        if not rows:
            return ""

        def clean(value) -> str:
            return " ".join(str(value or "").split())
        lines = ["\t".join(clean(model.headerData(c, Qt.Horizontal)) for c in range(model.columnCount()))]
        for row in rows:
            lines.append("\t".join(clean(model.index(row, c).data()) for c in range(model.columnCount())))
        return "\n".join(lines) + "\n"

    def copy_selection(self) -> str:
        text = self.selected_tsv()
        if text:
            QGuiApplication.clipboard().setText(text)
        return text
