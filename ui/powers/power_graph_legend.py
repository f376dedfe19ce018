"""The power graph's legend: what each colour and line style means (relation families on a date,
or change statuses in compare mode). Relation labels appear only for the selected body, so the
legend is what reads the other arrows; it is drawn in the scene so the PNG and the printout carry it."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QFontMetricsF, QPainterPath, QPen
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
)

from models.power_balance import PowerBalance, PowerDiff
from ui.i18n import labels
from ui.powers.power_graph_style import GROUP_COLORS, GROUP_LABELS, STATUS_COLORS, GraphColors, edge_color
from ui.powers.power_text import day

translate = QCoreApplication.translate


def legend_rows(colors: GraphColors, balance: PowerBalance, date: str, diff: PowerDiff | None
                ) -> tuple[str, list[tuple[QColor, Qt.PenStyle, str]]]:
    if diff is None:
        title = translate("PowerBalance", "Powers on {date}").format(date=day(date))
        rows = [(colors.pick(GROUP_COLORS[g]), Qt.DashLine if g == "advise" else Qt.SolidLine,
                 labels.label(labels.RELATION_GROUP, g)) for g in GROUP_LABELS]
        rows.append((colors.muted, Qt.DotLine, translate("PowerBalance", "unconfirmed by later sources")))
        return title, rows
    counts = {"gained": len(diff.gained), "lost": len(diff.lost), "changed": len(diff.changed),
              "unclear": len(diff.unclear)}
    title = translate("PowerBalance", "Changes {start} \u2192 {end}").format(
        start=day(diff.from_date), end=day(diff.to_date))

    def status(key: str) -> str:
        return labels.label(labels.CHANGE_LONG, key) + f" ({counts[key]})"
    rows = [(colors.pick(STATUS_COLORS["gained"]), Qt.SolidLine, status("gained")),
            (colors.pick(STATUS_COLORS["lost"]), Qt.DashLine, status("lost")),
            (colors.pick(STATUS_COLORS["changed"]), Qt.SolidLine, status("changed")),
            (colors.pick(STATUS_COLORS["unclear"]), Qt.DotLine, status("unclear")),
            (edge_color(colors, balance.powers[0], "same"), Qt.SolidLine, labels.label(labels.CHANGE_LONG, "same"))]
    return title, rows


def _note() -> str:
    return translate("PowerBalance", "Dashed grey boxes: bodies that do not\nexist on the date shown.")


def legend_size(colors: GraphColors, balance: PowerBalance, font: QFont, title_font: QFont, columns: int = 2
                ) -> QRectF:
    """The room the legend takes in either mode, in two columns or one (a narrow graph folds it),
    for the layout to keep free."""
    metrics = QFontMetricsF(font)
    line_h = metrics.height() * 1.15
    sample = line_h * 2.2 + line_h * 0.4
    note = max(metrics.horizontalAdvance(line) for line in _note().split("\n"))
    widths, heights = [], []
    for diff in (None, balance.diff("2019-01-01", "2100-01-01")):
        _title, rows = legend_rows(colors, balance, "2019-01-01", diff)
        texts = [metrics.horizontalAdvance(t + " (99)") + sample for _c, _s, t in rows]
        half = _first_column(len(rows), columns)
        title_h = QFontMetricsF(title_font).height() * 1.2
        title_w = _title_width(title_font, diff)
        if half < len(rows):  # the note (2.2 lines) under the second column
            widths.append(max(max(texts[:half]) + line_h + max(*texts[half:], note), title_w))
            heights.append(title_h + max(half, len(rows) - half + 2.2) * line_h)
        else:
            widths.append(max(*texts, note, title_w))
            heights.append(title_h + (len(rows) + 2.2) * line_h)
    return QRectF(0, 0, max(widths), max(heights))


def _first_column(count: int, columns: int) -> int:
    """How many rows the first column takes: half of them in two columns, all in one."""
    return (count + 1) // 2 if columns >= 2 else count


def _title_width(title_font: QFont, diff: PowerDiff | None) -> float:
    """The legend title's width with the longest dates it can carry (month names differ in length)."""
    metrics = QFontMetricsF(title_font)
    widths = []
    for sample in ("2026-09-30", "2026-12-31", "2026-02-28"):
        if diff is None:
            title = translate("PowerBalance", "Powers on {date}").format(date=day(sample))
        else:
            title = translate("PowerBalance", "Changes {start} \u2192 {end}").format(start=day(sample), end=day(sample))
        widths.append(metrics.horizontalAdvance(title))
    return max(widths)


def draw_legend(scene: QGraphicsScene, top_left: QPointF, colors: GraphColors, balance: PowerBalance, date: str,
                diff: PowerDiff | None, font: QFont, title_font: QFont, columns: int = 2
                ) -> tuple[list[QGraphicsItem], QRectF]:
    """Add the legend's items to the scene, in two columns or one; return them and the rectangle they cover."""
    title, rows = legend_rows(colors, balance, date, diff)
    line_h = QFontMetricsF(font).height() * 1.15
    sample = line_h * 2.2
    items: list[QGraphicsItem] = []
    heading = QGraphicsSimpleTextItem(title)
    heading.setFont(title_font)
    heading.setBrush(QBrush(colors.text))
    heading.setPos(top_left)
    items.append(heading)
    top = top_left.y() + QFontMetricsF(title_font).height() * 1.2
    half = _first_column(len(rows), columns)
    metrics = QFontMetricsF(font)
    first_w = max(metrics.horizontalAdvance(t) for _c, _s, t in rows[:half]) + sample + line_h * 1.4
    y, x = top, top_left.x()
    for index, (color, style, label) in enumerate(rows):
        if index == half:
            y, x = top, top_left.x() + first_w
        line = QGraphicsPathItem()
        path = QPainterPath(QPointF(x + 2, y + line_h / 2))
        path.lineTo(x + sample, y + line_h / 2)
        line.setPath(path)
        pen = QPen(color, 2.4)
        pen.setStyle(style)
        line.setPen(pen)
        text = QGraphicsSimpleTextItem(label)
        text.setFont(font)
        text.setBrush(QBrush(colors.text))
        text.setPos(x + sample + line_h * 0.4, y)
        items += [line, text]
        y += line_h
    note = QGraphicsSimpleTextItem(_note())
    note.setFont(font)
    note.setBrush(QBrush(colors.muted))
    note.setPos(x, y + line_h * 0.2)
    items.append(note)
    bounds = QRectF()
    for item in items:
        item.setAcceptedMouseButtons(Qt.NoButton)
        item.setZValue(9)  # above the arrows, on its own plate: an arrow passing by never crosses the text
        scene.addItem(item)
        bounds = bounds.united(item.sceneBoundingRect())
    plate = QGraphicsRectItem(bounds.adjusted(-4, -3, 4, 3))
    plate.setPen(QPen(colors.box_border, 1))
    plate.setBrush(QBrush(colors.background))
    plate.setZValue(8)
    plate.setAcceptedMouseButtons(Qt.NoButton)
    scene.addItem(plate)
    items.append(plate)
    return items, plate.rect()
