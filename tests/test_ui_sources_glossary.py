"""The Sources and Glossary views, and the entry page's [n] markers: links, filters, keys, escaping."""

from __future__ import annotations

import shutil
import sqlite3

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QImage, QTextCursor, QTextDocument
from PySide6.QtWidgets import QApplication, QTextBrowser

from db.atlas import Atlas
from db.build.database import build_database
from tests.conftest import run_cli
from tests.ui_helpers import app_names, make_window, type_text, user_store, window  # noqa: F401 - fixture
from ui.entry.entry_html import entry_page_html
from ui.glossary.glossary_view import GlossaryModel, GlossaryView
from ui.sources.sources_model import CITED, SourcesFilter, SourcesModel
from ui.sources.sources_view import SourcesView

HOSTILE_SOURCE = """
[[source]]
id = "zz-hostile"
title = "Headline <b>bold</b> & <img src=\\"file:///etc/hostname\\">"
publisher = "<script>alert(1)</script> Press"
date = "2024-05-01"
kind = "news"
url = "https://example.org/placeholder"
note = "Note <i>plain</i>"
"""
# The build refuses an address that is not a plain http(s) one (issue 9), so the crafted address
# is written into the built database, as an edited database would carry it.
HOSTILE_URL = 'https://example.org/a"><img src=x>'
HOSTILE_TERM = """
[[term]]
id = "zz-hostile-term"
term = "Term <b>bold</b>"
definition = "Defined <img src=\\"file:///etc/hostname\\"> here & there."
aliases = ["<i>alias</i>", "Мәжіліс-<u>x</u>"]
sources = ["zz-hostile"]
"""
HOSTILE_ENTRY = """
[[entry]]
id = "zz-hostile-entry"
title = "Entry <b>bold</b>"
date = "2024-05-01"
category = "economy"
status = "adopted"
confidence = "H"
summary = "Summary."
body = "Body."
sources = ["zz-hostile"]
"""


@pytest.fixture(scope="module")
def hostile_atlas(tmp_path_factory):
    from db.freshness import DATA_DIR
    data = tmp_path_factory.mktemp("hostile-sources") / "data"
    shutil.copytree(DATA_DIR, data)
    with open(data / "sources.toml", "a", encoding="utf-8") as f:
        f.write(HOSTILE_SOURCE)
    with open(data / "glossary.toml", "a", encoding="utf-8") as f:
        f.write(HOSTILE_TERM)
    (data / "entries" / "zz-hostile.toml").write_text(HOSTILE_ENTRY, encoding="utf-8")
    path = data.parent / "reforms.db"
    build_database(path, data)
    conn = sqlite3.connect(path)
    conn.execute("UPDATE sources SET url = ? WHERE id = 'zz-hostile'", (HOSTILE_URL,))
    conn.commit()
    conn.close()
    atlas = Atlas(path)
    yield atlas
    atlas.close()


def _link_fragments(browser: QTextBrowser) -> dict[str, int]:
    """href -> document position of the first link with that href."""
    found: dict[str, int] = {}
    block = browser.document().begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fragment = it.fragment()
            href = fragment.charFormat().anchorHref()
            if href and href not in found:
                found[href] = fragment.position()
            it += 1
        block = block.next()
    return found


def click_link(qtbot, browser: QTextBrowser, href: str) -> None:
    """Click the link with this href as a reader would: scroll it into view, press on it."""
    qtbot.mouseClick(browser.viewport(), Qt.LeftButton, pos=link_point(browser, href))


def link_point(browser: QTextBrowser, href: str) -> QPoint:
    """Scroll the link with this href into view; the point to press on it."""
    position = _link_fragments(browser)[href]
    cursor = QTextCursor(browser.document())
    cursor.setPosition(position + 1)
    browser.setTextCursor(cursor)
    browser.ensureCursorVisible()
    rect = browser.cursorRect(cursor)
    point = QPoint(rect.left() - 2, rect.center().y())
    assert browser.anchorAt(point) == href
    return point


def _images(document: QTextDocument) -> int:
    html = document.toHtml()
    return html.count("<img")


# -- the entry page's [n] markers ------------------------------------------------------------

