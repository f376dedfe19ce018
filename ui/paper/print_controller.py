"""Print, Print Preview and Export PDF from the window, for any list of entry ids.

Printing and PDF export run in the background (ui/common/background.py) with their own database
connection, behind a progress dialog with Cancel; the window stays responsive. Print Preview
paints on the GUI thread because the preview widget asks for pages there. QtPrintSupport is
imported only here, on first use, as start-up does not need it.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from db.atlas import Atlas
from ui.common.background import Job, ProgressBox, Task, run_in_background
from ui.common.messages import warn
from ui.paper import paper, printing


class PrintController(QObject):
    """What the File menu's print actions do. `message` reports results for the status bar."""

    message = Signal(str)
    finished = Signal(bool)  # True when a job completed (tests and the status bar wait on this)

    def __init__(self, atlas: Atlas, parent: QWidget):
        super().__init__(parent)
        self.atlas = atlas
        self.window = parent
        self.task: Task | None = None
        self._printer = None

    def busy(self) -> bool:
        return self.task is not None and self.task.is_running()

    def cancel_and_wait(self, timeout_s: float = 5.0) -> None:
        """For closing the window: stop a running job and give it time to let go of the file."""
        if self.task is not None:
            self.task.cancel()
            self.task.wait(timeout_s)

    # -- entry points -------------------------------------------------------------------------
    def export_pdf(self, ids: list[str], what: str, path: Path | None = None) -> Task | None:
        if not self._check(ids):
            return None
        if path is None:
            default = ids[0] if len(ids) == 1 else "entry-summaries"
            name, _ = QFileDialog.getSaveFileName(self.window, f"Export {what} as PDF",
                                                  str(Path.home() / f"{default}.pdf"), "PDF (*.pdf)")
            if not name:
                return None
            path = Path(name if name.lower().endswith(".pdf") else name + ".pdf")
        target = path
        return self._start(ids, lambda atlas, job: printing.export_pdf(atlas, ids, target, job.progress,
                                                                       job.cancelled),
                           f"Exporting {what} to PDF\u2026", f"Saved {path}")

    def print(self, ids: list[str], what: str) -> Task | None:
        if not self._check(ids):
            return None
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter
        printer = QPrinter(QPrinter.HighResolution)
        paper.set_page_layout(printer)
        dialog = QPrintDialog(printer, self.window)
        dialog.setWindowTitle(f"Print {what}")
        if dialog.exec() != QPrintDialog.Accepted:
            return None
        self._printer = printer  # kept alive until the job is done with it
        return self._start(ids, lambda atlas, job: printing.print_entries(atlas, ids, printer, job.progress,
                                                                          job.cancelled),
                           f"Printing {what}\u2026", f"Sent {what} to the printer")

    def preview(self, ids: list[str], what: str) -> None:
        if not self._check(ids):
            return
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
        printer = QPrinter(QPrinter.HighResolution)
        paper.set_page_layout(printer)
        dialog = QPrintPreviewDialog(printer, self.window)
        dialog.setWindowTitle(f"Print Preview \u2014 {what}")
        entries = printing.load_entries(self.atlas, ids)
        names = printing.institution_names(self.atlas)

        def paint(device) -> None:
            printing.paint_entries(device, entries, names, self.atlas.data_version)

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

    def _start(self, ids: list[str], paint, label: str, done_text: str) -> Task:
        path, language = self.atlas.path, self.atlas.language

        def work(job: Job) -> int:
            atlas = Atlas(path, language)  # Atlas's thread rule: this thread's own connection
            try:
                return paint(atlas, job)  # printing.PrintCancelled is a background.Cancelled
            finally:
                atlas.close()

        def finish(ok: bool, text: str = "") -> None:
            self.task, self._printer = None, None
            if text:
                self.message.emit(text)
            self.finished.emit(ok)

        def failed(text: str) -> None:
            finish(False)
            warn(self.window, "Printing failed", text)

        self.task = run_in_background(
            work, progress=ProgressBox(self.window, label, "Printing", "printProgress"),
            on_success=lambda pages: finish(True, f"{done_text} ({pages} page{'s' if pages != 1 else ''})"),
            on_failure=failed, on_cancel=lambda: finish(False, "Printing cancelled"))
        return self.task
