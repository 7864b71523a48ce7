"""``kynangso import-course``: bring a course written for nbgrader elsewhere into this course in one command.

An nbgrader ``source/`` folder has one sub-folder per assignment, with its notebooks and other files. Each
assignment becomes a module numbered after the course's last one, its folder is copied into ``solutions/`` (notebooks
stored clean) and its catalogue entry is written from the notebooks' nbgrader marks: the points of every graded cell
and task, hand grading for written answers, hand-graded code and tasks, the notebook of each question and the files
released beside the notebooks. The learners' versions are then generated, so ``kynangso check`` passes.
"""

from __future__ import annotations

import json
import math
import shutil
from collections import Counter
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from nbformat import NotebookNode
from slugify import slugify

from kynangso.course import catalogue_edit, learner_versions, notebooks, timing
from kynangso.course.catalogue import load_catalogue
from kynangso.errors import KitError
from kynangso.i18n import _
from kynangso.paths import CourseRoot

_SKIPPED = (".ipynb_checkpoints", "__pycache__", ".DS_Store")


@dataclass(frozen=True)
class SourceAssignment:
    """One assignment folder of the nbgrader source, as read."""

    folder: Path
    notebooks: dict[str, NotebookNode]  # file name → notebook
    files: tuple[str, ...]  # the other files, relative to the folder
    questions: tuple[dict[str, Any], ...]  # catalogue entries of the graded cells and tasks

    @property
    def id(self) -> str:
        return self.folder.name


def _read(path: Path, shown: str) -> NotebookNode:
    try:
        return notebooks.read(path)
    except (OSError, UnicodeDecodeError, json.JSONDecodeError, ValueError) as exc:
        raise KitError(_("{path}: không đọc được sổ tay (tệp hỏng hoặc không phải JSON của Jupyter).").format(
            path=shown)) from exc


def _question(cell: NotebookNode, notebook: str) -> dict[str, Any] | None:
    meta = cell.metadata.get("nbgrader", {})
    if not (meta.get("grade") or meta.get("task")):
        return None
    points = float(meta.get("points", 0) or 0)
    entry: dict[str, Any] = {"grade_id": str(meta.get("grade_id", "")),
                             "points": int(points) if points.is_integer() else points, "notebook": notebook}
    title = next((line.strip("# ").strip() for line in cell.source.splitlines() if line.strip()), "")
    if cell.cell_type == "markdown" and title and not meta.get("solution"):
        entry["title"] = title[:80]  # a task's first line says what to do; an answer's first line is the answer
    if meta.get("task") or meta.get("solution"):
        entry["manual"] = True  # a task, a written answer or a code answer graded by a person in the formgrader
    return entry


def read_assignment(folder: Path, shown: str) -> SourceAssignment:
    """Read one assignment folder of an nbgrader source."""
    read: dict[str, NotebookNode] = {}
    files: list[str] = []
    for path in sorted(folder.rglob("*")):
        rel = path.relative_to(folder)
        if not path.is_file() or any(part in _SKIPPED or part.startswith(".") for part in rel.parts):
            continue
        if path.suffix == ".ipynb" and len(rel.parts) == 1:
            read[path.name] = _read(path, f"{shown}/{rel.as_posix()}")
        else:
            files.append(rel.as_posix())
    questions = tuple(q for name, nb in read.items() for q in (_question(c, name) for c in nb.cells) if q)
    return SourceAssignment(folder=folder, notebooks=read, files=tuple(files), questions=questions)


def read_source(source: Path) -> list[SourceAssignment]:
    """Every assignment of an nbgrader ``source/`` folder, with Vietnamese errors for what is not one."""
    if not source.is_dir():
        raise KitError(_("'{path}' không phải là thư mục.").format(path=source))
    folders = sorted(p for p in source.iterdir()
                     if p.is_dir() and p.name not in _SKIPPED and not p.name.startswith("."))
    found = [read_assignment(f, f"{source.name}/{f.name}") for f in folders]
    found = [a for a in found if a.notebooks]
    if not found:
        raise KitError(_("'{path}' không phải thư mục source của nbgrader: không có thư mục bài tập nào chứa sổ tay "
                         "(.ipynb).").format(path=source))
    ungraded = [a.id for a in found if not a.questions]
    if ungraded:
        raise KitError(_("Bài tập {names} không có ô nào được chấm điểm (nbgrader: 'Autograder tests', "
                         "'Manually graded answer' hoặc 'Manually graded task'); hãy đánh dấu ô chấm trong nbgrader "
                         "rồi nhập lại.").format(names=", ".join(ungraded)))
    return found


