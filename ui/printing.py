"""Printed entry summaries: HTML -> QTextDocument -> pages with a header and "page X of N".

One code path serves the Print dialog, Print Preview, Export PDF and `main.py print`: the
pages are painted onto any QPagedPaintDevice (a QPrinter or a QPdfWriter). Only QtGui is used,
so the command line needs no widgets, and the painting can run in a worker thread.

Paper is always light: the document is laid out with a fixed light palette and fixed colours,
whatever the screen theme.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QMarginsF, QPointF, QRectF, QSizeF, Qt
from PySide6.QtGui import (QAbstractTextDocumentLayout, QColor, QFont, QFontDatabase, QPageLayout, QPageSize,
                           QPagedPaintDevice, QPainter, QPalette, QPdfWriter, QTextDocument)

from db.atlas import Atlas
from db.errors import AtlasError, NotFound
from db.safe_save import require_complete_pdf, safe_save
from models import paths
from models.entry import Entry
from ui.entry_html import native_names, summaries_document_html

Progress = Callable[[int, str], None]   # permille done, what is happening
Cancelled = Callable[[], bool]

PREFERRED_FAMILIES = ("DejaVu Sans", "Noto Sans", "Liberation Sans", "Arial", "Helvetica")
BODY_POINT_SIZE = 10
HEADER_POINT_SIZE = 8
MARGIN_MM = 16
BAND_MM = 9  # header and footer bands inside the margins


class PrintCancelled(AtlasError):
    def __init__(self) -> None:
        super().__init__("printing was cancelled")


class PrintFailed(AtlasError):
    pass


def _no_progress(_permille: int, _text: str) -> None:
    return None


def _never() -> bool:
    return False


def print_family() -> str:
    """A family with Latin and Cyrillic (Kazakh letters included) from those installed."""
    families = set(QFontDatabase.families())
    return next((f for f in PREFERRED_FAMILIES if f in families), QFont().defaultFamily())


def light_palette() -> QPalette:
    palette = QPalette()
    for role, color in ((QPalette.Text, "#000000"), (QPalette.WindowText, "#000000"), (QPalette.Base, "#ffffff"),
                        (QPalette.Window, "#ffffff"), (QPalette.Link, "#000000"), (QPalette.Highlight, "#d0d0d0"),
                        (QPalette.HighlightedText, "#000000")):
        palette.setColor(role, QColor(color))
    return palette


# -- content -----------------------------------------------------------------------------------

def load_entries(atlas: Atlas, ids: list[str], progress: Progress = _no_progress,
                 cancelled: Cancelled = _never, share: int = 300) -> list[Entry]:
    """The entries in the order given; unknown ids stop the job with a clear message."""
    entries = []
    for n, entry_id in enumerate(ids):
        if cancelled():
            raise PrintCancelled()
        try:
            entries.append(atlas.entry(entry_id))
        except NotFound as exc:
            raise PrintFailed(str(exc)) from exc
        progress(share * (n + 1) // max(1, len(ids)), f"Reading entry {n + 1} of {len(ids)}")
    return entries


def institution_names(atlas: Atlas) -> dict[str, list[str]]:
    return {i["id"]: native_names(list(i.get("aliases", []))) for i in atlas.institutions()}


def build_document(entries: list[Entry], names: dict[str, list[str]] | None = None) -> QTextDocument:
    document = QTextDocument()
    document.setDefaultFont(QFont(print_family(), BODY_POINT_SIZE))
    document.setDocumentMargin(0)
    document.setHtml(summaries_document_html(entries, names))
    return document


def document_title(entries: list[Entry]) -> str:
    if len(entries) == 1:
        return entries[0].title
    return f"{len(entries)} entry summaries \u2014 {paths.APP_NAME}"


# -- pages ---------------------------------------------------------------------------------

def set_page_layout(device: QPagedPaintDevice) -> None:
    device.setPageLayout(QPageLayout(QPageSize(QPageSize.A4), QPageLayout.Portrait,
                                     QMarginsF(MARGIN_MM, MARGIN_MM, MARGIN_MM, MARGIN_MM), QPageLayout.Millimeter))


def paint_pages(document: QTextDocument, device: QPagedPaintDevice, data_version: str,
                progress: Progress = _no_progress, cancelled: Cancelled = _never,
                start: int = 300) -> int:
    """Paint the document onto the device page by page; returns the number of pages.

    The painter's origin is the top-left of the printable area (inside the margins). The
    header and footer take a band at the top and bottom of that area; the text flows in
    between, one document page per device page.
    """
    resolution = device.resolution() if hasattr(device, "resolution") else device.logicalDpiX()
    area = device.pageLayout().paintRectPixels(resolution)
    mm = resolution / 25.4
    band = BAND_MM * mm
    body = QRectF(0, band, area.width(), area.height() - 2 * band)
    document.documentLayout().setPaintDevice(device)
    document.setPageSize(QSizeF(body.width(), body.height()))
    pages = document.pageCount()

    painter = QPainter()
    if not painter.begin(device):
        raise PrintFailed("the printer or PDF file could not be opened for writing")
    try:
        for page in range(pages):
            if cancelled():
                raise PrintCancelled()
            if page:
                device.newPage()
            draw_page(painter, document, page, pages, area.width(), area.height(), mm, data_version)
            progress(start + (1000 - start) * (page + 1) // pages, f"Printing page {page + 1} of {pages}")
    except PrintCancelled:
        if hasattr(device, "abort"):
            device.abort()  # a QPrinter: drop the job rather than print half of it
        raise
    finally:
        painter.end()
    return pages


def draw_page(painter: QPainter, document: QTextDocument, page: int, pages: int, width: float, height: float,
              mm: float, data_version: str) -> None:
    """One page: header (app name, data version), the page's slice of the text, footer.

    The text is drawn with a fixed light palette: the application's palette may be dark."""
    band = BAND_MM * mm
    body_height = height - 2 * band
    painter.save()
    painter.setPen(QColor("#333333"))
    painter.setFont(QFont(print_family(), HEADER_POINT_SIZE))
    top = QRectF(0, 0, width, band - 2 * mm)
    painter.drawText(top, Qt.AlignLeft | Qt.AlignBottom, paths.APP_NAME)
    painter.drawText(top, Qt.AlignRight | Qt.AlignBottom, f"Data version {data_version}")
    painter.setPen(QColor("#999999"))
    painter.drawLine(QPointF(0, band - 1.2 * mm), QPointF(width, band - 1.2 * mm))
    painter.setPen(QColor("#333333"))
    bottom = QRectF(0, height - band + 2 * mm, width, band - 2 * mm)
    painter.drawText(bottom, Qt.AlignHCenter | Qt.AlignTop, f"page {page + 1} of {pages}")

    context = QAbstractTextDocumentLayout.PaintContext()
    context.palette = light_palette()
    painter.translate(0, band - page * body_height)
    context.clip = QRectF(0, page * body_height, width, body_height)
    painter.setClipRect(context.clip)
    document.documentLayout().draw(painter, context)
    painter.restore()


