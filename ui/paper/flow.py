"""Where a long printout is cut into pages: content flows on, and the cuts fall where a reader
expects them.

The document is laid out once as a single column; each page is then a horizontal slice of it.
A cut must not fall inside a *keep zone*: a line of text, a table row, a table short enough to
fit on a page, a heading with the first lines that follow it (no heading alone at a page
bottom), and the first and last two lines of a paragraph (no single line left behind or carried
over). A zone taller than a page cannot be kept and is ignored; the smaller zones inside it
still hold. Qt's own pagination keeps only lines whole.

A table with header rows (`<thead>`, QTextTableFormat.headerRowCount) that runs onto another
page has its header drawn again at the top of that page (`Repeat`), as Qt's own pagination does;
the page then has that much less room, and the header is kept with the first row below it.

`slices` is plain arithmetic on (top, bottom) pairs, tested without Qt; `keep_zones` and
`header_repeats` read them from a laid-out QTextDocument.
"""

from __future__ import annotations

import bisect
from typing import NamedTuple

from PySide6.QtGui import QTextBlock, QTextDocument, QTextTable

Zone = tuple[float, float]


class Repeat(NamedTuple):
    """A table's body (from its first row under the header to its end) and its header's zone:
    a page starting inside the body shows the header first."""

    top: float
    bottom: float
    header: Zone


class Slice(NamedTuple):
    """One page of the column: [top, bottom) of the document, under a repeated table header if any."""

    top: float
    bottom: float
    header: Zone | None = None


def header_at(start: float, repeats: list[Repeat]) -> Zone | None:
    """The header to repeat at the top of a page that starts at `start`, if it starts in a table's body."""
    return next((r.header for r in repeats if r.top <= start < r.bottom - 0.5), None)

# Lines (or table rows) kept with a heading: a section heading with two, an entry's title with
# its date line, status and the start of its summary.
FOLLOWING_UNITS = {1: 5}
FOLLOWING_UNITS_DEFAULT = 2
SHORT_TABLE_SHARE = 0.45   # tables up to this share of a page are never split


def slices(zones: list[Zone], total: float, page: float, repeats: list[Repeat] = ()) -> list[Zone]:
    """Cut [0, total) into slices no taller than `page` (less a repeated table header: `repeats`),
    each ending where no zone is cut (moving the cut up to a zone's top), unless that would leave
    a slice empty."""
    if total <= 0:
        return [(0.0, 0.0)]
    kept = sorted((top, bottom) for top, bottom in zones if bottom - top < page * 0.95 and bottom > top)
    tops = [top for top, _ in kept]
    out: list[Zone] = []
    start = 0.0
    while total - start > 0.5:
        header = header_at(start, repeats)
        room = page - (header[1] - header[0] if header else 0.0)
        end = start + room
        if end >= total:
            out.append((start, total))
            break
        moved = True
        while moved:  # moving the cut up may land it inside another (enclosing) zone
            moved = False
            for top, bottom in kept[bisect.bisect_right(tops, start):bisect.bisect_left(tops, end)]:
                if top < end < bottom:
                    end, moved = top, True
        if end - start < room * 0.05:  # nothing fits whole: cut at the page foot after all
            end = start + room
        out.append((start, end))
        start = end
    return out


def keep_zones(doc: QTextDocument, page: float) -> list[Zone]:
    """The keep zones of a document laid out without pagination, in its coordinates; `page` is
    the page height (tables up to SHORT_TABLE_SHARE of it are kept whole)."""
    layout = doc.documentLayout()
    rows = table_row_zones(doc)                  # block number -> the row zone it sits in
    units: list[tuple[Zone, int]] = []       # lines and table rows in reading order; heading level or 0
    zones: list[Zone] = []
    seen_rows: set[Zone] = set()
    block = doc.begin()
    while block.isValid():
        row = rows.get(block.blockNumber())
        if row is not None:
            if row not in seen_rows:
                seen_rows.add(row)
                units.append((row, 0))
        else:
            lines = _lines(block, layout.blockBoundingRect(block).top())
            heading = block.blockFormat().headingLevel()
            units += [(line, heading) for line in lines]
            if len(lines) >= 2:  # orphans and widows: the first two and the last two lines together
                zones += [(lines[0][0], lines[1][1]), (lines[-2][0], lines[-1][1])]
        block = block.next()
    zones += [zone for zone, _ in units]
    zones += [z for z in _tables(doc, rows) if z[1] - z[0] <= page * SHORT_TABLE_SHARE]
    zones += [(r.header[0], _first_row_bottom(r, rows)) for r in header_repeats(doc, rows)]  # header with a row
    for n, (_zone, heading) in enumerate(units):
        if heading and not (n + 1 < len(units) and units[n + 1][1]):  # the last line of a heading
            following = units[n + 1:n + 1 + FOLLOWING_UNITS.get(heading, FOLLOWING_UNITS_DEFAULT)]
            if following:
                first = n
                while first > 0 and units[first - 1][1]:
                    first -= 1
                zones.append((units[first][0][0], following[-1][0][1]))
    return zones


