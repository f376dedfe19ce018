"""`check`: values the app cannot show — NULL or empty where a value is required, impossible dates,
unknown statuses — in a database built by something other than db.build, or altered after it.

The build validates its sources, so a database from `python -m db.build` passes; these checks are
for a file that was edited, damaged or crafted. Commands show "unknown" for such values; `check`
names each one so that it can be fixed.
"""

from __future__ import annotations

import sqlite3

from models.entry import CONFIDENCE_LABELS, STATUSES, is_possible_date

# table -> columns that must hold a non-empty value in every row
REQUIRED = {
    # An entry's date may be "" (unknown: no source dates it); NULL is checked below.
    "entries": ("id", "title", "date_precision", "category", "status", "confidence", "summary"),
    "sources": ("id", "title", "publisher"),
    "categories": ("id", "name"),
    "packages": ("id", "name", "date"),
    "institutions": ("id", "name"),
    "indicators": ("id", "name", "unit"),
    "indicator_points": ("indicator_id", "year", "value", "kind", "source_id"),
    "powers": ("id", "holder_id", "target_id", "relation"),
}

# (table, key column, date column, may be empty): dates are YYYY, YYYY-MM or YYYY-MM-DD and exist
DATES = (
    ("entries", "id", "date", True),
    ("entries", "id", "unconfirmed_from", True),
    ("sources", "id", "date", True),
    ("packages", "id", "date", False),
    ("powers", "id", "valid_from", True),
    ("powers", "id", "valid_to", True),
    ("institutions", "id", "valid_from", True),
    ("institutions", "id", "valid_to", True),
)


def _tables(conn: sqlite3.Connection) -> set[str]:
    return {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type = 'table'")}


def _key(value) -> str:
    return "(no id)" if value is None or value == "" else str(value)


def _columns(conn: sqlite3.Connection, table: str) -> set[str]:
    return {r[1] for r in conn.execute(f"PRAGMA table_info({table})")}


def value_problems(conn: sqlite3.Connection) -> list[str]:
    """One line per bad value: table, row key, column and what is wrong."""
    problems: list[str] = []
    tables = _tables(conn)
    for table, columns in REQUIRED.items():
        if table not in tables:
            continue
        key = columns[0]
        for column in columns:
            for (row_key,) in conn.execute(
                    f"SELECT {key} FROM {table} WHERE {column} IS NULL OR trim(CAST({column} AS TEXT)) = ''"):
                problems.append(f"{table} {_key(row_key)}: {column} is missing")
    for table, key, column, optional in DATES:
        if table not in tables or column not in _columns(conn, table):
            continue
        # In Python: SQLite's date() accepts 2020-02-30 as it is.
        for row_key, value in conn.execute(f"SELECT {key}, {column} FROM {table} WHERE {column} IS NOT NULL"):
            if not (optional and value == "") and not is_possible_date(value):
                problems.append(f"{table} {_key(row_key)}: {column} '{value}' is not a possible date")
    if "entries" in tables:
        for (row_key,) in conn.execute("SELECT id FROM entries WHERE date IS NULL"):
            problems.append(f"entries {_key(row_key)}: date is missing (an unknown date is stored as '')")
        for (row_key,) in conn.execute(
                "SELECT id FROM entries WHERE date = '' AND coalesce(date_precision, '') != 'unknown'"):
            problems.append(f"entries {_key(row_key)}: date is unknown but date_precision does not say so")
        statuses = ", ".join(f"'{s}'" for s in STATUSES)
        for row_key, value in conn.execute(
                f"SELECT id, status FROM entries WHERE status IS NOT NULL AND status != '' "
                f"AND status NOT IN ({statuses})"):
            problems.append(f"entries {_key(row_key)}: status '{value}' is not one of {', '.join(STATUSES)}")
        levels = ", ".join(f"'{c}'" for c in CONFIDENCE_LABELS)
        for row_key, value in conn.execute(
                f"SELECT id, confidence FROM entries WHERE confidence IS NOT NULL AND confidence != '' "
                f"AND confidence NOT IN ({levels})"):
            problems.append(f"entries {_key(row_key)}: confidence '{value}' is not one of H, M, L")
        for row_key, year, date in conn.execute(
                "SELECT id, year, date FROM entries WHERE typeof(date) = 'text' AND length(date) >= 4 "
                "AND (year IS NULL OR CAST(year AS TEXT) != substr(date, 1, 4))"):
            problems.append(f"entries {_key(row_key)}: year {year} does not match the date '{date}'")
    if "indicator_points" in tables:
        for indicator, position in conn.execute(
                "SELECT indicator_id, position FROM indicator_points "
                "WHERE value IS NOT NULL AND typeof(value) NOT IN ('real', 'integer')"):
            problems.append(f"indicator_points {_key(indicator)} #{position}: value is not a number")
    return problems
