"""What the command line writes and reads, made safe: control characters from the data never reach
the terminal, a failed write to stdout is an error (the GNU rule), and arguments must be text.

A crafted database could hold ESC sequences that retitle the terminal, clear it or fake output;
`show` printed them as they were. Every line the commands print passes through `clean()`.
"""

from __future__ import annotations

import io
import re

from db.errors import AtlasError

# CSI (ESC [ ... final), OSC (ESC ] ... BEL or ST), other two-character escapes; then any C0 control
# except tab and newline, DEL, and the C1 controls (U+0080-U+009F; U+009B is a one-character CSI).
_ESCAPE_SEQUENCE = re.compile(r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)?|\x1b[ -/]*[0-~]?"
                              r"|\x9b[0-?]*[ -/]*[@-~]|\x9d[^\x07\x1b\x9c]*(?:\x07|\x9c)?")
_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")
_C1 = re.compile(r"[\x7f-\x9f]")


def clean(text: str) -> str:
    """`text` without escape sequences or control characters (tabs and newlines stay)."""
    return _CONTROL.sub("", _ESCAPE_SEQUENCE.sub("", text))


def escape_c1_in_json(text: str) -> str:
    """JSON escapes C0 controls itself but writes DEL and C1 as they are; escape those too, so
    the document means the same and no terminal reads a control in it."""
    return _C1.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


class OutputError(AtlasError):
    """stdout could not be written (disk full, closed device): an error, not a silent success."""


class SafeOutput(io.TextIOBase):
    """Wraps sys.stdout: cleans what is written and turns write failures into OutputError.

    BrokenPipeError passes through unchanged: a reader that went away (`| head`) is not an error.
    """

    def __init__(self, stream):
        super().__init__()
        self._stream = stream

    def _guard(self, action):
        try:
            return action()
        except BrokenPipeError:
            raise
        except OSError as exc:
            raise OutputError(f"cannot write the output: {exc.strerror or exc}") from None

    def write(self, text: str) -> int:
        self._guard(lambda: self._stream.write(clean(text)))
        return len(text)

    def flush(self) -> None:
        self._guard(self._stream.flush)

    def writable(self) -> bool:
        return True

    def isatty(self) -> bool:
        return self._stream.isatty()

    def fileno(self) -> int:
        return self._stream.fileno()

    @property
    def encoding(self) -> str:
        return getattr(self._stream, "encoding", "utf-8")


def is_text(value: str) -> bool:
    """False for a string that carries undecodable bytes (surrogate escapes from argv)."""
    try:
        value.encode("utf-8")
    except UnicodeEncodeError:
        return False
    return True


def shown(value: str) -> str:
    """A printable rendering of a possibly undecodable argument: bad bytes as \\xNN."""
    raw = value.encode("utf-8", "surrogateescape")
    return clean(raw.decode("utf-8", "backslashreplace"))
