"""What every sub-command shares: opening the atlas and writing JSON."""

from __future__ import annotations

import json
import sys

from db.atlas import Atlas
from db.location import resolve_database


def open_atlas(args) -> Atlas:
    """The atlas of --db (or the bundled one), speaking the language of --lang."""
    return Atlas(resolve_database(getattr(args, "db", None)), getattr(args, "lang", "en") or "en")


def translation_notice(lang: str) -> str:
    """The line every translated page carries: it is a translation; the English is authoritative."""
    from models.translation import NOTICE
    return NOTICE.get(lang, "")


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
