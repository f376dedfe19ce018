"""A smaller ICU data library for the frozen app: 32 MB of the Qt wheel's 160 MB are ICU's data.

PySide6's Qt links ICU, whose libicudata.so.73 holds one data package (the `icudt73_dat` symbol) with
locale display names, units, currencies, time-zone names, transliterators, legacy code pages and CJK
word dictionaries for every language. Qt keeps its own locale data (QLocale) and its own text
boundaries; from ICU it uses collation (QCollator), locale-specific case mapping, normalisation, IDNA
and time-zone rules. Collation and break rules stay for English, Russian and Kazakh (other languages
fall back to the root collation, which orders Latin and Cyrillic the same way). Legacy code pages
other than the Cyrillic ones go, and so do the CJK/Thai word dictionaries, time-zone display names,
Unicode character names and the spoof checker's data.

The package is rewritten with ICU's own `icupkg` (Debian: icu-devtools) and linked back into a
shared library exporting the same symbol with binutils (`as`, `ld`). When a tool is missing, or the
library does not look as expected, the full library is used unchanged: the build never fails here.
"""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

# Sub-trees of the package that Qt never reads (it has its own CLDR data for these). "zone" holds
# the time zones' display names, which only QTimeZone::displayName asks ICU for; the app shows
# dates without time zones (the rules themselves, zoneinfo64.res, are at the top and stay).
DROPPED_TREES = ("lang", "region", "curr", "unit", "translit", "rbnf", "zone")
# Top-level items no part of Qt uses: Unicode character names (u_charName) and the spoof checker's
# confusables (uspoof).
DROPPED_ITEMS = ("unames.icu", "confusables.cfu", "confusablesWholeScript.cfu")
# Trees kept for the languages below only: collation and break rules.
PER_LANGUAGE_TREES = ("", "coll", "brkitr")
# Legacy Cyrillic code pages stay (a few kB each): windows-1251, KOI8-R, CP866, ISO-8859-5.
KEPT_CONVERTERS = ("ibm-5347_P100-1998.cnv", "ibm-1251_P100-1995.cnv", "ibm-878_P100-1996.cnv", "ibm-866_P100-1995.cnv",
                   "ibm-915_P100-1995.cnv")
# Languages the atlas is about or written in; their locale data (and their parents') stays.
KEPT_LANGUAGES = ("root", "en", "ru", "kk")
LOCALE_FILE = re.compile(r"^([a-z]{2,3}|root)(_[A-Za-z0-9]*)*\.res$")


def _keep(item: str) -> bool:
    tree, _, name = item.rpartition("/")
    if tree in DROPPED_TREES:
        return False
    if not tree and name in DROPPED_ITEMS:
        return False
    if not tree and name.endswith(".cnv"):
        return name in KEPT_CONVERTERS  # other legacy code pages: the app reads and writes UTF-8
    if tree == "brkitr" and name.endswith(".dict"):
        return False  # CJK, Thai, Lao, Khmer and Burmese word dictionaries
    match = LOCALE_FILE.match(name)
    if match and tree in PER_LANGUAGE_TREES:
        return match.group(1) in KEPT_LANGUAGES
    return True


def _symbol(library: Path, readelf: str, name_prefix: str) -> tuple[str, int, int] | None:
    """(name, file offset, size) of the exported data symbol, or None."""
    symbols = subprocess.run([readelf, "--dyn-syms", "-W", str(library)], capture_output=True, text=True,
                             check=True).stdout
    sections = subprocess.run([readelf, "-S", "-W", str(library)], capture_output=True, text=True,
                              check=True).stdout
    found = None
    for line in symbols.splitlines():
        parts = line.split()
        if len(parts) >= 8 and parts[7].startswith(name_prefix) and parts[3] == "OBJECT" and parts[6] != "UND":
            found = (parts[7], int(parts[1], 16), int(parts[2], 0))
    if not found:
        return None
    name, address, size = found
    for line in sections.splitlines():
        match = re.search(r"\]\s+\S+\s+\S+\s+([0-9a-f]+)\s+([0-9a-f]+)\s+([0-9a-f]+)", line)
        if match:
            start, offset, length = (int(group, 16) for group in match.groups())
            if start <= address and address + size <= start + length:
                return name, offset + (address - start), size
    return None


def slim_icu_data(library: Path, workdir: Path, log=print) -> Path | None:
    """Write a reduced copy of `library` (libicudataNN.so) into workdir; None to keep the original."""
    tools = {name: shutil.which(name) for name in ("icupkg", "readelf", "as", "ld")}
    if not all(tools.values()):
        missing = ", ".join(name for name, path in tools.items() if not path)
        log(f"icu_data: {missing} not found (apt-get install icu-devtools binutils); keeping full ICU data")
        return None
    version = re.search(r"\.so\.(\d+)", library.name)
    if not version:
        return None
    workdir.mkdir(parents=True, exist_ok=True)
    target = workdir / library.name
    if target.exists() and target.stat().st_mtime >= library.stat().st_mtime:
        return target
    try:
        symbol = _symbol(library, tools["readelf"], f"icudt{version.group(1)}")
        if not symbol:
            log(f"icu_data: no ICU data symbol in {library.name}; keeping it")
            return None
        name, offset, size = symbol
        with library.open("rb") as handle:
            handle.seek(offset)
            package = handle.read(size)
        # icupkg takes the package name (and so its items' prefix) from the file name.
        package_name = f"icudt{version.group(1)}{'l' if sys.byteorder == 'little' else 'b'}.dat"
        (workdir / "full").mkdir(exist_ok=True)
        full = workdir / "full" / package_name
        slim = workdir / package_name
        full.write_bytes(package)
        listing = subprocess.run([tools["icupkg"], "-l", str(full)], capture_output=True, text=True,
                                 check=True).stdout.split()
        dropped = [item for item in listing if not _keep(item)]
        removal = workdir / "removed-items.txt"
        removal.write_text("\n".join(dropped) + "\n")
        slim.unlink(missing_ok=True)
        # The break-iterator rules name the word dictionaries; without them ICU falls back to
        # breaking those scripts by character. Any other broken reference means our rules are wrong.
        result = subprocess.run([tools["icupkg"], "--ignore-deps", "-r", str(removal), str(full), str(slim)],
                                capture_output=True, text=True)
        missing = set(re.findall(r"depends on missing item (\S+)", result.stdout + result.stderr))
        if result.returncode != 0 or any(not item.endswith(".dict") for item in missing):
            log(f"icu_data: icupkg refused ({result.returncode}, missing {sorted(missing)[:5]}); keeping full data")
            return None
        assembly = workdir / "icudata.s"
        assembly.write_text(
            f'\t.section .rodata\n\t.globl {name}\n\t.type {name}, @object\n\t.balign 16\n{name}:\n'
            f'\t.incbin "{slim.name}"\n\t.size {name}, . - {name}\n'
            '\t.section .note.GNU-stack,"",@progbits\n')
        subprocess.run([tools["as"], "-o", "icudata.o", "icudata.s"], cwd=workdir, check=True, capture_output=True)
        subprocess.run([tools["ld"], "-shared", "-soname", library.name, "-o", str(target), "icudata.o"],
                       cwd=workdir, check=True, capture_output=True)
    except (OSError, subprocess.CalledProcessError) as exc:
        log(f"icu_data: could not reduce {library.name} ({exc}); keeping it")
        target.unlink(missing_ok=True)
        return None
    log(f"icu_data: {library.name} {size / 1e6:.1f} MB -> {slim.stat().st_size / 1e6:.1f} MB "
        f"({len(dropped)} of {len(listing)} items dropped)")
    return target
