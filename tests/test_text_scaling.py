"""Text follows the system font and the app's zoom, and nothing is cut at +50% font.

The window is built with a 15 pt application font (the default offscreen font is 9-10 pt, so this
is the "+50% system font" a low-vision user sets) at 1280×800; then, view by view, every visible
label, button, tab and empty field's placeholder must show its whole text: the text's width from
the widget's own font metrics fits the room the widget gives it, or the widget wraps. Text that
is elided on purpose carries its full text in a tooltip and is allowed.
"""

from __future__ import annotations

import re

import pytest
from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractScrollArea,
    QApplication,
    QCheckBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QMenuBar,
    QRadioButton,
    QStatusBar,
    QStyle,
    QTabBar,
    QToolButton,
    QWidget,
)

from tests.ui_helpers import app_names, make_window, user_store

VIEWS = ("search", "timeline", "powers", "indicators", "bookmarks", "glossary", "sources")
ELLIPSIS = "\u2026"


def _plain(text: str, rich: bool = False) -> str:
    if rich:
        doc = QTextDocument()
        doc.setHtml(text)
        text = doc.toPlainText()
    return text


def _without_mnemonic(text: str) -> str:
    return re.sub(r"&(?=[^&\s])", "", text).replace("&&", "&")  # "&Save" is drawn "Save"


def _widest_line(widget: QWidget, text: str) -> int:
    metrics = widget.fontMetrics()
    return max((metrics.horizontalAdvance(line) for line in text.splitlines()), default=0)


def _elided_on_purpose(widget: QWidget, text: str) -> bool:
    return text.rstrip().endswith(ELLIPSIS) and bool(widget.toolTip())


def _shown(widget: QWidget, window: QWidget) -> bool:
    return widget.isVisibleTo(window) and widget.width() > 0 and widget.visibleRegion().boundingRect().width() > 0


def _label_problem(label: QLabel) -> str | None:
    rich = label.textFormat() == Qt.RichText or (label.textFormat() == Qt.AutoText
                                                 and QtGui.Qt.mightBeRichText(label.text()))
    text = _plain(label.text(), rich) if rich else _without_mnemonic(label.text())
    if not text.strip() or label.wordWrap() or _elided_on_purpose(label, text):
        return None
    room = label.contentsRect().width() - 2 * max(label.margin(), 0) - max(label.indent(), 0)
    need = _widest_line(label, text)
    return f"needs {need}px, has {room}px" if need > room + 1 else None


def _button_problem(button: QAbstractButton) -> str | None:
    text = _without_mnemonic(button.text())
    if not text.strip() or _elided_on_purpose(button, text):
        return None
    if isinstance(button, QToolButton) and button.toolButtonStyle() == Qt.ToolButtonIconOnly:
        return None
    style = button.style()
    extra = 4
    if isinstance(button, (QCheckBox, QRadioButton)):
        metric = QStyle.PM_IndicatorWidth if isinstance(button, QCheckBox) else QStyle.PM_ExclusiveIndicatorWidth
        extra += style.pixelMetric(metric, None, button) + style.pixelMetric(QStyle.PM_CheckBoxLabelSpacing,
                                                                             None, button)
    elif not button.icon().isNull() and not (isinstance(button, QToolButton)
                                             and button.toolButtonStyle() == Qt.ToolButtonTextOnly):
        extra += button.iconSize().width() + 4
    need = _widest_line(button, text) + extra
    return f"needs {need}px, has {button.width()}px" if need > button.width() + 1 else None


def _tab_problems(bar: QTabBar) -> list[str]:
    out = []
    for index in range(bar.count()):
        if not bar.isTabVisible(index):
            continue
        text = _without_mnemonic(bar.tabText(index))
        need = bar.fontMetrics().horizontalAdvance(text) + 8
        if need > bar.tabRect(index).width() + 1:
            out.append(f"tab '{text}': needs {need}px, has {bar.tabRect(index).width()}px")
    return out


def _placeholder_problem(edit: QLineEdit) -> str | None:
    if edit.text() or not edit.placeholderText():
        return None
    margins = edit.textMargins()
    room = edit.contentsRect().width() - margins.left() - margins.right() - 6
    room -= sum(edit.height() for action in edit.actions() if action.isVisible())
    need = edit.fontMetrics().horizontalAdvance(edit.placeholderText())
    return f"placeholder needs {need}px, has {room}px" if need > room + 1 else None


def _in_scroll_area(widget: QWidget) -> bool:
    parent = widget.parentWidget()
    while parent is not None:
        if isinstance(parent, QAbstractScrollArea):
            return True
        parent = parent.parentWidget()
    return False


def _geometry_problems(widget: QWidget, window: QWidget) -> list[str]:
    """Text widgets that stick out of the window, or are shorter than one line of their font."""
    out = []
    if not _in_scroll_area(widget):
        left = widget.mapTo(window, widget.rect().topLeft()).x()
        if left < 0 or left + widget.width() > window.width():
            out.append(f"runs past the window edge ({left}..{left + widget.width()} of {window.width()}px)")
    text = getattr(widget, "text", lambda: "")()
    if isinstance(widget, (QLabel, QAbstractButton)) and str(text).strip() and \
            widget.height() < widget.fontMetrics().height():
        out.append(f"{widget.height()}px high for a {widget.fontMetrics().height()}px line")
    return out


