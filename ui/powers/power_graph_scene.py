"""The power-balance graph: institutions as nodes grouped by branch, powers as arrows.

The layout depends only on the list of institutions, the font and the width the view offers
(`power_graph_layout`: three columns of branches, or two, or one), never on the date, so a body
stays in the same place while the reader moves through time; bodies that do not exist on the
date are greyed. Colours come from a `GraphColors` scheme: the screen one follows the palette
(light or dark), the print one is always light.

Relation labels: with 40-odd arrows in a window-sized graph, a label on every arrow cannot be
legible at a real text size (they piled up and shrank to ~5 px). So by default an arrow is read
through the legend (colour and line style name its family) and its tooltip, and only the
selected body's relations carry a label (focus mode: its arrows stand out, the rest fade).
"All labels" (and the printout) label every arrow that has a clear spot. Either way a label never
overlaps another label, a body or a branch heading: `power_graph_geometry.label_spot` finds it a
free place or the label is left out (`hidden_labels` counts those; the table lists everything).
"""

from __future__ import annotations

import math

from PySide6.QtCore import QObject, QPointF, QRectF, Qt, Signal
from PySide6.QtGui import QBrush, QFont, QFontMetricsF, QPen
from PySide6.QtWidgets import QGraphicsItem, QGraphicsRectItem, QGraphicsScene, QGraphicsSimpleTextItem

from models.power_balance import BRANCH_ORDER, RELATIONS, Power, PowerBalance, PowerDiff, PowerInstitution
from ui.i18n import labels
from ui.powers.power_graph_geometry import GraphMetrics, label_spot, legible, route
from ui.powers.power_graph_items import EdgeItem, NodeItem
from ui.powers.power_graph_layout import ARRANGEMENTS, VARIANTS, Placement, place
from ui.powers.power_graph_legend import draw_legend, legend_size
from ui.powers.power_graph_style import GraphColors, power_tooltip

MARGIN = 12.0  # room around the map for an arrow along its edge (arrows keep a little inside it)


def relation_group(power: Power) -> str:
    return RELATIONS[power.relation].group if power.relation in RELATIONS else "advise"


