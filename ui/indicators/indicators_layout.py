"""The indicators view's widgets and their arrangement, apart from what the view does with them.

Left: the filter field and the list of series. Right: title, unit and span, caution, the controls
row (compare, events, log scale, export, print), the chart area (a placeholder until the chart
is made on first show) over the panel of entries and sources.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSortFilterProxyModel, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QMenu,
    QPushButton,
    QSizePolicy,
    QSplitter,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from ui.common.menu_button import MenuToolButton
from ui.indicators.chart_table import ChartTable

translate = QCoreApplication.translate


class IndicatorsLayout:
    """Builds the widgets on `view`; the view connects them (no signal is connected here)."""

    def __init__(self, view: QWidget, proxy: QSortFilterProxyModel):
        self.filter = QLineEdit(placeholderText=translate("Indicators", "Filter series\u2026"), clearButtonEnabled=True)
        self.filter.setAccessibleName(translate("Indicators", "Filter indicator series"))
        self.list = QListView()
        self.list.setModel(proxy)
        # Whole names, wrapped: at a large font they would otherwise be cut (issue 15).
        self.list.setWordWrap(True)
        self.list.setTextElideMode(Qt.ElideNone)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.list.setResizeMode(QListView.Adjust)
        # A scroll bar appearing after the layout would narrow the rows and leave stale heights.
        self.list.setVerticalScrollBarPolicy(Qt.ScrollBarAlwaysOn)
        self.list.setAccessibleName(translate("Indicators", "Indicator series"))
        self.list.setEditTriggers(QListView.NoEditTriggers)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self.filter)
        left_layout.addWidget(self.list)

        self.title = QLabel()
        self.title.setTextFormat(Qt.PlainText)
        font = self.title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3 if font.pointSizeF() > 0 else 12)
        font.setBold(True)
        self.title.setFont(font)
        self.title.setWordWrap(True)
        self.subtitle = QLabel()
        self.subtitle.setTextFormat(Qt.PlainText)
        self.subtitle.setWordWrap(True)
        self.caution = QLabel()
        self.caution.setTextFormat(Qt.PlainText)
        self.caution.setWordWrap(True)

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self.title)
        controls = self._controls()
        # The comparison sits on the subtitle's line, the options and buttons on the next: one
        # row of everything does not fit 1024 pixels in Russian or Kazakh.
        subtitle_row = QHBoxLayout()
        subtitle_row.setContentsMargins(0, 0, 0, 0)
        subtitle_row.addWidget(self.subtitle, 1)
        subtitle_row.addWidget(self.compare_label)
        subtitle_row.addWidget(self.compare_box)
        right_layout.addLayout(subtitle_row)
        right_layout.addWidget(self.caution)
        right_layout.addLayout(controls)
        right_layout.addWidget(self._chart_and_info(), 1)

        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        left.setMinimumWidth(240)
        splitter.setSizes([270, 1010])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(view)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)

    def _controls(self) -> QHBoxLayout:
        self.compare_box = QComboBox()
        self.compare_box.setAccessibleName(translate("Indicators", "Compare with another series of the same unit"))
        self.compare_box.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self.compare_box.setMinimumContentsLength(24)
        self.events_box = QCheckBox(translate("Indicators", "Reform events"))
        self.events_box.setChecked(True)
        self.events_box.setToolTip(translate("Indicators", "Mark the reform packages, referendums and the 2026 "
                                                           "Constitution"))
        self.log_box = QCheckBox(translate("Indicators", "Log scale"))
        self.table_box = QCheckBox(translate("Indicators", "Table"))
        self.table_box.setToolTip(translate("Indicators", "Show the points of the chart as a table"))
        self.export_button = MenuToolButton()
        self.export_button.setText(translate("Indicators", "Export"))
        self.export_button.setPopupMode(QToolButton.InstantPopup)
        menu = QMenu(self.export_button)
        self.png_action = menu.addAction(translate("Indicators", "Image (PNG)\u2026"))
        self.csv_action = menu.addAction(translate("Indicators", "Data (CSV)\u2026"))
        self.pdf_action = menu.addAction("PDF\u2026")
        self.export_button.setMenu(menu)
        self.print_button = QPushButton(translate("Indicators", "Print\u2026"))
        controls = QHBoxLayout()
        controls.setContentsMargins(0, 0, 0, 0)
        self.compare_label = QLabel(translate("Indicators", "Compare with:"))
        self.compare_label.setBuddy(self.compare_box)
        controls.addWidget(self.events_box)
        controls.addWidget(self.log_box)
        controls.addWidget(self.table_box)
        controls.addStretch(1)
        controls.addWidget(self.export_button)
        controls.addWidget(self.print_button)
        return controls

    def _chart_and_info(self) -> QSplitter:
        self.chart_area = QVBoxLayout()
        self.chart_area.setContentsMargins(0, 0, 0, 0)
        self.placeholder = QWidget()
        self.placeholder.setMinimumHeight(260)
        self.placeholder.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self.chart_area.addWidget(self.placeholder)
        chart_holder = QWidget()
        chart_holder.setLayout(self.chart_area)
        self.info = QTextBrowser()
        self.info.setOpenLinks(False)
        self.info.setOpenExternalLinks(False)
        self.info.setAccessibleName(translate("Indicators", "About this series: sources and entries citing it"))
        self.table = ChartTable()
        self.table.setVisible(False)
        self.vertical = QSplitter(Qt.Vertical)
        self.vertical.addWidget(chart_holder)
        self.vertical.addWidget(self.table)
        self.vertical.addWidget(self.info)
        self.vertical.setStretchFactor(0, 5)
        self.vertical.setStretchFactor(1, 2)
        self.vertical.setChildrenCollapsible(False)
        return self.vertical

    def replace_placeholder(self, chart: QWidget) -> None:
        self.chart_area.replaceWidget(self.placeholder, chart)
        self.placeholder.deleteLater()

    def show_unavailable(self, reason: str) -> None:
        self.title.setText(translate("Indicators", "No indicator series"))
        self.subtitle.setText(reason)
        for widget in (self.compare_box, self.events_box, self.log_box, self.export_button, self.print_button,
                       self.filter):
            widget.setEnabled(False)
