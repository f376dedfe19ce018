"""A damaged bookmarks file: never written to again, kept as a copy, and what can still be read is
moved into a fresh file.

SQLite reports a bad page only when a query reaches it, so a damaged file used to answer some
reads, fail others with a raw DatabaseError, and still accept new writes into the damaged file.
Here the file is checked when it is opened (PRAGMA quick_check); if it fails, the bookmarks are
read row by row from both ends (a bad page in the middle stops one scan, not the other), the damaged
file is copied aside untouched, and a new file holding the rescued rows takes its place in one
rename.
"""

from __future__ import annotations

import datetime as dt
import os
import shutil
import sqlite3
from pathlib import Path

COLUMNS = ("entry_id", "title", "entry_date", "note", "added", "updated")


def damage(path: Path) -> str | None:
    """Why the file cannot be trusted, or None when SQLite finds it sound."""
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error as exc:
        return str(exc)
    try:
        result = conn.execute("PRAGMA quick_check").fetchall()
        if [r[0] for r in result] != ["ok"]:
            return "; ".join(str(r[0]) for r in result[:3])
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.DatabaseError as exc:
        return str(exc)
    finally:
        conn.close()
    return None


def readable_rows(path: Path) -> list[tuple]:
    """Every bookmark row that can still be read, in file order."""
    rows: dict[str, tuple] = {}
    try:
        conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    except sqlite3.Error:
        return []
    try:
        for order in ("ASC", "DESC"):
            try:
                cursor = conn.execute(f"SELECT rowid, {', '.join(COLUMNS)} FROM bookmarks ORDER BY rowid {order}")
                while True:
                    try:
                        row = cursor.fetchone()
                    except sqlite3.DatabaseError:
                        break
                    if row is None:
                        break
                    if isinstance(row[1], str) and row[1]:
                        rows.setdefault(row[1], row)
            except sqlite3.DatabaseError:
                continue
    finally:
        conn.close()
    ordered = sorted(rows.values(), key=lambda r: r[0])
    return [tuple("" if v is None else v for v in r[1:]) for r in ordered]


def kept_copy_path(path: Path) -> Path:
    stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
    candidate = path.with_name(f"{path.stem}.damaged-{stamp}{path.suffix}")
    number = 1
    while candidate.exists():
        number += 1
        candidate = path.with_name(f"{path.stem}.damaged-{stamp}-{number}{path.suffix}")
    return candidate


def rebuild(path: Path, schema: str, version: int, rows: list[tuple]) -> Path:
    """Copy the damaged file aside, write `rows` into a fresh file and rename it over `path`.
    Returns the copy's path. Raises OSError / sqlite3.Error when the folder cannot be written;
    the damaged file is then left exactly as it was."""
    copy = kept_copy_path(path)
    shutil.copy2(path, copy)
    journal = path.with_name(path.name + "-journal")
    if journal.exists():  # an interrupted transaction belongs with the copy, for whoever studies it
        shutil.copy2(journal, copy.with_name(copy.name + "-journal"))
    fresh = path.with_name(f".{path.name}.recovered")
    fresh.unlink(missing_ok=True)
    try:
        conn = sqlite3.connect(fresh)
        try:
            conn.execute("PRAGMA journal_mode=DELETE")
            with conn:
                conn.executescript(schema)
                conn.executemany(f"INSERT OR IGNORE INTO bookmarks ({', '.join(COLUMNS)}) "
                                 f"VALUES ({', '.join('?' * len(COLUMNS))})", rows)
                conn.execute(f"PRAGMA user_version = {version}")
        finally:
            conn.close()
        os.chmod(fresh, os.stat(path).st_mode & 0o777)
        os.replace(fresh, path)
    except BaseException:
        fresh.unlink(missing_ok=True)
        raise
    for leftover in (path.with_name(path.name + "-journal"), path.with_name(path.name + "-wal")):
        leftover.unlink(missing_ok=True)  # belonged to the damaged file; would corrupt the new one
    return copy
