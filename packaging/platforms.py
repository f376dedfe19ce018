"""Everything in the build that differs between Linux, Windows and macOS, in one place.

packaging/reform_atlas.spec and packaging/build.py ask `current()` what to keep, what to add and
which icon to use; nothing else in the build names an operating system. Linux is built and tested
here; the Windows and macOS rules are written from PySide6's wheel layouts and PyInstaller's
documentation and run only in CI (.github/workflows/build.yml).

Linux: Qt 6.5+'s xcb platform plugin needs small X helper libraries that many desktops (Ubuntu
22.04, Mint, minimal Debian) do not install, and without them the app aborts with "Could not load
the Qt platform plugin xcb". They are bundled next to Qt's libraries (PySide6/Qt/lib, found through
the plugin's RUNPATH $ORIGIN/../../lib), and a build machine that lacks one fails, naming the Debian
package. The rest of the display, font and session stack comes from the desktop itself
(X_DESKTOP_LIBRARIES): it must match the running X server, fontconfig files and GL drivers.
"""

from __future__ import annotations

import fnmatch
import re
import shutil
import struct
import subprocess
import sys
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICONS = ROOT / "resources" / "icons"

if str(ROOT) not in sys.path:
    sys.path.insert(0, str(ROOT))
from ui.shell.display_check import XCB_PACKAGES  # noqa: E402 - the one table of sonames and packages

# soname -> Debian/Ubuntu package of what the bundle carries: the nine libraries Qt documents for
# its xcb plugin, and libxcb-util, which libxcb-image and Qt's xcb library both need and which is
# no more common than they are.
XCB_HELPER_LIBRARIES = {soname: XCB_PACKAGES[soname] for soname in (
    "libxcb-cursor.so.0", "libxcb-icccm.so.4", "libxcb-keysyms.so.1", "libxcb-image.so.0",
    "libxcb-render-util.so.0", "libxcb-shape.so.0", "libxcb-randr.so.0", "libxcb-xinerama.so.0",
    "libxkbcommon-x11.so.0", "libxcb-util.so.1")}

# Libraries every X11 desktop has: the C and C++ runtimes, libxcb and its core extensions, Xlib, GL,
# fontconfig, GLib, D-Bus and what they stand on. The bundle uses the desktop's own; they must match
# the running X server, fontconfig files and GL drivers. Everything else the xcb plugin needs comes
# from inside the bundle (tests/test_packaging.py checks with ldd). The C++ runtime is the desktop's
# too: it is backwards compatible, and a copy from the build machine could be older than what the
# desktop's OpenGL driver needs. zlib, liblzma and expat are taken from the desktop as well: Debian
# and Fedora count zlib and liblzma among their essential packages, fontconfig (already the
# desktop's) needs expat, and all three keep one soname everywhere. libffi and libbz2 stay in the
# bundle: their sonames differ between distributions (libffi.so.7/.8, libbz2.so.1.0/.1).
X_DESKTOP_LIBRARIES = (
    "linux-vdso", "ld-linux*", "libc", "libm", "libdl", "libpthread", "librt", "libstdc++", "libgcc_s",
    "libxcb", "libxcb-render", "libxcb-shm", "libxcb-sync", "libxcb-xfixes", "libxcb-xkb", "libxcb-glx",
    "libxcb-present", "libxcb-dri2", "libxcb-dri3", "libX11", "libX11-xcb", "libXau", "libXdmcp",
    "libXext", "libXrender", "libxkbcommon", "libGL", "libEGL", "libGLX", "libGLdispatch", "libOpenGL",
    "libfontconfig", "libfreetype", "libpng16", "libbrotlicommon", "libbrotlidec", "libexpat", "libz",
    "libzstd", "liblzma", "libglib-2.0", "libgthread-2.0", "libgobject-2.0", "libgio-2.0",
    "libgmodule-2.0", "libpcre2-8", "libdbus-1", "libsystemd", "libcap", "libgcrypt",
    "libgpg-error", "liblz4", "libbsd", "libmd", "libmount", "libblkid", "libselinux",
)


