"""`--version`: the program version, and the data version of the database it would open.

Must stay fast and never fail: it opens the database read-only only when one already exists
(never builds it from the sources) and says "data version unknown" on any problem.
"""

from __future__ import annotations

import argparse

from models import paths


def data_version(explicit: str | None = None) -> str | None:
    """The data version stamped in the database commands would read (--db, $REFORM_ATLAS_DB, the
    bundle or its rebuilt copy in the user cache), if readable."""
    from db.location import database_to_read, stamped_data_version

    try:
        candidate = database_to_read(explicit)
    except Exception:  # --version never fails, whatever the folders hold
        return None
    return stamped_data_version(candidate)


def version_text(explicit: str | None = None) -> str:
    found = data_version(explicit)
    return f"{paths.APP_NAME} {paths.VERSION} (data version {found or 'unknown'})"


class VersionAction(argparse.Action):
    """Like argparse's "version" action, but looks up the data version only when asked."""

    def __init__(self, option_strings, dest=argparse.SUPPRESS, default=argparse.SUPPRESS,
                 help="show the program and data versions and exit"):
        super().__init__(option_strings=option_strings, dest=dest, default=default, nargs=0, help=help)

    def __call__(self, parser, namespace, values, option_string=None):
        # argparse reads options in order: `--db PATH --version` names the file, `--version` alone
        # looks at $REFORM_ATLAS_DB and the bundle.
        print(version_text(getattr(namespace, "db", None)))
        parser.exit()
