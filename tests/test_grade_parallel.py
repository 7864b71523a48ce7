"""Parallel grading gives exactly the scores of serial grading."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

from kynangso.course.catalogue import load_catalogue
from kynangso.course.learners import import_roster, load_roster
from kynangso.course.simulate import simulate
from kynangso.data import person_names
from kynangso.grading.collect import collect
from kynangso.grading.grade import grade
from kynangso.paths import CourseRoot
from kynangso.reporting.report import learner_table

pytestmark = pytest.mark.slow


def _prepare(template: CourseRoot, target: Path) -> CourseRoot:
    shutil.copytree(template.root, target)
    course = CourseRoot(target)
    pd.DataFrame(person_names.cadres(6, seed=5)).to_csv(target / "ds.csv", index=False)
    import_roster(course=course, file=target / "ds.csv")
    simulate(course, load_catalogue(course.catalogue), load_roster(course), target / "inbox", seed=5)
    collect(course=course, paths=[target / "inbox" / "thu-muc-lop", target / "inbox" / "bai-nop-tu-usb.zip"])
    return course


def test_two_workers_score_like_one(released_template: CourseRoot, tmp_path: Path) -> None:
    serial, parallel = _prepare(released_template, tmp_path / "a"), _prepare(released_template, tmp_path / "b")
    ids = ["02-the-thuc-van-ban", "06-dinh-danh-dien-tu"]
    one = grade(course=serial, assignments=ids, workers=1)
    two = grade(course=parallel, assignments=ids, workers=2)
    assert [(o.learner, o.assignment, o.ok) for o in one] == [(o.learner, o.assignment, o.ok) for o in two]
    catalogue = load_catalogue(serial.catalogue)
    assert learner_table(serial, catalogue).equals(learner_table(parallel, catalogue))
    assert len(one) == 12
