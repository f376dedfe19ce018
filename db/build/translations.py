"""Build section: Russian and Kazakh translations of the content (db/data/i18n/<lang>/<kind>.toml).

Checks every file against the English it translates (file:line for an unknown id, kind or
field, a field without its `_fp` fingerprint, a value that is not text), compares each
fingerprint with the current English (models/translation.fingerprint) and writes:

- `translations(kind, id, field, lang, text, stale)`: every translated field; `stale` = 1 when
  the English has changed since the translation was made. Readers skip stale rows, so the app
  shows the English for them. Stale fields are reported as warnings, not errors: a changed
  English sentence must not stop the build; `check` lists them.
- `translation_text` and the FTS5 index `translation_search` over it: each entry's Russian and
  Kazakh title and text as stems (models/stemming.stem_text), folded like the English index.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from db.build.source_files import Problems, TomlFile, display_path, read_toml
from models.stemming import stem_text
from models.text_folding import fold
from models.translation import FIELDS, LONGEST_INDEXED_PREFIX, TAXONOMY_FIELDS, TRANSLATED_LANGUAGES, fingerprint

FOLDER = "i18n"
_FINGERPRINT = re.compile(r"^[0-9a-f]{12}$")


@dataclass
class TranslationData:
    rows: list[dict] = field(default_factory=list)      # kind, id, field, lang, text, stale
    warnings: list[str] = field(default_factory=list)   # file:line: stale field


def _english(data_dir: Path, refs) -> dict[str, dict[str, dict[str, str]]]:
    """kind -> id -> field -> the English text a translation must match."""
    import tomllib

    core = refs.core
    english: dict[str, dict[str, dict[str, str]]] = {kind: {} for kind in FIELDS}

    def texts(record: dict, fields: tuple[str, ...]) -> dict[str, str]:
        return {f: str(record.get(f) or "") for f in fields}

    if core is not None:
        english["entries"] = {e["id"]: texts(e, FIELDS["entries"]) for e in core.entries if "id" in e}
        english["glossary"] = {t["id"]: texts(t, FIELDS["glossary"]) for t in core.glossary}
        english["institutions"] = {i["id"]: texts(i, FIELDS["institutions"]) for i in core.institutions}
        english["taxonomy"] = (
            {f"category.{c['id']}": texts(c, TAXONOMY_FIELDS["category"]) for c in core.categories}
            | {f"package.{p['id']}": texts(p, TAXONOMY_FIELDS["package"]) for p in core.packages})
    indicators = data_dir / "indicators" / "indicators.toml"
    if indicators.is_file():
        try:
            records = tomllib.loads(indicators.read_text(encoding="utf-8")).get("indicator", [])
        except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError):
            records = []  # the indicators section reports it
        english["indicators"] = {r["id"]: texts(r, FIELDS["indicators"]) for r in records
                                 if isinstance(r, dict) and "id" in r}
    from models.power_balance import RELATIONS
    english["relations"] = {r.id: {"label": r.label, "description": r.description} for r in RELATIONS.values()}
    return english


def _line_of(toml: TomlFile, kind: str, record_id: str, key: str | None = None) -> int:
    """The line of `[kind."record_id"]`, or of `key` inside that table; 1 when not found."""
    header = re.compile(rf'^\s*\[\s*"?{re.escape(kind)}"?\s*\.\s*"?{re.escape(record_id)}"?\s*\]')
    start = next((n for n, text in enumerate(toml.lines) if header.match(text)), None)
    if start is None:
        return 1
    if key is None:
        return start + 1
    key_pattern = re.compile(rf'^\s*"?{re.escape(key)}"?\s*=')
    for number in range(start + 1, len(toml.lines)):
        if toml.lines[number].lstrip().startswith("["):
            break
        if key_pattern.match(toml.lines[number]):
            return number + 1
    return start + 1


def load(data_dir: Path, refs, problems: Problems) -> TranslationData:
    data = TranslationData()
    root = data_dir / FOLDER
    if not root.is_dir():
        return data  # a data folder without translations builds an English-only database
    english = _english(data_dir, refs)
    for folder in sorted(p for p in root.iterdir() if p.is_dir()):
        if folder.name not in TRANSLATED_LANGUAGES:
            problems.add(folder, 1, f"unknown language folder '{folder.name}' "
                                    f"(one of: {', '.join(TRANSLATED_LANGUAGES)})")
            continue
        for path in sorted(folder.glob("*.toml")):
            if path.stem not in FIELDS:
                problems.add(path, 1, f"unknown translation file '{path.name}' "
                                      f"(one of: {', '.join(k + '.toml' for k in FIELDS)})")
                continue
            toml = read_toml(path, problems)
            if toml is not None:
                _load_file(toml, path.stem, folder.name, english[path.stem], data, problems)
    return data


def _load_file(toml: TomlFile, kind: str, lang: str, english: dict[str, dict[str, str]],
               data: TranslationData, problems: Problems) -> None:
    for key in toml.data:
        if key != kind:
            problems.add(toml.path, 1, f"unexpected table '{key}': this file holds [{kind}.\"<id>\"] tables")
    records = toml.data.get(kind, {})
    if not isinstance(records, dict):
        problems.add(toml.path, 1, f"expected [{kind}.\"<id>\"] tables")
        return
    for record_id, record in records.items():
        at = lambda key=None, rid=record_id: _line_of(toml, kind, rid, key)  # noqa: E731
        if record_id not in english:
            problems.add(toml.path, at(), f"{kind}.{record_id}: unknown {kind} id '{record_id}'")
            continue
        if not isinstance(record, dict):
            problems.add(toml.path, at(), f"{kind}.{record_id}: expected a table of fields")
            continue
        allowed = FIELDS[kind]
        if kind == "taxonomy":
            allowed = TAXONOMY_FIELDS[record_id.split(".", 1)[0]]
        for key, value in record.items():
            name = key.removesuffix("_fp")
            if name not in allowed:
                problems.add(toml.path, at(key), f"{kind}.{record_id}: unknown field '{key}' "
                                                 f"(translatable: {', '.join(allowed)})")
                continue
            if key.endswith("_fp"):
                if name not in record:
                    problems.add(toml.path, at(key), f"{kind}.{record_id}: '{key}' without '{name}'")
                elif not isinstance(value, str) or not _FINGERPRINT.match(value):
                    problems.add(toml.path, at(key), f"{kind}.{record_id}: '{key}' must be 12 hex digits "
                                                     "(the fingerprint of the English, see fp.py)")
                continue
            if not isinstance(value, str) or not value.strip():
                problems.add(toml.path, at(key), f"{kind}.{record_id}: '{key}' must be non-empty text")
                continue
            recorded = record.get(f"{key}_fp")
            if recorded is None:
                problems.add(toml.path, at(key), f"{kind}.{record_id}: '{key}' has no '{key}_fp' "
                                                 "(the fingerprint of the English it translates)")
                continue
            stale = recorded != fingerprint(english[record_id].get(key, ""))
            if stale:
                data.warnings.append(f"{display_path(toml.path)}:{at(key)}: stale: {lang} {kind}.{record_id}.{key} "
                                     "translates an older English text; the English is shown")
            data.rows.append({"kind": kind, "id": record_id, "field": key, "lang": lang,
                              "text": value.strip(), "stale": int(stale)})


def write(db, data: TranslationData) -> None:
    db["translations"].create({"kind": str, "id": str, "field": str, "lang": str, "text": str, "stale": int},
                              pk=("kind", "id", "field", "lang"))
    db["translations"].insert_all(sorted(data.rows, key=lambda r: (r["kind"], r["id"], r["field"], r["lang"])),
                                  pk=("kind", "id", "field", "lang"))
    db["translations"].create_index(["lang", "kind"])
    _write_search(db, data)


def _write_search(db, data: TranslationData) -> None:
    """One row per entry: Russian and Kazakh title and text (summary, body, note) as folded stems.

    Stale fields are left out, as the app shows the English for them (the English index has it).
    """
    current: dict[tuple[str, str], dict[str, str]] = {}
    for row in data.rows:
        if row["kind"] == "entries" and not row["stale"]:
            current.setdefault((row["id"], row["lang"]), {})[row["field"]] = row["text"]
    rowids = {r["id"]: r["rowid"] for r in db.query("SELECT rowid, id FROM entries")}

    def stems(entry_id: str, lang: str, fields: tuple[str, ...]) -> str:
        texts = current.get((entry_id, lang), {})
        return fold(stem_text("\n".join(texts.get(f, "") for f in fields), lang))

    columns = {"entry_rowid": int, "title_ru": str, "text_ru": str, "title_kk": str, "text_kk": str}
    db["translation_text"].create(columns, pk="entry_rowid")
    entry_ids = sorted({entry_id for entry_id, _ in current if entry_id in rowids}, key=rowids.get)
    db["translation_text"].insert_all(
        ({"entry_rowid": rowids[e],
          **{f"title_{lang}": stems(e, lang, ("title",)) for lang in TRANSLATED_LANGUAGES},
          **{f"text_{lang}": stems(e, lang, ("summary", "body", "source_note")) for lang in TRANSLATED_LANGUAGES}}
         for e in entry_ids), pk="entry_rowid")
    create_translation_index(db)


def create_translation_index(db) -> None:
    """FTS5 over the stems: no porter (the words are stemmed already), prefixes for typing.

    Prefix indexes up to 8 letters: Russian and Kazakh stems are long, and a typed prefix without
    an index of its length merges the doclists of every stem it begins (about 40 ms for
    "konstit"* at 100,000 entries, under 1 ms with the index; bench/search.py). The compiler cuts
    longer prefixes to 8 letters for this index: "konstituts"* (Конституц…) finds the same words."""
    prefixes = " ".join(str(n) for n in range(2, LONGEST_INDEXED_PREFIX + 1))
    db.execute(
        "CREATE VIRTUAL TABLE translation_search USING fts5("
        "title_ru, text_ru, title_kk, text_kk, content='translation_text', content_rowid='entry_rowid', "
        f"tokenize='unicode61 remove_diacritics 2', prefix='{prefixes}')"
    )
    db.execute("INSERT INTO translation_search(translation_search) VALUES ('rebuild')")
    db.execute("INSERT INTO translation_search(translation_search) VALUES ('optimize')")
