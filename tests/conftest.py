"""Shared fixtures: one database built from the real sources per test session, user data per test."""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from db.atlas import Atlas  # noqa: E402
from db.build.database import build_database  # noqa: E402
from db.freshness import DATA_DIR  # noqa: E402


@pytest.fixture(scope="session")
def db_path(tmp_path_factory) -> Path:
    """The atlas database built from db/data into a temporary folder (never the repo's copy)."""
    path = tmp_path_factory.mktemp("db") / "reforms.db"
    build_database(path, DATA_DIR)
    return path


@pytest.fixture(scope="session")
def atlas(db_path) -> Atlas:
    atlas = Atlas(db_path)
    yield atlas
    atlas.close()


@pytest.fixture
def data_copy(tmp_path) -> Path:
    """A writable copy of db/data for tests that break the sources on purpose."""
    target = tmp_path / "data"
    shutil.copytree(DATA_DIR, target)
    return target


@pytest.fixture(autouse=True)
def isolated_user_data(tmp_path, monkeypatch):
    """Bookmarks, notes and settings of one test never leak into another or into $HOME."""
    monkeypatch.setenv("REFORM_ATLAS_USER_DATA", str(tmp_path / "user-data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(tmp_path / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    return tmp_path / "user-data"


# .ci/run installs every tool the suite can use and sets this: there a missing tool is a failure.
REQUIRE_ALL_TOOLS_ENV = "ATLAS_REQUIRE_ALL_TOOLS"


def _missing_tool(name: str, package: str, source: str = "Debian package") -> None:
    message = f"needs `{name}` ({source} {package})"
    if os.environ.get(REQUIRE_ALL_TOOLS_ENV) == "1":
        pytest.fail(f"{message}; it is missing and {REQUIRE_ALL_TOOLS_ENV}=1 requires every tool")
    pytest.skip(message)


def require_tool(name: str, package: str, source: str = "Debian package") -> str:
    """The path of a program a test cannot do without; the test skips (naming the package to
    install, by default a Debian one) when it is missing, and fails instead under
    ATLAS_REQUIRE_ALL_TOOLS=1."""
    path = shutil.which(name)
    if path is None:
        _missing_tool(name, package, source)
    return path


def optional_tool(name: str, package: str) -> str | None:
    """A program that only adds a check: None when missing (a failure under ATLAS_REQUIRE_ALL_TOOLS=1)."""
    path = shutil.which(name)
    if path is None and os.environ.get(REQUIRE_ALL_TOOLS_ENV) == "1":
        _missing_tool(name, package)
    return path


def run_cli(*args: str, db: Path | None = None, env: dict | None = None):
    """Run `python main.py ARGS` as a user would; returns the CompletedProcess."""
    import subprocess
    command = [sys.executable, str(ROOT / "main.py")]
    if db is not None:
        command += ["--db", str(db)]
    full_env = {**os.environ, **(env or {})}
    return subprocess.run(command + list(args), capture_output=True, text=True, env=full_env,
                          cwd=ROOT, timeout=120)


def cli_json(result):
    """The JSON a successful command printed."""
    import json
    assert result.returncode == 0, result.stderr
    return json.loads(result.stdout)


def one_clear_line(result) -> str:
    """A failed command: non-zero exit, no traceback, exactly one line on stderr (returned)."""
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1, result.stderr
    return lines[0]
