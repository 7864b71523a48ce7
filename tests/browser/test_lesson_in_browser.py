"""A learner opens the M2 lesson in a real browser, runs it and answers the header composer."""

from __future__ import annotations

from pathlib import Path
from urllib.parse import urlparse

import nbformat
import pytest
from playwright.sync_api import Page, expect

from tests.browser import _lab_page as lab
from tests.browser.conftest import LabServer, Traffic

pytestmark = pytest.mark.slow

LESSON = "course/02-the-thuc-van-ban/bai-hoc-02.ipynb"
VIETNAMESE = "ăâđêôơưạảấầẩẫậắằẳẵặẹẻẽếềểễệỉịọỏốồổỗộớờởỡợụủứừửữựỳỵỷỹ"


def test_lesson_runs_and_the_widget_answers_in_vietnamese(page: Page, lab_server: LabServer, traffic: Traffic,
                                                          artifacts: Path) -> None:
    lab.open_notebook(page, lab_server, LESSON, traffic)
    labels = page.locator(".lm-MenuBar-itemLabel").all_inner_texts()
    assert {"Tệp", "Chỉnh sửa", "Chạy", "Kernel"} <= set(labels), labels

    lab.run_all(page, "tu_lam = HeaderComposer")
    composer = lab.cell_with(page, "tu_lam = HeaderComposer")
    boxes = composer.locator(".widget-text input")
    expect(boxes).to_have_count(2)
    number_box, date_box = boxes.nth(0), boxes.nth(1)
    check = composer.get_by_role("button", name="Kiểm tra")
    feedback = composer.locator(".jp-OutputArea")

    number_box.fill("12/KH-UBND")
    date_box.fill("Hùng Chân, ngày 1 tháng 3 năm 2026")
    check.click()
    expect(feedback).to_contain_text("❌ Chưa đúng:")
    expect(feedback).to_contain_text("Nghị định 30/2020/NĐ-CP")
    wrong = composer.locator(".widget-html", has_text="Chưa đúng").inner_text()
    assert "Ngày nhỏ hơn 10" in wrong or "số 0" in wrong, wrong

    date_box.fill("Hùng Chân, ngày 01 tháng 3 năm 2026")
    check.click()
    expect(feedback).to_contain_text("✅ Đúng thể thức. Rất tốt!")
    composer.scroll_into_view_if_needed()
    page.screenshot(path=str(artifacts / "bai-hoc-02.png"), full_page=True)

    code = lab.cell_with(page, "tu_lam = HeaderComposer").locator(".cm-content")
    family = code.evaluate("e => getComputedStyle(e).fontFamily")
    assert family.startswith('"Noto Sans Mono"'), family
    # The glyphs Chromium really drew for a line of Vietnamese code all come from Noto Sans Mono.
    probe = lab.cell_with(page, "tu_lam = HeaderComposer").locator(".cm-line").first
    probe.evaluate(f"e => e.appendChild(document.createTextNode({VIETNAMESE!r}))")
    fonts = lab.platform_fonts(page, probe)
    assert {f["familyName"] for f in fonts} == {"Noto Sans Mono"}, fonts

    # The ✅ of the feedback is drawn with a colour emoji font, not a missing-glyph box.
    success = composer.locator(".widget-html", has_text="Đúng thể thức")
    emoji_fonts = {f["familyName"] for f in lab.platform_fonts(page, success.locator("div").first)}
    assert "Noto Color Emoji" in emoji_fonts, emoji_fonts

    outside = [u for u in traffic.requests + traffic.websockets if not _local(u)]
    assert traffic.requests and traffic.websockets and outside == []
    print(f"\n{len(traffic.requests)} requests, {len(traffic.websockets)} websockets, all to 127.0.0.1")
    print("Lỗi hiển thị khi trả lời sai:", wrong)


def test_maths_and_widgets_come_from_the_local_server(page: Page, lab_server: LabServer, traffic: Traffic) -> None:
    notebook = nbformat.v4.new_notebook()
    notebook.metadata["kernelspec"] = {"name": "python3", "display_name": "Python 3 (ipykernel)",
                                       "language": "python"}
    notebook.cells = [
        nbformat.v4.new_markdown_cell("Tỷ lệ hồ sơ trực tuyến: $\\frac{a}{b} \\times 100\\%$ và $$\\sqrt{2}$$"),
        nbformat.v4.new_code_cell('import ipywidgets as w\nw.IntSlider(5, description="Số hồ sơ")'),
    ]
    nbformat.write(notebook, lab_server.course.root / "ngoai-tuyen.ipynb")
    lab.open_notebook(page, lab_server, "ngoai-tuyen.ipynb", traffic)
    lab.run_all(page, "IntSlider")
    expect(page.locator(".jp-RenderedMarkdown mjx-container").first).to_be_visible()
    expect(page.locator(".widget-slider")).to_be_visible()
    assert [u for u in traffic.requests + traffic.websockets if not _local(u)] == []


def _local(url: str) -> bool:
    parts = urlparse(url)
    return parts.scheme in ("data", "blob") or parts.hostname == "127.0.0.1"
