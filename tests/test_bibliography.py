"""The bibliography behind the Sources view: every source, and every place that cites it."""

from __future__ import annotations

import pytest

from db.errors import NotFound
from models.bibliography import CITATION_KINDS, BibliographyItem, Citation, glossary_rank
from models.entry import Source


@pytest.fixture(scope="module")
def bibliography(atlas):
    return {item.source.id: item for item in atlas.bibliography()}


def test_every_source_is_listed_once(atlas, bibliography):
    assert sorted(bibliography) == sorted(s.id for s in atlas.sources())
    assert all(c.kind in CITATION_KINDS for item in bibliography.values() for c in item.citations)


def test_every_source_an_entry_shows_is_cited_back_to_that_entry(atlas, bibliography):
    """An entry's Sources list (its own, its figures' and its assessments') and the bibliography agree."""
    for ref in atlas.entry_refs():
        entry = atlas.entry(ref.id)
        for source in entry.sources:
            assert entry.id in bibliography[source.id].entry_ids, (entry.id, source.id)
        for figure in entry.figures:
            if figure.source_id:
                assert any(c.kind == "figure" and c.entry_id == entry.id and c.label == figure.label
                           for c in bibliography[figure.source_id].citations)


def test_powers_points_terms_and_institutions_are_counted(atlas, bibliography):
    for power in atlas.power_balance().powers:
        for source in (*power.sources, *power.disputed_by):
            assert any(c.kind == "power" and c.target_id == power.id for c in bibliography[source.id].citations)
    for series in atlas.indicators_with_points():
        for point in series.points:
            if point.source_id:
                cites = [c for c in bibliography[point.source_id].of_kind("point") if c.target_id == series.id]
                assert len(cites) == 1 and str(point.year) in cites[0].detail
    for term in atlas.glossary():
        for source_id in term["sources"]:
            assert term["id"] in [c.target_id for c in bibliography[source_id].of_kind("glossary")]
    for institution in atlas.institutions():
        for source_id in institution["sources"]:
            assert institution["id"] in [c.target_id for c in bibliography[source_id].of_kind("institution")]
    kinds = {c.kind for item in bibliography.values() for c in item.citations}
    assert {"entry", "figure", "assessment", "power", "indicator", "point", "glossary"} <= kinds


def test_citations_of_one_source(atlas, bibliography):
    assert atlas.citations_of("article-2024") == bibliography["article-2024"].citations
    with pytest.raises(NotFound):
        atlas.citations_of("no-such-source")


def test_filter_matches_every_folded_word():
    item = BibliographyItem(Source("rferl-2023-01", "Court Nixes Law", "Radio Free Europe/Radio Liberty",
                                   "2023-01", url="https://www.rferl.org/a/1.html", title_en="",
                                   doc_number="No. 153-VII"))
    assert item.matches("") and item.matches("radio nixes") and item.matches("RFERL.ORG")
    assert item.matches("153-vii") and item.matches("rferl-2023")
    assert not item.matches("radio azattyq")
    assert BibliographyItem(item.source, (Citation("entry", "x", entry_id="a"),
                                          Citation("figure", "y", entry_id="a"))).entry_ids == ("a",)


def test_glossary_rank_folds_scripts_and_prefers_names():
    term = {"term": "Mazhilis", "aliases": ["Мәжіліс", "Мажилис"], "definition": "The lower chamber of Parliament."}
    assert glossary_rank(term, "Мәжіліс") == 0 and glossary_rank(term, "мажилис") == 0
    assert glossary_rank(term, "MAZH") == 1 and glossary_rank(term, "жіл") == 2
    assert glossary_rank(term, "chamber") == 3
    assert glossary_rank(term, "senate") is None and glossary_rank(term, "") == 0


@pytest.mark.parametrize("lang", ["ru", "kk"])
def test_power_and_succession_lines_speak_the_readers_language(db_path, lang):
    """The Sources view names the bodies and the relation of a power line, and the bodies of a
    succession, in the reader's language, built from the same parts as the English line."""
    from db.atlas import Atlas

    atlas = Atlas(db_path)
    try:
        english = {(c.kind, c.target_id): c for item in atlas.bibliography() for c in item.citations
                   if c.kind in ("power", "succession")}
        atlas.set_language(lang)
        translated = {(c.kind, c.target_id): c for item in atlas.bibliography() for c in item.citations
                      if c.kind in ("power", "succession")}
        president = atlas.translation.institution_name("president", "President")
    finally:
        atlas.close()
    assert translated.keys() == english.keys() and any(kind == "succession" for kind, _ in english)
    changed = [key for key in english if translated[key].label != english[key].label]
    assert len(changed) > 0.9 * len(english)  # every body and relation has a translation
    for key, citation in translated.items():
        assert [part_id for _, part_id, _ in citation.parts] == [part_id for _, part_id, _ in english[key].parts]
        names = [text for _, _, text in citation.parts]
        assert all(name in citation.label for name in names)
    assert president != "President"
    assert any(c.label.startswith(president) for c in translated.values())
