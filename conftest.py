"""Notebook tests (nbval runs ``course/`` and ``solutions/``): each kernel talks over Unix sockets of its own.

nbval starts its kernels on TCP ports that jupyter_client picks as free and the kernel binds a moment later; with the
tests running in two processes, another kernel can take such a port in between, and the notebook's kernel dies before
it answers (every cell of that notebook then fails). Unix sockets in a folder of the kernel's own cannot collide.
"""

from __future__ import annotations

import shutil
import tempfile
import typing as t

import pytest
from jupyter_client.manager import KernelManager

_FOLDER: list[str] = []


class _OwnSocketsKernelManager(KernelManager):
    def __init__(self, **kwargs: t.Any) -> None:
        folder = tempfile.mkdtemp(prefix="k-", dir=_FOLDER[0] if _FOLDER else None)
        super().__init__(transport="ipc", ip=f"{folder}/kernel", **kwargs)


def pytest_configure(config: pytest.Config) -> None:
    try:
        from nbval import kernel
    except ImportError:
        return
    _FOLDER.append(tempfile.mkdtemp(prefix="nbval-"))
    kernel.KernelManager = _OwnSocketsKernelManager  # type: ignore[misc]


def pytest_unconfigure(config: pytest.Config) -> None:
    for folder in _FOLDER:
        shutil.rmtree(folder, ignore_errors=True)
