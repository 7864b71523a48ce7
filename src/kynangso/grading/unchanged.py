"""Which collected submissions need grading: the new ones, and those changed since their last good grading.

A submission graded without trouble is graded again only when something that decides its result changed. Its
fingerprint (SHA-256 over the learner's files, the assignment's source and released notebooks, the class's
nbgrader settings, the isolation and its limits, the questions' titles and the kit's version) is kept in the
grading status. It is reused only while the gradebook still holds that very submission (nbgrader's submission
time equals the one in the submitted folder) and its graded notebooks are still in ``grading/autograded``:
a gradebook restored from a backup or a deleted folder gets the submission graded again.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterable, Sequence
from dataclasses import asdict, replace
from datetime import datetime
from pathlib import Path

from kynangso import __version__
from kynangso.grading import nbgrader_adapter
from kynangso.grading.isolation import sandbox
from kynangso.grading.status import Outcome, Status
from kynangso.paths import CourseRoot


def _add_folder(digest: hashlib._Hash, folder: Path) -> None:
    files = sorted(p for p in folder.rglob("*") if p.is_file()) if folder.is_dir() else []
    for path in files:
        digest.update(path.relative_to(folder).as_posix().encode("utf-8") + b"\0")
        digest.update(hashlib.sha256(path.read_bytes()).digest())


def _assignment_part(course: CourseRoot, assignment_id: str, plan: sandbox.Plan, titles: dict[str, str]) -> bytes:
    digest = hashlib.sha256(json.dumps([__version__, plan.mode, asdict(plan.limits), sorted(titles.items())],
                                       ensure_ascii=False, default=str).encode("utf-8"))
    for folder in (course.solutions / assignment_id, course.exercises / assignment_id):
        _add_folder(digest, folder)
    digest.update(course.nbgrader_config.read_bytes() if course.nbgrader_config.is_file() else b"")
    return digest.digest()


def fingerprints(course: CourseRoot, found: Sequence[tuple[str, str]], plan: sandbox.Plan,
                 titles: dict[str, str]) -> dict[tuple[str, str], str]:
    """The fingerprint of each ``(assignment, learner)`` submission as it is now."""
    parts = {a: _assignment_part(course, a, plan, titles) for a in {a for a, _learner in found}}
    result = {}
    for assignment_id, learner in found:
        digest = hashlib.sha256(parts[assignment_id])
        _add_folder(digest, course.submitted / learner / assignment_id)
        result[(learner, assignment_id)] = digest.hexdigest()
    return result


def _gradebook_times(course: CourseRoot) -> dict[tuple[str, str], datetime | None]:
    with nbgrader_adapter.gradebook(course) as gb:
        return {(s.student_id, a.name): s.timestamp for a in gb.assignments for s in a.submissions}


def split(course: CourseRoot, found: Iterable[tuple[str, str]], status: Status,
          prints: dict[tuple[str, str], str]) -> tuple[list[tuple[str, str]], list[Outcome]]:
    """``found`` parted into the submissions to grade and the results kept from their last good grading."""
    todo: list[tuple[str, str]] = []
    kept: list[Outcome] = []
    times: dict[tuple[str, str], datetime | None] | None = None
    directory = nbgrader_adapter.course_directory(course)
    for assignment_id, learner in found:
        before = status.get((learner, assignment_id))
        if before is not None and before.ok and before.fingerprint == prints[(learner, assignment_id)]:
            times = _gradebook_times(course) if times is None else times
            submitted = course.submitted / learner / assignment_id
            stamp = directory.get_existing_timestamp(str(submitted))
            graded = [course.autograded / learner / assignment_id / p.name for p in submitted.glob("*.ipynb")]
            if stamp is not None and times.get((learner, assignment_id), None) == stamp and all(
                    p.is_file() for p in graded):
                kept.append(replace(before))
                continue
        todo.append((assignment_id, learner))
    return todo, kept


__all__ = ["fingerprints", "split"]
