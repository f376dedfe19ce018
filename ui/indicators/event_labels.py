"""The reform events' short chart labels in the interface language (no pyqtgraph: the view, its
printouts and exports use them before the chart is made)."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from models.indicators import ReformEvent

# The short labels of models.indicators.REFORM_EVENT_ENTRIES, listed here so that lupdate collects them.
EVENT_LABELS = (QT_TRANSLATE_NOOP("ReformEvents", "1st package"), QT_TRANSLATE_NOOP("ReformEvents", "2nd package"),
                QT_TRANSLATE_NOOP("ReformEvents", "3rd package"), QT_TRANSLATE_NOOP("ReformEvents", "4th package"),
                QT_TRANSLATE_NOOP("ReformEvents", "Referendum 2022"),
                QT_TRANSLATE_NOOP("ReformEvents", "Referendum 2024"),
                QT_TRANSLATE_NOOP("ReformEvents", "Referendum 2026"),
                QT_TRANSLATE_NOOP("ReformEvents", "Constitution 2026 in force"))


def event_label(event: ReformEvent) -> str:
    """The event's short label in the interface language."""
    return QCoreApplication.translate("ReformEvents", event.label)
