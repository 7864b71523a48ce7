"""``kynangso feedback``: a feedback page for each learner and module, written for the learner.

Each graded submission gets a page in plain Vietnamese (English under ``KYNANGSO_LANG=en``): the score, then for
every question the question, the learner's answer as they gave it, right or not, the rule to remember with its
legal source and where to read again in the lesson — never a test, hidden or visible. Each learner also gets one
"phiếu kết quả" with every module, and the trainer an index of all pages (:mod:`kynangso.grading.learner_pages.pages`).

nbgrader's own HTML feedback (for programmers: test cells and all) is written only when asked for
(``nbgrader_html=True``), into ``grading/feedback-nbgrader/`` so that it never replaces the learner's page.
"""

from __future__ import annotations

import os
from collections.abc import Sequence
from pathlib import Path

from kynangso.course.catalogue import load_catalogue
from kynangso.errors import KitError
from kynangso.grading import nbgrader_adapter
from kynangso.grading.learner_pages.pages import INDEX, SHEET, write_pages
from kynangso.i18n import _
from kynangso.paths import CourseRoot

NBGRADER_FOLDER = "feedback-nbgrader"


def nbgrader_feedback(*, course: CourseRoot, assignment_id: str) -> list[Path]:
    """nbgrader's own feedback HTML for one assignment (hidden tests cut out), in ``grading/feedback-nbgrader``."""
    from nbgrader.converters import GenerateFeedback

    config = nbgrader_adapter.load_config(course)
    config.HTMLExporter.template_name = "feedback"
    config.CourseDirectory.feedback_directory = os.path.join("grading", NBGRADER_FOLDER)
    run = nbgrader_adapter.run_converter(GenerateFeedback, course, config, assignment_id=assignment_id, force=True)
    if not run.ok:
        raise KitError(_("Không tạo được nhận xét cho bài '{bai}': {loi}\n{log}").format(
            bai=assignment_id, loi=run.error, log=run.log))
    return sorted((course.grading / NBGRADER_FOLDER).glob(f"*/{assignment_id}/*.html"))


def feedback(*, course: CourseRoot, assignments: Sequence[str] = (), nbgrader_html: bool = False) -> list[Path]:
    """Write the learners' feedback pages (and nbgrader's own if asked); return the files written.

    The pages of the learner's modules go to ``grading/feedback/<learner>/<assignment>/``, the "phiếu kết quả" to
    ``grading/feedback/<learner>/phieu-ket-qua.html`` and the trainer's index to ``grading/feedback/muc-luc.html``.
    """
    catalogue = load_catalogue(course.catalogue)
    ids = list(assignments) or [a.id for a in catalogue.assignments]
    for assignment_id in ids:
        catalogue.assignment(assignment_id)
    written = write_pages(course, catalogue, set(ids))
    if nbgrader_html:
        for assignment_id in ids:
            if any(course.autograded.glob(f"*/{assignment_id}")):
                written += nbgrader_feedback(course=course, assignment_id=assignment_id)
    return written


def show_paths(course: CourseRoot, files: Sequence[Path]) -> list[str]:
    """What the trainer is told: where the index, the sheets and the module pages are."""
    lines = [_("Mục lục cho giảng viên: {path}").format(path=course.feedback / INDEX)]
    sheets = [f for f in files if f.name == SHEET]
    if sheets:
        lines.append(_("Phiếu kết quả của từng học viên ({n}): {mau}").format(
            n=len(sheets), mau=course.feedback / _("<mã học viên>") / SHEET))
    pages = [f for f in files if f.parent.parent.parent == course.feedback]
    if pages:
        lines.append(_("Nhận xét từng bài ({n}, trả cho học viên qua nút Release feedback của nbgrader): {mau}")
                     .format(n=len(pages), mau=course.feedback / _("<mã học viên>") / _("<bài tập>")))
    nbgrader = [f for f in files if NBGRADER_FOLDER in f.parts]
    if nbgrader:
        lines.append(_("Nhận xét của nbgrader ({n}): {path}").format(n=len(nbgrader),
                                                                   path=course.grading / NBGRADER_FOLDER))
    return lines


__all__ = ["NBGRADER_FOLDER", "feedback", "nbgrader_feedback", "show_paths"]
