"""A small fixed gradebook for the report's golden tests, written through nbgrader's own API (no grading run).

Six learners in two communes; the numbers every test expects are worked out by hand in the comments.
"""

from __future__ import annotations

from datetime import datetime

from kynangso.course.catalogue import Catalogue, load_catalogue
from kynangso.course.learners import Learner, save_roster
from kynangso.grading import nbgrader_adapter
from kynangso.paths import CourseRoot

QUY_CHAU, CHAU_TIEN = "Xã Quỳ Châu", "Xã Châu Tiến"
LEARNERS = [
    Learner("lo-thi-hoa", "Lò Thị Hoa", QUY_CHAU, "Văn thư"),        # full marks: 114/114 with M0–M11, passes
    Learner("vi-van-duc", "Vi Văn Đức", QUY_CHAU, "Địa chính"),      # hands in all 12, scores 0
    Learner("kha-thi-mai", "Kha Thị Mai", QUY_CHAU, "Kế toán"),      # M0 and M2 full: 7 + 9 = 16
    Learner("ngan-thi-yen", "Ngân Thị Yến", CHAU_TIEN, "Tư pháp"),   # all but the last module: 103/114 (M0–M11)
    Learner("lang-van-son", "Lang Văn Sơn", CHAU_TIEN, "Công an"),   # M0 only, 3 points, one day late
    Learner("ha-minh-anh", "Hà Minh Ánh", CHAU_TIEN, "Văn hóa"),     # enrolled, never hands in
]
DUE = datetime(2025, 9, 1, 10, 0)
ON_TIME, LATE = datetime(2025, 8, 31, 9, 0), datetime(2025, 9, 2, 9, 0)


def _plan(catalogue: Catalogue) -> dict[tuple[str, str], dict[str, float]]:
    """(learner, assignment) → points per grade_id."""
    plan: dict[tuple[str, str], dict[str, float]] = {}
    for index, assignment in enumerate(catalogue.assignments):
        full = {q.grade_id: q.points for q in assignment.questions}
        zero = dict.fromkeys(full, 0.0)
        plan[("lo-thi-hoa", assignment.id)] = full
        plan[("vi-van-duc", assignment.id)] = zero
        plan[("ngan-thi-yen", assignment.id)] = zero if index == len(catalogue.assignments) - 1 else full
        if index in (0, 2):
            plan[("kha-thi-mai", assignment.id)] = full
        if index == 0:
            ids = list(full)
            plan[("lang-van-son", assignment.id)] = {**zero, ids[0]: full[ids[0]], ids[1]: full[ids[1]]}  # 2 + 1
    return plan


def build(course: CourseRoot) -> Catalogue:
    """Write the roster and the gradebook of the small fixed workshop into ``course``."""
    catalogue = load_catalogue(course.catalogue)
    save_roster(course, LEARNERS)
    first = catalogue.assignments[0].id
    with nbgrader_adapter.gradebook(course) as gb:
        for learner in LEARNERS:
            family, _, given = learner.ho_ten.partition(" ")
            gb.update_or_create_student(learner.id, last_name=family, first_name=given)
        for assignment in catalogue.assignments:
            gb.update_or_create_assignment(assignment.id, duedate=DUE if assignment.id == first else None)
            gb.add_notebook(assignment.notebook_id, assignment.id)
            for question in assignment.questions:
                gb.add_grade_cell(question.grade_id, assignment.notebook_id, assignment.id,
                                  max_score=question.points, cell_type="code")
        for (learner, assignment_id), points in _plan(catalogue).items():
            stamp = LATE if learner == "lang-van-son" else ON_TIME
            gb.add_submission(assignment_id, learner, timestamp=stamp.isoformat())
            notebook = catalogue.assignment(assignment_id).notebook_id
            for grade_id, score in points.items():
                grade = gb.find_grade(grade_id, notebook, assignment_id, learner)
                grade.auto_score = score
            gb.db.commit()
    return catalogue


__all__ = ["CHAU_TIEN", "LEARNERS", "QUY_CHAU", "build"]
