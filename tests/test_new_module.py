"""``kynangso new-module``: the scaffold of a module follows the course's skeleton and passes check."""

from __future__ import annotations

from pathlib import Path

import nbformat
from click.testing import CliRunner

from kynangso.cli import main
from kynangso.course.catalogue import load_catalogue
from kynangso.course.check import check
from kynangso.course.notebooks import problems_if_unclean
from tests.nbgrader_source import empty_course

SKELETON = ("**Thời gian**", "**Căn cứ**", "**Mục tiêu**", "## Tình huống", "### Ví dụ mẫu", "### Ví dụ làm dở",
            "## Tự làm", "## Điểm chính")


def test_a_new_module_has_the_skeleton_a_catalogue_entry_and_passes_check(tmp_path: Path) -> None:
    course = empty_course(tmp_path / "khoa")
    result = CliRunner().invoke(main, ["new-module", "ho-tich", "--title", "Đăng ký hộ tịch trực tuyến",
                                       "--dir", str(course.root)])
    assert result.exit_code == 0, result.output
    lesson = course.course / "00-ho-tich" / "bai-hoc-00.ipynb"
    exercise = course.solutions / "00-ho-tich" / "bai-tap-00.ipynb"
    text = "\n".join(c.source for c in nbformat.read(lesson, as_version=4).cells)
    assert all(part in text for part in SKELETON)
    assert "# Học phần 0 — Đăng ký hộ tịch trực tuyến" in text
    assert (course.course / "00-ho-tich" / "the-tom-tat-00.md").read_text(encoding="utf-8").startswith(
        "# Thẻ tóm tắt — Học phần 0: Đăng ký hộ tịch trực tuyến")
    (module,) = load_catalogue(course.catalogue).modules
    assert (module.folder, module.lessons, module.assignment.notebook if module.assignment else "") == (
        "00-ho-tich", ("bai-hoc-00.ipynb",), "bai-tap-00.ipynb")
    assert f"| **Thời gian** | {module.minutes} phút |" in text
    assert [q.grade_id for q in module.assignment.questions] == ["ho_tich_cau_1"]
    assert problems_if_unclean(lesson) == [] and problems_if_unclean(exercise) == []
    assert "Phương án A (đúng)\")" not in (course.exercises / "00-ho-tich" / "bai-tap-00.ipynb").read_text(
        encoding="utf-8")  # the model answer stays in solutions/
    assert check(course=course) == []
    second = CliRunner().invoke(main, ["new-module", "chu-ky", "--title", "Chữ ký", "--dir", str(course.root)])
    assert second.exit_code == 0 and (course.course / "01-chu-ky").is_dir()


def test_a_bad_slug_or_a_taken_one_is_one_clear_line(tmp_path: Path) -> None:
    course = empty_course(tmp_path / "khoa")
    before = course.catalogue.read_text(encoding="utf-8")
    bad = CliRunner().invoke(main, ["new-module", "Hộ Tịch", "--title", "Hộ tịch", "--dir", str(course.root)])
    assert bad.exit_code == 1 and "ho-tich" in bad.output and "Traceback" not in bad.output
    assert course.catalogue.read_text(encoding="utf-8") == before and list(course.course.iterdir()) == []
    CliRunner().invoke(main, ["new-module", "ho-tich", "--title", "Hộ tịch", "--dir", str(course.root)])
    again = CliRunner().invoke(main, ["new-module", "ho-tich", "--title", "Hộ tịch", "--dir", str(course.root)])
    assert again.exit_code == 1 and "đã có học phần 'ho-tich'" in again.output
