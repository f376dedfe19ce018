"""Smoke test of the frozen one-folder app: every command a user or script runs, with no network.

Builds dist/reform-atlas/ with packaging/build.py --onedir-only (about 40 s on two cores), or reuses
the build already there when it was made from exactly the current sources. Each command runs as a
separate process under `unshare -n` (no network interface but loopback, which is down), from a
scratch folder, with user data and caches in temporary folders; a failing import, a missing Qt
plugin or a missing shared library shows up as a non-zero exit or as one of FATAL_OUTPUT on stderr.
"""

from __future__ import annotations

import importlib.util
import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from conftest import optional_tool, require_tool, run_cli

from db.atlas import Atlas

pytestmark = pytest.mark.slow

ROOT = Path(__file__).resolve().parent.parent
BUILD_SCRIPT = ROOT / "packaging" / "build.py"

FATAL_OUTPUT = (
    "Traceback", "ModuleNotFoundError", "ImportError", "Failed to execute script", "[PYI-",
    "Could not find the Qt platform plugin", "Could not load the Qt platform plugin",
    "no Qt platform plugin could be initialized", "cannot open shared object file", "Cannot load library",
    "undefined symbol", "Segmentation fault",
)


def _load_build_module():
    spec = importlib.util.spec_from_file_location("reform_atlas_build", BUILD_SCRIPT)
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


def _network_isolation() -> list[str]:
    """`unshare -n` gives the process a network namespace of its own: nothing to connect to.
    Without it (not root, or no util-linux), strace watches for connect() calls instead."""
    unshare = shutil.which("unshare")
    if unshare and subprocess.run([unshare, "-n", "true"], capture_output=True).returncode == 0:
        return [unshare, "-n", "--"]
    strace = require_tool("strace", package="strace (or util-linux's unshare, run as root)")
    return [strace, "-f", "-qq", "-e", "trace=connect", "-e", "signal=none", "--"]


@pytest.fixture(scope="module")
def frozen_app() -> Path:
    build = _load_build_module()
    if not build.is_fresh("onedir"):
        # PyInstaller reads the binaries' dependencies with ldd and binutils' objdump.
        require_tool("objdump", package="binutils")
        result = subprocess.run([sys.executable, str(BUILD_SCRIPT), "--onedir-only"], cwd=ROOT,
                                capture_output=True, text=True, timeout=1200)
        assert result.returncode == 0, f"build failed:\n{result.stdout[-3000:]}\n{result.stderr[-3000:]}"
        assert build.ONEDIR_EXE.is_file()
    return build.ONEDIR_EXE


@pytest.fixture(scope="module")
def isolation() -> list[str]:
    return _network_isolation()


@pytest.fixture
def run_frozen(frozen_app, isolation, tmp_path):
    scratch = tmp_path / "cwd"
    scratch.mkdir()
    env = {key: value for key, value in os.environ.items()
           if key not in ("REFORM_ATLAS_DB", "PYTHONPATH", "PYTHONHOME", "http_proxy", "https_proxy",
                          "HTTP_PROXY", "HTTPS_PROXY", "all_proxy", "ALL_PROXY")}
    env.update(QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path / "home"),
               XDG_RUNTIME_DIR=str(tmp_path / "runtime"))
    (tmp_path / "runtime").mkdir(mode=0o700)

    def run(*args: str, prefix: tuple[str, ...] = (), extra_env: dict | None = None, timeout: int = 120):
        command = [*prefix, *isolation, str(frozen_app), *args]
        result = subprocess.run(command, cwd=scratch, env={**env, **(extra_env or {})}, capture_output=True,
                                text=True, timeout=timeout)
        for marker in FATAL_OUTPUT:
            assert marker not in result.stderr, f"{args}: {marker!r} on stderr:\n{result.stderr[-3000:]}"
        if isolation[0].endswith("strace"):
            connects = [line for line in result.stderr.splitlines() if "connect(" in line and "AF_INET" in line]
            assert not connects, f"{args} tried to reach the network: {connects[:3]}"
        assert result.returncode == 0, f"{args} exited {result.returncode}:\n{result.stderr[-3000:]}"
        return result

    return run


