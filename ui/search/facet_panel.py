"""Facet counts for the current query — category, reform package, year, institution — as filters.

Activating a value (click, Enter or Space) filters by it; activating it again, or "Clear
filters", removes the filter. One value per dimension, as the search core supports.
"""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QEvent, QModelIndex, Qt, Signal
from PySide6.QtGui import QFont, QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from models.search import FacetCount
from ui.common.plain_text import plain_label, tooltip

translate = QCoreApplication.translate

DIMENSIONS = (("category", QT_TRANSLATE_NOOP("FacetPanel", "Category")),
              ("package", QT_TRANSLATE_NOOP("FacetPanel", "Reform package")),
              ("year", QT_TRANSLATE_NOOP("FacetPanel", "Year")),
              ("institution", QT_TRANSLATE_NOOP("FacetPanel", "Institution")))


def _tr(text: str) -> str:
    return translate("FacetPanel", text)


def dimension_title(dimension: str) -> str:
    return _tr(dict(DIMENSIONS).get(dimension, dimension))
DIMENSION_ROLE = Qt.UserRole + 1
VALUE_ROLE = Qt.UserRole + 2
LABEL_ROLE = Qt.UserRole + 3


def short_label(dimension: str, label: str) -> str:
    """Package names carry a parenthesis and 'political reform'; the narrow panel shows the
    rest (the tooltip has the full name)."""
    if dimension == "package":
        label = label.split(" (")[0].replace(" political reform package", " package")
    return label


class FacetModel(QStandardItemModel):
    """Two columns (value, count); dimensions at the top level, their values beneath."""

    def __init__(self, parent=None):
        super().__init__(0, 2, parent)
        self.setHorizontalHeaderLabels([translate("FacetPanel", "Filter"), translate("FacetPanel", "Count")])

    def set_facets(self, facets: dict[str, tuple[FacetCount, ...]], active: dict[str, tuple[str, str]]) -> None:
        self.beginResetModel()
        self.blockSignals(True)
        self.removeRows(0, self.rowCount())
        bold = QFont()
        bold.setBold(True)
        for dimension, _title in DIMENSIONS:
            title = dimension_title(dimension)
            counts = list(facets.get(dimension, ()))
            chosen = active.get(dimension)
            if chosen and not any(c.value == chosen[0] for c in counts):
                counts.insert(0, FacetCount(chosen[0], chosen[1], 0))
            head = QStandardItem(title)
            head.setFont(bold)
            head.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable)
            head.setData(dimension, DIMENSION_ROLE)
            head.setAccessibleText(translate("FacetPanel", "{dimension} filters").format(dimension=title))
            head_count = QStandardItem("")
            head_count.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable)
            for facet in counts:
                is_active = chosen is not None and chosen[0] == facet.value
                item = QStandardItem(short_label(dimension, facet.label))
                item.setData(dimension, DIMENSION_ROLE)
                item.setData(facet.value, VALUE_ROLE)
                item.setData(facet.label, LABEL_ROLE)
                item.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemNeverHasChildren)
                remove_hint = (" " + translate("FacetPanel", "(active filter: activate again to remove)")
                               if is_active else "")
                item.setToolTip(tooltip(translate("FacetPanel", "{dimension}: {value} \u2014 results: {count}").format(
                    dimension=title, value=facet.label, count=facet.count) + remove_hint))
                item.setAccessibleText(translate("FacetPanel", "{dimension} {value}, results: {count}").format(
                    dimension=title, value=facet.label, count=facet.count)
                    + (", " + translate("FacetPanel", "filter on") if is_active else ""))
                if is_active:
                    item.setFont(bold)
                    item.setData(Qt.Checked, Qt.CheckStateRole)
                count = QStandardItem(str(facet.count))
                count.setData(int(Qt.AlignRight | Qt.AlignVCenter), Qt.TextAlignmentRole)
                count.setFlags(Qt.ItemIsEnabled | Qt.ItemIsSelectable | Qt.ItemNeverHasChildren)
                count.setData(dimension, DIMENSION_ROLE)
                count.setData(facet.value, VALUE_ROLE)
                count.setData(facet.label, LABEL_ROLE)
                head.appendRow([item, count])
            self.appendRow([head, head_count])
        self.blockSignals(False)
        self.endResetModel()


class _FacetTree(QTreeView):
    """Enter and Space toggle the current value, so the panel works without a mouse."""

    toggled = Signal(QModelIndex)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        index = self.currentIndex()
        if event.key() in (Qt.Key_Return, Qt.Key_Enter, Qt.Key_Space) and index.isValid() \
                and index.data(VALUE_ROLE) is not None:
            self.toggled.emit(index)
            return
        super().keyPressEvent(event)


