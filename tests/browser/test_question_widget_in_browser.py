"""A question widget in JupyterLab at 1366×768: a mouse click and the Space key tick boxes, the text is large,
and the notebook itself (saved at once by the kit's Lab extension) holds exactly what was ticked."""

from __future__ import annotations

import pytest
from playwright.sync_api import Page, expect

from tests.browser import _lab_page as lab
from tests.browser.conftest import LabServer, Traffic
from tests.browser.test_exercise_graded import _kept_answers
from tests.conftest import M02

pytestmark = pytest.mark.slow


def test_ticks_by_mouse_and_keyboard_are_saved(page: Page, lab_server: LabServer, traffic: Traffic) -> None:
    folder = lab_server.course.exercises / M02 / "thu-bam-chon"  # a copy of its own: other tests use the original
    lab.fresh_copy(lab_server.course.exercises / M02 / "bai-tap-02.ipynb", folder / "bai-tap-02.ipynb")
    page.set_viewport_size({"width": 1366, "height": 768})
    lab.open_notebook(page, lab_server, f"exercises/{M02}/thu-bam-chon/bai-tap-02.ipynb", traffic)
    cell = lab.find_cell(page, 'cau_3 = MultipleChoice("cac_phan_sai"')
    cell.locator(".cm-content").click()
    lab.run_cell_and_next(page)
    question = cell.locator(".kns-question")
    expect(question).to_be_visible(timeout=lab.LONG)
    question.locator("label", has_text="A. Số thứ tự").click()  # the mouse: a click on the words ticks the box
    question.locator("input[type=checkbox]").nth(1).focus()     # the keyboard: Space ticks the focused box
    page.keyboard.press("Space")
    question.locator("button", has_text="Kiểm tra").click()
    expect(question).to_contain_text("Đã lưu câu trả lời", timeout=lab.LONG)
    box = question.bounding_box()
    font = question.locator("label", has_text="A. Số thứ tự").evaluate("e => getComputedStyle(e).fontSize")
    kept = _kept_answers(folder / "bai-tap-02.ipynb", 1)
    assert kept["cac_phan_sai"]["tra_loi"] == ['A. Số thứ tự "5"', 'B. Ký hiệu "qđ-UBND"']
    assert not (folder / "bai-tap-02.tra-loi.json").exists()
    assert box is not None and box["x"] + box["width"] <= 1366
    assert float(font.removesuffix("px")) >= 16
