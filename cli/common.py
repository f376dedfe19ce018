"""What every sub-command shares: opening the atlas and writing JSON."""

from __future__ import annotations

import json
import sys

from cli.app_paths import resolve_database
from db.atlas import Atlas


def open_atlas(args) -> Atlas:
    return Atlas(resolve_database(getattr(args, "db", None)))


def source_to_json(s) -> dict:
    """One source (models.entry.Source) as `show --json` and `indicators --json` give it."""
    return {"id": s.id, "title": s.title, "title_en": s.title_en or None,
            "title_is_headline": not s.described, "publisher": s.publisher, "date": s.date,
            "doc_number": s.doc_number or None, "url": s.url or None, "citation": s.citation()}


def print_json(data) -> None:
    json.dump(data, sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


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
