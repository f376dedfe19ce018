"""`check`: integrity self-test of the database; exit 0 when sound."""

from __future__ import annotations

import sys

from cli.common import open_atlas
from cli.terminal import clean


def register(sub) -> None:
    parser = sub.add_parser("check", help="verify the database", description=(
        "Verify the database: schema, version stamp, search index, and that every citation resolves."))
    parser.set_defaults(run=run)


def run(args) -> int:
    atlas = open_atlas(args)
    problems = atlas.check()
    if problems:
        for problem in problems:
            print(f"problem: {clean(problem)}", file=sys.stderr)  # values from the data: no escapes
        print(f"error: {len(problems)} problem(s) in {atlas.path}", file=sys.stderr)
        return 1
    count = atlas.meta.get("entry_count", "?")
    print(f"ok: {atlas.path} \u2014 {count} entries, data version {atlas.data_version}")
    return 0
