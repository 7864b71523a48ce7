"""PasswordCheck: check() does what the button does; Vietnamese feedback; retry allowed."""

from __future__ import annotations

from kynangso.widgets.password_check import PasswordCheck


def test_password_check_never_passes_personal_details() -> None:
    widget = PasswordCheck("chị Thắm", ("Vi Thị Thắm", "1988"))
    assert widget.check("Tham1988!") != []
    assert widget.check("StHedhoxl7g!") == [] and "✅" in widget.result.value
    widget.box.value = ""
    widget.button.click()
    assert "Bạn chưa gõ mật khẩu." in widget.result.value
