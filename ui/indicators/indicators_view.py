"""The indicators view: a searchable list of series, the chart, and what the series rests on.

pyqtgraph is heavy to import, so this module does not import it: the chart module
(ui.indicators.indicator_plot) is imported the first time the view is shown, or when an export needs it.
Until then the chart area is an empty placeholder.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QUrl, Signal
from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import (
    QFileDialog,
    QMessageBox,
    QWidget,
)

from db.atlas import Atlas
from db.errors import AtlasError
from db.safe_save import write_text_safely
from models.entry import EntryRef, Source
from models.indicators import Indicator, points_csv
from ui.common.background import ProgressBox, Task, run_in_background
from ui.indicators import indicator_print as report
from ui.indicators.event_labels import event_label
from ui.indicators.indicator_html import info_html, series_span
from ui.indicators.indicator_list_model import IdRole, IndicatorFilterProxy, IndicatorListModel
from ui.indicators.indicators_layout import IndicatorsLayout

_warm_up_task: Task | None = None


def warm_up() -> Task:
    """Import the chart module (pyqtgraph and numpy, about half a second) in a background thread,
    so that the view's first opening does not wait for it. The main window calls it when the pointer
    (or the menu highlight) reaches the Indicators action; calling again does nothing. Opening the
    view meanwhile simply waits for the import to finish (Python's import lock)."""
    global _warm_up_task
    if _warm_up_task is None:
        _warm_up_task = run_in_background(_import_chart_module)
    return _warm_up_task


def _import_chart_module(_job) -> None:
    import ui.indicators.indicator_plot  # noqa: F401 - the import is the work


def _dark(palette: QPalette) -> bool:
    return palette.color(QPalette.Base).lightness() < 128


class IndicatorsView(QWidget):
    """Pick a series on the left; the chart, its caution, sources and citing entries on the right."""

    entryRequested = Signal(str)
    indicatorChanged = Signal(str)
    exportFinished = Signal(bool, str)  # ok, message: a background export or print is done

    def __init__(self, atlas: Atlas, parent: QWidget | None = None):
        super().__init__(parent)
        self._atlas = atlas
        self._series: list[Indicator] = []
        self._cache: dict[str, Indicator] = {}
        self._sources: dict[str, Source] = {}
        self._citing: list[EntryRef] = []
        self._current: Indicator | None = None
        self._compare: Indicator | None = None
        self._chart = None  # ui.indicators.indicator_plot.IndicatorChart, created on first show
        self._unavailable = ""
        try:
            self._series = atlas.indicators()
            self._events = atlas.reform_events()
        except AtlasError as exc:
            self._unavailable = str(exc)
            self._events = []
        categories = dict(atlas.categories())
        self._build(categories)
        if self._series:
            self.show_indicator(self._series[0].id)

    # -- layout ---------------------------------------------------------------------------------
    def _build(self, categories: dict[str, str]) -> None:
        self._model = IndicatorListModel(self._series, categories, self)
        self._proxy = IndicatorFilterProxy(self)
        self._proxy.setSourceModel(self._model)
        self.ui = ui = IndicatorsLayout(self, self._proxy)
        ui.filter.textChanged.connect(self._filter_changed)
        ui.filter.returnPressed.connect(self._select_first_visible)
        ui.list.selectionModel().currentChanged.connect(self._current_row_changed)
        ui.compare_box.currentIndexChanged.connect(self._compare_changed)
        ui.events_box.toggled.connect(self._option_toggled)
        ui.log_box.toggled.connect(self._option_toggled)
        ui.table_box.toggled.connect(self._table_toggled)
        ui.png_action.triggered.connect(self._ask_png)
        ui.csv_action.triggered.connect(self._ask_csv)
        ui.pdf_action.triggered.connect(self._ask_pdf)
        ui.print_button.clicked.connect(self.print_chart)
        ui.info.anchorClicked.connect(self._link_clicked)
        self._apply_palette()
        if self._unavailable:
            ui.show_unavailable(self._unavailable)

    def _apply_palette(self) -> None:
        dark = _dark(self.palette())
        muted = QColor("#a9a9a4") if dark else QColor("#5c5c58")
        warning = QColor("#f0b060") if dark else QColor("#8a3b00")
        for label, color in ((self.ui.subtitle, muted), (self.ui.caution, warning)):
            palette = label.palette()
            palette.setColor(QPalette.WindowText, color)
            label.setPalette(palette)

    def changeEvent(self, event) -> None:
        if event.type() == QEvent.PaletteChange:
            self._apply_palette()
            if self._current is not None:
                self._show_info()
        super().changeEvent(event)

    # -- the chart, created lazily ----------------------------------------------------------------
    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._ensure_chart()

    def _ensure_chart(self):
        if self._chart is None and not self._unavailable:
            from ui.indicators.indicator_plot import IndicatorChart  # pyqtgraph and numpy load here, once
            self._chart = IndicatorChart(self)
            self._chart.setFont(self.ui.info.font())  # made after the window's text zoom was applied
            self._chart.setAccessibleName(self.tr("Chart of the selected series"))
            self.ui.replace_placeholder(self._chart)
            self._redraw()
        return self._chart

    @property
    def chart(self):
        """The chart widget (created now if the view has not been shown yet)."""
        return self._ensure_chart()

    def _spec(self):
        from ui.indicators.chart_parts import ChartSpec
        return ChartSpec(primary=self._current, compare=self._compare, events=list(self._events),
                         show_events=self.ui.events_box.isChecked(),
                         log_scale=self.ui.log_box.isChecked() and self.ui.log_box.isEnabled(),
                         sources=self._sources, data_version=self._atlas.data_version)

    def _option_toggled(self, _on: bool) -> None:
        # A bound method, not a lambda: with PySide6 6.12 a lambda that holds the view makes
        # deleting the view abort ("shared QObject was deleted directly").
        self._redraw()

    def _table_toggled(self, on: bool) -> None:
        self.ui.table.setVisible(on)
        if on:
            self.ui.table.show_series(self._shown(), self._sources)

    def _redraw(self) -> None:
        if self._chart is not None and self._current is not None:
            self._chart.draw(self._spec())

    # -- selection ----------------------------------------------------------------------------------
    def view_state(self) -> dict:
        """What a rebuild (language switch) keeps: the series, its comparison and the options."""
        return {"current": self.current_id(), "compare": self._compare.id if self._compare else None,
                "events": self.ui.events_box.isChecked(), "log": self.ui.log_box.isChecked(),
                "table": self.ui.table_box.isChecked(),
                "filter": self.ui.filter.text()}

    def restore_view_state(self, state: dict) -> None:
        self.ui.events_box.setChecked(state.get("events", True))
        self.ui.log_box.setChecked(state.get("log", False))
        self.ui.table_box.setChecked(state.get("table", False))
        if state.get("current"):
            self.show_indicator(state["current"])
            self.set_compare(state.get("compare"))
        self.ui.filter.setText(state.get("filter", ""))

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
            self.ui.filter.clear()
            proxy_index = self._proxy.mapFromSource(source_index)
        self.ui.list.selectionModel().setCurrentIndex(proxy_index, QItemSelectionModel.ClearAndSelect)
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
            self.ui.list.setCurrentIndex(self._proxy.index(0, 0))

    def _series_with_points(self, indicator_id: str) -> Indicator:
        if indicator_id not in self._cache:
            self._cache[indicator_id] = self._atlas.indicator(indicator_id)
        return self._cache[indicator_id]

    def _load(self, indicator_id: str) -> None:
        if self._current is not None and self._current.id == indicator_id:
            return
        self._current = self._series_with_points(indicator_id)
        self._citing = self._atlas.entries_citing_indicator(indicator_id)
        partners = [s for s in self._series
                    if s.compare_group and s.compare_group == self._current.compare_group and s.id != indicator_id]
        self.ui.compare_box.blockSignals(True)
        self.ui.compare_box.clear()
        self.ui.compare_box.addItem(self.tr("No comparison"), "")
        for partner in partners:
            self.ui.compare_box.addItem(partner.name, partner.id)
        default = self.ui.compare_box.findData(self._current.compare_with) if self._current.compare_with else 0
        self.ui.compare_box.setCurrentIndex(max(default, 0))
        self.ui.compare_box.setEnabled(bool(partners))
        self.ui.compare_box.blockSignals(False)
        self._compare = self._series_with_points(self._current.compare_with) \
            if self._current.compare_with and default > 0 else None
        self._update_log_box()
        self._refresh()
        self.indicatorChanged.emit(indicator_id)

    def set_compare(self, indicator_id: str | None) -> bool:
        index = self.ui.compare_box.findData(indicator_id or "")
        if index < 0:
            return False
        self.ui.compare_box.setCurrentIndex(index)
        return True

    def _compare_changed(self, index: int) -> None:
        other = self.ui.compare_box.itemData(index) or ""
        self._compare = self._series_with_points(other) if other else None
        self._update_log_box()
        self._refresh()

    def set_log_scale(self, on: bool) -> None:
        self.ui.log_box.setChecked(on)

    def set_events_visible(self, on: bool) -> None:
        self.ui.events_box.setChecked(on)

    def _update_log_box(self) -> None:
        ok = all(s.log_scale_ok for s in self._shown())
        self.ui.log_box.setEnabled(ok)
        self.ui.log_box.setToolTip("" if ok else self.tr("Not offered: the series has zero or negative values, or is "
                                                         "a percentage or rank best read on a plain scale"))

    def _shown(self) -> list[Indicator]:
        return [s for s in (self._current, self._compare) if s is not None]

    def _refresh(self) -> None:
        shown = self._shown()
        self._sources = self._atlas.indicator_sources(shown)
        current = self._current
        self.ui.title.setText(current.name)
        self.ui.subtitle.setText(f"{current.unit} \u00b7 {series_span(current)}")
        # Cautions are printed with the chart, under the legend whose rows carry the warning sign,
        # each naming its series: never under the title of a series they do not concern.
        self.ui.caution.setVisible(False)
        self._show_info()
        if self.ui.table_box.isChecked():
            self.ui.table.show_series(shown, self._sources)
        self._redraw()

    # -- the panel under the chart ------------------------------------------------------------------
    def _show_info(self) -> None:
        muted = "#a9a9a4" if _dark(self.palette()) else "#5c5c58"
        self.ui.info.setHtml(info_html(self._shown(), self._citing, self._sources, muted))

    def cited_entry_ids(self) -> list[str]:
        return [ref.id for ref in self._citing]

    def _link_clicked(self, url: QUrl) -> None:
        if url.scheme() == "entry" and url.path():
            self.entryRequested.emit(url.path())

    def open_entry(self, entry_id: str) -> None:
        """What a click on an entry link does (also for keyboard users and tests)."""
        self._link_clicked(QUrl(f"entry:{entry_id}"))

    # -- export and print ---------------------------------------------------------------------------
    # The chart image is rendered on the GUI thread (pyqtgraph draws with widgets); writing the
    # document and the file is QtGui only and runs in the background when started from a dialog.
    def _report(self) -> tuple:
        """What every output is made of: series, sources, data version, light chart image, events."""
        self._ensure_chart()
        from ui.indicators.chart_image import render_light_chart
        events = [event_label(e) for e in self._events] if self.ui.events_box.isChecked() else []
        return (list(self._shown()), dict(self._sources), self._atlas.data_version,
                render_light_chart(self._spec(), 900, 500, 2.0), events)

    def export_png(self, path: str | Path):
        """Write the chart with its title and sources as a PNG (light, 2x). Returns the QImage."""
        return report.write_png(Path(path), *self._report())

    def csv_text(self) -> str:
        return points_csv(self._shown(), self._sources, self._atlas.data_version)

    def export_csv(self, path: str | Path) -> None:
        write_text_safely(path, self.csv_text())

    def render_to_pdf(self, path: str | Path) -> int:
        """Print the chart with its points and sources to a PDF file; works without a display.
        Returns the number of pages."""
        return report.write_pdf(Path(path), *self._report())

    def _paint(self, printer) -> int:
        return report.paint_pages(printer, *self._report())

    def print_chart(self) -> None:
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter
        printer = QPrinter(QPrinter.HighResolution)
        dialog = QPrintDialog(printer, self)
        dialog.setWindowTitle(self.tr("Print chart"))
        if dialog.exec() == QPrintDialog.Accepted:
            parts = self._report()
            self._run_export(lambda job: report.paint_pages(printer, *parts, job.progress, job.cancelled),
                             self.tr("Printing the chart\u2026"), self.tr("Sent the chart to the printer"))

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
        path = self._ask(self.tr("Export chart image"), "png", self.tr("PNG image (*.png)"))
        if path:
            parts = self._report()
            self._run_export(lambda job: report.write_png(Path(path), *parts),
                             self.tr("Exporting the chart image\u2026"), self.tr("Saved {path}").format(path=path))

    def _ask_csv(self) -> None:
        path = self._ask(self.tr("Export chart data"), "csv", "CSV (*.csv)")
        if path:
            text = self.csv_text()
            self._run_export(lambda job: write_text_safely(path, text), self.tr("Exporting the data\u2026"),
                             self.tr("Saved {path}").format(path=path))

    def _ask_pdf(self) -> None:
        path = self._ask(self.tr("Export chart as PDF"), "pdf", "PDF (*.pdf)")
        if path:
            parts = self._report()
            self._run_export(lambda job: report.write_pdf(Path(path), *parts, job.progress, job.cancelled),
                             self.tr("Exporting the chart to PDF\u2026"), self.tr("Saved {path}").format(path=path))

    def _run_export(self, work, label: str, done_text: str) -> None:
        """Run an export in the background; `exportFinished(ok, message)` reports the outcome."""
        self._task = run_in_background(
            work, progress=ProgressBox(self, label, self.tr("Export"), "exportProgress"),
            on_success=lambda _result: self.exportFinished.emit(True, done_text),
            on_failure=self._export_failed,
            on_cancel=lambda: self.exportFinished.emit(False, self.tr("Export cancelled")))

    def _export_failed(self, message: str) -> None:
        QMessageBox.warning(self, self.tr("Export failed"), message)
        self.exportFinished.emit(False, message)
