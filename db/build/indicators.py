"""Build section for indicator series: db/data/indicators/indicators.toml plus one CSV per series.

Checks that every point is numeric, of a known kind, dated sensibly and sourced; that a series
names a known category, sources and related entries; that series compared on one axis share a
unit; and that no series holds two points of the same kind at the same date. Sets
`refs.indicators` so entry figures' `indicator` fields are checked against the series ids.
"""

from __future__ import annotations

import json
import math
from dataclasses import dataclass, field
from pathlib import Path

from db.build.entries import SLUG, Refs, valid_date
from db.build.source_files import Problems, TomlFile, read_csv, read_toml
from models.indicators import POINT_KINDS, SERIES_KINDS, decimal_year

REQUIRED_COLUMNS = ("year", "date", "value", "kind", "source", "note")
OPTIONAL_COLUMNS = ("part",)
REQUIRED_KEYS = ("id", "name", "unit", "description", "category", "series_kind", "sources")
# Kinds that state something no official series confirms must say why in their note.
KINDS_NEEDING_NOTE = ("claim",)


@dataclass
class IndicatorData:
    indicators: list[dict] = field(default_factory=list)
    points: list[dict] = field(default_factory=list)
    links: list[dict] = field(default_factory=list)


def load(data_dir: Path, refs: Refs, problems: Problems) -> IndicatorData:
    data = IndicatorData()
    folder = data_dir / "indicators"
    if not folder.is_dir():
        # A data folder without indicators (a test fixture, say) builds empty tables.
        return data
    toml = read_toml(folder / "indicators.toml", problems)
    if toml is None:
        refs.indicators = set()
        return data
    records = toml.data.get("indicator", [])
    if not isinstance(records, list):
        problems.add(toml.path, 1, "expected [[indicator]] tables")
        records = []

    known: dict[str, dict] = {}
    for sort, record in enumerate(records):
        record = _check_record(toml, record, refs, problems)
        if record is None:
            continue
        if record["id"] in known:
            problems.add(toml.path, toml.line_of(record["id"]), f"duplicate indicator id '{record['id']}'")
            continue
        record["sort"] = sort
        known[record["id"]] = record
    refs.indicators = set(known)

    _check_groups(toml, known, problems)
    for path in sorted(folder.glob("*.csv")):
        if path.stem not in known:
            problems.add(path, 1, f"no [[indicator]] with id '{path.stem}' in indicators.toml")
    for indicator_id, record in known.items():
        points = _load_points(folder / f"{indicator_id}.csv", record, refs, problems)
        if record.get("log_scale_ok") and any(p["value"] <= 0 for p in points):
            problems.add(toml.path, toml.line_of(indicator_id, "log_scale_ok"),
                         f"{indicator_id}: log_scale_ok needs every value above zero")
        data.points += points
        data.indicators.append(record)

    data.links = _links(known, refs)
    return data


def _check_record(toml: TomlFile, record: object, refs: Refs, problems: Problems) -> dict | None:
    if not isinstance(record, dict):
        problems.add(toml.path, 1, "an [[indicator]] entry is not a table")
        return None
    rid = str(record.get("id", "?"))
    at = lambda key=None: toml.line_of(rid, key)  # noqa: E731
    missing = [k for k in REQUIRED_KEYS if record.get(k) in (None, "", [])]
    for key in missing:
        problems.add(toml.path, at(), f"{rid}: missing '{key}'")
    if missing:
        return None
    for key in ("id", "name", "unit", "description", "category", "series_kind", "short",
                "compare_group", "compare_with", "caution"):
        if key in record and not isinstance(record[key], str):
            problems.add(toml.path, at(key), f"{rid}: '{key}' must be a string")
            return None
    if not SLUG.match(rid):
        problems.add(toml.path, at(), f"{rid}: id must be a lower-case slug")
    if record["category"] not in refs.categories:
        problems.add(toml.path, at("category"), f"{rid}: unknown category '{record['category']}'")
    if record["series_kind"] not in SERIES_KINDS:
        problems.add(toml.path, at("series_kind"),
                     f"{rid}: series_kind must be one of {', '.join(SERIES_KINDS)}")
    for key in ("log_scale_ok", "invert_axis"):
        if key in record and not isinstance(record[key], bool):
            problems.add(toml.path, at(key), f"{rid}: '{key}' must be true or false")
    for key, known, what in (("sources", refs.sources, "source"), ("related", refs.entries, "entry")):
        values = record.get(key, [])
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            problems.add(toml.path, at(key), f"{rid}: '{key}' must be a list of ids")
            record[key] = []
            continue
        for value in values:
            if value not in known:
                problems.add(toml.path, at(key), f"{rid}: unknown {what} '{value}'")
    parts = record.get("parts", {})
    if not isinstance(parts, dict) or not all(isinstance(v, str) and v for v in parts.values()):
        problems.add(toml.path, at("parts"), f"{rid}: 'parts' must map part ids to names")
        record["parts"] = {}
    return record


