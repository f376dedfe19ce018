"""The power-balance view with qtbot: slider, clicks on arrows and bodies, table, copy, export, print."""

from __future__ import annotations

import html
import unicodedata

import pytest
from pypdf import PdfReader
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication

from models.entry import Source
from models.power_balance import Power, PowerInstitution
from tests.ui_helpers import app_names, make_window, user_store
from ui.powers import power_graph_scene
from ui.powers.power_balance_view import PowerBalanceView
from ui.powers.power_graph_style import power_tooltip
from ui.powers.power_table_model import POWER_ID_ROLE, PowerTableModel, rows_for_diff, rows_for_state


@pytest.fixture
def view(qtbot, atlas):
    widget = PowerBalanceView(atlas)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _click_edge(qtbot, view, power_id):
    edge = view.scene.edge_for(power_id)
    assert edge is not None, f"{power_id} is not drawn"
    for t in (0.25, 0.35, 0.45, 0.55, 0.65, 0.75, 0.15, 0.85):  # a spot where no other arrow crosses it
        scene_point = edge.path().pointAtPercent(t)
        view.graph_view.ensureVisible(scene_point.x(), scene_point.y(), 1, 1)
        point = view.graph_view.mapFromScene(scene_point)
        if edge.contains(scene_point) and view.graph_view.itemAt(point) is edge:
            break
    else:
        pytest.fail(f"other items cover {power_id} all along")
    qtbot.mouseClick(view.graph_view.viewport(), Qt.LeftButton, pos=point)


def test_moving_the_slider_changes_the_drawn_relations(view, qtbot):
    view.set_date("2020-06-01")
    before = view.drawn_power_ids()
    assert "president-appoints-senators-15" in before and "voters-elect-kurultai" not in before
    view.date_slider.setFocus()
    qtbot.keyClick(view.date_slider, Qt.Key_End)
    assert view.date() >= "2026-11-27"
    after = view.drawn_power_ids()
    assert "voters-elect-kurultai" in after and "president-appoints-senators-15" not in after
    assert view.date_edit.date().toString("yyyy-MM-dd") == view.date()
    # a slider step is a day: the rural akims change hands on 25 July 2021
    view.set_date("2021-07-24")
    assert "maslikhats-elect-rural-akims" in view.drawn_power_ids()
    view.date_slider.setValue(view.date_slider.value() + 1)
    assert view.date() == "2021-07-25"
    assert "voters-elect-rural-akims" in view.drawn_power_ids()
    assert "maslikhats-elect-rural-akims" not in view.drawn_power_ids()


def test_era_buttons_jump_to_their_dates(view, qtbot):
    qtbot.mouseClick(view.era_buttons["july-2026"], Qt.LeftButton)
    assert view.date() == "2026-07-01"
    qtbot.mouseClick(view.era_buttons["2019"], Qt.LeftButton)
    assert view.date() == "2019-01-01"
    assert view.era_buttons["2019"].font().bold()


def test_institutions_keep_their_place_and_grey_out(view):
    view.set_date("2020-01-01")
    places = {i: n.rect() for i, n in view.scene.nodes.items()}
    assert not view.scene.nodes["kurultai"].exists and view.scene.nodes["senate"].exists
    view.set_date("2026-08-01")
    assert {i: n.rect() for i, n in view.scene.nodes.items()} == places
    assert view.scene.nodes["kurultai"].exists and not view.scene.nodes["senate"].exists


def test_clicking_a_relation_emits_its_entry(view, qtbot):
    view.set_date("2023-06-30")
    with qtbot.waitSignal(view.entryRequested, timeout=2000) as blocker:
        _click_edge(qtbot, view, "president-appoints-senators-10")
    assert blocker.args == ["senate-presidential-quota"]
    assert "Sources" in view.side_panel.toPlainText()
    assert "The Astana Times" in view.side_panel.toPlainText()


def test_clicking_an_institution_lists_its_powers_then_and_now(view, qtbot):
    view.set_date("2020-06-01")
    node = view.scene.nodes["regional-akims"]
    view.graph_view.ensureVisible(node.rect())
    point = view.graph_view.mapFromScene(node.rect().center())
    qtbot.mouseClick(view.graph_view.viewport(), Qt.LeftButton, pos=point)
    text = view.side_panel.toPlainText()
    assert "Regional akims" in text or "regional" in text.lower()
    assert "Then: 2020-06-01" in text and "Now: " in text
    assert "Prime Minister" in text and "two candidates" in text


