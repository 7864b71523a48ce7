"""Parallel grading gives exactly the scores of serial grading."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from kynangso.cli import main
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
    pd.DataFrame(person_names.cadres(4, seed=5)).to_csv(target / "ds.csv", index=False)
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
    assert len(one) == 8


def test_only_new_or_changed_submissions_are_graded_again(released_template: CourseRoot, tmp_path: Path) -> None:
    """A second run keeps what was graded well and is unchanged; a changed submission, a deleted graded folder,
    a gradebook restored from its backup and a corrected answer key each get grading again; ``again`` grades
    everything."""
    course = _prepare(released_template, tmp_path / "lop")
    ids = ["02-the-thuc-van-ban"]
    first = grade(course=course, assignments=ids, workers=2)
    scores = learner_table(course, load_catalogue(course.catalogue))
    broken = [o.learner for o in first if not o.ok]  # a file that could not be graded is tried again each time
    heard: list[str] = []
    kept = grade(course=course, assignments=ids, workers=2, progress=lambda o: heard.append(o.learner))
    assert heard == broken and kept == first and all(o.fingerprint for o in kept if o.ok)
    assert learner_table(course, load_catalogue(course.catalogue)).equals(scores)

    changed, emptied = sorted({o.learner for o in first if o.ok})[:2]
    (notebook,) = (course.submitted / changed / ids[0]).glob("*.ipynb")
    notebook.write_text(notebook.read_text(encoding="utf-8").replace("}", "} ", 1), encoding="utf-8")
    shutil.rmtree(course.autograded / emptied / ids[0])
    grade(course=course, assignments=ids, workers=2, progress=lambda o: heard.append(o.learner))
    assert sorted(heard) == sorted([changed, emptied, *broken])
    assert learner_table(course, load_catalogue(course.catalogue)).equals(scores)

    heard.clear()
    (backup,) = sorted((course.grading / "sao-luu").glob("gradebook-*.db"))[:1]
    shutil.copy(backup, course.gradebook)  # the gradebook as it was before the first run: no submission graded
    grade(course=course, assignments=ids, workers=2, progress=lambda o: heard.append(o.learner))
    assert sorted(heard) == sorted(o.learner for o in first)
    heard.clear()
    grade(course=course, assignments=ids, workers=2, again=True, progress=lambda o: heard.append(o.learner))
    assert sorted(heard) == sorted(o.learner for o in first)
    assert learner_table(course, load_catalogue(course.catalogue)).equals(scores)
    said = CliRunner().invoke(main, ["grade", ids[0], "--dir", str(course.root)]).output
    assert f"Giữ kết quả của {len(first) - len(broken)} bài đã chấm xong" in " ".join(said.split())
    heard.clear()
    (source,) = (course.solutions / ids[0]).glob("*.ipynb")  # the answer key corrected: its exercise graded again
    source.write_text(source.read_text(encoding="utf-8") + "\n", encoding="utf-8")
    grade(course=course, assignments=ids, workers=2, progress=lambda o: heard.append(o.learner))
    assert sorted(heard) == sorted(o.learner for o in first)
