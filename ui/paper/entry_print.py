"""HTML of printed entries: summaries or full entries, the reader's notes, and a *Cite this entry*
block under each. Pure functions (the translator is the only Qt used); everything from the data
is escaped here, once.

Entries follow one another on the page (ui/paper/flow.py decides the cuts), separated by a rule.
A summary is what a reader needs to recognise and cite the entry and check where it comes from:
title, date, status, summary, sources (without their addresses). A full entry adds the body,
figures, assessments, institutions with their Russian and Kazakh names, related entries, the note
on sources, and sources with their addresses.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from models import paths
from models.citation import cited_work, plain_citation
from models.entry import Entry, Source
from ui.common.html_text import esc
from ui.entry.entry_html import (
    PageColors,
    assessments_html,
    fate_line,
    figures_table_html,
    meta_line,
    multiline_html,
    paragraphs_html,
    source_citation_html,
    translation_notice,
)
from ui.i18n import labels, translations
from ui.i18n.dates import format_data_date, format_date

translate = QCoreApplication.translate

# Paper is white whatever the screen theme: fixed light colours.
PRINT_COLORS = PageColors(muted="#444444", link="#000000", border="#999999", box="#f0f0f0",
                          header="#e6e6e6", warning="#000000")

PRINT_STYLE = """
body { color: #000000; background-color: #ffffff; }
h1 { font-size: 14pt; margin-top: 0px; margin-bottom: 2px; }
h2 { font-size: 11pt; margin-top: 10px; margin-bottom: 3px; }
p, li, td, th { font-size: 10pt; }
p { margin-top: 3px; margin-bottom: 3px; }
"""


@dataclass(frozen=True)
class PrintOptions:
    """What a printout of entries holds: summaries or full entries, with or without the notes."""
    full: bool = False
    notes: bool = False


def citation_template() -> str:
    """models.citation.PLAIN_TEMPLATE in the interface language (same fields; a test keeps the
    English identical)."""
    return translate("Printing", "\u201c{title}\u201d. In {atlas}, version {version}, data version {data_version}, "
                                 "entry \u201c{entry_id}\u201d. Accessed {accessed}.")


def cite_block_html(entry: Entry, data_version: str, printed: dt.date) -> str:
    """Cite this entry: the plain citation, then atlas and version, data version, entry id, print date."""
    colors = PRINT_COLORS
    app = translate("Paper", "Kazakhstan Reform Atlas")
    work = cited_work(entry, app, paths.ORGANISATION, paths.VERSION, data_version, printed,
                      translations.current_language())
    citation = plain_citation(work, citation_template(), format_date)
    # The id first: at the start of its line it is never broken at a hyphen.
    facts = [translate("Printing", "Entry {id}").format(id=entry.id), f"{app} {paths.VERSION}",
             translate("Paper", "Data version {version}").format(version=data_version),
             translate("Printing", "Printed {date}").format(date=format_date(printed.isoformat()))]
    heading = translate("Printing", "Cite this entry")
    return (f'<table width="100%" cellspacing="0" cellpadding="6" style="background-color:{colors.box}; '
            f'margin-top:8px;"><tr><td><b>{esc(heading)}</b><br/>'
            f"{esc(citation)}<br/>"
            f'<span style="color:{colors.muted};">{esc(" · ".join(facts))}</span></td></tr></table>')


def _short_source(source: Source) -> str:
    """A summary's citation: publisher, title (quoted only if it is a real headline), date and a
    law's number, without the address (the full printout and the window give it)."""
    return esc(", ".join(p for p in (source.publisher, source.title_text, source.date, source.doc_number) if p)
               + ".")


def _status_html(entry: Entry) -> str:
    status = labels.status(entry.status)
    if entry.superseded_by:
        status = translate("EntryPage", "{status} by {entry}").format(
            status=status,
            entry=f"\u201c{entry.superseded_by.title}\u201d ({format_data_date(entry.superseded_by.date)})")
    fate = f"<br/>{esc(fate_line(entry))}" if fate_line(entry) else ""
    return ("<p>" + esc(translate("EntryPage", "Status:")) + f" {esc(status)} \u00b7 "
            + esc(translate("EntryPage", "Confidence:")) + f" {esc(labels.confidence(entry.confidence))}"
            + fate + "</p>")


def _institutions_html(entry: Entry, names: dict[str, list[str]]) -> str:
    parts = []
    for inst in entry.institutions:
        native = names.get(inst.id, [])
        parts.append(esc(inst.name) + (f" ({esc('; '.join(native))})" if native else ""))
    return ("<p style=\"margin-top:8px;\"><b>" + esc(translate("EntryPage", "Institutions:")) + "</b> "
            + "; ".join(parts) + "</p>")


def _heading(text: str) -> str:
    return "<h2>" + esc(text) + "</h2>"


def entry_print_html(entry: Entry, data_version: str, printed: dt.date, options: PrintOptions = PrintOptions(),
                     note: str = "", institution_names: dict[str, list[str]] | None = None) -> str:
    """One printed entry, ending with its cite block."""
    colors = PRINT_COLORS
    source_numbers = {s.id: n for n, s in enumerate(entry.sources, 1)}
    notice = translation_notice()
    out = [f"<h1>{esc(entry.title)}</h1>",
           f'<p style="color:{colors.muted};">{esc(meta_line(entry))}</p>']
    if notice:
        out.append(f'<p style="color:{colors.muted};"><i>{esc(notice)}</i></p>')
    out.append(_status_html(entry))
    if options.notes and note.strip():
        your_note = translate("EntryPage", "Your note")
        out.append(f'<table width="100%" cellspacing="0" cellpadding="6" style="border-color:{colors.border}; '
                   f'border-style:solid;" border="1"><tr><td><b>{esc(your_note)}</b><br/>'
                   f"{multiline_html(note)}</td></tr></table>")
    out.append(f"<p><b>{esc(entry.summary)}</b></p>")
    if options.full:
        out.append(paragraphs_html(entry.body))
        if entry.figures:
            out += [_heading(translate("EntryPage", "Figures")), figures_table_html(entry, colors, source_numbers)]
        if entry.assessments:
            out += [_heading(translate("EntryPage", "Assessments")),
                    assessments_html(entry, colors, source_numbers)]
        if entry.institutions:
            out.append(_institutions_html(entry, institution_names or {}))
        if entry.related:
            out.append(_heading(translate("EntryPage", "Related entries")) + "<ul>" + "".join(
                f"<li>{esc(r.title)} "
                f"<span style=\"color:{colors.muted};\">({esc(format_data_date(r.date))})</span></li>"
                for r in entry.related) + "</ul>")
        if entry.source_note:
            out += [_heading(translate("EntryPage", "Note on sources")), paragraphs_html(entry.source_note)]
    out.append(_heading(translate("EntryPage", "Sources")) + "<ol>")
    out += [f"<li>{source_citation_html(s, colors, linked=False) if options.full else _short_source(s)}</li>"
            for s in entry.sources]
    out.append("</ol>")
    out.append(cite_block_html(entry, data_version, printed))
    return "\n".join(out)


def entries_print_html(entries: list[Entry], data_version: str, printed: dt.date,
                       options: PrintOptions = PrintOptions(), notes: dict[str, str] | None = None,
                       institution_names: dict[str, list[str]] | None = None) -> str:
    """The whole printout: entries one after the other, a rule between them."""
    notes = notes or {}
    rule = '<hr style="margin-top:10px; margin-bottom:10px;"/>'
    body = rule.join(entry_print_html(e, data_version, printed, options, notes.get(e.id, ""), institution_names)
                     for e in entries)
    return f"<html><head><style>{PRINT_STYLE}</style></head><body>{body}</body></html>"
