"""Build section for db/data/powers.toml: who holds which power over whom, and when.

Validates every reference (institutions, entries, sources, other powers), the dates and the
relation vocabulary, and that no two records of the same holder, target and relation overlap in
time; then writes the tables `powers`, `power_sources`, `power_successions` and `power_relations`.
"""

from __future__ import annotations

import itertools
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from db.build.entries import CONFIDENCE, SLUG, Refs
from db.build.source_files import Problems, TomlFile, read_toml
from models.power_balance import RELATIONS

_ISO_DAY = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_REQUIRED = ("id", "holder", "target", "relation", "detail", "valid_from", "valid_to", "sources", "confidence")
_KNOWN_KEYS = set(_REQUIRED) | {
    "count", "introduced_by", "ended_by", "replaces", "disputed_by", "note",
    "unknown_before", "unknown_after", "unconfirmed_from",
}
_SUCCESSION_KEYS = {"predecessor", "successor", "date", "sources"}


@dataclass
class PowerData:
    powers: list[dict] = field(default_factory=list)
    successions: list[dict] = field(default_factory=list)


def _is_day(value: object) -> bool:
    import datetime as dt
    if not isinstance(value, str) or not _ISO_DAY.match(value):
        return False
    try:
        dt.date.fromisoformat(value)
    except ValueError:
        return False
    return True


def _institution_spans(data_dir: Path) -> dict[str, tuple[str, str]]:
    """valid_from / valid_to of each institution, to check a power lies within both ends' lives."""
    toml = read_toml(data_dir / "institutions.toml", Problems())  # the core section reports its errors
    if toml is None:
        return {}
    spans = {}
    for record in toml.data.get("institution", []):
        if isinstance(record, dict) and isinstance(record.get("id"), str):
            spans[record["id"]] = (record.get("valid_from", "") or "", record.get("valid_to", "") or "")
    return spans


def load(data_dir: Path, refs: Refs, problems: Problems) -> PowerData:
    data = PowerData()
    toml = read_toml(data_dir / "powers.toml", problems)
    if toml is None:
        return data
    records = toml.data.get("power", [])
    if not isinstance(records, list) or not records:
        problems.add(toml.path, 1, "expected [[power]] tables")
        return data
    spans = _institution_spans(data_dir)

    ids: set[str] = set()
    for record in records:
        if _check_power(toml, record, refs, spans, ids, problems):
            data.powers.append(record)
    by_id = {r["id"]: r for r in data.powers}
    _check_replaces(toml, data.powers, by_id, problems)
    _check_overlaps(toml, data.powers, problems)

    for number, record in enumerate(toml.data.get("succession", []), start=1):
        if _check_succession(toml, number, record, refs, problems):
            data.successions.append(record)
    return data


def _check_power(toml: TomlFile, record: object, refs: Refs, spans: dict[str, tuple[str, str]],
                 ids: set[str], problems: Problems) -> bool:
    if not isinstance(record, dict):
        problems.add(toml.path, 1, "a [[power]] entry is not a table")
        return False
    rid = str(record.get("id", "?"))
    at = lambda key=None: toml.line_of(rid, key)  # noqa: E731
    ok = True
    for key in _REQUIRED:
        value = record.get(key)
        if value is None or (key not in ("valid_from", "valid_to") and isinstance(value, (str, list)) and not value):
            problems.add(toml.path, at(), f"{rid}: missing '{key}'")
            ok = False
    if not ok:
        return False
    for key in sorted(set(record) - _KNOWN_KEYS):
        problems.add(toml.path, at(key), f"{rid}: unknown key '{key}'")
        ok = False
    if not SLUG.match(rid):
        problems.add(toml.path, at(), f"{rid}: id must be a lower-case slug")
        ok = False
    if rid in ids:
        problems.add(toml.path, at(), f"duplicate power id '{rid}'")
        ok = False
    ids.add(rid)

    for key in ("holder", "target"):
        if record[key] not in refs.institutions:
            problems.add(toml.path, at(key), f"{rid}: unknown institution '{record[key]}'")
            ok = False
    if record["holder"] == record["target"]:
        problems.add(toml.path, at("target"), f"{rid}: holder and target are the same institution")
        ok = False
    if record["relation"] not in RELATIONS:
        problems.add(toml.path, at("relation"),
                     f"{rid}: unknown relation '{record['relation']}' (one of: {', '.join(RELATIONS)})")
        ok = False
    if record["confidence"] not in CONFIDENCE:
        problems.add(toml.path, at("confidence"), f"{rid}: confidence must be H, M or L")
        ok = False
    elif record["confidence"] == "L" and not record.get("note"):
        problems.add(toml.path, at("confidence"), f"{rid}: a low-confidence power needs a note saying why")
        ok = False
    count = record.get("count")
    if count is not None and (isinstance(count, bool) or not isinstance(count, int) or count < 1):
        problems.add(toml.path, at("count"), f"{rid}: count must be a positive whole number")
        ok = False

    ok &= _check_dates(toml, rid, record, spans, problems)
    for key in ("introduced_by", "ended_by"):
        value = record.get(key, "")
        if value and value not in refs.entries:
            problems.add(toml.path, at(key), f"{rid}: unknown entry '{value}'")
            ok = False
    if record.get("introduced_by") and not record["valid_from"]:
        problems.add(toml.path, at("introduced_by"), f"{rid}: 'introduced_by' needs a valid_from date")
        ok = False
    if record.get("ended_by") and not record["valid_to"]:
        problems.add(toml.path, at("ended_by"), f"{rid}: 'ended_by' needs a valid_to date")
        ok = False

    for key in ("sources", "disputed_by"):
        values = record.get(key, [])
        if not isinstance(values, list) or not all(isinstance(v, str) for v in values):
            problems.add(toml.path, at(key), f"{rid}: '{key}' must be a list of source ids")
            ok = False
            continue
        for value in values:
            if value not in refs.sources:
                problems.add(toml.path, at(key), f"{rid}: unknown source '{value}'")
                ok = False
        if len(set(values)) != len(values):
            problems.add(toml.path, at(key), f"{rid}: a source is listed twice in '{key}'")
            ok = False
    if set(record.get("sources", [])) & set(record.get("disputed_by", []) or []):
        problems.add(toml.path, at("disputed_by"), f"{rid}: a source cannot both support and dispute it")
        ok = False
    if record.get("disputed_by") and not record.get("note"):
        problems.add(toml.path, at("disputed_by"), f"{rid}: a disputed power needs a note giving both sides")
        ok = False
    return ok


