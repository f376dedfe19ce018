"""The indicators view: a searchable list of series, the chart, and what the series rests on.

pyqtgraph is heavy to import, so this module does not import it: the chart module
(ui.indicator_plot) is imported the first time the view is shown, or when an export needs it.
Until then the chart area is an empty placeholder.
"""

from __future__ import annotations

import html
import threading
from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, Qt, QUrl, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (QCheckBox, QComboBox, QFileDialog, QHBoxLayout, QLabel, QLineEdit, QListView,
                               QMenu, QMessageBox, QPushButton, QSizePolicy, QSplitter, QTextBrowser, QToolButton,
                               QVBoxLayout, QWidget)

from db import indicator_queries
from db.atlas import Atlas
from db.errors import AtlasError
from db.safe_save import require_complete_pdf, safe_save, write_text_safely
from models.entry import EntryRef, Source, format_date
from models.indicators import Indicator, points_csv
from ui.indicator_list_model import IdRole, IndicatorFilterProxy, IndicatorListModel



_warm_up_thread: threading.Thread | None = None


def warm_up() -> threading.Thread:
    """Import the chart module (pyqtgraph and numpy, about half a second) in a background thread,
    so that the view's first opening does not wait for it. The main window calls it when the pointer
    (or the menu highlight) reaches the Indicators action; calling again does nothing. Opening the view meanwhile simply waits for
    the import to finish (Python's import lock)."""
    global _warm_up_thread
    if _warm_up_thread is None:
        _warm_up_thread = threading.Thread(target=_import_chart_module, name="indicator-chart-import", daemon=True)
        _warm_up_thread.start()
    return _warm_up_thread


def _import_chart_module() -> None:
    import ui.indicator_plot  # noqa: F401 - the import is the work


def _dark(palette: QPalette) -> bool:
    return palette.color(QPalette.Base).lightness() < 128


