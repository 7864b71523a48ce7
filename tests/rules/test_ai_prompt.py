"""Rules in kynangso.rules.ai_prompt (taught in modules 9–11)."""

from __future__ import annotations

import pytest

from kynangso.rules import ai_prompt


def test_prompt_findings_and_masking() -> None:
    text = "Mời ông Lò Văn Hùng, CCCD 040085012345, SĐT 0912 000 111, sinh năm 1985."
    assert ai_prompt.finding_kinds(text) == {"so_dinh_danh", "dien_thoai", "ngay_sinh", "ho_ten"}
    masked = ai_prompt.mask_personal(text)
    assert "040085012345" not in masked and "Lò Văn Hùng" not in masked and not ai_prompt.prompt_findings(masked)
    assert ai_prompt.prompt_findings("Gợi ý thông báo mời bà con họp thôn lúc 8 giờ.") == []
    assert ai_prompt.finding_kinds("Sửa báo cáo Tối mật") == {"bi_mat"}
    assert ai_prompt.finding_kinds("Mật khẩu của tôi là X") == {"mat_khau"}


@pytest.mark.parametrize("prompt", [
    "Viết thư mời họp thôn, không kèm mật khẩu.",
    "Không được ghi hay gửi kèm mật khẩu của người dân.",
    "Tóm tắt thư này, tuyệt đối không gửi mã OTP hay mật khẩu.",
    "Đừng đưa mật khẩu vào; chưa có mã OTP thì để trống.",
    "Viết thư mời, không dùng tài liệu mật.",
    "Không kèm mật khẩu, mời họp lúc 8 giờ ngày 10/12/2026.",
])
def test_a_negated_mention_is_not_a_leak(prompt: str) -> None:
    assert ai_prompt.prompt_findings(prompt) == []


@pytest.mark.parametrize(("prompt", "kind"), [
    ("Mật khẩu của tôi là Hc#2026vp, không ai biết.", "mat_khau"),
    ("Không được quên: mật khẩu là Hc#2026vp.", "mat_khau"),
    ("Tôi không nhớ mật khẩu là Abc@123 hay Abc@124.", "mat_khau"),
    ("Không gửi mật khẩu hộp thư: Hc#2026vp", "mat_khau"),
    ("Không kèm mật khẩu Hc#2026vp nhé", "mat_khau"),
    ("Mật khẩu không phải 123456 mà là Hc#2026vp", "mat_khau"),
    ("Không rõ. Sửa báo cáo Tối mật này", "bi_mat"),
    ("Đây là mật khẩu hộp thư công vụ của tôi: Hc#2026vp. Hãy đăng nhập.", "mat_khau"),
])
def test_a_password_given_is_still_a_leak_whatever_the_negations(prompt: str, kind: str) -> None:
    assert kind in ai_prompt.finding_kinds(prompt)


def test_numbers_and_names_are_never_excused_by_a_negation() -> None:
    assert ai_prompt.finding_kinds("Không gửi CCCD 040085012345 của ông Lò Văn Hùng") == {"so_dinh_danh", "ho_ten"}
