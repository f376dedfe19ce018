"""The chart as an image for paper and files: drawn (not screen-grabbed) in the light style, with
what it cannot be quoted without printed inside the picture itself: the cautions of the series
shown and a source line (who published the points, the atlas and its data version). A chart
cropped out of a PDF or pasted into an article still says where its numbers come from.
"""

from __future__ import annotations

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QImage, QPainter

from models.indicators import sources_cited_by
from ui.indicators.chart_parts import ChartSpec, ChartStyle
from ui.indicators.indicator_html import caution_lines, short_citation

translate = QCoreApplication.translate
FOOTER_POINT_SIZE = 9.0


def source_line(spec: ChartSpec) -> str:
    """'Source: World Bank, "World Development Indicators", 2024; …; Kazakhstan Reform Atlas, data
    version …' — every source a shown point cites, in order, by publisher, title and date."""
    texts = [short_citation(spec.sources[i]) if i in spec.sources else i for i in sources_cited_by(spec.series)]
    atlas = translate("Paper", "Kazakhstan Reform Atlas")
    version = translate("Paper", "Data version {version}").format(version=spec.data_version) \
        if spec.data_version else ""
    tail = ", ".join(t for t in (atlas, version) if t)
    return translate("Indicators", "Source:") + " " + "; ".join([*texts, tail])


def footer_lines(spec: ChartSpec) -> list[str]:
    """The text printed under the chart inside the image: cautions, then the source line."""
    return [*caution_lines(spec.series), source_line(spec)]


def render_chart(chart, scale: float = 2.0) -> QImage:
    """The chart widget's scene as it stands, at `scale` times its size in pixels."""
    viewport = chart.view.viewport().rect()
    image = QImage(int(viewport.width() * scale), int(viewport.height() * scale), QImage.Format_ARGB32)
    image.fill(chart.style_.background)
    painter = QPainter(image)
    # As pyqtgraph's own exporter does, scatter items in export mode draw their pixel-sized
    # symbols at the output resolution instead of as 1x bitmaps. (Other items are left alone:
    # in export mode the text labels are clipped.)
    items = [i for i in chart.view.scene().items() if isinstance(i, pg.ScatterPlotItem)]
    try:
        for item in items:
            item.setExportMode(True, {"antialias": True, "background": None, "painter": painter,
                                      "resolutionScale": scale})
        painter.setRenderHints(QPainter.Antialiasing | QPainter.TextAntialiasing)
        painter.scale(scale, scale)
        source = chart.view.mapToScene(viewport).boundingRect()
        chart.view.scene().render(painter, QRectF(0, 0, viewport.width(), viewport.height()), source)
    finally:
        painter.end()
        for item in items:
            item.setExportMode(False)
    return image


def with_footer(chart_image: QImage, lines: list[str], scale: float, style: ChartStyle) -> QImage:
    """The chart image with `lines` wrapped underneath, in a 9 pt font at the image's scale."""
    width = chart_image.width() / scale
    font = QFont()
    font.setPointSizeF(FOOTER_POINT_SIZE)
    metrics = QFontMetricsF(font)
    margin = 8.0
    flags = int(Qt.TextWordWrap | Qt.AlignLeft | Qt.AlignTop)
    rects = [metrics.boundingRect(QRectF(0, 0, width - 2 * margin, 10_000), flags, line) for line in lines]
    footer = sum(r.height() + 3 for r in rects) + margin
    image = QImage(chart_image.width(), int(chart_image.height() + footer * scale), QImage.Format_ARGB32)
    image.fill(style.background)
    painter = QPainter(image)
    painter.setRenderHints(QPainter.Antialiasing | QPainter.TextAntialiasing)
    painter.drawImage(0, 0, chart_image)
    painter.scale(scale, scale)
    painter.setFont(font)
    y = chart_image.height() / scale
    for line, rect in zip(lines, rects, strict=True):
        painter.setPen(QColor("#8a3b00") if line.startswith("\u26a0") else style.text)
        painter.drawText(QRectF(margin, y, width - 2 * margin, rect.height() + 2), flags, line)
        y += rect.height() + 3
    painter.end()
    return image


def render_light_chart(spec: ChartSpec, width: int = 900, height: int = 500, scale: float = 2.0) -> QImage:
    """Draw the chart off screen in the light style, its cautions and source line inside the image
    (for paper and exported images)."""
    from ui.indicators.indicator_plot import IndicatorChart
    chart = IndicatorChart(style=ChartStyle.light(line_scale=scale))
    chart.setAttribute(Qt.WA_DontShowOnScreen, True)
    chart.resize(width, height)
    chart.show()  # lays out the scene; nothing appears on screen
    chart.draw(spec)
    chart.note_label.hide()  # printed in the footer instead
    chart.settle()
    image = with_footer(render_chart(chart, scale), footer_lines(spec), scale, chart.style_)
    chart.close()
    chart.deleteLater()
    return image
