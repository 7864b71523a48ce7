"""The learner's feedback page: built from the released exercise, the graded copy and the points per question."""

from __future__ import annotations

import copy
import json
import re
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest

from kynangso.course.catalogue import Catalogue, Module, load_catalogue
from kynangso.grading.learner_pages import questions as course_text
from kynangso.grading.learner_pages.answers import ModuleResult, module_result, shown_answer
from kynangso.grading.learner_pages.pages import LearnerResults, _environment, write_module_page
from kynangso.paths import CourseRoot
from tests.conftest import CHECKOUT, M02

NOTEBOOK = "bai-tap-02.ipynb"
# What a page must never show: test code, hidden tests and the answers kept in them.
NEVER = ("yeu_cau(", "tra_loi(", "HIDDEN", "### BEGIN", "import ", "_tra_loi", "casefold", "<script", "http")


def _graded_copy(folder: Path, answers: dict[str, Any], errors: dict[str, str], code: dict[str, str] | None = None
                 ) -> Path:
    """A graded submission as autograde leaves it: answers in the metadata, a failed check's message as output."""
    notebook = json.loads((CHECKOUT.exercises / M02 / NOTEBOOK).read_text(encoding="utf-8"))
    notebook = copy.deepcopy(notebook)
    notebook["metadata"]["kynangso"] = {"assignment": M02, "tra_loi": {
        q: {"tra_loi": v, "luc": "2026-05-04T08:00:00+00:00"} for q, v in answers.items()}}
    for cell in notebook["cells"]:
        grade_id = cell["metadata"].get("nbgrader", {}).get("grade_id")
        if grade_id in errors:
            cell["outputs"] = [{"output_type": "error", "ename": "ChuaDat", "evalue": errors[grade_id],
                                "traceback": ["yeu_cau(_tra_loi.split('/')[0] == '07', ...)"]}]
        if code and grade_id in code:
            cell["source"] = code[grade_id]
    folder.mkdir(parents=True, exist_ok=True)
    (folder / NOTEBOOK).write_text(json.dumps(notebook, ensure_ascii=False), encoding="utf-8")
    return folder


def _page(tmp_path: Path, catalogue: Catalogue, grades: dict[str, tuple[float, float]], folder: Path) -> str:
    module = catalogue.module_of(M02)
    assert module.assignment is not None
    questions = course_text.read_questions(course_text.released_notebook(CHECKOUT, module.assignment), {})
    result = module_result(module=module, questions=questions, folder=folder,
                           grades={g: (s, m, False) for g, (s, m) in grades.items()},
                           sections=course_text.lesson_sections(CHECKOUT, module))
    course = CourseRoot(tmp_path / "lop")
    learner = LearnerResults("lo-thi-hoa", "Lò Thị Hoa", "Xã Châu Tiến", [result])
    return write_module_page(_environment(), course, catalogue, learner, result).read_text(encoding="utf-8")


WRONG_FIRST = {"so_ky_hieu_quyet_dinh": (0.0, 2.0), "dia_danh_ngay_thang": (2.0, 2.0),
               "loi_the_thuc_trong_du_thao": (0.0, 3.0), "le_trai_hop_le": (1.0, 1.0),
               "ten_loai_tu_ky_hieu": (0.0, 1.0)}
ANSWERS = {"so_ky_hieu": "7/QĐ-UBND", "dia_danh_ngay_thang": "Hùng Chân, ngày 05 tháng 02 năm 2026",
           "cac_phan_sai": ['A. Số thứ tự "5"', 'B. Ký hiệu "qđ-UBND"'], "le_trai_mm": 30}
ERRORS = {"so_ky_hieu_quyet_dinh": "Số thứ tự nhỏ hơn 10 phải có số 0 ở trước.",
          "loi_the_thuc_trong_du_thao": "Chưa tìm đúng và đủ các phần sai thể thức.",
          "ten_loai_tu_ky_hieu": "Bạn chưa trả lời câu 5: chạy ô phía trên, gõ tên loại văn bản vào khung."}


def _blocks(html: str) -> list[str]:
    return re.findall(r'<section class="cau [^"]*".*?</section>', html, flags=re.S)


def test_a_wrong_answer_gets_a_cross_the_rule_and_where_to_read_again(tmp_path: Path) -> None:
    catalogue = load_catalogue(CHECKOUT.catalogue)
    html = _page(tmp_path, catalogue, WRONG_FIRST, _graded_copy(tmp_path / "cham", ANSWERS, ERRORS))
    blocks = _blocks(html)
    assert len(blocks) == 5
    first = blocks[0]
    assert 'class="cau sai"' in first and "❌" in first and "Chưa đúng" in first and "0 / 2 điểm" in first
    assert "đã cấp đến <strong>số thứ tự 6</strong>" in first  # the question in the learner's words
    assert "7/QĐ-UBND" in first  # their answer, as typed
    assert "Số thứ tự nhỏ hơn 10 phải có số 0 ở trước." in first  # what the grading said
    rule = catalogue.assignment(M02).questions[0]
    assert rule.rule and rule.rule in first.replace("&#34;", '"') and rule.source in first
    assert "Quy tắc 1 — Số, ký hiệu (ô số 3 của văn bản) — bài học course/02-the-thuc-van-ban/bai-hoc-02.ipynb" in first
    assert 'class="cau dung"' in blocks[1] and "✅" in blocks[1] and "Đúng" in blocks[1]
    assert "<li>A. Số thứ tự &#34;5&#34;</li>" in blocks[2]  # the choices clicked, one per line
    assert "(chưa trả lời)" in blocks[4]
    assert "Điểm: 3 / 9" in html
    assert "Chạy ô" not in "".join(re.findall(r'<div class="de">.*?</div>', html, flags=re.S))
    for secret in (*NEVER, "Tờ trình", "Mã bạn đã viết"):
        assert secret not in html, secret


