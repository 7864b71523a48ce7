"""No graded question of the course asks a learner to type Python: every answer is given in a widget.

Walks every released exercise: each answer cell builds a question widget and leaves nothing to replace, each
graded test cell reads the widget's answer, and each solution gives its answer as a learner's clicks would
(``cau_N.answer(<literal>)``), so the demo's simulated learners and the browser tests can give it too.
"""

from __future__ import annotations

import ast
import re

import pytest

from kynangso import widgets
from kynangso.course import notebooks
from kynangso.course.catalogue import load_catalogue
from tests.conftest import CHECKOUT

CATALOGUE = load_catalogue(CHECKOUT.catalogue)
ASSIGNMENTS = [a.id for a in CATALOGUE.assignments]
WIDGET_CLASSES = set(widgets.__all__) - {"Question", "Simulator"}
_BUILT = re.compile(r"^(\w+) = (\w+)\(", re.MULTILINE)
_TYPED = re.compile(r"\bNone\s*#|Thay None|ngoặc kép|raise NotImplementedError")


def python_needed(answer_cell: str) -> list[str]:
    """Why a released answer cell would make a learner type Python (empty: it needs only clicks and boxes)."""
    problems = []
    built = {name: kind for name, kind in _BUILT.findall(answer_cell) if kind in WIDGET_CLASSES}
    if not built:
        problems.append("no question widget is built in the answer cell")
    if _TYPED.search(answer_cell):
        problems.append("the cell asks to type a value in place of a placeholder")
    if built and not any(re.search(rf"^display\({name}\)|^{name}$", answer_cell, re.MULTILINE) for name in built):
        problems.append("the widget is never shown")
    return problems


def solution_given_by_clicks(solution_cell: str) -> bool:
    """The solution region holds only ``widget.answer(<literal>)`` calls."""
    region = re.search(r"### BEGIN SOLUTION\n(.*?)### END SOLUTION", solution_cell, re.DOTALL)
    if region is None:
        return False
    calls = ast.parse(region[1]).body
    return bool(calls) and all(
        isinstance(c, ast.Expr) and isinstance(c.value, ast.Call) and isinstance(c.value.func, ast.Attribute)
        and c.value.func.attr == "answer" and all(_literal(a) for a in c.value.args) for c in calls)


def _literal(node: ast.expr) -> bool:
    try:
        ast.literal_eval(node)
    except ValueError:
        return False
    return True


def _cells(folder: str, assignment_id: str) -> list[notebooks.NotebookNode]:
    notebook = CATALOGUE.assignment(assignment_id).notebook
    return list(notebooks.read(CHECKOUT.root / folder / assignment_id / notebook).cells)


def test_the_check_finds_an_answer_typed_in_python() -> None:
    old = 'so_ky_hieu = (\n    None  # ✍ Thay None bằng câu trả lời của bạn\n)'
    assert python_needed(old) == ["no question widget is built in the answer cell",
                                  "the cell asks to type a value in place of a placeholder"]
    hidden = 'from kynangso.widgets import ShortText\n\ncau_1 = ShortText("x", "?")\n'
    assert python_needed(hidden) == ["the widget is never shown"]
    assert not solution_given_by_clicks('x = (\n### BEGIN SOLUTION\n"07/QĐ-UBND"\n### END SOLUTION\n)')
    assert not solution_given_by_clicks("### BEGIN SOLUTION\ncau_3.answer(len(ho_so))\n### END SOLUTION\n")
    assert solution_given_by_clicks('### BEGIN SOLUTION\ncau_3.answer(["A. x", "B. y"])\n### END SOLUTION\n')


@pytest.mark.parametrize("assignment_id", ASSIGNMENTS)
def test_every_graded_answer_is_given_without_typing_python(assignment_id: str) -> None:
    released = _cells("exercises", assignment_id)
    answers = {c.metadata["nbgrader"]["grade_id"]: c.source for c in released
               if c.cell_type == "code" and c.metadata.get("nbgrader", {}).get("solution")}
    graded = [c for c in released if c.cell_type == "code" and c.metadata.get("nbgrader", {}).get("grade")]
    assert answers and graded
    problems = {grade_id: python_needed(source) for grade_id, source in answers.items()}
    assert {g: p for g, p in problems.items() if p} == {}
    unread = [c.metadata["nbgrader"]["grade_id"] for c in graded if "tra_loi(" not in c.source]
    assert unread == [], "graded cells that do not read a widget answer"


@pytest.mark.parametrize("assignment_id", ASSIGNMENTS)
def test_every_solution_answers_as_a_learners_clicks_would(assignment_id: str) -> None:
    solutions = [c for c in _cells("solutions", assignment_id)
                 if c.cell_type == "code" and c.metadata.get("nbgrader", {}).get("solution")]
    assert [c.metadata["nbgrader"]["grade_id"] for c in solutions if not solution_given_by_clicks(c.source)] == []
