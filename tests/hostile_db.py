"""Crafted copies of the test database: what a damaged, edited or malicious file may hold."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

ENTRY = "death-penalty-abolished"


def crafted(db_path: Path, folder: Path, *statements: str, name: str = "crafted.db") -> Path:
    """A copy of the atlas database with `statements` applied (trusted SQL written by the tests)."""
    target = folder / name
    shutil.copy(db_path, target)
    conn = sqlite3.connect(target)
    try:
        for sql in statements:
            conn.execute(sql)
        conn.commit()
    finally:
        conn.close()
    return target


# FTS5 keeps its index in entry_search_data: rows 1 and 10 hold the structure and averages, the
# rest the segment leaves. Scrambled leaves make MATCH fail with "database disk image is malformed"
# (SQLITE_CORRUPT: a DatabaseError, not an OperationalError); a scrambled structure record makes
# the table itself fail to open.

def damaged_index(db_path: Path, folder: Path) -> Path:
    target = crafted(db_path, folder, name="damaged-index.db")
    conn = sqlite3.connect(target)
    try:
        for rowid, block in conn.execute("SELECT id, block FROM entry_search_data WHERE id > 10").fetchall():
            # Bytes 2-3 give the leaf's size: one larger than the block is found corrupt by every
            # lookup. Scrambled terms alone depend on the data: a term may just read as absent.
            scrambled = bytes(block[:2]) + b"\xff\xff" + bytes(b ^ 0x5A for b in block[4:])
            conn.execute("UPDATE entry_search_data SET block = ? WHERE id = ?", (scrambled, rowid))
        conn.commit()
    finally:
        conn.close()
    return target


def damaged_index_structure(db_path: Path, folder: Path) -> Path:
    return crafted(db_path, folder, "UPDATE entry_search_data SET block = x'00ffff00ffff' WHERE id <= 10",
                   name="damaged-structure.db")
