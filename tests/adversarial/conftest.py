"""Fixtures for hostile or careless input: a course with a small roster and notebook bytes to submit."""

from __future__ import annotations

import shutil
from collections.abc import Callable, Iterable
from pathlib import Path

import pandas as pd
import pytest

from kynangso.course import notebooks
from kynangso.course.catalogue import load_catalogue
from kynangso.course.learners import import_roster
from kynangso.course.simulate import load_answers
from kynangso.grading.collect import collect
from kynangso.paths import CourseRoot
from tests.conftest import M02, small_submission

# Builds one learner's M02 submission from the released notebook, the right answers and a scenario name.
Submission = Callable[[Path, dict[str, str | None], str], notebooks.NotebookNode]


@pytest.fixture
def roster_course(course_copy: CourseRoot, tmp_path: Path) -> CourseRoot:
    rows = [{"Họ và tên": "Lò Thị Hoa", "Đơn vị": "Châu Tiến"}, {"Họ và tên": "Vi Văn Đức", "Đơn vị": "Hùng Chân"}]
    pd.DataFrame(rows).to_csv(tmp_path / "ds.csv", index=False)
    import_roster(course=course_copy, file=tmp_path / "ds.csv")
    return course_copy


def notebook(text: str) -> bytes:
    return small_submission(text)


def collected_class(template: CourseRoot, root: Path, learners: Iterable[tuple[str, str]],
                    submission: Submission) -> CourseRoot:
    """A class folder copied from ``template`` where each (name, scenario) learner has handed in M02."""
    shutil.copytree(template.root, root)
    course = CourseRoot(root)
    learners = list(learners)
    pd.DataFrame([{"Họ và tên": n, "Đơn vị": "Châu Tiến"} for n, _ in learners]).to_csv(root / "ds.csv", index=False)
    import_roster(course=course, file=root / "ds.csv")
    assignment = load_catalogue(course.catalogue).assignment(M02)
    right: dict[str, str | None] = dict(load_answers(course, assignment).right)
    released = course.exercises / M02 / assignment.notebook
    for name, kind in learners:
        notebooks.write(submission(released, right, kind), root / "inbox" / f"{name} - bai tap 02.ipynb")
    collect(course=course, paths=[root / "inbox"])
    return course
