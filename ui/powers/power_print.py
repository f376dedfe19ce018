"""The power balance on paper and as an image: graph page, then the table of relations.

Pages go through the paper module (ui/paper/paper.py: header with data version, "page X of N",
light palette). The graph is a QGraphicsScene, which must be painted on the GUI thread, so the
power printout is painted there (Print Preview asks for pages there anyway).
"""

from __future__ import annotations

import errno
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QImage, QPagedPaintDevice, QPainter

from db.safe_save import safe_save
from models.power_balance import PowerBalance, PowerDiff
from ui.common.html_text import esc
from ui.entry.entry_html import translation_notice
from ui.i18n import labels
from ui.paper import paper
from ui.powers.power_graph_scene import PowerGraphScene
from ui.powers.power_graph_style import GraphColors
from ui.powers.power_table_model import PowerRow
from ui.powers.power_text import day, period, relation_label

translate = QCoreApplication.translate

TABLE_POINT_SIZE = 7


def title(date: str, diff: PowerDiff | None) -> str:
    if diff is not None:
        return translate("PowerBalance", "Power balance: changes {start} \u2192 {end}").format(
            start=day(diff.from_date), end=day(diff.to_date))
    return translate("PowerBalance", "Power balance on {date}").format(date=day(date))


def table_html(balance: PowerBalance, rows: list[PowerRow], diff: PowerDiff | None, heading: str) -> str:
    columns: tuple[tuple[str, int], ...] = ((translate("PowerTable", "Change"), 6),) if diff is not None else ()
    columns += ((translate("PowerTable", "Holder"), 11), (translate("PowerTable", "Relation"), 9),
                (translate("PowerTable", "Target"), 11),
                (translate("PowerTable", "Detail"), 20), (translate("PowerTable", "Valid"), 9),
                (translate("PowerTable", "Reform entry"), 10), (translate("PowerTable", "Sources"), 24))
    header = "".join(f"<th align='left' width='{w}%'>{esc(c)}</th>" for c, w in columns)
    body = []
    for row in rows:
        power = row.power
        cells = [esc(labels.label(labels.CHANGE, row.status))] if diff is not None else []
        disputed = (" <i>" + esc(translate("PowerBalance", "Disputed by:")) + " "
                    + esc("; ".join(s.citation() for s in power.disputed_by)) + "</i>" if power.disputed_by else "")
        cells += [esc(balance.institutions[power.holder].name), esc(relation_label(power)),
                  esc(balance.institutions[power.target].name), esc(power.detail),
                  esc(period(power)), esc(power.entry.title if power.entry else ""),
                  esc("; ".join(s.citation() for s in power.sources)) + disputed]
        body.append("<tr>" + "".join(f"<td valign='top'>{c}</td>" for c in cells) + "</tr>")
    notice = translation_notice()
    return ((f"<p><i>{esc(notice)}</i></p>" if notice else "")
            + "<h3>" + esc(translate("PowerBalance", "{heading}: relations: {n}").format(heading=heading, n=len(rows)))
            + "</h3>"
            "<table border='0.5' cellspacing='0' cellpadding='2' width='100%' style='border-color:#999'>"
            f"<thead><tr style='background:#eeeeee'>{header}</tr></thead>{''.join(body)}</table>")


def paint_pages(device: QPagedPaintDevice, balance: PowerBalance, date: str, diff: PowerDiff | None,
                rows: list[PowerRow], show_labels: bool, data_version: str) -> int:
    """The graph (always on light paper) on an A4 landscape page, then the table. Returns pages."""
    heading = title(date, diff)
    scene = PowerGraphScene(balance, GraphColors.print_light())
    scene.show_labels = show_labels
    scene.interactive_hint = False
    scene.show_state(date, diff)

    def graph_page(painter: QPainter, body: QRectF) -> None:
        painter.setFont(paper.font(13, bold=True))
        painter.setPen(Qt.black)
        line = painter.fontMetrics().height()
        painter.drawText(QRectF(body.left(), body.top(), body.width(), line * 1.4),
                         Qt.AlignLeft | Qt.AlignVCenter, heading)
        painter.setFont(paper.font(8))
        small = painter.fontMetrics().height()
        painter.drawText(QRectF(body.left(), body.top() + line * 1.4, body.width(), small * 1.5),
                         Qt.AlignLeft | Qt.AlignVCenter,
                         translate("PowerBalance", "each relation with its sources on the following pages"))
        top = line * 1.4 + small * 2
        scene.render(painter, QRectF(body.left(), body.top() + top, body.width(), body.height() - top),
                     scene.sceneRect(), Qt.KeepAspectRatio)

    paper.set_page_layout(device, landscape=True)
    doc = paper.document(table_html(balance, rows, diff, heading), TABLE_POINT_SIZE)
    return paper.paint_pages(device, data_version, doc, title=heading, first_pages=[graph_page])


def write_pdf(path: str | Path, balance: PowerBalance, date: str, diff: PowerDiff | None,
              rows: list[PowerRow], show_labels: bool, data_version: str) -> int:
    return paper.write_pdf(path, title(date, diff),
                           lambda writer: paint_pages(writer, balance, date, diff, rows, show_labels, data_version),
                           landscape=True)


def write_png(scene: PowerGraphScene, path: str | Path, scale: float = 2.0) -> bool:
    """The graph as shown (screen colours), `scale` times its scene size. True once written; raises
    SaveError (one line, the old file kept) otherwise."""
    rect = scene.sceneRect()
    image = QImage(int(rect.width() * scale), int(rect.height() * scale), QImage.Format_ARGB32)
    image.fill(scene.colors.background)
    painter = QPainter(image)
    painter.setRenderHints(QPainter.Antialiasing | QPainter.TextAntialiasing)
    scene.render(painter, QRectF(0, 0, image.width(), image.height()), rect)
    painter.end()
    with safe_save(path) as tmp:
        if not image.save(str(tmp), "PNG"):
            raise OSError(errno.EIO, "the image could not be encoded")
    return True
