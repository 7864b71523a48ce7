"""The workshop hub for real: JupyterHub + configurable-http-proxy on 127.0.0.1, three locked learner accounts.

Each learner logs in with a card's password, fetches assignment 02 through nbgrader's exchange, answers
(right, partly, not at all) and submits; the trainer collects the exchange's inbound folder with
``kynangso collect``, grades and reports. Then two real learner accounts try to read what is not theirs.
"""

from __future__ import annotations

import json
import os
import pwd
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pandas as pd
import psutil
import pytest
import requests

from kynangso.course.catalogue import load_catalogue
from kynangso.course.simulate import fill, load_answers
from kynangso.delivery.home_page import LAB_SERVER
from kynangso.delivery.hub.accounts import TRAINER, remove_linux_user
from kynangso.delivery.hub.server import HubSetup, prepare
from kynangso.grading.collect import collect
from kynangso.grading.exchange import set_aside_impostors
from kynangso.grading.grade import grade
from kynangso.paths import CourseRoot
from kynangso.reporting.report import TOTAL, report
from tests.conftest import M02
from tests.hub_client import HubSession, wait_for

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("useradd"),
                       reason="the hub creates Linux accounts: root on Linux only"),
]
NAMES = ("Lò Thị Hoa", "Vi Văn Đức", "Kha Thị Mai")  # right, empty, partly right
COURSE_ID = "kynangso"


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


@dataclass
class RunningHub:
    setup: HubSetup
    course: CourseRoot
    state: Path
    passwords: dict[str, str]
    users: dict[str, str]  # roster id → Linux user
    started: float
    options: dict[str, Any]  # what prepare() was given (without the roster file)


def _stop(process: subprocess.Popen[bytes], users: list[str]) -> None:
    """Stop the hub (it stops the learners' servers), then anything still running as a test account."""
    if process.poll() is None:
        os.killpg(process.pid, signal.SIGTERM)
        try:
            process.wait(timeout=60)
        except subprocess.TimeoutExpired:
            os.killpg(process.pid, signal.SIGKILL)
            process.wait()
    uids = set()
    for user in users:
        try:
            uids.add(pwd.getpwnam(user).pw_uid)
        except KeyError:
            continue
    for leftover in psutil.process_iter(["uids"]):
        if leftover.info["uids"] and leftover.info["uids"].real in uids:
            leftover.kill()
    for user in users:
        remove_linux_user(user)


@pytest.fixture(scope="module")
def hub(released_template: CourseRoot) -> Iterator[RunningHub]:
    began = time.monotonic()
    # A state folder other users can traverse, as /srv/kynangso is; the course inside it is protected by the hub
    # alone (a pytest temporary folder would already be closed to other users).
    state = Path(tempfile.mkdtemp(prefix="kynangso-hub-", dir="/tmp"))
    os.chmod(state, 0o755)
    course = CourseRoot(state / "lop")
    shutil.copytree(released_template.root, course.root)
    roster = state / "danh-sach.csv"
    pd.DataFrame([{"Họ và tên": n, "Đơn vị": "Châu Tiến"} for n in NAMES]).to_csv(roster, index=False)
    prefix = "t" + "".join(chr(97 + b % 26) for b in os.urandom(4))
    options = {"course": course, "ip": "127.0.0.1", "port": _free_port(), "state": state, "homes": state / "nha",
               "prefix": prefix, "hub_port": _free_port(), "api_port": _free_port()}
    setup = prepare(roster=roster, **options)
    users = [a.user for a in setup.accounts if a.user != TRAINER]
    log = (state / "hub.log").open("wb")
    process = subprocess.Popen(setup.command, env=setup.env, cwd=setup.private, stdout=log, stderr=subprocess.STDOUT,
                               start_new_session=True)
    try:
        wait_for(f"{setup.url}/hub/login", timeout=180)
        yield RunningHub(setup, course, state, {a.user: a.password for a in setup.accounts},
                         {a.learner_id: a.user for a in setup.accounts}, began, options)
    finally:
        _stop(process, users)
        log.close()
        print("\n".join((state / "hub.log").read_text(encoding="utf-8", errors="replace").splitlines()[-60:]))
        shutil.rmtree(state, ignore_errors=True)


