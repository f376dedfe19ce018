"""Institution power-balance view: who holds which power over whom, on any date, and what changed.

A date slider with era presets drives a graph (institutions grouped by branch, powers as arrows)
and a table of the same relations. Compare mode colours what was gained, lost, changed or left
unclear by the sources between two dates. Clicking an arrow asks the window to open the reform
entry that changed it (`entryRequested`); clicking an institution lists its powers then and now.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QEvent, Qt, QUrl, Signal
from PySide6.QtGui import QPagedPaintDevice
from PySide6.QtWidgets import (
    QAbstractItemView,
    QBoxLayout,
    QCheckBox,
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSizePolicy,
    QSlider,
    QSplitter,
    QTabWidget,
    QTextBrowser,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from db.atlas import Atlas
from db.errors import AtlasError
from models.power_balance import EARLIEST_DATE, PowerBalance, PowerDiff, chronological, era_presets, today
from ui.common.plain_text import tooltip
from ui.powers.power_graph_a11y import announce, graph_description
from ui.powers.power_graph_scene import PowerGraphScene
from ui.powers.power_graph_style import STATUS_COLORS, GraphColors
from ui.powers.power_graph_tools import GraphTools
from ui.powers.power_html import PowerPanelHtml
from ui.powers.power_table_model import PowerFilterProxy, PowerTableModel, rows_for_diff, rows_for_state
from ui.powers.power_text import day, era_description, era_label
from ui.powers.power_widgets import PowerGraphView, PowerTableView, YearScale, date_at, day_index, iso, qdate


class PowerBalanceView(QWidget):
    entryRequested = Signal(str)

    def __init__(self, atlas: Atlas, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("powerBalanceView")
        self.atlas = atlas
        self.balance: PowerBalance = atlas.power_balance()
        self._today = today()
        self._end = max(self._today, "2026-12-31")
        self._date = self._today
        self._from_date = "2021-12-31"
        self._compare = False
        self._selected: str | None = None
        self._selected_power: str | None = None
        self.diff: PowerDiff | None = None

        # Laid out once the graph view has its width (PowerGraphView.relayout).
        self.scene = PowerGraphScene(self.balance, GraphColors.from_palette(self.palette()), self, self.font(),
                                     sized_by_view=True)
        self.scene.edgeClicked.connect(self._edge_clicked)
        self.scene.nodeClicked.connect(self._node_clicked)
        self.panel_html = PowerPanelHtml(self.balance, self._status_color)
        self._build_ui()
        self._refresh()

    # -- construction ------------------------------------------------------------------------------
    def _build_ui(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 6, 8, 6)
        outer.setSpacing(4)

        date_row = QHBoxLayout()
        date_label = QLabel(self.tr("&Date:"))
        self.date_slider = QSlider(Qt.Horizontal)
        self.date_slider.setAccessibleName(self.tr("Date"))
        self.date_slider.setAccessibleDescription(self.tr("Moves the date the powers are shown for, one day per step"))
        self.date_slider.setRange(0, day_index(self._end))
        self.date_slider.setPageStep(365)
        self.date_slider.setTickPosition(QSlider.TicksBelow)
        self.date_slider.setTickInterval(365)
        self.date_slider.valueChanged.connect(self._slider_moved)
        date_label.setBuddy(self.date_slider)
        self.date_edit = QDateEdit()
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDateRange(qdate(EARLIEST_DATE), qdate(self._end))
        self.date_edit.setAccessibleName(self.tr("Date shown"))
        self.date_edit.dateChanged.connect(lambda d: self.set_date(iso(d)))
        date_row.addWidget(date_label)
        slider_box = QVBoxLayout()
        slider_box.setSpacing(0)
        slider_box.addWidget(self.date_slider)
        self.year_scale = YearScale(self.date_slider, 2019, int(self._end[:4]))
        slider_box.addWidget(self.year_scale)
        date_row.addLayout(slider_box, 1)
        date_row.addWidget(self.date_edit)
        outer.addLayout(date_row)

        preset_row = QHBoxLayout()
        preset_row.setSpacing(4)
        preset_row.addWidget(QLabel(self.tr("Eras:")))
        tools_row = QHBoxLayout()
        tools_row.setSpacing(4)
        self.era_buttons: dict[str, QToolButton] = {}
        for era in era_presets(self._today):
            button = QToolButton()
            button.setText(era_label(era))
            button.setToolTip(tooltip(f"{day(era.date)}: {era_description(era)}"))
            button.setAccessibleName(self.tr("Era: {label}").format(label=era_label(era)))
            button.setAutoRaise(False)
            button.clicked.connect(lambda _=False, d=era.date: self.set_date(d))
            preset_row.addWidget(button)
            self.era_buttons[era.key] = button
        preset_row.addStretch(1)
        self.compare_box = QCheckBox(self.tr("Show &changes"))
        self.compare_box.setAccessibleName(self.tr("Show changes between two dates"))
        self.compare_box.setToolTip(self.tr("Colour the powers gained, lost or changed between the two dates, "
                                            "read from the earlier to the later"))
        self.compare_box.toggled.connect(self._compare_toggled)
        self.compare_label = compare_label = QLabel(self.tr("Compare &with:"))
        self.from_edit = QDateEdit()
        compare_label.setBuddy(self.from_edit)
        self.from_edit.setDisplayFormat("yyyy-MM-dd")
        self.from_edit.setCalendarPopup(True)
        self.from_edit.setDateRange(qdate(EARLIEST_DATE), qdate(self._end))
        self.from_edit.setDate(qdate(self._from_date))
        self.from_edit.setAccessibleName(self.tr("Compare with"))
        self.from_edit.setAccessibleDescription(self.tr("The other date of the comparison, earlier or later"))
        self.from_edit.dateChanged.connect(self._from_changed)
        tools_row.addWidget(self.compare_box)
        tools_row.addWidget(compare_label)
        tools_row.addWidget(self.from_edit)
        tools_row.addStretch(1)
        self.graph_tools = GraphTools(self.scene)
        self.labels_box = self.graph_tools.labels_box
        tools_row.addWidget(self.graph_tools)
        self.png_button = QPushButton(self.tr("Export &PNG\u2026"))
        self.png_button.setAccessibleName(self.tr("Export the graph as a PNG image"))
        self.png_button.clicked.connect(self._export_png_dialog)
        self.print_button = QPushButton(self.tr("P&rint\u2026"))
        self.print_button.setAccessibleName(self.tr("Print the graph and the table of relations"))
        self.print_button.clicked.connect(self.print_preview)
        tools_row.addWidget(self.png_button)
        tools_row.addWidget(self.print_button)
        # One row when there is room, two when the reading pane takes half the window.
        controls_box = QWidget()
        # Ignored: the one-row width must not become the view's minimum, or it could never turn narrow.
        controls_box.setSizePolicy(QSizePolicy.Ignored, QSizePolicy.Preferred)
        self.controls = QBoxLayout(QBoxLayout.LeftToRight, controls_box)
        self.controls.setContentsMargins(0, 0, 0, 0)
        self.controls.setSpacing(12)
        self.controls.addLayout(preset_row)
        self.controls.addLayout(tools_row)
        self._control_rows = (preset_row, tools_row)
        outer.addWidget(controls_box)

        self.splitter = QSplitter(Qt.Horizontal)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName(self.tr("Graph or table"))
        self.tabs.tabBar().setAccessibleName(self.tr("Graph or table"))
        self.graph_view = PowerGraphView(self.scene)
        self.graph_view.setAccessibleName(self.tr("Power-balance graph"))
        self.graph_view.bodyActivated.connect(self.select_institution)
        self.graph_view.bodyToggled.connect(self._toggle_focus)
        self.graph_view.escaped.connect(self._escape_graph)
        self.graph_tools.connect_view(self.graph_view)
        self.scene.changed_view.connect(lambda: announce(self.graph_view, graph_description(self.scene)))
        self.tabs.addTab(self.graph_view, self.tr("&Graph"))

        table_page = QWidget()
        table_layout = QVBoxLayout(table_page)
        table_layout.setContentsMargins(0, 4, 0, 0)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText(self.tr("Filter relations (any column)\u2026"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName(self.tr("Filter relations"))
        self.table_model = PowerTableModel(self.balance.institutions, self)
        self.proxy = PowerFilterProxy(self)
        self.proxy.setSourceModel(self.table_model)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.table_view = PowerTableView()
        self.table_view.setModel(self.proxy)
        self.table_view.setAccessibleName(self.tr("Power relations table"))
        self.table_view.setSortingEnabled(True)
        self.table_view.sortByColumn(1, Qt.AscendingOrder)
        self.table_view.setSelectionBehavior(QAbstractItemView.SelectRows)
        self.table_view.setSelectionMode(QAbstractItemView.ExtendedSelection)
        self.table_view.setWordWrap(False)
        self.table_view.setAlternatingRowColors(True)
        self.table_view.verticalHeader().setVisible(False)
        header = self.table_view.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.Interactive)
        header.setStretchLastSection(True)
        self.table_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table_view.rowActivated.connect(self._table_activated)
        # The window's text zoom sets the table's font: the graph follows it.
        self.table_view.fontChanged.connect(lambda: self.scene.set_font(self.table_view.font()))
        self.table_view.selectionModel().currentRowChanged.connect(self._table_current_changed)
        table_layout.addWidget(self.filter_edit)
        table_layout.addWidget(self.table_view)
        self.tabs.addTab(table_page, self.tr("&Table"))

        self.side_panel = QTextBrowser()
        self.side_panel.setAccessibleName(self.tr("Details of the selected institution or relation"))
        self.side_panel.setOpenLinks(False)
        self.side_panel.anchorClicked.connect(self._link_clicked)
        self.side_panel.setMinimumWidth(220)
        self.side_panel.setMinimumHeight(160)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.side_panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([950, 300])
        self.splitter.setChildrenCollapsible(False)
        outer.addWidget(self.splitter, 1)

        self._sync_date_widgets()

    NARROW = 1000  # below this width the controls take two rows and the details go under the graph

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        # Russian and Kazakh labels are longer: go to two rows as soon as one would squeeze the buttons.
        # The details stay beside the graph down to NARROW, whatever the language.
        one_row = sum(row.sizeHint().width() for row in self._control_rows) + self.controls.spacing() + 16
        narrow = self.width() < self.NARROW
        direction = QBoxLayout.TopToBottom if narrow or self.width() < one_row else QBoxLayout.LeftToRight
        if self.controls.direction() != direction:
            self.controls.setDirection(direction)
        orientation = Qt.Vertical if narrow else Qt.Horizontal
        if self.splitter.orientation() != orientation:
            self.splitter.setOrientation(orientation)
            total = self.splitter.height() if narrow else self.splitter.width()
            self.splitter.setSizes([int(total * 0.68), int(total * 0.32)] if narrow
                                   else [int(total * 0.76), int(total * 0.24)])

    # -- public API --------------------------------------------------------------------------------
    def view_state(self) -> dict:
        """What a rebuild (language switch) keeps: date, comparison, labels, tab, selection."""
        return {"date": self._date, "compare": self._from_date if self._compare else None,
                "labels": self.labels_box.isChecked(), "tab": self.tabs.currentIndex(),
                "selected": self._selected, "power": self._selected_power,
                "hidden": sorted(self.scene.hidden_groups)}

    def restore_view_state(self, state: dict) -> None:
        self.labels_box.setChecked(state.get("labels", False))
        self.graph_tools.set_hidden_groups(set(state.get("hidden", ())))
        self.tabs.setCurrentIndex(state.get("tab", 0))
        self.set_date(state.get("date", self._date))
        self.set_compare(state.get("compare"))
        if state.get("selected"):
            self.select_institution(state["selected"])
        if state.get("power") and state["power"] in {p.id for p in self.balance.powers}:
            self._selected_power = state["power"]
            self._update_side_panel()

    def date(self) -> str:
        return self._date

    def set_date(self, date: str) -> None:
        date = min(max(date, EARLIEST_DATE), self._end)
        if date == self._date:
            self._sync_date_widgets()
            return
        self._date = date
        self._sync_date_widgets()
        self._refresh()

    def set_compare(self, from_date: str | None) -> None:
        """Compare mode on (from `from_date` to the slider's date) or off (None)."""
        if from_date:
            self._from_date = from_date
            self.from_edit.blockSignals(True)
            self.from_edit.setDate(qdate(from_date))
            self.from_edit.blockSignals(False)
        self.compare_box.blockSignals(True)
        self.compare_box.setChecked(bool(from_date))
        self.compare_box.blockSignals(False)
        self._compare = bool(from_date)
        self._refresh()

    def select_institution(self, institution_id: str | None) -> None:
        if institution_id is not None and institution_id not in self.balance.institutions:
            return
        self._selected = institution_id
        self._selected_power = None
        self.scene.select_institution(institution_id)
        self._update_side_panel()

    def drawn_power_ids(self) -> set[str]:
        self.scene.lay_out_now()
        return {edge.power.id for edge in self.scene.edges}

    def export_png(self, path: str | Path, scale: float = 2.0) -> bool:
        """True once written; a failure raises SaveError (one line, the old file kept)."""
        self.scene.lay_out_now()
        from ui.powers import power_print  # the paper module only when printing or exporting
        return power_print.write_png(self.scene, path, scale)

    def render_to_pdf(self, path: str | Path) -> int:
        """Write the graph (always on light paper) and the table of relations to a PDF; returns pages."""
        from ui.powers import power_print
        return power_print.write_pdf(path, self.balance, self._date, self.diff, self.table_model.rows(),
                                     True, self.atlas.data_version)  # paper cannot hover: every label with room

    def print_preview(self) -> None:
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog  # printing support only when asked
        printer = QPrinter(QPrinter.HighResolution)
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print power balance"))
        dialog.paintRequested.connect(self.paint_pages)
        dialog.exec()

    # -- reacting ----------------------------------------------------------------------------------
    def _slider_moved(self, value: int) -> None:
        self.set_date(date_at(value))

    def _sync_date_widgets(self) -> None:
        for widget, value in ((self.date_slider, day_index(self._date)), (self.date_edit, qdate(self._date))):
            widget.blockSignals(True)
            if isinstance(widget, QSlider):
                widget.setValue(value)
            else:
                widget.setDate(value)
            widget.blockSignals(False)
        current = {era.key for era in era_presets(self._today) if era.date == self._date}
        for key, button in self.era_buttons.items():
            font = button.font()
            font.setBold(key in current)
            button.setFont(font)

    def _compare_toggled(self, on: bool) -> None:
        self._compare = on
        self._refresh()

    def _from_changed(self, date: QDate) -> None:
        """Choosing the other date means comparing: compare mode turns on."""
        self._from_date = iso(date)
        if not self._compare:
            self.compare_box.setChecked(True)  # refreshes through _compare_toggled
        else:
            self._refresh()

    def _node_clicked(self, institution_id: str) -> None:
        self.scene.set_current(institution_id)
        self.select_institution(institution_id)

    def _toggle_focus(self, institution_id: str) -> None:
        self.select_institution(None if self._selected == institution_id else institution_id)

    def _escape_graph(self) -> None:
        if self._selected or self._selected_power:
            self.select_institution(None)
        else:
            self.scene.set_current(None)

    def _refresh(self) -> None:
        # Always earlier -> later, whichever of the two dates the reader set first: gains are gains.
        self.diff = self.balance.diff(*chronological(self._from_date, self._date)) if self._compare else None
        self.scene.show_state(self._date, self.diff)  # arrows with their tooltips
        if self.diff is None:
            rows = rows_for_state(self.balance.state(self._date).powers, self._date)
        else:
            rows = rows_for_diff(self.diff, self.balance.state(self.diff.to_date).powers)
        self.table_model.set_rows(rows)
        self.table_view.size_columns()
        self.table_view.setColumnHidden(0, self.diff is None)
        self._update_side_panel()

    def _edge_clicked(self, power_id: str) -> None:
        self._selected_power = power_id
        self._update_side_panel()
        power = self.balance.power(power_id)
        if power.entry:
            self.entryRequested.emit(power.entry.id)

    def _table_activated(self, index) -> None:
        power_id = index.siblingAtColumn(0).data(Qt.UserRole + 1)
        if power_id:
            self._edge_clicked(power_id)

    def _table_current_changed(self, current, _previous) -> None:
        power_id = current.siblingAtColumn(0).data(Qt.UserRole + 1) if current.isValid() else None
        if power_id:
            self._selected_power = power_id
            self._update_side_panel()

    def _link_clicked(self, url: QUrl) -> None:
        kind, _, value = url.toString().partition(":")
        if kind == "entry" and value:
            self.entryRequested.emit(value)
        elif kind == "inst":
            self.select_institution(value or None)
        elif kind == "power" and value:
            self._selected_power = value
            self._update_side_panel()

    def changeEvent(self, event) -> None:
        if event.type() in (QEvent.PaletteChange, QEvent.StyleChange) and hasattr(self, "scene"):
            self.scene.set_colors(GraphColors.from_palette(self.palette()))
            self._update_side_panel()
        super().changeEvent(event)

    # -- the side panel ----------------------------------------------------------------------------
    def _update_side_panel(self) -> None:
        if self._selected_power:
            body = self.panel_html.power(self.balance.power(self._selected_power), self.diff)
        elif self._selected:
            then = self.diff.from_date if self.diff else self._date
            now = self.diff.to_date if self.diff else self._today
            body = self.panel_html.institution(self._selected, then, now, self.diff)
        else:
            body = self.panel_html.overview(self._date, self._today, self.diff)
        self.side_panel.setHtml(body)

    def _status_color(self, key: str) -> str:
        return self.scene.colors.pick(STATUS_COLORS[key]).name()

    # -- export and print --------------------------------------------------------------------------
    def _export_png_dialog(self) -> None:
        name = f"power-balance-{self._date}.png"
        path, _ = QFileDialog.getSaveFileName(self, self.tr("Export PNG"), str(Path.home() / name),
                                              self.tr("PNG image (*.png)"))
        if not path:
            return
        try:
            self.export_png(path)
        except AtlasError as exc:  # one line from safe_save: why, and that the old file was kept
            QMessageBox.warning(self, self.tr("Export PNG"), str(exc))

    def paint_pages(self, device: QPagedPaintDevice) -> int:
        """The graph (light paper) and the table of relations onto a printer or PDF writer; returns pages."""
        from ui.powers import power_print
        return power_print.paint_pages(device, self.balance, self._date, self.diff, self.table_model.rows(),
                                       True, self.atlas.data_version)
