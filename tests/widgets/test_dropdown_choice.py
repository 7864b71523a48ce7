"""DropdownChoice: placeholder counts as not answered; right and wrong answers; graded save."""

from __future__ import annotations

from pathlib import Path

from kynangso.learner.answers import read_answers
from kynangso.widgets import DropdownChoice

TYPES = ["Quyết định", "Tờ trình", "Thông báo"]


def test_practice(tmp_path: Path) -> None:
    q = DropdownChoice("loai", TYPES, "TTr là?", key="Tờ trình", hint="Trình lên cấp trên")
    assert q.value is None and q.check() == ["Bạn chưa trả lời câu này."]
    q.box.value = "Thông báo"
    assert q.check()[0] == "Chưa đúng." and "Trình lên cấp trên" in q.feedback.value
    q.answer("Tờ trình")
    assert q.check() == [] and "✅" in q.feedback.value


def test_graded(tmp_path: Path) -> None:
    file = tmp_path / "x.tra-loi.json"
    q = DropdownChoice("loai", TYPES, "TTr là?", answers_file=file)
    q.answer("Quyết định")
    assert read_answers(file)[0] == {"loai": "Quyết định"}
    q.box.value = q.placeholder  # back to "— chọn —": what is graded is what is shown, no answer
    assert q.check() == ["Bạn chưa trả lời câu này."]
    assert read_answers(file)[0] == {"loai": None}
    assert DropdownChoice("loai", TYPES, "?", answers_file=file).value is None
