"""Kazakh typed in the Latin alphabets finds what the Cyrillic Kazakh word finds, and English
queries keep their results.

Three official alphabets are in use (models/kazakh_latin.py has the sources): the 2017 one with
apostrophes (Ma'jilis), the 2018 one with acute accents (Májilis, saılaý) and the 2021 one
(Mäjilis, Qūryltai, sailau); people also type Kazakh in plain letters (saylau, akimderi).
"""

from __future__ import annotations

import re
import tomllib

import pytest

import models.stemming
from db.freshness import DATA_DIR
from models.search import SearchQuery

AKIM_ELECTIONS = {"district-akim-elections-2023", "rural-akim-elections", "semey-akim-election-2025"}
CONSTITUTIONAL_COURT = {"constitutional-court-established", "constitutional-court-caseload"}
MAZHILIS = {"mazhilis-election-2023", "mazhilis-mixed-electoral-system", "mazhilis-threshold-5-percent"}
MAZHILIS_ELECTION = {"mazhilis-election-2023", "mazhilis-election-2021"}
KURULTAI = {"kurultai-unicameral-parliament", "national-kurultai", "kurultai-election-2026"}

# (alphabet, query, Cyrillic query it stands for, entries expected in the top three)
CASES = [
    ("2021", "Mäjilis", "Мәжіліс", MAZHILIS),
    ("2021", "mäjilisi", "Мәжілісі", MAZHILIS),
    ("2021", "Mäjilis sailauy", "Мәжіліс сайлауы", MAZHILIS_ELECTION),
    ("2021", "Qūryltai", "Құрылтай", KURULTAI),
    ("2021", "äkim", "әкім", AKIM_ELECTIONS),
    ("2021", "äkimder sailauy", "әкімдер сайлауы", AKIM_ELECTIONS),
    ("2021", "auyl äkımderınıñ sailauy", "ауыл әкімдерінің сайлауы", {"rural-akim-elections"}),
    ("2021", "ölım jazasyn joiu", "өлім жазасын жою", {"death-penalty-abolished"}),
    ("2021", "Konstitutsiialyq Sottyñ", "Конституциялық Соттың", CONSTITUTIONAL_COURT),
    ("2021", "salyq kodeksı", "салық кодексі", {"tax-code-2026"}),
    ("2021", "beibıt jinalystar", "бейбіт жиналыстар", {"peaceful-assemblies-law-2020"}),
    ("2021", "Prezidenttıñ jetı jyldyq merzımı", "Президенттің жеті жылдық мерзімі", {"single-seven-year-term"}),
    ("2021", "köleñkelı ekonomika", "көлеңкелі экономика", {"shadow-economy-reduction"}),
    ("2021", "äielder men jastar kvotasy", "әйелдер мен жастар квотасы", {"thirty-percent-quota"}),
    ("2021", "Senattağy prezidenttık kvota", "Сенаттағы президенттік квота", {"senate-presidential-quota"}),
    ("2021", "ulttyq qūryltai", "Ұлттық Құрылтай", {"national-kurultai"}),
    ("2018", "Májilis saılaýy", "Мәжіліс сайлауы", MAZHILIS_ELECTION),
    ("2018", "ákimder saılaýy", "әкімдер сайлауы", AKIM_ELECTIONS),
    ("2018", "ólim jazasy", "өлім жазасы", {"death-penalty-abolished"}),
    ("2018", "Konstıtýtsııalyq Sot", "Конституциялық Сот", CONSTITUTIONAL_COURT),
    ("2018", "Senattaǵy prezıdenttik kvota", "Сенаттағы президенттік квота", {"senate-presidential-quota"}),
    ("2018", "ázaptaý", "азаптау", {"anti-torture-measures"}),
    ("2017", "Ma'jilis sai'lay'y", "Мәжіліс сайлауы", MAZHILIS_ELECTION),
    ("2017", "a'kimder sai'lay'y", "әкімдер сайлауы", AKIM_ELECTIONS),
    ("2017", "o'lim jazasy", "өлім жазасы", {"death-penalty-abolished"}),
    ("2017", "Konstitutsi'i'alyq Sot", "Конституциялық Сот", CONSTITUTIONAL_COURT),
    ("2017", "bei'bit jinalystar", "бейбіт жиналыстар", {"peaceful-assemblies-law-2020"}),
    ("plain", "saylau", "сайлау", {"semey-akim-election-2025", "mazhilis-mixed-electoral-system",
                                   "maslikhat-electoral-system", "presidential-election-2019"}),
    ("plain", "akimderi", "әкімдері", AKIM_ELECTIONS),
    ("plain", "akim saylauy", "әкім сайлауы", AKIM_ELECTIONS),
    ("plain", "Konstitutsiialyq Sot", "Конституциялық Сот", CONSTITUTIONAL_COURT),
]


