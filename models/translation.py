"""Translated content: the languages, the fields a translation may carry, and the fingerprint.

The English in db/data/ is authoritative; db/data/i18n/<lang>/<kind>.toml translate it. Each
translated field `f` carries `f_fp`, the fingerprint of the English text it was made from. When the
English changes, the fingerprints differ: the translation is *stale*, the build and `check` report
it, and the app shows the English for that field (docs/data-format.md, "Translations").
"""

from __future__ import annotations

import hashlib

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

# Shown with every translated page and printout (the interface branch translates the wording).
NOTICE = {
    "ru": "Это перевод. Авторитетным является английский текст.",
    "kk": "Бұл — аударма. Ағылшын тіліндегі мәтін түпнұсқа болып табылады.",
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
