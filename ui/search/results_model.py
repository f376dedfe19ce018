"""Search results as a Qt list model, and the delegate that draws one result.

The model holds one page of hits and fetches the next page when the view scrolls to the end
(`canFetchMore`/`fetchMore`), so a broad query never builds rows nobody looks at. The delegate
draws the title, a date/category line and a two-line snippet with QTextLayout, which is much
cheaper than a rich-text document per row and keeps a keystroke's repaint within one frame.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QAbstractListModel, QModelIndex, QPersistentModelIndex, QPointF, QRectF, QSize, Qt, QTimer
from PySide6.QtGui import QFont, QFontMetrics, QPainter, QPalette, QTextCharFormat, QTextLayout, QTextOption
from PySide6.QtWidgets import QStyle, QStyledItemDelegate, QStyleOptionViewItem

from models.search import SearchHit, SearchResults
from ui.common import theme
from ui.common.plain_text import tooltip
from ui.i18n import labels
from ui.i18n.dates import format_data_date

HIT_ROLE = Qt.UserRole + 1
ID_ROLE = Qt.UserRole + 2

Segments = tuple[tuple[str, bool], ...]


class ResultsModel(QAbstractListModel):
    """Rows of SearchHit. `fetch_page(offset)` returns the next page when the view asks for more."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._hits: list[SearchHit] = []
        self._total = 0
        self._fetch_page: Callable[[int], SearchResults] | None = None

    # -- filling ------------------------------------------------------------------------------
    def set_results(self, results: SearchResults, fetch_page: Callable[[int], SearchResults] | None = None) -> None:
        self.beginResetModel()
        self._hits = list(results.hits)
        self._total = results.total
        self._fetch_page = fetch_page
        self.endResetModel()

    def hit(self, row: int) -> SearchHit | None:
        return self._hits[row] if 0 <= row < len(self._hits) else None

    def ids(self) -> list[str]:
        return [h.id for h in self._hits]

    def row_of(self, entry_id: str) -> int:
        return next((n for n, h in enumerate(self._hits) if h.id == entry_id), -1)

    # -- Qt model API -------------------------------------------------------------------------
    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._hits)

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid() or not 0 <= index.row() < len(self._hits):
            return None
        hit = self._hits[index.row()]
        if role == Qt.DisplayRole:
            return hit.title
        if role == Qt.ToolTipRole:
            return tooltip(hit.summary)
        if role == Qt.AccessibleTextRole:
            return f"{hit.title}, {format_data_date(hit.date)}, {hit.category_name}"
        if role == Qt.AccessibleDescriptionRole:
            return hit.snippet_text()
        if role == HIT_ROLE:
            return hit
        if role == ID_ROLE:
            return hit.id
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.NoItemFlags
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemNeverHasChildren

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> bool:
        return not parent.isValid() and self._fetch_page is not None and len(self._hits) < self._total

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> None:
        if not self.canFetchMore(parent):
            return
        page = self._fetch_page(len(self._hits))  # type: ignore[misc]
        new = list(page.hits)
        if not new:
            self._total = len(self._hits)  # the data has fewer rows than promised; stop asking
            return
        self.beginInsertRows(QModelIndex(), len(self._hits), len(self._hits) + len(new) - 1)
        self._hits.extend(new)
        self.endInsertRows()


# ---------------------------------------------------------------------------------------------

_SNIPPET_LINES = 2
_NARROW_CHARS = 42  # a list narrower than this many title characters gives titles two lines


def _padding(font: QFont) -> tuple[int, int, int]:
    """Horizontal and vertical padding and the gap between lines, from the font (about 10, 7 and
    2 pixels at 9 pt), so rows grow with the system font and the text zoom."""
    metrics = QFontMetrics(font)
    return (round(metrics.averageCharWidth() * 1.6), round(metrics.height() * 0.45),
            max(2, round(metrics.height() * 0.12)))


def match_format(pal: QPalette) -> QTextCharFormat:
    """How a search match is marked: bold and underlined (so not by colour alone, and visible in
    the already-bold title), on a fill that stands 3:1 from the row, in text that reads 4.5:1 on it."""
    fill, text = theme.mark_colors(pal)
    mark = QTextCharFormat()
    mark.setBackground(fill)
    mark.setForeground(text)
    mark.setFontWeight(QFont.Bold)
    mark.setFontUnderline(True)
    mark.setUnderlineColor(text)
    return mark


def _formats(segments: Segments, base: QTextCharFormat | None, mark: QTextCharFormat) -> tuple[str, list]:
    text, ranges, pos = "", [], 0
    for part, hit in segments:
        if hit:
            rng = QTextLayout.FormatRange()
            rng.start, rng.length, rng.format = pos, len(part), mark
            ranges.append(rng)
        text += part
        pos += len(part)
    return text, ranges