def _snapshot(folder: Path) -> dict[str, tuple[int, int]]:
    return {str(p.relative_to(folder)): (p.lstat().st_size, p.lstat().st_mtime_ns) for p in folder.rglob("*")}


def test_bundle_holds_what_the_app_needs_and_nothing_it_does_not(frozen_app):
    internal = frozen_app.parent / "_internal"
    plugins = internal / "PySide6" / "Qt" / "plugins"
    for needed in ("platforms/libqxcb.so", "platforms/libqoffscreen.so", "platforms/libqwayland.so",
                   "printsupport/libcupsprintersupport.so", "xcbglintegrations/libqxcb-glx-integration.so",
                   "platforminputcontexts/libibusplatforminputcontextplugin.so"):
        assert (plugins / needed).is_file(), f"missing Qt plugin {needed}"
    assert (internal / "resources" / "reforms.db").is_file()
    assert (internal / "resources" / "icons" / "reform-atlas-256.png").is_file()
    assert not (internal / "PySide6" / "Qt" / "translations").exists()
    # The app shows no JPEG and no SVG (its icon is PNG), and draws no OpenGL (stand-ins:
    # packaging/runtime_hooks/), so neither the plugins nor the Qt libraries behind them ship.
    assert not (plugins / "imageformats").exists() and not (plugins / "iconengines").exists()
    assert not (internal / "PySide6" / "QtOpenGL.abi3.so").exists()
    assert not list(internal.rglob("libQt6Svg*")) and not list(internal.rglob("libQt6OpenGL*"))
    assert not (internal / "numpy" / "fft").exists()
    # shiboken's signature package, precompiled where its bootstrap looks (packaging/shiboken_support.py).
    assert (internal / "shiboken6" / "files.dir" / "shibokensupport" / "signature" / "loader.pyc").is_file()
    # Python's own libraries whose sonames differ between distributions stay in the bundle.
    assert list(internal.glob("libffi.so.*")) and list(internal.glob("libbz2.so.*"))
    for lang in ("ru", "kk"):  # the interface's and Qt's own translations (ui/i18n/translations.py)
        assert (internal / "resources" / "i18n" / f"atlas_{lang}.qm").is_file()
        assert (internal / "resources" / "i18n" / "qt" / f"qtbase_{lang}.qm").is_file()
    assert not list(internal.rglob("libQt6Network*")) and not list(internal.rglob("libQt6Qml*"))
    assert not (plugins / "sqldrivers").exists() and not (plugins / "platformthemes" / "libqgtk3.so").exists()
    assert not (internal / "db" / "data").exists()  # no sources: the frozen app never rebuilds
    if optional_tool("icupkg", package="icu-devtools"):  # icu_data.py keeps what Qt reads of ICU, for en/ru/kk
        assert (internal / "PySide6" / "Qt" / "lib" / "libicudata.so.73").stat().st_size < 8_000_000

    from PyInstaller.archive.readers import CArchiveReader
    modules = set(CArchiveReader(str(frozen_app)).open_embedded_archive("PYZ.pyz").toc)
    assert {"cli.main", "cli.print_cmd", "cli.screenshot_cmd", "ui.shell.app", "ui.indicators.indicator_plot",
            "pyqtgraph",
            "models.stemming", "snowballstemmer.russian_stemmer"} <= modules
    for unwanted in ("sqlite_utils", "pytest", "_pytest", "pytestqt", "pypdf", "PyInstaller", "click",
                     "PySide6.QtNetwork", "PySide6.QtQml", "tkinter"):
        assert unwanted not in modules, f"{unwanted} should not be frozen"


