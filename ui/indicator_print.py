"""Paper and image output of an indicator chart: the chart with its title, points and sources.

One HTML document (QTextDocument) holds the chart image and the text; it is painted onto a
QPrinter page by page (Print dialog, PDF) or onto one tall QImage (PNG export). Output is
always light: fixed colours and a light paint palette, whatever the screen theme.
"""

from __future__ import annotations

import errno
import html
from pathlib import Path

from PySide6.QtCore import QMarginsF, QRectF, QSizeF, Qt, QUrl
from PySide6.QtGui import (QAbstractTextDocumentLayout, QColor, QFont, QFontDatabase, QImage, QPageLayout,
                           QPageSize, QPainter, QPalette, QTextDocument)

from db.errors import AtlasError
from db.safe_save import safe_save
from models import paths
from models.entry import Source
from models.indicators import Indicator

CHART_RESOURCE = "indicator-chart.png"
PREFERRED_FAMILIES = ("DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial", "Helvetica")
MARGIN_MM = 15
FOOTER_PT = 18


class ExportFailed(AtlasError):
    pass


def _family() -> str:
    families = set(QFontDatabase.families())
    return next((f for f in PREFERRED_FAMILIES if f in families), QFont().defaultFamily())


def _paper_palette() -> QPalette:
    palette = QPalette()
    for role, color in ((QPalette.Text, "#111111"), (QPalette.WindowText, "#111111"), (QPalette.Base, "#ffffff"),
                        (QPalette.Window, "#ffffff"), (QPalette.Link, "#111111")):
        palette.setColor(role, QColor(color))
    return palette


def report_title(series: list[Indicator]) -> str:
    if len(series) > 1:
        return f"{series[0].name} compared with {series[1].name}"
    return series[0].name


def report_html(series: list[Indicator], sources: dict[str, Source], data_version: str,
                chart_size: QSizeF, with_points: bool, events_shown: list[str]) -> str:
    esc = html.escape
    parts = [
        "<html><body style='color:#111111'>",
        f"<p style='font-size:15pt; font-weight:bold; margin:0'>{esc(report_title(series))}</p>",
        f"<p style='color:#555555; margin-top:2px'>Unit: {esc(series[0].unit)}"
        + (f" &middot; Reform events marked: {esc(', '.join(events_shown))}" if events_shown else "") + "</p>",
    ]
    for item in series:
        if item.caution:
            parts.append(f"<p style='color:#8a3b00'><b>Caution:</b> {esc(item.caution)}</p>")
    parts.append(f"<p><img src='{CHART_RESOURCE}' width='{int(chart_size.width())}' "
                 f"height='{int(chart_size.height())}'></p>")
    for item in series:
        parts.append(f"<p>{'<b>' + esc(item.label) + ':</b> ' if len(series) > 1 else ''}{esc(item.description)}</p>")
    if with_points:
        parts.append("<p style='font-weight:bold; margin-top:8px'>Points</p>")
        parts.append("<table cellspacing='0' cellpadding='3' border='0' width='100%' "
                     "style='border-collapse:collapse'>")
        header = ["Series", "Date", "Value", "Kind", "Source", "Note"] if len(series) > 1 else \
            ["Date", "Value", "Kind", "Source", "Note"]
        parts.append("<tr>" + "".join(f"<th align='left' style='border-bottom:1px solid #888888'>{h}</th>"
                                      for h in header) + "</tr>")
        for item in series:
            for p in item.points:
                value = (item.part_name(p.part) + ": " if p.part else "") + p.display_value
                cells = ([item.label] if len(series) > 1 else []) + [p.when, value, p.kind_label, p.source_id, p.note]
                parts.append("<tr>" + "".join(f"<td valign='top' style='border-bottom:1px solid #dddddd'>{esc(c)}</td>"
                                              for c in cells) + "</tr>")
        parts.append("</table>")
    parts.append("<p style='font-weight:bold; margin-top:8px'>Sources</p>")
    cited: list[str] = []
    for item in series:
        cited += [i for i in item.cited_source_ids() if i not in cited]
    for source_id in cited:
        source = sources.get(source_id)
        text = source.citation() if source else "(not in the sources table)"
        parts.append(f"<p style='margin:0 0 3px 0'>[{esc(source_id)}] {esc(text)}</p>")
    parts.append(f"<p style='color:#555555; font-size:8pt; margin-top:8px'>{esc(paths.APP_NAME)} &middot; data "
                 f"version {esc(data_version)} &middot; each value as its source gives it; nothing between two "
                 "points is interpolated.</p>")
    parts.append("</body></html>")
    return "".join(parts)