def test_markers_link_to_their_source_and_preview_it(qtbot, window, atlas):
    entry = next(e for e in map(atlas.entry, (r.id for r in atlas.entry_refs()))
                 if len(e.sources) >= 3 and any(f.source_id for f in e.figures))
    html = entry_page_html(entry)
    numbers = {s.id: n for n, s in enumerate(entry.sources, 1)}
    for figure in entry.figures:
        if figure.source_id:
            assert f'href="#source-{numbers[figure.source_id]}"' in html
    assert all(f'name="source-{n}"' in html for n in numbers.values())
    window.resize(1000, 600)
    window.open_entry(entry.id)
    page = window.entry_panel.page
    page.verticalScrollBar().setValue(0)
    last = len(entry.sources)
    page.follow(QUrl(f"#source-{last}"))
    assert page.verticalScrollBar().value() > 0  # the list is below the fold; the page moved to it
    cited = entry.sources[last - 1]
    assert cited.publisher in page.textCursor().selectedText()  # and the cited source is selected
    messages = []
    page.linkHovered.connect(messages.append)
    page.highlighted.emit(QUrl("#source-1"))
    assert messages == [f"Source [1]: {entry.sources[0].citation()}"]
    click_link(qtbot, page, f"source:{entry.sources[0].id}")  # what else cites it
    assert window.views.current_name == "sources"
    assert window.views.view("sources").current_item().source.id == entry.sources[0].id


def test_an_assessment_marker_is_clickable(qtbot, window, atlas):
    entry = next(e for e in map(atlas.entry, (r.id for r in atlas.entry_refs())) if e.assessments)
    window.resize(1000, 600)
    window.open_entry(entry.id)
    page = window.entry_panel.page
    href = next(h for h in _link_fragments(page) if h.startswith("#source-"))
    point = link_point(page, href)
    before = page.verticalScrollBar().value()
    qtbot.mouseClick(page.viewport(), Qt.LeftButton, pos=point)
    assert page.verticalScrollBar().value() > before  # down to the Sources list
    assert window.entry_panel.entry.id == entry.id  # a marker never leaves the page


# -- Sources view -----------------------------------------------------------------------------

def test_sources_models_pass_the_model_tester(qtmodeltester, atlas):
    model = SourcesModel(atlas.bibliography())
    qtmodeltester.check(model)
    proxy = SourcesFilter()
    proxy.setSourceModel(model)
    proxy.set_text("akorda")
    qtmodeltester.check(proxy)
    assert 0 < proxy.rowCount() < model.rowCount()


def test_sources_filter_as_you_type_and_sort(qtbot, atlas):
    view = SourcesView(atlas)
    qtbot.addWidget(view)
    total = view.model.rowCount()
    assert view.count.text() == f"{total} sources"
    type_text(view.filter, "amnesty")
    shown = view.proxy.rowCount()
    assert 0 < shown < total and view.count.text() == f"{shown} of {total}"
    for row in range(shown):
        item = view.model.item(view.proxy.mapToSource(view.proxy.index(row, 0)).row())
        assert "amnesty" in (item.source.title + item.source.publisher + item.source.url).lower()
    view.filter.clear()
    type_text(view.filter, "rferl.org")  # an address
    assert view.proxy.rowCount() >= 1
    view.filter.clear()
    assert view.proxy.rowCount() == total
    view.table.horizontalHeader().setSortIndicator(CITED, Qt.DescendingOrder)
    counts = [int(view.proxy.index(r, CITED).data()) for r in range(total)]
    assert counts == sorted(counts, reverse=True) and counts[0] > counts[-1]
    height = view.table.rowHeight(0)
    font = view.table.font()
    font.setPointSizeF(font.pointSizeF() * 1.6)  # the window's text zoom sets the table's font
    view.table.setFont(font)
    assert view.table.rowHeight(0) > height


