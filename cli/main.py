"""Command line: the window by default, sub-commands for scripts. Errors are one line on stderr."""

from __future__ import annotations

import argparse
import contextlib
import importlib
import io
import os
import sqlite3
import sys

from cli.terminal import OutputError, SafeOutput, clean, is_text, shown
from cli.version import VersionAction
from db.errors import AtlasError
from models import paths, startup_probe

# The interface and content languages (ui/i18n/languages.py holds the same list for the window).
LANGUAGES = ("en", "ru", "kk")

DEBUG_ENV = "REFORM_ATLAS_DEBUG"  # set to see the traceback of an unexpected error

# Each module offers register(subparsers); the parser it adds sets `run(args) -> int`.
COMMAND_MODULES = (
    "cli.search_cmd",
    "cli.show_cmd",
    "cli.check_cmd",
    "cli.print_cmd",
    "cli.cite_cmd",
    "cli.screenshot_cmd",
    "cli.powers_cmd",
    "cli.indicators_cmd",
)


class OneLineParser(argparse.ArgumentParser):
    """argparse prints usage plus the error; scripts want the error alone, on one line."""

    def error(self, message: str):
        self.exit(2, f"{self.prog}: error: {clean(message)} (see --help)\n")


def build_parser() -> argparse.ArgumentParser:
    parser = OneLineParser(prog="reform-atlas", description=f"{paths.APP_NAME}: an offline reference on "
                           "Kazakhstan's reforms since 2019. Without a command, opens the window.")
    parser.add_argument("--db", metavar="PATH", help="use this database file instead of the bundled one")
    parser.add_argument("--lang", type=language_code, metavar="en|ru|kk", default=None,
                        help="language of the output, the window and printouts (default: English for "
                             "commands; for the window, the last choice or the system's language)")
    parser.add_argument("--version", action=VersionAction)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND", parser_class=OneLineParser)
    for name in COMMAND_MODULES:
        importlib.import_module(name).register(sub)
    return parser


def language_code(text: str) -> str:
    """argparse type for --lang: en, ru or kk (case and a region suffix such as ru_RU ignored)."""
    code = text.strip().replace("-", "_").split("_")[0].lower()
    if code not in LANGUAGES:
        raise argparse.ArgumentTypeError(f"'{text}' is not a language of the atlas (choose en, ru or kk)")
    return code


def _window_args(argv: list[str]) -> argparse.Namespace | None:
    """The arguments when they ask for the window alone (nothing, or only --db PATH and --lang L).

    Start-up time matters most there, so the sub-commands (and the query modules they import)
    are not loaded at all. Anything else (or a bad value) goes to the full parser.
    """
    values: dict[str, str] = {}
    rest = list(argv)
    while rest:
        option = rest.pop(0)
        name, eq, value = option.partition("=")
        if name not in ("--db", "--lang") or name in values:
            return None
        if not eq:
            if not rest or rest[0].startswith("-"):
                return None
            value = rest.pop(0)
        if not value:
            return None
        values[name] = value
    lang = values.get("--lang")
    if lang is not None:
        try:
            lang = language_code(lang)
        except argparse.ArgumentTypeError:
            return None
    return argparse.Namespace(db=values.get("--db"), lang=lang, command=None)


# Options whose values are file names: any bytes are valid there, so they are not checked as text.
PATH_ARGUMENTS = ("db", "pdf", "out")
POSITIONAL = ("query", "entry_id", "entry_ids", "indicator_id")


def _check_text(args: argparse.Namespace) -> None:
    """Arguments that are not valid UTF-8 (the shell passed raw bytes) would fail deep inside a
    query or a print; refuse them here, naming the argument."""
    for name, value in vars(args).items():
        if name in PATH_ARGUMENTS:
            continue
        for item in value if isinstance(value, (list, tuple)) else (value,):
            if isinstance(item, str) and not is_text(item):
                label = f"the {name.replace('_', ' ')}" if name in POSITIONAL else f"--{name.replace('_', '-')}"
                raise AtlasError(f"{label} is not valid UTF-8 text: {shown(item)}")


def _discard_stdout(stream) -> None:
    """After a failed or broken stdout, point it at /dev/null so that Python's own flush at exit
    has nowhere to fail again (the Python docs' recipe for SIGPIPE)."""
    with contextlib.suppress(OSError, ValueError, AttributeError, io.UnsupportedOperation):
        os.dup2(os.open(os.devnull, os.O_WRONLY), stream.fileno())


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    args = _window_args(argv)
    if args is not None:
        try:
            startup_probe.mark("window-code")  # Python and PySide6 are loaded; the window's modules are next
            from ui.shell.app import run_gui  # Qt is imported only for the window
            return run_gui(args)
        except AtlasError as exc:
            print(f"error: {exc}", file=sys.stderr)
            return 2
        except KeyboardInterrupt:
            return 130
    original = sys.stdout
    sys.stdout = SafeOutput(original)
    try:
        try:
            code = _command(argv)
        except SystemExit:  # argparse: --help, --version, a usage error
            sys.stdout.flush()
            raise
        sys.stdout.flush()
        return code
    except OutputError as exc:
        print(f"error: {exc}", file=sys.stderr)
        _discard_stdout(original)
        return 1
    except BrokenPipeError:
        # The reader (e.g. `| head`) went away: stop quietly.
        _discard_stdout(original)
        return 0
    finally:
        sys.stdout = original


def _command(argv: list[str]) -> int:
    args = build_parser().parse_args(argv)
    try:
        _check_text(args)
        if args.command is None:
            from ui.shell.app import run_gui  # Qt is imported only for the window
            return run_gui(args)
        return args.run(args)
    except OutputError:
        raise
    except AtlasError as exc:
        print(f"error: {clean(str(exc))}", file=sys.stderr)
        return 2
    except KeyboardInterrupt:
        return 130
    except sqlite3.DatabaseError as exc:
        print(f"error: the database cannot be read ({clean(str(exc))}); rebuild it with "
              "`python -m db.build` or reinstall the app", file=sys.stderr)
        return 2
    except BrokenPipeError:
        raise
    except Exception as exc:  # the last resort: one line, never a traceback
        if os.environ.get(DEBUG_ENV):
            raise
        print(f"error: unexpected {type(exc).__name__}: {clean(str(exc))} (set {DEBUG_ENV}=1 to see where; "
              "please report it)", file=sys.stderr)
        return 70
