"""Build the bundled database from the reviewed source files.

    python -m db.build [--out resources/reforms.db] [--data db/data]

Validates every reference first and stops with file:line messages; writes nothing then.
The same sources give the same bytes: no timestamps, fixed insert order, VACUUM at the end.
"""

from __future__ import annotations

import importlib
import os
import sys
from pathlib import Path

from db.build.source_files import Problems, read_toml
from db.connection import SCHEMA_VERSION
from db.errors import AtlasError, BuildFailed
from db.freshness import DATA_DIR, content_hash

SHOWN_WARNINGS = 20
# Each section module offers load(data_dir, refs, problems) -> data and write(db, data).
SECTIONS: tuple[str, ...] = ("db.build.indicators", "db.build.powers", "db.build.assessments",
                             "db.build.cross_language", "db.build.translations")


def default_output() -> Path:
    from models.paths import bundled_database_path
    return bundled_database_path()


def build_database(out_path: Path, data_dir: Path = DATA_DIR, warnings: list[str] | None = None) -> dict[str, str]:
    """Validate the sources and write the database atomically. Returns the meta stamp.

    `warnings` collects what does not stop the build (stale translations, file:line).
    """
    import tempfile

    import sqlite_utils  # build time only

    from db.build.entries import load_core, write_core

    problems = Problems()
    core, refs = load_core(data_dir, problems)
    sections = []
    for name in SECTIONS:
        module = importlib.import_module(name)
        sections.append((module, module.load(data_dir, refs, problems)))
        if warnings is not None:
            warnings += getattr(sections[-1][1], "warnings", [])
    if refs.indicators is not None:
        for toml, entry_id, indicator in refs.figure_indicators:
            if indicator not in refs.indicators:
                problems.add(toml.path, toml.line_of(entry_id, "indicator"),
                             f"{entry_id}: unknown indicator '{indicator}'")
    if problems:
        raise BuildFailed(problems.items)

    meta_file = read_toml(data_dir / "meta.toml", problems)
    data_as_of = meta_file.data.get("data_as_of", "") if meta_file else ""
    digest = content_hash(data_dir)
    meta = {
        "schema_version": str(SCHEMA_VERSION),
        "data_as_of": data_as_of,
        "content_hash": digest,
        "data_version": f"{data_as_of}+{digest[:12]}",
        "entry_count": str(len(core.entries)),
    }

    out_path.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp_name = tempfile.mkstemp(prefix=".reforms-", suffix=".db", dir=out_path.parent)
    os.close(handle)
    tmp = Path(tmp_name)
    try:
        tmp.unlink()
        db = sqlite_utils.Database(tmp)
        with db.conn:
            write_core(db, core)
            for module, data in sections:
                module.write(db, data)
            db["meta"].insert_all(({"key": k, "value": v} for k, v in sorted(meta.items())), pk="key")
        db.execute("PRAGMA journal_mode=DELETE")
        db.conn.commit()
        db.execute("VACUUM")
        db.close()
        os.chmod(tmp, 0o644)
        os.replace(tmp, out_path)
    finally:
        if tmp.exists():
            tmp.unlink()
    return meta


def main(argv: list[str] | None = None) -> int:
    import argparse

    parser = argparse.ArgumentParser(prog="python -m db.build", description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=None, help="output file (default: resources/reforms.db)")
    parser.add_argument("--data", type=Path, default=DATA_DIR, help="source data folder")
    parser.add_argument("--all-warnings", action="store_true",
                        help=f"list every warning (by default the first {SHOWN_WARNINGS} and a count)")
    args = parser.parse_args(argv)
    out = args.out or default_output()
    warnings: list[str] = []
    try:
        meta = build_database(out, args.data, warnings)
    except BuildFailed as exc:
        print("\n".join(exc.problems), file=sys.stderr)
        print(f"build failed: {len(exc.problems)} problem(s)", file=sys.stderr)
        return 1
    except (AtlasError, OSError) as exc:
        print(f"build failed: {exc}", file=sys.stderr)
        return 1
    shown = warnings if args.all_warnings else warnings[:SHOWN_WARNINGS]
    for warning in shown:
        print(f"warning: {warning}", file=sys.stderr)
    if len(shown) < len(warnings):
        print(f"warning: ... {len(warnings) - len(shown)} more (--all-warnings lists them)", file=sys.stderr)
    if warnings:
        print(f"{len(warnings)} warning(s): stale translations are shown in English until updated", file=sys.stderr)
    print(f"built {out} ({meta['entry_count']} entries, data version {meta['data_version']})")
    return 0
