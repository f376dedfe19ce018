"""The power map stays legible: no label over another label, a body or a branch heading; no arrow
through a body it does not connect or off the edge of the map; no graph text below 9 pt on
screen; at 1024x640 and 1280x800, on several dates and in compare mode (both date orders), with
every label on and in focus mode. And it fits: at its default zoom the map is never wider than
its view (in the view alone and in the main window, in English, Russian and Kazakh), while
zooming in still pans."""

from __future__ import annotations

import itertools

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from tests.ui_helpers import app_names, make_window, user_store
from ui.i18n import translations
from ui.powers.power_balance_view import PowerBalanceView
from ui.powers.power_graph_geometry import MIN_POINT_SIZE, crossings

DATES = ("2019-06-01", "2022-07-01", "2023-06-30", "2026-08-01")
COMPARES = (("2023-06-30", "2021-12-31"), ("2021-12-31", "2023-06-30"), ("2026-08-01", "2023-06-30"))
FOCUS = ("president", "mazhilis", "kurultai", "voters", "constitutional-court")


@pytest.fixture(params=[(1024, 640), (1280, 800)], ids=["1024x640", "1280x800"])
def view(request, qtbot, atlas):
    widget = PowerBalanceView(atlas)
    qtbot.addWidget(widget)
    widget.resize(*request.param)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def _states(view):
    """Every state to check: (description, callable that puts the view in it)."""
    for date in DATES:
        yield f"on {date}", lambda d=date: (view.set_compare(None), view.set_date(d))
    for date, other in COMPARES:
        yield f"{date} compared with {other}", lambda d=date, o=other: (view.set_date(d), view.set_compare(o))


def _problems(view) -> list[str]:
    scene = view.scene
    problems = []
    labels = scene.label_rects()
    for a, b in itertools.combinations(labels, 2):
        if a.intersects(b):
            problems.append(f"labels overlap at {a.topLeft().toTuple()}")
    obstacles = [n.rect() for n in scene.nodes.values()] + scene.heading_rects() + [scene.legend_rect]
    for label in labels:
        if any(label.intersects(o) for o in obstacles):
            problems.append(f"label over a body, heading or the legend at {label.topLeft().toTuple()}")
    for edge in scene.visible_edges():
        others = [n.rect().adjusted(2, 2, -2, -2) for i, n in scene.nodes.items()
                  if i not in (edge.power.holder, edge.power.target)]
        if crossings(edge.path(), others):
            problems.append(f"arrow {edge.power.id} crosses a body")
        drawn = edge.path().boundingRect().united(edge.arrow.boundingRect())
        if not scene.sceneRect().adjusted(-3, -3, 3, 3).contains(drawn):  # the view and paper show only the scene
            problems.append(f"arrow {edge.power.id} runs off the map at {drawn.getCoords()}")
    return problems


def test_labels_never_overlap_labels_bodies_or_headings(view, qtbot):
    view.labels_box.setChecked(True)
    found = []
    for name, enter in _states(view):
        enter()
        shown = len(view.scene.label_rects())
        assert shown >= 0.5 * len(view.scene.visible_edges()), f"{name}: only {shown} labels placed"
        found += [f"{name}: {p}" for p in _problems(view)]
        for body in FOCUS:
            view.select_institution(body)
            found += [f"{name}, {body} selected: {p}" for p in _problems(view)]
        view.select_institution(None)
    assert not found, "\n".join(found)


def test_focus_mode_labels_the_selected_bodys_relations(view):
    view.labels_box.setChecked(False)
    view.set_date("2023-06-30")
    assert view.scene.label_rects() == []
    view.select_institution("president")
    labelled = [e for e in view.scene.edges if e.label_shown]
    assert labelled and all("president" in (e.power.holder, e.power.target) for e in labelled)
    assert len(labelled) + view.scene.hidden_labels == len(view.scene.focused_relations())
    faded = [e for e in view.scene.edges if "president" not in (e.power.holder, e.power.target)]
    assert faded and all(e.pen().color().alpha() < 100 for e in faded)
    assert not _problems(view)


def test_graph_text_is_at_least_9_points_on_screen(view):
    scale = view.graph_view.scale_factor()
    for font in (view.scene.node_font, view.scene.edge_font, view.scene.title_font):
        assert font.pointSizeF() * scale >= 9.0
    for edge in view.scene.edges:
        assert edge.label.font().pointSizeF() * scale >= 9.0


