"""Matches are marked in the original text, across scripts, and phrases only where whole."""

from models.highlight import Term, mark, snippet


def _marked(segments):
    return [text for text, hit in segments if hit]


def test_cyrillic_text_is_marked_for_a_latin_term():
    assert _marked(mark("Выборы в Мажилис и Mazhilis", [Term("mazhilis")])) == ["Мажилис", "Mazhilis"]


def test_phrase_terms_mark_only_words_standing_together():
    segments = mark("The lower house was lowered in a two-chamber lower chamber",
                    [Term("lower house"), Term("lower chamber")])
    assert _marked(segments) == ["lower house", "lower chamber"]


def test_plurals_and_prefixes():
    assert _marked(mark("Death penalties and the penalty", [Term("death penalty")])) == ["Death penalties"]
    assert _marked(mark("Constitutional Court", [Term("consti", prefix=True)])) == ["Constitutional"]


def test_snippet_window_centres_on_the_densest_matches_with_ellipses():
    body = "filler " * 60 + "the akim was elected by voters; akim elections " + "tail " * 60
    segments = snippet(["no match here", body], [Term("akim")], width=20)
    text = "".join(t for t, _ in segments)
    assert text.startswith("\u2026") and text.endswith("\u2026")
    assert _marked(segments) == ["akim", "akim"]


def test_snippet_without_terms_is_the_start_of_the_first_text():
    assert "".join(t for t, _ in snippet(["First words here.", "Body"], [])) == "First words here."
