"""What the course says about each graded question, for the learner's feedback page.

Everything comes from what the course already holds: the released exercise notebook (``exercises/``, which has no
solutions and no hidden tests) gives the question in the learner's words — the markdown cell before the answer
cell — and the answer ids its test cell reads with ``tra_loi("…")``; the catalogue gives the title, the points and,
where the course has them, the rule to remember, its legal source and the lesson section to read again.
"""

from __future__ import annotations

import ast
import json
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from markdown_it import MarkdownIt
from markupsafe import Markup, escape

from kynangso.course.catalogue import Assignment, Module
from kynangso.paths import CourseRoot

# Sentences that tell how to run the answer cell ("Chạy ô dưới đây, gõ … rồi bấm Kiểm tra."): the feedback page
# has no cell to run, so they are cut from the question, to the end of their paragraph.
_RUN_INSTRUCTION = re.compile(r"(^|(?<=[.?!:;])\s)[Cc]hạy ô.*$", re.DOTALL)  # nội dung: the course's wording
_SCRATCH = "**Ô nháp**"  # nội dung: a note on a scratch cell (not graded), not part of the question
_HEADING = re.compile(r"^#{1,6}\s+(.*)$")
_ANSWER_ID = re.compile(r"""tra_loi\(\s*["']([\w-]+)["']""")


@dataclass(frozen=True)
class QuestionText:
    """One graded question as the course states it."""

    grade_id: str
    heading: str          # "Câu 1 (2 điểm) — Số, ký hiệu của quyết định"
    body: Markup          # the question, as HTML, without the instructions to run a cell
    answer_ids: tuple[str, ...]  # the widget answers its test cell reads
    answer_cell: str      # grade_id of the answer cell (to tell whether the learner wrote code there)
    answer_source: str    # the answer cell as released


def _markdown() -> MarkdownIt:
    md = MarkdownIt("commonmark", {"html": False}).enable("table")

    def image(renderer: Any, tokens: Any, index: int, options: Any, env: Any) -> str:
        """No request: an image shows its text (markdown-it binds a render rule to its renderer)."""
        return str(escape(tokens[index].content))

    md.add_render_rule("image", image)
    return md


_MD = _markdown()
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)  # authors' notes, such as localise's keep-markers: never shown


def render_markdown(text: str) -> Markup:
    """Markdown of the course as HTML: no raw HTML passes, no image is fetched."""
    return Markup(_MD.render(_COMMENT.sub("", text)))  # markdown-it escapes the text; raw HTML is off


def _question_parts(markdown: str, fallback: str) -> tuple[str, str]:
    """(heading, body) of a question: its first heading, and the rest without run-the-cell instructions or notes on
    scratch cells."""
    lines = _COMMENT.sub("", markdown).strip().splitlines()
    heading = fallback
    if lines and (found := _HEADING.match(lines[0])):
        heading, lines = found.group(1).strip(), lines[1:]
    kept = []
    for paragraph in "\n".join(lines).split("\n\n"):
        if paragraph.strip().startswith(_SCRATCH):
            continue
        cut = _RUN_INSTRUCTION.sub("", paragraph).strip()
        kept.append(cut.rstrip(" :") if cut != paragraph.strip() else cut)
    return heading, "\n\n".join(p for p in kept if p)


def _source(cell: dict[str, Any]) -> str:
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else str(source)


def _nbgrader(cell: dict[str, Any]) -> dict[str, Any]:
    meta = cell.get("metadata", {}).get("nbgrader", {})
    return meta if isinstance(meta, dict) else {}


def answer_ids(source: str) -> tuple[str, ...]:
    """The answer ids a test cell reads (``tra_loi("so_ky_hieu", …)`` → ``so_ky_hieu``), in order."""
    return tuple(dict.fromkeys(_ANSWER_ID.findall(source)))


def docstring(source: str) -> str:
    """First line of a test cell's docstring ('' when it has none or does not parse)."""
    try:
        text = ast.get_docstring(ast.parse(source)) or ""
    except SyntaxError:
        return ""
    return text.strip().splitlines()[0] if text.strip() else ""