def _check_groups(toml: TomlFile, known: dict[str, dict], problems: Problems) -> None:
    """Series that may share an axis must share a unit; compare_with must name such a series."""
    units: dict[str, tuple[str, str]] = {}
    for rid, record in known.items():
        group = record.get("compare_group", "")
        if group:
            first = units.setdefault(group, (rid, record["unit"]))
            if first[1] != record["unit"]:
                problems.add(toml.path, toml.line_of(rid, "unit"),
                             f"{rid}: unit '{record['unit']}' differs from '{first[1]}' of {first[0]} "
                             f"in compare_group '{group}'")
    for rid, record in known.items():
        other = record.get("compare_with", "")
        if not other:
            continue
        if other not in known:
            problems.add(toml.path, toml.line_of(rid, "compare_with"), f"{rid}: unknown indicator '{other}'")
        elif other == rid or not record.get("compare_group") \
                or known[other].get("compare_group") != record.get("compare_group"):
            problems.add(toml.path, toml.line_of(rid, "compare_with"),
                         f"{rid}: compare_with '{other}' must be another series of the same compare_group")


def _load_points(path: Path, record: dict, refs: Refs, problems: Problems) -> list[dict]:
    rid = record["id"]
    if not path.exists():
        problems.add(path, 1, f"{rid}: no points file (expected {path.name})")
        return []
    rows = read_csv(path, problems)
    header = _header(path)
    missing = [c for c in REQUIRED_COLUMNS if c not in header]
    unknown = [c for c in header if c not in REQUIRED_COLUMNS + OPTIONAL_COLUMNS]
    if missing:
        problems.add(path, 1, f"missing column(s): {', '.join(missing)}")
        return []
    if unknown:
        # A per-point unit column in particular: the unit lives in indicators.toml, once per series.
        problems.add(path, 1, f"unknown column(s): {', '.join(unknown)} (expected {', '.join(REQUIRED_COLUMNS)}"
                              f"{', part' if record.get('parts') else ''})")
    parts = record.get("parts", {})
    points: list[dict] = []
    seen: dict[tuple[str, str, str], int] = {}
    for line, row in rows:
        point = _check_row(path, line, row, parts, refs, problems)
        if point is None:
            continue
        key = (point["date"] or str(point["year"]), point["kind"], point["part"])
        if key in seen:
            problems.add(path, line, f"duplicate {point['kind']} point for {key[0]}"
                                     f"{' (' + key[2] + ')' if key[2] else ''} (first on line {seen[key]})")
            continue
        seen[key] = line
        point["indicator_id"] = rid
        points.append(point)
    if not rows:
        problems.add(path, 1, f"{rid}: the series has no points")
    part_order = list(parts)
    kind_order = {k: n for n, k in enumerate(POINT_KINDS)}
    points.sort(key=lambda p: (p["x"], kind_order[p["kind"]],
                               part_order.index(p["part"]) if p["part"] in part_order else -1))
    for position, point in enumerate(points):
        point["position"] = position
    return points


def _header(path: Path) -> list[str]:
    try:
        first = path.read_text(encoding="utf-8").splitlines()[:1]
    except (OSError, UnicodeDecodeError):
        return []
    return [c.strip() for c in first[0].split(",")] if first else []


