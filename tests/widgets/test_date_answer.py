"""Trả lời bằng ngày: typed as on paper, saved as dd/mm/yyyy, with a Vietnamese line for what cannot be read."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from kynangso.learner.answers import tra_loi
from kynangso.widgets import DateAnswer


@pytest.mark.parametrize("typed", ["26/2/2026", "26-02-2026", " 26.02.2026 "])
def test_a_date_typed_any_usual_way_is_saved_with_leading_zeros(tmp_path: Path, typed: str) -> None:
    file = tmp_path / "bai.tra-loi.json"
    q = DateAnswer("han", "?", answers_file=file)
    q.answer(typed)
    assert tra_loi("han", tep=file) == "26/02/2026" and q.weekday.value == "Thứ Năm"
    assert "Đã lưu câu trả lời" in q.feedback.value


def test_what_cannot_be_read_as_a_date_gets_one_line(tmp_path: Path) -> None:
    q = DateAnswer("han", "?", answers_file=tmp_path / "bai.tra-loi.json")
    q.answer("26 tháng 2")
    assert q.check() == ["Hãy ghi ngày dạng ngày/tháng/năm, ví dụ 09/03/2026."]
    q.answer("31/02/2026")
    assert q.value is None and "Chưa đúng dạng" in q.feedback.value


def test_a_date_not_after_the_start_is_flagged(tmp_path: Path) -> None:
    q = DateAnswer("han", "?", after=date(2026, 2, 20), answers_file=tmp_path / "bai.tra-loi.json")
    q.answer("20/02/2026")
    assert q.check() == ["Ngày này không sau ngày 20/02/2026: hãy xem lại."]


def test_practice_compares_dates() -> None:
    q = DateAnswer("luyen_han", "?", key=date(2026, 3, 9))
    q.answer("9/3/2026")
    assert q.check() == [] and "Đúng rồi" in q.feedback.value
    q.answer("10/3/2026")
    assert q.check() and "Chưa đúng" in q.feedback.value
