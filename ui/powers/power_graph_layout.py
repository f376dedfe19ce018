"""Where the power graph's branch boxes and legend go, for the width its view offers.

Arrangements, widest first: three columns of branch boxes (consultative, executive, oversight
over local, legislative, judicial; citizens at the bottom beside the legend), then two, then one,
each with the bodies' names on one line and then on two (narrower boxes). The scene takes the
widest layout that fits the view's width at the real text size, so at its default zoom the map
is never wider than the window: a narrow window makes it taller instead (the wheel scrolls down,
as in any page). Below the narrowest layout the view pans. The layout depends on the fonts and
the width, never on the date: bodies keep their places while the reader moves through time.
"""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QPointF, QRectF

# (column, row) of each branch's box. In two columns the busiest pairs stay beside or above one
# another: executive over legislative, oversight over judicial (the oversight bodies apply to the
# Court), executive beside oversight, legislative beside judicial, citizens under the local bodies
# they elect. The bottom row (citizens) is left out of the column widths: the legend goes beside it.
ARRANGEMENTS: tuple[dict[str, tuple[int, int]], ...] = (
    {"consultative": (0, 0), "executive": (1, 0), "oversight": (2, 0),
     "local": (0, 1), "legislative": (1, 1), "judicial": (2, 1), "citizens": (0, 2)},
    {"executive": (0, 0), "oversight": (1, 0), "legislative": (0, 1), "judicial": (1, 1),
     "local": (0, 2), "consultative": (1, 2), "citizens": (0, 3)},
    {"executive": (0, 0), "legislative": (0, 1), "judicial": (0, 2), "oversight": (0, 3),
     "local": (0, 4), "consultative": (0, 5), "citizens": (0, 6)},
)


# The layouts tried, widest first: (index in ARRANGEMENTS, names broken onto two lines). Narrower
# boxes (long Russian and Kazakh names on two lines) keep three columns in a window where the
# names on one line would need two.
VARIANTS: tuple[tuple[int, bool], ...] = tuple((index, wrap) for index in range(len(ARRANGEMENTS))
                                               for wrap in (False, True))


@dataclass(frozen=True)
class Placement:
    """One arrangement worked out: each branch's box, the legend's slot and how many columns it
    has, and the scene's rectangle."""

    boxes: dict[str, QRectF]
    legend: QRectF
    legend_columns: int
    scene: QRectF


def place(sizes: dict[str, QRectF], cells: dict[str, tuple[int, int]], legends: dict[int, QRectF],
          gap_x: float, gap_y: float, margin: float) -> Placement:
    """Put boxes of the given sizes into the arrangement's cells (a branch it does not know gets a
    cell under the others) and the legend beside the bottom row, in two columns when they fit
    within the grid's width (give or take a column gap), else one; under everything when neither
    fits beside."""
    columns = 1 + max(c for c, _ in cells.values())
    bottom = max(r for _, r in cells.values())
    where = {b: cells[b] for b in sizes if b in cells}
    for index, branch in enumerate(b for b in sizes if b not in cells):
        where[branch] = (index % columns, bottom + 1 + index // columns)
    rows = 1 + max(r for _, r in where.values())
    col_w = [max((sizes[b].width() for b, (c, r) in where.items() if c == col and r != bottom), default=0)
             for col in range(columns)]
    row_h = [max((sizes[b].height() for b, (_c, r) in where.items() if r == row), default=0) for row in range(rows)]
    col_x = [margin]
    for width in col_w[:-1]:
        col_x.append(col_x[-1] + width + gap_x)
    row_y = [margin]
    for height in row_h:
        row_y.append(row_y[-1] + height + (gap_y if height else 0))
    boxes = {}
    for branch, (column, row) in where.items():
        box = QRectF(sizes[branch])
        box.moveTopLeft(QPointF(col_x[column] + max(0.0, (col_w[column] - box.width()) / 2), row_y[row]))
        boxes[branch] = box
    right = max([col_x[-1] + col_w[-1], *(box.right() for box in boxes.values())])
    beside = max([margin, *(box.right() + gap_x for b, box in boxes.items() if where[b][1] == bottom)]
                 + ([col_x[1]] if columns > 1 else []))
    legend, legend_columns = QRectF(), 1
    for count in (2, 1):  # beside the bottom row if it overhangs the grid by a column gap at most
        if beside + legends[count].width() <= right + gap_x:
            legend, legend_columns = legends[count].translated(beside, row_y[bottom]), count
            break
    if legend.isNull():  # no room beside the bottom row: a row of its own under everything
        legend_columns = 2 if margin + legends[2].width() <= right else 1
        legend = legends[legend_columns].translated(margin, row_y[rows])
    width = max(right, legend.right()) + margin
    height = max([legend.bottom(), *(box.bottom() for box in boxes.values())]) + margin
    return Placement(boxes, legend, legend_columns, QRectF(0, 0, width, height))
