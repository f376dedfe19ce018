"""Fold text to one searchable form so that spelling variants meet.

FTS5's unicode61 tokenizer folds case and Latin diacritics only. Kazakh letters such as қ or ә
are letters of their own to it, and Cyrillic never meets Latin. The build indexes folded text and
every query is folded the same way, so `Мәжіліс`, `Мажилис` and `mazhilis` become one token.
"""

from __future__ import annotations

import re
import unicodedata

# Kazakh letters folded to their nearest Russian letter, as the issue lists them.
_KAZAKH = str.maketrans({
    "қ": "к", "ә": "а", "ө": "о", "ұ": "у", "ү": "у", "і": "и", "ғ": "г", "ң": "н", "һ": "х",
})

# Russian Cyrillic to Latin, close to the transliteration English-language media use.
_CYRILLIC_TO_LATIN = str.maketrans({
    "а": "a", "б": "b", "в": "v", "г": "g", "д": "d", "е": "e", "ё": "e", "ж": "zh", "з": "z",
    "и": "i", "й": "i", "к": "k", "л": "l", "м": "m", "н": "n", "о": "o", "п": "p", "р": "r",
    "с": "s", "т": "t", "у": "u", "ф": "f", "х": "kh", "ц": "ts", "ч": "ch", "ш": "sh",
    "щ": "shch", "ъ": "", "ы": "y", "ь": "", "э": "e", "ю": "yu", "я": "ya",
})

_MARKS = re.compile(r"[\u0300-\u036f]")
# Latin letters that no decomposition takes to a base letter: the dotless ı of the 2018 and 2021
# Kazakh Latin alphabets (models/kazakh_latin.py), which is і or и there.
_UNDECOMPOSABLE = str.maketrans({"ı": "i"})


def fold_kazakh_letters(text: str) -> str:
    """Lower-case and fold the Kazakh letters only: the Cyrillic that stemmers read."""
    return text.casefold().translate(_KAZAKH)


def fold(text: str) -> str:
    """Lower-case, fold Kazakh letters, transliterate Cyrillic and drop diacritics."""
    text = fold_kazakh_letters(text)
    # Decompose first so that й (и + breve) and ё keep their base letter before transliteration.
    text = unicodedata.normalize("NFKD", text)
    text = _MARKS.sub("", text)
    return text.translate(_CYRILLIC_TO_LATIN).translate(_UNDECOMPOSABLE)

