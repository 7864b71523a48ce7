"""A course's own release options in its catalogue: a header notebook on top of every released notebook."""

from __future__ import annotations

from pathlib import Path

import nbformat
import pytest

from kynangso.course.check import check
from kynangso.course.learner_versions import generate
from kynangso.course.workspace import copy_course
from kynangso.errors import KitError
from kynangso.paths import CourseRoot
from tests.nbgrader_source import cell, notebook
from tests.test_placeholders import _course


def _with_header(tmp_path: Path, header: str = "dau-bai.ipynb") -> CourseRoot:
    course = _course(tmp_path, "vi")
    nbformat.write(notebook(cell("markdown", "**Lớp bồi dưỡng của xã**")), course.root / "dau-bai.ipynb")
    course.catalogue.write_text(course.catalogue.read_text(encoding="utf-8") + f"release:\n  header: {header}\n",
                                encoding="utf-8")
    return course


def test_the_header_tops_every_released_notebook_and_is_copied_with_the_course(tmp_path: Path) -> None:
    copy = copy_course(_with_header(tmp_path), tmp_path / "ban-sao")
    assert (copy.root / "dau-bai.ipynb").is_file()
    (released,) = generate(copy)
    cells = nbformat.read(released, as_version=4).cells
    assert cells[0].source == "**Lớp bồi dưỡng của xã**"
    assert [c.metadata.nbgrader["grade_id"] for c in cells[1:]] == ["why_q", "why", "own_code"]
    assert check(course=copy) == []


def test_a_missing_header_is_named_by_check_and_release(tmp_path: Path) -> None:
    course = _with_header(tmp_path, header="khong-co.ipynb")
    assert any("khong-co.ipynb" in problem for problem in check(course=course))
    with pytest.raises(KitError, match=r"khong-co\.ipynb"):
        generate(course)


def test_an_unknown_release_option_is_refused(tmp_path: Path) -> None:
    course = _course(tmp_path, "vi")
    course.catalogue.write_text(course.catalogue.read_text(encoding="utf-8") + "release:\n  footer: x.ipynb\n",
                                encoding="utf-8")
    assert any("release" in problem for problem in check(course=course))

