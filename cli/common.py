"""What every sub-command shares: opening the atlas and writing JSON."""

from __future__ import annotations

import json
import sys

from cli.terminal import escape_c1_in_json
from db.atlas import Atlas
from db.location import resolve_database


def language(args) -> str:
    """The --lang chosen for a command; commands speak English unless asked otherwise."""
    return getattr(args, "lang", None) or "en"


def open_atlas(args) -> Atlas:
    """The atlas, its content in the language chosen with --lang (English by default)."""
    atlas = Atlas(resolve_database(getattr(args, "db", None)))
    atlas.set_language(language(args))
    return atlas


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
