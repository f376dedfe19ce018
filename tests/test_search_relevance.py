"""Journalist-style queries must put the right entry in the top three.

Queries are written the way people type them: plain words, Russian and Kazakh spellings,
transliteration variants and everyday synonyms ("mayor" for akim).
"""

from __future__ import annotations

import pytest

from models.search import SearchQuery

CASES = [
    ("death penalty", {"death-penalty-abolished"}),
    ("capital punishment", {"death-penalty-abolished"}),
    ("смертная казнь", {"death-penalty-abolished"}),
    ("Мажилис election", {"mazhilis-election-2023"}),
    ("majilis election", {"mazhilis-election-2023"}),
    ("Мәжіліс", {"mazhilis-election-2023", "mazhilis-mixed-electoral-system", "mazhilis-threshold-5-percent"}),
    ("mayor elections", {"district-akim-elections-2023", "rural-akim-elections", "semey-akim-election-2025"}),
    ("әкім elections", {"district-akim-elections-2023", "rural-akim-elections", "semey-akim-election-2025"}),
    ("Quryltai", {"kurultai-unicameral-parliament", "national-kurultai", "kurultai-election-2026"}),
    ("Құрылтай", {"kurultai-unicameral-parliament", "national-kurultai", "kurultai-election-2026"}),
    ("unicameral parliament", {"kurultai-unicameral-parliament", "address-age-of-ai-2025"}),
    ("ombudsman", {"ombudsperson-constitutional-law", "ombudsperson-regional-offices",
                   "children-and-disability-ombudspersons"}),
    ("constitutional court appeals", {"constitutional-court-caseload", "constitutional-court-established"}),
    ("referendum 2022", {"constitutional-referendum-2022"}),
    ("nuclear power plant", {"nuclear-plant-referendum-2024"}),
    ("vice president", {"vice-president-post"}),
    ("Halyk Kenesi", {"halyk-kenesi-peoples-council"}),
    ("senate appointees", {"senate-presidential-quota"}),
    ("party registration members", {"party-registration-threshold"}),
    ("against all", {"against-all-option"}),
    ("seven-year term", {"single-seven-year-term"}),
    ("VAT", {"tax-code-2026"}),
    ("middle corridor cargo", {"middle-corridor-transit"}),
    ("shadow economy", {"shadow-economy-reduction"}),
    ("domestic violence", {"domestic-violence-liability", "women-children-safety-law-2024"}),
    ("torture", {"anti-torture-measures"}),
    ("e-petition", {"online-petitions", "public-control-law-2023"}),
    ("rallies", {"peaceful-assemblies-law-2020"}),
    ("Elbasy", {"elbasy-status-removed"}),
    ("defamation", {"defamation-decriminalised"}),
    ("youth personnel reserve", {"presidential-youth-personnel-reserve"}),
    ("Semey", {"semey-akim-election-2025"}),
]


AKIM_ELECTIONS = {"district-akim-elections-2023", "rural-akim-elections", "semey-akim-election-2025"}
CONSTITUTIONAL_COURT = {"constitutional-court-established", "constitutional-court-caseload"}

