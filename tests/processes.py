"""Which processes a test started are still alive, from Linux's /proc (no psutil).

A process is known by its pid and its start time, so a pid the kernel reused for an
unrelated process is not mistaken for a survivor.
"""

from __future__ import annotations

import time
from pathlib import Path

HAS_PROC = Path("/proc/self/stat").exists()


def descendants(pid: int) -> dict[int, str]:
    """pid -> start time of every live descendant of `pid` (Linux /proc)."""
    found: dict[int, str] = {}
    parents = {pid}
    while parents:
        level = set()
        for entry in Path("/proc").iterdir():
            stat = _stat(entry.name)
            if stat and int(stat[1]) in parents:
                found[int(entry.name)] = stat[19]
                level.add(int(entry.name))
        parents = level
    return found


def _stat(pid: str) -> list[str] | None:
    """Fields of /proc/PID/stat after the command name (state, ppid, ...), None if gone."""
    if not pid.isdigit():
        return None
    try:
        text = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return None
    return text.rpartition(")")[2].split()


def left_over(processes: dict[int, str]) -> list[int]:
    """Those of `processes` still alive (same pid, same start time, not a zombie)."""
    left = []
    for pid, started in processes.items():
        stat = _stat(str(pid))
        if stat and stat[19] == started and stat[0] != "Z":
            left.append(pid)
    return left


def wait_gone(processes: dict[int, str], timeout: float = 10.0) -> list[int]:
    """Wait until none of `processes` is alive; those still alive after `timeout`."""
    deadline = time.monotonic() + timeout
    while (left := left_over(processes)) and time.monotonic() < deadline:
        time.sleep(0.05)
    return left
