"""``kynangso hub``: a JupyterHub for a classroom on the local network, one locked Linux account per learner.

Every learner gets the kit's Vietnamese JupyterLab as their own Linux user with the assignments already in their
folder, and submits through nbgrader's exchange (submissions private to their author, see
:mod:`kynangso.grading.exchange`); the trainer gets the course folder with nbgrader's formgrader. After the class the
trainer collects with the same ``kynangso collect`` as for USB sticks, pointed at the exchange's inbound folder,
then grades and reports.
"""

from __future__ import annotations

import json
import os
import pwd
import shutil
import socket
import stat
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

from nbgrader.auth import Authenticator
from nbgrader.exchange.default.release_assignment import ExchangeReleaseAssignment
from rich.console import Console
from rich.table import Table

from kynangso.course.catalogue import Catalogue, load_catalogue
from kynangso.course.learners import Learner, import_roster, load_roster
from kynangso.delivery.hub.accounts import TRAINER, Account, ensure_linux_user, plan_accounts, save_accounts
from kynangso.delivery.hub.app_server import IDLE_SECONDS, write_app_config
from kynangso.delivery.hub.cards import card_rows, write_cards
from kynangso.delivery.hub.handout import hand_out, share_feedback
from kynangso.delivery.hub.pages import write_pages
from kynangso.delivery.learner_lab import LEARNER_SERVER_OFF, page_config
from kynangso.errors import KitError
from kynangso.grading import nbgrader_adapter
from kynangso.grading.exchange import set_aside_impostors
from kynangso.i18n import _
from kynangso.paths import CourseRoot

PROXY_VERSION = "5.3.0"  # configurable-http-proxy from npm (`make hub-proxy`)
# Server extensions a learner does not need (nbgrader's trainer tools; no terminal, no language server).
LEARNER_OFF = (*LEARNER_SERVER_OFF, "jupyter_lsp", "jupyter_server_terminals", "notebook")


@dataclass(frozen=True)
class HubSetup:
    """Everything prepared for one workshop hub; ``command`` and ``env`` start it."""

    url: str
    command: list[str]
    env: dict[str, str]
    accounts: list[Account]
    learners: list[Learner]
    cards: Path
    inbound: Path
    private: Path
    owners: dict[str, int]  # learner id → uid of the learner's account: who may submit under that id
    course: CourseRoot
    homes: dict[str, Path]  # learner id → the learner's folder (feedback pages are copied there)

    @property
    def set_aside(self) -> Path:
        return self.private / "nop-sai-ten"


def lan_address() -> str:
    """This machine's address on the local network (no packet is sent), or loopback when there is none."""
    with socket.socket(socket.AF_INET, socket.SOCK_DGRAM) as probe:
        try:
            probe.connect(("10.255.255.255", 1))
            return str(probe.getsockname()[0])
        except OSError:
            return "127.0.0.1"


def find_proxy() -> str:
    local = Path(sys.executable).parents[1] / "node" / "node_modules" / ".bin" / "configurable-http-proxy"
    found = str(local) if local.is_file() else shutil.which("configurable-http-proxy")
    if not found:
        raise KitError(_("Chưa cài configurable-http-proxy. Hãy chạy 'make hub-proxy' (cần node và npm) "
                         "hoặc 'npm install -g configurable-http-proxy@{version}'.").format(version=PROXY_VERSION))
    return found


def _readable_by_learners(python: Path) -> None:
    """Learners' servers run the kit's Python: every folder above it (and above the real interpreter behind a
    virtual environment's link) must let other users through."""
    folders = [*python.parents, *python.resolve().parents, *Path(sys.base_prefix).resolve().parents]
    for folder in folders:
        if folder.is_dir() and not folder.stat().st_mode & stat.S_IXOTH:
            raise KitError(_("Học viên không dùng được môi trường Python của bộ học liệu: thư mục '{folder}' đang "
                             "đóng với người dùng khác. Hãy cài bộ học liệu ở thư mục khác (ví dụ /opt) "
                             "hoặc chạy 'chmod o+x {folder}'.").format(folder=folder))


def _close_course(course: CourseRoot) -> None:
    """Learners must not read the trainer's source notebooks, gradebook or roster."""
    for folder in (course.grading, course.solutions):
        if folder.is_dir():
            os.chmod(folder, folder.stat().st_mode & ~0o077)


def _exchange(state: Path, course: CourseRoot) -> tuple[Path, Path]:
    """nbgrader's exchange with every released assignment in ``outbound``; returns (root, inbound)."""
    root = state / "exchange"
    root.mkdir(parents=True, exist_ok=True)
    os.chmod(state, 0o755)
    # nbgrader insists on a world-writable root; the sticky bit (as on /tmp) stops learners from renaming or
    # deleting what is not theirs, such as the course folder itself.
    os.chmod(root, 0o1777)
    config = nbgrader_adapter.load_config(course)
    config.Exchange.root = str(root)
    catalogue = load_catalogue(course.catalogue)
    for assignment in catalogue.assignments:
        if not (course.exercises / assignment.id).is_dir():
            continue
        result = nbgrader_adapter.run_converter(ExchangeReleaseAssignment, course, config, assignment_id=assignment.id,
                                         force=True, authenticator=Authenticator(config=config))
        if not result.ok:
            raise KitError(_("Không phát được bài '{bai}' lên máy chủ lớp học: {loi}").format(bai=assignment.id,
                                                                                               loi=result.error))
    inbound = root / catalogue.course_id / "inbound"
    os.chmod(inbound, 0o3733)  # write-only for learners, setgid, sticky: a submission is only its author's
    return root, inbound


