"""SelfAssessment (module M1): five dropdowns (DigComp 2.2 areas 1–5, levels 0–3); xem_ho_so() does what the
"Xem hồ sơ của tôi" button does."""

from __future__ import annotations

import pytest

from kynangso.widgets.self_assessment import SelfAssessment


def test_nothing_chosen_lists_every_area() -> None:
    form = SelfAssessment()
    assert form.xem_ho_so() is None
    assert "Bạn chưa chọn mức cho lĩnh vực 1, 2, 3, 4, 5." in form.result.value


def test_a_partly_filled_form_names_only_the_missing_areas() -> None:
    form = SelfAssessment()
    form.boxes[0].value = 2
    form.boxes[3].value = 0  # level 0 is an answer, not a missing one
    assert form.xem_ho_so() is None
    assert "lĩnh vực 2, 3, 5." in form.result.value


def test_profile_shows_strengths_and_modules() -> None:
    form = SelfAssessment()
    profile = form.xem_ho_so([3, 2, 1, 3, 3])
    assert profile is not None and profile.can_hoc == (3,) and profile.hoc_phan == (2, 10, 13, 14)
    shown = form.result.value
    assert "<li>Hồ sơ năng lực số của bạn: Khá — tự làm được nhiều việc (điểm trung bình 2.4/3).</li>" in shown
    assert "Nên học kỹ, củng cố: Sáng tạo nội dung số." in shown
    assert "học phần 2 (Thể thức văn bản hành chính)" in shown


def test_the_button_reads_the_dropdowns_and_a_new_choice_changes_the_profile() -> None:
    form = SelfAssessment()
    form.chon([0, 0, 0, 0, 0])
    form.button.click()
    assert "Mới bắt đầu" in form.result.value and "học lần lượt cả khóa" in form.result.value
    form.boxes[4].value = 3
    form.button.click()
    assert "Điểm mạnh: Giải quyết vấn đề." in form.result.value


def test_chon_wants_five_levels() -> None:
    with pytest.raises(ValueError, match="Cần 5 mức, nhận được 2"):
        SelfAssessment().chon([1, 2])
