"""MatchQuiz (modules M0, M1): match each item to an option; check() does what the "Kiểm tra" button does and returns
the numbers of wrong or unanswered items; feedback gives hints, never the right option."""

from __future__ import annotations

import pytest

from kynangso.widgets.match_quiz import MatchQuiz, Pair

PAIRS = [
    Pair("UBND xã ký số và gửi văn bản qua phần mềm", "Chính quyền số", "Việc này do cơ quan nhà nước làm."),
    Pair("Hộ kinh doanh nhận tiền bằng mã QR", "Kinh tế số", "Việc này là mua bán, thanh toán."),
    Pair("Người cao tuổi học gọi video cho con cháu", "Xã hội số"),
]
OPTIONS = ["Chính quyền số", "Kinh tế số", "Xã hội số"]


def quiz() -> MatchQuiz:
    return MatchQuiz(PAIRS, OPTIONS, rule="Chính quyền số: cơ quan nhà nước; kinh tế số: mua bán; xã hội số: đời sống.")


def test_all_right() -> None:
    match = quiz()
    assert match.check([p.answer for p in PAIRS]) == []
    assert "✅ Đúng cả 3. Rất tốt!" in match.result.value


def test_wrong_items_get_their_hint_or_the_default_and_never_the_answer() -> None:
    match = quiz()
    assert match.check(["Kinh tế số"] * 3) == [1, 3]
    shown = match.result.value
    assert "Đúng 1/3." in shown
    assert "Số 1: chưa đúng. Gợi ý: Việc này do cơ quan nhà nước làm." in shown
    assert "Số 3: chưa đúng. Gợi ý: Đọc lại bảng ở trên." in shown
    assert "Quy tắc: Chính quyền số: cơ quan nhà nước" in shown
    assert "Xã hội số" not in shown.split("Quy tắc")[0]


def test_unanswered_items_are_counted_and_named() -> None:
    match = quiz()
    assert match.check() == [1, 2, 3]
    assert "Số 2: bạn chưa chọn." in match.result.value and "Đúng 0/3." in match.result.value


def test_the_button_after_fixing_one_box() -> None:
    match = quiz()
    match.choose(["Chính quyền số", "Xã hội số", "Xã hội số"])
    match.button.click()
    assert "Đúng 2/3." in match.result.value
    match.boxes[1].value = "Kinh tế số"
    match.button.click()
    assert "✅ Đúng cả 3." in match.result.value


def test_wrong_setups_are_refused() -> None:
    with pytest.raises(ValueError, match="Cần 3 lựa chọn, nhận được 2"):
        quiz().choose(["Kinh tế số", "Xã hội số"])
    with pytest.raises(ValueError, match="Đáp án không có trong danh sách lựa chọn"):
        MatchQuiz([Pair("x", "Chính phủ số")], OPTIONS, rule="")