def _document(body_html: str, chart: QImage, width: float, point_size: float) -> QTextDocument:
    doc = QTextDocument()
    doc.setDefaultFont(QFont(_family(), point_size))
    doc.setDocumentMargin(0)
    doc.addResource(QTextDocument.ImageResource, QUrl(CHART_RESOURCE), chart)
    doc.setHtml(body_html)
    doc.setTextWidth(width)
    return doc


def _draw(doc: QTextDocument, painter: QPainter, clip: QRectF) -> None:
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette = _paper_palette()
    context.clip = clip
    doc.documentLayout().draw(painter, context)


def write_png(path: Path, series: list[Indicator], sources: dict[str, Source], data_version: str,
              chart: QImage, events_shown: list[str], width: int = 960, scale: float = 2.0) -> QImage:
    """A figure: title, chart and sources on white, `width * scale` pixels wide."""
    margin = 24
    text_width = width - 2 * margin
    chart_size = QSizeF(text_width, text_width * chart.height() / max(chart.width(), 1))
    doc = _document(report_html(series, sources, data_version, chart_size, False, events_shown),
                    chart, text_width, 10)
    height = int(doc.size().height()) + 2 * margin
    image = QImage(int(width * scale), int(height * scale), QImage.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.Antialiasing | QPainter.TextAntialiasing | QPainter.SmoothPixmapTransform)
    painter.scale(scale, scale)
    painter.translate(margin, margin)
    _draw(doc, painter, QRectF(0, 0, text_width, height))
    painter.end()
    with safe_save(path) as tmp:
        if not image.save(str(tmp), "PNG"):
            raise OSError(errno.EIO, "the image could not be encoded")
    return image


def paint_pages(printer, series: list[Indicator], sources: dict[str, Source], data_version: str,
                chart: QImage, events_shown: list[str]) -> int:
    """Paint the report onto a QPrinter (PDF or paper), A4 portrait. Returns the page count."""
    printer.setPageLayout(QPageLayout(QPageSize(QPageSize.A4), QPageLayout.Portrait,
                                      QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Millimeter))
    page = printer.pageLayout().paintRect(QPageLayout.Point)
    text_width = page.width()
    body_height = page.height() - FOOTER_PT
    chart_size = QSizeF(text_width, text_width * chart.height() / max(chart.width(), 1))
    doc = _document(report_html(series, sources, data_version, chart_size, True, events_shown),
                    chart, text_width, 9)
    doc.setPageSize(QSizeF(text_width, body_height))  # the layout now keeps lines whole across pages
    pages = doc.pageCount()
    painter = QPainter()
    if not painter.begin(printer):
        raise ExportFailed("cannot start printing (is the output file writable?)")
    try:
        painter.setRenderHints(QPainter.Antialiasing | QPainter.TextAntialiasing | QPainter.SmoothPixmapTransform)
        dpi = printer.resolution()
        scale = dpi / 72.0
        footer_font = QFont(_family(), 7)
        title = report_title(series)
        for number in range(pages):
            if number:
                printer.newPage()
            painter.save()
            painter.scale(scale, scale)
            painter.save()
            painter.translate(0, -number * body_height)
            _draw(doc, painter, QRectF(0, number * body_height, text_width, body_height))
            painter.restore()
            painter.setFont(footer_font)
            painter.setPen(QColor("#555555"))
            footer = QRectF(0, body_height + 4, text_width, FOOTER_PT - 4)
            painter.drawText(footer, Qt.AlignLeft | Qt.AlignVCenter,
                             f"{paths.APP_NAME} \u00b7 {title} \u00b7 data version {data_version}")
            painter.drawText(footer, Qt.AlignRight | Qt.AlignVCenter, f"page {number + 1} of {pages}")
            painter.restore()
    finally:
        painter.end()
    return pages