# As people in Kazakhstan type: Russian ("ru") and Kazakh ("kk") in Cyrillic, inflected, with
# function words; and mixed or transliterated ("mixed"). The entries are English: these reach them
# through the stemmed cross-language lexicon and the glossary's Cyrillic aliases.
CROSS_LANGUAGE_CASES = [
    ("ru", "выборы акимов", AKIM_ELECTIONS),
    ("ru", "отмена смертной казни", {"death-penalty-abolished"}),
    ("ru", "смертной казни", {"death-penalty-abolished"}),
    ("ru", "партийный барьер", {"mazhilis-threshold-5-percent"}),
    ("ru", "проходного барьера", {"mazhilis-threshold-5-percent"}),
    ("ru", "срок президента", {"single-seven-year-term"}),
    ("ru", "семилетний срок", {"single-seven-year-term"}),
    ("ru", "пытки", {"anti-torture-measures"}),
    ("ru", "закон о СМИ", {"mass-media-law-2024"}),
    ("ru", "закон о мирных собраниях", {"peaceful-assemblies-law-2020"}),
    ("ru", "митинги", {"peaceful-assemblies-law-2020"}),
    ("ru", "налоговый кодекс", {"tax-code-2026"}),
    ("ru", "рост ВВП", {"economic-growth-2023"}),
    ("ru", "инфляция", {"economic-growth-2023"}),
    ("ru", "теневая экономика", {"shadow-economy-reduction"}),
    ("ru", "возврат незаконных активов", {"illegal-assets-recovery"}),
    ("ru", "Конституционного суда", CONSTITUTIONAL_COURT),
    ("ru", "омбудсмен по правам ребенка", {"children-and-disability-ombudspersons"}),
    ("ru", "бытовое насилие", {"domestic-violence-liability", "women-children-safety-law-2024"}),
    ("ru", "декриминализация клеветы", {"defamation-decriminalised"}),
    ("ru", "референдум 2022 года", {"constitutional-referendum-2022"}),
    ("ru", "референдум по АЭС", {"nuclear-plant-referendum-2024"}),
    ("ru", "однопалатный парламент", {"kurultai-unicameral-parliament"}),
    ("ru", "квота для женщин", {"thirty-percent-quota"}),
    ("ru", "регистрация партий", {"party-registration-threshold"}),
    ("ru", "регистрации политических партий", {"party-registration-threshold"}),
    ("ru", "родственники президента", {"presidential-relatives-ban"}),
    ("ru", "иностранные инвестиции", {"foreign-direct-investment"}),
    ("ru", "малый и средний бизнес", {"sme-support"}),
    ("ru", "выборы в Мажилис 2023", {"mazhilis-election-2023"}),
    ("ru", "досрочные президентские выборы", {"snap-presidential-election-2022"}),
    ("ru", "второй пакет реформ", {"second-reform-package-2020"}),
    ("ru", "здравоохранение в тюрьмах", {"prison-healthcare-transfer"}),
    ("ru", "общественный контроль", {"public-control-law-2023"}),
    ("kk", "әкімдер сайлауы", AKIM_ELECTIONS),
    ("kk", "ауыл әкімдерінің сайлауы", {"rural-akim-elections"}),
    ("kk", "өлім жазасы", {"death-penalty-abolished"}),
    ("kk", "өлім жазасын жою", {"death-penalty-abolished"}),
    ("kk", "азаптау", {"anti-torture-measures"}),
    ("kk", "Мәжіліс сайлауы", {"mazhilis-election-2023"}),
    ("kk", "Конституциялық Соттың", CONSTITUTIONAL_COURT),
    ("kk", "салық кодексі", {"tax-code-2026"}),
    ("kk", "бейбіт жиналыстар", {"peaceful-assemblies-law-2020"}),
    ("kk", "тұрмыстық зорлық-зомбылық", {"domestic-violence-liability"}),
    ("kk", "референдумда", {"constitutional-referendum-2022", "constitutional-referendum-2026",
                            "nuclear-plant-referendum-2024"}),
    ("kk", "Президенттің жеті жылдық мерзімі", {"single-seven-year-term"}),
    ("kk", "партияларды тіркеу", {"party-registration-threshold"}),
    ("kk", "әйелдер мен жастар квотасы", {"thirty-percent-quota"}),
    ("kk", "көлеңкелі экономика", {"shadow-economy-reduction"}),
    ("kk", "шетелдік инвестициялар", {"foreign-direct-investment"}),
    ("kk", "Сенаттағы президенттік квота", {"senate-presidential-quota"}),
    ("mixed", "vybory akimov", AKIM_ELECTIONS),
    ("mixed", "smertnaya kazn", {"death-penalty-abolished"}),
    ("mixed", "otmena smertnoi kazni", {"death-penalty-abolished"}),
    ("mixed", "akim sailauy", AKIM_ELECTIONS),
    ("mixed", "выборы akim", AKIM_ELECTIONS),
    ("mixed", "referendum АЭС", {"nuclear-plant-referendum-2024"}),
    ("mixed", "majilis сайлауы", {"mazhilis-election-2023"}),
]


@pytest.mark.parametrize("query, expected", CASES, ids=[q for q, _ in CASES])
def test_query_finds_expected_entry_in_top_three(atlas, query, expected):
    top = [hit.id for hit in atlas.search(SearchQuery(text=query, limit=3)).hits]
    assert expected & set(top), f"{query!r} -> {top}"


