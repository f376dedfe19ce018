"""Kazakh typed in the Latin alphabets (2017 apostrophes, 2018 acute accents, 2021) is read back
into Cyrillic, and its search keys meet those of the Cyrillic word."""

from __future__ import annotations

import pytest

from models.cross_language import pattern_of
from models.kazakh_latin import is_apostrophe_word, is_kazakh_latin, to_cyrillic
from models.search import _split_words, is_kazakh_query
from models.stemming import kazakh_stems, query_keys, stem_kazakh
from models.text_folding import fold


@pytest.mark.parametrize("latin, cyrillic", [
    # 2021 (Kazinform, 28 January 2021; Wikipedia's sample: bır, kısı, üiıne)
    ("Mäjilis", "мәжіліс"), ("Mäjılıs", "мәжіліс"), ("Qūryltai", "құрылтай"), ("äkimderi", "әкімдері"),
    ("Şyğys", "шығыс"), ("köleñkelı", "көлеңкелі"), ("üiıne", "үйіне"), ("bır", "бір"), ("kısı", "кісі"),
    ("Aziiada", "азіяда"), ("saiasat", "саясат"), ("sailauy", "сайлауы"), ("İnvestitsiia", "інвестітсія"),
    # 2018 (acute accents, ı for и/й, ý for у, sh and ch)
    ("Májilis", "мәжіліс"), ("saılaý", "сайлау"), ("ólim", "өлім"), ("Senattaǵy", "сенаттағы"),
    ("ázaptaý", "әзаптау"), ("shyǵys", "шығыс"), ("Azııá", "азія"), ("ıýn", "юн"),
    # 2017 (apostrophes, including the typographic ones)
    ("Ma'jilis", "мәжіліс"), ("sai'lay'y", "сайлауы"), ("ten'", "тең"), ("Respy'bli'kasy", "республикасы"),
    ("a\u2019kim", "әкім"), ("jasay'lary", "жасаулары"), ("s'ekara", "шекара"), ("i'y'n'", "юң"),
    ("Azi'i'a", "азия"),
    # informal: y for й after a vowel, not after у
    ("saylau", "сайлау"), ("saylauy", "сайлауы"),
])
def test_each_alphabet_reads_back_into_the_cyrillic_word(latin, cyrillic):
    assert to_cyrillic(latin) == cyrillic


@pytest.mark.parametrize("word", ["court", "tax", "watch", "box", "quickly", "election"])
def test_words_with_letters_no_kazakh_alphabet_has_are_not_read(word):
    assert to_cyrillic(word) is None


def test_which_words_mark_a_query_as_kazakh():
    for word in ("Mäjilis", "saılaý", "Qūryltai", "Ma'jilis", "salyq", "Qazaqstan", "ten'"):
        assert is_kazakh_latin(word), word
    for word in ("court", "tax", "media", "saylau", "akim", "quota", "question", "Kazakhstan's",
                 "parties'", "don't", "Nazarbayev's"):
        assert not is_kazakh_latin(word), word
    assert not is_apostrophe_word("Kazakhstan's") and is_apostrophe_word("Ma'jilis")
    assert is_kazakh_query("äkimder sailauy") and not is_kazakh_query("akim elections")


def test_dotless_i_folds_to_i():
    assert fold("Mäjılıs") == fold("Mäjilis") == "majilis"


def test_a_kazakh_query_reads_its_plain_words_as_kazakh_but_keeps_english_ones():
    assert _split_words("Senattağy prezidenttık kvota", kazakh=True) == [
        ("senattagy", "сенаттағы"), ("prezidenttik", "презіденттік"), ("kvota", "квота")]
    assert _split_words("Mäjilis election 2023", kazakh=True) == [
        ("majilis", "мәжіліс"), ("election", "election"), ("2023", "2023")]
    # Outside a Kazakh query nothing changes: O'Brien is two words, as before.
    assert _split_words("O'Brien court") == [("o", "O"), ("brien", "Brien"), ("court", "court")]


@pytest.mark.parametrize("latin, cyrillic", [
    ("akimderi", "әкім"), ("saylau", "сайлау"), ("sailauy", "сайлау"), ("majilisi", "Мәжіліс"),
])
def test_plain_latin_kazakh_meets_the_cyrillic_keys(latin, cyrillic):
    assert query_keys(latin) & set(pattern_of(cyrillic).split("|"))


def test_english_words_read_as_kazakh_reach_no_short_stem():
    # судден would lose -ден and meet суд (court): a Latin reading is never cut below 4 letters.
    assert not query_keys("sudden") & set(pattern_of("суд").split("|"))
    assert not query_keys("garden") & set(pattern_of("гар").split("|"))


def test_possessive_after_a_stem_in_s_is_looked_up_both_ways():
    assert stem_kazakh("мәжілісі") == "мажили"               # мәжілі + сі, as жаза + сы
    assert kazakh_stems("мәжілісі") == ("мажили", "мажилис")  # or мәжіліс + і
    assert kazakh_stems("жазасы") == ("жаза", "жазас")
    assert kazakh_stems("сайлауы") == ("сайлау",)
    assert query_keys("Мәжілісі") & set(pattern_of("Мәжіліс").split("|"))
    assert query_keys("кодексі") & set(pattern_of("кодекс").split("|"))
