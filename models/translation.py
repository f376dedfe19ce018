"""Translated content: the languages, the fields a translation may carry, and the fingerprint.

The English in db/data/ is authoritative; db/data/i18n/<lang>/<kind>.toml translate it. Each
translated field `f` carries `f_fp`, the fingerprint of the English text it was made from. When the
English changes, the fingerprints differ: the translation is *stale*, the build and `check` report
it, and the app shows the English for that field (docs/data-format.md, "Translations").
"""

from __future__ import annotations

import hashlib
from dataclasses import replace

from models.bibliography import power_line, succession_line

LANGUAGES = ("en", "ru", "kk")
TRANSLATED_LANGUAGES = ("ru", "kk")
LANGUAGE_NAMES = {"en": "English", "ru": "Русский", "kk": "Қазақша"}

# Translation file kind -> the fields it may translate. Taxonomy keys are "category.<id>" or
# "package.<id>"; the field sets of those two differ (TAXONOMY_FIELDS).
FIELDS: dict[str, tuple[str, ...]] = {
    "entries": ("title", "summary", "body", "source_note"),
    "glossary": ("term", "definition"),
    "institutions": ("name", "short", "description"),
    "taxonomy": ("name", "description", "short"),
    "indicators": ("name", "short", "unit", "description", "caution"),
    "relations": ("label", "description"),
}
TAXONOMY_FIELDS = {"category": ("name", "description"), "package": ("name", "short")}
# Entry fields a reader sees as the entry's own text; `fallback` lists those shown in English.
ENTRY_FIELDS = FIELDS["entries"]

# The translation index keeps prefix indexes of 2 to this many letters; a longer typed prefix is
# cut to it there (db/build/translations.py says why).
LONGEST_INDEXED_PREFIX = 8

# Shown with every translated page and printout (the interface branch translates the wording).
NOTICE = {
    "ru": "Это перевод. Авторитетным является английский текст.",
    "kk": "Бұл — аударма. Ағылшын тіліндегі мәтін түпнұсқа болып табылады.",
}

# Before the list of fields a translated page shows in English.
FALLBACK_NOTE = {
    "ru": "На английском (перевода нет или он устарел):",
    "kk": "Ағылшынша (аудармасы жоқ немесе ескірген):",
}


def fingerprint(text: str) -> str:
    """First 12 hex digits of SHA-256 of the text with runs of white space folded to one space
    and the ends stripped: re-wrapping a paragraph does not make its translations stale."""
    return hashlib.sha256(" ".join(text.split()).encode("utf-8")).hexdigest()[:12]