@pytest.mark.parametrize("query, expected", [(q, e) for _, q, e in CROSS_LANGUAGE_CASES],
                         ids=[f"{lang}:{q}" for lang, q, _ in CROSS_LANGUAGE_CASES])
def test_russian_and_kazakh_queries_find_expected_entry_in_top_three(atlas, query, expected):
    top = [hit.id for hit in atlas.search(SearchQuery(text=query, limit=3)).hits]
    assert expected & set(top), f"{query!r} -> {top}"


@pytest.mark.parametrize("forms", [
    ("выборы", "выборах", "выборов", "выбора"),
    ("казнь", "казни", "казней"),
    ("барьер", "барьера", "барьеры"),
    ("срок", "сроки", "сроков", "сроке"),
    ("аким", "акимов", "акимы", "акиму"),
    ("сайлау", "сайлауы", "сайлауда", "сайлаудың", "сайлауға", "сайлаулар"),
    ("әкім", "әкімдер", "әкімдерді", "акимдерге"),
])
def test_inflected_forms_find_the_same_entries(atlas, forms):
    results = [{hit.id for hit in atlas.search(SearchQuery(text=form, limit=500)).hits} for form in forms]
    assert results[0], forms[0]
    assert all(r == results[0] for r in results), dict(zip(forms, results, strict=True))


def test_expanded_english_words_are_marked_in_title_and_snippet(atlas):
    hit = atlas.search(SearchQuery(text="отмена смертной казни")).hits[0]
    marked = {text.lower() for text, is_match in hit.title_marks if is_match}
    assert marked == {"death penalty", "abolished"}
    assert "<mark>death penalty</mark>" in hit.snippet_html().lower()
    hit = atlas.search(SearchQuery(text="партийный барьер")).hits[0]
    marked = [text.lower() for text, is_match in hit.title_marks + hit.snippet if is_match]
    assert "threshold" in marked and "party" in marked


def test_russian_function_words_do_not_empty_the_results(atlas):
    with_words = atlas.search(SearchQuery(text="закон о мирных собраниях в Казахстане", limit=3))
    assert "peaceful-assemblies-law-2020" in [hit.id for hit in with_words.hits]
    # Alone, a function word is still searched for, as typed.
    assert atlas.compiler.compile("в").match == '"v"'


def test_death_penalty_abolition_ranks_first(atlas):
    assert atlas.search(SearchQuery(text="death penalty")).hits[0].id == "death-penalty-abolished"


@pytest.mark.parametrize("partial", ["dea", "death pen", "Маж", "consti", "kurul"])
def test_search_as_you_type_finds_results_for_partial_words(atlas, partial):
    assert atlas.search(SearchQuery(text=partial, typing=True)).total > 0


def test_matches_are_marked_in_title_and_snippet(atlas):
    hit = atlas.search(SearchQuery(text="death penalty")).hits[0]
    assert any(marked for _, marked in hit.title_marks)
    assert "<mark>" in hit.snippet_html()


def test_cyrillic_query_marks_latin_text(atlas):
    hit = atlas.search(SearchQuery(text="Мажилис")).hits[0]
    marked = [text.lower() for text, is_match in hit.title_marks + hit.snippet if is_match]
    assert any("mazhilis" in m or "majilis" in m for m in marked)


def test_filters_and_facets_agree(atlas):
    everything = atlas.search(SearchQuery(text="", limit=500), with_facets=True)
    assert sum(f.count for f in everything.facets["category"]) == everything.total
    economy = next(f for f in everything.facets["category"] if f.value == "economy")
    filtered = atlas.search(SearchQuery(text="", category="economy", limit=500), with_facets=True)
    assert filtered.total == economy.count
    # The category facet ignores its own filter so the other categories stay clickable.
    assert len(filtered.facets["category"]) == len(everything.facets["category"])
    assert sum(f.count for f in filtered.facets["year"]) == filtered.total


def test_institution_filter(atlas):
    results = atlas.search(SearchQuery(text="", institution="constitutional-court", limit=500))
    assert results.total > 0
    for hit in results.hits:
        assert "constitutional-court" in {i.id for i in atlas.entry(hit.id).institutions}


def test_snippet_escapes_data_text(atlas):
    for hit in atlas.search(SearchQuery(text="", limit=500)).hits:
        html = hit.snippet_html()
        assert "<" not in html.replace("<mark>", "").replace("</mark>", "")
