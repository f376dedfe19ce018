"""What bench/plots.py and bench/powers.py share: their command line and database, and the start
of their child processes (Qt, the atlas and the main window, shown at a size).

Both time views in fresh interpreters, because the imports are part of what they time; each child
begins with WINDOW_PRELUDE, formatted with root, db, width and height.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

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


def runs_and_database(description: str) -> tuple[int, Path]:
    """--runs and --db from the command line; without --db, the atlas built from db/data into a temp folder."""
    parser = argparse.ArgumentParser(description=description)
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--db", type=Path, help="database to use (default: built from db/data into a temp folder)")
    args = parser.parse_args()
    if args.db:
        return args.runs, args.db
    sys.path.insert(0, str(ROOT))
    from db.build.database import build_database
    db = Path(tempfile.mkdtemp(prefix="bench-")) / "reforms.db"
    build_database(db)
    return args.runs, db
