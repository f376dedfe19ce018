"""Work around a reference-count bug in PySide6 6.12.0 on CPython 3.11.

`SignalInstance.emit()` returns `True` without taking a new reference, so every signal emitted
from Python lowers `True`'s reference count by one. pyqtgraph emits several signals per repaint;
after a few thousand emits the count reaches zero and the interpreter aborts with
"Fatal Python error: bool_dealloc" (often only at exit, during garbage collection).

CPython 3.12 made True and False immortal, which hides the bug; on 3.11 we do the same by hand:
their counts are raised far beyond anything the leak can consume. Call `apply()` once, early.
"""

from __future__ import annotations

import ctypes
import sys

_HEADROOM = 1 << 40
_applied = False


def needed() -> bool:
    return sys.version_info < (3, 12) and sys.implementation.name == "cpython"


def apply() -> bool:
    """Pin True and False (once per process). Returns True when it changed anything."""
    global _applied
    if _applied or not needed():
        return False
    for value in (True, False):
        # ob_refcnt is the first field of every object in a release build of CPython.
        ctypes.c_ssize_t.from_address(id(value)).value += _HEADROOM
    _applied = True
    return True
