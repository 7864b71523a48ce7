"""MultipleChoice: exactly the right ticks; feedback counts missing and extra ticks without naming them."""

from __future__ import annotations

from pathlib import Path

from kynangso.learner.answers import read_answers
from kynangso.widgets import MultipleChoice

PARTS = ["A", "B", "C", "D", "E", "F"]


def test_practice_counts_missing_and_extra(tmp_path: Path) -> None:
    q = MultipleChoice("sai", PARTS, "Phần nào sai?", key=["A", "B", "F"], rule="Phụ lục I")
    q.answer(["A", "C"])
    lines = q.check()
    assert "Còn 2 lựa chọn đúng bạn chưa đánh dấu." in lines
    assert "Có 1 lựa chọn bạn đánh dấu nhưng không đúng." in lines
    assert "Quy tắc: Phụ lục I" in lines
    q.ticks[2].value = False  # untick C, tick B and F: retry
    q.ticks[1].value = True
    q.ticks[5].value = True
    assert q.check() == [] and "✅" in q.feedback.value


def test_graded_saves_every_tick(tmp_path: Path) -> None:
    file = tmp_path / "bai.tra-loi.json"
    q = MultipleChoice("sai", PARTS, "Phần nào sai?", answers_file=file)
    q.ticks[5].value = True
    q.ticks[0].value = True
    assert read_answers(file)[0] == {"sai": ["A", "F"]}  # in the order shown
    assert q.check() == [] and "Đã lưu" in q.feedback.value
    assert MultipleChoice("sai", PARTS, "?", answers_file=file).value == ["A", "F"]
    q.ticks[0].value = q.ticks[5].value = False  # all unticked again: no answer is graded
    assert read_answers(file)[0] == {"sai": None}
