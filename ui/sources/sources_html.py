"""HTML for one source in the Sources view: the citation, where to find it, and what cites it.

Pure functions; every value from the data goes through `esc`. Links use the app's schemes
(`entry:`, `institution:`, `indicator:`, `term:`) and, for the address, plain http(s) only;
the browser widget decides what a click does.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from models.bibliography import BibliographyItem, Citation
from ui.common.html_text import esc
from ui.entry.entry_html import (
    LIGHT_PAGE,
    PageColors,
    entry_url,
    indicator_url,
    institution_url,
    safe_external_url,
    term_url,
)
from ui.i18n import labels
from ui.i18n.dates import format_date

translate = QCoreApplication.translate


def kind_heading(kind: str) -> str:
    """The heading of one group of citations (translated)."""
    return {
        "entry": translate("SourcesView", "Entries"),
        "figure": translate("SourcesView", "Figures"),
        "assessment": translate("SourcesView", "Assessments"),
        "power": translate("SourcesView", "Powers"),
        "succession": translate("SourcesView", "Successions of bodies"),
        "indicator": translate("SourcesView", "Indicator series"),
        "point": translate("SourcesView", "Indicator points"),
        "glossary": translate("SourcesView", "Glossary terms"),
        "institution": translate("SourcesView", "Institutions"),
    }.get(kind, kind)


def _a(url: str, text: str, colors: PageColors) -> str:
    return f'<a href="{esc(url)}" style="color:{colors.link};">{esc(text)}</a>'


def _muted(text: str, colors: PageColors) -> str:
    return f'<span style="color:{colors.muted};">{esc(text)}</span>' if text else ""


def _citation_item(c: Citation, colors: PageColors) -> str:
    if c.kind == "entry":
        return _a(entry_url(c.entry_id), c.label, colors)
    if c.kind in ("figure", "assessment"):
        where = translate("SourcesView", "in")
        return f"{esc(c.label)} {_muted(where, colors)} {_a(entry_url(c.entry_id), c.detail, colors)}"
    if c.kind == "power":
        label = _a(entry_url(c.entry_id), c.label, colors) if c.entry_id else esc(c.label)
        if c.disputes:
            disputes = translate("SourcesView", "disputes:")
            label = f"<b>{esc(disputes)}</b> " + label
        return label + (f" {_muted(c.detail, colors)}" if c.detail else "")
    if c.kind == "succession":
        return f"{_a(institution_url(c.target_id), c.label, colors)} {_muted(format_date(c.detail), colors)}"
    if c.kind in ("indicator", "point"):
        link = _a(indicator_url(c.target_id), c.label, colors)
        return link + (f" {_muted(c.detail, colors)}" if c.detail else "")
    if c.kind == "glossary":
        return _a(term_url(c.target_id), c.label, colors)
    if c.kind == "institution":
        return _a(institution_url(c.target_id), c.label, colors)
    return esc(c.label)


def where_to_find(item: BibliographyItem, colors: PageColors) -> str:
    """The address (a link that opens in the system browser) and the document number, or a note
    that the record has neither."""
    source = item.source
    lines = []
    if source.doc_number:
        document = translate("SourcesView", "Document")
        lines.append(f"<b>{esc(document)}:</b> {esc(source.doc_number)}")
    if source.url:
        url = safe_external_url(source.url)
        shown = _a(url, url, colors) if url else esc(source.url)
        address = translate("SourcesView", "Address")
        lines.append(f"<b>{esc(address)}:</b> {shown}")
    if not lines:
        lines.append(_muted(translate("SourcesView", "No address or document number recorded."), colors))
    return "<p>" + "<br/>".join(lines) + "</p>"


def source_page_html(item: BibliographyItem, colors: PageColors = LIGHT_PAGE) -> str:
    source = item.source
    facts = [source.publisher, format_date(source.date) if source.date else "",
             labels.label(labels.SOURCE_KIND, source.kind) if source.kind else ""]
    out = [f"<h2>{esc(source.title_text)}</h2>",
           f'<p style="color:{colors.muted};">{esc(" · ".join(p for p in facts if p))}</p>',
           where_to_find(item, colors)]
    if source.note:
        out.append(f"<p>{esc(source.note)}</p>")
    source_id = translate("SourcesView", "Source id")
    out.append(f'<p style="color:{colors.muted};">{esc(source_id)}: {esc(source.id)}</p>')
    count = len(item.citations)
    if not count:
        nothing = translate("SourcesView", "Nothing in the atlas cites this source.")
        out.append(f"<p><i>{esc(nothing)}</i></p>")
        return "\n".join(out)
    cited_by = translate("SourcesView", "Cited by")
    out.append(f"<h3>{esc(cited_by)} ({count})</h3>")
    kinds = list(dict.fromkeys(c.kind for c in item.citations))
    for kind in kinds:
        cites = item.of_kind(kind)
        out.append(f"<p><b>{esc(kind_heading(kind))}</b> ({len(cites)})</p><ul>")
        out += [f"<li>{_citation_item(c, colors)}</li>" for c in cites]
        out.append("</ul>")
    return "\n".join(out)
