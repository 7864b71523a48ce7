"""``kynangso import-course``: an nbgrader source folder built here becomes modules that check passes."""

from __future__ import annotations

import shutil
from pathlib import Path

import nbformat
import pytest
from click.testing import CliRunner

from kynangso.cli import main
from kynangso.course.catalogue import load_catalogue
from kynangso.course.check import check
from kynangso.course.import_course import import_course
from kynangso.paths import CourseRoot
from tests.nbgrader_source import PNG, cell, empty_course, notebook, write_source


@pytest.fixture
def imported(tmp_path: Path) -> CourseRoot:
    course = empty_course(tmp_path / "khoa")
    source = write_source(tmp_path)
    folders = import_course(course=course, source=source, header=source / "header.ipynb")
    assert folders == ["00-ps1", "01-ps2"]
    return course


def test_each_assignment_becomes_a_module_with_its_points_notebooks_and_files(imported: CourseRoot) -> None:
    catalogue = load_catalogue(imported.catalogue)
    ps1, ps2 = catalogue.assignments
    assert (ps1.id, ps1.notebooks, ps1.files) == ("ps1", ("problem1.ipynb", "problem2.ipynb"),
                                                   ("data/numbers.csv", "jupyter.png"))
    assert [(q.grade_id, q.points, q.notebook, q.manual) for q in ps1.questions] == [
        ("test_square", 3, "problem1.ipynb", False), ("own_plot", 2, "problem1.ipynb", True),
        ("explain", 4, "problem2.ipynb", True), ("draw", 1, "problem2.ipynb", True)]
    assert (ps1.auto_points, ps1.manual_points) == (3, 7)
    assert [(q.grade_id, q.points, q.manual) for q in ps2.questions] == [("test_answer", 1, False)]
    assert [m.folder for m in catalogue.modules] == ["00-ps1", "01-ps2"]
    assert catalogue.modules[0].title == "Problem 1" and catalogue.modules[0].minutes > 0
    assert catalogue.release.header == "header.ipynb"


def test_the_imported_course_passes_check_and_is_released_with_its_files(imported: CourseRoot) -> None:
    assert check(course=imported) == []
    released = imported.exercises / "ps1"
    assert (released / "jupyter.png").read_bytes() == PNG
    assert (released / "data" / "numbers.csv").is_file()
    first = nbformat.read(released / "problem2.ipynb", as_version=4).cells[0]
    assert first.source == "**Course of the test**"  # the header notebook tops every released notebook
    assert "return x * x" not in (released / "problem1.ipynb").read_text(encoding="utf-8")


def test_a_later_import_is_numbered_after_the_existing_modules(imported: CourseRoot, tmp_path: Path) -> None:
    later = tmp_path / "sau" / "source" / "ps3"
    later.mkdir(parents=True)
    nbformat.write(notebook(cell("code", "assert True", "test_ps3", grade=True, locked=True, points=2)),
                   later / "ps3.ipynb")
    assert import_course(course=imported, source=later.parent) == ["02-ps3"]
    assert "# Tùy chọn phát bài riêng" in imported.catalogue.read_text(encoding="utf-8")  # the rest is kept
    assert check(course=imported) == []


def _broken(tmp_path: Path, how: str) -> Path:
    source = tmp_path / "source"
    (source / "ps1").mkdir(parents=True)
    if how == "no notebooks":
        (source / "ps1" / "readme.txt").write_text("hello", encoding="utf-8")
    elif how == "no graded cell":
        nbformat.write(notebook(cell("markdown", "just text")), source / "ps1" / "a.ipynb")
    elif how == "duplicate":
        graded = cell("code", "assert True", "same", grade=True, locked=True, points=1)
        nbformat.write(notebook(graded), source / "ps1" / "a.ipynb")
        nbformat.write(notebook(graded), source / "ps1" / "b.ipynb")
    else:
        (source / "ps1" / "a.ipynb").write_text('{"cells": [', encoding="utf-8")
    return source


@pytest.mark.parametrize(("how", "said"), [
    ("no notebooks", "không phải thư mục source của nbgrader"),
    ("no graded cell", "không có ô nào được chấm điểm"),
    ("duplicate", "grade_id bị trùng: same"),
    ("bad json", "ps1/a.ipynb: không đọc được sổ tay"),
])
def test_a_folder_that_is_not_an_nbgrader_source_is_one_clear_line(tmp_path: Path, how: str, said: str) -> None:
    course = empty_course(tmp_path / "khoa")
    before = course.catalogue.read_text(encoding="utf-8")
    result = CliRunner().invoke(main, ["import-course", str(_broken(tmp_path, how)), "--dir", str(course.root)])
    assert result.exit_code == 1, result.output
    assert said in result.output and "Traceback" not in result.output
    assert course.catalogue.read_text(encoding="utf-8") == before
    assert list(course.solutions.iterdir()) == []


def test_an_assignment_the_course_has_already_is_refused_and_nothing_changes(imported: CourseRoot,
                                                                            tmp_path: Path) -> None:
    before = imported.catalogue.read_text(encoding="utf-8")
    again = tmp_path / "lai" / "source"
    shutil.copytree(imported.solutions / "ps2", again / "ps2")
    result = CliRunner().invoke(main, ["import-course", str(again), "--dir", str(imported.root)])
    assert result.exit_code == 1 and "đã có bài tập ps2" in result.output
    assert imported.catalogue.read_text(encoding="utf-8") == before