def _top(atlas, text: str, limit: int = 3) -> list[str]:
    return [hit.id for hit in atlas.search(SearchQuery(text=text, limit=limit)).hits]


@pytest.mark.parametrize("query, expected", [(q, e) for _, q, _, e in CASES],
                         ids=[f"{a}:{q}" for a, q, _, _ in CASES])
def test_latin_kazakh_query_finds_expected_entry_in_top_three(atlas, query, expected):
    top = _top(atlas, query)
    assert expected & set(top), f"{query!r} -> {top}"


@pytest.mark.parametrize("query, cyrillic", [(q, c) for a, q, c, _ in CASES if a != "plain"],
                         ids=[f"{a}:{q}" for a, q, _, _ in CASES if a != "plain"])
def test_latin_kazakh_query_finds_what_the_cyrillic_query_finds(atlas, query, cyrillic):
    latin = {hit.id for hit in atlas.search(SearchQuery(text=query, limit=500)).hits}
    assert latin >= {hit.id for hit in atlas.search(SearchQuery(text=cyrillic, limit=500)).hits}


@pytest.mark.parametrize("forms", [
    ("Мәжіліс", "Mäjilis", "Mäjılıs", "Májilis", "Ma'jilis", "Ma\u2019jilis", "mäjilisi", "Мәжілісі"),
    ("сайлау", "sailau", "saılaý", "sai'lay'", "saylau", "sailauy", "saılaýda"),
    ("әкім", "äkim", "ákim", "a'kim", "äkimderi", "ákimderdi", "akimderi"),
    ("Құрылтай", "Qūryltai", "Quryltai", "Qurultai", "qūryltaidyñ"),
])
def test_every_spelling_and_inflection_finds_the_same_entries(atlas, forms):
    results = [{hit.id for hit in atlas.search(SearchQuery(text=form, limit=500)).hits} for form in forms]
    assert results[0], forms[0]
    assert all(r == results[0] for r in results), dict(zip(forms, results, strict=True))


@pytest.mark.parametrize("partial", ["Mäji", "Qūryl", "saılaý", "ákimde", "a'kimde"])
def test_search_as_you_type_in_latin_kazakh(atlas, partial):
    assert atlas.search(SearchQuery(text=partial, typing=True)).total > 0


def test_latin_kazakh_query_searches_the_kazakh_translation(atlas):
    compiled = atlas.compiler.compile("äkimderdıñ")
    assert "title_kk" in compiled.translated and '"akim"' in compiled.translated


@pytest.mark.parametrize("query, first", [
    ("court", "constitutional-court-caseload"),
    ("tax", "tax-code-2026"),
    ("media", "mass-media-law-2024"),
    ("death penalty", "death-penalty-abolished"),
    ("quota", "thirty-percent-quota"),
    ("Tokayev", "person-tokayev"),
])
def test_english_queries_keep_their_first_result(atlas, query, first):
    assert _top(atlas, query)[0] == first


# Words of the entries that are Kazakh in Latin letters (Halyk Kenesi, Ulttyq Quryltai, Qandy
# Qantar, Aq Zhol, Toqaev): reading them as Kazakh is the point.
KAZAKH_WORDS_OF_THE_ENTRIES = {"halyk", "ulttyq", "qantar", "qandy", "oqighasy", "toqaev", "kenesi", "aq"}


def test_english_words_of_the_entries_compile_as_without_the_kazakh_reading(atlas, monkeypatch):
    """Every word of the entries, typed alone, is searched exactly as it was before Latin Kazakh
    was read (the reading switched off), but for the Kazakh words listed above."""
    words = set()
    for path in (DATA_DIR / "entries").glob("*.toml"):
        for entry in tomllib.loads(path.read_text(encoding="utf-8"))["entry"]:
            text = " ".join((entry["title"], entry["summary"], entry["body"]))
            words |= {w.lower() for w in re.findall(r"[A-Za-z]+", text)}
    compiler = atlas.compiler
    compiler.compile("warm up")  # loads the lazy cross-language table
    table = compiler.cross_language.table

    def compiled() -> dict[str, str]:
        models.stemming.query_keys.cache_clear()
        table._cache.clear()
        return {w: compiler.compile(w).match for w in sorted(words)}

    with_reading = compiled()
    monkeypatch.setattr(models.stemming, "_kazakh_latin_keys", lambda word: ())
    monkeypatch.setattr("models.search.is_kazakh_latin", lambda word: False)
    without_reading = compiled()
    models.stemming.query_keys.cache_clear()
    table._cache.clear()
    changed = {w for w in words if with_reading[w] != without_reading[w]}
    assert changed <= KAZAKH_WORDS_OF_THE_ENTRIES, sorted(changed - KAZAKH_WORDS_OF_THE_ENTRIES)
    assert len(words) > 1000
