"""The graph's own controls: all labels on or off, which relation types to draw (a checkable
menu), and zoom in / out / fit buttons (the keys and Ctrl+wheel do the same)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QCheckBox, QHBoxLayout, QMenu, QToolButton, QWidget

from ui.i18n import labels
from ui.powers.power_graph_scene import PowerGraphScene
from ui.powers.power_graph_style import GROUP_LABELS
from ui.powers.power_graph_view import PowerGraphView

translate = QCoreApplication.translate


class GraphTools(QWidget):
    def __init__(self, scene: PowerGraphScene, parent: QWidget | None = None):
        super().__init__(parent)
        self.scene = scene
        row = QHBoxLayout(self)
        row.setContentsMargins(0, 0, 0, 0)
        row.setSpacing(4)
        self.labels_box = QCheckBox(self.tr("All &labels"))
        self.labels_box.setAccessibleName(self.tr("Label every arrow"))
        self.labels_box.setToolTip(self.tr("Off: only the selected body's arrows are labelled; the legend names "
                                           "the colours. On: every arrow that has room."))
        self.labels_box.toggled.connect(scene.set_show_labels)
        self.filter_button = QToolButton()
        self.filter_button.setText(self.tr("&Relations"))
        self.filter_button.setAccessibleName(self.tr("Relation types shown"))
        self.filter_button.setToolTip(self.tr("Choose which kinds of relation the graph draws"))
        self.filter_button.setPopupMode(QToolButton.InstantPopup)
        menu = QMenu(self.filter_button)
        self.group_actions: dict[str, QAction] = {}
        for group in GROUP_LABELS:
            action = menu.addAction(labels.label(labels.RELATION_GROUP, group))
            action.setCheckable(True)
            action.setChecked(True)
            action.toggled.connect(self._groups_changed)
            self.group_actions[group] = action
        menu.addSeparator()
        menu.addAction(self.tr("Show all"), lambda: self.set_hidden_groups(set()))
        self.filter_button.setMenu(menu)
        self.zoom_buttons: dict[str, QToolButton] = {}
        for key, text, name in (("in", "+", self.tr("Zoom in")), ("out", "\u2212", self.tr("Zoom out")),
                                ("fit", self.tr("Fit"), self.tr("Zoom to fit"))):
            button = QToolButton()
            button.setText(text)
            button.setAccessibleName(name)
            button.setToolTip(name)
            self.zoom_buttons[key] = button
        row.addWidget(self.labels_box)
        row.addWidget(self.filter_button)
        for button in self.zoom_buttons.values():
            row.addWidget(button)

    def connect_view(self, view: PowerGraphView) -> None:
        self.zoom_buttons["in"].clicked.connect(lambda: view.zoom_by(1.25))
        self.zoom_buttons["out"].clicked.connect(lambda: view.zoom_by(0.8))
        self.zoom_buttons["fit"].clicked.connect(lambda: view.zoom_by(0.0))

    def set_hidden_groups(self, groups: set[str]) -> None:
        for group, action in self.group_actions.items():
            action.blockSignals(True)
            action.setChecked(group not in groups)
            action.blockSignals(False)
        self._groups_changed()

    def _groups_changed(self, _checked: bool = False) -> None:
        hidden = {g for g, action in self.group_actions.items() if not action.isChecked()}
        self.scene.set_hidden_groups(hidden)
        self.filter_button.setText(self.tr("&Relations") if not hidden
                                   else self.tr("&Relations ({shown} of {total})").format(
                                       shown=len(self.group_actions) - len(hidden), total=len(self.group_actions)))
        self.filter_button.setAccessibleDescription(self.filter_button.text().replace("&", ""))
        self.filter_button.setFocusPolicy(Qt.StrongFocus)
