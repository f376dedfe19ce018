"""Where things go on the timeline: pure geometry, no Qt (tested on its own).

The axis runs from 1 January of the first year with data to the end of the last year with data,
across the whole width. Each dated entry is a card whose left edge stands at its date; cards are
stacked downwards wherever an earlier card already takes the room (a skyline), so every title has
its full width and wraps instead of being cut. Bands (reform packages) are put in rows where they
do not overlap. Entries without a usable date are not placed on the axis at all.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import dataclass

UNKNOWN_PRECISIONS = ("unknown", "undated", "")


def parse_date(text: str) -> dt.date | None:
    """'2022', '2022-06' or '2022-06-05' as the first day it can mean; None for no usable date."""
    parts = (text or "").strip().split("-")
    try:
        numbers = [int(p) for p in parts if p]
        if not numbers or not 1900 <= numbers[0] <= 2100:
            return None
        return dt.date(numbers[0], numbers[1] if len(numbers) > 1 else 1, numbers[2] if len(numbers) > 2 else 1)
    except ValueError:
        return None


def precision_of(text: str) -> str:
    """'day', 'month', 'year' or 'unknown', from the date as written."""
    if parse_date(text) is None:
        return "unknown"
    return {1: "year", 2: "month"}.get(len(text.strip().split("-")), "day")


def is_dated(date: str, precision: str | None = None) -> bool:
    """Placed on the axis only with a real date: never at a guessed one."""
    if precision is not None and precision.lower() in UNKNOWN_PRECISIONS:
        return False
    return parse_date(date) is not None


def year_span(dates: list[dt.date]) -> tuple[int, int]:
    """First and last year with data (the axis ends with the last, not years later)."""
    years = [d.year for d in dates] or [dt.date.today().year]
    return min(years), max(years)


@dataclass(frozen=True)
class Axis:
    first_year: int
    last_year: int
    left: float
    width: float

    @property
    def start(self) -> dt.date:
        return dt.date(self.first_year, 1, 1)

    @property
    def end(self) -> dt.date:
        return dt.date(self.last_year + 1, 1, 1)

    def x(self, day: dt.date) -> float:
        total = (self.end - self.start).days
        return self.left + self.width * (day - self.start).days / max(1, total)

    def day_at(self, x: float) -> dt.date:
        total = (self.end - self.start).days
        return self.start + dt.timedelta(days=int((x - self.left) / max(1.0, self.width) * total))


@dataclass(frozen=True)
class Card:
    key: str
    x: float
    y: float
    width: float
    height: float

    @property
    def right(self) -> float:
        return self.x + self.width

    @property
    def bottom(self) -> float:
        return self.y + self.height


def place_cards(items: list[tuple[str, float]], card_width: float, height_of: Callable[[str], float],
                left: float, right: float, top: float, gap: float = 4.0) -> list[Card]:
    """Cards for (key, date x) items in date order: each at its date (moved left only as far as
    needed to stay inside [left, right]), as high as the cards already placed allow."""
    placed: list[Card] = []
    for key, x in items:
        cx = max(left, min(x, right - card_width))
        below = [c.bottom + gap for c in placed if c.x < cx + card_width and cx < c.right]
        card = Card(key, cx, max([top, *below]), card_width, height_of(key))
        placed.append(card)
    return placed


def years_per_column(axis: Axis, min_width: float) -> int:
    """Cards stand in columns of whole years: one year each when a year is wide enough for a
    card of `min_width`, else two, three… years per column."""
    years = axis.last_year - axis.first_year + 1
    for per in range(1, years + 1):
        if axis.width * per / years >= min_width:
            return per
    return years


def column_cards(items: list[tuple[str, dt.date]], axis: Axis, min_width: float,
                 height_of: Callable[[str, float], float], top: float, gap: float = 6.0) -> list[Card]:
    """Cards for (key, day) items: each in the column of its year (on the axis, under its years),
    stacked in date order, as wide as the column so every title wraps at a readable width."""
    per = years_per_column(axis, min_width)
    bottoms: dict[int, float] = {}
    cards = []
    for key, day in sorted(items, key=lambda item: item[1]):
        column = (day.year - axis.first_year) // per
        first = axis.first_year + column * per
        x0 = axis.x(dt.date(first, 1, 1))
        x1 = axis.x(dt.date(min(first + per, axis.last_year + 1), 1, 1))
        width = x1 - x0 - gap
        y = bottoms.get(column, top)
        card = Card(key, x0 + gap / 2, y, width, height_of(key, width))
        bottoms[column] = card.bottom + gap
        cards.append(card)
    return cards


def band_rows(spans: list[tuple[float, float]]) -> list[int]:
    """A row for each (start, end) span, in the given order: the first where it overlaps nothing."""
    ends: list[float] = []
    rows = []
    for start, end in spans:
        row = next((n for n, last in enumerate(ends) if start >= last), len(ends))
        if row == len(ends):
            ends.append(end)
        else:
            ends[row] = end
        rows.append(row)
    return rows


def nearest_vertically(cards: list[Card], current: Card, downwards: bool) -> Card | None:
    """The card straight below (or above) the current one: overlapping it in x first, else nearest."""
    if downwards:
        candidates = [c for c in cards if c.y > current.y + 1]
    else:
        candidates = [c for c in cards if c.bottom < current.y + 1 and c is not current and c.y < current.y]
    if not candidates:
        return None
    centre = current.x + current.width / 2

    def distance(card: Card) -> tuple[float, float]:
        return (abs(card.y - current.y), abs(card.x + card.width / 2 - centre))

    overlapping = [c for c in candidates if c.x < current.right and current.x < c.right]
    return min(overlapping or candidates, key=distance)
