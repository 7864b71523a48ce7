"""DeadlineCounter (module M3): received date + N working days → the deadline; check() does what the "Kiểm tra"
button does. Counting starts the working day after receipt and skips weekends, holidays and days off in lieu; the 2026
list has Giỗ Tổ moved to Monday 27/4 and 30/4–1/5 (kynangso.data.holidays)."""

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
