"""Domain objects for reform entries and what they cite. Plain data, no Qt, no SQL."""

from __future__ import annotations

from dataclasses import dataclass, field

STATUSES = ("proposed", "adopted", "in-force", "superseded", "completed")
STATUS_LABELS = {
    "proposed": "Proposed",
    "adopted": "Adopted",
    "in-force": "In force",
    "superseded": "Superseded",
    "completed": "Completed",
}
CONFIDENCE_LABELS = {"H": "High", "M": "Medium", "L": "Low"}


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
    unconfirmed_from: str = ""  # from this date the sources no longer say whether it holds

    @property
    def year(self) -> int | None:
        return int(self.date[:4]) if self.date else None

    @property
    def fate_line(self) -> str:
        """The reader-facing sentence for a rule whose fate the sources leave open (or "")."""
        if not self.unconfirmed_from:
            return ""
        return (f"Not confirmed since {format_date(self.unconfirmed_from)}: the sources do not say "
                "whether the rule still applies.")

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


UNKNOWN_DATE = "date unknown"


def format_date(date: str) -> str:
    """'2022-06-05' -> '5 June 2022'; '2022-06' -> 'June 2022'; '2022' -> '2022'; '' -> 'date unknown'."""
    if not date:
        return UNKNOWN_DATE
    parts = date.split("-")
    if len(parts) == 3:
        return f"{int(parts[2])} {_MONTHS[int(parts[1]) - 1]} {parts[0]}"
    if len(parts) == 2:
        return f"{_MONTHS[int(parts[1]) - 1]} {parts[0]}"
    return date
