"""Read the reviewed source files under db/data/ and point at file:line when something is wrong.

tomllib gives no line numbers, so a problem is located by searching the file's text for the
record's `id = "…"` line and then for the key inside that record.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path


class Problems:
    """Collects file:line problems so one build run reports all of them."""

    def __init__(self) -> None:
        self.items: list[str] = []

    def add(self, path: Path, line: int, message: str) -> None:
        self.items.append(f"{display_path(path)}:{line}: {message}")

    def __bool__(self) -> bool:
        return bool(self.items)


def display_path(path: Path) -> str:
    try:
        return str(path.relative_to(Path.cwd()))
    except ValueError:
        return str(path)


@dataclass
class TomlFile:
    path: Path
    data: dict
    lines: list[str] = field(default_factory=list)

    def line_of(self, record_id: str, key: str | None = None, id_key: str = "id") -> int:
        """The line of `id = "record_id"`, or of `key` within that record; 1 when not found."""
        start = 0
        pattern = re.compile(rf'^\s*{re.escape(id_key)}\s*=\s*"{re.escape(record_id)}"')
        for number, text in enumerate(self.lines):
            if pattern.match(text):
                start = number
                break
        if key is None:
            return start + 1
        key_pattern = re.compile(rf"^\s*{re.escape(key)}\s*=")
        next_record = re.compile(rf"^\s*{re.escape(id_key)}\s*=")
        for number in range(start, len(self.lines)):
            if number > start and next_record.match(self.lines[number]):
                break
            if key_pattern.match(self.lines[number]):
                return number + 1
        return start + 1


def read_toml(path: Path, problems: Problems) -> TomlFile | None:
    import tomllib

    try:
        text = path.read_text(encoding="utf-8")
    except OSError as exc:
        problems.add(path, 1, f"cannot read: {exc.strerror or exc}")
        return None
    except UnicodeDecodeError:
        problems.add(path, 1, "not valid UTF-8")
        return None
    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+)", str(exc))
        problems.add(path, int(match.group(1)) if match else 1, f"TOML syntax error: {exc}")
        return None
    return TomlFile(path, data, text.splitlines())


def read_csv(path: Path, problems: Problems) -> list[tuple[int, dict[str, str]]]:
    """Rows of a CSV file with their line numbers (header is line 1)."""
    import csv

    try:
        with path.open(encoding="utf-8", newline="") as handle:
            reader = csv.DictReader(handle)
            return [(reader.line_num, row) for row in reader]
    except (OSError, UnicodeDecodeError, csv.Error) as exc:
        problems.add(path, 1, f"cannot read CSV: {exc}")
        return []
