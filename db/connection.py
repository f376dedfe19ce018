"""Open the bundled database read-only and tell the user plainly when it cannot be used."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from db.errors import DatabaseCorrupt, DatabaseMissing, DatabaseTooNew

# What the build writes and this app reads (`check` compares). A database stamped with a higher
# number was built by a newer app: reading it as if it were ours could show wrong data silently,
# so it is refused.
SCHEMA_VERSION = 1
REQUIRED_TABLES = ("meta", "entries", "sources", "institutions", "entry_search", "title_search")


def open_readonly(path: Path) -> sqlite3.Connection:
    """A read-only connection; never creates the file. Raises DatabaseMissing / DatabaseCorrupt."""
    path = Path(path)
    if not path.exists():
        raise DatabaseMissing(f"database not found: {path}")
    if path.is_dir():
        raise DatabaseCorrupt(f"not a database file (it is a folder): {path}")
    if path.stat().st_size == 0:
        raise DatabaseCorrupt(f"database file is empty: {path}")
    # immutable=1 would skip locking, but a file replaced underneath would then read garbage.
    uri = f"{path.resolve().as_uri()}?mode=ro"
    try:
        conn = sqlite3.connect(uri, uri=True, check_same_thread=False)
        conn.row_factory = sqlite3.Row
        names = {row[0] for row in conn.execute("SELECT name FROM sqlite_master WHERE type IN ('table','view')")}
    except sqlite3.DatabaseError as exc:
        raise DatabaseCorrupt(f"database file is damaged or not an atlas database: {path} ({exc})") from exc
    missing = [t for t in REQUIRED_TABLES if t not in names]
    if missing:
        conn.close()
        raise DatabaseCorrupt(f"not an atlas database (missing {', '.join(missing)}): {path}")
    _refuse_newer_schema(conn, path)
    return conn


def _refuse_newer_schema(conn: sqlite3.Connection, path: Path) -> None:
    """A missing or unreadable stamp is left to `check` to report; a newer one is refused here."""
    try:
        row = conn.execute("SELECT value FROM meta WHERE key = 'schema_version'").fetchone()
    except sqlite3.DatabaseError:
        return
    stamp = str(row[0]).strip() if row and row[0] is not None else ""
    if stamp.isdigit() and int(stamp) > SCHEMA_VERSION:
        conn.close()
        raise DatabaseTooNew(f"{path} has schema version {int(stamp)}, newer than the version {SCHEMA_VERSION} "
                             "this app reads; update the app, or rebuild the database with this one")
