"""`check`: integrity self-test of the database; exit 0 when sound.

Stale translations (Russian or Kazakh text made from an older English text) are reported as
warnings: the app shows the English for them, so the database is still sound. `--strict` makes
them fail the check, for a release gate.
"""

from __future__ import annotations

import sys

from cli.common import open_atlas
from cli.terminal import clean

EXAMPLES = 5  # stale fields named; the rest are counted


def register(sub) -> None:
    parser = sub.add_parser("check", help="verify the database", description=(
        "Verify the database: schema, version stamp, search index, and that every citation resolves. "
        "Reports stale translations (shown in English) as warnings."))
    parser.add_argument("--strict", action="store_true", help="fail (exit 1) when a translation is stale")
    parser.set_defaults(run=run)


def run(args) -> int:
    atlas = open_atlas(args)
    problems = atlas.check()
    if problems:
        for problem in problems:
            print(f"problem: {clean(problem)}", file=sys.stderr)  # values from the data: no escapes
        print(f"error: {len(problems)} problem(s) in {atlas.path}", file=sys.stderr)
        return 1
    stale = atlas.stale_translations()
    if stale:
        print(f"warning: {len(stale)} stale translation field(s): the English changed since they were "
              "translated, so the English is shown", file=sys.stderr)
        for lang, kind, record_id, field in stale[:EXAMPLES]:
            print(f"warning:   {lang} {kind}.{record_id}.{field}", file=sys.stderr)
        if len(stale) > EXAMPLES:
            print(f"warning:   ... and {len(stale) - EXAMPLES} more (python -m db.build lists them all)",
                  file=sys.stderr)
        if getattr(args, "strict", False):
            print(f"error: {len(stale)} stale translation(s) in {atlas.path} (--strict)", file=sys.stderr)
            return 1
    count = atlas.meta.get("entry_count", "?")
    print(f"ok: {atlas.path} \u2014 {count} entries, data version {atlas.data_version}")
    return 0
