"""The graph's items: an institution's box and a power's arrow with its label."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFont, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsSimpleTextItem,
)

from models.power_balance import (
    RELATIONS,
    Power,
    PowerInstitution,
)
from ui.common.html_text import esc
from ui.i18n import labels
from ui.powers.power_graph_style import GraphColors, edge_color
from ui.powers.power_text import relation_label


class NodeItem(QGraphicsRectItem):
    """An institution's box with its short name, on one line or two (`text`), centred."""

    def __init__(self, institution: PowerInstitution, rect: QRectF, on_click: Callable[[str], None] | None = None,
                 text: str | None = None):
        super().__init__(rect)
        self.institution = institution
        self.text = text or institution.short
        self.on_click = on_click
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.PointingHandCursor)
        self.setZValue(10)
        branch = labels.label(labels.BRANCH, institution.branch)
        self.setToolTip(f"<b>{esc(institution.name)}</b><br>{esc(branch)}<br>"
                        + esc(QCoreApplication.translate("PowerBalance",
                                                                 "Click to list its powers then and now.")))
        # One text item per line, each centred: a graphics text item lays its text out once, so it
        # prints at the scene's scale (a painter's drawText would size the font for the printer's dpi).
        self.lines = [QGraphicsSimpleTextItem(line, self) for line in self.text.split("\n")]
        for line in self.lines:
            line.setAcceptedMouseButtons(Qt.NoButton)
        self.exists = True
        self.selected = False
        self.current = False  # the keyboard cursor is here: draw a focus ring
        self._ring = QColor()

    def style(self, colors: GraphColors, exists: bool, font: QFont) -> None:
        self.exists = exists
        fill = colors.branch_fill(self.institution.branch) if exists else QColor(colors.background)
        border = colors.branch_edge(self.institution.branch) if exists else QColor(colors.muted)
        pen = QPen(colors.text if self.selected else border, 2.4 if self.selected else 1.3)
        if not exists:
            pen.setStyle(Qt.DashLine)
        self.setPen(pen)
        self.setBrush(QBrush(fill))
        self._ring = QColor(colors.text)
        for line in self.lines:
            line.setFont(font)
            line.setBrush(QBrush(colors.text if exists else colors.muted))
        height = sum(line.boundingRect().height() for line in self.lines)
        rect = self.rect()
        top = rect.center().y() - height / 2
        for line in self.lines:
            bounds = line.boundingRect()
            line.setPos(rect.center().x() - bounds.width() / 2, top)
            top += bounds.height()

    def paint(self, painter, option, widget=None) -> None:
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        painter.setPen(self.pen())
        painter.setBrush(self.brush())
        painter.drawRoundedRect(self.rect(), 7, 7)
        if self.current:
            ring = QPen(self._ring, 2.0, Qt.DashLine)
            painter.setPen(ring)
            painter.setBrush(Qt.NoBrush)
            painter.drawRoundedRect(self.rect().adjusted(-4, -4, 4, 4), 9, 9)

    def boundingRect(self) -> QRectF:
        return super().boundingRect().adjusted(-6, -6, 6, 6)  # room for the focus ring

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.LeftButton and self.on_click is not None:
            self.on_click(self.institution.id)
            event.accept()
        else:
            super().mousePressEvent(event)