def test_every_command_runs_offscreen_without_network(frozen_app, run_frozen, tmp_path):
    before = _snapshot(frozen_app.parent)

    checked = run_frozen("check")
    bundled_db = frozen_app.parent / "_internal" / "resources" / "reforms.db"
    assert checked.stdout.startswith(f"ok: {bundled_db}"), checked.stdout
    data_version = checked.stdout.rsplit("data version ", 1)[1].strip()

    version = run_frozen("--version")
    assert version.stdout.strip().endswith(f"(data version {data_version})"), version.stdout

    found = json.loads(run_frozen("search", "parliament", "--json").stdout)
    assert found["total"] > 0 and found["data_version"] == data_version
    # Russian is stemmed by snowballstemmer inside the frozen app (imported on first use).
    russian = json.loads(run_frozen("search", "выборы акимов", "--json").stdout)
    assert "district-akim-elections-2023" in [hit["id"] for hit in russian["results"]]
    entry_ids = [hit["id"] for hit in found["results"][:2]]

    shown = json.loads(run_frozen("show", entry_ids[0], "--json").stdout)
    assert shown["id"] == entry_ids[0]

    pdf = tmp_path / "summaries.pdf"
    run_frozen("print", *entry_ids, "--pdf", str(pdf))
    assert pdf.read_bytes().startswith(b"%PDF-") and pdf.stat().st_size > 5000

    powers = json.loads(run_frozen("powers", "--json").stdout)
    assert powers["count"] > 0 and powers["data_version"] == data_version
    indicators = json.loads(run_frozen("indicators", "--json").stdout)
    assert indicators["count"] > 0
    first_series = indicators["indicators"][0]["id"]
    assert json.loads(run_frozen("indicators", first_series, "--json").stdout)

    for view in ("search", "indicators", "powers"):
        png = tmp_path / f"{view}.png"
        run_frozen("screenshot", str(png), "--view", view, "--query", "akim")
        assert png.read_bytes().startswith(b"\x89PNG") and png.stat().st_size > 20000, view

    # The window itself, started as a user starts it: it paints its first results, then quits.
    window = run_frozen(extra_env={"REFORM_ATLAS_STARTUP_PROBE": "1"})
    assert "first-results-painted" in window.stdout

    assert _snapshot(frozen_app.parent) == before, "the frozen app wrote inside its own folder"
    user_data = Path(os.environ["REFORM_ATLAS_USER_DATA"])
    assert not user_data.exists() or user_data.is_dir()


def test_errors_are_one_line_not_tracebacks(run_frozen, frozen_app, isolation, tmp_path):
    result = subprocess.run([*isolation, str(frozen_app), "show", "no-such-entry"], capture_output=True,
                            text=True, timeout=60, cwd=tmp_path)
    assert result.returncode != 0
    assert "Traceback" not in result.stderr
    assert any(line.startswith("error: ") for line in result.stderr.splitlines()), result.stderr


@pytest.fixture(scope="module")
def xvfb_run() -> str:
    """Module scope and listed first: on a machine without Xvfb the skip names xvfb, before the
    frozen app is looked for (or built)."""
    require_tool("xauth", package="xauth")  # xvfb-run needs it
    return require_tool("xvfb-run", package="xvfb")


def test_window_opens_on_a_real_x_server(xvfb_run, run_frozen):
    """Xvfb is a real X server: the xcb platform plugin, its libraries and the fonts must all load."""
    result = run_frozen(prefix=(xvfb_run, "-a", "-s", "-screen 0 1280x1024x24"),
                        extra_env={"QT_QPA_PLATFORM": "xcb", "REFORM_ATLAS_STARTUP_PROBE": "1",
                                   "QT_DEBUG_PLUGINS": "1"})
    assert "first-results-painted" in result.stdout, result.stderr[-3000:]