def _check_row(path: Path, line: int, row: dict, parts: dict, refs: Refs,
               problems: Problems) -> dict | None:
    if None in row:
        problems.add(path, line, "more fields than columns (quote values that contain commas)")
        return None
    cell = {k: (v or "").strip() for k, v in row.items() if k is not None}
    ok = True
    year_text = cell.get("year", "")
    if not (year_text.isdigit() and 1900 <= int(year_text) <= 2100):
        problems.add(path, line, f"year '{year_text}' is not a year")
        ok = False
    date = cell.get("date", "")
    if date and (not valid_date(date) or date[:4] != year_text):
        problems.add(path, line, f"date '{date}' is not a YYYY[-MM[-DD]] date in year {year_text}")
        ok = False
    value_text = cell.get("value", "")
    try:
        value = float(value_text)
        if not math.isfinite(value):
            raise ValueError
    except ValueError:
        problems.add(path, line, f"value '{value_text}' is not a number")
        ok = False
    kind = cell.get("kind", "")
    if kind not in POINT_KINDS:
        problems.add(path, line, f"kind '{kind}' is not one of {', '.join(POINT_KINDS)}")
        ok = False
    source = cell.get("source", "")
    if not source:
        problems.add(path, line, "point has no source")
        ok = False
    elif source not in refs.sources:
        problems.add(path, line, f"unknown source '{source}'")
        ok = False
    note = cell.get("note", "")
    if kind in KINDS_NEEDING_NOTE and not note:
        problems.add(path, line, f"a {kind} point needs a note saying why")
        ok = False
    part = cell.get("part", "")
    if parts and part not in parts:
        problems.add(path, line, f"part '{part}' is not one of {', '.join(parts)}")
        ok = False
    elif not parts and part:
        problems.add(path, line, f"part '{part}' given but the series declares no parts")
        ok = False
    if not ok:
        return None
    year = int(year_text)
    return {"year": year, "date": date, "x": decimal_year(year, date), "value": value,
            "value_text": value_text, "kind": kind, "part": part, "source_id": source, "note": note}


def _links(known: dict[str, dict], refs: Refs) -> list[dict]:
    """Entries that cite a series: through a figure's `indicator` field, or listed as related."""
    via: dict[tuple[str, str], str] = {}
    for _toml, entry_id, indicator in refs.figure_indicators:
        if indicator in known:
            via[(indicator, entry_id)] = "figure"
    for indicator_id, record in known.items():
        for entry_id in record.get("related", []):
            if entry_id in refs.entries:
                via.setdefault((indicator_id, entry_id), "related")
    return [{"indicator_id": i, "entry_id": e, "via": v} for (i, e), v in sorted(via.items())]


def write(db, data: IndicatorData) -> None:
    """Write the three tables, created explicitly so they exist even when empty."""
    db["indicators"].create({
        "id": str, "name": str, "short": str, "unit": str, "description": str, "category": str,
        "series_kind": str, "compare_group": str, "compare_with": str, "log_scale_ok": int,
        "invert_axis": int, "caution": str, "parts": str, "sources": str, "related": str, "sort": int,
    }, pk="id")
    db["indicator_points"].create({
        "indicator_id": str, "position": int, "year": int, "date": str, "x": float, "value": float,
        "value_text": str, "kind": str, "part": str, "source_id": str, "note": str,
    }, pk=("indicator_id", "position"))
    db["indicator_entries"].create({"indicator_id": str, "entry_id": str, "via": str},
                                   pk=("indicator_id", "entry_id"))
    db["indicators"].insert_all(
        {"id": r["id"], "name": r["name"], "short": r.get("short", ""), "unit": r["unit"],
         "description": " ".join(r["description"].split()), "category": r["category"],
         "series_kind": r["series_kind"], "compare_group": r.get("compare_group", ""),
         "compare_with": r.get("compare_with", ""), "log_scale_ok": int(bool(r.get("log_scale_ok"))),
         "invert_axis": int(bool(r.get("invert_axis"))), "caution": r.get("caution", ""),
         "parts": json.dumps(list(r.get("parts", {}).items()), ensure_ascii=False),
         "sources": json.dumps(r["sources"]), "related": json.dumps(r.get("related", [])),
         "sort": r["sort"]}
        for r in sorted(data.indicators, key=lambda r: r["id"]))
    db["indicator_points"].insert_all(
        {k: p[k] for k in ("indicator_id", "position", "year", "date", "x", "value", "value_text",
                           "kind", "part", "source_id", "note")}
        for p in sorted(data.points, key=lambda p: (p["indicator_id"], p["position"])))
    db["indicator_points"].create_index(["source_id"])
    db["indicator_entries"].insert_all(data.links)
    db["indicator_entries"].create_index(["entry_id"])
