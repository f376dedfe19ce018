"""The graph's view: zoom and pan that never shrink the text, and keyboard operation.

The scene's text is at least 9 pt at scale 1, so the view never scales below 1. The view tells
the scene its width, and the scene lays itself out to fit it (fewer columns of branches in a
narrow window, so it grows downwards instead of off to the right). When the whole graph fits it
is scaled up to fill the view (to a limit); when it does not, it stays at its real size and pans
(wheel, drag, scroll bars, arrow keys following the keyboard cursor). Ctrl+wheel, + / - / 0
(with or without Ctrl) and the view's buttons zoom in, out and back.

Keys: the arrow keys move the cursor between bodies by where they sit (`spatial_neighbour`),
Enter lists the body's powers (and selects it), Space turns focus mode on or off for it,
Escape leaves focus mode (a second Escape clears the cursor).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QKeySequence, QPainter
from PySide6.QtWidgets import QGraphicsView, QWidget

from models.power_balance import spatial_neighbour
from ui.powers.power_graph_scene import PowerGraphScene

ARROWS = {Qt.Key_Left: "left", Qt.Key_Right: "right", Qt.Key_Up: "up", Qt.Key_Down: "down"}


class PowerGraphView(QGraphicsView):
    bodyActivated = Signal(str)  # Enter: list its powers
    bodyToggled = Signal(str)    # Space: focus mode on / off
    escaped = Signal()

    MAX_ZOOM = 4.0
    MAX_FIT = 1.6  # a big window enlarges the graph this much at most

    def __init__(self, scene: PowerGraphScene, parent: QWidget | None = None):
        super().__init__(scene, parent)
        self.graph = scene
        self.zoom = 1.0
        self.setRenderHints(QPainter.Antialiasing | QPainter.TextAntialiasing | QPainter.SmoothPixmapTransform)
        self.setFocusPolicy(Qt.StrongFocus)
        self.setTransformationAnchor(QGraphicsView.AnchorUnderMouse)
        self.setDragMode(QGraphicsView.ScrollHandDrag)
        self.setFrameShape(QGraphicsView.StyledPanel)
        self.setMouseTracking(True)
        self.setMinimumSize(320, 220)
        for keys, step in ((QKeySequence.ZoomIn, 1.25), (QKeySequence.ZoomOut, 0.8), ("Ctrl+0", 0.0)):
            action = QAction(self)
            action.setShortcut(QKeySequence(keys))
            action.setShortcutContext(Qt.WidgetWithChildrenShortcut)
            action.triggered.connect(lambda _=False, s=step: self.zoom_by(s))
            self.addAction(action)
        scene.sceneRectChanged.connect(lambda _rect: self.fit())
        self._relayout = QTimer(self)
        self._relayout.setSingleShot(True)
        self._relayout.setInterval(0)
        self._relayout.timeout.connect(self.relayout)

    def zoom_by(self, step: float) -> None:
        """Multiply the zoom by `step`; 0 goes back to the fitted size."""
        self.set_zoom(self.zoom * step if step else 1.0)

    def set_zoom(self, zoom: float) -> None:
        self.zoom = min(max(zoom, 1.0), self.MAX_ZOOM)
        self.fit()

    def fitted_scale(self) -> float:
        rect = self.graph.sceneRect()
        room = self.maximumViewportSize()  # without scroll bars: they come only when it does not fit
        if rect.isEmpty() or room.isEmpty():
            return 1.0
        # Two pixels short of the room: a graph filling it to the last pixel would, once rounded,
        # bring a scroll bar, which narrows the viewport and brings the other one.
        fit = min((room.width() - 2) / rect.width(), (room.height() - 2) / rect.height())
        return min(max(fit, 1.0), self.MAX_FIT)  # never below the real text size

    def scale_factor(self) -> float:
        return self.transform().m11()

    def fit(self) -> None:
        scale = self.fitted_scale() * self.zoom
        anchor = self.mapToScene(self.viewport().rect().center())
        self.resetTransform()
        self.scale(scale, scale)
        self.centerOn(anchor)

    # -- input -------------------------------------------------------------------------------------
    def wheelEvent(self, event) -> None:
        if event.modifiers() & Qt.ControlModifier:
            self.set_zoom(self.zoom * (1.15 if event.angleDelta().y() > 0 else 1 / 1.15))
            event.accept()
        else:
            super().wheelEvent(event)

    def keyPressEvent(self, event) -> None:
        key = event.key()
        plain = not (event.modifiers() & (Qt.ControlModifier | Qt.AltModifier))
        if key in ARROWS and plain:
            self.move_cursor(ARROWS[key])
        elif key in (Qt.Key_Return, Qt.Key_Enter) and self.graph.current:
            self.bodyActivated.emit(self.graph.current)
        elif key == Qt.Key_Space and self.graph.current:
            self.bodyToggled.emit(self.graph.current)
        elif key == Qt.Key_Escape:
            self.escaped.emit()
        elif key in (Qt.Key_Plus, Qt.Key_Equal) and plain:
            self.zoom_by(1.25)
        elif key == Qt.Key_Minus and plain:
            self.zoom_by(0.8)
        elif key == Qt.Key_0 and plain:
            self.zoom_by(0.0)
        else:
            super().keyPressEvent(event)
            return
        event.accept()

    def move_cursor(self, direction: str) -> str | None:
        centres = {i: (n.rect().center().x(), n.rect().center().y()) for i, n in self.graph.nodes.items()}
        target = spatial_neighbour(centres, self.graph.current, direction)
        if target is not None:
            self.graph.set_current(target)
            self.ensureVisible(self.graph.nodes[target].rect(), 40, 40)
        return target

    def focusInEvent(self, event) -> None:
        super().focusInEvent(event)
        if self.graph.current is None and self.graph.nodes:
            self.graph.set_current(self.graph.focus or next(iter(self.graph.nodes)))

    def available_width(self) -> float:
        """The width the graph may take at scale 1: the viewport's with a vertical scroll bar shown
        (kept free whether or not one is, so laying out anew never brings a horizontal one)."""
        frame = 2 * self.frameWidth()
        bar = self.style().pixelMetric(self.style().PixelMetric.PM_ScrollBarExtent, None, self)
        return max(1.0, self.width() - frame - bar)

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.fit()
        # Laying out anew routes every arrow: once the sizes settle (a window being shown or
        # dragged passes through several widths in a row), not for each of them.
        self._relayout.start()

    def relayout(self) -> None:
        """Lay the graph out for the view's present width (done after a resize settles)."""
        moved = self.graph.set_available_width(self.available_width())
        self.fit()
        # The scroll bars show or hide through a queued call; make it now, so the new layout is
        # never seen (or grabbed) with the old layout's scroll bars.
        QCoreApplication.sendPostedEvents(self, QEvent.MetaCall)
        if moved:  # a new arrangement: start from its top, not from where the old one was centred
            self.verticalScrollBar().setValue(self.verticalScrollBar().minimum())

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self.fit()
