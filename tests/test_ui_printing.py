"""Printed entries: PDF pages with header and "page X of N", Cyrillic text, threads, cancel."""

from __future__ import annotations

import re
import unicodedata

import pytest
from pypdf import PdfReader

from tests.conftest import run_cli
from tests.ui_helpers import window  # noqa: F401 - fixture
from ui.paper import paper, printing
from ui.paper.entry_print import PrintOptions

IDS = ["senate-presidential-quota", "constitutional-referendum-2022", "death-penalty-abolished"]


def pdf_pages(path) -> list[str]:
    # NFKC undoes the ligatures the PDF font draws: a data version containing "ff" comes back
    # as "\ufb00" otherwise, and the header check would depend on the content hash.
    return [unicodedata.normalize("NFKC", " ".join(page.extract_text().split()))
            for page in PdfReader(str(path)).pages]


def test_export_pdf_has_titles_headers_page_numbers_and_cyrillic(qapp, atlas, tmp_path):
    out = tmp_path / "entries.pdf"
    pages = printing.export_pdf(atlas, IDS, out, PrintOptions(full=True))
    texts = pdf_pages(out)
    assert len(texts) == pages
    for n, text in enumerate(texts, 1):
        assert f"page {n} of {pages}" in text
        assert "Kazakhstan Reform Atlas" in text and f"Data version {atlas.data_version}" in text
    whole = " ".join(texts)
    for entry_id in IDS:
        entry = atlas.entry(entry_id)
        assert " ".join(entry.title.split()) in whole
        assert entry.sources[0].title.split()[0] in whole
    # the institutions' own names, from the data, in Russian and Kazakh
    assert "Сенат" in whole
    assert re.search(r"[ҚқӘәҰұҮүӨөҒғІі]", whole)
    assert "Figures" in whole and "Note on sources" in whole and "Sources" in whole


def test_printing_ignores_a_dark_screen_palette(qapp, atlas):
    """Paper stays light: a page drawn while the app's palette is dark still has black text."""
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QImage, QPainter

    from ui.common import theme
    saved = qapp.palette()
    qapp.setPalette(theme.palette(dark=True))
    try:
        document = printing.build_document([atlas.entry("death-penalty-abolished")], atlas.data_version)
        image = QImage(800, 1100, QImage.Format_RGB32)
        image.fill(0xFFFFFFFF)
        document.setPageSize(image.size().toSizeF())
        painter = QPainter(image)
        paper.draw_document(painter, document, QRectF(0, 0, 800, 1100))
        painter.end()
        body = [image.pixelColor(x, y).lightness() for x in range(0, 800, 2) for y in range(60, 400, 2)]
        assert min(body) < 60  # black text on white paper, not the screen's light-grey text
    finally:
        qapp.setPalette(saved)


def test_export_from_the_window_runs_in_a_thread(qtbot, window, tmp_path):
    window.open_entry("senate-presidential-quota")
    out = tmp_path / "entry.pdf"
    with qtbot.waitSignal(window.printer.finished, timeout=20000) as done:
        task = window.printer.export_pdf(*window.print_ids("entry"), path=out, options=PrintOptions())
        assert task is not None and task.is_running()
        assert window.isEnabled()  # the window is not blocked while the job runs
    assert done.args == [True]
    assert "Presidential quota in the Senate" in " ".join(pdf_pages(out))
    assert "Saved" in window.statusBar().currentMessage()


def test_selected_results_and_bookmarks_are_print_scopes(qtbot, window):
    window.search.set_text("akim")
    window.search.list.selectAll()
    ids, what = window.print_ids("results")
    assert ids == window.search.model.ids() and len(ids) > 1 and "selected results" in what
    window.open_entry("death-penalty-abolished")
    window.entry_panel.bookmark_action.trigger()
    assert window.print_ids("bookmarks")[0] == ["death-penalty-abolished"]


def test_a_long_job_can_be_cancelled_and_leaves_no_file(qtbot, window, atlas, tmp_path):
    ids = [ref.id for ref in atlas.entry_refs()] * 3
    out = tmp_path / "all.pdf"
    with qtbot.waitSignal(window.printer.finished, timeout=30000) as done:
        task = window.printer.export_pdf(ids, "everything", path=out, options=PrintOptions(full=True))
        task.cancel()
    assert done.args == [False]
    assert not out.exists()
    assert list(tmp_path.glob("*.pdf")) == []
    assert "cancelled" in window.statusBar().currentMessage()


def test_unknown_entry_fails_with_a_clear_message(qapp, atlas, tmp_path):
    with pytest.raises(printing.PrintFailed, match="no entry with id 'nope'"):
        printing.export_pdf(atlas, ["nope"], tmp_path / "x.pdf")
    assert not (tmp_path / "x.pdf").exists()


def test_cli_print_writes_a_multi_page_pdf(db_path, tmp_path):
    out = tmp_path / "out.pdf"
    result = run_cli("print", IDS[0], IDS[1], "--pdf", str(out), db=db_path)
    assert result.returncode == 0, result.stderr
    pages = pdf_pages(out)
    assert len(pages) >= 2 and f"page 1 of {len(pages)}" in pages[0]
    assert f"{out}: 2 entries, {len(pages)} pages" in result.stdout
    assert result.stderr == ""


def test_cli_print_errors_are_one_line(db_path, tmp_path):
    result = run_cli("print", "no-such-entry", "--pdf", str(tmp_path / "x.pdf"), db=db_path)
    assert result.returncode == 2
    assert result.stderr.strip() == "error: no entry with id 'no-such-entry'"
    result = run_cli("print", IDS[0], "--pdf", str(tmp_path / "missing" / "x.pdf"), db=db_path)
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "folder does not exist" in result.stderr
    result = run_cli("print", IDS[0], db=db_path)
    assert result.returncode == 2 and "--pdf" in result.stderr and result.stderr.count("\n") == 1
