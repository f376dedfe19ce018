"""Render the real main window offscreen into a PNG (for the README and for checking layouts)."""

from __future__ import annotations

import errno
import sys
import time
from pathlib import Path

from PySide6.QtCore import qInstallMessageHandler
from PySide6.QtWidgets import QApplication

from db.atlas import Atlas
from db.errors import AtlasError, NotFound
from db.safe_save import safe_save

VIEW_NAMES = ("search", "entry", "timeline", "powers", "indicators", "bookmarks", "glossary", "sources")


def _quiet_offscreen_messages(mode, context, message: str) -> None:
    # The offscreen platform warns that it cannot resize windows to hints; nothing to act on.
    if "propagateSizeHints" in message:
        return
    sys.stderr.write(message + "\n")


def offscreen_application() -> QApplication:
    from ui.shell.app import create_application
    qInstallMessageHandler(_quiet_offscreen_messages)
    app = QApplication.instance()
    if app is None:
        app = create_application(["reform-atlas", "-platform", "offscreen"])
    return app  # type: ignore[return-value]


def _settle(app: QApplication, seconds: float) -> None:
    """Let queued work (timers, lazy views, layouts) run before the grab."""
    end = time.monotonic() + seconds
    while time.monotonic() < end:
        app.processEvents()
        time.sleep(0.01)


def render(atlas: Atlas, out: Path, view: str = "search", query: str = "", entry_id: str = "",
           size: tuple[int, int] = (1280, 800), theme: str = "light", lang: str = "en",
           powers: dict | None = None, series: str = "", compare: str = "", font_scale: float = 1.0) -> Path:
    if view not in VIEW_NAMES:
        raise AtlasError(f"unknown view '{view}' (choose from {', '.join(VIEW_NAMES)})")
    app = offscreen_application()
    system_font = app.font()
    if font_scale != 1.0:  # what a larger system font does: the window is built with it
        font = app.font()
        font.setPointSizeF(font.pointSizeF() * font_scale)
        app.setFont(font)
    from ui.i18n import translations
    atlas.set_language(lang)
    translations.install(lang)
    from ui.common.theme import ThemeController
    from ui.shell.app import open_user_store
    from ui.shell.main_window import MainWindow
    controller = ThemeController(app, theme)
    store, _problem = open_user_store()
    window = MainWindow(atlas, store, settings=None, theme=controller)
    try:
        window.resize(*size)
        window.show()
        _settle(app, 0.05)
        if query:
            window.search.set_text(query)
        target = "search" if view == "entry" else view
        window.show_view(target)
        if entry_id:
            if not window.open_entry(entry_id):
                raise NotFound(f"no entry with id '{entry_id}'")
        elif view == "entry" and window.search.model.rowCount():
            window.search.list.setCurrentIndex(window.search.model.index(0))
        elif view in ("search", "timeline", "bookmarks"):
            current = {"search": window.search.list, "timeline": None, "bookmarks": None}.get(view)
            if current is not None and window.search.model.rowCount():
                window.search.list.setCurrentIndex(window.search.model.index(0))
        window.search.list.clearFocus()
        if view == "indicators" and series:
            indicators = window.views.view("indicators")
            indicators.show_indicator(series)
            if compare:
                indicators.set_compare("" if compare == "none" else compare)
        if view in ("glossary", "sources"):
            window.views.view(view).setFocus()  # the filter's placeholder stays readable
        if view == "powers" and powers:  # the power view's own state: date, comparison, selection
            widget = window.views.view("powers")
            if powers.get("at"):
                widget.set_date(powers["at"])
            if powers.get("compare"):
                widget.set_compare(powers["compare"])
            if powers.get("select"):
                widget.select_institution(powers["select"])
        _settle(app, 0.6 if view in ("powers", "indicators") else 0.15)
        image = window.grab()
        with safe_save(out) as tmp:
            if not image.save(str(tmp), "PNG"):
                raise OSError(errno.EIO, "the image could not be encoded")
        return Path(out)
    finally:
        window.settings = None
        window.close()
        window.deleteLater()
        store.close()
        _settle(app, 0.01)
        if font_scale != 1.0:
            app.setFont(system_font)