def test_graph_follows_the_text_zoom_and_stays_clear(view):
    """The window's text zoom sets the reading font of the view's table: the graph follows it
    (here +50%), and its labels still overlap nothing."""
    font = view.table_view.font()
    font.setPointSizeF(font.pointSizeF() * 1.5)
    view.table_view.setFont(font)
    assert view.scene.edge_font.pointSizeF() == pytest.approx(font.pointSizeF())
    assert view.scene.metrics.node_h > 1.8 * 13  # the boxes grew with the text
    view.labels_box.setChecked(True)
    view.set_date("2023-06-30")
    assert view.scene.label_rects()
    assert not _problems(view)


def _too_wide(view) -> str | None:
    """Why the map at its default zoom does not fit its view's width (None when it does)."""
    QApplication.processEvents()  # scroll bars come and go on the next turn of the event loop, as on screen
    graph = view.graph_view
    width = view.scene.sceneRect().width() * graph.scale_factor()
    if width > graph.viewport().width():
        return f"map {width:.0f} px wide in a {graph.viewport().width()} px view"
    if graph.horizontalScrollBar().maximum() > 0:
        return f"a horizontal scroll range of {graph.horizontalScrollBar().maximum()} px"
    return None


def test_the_map_fits_the_views_width_at_its_default_zoom(view, qtbot):
    view.labels_box.setChecked(True)
    graph = view.graph_view
    found = []
    for name, enter in _states(view):
        enter()
        assert graph.zoom == 1.0
        problem = _too_wide(view)
        if problem:
            found.append(f"{name}: {problem}")
        assert not _problems(view), name
    assert not found, "\n".join(found)
    qtbot.mouseClick(view.graph_tools.zoom_buttons["in"], Qt.LeftButton)
    qtbot.mouseClick(view.graph_tools.zoom_buttons["in"], Qt.LeftButton)
    assert graph.horizontalScrollBar().maximum() > 0  # zoomed in: wider than the view, panned
    graph.horizontalScrollBar().setValue(graph.horizontalScrollBar().maximum())
    assert graph.mapToScene(graph.viewport().rect().center()).x() > view.scene.sceneRect().center().x()
    qtbot.mouseClick(view.graph_tools.zoom_buttons["fit"], Qt.LeftButton)
    assert _too_wide(view) is None


def test_a_narrower_view_lays_the_map_out_narrower_and_keeps_the_selection(qtbot, atlas):
    widget = PowerBalanceView(atlas)
    qtbot.addWidget(widget)
    widget.resize(1400, 800)
    widget.show()
    qtbot.waitExposed(widget)
    widget.set_date("2023-06-30")
    widget.select_institution("president")
    widget.scene.set_current("mazhilis")
    wide = widget.scene.sceneRect().width()
    widget.resize(800, 640)
    qtbot.waitUntil(lambda: widget.scene.sceneRect().width() < wide)
    assert _too_wide(widget) is None
    assert widget.scene.nodes["president"].selected and widget.scene.nodes["mazhilis"].current
    assert all("Sources:" in edge.toolTip() for edge in widget.scene.edges)  # the new arrows have theirs
    assert widget.scene.focused_relations() and not _problems(widget)
    widget.resize(1400, 800)
    qtbot.waitUntil(lambda: widget.scene.sceneRect().width() == wide)


@pytest.fixture
def english_afterwards(atlas):
    yield
    translations.install("en")
    atlas.set_language("en")


@pytest.mark.parametrize("lang", ["en", "ru", "kk"])
def test_the_map_fits_the_window_in_every_language(lang, qtbot, qapp, atlas, english_afterwards):
    """In the main window (menus, tool bar and details pane take their share) the map fits the
    width in each language, names and headings included, and its text is still 9 pt or more."""
    app_names(qapp)
    store = user_store()
    window = make_window(qtbot, atlas, store)
    try:
        if lang != "en":
            window.set_language(lang, remember=False)
        found = []
        for size in ((1024, 640), (1280, 800)):
            window.resize(*size)
            view = window.show_view("powers")
            # The view spans the window (no reading pane beside it) once the window has laid it out.
            qtbot.waitUntil(lambda v=view, s=size: v.width() > 0.9 * s[0] and v.graph_view.isVisible())
            view.labels_box.setChecked(True)
            for name, enter in _states(view):
                enter()
                problem = _too_wide(view)
                if problem:
                    found.append(f"{lang} {size}, {name}: {problem}")
                found += [f"{lang} {size}, {name}: {p}" for p in _problems(view)]
            assert view.scene.node_font.pointSizeF() * view.graph_view.scale_factor() >= MIN_POINT_SIZE
        assert not found, "\n".join(found)
    finally:
        window.close()
        store.close()
