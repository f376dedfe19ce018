"""The bibliography: every source with what cites it. Plain data, no Qt, no SQL.

A source is cited from many places: an entry's source list, a figure, an assessment, a power
between institutions, a succession of bodies, an indicator series or one of its points, a
glossary term, an institution. Each place is one `Citation`; where it belongs to an entry
(a figure, an assessment, the entry that introduced a power) `entry_id` names it, so a reader
can go from the source to the text that relies on it.
"""

from __future__ import annotations

from dataclasses import dataclass

from models.entry import Source
from models.text_folding import fold

# In the order a reader looks for them: entries first, then the structured data.
CITATION_KINDS = ("entry", "figure", "assessment", "power", "succession", "indicator", "point",
                  "glossary", "institution")


@dataclass(frozen=True)
class Citation:
    kind: str            # one of CITATION_KINDS
    label: str           # what cites: an entry's title, a figure's label, a power, a term…
    entry_id: str = ""   # the entry to open (the citing entry, or the one a figure or power belongs to)
    target_id: str = ""  # the citing record's own id: indicator, term, institution, power
    detail: str = ""     # context: the entry a figure sits in, the years of indicator points, a power's detail
    disputes: bool = False  # the source is cited against the claim (a power some sources dispute)
    # The line's parts with what they name, so a translation can rebuild it: a power's (holder,
    # relation, target) or a succession's (before, after), each (kind, id, English text), kind
    # "institution" or "relation".
    parts: tuple[tuple[str, str, str], ...] = ()


def power_line(parts: tuple[tuple[str, str, str], ...]) -> str:
    """"President appoints Government": holder, relation and target, as the Sources view lists a power."""
    return " ".join(text for _, _, text in parts)


def succession_line(parts: tuple[tuple[str, str, str], ...]) -> str:
    """"Constitutional Council \u2192 Constitutional Court": the body before and the one after."""
    return " \u2192 ".join(text for _, _, text in parts)


@dataclass(frozen=True)
class BibliographyItem:
    source: Source
    citations: tuple[Citation, ...] = ()

    @property
    def entry_ids(self) -> tuple[str, ...]:
        """Every entry that relies on the source, directly or through a figure, assessment or power."""
        return tuple(dict.fromkeys(c.entry_id for c in self.citations if c.entry_id))

    def of_kind(self, kind: str) -> tuple[Citation, ...]:
        return tuple(c for c in self.citations if c.kind == kind)

    def search_key(self) -> str:
        """Folded text the filter matches: title (and gloss), publisher, id, address, document number."""
        s = self.source
        return fold(" ".join((s.title, s.title_en, s.publisher, s.id, s.url, s.doc_number)))

    def matches(self, text: str) -> bool:
        """Every word of `text` (folded) occurs in the search key: 'rferl 2023' narrows as you type."""
        key = self.search_key()
        return all(word in key for word in fold(text).split())


def glossary_rank(term: dict, text: str) -> int | None:
    """How well a glossary term matches `text`, compared folded (`Мәжіліс`, `Мажилис` and
    `mazhilis` all find the Mazhilis); lower is better, None when it does not match:
    0 a name or spelling is the text, 1 one starts with it, 2 every word is in the names and
    spellings, 3 the definition is needed too. An empty `text` matches everything (0)."""
    query = " ".join(fold(text).split())
    if not query:
        return 0
    names = [" ".join(fold(n).split()) for n in [term.get("term", ""), *term.get("aliases", [])]]
    if query in names:
        return 0
    if any(n.startswith(query) for n in names):
        return 1
    words = query.split()
    joined = " ".join(names)
    if all(word in joined for word in words):
        return 2
    everything = joined + " " + fold(term.get("definition", ""))
    return 3 if all(word in everything for word in words) else None
