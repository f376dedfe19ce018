"""Before the window opens on Linux: make sure a Qt platform plugin can load, or say what to install.

When the xcb plugin's libraries are missing, Qt prints a page of advice and aborts ("Could not load
the Qt platform plugin xcb"), the most reported failure of frozen PySide6 apps. The bundle carries
the xcb helper libraries (packaging/platforms.py), but a desktop can still lack a library every X
desktop normally has. So the plugin is loaded once with the dynamic linker (which names the first
missing library), and then:

- on a Wayland session (WAYLAND_DISPLAY set) the Wayland plugin is used when it loads, and always
  when there is no X display at all;
- otherwise one line names the missing library and the package to install.

No Qt here (only ctypes): this runs before QApplication, and Qt's own checks end in abort().
An explicit QT_QPA_PLATFORM is always respected, and other systems are left alone.
"""

from __future__ import annotations

import ctypes
import os
import re
import sys
from pathlib import Path

# Debian/Ubuntu packages of what Qt's xcb plugin loads. The first ten are bundled in the standalone
# build (packaging/platforms.py); the rest are part of every X desktop, but minimal systems and
# containers lack them.
XCB_PACKAGES = {
    "libxcb-cursor.so.0": "libxcb-cursor0",
    "libxcb-icccm.so.4": "libxcb-icccm4",
    "libxcb-keysyms.so.1": "libxcb-keysyms1",
    "libxcb-image.so.0": "libxcb-image0",
    "libxcb-render-util.so.0": "libxcb-render-util0",
    "libxcb-shape.so.0": "libxcb-shape0",
    "libxcb-randr.so.0": "libxcb-randr0",
    "libxcb-xinerama.so.0": "libxcb-xinerama0",
    "libxkbcommon-x11.so.0": "libxkbcommon-x11-0",
    "libxcb-util.so.1": "libxcb-util1",
    "libxcb.so.1": "libxcb1",
    "libxcb-render.so.0": "libxcb-render0",
    "libxcb-shm.so.0": "libxcb-shm0",
    "libxcb-sync.so.1": "libxcb-sync1",
    "libxcb-xfixes.so.0": "libxcb-xfixes0",
    "libxcb-xkb.so.1": "libxcb-xkb1",
    "libxkbcommon.so.0": "libxkbcommon0",
    "libX11.so.6": "libx11-6",
    "libX11-xcb.so.1": "libx11-xcb1",
    "libGL.so.1": "libgl1",
    "libEGL.so.1": "libegl1",
    "libfontconfig.so.1": "libfontconfig1",
    "libfreetype.so.6": "libfreetype6",
    "libglib-2.0.so.0": "libglib2.0-0",
    "libgthread-2.0.so.0": "libglib2.0-0",
    "libdbus-1.so.3": "libdbus-1-3",
    "libwayland-client.so.0": "libwayland-client0",
    "libwayland-cursor.so.0": "libwayland-cursor0",
    "libwayland-egl.so.1": "libwayland-egl1",
}


def plugin_error(plugin: Path) -> str | None:
    """None when the plugin and every library it needs load; else the dynamic linker's message."""
    try:
        ctypes.CDLL(str(plugin), mode=os.RTLD_LAZY | os.RTLD_LOCAL)
    except OSError as exc:
        return str(exc)
    return None


def missing_library(error: str) -> str:
    """The library a dlopen error names ("libxcb-cursor.so.0: cannot open shared object file...")."""
    match = re.search(r"(lib[\w.+-]+\.so[\w.]*): cannot open shared object file", error)
    return match.group(1) if match else error


def install_hint(library: str) -> str:
    package = XCB_PACKAGES.get(library)
    return f"install {package} (Debian/Ubuntu: sudo apt-get install {package})" if package else \
        f"install the package that provides {library}"


def choose_platform(environ: dict[str, str], plugins: Path, app_name: str = "reform-atlas") -> str | None:
    """Set QT_QPA_PLATFORM in `environ` when another plugin must be used; return one line to print
    (and give up) when no plugin can work, else None."""
    if environ.get("QT_QPA_PLATFORM") or not sys.platform.startswith("linux"):
        return None
    wayland = bool(environ.get("WAYLAND_DISPLAY"))
    if not environ.get("DISPLAY"):
        if wayland:
            environ["QT_QPA_PLATFORM"] = "wayland"
            return None
        return (f"{app_name}: no graphical session (neither DISPLAY nor WAYLAND_DISPLAY is set); "
                f"start it from a desktop, or use the sub-commands (`{app_name} --help`)")
    error = plugin_error(plugins / "platforms" / "libqxcb.so")
    if error is None:
        return None
    if wayland and plugin_error(plugins / "platforms" / "libqwayland.so") is None:
        environ["QT_QPA_PLATFORM"] = "wayland"
        return None
    library = missing_library(error)
    return f"{app_name}: cannot open a window: the X11 library {library} is missing; {install_hint(library)}"


def qt_plugins_folder() -> Path:
    """Qt's plugin folder inside PySide6 (the same path in a source run and in the bundle)."""
    import PySide6  # only the package: no Qt library loads for this
    return Path(PySide6.__file__).resolve().parent / "Qt" / "plugins"