def clipped_widgets(window: QMainWindow) -> list[str]:
    """Every visible widget in the window whose text does not fit, with what it needs and has."""
    out = []
    for widget in window.findChildren(QWidget):
        if not _shown(widget, window):
            continue
        problems: list[str] = []
        if isinstance(widget, (QLabel, QAbstractButton, QTabBar, QLineEdit)):
            problems += _geometry_problems(widget, window)
        if isinstance(widget, QLabel):
            problems += [p for p in [_label_problem(widget)] if p]
        elif isinstance(widget, QAbstractButton):
            problems += [p for p in [_button_problem(widget)] if p]
        elif isinstance(widget, QTabBar):
            problems += _tab_problems(widget)
        elif isinstance(widget, QLineEdit):
            problems += [p for p in [_placeholder_problem(widget)] if p]
        name = widget.objectName() or widget.accessibleName() or type(widget).__name__
        text = getattr(widget, "text", lambda: "")()
        out += [f"{type(widget).__name__} {name!r} {_plain(str(text))[:40]!r}: {p}" for p in problems]
    return out


@pytest.fixture
def big_font(qapp):
    """A 15 pt application font for the test's duration (the system font at about +50%)."""
    old = QApplication.font()
    font = QFont(old)
    font.setPointSizeF(15)
    QApplication.setFont(font)
    yield font
    QApplication.setFont(old)


@pytest.fixture
def big_window(qtbot, qapp, atlas, big_font):
    app_names(qapp)
    store = user_store()
    window = make_window(qtbot, atlas, store)
    window.resize(1280, 800)
    yield window
    window.settings = None
    window.close()
    store.close()


def _settle(qtbot, window) -> None:
    qtbot.waitUntil(lambda: window.isVisible())
    QApplication.processEvents()
    QApplication.processEvents()


@pytest.mark.parametrize("view", VIEWS)
def test_nothing_is_clipped_at_plus_50_percent_font(qtbot, big_window, view):
    window = big_window
    window.show_view(view)
    if view == "search" and window.search.model.rowCount():
        window.search.list.setCurrentIndex(window.search.model.index(0))  # the entry page is shown too
    _settle(qtbot, window)
    assert window.font().pointSizeF() == pytest.approx(15)
    assert clipped_widgets(window) == []


def test_the_zoom_scales_labels_buttons_fields_and_tabs_not_just_lists(qtbot, qapp, atlas):
    app_names(qapp)
    store = user_store()
    window = make_window(qtbot, atlas, store)
    try:
        window.show_view("glossary")
        base = QApplication.font().pointSizeF()
        window.show_view("sources")  # a table with a header
        controls = [w for w in window.findChildren(QWidget) if w.isVisibleTo(window) and isinstance(
            w, (QLabel, QAbstractButton, QLineEdit, QTabBar, QHeaderView, QMenuBar, QStatusBar))]
        assert {QToolButton, QLineEdit, QHeaderView, QMenuBar} <= {type(w) for w in controls} | {
            base for w in controls for base in type(w).__mro__}
        window.set_zoom(5)
        assert window.search.list.font().pointSizeF() == pytest.approx(base * 1.5)
        for widget in controls:
            assert widget.font().pointSizeF() == pytest.approx(base * 1.5), widget
        window.set_zoom(0)
        assert not window.testAttribute(Qt.WA_SetFont)  # back to following the system font itself
        assert all(w.font().pointSizeF() == pytest.approx(base) for w in controls)
    finally:
        window.settings = None
        window.close()
        store.close()


def test_the_zoom_follows_a_new_system_font(qtbot, qapp, atlas):
    app_names(qapp)
    store = user_store()
    window = make_window(qtbot, atlas, store)
    old = QApplication.font()
    try:
        window.set_zoom(2)
        bigger = QFont(old)
        bigger.setPointSizeF(old.pointSizeF() + 3)
        QApplication.setFont(bigger)  # the user changes the system font while the app runs
        qtbot.waitUntil(lambda: window.font().pointSizeF() == pytest.approx((old.pointSizeF() + 3) * 1.2))
        assert window.search.field.font().pointSizeF() == pytest.approx((old.pointSizeF() + 3) * 1.2)
    finally:
        QApplication.setFont(old)
        window.settings = None
        window.close()
        store.close()


def test_result_titles_get_a_second_line_when_the_list_is_narrow(qtbot, qapp, atlas):
    """At a large font in a small window the results list is narrow: titles wrap to two lines
    instead of being cut to their first words, and the rows grow back to one line when wide."""
    from PySide6.QtWidgets import QListView

    from models.search import SearchQuery
    from ui.search.results_model import ResultDelegate, ResultsModel
    model = ResultsModel()
    model.set_results(atlas.search(SearchQuery(text="election")))
    view = QListView()
    qtbot.addWidget(view)
    view.setModel(model)
    view.setItemDelegate(ResultDelegate(view))
    view.setUniformItemSizes(True)
    view.resize(900, 400)
    view.show()
    qtbot.waitExposed(view)
    wide = view.sizeHintForRow(0)
    view.resize(view.fontMetrics().averageCharWidth() * 20, 400)
    qtbot.waitUntil(lambda: view.visualRect(model.index(0)).height() > wide)
    assert view.sizeHintForRow(0) - wide >= view.fontMetrics().lineSpacing()
    view.resize(900, 400)
    qtbot.waitUntil(lambda: view.visualRect(model.index(0)).height() == wide)
