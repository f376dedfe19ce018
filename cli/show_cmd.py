"""`show ENTRY_ID`: one whole entry with its figures, institutions, related entries and sources."""

from __future__ import annotations

import textwrap

from cli.common import json_date, open_atlas, print_json, source_to_json, translation_notice
from models.entry import CONFIDENCE_LABELS, Entry, date_precision, format_date
from models.translation import FALLBACK_NOTE


def register(sub) -> None:
    parser = sub.add_parser("show", help="show one entry", description="Show one entry in full.")
    parser.add_argument("entry_id", metavar="ENTRY_ID")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.set_defaults(run=run)


def entry_to_json(entry: Entry, data_version: str) -> dict:
    return {
        # One notion of a date that cannot be given (unknown, or impossible in a damaged
        # database): date null, date_precision "unknown".
        "id": entry.id, "title": entry.title, "date": json_date(entry.date),
        "date_precision": date_precision(entry.date), "category": entry.category,
        "category_name": entry.category_name, "package": entry.package,
        "package_name": entry.package_name, "status": entry.status,
        "superseded_by": entry.superseded_by.id if entry.superseded_by else None,
        "unconfirmed_from": entry.unconfirmed_from or None,
        "supersedes": [r.id for r in entry.supersedes],
        "confidence": entry.confidence, "summary": entry.summary, "body": entry.body,
        "source_note": entry.source_note,
        "figures": [{"label": f.label, "before": f.before, "after": f.after, "unit": f.unit,
                     "source": f.source_id, "indicator": f.indicator_id or None} for f in entry.figures],
        "assessments": [{"by": a.by, "date": json_date(a.date), "finding": a.finding, "stance": a.stance or None,
                         "sources": list(a.sources)} for a in entry.assessments],
        "institutions": [{"id": i.id, "name": i.name} for i in entry.institutions],
        "related": [r.id for r in entry.related],
        "sources": [source_to_json(s) for s in entry.sources],
        "seeds": list(entry.seeds),
        # The language of title, summary, body and source_note, and those shown in English.
        # Source titles are never translated: sources are cited as published.
        "lang": entry.lang,
        "fallback": list(entry.fallback),
        "data_version": data_version,
    }


def fate_line(entry: Entry) -> str:
    """The status line of a rule whose fate the sources leave open ("" for any other); the
    window says the same in the interface language (ui/entry/entry_html.py)."""
    if not entry.unconfirmed_from:
        return ""
    return (f"Not confirmed since {format_date(entry.unconfirmed_from)}: the sources do not say "
            "whether the rule still applies.")


def entry_to_text(entry: Entry) -> str:
    wrap = lambda text, indent="": textwrap.fill(text, 88, initial_indent=indent, subsequent_indent=indent)  # noqa: E731
    notice = translation_notice(entry.lang)
    lines = [f"[{notice}]"] if notice else []
    if notice and entry.fallback:
        lines.append(f"[{FALLBACK_NOTE[entry.lang]} {', '.join(entry.fallback)}]")
    lines += [""] if notice else []
    lines += [entry.title, "=" * min(len(entry.title), 88),
             f"{format_date(entry.date)} \u00b7 {entry.category_name}"
             + (f" \u00b7 {entry.package_name}" if entry.package_name else ""),
             f"Status: {entry.status_label}"
             + (f" (superseded by {entry.superseded_by.title} [{entry.superseded_by.id}])"
                if entry.superseded_by else "")
             + f" \u00b7 Confidence: {CONFIDENCE_LABELS.get(entry.confidence, entry.confidence)}"]
    if fate_line(entry):
        lines.append(wrap(fate_line(entry)))
    lines += ["", wrap(entry.summary), ""]
    lines += [wrap(p) + "\n" for p in entry.paragraphs]
    if entry.figures:
        lines.append("Figures")
        for f in entry.figures:
            unit = f" {f.unit}" if f.unit else ""
            change = f"{f.before} \u2192 {f.after}" if f.before and f.after else (f.after or f.before)
            lines.append(wrap(f"- {f.label}: {change}{unit} [{f.source_id}]", ""))
        lines.append("")
    if entry.assessments:
        lines.append("Assessments")
        for a in entry.assessments:
            stance = f" ({a.stance})" if a.stance else ""
            cites = " ".join(f"[{s}]" for s in a.sources)
            lines.append(wrap(f"- {a.by}, {format_date(a.date)}{stance}: {a.finding} {cites}"))
        lines.append("")
    if entry.source_note:
        lines += ["Note on sources", wrap(entry.source_note), ""]
    if entry.institutions:
        lines += ["Institutions: " + ", ".join(i.name for i in entry.institutions), ""]
    if entry.related:
        lines += ["Related: " + ", ".join(f"{r.title} [{r.id}]" for r in entry.related), ""]
    lines.append("Sources")
    lines += [wrap(f"[{s.id}] {s.citation()}", "  ") for s in entry.sources]
    return "\n".join(lines)


def run(args) -> int:
    atlas = open_atlas(args)
    entry = atlas.entry(args.entry_id)
    if args.json:
        print_json(entry_to_json(entry, atlas.data_version))
    else:
        print(entry_to_text(entry))
    return 0
