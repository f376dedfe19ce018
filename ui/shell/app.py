"""Start the window: application object, theme, database, user data, main window.

Imports are kept to what the first view needs (see bench/startup.py): the plot views,
printing support and the timeline are imported when first used.
"""

from __future__ import annotations

import os
import sys
import time

from PySide6.QtCore import QCoreApplication, QEvent, QLocale, QObject, QSettings, QStandardPaths, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from db.errors import AtlasError
from db.user_store import UserDataError, UserStore
from models import paths, startup_probe

translate = QCoreApplication.translate


def create_application(argv: list[str] | None = None) -> QApplication:
    app = QApplication.instance() or QApplication(list(argv if argv is not None else sys.argv[:1]))
    app.setOrganizationName(paths.ORGANISATION)
    app.setApplicationName(paths.APP_NAME)
    app.setApplicationVersion(paths.VERSION)
    app.setDesktopFileName(paths.APP_ID)
    app.setWindowIcon(window_icon())
    return app  # type: ignore[return-value]


def window_icon() -> QIcon:
    """The app icon from its rendered PNG sizes (packaging/render_icons.py makes them from the SVG).

    PNG, not the SVG itself: PNG is built into QtGui, while SVG would load Qt's SVG plugin and
    library at every start, and the frozen build leaves those out (packaging/reform_atlas.spec).
    """
    icon = QIcon()
    for png in sorted(paths.resource_path("icons").glob("reform-atlas-*.png")):
        icon.addFile(str(png))
    return icon


def open_user_store() -> tuple[UserStore, str]:
    """The bookmarks file, or an in-memory store and a message saying why nothing will be saved."""
    location = QStandardPaths.writableLocation(QStandardPaths.AppDataLocation)
    folder = paths.user_data_dir(location)
    try:
        store = UserStore.open(folder)
        return store, store.notice  # read-only, or a damaged file repaired: the user is told
    except UserDataError as exc:
        return UserStore.in_memory(), (f"{exc}.\n\n" + translate(
            "App", "You can go on using the atlas, but bookmarks and notes made now will be lost when it closes."))


def open_database(explicit: str | None):
    from db.atlas import Atlas
    from db.location import resolve_database
    return Atlas(resolve_database(explicit))


class _FirstPaintProbe(QObject):
    """Under $REFORM_ATLAS_STARTUP_PROBE (models/startup_probe.py): reports when a widget has
    painted for the first time, then quits the application."""

    def __init__(self, widget, started: float):
        super().__init__(widget)
        self.started = started
        widget.installEventFilter(self)

    def eventFilter(self, obj, event) -> bool:
        if event.type() == QEvent.Paint:
            obj.removeEventFilter(self)
            QTimer.singleShot(0, self._report)
        return False

    def _report(self) -> None:
        print(f"first-results-painted {time.perf_counter() - self.started:.4f}", flush=True)
        QApplication.quit()


def start_language(explicit: str | None, settings: QSettings) -> str:
    """Install the interface language: --lang, else the saved choice, else the system locale."""
    from ui.i18n import languages, translations
    lang = languages.start_language(explicit, settings.value(languages.SETTINGS_KEY), QLocale.system().name())
    return translations.install(lang)


def run_gui(args) -> int:
    started = time.perf_counter()
    startup_probe.mark("run-gui")
    from ui.shell.display_check import choose_platform, qt_plugins_folder
    problem = choose_platform(os.environ, qt_plugins_folder())  # one clear line instead of Qt's abort
    if problem:
        print(problem, file=sys.stderr)
        return 1
    app = create_application()
    settings = QSettings()
    lang = start_language(getattr(args, "lang", None), settings)
    from ui.common.theme import ThemeController
    theme = ThemeController(app, str(settings.value("view/theme", "system")))
    startup_probe.mark("application")
    try:
        atlas = open_database(getattr(args, "db", None))
    except AtlasError as exc:
        from PySide6.QtWidgets import QMessageBox  # only here: start-up does not need its types
        # Plain text: Qt looks for tags only before the first line break, and that line is ours.
        QMessageBox.critical(None, paths.APP_NAME,
                             translate("App", "The atlas database cannot be opened.") + f"\n\n{exc}\n\n"
                             + translate("App", "Reinstall the application, or start it with --db pointing to a "
                                         "valid atlas database."))
        return 2
    atlas.set_language(lang)
    store, problem = open_user_store()
    startup_probe.mark("database")

    from ui.shell.main_window import MainWindow
    window = MainWindow(atlas, store, settings, theme)
    startup_probe.mark("window")
    if startup_probe.probing():
        window.settings = None  # a benchmark run must not change the user's window layout
        _FirstPaintProbe(window.search.list.viewport(), started)
    window.show()
    startup_probe.mark("shown")
    if problem:
        from ui.common.messages import warn
        saved = store.persistent and not store.read_only
        warn(window, translate("App", "Bookmarks file repaired") if saved
             else translate("App", "Bookmarks will not be saved"), problem)
    code = app.exec()
    store.close()
    atlas.close()
    return code
