"""`search QUERY`: ranked full-text search, as the window's search field does it."""

from __future__ import annotations

from cli.common import json_date, open_atlas, positive_int, print_json, translation_notice, year
from db.errors import AtlasError, DatabaseCorrupt
from models.entry import date_precision, format_date
from models.search import SearchQuery


def register(sub) -> None:
    parser = sub.add_parser("search", help="search the entries", description=(
        "Full-text search. Phrases in quotes, OR, NOT, AND, parentheses and prefix* are honoured; "
        "anything else is searched as plain words. An empty QUERY lists entries newest first."))
    parser.add_argument("query", metavar="QUERY")
    parser.add_argument("--category", metavar="C", default="", help="category id (see `search '' --json`)")
    parser.add_argument("--package", metavar="P", default="", help="reform package id")
    parser.add_argument("--institution", metavar="I", default="", help="institution id")
    parser.add_argument("--from", dest="year_from", metavar="YEAR", type=year)
    parser.add_argument("--to", dest="year_to", metavar="YEAR", type=year)
    parser.add_argument("--limit", type=positive_int, default=20, metavar="N")
    parser.add_argument("--json", action="store_true", help="machine-readable output")
    parser.set_defaults(run=run)


def _require_known(option: str, value: str, known: list[str]) -> None:
    """An unknown filter value would answer "0 entries"; say it is unknown and list the valid ones."""
    if value and value not in known:
        raise AtlasError(f"unknown {option} '{value}' (one of: {', '.join(sorted(known))})")


def run(args) -> int:
    if args.year_from and args.year_to and args.year_from > args.year_to:
        raise AtlasError(f"--from {args.year_from} is after --to {args.year_to}")
    atlas = open_atlas(args)
    _require_known("category", args.category, [cid for cid, _ in atlas.categories()])
    _require_known("package", args.package, [pid for pid, _, _ in atlas.packages()])
    _require_known("institution", args.institution, [i["id"] for i in atlas.institutions()])
    query = SearchQuery(text=args.query, category=args.category, package=args.package,
                        institution=args.institution, year_from=args.year_from,
                        year_to=args.year_to, limit=args.limit)
    results = atlas.search(query)
    if results.error:
        raise DatabaseCorrupt(results.error)
    if args.json:
        print_json({
            "query": args.query,
            "total": results.total,
            "total_is_lower_bound": results.total_is_lower_bound,
            "notice": results.notice,
            "data_version": atlas.data_version,
            "lang": atlas.language,
            "results": [{"id": h.id, "title": h.title, "date": json_date(h.date),
                         "date_precision": date_precision(h.date), "category": h.category,
                         "status": h.status, "summary": h.summary, "snippet": h.snippet_html(),
                         "lang": h.lang, "fallback": list(h.fallback)}
                        for h in results.hits],
        })
        return 0
    if results.notice:
        print(f"note: {results.notice}")
    if translation_notice(atlas.language):
        print(f"[{translation_notice(atlas.language)}]")
    more = "+" if results.total_is_lower_bound else ""
    print(f"{results.total}{more} entr{'y' if results.total == 1 else 'ies'} for \u201c{args.query}\u201d")
    for hit in results.hits:
        print(f"\n{hit.title}  [{hit.id}]")
        print(f"  {format_date(hit.date)} \u00b7 {hit.category_name}")
        print("  " + "".join(f"*{t}*" if m else t for t, m in hit.snippet))
    return 0
