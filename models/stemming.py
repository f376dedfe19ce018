"""Stemming for the languages people type: Russian (Snowball), Kazakh (a suffix stripper), English.

English is left to FTS5's porter tokenizer, which stems the indexed text and every quoted query
term alike. Russian and Kazakh words are stemmed here, on the Cyrillic word and BEFORE folding:
Snowball's Russian algorithm reads Cyrillic, and transliteration would hide the endings. The stem
is then folded (models/text_folding.py), so keys from Cyrillic and Latin typing meet.

`index_keys(word)` and `query_keys(word)` are what cross-language matching compares: a typed word
matches a lexicon or alias word when their key sets share a key. `stem_text(text, lang)` is for
indexing whole texts in one language (Russian or Kazakh translations) with the same stems.

Kazakh has no Snowball algorithm. Its endings are agglutinated in a fixed order, stem +
(derivation) + plural + possessive + case, so they are stripped from the end in the reverse
order, each class at most once, never leaving fewer than MIN_KAZAKH_STEM letters. The rules work
on text whose Kazakh letters are folded to Russian ones (қ→к, ң→н, і→и, ...), so `әкімдерге` and
`акимдерге`, typed on a Russian keyboard, give the same stem.
"""

from __future__ import annotations

import re
from functools import lru_cache

from models.kazakh_latin import to_cyrillic
from models.text_folding import fold, fold_kazakh_letters

MIN_KAZAKH_STEM = 3
_KAZAKH_LETTERS = frozenset("әғқңөұүһіӘҒҚҢӨҰҮҺІ")
_CYRILLIC = re.compile(r"[\u0400-\u04ff]")

# Kazakh endings, written with the Kazakh letters folded (ң→н, і→и, ғ→г, қ→к). Longest first
# within a class, so that -нан is tried before -на.
_KAZAKH_CASE = (
    "ндагы", "ндеги",                           # locative-attributive after a possessive
    "дагы", "деги", "тагы", "теги",             # locative-attributive -дағы -дегі -тағы -тегі ("in the")
    "нын", "нин", "дын", "дин", "тын", "тин",   # genitive  -ның -нің -дың -дің -тың -тің
    "дан", "ден", "тан", "тен", "нан", "нен",   # ablative  -дан -ден -тан -тен -нан -нен
    "нда", "нде",                               # locative after a possessive (сайлауында)
    "мен", "бен", "пен",                        # instrumental
    "га", "ге", "ка", "ке", "на", "не",         # dative    -ға -ге -қа -ке, -на -не after a possessive
    "да", "де", "та", "те",                     # locative
    "ны", "ни", "ды", "ди", "ты", "ти",         # accusative -ны -ні -ды -ді -ты -ті
)
_KAZAKH_POSSESSIVE = (
    "сын", "син", "ын", "ин",                   # 3rd person + the n before a case (жазасын)
    "сы", "си", "ы", "и",                       # 3rd person -сы -сі -ы -і
)
_KAZAKH_PLURAL = ("лар", "лер", "дар", "дер", "тар", "тер")
# Abstract nouns and adjectives: әкімдік 'akimat', ауылдық 'rural', конституциялық 'constitutional'.
_KAZAKH_DERIVATION = ("лык", "лик", "дык", "дик", "тык", "тик")
# These follow a 3rd-person possessive only (сайлау-ы-нда, сайлау-ы-на); elsewhere -нда, -на are
# the end of a stem (Қазақстан-да, Астана).
_AFTER_POSSESSIVE = frozenset({"ндагы", "ндеги", "нда", "нде", "на", "не"})
_KAZAKH_CLASSES = (_KAZAKH_CASE, _KAZAKH_POSSESSIVE, _KAZAKH_PLURAL, _KAZAKH_DERIVATION)
# -лық/-лік voice to -лығ/-лігі before a vowel (бостандығы 'its freedom'): restore the к.
_VOICED_DERIVATION = re.compile(r"([лдт][ыи])г$")


def is_cyrillic(word: str) -> bool:
    return bool(_CYRILLIC.search(word))


def is_kazakh(word: str) -> bool:
    """True when the word has a letter only Kazakh uses (ә ғ қ ң ө ұ ү һ і)."""
    return any(ch in _KAZAKH_LETTERS for ch in word)


