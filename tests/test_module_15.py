"""Module 15 (hộ tịch và thủ tục liên thông): the assignment's key and hidden tests hold what the rules compute, each
wrong answer of the demo is wrong by the rules, and the lesson fails nbval when its worked example is wrong."""

from __future__ import annotations

import ast
import subprocess
import sys
from datetime import date
from pathlib import Path

import pytest
import yaml

from kynangso.course import notebooks
from kynangso.course.catalogue import load_catalogue
from kynangso.course.simulate import load_answers
from kynangso.rules import civil_status as ht
from kynangso.rules.working_days import parse_day, vn_date
from tests.conftest import CHECKOUT

M15 = "15-ho-tich-lien-thong"
ASSIGNMENT = load_catalogue(CHECKOUT.catalogue).assignment(M15)
ANSWERS = load_answers(CHECKOUT, ASSIGNMENT)
WRONG = yaml.safe_load((CHECKOUT.grading / "simulation" / f"{M15}.yml").read_text(encoding="utf-8"))
BIRTH_DAY, RECEIVED = date(2026, 10, 15), date(2026, 8, 28)  # question 1 and question 5 of the assignment


def _answer(code: str) -> object:
    return ast.literal_eval(code.strip()[code.index("(") + 1:-1])


def _hidden(grade_id: str) -> str:
    cells = notebooks.read(CHECKOUT.solutions / M15 / ASSIGNMENT.notebook).cells
    source = next(c.source for c in cells if c.metadata.get("nbgrader", {}).get("grade_id") == grade_id)
    return source.split("### BEGIN HIDDEN TESTS")[1]


def test_the_dates_of_the_key_are_those_the_rules_compute() -> None:
    deadline = ht.last_day_to_register(BIRTH_DAY, ht.BIRTH)
    appointment = ht.appointment(RECEIVED)
    assert appointment is not None
    assert _answer(ANSWERS.right["tra_loi_han_khai_sinh"]) == vn_date(deadline)
    assert _answer(ANSWERS.right["tra_loi_hen_tra_lien_thong"]) == vn_date(appointment)
    assert f"date({deadline.year}, {deadline.month}, {deadline.day})" in _hidden("ho_tich_han_dang_ky_khai_sinh")
    assert f"date({appointment.year}, {appointment.month}, {appointment.day})" in _hidden("lien_thong_ngay_hen_tra")


def test_the_agencies_and_papers_of_the_key_follow_the_rules() -> None:
    agencies = _answer(ANSWERS.right["tra_loi_co_quan_lien_thong"])
    assert isinstance(agencies, dict)
    procedures = [*ht.PROCEDURES[ht.BIRTH], ht.KHAI_TU, ht.XOA_THUONG_TRU, ht.TU_TUAT]
    assert list(agencies.values()) == [ht.AGENCY[p] for p in procedures]
    attached = (ht.SO_HO_KHAU, ht.ANH_THE)  # what Anh Thắng brought (question 3)
    assert _answer(ANSWERS.right["tra_loi_giay_to_con_thieu"]) == list(ht.missing(ht.BIRTH, attached))


def test_every_wrong_answer_of_the_demo_is_wrong() -> None:
    assert set(WRONG) == set(ANSWERS.right)
    for code in WRONG["tra_loi_han_khai_sinh"]:
        assert parse_day(_answer(code)) != ht.last_day_to_register(BIRTH_DAY, ht.BIRTH), code
    for code in WRONG["tra_loi_hen_tra_lien_thong"]:
        assert parse_day(_answer(code)) != ht.appointment(RECEIVED), code
    for question in ("tra_loi_co_quan_lien_thong", "tra_loi_giay_to_con_thieu", "tra_loi_thu_tu_lien_thong_khai_sinh"):
        right = _answer(ANSWERS.right[question])
        assert WRONG[question] and all(_answer(code) != right for code in WRONG[question]), question


def test_each_answer_cell_is_graded_by_one_test() -> None:
    assert all(len(tests) == 1 for tests in ANSWERS.tests.values()) and len(ANSWERS.tests) == 5


@pytest.mark.slow
def test_a_wrong_worked_example_fails_the_lesson(tmp_path: Path) -> None:
    lesson = notebooks.read(CHECKOUT.course / M15 / "bai-hoc-15.ipynb")
    changed = False
    for cell in lesson.cells:
        if 'mau.process(ht.KHAI_SINH, ht.UBND_XA)' in cell.source:
            cell.source = cell.source.replace("mau.process(ht.KHAI_SINH, ht.UBND_XA)",
                                              "mau.process(ht.KHAI_SINH, ht.CONG_AN_XA)")
            changed = True
    assert changed
    notebooks.write(lesson, tmp_path / "sai.ipynb")
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--nbval-lax",
                          "--nbval-current-env", "-o", "testpaths=", "-o", "addopts=", str(tmp_path / "sai.ipynb")],
                         capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert run.returncode == 1 and "AssertionError" in run.stdout
