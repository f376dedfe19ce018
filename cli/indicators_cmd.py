"""`indicators [ID] [--json | --csv]`: the list of indicator series, or one series with its
points and sources. `--csv` writes points with a source citation column and the data version."""

from __future__ import annotations

import sys
import textwrap

from cli.common import json_date, open_atlas, print_json, source_to_json
from models.entry import Source
from models.indicators import KIND_LABELS, Indicator, points_csv


def register(sub) -> None:
    parser = sub.add_parser(
        "indicators", help="list indicator series or show one",
        description="Without ID, list every indicator series. With ID, show its points, each with "
                    "kind (actual, target, estimate, forecast, claim), source and note.")
    parser.add_argument("indicator_id", metavar="ID", nargs="?", help="series id (see the list)")
    output = parser.add_mutually_exclusive_group()
    output.add_argument("--json", action="store_true", help="machine-readable output")
    output.add_argument("--csv", action="store_true",
                        help="the points as CSV on stdout, with a source citation column")
    parser.set_defaults(run=run)


def _summary_json(item: Indicator) -> dict:
    return {
        "id": item.id, "name": item.name, "short": item.label, "unit": item.unit,
        "description": item.description, "category": item.category,
        "series_kind": item.series_kind, "compare_group": item.compare_group or None,
        "compare_with": item.compare_with or None, "log_scale_ok": item.log_scale_ok,
        "caution": item.caution or None, "sources": list(item.source_ids),
        "related_entries": list(item.related), "point_count": item.point_count,
        "first_year": item.first_year, "last_year": item.last_year,
    }


def _series_json(item: Indicator, sources: dict[str, Source], entries: list, data_version: str) -> dict:
    data = _summary_json(item)
    data["parts"] = [{"id": p, "name": n} for p, n in item.parts]
    data["points"] = [{
        "year": p.year, "date": p.date or None, "value": p.value, "value_text": p.value_text,
        "kind": p.kind, "part": p.part or None, "source": p.source_id, "note": p.note or None,
    } for p in item.points]
    data["sources"] = [source_to_json(s) for i in item.cited_source_ids() if (s := sources.get(i))]
    data["cited_by"] = [{"id": e.id, "title": e.title, "date": json_date(e.date)} for e in entries]
    data["data_version"] = data_version
    return data


def run(args) -> int:
    atlas = open_atlas(args)
    if args.indicator_id is None:
        if args.csv:
            series = atlas.indicators_with_points()
            sys.stdout.write(points_csv(series, atlas.indicator_sources(series), atlas.data_version))
            return 0
        series = atlas.indicators()
        if args.json:
            print_json({"data_version": atlas.data_version, "count": len(series),
                        "indicators": [_summary_json(s) for s in series]})
            return 0
        width = max(len(s.id) for s in series) if series else 0
        print(f"{len(series)} indicator series (data version {atlas.data_version})")
        for s in series:
            years = f"{s.first_year}\u2013{s.last_year}" if s.first_year != s.last_year else f"{s.first_year}"
            points = f"{s.point_count} point{'' if s.point_count == 1 else 's'}"
            print(f"  {s.id:<{width}}  {s.name} [{s.unit}], {points}, {years}")
        return 0

    item = atlas.indicator(args.indicator_id)
    sources = atlas.indicator_sources([item])
    if args.csv:
        sys.stdout.write(points_csv([item], sources, atlas.data_version))
        return 0
    entries = atlas.entries_citing_indicator(item.id)
    if args.json:
        print_json(_series_json(item, sources, entries, atlas.data_version))
        return 0
    print(_series_text(item, sources, entries))
    return 0


def _series_text(item: Indicator, sources: dict[str, Source], entries: list) -> str:
    wrap = lambda text, indent="": textwrap.fill(text, 88, initial_indent=indent, subsequent_indent=indent)  # noqa: E731
    lines = [f"{item.name}  [{item.id}]", f"Unit: {item.unit}", "", wrap(item.description), ""]
    if item.caution:
        lines += [wrap(f"Caution: {item.caution}"), ""]
    rows = [(p.when, (item.part_name(p.part) + ": " if p.part else "") + p.display_value,
             KIND_LABELS.get(p.kind, p.kind), p.source_id, p.note) for p in item.points]
    widths = [max([len(r[n]) for r in rows] + [4]) for n in range(4)]
    lines.append("Points")
    for when, value, kind, source, note in rows:
        lines.append(f"  {when:<{widths[0]}}  {value:>{widths[1]}}  {kind:<{widths[2]}}  [{source}]")
        if note:
            lines.append(wrap(note, "      "))
    lines += ["", "Sources"]
    lines += [wrap(f"[{i}] {sources[i].citation()}", "  ") for i in item.cited_source_ids() if i in sources]
    if entries:
        lines += ["", "Cited by entries"]
        lines += [f"  {e.title} [{e.id}]" for e in entries]
    return "\n".join(lines)
