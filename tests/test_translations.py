"""Russian and Kazakh content: the translation files, the fingerprint rule, the language switch,
search in three languages and the command line's --lang."""

from __future__ import annotations

import json
import re
import tomllib

import pytest

from db.atlas import Atlas
from db.build.database import build_database
from db.errors import BuildFailed
from db.freshness import DATA_DIR
from models.search import SearchQuery
from models.translation import fingerprint
from tests.conftest import run_cli

CYRILLIC = re.compile(r"[\u0400-\u04ff]")
KAZAKH_LETTERS = set("әғқңөұүһіӘҒҚҢӨҰҮҺІ")


def english_entries() -> dict[str, dict]:
    entries = {}
    for path in sorted((DATA_DIR / "entries").glob("*.toml")):
        for record in tomllib.loads(path.read_text(encoding="utf-8"))["entry"]:
            entries[record["id"]] = record
    return entries


def translated(lang: str, kind: str = "entries") -> dict[str, dict]:
    path = DATA_DIR / "i18n" / lang / f"{kind}.toml"
    return tomllib.loads(path.read_text(encoding="utf-8"))[kind]


@pytest.fixture
def ru(db_path):
    atlas = Atlas(db_path, "ru")
    yield atlas
    atlas.close()


@pytest.fixture
def kk(db_path):
    atlas = Atlas(db_path, "kk")
    yield atlas
    atlas.close()


# -- the shipped translations -------------------------------------------------------------------

@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_every_entry_has_a_cyrillic_title_and_summary_that_is_not_the_english(lang):
    english, texts = english_entries(), translated(lang)
    missing = [(i, f) for i in english for f in ("title", "summary") if not texts.get(i, {}).get(f)]
    assert missing == []
    for entry_id, record in english.items():
        for field in ("title", "summary"):
            text = texts[entry_id][field]
            assert text != record[field], (lang, entry_id, field)
            letters = [ch for ch in text if ch.isalpha()]
            cyrillic = sum(1 for ch in letters if CYRILLIC.match(ch))
            # Names of Latin-script publications and parties (Respublica) stay in Latin; the rest is Cyrillic.
            assert cyrillic >= 0.6 * len(letters), (lang, entry_id, field, text)


def test_kazakh_is_written_with_the_kazakh_letters():
    kazakh = " ".join(t["title"] + " " + t["summary"] for t in translated("kk").values()).lower()
    assert set("әғқңөұүі") <= set(kazakh)
    assert sum(ch in KAZAKH_LETTERS for ch in kazakh) > 500


def test_no_shipped_title_is_stale(atlas):
    stale = [s for s in atlas.stale_translations() if s[1] == "entries" and s[3] == "title"]
    assert stale == []


def test_every_entry_title_is_shown_translated(ru, kk, atlas):
    for ref in atlas.entry_refs():
        for reader in (ru, kk):
            entry = reader.entry(ref.id)
            assert entry.title != ref.title and "title" not in entry.fallback, (reader.language, ref.id)
            assert entry.lang == reader.language


def test_fingerprint_folds_white_space_only():
    assert fingerprint("a  b\n c ") == fingerprint("a b c")
    assert fingerprint("a b c") != fingerprint("a b d")
    assert re.fullmatch(r"[0-9a-f]{12}", fingerprint("x"))


# -- stale detection ----------------------------------------------------------------------------

def _entry_with_current_summaries(ru: Atlas, kk: Atlas) -> tuple[str, str]:
    """An entry whose summary is translated and current in both languages, and whose English
    summary is written verbatim (one line) in its file, so a test can change it."""
    for entry_id, record in english_entries().items():
        if "summary" in ru.entry(entry_id).fallback or "summary" in kk.entry(entry_id).fallback:
            continue
        for path in (DATA_DIR / "entries").glob("*.toml"):
            if f'summary = "{record["summary"]}"' in path.read_text(encoding="utf-8"):
                return entry_id, path.name
    raise AssertionError("no entry with current ru and kk summaries")


def test_changed_english_makes_its_translations_stale_and_shows_the_english(tmp_path, data_copy, ru, kk):
    entry_id, file_name = _entry_with_current_summaries(ru, kk)
    path = data_copy / "entries" / file_name
    english = english_entries()[entry_id]["summary"]
    changed = english + " A sentence added after the translation."
    path.write_text(path.read_text(encoding="utf-8").replace(f'summary = "{english}"', f'summary = "{changed}"'),
                    encoding="utf-8")
    warnings: list[str] = []
    out = tmp_path / "stale.db"
    build_database(out, data_copy, warnings)

    assert any(f"ru entries.{entry_id}.summary" in w and "entries.toml:" in w for w in warnings)
    assert any(f"kk entries.{entry_id}.summary" in w for w in warnings)
    reader = Atlas(out, "ru")
    try:
        entry = reader.entry(entry_id)
        assert entry.summary == changed
        assert "summary" in entry.fallback and "title" not in entry.fallback
        assert entry.title == ru.entry(entry_id).title  # the other fields stay translated
        assert ("ru", "entries", entry_id, "summary") in reader.stale_translations()
    finally:
        reader.close()

    check = run_cli("check", db=out)
    assert check.returncode == 0 and "stale translation" in check.stderr
    assert run_cli("check", "--strict", db=out).returncode == 1
    shown = json.loads(run_cli("--lang", "kk", "show", entry_id, "--json", db=out).stdout)
    assert shown["summary"] == changed and "summary" in shown["fallback"]


