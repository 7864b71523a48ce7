"""Memory per learner on the workshop hub: JupyterLab server + kernel, after running a whole lesson.

Starts a real hub on 127.0.0.1 with N learner accounts (root, Linux), logs each learner in, starts a kernel
through their JupyterLab and runs every code cell of a lesson in it, then sums the memory of all processes of
each learner's Linux user. The baseline, measured in the same run, is the same learner's server before the
lesson (no kernel). RSS counts shared libraries once per process; PSS shares them out, which is what adds up
on one machine. Prints a sizing table (learners → RAM) for an 8 GB laptop.

    sudo .venv/bin/python benchmarks/hub_memory.py --learners 3
"""

from __future__ import annotations

import argparse
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from pathlib import Path
from statistics import mean

import pandas as pd
import psutil
from jupyter_client import BlockingKernelClient

from kynangso.course import notebooks
from kynangso.delivery.hub.accounts import TRAINER, remove_linux_user

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the hub client shared with tests/test_hub.py
from tests.hub_client import HubSession, kernel_connection, memory_of, wait_for

from kynangso.course.workspace import copy_course
from kynangso.paths import CourseRoot

CHECKOUT = CourseRoot(Path(__file__).resolve().parents[1])
LESSON = Path("course") / "02-the-thuc-van-ban" / "bai-hoc-02.ipynb"
GOAL_MB = 150


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _run_lesson(home: Path, kernel_id: str, lesson: Path) -> int:
    """Run every code cell of the lesson in the learner's kernel; return how many cells failed."""
    client = BlockingKernelClient(connection_file=str(kernel_connection(home, kernel_id)))
    client.load_connection_file()
    client.start_channels()
    client.kernel_info()  # its reply says the kernel is up (the heartbeat alone can lag on a busy machine)
    client.get_shell_msg(timeout=120)
    failed = 0
    for cell in notebooks.read(lesson).cells:
        if cell.cell_type == "code":
            reply = client.execute_interactive(cell.source, timeout=120, output_hook=lambda _msg: None)
            failed += reply["content"]["status"] != "ok"
    client.stop_channels()
    return failed


def _tree_memory(pid: int) -> float:
    root = psutil.Process(pid)
    return sum(p.memory_full_info().pss for p in [root, *root.children(recursive=True)]
               if p.uids().real == 0) / 2**20


def main() -> None:
    from kynangso.delivery.hub.server import prepare

    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--learners", type=int, default=3)
    args = parser.parse_args()
    state = Path(tempfile.mkdtemp(prefix="kynangso-hub-bench-", dir="/tmp"))
    os.chmod(state, 0o755)
    course = copy_course(CHECKOUT, state / "lop")
    shutil.copytree(CHECKOUT.exercises, course.exercises)
    roster = state / "danh-sach.csv"
    pd.DataFrame([{"Họ và tên": f"Học Viên Số {i + 1}", "Đơn vị": "Châu Tiến"} for i in range(args.learners)]
                 ).to_csv(roster, index=False)
    prefix = "b" + "".join(chr(97 + b % 26) for b in os.urandom(4))
    setup = prepare(course=course, roster=roster, ip="127.0.0.1", port=_free_port(), state=state,
                    homes=state / "nha", prefix=prefix, hub_port=_free_port(), api_port=_free_port())
    users = [a for a in setup.accounts if a.user != TRAINER]
    process = subprocess.Popen(setup.command, env=setup.env, cwd=setup.private, stdout=subprocess.DEVNULL,
                               stderr=subprocess.DEVNULL, start_new_session=True)
    rows = []
    try:
        wait_for(f"{setup.url}/hub/login", timeout=180)
        hub_idle = _tree_memory(process.pid)
        for account in users:
            session = HubSession(setup.url, account.user, account.password)
            started = session.start()
            time.sleep(2)
            entry = pwd.getpwnam(account.user)
            server_rss, server_pss = memory_of(entry.pw_uid)
            failed = _run_lesson(Path(entry.pw_dir), session.start_kernel(), CHECKOUT.root / LESSON)
            time.sleep(2)
            rss, pss = memory_of(entry.pw_uid)
            rows.append((account.user, started, server_rss, server_pss, rss, pss, failed))
        hub_busy = _tree_memory(process.pid)
    finally:
        os.killpg(process.pid, signal.SIGTERM)
        process.wait(timeout=90)
        uids = {pwd.getpwnam(a.user).pw_uid for a in users}
        for leftover in psutil.process_iter(["uids"]):
            if leftover.info["uids"] and leftover.info["uids"].real in uids:
                leftover.kill()
        for account in users:
            remove_linux_user(account.user)
        shutil.rmtree(state, ignore_errors=True)

    print(f"Lesson: {LESSON} · Python {sys.version.split()[0]} · {args.learners} learners")
    print(f"{'user':10} {'start s':>8} {'server RSS':>11} {'server PSS':>11} {'+lesson RSS':>12} "
          f"{'+lesson PSS':>12} {'failed cells':>13}")
    for user, started, s_rss, s_pss, rss, pss, failed in rows:
        print(f"{user:10} {started:8.1f} {s_rss:11.0f} {s_pss:11.0f} {rss:12.0f} {pss:12.0f} {failed:13d}")
    per_rss, per_pss = mean(r[4] for r in rows), mean(r[5] for r in rows)
    print(f"Per learner after the lesson: RSS {per_rss:.0f} MB, PSS {per_pss:.0f} MB "
          f"(ratio to the {GOAL_MB} MB goal: RSS {per_rss / GOAL_MB:.2f}, PSS {per_pss / GOAL_MB:.2f}); "
          f"baseline server without kernel: PSS {mean(r[3] for r in rows):.0f} MB")
    print(f"Hub + proxy (root, PSS): {hub_idle:.0f} MB idle, {hub_busy:.0f} MB with {len(rows)} learners")
    print("Learners  RAM (PSS)  RAM (RSS, worst case)")
    for count in (10, 20, 30, 40):
        print(f"{count:8d}  {hub_busy + count * per_pss:7.0f} MB  {hub_busy + count * per_rss:7.0f} MB")


if __name__ == "__main__":
    main()
