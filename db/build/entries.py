"""Load, check and write the core reference data: sources, taxonomy, institutions, glossary, entries."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path

from db.build.source_files import Problems, TomlFile, read_toml
from models.entry import STATUSES, date_precision
from models.text_folding import fold

SLUG = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
BRANCHES = ("executive", "legislative", "judicial", "local", "oversight", "citizens", "consultative")
CONFIDENCE = ("H", "M", "L")


@dataclass
class Refs:
    """Ids known so far, for the sections that reference them (powers, indicators)."""
    sources: set[str] = field(default_factory=set)
    entries: set[str] = field(default_factory=set)
    institutions: set[str] = field(default_factory=set)
    categories: set[str] = field(default_factory=set)
    packages: set[str] = field(default_factory=set)
    indicators: set[str] | None = None  # filled by the indicators section when it exists
    figure_indicators: list[tuple[TomlFile, str, str]] = field(default_factory=list)
    core: CoreData | None = None  # the English records, for the translations section


def valid_date(value: object) -> bool:
    if not isinstance(value, str) or not re.fullmatch(r"\d{4}(-\d{2}(-\d{2})?)?", value):
        return False
    parts = [int(p) for p in value.split("-")] + [1, 1]
    try:
        dt.date(parts[0], parts[1], parts[2])
    except ValueError:
        return False
    return True


def sort_date(date: str, sort_year: int | None = None) -> str:
    """Pad a partial date so that it sorts: '2022' -> '2022-01-01'. An unknown date sorts at the
    end of its sort year, after everything dated in that year."""
    if not date:
        return f"{sort_year}-12-31"
    return (date + "-01-01")[:10] if len(date) == 4 else (date + "-01")[:10]


def entry_year(record: dict) -> int:
    return int(record["date"][:4]) if record["date"] else int(record["sort_year"])


URL = re.compile(r"https?://[^\s<>\"'`]+", re.IGNORECASE)


def _check_source_address(toml: TomlFile, record: dict, problems: Problems) -> None:
    """A reader must be able to find every source: by its address or, for a law or decree,
    by its official number. A bare domain is not an address a browser can open."""
    rid = record["id"]
    url, number = record.get("url", ""), record.get("doc_number", "")
    for key in ("url", "doc_number", "title_en"):
        if not isinstance(record.get(key, ""), str):
            problems.add(toml.path, toml.line_of(rid, key), f"{rid}: '{key}' must be a string")
            return
    if not url.strip() and not number.strip():
        problems.add(toml.path, toml.line_of(rid), f"{rid}: a source needs a 'url' or a 'doc_number'")
    elif url and not URL.fullmatch(url):
        problems.add(toml.path, toml.line_of(rid, "url"), f"{rid}: url must start with http:// or https://")
    if not isinstance(record.get("described", False), bool):
        problems.add(toml.path, toml.line_of(rid, "described"), f"{rid}: 'described' must be true or false")


def _records(toml: TomlFile, key: str, problems: Problems) -> list[dict]:
    records = toml.data.get(key, [])
    if not isinstance(records, list):
        problems.add(toml.path, 1, f"expected [[{key}]] tables")
        return []
    return records


def _require(toml: TomlFile, record: dict, keys: tuple[str, ...], problems: Problems) -> bool:
    ok = True
    rid = str(record.get("id", "?"))
    for key in keys:
        value = record.get(key)
        if value is None or (isinstance(value, (str, list)) and not value):
            problems.add(toml.path, toml.line_of(rid), f"{rid}: missing '{key}'")
            ok = False
    return ok


def _check_ids(toml: TomlFile, record: dict, key: str, known: set[str], kind: str,
               problems: Problems) -> list[str]:
    rid = str(record.get("id", "?"))
    values = record.get(key, [])
    if isinstance(values, str):
        values = [values] if values else []
    if not isinstance(values, list):
        problems.add(toml.path, toml.line_of(rid, key), f"{rid}: '{key}' must be a list")
        return []
    for value in values:
        if value not in known:
            problems.add(toml.path, toml.line_of(rid, key), f"{rid}: unknown {kind} '{value}'")
    for value in sorted({v for v in values if values.count(v) > 1}):
        problems.add(toml.path, toml.line_of(rid, key), f"{rid}: {kind} '{value}' listed twice in '{key}'")
    return [v for v in values if v in known]


@dataclass
class CoreData:
    sources: list[dict] = field(default_factory=list)
    categories: list[dict] = field(default_factory=list)
    packages: list[dict] = field(default_factory=list)
    institutions: list[dict] = field(default_factory=list)
    glossary: list[dict] = field(default_factory=list)
    entries: list[dict] = field(default_factory=list)


def load_core(data_dir: Path, problems: Problems) -> tuple[CoreData, Refs]:
    core = CoreData()
    refs = Refs(core=core)

    sources = read_toml(data_dir / "sources.toml", problems)
    if sources:
        for record in _records(sources, "source", problems):
            if not _require(sources, record, ("id", "title", "publisher"), problems):
                continue
            if record["id"] in refs.sources:
                problems.add(sources.path, sources.line_of(record["id"]), f"duplicate source id '{record['id']}'")
            # A source that shows no date keeps date = "" rather than a guessed one.
            record.setdefault("date", "")
            if record["date"] != "" and not valid_date(record["date"]):
                problems.add(sources.path, sources.line_of(record["id"], "date"),
                             f"{record['id']}: bad date '{record['date']}'")
            _check_source_address(sources, record, problems)
            refs.sources.add(record["id"])
            core.sources.append(record)

    taxonomy = read_toml(data_dir / "taxonomy.toml", problems)
    if taxonomy:
        for kind, target, known in (("category", core.categories, refs.categories),
                                    ("package", core.packages, refs.packages)):
            for record in _records(taxonomy, kind, problems):
                if _require(taxonomy, record, ("id", "name"), problems):
                    known.add(record["id"])
                    target.append(record)

    institutions = read_toml(data_dir / "institutions.toml", problems)
    if institutions:
        for record in _records(institutions, "institution", problems):
            if not _require(institutions, record, ("id", "name", "branch", "sources"), problems):
                continue
            rid = record["id"]
            if record["branch"] not in BRANCHES:
                problems.add(institutions.path, institutions.line_of(rid, "branch"),
                             f"{rid}: unknown branch '{record['branch']}'")
            for key in ("valid_from", "valid_to"):
                if record.get(key) and not valid_date(record[key]):
                    problems.add(institutions.path, institutions.line_of(rid, key), f"{rid}: bad date in '{key}'")
            _check_ids(institutions, record, "sources", refs.sources, "source", problems)
            refs.institutions.add(rid)
            core.institutions.append(record)

    glossary = read_toml(data_dir / "glossary.toml", problems)
    if glossary:
        for record in _records(glossary, "term", problems):
            if not _require(glossary, record, ("id", "term", "definition", "sources"), problems):
                continue
            _check_ids(glossary, record, "sources", refs.sources, "source", problems)
            if record.get("institution"):
                _check_ids(glossary, record, "institution", refs.institutions, "institution", problems)
            core.glossary.append(record)

    entry_files = []
    for path in sorted((data_dir / "entries").glob("*.toml")):
        toml = read_toml(path, problems)
        if toml:
            entry_files.append(toml)
            for record in _records(toml, "entry", problems):
                record["_file"] = toml
                rid = record.get("id")
                if isinstance(rid, str) and rid in refs.entries:
                    problems.add(path, toml.line_of(rid), f"duplicate entry id '{rid}'")
                if isinstance(rid, str):
                    refs.entries.add(rid)
                core.entries.append(record)
    if not core.entries:
        problems.add(data_dir / "entries", 1, "no entries found")

    for record in core.entries:
        _check_entry(record, refs, problems)
    return core, refs


def _check_entry(record: dict, refs: Refs, problems: Problems) -> None:
    toml: TomlFile = record["_file"]
    if not _require(toml, record, ("id", "title", "category", "status", "summary", "body",
                                   "sources", "confidence"), problems):
        return
    rid = record["id"]
    at = lambda key=None: toml.line_of(rid, key)  # noqa: E731
    if not SLUG.match(rid):
        problems.add(toml.path, at(), f"{rid}: id must be a lower-case slug")
    date, year = record.get("date"), record.get("sort_year")
    if date == "":
        # Date unknown: the sort year only places the entry in lists and filters.
        if not isinstance(year, int) or not 1990 <= year <= 2100:
            problems.add(toml.path, at("date"),
                         f"{rid}: an entry with an unknown date (date = \"\") needs a 'sort_year'")
            record["sort_year"] = 2019
        if not record.get("source_note"):
            problems.add(toml.path, at("date"), f"{rid}: an entry with an unknown date needs a source_note saying so")
    elif not valid_date(date):
        problems.add(toml.path, at("date"), f"{rid}: bad date '{date}'")
    elif year is not None:
        problems.add(toml.path, at("sort_year"), f"{rid}: 'sort_year' is only for entries whose date is unknown")
    unconfirmed = record.get("unconfirmed_from", "")
    if unconfirmed:
        if not (isinstance(unconfirmed, str) and len(unconfirmed) == 10 and valid_date(unconfirmed)):
            problems.add(toml.path, at("unconfirmed_from"), f"{rid}: 'unconfirmed_from' must be a full date")
        elif record["status"] == "superseded":
            problems.add(toml.path, at("unconfirmed_from"),
                         f"{rid}: a superseded entry is not 'unconfirmed': the sources say what replaced it")
    if record["category"] not in refs.categories:
        problems.add(toml.path, at("category"), f"{rid}: unknown category '{record['category']}'")
    if record.get("package") and record["package"] not in refs.packages:
        problems.add(toml.path, at("package"), f"{rid}: unknown package '{record['package']}'")
    if record["status"] not in STATUSES:
        problems.add(toml.path, at("status"), f"{rid}: unknown status '{record['status']}'")
    if record["confidence"] not in CONFIDENCE:
        problems.add(toml.path, at("confidence"), f"{rid}: confidence must be H, M or L")
    if record["confidence"] == "L" and not record.get("source_note"):
        problems.add(toml.path, at("confidence"), f"{rid}: a low-confidence entry needs a source_note")
    superseded_by = record.get("superseded_by", "")
    if record["status"] == "superseded" and not superseded_by:
        problems.add(toml.path, at("status"), f"{rid}: superseded entries must name 'superseded_by'")
    if superseded_by:
        if superseded_by not in refs.entries:
            problems.add(toml.path, at("superseded_by"), f"{rid}: unknown entry '{superseded_by}'")
        if record["status"] != "superseded":
            problems.add(toml.path, at("superseded_by"), f"{rid}: 'superseded_by' needs status 'superseded'")
    _check_ids(toml, record, "institutions", refs.institutions, "institution", problems)
    _check_ids(toml, record, "related", refs.entries, "entry", problems)
    if rid in record.get("related", []):
        problems.add(toml.path, at("related"), f"{rid}: an entry cannot be related to itself")
    _check_ids(toml, record, "sources", refs.sources, "source", problems)
    for figure in record.get("figures", []):
        label = figure.get("label")
        if not label:
            problems.add(toml.path, at("figures"), f"{rid}: a figure has no label")
        if figure.get("source") not in refs.sources:
            problems.add(toml.path, at("figures"),
                         f"{rid}: figure '{label}' cites unknown source '{figure.get('source')}'")
        if figure.get("indicator"):
            refs.figure_indicators.append((toml, rid, figure["indicator"]))


def _alias_rows(core: CoreData) -> list[dict]:
    """Every spelling that names a glossary term or institution, folded for the query expander."""
    rows: dict[tuple[str, str], dict] = {}
    groups = [(f"term:{t['id']}", [t["term"], *t.get("aliases", [])]) for t in core.glossary]
    groups += [(f"institution:{i['id']}", [i["name"], i.get("short", ""), *i.get("aliases", [])])
               for i in core.institutions]
    for group, names in groups:
        for name in names:
            folded = " ".join(fold(name).split())
            folded = re.sub(r"[^\w ]+", " ", folded).strip()
            folded = " ".join(folded.split())
            if folded:
                rows[(group, folded)] = {"group_id": group, "alias": name, "folded": folded}
    return [rows[key] for key in sorted(rows)]


# Declared (never enforced: the build validates references itself) so that tools reading the file
# as it is, such as Datasette (packaging/datasette-metadata.yml), show labels and links between tables.
_ENTRY_LINKS = {
    "entries": [("category", "categories", "id"), ("package", "packages", "id")],
    "entry_figures": [("entry_id", "entries", "id"), ("source_id", "sources", "id")],
    "entry_institutions": [("entry_id", "entries", "id"), ("institution_id", "institutions", "id")],
    "entry_related": [("entry_id", "entries", "id"), ("related_id", "entries", "id")],
    "entry_sources": [("entry_id", "entries", "id"), ("source_id", "sources", "id")],
    "entry_seeds": [("entry_id", "entries", "id")],
}


def write_core(db, core: CoreData) -> None:
    """Write the core tables with sqlite-utils. Order is fixed so the bytes are reproducible."""
    db["sources"].insert_all(
        ({"id": s["id"], "title": s["title"], "title_en": s.get("title_en", ""),
          "described": int(s.get("described", False)), "publisher": s["publisher"], "date": s["date"],
          "kind": s.get("kind", ""), "url": s.get("url", ""), "doc_number": s.get("doc_number", ""),
          "note": s.get("note", "")}
         for s in sorted(core.sources, key=lambda s: s["id"])), pk="id")
    db["categories"].insert_all(
        ({"id": c["id"], "name": c["name"], "description": c.get("description", ""), "sort": c.get("sort", 0)}
         for c in core.categories), pk="id")
    db["packages"].insert_all(
        ({"id": p["id"], "name": p["name"], "short": p.get("short", "") or p["name"],
          "date": p.get("date", ""), "sort": p.get("sort", 0)}
         for p in core.packages), pk="id")
    db["institutions"].insert_all(
        ({"id": i["id"], "name": i["name"], "short": i.get("short", "") or i["name"],
          "branch": i["branch"], "description": i.get("description", ""),
          "aliases": json.dumps(i.get("aliases", []), ensure_ascii=False),
          "valid_from": i.get("valid_from", ""), "valid_to": i.get("valid_to", ""),
          "sources": json.dumps(i.get("sources", []))}
         for i in core.institutions), pk="id")
    db["glossary"].insert_all(
        ({"id": t["id"], "term": t["term"], "definition": t["definition"],
          "aliases": json.dumps(t.get("aliases", []), ensure_ascii=False),
          "institution_id": t.get("institution", ""), "sources": json.dumps(t.get("sources", []))}
         for t in sorted(core.glossary, key=lambda t: t["id"])), pk="id")
    db["aliases"].insert_all(_alias_rows(core), pk=("group_id", "folded"))
    db["aliases"].create_index(["folded"])

    institution_words = {i["id"]: " ".join([i["name"], i.get("short", ""), *i.get("aliases", [])])
                         for i in core.institutions}
    # Chronological insert order: rowid order is date order, which the search uses for
    # "newest first" without a sort.
    entries = sorted(core.entries, key=lambda e: (sort_date(e["date"], e.get("sort_year")), e["id"]))
    db["entries"].insert_all(
        ({"id": e["id"], "title": e["title"], "date": e["date"],
          "date_precision": date_precision(e["date"]), "sort_date": sort_date(e["date"], e.get("sort_year")),
          "year": entry_year(e), "category": e["category"], "package": e.get("package", ""),
          "status": e["status"], "superseded_by": e.get("superseded_by", ""),
          "unconfirmed_from": e.get("unconfirmed_from", ""),
          "confidence": e["confidence"], "summary": e["summary"].strip(), "body": e["body"].strip(),
          "source_note": e.get("source_note", "").strip()}
         for e in entries), pk="id", foreign_keys=_ENTRY_LINKS["entries"])
    for index_columns in (["category"], ["package"], ["year"], ["sort_date"]):
        db["entries"].create_index(index_columns)
    # Tables that may legitimately be empty are created explicitly: insert_all of nothing
    # creates nothing, and the queries expect every table to exist.
    db["entry_figures"].create({"entry_id": str, "position": int, "label": str, "before": str,
                                "after": str, "unit": str, "source_id": str, "indicator_id": str},
                               pk=("entry_id", "position"), foreign_keys=_ENTRY_LINKS["entry_figures"])
    db["entry_figures"].insert_all(
        ({"entry_id": e["id"], "position": n, "label": f["label"], "before": str(f.get("before", "")),
          "after": str(f.get("after", "")), "unit": f.get("unit", ""), "source_id": f.get("source", ""),
          "indicator_id": f.get("indicator", "")}
         for e in entries for n, f in enumerate(e.get("figures", []))), pk=("entry_id", "position"))
    for table, key, column in (("entry_institutions", "institutions", "institution_id"),
                               ("entry_related", "related", "related_id"),
                               ("entry_sources", "sources", "source_id"),
                               ("entry_seeds", "seeds", "seed_id")):
        db[table].create({"entry_id": str, column: str, "position": int}, pk=("entry_id", column),
                         foreign_keys=_ENTRY_LINKS[table])
        db[table].insert_all(
            ({"entry_id": e["id"], column: value, "position": n}
             for e in entries for n, value in enumerate(e.get(key, []))),
            pk=("entry_id", column))
        db[table].create_index([column])

    rowids = {row["id"]: row["rowid"] for row in db.query("select rowid, id from entries")}
    # Narrow copies of what search filters and facets read, keyed by the entry's rowid: the
    # entries table carries the long texts, so reading a few columns of many rows from it is
    # slow on a large database.
    db["entry_keys"].create({"entry_rowid": int, "id": str, "category": str, "package": str, "year": int},
                            pk="entry_rowid")
    db["entry_keys"].insert_all(
        ({"entry_rowid": rowids[e["id"]], "id": e["id"], "category": e["category"],
          "package": e.get("package", ""), "year": entry_year(e)} for e in entries), pk="entry_rowid")
    db["entry_institution_keys"].create({"entry_rowid": int, "institution_id": str},
                                        pk=("entry_rowid", "institution_id"))
    db["entry_institution_keys"].insert_all(
        ({"entry_rowid": rowids[e["id"]], "institution_id": i} for e in entries for i in e.get("institutions", [])),
        pk=("entry_rowid", "institution_id"))
    db["entry_institution_keys"].create_index(["institution_id"])
    db["entry_text"].insert_all(
        ({"entry_rowid": rowids[e["id"]], "title": fold(e["title"]), "summary": fold(e["summary"]),
          "body": fold(e["body"] + "\n\n" + e.get("source_note", "")),
          "extra": fold(" ".join([*e.get("keywords", []),
                                  *(f["label"] for f in e.get("figures", [])),
                                  *(institution_words.get(i, "") for i in e.get("institutions", []))]))}
         for e in entries), pk="entry_rowid")
    create_search_index(db)


def create_search_index(db) -> None:
    """FTS5 over the folded text, external content, with prefix indexes for search-as-you-type.

    Written as SQL rather than `enable_fts` because sqlite-utils has no option for FTS5's
    `prefix=` index, which keeps one- and two-letter prefixes fast on large databases.
    """
    db.execute(
        "CREATE VIRTUAL TABLE entry_search USING fts5("
        "title, summary, body, extra, content='entry_text', content_rowid='entry_rowid', "
        "tokenize='porter unicode61 remove_diacritics 2', prefix='1 2 3 4 5')"
    )
    # Titles alone, so that "does the title satisfy the whole query?" costs a lookup in a small
    # index; bm25 cannot express it when a word occurs in most entries (its idf goes to zero).
    db.execute(
        "CREATE VIRTUAL TABLE title_search USING fts5("
        "title, content='entry_text', content_rowid='entry_rowid', "
        "tokenize='porter unicode61 remove_diacritics 2', prefix='1 2 3')"
    )
    for table in ("entry_search", "title_search"):
        db.execute(f"INSERT INTO {table}({table}) VALUES ('rebuild')")
        db.execute(f"INSERT INTO {table}({table}) VALUES ('optimize')")
