"""The bookmarks file when it is read-only or damaged.

Read-only: the bookmarks are shown, writes are refused and the user is told (it used to open an
empty in-memory store: every bookmark hidden). Damaged: the file is never written again; the user
is told, a copy is kept, and what can be read moves into a fresh file (it used to raise a raw
DatabaseError on one page and keep writing into the damaged file).
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import tempfile
import warnings
from pathlib import Path

import pytest

from db.user_store import FILE_NAME, UserDataError, UserStore
from models import paths

PAGE = 4096


def _filled_store(folder: Path, count: int = 120) -> Path:
    store = UserStore.open(folder)
    for n in range(count):
        store.add(f"entry-{n:03d}", f"Entry {n}", "2022-06-05", note=f"note {n} " + "x" * 1500)
    store.close()
    return folder / FILE_NAME


def _damage_a_page(path: Path, page: int) -> bytes:
    """Overwrite one page's header with garbage, as a bad sector or a torn write would."""
    data = bytearray(path.read_bytes())
    start = (page - 1) * PAGE
    data[start:start + 64] = b"\xff" * 64
    path.write_bytes(bytes(data))
    return bytes(data)


def _pages(path: Path) -> int:
    return path.stat().st_size // PAGE


# -- damaged ------------------------------------------------------------------------------------

