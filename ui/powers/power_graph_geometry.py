"""Where the power graph's arrows and labels go: sizes from the font, arrows bent around boxes,
labels slid to a free spot.

Sizes are multiples of the font's line height (`GraphMetrics`), so the graph grows with the
system font and the window's text zoom instead of shrinking its text to fit: the view keeps
the text at its real size, the scene picks a narrower layout for a narrower window
(`power_graph_layout`; names on two lines with `two_lines`), and the view pans what still
does not fit.

Arrows are quadratic curves from box edge to box edge. Among bends of growing size on either
side, the first whose curve touches no other box (and no branch heading) wins; when none is
clear, the least crossed one. Labels are placed afterwards, each at the first spot along its
arrow (middle first, then outwards, then nudged to either side) clear of every box, heading,
the legend and the labels placed before it; a label with no clear spot is not drawn (its
relation stays in the tooltip, the details panel and the table).
"""

from __future__ import annotations

import heapq
import itertools
import math
import re
from collections.abc import Iterator
from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF
from PySide6.QtGui import QFont, QFontMetricsF, QPainterPath, QPolygonF

MIN_POINT_SIZE = 9.0  # no graph text below this, whatever the system font


def legible(font: QFont, bold: bool = False) -> QFont:
    """A copy of `font` at least MIN_POINT_SIZE points (pixel-sized fonts are converted)."""
    result = QFont(font)
    size = result.pointSizeF()
    if size <= 0:  # a pixel-sized font: points at the usual 96 dpi
        size = result.pixelSize() * 72 / 96
    result.setPointSizeF(max(size, MIN_POINT_SIZE))
    result.setBold(bold)
    return result


def two_lines(name: str, metrics: QFontMetricsF) -> str:
    """`name` broken onto two lines where its longer line is shortest: at a space, or after a
    hyphen between letters ("Vice-" / "President"). Unchanged when it has no such place."""
    best, widest = name, metrics.horizontalAdvance(name)
    for match in re.finditer(r" |(?<=\w-)(?=\w)", name):
        first, second = name[:match.start()], name[match.end():]
        width = max(metrics.horizontalAdvance(first), metrics.horizontalAdvance(second))
        if width < widest:
            best, widest = f"{first}\n{second}", width
    return best


def text_width(text: str, metrics: QFontMetricsF) -> float:
    return max(metrics.horizontalAdvance(line) for line in text.split("\n"))


@dataclass(frozen=True)
class GraphMetrics:
    """The graph's lengths in scene units, all derived from the body names' font. With `wrap`
    the boxes are two lines tall and as narrow as the names broken onto two lines allow (a
    narrower graph for a narrower window); a name that fits stays on one line."""

    em: float
    node_w: float
    node_h: float
    col_gap: float
    row_gap: float
    box_pad: float
    box_title: float
    gap_x: float
    gap_y: float
    wrap: bool = False

    @classmethod
    def for_font(cls, node_font: QFont, title_font: QFont, names: list[str], wrap: bool = False) -> GraphMetrics:
        metrics = QFontMetricsF(node_font)
        em = metrics.height()
        widest = max((text_width(two_lines(name, metrics) if wrap else name, metrics) for name in names),
                     default=6 * em)
        return cls(em=em, node_w=widest + 0.9 * em, node_h=(2.8 if wrap else 1.8) * em, col_gap=1.2 * em,
                   row_gap=1.6 * em, box_pad=0.55 * em, box_title=QFontMetricsF(title_font).height() + 0.25 * em,
                   gap_x=2.0 * em, gap_y=2.6 * em, wrap=wrap)

    def node_text(self, name: str, node_font: QFont) -> str:
        """The name as its box shows it: on one line when it fits, else on two."""
        metrics = QFontMetricsF(node_font)
        if not self.wrap or metrics.horizontalAdvance(name) <= self.node_w - 0.9 * self.em:
            return name
        return two_lines(name, metrics)


def rect_exit(rect: QRectF, inside: QPointF, toward: QPointF) -> QPointF:
    """Where the segment from the rectangle's centre towards a point leaves the rectangle."""
    dx, dy = toward.x() - inside.x(), toward.y() - inside.y()
    if dx == 0 and dy == 0:
        return inside
    scale = min((rect.width() / 2) / abs(dx) if dx else math.inf,
                (rect.height() / 2) / abs(dy) if dy else math.inf, 1.0)
    return QPointF(inside.x() + dx * scale, inside.y() + dy * scale)


