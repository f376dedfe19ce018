"""Command line: the window by default, sub-commands for scripts. Errors are one line on stderr."""

from __future__ import annotations

import argparse
import importlib
import sys

from cli.version import VersionAction
from db.errors import AtlasError
from models import paths
from models.translation import LANGUAGES

# Each module offers register(subparsers); the parser it adds sets `run(args) -> int`.
COMMAND_MODULES = (
    "cli.search_cmd",
    "cli.show_cmd",
    "cli.check_cmd",
    "cli.print_cmd",
    "cli.screenshot_cmd",
    "cli.powers_cmd",
    "cli.indicators_cmd",
)


class OneLineParser(argparse.ArgumentParser):
    """argparse prints usage plus the error; scripts want the error alone, on one line."""

    def error(self, message: str):
        self.exit(2, f"{self.prog}: error: {message} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(prog="reform-atlas", description=f"{paths.APP_NAME}: an offline reference on "
                           "Kazakhstan's reforms since 2019. Without a command, opens the window.")
    parser.add_argument("--db", metavar="PATH", help="use this database file instead of the bundled one")
    parser.add_argument("--lang", choices=LANGUAGES, default="en",
                        help="language of the content shown: en (default), ru or kk; "
                             "fields without a current translation are shown in English")
    parser.add_argument("--version", action=VersionAction)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=OneLineParser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def _window_args(argv: list[str]) -> argparse.Namespace | None:
    """The arguments when they ask for the window alone (nothing, or only --db PATH).

    Start-up time matters most there, so the sub-commands (and the query modules they import)
    are not loaded at all.
    """
    if not argv:
        return argparse.Namespace(db=None, command=None, lang="en")
    if len(argv) == 2 and argv[0] == "--db" and not argv[1].startswith("-"):
        return argparse.Namespace(db=argv[1], command=None, lang="en")
    if len(argv) == 1 and argv[0].startswith("--db=") and len(argv[0]) > 5:
        return argparse.Namespace(db=argv[0][5:], command=None, lang="en")
    return None


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = _window_args(argv)
    if args is None:
        args = build_parser().parse_args(argv)
    try:
        if args.command is None:
            from ui.shell.app import run_gui  # Qt is imported only for the window
            return run_gui(args)
        return args.run(args)
    except AtlasError as exc:
        print(f"error: {exc}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away: stop quietly, and keep Python from complaining
        # again when it flushes stdout at exit.
        import os
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0
