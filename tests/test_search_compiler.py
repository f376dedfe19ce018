"""The query compiler: any text becomes a safe FTS5 expression; real syntax is honoured."""

import re

import pytest

from models.search import QueryCompiler

ALIASES = {
    alias: frozenset(group)
    for group in ({"mazhilis", "majilis", "lower house"}, {"akim", "mayor"},
                  {"death penalty", "capital punishment"})
    for alias in group
}


@pytest.fixture
def compiler():
    return QueryCompiler(ALIASES)


def _quoted_only(match: str) -> bool:
    """Outside double quotes only operators, parentheses, spaces and * may appear."""
    outside = re.sub(r'"(?:[^"]|"")*"', "", match)
    return re.fullmatch(r"[\s()*]*(?:(?:AND|OR|NOT)[\s()*]*)*", outside) is not None


@pytest.mark.parametrize("text", [
    '"unbalanced', "a OR", "OR", "AND AND", "NOT", "NEAR(a b", "*", "-x", "col:val", "x" * 20000,
    "a\x00b\x1bc", "😀🇰🇿", "'; DROP TABLE entries; --", "((((", "))", 'a "b" "', "title:*", "^a",
])
def test_hostile_text_compiles_to_quoted_terms_only(compiler, text):
    for typing in (False, True):
        compiled = compiler.compile(text, typing=typing)
        assert _quoted_only(compiled.match), compiled.match


def test_phrases_or_not_and_prefix_are_honoured(compiler):
    assert compiler.compile('"peaceful assembly"').match == '"peaceful assembly"'
    assert compiler.compile("senate OR kurultai").match == '("senate" OR "kurultai")'
    assert compiler.compile("court NOT council").match == '("court" NOT "council")'
    assert compiler.compile("refer*").match == '"refer"*'
    assert compiler.compile("(akims OR senate) quota").match.startswith("((")


def test_unparsable_syntax_falls_back_to_words_with_a_notice(compiler):
    compiled = compiler.compile('"death penalty')
    assert "not understood" in compiled.notice
    assert "death" in compiled.match and "penalty" in compiled.match


def test_aliases_expand_single_words_and_phrases(compiler):
    assert compiler.compile("majilis").match == '("lower house" OR "majilis" OR "mazhilis")'
    assert compiler.compile("Мажилис").match == '("lower house" OR "majilis" OR "mazhilis")'
    assert compiler.compile("capital punishment").match == '("capital punishment" OR "death penalty")'
    assert compiler.compile("mayor elections").match == '(("akim" OR "mayor") AND "elections")'


def test_typing_makes_the_last_word_a_prefix_but_keeps_aliases(compiler):
    assert compiler.compile("constitutional cou", typing=True).match == '("constitutional" AND "cou"*)'
    assert compiler.compile("majilis", typing=True).match.endswith('"majilis"*)')
    assert compiler.compile("majilis ", typing=True).match == '("lower house" OR "majilis" OR "mazhilis")'


def test_empty_and_symbol_only_queries_list_everything(compiler):
    assert compiler.compile("").match == ""
    assert compiler.compile("   ").match == ""
    assert compiler.compile("***").match == ""


def test_one_letter_prefix_is_flagged_broad(compiler):
    assert compiler.compile("a", typing=True).broad
    assert not compiler.compile("abolition", typing=True).broad
