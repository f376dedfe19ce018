"""Set-up and run in one step, on a machine with only Python 3.11+.

    python3 dev.py run [ARGS...]    create .venv if needed, install, launch the app (ARGS go to main.py)
    python3 dev.py test [ARGS...]   the same set-up, then the whole test suite (ARGS go to pytest)
    python3 dev.py build            the same set-up plus PyInstaller, then both executables

Dependencies are pinned in requirements*.txt and reinstalled only when those files change.
"""

from __future__ import annotations

import hashlib
import os
import subprocess
import sys
import venv
from pathlib import Path

ROOT = Path(__file__).resolve().parent
VENV = ROOT / ".venv"
BIN = VENV / ("Scripts" if os.name == "nt" else "bin")
PYTHON = BIN / ("python.exe" if os.name == "nt" else "python")
# The test suite freezes the app once (tests/test_packaging.py), so it needs PyInstaller too.
REQUIREMENTS = {"run": "requirements-dev.txt", "test": "requirements-build.txt", "build": "requirements-build.txt"}


def _requirements_digest(name: str) -> str:
    digest = hashlib.sha256()
    for req in sorted(ROOT.glob("requirements*.txt")):
        digest.update(req.read_bytes())
    digest.update(name.encode())
    return digest.hexdigest()


def ensure_environment(task: str) -> None:
    if sys.version_info < (3, 11):  # noqa: UP036 - this script tells users of older Pythons why it stops
        sys.exit(f"Python 3.11 or newer is needed (this is {sys.version.split()[0]}).")
    if not PYTHON.exists():
        print("Creating .venv ...", flush=True)
        venv.EnvBuilder(with_pip=True).create(VENV)
    requirements = REQUIREMENTS[task]
    stamp = VENV / f".installed-{requirements}"
    wanted = _requirements_digest(requirements)
    if stamp.exists() and stamp.read_text() == wanted:
        return
    print(f"Installing {requirements} into .venv ...", flush=True)
    subprocess.run([str(PYTHON), "-m", "pip", "install", "--disable-pip-version-check", "-q",
                    "-r", str(ROOT / requirements)], check=True)
    stamp.write_text(wanted)


def main(argv: list[str]) -> int:
    if not argv or argv[0] not in REQUIREMENTS:
        print(__doc__.strip())
        return 2
    task, rest = argv[0], argv[1:]
    ensure_environment(task)
    env = dict(os.environ)
    if task == "run":
        command = [str(PYTHON), str(ROOT / "main.py"), *rest]
    elif task == "test":
        env.setdefault("QT_QPA_PLATFORM", "offscreen")
        command = [str(PYTHON), "-m", "pytest", *rest]
    else:
        command = [str(PYTHON), str(ROOT / "packaging" / "build.py"), *rest]
    return subprocess.call(command, cwd=ROOT, env=env)


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
