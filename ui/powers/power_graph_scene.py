"""The power-balance graph: institutions as nodes grouped by branch, powers as labelled arrows.

The layout depends only on the list of institutions, never on the date, so a body stays in the
same place while the reader moves through time; bodies that do not exist on the date are greyed.
Colours come from a `GraphColors` scheme: the screen one follows the palette (light or dark),
the print one is always light.
"""

from __future__ import annotations

import math

from PySide6.QtCore import QCoreApplication, QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont, QPainterPath, QPen, QPolygonF
from PySide6.QtWidgets import (
    QGraphicsItem,
    QGraphicsPathItem,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsSimpleTextItem,
)

from models.power_balance import (
    BRANCH_ORDER,
    Power,
    PowerBalance,
    PowerDiff,
    PowerInstitution,
)
from ui.i18n import labels
from ui.powers.power_graph_items import EdgeItem, NodeItem
from ui.powers.power_graph_style import (
    BOX_PAD,
    BOX_TITLE,
    BRANCH_CELLS,
    CAPTION_CELL,
    CELL_H,
    CELL_W,
    COL_GAP,
    GAP_X,
    GAP_Y,
    GROUP_COLORS,
    GROUP_LABELS,
    LEGEND_CELL,
    NODE_H,
    NODE_W,
    ROW_GAP,
    STATUS_COLORS,
    GraphColors,
    edge_color,
)
from ui.powers.power_text import day

translate = QCoreApplication.translate


