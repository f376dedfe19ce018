"""What the timeline shows besides entries: the three constitutional eras and the reform
packages, and one entry as the timeline knows it."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication

from ui.timeline.timeline_layout import parse_date


def _tr(text: str) -> str:
    return QCoreApplication.translate("Timeline", text)


@dataclass(frozen=True)
class Era:
    source_name: str   # English; shown translated (`name`, `short`)
    source_short: str  # where space is short
    start: str   # ISO date; "" = before the period covered
    end: str     # first day no longer in force; "" = still in force

    @property
    def name(self) -> str:
        return _tr(self.source_name)

    @property
    def short(self) -> str:
        return _tr(self.source_short)

    def span(self, first: dt.date, last: dt.date) -> tuple[dt.date, dt.date]:
        """The era's days within [first, last)."""
        start = max(first, parse_date(self.start) or first) if self.start else first
        end = min(last, parse_date(self.end) or last) if self.end else last
        return start, end


# The three constitutional orders the reforms moved through. The 2022 amendments were approved
# by the referendum of 5 June 2022; the 2026 Constitution took effect on 1 July 2026.
ERAS = (
    Era(QT_TRANSLATE_NOOP("Timeline", "1995 Constitution as amended to 2021"),
        QT_TRANSLATE_NOOP("Timeline", "1995 Constitution as amended"), "", "2022-06-05"),
    Era(QT_TRANSLATE_NOOP("Timeline", "1995 Constitution with the 2022 amendments"),
        QT_TRANSLATE_NOOP("Timeline", "2022 amendments"), "2022-06-05", "2026-07-01"),
    Era(QT_TRANSLATE_NOOP("Timeline", "2026 Constitution"), QT_TRANSLATE_NOOP("Timeline", "2026 Constitution"),
        "2026-07-01", ""),
)


@dataclass(frozen=True)
class Package:
    id: str
    name: str
    date: str


@dataclass(frozen=True)
class TimelineEntry:
    id: str
    title: str
    date: str          # as the data gives it: '', '2022', '2022-06' or '2022-06-05'
    when: str          # the date as shown ('' when undated)
    category: str
    package: str = ""  # the package's name, if the entry belongs to one
    status: str = ""
    dated: bool = True

    @property
    def day(self) -> dt.date | None:
        return parse_date(self.date) if self.dated else None


def package_numbers(packages: list[Package]) -> dict[str, int]:
    """Packages numbered in date order."""
    dated = sorted((p for p in packages if parse_date(p.date)), key=lambda p: (p.date, p.id))
    return {p.id: n for n, p in enumerate(dated, 1)}
