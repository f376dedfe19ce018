"""The indicators view: what the chart draws (read back with getData), hover text, events,
comparison, log scale, the entry links and the PNG / CSV / PDF exports."""

from __future__ import annotations

import csv
import itertools
import unicodedata

import numpy as np
import pytest
from PySide6.QtCore import QPoint, QUrl
from PySide6.QtGui import QImage
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QToolTip

from models.indicators import Indicator, Point
from ui.indicators.indicator_list_model import IndicatorListModel
from ui.indicators.indicators_view import IndicatorsView


@pytest.fixture
def view(qtbot, atlas):
    widget = IndicatorsView(atlas)
    qtbot.addWidget(widget)
    widget.resize(1280, 800)
    widget.show()
    qtbot.waitExposed(widget)
    # The chart is made just after the first paint; wait until it is laid out at full size.
    qtbot.waitUntil(lambda: widget._chart is not None and widget._chart.plot.vb.width() > 300)
    return widget


def _data(item):
    x, y = item.getData()
    return [round(float(v), 3) for v in x], [float(v) for v in y]


def test_gdp_per_capita_shows_both_sources_and_the_referendums(view):
    assert view.current_id() == "gdp-per-capita-wb"  # the first series opens by default
    assert view.compare is not None and view.compare.id == "gdp-per-capita-article"
    items = view.chart.series_items
    xs, ys = _data(items[("gdp-per-capita-wb", "", "actual")])
    assert xs == [2015.0, 2016.0, 2017.0, 2018.0, 2019.0, 2020.0, 2021.0, 2022.0, 2023.0]
    assert ys[-2:] == [11255.0, 12919.0]
    assert _data(items[("gdp-per-capita-article", "", "claim")]) == ([2022.0, 2023.0], [11500.0, 13300.0])
    # The IMF's forecast and the President's statement are a series of their own (issue 9).
    assert not any(key[0] == "gdp-per-capita-wb" and key[2] != "actual" for key in items)
    assert view.set_compare("gdp-per-capita-2025-other")
    items = view.chart.series_items
    assert _data(items[("gdp-per-capita-2025-other", "imf", "forecast")])[1] == [14770.0]
    assert _data(items[("gdp-per-capita-2025-other", "president", "claim")])[1] == [15000.0]
    assert view.set_compare("gdp-per-capita-article")
    events = {line.entry_id: line.value() for line in view.chart.event_lines}
    assert events["constitutional-referendum-2022"] == pytest.approx(2022.43, abs=0.01)
    assert events["constitutional-referendum-2026"] == pytest.approx(2026.2, abs=0.01)
    labels = {label.reform_event.label for label in view.chart.event_labels}
    assert {"Referendum 2022", "Referendum 2026", "Constitution 2026 in force"} <= labels
    legend = [label.text for _sample, label in view.chart.legend.items]
    assert "World Bank: actual" in legend and "The Lithuania Tribune: claim (unverified) \u26a0" in legend


def test_middle_corridor_against_its_target(view):
    view.show_indicator("middle-corridor-cargo")
    chart = view.chart
    xs, ys = _data(chart.series_items[("middle-corridor-cargo", "", "actual")])
    assert xs == [2019.0, 2020.0, 2021.0, 2022.0, 2023.0, 2024.0, 2025.0]
    assert ys == [0.759, 0.783, 0.586, 1.485, 2.764, 4.484, 4.119]
    assert _data(chart.series_items[("middle-corridor-cargo", "", "target")]) == ([2027.0], [10.0])
    assert len(chart.target_guides) == 1
    assert _data(chart.target_guides[0]) == ([2025.0, 2027.0], [10.0, 10.0])  # from the last actual year
    assert [label.textItem.toPlainText() for label in chart.target_labels] == ["Target 10"]
    # A target is hollow: its markers are filled with the background colour.
    target = chart.series_items[("middle-corridor-cargo", "", "target")]
    assert target.opts["symbolBrush"].color() == chart.style_.background
    assert target.opts["pen"] is None  # no line runs through targets


def test_missing_years_stay_gaps(qtbot):
    from ui.indicators.indicator_plot import ChartSpec, IndicatorChart
    points = tuple(Point(year, "", value, "actual", "s") for year, value in
                   ((2018, 1.0), (2019, 2.0), (2021, 3.0), (2022, 4.0)))
    series = Indicator("gappy", "Gappy", "units", series_kind="annual", points=points)
    chart = IndicatorChart()
    qtbot.addWidget(chart)
    chart.draw(ChartSpec(series))
    item = chart.series_items[("gappy", "", "actual")]
    assert list(item.curve.opts["connect"]) == [True, False, True, False]
    dated = Indicator("events", "Events", "units", series_kind="dated", points=points)
    chart.draw(ChartSpec(dated))
    assert chart.series_items[("events", "", "actual")].opts["pen"] is None