def test_xcb_plugin_needs_only_what_every_x_desktop_has(frozen_app):
    """Everything Qt's xcb plugin loads comes from inside the bundle, except the libraries every X
    desktop has (packaging/platforms.py X_DESKTOP_LIBRARIES: libxcb, libX11, GL, glibc...)."""
    ldd = require_tool("ldd", package="libc-bin")
    sys.path.insert(0, str(ROOT / "packaging"))
    from platforms import XCB_HELPER_LIBRARIES, is_desktop_library

    internal = (frozen_app.parent / "_internal").resolve()
    plugin = internal / "PySide6" / "Qt" / "plugins" / "platforms" / "libqxcb.so"
    # The environment of the test run must not help: ldd resolves as a fresh process would.
    env = {k: v for k, v in os.environ.items() if k != "LD_LIBRARY_PATH"}
    output = subprocess.run([ldd, str(plugin)], capture_output=True, text=True, env=env, check=True).stdout
    resolved = {}
    for line in output.splitlines():
        name, arrow, rest = line.strip().partition(" => ")
        if arrow:
            resolved[name] = rest.split(" (", 1)[0]
    # Qt 6.11+ no longer loads libxcb-xinerama; it is bundled anyway, as Qt's list still names it.
    assert set(XCB_HELPER_LIBRARIES) - {"libxcb-xinerama.so.0"} <= set(resolved)
    for helper in XCB_HELPER_LIBRARIES:
        assert (internal / "PySide6" / "Qt" / "lib" / helper).is_file(), f"{helper} is not bundled"
    not_found = sorted(name for name, path in resolved.items() if path == "not found")
    assert not not_found, f"the xcb plugin cannot load here: {not_found} not found"
    from_system = sorted(name for name, path in resolved.items()
                         if not Path(path).resolve().is_relative_to(internal))
    assert [name for name in from_system if not is_desktop_library(name)] == []
    for helper in set(XCB_HELPER_LIBRARIES) & set(resolved):
        assert Path(resolved[helper]).resolve().is_relative_to(internal), f"{helper} comes from the system"


def test_without_a_display_the_window_says_so_in_one_line(frozen_app, isolation, tmp_path):
    env = {k: v for k, v in os.environ.items()
           if k not in ("DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM", "REFORM_ATLAS_DB")}
    env.update(HOME=str(tmp_path), REFORM_ATLAS_USER_DATA=str(tmp_path / "user"))
    result = subprocess.run([*isolation, str(frozen_app)], capture_output=True, text=True, env=env,
                            cwd=tmp_path, timeout=120)
    assert result.returncode == 1
    lines = [line for line in result.stderr.splitlines() if line.strip()]
    assert len(lines) == 1 and "no graphical session" in lines[0], result.stderr


def test_version_names_the_data_version_and_never_fails(db_path, tmp_path):
    atlas = Atlas(db_path)
    expected = atlas.data_version
    atlas.close()
    good = run_cli("--version", db=db_path)
    assert good.returncode == 0 and good.stdout.strip().endswith(f"(data version {expected})"), good.stdout
    garbage = tmp_path / "garbage.db"
    garbage.write_bytes(b"not a database at all")
    for db in (garbage, tmp_path / "missing.db", tmp_path):
        result = run_cli("--version", db=db)
        assert result.returncode == 0 and result.stderr == "", result.stderr
        assert result.stdout.strip().endswith("(data version unknown)")
        assert not (tmp_path / "missing.db").exists()  # --version never creates or builds a database


def test_menu_entry_installs_for_the_user_and_removes_cleanly(frozen_app, tmp_path):
    folder = frozen_app.parent
    env = {**os.environ, "HOME": str(tmp_path / "home"), "XDG_DATA_HOME": str(tmp_path / "data")}
    installed = subprocess.run(["sh", str(folder / "install-desktop.sh")], env=env, capture_output=True, text=True,
                               timeout=60)
    assert installed.returncode == 0, installed.stderr
    entry = tmp_path / "data" / "applications" / "kz-reform-atlas.desktop"
    text = entry.read_text()
    assert f'Exec="{frozen_app}"' in text and "Icon=reform-atlas" in text
    for size in (16, 48, 256):
        assert (tmp_path / "data" / "icons" / "hicolor" / f"{size}x{size}" / "apps" / "reform-atlas.png").is_file()
    assert (tmp_path / "home" / ".local" / "bin" / "reform-atlas").resolve() == frozen_app.resolve()
    if optional_tool("desktop-file-validate", package="desktop-file-utils"):
        validated = subprocess.run(["desktop-file-validate", str(entry)], capture_output=True, text=True)
        assert validated.returncode == 0, validated.stdout + validated.stderr

    removed = subprocess.run(["sh", str(folder / "install-desktop.sh"), "--remove"], env=env, capture_output=True,
                             text=True, timeout=60)
    assert removed.returncode == 0 and not entry.exists()
    assert not (tmp_path / "home" / ".local" / "bin" / "reform-atlas").exists()
    assert frozen_app.is_file()
