"""Refresh resources/i18n/atlas_ru.ts and atlas_kk.ts from the code, and fill every message from
catalog.py:

    .venv/bin/python packaging/translations/update_ts.py          # write both .ts files
    .venv/bin/python packaging/translations/update_ts.py --check  # exit 1 if they are out of date

pyside6-lupdate collects the strings passed to tr() / QCoreApplication.translate() /
QT_TRANSLATE_NOOP() in ui/; this script then gives each message its reviewed translation. A source
text without a translation, or a translation whose {placeholders} or line breaks differ from the
English, stops it with one line per problem: nothing is left "unfinished". The .qm files are
compiled from the .ts by ui/i18n/translations.py (at start-up from a checkout, and by
packaging/build.py before a build).
"""

from __future__ import annotations

import argparse
import re
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
sys.path.insert(0, str(Path(__file__).resolve().parent))

from catalog import CONTEXT_OVERRIDES, TRANSLATIONS  # noqa: E402

LANGUAGES = {"ru": ("ru_RU", 0), "kk": ("kk_KZ", 1)}  # code -> (Qt language, index in the catalog pairs)
TS_DIR = ROOT / "resources" / "i18n"
PLACEHOLDER = re.compile(r"\{[a-z_]*\}")


def lupdate() -> str:
    here = Path(sys.executable).parent
    for candidate in (here / "pyside6-lupdate", Path("pyside6-lupdate")):
        if candidate.is_file():
            return str(candidate)
    return "pyside6-lupdate"


def ui_sources() -> list[str]:
    return sorted(str(p.relative_to(ROOT)) for p in (ROOT / "ui").rglob("*.py"))


def run_lupdate(target: Path, qt_language: str) -> None:
    """Collect the interface's strings into `target` (a fresh file: no old messages survive)."""
    done = subprocess.run([lupdate(), *ui_sources(), "-no-obsolete", "-locations", "none",
                           "-target-language", qt_language, "-ts", str(target)],
                          cwd=ROOT, capture_output=True, text=True)
    if done.returncode != 0:
        raise SystemExit(f"pyside6-lupdate failed: {(done.stderr or done.stdout).strip()}")


def translation_for(context: str, source: str, index: int) -> str | None:
    pair = CONTEXT_OVERRIDES.get((context, source)) or TRANSLATIONS.get(source)
    return pair[index] if pair else None


def problems_with(source: str, text: str) -> list[str]:
    problems = []
    if sorted(PLACEHOLDER.findall(source)) != sorted(PLACEHOLDER.findall(text)):
        problems.append("placeholders differ")
    if source.count("\n") != text.count("\n"):
        problems.append("line breaks differ")
    if source.count("&") - source.count("&&") > 1 or (("&" in source) != ("&" in text)):
        problems.append("keyboard accelerator (&) missing or doubled")
    if text == source and re.search(r"[A-Za-z]{3}", source) and not re.search(r"[\u0400-\u04ff]", text):
        problems.append("not translated")
    return problems


def fill(path: Path, index: int) -> list[str]:
    """Give every message of the .ts its translation; returns problems (empty when complete)."""
    tree = ET.parse(path)
    problems = []
    for context in tree.getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            source = message.findtext("source") or ""
            translation = message.find("translation")
            text = translation_for(name, source, index)
            if text is None:
                problems.append(f"{path.name}: no translation for [{name}] {source!r}")
                continue
            problems += [f"{path.name}: [{name}] {source!r}: {p}" for p in problems_with(source, text)]
            translation.text = text
            translation.attrib.pop("type", None)
    ET.indent(tree, space="    ")
    body = ET.tostring(tree.getroot(), encoding="unicode")
    path.write_text('<?xml version="1.0" encoding="utf-8"?>\n<!DOCTYPE TS>\n' + body + "\n", encoding="utf-8")
    return problems


def build(folder: Path) -> list[str]:
    problems = []
    for code, (qt_language, index) in LANGUAGES.items():
        target = folder / f"atlas_{code}.ts"
        if target.exists():
            target.unlink()
        run_lupdate(target, qt_language)
        problems += fill(target, index)
    return problems


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--check", action="store_true", help="only say whether the .ts files are up to date")
    args = parser.parse_args(argv)
    with tempfile.TemporaryDirectory() as tmp:
        problems = build(Path(tmp))
        for line in problems:
            print(line, file=sys.stderr)
        if problems:
            return 1
        stale = [f"atlas_{code}.ts" for code in LANGUAGES
                 if not (TS_DIR / f"atlas_{code}.ts").is_file()
                 or (TS_DIR / f"atlas_{code}.ts").read_bytes() != (Path(tmp) / f"atlas_{code}.ts").read_bytes()]
        if args.check:
            for name in stale:
                print(f"{name} is out of date: run python packaging/translations/update_ts.py", file=sys.stderr)
            return 1 if stale else 0
        TS_DIR.mkdir(parents=True, exist_ok=True)
        for code in LANGUAGES:
            (TS_DIR / f"atlas_{code}.ts").write_bytes((Path(tmp) / f"atlas_{code}.ts").read_bytes())
        print(f"wrote {', '.join(f'atlas_{c}.ts' for c in LANGUAGES)} ({'up to date' if not stale else 'updated'})")
    return 0


if __name__ == "__main__":
    sys.exit(main())
