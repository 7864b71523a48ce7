"""Module 14 (báo cáo định kỳ bằng bảng tính): the workbook's hints, the exercise's key and the demo's wrong answers
agree with the rules, and the lesson fails nbval when its worked example is wrong."""

from __future__ import annotations

import ast
import io
import re
import subprocess
import sys
from pathlib import Path

import pytest
import yaml
from openpyxl import load_workbook

from kynangso.course import notebooks
from kynangso.course.catalogue import load_catalogue
from kynangso.course.simulate import load_answers
from kynangso.data.report_workbook import ho_so_thang, template_bytes
from kynangso.rules import monthly_report as bc
from kynangso.rules.workbook_cells import read_cells
from tests.conftest import CHECKOUT

M14 = "14-bao-cao-bang-tinh"
RIGHT = bc.so_lieu_bao_cao(ho_so_thang())
ASSIGNMENT = load_catalogue(CHECKOUT.catalogue).assignment(M14)


def _answer(code: str) -> object:
    return ast.literal_eval(code.strip()[code.index("(") + 1:-1])


def test_the_example_formulas_written_in_the_workbook_give_the_right_report() -> None:
    book = load_workbook(io.BytesIO(template_bytes()))
    for cell in bc.O_BAO_CAO:
        book[bc.REPORT_SHEET][cell.ref] = cell.how.split("ví dụ ", 1)[1]
    buffer = io.BytesIO()
    book.save(buffer)
    assert read_cells(buffer.getvalue(), "b.xlsx", bc.REPORT_SHEET, bc.REFS) == (RIGHT, [])
    assert read_cells(template_bytes(), "mau.xlsx", bc.REPORT_SHEET, bc.REFS) == (dict.fromkeys(bc.REFS), [])


def test_the_solution_and_its_hidden_tests_hold_the_numbers_of_the_rules() -> None:
    course_answers = load_answers(CHECKOUT, ASSIGNMENT)
    assert _answer(course_answers.right["tra_loi_bang_tinh_bao_cao"]) == RIGHT
    tests = {c.metadata["nbgrader"]["grade_id"]: c.source
             for c in notebooks.read(CHECKOUT.solutions / M14 / ASSIGNMENT.notebook).cells
             if c.metadata.get("nbgrader", {}).get("grade")}
    for grade_id, ref in zip(course_answers.tests["tra_loi_bang_tinh_bao_cao"], bc.REFS, strict=True):
        hidden = tests[grade_id].split("### BEGIN HIDDEN TESTS")[1]
        assert f'bao_cao_thang.get("{ref}")' in tests[grade_id]
        assert re.search(rf"\b{re.escape(f'{RIGHT[ref]:g}')}\b", hidden), (grade_id, hidden)


def test_one_answer_cell_is_checked_by_four_tests_and_each_wrong_answer_fails_all_four() -> None:
    answers = load_answers(CHECKOUT, ASSIGNMENT)
    assert answers.tests == {"tra_loi_bang_tinh_bao_cao": ["bang_tinh_tong_tiep_nhan", "bang_tinh_so_tre_han",
                                                           "bang_tinh_ty_le_dung_han", "bang_tinh_ty_le_so_hoa"],
                             "tra_loi_cong_thuc_dem_tre_han": ["bang_tinh_cong_thuc_countif"]}
    wrong = yaml.safe_load((CHECKOUT.grading / "simulation" / f"{M14}.yml").read_text(encoding="utf-8"))
    assert len(wrong["tra_loi_bang_tinh_bao_cao"]) >= 2
    for code in wrong["tra_loi_bang_tinh_bao_cao"]:
        cells = _answer(code)
        assert isinstance(cells, dict) and set(cells) == set(bc.REFS)
        assert not any(bc.dung_o(ref, cells[ref], RIGHT[ref]) for ref in bc.REFS), code
    assert all(not _answer(code).startswith("B.") for code in wrong["tra_loi_cong_thuc_dem_tre_han"])


@pytest.mark.slow
def test_a_wrong_worked_example_fails_the_lesson(tmp_path: Path) -> None:
    lesson = notebooks.read(CHECKOUT.course / M14 / "bai-hoc-14.ipynb")
    for cell in lesson.cells:
        cell.source = cell.source.replace('trang["C6"] = \'=COUNTIF(HoSo!I:I,"Có")\'',
                                          'trang["C6"] = \'=COUNTIF(HoSo!I:I,"Không")\'')
    notebooks.write(lesson, tmp_path / "sai.ipynb")
    run = subprocess.run([sys.executable, "-m", "pytest", "-q", "-p", "no:cacheprovider", "--nbval-lax",
                          "--nbval-current-env", "-o", "testpaths=", "-o", "addopts=", str(tmp_path / "sai.ipynb")],
                         capture_output=True, text=True, cwd=tmp_path, timeout=300)
    assert run.returncode == 1 and "AssertionError" in run.stdout
