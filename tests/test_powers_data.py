"""powers.toml: every relation sourced, no overlapping validity, every reference checked at build time."""

from __future__ import annotations

import itertools
import re
import sqlite3
import tomllib

import pytest

from db.build.database import build_database
from db.errors import BuildFailed
from db.freshness import DATA_DIR
from models.power_balance import RELATIONS


@pytest.fixture(scope="module")
def conn(db_path):
    connection = sqlite3.connect(f"{db_path.resolve().as_uri()}?mode=ro", uri=True)
    yield connection
    connection.close()


def test_there_are_enough_relations_to_tell_the_story(conn):
    count = conn.execute("SELECT count(*) FROM powers").fetchone()[0]
    assert 60 <= count <= 120


def test_every_relation_cites_a_known_source(conn):
    unsourced = conn.execute("SELECT id FROM powers WHERE id NOT IN "
                             "(SELECT power_id FROM power_sources WHERE role = 'supports')").fetchall()
    assert unsourced == []
    dangling = conn.execute("SELECT power_id, source_id FROM power_sources "
                            "WHERE source_id NOT IN (SELECT id FROM sources)").fetchall()
    assert dangling == []


def test_every_referenced_entry_and_institution_exists(conn):
    entries = {r[0] for r in conn.execute("SELECT id FROM entries")}
    institutions = {r[0] for r in conn.execute("SELECT id FROM institutions")}
    for pid, holder, target, introduced, ended in conn.execute(
            "SELECT id, holder_id, target_id, introduced_by, ended_by FROM powers"):
        assert holder in institutions and target in institutions, pid
        assert introduced == "" or introduced in entries, pid
        assert ended == "" or ended in entries, pid


def test_no_overlapping_validity_for_the_same_relation(conn):
    rows = conn.execute("SELECT holder_id, target_id, relation, valid_from, valid_to, id FROM powers "
                        "ORDER BY holder_id, target_id, relation, valid_from").fetchall()
    for prev, nxt in itertools.pairwise(rows):
        if prev[:3] == nxt[:3]:
            assert prev[4] != "" and prev[4] <= nxt[3], (prev[5], nxt[5])


def test_relations_use_the_documented_vocabulary(conn):
    used = {r[0] for r in conn.execute("SELECT DISTINCT relation FROM powers")}
    assert used <= set(RELATIONS)
    docs = (DATA_DIR.parent.parent / "docs" / "data-format.md").read_text(encoding="utf-8")
    for relation in RELATIONS:
        assert f"`{relation}`" in docs, f"relation {relation} is not documented"


def test_each_era_and_step_has_relations(conn):
    starts = {r[0] for r in conn.execute("SELECT DISTINCT valid_from FROM powers")}
    for date in ("", "2021-07-25", "2022-06-08", "2022-09-17", "2023-01-01", "2023-11-05", "2026-07-01"):
        assert date in starts, date


def test_low_confidence_and_disputed_relations_say_why(conn):
    for pid, confidence, note in conn.execute("SELECT id, confidence, note FROM powers"):
        if confidence == "L":
            assert note, pid
    disputed = conn.execute("SELECT DISTINCT power_id FROM power_sources WHERE role = 'disputes'").fetchall()
    assert disputed
    for (pid,) in disputed:
        assert "disagree" in conn.execute("SELECT note FROM powers WHERE id = ?", (pid,)).fetchone()[0], pid


def test_powers_file_parses_and_ids_are_unique():
    data = tomllib.loads((DATA_DIR / "powers.toml").read_text(encoding="utf-8"))
    ids = [p["id"] for p in data["power"]]
    assert len(ids) == len(set(ids))


def _edit(path, old, new):
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    path.write_text(text.replace(old, new, 1), encoding="utf-8")


@pytest.mark.parametrize("old, new, expected", [
    ('holder = "president"', 'holder = "tsar"', "unknown institution 'tsar'"),
    ('relation = "appoints_with_consent"', 'relation = "anoints"', "unknown relation 'anoints'"),
    ('ended_by = "prime-minister-appointment-2022"', 'ended_by = "no-such-entry"', "unknown entry 'no-such-entry'"),
    ('sources = ["unwomen-constitution-db"]', 'sources = ["no-such-source"]', "unknown source 'no-such-source'"),
    ('sources = ["unwomen-constitution-db"]', 'sources = []', "missing 'sources'"),
    ('valid_to = "2022-06-08"', 'valid_to = "2022-02-30"', "'valid_to' must be a date"),
    ('valid_to = "2022-06-08"', 'valid_to = "2022-07-01"', "overlaps 'president-appoints-pm-1995'"),
    ('valid_to = "2022-06-08"', 'valid_to = "2022-06-01"',
     "replaces 'president-appoints-pm-1995', which should end on 2022-06-08"),
    ('confidence = "M"', 'confidence = "maybe"', "confidence must be H, M or L"),
    ('detail = "Prime Minister, with the consent of the Mazhilis"',
     'detail = "Prime Minister, with the consent of the Mazhilis"\nvalid_form = "2020-01-01"',
     "unknown key 'valid_form'"),
])
def test_broken_powers_fail_the_build_with_file_and_line(tmp_path, data_copy, old, new, expected):
    path = data_copy / "powers.toml"
    _edit(path, old, new)
    with pytest.raises(BuildFailed) as failure:
        build_database(tmp_path / "x.db", data_copy)
    assert any(re.search(r"powers\.toml:\d+: ", p) and expected in p for p in failure.value.problems), \
        failure.value.problems
    assert not (tmp_path / "x.db").exists()


def test_a_power_cannot_outlive_its_institutions(tmp_path, data_copy):
    _edit(data_copy / "powers.toml", 'id = "kurultai-consents-pm"\nholder = "kurultai"\ntarget = "government"\n'
          'relation = "consents_to"\ndetail = "the appointment of the Prime Minister"\nvalid_from = "2026-07-01"',
          'id = "kurultai-consents-pm"\nholder = "kurultai"\ntarget = "government"\n'
          'relation = "consents_to"\ndetail = "the appointment of the Prime Minister"\nvalid_from = "2026-01-01"')
    with pytest.raises(BuildFailed) as failure:
        build_database(tmp_path / "x.db", data_copy)
    assert any("starts before its holder 'kurultai' exists" in p for p in failure.value.problems)


def test_check_command_catches_a_dangling_power_citation(tmp_path, db_path):
    import shutil

    from db.integrity import check
    broken = tmp_path / "broken.db"
    shutil.copy(db_path, broken)
    conn = sqlite3.connect(broken)
    conn.execute("UPDATE power_sources SET source_id = 'gone' WHERE power_id = 'kurultai-consents-pm' AND sort = 0")
    conn.commit()
    problems = check(conn)
    conn.close()
    assert any("power cites an unknown source" in p and "kurultai-consents-pm" in p for p in problems)
