"""Every file the app writes goes through db.safe_save: a full disk, a read-only folder, a symlink,
a FIFO, a device, a folder or an empty name never leaves a damaged file or a traceback."""

from __future__ import annotations

import ast
import errno
import os
import shutil
import stat
import tempfile
import warnings
from pathlib import Path

import pytest
from conftest import ROOT, one_clear_line, run_cli

from db import safe_save as safe_save_module
from db.safe_save import SaveError, require_complete_pdf, safe_save, write_bytes_safely, write_text_safely

GOOD = b"%PDF-1.4 the good old file %%EOF\n"


@pytest.fixture
def old_file(tmp_path) -> Path:
    path = tmp_path / "out.pdf"
    path.write_bytes(GOOD)
    return path


def _leftovers(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.endswith(".tmp"))


# -- the happy path ---------------------------------------------------------------------------------

def test_replaces_the_file_with_the_new_bytes_and_leaves_no_temporary(old_file):
    write_bytes_safely(old_file, b"new contents")
    assert old_file.read_bytes() == b"new contents"
    assert _leftovers(old_file.parent) == []


def test_the_writer_gets_a_temporary_file_beside_the_target(old_file):
    with safe_save(old_file) as tmp:
        assert tmp.parent == old_file.parent and tmp != old_file
        tmp.write_bytes(b"x")
        assert old_file.read_bytes() == GOOD  # untouched until the writer is done
    assert old_file.read_bytes() == b"x"


# -- full disk --------------------------------------------------------------------------------------

def test_full_disk_during_write_keeps_the_old_file_and_says_so(old_file, monkeypatch):
    def full(fd, data):
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(safe_save_module.os, "write", full)
    with pytest.raises(SaveError) as caught:
        write_bytes_safely(old_file, b"new" * 1000)
    message = str(caught.value)
    assert "disk is full" in message and "old out.pdf was kept" in message and "\n" not in message
    assert old_file.read_bytes() == GOOD
    assert _leftovers(old_file.parent) == []


def test_full_disk_found_only_at_fsync_keeps_the_old_file(old_file, monkeypatch):
    """Delayed allocation: write() succeeds, the disk fills when the bytes are flushed."""
    def full(fd):
        raise OSError(errno.ENOSPC, "No space left on device")
    monkeypatch.setattr(safe_save_module.os, "fsync", full)
    with pytest.raises(SaveError, match=r"disk is full.*old out.pdf was kept"):
        write_bytes_safely(old_file, b"new")
    assert old_file.read_bytes() == GOOD
    assert _leftovers(old_file.parent) == []


def test_short_write_is_caught(old_file, monkeypatch):
    real_write = os.write
    monkeypatch.setattr(safe_save_module.os, "write", lambda fd, data: real_write(fd, bytes(data[:0])) or 0)
    with pytest.raises(SaveError, match=r"old out.pdf was kept"):
        write_bytes_safely(old_file, b"new")
    assert old_file.read_bytes() == GOOD


def test_a_cut_off_pdf_is_not_saved(old_file):
    with pytest.raises(SaveError, match=r"cut off.*old out.pdf was kept"), safe_save(old_file) as tmp:
        tmp.write_bytes(b"%PDF-1.4 half a file")  # what Qt leaves when the disk fills
        require_complete_pdf(tmp)
    assert old_file.read_bytes() == GOOD


def test_print_pdf_on_a_full_disk_fails_and_keeps_the_old_pdf(qapp, db_path, old_file, monkeypatch, capsys):
    """`print --pdf` used to report success over a truncated file. In-process, so that the disk
    can be made full (fsync reports ENOSPC) under Qt's PDF writer."""
    # qapp: the command would otherwise make a QGuiApplication, which later widget tests cannot use.
    from test_ui_printing import IDS

    from cli.main import main
    monkeypatch.setattr(safe_save_module.os, "fsync", lambda fd: (_ for _ in ()).throw(
        OSError(errno.ENOSPC, "No space left on device")))
    code = main(["--db", str(db_path), "print", IDS[0], "--pdf", str(old_file)])
    out, err = capsys.readouterr()
    assert code != 0 and out == ""
    assert err.count("\n") == 1 and "disk is full" in err and "kept" in err
    assert old_file.read_bytes() == GOOD


# -- what is not a regular file -----------------------------------------------------------------------

def test_writes_through_a_symlink_and_keeps_the_link(tmp_path, old_file):
    link = tmp_path / "link.pdf"
    link.symlink_to(old_file)
    write_bytes_safely(link, b"through the link")
    assert link.is_symlink() and os.readlink(link) == str(old_file)
    assert old_file.read_bytes() == b"through the link"


def test_a_fifo_is_refused_without_opening_it(tmp_path):
    fifo = tmp_path / "pipe.pdf"
    os.mkfifo(fifo)
    with pytest.raises(SaveError, match="named pipe") as caught:
        write_bytes_safely(fifo, b"x")  # opening the FIFO would block this test forever
    assert "\n" not in str(caught.value)
    assert stat.S_ISFIFO(os.stat(fifo).st_mode)


@pytest.mark.parametrize("device", ["/dev/null", "/dev/full"])
def test_a_device_is_refused_and_so_is_a_link_to_one(tmp_path, device):
    with pytest.raises(SaveError, match="is a device"):
        write_bytes_safely(device, b"x")
    link = tmp_path / "out.png"
    link.symlink_to(device)
    with pytest.raises(SaveError, match="is a device"):
        write_bytes_safely(link, b"x")
    assert link.is_symlink()


