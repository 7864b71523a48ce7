"""Memory per learner on the workshop hub, two paths side by side: JupyterLab (server + kernel after running a
whole lesson) and app mode (the same lesson opened as a page with no code, as a phone does: Voilà runs it).

Starts a real hub on 127.0.0.1 with N learner accounts per path (root, Linux) and logs each learner in. On the
JupyterLab path it starts the learner's JupyterLab (the hub's named server "lab") and a kernel through it, and runs
every code cell of a lesson in that kernel; on the app path it opens the lesson through Voilà on the learner's default
server (``/voila/render/…``, which runs every cell in a kernel of its own). Then it sums the memory of all processes
of each learner's Linux user.
The baseline, measured in the same run, is the same learner's server before the
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
from kynangso.delivery.home_page import LAB_SERVER
from kynangso.delivery.hub.accounts import TRAINER, remove_linux_user
from kynangso.delivery.hub.handout import LESSONS

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))  # the hub client shared with tests/test_hub.py
from tests.hub_client import HubSession, kernel_connection, memory_of, wait_for

from kynangso.course.workspace import copy_course
from kynangso.paths import CourseRoot

CHECKOUT = CourseRoot(Path(__file__).resolve().parents[1])
LESSON = Path("course") / "02-the-thuc-van-ban" / "bai-hoc-02.ipynb"
APP_LESSON = f"{LESSONS}/02-the-thuc-van-ban/bai-hoc-02.ipynb"  # the same lesson, in the learner's folder
GOAL_MB = 150
LAPTOP_MB = 8 * 1024
SYSTEM_MB = 1536  # the operating system, a desktop and the trainer's browser on the laptop that runs the hub


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
    pd.DataFrame([{"Họ và tên": f"Học Viên Số {i + 1}", "Đơn vị": "Châu Tiến"} for i in range(2 * args.learners)]
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
        for number, account in enumerate(users):
            path = "app" if number % 2 else "lab"
            session = HubSession(setup.url, account.user, account.password, "" if path == "app" else LAB_SERVER)
            started = session.start()
            time.sleep(2)
            entry = pwd.getpwnam(account.user)
            server_rss, server_pss = memory_of(entry.pw_uid)
            if path == "lab":
                failed = _run_lesson(Path(entry.pw_dir), session.start_kernel(), CHECKOUT.root / LESSON)
            else:
                page = session.http.get(f"{session.server}/voila/render/{APP_LESSON}", timeout=300)
                failed = int(page.status_code != 200 or "jp-OutputArea" not in page.text)
            time.sleep(2)
            rss, pss = memory_of(entry.pw_uid)
            rows.append((path, account.user, started, server_rss, server_pss, rss, pss, failed))
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

    print(f"Lesson: {LESSON} · Python {sys.version.split()[0]} · {args.learners} learners per path")
    print(f"{'path':5} {'user':10} {'start s':>8} {'server RSS':>11} {'server PSS':>11} {'+lesson RSS':>12} "
          f"{'+lesson PSS':>12} {'failed':>7}")
    for path, user, started, s_rss, s_pss, rss, pss, failed in rows:
        print(f"{path:5} {user:10} {started:8.1f} {s_rss:11.0f} {s_pss:11.0f} {rss:12.0f} {pss:12.0f} {failed:7d}")
    per = {path: (mean(r[5] for r in rows if r[0] == path), mean(r[6] for r in rows if r[0] == path),
                  mean(r[4] for r in rows if r[0] == path)) for path in ("app", "lab")}
    print(f"{'':28}{'App mode (phone)':>20}{'JupyterLab':>14}")
    print(f"{'PSS per active learner, MB':28}{per['app'][1]:20.0f}{per['lab'][1]:14.0f}")
    print(f"{'RSS per active learner, MB':28}{per['app'][0]:20.0f}{per['lab'][0]:14.0f}")
    print(f"{'server alone (PSS), MB':28}{per['app'][2]:20.0f}{per['lab'][2]:14.0f}")
    verdict = "meets it" if per["app"][1] <= GOAL_MB else "does not meet it"
    print(f"Goal: {GOAL_MB} MB PSS per active learner; app mode {verdict} ({per['app'][1] / GOAL_MB:.2f} of the goal)")
    print(f"Hub + proxy (root, PSS): {hub_idle:.0f} MB idle, {hub_busy:.0f} MB with {len(rows)} learners")
    free = LAPTOP_MB - SYSTEM_MB - hub_busy
    print(f"An 8 GB laptop ({LAPTOP_MB} MB, {SYSTEM_MB} MB kept for the system, the hub and the proxy as measured) "
          f"holds {int(free // per['app'][1])} learners in app mode, {int(free // per['lab'][1])} in JupyterLab (PSS)")
    print("Learners  app mode (PSS)  JupyterLab (PSS)")
    for count in (10, 20, 30, 40):
        print(f"{count:8d}  {hub_busy + count * per['app'][1]:11.0f} MB  {hub_busy + count * per['lab'][1]:13.0f} MB")

if __name__ == "__main__":
    main()
