"""Ship shiboken's signature support package precompiled, so the frozen app does not compile it at each start.

At every `import PySide6`, shiboken6 loads its `shibokensupport` package (the `__signature__` of every Qt
function, the enum and feature machinery). By default the package lives in libshiboken as an embedded,
base64-encoded zip of Python *sources*, which are decoded and compiled anew in every process: about 30 ms
of a 2-core machine's start-up, before any of our code runs. shiboken's bootstrap (signature_bootstrap.py,
`find_incarnated_files`) prefers a real folder `shiboken6/files.dir` when one exists; that is the folder
its own `SBK_EMBED=0` switch writes. The build writes that folder with the same modules compiled to
bytecode (unchecked-hash .pyc, so no timestamps are compared), which the ordinary import system loads.

Nothing changes in what runs: the modules are the very ones shiboken embeds, taken from the installed
wheel at build time. If a future shiboken embeds them differently, nothing is added and the app keeps
the embedded copy (the build says so).
"""

from __future__ import annotations

import py_compile
import sys
import tempfile
from pathlib import Path

PACKAGE = "shibokensupport"
FOLDER = "shiboken6/files.dir"  # where shiboken looks, relative to the bundle's top


def precompiled_support(work: Path, log=print) -> list[tuple[str, str]]:
    """PyInstaller data entries (source, destination folder) for shiboken6/files.dir; [] to keep the embedded copy."""
    import shiboken6  # noqa: F401 - runs the bootstrap, which leaves its module in sys.modules

    bootstrap = sys.modules.get("signature_bootstrap")
    prepare = getattr(bootstrap, "prepare_zipfile", None)
    if prepare is None:
        log("shiboken_support: shiboken's bootstrap has no prepare_zipfile; keeping the embedded package")
        return []
    try:
        archive = prepare()[1].zfile
    except (AttributeError, IndexError, TypeError) as exc:
        log(f"shiboken_support: embedded package not readable ({exc}); keeping it")
        return []
    sources = [name for name in archive.namelist() if name.startswith(f"{PACKAGE}/") and name.endswith(".py")]
    if not any(name.endswith("signature/loader.py") for name in sources):
        log("shiboken_support: no signature loader in the embedded package; keeping it")
        return []
    out = work / "files.dir"
    entries = []
    with tempfile.TemporaryDirectory() as scratch:
        for name in sources:
            source = Path(scratch) / name
            source.parent.mkdir(parents=True, exist_ok=True)
            source.write_bytes(archive.read(name))
            compiled = out / (name + "c")  # a sourceless module: x.pyc where x.py would be
            compiled.parent.mkdir(parents=True, exist_ok=True)
            py_compile.compile(str(source), cfile=str(compiled), dfile=name, doraise=True,
                               invalidation_mode=py_compile.PycInvalidationMode.UNCHECKED_HASH)
            entries.append((str(compiled), str(Path(FOLDER) / Path(name).parent)))
    return entries
