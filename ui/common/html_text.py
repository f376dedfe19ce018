"""The one escaping helper for text from the data that Qt may read as rich text (labels, tooltips,
QTextBrowser pages, printed documents, pyqtgraph labels). Every builder escapes each value it
puts into HTML with `esc`; nothing from the data is ever concatenated into markup unescaped."""

from __future__ import annotations

from html import escape


def esc(value: object) -> str:
    """`value` as HTML text, quotes included (safe inside attribute values too)."""
    return escape(str(value), quote=True)
