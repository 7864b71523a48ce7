"""Turn a fork of the ready process (:mod:`kynangso.grading.isolation.zygote`) into a grading kernel inside a sandbox.

bubblewrap builds the sandbox exactly as for a kernel started on its own (:func:`.sandbox.sandbox_command`), with a
placeholder process in it instead of the kernel. A fork of the ready process then:

1. enters the placeholder's namespaces (user, when bubblewrap made one; mounts, network, processes, IPC, host name,
   cgroup) and its root folder, so it sees the same files, no network and no other process than the sandbox's;
2. forks once more, so that the kernel is itself a process of the sandbox (a process joins a process namespace
   only through its children), and waits for it; when the kernel ends, the whole sandbox is stopped, with anything
   the learner's code left running there;
3. in the kernel process: a new session (the grader interrupts the kernel and what it started), the kernel's own
   environment variables, the same limits as :mod:`.launcher`, the unprivileged grading user (when grading as root;
   otherwise the trainer's own user), no capabilities and no way back to more privileges; every file the ready
   process had open is closed; then ipykernel starts as usual.

A process that cannot enter every namespace it must refuses to start the kernel (it never runs learner code
outside the sandbox).
"""

from __future__ import annotations

import contextlib
import ctypes
import fcntl
import os
import signal
import sys
import typing as t

from kynangso.grading.isolation.launcher import apply_limits, become

# What a sandbox's process may have of its own, in the order they are entered: mounts last (the host's /proc is
# gone after it); the user namespace apart (see join).
NAMESPACES = ("user", "cgroup", "ipc", "uts", "net", "pid", "mnt")
REQUIRED = frozenset({"mnt", "net", "pid"})  # what a sandbox always has of its own
_PR_SET_PDEATHSIG = 1
_PR_CAPBSET_DROP = 24
_PR_SET_NO_NEW_PRIVS = 38
_PR_CAP_AMBIENT, _PR_CAP_AMBIENT_CLEAR_ALL = 47, 4
_CAPABILITY_VERSION_3 = 0x20080522
_NS_GET_USERNS = 0xB701  # ioctl: the user namespace that owns a namespace
_libc = ctypes.CDLL(None, use_errno=True)


class EnterError(RuntimeError):
    """The sandbox could not be entered; nothing of the learner's ran."""


def _libc_call(name: str, *args: int) -> None:
    if getattr(_libc, name)(*args) != 0:
        number = ctypes.get_errno()
        raise EnterError(f"{name}: {os.strerror(number)}")


def _own(namespace: str, pid: int | str = "self") -> str:
    return os.readlink(f"/proc/{pid}/ns/{namespace}")


def join(target: int) -> None:
    """Enter the namespaces and the root folder of process ``target`` (a process of the sandbox).

    Not as root, bubblewrap made a user namespace that owns the others, and runs the sandbox's processes in one
    more, nested inside it: the owner is entered first (to be allowed into the others), the nested one last.
    """
    opened: dict[str, int] = {}
    for namespace in NAMESPACES:
        path = f"/proc/{target}/ns/{namespace}"
        if os.path.exists(path) and _own(namespace, target) != _own(namespace):
            opened[namespace] = os.open(path, os.O_RDONLY | os.O_CLOEXEC)
    if missing := REQUIRED - set(opened):
        raise EnterError(f"process {target} is not in a sandbox of its own ({', '.join(sorted(missing))})")
    sandbox_user = opened.pop("user", None)
    owner = fcntl.ioctl(opened["mnt"], _NS_GET_USERNS)
    root = os.open(f"/proc/{target}/root", os.O_RDONLY | os.O_DIRECTORY | os.O_CLOEXEC)
    if os.fstat(owner).st_ino != os.stat("/proc/self/ns/user").st_ino:
        _libc_call("setns", owner, 0)
    for fd in opened.values():
        _libc_call("setns", fd, 0)
        os.close(fd)
    os.fchdir(root)
    os.chroot(".")
    os.close(root)
    if sandbox_user is not None and os.fstat(sandbox_user).st_ino != os.fstat(owner).st_ino:
        _libc_call("setns", sandbox_user, 0)
    os.close(owner)


