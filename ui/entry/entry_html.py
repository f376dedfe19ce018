"""HTML for the entry page, the institution page and printed summaries. Pure functions; from Qt
only the translator (QCoreApplication.translate, context "EntryPage"), which needs no application.

Everything that comes from the data is escaped here, once, so that a `<b>` or `<img src=...>`
in a source file is shown as text and never interpreted. Links use the app's own schemes
(`entry:ID`, `institution:ID`); only http(s) addresses from the sources table become external
links, and the page decides nothing by itself: the browser widget opens them on a click.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from urllib.parse import quote

from PySide6.QtCore import QCoreApplication

from models.entry import Entry, EntryRef, Source
from ui.common.html_text import esc
from ui.i18n import labels, translations
from ui.i18n.dates import format_data_date

translate = QCoreApplication.translate

ENTRY_SCHEME = "entry"
INSTITUTION_SCHEME = "institution"
INDICATOR_SCHEME = "indicator"
SOURCE_SCHEME = "source"    # a source in the Sources view
TERM_SCHEME = "term"        # a term in the Glossary view
SEARCH_SCHEME = "search"    # run a search for the text
DASH = "\u2014"
DOT = " \u00b7 "
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")
_KAZAKH_LETTERS = re.compile(r"[\u04d8\u04d9\u0492\u0493\u049a\u049b\u04a2\u04a3\u04e8\u04e9"
                             r"\u04b0\u04b1\u04ae\u04af\u04ba\u04bb\u0406\u0456]")


@dataclass(frozen=True)
class PageColors:
    """Colours the page needs beyond the widget's own text and background (theme-dependent)."""
    muted: str = "#5c5c58"
    link: str = "#1a56a0"
    border: str = "#7a7a75"     # figures-table lines: 3:1 on the page and on the header row
    box: str = "#f4f1e6"        # note on sources, personal note
    header: str = "#ebebe6"     # table header row
    warning: str = "#8a4b00"    # "superseded"


LIGHT_PAGE = PageColors()
DARK_PAGE = PageColors(muted="#a9a9a4", link="#8ab8f0", border="#858790", box="#2f2d26",
                       header="#2c2e31", warning="#f0b060")


def entry_url(entry_id: str) -> str:
    return f"{ENTRY_SCHEME}:{quote(entry_id, safe='')}"


def indicator_url(indicator_id: str) -> str:
    return f"{INDICATOR_SCHEME}:{quote(indicator_id, safe='')}"


def source_url(source_id: str) -> str:
    return f"{SOURCE_SCHEME}:{quote(source_id, safe='')}"


def term_url(term_id: str) -> str:
    return f"{TERM_SCHEME}:{quote(term_id, safe='')}"


def search_url(text: str) -> str:
    return f"{SEARCH_SCHEME}:{quote(text, safe='')}"


def institution_url(institution_id: str) -> str:
    return f"{INSTITUTION_SCHEME}:{quote(institution_id, safe='')}"


def source_anchor(number: int) -> str:
    """The name of the n-th source in an entry's Sources list; `[n]` markers link to `#` + it."""
    return f"source-{number}"


def _cite_link(number: int, colors: PageColors) -> str:
    """An `[n]` marker that jumps to the n-th source of the page's Sources list."""
    return (f'<a href="#{source_anchor(number)}" style="color:{colors.link}; text-decoration:none;">'
            f"[{number}]</a>")


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


def translation_notice() -> str:
    """The line every translated page and printout carries ("" in English)."""
    if translations.current_language() == "en":
        return ""
    return translate("EntryPage", "This is a translation from English; the English text is authoritative. "
                                  "Where a field has no translation yet, the English is shown.")


def _notice_html(colors: PageColors) -> str:
    notice = translation_notice()
    return f'<p style="color:{colors.muted};"><i>{esc(notice)}</i></p>' if notice else ""


def meta_line(entry: Entry) -> str:
    parts = [format_data_date(entry.date), entry.category_name]
    if entry.package_name:
        parts.append(entry.package_name)
    return " \u00b7 ".join(parts)


def fate_line(entry: Entry) -> str:
    """The status line of a rule whose fate under the 2026 Constitution the sources leave open
    (`unconfirmed_from`), in the interface language; "" for any other entry."""
    if not entry.unconfirmed_from:
        return ""
    return translate("EntryPage", "Not confirmed since {date}: the sources do not say whether the rule "
                                  "still applies.").format(date=format_data_date(entry.unconfirmed_from))


def _link(url: str, text: str, colors: PageColors) -> str:
    return f'<a href="{esc(url)}" style="color:{colors.link};">{esc(text)}</a>'


