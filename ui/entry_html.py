"""HTML for the entry page, the institution page and printed summaries. Pure functions, no Qt.

Everything that comes from the data is escaped here, once, so that a `<b>` or `<img src=...>`
in a source file is shown as text and never interpreted. Links use the app's own schemes
(`entry:ID`, `institution:ID`); only http(s) addresses from the sources table become external
links, and the page decides nothing by itself: the browser widget opens them on a click.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html import escape
from urllib.parse import quote

from models.entry import CONFIDENCE_LABELS, Entry, EntryRef, Source, format_date

ENTRY_SCHEME = "entry"
INSTITUTION_SCHEME = "institution"
INDICATOR_SCHEME = "indicator"
DASH = "\u2014"
DOT = " \u00b7 "
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_KAZAKH_LETTERS = re.compile(r"[\u04d8\u04d9\u0492\u0493\u049a\u049b\u04a2\u04a3\u04e8\u04e9\u04b0\u04b1\u04ae\u04af\u04ba\u04bb\u0406\u0456]")


@dataclass(frozen=True)
class PageColors:
    """Colours the page needs beyond the widget's own text and background (theme-dependent)."""
    muted: str = "#5c5c58"
    link: str = "#1a56a0"
    border: str = "#c8c8c2"
    box: str = "#f4f1e6"        # note on sources, personal note
    header: str = "#ebebe6"     # table header row
    warning: str = "#8a4b00"    # "superseded"


LIGHT_PAGE = PageColors()
DARK_PAGE = PageColors(muted="#a9a9a4", link="#8ab8f0", border="#4a4c50", box="#2f2d26",
                       header="#2c2e31", warning="#f0b060")


def e(text: object) -> str:
    return escape(str(text), quote=True)


def entry_url(entry_id: str) -> str:
    return f"{ENTRY_SCHEME}:{quote(entry_id, safe='')}"


def indicator_url(indicator_id: str) -> str:
    return f"{INDICATOR_SCHEME}:{quote(indicator_id, safe='')}"


def institution_url(institution_id: str) -> str:
    return f"{INSTITUTION_SCHEME}:{quote(institution_id, safe='')}"


def safe_external_url(url: str) -> str | None:
    """An http(s) address fit to be a link, or None (anything else is shown as text only)."""
    url = url.strip()
    if not re.fullmatch(r"https?://[^\s<>\"'`]+", url, flags=re.IGNORECASE):
        return None
    return url


def native_names(aliases: list[str]) -> list[str]:
    """An institution's Russian and Kazakh names from its aliases (the first of each found)."""
    russian = next((a for a in aliases if _CYRILLIC.search(a) and not _KAZAKH_LETTERS.search(a)), "")
    kazakh = next((a for a in aliases if _KAZAKH_LETTERS.search(a)), "")
    return [name for name in (russian, kazakh) if name]


def meta_line(entry: Entry) -> str:
    parts = [format_date(entry.date), entry.category_name]
    if entry.package_name:
        parts.append(entry.package_name)
    return " \u00b7 ".join(parts)


def _link(url: str, text: str, colors: PageColors) -> str:
    return f'<a href="{e(url)}" style="color:{colors.link};">{e(text)}</a>'


def _ref_link(ref: EntryRef, colors: PageColors) -> str:
    return f"{_link(entry_url(ref.id), ref.title, colors)} <span style=\"color:{colors.muted};\">({e(format_date(ref.date))})</span>"


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{e(p).replace(chr(10), ' ')}</p>" for p in text.split("\n\n") if p.strip())


def _multiline(text: str) -> str:
    return "<br/>".join(e(line) for line in text.strip().splitlines())


def _source_citation_html(source: Source, colors: PageColors, linked: bool) -> str:
    """Publisher, title (quoted only if it is a real headline, gloss in brackets), date, document
    number; then the address, a clickable link where it is a safe http(s) address."""
    parts = [e(p) for p in (source.publisher, source.title_text, source.date, source.doc_number) if p]
    html = ", ".join(parts) + "."
    url = safe_external_url(source.url) if source.url else None
    if url and linked:
        html += " " + _link(url, url, colors)
    elif source.url:
        html += " " + e(source.url)
    return html


