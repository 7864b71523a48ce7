"""What the hub puts in each learner's folder: the assignments (as nbgrader's Fetch would), the lessons (for the
phone home page, apart from the assignments so that each assignment folder keeps one notebook) and, once the trainer
has written them, the learner's own feedback pages. Everything belongs to the learner and is private to them.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

from kynangso.course.catalogue import load_catalogue
from kynangso.paths import CourseRoot

LESSONS = "bai-hoc"  # in a learner's folder: one folder per module with its lesson
FEEDBACK = "nhan-xet"  # in a learner's folder: the learner's feedback pages, one folder per assignment
_SKIP = shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__")


def _give(target: Path, owner: os.stat_result) -> None:
    for path in [target, *target.rglob("*")]:
        os.chown(path, owner.st_uid, owner.st_gid, follow_symlinks=False)
        os.chmod(path, 0o700 if path.is_dir() else 0o600)


def hand_out(course: CourseRoot, home: Path) -> None:
    """Put every assignment and every lesson in the learner's folder; what is there already is kept."""
    owner = home.stat()
    for assignment in sorted(p for p in course.exercises.iterdir() if p.is_dir()):
        target = home / assignment.name
        if not target.exists():
            shutil.copytree(assignment, target, ignore=_SKIP)
            _give(target, owner)
    lessons = home / LESSONS
    for module in load_catalogue(course.catalogue).modules:
        source, target = course.course / module.folder, lessons / module.folder
        if source.is_dir() and not target.exists():
            shutil.copytree(source, target, ignore=_SKIP)
    if lessons.is_dir() and course.profile.is_file():  # the lessons' kernels read the place names from it
        shutil.copyfile(course.profile, lessons / course.profile.name)
    if lessons.is_dir():
        _give(lessons, owner)


def share_feedback(course: CourseRoot, homes: dict[str, Path]) -> list[Path]:
    """Copy each learner's feedback pages (``kynangso feedback``) into their folder; return the pages copied."""
    copied = []
    for learner_id, home in homes.items():
        pages = course.feedback / learner_id
        if not pages.is_dir() or not home.is_dir():
            continue
        for page in sorted(pages.rglob("*.html")):
            target = home / FEEDBACK / page.relative_to(pages)
            if target.is_file() and target.read_bytes() == page.read_bytes():
                continue
            target.parent.mkdir(parents=True, exist_ok=True)
            shutil.copyfile(page, target)
            copied.append(target)
        if (home / FEEDBACK).is_dir():
            _give(home / FEEDBACK, home.stat())
    return copied


__all__ = ["FEEDBACK", "LESSONS", "hand_out", "share_feedback"]
