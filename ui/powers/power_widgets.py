"""The power-balance view's own widgets: the year scale under the date slider and the relations
table (copies rows, Enter opens, Tab leaves, columns sized from the font). The graph view is in
power_graph_view."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QPainter
from PySide6.QtWidgets import QSlider, QTableView, QWidget

from models.power_balance import EARLIEST_DATE
from ui.powers.power_graph_view import PowerGraphView

__all__ = ["PowerGraphView", "PowerTableView", "YearScale", "date_at", "day_index", "iso", "qdate"]


def qdate(date: str) -> QDate:
    return QDate.fromString(date, "yyyy-MM-dd")


def iso(date: QDate) -> str:
    return date.toString("yyyy-MM-dd")


def day_index(date: str) -> int:
    """Days since the earliest date the powers cover: the date slider's value."""
    return (dt.date.fromisoformat(date) - dt.date.fromisoformat(EARLIEST_DATE)).days


def date_at(index: int) -> str:
    return (dt.date.fromisoformat(EARLIEST_DATE) + dt.timedelta(days=index)).isoformat()


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


# Widest a column may grow, in average character widths; longer text is elided (the tooltip has it all).
# Names and relations get room for the longest (never cut); the long prose columns are capped.
COLUMN_CAPS = {0: 14, 1: 90, 2: 60, 3: 90, 4: 46, 5: 14, 6: 30, 7: 36, 8: 46, 9: 12, 10: 46}


class PowerTableView(QTableView):
    """Ctrl+C copies the selected rows, in the order shown, as tab-separated text with a header.
    Enter on a row does what a double-click does (`rowActivated`); Tab leaves the table (the arrow
    keys move between cells), so the table is no Tab trap."""

    rowActivated = Signal(QModelIndex)
    fontChanged = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._columns_stale = False
        self.setTabKeyNavigation(False)
        self.setTextElideMode(Qt.ElideRight)
        self.doubleClicked.connect(self.rowActivated)
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

    def keyPressEvent(self, event) -> None:
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and self.currentIndex().isValid():
            self.rowActivated.emit(self.currentIndex())
            event.accept()
            return
        super().keyPressEvent(event)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._columns_stale:
            self.size_columns()

    def changeEvent(self, event) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.FontChange:
            self.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
            self.size_columns()
            self.fontChanged.emit()

    def size_columns(self) -> None:
        """Each column as wide as its longest text (names are never cut), up to a cap from the font.
        A hidden table (the graph's tab in front) is sized when it is shown: measuring every cell took
        half the time of moving to another date."""
        model = self.model()
        self._columns_stale = not self.isVisible()
        if model is None or self._columns_stale:
            return
        metrics = self.fontMetrics()
        header_metrics = self.horizontalHeader().fontMetrics()
        pad = metrics.averageCharWidth() * 2 + 8
        for column in range(model.columnCount()):
            widest = header_metrics.horizontalAdvance(str(model.headerData(column, Qt.Horizontal) or "")) + 24
            for row in range(model.rowCount()):
                widest = max(widest, metrics.horizontalAdvance(str(model.index(row, column).data() or "")) + pad)
            cap = COLUMN_CAPS.get(column, 40) * metrics.averageCharWidth()
            self.setColumnWidth(column, int(min(widest, max(cap, 0))))