class PowerGraphScene(QGraphicsScene):
    """Nodes are made once per balance and font (stable places); edges are rebuilt for each date."""

    edgeClicked = Signal(str)  # power id
    nodeClicked = Signal(str)  # institution id
    changed_view = Signal()    # what is shown changed (for the accessible summary)

    def __init__(self, balance: PowerBalance, colors: GraphColors, parent: QObject | None = None,
                 font: QFont | None = None, sized_by_view: bool = False):
        super().__init__(parent)
        # A view learns its width only once shown: until it says (set_available_width), no arrow is
        # routed (the expensive part), or every one would be routed for a layout soon thrown away.
        # The boxes are laid out meanwhile, for no limit, as before (cheap).
        self.waiting_for_width = sized_by_view
        self.balance = balance
        self.colors = colors
        self.show_labels = False  # every arrow labelled (where there is room), not only the selected body's
        self.focus: str | None = None
        self.current: str | None = None  # the keyboard cursor
        self.hidden_groups: set[str] = set()
        self.hidden_labels = 0
        self.interactive_hint = True  # kept for callers; the hint now lives in the details panel
        self.nodes: dict[str, NodeItem] = {}
        self.edges: list[EdgeItem] = []
        self._boxes: list[tuple[str, QGraphicsRectItem, QGraphicsSimpleTextItem, QGraphicsRectItem]] = []
        self._legend_items: list[QGraphicsItem] = []
        self._legend_at = QPointF()
        self.legend_rect = QRectF()
        self.legend_columns = 2
        self.available_width: float | None = None  # the view's width; None: no limit (paper, PNG)
        self.layout_key: tuple[int, bool] | None = None  # (arrangement, names on two lines): power_graph_layout
        self.date = ""
        self.diff: PowerDiff | None = None
        self.set_font(font or QFont())

    # -- layout ------------------------------------------------------------------------------------
    def set_font(self, font: QFont) -> None:
        """Derive the graph's fonts (never below 9 pt) and every length from `font`, and lay out again."""
        self.node_font = legible(font, bold=True)
        self.edge_font = legible(font)
        self.title_font = legible(font, bold=True)
        self._layouts = self._candidate_layouts()
        self._routes_by_layout: dict[tuple[int, bool], tuple[dict, set]] = {}  # the font moved every box
        self._layout_nodes()
        if self.date:
            self.show_state(self.date, self.diff)

    def set_available_width(self, width: float | None) -> bool:
        """Lay the graph out for a view `width` scene units wide (None: no limit, as on paper): the
        widest layout that fits. True when that changed the layout (bodies moved)."""
        self.available_width = width
        first, self.waiting_for_width = self.waiting_for_width, False
        moved = self._choose()[0] != self.layout_key
        if moved:
            self._layout_nodes()
        if (moved or first) and self.date:
            self.show_state(self.date, self.diff)
        return moved

    def lay_out_now(self) -> None:
        """Route the arrows at once if no view has given its width yet (an export from a view never
        shown): for no limit, as on paper."""
        if self.waiting_for_width:
            self.set_available_width(None)

    def _candidate_layouts(self) -> list[tuple[tuple[int, bool], GraphMetrics, Placement]]:
        """Every layout in VARIANTS order (widest first), worked out once per font: choosing among
        them on a resize is then only comparing widths."""
        names = [i.short for i in self.balance.involved_institutions()]
        legends = {n: legend_size(self.colors, self.balance, self.edge_font, self.title_font, n) for n in (1, 2)}
        layouts = []
        for arrangement, wrap in VARIANTS:
            metrics = GraphMetrics.for_font(self.node_font, self.title_font, names, wrap)
            sizes = {branch: box for branch, (_columns, box) in self._box_sizes(metrics).items()}
            placement = place(sizes, ARRANGEMENTS[arrangement], legends, metrics.gap_x, metrics.gap_y, MARGIN)
            layouts.append(((arrangement, wrap), metrics, placement))
        return layouts

    def _choose(self) -> tuple[tuple[int, bool], GraphMetrics, Placement]:
        """The widest layout whose scene fits the available width; the narrowest when none does."""
        width = self.available_width
        return next((layout for layout in self._layouts if width is None or layout[2].scene.width() <= width),
                    self._layouts[-1])

    def _box_sizes(self, m: GraphMetrics) -> dict[str, tuple[int, QRectF]]:
        """Each branch's box size and how many bodies sit side by side in it."""
        title_metrics = QFontMetricsF(self.title_font)
        sizes: dict[str, tuple[int, QRectF]] = {}
        for branch, members in self._by_branch().items():
            count = len(members)
            columns = count if count <= 2 else (3 if count > 4 else 2)
            rows = math.ceil(count / columns)
            heading = title_metrics.horizontalAdvance(labels.label(labels.BRANCH, branch).upper()) + 2 * m.box_pad
            sizes[branch] = (columns, QRectF(0, 0, max(heading, columns * m.node_w + (columns - 1) * m.col_gap
                                                       + 2 * m.box_pad),
                                             rows * m.node_h + (rows - 1) * m.row_gap + 2 * m.box_pad + m.box_title))
        return sizes

    def _by_branch(self) -> dict[str, list[PowerInstitution]]:
        """The bodies the powers involve, by branch, branches in their usual order."""
        by_branch: dict[str, list[PowerInstitution]] = {}
        for institution in self.balance.involved_institutions():
            by_branch.setdefault(institution.branch, []).append(institution)
        return dict(sorted(by_branch.items(), key=lambda b: BRANCH_ORDER.index(b[0]) if b[0] in BRANCH_ORDER else 99))

    def _layout_nodes(self) -> None:
        for node in self.nodes.values():
            self.removeItem(node)
        for _branch, *items in self._boxes:
            for item in items:
                self.removeItem(item)
        self.nodes, self._boxes = {}, []
        self.layout_key, self.metrics, placement = self._choose()
        # Arrows routed for this layout before (a window made narrower and wide again) are kept:
        # routes by (holder, target, offset), and the grid cells the detours use (they spread out).
        self._routes, self._lanes = self._routes_by_layout.setdefault(self.layout_key, ({}, set()))
        self._legend_at = placement.legend.topLeft()
        self.legend_slot = placement.legend
        self.legend_columns = placement.legend_columns
        by_branch = self._by_branch()
        for branch, (columns, _size) in self._box_sizes(self.metrics).items():
            self._add_box(branch, placement.boxes[branch], by_branch[branch], columns)
        for node_id, node in self.nodes.items():  # a new layout keeps the selection and the cursor
            node.selected = node_id == self.focus
            node.current = node_id == self.current
        self.setSceneRect(placement.scene)

    def _add_box(self, branch: str, box: QRectF, members: list[PowerInstitution], columns: int) -> None:
        m = self.metrics
        rect_item = QGraphicsRectItem(box)
        rect_item.setZValue(0)
        title = QGraphicsSimpleTextItem(labels.label(labels.BRANCH, branch).upper())
        title.setFont(self.title_font)
        title.setPos(box.left() + m.box_pad, box.top() + 0.15 * m.em)
        # An opaque plate under the heading, above the arrows: no arrow is drawn across a branch name.
        plate = QGraphicsRectItem(title.sceneBoundingRect().adjusted(-3, 0, 3, 0))
        plate.setZValue(8)
        title.setZValue(9)
        for item in (rect_item, plate, title):
            item.setAcceptedMouseButtons(Qt.NoButton)
            self.addItem(item)
        self._boxes.append((branch, rect_item, title, plate))
        for index, institution in enumerate(members):
            row, column = divmod(index, columns)
            inner = columns * m.node_w + (columns - 1) * m.col_gap
            left = box.left() + (box.width() - inner) / 2 + column * (m.node_w + m.col_gap)
            top = box.top() + m.box_pad + m.box_title + row * (m.node_h + m.row_gap)
            node = NodeItem(institution, QRectF(left, top, m.node_w, m.node_h), self.nodeClicked.emit,
                            m.node_text(institution.short, self.node_font))
            self.addItem(node)
            self.nodes[institution.id] = node

    def node_center(self, institution_id: str) -> QPointF:
        return self.nodes[institution_id].rect().center()

    def heading_rects(self) -> list[QRectF]:
        return [plate.rect() for *_, plate in self._boxes]

    # -- content -----------------------------------------------------------------------------------
    def show_state(self, date: str, diff: PowerDiff | None = None) -> None:
        """Draw the powers on `date`; with a diff, draw both dates' powers coloured by change."""
        self.date = date
        self.diff = diff
        for edge in self.edges:
            self.removeItem(edge)
        self.edges = []
        if self.waiting_for_width:
            self.restyle()
            return
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
            items += [(power, "lost") for power in diff.lost]
            items += [(u.power, "unclear") for u in diff.unclear if u.power.id not in shown]
            items = [(p, s) for p, s in items if self._drawable(p)]
        self._place_edges(items)
        self.restyle()

    def _drawable(self, power: Power) -> bool:
        return power.holder in self.nodes and power.target in self.nodes

    def _place_edges(self, items: list[tuple[Power, str | None]]) -> None:
        pairs: dict[frozenset[str], list[tuple[Power, str | None]]] = {}
        for power, status in items:
            pairs.setdefault(frozenset((power.holder, power.target)), []).append((power, status))
        node_rects = {i: n.rect().adjusted(-4, -4, 4, 4) for i, n in self.nodes.items()}
        # Headings and the legend sit on opaque plates above the arrows: avoided, but not at any price.
        headings = (*(r.adjusted(-2, -2, 2, 2) for r in self.heading_rects()), self.legend_slot)
        spacing = 1.5 * self.metrics.em
        for group in pairs.values():
            count = len(group)
            for index, (power, status) in enumerate(group):
                edge = EdgeItem(power, status, self.edgeClicked.emit)
                offset = (index - (count - 1) / 2) * spacing
                if power.holder > power.target:
                    offset = -offset  # the same side whichever way the arrow points
                obstacles = [r for i, r in node_rects.items() if i not in (power.holder, power.target)]
                key = (power.holder, power.target, round(offset, 1))
                if key not in self._routes:  # the layout does not change with the date: route once
                    self._routes[key] = route(self.nodes[power.holder].rect(), self.nodes[power.target].rect(),
                                              offset, obstacles, self.metrics.em, self._routing_bounds(), headings,
                                              self._lanes)
                path, arrow = self._routes[key]
                edge.set_geometry(path, arrow, path.pointAtPercent(0.5))
                edge.setToolTip(self._tooltip(power, status))
                self.addItem(edge)
                self.edges.append(edge)

    def _routing_bounds(self) -> QRectF:
        """Where arrows may run: the scene less a few units, so a bend along the edge and its pen
        stay inside what the view and the printout show."""
        inset = 0.35 * self.metrics.em
        return self.sceneRect().adjusted(inset, inset, -inset, -inset)

    def _tooltip(self, power: Power, status: str | None) -> str:
        """An arrow's tooltip, set with the arrow: a new layout makes new arrows, tooltips included."""
        was = None
        if self.diff is not None:
            was = next((c.before for c in self.diff.changed if c.after.id == power.id), None)
        return power_tooltip(power, self.balance.institutions, self.date, status or "", was)

    def edge_for(self, power_id: str) -> EdgeItem | None:
        return next((e for e in self.edges if e.power.id == power_id), None)

    def visible_edges(self) -> list[EdgeItem]:
        return [e for e in self.edges if relation_group(e.power) not in self.hidden_groups]

    def neighbours(self, institution_id: str) -> set[str]:
        return {other for e in self.visible_edges() for other in (e.power.holder, e.power.target)
                if institution_id in (e.power.holder, e.power.target)}

    # -- labels ------------------------------------------------------------------------------------
    def _place_labels(self) -> None:
        """Label the focused body's arrows first (then, with all labels on, the rest, short arrows first)."""
        taken = [n.rect().adjusted(-2, -2, 2, 2) for n in self.nodes.values()] + self.heading_rects()
        if not self.legend_rect.isNull():
            taken.append(self.legend_rect.adjusted(-2, -2, 2, 2))
        bounds = self.sceneRect()
        wanted = [e for e in self.visible_edges()
                  if self.show_labels or (self.focus and self.focus in (e.power.holder, e.power.target))]
        wanted.sort(key=lambda e: (not (self.focus and self.focus in (e.power.holder, e.power.target)),
                                   e.path().length()))
        self.hidden_labels = 0
        for edge in self.edges:
            edge.set_label_shown(False)
        for edge in wanted:
            size = edge.label_size()
            spot = label_spot(edge.path(), size.width() + 4, size.height(), taken, bounds)
            if spot is None:
                self.hidden_labels += 1
                continue
            edge.move_label(spot.center())
            edge.set_label_shown(True)
            taken.append(spot)

    def label_rects(self) -> list[QRectF]:
        """The scene rectangles of the labels drawn (for tests and the accessible summary)."""
        return [e.label_back.sceneBoundingRect() for e in self.edges if e.isVisible() and e.label_back.isVisible()]

    # -- styling -----------------------------------------------------------------------------------
    def set_colors(self, colors: GraphColors) -> None:
        self.colors = colors
        self.restyle()

    def set_show_labels(self, show: bool) -> None:
        self.show_labels = show
        self.restyle()

    def set_hidden_groups(self, groups: set[str]) -> None:
        self.hidden_groups = set(groups)
        self.restyle()

    def select_institution(self, institution_id: str | None) -> None:
        self.focus = institution_id
        for node_id, node in self.nodes.items():
            node.selected = node_id == institution_id
        self.restyle()

    def set_current(self, institution_id: str | None) -> None:
        """Move the keyboard cursor (a visible focus ring) to a body."""
        self.current = institution_id
        for node_id, node in self.nodes.items():
            node.current = node_id == institution_id
            node.update()
        self.changed_view.emit()

    def restyle(self) -> None:
        colors = self.colors
        self.setBackgroundBrush(QBrush(colors.background))
        for _branch, rect_item, title, plate in self._boxes:
            rect_item.setPen(QPen(colors.box_border, 1))
            rect_item.setBrush(QBrush(colors.box))
            plate.setPen(QPen(Qt.NoPen))
            plate.setBrush(QBrush(colors.box))
            title.setBrush(QBrush(colors.muted))
        dates = [self.date] if self.diff is None else [self.diff.from_date, self.diff.to_date]
        related = self.neighbours(self.focus) if self.focus else set()
        for node_id, node in self.nodes.items():
            node.style(colors, any(node.institution.exists_on(d) for d in dates), self.node_font)
            node.setOpacity(1.0 if not self.focus or node_id in related or node_id == self.focus else 0.4)
        visible = set(map(id, self.visible_edges()))
        for edge in self.edges:
            edge.setVisible(id(edge) in visible)
            edge.style(colors, self.date, self.edge_font, self.focus)
        self._draw_legend()
        self._place_labels()
        if not self.waiting_for_width:  # no "0 relations" for a screen reader before the arrows come
            self.changed_view.emit()

    def _draw_legend(self) -> None:
        for item in self._legend_items:
            self.removeItem(item)
        self._legend_items, self.legend_rect = draw_legend(self, self._legend_at, self.colors, self.balance,
                                                           self.date, self.diff, self.edge_font, self.title_font,
                                                           self.legend_columns)

    def focused_relations(self) -> list[EdgeItem]:
        return [e for e in self.visible_edges() if self.focus in (e.power.holder, e.power.target)]
