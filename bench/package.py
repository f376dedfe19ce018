"""Size and launch time of the frozen builds in dist/ (build them first: python packaging/build.py).

    python bench/package.py [--runs 7] [--platform offscreen|xcb] [--no-onefile]

Launch -> window: wall-clock time from starting the executable until the window has painted its
first search results (the app prints `first-results-painted` and quits when
REFORM_ATLAS_STARTUP_PROBE is set; see ui/shell/app.py). That includes the bootloader, unpacking
(one-file), Python start, imports, opening the database and the first paint; the start-up marks
(models/startup_probe.py) split it into phases, printed after the table. Median of --runs runs after one
untimed warm-up run, so the numbers are for a warm disk cache; the first (cold) run is reported too.
With --platform xcb the runs go to a real X server (Xvfb via xvfb-run; pass it when DISPLAY is unset).
Results also go to bench/out/package.json.

Targets on the 2-core reference machine (issue 14): one-folder <= 120 MB and <= 0.25 s, one-file <= 50 MB
(and <= 1.5 s).
"""

from __future__ import annotations

import argparse
import json
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
ONEDIR = DIST / "reform-atlas"
SUFFIX = ".exe" if sys.platform == "win32" else ""
ONEDIR_EXE = ONEDIR / f"reform-atlas{SUFFIX}"
ONEFILE_EXE = DIST / f"reform-atlas-portable{SUFFIX}"
OUT = ROOT / "bench" / "out" / "package.json"
TARGETS = {"one-folder": (120e6, 0.25), "one-file": (50e6, 1.5)}
PROBE_LINE = "first-results-painted"
MARK_LINE = "startup-mark"  # models/startup_probe.py: NAME and the monotonic clock's reading
# Where the time goes, in the order the app reaches the marks; each phase ends at its mark.
PHASES = (
    ("window-code", "bootloader, Python, PySide6 and shiboken, command line"),
    ("run-gui", "importing the window's start-up modules"),
    ("application", "QApplication, settings, language, theme"),
    ("database", "opening the database and the bookmarks"),
    ("window", "building the main window, first query"),
    ("shown", "showing the window"),
    ("painted", "first paint of the results"),
)


def size_on_disk(path: Path) -> int:
    """Bytes of the files a user copies (symlinks count as links, not as the files they point to)."""
    if path.is_file():
        return path.stat().st_size
    return sum(p.lstat().st_size for p in path.rglob("*") if p.is_file() or p.is_symlink())


def launch_once(exe: Path, env: dict[str, str], phases: dict[str, list[float]] | None = None) -> float:
    """Seconds from spawning `exe` until it reports its first painted results; with `phases`, the
    seconds from spawning to each start-up mark are appended there too."""
    started = time.perf_counter()
    process = subprocess.Popen([str(exe)], stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True,
                               env=env, cwd=tempfile.gettempdir())
    assert process.stdout is not None
    for line in process.stdout:
        if line.startswith(MARK_LINE) and phases is not None:
            _, name, clock = line.split()
            phases.setdefault(name, []).append(float(clock) - started)
        if line.startswith(PROBE_LINE):
            elapsed = time.perf_counter() - started
            if phases is not None:
                phases.setdefault("painted", []).append(elapsed)
            break
    else:
        process.wait(timeout=60)
        raise SystemExit(f"{exe} exited ({process.returncode}) without painting:\n{process.stderr.read()[-2000:]}")
    process.wait(timeout=60)
    return elapsed


def command_once(exe: Path, env: dict[str, str], *args: str) -> float:
    started = time.perf_counter()
    subprocess.run([str(exe), *args], env=env, check=True, capture_output=True, timeout=120)
    return time.perf_counter() - started


