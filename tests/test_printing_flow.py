"""Citable printouts: entries flow on from page to page with sensible cuts, a cite block under
each, summaries or full entries, the reader's notes on request; Entry → Copy citation as…."""

from __future__ import annotations

import dataclasses
import datetime as dt
import json
import re

import pytest
from PySide6.QtCore import QBuffer, QSizeF, QTimer
from PySide6.QtGui import QGuiApplication, QPdfWriter
from PySide6.QtWidgets import QApplication

from db.user_store import UserStore
from models.citation import PLAIN_TEMPLATE
from tests.conftest import run_cli
from tests.test_citation import parse_bibtex, parse_ris
from tests.test_ui_printing import pdf_pages
from tests.ui_helpers import window  # noqa: F401 - fixture
from ui.i18n import translations
from ui.paper import flow, paper, printing
from ui.paper.entry_print import PrintOptions, citation_template
from ui.paper.print_options import PrintOptionsDialog

TWO = ["constitutional-referendum-2022", "january-2022-events"]


# -- where pages are cut ------------------------------------------------------------------------

def test_a_cut_moves_up_to_the_top_of_a_zone_it_would_split():
    assert flow.slices([(90, 110)], 250, 100) == [(0, 90), (90, 190), (190, 250)]
    # an enclosing zone (a heading with its first lines) moves it further up
    assert flow.slices([(90, 110), (80, 120)], 200, 100)[0] == (0, 80)


def test_a_zone_taller_than_a_page_is_cut_anyway():
    assert flow.slices([(10, 300)], 300, 100) == [(0, 100), (100, 200), (200, 300)]
    assert flow.slices([], 0, 100) == [(0.0, 0.0)]


def test_a_page_inside_a_long_tables_body_has_room_for_its_header_repeated():
    repeats = [flow.Repeat(50, 250, (40, 50))]  # a header 10 high above a body from 50 to 250
    assert flow.slices([], 300, 100, repeats) == [(0, 100), (100, 190), (190, 280), (280, 300)]
    assert [flow.header_at(start, repeats) for start in (0, 50, 100, 249.9, 250)] == [None, (40, 50), (40, 50),
                                                                                       None, None]


def _laid_out(atlas, ids, options):
    # The page geometry a PDF export uses (paper.write_pdf), on a writer that never writes a page.
    writer = QPdfWriter(QBuffer())
    writer.setResolution(paper.PDF_RESOLUTION)
    paper.set_page_layout(writer)
    doc = printing.build_document([atlas.entry(i) for i in ids], atlas.data_version, options,
                                  names=printing.institution_names(atlas))
    doc.documentLayout().setPaintDevice(writer)
    sheet = paper.Sheet(writer)
    doc.setPageSize(QSizeF(sheet.body.width(), -1))
    return doc, sheet.body.height()


def test_headings_stay_with_their_text_andtable_row_zones_are_never_split(qapp, atlas):
    ids = [ref.id for ref in atlas.entry_refs()][:30]
    doc, page = _laid_out(atlas, ids, PrintOptions(full=True))
    cuts = [cut.bottom for cut in flow.flow_slices(doc, page)][:-1]
    assert len(cuts) > 5
    layout = doc.documentLayout()
    lines, headings, block = [], 0, doc.begin()
    while block.isValid():
        top = layout.blockBoundingRect(block).top()
        text = block.layout()
        mine = [(top + text.lineAt(i).y(), top + text.lineAt(i).y() + text.lineAt(i).height())
                for i in range(text.lineCount())]
        if block.blockFormat().headingLevel() and mine:
            headings += 1
            following = block.next()
            below = layout.blockBoundingRect(following).top() + following.layout().lineAt(0).height()
            assert not any(mine[0][0] < cut < below for cut in cuts), f"heading {block.text()!r} left alone"
        lines += mine
        block = block.next()
    assert headings > 30
    assert not any(top < cut < bottom - 0.5 for top, bottom in lines for cut in cuts)  # no line cut in two
    rows = set(flow.table_row_zones(doc).values())
    assert len(rows) > 20
    assert not any(top < cut < bottom for top, bottom in rows for cut in cuts)


def test_all_entries_take_far_fewer_pages_than_entries(qapp, atlas, tmp_path):
    ids = [ref.id for ref in atlas.entry_refs()]
    pages = printing.export_pdf(atlas, ids, tmp_path / "all.pdf")
    assert pages * 1.8 < len(ids)


# -- what is printed ------------------------------------------------------------------------------

