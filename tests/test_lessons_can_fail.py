"""nbval really runs lessons: a lesson whose worked example gives a wrong result fails."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

import pytest

from kynangso.course import notebooks
from kynangso.paths import CourseRoot
from tests.conftest import M02

pytestmark = pytest.mark.slow


def _nbval(notebook: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--nbval-lax", "--nbval-current-env",
         "-o", "testpaths=", "-o", "addopts=", str(notebook)],
        capture_output=True, text=True, cwd=notebook.parent, timeout=300,
    )


def test_a_wrong_result_in_a_lesson_fails_nbval(course: CourseRoot, tmp_path: Path) -> None:
    lesson = notebooks.read(course.course / M02 / "bai-hoc-02.ipynb")
    notebooks.write(lesson, tmp_path / "dung.ipynb")
    for cell in lesson.cells:
        cell.source = cell.source.replace('"Châu Tiến, ngày 09 tháng 01 năm 2026"',
                                          '"Châu Tiến, ngày 9 tháng 1 năm 2026"')
    notebooks.write(lesson, tmp_path / "sai.ipynb")
    right, wrong = _nbval(tmp_path / "dung.ipynb"), _nbval(tmp_path / "sai.ipynb")
    assert right.returncode == 0, right.stdout
    assert wrong.returncode == 1 and "AssertionError" in wrong.stdout
