"""`print ENTRY_ID... --pdf OUT.pdf [--full] [--notes]`: the printout the window's Print dialog makes."""

from __future__ import annotations

from cli.common import language, open_atlas
from models import paths


def register(sub) -> None:
    parser = sub.add_parser("print", help="print entries (summaries or full) to a PDF",
                            description="Write entries to a PDF file, as the window's Print command does: "
                                        "one after another, each with a 'Cite this entry' block.")
    parser.add_argument("entry_ids", nargs="+", metavar="ENTRY_ID")
    parser.add_argument("--pdf", required=True, metavar="OUT.pdf", help="the PDF file to write")
    parser.add_argument("--full", action="store_true",
                        help="full entries (body, figures, assessments, institutions, sources with addresses) "
                             "instead of summaries")
    parser.add_argument("--notes", action="store_true",
                        help="include your notes from the window's bookmarks")
    parser.set_defaults(run=run)


def run(args) -> int:
    atlas = open_atlas(args)
    for entry_id in args.entry_ids:
        atlas.entry(entry_id)  # an unknown id stops here, before Qt starts, with one clear line
    from PySide6.QtGui import QGuiApplication
    app = QGuiApplication.instance() or QGuiApplication(["reform-atlas", "-platform", "offscreen"])
    # The same names as the window's application, so that --notes finds the window's bookmarks file.
    app.setOrganizationName(paths.ORGANISATION)
    app.setApplicationName(paths.APP_NAME)
    from ui.i18n import translations
    translations.install(language(args))
    from ui.paper.printing import PrintOptions, export_pdf, saved_notes
    options = PrintOptions(full=args.full, notes=args.notes)
    pages = export_pdf(atlas, list(args.entry_ids), args.pdf, options, saved_notes() if args.notes else None)
    del app
    print(f"{args.pdf}: {len(args.entry_ids)} entr{'y' if len(args.entry_ids) == 1 else 'ies'}, "
          f"{pages} page{'s' if pages != 1 else ''}")
    return 0
