"""`cite ENTRY_ID... [--format text|ris|bibtex|csl-json]`: citations a reference manager imports.

Qt-free, like the other data commands: the formatting is models/citation.py's, the same the
window's Entry → Copy citation as… uses. Every id is checked before anything is written, so a
typo gives one line on stderr and a non-zero exit, never half a bibliography.
"""

from __future__ import annotations

import sys

from cli.common import open_atlas
from models import paths
from models.citation import FORMATS, cited_work, format_citations


def register(sub) -> None:
    parser = sub.add_parser(
        "cite", help="cite entries as plain text, RIS, BibTeX or CSL-JSON",
        description="Print citations of entries for a reference manager (Zotero, JabRef, EndNote): the "
                    "entry's title, the atlas, its version and data version, the entry id and today's date "
                    "as the date accessed. Several ids give several records.")
    parser.add_argument("entry_ids", nargs="+", metavar="ENTRY_ID")
    parser.add_argument("--format", choices=FORMATS, default="text", dest="fmt",
                        help="text (default), ris, bibtex or csl-json")
    parser.set_defaults(run=run)


def run(args) -> int:
    atlas = open_atlas(args)
    entries = [atlas.entry(entry_id) for entry_id in args.entry_ids]  # unknown id: one line, exit 2
    works = [cited_work(entry, paths.APP_NAME, paths.ORGANISATION, paths.VERSION, atlas.data_version,
                        language=atlas.language) for entry in entries]
    sys.stdout.write(format_citations(works, args.fmt))
    return 0
