"""Paper: the one page loop, header, footer, palette and fonts of every printout and PDF.

Entry summaries, the power-balance graph with its table and the indicator report all go through
`paint_pages`: A4, a header band (app name and what is printed on the left, data version on the
right) and a footer band ("page X of N"), and between them either a slice of a QTextDocument or a
drawing of the caller's (a graph). Only QtGui is used, so pages can be painted on a worker thread
(ui/common/background.py) and by the command line without widgets. PDF files are written with
`write_pdf`, through db/safe_save.py: a failed or cancelled export leaves the old file as it was.

Paper is always light: fixed colours and a light palette, whatever the screen theme.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QColor,
    QFont,
    QFontDatabase,
    QPagedPaintDevice,
    QPageLayout,
    QPageSize,
    QPainter,
    QPalette,
    QPdfWriter,
    QTextDocument,
)

from db.errors import AtlasError
from db.safe_save import require_complete_pdf, safe_save
from models import paths
from ui.common.background import Cancelled as JobCancelled
from ui.paper.flow import flow_slices

Progress = Callable[[int, str], None]   # permille done, what is happening
IsCancelled = Callable[[], bool]
DrawPage = Callable[[QPainter, QRectF], None]  # paints one page's body into the given rectangle

PREFERRED_FAMILIES = ("DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial", "Helvetica")
BODY_POINT_SIZE = 10
HEADER_POINT_SIZE = 8
MARGIN_MM = 16
BAND_MM = 9          # header and footer bands inside the margins
PDF_RESOLUTION = 300
INK, RULE, GREY, MUTED = "#000000", "#999999", "#333333", "#555555"


class PrintCancelled(JobCancelled):
    def __init__(self) -> None:
        super().__init__("printing was cancelled")


class PrintFailed(AtlasError):
    pass


def no_progress(_permille: int, _text: str) -> None:
    return None


def never() -> bool:
    return False


def family() -> str:
    """A family with Latin and Cyrillic (Kazakh letters included) from those installed."""
    families = set(QFontDatabase.families())
    return next((f for f in PREFERRED_FAMILIES if f in families), QFont().defaultFamily())


def font(point_size: float, bold: bool = False) -> QFont:
    result = QFont(family(), point_size)
    result.setBold(bold)
    return result


def light_palette() -> QPalette:
    palette = QPalette()
    for role, color in ((QPalette.Text, INK), (QPalette.WindowText, INK), (QPalette.Base, "#ffffff"),
                        (QPalette.Window, "#ffffff"), (QPalette.Link, INK), (QPalette.Highlight, "#d0d0d0"),
                        (QPalette.HighlightedText, INK)):
        palette.setColor(role, QColor(color))
    return palette


def document(html: str, point_size: float = BODY_POINT_SIZE) -> QTextDocument:
    """A text document in the paper font; `paint_pages` sets its page size for the device."""
    doc = QTextDocument()
    doc.setDefaultFont(font(point_size))
    doc.setDocumentMargin(0)
    doc.setHtml(html)
    return doc


def set_page_layout(device: QPagedPaintDevice, landscape: bool = False) -> None:
    orientation = QPageLayout.Landscape if landscape else QPageLayout.Portrait
    margins = QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM)
    device.setPageLayout(QPageLayout(QPageSize(QPageSize.A4), orientation, margins, QPageLayout.Millimeter))


class Sheet:
    """The printable area of a device in its pixels: body rectangle between the bands, and mm."""

    def __init__(self, device: QPagedPaintDevice):
        resolution = device.resolution() if hasattr(device, "resolution") else device.logicalDpiX()
        area = device.pageLayout().paintRectPixels(resolution)
        self.width, self.height = float(area.width()), float(area.height())
        self.mm = resolution / 25.4
        band = BAND_MM * self.mm
        self.body = QRectF(0, band, self.width, self.height - 2 * band)


def paint_pages(device: QPagedPaintDevice, data_version: str, doc: QTextDocument | None = None, *,
                title: str = "", first_pages: Sequence[DrawPage] = (), progress: Progress = no_progress,
                cancelled: IsCancelled = never, start: int = 0, flow: bool = True) -> int:
    """Paint `first_pages` (drawings) then `doc` page by page onto the device; returns the page count.

    Call `set_page_layout` first. The painter's origin is the top-left of the printable area; each
    page has the header and footer bands, the body between them. `progress` goes from `start` to
    1000; `cancelled` is asked before every page (a QPrinter's job is then aborted).

    `flow` (the default for every printout): the document is laid out as one long column and cut
    into pages by `flow_slices` (headings kept with their text, table rows and short tables whole,
    no lone line of a paragraph, a long table's <thead> repeated on each page it runs onto).
    Without it Qt paginates, which repeats a <thead> too but splits a tall row across pages."""
    sheet = Sheet(device)
    drawings: list[DrawPage] = list(first_pages)
    if doc is not None:
        doc.documentLayout().setPaintDevice(device)
        if flow:
            doc.setPageSize(QSizeF(sheet.body.width(), -1))  # no pagination: one long column
            drawings += [_document_slice(doc, cut.top, cut.bottom, cut.header)
                         for cut in flow_slices(doc, sheet.body.height())]
        else:
            doc.setPageSize(QSizeF(sheet.body.width(), sheet.body.height()))
            drawings += [_document_page(doc, n) for n in range(doc.pageCount())]
    pages = len(drawings)
    painter = QPainter()
    if not painter.begin(device):
        raise PrintFailed("the printer or PDF file could not be opened for writing")
    try:
        painter.setRenderHints(QPainter.Antialiasing | QPainter.TextAntialiasing | QPainter.SmoothPixmapTransform)
        for number, draw in enumerate(drawings):
            if cancelled():
                raise PrintCancelled()
            if number:
                device.newPage()
            draw_bands(painter, sheet, number, pages, data_version, title)
            painter.save()
            painter.setClipRect(sheet.body)
            draw(painter, sheet.body)
            painter.restore()
            progress(start + (1000 - start) * (number + 1) // pages,
                     QCoreApplication.translate("Paper", "Printing page {page} of {pages}").format(
                         page=number + 1, pages=pages))
    except PrintCancelled:
        if hasattr(device, "abort"):
            device.abort()  # a QPrinter: drop the job rather than print half of it
        raise
    finally:
        painter.end()
    return pages


def draw_bands(painter: QPainter, sheet: Sheet, page: int, pages: int, data_version: str, title: str = "") -> None:
    """Header (app name and title, data version) and footer (page X of N) of one page."""
    mm, width = sheet.mm, sheet.width
    band = BAND_MM * mm
    painter.save()
    painter.setPen(QColor(GREY))
    painter.setFont(font(HEADER_POINT_SIZE))
    top = QRectF(0, 0, width, band - 2 * mm)
    app_name = QCoreApplication.translate("Paper", "Kazakhstan Reform Atlas")
    left = f"{app_name} \u00b7 {title}" if title else app_name
    right = QCoreApplication.translate("Paper", "Data version {version}").format(version=data_version)
    room = width - painter.fontMetrics().horizontalAdvance(right) - 4 * mm
    painter.drawText(top, Qt.AlignLeft | Qt.AlignBottom, painter.fontMetrics().elidedText(left, Qt.ElideRight, room))
    painter.drawText(top, Qt.AlignRight | Qt.AlignBottom, right)
    painter.setPen(QColor(RULE))
    painter.drawLine(QPointF(0, band - 1.2 * mm), QPointF(width, band - 1.2 * mm))
    painter.setPen(QColor(GREY))
    bottom = QRectF(0, sheet.height - band + 2 * mm, width, band - 2 * mm)
    footer = QCoreApplication.translate("Paper", "page {page} of {pages}").format(page=page + 1, pages=pages)
    painter.drawText(bottom, Qt.AlignHCenter | Qt.AlignTop, footer)
    painter.restore()


def draw_document(painter: QPainter, doc: QTextDocument, clip: QRectF) -> None:
    """Draw the part of the document inside `clip` (document coordinates) with the light palette."""
    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette = light_palette()
    context.clip = clip
    doc.documentLayout().draw(painter, context)


def _document_page(doc: QTextDocument, page: int) -> DrawPage:
    def draw(painter: QPainter, body: QRectF) -> None:
        painter.translate(body.left(), body.top() - page * body.height())
        draw_document(painter, doc, QRectF(0, page * body.height(), body.width(), body.height()))
    return draw


def _document_slice(doc: QTextDocument, top: float, bottom: float, header: tuple[float, float] | None = None
                    ) -> DrawPage:
    """One page of a flowing document: [top, bottom) of it, below the table header it repeats (if any)."""
    def draw(painter: QPainter, body: QRectF) -> None:
        below = 0.0
        if header is not None:
            below = header[1] - header[0]
            painter.save()
            painter.setClipRect(QRectF(body.left(), body.top(), body.width(), below))
            painter.translate(body.left(), body.top() - header[0])
            draw_document(painter, doc, QRectF(0, header[0], body.width(), below))
            painter.restore()
        painter.setClipRect(QRectF(body.left(), body.top() + below, body.width(), bottom - top))
        painter.translate(body.left(), body.top() + below - top)
        draw_document(painter, doc, QRectF(0, top, body.width(), bottom - top))
    return draw


def write_pdf(out_path: str | Path, title: str, paint: Callable[[QPdfWriter], int], landscape: bool = False) -> int:
    """Write a PDF: `paint(writer)` paints its pages (see `paint_pages`) and returns their count.
    The file replaces `out_path` only when complete (db/safe_save.py); returns the page count."""
    with safe_save(out_path) as tmp:  # refuses a missing folder, a directory, a FIFO or a device
        writer = QPdfWriter(str(tmp))  # only ever the temporary file: safe_save puts it in place
        writer.setResolution(PDF_RESOLUTION)
        writer.setCreator(f"{paths.APP_NAME} {paths.VERSION}")
        writer.setTitle(title)
        set_page_layout(writer, landscape)
        pages = paint(writer)
        del writer  # flushes and closes the file before safe_save checks and renames it
        require_complete_pdf(tmp)  # Qt reports no write errors: a full disk leaves a cut-off PDF
    return pages
