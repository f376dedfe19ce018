"""Which languages the interface speaks, and which one to start in. No Qt here.

The codes are the ones `Atlas.set_language` takes for the content, so one choice drives both.
"""

from __future__ import annotations

LANGUAGES = ("en", "ru", "kk")
DEFAULT = "en"
# Each language's name in itself: the Language menu shows these, never translated.
NATIVE_NAMES = {"en": "English", "ru": "Русский", "kk": "Қазақша"}
SETTINGS_KEY = "view/language"


def normalise(code: str | None) -> str | None:
    """'ru', 'ru_RU', 'ru-KZ', 'RU' -> 'ru'; 'kk_KZ' -> 'kk'; anything else -> None."""
    if not code:
        return None
    base = str(code).strip().replace("-", "_").split("_")[0].lower()
    return base if base in LANGUAGES else None


def for_locale_name(name: str) -> str:
    """The language for a system locale name (ru* -> ru, kk* -> kk, anything else -> en)."""
    return normalise(name) or DEFAULT


def start_language(explicit: str | None, saved: object, system_locale: str) -> str:
    """--lang wins, then the choice saved in the settings, then the system locale."""
    return normalise(explicit) or normalise(saved if isinstance(saved, str) else None) \
        or for_locale_name(system_locale)
