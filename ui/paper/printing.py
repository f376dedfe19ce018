"""Printed entries (summaries or full, with or without notes): HTML (ui/paper/entry_print.py) ->
QTextDocument -> pages flowing on from one entry to the next (ui/paper/paper.py, flow.py).

One code path serves the Print dialog, Print Preview, Export PDF and `main.py print`: the
pages are painted onto any QPagedPaintDevice (a QPrinter or a QPdfWriter). Only QtGui is used,
so the command line needs no widgets, and the painting can run in a worker thread.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QPagedPaintDevice, QTextDocument

from db.atlas import Atlas
from db.errors import NotFound
from models import paths
from models.entry import Entry
from ui.entry.entry_html import native_names
from ui.paper import paper
from ui.paper.entry_print import PrintOptions, entries_print_html
from ui.paper.paper import IsCancelled, PrintCancelled, PrintFailed, Progress, never, no_progress

__all__ = ["PrintCancelled", "PrintFailed", "PrintOptions", "build_document", "export_pdf", "load_entries",
           "print_entries"]


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


def build_document(entries: list[Entry], data_version: str = "", options: PrintOptions | None = None,
                   notes: dict[str, str] | None = None, names: dict[str, list[str]] | None = None,
                   printed: dt.date | None = None) -> QTextDocument:
    return paper.document(entries_print_html(entries, data_version, printed or dt.date.today(),
                                             options or PrintOptions(), notes, names))


def document_title(entries: list[Entry], options: PrintOptions | None = None) -> str:
    """What the header names: the entry's title, or how many entries and in which form."""
    if len(entries) == 1:
        return entries[0].title
    if options is not None and options.full:
        return QCoreApplication.translate("Printing", "{n} entries").format(n=len(entries))
    return QCoreApplication.translate("Printing", "{n} entry summaries").format(n=len(entries))


# -- pages ---------------------------------------------------------------------------------

def paint_entries(device: QPagedPaintDevice, entries: list[Entry], names: dict[str, list[str]] | None,
                  data_version: str, options: PrintOptions | None = None, notes: dict[str, str] | None = None,
                  progress: Progress = no_progress, cancelled: IsCancelled = never, start: int = 0) -> int:
    """The entries' pages onto a device whose page layout is set. Returns the page count."""
    return paper.paint_pages(device, data_version, build_document(entries, data_version, options, notes, names),
                             title=document_title(entries, options), progress=progress, cancelled=cancelled,
                             start=start, flow=True)


def print_entries(atlas: Atlas, ids: list[str], device: QPagedPaintDevice, options: PrintOptions | None = None,
                  notes: dict[str, str] | None = None, progress: Progress = no_progress,
                  cancelled: IsCancelled = never) -> int:
    """The given entries onto a printer or PDF writer. Returns the page count. `notes` (entry id ->
    the reader's note) are printed only when `options.notes` asks for them."""
    if not ids:
        raise PrintFailed("nothing to print: no entries were chosen")
    entries = load_entries(atlas, ids, progress, cancelled)
    names = institution_names(atlas)
    if cancelled():
        raise PrintCancelled()
    # The page layout is the caller's: A4 for PDF (paper.write_pdf), the user's choice in the Print dialog.
    return paint_entries(device, entries, names, atlas.data_version, options, notes, progress, cancelled, start=300)


def export_pdf(atlas: Atlas, ids: list[str], out_path: Path, options: PrintOptions | None = None,
               notes: dict[str, str] | None = None, progress: Progress = no_progress,
               cancelled: IsCancelled = never) -> int:
    """Write the entries to a PDF file, replacing it only when the whole file is written."""
    entries_title = ids[0] if len(ids) == 1 else f"{len(ids)} entries"
    return paper.write_pdf(out_path, f"{paths.APP_NAME}: {entries_title}",
                           lambda writer: print_entries(atlas, ids, writer, options, notes, progress, cancelled))


def saved_notes() -> dict[str, str]:
    """The reader's notes (entry id -> note) from the bookmarks file the window keeps, for
    `main.py print --notes`; nothing when there is no such file yet (none is created)."""
    from PySide6.QtCore import QStandardPaths

    from db.user_store import FILE_NAME, UserStore
    folder = paths.user_data_dir(QStandardPaths.writableLocation(QStandardPaths.AppDataLocation))
    if not (folder / FILE_NAME).is_file():
        return {}
    store = UserStore.open(folder)
    try:
        return {b.entry_id: b.note for b in store.bookmarks() if b.note.strip()}
    finally:
        store.close()
