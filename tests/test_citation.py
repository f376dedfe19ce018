"""Citations for reference managers: each format parsed back (RIS, BibTeX, CSL-JSON) and the `cite` command."""

from __future__ import annotations

import datetime as dt
import json
import re

import pytest

from models import citation
from models.citation import CitedWork
from tests.conftest import run_cli

DAY = dt.date(2026, 11, 29)
TRICKY = CitedWork("odd_id&1", "Taxes {up} 50% & costs $5 #1 ~ ^ \\ back_slash", "2022-06-05",
                   "Kazakhstan Reform Atlas", "Reform Atlas Project", "1.0.0", "2026-11-27+abc123", DAY)
PLAIN = CitedWork("constitutional-referendum-2022", "Референдум 2022", "2022-06", "Kazakhstan Reform Atlas",
                  "Reform Atlas Project", "1.0.0", "2026-11-27+abc123", DAY, language="ru")
IDS = ["constitutional-referendum-2022", "january-2022-events"]


# -- small parsers: what a reference manager would do with the text ----------------------------

def parse_ris(text: str) -> list[dict[str, list[str]]]:
    """Records of tag -> values; fails on any line that is not `XX  - value` or a blank between records."""
    records, current = [], None
    for line in text.splitlines():
        if not line.strip():
            assert current is None, "blank line inside a record"
            continue
        match = re.fullmatch(r"([A-Z][A-Z0-9])  - (.*)", line)
        assert match, f"not a RIS line: {line!r}"
        tag, value = match.groups()
        if tag == "TY":
            assert current is None, "TY before the previous record's ER"
            current = {}
        assert current is not None, f"{tag} outside a record"
        if tag == "ER":
            assert value == ""
            records.append(current)
            current = None
        else:
            current.setdefault(tag, []).append(value)
    assert current is None, "record without ER"
    return records


def _braced(text: str, start: int) -> tuple[str, int]:
    """The text inside the braces opening at `start`, honouring escaped braces; and the end index."""
    assert text[start] == "{"
    depth, i = 0, start
    while i < len(text):
        ch = text[i]
        if ch == "\\":
            i += 2
            continue
        depth += ch == "{"
        depth -= ch == "}"
        if depth == 0:
            return text[start + 1:i], i + 1
        i += 1
    raise AssertionError("unbalanced braces")


def parse_bibtex(text: str) -> list[tuple[str, str, dict[str, str]]]:
    """(type, key, fields) of each @type{key, name = {value} | macro, ...} record; strict enough
    to fail on unbalanced braces, a bare special character or a missing comma."""
    records, i = [], 0
    while (at := text.find("@", i)) != -1:
        assert not text[i:at].strip(), f"text between records: {text[i:at]!r}"
        head = re.compile(r"@(\w+)\{([A-Za-z0-9_:-]+),").match(text, at)
        assert head, f"bad record head at {text[at:at + 40]!r}"
        body, i = _braced(text, at + len(head.group(1)) + 1)
        fields: dict[str, str] = {}
        rest = body[len(head.group(2)) + 1:]
        while rest.strip():
            field = re.match(r"\s*(\w+)\s*=\s*", rest)
            assert field, f"bad field at {rest[:40]!r}"
            rest = rest[field.end():]
            if rest.startswith("{"):
                value, end = _braced(rest, 0)
            else:
                macro = re.match(r"[a-z0-9]+", rest)
                assert macro, f"bad value at {rest[:40]!r}"
                value, end = macro.group(0), macro.end()
            unescaped = re.sub(r"\\(textbackslash|textasciitilde|textasciicircum)\{\}|\\[{}&%$#_]", "", value)
            assert not re.search(r"(?<!\\)[&%$#_~^]", unescaped), f"unescaped special character in {value!r}"
            fields[field.group(1)] = value
            rest = rest[end:].lstrip()
            assert not rest or rest.startswith(","), f"missing comma before {rest[:40]!r}"
            rest = rest[1:]
        records.append((head.group(1), head.group(2), fields))
    assert not text[i:].strip()
    return records


# -- the formats ----------------------------------------------------------------------------------

def test_plain_citation_names_title_atlas_versions_entry_and_day():
    text = citation.plain_citation(PLAIN)
    for part in ("Референдум 2022", "Kazakhstan Reform Atlas", "version 1.0.0", "data version 2026-11-27+abc123",
                 "constitutional-referendum-2022", "Accessed 29 November 2026"):
        assert part in text
    assert "\n" not in text