def _check_dates(toml: TomlFile, rid: str, record: dict, spans: dict[str, tuple[str, str]],
                 problems: Problems) -> bool:
    ok = True
    at = lambda key=None: toml.line_of(rid, key)  # noqa: E731
    start, end = record["valid_from"], record["valid_to"]
    for key in ("valid_from", "valid_to", "unconfirmed_from"):
        value = record.get(key, "")
        if not isinstance(value, str) or (value and not _is_day(value)):
            problems.add(toml.path, at(key), f"{rid}: '{key}' must be a date YYYY-MM-DD or \"\"")
            ok = False
    if not ok:
        return False
    if start and end and start >= end:
        problems.add(toml.path, at("valid_to"), f"{rid}: valid_to {end} is not after valid_from {start}")
        ok = False
    unconfirmed = record.get("unconfirmed_from", "")
    if unconfirmed and ((start and unconfirmed <= start) or (end and unconfirmed >= end)):
        problems.add(toml.path, at("unconfirmed_from"), f"{rid}: unconfirmed_from must fall inside the validity")
        ok = False
    for flag, needs in (("unknown_before", start), ("unknown_after", end)):
        value = record.get(flag, False)
        if not isinstance(value, bool):
            problems.add(toml.path, at(flag), f"{rid}: '{flag}' must be true or false")
            ok = False
        elif value and not needs:
            problems.add(toml.path, at(flag), f"{rid}: '{flag}' needs a date at that end")
            ok = False
    for key in ("holder", "target"):
        span = spans.get(record[key])
        if span is None:
            continue
        born, gone = span
        if born and (not start or start < born):
            problems.add(toml.path, at("valid_from"),
                         f"{rid}: starts before its {key} '{record[key]}' exists (from {born})")
            ok = False
        if gone and (not end or end > gone):
            problems.add(toml.path, at("valid_to"),
                         f"{rid}: lasts after its {key} '{record[key]}' ends ({gone})")
            ok = False
    return ok


def _check_replaces(toml: TomlFile, powers: list[dict], by_id: dict[str, dict], problems: Problems) -> None:
    replaced_by: dict[str, str] = {}
    for record in powers:
        old_id = record.get("replaces", "")
        if not old_id:
            continue
        rid = record["id"]
        line = toml.line_of(rid, "replaces")
        old = by_id.get(old_id)
        if old is None:
            problems.add(toml.path, line, f"{rid}: replaces unknown power '{old_id}'")
            continue
        if old_id in replaced_by:
            problems.add(toml.path, line, f"{rid}: '{old_id}' is already replaced by '{replaced_by[old_id]}'")
        replaced_by[old_id] = rid
        if old["valid_to"] != record["valid_from"] or not record["valid_from"]:
            problems.add(toml.path, line,
                         f"{rid}: replaces '{old_id}', which should end on {record['valid_from'] or '?'} "
                         f"(it ends on {old['valid_to'] or 'never'})")
    for start in replaced_by.values():
        seen = {start}
        current = by_id[start].get("replaces", "")
        while current in by_id:
            if current in seen:
                problems.add(toml.path, toml.line_of(start, "replaces"), f"{start}: 'replaces' forms a loop")
                break
            seen.add(current)
            current = by_id[current].get("replaces", "")


