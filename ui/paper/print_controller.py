"""Print, Print Preview and Export PDF from the window, for any list of entry ids.

Printing and PDF export run in a worker thread with its own database connection, behind a
progress dialog with Cancel; the window stays responsive. Print Preview paints on the GUI
thread because the preview widget asks for pages there. QtPrintSupport is imported only here,
on first use, as start-up does not need it.
"""

from __future__ import annotations

import threading
from pathlib import Path

from PySide6.QtCore import QObject, QThread, Signal
from PySide6.QtWidgets import QFileDialog, QProgressDialog, QWidget

from db.atlas import Atlas
from db.errors import AtlasError
from ui.common.messages import warn
from ui.paper import printing


class PrintThread(QThread):
    """Runs one print or export job; `target` is a PDF path or a QPrinter."""

    progressed = Signal(int, str)
    succeeded = Signal(int)     # pages
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, atlas_path: Path, ids: list[str], target, parent: QObject | None = None):
        super().__init__(parent)
        self.atlas_path = atlas_path
        self.ids = list(ids)
        self.target = target
        self.cancel_event = threading.Event()

    def cancel(self) -> None:
        self.cancel_event.set()

    def run(self) -> None:
        atlas = None
        try:
            atlas = Atlas(self.atlas_path)  # sqlite connections are not shared between threads
            report = lambda permille, text: self.progressed.emit(permille, text)  # noqa: E731
            if isinstance(self.target, (str, Path)):
                pages = printing.export_pdf(atlas, self.ids, Path(self.target), report, self.cancel_event.is_set)
            else:
                pages = printing.print_entries(atlas, self.ids, self.target, report, self.cancel_event.is_set)
            self.succeeded.emit(pages)
        except printing.PrintCancelled:
            self.cancelled.emit()
        except AtlasError as exc:
            self.failed.emit(str(exc))
        except OSError as exc:
            self.failed.emit(f"could not write the file: {exc.strerror or exc}")
        finally:
            if atlas is not None:
                atlas.close()


class PrintController(QObject):
    """What the File menu's print actions do. `message` reports results for the status bar."""

    message = Signal(str)
    finished = Signal(bool)  # True when a job completed (tests and the status bar wait on this)

    def __init__(self, atlas: Atlas, parent: QWidget):
        super().__init__(parent)
        self.atlas = atlas
        self.window = parent
        self.thread: PrintThread | None = None
        self.progress: QProgressDialog | None = None
        self._printer = None

    def busy(self) -> bool:
        return self.thread is not None and self.thread.isRunning()

    # -- entry points -------------------------------------------------------------------------
    def export_pdf(self, ids: list[str], what: str, path: Path | None = None) -> PrintThread | None:
        if not self._check(ids):
            return None
        if path is None:
            default = ids[0] if len(ids) == 1 else "entry-summaries"
            name, _ = QFileDialog.getSaveFileName(self.window, f"Export {what} as PDF",
                                                  str(Path.home() / f"{default}.pdf"), "PDF (*.pdf)")
            if not name:
                return None
            path = Path(name if name.lower().endswith(".pdf") else name + ".pdf")
        return self._start(ids, path, f"Exporting {what} to PDF\u2026", f"Saved {path}")

    def print(self, ids: list[str], what: str) -> PrintThread | None:
        if not self._check(ids):
            return None
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter
        printer = QPrinter(QPrinter.HighResolution)
        printing.set_page_layout(printer)
        dialog = QPrintDialog(printer, self.window)
        dialog.setWindowTitle(f"Print {what}")
        if dialog.exec() != QPrintDialog.Accepted:
            return None
        self._printer = printer  # kept alive until the thread is done with it
        return self._start(ids, printer, f"Printing {what}\u2026", f"Sent {what} to the printer")

    def preview(self, ids: list[str], what: str) -> None:
        if not self._check(ids):
            return
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
        printer = QPrinter(QPrinter.HighResolution)
        printing.set_page_layout(printer)
        dialog = QPrintPreviewDialog(printer, self.window)
        dialog.setWindowTitle(f"Print Preview \u2014 {what}")
        entries = printing.load_entries(self.atlas, ids)
        names = printing.institution_names(self.atlas)

        def paint(device) -> None:
            document = printing.build_document(entries, names)
            printing.paint_pages(document, device, self.atlas.data_version)

        dialog.paintRequested.connect(paint)
        dialog.resize(900, 1000)
        dialog.exec()

    # -- internals ----------------------------------------------------------------------------
    def _check(self, ids: list[str]) -> bool:
        if not ids:
            warn(self.window, "Nothing to print", "Choose an entry, select results or bookmark entries first.")
            return False
        if self.busy():
            warn(self.window, "Printing", "Another print job is still running.")
            return False
        return True

    def _start(self, ids: list[str], target, label: str, done_text: str) -> PrintThread:
        thread = PrintThread(self.atlas.path, ids, target, self)
        progress = QProgressDialog(label, "Cancel", 0, 1000, self.window)
        progress.setWindowTitle("Printing")
        progress.setObjectName("printProgress")
        progress.setMinimumDuration(300)  # short jobs finish before the dialog would flash up
        progress.setAutoClose(False)
        progress.setAutoReset(False)
        progress.canceled.connect(thread.cancel)
        thread.progressed.connect(lambda value, text: (progress.setValue(value), progress.setLabelText(text)))

        def finish(ok: bool, text: str) -> None:
            progress.close()
            progress.deleteLater()
            self.thread, self.progress, self._printer = None, None, None
            if ok:
                self.message.emit(text)
            self.finished.emit(ok)

        thread.succeeded.connect(lambda pages: finish(True, f"{done_text} ({pages} page{'s' if pages != 1 else ''})"))
        thread.cancelled.connect(lambda: (finish(False, ""), self.message.emit("Printing cancelled")))
        thread.failed.connect(lambda text: (finish(False, ""), warn(self.window, "Printing failed", text)))
        thread.finished.connect(thread.deleteLater)
        self.thread, self.progress = thread, progress
        thread.start()
        return thread
