"""Domain objects for reform entries and what they cite. Plain data, no Qt, no SQL."""

from __future__ import annotations

import datetime
import re
from dataclasses import dataclass, field

STATUSES = ("proposed", "adopted", "in-force", "superseded", "completed", "person")
STATUS_LABELS = {
    "proposed": "Proposed",
    "adopted": "Adopted",
    "in-force": "In force",
    "superseded": "Superseded",
    "completed": "Completed",
    "person": "Person",  # entries of the `people` category: a profile, not a measure
}
CONFIDENCE_LABELS = {"H": "High", "M": "Medium", "L": "Low"}
# How an assessment judges what it assesses; set only where the source clearly supports it.
STANCES = ("positive", "mixed", "critical")


@dataclass(frozen=True)
class Source:
    id: str
    title: str
    publisher: str
    date: str
    kind: str = ""
    url: str = ""
    note: str = ""
    title_en: str = ""      # English gloss of a headline in another language
    doc_number: str = ""    # official number of a law or decree
    described: bool = False  # the title is our description, not a published headline

    @property
    def title_text(self) -> str:
        """The title as a reader should see it: a real headline in quotation marks, a
        description without them (quotes would pass it off as a headline), the gloss in brackets."""
        text = self.title if self.described else f"\u201c{self.title}\u201d"
        return f"{text} [{self.title_en}]" if self.title_en else text

    def short_citation(self) -> str:
        """Publisher, title and date, for tight places (a chart's hover); lists give citation()."""
        return ", ".join(p for p in (self.publisher, self.title_text, self.date) if p) + "."

    def citation(self) -> str:
        """A plain-text citation: publisher, title, date, document number and address where known."""
        parts = [self.publisher, self.title_text, self.date, self.doc_number, self.url]
        return ", ".join(p for p in parts if p) + "."


@dataclass(frozen=True)
class Figure:
    label: str
    before: str
    after: str
    unit: str = ""
    source_id: str = ""
    indicator_id: str = ""


@dataclass(frozen=True)
class InstitutionRef:
    id: str
    name: str
    short: str = ""
    branch: str = ""


@dataclass(frozen=True)
class Assessment:
    """What an observer, court of opinion or rights group concluded about an entry."""
    by: str
    date: str
    finding: str
    stance: str = ""                 # "" when the source does not clearly support one
    sources: tuple[str, ...] = ()    # source ids


@dataclass(frozen=True)
class EntryRef:
    """Enough of an entry to list or link it."""
    id: str
    title: str
    date: str
    category: str
    status: str = ""


@dataclass(frozen=True)
class Entry:
    id: str
    title: str
    date: str
    date_precision: str  # "day" | "month" | "year" | "unknown" (date is then "")
    category: str
    category_name: str
    package: str
    package_name: str
    status: str
    superseded_by: EntryRef | None
    confidence: str
    summary: str
    body: str
    source_note: str
    figures: tuple[Figure, ...] = ()
    institutions: tuple[InstitutionRef, ...] = ()
    related: tuple[EntryRef, ...] = ()
    sources: tuple[Source, ...] = ()
    seeds: tuple[str, ...] = ()
    supersedes: tuple[EntryRef, ...] = field(default=())
    assessments: tuple[Assessment, ...] = ()
    unconfirmed_from: str = ""  # from this date the sources no longer say whether it holds
    lang: str = "en"                 # the language of title, summary, body and source_note
    fallback: tuple[str, ...] = ()   # those of them shown in English (not translated, or stale)

    @property
    def year(self) -> int | None:
        """The year, or None when the date cannot be given: unknown in the data (date = "") or
        not a possible date (a damaged database; `check` names it). Lists place such an entry
        by the database's sort order, never at a guessed year."""
        return int(self.date[:4]) if is_possible_date(self.date) else None

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)

    @property
    def paragraphs(self) -> list[str]:
        return [p.strip() for p in (self.body or "").split("\n\n") if p.strip()]

    def source(self, source_id: str) -> Source | None:
        return next((s for s in self.sources if s.id == source_id), None)


def date_precision(date: str) -> str:
    """How precise a date is: "year", "month", "day", or "unknown" where it cannot be given."""
    if not is_possible_date(date):
        return "unknown"
    return {4: "year", 7: "month", 10: "day"}[len(date)]


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


UNKNOWN = "unknown"  # shown for a value a damaged or crafted database lacks (`check` names it)
# The one wording for a date the reader cannot be given, whether the data says it is unknown
# (date = "", no source dates it) or the database holds an impossible one (NULL, 2021-13-45).
UNKNOWN_DATE = "date unknown"
_DATE = re.compile(r"(\d{4})(?:-(\d{2})(?:-(\d{2}))?)?")


def is_possible_date(date: object) -> bool:
    """True for YYYY, YYYY-MM or YYYY-MM-DD naming a real day, month or year."""
    match = _DATE.fullmatch(date) if isinstance(date, str) else None
    if match is None:
        return False
    year, month, day = (int(g) if g else 1 for g in match.groups())
    try:
        datetime.date(year, month, day)
    except ValueError:
        return False
    return True


def format_date(date: str) -> str:
    """'2022-06-05' -> '5 June 2022'; '2022-06' -> 'June 2022'; '2022' -> '2022'; anything
    else ('' for unknown, NULL, 2021-13-45) -> 'date unknown'."""
    if not is_possible_date(date):
        return UNKNOWN_DATE
    parts = date.split("-")
    if len(parts) == 3:
        return f"{int(parts[2])} {_MONTHS[int(parts[1]) - 1]} {parts[0]}"
    if len(parts) == 2:
        return f"{_MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return date
