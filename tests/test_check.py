"""``kynangso check`` passes on the course and names each problem it finds in a broken copy."""

from __future__ import annotations

import json

import pytest
import yaml

from kynangso.course.check import check
from kynangso.paths import CourseRoot
from tests.conftest import M02


@pytest.mark.slow
def test_course_passes_check(course: CourseRoot) -> None:
    assert check(course=course) == []


def test_notebook_with_outputs_is_reported(course_copy: CourseRoot) -> None:
    lesson = course_copy.course / M02 / "bai-hoc-02.ipynb"
    data = json.loads(lesson.read_text(encoding="utf-8"))
    code = next(c for c in data["cells"] if c["cell_type"] == "code")
    code["execution_count"] = 3
    code["outputs"] = [{"output_type": "stream", "name": "stdout", "text": "15\n"}]
    lesson.write_text(json.dumps(data), encoding="utf-8")
    problems = check(course=course_copy)
    assert any("bai-hoc-02.ipynb" in p and "kết quả chạy" in p for p in problems)


def test_folder_missing_from_catalogue_is_reported(course_copy: CourseRoot) -> None:
    (course_copy.solutions / "99-bai-la").mkdir()
    assert "solutions/99-bai-la: thư mục không có trong catalogue.yml." in check(course=course_copy)


def test_points_mismatch_is_reported(course_copy: CourseRoot) -> None:
    data = yaml.safe_load(course_copy.catalogue.read_text(encoding="utf-8"))
    m02 = next(m for m in data["modules"] if m["number"] == 2)
    m02["assignment"]["questions"][0]["points"] = 5
    course_copy.catalogue.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    problems = check(course=course_copy)
    assert any("so_ky_hieu_quyet_dinh" in p and "5 điểm trong catalogue.yml" in p for p in problems)


@pytest.mark.slow
def test_hand_edited_exercise_is_reported(course_copy: CourseRoot) -> None:
    exercise = course_copy.exercises / M02 / "bai-tap-02.ipynb"
    data = json.loads(exercise.read_text(encoding="utf-8"))
    data["cells"][0]["source"] = "Sửa tay"
    exercise.write_text(json.dumps(data, ensure_ascii=False, indent=1), encoding="utf-8")
    problems = check(course=course_copy)
    assert problems == [f"exercises/{M02}/bai-tap-02.ipynb: khác với bản sinh từ solutions/ "
                        "(đừng sửa tay; chạy 'kynangso release')."]


def test_exercises_hide_solutions_and_hidden_tests(course: CourseRoot) -> None:
    text = (course.exercises / M02 / "bai-tap-02.ipynb").read_text(encoding="utf-8")
    assert "07/QĐ-UBND" not in text
    assert "HIDDEN TESTS" not in text
    assert "Chạy ô này (Shift + Enter) rồi trả lời trong khung hiện ra" in text and "Thay None" not in text
    assert '"assignment": "02-the-thuc-van-ban"' in text
