"""Citations of atlas entries: plain text, RIS, BibTeX and CSL-JSON. No Qt.

The cited work is the atlas entry itself, read in one release of the app and one version of the
data: title, "Kazakhstan Reform Atlas", app version and data version, entry id, the date the data
was assembled (issued) and the day it was read (accessed). The data-version stamp matters:
entries are corrected between releases, and a reader who follows the citation must be able to
tell which text was quoted. Entries have no web address (the atlas works offline), so the
formats carry no URL unless one is given.

The three exchange formats are the ones reference managers (Zotero, JabRef, EndNote) import:
the entry is an encyclopedia article (RIS `ENCYC`, CSL `entry-encyclopedia`) and, in BibTeX,
an `@misc` that both BibTeX and biblatex read.
"""

from __future__ import annotations

import datetime as dt
import json
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass

from models.entry import Entry, format_date, is_possible_date
from models.paths import ORGANISATION, VERSION

FORMATS = ("text", "ris", "bibtex", "csl-json")

# The one-line citation; the interface passes a translated copy of this template (same fields).
PLAIN_TEMPLATE = ("\u201c{title}\u201d. In {atlas}, version {version}, data version {data_version}, "
                  "entry \u201c{entry_id}\u201d. Accessed {accessed}.")


@dataclass(frozen=True)
class CitedWork:
    entry_id: str
    title: str
    entry_date: str          # the date of the event the entry describes (ISO, any precision)
    atlas: str               # "Kazakhstan Reform Atlas"
    publisher: str           # who makes the atlas
    version: str             # the app's release
    data_version: str        # "2026-11-27+e1c49b595ae8"
    accessed: dt.date        # the day it was read, printed or copied
    language: str = "en"
    url: str = ""

    @property
    def issued(self) -> dt.date | None:
        """When this version of the data was assembled: the date the data version starts with."""
        match = re.match(r"(\d{4})-(\d{2})-(\d{2})", self.data_version)
        if not match:
            return None
        try:
            return dt.date(*(int(part) for part in match.groups()))
        except ValueError:
            return None


def cited_work(entry: Entry, atlas: str, publisher: str, version: str, data_version: str,
               accessed: dt.date | None = None, language: str = "en") -> CitedWork:
    return CitedWork(entry.id, entry.title, entry.date, atlas, publisher, version, data_version,
                     accessed or dt.date.today(), language)


# -- plain text -------------------------------------------------------------------------------

def plain_citation(work: CitedWork, template: str = PLAIN_TEMPLATE,
                   date_text: Callable[[str], str] = format_date) -> str:
    """One line: title, atlas, versions, entry id, day accessed. `template` and `date_text` let the
    interface write it in its language (a translated template, the language's date format)."""
    accessed = date_text(work.accessed.isoformat())
    if accessed.endswith(".") and "{accessed}." in template:
        accessed = accessed[:-1]  # "29 ноября 2026 г." ends the sentence: one full stop, not two
    return template.format(title=work.title, atlas=work.atlas, version=work.version,
                           data_version=work.data_version, entry_id=work.entry_id, accessed=accessed)


def entry_citation(entry: Entry, app_name: str, data_version: str, version: str = "",
                   accessed: dt.date | None = None) -> str:
    """The plain citation followed by the entry's own sources: what the clipboard gets."""
    work = cited_work(entry, app_name, ORGANISATION, version or VERSION, data_version, accessed)
    lines = [plain_citation(work)]
    if entry.sources:
        lines.append("Sources:")
        lines += [f"{n}. {source.citation()}" for n, source in enumerate(entry.sources, 1)]
    return "\n".join(lines)


# -- RIS --------------------------------------------------------------------------------------

def _ris_date(day: dt.date) -> str:
    return f"{day.year:04d}/{day.month:02d}/{day.day:02d}/"


def _one_line(text: str) -> str:
    """RIS and BibTeX values are single lines; data text may hold newlines."""
    return " ".join(text.split())


def ris(works: Iterable[CitedWork]) -> str:
    """RIS records (`TAG  - value`, one tag a line, each record from TY to ER)."""
    lines: list[str] = []
    for work in works:
        tags = [("TY", "ENCYC"), ("TI", work.title), ("T2", work.atlas), ("PB", work.publisher),
                ("ET", f"{work.version}, data version {work.data_version}"),
                ("AN", work.entry_id)]
        if work.issued:
            tags += [("PY", str(work.issued.year)), ("DA", _ris_date(work.issued))]
        tags += [("Y2", _ris_date(work.accessed)), ("LA", work.language)]
        if work.url:
            tags.append(("UR", work.url))
        # "about 5 June 2022"; an entry no source dates reads "date unknown", not "about date unknown"
        when = f"about {format_date(work.entry_date)}" if is_possible_date(work.entry_date) else format_date("")
        tags.append(("N1", f"Atlas entry {work.entry_id}, {when}; data version {work.data_version}."))
        lines += [f"{tag}  - {_one_line(value)}" for tag, value in tags]
        lines += ["ER  - ", ""]
    return "\n".join(lines)


