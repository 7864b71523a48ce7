"""TimelineOrder (module M1): events lettered A, B, C…; the learner types the letters in time order; check() does
what the "Kiểm tra" button does. Events come from kynangso.rules.digital_transformation.MOC_THOI_GIAN."""

from __future__ import annotations

import pytest

from kynangso.rules.digital_transformation import MOC_THOI_GIAN
from kynangso.widgets.timeline_order import TimelineOrder

# A = Kế hoạch 01-KH/BCĐTW (3/2025), B = QĐ 749 (6/2020), C = two-tier government (7/2025), D = NĐ 42 (6/2022)
EVENTS = [MOC_THOI_GIAN[i] for i in (3, 0, 8, 2)]


@pytest.mark.parametrize("typed", ["B, D, A, C", "b d a c", "B; D; A; C", "B → D → A → C", "B - D - A - C",
                                   "B->D->A->C", " b,d ,a, c "])
def test_the_right_order_is_accepted_in_any_usual_spelling(typed: str) -> None:
    timeline = TimelineOrder(EVENTS)
    assert timeline.expected == ["B", "D", "A", "C"]
    assert timeline.check(typed) == []
    assert "✅ Đúng thứ tự. Dòng thời gian:" in timeline.result.value
    assert "<td>03/06/2020</td>" in timeline.result.value  # dates shown once the order is right


@pytest.mark.parametrize(("typed", "problem"), [
    ("", "Bạn chưa gõ thứ tự."),
    ("B D A", "Cần ghi đủ 4 chữ cái (bạn mới ghi 3)."),
    ("B, D, A, A", "Mỗi chữ cái chỉ ghi một lần."),
    ("B, D, A, E", "Chỉ dùng các chữ cái A, B, C, D; máy không hiểu: E."),
    ("B, D, A, C, 5", "Chỉ dùng các chữ cái A, B, C, D; máy không hiểu: 5."),
])
def test_slips_in_the_typing_are_named(typed: str, problem: str) -> None:
    timeline = TimelineOrder(EVENTS)
    assert timeline.check(typed) == [problem]
    assert "❌ Chưa đúng:" in timeline.result.value


def test_a_wrong_order_counts_right_positions_and_hints_without_the_answer() -> None:
    timeline = TimelineOrder(EVENTS)
    problem = timeline.check("D, B, A, C")
    assert len(problem) == 1 and problem[0].startswith("Mới đúng 2/4 vị trí.")
    assert "năm ban hành nằm trong số hiệu văn bản" in problem[0]
    assert "03/06/2020" not in timeline.result.value


def test_prefill_is_checked_by_the_button_and_documents_can_be_shown() -> None:
    timeline = TimelineOrder(EVENTS, prefill="B, D, ", show_documents=True)
    timeline.button.click()
    assert "Cần ghi đủ 4 chữ cái (bạn mới ghi 2)." in timeline.result.value
    assert "Quyết định 749/QĐ-TTg" in timeline.children[0].value
    assert "Quyết định 749/QĐ-TTg" not in TimelineOrder(EVENTS).children[0].value


@pytest.mark.parametrize("events", [[MOC_THOI_GIAN[0], MOC_THOI_GIAN[0]], list(MOC_THOI_GIAN[:9])])
def test_duplicate_days_or_more_than_eight_events_are_refused(events: list[object]) -> None:
    with pytest.raises(ValueError, match="Cần tối đa 8 sự kiện, mỗi sự kiện một ngày khác nhau"):
        TimelineOrder(events)  # type: ignore[arg-type]