def check_language(lang: str) -> str:
    """The language code, or ValueError naming the accepted ones."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language '{lang}' (one of: {', '.join(LANGUAGES)})")
    return lang


class Translation:
    """The non-stale translated texts of one language, applied to the models Atlas returns.

    `texts` maps (kind, id, field) to the translation; a field missing from it (never
    translated, or stale) keeps its English. Objects are copied with `dataclasses.replace`, so
    this module needs none of the model classes. English is `Translation("en", {})`: every
    method returns its argument unchanged.
    """

    def __init__(self, lang: str, texts: dict[tuple[str, str, str], str]):
        self.lang = check_language(lang)
        self.texts = texts

    @property
    def is_english(self) -> bool:
        return self.lang == "en"

    def text(self, kind: str, record_id: str, field: str, english: str) -> str:
        return self.texts.get((kind, record_id, field), english)

    def fallback(self, kind: str, record_id: str, english: dict[str, str]) -> tuple[str, ...]:
        """The fields (with English text) shown in English because no current translation exists."""
        if self.is_english:
            return ()
        return tuple(f for f, value in english.items() if value and (kind, record_id, f) not in self.texts)

    # -- entries ------------------------------------------------------------------------------
    def ref(self, ref):
        """An EntryRef or EntryLink with its title translated."""
        if self.is_english or ref is None:
            return ref
        return replace(ref, title=self.text("entries", ref.id, "title", ref.title))

    def entry(self, entry):
        if self.is_english:
            return entry
        english = {f: getattr(entry, f) for f in ENTRY_FIELDS}
        return replace(
            entry,
            **{f: self.text("entries", entry.id, f, value) for f, value in english.items()},
            category_name=self.text("taxonomy", f"category.{entry.category}", "name", entry.category_name),
            package_name=self.text("taxonomy", f"package.{entry.package}", "name", entry.package_name),
            institutions=tuple(replace(i, name=self.text("institutions", i.id, "name", i.name),
                                       short=self.text("institutions", i.id, "short", i.short))
                               for i in entry.institutions),
            related=tuple(self.ref(r) for r in entry.related),
            supersedes=tuple(self.ref(r) for r in entry.supersedes),
            superseded_by=self.ref(entry.superseded_by),
            lang=self.lang, fallback=self.fallback("entries", entry.id, english))

    # -- reference data -----------------------------------------------------------------------
    def record(self, kind: str, record: dict, fields: tuple[str, ...], key: str = "") -> dict:
        """A dict row (institution, glossary term) with its translatable fields translated."""
        if self.is_english:
            return record
        rid = key or record["id"]
        return record | {f: self.text(kind, rid, f, record[f]) for f in fields if f in record}

    def category(self, category_id: str, english: str) -> str:
        return self.text("taxonomy", f"category.{category_id}", "name", english)

    def package(self, package_id: str, english: str, field: str = "name") -> str:
        return self.text("taxonomy", f"package.{package_id}", field, english)

    def institution_name(self, institution_id: str, english: str, field: str = "name") -> str:
        return self.text("institutions", institution_id, field, english)

    def indicator(self, indicator):
        if self.is_english:
            return indicator
        return replace(indicator, **{f: self.text("indicators", indicator.id, f, getattr(indicator, f))
                                     for f in FIELDS["indicators"] if getattr(indicator, f)})

    def relation(self, relation_id: str, english: str, field: str = "label") -> str:
        return self.text("relations", relation_id, field, english)

    def citation(self, citation):
        """A bibliography Citation with the names of what cites translated: entry titles, terms,
        institutions, indicator series, the bodies and relation of a power or succession line.
        Source titles are never translated (cited as published); figure labels and a power's
        detail stay English (their data has no translation)."""
        if self.is_english:
            return citation
        kind, c = citation.kind, citation
        if kind in ("power", "succession") and c.parts:
            parts = tuple((part, part_id, self.relation(part_id, text) if part == "relation"
                           else self.institution_name(part_id, text)) for part, part_id, text in c.parts)
            line = power_line(parts) if kind == "power" else succession_line(parts)
            return replace(c, label=line, parts=parts)
        if kind == "entry":
            return replace(c, label=self.text("entries", c.entry_id, "title", c.label))
        if kind in ("figure", "assessment"):
            return replace(c, detail=self.text("entries", c.entry_id, "title", c.detail))
        if kind in ("indicator", "point"):
            return replace(c, label=self.text("indicators", c.target_id, "name", c.label))
        if kind == "glossary":
            return replace(c, label=self.text("glossary", c.target_id, "term", c.label))
        if kind == "institution":
            return replace(c, label=self.institution_name(c.target_id, c.label))
        return c

    def power_balance(self, balance):
        """Institution names and relation labels of a PowerBalance, as the power view shows them."""
        if self.is_english:
            return balance
        from models.power_balance import RELATIONS, PowerBalance
        institutions = {k: replace(i, name=self.institution_name(k, i.name),
                                   short=self.institution_name(k, i.short, "short"))
                        for k, i in balance.institutions.items()}
        powers = tuple(replace(p, label=self.relation(p.relation, RELATIONS[p.relation].label),
                               introduced_by=self.ref(p.introduced_by), ended_by=self.ref(p.ended_by))
                       if p.relation in RELATIONS else p for p in balance.powers)
        return PowerBalance(institutions, powers, balance.successions)
