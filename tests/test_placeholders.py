"""Placeholders follow the course's language, and an answer left as its placeholder scores 0 in a real nbgrader run."""

from __future__ import annotations

import shutil
from pathlib import Path

import nbformat
import pytest
import yaml
from nbgrader.converters import Autograde

from kynangso.course.catalogue import load_catalogue
from kynangso.course.learner_versions import generate
from kynangso.course.release_options import PLACEHOLDERS
from kynangso.grading import nbgrader_adapter
from kynangso.paths import CourseRoot
from tests.conftest import CHECKOUT
from tests.nbgrader_source import cell, empty_course, notebook

ASSIGNMENT = "01-mot"


def _course(tmp_path: Path, language: str) -> CourseRoot:
    course = empty_course(tmp_path / "khoa", language)
    nb = notebook(
        cell("markdown", "Why?", "why_q", locked=True),
        cell("markdown", "Because.", "why", grade=True, solution=True, points=2),
        cell("code", "### BEGIN SOLUTION\nprint('mine')\n### END SOLUTION", "own_code", grade=True, solution=True,
             points=1),
    )
    (course.solutions / ASSIGNMENT).mkdir()
    nbformat.write(nb, course.solutions / ASSIGNMENT / "bt.ipynb")
    data = yaml.safe_load(course.catalogue.read_text(encoding="utf-8"))
    questions = [{"grade_id": "why", "points": 2, "manual": True},
                 {"grade_id": "own_code", "points": 1, "manual": True}]
    data["modules"] = [{"number": 1, "slug": "mot", "title": "Một",
                        "assignment": {"notebook": "bt.ipynb", "questions": questions}}]
    course.catalogue.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return course


def _sources(path: Path) -> dict[str, str]:
    return {c.metadata.nbgrader["grade_id"]: c.source for c in nbformat.read(path, as_version=4).cells
            if "nbgrader" in c.metadata}


def _autograde(course: CourseRoot, submitted: Path) -> dict[str, tuple[float, bool]]:
    """Grade ``submitted`` as learner hv01's notebook with nbgrader; each cell's (score, needs a person)."""
    target = course.submitted / "hv01" / ASSIGNMENT / "bt.ipynb"
    target.parent.mkdir(parents=True)
    shutil.copy2(submitted, target)
    result = nbgrader_adapter.run_converter(Autograde, course, nbgrader_adapter.load_config(course),
                                            assignment_id=ASSIGNMENT, student_id="hv01", force=True)
    assert result.ok, result.log
    with nbgrader_adapter.gradebook(course) as gb:
        grades = gb.find_submission_notebook("bt", ASSIGNMENT, "hv01").grades
        return {g.name: (g.score, g.needs_manual_grade) for g in grades}


@pytest.mark.parametrize("language", ["vi", "en"])
def test_released_placeholders_are_in_the_course_language(tmp_path: Path, language: str) -> None:
    course = _course(tmp_path, language)
    (released,) = generate(course)
    sources = _sources(released)
    assert sources["why"] == PLACEHOLDERS[language].text
    assert sources["own_code"] == PLACEHOLDERS[language].code
    other = PLACEHOLDERS["en" if language == "vi" else "vi"]
    assert other.text not in released.read_text(encoding="utf-8")


def test_the_course_can_word_its_own_placeholders(tmp_path: Path) -> None:
    course = _course(tmp_path, "en")
    text = course.catalogue.read_text(encoding="utf-8")
    course.catalogue.write_text(text + 'release:\n  text_stub: "YOUR ANSWER HERE"\n', encoding="utf-8")
    (released,) = generate(course)
    assert _sources(released)["why"] == "YOUR ANSWER HERE"
    assert _sources(released)["own_code"] == PLACEHOLDERS["en"].code


@pytest.mark.parametrize("language", ["vi", "en"])
def test_an_untouched_answer_scores_zero_and_waits_for_nobody(tmp_path: Path, language: str) -> None:
    course = _course(tmp_path, language)
    (released,) = generate(course)
    grades = _autograde(course, released)
    assert grades == {"why": (0, False), "own_code": (0, False)}


def test_a_written_answer_waits_for_hand_grading(tmp_path: Path) -> None:
    course = _course(tmp_path, "en")
    (released,) = generate(course)
    nb = nbformat.read(released, as_version=4)
    for c in nb.cells:
        if c.metadata.get("nbgrader", {}).get("grade_id") == "why":
            c.source = "Because it is so."
    answered = tmp_path / "answered.ipynb"
    nbformat.write(nb, answered)
    grades = _autograde(course, answered)
    assert grades["why"] == (0, True)  # nbgrader's score before a person grades it; the flag says it waits
    assert grades["own_code"] == (0, False)


def test_the_kit_config_and_the_vietnamese_placeholders_agree() -> None:
    config = nbgrader_adapter.load_config(CHECKOUT)
    assert config.ClearSolutions.code_stub["python"] == PLACEHOLDERS["vi"].code
    assert config.ClearSolutions.text_stub == PLACEHOLDERS["vi"].text
    assert load_catalogue(CHECKOUT.catalogue).language == "vi"


def test_the_kits_grading_scores_an_untouched_answer_zero_too(tmp_path: Path) -> None:
    from kynangso.grading.grade import grade

    course = _course(tmp_path, "en")
    (released,) = generate(course)
    target = course.submitted / "hv01" / ASSIGNMENT / "bt.ipynb"
    target.parent.mkdir(parents=True)
    shutil.copy2(released, target)
    (outcome,) = grade(course=course, isolation="none", workers=1)
    assert outcome.ok
    with nbgrader_adapter.gradebook(course) as gb:
        grades = {g.name: (g.score, g.needs_manual_grade)
                  for g in gb.find_submission_notebook("bt", ASSIGNMENT, "hv01").grades}
    assert grades == {"why": (0, False), "own_code": (0, False)}
