"""The power-balance data as a table: one row per relation, sortable, filterable and copyable."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from models.power_balance import Power, PowerDiff, PowerInstitution
from ui.common.plain_text import tooltip
from ui.i18n import labels
from ui.powers.power_text import relation_label

translate = QCoreApplication.translate

POWER_ID_ROLE = Qt.UserRole + 1
SORT_ROLE = Qt.UserRole + 2
ENTRY_ID_ROLE = Qt.UserRole + 3

STATUS_TEXT = {"gained": "gained", "lost": "lost", "changed": "changed", "unclear": "unclear", "same": "unchanged"}


@dataclass(frozen=True)
class PowerRow:
    power: Power
    status: str = ""       # "" outside compare mode
    was: Power | None = None
    why: str = ""          # the reason for an unclear row
    confirmed: bool = True


COLUMNS = (QT_TRANSLATE_NOOP("PowerTable", "Change"), QT_TRANSLATE_NOOP("PowerTable", "Holder"),
           QT_TRANSLATE_NOOP("PowerTable", "Relation"), QT_TRANSLATE_NOOP("PowerTable", "Target"),
           QT_TRANSLATE_NOOP("PowerTable", "Detail"), QT_TRANSLATE_NOOP("PowerTable", "Valid from"),
           QT_TRANSLATE_NOOP("PowerTable", "Valid to"), QT_TRANSLATE_NOOP("PowerTable", "Reform entry"),
           QT_TRANSLATE_NOOP("PowerTable", "Sources"), QT_TRANSLATE_NOOP("PowerTable", "Confidence"),
           QT_TRANSLATE_NOOP("PowerTable", "Note"))


def rows_for_state(powers: tuple[Power, ...], date: str) -> list[PowerRow]:
    return [PowerRow(p, confirmed=p.confirmed_on(date)) for p in powers]


def rows_for_diff(diff: PowerDiff, to_powers: tuple[Power, ...]) -> list[PowerRow]:
    """Every relation of the later date, plus the lost ones, each marked with its change."""
    rows: list[PowerRow] = []
    changed_to = {c.after.id: c.before for c in diff.changed}
    unclear = {u.power.id: u.reason for u in diff.unclear}
    gained = {p.id for p in diff.gained}
    for power in to_powers:
        if power.id in gained:
            rows.append(PowerRow(power, "gained", confirmed=power.confirmed_on(diff.to_date)))
        elif power.id in changed_to:
            rows.append(PowerRow(power, "changed", was=changed_to[power.id],
                                 confirmed=power.confirmed_on(diff.to_date)))
        elif power.id in unclear:
            rows.append(PowerRow(power, "unclear", why=unclear[power.id], confirmed=power.confirmed_on(diff.to_date)))
        else:
            rows.append(PowerRow(power, "same", confirmed=power.confirmed_on(diff.to_date)))
    shown = {r.power.id for r in rows}
    rows += [PowerRow(p, "lost") for p in diff.lost]
    rows += [PowerRow(u.power, "unclear", why=u.reason) for u in diff.unclear if u.power.id not in shown]
    return rows


class PowerTableModel(QAbstractTableModel):
    def __init__(self, institutions: dict[str, PowerInstitution], parent=None):
        super().__init__(parent)
        self._names = institutions
        self._rows: list[PowerRow] = []

    def set_rows(self, rows: list[PowerRow]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    def row_at(self, row: int) -> PowerRow:
        return self._rows[row]

    def rows(self) -> list[PowerRow]:
        return list(self._rows)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = QModelIndex()) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.DisplayRole):
        if orientation == Qt.Horizontal and role == Qt.DisplayRole and 0 <= section < len(COLUMNS):
            return translate("PowerTable", COLUMNS[section])
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.NoItemFlags
        return Qt.ItemIsEnabled | Qt.ItemIsSelectable

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)) or not (0 <= index.column() < len(COLUMNS)):
            return None
        row = self._rows[index.row()]
        if role == Qt.DisplayRole:
            return self.cell_text(row, index.column())
        if role == Qt.ToolTipRole:
            text = self.cell_text(row, index.column())
            if index.column() == 0 and row.why:
                return tooltip(labels.label(labels.CHANGE, "unclear") + f": {row.why}")
            if index.column() == 0 and row.was is not None:
                was = translate("PowerBalance", "was:")
                return tooltip(f"{was} {relation_label(row.was)} \u2014 {row.was.detail}")
            return tooltip(text) or None
        if role == SORT_ROLE:
            column = index.column()
            if column == 5:
                return row.power.valid_from or "0000"
            if column == 6:
                return row.power.valid_to or "9999"
            return self.cell_text(row, column).casefold()
        if role == POWER_ID_ROLE:
            return row.power.id
        if role == ENTRY_ID_ROLE:
            return row.power.entry.id if row.power.entry else ""
        return None

    def cell_text(self, row: PowerRow, column: int) -> str:
        power = row.power
        if column == 0:
            return labels.label(labels.CHANGE, row.status) if row.status else ""
        if column == 1:
            return self._names[power.holder].name
        if column == 2:
            return relation_label(power) + ("" if row.confirmed else " " + translate("PowerTable", "(unconfirmed)"))
        if column == 3:
            return self._names[power.target].name
        if column == 4:
            return power.detail
        if column == 5:
            return power.valid_from or translate("PowerBalance", "before 2019")
        if column == 6:
            if power.valid_to:
                return power.valid_to
            if power.unconfirmed_from:
                return translate("PowerTable", "open (unconfirmed from {date})").format(date=power.unconfirmed_from)
            return translate("PowerTable", "open")
        if column == 7:
            return power.entry.title if power.entry else ""
        if column == 8:
            text = "; ".join(s.citation() for s in power.sources)
            if power.disputed_by:
                text += (" \u2014 " + translate("PowerBalance", "Disputed by:") + " "
                         + "; ".join(s.citation() for s in power.disputed_by))
            return text
        if column == 9:
            return labels.confidence(power.confidence)
        if column == 10:
            return power.note
        return ""


class PowerFilterProxy(QSortFilterProxyModel):
    """Sorts on a key that orders dates correctly ("before 2019" first, open ends last); filters on any column."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self.setSortRole(SORT_ROLE)
        self.setFilterCaseSensitivity(Qt.CaseInsensitive)
        self.setFilterKeyColumn(-1)
        self.setSortCaseSensitivity(Qt.CaseInsensitive)