class PowerGraphScene(QGraphicsScene):
    """Nodes are made once per balance (stable places); edges are rebuilt for each date or comparison."""

    edgeClicked = Signal(str)  # power id
    nodeClicked = Signal(str)  # institution id

    def __init__(self, balance: PowerBalance, colors: GraphColors, parent: QObject | None = None):
        super().__init__(parent)
        self.balance = balance
        self.colors = colors
        self.show_labels = True
        self.focus: str | None = None
        self.interactive_hint = True  # off on paper, where nothing can be clicked
        self.node_font = QFont()
        self.node_font.setPointSizeF(9.5)
        self.node_font.setBold(True)
        self.edge_font = QFont()
        self.edge_font.setPointSizeF(7.5)
        self.title_font = QFont()
        self.title_font.setPointSizeF(9)
        self.title_font.setBold(True)
        self.nodes: dict[str, NodeItem] = {}
        self.edges: list[EdgeItem] = []
        self._boxes: list[tuple[str, QGraphicsRectItem, QGraphicsSimpleTextItem]] = []
        self._legend_items: list[QGraphicsItem] = []
        self._caption: QGraphicsSimpleTextItem | None = None
        self.date = ""
        self.diff: PowerDiff | None = None
        self._layout_nodes()
        width = 3 * CELL_W + 2 * GAP_X
        height = 3 * CELL_H + 2 * GAP_Y
        self.setSceneRect(QRectF(-20, -20, width + 40, height + 40))

    # -- layout ------------------------------------------------------------------------------------
    @staticmethod
    def cell_rect(column: int, row: int) -> QRectF:
        return QRectF(column * (CELL_W + GAP_X), row * (CELL_H + GAP_Y), CELL_W, CELL_H)

    def _layout_nodes(self) -> None:
        by_branch: dict[str, list[PowerInstitution]] = {}
        for institution in self.balance.involved_institutions():
            by_branch.setdefault(institution.branch, []).append(institution)
        spare = [(0, 2), (2, 2)]
        for branch in sorted(by_branch, key=lambda b: BRANCH_ORDER.index(b) if b in BRANCH_ORDER else 99):
            members = by_branch[branch]
            cell = BRANCH_CELLS.get(branch) or (spare.pop(0) if spare else (2, 2))
            cell_rect = self.cell_rect(*cell)
            columns = 3 if len(members) == 3 or len(members) > 4 else 2
            rows = math.ceil(len(members) / columns)
            inner_w = columns * NODE_W + (columns - 1) * COL_GAP
            inner_h = rows * NODE_H + (rows - 1) * ROW_GAP
            box = QRectF(0, 0, inner_w + 2 * BOX_PAD, inner_h + 2 * BOX_PAD + BOX_TITLE)
            box.moveCenter(cell_rect.center())
            rect_item = QGraphicsRectItem(box)
            rect_item.setZValue(0)
            rect_item.setAcceptedMouseButtons(Qt.NoButton)
            title = QGraphicsSimpleTextItem(labels.label(labels.BRANCH, branch).upper())
            title.setPos(box.left() + BOX_PAD, box.top() + 5)
            title.setZValue(9)  # above the arrows, below the nodes: the branch names stay legible
            title.setAcceptedMouseButtons(Qt.NoButton)
            self.addItem(rect_item)
            self.addItem(title)
            self._boxes.append((branch, rect_item, title))
            for index, institution in enumerate(members):
                row, column = divmod(index, columns)
                left = box.left() + BOX_PAD + column * (NODE_W + COL_GAP)
                top = box.top() + BOX_PAD + BOX_TITLE + row * (NODE_H + ROW_GAP)
                node = NodeItem(institution, QRectF(left, top, NODE_W, NODE_H), self.nodeClicked.emit)
                self.addItem(node)
                self.nodes[institution.id] = node

    def node_center(self, institution_id: str) -> QPointF:
        return self.nodes[institution_id].rect().center()

    # -- content -----------------------------------------------------------------------------------
    def show_state(self, date: str, diff: PowerDiff | None = None) -> None:
        """Draw the powers on `date`; with a diff, draw both dates' powers coloured by change."""
        self.date = date
        self.diff = diff
        for edge in self.edges:
            self.removeItem(edge)
        self.edges = []
        items: list[tuple[Power, str | None]] = []
        if diff is None:
            items = [(p, None) for p in self.balance.state(date).powers if self._drawable(p)]
        else:
            to_state = self.balance.state(diff.to_date)
            for power in to_state.powers:
                status = diff.status_of(power.id)
                items.append((power, {"gained": "gained", "changed-to": "changed", "unclear": "unclear"}
                              .get(status, "same")))
            shown = {p.id for p, _ in items}
            for power in diff.lost:
                items.append((power, "lost"))
            for item in diff.unclear:
                if item.power.id not in shown:
                    items.append((item.power, "unclear"))
            items = [(p, s) for p, s in items if self._drawable(p)]
        self._place_edges(items)
        self.restyle()

    def _drawable(self, power: Power) -> bool:
        return power.holder in self.nodes and power.target in self.nodes

    def _place_edges(self, items: list[tuple[Power, str | None]]) -> None:
        pairs: dict[frozenset[str], list[tuple[Power, str | None]]] = {}
        for power, status in items:
            pairs.setdefault(frozenset((power.holder, power.target)), []).append((power, status))
        for group in pairs.values():
            count = len(group)
            for index, (power, status) in enumerate(group):
                edge = EdgeItem(power, status, self.edgeClicked.emit)
                offset = (index - (count - 1) / 2) * 30.0
                if power.holder > power.target:
                    offset = -offset  # the same side whichever way the arrow points
                edge.set_geometry(*self._curve(power.holder, power.target, offset))
                self.addItem(edge)
                self.edges.append(edge)
        self._place_labels()

    def _place_labels(self) -> None:
        """Slide each label along its arrow to the first spot clear of nodes and earlier labels."""
        taken = [node.rect().adjusted(-2, -2, 2, 2) for node in self.nodes.values()]
        for edge in sorted(self.edges, key=lambda e: e.path().length()):
            edge.label.setFont(self.edge_font)
            edge.label.setText(edge.label_text())
            size = edge.label.boundingRect()
            chosen = None
            for t in (0.5, 0.4, 0.6, 0.3, 0.7, 0.22, 0.78):
                at = edge.path().pointAtPercent(t)
                rect = QRectF(at.x() - size.width() / 2 - 2, at.y() - size.height() / 2,
                              size.width() + 4, size.height())
                if not any(rect.intersects(other) for other in taken):
                    chosen = (at, rect)
                    break
            if chosen is None:
                at = edge.path().pointAtPercent(0.5)
                chosen = (at, QRectF())
            edge.move_label(chosen[0])
            if not chosen[1].isNull():
                taken.append(chosen[1])

    def _curve(self, holder: str, target: str, offset: float) -> tuple[QPainterPath, QPolygonF, QPointF]:
        a_rect, b_rect = self.nodes[holder].rect(), self.nodes[target].rect()
        a, b = a_rect.center(), b_rect.center()
        dx, dy = b.x() - a.x(), b.y() - a.y()
        length = math.hypot(dx, dy) or 1.0
        nx, ny = -dy / length, dx / length
        bend = offset + (18.0 if abs(offset) < 1 else 0) + min(40.0, length * 0.06)
        mid = QPointF((a.x() + b.x()) / 2 + nx * bend, (a.y() + b.y()) / 2 + ny * bend)
        start = _rect_exit(a_rect.adjusted(-2, -2, 2, 2), a, mid)
        end = _rect_exit(b_rect.adjusted(-3, -3, 3, 3), b, mid)
        control = QPointF(2 * mid.x() - (start.x() + end.x()) / 2, 2 * mid.y() - (start.y() + end.y()) / 2)
        path = QPainterPath(start)
        path.quadTo(control, end)
        angle = math.atan2(end.y() - control.y(), end.x() - control.x())
        size = 9.0
        arrow = QPolygonF([
            end,
            QPointF(end.x() - size * math.cos(angle - 0.42), end.y() - size * math.sin(angle - 0.42)),
            QPointF(end.x() - size * math.cos(angle + 0.42), end.y() - size * math.sin(angle + 0.42)),
        ])
        return path, arrow, path.pointAtPercent(0.5)

    # -- styling -----------------------------------------------------------------------------------
    def set_colors(self, colors: GraphColors) -> None:
        self.colors = colors
        self.restyle()

    def set_show_labels(self, show: bool) -> None:
        self.show_labels = show
        self.restyle()

    def select_institution(self, institution_id: str | None) -> None:
        self.focus = institution_id
        for node_id, node in self.nodes.items():
            node.selected = node_id == institution_id
        self.restyle()

    def restyle(self) -> None:
        colors = self.colors
        self.setBackgroundBrush(QBrush(colors.background))
        title_color = QColor(colors.muted)
        for _branch, rect_item, title in self._boxes:
            rect_item.setPen(QPen(colors.box_border, 1))
            rect_item.setBrush(QBrush(colors.box))
            title.setFont(self.title_font)
            title.setBrush(QBrush(title_color))
        dates = [self.date] if self.diff is None else [self.diff.from_date, self.diff.to_date]
        for node in self.nodes.values():
            node.style(colors, any(node.institution.exists_on(d) for d in dates), self.node_font)
        for edge in self.edges:
            edge.style(colors, self.date, self.edge_font, self.show_labels, self.focus)
        self._draw_legend()

    def _draw_legend(self) -> None:
        for item in self._legend_items:
            self.removeItem(item)
        self._legend_items = []
        cell = self.cell_rect(*LEGEND_CELL)
        colors = self.colors
        if self.diff is None:
            title = translate("PowerBalance", "Powers on {date}").format(date=day(self.date))
            rows = [(colors.pick(GROUP_COLORS[g]), Qt.DashLine if g == "advise" else Qt.SolidLine,
                     labels.label(labels.RELATION_GROUP, g)) for g in GROUP_LABELS]
            rows.append((colors.muted, Qt.DotLine, translate("PowerBalance", "unconfirmed by later sources")))
        else:
            counts = {"gained": len(self.diff.gained), "lost": len(self.diff.lost),
                      "changed": len(self.diff.changed), "unclear": len(self.diff.unclear)}
            title = translate("PowerBalance", "Changes {start} \u2192 {end}").format(
                start=day(self.diff.from_date), end=day(self.diff.to_date))

            def status(key: str) -> str:
                return labels.label(labels.CHANGE_LONG, key) + f" ({counts[key]})"
            rows = [(colors.pick(STATUS_COLORS["gained"]), Qt.SolidLine, status("gained")),
                    (colors.pick(STATUS_COLORS["lost"]), Qt.DashLine, status("lost")),
                    (colors.pick(STATUS_COLORS["changed"]), Qt.SolidLine, status("changed")),
                    (colors.pick(STATUS_COLORS["unclear"]), Qt.DotLine, status("unclear")),
                    (edge_color(colors, self.balance.powers[0], "same"), Qt.SolidLine,
                     labels.label(labels.CHANGE_LONG, "same"))]
        heading = QGraphicsSimpleTextItem(title)
        heading.setFont(self.title_font)
        heading.setBrush(QBrush(colors.text))
        # Bottom-aligned in its cell: the legend grows upwards into the free space between rows.
        top = cell.bottom() - (26 + 17 * len(rows) + 34)
        heading.setPos(cell.left() + 4, top + 4)
        self.addItem(heading)
        self._legend_items.append(heading)
        y = top + 26
        for color, style, label in rows:
            line = QGraphicsPathItem()
            path = QPainterPath(QPointF(cell.left() + 6, y + 7))
            path.lineTo(cell.left() + 40, y + 7)
            line.setPath(path)
            pen = QPen(color, 2.4)
            pen.setStyle(style)
            line.setPen(pen)
            text = QGraphicsSimpleTextItem(label)
            text.setFont(self.edge_font)
            text.setBrush(QBrush(colors.text))
            text.setPos(cell.left() + 48, y)
            for item in (line, text):
                item.setAcceptedMouseButtons(Qt.NoButton)
                self.addItem(item)
                self._legend_items.append(item)
            y += 17
        note = QGraphicsSimpleTextItem(translate("PowerBalance", "Dashed grey boxes: bodies that do not\nexist on "
                                                                 "the date shown."))
        note.setFont(self.edge_font)
        note.setBrush(QBrush(colors.muted))
        note.setPos(cell.left() + 6, y + 4)
        hint = QGraphicsSimpleTextItem(translate("PowerBalance", "Click an arrow to open the reform that\nchanged it; "
                                                                 "click a body to list its\npowers then and now. "
                                                                 "Hover for sources."))
        hint.setFont(self.edge_font)
        hint.setBrush(QBrush(colors.muted))
        caption = self.cell_rect(*CAPTION_CELL)
        hint_size = hint.boundingRect()
        hint.setPos(caption.right() - hint_size.width() - 4, caption.bottom() - hint_size.height() - 4)
        for item in (note, hint) if self.interactive_hint else (note,):
            item.setAcceptedMouseButtons(Qt.NoButton)
            self.addItem(item)
            self._legend_items.append(item)

    def edge_for(self, power_id: str) -> EdgeItem | None:
        return next((e for e in self.edges if e.power.id == power_id), None)


def _rect_exit(rect: QRectF, inside: QPointF, toward: QPointF) -> QPointF:
    """Where the segment from the rectangle's centre towards a point leaves the rectangle."""
    dx, dy = toward.x() - inside.x(), toward.y() - inside.y()
    if dx == 0 and dy == 0:
        return inside
    scale = min(
        (rect.width() / 2) / abs(dx) if dx else math.inf,
        (rect.height() / 2) / abs(dy) if dy else math.inf,
    )
    scale = min(scale, 1.0)
    return QPointF(inside.x() + dx * scale, inside.y() + dy * scale)
