"""Assessments: validated at build time with file:line, stored, shown on the entry page, in
`show` (text and JSON) and in printed summaries, and searchable by who made them."""

from __future__ import annotations

import re
from dataclasses import replace

import pytest
from conftest import cli_json, run_cli

from db.build import build_database
from db.errors import BuildFailed
from models.entry import Assessment
from ui.entry.entry_html import entry_page_html

GOOD = '''
[[assessment]]
entry = "death-penalty-abolished"
by = "Test body"
date = "2021-01-02"
finding = "A finding."
sources = ["rferl-2021-01-02"]
'''


def _append(data_copy, text: str) -> tuple[str, int]:
    """Append `text` to assessments.toml; return the file name and the first appended line."""
    path = data_copy / "assessments.toml"
    before = path.read_text(encoding="utf-8")
    path.write_text(before + text, encoding="utf-8")
    return path.name, before.count("\n") + 1


def _problems(tmp_path, data_copy) -> str:
    with pytest.raises(BuildFailed) as failure:
        build_database(tmp_path / "x.db", data_copy)
    assert not (tmp_path / "x.db").exists()
    return "\n".join(failure.value.problems)


@pytest.mark.parametrize("old, new, key, expected", [
    ('entry = "death-penalty-abolished"', 'entry = "no-such-entry"', "entry", "unknown entry 'no-such-entry'"),
    ('sources = ["rferl-2021-01-02"]', 'sources = ["no-such-source"]', "sources", "unknown source 'no-such-source'"),
    ('date = "2021-01-02"', 'date = "2021-13-40"', "date", "bad date '2021-13-40'"),
    ('sources = ["rferl-2021-01-02"]', 'sources = ["rferl-2021-01-02"]\nstance = "glowing"', "stance",
     "stance must be one of positive, mixed, critical"),
    ('sources = ["rferl-2021-01-02"]', 'sources = ["rferl-2021-01-02"]\nverdict = "x"', "verdict",
     "unknown key 'verdict'"),
])
def test_a_wrong_assessment_names_file_and_line(tmp_path, data_copy, old, new, key, expected):
    name, first = _append(data_copy, GOOD.replace(old, new))
    appended = GOOD.replace(old, new).splitlines()
    line = first + next(n for n, text in enumerate(appended) if text.startswith(f"{key} ="))
    message = _problems(tmp_path, data_copy)
    assert f"{name}:{line}: assessment of" in message and expected in message, message


def test_a_missing_finding_is_reported(tmp_path, data_copy):
    name, first = _append(data_copy, GOOD.replace('finding = "A finding."\n', ""))
    message = _problems(tmp_path, data_copy)
    assert re.search(rf"{name}:{first + 1}: .*missing 'finding'", message), message


def test_a_well_formed_assessment_builds_and_is_stored(tmp_path, data_copy):
    from db.atlas import Atlas
    _append(data_copy, GOOD)
    build_database(tmp_path / "ok.db", data_copy)
    atlas = Atlas(tmp_path / "ok.db")
    try:
        found = atlas.assessments("death-penalty-abolished")
    finally:
        atlas.close()
    assert Assessment("Test body", "2021-01-02", "A finding.", "", ("rferl-2021-01-02",)) in found


def test_election_entries_carry_observers_findings(atlas):
    for entry_id in ("presidential-election-2019", "mazhilis-election-2021",
                     "snap-presidential-election-2022", "mazhilis-election-2023"):
        by = [a.by for a in atlas.assessments(entry_id)]
        assert any("ODIHR" in b for b in by), (entry_id, by)
    # Both sides of the 2022 election are recorded: the observers and the official reply.
    stances = {a.by: a.stance for a in atlas.assessments("snap-presidential-election-2022")}
    assert stances["OSCE/ODIHR"] == "critical" and "Ministry of Foreign Affairs of Kazakhstan" in stances


def test_entry_lists_the_sources_its_assessments_cite(atlas):
    entry = atlas.entry("snap-presidential-election-2022")
    cited = {s.id for s in entry.sources}
    assert entry.assessments == tuple(atlas.assessments(entry.id))
    for judged in entry.assessments:
        assert set(judged.sources) <= cited


def test_show_json_lists_assessments(db_path):
    data = cli_json(run_cli("show", "snap-presidential-election-2022", "--json", db=db_path))
    assert data["assessments"], data
    for item in data["assessments"]:
        assert set(item) == {"by", "date", "finding", "stance", "sources"}
        assert item["stance"] in ("positive", "mixed", "critical", None)
        assert item["sources"] and all(isinstance(s, str) for s in item["sources"])
    ministry = next(a for a in data["assessments"] if a["by"].startswith("Ministry of Foreign Affairs"))
    assert ministry["stance"] is None
    assert {"ctx-kazinform-2022-11-22"} <= {s["id"] for s in data["sources"]}


def test_show_text_has_an_assessments_section(db_path):
    result = run_cli("show", "presidential-election-2019", db=db_path)
    assert result.returncode == 0, result.stderr
    section = result.stdout.split("\nAssessments\n", 1)[1].split("\n\n", 1)[0]
    assert "OSCE/ODIHR" in section and "(critical)" in section


def test_show_json_of_an_entry_without_assessments_has_an_empty_list(db_path):
    data = cli_json(run_cli("show", "tax-code-2026", "--json", db=db_path))
    assert data["assessments"] == []


def test_entry_page_section_numbers_and_escapes(qtbot, atlas):
    from PySide6.QtGui import QTextDocument
    entry = atlas.entry("january-2022-events")
    html = entry_page_html(entry)
    assert "<h2>Assessments</h2>" in html
    numbers = {s.id: n for n, s in enumerate(entry.sources, 1)}
    first = entry.assessments[0]
    doc = QTextDocument()
    doc.setHtml(html)
    text = doc.toPlainText()
    assert f"{first.finding} [{numbers[first.sources[0]]}]" in text
    assert "26 January 2022" in text and "critical" in text

    hostile = replace(entry, assessments=(Assessment("<b>Body</b>", "2022", "<img src=x> & more", "mixed",
                                                     ("ctx-hrw-2022-01-26",)),))
    page = entry_page_html(hostile)
    assert "<img src=x>" not in page and "&lt;img src=x&gt; &amp; more" in page
    assert "<b>Body</b>" not in page and "&lt;b&gt;Body&lt;/b&gt;" in page


def test_entry_without_assessments_has_no_section(atlas):
    assert "Assessments" not in entry_page_html(atlas.entry("tax-code-2026"))


def test_printed_full_entry_includes_assessments(atlas):
    import datetime as dt

    from ui.paper.entry_print import PrintOptions, entry_print_html
    entry = atlas.entry("mazhilis-election-2023")
    html = entry_print_html(entry, atlas.data_version, dt.date.today(), PrintOptions(full=True))
    assert "<h2>Assessments</h2>" in html and "OSCE/ODIHR" in html
    assert "<h2>Assessments</h2>" not in entry_print_html(entry, atlas.data_version, dt.date.today())


def test_a_malformed_assessments_file_is_one_clear_problem(tmp_path, data_copy):
    (data_copy / "assessments.toml").write_text('assessment = ["not a table"]\n', encoding="utf-8")
    message = _problems(tmp_path, data_copy)
    assert "assessments.toml:1: expected [[assessment]] tables" in message, message
