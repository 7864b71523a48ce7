"""Lọc và đếm: conditions and a calculation picked on a table give the answer; nothing to type in Python."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from kynangso.learner.answers import read_answers, tra_loi
from kynangso.widgets import TableQuery

TABLE = pd.DataFrame({
    "Lĩnh vực": ["Hộ tịch", "Hộ tịch", "Hộ tịch", "Đất đai", "Hộ tịch"],
    "Kênh nộp": ["Trực tuyến", "Trực tiếp", "Trực tuyến", "Trực tuyến", "Trực tiếp"],
    "Hạn": pd.to_datetime(["2026-11-02", "2026-11-09", "2026-11-04", "2026-11-01", "2026-11-20"]),
    "Số trang": [3, 5, 2, 10, 4],
})
HO_TICH = ["Lĩnh vực", "bang", "Hộ tịch"]
TRUC_TUYEN = ["Kênh nộp", "bang", "Trực tuyến"]


def test_counting_rows_that_meet_every_condition(tmp_path: Path) -> None:
    q = TableQuery("so_ho_so", "?", TABLE, answers_file=tmp_path / "a.tra-loi.json")
    q.answer({"dieu_kien": [HO_TICH, TRUC_TUYEN], "phep_tinh": "dem"})
    assert q.value is not None and q.value["ket_qua"] == 2
    assert "Lĩnh vực = Hộ tịch; Kênh nộp = Trực tuyến" in q.value["cach_tinh"]
    assert "Kết quả: 2" in q.result.value


def test_words_compare_without_minding_case_or_unicode_form(tmp_path: Path) -> None:
    q = TableQuery("x", "?", TABLE, answers_file=tmp_path / "a.tra-loi.json")
    q.answer({"dieu_kien": [["Lĩnh vực", "bang", "hộ tịch"]], "phep_tinh": "dem"})
    assert q.value is not None and q.value["ket_qua"] == 4


def test_dates_and_numbers_compare_as_dates_and_numbers(tmp_path: Path) -> None:
    q = TableQuery("x", "?", TABLE, operations=("dem", "tong", "trung_binh"), answers_file=tmp_path / "a.tra-loi.json")
    q.answer({"dieu_kien": [["Hạn", "nho_hon", "05/11/2026"], ["Kênh nộp", "khac", "Trực tiếp"]], "phep_tinh": "dem"})
    assert q.value is not None and q.value["ket_qua"] == 3
    q.answer({"dieu_kien": [HO_TICH], "phep_tinh": "tong", "cot": "Số trang"})
    assert q.value is not None and q.value["ket_qua"] == 14
    q.answer({"dieu_kien": [HO_TICH], "phep_tinh": "trung_binh", "cot": "Số trang"})
    assert q.value is not None and q.value["ket_qua"] == 3.5


def test_a_percentage_is_the_last_condition_among_the_rows_of_the_others(tmp_path: Path) -> None:
    q = TableQuery("ty_le", "?", TABLE, operations=("dem", "ty_le"), answers_file=tmp_path / "a.tra-loi.json")
    q.answer({"dieu_kien": [HO_TICH, TRUC_TUYEN], "phep_tinh": "ty_le"})
    assert q.value is not None and q.value["ket_qua"] == 50.0
    q.answer({"dieu_kien": [HO_TICH], "phep_tinh": "ty_le"})  # one condition: a percentage of the whole table
    assert q.value is not None and q.value["ket_qua"] == 80.0
    q.answer({"dieu_kien": [], "phep_tinh": "ty_le"})
    assert q.value is None and q.check() == ["Bạn chưa trả lời câu này."]


def test_graded_answer_is_saved_read_back_as_a_number_and_shown_again(tmp_path: Path) -> None:
    file = tmp_path / "bai.tra-loi.json"
    q = TableQuery("so_ho_so", "?", TABLE, answers_file=file)
    q.answer({"dieu_kien": [HO_TICH, TRUC_TUYEN], "phep_tinh": "dem"})
    assert q.check() == [] and "Đã lưu câu trả lời" in q.feedback.value
    assert tra_loi("so_ho_so", kieu=(int, float), tep=file) == 2
    reopened = TableQuery("so_ho_so", "?", TABLE, answers_file=file)
    assert reopened.value == q.value and reopened.rows[1][0].value == "Kênh nộp"


def test_an_answer_worked_out_with_code_is_accepted(tmp_path: Path) -> None:
    file = tmp_path / "bai.tra-loi.json"
    q = TableQuery("so_ho_so", "?", TABLE, answers_file=file)
    q.answer(int((TABLE["Lĩnh vực"] == "Hộ tịch").sum()))
    assert tra_loi("so_ho_so", tep=file) == 4 and "Kết quả: 4" in q.result.value


@pytest.mark.parametrize(("picked", "right"), [([HO_TICH, TRUC_TUYEN], True), ([HO_TICH], False)])
def test_practice_says_right_or_wrong(picked: list[list[str]], right: bool) -> None:
    q = TableQuery("luyen_dem", "?", TABLE, key=2)
    q.answer({"dieu_kien": picked, "phep_tinh": "dem"})
    assert (q.check() == []) is right
    assert ("Đúng rồi" in q.feedback.value) is right


def test_a_tool_only_table_saves_nothing_and_has_no_check_button(tmp_path: Path) -> None:
    file = tmp_path / "bai.tra-loi.json"
    q = TableQuery(None, "Xem bảng", TABLE, answers_file=file)
    q.answer({"dieu_kien": [HO_TICH], "phep_tinh": "dem"})
    assert "Kết quả: 4" in q.result.value and q.button.layout.display == "none"
    assert not file.exists() and read_answers(file) == ({}, [])


def test_running_the_cell_saves_nothing_and_keeps_an_answer_given_with_code(tmp_path: Path) -> None:
    file = tmp_path / "bai.tra-loi.json"
    TableQuery("so_ho_so", "?", TABLE, answers_file=file)
    assert not file.exists()  # nothing picked, nothing saved
    TableQuery("so_ho_so", "?", TABLE, answers_file=file).answer(7)
    again = TableQuery("so_ho_so", "?", TABLE, answers_file=file)  # the cell run again
    assert again.value == {"ket_qua": 7, "cach_tinh": "làm bằng mã"} and tra_loi("so_ho_so", tep=file) == 7
