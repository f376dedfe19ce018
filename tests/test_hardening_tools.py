"""A bare machine (only Python) runs the suite green: a test that needs a system tool skips and
names the Debian package to install; under .ci/run (ATLAS_REQUIRE_ALL_TOOLS=1), which installs
them all, the same absence is a failure."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest
from conftest import REQUIRE_ALL_TOOLS_ENV, ROOT, optional_tool, require_tool


@pytest.fixture
def path_with_one_tool(tmp_path, monkeypatch) -> Path:
    tool = tmp_path / "bin" / "atlas-test-tool"
    tool.parent.mkdir()
    tool.write_text("#!/bin/sh\nexit 0\n")
    tool.chmod(tool.stat().st_mode | stat.S_IXUSR)
    monkeypatch.setenv("PATH", str(tool.parent))
    monkeypatch.delenv(REQUIRE_ALL_TOOLS_ENV, raising=False)
    return tool


def test_a_present_tool_is_found(path_with_one_tool):
    assert require_tool("atlas-test-tool", package="x") == str(path_with_one_tool)
    assert optional_tool("atlas-test-tool", package="x") == str(path_with_one_tool)


def test_a_missing_tool_skips_naming_the_package(path_with_one_tool):
    with pytest.raises(pytest.skip.Exception, match=r"needs `xvfb-run` \(Debian package xvfb\)"):
        require_tool("xvfb-run", package="xvfb")
    assert optional_tool("icupkg", package="icu-devtools") is None


def test_under_ci_a_missing_tool_fails(path_with_one_tool, monkeypatch):
    monkeypatch.setenv(REQUIRE_ALL_TOOLS_ENV, "1")
    with pytest.raises(pytest.fail.Exception, match=r"needs `xvfb-run` \(Debian package xvfb\).*requires every tool"):
        require_tool("xvfb-run", package="xvfb")
    with pytest.raises(pytest.fail.Exception, match="icu-devtools"):
        optional_tool("icupkg", package="icu-devtools")


def test_ci_requires_every_tool_and_installs_the_packages_named():
    script = (ROOT / ".ci" / "run").read_text()
    assert f"export {REQUIRE_ALL_TOOLS_ENV}=1" in script
    assert script.index(f"export {REQUIRE_ALL_TOOLS_ENV}=1") < script.index("python3 dev.py test")
    packaging_tests = (ROOT / "tests" / "test_packaging.py").read_text()
    for package in ("xvfb", "xauth", "binutils", "icu-devtools", "desktop-file-utils", "strace"):
        assert f'package="{package}' in packaging_tests, package
        assert f" {package}" in script, package


def test_no_test_looks_for_a_tool_by_itself():
    """Every lookup goes through require_tool/optional_tool, so none can assert or skip silently."""
    offenders = [str(path.relative_to(ROOT)) for path in (ROOT / "tests").glob("test_*.py")
                 if "shutil.which(" in path.read_text(encoding="utf-8")
                 and path.name not in ("test_packaging.py", "test_hardening_tools.py")]
    packaging = (ROOT / "tests" / "test_packaging.py").read_text(encoding="utf-8")
    assert offenders == []
    assert packaging.count("shutil.which(") == 1  # unshare: tried first, strace is the fallback
