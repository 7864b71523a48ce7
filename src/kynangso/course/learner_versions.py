"""Learner versions of the assignments: ``exercises/`` generated from ``solutions/`` by nbgrader, then stamped.

Each assignment carries the course's ``profile.yml`` (copied into ``solutions/<id>/`` first, so nbgrader puts it in
``exercises/<id>/`` and in every graded folder): data generated in a learner's or in the grading kernel names the
same places as the text. The work behind ``kynangso release``; ``kynangso check`` uses it too, to compare
``exercises/`` with a fresh run.
"""

from __future__ import annotations

import shutil
from collections.abc import Sequence
from pathlib import Path

from nbgrader.converters import GenerateAssignment

from kynangso.course import localise, notebooks, release_options
from kynangso.course.catalogue import Catalogue, load_catalogue
from kynangso.errors import KitError
from kynangso.grading import nbgrader_adapter
from kynangso.i18n import _
from kynangso.learner import answers
from kynangso.paths import CourseRoot


def _stamp(path: Path, catalogue: Catalogue, assignment_id: str) -> None:
    """Clean a released notebook and stamp what it is, so collected copies can be matched after renaming."""
    nb = notebooks.clean(notebooks.read(path))
    nb.metadata[notebooks.KIT_KEY] = {
        "course": catalogue.course_id,
        "assignment": assignment_id,
        "notebook": path.stem,
    }
    notebooks.write(nb, path)


def release_assignment(course: CourseRoot, catalogue: Catalogue, assignment_id: str) -> list[Path]:
    """Generate ``exercises/<assignment_id>`` with nbgrader and return the released notebooks."""
    if not (course.solutions / assignment_id).is_dir():
        raise KitError(_("Không có thư mục bài tập nguồn 'solutions/{bai}'.").format(bai=assignment_id))
    localise.copy_profile(course, course.solutions / assignment_id)  # nbgrader ships it with the assignment
    config = release_options.apply(nbgrader_adapter.load_config(course), course, catalogue)
    result = nbgrader_adapter.run_converter(
        GenerateAssignment, course, config,
        assignment_id=assignment_id, force=True, create_assignment=True,
    )
    if not result.ok:
        raise KitError(_("Không tạo được bản cho học viên của bài '{bai}': {loi}\n{log}").format(
            bai=assignment_id, loi=result.error, log=result.log))
    out = course.exercises / assignment_id
    shutil.rmtree(out / ".ipynb_checkpoints", ignore_errors=True)
    for stray in out.glob(f"*{answers.SUFFIX}"):  # answers saved by running a solution notebook hold the key
        stray.unlink()
    released = sorted(out.glob("*.ipynb"))
    for path in released:
        _stamp(path, catalogue, assignment_id)
    return released


def profile_shipped(course: CourseRoot, assignment_id: str) -> bool:
    """Whether the assignment's released copy of ``profile.yml`` is the course's."""
    shipped = course.exercises / assignment_id / course.profile.name
    if not course.profile.is_file():
        return not shipped.exists()
    return shipped.is_file() and shipped.read_bytes() == course.profile.read_bytes()


def generate(course: CourseRoot, assignments: Sequence[str] = ()) -> list[Path]:
    """Regenerate the learner versions of the given assignments (all of the catalogue's by default)."""
    catalogue = load_catalogue(course.catalogue)
    ids = list(assignments) or [a.id for a in catalogue.assignments]
    for assignment_id in ids:
        catalogue.assignment(assignment_id)  # unknown ids fail before anything is written
    released: list[Path] = []
    for assignment_id in ids:
        released += release_assignment(course, catalogue, assignment_id)
    return released


__all__ = ["generate", "profile_shipped", "release_assignment"]