def test_kurultai_panel_says_what_it_can_do_that_the_mazhilis_could_not(view):
    view.set_date("2026-08-01")
    view.select_institution("kurultai")
    text = view.side_panel.toPlainText()
    assert "Compared with the Mazhilis" in text
    assert "Vice-President" in text and "no confidence" in text


def test_compare_mode_colours_gained_and_lost(view):
    view.set_date("2023-06-30")
    view.set_compare("2021-12-31")
    statuses = {e.power.id: e.status for e in view.scene.edges}
    assert statuses["citizens-apply-constitutional-court"] == "gained"
    assert statuses["assembly-elects-mazhilis-deputies"] == "lost"
    assert statuses["president-appoints-senators-10"] == "changed"
    assert "Changes 2021-12-31" in view.side_panel.toPlainText()
    assert not view.table_view.isColumnHidden(0)
    view.set_compare(None)
    assert all(e.status is None for e in view.scene.edges)
    assert view.table_view.isColumnHidden(0)


def test_table_model_passes_the_model_tester(qtmodeltester, atlas, view):
    model = PowerTableModel(view.balance.institutions)
    model.set_rows(rows_for_state(view.balance.state("2023-06-30").powers, "2023-06-30"))
    qtmodeltester.check(model)
    model.set_rows(rows_for_diff(view.balance.diff("2021-12-31", "2023-06-30"),
                                 view.balance.state("2023-06-30").powers))
    qtmodeltester.check(model)
    qtmodeltester.check(view.proxy)


def test_table_sorts_filters_and_copies_rows_as_tsv(view, qtbot):
    view.set_date("2023-06-30")
    view.tabs.setCurrentIndex(1)
    view.table_view.sortByColumn(5, Qt.DescendingOrder)  # valid from, newest first
    first = view.proxy.index(0, 5).data()
    assert first == max(view.proxy.index(r, 5).data() for r in range(view.proxy.rowCount())
                        if view.proxy.index(r, 5).data() != "before 2019")
    view.filter_edit.setText("Assembly of People")
    assert 0 < view.proxy.rowCount() < view.table_model.rowCount()
    view.table_view.selectAll()
    view.table_view.setFocus()
    QGuiApplication.clipboard().clear()
    qtbot.keyClick(view.table_view, Qt.Key_C, Qt.ControlModifier)
    text = QGuiApplication.clipboard().text()
    lines = text.strip("\n").split("\n")
    assert lines[0].split("\t")[1] == "Holder"
    assert len(lines) == view.proxy.rowCount() + 1
    assert all(len(line.split("\t")) == len(lines[0].split("\t")) for line in lines)


def test_double_clicking_a_table_row_opens_its_entry(view, qtbot):
    view.set_date("2023-06-30")
    view.tabs.setCurrentIndex(1)
    row = next(r for r in range(view.proxy.rowCount())
               if view.proxy.index(r, 0).data(POWER_ID_ROLE) == "maslikhats-vote-regional-akims")
    with qtbot.waitSignal(view.entryRequested, timeout=2000) as blocker:
        view.table_view.doubleClicked.emit(view.proxy.index(row, 3))
    assert blocker.args == ["regional-akim-appointment-vote"]


def test_tooltips_escape_data_text():
    names = {i: PowerInstitution(i, f"<i>{i}</i>", i, "executive") for i in ("a", "b")}
    power = Power("p", "a", "b", "appoints", "<script>x</script> & co", "", "", "H",
                  (Source("s", "<b>title</b>", "pub", "2020"),), note="<img src=x>")
    tip = power_tooltip(power, names, "2024-01-01")
    assert "<script>" not in tip and "&lt;script&gt;" in tip
    assert "<img" not in tip and "&lt;b&gt;title" in tip and html.escape("<i>a</i>") in tip


def test_png_export_and_pdf_print(view, tmp_path):
    view.set_date("2023-06-30")
    view.set_compare("2021-12-31")
    png = tmp_path / "graph.png"
    assert view.export_png(png)
    assert png.stat().st_size > 20_000
    pdf = tmp_path / "powers.pdf"
    pages = view.render_to_pdf(pdf)
    reader = PdfReader(str(pdf))
    assert len(reader.pages) == pages >= 2
    first = unicodedata.normalize("NFKC", " ".join(reader.pages[0].extract_text().split()))
    assert "changes 2021-12-31" in first and "President" in first
    sizes: dict[str, list[float]] = {}

    def size_of(text, cm, tm, _font, size):  # the text's printed size: font size times both matrices' scale
        sizes.setdefault(text.strip(), []).append(size * (abs(tm[3]) or 1) * (abs(cm[3]) or 1))
    reader.pages[0].extract_text(visitor_text=size_of)
    heading = sizes["EXECUTIVE"][0]  # bodies' names print at the size of the branch headings, as on screen
    assert all(abs(sizes[name][0] - heading) < 0.05 * heading for name in ("President", "Senate", "Government"))
    rest = unicodedata.normalize("NFKC", " ".join(" ".join(p.extract_text().split()) for p in reader.pages[1:]))
    assert "Astana Times" in rest and "senate-presidential-quota" not in rest