def _check_new(course: CourseRoot, found: list[SourceAssignment]) -> None:
    catalogue = load_catalogue(course.catalogue)
    known = {a.id for a in catalogue.assignments} | ({p.name for p in course.solutions.iterdir()}
                                                     if course.solutions.is_dir() else set())
    clash = sorted(a.id for a in found if a.id in known)
    if clash:
        raise KitError(_("Khóa học đã có bài tập {names}; đổi tên thư mục trong source rồi nhập lại.").format(
            names=", ".join(clash)))
    counts = Counter(q.grade_id for a in catalogue.assignments for q in a.questions)
    counts.update(q["grade_id"] for a in found for q in a.questions)
    twice = sorted(g for g, n in counts.items() if n > 1)
    if twice:
        raise KitError(_("grade_id bị trùng: {ids}. Mỗi ô chấm điểm trong khóa học phải có tên riêng; sửa trong "
                         "nbgrader rồi nhập lại.").format(ids=", ".join(twice)))


def _title(assignment: SourceAssignment) -> str:
    first = next(iter(assignment.notebooks.values()))
    for cell in first.cells:
        if cell.cell_type == "markdown":
            for line in cell.source.splitlines():
                if line.startswith("#"):
                    return line.strip("# ").strip() or assignment.id
    return assignment.id


def _entry(course: CourseRoot, number: int, assignment: SourceAssignment) -> dict[str, Any]:
    folder = course.solutions / assignment.id
    minutes = sum(timing.estimate_notebook(folder / name).minutes for name in assignment.notebooks)
    minutes += timing.MINUTES_PER_QUESTION * len(assignment.questions)
    entry: dict[str, Any] = {"id": assignment.id, "notebooks": list(assignment.notebooks)}
    if assignment.files:
        entry["files"] = list(assignment.files)
    entry["questions"] = list(assignment.questions)
    return {"number": number, "slug": slugify(assignment.id) or f"bai-{number}", "title": _title(assignment),
            "minutes": math.ceil(minutes), "lessons": [], "assignment": entry}


def _copy(assignment: SourceAssignment, target: Path) -> None:
    shutil.copytree(assignment.folder, target, ignore=shutil.ignore_patterns(*_SKIPPED, ".*"))
    for name, nb in assignment.notebooks.items():
        notebooks.write(notebooks.clean(nb), target / name)


def _header(course: CourseRoot, header: Path) -> str:
    _read(header, str(header))
    name = header.name
    if (course.root / name).exists():
        raise KitError(_("Đã có tệp '{name}' cạnh catalogue.yml; đổi tên sổ tay đầu bài rồi nhập lại.").format(
            name=name))
    notebooks.write(notebooks.clean(_read(header, str(header))), course.root / name)
    return name


def import_course(*, course: CourseRoot, source: Path, header: Path | None = None) -> list[str]:
    """Import every assignment of ``source`` as a new module; the new modules' folders (``NN-slug``)."""
    found = read_source(source)
    _check_new(course, found)
    catalogue_text = course.catalogue.read_text(encoding="utf-8")
    made: list[Path] = []
    try:
        if header is not None:
            made.append(course.root / _header(course, header))
            catalogue_edit.set_release_option(course.catalogue, "header", made[-1].name)
        start = max((m.number for m in load_catalogue(course.catalogue).modules), default=-1) + 1
        entries = []
        for number, assignment in enumerate(found, start=start):
            made.append(course.solutions / assignment.id)
            _copy(assignment, made[-1])
            entries.append(_entry(course, number, assignment))
        catalogue = catalogue_edit.add_modules(course.catalogue, entries)
        learner_versions.generate(course, [a.id for a in found])
    except BaseException:
        course.catalogue.write_text(catalogue_text, encoding="utf-8")
        for path in made:
            shutil.rmtree(path, ignore_errors=True) if path.is_dir() else path.unlink(missing_ok=True)
        for assignment in found:
            shutil.rmtree(course.exercises / assignment.id, ignore_errors=True)
        raise
    return [m.folder for m in catalogue.modules if m.assignment and m.assignment.id in {a.id for a in found}]


__all__ = ["SourceAssignment", "import_course", "read_assignment", "read_source"]
