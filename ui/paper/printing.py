"""Printed entry summaries: HTML -> QTextDocument -> pages (ui/paper/paper.py).

One code path serves the Print dialog, Print Preview, Export PDF and `main.py print`: the
pages are painted onto any QPagedPaintDevice (a QPrinter or a QPdfWriter). Only QtGui is used,
so the command line needs no widgets, and the painting can run in a worker thread.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPagedPaintDevice, QTextDocument

from db.atlas import Atlas
from db.errors import NotFound
from models import paths
from models.entry import Entry
from ui.entry.entry_html import native_names, summaries_document_html
from ui.paper import paper
from ui.paper.paper import IsCancelled, PrintCancelled, PrintFailed, Progress, never, no_progress

__all__ = ["PrintCancelled", "PrintFailed", "build_document", "export_pdf", "load_entries", "print_entries"]


# -- content -----------------------------------------------------------------------------------

def load_entries(atlas: Atlas, ids: list[str], progress: Progress = no_progress,
                 cancelled: IsCancelled = never, share: int = 300) -> list[Entry]:
    """The entries in the order given; unknown ids stop the job with a clear message."""
    entries = []
    for n, entry_id in enumerate(ids):
        if cancelled():
            raise PrintCancelled()
        try:
            entries.append(atlas.entry(entry_id))
        except NotFound as exc:
            raise PrintFailed(str(exc)) from exc
        progress(share * (n + 1) // max(1, len(ids)),
                 QCoreApplication.translate("Printing", "Reading entry {n} of {total}").format(n=n + 1, total=len(ids)))
    return entries


def institution_names(atlas: Atlas) -> dict[str, list[str]]:
    return {i["id"]: native_names(list(i.get("aliases", []))) for i in atlas.institutions()}


def build_document(entries: list[Entry], names: dict[str, list[str]] | None = None) -> QTextDocument:
    return paper.document(summaries_document_html(entries, names))


def document_title(entries: list[Entry]) -> str:
    if len(entries) == 1:
        return entries[0].title
    return QCoreApplication.translate("Printing", "{n} entry summaries \u2014 {app}").format(
        n=len(entries), app=QCoreApplication.translate("Paper", "Kazakhstan Reform Atlas"))


# -- pages ---------------------------------------------------------------------------------

def paint_entries(device: QPagedPaintDevice, entries: list[Entry], names: dict[str, list[str]] | None,
                  data_version: str, progress: Progress = no_progress, cancelled: IsCancelled = never,
                  start: int = 0) -> int:
    """The summaries' pages onto a device whose page layout is set. Returns the page count."""
    return paper.paint_pages(device, data_version, build_document(entries, names),
                             progress=progress, cancelled=cancelled, start=start)


def print_entries(atlas: Atlas, ids: list[str], device: QPagedPaintDevice,
                  progress: Progress = no_progress, cancelled: IsCancelled = never) -> int:
    """Summaries of the given entries onto a printer or PDF writer. Returns the page count."""
    if not ids:
        raise PrintFailed("nothing to print: no entries were chosen")
    entries = load_entries(atlas, ids, progress, cancelled)
    names = institution_names(atlas)
    if cancelled():
        raise PrintCancelled()
    # The page layout is the caller's: A4 for PDF (paper.write_pdf), the user's choice in the Print dialog.
    return paint_entries(device, entries, names, atlas.data_version, progress, cancelled, start=300)


def export_pdf(atlas: Atlas, ids: list[str], out_path: Path, progress: Progress = no_progress,
               cancelled: IsCancelled = never) -> int:
    """Write the summaries to a PDF file, replacing it only when the whole file is written."""
    entries_title = ids[0] if len(ids) == 1 else f"{len(ids)} entries"
    return paper.write_pdf(out_path, f"{paths.APP_NAME}: {entries_title}",
                           lambda writer: print_entries(atlas, ids, writer, progress, cancelled))