def test_rules_are_steps_and_parts_are_separate_series(view):
    view.show_indicator("party-registration-threshold")
    steps = view.chart.line_items[("party-registration-threshold", "", "actual")]
    assert _data(steps)[1] == [40000.0, 40000.0, 20000.0, 20000.0, 5000.0]
    view.show_indicator("mazhilis-seats-by-system")
    items = view.chart.series_items
    # The series ends on the Mazhilis's last day; the Kurultai's 145 seats are a series of their own.
    assert _data(items[("mazhilis-seats-by-system", "party-list", "actual")])[1] == [98.0, 69.0, 69.0]
    assert _data(items[("mazhilis-seats-by-system", "single-member", "actual")])[1] == [0.0, 29.0, 29.0]
    assert _data(items[("mazhilis-seats-by-system", "assembly", "actual")])[1] == [9.0, 0.0, 0.0]


def test_events_can_be_turned_off(view):
    chart = view.chart
    assert len(chart.event_lines) == 8 and all(line.isVisible() for line in chart.event_lines)
    assert all(label.isVisible() for label in chart.event_labels)
    view.set_events_visible(False)
    assert not any(line.isVisible() for line in chart.event_lines)
    assert not any(label.isVisible() for label in chart.event_labels)
    view.show_indicator("inflation")  # stays off across series
    assert not any(line.isVisible() for line in chart.event_lines)
    view.set_events_visible(True)
    assert len(chart.event_lines) == 8 and all(line.isVisible() for line in chart.event_lines)


def _check_corridor_2023_hover(text: str) -> None:
    assert "2.764" in text and "million tonnes per year" in text and "2023" in text and "Actual" in text
    assert "Source: Report.az" in text and "86%" in text
    # The article's figure for that year is a series of its own, not a point of the ministry's.
    assert "Claim (unverified)" not in text


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the tooltip, offscreen
def test_hover_lists_value_unit_year_kind_source_and_note(view, qtbot):
    """The hover logic itself, at the point's own scene position: no mouse, no timing."""
    view.show_indicator("middle-corridor-cargo")
    chart = view.chart
    point = next(p for p in view.current.points if p.year == 2023 and p.kind == "actual")
    blocks = chart.hover_lines_at(chart.scene_pos_of(point))
    _check_corridor_2023_hover("\n\n".join("\n".join(lines) for lines in blocks))
    chart._mouse_moved(chart.scene_pos_of(point))  # what the scene's mouse signal calls
    _check_corridor_2023_hover(chart.hover_text)
    empty = chart.plot.vb.mapViewToScene(chart.plot.vb.mapToView(chart.plot.vb.rect().topLeft()))
    assert chart.hover_lines_at(empty) == []
    chart._mouse_moved(empty)
    assert chart.hover_text == ""
    qtbot.waitUntil(lambda: not QToolTip.isVisible())


def _point_mouse(qtbot, chart, where, arrived) -> None:
    """Move the pointer to `where()` (a scene position, asked again on each try, as the layout may
    still be settling) until `arrived()` holds. pyqtgraph drops a move that comes within 10 ms of
    the previous one (its mouseRateLimit) and Qt drops a move to where the pointer already is, so
    the move is repeated, alternating by one pixel, on each poll: waiting on state, not time."""
    nudges = itertools.cycle((QPoint(0, 0), QPoint(1, 0)))

    def moved() -> bool:
        QTest.mouseMove(chart.view.viewport(), chart.view.mapFromScene(where()) + next(nudges))
        return arrived()
    qtbot.waitUntil(moved)


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the tooltip, offscreen
def test_hover_with_the_mouse_waits_on_state(view, qtbot):
    """The same through real mouse events, from an empty corner onto the point and back."""
    view.show_indicator("middle-corridor-cargo")
    chart = view.chart
    vb = chart.plot.vb
    point = next(p for p in view.current.points if p.year == 2023 and p.kind == "actual")
    corner = lambda: vb.mapViewToScene(vb.mapToView(vb.rect().topLeft()))  # noqa: E731
    _point_mouse(qtbot, chart, corner, lambda: chart.hover_text == "")
    _point_mouse(qtbot, chart, lambda: chart.scene_pos_of(point), lambda: "2.764" in chart.hover_text)
    _check_corridor_2023_hover(chart.hover_text)
    # Off screen the tooltip window opens under the pointer and takes the next move: close it
    # (hideText hides it after a short delay) before moving away.
    QToolTip.hideText()
    qtbot.waitUntil(lambda: not QToolTip.isVisible())
    _point_mouse(qtbot, chart, corner, lambda: chart.hover_text == "")


