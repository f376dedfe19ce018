"""The power map stays legible: no label over another label, a body or a branch heading; no arrow
through a body it does not connect; no graph text below 9 pt on screen; at 1024x640 and 1280x800,
on several dates and in compare mode (both date orders), with every label on and in focus mode."""

from __future__ import annotations

import itertools

import pytest

from ui.powers.power_balance_view import PowerBalanceView
from ui.powers.power_graph_geometry import crossings

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
