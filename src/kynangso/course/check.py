"""``kynangso check``: notebooks stored clean, ``exercises/`` in sync, catalogue consistent with the folders."""

from __future__ import annotations

import tempfile
from collections import Counter
from pathlib import Path

from kynangso.course import localise, notebooks, release_options
from kynangso.course.assignment_check import assignment_problems
from kynangso.course.catalogue import Catalogue, load_catalogue
from kynangso.course.learner_versions import generate
from kynangso.course.workspace import copy_course
from kynangso.errors import KitError
from kynangso.i18n import _
from kynangso.paths import CourseRoot


def _notebook_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)


def unclean_notebooks(course: CourseRoot) -> list[str]:
    problems: list[str] = []
    for folder in (course.course, course.solutions, course.exercises):
        for path in _notebook_files(folder):
            problems += notebooks.problems_if_unclean(path)
    return problems


def _folders(parent: Path) -> set[str]:
    return {p.name for p in parent.iterdir() if p.is_dir() and not p.name.startswith(".")} if parent.is_dir() else set()


def catalogue_problems(course: CourseRoot, catalogue: Catalogue) -> list[str]:
    problems: list[str] = []
    numbers = [m.number for m in catalogue.modules]
    if numbers != sorted(numbers) or len(set(numbers)) != len(numbers):
        problems.append(_("catalogue.yml: học phần phải theo thứ tự tăng dần, không trùng số (đang có {so}).")
                        .format(so=numbers))
    lesson_folders = {m.folder for m in catalogue.modules if m.lessons}
    assignment_folders = {a.id for a in catalogue.assignments}
    for name in sorted(_folders(course.course) - lesson_folders):
        problems.append(_("{folder}: thư mục không có trong catalogue.yml.").format(folder=f"course/{name}"))
    for name in sorted(_folders(course.solutions) - assignment_folders):
        problems.append(_("{folder}: thư mục không có trong catalogue.yml.").format(folder=f"solutions/{name}"))
    grade_ids: Counter[str] = Counter()
    for module in catalogue.modules:
        for lesson in module.lessons:
            if not (course.course / module.folder / lesson).is_file():
                problems.append(_("{path}: catalogue.yml ghi bài học này nhưng không có tệp.").format(
                    path=f"course/{module.folder}/{lesson}"))
        if module.assignment is None:
            continue
        found, ids = assignment_problems(course, module.assignment)
        problems += found
        grade_ids.update(ids)
    for grade_id, count in sorted(grade_ids.items()):
        if count > 1:
            problems.append(_("grade_id '{grade_id}' bị dùng {lan} lần; mỗi câu trong khóa học phải có tên riêng.")
                            .format(grade_id=grade_id, lan=count))
    return problems


def exercises_out_of_sync(course: CourseRoot) -> list[str]:
    """Regenerate ``exercises/`` in a temporary folder and compare it with the committed one."""
    with tempfile.TemporaryDirectory(prefix="kynangso-check-") as tmp:
        fresh = copy_course(course, Path(tmp) / "course")
        generate(fresh)
        expected = {p.relative_to(fresh.exercises): p for p in fresh.exercises.rglob("*") if p.is_file()}
        actual = {p.relative_to(course.exercises): p for p in course.exercises.rglob("*")
                  if p.is_file() and ".ipynb_checkpoints" not in p.parts} if course.exercises.is_dir() else {}
        missing, extra = sorted(set(expected) - set(actual)), sorted(set(actual) - set(expected))
        problems = [_("{path}: thiếu, hãy chạy 'kynangso release'.").format(path=f"exercises/{rel}")
                    for rel in missing]
        problems += [_("{path}: thừa (không sinh ra từ solutions/).").format(path=f"exercises/{rel}") for rel in extra]
        for rel in sorted(set(expected) & set(actual)):
            same = (
                notebooks.canonical(expected[rel]) == notebooks.canonical(actual[rel])
                if rel.suffix == ".ipynb"
                else expected[rel].read_bytes() == actual[rel].read_bytes()
            )
            if not same:
                problems.append(_("{path}: khác với bản sinh từ solutions/ (đừng sửa tay; chạy 'kynangso release').")
                                .format(path=f"exercises/{rel}"))
        return problems


def check(*, course: CourseRoot) -> list[str]:
    """All problems found, each as one Vietnamese sentence naming the file; empty when everything is right."""
    try:
        catalogue = load_catalogue(course.catalogue)
    except KitError as exc:
        return [str(exc)]
    problems = unclean_notebooks(course) + catalogue_problems(course, catalogue) + localise.out_of_date(course)
    try:
        header = release_options.header_path(course, catalogue)
    except KitError as exc:
        problems.append(str(exc))
    else:
        problems += notebooks.problems_if_unclean(header) if header else []
    try:
        problems += exercises_out_of_sync(course)
    except KitError as exc:
        problems.append(_("Không sinh lại được exercises/ để so sánh: {loi}").format(loi=exc))
    return problems


__all__ = ["catalogue_problems", "check", "exercises_out_of_sync", "unclean_notebooks"]
