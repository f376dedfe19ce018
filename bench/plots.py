"""Speed of the indicators view: first opening (pyqtgraph import included) and switching series.

    python bench/plots.py [--runs 5] [--db PATH]

First opening: in a fresh interpreter that already has Qt loaded, a QApplication and the atlas
open (as the main window has when the user first asks for the plots), the time from importing
ui.indicators.indicators_view to the view painted with its chart: import of the view, its construction,
the pyqtgraph and numpy imports on first show, drawing and the first paint. One untimed warm-up run
(disk cache), then the median of --runs runs; the import of pyqtgraph + numpy is reported apart.

The same is measured from the real main window, already shown (Qt's common classes then already
set up, as for a user): the time from asking for the Indicators view to its chart painted; and
once more after `ui.indicators.indicators_view.warm_up()` has imported the chart module in a background
thread (what the main window can do when idle after start-up).

Switching: in one process, every series is selected in turn (three rounds) and the chart is
repainted synchronously; p50 / p95 / max per switch, and the same with a comparison series shown.

Targets: first opening <= 0.6 s, switching <= 50 ms (2-core reference machine).
Results also go to bench/out/plots.json.
"""

from __future__ import annotations

import json
import os
import statistics
import subprocess
import sys
from pathlib import Path

from window_bench import WINDOW_PRELUDE, runs_and_database  # bench/ is the script's folder, first on sys.path

ROOT = Path(__file__).resolve().parent.parent
OUT = ROOT / "bench" / "out" / "plots.json"
TARGET_OPEN_S, TARGET_SWITCH_MS = 0.6, 50.0

_FIRST_OPEN = r"""
import json, os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, {root!r})
from PySide6.QtWidgets import QApplication
app = QApplication([])
from db.atlas import Atlas
atlas = Atlas({db!r})
app.processEvents()
t0 = time.perf_counter()
from ui.indicators.indicators_view import IndicatorsView
view = IndicatorsView(atlas)
view.resize(1280, 800)
t_constructed = time.perf_counter()
view.show()  # imports pyqtgraph and numpy and draws the chart
app.processEvents()
view.repaint()
view.chart.view.viewport().repaint()
t1 = time.perf_counter()
print(json.dumps({{"open_s": t1 - t0, "construct_s": t_constructed - t0}}))
"""

_IN_WINDOW = WINDOW_PRELUDE + r"""
assert "pyqtgraph" not in sys.modules
if {warm!r}:
    import ui.indicators.indicators_view
    ui.indicators.indicators_view.warm_up().wait()
t0 = time.perf_counter()
view = window.show_view("indicators")
app.processEvents()
view.chart.view.viewport().repaint()
t1 = time.perf_counter()
print(json.dumps({{"open_s": t1 - t0}}))
"""

_IMPORT_ONLY = r"""
import json, os, sys, time
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
from PySide6.QtWidgets import QApplication
app = QApplication([])
t0 = time.perf_counter()
import numpy
t1 = time.perf_counter()
import pyqtgraph
t2 = time.perf_counter()
print(json.dumps({{"numpy_s": t1 - t0, "pyqtgraph_s": t2 - t1}}))
"""


def _child(code: str) -> dict:
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=300)
    if out.returncode != 0:
        raise SystemExit(f"benchmark child failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def first_open(db: Path, runs: int) -> dict:
    code = _FIRST_OPEN.format(root=str(ROOT), db=str(db))
    _child(code)  # warm-up: disk cache, .pyc files
    samples = [_child(code) for _ in range(runs)]
    window_code = _IN_WINDOW.format(root=str(ROOT), db=str(db), width=1280, height=800, warm=False)
    _child(window_code)
    in_window = [_child(window_code)["open_s"] for _ in range(runs)]
    warmed_code = _IN_WINDOW.format(root=str(ROOT), db=str(db), width=1280, height=800, warm=True)
    warmed = [_child(warmed_code)["open_s"] for _ in range(runs)]
    imports = [_child(_IMPORT_ONLY.format()) for _ in range(runs)]
    return {
        "open_s": statistics.median(s["open_s"] for s in samples),
        "open_max_s": max(s["open_s"] for s in samples),
        "construct_s": statistics.median(s["construct_s"] for s in samples),
        "in_window_s": statistics.median(in_window),
        "in_window_max_s": max(in_window),
        "after_warm_up_s": statistics.median(warmed),
        "numpy_import_s": statistics.median(s["numpy_s"] for s in imports),
        "pyqtgraph_import_s": statistics.median(s["pyqtgraph_s"] for s in imports),
    }


def switching(db: Path, rounds: int = 3) -> dict:
    import time

    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    sys.path.insert(0, str(ROOT))
    from PySide6.QtWidgets import QApplication

    from db.atlas import Atlas
    from ui.indicators.indicators_view import IndicatorsView

    app = QApplication.instance() or QApplication([])
    view = IndicatorsView(Atlas(db))
    view.resize(1280, 800)
    view.show()
    app.processEvents()
    ids = view.indicator_ids()
    plain: list[float] = []
    compared: list[float] = []
    for _ in range(rounds):
        for indicator_id in ids:
            started = time.perf_counter()
            view.show_indicator(indicator_id)  # the default comparison (if any) comes with it
            view.chart.view.viewport().repaint()
            elapsed = (time.perf_counter() - started) * 1000
            (compared if view.compare else plain).append(elapsed)
    everything = sorted(plain + compared)
    view.close()

    def summary(values: list[float]) -> dict:
        values = sorted(values)
        return {"n": len(values), "p50_ms": statistics.median(values),
                "p95_ms": values[int(0.95 * (len(values) - 1))], "max_ms": values[-1]}

    return {"all": summary(everything), "single": summary(plain), "with_comparison": summary(compared)}


def main() -> int:
    runs, db = runs_and_database(__doc__.splitlines()[0])

    opening = first_open(db, runs)
    switch = switching(db)
    print(f"first opening (import + construct + first paint): median {opening['open_s']:.3f} s, "
          f"max {opening['open_max_s']:.3f} s  (target <= {TARGET_OPEN_S} s)")
    print(f"first opening from the running main window (Indicators button -> chart painted): median "
          f"{opening['in_window_s']:.3f} s, max {opening['in_window_max_s']:.3f} s")
    print(f"  the same after ui.indicators.indicators_view.warm_up() has imported pyqtgraph in the background: "
          f"median {opening['after_warm_up_s']:.3f} s")
    print(f"  of which: constructing the view before show {opening['construct_s'] * 1000:.0f} ms; "
          f"import numpy alone {opening['numpy_import_s']:.3f} s, pyqtgraph after numpy "
          f"{opening['pyqtgraph_import_s']:.3f} s")
    for name, s in switch.items():
        print(f"switching series ({name}, n={s['n']}): p50 {s['p50_ms']:.1f} ms, p95 {s['p95_ms']:.1f} ms, "
              f"max {s['max_ms']:.1f} ms  (target <= {TARGET_SWITCH_MS:.0f} ms)")
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps({"first_open": opening, "switching": switch}, indent=2) + "\n", encoding="utf-8")
    ok = opening["in_window_s"] <= TARGET_OPEN_S and switch["all"]["p95_ms"] <= TARGET_SWITCH_MS
    print("within targets" if ok else "OUTSIDE targets")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
