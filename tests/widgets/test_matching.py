"""Matching: every item needs a choice; wrong items are numbered with their hint, the right choice never shown."""

from __future__ import annotations

from pathlib import Path

from kynangso.learner.answers import read_answers
from kynangso.widgets import Matching

ITEMS = ["QĐ", "TTr", "TB"]
CHOICES = ["Thông báo", "Quyết định", "Tờ trình"]
KEY = {"QĐ": "Quyết định", "TTr": "Tờ trình", "TB": "Thông báo"}


def test_practice() -> None:
    q = Matching("viet_tat", ITEMS, CHOICES, "Ghép", key=KEY, hints={"TTr": "Trình lên cấp trên."})
    q.boxes[0].value = "Quyết định"
    assert q.check() == ["Còn mục chưa chọn: số 2, 3."]
    q.answer({"QĐ": "Quyết định", "TTr": "Thông báo", "TB": "Tờ trình"})
    lines = q.check()
    assert lines[:3] == ["Chưa đúng.", "Số 2: chưa đúng. Trình lên cấp trên.", "Số 3: chưa đúng."]
    assert "Tờ trình" not in " ".join(lines)
    q.answer(KEY)
    assert q.check() == [] and "✅" in q.feedback.value


def test_graded(tmp_path: Path) -> None:
    file = tmp_path / "b.tra-loi.json"
    q = Matching("viet_tat", ITEMS, CHOICES, "Ghép", answers_file=file)
    q.answer(KEY)
    assert read_answers(file)[0] == {"viet_tat": KEY}
    assert q.check() == []
    assert Matching("viet_tat", ITEMS, CHOICES, "Ghép", answers_file=file).value == KEY
