"""WCAG 2.2 contrast, computed from the live palettes and the app's own colours, light and dark.

Text must reach 4.5:1 against what it is drawn on, meaningful marks and edges (field and button
borders, check boxes, the focus ring, graph arrows, chart series, the search-match highlight) 3:1.
Borders and the focus ring are read back from pixels the application style really draws, so a
style that ignores our colours fails here.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QRect
from PySide6.QtGui import QColor, QImage, QPainter, QPalette
from PySide6.QtWidgets import (
    QApplication,
    QFrame,
    QPlainTextEdit,
    QStyle,
    QStyleOption,
    QStyleOptionButton,
    QStyleOptionFocusRect,
    QStyleOptionFrame,
)

from ui.common import contrast

TEXT, MARK = 4.5, 3.0


@pytest.fixture(params=["light", "dark"])
def themed(request, qapp):
    """The application palette and style after the theme controller applied `light` or `dark`."""
    from ui.common.theme import ThemeController
    old_palette, old_style = QApplication.palette(), qapp.style().name()
    controller = ThemeController(qapp, request.param)
    yield request.param == "dark", QApplication.palette()
    controller.deleteLater()
    qapp.setPalette(old_palette)
    qapp.setStyle(old_style)


def _role(pal: QPalette, role, group=QPalette.Active) -> QColor:
    return pal.color(group, role)


def palette_text_pairs(pal: QPalette) -> list[tuple[str, QColor, QColor]]:
    R, D = QPalette, QPalette.Disabled
    pairs = [("window text", _role(pal, R.WindowText), _role(pal, R.Window)),
             ("text", _role(pal, R.Text), _role(pal, R.Base)),
             ("text on alternate rows", _role(pal, R.Text), _role(pal, R.AlternateBase)),
             ("button text", _role(pal, R.ButtonText), _role(pal, R.Button)),
             ("placeholder", _role(pal, R.PlaceholderText), _role(pal, R.Base)),
             ("selected text", _role(pal, R.HighlightedText), _role(pal, R.Highlight)),
             ("selected text (inactive window)", _role(pal, R.HighlightedText, R.Inactive),
              _role(pal, R.Highlight, R.Inactive)),
             ("tooltip", _role(pal, R.ToolTipText), _role(pal, R.ToolTipBase)),
             ("disabled text", _role(pal, R.Text, D), _role(pal, R.Base, D)),
             ("disabled window text", _role(pal, R.WindowText, D), _role(pal, R.Window, D)),
             ("disabled button text", _role(pal, R.ButtonText, D), _role(pal, R.Button, D))]
    for back_role, back in (("base", R.Base), ("window", R.Window), ("alternate rows", R.AlternateBase)):
        pairs += [(f"link on {back_role}", _role(pal, R.Link), _role(pal, back)),
                  (f"visited link on {back_role}", _role(pal, R.LinkVisited), _role(pal, back))]
    return pairs


def app_text_pairs(dark: bool, pal: QPalette) -> list[tuple[str, QColor, QColor]]:
    from ui.common import theme
    from ui.entry.entry_html import DARK_PAGE, LIGHT_PAGE
    page = DARK_PAGE if dark else LIGHT_PAGE
    base, window, alt, text = (_role(pal, r) for r in (QPalette.Base, QPalette.Window, QPalette.AlternateBase,
                                                         QPalette.Text))
    muted = theme.muted_text(pal)
    fill, on_fill = theme.mark_colors(pal)
    c = QColor
    return [("muted text on base", muted, base), ("muted text on window", muted, window),
            ("muted text on alternate rows", muted, alt),
            ("search match text on its fill", on_fill, fill),
            ("entry page muted", c(page.muted), base), ("entry page link", c(page.link), base),
            ("entry page warning", c(page.warning), base), ("entry page text in a note box", text, c(page.box)),
            ("entry page link in a note box", c(page.link), c(page.box)),
            ("entry page table header text", text, c(page.header))]


def app_mark_pairs(dark: bool, pal: QPalette) -> list[tuple[str, QColor, QColor]]:
    from ui.common import theme
    from ui.entry.entry_html import DARK_PAGE, LIGHT_PAGE
    page = DARK_PAGE if dark else LIGHT_PAGE
    base, alt = _role(pal, QPalette.Base), _role(pal, QPalette.AlternateBase)
    fill, _ = theme.mark_colors(pal)
    return [("search match fill against its row", fill, base),
            ("search match fill against an alternate row", fill, alt),
            ("entry figures-table border", QColor(page.border), base),
            ("entry figures-table border on the header row", QColor(page.border), QColor(page.header))]


# -- what the style really draws ----------------------------------------------------------------

def _draw(primitive, option: QStyleOption, pal: QPalette, size=(40, 22), complex_control=None,
          widget=None) -> QImage:
    image = QImage(*size, QImage.Format_ARGB32)
    image.fill(pal.color(QPalette.Window))
    option.rect = QRect(0, 0, *size)
    option.palette = pal
    painter = QPainter(image)
    style = QApplication.style()
    if complex_control is not None:
        style.drawComplexControl(complex_control, option, painter, widget)
    else:
        style.drawPrimitive(primitive, option, painter, widget)
    painter.end()
    return image


def _edge(image: QImage, against: QColor) -> QColor:
    """The colour of the left edge at mid-height: of the first three pixels, the one that stands
    out most from `against` (the outer pixel may be a soft anti-aliased half)."""
    y = image.height() // 2
    candidates = [image.pixelColor(x, y) for x in range(3)]
    return max(candidates, key=lambda color: contrast.ratio(color, against))


def drawn_edges(pal: QPalette) -> list[tuple[str, QColor, QColor]]:
    window, base, button = (pal.color(r) for r in (QPalette.Window, QPalette.Base, QPalette.Button))
    enabled = QStyle.State_Enabled | QStyle.State_Active
    focused = enabled | QStyle.State_HasFocus | QStyle.State_KeyboardFocusChange
    out = []
    note_field = QPlainTextEdit()  # a typed-into text box, like the bookmark note
    for name, state in (("", enabled), ("focused ", focused)):
        frame = QStyleOptionFrame()
        frame.state, frame.lineWidth = state, 1
        edge = _edge(_draw(QStyle.PE_FrameLineEdit, frame, pal), window)
        out += [(f"{name}text-field border against the window", edge, window),
                (f"{name}text-field border against the field", edge, base)]
        area = QStyleOptionFrame()
        area.state, area.lineWidth, area.frameShape = state, 1, QFrame.StyledPanel
        edge = _edge(_draw(QStyle.PE_Frame, area, pal, (60, 40), widget=note_field), window)
        out += [(f"{name}multi-line field border against the window", edge, window),
                (f"{name}multi-line field border against the field", edge, base)]
        from PySide6.QtWidgets import QStyleOptionSpinBox
        spin = QStyleOptionSpinBox()
        spin.state, spin.frame = state, True
        spin.subControls = QStyle.SC_SpinBoxFrame | QStyle.SC_SpinBoxEditField | QStyle.SC_SpinBoxUp
        edge = _edge(_draw(None, spin, pal, (90, 24), QStyle.CC_SpinBox), window)
        out += [(f"{name}date-field border against the window", edge, window),
                (f"{name}date-field border against the field", edge, base)]
        box = QStyleOptionButton()
        box.state = state | QStyle.State_Off
        edge = _edge(_draw(QStyle.PE_IndicatorCheckBox, box, pal, (14, 14)), window)
        out += [(f"{name}check box square against the window", edge, window),
                (f"{name}check box square against its inside", edge, base)]
        push = QStyleOptionButton()
        push.state = state | QStyle.State_Raised
        edge = _edge(_draw(QStyle.PE_PanelButtonCommand, push, pal, (80, 26)), window)
        out += [(f"{name}button border against the window", edge, window),
                (f"{name}button border against the button", edge, button)]
    default = QStyleOptionButton()
    default.state, default.features = enabled | QStyle.State_Raised, QStyleOptionButton.DefaultButton
    edge = _edge(_draw(QStyle.PE_PanelButtonCommand, default, pal, (80, 26)), window)
    out += [("a dialog's default button border against the window", edge, window)]
    ring = QStyleOptionFocusRect()  # tool buttons, tabs, check boxes, list items with keyboard focus
    ring.state = focused
    edge = _edge(_draw(QStyle.PE_FrameFocusRect, ring, pal), window)
    out += [("focus frame against the window", edge, window), ("focus frame against a field", edge, base)]
    return out


def _failures(pairs, threshold: float) -> list[str]:
    return [f"{name}: {fg.name()} on {bg.name()} = {contrast.ratio(fg, bg):.2f}"
            for name, fg, bg in pairs if contrast.ratio(fg, bg) < threshold]


def test_the_contrast_ratio_matches_wcag_examples():
    assert contrast.ratio(QColor("#000000"), QColor("#ffffff")) == pytest.approx(21.0)
    assert contrast.ratio(QColor("#767676"), QColor("#ffffff")) == pytest.approx(4.54, abs=0.01)
    assert contrast.ratio(QColor("#ffffff"), QColor("#767676")) == contrast.ratio(QColor("#767676"),
                                                                                   QColor("#ffffff"))


def test_palette_text_reads_at_4_5_to_1(themed):
    _dark, pal = themed
    assert _failures(palette_text_pairs(pal), TEXT) == []


def test_app_text_colours_read_at_4_5_to_1(themed):
    dark, pal = themed
    assert _failures(app_text_pairs(dark, pal), TEXT) == []


def test_app_marks_stand_out_at_3_to_1(themed):
    dark, pal = themed
    assert _failures(app_mark_pairs(dark, pal), MARK) == []


def test_drawn_borders_check_boxes_and_focus_ring_stand_out_at_3_to_1(themed):
    _dark, pal = themed
    assert _failures(drawn_edges(pal), MARK) == []


def test_the_focus_ring_is_two_pixels_that_change_by_3_to_1(themed):
    """Focus shows as a change (WCAG 2.4.13): the ring's inner pixel, inside the plain 1px border,
    differs 3:1 from what is there without focus."""
    _dark, pal = themed
    images = []
    for state in (QStyle.State_Enabled | QStyle.State_Active,
                  QStyle.State_Enabled | QStyle.State_Active | QStyle.State_HasFocus):
        frame = QStyleOptionFrame()
        frame.state, frame.lineWidth = state, 1
        images.append(_draw(QStyle.PE_FrameLineEdit, frame, pal))
    y = images[0].height() // 2
    assert max(contrast.ratio(images[0].pixelColor(x, y), images[1].pixelColor(x, y)) for x in (1, 2)) >= MARK


def test_search_matches_are_marked_by_more_than_colour(themed):
    from ui.search.results_model import match_format
    _dark, pal = themed
    mark = match_format(pal)
    assert mark.fontWeight() >= 700 and mark.fontUnderline()
    fill, on_fill = mark.background().color(), mark.foreground().color()
    assert contrast.ratio(on_fill, fill) >= TEXT


# -- colours other views declare (read by import: the views own them) ---------------------------

def test_power_graph_arrows_and_labels(themed):
    from ui.powers import power_graph_style as style
    _dark, pal = themed
    colors = style.GraphColors.from_palette(pal)
    marks = [(f"{family} arrow", colors.pick(pair), colors.background) for family, pair in
             {**style.GROUP_COLORS, **style.STATUS_COLORS}.items()]
    labels = [(f"{family} label", colors.pick(pair), colors.background) for family, pair in
              {**style.GROUP_COLORS, **style.STATUS_COLORS}.items()]
    labels.append(("muted graph text", colors.muted, colors.background))
    assert _failures(marks, MARK) == []
    assert _failures(labels, TEXT) == []


def test_chart_series_and_labels(themed):
    from ui.indicators.chart_parts import ChartStyle
    _dark, pal = themed
    chart = ChartStyle.from_palette(pal)
    marks = [(f"series {n}", color, chart.background) for n, color in enumerate(chart.series, 1)]
    assert _failures(marks, MARK) == []
    assert _failures([("chart text", chart.text, chart.background),
                      ("chart muted text", chart.muted, chart.background)], TEXT) == []
