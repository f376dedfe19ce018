"""Institution power-balance view: who holds which power over whom, on any date, and what changed.

A date slider with era presets drives a graph (institutions grouped by branch, powers as arrows)
and a table of the same relations. Compare mode colours what was gained, lost, changed or left
unclear by the sources between two dates. Clicking an arrow asks the window to open the reform
entry that changed it (`entryRequested`); clicking an institution lists its powers then and now.
"""

from __future__ import annotations

import datetime as dt
import errno
import html
from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QMarginsF, QRectF, QSizeF, Qt, QUrl, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout, QAction, QColor, QFont, QFontDatabase, QGuiApplication, QImage, QKeySequence, QPageLayout, QPageSize,
    QPagedPaintDevice, QPainter, QPalette, QPdfWriter, QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView, QBoxLayout, QCheckBox, QDateEdit, QFileDialog, QGraphicsView, QHBoxLayout, QHeaderView, QLabel,
    QLineEdit, QMessageBox, QPushButton, QSizePolicy, QSlider, QSplitter, QTableView, QTabWidget, QTextBrowser,
    QToolButton, QVBoxLayout, QWidget,
)

from db.atlas import Atlas
from db.errors import AtlasError
from db.safe_save import require_complete_pdf, safe_save
from db.power_queries import load_power_balance
from models.power_balance import (
    BRANCH_LABELS, EARLIEST_DATE, Power, PowerBalance, PowerDiff, era_presets, today,
)
from ui.power_graph_scene import STATUS_COLORS, GraphColors, PowerGraphScene, power_tooltip
from ui.power_table_model import STATUS_TEXT, PowerFilterProxy, PowerTableModel, rows_for_diff, rows_for_state
from ui.plain_text import tooltip

_PRINT_FAMILIES = ("DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial", "Helvetica")


def _paper_palette() -> QPalette:
    palette = QPalette()
    for role, color in ((QPalette.Text, "#000000"), (QPalette.WindowText, "#000000"), (QPalette.Base, "#ffffff"),
                        (QPalette.Window, "#ffffff"), (QPalette.Link, "#000000")):
        palette.setColor(role, QColor(color))
    return palette


def _qdate(date: str) -> QDate:
    return QDate.fromString(date, "yyyy-MM-dd")


def _iso(date: QDate) -> str:
    return date.toString("yyyy-MM-dd")


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
        self.setAccessibleName("Years on the date slider")

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
        copy = QAction("Copy rows", self)
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