def _learner_config(state: Path, exchange: Path, catalogue: Catalogue) -> Path:
    course_id = catalogue.course_id
    folder = state / "cau-hinh-hoc-vien"
    folder.mkdir(parents=True, exist_ok=True)
    (folder / "nbgrader_config.py").write_text(
        "import os\n\nc = get_config()  # noqa: F821\n"
        f"c.Exchange.root = {str(exchange)!r}\n"
        f"c.CourseDirectory.course_id = {course_id!r}\n"
        "c.CourseDirectory.student_id = os.environ.get('KYNANGSO_LEARNER', '*')\n"
        "c.ExchangeFactory.submit = 'kynangso.grading.exchange.PrivateSubmit'\n",
        encoding="utf-8",
    )
    server = {
        "ServerApp": {"jpserver_extensions": dict.fromkeys(LEARNER_OFF, False), "terminals_enabled": False,
                      "shutdown_no_activity_timeout": IDLE_SECONDS},
        "MappingKernelManager": {"cull_idle_timeout": IDLE_SECONDS, "cull_interval": 300},
        "LabApp": {"check_for_updates_class": "jupyterlab.NeverCheckForUpdate", "news_url": "",
                   "extension_manager": "readonly"},  # lists what is installed; never asks PyPI
    }
    (folder / "jupyter_server_config.json").write_text(json.dumps(server, indent=1), encoding="utf-8")
    (folder / "labconfig").mkdir(exist_ok=True)
    # The trainer's parts of nbgrader's JupyterLab extension are off for learners (see kynangso.delivery.learner_lab).
    (folder / "labconfig" / "page_config.json").write_text(json.dumps(page_config(), indent=1), encoding="utf-8")
    for path in [folder, *folder.rglob("*")]:
        os.chmod(path, 0o755 if path.is_dir() else 0o644)
    return folder


def _trainer_config(private: Path, learner_config: Path) -> Path:
    """The trainer's formgrader and assignment list use the hub's exchange, not the course's own."""
    folder = private / "cau-hinh-giang-vien"
    folder.mkdir(exist_ok=True)
    exchange = (learner_config / "nbgrader_config.py").read_text(encoding="utf-8").splitlines()
    (folder / "nbgrader_config.py").write_text(
        "c = get_config()  # noqa: F821\n" + "".join(f"{x}\n" for x in exchange if x.startswith("c.Exchange.root")),
        encoding="utf-8")
    return folder


def _hub_config(*, setup_dir: Path, course: CourseRoot, accounts: list[Account], learner_config: Path, ip: str,
                port: int, hub_port: int, api_port: int) -> Path:
    config = {
        "JupyterHub": {
            "ip": ip, "port": port, "hub_ip": "127.0.0.1", "hub_port": hub_port,
            "db_url": f"sqlite:///{setup_dir / 'jupyterhub.sqlite'}",
            "cookie_secret_file": str(setup_dir / "jupyterhub_cookie_secret"),
            "authenticator_class": "kynangso.delivery.hub.auth.CardAuthenticator",
            "spawner_class": "kynangso.delivery.hub.spawner.KitSpawner",
            "cleanup_servers": True,
            "template_paths": [str(write_pages(setup_dir / "trang"))],
            # a learner's default server is app mode (phones); JupyterLab is the named server "lab"
            "allow_named_servers": True, "named_server_limit_per_user": 1,
        },
        "ConfigurableHTTPProxy": {"command": [find_proxy()], "api_url": f"http://127.0.0.1:{api_port}",
                                  "pid_file": str(setup_dir / "proxy.pid")},
        "Authenticator": {"allowed_users": [a.user for a in accounts], "admin_users": [TRAINER]},
        "CardAuthenticator": {"hashes_file": str(setup_dir / "mat-khau-bam.json")},
        "Spawner": {"cmd": [sys.executable, "-m", "kynangso.delivery.hub.singleuser"], "default_url": "/kynangso",
                    "http_timeout": 120, "start_timeout": 180},
        "KitSpawner": {"learners": {a.user: a.learner_id for a in accounts if a.user != TRAINER},
                       "course_root": str(course.root), "learner_config": str(learner_config),
                       "app_config": str(write_app_config(learner_config.parent / "cau-hinh-ung-dung", learner_config,
                                                          load_catalogue(course.catalogue))),
                       "trainer_config": str(_trainer_config(setup_dir, learner_config))},
    }
    path = setup_dir / "jupyterhub_config.json"
    path.write_text(json.dumps(config, ensure_ascii=False, indent=1), encoding="utf-8")
    os.chmod(path, 0o600)
    return path


