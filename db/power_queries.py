"""Read the power-balance tables into a `PowerBalance` (models/power_balance.py).

The whole table is small (about a hundred relations), so it is read once and the model answers
every question about dates in memory.
"""

from __future__ import annotations

import json
import sqlite3

from db.entry_queries import source_from_row, text
from db.errors import DatabaseCorrupt
from models.entry import UNKNOWN, Source
from models.power_balance import EntryLink, Power, PowerBalance, PowerInstitution, Succession

_TABLES = ("powers", "power_sources", "power_successions")


def has_powers(conn: sqlite3.Connection) -> bool:
    names = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}
    return all(t in names for t in _TABLES)


def load_power_balance(conn: sqlite3.Connection) -> PowerBalance:
    if not has_powers(conn):
        raise DatabaseCorrupt("this database has no power-balance tables (rebuild it with python -m db.build)")
    institutions = {
        r["id"]: PowerInstitution(r["id"], text(r["name"], UNKNOWN), text(r["short"], text(r["name"], UNKNOWN)),
                                  text(r["branch"]), text(r["valid_from"]), text(r["valid_to"]))
        for r in conn.execute("SELECT id, name, short, branch, valid_from, valid_to FROM institutions ORDER BY rowid")
    }
    # Every column: the citation needs title_en, doc_number and described too.
    sources = {r["id"]: source_from_row(r) for r in conn.execute("SELECT * FROM sources")}
    titles = {r["id"]: text(r["title"], UNKNOWN) for r in conn.execute("SELECT id, title FROM entries")}
    cited: dict[str, dict[str, list[Source]]] = {}
    for r in conn.execute("SELECT power_id, source_id, role FROM power_sources ORDER BY power_id, role, sort"):
        if r["source_id"] in sources:
            cited.setdefault(r["power_id"], {}).setdefault(r["role"], []).append(sources[r["source_id"]])

    def link(entry_id: str) -> EntryLink | None:
        return EntryLink(entry_id, titles.get(entry_id, entry_id)) if entry_id else None

    powers = tuple(
        Power(
            id=r["id"], holder=text(r["holder_id"]), target=text(r["target_id"]), relation=text(r["relation"]),
            detail=text(r["detail"], UNKNOWN), valid_from=text(r["valid_from"]), valid_to=text(r["valid_to"]),
            confidence=text(r["confidence"], UNKNOWN),
            sources=tuple(cited.get(r["id"], {}).get("supports", ())),
            disputed_by=tuple(cited.get(r["id"], {}).get("disputes", ())),
            count=r["count"], note=text(r["note"]),
            introduced_by=link(r["introduced_by"]), ended_by=link(r["ended_by"]),
            replaces=r["replaces"], unknown_before=bool(r["unknown_before"]),
            unknown_after=bool(r["unknown_after"]), unconfirmed_from=text(r["unconfirmed_from"]),
        )
        for r in conn.execute(
            "SELECT id, holder_id, target_id, relation, detail, count, valid_from, valid_to, "
            "unconfirmed_from, introduced_by, ended_by, replaces, confidence, note, "
            "unknown_before, unknown_after FROM powers ORDER BY sort")
    )
    successions = tuple(
        Succession(r["predecessor_id"], r["successor_id"], r["date"], tuple(json.loads(r["sources"])))
        for r in conn.execute("SELECT predecessor_id, successor_id, date, sources FROM power_successions "
                              "ORDER BY date, predecessor_id")
    )
    return PowerBalance(institutions, powers, successions)
