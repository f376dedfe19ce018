"""`screenshot OUT.png`: the real window rendered offscreen, in a chosen state, size and theme."""

from __future__ import annotations

import argparse
import re

from cli.common import language, open_atlas
from db.errors import AtlasError

VIEW_NAMES = ("search", "entry", "timeline", "powers", "indicators", "bookmarks", "glossary", "sources")


def window_size(text: str) -> tuple[int, int]:
    match = re.fullmatch(r"(\d{3,4})x(\d{3,4})", text)
    if not match or not (640 <= int(match[1]) <= 3840 and 480 <= int(match[2]) <= 2160):
        raise argparse.ArgumentTypeError(f"'{text}' is not a window size like 1280x800 (640x480 to 3840x2160)")
    return int(match[1]), int(match[2])


def font_scale(text: str) -> float:
    try:
        value = float(text)
    except ValueError:
        value = 0.0
    if not 0.5 <= value <= 3.0:
        raise argparse.ArgumentTypeError(f"'{text}' is not a font scale from 0.5 to 3 (1.5 = +50%)")
    return value


def register(sub) -> None:
    parser = sub.add_parser("screenshot", help="render the window offscreen into a PNG",
                            description="Render the real window offscreen into a PNG file.")
    parser.add_argument("out", metavar="OUT.png")
    parser.add_argument("--view", choices=VIEW_NAMES, default="search",
                        help="which view to show (entry: search with the entry open)")
    parser.add_argument("--query", default="", help="text typed into the search field")
    parser.add_argument("--entry", default="", metavar="ID", help="open this entry in the reading pane")
    parser.add_argument("--size", type=window_size, default=(1280, 800), metavar="WxH", help="window size")
    parser.add_argument("--theme", choices=("light", "dark"), default="light")
    parser.add_argument("--at", metavar="DATE", default="", help="powers view: the date shown (YYYY-MM-DD)")
    parser.add_argument("--compare", metavar="DATE|ID", default="",
                        help="powers view: compare with this date (earlier or later); indicators view: the "
                             "series compared with the one shown, or none")
    parser.add_argument("--select", metavar="ID", default="", help="powers view: select this institution")
    parser.add_argument("--series", default="", metavar="ID",
                        help="indicators view: the series to chart (see `indicators`)")
    parser.add_argument("--font-scale", type=font_scale, default=1.0, metavar="F",
                        help="system font size times F (1.5 = a +50%% font, as a low-vision user sets it)")
    parser.set_defaults(run=run)


def run(args) -> int:
    atlas = open_atlas(args)
    if args.entry:
        atlas.entry(args.entry)  # an unknown id stops here with one clear line, before Qt starts
    powers = {}
    if args.view == "powers" and (args.at or args.compare or args.select):
        from models.power_balance import parse_date
        try:
            powers = {"at": parse_date(args.at) if args.at else "",
                      "compare": parse_date(args.compare) if args.compare else "", "select": args.select}
        except ValueError as exc:
            raise AtlasError(f"screenshot: {exc}") from None
    if args.series:
        atlas.indicator(args.series)  # likewise an unknown series
    compare_series = args.compare if args.view == "indicators" else ""
    from ui.shell.screenshot import render  # Qt only when the command runs
    out = render(atlas, args.out, view=args.view, query=args.query, entry_id=args.entry, size=args.size,
                 theme=args.theme, lang=language(args), powers=powers, series=args.series, compare=compare_series,
                 font_scale=args.font_scale)
    print(out)
    return 0