def test_a_damaged_file_is_kept_and_what_can_be_read_moves_to_a_fresh_file(tmp_path):
    path = _filled_store(tmp_path)
    damaged = _damage_a_page(path, _pages(path) // 2)
    store = UserStore.open(tmp_path)
    try:
        assert "was damaged" in store.notice and "kept as" in store.notice
        copies = list(tmp_path.glob("user-data.damaged-*.sqlite3"))
        assert len(copies) == 1 and copies[0].name in store.notice
        assert copies[0].read_bytes() == damaged  # the damaged file itself, untouched
        recovered = store.bookmarks()
        assert 100 <= len(recovered) < 120  # one page of rows lost, the rest rescued from both ends
        assert f"the {len(recovered)} bookmark(s) that could be read" in store.notice
        assert {b.entry_id for b in recovered} >= {"entry-000", "entry-119"}
        assert recovered[0].note.startswith("note ")
        # New writes go into the fresh, sound file.
        store.add("new-entry", "New", "2024")
        assert not store.read_only
    finally:
        store.close()
    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA quick_check").fetchone()[0] == "ok"
    assert conn.execute("SELECT count(*) FROM bookmarks").fetchone()[0] == len(recovered) + 1
    conn.close()
    reopened = UserStore.open(tmp_path)
    assert reopened.notice == "" and reopened.is_bookmarked("new-entry")
    reopened.close()


def test_a_file_that_is_not_a_database_at_all_is_kept_and_replaced(tmp_path):
    (tmp_path / FILE_NAME).write_bytes(b"this is not SQLite" * 100)
    store = UserStore.open(tmp_path)
    assert "damaged" in store.notice and "0 bookmark(s)" in store.notice and store.bookmarks() == []
    store.add("a", "A")
    store.close()
    assert [p.read_bytes() for p in tmp_path.glob("user-data.damaged-*")] == [b"this is not SQLite" * 100]


def test_the_window_tells_the_user_about_a_repaired_file(tmp_path, monkeypatch, qapp):
    folder = tmp_path / "ud"
    folder.mkdir()
    _damage_a_page(_filled_store(folder), 20)
    monkeypatch.setenv(paths.USER_DATA_ENV, str(folder))
    from ui.shell.app import open_user_store
    store, problem = open_user_store()
    try:
        assert store.persistent and not store.read_only
        assert "was damaged" in problem and "kept as" in problem and "fresh file" in problem
    finally:
        store.close()


# -- read-only, for real --------------------------------------------------------------------------

def _as_nobody(action):
    """`action()` in a forked child that has become `nobody` (root ignores file modes); its
    result comes back through a pipe. Not a new interpreter: nobody may not read Python's files."""
    if os.geteuid() != 0:
        return action()
    import pickle
    read_end, write_end = os.pipe()
    with warnings.catch_warnings():
        warnings.simplefilter("ignore", DeprecationWarning)  # 3.12+: fork with threads running
        pid = os.fork()
    if pid == 0:
        code = 1
        try:
            os.close(read_end)
            os.setgroups([])
            os.setgid(65534)
            os.setuid(65534)
            os.write(write_end, pickle.dumps(action()))
            code = 0
        finally:
            os._exit(code)
    os.close(write_end)
    with os.fdopen(read_end, "rb") as pipe:
        result = pickle.loads(pipe.read())
    _, status = os.waitpid(pid, 0)
    assert os.waitstatus_to_exitcode(status) == 0
    return result


@pytest.fixture
def shared_folder():
    """A folder `nobody` can enter (pytest's own temporary folders are private to root)."""
    folder = Path(tempfile.mkdtemp(prefix="atlas-ud-"))
    os.chmod(folder, 0o755)
    yield folder
    os.chmod(folder, 0o755)
    shutil.rmtree(folder)


def _open_and_try_writing(folder: Path):
    def action():
        store = UserStore.open(folder)
        try:
            try:
                store.add("new", "New")
                refusal = ""
            except UserDataError as exc:
                refusal = str(exc)
            return (store.read_only, store.notice, [b.entry_id for b in store.bookmarks()], refusal)
        finally:
            store.close()
    return _as_nobody(action)


@pytest.mark.parametrize("what", ["file", "folder"])
def test_a_read_only_file_shows_its_bookmarks_and_refuses_changes(shared_folder, what):
    path = _filled_store(shared_folder, count=3)
    os.chmod(path, 0o444 if what == "file" else 0o644)
    os.chmod(shared_folder, 0o555 if what == "folder" else 0o755)
    before = path.read_bytes()
    read_only, notice, ids, refusal = _open_and_try_writing(shared_folder)
    assert read_only and sorted(ids) == ["entry-000", "entry-001", "entry-002"]
    assert "read-only" in notice and "cannot be saved" in notice
    assert "read-only" in refusal and "nothing was changed" in refusal
    assert path.read_bytes() == before


def test_a_damaged_file_in_a_read_only_folder_is_shown_and_left_alone(shared_folder):
    path = _filled_store(shared_folder)
    damaged = _damage_a_page(path, _pages(path) // 2)
    os.chmod(path, 0o644)
    os.chmod(shared_folder, 0o555)
    read_only, notice, ids, refusal = _open_and_try_writing(shared_folder)
    assert read_only and 100 <= len(ids) < 120
    assert "damaged" in notice and "cannot be repaired here" in notice and "left as it was" in notice
    assert refusal and path.read_bytes() == damaged
    assert sorted(p.name for p in shared_folder.iterdir()) == [FILE_NAME]


# -- read-only in the window --------------------------------------------------------------------------

def test_the_window_shows_read_only_bookmarks_with_writes_disabled(qtbot, qapp, atlas, tmp_path):
    """As root no file is read-only, so the store the open path builds for one is made directly."""
    from ui_helpers import app_names, make_window
    path = _filled_store(tmp_path, count=2)
    store = UserStore._read_only(path, sqlite3.OperationalError("attempt to write a readonly database"), "")
    app_names(qapp)
    window = make_window(qtbot, atlas, store)
    try:
        view = window.show_view("bookmarks")
        assert view.model.rowCount() == 2 and "read-only" in view.count_label.text()
        view.table.setCurrentIndex(view.proxy.index(0, 0))
        assert view.note.isReadOnly() and not view.save_button.isEnabled() and not view.remove_button.isEnabled()
        assert view.markdown_button.isEnabled()  # exporting reads only
        assert window.open_entry("death-penalty-abolished")
        panel = window.entry_panel
        assert not panel.bookmark_action.isEnabled() and not panel.note_action.isEnabled()
        assert "read-only" in panel.bookmark_action.toolTip()
    finally:
        window.settings = None
        window.close()
        store.close()
