"""Matching (the pick-one-per-item family: terms, cases to sort, steps, message cards): every item needs a choice; wrong
items are numbered with their hint, the right choice never shown."""

from __future__ import annotations

from pathlib import Path

import pytest

from kynangso.learner.answers import read_answers
from kynangso.rules import digital_signature as cks
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


# Luật Giao dịch điện tử 20/2023/QH15, Điều 22 (domain-facts §2.3): sorting cases into categories (modules M4, M9–M11)
CASES = {
    "Chủ tịch UBND xã ký quyết định gửi lên tỉnh": cks.OFFICIAL,
    "Hộ kinh doanh ký hóa đơn điện tử": cks.PUBLIC,
    "Hợp tác xã tự tạo chữ ký để duyệt phiếu nội bộ": cks.PRIVATE,
}
KINDS = [cks.OFFICIAL, cks.PUBLIC, cks.PRIVATE]


def test_sorting_cases_repeats_the_rule_and_gives_each_wrong_case_its_hint() -> None:
    q = Matching("loai_chu_ky", list(CASES), KINDS, "Loại chữ ký nào?", key=CASES, rule=cks.RULE,
                 hints={"Chủ tịch UBND xã ký quyết định gửi lên tỉnh": "Việc công vụ của cơ quan nhà nước."})
    q.boxes[0].value = cks.OFFICIAL
    q.button.click()
    assert "Còn mục chưa chọn: số 2, 3." in q.feedback.value
    q.answer(dict(zip(CASES, [cks.PUBLIC, cks.PUBLIC, cks.OFFICIAL], strict=True)))
    assert q.check()[1:3] == ["Số 1: chưa đúng. Việc công vụ của cơ quan nhà nước.", "Số 3: chưa đúng."]
    assert "Ban Cơ yếu Chính phủ" in q.feedback.value  # the rule is repeated
    q.answer(CASES)
    assert q.check() == [] and "✅ Đúng rồi. Rất tốt!" in q.feedback.value


def test_items_are_shown_escaped_and_no_rule_is_shown_when_none_is_given() -> None:
    q = Matching("tin", ["Email <khẩn> từ \"ngân hàng\""], ["A", "B"], "Phân loại",
                 key={"Email <khẩn> từ \"ngân hàng\"": "A"})
    assert "&lt;khẩn&gt;" in q.children[1].children[0].value
    q.answer({"Email <khẩn> từ \"ngân hàng\"": "B"})
    assert q.check() == ["Chưa đúng.", "Số 1: chưa đúng."] and "Quy tắc" not in q.feedback.value


def test_a_key_outside_the_choices_is_refused() -> None:
    with pytest.raises(ValueError, match="Đáp án phải ghép mỗi mục với một lựa chọn có trong danh sách"):
        Matching("loai", ["x"], KINDS, "", key={"x": "Chính phủ số"})
