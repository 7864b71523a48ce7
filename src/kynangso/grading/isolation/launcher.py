"""Start a grading kernel under limits: ``python -m kynangso.grading.isolation.launcher [--user NAME] LIMITS -- CMD…``.

Runs as the last step before the kernel (inside the sandbox when there is one): sets the resource limits,
switches to the unprivileged grading user when started as root, then replaces itself with ``CMD``.
Limits are set here, after the sandbox has started, so that the process limit counts only the processes of
this kernel (see :mod:`kynangso.grading.isolation.sandbox`).
"""

from __future__ import annotations

import json
import os
import sys


def apply_limits(limits: dict[str, int]) -> None:
    """Set the resource limits of this process (and of what it starts) to ``limits`` (fields of ``Limits``)."""
    import resource

    names = {
        "cpu_seconds": "RLIMIT_CPU",
        "memory_bytes": "RLIMIT_AS",
        "processes": "RLIMIT_NPROC",
        "file_bytes": "RLIMIT_FSIZE",
        "open_files": "RLIMIT_NOFILE",
    }
    for key, name in names.items():
        what = getattr(resource, name, None)  # other keys (notebook_memory_bytes) are watched by the grader
        if what is None or key not in limits:
            continue  # macOS has no RLIMIT_NPROC semantics worth relying on; skip what the system lacks
        _, hard = resource.getrlimit(what)
        value = limits[key] if hard == resource.RLIM_INFINITY else min(limits[key], hard)
        resource.setrlimit(what, (value, value))


def become(user: str) -> None:
    """Switch from root to the unprivileged ``user`` for good."""
    import pwd

    entry = pwd.getpwnam(user)
    os.setgroups([])
    os.setgid(entry.pw_gid)
    os.setuid(entry.pw_uid)
    if os.getuid() == 0 or os.geteuid() == 0:  # pragma: no cover - setuid above raises instead
        raise SystemExit("kynangso: could not leave root")


def main(argv: list[str]) -> None:
    user = ""
    if argv[:1] == ["--user"]:
        user, argv = argv[1], argv[2:]
    limits, separator, command = argv[0], argv[1], argv[2:]
    if separator != "--" or not command:
        raise SystemExit("usage: python -m kynangso.grading.isolation.launcher [--user NAME] LIMITS -- CMD...")
    # A process limit is not enforced for root; it is for the user the kernel becomes.
    apply_limits(json.loads(limits))
    if user and os.geteuid() == 0:
        become(user)
    os.execv(command[0], command)


__all__ = ["apply_limits", "become", "main"]


if __name__ == "__main__":
    main(sys.argv[1:])
