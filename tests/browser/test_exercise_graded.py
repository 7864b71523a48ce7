"""End to end: a learner does a whole exercise in the browser with clicks and typing into boxes only, hands in
the one ``.ipynb``, and the trainer's ``kynangso collect`` → ``grade`` → ``report`` gives full marks.

The right answers are the solution notebook's own (``cau_N.answer(...)``), given through each widget's controls.
A copy of the same exercise with the usual slips shows only one-line Vietnamese messages, never a traceback.
Screenshots go to ``test-artifacts/``.
"""

from __future__ import annotations

import ast
import csv
import json
import re
import shutil
import time
from pathlib import Path
from typing import Any

import pytest
from click.testing import CliRunner
from playwright.sync_api import Page, expect

from kynangso.cli import main
from kynangso.course.catalogue import load_catalogue
from kynangso.course.simulate import load_answers
from kynangso.reporting.report import LEARNERS_CSV
from tests.browser import _lab_page as lab
from tests.browser.conftest import ARTIFACTS, LabServer, Traffic
from tests.conftest import M02

pytestmark = pytest.mark.slow

M07 = "07-mot-cua-cap-xa"
LEARNER = "Lò Thị Hoa"
_BUILT = re.compile(r"^(\w+) = (\w+)\(", re.MULTILINE)
ENGLISH_ERRORS = re.compile(r"Traceback|SyntaxError|NameError|KeyError|TypeError|ValueError|Exception")


def _kynangso(*args: str) -> str:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def _questions(lab_server: LabServer, assignment_id: str) -> list[tuple[str, str, Any]]:
    """(widget variable, widget class, right answer) for every answer cell, in notebook order."""
    course = lab_server.course
    assignment = load_catalogue(course.catalogue).assignment(assignment_id)
    right = load_answers(course, assignment).right
    released = json.loads((course.exercises / assignment_id / assignment.notebook).read_text(encoding="utf-8"))
    found = []
    for cell in released["cells"]:
        grade_id = cell["metadata"].get("nbgrader", {}).get("grade_id")
        if grade_id not in right:
            continue
        kinds = dict(_BUILT.findall("".join(cell["source"])))
        for statement in ast.parse(right[grade_id]).body:  # cau_N.answer(<literal>), as tests/test_no_python_answers
            assert isinstance(statement, ast.Expr) and isinstance(statement.value, ast.Call), grade_id
            call = statement.value
            assert isinstance(call.func, ast.Attribute) and isinstance(call.func.value, ast.Name), grade_id
            variable = call.func.value.id
            found.append((variable, kinds[variable], ast.literal_eval(call.args[0])))
    return found


def _kept_answers(notebook: Path, count: int) -> dict[str, Any]:
    """The answers saved inside the notebook on disk (the kit's Lab extension saves them at once)."""
    deadline = time.monotonic() + 30
    while True:
        kept = json.loads(notebook.read_text(encoding="utf-8"))["metadata"].get("kynangso", {}).get("tra_loi", {})
        if len(kept) >= count or time.monotonic() > deadline:
            return dict(kept)
        time.sleep(0.5)


