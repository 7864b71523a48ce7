"""NgayHenTraQuiz (module M7): the appointment date on the receipt (Giấy tiếp nhận hồ sơ và hẹn trả kết quả) is the
N-th working day after receipt; the receipt day does not count; weekends and the 2026 Tết break (14–22/2) are skipped.
check() does what the "Kiểm tra" button does."""

from __future__ import annotations

from datetime import date

import pytest

from kynangso.widgets.ngay_hen_tra_quiz import NgayHenTraQuiz

RECEIVED = date(2026, 2, 13)  # Friday before Tết; 3 working days → Wednesday 25/02/2026


@pytest.mark.parametrize("answer", ["25/02/2026", "25/2/2026", "25-2-2026", " 25/02/2026 "])
def test_the_appointment_date_is_accepted_in_usual_forms(answer: str) -> None:
    quiz = NgayHenTraQuiz(RECEIVED, 3)
    assert quiz.expected == date(2026, 2, 25)
    assert quiz.check(answer) == []
    assert "✅ Đúng: hẹn trả Thứ Tư 25/02/2026." in quiz.result.value


@pytest.mark.parametrize(("answer", "problem"), [
    ("", "Bạn chưa nhập ngày hẹn trả."),
    ("  ", "Bạn chưa nhập ngày hẹn trả."),
    ("thứ Tư", "Hãy ghi ngày dạng ngày/tháng/năm, ví dụ 09/03/2026."),
    ("30/02/2026", "Hãy ghi ngày dạng ngày/tháng/năm, ví dụ 09/03/2026."),
    ("14/02/2026", "Ngày 14/02/2026 là ngày nghỉ (Thứ Bảy, nghỉ hằng tuần): không hẹn trả vào ngày nghỉ."),
    ("20/02/2026", "Ngày 20/02/2026 là ngày nghỉ (Tết Nguyên đán): không hẹn trả vào ngày nghỉ."),
    ("24/02/2026", "Bạn đếm thiếu một ngày: ngày tiếp nhận không tính, bắt đầu đếm từ ngày làm việc hôm sau "
                   "và đếm đủ số ngày."),
    ("26/02/2026", "Ngày này muộn quá: bạn đã bỏ qua cả ngày làm việc, hoặc đếm thừa. Đếm lại từng ngày."),
    ("25/02/2036", "Ngày này muộn quá: bạn đã bỏ qua cả ngày làm việc, hoặc đếm thừa. Đếm lại từng ngày."),
])
def test_each_slip_gets_its_explanation(answer: str, problem: str) -> None:
    quiz = NgayHenTraQuiz(RECEIVED, 3)
    assert quiz.check(answer) == [problem]
    assert "❌ Chưa đúng:" in quiz.result.value and "ngày tiếp nhận không tính" in quiz.result.value


def test_counting_only_calendar_days_is_told_to_skip_days_off() -> None:
    quiz = NgayHenTraQuiz(date(2026, 2, 12), 4)  # Thursday; 13/2, then Tết, 23, 24, 25/2
    assert quiz.expected == date(2026, 2, 25)
    assert quiz.check("13/02/2026")[0].startswith("Ngày này sớm quá: có ngày nghỉ")


@pytest.mark.parametrize("answer", ["13/02/2026", "12/02/2026", "13/02/2025"])
def test_a_date_on_or_before_receipt_is_named_as_such(answer: str) -> None:
    quiz = NgayHenTraQuiz(RECEIVED, 3)
    assert quiz.check(answer) == ["Ngày hẹn trả phải sau ngày tiếp nhận hồ sơ (ngày tiếp nhận không tính)."]


def test_faded_example_and_task_text() -> None:
    quiz = NgayHenTraQuiz(RECEIVED, 3, procedure="Đăng ký kết hôn", shown=2)
    task = quiz.children[0].value
    assert "hồ sơ <i>Đăng ký kết hôn</i> tiếp nhận Thứ Sáu 13/02/2026" in task and "<b>3 ngày làm việc</b>" in task
    assert "Thứ Bảy 14/02/2026: không tính" in task and "… bạn đếm tiếp …" in task
    assert "25/02/2026" not in task
    assert "<li>" not in NgayHenTraQuiz(RECEIVED, 3).children[0].value


def test_the_button_checks_what_was_typed() -> None:
    quiz = NgayHenTraQuiz(date(2026, 8, 27), 5)  # Thursday; 31/8 day off in lieu, 1–2/9 Quốc khánh → 08/09/2026
    assert quiz.expected == date(2026, 9, 8)
    quiz.answer_box.value = "03/09/2026"
    quiz.button.click()
    assert "❌" in quiz.result.value
    quiz.answer_box.value = "8/9/2026"
    quiz.button.click()
    assert "✅" in quiz.result.value