def _figures_table(entry: Entry, colors: PageColors, source_numbers: dict[str, int],
                   plotted: frozenset[str] = frozenset()) -> str:
    head_style = f'style="background-color:{colors.header};"'
    rows = [f"<tr {head_style}><th align=\"left\">Figure</th><th align=\"right\">Before</th>"
            "<th></th><th align=\"left\">After</th><th align=\"left\">Unit</th><th align=\"left\">Source</th></tr>"]
    for figure in entry.figures:
        number = source_numbers.get(figure.source_id)
        cite = f"[{number}]" if number else e(figure.source_id)
        arrow = "\u2192" if figure.before and figure.after else ""
        label = e(figure.label)
        if figure.indicator_id in plotted:
            label += " " + _link(indicator_url(figure.indicator_id), "\u2197 plot", colors)
        rows.append(f"<tr><td>{label}</td><td align=\"right\">{e(figure.before) or DASH}</td>"
                    f"<td align=\"center\">{arrow}</td><td>{e(figure.after) or DASH}</td>"
                    f"<td>{e(figure.unit)}</td><td>{cite}</td></tr>")
    return (f'<table width="100%" cellspacing="0" cellpadding="4" border="1" '
            f'style="border-color:{colors.border}; border-style:solid; border-collapse:collapse;">'
            + "".join(rows) + "</table>")


def _boxed(title: str, inner: str, colors: PageColors) -> str:
    return (f'<table width="100%" cellspacing="0" cellpadding="8" style="background-color:{colors.box}; '
            f'margin-top:10px; margin-bottom:6px;"><tr><td><b>{e(title)}</b><br/>{inner}</td></tr></table>')


def _status_line(entry: Entry, colors: PageColors) -> str:
    status = f"<b>{e(entry.status_label)}</b>"
    if entry.superseded_by:
        status = (f'<b style="color:{colors.warning};">{e(entry.status_label)}</b> by '
                  + _ref_link(entry.superseded_by, colors))
    confidence = CONFIDENCE_LABELS.get(entry.confidence, entry.confidence)
    line = f"Status: {status} \u00b7 Confidence: {e(confidence)}"
    if entry.fate_line:
        line += f'<br/><span style="color:{colors.warning};">{e(entry.fate_line)}</span>'
    if entry.supersedes:
        line += "<br/>Replaces: " + ", ".join(_ref_link(r, colors) for r in entry.supersedes)
    return f"<p>{line}</p>"


def entry_page_html(entry: Entry, colors: PageColors = LIGHT_PAGE, note: str | None = None,
                    bookmarked: bool = False, series: list[tuple[str, str]] = ()) -> str:
    """The whole entry as the reading pane shows it; `series` are (id, name) of the indicator
    series the entry's figures belong to or that cite it."""
    source_numbers = {s.id: n for n, s in enumerate(entry.sources, 1)}
    out = [f"<h1>{e(entry.title)}</h1>",
           f'<p style="color:{colors.muted};">{e(meta_line(entry))}'
           + (" \u00b7 \u2605 Bookmarked" if bookmarked else "") + "</p>",
           _status_line(entry, colors)]
    if note and note.strip():
        out.append(_boxed("Your note", _multiline(note), colors))
    out.append(f"<p><b>{e(entry.summary)}</b></p>")
    out.append(_paragraphs(entry.body))
    if entry.figures:
        out.append("<h2>Figures</h2>")
        out.append(_figures_table(entry, colors, source_numbers, frozenset(i for i, _ in series)))
    if series:
        out.append("<h2>Indicator series</h2>")
        out.append("<p>" + " \u00b7 ".join(_link(indicator_url(i), name, colors) for i, name in series) + "</p>")
    if entry.institutions:
        out.append("<h2>Institutions</h2>")
        out.append("<p>" + " \u00b7 ".join(_link(institution_url(i.id), i.name, colors) for i in entry.institutions)
                   + "</p>")
    if entry.related:
        out.append("<h2>Related entries</h2><ul>")
        out += [f"<li>{_ref_link(r, colors)}</li>" for r in entry.related]
        out.append("</ul>")
    if entry.source_note:
        out.append(_boxed("Note on sources", _paragraphs(entry.source_note), colors))
    out.append("<h2>Sources</h2><ol>")
    out += [f"<li>{_source_citation_html(s, colors, linked=True)}</li>" for s in entry.sources]
    out.append("</ol>")
    return "\n".join(out)


