"""Text from the data (or typed by the user) shown by Qt exactly as written, never as HTML.

Qt decides per string whether a tooltip or an AutoText label is rich text (Qt::mightBeRichText:
anything that starts like a tag). A crafted database could then make a tooltip load
`<img src="/some/file">` — reading local files, or freezing the window on a FIFO. Tooltips built
from data therefore go through `tooltip()`, which escapes the text (ui/common/html_text.esc) inside
explicit rich text, and
labels that show data are set to plain text with `plain_label()`.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from ui.common.html_text import esc


def tooltip(text: str | None) -> str:
    """A tooltip that shows `text` literally (line breaks kept); "" stays "" (no tooltip)."""
    if not text:
        return ""
    return "<p style='white-space:pre-wrap'>" + esc(text) + "</p>"


def plain_label(label: QLabel) -> QLabel:
    label.setTextFormat(Qt.PlainText)
    return label