def _break(data_copy, lang: str, file_name: str, edit) -> None:
    path = data_copy / "i18n" / lang / file_name
    path.write_text(edit(path.read_text(encoding="utf-8") if path.exists() else ""), encoding="utf-8")


@pytest.mark.parametrize("lang, file_name, edit, message", [
    ("ru", "entries.toml", lambda t: t + '\n[entries."no-such-entry"]\ntitle = "Нет"\ntitle_fp = "000000000000"\n',
     "unknown entries id 'no-such-entry'"),
    ("kk", "entries.toml", lambda t: t.replace('[entries."death-penalty-abolished"]\n',
                                               '[entries."death-penalty-abolished"]\ntitel = "x"\n', 1),
     "unknown field 'titel'"),
    ("ru", "entries.toml", lambda t: t + '\n[glossary."president"]\nterm = "Президент"\n',
     "unexpected table 'glossary'"),
    ("ru", "people.toml", lambda t: '[people."x"]\nname = "x"\n', "unknown translation file 'people.toml'"),
    ("ru", "glossary.toml", lambda t: t.replace('[glossary."president"]', '[glossary."no-such-term"]', 1),
     "unknown glossary id 'no-such-term'"),
])
def test_build_rejects_bad_translation_records(tmp_path, data_copy, lang, file_name, edit, message):
    _break(data_copy, lang, file_name, edit)
    with pytest.raises(BuildFailed) as failure:
        build_database(tmp_path / "bad.db", data_copy)
    assert any(re.search(rf"i18n/{lang}/{re.escape(file_name)}:\d+: ", p) and message in p
               for p in failure.value.problems), failure.value.problems
    assert not (tmp_path / "bad.db").exists()


def test_unknown_id_is_reported_at_its_table_line(tmp_path, data_copy):
    path = data_copy / "i18n" / "ru" / "entries.toml"
    lines = path.read_text(encoding="utf-8").rstrip("\n").count("\n") + 1
    _break(data_copy, "ru", "entries.toml",
           lambda t: t.rstrip("\n") + '\n\n[entries."no-such-entry"]\ntitle = "Нет"\ntitle_fp = "000000000000"\n')
    with pytest.raises(BuildFailed) as failure:
        build_database(tmp_path / "bad.db", data_copy)
    assert any(f"entries.toml:{lines + 2}: entries.no-such-entry: unknown" in p for p in failure.value.problems)


@pytest.mark.parametrize("record, message", [
    ('title = "Нет отпечатка"\n', "has no 'title_fp'"),
    ('title = "Плохой отпечаток"\ntitle_fp = "xyz"\n', "must be 12 hex digits"),
    ('title = ""\ntitle_fp = "000000000000"\n', "must be non-empty text"),
    ('title = 5\ntitle_fp = "000000000000"\n', "must be non-empty text"),
])
def test_build_rejects_missing_or_malformed_fingerprints(tmp_path, data_copy, record, message):
    english = english_entries()
    path = data_copy / "i18n" / "ru" / "entries.toml"
    entry_id = next(i for i in english if f'[entries."{i}"]' in path.read_text(encoding="utf-8"))
    text = path.read_text(encoding="utf-8")
    # Replace that entry's title lines with the malformed ones.
    header = rf'(\[entries\."{re.escape(entry_id)}"\]\n)'
    text = re.sub(header + r"title = .*\ntitle_fp = .*\n", lambda m: m.group(1) + record, text, count=1)
    path.write_text(text, encoding="utf-8")
    with pytest.raises(BuildFailed) as failure:
        build_database(tmp_path / "bad.db", data_copy)
    assert any(message in p and f"entries.{entry_id}" in p for p in failure.value.problems), failure.value.problems


# -- reference data in the reader's language ------------------------------------------------

