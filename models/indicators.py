"""Indicator series: the reforms' numbers over time. Plain data, no Qt, no SQL.

A series is described once (name, unit, how to draw it) and holds points; each point has its
own kind (actual, target, estimate, forecast, claim), source and note. Nothing here fills a
gap between two points: a missing year stays missing all the way to the screen.
"""

from __future__ import annotations

import csv
import datetime as dt
import io
import itertools
import math
import re
from collections.abc import Iterable
from dataclasses import dataclass, field

from models.entry import Source, format_date

POINT_KINDS = ("actual", "target", "estimate", "forecast", "claim")
KIND_LABELS = {
    "actual": "Actual",
    "target": "Target",
    "estimate": "Estimate",
    "forecast": "Forecast",
    "claim": "Claim (unverified)",
}
# annual: one value a year, consecutive years joined; rule: a legal parameter that holds from
# each point until the next (drawn as steps); dated: separate observations, never joined.
SERIES_KINDS = ("annual", "rule", "dated")

# Entries drawn as vertical markers on every chart, with the short label shown on the line.
REFORM_EVENT_ENTRIES: tuple[tuple[str, str], ...] = (
    ("first-reform-package-2019", "1st package"),
    ("second-reform-package-2020", "2nd package"),
    ("third-reform-package-2021", "3rd package"),
    ("fourth-reform-package-2021", "4th package"),
    ("constitutional-referendum-2022", "Referendum 2022"),
    ("nuclear-plant-referendum-2024", "Referendum 2024"),
    ("constitutional-referendum-2026", "Referendum 2026"),
    ("constitution-2026-in-force", "Constitution 2026 in force"),
)

CSV_COLUMNS = ("indicator", "year", "date", "value", "unit", "kind", "part", "source",
               "source_citation", "note", "data_version")


def decimal_year(year: int, date: str = "") -> float:
    """Position on a time axis: 2022 -> 2022.0, '2022-07-02' -> about 2022.5.

    A year-only point sits on its year's tick; a month without a day counts from its first day.
    """
    if not date:
        return float(year)
    parts = [int(p) for p in date.split("-")]
    day = dt.date(parts[0], parts[1] if len(parts) > 1 else 1, parts[2] if len(parts) > 2 else 1)
    start = dt.date(parts[0], 1, 1)
    length = (dt.date(parts[0] + 1, 1, 1) - start).days
    return parts[0] + (day - start).days / length


def format_number(text: str) -> str:
    """The value as the source wrote it, with thousands separators: '12919' -> '12,919'."""
    sign = "-" if text.startswith("-") else ""
    digits = text.lstrip("+-")
    whole, dot, fraction = digits.partition(".")
    if whole.isdigit():
        whole = f"{int(whole):,}"
    return f"{sign}{whole}{dot}{fraction}"


@dataclass(frozen=True)
class Point:
    year: int
    date: str
    value: float
    kind: str
    source_id: str
    note: str = ""
    part: str = ""
    value_text: str = ""

    @property
    def x(self) -> float:
        return decimal_year(self.year, self.date)

    @property
    def when(self) -> str:
        return format_date(self.date) if self.date else str(self.year)

    @property
    def display_value(self) -> str:
        return format_number(self.value_text or _plain(self.value))

    @property
    def kind_label(self) -> str:
        return KIND_LABELS.get(self.kind, self.kind)

    @property
    def bound(self) -> str:
        """'>=' when the figure is a lower bound ("more than $15,000"), '<=' for an upper bound,
        '' for a plain value. Read from the value as written or from the point's note: the data
        says so in words ("a lower bound from a statement"), and a chart must not draw it as exact."""
        return bound_of(self.value_text, self.note)

    @property
    def rank_total(self) -> int | None:
        """N in "88th of 180" when the note gives it for this very value; None when unknown."""
        for found in _RANK_OF.finditer(self.note):
            if float(found.group(1)) == self.value:
                return int(found.group(2))
        return None


_LOWER_WORDS = (">", "\u2265", "more than", "over ", "at least", "above ")
_UPPER_WORDS = ("<", "\u2264", "less than", "under ", "at most", "below ")
_RANK_OF = re.compile(r"\b(\d+)(?:st|nd|rd|th)?\s+(?:of|out of)\s+(\d+)\b", re.IGNORECASE)


