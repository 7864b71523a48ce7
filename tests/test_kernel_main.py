"""Grading kernels start without ipykernel's debugger (debugpy), in and out of the sandbox, and still run code."""

from __future__ import annotations

from pathlib import Path

import pytest
from jupyter_core.utils import run_sync

from kynangso.grading.isolation.kernel import SandboxKernelManager
from kynangso.grading.isolation.kernel_main import MODULE, without_debugger

PROBE = "import sys\nprint(sorted(n for n in ('debugpy', 'pydevd') if sys.modules.get(n)), 6 * 7)"


def test_the_launcher_is_replaced_and_nothing_else() -> None:
    command = ["/usr/bin/python3", "-m", "ipykernel_launcher", "-f", "{connection_file}"]
    assert without_debugger(command) == ["/usr/bin/python3", "-m", MODULE, "-f", "{connection_file}"]
    other = ["/opt/R/bin/R", "--slave", "-e", "IRkernel::main()", "--args", "{connection_file}"]
    assert without_debugger(other) == other


def _printed(mode: str, folder: Path) -> str:
    manager = SandboxKernelManager(kernel_name="python3")
    manager.isolation = mode
    run_sync(manager.start_kernel)(cwd=str(folder))
    client = manager.client()
    client.start_channels()
    try:
        run_sync(client.wait_for_ready)(timeout=60)
        printed: list[str] = []
        reply = run_sync(client.execute_interactive)(
            PROBE, timeout=60, output_hook=lambda m: printed.append(m["content"].get("text", "")))
        assert reply["content"]["status"] == "ok"
        return "".join(printed).strip()
    finally:
        client.stop_channels()
        run_sync(manager.shutdown_kernel)(now=True)


@pytest.mark.parametrize("mode", ["none", "bwrap"])
def test_a_grading_kernel_runs_without_debugpy(mode: str, tmp_path: Path) -> None:
    assert _printed(mode, tmp_path) == "[] 42"
