"""Mark search matches in the original (unfolded) text and cut snippets around them.

Matching happens on folded text in the index; here each word of the original text is folded
the same way and compared with the query's terms, so `Мажилис` in a text is marked for a query
`majilis`. Plural and verb endings are compared loosely, as the porter stemmer in the index does.
This runs for every result of every keystroke, so words are folded once (cached) and the terms
are compiled into sets before the texts are scanned.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

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


@lru_cache(maxsize=65536)
def _folded_and_stem(word: str) -> tuple[str, str]:
    folded = fold(word)
    return folded, _stem(folded)


class Matcher:
    """Decides whether a word of the original text matches any of the query's terms."""

    def __init__(self, terms: Iterable[Term]):
        terms = tuple(terms)
        self.prefixes = tuple(t.text for t in terms if t.prefix)
        self.exact = frozenset(t.text for t in terms if not t.prefix)
        self.stems = frozenset(_stem(t) for t in self.exact)
        self.empty = not terms
        self._seen: dict[str, bool] = {}

    def __call__(self, word: str) -> bool:
        known = self._seen.get(word)
        if known is None:
            folded, stem = _folded_and_stem(word)
            known = (folded in self.exact or stem in self.stems
                     or (bool(self.prefixes) and folded.startswith(self.prefixes)))
            self._seen[word] = known
        return known


def mark(text: str, terms: Iterable[Term] | Matcher) -> Segments:
    """Split text into (text, is_match) segments."""
    matcher = terms if isinstance(terms, Matcher) else Matcher(terms)
    if matcher.empty or not text:
        return ((text, False),) if text else ()
    segments: list[tuple[str, bool]] = []
    last = 0
    for found in _WORD.finditer(text):
        if matcher(found.group()):
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


def snippet(texts: Iterable[str], terms: Iterable[Term] | Matcher, width: int = 28) -> Segments:
    """The window of about `width` words with the most matches, from the first text that has any.

    Falls back to the start of the first text. Ellipses mark cut ends.
    """
    matcher = terms if isinstance(terms, Matcher) else Matcher(terms)
    texts = [t for t in texts if t]
    if not texts:
        return ()
    if not matcher.empty:
        for text in texts:
            words = list(_WORD.finditer(text))
            hits = [i for i, w in enumerate(words) if matcher(w.group())]
            if hits:
                best_first, best_count, right = hits[0], 0, 0
                for left, first in enumerate(hits):  # sliding window over match positions
                    while right < len(hits) and hits[right] < first + width:
                        right += 1
                    if right - left > best_count:
                        best_first, best_count = first, right - left
                return _window(text, words, max(0, best_first - width // 4), width, matcher)
    text = texts[0]
    return _window(text, list(_WORD.finditer(text)), 0, width, matcher)


def _window(text: str, words: list[re.Match], start: int, width: int, matcher: Matcher) -> Segments:
    if not words:
        return ((text, False),)
    end = min(len(words), start + width)
    begin_char = 0 if start == 0 else words[start].start()
    end_char = len(text) if end >= len(words) else words[end - 1].end()
    piece = " ".join(text[begin_char:end_char].split())
    segments = list(mark(piece, matcher))
    if begin_char > 0:
        segments.insert(0, ("\u2026", False))
    if end_char < len(text):
        segments.append(("\u2026", False))
    return _merge(segments)