def is_desktop_library(soname: str) -> bool:
    stem = re.sub(r"\.so(\..*)?$", "", soname)
    return any(fnmatch.fnmatchcase(stem, pattern) for pattern in X_DESKTOP_LIBRARIES)


@dataclass(frozen=True)
class Platform:
    name: str                   # linux | windows | macos
    qt: str                     # where PySide6 keeps Qt's plugins, inside the bundle
    keep_plugins: tuple[str, ...]
    # Qt module libraries to drop, as glob patterns on the file name (dropped modules' libraries)
    dropped_qt_libraries: tuple[str, ...]
    # Libraries of the desktop's own stack that the bundle must not carry (Linux only)
    system_libraries: tuple[str, ...] = ()

    def plugin_patterns(self, names: tuple[str, ...]) -> list[str]:
        return [f"{self.qt}/plugins/{name}" for name in names]

    def bundled_libraries(self) -> list[tuple[str, str]]:
        """(source, destination folder) of the libraries the spec adds; the build fails without them."""
        if self.name != "linux":
            return []
        found, missing = [], []
        for soname, package in XCB_HELPER_LIBRARIES.items():
            path = find_system_library(soname)
            if path is None:
                missing.append(f"{soname} (Debian/Ubuntu package {package})")
            else:
                found.append((str(path), f"{self.qt}/lib"))
        if missing:
            packages = " ".join(XCB_HELPER_LIBRARIES[m.split()[0]] for m in missing)
            raise BuildMachineIncomplete(
                f"build failed: the xcb helper libraries Qt needs are missing on this machine: "
                f"{', '.join(missing)}; install them with: sudo apt-get install {packages}")
        return found

    def exe_icon(self, work: Path) -> str | None:
        """The executable's icon, made from the committed PNGs (Linux uses the PNGs themselves)."""
        if self.name == "windows":
            return str(write_ico(work / "reform-atlas.ico"))
        if self.name == "macos":
            return str(write_icns(work / "reform-atlas.icns"))
        return None


class BuildMachineIncomplete(Exception):
    pass


# Qt libraries the app never loads. Svg: the window icon is PNG (ui/shell/app.py window_icon) and
# pyqtgraph tolerates a missing QtSvg. OpenGL: nothing draws with OpenGL (the PySide6 bindings are
# stand-ins, packaging/runtime_hooks/); the one plugin that linked it, Wayland's EGL buffer
# integration, is left out too, and Qt Wayland then hands widgets' raster buffers over shared memory.
_QT_MODULE_LIBS = ("Network", "Qml*", "Quick*", "Sql", "Pdf*", "VirtualKeyboard*", "EglFS*", "EglFs*",
                   "WaylandCompositor*", "WaylandEglCompositor*", "Test", "Svg*", "OpenGL")

LINUX = Platform(
    name="linux", qt="PySide6/Qt",
    keep_plugins=(
        "platforms/libqxcb.so", "platforms/libqwayland*.so", "platforms/libqoffscreen.so",
        "wayland-shell-integration/libxdg-shell.so",
        # Compose and IBus input methods: typing Kazakh and Russian.
        "platforminputcontexts/libcomposeplatforminputcontextplugin.so",
        "platforminputcontexts/libibusplatforminputcontextplugin.so",
    ),
    dropped_qt_libraries=tuple(f"libQt6{name}.so*" for name in _QT_MODULE_LIBS),
    system_libraries=(
        # What only the GTK3 theme plugin needed.
        "libatk-1.0", "libatk-bridge-2.0", "libcairo", "libcairo-gobject", "libdatrie", "libfribidi",
        "libgdk_pixbuf-2.0", "libpango-1.0", "libpangocairo-1.0", "libpangoft2-1.0", "libpixman-1",
        "libthai", "libepoxy", "libgtk-3", "libgdk-3",
        # The desktop's own display, font, session and printing stack: these must match the running
        # system (its X server, fontconfig files, GIO modules, CUPS daemon), as for PySide6 from PyPI.
        *X_DESKTOP_LIBRARIES, "libwayland-*", "libcups", "libgnutls", "libkrb5", "libkrb5support",
        "libgssapi_krb5", "libk5crypto", "libkeyutils", "libcom_err", "libavahi-client",
        "libavahi-common", "libnettle", "libhogweed", "libgmp", "libp11-kit", "libtasn1", "libidn2",
        "libunistring", "libharfbuzz", "libgraphite2",
    ),
)

