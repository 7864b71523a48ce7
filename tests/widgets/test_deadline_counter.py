"""DeadlineCounter: received date + N working days → the date they lead to; check() does what the "Kiểm tra" button
does. Counting starts the working day after receipt and skips weekends, holidays and days off in lieu; the 2026 list
has Giỗ Tổ moved to Monday 27/4, 30/4–1/5 and the Tết break 14–22/2 (kynangso.data.holidays).

Module M3 counts the deadline of an incoming document; module M7 (``procedure=...``) the appointment date on the
receipt of a one-stop dossier (Giấy tiếp nhận hồ sơ và hẹn trả kết quả), with its own wording."""

from __future__ import annotations

from datetime import date

import pytest

from kynangso.widgets.deadline_counter import DeadlineCounter

RECEIVED = date(2026, 4, 24)  # Friday; 5 working days → Wednesday 06/05/2026


@pytest.mark.parametrize("answer", ["06/05/2026", "6/5/2026", "06-05-2026", " 06.05.2026 ", date(2026, 5, 6)])
def test_the_deadline_is_accepted_in_usual_forms(answer: str | date) -> None:
    counter = DeadlineCounter(RECEIVED, 5)
    assert counter.expected == date(2026, 5, 6)
    assert counter.check(answer) == []
    assert "✅ Đúng hạn xử lý." in counter.result.value


@pytest.mark.parametrize(("answer", "problem"), [
    ("", "Hãy gõ ngày dạng ngày/tháng/năm, ví dụ 06/05/2026."),
    ("mùng 6", "Hãy gõ ngày dạng ngày/tháng/năm, ví dụ 06/05/2026."),
    ("31/04/2026", "Hãy gõ ngày dạng ngày/tháng/năm, ví dụ 06/05/2026."),
    ("24/04/2026", "Hạn xử lý phải sau ngày nhận văn bản."),
    ("20/04/2026", "Hạn xử lý phải sau ngày nhận văn bản."),
    ("27/04/2026", "27/04/2026 là ngày nghỉ (Nghỉ bù Giỗ Tổ Hùng Vương (26/4/2026 là Chủ nhật)); "
                   "hạn luôn rơi vào một ngày làm việc."),
    ("01/05/2026", "01/05/2026 là ngày nghỉ (Ngày Quốc tế Lao động 1/5); hạn luôn rơi vào một ngày làm việc."),
    ("05/05/2026", "Bạn đếm chưa đủ số ngày làm việc. Nhớ: không tính chính ngày nhận."),
    ("07/05/2026", "Bạn đếm dư: có thể đã tính cả ngày nhận, hoặc bỏ sót một ngày làm việc."),
])
def test_each_slip_gets_its_explanation(answer: str, problem: str) -> None:
    counter = DeadlineCounter(RECEIVED, 5)
    assert counter.check(answer) == [problem]
    assert "❌ Chưa đúng:" in counter.result.value and "Quy tắc: bắt đầu đếm từ ngày làm việc sau ngày nhận" in (
        counter.result.value)


@pytest.mark.parametrize("answer", ["06/05/2062", "06/05/2031"])
def test_a_mistyped_far_year_gets_a_message_not_a_traceback(answer: str) -> None:
    counter = DeadlineCounter(RECEIVED, 5)
    problems = counter.check(answer)
    assert len(problems) == 1 and "Kiểm tra lại năm" in problems[0]
    assert "❌ Chưa đúng:" in counter.result.value


def test_faded_example_lists_the_first_days_only() -> None:
    counter = DeadlineCounter(RECEIVED, 5, shown=3)
    task = counter.children[0].value
    assert "Thứ Sáu 24/04/2026" in task and "<b>5 ngày làm việc</b>" in task
    assert task.count("<li>") == 4 and "… bạn đếm tiếp …" in task  # 3 days shown + "count on"
    assert "27/04/2026" in task and "06/05/2026" not in task
    assert "<li>" not in DeadlineCounter(RECEIVED, 5).children[0].value


def test_the_button_checks_what_was_typed() -> None:
    counter = DeadlineCounter(date(2026, 2, 13), 4)  # Friday before Tết → Thursday 26/02/2026
    counter.answer_box.value = "25/02/2026"
    counter.button.click()
    assert "Bạn đếm chưa đủ số ngày làm việc" in counter.result.value
    counter.answer_box.value = "26/2/2026"
    counter.button.click()
    assert "✅" in counter.result.value


# --- M7: the appointment date on the receipt of a dossier (procedure given) --------------------------------------
BEFORE_TET = date(2026, 2, 13)  # Friday before Tết; 3 working days → Wednesday 25/02/2026


def appointment(received: date = BEFORE_TET, days: int = 3, shown: int = 0, procedure: str = "") -> DeadlineCounter:
    return DeadlineCounter(received, days, shown=shown, procedure=procedure)


@pytest.mark.parametrize("answer", ["25/02/2026", "25/2/2026", "25-2-2026", " 25/02/2026 "])
def test_the_appointment_date_is_accepted_in_usual_forms(answer: str) -> None:
    quiz = appointment()
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
def test_each_appointment_slip_gets_its_explanation(answer: str, problem: str) -> None:
    quiz = appointment()
    assert quiz.check(answer) == [problem]
    assert "❌ Chưa đúng:" in quiz.result.value and "ngày tiếp nhận không tính" in quiz.result.value


def test_counting_only_calendar_days_is_told_to_skip_days_off() -> None:
    quiz = appointment(date(2026, 2, 12), 4)  # Thursday; 13/2, then Tết, 23, 24, 25/2
    assert quiz.expected == date(2026, 2, 25)
    assert quiz.check("13/02/2026")[0].startswith("Ngày này sớm quá: có ngày nghỉ")


@pytest.mark.parametrize("answer", ["13/02/2026", "12/02/2026", "13/02/2025"])
def test_a_date_on_or_before_receipt_is_named_as_such(answer: str) -> None:
    assert appointment().check(answer) == [
        "Ngày hẹn trả phải sau ngày tiếp nhận hồ sơ (ngày tiếp nhận không tính)."]


def test_appointment_faded_example_and_task_text() -> None:
    quiz = appointment(procedure="Đăng ký kết hôn", shown=2)
    task = quiz.children[0].value
    assert "hồ sơ <i>Đăng ký kết hôn</i> tiếp nhận Thứ Sáu 13/02/2026" in task and "<b>3 ngày làm việc</b>" in task
    assert "Thứ Bảy 14/02/2026: không tính" in task and "… bạn đếm tiếp …" in task
    assert "25/02/2026" not in task
    assert "<li>" not in appointment().children[0].value
    assert "hồ sơ <i>một thủ tục</i>" in appointment().children[0].value


def test_the_button_checks_the_typed_appointment_date() -> None:
    quiz = appointment(date(2026, 8, 27), 5)  # Thursday; 31/8 day off in lieu, 1–2/9 Quốc khánh → 08/09/2026
    assert quiz.expected == date(2026, 9, 8)
    quiz.answer_box.value = "03/09/2026"
    quiz.button.click()
    assert "❌" in quiz.result.value
    quiz.answer_box.value = "8/9/2026"
    quiz.button.click()
    assert "✅" in quiz.result.value
