"""Start-up milestones for the benchmarks: silent unless $REFORM_ATLAS_STARTUP_PROBE is set.

bench/package.py and bench/startup.py set the variable, read the `startup-mark NAME SECONDS` lines
from stdout and subtract the moment they spawned the process. SECONDS is time.perf_counter(), the
system-wide monotonic clock on Linux, Windows and macOS, so the two processes' readings compare.
The window prints `first-results-painted` and quits when its result list has painted
(ui/shell/app.py); these marks say where the time before that went.
"""

from __future__ import annotations

import os
import time

STARTUP_PROBE_ENV = "REFORM_ATLAS_STARTUP_PROBE"


def probing() -> bool:
    return bool(os.environ.get(STARTUP_PROBE_ENV))


def mark(name: str) -> None:
    if probing():
        print(f"startup-mark {name} {time.perf_counter():.6f}", flush=True)
