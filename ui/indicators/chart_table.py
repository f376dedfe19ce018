"""The chart's data as a table: the text alternative a screen reader (or anyone) can read cell by
cell. One row per point of the series shown: series, date, value (bounds with their sign, ranks
with 'of N'), kind, publisher and note."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QTableView, QWidget

from models.entry import Source
from models.indicators import Indicator
from ui.common.plain_text import tooltip
from ui.i18n import labels
from ui.indicators.indicator_html import value_with_unit, when_text

translate = QCoreApplication.translate


def table_rows(series: list[Indicator], sources: dict[str, Source]) -> list[list[str]]:
    """The cells, row by row, points in time order within each series."""
    rows = []
    for item in series:
        for p in sorted(item.points, key=lambda p: (p.part, p.x)):
            source = sources.get(p.source_id)
            name = item.label + (f" \u2014 {item.part_name(p.part)}" if p.part else "")
            rows.append([name, when_text(p), value_with_unit(item, p), labels.label(labels.POINT_KIND, p.kind),
                         source.publisher if source is not None and source.publisher else p.source_id, p.note])
    return rows


class ChartTable(QTableView):
    """Read-only table of the points shown on the chart; Tab leaves it (arrows move between cells)."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("chartTable")
        self.setAccessibleName(translate("Indicators", "Data table of the series shown"))
        self.model_ = QStandardItemModel(0, 6, self)
        self.setModel(self.model_)
        self.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.setTabKeyNavigation(False)
        self.setWordWrap(True)
        self.setAlternatingRowColors(True)
        self.verticalHeader().setVisible(False)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeToContents)
        header.setSectionResizeMode(5, QHeaderView.Stretch)

    def show_series(self, series: list[Indicator], sources: dict[str, Source]) -> None:
        self.model_.clear()
        self.model_.setHorizontalHeaderLabels([
            translate("Indicators", "Series"), translate("Indicators", "Date"), translate("Indicators", "Value"),
            translate("Indicators", "Kind"), translate("Indicators", "Publisher"), translate("Indicators", "Note")])
        for cells in table_rows(series, sources):
            row = []
            for text in cells:
                cell = QStandardItem(text)
                cell.setToolTip(tooltip(text))
                cell.setTextAlignment(Qt.AlignLeft | Qt.AlignTop)
                row.append(cell)
            self.model_.appendRow(row)
        self.horizontalHeader().setSectionResizeMode(5, QHeaderView.Stretch)
        self.resizeRowsToContents()
