"""HeaderComposer: check() does what the Kiểm tra button does."""

from __future__ import annotations

from datetime import date

from kynangso.widgets import HeaderComposer


def _composer() -> HeaderComposer:
    return HeaderComposer(place="Quỳ Châu", signed_on=date(2026, 1, 9), number=7)


def test_right_header_passes_and_says_so() -> None:
    widget = _composer()
    widget.fill("07/QĐ-UBND", "Quỳ Châu, ngày 09 tháng 01 năm 2026")
    assert widget.check() == []
    assert "✅" in widget.result.value


def test_wrong_header_lists_rules_in_vietnamese() -> None:
    widget = _composer()
    widget.fill("7/QĐ-UBND", "Quỳ Châu, ngày 9 tháng 1 năm 2026")
    problems = widget.check()
    assert len(problems) == 3
    assert "❌" in widget.result.value and "Nghị định 30/2020/NĐ-CP" in widget.result.value


def test_button_click_runs_the_same_check() -> None:
    widget = _composer()
    widget.fill("", "")
    widget.button.click()
    assert "Bạn chưa nhập số, ký hiệu." in widget.result.value


def test_well_formed_but_different_answer_is_not_accepted() -> None:
    widget = _composer()
    widget.fill("08/QĐ-UBND", "Quỳ Châu, ngày 09 tháng 01 năm 2026")
    assert widget.check() == ["Số, ký hiệu đúng dạng nhưng chưa khớp với nhiệm vụ (số thứ tự, loại, cơ quan)."]
