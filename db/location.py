"""Which database file to open, building it from the sources first when running from a checkout."""

from __future__ import annotations

import os
from pathlib import Path

from db.errors import AtlasError
from models import paths


def _chosen_by_user(explicit: str | None) -> Path | None:
    """`--db PATH`, else the environment's choice: used as given, never built or redirected."""
    if explicit:
        return Path(explicit)
    env = os.environ.get(paths.DB_ENV)
    return Path(env) if env else None


def resolve_database(explicit: str | None) -> Path:
    """--db wins and is used as is (never created or built); then $REFORM_ATLAS_DB; then the bundle.

    The bundled database is (re)built when the sources beside it are newer. If the resources
    folder cannot be written (read-only install), the build goes to the user's cache folder.
    """
    chosen = _chosen_by_user(explicit)
    if chosen is not None:
        return chosen
    from db.freshness import is_stale

    bundled = paths.bundled_database_path()
    if not is_stale(bundled):
        return bundled
    try:
        ensure_built(bundled)
        return bundled
    except AtlasError:
        fallback = paths.user_cache_dir() / "reforms.db"
        try:
            ensure_built(fallback)
        except AtlasError as exc:
            if bundled.exists():
                return bundled  # stale but readable beats nothing
            raise AtlasError(f"the database is missing and cannot be built: {exc}") from exc
        return fallback


def ensure_built(path: Path, data_dir: Path | None = None) -> bool:
    """Build the database when missing or older than its sources. True if it built."""
    from db.freshness import DATA_DIR, is_stale

    data_dir = data_dir or DATA_DIR
    if not is_stale(path, data_dir):
        return False
    from db.build.database import build_database  # build time only: sqlite-utils, tomllib

    try:
        build_database(path, data_dir)
    except OSError as exc:
        raise AtlasError(f"cannot write the database {path}: {exc.strerror or exc}") from exc
    return True


def stamped_data_version(path: Path) -> str | None:
    """The data version stamped in the database at `path`, or None if it cannot be read.
    For `--version`, which must stay fast: no Atlas (no search compiler), never builds, never raises."""
    from db.connection import open_readonly
    from db.entry_queries import meta

    try:
        conn = open_readonly(Path(path))
        try:
            return meta(conn).get("data_version") or None
        finally:
            conn.close()
    except Exception:
        return None


def database_to_read(explicit: str | None) -> Path:
    """The file `resolve_database` would hand to a command, found without building anything.

    `--version` reports this file's data version, so that it describes what commands read: the
    user-cache copy when the bundled one is out of date and its folder cannot be written.
    """
    chosen = _chosen_by_user(explicit)
    if chosen is not None:
        return chosen
    from db.freshness import is_stale

    bundled = paths.bundled_database_path()
    if not is_stale(bundled) or os.access(bundled.parent, os.W_OK):
        return bundled
    fallback = paths.user_cache_dir() / "reforms.db"
    return fallback if fallback.exists() and not is_stale(fallback) else bundled