@pytest.fixture(scope="module")
def submitted(hub: RunningHub) -> dict[str, HubSession]:
    """Every learner logs in, fetches, answers and submits assignment 02 through the hub."""
    assignment = load_catalogue(hub.course.catalogue).assignment(M02)
    answers = load_answers(hub.course, assignment)
    right = dict(answers.right)
    partly = {g: right[g] for g in ("tra_loi_so_ky_hieu_quyet_dinh", "tra_loi_loi_the_thuc")}
    choices = {"lo-thi-hoa": right, "vi-van-duc": {}, "kha-thi-mai": partly}
    sessions = {}
    for learner_id, chosen in choices.items():
        user = hub.users[learner_id]
        session = HubSession(hub.setup.url, user, hub.passwords[user], server_name=LAB_SERVER)
        assert session.logged_in, user
        session.start()
        listed = {a["assignment_id"]: a["status"] for a in session.assignments(COURSE_ID)}
        assert listed[M02] == "fetched"  # handed out into the learner's folder when the account was made
        if not chosen:  # this learner deleted the folder by mistake and fetches it again through nbgrader
            shutil.rmtree(Path(pwd.getpwnam(user).pw_dir) / M02)
            listed = {a["assignment_id"]: a["status"] for a in session.assignments(COURSE_ID)}
            assert listed[M02] == "released"
            listed = {a["assignment_id"]: a["status"] for a in session.fetch(COURSE_ID, M02)}
            assert listed[M02] == "fetched"
        path = f"{M02}/{assignment.notebook}"
        if chosen:
            draft = hub.state / f"{user}.ipynb"
            draft.write_text(json.dumps(session.read_notebook(path)), encoding="utf-8")
            session.save_notebook(path, dict(fill(draft, chosen)))
        answer = session.submit(COURSE_ID, M02)
        assert answer["success"], answer
        sessions[learner_id] = session
    return sessions


def test_three_learners_submit_through_the_hub_and_are_graded(hub: RunningHub,
                                                              submitted: dict[str, HubSession]) -> None:
    result = collect(course=hub.course, paths=[hub.setup.inbound])
    assert sorted(x[0] for x in result.collected) == ["kha-thi-mai", "lo-thi-hoa", "vi-van-duc"]
    assert not result.unmatched
    outcomes = grade(course=hub.course, assignments=[M02], workers=1)
    assert all(o.ok for o in outcomes)
    table = report(course=hub.course).learners
    scores = dict(zip(table["Mã học viên"], table[TOTAL], strict=True))
    assert scores == {"lo-thi-hoa": 9, "kha-thi-mai": 2 + 3, "vi-van-duc": 0}
    print(f"\nHub test: login → grades for 3 learners in {time.monotonic() - hub.started:.1f} s")


