"""The power view for keyboard, screen-reader and low-vision users: the graph driven by keys and
described through Qt's accessibility; the table without a Tab trap, Enter opening like a
double-click, names never cut; compare reading earlier -> later; WCAG contrast of the graph's
colours computed from the live constants, light and dark."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QAbstractButton, QAbstractSpinBox, QApplication, QLabel, QWidget

from ui.common.theme import palette
from ui.powers.power_balance_view import PowerBalanceView
from ui.powers.power_graph_style import GROUP_COLORS, STATUS_COLORS, GraphColors, edge_color
from ui.powers.power_table_model import POWER_ID_ROLE


@pytest.fixture
def view(qtbot, atlas):
    widget = PowerBalanceView(atlas)
    qtbot.addWidget(widget)
    widget.resize(1024, 640)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


# -- keyboard: the graph ---------------------------------------------------------------------------

def test_arrow_keys_move_between_bodies_and_enter_space_escape_work(view, qtbot):
    view.set_date("2023-06-30")
    graph = view.graph_view
    graph.setFocus()
    qtbot.waitUntil(graph.hasFocus)
    assert graph.focusPolicy() & Qt.TabFocus
    view.scene.set_current("president")
    qtbot.keyClick(graph, Qt.Key_Down)
    assert view.scene.current == "government"  # the body under the President in the executive box
    assert view.scene.nodes["government"].current and not view.scene.nodes["president"].current
    qtbot.keyClick(graph, Qt.Key_Right)
    assert view.scene.current == "national-bank"
    assert "National Bank" in graph.accessibleDescription()
    qtbot.keyClick(graph, Qt.Key_Return)
    assert view.scene.focus == "national-bank"
    assert "National Bank" in view.side_panel.toPlainText().replace("\n", " ")
    qtbot.keyClick(graph, Qt.Key_Escape)
    assert view.scene.focus is None
    qtbot.keyClick(graph, Qt.Key_Space)
    assert view.scene.focus == "national-bank"
    qtbot.keyClick(graph, Qt.Key_Space)
    assert view.scene.focus is None


def test_plus_minus_zero_zoom_the_graph_without_shrinking_text(view, qtbot):
    graph = view.graph_view
    graph.setFocus()
    fitted = graph.scale_factor()
    qtbot.keyClick(graph, Qt.Key_Plus)
    assert graph.scale_factor() == pytest.approx(fitted * 1.25, rel=0.02)
    qtbot.keyClick(graph, Qt.Key_0)
    assert graph.scale_factor() == pytest.approx(fitted, rel=0.02)
    qtbot.keyClick(graph, Qt.Key_Minus)
    assert graph.scale_factor() >= 1.0  # never below the real text size
    qtbot.mouseClick(view.graph_tools.zoom_buttons["in"], Qt.LeftButton)
    assert graph.scale_factor() > fitted


def test_relation_filter_hides_a_type_and_says_so(view):
    view.set_date("2023-06-30")
    view.graph_tools.group_actions["elect"].setChecked(False)
    drawn = [e for e in view.scene.edges if e.isVisible()]
    assert drawn and all(e.power.relation not in ("elects",) for e in drawn)
    assert any(not e.isVisible() for e in view.scene.edges)
    assert "Hidden relation types" in view.graph_view.accessibleDescription()
    view.graph_tools.set_hidden_groups(set())
    assert all(e.isVisible() for e in view.scene.edges)


def test_graph_describes_the_selected_bodys_relations(view):
    view.set_date("2023-06-30")
    view.select_institution("president")
    description = view.graph_view.accessibleDescription()
    assert view.graph_view.accessibleName()
    assert "Selected: President" in description and "appoints" in description
    relations = view.scene.focused_relations()
    assert description.count(";") >= len(relations)


# -- compare reads earlier -> later ---------------------------------------------------------------

def test_compare_with_a_later_date_still_reads_earlier_to_later(view):
    view.set_date("2021-12-31")
    view.set_compare("2023-06-30")
    assert (view.diff.from_date, view.diff.to_date) == ("2021-12-31", "2023-06-30")
    statuses = {e.power.id: e.status for e in view.scene.edges}
    assert statuses["citizens-apply-constitutional-court"] == "gained"
    assert statuses["assembly-elects-mazhilis-deputies"] == "lost"
    assert "Changes 2021-12-31" in view.side_panel.toPlainText()


# -- the table ---------------------------------------------------------------------------------------

def test_table_has_no_tab_trap_and_enter_opens_the_row(view, qtbot):
    view.set_date("2023-06-30")
    view.tabs.setCurrentIndex(1)
    table = view.table_view
    assert not table.tabKeyNavigation()
    row = next(r for r in range(view.proxy.rowCount())
               if view.proxy.index(r, 0).data(POWER_ID_ROLE) == "maslikhats-vote-regional-akims")
    table.setFocus()
    table.setCurrentIndex(view.proxy.index(row, 1))
    with qtbot.waitSignal(view.entryRequested, timeout=2000) as blocker:
        qtbot.keyClick(table, Qt.Key_Return)
    assert blocker.args == ["regional-akim-appointment-vote"]
    qtbot.keyClick(table, Qt.Key_Tab)
    assert QApplication.focusWidget() is not table


def test_table_columns_fit_the_names(view):
    view.set_date("2023-06-30")
    view.tabs.setCurrentIndex(1)
    metrics = view.table_view.fontMetrics()
    for column in (1, 2, 3):
        widest = max(metrics.horizontalAdvance(view.proxy.index(r, column).data())
                     for r in range(view.proxy.rowCount()))
        assert view.table_view.columnWidth(column) >= widest, column
    long_detail = max((view.proxy.index(r, 4) for r in range(view.proxy.rowCount())),
                      key=lambda i: len(i.data()))
    if metrics.horizontalAdvance(long_detail.data()) > view.table_view.columnWidth(4):
        # elided text is whole in the tooltip (escaped rich text: ui/common/plain_text.tooltip)
        shown = QTextDocumentFragment.fromHtml(long_detail.data(Qt.ToolTipRole)).toPlainText()
        assert shown == long_detail.data()


# -- names ---------------------------------------------------------------------------------------

SYMBOLS = set("\u2190\u2192\u2191\u2193\u2605\u2606\u25b2\u25bc\u00ab\u00bb<>*+-\u2212 .\u2026&")


def test_every_focusable_control_has_a_natural_name(view):
    for widget in view.findChildren(QWidget):
        if not widget.isVisibleTo(view) or not (widget.focusPolicy() & Qt.TabFocus):
            continue
        if isinstance(widget.parentWidget(), QAbstractSpinBox) or widget.focusProxy() is not None:
            continue  # a date field's inner line edit, a viewport: the field or view carries the name
        name = widget.accessibleName() or (widget.text() if isinstance(widget, QAbstractButton) else "")
        assert name, f"{type(widget).__name__} {widget.objectName()} has no accessible name"
        assert set(name) - SYMBOLS, f"{name!r} is only symbols"
    labels = [w for w in view.findChildren(QLabel) if "Compare" in w.text()]
    assert labels and labels[0].buddy() is view.from_edit


# -- contrast ------------------------------------------------------------------------------------

def _luminance(color) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(color.red()) + 0.7152 * channel(color.green()) + 0.0722 * channel(color.blue())


def _ratio(a, b) -> float:
    high, low = sorted((_luminance(a), _luminance(b)), reverse=True)
    return (high + 0.05) / (low + 0.05)


@pytest.mark.parametrize("dark", [False, True], ids=["light", "dark"])
def test_graph_colours_meet_wcag_contrast(dark, atlas):
    colors = GraphColors.from_palette(palette(dark))
    grounds = [colors.background, colors.box]
    power = atlas.power_balance().powers[0]
    texts = {f"relation {k}": colors.pick(v) for k, v in GROUP_COLORS.items()}
    texts |= {f"status {k}": colors.pick(v) for k, v in STATUS_COLORS.items()}
    texts |= {"unchanged": edge_color(colors, power, "same"), "muted": colors.muted, "text": colors.text}
    low = [f"{name} {color.name()} on {ground.name()}: {_ratio(color, ground):.2f}"
           for name, color in texts.items() for ground in grounds if _ratio(color, ground) < 4.5]
    assert not low, low  # text (labels, legend) 4.5:1, so arrows in the same colours pass 3:1 too
    for branch in ("executive", "legislative", "judicial", "oversight", "local", "consultative", "citizens"):
        fill = colors.branch_fill(branch)
        assert _ratio(colors.text, fill) >= 4.5, branch
        assert _ratio(colors.muted, fill) >= 3.0, branch  # greyed names of bodies absent on the date
        assert _ratio(colors.branch_edge(branch), colors.box) >= 3.0, branch