def test_the_publisher_column_never_hides_its_heading(qtbot, atlas):
    """In a narrow table the publisher column still shows its whole heading and the sort arrow
    (the Kazakh heading touched the arrow)."""
    from ui.sources.sources_model import PUBLISHER
    view = SourcesView(atlas)
    qtbot.addWidget(view)
    view.resize(300, 400)
    view.show()
    header = view.table.horizontalHeader()
    qtbot.waitUntil(lambda: view.table.viewport().width() > 0)
    qtbot.waitUntil(lambda: header.sectionSize(PUBLISHER) >= header.sectionSizeHint(PUBLISHER))
    assert header.sectionSizeHint(PUBLISHER) > view.table.viewport().width() // 4  # the case that mattered


def test_a_source_lists_what_cites_it_and_an_entry_opens_on_click(qtbot, window, atlas):
    window.show_view("sources")
    assert window.open_source("rferl-2023-01")
    view = window.views.view("sources")
    text = view.details.toPlainText()
    cited = atlas.citations_of("rferl-2023-01")
    assert all(c.label in text for c in cited) and f"Cited by ({len(cited)})" in text
    target = next(c.entry_id for c in cited if c.kind == "entry")
    click_link(qtbot, view.details, f"entry:{target}")
    assert window.entry_panel.entry.id == target and window.entry_panel.isVisible()
    term = next(c.target_id for c in cited if c.kind == "glossary")
    click_link(qtbot, view.details, f"term:{term}")
    assert window.views.current_name == "glossary"
    assert window.views.view("glossary").current_term()["id"] == term


def test_an_address_opens_in_the_system_browser_only_on_click(qtbot, window, atlas, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url.toString()) or True)
    item = next(i for i in atlas.bibliography() if i.source.url.startswith("https://"))
    view = window.show_view("sources")
    view.select_source(item.source.id)
    assert item.source.url in view.details.toPlainText() and opened == []
    messages = []
    window.statusBar().messageChanged.connect(messages.append)
    view.details.highlighted.emit(QUrl(item.source.url))
    assert messages[-1] == "Opens in your web browser: " + item.source.url
    click_link(qtbot, view.details, item.source.url)
    assert opened == [item.source.url]