def test_ris_records_parse_with_the_tags_zotero_reads():
    records = parse_ris(citation.ris([PLAIN, TRICKY]))
    assert len(records) == 2
    first = records[0]
    assert first["TY"] == ["ENCYC"] and first["TI"] == ["Референдум 2022"]
    assert first["T2"] == ["Kazakhstan Reform Atlas"] and first["AN"] == ["constitutional-referendum-2022"]
    assert first["ET"] == ["1.0.0, data version 2026-11-27+abc123"]
    assert first["DA"] == ["2026/11/27/"] and first["Y2"] == ["2026/11/29/"] and first["LA"] == ["ru"]
    assert "UR" not in first  # entries have no address: none is invented
    assert records[1]["TI"] == [TRICKY.title]


def test_ris_values_stay_on_one_line():
    work = CitedWork("x", "Two\nlines", "2022", "A", "P", "1", "v", DAY)
    assert parse_ris(citation.ris([work]))[0]["TI"] == ["Two lines"]


def test_bibtex_escapes_special_characters_balances_braces_and_keys_are_unique():
    text = citation.bibtex([TRICKY, PLAIN, PLAIN])
    records = parse_bibtex(text)
    assert [r[0] for r in records] == ["misc"] * 3
    keys = [r[1] for r in records]
    assert len(set(keys)) == 3 and keys[1] == "atlas:constitutional-referendum-2022"
    assert keys[0] == "atlas:odd_id-1"
    tricky = records[0][2]
    assert tricky["title"] == ("{Taxes \\{up\\} 50\\% \\& costs \\$5 \\#1 \\textasciitilde{} "
                               "\\textasciicircum{} \\textbackslash{} back\\_slash}")
    plain = records[1][2]
    assert plain["title"] == "{Референдум 2022}" and plain["year"] == "2026" and plain["month"] == "nov"
    assert plain["urldate"] == "2026-11-29" and "data version 2026-11-27+abc123" in plain["howpublished"]


def test_the_bibtex_checker_catches_what_it_should():
    with pytest.raises(AssertionError):
        parse_bibtex("@misc{k,\n  title = {a {b}\n}\n")
    with pytest.raises(AssertionError):
        parse_bibtex("@misc{k,\n  title = {50% off}\n}\n")


def test_csl_json_is_an_array_of_items_with_the_schema_fields():
    items = json.loads(citation.csl_json([PLAIN, TRICKY]))
    assert isinstance(items, list) and len(items) == 2
    item = items[0]
    assert item["type"] == "entry-encyclopedia" and item["title"] == "Референдум 2022"
    assert item["container-title"] == "Kazakhstan Reform Atlas"
    assert item["issued"] == {"date-parts": [[2026, 11, 27]]}
    assert item["accessed"] == {"date-parts": [[2026, 11, 29]]}
    assert "2026-11-27+abc123" in item["version"] and "URL" not in item
    assert len({i["id"] for i in items}) == 2
    with_url = citation.csl_items([CitedWork("a", "t", "2022", "A", "P", "1", "no-date", DAY, url="https://x.kz/")])
    assert with_url[0]["URL"] == "https://x.kz/" and "issued" not in with_url[0]  # no date in the version: none made up


def test_unknown_format_is_refused():
    with pytest.raises(ValueError, match="unknown citation format"):
        citation.format_citations([PLAIN], "endnote")


# -- the command ------------------------------------------------------------------------------------

def test_cite_command_writes_each_format_for_several_entries(db_path, atlas):
    today = dt.date.today()
    text = run_cli("cite", *IDS, db=db_path)
    assert text.returncode == 0, text.stderr
    lines = text.stdout.splitlines()
    assert len(lines) == 2 and atlas.entry(IDS[0]).title in lines[0]
    assert f"data version {atlas.data_version}" in lines[1]

    ris = run_cli("cite", *IDS, "--format", "ris", db=db_path)
    records = parse_ris(ris.stdout)
    assert [r["AN"][0] for r in records] == IDS
    assert records[0]["Y2"] == [today.strftime("%Y/%m/%d/")]

    bib = parse_bibtex(run_cli("cite", *IDS, "--format", "bibtex", db=db_path).stdout)
    assert [r[1] for r in bib] == [f"atlas:{i}" for i in IDS]

    items = json.loads(run_cli("cite", *IDS, "--format", "csl-json", db=db_path).stdout)
    assert [i["title"] for i in items] == [atlas.entry(i).title for i in IDS]
    assert items[0]["accessed"] == {"date-parts": [[today.year, today.month, today.day]]}
    assert atlas.data_version in items[0]["version"]


def test_cite_command_unknown_id_is_one_line_and_fails(db_path):
    result = run_cli("cite", IDS[0], "no-such-entry", "--format", "bibtex", db=db_path)
    assert result.returncode != 0 and result.stdout == ""
    assert result.stderr.strip() == "error: no entry with id 'no-such-entry'"
    result = run_cli("cite", IDS[0], "--format", "endnote", db=db_path)
    assert result.returncode == 2 and result.stderr.count("\n") == 1