class FacetPanel(QWidget):
    filtersChanged = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self._active: dict[str, tuple[str, str]] = {}  # dimension -> (value, label)
        self._collapsed: set[str] = {"institution"}   # long list: open on demand
        self.model = FacetModel(self)
        self.tree = _FacetTree(self)
        self.tree.setObjectName("facetTree")
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setRootIsDecorated(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setEditTriggers(QAbstractItemView.NoEditTriggers)
        self.tree.setSelectionMode(QAbstractItemView.SingleSelection)
        self.tree.setTabKeyNavigation(False)  # arrows move within the tree, Tab leaves it
        self.tree.header().setStretchLastSection(False)
        self.tree.header().setSectionResizeMode(0, QHeaderView.Stretch)
        self.tree.header().setSectionResizeMode(1, QHeaderView.ResizeToContents)
        self.tree.clicked.connect(self._clicked)
        self.tree.toggled.connect(self._toggle)
        self.tree.expanded.connect(lambda i: self._collapsed.discard(i.data(DIMENSION_ROLE)))
        self.tree.collapsed.connect(lambda i: self._collapsed.add(i.data(DIMENSION_ROLE)))

        self.title = title = QLabel(self)
        title.setBuddy(self.tree)  # "Filters" names the tree (and Alt+ its mnemonic, where it has one)
        self.clear_button = QPushButton(self)
        self.clear_button.setObjectName("clearFilters")
        self.clear_button.clicked.connect(self.clear)
        self.summary = plain_label(QLabel("", self))
        self.summary.setWordWrap(True)

        top = QHBoxLayout()
        top.setContentsMargins(0, 0, 0, 0)
        top.addWidget(title)
        top.addStretch(1)
        top.addWidget(self.clear_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 0, 6)
        layout.setSpacing(4)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        self.retranslateUi()

    def retranslateUi(self) -> None:
        self.title.setText("<b>" + self.tr("Filters") + "</b>")
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.setAccessibleName(self.tr("Clear filters"))
        self.clear_button.setToolTip(self.tr("Remove every filter (Ctrl+Shift+X)"))
        self.tree.setAccessibleName(self.tr("Filters"))
        self.tree.setAccessibleDescription(self.tr("Counts per category, reform package, year and institution "
                                                   "for the current search. Enter or Space turns a filter on or off."))
        self.summary.setAccessibleName(self.tr("Active filters"))
        self._update_summary()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.LanguageChange:
            self.retranslateUi()
        super().changeEvent(event)

    # -- state --------------------------------------------------------------------------------
    @property
    def filters(self) -> dict[str, str]:
        return {dim: value for dim, (value, _label) in self._active.items()}

    def active_labels(self) -> dict[str, str]:
        return {dim: label for dim, (_value, label) in self._active.items()}

    def set_filter(self, dimension: str, value: str, label: str = "") -> None:
        if value:
            self._active[dimension] = (value, label or value)
        else:
            self._active.pop(dimension, None)
        self._update_summary()
        self.filtersChanged.emit()

    def active(self) -> tuple[tuple[str, str, str], ...]:
        """The filters on, as (dimension, value, label), in the panel's dimension order."""
        return tuple((d, *self._active[d]) for d, _title in DIMENSIONS if d in self._active)

    def set_active(self, filters: tuple[tuple[str, str, str], ...]) -> None:
        """Put back filters saved with `active()` (Back and Forward); one change signal."""
        wanted = {dimension: (value, label) for dimension, value, label in filters}
        if wanted != self._active:
            self._active = wanted
            self._update_summary()
            self.filtersChanged.emit()

    def clear(self) -> None:
        if self._active:
            self._active.clear()
            self._update_summary()
            self.filtersChanged.emit()

    def set_facets(self, facets: dict[str, tuple[FacetCount, ...]]) -> None:
        current = self.tree.currentIndex()
        keep = (current.data(DIMENSION_ROLE), current.data(VALUE_ROLE), current.column()) if current.isValid() else None
        for dimension, (value, _label) in list(self._active.items()):
            # The names follow the content language: take the active filter's from the new counts.
            fresh = next((f.label for f in facets.get(dimension, ()) if f.value == value), None)
            if fresh:
                self._active[dimension] = (value, fresh)
        self._update_summary()
        self.model.set_facets(facets, self._active)
        for row in range(self.model.rowCount()):
            index = self.model.index(row, 0)
            self.tree.setExpanded(index, index.data(DIMENSION_ROLE) not in self._collapsed)
        if keep:
            self._restore_current(*keep)

    # -- internals ----------------------------------------------------------------------------
    def _restore_current(self, dimension: str, value: str | None, column: int) -> None:
        for row in range(self.model.rowCount()):
            head = self.model.index(row, 0)
            if head.data(DIMENSION_ROLE) != dimension:
                continue
            if value is None:
                self.tree.setCurrentIndex(head)
                return
            for child in range(self.model.rowCount(head)):
                index = self.model.index(child, column, head)
                if index.data(VALUE_ROLE) == value:
                    self.tree.setCurrentIndex(index)
                    return

    def _clicked(self, index: QModelIndex) -> None:
        if index.data(VALUE_ROLE) is not None:
            self._toggle(index)

    def _toggle(self, index: QModelIndex) -> None:
        dimension, value, label = index.data(DIMENSION_ROLE), index.data(VALUE_ROLE), index.data(LABEL_ROLE)
        if self._active.get(dimension, ("", ""))[0] == value:
            self.set_filter(dimension, "")
        else:
            self.set_filter(dimension, value, label)

    def _update_summary(self) -> None:
        self.clear_button.setEnabled(bool(self._active))
        if self._active:
            self.summary.setText("; ".join(f"{dimension_title(d)}: {label}" for d, (_v, label) in self._active.items()))
            self.summary.show()
        else:
            self.summary.setText("")
            self.summary.hide()