def read_questions(notebook: dict[str, Any], titles: dict[str, str]) -> dict[str, QuestionText]:
    """Each graded cell of a released notebook with the question before it, by grade_id."""
    found: dict[str, QuestionText] = {}
    markdown: list[str] = []
    answer, answer_source = "", ""
    for cell in notebook.get("cells", []):
        meta = _nbgrader(cell)
        grade_id = str(meta.get("grade_id", ""))
        if grade_id and (meta.get("task") or (meta.get("grade") and meta.get("solution"))):
            # Graded by hand: a task states itself; an answer cell (written or code) follows its question.
            own = _source(cell) if meta.get("task") else ""
            heading, body = _question_parts("\n\n".join([*markdown, own]).strip(), titles.get(grade_id) or grade_id)
            found[grade_id] = QuestionText(grade_id, heading, render_markdown(body), (),
                                           "" if meta.get("task") else grade_id, "" if own else _source(cell))
            markdown, answer, answer_source = [], "", ""
            continue
        if cell.get("cell_type") == "markdown":
            text = _source(cell).strip()
            if _HEADING.match(text.split("\n", 1)[0]):  # a question starts at its heading
                markdown = []
            markdown.append(text)
        elif meta.get("solution"):
            answer, answer_source = str(meta.get("grade_id", "")), _source(cell)
        elif meta.get("grade") and meta.get("grade_id"):
            grade_id = str(meta["grade_id"])
            source = _source(cell)
            heading, body = _question_parts("\n\n".join(markdown), titles.get(grade_id) or docstring(source)
                                            or grade_id)
            found[grade_id] = QuestionText(grade_id, heading, render_markdown(body), answer_ids(source), answer,
                                           answer_source)
            markdown, answer, answer_source = [], "", ""
    return found


def released_notebook(course: CourseRoot, assignment: Assignment, name: str = "") -> dict[str, Any]:
    """The notebook (the first by default) as learners got it (``exercises/``); the source (``solutions/``) if it was
    never released."""
    for folder in (course.exercises, course.solutions):
        path = folder / assignment.id / (name or assignment.notebook)
        if path.is_file():
            notebook: dict[str, Any] = json.loads(path.read_text(encoding="utf-8"))
            return notebook
    return {"cells": []}


def assignment_questions(course: CourseRoot, assignment: Assignment) -> dict[str, QuestionText]:
    """The questions of every notebook of the assignment, by grade_id."""
    titles = {q.grade_id: q.title for q in assignment.questions}
    found: dict[str, QuestionText] = {}
    for name in assignment.notebooks:
        found.update(read_questions(released_notebook(course, assignment, name), titles))
    return found


def lesson_sections(course: CourseRoot, module: Module) -> dict[str, str]:
    """Headings of the module's lessons (text without '#') → the lesson file they are in."""
    sections: dict[str, str] = {}
    for lesson in module.lessons:
        path = course.course / module.folder / lesson
        try:
            cells = json.loads(path.read_text(encoding="utf-8")).get("cells", [])
        except (OSError, ValueError):
            continue
        for cell in cells:
            if cell.get("cell_type") == "markdown":
                for line in _source(cell).splitlines():
                    if found := _HEADING.match(line):
                        sections.setdefault(found.group(1).strip().replace("**", ""), lesson)
    return sections


def find_section(sections: dict[str, str], wanted: str) -> tuple[str, str] | None:
    """(heading, lesson file) of the section named ``wanted`` (a heading, or the start of one)."""
    for heading, lesson in sections.items():
        if heading == wanted or heading.startswith(wanted):
            return heading, lesson
    return None


def lesson_path(module: Module, lesson: str) -> str:
    return str(Path("course") / module.folder / lesson)


__all__ = ["QuestionText", "answer_ids", "assignment_questions", "docstring", "find_section", "lesson_path",
           "lesson_sections", "read_questions", "released_notebook", "render_markdown"]
