"""Speed of the Power balance view: opening it in the main window, and redrawing it for a new date,
a comparison or a relation filter.

    python bench/powers.py [--runs 5] [--db PATH]

Opening: in a fresh interpreter, the main window (Qt loaded, the atlas open, the window resized to
1024x640 or 1280x800 and shown, as a user has it) is asked for the Power balance view; timed from
that request until the map is laid out for the width it really has (the view's layout settled,
no relayout pending) and its viewport painted: import of the view's modules, construction, the
layout and routing of the arrows, the first paint. One untimed warm-up run (disk cache, .pyc
files), then the median (and max) of --runs fresh processes per size.

Switching, in one process with the view open at each size: moving to another date, turning the
comparison on and off, hiding and showing a relation type; each followed by a synchronous
repaint of the graph. Median and max per switch over three rounds of the same steps (the max is
the first round's, when a date brings arrows not routed yet).

Target: opening <= 0.5 s at both sizes (2-core reference machine). Results also go to
bench/out/powers.json.
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
OUT = ROOT / "bench" / "out" / "powers.json"
SIZES = ((1024, 640), (1280, 800))
TARGET_OPEN_S = 0.5

# Shared by both children: open the main window, then the view, waiting until its map is laid
# out for the width it really has (what the user sees), then paint it.
_PRELUDE = WINDOW_PRELUDE + r"""


def settled(view):
    graph = view.graph_view
    scene = view.scene
    return (graph.isVisible() and scene.available_width == graph.available_width()
            and scene.edges and scene.sceneRect().width() * graph.scale_factor() <= graph.viewport().width())


def open_view():
    view = window.show_view("powers")
    for _ in range(50):  # a few turns of the event loop: the window lays the view out, then the map
        app.processEvents()
        if settled(view):
            break
    else:
        raise SystemExit("the power map never settled")
    app.processEvents()  # anything the last layout queued (scroll bars)
    view.graph_view.viewport().repaint()
    return view
"""

_OPEN = _PRELUDE + r"""
t0 = time.perf_counter()
view = open_view()
t1 = time.perf_counter()
print(json.dumps({{"open_s": t1 - t0, "edges": len(view.scene.edges), "layout": view.scene.layout_key}}))
"""

_SWITCH = _PRELUDE + r"""
view = open_view()
paint = view.graph_view.viewport().repaint
steps = [
    ("date", lambda: view.set_date("2022-07-01")),
    ("date", lambda: view.set_date("2026-08-01")),
    ("compare on", lambda: view.set_compare("2021-12-31")),
    ("compare off", lambda: view.set_compare(None)),
    ("filter hide", lambda: view.graph_tools.set_hidden_groups({{"appoint"}})),
    ("filter show", lambda: view.graph_tools.set_hidden_groups(set())),
]
times = {{}}
for _ in range(3):
    for name, step in steps:
        started = time.perf_counter()
        step()
        paint()
        times.setdefault(name, []).append(time.perf_counter() - started)
print(json.dumps(times))
"""


def _child(code: str) -> dict:
    # Byte code written and read, as an installed copy has it (a shell may have turned writing off).
    env = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"}
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, cwd=ROOT, timeout=600,
                         env=env)
    if out.returncode != 0:
        raise SystemExit(f"benchmark child failed:\n{out.stderr}")
    return json.loads(out.stdout.strip().splitlines()[-1])


def opening(db: Path, width: int, height: int, runs: int) -> dict:
    code = _OPEN.format(root=str(ROOT), db=str(db), width=width, height=height)
    _child(code)  # warm-up
    samples = [_child(code) for _ in range(runs)]
    times = [s["open_s"] for s in samples]
    return {"open_s": statistics.median(times), "open_max_s": max(times), "edges": samples[0]["edges"],
            "layout": samples[0]["layout"]}


def switching(db: Path, width: int, height: int) -> dict:
    times = _child(_SWITCH.format(root=str(ROOT), db=str(db), width=width, height=height))
    return {name: {"median_s": statistics.median(values), "max_s": max(values)} for name, values in times.items()}


def main() -> int:
    runs, db = runs_and_database(__doc__.splitlines()[0])

    results = {}
    for width, height in SIZES:
        size = f"{width}x{height}"
        results[size] = {"open": opening(db, width, height, runs), "switch": switching(db, width, height)}
    names = list(next(iter(results.values()))["switch"])
    print(f"{'median / max':24}" + "".join(f"{size:>20}" for size in results))
    print(f"{'open the view (s)':24}" + "".join(f"{r['open']['open_s']:>12.3f} / {r['open']['open_max_s']:.3f}"
                                               for r in results.values()))
    for name in names:
        print(f"{name + ' (ms)':24}" + "".join(f"{r['switch'][name]['median_s'] * 1000:>14.0f} / "
                                               f"{r['switch'][name]['max_s'] * 1000:>3.0f}" for r in results.values()))
    print(f"{'layout, arrows':24}" + "".join(f"{str(tuple(r['open']['layout'])) + ', ' + str(r['open']['edges']):>20}"
                                             for r in results.values()))
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(results, indent=2) + "\n", encoding="utf-8")
    ok = all(r["open"]["open_s"] <= TARGET_OPEN_S for r in results.values())
    print(f"opening within {TARGET_OPEN_S} s" if ok else f"opening OUTSIDE {TARGET_OPEN_S} s")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
