"""packaging/platforms.py: the per-system rules of the build, tested here on Linux as far as they can
be (the Windows and macOS builds run only in CI: .github/workflows/build.yml)."""

from __future__ import annotations

import struct
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "packaging"))

import platforms  # noqa: E402


def test_a_build_machine_without_an_xcb_helper_fails_naming_the_package(monkeypatch):
    real = platforms.find_system_library
    monkeypatch.setattr(platforms, "find_system_library",
                        lambda soname: None if soname == "libxcb-icccm.so.4" else real(soname))
    with pytest.raises(platforms.BuildMachineIncomplete) as failure:
        platforms.LINUX.bundled_libraries()
    message = str(failure.value)
    assert "libxcb-icccm.so.4" in message and "sudo apt-get install libxcb-icccm4" in message
    assert "\n" not in message


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="looks up Linux libraries")
def test_every_xcb_helper_is_found_and_lands_beside_qts_libraries():
    missing = [f"{soname} ({package})" for soname, package in platforms.XCB_HELPER_LIBRARIES.items()
               if platforms.find_system_library(soname) is None]
    if missing:  # the build itself fails then; this test names the packages to install
        pytest.skip(f"this machine lacks {', '.join(missing)}: sudo apt-get install "
                    + " ".join(platforms.XCB_HELPER_LIBRARIES[m.split()[0]] for m in missing))
    libraries = platforms.LINUX.bundled_libraries()
    assert len(libraries) == len(platforms.XCB_HELPER_LIBRARIES) == 10
    assert {dest for _, dest in libraries} == {"PySide6/Qt/lib"}
    assert all(Path(src).name in platforms.XCB_HELPER_LIBRARIES for src, _ in libraries)


def test_desktop_libraries_are_told_from_bundled_ones():
    for soname in ("libxcb.so.1", "libX11.so.6", "libGL.so.1", "libc.so.6", "ld-linux-x86-64.so.2",
                   "libxcb-shm.so.0", "libxkbcommon.so.0"):
        assert platforms.is_desktop_library(soname), soname
    for soname in platforms.XCB_HELPER_LIBRARIES:
        assert not platforms.is_desktop_library(soname), soname


def test_each_system_keeps_its_own_platform_plugin():
    assert "platforms/libqxcb.so" in platforms.LINUX.keep_plugins
    assert "platforms/qwindows.dll" in platforms.WINDOWS.keep_plugins
    assert "platforms/libqcocoa.dylib" in platforms.MACOS.keep_plugins
    assert platforms.WINDOWS.bundled_libraries() == [] and platforms.MACOS.bundled_libraries() == []
    assert platforms.current() is {"win32": platforms.WINDOWS, "darwin": platforms.MACOS}.get(
        sys.platform, platforms.LINUX)


def test_windows_icon_holds_every_png_size(tmp_path):
    ico = platforms.WINDOWS.exe_icon(tmp_path)
    data = Path(ico).read_bytes()
    reserved, kind, count = struct.unpack_from("<HHH", data)
    assert (reserved, kind, count) == (0, 1, 7)
    sides = []
    for n in range(count):
        width, _height, _, _, _planes, _bits, size, offset = struct.unpack_from("<BBBBHHII", data, 6 + 16 * n)
        assert data[offset:offset + 8] == b"\x89PNG\r\n\x1a\n" and offset + size <= len(data)
        sides.append(width or 256)
    assert sorted(sides) == [16, 24, 32, 48, 64, 128, 256]


def test_macos_icon_is_a_well_formed_icns(tmp_path):
    data = Path(platforms.MACOS.exe_icon(tmp_path)).read_bytes()
    assert data[:4] == b"icns" and struct.unpack(">I", data[4:8])[0] == len(data)
    kinds, position = [], 8
    while position < len(data):
        kind, length = data[position:position + 4], struct.unpack(">I", data[position + 4:position + 8])[0]
        assert data[position + 8:position + 16] == b"\x89PNG\r\n\x1a\n"
        kinds.append(kind)
        position += length
    assert position == len(data) and kinds == [b"icp4", b"icp5", b"icp6", b"ic07", b"ic08"]


def test_linux_needs_no_executable_icon(tmp_path):
    assert platforms.LINUX.exe_icon(tmp_path) is None  # the .desktop entry and PNGs serve instead
