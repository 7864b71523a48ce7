"""The CLI contract: verbs exist, help texts carry an example, errors are one Vietnamese line."""

from __future__ import annotations

import pytest
from click.testing import CliRunner

from kynangso.cli import main
from kynangso.paths import CourseRoot

VERBS = ("demo", "release", "check", "collect", "grade", "feedback", "report", "lab", "roster")


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
