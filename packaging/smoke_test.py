"""Smoke test of the frozen builds in dist/, the same on Linux, Windows and macOS (CI runs it on all
three after `python dev.py build`; tests/test_packaging.py goes further on Linux).

    python packaging/smoke_test.py

Runs the one-folder executable (and the one-file one when present) offscreen, with user data in a
temporary folder: --version, check, search --json, show --json, two screenshots and the window up
to its first painted results. Exits non-zero with the failing command's output.
"""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
SUFFIX = ".exe" if sys.platform == "win32" else ""
BUILDS = [DIST / "reform-atlas" / f"reform-atlas{SUFFIX}", DIST / f"reform-atlas-portable{SUFFIX}"]


def run(exe: Path, env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    result = subprocess.run([str(exe), *args], env=env, capture_output=True, text=True, timeout=300,
                            encoding="utf-8", errors="replace")
    if result.returncode != 0 or "Traceback" in result.stderr:
        raise SystemExit(f"FAILED: {exe.name} {' '.join(args)} exited {result.returncode}\n"
                         f"{result.stdout[-2000:]}\n{result.stderr[-3000:]}")
    return result


def smoke(exe: Path, scratch: Path) -> None:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "REFORM_ATLAS_USER_DATA": str(scratch / "user"),
           "XDG_CONFIG_HOME": str(scratch / "config"), "XDG_CACHE_HOME": str(scratch / "cache")}
    env.pop("REFORM_ATLAS_DB", None)
    assert "data version" in run(exe, env, "--version").stdout
    run(exe, env, "check")
    found = json.loads(run(exe, env, "search", "akim", "--json").stdout)
    assert found["total"] > 0, found
    entry = json.loads(run(exe, env, "show", found["results"][0]["id"], "--json").stdout)
    assert entry["sources"], entry
    for view in ("search", "indicators"):
        png = scratch / f"{exe.stem}-{view}.png"
        run(exe, env, "screenshot", str(png), "--view", view, "--query", "akim")
        assert png.stat().st_size > 10_000, png
    window = run(exe, {**env, "REFORM_ATLAS_STARTUP_PROBE": "1"})
    assert "first-results-painted" in window.stdout, window.stdout
    print(f"ok: {exe.relative_to(ROOT)}")


def main() -> int:
    present = [exe for exe in BUILDS if exe.is_file()]
    if not present:
        raise SystemExit("no build in dist/: run python dev.py build (or python packaging/build.py) first")
    with tempfile.TemporaryDirectory(prefix="reform-atlas-smoke-") as scratch:
        for exe in present:
            smoke(exe, Path(scratch))
    return 0


if __name__ == "__main__":
    sys.exit(main())
