"""The timeline on a time axis: where entries go (pure layout), the whole width used, titles
whole, the axis ending at the last year with data, undated entries kept off the axis, and the
keyboard."""

from __future__ import annotations

import datetime as dt

import pytest
from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QFontMetricsF

from tests.ui_helpers import window  # noqa: F401 - fixture
from ui.timeline.timeline_layout import (
    Axis,
    column_cards,
    is_dated,
    parse_date,
    precision_of,
    years_per_column,
)


def test_dates_are_read_without_guessing():
    assert parse_date("2022-06-05") == dt.date(2022, 6, 5) and parse_date("2022") == dt.date(2022, 1, 1)
    assert parse_date("") is None and parse_date("n.d.") is None and parse_date("2022-13") is None
    assert [precision_of(d) for d in ("2022", "2022-06", "2022-06-05", "")] == ["year", "month", "day", "unknown"]
    assert not is_dated("2022-06-05", "unknown") and not is_dated("") and is_dated("2022", "year")


def test_cards_stand_in_year_columns_in_date_order():
    axis = Axis(2019, 2026, 0.0, 800.0)  # 100 px a year
    assert years_per_column(axis, 90) == 1 and years_per_column(axis, 150) == 2
    items = [("b", dt.date(2019, 5, 1)), ("a", dt.date(2019, 1, 1)), ("c", dt.date(2026, 12, 1))]
    cards = {c.key: c for c in column_cards(items, axis, 90, lambda _k, _w: 40.0, top=10.0)}
    assert cards["a"].y == 10.0 and cards["b"].y == cards["a"].bottom + 6  # stacked by date
    assert cards["a"].x < 10 and cards["c"].right <= 800 and cards["c"].x >= 700  # at their years


@pytest.fixture
def timeline(qtbot, atlas):
    from ui.timeline.timeline_view import TimelineView
    view = TimelineView(atlas)
    qtbot.addWidget(view)
    view.resize(1280, 800)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: view.canvas.width() > 1000 and bool(view.canvas.cards))
    return view


def test_entries_spread_across_the_width_with_whole_titles(timeline, atlas):
    canvas = timeline.canvas
    refs = atlas.entry_refs()
    dated = [r for r in refs if parse_date(r.date)]
    assert len(canvas.cards) == len(refs)
    xs = [c.x for c in canvas.cards.values()]
    assert max(c.right for c in canvas.cards.values()) - min(xs) > 0.9 * canvas.width()
    assert canvas.axis.last_year == max(parse_date(r.date).year for r in dated)  # not years past the data
    assert canvas.axis.first_year == min(parse_date(r.date).year for r in dated)
    metrics = QFontMetricsF(canvas.font())
    for key, card in canvas.cards.items():
        needed = metrics.boundingRect(QRectF(0, 0, card.width - 12, 10_000), int(Qt.TextWordWrap),
                                      canvas.entries[key].title)
        assert needed.width() <= card.width - 12 + 0.5 and needed.height() < card.height, key
    cards = list(canvas.cards.values())
    assert not any(QRectF(a.x, a.y, a.width, a.height).intersects(QRectF(b.x, b.y, b.width, b.height))
                   for n, a in enumerate(cards) for b in cards[n + 1:])
    names = [band.label for band in canvas.bands]
    assert "2026 Constitution" in names and any("reform package" in n.lower() for n in names)
    small = QFontMetricsF(canvas.small_font())  # the font the packages are named in
    right = canvas.axis.left + canvas.axis.width
    for band in canvas.bands:
        if band.label_width:  # every package named in full, inside the axis
            assert small.horizontalAdvance(band.label) <= band.label_width - 8 + 0.5, band.label
            assert band.label_left + band.label_width <= right + 0.5


def test_undated_entries_have_their_own_lane(qtbot):
    from ui.timeline.timeline_canvas import TimelineCanvas
    from ui.timeline.timeline_eras import TimelineEntry
    canvas = TimelineCanvas()
    qtbot.addWidget(canvas)
    canvas.resize(1000, 600)
    entries = [TimelineEntry("a", "Dated", "2021-03-01", "1 March 2021", "c"),
               TimelineEntry("y", "Year only", "2023", "2023", "c"),
               TimelineEntry("u", "No date", "", "", "c", dated=False)]
    canvas.set_data(entries, [], {})
    assert canvas.axis.last_year == 2023 and canvas.order[-1] == "u"
    assert canvas.cards["u"].y > canvas.undated_y > canvas.cards["y"].bottom
    assert canvas.cards["y"].x > canvas.cards["a"].x


def test_keyboard_moves_between_entries_and_enter_opens(timeline, qtbot):
    canvas = timeline.canvas
    opened, selected = [], []
    timeline.entryActivated.connect(opened.append)
    timeline.entrySelected.connect(selected.append)
    canvas.setFocus()
    assert canvas.focusPolicy() & Qt.TabFocus and canvas.accessibleName()
    qtbot.keyClick(canvas, Qt.Key_Right)
    first = canvas.order[0]
    assert canvas.current == first and selected == [first]
    qtbot.keyClick(canvas, Qt.Key_Right)
    assert canvas.current == canvas.order[1]
    qtbot.keyClick(canvas, Qt.Key_Down)
    below = canvas.cards[canvas.current]
    assert below.y > canvas.cards[canvas.order[1]].y
    assert canvas.entries[canvas.current].title in canvas.accessibleDescription()
    qtbot.keyClick(canvas, Qt.Key_Return)
    assert opened == [canvas.current]
    timeline.scroll_to_year(2022)
    assert canvas.entries[canvas.current].day.year == 2022


def test_window_text_zoom_reaches_the_timeline_and_chart(qtbot, window):
    timeline = window.show_view("timeline")
    chart_view = window.show_view("indicators")
    before = timeline.canvas.font().pointSizeF()
    window.set_zoom(3)
    assert timeline.canvas.font().pointSizeF() == pytest.approx(before * 1.3, rel=0.05)
    assert chart_view.chart.font().pointSizeF() == pytest.approx(before * 1.3, rel=0.05)
    assert chart_view.chart.plot.getAxis("left").style["tickFont"].pointSizeF() == pytest.approx(before * 1.3, rel=0.05)



def test_a_russian_year_mark_never_wraps_alone(qapp):
    from ui.timeline.timeline_canvas import TEXT_FLAGS, date_line
    assert date_line("15 марта 2024 г.") == "15 марта 2024\u00a0г."
    assert date_line("2020 жылғы 4 мамыр") == "2020 жылғы 4 мамыр"  # a month name may wrap
    assert date_line("4 May 2020") == "4 May 2020" and date_line("2019") == "2019"
    # A card just too narrow for the whole date: the plain text breaks before "г." (first line
    # "15 марта 2024"); the card's text breaks before "2024", so no line is as wide as that.
    metrics = QFontMetricsF(qapp.font())
    first_line = metrics.horizontalAdvance("15 марта 2024")
    width = first_line + 2
    plain = metrics.boundingRect(QRectF(0, 0, width, 1000), TEXT_FLAGS, "15 марта 2024 г.")
    card = metrics.boundingRect(QRectF(0, 0, width, 1000), TEXT_FLAGS, date_line("15 марта 2024 г."))
    assert plain.width() >= first_line - 0.5
    assert card.width() < first_line - 1
    assert card.height() == plain.height()  # still two lines
