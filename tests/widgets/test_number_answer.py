"""NumberAnswer: units, decimal comma, tolerance, plausible range; unknown units explained."""

from __future__ import annotations

from pathlib import Path

from kynangso.learner.answers import read_answers
from kynangso.widgets import NumberAnswer
from kynangso.widgets.number_answer import parse

UNITS = {"mm": 1, "cm": 10}


def test_parse() -> None:
    assert parse("30", UNITS) == (30.0, "")
    assert parse("3 cm", UNITS) == (30.0, "")
    assert parse("2,5 cm", UNITS) == (25.0, "")
    assert parse("30mm", UNITS) == (30.0, "")
    assert parse("ba mươi", UNITS)[0] is None
    assert "Không hiểu đơn vị 'inch'" in parse("3 inch", UNITS)[1]


def test_practice_with_tolerance() -> None:
    q = NumberAnswer("le", "Lề trái?", key=32.5, tolerance=2.5, units=UNITS, rule="30–35 mm")
    q.answer("3 cm")
    assert q.check() == []
    q.answer(25)
    assert q.check() == ["Chưa đúng.", "Quy tắc: 30–35 mm"]
    q.answer("3 dặm")
    assert "Không hiểu đơn vị" in q.check()[0]


def test_graded_checks_range_and_saves_millimetres(tmp_path: Path) -> None:
    file = tmp_path / "b.tra-loi.json"
    q = NumberAnswer("le", "Lề trái?", units=UNITS, allowed=(1, 99), answers_file=file)
    q.box.value = "300"  # typed, then Enter
    assert "không hợp lý" in q.feedback.value
    q.box.value = "3,5 cm"
    assert "Đã lưu" in q.feedback.value
    assert read_answers(file)[0] == {"le": 35.0}
