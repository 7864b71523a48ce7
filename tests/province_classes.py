"""Class folders for the province tests: one small class graded for real, and classes derived from it.

Grading is slow, so one workshop (a few learners, one assignment) is graded once; every derived class is a copy
of its folder with other learners (names, ids, units, birth years), its submissions moved in time, and, where a
test needs it, a learner's scores or the catalogue changed in the gradebook. Each derived class then goes through
the real ``export`` like any class.
"""

from __future__ import annotations

import csv
import json
import shutil
import sqlite3
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path

import yaml
from click.testing import CliRunner

from kynangso.cli import main
from kynangso.course.catalogue import load_catalogue
from kynangso.course.learners import Learner, load_roster, save_roster
from kynangso.course.simulate import simulate
from kynangso.data import person_names
from kynangso.grading.status import STATUS_FILE
from kynangso.paths import CourseRoot
from kynangso.province.export import WORKSHOP_FILE
from kynangso.text import slug
from tests.conftest import M02


def _invoke(*args: str | Path) -> None:
    result = CliRunner().invoke(main, [str(a) for a in args])
    assert result.exit_code == 0, result.output


def graded_class(template: CourseRoot, target: Path, learners: int = 6, seed: int = 11) -> CourseRoot:
    """Release, import a roster, collect simulated submissions and grade one assignment, all by CLI."""
    shutil.copytree(template.root, target)
    (target / "grading" / "gradebook.db").unlink(missing_ok=True)
    course = CourseRoot(target)
    _invoke("release", M02, "--dir", target)
    roster_file = target / "danh-sach.csv"
    people = person_names.cadres(learners, seed)
    with roster_file.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.DictWriter(handle, fieldnames=list(people[0]))
        writer.writeheader()
        writer.writerows(people)
    _invoke("roster", "import", roster_file, "--dir", target)
    inbox = target / "bai-nop"
    simulate(course, load_catalogue(course.catalogue), load_roster(course), inbox, seed)
    _invoke("collect", inbox / "thu-muc-lop", inbox / "bai-nop-tu-usb.zip", "--dir", target)
    _invoke("grade", M02, "--workers", "2", "--dir", target)
    return course


def new_learners(number: int, base: list[Learner], unit: str) -> list[Learner]:
    """Other people for a derived class: generated names in ``unit``, ids made from the names and the class."""
    people = person_names.cadres(len(base), 500 + number, units=(unit,))
    return [Learner(f"{slug(p['Họ và tên'])}-l{number}", p["Họ và tên"], p["Đơn vị"], p["Chức vụ"], p["Năm sinh"])
            for p in people]


def derive(base: CourseRoot, target: Path, learners: list[Learner], shift: timedelta) -> CourseRoot:
    """A copy of ``base`` whose learners are ``learners`` (in roster order) and whose submissions are moved."""
    shutil.copytree(base.root, target)
    course = CourseRoot(target)
    (course.grading / WORKSHOP_FILE).unlink(missing_ok=True)
    old = load_roster(course)
    ids = {o.id: n.id for o, n in zip(old, learners, strict=True)}
    save_roster(course, learners)
    with sqlite3.connect(course.gradebook) as db:
        for before, after in ids.items():
            db.execute("UPDATE student SET id = ? WHERE id = ?", (f"tmp-{after}", before))
            db.execute("UPDATE submitted_assignment SET student_id = ? WHERE student_id = ?", (f"tmp-{after}", before))
        db.execute("UPDATE student SET id = substr(id, 5)")
        db.execute("UPDATE submitted_assignment SET student_id = substr(student_id, 5)")
        stamps = db.execute("SELECT id, timestamp FROM submitted_assignment").fetchall()
        for row_id, stamp in stamps:
            moved = datetime.fromisoformat(str(stamp)) + shift
            db.execute("UPDATE submitted_assignment SET timestamp = ? WHERE id = ?", (moved.isoformat(" "), row_id))
    status_path = course.grading / STATUS_FILE
    rows = json.loads(status_path.read_text(encoding="utf-8"))
    for row in rows:
        row["learner"] = ids[row["learner"]]
    status_path.write_text(json.dumps(rows, ensure_ascii=False), encoding="utf-8")
    return course


def full_marks(course: CourseRoot, learner: str, share: float = 1.0) -> None:
    """Give ``learner`` every point (``share`` of every point) of every graded question, as a regrade would."""
    with sqlite3.connect(course.gradebook) as db:
        db.execute("""UPDATE grade SET manual_score = NULL,
                      auto_score = ? * (SELECT max_score FROM grade_cells WHERE grade_cells.id = grade.cell_id)
                      WHERE cell_id IN (SELECT id FROM grade_cells) AND notebook_id IN (
                        SELECT sn.id FROM submitted_notebook sn JOIN submitted_assignment sa ON sn.assignment_id = sa.id
                        WHERE sa.student_id = ?)""", (share, learner))


def awaiting_hand_grading(course: CourseRoot, learner: str) -> None:
    """Leave ``learner``'s first graded cell waiting for the trainer, as nbgrader leaves a written answer."""
    with sqlite3.connect(course.gradebook) as db:
        db.execute("""UPDATE grade SET manual_score = NULL, auto_score = NULL, needs_manual_grade = 1
                      WHERE cell_id = (SELECT min(id) FROM grade_cells) AND notebook_id IN (
                        SELECT sn.id FROM submitted_notebook sn JOIN submitted_assignment sa ON sn.assignment_id = sa.id
                        WHERE sa.student_id = ?)""", (learner,))
        assert db.total_changes == 1


def older_catalogue(course: CourseRoot, assignment: str, grade_id: str, factor: float = 2.0) -> None:
    """Make the class look graded with an older catalogue where ``grade_id`` was worth ``factor`` times more."""
    data = yaml.safe_load(course.catalogue.read_text(encoding="utf-8"))
    for module in data["modules"]:
        for question in (module.get("assignment") or {}).get("questions", []):
            if question["grade_id"] == grade_id:
                question["points"] = question["points"] * factor
    course.catalogue.write_text(yaml.safe_dump(data, allow_unicode=True, sort_keys=False), encoding="utf-8")
    with sqlite3.connect(course.gradebook) as db:
        cell = db.execute("SELECT bc.id FROM base_cell bc JOIN grade_cells gc ON gc.id = bc.id WHERE bc.name = ?",
                          (grade_id,)).fetchone()[0]
        db.execute("UPDATE grade_cells SET max_score = max_score * ? WHERE id = ?", (factor, cell))
        db.execute("UPDATE grade SET auto_score = auto_score * ?, manual_score = manual_score * ? WHERE cell_id = ?",
                   (factor, factor, cell))
    assert any(q.grade_id == grade_id for q in load_catalogue(course.catalogue).assignment(assignment).questions)


def same_person(learner: Learner, new_id: str) -> Learner:
    return replace(learner, id=new_id)


__all__ = ["awaiting_hand_grading", "derive", "full_marks", "graded_class", "new_learners", "older_catalogue",
           "same_person"]
