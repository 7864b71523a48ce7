"""A ready process that grading kernels are forked from: Python, ipykernel and the notebook's libraries loaded once.

Starting a kernel from nothing costs about half a second of processor time (the interpreter, ipykernel, then
ipywidgets, pandas and the kit's widgets the notebook imports), more than grading the submission itself. Each
grading worker keeps one ready process (``python -m kynangso.grading.isolation.zygote``), which loads those
libraries once, outside any sandbox and before any learner code, and never runs learner code itself. For each
kernel it forks; the fork enters a sandbox bubblewrap has just built for that one submission and becomes the
kernel there (:mod:`.enter`). The kernel still serves exactly one submission in its own sandbox, as its own
grading user, under the same limits.

The grader talks to it over its standard input and output, one JSON line per kernel (see :class:`Ready`).
The libraries a request names are loaded before the fork (and kept for later kernels); what fails to load is
left for the kernel to load, or to report, in its turn.
"""

from __future__ import annotations

import json
import os
import select
import shutil
import subprocess
import sys
import tempfile
import threading
import typing as t
from pathlib import Path

MODULE = "kynangso.grading.isolation.zygote"
BASE = ("ipykernel.kernelapp", "ipykernel.ipkernel", "ipykernel.zmqshell", "kynangso.learner.selfcheck", "comm")


class NotReady(RuntimeError):
    """The ready process could not start a kernel (the grader then starts kernels the usual way)."""


def _answer(report: int, timeout: float) -> dict[str, t.Any]:
    """What the fork and the kernel it started wrote to ``report``, read until both have closed it."""
    buffer = b""
    while True:
        ready, _, _ = select.select([report], [], [], timeout)
        if not ready:
            return {"error": "no answer from the fork"}
        chunk = os.read(report, 4096)
        if not chunk:
            break
        buffer += chunk
    lines = buffer.decode("utf-8", "replace").splitlines()
    pid = next((int(line[4:]) for line in lines if line.startswith("pid ")), 0)
    error = next((line[6:] for line in lines if line.startswith("error ")), "")
    if error or "ok" not in lines or not pid:
        return {"error": error or "the kernel did not start"}
    return {"pid": pid}


def _spawn(request: dict[str, t.Any]) -> dict[str, t.Any]:
    from kynangso.learner.ahead import load

    load(*request.get("preload", ()))
    if threading.active_count() > 1:  # a fork keeps only this thread: a library that started others is not safe
        return {"error": "the ready process runs threads"}
    report, write = os.pipe()
    child = os.fork()
    if child == 0:
        os.close(report)
        try:
            from kynangso.grading.isolation import enter

            enter.start(request, write)
        except BaseException as exc:  # told to the grader, never raised in the ready process
            os.write(write, f"error {exc.__class__.__name__}: {exc}\n".encode("utf-8", "replace"))
        finally:
            os._exit(70)
    os.close(write)
    try:
        return _answer(report, 60.0)
    finally:
        os.close(report)


def main() -> None:
    """Serve kernel requests read from standard input until it closes."""
    import signal

    sys.modules["debugpy"] = None  # type: ignore[assignment]  # as in kernel_main: kernels without the debugger
    signal.signal(signal.SIGCHLD, signal.SIG_IGN)  # forks are reaped by the system
    from importlib import import_module

    for name in BASE:
        import_module(name)
    answers = sys.stdout.buffer
    for line in sys.stdin.buffer:
        try:
            reply = _spawn(json.loads(line))
        except Exception as exc:  # a bad request is answered, the process keeps serving
            reply = {"error": f"{exc.__class__.__name__}: {exc}"}
        answers.write(json.dumps(reply).encode() + b"\n")
        answers.flush()


class Ready:
    """The grader's end: one ready process, started on first use, that forks kernels on request."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._process: subprocess.Popen[bytes] | None = None
        self._home: Path | None = None
        self.broken = ""  # why kernels are started the usual way from now on, once something went wrong

    def _start(self) -> subprocess.Popen[bytes]:
        from kynangso.grading.isolation.sandbox import kernel_environ

        self._home = Path(tempfile.mkdtemp(prefix="kynangso-ready-"))
        env = kernel_environ(self._home)
        # It runs no learner code: like any Python program it keeps the bytecode of the libraries it compiles, so
        # an installation made without bytecode (the offline installer's) compiles pandas once, not in every kernel.
        env.pop("PYTHONDONTWRITEBYTECODE", None)
        return subprocess.Popen([sys.executable, "-m", MODULE], stdin=subprocess.PIPE, stdout=subprocess.PIPE,
                                env=env, cwd="/", start_new_session=True)

    def spawn(self, request: dict[str, t.Any], timeout: float = 90.0) -> int:
        """Start the kernel ``request`` describes; its process id. Raises :class:`NotReady`."""
        with self._lock:
            if self.broken:
                raise NotReady(self.broken)
            try:
                if self._process is None or self._process.poll() is not None:
                    self._process = self._start()
                assert self._process.stdin is not None and self._process.stdout is not None
                self._process.stdin.write(json.dumps(request).encode() + b"\n")
                self._process.stdin.flush()
                ready, _, _ = select.select([self._process.stdout], [], [], timeout)
                line = self._process.stdout.readline() if ready else b""
                reply = json.loads(line) if line else {"error": "the ready process did not answer"}
            except (OSError, ValueError) as exc:
                reply = {"error": f"{exc.__class__.__name__}: {exc}"}
            if "pid" not in reply:
                self.broken = str(reply.get("error"))
                self.close()
                raise NotReady(self.broken)
            return int(reply["pid"])

    def close(self) -> None:
        """Stop the ready process (kernels it started run on until they are shut down)."""
        process, self._process = self._process, None
        if process is not None and process.poll() is None:
            assert process.stdin is not None
            process.stdin.close()
            try:
                process.wait(timeout=5)
            except subprocess.TimeoutExpired:
                process.kill()
        if self._home is not None:
            shutil.rmtree(self._home, ignore_errors=True)
            self._home = None

    def reset(self) -> None:
        """Stop the ready process and forget what went wrong: the next grading run tries forking again."""
        self.close()
        self.broken = ""


READY = Ready()


def usable() -> bool:
    """Whether kernels can be forked here: Linux, and nothing has gone wrong with it so far."""
    return sys.platform.startswith("linux") and hasattr(os, "pidfd_open") and not READY.broken


__all__ = ["BASE", "MODULE", "READY", "NotReady", "Ready", "main", "usable"]


if __name__ == "__main__":
    main()
