"""Mark search matches in the original (unfolded) text and cut snippets around them.

Matching happens on folded text in the index; here each word of the original text is folded
the same way and compared with the query's terms, so `Мажилис` in a text is marked for a query
`majilis`. Plural and verb endings are compared loosely, as the porter stemmer in the index does.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from models.search import Term
from models.text_folding import fold

_WORD = re.compile(r"\w+", re.UNICODE)
_SUFFIXES = ("ations", "ation", "ions", "ion", "ings", "ing", "ies", "ed", "es", "s", "al")

Segments = tuple[tuple[str, bool], ...]


def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            return word[: -len(suffix)]
    return word


def _matches(word: str, terms: Iterable[Term]) -> bool:
    folded = fold(word)
    stem = _stem(folded)
    for term in terms:
        if term.prefix:
            if folded.startswith(term.text):
                return True
        elif folded == term.text or stem == _stem(term.text):
            return True
    return False


def mark(text: str, terms: Iterable[Term]) -> Segments:
    """Split text into (text, is_match) segments."""
    terms = tuple(terms)
    if not terms or not text:
        return ((text, False),) if text else ()
    segments: list[tuple[str, bool]] = []
    last = 0
    for found in _WORD.finditer(text):
        if _matches(found.group(), terms):
            if found.start() > last:
                segments.append((text[last:found.start()], False))
            segments.append((found.group(), True))
            last = found.end()
    if last < len(text):
        segments.append((text[last:], False))
    return _merge(segments)


def _merge(segments: list[tuple[str, bool]]) -> Segments:
    merged: list[tuple[str, bool]] = []
    for text, hit in segments:
        if merged and merged[-1][1] == hit:
            merged[-1] = (merged[-1][0] + text, hit)
        else:
            merged.append((text, hit))
    return tuple(merged)


def snippet(texts: Iterable[str], terms: Iterable[Term], width: int = 28) -> Segments:
    """The window of about `width` words with the most matches, from the first text that has any.

    Falls back to the start of the first text. Ellipses mark cut ends.
    """
    terms = tuple(terms)
    texts = [t for t in texts if t]
    if not texts:
        return ()
    best: tuple[int, int, str, list[re.Match]] | None = None
    for text in texts:
        words = list(_WORD.finditer(text))
        if not words:
            continue
        hits = [i for i, w in enumerate(words) if terms and _matches(w.group(), terms)]
        if not hits:
            continue
        for first in hits:
            count = sum(1 for h in hits if first <= h < first + width)
            if best is None or count > best[0]:
                best = (count, first, text, words)
        break
    if best is None:
        text = texts[0]
        words = list(_WORD.finditer(text))
        return _window(text, words, 0, width, terms)
    _, first, text, words = best
    start = max(0, first - width // 4)
    return _window(text, words, start, width, terms)


def _window(text: str, words: list[re.Match], start: int, width: int, terms) -> Segments:
    if not words:
        return ((text, False),)
    end = min(len(words), start + width)
    begin_char = 0 if start == 0 else words[start].start()
    end_char = len(text) if end >= len(words) else words[end - 1].end()
    piece = " ".join(text[begin_char:end_char].split())
    segments = list(mark(piece, terms))
    if begin_char > 0:
        segments.insert(0, ("\u2026", False))
    if end_char < len(text):
        segments.append(("\u2026", False))
    return _merge(segments)
