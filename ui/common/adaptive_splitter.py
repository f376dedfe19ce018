"""A splitter that lays its two panes side by side when there is room, one above the other when not.

The Glossary and Sources views have the whole window width until an entry opens beside them;
then a list beside its details would leave both too narrow to read, so they stack instead.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QHBoxLayout, QSplitter, QVBoxLayout, QWidget


class AdaptiveSplitter(QSplitter):
    def __init__(self, side_by_side_from: int, shares: tuple[int, int], parent: QWidget | None = None):
        super().__init__(Qt.Horizontal, parent)
        self.side_by_side_from = side_by_side_from  # width in pixels at which the panes go side by side
        self.shares = shares
        self.setChildrenCollapsible(False)

    def resizeEvent(self, event: QResizeEvent) -> None:
        wanted = Qt.Horizontal if event.size().width() >= self.side_by_side_from else Qt.Vertical
        if wanted != self.orientation() or event.oldSize().width() < 0:
            self.setOrientation(wanted)
            length = event.size().width() if wanted == Qt.Horizontal else event.size().height()
            total = sum(self.shares)
            self.setSizes([length * share // total for share in self.shares])
        super().resizeEvent(event)


def filtered_master_detail(owner: QWidget, filter_field: QWidget, count: QWidget, master: QWidget,
                           details: QWidget, side_by_side_from: int, shares: tuple[int, int],
                           name: str) -> AdaptiveSplitter:
    """Lay out a filter view (Glossary, Sources): the filter field and its count on top, the list
    and its details below in an AdaptiveSplitter; Tab goes filter → list → details."""
    top = QHBoxLayout()
    top.setContentsMargins(6, 6, 6, 0)
    top.addWidget(filter_field, 1)
    top.addWidget(count)
    splitter = AdaptiveSplitter(side_by_side_from, shares, owner)
    splitter.setObjectName(name)
    splitter.addWidget(master)
    splitter.addWidget(details)
    layout = QVBoxLayout(owner)
    layout.setContentsMargins(0, 0, 0, 0)
    layout.addLayout(top)
    layout.addWidget(splitter, 1)
    QWidget.setTabOrder(filter_field, master)
    QWidget.setTabOrder(master, details)
    return splitter