class _CapHeader(ctypes.Structure):
    _fields_ = [("version", ctypes.c_uint32), ("pid", ctypes.c_int)]


class _CapData(ctypes.Structure):
    _fields_ = [("effective", ctypes.c_uint32), ("permitted", ctypes.c_uint32), ("inheritable", ctypes.c_uint32)]


def _drop_bounding_set() -> None:
    """Empty the capability bounding set, as bubblewrap's ``--cap-drop ALL`` does for its own processes."""
    try:
        with open("/proc/sys/kernel/cap_last_cap", encoding="ascii") as last:
            highest = int(last.read())
    except (OSError, ValueError):
        highest = 63
    for capability in range(highest + 1):
        _libc.prctl(_PR_CAPBSET_DROP, capability, 0, 0, 0)  # one the kernel does not know is simply refused


def _drop_capabilities() -> None:
    """Give up every capability (those gained by entering the sandbox's user namespace, when not root)."""
    _libc.prctl(_PR_CAP_AMBIENT, _PR_CAP_AMBIENT_CLEAR_ALL, 0, 0, 0)
    header, data = _CapHeader(_CAPABILITY_VERSION_3, 0), (_CapData * 2)()
    if _libc.capset(ctypes.byref(header), data) != 0:
        raise EnterError(f"capset: {os.strerror(ctypes.get_errno())}")


def _report(fd: int, line: str) -> None:
    os.write(fd, (line.replace("\n", " ") + "\n").encode("utf-8", "replace"))


def _become_kernel(request: dict[str, t.Any], report: int) -> None:
    os.setsid()
    _libc_call("prctl", _PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    os.chdir(request["cwd"])
    os.environ.clear()
    os.environ.update(request["env"])
    null = os.open("/dev/null", os.O_RDWR)
    os.dup2(null, 0)
    os.dup2(2, 1)  # the ready process's output is its answer channel to the grader; the kernel's goes with errors
    os.closerange(3, report)
    os.closerange(report + 1, os.sysconf("SC_OPEN_MAX"))
    apply_limits(request["limits"])
    _drop_bounding_set()
    if request.get("user"):
        become(request["user"])  # from root: leaving uid 0 clears every capability
    else:
        _drop_capabilities()  # the trainer's own user, in the sandbox's user namespace
    _libc_call("prctl", _PR_SET_NO_NEW_PRIVS, 1, 0, 0, 0)
    if "numpy" in sys.modules:  # every kernel draws its own random numbers, as a kernel started on its own does
        sys.modules["numpy"].random.seed()
    _report(report, "ok")
    os.close(report)
    from ipykernel import kernelapp

    sys.argv = ["kynangso-kernel", *request["argv"]]
    kernelapp.launch_new_instance(argv=request["argv"])


def start(request: dict[str, t.Any], report: int) -> t.NoReturn:
    """In a fork of the ready process: start the kernel ``request`` describes in the sandbox of ``request['target']``.

    Writes ``pid N`` (the kernel's process id, as the grader sees it), then ``ok`` or ``error …`` to ``report``.
    """
    signal.signal(signal.SIGCHLD, signal.SIG_DFL)
    null = os.open(os.devnull, os.O_RDWR)
    for fd in (0, 1):  # the ready process's request and answer channels are not this process's to hold open
        os.dup2(null, fd)
    os.close(null)
    sandbox = os.pidfd_open(request["init"])  # the sandbox's first process: stopping it stops everything in it
    join(request["target"])
    kernel = os.fork()
    if kernel == 0:
        try:
            _become_kernel(request, report)
        except BaseException as exc:  # whatever stops the kernel is told to the grader
            if not isinstance(exc, SystemExit):
                _report(report, f"error {exc.__class__.__name__}: {exc}")
        finally:
            os._exit(0)
    _report(report, f"pid {kernel}")
    os.close(report)
    os.waitpid(kernel, 0)
    with contextlib.suppress(ProcessLookupError):
        signal.pidfd_send_signal(sandbox, signal.SIGKILL)
    os._exit(0)


__all__ = ["EnterError", "join", "start"]