# PySide6's Windows wheel keeps plugins in PySide6/plugins and Qt's DLLs beside the bindings.
WINDOWS = Platform(
    name="windows", qt="PySide6",
    keep_plugins=("platforms/qwindows.dll", "platforms/qoffscreen.dll", "styles/qmodernwindowsstyle.dll"),
    dropped_qt_libraries=tuple(f"Qt6{name}.dll" for name in _QT_MODULE_LIBS),
)

# The macOS wheel has frameworks under PySide6/Qt/lib; PyInstaller makes the .app bundle.
MACOS = Platform(
    name="macos", qt="PySide6/Qt",
    keep_plugins=("platforms/libqcocoa.dylib", "platforms/libqoffscreen.dylib", "styles/libqmacstyle.dylib"),
    dropped_qt_libraries=tuple(f"Qt{name}" for name in _QT_MODULE_LIBS),
)


def current() -> Platform:
    if sys.platform == "win32":
        return WINDOWS
    if sys.platform == "darwin":
        return MACOS
    return LINUX


def find_system_library(soname: str) -> Path | None:
    """Where the dynamic linker finds `soname` on this machine: ldconfig's cache (entries for this
    machine's word size first), then the usual folders."""
    ldconfig = shutil.which("ldconfig") or next(
        (p for p in ("/sbin/ldconfig", "/usr/sbin/ldconfig") if Path(p).exists()), None)
    if ldconfig:
        listing = subprocess.run([ldconfig, "-p"], capture_output=True, text=True).stdout
        candidates = []
        for line in listing.splitlines():
            name, arrow, target = line.strip().partition(" => ")
            if arrow and name.split(" (", 1)[0] == soname:
                candidates.append((("64" in name) != (sys.maxsize > 2 ** 32), Path(target)))
        if candidates:
            return sorted(candidates, key=lambda c: c[0])[0][1]
    for folder in ("/usr/lib/x86_64-linux-gnu", "/lib/x86_64-linux-gnu", "/usr/lib/aarch64-linux-gnu",
                   "/usr/lib64", "/usr/lib", "/lib"):
        if (Path(folder) / soname).exists():
            return Path(folder) / soname
    return None


# -- icons --------------------------------------------------------------------------------------
# Both formats can hold PNG images as they are, so the committed PNGs (packaging/render_icons.py)
# are packed without any image library.

def _png(size: int) -> bytes:
    return (ICONS / f"reform-atlas-{size}.png").read_bytes()


def write_ico(out: Path, sizes: tuple[int, ...] = (16, 24, 32, 48, 64, 128, 256)) -> Path:
    """Windows .ico: a directory of PNG images (Windows Vista and later read PNG entries)."""
    images = [(size, _png(size)) for size in sizes]
    header = struct.pack("<HHH", 0, 1, len(images))
    offset = len(header) + 16 * len(images)
    entries, data = b"", b""
    for size, png in images:
        side = 0 if size >= 256 else size  # 0 means 256
        entries += struct.pack("<BBBBHHII", side, side, 0, 0, 1, 32, len(png), offset + len(data))
        data += png
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(header + entries + data)
    return out


# ICNS element types holding PNG data, by pixel size (Apple's icns format; 10.7+ reads PNG in all).
_ICNS_TYPES = {16: b"icp4", 32: b"icp5", 64: b"icp6", 128: b"ic07", 256: b"ic08"}


def write_icns(out: Path) -> Path:
    body = b"".join(kind + struct.pack(">I", 8 + len(_png(size))) + _png(size)
                    for size, kind in _ICNS_TYPES.items())
    out.parent.mkdir(parents=True, exist_ok=True)
    out.write_bytes(b"icns" + struct.pack(">I", 8 + len(body)) + body)
    return out
