"""The catalogue's assignment schema: several notebooks, released files, hand-graded questions, older entries."""

from __future__ import annotations

import pytest

from kynangso.course.catalogue import parse_catalogue
from kynangso.errors import KitError


def _catalogue(assignment: dict) -> dict:
    return {"course": {"id": "c", "title": "C", "pass_mark": 0.5},
            "modules": [{"number": 1, "slug": "mot", "title": "Một", "assignment": assignment}]}


def test_an_older_entry_has_one_notebook_and_no_hand_grading() -> None:
    a = parse_catalogue(_catalogue({"notebook": "bt.ipynb", "questions": [{"grade_id": "q1", "points": 2}]}))
    (assignment,) = a.assignments
    assert assignment.id == "01-mot"
    assert assignment.notebooks == ("bt.ipynb",) and assignment.notebook == "bt.ipynb"
    assert assignment.files == () and assignment.manual_points == 0 and assignment.auto_points == 2


def test_several_notebooks_files_and_hand_graded_points() -> None:
    a = parse_catalogue(_catalogue({
        "id": "ps1", "notebooks": ["problem1.ipynb", "problem2.ipynb"], "files": ["jupyter.png"],
        "questions": [{"grade_id": "a", "points": 3},
                      {"grade_id": "b", "points": 2, "notebook": "problem2.ipynb", "manual": True},
                      {"grade_id": "c", "points": 1, "notebook": "problem2"}]}))
    (assignment,) = a.assignments
    assert assignment.id == "ps1"
    assert assignment.notebook_ids == ("problem1", "problem2")
    assert [q.grade_id for q in assignment.questions_of("problem2.ipynb")] == ["b", "c"]
    assert [q.grade_id for q in assignment.questions_of("problem1")] == ["a"]
    assert (assignment.auto_points, assignment.manual_points, assignment.max_points) == (4, 2, 6)


def test_a_question_in_an_unknown_notebook_is_named() -> None:
    with pytest.raises(KitError, match=r"'q9'.*'khac\.ipynb'"):
        parse_catalogue(_catalogue({"notebook": "bt.ipynb",
                                    "questions": [{"grade_id": "q9", "points": 1, "notebook": "khac.ipynb"}]}))