def bound_of(value_text: str, note: str) -> str:
    """'>=' for a lower bound, '<=' for an upper bound, '' otherwise (see Point.bound)."""
    text = value_text.strip().lower()
    if text.startswith(_LOWER_WORDS) or re.search(r"\blower bound\b", note, re.IGNORECASE):
        return ">="
    if text.startswith(_UPPER_WORDS) or re.search(r"\bupper bound\b", note, re.IGNORECASE):
        return "<="
    return ""


def bound_prefix(bound: str) -> str:
    """The mathematical sign shown before a bounded value: '\u2265 ' or '\u2264 '."""
    return {">=": "\u2265 ", "<=": "\u2264 "}.get(bound, "")


def _plain(value: float) -> str:
    return str(int(value)) if float(value).is_integer() else repr(value)


@dataclass(frozen=True)
class SeriesGroup:
    """The points of one kind (and one part, for split series), in time order."""
    part: str
    kind: str
    points: tuple[Point, ...]

    @property
    def xs(self) -> list[float]:
        return [p.x for p in self.points]

    @property
    def ys(self) -> list[float]:
        return [p.value for p in self.points]


@dataclass(frozen=True)
class Indicator:
    id: str
    name: str
    unit: str
    description: str = ""
    category: str = ""
    series_kind: str = "annual"
    short: str = ""
    compare_group: str = ""
    compare_with: str = ""
    log_scale_ok: bool = False
    invert_axis: bool = False
    caution: str = ""
    parts: tuple[tuple[str, str], ...] = ()
    source_ids: tuple[str, ...] = ()
    related: tuple[str, ...] = ()
    points: tuple[Point, ...] = field(default=())
    point_count: int = 0
    first_year: int | None = None
    last_year: int | None = None

    @property
    def label(self) -> str:
        """Short name for legends."""
        return self.short or self.name

    @property
    def is_rank(self) -> bool:
        """A rank (1 = best): drawn on whole numbers only, with 'of N' where the data gives N."""
        return self.unit.strip().lower() in ("rank", "place", "position")

    def rank_totals(self) -> list[int]:
        """The distinct N of "rank of N" over the points that give one, smallest first."""
        return sorted({n for n in (p.rank_total for p in self.points) if n})

    def part_name(self, part: str) -> str:
        return dict(self.parts).get(part, part)

    @property
    def kinds(self) -> tuple[str, ...]:
        present = {p.kind for p in self.points}
        return tuple(k for k in POINT_KINDS if k in present)

    def groups(self) -> list[SeriesGroup]:
        return group_points(self.points, [p for p, _ in self.parts])

    def cited_source_ids(self) -> list[str]:
        """Every source the series or one of its points cites, points first, no repeats."""
        seen: list[str] = []
        for source_id in [p.source_id for p in self.points] + list(self.source_ids):
            if source_id and source_id not in seen:
                seen.append(source_id)
        return seen


def sources_cited_by(series: Iterable[Indicator]) -> list[str]:
    """Every source the given series and their points cite, in the order they are first met."""
    cited: list[str] = []
    for item in series:
        cited += [i for i in item.cited_source_ids() if i not in cited]
    return cited


def group_points(points: tuple[Point, ...] | list[Point], part_order: list[str] | None = None) -> list[SeriesGroup]:
    """Split points by part and kind, kinds in POINT_KINDS order, each group sorted by time."""
    part_order = list(part_order or [])
    for p in points:
        if p.part not in part_order:
            part_order.append(p.part)
    groups = []
    for part in part_order:
        for kind in POINT_KINDS:
            chosen = sorted((p for p in points if p.part == part and p.kind == kind), key=lambda p: p.x)
            if chosen:
                groups.append(SeriesGroup(part, kind, tuple(chosen)))
    return groups


def whole_number_range(values: list[float], floor: float | None = None) -> tuple[float, float]:
    """An axis range for whole numbers (ranks, seats): at least one step of room on both sides, so
    142 -> 141 spans 140..143 with a tick on each whole number, never 141.5. `floor` keeps the
    range from going below a natural minimum (rank 1)."""
    lo, hi = math.floor(min(values)), math.ceil(max(values))
    pad = max(1, math.ceil((hi - lo) * 0.12))
    lo, hi = lo - pad, hi + pad
    if floor is not None and lo < floor:
        hi += floor - lo
        lo = floor
    return float(lo), float(hi)


