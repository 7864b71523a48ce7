"""Isolating learner code while it is graded.

Each grading kernel runs inside a bubblewrap sandbox (``bwrap``, Debian package ``bubblewrap``):

- a read-only view of the system with no network, a private ``/tmp`` and its own process namespace;
- the course folder (answer keys in ``solutions/``, the gradebook, the archive, other learners' work, the
  roster) and the home folders are replaced by empty folders; only the learner's own autograded folder is
  visible and writable, and the notebook being graded there (which holds the hidden tests) is hidden;
- when grading runs as root, the kernel becomes an unprivileged user (``kynangso-cham1``, ``-cham2``…, one per
  worker so that one learner's process flood cannot starve another learner's kernel);
- CPU time, memory, processes, file size and open files are limited by :mod:`kynangso.grading.isolation.launcher`.

Where bubblewrap cannot run (Windows, macOS, Linux without user namespaces) grading still works with the
limits the system offers, and :func:`plan` says in Vietnamese what is not blocked.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from pathlib import Path

from kynangso.errors import KitError
from kynangso.i18n import N_, _

MODES = ("auto", "bwrap", "none")
USER_PREFIX = "kynangso-cham"


@dataclass(frozen=True)
class Limits:
    """What one grading kernel may use."""

    cpu_seconds: int = 300  # CPU time of each kernel process over the whole notebook
    memory_bytes: int = 1 << 30  # address space of each process
    notebook_memory_bytes: int = 3 << 29  # memory in use by all processes of the kernel together (root only)
    processes: int = 64  # processes and threads of the grading user
    file_bytes: int = 64 << 20  # largest file learner code may write
    open_files: int = 256


@dataclass(frozen=True)
class Plan:
    """How kernels are isolated in this grading run."""

    mode: str  # "bwrap": full sandbox; "limits": resource limits only; "none": plain kernel
    users: tuple[str, ...] = ()  # one unprivileged user per worker when grading as root
    warning: str = ""  # Vietnamese, for the trainer, when isolation is reduced
    limits: Limits = field(default_factory=Limits)


REDUCED = N_("Lưu ý: chỉ cô lập được một phần bài làm khi chấm ({why}). Mã của học viên vẫn bị giới hạn "
             "{what}, nhưng có thể đọc tệp đáp án và sổ điểm, ghi vào thư mục khóa học và dùng mạng. "
             "Nên chấm trên máy Linux có gói bubblewrap.")
NO_USER = N_("Lưu ý: không tạo được tài khoản riêng để chấm ({why}); bài làm vẫn chạy trong vùng cách ly "
             "nhưng không giới hạn được số tiến trình.")


def _bwrap_works(root: bool) -> str:
    """'' when bubblewrap can start a sandbox like the ones grading uses, else why not."""
    bwrap = shutil.which("bwrap")
    if not bwrap:
        return _("chưa cài bubblewrap")
    caps = ["--cap-drop", "ALL"] if root else []
    command = [bwrap, "--ro-bind", "/", "/", "--proc", "/proc", "--dev", "/dev", "--unshare-net", "--unshare-pid",
               "--die-with-parent", *caps, "true"]
    try:
        run = subprocess.run(command, capture_output=True, text=True, timeout=20, check=False)
    except (OSError, subprocess.TimeoutExpired) as exc:
        return _("bubblewrap không chạy được: {why}").format(why=exc.__class__.__name__)
    return "" if run.returncode == 0 else _("bubblewrap không chạy được: {why}").format(why=run.stderr.strip()[:120])


def ensure_users(count: int | Sequence[int]) -> tuple[str, ...]:
    """Create the unprivileged grading users (no home, no login) that do not exist yet; needs root.

    ``count`` users numbered from 1, or the users of the given numbers.
    """
    import pwd

    numbers = range(1, count + 1) if isinstance(count, int) else count
    names = tuple(f"{USER_PREFIX}{i}" for i in numbers)
    for name in names:
        try:
            pwd.getpwnam(name)
        except KeyError:
            subprocess.run(["useradd", "--system", "--no-create-home", "--shell", "/usr/sbin/nologin",
                            "--user-group", "--comment", "kynangso grading sandbox", name],
                           check=True, capture_output=True, timeout=30)
    return names


def plan(mode: str = "auto", workers: int = 1, limits: Limits | None = None) -> Plan:
    """Decide how to isolate kernels here; ``mode`` is ``auto``, ``bwrap`` (required) or ``none``."""
    limits = limits or Limits()
    if mode not in MODES:
        raise KitError(_("Chế độ cô lập '{mode}' không có; chọn một trong: {modes}.").format(
            mode=mode, modes=", ".join(MODES)))
    if mode == "none":
        return Plan("none", warning=_("Lưu ý: đã tắt cô lập bài làm khi chấm (--isolation none)."),
                    limits=limits)
    if os.name != "posix":
        if mode == "bwrap":
            raise KitError(_("Máy Windows không có bubblewrap; hãy chấm với --isolation auto hoặc trên máy Linux."))
        return Plan("none", warning=_(REDUCED).format(why=_("máy Windows"),
                                                      what=_("thời gian chạy và độ dài kết quả")),
                    limits=limits)
    root = os.geteuid() == 0
    why = _bwrap_works(root) if sys.platform.startswith("linux") else _("không phải Linux")
    if why:
        if mode == "bwrap":
            raise KitError(_("Không cô lập được bài làm khi chấm: {why}. Trên Debian/Ubuntu: "
                             "sudo apt-get install bubblewrap.").format(why=why))
        what = _("thời gian chạy, bộ nhớ và độ dài kết quả")
        return Plan("limits", warning=_(REDUCED).format(why=why, what=what), limits=limits)
    if not root:
        return Plan("bwrap", limits=limits)
    try:
        return Plan("bwrap", users=ensure_users(workers), limits=limits)
    except (OSError, subprocess.SubprocessError) as exc:
        return Plan("bwrap", warning=_(NO_USER).format(why=exc.__class__.__name__), limits=limits)


def _parents(path: str | Path) -> list[str]:
    """Make the folders above ``path`` traversable (bwrap creates missing ones as 0700, root's only)."""
    args: list[str] = []
    for parent in reversed(Path(path).parents[:-1]):
        args += ["--perms", "0755", "--dir", str(parent)]
    return args


def _visible(path: str | Path) -> list[str]:
    """Bind ``path`` read-only at the same place (if it exists)."""
    return [*_parents(path), "--ro-bind-try", str(path), str(path)]


def kernel_environ(home: Path, environ: Mapping[str, str] | None = None) -> dict[str, str]:
    """The environment variables of a sandboxed kernel whose home folder is ``home``: a few kept from ``environ``
    (default: this process's), none of the grader's others."""
    environ = os.environ if environ is None else environ
    env = {"HOME": str(home), "PATH": f"{Path(sys.executable).parent}:/usr/local/bin:/usr/bin:/bin",
           "TMPDIR": "/tmp", "MPLCONFIGDIR": str(home / "matplotlib"), "MPLBACKEND": "agg",
           "OPENBLAS_NUM_THREADS": "1", "OMP_NUM_THREADS": "1", "MKL_NUM_THREADS": "1",
           "PYTHONDONTWRITEBYTECODE": "1", "PYTHONSAFEPATH": "1", "JPY_PARENT_PID": "1", "MALLOC_ARENA_MAX": "2"}
    for name in ("LANG", "LC_ALL", "LC_CTYPE", "TZ", "NBGRADER_EXECUTION", "PYTHONHASHSEED"):
        if name in environ:
            env[name] = environ[name]
    return env


def sandbox_command(kernel: list[str], *, mode: str, cwd: Path, run_dir: Path, hidden: list[str],
                    user: str, limits: Limits, environ: Mapping[str, str] | None = None,
                    launcher: bool = True) -> list[str]:
    """The command that starts ``kernel`` isolated: bwrap (if ``mode`` says so), then the limits launcher.

    ``environ`` (default: this process's) is where the few variables the kernel keeps are read from. Without
    ``launcher``, ``kernel`` runs in the sandbox as it is (a placeholder a kernel enters later: :mod:`.enter`).
    """
    environ = os.environ if environ is None else environ
    limited = [sys.executable, "-m", "kynangso.grading.isolation.launcher", *(["--user", user] if user else []),
               json.dumps(asdict(limits)), "--"] if launcher else []
    if mode != "bwrap":
        return [*limited, *kernel]
    import kynangso

    home = run_dir / "home"
    command = ["bwrap", "--ro-bind", "/", "/", "--dev", "/dev", "--proc", "/proc",
               "--unshare-net", "--unshare-pid", "--unshare-ipc", "--unshare-uts", "--unshare-cgroup-try",
               "--die-with-parent", "--hostname", "cham-bai"]
    if os.geteuid() == 0:
        command += ["--cap-drop", "ALL"] + (["--cap-add", "CAP_SETUID", "--cap-add", "CAP_SETGID"] if user else [])
    # Hide what learner code has no business reading: temporary and home folders, sockets of local services,
    # the course folder and the gradebook. Then put back, read-only, what the kernel needs to run.
    for folder in ["/tmp", "/var/tmp", "/home", "/root", "/run", "/media", "/mnt", "/srv", *hidden]:
        if Path(folder).is_dir():
            command += ["--tmpfs", folder]
    package = Path(kynangso.__file__).resolve().parent
    needed = {sys.prefix, sys.base_prefix, sys.exec_prefix, str(Path(sys.executable).resolve().parent.parent),
              str(package)}
    for needed_path in sorted(needed):
        command += _visible(needed_path)
    for writable in (run_dir, cwd):
        command += [*_parents(writable), "--bind", str(writable), str(writable)]
    # The notebook being graded holds the hidden tests: the kernel never needs to read it.
    for notebook in sorted(cwd.glob("*.ipynb")):
        command += ["--ro-bind", str(run_dir / "so-tay-dang-cham"), str(notebook)]
    env = kernel_environ(home, environ)
    command += ["--clearenv"]
    for name, value in env.items():
        command += ["--setenv", name, value]
    return [*command, "--chdir", str(cwd), "--", *limited, *kernel]


__all__ = ["MODES", "Limits", "Plan", "ensure_users", "kernel_environ", "plan", "sandbox_command"]
