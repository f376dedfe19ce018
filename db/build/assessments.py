"""Build section for db/data/assessments.toml: what observers and rights groups concluded.

Each `[[assessment]]` names the entry it judges, the body that judged (`by`), the date, the
finding in our own words, an optional stance and at least one source. The section checks every
reference and writes the table `assessments`; it also adds each finding to its entry's search
text, so that "ODIHR" or "election observers" finds the entries the observers judged.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from db.build.entries import Refs, valid_date
from db.build.source_files import Problems, TomlFile, read_toml
from models.entry import STANCES
from models.text_folding import fold

FILE_NAME = "assessments.toml"
_REQUIRED = ("entry", "by", "date", "finding", "sources")
_KNOWN_KEYS = set(_REQUIRED) | {"stance"}
_HEADER = re.compile(r"^\s*\[\[assessment\]\]\s*(#.*)?$")


@dataclass
class AssessmentData:
    records: list[dict] = field(default_factory=list)


def _record_lines(toml: TomlFile) -> list[int]:
    """Line numbers (1-based) of each `[[assessment]]` header, in file order.

    Assessments have no id, so `TomlFile.line_of` cannot find them; the n-th record of the
    parsed list is the n-th header in the text.
    """
    return [n for n, text in enumerate(toml.lines, 1) if _HEADER.match(text)]


def _key_line(toml: TomlFile, start: int, key: str) -> int:
    """The line of `key = ...` inside the record starting at `start`, else `start`."""
    pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
    for number in range(start, len(toml.lines)):
        text = toml.lines[number]
        if _HEADER.match(text):  # the next record begins
            break
        if pattern.match(text):
            return number + 1
    return start


def load(data_dir: Path, refs: Refs, problems: Problems) -> AssessmentData:
    data = AssessmentData()
    path = data_dir / FILE_NAME
    if not path.exists():
        return data  # optional file: an atlas without assessments is still an atlas
    toml = read_toml(path, problems)
    if toml is None:
        return data
    records = toml.data.get("assessment", [])
    if not isinstance(records, list):
        problems.add(toml.path, 1, "expected [[assessment]] tables")
        return data
    lines = _record_lines(toml)
    for number, record in enumerate(records):
        start = lines[number] if number < len(lines) else 1
        if _check(toml, start, record, refs, problems):
            data.records.append(record)
    return data


def _check(toml: TomlFile, start: int, record: dict, refs: Refs, problems: Problems) -> bool:
    if not isinstance(record, dict):
        problems.add(toml.path, start, "expected [[assessment]] tables")
        return False
    at = lambda key: _key_line(toml, start, key)  # noqa: E731
    label = f"assessment of '{record.get('entry', '?')}'"
    ok = True
    for key in sorted(set(record) - _KNOWN_KEYS):
        problems.add(toml.path, at(key), f"{label}: unknown key '{key}'")
        ok = False
    for key in _REQUIRED:
        value = record.get(key)
        if value is None or (isinstance(value, (str, list)) and not value):
            problems.add(toml.path, start, f"{label}: missing '{key}'")
            ok = False
    if not ok:
        return False
    for key in ("entry", "by", "date", "finding", "stance"):
        if key in record and not isinstance(record[key], str):
            problems.add(toml.path, at(key), f"{label}: '{key}' must be text")
            ok = False
    if not ok:
        return False
    if record["entry"] not in refs.entries:
        problems.add(toml.path, at("entry"), f"{label}: unknown entry '{record['entry']}'")
        ok = False
    if not valid_date(record["date"]):
        problems.add(toml.path, at("date"), f"{label}: bad date '{record['date']}'")
        ok = False
    if record.get("stance", "") and record["stance"] not in STANCES:
        problems.add(toml.path, at("stance"),
                     f"{label}: stance must be one of {', '.join(STANCES)} (or omitted)")
        ok = False
    sources = record["sources"]
    if not isinstance(sources, list):
        problems.add(toml.path, at("sources"), f"{label}: 'sources' must be a list")
        return False
    for source in sources:
        if source not in refs.sources:
            problems.add(toml.path, at("sources"), f"{label}: unknown source '{source}'")
            ok = False
    return ok


def write(db, data: AssessmentData) -> None:
    # Created explicitly: the queries expect the table even when the file has no records.
    db["assessments"].create({"entry_id": str, "position": int, "by": str, "date": str,
                              "finding": str, "stance": str, "sources": str},
                             pk=("entry_id", "position"))
    # File order within an entry, not date order: a finding dated only "2019" (a final report)
    # would otherwise sort before the preliminary statement of June 2019 it follows.
    ordered = sorted(data.records, key=lambda record: record["entry"])
    positions: dict[str, int] = {}
    rows = []
    for record in ordered:
        position = positions.get(record["entry"], 0)
        positions[record["entry"]] = position + 1
        rows.append({"entry_id": record["entry"], "position": position, "by": record["by"].strip(),
                     "date": record["date"], "finding": " ".join(record["finding"].split()),
                     "stance": record.get("stance", ""), "sources": json.dumps(record["sources"])})
    db["assessments"].insert_all(rows, pk=("entry_id", "position"))
    _index_findings(db, ordered)


def _index_findings(db, records: list[dict]) -> None:
    """Append who judged and what they found to each entry's search text, then rebuild the
    full-text index (the core section built it before this section ran)."""
    words: dict[str, list[str]] = {}
    for record in records:
        words.setdefault(record["entry"], []).append(f"{record['by']} {record['finding']}")
    if not words:
        return
    for entry_id, texts in sorted(words.items()):
        db.execute(
            "UPDATE entry_text SET extra = extra || ' ' || ? "
            "WHERE entry_rowid = (SELECT rowid FROM entries WHERE id = ?)",
            (fold(" ".join(texts)), entry_id))
    db.execute("INSERT INTO entry_search(entry_search) VALUES ('rebuild')")
    db.execute("INSERT INTO entry_search(entry_search) VALUES ('optimize')")