def test_every_entry_has_a_cite_block_with_versions_id_and_print_date(qapp, atlas, tmp_path):
    out = tmp_path / "two.pdf"
    printing.export_pdf(atlas, TWO, out)
    whole = " ".join(pdf_pages(out))
    assert whole.count("Cite this entry") == 2
    today = dt.date.today()
    printed = f"Printed {today.day} {today.strftime('%B')} {today.year}"
    assert whole.count(printed) == 2
    unbroken = whole.replace("- ", "-")  # the citation is prose: a line may end at a hyphen of the id
    for entry_id in TWO:
        assert f"Entry {entry_id} · " in whole and f"entry “{entry_id}”" in unbroken
    assert whole.count(f"Kazakhstan Reform Atlas 1.0.0 · Data version {atlas.data_version}") == 2
    assert "In Kazakhstan Reform Atlas, version 1.0.0" in whole


def test_summaries_are_short_and_full_entries_have_everything(qapp, atlas):
    entry = atlas.entry("constitutional-referendum-2022")
    url = next(s.url for s in entry.sources if s.url)
    summary = printing.build_document([entry], atlas.data_version).toPlainText()
    full = printing.build_document([entry], atlas.data_version, PrintOptions(full=True)).toPlainText()
    assert entry.summary in summary and entry.sources[0].title in summary
    assert url not in summary and "Figures" not in summary and entry.paragraphs[0][:60] not in summary
    assert url in full and "Figures" in full and "Assessments" in full and "Institutions:" in full
    assert entry.paragraphs[0][:60] in " ".join(full.split())


def test_notes_are_printed_only_when_asked(qapp, atlas):
    entry = atlas.entry(TWO[0])
    notes = {TWO[0]: "Ask about the quorum <b>rule</b>"}
    without = printing.build_document([entry], atlas.data_version, PrintOptions(), notes).toPlainText()
    assert "quorum" not in without and "Your note" not in without
    with_notes = printing.build_document([entry], atlas.data_version, PrintOptions(notes=True), notes).toPlainText()
    assert "Your note" in with_notes and "Ask about the quorum <b>rule</b>" in with_notes  # escaped, shown as text


def test_the_citation_template_is_the_models_one(qapp):
    assert citation_template() == PLAIN_TEMPLATE


def test_kazakh_printout_keeps_the_translation_notice_and_dates_the_print_in_kazakh(qapp, atlas, tmp_path):
    translations.install("kk")
    try:
        out = tmp_path / "kk.pdf"
        printing.export_pdf(atlas, TWO[:1], out)
    finally:
        translations.install("en")
    whole = " ".join(pdf_pages(out))
    assert "аудармасы" in whole or "аударма" in whole
    assert "Бұл жазбаға сілтеме беру" in whole
    assert re.search(r"Басып шығарылған күні: \d{4} жылғы \d{1,2} [а-яәғқңөұүһі]+", whole)


def test_cli_print_full_with_notes_reads_the_windows_bookmarks(db_path, tmp_path, isolated_user_data):
    store = UserStore.open(isolated_user_data)
    store.add(TWO[0], "t")
    store.set_note(TWO[0], "My remark on the referendum")
    store.close()
    out = tmp_path / "full.pdf"
    result = run_cli("print", *TWO, "--pdf", str(out), "--full", "--notes", db=db_path)
    assert result.returncode == 0, result.stderr
    whole = " ".join(pdf_pages(out))
    assert "My remark on the referendum" in whole and "Figures" in whole
    plain = run_cli("print", *TWO, "--pdf", str(out), db=db_path)
    assert plain.returncode == 0
    assert "My remark" not in " ".join(pdf_pages(out))


# -- the window -------------------------------------------------------------------------------------

def test_options_dialog_offers_notes_only_when_there_are_some(qtbot):
    dialog = PrintOptionsDialog(PrintOptions(full=True, notes=True), 3, 0)
    qtbot.addWidget(dialog)
    assert dialog.full.isChecked() and not dialog.notes.isEnabled()
    assert dialog.options() == PrintOptions(full=True, notes=False)
    other = PrintOptionsDialog(PrintOptions(), 3, 2)
    qtbot.addWidget(other)
    assert other.summaries.isChecked() and other.notes.isEnabled()
    other.notes.setChecked(True)
    assert other.options() == PrintOptions(full=False, notes=True)


