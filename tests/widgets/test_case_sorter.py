"""CaseSorter (modules M4, M5; base of MatchQuiz and PhishingTriage): one dropdown per case; check() does what the
"Kiểm tra" button does and returns the numbers of wrong or unanswered cases."""

from __future__ import annotations

from kynangso.rules import digital_signature as cks
from kynangso.widgets.case_sorter import PICK, Case, CaseSorter

# Luật Giao dịch điện tử 20/2023/QH15, Điều 22 (domain-facts §2.3)
CASES = [
    Case("Chủ tịch UBND xã ký quyết định gửi lên tỉnh", cks.OFFICIAL, "Việc công vụ của cơ quan nhà nước."),
    Case("Hộ kinh doanh ký hóa đơn điện tử", cks.PUBLIC, "Người dân, doanh nghiệp dùng dịch vụ công cộng."),
    Case("Hợp tác xã tự tạo chữ ký để duyệt phiếu nội bộ", cks.PRIVATE),
]
OPTIONS = [cks.OFFICIAL, cks.PUBLIC, cks.PRIVATE]


def sorter(title: str = "") -> CaseSorter:
    return CaseSorter(CASES, OPTIONS, cks.RULE, title=title)


def test_right_sorting() -> None:
    cases = sorter()
    assert cases.check([c.answer for c in CASES]) == []
    assert "✅ Đúng cả 3 trường hợp. Rất tốt!" in cases.result.value


def test_wrong_cases_get_hints_the_rule_and_the_score() -> None:
    cases = sorter()
    assert cases.check([cks.PUBLIC, cks.PUBLIC, cks.OFFICIAL]) == [1, 3]
    shown = cases.result.value
    assert "Đúng 1/3." in shown
    assert "Trường hợp 1: chưa đúng. Gợi ý: Việc công vụ của cơ quan nhà nước." in shown
    assert "Trường hợp 3: chưa đúng. Gợi ý: Đọc lại quy tắc ở trên." in shown
    assert "Ban Cơ yếu Chính phủ" in shown  # the rule is repeated


def test_a_partial_answer_mixes_unanswered_and_wrong() -> None:
    cases = sorter()
    cases.boxes[0].value = cks.OFFICIAL
    cases.boxes[1].value = cks.PRIVATE
    assert cases.check() == [2, 3]
    assert "Trường hợp 3: bạn chưa chọn." in cases.result.value
    assert cases.boxes[2].value == PICK


def test_title_and_items_are_shown_escaped() -> None:
    cases = CaseSorter([Case("Email <khẩn> từ \"ngân hàng\"", "A")], ["A", "B"], rule="", title="Phân loại")
    assert cases.children[0].value == "<h4>Phân loại</h4>"
    assert "&lt;khẩn&gt;" in cases.children[1].children[0].value
    cases.check(["B"])
    assert "Quy tắc" not in cases.result.value  # no rule given, none shown
