"""The Qt user interface. Nothing outside ui/ (and the window-only CLI commands) imports Qt."""

import sys

if sys.version_info < (3, 12):  # pragma: no branch
    import ctypes

    # PySide6 6.12 returns None from C++ methods returning void without taking a new reference
    # to it. On Python 3.12+ None is immortal and this is harmless; on 3.11 every such call
    # (update(), processEvents(), setText() ...) takes one reference away from None, and a long
    # session brings it to zero: "Fatal Python error: none_dealloc". Give None more references
    # than a session can ever lose. ob_refcnt is the first field of every object in release builds.
    # True and False lose references the same way: SignalInstance.emit() returns True without a
    # new reference, and pyqtgraph emits on every repaint ("Fatal Python error: bool_dealloc").
    for _singleton in (None, True, False):
        ctypes.c_ssize_t.from_address(id(_singleton)).value += 1 << 40
