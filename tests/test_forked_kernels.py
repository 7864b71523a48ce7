"""Grading kernels forked from the ready process: each in a sandbox of its own, as isolated as one started anew."""

from __future__ import annotations

import json
import os
import pwd
import signal
import subprocess
import sys
import time
import typing as t
from collections.abc import Iterator
from pathlib import Path

import pytest
from jupyter_core.utils import run_sync

from kynangso.grading.isolation import enter, sandbox, user_pool, zygote
from kynangso.grading.isolation.kernel import SandboxKernelManager

pytestmark = [pytest.mark.slow,
              pytest.mark.skipif(not (zygote.usable() and sandbox.plan("auto", 2).mode == "bwrap"
                                      and sandbox.plan("auto", 2).users),
                                 reason="forked kernels need Linux, root and bubblewrap (as CI has)")]

# What a kernel reports about itself; and it leaves marks a later kernel must not find.
LOOK = """import json, os, subprocess, sys
open(os.path.expanduser("~/dau-vet-" + os.path.basename(os.getcwd())), "w").close()
_ngu = subprocess.Popen(["sleep", "300"])
print(json.dumps({"uid": os.getuid(), "pid": os.getpid(), "ppid": os.getppid(), "host": os.uname().nodename,
                  "tmp": sorted(os.listdir("/tmp")), "cwd": os.getcwd(), "procs": sorted(
                      int(p) for p in os.listdir("/proc") if p.isdigit()),
                  "nap_san": "pandas" in sys.modules, "ngu": _ngu.pid}))
"""


def _manager(folder: Path, user: str, fork: bool = True) -> SandboxKernelManager:
    folder.mkdir(parents=True, exist_ok=True)
    folder.chmod(0o755)
    manager = SandboxKernelManager(kernel_name="python3")
    manager.isolation, manager.user, manager.fork, manager.preload = "bwrap", user, fork, ["pandas"]
    manager.hidden = [str(folder.parent.parent)]
    run_sync(manager.start_kernel)(cwd=str(folder),
                                   extra_arguments=["--HistoryManager.hist_file=:memory:"])
    return manager


def _run(manager: SandboxKernelManager, code: str, timeout: float = 60) -> tuple[str, dict[str, t.Any]]:
    client = manager.client()
    client.start_channels()
    out: list[str] = []
    try:
        run_sync(client.wait_for_ready)(timeout=60)
        reply = run_sync(client.execute_interactive)(
            code, timeout=timeout,
            output_hook=lambda m: out.append(m["content"].get("text", "")) if m["msg_type"] == "stream" else None)
    finally:
        client.stop_channels()
    return "".join(out), reply["content"]


def _uid_processes(uid: int) -> list[int]:
    found = []
    for entry in os.listdir("/proc"):
        try:
            if entry.isdigit() and os.stat(f"/proc/{entry}").st_uid == uid:
                found.append(int(entry))
        except OSError:
            continue
    return found


@pytest.fixture(autouse=True)
def _fresh_ready_process() -> Iterator[None]:
    yield
    zygote.READY.reset()  # as grading does when it ends


@pytest.fixture
def users() -> Iterator[tuple[str, ...]]:
    """Two grading users that no other grading run uses meanwhile (the tests run in parallel)."""
    with user_pool.reserved(sandbox.plan("bwrap", 2)) as plan:
        yield plan.users


@pytest.fixture
def place(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Path]:
    base = Path("/srv") if Path("/srv").is_dir() else Path("/var/tmp")  # a place the sandbox hides, not /tmp
    root = Path(tmp_path_factory.mktemp("fork", numbered=True))
    place = base / f"kynangso-test-{root.name}-{os.getpid()}"
    (place / "lop" / "autograded").mkdir(parents=True)
    for folder in (place, place / "lop", place / "lop" / "autograded"):
        folder.chmod(0o755)
    yield place / "lop" / "autograded"
    subprocess.run(["rm", "-rf", str(place)], check=False)


