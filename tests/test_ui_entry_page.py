"""The reading pane: what an entry shows, safe display of data text, links, citation."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QSize, QUrl
from PySide6.QtGui import QGuiApplication, QTextDocument, QTextImageFormat

from db.atlas import Atlas
from db.build.database import build_database
from tests.ui_helpers import window  # noqa: F401 - fixture
from ui.entry.entry_html import entry_page_html, safe_external_url
from ui.entry.entry_page import EntryPage

HOSTILE = """
[[entry]]
id = "hostile-markup-entry"
title = "Budget <b>bold</b> & <img src=\\"file:///etc/hostname\\">"
date = "2024-05-01"
category = "economy"
status = "adopted"
confidence = "H"
summary = "Summary with <script>alert(1)</script> and <a href=\\"file:///etc/passwd\\">a link</a>."
body = \"\"\"First paragraph <i>not italic</i>.

<img src="/etc/hostname"> second paragraph.\"\"\"
source_note = "Note <b>plain</b>"
sources = ["article-2024"]

[[entry.figures]]
label = "<b>Label</b>"
before = "<i>1</i>"
after = "2"
unit = "<u>u</u>"
source = "article-2024"
"""


@pytest.fixture(scope="module")
def hostile_atlas(tmp_path_factory):
    import shutil

    from db.freshness import DATA_DIR
    data = tmp_path_factory.mktemp("hostile") / "data"
    shutil.copytree(DATA_DIR, data)
    (data / "entries" / "zz-hostile.toml").write_text(HOSTILE, encoding="utf-8")
    path = data.parent / "reforms.db"
    build_database(path, data)
    atlas = Atlas(path)
    yield atlas
    atlas.close()


def _images(document: QTextDocument) -> list[str]:
    names = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isImageFormat():
                names.append(QTextImageFormat(fmt).name())
            it += 1
        block = block.next()
    return names


def _anchors(document: QTextDocument) -> list[str]:
    hrefs = []
    block = document.begin()
    while block.isValid():
        it = block.begin()
        while not it.atEnd():
            fmt = it.fragment().charFormat()
            if fmt.isAnchor():
                hrefs.append(fmt.anchorHref())
            it += 1
        block = block.next()
    return hrefs


def test_markup_in_data_is_shown_literally_and_loads_nothing(qtbot, hostile_atlas, monkeypatch):
    from db.user_store import UserStore
    from ui.entry.entry_panel import EntryPanel
    requested = []
    monkeypatch.setattr(EntryPage, "loadResource", lambda self, kind, url: requested.append(url.toString()))
    panel = EntryPanel(hostile_atlas, UserStore.in_memory())
    qtbot.addWidget(panel)
    panel.show_entry("hostile-markup-entry")
    text = panel.page.toPlainText()
    assert 'Budget <b>bold</b> & <img src="file:///etc/hostname">' in text
    assert "<script>alert(1)</script>" in text
    assert "<i>not italic</i>" in text and '<img src="/etc/hostname">' in text
    assert "<b>Label</b>" in text and "<i>1</i>" in text and "<u>u</u>" in text
    assert "Note <b>plain</b>" in text
    assert _images(panel.page.document()) == []
    assert requested == []
    hrefs = _anchors(panel.page.document())
    # "" is a named anchor (a Sources list item that `[n]` markers jump to), not a link
    assert all(h == "" or h.startswith(("entry:", "institution:", "http", "#source-", "source:")) for h in hrefs), hrefs


def test_the_browser_refuses_every_resource(qtbot, tmp_path):
    from PySide6.QtGui import QImage, QPixmap
    picture = tmp_path / "x.png"
    QImage(4, 4, QImage.Format_RGB32).save(str(picture))
    page = EntryPage()
    qtbot.addWidget(page)
    url = QUrl.fromLocalFile(str(picture))
    assert page.loadResource(QTextDocument.ImageResource, url).size() != QImage(str(picture)).size()
    for src in (url.toString(), str(picture), "x.png"):
        page.setHtml(f'<p>x</p><img src="{src}">')
        page.grab()  # layout and paint: every resource the page wants is asked for now
        loaded = page.document().resource(QTextDocument.ImageResource, QUrl(src))
        # Qt would read the file itself if the browser gave no usable picture
        assert isinstance(loaded, (QImage, QPixmap)) and loaded.size() == QSize(1, 1), src


def test_links_internal_signals_external_only_on_click(qtbot):
    opened = []
    page = EntryPage(open_external=lambda url: opened.append(url.toString()) or True)
    qtbot.addWidget(page)
    with qtbot.waitSignal(page.entryRequested) as entry_signal:
        page.follow(QUrl("entry:death-penalty-abolished"))
    assert entry_signal.args == ["death-penalty-abolished"]
    with qtbot.waitSignal(page.institutionRequested) as inst_signal:
        page.follow(QUrl("institution:senate"))
    assert inst_signal.args == ["senate"]
    for url in ("file:///etc/passwd", "javascript:alert(1)", "data:text/html,x", "ftp://example.org/x"):
        page.follow(QUrl(url))
    assert opened == []
    page.follow(QUrl("https://example.org/report"))
    assert opened == ["https://example.org/report"]
    assert page.openLinks() is False and page.openExternalLinks() is False


def test_safe_external_url_accepts_only_plain_http():
    assert safe_external_url("https://www.akorda.kz/en/x") == "https://www.akorda.kz/en/x"
    assert safe_external_url("javascript:alert(1)") is None
    assert safe_external_url('https://x.org/"onmouseover=') is None
    assert safe_external_url("file:///etc/passwd") is None


def test_entry_page_shows_every_part(atlas):
    entry = atlas.entry("senate-presidential-quota")
    html = entry_page_html(entry, note="my <note>", bookmarked=True)
    doc = QTextDocument()
    doc.setHtml(html)
    text = doc.toPlainText()
    assert entry.title in text and "5 June 2022" in text and entry.category_name in text
    assert entry.package_name in text
    assert "Superseded" in text and entry.superseded_by.title in text
    assert entry.summary in text
    for figure in entry.figures:
        assert figure.label in text and figure.after in text
    assert "\u2192" in text and "members" in text
    assert all(i.name in text for i in entry.institutions)
    assert all(r.title in text for r in entry.related)
    assert "Note on sources" in text
    assert all(s.title in text for s in entry.sources)
    assert "my <note>" in text and "Bookmarked" in text
    assert f'href="entry:{entry.superseded_by.id}"' in html
    assert 'href="institution:senate"' in html


def test_citations_link_addresses_quote_only_headlines_and_show_dates_and_fates(atlas):
    """Issue 9: every citation shows its address as a link; descriptions are not quoted as
    headlines; an unknown date and an unconfirmed fate are said in words."""
    entry = atlas.entry("prison-healthcare-transfer")
    html = entry_page_html(entry)
    for source in entry.sources:
        assert f'href="{source.url}"' in html
    glossed = next(s for s in entry.sources if s.title_en)
    assert f"\u201c{glossed.title}\u201d [{glossed.title_en}]" in html
    undated = atlas.entry("domestic-violence-liability")
    doc = QTextDocument()
    doc.setHtml(entry_page_html(undated))
    text = doc.toPlainText()
    assert "date unknown" in text.splitlines()[1]
    described = next(s for s in undated.sources if s.described)
    assert described.title in text and f"\u201c{described.title}\u201d" not in text
    doc.setHtml(entry_page_html(atlas.entry("regional-akim-appointment-vote")))
    assert "Not confirmed since 1 July 2026" in doc.toPlainText()


def test_institution_link_lists_its_entries_and_history_records_it(qtbot, window, atlas):
    window.open_entry("senate-presidential-quota")
    window.entry_panel.page.anchorClicked.emit(QUrl("institution:senate"))
    assert window.entry_panel.location.kind == "institution"
    text = window.entry_panel.page.toPlainText()
    for ref in atlas.entries_for_institution("senate"):
        assert ref.title in text
    assert "Сенат" in text  # its Russian name
    window.entry_panel.page.anchorClicked.emit(QUrl("entry:constitutional-referendum-2022"))
    assert window.entry_panel.entry.id == "constitutional-referendum-2022"
    assert [loc.kind for loc in window.history.items][-3:] == ["entry", "institution", "entry"]


def test_copy_citation_has_title_sources_and_data_version(qtbot, window, atlas):
    window.open_entry("death-penalty-abolished")
    window.entry_panel.copy_citation_action.trigger()
    text = QGuiApplication.clipboard().text()
    entry = atlas.entry("death-penalty-abolished")
    assert entry.title in text
    assert f"data version {atlas.data_version}" in text
    assert "death-penalty-abolished" in text
    assert all(s.citation() in text for s in entry.sources)
