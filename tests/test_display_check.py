"""Before the window opens: a platform plugin that cannot load gives one line naming what to install,
and a Wayland session is used when X cannot be (ui/shell/display_check.py)."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from ui.shell.display_check import choose_platform, install_hint, missing_library, qt_plugins_folder

ROOT = Path(__file__).resolve().parent.parent

pytestmark = pytest.mark.skipif(not sys.platform.startswith("linux"), reason="Linux platform plugins only")


@pytest.fixture
def xcb_loads_here():
    """The cases below change one library of a plugin that otherwise loads on this machine."""
    from ui.shell.display_check import missing_library, plugin_error
    error = plugin_error(qt_plugins_folder() / "platforms" / "libqxcb.so")
    if error:
        pytest.skip(f"Qt's xcb plugin cannot load on this machine: {install_hint(missing_library(error))}")


def plugins_missing(tmp_path: Path, needed: bytes, replacement: bytes) -> Path:
    """A copy of Qt's plugin folder layout whose xcb plugin needs a library no system has: the
    real plugin with one name in its list of needed libraries changed (same length)."""
    real = qt_plugins_folder()
    plugins = tmp_path / "Qt" / "plugins"
    (plugins / "platforms").mkdir(parents=True)
    (tmp_path / "Qt" / "lib").symlink_to(real.parent / "lib")  # the plugins' RUNPATH $ORIGIN/../../lib
    binary = (real / "platforms" / "libqxcb.so").read_bytes()
    assert len(needed) == len(replacement) and binary.count(needed + b"\0") == 1
    (plugins / "platforms" / "libqxcb.so").write_bytes(binary.replace(needed + b"\0", replacement + b"\0"))
    (plugins / "platforms" / "libqwayland.so").symlink_to(real / "platforms" / "libqwayland.so")
    return plugins


def choose_in_subprocess(env: dict[str, str], plugins: Path) -> dict:
    """Loading a plugin cannot be undone in a process; each case gets its own."""
    code = ("import json, sys; from pathlib import Path; from ui.shell.display_check import choose_platform; "
            "env = json.loads(sys.argv[1]); line = choose_platform(env, Path(sys.argv[2])); "
            "print(json.dumps({'line': line, 'platform': env.get('QT_QPA_PLATFORM')}))")
    out = subprocess.run([sys.executable, "-c", code, json.dumps(env), str(plugins)], cwd=ROOT,
                         capture_output=True, text=True, timeout=60, check=True)
    return json.loads(out.stdout)


def test_a_missing_x_library_is_named_with_its_package(tmp_path, xcb_loads_here):
    plugins = plugins_missing(tmp_path, b"libxcb-cursor.so.0", b"libxcb-cursoR.so.0")
    result = choose_in_subprocess({"DISPLAY": ":0"}, plugins)
    assert result["line"].startswith(
        "reform-atlas: cannot open a window: the X11 library libxcb-cursoR.so.0 is missing")
    assert "\n" not in result["line"]


def test_a_wayland_session_is_used_when_x_cannot_be(tmp_path, xcb_loads_here):
    from ui.shell.display_check import missing_library, plugin_error
    error = plugin_error(qt_plugins_folder() / "platforms" / "libqwayland.so")
    if error:
        pytest.skip(f"Qt's Wayland plugin cannot load here: {install_hint(missing_library(error))}")
    plugins = plugins_missing(tmp_path, b"libxcb-cursor.so.0", b"libxcb-cursoR.so.0")
    result = choose_in_subprocess({"DISPLAY": ":0", "WAYLAND_DISPLAY": "wayland-0"}, plugins)
    assert result == {"line": None, "platform": "wayland"}


def test_the_real_plugin_loads_and_changes_nothing(xcb_loads_here):
    assert choose_in_subprocess({"DISPLAY": ":0"}, qt_plugins_folder()) == {"line": None, "platform": None}


def test_no_session_at_all_and_explicit_choices():
    assert "no graphical session" in choose_platform({}, qt_plugins_folder())
    env = {"WAYLAND_DISPLAY": "wayland-0"}
    assert choose_platform(env, qt_plugins_folder()) is None and env["QT_QPA_PLATFORM"] == "wayland"
    env = {"QT_QPA_PLATFORM": "offscreen"}
    assert choose_platform(env, Path("/nonexistent")) is None and env == {"QT_QPA_PLATFORM": "offscreen"}


def test_dlopen_messages_become_packages():
    error = "libxcb-icccm.so.4: cannot open shared object file: No such file or directory"
    assert missing_library(error) == "libxcb-icccm.so.4"
    assert install_hint("libxcb-icccm.so.4") == (
        "install libxcb-icccm4 (Debian/Ubuntu: sudo apt-get install libxcb-icccm4)")
    assert install_hint("libfoo.so.3") == "install the package that provides libfoo.so.3"
