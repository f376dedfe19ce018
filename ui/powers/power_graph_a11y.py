"""The graph's text alternative for screen readers: an accessible description of what is drawn
(date or comparison, how many relations, the body under the keyboard cursor and, in focus mode,
each of the selected body's relations in words). The Table tab is the full data table."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAccessible, QAccessibleEvent
from PySide6.QtWidgets import QWidget

from ui.i18n import labels
from ui.powers.power_graph_scene import PowerGraphScene
from ui.powers.power_text import day, relation_label

translate = QCoreApplication.translate


def graph_description(scene: PowerGraphScene) -> str:
    names = scene.balance.institutions
    shown = scene.visible_edges()
    if scene.diff is None:
        parts = [translate("PowerBalance", "Powers on {date}: {count} relations shown.").format(
            date=day(scene.date), count=len(shown))]
    else:
        parts = [translate("PowerBalance", "Changes from {start} to {end}: {count} relations shown, "
                                           "{gained} gained, {lost} lost, {changed} changed.").format(
            start=day(scene.diff.from_date), end=day(scene.diff.to_date), count=len(shown),
            gained=len(scene.diff.gained), lost=len(scene.diff.lost), changed=len(scene.diff.changed))]
    if scene.hidden_labels:
        parts.append(translate("PowerBalance", "{count} labels left out for lack of room; the table lists "
                                               "every relation.").format(count=scene.hidden_labels))
    if scene.hidden_groups:
        hidden = ", ".join(labels.label(labels.RELATION_GROUP, g) for g in sorted(scene.hidden_groups))
        parts.append(translate("PowerBalance", "Hidden relation types: {types}.").format(types=hidden))
    if scene.current:
        institution = names[scene.current]
        parts.append(translate("PowerBalance", "Current body: {name} ({branch}).").format(
            name=institution.name, branch=labels.label(labels.BRANCH, institution.branch)))
    if scene.focus:
        relations = scene.focused_relations()
        parts.append(translate("PowerBalance", "Selected: {name}, {count} relations:").format(
            name=names[scene.focus].name, count=len(relations)))
        for edge in relations:
            power = edge.power
            line = f"{names[power.holder].name} {relation_label(power)} {names[power.target].name}"
            if edge.status and edge.status != "same":
                line += f" ({labels.label(labels.CHANGE, edge.status)})"
            parts.append(line + ";")
    else:
        parts.append(translate("PowerBalance", "Arrow keys move between bodies, Enter lists a body's powers, "
                                               "Space selects it; the Table tab lists every relation."))
    return " ".join(parts)


def announce(widget: QWidget, description: str) -> None:
    """Set the widget's accessible description and tell assistive technology it changed."""
    if widget.accessibleDescription() == description:
        return
    widget.setAccessibleDescription(description)
    QAccessible.updateAccessibility(QAccessibleEvent(widget, QAccessible.Event.DescriptionChanged))
