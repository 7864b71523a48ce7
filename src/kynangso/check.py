"""``kynangso check``: notebooks stored clean, ``exercises/`` in sync, catalogue consistent with the folders."""

from __future__ import annotations

import tempfile
from collections import Counter
from pathlib import Path

from kynangso import _notebooks
from kynangso.catalogue import Catalogue, load_catalogue
from kynangso.errors import KitError
from kynangso.paths import CourseRoot
from kynangso.release import copy_course, release


def _notebook_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.rglob("*.ipynb") if ".ipynb_checkpoints" not in p.parts)


def unclean_notebooks(course: CourseRoot) -> list[str]:
    problems: list[str] = []
    for folder in (course.course, course.solutions, course.exercises):
        for path in _notebook_files(folder):
            problems += _notebooks.problems_if_unclean(path)
    return problems


def _grade_cells(path: Path) -> dict[str, float]:
    nb = _notebooks.read(path)
    cells = {}
    for cell in nb.cells:
        meta = cell.metadata.get("nbgrader", {})
        if meta.get("grade") and cell.cell_type == "code":
            cells[meta["grade_id"]] = float(meta.get("points", 0))
    return cells


def _folders(parent: Path) -> set[str]:
    return {p.name for p in parent.iterdir() if p.is_dir() and not p.name.startswith(".")} if parent.is_dir() else set()


def catalogue_problems(course: CourseRoot, catalogue: Catalogue) -> list[str]:
    problems: list[str] = []
    numbers = [m.number for m in catalogue.modules]
    if numbers != sorted(numbers) or len(set(numbers)) != len(numbers):
        problems.append(f"catalogue.yml: học phần phải theo thứ tự tăng dần, không trùng số (đang có {numbers}).")
    lesson_folders = {m.folder for m in catalogue.modules if m.lessons}
    assignment_folders = {m.folder for m in catalogue.modules if m.assignment}
    for name in sorted(_folders(course.course) - lesson_folders):
        problems.append(f"course/{name}: thư mục không có trong catalogue.yml.")
    for name in sorted(_folders(course.solutions) - assignment_folders):
        problems.append(f"solutions/{name}: thư mục không có trong catalogue.yml.")
    grade_ids: Counter[str] = Counter()
    for module in catalogue.modules:
        for lesson in module.lessons:
            if not (course.course / module.folder / lesson).is_file():
                problems.append(
                    f"course/{module.folder}/{lesson}: catalogue.yml ghi bài học này nhưng không có tệp.")
        if module.assignment is None:
            continue
        source = course.solutions / module.folder / module.assignment.notebook
        if not source.is_file():
            problems.append(f"solutions/{module.folder}/{module.assignment.notebook}: "
                            "catalogue.yml ghi nhưng không có tệp.")
            continue
        cells = _grade_cells(source)
        grade_ids.update(list(cells))
        listed = {q.grade_id: q.points for q in module.assignment.questions}
        for grade_id in sorted(set(cells) - set(listed)):
            problems.append(f"{source.relative_to(course.root)}: ô chấm điểm '{grade_id}' chưa có trong catalogue.yml.")
        for grade_id in sorted(set(listed) - set(cells)):
            problems.append(f"catalogue.yml: câu '{grade_id}' của {module.folder} không có ô chấm điểm trong sổ tay.")
        for grade_id in sorted(set(cells) & set(listed)):
            if cells[grade_id] != listed[grade_id]:
                problems.append(
                    f"{module.folder}: câu '{grade_id}' có {cells[grade_id]:g} điểm trong sổ tay nhưng "
                    f"{listed[grade_id]:g} điểm trong catalogue.yml."
                )
    for grade_id, count in sorted(grade_ids.items()):
        if count > 1:
            problems.append(f"grade_id '{grade_id}' bị dùng {count} lần; mỗi câu trong khóa học phải có tên riêng.")
    return problems


def exercises_out_of_sync(course: CourseRoot) -> list[str]:
    """Regenerate ``exercises/`` in a temporary folder and compare it with the committed one."""
    with tempfile.TemporaryDirectory(prefix="kynangso-check-") as tmp:
        fresh = copy_course(course, Path(tmp) / "course")
        release(course=fresh)
        expected = {p.relative_to(fresh.exercises): p for p in fresh.exercises.rglob("*") if p.is_file()}
        actual = {p.relative_to(course.exercises): p for p in course.exercises.rglob("*")
                  if p.is_file() and ".ipynb_checkpoints" not in p.parts} if course.exercises.is_dir() else {}
        missing, extra = sorted(set(expected) - set(actual)), sorted(set(actual) - set(expected))
        problems = [f"exercises/{rel}: thiếu, hãy chạy 'kynangso release'." for rel in missing]
        problems += [f"exercises/{rel}: thừa (không sinh ra từ solutions/)." for rel in extra]
        for rel in sorted(set(expected) & set(actual)):
            same = (
                _notebooks.canonical(expected[rel]) == _notebooks.canonical(actual[rel])
                if rel.suffix == ".ipynb"
                else expected[rel].read_bytes() == actual[rel].read_bytes()
            )
            if not same:
                problems.append(
                    f"exercises/{rel}: khác với bản sinh từ solutions/ (đừng sửa tay; chạy 'kynangso release').")
        return problems


def check(*, course: CourseRoot) -> list[str]:
    """All problems found, each as one Vietnamese sentence naming the file; empty when everything is right."""
    try:
        catalogue = load_catalogue(course.catalogue)
    except KitError as exc:
        return [str(exc)]
    problems = unclean_notebooks(course) + catalogue_problems(course, catalogue)
    try:
        problems += exercises_out_of_sync(course)
    except KitError as exc:
        problems.append(f"Không sinh lại được exercises/ để so sánh: {exc}")
    return problems


__all__ = ["catalogue_problems", "check", "exercises_out_of_sync", "unclean_notebooks"]
