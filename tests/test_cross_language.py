"""The cross-language lexicon: checked by the build, expanded by the compiler, safe with any text."""

from __future__ import annotations

import unicodedata

import pytest

from db.build import build_database
from db.errors import BuildFailed
from models.cross_language import CrossLanguage, pattern_of
from models.search import QueryCompiler, SearchQuery

LEXICON = [("выборы", "election"), ("сайлау", "election"), ("смертная казнь", "death penalty"),
           ("казнь", "penalty"), ("барьер", "threshold"), ("аким", "akim")]


@pytest.fixture
def compiler():
    aliases = {"akim": frozenset({"akim", "mayor"}), "mayor": frozenset({"akim", "mayor"})}
    table = CrossLanguage([(pattern_of(ru), en) for ru, en in LEXICON], aliases)
    return QueryCompiler(aliases, table)


def test_inflected_words_expand_to_english(compiler):
    assert compiler.compile("выборах").match == '("election" OR "vyborakh")'
    assert compiler.compile("сайлауда").match == '("election" OR "sailauda")'
    # The phrase wins over its words; a group's longer spelling is pruned only within a group.
    assert compiler.compile("смертной казни").match == '("death penalty" OR "smertnoi kazni")'
    # Expansions chain into the glossary's alias groups.
    assert compiler.compile("акимов").match == '("akim" OR "akimov" OR "mayor")'


def test_expanded_terms_are_returned_for_highlighting(compiler):
    terms = {t.text for t in compiler.compile("выборы акимов").terms}
    assert {"election", "akim", "mayor"} <= terms


def test_typing_expands_the_word_being_typed_and_keeps_it_a_prefix(compiler):
    assert compiler.compile("барьера", typing=True).match == '("threshold" OR "barera"*)'


def test_transliterated_words_expand_but_english_words_stay_english(compiler):
    assert compiler.compile("vyborakh").match == '("election" OR "vyborakh")'
    assert compiler.compile("vybory", typing=True).match == '("election" OR "vybory"*)'
    # "election" is an English term of the table: typed, it is English, whatever it resembles.
    assert compiler.compile("election").match == '"election"'
    # A Latin word still being typed is not taken for Russian before it has 5 letters.
    assert compiler.compile("kazn", typing=True).match == '"kazn"*'
    assert compiler.compile("kazn").match == '("kazn" OR "penalty")'


def test_function_words_are_dropped_unless_they_are_all_there_is(compiler):
    assert compiler.compile("выборы в 2023 году").match == '(("election" OR "vybory") AND "2023")'
    assert compiler.compile("в").match == '"v"'
    assert compiler.compile("в и на").match == '("v" AND "i" AND "na")'


def test_quoted_phrases_are_searched_as_typed(compiler):
    assert compiler.compile('"выборы акимов"').match == '"vybory akimov"'


@pytest.mark.parametrize("text", [
    "выборы OR сайлау", "казни NOT смертной", "(барьер OR порог) партия", "выб*", '"смертной казни',
    unicodedata.normalize("NFD", "выборы акимов йод"), "ӘКІМ" * 200, "😀 сайлау ½", "ъ ь ы", "a̐кім",
    "смертной " * 40, "Мәжіліс-сайлауы_2023",
])
def test_any_text_searches_without_error(atlas, text):
    for typing in (False, True):
        results = atlas.search(SearchQuery(text=text, typing=typing))
        assert not results.notice.startswith("Search failed"), results.notice
        for hit in results.hits[:12]:
            hit.title_marks, hit.snippet_html()


def test_the_build_table_holds_lexicon_and_cyrillic_aliases(atlas):
    table = atlas.compiler.cross_language
    assert table.expand(("выборах",)) >= {"election"}
    assert table.expand(("Мәжілісте",)) >= {"mazhilis"}      # an alias of the glossary, inflected


def _append(data_copy, text: str) -> None:
    path = data_copy / "cross_language.toml"
    path.write_text(path.read_text(encoding="utf-8") + text, encoding="utf-8")


@pytest.mark.parametrize("record, message", [
    ('[[term]]\nen = ["election"]\nru = ["vybory"]\n', "'vybory': 'ru' words are written in Cyrillic"),
    ('[[term]]\nen = ["election"]\nru = ["сайлауға"]\n', "a Kazakh letter in a Russian word"),
    ('[[term]]\nen = ["выборы"]\nru = ["выборы"]\n', "an English term must be Latin text"),
    ('[[term]]\nru = ["выборы"]\n', "a term needs 'en'"),
    ('[[term]]\nen = ["election"]\n', "no Russian ('ru') or Kazakh ('kk') word"),
    ('[[term]]\nen = ["election"]\nde = ["Wahl"]\n', "unknown key(s) ['de']"),
])
def test_build_rejects_a_bad_lexicon_record_with_file_and_line(tmp_path, data_copy, record, message):
    _append(data_copy, "\n" + record)
    lines = (data_copy / "cross_language.toml").read_text(encoding="utf-8").splitlines()
    with pytest.raises(BuildFailed) as failure:
        build_database(tmp_path / "x.db", data_copy)
    [problem] = [p for p in failure.value.problems if "cross_language.toml" in p and message in p]
    line = int(problem.split(":")[1])
    assert line > len(lines) - record.count("\n") - 1, problem  # points into the appended record