def test_reference_data_follows_the_language(ru, kk, atlas):
    for reader in (ru, kk):
        assert all(CYRILLIC.search(name) for _, name in reader.categories())
        assert all(CYRILLIC.search(i["name"]) for i in reader.institutions())
        assert sum(bool(CYRILLIC.search(t["definition"])) for t in reader.glossary()) > 0.8 * len(atlas.glossary())
        labels = reader.relation_labels()
        assert all(CYRILLIC.search(label) for label, _ in labels.values())
        balance = reader.power_balance()
        assert any(CYRILLIC.search(p.relation_label) for p in balance.powers)
        assert CYRILLIC.search(balance.institution("president").short)
        assert sum(bool(CYRILLIC.search(i.name)) for i in reader.indicators()) > 0.5 * len(atlas.indicators())
    assert {t["term"] for t in kk.glossary()} & {"Құрылтай", "Мәжіліс"}
    assert {i["name"] for i in ru.institutions()} & {"Курултай", "Мажилис", "Мажилис Парламента"}


def test_switching_language_back_to_english_restores_every_field(db_path, atlas):
    reader = Atlas(db_path, "kk")
    try:
        reader.set_language("en")
        entry, english = reader.entry("death-penalty-abolished"), atlas.entry("death-penalty-abolished")
        assert entry == english and entry.fallback == () and reader.language == "en"
        with pytest.raises(ValueError):
            reader.set_language("de")
    finally:
        reader.close()


def test_sources_are_never_translated(ru, atlas):
    assert ru.entry("death-penalty-abolished").sources == atlas.entry("death-penalty-abolished").sources



def test_bibliography_names_what_cites_in_the_language_but_keeps_source_titles(kk, atlas):
    english = {i.source.id: i for i in atlas.bibliography()}
    kazakh = {i.source.id: i for i in kk.bibliography()}
    assert english.keys() == kazakh.keys()
    pairs = [(e, kazakh[sid].citations[n]) for sid, item in english.items() for n, e in enumerate(item.citations)]
    for kind, field in (("entry", "label"), ("glossary", "label"), ("institution", "label"), ("figure", "detail")):
        shown = {getattr(k, field) for e, k in pairs if e.kind == kind}
        assert shown and shown.isdisjoint({getattr(e, field) for e, _ in pairs if e.kind == kind}), kind
        assert any(set(label) & set("әғқңөұүі") for label in shown), kind
    assert all(kazakh[sid].source == item.source for sid, item in english.items())
    source_id = next(sid for sid, item in english.items() if item.of_kind("entry"))
    assert kk.citations_of(source_id) == kazakh[source_id].citations

# -- search in three languages ------------------------------------------------------------------

RELEVANCE = [
    ("ru", "смертная казнь", {"death-penalty-abolished"}),
    ("ru", "выборы акимов", {"district-akim-elections-2023", "rural-akim-elections", "semey-akim-election-2025"}),
    ("ru", "Конституционный суд", {"constitutional-court-established", "constitutional-court-caseload"}),
    ("ru", "партийный барьер", {"mazhilis-threshold-5-percent"}),
    ("kk", "өлім жазасы", {"death-penalty-abolished"}),
    ("kk", "әкімдер сайлауы", {"district-akim-elections-2023", "rural-akim-elections", "semey-akim-election-2025"}),
    ("kk", "Конституциялық сот", {"constitutional-court-established", "constitutional-court-caseload"}),
    ("kk", "Құрылтай", {"kurultai-unicameral-parliament", "kurultai-election-2026"}),
]


@pytest.mark.parametrize("lang, query, expected", RELEVANCE, ids=[f"{lang}:{q}" for lang, q, _ in RELEVANCE])
def test_queries_in_each_language_find_the_entry_with_its_translated_title(ru, kk, atlas, lang, query, expected):
    reader = {"ru": ru, "kk": kk}[lang]
    hits = reader.search(SearchQuery(text=query, limit=3)).hits
    assert expected & {h.id for h in hits}, (query, [h.id for h in hits])
    for hit in hits:
        assert hit.lang == lang and "title" not in hit.fallback
        assert hit.title == reader.entry(hit.id).title != atlas.entry(hit.id).title
    marked = [h for h in hits if "<mark>" in h.snippet_html() and "summary" not in h.fallback]
    assert marked, "no snippet marked in the translated text"
    assert all(CYRILLIC.search(h.snippet_text()) for h in marked)


def test_a_query_in_one_language_finds_entries_shown_in_another(ru, kk, atlas):
    english = [h.id for h in atlas.search(SearchQuery(text="өлім жазасы", limit=3)).hits]
    assert "death-penalty-abolished" in english
    assert atlas.search(SearchQuery(text="өлім жазасы", limit=3)).hits[0].title.isascii()
    assert "death-penalty-abolished" in [h.id for h in ru.search(SearchQuery(text="death penalty", limit=3)).hits]
    assert "death-penalty-abolished" in [h.id for h in kk.search(SearchQuery(text="смертная казнь", limit=3)).hits]


