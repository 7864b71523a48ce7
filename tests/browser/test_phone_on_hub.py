"""A learner on a phone (360×800, touch) through the real workshop hub: log in, the home page of modules, the M2
lesson and exercise as apps (no code), answers by tapping, "Nộp bài"; then the trainer's ``collect`` → ``grade`` →
``report`` gives full marks, and the learner opens the feedback page from the home page. Every request goes to the
hub's address; a screenshot of each page goes to ``test-artifacts/``.
"""

from __future__ import annotations

import ast
import json
import os
import re
import shutil
from collections.abc import Iterator
from typing import Any

import pytest
from playwright.sync_api import Browser, BrowserContext, Page, expect

from kynangso.course.catalogue import load_catalogue
from kynangso.course.simulate import load_answers
from kynangso.delivery.hub.handout import share_feedback
from kynangso.grading.collect import collect
from kynangso.grading.feedback import feedback
from kynangso.grading.grade import grade
from kynangso.reporting.report import TOTAL, report
from tests.browser import _lab_page as lab
from tests.browser.conftest import ARTIFACTS
from tests.conftest import M02
from tests.test_hub import RunningHub, hub  # noqa: F401  (the real hub, started once for this file)

pytestmark = [
    pytest.mark.slow,
    pytest.mark.skipif(os.geteuid() != 0 or not shutil.which("useradd"),
                       reason="the hub creates Linux accounts: root on Linux only"),
]
PHONE = {"width": 360, "height": 800}
LEARNER = "lo-thi-hoa"
_BUILT = re.compile(r"^(\w+) = (\w+)\(", re.MULTILINE)
ENGLISH_ERRORS = re.compile(r"Traceback|Error|Exception|There was an error")


def _questions(running: RunningHub) -> list[tuple[str, Any]]:
    """(widget class, right answer) of every graded question of M2, in the order the page shows them."""
    course = running.course
    assignment = load_catalogue(course.catalogue).assignment(M02)
    right = load_answers(course, assignment).right
    released = json.loads((course.exercises / M02 / assignment.notebook).read_text(encoding="utf-8"))
    found = []
    for cell in released["cells"]:
        grade_id = cell["metadata"].get("nbgrader", {}).get("grade_id")
        if grade_id in right:
            kinds = dict(_BUILT.findall("".join(cell["source"])))
            for statement in ast.parse(right[grade_id]).body:
                call = statement.value  # type: ignore[attr-defined]
                found.append((kinds[call.func.value.id], ast.literal_eval(call.args[0])))
    return found


@pytest.fixture
def phone(browser: Browser) -> Iterator[tuple[BrowserContext, list[str]]]:
    context = browser.new_context(viewport=PHONE, is_mobile=True, has_touch=True, device_scale_factor=2,  # type: ignore[arg-type]
                                  locale="vi-VN")
    requests: list[str] = []
    context.on("request", lambda request: requests.append(request.url))
    yield context, requests
    context.close()


def _shot(page: Page, name: str) -> None:
    ARTIFACTS.mkdir(exist_ok=True)
    page.screenshot(path=str(ARTIFACTS / f"dien-thoai-{name}.png"))


def _fits_the_screen(page: Page) -> None:
    assert page.evaluate("document.documentElement.scrollWidth") <= PHONE["width"] + 2  # text wraps, no side scroll


def _no_code(page: Page) -> None:
    """No code on the page, and no error in English."""
    expect(page.locator(".cm-editor, .jp-InputArea pre, .jp-InputArea .jp-Editor")).to_have_count(0)
    text = page.locator("body").inner_text()
    assert "import " not in text and "kynangso." not in text
    assert not ENGLISH_ERRORS.search(text), text


def _wait_rendered(page: Page) -> None:
    """Voilà has run every cell (its spinner is gone) and shows the page."""
    expect(page.locator("#loading")).to_have_count(0, timeout=lab.LONG)
    expect(page.locator(".jp-Cell").first).to_be_visible(timeout=lab.LONG)


