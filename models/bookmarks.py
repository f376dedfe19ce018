"""Bookmarks with personal notes, and their plain-text exports. No Qt, no SQL."""

from __future__ import annotations

import csv
import io
import re
from dataclasses import dataclass

from models.entry import format_date


@dataclass(frozen=True)
class Bookmark:
    entry_id: str
    title: str        # kept so that a bookmark still reads well if a later data version drops the entry
    entry_date: str
    note: str = ""
    added: str = ""   # ISO timestamp, UTC
    updated: str = ""


CSV_COLUMNS = ("entry_id", "title", "entry_date", "note", "added", "updated")


def bookmarks_csv(bookmarks: list[Bookmark], data_version: str) -> str:
    """CSV with a header row; the data version goes in its own column so each row stands alone."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([*CSV_COLUMNS, "data_version"])
    for b in bookmarks:
        writer.writerow([b.entry_id, b.title, b.entry_date, b.note, b.added, b.updated, data_version])
    return out.getvalue()


def bookmarks_markdown(bookmarks: list[Bookmark], app_name: str, data_version: str) -> str:
    """A Markdown list a user can paste into notes: one heading per bookmark, the note as its text.

    The data is the user's own and the titles come from the atlas; neither is Markdown, so
    characters Markdown treats specially are escaped.
    """
    lines = [f"# Bookmarks — {app_name}", "", f"Data version: {_md(data_version)}", ""]
    if not bookmarks:
        lines += ["(no bookmarks)", ""]
    for b in bookmarks:
        lines.append(f"## {_md(b.title)}")
        lines.append("")
        date = format_date(b.entry_date) if b.entry_date else ""
        lines.append(f"*{_md(date)}* · entry `{b.entry_id}`" if date else f"entry `{b.entry_id}`")
        lines.append("")
        if b.note.strip():
            lines += [_md(line) if line.strip() else "" for line in b.note.strip().splitlines()]
            lines.append("")
    return "\n".join(lines)


_MD_INLINE = "\\`*_[]<>|"
_MD_BLOCK_START = re.compile(r"^(\s*)([#>+-]|\d+[.)])")


def _md(text: str) -> str:
    """Escape what Markdown would read as markup; leave ordinary punctuation readable."""
    text = "".join("\\" + ch if ch in _MD_INLINE else ch for ch in text)
    def escape_start(m: re.Match) -> str:
        marker = m.group(2)
        if marker[0].isdigit():  # "1." starts a list; "1\." does not
            return m.group(1) + marker[:-1] + "\\" + marker[-1]
        return m.group(1) + "\\" + marker
    return _MD_BLOCK_START.sub(escape_start, text)