def print_entries(atlas: Atlas, ids: list[str], device: QPagedPaintDevice,
                  progress: Progress = _no_progress, cancelled: Cancelled = _never) -> int:
    """Summaries of the given entries onto a printer or PDF writer. Returns the page count."""
    if not ids:
        raise PrintFailed("nothing to print: no entries were chosen")
    entries = load_entries(atlas, ids, progress, cancelled)
    document = build_document(entries, institution_names(atlas))
    if cancelled():
        raise PrintCancelled()
    return paint_pages(document, device, atlas.data_version, progress, cancelled)


def export_pdf(atlas: Atlas, ids: list[str], out_path: Path, progress: Progress = _no_progress,
               cancelled: Cancelled = _never) -> int:
    """Write the summaries to a PDF file, replacing it only when the whole file is written."""
    with safe_save(out_path) as tmp:
        writer = QPdfWriter(str(tmp))
        writer.setResolution(300)
        writer.setCreator(f"{paths.APP_NAME} {paths.VERSION}")
        set_page_layout(writer)
        entries_title = ids[0] if len(ids) == 1 else f"{len(ids)} entries"
        writer.setTitle(f"{paths.APP_NAME}: {entries_title}")
        pages = print_entries(atlas, ids, writer, progress, cancelled)
        del writer  # flushes and closes the file
        require_complete_pdf(tmp)
    return pages
