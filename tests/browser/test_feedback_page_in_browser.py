"""A learner opens their feedback page (made by the real collect → grade → feedback) on a desktop and on a phone."""

from __future__ import annotations

import json
import shutil
from pathlib import Path

import pandas as pd
import pytest
from playwright.sync_api import Browser, expect

from kynangso.course.catalogue import load_catalogue
from kynangso.course.learners import import_roster
from kynangso.grading.collect import collect
from kynangso.grading.feedback import feedback
from kynangso.grading.grade import grade
from kynangso.paths import CourseRoot
from tests.conftest import CHECKOUT, M02

NOTEBOOK = "bai-tap-02.ipynb"
# Kha Thị Mai clicked and typed in the widgets: câu 1 without the leading 0, câu 2 right, câu 3 one part missing,
# câu 4 right, câu 5 not answered. 2 + 1 = 3 points of 9.
ANSWERS = {"so_ky_hieu": "7/QĐ-UBND", "dia_danh_ngay_thang": "Hùng Chân, ngày 05 tháng 02 năm 2026",
           "cac_phan_sai": ['A. Số thứ tự "5"', 'B. Ký hiệu "qđ-UBND"'], "le_trai_mm": 30}
# Test code and what the hidden tests hold; none of it may reach the page.
NEVER = ("yeu_cau", "tra_loi(", "HIDDEN", "### BEGIN", "import ", "_tra_loi", "07/QĐ-UBND", '{"A", "B", "F"}',
         "30 <= le_trai_mm", "Tờ trình")
SIZES = {"desktop": {"width": 1280, "height": 900}, "phone": {"width": 360, "height": 800}}


@pytest.fixture(scope="module")
def page_file(released_template: CourseRoot, tmp_path_factory: pytest.TempPathFactory) -> Path:
    root = tmp_path_factory.mktemp("nhan-xet") / "lop"
    shutil.copytree(released_template.root, root)
    course = CourseRoot(root)
    pd.DataFrame([{"Họ và tên": "Kha Thị Mai", "Đơn vị": "Châu Tiến"}]).to_csv(root / "ds.csv", index=False)
    import_roster(course=course, file=root / "ds.csv")
    notebook = json.loads((course.exercises / M02 / NOTEBOOK).read_text(encoding="utf-8"))
    notebook["metadata"]["kynangso"] = {"assignment": M02, "tra_loi": {
        q: {"tra_loi": v, "luc": "2026-05-04T08:00:00+00:00"} for q, v in ANSWERS.items()}}
    inbox = root / "inbox"
    inbox.mkdir()
    (inbox / "Kha Thị Mai - bai tap 02.ipynb").write_text(json.dumps(notebook, ensure_ascii=False), encoding="utf-8")
    collect(course=course, paths=[inbox])
    assert all(o.ok for o in grade(course=course, assignments=[M02]))
    written = feedback(course=course, assignments=[M02])
    page = course.feedback / "kha-thi-mai" / M02 / "bai-tap-02.html"
    assert page in written and (course.feedback / "kha-thi-mai" / "phieu-ket-qua.html") in written
    assert (course.feedback / "muc-luc.html") in written
    assert (page.parent / "timestamp.txt").is_file()  # nbgrader's release_feedback needs it beside the page
    return page


@pytest.mark.parametrize("size", SIZES)
def test_learner_reads_feedback_in_plain_vietnamese_offline(browser: Browser, page_file: Path, size: str,
                                                           artifacts: Path) -> None:
    context = browser.new_context(viewport=SIZES[size], locale="vi-VN")  # type: ignore[arg-type]
    requests: list[str] = []
    context.on("request", lambda request: requests.append(request.url))
    page = context.new_page()
    try:
        page.goto(page_file.as_uri())
        expect(page.locator("h1")).to_have_text("Nhận xét bài tập học phần M2")
        expect(page.locator(".diem")).to_have_text("Điểm: 3 / 9")
        blocks = page.locator("section.cau")
        expect(blocks).to_have_count(5)
        rules = [q.rule for q in load_catalogue(CourseRoot(page_file.parents[4]).catalogue).assignment(M02).questions]
        verdicts = ["❌ Chưa đúng", "✅ Đúng", "❌ Chưa đúng", "✅ Đúng", "❌ Chưa đúng"]
        for index, (verdict, rule) in enumerate(zip(verdicts, rules, strict=True)):
            block = blocks.nth(index)
            expect(block.locator("h3")).to_contain_text(f"Câu {index + 1} (")
            expect(block.locator(".ket-qua")).to_contain_text(verdict)
            expect(block.locator(".quy-tac")).to_contain_text("Quy tắc cần nhớ:")
            expect(block.locator(".quy-tac")).to_contain_text(rule)
            expect(block.locator(".quy-tac")).to_contain_text("Nghị định 30/2020/NĐ-CP")
            expect(block.locator(".xem-lai")).to_contain_text("bai-hoc-02.ipynb")
        expect(blocks.nth(0).locator(".tra-loi")).to_contain_text("7/QĐ-UBND")
        expect(blocks.nth(0)).to_contain_text("Số thứ tự nhỏ hơn 10 phải có số 0 ở trước.")
        expect(blocks.nth(4).locator(".tra-loi")).to_contain_text("(chưa trả lời)")
        text = page.locator("body").inner_text()
        for secret in NEVER:
            assert secret not in text, secret
        assert page.locator("pre, code.language-python, script, img, link, iframe").count() == 0
        # Readable on a phone: nothing wider than the screen.
        assert page.evaluate("document.documentElement.scrollWidth") <= SIZES[size]["width"]
        page.screenshot(path=str(artifacts / f"nhan-xet-m02-{size}.png"), full_page=True)
        page.emulate_media(media="print")
        page.screenshot(path=str(artifacts / f"nhan-xet-m02-{size}-in.png"), full_page=True)
    finally:
        context.close()
    assert requests == [page_file.as_uri()], requests


def test_results_sheet_and_trainer_index(browser: Browser, page_file: Path, artifacts: Path) -> None:
    index = page_file.parents[2] / "muc-luc.html"
    context = browser.new_context(viewport=SIZES["desktop"], locale="vi-VN")  # type: ignore[arg-type]
    requests: list[str] = []
    context.on("request", lambda request: requests.append(request.url))
    page = context.new_page()
    try:
        page.goto(index.as_uri())
        expect(page.locator("tbody tr")).to_have_count(1)
        expect(page.locator("tbody tr")).to_contain_text("Kha Thị Mai")
        page.locator("a", has_text="Phiếu kết quả").click()
        expect(page.locator("h1")).to_have_text("Phiếu kết quả học tập")
        modules = len(load_catalogue(CHECKOUT.catalogue).modules)
        expect(page.locator("table.tong tbody tr")).to_have_count(modules)  # every module of the course
        expect(page.locator("section.cau")).to_have_count(5)  # the graded one, question by question
        page.screenshot(path=str(artifacts / "phieu-ket-qua.png"), full_page=True)
    finally:
        context.close()
    sheet = page_file.parents[1] / "phieu-ket-qua.html"
    assert requests == [index.as_uri(), sheet.as_uri()], requests