def curve(a_rect: QRectF, b_rect: QRectF, bend: float, head: float) -> tuple[QPainterPath, QPolygonF]:
    """A quadratic arrow from box a to box b whose middle is pushed `bend` units to one side."""
    a, b = a_rect.center(), b_rect.center()
    dx, dy = b.x() - a.x(), b.y() - a.y()
    length = math.hypot(dx, dy) or 1.0
    nx, ny = -dy / length, dx / length
    mid = QPointF((a.x() + b.x()) / 2 + nx * bend, (a.y() + b.y()) / 2 + ny * bend)
    start = rect_exit(a_rect.adjusted(-2, -2, 2, 2), a, mid)
    end = rect_exit(b_rect.adjusted(-3, -3, 3, 3), b, mid)
    control = QPointF(2 * mid.x() - (start.x() + end.x()) / 2, 2 * mid.y() - (start.y() + end.y()) / 2)
    path = QPainterPath(start)
    path.quadTo(control, end)
    angle = math.atan2(end.y() - control.y(), end.x() - control.x())
    arrow = QPolygonF([
        end,
        QPointF(end.x() - head * math.cos(angle - 0.42), end.y() - head * math.sin(angle - 0.42)),
        QPointF(end.x() - head * math.cos(angle + 0.42), end.y() - head * math.sin(angle + 0.42)),
    ])
    return path, arrow


Box = tuple[float, float, float, float]  # left, top, right, bottom


def boxes(rects: list[QRectF]) -> list[Box]:
    """Rectangles as plain numbers, for the many tests the router makes against the same ones."""
    return [(r.left(), r.top(), r.right(), r.bottom()) for r in (rect.normalized() for rect in rects)]


def _near(path: QPainterPath, obstacles: list[Box]) -> list[Box]:
    """The obstacles that meet the curve's control-point rectangle, as QRectF.intersects has it:
    overlapping by more than an edge, and an empty rectangle meets nothing."""
    left, top, right, bottom = boxes([path.controlPointRect()])[0]
    if left == right or top == bottom:
        return []
    return [box for box in obstacles if box[0] != box[2] and box[1] != box[3]
            and left < box[2] and box[0] < right and top < box[3] and box[1] < bottom]


def _points(path: QPainterPath, samples: int) -> Iterator[tuple[float, float]]:
    """The curve's points at i / samples (0 < i < samples), as `pointAtPercent` gives them. Taken
    from a copy that caches its lengths: without the cache Qt measures the whole path again for
    every point (9 of every 10 microseconds of a route went there)."""
    cached = QPainterPath(path)
    cached.setCachingEnabled(True)
    for i in range(1, samples):
        point = cached.pointAtPercent(i / samples)
        yield point.x(), point.y()


def crossings(path: QPainterPath, obstacles: list[QRectF], samples: int = 64) -> int:
    """How many of the obstacles the curve passes through (sampled along its length; a point on
    an obstacle's edge is inside it, as for QRectF.contains)."""
    near = _near(path, boxes(obstacles))
    if not near:
        return 0
    points = list(_points(path, samples))
    return sum(any(left <= x <= right and top <= y <= bottom for x, y in points)
               for left, top, right, bottom in near)


def crosses(path: QPainterPath, obstacles: list[Box], samples: int = 64) -> bool:
    """Whether the curve passes through any of the obstacles (`boxes`): `crossings(...) > 0`,
    stopping at the first point found inside one (the router tries many bends that fail early)."""
    near = _near(path, obstacles)
    if not near:
        return False
    for x, y in _points(path, samples):
        for left, top, right, bottom in near:
            if left <= x <= right and top <= y <= bottom:
                return True
    return False


def route(a_rect: QRectF, b_rect: QRectF, offset: float, obstacles: list[QRectF], em: float,
          bounds: QRectF | None = None, soft: tuple[QRectF, ...] = (), used: set | None = None
          ) -> tuple[QPainterPath, QPolygonF]:
    """The gentlest bend (keeping parallel arrows apart by `offset`) that clears the obstacles;
    when no simple bend does, a path found around them on a grid (`detour`). `soft` obstacles (the
    branch headings, drawn over the arrows anyway) are avoided by bends but only discouraged in detours."""
    length = math.hypot(b_rect.center().x() - a_rect.center().x(), b_rect.center().y() - a_rect.center().y())
    side = 1.0 if offset >= 0 else -1.0
    base = offset + side * (0.9 * em + min(2.8 * em, length * 0.06))
    step = 1.6 * em
    head = 0.62 * em
    inside = bounds.adjusted(2, 2, -2, -2) if bounds is not None else None
    hard_and_soft = boxes([*obstacles, *soft])
    for k in range(0, 12):
        for bend in ((base + side * k * step, base - side * k * step) if k else (base,)):
            path, arrow = curve(a_rect, b_rect, bend, head)
            # The cheap test first: inside the bounds, then clear of every box.
            if ((inside is None or inside.contains(path.controlPointRect()) or inside.contains(path.boundingRect()))
                    and not crosses(path, hard_and_soft)):
                return path, arrow
    if bounds is not None:
        found = detour(a_rect, b_rect, offset, obstacles, em, bounds, soft, used)
        if found is not None:
            return found
    return curve(a_rect, b_rect, base, head)


