"""Paper and image output of an indicator chart: the chart with its title, points and sources.

One HTML document holds the chart image and the text; it is painted by the paper module's page
loop (ui/paper/paper.py: Print dialog, PDF) or onto one tall QImage (PNG export). Output is
always light. Only QtGui: both run on a worker thread once the chart image is rendered.
"""

from __future__ import annotations

import errno
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSizeF, QUrl
from PySide6.QtGui import QColor, QImage, QPagedPaintDevice, QPainter, QTextDocument

from db.errors import AtlasError
from db.safe_save import safe_save
from models import paths
from models.entry import Source
from models.indicators import Indicator, bound_prefix, sources_cited_by
from ui.common.html_text import esc
from ui.entry.entry_html import translation_notice
from ui.i18n import labels
from ui.i18n.dates import format_date
from ui.paper import paper

translate = QCoreApplication.translate

CHART_RESOURCE = "indicator-chart.png"


class ExportFailed(AtlasError):
    pass


def report_title(series: list[Indicator]) -> str:
    if len(series) > 1:
        return translate("Indicators", "{first} compared with {second}").format(first=series[0].name,
                                                                                 second=series[1].name)
    return series[0].name


def report_html(series: list[Indicator], sources: dict[str, Source], data_version: str,
                chart_size: QSizeF, with_points: bool, events_shown: list[str]) -> str:
    parts = [
        "<html><body style='color:#111111'>",
        f"<p style='font-size:15pt; font-weight:bold; margin:0'>{esc(report_title(series))}</p>",
        "<p style='color:#555555; margin-top:2px'>" + esc(translate("Indicators", "Unit:")) + f" {esc(series[0].unit)}"
        + (" &middot; " + esc(translate("Indicators", "Reform events marked:")) + f" {esc(', '.join(events_shown))}"
           if events_shown else "") + "</p>",
    ]
    if translation_notice():
        parts.append(f"<p style='color:#555555'><i>{esc(translation_notice())}</i></p>")
    for item in series:
        if item.caution:
            parts.append("<p style='color:#8a3b00'><b>\u26a0 " + esc(item.label) + ":</b> "
                         + f"{esc(item.caution)}</p>")  # named: the caution concerns this series only
    parts.append(f"<p><img src='{CHART_RESOURCE}' width='{int(chart_size.width())}' "
                 f"height='{int(chart_size.height())}'></p>")
    for item in series:
        parts.append(f"<p>{'<b>' + esc(item.label) + ':</b> ' if len(series) > 1 else ''}{esc(item.description)}</p>")
    if with_points:
        parts.append("<p style='font-weight:bold; margin-top:8px'>" + esc(translate("Indicators", "Points")) + "</p>")
        parts.append("<table cellspacing='0' cellpadding='3' border='0' width='100%' "
                     "style='border-collapse:collapse'>")
        header = [translate("Indicators", "Date"), translate("Indicators", "Value"), translate("Indicators", "Kind"),
                  translate("Indicators", "Source"), translate("Indicators", "Note")]
        if len(series) > 1:
            header.insert(0, translate("Indicators", "Series"))
        parts.append("<thead><tr>" + "".join(f"<th align='left' style='border-bottom:1px solid #888888'>{esc(h)}</th>"
                                             for h in header) + "</tr></thead>")  # repeated atop each page
        for item in series:
            for p in item.points:
                value = (item.part_name(p.part) + ": " if p.part else "") + bound_prefix(p.bound) + p.display_value
                when = format_date(p.date) if p.date else str(p.year)
                kind = labels.label(labels.POINT_KIND, p.kind)
                source = sources.get(p.source_id)
                who = source.publisher if source is not None and source.publisher else p.source_id
                cells = ([item.label] if len(series) > 1 else []) + [when, value, kind, who, p.note]
                parts.append("<tr>" + "".join(f"<td valign='top' style='border-bottom:1px solid #dddddd'>{esc(c)}</td>"
                                              for c in cells) + "</tr>")
        parts.append("</table>")
    parts.append("<p style='font-weight:bold; margin-top:8px'>" + esc(translate("Indicators", "Sources")) + "</p>")
    for source_id in sources_cited_by(series):
        source = sources.get(source_id)
        text = source.citation() if source else translate("Indicators", "(not in the sources table)")
        parts.append(f"<p style='margin:0 0 3px 0'>[{esc(source_id)}] {esc(text)}</p>")
    parts.append("<p style='color:#555555; font-size:8pt; margin-top:8px'>"
                 + esc(translate("Paper", "Kazakhstan Reform Atlas")) + " &middot; "
                 + esc(translate("Paper", "Data version {version}").format(version=data_version)) + " &middot; "
                 + esc(translate("Indicators", "each value as its source gives it; nothing between two points is "
                                               "interpolated.")) + "</p>")
    parts.append("</body></html>")
    return "".join(parts)