def institution_page_html(institution: dict, entries: list[EntryRef], colors: PageColors = LIGHT_PAGE) -> str:
    """An institution with the entries that concern it (reached from an entry's institution link)."""
    names = native_names(list(institution.get("aliases", [])))
    out = [f"<h1>{e(institution['name'])}</h1>"]
    if names:
        out.append(f'<p style="color:{colors.muted};">{e(DOT.join(names))}</p>')
    if institution.get("description"):
        out.append(_paragraphs(institution["description"]))
    out.append(f"<h2>Entries about this institution ({len(entries)})</h2><ul>")
    out += [f"<li>{_ref_link(r, colors)}</li>" for r in entries]
    out.append("</ul>")
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------
# Printed summaries: always on white paper, so fixed light colours.

PRINT_COLORS = PageColors(muted="#444444", link="#000000", border="#999999", box="#f2f2f2",
                          header="#e6e6e6", warning="#000000")

PRINT_STYLE = """
body { color: #000000; background-color: #ffffff; }
h1 { font-size: 15pt; margin-bottom: 2px; }
h2 { font-size: 11.5pt; margin-top: 12px; margin-bottom: 4px; }
p, li, td, th { font-size: 10pt; }
"""


def summary_html(entry: Entry, institution_names: dict[str, list[str]] | None = None,
                 first: bool = True) -> str:
    """One entry's printed summary: title, date and category, status, summary, figures, the
    institutions concerned (with their Russian and Kazakh names), note on sources, sources."""
    colors = PRINT_COLORS
    source_numbers = {s.id: n for n, s in enumerate(entry.sources, 1)}
    page_break = "" if first else ' style="page-break-before: always;"'
    out = [f"<h1{page_break}>{e(entry.title)}</h1>",
           f'<p style="color:{colors.muted};">{e(meta_line(entry))}</p>']
    status = e(entry.status_label)
    if entry.superseded_by:
        status += f" by \u201c{e(entry.superseded_by.title)}\u201d ({e(format_date(entry.superseded_by.date))})"
    confidence = CONFIDENCE_LABELS.get(entry.confidence, entry.confidence)
    out.append(f"<p>Status: {status} \u00b7 Confidence: {e(confidence)}"
               + (f"<br/>{e(entry.fate_line)}" if entry.fate_line else "") + "</p>")
    out.append(f"<p><b>{e(entry.summary)}</b></p>")
    if entry.figures:
        out.append("<h2>Figures</h2>")
        out.append(_figures_table(entry, colors, source_numbers))
    if entry.institutions:
        names = institution_names or {}
        parts = []
        for inst in entry.institutions:
            native = names.get(inst.id, [])
            parts.append(e(inst.name) + (f" ({e('; '.join(native))})" if native else ""))
        out.append("<p><b>Institutions:</b> " + "; ".join(parts) + "</p>")
    if entry.source_note:
        out.append("<h2>Note on sources</h2>" + _paragraphs(entry.source_note))
    out.append("<h2>Sources</h2><ol>")
    out += [f"<li>{_source_citation_html(s, colors, linked=False)}</li>" for s in entry.sources]
    out.append("</ol>")
    return "\n".join(out)


def summaries_document_html(entries: list[Entry], institution_names: dict[str, list[str]] | None = None) -> str:
    body = "\n".join(summary_html(entry, institution_names, first=(n == 0)) for n, entry in enumerate(entries))
    return f"<html><head><style>{PRINT_STYLE}</style></head><body>{body}</body></html>"
