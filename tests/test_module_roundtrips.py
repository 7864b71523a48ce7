"""Per module, real nbgrader: solution full marks, untouched exercise 0, a partial answer its exact points."""

from __future__ import annotations

import shutil

import pandas as pd
import pytest

from kynangso.course import notebooks
from kynangso.course.catalogue import load_catalogue
from kynangso.course.learners import import_roster
from kynangso.course.simulate import fill, load_answers
from kynangso.grading.collect import collect
from kynangso.grading.grade import grade
from kynangso.paths import CourseRoot
from kynangso.reporting.report import TOTAL, learner_table
from tests.conftest import CHECKOUT

pytestmark = pytest.mark.slow
ASSIGNMENTS = [a.id for a in load_catalogue(CHECKOUT.catalogue).assignments]


@pytest.fixture(scope="module")
def graded(released_template: CourseRoot, tmp_path_factory: pytest.TempPathFactory) -> tuple[CourseRoot, dict]:
    root = tmp_path_factory.mktemp("modules") / "lop"
    shutil.copytree(released_template.root, root)
    course = CourseRoot(root)
    people = {"dung": "Lò Thị Hoa", "trong": "Vi Văn Đức", "mot-phan": "Kha Thị Mai"}
    roster = pd.DataFrame([{"Họ và tên": n, "Đơn vị": "Hùng Chân"} for n in people.values()])
    roster.to_csv(root / "ds.csv", index=False)
    import_roster(course=course, file=root / "ds.csv")
    catalogue = load_catalogue(course.catalogue)
    expected_partial = {}
    for assignment in catalogue.assignments:
        answers = load_answers(course, assignment)
        released = course.exercises / assignment.id / assignment.notebook
        first = sorted(answers.right)[0]  # the partial learner answers only this question, correctly
        expected_partial[assignment.id] = sum(q.points for q in assignment.questions
                                              if q.grade_id in answers.tests[first])
        number = catalogue.module_of(assignment.id).number
        for kind, choices in (("dung", answers.right), ("trong", {}), ("mot-phan", {first: answers.right[first]})):
            notebooks.write(fill(released, choices), root / "inbox" / f"{people[kind]} - bai tap {number:02d}.ipynb")
    collect(course=course, paths=[root / "inbox"])
    outcomes = grade(course=course)
    assert all(o.ok for o in outcomes), [o for o in outcomes if not o.ok]
    return course, expected_partial


@pytest.mark.parametrize("assignment_id", ASSIGNMENTS)
def test_round_trip(graded: tuple[CourseRoot, dict], assignment_id: str) -> None:
    course, expected_partial = graded
    catalogue = load_catalogue(course.catalogue)
    assignment = catalogue.assignment(assignment_id)
    table = learner_table(course, catalogue).set_index("Mã học viên")
    column = f"{catalogue.module_of(assignment_id).code} ({assignment.max_points:g})"
    assert table.loc["lo-thi-hoa", column] == assignment.max_points
    assert table.loc["vi-van-duc", column] == 0
    assert table.loc["kha-thi-mai", column] == expected_partial[assignment_id]
    assert table.loc["lo-thi-hoa", TOTAL] == catalogue.max_points
