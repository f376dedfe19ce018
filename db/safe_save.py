"""Saving a file so that a failure never leaves a damaged one behind (minimal version; the
hardening branch brings the fuller one with the same API).

    with safe_save(path) as tmp:
        writer.write(tmp)                 # any writer that takes a path

The writer fills a temporary file beside the target; only a complete, non-empty file that has
reached the disk (fsync) replaces the target, in one rename. A symbolic link is written through
(the file it points to is replaced). On any failure the temporary file is removed, the old file
stays as it was, and SaveError says so in one line.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from db.errors import AtlasError


class SaveError(AtlasError):
    """A file could not be saved; the one-line message names it and says why."""


@contextmanager
def safe_save(target: str | Path) -> Iterator[Path]:
    shown = Path(target)
    real = Path(os.path.realpath(shown)) if shown.is_symlink() else shown
    folder = real.parent if str(real.parent) else Path(".")
    try:
        handle, name = tempfile.mkstemp(prefix=f".{real.name}.", suffix=".part", dir=folder)
    except OSError as exc:
        raise SaveError(f"cannot save {shown}: {exc.strerror or exc}") from exc
    os.close(handle)
    tmp = Path(name)
    try:
        yield tmp
        if not tmp.exists() or tmp.stat().st_size == 0:
            raise SaveError(f"cannot save {shown}: nothing was written (the old file is kept)")
        with tmp.open("rb") as written:
            os.fsync(written.fileno())
        mode = real.stat().st_mode & 0o7777 if real.exists() else 0o666 & ~_umask()
        os.chmod(tmp, mode)
        os.replace(tmp, real)
    except OSError as exc:
        raise SaveError(f"cannot save {shown}: {exc.strerror or exc} (the old file is kept)") from exc
    finally:
        tmp.unlink(missing_ok=True)


def _umask() -> int:
    current = os.umask(0)
    os.umask(current)
    return current


def write_bytes_safely(target: str | Path, data: bytes) -> None:
    with safe_save(target) as tmp:
        tmp.write_bytes(data)


def write_text_safely(target: str | Path, text: str) -> None:
    with safe_save(target) as tmp:
        tmp.write_text(text, encoding="utf-8", newline="")
