"""A small dialog to write the personal note kept with a bookmark."""

from __future__ import annotations

from PySide6.QtCore import QSize, Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QPlainTextEdit, QVBoxLayout, QWidget

from ui.common.screen_fit import fit_to_screen


class NoteDialog(QDialog):
    """Takes the entry's title and the current note; `note()` is the edited text after OK."""

    def __init__(self, title: str, note: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setWindowTitle(self.tr("Note"))
        self.setObjectName("noteDialog")
        self.heading = heading = QLabel(self.tr("Your note on \u201c{title}\u201d").format(title=title), self)
        heading.setTextFormat(Qt.PlainText)
        heading.setWordWrap(True)
        self.editor = QPlainTextEdit(self)
        self.editor.setObjectName("noteEditor")
        self.editor.setAccessibleName(self.tr("Note"))
        self.editor.setAccessibleDescription(heading.text())
        heading.setBuddy(self.editor)  # the heading names the field it stands over
        self.editor.setTabChangesFocus(True)
        self.editor.setPlainText(note)
        self.buttons = QDialogButtonBox(QDialogButtonBox.Save | QDialogButtonBox.Cancel, self)
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(self.editor, 1)
        layout.addWidget(QLabel(self.tr("Notes are stored on this computer only, with your bookmarks."), self))
        layout.addWidget(self.buttons)
        fit_to_screen(self, QSize(480, 300))
        self.editor.setFocus()

    def note(self) -> str:
        return self.editor.toPlainText()
