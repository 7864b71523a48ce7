"""PromptScreen: check() does what the button does; Vietnamese feedback; retry allowed."""

from __future__ import annotations

from kynangso.widgets.prompt_screen import PromptScreen


def test_prompt_screen_blocks_personal_data_and_reminds_to_reread() -> None:
    widget = PromptScreen()
    assert widget.check("Viết thư mời ông Lò Văn Hùng, CCCD 040085012345.") != []
    assert "[số định danh]" in widget.result.value
    assert widget.check("Viết mẫu thư mời, để trống chỗ ghi họ tên.") == []
    assert "tự đọc lại" in widget.result.value
