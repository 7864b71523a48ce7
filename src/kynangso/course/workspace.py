"""A course copied into a new folder: what a workshop, a check or a bundle starts from."""

from __future__ import annotations

import shutil
from pathlib import Path

from kynangso.course.catalogue import load_catalogue
from kynangso.errors import KitError
from kynangso.learner import answers
from kynangso.paths import PROFILE_FILE, WRITTEN_FOR_FILE, CourseRoot


def _beside_catalogue(course: CourseRoot) -> list[str]:
    """Files the course keeps beside its catalogue: its profile (place names, and which names the files are written
    for) and its release header."""
    names = [PROFILE_FILE, WRITTEN_FOR_FILE]
    try:
        header = load_catalogue(course.catalogue).release.header
    except KitError:  # a broken catalogue is copied as it is, for check to report
        header = ""
    return [*names, header] if header else names


def copy_course(course: CourseRoot, target: Path) -> CourseRoot:
    """Copy what defines the course (catalogue, profile, header, course, solutions, grading config) into ``target``."""
    target.mkdir(parents=True, exist_ok=True)
    shutil.copy2(course.catalogue, target / course.catalogue.name)
    for name in _beside_catalogue(course):
        if (course.root / name).is_file():
            (target / name).parent.mkdir(parents=True, exist_ok=True)
            shutil.copy2(course.root / name, target / name)
    ignore = shutil.ignore_patterns(".ipynb_checkpoints", "__pycache__", f"*{answers.SUFFIX}")
    for folder in ("course", "solutions"):
        shutil.copytree(course.root / folder, target / folder, ignore=ignore, dirs_exist_ok=True)
    (target / "grading").mkdir(exist_ok=True)
    for item in course.grading.iterdir():
        if item.is_file() and item.suffix in {".py", ".yml", ".md", ".ipynb"}:
            shutil.copy2(item, target / "grading" / item.name)
        elif item.is_dir() and item.name in {"simulation", "templates"}:
            shutil.copytree(item, target / "grading" / item.name, ignore=ignore, dirs_exist_ok=True)
    return CourseRoot(target.resolve())


__all__ = ["copy_course"]