@lru_cache(maxsize=1)
def _russian_stemmer():
    # Imported on first use: loading snowballstemmer loads all its languages (about 20 ms), which
    # an English-only session never needs.
    import snowballstemmer
    return snowballstemmer.stemmer("russian")


@lru_cache(maxsize=16384)
def stem_russian(word: str) -> str:
    """Snowball Russian stem of one word (lower-cased; ё read as е). Words with Kazakh letters are
    returned as they are: the Russian rules would cut them wrongly."""
    word = word.casefold().replace("ё", "е")
    if not is_cyrillic(word) or is_kazakh(word):
        return word
    return _russian_stemmer().stemWord(word)


@lru_cache(maxsize=16384)
def stem_kazakh(word: str) -> str:
    """Strip Kazakh case, possessive, plural and derivational endings; Kazakh letters folded."""
    return _strip_kazakh(word, _KAZAKH_CLASSES)


# The possessive -сы/-сі follows a vowel and -ы/-і a consonant, so мәжілісі is мәжіліс + і but
# жазасы is жаза + сы: the letters alone cannot tell. stem_kazakh takes -сы; a typed word is also
# looked up with -ы taken (kazakh_stems), so that Мәжілісі, кодексі meet Мәжіліс, кодекс.
_KAZAKH_POSSESSIVE_AFTER_CONSONANT = tuple(s for s in _KAZAKH_POSSESSIVE if not s.startswith("с"))
_KAZAKH_CLASSES_AFTER_CONSONANT = (_KAZAKH_CASE, _KAZAKH_POSSESSIVE_AFTER_CONSONANT, _KAZAKH_PLURAL,
                                   _KAZAKH_DERIVATION)


@lru_cache(maxsize=16384)
def kazakh_stems(word: str) -> tuple[str, ...]:
    """stem_kazakh's stem, and the stem with a possessive -ы/-і taken where it took -сы/-сі."""
    stems = (stem_kazakh(word), _strip_kazakh(word, _KAZAKH_CLASSES_AFTER_CONSONANT))
    return stems[:1] if stems[0] == stems[1] else stems


def _strip_kazakh(word: str, classes) -> str:
    word = fold_kazakh_letters(word)
    if not is_cyrillic(word):
        return word
    for suffixes in classes:
        for suffix in suffixes:
            if word.endswith(suffix) and len(word) - len(suffix) >= MIN_KAZAKH_STEM:
                if suffix in _AFTER_POSSESSIVE and word[-len(suffix) - 1] not in "ыи":
                    continue
                word = word[: -len(suffix)]
                if suffixes is not _KAZAKH_PLURAL and suffixes is not _KAZAKH_DERIVATION:
                    word = _VOICED_DERIVATION.sub(r"\1к", word)
                break
    return word


def stem(word: str, lang: str) -> str:
    """The stem of one word in a known language: 'ru', 'kk'; English ('en') is left to porter."""
    if lang == "ru":
        return stem_russian(word)
    if lang == "kk":
        return stem_kazakh(word)
    return word.casefold()


_TEXT_WORD = re.compile(r"\w+", re.UNICODE)


def index_stem(word: str, lang: str) -> str:
    """The stem a translation index holds for a word of `lang`, and a query looks for: the stem,
    or the whole word when the stem is shorter than MIN_STEM_KEY (Snowball cuts аким to ак, which
    would meet Ак Орда and Ак жол)."""
    stemmed = stem(word, lang)
    if len(stemmed) >= MIN_STEM_KEY:
        return stemmed
    return fold_kazakh_letters(word) if lang == "kk" else word.casefold().replace("ё", "е")


def stem_text(text: str, lang: str) -> str:
    """Every word of a text replaced by its index stem, for indexing a text known to be in `lang`."""
    return " ".join(index_stem(w, lang) for w in _TEXT_WORD.findall(text))


