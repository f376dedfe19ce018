"""Print, Print Preview and Export PDF from the window, for any list of entry ids.

Each first asks what to print (ui/paper/print_options.py: summaries or full entries, the
reader's notes or not; the last choice is offered again). The notes come from the bookmarks store.

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
from db.user_store import UserStore
from ui.common.background import Job, ProgressBox, Task, run_in_background
from ui.common.messages import warn
from ui.paper import paper, printing
from ui.paper.entry_print import PrintOptions


class PrintController(QObject):
    """What the File menu's print actions do. `message` reports results for the status bar."""

    message = Signal(str)
    finished = Signal(bool)  # True when a job completed (tests and the status bar wait on this)

    def __init__(self, atlas: Atlas, parent: QWidget, store: UserStore | None = None):
        super().__init__(parent)
        self.atlas = atlas
        self.window = parent
        self.store = store
        self.options = PrintOptions()  # the last choice, offered again
        self.task: Task | None = None
        self._printer = None

    def busy(self) -> bool:
        return self.task is not None and self.task.is_running()

    def cancel_and_wait(self, timeout_s: float = 5.0) -> None:
        """For closing the window: stop a running job and give it time to let go of the file."""
        if self.task is not None:
            self.task.cancel()
            self.task.wait(timeout_s)

    # -- what to print ------------------------------------------------------------------------
    def notes(self, ids: list[str]) -> dict[str, str]:
        """The reader's notes on these entries (entry id -> note)."""
        if self.store is None:
            return {}
        wanted = set(ids)
        return {b.entry_id: b.note for b in self.store.bookmarks() if b.entry_id in wanted and b.note.strip()}

    def choose_options(self, ids: list[str]) -> PrintOptions | None:
        """Ask summaries or full entries, notes or not; None when cancelled."""
        from ui.paper.print_options import PrintOptionsDialog
        dialog = PrintOptionsDialog(self.options, len(ids), len(self.notes(ids)), self.window)
        if dialog.exec() != PrintOptionsDialog.Accepted:
            return None
        self.options = dialog.options()
        return self.options

    # -- entry points -------------------------------------------------------------------------
    def export_pdf(self, ids: list[str], what: str, path: Path | None = None,
                   options: PrintOptions | None = None) -> Task | None:
        """`path` and `options` skip the file and options dialogs (tests, scripts)."""
        if not self._check(ids):
            return None
        options = options or self.choose_options(ids)
        if options is None:
            return None
        if path is None:
            default = ids[0] if len(ids) == 1 else "entry-summaries"
            name, _ = QFileDialog.getSaveFileName(self.window, self.tr("Export {what} as PDF").format(what=what),
                                                  str(Path.home() / f"{default}.pdf"), "PDF (*.pdf)")
            if not name:
                return None
            path = Path(name if name.lower().endswith(".pdf") else name + ".pdf")
        target, notes = path, self.notes(ids)
        return self._start(ids, lambda atlas, job: printing.export_pdf(atlas, ids, target, options, notes,
                                                                       job.progress, job.cancelled),
                           self.tr("Exporting {what} to PDF\u2026").format(what=what),
                           self.tr("Saved {path}").format(path=path))

    def print(self, ids: list[str], what: str, options: PrintOptions | None = None) -> Task | None:
        if not self._check(ids):
            return None
        options = options or self.choose_options(ids)
        if options is None:
            return None
        from PySide6.QtPrintSupport import QPrintDialog, QPrinter
        printer = QPrinter(QPrinter.HighResolution)
        paper.set_page_layout(printer)
        dialog = QPrintDialog(printer, self.window)
        dialog.setWindowTitle(self.tr("Print {what}").format(what=what))
        if dialog.exec() != QPrintDialog.Accepted:
            return None
        self._printer = printer  # kept alive until the job is done with it
        notes = self.notes(ids)
        return self._start(ids, lambda atlas, job: printing.print_entries(atlas, ids, printer, options, notes,
                                                                          job.progress, job.cancelled),
                           self.tr("Printing {what}\u2026").format(what=what),
                           self.tr("Sent {what} to the printer").format(what=what))

    def preview(self, ids: list[str], what: str, options: PrintOptions | None = None) -> None:
        if not self._check(ids):
            return
        options = options or self.choose_options(ids)
        if options is None:
            return
        from PySide6.QtPrintSupport import QPrinter, QPrintPreviewDialog
        printer = QPrinter(QPrinter.HighResolution)
        paper.set_page_layout(printer)
        dialog = QPrintPreviewDialog(printer, self.window)
        dialog.setWindowTitle(self.tr("Print Preview \u2014 {what}").format(what=what))
        entries = printing.load_entries(self.atlas, ids)
        names = printing.institution_names(self.atlas)
        notes = self.notes(ids)

        def paint(device) -> None:
            printing.paint_entries(device, entries, names, self.atlas.data_version, options, notes)

        dialog.paintRequested.connect(paint)
        self._fit_to_screen(dialog)
        dialog.exec()

    # -- internals ----------------------------------------------------------------------------
    def _fit_to_screen(self, dialog: QWidget) -> None:
        """A page-shaped preview, but never taller or wider than the screen it opens on (1366x768)."""
        screen = self.window.screen().availableGeometry() if self.window.screen() else None
        width, height = 900, 1000
        if screen is not None:
            width, height = min(width, screen.width() * 9 // 10), min(height, screen.height() * 9 // 10)
        dialog.resize(width, height)

    def _check(self, ids: list[str]) -> bool:
        if not ids:
            warn(self.window, self.tr("Nothing to print"),
                 self.tr("Choose an entry, select results or bookmark entries first."))
            return False
        if self.busy():
            warn(self.window, self.tr("Printing"), self.tr("Another print job is still running."))
            return False
        return True

    def _start(self, ids: list[str], paint, label: str, done_text: str) -> Task:
        path, language = self.atlas.path, self.atlas.language

        def work(job: Job) -> int:
            atlas = Atlas(path, language)  # Atlas's thread rule: this thread's own connection; the window's language
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
            warn(self.window, self.tr("Printing failed"), text)

        self.task = run_in_background(
            work, progress=ProgressBox(self.window, label, self.tr("Printing"), "printProgress"),
            on_success=lambda pages: finish(True, done_text + " " + (
                self.tr("(1 page)") if pages == 1 else self.tr("({n} pages)").format(n=pages))),
            on_failure=failed, on_cancel=lambda: finish(False, self.tr("Printing cancelled")))
        return self.task
