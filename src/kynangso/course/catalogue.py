"""The course catalogue: modules, lessons, assignments, points, pass mark and competence mapping.

The catalogue (``catalogue.yml`` at the course root) is the single source of the course's order and
structure; the CLI, the reports and the tests all read it through :func:`load_catalogue`.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from kynangso.errors import KitError
from kynangso.i18n import _


@dataclass(frozen=True)
class Question:
    """One autograded test cell of an assignment."""

    grade_id: str
    points: float
    title: str
    digcomp: tuple[str, ...]
    # For the learner's feedback page (optional: a course without them still gets question, answer and verdict).
    rule: str = ""    # the rule to remember, in one or two sentences
    source: str = ""  # its legal source ("Nghị định 30/2020/NĐ-CP, Phụ lục I")
    lesson: str = ""  # the lesson section to read again (a heading of the module's lesson)
    notebook: str = ""  # which notebook of the assignment holds the cell; empty = the assignment's first notebook
    manual: bool = False  # graded by hand (a written answer, a task, a hand-graded code cell) in nbgrader's formgrader


@dataclass(frozen=True)
class Assignment:
    """The graded assignment of a module: ``solutions/<id>/<notebook>`` for each of its notebooks, plus the other
    files released with them (an image, a data file)."""

    id: str
    notebooks: tuple[str, ...]
    questions: tuple[Question, ...]
    files: tuple[str, ...] = ()

    @property
    def notebook(self) -> str:
        """The first (for most courses, the only) notebook."""
        return self.notebooks[0]

    @property
    def notebook_id(self) -> str:
        return Path(self.notebook).stem

    @property
    def notebook_ids(self) -> tuple[str, ...]:
        return tuple(Path(nb).stem for nb in self.notebooks)

    def questions_of(self, notebook: str) -> tuple[Question, ...]:
        """The questions whose cells are in ``notebook`` (a file name or its stem)."""
        stem = Path(notebook).stem
        return tuple(q for q in self.questions if Path(q.notebook or self.notebook).stem == stem)

    @property
    def max_points(self) -> float:
        return sum(q.points for q in self.questions)

    @property
    def auto_points(self) -> float:
        """Points graded by the kit without a person."""
        return sum(q.points for q in self.questions if not q.manual)

    @property
    def manual_points(self) -> float:
        """Points that wait for a trainer to grade by hand."""
        return sum(q.points for q in self.questions if q.manual)


@dataclass(frozen=True)
class Module:
    """One module of the course, with its lesson notebooks and its assignment."""

    number: int
    slug: str
    title: str
    minutes: int
    digcomp: tuple[str, ...]
    qd757: tuple[str, ...]
    lessons: tuple[str, ...]
    assignment: Assignment | None

    @property
    def folder(self) -> str:
        return f"{self.number:02d}-{self.slug}"

    @property
    def code(self) -> str:
        return f"M{self.number}"


@dataclass(frozen=True)
class UnitSetting:
    """Which units learners come from (``course.units`` in the catalogue): the communes of one province, of the
    whole country (the default), or a list the trainer keeps (a department's offices, a company's branches)."""

    province: str = ""   # a province's code or name ("40", "Nghệ An"); empty = the whole country
    list_file: str = ""  # a CSV or text file beside the catalogue, one unit a line (column "Đơn vị" if a CSV)


LANGUAGES = ("vi", "en")


@dataclass(frozen=True)
class ReleaseSetting:
    """The course's own release options (``release:`` in the catalogue), applied by ``kynangso release``."""

    header: str = ""     # a notebook beside the catalogue put at the top of every released notebook
    code_stub: str = ""  # what replaces a code answer (empty: the placeholder of the course's language)
    text_stub: str = ""  # what replaces a written answer (empty: the placeholder of the course's language)


@dataclass(frozen=True)
class Catalogue:
    """The whole course as described by ``catalogue.yml``."""

    course_id: str
    title: str
    pass_mark: float
    modules: tuple[Module, ...]
    digcomp_names: dict[str, str] = field(default_factory=dict)
    qd757_groups: dict[str, str] = field(default_factory=dict)
    units: UnitSetting = field(default_factory=UnitSetting)
    language: str = "vi"  # the language the course is written in: what released placeholders are written in
    release: ReleaseSetting = field(default_factory=ReleaseSetting)

    @property
    def assignments(self) -> tuple[Assignment, ...]:
        return tuple(m.assignment for m in self.modules if m.assignment is not None)

    def assignment(self, assignment_id: str) -> Assignment:
        for a in self.assignments:
            if a.id == assignment_id:
                return a
        known = ", ".join(a.id for a in self.assignments)
        raise KitError(_("Không có bài tập '{assignment_id}' trong danh mục khóa học. Các bài tập có: {known}.").format(
            assignment_id=assignment_id, known=known))

    def module_of(self, assignment_id: str) -> Module:
        for m in self.modules:
            if m.assignment is not None and m.assignment.id == assignment_id:
                return m
        raise KitError(_("Không có học phần nào chứa bài tập '{assignment_id}'.").format(assignment_id=assignment_id))

    @property
    def max_points(self) -> float:
        return sum(a.max_points for a in self.assignments)

    def passes(self, total: float) -> bool:
        """Whether a course total passes: its share of the maximum reaches ``pass_mark`` (as the report decides)."""
        return (total / self.max_points if self.max_points else 0.0) >= self.pass_mark


