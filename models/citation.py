"""Plain-text citations of atlas entries, for the clipboard and for printed summaries."""

from __future__ import annotations

from models.entry import Entry, format_date


def entry_citation(entry: Entry, app_name: str, data_version: str) -> str:
    """How to cite one entry: what it says, where it comes from, and which data it was read in.

    The data-version stamp matters: entries are corrected between releases, and a reader who
    follows the citation must be able to tell which text was quoted.
    """
    lines = [f"\u201c{entry.title}\u201d ({format_date(entry.date)}). {app_name}, entry "
             f"\u201c{entry.id}\u201d, data version {data_version}."]
    if entry.sources:
        lines.append("Sources:")
        lines += [f"{n}. {source.citation()}" for n, source in enumerate(entry.sources, 1)]
    return "\n".join(lines)
