"""One paper module for every printout, one background helper for slow work, safe file output."""

from __future__ import annotations

import threading
import unicodedata

import pytest
from pypdf import PdfReader
from PySide6.QtWidgets import QFileDialog

from db.errors import AtlasError
from db.safe_save import SaveError, safe_save, write_text_safely
from ui.common.background import run_in_background
from ui.indicators.indicators_view import IndicatorsView
from ui.paper import paper, printing
from ui.powers.power_balance_view import PowerBalanceView


def _pages(path) -> list[str]:
    # NFKC: the PDF font may set "ff" in the data version as one ligature glyph
    return [unicodedata.normalize("NFKC", " ".join(page.extract_text().split())) for page in PdfReader(str(path)).pages]


def _assert_paper(texts: list[str], data_version: str) -> None:
    assert texts
    for number, text in enumerate(texts, 1):
        assert "Kazakhstan Reform Atlas" in text
        assert f"Data version {data_version}" in text
        assert f"page {number} of {len(texts)}" in text


def test_every_printout_has_the_same_header_and_page_numbers(qtbot, atlas, tmp_path):
    printing.export_pdf(atlas, ["senate-presidential-quota"], tmp_path / "entry.pdf")
    powers = PowerBalanceView(atlas)
    qtbot.addWidget(powers)
    powers.render_to_pdf(tmp_path / "powers.pdf")
    indicators = IndicatorsView(atlas)
    qtbot.addWidget(indicators)
    indicators.show_indicator("middle-corridor-cargo")
    indicators.render_to_pdf(tmp_path / "chart.pdf")
    for name in ("entry.pdf", "powers.pdf", "chart.pdf"):
        _assert_paper(_pages(tmp_path / name), atlas.data_version)


def test_a_failed_pdf_keeps_the_old_file(qapp, tmp_path):
    target = tmp_path / "old.pdf"
    target.write_bytes(b"%PDF-old")

    def paint(_writer):
        raise paper.PrintFailed("the printer caught fire")

    with pytest.raises(paper.PrintFailed):
        paper.write_pdf(target, "title", paint)
    assert target.read_bytes() == b"%PDF-old"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["old.pdf"]


def test_safe_save_refuses_an_empty_result_and_writes_through_links(tmp_path):
    real = tmp_path / "real.csv"
    real.write_text("old")
    link = tmp_path / "link.csv"
    link.symlink_to(real)
    with pytest.raises(SaveError, match="nothing was written"), safe_save(link):
        pass
    assert real.read_text() == "old"
    write_text_safely(link, "new")
    assert link.is_symlink() and real.read_text() == "new"


def test_background_work_runs_off_the_gui_thread_and_reports_on_it(qtbot):
    seen = {}

    def work(job):
        seen["worker"] = threading.current_thread() is threading.main_thread()
        job.progress(500, "half")
        return 42

    def done(value):
        seen["result"] = value
        seen["callback"] = threading.current_thread() is threading.main_thread()

    task = run_in_background(work, on_success=done)
    qtbot.waitUntil(lambda: "result" in seen)
    assert seen == {"worker": False, "result": 42, "callback": True}
    assert not task.is_running()


def test_background_failure_and_cancel_reach_their_callbacks(qtbot):
    outcome = []
    release = threading.Event()

    def waits_then_checks(job):
        release.wait(10)
        job.check()
        return "finished"

    task = run_in_background(waits_then_checks, on_success=outcome.append,
                             on_cancel=lambda: outcome.append("cancelled"))
    task.cancel()
    release.set()
    qtbot.waitUntil(lambda: outcome == ["cancelled"])

    def fails(_job):
        raise AtlasError("one clear line")

    run_in_background(fails, on_failure=outcome.append)
    qtbot.waitUntil(lambda: outcome[-1] == "one clear line")


def test_indicator_pdf_export_from_the_dialog_runs_in_the_background(qtbot, atlas, tmp_path, monkeypatch):
    view = IndicatorsView(atlas)
    qtbot.addWidget(view)
    view.show_indicator("middle-corridor-cargo")
    out = tmp_path / "chart.pdf"
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a, **k: (str(out), "PDF (*.pdf)"))
    with qtbot.waitSignal(view.exportFinished, timeout=30000) as done:
        view._ask_pdf()
        assert view._task.is_running() or out.exists()
    assert done.args == [True, f"Saved {out}"]
    _assert_paper(_pages(out), atlas.data_version)