def test_each_forked_kernel_is_alone_in_its_own_sandbox(place: Path, users: tuple[str, ...]) -> None:
    first = _manager(place / "hoc-vien-a", users[0])
    assert first._forked, "the kernel was not forked from the ready process"
    ready = zygote.READY._process
    assert ready is not None and ready.poll() is None
    seen_a = json.loads(_run(first, LOOK)[0])
    second = _manager(place / "hoc-vien-b", users[1])  # forked while the first one still runs
    try:
        seen_b = json.loads(_run(second, LOOK)[0])
        assert seen_a["uid"] == pwd.getpwnam(users[0]).pw_uid and seen_b["uid"] == pwd.getpwnam(users[1]).pw_uid
        for seen, manager, learner in ((seen_a, first, "hoc-vien-a"), (seen_b, second, "hoc-vien-b")):
            assert seen["host"] == "cham-bai" and seen["ppid"] == 0  # its parent is outside its sandbox
            assert manager._run_dir is not None
            assert manager._run_dir.name in seen["tmp"]  # its own kernel folder in a /tmp of its own
            assert Path(seen["cwd"]).name == learner
            assert seen["nap_san"] is True  # loaded once by the ready process, before any learner code
            assert len(seen["procs"]) <= 4  # bubblewrap's first process, the placeholder, the kernel, its sleep
        assert first._run_dir is not None and first._run_dir.name not in seen_b["tmp"]  # not the other kernel's
        probe = "import json, os; print(json.dumps([os.listdir(os.path.expanduser('~')), os.listdir('..')]))"
        home, neighbours = json.loads(_run(second, probe)[0])
        assert [name for name in home if name.startswith("dau-vet")] == ["dau-vet-hoc-vien-b"]  # its own home
        assert neighbours == ["hoc-vien-b"]  # and no other learner's folder
    finally:
        run_sync(second.shutdown_kernel)(now=True)
    outside = first._forked
    run_sync(first.shutdown_kernel)(now=True)
    for _ in range(100):  # the sandbox ends with the kernel: the sleep the learner's code left running too
        if not _uid_processes(pwd.getpwnam(users[0]).pw_uid):
            break
        time.sleep(0.05)
    assert not _uid_processes(pwd.getpwnam(users[0]).pw_uid)
    assert not Path(f"/proc/{outside}").exists()


def test_interrupt_reaches_the_forked_kernel(place: Path, users: tuple[str, ...]) -> None:
    manager = _manager(place / "hoc-vien-c", users[0])
    try:
        client = manager.client()
        client.start_channels()
        run_sync(client.wait_for_ready)(timeout=60)
        started = time.monotonic()
        msg_id = client.execute("import time\ntime.sleep(60)")
        time.sleep(1)
        run_sync(manager.interrupt_kernel)()
        reply = run_sync(client._async_get_shell_msg)(timeout=20)
        client.stop_channels()
        assert reply["parent_header"]["msg_id"] == msg_id
        assert reply["content"]["ename"] == "KeyboardInterrupt" and time.monotonic() - started < 20
    finally:
        run_sync(manager.shutdown_kernel)(now=True)


def test_when_the_ready_process_fails_kernels_start_as_before(place: Path, users: tuple[str, ...],
                                                             monkeypatch: pytest.MonkeyPatch) -> None:
    failing = zygote.Ready()
    monkeypatch.setattr(failing, "_start", lambda: subprocess.Popen(
        [sys.executable, "-c", "import sys; sys.stdin.readline(); print('{\"error\": \"hong\"}', flush=True)"],
        stdin=subprocess.PIPE, stdout=subprocess.PIPE))
    monkeypatch.setattr(zygote, "READY", failing)
    manager = _manager(place / "hoc-vien-d", users[0])
    try:
        assert not manager._forked and failing.broken == "hong"
        assert json.loads(_run(manager, LOOK)[0])["host"] == "cham-bai"  # the same sandbox, started anew
        assert not zygote.usable()
    finally:
        run_sync(manager.shutdown_kernel)(now=True)