def test_hover_target_names_its_source(view):
    view.show_indicator("middle-corridor-cargo")
    target = next(p for p in view.current.points if p.kind == "target")
    lines = view.chart.hover_lines_at(view.chart.scene_pos_of(target))
    assert lines and lines[0][1] == "10 million tonnes per year"
    assert lines[0][2] == "2027 \u00b7 Target" and lines[0][3].startswith("Source: Trend News Agency")


def test_compare_offers_only_series_of_the_same_unit(view):
    view.show_indicator("fdi-gross-nbk")
    offered = [view.ui.compare_box.itemData(i) for i in range(view.ui.compare_box.count())]
    assert offered == ["", "fdi-net-unctad"]  # never the article's multi-year totals
    assert view.compare is None
    assert view.set_compare("fdi-net-unctad")
    assert ("fdi-net-unctad", "", "actual") in view.chart.series_items
    assert not view.set_compare("fdi-article-claim")
    view.show_indicator("shadow-economy")  # official estimate beside the government's targets
    offered = [view.ui.compare_box.itemData(i) for i in range(view.ui.compare_box.count())]
    assert offered == ["", "shadow-economy-targets", "shadow-economy-article"]
    assert view.compare is not None and view.compare.id == "shadow-economy-targets"
    view.show_indicator("referendum-turnout")
    view.show_indicator("inflation")
    assert view.ui.compare_box.isEnabled()
    view.show_indicator("constitutional-court-appeals")
    assert not view.ui.compare_box.isEnabled()


def test_log_scale_only_where_it_makes_sense(view):
    view.show_indicator("gdp-growth")  # has a negative year
    assert not view.ui.log_box.isEnabled()
    view.show_indicator("middle-corridor-cargo")
    assert view.ui.log_box.isEnabled()
    view.set_log_scale(True)
    assert view.chart.spec.log_active
    _x, y = view.chart.series_items[("middle-corridor-cargo", "", "actual")].getData()
    assert np.allclose(y, np.log10([0.759, 0.783, 0.586, 1.485, 2.764, 4.484, 4.119]))
    view.set_log_scale(False)
    assert not view.chart.spec.log_active


def test_rank_axes_put_the_best_rank_on_top(view):
    view.show_indicator("rsf-press-freedom-rank")
    assert view.chart.plot.vb.state["yInverted"]
    view.show_indicator("inflation")
    assert not view.chart.plot.vb.state["yInverted"]


def test_the_list_filters_as_you_type(view, qtbot, qtmodeltester, atlas):
    qtmodeltester.check(IndicatorListModel(view._series, dict(atlas.categories())))
    qtbot.keyClicks(view.ui.filter, "corridor")
    assert view._proxy.rowCount() == 2  # the ministry's series and the article's figure
    view.ui.filter.clear()
    qtbot.keyClicks(view.ui.filter, "Referendum 'yes'")  # every word must match, quotes or not
    assert [view._proxy.index(r, 0).data() for r in range(view._proxy.rowCount())] == ["Referendum 'yes' vote"]
    view.ui.filter.clear()
    assert view._proxy.rowCount() == len(view.indicator_ids())
    assert view.show_indicator("referendum-turnout") and view.current_id() == "referendum-turnout"
    assert not view.show_indicator("no-such-series")


def test_the_series_lists_the_entries_citing_it(view, qtbot):
    view.show_indicator("middle-corridor-cargo")
    assert "middle-corridor-transit" in view.cited_entry_ids()
    assert "entry:middle-corridor-transit" in view.ui.info.toHtml()
    with qtbot.waitSignal(view.entryRequested) as blocker:
        view.ui.info.anchorClicked.emit(QUrl("entry:middle-corridor-transit"))
    assert blocker.args == ["middle-corridor-transit"]


