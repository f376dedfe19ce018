"""What every sub-command shares: opening the atlas and writing JSON."""

from __future__ import annotations

import json
import sys

from cli.terminal import escape_c1_in_json
from db.atlas import Atlas
from db.location import resolve_database
from models.entry import is_possible_date


def language(args) -> str:
    """The --lang chosen for a command; commands speak English unless asked otherwise."""
    return getattr(args, "lang", None) or "en"


def open_atlas(args) -> Atlas:
    """The atlas, its content in the language chosen with --lang (English by default)."""
    atlas = Atlas(resolve_database(getattr(args, "db", None)))
    atlas.set_language(language(args))
    return atlas


def json_date(date: str) -> str | None:
    """A date as JSON gives it: null where the reader cannot be given one, unknown in the data
    ("") or impossible in a damaged database; `date_precision` then says "unknown"."""
    return date if is_possible_date(date) else None


def source_to_json(s) -> dict:
    """One source (models.entry.Source) as `show --json` and `indicators --json` give it."""
    return {"id": s.id, "title": s.title, "title_en": s.title_en or None,
            "title_is_headline": not s.described, "publisher": s.publisher, "date": json_date(s.date),
            "doc_number": s.doc_number or None, "url": s.url or None, "citation": s.citation()}


def translation_notice(lang: str) -> str:
    """The line every translated page carries: it is a translation; the English is authoritative."""
    from models.translation import NOTICE
    return NOTICE.get(lang, "")


def print_json(data) -> None:
    sys.stdout.write(escape_c1_in_json(json.dumps(data, ensure_ascii=False, indent=2)) + "\n")


def year(text: str) -> int:
    """argparse type for --from/--to: a plain year within the range the atlas covers."""
    import argparse
    if not text.isdigit() or not 1900 <= int(text) <= 2100:
        raise argparse.ArgumentTypeError(f"'{text}' is not a year (expected e.g. 2022)")
    return int(text)


def positive_int(text: str) -> int:
    import argparse
    if not text.isdigit() or not 1 <= int(text) <= 10000:
        raise argparse.ArgumentTypeError(f"'{text}' is not a number from 1 to 10000")
    return int(text)
