"""Start-up and typing speed of the window, on the bundled database.

    python bench/startup.py [--runs 7] [--db PATH]

1. Launch -> first results painted: `python main.py` is started from source, with
   REFORM_ATLAS_STARTUP_PROBE set the window prints a line when the result list has painted for
   the first time and quits; the time is taken from the process start to that line (interpreter,
   imports, database, window, first query, first paint). Target: median <= 0.4 s.
2. Keystroke -> results repainted: in one process, a key event carrying a character is sent to
   the search field and the clock stops when the result list has repainted with the new results.
   Target: within one frame (16 ms).

Runs offscreen (no display needed). Prints a table; exits 0 whatever the numbers.
"""

from __future__ import annotations

import argparse
import faulthandler
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

WORDS = ("mazhilis", "referendum", "akim", "мажилис", "constitution", "gdp", "senate", "court")


def launch_times(runs: int, db: str | None) -> list[tuple[float, float]]:
    """(wall time from spawn to the probe line, time the app measured itself from run_gui)."""
    results = []
    with tempfile.TemporaryDirectory() as home:
        # Bytecode caching on, as on a user's machine (some sandboxes set PYTHONDONTWRITEBYTECODE,
        # which makes every launch recompile every module); the warm-up run writes the caches.
        env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
        env = {**env, "QT_QPA_PLATFORM": "offscreen", "REFORM_ATLAS_STARTUP_PROBE": "1",
               "REFORM_ATLAS_USER_DATA": str(Path(home) / "user"), "XDG_CONFIG_HOME": str(Path(home) / "cfg")}
        command = [sys.executable, str(ROOT / "main.py")] + (["--db", db] if db else [])
        subprocess.run(command, env=env, cwd=ROOT, capture_output=True, timeout=120)  # warm the caches
        for _ in range(runs):
            start = time.perf_counter()
            process = subprocess.Popen(command, env=env, cwd=ROOT, stdout=subprocess.PIPE,
                                       stderr=subprocess.DEVNULL, text=True)
            line = process.stdout.readline()
            while line.startswith("startup-mark"):  # milestones (models/startup_probe.py); bench/package.py reads them
                line = process.stdout.readline()
            wall = time.perf_counter() - start
            process.wait(timeout=60)
            if not line.startswith("first-results-painted"):
                raise SystemExit(f"the window did not report its first results: {line!r}")
            results.append((wall, float(line.split()[1])))
    return results


def keystroke_times(db: str | None) -> list[float]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QEvent, QObject, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    app = QApplication(["bench", "-platform", "offscreen"])
    from db.atlas import Atlas
    from db.location import resolve_database
    from db.user_store import UserStore
    from ui.shell.main_window import MainWindow

    window = MainWindow(Atlas(resolve_database(db)), UserStore.in_memory())
    window.resize(1280, 800)
    window.show()
    for _ in range(5):
        app.processEvents()

    class PaintWatch(QObject):
        """Paints the watched widget itself, so the clock can stop when the painting is done."""
        painted = False
        done_at = 0.0

        def eventFilter(self, obj, event) -> bool:
            if event.type() != QEvent.Paint:
                return False
            if obj is window.search.list.viewport():
                window.search.list.viewportEvent(event)
            else:
                obj.event(event)
            self.painted = True
            self.done_at = time.perf_counter()
            return True

    watch = PaintWatch()
    # A query with no results shows a label in place of the list: either repaint ends the wait.
    window.search.list.viewport().installEventFilter(watch)
    window.search.empty.installEventFilter(watch)
    field = window.search.field
    field.setFocus()
    times = []
    for word in WORDS:
        field.clear()
        for _ in range(3):
            app.processEvents()
        for char in word:
            watch.painted = False
            start = time.perf_counter()
            for kind in (QEvent.KeyPress, QEvent.KeyRelease):
                QApplication.sendEvent(field, QKeyEvent(kind, Qt.Key_unknown, Qt.NoModifier, char))
            deadline = start + 5
            while (not watch.painted or window.search._timer.isActive()) and time.perf_counter() < deadline:
                app.processEvents()
            if not watch.painted:
                raise SystemExit(f"no repaint after typing {char!r} in {field.text()!r}")
            times.append(watch.done_at - start)
            app.processEvents()  # the facet counts, which follow the results
    window.close()
    return times


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--db", default=None)
    parser.add_argument("--keystrokes-only", action="store_true", help=argparse.SUPPRESS)
    args = parser.parse_args(argv)
    if args.keystrokes_only:
        faulthandler.dump_traceback_later(120, exit=True)  # a hang reports where it is
        times = keystroke_times(args.db)
        print(" ".join(f"{t:.6f}" for t in times))
        return 0

    launches = launch_times(args.runs, args.db)
    walls = sorted(w for w, _ in launches)
    inside = sorted(i for _, i in launches)
    # Keystrokes in a fresh process, so the launch runs above do not share its Qt state.
    out = subprocess.run([sys.executable, __file__, "--keystrokes-only"] + (["--db", args.db] if args.db else []),
                         capture_output=True, text=True, cwd=ROOT, timeout=300,
                         env={**os.environ, "QT_QPA_PLATFORM": "offscreen"})
    if out.returncode != 0:
        raise SystemExit(out.stderr.strip().splitlines()[-1])
    keys = sorted(float(t) for t in out.stdout.split())
    p95 = keys[int(0.95 * (len(keys) - 1))]

    print(f"{'measure':44} {'median':>9} {'min':>9} {'max/p95':>9}  target")
    print(f"{'launch -> first results painted (wall)':44} {statistics.median(walls):8.3f}s {walls[0]:8.3f}s "
          f"{walls[-1]:8.3f}s  <= 0.400 s")
    print(f"{'  of which inside the app (run_gui -> paint)':44} {statistics.median(inside):8.3f}s "
          f"{inside[0]:8.3f}s {inside[-1]:8.3f}s")
    print(f"{'keystroke -> results repainted':44} {statistics.median(keys) * 1000:7.2f}ms {keys[0] * 1000:7.2f}ms "
          f"{p95 * 1000:7.2f}ms  <= 16 ms (p95 shown)")
    print(f"({len(launches)} launches, {len(keys)} keystrokes over {len(WORDS)} words; "
          f"Python {sys.version.split()[0]})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
