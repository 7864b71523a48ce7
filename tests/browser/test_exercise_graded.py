"""End to end: a learner answers the released M2 exercise in the browser, saves it, and the trainer's
``kynangso collect`` → ``grade`` → ``report`` gives exactly the points of the answers typed.

Each question a learner touches is one helper, so questions answered with widget clicks can be added the same
way (open the cell, click, let the widget save its answer).
"""

from __future__ import annotations

import csv
import json
import shutil
from collections.abc import Callable
from pathlib import Path

import pytest
from click.testing import CliRunner
from playwright.sync_api import Page, expect

from kynangso.cli import main
from kynangso.report import LEARNERS_CSV, TOTAL
from tests.browser import _lab_page as lab
from tests.browser.conftest import LabServer, Traffic
from tests.conftest import M02

pytestmark = pytest.mark.slow

EXERCISE = f"exercises/{M02}/bai-tap-02.ipynb"
LEARNER = "Lò Thị Hoa"


def _answer(variable: str, typed: str, check_says: str) -> Callable[[Page], None]:
    """A helper that types ``typed`` over None in the answer cell of ``variable`` and runs its check cell."""

    def answer(page: Page) -> None:
        cell = lab.find_cell(page, f"{variable} = (")
        lab.replace_none(page, cell, typed)
        lab.run_cell_and_next(page)  # runs the answer, lands on the check cell below
        lab.run_cell_and_next(page)  # runs the check cell
        check = lab.cell_with(page, "from kynangso.selfcheck import yeu_cau").filter(has_text=check_says)
        expect(check.locator(".jp-OutputArea")).to_contain_text(check_says, timeout=lab.LONG)

    return answer


def _type_in_widget(widget_cell: str, typed: str, check_says: str) -> Callable[[Page], None]:
    """A helper that runs a question widget's cell, types ``typed`` into its box and presses Enter (which saves
    the answer beside the notebook), then runs the check cell below."""

    def answer(page: Page) -> None:
        cell = lab.find_cell(page, widget_cell)
        cell.locator(".cm-content").click()
        lab.run_cell_and_next(page)
        box = cell.locator(".kns-question input[type=text]")
        box.fill(typed)
        box.press("Enter")
        expect(cell.locator(".kns-question")).to_contain_text("Đã lưu câu trả lời", timeout=lab.LONG)
        check = lab.cell_with(page, "from kynangso.answers import tra_loi").filter(has_text=check_says)
        check.locator(".cm-content").click()
        lab.run_cell_and_next(page)
        expect(check.locator(".jp-OutputArea")).to_contain_text(check_says, timeout=lab.LONG)

    return answer


# Câu 1 right (2 points), câu 2 passes the visible check but not the hidden one (0), câu 4 right (1, typed into
# the number widget: the answer travels in the answers file beside the notebook).
QUESTIONS: dict[str, Callable[[Page], None]] = {
    "câu 1": _answer("so_ky_hieu", '"07/QĐ-UBND"', "✅ Câu 1 đúng dạng"),
    "câu 2": _answer("dia_danh_ngay_thang", '"Hùng Chân, ngày 5 tháng 2 năm 2026"', "✅ Câu 2 đúng dạng"),
    "câu 4": _type_in_widget('cau_4 = NumberAnswer("le_trai_mm"', "32", "✅ Câu 4 đã có câu trả lời"),
}
EXPECTED_POINTS = 2 + 0 + 1


def _kynangso(*args: str) -> str:
    result = CliRunner().invoke(main, list(args), catch_exceptions=False)
    assert result.exit_code == 0, result.output
    return result.output


def test_answers_typed_in_the_browser_get_their_exact_points(page: Page, lab_server: LabServer,
                                                            traffic: Traffic, tmp_path: Path) -> None:
    lab.open_notebook(page, lab_server, EXERCISE, traffic)
    for answer in QUESTIONS.values():
        answer(page)
    lab.save(page)

    saved = lab_server.course.root / EXERCISE
    sources = ["".join(c["source"]) for c in json.loads(saved.read_text(encoding="utf-8"))["cells"]]
    assert any('"07/QĐ-UBND"' in s for s in sources)
    clicks = saved.with_name("bai-tap-02.tra-loi.json")
    assert json.loads(clicks.read_text(encoding="utf-8"))["cau_tra_loi"]["le_trai_mm"]["tra_loi"] == 32

    course = str(lab_server.course.root)
    roster = tmp_path / "ds.csv"
    roster.write_text(f"Họ và tên,Đơn vị\n{LEARNER},Châu Tiến\n", encoding="utf-8")
    inbox = tmp_path / "usb"
    inbox.mkdir()
    shutil.copy(saved, inbox / f"{LEARNER} - bai tap 2.ipynb")
    shutil.copy(clicks, inbox / f"{LEARNER} - bai tap 2.tra-loi.json")  # handed in with the notebook
    _kynangso("roster", "import", str(roster), "--dir", course)
    assert "Đã thu 1 bài" in _kynangso("collect", str(inbox), "--dir", course)
    _kynangso("grade", M02, "--dir", course)
    _kynangso("report", "--out", str(tmp_path / "bao-cao"), "--dir", course)
    with (tmp_path / "bao-cao" / LEARNERS_CSV).open(encoding="utf-8-sig") as table:
        rows = list(csv.DictReader(table))
    assert [float(r[TOTAL]) for r in rows] == [EXPECTED_POINTS]
