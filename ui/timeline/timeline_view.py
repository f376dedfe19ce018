"""Timeline mode: every entry on a time axis across the full width, with the constitutional eras
and the reform packages as labelled bands, a legend, and the entries of unknown date in a lane
of their own. The drawing and the keyboard are the canvas's (timeline_canvas.py); this module
reads the data and hosts it in a scroll area."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QRectF, Qt, Signal
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from db.atlas import Atlas
from models.entry import is_possible_date
from models.search import SearchQuery
from ui.common import theme
from ui.common.html_text import esc
from ui.i18n.dates import format_date
from ui.timeline.timeline_canvas import TimelineCanvas, era_tints, package_tint
from ui.timeline.timeline_eras import ERAS, Era, Package, TimelineEntry, package_numbers
from ui.timeline.timeline_layout import is_dated, precision_of

translate = QCoreApplication.translate

__all__ = ["ERAS", "Era", "Package", "TimelineView", "package_numbers"]


class TimelineView(QWidget):
    entrySelected = Signal(str)
    entryActivated = Signal(str)

    def __init__(self, atlas: Atlas, parent: QWidget | None = None):
        super().__init__(parent)
        self.atlas = atlas
        self.legend = QLabel()
        self.legend.setObjectName("timelineLegend")
        self.legend.setWordWrap(True)
        self.legend.setTextFormat(Qt.RichText)
        self.canvas = TimelineCanvas()
        self.scroll = QScrollArea()
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarAlwaysOff)
        self.scroll.setWidget(self.canvas)
        self.scroll.setFocusPolicy(Qt.NoFocus)  # the canvas is the one focus stop
        self.canvas.currentChanged.connect(self._current_changed)
        self.canvas.activated.connect(self.entryActivated)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.setSpacing(4)
        layout.addWidget(self.legend)
        layout.addWidget(self.scroll, 1)
        self.setFocusProxy(self.canvas)
        self.reload()

    def reload(self) -> None:
        refs = list(reversed(self.atlas.entry_refs()))  # oldest first
        packages = [Package(pid, name or "", date) for pid, name, date in self.atlas.packages()
                    if is_possible_date(date)]  # a damaged database's impossible date has no place
        entry_package: dict[str, Package] = {}
        package_ends: dict[str, str] = {}
        for package in packages:
            hits = self.atlas.search(SearchQuery(package=package.id, limit=10000)).hits
            for hit in hits:
                entry_package[hit.id] = package
        entries = []
        for ref in refs:
            # Another version of the data may say outright that a date is unknown.
            precision = getattr(ref, "date_precision", None) or precision_of(ref.date)
            dated = is_dated(ref.date, precision)
            package = entry_package.get(ref.id)
            entries.append(TimelineEntry(ref.id, ref.title, ref.date if dated else "",
                                         format_date(ref.date) if dated else "", ref.category,
                                         package.name if package else "", ref.status, dated))
            if package and dated and ref.date > package_ends.get(package.id, ""):
                package_ends[package.id] = ref.date
        self.canvas.set_data(entries, packages, package_ends)
        self._fill_legend()

    def _fill_legend(self) -> None:
        dark = theme.is_dark(self.palette())
        swatch = "<span style='color:{color}; font-size:large'>\u25a0</span>&nbsp;{text}"
        items = [swatch.format(color=tint.name(), text=esc(era.name)) for era, tint in zip(ERAS, era_tints(dark),
                                                                                            strict=True)]
        items.append(swatch.format(color=package_tint(dark).name(),
                                   text=esc(translate("Timeline", "Reform package (from its date to its last entry)"))))
        items.append("\u25ad&nbsp;" + esc(translate("Timeline", "Entry, at its date; Enter opens it")))
        self.legend.setText(" &nbsp;&nbsp; ".join(items))
        self.legend.setAccessibleName(translate("Timeline", "Timeline legend"))

    def changeEvent(self, event) -> None:
        from PySide6.QtCore import QEvent
        if event.type() == QEvent.PaletteChange:
            self._fill_legend()
        super().changeEvent(event)

    def current_id(self) -> str:
        return self.canvas.current

    def _ensure_visible(self, key: str) -> None:
        card = self.canvas.cards.get(key)
        if card is not None:
            rect = QRectF(card.x, card.y, card.width, card.height).toRect()
            self.scroll.ensureVisible(rect.center().x(), rect.center().y(), 20, rect.height() // 2 + 20)

    def scroll_to_year(self, year: int) -> None:
        """Make the first entry of `year` current and scroll to it."""
        key = next((k for k in self.canvas.order if self.canvas.entries[k].day
                    and self.canvas.entries[k].day.year == year), "")
        if key:
            self.canvas.set_current(key, notify=False)
            self._ensure_visible(key)

    def select_entry(self, entry_id: str) -> None:
        """Show an entry as current without asking to open it (it is open already)."""
        if entry_id in self.canvas.cards:
            self.canvas.set_current(entry_id, notify=False)
            self._ensure_visible(entry_id)

    def _current_changed(self, entry_id: str) -> None:
        self._ensure_visible(entry_id)
        self.entrySelected.emit(entry_id)
