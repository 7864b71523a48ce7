"""A class graded with kit 0.1.0 (``tests/fixtures/lop-0.1``, made by its ``make_fixture.py``) still reports and
grades identically: its gradebook's test cells import the 0.1 paths of the learner API and its config names
``kynangso.preprocessors``, which the compatibility shims keep working."""

from __future__ import annotations

import shutil
import sqlite3
from datetime import date
from pathlib import Path

import pandas as pd
import pytest

from kynangso.course.workspace import copy_course
from kynangso.grading.grade import grade
from kynangso.paths import CourseRoot
from kynangso.reporting.report import report
from tests.conftest import CHECKOUT

pytestmark = pytest.mark.slow
FIXTURE = Path(__file__).parent / "fixtures" / "lop-0.1"
TABLES = ("diem-theo-hoc-vien.csv", "theo-cau-hoi.csv")


def _old_class(tmp_path: Path) -> CourseRoot:
    course = copy_course(CHECKOUT, tmp_path / "lop")
    shutil.copytree(FIXTURE / "grading", course.grading, dirs_exist_ok=True, ignore=shutil.ignore_patterns("reports"))
    shutil.copyfile(FIXTURE / "catalogue.yml", course.catalogue)  # the class keeps the catalogue it was taught with
    return course


def _tables(folder: Path) -> dict[str, pd.DataFrame]:
    return {name: pd.read_csv(folder / name, encoding="utf-8-sig") for name in TABLES}


def _report(course: CourseRoot) -> dict[str, pd.DataFrame]:
    report(course=course, formats="csv", each_certificate=False, when=date(2026, 12, 1))
    return _tables(course.grading / "reports")


def test_the_fixture_holds_old_import_paths() -> None:
    with sqlite3.connect(FIXTURE / "grading" / "gradebook.db") as db:
        sources = [row[0] for row in db.execute("select source from source_cell")]
    assert any("from kynangso.selfcheck import yeu_cau" in s for s in sources)
    assert any("from kynangso.answers import tra_loi" in s for s in sources)
    assert "kynangso.preprocessors." in (FIXTURE / "grading" / "nbgrader_config.py").read_text(encoding="utf-8")


def test_an_old_gradebook_reports_and_regrades_identically(tmp_path: Path) -> None:
    course = _old_class(tmp_path)
    expected = _tables(FIXTURE / "grading" / "reports")
    for name, table in _report(course).items():
        pd.testing.assert_frame_equal(table, expected[name], obj=name)
    assert expected["diem-theo-hoc-vien.csv"]["Tổng điểm"].tolist() == [0, 9, 4]  # not all equal: a real check
    outcomes = grade(course=course)
    assert len(outcomes) == 3 and all(o.ok for o in outcomes), outcomes
    for name, table in _report(course).items():
        pd.testing.assert_frame_equal(table, expected[name], obj=name)
