"""The feedback pages written for learners, and the trainer's list of them.

- ``grading/feedback/<learner>/<assignment>/<notebook>.html``: one module, for the learner. It sits where nbgrader's
  own feedback would, with the submission's ``timestamp.txt`` (and ``submission_secret.txt`` of a hub submission)
  beside it, so nbgrader's "release feedback" hands this page back through the hub's exchange.
- ``grading/feedback/<learner>/phieu-ket-qua.html``: every module on one page (the "phiếu kết quả") to print or send.
- ``grading/feedback/muc-luc.html``: the trainer's list of every learner's pages.

Each page is one self-contained file (inline CSS, no script, no font, no image, no request), readable on a 360-px
phone screen and printable on A4.
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from jinja2 import Environment

from kynangso import i18n
from kynangso.course.catalogue import Catalogue
from kynangso.course.learners import load_roster
from kynangso.grading.learner_pages import questions as course_text
from kynangso.grading.learner_pages.answers import PARTLY, PENDING, RIGHT, WRONG, ModuleResult, module_result, number
from kynangso.grading.scores import pending, read_gradebook
from kynangso.grading.status import load_status
from kynangso.i18n import _
from kynangso.paths import CourseRoot
from kynangso.text import name_key

SHEET = "phieu-ket-qua.html"
INDEX = "muc-luc.html"
HANDED_BACK = ("timestamp.txt", "submission_secret.txt")  # what nbgrader's release_feedback reads beside a page


@dataclass
class LearnerResults:
    """One learner and their result in every module of the course."""

    id: str
    name: str
    unit: str
    modules: list[ModuleResult] = field(default_factory=list)

    @property
    def total(self) -> float:
        return sum(m.score or 0.0 for m in self.modules)

    @property
    def pending(self) -> float:
        """Points still waiting for hand grading (no pass or fail is said until they are graded)."""
        return sum(m.pending for m in self.modules)


def passed(catalogue: Catalogue, learner: LearnerResults) -> bool | None:
    """Pass or not; ``None`` while points wait for hand grading."""
    return None if learner.pending else catalogue.passes(learner.total)


def _environment() -> Environment:
    env = i18n.template_environment()
    env.filters["so"] = number
    return env


def collect_results(course: CourseRoot, catalogue: Catalogue) -> list[LearnerResults]:
    """Every learner of the roster (and anyone graded who is not on it), module by module, sorted by name."""
    learners = {x.id: LearnerResults(x.id, x.name, x.unit) for x in load_roster(course)}
    if course.autograded.is_dir():
        for folder in sorted(course.autograded.iterdir()):
            if folder.is_dir() and folder.name not in learners:
                learners[folder.name] = LearnerResults(folder.name, folder.name, "")
    grades: dict[tuple[str, str], dict[str, tuple[float, float, bool]]] = {}
    book = read_gradebook(course).grades
    for row, waiting in zip(book.itertuples(index=False), pending(book), strict=True):
        grades.setdefault((str(row.learner), str(row.assignment)), {})[str(row.grade_id)] = (
            float(row.score), float(row.max_score), bool(waiting))
    status = load_status(course)
    for module in catalogue.modules:
        assignment = module.assignment
        if assignment is None:
            continue
        questions = course_text.assignment_questions(course, assignment)
        sections = course_text.lesson_sections(course, module)
        for learner in learners.values():
            folder = course.autograded / learner.id / assignment.id
            found = grades.get((learner.id, assignment.id))
            outcome = status.get((learner.id, assignment.id))
            if found is not None and any((folder / n).is_file() for n in assignment.notebooks):
                result = module_result(module=module, questions=questions, folder=folder, grades=found,
                                       sections=sections)
                result.note = outcome.learner_note if outcome is not None else ""
                learner.modules.append(result)
                continue
            reason = _("Bài nộp chưa chấm được: {ly_do}").format(ly_do=outcome.reason) \
                if outcome is not None and not outcome.ok else _("Chưa nộp bài hoặc chưa chấm.")
            learner.modules.append(ModuleResult(module.code, module.title, assignment.id, assignment.max_points,
                                                status=reason))
    return sorted(learners.values(), key=lambda x: (name_key(x.name), x.id))


def _common(catalogue: Catalogue) -> dict[str, object]:
    return {"lang": i18n.language(), "course_title": catalogue.title, "right": RIGHT, "partly": PARTLY,
            "pass_percent": number(catalogue.pass_mark * 100),
            "wrong": WRONG, "pending": PENDING, "made": datetime.now().strftime("%d/%m/%Y %H:%M")}


def write_module_page(env: Environment, course: CourseRoot, catalogue: Catalogue, learner: LearnerResults,
                      result: ModuleResult) -> Path:
    """The page of one module, where nbgrader's feedback for it would be (and handed back the same way)."""
    assignment = catalogue.assignment(result.assignment)
    target = course.feedback / learner.id / assignment.id / f"{assignment.notebook_id}.html"
    target.parent.mkdir(parents=True, exist_ok=True)
    html = env.get_template("nhan-xet.html.j2").render(
        **_common(catalogue), learner=learner, modules=[result], sheet=False, total=result.score or 0.0,
        max_total=result.max_score, passed=None)
    target.write_text(html, encoding="utf-8")
    for name in HANDED_BACK:
        source = course.autograded / learner.id / assignment.id / name
        if source.is_file():
            shutil.copyfile(source, target.parent / name)
    return target