def _as(user: str, *command: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(["runuser", "-u", user, "--", *command], capture_output=True, text=True, check=False)


def test_learners_cannot_read_each_other_or_the_trainer(hub: RunningHub, submitted: dict[str, HubSession]) -> None:
    author, other = hub.users["lo-thi-hoa"], hub.users["kha-thi-mai"]
    inbound = hub.setup.inbound
    mine = next(p for p in inbound.iterdir() if p.name.startswith("lo-thi-hoa+"))
    notebook = str(mine / load_catalogue(hub.course.catalogue).assignment(M02).notebook)
    assert _as(author, "cat", notebook).returncode == 0  # the check can succeed: the author reads it
    assert _as(other, "ls", str(inbound)).returncode != 0  # cannot list the submissions
    assert _as(other, "cat", notebook).returncode != 0  # nor read one whose name is known
    assert _as(other, "ls", str(mine)).returncode != 0
    assert _as(other, "mv", str(mine), str(inbound / "lo-thi-hoa+stolen")).returncode != 0
    assert _as(other, "ls", pwd.getpwnam(author).pw_dir).returncode != 0  # nor the other learner's home
    for secret in (hub.course.gradebook, hub.course.roster, hub.course.solutions / M02):
        assert _as(other, "ls", str(secret)).returncode != 0, secret
    assert _as(other, "cat", str(hub.setup.private / "tai-khoan.csv")).returncode != 0  # nor the passwords
    # Through the hub: a learner's session does not open another learner's JupyterLab.
    assert submitted["kha-thi-mai"].http.get(f"{hub.setup.url}/user/{author}/{LAB_SERVER}/api/contents",
                                             timeout=30).status_code in {403, 404}


def test_learner_servers_run_as_their_own_user_in_vietnamese(hub: RunningHub,
                                                             submitted: dict[str, HubSession]) -> None:
    for learner_id, session in submitted.items():
        translation = session.http.get(f"{session.server}/lab/api/settings/@jupyterlab/translation-extension:plugin",
                                       timeout=60).json()
        assert translation["settings"]["locale"] == "vi_VN"
        lab_page = session.http.get(f"{session.server}/lab", timeout=60).content.decode("utf-8")
        assert "@jupyter/nbgrader:create-assignment" in lab_page.split("disabledExtensions", 1)[1][:400]
        # the kit's Lab extension keeps widget answers in the notebook; its kernel shows errors in one Vietnamese line
        assert "kynangso-answers" in lab_page
        kernels = session.http.get(f"{session.server}/api/kernelspecs", timeout=60).json()
        assert "--ext=kynangso.learner.friendly_errors" in kernels["kernelspecs"]["python3"]["spec"]["argv"]
        uid = pwd.getpwnam(hub.users[learner_id]).pw_uid
        servers = [p for p in psutil.process_iter(["uids", "cmdline"])
                   if p.info["cmdline"] and "kynangso.delivery.hub.singleuser" in p.info["cmdline"]
                   and p.info["uids"].real == uid]
        assert len(servers) == 1


def test_trainer_opens_the_formgrader_through_the_hub(hub: RunningHub) -> None:
    trainer = HubSession(hub.setup.url, TRAINER, hub.passwords[TRAINER])
    assert trainer.logged_in
    trainer.start()
    page = trainer.http.get(f"{trainer.server}/formgrader", timeout=60)
    assert page.status_code == 200 and "formgrade" in page.text
    assignments = trainer.http.get(f"{trainer.server}/formgrader/api/assignments", timeout=60).json()
    assert M02 in {a["name"] for a in assignments}
    released = trainer.http.get(f"{trainer.server}/assignments", params={"course_id": COURSE_ID}, timeout=60).json()
    assert {a["path"].startswith(str(hub.setup.inbound.parent)) for a in released["value"]} == {True}


def test_wrong_password_does_not_open_the_hub(hub: RunningHub) -> None:
    page = requests.get(f"{hub.setup.url}/hub/login", timeout=60).content.decode("utf-8")
    assert "Đăng nhập lớp học" in page and "Sign in" not in page
    user = hub.users["lo-thi-hoa"]
    wrong = "1" + hub.passwords[user][1:] if hub.passwords[user][0] != "1" else "2" + hub.passwords[user][1:]
    assert not HubSession(hub.setup.url, user, wrong).logged_in
    spaced = hub.passwords[user][:4] + " " + hub.passwords[user][4:]  # as printed on the card
    assert HubSession(hub.setup.url, user, spaced).logged_in


def test_a_submission_under_someone_elses_name_is_set_aside(hub: RunningHub,
                                                            submitted: dict[str, HubSession]) -> None:
    impostor, victim = hub.users["kha-thi-mai"], "lo-thi-hoa"
    forged = hub.setup.inbound / f"{victim}+{M02}+2099-01-01 00:00:00.000000 UTC+gia"
    assert _as(impostor, "mkdir", str(forged)).returncode == 0  # what `nbgrader submit --student` would make
    moved = set_aside_impostors(hub.setup.inbound, hub.setup.owners, hub.setup.set_aside)
    assert moved == [forged.name]
    assert (hub.setup.set_aside / forged.name).is_dir() and not forged.exists()
    assert sum(p.name.startswith(f"{victim}+") for p in hub.setup.inbound.iterdir()) == 1  # the real one stays


def test_preparing_again_keeps_the_cards_and_the_learners_work(hub: RunningHub,
                                                               submitted: dict[str, HubSession]) -> None:
    notebook = load_catalogue(hub.course.catalogue).assignment(M02).notebook
    answered = Path(pwd.getpwnam(hub.users["lo-thi-hoa"]).pw_dir) / M02 / notebook
    before = answered.read_bytes()
    again = prepare(**hub.options)
    assert {a.user: a.password for a in again.accounts} == hub.passwords
    assert answered.read_bytes() == before
    user = hub.users["kha-thi-mai"]
    assert HubSession(hub.setup.url, user, hub.passwords[user]).logged_in  # the printed card still opens the hub


def test_a_learner_server_leaves_out_the_iri_grammar() -> None:
    """The server a learner gets loads Jupyter's event schemas without building the IRI grammar (see
    kynangso.delivery.hub.singleuser); the package is installed, so without the launcher it would be loaded."""
    probe = ("import runpy, sys\nsys.argv = ['x', '--help']\n"
             "try:\n    runpy.run_module('kynangso.delivery.hub.singleuser', run_name='__main__')\n"
             "except SystemExit:\n    pass\nprint('lark' in sys.modules, 'jupyter_events' in sys.modules)")
    plain = "import jupyter_events, sys\nprint('lark' in sys.modules)"
    ours = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True, timeout=120)
    theirs = subprocess.run([sys.executable, "-c", plain], capture_output=True, text=True, check=True, timeout=120)
    assert ours.stdout.strip().splitlines()[-1] == "False True"
    assert theirs.stdout.strip() == "True"