def _ref_link(ref: EntryRef, colors: PageColors) -> str:
    date = esc(format_data_date(ref.date))
    return f"{_link(entry_url(ref.id), ref.title, colors)} <span style=\"color:{colors.muted};\">({date})</span>"


def _paragraphs(text: str) -> str:
    return "".join(f"<p>{esc(p).replace(chr(10), ' ')}</p>" for p in text.split("\n\n") if p.strip())


def _multiline(text: str) -> str:
    return "<br/>".join(esc(line) for line in text.strip().splitlines())


def _source_citation_html(source: Source, colors: PageColors, linked: bool) -> str:
    """Publisher, title (quoted only if it is a real headline, gloss in brackets), date, document
    number; then the address, a clickable link where it is a safe http(s) address."""
    parts = [esc(p) for p in (source.publisher, source.title_text, source.date, source.doc_number) if p]
    html = ", ".join(parts) + "."
    url = safe_external_url(source.url) if source.url else None
    if url and linked:
        html += " " + _link(url, url, colors)
    elif source.url:
        html += " " + esc(source.url)
    if linked:  # on screen: what else in the atlas relies on this source (the Sources view)
        what_else = QCoreApplication.translate("EntryPage", "what else cites it")
        html += (f' <a href="{esc(source_url(source.id))}" style="color:{colors.muted};">'
                 f"\u2192 {esc(what_else)}</a>")
    return html


def _figures_table(entry: Entry, colors: PageColors, source_numbers: dict[str, int],
                   plotted: frozenset[str] = frozenset()) -> str:
    head_style = f'style="background-color:{colors.header};"'
    heads = (translate("EntryPage", "Figure"), translate("EntryPage", "Before"), translate("EntryPage", "After"),
             translate("EntryPage", "Unit"), translate("EntryPage", "Source"))
    # Headings never break inside a word ("Uni/t" in a narrow pane): nowrap. Everything reads
    # left-aligned, values too: "more than $15,000" and "2 of 3" are text, not a column of sums.
    cells = "".join(f'<th align="left" style="white-space:nowrap">{esc(h)}</th>'
                    + ("<th></th>" if n == 1 else "") for n, h in enumerate(heads))
    rows = [f"<thead><tr {head_style}>{cells}</tr></thead>"]  # a header row: printed again atop each page
    for figure in entry.figures:
        number = source_numbers.get(figure.source_id)
        cite = _cite_link(number, colors) if number else esc(figure.source_id)
        arrow = "\u2192" if figure.before and figure.after else ""
        label = esc(figure.label)
        if figure.indicator_id in plotted:
            label += " " + _link(indicator_url(figure.indicator_id),
                                  "\u2197 " + translate("EntryPage", "plot"), colors)
        rows.append(f"<tr><td>{label}</td><td>{esc(figure.before) or DASH}</td>"
                    f"<td align=\"center\">{arrow}</td><td>{esc(figure.after) or DASH}</td>"
                    f"<td>{esc(figure.unit)}</td><td>{cite}</td></tr>")
    return (f'<table width="100%" cellspacing="0" cellpadding="4" border="1" '
            f'style="border-color:{colors.border}; border-style:solid; border-collapse:collapse;">'
            + "".join(rows) + "</table>")


def _assessments_html(entry: Entry, colors: PageColors, source_numbers: dict[str, int]) -> str:
    """Each finding with who made it, when, its stance if the source supports one, and [n]."""
    items = []
    for judged in entry.assessments:
        head = f"<b>{esc(judged.by)}</b>, {esc(format_data_date(judged.date))}"
        if judged.stance:
            stance = labels.label(labels.STANCE, judged.stance)
            head += f' <span style="color:{colors.muted};">\u00b7 {esc(stance)}</span>'
        cites = "".join(_cite_link(source_numbers[s], colors) if s in source_numbers else f"[{esc(s)}]"
                        for s in judged.sources)
        items.append(f"<li>{head}: {esc(judged.finding)} {cites}</li>")
    return "<ul>" + "".join(items) + "</ul>"


def _boxed(title: str, inner: str, colors: PageColors) -> str:
    return (f'<table width="100%" cellspacing="0" cellpadding="8" style="background-color:{colors.box}; '
            f'margin-top:10px; margin-bottom:6px;"><tr><td><b>{esc(title)}</b><br/>{inner}</td></tr></table>')


