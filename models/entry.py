"""Domain objects for reform entries and what they cite. Plain data, no Qt, no SQL."""

from __future__ import annotations

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

    def citation(self) -> str:
        """A plain-text citation: publisher, title, date and address where known."""
        parts = [self.publisher, f"\u201c{self.title}\u201d", self.date]
        if self.url:
            parts.append(self.url)
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
    date_precision: str  # "day" | "month" | "year"
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
    lang: str = "en"                 # the language of title, summary, body and source_note
    fallback: tuple[str, ...] = ()   # those of them shown in English (not translated, or stale)

    @property
    def year(self) -> int:
        return int(self.date[:4])

    @property
    def status_label(self) -> str:
        return STATUS_LABELS.get(self.status, self.status)

    @property
    def paragraphs(self) -> list[str]:
        return [p.strip() for p in self.body.split("\n\n") if p.strip()]

    def source(self, source_id: str) -> Source | None:
        return next((s for s in self.sources if s.id == source_id), None)


def date_precision(date: str) -> str:
    return {4: "year", 7: "month", 10: "day"}.get(len(date), "unknown")


_MONTHS = ("January", "February", "March", "April", "May", "June", "July", "August",
           "September", "October", "November", "December")


def format_date(date: str) -> str:
    """'2022-06-05' -> '5 June 2022'; '2022-06' -> 'June 2022'; '2022' -> '2022'."""
    parts = date.split("-")
    if len(parts) == 3:
        return f"{int(parts[2])} {_MONTHS[int(parts[1]) - 1]} {parts[0]}"
    if len(parts) == 2:
        return f"{_MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return date
