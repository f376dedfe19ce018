"""PySide6 6.12 on Python 3.11 drops a reference to None/True on every void call and emit();
the guard in ui/__init__.py must keep a long session alive."""

import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SESSION = """
import ui  # applies the guard
from PySide6.QtCore import QCoreApplication, QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
class Emitter(QObject):
    changed = Signal()
emitter = Emitter()
label = QLabel()
for i in range(300_000):
    emitter.changed.emit()      # returns True without a reference
    label.setText("x")          # returns None without a reference
import gc; gc.collect()
print("alive")
"""


def test_long_session_of_emits_and_void_calls_does_not_abort():
    result = subprocess.run([sys.executable, "-c", SESSION], cwd=ROOT, capture_output=True, text=True,
                            timeout=300, env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr[-2000:]
    assert result.stdout.strip() == "alive"