def _status_line(entry: Entry, colors: PageColors) -> str:
    status_label = labels.status(entry.status)
    status = f"<b>{esc(status_label)}</b>"
    if entry.superseded_by:
        status = esc(translate("EntryPage", "{status} by {entry}")).format(
            status=f'<b style="color:{colors.warning};">{esc(status_label)}</b>',
            entry=_ref_link(entry.superseded_by, colors))
    confidence = labels.confidence(entry.confidence)
    line = (esc(translate("EntryPage", "Status:")) + f" {status} \u00b7 "
            + esc(translate("EntryPage", "Confidence:")) + f" {esc(confidence)}")
    if fate_line(entry):
        line += f'<br/><span style="color:{colors.warning};">{esc(fate_line(entry))}</span>'
    if entry.supersedes:
        line += "<br/>" + esc(translate("EntryPage", "Replaces:")) + " " + ", ".join(
            _ref_link(r, colors) for r in entry.supersedes)
    return f"<p>{line}</p>"


def entry_page_html(entry: Entry, colors: PageColors = LIGHT_PAGE, note: str | None = None,
                    bookmarked: bool = False, series: list[tuple[str, str]] = ()) -> str:
    """The whole entry as the reading pane shows it; `series` are (id, name) of the indicator
    series the entry's figures belong to or that cite it."""
    source_numbers = {s.id: n for n, s in enumerate(entry.sources, 1)}
    out = [f"<h1>{esc(entry.title)}</h1>",
           f'<p style="color:{colors.muted};">{esc(meta_line(entry))}'
           + (" \u00b7 \u2605 " + esc(translate("EntryPage", "Bookmarked")) if bookmarked else "") + "</p>",
           _notice_html(colors),
           _status_line(entry, colors)]
    if note and note.strip():
        out.append(_boxed(translate("EntryPage", "Your note"), _multiline(note), colors))
    out.append(f"<p><b>{esc(entry.summary)}</b></p>")
    out.append(_paragraphs(entry.body))
    if entry.figures:
        out.append("<h2>" + esc(translate("EntryPage", "Figures")) + "</h2>")
        out.append(_figures_table(entry, colors, source_numbers, frozenset(i for i, _ in series)))
    if entry.assessments:
        out.append("<h2>" + esc(translate("EntryPage", "Assessments")) + "</h2>")
        out.append(_assessments_html(entry, colors, source_numbers))
    if series:
        out.append("<h2>" + esc(translate("EntryPage", "Indicator series")) + "</h2>")
        out.append("<p>" + " \u00b7 ".join(_link(indicator_url(i), name, colors) for i, name in series) + "</p>")
    if entry.institutions:
        out.append("<h2>" + esc(translate("EntryPage", "Institutions")) + "</h2>")
        out.append("<p>" + " \u00b7 ".join(_link(institution_url(i.id), i.name, colors) for i in entry.institutions)
                   + "</p>")
    if entry.related:
        out.append("<h2>" + esc(translate("EntryPage", "Related entries")) + "</h2>" + "<ul>")
        out += [f"<li>{_ref_link(r, colors)}</li>" for r in entry.related]
        out.append("</ul>")
    if entry.source_note:
        out.append(_boxed(translate("EntryPage", "Note on sources"), _paragraphs(entry.source_note), colors))
    out.append("<h2>" + esc(translate("EntryPage", "Sources")) + "</h2>" + "<ol>")
    out += [f'<li><a name="{source_anchor(n)}"></a>{_source_citation_html(s, colors, linked=True)}</li>'
            for n, s in enumerate(entry.sources, 1)]
    out.append("</ol>")
    return "\n".join(out)


def institution_page_html(institution: dict, entries: list[EntryRef], colors: PageColors = LIGHT_PAGE) -> str:
    """An institution with the entries that concern it (reached from an entry's institution link)."""
    names = native_names(list(institution.get("aliases", [])))
    out = [f"<h1>{esc(institution['name'])}</h1>"]
    if names:
        out.append(f'<p style="color:{colors.muted};">{esc(DOT.join(names))}</p>')
    if institution.get("description"):
        out.append(_paragraphs(institution["description"]))
    out.append("<h2>" + esc(translate("EntryPage", "Entries about this institution ({n})").format(n=len(entries)))
               + "</h2><ul>")
    out += [f"<li>{_ref_link(r, colors)}</li>" for r in entries]
    out.append("</ul>")
    return "\n".join(out)


# ---------------------------------------------------------------------------------------------
# Pieces the printed entries share with the page (ui/paper/entry_print.py prints entries).

figures_table_html = _figures_table
assessments_html = _assessments_html
source_citation_html = _source_citation_html
paragraphs_html = _paragraphs
multiline_html = _multiline
