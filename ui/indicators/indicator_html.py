"""Texts of the indicators view built from the data, escaped: the panel under the chart (what
the series are, the entries citing them, their sources) and the span line under the title."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.entry import EntryRef, Source
from models.indicators import Indicator, Point
from ui.common.html_text import esc
from ui.i18n import labels
from ui.i18n.dates import format_data_date, format_date

translate = QCoreApplication.translate


def hover_lines(indicator: Indicator, point: Point, source: Source | None) -> list[str]:
    """What the chart's tooltip says about one point (plain text; the chart escapes it): series,
    value with unit, date and kind, source, note. The model's hover_lines in the interface language."""
    title = indicator.name
    if point.part:
        title += f" \u2014 {indicator.part_name(point.part)}"
    when = format_date(point.date) if point.date else str(point.year)
    lines = [title, f"{point.display_value} {indicator.unit}",
             f"{when} \u00b7 {labels.label(labels.POINT_KIND, point.kind)}",
             translate("Indicators", "Source:") + " "
             # publisher, title, date: the address stays in the lists and exports, not the hover
             + (source.short_citation() if source is not None else point.source_id)]
    if point.note:
        lines.append(translate("Indicators", "Note:") + " " + point.note)
    return lines


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
    cited: list[str] = []
    for item in shown:
        cited += [i for i in item.cited_source_ids() if i not in cited]
    for source_id in cited:
        source = sources.get(source_id)
        text = source.citation() if source else source_id
        parts.append(f"<li>{esc(text)} <span style='color:{muted}'>[{esc(source_id)}]</span></li>")
    parts.append("</ul>")
    return "".join(parts)