def test_png_export_is_a_real_image_with_the_chart(view, tmp_path):
    view.show_indicator("middle-corridor-cargo")
    path = tmp_path / "chart.png"
    view.export_png(path)
    data = path.read_bytes()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    image = QImage(str(path))
    assert image.width() == 1920 and image.height() > 1000
    # Paper colours: the corner is white even when the screen theme is dark.
    assert image.pixelColor(2, 2).name() == "#ffffff"


def test_csv_export_has_sources_and_the_data_version(view, tmp_path, atlas):
    path = tmp_path / "points.csv"
    view.export_csv(path)  # GDP per capita with the article's figures beside it
    rows = list(csv.DictReader(path.read_text(encoding="utf-8").splitlines()))
    assert {r["indicator"] for r in rows} == {"gdp-per-capita-wb", "gdp-per-capita-article"}
    assert len(rows) == 11
    assert all(r["source"] and r["source_citation"] for r in rows)
    assert {r["data_version"] for r in rows} == {atlas.data_version}


def test_pdf_carries_the_chart_points_and_sources(view, tmp_path, atlas):
    from pypdf import PdfReader
    view.show_indicator("middle-corridor-cargo")
    path = tmp_path / "chart.pdf"
    pages = view.render_to_pdf(path)
    reader = PdfReader(str(path))
    assert len(reader.pages) == pages >= 1
    # NFKC: the PDF font may set "ff" in the data version as one ligature glyph
    text = unicodedata.normalize("NFKC", " ".join(" ".join(page.extract_text().split()) for page in reader.pages))
    assert "Middle Corridor cargo" in text and "Report.az" in text
    assert "report-az-2026-03-10" in text and atlas.data_version in text
    assert any(page.images for page in reader.pages)  # the chart itself


def test_pdf_works_before_the_view_is_ever_shown(qtbot, atlas, tmp_path):
    hidden = IndicatorsView(atlas)
    qtbot.addWidget(hidden)
    hidden.show_indicator("referendum-yes-share")
    assert hidden.render_to_pdf(tmp_path / "x.pdf") >= 1


def test_dark_palette_gives_a_dark_chart(view, qtbot):
    from PySide6.QtGui import QColor, QPalette
    palette = QPalette(view.palette())
    for role, color in ((QPalette.Base, "#1b1c1e"), (QPalette.Text, "#e6e6e3"), (QPalette.Window, "#232427")):
        palette.setColor(role, QColor(color))
    view.setPalette(palette)
    qtbot.waitUntil(lambda: view.chart.style_.dark)
    assert view.chart.style_.background.name() == "#1b1c1e"
    assert view.chart.series_items  # redrawn in the new colours


def test_switching_series_updates_the_same_plot_items_and_legend_rows(view):
    """Plot items are made once per chart and updated with setData; the legend is relabelled."""
    chart = view.chart
    view.show_indicator("middle-corridor-cargo")
    first_marker = chart.series_items[("middle-corridor-cargo", "", "actual")]
    guide = chart.target_guides[0]
    sample = chart.legend.items[0][0]
    plot_items = set(map(id, chart.plot.items))
    view.show_indicator("inflation")
    view.show_indicator("middle-corridor-cargo")
    assert chart.series_items[("middle-corridor-cargo", "", "actual")] is first_marker
    assert chart.target_guides[0] is guide and chart.legend.items[0][0] is sample
    assert set(map(id, chart.plot.items)) == plot_items  # nothing added or removed: shown or hidden
    view.show_indicator("inflation")
    assert chart.series_items[("inflation", "", "actual")] is first_marker  # the same item, new data
    assert not guide.isVisible()  # no target on this series: the guide is hidden, not deleted
    assert [label.text for _sample, label in chart.legend.items] == ["World Bank: actual"]
    xs, _ys = first_marker.getData()
    assert len(xs) == len([p for p in view.current.points if p.kind == "actual"])


def test_the_export_button_leaves_room_for_its_menu_arrow(view):
    """Fusion draws the menu arrow inside the button; the button is wider than its plain text
    needs by the room the arrow takes, so the arrow no longer touches the last letter."""
    from PySide6.QtWidgets import QStyle, QToolButton
    button = view.ui.export_button
    plain = QToolButton()
    plain.setText(button.text())
    plain.setMenu(button.menu())
    plain.setPopupMode(QToolButton.InstantPopup)
    arrow = button.style().pixelMetric(QStyle.PM_MenuButtonIndicator, None, button)
    assert arrow > 0
    assert button.sizeHint().width() >= plain.sizeHint().width() + arrow // 2
    assert button.minimumSizeHint().width() == button.sizeHint().width()