def whole_number_step(span: float, room: int) -> int:
    """The smallest of 1, 2, 5, 10, 20, 50... that gives at most `room` ticks over `span`."""
    room = max(room, 1)
    for magnitude in itertools.count():
        for base in (1, 2, 5):
            step = base * 10 ** magnitude
            if span / step <= room:
                return step
    raise AssertionError("unreachable")


@dataclass(frozen=True)
class SeriesSummary:
    """What a screen reader hears about a series: name, unit, years, lowest, highest, last."""
    name: str
    unit: str
    first_year: int
    last_year: int
    lowest: Point
    highest: Point
    last: Point
    count: int


def series_summary(indicator: Indicator) -> SeriesSummary | None:
    """The text alternative's facts for one series (None when it has no points)."""
    points = sorted(indicator.points, key=lambda p: p.x)
    if not points:
        return None
    lowest = min(points, key=lambda p: p.value)
    highest = max(points, key=lambda p: p.value)
    return SeriesSummary(indicator.name, indicator.unit, points[0].year, points[-1].year, lowest, highest,
                         points[-1], len(points))


def publishers_of(points: tuple[Point, ...] | list[Point], sources: dict[str, Source]) -> list[str]:
    """Who published these points, from each point's own source record, in order, no repeats.
    A point whose source is unknown is named by its source id rather than guessed."""
    names: list[str] = []
    for p in points:
        source = sources.get(p.source_id)
        name = (source.publisher if source is not None and source.publisher else p.source_id)
        if name and name not in names:
            names.append(name)
    return names


def joined_to_next(points: tuple[Point, ...], series_kind: str) -> list[bool]:
    """For each point, whether a line runs from it to the next one.

    Annual series join only neighbouring years, so a missing year leaves a gap; dated series
    are never joined. Rules are drawn as steps by the plot, not through this.
    """
    flags = []
    for here, after in itertools.pairwise(points):
        flags.append(series_kind == "annual" and after.year - here.year == 1)
    return [*flags, False] if points else []


def step_path(points: tuple[Point, ...]) -> tuple[list[float], list[float]]:
    """The corners of a step line: each value holds from its point until the next point."""
    xs: list[float] = []
    ys: list[float] = []
    for here, after in itertools.pairwise(points):
        xs += [here.x, after.x]
        ys += [here.value, here.value]
    if points:
        xs.append(points[-1].x)
        ys.append(points[-1].value)
    return xs, ys


def hover_lines(indicator: Indicator, point: Point, source: Source | None) -> list[str]:
    """What the chart says about one point: series, value with unit, date, kind, source, note."""
    title = indicator.name
    if point.part:
        title += f" \u2014 {indicator.part_name(point.part)}"
    lines = [title, f"{bound_prefix(point.bound)}{point.display_value} {indicator.unit}",
             f"{point.when} \u00b7 {point.kind_label}"]
    if source is not None:
        lines.append(f"Source: {source.short_citation()}")
    else:
        lines.append(f"Source: {point.source_id}")
    if point.note:
        lines.append(f"Note: {point.note}")
    return lines


def hover_text(indicator: Indicator, point: Point, source: Source | None) -> str:
    return "\n".join(hover_lines(indicator, point, source))


def points_csv(indicators: list[Indicator], sources: dict[str, Source], data_version: str) -> str:
    """The points of the given series as CSV, each with its source citation and the data version."""
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow(CSV_COLUMNS)
    for indicator in indicators:
        for p in indicator.points:
            source = sources.get(p.source_id)
            writer.writerow([
                indicator.id, p.year, p.date, p.value_text or _plain(p.value), indicator.unit, p.kind,
                indicator.part_name(p.part) if p.part else "", p.source_id,
                source.citation() if source else "", p.note, data_version,
            ])
    return out.getvalue()


@dataclass(frozen=True)
class ReformEvent:
    """A reform step drawn as a labelled vertical line."""
    entry_id: str
    label: str
    date: str
    title: str = ""

    @property
    def x(self) -> float:
        return decimal_year(int(self.date[:4]), self.date)
