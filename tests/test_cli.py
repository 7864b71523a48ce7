"""The CLI contract: verbs exist, help texts carry an example, errors are one Vietnamese line."""

from __future__ import annotations

import shutil

import pytest
from click.testing import CliRunner

from kynangso.cli import main
from kynangso.paths import CourseRoot
from tests.conftest import M02

VERBS = ("demo", "release", "check", "collect", "grade", "feedback", "report", "lab", "roster", "bundle", "hub",
         "import-course", "new-module")


@pytest.mark.parametrize("verb", VERBS)
def test_every_verb_has_help_with_an_example(verb: str) -> None:
    result = CliRunner().invoke(main, [verb, "--help"])
    assert result.exit_code == 0
    assert "Ví dụ" in result.output or verb == "roster"


def test_check_on_a_broken_course_names_the_problem_and_fails(course_copy: CourseRoot) -> None:
    (course_copy.course / "99-thua").mkdir()
    result = CliRunner().invoke(main, ["check", "--dir", str(course_copy.root)])
    assert result.exit_code == 1
    assert "course/99-thua: thư mục không có trong catalogue.yml." in result.output
    assert "Traceback" not in result.output


def test_unknown_assignment_is_a_clear_error(course_copy: CourseRoot) -> None:
    result = CliRunner().invoke(main, ["release", "99-khong-co", "--dir", str(course_copy.root)])
    assert result.exit_code == 1
    assert "Không có bài tập '99-khong-co'" in result.output


def test_a_folder_that_is_not_a_workshop_is_explained(tmp_path: object) -> None:
    result = CliRunner().invoke(main, ["report", "--dir", str(tmp_path)])
    assert result.exit_code == 1 and "chưa phải là thư mục lớp học" in result.output


def test_grading_before_release_says_to_release_first(course_copy: CourseRoot) -> None:
    """A copied class folder has no gradebook entries until ``kynangso release``; grading must say so."""
    exercise = course_copy.exercises / M02
    target = course_copy.submitted / "ha-van-nam" / M02
    target.mkdir(parents=True)
    for notebook in exercise.glob("*.ipynb"):
        shutil.copy(notebook, target / notebook.name)
    result = CliRunner().invoke(main, ["grade", "--dir", str(course_copy.root)])
    assert result.exit_code == 1
    assert f"Chưa phát bài tập {M02}" in result.output and "kynangso release" in result.output
    assert "Traceback" not in result.output
    assert (target / next(exercise.glob("*.ipynb")).name).is_file()  # the collected work is kept
