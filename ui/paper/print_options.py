"""The small dialog before Print, Print Preview and Export PDF: summaries or full entries, and
whether to print the reader's notes."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QButtonGroup,
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from ui.paper.entry_print import PrintOptions


class PrintOptionsDialog(QDialog):
    def __init__(self, options: PrintOptions, entries: int, notes: int, parent: QWidget | None = None):
        """`entries`: how many are printed; `notes`: how many of them have a note of the reader's."""
        super().__init__(parent)
        self.setObjectName("printOptions")
        self.setWindowTitle(self.tr("Print options"))
        what = QLabel(self.tr("Print {n} entries as:").format(n=entries) if entries != 1
                      else self.tr("Print the entry as:"), self)
        self.summaries = QRadioButton(self.tr("&Summaries \u2014 title, summary, sources, how to cite"), self)
        self.full = QRadioButton(self.tr("&Full entries \u2014 with the text, figures, assessments, "
                                         "institutions and source addresses"), self)
        group = QButtonGroup(self)
        for button in (self.summaries, self.full):
            group.addButton(button)
        (self.full if options.full else self.summaries).setChecked(True)
        self.notes = QCheckBox(self.tr("Include my &notes ({n} of these entries have one)").format(n=notes)
                               if notes else self.tr("Include my &notes (none of these entries has one)"), self)
        self.notes.setChecked(options.notes and notes > 0)
        self.notes.setEnabled(notes > 0)
        buttons = QDialogButtonBox(QDialogButtonBox.Ok | QDialogButtonBox.Cancel, self)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        for widget in (what, self.summaries, self.full, self.notes, buttons):
            layout.addWidget(widget)

    def options(self) -> PrintOptions:
        return PrintOptions(full=self.full.isChecked(), notes=self.notes.isChecked())
