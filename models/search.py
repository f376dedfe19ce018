"""Search requests and results, and the compiler from what a user types to a safe FTS5 query.

Every term the compiler emits is folded and double-quoted, so nothing the user types can reach
FTS5 as syntax. Syntax the user meant (phrases, OR, NOT, AND, parentheses, prefix*) is honoured
when it parses; anything else is searched as plain words.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from models.cross_language import is_stop_word
from models.highlight import Matcher, StemTerm, Term, mark, snippet
from models.kazakh_latin import APOSTROPHES, is_kazakh_latin, to_cyrillic
from models.stemming import index_stem, is_cyrillic, is_kazakh, kazakh_stems
from models.text_folding import fold
from models.translation import LONGEST_INDEXED_PREFIX

MAX_QUERY_CHARS = 500   # longer input is cut: nobody types more, and it bounds the work
MAX_TERMS = 32


@dataclass(frozen=True)
class SearchQuery:
    text: str = ""
    category: str = ""
    package: str = ""
    institution: str = ""
    year_from: int | None = None
    year_to: int | None = None
    limit: int = 50
    offset: int = 0
    typing: bool = False  # search-as-you-type: the last word is a prefix


@dataclass(frozen=True)
class CompiledQuery:
    match: str                      # FTS5 MATCH expression; "" lists everything
    terms: tuple[Term, ...] = ()    # positive terms, for highlighting
    notice: str = ""                # shown to the user when the input was reinterpreted
    broad: bool = False             # very short prefix: rank by date rather than by relevance
    # The same query over the Russian and Kazakh translations (db/build/translations.py): every
    # word as its Russian stem in the Russian columns and its Kazakh stem in the Kazakh ones.
    # Empty unless the query has a Cyrillic word: English and transliterated queries reach the
    # translations through the English index and the cross-language expansion.
    translated: str = ""
    translated_titles: str = ""     # the same over the title columns only (the title tier)
    stems: tuple[StemTerm, ...] = ()  # for marking matches in translated text


@dataclass(frozen=True)
class FacetCount:
    value: str
    label: str
    count: int


class SearchHit:
    """One result. Title marks and the snippet are computed when first asked for: a view paints
    only the rows on screen, so most hits of a keystroke never need them."""

    __slots__ = (
        "_matcher",
        "_snippet",
        "_texts",
        "_title_marks",
        "category",
        "category_name",
        "date",
        "fallback",
        "id",
        "lang",
        "status",
        "summary",
        "title",
    )

    def __init__(self, id: str, title: str, date: str, category: str, category_name: str,
                 status: str, summary: str, texts: tuple[str, ...] = (), matcher=None,
                 lang: str = "en", fallback: tuple[str, ...] = ()):
        self.id, self.title, self.date, self.category = id, title, date, category
        # The language of title, summary and snippet, and those of them shown in English instead.
        self.lang, self.fallback = lang, fallback
        self.category_name, self.status, self.summary = category_name, status, summary
        self._texts, self._matcher = texts or (summary,), matcher
        self._snippet: tuple[tuple[str, bool], ...] | None = None
        self._title_marks: tuple[tuple[str, bool], ...] | None = None

    def __repr__(self) -> str:
        return f"SearchHit({self.id!r})"

    @property
    def snippet(self) -> tuple[tuple[str, bool], ...]:
        """(text, is_match) segments of the original text around the best matches."""
        if self._snippet is None:
            self._snippet = snippet(self._texts, self._matcher or Matcher(()))
        return self._snippet

    @property
    def title_marks(self) -> tuple[tuple[str, bool], ...]:
        if self._title_marks is None:
            self._title_marks = mark(self.title, self._matcher or Matcher(()))
        return self._title_marks

    def snippet_text(self) -> str:
        return "".join(text for text, _ in self.snippet)

    def snippet_html(self, open_tag: str = "<mark>", close_tag: str = "</mark>") -> str:
        return segments_html(self.snippet, open_tag, close_tag)

    def title_html(self, open_tag: str = "<b>", close_tag: str = "</b>") -> str:
        return segments_html(self.title_marks or ((self.title, False),), open_tag, close_tag)


def segments_html(segments, open_tag: str, close_tag: str) -> str:
    from html import escape
    return "".join(f"{open_tag}{escape(t)}{close_tag}" if hit else escape(t) for t, hit in segments)


@dataclass(frozen=True)
class SearchResults:
    query: SearchQuery
    total: int
    hits: tuple[SearchHit, ...]
    notice: str = ""
    total_is_lower_bound: bool = False
    facets: dict[str, tuple[FacetCount, ...]] = field(default_factory=dict)
    error: str = ""  # set when the search could not run at all (a damaged index): commands fail with it


# ---------------------------------------------------------------------------------------------
# Query compiler

_TOKEN = re.compile(r'"[^"]*"|\(|\)|[^\s()"]+|"[^"]*$')
_WORD = re.compile(r"\w+", re.UNICODE)
_OPERATORS = {"AND", "OR", "NOT"}
# Beyond these, a query is searched as plain words: nobody types 20 nested parentheses, and the
# parser (one Python frame per level) and FTS5 (at most 256 levels) must never meet such input.
MAX_NESTING = 20
MAX_OPERATORS = 64


class _Unparsable(Exception):
    pass


@dataclass
class _Node:
    kind: str                 # "term", "phrase", "and", "or", "not"
    words: tuple[str, ...] = ()
    raw: tuple[str, ...] = ()  # the words as typed, for stemming (Snowball reads Cyrillic)
    prefix: bool = False
    children: list[_Node] = field(default_factory=list)


class QueryCompiler:
    """Turns user text into a compiled FTS5 query, expanding glossary aliases.

    `aliases` maps a folded alias (one or more words) to the set of folded spellings of the
    same term, e.g. "majilis" -> {"mazhilis", "majilis", "lower house", ...}.
    `cross_language` (models/cross_language.py) maps Russian and Kazakh words, inflected, to the
    English spellings they mean: "выборах" -> {"election", ...}.
    """

    def __init__(self, aliases: dict[str, frozenset[str]] | None = None, cross_language=None):
        self.aliases = aliases or {}
        self.cross_language = cross_language
        self._kazakh = False  # set per compile: the query has a word in a Kazakh Latin alphabet
        self._longest_aliases = max((len(a.split()) for a in self.aliases), default=1)

    @property
    def _longest_alias(self) -> int:
        if self.cross_language is None:
            return self._longest_aliases
        return max(self._longest_aliases, self.cross_language.longest)

    # -- public -------------------------------------------------------------------------------
    def compile(self, text: str, typing: bool = False) -> CompiledQuery:
        text = _clean(text)
        if not text.strip():
            return CompiledQuery("")
        trailing_space = text[-1:].isspace()
        raw_tokens = _TOKEN.findall(text)
        # One word typed in a Kazakh Latin alphabet makes the whole query Kazakh (_split_words).
        self._kazakh = is_kazakh_query(text)
        notice = ""
        try:
            tree = self._parse(raw_tokens)
        except _Unparsable:
            tree = self._plain(text)
            if any(t in _OPERATORS or t.startswith('"') or t in "()" for t in raw_tokens):
                notice = "Search syntax not understood; searched for the words instead."
        if tree is None:
            return CompiledQuery("", notice="Nothing to search for in that text.")
        if typing and not trailing_space:
            _mark_last_prefix(tree)
        terms: list[Term] = []
        match = self._emit(tree, terms)
        broad = any(t.prefix and len(t.text.split()[-1]) <= 2 for t in terms) and len(terms) <= 2
        translated, titles, stems = _translated(tree)
        return CompiledQuery(match, tuple(dict.fromkeys(terms)), notice, broad, translated, titles,
                             tuple(dict.fromkeys(stems)))

    # -- parsing ------------------------------------------------------------------------------
    def _parse(self, tokens: list[str]) -> _Node | None:
        if any(t.startswith('"') and (len(t) == 1 or not t.endswith('"')) for t in tokens):
            raise _Unparsable  # unbalanced quote
        if sum(t in _OPERATORS or t in "()" for t in tokens) > MAX_OPERATORS:
            raise _Unparsable  # FTS5 refuses deep expressions, and the parser recurses per level
        self._tokens, self._pos, self._depth = tokens, 0, 0
        node = self._or()
        if self._pos != len(self._tokens):
            raise _Unparsable
        return node

    def _peek(self) -> str | None:
        return self._tokens[self._pos] if self._pos < len(self._tokens) else None

    def _or(self) -> _Node | None:
        nodes = [self._and()]
        while self._peek() == "OR":
            self._pos += 1
            nodes.append(self._and())
        if any(n is None for n in nodes):
            raise _Unparsable
        return nodes[0] if len(nodes) == 1 else _Node("or", children=nodes)

    def _and(self) -> _Node | None:
        nodes = []
        while True:
            token = self._peek()
            if token is None or token in (")", "OR"):
                break
            if token == "AND":
                if not nodes:
                    raise _Unparsable
                self._pos += 1
                if self._peek() in (None, ")", "OR", "AND", "NOT"):
                    raise _Unparsable
                continue
            node = self._not()
            if node is not None:
                nodes.append(node)
        if not nodes:
            return None
        return nodes[0] if len(nodes) == 1 else _Node("and", children=nodes)

    def _not(self) -> _Node | None:
        left = self._primary()
        while self._peek() == "NOT":
            self._pos += 1
            right = self._primary()
            if left is None or right is None:
                raise _Unparsable
            left = _Node("not", children=[left, right])
        return left

    def _primary(self) -> _Node | None:
        token = self._peek()
        if token is None:
            raise _Unparsable
        if token in _OPERATORS:
            raise _Unparsable
        self._pos += 1
        if token == "(":
            self._depth += 1
            if self._depth > MAX_NESTING:
                raise _Unparsable
            node = self._or()
            if self._peek() != ")" or node is None:
                raise _Unparsable
            self._pos += 1
            self._depth -= 1
            return node
        if token == ")":
            raise _Unparsable
        if token.startswith('"'):
            words = tuple(_fold_words(token[1:-1]))
            pairs = _split_words(token[1:-1], self._kazakh)
            raw = tuple(r for _, r in pairs) if len(pairs) == len(words) else ()
            return _Node("phrase", words=words, raw=raw) if words else None
        if token.startswith("-") and len(token) > 1:
            raise _Unparsable  # "-word" is not FTS5 syntax; searched as words
        prefix = token.endswith("*") and len(token.rstrip("*")) > 0
        pairs = _split_words(token, self._kazakh)
        if not pairs:
            return None
        words, raw = tuple(f for f, _ in pairs), tuple(r for _, r in pairs)
        if len(words) > 1:
            return _Node("phrase", words=words, raw=raw, prefix=prefix)
        return _Node("term", words=words, raw=raw, prefix=prefix)

    def _plain(self, text: str) -> _Node | None:
        pairs = _split_words(text, self._kazakh)[:MAX_TERMS]
        nodes = [_Node("term", words=(f,), raw=(r,)) for f, r in pairs]
        if not nodes:
            return None
        return nodes[0] if len(nodes) == 1 else _Node("and", children=nodes)

    # -- emitting -----------------------------------------------------------------------------
    def _emit(self, node: _Node, terms: list[Term]) -> str:
        if node.kind == "and":
            return self._emit_sequence(node.children, terms)
        if node.kind == "or":
            return "(" + " OR ".join(self._emit(c, terms) for c in node.children) + ")"
        if node.kind == "not":
            left = self._emit(node.children[0], terms)
            right = self._emit(node.children[1], [])
            return f"({left} NOT {right})"
        if node.kind == "phrase":
            terms.append(Term(" ".join(node.words), node.prefix))
            return _quote(" ".join(node.words), node.prefix)
        return self._emit_sequence([node], terms)

    def _emit_sequence(self, nodes: list[_Node], terms: list[Term]) -> str:
        """AND a run of nodes, merging consecutive plain words that spell a glossary alias."""
        parts: list[str] = []
        may_skip = not all(n.kind == "term" and _is_stop(n) for n in nodes)
        i = 0
        while i < len(nodes):
            node = nodes[i]
            if node.kind != "term":
                parts.append(self._emit(node, terms))
                i += 1
                continue
            run_end = i
            while run_end < len(nodes) and nodes[run_end].kind == "term":
                run_end += 1
                if nodes[run_end - 1].prefix:
                    break
            consumed = self._alias_at(nodes, i, run_end, parts, terms, may_skip)
            i += consumed
        return parts[0] if len(parts) == 1 else "(" + " AND ".join(parts) + ")"

    def _alias_at(self, nodes, start, end, parts, terms, may_skip=False) -> int:
        """Emit the longest alias starting at `start` (or the single word); return words used.
        With `may_skip`, a Russian or Kazakh function word that starts no alias is dropped."""
        for size in range(min(self._longest_alias, end - start), 0, -1):
            words = [n.words[0] for n in nodes[start:start + size]]
            phrase = " ".join(words)
            prefix = nodes[start + size - 1].prefix
            expansion = self._expansions(phrase)
            if self.cross_language is not None:
                raw = tuple(n.raw[0] if n.raw else n.words[0] for n in nodes[start:start + size])
                expansion |= self.cross_language.expand(raw, prefix)
            if size == 1 and may_skip and not expansion and not prefix and _is_stop(nodes[start]):
                return 1
            if expansion or size == 1:
                terms.append(Term(phrase, prefix))
                # A Kazakh word typed in a Latin alphabet (its raw word is the Cyrillic reading)
                # is also looked for as the Cyrillic word folds: Mäjilis as mazhilis.
                typed = " ".join(fold(n.raw[0]) if n.raw else n.words[0] for n in nodes[start:start + size])
                also = {typed} - {phrase}
                if not expansion and not also:
                    parts.append(_quote(phrase, prefix))
                elif prefix:  # still typing: the word may grow past the alias
                    terms += [Term(a, True) for a in sorted(also)]
                    extra = " OR ".join(_quote(p, True) for p in (phrase, *sorted(also)))
                    parts.append(self._group(expansion, terms, extra=extra))
                else:
                    parts.append(self._group(expansion | {phrase} | also, terms))
                return size
        return 1

    def _expansions(self, phrase: str) -> frozenset[str]:
        found = self.aliases.get(phrase)
        if found is None and len(phrase) > 3 and phrase.endswith("s"):
            found = self.aliases.get(phrase[:-1]) or self.aliases.get(phrase[:-2] if phrase.endswith("es") else "")
        return found or frozenset()

    def _group(self, spellings: frozenset[str], terms: list[Term], extra: str = "") -> str:
        # A spelling that contains another spelling of the group adds no match to the OR
        # ("national fund of the republic" ⊃ "national fund") but costs a phrase scan.
        ordered = sorted(s for s in spellings
                         if not any(o != s and f" {o} " in f" {s} " for o in spellings))
        for spelling in ordered:
            terms.append(Term(spelling))
        quoted = [_quote(s, False) for s in ordered] + ([extra] if extra else [])
        return "(" + " OR ".join(quoted) + ")"


# Columns of the translation index (db/build/translations.py), per language.
_TRANSLATED_COLUMNS = {"ru": ("title_ru", "text_ru"), "kk": ("title_kk", "text_kk")}
_TRANSLATED_TITLES = {"ru": ("title_ru",), "kk": ("title_kk",)}


def _translated(tree: _Node) -> tuple[str, str, list[StemTerm]]:
    """The query over the translation index, over its titles, and the stems it searches; empty
    when the query has no Cyrillic word or a word too short to stem usefully."""
    if not any(is_cyrillic(w) for w in _raw_words(tree)):
        return "", "", []
    stems: list[StemTerm] = []
    try:
        full = _emit_translated(tree, _TRANSLATED_COLUMNS, stems)
        titles = _emit_translated(tree, _TRANSLATED_TITLES, [])
    except _Unparsable:
        return "", "", []
    return full, titles, stems


def _raw_words(node: _Node) -> list[str]:
    return [*(node.raw or node.words), *(w for c in node.children for w in _raw_words(c))]


def _stems(node: _Node, lang: str) -> list[str]:
    words = node.raw or node.words
    stems = [fold(index_stem(w, lang)) for w in words]
    if node.prefix and len(stems[-1]) < 3:
        # A stem of one or two letters (the word is being typed) would match half the index.
        stems[-1] = fold(words[-1]).casefold()
        if len(stems[-1]) < 3:
            raise _Unparsable
    if node.prefix:
        # A longer prefix has no index of its own length: FTS5 would merge every stem it begins.
        stems[-1] = stems[-1][:LONGEST_INDEXED_PREFIX]
    return stems


def _emit_translated(node: _Node, columns: dict[str, tuple[str, ...]], stems: list[StemTerm]) -> str:
    if node.kind in ("and", "or"):
        children = node.children
        if node.kind == "and" and not all(c.kind == "term" and _is_stop(c) for c in children):
            children = [c for c in children if not (c.kind == "term" and _is_stop(c))]
        parts = [_emit_translated(c, columns, stems) for c in children]
        return parts[0] if len(parts) == 1 else "(" + f" {node.kind.upper()} ".join(parts) + ")"
    if node.kind == "not":
        return (f"({_emit_translated(node.children[0], columns, stems)} NOT "
                f"{_emit_translated(node.children[1], columns, [])})")
    # stem phrase -> the columns it is looked for in
    wanted: dict[str, list[str]] = {}
    for lang, cols in columns.items():
        variants = [_stems(node, lang)]
        raw = node.raw or node.words
        if lang == "kk" and node.kind == "term" and not is_kazakh(raw[0]):
            # A word without a Kazakh letter may be Russian: the Kazakh stripper leaves its Russian
            # endings on (акимов, акиму), so its Russian stem is looked for in the Kazakh text too;
            # otherwise "аким" would find entries that "акимов" does not.
            variants.append(_stems(node, "ru"))
        if lang == "kk" and node.kind == "term" and not node.prefix:
            # Мәжілісі is мәжіліс + і or мәжілі + сі: look for both stems (stemming.kazakh_stems).
            variants += [[fold(s)] for s in kazakh_stems(raw[0])[1:] if len(s) >= 3]
        for words in variants:
            stems += [StemTerm(lang, w, node.prefix and n == len(words) - 1) for n, w in enumerate(words)]
            wanted.setdefault(" ".join(words), [])
            wanted[" ".join(words)] += [c for c in cols if c not in wanted[" ".join(words)]]
    if node.prefix:
        # A prefix that another prefix of the same columns begins adds no match, only a scan.
        wanted = {p: cols for p, cols in wanted.items()
                  if not any(o != p and p.startswith(o) and set(cols) <= set(wanted[o]) for o in wanted)}
    parts = ["{" + " ".join(cols) + "} : " + _quote(phrase, node.prefix) for phrase, cols in wanted.items()]
    return parts[0] if len(parts) == 1 else "(" + " OR ".join(parts) + ")"


def _clean(text: str) -> str:
    text = "".join(ch if ch.isprintable() or ch in " \t" else " " for ch in text)
    return text[:MAX_QUERY_CHARS]


def _fold_words(text: str) -> list[str]:
    return _WORD.findall(fold(text).replace("_", " "))


def _is_stop(node: _Node) -> bool:
    return len(node.raw) == 1 and is_stop_word(node.raw[0])


# A typed word with the apostrophes it may hold: the 2017 Kazakh Latin letters (Ma'jilis, ten').
_TYPED_WORD = re.compile(rf"\w+(?:[{APOSTROPHES}]\w*)*", re.UNICODE)


def is_kazakh_query(text: str) -> bool:
    """True when a word of the text is Kazakh in a Latin alphabet (models/kazakh_latin.py)."""
    return any(is_kazakh_latin(typed) for typed in _TYPED_WORD.findall(unicodedata.normalize("NFC", text)))


def _split_words(text: str, kazakh: bool = False) -> list[tuple[str, str]]:
    """(folded word, word as typed) pairs. A typed word that folds to several ("½" -> "1 2")
    gives each folded piece as its own typed word.

    In a `kazakh` query (is_kazakh_query: one word has a letter only the Kazakh Latin alphabets
    have, like Mäjilis, Ma'jilis, saılaý) every word that reads as Kazakh is kept whole and its
    typed word is its Cyrillic reading, so that stemming, the cross-language table and the Kazakh
    translations treat it as the Cyrillic word: "Senattağy prezidenttık kvota" is searched as
    "Сенаттағы президенттік квота", and "men" in "äielder men jastar" is мен, a function word.
    Its folded form still searches the English text as typed ("o brien" for O'Brien); English
    words (with c, w or x) and numbers stay as they are."""
    pairs = []
    for typed in _TYPED_WORD.findall(unicodedata.normalize("NFC", text).replace("_", " ")):
        cyrillic = to_cyrillic(typed) if kazakh and not typed.isdigit() else None
        if cyrillic:
            pairs.append((" ".join(_fold_words(typed)), cyrillic))
            continue
        for word in _WORD.findall(typed):
            pieces = _fold_words(word)
            pairs += [(piece, word if len(pieces) == 1 else piece) for piece in pieces]
    return pairs


def _quote(text: str, prefix: bool) -> str:
    return '"' + text.replace('"', '""') + '"' + ("*" if prefix else "")


def _mark_last_prefix(node: _Node) -> None:
    """Search-as-you-type: the word being typed stands for every word it begins."""
    while node.kind in ("and", "or"):
        node = node.children[-1]
    if node.kind == "not":
        return
    node.prefix = True