@pytest.mark.parametrize("assignment_id", [M02, M07])
def test_a_whole_exercise_by_clicks_hands_in_one_file_with_full_marks(
        page: Page, lab_server: LabServer, traffic: Traffic, tmp_path: Path, assignment_id: str) -> None:
    course = lab_server.course
    assignment = load_catalogue(course.catalogue).assignment(assignment_id)
    path = f"exercises/{assignment_id}/{assignment.notebook}"
    questions = _questions(lab_server, assignment_id)
    lab.open_notebook(page, lab_server, path, traffic)
    for variable, kind, value in questions:
        cell = lab.find_cell(page, f"{variable} = {kind}(")
        cell.locator(".jp-InputPrompt").click()  # select the cell, then menu Chạy → run the cells above it
        lab.menu(page, "Chạy", "notebook:run-all-above")
        lab.wait_idle(page)
        lab.run_cell(page, cell)
        lab.answer_widget(page, cell, kind, value)
    page.screenshot(path=str(ARTIFACTS / f"bai-tap-{assignment_id[:2]}-bam-chon.png"))
    lab.save(page)

    saved = course.root / path
    kept = _kept_answers(saved, len(questions))
    assert len(kept) == len(questions)
    assert not list(saved.parent.glob("*.tra-loi.json"))  # nothing beside the notebook: one file to hand in
    inbox = tmp_path / "zalo"
    inbox.mkdir()
    shutil.copy(saved, inbox / f"{LEARNER} - bai tap {assignment_id[:2]}.ipynb")
    roster = tmp_path / "ds.csv"
    roster.write_text(f"Họ và tên,Đơn vị\n{LEARNER},Châu Tiến\n", encoding="utf-8")
    root = str(course.root)
    _kynangso("roster", "import", str(roster), "--dir", root)
    collected = _kynangso("collect", str(inbox), "--dir", root)
    assert "Đã thu 1 bài" in collected and "Chưa có câu trả lời" not in collected
    _kynangso("grade", assignment_id, "--dir", root)
    out = tmp_path / "bao-cao"
    _kynangso("report", "--out", str(out), "--dir", root)
    with (out / LEARNERS_CSV).open(encoding="utf-8-sig") as table:
        rows = {r["Mã học viên"]: r for r in csv.DictReader(table)}
    column = next(k for k in rows["lo-thi-hoa"] if k.startswith(f"M{int(assignment_id[:2])} ("))
    intended = {variable: value for variable, _kind, value in questions}
    assert float(rows["lo-thi-hoa"][column]) == assignment.max_points, (  # a browser slip or a grading fault?
        f"kept in the notebook: {kept}\nintended: {intended}")


def _outputs(page: Page) -> str:
    return " ".join(page.locator(".jp-NotebookPanel:not(.lm-mod-hidden) .jp-OutputArea").all_inner_texts())


@pytest.mark.parametrize("assignment_id", [M02, M07])
def test_slips_show_one_vietnamese_line_and_no_traceback(page: Page, lab_server: LabServer, traffic: Traffic,
                                                         assignment_id: str) -> None:
    course = lab_server.course
    assignment = load_catalogue(course.catalogue).assignment(assignment_id)
    folder = course.exercises / assignment_id / "thu-lam-sai"  # a copy of its own, with no answer in it yet
    lab.fresh_copy(course.exercises / assignment_id / assignment.notebook, folder / assignment.notebook)
    lab.open_notebook(page, lab_server, f"exercises/{assignment_id}/thu-lam-sai/{assignment.notebook}", traffic)
    variable, kind, _value = next(q for q in _questions(lab_server, assignment_id)
                                  if q[1] in ("ShortText", "NumberAnswer", "DateAnswer"))
    cell = lab.find_cell(page, f"{variable} = {kind}(")
    lab.run_cell(page, cell)
    check = cell.locator("xpath=following-sibling::div[contains(@class,'jp-Cell')][1]")
    lab.run_cell(page, check)  # the check cell before any answer
    expect(check.locator(".jp-OutputArea")).to_contain_text("❌", timeout=lab.LONG)
    if kind != "ShortText":  # a box that wants a number or a date, given words
        box = cell.locator(".kns-question input[type=text]").first
        box.fill("hai mươi")
        box.press("Enter")
        expect(cell.locator(".kns-question")).to_contain_text("Chưa đúng dạng", timeout=lab.LONG)
    slips = ["so_ky_hieu = 07/QĐ-UBND", 'ten_loai = "Tờ trình', "ten_loai = Tờ trình", "print(ket_qua_chua_co)"]
    for slip in slips:  # the optional code path, with the slips of someone new to it
        cell.locator(".cm-content").click()
        page.keyboard.press("Escape")
        page.keyboard.press("b")  # a new cell below, as the toolbar's + does
        page.keyboard.press("Enter")
        page.keyboard.type(slip)
        page.keyboard.press("Control+Enter")
        lab.wait_idle(page)
    page.screenshot(path=str(ARTIFACTS / f"bai-tap-{assignment_id[:2]}-lam-sai.png"))
    shown = _outputs(page)
    assert shown.count("❌") >= len(slips) + 1
    for line in ("Số không viết số 0 ở đầu", "Thiếu dấu ngoặc kép đóng", "Chữ tiếng Việt phải đặt trong dấu ngoặc kép",
                 "Chưa có “ket_qua_chua_co”"):
        assert line in shown
    assert not ENGLISH_ERRORS.search(shown), shown