# -- BibTeX -----------------------------------------------------------------------------------

_BIBTEX_SPECIAL = {"\\": r"\textbackslash{}", "{": r"\{", "}": r"\}", "&": r"\&", "%": r"\%", "$": r"\$",
                   "#": r"\#", "_": r"\_", "~": r"\textasciitilde{}", "^": r"\textasciicircum{}"}
_MONTHS = ("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec")


def bibtex_escape(text: str) -> str:
    """Text as a BibTeX value: LaTeX's special characters escaped, so braces always balance.
    Letters outside ASCII (Cyrillic, Kazakh) stay as they are: the file is UTF-8."""
    return "".join(_BIBTEX_SPECIAL.get(ch, ch) for ch in _one_line(text))


def bibtex_key(entry_id: str, taken: set[str]) -> str:
    """A key BibTeX accepts (letters, digits, - _ :), unique among `taken` (which it joins)."""
    base = "atlas:" + (re.sub(r"[^A-Za-z0-9_:-]+", "-", entry_id).strip("-") or "entry")
    key, n = base, 1
    while key in taken:
        n += 1
        key = f"{base}-{n}"
    taken.add(key)
    return key


def bibtex(works: Iterable[CitedWork]) -> str:
    """@misc records with the fields BibTeX and biblatex both know (biblatex also reads
    `urldate` and `version`); the title in double braces keeps its capitals."""
    records, taken = [], set()
    for work in works:
        fields = [("title", "{" + bibtex_escape(work.title) + "}"),
                  ("howpublished", bibtex_escape(f"{work.atlas}, version {work.version}, "
                                                 f"data version {work.data_version}")),
                  ("organization", bibtex_escape(work.publisher)),
                  ("version", bibtex_escape(f"{work.version}, data version {work.data_version}"))]
        if work.issued:
            fields += [("year", str(work.issued.year)), ("month", _MONTHS[work.issued.month - 1]),
                       ("date", work.issued.isoformat())]
        if work.url:
            fields.append(("url", bibtex_escape(work.url)))
        fields += [("urldate", work.accessed.isoformat()), ("language", bibtex_escape(work.language)),
                   ("note", bibtex_escape(f"Atlas entry {work.entry_id}. Accessed "
                                          f"{format_date(work.accessed.isoformat())}"))]
        body = ",\n".join(f"  {name} = {value}" if name == "month" else f"  {name} = {{{value}}}"
                          for name, value in fields)
        records.append(f"@misc{{{bibtex_key(work.entry_id, taken)},\n{body}\n}}\n")
    return "\n".join(records)


# -- CSL-JSON ---------------------------------------------------------------------------------

def _date_parts(day: dt.date) -> dict:
    return {"date-parts": [[day.year, day.month, day.day]]}


def csl_items(works: Iterable[CitedWork]) -> list[dict]:
    """CSL-JSON items (the citeproc schema): one `entry-encyclopedia` per work, unique ids."""
    items, taken = [], set()
    for work in works:
        item = {"id": bibtex_key(work.entry_id, taken), "type": "entry-encyclopedia", "title": work.title,
                "container-title": work.atlas, "publisher": work.publisher,
                "version": f"{work.version}, data version {work.data_version}",
                "language": work.language, "accessed": _date_parts(work.accessed),
                "note": f"Atlas entry {work.entry_id}"}
        if work.issued:
            item["issued"] = _date_parts(work.issued)
        if work.url:
            item["URL"] = work.url
        items.append(item)
    return items


def csl_json(works: Iterable[CitedWork]) -> str:
    return json.dumps(csl_items(works), ensure_ascii=False, indent=2) + "\n"


def format_citations(works: list[CitedWork], fmt: str) -> str:
    """All the works in one of FORMATS; several works give several records."""
    if fmt == "text":
        return "".join(plain_citation(w) + "\n" for w in works)
    if fmt == "ris":
        return ris(works)
    if fmt == "bibtex":
        return bibtex(works)
    if fmt == "csl-json":
        return csl_json(works)
    raise ValueError(f"unknown citation format '{fmt}' (choose {', '.join(FORMATS)})")