def prepare(*, course: CourseRoot, roster: Path | None = None, ip: str | None = None, port: int = 8000,
            state: Path = Path("/srv/kynangso"), homes: Path = Path("/home"), prefix: str = "hv",
            hub_port: int = 8081, api_port: int = 8001) -> HubSetup:
    """Accounts, exchange, learners' settings, login cards and the JupyterHub command line (nothing started)."""
    if sys.platform != "linux" or os.geteuid() != 0:
        raise KitError(_("Máy chủ lớp học cần Linux và quyền quản trị: hãy chạy 'sudo kynangso hub …'."))
    if roster is not None:
        import_roster(course=course, file=roster)
    learners = load_roster(course)
    if not learners:
        raise KitError(_("Chưa có danh sách học viên. Hãy chạy 'kynangso hub --roster danh-sach.xlsx'."))
    _readable_by_learners(Path(sys.executable))
    ip = ip or lan_address()
    private = state / "rieng"
    accounts = plan_accounts(private, learners, prefix)
    save_accounts(private, accounts)
    for account in accounts[1:]:
        hand_out(course, ensure_linux_user(account, homes))
    _close_course(course)
    catalogue = load_catalogue(course.catalogue)
    exchange, inbound = _exchange(state, course)
    learner_config = _learner_config(state, exchange, catalogue)
    config = _hub_config(setup_dir=private, course=course, accounts=accounts, learner_config=learner_config, ip=ip,
                         port=port, hub_port=hub_port, api_port=api_port)
    url = f"http://{ip}:{port}"
    cards = write_cards(private / "the-dang-nhap.html", url=url, accounts=accounts, learners=learners)
    env = dict(os.environ)
    env["PATH"] = str(Path(sys.executable).parent) + os.pathsep + env.get("PATH", "")
    command = [sys.executable, "-m", "jupyterhub", "-f", str(config)]
    owners = {a.learner_id: pwd.getpwnam(a.user).pw_uid for a in accounts if a.user != TRAINER}
    folders = {a.learner_id: Path(pwd.getpwnam(a.user).pw_dir) for a in accounts if a.user != TRAINER}
    return HubSetup(url, command, env, accounts, learners, cards, inbound, private, owners, course, folders)


def show(setup: HubSetup, console: Console) -> None:
    """What the trainer needs on screen: the address, every card, and how to collect afterwards."""
    table = Table(_("Họ và tên"), _("Đơn vị"), _("Tên đăng nhập"), _("Mật khẩu"),
                  title=_("Địa chỉ lớp học: {url}").format(url=setup.url))
    for row in card_rows(setup.accounts, setup.learners):
        table.add_row(row["name"], row["unit"], row["user"], row["password"])
    console.print(table)
    console.print(_("Thẻ đăng nhập để in: {cards}").format(cards=setup.cards), highlight=False)
    console.print(_("Chấm bài của giảng viên: {url} (mở trong thẻ mới)").format(
        url=f"{setup.url}/user/{TRAINER}/formgrader"), highlight=False)
    console.print(_("Sau buổi học, thu bài: kynangso collect {inbound}").format(inbound=setup.inbound),
                  highlight=False)
    console.print(_("Dừng máy chủ: Ctrl+C"))


def hub(*, course: CourseRoot, roster: Path | None = None, ip: str | None = None, port: int = 8000,
        state: Path = Path("/srv/kynangso"), console: Console | None = None) -> int:
    """Prepare the workshop hub, print the address and the login cards, and run it until Ctrl+C."""
    setup = prepare(course=course, roster=roster, ip=ip, port=port, state=state)
    console = console or Console()
    show(setup, console)
    process = subprocess.Popen(setup.command, env=setup.env, cwd=setup.private)
    try:
        while process.poll() is None:
            _check_inbound(setup, console)
            time.sleep(5)
    except KeyboardInterrupt:
        _stop(process)
    finally:
        process.wait()
        _check_inbound(setup, console)
    return process.returncode


def _stop(process: subprocess.Popen[bytes]) -> None:
    """Ask JupyterHub to stop until it does: while still starting it ignores the first request."""
    for _attempt in range(24):
        process.terminate()
        try:
            process.wait(timeout=5)
            return
        except subprocess.TimeoutExpired:
            continue
    process.kill()


def _check_inbound(setup: HubSetup, console: Console) -> None:
    share_feedback(setup.course, setup.homes)
    for name in set_aside_impostors(setup.inbound, setup.owners, setup.set_aside):
        console.print(_("[red]Bài nộp mang tên người khác, đã để riêng ra {folder}:[/] {name}").format(
            folder=setup.set_aside, name=name), highlight=False)


__all__ = ["HubSetup", "find_proxy", "hub", "lan_address", "prepare", "show"]
