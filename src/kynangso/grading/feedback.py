"""``kynangso feedback``: HTML feedback for each graded learner, without hidden tests."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from nbgrader.converters import GenerateFeedback

from kynangso.course.catalogue import load_catalogue
from kynangso.errors import KitError
from kynangso.grading import nbgrader_adapter
from kynangso.i18n import _
from kynangso.paths import CourseRoot


def feedback(*, course: CourseRoot, assignments: Sequence[str] = ()) -> list[Path]:
    """Generate feedback HTML for every autograded submission; return the files written."""
    catalogue = load_catalogue(course.catalogue)
    ids = list(assignments) or [a.id for a in catalogue.assignments]
    config = nbgrader_adapter.load_config(course)
    config.HTMLExporter.template_name = "feedback"
    written: list[Path] = []
    for assignment_id in ids:
        catalogue.assignment(assignment_id)
        if not any(course.autograded.glob(f"*/{assignment_id}")):
            continue
        run = nbgrader_adapter.run_converter(GenerateFeedback, course, config, assignment_id=assignment_id, force=True)
        if not run.ok:
            raise KitError(_("Không tạo được nhận xét cho bài '{bai}': {loi}\n{log}").format(
                bai=assignment_id, loi=run.error, log=run.log))
        written += sorted(course.feedback.glob(f"*/{assignment_id}/*.html"))
    return written


__all__ = ["feedback"]
