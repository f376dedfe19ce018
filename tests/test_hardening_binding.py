"""The pinned Qt binding keeps Python's reference counts right, with no workaround in the app.

PySide6 6.12.0 on Python 3.11 returns None from void methods and True from Signal.emit() without
a new reference: a few thousand calls bring a singleton's count to zero and the interpreter aborts
("Fatal Python error: bool_dealloc"). The app used to patch the counts with ctypes; it now pins a
release without the defect (README, "Qt binding"). This runs a long session in a fresh interpreter.
"""

import ast
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

SESSION = """
import sys
import ui  # whatever the package does on import is part of what is tested
from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QApplication, QLabel
app = QApplication([])
class Emitter(QObject):
    changed = Signal()
emitter = Emitter()
label = QLabel()
before = (sys.getrefcount(None), sys.getrefcount(True))
for i in range(100_000):
    emitter.changed.emit()      # 6.12.0 on 3.11: returns True without a reference
    label.setText("x")          # 6.12.0 on 3.11: returns None without a reference
    label.update()
import gc; gc.collect()
after = (sys.getrefcount(None), sys.getrefcount(True))
print(*before, *after)
"""


def test_long_session_of_emits_and_void_calls_keeps_refcounts_stable():
    result = subprocess.run([sys.executable, "-c", SESSION], cwd=ROOT, capture_output=True, text=True,
                            timeout=300, env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin"})
    assert result.returncode == 0, result.stderr[-2000:]
    none_before, true_before, none_after, true_after = map(int, result.stdout.split())
    # A few references come and go with the objects the session creates; the defect loses 100,000.
    assert abs(none_after - none_before) < 100
    assert abs(true_after - true_before) < 100
    # Python 3.12+ makes the singletons immortal (a huge fixed count); on 3.11 a count raised out
    # of reach by ctypes would show the same way. Neither may hide a leak here.
    if sys.version_info < (3, 12):
        assert none_before < 1 << 30 and true_before < 1 << 30


def test_ui_package_patches_no_reference_counts():
    """No ctypes in ui/: the app does not write into the interpreter's objects. The one exception
    is the display check (ui/shell/display_check.py), which loads Qt's platform plugin with the
    dynamic linker before Qt starts: it may use ctypes.CDLL and nothing else of it."""
    allowed = {ROOT / "ui" / "shell" / "display_check.py": {"CDLL"}}
    for path in (ROOT / "ui").rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        imported = {alias.name.split(".")[0] for node in ast.walk(tree)
                    if isinstance(node, (ast.Import, ast.ImportFrom))
                    for alias in (node.names if isinstance(node, ast.Import) else [ast.alias(node.module or "")])}
        if path not in allowed:
            assert "ctypes" not in imported, path
            continue
        used = {node.attr for node in ast.walk(tree)
                if isinstance(node, ast.Attribute) and isinstance(node.value, ast.Name) and node.value.id == "ctypes"}
        assert used <= allowed[path], (path, used)
        assert not any(isinstance(node, ast.ImportFrom) and node.module == "ctypes" for node in ast.walk(tree))
