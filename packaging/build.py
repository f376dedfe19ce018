"""Build the standalone executables: the database first, then PyInstaller, one analysis for both.

    python packaging/build.py                 one-folder dist/reform-atlas/ and one-file dist/reform-atlas-portable
    python packaging/build.py --onedir-only   only the one-folder build (the one to distribute; fastest start)
    python packaging/build.py --onefile-only  only the one-file portable build

The database is built from db/data into build/staging/ (never the checkout's resources/ copy), so a
frozen app always carries exactly the reviewed sources of this commit. dist/ and build/ are gitignored.
A stamp (dist/.build-stamp.json) records the commit and source digest each build came from, so the
smoke test can reuse a build that is still fresh.
"""

from __future__ import annotations

import argparse
import hashlib
import json
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "packaging" / "reform_atlas.spec"
DIST = ROOT / "dist"
WORK = ROOT / "build" / "pyinstaller"
STAGING = ROOT / "build" / "staging"
sys.path.insert(0, str(ROOT))  # run as a script: the checkout's packages (db, models) come first
sys.path.insert(1, str(ROOT / "packaging"))
import platforms  # noqa: E402  - what differs between Linux, Windows and macOS

PLATFORM = platforms.current()
EXE_SUFFIX = ".exe" if PLATFORM.name == "windows" else ""

STAMP = DIST / ".build-stamp.json"
ONEDIR = DIST / "reform-atlas"
ONEDIR_EXE = ONEDIR / f"reform-atlas{EXE_SUFFIX}"
ONEFILE_EXE = DIST / f"reform-atlas-portable{EXE_SUFFIX}"

# Everything whose change alters the frozen app. Checked by the smoke test before reusing a build.
_SOURCE_GLOBS = ("main.py", "cli/**/*.py", "db/**/*.py", "db/data/**/*", "models/**/*.py", "ui/**/*.py",
                 "resources/icons/*", "resources/i18n/*.ts",
                 "packaging/reform_atlas.spec", "packaging/build.py",
                 "packaging/platforms.py", "packaging/icu_data.py", "packaging/shiboken_support.py",
                 "packaging/runtime_hooks/*.py",
                 "requirements*.txt")


def source_digest() -> str:
    """SHA-256 over the files that go into the executable (the working tree, committed or not)."""
    digest = hashlib.sha256()
    files: set[Path] = set()
    for pattern in _SOURCE_GLOBS:
        files.update(p for p in ROOT.glob(pattern) if p.is_file() and "__pycache__" not in p.parts)
    for path in sorted(files):
        digest.update(path.relative_to(ROOT).as_posix().encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def git_commit() -> str:
    try:
        return subprocess.run(["git", "rev-parse", "HEAD"], cwd=ROOT, capture_output=True, text=True,
                              check=True).stdout.strip()
    except (OSError, subprocess.CalledProcessError):
        return "unknown"


def read_stamp() -> dict:
    try:
        return json.loads(STAMP.read_text())
    except (OSError, ValueError):
        return {}


def is_fresh(mode: str) -> bool:
    """True when dist/ holds a `mode` build ("onedir" or "onefile") of exactly the current sources."""
    stamp = read_stamp()
    exe = ONEDIR_EXE if mode == "onedir" else ONEFILE_EXE
    return exe.is_file() and stamp.get(mode) == source_digest()


def build_staged_database(data_dir: Path | None) -> Path:
    from db.build.database import build_database
    from db.freshness import DATA_DIR

    target = STAGING / "reforms.db"
    meta = build_database(target, data_dir or DATA_DIR)
    print(f"database: {target} ({meta['entry_count']} entries, data version {meta['data_version']})",
          flush=True)
    return target


def freeze(db: Path, mode: str) -> None:
    command = [sys.executable, "-m", "PyInstaller", "--noconfirm", "--log-level", "WARN",
               "--distpath", str(DIST), "--workpath", str(WORK), str(SPEC), "--", "--db", str(db),
               "--mode", mode]
    env = dict(os.environ)
    # The analysis imports PySide6 and pyqtgraph in helper processes; they need no display.
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    # The Python archive is compressed at level 6 by default; 9 saves a little in the one-file build
    # at no cost at start-up (decompression speed does not depend on the level).
    env.setdefault("PYINSTALLER_ZLIB_COMPRESSION_LEVEL", "9")
    subprocess.run(command, cwd=ROOT, env=env, check=True)


def ensure_icons() -> None:
    sys.path.insert(0, str(ROOT / "packaging"))
    from render_icons import missing_sizes, render_all

    if missing_sizes():
        render_all()


def add_desktop_files() -> None:
    """The menu entry and its installer sit beside the executable, outside the bundle's _internal/."""
    if PLATFORM.name != "linux":
        return  # Windows and macOS: the executable's own icon (.ico, .icns in the .app)
    for name in ("reform-atlas.desktop", "install-desktop.sh"):
        shutil.copy2(ROOT / "packaging" / name, ONEDIR / name)


def folder_size(path: Path) -> int:
    if path.is_file():
        return path.stat().st_size
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python packaging/build.py", description=__doc__.splitlines()[0])
    only = parser.add_mutually_exclusive_group()
    only.add_argument("--onedir-only", action="store_true", help="build only the one-folder app")
    only.add_argument("--onefile-only", action="store_true", help="build only the one-file portable app")
    parser.add_argument("--data", type=Path, default=None, metavar="DIR",
                        help="source data folder for the database (default: db/data)")
    args = parser.parse_args(argv)
    mode = "onedir" if args.onedir_only else "onefile" if args.onefile_only else "both"

    started = time.monotonic()
    try:  # before anything slow: a build machine without the xcb helper libraries fails here
        PLATFORM.bundled_libraries()
    except platforms.BuildMachineIncomplete as exc:
        print(exc, file=sys.stderr)
        return 1
    digest = source_digest()
    from db.errors import BuildFailed

    try:
        db = build_staged_database(args.data)
    except BuildFailed as exc:
        print("\n".join(exc.problems), file=sys.stderr)
        print(f"build failed: the database sources have {len(exc.problems)} problem(s)", file=sys.stderr)
        return 1
    # A stale one-folder tree would otherwise keep files the new spec drops.
    if mode in ("both", "onedir") and ONEDIR.exists():
        shutil.rmtree(ONEDIR)
    ensure_icons()
    try:
        freeze(db, mode)
    except subprocess.CalledProcessError as exc:
        print(f"build failed: PyInstaller exited with {exc.returncode}", file=sys.stderr)
        return 1
    if mode in ("both", "onedir"):
        add_desktop_files()
    stamp = read_stamp()
    stamp["commit"] = git_commit()
    for built in ("onedir", "onefile"):
        if mode in ("both", built):
            # Built from other data than db/data: never mistaken for a build of this checkout.
            stamp[built] = digest if args.data is None else None
    STAMP.write_text(json.dumps(stamp, indent=2) + "\n")

    elapsed = time.monotonic() - started
    if mode in ("both", "onedir"):
        print(f"one-folder: {ONEDIR_EXE}  ({folder_size(ONEDIR) / 1e6:.1f} MB)")
    if mode in ("both", "onefile"):
        print(f"one-file:   {ONEFILE_EXE}  ({folder_size(ONEFILE_EXE) / 1e6:.1f} MB)")
    print(f"built in {elapsed:.0f} s")
    return 0


if __name__ == "__main__":
    sys.exit(main())
