"""A kernel manager that starts each grading kernel isolated (see :mod:`kynangso.grading.isolation.sandbox`).

The kernel talks to the grader over Unix sockets in a private folder (ZeroMQ ``ipc`` transport), which
works across the sandbox's empty network namespace; it also spares parallel kernels from racing for TCP
ports. When grading runs as root, the folder and the learner's autograded folder are handed to the
unprivileged grading user for the life of the kernel, then given back.
"""

from __future__ import annotations

import os
import shutil
import tempfile
import typing as t
from pathlib import Path

from traitlets import Dict, List, Unicode

from kynangso.grading.isolation.kernel_main import without_debugger
from kynangso.grading.isolation.memory_watch import MemoryWatch
from kynangso.grading.isolation.preload import exec_line
from kynangso.grading.isolation.sandbox import Limits, sandbox_command
from kynangso.grading.steady_client import SteadyKernelManager


def _chown_tree(path: Path, uid: int, gid: int) -> None:
    os.chown(path, uid, gid, follow_symlinks=False)
    for folder, dirs, files in os.walk(path):
        for name in dirs + files:
            os.chown(os.path.join(folder, name), uid, gid, follow_symlinks=False)


_EXEC_LINES = "--IPKernelApp.exec_lines=import kynangso.learner.selfcheck; __import__('sys').path.append('')"
# No browser is on the other end of a grading kernel: widgets get the comm package's own no-op channel, so building
# one sends no messages (its state, each child's) for the grader to read, decode and throw away. What a cell
# displays and what the widgets hold are the same as with a browser.
_NO_FRONTEND = "--IPKernelApp.exec_lines=__import__('comm').create_comm = __import__('comm').DummyComm"


class SandboxKernelManager(SteadyKernelManager):
    """Starts the kernel through bubblewrap and/or the limits launcher, as ``isolation`` says."""

    isolation = Unicode("none", help="'bwrap' (full sandbox), 'limits' (resource limits only) or 'none'.").tag(
        config=True)
    user = Unicode("", help="Unprivileged user the kernel runs as when grading runs as root.").tag(config=True)
    hidden = List(Unicode(), help="Folders the kernel must not see (course folder, gradebook folder).").tag(
        config=True)
    limits = Dict(help="Resource limits (fields of isolation.sandbox.Limits); defaults when empty.").tag(
        config=True)
    preload = List(Unicode(), help="What the notebook imports ('module' or 'module:name'), loaded while the kernel "
                   "starts, before any learner code (see isolation.preload).").tag(config=True)

    _run_dir: Path | None = None
    _cwd: Path | None = None
    _watch: MemoryWatch | None = None

    def _preload(self) -> list[str]:
        return [exec_line(self.preload)] if self.preload else []

    async def _async_pre_start_kernel(self, **kw: t.Any) -> tuple[list[str], dict[str, t.Any]]:
        # A file the learner's code writes into the working folder must not stand in for a module a later test
        # cell imports: the folder goes last on the kernel's import path (Python's "safe path", then appended),
        # so the learner's own helper files still import and the library's modules win. The checks test cells
        # use are loaded before any learner code.
        kw["env"] = {**(kw.get("env") or os.environ), "PYTHONSAFEPATH": "1"}
        if self.isolation == "none":
            kernel, kw = await super()._async_pre_start_kernel(**kw)
            return [*without_debugger(kernel), _EXEC_LINES, _NO_FRONTEND, *self._preload()], kw
        self._run_dir = Path(tempfile.mkdtemp(prefix="kynangso-kernel-"))
        self._cwd = Path(kw.get("cwd") or os.getcwd()).resolve()
        self.connection_file = str(self._run_dir / "kernel.json")
        if self.isolation == "bwrap":
            self.transport = "ipc"
            self.ip = str(self._run_dir / "kernel")
        kernel, kw = await super()._async_pre_start_kernel(**kw)
        kernel = [*without_debugger(kernel), _EXEC_LINES, _NO_FRONTEND, *self._preload()]
        (self._run_dir / "home").mkdir()
        if self.user and os.geteuid() == 0:
            import pwd

            entry = pwd.getpwnam(self.user)
            _chown_tree(self._run_dir, entry.pw_uid, entry.pw_gid)
            _chown_tree(self._cwd, entry.pw_uid, entry.pw_gid)
            self._watch = MemoryWatch(entry.pw_uid, Limits(**self.limits).notebook_memory_bytes)
            self._watch.start()
        # What the kernel finds in place of the notebook being graded: a file nobody may read.
        placeholder = self._run_dir / "so-tay-dang-cham"
        placeholder.write_text("", encoding="utf-8")
        placeholder.chmod(0)
        command = sandbox_command(kernel, mode=self.isolation, cwd=self._cwd, run_dir=self._run_dir,
                                  hidden=list(self.hidden), user=self.user, limits=Limits(**self.limits),
                                  environ=kw["env"])
        return command, kw

    async def _async_cleanup_resources(self, restart: bool = False) -> None:
        await super()._async_cleanup_resources(restart=restart)
        if self._watch is not None:
            self._watch.stop()
            self._watch = None
        if self._cwd is not None and self.user and os.geteuid() == 0 and self._cwd.is_dir():
            _chown_tree(self._cwd, os.getuid(), os.getgid())
        if self._run_dir is not None:
            shutil.rmtree(self._run_dir, ignore_errors=True)
            self._run_dir = None

    # AsyncKernelManager binds the base class's coroutine to this name, and nbclient calls it for a kernel that
    # died (no shutdown then): point it at the override so the watch stops and the folders are given back.
    cleanup_resources = _async_cleanup_resources  # type: ignore[assignment]


__all__ = ["SandboxKernelManager"]
