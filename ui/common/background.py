"""The one way to run work off the GUI thread: printing, exports and warm-ups.

    task = run_in_background(work, on_success=..., on_failure=..., progress=ProgressBox(window, "Exporting…"))

`work(job)` runs on a pool thread (QThreadPool) and may call `job.progress(permille, text)` and
`job.check()` (raises Cancelled once `task.cancel()` was called, from the progress box's Cancel or
the code). Its return value goes to `on_success`, an AtlasError's message (or a file error's) to
`on_failure`, a cancellation to `on_cancel`: all three are called on the GUI thread, through
queued signals of an object that lives there. Modelled on Anki's aqt.operations (QueryOp).

What may run in `work`: QtGui painting (QPainter on QImage, QPdfWriter, QPrinter, QTextDocument)
and the database through its own `atlas.reopen()` (Atlas's thread rule); never widgets.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any, ClassVar

from PySide6.QtCore import QCoreApplication, QObject, QRunnable, QThreadPool, Signal, Slot

from db.errors import AtlasError


class Cancelled(AtlasError):
    """Raised in the work function when the task was cancelled; reported to `on_cancel`."""

    def __init__(self, message: str = "the job was cancelled") -> None:
        super().__init__(message)


class Job:
    """What the work function gets: progress reporting and the cancel flag."""

    def __init__(self, relay: _Relay, cancel_event: threading.Event):
        self._relay = relay
        self._cancel_event = cancel_event

    def progress(self, permille: int, text: str = "") -> None:
        self._relay.progressed.emit(int(permille), text)

    def cancelled(self) -> bool:
        return self._cancel_event.is_set()

    def check(self) -> None:
        """Raise Cancelled if the task was cancelled: call it between steps."""
        if self._cancel_event.is_set():
            raise Cancelled()


class _Relay(QObject):
    """Lives on the GUI thread; the worker emits, the slots run there (queued connections)."""

    progressed = Signal(int, str)
    succeeded = Signal(object)
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, task: Task):
        super().__init__()
        self._task = task
        self.progressed.connect(self._on_progress)
        self.succeeded.connect(self._on_success)
        self.failed.connect(self._on_failure)
        self.cancelled.connect(self._on_cancel)

    @Slot(int, str)
    def _on_progress(self, permille: int, text: str) -> None:
        if self._task.progress_box is not None:
            self._task.progress_box.update(permille, text)

    @Slot(object)
    def _on_success(self, result: object) -> None:
        self._task.report(self._task.on_success, result)

    @Slot(str)
    def _on_failure(self, message: str) -> None:
        self._task.report(self._task.on_failure, message)

    @Slot()
    def _on_cancel(self) -> None:
        self._task.report(self._task.on_cancel)


class _Runner(QRunnable):
    def __init__(self, task: Task, work: Callable[[Job], Any]):
        super().__init__()
        self.setAutoDelete(True)
        self._task = task
        self._work = work

    def run(self) -> None:
        task, relay = self._task, self._task._relay
        try:
            result = self._work(Job(relay, task._cancel_event))
        except Cancelled:
            relay.cancelled.emit()
        except AtlasError as exc:
            relay.failed.emit(str(exc))
        except OSError as exc:
            relay.failed.emit(QCoreApplication.translate("ProgressBox", "could not write the file: {reason}").format(
                reason=exc.strerror or exc))
        except Exception as exc:
            relay.failed.emit(QCoreApplication.translate("ProgressBox", "unexpected error:")
                              + f" {type(exc).__name__}: {exc}")
        else:
            relay.succeeded.emit(result)
        finally:
            task._done_event.set()


class ProgressBox:
    """A progress dialog with Cancel, shown only if the job lasts longer than 300 ms."""

    def __init__(self, parent, label: str, title: str = "", name: str = "progress"):
        from PySide6.QtCore import QCoreApplication
        from PySide6.QtWidgets import QProgressDialog  # widgets only for the window, not the command line

        self.dialog = QProgressDialog(label, QCoreApplication.translate("ProgressBox", "Cancel"), 0, 1000, parent)
        self.dialog.setWindowTitle(title or QCoreApplication.translate("ProgressBox", "Working"))
        self.dialog.setObjectName(name)
        self.dialog.setMinimumDuration(300)  # short jobs finish before the dialog would flash up
        self.dialog.setAutoClose(False)
        self.dialog.setAutoReset(False)

    def update(self, permille: int, text: str) -> None:
        self.dialog.setValue(permille)
        if text:
            self.dialog.setLabelText(text)

    def close(self) -> None:
        self.dialog.close()
        self.dialog.deleteLater()


class Task:
    """A running (or finished) background job. Keep a reference while it runs."""

    _running: ClassVar[set[Task]] = set()  # keeps tasks (and their relays) alive until they report

    def __init__(self, on_success: Callable[[Any], None] | None, on_failure: Callable[[str], None] | None,
                 on_cancel: Callable[[], None] | None, progress_box: ProgressBox | None):
        self.on_success, self.on_failure, self.on_cancel = on_success, on_failure, on_cancel
        self.progress_box = progress_box
        self._cancel_event = threading.Event()
        self._done_event = threading.Event()
        self._reported = False
        self._relay = _Relay(self)
        if progress_box is not None:
            progress_box.dialog.canceled.connect(self.cancel)

    def cancel(self) -> None:
        self._cancel_event.set()

    def is_running(self) -> bool:
        return not self._done_event.is_set()

    def wait(self, timeout_s: float | None = None) -> bool:
        """Block until the work function has returned (not until callbacks ran). True if it did."""
        return self._done_event.wait(timeout_s)

    def report(self, callback: Callable | None, *args) -> None:
        """Called once on the GUI thread when the work is over: close the progress box, call back."""
        if self._reported:
            return
        self._reported = True
        if self.progress_box is not None:
            self.progress_box.close()
        Task._running.discard(self)
        if callback is not None:
            callback(*args)


def run_in_background(work: Callable[[Job], Any], *, on_success: Callable[[Any], None] | None = None,
                      on_failure: Callable[[str], None] | None = None, on_cancel: Callable[[], None] | None = None,
                      progress: ProgressBox | None = None) -> Task:
    """Start `work(job)` on a pool thread; the callbacks run on the GUI thread afterwards."""
    task = Task(on_success, on_failure, on_cancel, progress)
    Task._running.add(task)
    QThreadPool.globalInstance().start(_Runner(task, work))
    return task
