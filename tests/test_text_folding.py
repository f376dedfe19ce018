"""Spelling variants across Kazakh, Russian and Latin fold to one searchable form."""

from models.text_folding import fold


def test_kazakh_letters_fold_to_russian_then_latin():
    assert fold("Мәжіліс") == fold("Мажилис") == "mazhilis"
    assert fold("әкім") == fold("аким") == "akim"
    assert fold("қ ә ө ұ ү і ғ ң һ") == "k a o u u i g n kh"


def test_latin_diacritics_and_case_fold():
    assert fold("Äkim") == "akim"
    assert fold("MÄJILIS") == "majilis"


def test_kurultai_spellings_fold_to_comparable_words():
    assert fold("Құрылтай") == fold("Курылтай") == "kuryltai"

