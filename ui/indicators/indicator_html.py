"""Texts of the indicators view built from the data, escaped: the panel under the chart (what
the series are, the entries citing them, their sources) and the span line under the title."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.entry import EntryRef, Source
from models.indicators import Indicator, Point, bound_prefix, publishers_of, series_summary, sources_cited_by
from ui.common.html_text import esc
from ui.i18n import labels
from ui.i18n.dates import format_data_date, format_date

translate = QCoreApplication.translate


def short_citation(source: Source) -> str:
    """Publisher, title and date: who says so, where and when (the address stays in lists and exports)."""
    return ", ".join(p for p in (source.publisher, source.title_text, source.date) if p)


def value_with_unit(indicator: Indicator, point: Point) -> str:
    """'\u2265 15,000 US$ per person' for a lower bound, '88 of 180 rank' style for ranks with N known."""
    text = bound_prefix(point.bound) + point.display_value
    if indicator.is_rank:
        total = point.rank_total
        text = (translate("Indicators", "rank {rank} of {total}").format(rank=text, total=total) if total
                else translate("Indicators", "rank {rank}").format(rank=text))
        return text
    return f"{text} {indicator.unit}"


def when_text(point: Point) -> str:
    return format_date(point.date) if point.date else str(point.year)


def hover_lines(indicator: Indicator, point: Point, source: Source | None) -> list[str]:
    """What the chart's tooltip says about one point (plain text; the chart escapes it): series,
    value with unit (a bound as a bound), date and kind, who published it, note. The model's
    hover_lines in the interface language."""
    title = indicator.name
    if point.part:
        title += f" \u2014 {indicator.part_name(point.part)}"
    lines = [title, value_with_unit(indicator, point),
             f"{when_text(point)} \u00b7 {labels.label(labels.POINT_KIND, point.kind)}",
             translate("Indicators", "Source:") + " " + (short_citation(source) if source is not None
                                                         else point.source_id)]
    if point.note:
        lines.append(translate("Indicators", "Note:") + " " + point.note)
    return lines


def legend_name(indicator: Indicator, part: str, kind: str, points: tuple[Point, ...] | list[Point],
                sources: dict[str, Source], with_series: bool = False) -> str:
    """A legend row names who published its points (from each point's own source record, never
    the series' name for all of them), then the kind; a part is named first, and the series when
    `with_series` (two rows would otherwise read the same); a series with a caution carries the
    warning sign, spelled out under the legend."""
    who = " / ".join(publishers_of(points, sources))
    text = f"{who}: {labels.label(labels.POINT_KIND, kind).lower()}" if who else \
        labels.label(labels.POINT_KIND, kind)
    if part:
        text = f"{indicator.part_name(part)} \u2014 {text}"
    if with_series:
        text = f"{indicator.label} \u2014 {text}"
    return text + (" \u26a0" if indicator.caution else "")


def caution_lines(series: list[Indicator]) -> list[str]:
    """Each shown series' caution, named by the series it concerns."""
    return [f"\u26a0 {item.label}: {item.caution}" for item in series if item.caution]


def summary_text(series: list[Indicator]) -> str:
    """The chart's text alternative: per series its name, unit, years, lowest, highest and last value."""
    parts = []
    for item in series:
        summary = series_summary(item)
        if summary is None:
            parts.append(translate("Indicators", "{name}: no points.").format(name=item.name))
            continue
        years = (f"{summary.first_year}\u2013{summary.last_year}" if summary.first_year != summary.last_year
                 else str(summary.first_year))
        parts.append(translate(
            "Indicators", "{name}, {unit}, {years}, {count} points. Lowest {low} ({low_when}), highest {high} "
                          "({high_when}), last {last} ({last_when}).").format(
            name=item.name, unit=item.unit, years=years, count=summary.count,
            low=value_with_unit(item, summary.lowest), low_when=when_text(summary.lowest),
            high=value_with_unit(item, summary.highest), high_when=when_text(summary.highest),
            last=value_with_unit(item, summary.last), last_when=when_text(summary.last)))
    return " ".join(parts)


def series_span(item: Indicator) -> str:
    years = sorted({p.year for p in item.points})
    if not years:
        return translate("Indicators", "no points")
    span = f"{years[0]}\u2013{years[-1]}" if years[0] != years[-1] else str(years[0])
    count = len(item.points)
    points = translate("Indicators", "1 point") if count == 1 else translate("Indicators", "{n} points").format(n=count)
    return f"{span}, {points}"


def info_html(shown: list[Indicator], citing: list[EntryRef], sources: dict[str, Source], muted: str) -> str:
    parts = []
    for item in shown:
        prefix = f"<b>{esc(item.label)}.</b> " if len(shown) > 1 else ""
        parts.append(f"<p>{prefix}{esc(item.description)}</p>")
    parts.append("<p><b>" + esc(translate("Indicators", "Entries citing this series")) + "</b></p>")
    if citing:
        parts.append("<ul style='margin-top:0'>")
        for ref in citing:
            parts.append(f"<li><a href='entry:{esc(ref.id)}'>{esc(ref.title)}</a> "
                         f"<span style='color:{muted}'>{esc(format_data_date(ref.date))}</span></li>")
        parts.append("</ul>")
    else:
        none = translate("Indicators", "No entry cites this series.")
        parts.append(f"<p style='color:{muted}'>{esc(none)}</p>")
    parts.append("<p><b>" + esc(translate("Indicators", "Sources")) + "</b></p><ul style='margin-top:0'>")
    for source_id in sources_cited_by(shown):
        source = sources.get(source_id)
        text = source.citation() if source else source_id
        parts.append(f"<li>{esc(text)} <span style='color:{muted}'>[{esc(source_id)}]</span></li>")
    parts.append("</ul>")
    return "".join(parts)
