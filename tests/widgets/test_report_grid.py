"""ReportGrid: the report's yellow cells typed in the notebook; practice names the mistake, graded mode saves."""

from __future__ import annotations

from pathlib import Path

from kynangso.learner.answers import read_answers
from kynangso.widgets import ReportGrid
from kynangso.widgets.report_grid import parse_box, shown

KEY = {"C5": 35, "C6": 4, "C7": 88.6, "C8": 74.3}


def test_boxes_read_numbers_as_vietnamese_write_them() -> None:
    assert parse_box("88,6") == 88.6 and parse_box(" 88.6 % ") == 88.6 and parse_box("35") == 35
    assert parse_box("ba lăm") is None and parse_box("") is None
    assert shown(88.6) == "88,6" and shown(35.0) == "35"


def test_practice_right_and_wrong_with_the_mistake_named() -> None:
    grid = ReportGrid("luyen_bao_cao", "Điền báo cáo", key=KEY, rule="Tỷ lệ = phần ÷ tổng × 100.")
    grid.answer({"C5": 35, "C6": 4, "C7": 0.886, "C8": 74.3})
    problems = grid.check()
    assert problems[0] == "Chưa đúng." and any("quên nhân với 100" in p for p in problems)
    assert "Quy tắc: Tỷ lệ = phần ÷ tổng × 100." in problems and "88,6" not in grid.feedback.value
    grid.boxes["C7"].value = "88,6"
    assert grid.check() == [] and "Đúng rồi" in grid.feedback.value


def test_empty_and_unreadable_boxes_are_form_problems() -> None:
    grid = ReportGrid("luyen_bao_cao", "Điền báo cáo", key=KEY)
    assert grid.value is None and grid.check() == ["Bạn chưa trả lời câu này."]
    grid.boxes["C5"].value = "ba lăm"
    grid.boxes["C7"].value = "120"
    problems = grid.check()
    assert "Ô C5: 'ba lăm' không phải một số; ghi ví dụ 12 hoặc 85,5." in problems
    assert "Ô C6 (Số hồ sơ trễ hạn) còn trống." in problems
    assert "Ô C7: tỷ lệ phần trăm không lớn hơn 100." in problems
    assert grid.value == {"C5": None, "C6": None, "C7": 120.0, "C8": None}


def test_graded_saves_every_change_and_shows_it_again(tmp_path: Path) -> None:
    file = tmp_path / "bai-tap-14.tra-loi.json"
    grid = ReportGrid("bao_cao_thang", "Điền báo cáo", answers_file=file)
    grid.boxes["C5"].value = "35"
    assert read_answers(file)[0] == {"bao_cao_thang": {"C5": 35.0, "C6": None, "C7": None, "C8": None}}
    grid.answer({"C5": 35, "C6": 4, "C7": 1.0, "C8": 74.3})  # a wrong rate is saved as given: never judged here
    assert grid.check() == [] and "Đã lưu" in grid.feedback.value
    again = ReportGrid("bao_cao_thang", "Điền báo cáo", answers_file=file)  # notebook reopened
    assert again.boxes["C7"].value == "1" and again.value == {"C5": 35, "C6": 4, "C7": 1.0, "C8": 74.3}