def test_export_from_the_window_asks_for_full_entries_and_notes(qtbot, window, tmp_path):
    window.open_entry(TWO[0])
    window.entry_panel.save_note("A note to print")
    out = tmp_path / "entry.pdf"

    def choose():
        dialog = QApplication.activeModalWidget()
        if not isinstance(dialog, PrintOptionsDialog):
            QTimer.singleShot(10, choose)
            return
        dialog.full.setChecked(True)
        dialog.notes.setChecked(True)
        dialog.accept()

    QTimer.singleShot(0, choose)
    with qtbot.waitSignal(window.printer.finished, timeout=20000) as done:
        window.printer.export_pdf(*window.print_ids("entry"), path=out)
    assert done.args == [True]
    whole = " ".join(pdf_pages(out))
    assert "A note to print" in whole and "Figures" in whole and "Cite this entry" in whole
    assert window.printer.options == PrintOptions(full=True, notes=True)  # offered again next time


@pytest.mark.parametrize("fmt", ["text", "ris", "bibtex", "csl-json"])
def test_copy_citation_as_puts_a_valid_record_on_the_clipboard(qtbot, window, atlas, fmt):
    window.open_entry(TWO[0])
    submenu = window.menu_actions["copy-citation-as"].menu()
    actions = [a for a in submenu.actions() if not a.isSeparator()]
    assert actions[0].text() == "Plain text" and len(actions) == 4
    window.entry_panel.copy_citation_as_actions[fmt].trigger()
    text = QGuiApplication.clipboard().text()
    title = atlas.entry(TWO[0]).title
    if fmt == "text":
        assert title in text and atlas.data_version in text and text.count("\n") == 1
    elif fmt == "ris":
        assert parse_ris(text)[0]["TI"] == [title]
    elif fmt == "bibtex":
        assert parse_bibtex(text)[0][1] == f"atlas:{TWO[0]}"
    else:
        assert json.loads(text)[0]["title"] == title
    assert "Citation copied" in window.statusBar().currentMessage()


def test_copy_citation_as_is_disabled_without_an_entry(qtbot, window):
    assert not any(a.isEnabled() for a in window.entry_panel.copy_citation_as_actions.values())


# -- long tables: the header row on every page, rows whole ---------------------------------------

def _table_pages(texts: list[str], row_text: str) -> list[str]:
    return [text for text in texts if row_text in text]


def test_a_long_figures_table_repeats_its_header_on_every_page_and_keeps_rows_whole(qapp, atlas, tmp_path):
    entry = atlas.entry("economic-growth-2023")
    long = dataclasses.replace(entry, figures=entry.figures * 8)  # a table far longer than a page
    out = tmp_path / "figures.pdf"
    pages = paper.write_pdf(out, "figures", lambda writer: printing.paint_entries(
        writer, [long], {}, atlas.data_version, PrintOptions(full=True)))
    texts = pdf_pages(out)
    assert len(texts) == pages
    first, second = "GDP per capita, 2025 (President Tokayev's", "expectation, 24 December 2025)"
    spanned = _table_pages(texts, first)
    assert len(spanned) >= 2
    assert "Figure Before After Unit Source" in spanned[0]
    for text in spanned[1:]:  # each page the table runs onto starts with its header
        body = text.split(f" of {pages} ", 1)[1]  # after the page header band and "page X of N"
        assert body.startswith("Figure Before After Unit Source"), body[:80]
    for text in spanned:
        assert text.count(first) == text.count(second)  # a two-line row never split across pages
    assert sum(text.count(first) for text in texts) == 8


def test_the_power_table_repeats_its_header_and_keeps_rows_whole(qapp, atlas, tmp_path):
    from ui.powers.power_balance_view import PowerBalanceView
    view = PowerBalanceView(atlas)
    view.set_date("2023-06-30")
    view.set_compare("2019-01-01")
    out = tmp_path / "powers.pdf"
    pages = view.render_to_pdf(out)
    texts = pdf_pages(out)
    assert len(texts) == pages >= 3
    header = "Change Holder Relation Target Detail Valid Reform entry Sources"
    for number, text in enumerate(texts[2:], 3):  # the graph, the table's first page, then its continuation
        body = text.split(f"page {number} of {pages} ", 1)[1]
        assert body.startswith(header), body[:80]
        # A row's last column (its sources) ends with a full stop or an address: never a page cut
        # in mid-row, which would start the next page with the rest of a sources cell.
        assert body[len(header):].split()[0] in {"gained", "lost", "changed", "unclear", "unchanged"}, body[:160]
