"""Errors the data layer raises. Each carries one clear sentence for the user."""

from __future__ import annotations


class AtlasError(Exception):
    """Base class: the message is shown to the user as is."""


class DatabaseMissing(AtlasError):
    pass


class DatabaseCorrupt(AtlasError):
    pass


class DatabaseTooNew(AtlasError):
    """Built by a newer version of the app, with a layout this one does not know."""


class NotFound(AtlasError):
    pass


class BuildFailed(AtlasError):
    def __init__(self, problems: list[str]):
        self.problems = problems
        super().__init__(f"{len(problems)} problem(s) in the source data:\n" + "\n".join(problems))
