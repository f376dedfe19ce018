"""SQL for indicator series, their points, the entries that cite them and the reform events
drawn on the charts. Returns models/ objects."""

from __future__ import annotations

import json
import sqlite3

from db.entry_queries import entry_refs, sources_by_id, text
from db.errors import AtlasError, NotFound
from models.entry import UNKNOWN, EntryRef, Source
from models.indicators import REFORM_EVENT_ENTRIES, Indicator, Point, ReformEvent, sources_cited_by

_SUMMARY = (
    "SELECT i.*, count(p.position) AS point_count, min(p.year) AS first_year, max(p.year) AS last_year "
    "FROM indicators i LEFT JOIN indicator_points p ON p.indicator_id = i.id"
)


def has_indicators(conn: sqlite3.Connection) -> bool:
    return conn.execute(
        "SELECT count(*) FROM sqlite_master WHERE type = 'table' AND name = 'indicator_points'").fetchone()[0] > 0


def _require(conn: sqlite3.Connection) -> None:
    if not has_indicators(conn):
        raise AtlasError("this database has no indicator series (it was built by an older version; rebuild it)")


def _json_list(value) -> list:
    """A JSON list column; NULL or garbage (a damaged database, reported by `check`) is empty."""
    try:
        found = json.loads(value)
    except (TypeError, ValueError):
        return []
    return found if isinstance(found, list) else []


def _plottable(r: sqlite3.Row) -> bool:
    """A point needs a year and a number; a damaged database may lack them (`check` names the
    row). Such a point is left out rather than drawn at an invented place."""
    return isinstance(r["year"], int) and isinstance(r["value"], (int, float))


def _point(r: sqlite3.Row) -> Point:
    return Point(r["year"], text(r["date"]), r["value"], text(r["kind"], UNKNOWN), text(r["source_id"]),
                 text(r["note"]), text(r["part"]), text(r["value_text"]))


def _indicator(row: sqlite3.Row, points: tuple[Point, ...] = ()) -> Indicator:
    return Indicator(
        id=row["id"], name=text(row["name"], UNKNOWN), unit=text(row["unit"]), description=text(row["description"]),
        category=text(row["category"]), series_kind=text(row["series_kind"]), short=text(row["short"]),
        compare_group=text(row["compare_group"]), compare_with=text(row["compare_with"]),
        log_scale_ok=bool(row["log_scale_ok"]), invert_axis=bool(row["invert_axis"]),
        caution=text(row["caution"]), parts=tuple(tuple(p) for p in _json_list(row["parts"])),
        source_ids=tuple(_json_list(row["sources"])), related=tuple(_json_list(row["related"])),
        points=points, point_count=row["point_count"], first_year=row["first_year"],
        last_year=row["last_year"])


def indicators(conn: sqlite3.Connection) -> list[Indicator]:
    """Every series in display order, without points (point_count and year range filled)."""
    _require(conn)
    return [_indicator(r) for r in conn.execute(f"{_SUMMARY} GROUP BY i.id ORDER BY i.sort, i.id")]


def points(conn: sqlite3.Connection, indicator_id: str) -> tuple[Point, ...]:
    return tuple(
        _point(r)
        for r in conn.execute("SELECT * FROM indicator_points WHERE indicator_id = ? ORDER BY position",
                              (indicator_id,)) if _plottable(r))


def indicator(conn: sqlite3.Connection, indicator_id: str) -> Indicator:
    """One series with its points. Raises NotFound for an unknown id."""
    _require(conn)
    row = conn.execute(f"{_SUMMARY} WHERE i.id = ? GROUP BY i.id", (indicator_id,)).fetchone()
    if row is None:
        raise NotFound(f"no indicator series with id '{indicator_id}' (run `indicators` for the list)")
    return _indicator(row, points(conn, indicator_id))


def all_with_points(conn: sqlite3.Connection) -> list[Indicator]:
    _require(conn)
    by_id: dict[str, list[Point]] = {}
    for r in conn.execute("SELECT * FROM indicator_points ORDER BY indicator_id, position"):
        if _plottable(r):
            by_id.setdefault(r["indicator_id"], []).append(_point(r))
    return [_indicator(r, tuple(by_id.get(r["id"], ())))
            for r in conn.execute(f"{_SUMMARY} GROUP BY i.id ORDER BY i.sort, i.id")]


def sources_for(conn: sqlite3.Connection, series: list[Indicator]) -> dict[str, Source]:
    """The sources cited by the given series and their points, by id."""
    return {s.id: s for s in sources_by_id(conn, sources_cited_by(series))}


def citing_entries(conn: sqlite3.Connection, indicator_id: str) -> list[EntryRef]:
    """Entries that state a figure of this series or are listed as related to it, oldest first."""
    ids = [r["entry_id"] for r in conn.execute(
        "SELECT l.entry_id FROM indicator_entries l JOIN entries e ON e.id = l.entry_id "
        "WHERE l.indicator_id = ? ORDER BY e.sort_date, e.id", (indicator_id,))]
    return entry_refs(conn, ids)


def series_for_entry(conn: sqlite3.Connection, entry_id: str) -> list[Indicator]:
    """The series an entry links to (its figures' series first, then series that list it as
    related), without points. For the entry page's 'See the numbers' links."""
    if not has_indicators(conn):
        return []
    rows = conn.execute(
        f"{_SUMMARY} JOIN indicator_entries l ON l.indicator_id = i.id AND l.entry_id = ? "
        "GROUP BY i.id ORDER BY l.via = 'related', i.sort, i.id", (entry_id,))
    return [_indicator(r) for r in rows]


def reform_events(conn: sqlite3.Connection) -> list[ReformEvent]:
    """The reform steps drawn on every chart, dated by their entries; missing entries are skipped."""
    labels = dict(REFORM_EVENT_ENTRIES)
    refs = entry_refs(conn, [entry_id for entry_id, _ in REFORM_EVENT_ENTRIES])
    events = [ReformEvent(r.id, labels[r.id], r.date, r.title) for r in refs]
    return sorted(events, key=lambda e: e.x)
