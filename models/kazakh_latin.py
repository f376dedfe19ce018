"""Kazakh typed in the Latin alphabets, read back into Cyrillic Kazakh.

Kazakhstan is moving Kazakh to a Latin alphabet, and three official versions are in use: the
apostrophe alphabet of the October 2017 decree (a' = ә, s' = ш, y' = у ...), the acute-accent
revision of February 2018 (á = ә, ý = у, ı = и/й, sh, ch), and the revision of January 2021
(ä = ә, ğ = ғ, ı = і, i = и/й, ñ = ң, ū = ұ, ü = ү, ş = ш, y = ы, u = у). A word typed in any of
them is read back into the Cyrillic word, so that search treats it exactly as the Cyrillic
Kazakh word: `Mäjilis`, `Ma'jilis` and `Májilis` all become `мәжіліс`, and the Kazakh suffix
stripper then reads its endings (`mäjilisi` → `мәжілісі` → stem `мажилис`).

The letter tables come from (docs/architecture.md, "Kazakh in the Latin alphabets"):
- 2021: "New version of Latin-based Kazakh alphabet presented at Government", Kazinform,
  28 January 2021, https://www.inform.kz/en/new-version-of-latin-based-kazakh-alphabet-presented-at-government_a3746549
  (ä, ö, ü, ū, ğ, ş and 31 letters), and the Latin-script table and sample transliteration of
  "Kazakh alphabets", Wikipedia, https://en.wikipedia.org/wiki/Kazakh_alphabets (і → ı,
  и/й → i, ы → y, ң → ñ: "bır", "kısı", "üiıne", "syi"). That version has no Ç; ч is written ch.
  Ç was ч in the 2019 draft (Wikibooks, "Kazaština/Přechod na latinku",
  https://cs.m.wikibooks.org/wiki/Kaza%C5%A1tina/P%C5%99echod_na_latinku) and is read as ч too.
- 2018 and 2017: the tables of both alphabets in the same Wikibooks page; the qazlatyn-db
  package's table "Modern Cyrillic / Latin 2017 / Latin 2018 / Latin 2021" (Talgat Uspanov,
  https://socket.dev/npm/package/qazlatyn-db/overview/4.0.0); the 2017 table in the KazQaz
  transliterator's README (github.com/daniyarmukhanov/kazqaz); and the news of the 2018 decree:
  "Kazakhstan approves new Latin alphabet", PanARMENIAN.Net, http://www.panarmenian.net/eng/news/252222/
  (a', g', n', o', u', y' become accented letters; s', c' become sh, ch).

The versions disagree about two letters, and both readings fold to the same search key, so the
reader need not know which version was typed: ı is і (2021) or и/й (2018), u is у (2021) or
ұ (2017, 2018); і, и and й all fold to "i" and у, ұ to "u" (models/text_folding.py). Where the
choice changes a key it is made from the neighbours, as Kazakh spelling does: и/й after a vowel
is й (сайлау, құрылтай: the stripper would take a final и for a possessive ending), and ia, iu
after a vowel, at the start or after another i are я, ю (саясат, Азия, конституция).
"""

from __future__ import annotations

import re

# Apostrophes people type for the 2017 letters: ASCII, right single quote, modifier letter, grave.
APOSTROPHES = "'\u2019\u02bc`"
_APOSTROPHE = re.compile(f"[{APOSTROPHES}]")

# Letters no English word uses; one of them marks a word as Kazakh in a Latin alphabet.
# 2021: ä ğ ı ñ ö ū ü ş (ç: the 2019 draft); 2018: á ǵ ń ó ú ý (and ı).
_KAZAKH_ONLY = frozenset("äğıñöūüşçáǵńóúý")

# Multi-letter spellings, tried before single letters. 2017 apostrophe letters; the 2018 and 2021
# digraphs sh, ch; zh, kh, gh as Russian-style transliteration types them. я, ю: to_cyrillic.
_DIGRAPHS = {
    "a'": "ә", "g'": "ғ", "n'": "ң", "o'": "ө", "u'": "ү", "y'": "у", "s'": "ш", "c'": "ч",
    "i'": "и",
    "sh": "ш", "ch": "ч", "zh": "ж", "kh": "х", "gh": "ғ",
}
_LETTERS = {
    # shared by the three alphabets
    "a": "а", "b": "б", "d": "д", "e": "е", "f": "ф", "g": "г", "h": "х", "j": "ж", "k": "к",
    "l": "л", "m": "м", "n": "н", "o": "о", "p": "п", "q": "қ", "r": "р", "s": "с", "t": "т",
    "v": "в", "z": "з", "y": "ы",
    # 2021
    "ä": "ә", "ğ": "ғ", "ı": "і", "i": "і", "ñ": "ң", "ö": "ө", "u": "у", "ū": "ұ", "ü": "ү",
    "ş": "ш", "ç": "ч",
    # 2018
    "á": "ә", "ǵ": "ғ", "ń": "ң", "ó": "ө", "ú": "ү", "ý": "у",
}
_I_LIKE = "iı"           # letters that are и/й/і in some version (and i' of 2017)
_KAZAKH_VOWELS = frozenset("аәеиоөуұүыіэюя")
# Informal typing writes й as y after a vowel (saylau, aymaq); after у the y is ы (saylauy).
_Y_AS_I_AFTER = frozenset("аәеоө")
_SOFT = {"a": "я", "á": "я", "ä": "я", "u": "ю", "ý": "ю", "ú": "ю", "ü": "ю"}