def flow_slices(doc: QTextDocument, page: float) -> list[Slice]:
    """Page slices of a document laid out as one column (page size height -1), each with the
    table header to repeat above it, if any."""
    repeats = header_repeats(doc, table_row_zones(doc))
    return [Slice(top, bottom, header_at(top, repeats))
            for top, bottom in slices(keep_zones(doc, page), doc.size().height(), page, repeats)]


def header_repeats(doc: QTextDocument, rows: dict[int, Zone]) -> list[Repeat]:
    """The tables with header rows and more rows under them: their bodies and headers. A header's
    zone runs from the table's top edge (its frame, borders included) to the first body row's zone."""
    layout = doc.documentLayout()
    found = []
    for table in _all_tables(doc):
        count = table.format().headerRowCount()
        if not 0 < count < table.rows():
            continue
        first_body = rows.get(table.cellAt(count, 0).firstCursorPosition().block().blockNumber())
        last = rows.get(table.cellAt(table.rows() - 1, 0).firstCursorPosition().block().blockNumber())
        if first_body and last:
            top = layout.frameBoundingRect(table).top()
            found.append(Repeat(first_body[0], last[1], (top, first_body[0])))
    return found


def _first_row_bottom(repeat: Repeat, rows: dict[int, Zone]) -> float:
    """The bottom of the first body row of a repeated table (the row zone starting at its body's top)."""
    return min((bottom for top, bottom in rows.values() if abs(top - repeat.top) < 0.5), default=repeat.top)


def _lines(block: QTextBlock, top: float) -> list[Zone]:
    text_layout = block.layout()
    return [(top + text_layout.lineAt(i).y(), top + text_layout.lineAt(i).y() + text_layout.lineAt(i).height())
            for i in range(text_layout.lineCount())]


def _all_tables(doc: QTextDocument) -> list[QTextTable]:
    found, frames = [], [doc.rootFrame()]
    while frames:
        frame = frames.pop()
        if isinstance(frame, QTextTable):
            found.append(frame)
        frames += frame.childFrames()
    return found


def table_row_zones(doc: QTextDocument) -> dict[int, Zone]:
    """For every block inside a table cell: the zone of its row, from the rule above the row to the
    rule below it (half-way between one row's text and the next's)."""
    layout = doc.documentLayout()
    result: dict[int, Zone] = {}
    for table in _all_tables(doc):
        spans: list[tuple[float, float, list[int]]] = []
        for r in range(table.rows()):
            top, bottom, blocks = float("inf"), float("-inf"), []
            for c in range(table.columns()):
                cell = table.cellAt(r, c)
                block = cell.firstCursorPosition().block()
                last = cell.lastCursorPosition().block()
                while block.isValid():
                    rect = layout.blockBoundingRect(block)
                    top, bottom = min(top, rect.top()), max(bottom, rect.bottom())
                    blocks.append(block.blockNumber())
                    if block == last:
                        break
                    block = block.next()
            if blocks:
                spans.append((top, bottom, blocks))
        for n, (top, bottom, blocks) in enumerate(spans):
            pad_above = (top - spans[n - 1][1]) / 2 if n else None
            pad_below = (spans[n + 1][0] - bottom) / 2 if n + 1 < len(spans) else None
            pad = next((p for p in (pad_above, pad_below) if p is not None and p > 0), (bottom - top) * 0.1)
            zone = (top - (pad_above if pad_above is not None else pad),
                    bottom + (pad_below if pad_below is not None else pad))
            for number in blocks:
                result[number] = zone
    return result


def _tables(doc: QTextDocument, rows: dict[int, Zone]) -> list[Zone]:
    """Each table as one zone, from its first row's top to its last row's bottom."""
    zones = []
    for table in _all_tables(doc):
        first = rows.get(table.cellAt(0, 0).firstCursorPosition().block().blockNumber())
        last = rows.get(table.cellAt(table.rows() - 1, 0).firstCursorPosition().block().blockNumber())
        if first and last:
            zones.append((first[0], last[1]))
    return zones
