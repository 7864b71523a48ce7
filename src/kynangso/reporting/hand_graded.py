"""Hand-graded points in the report: the gradebook's maxima, what waits for a person, the grades already given.

A cell that waits for hand grading has no score yet; the report leaves it out of shares, says how many points wait,
and never passes a learner on incomplete grading. Maxima are the gradebook's (the notebooks' points); a catalogue
that disagrees is said in the report's notes.
"""

from __future__ import annotations

from collections.abc import Mapping

from kynangso.course.catalogue import Catalogue
from kynangso.grading.scores import Gradebook, pending
from kynangso.i18n import _


def maxima(catalogue: Catalogue, grades: Gradebook) -> dict[str, float]:
    """Each assignment's maximum as the gradebook has it (the points of its cells), else as the catalogue says."""
    per = grades.grades.groupby(["learner", "assignment"])["max_score"].sum().groupby(level="assignment").max()
    return {a.id: float(per[a.id]) if a.id in per.index else a.max_points for a in catalogue.assignments}


def maxima_notes(catalogue: Catalogue, found: Mapping[str, float]) -> list[str]:
    return [_("Điểm tối đa của bài {bai} trong sổ điểm nbgrader là {so_diem:g}, trong catalogue.yml là {danh_muc:g}; "
              "báo cáo dùng số của sổ điểm. Hãy chạy 'kynangso check' và sửa cho khớp.").format(
        bai=a.id, so_diem=found[a.id], danh_muc=a.max_points) for a in catalogue.assignments
        if abs(found[a.id] - a.max_points) > 1e-9]


def hand_graded(catalogue: Catalogue, grades: Gradebook) -> bool:
    """Whether the course has hand-graded points (then the tables show what waits for them)."""
    return any(q.manual for a in catalogue.assignments for q in a.questions) or bool(pending(grades.grades).any())


def graded_only(grades: Gradebook) -> Gradebook:
    """The grades a person or the autograder has given (those waiting for hand grading left out)."""
    return Gradebook(grades.grades[~pending(grades.grades)], grades.submissions)


__all__ = ["graded_only", "hand_graded", "maxima", "maxima_notes"]