class EdgeItem(QGraphicsPathItem):
    """One power: a curved arrow from holder to target with its relation as a label."""

    def __init__(self, power: Power, status: str | None, on_click: Callable[[str], None] | None = None):
        super().__init__()
        self.power = power
        self.on_click = on_click
        self.status = status
        self._hover = False
        self._pen = QPen()
        self.arrow = QPolygonF()
        self.setAcceptHoverEvents(True)
        self.setCursor(Qt.PointingHandCursor)
        self.setZValue(5)
        self.label = QGraphicsSimpleTextItem(self)
        self.label.setAcceptedMouseButtons(Qt.NoButton)
        self.label_back = QGraphicsRectItem(self)
        self.label_back.setAcceptedMouseButtons(Qt.NoButton)
        self.label_back.setPen(QPen(Qt.NoPen))
        self.label_back.setZValue(-1)
        self.label_shown = False

    def set_geometry(self, path: QPainterPath, arrow: QPolygonF, label_at: QPointF) -> None:
        self.prepareGeometryChange()
        self.setPath(path)
        self.arrow = arrow
        self.move_label(label_at)

    def move_label(self, at: QPointF) -> None:
        bounds = self.label.boundingRect()
        self.label.setPos(at.x() - bounds.width() / 2, at.y() - bounds.height() / 2)
        self.label_back.setRect(self.label.pos().x() - 2, self.label.pos().y(), bounds.width() + 4, bounds.height())

    def label_size(self) -> QRectF:
        return self.label.boundingRect()

    def set_label_shown(self, shown: bool) -> None:
        self.label_shown = shown
        self.label.setVisible(shown)
        self.label_back.setVisible(shown)

    def label_text(self) -> str:
        text = relation_label(self.power)
        if self.power.count:
            text += f" {self.power.count}"
        if self.power.disputed_by:
            text += " " + QCoreApplication.translate("PowerBalance", "(disputed)")
        return text

    def style(self, colors: GraphColors, date: str, font: QFont, focus: str | None = None) -> None:
        color = edge_color(colors, self.power, self.status)
        related = bool(focus) and focus in (self.power.holder, self.power.target)
        if focus and not related:
            color.setAlpha(40)  # focus mode: the selected body's relations stand out, the rest fade
        width = (1.6 if self.status in (None, "same") else 2.6) + (1.2 if related else 0)
        self.setZValue(6 if related else 5)
        pen = QPen(color, width + (1.4 if self._hover else 0))
        pen.setCapStyle(Qt.RoundCap)
        group = RELATIONS[self.power.relation].group if self.power.relation in RELATIONS else ""
        if self.status == "lost":
            pen.setStyle(Qt.DashLine)
        elif self.status == "unclear" or not self.power.confirmed_on(date):
            pen.setStyle(Qt.DotLine)
        elif group == "advise" and self.status is None:
            pen.setStyle(Qt.DashLine)
        self._pen = pen
        self.setPen(pen)
        self.label.setText(self.label_text())
        self.label.setFont(font)
        label_color = QColor(color if self.status != "same" else colors.muted)
        if focus and focus not in (self.power.holder, self.power.target):
            label_color.setAlpha(60)
        self.label.setBrush(QBrush(label_color))
        self.label_back.setBrush(QBrush(colors.label_back))

    def shape(self) -> QPainterPath:
        from PySide6.QtGui import QPainterPathStroker
        stroker = QPainterPathStroker()
        stroker.setWidth(10)
        return stroker.createStroke(self.path())

    def boundingRect(self) -> QRectF:
        return super().boundingRect().united(self.arrow.boundingRect()).adjusted(-6, -6, 6, 6)

    def paint(self, painter, option, widget=None) -> None:
        painter.setRenderHint(painter.RenderHint.Antialiasing)
        painter.setPen(self._pen)
        painter.setBrush(Qt.NoBrush)
        painter.drawPath(self.path())
        solid = QPen(self._pen)
        solid.setStyle(Qt.SolidLine)
        painter.setPen(solid)
        painter.setBrush(QBrush(self._pen.color()))
        painter.drawPolygon(self.arrow)

    def hoverEnterEvent(self, event) -> None:
        self._hover = True
        pen = QPen(self._pen)
        pen.setWidthF(self._pen.widthF() + 1.6)
        self._pen = pen
        self.setZValue(8)
        self.label.setVisible(True)  # an unlabelled arrow shows its label while hovered
        self.label_back.setVisible(True)
        self.update()
        super().hoverEnterEvent(event)

    def hoverLeaveEvent(self, event) -> None:
        self._hover = False
        pen = QPen(self._pen)
        pen.setWidthF(max(1.0, self._pen.widthF() - 1.6))
        self._pen = pen
        self.setZValue(5)
        self.set_label_shown(self.label_shown)
        self.update()
        super().hoverLeaveEvent(event)

    def mousePressEvent(self, event) -> None:
        if event.button() == Qt.LeftButton and self.on_click is not None:
            self.on_click(self.power.id)
            event.accept()
        else:
            super().mousePressEvent(event)


