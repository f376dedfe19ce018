"""The build: reviewed source files (db/data/) -> resources/reforms.db. Build time only; the app's
run-time code never imports this package except to rebuild a stale database from a checkout."""

from db.build.database import build_database, main

__all__ = ["build_database", "main"]
