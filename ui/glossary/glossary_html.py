"""HTML for one glossary term: definition, every spelling, the institution it names, the entries
that use it and its sources. Pure functions; every value from the data goes through `esc`."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.entry import EntryRef, Source
from ui.common.html_text import esc
from ui.entry.entry_html import (
    LIGHT_PAGE,
    PageColors,
    entry_url,
    institution_url,
    search_url,
    source_url,
    translation_notice,
)
from ui.i18n.dates import format_data_date

translate = QCoreApplication.translate


def _a(url: str, text: str, colors: PageColors) -> str:
    return f'<a href="{esc(url)}" style="color:{colors.link};">{esc(text)}</a>'


def _entry_list(refs: list[EntryRef], colors: PageColors) -> str:
    items = (f'<li>{_a(entry_url(r.id), r.title, colors)} '
             f'<span style="color:{colors.muted};">({esc(format_data_date(r.date))})</span></li>' for r in refs)
    return "<ul>" + "".join(items) + "</ul>"


def term_page_html(term: dict, *, institution: dict | None = None, mentions: list[EntryRef] = (),
                   mention_total: int = 0, institution_entries: list[EntryRef] = (),
                   sources: list[Source] = (), colors: PageColors = LIGHT_PAGE) -> str:
    """`mentions`: entries a search for the term finds (the first of `mention_total`);
    `institution_entries`: the entries linked to the institution the term names."""
    out = [f"<h2>{esc(term['term'])}</h2>"]
    notice = translation_notice()  # term and definition are translated content, like an entry
    if notice:
        out.append(f'<p style="color:{colors.muted};"><i>{esc(notice)}</i></p>')
    if term.get("definition"):
        out.append(f"<p>{esc(term['definition'])}</p>")
    aliases = list(term.get("aliases", []))
    if aliases:
        spellings = translate("GlossaryView", "Spellings")
        out.append(f"<p><b>{esc(spellings)}</b> ({len(aliases)}): "
                   + esc(" \u00b7 ".join(aliases)) + "</p>")
    if institution is not None:
        label = translate("GlossaryView", "Institution")
        out.append(f"<p><b>{esc(label)}:</b> "
                   + _a(institution_url(institution["id"]), institution["name"], colors) + "</p>")
    heading = translate("GlossaryView", "Entries that mention it")
    out.append(f"<h3>{esc(heading)} ({mention_total})</h3>")
    if mentions:
        out.append(_entry_list(list(mentions), colors))
        more = translate("GlossaryView", "Search for \u201c%1\u201d").replace("%1", term["term"])
        out.append(f"<p>{_a(search_url(term['term']), more, colors)}</p>")
    else:
        none = translate("GlossaryView", "No entry mentions this term.")
        out.append(f"<p><i>{esc(none)}</i></p>")
    if institution is not None and institution_entries:
        heading = translate("GlossaryView", "Entries about %1").replace("%1", institution["name"])
        out.append(f"<h3>{esc(heading)} ({len(institution_entries)})</h3>")
        out.append(_entry_list(list(institution_entries), colors))
    if sources:
        heading = translate("GlossaryView", "Sources")
        out.append(f"<h3>{esc(heading)}</h3><ul>")
        out += [f"<li>{_a(source_url(s.id), ', '.join(p for p in (s.publisher, s.title_text) if p), colors)}"
                f"</li>" for s in sources]
        out.append("</ul>")
    return "\n".join(out)
