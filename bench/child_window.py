"""The start of a benchmark's child process: Qt, the atlas and the main window, shown at a size.

bench/plots.py and bench/powers.py time views in fresh interpreters (the imports are part of what
they time), and both children begin with this code; format it with root, db, width and height.
"""

WINDOW_PRELUDE = r"""
import json, os, sys, time, tempfile
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, {root!r})
from pathlib import Path
from PySide6.QtWidgets import QApplication
app = QApplication([])
from db.atlas import Atlas
from db.user_store import UserStore
from ui.shell.main_window import MainWindow
store = UserStore.open(Path(tempfile.mkdtemp(prefix="bench-user-")))
window = MainWindow(Atlas({db!r}), store, settings=None, theme=None)
window.resize({width}, {height})
window.show()
app.processEvents()
"""
