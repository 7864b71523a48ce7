"""Rules in kynangso.rules.ai_prompt (taught in modules 9–11)."""

from __future__ import annotations

from kynangso.rules import ai_prompt


def test_prompt_findings_and_masking() -> None:
    text = "Mời ông Lò Văn Hùng, CCCD 040085012345, SĐT 0912 000 111, sinh năm 1985."
    assert ai_prompt.finding_kinds(text) == {"so_dinh_danh", "dien_thoai", "ngay_sinh", "ho_ten"}
    masked = ai_prompt.mask_personal(text)
    assert "040085012345" not in masked and "Lò Văn Hùng" not in masked and not ai_prompt.prompt_findings(masked)
    assert ai_prompt.prompt_findings("Gợi ý thông báo mời bà con họp thôn lúc 8 giờ.") == []
    assert ai_prompt.finding_kinds("Sửa báo cáo Tối mật") == {"bi_mat"}
    assert ai_prompt.finding_kinds("Mật khẩu của tôi là X") == {"mat_khau"}