# Endings a Russian or Kazakh word may carry when typed in Latin letters, as models/text_folding
# transliterates them (ы→y, й→i, я→ya, ю→yu, х→kh, ң→n, і→i). Only used to cut a typed Latin word
# back to a key; the cut never leaves fewer than MIN_LATIN_KEY letters, so short English words
# ("sudden" → "sud") do not reach a Russian stem.
LATIN_ENDINGS = tuple(sorted({
    # Russian noun and adjective endings
    "a", "u", "e", "i", "y", "o", "om", "em", "oi", "ei", "ov", "ev", "am", "ami", "akh", "ya", "yu",
    "iya", "ii", "ie", "iyu", "yi", "ye", "oe", "aya", "ogo", "ego", "omu", "emu", "ym", "im", "ykh",
    "ikh", "ymi", "imi", "uyu", "ia", "iu", "iia", "iiu",
    # Kazakh plural, possessive and case endings
    "lar", "ler", "dar", "der", "tar", "ter", "nyn", "nin", "dyn", "din", "tyn", "tin", "ga", "ge",
    "ka", "ke", "qa", "na", "ne", "da", "de", "ta", "te", "dan", "den", "tan", "ten", "nan", "nen",
    "nda", "nde", "sy", "si", "yn", "in", "syn", "sin", "ny", "ni", "dy", "di", "ty", "ti",
}, key=lambda e: (-len(e), e)))
MIN_LATIN_KEY = 4
MIN_STEM_KEY = 3
# English words of the entries that spell a Russian or Kazakh key in Latin letters (инвалид,
# the Kazakh stem тең- of теңдік, the Russian stem парт- of партия): typed in Latin they are English.
# tests/test_stemming.py lists the entries' words that still meet a key, so new ones get reviewed.
ENGLISH_WORDS = frozenset({"invalid", "ten", "part"})


def index_keys(word: str) -> frozenset[str]:
    """Keys of a Russian or Kazakh word of the lexicon or of an alias, language not known:
    "=" its folded form, "ru:" its Russian stem, "kk:" its Kazakh stem (folded)."""
    word = word.casefold()
    if not is_cyrillic(word):
        return frozenset({"=" + fold(word)})
    return frozenset({"=" + fold(word), *_stem_keys(word)})


@lru_cache(maxsize=16384)
def query_keys(word: str) -> frozenset[str]:
    """Keys of one typed word; it matches a lexicon or alias word when they share a key.

    A Cyrillic word is compared form to form, stem to stem in the same language, and its stems to
    whole words (Назарбаева → назарбаев, the alias). A Russian stem is never compared with a
    Kazakh one: both over-cut short words (казах → каз, казни → каз), differently. A Latin word
    is compared, with one or two transliterated endings cut, with everything.
    """
    word = word.casefold()
    if is_cyrillic(word):
        stems = (*_stem_keys(word), *(f"kk:{fold(s)}" for s in kazakh_stems(word)[1:] if len(s) >= MIN_STEM_KEY))
        return frozenset({"=" + fold(word), *stems, *("=" + s.split(":", 1)[1] for s in stems)})
    typed, word = word, fold(word)
    if word in ENGLISH_WORDS:
        return frozenset()
    cuts = {word}
    for _ in range(2):
        for candidate in list(cuts):
            for ending in LATIN_ENDINGS:
                if candidate.endswith(ending) and len(candidate) - len(ending) >= MIN_LATIN_KEY:
                    cuts.add(candidate[: -len(ending)])
    return frozenset({*(f"{tag}{cut}" for cut in cuts for tag in ("=", "ru:", "kk:")),
                      *_kazakh_latin_keys(typed)})


def _kazakh_latin_keys(word: str) -> tuple[str, ...]:
    """Keys of a plain Latin word read as Kazakh in a Latin alphabet (models/kazakh_latin.py):
    its folded Cyrillic reading and that reading's Kazakh stem, so that "akimderi" (әкімдері)
    and "saylau" (сайлау) meet what the Cyrillic words meet. Words with a letter only Kazakh uses
    never come here: the compiler reads them as Cyrillic (models/search.py)."""
    cyrillic = to_cyrillic(word)
    if cyrillic is None:
        return ()
    # As for the transliterated endings above: no cut below MIN_LATIN_KEY letters, so that an
    # English word read as Kazakh ("sudden" as судден, -ден) does not reach a short stem (суд).
    stems = [fold(s) for s in kazakh_stems(cyrillic) if len(s) >= MIN_LATIN_KEY]
    return ("=" + fold(cyrillic), *(f"{tag}{s}" for s in stems for tag in ("kk:", "=")))


def _stem_keys(word: str) -> tuple[str, ...]:
    # A stem of one or two letters ("ии" -> "и") would meet every short word.
    return tuple(f"{lang}:{fold(s)}" for lang, s in (("ru", stem_russian(word)), ("kk", stem_kazakh(word)))
                 if len(s) >= MIN_STEM_KEY)
