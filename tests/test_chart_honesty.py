"""The indicator chart tells the truth about its points: publishers by point, bounds as bounds,
ranks on whole numbers with 'of N', cautions beside the series they concern, a source line inside
exported images; it can be read by keyboard and screen reader, and its text follows the font.
Mostly on small made-up series, so the assertions hold whatever the data files say."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QFont

from models.entry import Source
from models.indicators import Indicator, Point, bound_of, whole_number_range, whole_number_step

WB = Source("wb", "World Development Indicators", "World Bank", "2024")
IMF = Source("imf", "World Economic Outlook", "International Monetary Fund", "2025-10")
AKORDA = Source("akorda", "Statement of the President", "Akorda", "2025-12-31")
SOURCES = {s.id: s for s in (WB, IMF, AKORDA)}

GDP = Indicator("gdp", "GDP per capita", "US$ per person", short="World Bank", series_kind="annual", points=(
    Point(2022, "", 11255, "actual", "wb"), Point(2023, "", 12919, "actual", "wb"),
    Point(2025, "", 14770, "estimate", "imf", "IMF estimate"),
    Point(2025, "", 15000, "claim", "akorda", "The President's \"more than $15,000\": a lower bound."),
))
RANK = Indicator("rsf", "Press freedom rank", "rank", short="RSF", series_kind="annual", invert_axis=True, points=(
    Point(2024, "", 142, "actual", "wb", "142nd of 180"), Point(2025, "", 141, "actual", "wb", "141st of 180"),
))
ARTICLE = Indicator("article", "GDP per capita (article)", "US$ per person", short="Article", series_kind="annual",
                    caution="Unverified: the article's figures.", points=(Point(2023, "", 13300, "claim", "wb", "x"),))


@pytest.fixture
def chart(qtbot):
    from ui.indicators.indicator_plot import IndicatorChart
    widget = IndicatorChart()
    qtbot.addWidget(widget)
    widget.resize(900, 520)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _spec(*series, **options):
    from ui.indicators.chart_parts import ChartSpec
    return ChartSpec(series[0], series[1] if len(series) > 1 else None, sources=SOURCES, data_version="v-test",
                     **options)


def test_bounds_and_whole_number_ranges_in_the_model():
    assert bound_of("", "a lower bound from a statement") == ">="
    assert bound_of(">15000", "") == ">=" and bound_of("less than 5", "") == "<="
    assert bound_of("15000", "The World Bank gives $11,255.") == ""
    assert RANK.points[0].rank_total == 180 and RANK.is_rank and not GDP.is_rank
    assert whole_number_range([142, 141]) == (140.0, 143.0)
    assert whole_number_range([1, 2], floor=1) == (1.0, 4.0)
    assert whole_number_step(3, 6) == 1 and whole_number_step(170, 6) == 50


def test_legend_names_the_publisher_of_each_point_not_the_series(chart):
    chart.draw(_spec(GDP))
    legend = [label.text for _sample, label in chart.legend.items]
    assert legend == ["World Bank: actual", "International Monetary Fund: estimate", "Akorda: claim (unverified)"]
    hover = chart.hover_lines_at(chart.scene_pos_of(GDP.points[2]))
    assert any("Source: International Monetary Fund" in line for block in hover for line in block)


def test_a_lower_bound_is_drawn_as_one(chart):
    chart.draw(_spec(GDP))
    assert [label.textItem.toPlainText().strip() for label in chart.bound_labels] == ["\u2265 15,000"]
    arrows = [i for i in chart.bound_arrows if i.isVisible()]
    assert [(list(a.getData()[0]), list(a.getData()[1])) for a in arrows] == [([2025.0], [15000.0])]
    claim = next(p for p in GDP.points if p.kind == "claim")
    lines = chart.hover_lines_at(chart.scene_pos_of(claim))
    assert any(line == "\u2265 15,000 US$ per person" for block in lines for line in block)


def test_ranks_use_whole_numbers_with_of_n_and_room_around(chart):
    chart.draw(_spec(RANK))
    chart.settle()
    (lo, hi) = chart.plot.vb.viewRange()[1]
    assert lo < 140 < 143 < hi < 144  # 142 -> 141 does not fill the plot height
    axis = chart.plot.getAxis("left")
    ticks = [v for level in axis.tickValues(lo, hi, chart.plot.vb.height()) for v in level[1]]
    assert sorted(ticks) == [140.0, 141.0, 142.0, 143.0]  # whole numbers only, never 141.5
    assert "of 180" in axis.labelText
    hover = chart.hover_lines_at(chart.scene_pos_of(RANK.points[1]))
    assert hover[0][1] == "rank 141 of 180"


def test_caution_sits_with_its_own_series(chart):
    chart.draw(_spec(GDP, ARTICLE))
    legend = [label.text for _sample, label in chart.legend.items]
    assert [row for row in legend if "\u26a0" in row] == ["World Bank: claim (unverified) \u26a0"]
    assert chart.note_label.text() == "\u26a0 Article: Unverified: the article's figures."
    chart.draw(_spec(GDP))
    assert not chart.note_label.isVisibleTo(chart)


def test_exported_image_carries_the_source_line(qtbot):
    from ui.indicators.chart_image import footer_lines, render_light_chart, source_line
    spec = _spec(GDP, ARTICLE)
    line = source_line(spec)
    assert line.startswith("Source: World Bank, \u201cWorld Development Indicators\u201d, 2024; "
                           "International Monetary Fund, \u201cWorld Economic Outlook\u201d, 2025-10; Akorda")
    assert line.endswith("Kazakhstan Reform Atlas, Data version v-test")
    assert footer_lines(spec) == ["\u26a0 Article: Unverified: the article's figures.", line]
    image = render_light_chart(spec, 900, 500, 1.0)
    assert image.height() > 500  # the footer is part of the picture
    footer = [image.pixelColor(x, y) for y in range(505, image.height()) for x in range(0, 600, 2)]
    assert sum(c != QColor("#ffffff") for c in footer) > 200  # text drawn there


@pytest.mark.qt_log_ignore("This plugin does not support raise")  # the tooltip, offscreen
def test_keyboard_steps_through_points_and_describes_them(chart, qtbot):
    chart.draw(_spec(GDP, ARTICLE))
    summary = chart.accessibleDescription()
    assert "GDP per capita, US$ per person, 2022\u20132025" in summary and "last \u2265 15,000" in summary
    assert chart.focusPolicy() & Qt.TabFocus and chart.accessibleName()
    chart.setFocus()
    qtbot.keyClick(chart, Qt.Key_Right)
    assert chart.keys.focused.point == GDP.points[0]
    assert "11,255 US$ per person" in chart.hover_text and "11,255" in chart.accessibleDescription()
    qtbot.keyClick(chart, Qt.Key_Right)
    qtbot.keyClick(chart, Qt.Key_End)
    assert chart.keys.focused.point.x == 2025.0
    qtbot.keyClick(chart, Qt.Key_Down)  # to the article's series, nearest in time
    assert chart.keys.focused.indicator.id == "article"
    assert "Point 1 of 1" in chart.accessibleDescription()
    qtbot.keyClick(chart, Qt.Key_Escape)
    assert chart.keys.focused is None and chart.accessibleDescription() == summary


def test_chart_text_follows_a_larger_font(chart):
    big = QFont(chart.font())
    big.setPointSizeF(15)
    chart.setFont(big)
    series = Indicator("s", "S", "members", series_kind="annual", points=tuple(
        Point(y, "", v, "actual", "wb") for y, v in ((2019, 40000), (2021, 20000), (2023, 5000))))
    from models.indicators import ReformEvent
    events = [ReformEvent(f"e{n}", label, date) for n, (label, date) in enumerate(
        (("1st package", "2019-12-20"), ("2nd package", "2020-09-01"), ("3rd package", "2021-01-10"),
         ("4th package", "2021-09-01"), ("Referendum 2022", "2022-06-05")))]
    chart.draw(_spec(series, events=events))
    chart.settle()
    axis = chart.plot.getAxis("left")
    assert axis.style["tickFont"].pointSizeF() == 15
    (lo, hi) = chart.plot.vb.viewRange()[1]
    ticks = [v for level in axis.tickValues(lo, hi, chart.plot.vb.height()) for v in level[1]]
    assert len(ticks) >= 3  # the numbers thin out, they do not collapse to one
    assert all(label.textItem.font().pointSizeF() >= 13.5 for label in chart.event_labels)
    # Labels in the band never overlap each other at this size.
    rects = [label.mapRectToScene(label.boundingRect()) for label in chart.event_labels]
    assert not any(a.intersects(b) for n, a in enumerate(rects) for b in rects[n + 1:])


def test_legend_follows_the_chart_font(chart):
    chart.draw(_spec(GDP))
    big = QFont(chart.font())
    big.setPointSizeF(15)
    chart.setFont(big)
    assert {label.opts["size"] for _sample, label in chart.legend.items} == {"15pt"}
    assert all(label.textItem.font().pointSizeF() >= 9 for label in chart.bound_labels)


def test_the_table_lists_every_point_with_its_publisher(qtbot, atlas):
    from ui.indicators.chart_table import table_rows
    from ui.indicators.indicators_view import IndicatorsView
    rows = table_rows([GDP], SOURCES)
    assert rows[-1][2:5] == ["\u2265 15,000 US$ per person", "Claim (unverified)", "Akorda"]
    assert [r[4] for r in rows[:2]] == ["World Bank", "World Bank"]
    view = IndicatorsView(atlas)
    qtbot.addWidget(view)
    assert not view.ui.table.isVisibleTo(view)
    view.ui.table_box.setChecked(True)
    model = view.ui.table.model()
    assert model.rowCount() == sum(len(s.points) for s in (view.current, view.compare) if s)
    assert model.headerData(4, Qt.Horizontal) == "Publisher" and view.ui.table.accessibleName()
    view.show_indicator("inflation")
    assert model.rowCount() == len(view.current.points)
