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
    lines = [title, f"{point.display_value} {indicator.unit}", f"{point.when} \u00b7 {point.kind_label}"]
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
