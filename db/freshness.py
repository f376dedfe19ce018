"""Is the database on disk the one its sources would build? Checked at every start from a checkout.

The content hash covers the data folder and every file of the build package (db/build/), plus the
models/ modules that package imports (found by reading its imports, so a new build module or a new
dependency is covered without a list to keep). Kept light: the app imports this at start-up;
db/location.py imports the build itself (sqlite-utils, tomllib) only when a rebuild is needed.
"""

from __future__ import annotations

import hashlib
import re
import sqlite3
from pathlib import Path

_ROOT = Path(__file__).resolve().parent.parent
DATA_DIR = _ROOT / "db" / "data"
BUILD_PACKAGE = _ROOT / "db" / "build"
_DATA_SUFFIXES = {".toml", ".csv"}
_MODELS_IMPORT = re.compile(rb"^\s*(?:from|import)\s+(models\.\w+)", re.MULTILINE)


def content_hash(data_dir: Path = DATA_DIR, build_package: Path = BUILD_PACKAGE) -> str:
    """SHA-256 over the data files and the code that shapes the database: equal hashes, equal databases."""
    files = [(f"data/{p.relative_to(data_dir).as_posix()}", p) for p in sorted(data_dir.rglob("*"))
             if p.is_file() and p.suffix in _DATA_SUFFIXES]
    code = {f"build/{p.relative_to(build_package).as_posix()}": p for p in sorted(build_package.rglob("*.py"))}
    digest = hashlib.sha256()
    for name, path in files + sorted(code.items()) + sorted(_models_used(code.values()).items()):
        digest.update(name.encode())
        digest.update(b"\0")
        digest.update(path.read_bytes())
        digest.update(b"\0")
    return digest.hexdigest()


def _models_used(sources) -> dict[str, Path]:
    """models/ modules imported by these files, and by those modules in turn."""
    found: dict[str, Path] = {}
    pending = list(sources)
    while pending:
        for module in _MODELS_IMPORT.findall(pending.pop().read_bytes()):
            path = _ROOT.joinpath(*module.decode().split(".")).with_suffix(".py")
            if module.decode() not in found and path.is_file():
                found[module.decode()] = path
                pending.append(path)
    return found


def stored_hash(path: Path) -> str | None:
    """The content hash a built database was made from, or None if unreadable."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = 'content_hash'").fetchone()
        finally:
            conn.close()
    except sqlite3.Error:
        return None
    return row[0] if row else None


def is_stale(path: Path, data_dir: Path = DATA_DIR) -> bool:
    """True when the database is missing or was built from other sources than those on disk."""
    if not data_dir.is_dir():
        return False  # frozen app: no sources shipped, the bundled file is the truth
    if not path.exists():
        return True
    return stored_hash(path) != content_hash(data_dir)

