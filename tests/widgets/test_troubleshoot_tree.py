"""TroubleshootTree: check() does what the button does; Vietnamese feedback; retry allowed."""

from __future__ import annotations

from kynangso.widgets.troubleshoot_tree import TroubleshootTree


def test_troubleshoot_tree_walks_to_an_action_and_resets() -> None:
    widget = TroubleshootTree(situation="…", expected="loi_dang_nhap")
    widget.choose("Phần mềm báo lỗi")
    widget.choose("Sai mật khẩu hoặc hết phiên đăng nhập")
    assert widget.correct is True and "✅" in widget.result.value
    widget.reset()
    widget.answers.children[0].click()  # a real button click
    assert widget.reached == "mang_1" and widget.correct is None
