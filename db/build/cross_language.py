"""Build section: the cross-language search table (`search_stems`).

Reads the reviewed lexicon db/data/cross_language.toml (Russian and Kazakh words -> English
search terms), checks it with file:line messages, and at write time adds the Cyrillic aliases of
the glossary and institutions (the `aliases` table that write_core has already filled). The
stemming that shapes the rows is models/stemming.py; models/cross_language.py explains the rows.
"""

from __future__ import annotations

import re
from pathlib import Path

from db.build.source_files import Problems, TomlFile, read_toml
from models.cross_language import folded_spelling, table_rows
from models.stemming import is_cyrillic, is_kazakh

LEXICON = "cross_language.toml"
_LATIN = re.compile(r"^[A-Za-z0-9][A-Za-z0-9 '%.-]*$")
_FOREIGN = re.compile(r"^[\u0400-\u04ff0-9][\u0400-\u04ff0-9 -]*$")


def _record_starts(toml: TomlFile) -> list[int]:
    return [n for n, text in enumerate(toml.lines, 1) if text.strip() == "[[term]]"]


def _line_of(toml: TomlFile, start: int, word: str) -> int:
    """The line of `"word"` in the record that starts at line `start`."""
    quoted = f'"{word}"'
    return next((n for n, text in enumerate(toml.lines[start - 1:], start) if quoted in text), start)


def load(data_dir: Path, refs, problems: Problems) -> list[tuple[str, str]]:
    """(foreign word or phrase, English term) pairs from the lexicon."""
    toml = read_toml(data_dir / LEXICON, problems)
    if toml is None:
        return []
    records = toml.data.get("term", [])
    if not isinstance(records, list) or not records:
        problems.add(toml.path, 1, "expected [[term]] tables")
        return []
    pairs: list[tuple[str, str]] = []
    starts = _record_starts(toml)
    for number, record in enumerate(records):
        if not isinstance(record, dict):
            problems.add(toml.path, 1, "expected [[term]] tables")
            return []
        english = record.get("en")
        foreign = {lang: record.get(lang, []) for lang in ("ru", "kk")}
        where = starts[number] if number < len(starts) else 1
        if set(record) - {"en", "ru", "kk"}:
            problems.add(toml.path, where, f"unknown key(s) {sorted(set(record) - {'en', 'ru', 'kk'})}; "
                                           "use en, ru and kk")
        if not isinstance(english, list) or not english or not all(isinstance(w, str) for w in english):
            problems.add(toml.path, where, "a term needs 'en', a list of English words")
            continue
        if not foreign["ru"] and not foreign["kk"]:
            problems.add(toml.path, where, f"'{english[0]}': no Russian ('ru') or Kazakh ('kk') word")
        for word in english:
            if not _LATIN.match(word) or not folded_spelling(word):
                problems.add(toml.path, _line_of(toml, where, word), f"'{word}': an English term must be Latin text")
        for lang, words in foreign.items():
            if not isinstance(words, list) or not all(isinstance(w, str) for w in words):
                problems.add(toml.path, where, f"'{english[0]}': '{lang}' must be a list of words")
                continue
            for word in words:
                if not _FOREIGN.match(word) or not is_cyrillic(word):
                    problems.add(toml.path, _line_of(toml, where, word),
                                 f"'{word}': '{lang}' words are written in Cyrillic")
                elif lang == "ru" and is_kazakh(word):
                    problems.add(toml.path, _line_of(toml, where, word),
                                 f"'{word}': a Kazakh letter in a Russian word; list it under 'kk'")
                else:
                    pairs += [(word, term) for term in english]
    return pairs


def write(db, pairs: list[tuple[str, str]]) -> None:
    aliases = [(row["alias"], row["folded"]) for row in db["aliases"].rows if is_cyrillic(row["alias"])]
    db["search_stems"].create({"pattern": str, "spelling": str}, pk=("pattern", "spelling"))
    db["search_stems"].insert_all(
        ({"pattern": pattern, "spelling": spelling} for pattern, spelling in table_rows(pairs, aliases)),
        pk=("pattern", "spelling"))
