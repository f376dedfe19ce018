"""The user's own data — bookmarks and notes — in a small SQLite file of its own.

The bundled atlas database is read-only and replaced by every update; what the user writes
must survive that, so it lives elsewhere (the folder is chosen by the UI: Qt's AppDataLocation,
or $REFORM_ATLAS_USER_DATA). Every change is one transaction: a write that fails (disk full,
file made read-only) rolls back and leaves the file as it was.
"""

from __future__ import annotations

import datetime as dt
import sqlite3
from pathlib import Path

from db.errors import AtlasError
from models.bookmarks import Bookmark

FILE_NAME = "user-data.sqlite3"
SCHEMA_VERSION = 1

_SCHEMA = """
CREATE TABLE IF NOT EXISTS bookmarks (
    entry_id   TEXT PRIMARY KEY,
    title      TEXT NOT NULL,
    entry_date TEXT NOT NULL DEFAULT '',
    note       TEXT NOT NULL DEFAULT '',
    added      TEXT NOT NULL,
    updated    TEXT NOT NULL
);
"""


class UserDataError(AtlasError):
    """The user-data file cannot be opened or written; the message says where and why."""


def _now() -> str:
    return dt.datetime.now(dt.UTC).isoformat(timespec="seconds")


class UserStore:
    """Bookmarks and notes. `path` is None for a store kept in memory only (nowhere to save)."""

    def __init__(self, conn: sqlite3.Connection, path: Path | None):
        self._conn = conn
        self.path = path

    # -- opening ------------------------------------------------------------------------------
    @classmethod
    def open(cls, folder: Path) -> UserStore:
        """Open (creating if needed) the user-data file in `folder`. Raises UserDataError."""
        folder = Path(folder)
        path = folder / FILE_NAME
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            raise UserDataError(f"cannot create the folder for bookmarks {folder}: {exc.strerror or exc}") from exc
        try:
            conn = sqlite3.connect(str(path), timeout=2.0, check_same_thread=False)
        except sqlite3.Error as exc:
            raise UserDataError(f"cannot open the bookmarks file {path}: {exc}") from exc
        conn.row_factory = sqlite3.Row
        try:
            tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
            if "entry_search" in tables or "entries" in tables:
                # Never write into an atlas database, whatever the variable says.
                raise UserDataError(f"{path} is an atlas database, not a bookmarks file")
            version = conn.execute("PRAGMA user_version").fetchone()[0]
            if version > SCHEMA_VERSION:
                raise UserDataError(f"the bookmarks file {path} was written by a newer version of the app")
            conn.execute("PRAGMA journal_mode=DELETE")
            conn.execute("PRAGMA synchronous=FULL")
            with conn:
                conn.executescript(_SCHEMA)
                conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION}")
        except sqlite3.Error as exc:
            conn.close()
            raise UserDataError(f"the bookmarks file {path} cannot be used: {exc}") from exc
        except UserDataError:
            conn.close()
            raise
        return cls(conn, path)

    @classmethod
    def in_memory(cls) -> UserStore:
        conn = sqlite3.connect(":memory:", check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.executescript(_SCHEMA)
        return cls(conn, None)

    @property
    def persistent(self) -> bool:
        return self.path is not None

    def close(self) -> None:
        self._conn.close()

    # -- reading ------------------------------------------------------------------------------
    def bookmarks(self) -> list[Bookmark]:
        """Newest first."""
        rows = self._conn.execute("SELECT * FROM bookmarks ORDER BY added DESC, rowid DESC")
        return [_bookmark(r) for r in rows]

    def bookmark(self, entry_id: str) -> Bookmark | None:
        row = self._conn.execute("SELECT * FROM bookmarks WHERE entry_id = ?", (entry_id,)).fetchone()
        return _bookmark(row) if row else None

    def is_bookmarked(self, entry_id: str) -> bool:
        return self._conn.execute("SELECT 1 FROM bookmarks WHERE entry_id = ?", (entry_id,)).fetchone() is not None

    # -- writing ------------------------------------------------------------------------------
    def add(self, entry_id: str, title: str, entry_date: str = "", note: str = "") -> Bookmark:
        now = _now()
        self._write("INSERT INTO bookmarks (entry_id, title, entry_date, note, added, updated) "
                    "VALUES (?, ?, ?, ?, ?, ?) ON CONFLICT(entry_id) DO UPDATE SET "
                    "title = excluded.title, entry_date = excluded.entry_date",
                    (entry_id, title, entry_date, note, now, now))
        return self.bookmark(entry_id)  # type: ignore[return-value]

    def remove(self, entry_id: str) -> None:
        self._write("DELETE FROM bookmarks WHERE entry_id = ?", (entry_id,))

    def set_note(self, entry_id: str, note: str) -> None:
        if not self.is_bookmarked(entry_id):
            raise UserDataError(f"'{entry_id}' is not bookmarked; bookmark it before adding a note")
        self._write("UPDATE bookmarks SET note = ?, updated = ? WHERE entry_id = ?", (note, _now(), entry_id))

    def _write(self, sql: str, params: tuple) -> None:
        where = self.path or "memory"
        try:
            with self._conn:  # one transaction: committed whole or rolled back whole
                self._conn.execute(sql, params)
        except sqlite3.Error as exc:
            raise UserDataError(f"could not save to {where}: {exc}; nothing was changed") from exc


def _bookmark(row: sqlite3.Row) -> Bookmark:
    return Bookmark(row["entry_id"], row["title"], row["entry_date"], row["note"], row["added"], row["updated"])