class PowerBalanceView(QWidget):
    entryRequested = Signal(str)

    def __init__(self, atlas: Atlas, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("powerBalanceView")
        self.atlas = atlas
        self.balance: PowerBalance = load_power_balance(atlas.conn)
        self._today = today()
        self._end = max(self._today, "2026-12-31")
        self._date = self._today
        self._from_date = "2021-12-31"
        self._compare = False
        self._selected: str | None = None
        self._selected_power: str | None = None
        self.diff: PowerDiff | None = None

        self.scene = PowerGraphScene(self.balance, GraphColors.from_palette(self.palette()), self)
        self.scene.edgeClicked.connect(self._edge_clicked)
        self.scene.nodeClicked.connect(self.select_institution)
        self._build_ui()
        self._refresh()

    # -- construction ------------------------------------------------------------------------------
    def _build_ui(self) -> None:
        outer = QVBoxLayout(self)
        outer.setContentsMargins(8, 6, 8, 6)
        outer.setSpacing(4)

        date_row = QHBoxLayout()
        date_label = QLabel("&Date:")
        self.date_slider = QSlider(Qt.Horizontal)
        self.date_slider.setAccessibleName("Date")
        self.date_slider.setAccessibleDescription("Moves the date the powers are shown for, one day per step")
        self.date_slider.setRange(0, self._day_index(self._end))
        self.date_slider.setPageStep(365)
        self.date_slider.setTickPosition(QSlider.TicksBelow)
        self.date_slider.setTickInterval(365)
        self.date_slider.valueChanged.connect(self._slider_moved)
        date_label.setBuddy(self.date_slider)
        self.date_edit = QDateEdit()
        self.date_edit.setDisplayFormat("yyyy-MM-dd")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDateRange(_qdate(EARLIEST_DATE), _qdate(self._end))
        self.date_edit.setAccessibleName("Date shown")
        self.date_edit.dateChanged.connect(lambda d: self.set_date(_iso(d)))
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
        preset_row.addWidget(QLabel("Eras:"))
        tools_row = QHBoxLayout()
        tools_row.setSpacing(4)
        self.era_buttons: dict[str, QToolButton] = {}
        for era in era_presets(self._today):
            button = QToolButton()
            button.setText(era.label)
            button.setToolTip(tooltip(f"{era.date}: {era.description}"))
            button.setAccessibleName(f"Era: {era.label}")
            button.setAutoRaise(False)
            button.clicked.connect(lambda _=False, d=era.date: self.set_date(d))
            preset_row.addWidget(button)
            self.era_buttons[era.key] = button
        preset_row.addStretch(1)
        self.compare_box = QCheckBox("&Compare with")
        self.compare_box.setAccessibleName("Compare with an earlier date")
        self.compare_box.setToolTip("Colour the powers gained, lost or changed since the date on the right")
        self.compare_box.toggled.connect(self._compare_toggled)
        self.from_edit = QDateEdit()
        self.from_edit.setDisplayFormat("yyyy-MM-dd")
        self.from_edit.setCalendarPopup(True)
        self.from_edit.setDateRange(_qdate(EARLIEST_DATE), _qdate(self._end))
        self.from_edit.setDate(_qdate(self._from_date))
        self.from_edit.setAccessibleName("Compare from date")
        self.from_edit.dateChanged.connect(self._from_changed)
        tools_row.addWidget(self.compare_box)
        tools_row.addWidget(self.from_edit)
        tools_row.addStretch(1)
        self.labels_box = QCheckBox("&Labels")
        self.labels_box.setChecked(True)
        self.labels_box.setAccessibleName("Show relation labels on arrows")
        self.labels_box.toggled.connect(self.scene.set_show_labels)
        tools_row.addWidget(self.labels_box)
        self.png_button = QPushButton("Export &PNG\u2026")
        self.png_button.setAccessibleName("Export the graph as a PNG image")
        self.png_button.clicked.connect(self._export_png_dialog)
        self.print_button = QPushButton("P&rint\u2026")
        self.print_button.setAccessibleName("Print the graph and the table of relations")
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
        outer.addWidget(controls_box)

        self.splitter = QSplitter(Qt.Horizontal)
        self.tabs = QTabWidget()
        self.tabs.setAccessibleName("Graph or table")
        self.graph_view = PowerGraphView(self.scene)
        self.graph_view.setAccessibleName("Power-balance graph")
        self.graph_view.setAccessibleDescription(
            "Institutions grouped by branch; arrows go from the body holding a power to the body it is held over")
        self.tabs.addTab(self.graph_view, "&Graph")

        table_page = QWidget()
        table_layout = QVBoxLayout(table_page)
        table_layout.setContentsMargins(0, 4, 0, 0)
        self.filter_edit = QLineEdit()
        self.filter_edit.setPlaceholderText("Filter relations (any column)\u2026")
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.setAccessibleName("Filter relations")
        self.table_model = PowerTableModel(self.balance.institutions, self)
        self.proxy = PowerFilterProxy(self)
        self.proxy.setSourceModel(self.table_model)
        self.filter_edit.textChanged.connect(self.proxy.setFilterFixedString)
        self.table_view = PowerTableView()
        self.table_view.setModel(self.proxy)
        self.table_view.setAccessibleName("Power relations table")
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
        for column, width in enumerate((80, 200, 150, 200, 380, 90, 110, 240, 320, 40, 320)):
            self.table_view.setColumnWidth(column, width)
        self.table_view.verticalHeader().setDefaultSectionSize(self.fontMetrics().height() + 8)
        self.table_view.doubleClicked.connect(self._table_activated)
        self.table_view.selectionModel().currentRowChanged.connect(self._table_current_changed)
        table_layout.addWidget(self.filter_edit)
        table_layout.addWidget(self.table_view)
        self.tabs.addTab(table_page, "&Table")

        self.side_panel = QTextBrowser()
        self.side_panel.setAccessibleName("Details of the selected institution or relation")
        self.side_panel.setOpenLinks(False)
        self.side_panel.anchorClicked.connect(self._link_clicked)
        self.side_panel.setMinimumWidth(220)
        self.side_panel.setMinimumHeight(160)
        self.splitter.addWidget(self.tabs)
        self.splitter.addWidget(self.side_panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setSizes([900, 330])
        self.splitter.setChildrenCollapsible(False)
        outer.addWidget(self.splitter, 1)

        self._sync_date_widgets()

    NARROW = 1000  # below this width the controls take two rows and the details go under the graph

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        narrow = self.width() < self.NARROW
        direction = QBoxLayout.TopToBottom if narrow else QBoxLayout.LeftToRight
        if self.controls.direction() != direction:
            self.controls.setDirection(direction)
        orientation = Qt.Vertical if narrow else Qt.Horizontal
        if self.splitter.orientation() != orientation:
            self.splitter.setOrientation(orientation)
            total = self.splitter.height() if narrow else self.splitter.width()
            self.splitter.setSizes([int(total * 0.68), int(total * 0.32)] if narrow
                                   else [int(total * 0.73), int(total * 0.27)])

    # -- public API --------------------------------------------------------------------------------
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
            self.from_edit.setDate(_qdate(from_date))
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
        return {edge.power.id for edge in self.scene.edges}

    def export_png(self, path: str | Path, scale: float = 2.0) -> bool:
        rect = self.scene.sceneRect()
        image = QImage(int(rect.width() * scale), int(rect.height() * scale), QImage.Format_ARGB32)
        image.fill(self.scene.colors.background)
        painter = QPainter(image)
        painter.setRenderHints(QPainter.Antialiasing | QPainter.TextAntialiasing)
        self.scene.render(painter, QRectF(0, 0, image.width(), image.height()), rect)
        painter.end()
        with safe_save(path) as tmp:
            if not image.save(str(tmp), "PNG"):
                raise OSError(errno.EIO, "the image could not be encoded")
        return True

    def render_to_pdf(self, path: str | Path) -> int:
        """Write the graph (always on light paper) and the table of relations to a PDF; returns pages."""
        with safe_save(path) as tmp:
            writer = QPdfWriter(str(tmp))
            writer.setTitle(self._title())
            writer.setCreator("Kazakhstan Reform Atlas")
            writer.setResolution(300)
            pages = self._paint(writer)
            del writer  # closes the file
            if not pages:
                raise OSError(errno.EIO, "the PDF could not be started")
            require_complete_pdf(tmp)
        return pages

    def print_preview(self) -> None:
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog  # printing support only when asked
        printer = QPrinter(QPrinter.HighResolution)
        dialog = QPrintPreviewDialog(printer, self)
        dialog.setWindowTitle("Print power balance")
        dialog.paintRequested.connect(self._paint)
        dialog.exec()

    # -- reacting ----------------------------------------------------------------------------------
    def _day_index(self, date: str) -> int:
        return (dt.date.fromisoformat(date) - dt.date.fromisoformat(EARLIEST_DATE)).days

    def _date_at(self, index: int) -> str:
        return (dt.date.fromisoformat(EARLIEST_DATE) + dt.timedelta(days=index)).isoformat()

    def _slider_moved(self, value: int) -> None:
        self.set_date(self._date_at(value))

    def _sync_date_widgets(self) -> None:
        for widget, value in ((self.date_slider, self._day_index(self._date)), (self.date_edit, _qdate(self._date))):
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
        self._from_date = _iso(date)
        if self._compare:
            self._refresh()

    def _refresh(self) -> None:
        self.diff = self.balance.diff(self._from_date, self._date) if self._compare else None
        self.scene.show_state(self._date, self.diff)
        for edge in self.scene.edges:
            was = None
            if self.diff is not None:
                was = next((c.before for c in self.diff.changed if c.after.id == edge.power.id), None)
            edge.setToolTip(power_tooltip(edge.power, self.balance.institutions, self._date,
                                          edge.status or "", was))
        if self.diff is None:
            rows = rows_for_state(self.balance.state(self._date).powers, self._date)
        else:
            rows = rows_for_diff(self.diff, self.balance.state(self._date).powers)
        self.table_model.set_rows(rows)
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
            body = self._power_html(self.balance.power(self._selected_power))
        elif self._selected:
            body = self._institution_html(self._selected)
        else:
            body = self._overview_html()
        self.side_panel.setHtml(body)

    def _status_span(self, status: str) -> str:
        colors = self.scene.colors
        key = "changed" if status.startswith("changed") else status
        if key not in STATUS_COLORS:
            return ""
        return (f"<span style='color:{colors.pick(STATUS_COLORS[key]).name()}'><b>{html.escape(key)}</b></span> ")

    def _power_line(self, power: Power, date: str, with_holder: bool = True, with_target: bool = True) -> str:
        esc = html.escape
        names = self.balance.institutions
        who = ""
        if with_holder:
            who += f"<a href='inst:{esc(power.holder)}'>{esc(names[power.holder].short)}</a> "
        who += f"<b>{esc(power.relation_label)}</b>"
        if with_target:
            who += f" <a href='inst:{esc(power.target)}'>{esc(names[power.target].short)}</a>"
        parts = [f"{who}: {esc(power.detail)}"]
        meta = [esc(power.period())]
        if power.entry:
            meta.append(f"<a href='entry:{esc(power.entry.id)}'>{esc(power.entry.title)}</a>")
        meta.append("sources: " + ", ".join(f"<a href='power:{esc(power.id)}'>{esc(s.publisher)} {esc(s.date)}</a>"
                                           for s in power.sources))
        if power.disputed_by:
            meta.append("<b>disputed</b> by " + ", ".join(f"{esc(s.publisher)}" for s in power.disputed_by))
        if not power.confirmed_on(date):
            meta.append("<i>unconfirmed from " + esc(power.unconfirmed_from) + "</i>")
        if power.confidence != "H":
            meta.append(f"confidence {esc(power.confidence)}")
        separator = " \u00b7 "
        return f"<li>{parts[0]}<br><small>{separator.join(meta)}</small></li>"

    def _overview_html(self) -> str:
        esc = html.escape
        state = self.balance.state(self._date)
        era = next((e for e in era_presets(self._today) if e.date == self._date), None)
        out = [f"<h3>Powers on {esc(self._date)}</h3>"]
        if era:
            out.append(f"<p><b>{esc(era.label)}</b>: {esc(era.description)}</p>")
        out.append(f"<p>{len(state.powers)} recorded relations among {len(state.institutions)} bodies that exist "
                   "on this date.</p>")
        if self.diff is not None:
            out.append(self._diff_html(self.diff))
        out.append("<p><b>How to read it.</b> Each arrow goes from the body that holds a power to the body "
                   "it is held over. Hover over an arrow for its details and sources; click it to open "
                   "the reform that introduced or ended it. Click a body to list its powers then and now. "
                   "Dotted arrows rest on earlier rules that the newer sources do not mention.</p>")
        out.append("<p><small>Relations are recorded only as far as the sources state them. "
                   "Counts are not a measure of strength.</small></p>")
        return "".join(out)

    def _diff_html(self, diff: PowerDiff, scope: str = "") -> str:
        esc = html.escape
        out = [f"<h4>Changes {esc(diff.from_date)} \u2192 {esc(diff.to_date)}"
               + (f": {esc(scope)}" if scope else "") + "</h4>"]
        if diff.is_empty():
            out.append("<p>No change.</p>")
        for title, status, powers in (("Gained", "gained", diff.gained), ("Lost", "lost", diff.lost)):
            if powers:
                out.append(f"<p>{self._status_span(status)}({len(powers)})</p><ul>")
                out += [self._power_line(p, diff.to_date if status == "gained" else diff.from_date) for p in powers]
                out.append("</ul>")
        if diff.changed:
            out.append(f"<p>{self._status_span('changed')}({len(diff.changed)})</p><ul>")
            for change in diff.changed:
                line = self._power_line(change.after, diff.to_date)
                was = (f"<br><small>was: {esc(change.before.relation_label)} "
                       f"{esc(self.balance.institutions[change.before.target].short)} \u2014 "
                       f"{esc(change.before.detail)}</small></li>")
                out.append(line[:-5] + was)
            out.append("</ul>")
        if diff.unclear:
            out.append(f"<p>{self._status_span('unclear')}({len(diff.unclear)}) \u2014 the sources cannot tell</p><ul>")
            for item in diff.unclear:
                line = self._power_line(item.power, diff.to_date)
                out.append(line[:-5] + f"<br><small><i>{esc(item.reason)}</i></small></li>")
            out.append("</ul>")
        return "".join(out)

    def _institution_html(self, institution_id: str) -> str:
        esc = html.escape
        institution = self.balance.institution(institution_id)
        then = self._from_date if self._compare else self._date
        now = self._date if self._compare else self._today
        out = [f"<h3>{esc(institution.name)}</h3>",
               f"<p>{esc(BRANCH_LABELS.get(institution.branch, institution.branch))}"]
        if institution.valid_from or institution.valid_to:
            out.append(f" \u00b7 exists {esc(institution.valid_from or 'before 2019')} \u2013 "
                       f"{esc(institution.valid_to or 'today')}")
        out.append(" \u00b7 <a href='inst:'>back to overview</a></p>")
        if self.diff is not None:
            for heading, held in (("its powers over others", True), ("checks on it", False)):
                part = self.diff.touching(institution_id, as_holder=held, as_target=not held)
                out.append(self._diff_html(part, heading))
        dates = [then] if then == now else [then, now]
        for label, date in zip(("Then", "Now") if len(dates) == 2 else ("On",), dates):
            out.append(f"<h4>{esc(label)}: {esc(date)}</h4>")
            if not institution.exists_on(date):
                out.append("<p><i>Does not exist on this date.</i></p>")
                continue
            state = self.balance.state(date)
            held, checks = state.held_by(institution_id), state.checks_on(institution_id)
            out.append("<p><b>Holds</b></p>")
            out.append("<ul>" + "".join(self._power_line(p, date, with_holder=False) for p in held) + "</ul>"
                       if held else "<p><i>none recorded</i></p>")
            out.append("<p><b>Checked by</b></p>")
            out.append("<ul>" + "".join(self._power_line(p, date, with_target=False) for p in checks) + "</ul>"
                       if checks else "<p><i>none recorded</i></p>")
            tally = self.balance.tally(institution_id, date)
            out.append("<p><small>" + esc(" ".join(tally.explanation())) + "</small></p>")
        for succession in self.balance.predecessors(institution_id):
            before = (dt.date.fromisoformat(succession.date) - dt.timedelta(days=1)).isoformat()
            after = max(now, succession.date)
            comparison = self.balance.compare_holders(succession.predecessor, before, institution_id, after)
            name = self.balance.institutions[succession.predecessor].short
            out.append(f"<h4>Compared with the {esc(name)} (replaced {esc(succession.date)})</h4>")
            out.append(f"<p>On {esc(after)} the {esc(institution.short)} can do what the {esc(name)} could not "
                       f"on {esc(before)}:</p>")
            out.append("<ul>" + "".join(self._power_line(p, after, with_holder=False)
                                        for p in comparison.only_second) + "</ul>"
                       if comparison.only_second else "<p><i>nothing recorded</i></p>")
            if comparison.only_first:
                out.append(f"<p>The {esc(name)} could, and the {esc(institution.short)} cannot (as recorded):</p><ul>"
                           + "".join(self._power_line(p, before, with_holder=False) for p in comparison.only_first)
                           + "</ul>")
            if comparison.both:
                out.append("<p>Both: " + ", ".join(esc(b.relation_label) + " "
                                                    + esc(self.balance.institutions[b.target].short)
                                                    for _, b in comparison.both) + "</p>")
            unknown = [p for p in comparison.only_second if p.unknown_before]
            if unknown:
                out.append(f"<p><small>{len(unknown)} of these are described only under the 2026 Constitution; "
                           "the sources do not say whether another body held them before.</small></p>")
        return "".join(out)

    def _power_html(self, power: Power) -> str:
        esc = html.escape
        names = self.balance.institutions
        out = [f"<h3>{esc(names[power.holder].name)} {esc(power.relation_label)} {esc(names[power.target].name)}</h3>",
               f"<p>{esc(power.detail)}</p>"]
        if self.diff is not None:
            status = self.diff.status_of(power.id)
            if status:
                out.append(f"<p>{self._status_span(status)}between {esc(self.diff.from_date)} and "
                           f"{esc(self.diff.to_date)}</p>")
        out.append(f"<p><b>Valid:</b> {esc(power.period())}</p>")
        if power.introduced_by:
            out.append(f"<p><b>Introduced by:</b> <a href='entry:{esc(power.introduced_by.id)}'>"
                       f"{esc(power.introduced_by.title)}</a></p>")
        if power.ended_by:
            out.append(f"<p><b>Ended by:</b> <a href='entry:{esc(power.ended_by.id)}'>{esc(power.ended_by.title)}</a></p>")
        out.append("<p><b>Sources</b></p><ol>" + "".join(f"<li>{esc(s.citation())}</li>" for s in power.sources) + "</ol>")
        if power.disputed_by:
            out.append("<p><b>Disputed by</b></p><ol>"
                       + "".join(f"<li>{esc(s.citation())}</li>" for s in power.disputed_by) + "</ol>")
        out.append(f"<p><b>Confidence:</b> {esc(power.confidence)}</p>")
        if power.note:
            out.append(f"<p><b>Note:</b> {esc(power.note)}</p>")
        out.append(f"<p><a href='inst:{esc(power.holder)}'>{esc(names[power.holder].short)}</a> \u00b7 "
                   f"<a href='inst:{esc(power.target)}'>{esc(names[power.target].short)}</a> \u00b7 "
                   "<a href='inst:'>overview</a></p>")
        return "".join(out)

    # -- export and print --------------------------------------------------------------------------
    def _title(self) -> str:
        if self.diff is not None:
            return f"Power balance: changes {self.diff.from_date} \u2192 {self.diff.to_date}"
        return f"Power balance on {self._date}"

    def _export_png_dialog(self) -> None:
        name = f"power-balance-{self._date}.png"
        path, _ = QFileDialog.getSaveFileName(self, "Export PNG", str(Path.home() / name), "PNG image (*.png)")
        if not path:
            return
        try:
            self.export_png(path)
        except AtlasError as exc:
            QMessageBox.warning(self, "Export PNG", str(exc))

    def _paint(self, device: QPagedPaintDevice) -> int:
        device.setPageLayout(QPageLayout(QPageSize(QPageSize.A4), QPageLayout.Landscape,
                                         QMarginsF(12, 12, 12, 12), QPageLayout.Millimeter))
        resolution = device.resolution() if hasattr(device, "resolution") else device.logicalDpiX()
        area = device.pageLayout().paintRectPixels(resolution)
        width, height = float(area.width()), float(area.height())
        family = next((f for f in _PRINT_FAMILIES if f in set(QFontDatabase.families())), QFont().defaultFamily())

        paper = PowerGraphScene(self.balance, GraphColors.print_light())
        paper.show_labels = self.scene.show_labels
        paper.interactive_hint = False
        paper.show_state(self._date, self.diff)

        document = QTextDocument()
        document.setDefaultFont(QFont(family, 7))
        document.setDocumentMargin(0)
        document.setHtml(self._print_table_html())
        document.documentLayout().setPaintDevice(device)
        document.setPageSize(QSizeF(width, height))

        painter = QPainter()
        if not painter.begin(device):
            return 0
        try:
            painter.setRenderHints(QPainter.Antialiasing | QPainter.TextAntialiasing)
            title_font = QFont(family, 13)
            title_font.setBold(True)
            painter.setFont(title_font)
            painter.setPen(Qt.black)
            line = painter.fontMetrics().height()
            painter.drawText(QRectF(0, 0, width, line * 1.4), Qt.AlignLeft | Qt.AlignVCenter, self._title())
            painter.setFont(QFont(family, 8))
            small = painter.fontMetrics().height()
            painter.drawText(QRectF(0, line * 1.4, width, small * 1.5), Qt.AlignLeft | Qt.AlignVCenter,
                             f"Kazakhstan Reform Atlas \u00b7 data {self.atlas.data_version} \u00b7 "
                             "each relation with its sources on the following pages")
            top = line * 1.4 + small * 2
            paper.render(painter, QRectF(0, top, width, height - top), paper.sceneRect(), Qt.KeepAspectRatio)
            pages = 1 + document.pageCount()
            context = QAbstractTextDocumentLayout.PaintContext()
            context.palette = _paper_palette()  # paper is light whatever the screen theme
            for page in range(document.pageCount()):
                device.newPage()
                painter.save()
                painter.translate(0, -page * height)
                context.clip = QRectF(0, page * height, width, height)
                painter.setClipRect(context.clip)
                document.documentLayout().draw(painter, context)
                painter.restore()
        finally:
            painter.end()
        return pages

    def _print_table_html(self) -> str:
        esc = html.escape
        rows = [self.table_model.row_at(r) for r in range(self.table_model.rowCount())]
        columns: tuple[tuple[str, int], ...] = (("Change", 6),) if self.diff is not None else ()
        columns += (("Holder", 11), ("Relation", 9), ("Target", 11), ("Detail", 20), ("Valid", 9),
                    ("Reform entry", 10), ("Sources", 24))
        header = "".join(f"<th align='left' width='{w}%'>{esc(c)}</th>" for c, w in columns)
        body = []
        for row in rows:
            power = row.power
            cells = [esc(STATUS_TEXT.get(row.status, row.status))] if self.diff is not None else []
            cells += [esc(self.balance.institutions[power.holder].name), esc(power.relation_label),
                      esc(self.balance.institutions[power.target].name), esc(power.detail),
                      esc(power.period()), esc(power.entry.title if power.entry else ""),
                      esc("; ".join(s.citation() for s in power.sources))
                      + (" <i>Disputed by: " + esc("; ".join(s.citation() for s in power.disputed_by)) + "</i>"
                         if power.disputed_by else "")]
            body.append("<tr>" + "".join(f"<td valign='top'>{c}</td>" for c in cells) + "</tr>")
        return (f"<h3>{esc(self._title())}: {len(rows)} relations</h3>"
                "<table border='0.5' cellspacing='0' cellpadding='2' width='100%' style='border-color:#999'>"
                f"<thead><tr style='background:#eeeeee'>{header}</tr></thead>{''.join(body)}</table>")