def _check_overlaps(toml: TomlFile, powers: list[dict], problems: Problems) -> None:
    groups: dict[tuple[str, str, str], list[dict]] = {}
    for record in powers:
        groups.setdefault((record["holder"], record["target"], record["relation"]), []).append(record)
    for (holder, target, relation), records in sorted(groups.items()):
        ordered = sorted(records, key=lambda r: r["valid_from"])  # "" (before 2019) sorts first
        for prev, nxt in itertools.pairwise(ordered):
            if not prev["valid_to"] or prev["valid_to"] > nxt["valid_from"]:
                problems.add(toml.path, toml.line_of(nxt["id"], "valid_from"),
                             f"{nxt['id']}: overlaps '{prev['id']}' ({holder} {relation} {target})")


def _check_succession(toml: TomlFile, number: int, record: object, refs: Refs, problems: Problems) -> bool:
    label = f"succession #{number}"
    line = _nth_line(toml, "[[succession]]", number)
    if not isinstance(record, dict):
        problems.add(toml.path, line, f"{label} is not a table")
        return False
    ok = True
    for key in sorted(set(record) - _SUCCESSION_KEYS):
        problems.add(toml.path, line, f"{label}: unknown key '{key}'")
        ok = False
    for key in ("predecessor", "successor"):
        if record.get(key) not in refs.institutions:
            problems.add(toml.path, line, f"{label}: unknown institution '{record.get(key)}'")
            ok = False
    if not _is_day(record.get("date")):
        problems.add(toml.path, line, f"{label}: 'date' must be YYYY-MM-DD")
        ok = False
    sources = record.get("sources", [])
    if not isinstance(sources, list) or not sources:
        problems.add(toml.path, line, f"{label}: needs at least one source")
        ok = False
    else:
        for value in sources:
            if value not in refs.sources:
                problems.add(toml.path, line, f"{label}: unknown source '{value}'")
                ok = False
    return ok


def _nth_line(toml: TomlFile, header: str, number: int) -> int:
    seen = 0
    for index, text in enumerate(toml.lines):
        if text.strip() == header:
            seen += 1
            if seen == number:
                return index + 1
    return 1


def write(db, data: PowerData) -> None:
    """Write in file order (the order the view lists relations in); `sort` keeps it explicit."""
    db["power_relations"].insert_all(
        ({"id": r.id, "label": r.label, "description": r.description, "style_group": r.group, "sort": n}
         for n, r in enumerate(RELATIONS.values())), pk="id")
    db["powers"].insert_all(
        ({"id": r["id"], "holder_id": r["holder"], "target_id": r["target"], "relation": r["relation"],
          "detail": r["detail"].strip(), "count": r.get("count"),
          "valid_from": r["valid_from"], "valid_to": r["valid_to"],
          "unconfirmed_from": r.get("unconfirmed_from", ""),
          "introduced_by": r.get("introduced_by", ""), "ended_by": r.get("ended_by", ""),
          "replaces": r.get("replaces", ""), "confidence": r["confidence"],
          "note": r.get("note", "").strip(),
          "unknown_before": int(bool(r.get("unknown_before", False))),
          "unknown_after": int(bool(r.get("unknown_after", False))),
          "sort": n}
         for n, r in enumerate(data.powers)),
        pk="id", columns={"count": int})
    db["power_sources"].create({"power_id": str, "source_id": str, "role": str, "sort": int},
                               pk=("power_id", "source_id"))
    db["power_sources"].insert_all(
        ({"power_id": r["id"], "source_id": source_id, "role": role, "sort": n}
         for r in data.powers
         for role, key in (("supports", "sources"), ("disputes", "disputed_by"))
         for n, source_id in enumerate(r.get(key, []) or [])),
        pk=("power_id", "source_id"))
    db["power_sources"].create_index(["source_id"])
    db["power_successions"].create({"predecessor_id": str, "successor_id": str, "date": str, "sources": str},
                                   pk=("predecessor_id", "successor_id"))
    db["power_successions"].insert_all(
        ({"predecessor_id": s["predecessor"], "successor_id": s["successor"], "date": s["date"],
          "sources": json.dumps(s["sources"])}
         for s in sorted(data.successions, key=lambda s: (s["date"], s["predecessor"], s["successor"]))),
        pk=("predecessor_id", "successor_id"))
