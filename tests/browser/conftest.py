"""A real ``kynangso lab`` on 127.0.0.1 and Debian's headless Chromium driven by Playwright.

The lab runs in a scratch workshop (course copied, assignments released) with a private HOME and Jupyter
folders, so nothing of the developer's setup leaks in. Every page records the requests and websockets it
opens, so tests can prove that nothing leaves 127.0.0.1.
"""

from __future__ import annotations

import secrets
import shutil
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

import pytest
from playwright.sync_api import Browser, Page, Playwright, WebSocket, sync_playwright

from kynangso.delivery.lab import lab_command
from kynangso.paths import CourseRoot
from tests.conftest import CHECKOUT

CHROMIUM = Path("/usr/bin/chromium")
LAUNCH_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run",
               "--disable-background-networking", "--disable-component-update", "--disable-sync"]
ARTIFACTS = CHECKOUT.root / "test-artifacts"
VIEWPORT = {"width": 1400, "height": 1000}


@dataclass
class LabServer:
    url: str
    token: str
    course: CourseRoot
    log: Path

    def open_url(self, path: str) -> str:
        """The address that opens ``path`` (relative to the course) in Lab, with a fresh workspace."""
        return f"{self.url}/lab/tree/{path}?token={self.token}&reset"


@dataclass
class Traffic:
    """What a page asked for: every request URL and every websocket URL."""

    requests: list[str] = field(default_factory=list)
    websockets: list[str] = field(default_factory=list)
    frames: dict[str, int] = field(default_factory=dict)  # frames received, by websocket URL

    def record_websocket(self, socket: WebSocket) -> None:
        self.websockets.append(socket.url)
        self.frames[socket.url] = 0
        socket.on("framereceived", lambda _payload: self.frames.__setitem__(socket.url, self.frames[socket.url] + 1))

    def kernel_talked(self) -> bool:
        """True once a kernel websocket has received messages (the kernel is attached to the page)."""
        return any("/api/kernels/" in url and count > 0 for url, count in self.frames.items())


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


def _wait_for_api(url: str, process: subprocess.Popen[bytes], log: Path, seconds: float = 90) -> None:
    deadline = time.monotonic() + seconds
    while True:
        try:
            with urllib.request.urlopen(f"{url}/api", timeout=5) as response:
                if response.status == 200:
                    return
        except OSError:
            pass
        if process.poll() is not None or time.monotonic() > deadline:
            raise RuntimeError(f"JupyterLab did not start:\n{log.read_text(errors='replace')[-3000:]}")
        time.sleep(0.5)


def run_lab(released_template: CourseRoot, scratch: Path, *, trainer: bool = False) -> Iterator[LabServer]:
    """``kynangso lab`` (the command ``lab_command`` builds; ``--trainer`` if asked) on a free port, in ``scratch``."""
    if not CHROMIUM.exists():
        pytest.fail("Browser tests need Debian's chromium (apt-get install chromium); .ci/run installs it.")
    course = CourseRoot(scratch / "lop")
    shutil.copytree(released_template.root, course.root)
    home = scratch / "home"
    port, token = _free_port(), secrets.token_hex(16)
    command, env = lab_command(course=course, port=port, token=token, open_browser=False, trainer=trainer)
    env.update(HOME=str(home), JUPYTER_CONFIG_DIR=str(home / ".jupyter"),
               JUPYTER_DATA_DIR=str(home / ".local/share/jupyter"), JUPYTER_RUNTIME_DIR=str(home / "runtime"),
               IPYTHONDIR=str(home / ".ipython"))
    log = scratch / "lab.log"
    with log.open("wb") as out:
        process = subprocess.Popen(command, env=env, stdout=out, stderr=subprocess.STDOUT,
                                   start_new_session=True)
    url = f"http://127.0.0.1:{port}"
    try:
        _wait_for_api(url, process, log)
        yield LabServer(url, token, course, log)
    finally:
        process.terminate()
        try:
            process.wait(timeout=30)
        except subprocess.TimeoutExpired:
            process.kill()
            process.wait(timeout=10)


@pytest.fixture(scope="package")
def lab_server(released_template: CourseRoot, tmp_path_factory: pytest.TempPathFactory) -> Iterator[LabServer]:
    """A learner's ``kynangso lab`` for the browser tests of this package."""
    yield from run_lab(released_template, tmp_path_factory.mktemp("browser"))


# Package scope: Playwright's sync API keeps an event loop running in this thread until it stops, which would
# break later tests that use asyncio.run() or start Playwright themselves.
@pytest.fixture(scope="package")
def playwright() -> Iterator[Playwright]:
    with sync_playwright() as p:
        yield p


@pytest.fixture(scope="package")
def browser(playwright: Playwright) -> Iterator[Browser]:
    browser = playwright.chromium.launch(executable_path=str(CHROMIUM), headless=True, args=LAUNCH_ARGS)
    yield browser
    browser.close()


@pytest.fixture
def traffic() -> Traffic:
    return Traffic()


@pytest.hookimpl(wrapper=True)
def pytest_runtest_makereport(item: pytest.Item, call: pytest.CallInfo[None]) -> Iterator[None]:
    report = yield
    if report.when == "call":
        item.stash[_FAILED] = report.failed
    return report


_FAILED = pytest.StashKey[bool]()


@pytest.fixture
def page(browser: Browser, traffic: Traffic, request: pytest.FixtureRequest) -> Iterator[Page]:
    """A fresh browser context and page that records its traffic into ``traffic``.

    When the test fails, the page as it was is saved to ``test-artifacts/<test>-failed.png``.
    """
    context = browser.new_context(viewport=VIEWPORT, locale="vi-VN")  # type: ignore[arg-type]
    page = context.new_page()
    page.on("request", lambda request: traffic.requests.append(request.url))
    page.on("websocket", traffic.record_websocket)
    page.set_default_timeout(60_000)
    yield page
    if request.node.stash.get(_FAILED, False):
        ARTIFACTS.mkdir(exist_ok=True)
        page.screenshot(path=str(ARTIFACTS / f"{request.node.name}-failed.png"))
    context.close()


@pytest.fixture(scope="session")
def artifacts() -> Path:
    ARTIFACTS.mkdir(exist_ok=True)
    return ARTIFACTS
