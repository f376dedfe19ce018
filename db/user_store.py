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
    """Bookmarks and notes. `path` is None for a store kept in memory only (nowhere to save).

    `read_only` is set when the file can be read but not written (a read-only file or folder): the
    bookmarks are shown and every write is refused with a message. `notice` is what the user must
    be told on opening (read-only, or a damaged file that was repaired), "" when all is well.
    """

    def __init__(self, conn: sqlite3.Connection, path: Path | None, read_only: bool = False, notice: str = ""):
        self._conn = conn
        self.path = path
        self.read_only = read_only
        self.notice = notice

    # -- opening ------------------------------------------------------------------------------
    @classmethod
    def open(cls, folder: Path) -> UserStore:
        """Open (creating if needed) the user-data file in `folder`. Raises UserDataError."""
        folder = Path(folder)
        path = folder / FILE_NAME
        try:
            folder.mkdir(parents=True, exist_ok=True)
        except OSError as exc:
            if not path.is_file():
                raise UserDataError(f"cannot create the folder for bookmarks {folder}: {exc.strerror or exc}") from exc
        notice = ""
        if path.is_file() and path.stat().st_size > 0:
            notice = cls._repair_if_damaged(path)
            if notice.startswith("!"):  # damaged and not repairable here: what could be read, read-only
                return cls._rescued_in_memory(path, notice[1:])
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
        except sqlite3.OperationalError as exc:
            conn.close()
            if path.is_file() and _is_write_refusal(exc):
                return cls._read_only(path, exc, notice)
            raise UserDataError(f"the bookmarks file {path} cannot be used: {exc}") from exc
        except sqlite3.Error as exc:
            conn.close()
            raise UserDataError(f"the bookmarks file {path} cannot be used: {exc}") from exc
        except UserDataError:
            conn.close()
            raise
        return cls(conn, path, notice=notice)

    @classmethod
    def _read_only(cls, path: Path, exc: Exception, notice: str) -> UserStore:
        """The file reads but cannot be written: show the bookmarks, refuse changes, say so."""
        try:
            conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True, check_same_thread=False)
            conn.row_factory = sqlite3.Row
            conn.execute("SELECT count(*) FROM bookmarks").fetchone()
        except sqlite3.Error as error:
            raise UserDataError(f"the bookmarks file {path} cannot be used: {error}") from error
        told = (f"The bookmarks file {path} is read-only ({exc}). Your bookmarks and notes are shown, "
                "but new bookmarks and changes to notes cannot be saved.")
        return cls(conn, path, read_only=True, notice=" ".join(filter(None, (notice, told))))

    @classmethod
    def _repair_if_damaged(cls, path: Path) -> str:
        """"" when the file is sound; otherwise repair it and return what to tell the user, or
        "!" + the message when it cannot be repaired here (the damaged file is never written)."""
        from db import user_store_repair as repair
        problem = repair.damage(path)
        if problem is None:
            return ""
        rows = repair.readable_rows(path)
        try:
            copy = repair.rebuild(path, _SCHEMA, SCHEMA_VERSION, rows)
        except (OSError, sqlite3.Error) as exc:
            reason = getattr(exc, "strerror", None) or str(exc)
            return (f"!The bookmarks file {path} is damaged ({problem}) and cannot be repaired here "
                    f"({reason}). The {len(rows)} bookmark(s) that could be read are shown, but nothing "
                    "can be saved; the file was left as it was.")
        return (f"The bookmarks file {path} was damaged ({problem}). It was kept as {copy.name}, and "
                f"the {len(rows)} bookmark(s) that could be read were moved into a fresh file.")

    @classmethod
    def _rescued_in_memory(cls, path: Path, notice: str) -> UserStore:
        from db import user_store_repair as repair
        conn = sqlite3.connect(":memory:", check_same_thread=False)
        conn.row_factory = sqlite3.Row
        conn.executescript(_SCHEMA)
        with conn:
            conn.executemany(f"INSERT OR IGNORE INTO bookmarks ({', '.join(repair.COLUMNS)}) "
                             f"VALUES ({', '.join('?' * len(repair.COLUMNS))})", repair.readable_rows(path))
        return cls(conn, path, read_only=True, notice=notice)

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
        if self.read_only:
            raise UserDataError(f"the bookmarks file {where} is read-only; nothing was changed")
        try:
            with self._conn:  # one transaction: committed whole or rolled back whole
                self._conn.execute(sql, params)
        except sqlite3.Error as exc:
            raise UserDataError(f"could not save to {where}: {exc}; nothing was changed") from exc


def _is_write_refusal(exc: sqlite3.OperationalError) -> bool:
    """SQLite's words for a file or folder it may read but not write."""
    text = str(exc).lower()
    return "readonly" in text or "read-only" in text or "unable to open" in text


def _bookmark(row: sqlite3.Row) -> Bookmark:
    return Bookmark(row["entry_id"], row["title"], row["entry_date"], row["note"], row["added"], row["updated"])