def test_sources_view_shows_crafted_text_literally(qtbot, hostile_atlas, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    view = SourcesView(hostile_atlas)
    qtbot.addWidget(view)
    assert view.select_source("zz-hostile")
    text = view.details.toPlainText()
    assert 'Headline <b>bold</b> & <img src="file:///etc/hostname">' in text
    assert "<script>alert(1)</script> Press" in text and "Note <i>plain</i>" in text
    assert 'https://example.org/a"><img src=x>' in text  # not a safe address: text, not a link
    assert _images(view.details.document()) == 0
    assert all(h.startswith(("entry:", "term:", "institution:", "indicator:")) for h in _link_fragments(view.details))
    tip = view.table.currentIndex().data(Qt.ToolTipRole)
    doc = QTextDocument()
    doc.setHtml(tip)
    assert "<b>bold</b>" in doc.toPlainText() and _images(doc) == 0
    assert opened == []


# -- Glossary view ----------------------------------------------------------------------------

def test_glossary_model_passes_the_model_tester(qtmodeltester, atlas):
    model = GlossaryModel(atlas.glossary())
    qtmodeltester.check(model)
    model.set_filter("парламент")
    qtmodeltester.check(model)


@pytest.mark.parametrize("typed", ["Мәжіліс", "мажилис", "mazhilis"])
def test_glossary_filter_folds_scripts(qtbot, atlas, typed):
    view = GlossaryView(atlas)
    qtbot.addWidget(view)
    type_text(view.filter, typed)
    assert view.current_term()["id"] == "mazhilis"
    assert "Мәжіліс" in view.details.toPlainText()  # every spelling is shown


def test_a_term_lists_its_entries_and_institution_and_opens_them(qtbot, window, atlas):
    view = window.show_view("glossary")
    assert view.select_term("senate")
    text = view.details.toPlainText()
    assert "Entries that mention it" in text and "Entries about" in text
    hrefs = _link_fragments(view.details)
    assert "institution:senate" in hrefs
    first_entry = next(h for h in hrefs if h.startswith("entry:"))
    click_link(qtbot, view.details, first_entry)
    assert window.entry_panel.entry.id == first_entry.removeprefix("entry:")
    click_link(qtbot, view.details, "institution:senate")
    assert window.entry_panel.location.kind == "institution"
    source = next(h for h in hrefs if h.startswith("source:"))
    click_link(qtbot, view.details, source)
    assert window.views.current_name == "sources"
    assert window.views.view("sources").current_item().source.id == source.removeprefix("source:")


def test_glossary_view_shows_crafted_text_literally(qtbot, hostile_atlas):
    view = GlossaryView(hostile_atlas)
    qtbot.addWidget(view)
    assert view.select_term("zz-hostile-term")
    text = view.details.toPlainText()
    assert "Term <b>bold</b>" in text and 'Defined <img src="file:///etc/hostname"> here & there.' in text
    assert "<i>alias</i>" in text and "Мәжіліс-<u>x</u>" in text
    assert _images(view.details.document()) == 0
    assert view.list.currentIndex().data() == "Term <b>bold</b>"


# -- keys, menu, screenshots ------------------------------------------------------------------

def test_both_views_are_reachable_by_keyboard(qtbot, qapp, atlas):
    app_names(qapp)
    store = user_store()
    window = make_window(qtbot, atlas, store)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is not None, timeout=3000)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_7, Qt.ControlModifier)
    sources = window.views.view("sources")
    assert window.views.current_name == "sources"
    qtbot.waitUntil(sources.filter.hasFocus, timeout=3000)
    type_text(sources.filter, "akorda")
    qtbot.keyClick(sources.filter, Qt.Key_Down)
    assert sources.table.hasFocus() and "akorda" in sources.current_item().source.id
    qtbot.keyClick(sources.table, Qt.Key_Return)
    assert sources.details.hasFocus()
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key_6, Qt.ControlModifier)
    glossary = window.views.view("glossary")
    assert window.views.current_name == "glossary"
    qtbot.waitUntil(glossary.filter.hasFocus, timeout=3000)
    type_text(glossary.filter, "Сенат")
    qtbot.keyClick(glossary.filter, Qt.Key_Return)
    assert glossary.list.hasFocus() and glossary.current_term()["id"] == "senate"
    qtbot.keyClick(glossary.list, Qt.Key_Return)  # Enter runs the search for the term
    assert window.views.current_name == "search" and window.search.field.text() == "Senate"
    names = [a.text().replace("&", "") for a in window.menuBar().actions()[2].menu().actions()]
    assert "Glossary" in names and "Sources" in names
    assert window.menu_actions["view:glossary"] in window.toolbar.actions()
    window.settings = None
    window.close()
    store.close()


@pytest.mark.parametrize("view", ["glossary", "sources"])
def test_screenshot_of_the_view(db_path, tmp_path, view):
    out = tmp_path / f"{view}.png"
    result = run_cli("screenshot", str(out), "--view", view, "--size", "1024x640", "--theme", "dark", db=db_path)
    assert result.returncode == 0, result.stderr
    image = QImage(str(out))
    assert (image.width(), image.height()) == (1024, 640)
    assert image.pixelColor(700, 400).lightness() < 100  # the dark details pane fills the right side


def test_source_page_shows_gloss_document_number_and_quotes_only_headlines():
    from models.bibliography import BibliographyItem, Citation
    from models.entry import Source
    from ui.sources.sources_html import source_page_html
    law = Source("law-153-vii", "Закон о Конституционном Суде", "Adilet", "2022-11-05", kind="legal-text",
                 title_en="Law on the Constitutional Court", doc_number="No. 153-VII")
    doc = QTextDocument()
    doc.setHtml(source_page_html(BibliographyItem(law, (Citation("entry", "Court re-established", "court", "court"),))))
    text = doc.toPlainText()
    assert "\u201cЗакон о Конституционном Суде\u201d [Law on the Constitutional Court]" in text
    assert "Document: No. 153-VII" in text and "No address" not in text
    report = Source("r", "Report on the referendum", "Qazinform", "2026-01", described=True,
                    url="https://qazinform.com/x")
    doc.setHtml(source_page_html(BibliographyItem(report)))
    text = doc.toPlainText()
    assert "Report on the referendum" in text and "\u201cReport on the referendum\u201d" not in text
    assert "Address: https://qazinform.com/x" in text and "Nothing in the atlas cites this source." in text