def write_sheet(env: Environment, course: CourseRoot, catalogue: Catalogue, learner: LearnerResults) -> Path:
    """The learner's "phiếu kết quả": every module on one page."""
    target = course.feedback / learner.id / SHEET
    target.parent.mkdir(parents=True, exist_ok=True)
    html = env.get_template("nhan-xet.html.j2").render(
        **_common(catalogue), learner=learner, modules=learner.modules, sheet=True, total=learner.total,
        max_total=catalogue.max_points, passed=passed(catalogue, learner))
    target.write_text(html, encoding="utf-8")
    return target


def write_index(env: Environment, course: CourseRoot, catalogue: Catalogue, learners: list[LearnerResults],
                pages: dict[str, list[tuple[str, str]]]) -> Path:
    """The trainer's list: each learner, their total and a link to each of their pages."""
    target = course.feedback / INDEX
    target.parent.mkdir(parents=True, exist_ok=True)
    rows = [(x, pages.get(x.id, []), passed(catalogue, x)) for x in learners]
    html = env.get_template("nhan-xet-muc-luc.html.j2").render(
        **_common(catalogue), rows=rows, max_total=catalogue.max_points, sheet_name=SHEET)
    target.write_text(html, encoding="utf-8")
    return target


def write_pages(course: CourseRoot, catalogue: Catalogue, assignments: set[str]) -> list[Path]:
    """Write the module pages of ``assignments``, every learner's sheet and the index; return the files written."""
    env = _environment()
    learners = collect_results(course, catalogue)
    written: list[Path] = []
    pages: dict[str, list[tuple[str, str]]] = {}
    for learner in learners:
        for result in learner.modules:
            if result.blocks and result.assignment in assignments:
                page = write_module_page(env, course, catalogue, learner, result)
                written.append(page)
            page = course.feedback / learner.id / result.assignment / \
                f"{catalogue.assignment(result.assignment).notebook_id}.html"
            if result.blocks and page.is_file():
                pages.setdefault(learner.id, []).append((result.code, page.relative_to(course.feedback).as_posix()))
        written.append(write_sheet(env, course, catalogue, learner))
    written.append(write_index(env, course, catalogue, learners, pages))
    return written


__all__ = ["INDEX", "SHEET", "LearnerResults", "collect_results", "passed", "write_index", "write_module_page",
           "write_pages", "write_sheet"]