# An English possessive or contraction is not a 2017 apostrophe letter (Kazakhstan's, parties', don't).
_ENGLISH_APOSTROPHE = re.compile(rf"[{APOSTROPHES}]s$|s[{APOSTROPHES}]$|n[{APOSTROPHES}]t$")
_APOSTROPHE_LETTER = re.compile(rf"[agnouyisc][{APOSTROPHES}]")
# Letters none of the Kazakh Latin alphabets has: such a word is not Kazakh (court, tax, watch).
_NOT_KAZAKH = re.compile(r"c(?![h'\u2019\u02bc`])|[wx]")


def is_apostrophe_word(word: str) -> bool:
    """True when the apostrophes of a word are 2017 Kazakh letters (Ma'jilis, ten'), not English."""
    word = word.casefold()
    if not _APOSTROPHE.search(word) or _ENGLISH_APOSTROPHE.search(word):
        return False
    return len(_APOSTROPHE_LETTER.findall(word)) == len(_APOSTROPHE.findall(word))


def is_kazakh_latin(word: str) -> bool:
    """True when the word can only be Kazakh in a Latin alphabet: it has a letter of the 2018 or
    2021 alphabet no English word has (ä, ı, ş, á, ý ...), a 2017 apostrophe letter, or q not
    followed by u (salyq, Qazaqstan; English writes qu-: quota). The few English words that pass
    (Iraq) lose nothing: the compiler still searches them as typed, and adds the Cyrillic reading."""
    folded = _lower(word)
    if any(ch in _KAZAKH_ONLY for ch in folded) or is_apostrophe_word(word):
        return True
    return bool(re.search(r"q(?!u)", folded)) and to_cyrillic(word) is not None


def to_cyrillic(word: str) -> str | None:
    """The Cyrillic Kazakh spelling of a word typed in one of the Kazakh Latin alphabets (lower
    case), or None when the word has a letter none of them has (c, w, x: an English word)."""
    text = _APOSTROPHE.sub("'", _lower(word))
    if _NOT_KAZAKH.search(text):
        return None
    out: list[str] = []
    i = 0
    while i < len(text):
        ch, pair, prev = text[i], text[i:i + 2], (out[-1] if out else "")
        if ch in _I_LIKE:                          # i, ı, and the 2017 i'
            step = 2 if pair == "i'" else 1
            after = text[i + step:i + step + 1]
            if text[i + step:i + step + 2] == "y'":  # the 2017 ю: i'y'
                out.append("ю")
                i += step + 2
            elif after in _SOFT and (not prev or prev in _KAZAKH_VOWELS):
                out.append(_SOFT[after])           # ia, iu after a vowel or i: я, ю (Aziia, saiasat)
                i += step + 1
            else:
                # After a vowel и/й is й (сайлау, құрылтай); otherwise і, or и for the 2017 i'.
                out.append("й" if prev in _KAZAKH_VOWELS else "и" if step == 2 else "і")
                i += step
            continue
        if ch == "y" and pair != "y'" and prev in _Y_AS_I_AFTER:
            after = text[i + 1:i + 2]              # informal y for й after a vowel: saylau
            out.append(_SOFT.get(after, "й"))
            i += 2 if after in _SOFT else 1
            continue
        if pair in _DIGRAPHS:
            out.append(_DIGRAPHS[pair])
            i += 2
            continue
        letter = _LETTERS.get(ch)
        if letter is None and ch.isalpha():
            return None                            # a letter of another alphabet or script
        out.append(letter or ch)                   # digits and the rest stay
        i += 1
    return "".join(out)


def _lower(word: str) -> str:
    # İ lower-cases to i + a combining dot above; the dot is no letter of its own.
    return word.casefold().replace("\u0307", "")