def _require(data: dict[str, Any], key: str, where: str) -> Any:
    if key not in data:
        raise KitError(_("Danh mục khóa học thiếu mục '{key}' ở {where}.").format(key=key, where=where))
    return data[key]


def _codes(value: Any) -> tuple[str, ...]:
    return tuple(str(v) for v in (value or []))


def _notebooks(data: dict[str, Any], where: str) -> tuple[str, ...]:
    """``notebooks: [a.ipynb, b.ipynb]``, or the older ``notebook: a.ipynb``."""
    if data.get("notebooks"):
        return _codes(data["notebooks"])
    return (str(_require(data, "notebook", where)),)


def _assignment(data: dict[str, Any] | None, folder: str) -> Assignment | None:
    if not data:
        return None
    where = _("bài tập của học phần {folder}").format(folder=folder)
    notebooks = _notebooks(data, where)
    questions = tuple(
        Question(
            grade_id=str(_require(q, "grade_id", where)),
            points=float(_require(q, "points", where)),
            title=str(q.get("title", q["grade_id"])),
            digcomp=_codes(q.get("digcomp")),
            rule=str(q.get("rule", "")).strip(),
            source=str(q.get("source", "")).strip(),
            lesson=str(q.get("lesson", "")).strip(),
            notebook=str(q.get("notebook", "") or ""),
            manual=bool(q.get("manual", False)),
        )
        for q in _require(data, "questions", where)
    )
    stems = {Path(n).stem for n in notebooks}
    for q in questions:
        if q.notebook and Path(q.notebook).stem not in stems:
            message = _("Câu '{grade_id}' ở {where} thuộc sổ '{notebook}', nhưng bài tập chỉ có: {notebooks}.")
            raise KitError(message.format(grade_id=q.grade_id, where=where, notebook=q.notebook,
                                          notebooks=", ".join(notebooks)))
    return Assignment(id=str(data.get("id") or folder), notebooks=notebooks, questions=questions,
                      files=_codes(data.get("files")))


def _language(course: dict[str, Any]) -> str:
    language = str(course.get("language") or "vi").strip().lower()
    if language not in LANGUAGES:
        raise KitError(_("Danh mục khóa học: ngôn ngữ '{language}' chưa được hỗ trợ; ghi một trong: {known}.").format(
            language=language, known=", ".join(LANGUAGES)))
    return language


def _release(data: Any) -> ReleaseSetting:
    if data is None:
        return ReleaseSetting()
    if not isinstance(data, dict) or set(data) - {"header", "code_stub", "text_stub"}:
        raise KitError(_("Danh mục khóa học: mục 'release' chỉ nhận các khóa header, code_stub, text_stub."))
    return ReleaseSetting(header=str(data.get("header") or ""), code_stub=str(data.get("code_stub") or ""),
                          text_stub=str(data.get("text_stub") or ""))


def parse_catalogue(data: dict[str, Any]) -> Catalogue:
    """Build a :class:`Catalogue` from the parsed YAML, with Vietnamese errors for missing parts."""
    course = _require(data, "course", _("đầu tệp"))
    modules = []
    for raw in _require(data, "modules", _("đầu tệp")):
        number = int(_require(raw, "number", _("một học phần")))
        slug = str(_require(raw, "slug", _("học phần {so}").format(so=number)))
        folder = f"{number:02d}-{slug}"
        modules.append(
            Module(
                number=number,
                slug=slug,
                title=str(_require(raw, "title", folder)),
                minutes=int(raw.get("minutes", 0)),
                digcomp=_codes(raw.get("digcomp")),
                qd757=_codes(raw.get("qd757")),
                lessons=_codes(raw.get("lessons")),
                assignment=_assignment(raw.get("assignment"), folder),
            )
        )
    return Catalogue(
        course_id=str(_require(course, "id", "course")),
        title=str(_require(course, "title", "course")),
        pass_mark=float(_require(course, "pass_mark", "course")),
        modules=tuple(modules),
        digcomp_names={str(k): str(v) for k, v in (data.get("digcomp") or {}).items()},
        qd757_groups={str(k): str(v) for k, v in (data.get("qd757_groups") or {}).items()},
        units=UnitSetting(province=str((course.get("units") or {}).get("province", "") or ""),
                          list_file=str((course.get("units") or {}).get("list", "") or "")),
        language=_language(course),
        release=_release(data.get("release")),
    )


def load_catalogue(path: Path) -> Catalogue:
    """Read and check ``catalogue.yml``."""
    try:
        data = yaml.safe_load(path.read_text(encoding="utf-8"))
    except FileNotFoundError as exc:
        raise KitError(_("Không tìm thấy danh mục khóa học '{path}'.").format(path=path)) from exc
    except yaml.YAMLError as exc:
        raise KitError(_("Danh mục khóa học '{path}' viết sai cú pháp YAML: {loi}").format(path=path, loi=exc)) from exc
    if not isinstance(data, dict):
        raise KitError(_("Danh mục khóa học '{path}' trống hoặc sai dạng.").format(path=path))
    return parse_catalogue(data)


__all__ = ["LANGUAGES", "Assignment", "Catalogue", "Module", "Question", "ReleaseSetting", "UnitSetting",
           "load_catalogue", "parse_catalogue"]
