"""Saving a file so that a failure never leaves a damaged one behind.

Every file the app writes (PDF, PNG, CSV, Markdown) goes through `safe_save`: the writer fills a
temporary file beside the target, and only a complete file that has reached the disk replaces
the target, in one rename. On any failure the old file stays as it was and the message says so.

    with safe_save(path) as tmp:
        image.save(str(tmp), "PNG")          # any writer that takes a path

Rules, each from a real failure (issue 11):
- the target must be a regular file or not exist yet: a folder, a named pipe, a device or a
  socket is refused with one line (replacing /dev/something or a FIFO by a file is never wanted);
- a symbolic link is written *through*: the file it points to is replaced, the link stays;
- the writer must leave a non-empty file; its bytes are flushed to disk (fsync) before the rename,
  so a full disk is reported here, not discovered later in a truncated file;
- a new file gets the mode the umask gives (0644 for the usual 022), as `open()` would; an
  existing file keeps its mode.
No Qt here: writers that report failure by a return value check it themselves inside the block.
"""

from __future__ import annotations

import errno
import os
import re
import secrets
import stat
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from db.errors import AtlasError


class SaveError(AtlasError):
    """A file could not be saved; the one-line message names it, says why and what was kept."""


def _kind_of(mode: int) -> str | None:
    """What a non-regular file is, in words; None for a regular file."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "a folder"
    if stat.S_ISFIFO(mode):
        return "a named pipe (FIFO)"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "a device"
    if stat.S_ISSOCK(mode):
        return "a socket"
    return "not a regular file"


def _reason(exc: OSError) -> str:
    if exc.errno == errno.ENOSPC:
        return "the disk is full"
    if exc.errno == errno.EDQUOT:
        return "the disk quota is exceeded"
    if exc.errno == errno.EROFS:
        return "the disk is read-only"
    if exc.errno in (errno.EACCES, errno.EPERM):
        return "permission denied"
    return exc.strerror or str(exc)


def _real_target(target: str | Path) -> Path:
    """The file to replace: the target itself, or what a symbolic link (chain) points to."""
    if isinstance(target, str) and not target.strip():
        raise SaveError("cannot save: no file name was given")
    path = Path(os.fspath(target))
    if str(target).endswith(("/", os.sep)) or not path.name or path.name in (".", ".."):
        raise SaveError(f"cannot save {target}: it is a folder, not a file")
    if path.is_symlink():
        return Path(os.path.realpath(path))
    return path


def _check_target(shown: str | Path, real: Path) -> os.stat_result | None:
    """The target's current status (None when it does not exist yet); refuses what is no file."""
    try:
        status = os.stat(real)
    except FileNotFoundError:
        status = None
    except OSError as exc:
        raise SaveError(f"cannot save {shown}: {_reason(exc)}") from None
    if status is not None:
        kind = _kind_of(status.st_mode)
        if kind:
            raise SaveError(f"cannot save {shown}: it is {kind}, not a regular file")
    folder = real.parent
    if not folder.is_dir():
        raise SaveError(f"cannot save {shown}: the folder does not exist")
    return status


def _create_temporary(real: Path, shown: str | Path, kept: str) -> Path:
    """An empty temporary file beside the target. Created with 0o666 so the kernel applies the
    umask, as for any new file (mkstemp would always give 0600)."""
    # ASCII only: Qt's writers take the name as a QString, which cannot carry undecodable bytes
    # (a file name is any bytes on Linux); the folder is the target's own.
    stem = re.sub(r"[^A-Za-z0-9._-]", "_", real.name)[:64]
    for _ in range(100):
        candidate = real.with_name(f".{stem}.{secrets.token_hex(4)}.tmp")
        try:
            os.close(os.open(candidate, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o666))
            return candidate
        except FileExistsError:
            continue
        except OSError as exc:
            raise SaveError(f"cannot save {shown}: {_reason(exc)} in {real.parent}; {kept}") from None
    raise SaveError(f"cannot save {shown}: no temporary file could be created in {real.parent}; {kept}")


def _sync_file(path: Path) -> int:
    """Flush the file's bytes to disk; returns its size. A full disk may only show here."""
    fd = os.open(path, os.O_RDONLY)
    try:
        os.fsync(fd)
        return os.fstat(fd).st_size
    finally:
        os.close(fd)


def _sync_folder(folder: Path) -> None:
    """Make the rename itself durable. Some file systems cannot fsync a folder; that is not an
    error for the file, which is complete either way."""
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


@contextmanager
def safe_save(target: str | Path) -> Iterator[Path]:
    """Yield a temporary path for the writer; on a clean exit, replace the target with it.

    Raises SaveError (one line, saying the old file was kept) when the target is not a regular
    file, the folder cannot be written, the writer raised OSError or left nothing, or the bytes
    did not reach the disk. Other exceptions from the writer pass through after clean-up.
    """
    real = _real_target(target)
    status = _check_target(target, real)
    kept = f"the old {real.name} was kept" if status is not None else "nothing was saved"
    tmp = _create_temporary(real, target, kept)
    try:
        try:
            yield tmp
        except OSError as exc:
            raise SaveError(f"could not save {target}: {_reason(exc)}; {kept}") from None
        try:
            size = tmp.stat().st_size
        except FileNotFoundError:
            raise SaveError(f"could not save {target}: the file was not written; {kept}") from None
        if size == 0:
            raise SaveError(f"could not save {target}: nothing was written; {kept}")
        try:
            synced = _sync_file(tmp)
            if synced != size:
                raise SaveError(f"could not save {target}: the file changed while it was saved; {kept}")
            if status is not None:
                os.chmod(tmp, stat.S_IMODE(status.st_mode))
            os.replace(tmp, real)
        except OSError as exc:
            raise SaveError(f"could not save {target}: {_reason(exc)}; {kept}") from None
        _sync_folder(real.parent)
    finally:
        try:
            os.unlink(tmp)
        except FileNotFoundError:
            pass  # renamed into place, or the writer removed it
        except OSError:
            pass  # nothing more can be done; the target is untouched either way


def write_bytes_safely(target: str | Path, data: bytes) -> None:
    """Write `data` to `target` as `safe_save` does; every byte is checked to have been written."""
    with safe_save(target) as tmp:
        fd = os.open(tmp, os.O_WRONLY | os.O_TRUNC)
        try:
            view = memoryview(data)
            while view:
                written = os.write(fd, view)
                if written <= 0:
                    raise OSError(errno.EIO, "the system wrote nothing")
                view = view[written:]
        finally:
            os.close(fd)
        if tmp.stat().st_size != len(data):
            raise OSError(errno.EIO, "the file is shorter than what was written")
    # An empty `data` is refused by safe_save ("nothing was written"): no export is ever empty.


def write_text_safely(target: str | Path, text: str, encoding: str = "utf-8") -> None:
    """Write `text` (newlines as given) to `target` as `safe_save` does."""
    write_bytes_safely(target, text.encode(encoding))


def require_complete_pdf(path: str | Path) -> None:
    """Raise OSError unless the file ends as a PDF does (%%EOF in its last bytes).

    Qt's PDF writers report no write errors: on a full disk they leave a truncated file and
    carry on. A PDF is written front to back and ends with %%EOF, so a cut-off one lacks it.
    """
    with open(path, "rb") as handle:
        handle.seek(0, os.SEEK_END)
        handle.seek(max(0, handle.tell() - 1024))
        tail = handle.read()
    if b"%%EOF" not in tail:
        raise OSError(errno.EIO, "the PDF was cut off before its end (is the disk full?)")