def detour(a_rect: QRectF, b_rect: QRectF, offset: float, obstacles: list[QRectF], em: float, bounds: QRectF,
           soft: tuple[QRectF, ...] = (), used: set | None = None) -> tuple[QPainterPath, QPolygonF] | None:
    """A* on a grid of half-line cells over the scene, obstacles widened and their edges dearer, then
    the corners smoothed into a curve. Cells earlier detours took (`used`, updated) cost more, so
    arrows sharing a lane spread across it instead of lying on top of each other. None if the boxes
    leave no way through."""
    used = set() if used is None else used
    cell = em / 2
    cols, rows = int(bounds.width() / cell) + 1, int(bounds.height() / cell) + 1
    # Flat grids with a blocked border one cell wide: cell (r, c) is at (r + 1) * width + c + 1, so
    # a step is an index offset and needs no bounds check. Indices order cells as (r, c) tuples do,
    # so the search breaks ties (and finds its path) exactly as on a grid of rows.
    width = cols + 2
    blocked = bytearray(width * (rows + 2))
    near = bytearray(width * (rows + 2))
    blocked[:width] = blocked[-width:] = b"\1" * width
    blocked[::width] = blocked[width - 1::width] = b"\1" * (rows + 2)
    margin = 0.3 * em
    layers = [(rect, blocked, margin) for rect in obstacles] + [(rect, near, margin + cell) for rect in obstacles]
    layers += [(rect, near, 0.0) for rect in soft]
    for rect, grid, grow in layers:
        wide = rect.adjusted(-grow, -grow, grow, grow)
        c0 = max(0, int((wide.left() - bounds.left()) / cell))
        c1 = min(cols - 1, int((wide.right() - bounds.left()) / cell))
        r0 = max(0, int((wide.top() - bounds.top()) / cell))
        r1 = min(rows - 1, int((wide.bottom() - bounds.top()) / cell))
        if c1 < c0:
            continue
        ones = b"\1" * (c1 - c0 + 1)
        for r in range(r0, r1 + 1):
            first = (r + 1) * width + c0 + 1
            grid[first:first + len(ones)] = ones

    def at(point: QPointF) -> tuple[int, int]:
        return (min(rows - 1, max(0, int((point.y() - bounds.top()) / cell))),
                min(cols - 1, max(0, int((point.x() - bounds.left()) / cell))))
    start_rc, goal_rc = at(a_rect.center()), at(b_rect.center())
    start, goal = (start_rc[0] + 1) * width + start_rc[1] + 1, (goal_rc[0] + 1) * width + goal_rc[1] + 1
    goal_r, goal_c = divmod(goal, width)
    lanes = bytearray(len(blocked))
    for r, c in used:
        lanes[(r + 1) * width + c + 1] = 1
    queue = [(0.0, 0.0, start)]
    came = [-1] * len(blocked)
    cost = [math.inf] * len(blocked)
    cost[start] = 0.0
    # A step's cost by whether the cell is near a box (x3), looked up rather than multiplied out
    # (the same numbers), then 2.5 more on a lane an earlier detour took.
    straight, diagonal, lane_cost = (1.0 * 1.0, 1.0 * 3.0), (1.41 * 1.0, 1.41 * 3.0), (0.0, 2.5)
    steps = [(-width, -1, 0, straight), (width, 1, 0, straight), (-1, 0, -1, straight), (1, 0, 1, straight),
             (-width - 1, -1, -1, diagonal), (-width + 1, -1, 1, diagonal), (width - 1, 1, -1, diagonal),
             (width + 1, 1, 1, diagonal)]
    pop, push, hypot = heapq.heappop, heapq.heappush, math.hypot
    while queue:
        _, spent, here = pop(queue)
        if here == goal:
            break
        if spent > cost[here]:
            continue
        here_r, here_c = divmod(here, width)
        for offset_i, dr, dc, step_cost in steps:
            there = here + offset_i
            if blocked[there]:
                continue
            new = spent + step_cost[near[there]] + lane_cost[lanes[there]]
            if new < cost[there]:
                cost[there] = new
                came[there] = here
                push(queue, (new + hypot(goal_r - here_r - dr, goal_c - here_c - dc), new, there))
    if came[goal] < 0:
        return None
    cells = [goal]
    while cells[-1] != start:
        cells.append(came[cells[-1]])
    cells = [(index // width - 1, index % width - 1) for index in cells]
    cells.reverse()
    used.update(cells)
    points = [QPointF(bounds.left() + (c + 0.5) * cell, bounds.top() + (r + 0.5) * cell) for r, c in cells]
    outer_a, outer_b = a_rect.adjusted(-2, -2, 2, 2), b_rect.adjusted(-3, -3, 3, 3)
    points = [p for p in points if not outer_a.contains(p) and not outer_b.contains(p)]
    if len(points) < 2:
        return None
    hard = boxes(obstacles)
    for tolerance in (1.2, 0.6, 0.25):  # as few corners as keep clear of the boxes
        corners = _simplify(points, em * tolerance)
        if not crosses(_polyline(corners), hard):
            break
    dx, dy = corners[-1].x() - corners[0].x(), corners[-1].y() - corners[0].y()
    norm = math.hypot(dx, dy) or 1.0
    shift = QPointF(-dy / norm * offset * 0.5, dx / norm * offset * 0.5)  # parallel arrows apart
    shifted = [corners[0]] + [p + shift for p in corners[1:-1]] + [corners[-1]]
    if not crosses(_polyline(shifted), hard):  # unless moving aside runs it into a box
        corners = shifted
    start_at = rect_exit(outer_a, a_rect.center(), corners[0])
    end_at = rect_exit(outer_b, b_rect.center(), corners[-1])
    corners = [start_at, *corners, end_at]
    path = QPainterPath(corners[0])
    for here, after in itertools.pairwise(corners[1:]):
        path.quadTo(here, (here + after) / 2 if after is not corners[-1] else after)
    if crosses(path, hard):  # rounding a corner clipped a box: keep the corners sharp
        path = _polyline(corners)
    last = corners[-2]
    angle = math.atan2(end_at.y() - last.y(), end_at.x() - last.x())
    head = 0.62 * em
    arrow = QPolygonF([end_at,
                       QPointF(end_at.x() - head * math.cos(angle - 0.42), end_at.y() - head * math.sin(angle - 0.42)),
                       QPointF(end_at.x() - head * math.cos(angle + 0.42), end_at.y() - head * math.sin(angle + 0.42))])
    return path, arrow


def _polyline(points: list[QPointF]) -> QPainterPath:
    path = QPainterPath(points[0])
    for point in points[1:]:
        path.lineTo(point)
    return path


def _simplify(points: list[QPointF], tolerance: float) -> list[QPointF]:
    """Ramer-Douglas-Peucker: the few corners that keep the polyline within `tolerance`."""
    if len(points) < 3:
        return points
    a, b = points[0], points[-1]
    dx, dy = b.x() - a.x(), b.y() - a.y()
    length = math.hypot(dx, dy) or 1.0
    far, index = 0.0, 0
    for i, p in enumerate(points[1:-1], 1):
        distance = abs(dy * p.x() - dx * p.y() + b.x() * a.y() - b.y() * a.x()) / length
        if distance > far:
            far, index = distance, i
    if far <= tolerance:
        return [a, b]
    return _simplify(points[:index + 1], tolerance)[:-1] + _simplify(points[index:], tolerance)


LABEL_STOPS = (0.5, 0.42, 0.58, 0.34, 0.66, 0.26, 0.74, 0.18, 0.82, 0.1, 0.9)


def label_spot(path: QPainterPath, width: float, height: float, taken: list[QRectF], bounds: QRectF
               ) -> QRectF | None:
    """The first rectangle of the label's size along the arrow that overlaps nothing taken."""
    for t in LABEL_STOPS:
        at = path.pointAtPercent(t)
        for shift in (0.0, -0.75 * height, 0.75 * height, -1.5 * height, 1.5 * height):
            rect = QRectF(at.x() - width / 2, at.y() + shift - height / 2, width, height)
            if bounds.contains(rect) and not any(rect.intersects(other) for other in taken):
                return rect
    return None
