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
    QStyle,
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
        self.summaries = QRadioButton(self.tr("&Summaries"), self)
        self.full = QRadioButton(self.tr("&Full entries"), self)
        described = []
        for button, text in ((self.summaries, self.tr("Title, date, status, summary, sources, and how to cite "
                                                      "each entry.")),
                             (self.full, self.tr("Also the text, figures, assessments, institutions, related "
                                                 "entries and the sources' addresses."))):
            button.setAccessibleDescription(text)
            label = QLabel(text, self)
            label.setWordWrap(True)
            label.setContentsMargins(self.style().pixelMetric(QStyle.PM_ExclusiveIndicatorWidth) + 8, 0, 0, 4)
            described += [button, label]
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
        for widget in (what, *described, self.notes, buttons):
            layout.addWidget(widget)
        # Wide enough for the longest line, narrow enough for a small screen: the texts wrap.
        self.setMinimumWidth(min(self.fontMetrics().averageCharWidth() * 60, 560))

    def options(self) -> PrintOptions:
        return PrintOptions(full=self.full.isChecked(), notes=self.notes.isChecked())