def test_a_fork_never_runs_outside_a_sandbox() -> None:
    with pytest.raises(enter.EnterError):
        enter.join(os.getpid())
    plain = subprocess.Popen(["sleep", "30"])
    try:
        with pytest.raises(enter.EnterError):
            enter.join(plain.pid)
    finally:
        plain.send_signal(signal.SIGKILL)
        plain.wait()


def test_a_ready_process_that_died_is_replaced(place: Path, users: tuple[str, ...]) -> None:
    user = users[0]
    first = _manager(place / "hoc-vien-e", user)
    run_sync(first.shutdown_kernel)(now=True)
    ready = zygote.READY._process
    assert ready is not None
    ready.kill()  # killed between two kernels (out of memory, a trainer's kill…)
    ready.wait()
    second = _manager(place / "hoc-vien-f", user)
    try:
        assert second._forked and zygote.READY._process is not None and zygote.READY._process.pid != ready.pid
        assert json.loads(_run(second, LOOK)[0])["nap_san"] is True
    finally:
        run_sync(second.shutdown_kernel)(now=True)


NOBODY = 65534
AS_TRAINER = """import json, sys
from pathlib import Path
from jupyter_core.utils import run_sync
from kynangso.grading.isolation import zygote
from tests.test_forked_kernels import LOOK, _manager, _run
manager = _manager(Path(sys.argv[1]) / "lop" / "autograded" / "hoc-vien-g", "")
try:
    seen = json.loads(_run(manager, LOOK)[0])
    caps = _run(manager, "print(next(l for l in open('/proc/self/status') if l.startswith('CapEff')).split()[1])")[0]
    print(json.dumps({"forked": bool(manager._forked), "seen": seen, "caps": caps.strip(), "why": zygote.READY.broken}))
finally:
    run_sync(manager.shutdown_kernel)(now=True)
"""


def test_a_trainer_grading_without_root_gets_forked_kernels_too(tmp_path: Path) -> None:
    probe = ["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", "bwrap", "--ro-bind", "/", "/",
             "--unshare-net", "--unshare-pid", "--proc", "/proc", "true"]
    if subprocess.run(probe, capture_output=True, check=False).returncode != 0:
        pytest.skip("this machine does not let an ordinary user make namespaces (bubblewrap needs it without root)")
    base = Path("/srv") if Path("/srv").is_dir() else Path("/var/tmp")
    place = base / f"kynangso-test-trainer-{os.getpid()}"
    (place / "home").mkdir(parents=True)
    for folder in (place, place / "home"):
        os.chown(folder, NOBODY, NOBODY)
    checkout = Path(__file__).resolve().parents[1]
    env = {"PATH": os.environ["PATH"], "HOME": str(place / "home"), "PYTHONPATH": str(checkout), "LANG": "C.UTF-8"}
    try:
        run = subprocess.run(["setpriv", f"--reuid={NOBODY}", f"--regid={NOBODY}", "--clear-groups", sys.executable,
                              "-c", AS_TRAINER, str(place)], cwd=checkout, env=env, capture_output=True, text=True,
                             timeout=300, check=False)
    finally:
        subprocess.run(["rm", "-rf", str(place)], check=False)
    assert run.returncode == 0, run.stderr[-3000:]
    result = json.loads(run.stdout.strip().splitlines()[-1])
    assert result["forked"] is True, result["why"]
    seen = result["seen"]
    assert seen["uid"] == NOBODY and seen["host"] == "cham-bai" and seen["ppid"] == 0
    assert Path(seen["cwd"]).name == "hoc-vien-g" and seen["nap_san"] is True
    assert int(result["caps"], 16) == 0  # no capability left from entering the sandbox's user namespace
