"""Where the app's files are, from source and when frozen by PyInstaller. No Qt here."""

from __future__ import annotations

import os
import sys
from pathlib import Path

APP_NAME = "Kazakhstan Reform Atlas"
APP_ID = "kz-reform-atlas"
ORGANISATION = "Reform Atlas Project"
VERSION = "1.0.0"

DB_ENV = "REFORM_ATLAS_DB"
USER_DATA_ENV = "REFORM_ATLAS_USER_DATA"


def app_root() -> Path:
    """The folder holding resources/: the unpacked bundle when frozen, the repository otherwise."""
    frozen_root = getattr(sys, "_MEIPASS", None)
    if frozen_root:
        return Path(frozen_root)
    return Path(__file__).resolve().parent.parent


def resource_path(*parts: str) -> Path:
    return app_root().joinpath("resources", *parts)


def bundled_database_path() -> Path:
    return resource_path("reforms.db")


def is_frozen() -> bool:
    return bool(getattr(sys, "frozen", False))


def user_data_dir(qt_location: str | None = None) -> Path:
    """User data (bookmarks, notes) lives apart from the read-only bundle.

    The environment variable wins (tests, portable installs); then the location Qt reports
    (QStandardPaths.AppDataLocation, passed in by the UI); then an XDG-style default.
    """
    override = os.environ.get(USER_DATA_ENV)
    if override:
        return Path(override)
    if qt_location:
        return Path(qt_location)
    base = os.environ.get("XDG_DATA_HOME") or str(Path.home() / ".local" / "share")
    return Path(base) / APP_ID


def user_cache_dir() -> Path:
    """Where a source checkout whose resources/ folder is read-only builds its database. The same
    folders as QStandardPaths.CacheLocation, without Qt (the command line does not load it)."""
    if sys.platform == "win32" and os.environ.get("LOCALAPPDATA"):
        base = os.environ["LOCALAPPDATA"]
    elif sys.platform == "darwin":
        base = str(Path.home() / "Library" / "Caches")
    else:
        base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / APP_ID
