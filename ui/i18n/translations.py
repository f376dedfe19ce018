"""Qt translators for the chosen language: the app's own (resources/i18n/atlas_<lang>.qm) and Qt's
(qtbase_<lang>.qm: standard buttons, file and print dialogs, print preview).

The .ts files are the source kept in the repository; the .qm files are build output. From a
source checkout `ensure_compiled` runs pyside6-lrelease when a .qm is missing or older than its
.ts (at start-up, and in packaging/build.py before PyInstaller collects them); a frozen build
carries the compiled files and never compiles.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from models import paths
from ui.i18n.languages import DEFAULT, LANGUAGES, normalise

TS_DIR = paths.app_root() / "resources" / "i18n"
TRANSLATED = tuple(code for code in LANGUAGES if code != DEFAULT)

# The translators now installed, kept referenced: Qt does not own them.
_installed: list[QTranslator] = []
_current = DEFAULT


def ts_path(lang: str) -> Path:
    return TS_DIR / f"atlas_{lang}.ts"


def qm_path(lang: str, folder: Path | None = None) -> Path:
    return (folder or TS_DIR) / f"atlas_{lang}.qm"


def _lrelease() -> str | None:
    """pyside6-lrelease beside this Python (the venv), on PATH, or PySide6's own copy."""
    import shutil

    here = Path(sys.executable).parent
    for candidate in (here / "pyside6-lrelease", shutil.which("pyside6-lrelease")):
        if candidate and Path(candidate).is_file():
            return str(candidate)
    try:
        import PySide6
        inner = Path(PySide6.__file__).parent / "lrelease"
        return str(inner) if inner.is_file() else None
    except ImportError:  # pragma: no cover - PySide6 is imported above
        return None


def is_stale(lang: str, folder: Path | None = None) -> bool:
    ts, qm = ts_path(lang), qm_path(lang, folder)
    return ts.is_file() and (not qm.is_file() or qm.stat().st_mtime < ts.stat().st_mtime)


def ensure_compiled(langs: tuple[str, ...] = TRANSLATED, folder: Path | None = None) -> list[str]:
    """Compile each stale .ts into a .qm (next to it, or into `folder`). Returns problems, one
    line each; an empty list when every .qm is current. Never raises: a missing translation
    leaves the interface in English, it does not stop the app."""
    if paths.is_frozen():
        return []
    problems = []
    for lang in langs:
        if not is_stale(lang, folder):
            continue
        tool = _lrelease()
        if tool is None:
            problems.append(f"cannot compile {ts_path(lang).name}: pyside6-lrelease not found")
            continue
        target = qm_path(lang, folder)
        import subprocess  # only a checkout compiles: the frozen app's start does not load it
        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            done = subprocess.run([tool, "-silent", str(ts_path(lang)), "-qm", str(target)],
                                  capture_output=True, text=True, timeout=60)
        except (OSError, subprocess.SubprocessError) as exc:
            problems.append(f"cannot compile {ts_path(lang).name}: {exc}")
            continue
        if done.returncode != 0 or not target.is_file():
            problems.append(f"cannot compile {ts_path(lang).name}: {(done.stderr or done.stdout).strip()[:200]}")
    return problems


def _compiled_file(lang: str) -> Path | None:
    """The app's .qm for `lang`: next to the .ts, or in the user cache when resources/ is read-only."""
    if not paths.is_frozen() and is_stale(lang) and ensure_compiled((lang,)):
        cache = paths.user_cache_dir() / "i18n"  # resources/ is read-only: compile into the cache
        if not ensure_compiled((lang,), cache) and qm_path(lang, cache).is_file():
            return qm_path(lang, cache)
    for candidate in (qm_path(lang), qm_path(lang, paths.user_cache_dir() / "i18n")):
        if candidate.is_file():
            return candidate
    return None


def qt_translations_dir() -> Path:
    """Qt's own translations: bundled under resources/i18n/qt when frozen, else PySide6's folder."""
    bundled = paths.resource_path("i18n", "qt")
    if bundled.is_dir():
        return bundled
    return Path(QLibraryInfo.path(QLibraryInfo.TranslationsPath))


def current_language() -> str:
    return _current


def install(lang: str) -> str:
    """Make `lang` the interface language: remove the previous translators, install the new ones
    (Qt then sends every widget a LanguageChange event) and make its QLocale the default for
    numbers and dates. Returns the language actually in use."""
    global _current
    lang = normalise(lang) or DEFAULT
    app = QCoreApplication.instance()
    if lang == _current and (lang == DEFAULT or _installed):
        QLocale.setDefault(default_locale(lang))
        return lang  # nothing changes: no LanguageChange for every widget
    for translator in _installed:
        if app is not None:
            QCoreApplication.removeTranslator(translator)
    _installed.clear()
    QLocale.setDefault(default_locale(lang))
    _current = lang
    if lang == DEFAULT or app is None:
        if app is not None:
            # No translator to install, yet widgets must still hear that the language changed.
            from PySide6.QtCore import QEvent
            QCoreApplication.sendEvent(app, QEvent(QEvent.LanguageChange))
            _deliver_language_change()
        return lang
    loaded = False
    qt_file = qt_translations_dir() / f"qtbase_{lang}.qm"
    for path in (qt_file, _compiled_file(lang)):
        if path is None or not path.is_file():
            continue
        translator = QTranslator(app)
        if translator.load(str(path)):
            QCoreApplication.installTranslator(translator)
            _installed.append(translator)
            loaded = loaded or path.name.startswith("atlas_")
    if not loaded:
        sys.stderr.write(f"warning: no interface translation for '{lang}'; the interface stays in English\n")
    _deliver_language_change()
    return lang


def _deliver_language_change() -> None:
    """Qt posts LanguageChange to each window; deliver it now, so that when `install` returns
    every widget speaks the new language (the window then re-reads the content)."""
    from PySide6.QtCore import QEvent
    for _ in range(3):  # application -> window -> widgets: each hop may post once more
        QCoreApplication.sendPostedEvents(None, QEvent.LanguageChange)


def default_locale(lang: str) -> QLocale:
    """The locale Qt's widgets use (calendars, spin boxes): the system's own when it is in the
    chosen language (an English user in the US keeps Sunday-first calendars), else the language's."""
    system = QLocale.system()
    return system if normalise(system.name()) == lang else locale_for(lang)


def locale_for(lang: str) -> QLocale:
    return {"ru": QLocale(QLocale.Russian, QLocale.Russia),
            "kk": QLocale(QLocale.Kazakh, QLocale.Kazakhstan)}.get(lang, QLocale(QLocale.English,
                                                                                    QLocale.UnitedKingdom))
