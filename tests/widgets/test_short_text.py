"""ShortText: case, spaces and Unicode form do not matter (unless asked); Enter checks."""

from __future__ import annotations

import unicodedata
from pathlib import Path

from kynangso.learner.answers import read_answers
from kynangso.widgets import ShortText


def test_practice_accepts_spacing_case_and_nfd() -> None:
    q = ShortText("ten_loai", "TTr là?", key="Tờ trình", hint="Hai tiếng")
    q.box.value = unicodedata.normalize("NFD", "  tờ   TRÌNH ")  # typed on a Mac, then Enter
    assert "✅" in q.feedback.value
    q.answer("Thông báo")
    assert q.check() == ["Chưa đúng.", "Gợi ý: Hai tiếng"]


def test_exact_case_for_symbols() -> None:
    q = ShortText("ky_hieu", "Ký hiệu?", key=["QĐ-UBND"], exact_case=True)
    q.answer("qđ-ubnd")
    assert q.check()[0] == "Chưa đúng."
    q.answer("QĐ-UBND")
    assert q.check() == []


def test_graded_saves_nfc(tmp_path: Path) -> None:
    file = tmp_path / "b.tra-loi.json"
    q = ShortText("ten_loai", "TTr là?", answers_file=file)
    q.answer(unicodedata.normalize("NFD", "Tờ trình"))
    assert read_answers(file)[0] == {"ten_loai": "Tờ trình"}
    assert "Đã lưu" in q.feedback.value  # Enter (the value change) checked and saved
