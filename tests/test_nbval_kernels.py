"""Notebook tests' kernels (nbval) talk over Unix sockets in a folder of their own, so two cannot collide."""

from __future__ import annotations

from pathlib import Path

import pytest
from nbval.kernel import RunningKernel

pytestmark = pytest.mark.slow


def test_each_notebook_kernel_has_sockets_of_its_own(tmp_path: Path) -> None:
    kernels = [RunningKernel("python3", cwd=str(tmp_path)) for _ in range(2)]
    try:
        folders = {Path(k.km.ip).parent for k in kernels}
        assert all(k.km.transport == "ipc" for k in kernels) and len(folders) == 2
        assert all(any(folder.glob("kernel-*")) for folder in folders)  # the kernel's sockets are there
        reply = kernels[0].kc.execute_interactive("x = 6 * 7", timeout=30)
        assert reply["content"]["status"] == "ok"
    finally:
        for kernel in kernels:
            kernel.stop()
