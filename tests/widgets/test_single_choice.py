"""SingleChoice: right, wrong with rule and hint, retry; graded mode saves without judging."""

from __future__ import annotations

from pathlib import Path

import pytest

from kynangso.learner.answers import read_answers
from kynangso.widgets import SingleChoice

FONTS = ["Arial", "Times New Roman", "Comic Sans"]


def test_practice_wrong_then_right(tmp_path: Path) -> None:
    q = SingleChoice("phong_chu", FONTS, "Phông chữ?", key="Times New Roman", rule="Phụ lục I", hint="Phông có chân",
                     answers_file=tmp_path / "a.tra-loi.json")
    assert q.check() == ["Bạn chưa trả lời câu này."] and "chưa trả lời" in q.feedback.value
    q.answer("Arial")
    q.button.click()
    assert "❌ Chưa đúng." in q.feedback.value and "Quy tắc: Phụ lục I" in q.feedback.value
    assert "Gợi ý: Phông có chân" in q.feedback.value and "Times New Roman" not in q.feedback.value
    q.answer("Times New Roman")
    assert q.check() == [] and "✅" in q.feedback.value
    assert not (tmp_path / "a.tra-loi.json").exists()  # practice answers are not saved


def test_graded_saves_and_never_judges(tmp_path: Path) -> None:
    file = tmp_path / "bai.tra-loi.json"
    q = SingleChoice("phong_chu", FONTS, "Phông chữ?", answers_file=file)
    q.box.value = "Arial"  # a click on the radio button
    assert read_answers(file) == ({"phong_chu": "Arial"}, [])
    assert q.check() == [] and "Đã lưu câu trả lời" in q.feedback.value
    assert "Đúng" not in q.feedback.value and "Chưa đúng" not in q.feedback.value
    again = SingleChoice("phong_chu", FONTS, "Phông chữ?", answers_file=file)  # notebook reopened
    assert again.box.value == "Arial"


def test_a_key_outside_the_options_is_refused() -> None:
    with pytest.raises(ValueError, match="Đáp án không có"):
        SingleChoice("x", FONTS, "?", key="Tahoma")
