"""Keep the memory of all processes of one grading user under a total (a per-process limit alone would let a
notebook start many processes that each use their full share).

While a kernel runs as a grading user (see :mod:`kynangso.grading.isolation.sandbox`), a thread of the grader adds
up the resident memory of that user's processes a few times a second; over the total, it kills the largest process
the kernel started (never the kernel itself, whose own size its address-space limit already bounds). The
learner's code sees its child process killed, so only the question that asked for it is lost.
"""

from __future__ import annotations

import os
import signal
import threading
from pathlib import Path

PAGE = os.sysconf("SC_PAGE_SIZE") if hasattr(os, "sysconf") else 4096
killed: list[int] = []  # resident bytes of each process killed in this grader process, oldest first (append-only)


def _processes(uid: int) -> dict[int, tuple[int, int]]:
    """pid -> (parent pid, resident bytes) of the processes of ``uid``."""
    found = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if entry.stat().st_uid != uid:
                continue
            parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            resident = int((entry / "statm").read_text().split()[1]) * PAGE
        except (OSError, ValueError, IndexError):
            continue  # gone meanwhile
        found[int(entry.name)] = (parent, resident)
    return found


def check(uid: int, budget: int) -> int:
    """Kill the largest child process of ``uid`` if its processes use more than ``budget``; its size or 0."""
    processes = _processes(uid)
    if sum(resident for _, resident in processes.values()) <= budget:
        return 0
    children = {pid: resident for pid, (parent, resident) in processes.items() if parent in processes}
    if not children:
        return 0
    pid = max(children, key=lambda p: children[p])
    try:
        os.kill(pid, signal.SIGKILL)
    except OSError:
        return 0
    killed.append(children[pid])
    return children[pid]


class MemoryWatch(threading.Thread):
    """Check the processes of ``uid`` every ``interval`` seconds until :meth:`stop`."""

    def __init__(self, uid: int, budget: int, interval: float = 0.2) -> None:
        super().__init__(daemon=True, name=f"kynangso-memory-{uid}")
        self.uid, self.budget, self.interval = uid, budget, interval
        self._stopped = threading.Event()

    def run(self) -> None:
        while not self._stopped.wait(self.interval):
            check(self.uid, self.budget)

    def stop(self) -> None:
        self._stopped.set()


__all__ = ["MemoryWatch", "check", "killed"]