class IndicatorsView(QWidget):
    """Pick a series on the left; the chart, its caution, sources and citing entries on the right."""

    entryRequested = Signal(str)
    indicatorChanged = Signal(str)

    def __init__(self, atlas: Atlas, parent: QWidget | None = None):
        super().__init__(parent)
        self._atlas = atlas
        self._series: list[Indicator] = []
        self._cache: dict[str, Indicator] = {}
        self._sources: dict[str, Source] = {}
        self._citing: list[EntryRef] = []
        self._current: Indicator | None = None
        self._compare: Indicator | None = None
        self._chart = None  # ui.indicator_plot.IndicatorChart, created on first show
        self._unavailable = ""
        try:
            self._series = indicator_queries.indicators(atlas.conn)
            self._events = indicator_queries.reform_events(atlas.conn)
        except AtlasError as exc:
            self._unavailable = str(exc)
            self._events = []
        categories = dict(atlas.categories())
        self._build(categories)
        if self._series:
            self.show_indicator(self._series[0].id)

    # -- layout ---------------------------------------------------------------------------------
    def _build(self, categories: dict[str, str]) -> None:
        self._filter = QLineEdit(placeholderText="Filter series\u2026", clearButtonEnabled=True)
        self._filter.setAccessibleName("Filter indicator series")
        self._model = IndicatorListModel(self._series, categories, self)
        self._proxy = IndicatorFilterProxy(self)
        self._proxy.setSourceModel(self._model)
        self._list = QListView()
        self._list.setModel(self._proxy)
        self._list.setUniformItemSizes(True)
        self._list.setSpacing(2)
        self._list.setTextElideMode(Qt.ElideRight)
        self._list.setWordWrap(False)
        self._list.setAccessibleName("Indicator series")
        self._list.setEditTriggers(QListView.NoEditTriggers)
        self._filter.textChanged.connect(self._filter_changed)
        self._filter.returnPressed.connect(self._select_first_visible)
        self._list.selectionModel().currentChanged.connect(self._current_row_changed)

        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.setContentsMargins(0, 0, 0, 0)
        left_layout.addWidget(self._filter)
        left_layout.addWidget(self._list)

        self._title = QLabel()
        self._title.setTextFormat(Qt.PlainText)
        font = self._title.font()
        font.setPointSizeF(font.pointSizeF() * 1.3 if font.pointSizeF() > 0 else 12)
        font.setBold(True)
        self._title.setFont(font)
        self._title.setWordWrap(True)
        self._subtitle = QLabel()
        self._subtitle.setTextFormat(Qt.PlainText)
        self._subtitle.setWordWrap(True)
        self._caution = QLabel()
        self._caution.setTextFormat(Qt.PlainText)
        self._caution.setWordWrap(True)

        self._compare_box = QComboBox()
        self._compare_box.setAccessibleName("Compare with another series of the same unit")
        self._compare_box.setSizeAdjustPolicy(QComboBox.AdjustToMinimumContentsLengthWithIcon)
        self._compare_box.setMinimumContentsLength(36)
        self._compare_box.currentIndexChanged.connect(self._compare_changed)
        self._events_box = QCheckBox("Reform events")
        self._events_box.setChecked(True)
        self._events_box.setToolTip("Mark the reform packages, referendums and the 2026 Constitution")
        self._events_box.toggled.connect(self._option_toggled)
        self._log_box = QCheckBox("Log scale")
        self._log_box.toggled.connect(self._option_toggled)
        export = QToolButton()
        export.setText("Export")
        export.setPopupMode(QToolButton.InstantPopup)
        menu = QMenu(export)
        menu.addAction("Image (PNG)\u2026", self._ask_png)
        menu.addAction("Data (CSV)\u2026", self._ask_csv)
        menu.addAction("PDF\u2026", self._ask_pdf)
        export.setMenu(menu)
        self._export_button = export
        print_button = QPushButton("Print\u2026")
        print_button.clicked.connect(self.print_chart)

        controls = QHBoxLayout()
        controls.setContentsMargins(0, 0, 0, 0)
        controls.addWidget(QLabel("Compare with:"))
        controls.addWidget(self._compare_box)
        controls.addSpacing(8)
        controls.addWidget(self._events_box)
        controls.addWidget(self._log_box)
        controls.addStretch(1)
        controls.addWidget(export)
        controls.addWidget(print_button)

        self._chart_area = QVBoxLayout()
        self._chart_area.setContentsMargins(0, 0, 0, 0)
        self._placeholder = QWidget()
        self._placeholder.setMinimumHeight(260)
        self._placeholder.setSizePolicy(QSizePolicy.Expanding, QSizePolicy.Expanding)
        self._chart_area.addWidget(self._placeholder)
        chart_holder = QWidget()
        chart_holder.setLayout(self._chart_area)

        self._info = QTextBrowser()
        self._info.setOpenLinks(False)
        self._info.setOpenExternalLinks(False)
        self._info.anchorClicked.connect(self._link_clicked)
        self._info.setAccessibleName("About this series: sources and entries citing it")

        right = QWidget()
        right_layout = QVBoxLayout(right)
        right_layout.setContentsMargins(0, 0, 0, 0)
        right_layout.addWidget(self._title)
        right_layout.addWidget(self._subtitle)
        right_layout.addWidget(self._caution)
        right_layout.addLayout(controls)
        vertical = QSplitter(Qt.Vertical)
        vertical.addWidget(chart_holder)
        vertical.addWidget(self._info)
        vertical.setStretchFactor(0, 5)
        vertical.setStretchFactor(1, 2)
        vertical.setChildrenCollapsible(False)
        right_layout.addWidget(vertical, 1)

        splitter = QSplitter(Qt.Horizontal)
        splitter.addWidget(left)
        splitter.addWidget(right)
        splitter.setStretchFactor(0, 0)
        splitter.setStretchFactor(1, 1)
        left.setMinimumWidth(240)
        splitter.setSizes([330, 950])
        splitter.setChildrenCollapsible(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(splitter)
        self._vertical = vertical
        self._apply_palette()
        if self._unavailable:
            self._title.setText("No indicator series")
            self._subtitle.setText(self._unavailable)
            for widget in (self._compare_box, self._events_box, self._log_box, export, print_button, self._filter):
                widget.setEnabled(False)

    def _apply_palette(self) -> None:
        dark = _dark(self.palette())
        muted = QColor("#a9a9a4") if dark else QColor("#5c5c58")
        warning = QColor("#f0b060") if dark else QColor("#8a3b00")
        for label, color in ((self._subtitle, muted), (self._caution, warning)):
            palette = label.palette()
            palette.setColor(QPalette.WindowText, color)
            label.setPalette(palette)

    def changeEvent(self, event) -> None:  # noqa: N802 - Qt API
        if event.type() == QEvent.PaletteChange:
            self._apply_palette()
            if self._current is not None:
                self._show_info()
        super().changeEvent(event)

    # -- the chart, created lazily ----------------------------------------------------------------
    def showEvent(self, event) -> None:  # noqa: N802 - Qt API
        super().showEvent(event)
        self._ensure_chart()

    def _ensure_chart(self):
        if self._chart is None and not self._unavailable:
            from ui.indicator_plot import IndicatorChart  # pyqtgraph and numpy load here, once
            self._chart = IndicatorChart(self)
            self._chart.setAccessibleName("Chart of the selected series")
            self._chart_area.replaceWidget(self._placeholder, self._chart)
            self._placeholder.deleteLater()
            self._redraw()
        return self._chart

    @property
    def chart(self):
        """The chart widget (created now if the view has not been shown yet)."""
        return self._ensure_chart()

    def _spec(self):
        from ui.indicator_plot import ChartSpec
        return ChartSpec(primary=self._current, compare=self._compare, events=list(self._events),
                         show_events=self._events_box.isChecked(),
                         log_scale=self._log_box.isChecked() and self._log_box.isEnabled(),
                         sources=self._sources)

    def _option_toggled(self, _on: bool) -> None:
        # A bound method, not a lambda: with PySide6 6.12 a lambda that holds the view makes
        # deleting the view abort ("shared QObject was deleted directly").
        self._redraw()

    def _redraw(self) -> None:
        if self._chart is not None and self._current is not None:
            self._chart.draw(self._spec())

    # -- selection ----------------------------------------------------------------------------------
    def indicator_ids(self) -> list[str]:
        return [s.id for s in self._series]

    def current_id(self) -> str:
        return self._current.id if self._current else ""

    @property
    def current(self) -> Indicator | None:
        return self._current

    @property
    def compare(self) -> Indicator | None:
        return self._compare

    def show_indicator(self, indicator_id: str) -> bool:
        """Select a series (as the entry page's 'see the numbers' link does). False if unknown."""
        row = self._model.row_of(indicator_id)
        if row < 0:
            return False
        source_index = self._model.index(row, 0)
        proxy_index = self._proxy.mapFromSource(source_index)
        if not proxy_index.isValid():  # hidden by the filter: clear it so the selection is visible
            self._filter.clear()
            proxy_index = self._proxy.mapFromSource(source_index)
        self._list.selectionModel().setCurrentIndex(proxy_index, QItemSelectionModel.ClearAndSelect)
        if self.current_id() != indicator_id:  # setCurrentIndex on the current row emits nothing
            self._load(indicator_id)
        return True

    def _current_row_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._load(current.data(IdRole))

    def _filter_changed(self, text: str) -> None:
        self._proxy.set_query(text)

    def _select_first_visible(self) -> None:
        if self._proxy.rowCount():
            self._list.setCurrentIndex(self._proxy.index(0, 0))

    def _series_with_points(self, indicator_id: str) -> Indicator:
        if indicator_id not in self._cache:
            self._cache[indicator_id] = indicator_queries.indicator(self._atlas.conn, indicator_id)
        return self._cache[indicator_id]

    def _load(self, indicator_id: str) -> None:
        if self._current is not None and self._current.id == indicator_id:
            return
        self._current = self._series_with_points(indicator_id)
        self._citing = indicator_queries.citing_entries(self._atlas.conn, indicator_id)
        partners = [s for s in self._series
                    if s.compare_group and s.compare_group == self._current.compare_group and s.id != indicator_id]
        self._compare_box.blockSignals(True)
        self._compare_box.clear()
        self._compare_box.addItem("No comparison", "")
        for partner in partners:
            self._compare_box.addItem(partner.name, partner.id)
        default = self._compare_box.findData(self._current.compare_with) if self._current.compare_with else 0
        self._compare_box.setCurrentIndex(max(default, 0))
        self._compare_box.setEnabled(bool(partners))
        self._compare_box.blockSignals(False)
        self._compare = self._series_with_points(self._current.compare_with) \
            if self._current.compare_with and default > 0 else None
        self._update_log_box()
        self._refresh()
        self.indicatorChanged.emit(indicator_id)

    def set_compare(self, indicator_id: str | None) -> bool:
        index = self._compare_box.findData(indicator_id or "")
        if index < 0:
            return False
        self._compare_box.setCurrentIndex(index)
        return True

    def _compare_changed(self, index: int) -> None:
        other = self._compare_box.itemData(index) or ""
        self._compare = self._series_with_points(other) if other else None
        self._update_log_box()
        self._refresh()

    def set_log_scale(self, on: bool) -> None:
        self._log_box.setChecked(on)

    def set_events_visible(self, on: bool) -> None:
        self._events_box.setChecked(on)

    def _update_log_box(self) -> None:
        ok = all(s.log_scale_ok for s in self._shown())
        self._log_box.setEnabled(ok)
        self._log_box.setToolTip("" if ok else "Not offered: the series has zero or negative values, or is a "
                                              "percentage or rank best read on a plain scale")

    def _shown(self) -> list[Indicator]:
        return [s for s in (self._current, self._compare) if s is not None]

    def _refresh(self) -> None:
        shown = self._shown()
        self._sources = indicator_queries.sources_for(self._atlas.conn, shown)
        current = self._current
        self._title.setText(current.name)
        self._subtitle.setText(f"{current.unit} \u00b7 {self._series_span(current)}")
        cautions = [(f"{s.label} \u2014 " if len(shown) > 1 else "") + s.caution for s in shown if s.caution]
        self._caution.setText("\u26a0 " + " ".join(cautions) if cautions else "")
        self._caution.setVisible(bool(cautions))
        self._show_info()
        self._redraw()

    @staticmethod
    def _series_span(item: Indicator) -> str:
        years = sorted({p.year for p in item.points})
        if not years:
            return "no points"
        span = f"{years[0]}\u2013{years[-1]}" if years[0] != years[-1] else str(years[0])
        count = len(item.points)
        return f"{span}, {count} point{'s' if count != 1 else ''}"

    # -- the panel under the chart ------------------------------------------------------------------
    def _show_info(self) -> None:
        esc = html.escape
        muted = "#a9a9a4" if _dark(self.palette()) else "#5c5c58"
        parts = []
        for item in self._shown():
            prefix = f"<b>{esc(item.label)}.</b> " if self._compare else ""
            parts.append(f"<p>{prefix}{esc(item.description)}</p>")
        parts.append("<p><b>Entries citing this series</b></p>")
        if self._citing:
            parts.append("<ul style='margin-top:0'>")
            for ref in self._citing:
                parts.append(f"<li><a href='entry:{esc(ref.id, quote=True)}'>{esc(ref.title)}</a> "
                             f"<span style='color:{muted}'>{esc(format_date(ref.date))}</span></li>")
            parts.append("</ul>")
        else:
            parts.append(f"<p style='color:{muted}'>No entry cites this series.</p>")
        parts.append("<p><b>Sources</b></p><ul style='margin-top:0'>")
        cited: list[str] = []
        for item in self._shown():
            cited += [i for i in item.cited_source_ids() if i not in cited]
        for source_id in cited:
            source = self._sources.get(source_id)
            text = source.citation() if source else source_id
            parts.append(f"<li>{esc(text)} <span style='color:{muted}'>[{esc(source_id)}]</span></li>")
        parts.append("</ul>")
        self._info.setHtml("".join(parts))

    def cited_entry_ids(self) -> list[str]:
        return [ref.id for ref in self._citing]

    def _link_clicked(self, url: QUrl) -> None:
        if url.scheme() == "entry" and url.path():
            self.entryRequested.emit(url.path())

    def open_entry(self, entry_id: str) -> None:
        """What a click on an entry link does (also for keyboard users and tests)."""
        self._link_clicked(QUrl(f"entry:{entry_id}"))

    # -- export and print ---------------------------------------------------------------------------
    def _shown_event_labels(self) -> list[str]:
        return [e.label for e in self._events] if self._events_box.isChecked() else []

    def _light_chart_image(self):
        from ui.indicator_plot import render_light_chart
        return render_light_chart(self._spec(), 900, 500, 2.0)

    def export_png(self, path: str | Path):
        """Write the chart with its title and sources as a PNG (light, 2x). Returns the QImage."""
        from ui.indicator_print import write_png
        self._ensure_chart()
        return write_png(Path(path), self._shown(), self._sources, self._atlas.data_version,
                         self._light_chart_image(), self._shown_event_labels())

    def csv_text(self) -> str:
        return points_csv(self._shown(), self._sources, self._atlas.data_version)

    def export_csv(self, path: str | Path) -> None:
        write_text_safely(path, self.csv_text())

    def render_to_pdf(self, path: str | Path) -> int:
        """Print the chart with its points and sources to a PDF file; works without a display.
        Returns the number of pages."""
        from PySide6.QtPrintSupport import QPrinter
        with safe_save(path) as tmp:
            printer = QPrinter(QPrinter.HighResolution)
            printer.setOutputFormat(QPrinter.PdfFormat)
            printer.setOutputFileName(str(tmp))
            printer.setDocName(self._current.name if self._current else "Indicator")
            pages = self._paint(printer)
            del printer  # closes the file
            require_complete_pdf(tmp)
        return pages

    def _paint(self, printer) -> int:
        from ui.indicator_print import paint_pages
        self._ensure_chart()
        return paint_pages(printer, self._shown(), self._sources, self._atlas.data_version,
                           self._light_chart_image(), self._shown_event_labels())

    def print_chart(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter
        printer = QPrinter(QPrinter.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle("Print chart")
        if dialog.exec() == QPrintDialog.Accepted:
            self._run_export(lambda: self._paint(printer))

    def _suggested_name(self, suffix: str) -> str:
        name = self.current_id() or "indicator"
        if self._compare:
            name += f"-vs-{self._compare.id}"
        return f"{name}.{suffix}"

    def _ask(self, title: str, suffix: str, filter_text: str) -> str:
        path, _ = QFileDialog.getSaveFileName(self, title, self._suggested_name(suffix), filter_text)
        if path and not path.lower().endswith(f".{suffix}"):
            path += f".{suffix}"
        return path

    def _ask_png(self) -> None:
        path = self._ask("Export chart image", "png", "PNG image (*.png)")
        if path:
            self._run_export(lambda: self.export_png(path))

    def _ask_csv(self) -> None:
        path = self._ask("Export chart data", "csv", "CSV (*.csv)")
        if path:
            self._run_export(lambda: self.export_csv(path))

    def _ask_pdf(self) -> None:
        path = self._ask("Export chart as PDF", "pdf", "PDF (*.pdf)")
        if path:
            self._run_export(lambda: self.render_to_pdf(path))

    def _run_export(self, job) -> None:
        try:
            job()
        except AtlasError as exc:
            QMessageBox.warning(self, "Export failed", str(exc))

