"""Russian and Kazakh words reach the English entries: the cross-language table and its matcher.

The entries are written in English. A query word in Russian or Kazakh (in Cyrillic, or typed in
Latin letters) is matched, after stemming, against two kinds of foreign words:

- the reviewed lexicon `db/data/cross_language.toml` (выборы/сайлау → election, ...), and
- every Cyrillic glossary or institution alias (Мәжіліс, смертная казнь, ...), whose whole group
  of spellings the query then searches.

The build turns both into rows of (pattern, spelling): `pattern` holds, for each word of the
foreign phrase, its keys (models/stemming.index_keys) joined by "|", the words separated
by spaces; `spelling` is the folded English term or alias. At run time a run of typed words
matches a pattern when every word shares a key with the pattern's word at the same place, so
"смертной казни", "смертная казнь" and "smertnoi kazni" all meet the alias "смертная казнь".
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable

from models.stemming import index_keys, is_cyrillic, query_keys
from models.text_folding import fold

MIN_LATIN_PREFIX = 5
_WORD = re.compile(r"\w+", re.UNICODE)
_NOT_WORD = re.compile(r"[^\w ]+")

# Russian and Kazakh function words, and "year" (dates are typed as numbers). Against English text
# they can only fail to match, and every word of a query must match; so a Cyrillic query drops
# them, unless they are all it has or they belong to an alias ("Уполномоченный по правам человека").
STOP_WORDS = frozenset([
    "в", "во", "на", "и", "или", "а", "но", "по", "о", "об", "обо", "с", "со", "к", "ко", "от",
    "до", "за", "из", "у", "для", "при", "про", "над", "под", "без", "через", "что", "как", "не",
    "ли", "же", "это", "его", "ее", "её", "их", "год", "года", "году", "лет", "г", "және", "мен",
    "бен", "пен", "үшін", "туралы", "бойынша", "жыл", "жылы", "жылғы", "та", "те", "да", "де", "ма",
    "ме", "ба", "бе", "па", "пе", "осы", "бұл", "сол", "немесе",
])


def is_stop_word(word: str) -> bool:
    return word.casefold() in STOP_WORDS


def folded_spelling(text: str) -> str:
    """The form a spelling is searched in: folded, punctuation as spaces ("e-petition" -> "e petition")."""
    return " ".join(_NOT_WORD.sub(" ", fold(text).replace("_", " ")).split())


def pattern_of(phrase: str) -> str:
    """The stored pattern of a foreign word or phrase: each word's search keys, "|"-joined."""
    return " ".join("|".join(sorted(index_keys(word))) for word in _WORD.findall(phrase.replace("_", " ")))


def table_rows(lexicon: Iterable[tuple[str, str]], aliases: Iterable[tuple[str, str]]) -> list[tuple[str, str]]:
    """Rows for the build: (pattern, spelling), sorted so that the database bytes are reproducible.

    `lexicon` gives (foreign phrase, English phrase) pairs; `aliases` gives (alias as written,
    its folded form) for the Cyrillic glossary and institution aliases.
    """
    rows: set[tuple[str, str]] = set()
    for foreign, english in lexicon:
        pattern, spelling = pattern_of(foreign), folded_spelling(english)
        if pattern and spelling:
            rows.add((pattern, spelling))
    for alias, folded in aliases:
        pattern = pattern_of(alias)
        if pattern and folded:
            rows.add((pattern, folded))
    return sorted(rows)


class CrossLanguage:
    """Expands typed words to the English spellings (and their glossary alias groups) they mean."""

    def __init__(self, rows: Iterable[tuple[str, str]], aliases: dict[str, frozenset[str]] | None = None):
        # (first word's key, number of words) -> [(each word's keys, spelling)]: most typed words
        # are ruled out by one dictionary lookup per key.
        self._index: dict[tuple[str, int], list[tuple[tuple[frozenset[str], ...], str]]] = {}
        self.longest = 0
        self._spellings: set[str] = set()
        parsed: dict[str, tuple[frozenset[str], ...]] = {}  # rows repeat patterns: parse each once
        for pattern, spelling in rows:
            self._spellings.add(spelling)
            words = parsed.get(pattern)
            if words is None:
                words = parsed[pattern] = tuple(frozenset(word.split("|")) for word in pattern.split(" "))
                self.longest = max(self.longest, len(words))
            for key in words[0]:
                self._index.setdefault((key, len(words)), []).append((words, spelling))
        self._aliases = aliases or {}
        self._cache: dict[tuple[str, ...], frozenset[str]] = {}

    def expand(self, words: tuple[str, ...], prefix: bool = False) -> frozenset[str]:
        """Folded spellings that the run of typed `words` (as typed, not folded) stands for.

        Latin words are taken for transliterated Russian or Kazakh only when they are not
        themselves an English term of the table ("media" typed in English must not grow into
        "press" and "journalists": медиа → media), and, while the last word is still being typed
        (`prefix`), only once it has MIN_LATIN_PREFIX letters: "med" is not yet медиа.
        """
        if not any(is_cyrillic(w) for w in words) and (
                (prefix and len(words[-1]) < MIN_LATIN_PREFIX)
                or folded_spelling(" ".join(words)) in self._spellings):
            return frozenset()
        found = self._cache.get(words)
        if found is not None:
            return found
        n = len(words)
        spellings: set[str] = set()
        if n <= self.longest:
            keys = [query_keys(word) for word in words]
            for key in keys[0]:
                for pattern, spelling in self._index.get((key, n), ()):
                    if all(keys[i] & pattern[i] for i in range(1, n)):
                        spellings.add(spelling)
        for spelling in tuple(spellings):
            spellings.update(self._aliases.get(spelling, ()))
        found = frozenset(spellings)
        if len(self._cache) > 4096:  # a session's queries; bounded all the same
            self._cache.clear()
        self._cache[words] = found
        return found


class LazyCrossLanguage:
    """Builds the CrossLanguage on the first query that needs it, so that start-up reads nothing."""

    def __init__(self, load: Callable[[], CrossLanguage]):
        self._load = load
        self._table: CrossLanguage | None = None

    @property
    def table(self) -> CrossLanguage:
        if self._table is None:
            self._table = self._load()
        return self._table

    @property
    def longest(self) -> int:
        return self.table.longest

    def expand(self, words: tuple[str, ...], prefix: bool = False) -> frozenset[str]:
        return self.table.expand(words, prefix)