def test_words_found_only_in_the_translation_are_found_and_marked(ru):
    # "Казнь" is in the Russian text of the entry; the English index alone knows it only through
    # the lexicon. Inflected, typed letter by letter, it still finds the entry.
    for typed in ("казн", "казнь", "казни"):
        hits = ru.search(SearchQuery(text=typed, typing=True, limit=5)).hits
        assert "death-penalty-abolished" in [h.id for h in hits], typed
    hit = next(h for h in ru.search(SearchQuery(text="смертной казни")).hits if h.id == "death-penalty-abolished")
    marked = " ".join(t.lower() for t, m in hit.title_marks if m)
    assert "смертная" in marked and "казнь" in marked


# -- command line -------------------------------------------------------------------------------

def test_show_json_in_russian_says_what_fell_back(db_path, atlas):
    result = run_cli("--lang", "ru", "show", "death-penalty-abolished", "--json", db=db_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    english = atlas.entry("death-penalty-abolished")
    assert data["lang"] == "ru" and isinstance(data["fallback"], list)
    assert data["title"] != english.title and CYRILLIC.search(data["title"])
    for field in ("title", "summary", "body", "source_note"):
        assert (data[field] == getattr(english, field)) == (field in data["fallback"]), field
    assert [s["title"] for s in data["sources"]] == [s.title for s in english.sources]


def test_show_text_in_kazakh_prints_the_translation_notice(db_path, kk):
    result = run_cli("--lang", "kk", "show", "death-penalty-abolished", db=db_path)
    assert result.returncode == 0, result.stderr
    entry = kk.entry("death-penalty-abolished")
    assert entry.title in result.stdout
    assert entry.summary.split()[0] in result.stdout
    assert "аударма" in result.stdout.splitlines()[0] and "Ағылшын" in result.stdout.splitlines()[0]


def test_search_json_in_russian_returns_russian_titles_and_marks(db_path):
    result = run_cli("--lang", "ru", "search", "выборы", "--json", "--limit", "5", db=db_path)
    assert result.returncode == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["lang"] == "ru" and data["results"]
    for hit in data["results"]:
        assert hit["lang"] == "ru" and "fallback" in hit and CYRILLIC.search(hit["title"])
    assert any(re.search(r"<mark>[Вв]ыбор\w*</mark>", h["snippet"]) for h in data["results"])


def test_english_json_says_english_and_nothing_fell_back(db_path):
    data = json.loads(run_cli("show", "death-penalty-abolished", "--json", db=db_path).stdout)
    assert data["lang"] == "en" and data["fallback"] == []


def test_unknown_language_is_one_line(db_path):
    result = run_cli("--lang", "de", "show", "death-penalty-abolished", db=db_path)
    assert result.returncode == 2 and len(result.stderr.strip().splitlines()) == 1 and "--lang" in result.stderr


# -- the compiled query over the translations ----------------------------------------------------

def test_only_cyrillic_queries_search_the_translation_index():
    from models.search import QueryCompiler
    compiler = QueryCompiler()
    assert compiler.compile("death penalty").translated == ""
    assert compiler.compile("vybory akimov").translated == ""
    compiled = compiler.compile("выборы акимов")
    assert compiled.translated == ('({title_ru text_ru title_kk text_kk} : "vybor" AND '
                                   '({title_ru text_ru title_kk text_kk} : "akim" OR {title_kk text_kk} : "akimov"))')
    # Still typing: "akimov"* adds nothing to "akim"* in the same columns, so it is not asked.
    typing = compiler.compile("выборы акимов", typing=True).translated
    assert typing.endswith('{title_ru text_ru title_kk text_kk} : "akim"*)') and "akimov" not in typing
    assert "{title_ru title_kk}" in compiled.translated_titles and "text_" not in compiled.translated_titles
    # A Kazakh word is looked for as its Kazakh stem in Kazakh text only, never as a Russian stem there.
    assert compiler.compile("әкімдер").translated == '({title_ru text_ru} : "akimder" OR {title_kk text_kk} : "akim")'


def test_short_snowball_stems_are_kept_whole():
    from models.stemming import index_stem, stem_russian
    assert stem_russian("аким") == "ак"  # why the guard exists
    assert index_stem("аким", "ru") == "аким" == index_stem("акимы", "ru")


def test_facets_of_a_russian_query_count_every_match_with_translated_labels(ru):
    query = SearchQuery(text="выборы")
    results = ru.search(query, with_facets=True)
    categories = results.facets["category"]
    assert sum(f.count for f in categories) == results.total > 0
    assert all(CYRILLIC.search(f.label) for f in categories)
    narrowed = ru.search(SearchQuery(text="выборы", category=categories[0].value), with_facets=True)
    assert narrowed.total == categories[0].count
    # A dimension ignores its own filter: the other categories stay listed with their counts.
    assert narrowed.facets["category"] == categories
