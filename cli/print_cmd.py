"""`print ENTRY_ID... --pdf OUT.pdf`: the entry summaries the window's Print dialog prints."""

from __future__ import annotations

from cli.common import language, open_atlas


def register(sub) -> None:
    parser = sub.add_parser("print", help="print entry summaries to a PDF",
                            description="Write the printed summaries of entries to a PDF file, as the "
                                        "window's Print command does.")
    parser.add_argument("entry_ids", nargs="+", metavar="ENTRY_ID")
    parser.add_argument("--pdf", required=True, metavar="OUT.pdf", help="the PDF file to write")
    parser.set_defaults(run=run)


def run(args) -> int:
    atlas = open_atlas(args)
    for entry_id in args.entry_ids:
        atlas.entry(entry_id)  # an unknown id stops here, before Qt starts, with one clear line
    from PySide6.QtGui import QGuiApplication
    app = QGuiApplication.instance() or QGuiApplication(["reform-atlas", "-platform", "offscreen"])
    from ui.i18n import translations
    translations.install(language(args))
    from ui.paper.printing import export_pdf
    pages = export_pdf(atlas, list(args.entry_ids), args.pdf)
    del app
    print(f"{args.pdf}: {len(args.entry_ids)} entr{'y' if len(args.entry_ids) == 1 else 'ies'}, "
          f"{pages} page{'s' if pages != 1 else ''}")
    return 0
