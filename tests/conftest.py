"""Shared fixtures: the checkout as a course, and throwaway workshop folders made from it."""

from __future__ import annotations

import shutil
from pathlib import Path

import nbformat
import pytest

from kynangso.course.release import release
from kynangso.course.workspace import copy_course
from kynangso.paths import CourseRoot

CHECKOUT = CourseRoot(Path(__file__).resolve().parents[1])
M02 = "02-the-thuc-van-ban"
# The files that take minutes (``make test`` prints the slowest tests): collected first, so that when the files run in
# parallel (``pytest -n 2 --dist loadfile``) none of them starts last and keeps one process busy alone at the end.
LONGEST = ("test_guide.py", "test_bundle.py", "test_hostile_notebooks.py", "test_grade_parallel.py",
           "test_exercise_graded.py", "test_demo.py", "test_hostile_zips.py", "test_isolation.py",
           "test_gradebook_postgres.py", "test_module_roundtrips.py", "test_collect.py", "test_report_speed.py")


def pytest_collection_modifyitems(items: list[pytest.Item]) -> None:
    first = {name: rank for rank, name in enumerate(LONGEST)}
    items.sort(key=lambda item: first.get(item.path.name, len(LONGEST)))  # stable: the others keep their order


@pytest.fixture(autouse=True)
def _private_home(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> None:
    """Jupyter and nbgrader read and write under HOME; keep the developer's home out of the tests."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("JUPYTER_CONFIG_DIR", str(home / ".jupyter"))
    monkeypatch.setenv("JUPYTER_DATA_DIR", str(home / ".local" / "share" / "jupyter"))


@pytest.fixture
def course() -> CourseRoot:
    return CHECKOUT


@pytest.fixture
def course_copy(tmp_path: Path) -> CourseRoot:
    """A copy of the course's definition (no exercises), to break on purpose."""
    copy = copy_course(CHECKOUT, tmp_path / "course")
    shutil.copytree(CHECKOUT.exercises, copy.exercises)
    return copy


@pytest.fixture(scope="session")
def released_template(tmp_path_factory: pytest.TempPathFactory) -> CourseRoot:
    root = copy_course(CHECKOUT, tmp_path_factory.mktemp("template") / "lop")
    release(course=root)
    return root


@pytest.fixture
def workshop(released_template: CourseRoot, tmp_path: Path) -> CourseRoot:
    """A workshop folder with released assignments and an empty gradebook state of its own."""
    target = tmp_path / "lop"
    shutil.copytree(released_template.root, target)
    return CourseRoot(target)


def small_submission(text: str, stamped: bool = True, assignment: str = M02, kept: dict | None = None) -> bytes:
    """A small submitted notebook (one text cell, one answer cell marked for nbgrader); ``kept`` = the widget
    answers it carries, as the kit's JupyterLab extension keeps them."""
    answer = nbformat.v4.new_code_cell("", id="cell-2", metadata={"nbgrader": {
        "grade": False, "solution": True, "locked": False, "grade_id": "tra_loi_1", "schema_version": 3}})
    nb = nbformat.v4.new_notebook(cells=[nbformat.v4.new_markdown_cell(text, id="cell-1"), answer])
    if stamped:
        nb.metadata["kynangso"] = {"assignment": assignment}
    if kept is not None:
        nb.metadata.setdefault("kynangso", {})["tra_loi"] = kept
    return nbformat.writes(nb).encode("utf-8")
