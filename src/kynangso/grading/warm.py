"""Grading kernels started ahead: while one submission runs, the kernel of the next one is already starting.

A kernel is started for one known submission: its autograded folder is made empty first (with an empty file in
the notebook's place, so that the sandbox hides the notebook nbgrader writes there later) and bound into the
sandbox as the kernel's working folder, exactly as for a kernel started on the spot. The kernel loads what the
answer cells import while it starts (:mod:`kynangso.grading.isolation.preload`), serves that one
submission (:class:`kynangso.grading.preprocessors.sandboxed_execute.SandboxedExecute` takes it by folder) and is
shut down after it; one that was not taken is shut down by :func:`discard`. A kernel never serves a second
submission.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from jupyter_client.manager import AsyncKernelManager
from jupyter_core.utils import run_sync
from traitlets.config import Config

from kynangso.grading.isolation.kernel import SandboxKernelManager

_ready: dict[Path, AsyncKernelManager] = {}  # submission folder (resolved) → its kernel, started, not yet used


def _key(folder: Path | str) -> Path:
    return Path(folder).resolve()


def start(folder: Path, notebook: str, config: Config, *, user: str = "", kernel_name: str = "python3",
          extra_arguments: list[str] | None = None) -> None:
    """Empty ``folder`` and start the kernel of the submission that will be graded there (does not wait for it)."""
    if folder.exists():
        shutil.rmtree(folder)
    folder.mkdir(parents=True)
    (folder / notebook).touch()  # nbgrader writes the graded notebook into this very file, hidden from the kernel
    manager = SandboxKernelManager(kernel_name=kernel_name, config=config)
    manager.user = user
    env = {**os.environ, "NBGRADER_EXECUTION": "autograde"}  # as nbgrader sets it for the kernels it starts
    try:
        run_sync(manager.start_kernel)(extra_arguments=list(extra_arguments or []), cwd=str(folder), env=env)
    except Exception:  # the submission is then graded with a kernel started in its turn, which
        _stop(manager)  # reports what went wrong for that submission alone
        return
    _ready[_key(folder)] = manager


def waiting(folder: Path | str) -> bool:
    """Whether a kernel started for ``folder`` waits there (nbgrader must then keep the folder, not remake it)."""
    return _key(folder) in _ready


def take(folder: Path | str, kernel_name: str | None = None) -> AsyncKernelManager | None:
    """The kernel started for ``folder``, now owned by the caller (None when there is none or it is no use)."""
    manager = _ready.pop(_key(folder), None)
    if manager is None:
        return None
    if (kernel_name and manager.kernel_name != kernel_name) or not run_sync(manager.is_alive)():
        _stop(manager)
        return None
    return manager


def _stop(manager: AsyncKernelManager) -> None:
    try:
        run_sync(manager.shutdown_kernel)(now=True)
    except Exception:  # not started or already gone: its folders are still given back
        run_sync(manager.cleanup_resources)()


def drop(folder: Path | str) -> None:
    """Shut down the kernel started for ``folder``, if one waits there (a new try starts its own)."""
    manager = _ready.pop(_key(folder), None)
    if manager is not None:
        _stop(manager)


def discard(keep: Path | str | None = None) -> None:
    """Shut down every waiting kernel except the one started for ``keep``."""
    kept = _key(keep) if keep is not None else None
    for folder in [f for f in _ready if f != kept]:
        _stop(_ready.pop(folder))


__all__ = ["discard", "drop", "start", "take", "waiting"]