def test_a_learner_on_a_phone_hands_in_m2_and_reads_the_feedback(
        hub: RunningHub, phone: tuple[BrowserContext, list[str]]) -> None:  # noqa: F811
    context, requests = phone
    user = hub.users[LEARNER]
    page = context.new_page()
    page.set_default_timeout(lab.LONG)
    page.goto(f"{hub.setup.url}/hub/login")
    page.locator("#username_input").fill(user)
    page.locator("#password_input").fill(hub.passwords[user])
    page.locator("#login_submit").tap()

    module = page.locator("#mo-dun-M2")  # the home page, not JupyterLab's file browser
    expect(module).to_be_visible(timeout=lab.LONG * 2)
    expect(module).to_contain_text("Chưa làm")
    expect(page.get_by_role("link", name=re.compile("Mở JupyterLab"))).to_be_visible()
    button_height = module.get_by_role("link", name=re.compile("Bài tập")).bounding_box()
    assert button_height is not None and button_height["height"] >= 44  # thumb-sized
    _fits_the_screen(page)
    _shot(page, "1-trang-chu")

    module.get_by_role("link", name=re.compile("Bài học")).tap()
    _wait_rendered(page)
    expect(page.locator("body")).to_contain_text("Nghị định 30/2020/NĐ-CP")
    _no_code(page)
    _fits_the_screen(page)
    _shot(page, "2-bai-hoc-02")
    page.go_back()

    page.locator("#mo-dun-M2").get_by_role("link", name=re.compile("Bài tập")).tap()
    _wait_rendered(page)
    hand_in = page.get_by_role("button", name="Nộp bài")
    expect(hand_in).to_be_visible(timeout=lab.LONG)
    _no_code(page)
    questions = page.locator(".kns-question").filter(has=page.locator("button", has_text="Kiểm tra"))
    wanted = _questions(hub)
    expect(questions).to_have_count(len(wanted))
    for index, (kind, value) in enumerate(wanted):
        questions.nth(index).scroll_into_view_if_needed()
        lab.answer_question(page, questions.nth(index), kind, value, touch=True)
    _shot(page, "3-bai-tap-02-da-tra-loi")
    hand_in.scroll_into_view_if_needed()
    hand_in.tap()
    receipt = page.locator(".widget-html", has_text="Đã nộp bài lúc")
    expect(receipt).to_be_visible(timeout=lab.LONG)
    code = re.search(r"Mã biên nhận: ([0-9A-F]{4}-[0-9A-F]{4})", receipt.inner_text())
    assert code, receipt.inner_text()
    receipt.scroll_into_view_if_needed()
    _fits_the_screen(page)
    _shot(page, "4-da-nop-bai")

    result = collect(course=hub.course, paths=[hub.setup.inbound])
    assert [x[0] for x in result.collected] == [LEARNER]
    assert all(o.ok for o in grade(course=hub.course, assignments=[M02], workers=1))
    table = report(course=hub.course).learners
    scores = dict(zip(table["Mã học viên"], table[TOTAL], strict=True))
    assert scores[LEARNER] == load_catalogue(hub.course.catalogue).assignment(M02).max_points

    feedback(course=hub.course, assignments=[M02])
    assert share_feedback(hub.course, hub.setup.homes)
    page.goto(f"{hub.setup.url}/user/{user}/kynangso")
    module = page.locator("#mo-dun-M2")
    expect(module).to_contain_text("nhận xét")
    module.get_by_role("link", name=re.compile("Nhận xét")).tap()
    expect(page.locator("body")).to_contain_text("9", timeout=lab.LONG)
    _fits_the_screen(page)
    _shot(page, "5-nhan-xet-02")

    page.goto(f"{hub.setup.url}/user/{user}/kynangso")
    page.get_by_role("link", name=re.compile("Mở JupyterLab")).tap()  # JupyterLab is one tap away (its own server)
    expect(page.locator("#jp-main-dock-panel")).to_be_visible(timeout=lab.LONG * 2)
    assert f"/user/{user}/lab/lab" in page.url

    outside = [url for url in requests if not url.startswith((hub.setup.url, "data:", "blob:"))]
    assert not outside, outside
