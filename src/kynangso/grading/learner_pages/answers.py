"""One learner's result in one module, question by question, as the feedback page shows it.

The learner's side comes from the graded submission (``grading/autograded/<learner>/<assignment>/``): the answers
they clicked or typed (notebook metadata and the answers file ``collect`` placed beside it), the one-line message of
a check that did not pass, and their own code if they wrote any in an answer cell. Points per question come from
nbgrader's gradebook (:mod:`kynangso.grading.scores`). Test code, hidden or not, is never read into the page.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from markupsafe import Markup

from kynangso import i18n
from kynangso.course.catalogue import Module
from kynangso.grading.learner_pages.questions import QuestionText, find_section, lesson_path
from kynangso.i18n import _
from kynangso.learner import answers
from kynangso.learner.selfcheck import friendly_error

RIGHT, PARTLY, WRONG, PENDING = "dung", "mot-phan", "sai", "cho-cham-tay"
SYMBOLS = {RIGHT: "✅", PARTLY: "🟡", WRONG: "❌", PENDING: "⏳"}


@dataclass
class Block:
    """One question on the page."""

    number: int
    heading: str
    question: Markup
    answer: list[str]
    code: str
    verdict: str
    score: float
    max_score: float
    note: str = ""
    rule: str = ""
    source: str = ""
    lesson: str = ""

    @property
    def symbol(self) -> str:
        return SYMBOLS[self.verdict]


@dataclass
class ModuleResult:
    """A learner's result in one module: the blocks, or why there are none."""

    code: str
    title: str
    assignment: str
    max_score: float
    score: float | None = None
    blocks: list[Block] = field(default_factory=list)
    status: str = ""  # why there is no score ("" when graded)
    pending: float = 0.0  # points waiting for the trainer to grade by hand
    note: str = ""    # how the notebook was graded, when something was unusual (a run that stopped, copied cells)


def number(value: float) -> str:
    """``7.5`` → ``7,5``, ``9.0`` → ``9`` (Vietnamese decimal comma; English keeps the point)."""
    text = f"{value:.2f}".rstrip("0").rstrip(".")
    return text.replace(".", ",") if i18n.language() == "vi" else text


def shown_answer(value: Any) -> list[str]:
    """The learner's answer as they gave it, one line per part (a choice, an item, a pair)."""
    if value is None or value == "" or value == []:
        return []
    if isinstance(value, bool):
        return [_("Có") if value else _("Không")]
    if isinstance(value, int | float):
        return [number(float(value))]
    if isinstance(value, list):
        return [line for item in value for line in shown_answer(item)]
    if isinstance(value, dict) and "ket_qua" in value:  # a table question: how it was computed, then the result
        result = shown_answer(value["ket_qua"])
        how = str(value.get("cach_tinh", "")).strip()
        return [f"{how} = {result[0]}" if how and result else (result[0] if result else how)]
    if isinstance(value, dict):
        return [f"{k} → {v}" for k, v in value.items() if v is not None]
    return [str(value)]


def _source(cell: dict[str, Any]) -> str:
    source = cell.get("source", "")
    return "".join(source) if isinstance(source, list) else str(source)


def _cells(notebook: dict[str, Any]) -> dict[str, dict[str, Any]]:
    cells = {}
    for cell in notebook.get("cells", []):
        grade_id = cell.get("metadata", {}).get("nbgrader", {}).get("grade_id")
        if grade_id:
            cells[str(grade_id)] = cell
    return cells


def _note(cell: dict[str, Any] | None) -> str:
    """What the grading said when a check did not pass: its one Vietnamese line, never the traceback."""
    for output in (cell or {}).get("outputs", []):
        if output.get("output_type") == "error":
            return friendly_error(str(output.get("ename", "")), str(output.get("evalue", ""))).removeprefix("❌ ")
    return ""


def _own_code(cell: dict[str, Any] | None, released: str) -> str:
    """The learner's code in an answer cell, if they wrote any (the released cell, run as is, is not theirs)."""
    if cell is None:
        return ""
    source = _source(cell)
    return source.strip() if source.split() != released.split() else ""


def learner_answers(folder: Path, notebook: dict[str, Any], notebook_name: str) -> dict[str, Any]:
    """Answer id → value, newest of the notebook's metadata and the answers file beside the submission."""
    entries = answers.newest(answers.file_entries(answers.for_notebook(folder / notebook_name)),
                             answers.entries_in_notebook(notebook))
    return {question: entry.get("tra_loi") for question, entry in entries.items()}


def verdict(score: float, max_score: float) -> str:
    if max_score > 0 and score >= max_score:
        return RIGHT
    return PARTLY if score > 0 else WRONG


def _lesson(module: Module, wanted: str, sections: dict[str, str]) -> str:
    if not wanted:
        return ""
    found = find_section(sections, wanted)
    if found is None:
        return wanted
    heading, lesson = found
    return _("{muc} — bài học {tep}").format(muc=heading, tep=lesson_path(module, lesson))


def module_result(*, module: Module, questions: dict[str, QuestionText], folder: Path,
                  grades: dict[str, tuple[float, float, bool]], sections: dict[str, str]) -> ModuleResult:
    """The result of the submission in ``folder`` (its autograded copy, every notebook of the assignment), with
    ``grades`` by grade_id: score, maximum and whether it waits for hand grading."""
    assignment = module.assignment
    assert assignment is not None
    result = ModuleResult(module.code, module.title, assignment.id, assignment.max_points)
    read: dict[str, tuple[dict[str, Any], dict[str, dict[str, Any]]]] = {}
    for name in assignment.notebooks:
        try:
            notebook = json.loads((folder / name).read_text(encoding="utf-8"))
        except (OSError, ValueError):
            notebook = {}
        read[name] = (learner_answers(folder, notebook, name), _cells(notebook))
    for index, question in enumerate(assignment.questions, start=1):
        given, cells = read[next(n for n in assignment.notebooks
                                 if Path(n).stem == Path(question.notebook or assignment.notebook).stem)]
        text = questions.get(question.grade_id)
        score, max_score, waiting = grades.get(question.grade_id, (0.0, question.points, False))
        ids = text.answer_ids if text else ()
        shown = [line for i in ids for line in shown_answer(given.get(i))]
        code = _own_code(cells.get(text.answer_cell), text.answer_source) if text and text.answer_cell else ""
        result.blocks.append(Block(
            number=index, heading=text.heading if text else question.title,
            question=text.body if text else Markup(""), answer=shown, code=code,
            verdict=PENDING if waiting else verdict(score, max_score), score=score, max_score=max_score,
            note=_note(cells.get(question.grade_id)) if score < max_score and not waiting else "",
            rule=question.rule, source=question.source, lesson=_lesson(module, question.lesson, sections)))
    result.score = sum(b.score for b in result.blocks)
    result.pending = sum(b.max_score for b in result.blocks if b.verdict == PENDING)
    return result


__all__ = ["PARTLY", "PENDING", "RIGHT", "SYMBOLS", "WRONG", "Block", "ModuleResult", "learner_answers",
           "module_result", "number", "shown_answer", "verdict"]
