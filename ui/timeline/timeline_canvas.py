"""The timeline drawn on a time axis across the full width: the constitutional eras and the
reform packages as labelled bands, the years, and every dated entry as a card at its date with
its whole title wrapped. Entries without a usable date are listed in their own lane underneath,
never placed at a guessed date. Arrow keys move between entries, Enter opens one.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication, QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QAccessible,
    QAccessibleEvent,
    QColor,
    QFont,
    QFontMetricsF,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPalette,
    QPen,
)
from PySide6.QtWidgets import QToolTip, QWidget

from ui.common import theme
from ui.common.plain_text import tooltip
from ui.timeline.timeline_eras import ERAS, Package, TimelineEntry
from ui.timeline.timeline_layout import Axis, Card, band_rows, column_cards, nearest_vertically, year_span

translate = QCoreApplication.translate
MARGIN = 12.0
TEXT_FLAGS = int(Qt.TextWordWrap | Qt.AlignLeft | Qt.AlignTop)


def date_line(text: str) -> str:
    """The date as a card shows it: a short last word ("г.", Russian for "year") stays with the
    number before it instead of wrapping onto a line of its own in a narrow card."""
    head, space, tail = text.rpartition(" ")
    return f"{head}\u00a0{tail}" if space and len(tail) <= 2 else text


def era_tints(dark: bool) -> tuple[QColor, ...]:
    return tuple(QColor(c) for c in (("#4a4334", "#2f4458", "#31493a") if dark else ("#e9e2cf", "#d8e5f2", "#dcefd9")))


def package_tint(dark: bool) -> QColor:
    return QColor("#5a4a7a") if dark else QColor("#e4dcf3")


@dataclass
class Band:
    rect: QRectF
    label: str
    tip: str
    color: QColor
    label_width: float = 0.0  # packages: room for the label, which may run past a short band
    label_left: float = 0.0   # packages: where the label starts


class TimelineCanvas(QWidget):
    """Paints the layout computed for its width; `cards` (key -> Card) and `bands` are readable
    by tests, `order` is the keyboard order (dated entries by date, then the undated)."""

    currentChanged = Signal(str)
    activated = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("timelineCanvas")
        self.setFocusPolicy(Qt.StrongFocus)
        self.setAccessibleName(translate("Timeline", "Timeline of entries by date"))
        self.setProperty("followsTextZoom", True)  # the window's text zoom enlarges titles and years
        self.entries: dict[str, TimelineEntry] = {}
        self.packages: list[Package] = []
        self.package_ends: dict[str, str] = {}
        self.order: list[str] = []
        self.cards: dict[str, Card] = {}
        self.bands: list[Band] = []
        self.axis: Axis | None = None
        self.axis_y = 0.0
        self.undated_y = 0.0
        self.current = ""
        self._laid_out_for = (-1, 0.0)

    # -- data and layout -------------------------------------------------------------------------
    def set_data(self, entries: list[TimelineEntry], packages: list[Package], package_ends: dict[str, str]) -> None:
        self.entries = {e.id: e for e in entries}
        dated = sorted((e for e in entries if e.day), key=lambda e: (e.day, e.title))
        undated = sorted((e for e in entries if not e.day), key=lambda e: e.title)
        self.order = [e.id for e in dated] + [e.id for e in undated]
        self.packages = [p for p in packages if p.date]
        self.package_ends = package_ends
        if self.current not in self.entries:
            self.current = ""
        self._laid_out_for = (-1, 0.0)
        self.relayout()

    def card_width(self) -> float:
        """The narrowest a card may be: about 18 average characters of the current font."""
        return QFontMetricsF(self.font()).averageCharWidth() * 18

    def title_font(self) -> QFont:
        return QFont(self.font())

    def small_font(self) -> QFont:
        font = QFont(self.font())
        font.setPointSizeF(max(9.0, self.font().pointSizeF() * 0.9))
        return font

    def card_height(self, key: str, width: float) -> float:
        entry = self.entries[key]
        title = QFontMetricsF(self.title_font()).boundingRect(QRectF(0, 0, width - 12, 10_000), TEXT_FLAGS,
                                                                entry.title)
        return title.height() + self._date_height(entry, width) + 12

    def _date_text(self, entry: TimelineEntry) -> str:
        return date_line(entry.when or translate("Timeline", "date unknown"))

    def _date_height(self, entry: TimelineEntry, width: float) -> float:
        return QFontMetricsF(self.small_font()).boundingRect(QRectF(0, 0, width - 12, 10_000), TEXT_FLAGS,
                                                              self._date_text(entry)).height()

    def relayout(self) -> None:
        key = (self.width(), self.font().pointSizeF())
        if key == self._laid_out_for or not self.entries:
            return
        self._laid_out_for = key
        line = QFontMetricsF(self.font()).height()
        days = [e.day for e in self.entries.values() if e.day]
        first, last = year_span(days)
        self.axis = axis = Axis(first, last, MARGIN, self.width() - 2 * MARGIN)
        self.bands = []
        era_h = line * 1.6
        dark = theme.is_dark(self.palette())
        for era, tint in zip(ERAS, era_tints(dark), strict=True):
            a, b = era.span(axis.start, axis.end)
            if a < b:
                rect = QRectF(axis.x(a), 0, axis.x(b) - axis.x(a), era_h)
                self.bands.append(Band(rect, era.name, era.name, tint))
        small = QFontMetricsF(self.small_font())
        spans, made = [], []
        for package in sorted(self.packages, key=lambda p: p.date):
            start = _day(package.date)
            if start is None or not axis.start <= start < axis.end:
                continue
            end = _day(self.package_ends.get(package.id, "")) or start
            x0, x1 = axis.x(start), max(axis.x(end), axis.x(start) + 6)
            full, right = small.horizontalAdvance(package.name) + 10, axis.left + axis.width
            # Near the end of the axis the name runs leftwards from the edge instead of being cut.
            label_left = x0 if x0 + full <= right else max(axis.left, right - full)
            spans.append((min(x0, label_left), max(x1, label_left + full)))
            made.append((package, x0, x1, label_left, min(full, right - label_left)))
        rows = band_rows(spans)
        row_h = small.height() + 6
        top = era_h + 4
        tint = package_tint(dark)
        for (package, x0, x1, label_left, label_width), row in zip(made, rows, strict=True):
            rect = QRectF(x0, top + row * row_h, x1 - x0, row_h - 2)
            tip = translate("Timeline", "Reform package: {name}").format(name=package.name) + f" ({package.date})"
            self.bands.append(Band(rect, package.name, tip, tint, label_width, label_left))
        self.axis_y = top + (max(rows) + 1 if rows else 0) * row_h + 4
        cards_top = self.axis_y + line * 1.6
        dated = [k for k in self.order if self.entries[k].day]
        placed = column_cards([(k, self.entries[k].day) for k in dated], axis, self.card_width(),
                              self.card_height, cards_top)
        self.cards = {c.key: c for c in placed}
        width = max((c.width for c in placed), default=self.card_width())
        self.undated_y = max([cards_top, *[c.bottom for c in placed]]) + line
        undated = [k for k in self.order if not self.entries[k].day]
        x, y, row_bottom = axis.left, self.undated_y + line * 1.4, self.undated_y + line * 1.4
        for k in undated:
            if x + width > axis.left + axis.width:
                x, y = axis.left, row_bottom + 4
            card = Card(k, x, y, width, self.card_height(k, width))
            self.cards[k] = card
            row_bottom = max(row_bottom, card.bottom)
            x += width + 6
        self.setMinimumHeight(int(row_bottom + line if undated else self.undated_y))
        self.update()

    def sizeHint(self) -> QSize:
        return QSize(900, self.minimumHeight())

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.relayout()

    def changeEvent(self, event) -> None:
        if event.type() in (QEvent.FontChange, QEvent.PaletteChange):
            self._laid_out_for = (-1, 0.0)
            self.relayout()
        super().changeEvent(event)

    # -- painting ------------------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        if self.axis is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.Antialiasing)
        pal = self.palette()
        text, muted = pal.color(QPalette.WindowText), theme.muted_text(pal)
        small = self.small_font()
        sfm = QFontMetricsF(small)
        label_end = 0.0  # where the previous era's label ends
        for band in self.bands:
            painter.fillRect(band.rect, band.color)
            painter.setPen(text)
            is_package = band.label_width > 0
            painter.setFont(small if is_package else self.font())
            metrics = sfm if is_package else QFontMetricsF(self.font())
            room = (band.label_width if is_package else band.rect.width()) - 8
            left = band.label_left if is_package else band.rect.left()
            rect = QRectF(left + 4, band.rect.top(), room, band.rect.height())
            needed = metrics.horizontalAdvance(band.label)
            if not is_package and needed > room and band.rect.right() - needed - 8 > label_end:
                # A short era (the 2026 Constitution so far): its name reaches back over the band
                # before it, on its own tint, rather than being cut.
                rect = QRectF(band.rect.right() - needed - 8, band.rect.top(), needed + 8, band.rect.height())
                painter.fillRect(rect, band.color)
                rect = rect.adjusted(4, 0, -4, 0)
                room = needed
            label = metrics.elidedText(band.label, Qt.ElideRight, max(room, 0))  # full name in the tooltip
            painter.drawText(rect, Qt.AlignVCenter | Qt.AlignLeft, label)
            if not is_package:
                label_end = rect.left() + metrics.horizontalAdvance(label) + 8
        self._paint_axis(painter, text, muted)
        highlight = pal.color(QPalette.Highlight)
        for key, card in self.cards.items():
            self._paint_card(painter, self.entries[key], card, key == self.current, text, muted, highlight)
        if any(not e.day for e in self.entries.values()):
            painter.setPen(text)
            bold = QFont(self.font())
            bold.setBold(True)
            painter.setFont(bold)
            painter.drawText(QRectF(self.axis.left, self.undated_y, self.axis.width, sfm.height() * 1.6),
                             Qt.AlignLeft | Qt.AlignVCenter, translate("Timeline", "Undated entries (no date known)"))
        painter.end()

    def _paint_axis(self, painter: QPainter, text: QColor, muted: QColor) -> None:
        axis, y = self.axis, self.axis_y
        painter.setPen(QPen(muted, 1))
        painter.drawLine(QPointF(axis.left, y), QPointF(axis.left + axis.width, y))
        painter.setFont(self.font())
        line = QFontMetricsF(self.font()).height()
        for year in range(axis.first_year, axis.last_year + 2):
            x = axis.x(dt.date(year, 1, 1))
            painter.setPen(QPen(muted, 1))
            painter.drawLine(QPointF(x, y - 4), QPointF(x, y + 4))
            if year <= axis.last_year:
                painter.setPen(text)
                right = axis.x(dt.date(year + 1, 1, 1))
                painter.drawText(QRectF(x, y + 2, right - x, line * 1.3), Qt.AlignCenter, str(year))
        for key in self.cards:  # a tick on the axis at each entry's date
            day = self.entries[key].day
            if day:
                x = axis.x(day)
                painter.setPen(QPen(muted, 1))
                painter.drawLine(QPointF(x, y - 7), QPointF(x, y - 1))

    def _paint_card(self, painter: QPainter, entry: TimelineEntry, card: Card, current: bool, text: QColor,
                    muted: QColor, highlight: QColor) -> None:
        rect = QRectF(card.x, card.y, card.width, card.height)
        pal = self.palette()
        painter.setBrush(pal.color(QPalette.Base))
        painter.setPen(QPen(highlight, 2.5) if current else QPen(muted, 1))
        painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 4, 4)
        if current and self.hasFocus():
            painter.setPen(QPen(highlight, 1, Qt.DotLine))
            painter.setBrush(Qt.NoBrush)
            painter.drawRoundedRect(rect.adjusted(-3, -3, 3, 3), 6, 6)
        date_height = self._date_height(entry, card.width)
        painter.setFont(self.small_font())
        painter.setPen(muted)
        painter.drawText(QRectF(card.x + 6, card.y + 4, card.width - 12, date_height), TEXT_FLAGS,
                         self._date_text(entry))
        painter.setFont(self.title_font())
        painter.setPen(text)
        painter.drawText(QRectF(card.x + 6, card.y + 6 + date_height, card.width - 12, card.height), TEXT_FLAGS,
                         entry.title)

    # -- interaction -----------------------------------------------------------------------------------
    def key_at(self, pos: QPointF) -> str:
        return next((k for k, c in self.cards.items() if QRectF(c.x, c.y, c.width, c.height).contains(pos)), "")

    def set_current(self, key: str, notify: bool = True) -> None:
        if key not in self.cards:
            return
        self.current = key
        entry = self.entries[key]
        description = ", ".join(p for p in (entry.title, entry.when or translate("Timeline", "date unknown"),
                                            entry.package) if p)
        self.setAccessibleDescription(description)
        if QAccessible.isActive():
            QAccessible.updateAccessibility(QAccessibleEvent(self, QAccessible.DescriptionChanged))
        self.update()
        if notify:
            self.currentChanged.emit(key)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if not self.order:
            return super().keyPressEvent(event)
        index = self.order.index(self.current) if self.current in self.order else -1
        target = ""
        if key in (Qt.Key_Return, Qt.Key_Enter, Qt.Key_Space) and self.current:
            self.activated.emit(self.current)
            return
        if key == Qt.Key_Right:
            target = self.order[min(index + 1, len(self.order) - 1)]
        elif key == Qt.Key_Left:
            target = self.order[max(index - 1, 0)]
        elif key == Qt.Key_Home:
            target = self.order[0]
        elif key == Qt.Key_End:
            target = self.order[-1]
        elif key in (Qt.Key_Up, Qt.Key_Down):
            if index < 0:
                target = self.order[0]
            else:
                found = nearest_vertically(list(self.cards.values()), self.cards[self.current], key == Qt.Key_Down)
                target = found.key if found else self.current
        else:
            return super().keyPressEvent(event)
        self.set_current(target)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        key = self.key_at(event.position())
        if key:
            self.setFocus(Qt.MouseFocusReason)
            self.set_current(key)
        super().mousePressEvent(event)

    def mouseDoubleClickEvent(self, event: QMouseEvent) -> None:
        key = self.key_at(event.position())
        if key:
            self.activated.emit(key)

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.ToolTip:
            pos = QPointF(event.pos())
            key = self.key_at(pos)
            if key:
                entry = self.entries[key]
                tip = "\n".join(p for p in (entry.title, entry.when, entry.package, entry.status) if p)
            else:
                tip = next((b.tip for b in self.bands if b.rect.contains(pos)), "")
            if tip:
                QToolTip.showText(event.globalPos(), tooltip(tip), self)
            else:
                QToolTip.hideText()
            return True
        return super().event(event)


def _day(text: str) -> dt.date | None:
    from ui.timeline.timeline_layout import parse_date
    return parse_date(text)