def _document(body_html: str, chart: QImage, point_size: float) -> QTextDocument:
    doc = paper.document("", point_size)
    doc.addResource(QTextDocument.ImageResource, QUrl(CHART_RESOURCE), chart)
    doc.setHtml(body_html)
    return doc


def _chart_size(chart: QImage, width: float) -> QSizeF:
    return QSizeF(width, width * chart.height() / max(chart.width(), 1))


def write_png(path: Path, series: list[Indicator], sources: dict[str, Source], data_version: str,
              chart: QImage, events_shown: list[str], width: int = 960, scale: float = 2.0) -> QImage:
    """A figure: title, chart and sources on white, `width * scale` pixels wide."""
    margin = 24
    text_width = width - 2 * margin
    doc = _document(report_html(series, sources, data_version, _chart_size(chart, text_width), False, events_shown),
                    chart, 10)
    doc.setTextWidth(text_width)
    height = int(doc.size().height()) + 2 * margin
    image = QImage(int(width * scale), int(height * scale), QImage.Format_RGB32)
    image.fill(QColor("#ffffff"))
    painter = QPainter(image)
    painter.setRenderHints(QPainter.Antialiasing | QPainter.TextAntialiasing | QPainter.SmoothPixmapTransform)
    painter.scale(scale, scale)
    painter.translate(margin, margin)
    paper.draw_document(painter, doc, QRectF(0, 0, text_width, height))
    painter.end()
    with safe_save(path) as tmp:
        if not image.save(str(tmp), "PNG"):
            raise OSError(errno.EIO, "the image could not be encoded")
    return image


def paint_pages(device: QPagedPaintDevice, series: list[Indicator], sources: dict[str, Source], data_version: str,
                chart: QImage, events_shown: list[str], progress: paper.Progress = paper.no_progress,
                cancelled: paper.IsCancelled = paper.never) -> int:
    """The report onto a QPrinter or QPdfWriter, A4 portrait, through the paper page loop."""
    paper.set_page_layout(device)
    body_width = paper.Sheet(device).body.width()  # the document is laid out in device pixels
    # Qt scales an image's given size by the device's dots per inch over 96 when the document is
    # laid out for a device: give the size in those 96-dpi units, or the chart spills off the page.
    body_width *= 96.0 / max(device.logicalDpiX(), 1)
    doc = _document(report_html(series, sources, data_version, _chart_size(chart, body_width), True, events_shown),
                    chart, 9)
    return paper.paint_pages(device, data_version, doc, title=report_title(series),
                             progress=progress, cancelled=cancelled)


def write_pdf(path: Path, series: list[Indicator], sources: dict[str, Source], data_version: str,
              chart: QImage, events_shown: list[str], progress: paper.Progress = paper.no_progress,
              cancelled: paper.IsCancelled = paper.never) -> int:
    return paper.write_pdf(path, f"{paths.APP_NAME}: {report_title(series)}",
                           lambda writer: paint_pages(writer, series, sources, data_version, chart, events_shown,
                                                      progress, cancelled))