def _layout(text: str, ranges: list, font: QFont, width: float, max_lines: int) -> tuple[QTextLayout, float]:
    """Lay out text in at most max_lines lines of `width`, ending in an ellipsis if cut."""
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapAtWordBoundaryOrAnywhere)
    for _attempt in range(4):
        layout = QTextLayout(text, font)
        layout.setTextOption(option)
        layout.setFormats(ranges)
        layout.beginLayout()
        y, lines, cut = 0.0, 0, -1
        while True:
            line = layout.createLine()
            if not line.isValid():
                break
            if lines == max_lines:
                cut = line.textStart()
                break
            line.setLineWidth(width)
            line.setPosition(QPointF(0, y))
            y += line.height()
            lines += 1
        layout.endLayout()
        if cut < 0:
            return layout, y
        # Shorten to the end of the last line that fits, minus room for the ellipsis.
        keep = max(0, cut - 3)
        text = text[:keep].rstrip() + "\u2026"
        ranges = [r for r in ranges if r.start < keep]
        for r in ranges:
            r.length = min(r.length, keep - r.start)
    return layout, y


class ResultDelegate(QStyledItemDelegate):
    """Title, date · category · status, snippet; matches bold and underlined on a marker fill."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._font_cache: tuple[str, tuple] | None = None
        self._sized_title_lines = 1   # what the last sizeHint made room for
        self._relayout_pending = False

    def _title_lines(self, option: QStyleOptionViewItem) -> int:
        """Two lines for the title when the list is narrow (a large font, a small window), so a
        title is not cut to its first word or two; one line otherwise."""
        view = option.widget
        width = view.viewport().width() if view is not None and hasattr(view, "viewport") else option.rect.width()
        return 2 if width < QFontMetrics(self._fonts(option)[0]).averageCharWidth() * _NARROW_CHARS else 1

    def _relayout(self) -> None:
        self._relayout_pending = False
        self.sizeHintChanged.emit(QModelIndex())  # the view lays its (uniform) rows out again

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont, QFont, float, float]:
        """Fonts and line heights for the view's font, made once per font (zoom changes it)."""
        key = option.font.key()
        if self._font_cache is None or self._font_cache[0] != key:
            title = QFont(option.font)
            title.setBold(True)
            title.setPointSizeF(option.font.pointSizeF() * 1.08)
            meta = QFont(option.font)
            meta.setPointSizeF(option.font.pointSizeF() * 0.92)
            self._font_cache = (key, (title, meta, QFont(option.font), QFontMetrics(title).lineSpacing(),
                                      QFontMetrics(meta).lineSpacing()))
        return self._font_cache[1]

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        title, meta, body, _, _ = self._fonts(option)
        _pad_x, pad_y, gap = _padding(body)
        self._sized_title_lines = self._title_lines(option)
        height = (self._sized_title_lines * QFontMetrics(title).lineSpacing() + QFontMetrics(meta).lineSpacing()
                  + _SNIPPET_LINES * QFontMetrics(body).lineSpacing() + 2 * pad_y + 2 * gap)
        return QSize(max(QFontMetrics(body).averageCharWidth() * 24, option.rect.width()), int(height))

    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        model = index.model()
        hit: SearchHit | None = model.hit(index.row()) if isinstance(model, ResultsModel) else index.data(HIT_ROLE)
        if hit is None:
            return super().paint(painter, option, index)
        # No initStyleOption: it asks the model for every role, and the row draws its own text.
        opt = option
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawPrimitive(QStyle.PE_PanelItemViewItem, opt, painter, opt.widget)

        selected = bool(opt.state & QStyle.State_Selected)
        pal: QPalette = opt.palette
        text_color = pal.color(QPalette.HighlightedText if selected else QPalette.Text)
        muted = text_color if selected else theme.muted_text(pal)
        mark = match_format(pal)
        title_font, meta_font, body_font, title_line, meta_line = self._fonts(opt)
        pad_x, pad_y, gap = _padding(body_font)
        width = opt.rect.width() - 2 * pad_x
        x = opt.rect.left() + pad_x
        y = opt.rect.top() + pad_y

        painter.save()
        painter.setClipRect(opt.rect)
        painter.setPen(text_color)
        title_text, title_ranges = _formats(hit.title_marks or ((hit.title, False),), None, mark)
        title_lines = self._title_lines(opt)
        if title_lines != self._sized_title_lines and not self._relayout_pending:
            self._relayout_pending = True  # the list was resized across the narrow threshold
            QTimer.singleShot(0, self._relayout)
        title_lines = min(title_lines, self._sized_title_lines)
        layout, title_height = _layout(title_text, title_ranges, title_font, width, title_lines)
        layout.draw(painter, QPointF(x, y))
        y += max(title_line, title_height) + gap  # a short title leaves its spare line at the bottom

        meta_parts = [format_data_date(hit.date), hit.category_name]
        if hit.status:
            meta_parts.append(labels.status(hit.status))
        painter.setPen(muted)
        painter.setFont(meta_font)
        painter.drawText(QRectF(x, y, width, meta_line), Qt.AlignLeft | Qt.AlignVCenter,
                         painter.fontMetrics().elidedText(" \u00b7 ".join(meta_parts), Qt.ElideRight, width))
        y += meta_line + gap

        painter.setPen(text_color)
        snippet_text, snippet_ranges = _formats(hit.snippet, None, mark)
        layout, _ = _layout(snippet_text, snippet_ranges, body_font, width, _SNIPPET_LINES)
        layout.draw(painter, QPointF(x, y))

        # A hairline between results, drawn in the palette's mid tone so it suits both themes.
        painter.setPen(pal.color(QPalette.Midlight))
        painter.drawLine(opt.rect.left() + pad_x, opt.rect.bottom(), opt.rect.right() - pad_x, opt.rect.bottom())
        painter.restore()
