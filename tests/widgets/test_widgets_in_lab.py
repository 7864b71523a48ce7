"""In a real JupyterLab and Chromium at 1366×768: keyboard and mouse answers are saved beside the notebook."""

from __future__ import annotations

import json
import socket
import subprocess
import time
import urllib.request
from collections.abc import Iterator

import pytest
from playwright.sync_api import sync_playwright

from kynangso.lab import lab_command
from kynangso.paths import CourseRoot
from tests.conftest import M02

pytestmark = pytest.mark.slow
TOKEN = "thu-nghiem"
CHROMIUM_ARGS = ["--no-sandbox", "--disable-gpu", "--disable-quic", "--no-first-run", "--disable-background-networking",
                 "--disable-component-update", "--disable-sync"]


def _free_port() -> int:
    with socket.socket() as s:
        s.bind(("127.0.0.1", 0))
        return int(s.getsockname()[1])


@pytest.fixture
def lab_url(workshop: CourseRoot) -> Iterator[str]:
    port = _free_port()
    command, env = lab_command(course=workshop, port=port, token=TOKEN, open_browser=False)
    process = subprocess.Popen(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    base = f"http://127.0.0.1:{port}"
    deadline = time.monotonic() + 90
    try:
        while True:
            try:
                with urllib.request.urlopen(f"{base}/api", timeout=5) as response:
                    if response.status == 200:
                        break
            except OSError:
                if time.monotonic() > deadline or process.poll() is not None:
                    raise
                time.sleep(0.5)
        yield base
    finally:
        process.terminate()
        process.wait(timeout=30)


def test_ticks_and_typing_are_saved_and_readable(lab_url: str, workshop: CourseRoot) -> None:
    answers_file = workshop.exercises / M02 / "bai-tap-02.tra-loi.json"
    with sync_playwright() as p:
        browser = p.chromium.launch(executable_path="/usr/bin/chromium", headless=True, args=CHROMIUM_ARGS)
        page = browser.new_page(viewport={"width": 1366, "height": 768})
        page.goto(f"{lab_url}/lab/tree/exercises/{M02}/bai-tap-02.ipynb?token={TOKEN}")
        cell = page.locator(".jp-CodeCell", has_text="cau_3 = MultipleChoice").first
        cell.locator(".cm-content").click(timeout=90_000)
        page.keyboard.press("Shift+Enter")
        question = page.locator(".kns-question").first
        question.wait_for(timeout=90_000)
        question.locator("label", has_text="A. Số thứ tự").click()  # a click on the label ticks the box
        question.locator("input[type=checkbox]").nth(1).focus()     # keyboard: Space ticks the focused box
        page.keyboard.press("Space")
        question.locator("button", has_text="Kiểm tra").click()
        question.locator("text=Đã lưu câu trả lời").wait_for(timeout=30_000)
        box = question.bounding_box()
        font = question.locator("label", has_text="A. Số thứ tự").evaluate("e => getComputedStyle(e).fontSize")
        page.screenshot(path=str(answers_file.parent / "man-hinh.png"))  # kept with the test's files, to look at
        browser.close()
    saved = json.loads(answers_file.read_text(encoding="utf-8"))["cau_tra_loi"]["cac_phan_sai"]["tra_loi"]
    assert saved == ['A. Số thứ tự "5"', 'B. Ký hiệu "qđ-UBND"']
    assert box is not None and box["x"] + box["width"] <= 1366
    assert float(font.removesuffix("px")) >= 16
