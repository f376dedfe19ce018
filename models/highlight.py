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
from dataclasses import dataclass
from functools import lru_cache

from models.stemming import index_stem, is_cyrillic
from models.text_folding import fold

_WORD = re.compile(r"\w+", re.UNICODE)
_SUFFIXES = ("ations", "ation", "ions", "ion", "ings", "ing", "ies", "ed", "es", "s", "al")

Segments = tuple[tuple[str, bool], ...]


@dataclass(frozen=True)
class Term:  # defined here, below the compiler (models/search.py), which emits them
    """One folded search term (a word or a phrase of words separated by single spaces);
    `prefix` when its last word stands for every word starting with it."""
    text: str
    prefix: bool = False


@dataclass(frozen=True)
class StemTerm:
    """A word of the query as its Russian or Kazakh stem (folded), as the translation index holds it:
    a word of a translated text matches when its own stem in that language is the same."""
    lang: str
    stem: str
    prefix: bool = False


def _stem(word: str) -> str:
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)] + ("i" if suffix == "ies" else "")
            break
    return word[:-1] + "i" if word.endswith("y") and len(word) > 3 else word


@lru_cache(maxsize=65536)
def _folded_and_stem(word: str) -> tuple[str, str]:
    folded = fold(word)
    return folded, _stem(folded)


class Matcher:
    """Finds the words of a text that match the query's terms; phrases only where their words
    stand together, so "lower house" marks nothing in "lowered" or "two-chamber"."""

    def __init__(self, terms: Iterable[Term], stems: Iterable[StemTerm] = ()):
        terms, stems = tuple(terms), tuple(stems)
        # lang -> (whole stems, stem prefixes) of the query's Russian and Kazakh words
        self.language_stems = {
            lang: (frozenset(s.stem for s in stems if s.lang == lang and not s.prefix),
                   tuple(s.stem for s in stems if s.lang == lang and s.prefix))
            for lang in {s.lang for s in stems}}
        words = [t for t in terms if " " not in t.text]
        self.prefixes = tuple(t.text for t in words if t.prefix)
        self.exact = frozenset(t.text for t in words if not t.prefix)
        self.stems = frozenset(_stem(t) for t in self.exact)
        # (folded words, their stems, last word is a prefix), longest first; and the first words,
        # so that most positions are ruled out by one set lookup.
        self.phrases = sorted(((tuple(t.text.split()), tuple(_stem(w) for w in t.text.split()), t.prefix)
                               for t in terms if " " in t.text), key=lambda p: -len(p[0]))
        self._firsts = frozenset(p[0][0] for p in self.phrases) | frozenset(p[1][0] for p in self.phrases)
        self.empty = not terms and not stems
        self._seen: dict[str, bool] = {}

    def word(self, word: str) -> bool:
        known = self._seen.get(word)
        if known is None:
            folded, stem = _folded_and_stem(word)
            known = (folded in self.exact or stem in self.stems
                     or (bool(self.prefixes) and folded.startswith(self.prefixes))
                     or (bool(self.language_stems) and self._stem_matches(word)))
            self._seen[word] = known
        return known

    def _stem_matches(self, word: str) -> bool:
        if not is_cyrillic(word):
            return False
        for lang, (whole, prefixes) in self.language_stems.items():
            word_stem = fold(index_stem(word, lang))
            if word_stem in whole or (prefixes and (word_stem.startswith(prefixes)
                                                    or fold(word).startswith(prefixes))):
                return True
        return False

    def _phrase_at(self, words: list[re.Match], i: int) -> int:
        """Length of the longest phrase starting at word i, or 0."""
        folded, stem = _folded_and_stem(words[i].group())
        if folded not in self._firsts and stem not in self._firsts:
            return 0
        for parts, stems, prefix in self.phrases:
            n = len(parts)
            if i + n > len(words):
                continue
            for k in range(n):
                folded, stem = _folded_and_stem(words[i + k].group())
                if not (folded == parts[k] or stem == stems[k]
                        or (prefix and k == n - 1 and folded.startswith(parts[k]))):
                    break
            else:
                return n
        return 0

    def spans(self, words: list[re.Match]) -> list[tuple[int, int]]:
        """(first, last) word indexes of every match, phrases as one span."""
        found: list[tuple[int, int]] = []
        i = 0
        while i < len(words):
            n = self._phrase_at(words, i) if self.phrases else 0
            if n:
                found.append((i, i + n - 1))
                i += n
                continue
            if self.word(words[i].group()):
                found.append((i, i))
            i += 1
        return found


def mark(text: str, terms: Iterable[Term] | Matcher) -> Segments:
    """Split text into (text, is_match) segments."""
    matcher = terms if isinstance(terms, Matcher) else Matcher(terms)
    if matcher.empty or not text:
        return ((text, False),) if text else ()
    words = list(_WORD.finditer(text))
    segments: list[tuple[str, bool]] = []
    last = 0
    for first, end in matcher.spans(words):
        start, stop = words[first].start(), words[end].end()
        if start > last:
            segments.append((text[last:start], False))
        segments.append((text[start:stop], True))
        last = stop
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
            hits = [first for first, _ in matcher.spans(words)]
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
