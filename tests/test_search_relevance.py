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


@pytest.mark.parametrize("query, expected", CASES, ids=[q for q, _ in CASES])
def test_query_finds_expected_entry_in_top_three(atlas, query, expected):
    top = [hit.id for hit in atlas.search(SearchQuery(text=query, limit=3)).hits]
    assert expected & set(top), f"{query!r} -> {top}"


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