def test_a_folder_and_an_empty_name_are_refused(tmp_path):
    with pytest.raises(SaveError, match="is a folder"):
        write_bytes_safely(tmp_path, b"x")
    with pytest.raises(SaveError, match="no file name"):
        write_bytes_safely("", b"x")
    with pytest.raises(SaveError, match="folder does not exist"):
        write_bytes_safely(tmp_path / "missing" / "x.csv", b"x")


@pytest.mark.parametrize("kind", ["folder", "fifo", "empty", "device"])
def test_cli_print_to_odd_targets_is_one_clear_line(db_path, tmp_path, kind):
    from test_ui_printing import IDS
    target = {"folder": str(tmp_path), "empty": "", "device": "/dev/full"}.get(kind)
    if kind == "fifo":
        target = str(tmp_path / "pipe.pdf")
        os.mkfifo(target)
    line = one_clear_line(run_cli("print", IDS[0], "--pdf", target, db=db_path))
    assert line.startswith("error: cannot save")
    if kind == "fifo":
        assert stat.S_ISFIFO(os.stat(target).st_mode)


# -- modes ----------------------------------------------------------------------------------------------

@pytest.mark.parametrize("umask, mode", [(0o022, 0o644), (0o027, 0o640), (0o077, 0o600)])
def test_new_files_follow_the_umask(tmp_path, umask, mode):
    previous = os.umask(umask)
    try:
        write_text_safely(tmp_path / "new.md", "# bookmarks\n")
    finally:
        os.umask(previous)
    assert stat.S_IMODE(os.stat(tmp_path / "new.md").st_mode) == mode


def test_existing_files_keep_their_mode(old_file):
    os.chmod(old_file, 0o604)
    write_text_safely(old_file, "new")
    assert stat.S_IMODE(os.stat(old_file).st_mode) == 0o604


# -- the writer fails ---------------------------------------------------------------------------------

def test_a_writer_that_writes_nothing_or_fails_leaves_the_old_file(old_file):
    with pytest.raises(SaveError, match="nothing was written"), safe_save(old_file):
        pass
    with pytest.raises(SaveError, match="permission denied"), safe_save(old_file):
        raise PermissionError(errno.EACCES, "Permission denied")
    # anything else passes through, cleaned up
    with pytest.raises(KeyboardInterrupt), safe_save(old_file) as tmp:
        tmp.write_bytes(b"half")
        raise KeyboardInterrupt
    assert old_file.read_bytes() == GOOD
    assert _leftovers(old_file.parent) == []


def test_new_file_failure_says_nothing_was_saved(tmp_path):
    with pytest.raises(SaveError, match="nothing was saved"), safe_save(tmp_path / "new.csv"):
        pass
    assert list(tmp_path.iterdir()) == []


def _as_unprivileged(action) -> str:
    """Run `action()` (returns a str) with write permissions that apply: root writes anywhere, so
    as root it runs in a forked child that has become `nobody`. A fork, not a new interpreter:
    `nobody` may not be able to read the Python installation (e.g. under /root)."""
    if os.geteuid() != 0:
        return action()
    read_end, write_end = os.pipe()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # 3.12+: fork with threads running
        pid = os.fork()
    if pid == 0:  # the child: no pytest, no Qt, just the action
        code = 1
        try:
            os.close(read_end)
            os.setgroups([])
            os.setgid(65534)
            os.setuid(65534)
            os.write(write_end, action().encode())
            code = 0
        finally:
            os._exit(code)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        out = pipe.read().decode()
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    return out


def test_a_read_only_folder_is_one_line_and_the_old_file_stays():
    """A real read-only folder (not a simulated error)."""
    folder = Path(tempfile.mkdtemp(prefix="atlas-ro-"))  # not under pytest's 0700 base: nobody must enter
    try:
        target = folder / "bookmarks.csv"
        target.write_text("old")
        os.chmod(target, 0o644)
        os.chmod(folder, 0o555)

        def save() -> str:
            try:
                write_text_safely(target, "new")
            except SaveError as exc:
                return str(exc)
            return "saved"
        message = _as_unprivileged(save)
        assert "permission denied" in message and "old bookmarks.csv was kept" in message
        assert "\n" not in message
        assert target.read_text() == "old"
        assert sorted(p.name for p in folder.iterdir()) == ["bookmarks.csv"]
    finally:
        os.chmod(folder, 0o755)
        shutil.rmtree(folder)


# -- every writer uses it --------------------------------------------------------------------------------

def _calls(tree: ast.AST):
    for node in ast.walk(tree):
        if isinstance(node, ast.Call):
            name = node.func.attr if isinstance(node.func, ast.Attribute) else getattr(node.func, "id", "")
            yield name, node


def test_no_module_writes_a_user_chosen_file_directly():
    """Files the app writes are written through safe_save: Qt writers get the temporary path,
    never a target; nothing calls write_text/write_bytes on its own."""
    offenders = []
    for folder in ("ui", "cli", "models"):
        for path in (ROOT / folder).rglob("*.py"):
            tree = ast.parse(path.read_text(encoding="utf-8"))
            for name, node in _calls(tree):
                where = f"{path.relative_to(ROOT)}:{node.lineno}"
                if name in ("write_text", "write_bytes"):
                    offenders.append(f"{where} {name}")
                if name in ("QPdfWriter", "setOutputFileName") or (name == "save" and node.args
                                                                   and isinstance(node.args[0], ast.Call)):
                    argument = ast.unparse(node.args[0]) if node.args else ""
                    if argument != "str(tmp)":
                        offenders.append(f"{where} {name}({argument})")
    assert offenders == []