def test_english_page_under_kynangso_lang_en(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("KYNANGSO_LANG", "en")
    html = _page(tmp_path, load_catalogue(CHECKOUT.catalogue), WRONG_FIRST,
                 _graded_copy(tmp_path / "cham", ANSWERS, ERRORS))
    assert '<html lang="en">' in html
    for english in ("Assignment feedback, module M2", "Learner:", "Score: 3 / 9", "Your answer:", "Not right",
                    "Right", "Rule to remember:", "Source:", "Read again:", "(no answer)", "0 / 2 points"):
        assert english in html, english
    for vietnamese in ("Bạn đã trả lời", "Quy tắc cần nhớ", "Chưa đúng", "Xem lại", "Điểm:"):
        assert vietnamese not in html, vietnamese
    assert "Số thứ tự nhỏ hơn 10" in html  # course content stays Vietnamese


def test_a_course_without_rule_texts_still_renders(tmp_path: Path) -> None:
    catalogue = load_catalogue(CHECKOUT.catalogue)
    bare = [replace(m, assignment=replace(m.assignment, questions=tuple(
        replace(q, rule="", source="", lesson="") for q in m.assignment.questions))) if m.assignment else m
        for m in catalogue.modules]
    html = _page(tmp_path, replace(catalogue, modules=tuple(bare)), WRONG_FIRST,
                 _graded_copy(tmp_path / "cham", ANSWERS, ERRORS))
    blocks = _blocks(html)
    assert len(blocks) == 5 and "❌" in blocks[0] and "7/QĐ-UBND" in blocks[0]
    assert "Quy tắc cần nhớ" not in html and "Căn cứ" not in html and "Xem lại" not in html


def test_code_is_shown_only_when_the_learner_wrote_it(tmp_path: Path) -> None:
    own = 'cau_1 = None\ncau_1_tra_loi = "07/QĐ-UBND"'
    html = _page(tmp_path, load_catalogue(CHECKOUT.catalogue), WRONG_FIRST,
                 _graded_copy(tmp_path / "cham", {}, {}, code={"tra_loi_so_ky_hieu_quyet_dinh": own}))
    blocks = _blocks(html)
    assert "Mã bạn đã viết" in blocks[0] and "cau_1_tra_loi = &#34;07/QĐ-UBND&#34;" in blocks[0]
    assert all("Mã bạn đã viết" not in b for b in blocks[1:])


def test_answers_are_shown_as_given() -> None:
    assert shown_answer("Tờ trình") == ["Tờ trình"]
    assert shown_answer(30.5) == ["30,5"] and shown_answer(30) == ["30"]
    assert shown_answer(["A", "B"]) == ["A", "B"]
    assert shown_answer({"Quyết định": "QĐ", "Tờ trình": None}) == ["Quyết định → QĐ"]
    assert shown_answer({"ket_qua": 12, "cach_tinh": "Đếm số dòng có Độ khẩn = Hỏa tốc"}) == [
        "Đếm số dòng có Độ khẩn = Hỏa tốc = 12"]
    assert shown_answer(None) == [] and shown_answer("") == []


def _modules() -> list[Module]:
    return [m for m in load_catalogue(CHECKOUT.catalogue).modules if m.assignment is not None]


@pytest.mark.parametrize("module", _modules(), ids=lambda m: m.folder)
def test_every_question_of_the_course_is_found_in_its_exercise(module: Module) -> None:
    assert module.assignment is not None
    questions = course_text.read_questions(course_text.released_notebook(CHECKOUT, module.assignment), {})
    sections = course_text.lesson_sections(CHECKOUT, module)
    for question in module.assignment.questions:
        text = questions[question.grade_id]
        assert text.heading.startswith("Câu ") and str(text.body).strip(), question.grade_id
        assert text.answer_ids, question.grade_id  # the widget answers its check reads
        assert "Chạy ô" not in text.body and "Shift" not in text.body, question.grade_id
        # the lesson pointer names a real section of one of the module's lessons (07a/07b, 08a/08b included)
        assert course_text.find_section(sections, question.lesson), (question.grade_id, question.lesson)


def test_every_graded_question_has_a_rule_and_a_section_to_read_again() -> None:
    """The feedback page of every question can show the rule to remember and where to read again."""
    missing = [(module.folder, question.grade_id, field)
               for module in _modules() if module.assignment is not None
               for question in module.assignment.questions
               for field in ("rule", "lesson") if not getattr(question, field).strip()]
    assert not missing, missing


def test_a_module_without_a_graded_submission_says_why() -> None:
    result = ModuleResult("M3", "Văn bản đến", "03-van-ban-den-di", 10.0, status="Chưa nộp bài hoặc chưa chấm.")
    assert not result.blocks and result.score is None