def test_opening_the_view_routes_each_arrow_once(qtbot, qapp, atlas, monkeypatch):
    """In a 1024x640 window the map takes a narrower layout than the widest: its arrows are routed
    once, for that layout, never first for a layout the window's resizing throws away (routing is
    what made the view slow to open)."""
    routed = []
    real_route = power_graph_scene.route
    monkeypatch.setattr(power_graph_scene, "route", lambda *args: routed.append(args[:2]) or real_route(*args))
    app_names(qapp)
    store = user_store()
    window = make_window(qtbot, atlas, store)
    try:
        window.resize(1024, 640)
        view = window.show_view("powers")
        graph = view.graph_view
        qtbot.waitUntil(lambda: bool(view.scene.edges) and view.scene.available_width == graph.available_width())
        assert view.scene.sceneRect().width() <= graph.viewport().width()
        assert 0 < len(routed) <= len(view.scene.edges)
    finally:
        window.close()
        store.close()


def test_a_view_never_shown_still_exports_its_arrows(qtbot, atlas, tmp_path):
    view = PowerBalanceView(atlas)
    qtbot.addWidget(view)
    assert view.export_png(tmp_path / "graph.png")  # routed when asked, without a width limit, as on paper
    assert view.scene.edges and view.drawn_power_ids() == {e.power.id for e in view.scene.edges}


def test_widgets_have_accessible_names(view):
    for widget in (view.date_slider, view.date_edit, view.from_edit, view.compare_box, view.graph_view,
                   view.table_view, view.side_panel, view.png_button, view.print_button, view.filter_edit):
        assert widget.accessibleName(), widget


def test_dark_palette_restyles_the_graph(view, qtbot):
    from PySide6.QtGui import QColor, QPalette
    palette = view.palette()
    palette.setColor(QPalette.Base, QColor("#1b1c1e"))
    palette.setColor(QPalette.Text, QColor("#e6e6e3"))
    view.setPalette(palette)
    assert view.scene.colors.dark
    assert view.scene.backgroundBrush().color().lightness() < 128


def test_narrow_width_stacks_the_details_under_the_graph(view, qtbot):
    from PySide6.QtWidgets import QBoxLayout
    assert view.splitter.orientation() == Qt.Horizontal
    view.resize(660, 760)
    qtbot.waitUntil(lambda: view.width() == 660)
    assert view.splitter.orientation() == Qt.Vertical
    assert view.controls.direction() == QBoxLayout.TopToBottom
    view.resize(1280, 800)
    qtbot.waitUntil(lambda: view.splitter.orientation() == Qt.Horizontal)


def test_ctrl_wheel_zooms_and_ctrl_0_fits(view, qtbot):
    fitted = view.graph_view.transform().m11()
    view.graph_view.set_zoom(2.0)
    assert view.graph_view.transform().m11() == pytest.approx(2 * fitted, rel=0.02)
    view.graph_view.setFocus()
    qtbot.keyClick(view.graph_view, Qt.Key_0, Qt.ControlModifier)
    assert view.graph_view.zoom == 1.0
    assert view.graph_view.transform().m11() == pytest.approx(fitted, rel=0.02)


def test_hovering_an_arrow_shows_its_description_and_sources(view):
    view.set_date("2023-06-30")
    tip = view.scene.edge_for("president-dismisses-regional-akims").toolTip()
    assert "may dismiss regional" in tip and "Sources:" in tip and "Kazinform" in tip
    assert "Disputed by:" in tip and "The Lithuania Tribune" in tip


def test_printing_through_qprinter_paints_graph_and_table(view, tmp_path):
    from PySide6.QtPrintSupport import QPrinter
    printer = QPrinter(QPrinter.HighResolution)
    printer.setOutputFormat(QPrinter.PdfFormat)
    out = tmp_path / "printed.pdf"
    printer.setOutputFileName(str(out))
    view.set_date("2020-06-01")
    pages = view.paint_pages(printer)
    assert pages >= 2 and len(PdfReader(str(out)).pages) == pages
