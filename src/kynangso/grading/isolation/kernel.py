"""A kernel manager that starts each grading kernel isolated (see :mod:`kynangso.grading.isolation.sandbox`).

The kernel talks to the grader over Unix sockets in a private folder (ZeroMQ ``ipc`` transport), which
works across the sandbox's empty network namespace; it also spares parallel kernels from racing for TCP
ports. When grading runs as root, the folder and the learner's autograded folder are handed to the
unprivileged grading user for the life of the kernel, then given back.

With bubblewrap on Linux, the sandbox is built with a placeholder in it and the kernel is forked from the ready
process into it (:mod:`.zygote`, :mod:`.enter`); if that fails, the same sandbox is started again with the kernel in
it, the usual way.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import shutil
import subprocess
import tempfile
import time
import typing as t
from dataclasses import asdict
from pathlib import Path

from traitlets import Bool, Dict, List, Unicode

from kynangso.grading.isolation import zygote
from kynangso.grading.isolation.kernel_main import MODULE, without_debugger
from kynangso.grading.isolation.memory_watch import MemoryWatch
from kynangso.grading.isolation.preload import exec_line
from kynangso.grading.isolation.sandbox import Limits, kernel_environ, sandbox_command
from kynangso.grading.steady_client import SteadyKernelManager
from kynangso.i18n import _


def _chown_tree(path: Path, uid: int, gid: int) -> None:
    os.chown(path, uid, gid, follow_symlinks=False)
    for folder, dirs, files in os.walk(path):
        for name in dirs + files:
            os.chown(os.path.join(folder, name), uid, gid, follow_symlinks=False)


HOLDER = ["sleep", "infinity"]  # what runs in the sandbox until the kernel, forked from the ready process, enters it


def _children(pid: int) -> list[int]:
    try:
        with open(f"/proc/{pid}/task/{pid}/children", encoding="ascii") as listing:
            return [int(child) for child in listing.read().split()]
    except OSError:
        return []


def _sandbox_ready(bwrap: subprocess.Popen[bytes], timeout: float = 30.0) -> tuple[int, int]:
    """The sandbox's first process and its placeholder, once bubblewrap has built the sandbox (the placeholder runs)."""
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline and bwrap.poll() is None:
        for init in _children(bwrap.pid):
            for holder in _children(init):
                try:
                    with open(f"/proc/{holder}/comm", encoding="utf-8") as comm:
                        if comm.read().strip() == HOLDER[0]:
                            return init, holder
                except OSError:
                    continue
        time.sleep(0.002)
    raise zygote.NotReady("the sandbox did not start")


_EXEC_LINES = "--IPKernelApp.exec_lines=import kynangso.learner.selfcheck; __import__('sys').path.append('')"
# No browser is on the other end of a grading kernel: widgets get the comm package's own no-op channel, so building
# one sends no messages (its state, each child's) for the grader to read, decode and throw away. What a cell
# displays and what the widgets hold are the same as with a browser.
_NO_FRONTEND = "--IPKernelApp.exec_lines=__import__('comm').create_comm = __import__('comm').DummyComm"


class SandboxKernelManager(SteadyKernelManager):
    """Starts the kernel through bubblewrap and/or the limits launcher, as ``isolation`` says (forked into its
    sandbox where that works, see ``fork``)."""

    isolation = Unicode("none", help="'bwrap' (full sandbox), 'limits' (resource limits only) or 'none'.").tag(
        config=True)
    user = Unicode("", help="Unprivileged user the kernel runs as when grading runs as root.").tag(config=True)
    hidden = List(Unicode(), help="Folders the kernel must not see (course folder, gradebook folder).").tag(
        config=True)
    limits = Dict(help="Resource limits (fields of isolation.sandbox.Limits); defaults when empty.").tag(
        config=True)
    preload = List(Unicode(), help="What the notebook imports ('module' or 'module:name'), loaded while the kernel "
                   "starts, before any learner code (see isolation.preload).").tag(config=True)
    fork = Bool(True, help="Fork sandboxed kernels from a process with their libraries loaded (isolation.zygote), "
                "where that works (Linux with bubblewrap); the sandbox is the same.").tag(
        config=True)

    _request: dict[str, t.Any] | None = None  # the kernel the ready process is to fork, once the sandbox is built
    _usual: list[str] | None = None  # the command that starts the kernel in its sandbox the usual way
    _forked = 0  # the forked kernel's process id

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
        # As root, only with a grading user to become (root in the sandbox is left to bubblewrap's own start).
        if self.fork and self.isolation == "bwrap" and (self.user or os.geteuid() != 0) and zygote.usable():
            self._usual = command
            self._request = {"cwd": str(self._cwd), "env": kernel_environ(self._run_dir / "home", kw["env"]),
                             "user": self.user, "limits": asdict(Limits(**self.limits)),
                             "argv": kernel[kernel.index(MODULE) + 1:], "preload": list(self.preload)}
            command = sandbox_command(HOLDER, mode=self.isolation, cwd=self._cwd, run_dir=self._run_dir,
                                      hidden=list(self.hidden), user="", limits=Limits(**self.limits),
                                      environ=kw["env"], launcher=False)
        return command, kw

    def _fork_kernel(self, request: dict[str, t.Any]) -> int:
        assert self.provisioner is not None
        init, holder = _sandbox_ready(self.provisioner.process)  # type: ignore[attr-defined]
        return zygote.READY.spawn({**request, "init": init, "target": holder})

    async def _async_launch_kernel(self, kernel_cmd: list[str], **kw: t.Any) -> None:
        await super()._async_launch_kernel(kernel_cmd, **kw)
        request, self._request = self._request, None
        if request is None:
            return
        try:
            self._forked = await asyncio.to_thread(self._fork_kernel, request)
        except (zygote.NotReady, OSError, AttributeError) as exc:  # the same sandbox, started the usual way
            self.log.warning(_("Kernel chấm bài này được khởi động riêng như trước (không tách được từ tiến trình "
                               "nạp sẵn: {why}).").format(why=exc))
            assert self.provisioner is not None and self._usual is not None
            await self.provisioner.kill()
            await self.provisioner.wait()
            await super()._async_launch_kernel(self._usual, **kw)

    async def _async_signal_kernel(self, signum: int) -> None:
        if not self._forked:
            await super()._async_signal_kernel(signum)
            return
        with contextlib.suppress(ProcessLookupError):  # the forked kernel leads its own process group: the
            os.killpg(self._forked, signum)             # signal reaches it and what it started

    async def _async_cleanup_resources(self, restart: bool = False) -> None:
        await super()._async_cleanup_resources(restart=restart)
        self._forked = 0
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