def measure(name: str, exe: Path, runs: int, env: dict[str, str]) -> dict:
    cold = launch_once(exe, env)
    marks: dict[str, list[float]] = {}
    times = [launch_once(exe, env, marks) for _ in range(runs)]
    check_times = [command_once(exe, env, "check") for _ in range(3)]
    size = size_on_disk(ONEDIR if name == "one-folder" else exe)
    target_size, target_time = TARGETS[name]
    return {
        "build": name, "path": str(exe.relative_to(ROOT)), "size_bytes": size,
        "size_mb": round(size / 1e6, 1), "size_target_mb": target_size / 1e6,
        "launch_to_window_s": {"median": round(statistics.median(times), 3), "min": round(min(times), 3),
                               "max": round(max(times), 3), "first_run": round(cold, 3), "runs": len(times)},
        "launch_target_s": target_time,
        "phases_s": phase_table(marks),
        "check_command_s_median": round(statistics.median(check_times), 3),
        "meets_size_target": size <= target_size,
        "meets_time_target": statistics.median(times) <= target_time,
    }


def phase_table(marks: dict[str, list[float]]) -> list[dict]:
    """Median seconds from spawning to each mark, and the phase that ends there."""
    rows, previous = [], 0.0
    for name, meaning in PHASES:
        if name not in marks:
            continue
        at = statistics.median(marks[name])
        rows.append({"mark": name, "what": meaning, "at_s": round(at, 4), "phase_s": round(at - previous, 4)})
        previous = at
    return rows


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python bench/package.py", description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--platform", choices=("offscreen", "xcb"), default="offscreen")
    parser.add_argument("--no-onefile", action="store_true", help="measure only the one-folder build")
    args = parser.parse_args(argv)

    if args.platform == "xcb" and not os.environ.get("DISPLAY"):
        xvfb_run = shutil.which("xvfb-run")
        if not xvfb_run:
            raise SystemExit("--platform xcb needs a display or xvfb-run (apt-get install xvfb xauth)")
        forwarded = list(argv if argv is not None else sys.argv[1:])
        return subprocess.call([xvfb_run, "-a", "-s", "-screen 0 1600x1000x24", sys.executable,
                                str(Path(__file__).resolve()), *forwarded])

    with tempfile.TemporaryDirectory(prefix="reform-atlas-bench-") as scratch:
        env = {**os.environ, "QT_QPA_PLATFORM": args.platform, "REFORM_ATLAS_STARTUP_PROBE": "1",
               "REFORM_ATLAS_USER_DATA": str(Path(scratch) / "user"),
               "XDG_CONFIG_HOME": str(Path(scratch) / "config"), "XDG_CACHE_HOME": str(Path(scratch) / "cache")}
        env.pop("REFORM_ATLAS_DB", None)
        builds = [("one-folder", ONEDIR_EXE)] + ([] if args.no_onefile else [("one-file", ONEFILE_EXE)])
        results = []
        for name, exe in builds:
            if not exe.is_file():
                raise SystemExit(f"{exe} is missing: run python packaging/build.py first")
            results.append(measure(name, exe, args.runs, env))

    report = {"platform": args.platform, "cpus": os.cpu_count(), "results": results}
    OUT.parent.mkdir(parents=True, exist_ok=True)
    OUT.write_text(json.dumps(report, indent=2) + "\n")
    print(f"platform {args.platform}, {os.cpu_count()} CPUs, median of {args.runs} warm runs")
    print(f"{'build':<11} {'size':>9} {'target':>8}   {'launch->window':>14} {'target':>7}   "
          f"{'first run':>9}   {'check cmd':>9}")
    for r in results:
        t = r["launch_to_window_s"]
        print(f"{r['build']:<11} {r['size_mb']:>6.1f} MB {r['size_target_mb']:>5.0f} MB   "
              f"{t['median']:>12.3f} s {r['launch_target_s']:>5.2f} s   {t['first_run']:>7.3f} s   "
              f"{r['check_command_s_median']:>7.3f} s"
              + ("" if r["meets_size_target"] and r["meets_time_target"] else "   (target missed)"))
    for r in results:
        print(f"\n{r['build']}: where the launch goes (median of the warm runs; each phase ends at its mark)")
        for row in r["phases_s"]:
            print(f"  {row['phase_s'] * 1000:6.1f} ms  (at {row['at_s'] * 1000:5.0f} ms)  {row['what']}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
