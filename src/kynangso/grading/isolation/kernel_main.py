"""A grading kernel's entry point: ``ipykernel_launcher`` without the debugger.

ipykernel loads debugpy in every kernel it starts, for JupyterLab's debugger panel: about 0.17 s of processor time,
close to half of what starting a kernel costs. A grading kernel serves one submission and no one ever opens a
debugger on it, so debugpy is marked as missing here (Python's own mark, a ``None`` entry in ``sys.modules``) and
ipykernel starts without its debugger, exactly as it does where debugpy is not installed. Everything else is
``ipykernel_launcher``. Run as ``python -m kynangso.grading.isolation.kernel_main -f <connection file>``.
"""

from __future__ import annotations

import sys

LAUNCHER = "ipykernel_launcher"
MODULE = "kynangso.grading.isolation.kernel_main"


def without_debugger(command: list[str]) -> list[str]:
    """The kernel command with this module in place of ``-m ipykernel_launcher`` (others are left as they are)."""
    for index in range(len(command) - 1):
        if command[index] == "-m" and command[index + 1] == LAUNCHER:
            return [*command[:index + 1], MODULE, *command[index + 2:]]
    return list(command)


def main() -> None:
    sys.modules["debugpy"] = None  # type: ignore[assignment]
    from ipykernel import kernelapp

    kernelapp.launch_new_instance()


if __name__ == "__main__":
    main()
