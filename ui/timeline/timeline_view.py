"""Timeline mode: every entry by date, grouped by year, with the reform packages and the
constitutional eras shown both on a strip above and as marker rows among the entries."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QModelIndex, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontMetrics,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QStandardItem,
    QStandardItemModel,
)
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QToolTip, QTreeView, QVBoxLayout, QWidget

from db.atlas import Atlas
from models.entry import EntryRef, is_possible_date
from models.search import SearchQuery
from ui.common import theme
from ui.common.plain_text import tooltip
from ui.i18n import labels
from ui.i18n.dates import format_data_date, format_date

translate = QCoreApplication.translate


def _tr(text: str) -> str:
    return translate("Timeline", text)


@dataclass(frozen=True)
class Era:
    source_name: str   # English; shown translated (`name`, `short`)
    source_short: str  # for the strip and the year rows, where space is short
    start: str   # ISO date; "" = before the period covered
    end: str     # first day no longer in force; "" = still in force

    @property
    def name(self) -> str:
        return _tr(self.source_name)

    @property
    def short(self) -> str:
        return _tr(self.source_short)


# The three constitutional orders the reforms moved through (FACTS.md §1-2). The 2022
# amendments were approved by the referendum of 5 June 2022; the 2026 Constitution took
# effect on 1 July 2026.
ERAS = (
    Era(QT_TRANSLATE_NOOP("Timeline", "1995 Constitution as amended to 2021"),
        QT_TRANSLATE_NOOP("Timeline", "1995 Constitution as amended"), "", "2022-06-05"),
    Era(QT_TRANSLATE_NOOP("Timeline", "1995 Constitution with the 2022 amendments"),
        QT_TRANSLATE_NOOP("Timeline", "2022 amendments"), "2022-06-05", "2026-07-01"),
    Era(QT_TRANSLATE_NOOP("Timeline", "2026 Constitution"), QT_TRANSLATE_NOOP("Timeline", "2026 Constitution"),
        "2026-07-01", ""),
)
FIRST_YEAR = 2019

ID_ROLE = Qt.UserRole + 1
KIND_ROLE = Qt.UserRole + 2   # "year" | "entry" | "package" | "era"
YEAR_ROLE = Qt.UserRole + 3


@dataclass(frozen=True)
class Package:
    id: str
    name: str
    date: str


def _day(date: str) -> dt.date:
    parts = [int(p) for p in date.split("-")] + [1, 1]
    return dt.date(parts[0], parts[1], parts[2])


def package_numbers(packages: list[Package]) -> dict[str, int]:
    """Packages numbered in date order: the strip marks them by number, the list names them."""
    dated = sorted((p for p in packages if p.date), key=lambda p: (p.date, p.id))
    return {p.id: n for n, p in enumerate(dated, 1)}


class TimelineModel(QStandardItemModel):
    """Years at the top level; beneath each, its entries in date order interleaved with the
    reform packages and era boundaries that fall in that year."""

    COLUMNS = (QT_TRANSLATE_NOOP("Timeline", "Date"), QT_TRANSLATE_NOOP("Timeline", "Entry"),
               QT_TRANSLATE_NOOP("Timeline", "Category"))

    def __init__(self, parent=None):
        super().__init__(0, len(self.COLUMNS), parent)
        self.setHorizontalHeaderLabels([_tr(c) for c in self.COLUMNS])

    def populate(self, entries: list[EntryRef], categories: dict[str, str],
                 packages: list[Package], entry_packages: dict[str, str]) -> None:
        self.beginResetModel()
        self.blockSignals(True)
        self.removeRows(0, self.rowCount())
        package_names = {p.id: p.name for p in packages}
        numbers = package_numbers(packages)
        events: list[tuple[str, int, str, object]] = []  # (sort date, order, kind, payload)
        for era in ERAS:
            if era.start:
                events.append((era.start, 0, "era", era))
        for package in packages:
            if package.date:
                events.append((package.date, 1, "package", package))
        for ref in entries:
            if not is_possible_date(ref.date):
                continue  # date unknown: listed under its own heading below, never at a guessed year
            events.append(((ref.date + "-01-01")[:10] if len(ref.date) == 4 else (ref.date + "-01")[:10],
                           2, "entry", ref))
        events.sort(key=lambda ev: (ev[0], ev[1], getattr(ev[3], "title", "")))
        bold, italic = QFont(), QFont()
        bold.setBold(True)
        italic.setItalic(True)
        years: dict[int, QStandardItem] = {}
        counts: dict[int, int] = {}
        for date, _order, kind, payload in events:
            year = int(date[:4])
            if year not in years:
                years[year] = self._year_head(str(year), year, bold)
                counts[year] = 0
            parent = years[year]
            if kind == "entry":
                ref: EntryRef = payload  # type: ignore[assignment]
                counts[year] += 1
                row = self._entry_row(ref, year, categories, package_names.get(entry_packages.get(ref.id, ""), ""))
            elif kind == "package":
                pkg: Package = payload  # type: ignore[assignment]
                name = translate("Timeline", "Reform package: {name}").format(name=pkg.name)
                text = f"\u25b2{numbers.get(pkg.id, '')}  {name}"
                row = [self._cell(f"{format_date(pkg.date)}   {text}", italic, "package", year, pkg.id, text),
                       self._cell("", italic, "package", year, pkg.id),
                       self._cell("", italic, "package", year, pkg.id)]
            else:
                era: Era = payload  # type: ignore[assignment]
                text = "\u2501 " + translate("Timeline", "Constitutional era begins: {name}").format(name=era.name)
                row = [self._cell(f"{format_date(era.start)}   {text}", bold, "era", year, era.start, text),
                       self._cell("", bold, "era", year, era.start),
                       self._cell("", bold, "era", year, era.start)]
            parent.appendRow(row)
        undated = [ref for ref in entries if not is_possible_date(ref.date)]
        if undated:
            # Entries whose date no source gives (or a damaged database lost): one heading after
            # the years, in the order of their sort year, none placed at a guessed year.
            count = (translate("Timeline", "1 entry") if len(undated) == 1
                     else translate("Timeline", "{n} entries").format(n=len(undated)))
            head = self._year_head(translate("Timeline", "Date unknown") + f"  \u00b7  {count}", 0, bold)
            for ref in undated:
                head.appendRow(self._entry_row(ref, 0, categories, package_names.get(
                    entry_packages.get(ref.id, ""), "")))
        for year, head in years.items():
            era_names = [era.short for era in ERAS if _era_covers_year(era, year)]
            count = (translate("Timeline", "1 entry") if counts[year] == 1
                     else translate("Timeline", "{n} entries").format(n=counts[year]))
            label = count + " \u00b7 " + " / ".join(era_names)
            head.setText(f"{year}  \u00b7  {label}")
            head.setAccessibleText(f"{year}: {label}")
        self.blockSignals(False)
        self.endResetModel()

    def _year_head(self, text: str, year: int, bold: QFont) -> QStandardItem:
        """A top-level heading row (a year, or 0 for "Date unknown") spanning the columns."""
        head = QStandardItem(text)
        head.setFont(bold)
        head.setData("year", KIND_ROLE)
        head.setData(year, YEAR_ROLE)
        head.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable)
        self.appendRow([head, self._cell("", bold, "year", year), self._cell("", bold, "year", year)])
        return head

    def _entry_row(self, ref: EntryRef, year: int, categories: dict[str, str], package: str) -> list[QStandardItem]:
        tip = ref.title + (f"\n{package}" if package else "") + f"\n{labels.status(ref.status)}"
        date = format_data_date(ref.date)
        row = [self._cell(date, None, "entry", year, ref.id, tip),
               self._cell(ref.title, None, "entry", year, ref.id, tip),
               self._cell(categories.get(ref.category, ref.category), None, "entry", year, ref.id, tip)]
        row[1].setAccessibleText(f"{ref.title}, {date}")
        return row

    @staticmethod
    def _cell(text: str, font: QFont | None, kind: str, year: int, ident: str = "", tip: str = "") -> QStandardItem:
        item = QStandardItem(text)
        if font is not None:
            item.setFont(font)
        item.setData(kind, KIND_ROLE)
        item.setData(year, YEAR_ROLE)
        if ident:
            item.setData(ident, ID_ROLE)
        if tip:
            item.setToolTip(tooltip(tip))
        item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemNeverHasChildren if kind != "year"
                      else Qt.ItemIsEnabled | Qt.ItemIsSelectable)
        return item


def _era_covers_year(era: Era, year: int) -> bool:
    start = int(era.start[:4]) if era.start else 0
    end_day = _day(era.end) if era.end else dt.date(9999, 1, 1)
    return start <= year and dt.date(year, 1, 1) < end_day


class EraStrip(QWidget):
    """A time axis from 2019: the three eras as bands, packages as labelled ticks, entries as
    small marks. Clicking a year jumps to it in the list."""

    yearClicked = Signal(int)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("eraStrip")
        self.setAccessibleName(translate("Timeline", "Constitutional eras and reform packages"))
        self.setFocusPolicy(Qt.NoFocus)  # the list below offers the same by keyboard
        self.packages: list[Package] = []
        self.entry_dates: list[str] = []
        self.last_year = 2028
        self._marker_rects: list[tuple[QRectF, str]] = []

    def set_data(self, packages: list[Package], entry_dates: list[str]) -> None:
        self.packages = [p for p in packages if p.date]
        self.entry_dates = entry_dates
        years = [int(d[:4]) for d in entry_dates] + [int(p.date[:4]) for p in self.packages]
        # Two years past the last event: the 2026 era's band needs room for its name.
        self.last_year = max([2029, *[y + 2 for y in years]])
        self.setAccessibleDescription("; ".join(
            translate("Timeline", "{era} from {date}").format(era=era.name, date=format_date(era.start))
            if era.start else era.name for era in ERAS))
        self.update()

    def sizeHint(self) -> QSize:
        line = QFontMetrics(self.font()).lineSpacing()
        return QSize(600, int(line * 4.9 + 10))

    def minimumSizeHint(self) -> QSize:
        return QSize(300, self.sizeHint().height())

    def _x(self, day: dt.date, left: float, width: float) -> float:
        start, end = dt.date(FIRST_YEAR, 1, 1), dt.date(self.last_year, 1, 1)
        return left + width * (day - start).days / max(1, (end - start).days)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        pal = self.palette()
        fm = QFontMetrics(self.font())
        line = fm.lineSpacing()
        left, right = 12.0, float(self.width() - 12)
        width = right - left
        band_top, band_h = 4.0, line * 1.5
        axis_y = band_top + band_h + line * 0.2
        dark = theme.is_dark(pal)
        tints = (QColor("#e9e2cf"), QColor("#d8e5f2"), QColor("#dcefd9")) if not dark else \
            (QColor("#4a4334"), QColor("#2f4458"), QColor("#31493a"))
        text = pal.color(QPalette.WindowText)
        muted = theme.muted_text(pal)

        start_day, end_day = dt.date(FIRST_YEAR, 1, 1), dt.date(self.last_year, 1, 1)
        for era, tint in zip(ERAS, tints, strict=False):
            a = max(start_day, _day(era.start)) if era.start else start_day
            b = min(end_day, _day(era.end)) if era.end else end_day
            x0, x1 = self._x(a, left, width), self._x(b, left, width)
            painter.fillRect(QRectF(x0, band_top, x1 - x0, band_h), tint)
            painter.setPen(text)
            room = int(x1 - x0 - 8)
            label = next((t for t in (era.name, era.short) if fm.horizontalAdvance(t) <= room),
                         fm.elidedText(era.short, Qt.ElideRight, room))
            painter.drawText(QRectF(x0 + 4, band_top, x1 - x0 - 8, band_h), Qt.AlignVCenter | Qt.AlignLeft, label)

        painter.setPen(muted)
        painter.drawLine(QPointF(left, axis_y), QPointF(right, axis_y))
        for year in range(FIRST_YEAR, self.last_year + 1):
            x = self._x(dt.date(year, 1, 1), left, width)
            painter.drawLine(QPointF(x, axis_y - 3), QPointF(x, axis_y + 3))
            if year < self.last_year:
                next_x = self._x(dt.date(year + 1, 1, 1), left, width)
                painter.setPen(text)
                painter.drawText(QRectF(x, axis_y + 2, next_x - x, line), Qt.AlignCenter, str(year))
                painter.setPen(muted)
        # Entries as short marks just under the axis.
        mark = pal.color(QPalette.Highlight)
        painter.setPen(mark)
        for date in self.entry_dates:
            x = self._x(_day(date), left, width)
            painter.drawLine(QPointF(x, axis_y - 6), QPointF(x, axis_y - 1))
        # Packages: a numbered triangle under the axis (the list below names them; hovering shows
        # the name). Names would not fit: several packages fall within a few months.
        numbers = package_numbers(self.packages)
        small = QFont(self.font())
        small.setPointSizeF(self.font().pointSizeF() * 0.85)
        painter.setFont(small)
        sfm = QFontMetrics(small)
        self._marker_rects = []
        label_y = axis_y + line + 2
        last_right = -1e9
        row = 0
        for package in sorted(self.packages, key=lambda p: p.date):
            x = self._x(_day(package.date), left, width)
            painter.setBrush(text)
            painter.setPen(Qt.NoPen)
            painter.drawPolygon([QPointF(x, axis_y + 1), QPointF(x - 4, axis_y + 7), QPointF(x + 4, axis_y + 7)])
            label = str(numbers[package.id])
            w = sfm.horizontalAdvance(label) + 4
            row = 1 - row if x - w / 2 < last_right else 0
            y = label_y + row * sfm.lineSpacing()
            rect = QRectF(x - w / 2, y, w, sfm.lineSpacing())
            painter.setPen(text)
            painter.drawText(rect, Qt.AlignCenter, label)
            last_right = max(last_right, rect.right()) if row == 0 else last_right
            tip = f"{label}. {package.name} ({format_date(package.date)})"
            self._marker_rects.append((rect.adjusted(-3, -10, 3, 0), tip))
        painter.end()

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.ToolTip:
            pos = QPointF(event.pos())
            tip = next((text for rect, text in self._marker_rects if rect.contains(pos)), "")
            if tip:
                QToolTip.showText(event.globalPos(), tooltip(tip), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        left, width = 12.0, self.width() - 24.0
        fraction = (event.position().x() - left) / max(1.0, width)
        days = (dt.date(self.last_year, 1, 1) - dt.date(FIRST_YEAR, 1, 1)).days
        day = dt.date(FIRST_YEAR, 1, 1) + dt.timedelta(days=int(fraction * days))
        if FIRST_YEAR <= day.year < self.last_year:
            self.yearClicked.emit(day.year)


class _TimelineTree(QTreeView):
    openRequested = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key_Return, Qt.Key_Enter) and self.currentIndex().data(KIND_ROLE) == "entry":
            self.openRequested.emit(self.currentIndex())
            return
        super().keyPressEvent(event)


class TimelineView(QWidget):
    entrySelected = Signal(str)
    entryActivated = Signal(str)

    def __init__(self, atlas: Atlas, parent: QWidget | None = None):
        super().__init__(parent)
        self.atlas = atlas
        self.strip = EraStrip(self)
        self.model = TimelineModel(self)
        self.tree = _TimelineTree(self)
        self.tree.setObjectName("timelineTree")
        self.tree.setAccessibleName(translate("Timeline", "Timeline of entries by year"))
        self.tree.setModel(self.model)
        self.tree.setUniformRowHeights(True)
        self.tree.setAlternatingRowColors(True)
        self.tree.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.tree.setSelectionBehavior(QAbstractItemView.SelectRows)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.Interactive)
        header.setSectionResizeMode(1, QHeaderView.Stretch)
        header.setSectionResizeMode(2, QHeaderView.ResizeToContents)
        self.tree.selectionModel().currentRowChanged.connect(self._current_changed)
        self.tree.doubleClicked.connect(self._activate)
        self.tree.openRequested.connect(self._activate)
        self.strip.yearClicked.connect(self.scroll_to_year)
        self.tree.installEventFilter(self)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.setSpacing(4)
        layout.addWidget(self.strip)
        layout.addWidget(self.tree, 1)
        self.reload()

    def reload(self) -> None:
        # oldest first; an entry whose date cannot be given (unknown in the data, or impossible in
        # a damaged database that `check` names) goes under "Date unknown", after the years
        entries = list(reversed(self.atlas.entry_refs()))
        categories = dict(self.atlas.categories())
        packages = [Package(pid, name or "", date) for pid, name, date in self.atlas.packages()
                    if is_possible_date(date)]
        entry_packages: dict[str, str] = {}
        for package in packages:
            hits = self.atlas.search(SearchQuery(package=package.id, limit=10000)).hits
            entry_packages.update({hit.id: package.id for hit in hits})
        self.model.populate(entries, categories, packages, entry_packages)
        self.strip.set_data(packages, [ref.date for ref in entries if is_possible_date(ref.date)])
        self.tree.expandAll()
        # Years, packages and era boundaries are headings: their text runs across the columns.
        for row in range(self.model.rowCount()):
            year = self.model.index(row, 0)
            self.tree.setFirstColumnSpanned(row, QModelIndex(), True)
            for child in range(self.model.rowCount(year)):
                if self.model.index(child, 0, year).data(KIND_ROLE) != "entry":
                    self.tree.setFirstColumnSpanned(child, year, True)
        self._size_date_column()

    def _size_date_column(self) -> None:
        metrics = self.tree.fontMetrics()
        widest = max(metrics.horizontalAdvance(format_date(f"2022-{month:02d}-28")) for month in range(1, 13))
        self.tree.setColumnWidth(0, widest + self.tree.indentation() * 2 + 16)

    def eventFilter(self, obj, event: QEvent) -> bool:
        if obj is self.tree and event.type() == QEvent.FontChange:  # text zoom
            self._size_date_column()
        return False

    def scroll_to_year(self, year: int) -> None:
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            if index.data(YEAR_ROLE) == year:
                self.tree.setCurrentIndex(index)
                self.tree.scrollTo(index, QAbstractItemView.PositionAtTop)
                return

    def select_entry(self, entry_id: str) -> None:
        for row in range(self.model.rowCount()):
            year = self.model.index(row, 0)
            for child in range(self.model.rowCount(year)):
                index = self.model.index(child, 0, year)
                if index.data(KIND_ROLE) == "entry" and index.data(ID_ROLE) == entry_id:
                    self.tree.selectionModel().blockSignals(True)
                    self.tree.setCurrentIndex(index)
                    self.tree.selectionModel().blockSignals(False)
                    self.tree.scrollTo(index)
                    self.tree.viewport().update()
                    return

    def _current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.data(KIND_ROLE) == "entry":
            self.entrySelected.emit(current.data(ID_ROLE))

    def _activate(self, index: QModelIndex) -> None:
        if index.data(KIND_ROLE) == "entry":
            self.entryActivated.emit(index.data(ID_ROLE))
